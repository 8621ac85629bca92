"""Dates at their precision: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (see GUIDELINES §8)."""

from __future__ import annotations

from datetime import date

PRECISIONS = {4: "year", 7: "month", 10: "day"}


def precision(value: str | None) -> str | None:
    """``"year"``, ``"month"``, ``"day"``, or None for an unknown date."""
    return None if value is None else PRECISIONS.get(len(value))


def compatible(a: str | None, b: str | None) -> bool:
    """True when neither date excludes the other: equal, or one refines the other (2025-08 and
    2025-08-20), or either is unknown."""
    if a is None or b is None:
        return True
    return a.startswith(b) or b.startswith(a)


def refines(value: str, coarser: str) -> bool:
    """True when ``value`` is ``coarser`` or a more precise date inside it."""
    return value.startswith(coarser)


def first_day(value: str) -> date:
    """The first day a date at any precision can mean."""
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def last_day(value: str) -> date:
    """The last day a date at any precision can mean."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(parts[0], parts[1], parts[2])
    if len(parts) == 2:
        year, month = parts
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)
    return date(parts[0], 12, 31)


UNKNOWN_DISTANCE = 10**6


def days_apart(a: str, b: str) -> int:
    """Smallest distance in days between the periods two dates can mean (0 if they overlap;
    :data:`UNKNOWN_DISTANCE` if either is not a real date)."""
    if compatible(a, b):
        return 0
    try:
        if last_day(a) < first_day(b):
            return (first_day(b) - last_day(a)).days
        return (first_day(a) - last_day(b)).days
    except ValueError:
        return UNKNOWN_DISTANCE
