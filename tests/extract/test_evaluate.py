"""Scoring: one-to-one matching, strict dates at the gold's precision, negatives."""

from __future__ import annotations

from minewatch.extract.evaluate import LabelledDocument, date_matches, score
from minewatch.records import TextDocument


def _row(
    doc: str, type_: str, actor: str | None, date: str | None = None, modality: str = "fact"
) -> dict[str, object]:
    return {
        "doc": doc,
        "type": type_,
        "actor": actor,
        "date": date,
        "modality": modality,
        "quantity": None,
        "counterpart": None,
        "treaty": "APMBC",
    }


def test_date_at_gold_precision() -> None:
    assert date_matches("2025-03", "2025-03-18")
    assert not date_matches("2025-03-18", "2025-03")
    assert date_matches(None, None)
    assert not date_matches(None, "2025")


def test_one_to_one_and_strict() -> None:
    docs = [LabelledDocument(TextDocument("a", "x", lang="en"), False)]
    gold = [_row("a", "use", "RUS", "2022"), _row("a", "use", "RUS", "2024")]
    predicted = [
        _row("a", "use", "RUS", "2024-05"),
        _row("a", "use", "RUS", "2024"),
        _row("a", "use", "UKR"),
    ]
    report = score(gold, predicted, docs).as_dict()
    assert report["loose"]["matched"] == 2
    assert report["loose"]["predicted"] == 3
    assert report["strict"]["matched"] == 1
    assert report["by"]["loose"]["lang"]["en"]["gold"] == 2


def test_claims_on_negative_documents_are_counted() -> None:
    docs = [LabelledDocument(TextDocument("n", "x", lang="fi"), True)]
    report = score([], [_row("n", "use", "FIN")], docs)
    assert report.negative_claims == 1
    assert report.loose.scores()["precision"] == 0.0


def test_category_precision_uses_the_prediction_category() -> None:
    docs = [LabelledDocument(TextDocument("a", "x", lang="en"), False)]
    gold = [
        _row("a", "use", "RUS", modality="alleged"),
        _row("a", "use", "UKR", modality="alleged"),
    ]
    predicted = [_row("a", "use", "RUS", modality="fact"), _row("a", "use", "UKR", modality="fact")]
    by_modality = score(gold, predicted, docs).as_dict()["by"]["loose"]["modality"]
    assert by_modality["alleged"]["recall"] == 1.0 and by_modality["alleged"]["precision"] == 0.0
    assert by_modality["fact"]["precision"] == 1.0 and by_modality["fact"]["recall"] == 0.0
