"""Multilingual gazetteer of actors: states, capitals, demonyms, institutions, organisations,
companies and non-state armed groups, with inflected forms (component ``minewatch.gazetteer``).

``find_mentions(text, lang)`` returns the actor mentions in ``text``: sorted by start,
non-overlapping, the longest match winning. It matches real word forms generated at build time
(``scripts/build_gazetteer.py`` -> ``minewatch/data/gazetteer/generated/<lang>.tsv``), never word
prefixes, so German/Finnish compounds and case endings of ordinary words give no false states.

Matching: one Aho-Corasick automaton per language (built once, cached) runs over the text
lower-cased with every non-word character turned into a space, so a key `` poland `` can only
match a whole word sequence. Each hit is then checked against its case rule (``exact`` for
acronyms such as "US" or "ООН", ``cap`` for proper names so that "turkey" or "polish" in lower
case never match, ``mid`` for names that are also frequent common words and match only inside a
sentence, ``any`` for lower-case adjectives), then against the context rules of
``blockers.yaml``: longer blocking phrases ("Washington Post", "Ottawa Convention"), capitals
used as treaty venues ("Ottawa-sopimus", "Convention d'Oslo"), and first names that are also
state names next to another capitalised name ("Chad Smith").

No morphology library is loaded at runtime.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

GAZETTEER_VERSION = "minewatch.gazetteer.v1"
LANGUAGES = ("en", "uk", "ru", "pl", "lt", "lv", "et", "fi", "de", "fr")
KINDS = (
    "state",
    "capital",
    "demonym",
    "institution",
    "organisation",
    "company",
    "armed_group",
    "group",
    "region",
)

_NON_WORD = re.compile(r"[^\w\u0300-\u036f]")
# the same set minus the plain space, which needs no replacing: ~4x fewer substitutions
_SEPARATOR = re.compile(r"[^\w\u0300-\u036f ]")
# priority when one form has several readings: lower wins (the build script uses it too)
KIND_ORDER = {
    "block": 0,
    "state": 1,
    "capital": 2,
    "institution": 3,
    "organisation": 4,
    "company": 5,
    "armed_group": 6,
    "group": 7,
    "demonym": 8,
    "region": 9,
}
# words that may follow a person-like state name without making it a person ("Jordan's
# government", "Chad Army")
_NOT_A_SURNAME = frozenset(
    {
        "Government",
        "Army",
        "Armed",
        "Ministry",
        "Foreign",
        "Defence",
        "Defense",
        "President",
        "Parliament",
        "Prime",
        "Military",
        "Forces",
        "Navy",
        "Air",
        "Police",
        "Republic",
        "State",
        "Senate",
        "National",
        "Cabinet",
        "Embassy",
        "Mission",
        "Red",
        "Border",
        "Has",
        "Is",
        "Was",
        "Will",
        "Would",
        "Said",
        "Says",
        "And",
        "Or",
        "In",
        "On",
        "At",
    }
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One actor mention: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    entity: str
    kind: str
    state: str | None
    members: tuple[str, ...] = ()  # kind "group" only: the ISO3 codes of the group's states


@dataclass(frozen=True, slots=True)
class _Entry:
    form: str
    entity: str
    kind: str
    state: str | None
    case: str
    norm: str  # the form with non-word characters as spaces, case kept (for exact matches)


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    automaton: Any
    entries: tuple[tuple[_Entry, ...], ...]
    venue_after: tuple[re.Pattern[str], ...]
    venue_before: tuple[re.Pattern[str], ...]
    person_like: frozenset[str]
    members: dict[str, tuple[str, ...]]


def _normalise(text: str) -> str:
    """Lower-case, ё -> е, every non-word character -> space; same length as ``text``."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return _SEPARATOR.sub(" ", lowered.replace("ё", "е"))


def _data_dir() -> Any:
    return resources.files("minewatch").joinpath("data", "gazetteer")


def _read_rows(lang: str) -> list[dict[str, str]]:
    path = _data_dir().joinpath("generated", f"{lang}.tsv")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _rows_for(lang: str) -> list[dict[str, str]]:
    if lang in LANGUAGES:
        return _read_rows(lang)
    rows = _read_rows("en")
    for other in LANGUAGES[1:]:
        rows += [row for row in _read_rows(other) if row["listed"] == "1"]
    return rows


@cache
def _blockers() -> dict[str, Any]:
    with _data_dir().joinpath("blockers.yaml").open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.safe_load(handle)
    return data


@cache
def _person_like(lang: str) -> frozenset[str]:
    with _data_dir().joinpath("states_extra.yaml").open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return frozenset(data.get("person_like", {}).get(lang, []))


@cache
def group_members() -> dict[str, tuple[str, ...]]:
    """Group entity ("Baltic states") -> the ISO3 codes of its member states."""
    with _data_dir().joinpath("groups.yaml").open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return {str(g["entity"]): tuple(str(m) for m in g["members"]) for g in data}


@cache
def _gazetteer(lang: str) -> _Gazetteer:
    import ahocorasick

    grouped: dict[str, dict[tuple[str, str, str, str], _Entry]] = {}
    for row in _rows_for(lang):
        form = row["form"]
        key = f" {_normalise(form)} "
        if not key.strip():
            continue
        state = row["state"] or None
        entry = _Entry(
            form, row["entity"], row["kind"], state, row["case"], _NON_WORD.sub(" ", form)
        )
        ident = (entry.entity, entry.kind, entry.case, entry.norm if entry.case == "exact" else "")
        grouped.setdefault(key, {}).setdefault(ident, entry)
    automaton = ahocorasick.Automaton()
    entries: list[tuple[_Entry, ...]] = []
    for key, by_ident in grouped.items():
        # exact-case readings first ("US" before "us"), then by kind: a state before a demonym
        ordered = sorted(by_ident.values(), key=lambda e: (e.case != "exact", KIND_ORDER[e.kind]))
        automaton.add_word(key, (len(key), len(entries)))
        entries.append(tuple(ordered))
    automaton.make_automaton()
    blockers = _blockers()
    return _Gazetteer(
        automaton=automaton,
        entries=tuple(entries),
        venue_after=tuple(re.compile(p) for p in blockers.get("venue_after", [])),
        venue_before=tuple(re.compile(p) for p in blockers.get("venue_before", [])),
        person_like=_person_like(lang if lang in LANGUAGES else "en"),
        members=group_members(),
    )


_SENTENCE_OPENERS = frozenset(".!?:;\n\"'«»„“”()[]-–—•*#")


def _sentence_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence, a line, a quote or a list item."""
    index = start - 1
    while index >= 0 and text[index] in " \t\u00a0":
        index -= 1
    return index < 0 or text[index] in _SENTENCE_OPENERS


def _accepts(entry: _Entry, text: str, start: int, end: int) -> bool:
    if entry.case == "any":
        return True
    original = text[start:end]
    if entry.case in ("cap", "mid"):
        first = next((c for c in original if c.isalpha()), "")
        if not first.isupper():
            return False
        return entry.case == "cap" or not _sentence_initial(text, start)
    return _NON_WORD.sub(" ", original) == entry.norm


def _choose(candidates: Sequence[_Entry], text: str, start: int, end: int) -> _Entry | None:
    for entry in candidates:
        if _accepts(entry, text, start, end):
            return entry
    return None


def _is_venue(gaz: _Gazetteer, text: str, start: int, end: int) -> bool:
    after = text[end : end + 40].lower()
    if any(p.search(after) for p in gaz.venue_after):
        return True
    before = text[max(0, start - 40) : start].lower()
    return any(p.search(before) for p in gaz.venue_before)


_CAP_WORD_AFTER = re.compile(r"\s+([A-Z][a-z]+)")
_CAP_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")


def _is_person(text: str, start: int, end: int) -> bool:
    """ "Chad Smith", "Michael Jordan": a capitalised word right next to the name, not sentence-
    initial and not a government word."""
    after = _CAP_WORD_AFTER.match(text, end)
    if after and after.group(1) not in _NOT_A_SURNAME:
        return True
    before = _CAP_WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group(1) in _NOT_A_SURNAME:
        return False
    head = text[max(0, before.start() - 3) : before.start()].rstrip()
    return bool(head) and head[-1] not in ".!?:\"'«“”\n"


def find_mentions(
    text: str, lang: str, *, groups: bool = False, regions: bool = False
) -> list[Mention]:
    """Actor mentions in ``text`` (language ``lang``), sorted by start, non-overlapping.

    ``groups=True`` also returns names of groups of states ("the Baltic states", "Прибалтика")
    as kind ``"group"`` mentions with their ``members``; by default they are left out (their span
    still blocks shorter names inside it). ``regions=True`` also returns first-level regions
    ("Kharkiv region", "Курская обл.") as kind ``"region"`` with their state: the affected
    country of an impact figure; by default they are left out (their span still blocks).
    """
    if not text:
        return []
    gaz = _gazetteer(lang)
    padded = f" {_normalise(text)} "
    hits: list[tuple[int, int, _Entry]] = []
    for end_index, (key_length, value) in gaz.automaton.iter(padded):
        # the key is " form " ending at end_index in ``padded`` (= text offset + 1)
        start = end_index - key_length + 1
        end = start + key_length - 2
        entry = _choose(gaz.entries[value], text, start, end)
        if entry is not None:
            hits.append((start, end, entry))
    return _select(gaz, text, hits, groups, regions)


def _select(
    gaz: _Gazetteer,
    text: str,
    hits: list[tuple[int, int, _Entry]],
    groups: bool,
    regions: bool = False,
) -> list[Mention]:
    """Leftmost-longest selection; a longer hit overlapping the last one taken replaces it."""
    hits.sort(key=lambda h: (h[0], h[0] - h[1]))
    taken: list[tuple[int, int, _Entry]] = []
    for hit in hits:
        if taken and hit[0] < taken[-1][1]:
            last = taken[-1]
            longer = hit[1] - hit[0] > last[1] - last[0]
            if longer and (len(taken) < 2 or taken[-2][1] <= hit[0]):
                taken[-1] = hit
            continue
        taken.append(hit)
    mentions: list[Mention] = []
    for start, end, entry in taken:
        if entry.kind == "block" or (entry.kind == "group" and not groups):
            continue
        if entry.kind == "region" and not regions:
            continue
        if entry.kind == "capital" and _is_venue(gaz, text, start, end):
            continue
        if entry.form in gaz.person_like and _is_person(text, start, end):
            continue
        members = gaz.members.get(entry.entity, ()) if entry.kind == "group" else ()
        mentions.append(
            Mention(start, end, text[start:end], entry.entity, entry.kind, entry.state, members)
        )
    return mentions
