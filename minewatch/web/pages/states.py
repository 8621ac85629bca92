"""A country page: status under each treaty, timeline, obligations, events with sources."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from minewatch.web import data
from minewatch.web.data import profiles
from minewatch.web.deps import ReadDep, StoreDep
from minewatch.web.params import Iso3Path, OnDep
from minewatch.web.render import render

router = APIRouter(include_in_schema=False)


@router.get("/states/{iso3}")
def state_page(request: Request, store: StoreDep, _: ReadDep, iso3: Iso3Path,
               on: OnDep) -> Response:
    view = data.state_view(store, iso3, on)
    events = data.state_events(store, view.iso3)
    return render(request, "state.html", {"view": view, "on": on, "events": events})


@router.get("/profiles/{iso3}")
def profile_page(request: Request, store: StoreDep, _: ReadDep, iso3: Iso3Path,
                 on: OnDep) -> Response:
    return render(request, "profile.html", {"p": profiles.profile(store, iso3, on), "on": on})
