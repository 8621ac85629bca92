"""Country profiles: legal position, then events by category with sources and contradictions."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from minewatch.web.data import profiles
from minewatch.web.deps import ReadDep, StoreDep
from minewatch.web.params import Iso3Path, OnDep

router = APIRouter(tags=["profiles"])

AsOfQuery = Annotated[str | None, Query(
    pattern=r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$",
    description="Show the events as they were recorded at this time (bitemporal).")]


@router.get("/profiles/{iso3}", response_model=dict[str, Any],
            summary="A country profile (the data behind `minewatch profile`)")
def get_profile(store: StoreDep, _: ReadDep, iso3: Iso3Path, on: OnDep,
                as_of: AsOfQuery = None) -> dict[str, Any]:
    return profiles.profile(store, iso3, on, as_of)
