"""The web layer: a JSON API under ``/api/v1/``, server-rendered pages, Atom feeds.

``create_app(store, settings)`` builds the FastAPI application.  Every page and its API endpoint
call the same data function in :mod:`minewatch.web.data` (the datasette lesson): the API returns
it as JSON, the page renders it through a Jinja2 template (autoescaped; document text is never
marked safe).  One error envelope (:mod:`minewatch.web.errors`) serves every error.
"""

from minewatch.web.app import create_app

__all__ = ["create_app"]
