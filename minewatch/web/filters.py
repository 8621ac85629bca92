"""The event filter shared by the API, the event page, Atom feeds and webhooks.

A filter is written as a query string (``state=POL&type=production``), the same in a feed URL
and in ``minewatch alerts add --filter``.  Unknown keys and bad values are refused.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from typing import Any, Final
from urllib.parse import parse_qsl, urlencode

from minewatch.errors import UsageError
from minewatch.records import EVENT_TYPES, MODALITIES, TREATIES

REVIEW_STATES: Final = ("new", "confirmed", "rejected", "corrected")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_LANG = re.compile(r"^[a-z]{2}$")


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events: every field optional, all given fields must match."""

    state: str | None = None
    type: str | None = None
    treaty: str | None = None
    modality: str | None = None
    lang: str | None = None
    since: str | None = None
    until: str | None = None
    review: str | None = None
    min_corroboration: int | None = None

    def to_query(self) -> str:
        """The filter as a canonical query string (keys in declaration order)."""
        return urlencode([(k, v) for k, v in asdict(self).items() if v is not None])

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


def _check(name: str, value: str) -> str | int:
    allowed: dict[str, tuple[str, ...]] = {
        "type": EVENT_TYPES, "treaty": TREATIES, "modality": MODALITIES, "review": REVIEW_STATES,
    }
    if name in allowed and value not in allowed[name]:
        raise UsageError(f"filter {name}={value!r}: expected one of {', '.join(allowed[name])}")
    if name == "state" and not _ISO3.match(value):
        raise UsageError(f"filter state={value!r}: expected an ISO 3166-1 alpha-3 code")
    if name == "lang" and not _LANG.match(value):
        raise UsageError(f"filter lang={value!r}: expected a two-letter language code")
    if name in ("since", "until") and not _DATE.match(value):
        raise UsageError(f"filter {name}={value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    if name == "min_corroboration":
        if not value.isdigit() or int(value) > 1000:
            raise UsageError(f"filter min_corroboration={value!r}: expected 0..1000")
        return int(value)
    return value


def make_filter(values: dict[str, str | None]) -> EventFilter:
    """A filter from named values (``None`` or empty means any); bad values raise UsageError."""
    known = {f.name for f in fields(EventFilter)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise UsageError(f"unknown filter keys {unknown}; known: {', '.join(sorted(known))}")
    checked = {
        k: _check(k, v.strip().upper() if k == "state" else v.strip())
        for k, v in values.items()
        if v is not None and v.strip()
    }
    return EventFilter(**checked)  # type: ignore[arg-type]


def parse_filter(query: str) -> EventFilter:
    """A filter from a query string such as ``state=POL&type=production``."""
    pairs = parse_qsl(query.strip().lstrip("?"), keep_blank_values=False, strict_parsing=False)
    values: dict[str, str | None] = {}
    for key, value in pairs:
        if key in values:
            raise UsageError(f"filter key {key!r} given twice")
        values[key] = value
    return make_filter(values)
