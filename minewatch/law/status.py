"""A State's legal position under a treaty on a date: status, flags, obligations, explanations."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from types import MappingProxyType
from typing import Any, Final

from minewatch.errors import UsageError
from minewatch.law.calendar import add_months, add_years
from minewatch.law.engine import Withdrawal, consent_of, state_entry_into_force, withdrawal_of
from minewatch.law.explain import Explanation
from minewatch.law.facts import Facts, ObligationFinding, TreatyAction
from minewatch.law.treaties import ObligationRule, Treaty
from minewatch.states import get_state

STATUSES: Final = (
    "non_signatory",
    "signatory",
    "consented",
    "party",
    "withdrawing",
    "withdrawal_suspended",
    "withdrawn",
)
# statuses in which a State is (still) a State Party
PARTY_STATUSES: Final = ("party", "withdrawing", "withdrawal_suspended")
OBLIGATION_STATES: Final = ("met", "pending", "overdue", "ended_by_withdrawal", "unknown")

STATUS_COLUMNS: Final = (
    "iso3",
    "state",
    "status",
    "signature_date",
    "consent_type",
    "consent_date",
    "entry_into_force_date",
    "withdrawal_notification_date",
    "withdrawal_effective_date",
    "stockpile_destruction_deadline",
    "clearance_deadline_original",
    "clearance_deadline_current",
    "initial_report_due",
    "flags",
    "next_annual_report_due",
    "suspension_notification_date",
    "treaty",
    "on",
)


@dataclass(frozen=True, slots=True)
class Obligation:
    """A dated obligation of a State Party and where it stands on a date."""

    id: str
    article: str
    original_deadline: date
    current_deadline: date
    state: str
    explanation: Explanation


@dataclass(frozen=True, slots=True)
class StateStatus:
    """One State's position under one treaty on one date."""

    treaty: str
    iso3: str
    state: str
    on: date
    status: str
    signature_date: date | None
    consent_type: str | None
    consent_date: date | None
    entry_into_force_date: date | None
    withdrawal_notification_date: date | None
    withdrawal_effective_date: date | None
    obligations: tuple[Obligation, ...]
    next_annual_report_due: date | None
    suspension_notification_date: date | None
    flags: tuple[str, ...]
    explanations: Mapping[str, Explanation]

    def obligation(self, obligation_id: str) -> Obligation | None:
        return next((o for o in self.obligations if o.id == obligation_id), None)

    def row(self) -> dict[str, Any]:
        """The status as one table row, keyed by :data:`STATUS_COLUMNS` (dates as ISO text)."""
        stockpile, clearance = (
            self.obligation("stockpile_destruction"),
            self.obligation("clearance"),
        )
        initial = self.obligation("initial_report")
        values: dict[str, Any] = {
            "iso3": self.iso3,
            "state": self.state,
            "status": self.status,
            "signature_date": self.signature_date,
            "consent_type": self.consent_type,
            "consent_date": self.consent_date,
            "entry_into_force_date": self.entry_into_force_date,
            "withdrawal_notification_date": self.withdrawal_notification_date,
            "withdrawal_effective_date": self.withdrawal_effective_date,
            "stockpile_destruction_deadline": stockpile.current_deadline if stockpile else None,
            "clearance_deadline_original": clearance.original_deadline if clearance else None,
            "clearance_deadline_current": clearance.current_deadline if clearance else None,
            "initial_report_due": initial.current_deadline if initial else None,
            "flags": ";".join(self.flags),
            "next_annual_report_due": self.next_annual_report_due,
            "suspension_notification_date": self.suspension_notification_date,
            "treaty": self.treaty,
            "on": self.on,
        }
        return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in values.items()}


def _deadline(rule: ObligationRule, start: date) -> date:
    return add_years(add_months(start, rule.months), rule.years) + timedelta(days=rule.days)


def _obligation_state(
    findings: tuple[ObligationFinding, ...], deadline: date, effective: date | None, on: date
) -> tuple[str, str]:
    """The obligation's state on ``on`` and the reason, from findings, deadline and withdrawal.

    Findings are read with hindsight: a completion dated after ``on`` means it was not yet
    complete on ``on``; a "not completed" finding dated after the deadline makes it overdue."""
    done = next((f for f in findings if f.finding == "completed"), None)
    if done is not None and done.date <= on:
        late = " (after the deadline)" if done.date > deadline else ""
        return "met", f"; completed on {done.date}{late}"
    if effective is not None and effective <= on and deadline >= effective:
        return (
            "ended_by_withdrawal",
            f"; the withdrawal took effect on {effective}, before the deadline",
        )
    if on <= deadline:
        return "pending", ""
    missing = [f for f in findings if f.finding == "not_completed" and f.date > deadline]
    if done is not None:
        return "overdue", f"; deadline passed, completed only on {done.date}"
    if missing:
        return "overdue", f"; deadline passed; not completed as of {missing[-1].date}"
    return "unknown", "; the deadline has passed and the record holds no fact on completion"


def _obligation(
    treaty: Treaty,
    facts: Facts,
    rule: ObligationRule,
    iso3: str,
    eif: Explanation,
    withdrawal: Withdrawal,
    on: date,
) -> Obligation:
    assert isinstance(eif.value, date)
    original = _deadline(rule, eif.value)
    arithmetic = f"entry into force {eif.value} + {rule.period} = {original}"
    extensions = facts.extensions_of(treaty.id, iso3) if rule.extension_article else ()
    current = original
    if extensions:
        current = extensions[-1].extended_deadline
        arithmetic += f"; extended by the States Parties to {current}"
    findings = facts.findings_of(treaty.id, iso3, rule.id)
    state, reason = _obligation_state(findings, current, withdrawal.effective, on)
    arithmetic += reason
    article = treaty.cite(rule.article)
    if extensions and rule.extension_article:
        article += f", {treaty.cite(rule.extension_article)}"
    explanation = Explanation(
        f"{rule.id}_deadline", current, article, rule.text, arithmetic,
        (*extensions, *findings), (eif,),
    )  # fmt: skip
    return Obligation(rule.id, article, original, current, state, explanation)


def _next_annual_report(treaty: Treaty, initial_due: date, on: date) -> date:
    start = max(on, initial_due + timedelta(days=1))
    due = date(start.year, treaty.annual_report_month, treaty.annual_report_day)
    return due if due >= start else due.replace(year=start.year + 1)


def _status(
    signed: bool, consent_date: date | None, eif: date | None, w: Withdrawal, on: date
) -> str:
    if w.effective is not None and on >= w.effective:
        return "withdrawn"
    in_force = eif is not None and on >= eif
    if in_force and w.period_end is not None and on >= w.period_end and w.suspended_by_conflict:
        return "withdrawal_suspended"
    if in_force and w.notification is not None and on >= w.notification.date:
        return "withdrawing"
    if in_force:
        return "party"
    if consent_date is not None and on >= consent_date:
        return "consented"
    return "signatory" if signed else "non_signatory"


def _flags(treaty: Treaty, facts: Facts, iso3: str, w: Withdrawal, on: date) -> list[str]:
    actions = [a for a in facts.for_state(treaty.id, iso3) if a.date <= on]
    flags = []
    if any(a.action == "suspension_notification" for a in actions):
        flags.append("suspension_claimed")
    if w.published is not None and w.notification is None and w.published.date <= on:
        flags.append("withdrawal_effective_published")
    consent = consent_of(treaty, facts, iso3)
    if consent is not None and any(c.covers(on) for c in facts.conflicts_of(iso3)):
        flags.append("in_armed_conflict")
    if consent is not None and consent.action == "succession" and consent.date <= on:
        flags.append(f"successor_of_{consent.predecessor}")
    if facts.extensions_of(treaty.id, iso3):
        flags.append("clearance_deadline_extended")
    return flags


def _recorded(treaty: Treaty, *actions: TreatyAction | None) -> dict[str, Explanation]:
    """Explanations of the dates that are facts, not computations."""
    names = {
        "signature": ("signature_date", treaty.signature),
        "withdrawal_notification": ("withdrawal_notification_date", treaty.withdrawal),
        "suspension_notification": ("suspension_notification_date", None),
    }
    found = {}
    for action in actions:
        if action is None:
            continue
        name, rule = names.get(action.action, ("consent_date", treaty.consent))
        if action.action == "succession":
            rule = treaty.succession
        article = treaty.cite(rule.article) if rule else "not provided for by the treaty"
        text = rule.text if rule else "Neither a withdrawal nor any act the treaty provides for."
        arithmetic = f"recorded {action.action} of {action.date} (a fact, not computed)"
        found[name] = Explanation(name, action.date, article, text, arithmetic, (action,))
    return found


def state_status(treaty: Treaty, facts: Facts, iso3: str, on: date) -> StateStatus:
    """The State's status, dates, obligations and flags under ``treaty`` on ``on``.

    Computed with hindsight: a succession notified later binds from the date of succession."""
    known = facts
    actions = known.for_state(treaty.id, iso3)
    signature = next((a for a in actions if a.action == "signature"), None)
    suspension = next((a for a in actions if a.action == "suspension_notification"), None)
    consent = consent_of(treaty, known, iso3)
    eif = state_entry_into_force(treaty, known, iso3)
    withdrawal = withdrawal_of(treaty, known, iso3)
    eif_date = eif.value if isinstance(eif.value, date) else None
    obligations: tuple[Obligation, ...] = ()
    annual = None
    if eif_date is not None:
        obligations = tuple(
            _obligation(treaty, known, rule, iso3, eif, withdrawal, on)
            for rule in treaty.obligations
        )
        initial = next((o for o in obligations if o.id == "initial_report"), None)
        in_force = eif_date <= on and (withdrawal.effective is None or on < withdrawal.effective)
        if initial is not None and in_force:
            annual = _next_annual_report(treaty, initial.current_deadline, on)
    explanations = {
        "entry_into_force_date": eif,
        "withdrawal_effective_date": withdrawal.explanation,
        **_recorded(treaty, signature, consent, withdrawal.notification, suspension),
    }
    explanations.update({o.explanation.name: o.explanation for o in obligations})
    signed = signature is not None and signature.date <= on
    status = _status(signed, consent.date if consent else None, eif_date, withdrawal, on)
    return StateStatus(
        treaty=treaty.id,
        iso3=iso3,
        state=get_state(iso3).name,
        on=on,
        status=status,
        signature_date=signature.date if signature else None,
        consent_type=consent.action if consent else None,
        consent_date=consent.date if consent else None,
        entry_into_force_date=eif_date,
        withdrawal_notification_date=(
            withdrawal.notification.date if withdrawal.notification else None
        ),
        withdrawal_effective_date=withdrawal.effective,
        obligations=obligations,
        next_annual_report_due=annual,
        suspension_notification_date=suspension.date if suspension else None,
        flags=tuple(_flags(treaty, known, iso3, withdrawal, on)),
        explanations=MappingProxyType(explanations),
    )


def treaty_status(treaty: Treaty, facts: Facts, on: date) -> tuple[StateStatus, ...]:
    """The status of every State with at least one action under ``treaty``, by iso3."""
    states = sorted({a.iso3 for a in facts.for_treaty(treaty.id)})
    return tuple(state_status(treaty, facts, iso3, on) for iso3 in states)


def explain(status: StateStatus, value_name: str) -> Explanation:
    """The explanation of one value of a status (a column name such as
    ``withdrawal_effective_date`` or ``clearance_deadline_current``)."""
    aliases = {
        "stockpile_destruction_deadline": "stockpile_destruction_deadline",
        "clearance_deadline_original": "clearance_deadline",
        "clearance_deadline_current": "clearance_deadline",
        "clearance_deadline": "clearance_deadline",
        "initial_report_due": "initial_report_deadline",
    }
    key = aliases.get(value_name, value_name)
    if key in status.explanations:
        return status.explanations[key]
    if value_name == "status":
        return _explain_status(status)
    known = ", ".join(["status", *status.explanations, *aliases])
    raise UsageError(f"no explanation for {value_name!r}; known: {known}")


def _explain_status(status: StateStatus) -> Explanation:
    eif = status.explanations["entry_into_force_date"]
    withdrawal = status.explanations["withdrawal_effective_date"]
    arithmetic = (
        f"on {status.on}: signature {status.signature_date or '-'}, consent "
        f"{status.consent_date or '-'}, entry into force {status.entry_into_force_date or '-'}, "
        f"withdrawal notified {status.withdrawal_notification_date or '-'}, effective "
        f"{status.withdrawal_effective_date or '-'} => {status.status}"
    )
    rule = (
        "non_signatory < signatory < consented < party < withdrawing < withdrawal_suspended "
        "< withdrawn, each from the date of the fact or computed date that opens it"
    )
    return Explanation(
        "status", status.status, status.treaty, rule, arithmetic, (), (eif, withdrawal)
    )
