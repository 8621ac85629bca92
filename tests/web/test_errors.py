"""One error envelope for every error: 401, 403, 404, 405, 413, 422 and 500."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from minewatch.settings import Settings
from minewatch.store import Store
from minewatch.web import create_app

ENVELOPE_KEYS = {"status", "code", "title", "message", "details"}


def _check(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == ENVELOPE_KEYS
    assert body["error"]["status"] == status
    assert body["error"]["code"].startswith("MW6")
    return dict(body["error"])


def test_404_unknown_route(client: TestClient) -> None:
    _check(client.get("/api/v1/no-such-thing"), 404)


def test_422_validation_lists_details(client: TestClient) -> None:
    error = _check(client.get("/api/v1/map?on=not-a-date"), 422)
    assert error["details"][0]["loc"] == ["query", "on"]
    _check(client.get("/api/v1/treaties/APMBC/status?limit=100000"), 422)  # bounded page size
    _check(client.get("/api/v1/map?on=9999-12-31"), 422)  # bounded dates


def test_405_wrong_method_names_the_allowed_ones(client: TestClient) -> None:
    _check(client.delete("/api/v1/treaties"), 405)
    response = client.delete("/api/v1/actions")  # two routes share this path
    _check(response, 405)
    assert response.headers["allow"] == "GET, POST"
    head = client.head("/api/v1/treaties")  # HEAD is answered like GET, without a body
    assert head.status_code == 200 and head.content == b""
    assert int(head.headers["content-length"]) > 0


def test_401_write_without_token(client: TestClient) -> None:
    response = client.post("/api/v1/documents", json={"text": "x"})
    _check(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"


def test_401_bad_token(client: TestClient) -> None:
    _check(client.get("/api/v1/whoami", headers={"Authorization": "Bearer mw_nope"}), 401)


def test_403_admin_only(fresh_client: TestClient, analyst_secret: str) -> None:
    response = fresh_client.post(
        "/api/v1/actions", headers={"Authorization": f"Bearer {analyst_secret}"},
        json={"treaty": "APMBC", "iso3": "POL", "action": "signature", "date": "1997-12-04",
              "source": "test"},
    )
    _check(response, 403)


def test_413_body_too_large(client: TestClient) -> None:
    response = client.post("/api/v1/documents", content=b"x" * (1024 * 1024 + 1),
                           headers={"content-type": "application/json"})
    _check(response, 413)


def test_500_is_enveloped_and_hides_internals(web_store: Store) -> None:
    app = create_app(web_store, Settings(db=web_store.url))

    @app.get("/api/v1/boom")
    def boom() -> None:
        raise RuntimeError("secret internal detail")

    response = TestClient(app, raise_server_exceptions=False).get("/api/v1/boom")
    error = _check(response, 500)
    assert "secret" not in response.text and error["message"] == "Internal error."


def test_pages_render_the_envelope_as_html(client: TestClient) -> None:
    response = client.get("/states/ZZZ", headers={"accept": "text/html"})
    assert response.status_code == 404
    assert "MW604" in response.text and "<html" in response.text
