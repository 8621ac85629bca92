"""Roles of weapon acts and other argument helpers split out of ``arguments.py`` (part of
``minewatch.arguments.v1``): the supplier named after "by/from", the holder after a possessive
preposition, the antecedent of a relative clause (and the states a relative clause refers back
to, and where it ends), a recipient before a clause-final verb, the
territory of use, and "the group" standing for the armed group named before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from minewatch.extract import arguments as args
from minewatch.extract.lexicons import load_lexicon
from minewatch.extract.mentions import MentionLike
from minewatch.extract.triggers import TriggerMatch

# locative endings of state names ("Ukrainoje", "Ukrainā", "Ukrainas", "Ukrainassa")
_LOCATIVE = {
    "lt": ("oje", "je"),
    "lv": ("ā", "ē", "ī"),
    "et": ("s",),
    "fi": ("ssa", "ssä", "lla", "llä"),
}


_SUPPLIER_REACH = 40


def antecedent(
    trigger: TriggerMatch, text: str, offset: int, ordered: list[MentionLike], lang: str
) -> list[MentionLike]:
    """The name a relative clause holding the trigger hangs on (", which has laid mines"), even
    after a preposition ("point to Russia, which has used…"): the relative pronoun is the
    subject of the act."""
    words = load_lexicon("arguments", "markers").get("relative", {}).get(lang, [])
    if not words:
        return []
    body = "|".join(re.escape(w) for w in words)
    opening = re.compile(rf"^\s*,\s*(?:{body})(?!\w)[^,;:.]*$", re.IGNORECASE)
    earlier = [x for x in ordered if x.end <= trigger.start]
    if not earlier:
        return []
    last = earlier[-1]
    if opening.match(text[last.end - offset : trigger.start - offset]):
        return [last] if last.state or last.kind != "organisation" else []
    return []


def supplier(
    trigger: TriggerMatch,
    text: str,
    offset: int,
    subjects: list[MentionLike],
    actors: list[MentionLike],
    lang: str,
) -> list[MentionLike]:
    """The supplier of a transfer named after it with "by" or "from" ("supplied by the United
    States", "kupione od Stanów Zjednoczonych", "bought from North Korea")."""
    if trigger.type != "transfer":
        return []
    words = load_lexicon("arguments", "markers").get("supplier", {}).get(lang, [])
    pattern = args._words(words, True)
    if pattern is None:
        return []
    taken = {id(a) for a in actors}
    later = [
        x
        for x in subjects
        if id(x) not in taken and trigger.end <= x.start <= trigger.end + _SUPPLIER_REACH
    ]
    for index, mention in enumerate(later):
        if pattern.search(args._before(text, offset, mention, 15)):
            return args._group(text, offset, later, index, lang)
        if trigger.buyer and locative(mention, lang):  # "iepirkt Polijā": buy in Poland
            return args._group(text, offset, later, index, lang)
    return []


def possessor(text: str, offset: int, ordered: list[MentionLike], lang: str) -> list[MentionLike]:
    """ "запасов мин у Эстонии нет", "Suomella ei ole miinoja": the holder named after a
    possessive preposition or in a possessive case."""
    data = load_lexicon("arguments", "markers")
    pattern = args._words(data.get("possessor", {}).get(lang, []), True)
    endings = tuple(data.get("possessor_endings", {}).get(lang, []))
    for index, mention in enumerate(ordered):
        if not mention.state:
            continue
        marked = pattern is not None and pattern.search(args._before(text, offset, mention, 10))
        last = mention.text.split()[-1].lower() if mention.text else ""
        if marked or (mention.kind == "state" and last.endswith(endings) and len(last) > 5):
            return args._group(text, offset, ordered, index, lang)
    return []


def recipient_before(
    trigger: TriggerMatch,
    text: str,
    offset: int,
    free: list[MentionLike],
    actors: list[MentionLike],
    lang: str,
) -> list[MentionLike]:
    """A recipient between the supplier and a verb at the clause end ("Minen an die Ukraine zu
    liefern", "Ukrainie przekazać"): a name after a recipient preposition, after the actor."""
    m = args.markers(lang)
    if m.recipient is None:
        return []
    floor = max((a.end for a in actors), default=trigger.start - args._GAP)
    pool = [x for x in free if floor <= x.start and x.end <= trigger.start]
    for index, candidate in enumerate(pool):
        if m.recipient.search(args._before(text, offset, candidate, 20)) and not re.search(
            r"[.;:]", text[candidate.end - offset : trigger.start - offset]
        ):
            return args._group(text, offset, pool, index, lang)
    return []


def territory(
    trigger: TriggerMatch,
    text: str,
    offset: int,
    free: list[MentionLike],
    later: list[MentionLike],
    actors: list[MentionLike],
    lang: str,
) -> list[MentionLike]:
    """Where weapons are used: a name after a locative preposition or in a locative case,
    after the verb first ("in Ukraine"), else before it ("Russia's forces in Ukraine used")."""
    m = args.markers(lang)
    for pool in (later, [x for x in free if x.start < trigger.start]):
        for index, candidate in enumerate(pool):
            marked = m.territory is not None and m.territory.search(
                args._before(text, offset, candidate, 20)
            )
            if marked or locative(candidate, lang):
                return args._group(text, offset, pool, index, lang)
    if later and actors and all(not a.state for a in actors):
        return args._group(text, offset, later, 0, lang)  # armed groups: where they operate
    return []


def locative(mention: MentionLike, lang: str) -> bool:
    endings = _LOCATIVE.get(lang)
    if not endings or mention.kind != "state":
        return False
    last = mention.text.split()[-1].lower()
    return any(last.endswith(e) and len(last) > len(e) + 2 for e in endings)


_GROUP_REACH = 60


def group_anaphor(
    text: str, offset: int, trigger_start: int, earlier: Sequence[MentionLike], lang: str
) -> list[MentionLike]:
    """ "The group has denied planting mines": a group noun before the act stands for the armed
    group named last before the sentence (GUIDELINES §7 armed groups)."""
    words = load_lexicon("arguments", "markers").get("group_anaphor", {}).get(lang, [])
    if not words:
        return []
    body = "|".join(re.escape(w) for w in words)
    left = text[max(0, trigger_start - offset - _GROUP_REACH) : trigger_start - offset]
    if not re.search(rf"(?<!\w)(?:{body})(?!\w)", left, re.IGNORECASE):
        return []
    groups = [m for m in earlier if getattr(m, "kind", "") == "armed_group"]
    return groups[-1:]


def supplier_before_recipient(
    trigger: TriggerMatch,
    text: str,
    offset: int,
    subjects: list[MentionLike],
    before: list[int],
    lang: str,
) -> tuple[int, list[MentionLike]]:
    """In a transfer, the last name before the verb may be its recipient rather than the supplier
    when another name stands before it: a dative ("Die USA haben der Ukraine Minen geliefert") or
    a first object inside the trigger ("will give Ukraine mines"). Returns the index of the
    supplier among ``subjects`` and the recipient (empty when the last name is the supplier)."""
    last = before[-1]
    if trigger.type != "transfer" or trigger.buyer or len(before) < 2:
        return last, []
    name = subjects[last]
    earlier = subjects[before[-2]]
    between = text[earlier.end - offset : name.start - offset]
    if re.search(r"[.;:]", between) or args.markers(lang).coordination.match(between):
        return last, []
    inside = name.start > trigger.start
    articles = load_lexicon("arguments", "markers").get("dative_article", {}).get(lang, [])
    lead = text[max(0, name.start - offset - 6) : name.start - offset].lower()
    dative = any(re.search(rf"(?:^|\s){re.escape(a)}\s+$", lead) for a in articles)
    if not (inside or dative) or earlier.start > trigger.start:
        return last, []
    return before[-2], [name]


def list_closes(
    text: str,
    offset: int,
    rest: list[tuple[MentionLike, MentionLike]],
    joined: re.Pattern[str],
    listed: re.Pattern[str],
) -> bool:
    """Whether a run of comma-joined names ends with a conjunction ("X, Y und Z")."""
    for left, right in rest:
        between = text[left.end - offset : right.start - offset]
        if joined.match(between):
            return True
        if not listed.match(between):
            return False
    return False


@lru_cache(maxsize=16)
def _relative_opener(lang: str) -> re.Pattern[str] | None:
    words = load_lexicon("arguments", "markers").get("relative", {}).get(lang, [])
    if not words:
        return None
    body = "|".join(re.escape(w) for w in words)
    return re.compile(rf",\s*(?:{body})(?!\w)", re.IGNORECASE)


def relative_antecedents(
    text: str, offset: int, mentions: Sequence[MentionLike], start: int, lang: str
) -> list[MentionLike]:
    """ "…Litwy, Łotwy, Estonii i Finlandii, które opuściły traktat": the states a relative
    clause holding the trigger (document offset ``start``) refers back to, in any case."""
    opener = _relative_opener(lang)
    if opener is None:
        return []
    left = text[max(0, start - offset - 120) : start - offset]
    found = [m for m in opener.finditer(left)]
    if not found or "," in left[found[-1].end() :]:
        return []
    clause = start - len(left) + found[-1].start()
    states = sorted((m for m in mentions if m.state), key=lambda x: x.start)
    last = [i for i, m in enumerate(states) if 0 <= clause - m.end <= 3]
    return args._group(text, offset, states, last[-1], lang) if last else []


def relative_clause_end(text: str, start: int, lang: str) -> int | None:
    """The end (its closing comma) of the relative clause the offset ``start`` stands in."""
    return next((e for b, e in args._relative_spans(text, lang) if b <= start < e), None)
