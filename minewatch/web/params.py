"""Query parameters shared by API routes and pages, each bounded."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Final

from fastapi import Depends, Path, Query

from minewatch.law.treaties import bundled_treaties
from minewatch.web.errors import WebError

EARLIEST: Final = date(1950, 1, 1)
LATEST: Final = date(2100, 12, 31)

OnQuery = Annotated[
    date | None,
    Query(ge=EARLIEST, le=LATEST, description="The date (YYYY-MM-DD); default today."),
]
Iso3Path = Annotated[str, Path(pattern=r"^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3.")]


def on_or_today(on: OnQuery = None) -> date:
    return on or date.today()


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
