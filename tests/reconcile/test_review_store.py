from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

from minewatch.errors import ReconcileError
from minewatch.reconcile.pipeline import reconcile
from minewatch.reconcile.review import (
    ReviewError,
    check_transition,
    parse_corrections,
    replay_store,
    review_event,
)
from minewatch.store import Store
from minewatch.store.actions import list_actions, load_bundled_facts
from minewatch.store.events import (
    EventConflict,
    audit_log,
    get_event,
    list_contradictions,
    list_events,
)
from tests.reconcile.factory import sc
from tests.reconcile.storefill import add_sourced

VOTES = [
    sc("withdrawal_vote", "POL", "2025-06-26", doc="dev-016", outlet="PL news",
       quantity=413, unit="votes in favour", evidence="Sejm uchwalił. Za głosowało 413 posłów"),
    sc("withdrawal_vote", "POL", "2025-06", doc="dev-023", outlet="Baltic Wire Service",
       evidence="The Sejm approved the withdrawal bill in June"),
    sc("withdrawal_vote", "POL", "2025-07", doc="dev-023", outlet="Baltic Wire Service",
       evidence="and the Senate in July"),
    sc("withdrawal_deposit", "POL", "2025-08-20", doc="dev-023", outlet="Baltic Wire Service",
       evidence="Poland yesterday formally notified the United Nations"),
    sc("withdrawal_deposit", "POL", "2025-08-21", doc="dev-024", outlet="Nordic Daily",
       group="dev-023", evidence="Poland yesterday formally notified the United Nations"),
]  # fmt: skip


def _vote(store: Store) -> int:
    [event] = list_events(store, type="withdrawal_vote", iso3="POL")[:1]
    return event.id


def test_reconcile_builds_events_and_is_incremental(store: Store) -> None:
    add_sourced(store, VOTES[:4])
    first = reconcile(store)
    assert (first.claims, first.created) == (4, 3)
    again = reconcile(store)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    add_sourced(store, VOTES[4:])
    third = reconcile(store)
    assert (third.created, third.updated) == (0, 1)
    [deposit] = list_events(store, type="withdrawal_deposit")
    assert len(deposit.claim_ids) == 2 and deposit.fields.date == "2025-08-20"
    found = {c.contradiction.kind: c.contradiction for c in list_contradictions(store, deposit.id)}
    assert sorted(found) == ["date", "law"]  # the copy's stale date, and against the depositary
    assert found["date"].severity == 1 and "2025-08-21" in found["law"].explanation


def test_review_transitions_and_reasons(store: Store) -> None:
    add_sourced(store, VOTES[:3])
    reconcile(store)
    event_id = _vote(store)
    with pytest.raises(ReviewError, match="reason"):
        review_event(store, event_id, "confirm", who="ana", reason=" ")
    done = review_event(store, event_id, "confirm", who="ana", reason="matches Sejm record")
    assert (done.event.state, done.event.version, done.event.reviewed_by) == ("confirmed", 2, "ana")
    with pytest.raises(ReviewError, match="cannot confirm an event that is confirmed"):
        review_event(store, event_id, "confirm", who="bo", reason="again")
    assert check_transition("rejected", "confirm") == "confirmed"
    with pytest.raises(ReviewError):
        parse_corrections({"date": "2025-13-40"})
    with pytest.raises(ReviewError):
        parse_corrections({"colour": "red"})


def test_bitemporal_as_of_and_replay_of_audit_log(store: Store) -> None:
    add_sourced(store, VOTES[:3])
    reconcile(store)
    event_id = _vote(store)
    before = get_event(store, event_id)
    review_event(store, event_id, "correct", who="ana", reason="Sejm record says 2025-06-26",
                 corrections=parse_corrections({"quantity": "412"}))  # fmt: skip
    middle = get_event(store, event_id).recorded_from
    time.sleep(0.01)
    review_event(store, event_id, "confirm", who="bo", reason="checked the stenogram")
    old = {e.id: e for e in list_events(store, as_of=before.recorded_from)}[event_id]
    assert (old.state, old.fields.quantity) == ("new", 413)
    mid = {e.id: e for e in list_events(store, as_of=middle)}[event_id]
    assert (mid.state, mid.fields.quantity, mid.reviewed_by) == ("corrected", 412, "ana")
    now = {e.id: e for e in list_events(store)}[event_id]
    assert (now.state, now.reviewed_by, now.version) == ("confirmed", "bo", 3)
    assert list_events(store, as_of="2000-01-01T00:00") == []
    # the audit log alone rebuilds every event exactly
    rebuilt = replay_store(store)
    for event in list_events(store):
        row = rebuilt[event.id]
        assert {k: row[k] for k in ("state", "version", "quantity", "date", "reviewed_by")} == {
            "state": event.state, "version": event.version, "quantity": event.fields.quantity,
            "date": event.fields.date, "reviewed_by": event.reviewed_by,
        }  # fmt: skip
        assert row["claim_ids"] == list(event.claim_ids)
    entries = audit_log(store, event_id)
    assert [(e.action, e.actor) for e in entries] == [
        ("create", "minewatch reconcile"), ("correct", "ana"), ("confirm", "bo"),
    ]  # fmt: skip
    assert entries[1].changes == {"quantity": [413, 412], "state": ["new", "corrected"]}
    assert entries[1].reason == "Sejm record says 2025-06-26"


def test_audit_log_is_append_only(store: Store) -> None:
    add_sourced(store, VOTES[:1])
    reconcile(store)
    with pytest.raises(Exception, match="append-only"), store.begin() as conn:
        conn.execute(text("UPDATE event_audit SET reason = 'rewritten'"))
    with pytest.raises(Exception, match="append-only"), store.begin() as conn:
        conn.execute(text("DELETE FROM event_audit"))
    assert len(audit_log(store)) == 1


def test_stale_version_is_refused(store: Store) -> None:
    add_sourced(store, VOTES[:1])
    reconcile(store)
    event_id = _vote(store)
    review_event(store, event_id, "confirm", who="ana", reason="ok", expected_version=1)
    with pytest.raises(EventConflict, match="version 1, it is now version 2"):
        review_event(store, event_id, "reject", who="bo", reason="no", expected_version=1)


def test_two_analysts_correct_one_event_at_once(store: Store) -> None:
    add_sourced(store, VOTES[:1])
    reconcile(store)
    event_id = _vote(store)
    version = get_event(store, event_id).version
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def correct(who: str, quantity: str) -> None:
        barrier.wait()
        try:
            review_event(store, event_id, "correct", who=who, reason=f"{who}'s source",
                         expected_version=version,
                         corrections=parse_corrections({"quantity": quantity}))  # fmt: skip
            outcomes[who] = "ok"
        except EventConflict:
            outcomes[who] = "conflict"

    threads = [threading.Thread(target=correct, args=a) for a in (("ana", "412"), ("bo", "414"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes.values()) == ["conflict", "ok"]
    winner = next(w for w, o in outcomes.items() if o == "ok")
    final = get_event(store, event_id)
    assert final.version == version + 1 and final.reviewed_by == winner
    assert final.fields.quantity == {"ana": 412, "bo": 414}[winner]
    corrections = [e for e in audit_log(store, event_id) if e.action == "correct"]
    assert [e.actor for e in corrections] == [winner]


def test_confirmed_treaty_action_flows_into_law_facts(store: Store) -> None:
    load_bundled_facts(store)
    items = [
        sc("withdrawal_deposit", "EST", "2025-06-27", doc="n1", outlet="UN Treaty Collection",
           evidence="Estonia notified its withdrawal"),
        sc("ratification", "FIN", "2011-12-09", doc="n2", outlet="FI news", treaty="CCM",
           evidence="Finland ratified the CCM"),
        sc("accession", "FIN", "2012-01-09", doc="n3", outlet="FI radio", treaty="CCM",
           evidence="Finland joined the CCM"),
        sc("accession", "FIN", "2012", doc="n4", outlet="FI blog", treaty="CCM",
           evidence="Finland joined the CCM in 2012"),
    ]  # fmt: skip
    add_sourced(store, items)
    reconcile(store)
    [est] = list_events(store, iso3="EST")
    outcome = review_event(store, est.id, "confirm", who="ana", reason="depositary notice")
    assert outcome.law_action == (
        "treaty action APMBC EST withdrawal_notification 2025-06-27 already in the facts"
    )
    fin = {e.fields.type: e for e in list_events(store, iso3="FIN")}
    outcome = review_event(store, fin["ratification"].id, "confirm", who="ana", reason="gazette")
    assert outcome.law_action == "treaty action CCM FIN ratification 2011-12-09 added to the facts"
    [stored] = list_actions(store, treaty="CCM", iso3="FIN")
    assert "minewatch event" in stored.action.source and "n2" in stored.action.source
    assert stored.added_by == f"ana (event {fin['ratification'].id})"
    # a second instrument of consent is refused by the law engine, and the analyst is told why
    outcome = review_event(store, fin["accession"].id, "confirm", who="ana", reason="radio")
    assert outcome.law_action is not None and "refused by the law engine" in outcome.law_action
    assert "second consent" in outcome.law_action
    assert len(list_actions(store, treaty="CCM", iso3="FIN")) == 1
    # an event dated only to the year records no depositary action
    review = review_event(store, fin["accession"].id, "correct", who="bo", reason="year only",
                          corrections={"date": "2012"})  # fmt: skip
    assert review.law_action is None


def test_rejected_event_contradiction_against_confirmed(store: Store) -> None:
    items = [
        sc("withdrawal_vote", "POL", "2025-06-26", doc="a", outlet="A", quantity=413,
           unit="votes in favour", evidence="Sejm: 413"),
        sc("withdrawal_vote", "POL", "2025-06-26", doc="b", outlet="B", quantity=412,
           unit="votes in favour", evidence="Sejm: 412"),
    ]  # fmt: skip
    add_sourced(store, items)
    reconcile(store)
    event_id = _vote(store)
    review_event(store, event_id, "correct", who="ana", reason="official result",
                 corrections={"quantity": 413.0, "quantity_max": 413.0})  # fmt: skip
    kinds = sorted(c.contradiction.kind for c in list_contradictions(store, event_id))
    assert kinds == ["confirmed", "quantity"]
    with pytest.raises(ReconcileError):
        get_event(store, 99999)


def test_depositary_record_settles_a_tied_date(store: Store) -> None:
    items = [
        sc("entry_into_force", "POL", "1999-03-01", doc="a", outlet="A",
           evidence="The convention itself entered into force on 1 March 1999"),
        sc("entry_into_force", "POL", "1999-03-01", doc="b", outlet="B",
           evidence="The convention itself entered into force on 1 March 1999"),
        sc("entry_into_force", "POL", "2013-06", doc="a", outlet="A",
           evidence="the treaty entered into force for Poland in June 2013"),
        sc("entry_into_force", "POL", "2013-06", doc="b", outlet="B",
           evidence="the treaty entered into force for Poland in June 2013"),
    ]  # fmt: skip
    add_sourced(store, items)
    reconcile(store)
    [event] = list_events(store)
    assert event.fields.date == "2013-06"  # a 2:2 tie the depositary record (2013-06-01) settles
    found = {c.contradiction.kind: c.contradiction for c in list_contradictions(store, event.id)}
    assert "date it 1999-03-01, but" in found["date"].explanation
