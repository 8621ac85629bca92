"""Treaty facts in the store, on SQLite and PostgreSQL: load, add, list, refuse, idempotence."""

from __future__ import annotations

from datetime import date

import pytest

from minewatch.errors import FactError
from minewatch.law import Facts, bundled_treaties, read_facts, state_status
from minewatch.store import Store
from minewatch.store.actions import (
    add_action,
    list_actions,
    load_bundled_facts,
    load_facts,
)
from minewatch.store.actions import read_facts as read_stored_facts
from tests.law.helpers import act, facts_with, finding

APMBC = bundled_treaties()["APMBC"]


def test_init_loads_the_bundled_facts_once(store: Store) -> None:
    first = load_bundled_facts(store)
    assert (first.actions, first.extensions, first.conflicts) == (522, 21, 1)
    again = load_bundled_facts(store)
    assert (again.actions, again.extensions, again.conflicts) == (0, 0, 0)
    stored = read_stored_facts(store)
    bundled = read_facts()
    assert set(stored.actions) == set(bundled.actions)
    assert set(stored.extensions) == set(bundled.extensions)
    assert set(stored.conflicts) == set(bundled.conflicts)


def test_stored_facts_give_the_same_law(store: Store) -> None:
    load_bundled_facts(store)
    stored = read_stored_facts(store)
    on = date(2026, 2, 21)
    assert (
        state_status(APMBC, stored, "POL", on).row()
        == state_status(APMBC, read_facts(), "POL", on).row()
    )


def test_add_action_records_source_and_author(store: Store) -> None:
    load_facts(store, facts_with(), added_by="test")
    action = act("accession", "2012-01-09", "USA")
    assert add_action(store, action, added_by="analyst@example.org")
    assert not add_action(store, action, added_by="analyst@example.org")
    found = list_actions(store, treaty="APMBC", iso3="USA")
    assert len(found) == 1
    assert found[0].action == action
    assert found[0].added_by == "analyst@example.org"
    assert found[0].row()["source"] == "https://example.org/test-fact"
    assert found[0].added_at


@pytest.mark.parametrize(
    ("action", "message"),
    [
        (act("ratification", "2013-01-05", "GMB"), "MW404 .* second consent by GMB"),
        (act("withdrawal_notification", "2020-01-05", "USA"), "MW405 .* never consented"),
        (act("accession", "2999-01-05", "USA"), "MW403 .* after today"),
    ],
)
def test_add_action_refuses_inconsistent_records(
    store: Store, action: object, message: str
) -> None:
    load_facts(store, facts_with(), added_by="test")
    before = len(list_actions(store))
    with pytest.raises(FactError, match=message):
        add_action(store, action)  # type: ignore[arg-type]
    assert len(list_actions(store)) == before


def test_loading_is_all_or_nothing(store: Store) -> None:
    good = facts_with()
    bad = Facts((*good.actions, act("withdrawal_notification", "2020-01-05", "USA")))
    with pytest.raises(FactError):
        load_facts(store, bad, added_by="test")
    assert list_actions(store) == ()
    assert read_stored_facts(store) == Facts()


def test_findings_round_trip(store: Store) -> None:
    base = facts_with(act("accession", "2003-01-10"))
    done = finding("stockpile_destruction", "completed", "2005-05-05")
    summary = load_facts(store, Facts(base.actions, findings=(done,)), added_by="test")
    assert summary.findings == 1
    stored = read_stored_facts(store)
    assert stored.findings == (done,)
    status = state_status(APMBC, stored, "POL", date(2006, 1, 1))
    stockpile = status.obligation("stockpile_destruction")
    assert stockpile is not None
    assert stockpile.state == "met"
    assert stockpile.explanation.facts[0].origin.startswith("obligation_findings #")


def test_concurrent_writers_cannot_both_add_a_first_consent(store: Store) -> None:
    from concurrent.futures import ThreadPoolExecutor

    load_facts(store, facts_with(), added_by="test")
    attempts = [act(kind, "2012-01-09", "USA") for kind in ("accession", "ratification")] * 3

    def attempt(action: object) -> str:
        try:
            return "added" if add_action(store, action) else "duplicate"  # type: ignore[arg-type]
        except FactError as exc:
            return exc.code

    with ThreadPoolExecutor(max_workers=6) as pool:
        outcomes = list(pool.map(attempt, attempts))
    assert len(list_actions(store, iso3="USA")) == 1
    assert outcomes.count("added") == 1
    assert outcomes.count("duplicate") == 2
    assert outcomes.count("MW404") == 3
