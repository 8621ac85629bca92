"""URLs and feeds from a loopback HTTP server the test starts: guards, robots, conditional GET."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime

import pytest

from minewatch.ingest.fetch import check_address
from minewatch.ingest.items import (
    BAD_FEED_ENTRY,
    FETCH_FAILED,
    OVERSIZED,
    PRIVATE_ADDRESS,
    ROBOTS_DENIED,
    TOO_MANY_REDIRECTS,
    TRUNCATED,
    UNSUPPORTED_TYPE,
    ItemRejected,
)
from minewatch.settings import Settings
from minewatch.store import Store
from minewatch.store.documents import get_document, list_documents
from minewatch.store.quarantine import list_quarantine
from tests.ingest.builders import Route, make_pdf, serve
from tests.ingest.conftest import ingest
from tests.ingest.samples import TEXTS, html_page


def _feed(base: str, links: list[str | None]) -> bytes:
    items = []
    for number, link in enumerate(links, start=1):
        when = format_datetime(datetime(2025, 6, number, 9, 0, tzinfo=UTC))
        link_tag = f"<link>{base}{link}</link>" if link else ""
        items.append(
            f"<item><title>Story {number}</title>{link_tag}<pubDate>{when}</pubDate></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Test feed'
        f"</title><link>{base}/</link>{''.join(items)}</channel></rss>"
    ).encode()


def _codes(store: Store) -> list[str]:
    return sorted(i.code for i in list_quarantine(store))


def test_a_url_is_fetched_with_a_minewatch_user_agent(store: Store) -> None:
    with serve({"/uk": Route(html_page("uk", "utf-8"))}) as server:
        summary = ingest(store, server.url("/uk"), allow_private=True)
    assert (summary.ingested, summary.quarantined) == (1, 0)
    (doc,) = list_documents(store)
    assert doc.url == server.url("/uk") and doc.source_name == "127.0.0.1"
    assert TEXTS["uk"] in doc.text and doc.lang == "uk"
    assert "Minewatch" in server.hits("/uk")[0]["user-agent"]


def test_private_addresses_are_refused_without_allow_private(store: Store) -> None:
    with serve({"/uk": Route(html_page("uk", "utf-8"))}) as server:
        summary = ingest(store, server.url("/uk"))
    assert summary.quarantined == 1 and _codes(store) == [PRIVATE_ADDRESS]
    assert server.requests == []  # not even one request went out
    for url in ("http://10.0.0.1/", "http://169.254.169.254/latest", "http://[::1]/"):
        with pytest.raises(ItemRejected) as caught:
            check_address(url, allow_private=False)
        assert caught.value.code == PRIVATE_ADDRESS


def test_robots_txt_is_obeyed(store: Store) -> None:
    routes = {
        "/robots.txt": Route(b"User-agent: *\nDisallow: /private/\n", "text/plain"),
        "/private/a": Route(html_page("en", "utf-8")),
        "/public/b": Route(html_page("de", "utf-8")),
    }
    with serve(routes) as server:
        summary = ingest(
            store, server.url("/private/a"), server.url("/public/b"), allow_private=True
        )
    assert (summary.ingested, summary.quarantined) == (1, 1)
    assert _codes(store) == [ROBOTS_DENIED]
    assert server.hits("/private/a") == []


def test_limits_on_size_type_redirects_status_and_truncation(store: Store) -> None:
    loop = {f"/r{i}": Route(b"", status=302, headers={"Location": f"/r{i + 1}"}) for i in range(8)}
    routes = {
        **loop,
        "/big": Route(b"x" * 5000, "text/plain"),
        "/image": Route(b"\x89PNG....", "image/png"),
        "/gone": Route(b"", status=404),
        "/cut": Route(b"<html><body>partial", declared_length=4000),
        "/ok-after-redirect": Route(b"", status=301, headers={"Location": "/report.pdf"}),
        "/report.pdf": Route(make_pdf(["A report fetched after a redirect."]), "application/pdf"),
    }
    settings = Settings(max_document_bytes=4500, per_host_delay_seconds=0.0)
    with serve(routes) as server:
        urls = [
            server.url(p) for p in ("/r0", "/big", "/image", "/gone", "/cut", "/ok-after-redirect")
        ]
        summary = ingest(store, *urls, allow_private=True, settings=settings)
    assert (summary.ingested, summary.quarantined) == (1, 5)
    assert _codes(store) == sorted(
        [TOO_MANY_REDIRECTS, OVERSIZED, UNSUPPORTED_TYPE, FETCH_FAILED, TRUNCATED]
    )
    (doc,) = list_documents(store)
    assert "A report fetched after a redirect." in doc.text


def test_per_host_rate_is_polite(store: Store) -> None:
    routes = {
        f"/p{i}": Route(html_page(lang, "utf-8")) for i, lang in enumerate(["en", "de", "fr"])
    }
    settings = Settings(per_host_delay_seconds=0.3)
    with serve(routes) as server:
        started = datetime.now(UTC)
        ingest(
            store, *(server.url(f"/p{i}") for i in range(3)), allow_private=True, settings=settings
        )
        elapsed = (datetime.now(UTC) - started).total_seconds()
    assert elapsed >= 0.9  # robots.txt + three pages, 0.3 s apart


def test_feed_entries_are_fetched_and_repolling_an_unchanged_feed_costs_one_304(
    store: Store,
) -> None:
    with serve() as server:
        server.routes.update(
            {
                "/feed.xml": Route(
                    _feed(server.base, ["/a", "/b", None, "/c"]), "application/rss+xml", etag='"v1"'
                ),
                "/a": Route(html_page("pl", "utf-8"), etag='"a1"'),
                "/b": Route(html_page("lt", "utf-8"), etag='"b1"'),
                "/c": Route(html_page("fi", "utf-8"), etag='"c1"'),
            }
        )
        first = ingest(store, feeds=(server.url("/feed.xml"),), allow_private=True)
        assert first.line() == "3 ingested, 0 duplicates, 0 near-duplicates, 1 quarantined"
        assert _codes(store) == [BAD_FEED_ENTRY]
        before = len(server.requests)
        second = ingest(store, feeds=(server.url("/feed.xml"),), allow_private=True)
        assert second.line() == "0 ingested, 0 duplicates, 0 near-duplicates, 0 quarantined"
        assert second.unchanged == 1
        polled = server.requests[before:]
        assert [p for p, _ in polled if p != "/robots.txt"] == ["/feed.xml"]
        assert polled[-1][1]["if-none-match"] == '"v1"'
    pl = get_document(store, next(d.id for d in list_documents(store) if d.lang == "pl"))
    assert pl.title == "Story 1" and pl.published == "2025-06-01"


def test_a_malformed_feed_is_quarantined(store: Store) -> None:
    with serve({"/feed.xml": Route(b"<html><body>not a feed", "application/rss+xml")}) as server:
        summary = ingest(store, feeds=(server.url("/feed.xml"),), allow_private=True)
    assert summary.quarantined == 1 and _codes(store) == [BAD_FEED_ENTRY]


def test_the_connection_is_pinned_to_the_checked_address(monkeypatch: pytest.MonkeyPatch) -> None:
    answers = {"news.example": "93.184.216.34", "v6.example": "2606:2800:220:1::1"}

    def resolve(host: str, port: int, *args: object, **kwargs: object) -> list[tuple[object, ...]]:
        return [(0, 0, 0, "", (answers[host], port))]

    monkeypatch.setattr("socket.getaddrinfo", resolve)
    target = check_address("https://news.example:8443/a?b=1", allow_private=False)
    assert target.url == "https://93.184.216.34:8443/a?b=1"
    assert target.headers == {"Host": "news.example:8443"}
    assert target.extensions == {"sni_hostname": "news.example"}
    plain = check_address("http://v6.example/x", allow_private=False)
    assert plain.url == "http://[2606:2800:220:1::1]/x" and plain.extensions == {}
    answers["news.example"] = "10.1.2.3"  # a rebinding answer is refused, not connected to
    with pytest.raises(ItemRejected) as caught:
        check_address("https://news.example/a", allow_private=False)
    assert caught.value.code == PRIVATE_ADDRESS
