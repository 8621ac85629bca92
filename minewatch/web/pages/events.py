"""Pages for events: the feed with filters, one event, the review queue and its forms."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Path, Request
from fastapi.responses import RedirectResponse, Response

from minewatch.errors import MinewatchError
from minewatch.records import EVENT_TYPES, MODALITIES, TREATIES
from minewatch.web.api.events import FilterDep
from minewatch.web.data import events as ev
from minewatch.web.deps import AnalystDep, PageDep, PrincipalDep, ReadDep, StoreDep
from minewatch.web.filters import REVIEW_STATES
from minewatch.web.render import render

router = APIRouter(include_in_schema=False)
EventId = Annotated[int, Path(ge=1, le=2**62)]


@router.get("/events")
def events_page(request: Request, store: StoreDep, _: ReadDep, f: FilterDep,
                page: PageDep) -> Response:
    items, total = ev.events_page(store, f, sort="-date", limit=page.limit, offset=page.offset)
    query = f.to_query()
    return render(request, "events.html", {
        "events": items, "total": total, "page": page, "filter": asdict(f), "query": query,
        "types": EVENT_TYPES, "modalities": MODALITIES, "treaty_ids": TREATIES,
        "review_states": REVIEW_STATES,
    })


@router.get("/events/{event_id}")
def event_page(request: Request, store: StoreDep, _: ReadDep, principal: PrincipalDep,
               event_id: EventId) -> Response:
    return render(request, "event.html", {"event": ev.event_view(store, event_id)})


@router.get("/review")
def review_page(request: Request, store: StoreDep, principal: PrincipalDep) -> Response:
    if principal is None or principal.session is None:
        return RedirectResponse("/signin?next=/review", status_code=303)
    done = request.query_params.get("done", "")
    return render(request, "review.html", {
        "queue": ev.review_queue(store), "done": done if done.isdigit() else "",
        "done_state": request.query_params.get("state", "")[:20], "failed": "",
    })


@router.post("/review/{event_id}")
def review_submit(
    request: Request, store: StoreDep, principal: AnalystDep, event_id: EventId,
    action: Annotated[str, Form(pattern="^(confirm|reject|correct)$")],
    reason: Annotated[str, Form(min_length=1, max_length=2000)],
    version: Annotated[int, Form(ge=1, le=2**31)],
    correction: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    corrections = dict(p.split("=", 1) for p in correction.split(";") if "=" in p)
    corrections = {k.strip(): v.strip() for k, v in corrections.items()}
    try:
        view = ev.review(store, event_id, action, who=principal.token.name, reason=reason,
                         corrections=corrections or None, expected_version=version)
    except MinewatchError as exc:
        return render(request, "review.html", {
            "queue": ev.review_queue(store), "done": "", "done_state": "",
            "failed": exc.message}, status=409 if exc.code == "MW311" else 422)
    target = "/review?" + urlencode({"done": view["id"], "state": view["review_state"]})
    return RedirectResponse(target, status_code=303)
