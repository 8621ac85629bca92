"""Bulk archives: a WARC the test builds, gzipped JSONL, and truncated archives."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from minewatch.ingest.archives import ArchiveDamaged, read_jsonl, read_warc
from minewatch.ingest.items import TRUNCATED, UNSUPPORTED_TYPE, IngestOptions
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


def test_stream_readers_read_records_and_raise_on_damaged_bytes() -> None:
    """The readers over an open stream, shared by the file readers and the scale engine."""
    options = IngestOptions()
    lines = [json.dumps({"id": "s1", "text": TEXTS["en"]}).encode(), b"not json"]
    plain = b"".join(line + b"\n" for line in lines)
    items = list(read_jsonl(io.BytesIO(plain), "origin", options, gzipped=False))
    assert [i.locator for i in items] == ["origin#s1", "origin#2"]
    assert items[0].error is None and items[1].error is not None
    whole = gzip_lines(lines)
    with pytest.raises(ArchiveDamaged):
        list(read_jsonl(io.BytesIO(whole[: len(whole) // 2]), "origin", options, gzipped=True))
    pages = [(f"https://s.example/{i}", "text/html", html_page("en", "utf-8")) for i in range(4)]
    warc = make_warc(pages)
    items = list(read_warc(io.BytesIO(warc[: len(warc) * 7 // 8]), "crawl", options))
    assert [i.locator for i in items] == [f"crawl#{url}" for url, _, _ in pages]
    assert [i.error.code if i.error else None for i in items] == [None, None, None, TRUNCATED]
    with pytest.raises(ArchiveDamaged):
        list(read_warc(io.BytesIO(warc[:12] + b"\xff" * 200), "crawl", options))  # bad gzip
