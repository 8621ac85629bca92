"""Bulk archives: a WARC the test builds, gzipped JSONL, and truncated archives."""

from __future__ import annotations

import json
from pathlib import Path

from minewatch.ingest.items import TRUNCATED, UNSUPPORTED_TYPE
from minewatch.store import Store
from minewatch.store.documents import list_documents
from minewatch.store.quarantine import list_quarantine
from tests.ingest.builders import gzip_lines, make_pdf, make_warc
from tests.ingest.conftest import ingest
from tests.ingest.samples import TEXTS, html_page


def test_a_warc_gives_its_pages_and_pdfs(store: Store, tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(
        make_warc(
            [
                ("https://a.example/ru", "text/html; charset=koi8-r", html_page("ru", "koi8-r")),
                ("https://b.example/et", "text/html", html_page("et", "utf-8")),
                (
                    "https://c.example/r.pdf",
                    "application/pdf",
                    make_pdf(["Mine clearance report."]),
                ),
                ("https://d.example/logo.png", "image/png", b"\x89PNG\r\n"),
            ]
        )
    )
    summary = ingest(store, warc)
    assert summary.line() == "3 ingested, 0 duplicates, 0 near-duplicates, 1 quarantined"
    docs = {d.url: d for d in list_documents(store)}
    assert TEXTS["ru"] in docs["https://a.example/ru"].text
    assert docs["https://a.example/ru"].source_name == "a.example"
    assert docs["https://b.example/et"].lang == "et"
    assert "Mine clearance report." in docs["https://c.example/r.pdf"].text
    assert [q.code for q in list_quarantine(store)] == [UNSUPPORTED_TYPE]
    assert (
        ingest(store, warc).line() == "0 ingested, 0 duplicates, 0 near-duplicates, 1 quarantined"
    )


def test_gzipped_jsonl_records(store: Store, tmp_path: Path) -> None:
    records = [
        {"id": "g1", "text": TEXTS["lv"], "lang": "lv", "published": "2025-04-16"},
        {"id": "g2", "html": html_page("fi", "utf-8").decode(), "url": "https://fi.example/2"},
    ]
    archive = tmp_path / "bulk.jsonl.gz"
    archive.write_bytes(gzip_lines([json.dumps(r).encode() for r in records]))
    assert ingest(store, archive).ingested == 2
    docs = {d.external_id: d for d in list_documents(store)}
    assert docs["g1"].published == "2025-04-16" and docs["g2"].lang == "fi"
    assert docs["g2"].url == "https://fi.example/2"


def test_truncated_archives_keep_what_came_before(store: Store, tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": f"t{i}", "text": f"{TEXTS['de']} Teil {i}. " * (i + 1)}).encode()
        for i in range(30)
    ]
    whole = gzip_lines(lines)
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole[: len(whole) * 2 // 3])
    summary = ingest(store, cut)
    assert summary.quarantined == 1 and [q.code for q in list_quarantine(store)] == [TRUNCATED]
    assert summary.ingested + summary.near_duplicates >= 1
    warc = make_warc(
        [
            (f"https://e.example/{i}", "text/html", html_page(lang, "utf-8"))
            for i, lang in enumerate(["en", "de", "fr", "pl"])
        ]
    )
    cut_warc = tmp_path / "cut.warc.gz"
    cut_warc.write_bytes(warc[: len(warc) * 7 // 8])
    summary = ingest(store, cut_warc)
    assert summary.quarantined == 1
    assert summary.ingested + summary.near_duplicates == 3
    assert sorted(q.code for q in list_quarantine(store)) == [TRUNCATED, TRUNCATED]
