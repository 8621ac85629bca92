"""Labelled sets beyond the dev corpus: does the extractor generalise?

Each folder under ``tests/data`` with a ``floors.json`` is a labelled set in the dev corpus's
layout:

* ``heldout``: written independently of the rules (``docs/heldout.md``), partly used for tuning
  since;
* ``newsdev``: news-like documents written blind to the rules, a development set since its first
  measurement (its README);
* ``blind``: written blind to the rules and never read while developing them: the clean measure.

The F1 floors are measurement floors set below a measurement; they are regression guards, never
targets to tune against.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from minewatch.extract.evaluate import Report, evaluate

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = sorted(path.parent.name for path in DATA.glob("*/floors.json"))
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


_REPORTS: dict[str, Report] = {}


@pytest.fixture(params=SETS)
def labelled(request: pytest.FixtureRequest) -> Path:
    return DATA / str(request.param)


def _report(folder: Path) -> Report:
    if folder.name not in _REPORTS:
        _REPORTS[folder.name] = evaluate(folder / "gold.jsonl", folder)
    return _REPORTS[folder.name]


def _floors(folder: Path) -> dict[str, float]:
    data: dict[str, Any] = json.loads((folder / "floors.json").read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data["floors"].items()}


def test_the_sets_are_there() -> None:
    assert {"blind", "heldout", "newsdev"} <= set(SETS)


def test_gold_is_well_formed(labelled: Path) -> None:
    index = {row["id"]: row for row in _jsonl(labelled / "index.jsonl")}
    gold = _jsonl(labelled / "gold.jsonl")
    assert len(index) >= 20
    with_gold = {g["doc"] for g in gold}
    for g in gold:
        assert [k for k in g if k != "date_source"] == GOLD_KEYS, g
        text = (labelled / "docs" / f"{g['doc']}.txt").read_text(encoding="utf-8")
        assert g["evidence"] in text, (g["doc"], g["evidence"])
        assert (g["quantity"] is None) == (g["unit"] is None), g
    for doc_id, row in index.items():
        assert (labelled / "docs" / f"{doc_id}.txt").is_file()
        assert row["negative"] == (doc_id not in with_gold), doc_id


def test_every_document_is_scored(labelled: Path) -> None:
    assert _report(labelled).documents == len(_jsonl(labelled / "index.jsonl"))


def test_no_claims_on_negative_documents(labelled: Path) -> None:
    assert _report(labelled).negative_claims == 0


@pytest.mark.parametrize("level", ["loose", "strict"])
def test_f1_above_floor(labelled: Path, level: str) -> None:
    tally = _report(labelled).loose if level == "loose" else _report(labelled).strict
    f1 = float(tally.scores()["f1"])
    floor = _floors(labelled)[f"{level}_f1"]
    assert f1 >= floor, f"{labelled.name} {level} F1 {f1:.4f} < floor {floor}"
