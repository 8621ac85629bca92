"""Query parameters shared by API routes and pages, each bounded."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Final

from fastapi import Depends, Path, Query

from minewatch.law.treaties import bundled_treaties
from minewatch.web.errors import WebError

EARLIEST: Final = date(1950, 1, 1)
LATEST: Final = date(2100, 12, 31)

DATE_PATTERN: Final = r"^(19[5-9][0-9]|20[0-9][0-9]|2100)-[0-9]{2}-[0-9]{2}$"
OnQuery = Annotated[
    str | None,
    Query(pattern=DATE_PATTERN, json_schema_extra={"format": "date"},
          description="The date (YYYY-MM-DD, 1950-2100); default today."),
]
Iso3Path = Annotated[str, Path(pattern=r"^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3.")]


def on_or_today(on: OnQuery = None) -> date:
    if on is None:
        return date.today()
    try:
        return date.fromisoformat(on)
    except ValueError as exc:
        raise WebError(422, f"not a date: {on!r}",
                       details=[{"loc": ["query", "on"], "msg": str(exc), "type": "date"}]) from exc


OnDep = Annotated[date, Depends(on_or_today)]


def _treaty(value: str) -> str:
    treaty = value.upper()
    if treaty not in bundled_treaties():
        raise WebError(404, f"unknown treaty {value!r}; known: {', '.join(bundled_treaties())}")
    return treaty


def treaty_query(
    treaty: Annotated[str, Query(max_length=10, description="APMBC or CCM.")] = "APMBC",
) -> str:
    return _treaty(treaty)


def treaty_path(treaty: Annotated[str, Path(max_length=10, description="APMBC or CCM.")]) -> str:
    return _treaty(treaty)


TreatyQueryDep = Annotated[str, Depends(treaty_query)]
TreatyPathDep = Annotated[str, Depends(treaty_path)]
