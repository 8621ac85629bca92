from __future__ import annotations

from pathlib import Path

import pytest

from minewatch.reconcile.merge import best_date, merge_claims
from minewatch.reconcile.merge_eval import evaluate
from tests.reconcile.factory import sc

CASES = Path(__file__).parent / "data" / "merge_cases.yaml"


def test_merge_case_set_floors() -> None:
    report = evaluate(CASES)
    print(report.summary())
    assert len(report.cases) >= 20
    # only the cases marked hard may fail; the floors cannot silently drop
    for case in report.cases:
        if not case.hard:
            assert not case.false_merges and not case.missed_merges, case.name
    assert report.false_merges <= 1
    assert report.missed_merges <= 1


def test_compatible_precisions_merge_and_best_date_is_precise() -> None:
    items = [
        sc("withdrawal_deposit", "POL", "2025-08", doc="a"),
        sc("withdrawal_deposit", "POL", "2025-08-20", doc="b"),
        sc("withdrawal_deposit", "POL", "2025-08-20", doc="c"),
        sc("withdrawal_deposit", "POL", "2025-08-21", doc="d"),
    ]
    [event] = merge_claims(items)
    assert event.fields.date == "2025-08-20"
    assert event.claim_ids == tuple(sorted(i.id for i in items))


def test_best_date_ignores_denials() -> None:
    items = [
        sc("withdrawal_effective", "FIN", "2024", modality="denied"),
        sc("withdrawal_effective", "FIN", "2024", modality="denied"),
        sc("withdrawal_effective", "FIN", "2026-01-10", modality="planned"),
    ]
    assert best_date(items) == "2026-01-10"


def test_quantity_range_and_modality_of_event() -> None:
    items = [
        sc("withdrawal_vote", "POL", "2025-06-26", quantity=413, unit="votes in favour"),
        sc("withdrawal_vote", "POL", "2025-06-26", quantity=412, unit="votes in favour"),
    ]
    [event] = merge_claims(items)
    f = event.fields
    assert (f.quantity, f.quantity_max, f.unit) == (412, 413, "votes in favour")
    assert f.modality == "fact"


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        ("Sejm uchwalił ustawę", "Senat przyjął ustawę", False),
        ("Sejm uchwalił ustawę", "Sejm przyjął ustawę", True),
        ("Seimas po pateikimo pritarė", "Seimas galutinai pritarė", False),
        ("parliament approved it", "Senat przyjął ustawę", True),
    ],
)
def test_institutions_in_evidence_split_votes(first: str, second: str, together: bool) -> None:
    items = [
        sc("withdrawal_vote", "POL", "2025-07", evidence=first),
        sc("withdrawal_vote", "POL", "2025-07-24", evidence=second),
    ]
    assert (len(merge_claims(items)) == 1) is together


def test_ambiguous_undated_claim_is_not_guessed_onto_one_event() -> None:
    items = [
        sc("transfer", "USA", "2024-11", counterpart="UKR"),
        sc("transfer", "USA", "2025-01", counterpart="UKR"),
        sc("transfer", "USA", None, counterpart="UKR"),
    ]
    events = merge_claims(items)
    assert len(events) == 3


def test_merge_is_independent_of_input_order() -> None:
    items = [
        sc("withdrawal_vote", "POL", "2025-06-26", evidence="Sejm"),
        sc("withdrawal_vote", "POL", "2025-06", evidence="the Sejm"),
        sc("withdrawal_vote", "POL", "2025-07", evidence="Senate"),
        sc("withdrawal_vote", "POL", None, evidence="Senat", modality="planned"),
    ]
    forward = {e.claim_ids for e in merge_claims(items)}
    backward = {e.claim_ids for e in merge_claims(list(reversed(items)))}
    assert forward == backward and len(forward) == 2


def test_impossible_dates_do_not_crash_the_merge() -> None:
    items = [
        sc("withdrawal_vote", "POL", "2025-02-30", evidence="Sejm"),
        sc("withdrawal_vote", "POL", "2025-02-28", evidence="Sejm"),
    ]
    assert len(merge_claims(items)) == 2
