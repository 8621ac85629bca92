"""Events, their claim links, bitemporal versions, contradictions and the review audit log.

Every change to an event (creation by reconciliation, new claims linked, an analyst's confirm,
reject or correct) is one transaction that

* updates ``events`` only if its ``version`` is still the one the writer read (optimistic
  concurrency: two analysts correcting one event at once cannot lose an update; the second gets
  :class:`EventConflict`),
* closes the current row of ``event_versions`` and opens the new one (``recorded_from`` /
  ``recorded_to``: what was believed at any time can be read back with ``as_of``),
* appends one row to ``event_audit`` (who, when, what changed, why), a table the database
  refuses to update or delete.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, text

from minewatch.errors import ReconcileError, UsageError
from minewatch.reconcile.records import ClaimSource, Contradiction, EventFields, SourcedClaim
from minewatch.records import Claim
from minewatch.store.base import Store


class EventConflict(ReconcileError):
    """The event changed since the writer read it (optimistic concurrency)."""

    code = "MW311"


class EventNotFound(ReconcileError):
    code = "MW312"


FIELD_NAMES = tuple(f.name for f in fields(EventFields))


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as stored (current, or as it was recorded at some time with ``as_of``)."""

    id: int
    fields: EventFields
    state: str
    version: int
    reviewed_by: str | None
    reviewed_at: str | None
    review_reason: str | None
    claim_ids: tuple[int, ...]
    recorded_from: str

    def row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            **asdict(self.fields),
            "state": self.state,
            "version": self.version,
            "reviewed_by": self.reviewed_by,
            "reviewed_at": self.reviewed_at,
            "review_reason": self.review_reason,
            "claims": len(self.claim_ids),
            "claim_ids": list(self.claim_ids),
            "recorded_from": self.recorded_from,
        }


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One append-only line of the review log: ``changes`` maps field to ``[old, new]``."""

    id: int
    event_id: int
    version: int
    action: str
    actor: str
    at: str
    reason: str
    changes: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class StoredContradiction:
    event_id: int
    contradiction: Contradiction
    computed_at: str


def now() -> str:
    """The current instant as stored: UTC ISO 8601 with microseconds (sorts as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def instant(value: str) -> str:
    """A user-given time (``2026-03-01T12:00``, naive = UTC) in the stored form."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise UsageError(f"not an ISO date-time: {value!r}") from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).isoformat(timespec="microseconds")


_REVIEW = ("state", "reviewed_by", "reviewed_at", "review_reason")
_VERSION_COLUMNS = ", ".join((*FIELD_NAMES, *_REVIEW))


def _fields_of(row: Any) -> EventFields:
    return EventFields(**{name: getattr(row, name) for name in FIELD_NAMES})


def _links(conn: Connection, event_id: int) -> tuple[int, ...]:
    rows = conn.execute(
        text("SELECT claim_id FROM event_claims WHERE event_id = :e ORDER BY claim_id"),
        {"e": event_id},
    )
    return tuple(int(r.claim_id) for r in rows)


def _event(conn: Connection, event_id: int) -> StoredEvent:
    row = conn.execute(
        text(f"SELECT id, version, updated_at, {_VERSION_COLUMNS} FROM events WHERE id = :id"),
        {"id": event_id},
    ).first()
    if row is None:
        raise EventNotFound(f"no event {event_id}")
    return StoredEvent(
        id=int(row.id), fields=_fields_of(row), state=row.state, version=int(row.version),
        reviewed_by=row.reviewed_by, reviewed_at=row.reviewed_at,
        review_reason=row.review_reason, claim_ids=_links(conn, event_id),
        recorded_from=row.updated_at,
    )  # fmt: skip


def _record(conn: Connection, event: StoredEvent, at: str) -> None:
    conn.execute(
        text(
            "UPDATE event_versions SET recorded_to = :at "
            "WHERE event_id = :e AND recorded_to IS NULL"
        ),
        {"at": at, "e": event.id},
    )
    values = {**asdict(event.fields), **{k: getattr(event, k) for k in _REVIEW}}
    conn.execute(
        text(
            f"INSERT INTO event_versions (event_id, version, {_VERSION_COLUMNS}, claim_ids,"
            f" recorded_from) VALUES (:event_id, :version, "
            + ", ".join(f":{c}" for c in (*FIELD_NAMES, *_REVIEW))
            + ", :claim_ids, :at)"
        ),
        {
            **values,
            "event_id": event.id,
            "version": event.version,
            "claim_ids": json.dumps(list(event.claim_ids)),
            "at": at,
        },
    )


def _audit(
    conn: Connection, event: StoredEvent, action: str, who: str, at: str, reason: str,
    changes: Mapping[str, Any],
) -> None:  # fmt: skip
    conn.execute(
        text(
            "INSERT INTO event_audit (event_id, version, action, actor, at, reason, changes)"
            " VALUES (:e, :v, :action, :who, :at, :reason, :changes)"
        ),
        {
            "e": event.id, "v": event.version, "action": action, "who": who, "at": at,
            "reason": reason, "changes": json.dumps(changes, ensure_ascii=False, default=str),
        },
    )  # fmt: skip


def _link(conn: Connection, event_id: int, claim_ids: Iterable[int], at: str) -> None:
    rows = [{"e": event_id, "c": int(c), "at": at} for c in claim_ids]
    if rows:
        conn.execute(
            text("INSERT INTO event_claims (event_id, claim_id, linked_at) VALUES (:e, :c, :at)"),
            rows,
        )


def create_event(
    conn: Connection, values: EventFields, claim_ids: Sequence[int], *, who: str, reason: str,
    at: str | None = None,
) -> StoredEvent:  # fmt: skip
    """Insert a new event (state ``new``, version 1) linked to ``claim_ids``."""
    at = at or now()
    event_id = conn.execute(
        text(
            f"INSERT INTO events ({', '.join(FIELD_NAMES)}, state, version, created_at,"
            f" updated_at) VALUES ({', '.join(':' + n for n in FIELD_NAMES)}, 'new', 1, :at,"
            " :at) RETURNING id"
        ),
        {**asdict(values), "at": at},
    ).scalar_one()
    _link(conn, int(event_id), sorted(set(claim_ids)), at)
    event = _event(conn, int(event_id))
    _record(conn, event, at)
    changes = {k: [None, v] for k, v in asdict(values).items() if v is not None}
    changes.update(state=[None, "new"], claim_ids=[[], list(event.claim_ids)])
    _audit(conn, event, "create", who, at, reason, changes)
    return event


def update_event(
    conn: Connection, event_id: int, expected_version: int, *, action: str, who: str,
    reason: str, values: EventFields | None = None, state: str | None = None,
    add_claims: Sequence[int] = (), at: str | None = None,
) -> StoredEvent:  # fmt: skip
    """Change an event if it is still at ``expected_version``; raise :class:`EventConflict` if not.

    ``state`` set (confirm/reject/correct) records the reviewer, time and reason on the event."""
    at = at or now()
    before = _event(conn, event_id)
    new_values = values or before.fields
    review: dict[str, Any] = {k: getattr(before, k) for k in _REVIEW}
    if state is not None:
        review = {"state": state, "reviewed_by": who, "reviewed_at": at, "review_reason": reason}
    sets = ", ".join(f"{c} = :{c}" for c in (*FIELD_NAMES, *_REVIEW))
    result = conn.execute(
        text(
            f"UPDATE events SET {sets}, version = version + 1, updated_at = :at "
            "WHERE id = :id AND version = :expected"
        ),
        {**asdict(new_values), **review, "at": at, "id": event_id, "expected": expected_version},
    )
    if result.rowcount != 1:
        current = _event(conn, event_id)
        raise EventConflict(
            f"event {event_id} changed since you read it (you read version {expected_version}, "
            f"it is now version {current.version}, last {current.state} by "
            f"{current.reviewed_by or 'reconcile'}): reload it and try again"
        )
    new_links = sorted(set(add_claims) - set(before.claim_ids))
    _link(conn, event_id, new_links, at)
    after = _event(conn, event_id)
    _record(conn, after, at)
    _audit(conn, after, action, who, at, reason, _diff(before, after))
    return after


def _diff(before: StoredEvent, after: StoredEvent) -> dict[str, Any]:
    old = {**asdict(before.fields), "state": before.state}
    new = {**asdict(after.fields), "state": after.state}
    changes: dict[str, Any] = {k: [old[k], new[k]] for k in new if old[k] != new[k]}
    if before.claim_ids != after.claim_ids:
        changes["claim_ids"] = [list(before.claim_ids), list(after.claim_ids)]
    return changes


def get_event(store: Store, event_id: int) -> StoredEvent:
    with store.begin() as conn:
        return _event(conn, event_id)


def _version_event(row: Any) -> StoredEvent:
    return StoredEvent(
        id=int(row.event_id), fields=_fields_of(row), state=row.state, version=int(row.version),
        reviewed_by=row.reviewed_by, reviewed_at=row.reviewed_at,
        review_reason=row.review_reason, claim_ids=tuple(json.loads(row.claim_ids)),
        recorded_from=row.recorded_from,
    )  # fmt: skip


def list_events(
    store: Store, *, iso3: str | None = None, type: str | None = None, state: str | None = None,
    as_of: str | None = None,
) -> list[StoredEvent]:  # fmt: skip
    """Events as currently recorded, or as they were recorded at ``as_of`` (bitemporal read).

    ``iso3`` matches the actor or the counterpart."""
    clauses, params = ["recorded_from <= :t", "(recorded_to IS NULL OR recorded_to > :t)"], {}
    params["t"] = instant(as_of) if as_of else "9999"
    for column, value in (("type", type), ("state", state)):
        if value is not None:
            clauses.append(f"{column} = :{column}")
            params[column] = value
    if iso3 is not None:
        clauses.append("(actor = :iso3 OR counterpart = :iso3)")
        params["iso3"] = iso3.upper()
    sql = (
        f"SELECT event_id, version, recorded_from, claim_ids, {_VERSION_COLUMNS} "
        f"FROM event_versions WHERE {' AND '.join(clauses)} ORDER BY event_id"
    )
    with store.begin() as conn:
        return [_version_event(r) for r in conn.execute(text(sql), params)]


def audit_log(store: Store, event_id: int | None = None) -> list[AuditEntry]:
    """The review log, oldest first."""
    where = " WHERE event_id = :e" if event_id is not None else ""
    with store.begin() as conn:
        rows = conn.execute(text(f"SELECT * FROM event_audit{where} ORDER BY id"), {"e": event_id})
        return [
            AuditEntry(
                id=int(r.id),
                event_id=int(r.event_id),
                version=int(r.version),
                action=r.action,
                actor=r.actor,
                at=r.at,
                reason=r.reason,
                changes=json.loads(r.changes),
            )
            for r in rows
        ]


def claim_links(store: Store) -> dict[int, int]:
    """The event of every linked claim (a claim belongs to at most one event)."""
    with store.begin() as conn:
        rows = conn.execute(text("SELECT claim_id, event_id FROM event_claims"))
        return {int(r.claim_id): int(r.event_id) for r in rows}


def replace_contradictions(
    conn: Connection, event_id: int, found: Sequence[Contradiction], at: str | None = None
) -> None:
    """Store the contradictions computed now for an event (replacing earlier ones)."""
    conn.execute(text("DELETE FROM event_contradictions WHERE event_id = :e"), {"e": event_id})
    rows = [
        {
            "e": event_id,
            "kind": c.kind,
            "ids": json.dumps(list(c.claim_ids)),
            "why": c.explanation,
            "sev": c.severity,
            "at": at or now(),
        }
        for c in found
    ]
    if rows:
        conn.execute(
            text(
                "INSERT INTO event_contradictions (event_id, kind, claim_ids, explanation,"
                " severity, computed_at) VALUES (:e, :kind, :ids, :why, :sev, :at)"
            ),
            rows,
        )


def list_contradictions(store: Store, event_id: int | None = None) -> list[StoredContradiction]:
    """Stored contradictions, most severe first."""
    where = " WHERE event_id = :e" if event_id is not None else ""
    with store.begin() as conn:
        rows = conn.execute(
            text(f"SELECT * FROM event_contradictions{where} ORDER BY severity DESC, event_id, id"),
            {"e": event_id},
        )
        return [
            StoredContradiction(
                event_id=int(r.event_id),
                contradiction=Contradiction(
                    r.kind, tuple(json.loads(r.claim_ids)), r.explanation, int(r.severity)
                ),
                computed_at=r.computed_at,
            )
            for r in rows
        ]


_CLAIM_SOURCE_SQL = """
SELECT c.id, c.doc, c.type, c.actor, c.treaty, c.date, c.quantity, c.unit, c.counterpart,
       c.modality, c.evidence, c.start_offset, c.end_offset, c.confidence, c.extractor,
       c.document_id, d.external_id, d.source_name, d.site, d.reliability, d.published,
       d.lang, d.syndication_group
FROM claims c LEFT JOIN documents d ON d.id = c.document_id
{where} ORDER BY c.id
"""


def _sourced(r: Any) -> SourcedClaim:
    quantity = r.quantity
    if quantity is not None and float(quantity).is_integer():
        quantity = int(quantity)
    claim = Claim(
        doc=r.doc, type=r.type, actor=r.actor, treaty=r.treaty, date=r.date, quantity=quantity,
        unit=r.unit, counterpart=r.counterpart, modality=r.modality, evidence=r.evidence,
        start=int(r.start_offset), end=int(r.end_offset), confidence=float(r.confidence),
        extractor=r.extractor,
    )  # fmt: skip
    group = r.syndication_group if r.syndication_group is not None else r.document_id
    source = ClaimSource(
        document_id=str(r.external_id or r.document_id or r.doc),
        outlet=str(r.source_name or r.site or r.doc),
        reliability=str(r.reliability or "unknown"),
        syndication_group=None if group is None else str(group),
        published=r.published,
        lang=r.lang,
    )
    return SourcedClaim(id=int(r.id), claim=claim, source=source)


def sourced_claims(store: Store, claim_ids: Iterable[int] | None = None) -> list[SourcedClaim]:
    """Stored claims with what ingestion knows of their documents (outlet, reliability, group)."""
    wanted = None if claim_ids is None else sorted(set(claim_ids))
    where = ""
    if wanted is not None:
        if not wanted:
            return []
        where = f"WHERE c.id IN ({', '.join(str(int(i)) for i in wanted)})"
    with store.begin() as conn:
        return [_sourced(r) for r in conn.execute(text(_CLAIM_SOURCE_SQL.format(where=where)))]


def with_fields(event: StoredEvent, **changes: Any) -> EventFields:
    """The event's fields with some replaced (for corrections)."""
    return replace(event.fields, **changes)
