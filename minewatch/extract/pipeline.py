"""The extraction pipeline: one document in, its claims out.

Stages, each in its own module and versioned: relevance (``relevance.py``), segmentation
(``segment.py``), mentions, dates and quantities (``mentions.py`` adapters to the gazetteer and the
date/quantity finders), treaties (``treaties.py``), triggers (``triggers.py``), arguments
(``arguments.py``), modality (``modality.py``), values (``values.py``), cross-sentence rules
(``discourse.py``) and merging (``merge.py``); ``context.py`` holds what carries across sentences.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from minewatch.extract import (
    arguments,
    authors,
    figures,
    impact,
    modality,
    rebuttals,
    relevance,
    roles,
    segment,
    steps,
    treaties,
    triggers,
    values,
)
from minewatch.extract.actors import event_actors
from minewatch.extract.context import (
    WITHDRAWAL_TYPES,
    LazyFinder,
    Links,
    Once,
    Topic,
    default_treaty,
    in_sentence,
    lead_sentences,
    leading_state,
    main_state_of,
)
from minewatch.extract.discourse import (
    DISCOURSE,
    applied_rule_claims,
    continues_rule,
    date_lone_headlines,
    elided_claims,
    followed_claims,
    followed_in_sentence,
    inherit_figure_date,
    likewise_claims,
    next_day_dates,
    own_date,
    own_figure,
    remember_events,
    repeated_event_dates,
)
from minewatch.extract.mentions import (
    anaphor_mentions,
    collective_mentions,
    find_dates,
    find_mentions,
    find_quantities,
    group_mentions,
    home_mentions,
    home_state,
    region_mentions,
)
from minewatch.extract.merge import MERGE, merge_claims
from minewatch.extract.sentence_filter import filter_triggers
from minewatch.records import Claim, TextDocument

EXTRACTOR_NAME = "minewatch.extract"
EXTRACTOR_VERSION = "0.8.0"
STAGES = (
    relevance.RELEVANCE,
    segment.SEGMENTER,
    treaties.TREATIES_STAGE,
    triggers.TRIGGERS,
    arguments.ARGUMENTS,
    modality.MODALITY,
    values.VALUES,
    DISCOURSE,
    MERGE,
)
# what a call can demand as an event of its own (GUIDELINES §5.5): joining, signing, ratifying,
# and (for MPs' calls) starting a withdrawal
_URGED_TYPES = frozenset({"signature", "ratification", "accession", "withdrawal_intent"})
_ACCUSABLE = frozenset({"use", "production", "transfer", "stockpile"})
_NONE = values.Values(None, None, None)


def _next_event(
    trigger: triggers.TriggerMatch,
    found: list[triggers.TriggerMatch],
    sentence: segment.Sentence,
    scope: int | None,
) -> int | None:
    """The end of a trigger's modality scope: the start of the next chain trigger of another
    type after a comma, else ``scope``."""
    for other in found:
        if other.start <= trigger.end or other.type == trigger.type:
            continue
        if other.type not in WITHDRAWAL_TYPES:
            continue
        between = sentence.text[trigger.end - sentence.start : other.start - sentence.start]
        if "," in between:
            end = between.rindex(",") + trigger.end - sentence.start
            return end if scope is None else min(scope, end)
    return scope


def extract_document(doc: TextDocument) -> list[Claim]:
    """The claims of ``doc`` (``[]`` for documents with nothing on the mine ban)."""
    gate = relevance.assess(doc.text)
    if not gate.relevant:
        return []
    lang = doc.lang or "en"
    sentences = segment.segment(doc.text, lang)
    mentions = find_mentions(doc.text, lang) + group_mentions(doc.text, lang)
    dates = LazyFinder(lambda text: find_dates(text, lang, doc.published))
    quantities = LazyFinder(lambda text: find_quantities(text, lang))
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
    mentions = sorted(mentions + anaphor_mentions(doc.text, lang, mentions), key=lambda m: m.start)
    main_state = main_state_of(mentions)
    home = main_state[0].state if main_state else home_state(lang) or leading_state(mentions)
    if home:
        mentions = sorted(
            mentions + home_mentions(doc.text, lang, home, mentions), key=lambda m: m.start
        )
    topic = Topic(
        default_treaty=default_treaty(all_treaties, doc.text),
        lead=lead_sentences(sentences),
        main_state=main_state,
        regions=tuple(region_mentions(doc.text, lang)),
        published=doc.published,
        authors=tuple(authors.document_authors(doc.text, mentions)),
    )
    claims: list[Claim] = []
    for sentence in sentences:
        claims.extend(
            _sentence_claims(doc, lang, sentence, topic, mentions, dates, quantities, all_treaties)
        )
    return date_lone_headlines(merge_claims(claims), sentences, doc)


def _sentence_claims(
    doc: TextDocument,
    lang: str,
    sentence: segment.Sentence,
    topic: Topic,
    mentions: list[Any],
    dates: LazyFinder,
    quantities: LazyFinder,
    all_treaties: list[treaties.TreatyMention],
) -> list[Claim]:
    here_treaties = in_sentence(all_treaties, sentence)
    found = triggers.find_triggers(
        sentence.text, sentence.start, lang, topic.withdrawal, topic.weapons
    )
    here_mentions = in_sentence(mentions, sentence)
    names_a_state = any(m.state and m.kind not in ("institution", "capital") for m in here_mentions)
    generic = not names_a_state and (
        triggers.is_generic(sentence.text, lang)
        or (topic.generic and continues_rule(here_mentions, dates.of(sentence)))
    )
    rule = [t for t in found if t.type in WITHDRAWAL_TYPES] if generic else []
    found = filter_triggers(found, sentence, lang, generic)
    claims: list[Claim] = []
    here_dates = Once(lambda: impact.not_in_names(dates.of(sentence), here_mentions))
    here_quantities = Once(lambda: quantities.of(sentence))
    links = Links(doc.text, here_mentions, lang)
    for trigger in found:
        treaty = _treaty_for(trigger, here_treaties, topic)
        if treaty == "none" and not impact.null_treaty_ok(trigger, here_treaties, doc.text):
            continue
        local = trigger.start - sentence.start, trigger.end - sentence.start
        # "Польща, яка вийде з конвенції …, не виключає …": a relative clause has its own mood
        scope = roles.relative_clause_end(sentence.text, local[0], lang)
        # "Eduskunta äänesti asiasta, ero tulee voimaan …": cues after the next event are its own
        scope = _next_event(trigger, found, sentence, scope)
        mood = modality.modality(
            sentence.text[: scope or None], local[0], local[1], trigger.type, lang
        )
        if mood == modality.NEGATED:
            if trigger.type in arguments.STATE_ACTOR_TYPES and not modality.refuses(
                sentence.text, local[0], local[1], lang
            ):
                continue  # "has never joined", "have not yet voted": a status
            mood = "denied"
        call = _governing_call(trigger, found, doc.text)
        linked = links.of(trigger)
        if trigger.type in arguments.STATE_ACTOR_TYPES:
            # "…Litwy, Łotwy, Estonii i Finlandii, które opuściły traktat": the antecedents act
            antecedents = roles.relative_antecedents(
                doc.text, 0, here_mentions, trigger.start, lang
            )
            if antecedents:
                linked = arguments.Arguments(tuple(antecedents), linked.counterparts)
        if trigger.type == "withdrawal_effective" and not linked.actors:
            # "Somijai izstāšanās stāsies spēkā 10. janvārī": the state it takes effect for
            linked = arguments.Arguments(
                tuple(arguments.beneficiaries(sentence.text, sentence.start, here_mentions, lang)),
                linked.counterparts,
            )
        counterparts = list(linked.counterparts)
        if call is not None and trigger.type != "advocacy":
            if trigger.type not in _URGED_TYPES:
                continue  # "stop using mines", "vote the bill down": not events of a type
            if trigger.type == "withdrawal_intent" and mood == "denied":
                continue  # "urged Poland to remain in the treaty": a call to stay, not to leave
            mood = "urged"
            actors: list[Any] | None = list(links.of(call).counterparts)
        elif (
            trigger.type == "advocacy"
            and topic.authors
            and (
                authors.first_person(doc.text, trigger.start, trigger.end, lang)
                or authors.names_author(sentence.text, trigger.start - sentence.start, topic)
            )
        ):
            mood, actors = "fact", list(topic.authors)
            # "Apelujemy o odrzucenie tej ustawy": a letter's call with no addressee named goes
            # to the government the letter is about
            counterparts = counterparts or list(topic.main_state)
        else:
            mood = _adjust_mood(trigger, mood)
            actors = event_actors(trigger, linked, here_mentions, topic, sentence, lang, mood)
            if not linked.actors and trigger.type in triggers.WEAPON_TYPES:
                earlier = [m for m in mentions if m.end <= sentence.start]
                group: list[Any] = roles.group_anaphor(
                    sentence.text, sentence.start, trigger.start, earlier, lang
                )
                actors = group or actors
            if trigger.type in _ACCUSABLE:
                blamed = modality.accused(
                    sentence.text, sentence.start, trigger.start, here_mentions, lang
                )
                if blamed:
                    actors, mood = blamed, "alleged"
                elif topic.main_state and modality.accused_forces(
                    sentence.text, sentence.start, trigger.start, lang
                ):
                    actors, mood = list(topic.main_state), "alleged"
                elif mood == "fact" and actors:
                    acting: set[str] = {str(a.state) for a in actors if getattr(a, "state", None)}
                    armed = all(getattr(a, "kind", "") == "armed_group" for a in actors)
                    # a state's voice on another state's act, or on an armed group's
                    if (acting or armed) and modality.state_voice(
                        sentence.text, sentence.start, here_mentions, acting, lang
                    ):
                        mood = "alleged"
            if actors and trigger.type in arguments.IMPACT_TYPES:
                busy = _actors_of_acts(found, links)
                actors = [a for a in actors if id(a) not in busy] or impact.hit(
                    found, links, actors, busy, topic
                )
                actors = impact.affected(trigger, actors, sentence, doc.text, lang, topic)
        if actors is None:
            continue
        if trigger.type == "casualties" and mood != "fact":
            continue  # "mines would kill for decades": a casualty report is a stated figure
        if trigger.type == "advocacy" and not counterparts and impact.all_states(actors):
            continue  # a state's safety advice to residents is not a treaty call
        if trigger.type == "advocacy" and impact.all_parliament(actors, doc.text, lang):
            continue  # MPs' calls in a debate: domestic politics, not an advocacy call (§5.5)
        if trigger.buyer:  # "X plans to buy mines": X receives; "from Y": Y supplies
            suppliers = [a for a in linked.actors if id(a) in {id(x) for x in actors}]
            actors, counterparts = suppliers, counterparts or ([] if suppliers else actors)
        if mood != "urged":  # MPs demanding an exit do not vote on it (§5.1)
            trigger = _parliament_decides(trigger, actors, doc.text, lang, sentence.start)
        facts = values.Values.for_trigger(
            trigger, sentence, here_dates(), here_quantities(), mood, doc, topic.lead
        )
        facts = inherit_figure_date(trigger, sentence, facts, topic)
        if (
            trigger.type == "casualties"
            and facts.quantity is None
            and not figures.has_vague_amount(sentence.text, lang)
        ):
            continue  # "mines cause horrific injuries": no casualty report without a count
        if impact.unmeasured(trigger.type, mood, facts, sentence.text, lang):
            continue
        if mood == "fact" and values.is_future(facts.date, doc.published):
            mood = "planned"  # a dated event still to come is planned, whatever the tense
            facts = values.Values.for_trigger(
                trigger, sentence, here_dates(), here_quantities(), mood, doc, topic.lead
            )
        actor_options: list[Any] = list(actors) or [None]
        counterpart_options: list[Any] = counterparts or [None]
        for actor in actor_options:
            own = own_figure(trigger, actor, actor_options, facts, here_quantities())
            here = (here_dates(), here_mentions)
            own = own_date(trigger, actor, actor_options, own, here, mood)
            for counterpart in counterpart_options:
                claims.append(_claim(doc, trigger, sentence, actor, counterpart, treaty, mood, own))
    if claims:
        claims.extend(elided_claims(doc, lang, sentence, claims, here_mentions, here_dates()))
        claims.extend(likewise_claims(lang, sentence, claims, here_mentions))
        claims.extend(followed_in_sentence(lang, sentence, claims, here_mentions, here_dates()))
    elif not found:
        claims = followed_claims(lang, sentence, topic, here_mentions, here_dates)
    models = tuple(
        _claim(doc, t, sentence, None, None, _treaty_for(t, here_treaties, topic), "fact", _NONE)
        for t in rule
    )
    if not claims and not [t for t in found if t.type in WITHDRAWAL_TYPES]:
        # "…, which for Warsaw means 20 February 2026", "For Poland that means …" (§4.7)
        rules = models or topic.rule_claims
        claims = applied_rule_claims(lang, sentence, rules, topic, here_mentions, here_dates)
    if not any(c.type in triggers.WEAPON_TYPES for c in claims):
        claims.extend(rebuttals.denied_claims(lang, sentence, topic, here_mentions))
    rebuttals.remember_accusations(topic, sentence, claims)
    claims = next_day_dates(lang, sentence, topic, claims, doc.published)
    claims = repeated_event_dates(sentence, topic, claims, doc.published)
    remember_events(topic, sentence, claims)
    named = [t for t in here_treaties if t.treaty != "none"]
    if named:  # "anti-tank" concerns its own sentence only
        topic.treaty = named[-1].treaty
    topic.generic = generic and not claims
    topic.rule_claims = models
    here_withdrawal = triggers.mentions_withdrawal(sentence.text, lang)
    topic.withdrawal = here_withdrawal or (topic.withdrawal and not sentence.headline)
    # a weapon act whose pronoun stood for them keeps the weapons in view ("Ministrija uzsver, ka
    # tās netiks izvietotas. Tās varētu izmantot tikai uzbrukuma gadījumā.")
    topic.weapons = not sentence.headline and (
        triggers.names_weapons(sentence.text, lang)
        or any(t.type in triggers.WEAPON_TYPES for t in found)
    )
    return claims




def _actors_of_acts(found: list[triggers.TriggerMatch], links: Links) -> set[int]:
    """Names that act in a non-impact event of the sentence ("as Russia keeps laying mines")."""
    return {
        id(a) for t in found if t.type not in arguments.IMPACT_TYPES for a in links.of(t).actors
    }




def _governing_call(
    trigger: triggers.TriggerMatch, found: list[triggers.TriggerMatch], text: str = ""
) -> triggers.TriggerMatch | None:
    """The call ("urged X to accede") whose demand this trigger is, if any; not across a
    coordinated verb with its own "that"-clause ("called on Tallinn to reconsider and recalled
    that Russia has used mines")."""
    calls = [t for t in found if t.type == "advocacy" and t.end <= trigger.start]
    if calls and trigger.start - calls[-1].end < 120:
        between = text[calls[-1].end : trigger.start] if text else ""
        if trigger.type in triggers.WEAPON_TYPES and _RECALLED.search(between):
            return None
        return calls[-1]
    return None


_RECALLED = re.compile(
    r"\s(?:and|ja|ning|и|і|та|i|oraz|un|ir|und|et)\s+\w+\s*,?\s*"
    r"(?:that|что|що|że|iż|kad|ka|et|että|dass|que|qu')(?!\w)",
    re.IGNORECASE,
)


def _parliament_decides(
    trigger: triggers.TriggerMatch, actors: list[Any], text: str, lang: str, here: int
) -> triggers.TriggerMatch:
    """A parliament that "decides" to withdraw votes (GUIDELINES §5.1); a state name qualifying
    a parliament ("Leedu Seim") counts in the trigger's own sentence (from offset ``here``)."""
    if trigger.type != "withdrawal_intent" or not actors:
        return trigger
    if steps.by_committee(text, trigger.start, trigger.end, lang):
        return trigger  # "the Seimas committee approved": a recommendation (§15.4)
    if all(
        triggers.is_parliament(text[a.start : a.end], lang)
        or (a.start >= here and triggers.parliament_head(text[a.end : a.end + 40], lang))
        or (a.start >= here and _parliament_of(text[max(here, a.start - 30) : a.start], lang))
        for a in actors
    ):
        return replace(trigger, type="withdrawal_vote")
    return trigger


def _parliament_of(before: str, lang: str) -> bool:
    """ "Das Parlament in Vilnius", "the parliament in Riga": a parliament placed by its capital."""
    found = re.search(r"(\w+)\s+(?:in|of|w|we|в|у|à|de|i|iz)\s*$", before, re.IGNORECASE)
    return found is not None and triggers.is_parliament(found.group(1), lang)


def _adjust_mood(trigger: triggers.TriggerMatch, mood: str) -> str:
    """Advocacy itself is always a fact; a stated plan to withdraw is a fact intent
    (GUIDELINES §5.1, §5.5)."""
    if trigger.type == "advocacy":
        return "fact"
    if trigger.type == "withdrawal_intent" and mood == "planned":
        return "fact"
    return mood


def _treaty_for(
    trigger: triggers.TriggerMatch, here: list[treaties.TreatyMention], topic: Topic
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
