"""Adapters to the gazetteer, date and quantity finders (engineers G and D).

The pipeline talks to these three functions only.  When a finder module is not importable yet, a
small stand-in keeps the pipeline running: state names of ``minewatch.states`` matched by stem
(for mentions), four-digit years (for dates) and nothing (for quantities).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol


class MentionLike(Protocol):
    start: int
    end: int
    text: str
    entity: str
    kind: str
    state: str | None


class DateLike(Protocol):
    start: int
    end: int
    text: str
    value: str | None
    future_value: str | None
    relative: bool
    role: str


class QuantityLike(Protocol):
    start: int
    end: int
    text: str
    value: float | int
    unit: str | None
    approximate: bool


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    text: str
    entity: str
    kind: str
    state: str | None


@dataclass(frozen=True, slots=True)
class _Date:
    start: int
    end: int
    text: str
    value: str | None
    future_value: str | None
    relative: bool
    role: str


@lru_cache(maxsize=16)
def _fallback_names(lang: str) -> re.Pattern[str]:
    from minewatch.states import load_states

    alternatives: dict[str, str] = {}
    for state in load_states():
        for name in state.names_in(lang)[:1] + state.names_in("en")[:1]:
            stem = name if len(name) < 6 or lang in ("en", "fr") else name[:-1]
            alternatives[stem] = state.iso3
    ordered = sorted(alternatives, key=len, reverse=True)
    pattern = "|".join(f"(?P<g{i}>{re.escape(stem)})" for i, stem in enumerate(ordered))
    _CODES[lang] = {f"g{i}": alternatives[stem] for i, stem in enumerate(ordered)}
    return re.compile(rf"(?<!\w)(?:{pattern})\w*")


_CODES: dict[str, dict[str, str]] = {}


def _fallback_mentions(text: str, lang: str) -> list[_Mention]:
    pattern = _fallback_names(lang)
    found = []
    for match in pattern.finditer(text):
        group = match.lastgroup or ""
        code = _CODES[lang][group]
        found.append(_Mention(match.start(), match.end(), match.group(), code, "state", code))
    return found


def _guarded(
    name: str, call: Callable[[], list[Any]], fallback: Callable[[], list[Any]]
) -> list[Any]:
    """Run a finder from another module; if it fails, warn once and use the stand-in."""
    try:
        return call()
    except Exception as exc:  # the finders are developed concurrently: keep extracting
        if name not in _WARNED:
            _WARNED.add(name)
            warnings.warn(f"{name} failed ({exc!r}); using the stand-in", stacklevel=3)
        return fallback()


_WARNED: set[str] = set()


def find_mentions(text: str, lang: str) -> list[Any]:
    """Mentions of states, organisations and groups in ``text``."""
    try:
        from minewatch.extract.gazetteer import find_mentions as found
    except ImportError:
        return _fallback_mentions(text, lang)
    return _guarded(
        "gazetteer", lambda: list(found(text, lang)), lambda: _fallback_mentions(text, lang)
    )


def region_mentions(text: str, lang: str) -> list[Any]:
    """First-level regions ("Kharkiv region", "Курская обл."), each with its state: where an
    impact figure is when its sentence names no state (GUIDELINES §5.4)."""
    try:
        from minewatch.extract.gazetteer import find_mentions as found
    except ImportError:
        return []
    return _guarded(
        "gazetteer",
        lambda: [m for m in found(text, lang, regions=True) if m.kind == "region"],
        lambda: [],
    )


@lru_cache(maxsize=16)
def _group_patterns(lang: str) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    from minewatch.extract.lexicons import load_lexicon

    found = []
    for group in load_lexicon("arguments", "markers").get("groups", []):
        fragments = group["patterns"].get(lang, [])
        if fragments:
            body = "|".join(f"(?:{f})" for f in fragments)
            found.append(
                (re.compile(rf"(?<!\w)(?:{body})", re.IGNORECASE), tuple(group["members"]))
            )
    return tuple(found)


def group_mentions(text: str, lang: str) -> list[Any]:
    """One mention per member for names of groups of states ("the three Baltic states")."""
    found: list[Any] = []
    for pattern, members in _group_patterns(lang):
        for match in pattern.finditer(text):
            found.extend(
                _Mention(match.start(), match.end(), match.group(), code, "state", code)
                for code in members
            )
    return found


@lru_cache(maxsize=16)
def _anaphor_table(
    lang: str,
) -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], int], ...]] | None:
    from minewatch.extract.lexicons import load_lexicon

    spec = load_lexicon("arguments", "markers").get("anaphors", {}).get(lang)
    if not spec:
        return None
    numbers = tuple(
        (re.compile(str(stem), re.IGNORECASE), int(n)) for stem, n in spec["numbers"].items()
    )
    return re.compile(rf"(?<!\w)(?:{spec['pattern']})", re.IGNORECASE), numbers


_LIST_GAP = 60  # characters between two names of one coordinated list ("Poland, Latvia and")


def _referents(before: list[Any], count: int | None) -> list[str]:
    """The states an anaphor refers to: the last ``count`` distinct states named before it, or
    (without a number) the last coordinated list of two or more states."""
    states: list[str] = []
    previous_start: int | None = None
    for mention in reversed(before):
        state = mention.state
        if (
            count is None
            and previous_start is not None
            and previous_start - mention.end > _LIST_GAP
        ):
            break
        previous_start = mention.start
        if state and state not in states:
            states.append(state)
        if count is not None and len(states) == count:
            break
    if count is not None and len(states) < count:
        return []
    return list(reversed(states)) if len(states) >= 2 else []


def anaphor_mentions(text: str, lang: str, taken: list[Any]) -> list[Any]:
    """Phrases that refer back to several states ("the five governments", "ces États",
    "die vier Regierungen"): one mention per state referred to, at the phrase's span."""
    table = _anaphor_table(lang)
    if table is None:
        return []
    pattern, numbers = table
    named = [m for m in taken if m.state and m.kind != "institution"]
    found: list[Any] = []
    for match in pattern.finditer(text):
        start, end = match.start(), match.end()
        if any(m.start < end and start < m.end for m in taken):
            continue
        count = next(
            (n for word in match.group().split()[:-1] for stem, n in numbers if stem.match(word)),
            None,
        )
        before = [m for m in named if m.end <= start]
        found.extend(
            _Mention(start, end, match.group(), code, "state", code)
            for code in _referents(before, count)
        )
    return found


@lru_cache(maxsize=16)
def _home_pattern(lang: str) -> re.Pattern[str] | None:
    from minewatch.extract.lexicons import load_lexicon

    fragments = load_lexicon("arguments", "markers").get("home", {}).get(lang, [])
    if not fragments:
        return None
    return re.compile("|".join(rf"(?<!\w)(?:{f})(?!\w)" for f in fragments), re.IGNORECASE)


def home_state(lang: str) -> str | None:
    from minewatch.extract.lexicons import load_lexicon

    value = load_lexicon("arguments", "markers").get("home_state", {}).get(lang)
    return str(value) if value else None


def home_mentions(text: str, lang: str, state: str, taken: list[Any]) -> list[Any]:
    """Unnamed national institutions ("the government") as mentions of ``state``; spans next
    to or inside an existing mention ("Lietuvos Vyriausybė") are left to that mention."""
    pattern = _home_pattern(lang)
    if pattern is None:
        return []
    found: list[Any] = []
    for match in pattern.finditer(text):
        start, end = match.start(), match.end()
        if any(m.start - 2 <= end and start <= m.end + 2 for m in taken):
            continue
        found.append(_Mention(start, end, match.group(), state, "institution", state))
    return found


@lru_cache(maxsize=16)
def _collective_patterns(
    lang: str,
) -> tuple[tuple[re.Pattern[str], str, str, str | None], ...]:
    from minewatch.extract.lexicons import load_lexicon

    found = []
    for group in load_lexicon("arguments", "markers").get("collectives", []):
        fragments = group["patterns"].get(lang, [])
        if fragments:
            body = "|".join(f"(?:{f})" for f in fragments)
            pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
            state = group.get("state")
            found.append((pattern, str(group["entity"]), str(group["kind"]), state))
    return tuple(found)


def collective_mentions(text: str, lang: str, taken: list[Any]) -> list[Any]:
    """Unnamed collectives ("non-state armed groups") as actor mentions (GUIDELINES §7)."""
    found: list[Any] = []
    for pattern, entity, kind, state in _collective_patterns(lang):
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            if any(m.start < end and start < m.end for m in (*taken, *found)):
                continue
            found.append(_Mention(start, end, match.group(), entity, kind, state))
    return found


def find_dates(text: str, lang: str, published: str | None) -> list[Any]:
    """Date expressions in ``text`` resolved against ``published``."""
    try:
        from minewatch.extract.dates import find_dates as found
    except ImportError:
        return _fallback_dates(text)
    return _guarded(
        "dates", lambda: list(found(text, lang, published)), lambda: _fallback_dates(text)
    )


def _fallback_dates(text: str) -> list[Any]:
    return [
        _Date(m.start(), m.end(), m.group(), m.group(), m.group(), False, "point")
        for m in re.finditer(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)
    ]


def find_quantities(text: str, lang: str) -> list[Any]:
    """Quantities in ``text`` (number, unit, approximation)."""
    try:
        from minewatch.extract.quantities import find_quantities as found
    except ImportError:
        return []
    return _guarded("quantities", lambda: list(found(text, lang)), list)
