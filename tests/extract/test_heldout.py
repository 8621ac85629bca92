"""Held-out evaluation: does the extractor generalise beyond the development corpus?

The documents and gold in ``tests/data/heldout`` were written independently of the
extraction rules (see ``docs/heldout.md``).  The F1 floors in ``floors.json`` are
measurement floors set just below the first measurement; they are regression
guards, never targets to tune against.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from minewatch.extract.evaluate import Report, evaluate

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"
GOLD = HELDOUT / "gold.jsonl"
FLOORS = HELDOUT / "floors.json"
GOLD_KEYS = [
    "doc",
    "type",
    "actor",
    "treaty",
    "date",
    "quantity",
    "unit",
    "counterpart",
    "modality",
    "evidence",
]


def _jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(GOLD, HELDOUT)


@pytest.fixture(scope="module")
def floors() -> dict[str, float]:
    data: dict[str, Any] = json.loads(FLOORS.read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data["floors"].items()}


def test_heldout_gold_is_well_formed() -> None:
    index = {row["id"]: row for row in _jsonl(HELDOUT / "index.jsonl")}
    gold = _jsonl(GOLD)
    assert len(index) >= 40
    with_gold = {g["doc"] for g in gold}
    for g in gold:
        assert [k for k in g if k != "date_source"] == GOLD_KEYS, g
        text = (HELDOUT / "docs" / f"{g['doc']}.txt").read_text(encoding="utf-8")
        assert g["evidence"] in text, (g["doc"], g["evidence"])
        assert (g["quantity"] is None) == (g["unit"] is None), g
    for doc_id, row in index.items():
        assert (HELDOUT / "docs" / f"{doc_id}.txt").is_file()
        assert row["negative"] == (doc_id not in with_gold), doc_id


def test_heldout_covers_every_document(report: Report) -> None:
    assert report.documents == len(_jsonl(HELDOUT / "index.jsonl"))


def test_heldout_no_claims_on_negative_documents(report: Report) -> None:
    assert report.negative_claims == 0


def test_heldout_loose_f1_above_floor(report: Report, floors: dict[str, float]) -> None:
    f1 = float(report.loose.scores()["f1"])
    assert f1 >= floors["loose_f1"], f"held-out loose F1 {f1:.4f} < floor {floors['loose_f1']}"


def test_heldout_strict_f1_above_floor(report: Report, floors: dict[str, float]) -> None:
    f1 = float(report.strict.scores()["f1"])
    assert f1 >= floors["strict_f1"], f"held-out strict F1 {f1:.4f} < floor {floors['strict_f1']}"
