from __future__ import annotations

import pytest

from minewatch.law import bundled_treaties, read_facts
from minewatch.reconcile.contradictions import ConfirmedView, against_confirmed, between_claims
from minewatch.reconcile.legal import LawContext, against_law
from minewatch.reconcile.merge import merge_claims
from tests.reconcile.factory import sc


@pytest.fixture(scope="module")
def law() -> LawContext:
    return LawContext(bundled_treaties(), read_facts())


def test_disagreeing_dates_for_one_event() -> None:
    items = [
        sc("withdrawal_effective", "LTU", "2025-03-06", doc="a", treaty="CCM"),
        sc("withdrawal_effective", "LTU", "2025-03", doc="b", treaty="CCM"),
        sc("withdrawal_effective", "LTU", "2023", doc="dev-018", treaty="CCM"),
    ]
    [event] = merge_claims(items)
    [found] = between_claims(event.fields, items)
    assert found.kind == "date" and found.severity == 3
    assert "dev-018" in found.explanation and "2023" in found.explanation
    assert "2025-03-06" in found.explanation
    assert set(found.claim_ids) == {i.id for i in items}


def test_stale_date_in_syndicated_copy_is_low_severity() -> None:
    items = [
        sc("withdrawal_deposit", "POL", "2025-08-20", doc="dev-023", group="g"),
        sc("withdrawal_deposit", "POL", "2025-08-20", doc="dev-025"),
        sc("withdrawal_deposit", "POL", "2025-08-21", doc="dev-024", group="g"),
    ]
    [event] = merge_claims(items)
    [found] = between_claims(event.fields, items)
    assert found.severity == 1 and "stale relative date" in found.explanation


def test_vote_counts_disagree() -> None:
    items = [
        sc("withdrawal_vote", "POL", "2025-06-26", quantity=413, unit="votes in favour"),
        sc("withdrawal_vote", "POL", "2025-06-26", quantity=412, unit="votes in favour", doc="x"),
    ]
    [event] = merge_claims(items)
    [found] = between_claims(event.fields, items)
    assert found.kind == "quantity"
    assert "412 votes in favour" in found.explanation and "413" in found.explanation


def test_fact_against_denial() -> None:
    items = [
        sc("withdrawal_effective", "FIN", "2024", doc="dev-048"),
        sc("withdrawal_effective", "FIN", "2024", doc="dev-048", modality="denied"),
    ]
    [event] = merge_claims(items)
    kinds = {c.kind for c in between_claims(event.fields, items)}
    assert kinds == {"modality"}


def test_withdrawn_on_the_day_of_a_parliamentary_vote(law: LawContext) -> None:
    claim = sc(
        "withdrawal_effective", "LTU", None, doc="v", published="2025-04-16",
        evidence="Lithuania has withdrawn from the Ottawa Convention",
    )  # fmt: skip
    [found] = against_law([claim], law)
    assert found.kind == "law"
    assert "'party' on 2025-04-16" in found.explanation
    assert "no withdrawal notification" not in found.explanation  # by then none was notified...
    # ... and the explanation shows the engine's arithmetic from the later notification
    assert "2025-06-27" in found.explanation or "depositary" in found.explanation


def test_withdrawal_effective_on_a_date_the_treaty_excludes(law: LawContext) -> None:
    claim = sc("withdrawal_effective", "LVA", "2025-10", modality="planned", doc="dev-029")
    [found] = against_law([claim], law)
    assert "2025-12-27" in found.explanation and "Art. 20" in found.explanation
    right = sc("withdrawal_effective", "POL", "2026-02-20", modality="planned")
    month = sc("withdrawal_effective", "POL", "2026-02", modality="planned")
    assert against_law([right, month], law) == []


def test_ukraine_left_while_suspension_has_no_legal_effect(law: LawContext) -> None:
    claim = sc(
        "withdrawal_effective", "UKR", None, doc="u", published="2025-09-01",
        evidence="Ukraine has left the Ottawa treaty",
    )  # fmt: skip
    [found] = against_law([claim], law)
    assert "suspension" in found.explanation and "'party'" in found.explanation


def test_false_completion_claim_and_true_one(law: LawContext) -> None:
    wrong = sc("withdrawal_effective", "FIN", "2024", doc="dev-048")
    right = sc("withdrawal_effective", "LTU", "2025-12-27", doc="dev-057")
    [found] = against_law([wrong, right], law)
    assert found.claim_ids == (wrong.id,)


def test_membership_dates_against_depositary(law: LawContext) -> None:
    wrong = sc("accession", "UKR", "1999", doc="dev-038")
    right = sc("accession", "POL", "2013", doc="dev-064")  # party since EIF 2013-06-01
    ratified = sc("ratification", "POL", "2012", doc="dev-001")
    deposit = sc("withdrawal_deposit", "POL", "2025-08-21", doc="dev-024")
    eif = sc("entry_into_force", None, "1999-03-01")
    found = against_law([wrong, right, ratified, deposit, eif], law)
    assert [c.claim_ids for c in found] == [(wrong.id,), (deposit.id,)]
    assert "2005-12-27" in found[0].explanation


def test_claims_against_a_confirmed_event() -> None:
    items = [
        sc("withdrawal_vote", "POL", "2025-06-26", quantity=413, unit="votes in favour"),
        sc("withdrawal_vote", "POL", "2025-06-26", quantity=412, unit="votes in favour"),
        sc("withdrawal_vote", "POL", "2025-06-26", modality="denied"),
    ]
    view = ConfirmedView(7, "confirmed", "2025-06-26", 413, 413, "fact", "ana", "2026-01-01")
    found = against_confirmed(view, items)
    assert [c.claim_ids for c in found] == [(items[1].id,), (items[2].id,)]
    assert "event 7 confirmed by ana" in found[0].explanation
    assert against_confirmed(ConfirmedView(7, "new", None, None, None, "fact", "", ""), items) == []


def test_a_denied_false_exit_agrees_with_the_law(law: LawContext) -> None:
    denial = sc("withdrawal_effective", "FIN", "2024", doc="dev-048", modality="denied")
    urged = sc("withdrawal_effective", "FIN", "2024", doc="x", modality="urged")
    assert against_law([denial, urged], law) == []
