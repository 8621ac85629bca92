"""Event triggers per type and language (stage ``minewatch.triggers.v1``).

Knowledge lives in ``data/lexicons/triggers/<lang>.yaml``: for each event type, regular-expression
fragments matched case-insensitively at a word start.  Withdrawal-chain types fire only in a
sentence that speaks of leaving a treaty (its ``withdrawal`` words), or — for types marked
``carry`` — in a sentence that follows one ("the bill now goes to the Senate").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from minewatch.errors import ExtractionError
from minewatch.extract import weapon_words
from minewatch.extract.lexicons import load_lexicon, word_start_pattern
from minewatch.extract.prefilter import Prefilter
from minewatch.extract.steps import chain_steps
from minewatch.records import EVENT_TYPES

TRIGGERS = "minewatch.triggers.v1"


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A trigger of ``type`` at ``start:end`` (document offsets)."""

    type: str
    start: int
    end: int
    text: str
    buyer: bool = False  # the subject receives (buy, procure, acquire)
    actorless: bool = False  # the treaty itself acts ("opened for signature")


@dataclass(frozen=True, slots=True)
class _TypeRule:
    type: str
    pattern: re.Pattern[str]
    buyer: re.Pattern[str] | None
    actorless: re.Pattern[str] | None
    carried: re.Pattern[str] | None  # fire only after a withdrawal sentence ("studying it")
    requires_withdrawal: bool
    carry: bool
    unless: re.Pattern[str] | None = None  # other senses of the words ("sich für … einsetzen")


@dataclass(frozen=True, slots=True)
class TriggerTable:
    lang: str
    withdrawal: re.Pattern[str]
    generic: re.Pattern[str] | None
    weapon: re.Pattern[str] | None
    output: re.Pattern[str] | None  # "part of future production": the weapons produced
    pronoun: re.Pattern[str] | None  # "they will be stored": weapons named the sentence before
    ban: re.Pattern[str] | None
    not_treaty: re.Pattern[str] | None
    after: re.Pattern[str] | None
    field: re.Pattern[str] | None
    stock: re.Pattern[str] | None
    prefilter: Prefilter
    rules: tuple[_TypeRule, ...]
    after_words: str = "after"  # the time-frame words as one alternation


def _compile(fragments: list[str]) -> re.Pattern[str]:
    """A required word list (a type's patterns, the withdrawal words)."""
    pattern = word_start_pattern(fragments)
    if pattern is None:
        raise ExtractionError("a trigger lexicon has an empty required list", code="MW201")
    return pattern


@lru_cache(maxsize=16)
def trigger_table(lang: str) -> TriggerTable:
    data = load_lexicon("triggers", lang) or load_lexicon("triggers", "en")
    rules = []
    for type_name, spec in data["types"].items():
        if type_name not in EVENT_TYPES:
            raise ValueError(f"unknown event type {type_name!r} in triggers/{lang}")
        buyer = spec.get("buyer_patterns")
        rules.append(
            _TypeRule(
                type=type_name,
                pattern=_compile(spec["patterns"]),
                buyer=word_start_pattern(buyer),
                actorless=word_start_pattern(spec.get("actorless_patterns")),
                carried=word_start_pattern(spec.get("carry_patterns")),
                unless=word_start_pattern(spec.get("unless")),
                requires_withdrawal=spec.get("requires") == "withdrawal",
                carry=bool(spec.get("carry")),
            )
        )
    generic = word_start_pattern(data.get("generic"))
    weapon = word_start_pattern(data.get("weapon"))
    output = word_start_pattern(data.get("output"))
    pronoun = (
        re.compile(rf"(?<!\w)(?:{'|'.join(data['pronoun'])})(?!\w)", re.IGNORECASE)
        if data.get("pronoun")
        else None
    )
    ban = word_start_pattern(data.get("ban"))
    not_treaty = word_start_pattern(data.get("not_treaty"))
    after = (
        re.compile(rf"(?<!\w)(?:{'|'.join(data['after'])})\W+(?:\w+\W+)?$", re.I)
        if data.get("after")
        else None
    )
    prefilter = Prefilter(
        {
            (name, kind): spec.get(field, [])
            for name, spec in data["types"].items()
            for kind, field in (
                ("p", "patterns"),
                ("b", "buyer_patterns"),
                ("a", "actorless_patterns"),
                ("c", "carry_patterns"),
            )
        }
    )
    return TriggerTable(
        lang,
        _compile(data["withdrawal"]),
        generic,
        weapon,
        output,
        pronoun,
        ban,
        not_treaty,
        after,
        word_start_pattern(data.get("field")),
        word_start_pattern(data.get("stock")),
        prefilter,
        tuple(rules),
        "|".join(data.get("after") or ["after"]),
    )


@lru_cache(maxsize=16)
def _parliaments(lang: str) -> re.Pattern[str] | None:
    data = load_lexicon("triggers", lang) or {}
    return word_start_pattern(data.get("parliament"))


@lru_cache(maxsize=16)
def _purpose(lang: str) -> re.Pattern[str] | None:
    words = (load_lexicon("triggers", lang) or {}).get("purpose")
    if not words:
        return None
    body = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w)(?:{body})\s+(?:[^\W\d]+\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=16)
def _pending(lang: str) -> re.Pattern[str] | None:
    words = (load_lexicon("triggers", lang) or {}).get("pending")
    if not words:
        return None
    body = "|".join(f"(?:{w})" for w in words)
    return re.compile(rf"(?<!\w)(?:{body})\s+(?:\S+\s+)?$", re.IGNORECASE)


def _still_to_do(text: str, start: int, lang: str) -> bool:
    """ "700 km² restent à dépolluer", "still needs to be surveyed or cleared": land not yet
    cleared is a hazard, not a clearance result."""
    pattern = _pending(lang)
    return pattern is not None and bool(pattern.search(text[max(0, start - 40) : start]))


def _for_a_purpose(text: str, start: int, lang: str) -> bool:
    """ "machines for mechanised demining", "для розмінування": an aim, not a clearance."""
    pattern = _purpose(lang)
    return pattern is not None and bool(pattern.search(text[max(0, start - 40) : start]))


def is_parliament(name: str, lang: str) -> bool:
    """Whether a mention's text names a parliament (a vote, not an intent, when it decides)."""
    pattern = _parliaments(lang)
    return pattern is not None and pattern.match(name) is not None


def parliament_head(after: str, lang: str) -> int:
    """Length of a parliament noun that a state name qualifies, at the start of the text
    ``after`` the name ("Leedu Seim", "Lithuania's parliament", "Latvijas Saeima"), else 0."""
    pattern = _parliaments(lang)
    found = re.match(r"(?:['’]s)?\s+", after)
    if pattern is None or found is None:
        return 0
    head = pattern.match(after, found.end())
    if head is None:
        return 0
    word = re.match(r"\w*", after[head.end() :])
    return head.end() + (word.end() if word else 0)


def is_generic(text: str, lang: str) -> bool:
    """Whether the sentence describes treaty rules rather than an event (GUIDELINES §4.7)."""
    pattern = trigger_table(lang).generic
    return pattern is not None and pattern.search(text) is not None


_ANCHOR_REACH = 120


@lru_cache(maxsize=64)
def withdrawal_positions(text: str, lang: str) -> tuple[tuple[int, int], ...]:
    """Spans of withdrawal words, except those after "after" ("after the withdrawal, ...").
    Cached: the pipeline asks three times for each sentence."""
    table = trigger_table(lang)
    spans: list[tuple[int, int]] = []
    for match in table.withdrawal.finditer(text):
        before = text[max(0, match.start() - 25) : match.start()]
        if table.after is not None and table.after.search(before):
            continue
        spans.append((match.start(), match.end()))
    return tuple(spans)


def _near(anchors: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(a - _ANCHOR_REACH <= end and start <= b + _ANCHOR_REACH for a, b in anchors)


def mentions_withdrawal(text: str, lang: str) -> bool:
    return bool(withdrawal_positions(text, lang))


def rules_in_future(lang: str) -> bool:
    """Whether the language states treaty rules in the future tense ("wird … wirksam", "tulee
    voimaan"), so that a future exit inside a rule sentence is still the rule (GUIDELINES §4.7)."""
    return bool((load_lexicon("triggers", lang) or {}).get("rules_in_future"))


def names_weapons(text: str, lang: str) -> bool:
    """Whether a sentence names the weapons (a later pronoun may stand for them)."""
    pattern = trigger_table(lang).weapon
    return pattern is not None and pattern.search(text) is not None


_MEMBERSHIP = frozenset({"signature", "ratification", "accession", "entry_into_force"})
WEAPON_TYPES = frozenset({"production", "stockpile", "transfer", "use", "destruction"})
def law_before(text: str, start: int, lang: str) -> bool:
    """ "the law takes effect": a law (not the withdrawal) as the subject of the effect."""
    table = trigger_table(lang)
    return table.not_treaty is not None and bool(
        table.not_treaty.search(text[max(0, start - 25) : start])
    )


def _on_a_law(table: TriggerTable, text: str, end: int, start: int | None = None) -> bool:
    """ "signed a decree", "підписав указ": the object is a law, not the treaty; so is a law
    that a relative clause opens with ("dekreediga, mida allkirjastas", "закон, який підписав")."""
    if table.not_treaty is None:
        return False
    if table.not_treaty.search(text[end : end + 25]):
        return True
    if start is None:
        return False
    before = text[max(0, start - 45) : start]
    return any(
        re.match(r"\w*,\s+\w+\s+(?:\w+\s+)?$", before[law.end() :])
        for law in table.not_treaty.finditer(before)
    )


_OBJECT_REACH = 20


def _signs_withdrawal(anchors: Sequence[tuple[int, int]], end: int) -> bool:
    """ "signed the withdrawal decree", "signed Ukraine's withdrawal": the object is the exit."""
    return any(end <= a <= end + _OBJECT_REACH for a, _ in anchors)


def _time_frame(table: TriggerTable, text: str, start: int) -> bool:
    """ "six months after the notification", "après la notification": a time frame, not the
    deposit (but "after Latvia notified the UN" reports one: a named subject comes between)."""
    if table.after is None:
        return False
    before = text[max(0, start - 25) : start]
    found = table.after.search(before)
    if found is not None and not any(w[:1].isupper() for w in found.group().split()[1:]):
        return True
    # "six months after the United Nations is notified": the depositary is no named state
    far = re.search(
        rf"(?<!\w)(?:{table.after_words})\W+((?:[\w:.-]+\W+){{1,5}})$",
        text[max(0, start - 60) : start],
        re.IGNORECASE,
    )
    if far is None:
        return False
    named = [w for w in far.group(1).split() if w[:1].isupper()]
    if not named:  # "po złożeniu dokumentu wypowiedzenia Sekretarzowi": a nominal time frame
        return "," not in far.group(1)
    return all(_DEPOSITARY.match(w) for w in named)


_DEPOSITARY = re.compile(
    r"(?:United|Nations|UN|UNO|Secretary|Secretary-General|General|ООН|ОНН|ONZ|ANO|ÜRO|YK|JT|"
    r"Jungtinių|Tautų|Generalinis|Sekretorius|Vereinten|Nationen|ONU|Organisation|Generalsekretär"
    r"\w*|Генеральн\w*|Секретар\w*|Sekretarz\w*|Generaln\w*|ģenerālsekretār\w*|pääsihteeri\w*)\W*$"
)


def _drop_nested(found: list[TriggerMatch]) -> list[TriggerMatch]:
    """A trigger inside a longer trigger of another type is part of it."""
    return [
        t
        for t in found
        if not any(
            (o.type != t.type or o.actorless)
            and not (t.type.startswith("withdrawal_") and o.type in _MEMBERSHIP)
            and o.start <= t.start
            and t.end <= o.end
            and (o.end - o.start) > (t.end - t.start)
            for o in found
        )
    ]


def find_triggers(
    text: str, offset: int, lang: str, withdrawal_context: bool, weapon_context: bool = False
) -> list[TriggerMatch]:
    """Triggers in one sentence ``text`` starting at document offset ``offset``.

    ``withdrawal_context`` says the previous sentence spoke of withdrawal (for carried types);
    ``weapon_context`` that it named the weapons (for pronouns standing for them).
    """
    table = trigger_table(lang)
    anchors = withdrawal_positions(text, lang)
    possible = table.prefilter.candidates(text)
    found: list[TriggerMatch] = []
    carried: set[tuple[str, int]] = set()
    for rule in table.rules:
        carried_only = rule.requires_withdrawal and not anchors and withdrawal_context
        blocked = rule.requires_withdrawal and not (anchors or (rule.carry and withdrawal_context))
        if blocked and not (carried_only and rule.carried is not None):
            continue
        for pattern, buyer, actorless, kind in (
            (rule.pattern, False, False, "p"),
            (rule.buyer, True, False, "b"),
            (rule.actorless, False, True, "a"),
            (rule.carried if carried_only else None, False, False, "c"),
        ):
            if pattern is None or (rule.type, kind) not in possible:
                continue
            if carried_only and not rule.carry and kind != "c":
                continue
            for match in pattern.finditer(text):
                if rule.type in _MEMBERSHIP and _on_a_law(table, text, match.end(), match.start()):
                    continue
                if rule.type == "signature" and _signs_withdrawal(anchors, match.end()):
                    continue
                if rule.type == "withdrawal_deposit" and _time_frame(table, text, match.start()):
                    continue
                if rule.type == "clearance" and _for_a_purpose(text, match.start(), lang):
                    continue
                if (
                    rule.requires_withdrawal
                    and anchors
                    and not _near(anchors, match.start(), match.end())
                    and not (rule.carry and withdrawal_context)
                ):
                    continue
                if rule.type in WEAPON_TYPES and (
                    not weapon_words.weapon_ok(
                        table,
                        text,
                        match.start(),
                        match.end(),
                        rule.type == "destruction",
                        weapon_context,
                    )
                    or weapon_words.compound(text, match.start())
                ):
                    continue
                if rule.type == "production" and weapon_words.in_output(table, text, match.start()):
                    continue  # "passing part of future production to Ukraine": the object
                if rule.unless is not None and any(
                    m.start() <= match.start() < m.end() for m in rule.unless.finditer(text)
                ):
                    continue  # another sense of the word ("sich für die Verträge einsetzen")


                kind_of = rule.type
                if kind_of == "clearance" and _still_to_do(text, match.start(), lang):
                    kind_of = "contamination"
                found.append(
                    TriggerMatch(
                        kind_of,
                        offset + match.start(),
                        offset + match.end(),
                        match.group(),
                        buyer,
                        actorless,
                    )
                )
                if kind == "c":
                    carried.add((rule.type, offset + match.start()))
    found.sort(key=lambda t: (t.start, t.type))
    found = _drop_nested(found)
    found = chain_steps(found, text, offset, lang, bool(anchors or withdrawal_context))
    if carried and any(t.type in WEAPON_TYPES | _MEMBERSHIP for t in found):
        # "svarstoma ir galimybė jas gaminti", "nie rozważa przystąpienia": what is considered
        # is the weapon act or joining, not the withdrawal of the sentence before
        found = [t for t in found if (t.type, t.start) not in carried]
    found = _drop_cleared_land(found, text, offset)
    destroyed = [t for t in found if t.type == "destruction"]
    if destroyed:  # "destroyed its stockpile": the stocks are the destruction's object
        found = [
            t
            for t in found
            if t.type != "stockpile"
            or not any(weapon_words.object_of(text, offset, d, t) for d in destroyed)
        ]
        if _in_the_field(table, text):  # "sappers found and destroyed 120 mines"
            found = [replace(t, type="clearance") if t.type == "destruction" else t for t in found]
    return found




_OBJECT_SPAN = 60
_CLAUSE_END = re.compile(r"[,;:.]")


def _drop_cleared_land(found: list[TriggerMatch], text: str, offset: int) -> list[TriggerMatch]:
    """ "return 80 percent of potentially contaminated land to use", "dépolluer les terres
    contaminées": the hazard word describes what is cleared, not a contamination figure."""
    cleared = [t for t in found if t.type == "clearance"]
    if not cleared:
        return found

    def described(t: TriggerMatch) -> bool:
        for c in cleared:
            between = text[c.end - offset : t.start - offset]
            if 0 <= t.start - c.end <= _OBJECT_SPAN and not _CLAUSE_END.search(between):
                return True
        return False

    return [t for t in found if t.type != "contamination" or not described(t)]


def _in_the_field(table: TriggerTable, text: str) -> bool:
    """Mines destroyed where they were found (deminers, fields) and no stockpile named."""
    if table.field is None or not table.field.search(text):
        return False
    return table.stock is None or not table.stock.search(text)
