"""Atom feeds, the pages over the data functions, the catalogue, the SVG map and chart."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from minewatch.web.i18n import available_languages, catalogue, choose_language

ATOM = "{http://www.w3.org/2005/Atom}"


def test_feed_for_a_filter(client: TestClient) -> None:
    response = client.get("/feeds/events.atom?state=POL&type=withdrawal_deposit")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 1
    assert entries[0].findtext(f"{ATOM}id", "").startswith("urn:minewatch:event:")
    assert "withdrawal deposit" in entries[0].findtext(f"{ATOM}title", "")
    everything = ET.fromstring(client.get("/feeds/events.atom").content)
    assert len(everything.findall(f"{ATOM}entry")) == 3
    assert client.get("/feeds/events.atom?type=bogus").status_code == 422


def _fill(page: str, iso3: str) -> str:
    found = re.search(rf'id="c-{iso3}" class="country st-(\w+)"', page)
    assert found is not None
    return found.group(1)


def test_map_page_colours_poland_by_date(client: TestClient) -> None:
    assert _fill(client.get("/?treaty=APMBC&on=2026-02-19").text, "POL") == "withdrawing"
    assert _fill(client.get("/?treaty=APMBC&on=2026-02-20").text, "POL") == "withdrawn"
    assert _fill(client.get("/?treaty=CCM&on=2026-02-20").text, "POL") == "non_signatory"
    page = client.get("/?on=2026-02-21").text
    assert 'href="/states/POL?on=2026-02-21"' in page
    assert '<script src="/static/map.js" defer></script>' in page
    assert 'type="range"' in page and 'aria-valuetext="2026-02-21"' in page


def test_chart_and_country_pages(client: TestClient) -> None:
    chart = client.get("/parties?treaty=APMBC&on=2026-03-01").text
    assert "<polyline" in chart and "2026-02-20" in chart
    pol = client.get("/states/POL?on=2026-02-21").text
    assert "Withdrawn" in pol and "2025-08-20" in pol
    assert "/documents/hostile-1#span-" in pol  # events with their sources


def test_document_page_highlights_each_claims_span(client: TestClient) -> None:
    page = client.get("/documents/hostile-1").text
    marks = re.findall(r'<mark class="evidence" id="span-(\d+)"[^>]*>([^<]*)</mark>', page)
    assert [m[1] for m in marks] == ["deposited its notification of withdrawal",
                                     "takes effect on 20 February 2026"]
    for claim_id, _ in marks:
        assert f'href="#span-{claim_id}"' in page


def test_event_and_search_pages(client: TestClient) -> None:
    events = client.get("/events?state=POL").text
    assert "withdrawal_deposit" in events and "/feeds/events.atom?state=POL" in events
    search = client.get("/search?q=Lithuania").text
    assert "<mark>Lithuania</mark>" in search


def test_review_page_needs_sign_in(client: TestClient) -> None:
    response = client.get("/review", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/signin")


@pytest.mark.parametrize("lang", ["uk", "pl"])
def test_catalogues_have_exactly_the_english_keys(lang: str) -> None:
    assert set(catalogue(lang)) == set(catalogue("en"))
    assert all(v.strip() for v in catalogue(lang).values())


def test_language_choice_and_translated_pages(client: TestClient) -> None:
    assert set(available_languages()) >= {"en", "uk", "pl"}
    assert choose_language(None, "pl-PL,pl;q=0.9,en;q=0.5") == "pl"
    assert choose_language("uk", "pl") == "uk"
    assert choose_language("xx", None) == "en"
    page = client.get("/?on=2026-02-21", headers={"accept-language": "uk"}).text
    assert "Мапа" in page and 'lang="uk"' in page
    assert "Вийшла" in page  # Poland's status, from the catalogue


def test_every_template_string_is_in_the_catalogue() -> None:
    from pathlib import Path

    import minewatch.web

    folder = Path(minewatch.web.__file__).parent / "templates"
    keys = set(catalogue("en"))
    used = set()
    for template in folder.glob("*.html"):
        used |= set(re.findall(r't\(["\']([a-z_.]+[a-z_])["\']\s*[,)]', template.read_text()))
    assert used and used <= keys, used - keys


def test_language_switch_sets_a_cookie(fresh_client: TestClient) -> None:
    switched = fresh_client.get("/lang?to=pl&next=/events", follow_redirects=False)
    assert switched.headers["location"] == "/events"
    assert "mw_lang=pl" in switched.headers["set-cookie"]
    assert "Zdarzenia" in fresh_client.get("/events").text
