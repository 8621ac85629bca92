"""Denials of an accusation made in an earlier sentence (part of ``minewatch.discourse.v1``).

"Reports say Taliban fighters laid new mines. A Taliban spokesman rejected this." gives the
accused act a second version, `denied` (GUIDELINES §4.4, §6: claims and denials are both
annotated).  The denial's cue words per language are the ``rebuttal`` list of
``data/lexicons/modality/cues.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from minewatch.extract import segment
from minewatch.extract.context import Topic
from minewatch.extract.lexicons import lexicon_pattern
from minewatch.records import Claim

_WEAPON_ACTS = frozenset({"use", "production", "transfer", "stockpile"})
_REACH = 3  # sentences between the accusation and its denial


def _rebuttal(lang: str) -> re.Pattern[str] | None:
    return lexicon_pattern("modality", "cues", "rebuttal", lang)


def remember_accusations(topic: Topic, sentence: segment.Sentence, claims: list[Claim]) -> None:
    """Keep the sentence's alleged weapon acts for a denial that may follow."""
    accused = tuple(c for c in claims if c.type in _WEAPON_ACTS and c.modality == "alleged")
    if accused:
        topic.accused = (sentence.index, accused)


def denied_claims(
    lang: str, sentence: segment.Sentence, topic: Topic, mentions: list[Any]
) -> list[Claim]:
    """The accused acts of a recent sentence, denied by this one ("… rejected this"), when the
    denier is the accused or is not named."""
    pattern = _rebuttal(lang)
    index, accused = topic.accused
    if pattern is None or not accused or sentence.index - index > _REACH:
        return []
    if not pattern.search(sentence.text):
        return []
    named = {m.state or m.entity for m in mentions}
    found: list[Claim] = []
    for claim in accused:
        if named and claim.actor not in named and not _same_group(claim.actor, mentions):
            continue
        found.append(
            replace(
                claim,
                modality="denied",
                date=None,
                evidence=sentence.text,
                start=sentence.start,
                end=sentence.end,
            )
        )
    return found


def _same_group(actor: str | None, mentions: list[Any]) -> bool:
    """ "a Taliban spokesman" for the Taliban fighters accused before."""
    if not actor:
        return False
    head = actor.split()[0].lower()
    return any(head in (m.text or "").lower() for m in mentions)
