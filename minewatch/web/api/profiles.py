"""The profiles resource of the API (filled in as its library functions land)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(tags=["profiles"])
