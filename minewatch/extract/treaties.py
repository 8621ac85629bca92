"""Treaty mentions: APMBC, CCM or neither (stage ``minewatch.treaties.v1``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from minewatch.extract.lexicons import load_lexicon

TREATIES_STAGE = "minewatch.treaties.v1"
_LABELS = ("APMBC", "CCM", "none")


@dataclass(frozen=True, slots=True)
class TreatyMention:
    treaty: str  # APMBC | CCM | none
    start: int
    end: int


@lru_cache(maxsize=16)
def _patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = load_lexicon("treaties", "terms")
    compiled = []
    for label in _LABELS:
        fragments = data[label].get(lang, []) + (data[label]["en"] if lang != "en" else [])
        body = "|".join(f"(?:{f})" for f in fragments)
        compiled.append((label, re.compile(rf"(?<!\w)(?:{body})", re.IGNORECASE)))
    return tuple(compiled)


@lru_cache(maxsize=16)
def _title(lang: str) -> re.Pattern[str] | None:
    fragments = load_lexicon("treaties", "terms").get("title", {}).get(lang, [])
    if not fragments:
        return None
    return re.compile("|".join(f"(?:{f})" for f in fragments), re.IGNORECASE)


def title_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of full treaty titles in ``text`` (their act words are not triggers)."""
    pattern = _title(lang)
    return [] if pattern is None else [(m.start(), m.end()) for m in pattern.finditer(text)]


def is_anti_tank(span: str) -> bool:
    stems = load_lexicon("treaties", "terms").get("anti_tank", [])
    lowered = span.lower()
    return any(stem in lowered for stem in stems)


def find_treaties(text: str, offset: int, lang: str) -> list[TreatyMention]:
    """Treaty mentions in ``text`` (offsets shifted by ``offset``), in text order."""
    found = [
        TreatyMention(label, offset + m.start(), offset + m.end())
        for label, pattern in _patterns(lang)
        for m in pattern.finditer(text)
    ]
    found.sort(key=lambda t: t.start)
    return found


def treaty_near(mentions: list[TreatyMention], position: int) -> str | None:
    """The treaty of the mention nearest ``position``; ``None`` if there is none."""
    if not mentions:
        return None
    nearest = min(mentions, key=lambda m: abs(m.start - position))
    return nearest.treaty
