"""Rules that look beyond one trigger (stage ``minewatch.discourse.v1``): gapped coordination,
headline events the body never restates, and figure breakdowns that share a period."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from minewatch.extract import arguments, segment, triggers, values
from minewatch.extract.context import WITHDRAWAL_TYPES, Topic
from minewatch.extract.lexicons import load_lexicon
from minewatch.records import Claim, TextDocument

DISCOURSE = "minewatch.discourse.v1"
_ELLIPSIS = re.compile(r"(?:,|;|–|—|\s(?:and|i|a|и|і|та|а|ja|un|ir|und|et|oraz|ning)\s)\s*$", re.I)


def elided_claims(
    doc: TextDocument,
    lang: str,
    sentence: segment.Sentence,
    claims: list[Claim],
    mentions: list[Any],
    dates: list[Any],
) -> list[Claim]:
    """Gapped coordination: "Lithuania's exit takes effect on 27 December, Poland's on 20
    February" gives the second state the same event with its own date."""
    chain = [c for c in claims if c.type in WITHDRAWAL_TYPES and c.date]
    if not chain or not dates:
        return []
    model = chain[-1]
    named = {c.actor for c in claims if c.type == model.type}
    extra: list[Claim] = []
    for mention in mentions:
        if not mention.state or mention.state in named or mention.start < model.start:
            continue
        before = doc.text[max(sentence.start, mention.start - 12) : mention.start]
        after = [d for d in dates if 0 <= d.start - mention.end <= 20]
        if not after or not _ELLIPSIS.search(before):
            continue
        mood = model.modality
        value = after[0].future_value if mood in ("planned", "possible") else after[0].value
        if not value:
            continue
        named.add(mention.state)
        extra.append(replace(model, actor=mention.state, date=str(value)))
    return extra


def date_lone_headlines(
    claims: list[Claim], sentences: list[segment.Sentence], doc: TextDocument
) -> list[Claim]:
    """A headline event the body never restates is the news of the day (GUIDELINES §8.4)."""
    if not doc.published:
        return claims
    heads = {s.start for s in sentences if s.headline}
    body_keys = {(c.type, c.actor) for c in claims if c.start not in heads}
    return [
        replace(c, date=doc.published)
        if c.start in heads
        and c.date is None
        and c.modality == "fact"
        and (c.type, c.actor) not in body_keys
        and c.type not in values.STATUS_TYPES
        else c
        for c in claims
    ]


def inherit_figure_date(
    trigger: triggers.TriggerMatch,
    sentence: segment.Sentence,
    facts: values.Values,
    topic: Topic,
) -> values.Values:
    """A breakdown or a country figure a few sentences after a dated figure shares its period
    ("…in 2023. Of those, 1,983 were killed"; "…Myanmar recorded the highest annual toll, with
    1,003 casualties")."""
    if trigger.type not in arguments.IMPACT_TYPES:
        return facts
    if facts.date is not None and facts.date != topic.published:
        topic.figure_dates[trigger.type] = (sentence.index, facts.date)
        return facts
    previous = topic.figure_dates.get(trigger.type)
    if previous and 0 < sentence.index - previous[0] <= 3:
        return replace(facts, date=previous[1])
    return facts


def own_figure(
    trigger: triggers.TriggerMatch,
    actor: Any,
    actors: list[Any],
    facts: values.Values,
    quantities: list[Any],
) -> values.Values:
    """With several affected countries, each takes the figure written next to it."""
    if trigger.type not in arguments.IMPACT_TYPES or len(actors) < 2 or actor is None:
        return facts
    found = values.quantity_near(trigger.type, actor, quantities)
    return facts if found is None else replace(facts, quantity=found[0])


_REPEATABLE = WITHDRAWAL_TYPES | {"signature", "ratification", "accession"}


@lru_cache(maxsize=16)
def _follow(lang: str) -> re.Pattern[str] | None:
    words = load_lexicon("arguments", "markers").get("follow", {}).get(lang, [])
    if not words:
        return None
    return re.compile("|".join(rf"(?<!\w)(?:{w})" for w in words), re.IGNORECASE)


def remember_events(topic: Topic, sentence: segment.Sentence, claims: list[Claim]) -> None:
    """Keep the sentence's chain and membership claims for a following "X followed"."""
    events = tuple(c for c in claims if c.type in _REPEATABLE)
    if events:
        topic.last_events = (sentence.index, events)


def followed_claims(
    lang: str,
    sentence: segment.Sentence,
    topic: Topic,
    mentions: list[Any],
    dates: Callable[[], list[Any]],
) -> list[Claim]:
    """Verb ellipsis across sentences: "Lithuania notified its withdrawal on 27 June. Latvia
    followed on 10 July." repeats the previous event for the new subject, with its own date."""
    pattern = _follow(lang)
    index, events = topic.last_events
    if pattern is None or not events or index != sentence.index - 1:
        return []
    match = pattern.search(sentence.text)
    if match is None:
        return []
    verb = sentence.start + match.start()
    subjects: list[str] = []
    for mention in mentions:
        if mention.state and mention.end <= verb and mention.state not in subjects:
            subjects.append(mention.state)
    model = events[-1]
    done = {c.actor for c in events if c.type == model.type}
    subjects = [s for s in subjects if s not in done]
    if not subjects:
        return []
    after = [d for d in dates() if d.start >= verb]  # dates found only when needed
    date: str | None = None
    if after:
        value = after[0].future_value if model.modality in ("planned", "possible") else None
        date = str(value or after[0].value) if (value or after[0].value) else None
    return [
        replace(
            model,
            actor=state,
            date=date,
            evidence=sentence.text,
            start=sentence.start,
            end=sentence.end,
        )
        for state in subjects
    ]


@lru_cache(maxsize=16)
def _next_day(lang: str) -> re.Pattern[str] | None:
    words = load_lexicon("arguments", "markers").get("next_day", {}).get(lang, [])
    if not words:
        return None
    return re.compile("|".join(rf"(?<!\w)(?:{w})(?!\w)" for w in words), re.IGNORECASE)


def next_day_dates(
    lang: str,
    sentence: segment.Sentence,
    topic: Topic,
    claims: list[Claim],
    published: str | None,
) -> list[Claim]:
    """ "The president signed the law the next day": the day after the previous sentence's
    dated event, instead of no date or the publication date."""
    pattern = _next_day(lang)
    index, events = topic.last_events
    if pattern is None or not events or index != sentence.index - 1 or not claims:
        return claims
    if pattern.search(sentence.text) is None:
        return claims
    days = [c.date for c in events if c.date and len(c.date) == 10]
    if not days:
        return claims
    try:
        after = (date.fromisoformat(days[-1]) + timedelta(days=1)).isoformat()
    except ValueError:
        return claims
    return [replace(c, date=after) if c.date is None or c.date == published else c for c in claims]


@lru_cache(maxsize=16)
def _likewise(lang: str) -> re.Pattern[str] | None:
    words = load_lexicon("arguments", "markers").get("likewise", {}).get(lang, [])
    if not words:
        return None
    return re.compile("|".join(rf"(?<!\w)(?:{w})" for w in words), re.IGNORECASE)


_LIKEWISE_REACH = 50


def likewise_claims(
    lang: str, sentence: segment.Sentence, claims: list[Claim], mentions: list[Any]
) -> list[Claim]:
    """ "Latvia left the treaty on Saturday, as did Lithuania and Estonia": the states named
    right after the phrase take the sentence's (last) chain or membership event."""
    pattern = _likewise(lang)
    events = [c for c in claims if c.type in _REPEATABLE and c.actor]
    if pattern is None or not events:
        return []
    model = events[-1]
    named = {c.actor for c in claims if c.type == model.type}
    extra: list[Claim] = []
    for match in pattern.finditer(sentence.text):
        end = sentence.start + match.end()
        for mention in mentions:
            if not mention.state or mention.state in named:
                continue
            if 0 <= mention.start - end <= _LIKEWISE_REACH:
                named.add(mention.state)
                extra.append(replace(model, actor=mention.state))
    return extra
