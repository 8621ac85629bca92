"""Casualty figures: the unit of a count, a lone victim, vague amounts (part of
``minewatch.values.v1``; vocabulary in ``lexicons/units/units.yaml``, GUIDELINES §5.4, §9)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from minewatch.extract.lexicons import lexicon_pattern, load_lexicon
from minewatch.extract.segment import Sentence
from minewatch.extract.triggers import TriggerMatch, trigger_table

# a number across a clause join ("killed and 3,663 injured") belongs to the other verb
CLAUSE_COST = 60
_CLAUSE_COST = CLAUSE_COST


@lru_cache(maxsize=1)
def _units() -> dict[str, Any]:
    return load_lexicon("units", "units")


# "killed or injured", "tués ou blessés": both outcomes of one figure (one short word between)
_JOIN = re.compile(r"^\w*\W+\w{0,4}\W+$")


# between an outcome verb and the number it governs: the rest of the word and approximation
# words, no other number, comma or conjunction ("killed and two injured" is not "killed two")
_GOVERNS = re.compile(
    r"^\w*(?:\s+(?!(?:and|or|i|и|і|та|a|o|ir|un|ja|und|et|ou|oder|або|или|lub|albo|arba|vai"
    r"|või|tai|а)\b)[^\W\d]+){0,3}\s+$",
    re.IGNORECASE,
)


def casualty_unit(found: str | None, text: str, at: int) -> str:
    """ "people killed" / "people injured" from the outcome verb nearest the number at ``at``
    (one after it first: "1,983 people were killed and 3,663 injured"); both outcomes joined
    ("killed or injured 5,700 people") or neither give "people"; counted children stay
    children ("children killed", GUIDELINES §9)."""
    victims = "children" if found == "children" else "people"
    refine: dict[str, list[str]] = _units()["refine"]["casualties"]
    hits = [
        (m.start(), m.end(), unit)
        for unit, cues in refine.items()
        for cue in cues
        for m in re.finditer(cue, text, re.IGNORECASE)
    ]
    if not hits:
        return victims
    for a in hits:
        for b in hits:
            between = text[a[1] : b[0]]
            if a[2] != b[2] and a[1] <= b[0] and _JOIN.match(between):
                return victims
    governing = [h for h in hits if h[1] <= at and _GOVERNS.match(text[h[1] : at])]
    if governing:  # "žuvo 120 žmonių", "загинули 400": the verb right before the number
        return max(governing)[2].replace("people", victims)

    def cost(h: tuple[int, int, str]) -> int:
        if h[0] >= at:
            return h[0] - at
        return 2 * (at - h[1]) + 20 + (_CLAUSE_COST if re.search(r"[,;:]", text[h[1] : at]) else 0)

    nearest = min(hits, key=cost)
    return nearest[2].replace("people", victims)


def _single_victim(lang: str) -> re.Pattern[str] | None:
    return lexicon_pattern("units", "units", "single_victim", lang)


_EXPLO = re.compile(r"(?<!\w)explo", re.IGNORECASE)


def _blast(lang: str) -> re.Pattern[str]:
    return lexicon_pattern("units", "units", "blast", lang) or _EXPLO


_SINGLE_REACH = 25


def single_victim(trigger: TriggerMatch, sentence: Sentence, lang: str) -> bool:
    """A singular death or injury verb at the trigger ("a driver was killed", "тракторист
    загинув") in a sentence that names the weapon: one victim (GUIDELINES §5.4)."""
    pattern = _single_victim(lang)
    weapon = trigger_table(lang).weapon
    if pattern is None or weapon is None:
        return False
    if not weapon.search(sentence.text) and not _blast(lang).search(sentence.text):
        return False
    local = trigger.start - sentence.start, trigger.end - sentence.start
    return any(
        m.start() - _SINGLE_REACH <= local[1] and local[0] <= m.end() + _SINGLE_REACH
        for m in pattern.finditer(sentence.text)
    )


def has_vague_amount(text: str, lang: str) -> bool:
    """A vague amount of victims ("dozens", "setki"), not of time ("for decades")."""
    words = _units().get("vague", {}).get(lang, [])
    times = _units().get("vague_time", {}).get(lang, [])
    time = rf"(?:{'|'.join(times)})" if times else None
    lowered = text.lower()
    for w in words:
        for found in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", lowered):
            before, after = lowered[: found.start()], lowered[found.end() :]
            if time and (
                re.search(rf"(?<!\w){time}\s*$", before)
                or re.match(rf"\s*(?:of\s+)?{time}(?!\w)", after)
            ):
                continue  # "gadu desmitiem", "dziesiątki lat"
            return True
    return False
