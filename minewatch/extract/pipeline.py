"""The extraction pipeline: one document in, its claims out.

Stages, each in its own module and versioned: relevance (``relevance.py``), segmentation
(``segment.py``), mentions, dates and quantities (``mentions.py`` adapters to the gazetteer and the
date/quantity finders), treaties (``treaties.py``), triggers (``triggers.py``), arguments
(``arguments.py``), modality (``modality.py``), values (``values.py``) and merging (``merge.py``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from minewatch.extract import (
    arguments,
    authors,
    modality,
    relevance,
    segment,
    treaties,
    triggers,
    values,
)
from minewatch.extract.mentions import (
    collective_mentions,
    find_dates,
    find_mentions,
    find_quantities,
    group_mentions,
    home_mentions,
    home_state,
)
from minewatch.extract.merge import merge_claims
from minewatch.records import Claim, TextDocument

EXTRACTOR_NAME = "minewatch.extract"
EXTRACTOR_VERSION = "0.6.0"
STAGES = (
    relevance.RELEVANCE,
    segment.SEGMENTER,
    treaties.TREATIES_STAGE,
    triggers.TRIGGERS,
    arguments.ARGUMENTS,
    modality.MODALITY,
    values.VALUES,
)
WITHDRAWAL_TYPES = frozenset(
    {
        "withdrawal_intent",
        "withdrawal_vote",
        "withdrawal_law",
        "withdrawal_deposit",
        "withdrawal_effective",
    }
)
_MEMBERSHIP = frozenset({"signature", "ratification", "accession", "entry_into_force"})
_CARRY_ACTOR = WITHDRAWAL_TYPES | (_MEMBERSHIP - {"entry_into_force"})
# types whose actor may be unknown (GUIDELINES §7: unnamed suppliers, global figures, the treaty
# itself entering into force or opening for signature); others need an actor
# what a call can demand as an event of its own (GUIDELINES §5.5): joining, signing, ratifying,
# and (for MPs' calls) starting a withdrawal
_URGED_TYPES = frozenset({"signature", "ratification", "accession", "withdrawal_intent"})
_NO_PRONOUN = frozenset({"entry_into_force", "signature", "advocacy", "destruction"})
_NULL_ACTOR_OK = frozenset(
    {"transfer", "entry_into_force", "casualties", "destruction", "signature"}
)


@dataclass
class _Topic:
    """What carries across sentences: the last withdrawal actors and treaty."""

    actors: tuple[Any, ...] = ()
    treaty: str | None = None
    withdrawal: bool = False
    default_treaty: str = "APMBC"
    main_state: tuple[Any, ...] = ()  # the document's dominant state, for impact figures
    published: str | None = None
    authors: tuple[Any, ...] = ()  # who says "I" or "we": byline author or signatories
    figure_dates: dict[str, tuple[int, str]] = field(default_factory=dict)  # type -> (sentence, date)
    lead: set[int] = field(default_factory=set)


class _Lazy:
    """Date or quantity mentions of one sentence, found only when a trigger needs them."""

    def __init__(self, finder: Any) -> None:
        self.finder = finder

    def of(self, sentence: segment.Sentence) -> list[Any]:
        return [_Shifted(x, sentence.start) for x in self.finder(sentence.text)]


class _Once:
    """A value computed on first use (dates and quantities of a sentence)."""

    def __init__(self, make: Any) -> None:
        self.make = make
        self.value: list[Any] | None = None

    def __call__(self) -> list[Any]:
        if self.value is None:
            self.value = list(self.make())
        return self.value


class _Links:
    """Arguments of each trigger of a sentence, linked on first use."""

    def __init__(self, text: str, mentions: list[Any], lang: str) -> None:
        self.text, self.mentions, self.lang = text, mentions, lang
        self.done: dict[tuple[str, int, int, bool], arguments.Arguments] = {}

    def of(self, trigger: triggers.TriggerMatch) -> arguments.Arguments:
        key = (trigger.type, trigger.start, trigger.end, trigger.buyer)
        if key not in self.done:
            self.done[key] = arguments.link(trigger, self.text, 0, self.mentions, self.lang)
        return self.done[key]


class _Shifted:
    """A finder's mention with offsets moved from the sentence into the document."""

    def __init__(self, inner: Any, offset: int) -> None:
        self.inner = inner
        self.start = inner.start + offset
        self.end = inner.end + offset

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _in(items: Sequence[Any], sentence: segment.Sentence) -> list[Any]:
    return [x for x in items if x.start >= sentence.start and x.end <= sentence.end]


def _default_treaty(mentions: list[treaties.TreatyMention], text: str) -> str:
    """The document's treaty; "none" for a document mostly about anti-tank mines."""
    apmbc = sum(1 for m in mentions if m.treaty == "APMBC")
    ccm = sum(1 for m in mentions if m.treaty == "CCM")
    other = sum(
        1 for m in mentions if m.treaty == "none" and treaties.is_anti_tank(text[m.start : m.end])
    )
    if other > apmbc + ccm:
        return "none"
    return "CCM" if ccm > apmbc else "APMBC"


def _main_state(mentions: list[Any]) -> tuple[Any, ...]:
    """The state most mentioned, if it has at least half of all state mentions (and two)."""
    states = [m for m in mentions if getattr(m, "state", None)]
    counts = Counter(m.state for m in states)
    if not counts:
        return ()
    code, count = counts.most_common(1)[0]
    if count < 2 or 2 * count < len(states):
        return ()
    return (next(m for m in states if m.state == code),)


def _drop_overlapped(found: list[triggers.TriggerMatch]) -> list[triggers.TriggerMatch]:
    """A withdrawal-chain trigger wins over a membership trigger on the same words."""
    chain = [t for t in found if t.type in WITHDRAWAL_TYPES]
    return [
        t
        for t in found
        if t.type in WITHDRAWAL_TYPES
        or not (t.type in _MEMBERSHIP or t.type == "signature")
        or not any(c.start <= t.end and t.start <= c.end for c in chain)
    ]


def _inside(trigger: triggers.TriggerMatch, spans: list[tuple[int, int]], offset: int) -> bool:
    return any(s + offset <= trigger.start and trigger.end <= e + offset for s, e in spans)


def _lead_sentences(sentences: list[segment.Sentence]) -> set[int]:
    body = [s.index for s in sentences if not s.headline]
    return set(body[:2]) | {s.index for s in sentences[:1]}


def extract_document(doc: TextDocument) -> list[Claim]:
    """The claims of ``doc`` (``[]`` for documents with nothing on the mine ban)."""
    gate = relevance.assess(doc.text)
    if not gate.relevant:
        return []
    lang = doc.lang or "en"
    sentences = segment.segment(doc.text, lang)
    mentions = find_mentions(doc.text, lang) + group_mentions(doc.text, lang)
    dates = _Lazy(lambda text: find_dates(text, lang, doc.published))
    quantities = _Lazy(lambda text: find_quantities(text, lang))
    all_treaties = treaties.find_treaties(doc.text, 0, lang)
    # "the Ottawa Convention", "convention d'Ottawa": a city in a treaty's name is not an actor
    named = [t for t in all_treaties if t.treaty != "none"]
    mentions = [
        m
        for m in mentions
        if m.kind != "capital" or not any(t.start < m.end and m.start < t.end for t in named)
    ]
    mentions = sorted(
        mentions + collective_mentions(doc.text, lang, mentions), key=lambda m: m.start
    )
    main_state = _main_state(mentions)
    home = main_state[0].state if main_state else home_state(lang)
    if home:
        mentions = sorted(
            mentions + home_mentions(doc.text, lang, home, mentions), key=lambda m: m.start
        )
    topic = _Topic(
        default_treaty=_default_treaty(all_treaties, doc.text),
        lead=_lead_sentences(sentences),
        main_state=main_state,
        published=doc.published,
        authors=tuple(authors.document_authors(doc.text, mentions)),
    )
    claims: list[Claim] = []
    for sentence in sentences:
        claims.extend(
            _sentence_claims(doc, lang, sentence, topic, mentions, dates, quantities, all_treaties)
        )
    return _date_lone_headlines(merge_claims(claims), sentences, doc)


def _date_lone_headlines(
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


def _filter_triggers(
    found: list[triggers.TriggerMatch], sentence: segment.Sentence, lang: str
) -> list[triggers.TriggerMatch]:
    """Drop triggers that are not events: treaty titles, questions, "if" clauses, rules."""
    found = _drop_overlapped(found)
    if any(t.type in ("withdrawal_vote", "withdrawal_law") for t in found):
        found = [t for t in found if t.type != "withdrawal_intent"]
    masked = treaties.title_spans(sentence.text, lang)
    found = [t for t in found if not _inside(t, masked, sentence.start)]
    if sentence.text.rstrip().endswith("?"):
        return []  # questions are not annotated (GUIDELINES §11)
    found = [
        t for t in found if not modality.in_condition(sentence.text, t.start - sentence.start, lang)
    ]
    found = [
        t
        for t in found
        if t.type != "withdrawal_effective"
        or not triggers.law_before(sentence.text, t.start - sentence.start, lang)
    ]
    if triggers.is_generic(sentence.text, lang):
        found = [t for t in found if t.type not in WITHDRAWAL_TYPES | _MEMBERSHIP]
    found = [
        t
        for t in found
        if t.type not in arguments.STATE_ACTOR_TYPES
        or not modality.is_status(
            sentence.text, t.start - sentence.start, t.end - sentence.start, lang
        )
    ]
    return found


def _sentence_claims(
    doc: TextDocument,
    lang: str,
    sentence: segment.Sentence,
    topic: _Topic,
    mentions: list[Any],
    dates: _Lazy,
    quantities: _Lazy,
    all_treaties: list[treaties.TreatyMention],
) -> list[Claim]:
    here_treaties = _in(all_treaties, sentence)
    found = triggers.find_triggers(sentence.text, sentence.start, lang, topic.withdrawal)
    found = _filter_triggers(found, sentence, lang)
    here_mentions = _in(mentions, sentence)
    claims: list[Claim] = []
    here_dates = _Once(lambda: dates.of(sentence))
    here_quantities = _Once(lambda: quantities.of(sentence))
    links = _Links(doc.text, here_mentions, lang)
    for trigger in found:
        treaty = _treaty_for(trigger, here_treaties, topic)
        if treaty == "none" and trigger.type != "casualties":
            continue
        local = trigger.start - sentence.start, trigger.end - sentence.start
        mood = modality.modality(sentence.text, local[0], local[1], trigger.type, lang)
        if mood == modality.NEGATED:
            if trigger.type in arguments.STATE_ACTOR_TYPES:
                continue  # "has never joined", "have not yet voted": a status
            mood = "denied"
        call = _governing_call(trigger, found)
        linked = links.of(trigger)
        counterparts = list(linked.counterparts)
        if call is not None and trigger.type != "advocacy":
            if trigger.type not in _URGED_TYPES:
                continue  # "stop using mines", "vote the bill down": not events of a type
            mood = "urged"
            actors: list[Any] | None = list(links.of(call).counterparts)
        elif (
            trigger.type == "advocacy"
            and topic.authors
            and authors.first_person(doc.text, trigger.start, trigger.end, lang)
        ):
            mood, actors = "fact", list(topic.authors)
        else:
            mood = _adjust_mood(trigger, mood)
            actors = _actors(trigger, linked, here_mentions, topic, sentence.text, lang)
            if actors and trigger.type in arguments.IMPACT_TYPES:
                acting = _actors_of_acts(found, links)
                actors = [a for a in actors if id(a) not in acting] or actors
        if actors is None:
            continue
        if trigger.type == "advocacy" and not counterparts and _all_states(actors):
            continue  # a state's safety advice to residents is not a treaty call
        if trigger.buyer:  # "X plans to buy mines": X receives, the supplier is unnamed
            actors, counterparts = [], counterparts or actors
        trigger = _parliament_decides(trigger, actors, doc.text, lang)
        facts = values.Values.for_trigger(
            trigger, sentence, here_dates(), here_quantities(), mood, doc, topic.lead
        )
        facts = _inherit_figure_date(trigger, sentence, facts, topic)
        if (
            trigger.type == "casualties"
            and facts.quantity is None
            and not values.has_vague_amount(sentence.text, lang)
        ):
            continue  # "mines cause horrific injuries": no casualty report without a count
        if mood == "fact" and values.is_future(facts.date, doc.published):
            mood = "planned"  # a dated event still to come is planned, whatever the tense
            facts = values.Values.for_trigger(
                trigger, sentence, here_dates(), here_quantities(), mood, doc, topic.lead
            )
        actor_options: list[Any] = list(actors) or [None]
        counterpart_options: list[Any] = counterparts or [None]
        for actor in actor_options:
            own = _own_figure(trigger, actor, actor_options, facts, here_quantities())
            for counterpart in counterpart_options:
                claims.append(
                    _claim(doc, trigger, sentence, actor, counterpart, treaty, mood, own)
                )
    if claims:
        claims.extend(_elided(doc, lang, sentence, claims, here_mentions, here_dates()))
    named = [t for t in here_treaties if t.treaty != "none"]
    if named:  # "anti-tank" concerns its own sentence only
        topic.treaty = named[-1].treaty
    here_withdrawal = triggers.mentions_withdrawal(sentence.text, lang)
    topic.withdrawal = here_withdrawal or (topic.withdrawal and not sentence.headline)
    return claims


_ELLIPSIS = re.compile(r"(?:,|;|–|—|\s(?:and|i|a|и|і|та|а|ja|un|ir|und|et|oraz|ning)\s)\s*$", re.I)


def _elided(
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


def _actors(
    trigger: triggers.TriggerMatch,
    linked: arguments.Arguments,
    here_mentions: list[Any],
    topic: _Topic,
    text: str,
    lang: str,
) -> list[Any] | None:
    """The actors of a trigger, carried from the topic when the sentence names none;
    ``None`` when the event needs an actor and has none."""
    if trigger.actorless:
        return []
    actors = list(linked.actors)
    if not actors and trigger.type in arguments.IMPACT_TYPES:
        actors = [] if arguments.is_global(text, lang) else list(topic.main_state)
    elif not actors and (
        trigger.type in _CARRY_ACTOR
        or (_all_taken(here_mentions, linked) and trigger.type not in _NO_PRONOUN)
    ):
        actors = list(topic.main_state or topic.actors)
    if not actors and trigger.type not in _NULL_ACTOR_OK:
        return None
    if not actors and trigger.type == "transfer" and not linked.counterparts:
        return None
    if actors and trigger.type not in arguments.IMPACT_TYPES:
        topic.actors = tuple(a for a in actors if getattr(a, "state", None)) or topic.actors
    return actors


def _actors_of_acts(found: list[triggers.TriggerMatch], links: _Links) -> set[int]:
    """Names that act in a non-impact event of the sentence ("as Russia keeps laying mines")."""
    return {
        id(a) for t in found if t.type not in arguments.IMPACT_TYPES for a in links.of(t).actors
    }


def _inherit_figure_date(
    trigger: triggers.TriggerMatch,
    sentence: segment.Sentence,
    facts: values.Values,
    topic: _Topic,
) -> values.Values:
    """A breakdown right after a dated figure shares its period ("…in 2023. Of those, 1,983
    were killed")."""
    if trigger.type not in arguments.IMPACT_TYPES:
        return facts
    if facts.date is not None and facts.date != topic.published:
        topic.figure_dates[trigger.type] = (sentence.index, facts.date)
        return facts
    previous = topic.figure_dates.get(trigger.type)
    if previous and previous[0] == sentence.index - 1:
        return replace(facts, date=previous[1])
    return facts


def _own_figure(
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


def _all_states(actors: list[Any]) -> bool:
    return bool(actors) and all(getattr(a, "state", None) for a in actors)


def _all_taken(here_mentions: list[Any], linked: arguments.Arguments) -> bool:
    """No name in the sentence is free to be the actor (none at all, or all counterparts)."""
    taken = {id(x) for x in linked.counterparts}
    return all(id(m) in taken for m in here_mentions)


def _governing_call(
    trigger: triggers.TriggerMatch, found: list[triggers.TriggerMatch]
) -> triggers.TriggerMatch | None:
    """The call ("urged X to accede") whose demand this trigger is, if any."""
    calls = [t for t in found if t.type == "advocacy" and t.end <= trigger.start]
    if calls and trigger.start - calls[-1].end < 120:
        return calls[-1]
    return None


def _parliament_decides(
    trigger: triggers.TriggerMatch, actors: list[Any], text: str, lang: str
) -> triggers.TriggerMatch:
    """A parliament that "decides" to withdraw votes (GUIDELINES §5.1)."""
    if trigger.type != "withdrawal_intent" or not actors:
        return trigger
    if all(triggers.is_parliament(text[a.start : a.end], lang) for a in actors):
        return replace(trigger, type="withdrawal_vote")
    return trigger


def _adjust_mood(trigger: triggers.TriggerMatch, mood: str) -> str:
    """Advocacy itself is always a fact; a stated plan to withdraw is a fact intent
    (GUIDELINES §5.1, §5.5)."""
    if trigger.type == "advocacy":
        return "fact"
    if trigger.type == "withdrawal_intent" and mood == "planned":
        return "fact"
    return mood


def _treaty_for(
    trigger: triggers.TriggerMatch, here: list[treaties.TreatyMention], topic: _Topic
) -> str | None:
    nearest = treaties.treaty_near(here, trigger.start)
    if nearest is not None:
        return nearest
    if topic.default_treaty == "none":
        if trigger.type in arguments.IMPACT_TYPES:
            return topic.treaty or "APMBC"  # landmine impact stays APMBC (GUIDELINES §10)
        return "none"  # an anti-tank story: only sentences naming the ban count
    return topic.treaty or topic.default_treaty


def _claim(
    doc: TextDocument,
    trigger: triggers.TriggerMatch,
    sentence: segment.Sentence,
    actor: Any,
    counterpart: Any,
    treaty: str | None,
    mood: str,
    facts: values.Values,
) -> Claim:
    actor_value = None if actor is None else actor.entity
    counterpart_value = None if counterpart is None else (counterpart.state or counterpart.entity)
    if counterpart_value == actor_value:
        counterpart_value = None
    return Claim(
        doc=doc.id,
        type=trigger.type,
        actor=actor_value,
        treaty=None if treaty == "none" else treaty,
        date=facts.date,
        quantity=facts.quantity,
        unit=facts.unit,
        counterpart=counterpart_value,
        modality=mood,
        evidence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        confidence=0.5 if actor is None else 0.7,
        extractor=f"{EXTRACTOR_NAME}@{EXTRACTOR_VERSION}",
    )
