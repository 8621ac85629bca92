"""Argument linking: who acts, who receives, whom a call addresses (``minewatch.arguments.v1``).

The actor of a trigger is the nearest group of coordinated names before it in its sentence that
is not in an oblique or source position ("on the border with Russia", "according to the Landmine
Monitor"); failing that, the first such group after it (post-verbal subjects, passives).  The
counterpart is read after the trigger: the recipient of a transfer, the territory of use, the
governments a call addresses.  Humanitarian-impact types take the affected country wherever it
stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from minewatch.extract import roles
from minewatch.extract.cases import non_subject_case
from minewatch.extract.lexicons import load_lexicon
from minewatch.extract.mentions import MentionLike
from minewatch.extract.triggers import TriggerMatch, parliament_head

ARGUMENTS = "minewatch.arguments.v1"

IMPACT_TYPES = frozenset({"casualties", "contamination", "clearance"})
# the withdrawal chain and treaty membership are acts of states
STATE_ACTOR_TYPES = frozenset(
    {
        "withdrawal_intent",
        "withdrawal_vote",
        "withdrawal_law",
        "withdrawal_deposit",
        "withdrawal_effective",
        "signature",
        "ratification",
        "accession",
        "entry_into_force",
    }
)
_GAP = 60
_WEAPON_ACTS = frozenset({"use", "transfer", "stockpile", "destruction"})
_POSSESSIVE_CONTEXT = re.compile(
    r"['’]s\s+(?:\w+\s+)?(?:aggression|war|invasion|attack|threat|border|occupation)", re.I
)  # characters between a name and its trigger still read as one clause


# "після того як Україна", "после того как", "po tym, jak": a conjunction opening a clause whose
# subject follows, not the comparison "such as"
_AFTER_THAT = re.compile(r"(?<!\w)(?:того|тим|tym),?\s+(?:як|как|jak)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Markers:
    oblique: re.Pattern[str]
    source: re.Pattern[str]
    source_after: re.Pattern[str] | None
    coordination: re.Pattern[str]
    recipient: re.Pattern[str] | None
    territory: re.Pattern[str] | None
    endings: tuple[str, ...]
    relative: re.Pattern[str] | None
    context: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class Arguments:
    actors: tuple[MentionLike, ...]
    counterparts: tuple[MentionLike, ...]


def _words(words: Sequence[str], at_end: bool) -> re.Pattern[str] | None:
    if not words:
        return None
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if at_end:
        return re.compile(
            rf"(?:^|[\s(«\"„“])(?:{body})(?:\s+(?:the|a|an|les?|la|l'|der|die|das|den|dem))?\s*$",
            re.I,
        )
    return re.compile(rf"^\s*(?:{body})(?!\w)", re.I)


@lru_cache(maxsize=16)
def markers(lang: str) -> Markers:
    data = load_lexicon("arguments", "markers")

    def words(key: str) -> list[str]:
        return list(data.get(key, {}).get(lang, []))

    coordination = "|".join(re.escape(w) for w in words("coordination"))
    # articles between a conjunction and the next name ("et les pays baltes", "und die")
    articles = "|".join(re.escape(w) for w in words("articles")) or "the"
    also = "|".join(re.escape(w) for w in words("also")) or "also"
    oblique = _words(words("oblique"), True)
    source = _words(words("source"), True)
    assert oblique is not None and source is not None
    return Markers(
        oblique=oblique,
        source=source,
        source_after=_words(words("source_after"), False),
        coordination=re.compile(
            rf"^\s*(?:,|;|/|–|-)?\s*(?:(?:{coordination})\s+)?(?:(?:{also})\s+)?(?:(?:{articles})\s*)?$",
            re.I,
        ),
        recipient=_words(words("recipient"), True),
        territory=_words(words("territory"), True),
        endings=tuple(data.get("oblique_endings", {}).get(lang, [])),
        relative=_relative(words("relative")),
        context=_context(words("context_nouns")),
    )


def _context(words: Sequence[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    body = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w)(?:{body})\w*\s+(?:\w+\s+)?$", re.IGNORECASE)


_CAPITAL = "[A-ZÀ-ÖØ-ÞĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŁŃŚŲŹŻÕА-ЯЁІЇЄҐ]"


def _relative(words: Sequence[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    body = "|".join(re.escape(w) for w in words)
    # a relative clause does not run across the end of its sentence (". Польща, яка …")
    return re.compile(rf",\s*(?i:{body})(?!\w)(?:[^,;:.!?]|[.!?](?!\s+{_CAPITAL})){{0,120}},")


def _relative_spans(text: str, lang: str) -> list[tuple[int, int]]:
    pattern = markers(lang).relative
    return [] if pattern is None else [(m.start(), m.end()) for m in pattern.finditer(text)]


_FILLER = re.compile(r"[\s,]+|\b[ld]['’]|\b(?:la|le|les|the|and|et|und|ir|un|ja|i|и|і|та)\b", re.I)


def _only_names(
    text: str, offset: int, begin: int, end: int, mentions: Sequence[MentionLike], lang: str
) -> bool:
    """A "relative" span that only lists names ("dont l'Autriche et la Suisse" = including) is
    an apposition, not a relative clause."""
    inside = [m for m in mentions if begin <= m.start and m.end <= end]
    if not inside:
        return False
    rest = text[begin - offset : end - offset]
    for m in sorted(inside, key=lambda x: -x.start):
        rest = rest[: m.start - begin] + rest[m.end - begin :]
    rest = re.sub(r"^[\s,]*\w+", "", rest)  # the relative word itself
    return not _FILLER.sub("", rest).strip()


@lru_cache(maxsize=16)
def _agent_marker(lang: str) -> re.Pattern[str] | None:
    words = load_lexicon("arguments", "markers").get("agent_after", {}).get(lang, [])
    return _words(words, True)


@lru_cache(maxsize=64)
def listed_pattern(key: str, lang: str) -> re.Pattern[str] | None:
    """The regular expressions of ``key`` in the markers lexicon, as one pattern."""
    words = load_lexicon("arguments", "markers").get(key, {}).get(lang, [])
    return re.compile("|".join(f"(?:{w})" for w in words), re.I) if words else None


def _titled(text: str, offset: int, mention: MentionLike, lang: str) -> bool:
    """ "die Verteidigungsminister Polens", "Finnlands Ministerpräsident": a state's office holder
    as the subject after the verb (GUIDELINES §7)."""
    before, after = listed_pattern("title_genitive", lang), listed_pattern("genitive_title", lang)
    end = mention.end - offset
    return bool(
        (before is not None and before.search(_before(text, offset, mention, 40)))
        or (after is not None and after.match(text[end : end + 40]))
    )


def _before(text: str, doc_offset: int, mention: MentionLike, width: int = 40) -> str:
    begin = max(0, mention.start - doc_offset - width)
    return text[begin : mention.start - doc_offset]


@lru_cache(maxsize=16)
def _global(lang: str) -> re.Pattern[str] | None:
    words = load_lexicon("arguments", "markers").get("global", {}).get(lang, [])
    if not words:
        return None
    return re.compile("|".join(rf"(?<!\w){w}" for w in words), re.IGNORECASE)


def is_global(sentence: str, lang: str) -> bool:
    """Whether a humanitarian figure is stated for the whole world."""
    pattern = _global(lang)
    return pattern is not None and pattern.search(sentence) is not None


def is_oblique(text: str, offset: int, mention: MentionLike, lang: str) -> bool:
    """Whether ``mention`` stands after a preposition, a source phrase or in an oblique case."""
    m = markers(lang)
    before = _before(text, offset, mention)
    if m.source.search(before):
        return True
    if m.oblique.search(before) and not _AFTER_THAT.search(before):
        # "officials in Warsaw", "у Варшаві не виключають": a capital in place of its government
        return not (
            mention.kind == "capital" and m.territory is not None and m.territory.search(before)
        )
    if m.context is not None and m.context.search(_before(text, offset, mention, 30)):
        return True
    if lang == "en" and _POSSESSIVE_CONTEXT.match(
        text[mention.end - offset : mention.end - offset + 40]
    ):
        return True
    if m.source_after is not None:
        after = text[mention.end - offset : mention.end - offset + 30]
        if m.source_after.search(after):
            return True
    words = mention.text.split()
    if lang in ("uk", "ru", "pl") and mention.kind != "organisation" and words:
        return non_subject_case(words[-1], lang) or _ending_oblique(m, mention)
    return _ending_oblique(m, mention) or _institution_oblique(mention, lang)


@lru_cache(maxsize=16)
def _institution_endings(lang: str) -> tuple[str, ...]:
    data = load_lexicon("arguments", "markers").get("institution_endings", {})
    return tuple(data.get(lang, []))


def _institution_oblique(mention: MentionLike, lang: str) -> bool:
    """ "Projektą Seimui pateikė": a one-word institution in a dative or locative case."""
    words = mention.text.split()
    if mention.kind != "institution" or len(words) != 1:
        return False
    last = words[0].lower()
    return any(last.endswith(e) and len(last) > len(e) + 3 for e in _institution_endings(lang))


def free_subjects(
    text: str, offset: int, mentions: Sequence[MentionLike], lang: str
) -> list[MentionLike]:
    """The names (sorted) that may be a subject: not oblique, nor joined to an oblique name."""
    ordered = sorted(mentions, key=lambda x: x.start)
    subjects = [x for x in ordered if not is_oblique(text, offset, x, lang)]
    return _inherit_oblique(text, offset, ordered, subjects, lang)


def _inherit_oblique(
    text: str,
    offset: int,
    ordered: list[MentionLike],
    subjects: list[MentionLike],
    lang: str,
) -> list[MentionLike]:
    """ "along the border with Russia and Belarus": a name joined by a conjunction to an oblique
    name shares its preposition."""
    conjunctions = load_lexicon("arguments", "markers").get("coordination", {}).get(lang, [])
    if not conjunctions:
        return subjects
    body = "|".join(re.escape(w) for w in conjunctions)
    joined = re.compile(rf"^\s*,?\s*(?:{body})\s+(?:\w+\s+)?$", re.IGNORECASE)
    listed = re.compile(r"^\s*,\s*$")
    free = {id(x) for x in subjects}
    pairs = list(pairwise(ordered))
    for index, (left, right) in enumerate(pairs):
        between = text[left.end - offset : right.start - offset]
        if id(left) in free or id(right) not in free:
            continue
        # "in Myanmar, Kolumbien und Nigeria": a comma list that a conjunction closes, unless
        # the oblique phrase opens the sentence ("In Ukraine, Russia and Belarus laid…", "Together
        # with Latvia, Lithuania and Estonia left…")
        fronted = len(text[: left.start - offset].split()) <= 3
        if joined.match(between) or (
            listed.match(between)
            and not fronted
            and roles.list_closes(text, offset, pairs[index + 1 :], joined, listed)
        ):
            free.discard(id(right))
    return [x for x in subjects if id(x) in free]


def _ending_oblique(m: Markers, mention: MentionLike) -> bool:
    if m.endings and mention.kind == "state":
        last = mention.text.split()[-1].lower()
        return any(last.endswith(e) and len(last) > len(e) + 3 for e in m.endings)
    return False


def _group(
    text: str, offset: int, mentions: list[MentionLike], anchor: int, lang: str
) -> list[MentionLike]:
    """The coordinated names around ``mentions[anchor]``."""
    m = markers(lang)
    chosen = [mentions[anchor]]
    for step in (-1, 1):
        index = anchor
        while 0 <= index + step < len(mentions):
            left, right = sorted((mentions[index], mentions[index + step]), key=lambda x: x.start)
            between = text[left.end - offset : right.start - offset]
            # "Leedu Seim ja Läti Saeima": a parliament noun after the first name
            between = between[parliament_head(between, lang) :]
            if _same_state(left, right, between):  # "Latvia's Saeima": one name
                between = ""
            # "Kasetinių šaudmenų koalicija (CMC)": a name and its acronym are one member
            acronym = between.strip() == "(" and left.entity == right.entity
            comitative = listed_pattern("comitative", lang)
            joined = comitative is not None and comitative.fullmatch(between)
            if not (m.coordination.match(between) or acronym or joined):
                break
            index += step
            chosen.append(mentions[index])
    return sorted(chosen, key=lambda x: x.start)


@lru_cache(maxsize=16)
def _benefactive(
    lang: str,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, tuple[str, ...]]:
    data = load_lexicon("arguments", "markers")
    before = _words(data.get("benefactive", {}).get(lang, []), True)
    after = _words(data.get("benefactive_after", {}).get(lang, []), False)
    return before, after, tuple(data.get("benefactive_endings", {}).get(lang, []))


def beneficiaries(
    text: str, offset: int, ordered: list[MentionLike], lang: str
) -> list[MentionLike]:
    """The states a treaty enters into force for ("for Poland", "для України", "Lietuvai");
    none when the treaty itself enters into force (GUIDELINES §5.2)."""
    before, after, endings = _benefactive(lang)
    found = []
    for x in ordered:
        if not x.state or x.kind == "organisation":
            continue
        last = x.text.split()[-1].lower() if x.text.split() else ""
        if (
            (before is not None and before.search(_before(text, offset, x, 15)))
            or (after is not None and after.search(text[x.end - offset : x.end - offset + 15]))
            or (
                x.kind == "state"
                and any(last.endswith(e) and len(last) > len(e) + 3 for e in endings)
            )
        ):
            found.append(x)
    return found


def _same_state(left: MentionLike, right: MentionLike, between: str) -> bool:
    return bool(left.state) and left.state == right.state and between.strip() in ("'s", "’s")


def link(
    trigger: TriggerMatch,
    text: str,
    offset: int,
    mentions: Sequence[MentionLike],
    lang: str,
) -> Arguments:
    """Actors and counterparts of ``trigger`` among the ``mentions`` of its sentence."""
    ordered = sorted(mentions, key=lambda x: x.start)
    if trigger.type == "entry_into_force":
        return Arguments(tuple(beneficiaries(text, offset, ordered, lang)), ())
    if trigger.type in IMPACT_TYPES:
        states = [x for x in ordered if x.kind != "organisation" and x.state]
        return Arguments(tuple(states), ())
    subjects = free_subjects(text, offset, ordered, lang)
    sentence_start = min((x.start for x in ordered), default=offset)
    window = text[max(0, sentence_start - 200) : trigger.end + 200]
    shift = max(0, sentence_start - 200)
    for begin, end in _relative_spans(window, lang):
        begin, end = begin + shift, end + shift
        if _only_names(text, offset, begin, end, ordered, lang):
            continue  # "plusieurs délégations, dont l'Autriche et la Suisse, ont exhorté"
        if not begin <= trigger.start < end:
            subjects = [x for x in subjects if not begin <= x.start < end]
    if trigger.type in STATE_ACTOR_TYPES:
        subjects = [x for x in subjects if x.state]
    elif trigger.type in _WEAPON_ACTS:
        # monitors and advocates report weapon acts; they do not commit them
        subjects = [x for x in subjects if x.kind != "organisation"]
    if trigger.type == "advocacy":
        return _advocacy(trigger, text, offset, ordered, subjects, lang)
    # a name may open or sit inside the trigger itself ("Verkhovna Rada adopted", "President
    # Andrzej Duda signed"): it still stands before the verb
    before = [
        i
        for i, x in enumerate(subjects)
        if x.start < trigger.end
        and (x.start <= trigger.start or x.end <= trigger.end)
        and trigger.start - x.end < 200
    ]
    after = [i for i, x in enumerate(subjects) if x.start >= trigger.end]
    actors: list[MentionLike] = []
    recipient: list[MentionLike] = []
    antecedent = roles.antecedent(trigger, text, offset, ordered, lang)
    if antecedent and trigger.type not in STATE_ACTOR_TYPES | IMPACT_TYPES:
        actors = antecedent  # "Russia, which has used mines in Ukraine since 2022"
    elif before:
        pick, recipient = roles.supplier_before_recipient(
            trigger, text, offset, subjects, before, lang
        )
        actors = _group(text, offset, subjects, pick, lang)
    elif after and trigger.type not in ("advocacy", "transfer"):
        agent = _agent_marker(lang)
        first = subjects[after[0]]
        if (
            agent is None
            or agent.search(_before(text, offset, first, 15))
            or _titled(text, offset, first, lang)
        ):
            actors = _group(text, offset, subjects, after[0], lang)
    if not actors and trigger.type == "stockpile":
        actors = roles.possessor(text, offset, ordered, lang)
    if not actors and trigger.type == "production":  # "minas gaminti Lietuvoje": made at home
        placed = [x for x in ordered if x.state and x.start >= trigger.end]
        actors = roles.territory(trigger, text, offset, placed, placed, [], lang)[:1]
    supplier = roles.supplier(trigger, text, offset, ordered, actors, lang)
    if trigger.buyer:  # "bought mines from North Korea": the buyer receives from the supplier
        return Arguments(tuple(supplier), tuple(actors))
    holders: list[MentionLike] = []
    if supplier:  # "Ukraine used mines supplied by the United States": the US supplies Ukraine
        holders, actors = actors, supplier
    counterparts = _counterparts(trigger, text, offset, ordered, actors, lang) or holders
    return Arguments(tuple(actors), tuple(recipient or counterparts))


def _advocacy(
    trigger: TriggerMatch,
    text: str,
    offset: int,
    ordered: list[MentionLike],
    subjects: list[MentionLike],
    lang: str,
) -> Arguments:
    """The caller (an organisation or person first, else a state) and the governments called on."""
    before = [x for x in subjects if x.end <= trigger.start]
    callers = [x for x in before if not x.state] or before[-1:]
    actors = _group(text, offset, callers, len(callers) - 1, lang) if callers else []
    # "Правозахисна організація Human Rights Watch", "the rights group HRW": a descriptor
    # right before the name it describes is the same caller
    actors = [
        a
        for a in actors
        if not any(
            b.start > a.end and not text[a.end - offset : b.start - offset].strip() for b in actors
        )
    ]
    counterparts = _counterparts(trigger, text, offset, ordered, list(actors), lang)
    return Arguments(tuple(actors), tuple(counterparts))


@lru_cache(maxsize=16)
def _gapping(lang: str) -> re.Pattern[str] | None:
    words = load_lexicon("arguments", "markers").get("gapping", {}).get(lang, [])
    if not words:
        return None
    return re.compile(rf",\s*(?:{'|'.join(re.escape(w) for w in words)})\s+$", re.IGNORECASE)


def _gapped(
    text: str, offset: int, rest: list[MentionLike], lang: str
) -> list[MentionLike]:
    """ "…, а Київ — відмовитися від…": the addressee of a gapped clause, its verb a dash."""
    pattern = _gapping(lang)
    if pattern is None:
        return []
    return [
        x
        for x in rest
        if pattern.search(_before(text, offset, x, 20))
        and re.match(r"\s*[—–-]\s", text[x.end - offset : x.end - offset + 4])
    ][:1]


def _counterparts(
    trigger: TriggerMatch,
    text: str,
    offset: int,
    ordered: list[MentionLike],
    actors: list[MentionLike],
    lang: str,
) -> list[MentionLike]:
    if trigger.type not in ("transfer", "use", "advocacy"):
        return []
    m = markers(lang)
    taken = {id(a) for a in actors}
    free = [x for x in ordered if id(x) not in taken and x.state]
    # names inside a discontinuous trigger ("kutsus Eesti riigikogulasi üles") count as after it
    later = [x for x in free if x.start > trigger.start]
    if trigger.type == "advocacy":
        called = _group(text, offset, later, 0, lang) if later else []
        return called + _gapped(text, offset, [x for x in later if x not in called], lang)
    if trigger.type == "use":
        return roles.territory(trigger, text, offset, free, later, actors, lang)
    for index, candidate in enumerate(later):
        if m.recipient is None or m.recipient.search(_before(text, offset, candidate, 20)):
            return _group(text, offset, later, index, lang)
    if later:
        return _group(text, offset, later, 0, lang)  # a dative recipient
    return roles.recipient_before(trigger, text, offset, free, actors, lang)
