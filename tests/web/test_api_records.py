"""Documents, claims, search, events, review, contradictions through the API."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.web.conftest import HOSTILE_TEXT


def test_documents_list_and_one_with_spans(client: TestClient) -> None:
    page = client.get("/api/v1/documents?limit=1").json()
    assert page["total"] == 2 and len(page["items"]) == 1 and "text" not in page["items"][0]
    doc = client.get("/api/v1/documents/hostile-1").json()
    assert doc["document"]["text"] == HOSTILE_TEXT
    for claim in doc["claims"]:
        span = claim["span"]
        assert HOSTILE_TEXT[span["start"]:span["end"]] == claim["evidence"]
    assert client.get("/api/v1/documents/999").status_code == 404


def test_claims_filters(client: TestClient) -> None:
    ltu = client.get("/api/v1/claims?actor=LTU").json()
    assert [c["type"] for c in ltu] == ["withdrawal_vote"]
    assert client.get("/api/v1/claims?treaty=APMBC&limit=1&offset=1").json()[0]["actor"] == "POL"


def test_search_finds_inflected_and_filters(client: TestClient) -> None:
    hits = client.get("/api/v1/search?q=lithuania").json()
    assert [h["external_id"] for h in hits] == ["plain-2"]
    assert client.get("/api/v1/search?q=lithuania&lang=fi").json() == []
    assert client.get("/api/v1/search?q=").status_code == 422


def test_events_filter_sort_page(client: TestClient) -> None:
    everything = client.get("/api/v1/events").json()
    assert everything["total"] == 3
    dates = [e["date"] for e in everything["items"]]
    assert dates == sorted(dates, reverse=True)
    pol = client.get("/api/v1/events?state=POL&sort=date").json()
    assert [e["type"] for e in pol["items"]] == ["withdrawal_deposit", "withdrawal_effective"]
    assert client.get("/api/v1/events?treaty=CCM").json()["total"] == 1
    assert client.get("/api/v1/events?since=2026").json()["total"] == 1
    assert client.get("/api/v1/events?until=2024-12").json()["total"] == 1
    assert client.get("/api/v1/events?min_corroboration=2").json()["total"] == 0
    assert client.get("/api/v1/events?lang=en&review=new").json()["total"] == 3
    paged = client.get("/api/v1/events?limit=1&offset=2").json()
    assert len(paged["items"]) == 1 and paged["total"] == 3
    assert client.get("/api/v1/events?type=nonsense").status_code == 422


def test_event_detail_links_claims_to_documents(client: TestClient) -> None:
    first = client.get("/api/v1/events?state=POL&sort=date").json()["items"][0]
    detail = client.get(f"/api/v1/events/{first['id']}").json()
    assert detail["claims"][0]["document_id"] == "hostile-1"
    assert detail["history"][0]["action"] == "create"
    assert detail["sources"][0]["outlet"]
    assert client.get("/api/v1/events/424242").status_code == 404


def test_contradictions_page(client: TestClient) -> None:
    page = client.get("/api/v1/contradictions").json()
    assert page["total"] == len(page["items"])


def test_review_needs_token_and_confirms(fresh_client: TestClient, analyst_secret: str) -> None:
    event = fresh_client.get("/api/v1/events?state=LTU").json()["items"][0]
    url = f"/api/v1/events/{event['id']}/review"
    body = {"action": "confirm", "reason": "checked the vote record"}
    assert fresh_client.post(url, json=body).status_code == 401
    auth = {"Authorization": f"Bearer {analyst_secret}"}
    done = fresh_client.post(url, json=body, headers=auth)
    assert done.status_code == 200, done.text
    assert done.json()["review_state"] == "confirmed"
    assert done.json()["history"][-1]["actor"] == "alice"
    stale = fresh_client.post(url, json={"action": "correct", "reason": "x",
                                         "corrections": {"date": "2024-07-17"},
                                         "expected_version": 1}, headers=auth)
    assert stale.status_code == 409
    bad = fresh_client.post(url, json={"action": "correct", "reason": "x",
                                       "corrections": {"nonsense": "1"}}, headers=auth)
    assert bad.status_code == 422
    assert bad.json()["error"]["code"] == "MW310"


def test_add_document_and_action(fresh_client: TestClient, analyst_secret: str,
                                 admin_secret: str) -> None:
    auth = {"Authorization": f"Bearer {analyst_secret}"}
    added = fresh_client.post("/api/v1/documents", headers=auth, json={
        "title": "Finland", "text": "Finland notified its withdrawal.", "lang": "en"})
    assert added.status_code == 201, added.text
    assert added.json()["title"] == "Finland"
    assert fresh_client.get("/api/v1/documents").json()["total"] == 3
    admin = {"Authorization": f"Bearer {admin_secret}"}
    refused = fresh_client.post("/api/v1/actions", headers=admin, json={
        "treaty": "APMBC", "iso3": "POL", "action": "ratification", "date": "2020-01-01",
        "source": "https://example.org/second-ratification"})
    assert refused.status_code == 422  # a second ratification is refused by the law engine
    whoami = fresh_client.get("/api/v1/whoami", headers=admin).json()
    assert whoami["role"] == "admin"
    actions = fresh_client.get("/api/v1/actions?iso3=POL&treaty=APMBC").json()
    assert {a["action"] for a in actions} >= {"signature", "ratification"}


def test_profile_api_and_page(client: TestClient) -> None:
    profile = client.get("/api/v1/profiles/POL?on=2026-02-21").json()
    assert profile["iso3"] == "POL" and profile["on"] == "2026-02-21"
    apmbc = next(p for p in profile["legal"] if p["treaty"] == "APMBC")
    assert apmbc["status"] == "withdrawn"
    events = [e for s in profile["sections"] for e in s["events"]]
    assert {e["type"] for e in events} == {"withdrawal_deposit", "withdrawal_effective"}
    assert client.get("/api/v1/profiles/ZZZ").status_code == 404
    page = client.get("/profiles/POL?on=2026-02-21").text
    assert "hostile-1#span-" in page


def test_exports(client: TestClient) -> None:
    events = client.get("/api/v1/exports/events.csv")
    assert events.headers["content-type"].startswith("text/csv")
    assert events.headers["content-disposition"].endswith('"minewatch-events.csv"')
    lines = events.text.strip().splitlines()
    assert lines[0].startswith("event_id,type,actor") and len(lines) == 4
    status = client.get("/api/v1/exports/status.jsonl?on=2026-02-21").text.splitlines()
    assert any('"iso3": "POL"' in line and '"withdrawn"' in line for line in status)
    assert client.get("/api/v1/exports/secrets.csv").status_code == 422
