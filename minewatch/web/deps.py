"""Dependencies shared by every router: the store, settings, who is asking, paging.

Authentication: ``Authorization: Bearer mw_...`` (API clients) or the ``mw_session`` cookie opened
on the sign-in page (browsers).  A cookie-authenticated request that changes anything must also
carry the session's CSRF token (form field ``csrf`` or header ``X-CSRF-Token``).  Reads are public
unless ``settings.public_reads`` is false.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Annotated, Final

from fastapi import Depends, Query, Request

from minewatch.settings import Settings
from minewatch.store import Store
from minewatch.store.tokens import Session, Token, authenticate, get_session
from minewatch.web.errors import WebError

SESSION_COOKIE: Final = "mw_session"
MAX_PAGE_SIZE: Final = 200
DEFAULT_PAGE_SIZE: Final = 50
SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS"})


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


StoreDep = Annotated[Store, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is asking: a token, and the session if it came from a cookie."""

    token: Token
    session: Session | None = None

    @property
    def role(self) -> str:
        return self.token.role


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def current_principal(request: Request, store: StoreDep) -> Principal | None:
    """The token behind this request, if any; a bad bearer token is a 401."""
    secret = _bearer(request)
    if secret is not None:
        token = authenticate(store, secret)
        if token is None:
            raise WebError(401, "The bearer token is not valid.")
        return Principal(token)
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        session = get_session(store, cookie)
        if session is not None:
            request.state.session = session
            return Principal(session.token, session)
    return None


PrincipalDep = Annotated[Principal | None, Depends(current_principal)]


def require_read(principal: PrincipalDep, settings: SettingsDep) -> Principal | None:
    """Reads are public unless configured private."""
    if not settings.public_reads and principal is None:
        raise WebError(401, "Reading needs a token: this server is configured private.")
    return principal


async def _csrf_value(request: Request) -> str:
    header = request.headers.get("x-csrf-token")
    if header:
        return header
    if request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        form = await request.form()
        value = form.get("csrf")
        return value if isinstance(value, str) else ""
    return ""


async def require_analyst(request: Request, principal: PrincipalDep) -> Principal:
    """Writes need an analyst or admin token; cookie sessions also need the CSRF token."""
    if principal is None:
        raise WebError(401, "This needs a token: sign in or send Authorization: Bearer.")
    if principal.session is not None and request.method not in SAFE_METHODS:
        given = await _csrf_value(request)
        if not hmac.compare_digest(given.encode(), principal.session.csrf.encode()):
            raise WebError(403, "The CSRF token is missing or wrong.")
    return principal


async def require_admin(principal: Annotated[Principal, Depends(require_analyst)]) -> Principal:
    if principal.role != "admin":
        raise WebError(403, "This needs an admin token.")
    return principal


ReadDep = Annotated[Principal | None, Depends(require_read)]
AnalystDep = Annotated[Principal, Depends(require_analyst)]
AdminDep = Annotated[Principal, Depends(require_admin)]


@dataclass(frozen=True, slots=True)
class PageParams:
    """Offset paging with a bounded page size."""

    limit: int
    offset: int


def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Page size.")] = (
        DEFAULT_PAGE_SIZE
    ),
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")] = 0,
) -> PageParams:
    return PageParams(limit=limit, offset=offset)


PageDep = Annotated[PageParams, Depends(page_params)]
