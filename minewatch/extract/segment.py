"""Sentence segmentation for news text in ten languages (stage ``minewatch.segment.v1``).

Lines are units first: a headline, a dateline, a caption or a menu line is its own sentence.
Inside a line, a sentence ends at ``. ! ? …`` (with any closing quotes or brackets) followed by
space and an upper-case letter, a digit or an opening quote — unless the word before the period
is a known abbreviation of the language, a single-letter initial, or (in languages that write
ordinals with a dot, "27. Juni") a day number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from minewatch.extract.dates import find_dates
from minewatch.extract.lexicons import load_lexicon

SEGMENTER = "minewatch.segment.v1"

_BOUNDARY = re.compile(
    r"(?:[.!?…]+[\"'»”’)\]]*|(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]+\ufe0f?))"
    r"(?=\s+[\"'«„“(\[]?[\w])"
)
_WORD_BEFORE = re.compile(r"([\w.°]+)[.!?…]*$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``text == document[start:end]``; ``line`` counts non-empty lines."""

    index: int
    start: int
    end: int
    text: str
    line: int
    headline: bool  # a line without final punctuation (headline, caption, menu, tags)


@lru_cache(maxsize=32)
def _abbreviations(lang: str) -> tuple[frozenset[str], bool, frozenset[str]]:
    data = load_lexicon("segment", "abbreviations")
    table = data["abbreviations"]
    words = set(table.get("all", [])) | set(table.get(lang, []))
    numeric = frozenset(str(w).lower() for w in data.get("before_number", []))
    return frozenset(w.lower() for w in words), lang in data["ordinal_dot_languages"], numeric


@lru_cache(maxsize=32)
def _date_units(lang: str) -> frozenset[str]:
    data = load_lexicon("segment", "abbreviations")
    return frozenset(str(w).lower() for w in data.get("after_number", {}).get(lang, []))


_NUMBER_BEFORE = re.compile(r"\d\s*$")
_NAME_THEN_COMMA = re.compile(r"\s+\w+,\s+(\w)")
_OPENER_WORDS = 2  # "W dniu 1 czerwca 2013 r.", "В 2006 г.": words before a date that opens


def _ends_with_date(line: str, begin: int, word_start: int, end_of_mark: int, lang: str) -> bool:
    """ "…wszedł w życie 1 czerwca 2013 r. Sejm…", "…2011 m. Pasitraukimas…": the abbreviated
    year or day unit after a number ends the sentence before an upper-case word, unless the date
    opens the sentence ("W 2012 r. Polska ratyfikowała…", "Kovo 7 d. Lietuva…")."""
    after = line[end_of_mark:].lstrip()[:1]
    if not after.isupper() or not _NUMBER_BEFORE.search(line, 0, word_start):
        return False
    name = _NAME_THEN_COMMA.match(line, end_of_mark)
    if name and name.group(1).islower():
        return False  # "priimta 2008 m. Dubline, o įsigaliojo …": a place name goes on
    piece = line[begin:end_of_mark]
    found = [d for d in find_dates(piece, lang, None) if d.end >= len(piece.rstrip(".")) - 1]
    if not found:
        return True
    return len(piece[: found[-1].start].split()) > _OPENER_WORDS


def _is_boundary(line: str, end_of_mark: int, mark_start: int, lang: str, begin: int = 0) -> bool:
    if line[mark_start] not in ".!?…":
        # an emoji ends a sentence of a post when a capitalised word follows ("ПФМ-1 😡 У середу")
        return line[end_of_mark:].lstrip().lstrip("\"'«„“([")[:1].isupper()
    if line[mark_start] != ".":
        return True
    abbreviations, ordinal_dots, numeric = _abbreviations(lang)
    found = _WORD_BEFORE.search(line, 0, mark_start + 1)
    if not found:
        return True
    word = found.group(1).lower().rstrip(".")
    if word in numeric and line[end_of_mark:].lstrip()[:1].isdigit():
        return False
    if word in _date_units(lang):
        return _ends_with_date(line, begin, found.start(1), end_of_mark, lang)
    if word in abbreviations or (len(word) == 1 and word.isalpha()):
        return False
    if ordinal_dots and word.isdigit() and line[end_of_mark:].lstrip()[:1].islower():
        return False  # "2005. gadā", "2025. aasta": an ordinal year before a lower-case word
    return not (ordinal_dots and word.isdigit() and len(word) <= 2)


def _split_line(line: str, lang: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    begin = 0
    for match in _BOUNDARY.finditer(line):
        if match.end() <= begin or not _is_boundary(line, match.end(), match.start(), lang, begin):
            continue
        spans.append((begin, match.end()))
        begin = match.end()
        while begin < len(line) and line[begin].isspace():
            begin += 1
    if begin < len(line):
        spans.append((begin, len(line)))
    return spans


def segment(text: str, lang: str | None = None) -> list[Sentence]:
    """Split ``text`` into sentences whose offsets point into ``text``."""
    sentences: list[Sentence] = []
    offset = 0
    line_number = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            line = raw.strip()
            headline = not line.endswith((".", "!", "?", "…", '"', "»", "”", ":", ")"))
            for start, end in _split_line(line, lang or "en"):
                piece = line[start:end].rstrip()
                if not piece:
                    continue
                absolute = offset + lead + start
                sentences.append(
                    Sentence(
                        index=len(sentences),
                        start=absolute,
                        end=absolute + len(piece),
                        text=piece,
                        line=line_number,
                        headline=headline,
                    )
                )
            line_number += 1
        offset += len(raw)
    return sentences
