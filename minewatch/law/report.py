"""Plain rows and lines built from law results, shared by the CLI and the web dashboard."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from minewatch.law.explain import Explanation, describe_fact
from minewatch.law.facts import Facts
from minewatch.law.series import Change, Overview, changes_of
from minewatch.law.status import StateStatus, state_status
from minewatch.law.treaties import Treaty
from minewatch.states import get_state


def _unsettled_row(status: StateStatus, treaty: Treaty) -> dict[str, Any]:
    withdrawal = treaty.cite(treaty.withdrawal.article)
    row = {"treaty": status.treaty, "iso3": status.iso3, "state": status.state,
           "status": status.status}  # fmt: skip
    if "suspension_claimed" in status.flags:
        detail = (
            f"notified a 'suspension' that {treaty.id} does not provide for; it remains a "
            f"State Party ({status.status}) until a withdrawal under {withdrawal} takes effect"
        )
        if "in_armed_conflict" in status.flags and treaty.armed_conflict_clause:
            detail += (
                "; engaged in an armed conflict per the record, so a withdrawal notified now "
                "would not take effect before the conflict ends"
            )
        return {**row, "date": status.suspension_notification_date, "article": withdrawal,
                "detail": detail}  # fmt: skip
    if "withdrawal_effective_published" in status.flags:
        detail = "withdrawn on the published effective date; the notification is not in the record"
        return {**row, "date": status.withdrawal_effective_date, "article": withdrawal,
                "detail": detail}  # fmt: skip
    if status.status in ("withdrawing", "withdrawal_suspended"):
        effective = status.withdrawal_effective_date or "not before the armed conflict ends"
        detail = f"notified {status.withdrawal_notification_date}; takes effect {effective}"
        return {**row, "date": status.withdrawal_notification_date, "article": withdrawal,
                "detail": detail}  # fmt: skip
    if status.status == "consented":
        detail = (
            f"{status.consent_type} deposited; in force for it on {status.entry_into_force_date}"
        )
        article = treaty.cite(treaty.state_entry_into_force.article)
        return {**row, "date": status.consent_date, "article": article, "detail": detail}
    return {**row, "date": status.signature_date, "article": treaty.cite(treaty.consent.article),
            "detail": "signed, not yet ratified"}  # fmt: skip


_TIMELINE_KEYS = ("date", "treaty", "event", "article", "detail")


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def overview_rows(
    picture: Overview, treaties: Mapping[str, Treaty]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """(counts per treaty, change rows, pending-or-contested rows), dates as ISO text."""
    counts = [
        {"treaty": tid, "name": treaties[tid].name, "parties": n,
         "parties_since": picture.party_counts_since[tid],
         "signatories": picture.signatories[tid],
         "article": treaties[tid].cite(treaties[tid].state_entry_into_force.article)}
        for tid, n in picture.party_counts.items()
    ]  # fmt: skip
    changes = [c.row() for c in picture.changes]
    unsettled = [_unsettled_row(s, treaties[s.treaty]) for s in picture.unsettled]
    unsettled = [{k: _iso(v) for k, v in r.items()} for r in unsettled]
    unsettled.sort(key=lambda r: (r["treaty"], r["status"], r["iso3"]))
    return counts, changes, unsettled


def _obligation_rows(status: StateStatus) -> list[dict[str, Any]]:
    return [
        {"treaty": status.treaty, "obligation": o.id, "article": o.article,
         "original_deadline": o.original_deadline.isoformat(),
         "current_deadline": o.current_deadline.isoformat(), "state": o.state,
         "explanation": o.explanation.arithmetic}
        for o in status.obligations
    ]  # fmt: skip


def state_report(treaties: Iterable[Treaty], facts: Facts, iso3: str, on: date) -> dict[str, Any]:
    """One State across treaties: status per treaty, timeline, obligations, explanations."""
    summaries, timeline, obligations = [], [], []
    changes: list[Change] = []
    for treaty in treaties:
        status = state_status(treaty, facts, iso3, on)
        summaries.append({k: _iso(v) for k, v in status.row().items()})
        obligations += _obligation_rows(status)
        changes += list(changes_of(treaty, facts, iso3))
    for change in sorted(changes, key=lambda c: (c.date, c.treaty)):
        row = change.row()
        timeline.append({"iso3": iso3, **{k: row[k] for k in _TIMELINE_KEYS}})
    return {"iso3": iso3, "state": get_state(iso3).name, "on": on.isoformat(),
            "treaties": summaries, "timeline": timeline, "obligations": obligations}  # fmt: skip


def explanation_rows(explanation: Explanation) -> list[str]:
    """The explanation chain as indented text lines."""
    lines = []
    for depth, node in explanation.walk():
        pad = "  " * depth
        lines.append(f"{pad}{node.name} = {node.value if node.value is not None else '(none)'}")
        lines.append(f"{pad}  rule: {node.article}: {node.rule}")
        lines.append(f"{pad}  because: {node.arithmetic}")
        for fact in node.facts:
            described = describe_fact(fact)
            lines.append(f"{pad}  fact: {described['fact']}, {described['date']} "
                         f"[{described['row']}]")  # fmt: skip
            lines.append(f"{pad}    source: {described['source']}")
    return lines
