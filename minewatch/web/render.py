"""Rendering pages: one Jinja2 environment, autoescaped, with the translator and session."""

from __future__ import annotations

from functools import cache
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from minewatch.web.i18n import COOKIE, Translator, available_languages, choose_language


@cache
def environment() -> Environment:
    """The template environment; autoescape is on for every template."""
    env = Environment(
        loader=PackageLoader("minewatch.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["state_name"] = state_name
    return env


def state_name(iso3: str, lang: str = "en") -> str:
    """The state's usual name in ``lang`` (English if none), or the code itself."""
    from minewatch.states import get_state

    try:
        state = get_state(iso3)
    except Exception:
        return iso3
    names = state.names_in(lang)
    return names[0] if names else state.name


def translator(request: Request) -> Translator:
    """The translator for this request's language."""
    lang = choose_language(request.cookies.get(COOKIE), request.headers.get("accept-language"))
    return Translator(lang)


def render(request: Request, template: str, context: dict[str, Any], *,
           status: int = 200, headers: dict[str, str] | None = None) -> HTMLResponse:
    """Render ``template`` with the request's translator, session and the given context."""
    t = translator(request)
    session = getattr(request.state, "session", None)
    page = environment().get_template(template).render(
        request=request,
        t=t,
        lang=t.lang,
        languages=available_languages(),
        session=session,
        path=request.url.path,
        **context,
    )
    return HTMLResponse(page, status_code=status, headers=headers)


def render_error(request: Request, body: dict[str, Any],
                 headers: dict[str, str] | None = None) -> HTMLResponse:
    """The error envelope as a page."""
    status = int(body["error"]["status"])
    return render(request, "error.html", {"error": body["error"]}, status=status, headers=headers)
