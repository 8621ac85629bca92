"""Entry into force and withdrawal: pure functions of a treaty's rules and the facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from minewatch.law.calendar import add_months, first_of_month_after, is_clamped
from minewatch.law.explain import Explanation
from minewatch.law.facts import CONSENT_ACTIONS, Facts, TreatyAction
from minewatch.law.treaties import Treaty


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def instruments_in_order(treaty: Treaty, facts: Facts) -> tuple[TreatyAction, ...]:
    """Instruments of ratification, acceptance, approval or accession, by date of deposit."""
    return facts.instruments(treaty.id)


def treaty_entry_into_force(treaty: Treaty, facts: Facts) -> Explanation:
    """The treaty's own entry into force (value ``None`` before the Nth instrument)."""
    needed = treaty.instruments_for_entry_into_force
    instruments = instruments_in_order(treaty, facts)
    article = treaty.cite(treaty.entry_into_force.article)
    if len(instruments) < needed:
        return Explanation(
            "treaty_entry_into_force",
            None,
            article,
            treaty.entry_into_force.text,
            f"{len(instruments)} instruments deposited; {needed} needed",
        )
    nth = instruments[needed - 1]
    value = first_of_month_after(nth.date, treaty.months_after_month)
    arithmetic = (
        f"{_ordinal(needed)} instrument: {nth.iso3} {nth.action} deposited {nth.date}; first day "
        f"of the {_ordinal(treaty.months_after_month)} month after {nth.date:%Y-%m} = {value}"
    )
    same_day = [a for a in instruments if a.date == nth.date and a is not nth]
    if same_day:
        others = ", ".join(a.iso3 for a in same_day)
        arithmetic += f" (deposited the same day: {others}; the order within a day does not matter)"
    return Explanation(
        "treaty_entry_into_force", value, article, treaty.entry_into_force.text, arithmetic, (nth,)
    )


def consent_of(treaty: Treaty, facts: Facts, iso3: str) -> TreatyAction | None:
    """The State's instrument of consent (or notification of succession), if any."""
    for action in facts.for_state(treaty.id, iso3):
        if action.action in CONSENT_ACTIONS:
            return action
    return None


def _succession_entry_into_force(
    treaty: Treaty, consent: TreatyAction, own: Explanation
) -> Explanation:
    assert consent.succession_date is not None
    treaty_date = own.value
    value = consent.succession_date
    arithmetic = (
        f"{consent.iso3} notified succession (from {consent.predecessor}) on {consent.date}; "
        f"bound from the date of succession {consent.succession_date}"
    )
    if isinstance(treaty_date, date) and treaty_date > value:
        value = treaty_date
        arithmetic += f", but not before the treaty's own entry into force {treaty_date}"
    return Explanation(
        "entry_into_force_date",
        value,
        treaty.succession.article,
        treaty.succession.text,
        arithmetic,
        (consent,),
        (own,),
    )


def state_entry_into_force(treaty: Treaty, facts: Facts, iso3: str) -> Explanation:
    """When the treaty entered (or enters) into force for the State; ``None`` if it has not
    consented or the treaty itself is not yet in force."""
    own = treaty_entry_into_force(treaty, facts)
    consent = consent_of(treaty, facts, iso3)
    article = treaty.cite(treaty.state_entry_into_force.article)
    rule = treaty.state_entry_into_force.text
    if consent is None:
        return Explanation(
            "entry_into_force_date", None, article, rule, f"{iso3} has not consented"
        )
    if consent.action == "succession":
        return _succession_entry_into_force(treaty, consent, own)
    if not isinstance(own.value, date):
        return Explanation(
            "entry_into_force_date",
            None,
            article,
            rule,
            f"{consent.action} deposited {consent.date}; the treaty itself is not yet in force",
            (consent,),
            (own,),
        )
    months = treaty.state_months_after_month
    own_date = first_of_month_after(consent.date, months)
    if own_date <= own.value:
        arithmetic = (
            f"{consent.action} deposited {consent.date}, by the month of the "
            f"{_ordinal(treaty.instruments_for_entry_into_force)} instrument: in force with "
            f"the treaty itself on {own.value}"
        )
        return Explanation(
            "entry_into_force_date",
            own.value,
            treaty.cite(treaty.entry_into_force.article),
            treaty.entry_into_force.text,
            arithmetic,
            (consent,),
            (own,),
        )
    arithmetic = (
        f"{consent.action} deposited {consent.date}, after the "
        f"{_ordinal(treaty.instruments_for_entry_into_force)} instrument; first day of the "
        f"{_ordinal(months)} month after {consent.date:%Y-%m} = {own_date}"
    )
    return Explanation(
        "entry_into_force_date", own_date, article, rule, arithmetic, (consent,), (own,)
    )


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """A withdrawal as the facts and the treaty make it.

    ``period_end`` is when the notice period runs out; ``effective`` when the withdrawal takes
    effect (``None`` while an armed conflict holds it back, or when there is no withdrawal)."""

    notification: TreatyAction | None
    published: TreatyAction | None
    period_end: date | None
    effective: date | None
    suspended_by_conflict: bool
    explanation: Explanation


def _conflict_at(treaty: Treaty, facts: Facts, iso3: str, day: date) -> Explanation | None:
    if not treaty.armed_conflict_clause:
        return None
    for conflict in facts.conflicts_of(iso3):
        if conflict.covers(day):
            end = conflict.end
            value = None if end is None else end + timedelta(days=1)
            arithmetic = (
                f"on {day} {iso3} is engaged in an armed conflict (from {conflict.start}, "
                + ("still going on" if end is None else f"ended {end}")
                + "): the withdrawal does not take effect before the conflict ends"
                + ("" if value is None else f"; it takes effect the day after, {value}")
            )
            return Explanation(
                "armed_conflict_end",
                value,
                treaty.cite(treaty.withdrawal.article),
                treaty.withdrawal.text,
                arithmetic,
                (conflict,),
            )
    return None


def _no_withdrawal(treaty: Treaty, iso3: str) -> Withdrawal:
    explanation = Explanation(
        "withdrawal_effective_date",
        None,
        treaty.cite(treaty.withdrawal.article),
        treaty.withdrawal.text,
        f"no withdrawal of {iso3} is recorded",
    )
    return Withdrawal(None, None, None, None, False, explanation)


def _published_only(treaty: Treaty, published: TreatyAction) -> Withdrawal:
    explanation = Explanation(
        "withdrawal_effective_date",
        published.date,
        treaty.cite(treaty.withdrawal.article),
        treaty.withdrawal.text,
        f"the date of notification is not in the record; the published effective date "
        f"{published.date} is used as it stands",
        (published,),
    )
    return Withdrawal(None, published, published.date, published.date, False, explanation)


def withdrawal_of(treaty: Treaty, facts: Facts, iso3: str) -> Withdrawal:
    """The State's withdrawal: notice period end, effective date, armed-conflict suspension."""
    actions = facts.for_state(treaty.id, iso3)
    notice = next((a for a in actions if a.action == "withdrawal_notification"), None)
    published = next((a for a in actions if a.action == "withdrawal_effective"), None)
    if notice is None:
        return (
            _no_withdrawal(treaty, iso3)
            if published is None
            else _published_only(treaty, published)
        )
    months = treaty.withdrawal_months
    period_end = add_months(notice.date, months)
    arithmetic = f"notification received {notice.date} + {months} months = {period_end}"
    if is_clamped(notice.date, months):
        arithmetic += (
            f" ({period_end:%B} has no day {notice.date.day}: the period ends on the month's "
            "last day)"
        )
    conflict = _conflict_at(treaty, facts, iso3, period_end)
    effective: date | None = period_end
    depends: tuple[Explanation, ...] = ()
    if conflict is not None:
        effective = conflict.value if isinstance(conflict.value, date) else None
        arithmetic += "; armed conflict at the end of the period: " + (
            f"effective {effective}" if effective else "effect suspended while it lasts"
        )
        depends = (conflict,)
    else:
        arithmetic += f"; not engaged in an armed conflict on {period_end} (per the record)"
    used = (notice,) if published is None else (notice, published)
    if published is not None and published.date != effective:
        arithmetic += f"; note: the published effective date is {published.date}"
    explanation = Explanation(
        "withdrawal_effective_date",
        effective,
        treaty.cite(treaty.withdrawal.article),
        treaty.withdrawal.text,
        arithmetic,
        used,
        depends,
    )
    return Withdrawal(notice, published, period_end, effective, conflict is not None, explanation)
