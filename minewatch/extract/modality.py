"""Modality of an event, scoped to its own clause (stage ``minewatch.modality.v1``).

Cues come from ``data/lexicons/modality/cues.yaml``.  A negation counts only right before the
trigger ("has not used"), other cues in a window around it that stops at the previous trigger of
another event and at clause breaks; the strongest reading wins (denied > alleged > considered >
possible > planned > fact).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from minewatch.extract.cases import verb_tense
from minewatch.extract.lexicons import (
    conjunctions,
    lexicon_pattern,
    load_lexicon,
    word_start_pattern,
)

MODALITY = "minewatch.modality.v1"
# a plain negation of the verb: "denied" for acts, a status for membership and the withdrawal
# chain ("has never joined", "have not yet voted": not annotated, GUIDELINES §11)
NEGATED = "negated"
# "did not ratify it until 2012", "ne l'a ratifiée qu'en 2012": it happened then, late
_UNTIL = re.compile(r"^\w*(?:\s+\S+){0,4}?\s+(?:until\b|qu['’]|que\b)", re.IGNORECASE)
_ONLY_FR = re.compile(r"^\w*(?:\s+\w+){0,2}\s+qu(?:e\b|')", re.IGNORECASE)
_ORDER = ("denied", "alleged", "urged", "considered", "possible", "planned")
_ACCUSATION_TYPES = frozenset({"use", "production", "transfer", "stockpile"})
_OPENERS = conjunctions("additive", "contrast", "after_comma")
_CLAUSE_BREAK = re.compile(
    rf"[;:—–]|,\s+(?:{_OPENERS})\s|(?<!\d)\.\s", re.IGNORECASE
)


# a comma and a complementizer open the act's own clause: a negation before them belongs to
# the verb of saying or hiding ("no longer hide that they prepare to mine the border")
_COMPLEMENT = re.compile(
    r",\s*(?:that|что|що|że|iż|kad|ka|et|että|dass|que|qu')(?!\w)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Cues:
    near: re.Pattern[str] | None
    window: dict[str, re.Pattern[str]]
    near_chars: int
    before_chars: int
    after_chars: int


@lru_cache(maxsize=16)
def cues(lang: str) -> Cues:
    data = load_lexicon("modality", "cues")
    windows: dict[str, re.Pattern[str]] = {}
    for name in _ORDER:
        pattern = word_start_pattern(data[name]["window"].get(lang, []))
        if pattern is not None:
            windows[name] = pattern
    return Cues(
        near=word_start_pattern(data["denied"]["near"].get(lang, [])),
        window=windows,
        near_chars=int(data["near_chars"]),
        before_chars=int(data["before_chars"]),
        after_chars=int(data["after_chars"]),
    )


@lru_cache(maxsize=16)
def _condition(lang: str) -> re.Pattern[str] | None:
    words = load_lexicon("modality", "cues").get("conditional", {}).get(lang, [])
    if not words:
        return None
    body = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)[^,;:]*$", re.IGNORECASE)


def in_condition(text: str, start: int, lang: str) -> bool:
    """Whether the trigger at ``start`` stands in an "if" clause (hypothetical, not annotated)."""
    pattern = _condition(lang)
    return pattern is not None and pattern.search(text[max(0, start - 120) : start]) is not None


@lru_cache(maxsize=16)
def _negated_possible(lang: str) -> re.Pattern[str] | None:
    words = load_lexicon("modality", "cues").get("negated_possible", {}).get(lang, [])
    return re.compile("|".join(rf"(?<!\w){w}" for w in words), re.IGNORECASE) if words else None


@lru_cache(maxsize=16)
def _not_yet(lang: str) -> re.Pattern[str] | None:
    words = load_lexicon("modality", "cues").get("not_yet", {}).get(lang, [])
    if not words:
        return None
    return re.compile("|".join(rf"(?<!\w){re.escape(w)}" for w in words), re.IGNORECASE)


@lru_cache(maxsize=16)
def _negative_subject(lang: str) -> re.Pattern[str] | None:
    words = load_lexicon("modality", "cues").get("negative_subject", {}).get(lang, [])
    return word_start_pattern(words)


_SUBJECT_REACH = 80


def is_status(text: str, start: int, end: int, lang: str) -> bool:
    """A "not yet" next to the trigger, or a subject quantified to nobody in its clause ("none
    of the five has said it intends to rejoin"): a status, not an event (GUIDELINES §5.1,
    §15.6)."""
    pattern = _not_yet(lang)
    if pattern is not None and pattern.search(text[max(0, start - 30) : end + 15]):
        return True
    nobody = _negative_subject(lang)
    return nobody is not None and bool(nobody.search(_left_window(text, start, _SUBJECT_REACH)))


def no_state_acts(text: str, start: int, lang: str) -> bool:
    """ "no NATO country produces AP mines": a weapon act of a subject quantified to no state is
    a generic statement, not an event (GUIDELINES §11)."""
    pattern = _listed("no_state", lang)
    left = re.split(r"[,;:]", _left_window(text, start, _SUBJECT_REACH))[-1]
    return pattern is not None and bool(pattern.search(left))


@lru_cache(maxsize=16)
def cues_after(lang: str) -> re.Pattern[str] | None:
    words = load_lexicon("modality", "cues")["denied"].get("near_after", {}).get(lang, [])
    if not words:
        return None
    return re.compile(r"\W{0,3}(?:\w+\s+)?(?:" + "|".join(words) + r")(?!\w)", re.IGNORECASE)


def _left_window(text: str, start: int, width: int) -> str:
    left = text[max(0, start - width) : start]
    breaks = list(_CLAUSE_BREAK.finditer(left))
    return left[breaks[-1].end() :] if breaks else left


def modality(text: str, start: int, end: int, event_type: str, lang: str) -> str:
    """The modality of the event whose trigger is ``text[start:end]`` (sentence offsets)."""
    table = cues(lang)
    near = _left_window(text, start, table.near_chars)
    near = _COMPLEMENT.split(near)[-1]  # "не скрывают, что готовятся…": not the act's negation
    left = _left_window(text, start, table.before_chars)
    negated = table.near is not None and bool(table.near.search(near))
    if event_type in _ACCUSATION_TYPES and table.near is not None:
        negated = negated or bool(table.near.search(text[start:end]))  # "stelle keine … her"
    after = cues_after(lang)
    negated = negated or (after is not None and bool(after.match(text[end : end + 20])))
    if negated and _UNTIL.match(text[end : end + 30]):
        negated = False  # "did not ratify it until 2012": it happened then
    if negated and lang == "fr" and _ONLY_FR.match(text[end : end + 30]):
        negated = False  # "à ne les employer que pour…": a restriction ("only"), not a denial
    if negated:
        possible = _negated_possible(lang)
        if possible is not None and possible.search(left + text[start:end]):
            return "possible"  # "not excluded", "не виключають"
        return NEGATED
    right = text[end : end + table.after_chars]
    right = right[: m.start()] if (m := _CLAUSE_BREAK.search(right)) else right
    window = left + text[start:end] + right
    if event_type == "stockpile" and _lacks(text, end, lang):
        return "denied"  # "Собственных запасов таких мин у Эстонии сейчас нет"
    found = _window_mood(window, event_type, lang)
    if found == "fact" and _nearest_verb_future(left, text[start:end], right, lang):
        found = "planned"  # "Затем МИД направит уведомление": a perfective future
    if found in ("fact", "possible", "planned"):
        # a clause-final predicate governs its nominal subject ("… are to be assessed")
        stated = _predicate(text, end, event_type, lang)
        if stated != "fact" and (found == "fact" or _ORDER.index(stated) < _ORDER.index(found)):
            return stated
    decided = _listed("decided", lang)
    if found == "fact" and event_type in _ACCUSATION_TYPES and decided and decided.search(left):
        return "planned"  # "decided to supply mines": the decision, not yet the delivery (§6)
    return found


def _window_mood(window: str, event_type: str, lang: str) -> str:
    table = cues(lang)
    for name in _ORDER:
        pattern = table.window.get(name)
        if pattern is None or not pattern.search(window):
            continue
        if name == "alleged" and event_type not in _ACCUSATION_TYPES:
            continue
        reported = _listed("future_in_past", lang) if name == "possible" else None
        if reported is not None and reported.search(window):
            return "planned"  # "said it would provide": a reported future, not a condition
        return name
    return "fact"


_PREDICATE_REACH = 160


def _rest_of_clause(text: str, end: int) -> str:
    """What follows offset ``end`` up to the end of its clause (at most ``_PREDICATE_REACH``)."""
    rest = text[end : end + _PREDICATE_REACH]
    return rest[: m.start()] if (m := _CLAUSE_BREAK.search(rest)) else rest


def _predicate(text: str, end: int, event_type: str, lang: str) -> str:
    """The modality a clause-final predicate gives a nominal event before it ("the transfer of
    part of the output to Ukraine is not being ruled out", "…zu liefern, wird geprüft")."""
    if event_type not in _ACCUSATION_TYPES | {"destruction"}:
        return "fact"
    rest = _rest_of_clause(text, end)
    table = load_lexicon("modality", "cues").get("predicate", {})
    for name in ("considered", "possible", "planned"):
        pattern = _predicates(name, lang)
        if pattern is not None and name in table and pattern.search(rest):
            return name
    return "fact"


def _lacks(text: str, end: int, lang: str) -> bool:
    """A clause-final existential negation after a holding ("stocks of such mines … there are
    none", "запасов … нет", "atsargų … neturi"): the stockpile is denied."""
    pattern = _listed("lacks", lang)
    if pattern is None:
        return False
    rest = _rest_of_clause(text, end)
    return pattern.search(rest) is not None


def evaluated(text: str, end: int, lang: str) -> bool:
    """Whether the rest of the trigger's clause weighs a hypothetical act ("reintroducing the
    production of mines would require substantial investment", "…wäre kostspielig"): an
    evaluation, not an event (GUIDELINES §6, §11)."""
    pattern = _listed("evaluation", lang)
    if pattern is None:
        return False
    rest = _rest_of_clause(text, end)
    return pattern.search(rest) is not None


@lru_cache(maxsize=64)
def _predicates(name: str, lang: str) -> re.Pattern[str] | None:
    words = load_lexicon("modality", "cues").get("predicate", {}).get(name, {}).get(lang, [])
    return word_start_pattern(words)


_WORD = re.compile(r"\w+")


def _nearest_verb_future(left: str, trigger: str, right: str, lang: str) -> bool:
    """Whether the finite verb nearest the trigger (uk, ru, pl) is in the future tense."""
    if lang not in ("uk", "ru", "pl"):
        return False
    low, high = len(left), len(left) + len(trigger)
    words = [
        (max(0, low - m.end(), m.start() - high), m.group())
        for m in _WORD.finditer(left + trigger + right)
    ]
    for _distance, word in sorted(words, key=lambda x: x[0]):
        tense = verb_tense(word.lower(), lang)
        if tense is not None:
            return tense == "futr"
    return False


def _listed(key: str, lang: str) -> re.Pattern[str] | None:
    return lexicon_pattern("modality", "cues", key, lang)


_VOICE_GAP = 25  # characters between a state's name and its reporting verb ("Kyiv says")
_VOICE_KINDS = frozenset({"state", "capital", "demonym", "institution", "person"})


def state_voice(text: str, offset: int, mentions: list[Any], actors: set[str], lang: str) -> bool:
    """Whether a state other than the actors speaks in the sentence ``text`` (document offset
    ``offset``): "Kyiv says…", "according to Ukrainian officials", "заявили в Минобороны РФ"."""
    speech = _listed("speech", lang)
    if speech is None:
        return False
    voices = [m for m in mentions if m.state and m.state not in actors and m.kind in _VOICE_KINDS]
    if not voices:
        return False
    for cue in speech.finditer(text):
        start, end = offset + cue.start(), offset + cue.end()
        for m in voices:
            if 0 <= start - m.end <= _VOICE_GAP or 0 <= m.start - end <= _VOICE_GAP:
                low, high = (m.end, start) if m.end <= start else (end, m.start)
                between = text[low - offset : high - offset]
                if "," in between and m.end <= start:
                    continue  # "…in Ukraine, the group said": a place, not the speaker
                if not any(low <= o.start and o.end <= high for o in mentions if o is not m):
                    return True
    return False


def accused(
    text: str, offset: int, trigger_start: int, mentions: list[Any], lang: str
) -> list[Any]:
    """States named between an accusation verb and the act: the accused, who act."""
    pattern = _listed("accusation", lang)
    if pattern is None:
        return []
    cues = [offset + m.end() for m in pattern.finditer(text[: trigger_start - offset])]
    if not cues:
        return []
    return [m for m in mentions if m.state and cues[-1] <= m.start and m.end <= trigger_start]


_FORCES_REACH = 60


def accused_forces(text: str, offset: int, trigger_start: int, lang: str) -> bool:
    """Whether unnamed forces are accused of the act ("accused soldiers of planting mines"):
    a forces word between the accusation verb and the trigger, no state named (the caller's
    check); the forces are then the document's main state's."""
    pattern, forces = _listed("accusation", lang), _listed("forces", lang)
    if pattern is None or forces is None:
        return False
    left = text[max(0, trigger_start - offset - _FORCES_REACH) : trigger_start - offset]
    cues = list(pattern.finditer(left))
    return bool(cues) and forces.search(left[cues[-1].end() :]) is not None


_REFUSAL_REACH = 40


def refuses(text: str, start: int, end: int, lang: str) -> bool:
    """A negated plan or consideration verb at a chain or membership step ("is not considering
    leaving", "nie rozważa przystąpienia"): an explicit refusal, not a status."""
    pattern = _listed("refusal", lang)
    return pattern is not None and bool(
        pattern.search(_left_window(text, start, _REFUSAL_REACH) + text[start:end])
    )


def plan_refused(text: str, start: int, end: int, lang: str) -> bool:
    """A plan or consideration verb on either side of a denied act ("currently has no plans to
    buy", "šiuo metu įsigyti neplanuoja"): the denial is of an intention, so a present-time word
    dates the statement, not the act (GUIDELINES §8.5)."""
    pattern = _listed("refusal", lang)
    right = _CLAUSE_BREAK.split(text[end : end + _REFUSAL_REACH], maxsplit=1)[0]
    return pattern is not None and bool(
        pattern.search(_left_window(text, start, _REFUSAL_REACH) + text[start:end] + right)
    )


_SPEAKER_GAP = 50


def assuring_speaker(
    text: str, offset: int, trigger_start: int, mentions: list[Any], lang: str
) -> list[Any]:
    """The state that assures or announces the subjectless act of its complement clause
    ("В українському Міноборони запевнили, що міни застосовуватимуть лише…", "the ministry
    assured that the mines will only be stored"): the speaker acts."""
    verbs = _listed("assure", lang)
    if verbs is None:
        return []
    left = text[: trigger_start - offset]
    for cue in reversed(list(verbs.finditer(left))):
        if not _COMPLEMENT.search(left[cue.end() : cue.end() + 25]):
            continue
        speakers = [
            m for m in mentions if m.state and 0 <= offset + cue.start() - m.end <= _SPEAKER_GAP
        ]
        return speakers[-1:]
    return []


def quoted_speaker(
    text: str, offset: int, trigger_end: int, mentions: list[Any], lang: str
) -> list[Any]:
    """The state named after a speech verb that closes a quotation ("…partnerom – dodał szef
    MON", "…, the minister said"): who speaks in the first person."""
    speech = _listed("speech", lang)
    extra = _listed("assure", lang)
    right = text[trigger_end - offset :]
    for pattern in (speech, extra):
        if pattern is None:
            continue
        for cue in pattern.finditer(right):
            begin, at = trigger_end + cue.start(), trigger_end + cue.end()
            marks = list(re.finditer(r"['’\"”»](?=\s)|\s[–—-]\s", right[: cue.start()]))
            if not marks:
                continue  # no closing quotation before the speech verb
            closed = trigger_end + marks[-1].end()
            before = [m for m in mentions if m.state and closed <= m.start and m.end <= begin]
            after = [m for m in mentions if m.state and at <= m.start <= at + 40]
            if before or after:
                return before[-1:] or after[:1]
    return []
