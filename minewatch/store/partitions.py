"""Partition state of scale runs (issue 7): done, failed or quarantined, for resume and reports.

A partition is keyed by its archive's identity (content hash of size, head and tail), its unit
(``bytes`` or ``records``) and its range.  ``done`` is written in the same transaction as the
partition's documents and claims, so a run killed at any point and run again neither loses nor
repeats a partition.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import Connection, text

from minewatch.store.base import Store

DONE, FAILED, QUARANTINED = "done", "failed", "quarantined"


class PartitionKey(Protocol):
    """What identifies a partition (``minewatch.scale.plan.Partition`` has these fields)."""

    @property
    def archive_id(self) -> str: ...
    @property
    def archive(self) -> str: ...
    @property
    def unit(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass(frozen=True, slots=True)
class PartitionState:
    """A partition's recorded state."""

    archive: str
    unit: str
    start: int
    end: int
    status: str
    attempts: int
    reason: str | None
    records: int
    relevant: int
    documents: int
    claims: int
    quarantined: int
    seconds: float
    run_id: int | None
    updated_at: str

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}


_UPSERT = text(
    "INSERT INTO scale_partitions (archive_id, archive, unit, start_offset, end_offset, status,"
    " attempts, reason, records, relevant, documents, claims, quarantined, seconds, run_id,"
    " updated_at) VALUES (:archive_id, :archive, :unit, :start, :end, :status, :attempts, :reason,"
    " :records, :relevant, :documents, :claims, :quarantined, :seconds, :run_id, :t)"
    " ON CONFLICT (archive_id, unit, start_offset, end_offset) DO UPDATE SET"
    " status = excluded.status, attempts = scale_partitions.attempts + excluded.attempts,"
    " reason = excluded.reason, records = excluded.records, relevant = excluded.relevant,"
    " documents = excluded.documents, claims = excluded.claims,"
    " quarantined = excluded.quarantined, seconds = excluded.seconds, run_id = excluded.run_id,"
    " archive = excluded.archive, updated_at = excluded.updated_at"
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def record_partition(
    conn: Connection,
    partition: PartitionKey,
    status: str,
    *,
    run_id: int | None,
    attempts: int = 1,
    reason: str | None = None,
    counts: dict[str, int | float] | None = None,
) -> None:
    """Record a partition's state inside the caller's transaction (attempts add up)."""
    values: dict[str, Any] = dict.fromkeys(
        ("records", "relevant", "documents", "claims", "quarantined", "seconds"), 0
    )
    values.update(counts or {})
    conn.execute(
        _UPSERT,
        {
            "archive_id": partition.archive_id, "archive": partition.archive,
            "unit": partition.unit, "start": partition.start, "end": partition.end,
            "status": status, "attempts": attempts, "reason": reason, "run_id": run_id,
            "t": _now(), **values,
        },
    )  # fmt: skip


def finished_ranges(store: Store, archive_id: str) -> set[tuple[str, int, int]]:
    """(unit, start, end) of the archive's partitions recorded as done."""
    with store.begin() as conn:
        rows = conn.execute(
            text(
                "SELECT unit, start_offset, end_offset FROM scale_partitions"
                " WHERE archive_id = :a AND status = :s"
            ),
            {"a": archive_id, "s": DONE},
        )
        return {(str(r[0]), int(r[1]), int(r[2])) for r in rows}


def list_partitions(
    store: Store, *, status: str | None = None, archive: str | None = None
) -> list[PartitionState]:
    """Recorded partitions, by archive and range."""
    clauses, params = [], {}
    if status:
        clauses.append("status = :status")
        params["status"] = status
    if archive:
        clauses.append("archive = :archive")
        params["archive"] = archive
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = (
        "SELECT archive, unit, start_offset, end_offset, status, attempts, reason, records,"
        " relevant, documents, claims, quarantined, seconds, run_id, updated_at"
        f" FROM scale_partitions{where} ORDER BY archive, unit, start_offset"
    )
    with store.begin() as conn:
        return [
            PartitionState(
                archive=r[0], unit=r[1], start=int(r[2]), end=int(r[3]), status=r[4],
                attempts=int(r[5]), reason=r[6], records=int(r[7]), relevant=int(r[8]),
                documents=int(r[9]), claims=int(r[10]), quarantined=int(r[11]),
                seconds=float(r[12]), run_id=None if r[13] is None else int(r[13]),
                updated_at=str(r[14]),
            )
            for r in conn.execute(text(sql), params)
        ]
