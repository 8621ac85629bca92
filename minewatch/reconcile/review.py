"""Review: analysts confirm, reject or correct events, with a reason, in an audit log.

States: ``new`` (made by reconciliation), ``confirmed``, ``rejected``, ``corrected``.  Every
action is checked against :data:`TRANSITIONS`, carries a reason, and is written with optimistic
concurrency (:class:`~minewatch.store.events.EventConflict` if the event changed since it was
read).  A confirmed or corrected treaty action (deposit, signature, ratification, accession)
with a full date flows into the law engine's facts through :func:`minewatch.store.actions.
add_action`, with the event and its documents as source.  :func:`replay` rebuilds every
event's reviewed state from the audit log alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from minewatch.errors import FactError, ReconcileError
from minewatch.law import TreatyAction
from minewatch.reconcile import dates
from minewatch.reconcile.knowledge import knowledge
from minewatch.reconcile.pipeline import refresh_contradictions
from minewatch.records import EVENT_TYPES, MODALITIES, TREATIES
from minewatch.states import is_known_state
from minewatch.store.actions import add_action
from minewatch.store.base import Store
from minewatch.store.events import (
    FIELD_NAMES,
    AuditEntry,
    StoredEvent,
    audit_log,
    get_event,
    now,
    sourced_claims,
    update_event,
    with_fields,
)

STATES = ("new", "confirmed", "rejected", "corrected")
RESULT = {"confirm": "confirmed", "reject": "rejected", "correct": "corrected"}
TRANSITIONS: Mapping[str, frozenset[str]] = {
    "new": frozenset({"confirm", "reject", "correct"}),
    "confirmed": frozenset({"reject", "correct"}),
    "rejected": frozenset({"confirm", "correct"}),
    "corrected": frozenset({"confirm", "reject", "correct"}),
}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class ReviewError(ReconcileError):
    code = "MW310"


@dataclass(frozen=True, slots=True)
class ReviewOutcome:
    event: StoredEvent
    law_action: str | None  # what happened to the treaty action it records, if any


def check_transition(state: str, action: str) -> str:
    """The state ``action`` leads to from ``state``; :class:`ReviewError` if not allowed."""
    if action not in RESULT:
        raise ReviewError(f"unknown review action {action!r} (confirm, reject, correct)")
    if action not in TRANSITIONS[state]:
        raise ReviewError(f"cannot {action} an event that is {state}")
    return RESULT[action]


def _value(name: str, raw: str) -> Any:
    if raw.strip().lower() in ("", "null", "none"):
        return None
    if name in ("quantity", "quantity_max"):
        try:
            return float(raw)
        except ValueError as exc:
            raise ReviewError(f"{name}: not a number: {raw!r}") from exc
    vocab = {"type": EVENT_TYPES, "modality": MODALITIES, "treaty": TREATIES}.get(name)
    if vocab is not None and raw not in vocab:
        raise ReviewError(f"{name}: {raw!r} is not one of {', '.join(vocab)}")
    if name == "date":
        if not _DATE.match(raw):
            raise ReviewError(f"date: {raw!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        dates.first_day(raw)  # raises ValueError on impossible dates
    return raw


def parse_corrections(pairs: Mapping[str, str]) -> dict[str, Any]:
    """Validated corrections from ``field=value`` text (``null`` clears a field)."""
    unknown = set(pairs) - set(FIELD_NAMES)
    if unknown:
        raise ReviewError(f"cannot correct {sorted(unknown)}; fields: {', '.join(FIELD_NAMES)}")
    try:
        return {name: _value(name, raw) for name, raw in pairs.items()}
    except ValueError as exc:
        raise ReviewError(f"invalid correction: {exc}") from exc


def treaty_action_of(event: StoredEvent, sources: Sequence[str]) -> TreatyAction | None:
    """The depositary action a reviewed event records, if it records one with a full date."""
    f = event.fields
    action = knowledge().types[f.type].law_action
    if event.state not in ("confirmed", "corrected") or action is None or f.modality != "fact":
        return None
    if f.actor is None or not is_known_state(f.actor) or f.treaty not in TREATIES:
        return None
    if dates.precision(f.date) != "day" or f.date is None:
        return None
    if f.type == "withdrawal_deposit" and f.actor == "UKR":  # a "suspension" is its own kind
        action = "suspension_notification"
    return TreatyAction(
        treaty=f.treaty, iso3=f.actor, action=action, date=date.fromisoformat(f.date),
        sources=(f"minewatch event {event.id} ({event.state} by {event.reviewed_by})", *sources),
    )  # fmt: skip


def _flow_into_law(store: Store, event: StoredEvent, who: str) -> str | None:
    claims = sourced_claims(store, event.claim_ids)
    docs = sorted({f"document {c.source.document_id} ({c.source.outlet})" for c in claims})
    action = treaty_action_of(event, docs)
    if action is None:
        return None
    what = f"{action.treaty} {action.iso3} {action.action} {action.date}"
    try:
        added = add_action(store, action, added_by=f"{who} (event {event.id})")
    except FactError as exc:
        return f"treaty action {what} refused by the law engine: {exc}"
    return f"treaty action {what} " + ("added to the facts" if added else "already in the facts")


def review_event(
    store: Store, event_id: int, action: str, *, who: str, reason: str,
    expected_version: int | None = None, corrections: Mapping[str, Any] | None = None,
    at: str | None = None,
) -> ReviewOutcome:  # fmt: skip
    """Confirm, reject or correct one event, as ``who``, for ``reason``.

    ``expected_version`` is the version the analyst looked at (default: the current one); if
    the event has changed since, :class:`EventConflict` is raised and nothing is written."""
    if not reason.strip():
        raise ReviewError("a review needs a reason")
    if not who.strip():
        raise ReviewError("a review needs a reviewer name")
    current = get_event(store, event_id)
    state = check_transition(current.state, action)
    values = current.fields
    if action == "correct":
        if not corrections:
            raise ReviewError("a correction needs at least one field=value")
        values = with_fields(current, **corrections)
    version = current.version if expected_version is None else expected_version
    with store.begin() as conn:
        event = update_event(
            conn, event_id, version, action=action, who=who, reason=reason, values=values,
            state=state, at=at or now(),
        )  # fmt: skip
    refresh_contradictions(store, [event_id])
    flowed = _flow_into_law(store, event, who) if action != "reject" else None
    return ReviewOutcome(event, flowed)


def replay(entries: Sequence[AuditEntry]) -> dict[int, dict[str, Any]]:
    """Every event's state rebuilt from the audit log alone: fields, review state, claim ids
    and version.  Each entry's recorded old values must match the replayed ones."""
    events: dict[int, dict[str, Any]] = {}
    for entry in entries:
        blank = dict.fromkeys((*FIELD_NAMES, "reviewed_by", "reviewed_at", "review_reason"))
        current = events.setdefault(entry.event_id, blank)
        for name, (old, new) in entry.changes.items():
            if current.get(name, [] if name == "claim_ids" else None) != old:
                raise ReconcileError(
                    f"audit entry {entry.id}: {name} was {current.get(name)!r}, log says {old!r}",
                    code="MW313",
                )
            current[name] = new
        current["version"] = entry.version
        if entry.action in RESULT:
            current.update(
                reviewed_by=entry.actor, reviewed_at=entry.at, review_reason=entry.reason
            )
    return events


def replay_store(store: Store) -> dict[int, dict[str, Any]]:
    return replay(audit_log(store))
