"""The map (home page), the chart of States Parties and the health check."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Request
from fastapi.responses import PlainTextResponse, Response

from minewatch.law.status import PARTY_STATUSES, STATUSES
from minewatch.law.treaties import bundled_treaties
from minewatch.web import data
from minewatch.web.data.law import SHOWN_WITH
from minewatch.web.deps import ReadDep, StoreDep
from minewatch.web.params import LATEST, OnDep, TreatyQueryDep
from minewatch.web.render import render
from minewatch.web.svg import shapes, step_chart

router = APIRouter(include_in_schema=False)


@router.get("/healthz")
async def healthz() -> Response:
    """A trivial endpoint: the baseline of the serving benchmark."""
    return PlainTextResponse("ok")


@router.get("/")
def map_page(request: Request, store: StoreDep, _: ReadDep, treaty: TreatyQueryDep,
             on: OnDep) -> Response:
    found = data.map_data(store, treaty, on)
    start = min(t.opened_for_signature for t in bundled_treaties().values())
    end = max(date.today(), on)
    drawn = {s.iso3 for s in shapes()}
    small = sorted(iso3 for iso3, st in found.statuses.items()
                   if iso3 not in drawn and st != "non_signatory")
    parties = sum(found.counts[s] for s in PARTY_STATUSES)
    return render(request, "map.html", {
        "treaty": treaty, "treaties": data.treaty_ids(), "on": on, "map": found,
        "shapes": shapes(), "statuses": STATUSES, "small": small, "parties": parties,
        "slider_start": start, "slider_max": (end - start).days,
        "slider_value": max(0, (on - start).days), "latest": LATEST,
        "territories": SHOWN_WITH,
    })


@router.get("/parties")
def parties_page(request: Request, store: StoreDep, _: ReadDep, treaty: TreatyQueryDep,
                 on: OnDep) -> Response:
    series = data.party_series(store, treaty, on)
    chart = step_chart([(p.date, p.count) for p in series], on)
    return render(request, "parties.html", {
        "treaty": treaty, "treaties": data.treaty_ids(), "on": on, "series": series,
        "chart": chart, "start": series[0].date if series else on,
    })
