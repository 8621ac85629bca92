"""One error envelope for every error the web layer returns.

``{"error": {"status": 404, "code": "MW604", "title": "Not Found", "message": "...",
"details": [...]}}`` -- for 401, 403, 404, 405, 413, 422, 500 alike.  API paths get it as JSON;
pages get the same envelope rendered as an HTML page.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from minewatch.errors import MinewatchError

log = logging.getLogger("minewatch.web")

CODES: dict[int, str] = {
    400: "MW600", 401: "MW601", 403: "MW602", 404: "MW604", 405: "MW605", 409: "MW609",
    413: "MW613", 422: "MW622", 429: "MW629", 500: "MW650",
}  # fmt: skip


class WebError(MinewatchError):
    """An error with an HTTP status, raised by routes and dependencies."""

    code = "MW600"

    def __init__(self, status: int, message: str, *, details: list[Any] | None = None) -> None:
        super().__init__(message, code=CODES.get(status, "MW600"))
        self.status = status
        self.details = details or []


class NotFound(WebError):
    def __init__(self, message: str) -> None:
        super().__init__(404, message)


def envelope(status: int, message: str, *, code: str | None = None,
             details: list[Any] | None = None) -> dict[str, Any]:
    """The error envelope as a dict."""
    return {
        "error": {
            "status": status,
            "code": code or CODES.get(status, "MW600"),
            "title": HTTPStatus(status).phrase,
            "message": message,
            "details": details or [],
        }
    }


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith(("/api/", "/feeds/", "/healthz")):
        return False
    return "text/html" in request.headers.get("accept", "")


def error_response(request: Request, body: dict[str, Any],
                   headers: dict[str, str] | None = None) -> Response:
    """The envelope as JSON, or as an HTML page for a browser on a page path."""
    status = int(body["error"]["status"])
    if _wants_html(request):
        from minewatch.web.render import render_error

        return render_error(request, body, headers=headers)
    return JSONResponse(body, status_code=status, headers=headers)


def _clean_validation(errors: list[Any]) -> list[dict[str, Any]]:
    return [
        {"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", "")),
         "type": str(e.get("type", ""))}
        for e in errors
    ]


def _library_status(exc: MinewatchError) -> int:
    """Refused input is 422; a missing record 404; anything else from the library 400."""
    from minewatch.errors import ConfigError, FactError, ReconcileError, StoreError, UsageError

    if exc.code == "MW311":  # the event changed since the analyst read it
        return 409
    if exc.code == "MW312":
        return 404
    if isinstance(exc, ReconcileError):
        return 422
    if isinstance(exc, StoreError):
        return 404 if exc.code == "MW501" else 500
    if isinstance(exc, (FactError, UsageError, ConfigError)):
        return 422
    return 400


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route fully matches on this path (routes may share a path)."""
    from starlette.routing import Match

    allowed = []
    for method in ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"):
        scope = {**request.scope, "method": method}
        if any(route.matches(scope)[0] == Match.FULL for route in request.app.router.routes):
            allowed.append(method)
    return allowed


def install_error_handlers(app: FastAPI) -> None:
    """Route every kind of error through :func:`envelope`."""

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(_allowed_methods(request))
        return error_response(request, envelope(exc.status_code, message), headers=headers)

    async def validation_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        details = _clean_validation(list(exc.errors()))
        return error_response(request, envelope(422, "The request is not valid.", details=details))

    async def web_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, WebError)
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        body = envelope(exc.status, exc.message, code=exc.code, details=exc.details)
        return error_response(request, body, headers=headers)

    async def library_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, MinewatchError)
        status = _library_status(exc)
        if status >= 500:
            log.error("store error on %s %s: %s", request.method, request.url.path, exc.code)
            return error_response(request, envelope(500, "Internal error."))
        return error_response(request, envelope(status, exc.message, code=exc.code))

    async def server_error(request: Request, exc: Exception) -> Response:
        log.error("unhandled error on %s %s: %s", request.method, request.url.path,
                  type(exc).__name__)
        return error_response(request, envelope(500, "Internal error."))

    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(WebError, web_error)
    app.add_exception_handler(MinewatchError, library_error)
    app.add_exception_handler(Exception, server_error)
