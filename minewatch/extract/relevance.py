"""The cheap relevance gate (stage ``minewatch.relevance.v1``).

One Aho-Corasick automaton over every language's terms scans the lower-cased text once.  A
document is relevant when it has a *core* term (anti-personnel mines, landmines, the Ottawa or
cluster-munition conventions, mine action in its humanitarian sense) outside a negative sense, or
at least two *support* terms ("mines") and no negative sense at all (sea mines, mining, crypto,
anti-tank mines, metaphors).  Documents that fail cost one scan.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import ahocorasick

from minewatch.extract.lexicons import load_lexicon

RELEVANCE = "minewatch.relevance.v1"

_KINDS = ("core", "support", "negative")


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    term: str
    kind: str  # core | support | negative


@dataclass(frozen=True, slots=True)
class Relevance:
    relevant: bool
    core: int
    support: int
    negative: int
    hits: tuple[Hit, ...]


@lru_cache(maxsize=1)
def _automaton() -> Any:
    data = load_lexicon("relevance", "terms")
    automaton = ahocorasick.Automaton()
    for kind in _KINDS:
        for terms in data[kind].values():
            for raw in terms:
                whole = raw.endswith("$")
                term = raw.rstrip("$").lower()
                previous = automaton.get(term, ())
                automaton.add_word(term, (*previous, (term, kind, whole)))
    automaton.make_automaton()
    return automaton


def _word_start(text: str, index: int) -> bool:
    return index == 0 or not text[index - 1].isalnum()


def _word_end(text: str, index: int) -> bool:
    return index >= len(text) or not text[index].isalnum()


def scan(text: str) -> list[Hit]:
    """All term hits in ``text`` (case-insensitive), in text order."""
    lowered = text.lower()
    hits: list[Hit] = []
    if len(lowered) != len(text):  # rare case-folding length change: scan the text as is
        lowered = text
    for end_index, entries in _automaton().iter(lowered):
        for term, kind, whole in entries:
            start = end_index - len(term) + 1
            if not _word_start(lowered, start):
                continue
            if whole and not _word_end(lowered, end_index + 1):
                continue
            hits.append(Hit(start, end_index + 1, term, kind))
    hits.sort(key=lambda h: (h.start, -h.end))
    return hits


def _outside_negatives(hits: list[Hit]) -> list[Hit]:
    negatives = [h for h in hits if h.kind == "negative"]
    kept = []
    for hit in hits:
        if hit.kind == "negative":
            continue
        if any(n.start <= hit.end and hit.start <= n.end + 1 for n in negatives):
            continue
        kept.append(hit)
    return kept


def assess(text: str) -> Relevance:
    """Decide whether ``text`` may hold an annotatable mine-ban event."""
    hits = scan(text)
    positives = _outside_negatives(hits)
    core = sum(1 for h in positives if h.kind == "core")
    support = sum(1 for h in positives if h.kind == "support")
    negative = sum(1 for h in hits if h.kind == "negative")
    relevant = core > 0 or (support >= 2 and 2 * negative < support)
    return Relevance(relevant, core, support, negative, tuple(hits))


def negative_spans(relevance: Relevance) -> list[tuple[int, int]]:
    """Spans of the negative senses (used to keep claims out of anti-tank or sea-mine clauses)."""
    return [(h.start, h.end) for h in relevance.hits if h.kind == "negative"]
