"""Treaty actions (depositary facts): list a state's, record a new one (admin token)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from minewatch.law.facts import parse_action
from minewatch.store.actions import add_action, list_actions
from minewatch.web.api.models import ActionIn
from minewatch.web.data.facts import forget
from minewatch.web.deps import AdminDep, ReadDep, StoreDep

router = APIRouter(tags=["actions"])


@router.get("/actions", response_model=list[dict[str, Any]], summary="Recorded treaty actions")
def get_actions(
    store: StoreDep, _: ReadDep,
    treaty: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,10}$")] = None,
    iso3: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
) -> list[dict[str, Any]]:
    return [s.row() for s in list_actions(store, treaty=treaty, iso3=iso3)]


@router.post("/actions", response_model=dict[str, Any], status_code=201,
             summary="Record a depositary action with its source (admin token)")
def post_action(store: StoreDep, principal: AdminDep, body: ActionIn) -> dict[str, Any]:
    row = {"treaty": body.treaty, "iso3": body.iso3, "action": body.action,
           "date": body.date.isoformat(), "source_urls": body.source}
    action = parse_action(row, "API request")
    added = add_action(store, action, added_by=f"api:{principal.token.name}")
    forget(store)
    return {"added": added, "treaty": action.treaty, "iso3": action.iso3,
            "action": action.action, "date": action.date.isoformat()}
