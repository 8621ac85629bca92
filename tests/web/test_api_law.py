"""The law-based API: treaties, status on a date, map, party counts, states, history, why."""

from __future__ import annotations

from itertools import pairwise

from fastapi.testclient import TestClient

from minewatch.web.data.law import SHOWN_WITH


def test_api_index_names_openapi(client: TestClient) -> None:
    body = client.get("/api/v1/").json()
    assert body["openapi"] == "/api/v1/openapi.json"
    assert client.get("/api/v1/openapi.json").json()["info"]["title"] == "Minewatch API"


def test_treaties_count_parties_on_a_date(client: TestClient) -> None:
    before = {t["id"]: t for t in client.get("/api/v1/treaties?on=2026-02-19").json()}
    after = {t["id"]: t for t in client.get("/api/v1/treaties?on=2026-02-21").json()}
    assert set(before) == {"APMBC", "CCM"}
    assert before["APMBC"]["parties"] - after["APMBC"]["parties"] == 1  # Poland's withdrawal
    assert before["APMBC"]["entry_into_force"] == "1999-03-01"
    one = client.get("/api/v1/treaties/ccm?on=2026-02-21").json()
    assert one["id"] == "CCM" and one["parties"] == after["CCM"]["parties"]


def test_map_poland_changes_on_2026_02_20(client: TestClient) -> None:
    before = client.get("/api/v1/map?treaty=APMBC&on=2026-02-19").json()
    on_day = client.get("/api/v1/map?treaty=APMBC&on=2026-02-20").json()
    assert before["statuses"]["POL"] == "withdrawing"
    assert on_day["statuses"]["POL"] == "withdrawn"
    assert before["statuses"]["GRL"] == before["statuses"]["DNK"]  # drawn with its sovereign
    assert sum(before["counts"].values()) == len(before["statuses"]) - len(SHOWN_WITH)
    parties = sum(before["counts"][s] for s in ("party", "withdrawing", "withdrawal_suspended"))
    overview = client.get("/api/v1/treaties/APMBC?on=2026-02-19").json()
    assert parties == overview["parties"]


def test_treaty_status_is_paginated_and_filtered(client: TestClient) -> None:
    page = client.get("/api/v1/treaties/APMBC/status?on=2026-02-21&limit=5&offset=5").json()
    assert page["limit"] == 5 and page["offset"] == 5 and len(page["items"]) == 5
    assert page["total"] > 150
    withdrawn = client.get("/api/v1/treaties/APMBC/status?on=2026-02-21&status=withdrawn"
                           "&limit=200").json()
    assert "POL" in {r["iso3"] for r in withdrawn["items"]}
    assert all(r["status"] == "withdrawn" for r in withdrawn["items"])


def test_party_counts_series(client: TestClient) -> None:
    series = client.get("/api/v1/treaties/APMBC/parties?on=2026-03-01").json()
    last = series[-1]
    assert last["date"] == "2026-02-20" and last["left"] == ["POL"]
    assert series[-2]["count"] - last["count"] == 1
    assert all(a["date"] < b["date"] for a, b in pairwise(series))


def test_state_and_history_and_why(client: TestClient) -> None:
    state = client.get("/api/v1/states/pol?on=2026-02-21").json()
    assert state["iso3"] == "POL"
    apmbc = next(t for t in state["treaties"] if t["treaty"] == "APMBC")
    assert apmbc["status"]["status"] == "withdrawn"
    history = client.get("/api/v1/states/POL/history?treaty=APMBC&on=2026-03-01").json()
    assert [h["status"] for h in history][-2:] == ["withdrawing", "withdrawn"]
    why = client.get("/api/v1/states/POL/why/withdrawal_effective_date?treaty=APMBC").json()
    assert why["value"] == "2026-02-20" and "Art. 20" in why["article"]
    assert why["facts"], "the explanation names the facts it used"


def test_states_list_search(client: TestClient) -> None:
    page = client.get("/api/v1/states?q=poland").json()
    assert [s["iso3"] for s in page["items"]] == ["POL"]


def test_unknowns_are_404_in_the_envelope(client: TestClient) -> None:
    for url in ("/api/v1/states/ZZZ", "/api/v1/treaties/XYZ", "/api/v1/map?treaty=ATT",
                "/api/v1/states/POL/why/nonsense"):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json()["error"]["status"] == 404
