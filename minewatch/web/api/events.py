"""Events (filters, sorting, pagination), one event with claims and evidence, review actions,
and contradictions."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, Field

from minewatch.records import EVENT_TYPES, MODALITIES, TREATIES
from minewatch.web.data import events as ev
from minewatch.web.deps import AnalystDep, PageDep, ReadDep, StoreDep
from minewatch.web.filters import REVIEW_STATES, EventFilter, make_filter

router = APIRouter(tags=["events"])

EventId = Annotated[int, Path(ge=1, le=2**62)]
_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def _one_of(values: tuple[str, ...]) -> str:
    return "^(" + "|".join(values) + ")$"


def _blank_or(pattern: str) -> str:
    """Also accept an empty value (an unset field of the HTML filter form)."""
    return "^(" + pattern.strip("^$") + ")?$"


def event_filter(
    state: Annotated[str | None, Query(pattern=_blank_or(r"[A-Za-z]{3}"), description="ISO3")]
    = None,
    type: Annotated[str | None, Query(pattern=_blank_or(_one_of(EVENT_TYPES)))] = None,
    treaty: Annotated[str | None, Query(pattern=_blank_or(_one_of(TREATIES)))] = None,
    modality: Annotated[str | None, Query(pattern=_blank_or(_one_of(MODALITIES)))] = None,
    lang: Annotated[str | None, Query(pattern=_blank_or(r"[a-z]{2}"))] = None,
    since: Annotated[str | None, Query(pattern=_blank_or(_DATE))] = None,
    until: Annotated[str | None, Query(pattern=_blank_or(_DATE))] = None,
    review: Annotated[str | None, Query(pattern=_blank_or(_one_of(REVIEW_STATES)))] = None,
    min_corroboration: Annotated[str | None, Query(pattern=r"^\d{0,3}$",
                                                   description="0..999")] = None,
) -> EventFilter:
    return make_filter({
        "state": state, "type": type, "treaty": treaty, "modality": modality, "lang": lang,
        "since": since, "until": until, "review": review,
        "min_corroboration": min_corroboration,
    })


FilterDep = Annotated[EventFilter, Depends(event_filter)]


class EventOut(BaseModel):
    id: int
    type: str
    actor: str | None
    treaty: str | None
    counterpart: str | None
    modality: str
    date: str | None
    quantity: float | None
    quantity_max: float | None
    unit: str | None
    institution: str | None
    review_state: str
    version: int
    reviewed_by: str | None
    reviewed_at: str | None
    review_reason: str | None
    recorded_from: str
    claim_ids: list[int]
    corroboration: int = Field(description="Independent sources.")
    corroboration_score: float
    best_grade: str | None
    languages: list[str]
    sources: list[dict[str, Any]]
    contradictions: int


class EventPage(BaseModel):
    items: list[EventOut]
    total: int
    limit: int
    offset: int


class EventDetailOut(EventOut):
    claims: list[dict[str, Any]]
    contradiction_list: list[dict[str, Any]]
    history: list[dict[str, Any]]
    law_action: str | None = None


class ReviewIn(BaseModel):
    """A review decision by the token's holder."""

    action: Literal["confirm", "reject", "correct"]
    reason: str = Field(min_length=1, max_length=2000)
    corrections: dict[str, Annotated[str, Field(max_length=200)]] | None = Field(
        default=None, max_length=20, description="field -> value (text; 'null' clears)")
    expected_version: int | None = Field(default=None, ge=1, le=2**31,
                                         description="The version you reviewed (409 if stale).")


class ContradictionPage(BaseModel):
    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int


@router.get("/events", response_model=EventPage, summary="Events, filtered, sorted and paged")
def list_events(
    store: StoreDep, _: ReadDep, f: FilterDep, page: PageDep,
    sort: Annotated[str, Query(pattern=_one_of(ev.SORTS))] = "-date",
) -> EventPage:
    items, total = ev.events_page(store, f, sort=sort, limit=page.limit, offset=page.offset)
    return EventPage(items=[EventOut(**i) for i in items], total=total, limit=page.limit,
                     offset=page.offset)


@router.get("/events/{event_id}", response_model=EventDetailOut,
            summary="An event with its claims, evidence, contradictions and review history")
def get_event(store: StoreDep, _: ReadDep, event_id: EventId) -> EventDetailOut:
    return EventDetailOut(**ev.event_view(store, event_id))


@router.post("/events/{event_id}/review", response_model=EventDetailOut,
             summary="Confirm, reject or correct an event (analyst token)")
def review_event(store: StoreDep, principal: AnalystDep, event_id: EventId,
                 body: ReviewIn) -> EventDetailOut:
    view = ev.review(store, event_id, body.action, who=principal.token.name, reason=body.reason,
                     corrections=body.corrections, expected_version=body.expected_version)
    return EventDetailOut(**view)


@router.get("/contradictions", response_model=ContradictionPage,
            summary="Contradictions, most severe first")
def list_contradictions(store: StoreDep, _: ReadDep, page: PageDep) -> ContradictionPage:
    items, total = ev.contradictions_page(store, limit=page.limit, offset=page.offset)
    return ContradictionPage(items=items, total=total, limit=page.limit, offset=page.offset)
