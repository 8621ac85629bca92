"""Who speaks in the first person: the byline author or the signatories of a letter.

``document_authors(text, lang, mentions)`` reads a byline line ("By Marta Lindqvist") or the
lines after a closing formula ("Sincerely," / "Z wyrazami szacunku,"); a signatory line that
names an organisation stands for it ("Deputy Director, ICBL").  ``first_person(...)`` tells
whether a trigger is spoken in the first person ("I urge", "Wzywamy", "Закликаємо").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from minewatch.extract.lexicons import load_lexicon

_NAME = r"[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯІЇЄҐ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯІЇЄҐ][\w'’-]+){1,3}"
_QUOTES = '„”“"«»‚‘’'


@dataclass(frozen=True, slots=True)
class Author:
    """A first-person speaker, as an actor value."""

    entity: str
    start: int
    end: int
    kind: str = "person"
    state: str | None = None
    text: str = ""


@lru_cache(maxsize=1)
def _byline() -> re.Pattern[str]:
    words = load_lexicon("arguments", "markers").get("byline", [])
    # "By Marta Lindqvist", "Von Jonas Wegener | 03.04.2025, 06:00 Uhr", "2025-05-02, autorė –
    # Rūta Vaitkevičienė, …": the name, then the line's end or a separator
    return re.compile(
        rf"^(?:[\d./-]+,\s*)?\s*(?:{'|'.join(words)})\s*[–—:-]?\s+({_NAME})"
        rf"\s*(?:[|·•–—,][^\n]*)?$",
        re.IGNORECASE | re.MULTILINE,
    )


@lru_cache(maxsize=1)
def _statement() -> re.Pattern[str]:
    words = load_lexicon("arguments", "markers").get("statement", [])
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)", re.I)


@lru_cache(maxsize=1)
def _closing() -> re.Pattern[str]:
    words = load_lexicon("arguments", "markers").get("closing", [])
    return re.compile(rf"^\s*(?:{'|'.join(re.escape(w) for w in words)})\b[^\n]*\n", re.I | re.M)


@lru_cache(maxsize=1)
def _noise() -> re.Pattern[str]:
    words = load_lexicon("arguments", "markers").get("signature_noise", [])
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in words)})(?!\w)|[:@()]", re.I)


# "Nordic-Baltic Mine Action Forum | About | Statements": the site's name opens its masthead
_MASTHEAD = re.compile(r"^\s*([A-ZÀ-ÖØ-ÞĀ-ŽА-ЯІЇЄҐ][^|\n]{1,60}?)\s+\|")


def _publisher(text: str, mentions: Sequence[Any]) -> list[Author]:
    """The organisation whose site publishes a letter signed by no named signatory (under its
    gazetteer name when it has one: "Handicap International" -> Humanity & Inclusion)."""
    head = _MASTHEAD.match(text)
    if not head:
        return []
    for m in mentions:
        if m.kind == "organisation" and head.start(1) <= m.start and m.end <= head.end(1):
            return [Author(m.entity, m.start, m.end, "organisation")]
    return [Author(head.group(1), head.start(1), head.end(1), "organisation")]


def _signatories(text: str, start: int, mentions: Sequence[Any]) -> list[Author]:
    block: list[tuple[int, str]] = []
    offset = start
    for line in text[start:].split("\n"):
        stripped = line.strip()
        if stripped.upper().startswith("CC") or (not stripped and len(block) >= 1):
            break
        if stripped:
            block.append((offset + line.find(stripped), stripped))
        offset += len(line) + 1
    end = offset
    organisations = [m for m in mentions if start <= m.start < end and m.kind == "organisation"]
    if organisations:
        first = organisations[0]
        return [Author(first.entity, first.start, first.end, "organisation")]
    found = []
    for position, line in block[:6]:
        name = " ".join(line.translate({ord(q): None for q in _QUOTES}).split())
        if 2 <= len(name) <= 80 and not _noise().search(name):
            found.append(Author(name, position, position + len(line)))
    return found or _publisher(text, mentions)


def document_authors(text: str, mentions: Sequence[Any]) -> list[Author]:
    """The byline author, or the signatories after a closing formula; ``[]`` if none."""
    byline = _byline().search(text[:600])
    if byline:
        line_end = text.find("\n", byline.end(1))
        line_end = len(text) if line_end < 0 else line_end
        # "…, Lietuvos Raudonojo Kryžiaus draugijos generalinė sekretorė": the author speaks
        # for the organisation named on the byline line (GUIDELINES §7)
        named = [
            m for m in mentions if byline.end(1) <= m.start < line_end and m.kind == "organisation"
        ]
        if named:
            return [Author(named[0].entity, named[0].start, named[0].end, "organisation")]
        return [Author(byline.group(1), byline.start(1), byline.end(1))]
    closings = list(_closing().finditer(text))
    if not closings:
        # "STANOWISKO: …" on an organisation's site: the publisher's own statement
        return _publisher(text, mentions) if _statement().search(text[:300]) else []
    return _signatories(text, closings[-1].end(), mentions)


@lru_cache(maxsize=16)
def _first_person(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = load_lexicon("arguments", "markers")
    before = data.get("first_person_before", {}).get(lang, [])
    suffix = data.get("first_person_suffix", {}).get(lang, [])
    pronoun = (
        re.compile(
            rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in before)})(?:\s+\w+){{0,2}}\s*$", re.I
        )
        if before
        else None
    )
    ending = re.compile(rf"(?:{'|'.join(suffix)})$", re.I) if suffix else None
    return pronoun, ending


def first_person(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the trigger ``text[start:end]`` is spoken in the first person."""
    pronoun, ending = _first_person(lang)
    if pronoun is not None and pronoun.search(text[max(0, start - 25) : start]):
        return True
    if ending is None:
        return False
    word = re.match(r"\w+", text[start:])
    return word is not None and ending.search(word.group()) is not None


def first_person_before(text: str, start: int, lang: str) -> bool:
    """Whether a first-person pronoun or verb stands in the three words before ``start``
    ("Nie wykluczamy przekazania…", "we will not use…")."""
    pronoun, ending = _first_person(lang)
    left = text[max(0, start - 40) : start]
    if pronoun is not None and pronoun.search(left):
        return True
    if ending is None:
        return False
    words = re.findall(r"\w+", left)[-3:]
    return any(len(w) > 4 and ending.search(w) for w in words)


def names_author(sentence: str, local: int, topic: Any) -> bool:
    """ "Koalicja „Polska bez min” wzywa rząd RP…" in the coalition's own statement: the
    publisher named as the caller (a state name inside its name is no actor)."""
    before = sentence[:local]
    return any(
        a.kind == "organisation" and len(a.entity) > 3 and a.entity in before
        for a in topic.authors
    )
