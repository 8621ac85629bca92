"""The API's own resources: its index and who the caller is."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from minewatch import __version__
from minewatch.web.deps import AnalystDep

router = APIRouter(tags=["meta"])


class ApiIndex(BaseModel):
    name: str
    version: str
    openapi: str


class WhoAmI(BaseModel):
    token_id: int
    name: str
    role: str


@router.get("/", response_model=ApiIndex, summary="The API's name, version and OpenAPI document")
def api_index() -> ApiIndex:
    return ApiIndex(name="minewatch", version=__version__, openapi="/api/v1/openapi.json")


@router.get("/whoami", response_model=WhoAmI, summary="The token making this request")
def whoami(principal: AnalystDep) -> WhoAmI:
    return WhoAmI(token_id=principal.token.id, name=principal.token.name, role=principal.role)
