"""Untrusted text renders inert everywhere; strict CSP; CSRF; hashed tokens; private reads."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from minewatch.settings import Settings
from minewatch.store import Store
from minewatch.store.tokens import authenticate, create_token, list_tokens, revoke_token
from minewatch.web import create_app
from minewatch.web.middleware import CSP

PAGES = ["/", "/parties", "/states/POL", "/events", "/documents", "/documents/hostile-1",
         "/search?q=poland", "/search?q=title", "/signin"]


class LiveMarkup(HTMLParser):
    """Collects what a browser would act on: scripts, event handlers, javascript: URLs, and
    elements that only the hostile document could have introduced."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "script" and not (values.get("src") or "").startswith("/static/"):
            self.found.append("inline or foreign script")
        if tag in ("img", "iframe", "object", "embed", "b"):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"handler {name}")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f"javascript: in {name}")


def live_markup(page: str) -> list[str]:
    parser = LiveMarkup()
    parser.feed(page)
    return parser.found


def _hostile_event_id(client: TestClient) -> int:
    items = client.get("/api/v1/events?state=POL&sort=date").json()["items"]
    return int(items[0]["id"])


@pytest.mark.parametrize("path", PAGES)
def test_hostile_document_is_inert_on_every_page(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert live_markup(response.text) == []


def test_hostile_document_is_escaped_not_dropped(client: TestClient) -> None:
    page = client.get("/documents/hostile-1").text
    assert "&lt;script&gt;alert(" in page
    assert "&lt;img src=x onerror=" in page  # the title, shown as text
    event_page = client.get(f"/events/{_hostile_event_id(client)}").text
    assert live_markup(event_page) == []


def test_review_queue_is_inert(fresh_client: TestClient, analyst_secret: str) -> None:
    fresh_client.post("/signin", data={"token": analyst_secret, "next": "/review"})
    page = fresh_client.get("/review").text
    assert "Review queue" in page and live_markup(page) == []


def test_feed_escapes(client: TestClient) -> None:
    feed = client.get("/feeds/events.atom").text
    assert "<script" not in feed


def test_every_response_has_a_strict_csp(client: TestClient) -> None:
    for path in [*PAGES, "/api/v1/treaties", "/api/v1/nope", "/static/app.css"]:
        headers = client.get(path).headers
        assert headers["content-security-policy"] == CSP
        assert headers["x-content-type-options"] == "nosniff"
    assert "unsafe-inline" not in CSP and "script-src 'self'" in CSP


def test_pages_have_no_inline_script_or_style(client: TestClient) -> None:
    for path in PAGES:
        page = client.get(path).text
        for tag in re.findall(r"<script[^>]*>", page):
            assert 'src="/static/' in tag
        assert not re.search(r"<script[^>]*>[^<]", page)
        assert " style=" not in page and "<style" not in page


def test_tokens_are_stored_hashed_and_revocable(store: Store) -> None:
    token, secret = create_token(store, "bob", "analyst")
    with store.begin() as conn:
        dump = " ".join(str(v) for row in conn.execute(text("SELECT * FROM api_tokens"))
                        for v in row)
    assert secret not in dump and secret[12:] not in dump
    assert authenticate(store, secret) == token
    assert authenticate(store, secret + "x") is None
    assert revoke_token(store, token.id)
    assert authenticate(store, secret) is None
    assert list_tokens(store)[0].revoked_at is not None


def test_cookie_session_needs_csrf(fresh_client: TestClient, analyst_secret: str) -> None:
    signed = fresh_client.post("/signin", data={"token": analyst_secret, "next": "/review"},
                               follow_redirects=False)
    assert signed.status_code == 303
    cookie = signed.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert analyst_secret not in cookie
    event = fresh_client.get("/api/v1/events?state=LTU").json()["items"][0]
    form = {"action": "confirm", "reason": "ok", "version": str(event["version"])}
    forged = fresh_client.post(f"/review/{event['id']}", data=form)
    assert forged.status_code == 403
    api_forged = fresh_client.post(f"/api/v1/events/{event['id']}/review",
                                   json={"action": "confirm", "reason": "ok"})
    assert api_forged.status_code == 403  # a cookie alone cannot write through the API
    page = fresh_client.get("/review").text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page)
    assert csrf is not None
    done = fresh_client.post(f"/review/{event['id']}", data={**form, "csrf": csrf.group(1)},
                             follow_redirects=False)
    assert done.status_code == 303
    state = fresh_client.get(f"/api/v1/events/{event['id']}").json()["review_state"]
    assert state == "confirmed"


def test_bad_token_signin_and_open_redirect(fresh_client: TestClient) -> None:
    failed = fresh_client.post("/signin", data={"token": "mw_wrong", "next": "/review"})
    assert failed.status_code == 401 and "not valid" in failed.text
    switched = fresh_client.get("/lang?to=uk&next=//evil.example", follow_redirects=False)
    assert switched.headers["location"] == "/"


def test_private_reads(fresh_store: Store) -> None:
    private = TestClient(create_app(fresh_store, Settings(public_reads=False)))
    assert private.get("/api/v1/treaties").status_code == 401
    assert private.get("/").status_code == 401
    _, secret = create_token(fresh_store, "reader", "analyst")
    ok = private.get("/api/v1/treaties", headers={"Authorization": f"Bearer {secret}"})
    assert ok.status_code == 200


def test_the_inertness_check_itself_catches_live_markup() -> None:
    assert live_markup('<img src=x onerror="alert(1)">') == ["<img>", "handler onerror"]
    assert live_markup("<script>alert(1)</script>") == ["inline or foreign script"]
    assert live_markup('<a href=" JavaScript:alert(2)">x</a>') == ["javascript: in href"]
    assert live_markup("&lt;script&gt;alert(1)&lt;/script&gt;") == []


def test_sign_out_needs_csrf_and_ends_the_session(fresh_client: TestClient,
                                                  analyst_secret: str) -> None:
    fresh_client.post("/signin", data={"token": analyst_secret, "next": "/review"})
    page = fresh_client.get("/review").text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page)
    assert csrf is not None
    assert fresh_client.post("/signout", data={}).status_code == 403
    out = fresh_client.post("/signout", data={"csrf": csrf.group(1)}, follow_redirects=False)
    assert out.status_code == 303
    fresh_client.cookies.clear()
    assert fresh_client.get("/review", follow_redirects=False).status_code == 303
