"""Which triggers of a sentence are events: the sentence-level filters of the pipeline.

Dropped: membership words on the words of a chain step, the bill behind a vote, act words inside a
full treaty title, questions, "if" clauses and weighed hypotheticals, laws before an effect, treaty
rules (GUIDELINES §4.7), statuses ("has not yet voted") and acts of no state ("no NATO country
produces…", §11).
"""

from __future__ import annotations

from minewatch.extract import arguments, impact, modality, segment, treaties, triggers
from minewatch.extract.context import WITHDRAWAL_TYPES

MEMBERSHIP = frozenset({"signature", "ratification", "accession", "entry_into_force"})


def filter_triggers(
    found: list[triggers.TriggerMatch],
    sentence: segment.Sentence,
    lang: str,
    generic: bool = False,
) -> list[triggers.TriggerMatch]:
    """Drop triggers that are not events: treaty titles, questions, "if" clauses, rules."""
    found = _drop_overlapped(found, triggers.mentions_withdrawal(sentence.text, lang))
    later = [t for t in found if t.type in ("withdrawal_vote", "withdrawal_law")]
    if later:  # the bill voted on is not a separate intent, unless in a clause of its own
        found = [
            t
            for t in found
            if t.type != "withdrawal_intent" or not _shares_clause(t, later, sentence)
        ]
    masked = treaties.title_spans(sentence.text, lang)
    found = [t for t in found if not _inside(t, masked, sentence.start)]
    if sentence.text.rstrip().rstrip("\"'»«“”„’‘)]").rstrip().endswith("?"):
        return []  # questions are not annotated (GUIDELINES §11)
    found = [
        t
        for t in found
        if not modality.in_condition(sentence.text, t.start - sentence.start, lang)
        and not (
            # "A decision to withdraw … would represent a reversal": weighed, not taken
            t.type in triggers.WEAPON_TYPES | {"withdrawal_intent"}
            and modality.evaluated(sentence.text, t.end - sentence.start, lang)
        )
    ]
    found = [
        t
        for t in found
        if t.type != "withdrawal_effective"
        or not triggers.law_before(sentence.text, t.start - sentence.start, lang)
    ]
    if generic:
        # treaty rules; a named state's own exit under those rules is an event (§4.7), and so is
        # an exit announced in the future tense ("the exit will take effect in six months")
        found = [
            t
            for t in found
            if t.type not in WITHDRAWAL_TYPES | MEMBERSHIP
            or (t.type == "withdrawal_effective" and _future_effect(t, sentence, lang))
        ]
    found = [
        t
        for t in found
        if t.type not in arguments.STATE_ACTOR_TYPES
        or not modality.is_status(
            sentence.text, t.start - sentence.start, t.end - sentence.start, lang
        )
    ]
    return [
        t
        for t in found
        if t.type not in triggers.WEAPON_TYPES
        or not modality.no_state_acts(sentence.text, t.start - sentence.start, lang)
    ]


def _shares_clause(
    trigger: triggers.TriggerMatch,
    others: list[triggers.TriggerMatch],
    sentence: segment.Sentence,
) -> bool:
    for other in others:
        low, high = sorted(
            (trigger.end, other.start) if trigger.end <= other.start else (other.end, trigger.start)
        )
        between = sentence.text[low - sentence.start : high - sentence.start]
        if not impact.OWN_CLAUSE.search(between):
            return True
    return False


def _future_effect(trigger: triggers.TriggerMatch, sentence: segment.Sentence, lang: str) -> bool:
    """An exit announced in the future tense inside a rule sentence is an event (§4.7)."""
    if triggers.rules_in_future(lang):
        return False  # "wird … wirksam", "tulee voimaan": also how these languages state rules
    start, end = trigger.start - sentence.start, trigger.end - sentence.start
    return modality.modality(sentence.text, start, end, trigger.type, lang) == "planned"


def _drop_overlapped(
    found: list[triggers.TriggerMatch], anchored: bool = True
) -> list[triggers.TriggerMatch]:
    """A withdrawal-chain trigger wins over a membership trigger on the same words, unless the
    sentence has no withdrawal word ("das Abkommen trat 1999 in Kraft": the treaty's own)."""
    if not anchored:
        force = [t for t in found if t.type == "entry_into_force"]
        found = [
            t
            for t in found
            if t.type != "withdrawal_effective"
            or not any(m.start <= t.end and t.start <= m.end for m in force)
        ]
    chain = [t for t in found if t.type in WITHDRAWAL_TYPES]
    return [
        t
        for t in found
        if t.type in WITHDRAWAL_TYPES
        or not (t.type in MEMBERSHIP or t.type == "signature")
        or not any(c.start <= t.end and t.start <= c.end for c in chain)
    ]


def _inside(trigger: triggers.TriggerMatch, spans: list[tuple[int, int]], offset: int) -> bool:
    return any(s + offset <= trigger.start and trigger.end <= e + offset for s, e in spans)
