"""Dates and quantities of an event (stage ``minewatch.values.v1``).

The date is the date expression of the trigger's sentence nearest the trigger, read as the future
reading for planned events; without one, the publication date is used only for a `fact` event in
the lead of the story (GUIDELINES §8.4).  The quantity is the nearest number of the sentence for
the types that carry one, with its unit refined by the type (``lexicons/units/units.yaml``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from minewatch.extract.figures import CLAUSE_COST as _CLAUSE_COST
from minewatch.extract.figures import casualty_unit, single_victim
from minewatch.extract.lexicons import (
    conjunctions,
    lexicon_pattern,
    load_lexicon,
)
from minewatch.extract.modality import plan_refused
from minewatch.extract.segment import Sentence
from minewatch.extract.triggers import TriggerMatch
from minewatch.records import TextDocument

VALUES = "minewatch.values.v1"
_FUTURE = frozenset({"planned", "possible", "considered", "urged"})
_NEWS_TIME = frozenset({"fact"})
# chain steps reported once done: a year-less month in a fact ("pieņēma aprīlī") is the past one
_DONE_STEPS = frozenset({"withdrawal_vote", "withdrawal_law", "withdrawal_deposit"})
# languages whose present tense also states the future ("esitab juuli alguses")
_NO_FUTURE_TENSE = frozenset({"et", "fi"})
# same-day reactions and calls take the news time wherever they stand (GUIDELINES §8.4)
_REACTION_TYPES = frozenset({"advocacy"})
# holdings and hazards are states of affairs: no news-time default (GUIDELINES §8.3)
STATUS_TYPES = frozenset({"contamination", "stockpile"})
_FIGURE_TYPES = frozenset({"casualties", "clearance", "contamination"})
# events a text may announce in the present tense for a coming date; others written as facts
# ("pieņēma aprīlī", "a voté en avril") lie in the past
_SCHEDULED = frozenset({"withdrawal_effective", "entry_into_force"})
# languages whose future is marked by a word the modality cues know ("will", "wird", "-ra"): an
# unmarked verb there is past or present; synthetic futures (pl "zajmie", lv "pieņems") are not
_MARKED_FUTURE = frozenset({"en", "de", "fr"})
# "KYIV, April 24 (EEN) —": the dateline is the publication date, not an event date (§15.3)
_DATELINE = re.compile(
    r"^[A-ZÀ-ÝА-ЯІЇЄҐ][\w'’./ -]{1,40},\s[^—–]{1,30}?(?:\([^)]{1,20}\)\s*)?[—–-]\s"
)


@lru_cache(maxsize=1)
def _units() -> dict[str, Any]:
    return load_lexicon("units", "units")


def _distance(item: Any, trigger: TriggerMatch) -> int:
    start, end = int(item.start), int(item.end)
    if end <= trigger.start:
        return trigger.start - end
    if start >= trigger.end:
        return start - trigger.end
    return 0


_CLAUSE_JOIN = re.compile(
    r",|;|\s(?:and|but|while|i|a|и|і|та|а|ale|ja|un|ir|und|et|mais|ning|sekä)\s"
)


def _date_cost(item: Any, trigger: TriggerMatch, text: str = "", offset: int = 0) -> int:
    """Distance to the trigger; a date after the trigger ("ratified it in 2003") is preferred,
    and a date before it across a clause join ("joined in 2012 and destroyed …") is far."""
    if int(item.end) <= trigger.start:
        between = text[int(item.end) - offset : trigger.start - offset] if text else ""
        join = 60 if between and _CLAUSE_JOIN.search(between) else 0
        return 2 * (trigger.start - int(item.end)) + 10 + join
    return _distance(item, trigger)


# ", and the Senate in July", ", bet Somija … aprīlī": a comma and a conjunction open another
# coordinated clause; a date there dates that clause's event, not this one (GUIDELINES §8.1)
_COORDINATED = re.compile(
    rf",\s+(?:{conjunctions('dated_clause', 'contrast', 'after_comma')})\s", re.IGNORECASE
)


def _other_clause(item: Any, trigger: TriggerMatch, text: str, offset: int) -> bool:
    if not text:
        return False
    if int(item.end) <= trigger.start:
        between = text[int(item.end) - offset : trigger.start - offset]
    elif int(item.start) >= trigger.end:
        between = text[trigger.end - offset : int(item.start) - offset]
    else:
        return False
    return _COORDINATED.search(between) is not None


@lru_cache(maxsize=16)
def _relative_clause(lang: str) -> re.Pattern[str] | None:
    markers = load_lexicon("arguments", "markers")
    words = [
        *markers.get("relative", {}).get(lang, []),
        *markers.get("relative_date", {}).get(lang, []),
    ]
    if not words:
        return None
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf",\s*(?:{body})(?!\w)[^,;:!?]*", re.IGNORECASE)


def _in_relative(
    item: Any, trigger: TriggerMatch, text: str, offset: int, lang: str | None
) -> bool:
    """A date inside a relative clause that does not hold the trigger (GUIDELINES §8.1)."""
    pattern = _relative_clause(lang or "en")
    if pattern is None or not text:
        return False
    for m in pattern.finditer(text):
        begin, end = m.start() + offset, m.end() + offset
        if begin <= int(item.start) and int(item.end) <= end:
            return not begin <= trigger.start < end
    return False


# "later signed it", "згодом підписав", "izsludināja neilgi pēc tam": the event follows the one
# dated earlier in the sentence, whose date is not its own (GUIDELINES §8.1)
_LATER = {
    "en": ["later", "subsequently", "afterwards", "shortly after", "soon after"],
    "uk": ["згодом", "пізніше", "потім"],
    "ru": ["позже", "позднее", "впоследствии", "затем", "потом"],
    "pl": ["później", "następnie", "potem"],
    "lt": ["vėliau", "po to", "netrukus"],
    "lv": ["vēlāk", "pēc tam"],
    "et": ["hiljem", "seejärel", "pärast seda"],
    "fi": ["myöhemmin", "sittemmin", "sen jälkeen"],
    "de": ["später", "anschließend", "danach", "kurz darauf"],
    "fr": ["plus tard", "ensuite", "par la suite", "peu après"],
}
_SEQUEL_REACH = 30


@lru_cache(maxsize=16)
def _later(lang: str) -> re.Pattern[str] | None:
    words = _LATER.get(lang, [])
    if not words:
        return None
    return re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE
    )


def _sequel(trigger: TriggerMatch, sentence: Sentence, lang: str | None) -> bool:
    pattern = _later(lang or "")
    if pattern is None:
        return False
    low = max(0, trigger.start - sentence.start - _SEQUEL_REACH)
    high = trigger.end - sentence.start + _SEQUEL_REACH
    around = sentence.text[low:high]
    return pattern.search(around) is not None


def _cost(item: Any, trigger: TriggerMatch, text: str, offset: int) -> int:
    # a written date ("20 лютого 2026") beats a relative one in the same sentence
    penalty = 30 if getattr(item, "role", "") in ("duration", "after") else 0
    return _date_cost(item, trigger, text, offset) + penalty


_VAGUE_REACH = 40


def _vague_times(trigger: TriggerMatch, dates: Sequence[Any], text: str, offset: int) -> list[Any]:
    """ "larguées il y a un demi-siècle", "decades ago" right by the trigger: the event's time,
    too vague for a date (GUIDELINES §8: null)."""
    vague = [d for d in dates if getattr(d, "unit", "") == "vague"]
    vague = [d for d in vague if _date_cost(d, trigger, text, offset) <= _VAGUE_REACH]
    return [d for d in vague if not _other_clause(d, trigger, text, offset)]


def pick_date(
    trigger: TriggerMatch,
    dates: Sequence[Any],
    mood: str,
    published: str | None = None,
    sentence: Sentence | None = None,
    lang: str | None = None,
) -> str | None:
    usable = [d for d in dates if (d.future_value if mood in _FUTURE else d.value)]
    text, offset = (sentence.text, sentence.start) if sentence else ("", 0)
    usable = [d for d in usable if not _other_clause(d, trigger, text, offset)]
    usable = [d for d in usable if not _in_relative(d, trigger, text, offset, lang)]
    vague = _vague_times(trigger, dates, text, offset)
    if not usable:
        return None
    nearest = min(usable + vague, key=lambda d: _cost(d, trigger, text, offset))
    if nearest in vague:
        return None
    value = nearest.future_value if mood in _FUTURE else nearest.value
    if mood in _FUTURE and trigger.type == "transfer" and _weekday_like(nearest):
        value = nearest.value  # "said on Friday it would provide": the announcement day (§8.1)
    # a figure counted "since January" runs from the past January ("from 20 February" may not)
    since = getattr(nearest, "role", "") == "since" and trigger.type in _FIGURE_TYPES
    # "takes effect on 27 December": a coming date
    scheduled = trigger.type in _SCHEDULED or lang not in _MARKED_FUTURE
    scheduled = scheduled and not _past_form(trigger, text, offset, lang)
    if (
        mood not in _FUTURE
        and not since
        and scheduled
        and (trigger.type not in _DONE_STEPS or lang in _NO_FUTURE_TENSE)
        and _future_closer(nearest, published)
    ):
        value = nearest.future_value  # "take effect on 27 December": the coming one
    return str(value) if value else None


@lru_cache(maxsize=16)
def _past_pattern(lang: str) -> re.Pattern[str] | None:
    ending = _units().get("past_verb", {}).get(lang)
    return re.compile(rf"^\w*(?:{ending})$", re.IGNORECASE) if ending else None


def _past_form(trigger: TriggerMatch, text: str, offset: int, lang: str | None) -> bool:
    """Whether the trigger's word is a past-tense verb form ("pritarė", "ухвалив", "przyjął"):
    its bare month lies in the past, whatever is nearer (GUIDELINES §8.2)."""
    pattern = _past_pattern(lang or "")
    if pattern is None or not text:
        return False
    word = re.match(r"\w+", text[trigger.start - offset :])
    return word is not None and pattern.match(word.group()) is not None


def _weekday_like(item: Any) -> bool:
    """A day-precision date whose two readings are less than four weeks apart (a weekday)."""
    past, future = item.value, item.future_value
    if not past or not future or past == future or len(str(past)) < 10:
        return False
    before, after = _day(str(past)), _day(str(future))
    return before is not None and after is not None and (after - before).days < 28


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(
            (value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10]
        )
    except ValueError:
        return None


def _future_closer(item: Any, published: str | None) -> bool:
    """A year-less date whose coming reading is nearer the publication than its past one."""
    past, future = item.value, item.future_value
    if not past or not future or past == future or not published or len(published) < 10:
        return False
    now, before, after = _day(published), _day(str(past)), _day(str(future))
    if now is None or before is None or after is None:
        return False
    if (after - before).days < 28:
        return False  # weekdays keep their past reading (GUIDELINES §8.2)
    # clearly nearer only: news reports the past unless the coming date is much closer
    return (after - now).days < 0.6 * (now - before).days


def _unit_for(event_type: str, quantity: Any, text: str, at: int = 0) -> str:
    table = _units()
    if event_type == "casualties":
        return casualty_unit(getattr(quantity, "unit", None), text, at)
    refine: dict[str, list[str]] = table["refine"].get(event_type, {})
    for unit, cues in refine.items():
        if any(re.search(cue, text, re.IGNORECASE) for cue in cues):
            return unit
    found = getattr(quantity, "unit", None)
    if found and event_type in ("contamination", "clearance", "casualties"):
        return str(found)
    return str(table["default"].get(event_type, found or "items"))


def _unit_allowed(event_type: str, quantity: Any) -> bool:
    allowed = _units().get("allowed", {}).get(event_type)
    return allowed is None or getattr(quantity, "unit", None) in allowed


def _quantity_cost(item: Any, trigger: TriggerMatch, sentence: Sentence) -> int:
    """Distance to the trigger; a number across a clause join ("killed and 3,663 injured")
    belongs to the other verb."""
    cost = _distance(item, trigger)
    low, high = (
        sorted((int(item.end), trigger.start))
        if int(item.end) <= trigger.start
        else (
            trigger.end,
            int(item.start),
        )
    )
    between = sentence.text[low - sentence.start : high - sentence.start]
    return cost + (_CLAUSE_COST if _CLAUSE_JOIN.search(between) else 0)


def quantity_near(
    event_type: str, mention: Any, quantities: Sequence[Any]
) -> tuple[int | float, str | None] | None:
    """The quantity nearest a name ("Syria (933), Afghanistan (651)"), if one is close."""
    usable = [q for q in quantities if _unit_allowed(event_type, q)]
    close = [q for q in usable if abs(int(q.start) - int(mention.end)) <= 12]
    if not close:
        return None
    nearest = min(close, key=lambda q: abs(int(q.start) - int(mention.end)))
    return nearest.value, getattr(nearest, "unit", None)


@lru_cache(maxsize=16)
def _after_words(lang: str, key: str) -> re.Pattern[str] | None:
    words = _units().get(key, {}).get(lang or "en", [])
    if not words:
        return None
    return re.compile(rf"^\W{{0,3}}(?:{'|'.join(words)})", re.IGNORECASE)


def _names_a_treaty(item: Any, sentence: Sentence, lang: str | None) -> bool:
    """ "the 1997 convention": a year naming a treaty is not an event date."""
    pattern = _after_words(lang or "en", "treaty_words")
    after = sentence.text[int(item.end) - sentence.start :]
    return pattern is not None and str(item.text).isdigit() and bool(pattern.match(after))


def _of_a_statement(
    item: Any, sentence: Sentence, lang: str | None, trigger: TriggerMatch | None = None
) -> bool:
    """ "said on Wednesday", "On Thursday, a minister said the government has no plans…": the
    date of a statement, not of a planned or denied event."""
    pattern = lexicon_pattern("units", "units", "speech", lang or "en")
    if pattern is None:
        return False
    left = sentence.text[
        max(0, int(item.start) - sentence.start - 25) : int(item.start) - sentence.start
    ]
    right = sentence.text[int(item.end) - sentence.start : int(item.end) - sentence.start + 25]
    if pattern.search(left) or pattern.search(right):
        return True
    if trigger is None:
        return False
    # a speech verb between the event and the date: the date is the speaker's ("On Thursday, a
    # minister said …", "„… steht nicht zur Debatte“, sagte ein Sprecher … am Mittwoch")
    if int(item.end) <= trigger.start:
        between = sentence.text[int(item.end) - sentence.start : trigger.start - sentence.start]
    elif int(item.start) >= trigger.end:
        between = sentence.text[trigger.end - sentence.start : int(item.start) - sentence.start]
    else:
        return False
    return pattern.search(between) is not None


_ALREADY_REACH = 40


@lru_cache(maxsize=16)
def _against_words(lang: str) -> re.Pattern[str] | None:
    words = _units().get("against", {}).get(lang, [])
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)


def _votes_against(item: Any, sentence: Sentence, lang: str | None) -> bool:
    """ "Pret balsoja 17 deputāti", "15 against": the votes against are no vote count (§9)."""
    pattern = _against_words(lang or "en")
    if pattern is None:
        return False
    low, high = int(item.start) - sentence.start, int(item.end) - sentence.start
    return bool(pattern.search(sentence.text[max(0, low - 20) : low])) or bool(
        pattern.match(sentence.text[high : high + 12].lstrip())
    )


@lru_cache(maxsize=16)
def _already_words(lang: str) -> re.Pattern[str] | None:
    words = _units().get("already", {}).get(lang, [])
    if not words:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=16)
def _after_clause_words(lang: str) -> re.Pattern[str] | None:
    words = _units().get("after_clause", {}).get(lang, [])
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.I) if words else None


def _after_clause(trigger: TriggerMatch, sentence: Sentence, lang: str | None) -> bool:
    """ "Після того як Україна оголосила про вихід, …": an event in an "after" clause opening
    its sentence is background, not the day's news (§8.4)."""
    pattern = _after_clause_words(lang or "en")
    if pattern is None:
        return False
    left = sentence.text[: trigger.start - sentence.start]
    found = pattern.search(left)
    return found is not None and "," not in left[found.end() :].lstrip(",")


def _already(trigger: TriggerMatch, sentence: Sentence, lang: str | None) -> bool:
    """ "has already voted", "hätten bereits notifiziert": a background step (§8.4)."""
    pattern = _already_words(lang or "en")
    if pattern is None:
        return False
    low = max(0, trigger.start - sentence.start - _ALREADY_REACH)
    return bool(pattern.search(sentence.text[low : trigger.end - sentence.start + _ALREADY_REACH]))


def in_dateline(item: Any, sentence: Sentence) -> bool:
    """Whether ``item`` (document offsets) stands in the sentence's dateline ("YANGON/BANGKOK,
    April 4 —"): the place of filing, neither a date nor an actor (GUIDELINES §15.3)."""
    return _in_dateline(item, sentence)


def _in_dateline(item: Any, sentence: Sentence) -> bool:
    found = _DATELINE.match(sentence.text)
    return found is not None and int(item.start) - sentence.start < found.end()


def _plan_refused(trigger: TriggerMatch, sentence: Sentence, lang: str | None) -> bool:
    start, end = trigger.start - sentence.start, trigger.end - sentence.start
    refused = plan_refused(sentence.text, start, end, lang or "en")
    return trigger.type not in STATUS_TYPES and refused


def is_future(date: str | None, published: str | None) -> bool:
    """Whether ``date`` lies after the publication date, compared at the shorter precision."""
    if not date or not published:
        return False
    size = min(len(date), len(published))
    return date[:size] > published[:size]


@dataclass(frozen=True, slots=True)
class Values:
    date: str | None
    quantity: int | float | None
    unit: str | None

    @classmethod
    def for_trigger(
        cls,
        trigger: TriggerMatch,
        sentence: Sentence,
        dates: Sequence[Any],
        quantities: Sequence[Any],
        mood: str,
        doc: TextDocument,
        lead: set[int],
    ) -> Values:
        dates = [
            d
            for d in dates
            if not _in_dateline(d, sentence) and not _names_a_treaty(d, sentence, doc.lang)
        ]
        if mood not in _NEWS_TIME and trigger.type != "transfer":
            dates = [d for d in dates if not _of_a_statement(d, sentence, doc.lang, trigger)]
        if mood in _FUTURE or (mood == "denied" and _plan_refused(trigger, sentence, doc.lang)):
            # "now", "currently" date a present status ("does not currently possess": denied,
            # dated), not a planned or considered act, nor one whose plan is denied ("šiuo metu
            # neplanuoja įsigyti", "currently has no plans to buy"; §8.2, §8.5)
            dates = [d for d in dates if getattr(d, "unit", "") != "now"]
        if _sequel(trigger, sentence, doc.lang):
            dates = [d for d in dates if int(d.end) > trigger.start]
        when = pick_date(trigger, dates, mood, doc.published, sentence, doc.lang)
        vague = _vague_times(trigger, dates, sentence.text, sentence.start)
        if sentence.headline:
            when = None  # a headline restates the story: let it fold into the body's mention
        elif (
            when is None
            and not vague
            and mood in _NEWS_TIME
            and (sentence.index in lead or trigger.type in _REACTION_TYPES)
            and trigger.type not in STATUS_TYPES
            and doc.published
            and (trigger.type in _REACTION_TYPES or not _already(trigger, sentence, doc.lang))
            and not _after_clause(trigger, sentence, doc.lang)
        ):
            when = doc.published
        quantity: int | float | None = None
        unit: str | None = None
        usable = [q for q in quantities if _unit_allowed(trigger.type, q)]
        if trigger.type == "withdrawal_vote":
            usable = [q for q in usable if not _votes_against(q, sentence, doc.lang)]
        lone = trigger.type == "casualties" and single_victim(trigger, sentence, doc.lang or "en")
        if lone:  # "тракторист загинув, ще двоє … зазнали поранень": the number is the other verb's
            usable = [q for q in usable if _quantity_cost(q, trigger, sentence) < _CLAUSE_COST]
        if trigger.type in _units()["quantity_types"] and usable:
            nearest = min(usable, key=lambda q: _quantity_cost(q, trigger, sentence))
            quantity = nearest.value
            low = max(0, nearest.start - sentence.start - 40)
            window = sentence.text[low : nearest.end - sentence.start + 60]
            unit = _unit_for(trigger.type, nearest, window, nearest.start - sentence.start - low)
        elif lone:
            local = trigger.start - sentence.start
            window = sentence.text[max(0, local - 40) : local + 60]
            quantity, unit = 1, casualty_unit(None, window, min(40, local))
        return cls(when, quantity, unit)
