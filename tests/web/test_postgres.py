"""The web app over the PostgreSQL store: the main pages and a review, same as on SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from minewatch.store.tokens import create_token
from minewatch.web import create_app
from tests.web.conftest import build_store


@pytest.mark.postgres
def test_app_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    store = build_store(tmp_path, postgres_url)
    try:
        client = TestClient(create_app(store), raise_server_exceptions=False)
        for path in ("/", "/states/POL", "/events", "/documents/hostile-1", "/search?q=poland",
                     "/feeds/events.atom", "/api/v1/profiles/POL", "/api/v1/exports/events.csv"):
            assert client.get(path).status_code == 200, path
        assert client.get("/api/v1/map?on=2026-02-21").json()["statuses"]["POL"] == "withdrawn"
        event = client.get("/api/v1/events?state=LTU").json()["items"][0]
        _, secret = create_token(store, "pg", "analyst")
        done = client.post(f"/api/v1/events/{event['id']}/review",
                           json={"action": "confirm", "reason": "checked"},
                           headers={"Authorization": f"Bearer {secret}"})
        assert done.status_code == 200 and done.json()["review_state"] == "confirmed"
    finally:
        store.close()
