"""A truth table of legal cases: facts, a date, and what the law makes of them (APMBC rules)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from minewatch.law import (
    ArmedConflict,
    DeadlineExtension,
    ObligationFinding,
    TreatyAction,
    bundled_treaties,
    state_status,
    treaty_entry_into_force,
)
from tests.law.helpers import act, conflict, extension, facts_with, finding

APMBC = bundled_treaties()["APMBC"]


@dataclass(frozen=True)
class Case:
    name: str
    actions: tuple[TreatyAction, ...]
    on: str
    status: str
    eif: str | None = None
    effective: str | None = "not checked"
    flags: tuple[str, ...] = ()
    conflicts: tuple[ArmedConflict, ...] = ()
    extensions: tuple[DeadlineExtension, ...] = ()
    findings: tuple[ObligationFinding, ...] = ()
    obligations: dict[str, str] = field(default_factory=dict)


SIGNED = act("signature", "1997-12-04")
CASES = [
    Case("no act at all", (), "2020-01-01", "non_signatory"),
    Case("signed only", (SIGNED,), "2020-01-01", "signatory"),
    Case("signed, before signature date", (SIGNED,), "1997-12-03", "non_signatory"),
    Case(
        "ratified before the treaty's entry into force: consented until then",
        (SIGNED, act("ratification", "1998-05-05")),
        "1999-02-28",
        "consented",
        eif="1999-03-01",
    ),
    Case(
        "ratified before the treaty's entry into force: party with it",
        (SIGNED, act("ratification", "1998-05-05")),
        "1999-03-01",
        "party",
        eif="1999-03-01",
    ),
    Case(
        "ratified in the month of the 40th instrument: in force with the treaty",
        (SIGNED, act("ratification", "1998-09-30")),
        "1999-03-01",
        "party",
        eif="1999-03-01",
    ),
    Case(
        "ratified between the 40th instrument and entry into force: own six months",
        (SIGNED, act("ratification", "1998-11-20")),
        "1999-04-30",
        "consented",
        eif="1999-05-01",
    ),
    Case(
        "between the 40th and entry into force, on its own date",
        (SIGNED, act("ratification", "1998-11-20")),
        "1999-05-01",
        "party",
        eif="1999-05-01",
    ),
    Case(
        "accession deposited on the 1st of a month",
        (act("accession", "2003-01-01"),),
        "2003-07-01",
        "party",
        eif="2003-07-01",
    ),
    Case(
        "accession deposited on the 31st of a month",
        (act("accession", "2003-01-31"),),
        "2003-06-30",
        "consented",
        eif="2003-07-01",
    ),
    Case(
        "accession on 31 August: first day of February",
        (act("accession", "2003-08-31"),),
        "2004-02-01",
        "party",
        eif="2004-02-01",
    ),
    Case(
        "withdrawal notified: withdrawing the same day",
        (act("accession", "2003-01-10"), act("withdrawal_notification", "2025-08-20")),
        "2025-08-20",
        "withdrawing",
        eif="2003-07-01",
        effective="2026-02-20",
    ),
    Case(
        "withdrawal takes effect six months after receipt, same day",
        (act("accession", "2003-01-10"), act("withdrawal_notification", "2025-08-20")),
        "2026-02-20",
        "withdrawn",
        eif="2003-07-01",
        effective="2026-02-20",
        obligations={"clearance": "unknown"},
    ),
    Case(
        "withdrawal notified 31 August: effective 28 February",
        (act("accession", "2003-01-10"), act("withdrawal_notification", "2025-08-31")),
        "2026-02-27",
        "withdrawing",
        effective="2026-02-28",
    ),
    Case(
        "withdrawal notified 31 August: effective 29 February in a leap year",
        (act("accession", "2003-01-10"), act("withdrawal_notification", "2027-08-31")),
        "2028-02-29",
        "withdrawn",
        effective="2028-02-29",
    ),
    Case(
        "withdrawal during an armed conflict: the period runs out during it",
        (act("accession", "2003-01-10"), act("withdrawal_notification", "2025-01-10")),
        "2025-07-10",
        "withdrawal_suspended",
        effective="2026-01-01",
        flags=("in_armed_conflict",),
        conflicts=(conflict("POL", "2024-01-01", "2025-12-31"),),
    ),
    Case(
        "withdrawal during an armed conflict: still held back on the conflict's last day",
        (act("accession", "2003-01-10"), act("withdrawal_notification", "2025-01-10")),
        "2025-12-31",
        "withdrawal_suspended",
        effective="2026-01-01",
        flags=("in_armed_conflict",),
        conflicts=(conflict("POL", "2024-01-01", "2025-12-31"),),
    ),
    Case(
        "withdrawal during an armed conflict: effective the day after it ends",
        (act("accession", "2003-01-10"), act("withdrawal_notification", "2025-01-10")),
        "2026-01-01",
        "withdrawn",
        effective="2026-01-01",
        conflicts=(conflict("POL", "2024-01-01", "2025-12-31"),),
    ),
    Case(
        "withdrawal during an armed conflict that has not ended",
        (act("accession", "2003-01-10"), act("withdrawal_notification", "2025-01-10")),
        "2030-01-01",
        "withdrawal_suspended",
        effective=None,
        flags=("in_armed_conflict",),
        conflicts=(conflict("POL", "2024-01-01", None),),
    ),
    Case(
        "conflict ended before the six months ran out: no effect on the date",
        (act("accession", "2003-01-10"), act("withdrawal_notification", "2025-01-10")),
        "2025-07-10",
        "withdrawn",
        effective="2025-07-10",
        conflicts=(conflict("POL", "2024-01-01", "2025-07-09"),),
    ),
    Case(
        "conflict starting after the six months: no effect",
        (act("accession", "2003-01-10"), act("withdrawal_notification", "2025-01-10")),
        "2025-07-10",
        "withdrawn",
        effective="2025-07-10",
        conflicts=(conflict("POL", "2025-07-11", None),),
    ),
    Case(
        "only the effective date is published: party until it",
        (act("accession", "2003-01-10"), act("withdrawal_effective", "2025-03-06")),
        "2025-03-05",
        "party",
        effective="2025-03-06",
    ),
    Case(
        "only the effective date is published: withdrawn from it, flagged",
        (act("accession", "2003-01-10"), act("withdrawal_effective", "2025-03-06")),
        "2025-03-06",
        "withdrawn",
        effective="2025-03-06",
        flags=("withdrawal_effective_published",),
    ),
    Case(
        "a 'suspension' the treaty does not provide for: still a party, flagged",
        (SIGNED, act("ratification", "2005-12-27"), act("suspension_notification", "2025-07-18")),
        "2026-02-21",
        "party",
        eif="2006-06-01",
        flags=("suspension_claimed",),
    ),
    Case(
        "before the 'suspension' notification: no flag",
        (SIGNED, act("ratification", "2005-12-27"), act("suspension_notification", "2025-07-18")),
        "2025-07-17",
        "party",
        flags=(),
    ),
    Case(
        "succession: bound from the date of succession",
        (act("succession", "2006-10-23", "POL", succession_date="2006-06-03", predecessor="SCG"),),
        "2006-06-03",
        "party",
        eif="2006-06-03",
    ),
    Case(
        "succession: the day before the succession",
        (act("succession", "2006-10-23", "POL", succession_date="2006-06-03", predecessor="SCG"),),
        "2006-06-02",
        "non_signatory",
        eif="2006-06-03",
    ),
    Case(
        "succession: flagged once notified",
        (act("succession", "2006-10-23", "POL", succession_date="2006-06-03", predecessor="SCG"),),
        "2006-10-23",
        "party",
        flags=("successor_of_SCG",),
        obligations={"stockpile_destruction": "pending", "initial_report": "pending"},
    ),
    Case(
        "extended clearance deadline: pending until the extended date",
        (act("accession", "2011-01-10"),),
        "2022-01-01",
        "party",
        eif="2011-07-01",
        flags=("clearance_deadline_extended",),
        extensions=(extension("POL", "2026-07-01"),),
        obligations={"clearance": "pending", "stockpile_destruction": "unknown"},
    ),
    Case(
        "obligations after withdrawal: deadlines after the effect end with it",
        (act("accession", "2025-06-25"), act("withdrawal_notification", "2026-01-05")),
        "2026-08-01",
        "withdrawn",
        eif="2025-12-01",
        effective="2026-07-05",
        obligations={
            "stockpile_destruction": "ended_by_withdrawal",
            "clearance": "ended_by_withdrawal",
            "initial_report": "unknown",
        },
    ),
    Case(
        "stockpile destroyed before the deadline: met from the completion date",
        (act("accession", "2003-01-10"),),
        "2006-01-01",
        "party",
        findings=(finding("stockpile_destruction", "completed", "2005-05-05"),),
        obligations={"stockpile_destruction": "met", "clearance": "pending"},
    ),
    Case(
        "completion known but later than the date asked: still pending before the deadline",
        (act("accession", "2003-01-10"),),
        "2005-01-01",
        "party",
        findings=(finding("stockpile_destruction", "completed", "2005-05-05"),),
        obligations={"stockpile_destruction": "pending"},
    ),
    Case(
        "completed after the deadline: overdue in between",
        (act("accession", "2003-01-10"),),
        "2008-01-01",
        "party",
        findings=(finding("stockpile_destruction", "completed", "2009-02-02"),),
        obligations={"stockpile_destruction": "overdue"},
    ),
    Case(
        "completed after the deadline: met once completed",
        (act("accession", "2003-01-10"),),
        "2009-02-02",
        "party",
        findings=(finding("stockpile_destruction", "completed", "2009-02-02"),),
        obligations={"stockpile_destruction": "met"},
    ),
    Case(
        "found not completed after the deadline: overdue",
        (act("ratification", "2005-12-27"),),
        "2024-01-01",
        "party",
        findings=(finding("stockpile_destruction", "not_completed", "2023-11-14"),),
        obligations={"stockpile_destruction": "overdue", "clearance": "unknown"},
    ),
    Case(
        "found not completed before the deadline: says nothing after it",
        (act("ratification", "2005-12-27"),),
        "2024-01-01",
        "party",
        findings=(finding("stockpile_destruction", "not_completed", "2008-01-01"),),
        obligations={"stockpile_destruction": "unknown"},
    ),
    Case(
        "obligations while withdrawing still run",
        (act("accession", "2025-06-25"), act("withdrawal_notification", "2026-01-05")),
        "2026-03-01",
        "withdrawing",
        obligations={"stockpile_destruction": "pending", "initial_report": "pending"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_truth_table(case: Case) -> None:
    facts = facts_with(
        *case.actions,
        conflicts=case.conflicts,
        extensions=case.extensions,
        findings=case.findings,
    )
    status = state_status(APMBC, facts, "POL", date.fromisoformat(case.on))
    assert status.status == case.status
    if case.eif is not None:
        assert str(status.entry_into_force_date) == case.eif
    if case.effective != "not checked":
        expected = date.fromisoformat(case.effective) if case.effective else None
        assert status.withdrawal_effective_date == expected
    assert set(status.flags) == set(case.flags)
    for obligation_id, state in case.obligations.items():
        obligation = status.obligation(obligation_id)
        assert obligation is not None
        assert obligation.state == state, obligation_id


def test_treaty_entry_into_force_needs_the_nth_instrument() -> None:
    assert treaty_entry_into_force(APMBC, facts_with()).value == date(1999, 3, 1)
    few = facts_with()
    few = type(few)(few.actions[:39])
    explanation = treaty_entry_into_force(APMBC, few)
    assert explanation.value is None
    assert "39 instruments deposited; 40 needed" in explanation.arithmetic


def test_ratification_before_treaty_in_force_is_consented_with_unknown_date() -> None:
    few = facts_with(act("ratification", "1998-02-01"))
    few = type(few)(few.actions[:38] + few.actions[-1:])
    status = state_status(APMBC, few, "POL", date(2001, 1, 1))
    assert status.status == "consented"
    assert status.entry_into_force_date is None


def test_deadlines_and_reports_of_a_party() -> None:
    facts = facts_with(act("accession", "2012-01-09"))
    status = state_status(APMBC, facts, "POL", date(2020, 5, 1))
    assert status.entry_into_force_date == date(2012, 7, 1)
    row = status.row()
    assert row["stockpile_destruction_deadline"] == "2016-07-01"
    assert row["clearance_deadline_original"] == row["clearance_deadline_current"] == "2022-07-01"
    assert row["initial_report_due"] == "2012-12-28"
    assert row["next_annual_report_due"] == "2021-04-30"


def test_extension_keeps_original_and_current_deadline() -> None:
    facts = facts_with(act("accession", "2011-01-10"), extensions=(extension("POL", "2026-07-01"),))
    row = state_status(APMBC, facts, "POL", date(2022, 1, 1)).row()
    assert row["clearance_deadline_original"] == "2021-07-01"
    assert row["clearance_deadline_current"] == "2026-07-01"
