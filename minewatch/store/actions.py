"""Treaty facts in the store: load the bundled facts, add an action, list and read them back.

Every write validates the whole record (what is stored plus what is added) with the law
engine's checks inside one transaction, so that a bad row leaves the store as it was.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, RowMapping, text

from minewatch.law.bundle import read_facts as read_fact_files
from minewatch.law.facts import (
    ArmedConflict,
    DeadlineExtension,
    Facts,
    ObligationFinding,
    TreatyAction,
)
from minewatch.law.treaties import Treaty, bundled_treaties
from minewatch.law.validate import validate_facts
from minewatch.store.base import Store

_LOCK_ID = 727002  # serialises fact writers on PostgreSQL


@dataclass(frozen=True, slots=True)
class StoredAction:
    """A treaty action as stored, with who added it when."""

    id: int
    action: TreatyAction
    added_at: str
    added_by: str

    def row(self) -> dict[str, Any]:
        a = self.action
        return {
            "id": self.id,
            "treaty": a.treaty,
            "iso3": a.iso3,
            "action": a.action,
            "date": a.date.isoformat(),
            "succession_date": a.succession_date.isoformat() if a.succession_date else None,
            "predecessor": a.predecessor,
            "source": a.source,
            "added_at": self.added_at,
            "added_by": self.added_by,
        }


@dataclass(frozen=True, slots=True)
class LoadSummary:
    """How many rows of each kind a load added (rows already present are not counted)."""

    actions: int
    extensions: int
    conflicts: int
    findings: int = 0


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _day(value: Any) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def _action_from(row: RowMapping) -> TreatyAction:
    return TreatyAction(
        treaty=row["treaty"],
        iso3=row["iso3"],
        action=row["action"],
        date=date.fromisoformat(row["action_date"]),
        sources=tuple(s.strip() for s in row["source"].split("|") if s.strip()),
        succession_date=_day(row["succession_date"]),
        predecessor=row["predecessor"],
        origin=f"treaty_actions #{row['id']} (added {row['added_at']} by {row['added_by']})",
    )


def _stored_actions(conn: Connection) -> list[StoredAction]:
    rows = conn.execute(text("SELECT * FROM treaty_actions ORDER BY treaty, iso3, action_date, id"))
    return [
        StoredAction(int(r["id"]), _action_from(r), r["added_at"], r["added_by"])
        for r in rows.mappings()
    ]


def _facts_in(conn: Connection) -> Facts:
    extensions = tuple(
        DeadlineExtension(
            treaty=r["treaty"],
            article=r["article"],
            iso3=r["iso3"],
            extended_deadline=date.fromisoformat(r["extended_deadline"]),
            source=r["source"],
            origin=f"deadline_extensions #{r['id']}",
        )
        for r in conn.execute(text("SELECT * FROM deadline_extensions ORDER BY id")).mappings()
    )
    conflicts = tuple(
        ArmedConflict(
            iso3=r["iso3"],
            start=date.fromisoformat(r["start_date"]),
            end=_day(r["end_date"]),
            description=r["description"],
            source=r["source"],
            origin=f"armed_conflicts #{r['id']}",
        )
        for r in conn.execute(text("SELECT * FROM armed_conflicts ORDER BY id")).mappings()
    )
    findings = tuple(
        ObligationFinding(
            treaty=r["treaty"],
            iso3=r["iso3"],
            obligation=r["obligation"],
            finding=r["finding"],
            date=date.fromisoformat(r["finding_date"]),
            source=r["source"],
            origin=f"obligation_findings #{r['id']}",
        )
        for r in conn.execute(text("SELECT * FROM obligation_findings ORDER BY id")).mappings()
    )
    actions = tuple(s.action for s in _stored_actions(conn))
    return Facts(actions, extensions, conflicts, findings)


def read_facts(store: Store) -> Facts:
    """Every stored fact, ready for the law engine."""
    with store.begin() as conn:
        return _facts_in(conn)


def list_actions(
    store: Store, *, treaty: str | None = None, iso3: str | None = None
) -> tuple[StoredAction, ...]:
    """Stored actions, optionally of one treaty and/or one State."""
    with store.begin() as conn:
        found = _stored_actions(conn)
    return tuple(
        s
        for s in found
        if (treaty is None or s.action.treaty == treaty.upper())
        and (iso3 is None or s.action.iso3 == iso3.upper())
    )


def _lock(conn: Connection, store: Store) -> None:
    """Take the writer's lock before reading, so that two writers cannot both validate
    against the same record (two "first" ratifications of one State)."""
    if store.dialect == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _LOCK_ID})
    else:  # a write statement makes SQLite take its RESERVED (single writer) lock now
        conn.execute(text("UPDATE treaty_actions SET id = id WHERE 0 = 1"))


def _insert_action(conn: Connection, action: TreatyAction, stamp: str, by: str) -> None:
    conn.execute(
        text(
            "INSERT INTO treaty_actions (treaty, iso3, action, action_date, succession_date,"
            " predecessor, source, added_at, added_by) VALUES (:treaty, :iso3, :action, :day,"
            " :succession, :predecessor, :source, :at, :by)"
        ),
        {
            "treaty": action.treaty,
            "iso3": action.iso3,
            "action": action.action,
            "day": action.date.isoformat(),
            "succession": action.succession_date.isoformat() if action.succession_date else None,
            "predecessor": action.predecessor,
            "source": action.source,
            "at": stamp,
            "by": by,
        },
    )


def _insert_extension(conn: Connection, e: DeadlineExtension, stamp: str, by: str) -> None:
    conn.execute(
        text(
            "INSERT INTO deadline_extensions (treaty, article, iso3, extended_deadline, source,"
            " added_at, added_by) VALUES (:treaty, :article, :iso3, :deadline, :source, :at, :by)"
        ),
        {
            "treaty": e.treaty,
            "article": e.article,
            "iso3": e.iso3,
            "deadline": e.extended_deadline.isoformat(),
            "source": e.source,
            "at": stamp,
            "by": by,
        },
    )


def _insert_conflict(conn: Connection, c: ArmedConflict, stamp: str, by: str) -> None:
    conn.execute(
        text(
            "INSERT INTO armed_conflicts (iso3, start_date, end_date, description, source,"
            " added_at, added_by) VALUES (:iso3, :start, :end, :description, :source, :at, :by)"
        ),
        {
            "iso3": c.iso3,
            "start": c.start.isoformat(),
            "end": c.end.isoformat() if c.end else None,
            "description": c.description,
            "source": c.source,
            "at": stamp,
            "by": by,
        },
    )


def _insert_finding(conn: Connection, f: ObligationFinding, stamp: str, by: str) -> None:
    conn.execute(
        text(
            "INSERT INTO obligation_findings (treaty, iso3, obligation, finding, finding_date,"
            " source, added_at, added_by) VALUES (:treaty, :iso3, :obligation, :finding, :day,"
            " :source, :at, :by)"
        ),
        {
            "treaty": f.treaty,
            "iso3": f.iso3,
            "obligation": f.obligation,
            "finding": f.finding,
            "day": f.date.isoformat(),
            "source": f.source,
            "at": stamp,
            "by": by,
        },
    )


def _action_key(a: TreatyAction) -> tuple[str, str, str, date]:
    return a.treaty, a.iso3, a.action, a.date


def _new(items: Sequence[Any], existing: Sequence[Any], key: Any) -> list[Any]:
    seen = {key(e) for e in existing}
    fresh = []
    for item in items:
        if key(item) not in seen:
            seen.add(key(item))
            fresh.append(item)
    return fresh


def load_facts(
    store: Store,
    facts: Facts,
    *,
    added_by: str,
    treaties: Mapping[str, Treaty] | None = None,
    today: date | None = None,
) -> LoadSummary:
    """Add the facts not yet stored, after validating stored and new facts together.

    All or nothing: on the first bad fact (``FactError``) no row is written."""
    stamp = _now()
    with store.begin() as conn:
        _lock(conn, store)
        stored = _facts_in(conn)
        actions = _new(facts.actions, stored.actions, _action_key)
        extensions = _new(
            facts.extensions,
            stored.extensions,
            lambda e: (e.treaty, e.article, e.iso3, e.extended_deadline),
        )
        conflicts = _new(facts.conflicts, stored.conflicts, lambda c: (c.iso3, c.start))
        findings = _new(
            facts.findings,
            stored.findings,
            lambda f: (f.treaty, f.iso3, f.obligation, f.finding, f.date),
        )
        merged = Facts(
            (*stored.actions, *actions),
            (*stored.extensions, *extensions),
            (*stored.conflicts, *conflicts),
            (*stored.findings, *findings),
        )
        validate_facts(
            merged, bundled_treaties() if treaties is None else treaties, today or date.today()
        )
        for action in actions:
            _insert_action(conn, action, stamp, added_by)
        for extension in extensions:
            _insert_extension(conn, extension, stamp, added_by)
        for conflict in conflicts:
            _insert_conflict(conn, conflict, stamp, added_by)
        for finding in findings:
            _insert_finding(conn, finding, stamp, added_by)
    return LoadSummary(len(actions), len(extensions), len(conflicts), len(findings))


def load_bundled_facts(store: Store, *, added_by: str = "minewatch init") -> LoadSummary:
    """Load the facts shipped with Minewatch (idempotent: a second run adds nothing)."""
    return load_facts(store, read_fact_files(), added_by=added_by)


def add_action(
    store: Store,
    action: TreatyAction,
    *,
    added_by: str = "minewatch actions add",
    treaties: Mapping[str, Treaty] | None = None,
    today: date | None = None,
) -> bool:
    """Record one action with its source; ``False`` if the same action is already stored.

    Refused with ``FactError`` when the record with it would be inconsistent."""
    summary = load_facts(
        store, Facts(actions=(action,)), added_by=added_by, treaties=treaties, today=today
    )
    return summary.actions == 1
