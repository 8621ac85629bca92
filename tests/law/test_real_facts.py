"""The bundled depositary record: what the engine makes of the real facts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from minewatch.law import (
    Facts,
    bundled_treaties,
    count_parties,
    explain,
    overview,
    party_count_series,
    read_facts,
    state_status,
    treaty_entry_into_force,
)
from minewatch.law.bundle import bundled_facts_dir

TREATIES = bundled_treaties()
APMBC, CCM = TREATIES["APMBC"], TREATIES["CCM"]


@pytest.fixture(scope="module")
def facts() -> Facts:
    return read_facts()


def test_treaties_entered_into_force_on_record_dates(facts: Facts) -> None:
    assert treaty_entry_into_force(APMBC, facts).value == date(1999, 3, 1)
    assert treaty_entry_into_force(CCM, facts).value == date(2010, 8, 1)


@pytest.mark.parametrize(
    ("iso3", "effective"),
    [("POL", "2026-02-20"), ("EST", "2025-12-27"), ("LVA", "2025-12-27"),
     ("LTU", "2025-12-27"), ("FIN", "2026-01-10")],
)  # fmt: skip
def test_2025_withdrawals_take_effect_on_record_dates(
    facts: Facts, iso3: str, effective: str
) -> None:
    day = date.fromisoformat(effective)
    before = state_status(APMBC, facts, iso3, day.replace(day=day.day - 1))
    after = state_status(APMBC, facts, iso3, day)
    assert before.status == "withdrawing"
    assert after.status == "withdrawn"
    assert after.withdrawal_effective_date == day


def test_poland_row_on_2026_02_21(facts: Facts) -> None:
    row = state_status(APMBC, facts, "POL", date(2026, 2, 21)).row()
    assert row["status"] == "withdrawn"
    assert row["signature_date"] == "1997-12-04"
    assert row["consent_type"] == "ratification"
    assert row["consent_date"] == "2012-12-27"
    assert row["entry_into_force_date"] == "2013-06-01"
    assert row["withdrawal_notification_date"] == "2025-08-20"
    assert row["withdrawal_effective_date"] == "2026-02-20"
    assert row["stockpile_destruction_deadline"] == "2017-06-01"
    assert row["initial_report_due"] == "2013-11-28"


def test_ukraine_claimed_a_suspension_and_stays_a_party(facts: Facts) -> None:
    status = state_status(APMBC, facts, "UKR", date(2026, 2, 21))
    assert status.status == "party"
    assert "suspension_claimed" in status.flags
    assert "in_armed_conflict" in status.flags


def test_lithuania_ccm_withdrawal_known_by_its_published_date(facts: Facts) -> None:
    status = state_status(CCM, facts, "LTU", date(2025, 3, 6))
    assert status.status == "withdrawn"
    assert status.withdrawal_notification_date is None
    assert "withdrawal_effective_published" in status.flags
    assert state_status(CCM, facts, "LTU", date(2025, 3, 5)).status == "party"


def test_successions_bind_from_the_date_of_succession(facts: Facts) -> None:
    montenegro = state_status(APMBC, facts, "MNE", date(2010, 1, 1))
    assert montenegro.entry_into_force_date == date(2006, 6, 3)
    assert "successor_of_SCG" in montenegro.flags
    south_sudan = state_status(APMBC, facts, "SSD", date(2020, 1, 1))
    assert south_sudan.entry_into_force_date == date(2011, 7, 9)
    clearance = south_sudan.obligation("clearance")
    assert clearance is not None
    assert clearance.original_deadline == date(2021, 7, 9)
    assert clearance.current_deadline == date(2026, 7, 9)


def test_party_counts(facts: Facts) -> None:
    assert count_parties(APMBC, facts, date(2025, 12, 26)) == 166
    assert count_parties(APMBC, facts, date(2026, 2, 21)) == 161
    assert count_parties(CCM, facts, date(2026, 2, 21)) == 111
    series = party_count_series(APMBC, facts)
    assert series[0].date == date(1999, 3, 1)
    assert series[-1].date == date(2026, 2, 20)
    assert series[-1].count == 161
    assert series[-1].left == ("POL",)


def test_why_poland_withdrawal_names_article_fact_and_source(facts: Facts) -> None:
    status = state_status(APMBC, facts, "POL", date(2026, 2, 21))
    why = explain(status, "withdrawal_effective_date")
    assert why.value == date(2026, 2, 20)
    assert why.article == "APMBC Art. 20(2)-(3)"
    assert "2025-08-20 + 6 months = 2026-02-20" in why.arithmetic
    assert why.facts[0].origin.startswith("treaty_actions.csv row ")
    assert "icblcmc.org" in why.to_dict()["facts"][0]["source"]


def test_overview_on_2026_02_21(facts: Facts) -> None:
    picture = overview(TREATIES.values(), facts, date(2026, 2, 21))
    assert picture.party_counts == {"APMBC": 161, "CCM": 111}
    events = {(c.iso3, c.event, str(c.date)) for c in picture.changes}
    assert ("POL", "withdrawal_takes_effect", "2026-02-20") in events
    assert ("TON", "accession", "2025-06-25") in events
    assert ("LTU", "withdrawal_effective", "2025-03-06") in events
    unsettled = {(s.treaty, s.iso3) for s in picture.unsettled}
    assert ("APMBC", "UKR") in unsettled
    assert ("APMBC", "POL") not in unsettled
    assert ("APMBC", "POL") in {
        (s.treaty, s.iso3) for s in overview(TREATIES.values(), facts, date(2026, 1, 1)).unsettled
    }


@pytest.mark.parametrize(
    "name", ["treaty_actions.csv", "deadline_extensions.csv", "armed_conflicts.csv"]
)
def test_bundled_copies_match_the_shared_data(shared_dir: Path, name: str) -> None:
    bundled = Path(str(bundled_facts_dir())) / name
    shared = shared_dir / "data" / "treaty" / name
    assert bundled.read_bytes() == shared.read_bytes(), f"copy {shared} to {bundled}"
