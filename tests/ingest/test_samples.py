"""The bundled samples (for ``make demo``) ingest cleanly without ../shared."""

from __future__ import annotations

import json
from pathlib import Path

from minewatch.store import Store
from minewatch.store.documents import list_documents
from tests.ingest.conftest import ingest

SAMPLES = Path(__file__).resolve().parents[2] / "minewatch" / "data" / "samples"


def test_samples_are_the_dev_documents_without_the_seeds() -> None:
    names = sorted(p.stem for p in (SAMPLES / "docs").iterdir())
    assert names == [f"dev-{i:03d}" for i in range(1, 65)]
    index = [json.loads(line) for line in (SAMPLES / "index.jsonl").open(encoding="utf-8")]
    assert [r["id"] for r in index] == names


def test_samples_ingest_with_their_metadata(store: Store) -> None:
    summary = ingest(store, SAMPLES)
    assert summary.line() == "61 ingested, 0 duplicates, 3 near-duplicates, 0 quarantined"
    docs = {d.external_id: d for d in list_documents(store)}
    assert "README" not in docs
    assert docs["dev-026"].duplicate_of == docs["dev-025"].id
    assert docs["dev-024"].duplicate_of == docs["dev-023"].id
    assert docs["dev-040"].duplicate_of == docs["dev-004"].id
    assert (docs["dev-021"].reliability, docs["dev-021"].source_name) == (
        "low",
        "social media thread",
    )
