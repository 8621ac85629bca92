"""Who acts in an event when its sentence does not say it plainly (part of
``minewatch.arguments.v1``): the speaker of an assurance or of a first-person quotation, the
affected country of an impact figure, and the topic's state for elided subjects
(GUIDELINES §5.3, §7)."""

from __future__ import annotations

from typing import Any

from minewatch.extract import arguments, authors, modality, segment, triggers
from minewatch.extract.context import WITHDRAWAL_TYPES, Topic

_MEMBERSHIP = frozenset({"signature", "ratification", "accession", "entry_into_force"})
_CARRY_ACTOR = WITHDRAWAL_TYPES | (_MEMBERSHIP - {"entry_into_force"})
_NO_PRONOUN = frozenset({"entry_into_force", "signature", "advocacy", "destruction"})
# types whose actor may be unknown (GUIDELINES §7: unnamed suppliers, global figures, the treaty
# itself entering into force or opening for signature); others need an actor
_NULL_ACTOR_OK = frozenset(
    {"transfer", "entry_into_force", "casualties", "destruction", "signature"}
)


def event_actors(
    trigger: triggers.TriggerMatch,
    linked: arguments.Arguments,
    here_mentions: list[Any],
    topic: Topic,
    sentence: segment.Sentence,
    lang: str,
    mood: str = "fact",
) -> list[Any] | None:
    """The actors of a trigger, carried from the topic when the sentence names none;
    ``None`` when the event needs an actor and has none."""
    if trigger.actorless:
        return []
    actors = list(linked.actors)
    if not actors and trigger.type in triggers.WEAPON_TYPES and mood not in ("fact", "alleged"):
        # "the ministry assured that the mines will only be used at home": the speaker's act
        actors = modality.assuring_speaker(
            sentence.text, sentence.start, trigger.start, here_mentions, lang
        )
    if (
        not actors
        and trigger.type in triggers.WEAPON_TYPES
        and authors.first_person_before(sentence.text, trigger.start - sentence.start, lang)
    ):  # "– Nie wykluczamy przekazania części produkcji … – dodał szef MON"
        actors = modality.quoted_speaker(
            sentence.text, sentence.start, trigger.end, here_mentions, lang
        )
    if (
        not actors
        and trigger.type in triggers.WEAPON_TYPES
        and authors.first_person(sentence.text, trigger.start - sentence.start, trigger.end, lang)
    ):  # "Per dvidešimt metų sunaikinome savo atsargas": we, the state the text is about
        actors = list(topic.main_state)
    if not actors and trigger.type in arguments.IMPACT_TYPES:
        actors = [] if arguments.is_global(sentence.text, lang) else regions_of(sentence, topic)
    elif not actors and (
        trigger.type in _CARRY_ACTOR
        or (
            all_taken(here_mentions, linked, sentence, lang, trigger.type)
            and trigger.type not in _NO_PRONOUN
        )
    ):
        actors = list(topic.main_state or topic.actors)
    if (
        not actors
        and trigger.type == "entry_into_force"
        and topic.main_state
        and own_country(sentence.text, trigger.start - sentence.start, lang)
    ):  # "для нашої держави вона набула чинності": the document's own state
        actors = list(topic.main_state)
    if not actors and trigger.type not in _NULL_ACTOR_OK:
        return None
    if not actors and trigger.type == "transfer" and not linked.counterparts:
        # "the acquisition of mines is to be assessed": the document's state buys (swapped
        # into the counterpart by the caller)
        return list(topic.main_state) if trigger.buyer and topic.main_state else None
    if actors and trigger.type not in arguments.IMPACT_TYPES:
        topic.actors = tuple(a for a in actors if getattr(a, "state", None)) or topic.actors
    return actors


def regions_of(sentence: segment.Sentence, topic: Topic) -> list[Any]:
    """ "в Курской обл. … подорвались": the state of the regions the sentence names (one per
    state), else the document's state."""
    here: dict[str, Any] = {}
    for region in topic.regions:
        if sentence.start <= region.start < sentence.end:
            here.setdefault(region.state, region)
    return list(here.values()) or list(topic.main_state)


def all_taken(
    here_mentions: list[Any],
    linked: arguments.Arguments,
    sentence: segment.Sentence,
    lang: str,
    event_type: str,
) -> bool:
    """No name in the sentence is free to be the actor (none at all, or all counterparts; for
    weapon acts also names after a preposition: "along the border with Russia")."""
    taken = {id(x) for x in linked.counterparts}
    if event_type in triggers.WEAPON_TYPES:
        free = arguments.free_subjects(sentence.text, sentence.start, here_mentions, lang)
        taken |= {id(m) for m in here_mentions} - {id(m) for m in free}
    return all(id(m) in taken for m in here_mentions)


_OWN_REACH = 40


def own_country(sentence: str, trigger_start: int, lang: str) -> bool:
    """ "for our country", "dla naszego kraju" next to the trigger (sentence offsets)."""
    pattern = arguments.listed_pattern("own_country", lang)
    low = max(0, trigger_start - _OWN_REACH)
    return pattern is not None and bool(pattern.search(sentence[low : trigger_start + _OWN_REACH]))
