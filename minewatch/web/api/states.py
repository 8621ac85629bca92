"""States: the list, one state's position under every treaty, its history and explanations."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from minewatch.states import load_states
from minewatch.web import data
from minewatch.web.api.models import (
    ExplanationOut,
    HistoryOut,
    Page,
    StateOut,
    StateSummaryOut,
)
from minewatch.web.deps import PageDep, ReadDep, StoreDep
from minewatch.web.params import Iso3Path, OnDep, TreatyQueryDep

router = APIRouter(tags=["states"])


@router.get("/states", response_model=Page[StateSummaryOut], summary="States and entities")
def list_states(
    _: ReadDep, page: PageDep,
    q: Annotated[str | None, Query(max_length=100, description="Name or code contains.")] = None,
) -> Page[StateSummaryOut]:
    found = [s for s in load_states()
             if q is None or q.lower() in s.name.lower() or q.upper() == s.iso3]
    items = [StateSummaryOut(iso3=s.iso3, name=s.name, kind=s.kind)
             for s in found[page.offset:page.offset + page.limit]]
    return Page(items=items, total=len(found), limit=page.limit, offset=page.offset)


@router.get("/states/{iso3}", response_model=StateOut,
            summary="A state's status, obligations and history under every treaty on a date")
def get_state(store: StoreDep, _: ReadDep, iso3: Iso3Path, on: OnDep) -> StateOut:
    view = data.state_view(store, iso3, on)
    return StateOut(iso3=view.iso3, name=view.name, names=view.names, on=view.on,
                    treaties=view.treaties)


@router.get("/states/{iso3}/history", response_model=list[HistoryOut],
            summary="Every change of a state's status under a treaty")
def state_history(store: StoreDep, _: ReadDep, iso3: Iso3Path, treaty: TreatyQueryDep,
                  on: OnDep) -> list[HistoryOut]:
    code = data.state_view_iso3(iso3)
    return [HistoryOut(**h) for h in data.status_history(store, code, treaty, on)]


@router.get("/states/{iso3}/why/{value}", response_model=ExplanationOut,
            summary="Why a computed value is what it is: article, facts, arithmetic")
def why(store: StoreDep, _: ReadDep, iso3: Iso3Path,
        value: Annotated[str, Path(max_length=60)], treaty: TreatyQueryDep,
        on: OnDep) -> ExplanationOut:
    return ExplanationOut(**data.why(store, iso3, treaty, value, on))
