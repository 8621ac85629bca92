"""The application factory."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Final

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from minewatch import __version__
from minewatch.settings import Settings
from minewatch.store import Store
from minewatch.web.api.models import ERROR_RESPONSES
from minewatch.web.errors import install_error_handlers
from minewatch.web.middleware import BodyLimit, HeadAsGet, SecurityHeaders

MAX_BODY_BYTES: Final = 1024 * 1024
STATIC = Path(__file__).parent / "static"

API_ROUTERS: Final = (
    "minewatch.web.api.meta",
    "minewatch.web.api.treaties",
    "minewatch.web.api.states",
    "minewatch.web.api.actions",
    "minewatch.web.api.events",
    "minewatch.web.api.documents",
    "minewatch.web.api.profiles",
    "minewatch.web.api.exports",
)
PAGE_ROUTERS: Final = (
    "minewatch.web.pages.home",
    "minewatch.web.pages.states",
    "minewatch.web.pages.events",
    "minewatch.web.pages.documents",
    "minewatch.web.pages.session",
    "minewatch.web.feeds",
)


def create_app(store: Store, settings: Settings | None = None) -> FastAPI:
    """A FastAPI app serving ``store``: API under ``/api/v1``, pages, feeds, static files."""
    app = FastAPI(
        title="Minewatch API",
        version=__version__,
        description="Treaty status, events with evidence, documents and review for the "
        "anti-personnel mine ban (APMBC) and the Convention on Cluster Munitions (CCM).",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,  # the Swagger UI loads scripts from a CDN; the CSP forbids that
        redoc_url=None,
    )
    app.state.store = store
    app.state.settings = settings or Settings()
    install_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=MAX_BODY_BYTES)
    app.add_middleware(HeadAsGet)
    app.add_middleware(SecurityHeaders)
    for name in API_ROUTERS:
        app.include_router(importlib.import_module(name).router, prefix="/api/v1",
                           responses=ERROR_RESPONSES)
    for name in PAGE_ROUTERS:
        app.include_router(importlib.import_module(name).router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app

