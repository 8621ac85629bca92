"""Rules that look beyond one trigger (stage ``minewatch.discourse.v1``): gapped coordination,
headline events the body never restates, and figure breakdowns that share a period."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from minewatch.extract import arguments, modality, segment, triggers, values
from minewatch.extract.context import WITHDRAWAL_TYPES, Topic
from minewatch.extract.lexicons import conjunctions, lexicon_pattern, load_lexicon
from minewatch.records import Claim, TextDocument

DISCOURSE = "minewatch.discourse.v1"
_OPENERS = conjunctions("additive", "contrast", "after_comma")
# "La Thaïlande a ratifié la Convention en 1998 et le Cambodge en 1999": membership steps are
# gapped like the withdrawal chain
_ELLIPSIS = re.compile(
    rf"(?:,|;|–|—|\s(?:{_OPENERS})\s)\s*"
    r"(?:(?:the|die|der|den|le|la|les|l'|for|für|pour|dla|для)\s*)?$",
    re.I,
)


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
    chain = [c for c in claims if c.type in _REPEATABLE and c.date]
    if not chain or not dates:
        return []
    model = chain[-1]
    named = {c.actor for c in claims if c.type == model.type}
    extra: list[Claim] = []
    for mention in mentions:
        if not mention.state or mention.start < model.start:
            continue
        # "The Sejm approved it in June and the Senate in July": the other chamber votes too
        chamber = model.type == "withdrawal_vote" and triggers.is_parliament(
            mention.text.split()[-1], lang
        )
        if mention.state in named and not chamber:
            continue
        before = doc.text[max(sentence.start, mention.start - 12) : mention.start]
        after = [d for d in dates if 0 <= d.start - mention.end <= 20]
        later = _years_later(doc.text[mention.end : mention.end + 25], model.date, lang)
        if not (after or later) or not _ELLIPSIS.search(before):
            continue
        mood = model.modality
        value = None
        if after:
            value = after[0].future_value if mood in ("planned", "possible") else after[0].value
        value = value or later
        if not value or (chamber and str(value) == model.date):
            continue
        named.add(mention.state)
        extra.append(replace(model, actor=mention.state, date=str(value)))
    return extra


@lru_cache(maxsize=16)
def _later_years(lang: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    spec = load_lexicon("arguments", "markers").get("years_later", {}).get(lang)
    if not spec:
        return None
    return re.compile(str(spec["pattern"]), re.IGNORECASE), dict(spec["numbers"])


def _years_later(text: str, base: str | None, lang: str) -> str | None:
    """ "Thailand ratified it in 1998 and Cambodia a year later": the model's year plus N."""
    table = _later_years(lang)
    if table is None or not base or not base[:4].isdigit():
        return None
    found = table[0].search(text)
    if found is None:
        return None
    word = found.group("n").lower()
    count = int(word) if word.isdigit() else table[1].get(word)
    return None if count is None else str(int(base[:4]) + count)


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
_OWN_DATE_REACH = 12


def own_date(
    trigger: triggers.TriggerMatch,
    actor: Any,
    actors: list[Any],
    facts: values.Values,
    here: tuple[list[Any], list[Any]],
    mood: str,
) -> values.Values:
    """With several states, each takes the date written right after its name in the sentence
    ("…am 27. Dezember, für Finnland am 1. Jänner 2026 und für Polen am 20. Februar 2026")."""
    states = {getattr(a, "state", None) for a in actors}
    if trigger.type not in _REPEATABLE or len(states - {None}) < 2 or actor is None:
        return facts
    dates, mentions = here
    names = [m for m in mentions if m.state and m.state == getattr(actor, "state", None)]
    after = [d for d in dates for m in names if 0 <= d.start - m.end <= _OWN_DATE_REACH]
    if not after:
        return facts
    value = after[0].future_value if mood in ("planned", "possible") else after[0].value
    return replace(facts, date=str(value)) if value else facts


def _follow(lang: str) -> re.Pattern[str] | None:
    return lexicon_pattern("arguments", "markers", "follow", lang)


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
    if not subjects:  # "Sama sammu astusid reedel ka Läti ja Leedu": subjects after the verb
        subjects = list(dict.fromkeys(m.state for m in mentions if m.state and m.start > verb))
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


def _likewise(lang: str) -> re.Pattern[str] | None:
    return lexicon_pattern("arguments", "markers", "likewise", lang)


_LIKEWISE_REACH = 50


def _last_step(claims: list[Claim]) -> tuple[Claim, set[str | None]] | None:
    """The sentence's last chain or membership event and the actors that already have its type."""
    events = [c for c in claims if c.type in _REPEATABLE and c.actor]
    if not events:
        return None
    model = events[-1]
    return model, {c.actor for c in claims if c.type == model.type}


def likewise_claims(
    lang: str, sentence: segment.Sentence, claims: list[Claim], mentions: list[Any]
) -> list[Claim]:
    """ "Latvia left the treaty on Saturday, as did Lithuania and Estonia": the states named
    right after the phrase take the sentence's (last) chain or membership event."""
    pattern = _likewise(lang)
    last = _last_step(claims)
    if pattern is None or last is None:
        return []
    model, named = last
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


# ", and": the clause of a follow verb starts after the last of these before it
_CLAUSE_START = re.compile(rf"[;:—–]|,\s+(?:{_OPENERS})\s+")


def followed_in_sentence(
    lang: str,
    sentence: segment.Sentence,
    claims: list[Claim],
    mentions: list[Any],
    dates: list[Any],
) -> list[Claim]:
    """ "Latvia's Saeima has already voted, and lawmakers in Vilnius and Tallinn are expected to
    follow": the states of the follow verb's own clause take the sentence's chain event, with
    the modality of that clause ("expected to follow": planned)."""
    pattern = _follow(lang)
    last = _last_step(claims)
    if pattern is None or last is None:
        return []
    model, named = last
    extra: list[Claim] = []
    for match in pattern.finditer(sentence.text):
        starts = [m.end() for m in _CLAUSE_START.finditer(sentence.text[: match.start()])]
        if not starts:
            continue  # the event and the follow verb share one clause: "X followed Y"
        low, high = sentence.start + starts[-1], sentence.start + match.start()
        subjects = [m.state for m in mentions if m.state and low <= m.start and m.end <= high]
        subjects = list(dict.fromkeys(s for s in subjects if s not in named))
        if not subjects:
            continue
        mood = modality.modality(sentence.text, match.start(), match.end(), model.type, lang)
        if mood == modality.NEGATED:
            continue  # "X has not followed": a status
        later = [d for d in dates if d.start >= high]
        value = None
        if later:
            value = later[0].future_value if mood in ("planned", "possible") else later[0].value
        named.update(subjects)
        extra.extend(
            replace(model, actor=state, modality=mood, date=str(value) if value else None)
            for state in subjects
        )
    return extra


def continues_rule(mentions: list[Any], dates: list[Any]) -> bool:
    """After a sentence on treaty rules, a sentence that names no state, institution or date
    ("The exit takes effect six months after that.") goes on describing the rules (§4.7)."""
    if any(m.state for m in mentions):
        return False
    return not any(getattr(d, "value", None) for d in dates)


def applied_rule_claims(
    lang: str,
    sentence: segment.Sentence,
    rules: tuple[Claim, ...],
    topic: Topic,
    mentions: list[Any],
    dates: Callable[[], list[Any]],
) -> list[Claim]:
    """ "A withdrawal takes effect six months after the notification. For Poland that means 20
    February 2026.": a rule (of this sentence or the one before) applied to a named state and
    dated is that state's event (GUIDELINES §4.7)."""
    if not rules:
        return []
    states = list(
        dict.fromkeys(
            m.state for m in arguments.beneficiaries(sentence.text, sentence.start, mentions, lang)
        )
    )
    found = [d for d in dates() if d.value or d.future_value] if states else []
    if not found:
        return []
    model = rules[-1]
    value = str(found[0].future_value or found[0].value)
    mood = "planned" if values.is_future(value, topic.published) else "fact"
    return [
        replace(
            model,
            actor=state,
            date=value,
            modality=mood,
            evidence=sentence.text,
            start=sentence.start,
            end=sentence.end,
            confidence=0.7,
        )
        for state in states
    ]


def repeated_event_dates(
    sentence: segment.Sentence, topic: Topic, claims: list[Claim], published: str | None
) -> list[Claim]:
    """ "Sejm uchwalił w czwartek ustawę … Za głosowało 413 posłów": a chain or membership event
    restated in the next sentence without a date of its own is the same event (§4.3)."""
    index, events = topic.last_events
    if not events or index != sentence.index - 1:
        return claims
    dated = {(c.type, c.actor, c.modality): c.date for c in events if c.date}
    return [
        replace(c, date=dated[(c.type, c.actor, c.modality)])
        if (c.date is None or c.date == published)
        and (c.type, c.actor, c.modality) in dated
        and c.type in _REPEATABLE
        else c
        for c in claims
    ]
