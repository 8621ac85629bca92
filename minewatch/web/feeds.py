"""Atom feeds for any event filter."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
