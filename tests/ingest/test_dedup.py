"""Near-duplicate detection: precision and recall on edited pairs, with pinned floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minewatch.ingest.dedup import (
    DEFAULT_THRESHOLD,
    NearDuplicateIndex,
    from_bytes,
    signature,
    text_hash,
    to_bytes,
)
from minewatch.ingest.dedup_eval import evaluate
from tests.ingest.samples import TEXTS


@pytest.fixture(scope="module")
def dev_corpus(shared_dir: Path) -> tuple[list[str], set[frozenset[int]]]:
    """The dev texts and the pairs the corpus labels as syndicated copies."""
    docs = sorted((shared_dir / "corpus" / "dev" / "docs").glob("dev-*.txt"))
    position = {p.stem: i for i, p in enumerate(docs)}
    same: set[frozenset[int]] = set()
    for line in (shared_dir / "corpus" / "dev" / "index.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        if record.get("near_duplicate_of") in position and record["id"] in position:
            same.add(frozenset((position[record["id"]], position[record["near_duplicate_of"]])))
    return [p.read_text(encoding="utf-8") for p in docs], same


@pytest.mark.parametrize(
    ("level", "precision", "recall"), [("light", 1.0, 1.0), ("medium", 1.0, 0.9)]
)
def test_precision_and_recall_floors_on_edited_pairs(
    dev_corpus: tuple[list[str], set[frozenset[int]]], level: str, precision: float, recall: float
) -> None:
    texts, same_story = dev_corpus
    assert len(same_story) == 3
    score = evaluate(texts, DEFAULT_THRESHOLD, level, same_story=same_story)
    print(score.line())
    assert score.positives >= 30 and score.negatives >= 30
    assert score.precision >= precision
    assert score.recall >= recall


def test_the_corpus_labelled_syndicated_copies_are_found(shared_dir: Path) -> None:
    docs = shared_dir / "corpus" / "dev" / "docs"
    index = NearDuplicateIndex()
    for number, name in enumerate(["dev-023", "dev-025", "dev-004", "dev-001", "dev-003"]):
        index.add(number, signature((docs / f"{name}.txt").read_text(encoding="utf-8")))
    for copy, original in [("dev-024", 0), ("dev-026", 1), ("dev-040", 2)]:
        match = index.match(signature((docs / f"{copy}.txt").read_text(encoding="utf-8")))
        assert match is not None and match[0] == original


def test_translations_and_other_languages_are_not_near_duplicates() -> None:
    index = NearDuplicateIndex()
    for number, lang in enumerate(sorted(TEXTS)):
        index.add(number, signature(TEXTS[lang]))
    for lang in TEXTS:
        match = index.match(signature(TEXTS[lang] + " Updated."))
        assert match is not None and sorted(TEXTS)[match[0]] == lang


def test_signatures_survive_the_store_round_trip() -> None:
    minhash = signature(TEXTS["pl"])
    restored = from_bytes(to_bytes(minhash))
    assert restored.jaccard(minhash) == 1.0


def test_exact_hash_ignores_whitespace_and_normalisation_only() -> None:
    assert text_hash("Łódź  i\nKraków ") == text_hash("Łódź i Kraków")
    assert text_hash("Lodz i Krakow") != text_hash("Łódź i Kraków")
