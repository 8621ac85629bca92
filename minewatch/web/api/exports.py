"""Exports of events, claims, documents and treaty status as CSV or JSON Lines."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from fastapi.responses import Response

from minewatch.web.data import profiles
from minewatch.web.deps import ReadDep, StoreDep
from minewatch.web.params import OnDep

router = APIRouter(tags=["exports"])


@router.get(
    "/exports/{table}.{fmt}",
    summary="Download a table (see docs/data-dictionary.md for the columns)",
    responses={200: {"content": {"text/csv": {}, "application/x-ndjson": {}}}},
    response_class=Response,
)
def get_export(store: StoreDep, _: ReadDep, table: Literal["events", "claims", "documents",
               "status"], fmt: Literal["csv", "jsonl"], on: OnDep) -> Response:
    body, media_type = profiles.export(store, table, fmt, on)
    headers = {"Content-Disposition": f'attachment; filename="minewatch-{table}.{fmt}"'}
    return Response(body, media_type=media_type, headers=headers)
