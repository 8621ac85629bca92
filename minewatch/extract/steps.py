"""Chain and membership refinements of the triggers of one sentence (part of
``minewatch.triggers.v1``): counts of states are statuses, committees and governments recommend
rather than vote, "signed it" in the chain signs the law, and announcing the exit to the UN
Secretary-General is the deposit.  Knowledge: ``state_count``, ``committee``, ``government``,
``law_pronoun`` and ``parliament`` in ``data/lexicons/triggers/<lang>.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from minewatch.extract.lexicons import conjunctions, load_lexicon, word_start_pattern
from minewatch.extract.quantities import find_quantities

if TYPE_CHECKING:
    from minewatch.extract.triggers import TriggerMatch

_MEMBERSHIP = frozenset({"signature", "ratification", "accession", "entry_into_force"})


@lru_cache(maxsize=64)
def _listed(lang: str, key: str) -> re.Pattern[str] | None:
    return word_start_pattern((load_lexicon("triggers", lang) or {}).get(key))


def chain_steps(
    found: list[TriggerMatch], text: str, offset: int, lang: str, in_chain: bool
) -> list[TriggerMatch]:
    """The refinements in order; ``in_chain``: the sentence or the one before speaks of leaving."""
    if any(t.type in _MEMBERSHIP for t in found):
        found = [t for t in found if not counted_states(t, text, offset, lang)]
    found = [_committee_step(t, text, offset, lang) for t in found]
    if in_chain:
        found = [_signs_the_law(t, text, offset, lang) for t in found]
    found = _drop_fronted_objects(found, text, offset)
    return _drop_notice_to_depositary(found, text, offset)


_FRONT = 16  # the fronted object opens the sentence ("Sprendimą trauktis", "The decision to")
_OTHER_CLAUSE = re.compile(rf";|\s(?:{conjunctions('contrast')})\s")


def _drop_fronted_objects(found: list[TriggerMatch], text: str, offset: int) -> list[TriggerMatch]:
    """ "Sprendimą trauktis … ministrai pasiūlė dar kovo mėnesį", "Decyzję o wyjściu … ministrowie
    zarekomendowali", "The decision to withdraw was proposed by…": an intent noun fronted as the
    object of a later intent verb of its clause is that verb's one event (GUIDELINES §4.4)."""
    intents = [t for t in found if t.type == "withdrawal_intent"]
    if len(intents) < 2:
        return found
    last = intents[-1]

    def fronted(t: TriggerMatch) -> bool:
        low, high = t.start - offset, last.start - offset
        return t is not last and low < _FRONT and not _OTHER_CLAUSE.search(text[low:high])

    return [t for t in found if t.type != "withdrawal_intent" or not fronted(t)]


_NOTICE_REACH = 50
_COUNT_REACH = 40  # a listed count of states on either side of the verb
_QUANTITY_REACH = 30  # a counted "states" quantity after it


def _state_counts(lang: str) -> re.Pattern[str] | None:
    return _listed(lang, "state_count")


def counted_states(trigger: TriggerMatch, text: str, offset: int, lang: str) -> bool:
    """ "signée par plus de 100 pays", "Jai yra prisijungusios daugiau nei 110 valstybių",
    "signed by one hundred and sixty-four States": a count of states that signed or joined is a
    status, not an event (GUIDELINES §11).  One rule, two sources of the count: the ``state_count``
    phrases around the verb, and any quantity whose unit is ``states`` just after it."""
    if trigger.type not in _MEMBERSHIP:
        return False
    low, high = trigger.start - offset, trigger.end - offset
    pattern = _state_counts(lang)
    if pattern is not None and pattern.search(
        text[max(0, low - _COUNT_REACH) : high + _COUNT_REACH]
    ):
        return True
    return any(
        q.unit == "states" and 0 <= q.start - high <= _QUANTITY_REACH
        for q in find_quantities(text, lang)
    )


_COMMITTEE_REACH = 60
_GOVERNMENT_REACH = 40


def _committees(lang: str) -> re.Pattern[str] | None:
    return _listed(lang, "committee")


def by_committee(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a committee acts next to the trigger at ``text[start:end]``."""
    pattern = _committees(lang)
    if pattern is None:
        return False
    around = text[max(0, start - _COMMITTEE_REACH) : end + _COMMITTEE_REACH]
    return bool(pattern.search(around)) and ";" not in around


def _governments(lang: str) -> re.Pattern[str] | None:
    return _listed(lang, "government")


def by_government(text: str, start: int, end: int, lang: str) -> bool:
    """Whether a government, and no parliament, acts next to the trigger ("Valitsus kiitis
    eelnõu heaks", "Rada Ministrów przyjęła projekt")."""
    pattern, chambers = _governments(lang), _listed(lang, "parliament")
    if pattern is None:
        return False
    around = text[max(0, start - _GOVERNMENT_REACH) : end + _GOVERNMENT_REACH]
    if ";" in around or (chambers is not None and chambers.search(around)):
        return False
    return bool(pattern.search(around))


@lru_cache(maxsize=16)
def _law_pronouns(lang: str) -> re.Pattern[str] | None:
    data = load_lexicon("triggers", lang) or {}
    words = data.get("law_pronoun")
    if not words:
        return None
    body = "|".join(re.escape(str(w)) for w in words)
    return re.compile(rf"(?:^\W*(?:{body})(?!\w)|(?<!\w)(?:{body})\W*$)", re.IGNORECASE)


def _signs_the_law(trigger: TriggerMatch, text: str, offset: int, lang: str) -> TriggerMatch:
    """ "Президент Зеленський підписав його", "netrukus jį pasirašė": signing "it" in the chain
    is signing the withdrawal law (GUIDELINES §5.1)."""
    pattern = _law_pronouns(lang)
    if trigger.type != "signature" or pattern is None:
        return trigger
    low, high = trigger.start - offset, trigger.end - offset
    after = re.sub(r"^\w*", "", text[high : high + 12])  # the rest of the verb ("підписа|в")
    if pattern.search(after) or pattern.search(text[max(0, low - 8) : low]):
        return replace(trigger, type="withdrawal_law")
    return trigger


def _committee_step(trigger: TriggerMatch, text: str, offset: int, lang: str) -> TriggerMatch:
    """ "pritarė Nacionalinio saugumo ir gynybos komitetas": a committee approving the bill
    recommends it (an intent, GUIDELINES §15.4); the plenary votes. A government approving the
    bill decides to start the exit (§5.1)."""
    low, high = trigger.start - offset, trigger.end - offset
    if trigger.type == "withdrawal_vote" and (
        by_committee(text, low, high, lang) or by_government(text, low, high, lang)
    ):
        return replace(trigger, type="withdrawal_intent")
    return trigger


def _drop_notice_to_depositary(
    found: list[TriggerMatch], text: str, offset: int
) -> list[TriggerMatch]:
    """ "paziņos ANO ģenerālsekretāram", "teatas ÜRO peasekretärile": announcing the exit to the
    depositary is the deposit, not an intent."""
    deposits = [t for t in found if t.type == "withdrawal_deposit"]
    return [
        t
        for t in found
        if t.type != "withdrawal_intent"
        or not any(
            0 <= d.start - t.end <= _NOTICE_REACH
            and not re.search(r"[,;:.]", text[t.end - offset : d.start - offset])
            for d in deposits
        )
    ]
