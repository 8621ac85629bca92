"""Merging repeated mentions of one event into one claim per version."""

from __future__ import annotations

from dataclasses import replace

from minewatch.extract.merge import merge_claims
from minewatch.records import Claim


def _claim(
    date: str | None, start: int, modality: str = "fact", quantity: int | None = None
) -> Claim:
    return Claim(
        doc="d",
        type="withdrawal_deposit",
        actor="POL",
        treaty="APMBC",
        date=date,
        quantity=quantity,
        unit=None,
        counterpart=None,
        modality=modality,
        evidence="x",
        start=start,
        end=start + 1,
        confidence=0.7,
        extractor="t@1",
    )


def test_undated_and_coarser_mentions_fold_into_the_precise_one() -> None:
    merged = merge_claims([_claim(None, 0), _claim("2025-08", 10), _claim("2025-08-20", 20)])
    assert [(c.date, c.start) for c in merged] == [("2025-08-20", 20)]


def test_different_dates_and_modalities_are_versions() -> None:
    merged = merge_claims([_claim("2025", 0), _claim("2026", 5), _claim(None, 9, "planned")])
    assert sorted((c.date or "", c.modality) for c in merged) == [
        ("", "planned"),
        ("2025", "fact"),
        ("2026", "fact"),
    ]


def test_different_quantities_stay_apart() -> None:
    merged = merge_claims([_claim(None, 0, quantity=5), _claim(None, 3, quantity=7)])
    assert len(merged) == 2


def _use(counterpart: str | None, date: str | None, start: int) -> Claim:
    return replace(_claim(date, start), type="use", actor="RUS", counterpart=counterpart)


def test_an_unplaced_use_folds_into_the_one_placed_mention() -> None:
    # a headline "Russia keeps laying mines" and the body's "Russia's forces in Ukraine used"
    merged = merge_claims([_use(None, "2024", 0), _use("UKR", None, 50)])
    assert [(c.counterpart, c.date) for c in merged] == [("UKR", "2024")]


def test_an_unplaced_use_stays_beside_two_places() -> None:
    merged = merge_claims([_use(None, None, 0), _use("UKR", None, 50), _use("SYR", None, 90)])
    assert len(merged) == 3


def test_an_unplaced_withdrawal_step_is_not_folded() -> None:
    placed = replace(_claim(None, 5), counterpart="UKR")
    assert len(merge_claims([_claim(None, 0), placed])) == 2


def test_one_callers_calls_on_one_government_are_one_advocacy_event() -> None:
    from dataclasses import replace

    call = replace(_claim("2025-05-20", 0), type="advocacy", actor="ICBL", counterpart="POL")
    other_treaty = replace(call, treaty="CCM", start=40, end=41)
    other_state = replace(call, counterpart="EST", start=60, end=61)
    merged = merge_claims([call, other_treaty, other_state])
    assert sorted((c.counterpart, c.treaty) for c in merged) == [
        ("EST", "APMBC"),
        ("POL", "APMBC"),
    ]
    # weapon or membership events on two treaties stay two events
    joined = replace(_claim("2025", 0), type="accession")
    assert len(merge_claims([joined, replace(joined, treaty="CCM", start=9)])) == 2
