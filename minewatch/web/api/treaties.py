"""Treaties, the status of every state on a date, the map and the party count over time."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from minewatch.law.status import STATUSES
from minewatch.web import data
from minewatch.web.api.models import MapOut, Page, PartyCountOut, StatusRowOut, TreatyOut
from minewatch.web.deps import PageDep, ReadDep, StoreDep
from minewatch.web.errors import NotFound
from minewatch.web.params import OnDep, TreatyPathDep, TreatyQueryDep

router = APIRouter(tags=["treaties"])


@router.get("/treaties", response_model=list[TreatyOut], summary="Treaties and their parties")
def list_treaties(store: StoreDep, _: ReadDep, on: OnDep) -> list[TreatyOut]:
    return [TreatyOut.model_validate(t, from_attributes=True)
            for t in data.treaties_overview(store, on)]


@router.get("/treaties/{treaty}", response_model=TreatyOut, summary="One treaty")
def get_treaty(store: StoreDep, _: ReadDep, treaty: TreatyPathDep, on: OnDep) -> TreatyOut:
    for found in data.treaties_overview(store, on):
        if found.id == treaty:
            return TreatyOut.model_validate(found, from_attributes=True)
    raise NotFound(f"unknown treaty {treaty!r}")


@router.get("/treaties/{treaty}/status", response_model=Page[StatusRowOut],
            summary="The status of every state under the treaty on a date")
def treaty_status(
    store: StoreDep, _: ReadDep, treaty: TreatyPathDep, on: OnDep, page: PageDep,
    status: Annotated[str | None, Query(pattern="^(" + "|".join(STATUSES) + ")$")] = None,
) -> Page[StatusRowOut]:
    rows = data.status_rows(store, treaty, on, status=status)
    items = [StatusRowOut(**r) for r in rows[page.offset:page.offset + page.limit]]
    return Page(items=items, total=len(rows), limit=page.limit, offset=page.offset)


@router.get("/treaties/{treaty}/parties", response_model=list[PartyCountOut],
            summary="The number of States Parties at every date it changed")
def party_counts(store: StoreDep, _: ReadDep, treaty: TreatyPathDep, on: OnDep
                 ) -> list[PartyCountOut]:
    return [PartyCountOut(date=p.date, count=p.count, joined=list(p.joined), left=list(p.left))
            for p in data.party_series(store, treaty, on)]


@router.get("/map", response_model=MapOut, summary="Status by state for the map")
def map_statuses(store: StoreDep, _: ReadDep, treaty: TreatyQueryDep, on: OnDep) -> MapOut:
    found = data.map_data(store, treaty, on)
    return MapOut(treaty=found.treaty, on=found.on, statuses=found.statuses, counts=found.counts)
