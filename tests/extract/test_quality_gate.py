"""The gold-corpus gate: extraction on the dev corpus must not fall below the pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minewatch.extract.evaluate import evaluate

FLOORS = Path(__file__).resolve().parents[2] / "quality" / "floors.json"


@pytest.fixture(scope="module")
def report(shared_dir: Path) -> dict[str, object]:
    corpus = shared_dir / "corpus" / "dev"
    return evaluate(corpus / "gold.jsonl", corpus).as_dict()


@pytest.fixture(scope="module")
def floors() -> dict[str, float]:
    data = json.loads(FLOORS.read_text(encoding="utf-8"))
    assert data["history"], "floors.json must keep a history of reasons"
    return dict(data["floors"])


def test_loose_f1_floor(report: dict, floors: dict[str, float]) -> None:
    assert report["loose"]["f1"] >= floors["loose_f1"]


def test_strict_f1_floor(report: dict, floors: dict[str, float]) -> None:
    assert report["strict"]["f1"] >= floors["strict_f1"]


def test_every_language_floor(report: dict, floors: dict[str, float]) -> None:
    by_lang = report["by"]["loose"]["lang"]
    low = {
        lang: s["f1"] for lang, s in by_lang.items() if s["f1"] < floors["loose_f1_per_language"]
    }
    assert not low


def test_no_claims_on_negative_documents(report: dict, floors: dict[str, float]) -> None:
    assert report["negative_claims"] <= floors["negative_claims_max"]


def test_floors_never_drop_silently() -> None:
    data = json.loads(FLOORS.read_text(encoding="utf-8"))
    for entry in data["history"]:
        assert entry.get("reason"), "every change of floors needs a written reason"
