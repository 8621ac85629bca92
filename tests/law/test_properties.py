"""Properties that hold for any facts: checked with hypothesis on generated records."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from minewatch.law import (
    Facts,
    bundled_treaties,
    count_parties,
    party_count_series,
    read_facts,
    state_entry_into_force,
    state_status,
    treaty_entry_into_force,
    withdrawal_of,
)
from tests.law.helpers import act, conflict, facts_with

APMBC = bundled_treaties()["APMBC"]
REAL = read_facts()
days = st.dates(min_value=date(1997, 12, 3), max_value=date(2040, 12, 31))
consents = st.sampled_from(["ratification", "accession", "acceptance", "approval"])


@st.composite
def state_record(draw: st.DrawFn) -> Facts:
    """A State's consent, maybe a withdrawal, maybe a conflict, over the synthetic filler."""
    deposit = draw(days)
    actions = [act(draw(consents), deposit.isoformat())]
    if draw(st.booleans()):
        notice = deposit + timedelta(days=draw(st.integers(0, 8000)))
        actions.append(act("withdrawal_notification", notice.isoformat()))
    conflicts = ()
    if draw(st.booleans()):
        start = draw(days)
        end = draw(st.one_of(st.none(), st.integers(0, 3000)))
        stop = None if end is None else (start + timedelta(days=end)).isoformat()
        conflicts = (conflict("POL", start.isoformat(), stop),)
    return facts_with(*actions, conflicts=conflicts)


@settings(max_examples=100, deadline=None)
@given(state_record())
def test_entry_into_force_is_a_first_and_never_before_the_treaty(facts: Facts) -> None:
    eif = state_entry_into_force(APMBC, facts, "POL").value
    own = treaty_entry_into_force(APMBC, facts).value
    assert isinstance(eif, date)
    assert isinstance(own, date)
    assert eif.day == 1
    assert eif >= own


@settings(max_examples=100, deadline=None)
@given(state_record(), days)
def test_never_party_before_entry_into_force_or_after_withdrawal(facts: Facts, on: date) -> None:
    status = state_status(APMBC, facts, "POL", on)
    eif = status.entry_into_force_date
    effective = withdrawal_of(APMBC, facts, "POL").effective
    if status.status in ("party", "withdrawing", "withdrawal_suspended"):
        assert eif is not None and on >= eif
        assert effective is None or on < effective
    if eif is None or on < eif:
        assert status.status in ("non_signatory", "signatory", "consented")
    if effective is not None and on >= effective:
        assert status.status == "withdrawn"


@settings(max_examples=100, deadline=None)
@given(state_record())
def test_withdrawal_never_takes_effect_before_six_months(facts: Facts) -> None:
    withdrawal = withdrawal_of(APMBC, facts, "POL")
    if withdrawal.notification is not None and withdrawal.effective is not None:
        assert withdrawal.period_end is not None
        assert withdrawal.effective >= withdrawal.period_end > withdrawal.notification.date


def _fact_dates(facts: Facts) -> set[date]:
    """Dates the facts fix: computed entries into force and withdrawal effects."""
    found = set()
    for iso3 in {a.iso3 for a in facts.for_treaty(APMBC.id)}:
        eif = state_entry_into_force(APMBC, facts, iso3).value
        if isinstance(eif, date):
            found.add(eif)
        effective = withdrawal_of(APMBC, facts, iso3).effective
        if effective is not None:
            found.add(effective)
    return found


def test_party_count_changes_only_on_dates_of_facts_real_record() -> None:
    series = party_count_series(APMBC, REAL)
    allowed = _fact_dates(REAL)
    assert {point.date for point in series} <= allowed
    assert [p.date for p in series] == sorted(p.date for p in series)


SERIES = party_count_series(APMBC, REAL)


@settings(max_examples=15, deadline=None)
@given(st.dates(min_value=date(1998, 1, 1), max_value=date(2030, 12, 31)))
def test_party_count_between_change_dates_matches_the_series(on: date) -> None:
    series = SERIES
    expected = max((p for p in series if p.date <= on), key=lambda p: p.date, default=None)
    assert count_parties(APMBC, REAL, on) == (expected.count if expected else 0)
    # no change on the day before unless that day is itself a change date
    before = on - timedelta(days=1)
    if on not in {p.date for p in series}:
        assert count_parties(APMBC, REAL, before) == count_parties(APMBC, REAL, on)


@settings(max_examples=100, deadline=None)
@given(state_record())
def test_party_count_changes_only_on_dates_of_facts_generated(facts: Facts) -> None:
    series = party_count_series(APMBC, facts)
    assert {point.date for point in series} <= _fact_dates(facts)
