"""Signing in with a token (a cookie session with a CSRF token), signing out, the language."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from minewatch.store.tokens import authenticate, close_session, open_session
from minewatch.web.deps import SESSION_COOKIE, AnalystDep, StoreDep
from minewatch.web.i18n import COOKIE, available_languages
from minewatch.web.render import render

router = APIRouter(include_in_schema=False)


def local_path(target: str | None) -> str:
    """``target`` if it is a path on this site, else ``/`` (no open redirects)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/signin")
def signin_page(
    request: Request, next: Annotated[str, Query(max_length=500)] = "/review"
) -> Response:
    return render(request, "signin.html", {"failed": False, "next": local_path(next)})


@router.post("/signin")
def signin(
    request: Request,
    store: StoreDep,
    token: Annotated[str, Form(max_length=200)],
    next: Annotated[str, Form(max_length=500)] = "/review",
) -> Response:
    found = authenticate(store, token.strip())
    if found is None:
        return render(request, "signin.html", {"failed": True, "next": local_path(next)},
                      status=401)
    secret, _ = open_session(store, found)
    response = RedirectResponse(local_path(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE, secret, httponly=True, samesite="strict", path="/",
        secure=request.url.scheme == "https", max_age=12 * 3600,
    )
    return response


@router.post("/signout")
def signout(request: Request, store: StoreDep, principal: AnalystDep) -> Response:
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        close_session(store, cookie)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/lang")
def choose_lang(
    to: Annotated[str, Query(max_length=8)],
    next: Annotated[str, Query(max_length=500)] = "/",
) -> Response:
    response = RedirectResponse(local_path(next), status_code=303)
    if to in available_languages():
        response.set_cookie(COOKIE, to, samesite="lax", path="/", max_age=365 * 86400)
    return response
