"""Resolving date expressions against the publication date (GUIDELINES §8.2, §15.1-15.2).

``dates.py`` finds the expressions and turns them into ``Candidate`` records; this module gives
each its past and future reading: absolute dates as written, year-less dates the most recent
(past) or the next (future) such day or month, relative expressions ("last year", "yesterday",
weekdays, "in six months", "two years ago") counted from the publication date, at the precision
of their unit. Without a publication date relative expressions stay unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Candidate:
    """A date expression found in the text, before resolution: absolute, relative, weekday or
    duration."""

    start: int
    end: int
    kind: str  # "abs" | "rel" | "weekday" | "duration"
    y: int | None = None
    m: int | None = None
    d: int | None = None
    unit: str = ""  # rel: day|week|month|year|now; duration: day|week|month|year
    offset: int = 0  # rel offset, weekday number, duration amount
    mode: str = ""  # "", "past", "future", "this", "last_year", "next_year"
    anchored: bool = False
    role: str = "point"
    bare_year: bool = False


@dataclass(frozen=True, slots=True)
class Publication:
    """The publication date (``day`` None when only the month is known)."""

    year: int
    month: int
    day: int | None


def valid_day(y: int, m: int, d: int) -> bool:
    """Whether the day exists in that month ("31 June" does not)."""
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def parse_published(published: str | None) -> Publication | None:
    """``YYYY-MM-DD`` or ``YYYY-MM`` (GUIDELINES §15.1); anything else is unknown."""
    if not published:
        return None
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", published.strip())
    if m is None:
        return None
    return Publication(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)


def _ym(y: int, m: int, add: int = 0) -> str:
    idx = y * 12 + (m - 1) + add
    return f"{idx // 12:04d}-{idx % 12 + 1:02d}"


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def resolve(c: Candidate, pub: Publication | None) -> tuple[str | None, str | None]:
    """The past and the future reading of ``c`` (equal when the text is unambiguous)."""
    if c.kind == "abs" and c.y is not None:
        v = _fmt(c.y, c.m, c.d)
        return v, v
    if pub is None:
        return None, None
    if c.kind == "abs":
        return _resolve_no_year(c, pub)
    if c.kind == "rel":
        v = _resolve_rel(c.unit, c.offset, pub)
        return v, v
    if c.kind == "weekday":
        return _resolve_weekday(c, pub)
    return _resolve_duration(c, pub)


# a month "of last year", "of this year", "of next year" (lexicon month_post)
_YEAR_MODES = {"last_year": -1, "this": 0, "next_year": 1}


def _resolve_no_year(c: Candidate, pub: Publication) -> tuple[str, str]:
    assert c.m is not None
    here = (pub.month, pub.day if pub.day is not None else 31)
    key = (c.m, c.d if c.d is not None else 1)
    past_y = pub.year if key <= here else pub.year - 1
    if c.d is None:
        fut_y = pub.year if c.m >= pub.month else pub.year + 1
    else:
        fut_y = pub.year if key > here or (pub.day is None and c.m == pub.month) else pub.year + 1
    past, fut = _fmt(past_y, c.m, c.d), _fmt(fut_y, c.m, c.d)
    if c.d is not None and not valid_day(past_y, c.m, c.d):
        past = _fmt(past_y, c.m)
    if c.d is not None and not valid_day(fut_y, c.m, c.d):
        fut = _fmt(fut_y, c.m)
    if c.mode in _YEAR_MODES:  # "w marcu ubiegłego roku", "im März dieses Jahres"
        fixed = _fmt(pub.year + _YEAR_MODES[c.mode], c.m, c.d)
        return fixed, fixed
    # "last November" / "next November" said in November: a year away
    away = c.d is None and c.m == pub.month
    if c.mode == "past":
        last = _fmt(pub.year - 1, c.m) if away else past
        return last, last
    if c.mode == "future":
        coming = _fmt(pub.year + 1, c.m) if away else fut
        return coming, coming
    return past, fut


def _resolve_rel(unit: str, offset: int, pub: Publication) -> str:
    if unit == "year":
        return _fmt(pub.year + offset)
    if unit == "month":
        return _ym(pub.year, pub.month, offset)
    if unit == "now" or pub.day is None:
        return _ym(pub.year, pub.month)
    base = dt.date(pub.year, pub.month, pub.day)
    if unit == "week":
        return (base + dt.timedelta(days=7 * offset)).strftime("%Y-%m")
    return (base + dt.timedelta(days=offset)).isoformat()


def _resolve_weekday(c: Candidate, pub: Publication) -> tuple[str, str]:
    if pub.day is None:
        v = _ym(pub.year, pub.month)
        return v, v
    base = dt.date(pub.year, pub.month, pub.day)
    if c.mode in ("prevweek", "nextweek"):
        monday = base - dt.timedelta(days=base.weekday() + (7 if c.mode == "prevweek" else -7))
        v = (monday + dt.timedelta(days=c.offset)).isoformat()
        return v, v
    back = (base.weekday() - c.offset) % 7
    ahead = (c.offset - base.weekday()) % 7 or 7
    past = (base - dt.timedelta(days=back)).isoformat()
    fut = (base + dt.timedelta(days=ahead)).isoformat()
    if c.mode == "past":
        return past, past
    if c.mode == "future":
        return fut, fut
    return past, fut


def _resolve_duration(c: Candidate, pub: Publication) -> tuple[str | None, str | None]:
    if c.anchored or c.unit == "vague":  # "il y a un demi-siècle", "decades ago": no date
        return None, None
    if c.mode == "ago":  # at the precision of the unit: years ago -> YYYY, days ago -> day
        if c.unit == "year":
            v = _fmt(pub.year + c.offset)
        elif c.unit == "day" and pub.day is not None:
            v = (dt.date(pub.year, pub.month, pub.day) + dt.timedelta(days=c.offset)).isoformat()
        elif c.unit == "day" or c.unit == "week":
            base = dt.date(pub.year, pub.month, pub.day or 1)
            days = c.offset * (7 if c.unit == "week" else 1)
            v = (base + dt.timedelta(days=days)).strftime("%Y-%m")
        else:
            v = _ym(pub.year, pub.month, c.offset)
        return v, v
    if c.unit == "month":
        v = _ym(pub.year, pub.month, c.offset)
    elif c.unit == "year":
        v = _ym(pub.year, pub.month, 12 * c.offset)
    else:
        base = dt.date(pub.year, pub.month, pub.day or 1)
        days = c.offset * (7 if c.unit == "week" else 1)
        v = (base + dt.timedelta(days=days)).strftime("%Y-%m")
    return v, v
