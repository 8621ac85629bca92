"""Fixtures for ingestion tests: a folder of pages in ten languages, with an index.jsonl sidecar."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from minewatch.ingest import IngestOptions, IngestSummary, run_ingest
from minewatch.settings import Settings
from minewatch.store import Store
from tests.ingest.builders import make_pdf
from tests.ingest.samples import ENCODINGS, TEXTS, html_page


def ingest(store: Store, *sources: str | Path, **options: Any) -> IngestSummary:
    """Run an ingest quietly (no progress output)."""
    settings = options.pop("settings", Settings(per_host_delay_seconds=0.0))
    options.setdefault("extract", False)  # the claims step is tested on its own
    return run_ingest(
        store,
        [str(s) for s in sources],
        IngestOptions(progress="none", settings=settings, **options),
    )


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """A folder: plain texts in many encodings, HTML pages, a PDF, and an index.jsonl sidecar."""
    folder = tmp_path / "library" / "docs"
    folder.mkdir(parents=True)
    sidecar = []
    for number, (lang, encoding) in enumerate(ENCODINGS, start=1):
        stem = f"t{number:02d}-{lang}-{encoding}"
        # a title line makes each file distinct text, so none is an exact duplicate of another
        body = f"Report {number} ({lang}, {encoding})\n\n{TEXTS[lang]}"
        (folder / f"{stem}.txt").write_bytes(body.encode(encoding))
    (folder / "page-uk.html").write_bytes(html_page("uk", "windows-1251"))
    (folder / "page-fr.htm").write_bytes(html_page("fr", "iso-8859-1"))
    (folder / "report.pdf").write_bytes(
        make_pdf(["Landmine Monitor report for 2025.", "Casualties remain high in Ukraine."])
    )
    sidecar.append(
        {"id": "page-uk", "lang": "uk", "published": "2025-03-19", "outlet": "Kyiv Test Daily",
         "title": "Польща виходить з конвенції", "reliability": "B", "url": "https://kyiv.example/1"}
    )  # fmt: skip
    (folder.parent / "index.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in sidecar) + "\n", encoding="utf-8"
    )
    return folder
