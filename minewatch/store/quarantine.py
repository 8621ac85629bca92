"""Rejected items (the quarantine), ingest runs and HTTP validators for conditional GET."""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, text

from minewatch.errors import StoreError
from minewatch.store.base import Store


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class QuarantinedItem:
    """An item rejected by ingestion, with its stable error code and reason."""

    id: int
    source_name: str
    locator: str
    original_sha256: str
    code: str
    reason: str
    size: int
    meta: dict[str, Any]
    first_seen: str
    last_seen: str
    run_id: int | None
    status: str  # "open" or "resolved"

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}


def quarantine_item(
    conn: Connection,
    *,
    source_name: str,
    locator: str,
    original_sha256: str,
    code: str,
    reason: str,
    original: bytes | None,
    size: int,
    meta: dict[str, Any],
    run_id: int | None,
) -> None:
    """Record a rejected item; the same item rejected again only updates ``last_seen``."""
    params = {
        "s": source_name, "l": locator, "o": original_sha256, "c": code, "r": reason,
        "b": None if original is None else zlib.compress(original, 6), "n": size,
        "m": json.dumps(meta, ensure_ascii=False, sort_keys=True), "t": now(), "run": run_id,
    }  # fmt: skip
    conn.execute(
        text(
            "INSERT INTO quarantine (source_name, locator, original_sha256, code, reason, "
            "original, size, meta, first_seen, last_seen, run_id) VALUES (:s, :l, :o, :c, :r, "
            ":b, :n, :m, :t, :t, :run) ON CONFLICT (source_name, locator, original_sha256) "
            "DO UPDATE SET last_seen = excluded.last_seen, code = excluded.code, "
            "reason = excluded.reason, status = 'open'"
        ),
        params,
    )


def resolve_quarantined(conn: Connection, source_name: str, locator: str) -> None:
    """Mark earlier rejections of this item as resolved (it has now been ingested)."""
    conn.execute(
        text(
            "UPDATE quarantine SET status = 'resolved' "
            "WHERE source_name = :s AND locator = :l AND status = 'open'"
        ),
        {"s": source_name, "l": locator},
    )


_COLUMNS = (
    "id, source_name, locator, original_sha256, code, reason, size, meta, first_seen, "
    "last_seen, run_id, status"
)


def _item(row: Any) -> QuarantinedItem:
    data = dict(row._mapping)
    data.pop("original", None)
    data["id"] = int(data["id"])
    data["meta"] = json.loads(data["meta"])
    data["run_id"] = None if data["run_id"] is None else int(data["run_id"])
    return QuarantinedItem(**data)


def list_quarantine(
    store: Store, *, status: str | None = "open", code: str | None = None, limit: int | None = None
) -> list[QuarantinedItem]:
    """Quarantined items, newest first."""
    clauses, params = [], {}
    if status:
        clauses.append("status = :status")
        params["status"] = status
    if code:
        clauses.append("code = :code")
        params["code"] = code
    sql = f"SELECT {_COLUMNS} FROM quarantine"
    sql += (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql += " ORDER BY id DESC"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    with store.begin() as conn:
        return [_item(r) for r in conn.execute(text(sql), params)]


def get_quarantined(store: Store, item_id: int) -> tuple[QuarantinedItem, bytes | None]:
    """A quarantined item and its original bytes (None when they were not kept)."""
    with store.begin() as conn:
        row = conn.execute(
            text(f"SELECT {_COLUMNS}, original FROM quarantine WHERE id = :id"), {"id": item_id}
        ).first()
    if row is None:
        raise StoreError(f"no quarantined item {item_id}", code="MW502")
    blob = row.original
    return _item(row), None if blob is None else zlib.decompress(bytes(blob))


def start_run(store: Store, sources: list[str], options: dict[str, Any]) -> int:
    """Record the start of an ingest run and return its id."""
    with store.begin() as conn:
        row = conn.execute(
            text(
                "INSERT INTO ingest_runs (started_at, sources, options) VALUES (:t, :s, :o) "
                "RETURNING id"
            ),
            {
                "t": now(),
                "s": json.dumps(sources, ensure_ascii=False),
                "o": json.dumps(options, ensure_ascii=False, sort_keys=True, default=str),
            },
        ).one()
    return int(row[0])


def finish_run(store: Store, run_id: int, counts: dict[str, int], status: str = "done") -> None:
    """Record a run's counts and end time."""
    with store.begin() as conn:
        conn.execute(
            text(
                "UPDATE ingest_runs SET finished_at = :t, ingested = :ingested, "
                "duplicates = :duplicates, near_duplicates = :near_duplicates, "
                "quarantined = :quarantined, unchanged = :unchanged, status = :status "
                "WHERE id = :id"
            ),
            {"t": now(), "id": run_id, "status": status, **counts},
        )


@dataclass(frozen=True, slots=True)
class Validators:
    """What a server told us about a URL last time (for conditional GET)."""

    etag: str | None
    last_modified: str | None
    content_sha256: str | None


def get_validators(store: Store, url: str) -> Validators | None:
    with store.begin() as conn:
        row = conn.execute(
            text("SELECT etag, last_modified, content_sha256 FROM fetch_state WHERE url = :u"),
            {"u": url},
        ).first()
    return None if row is None else Validators(row.etag, row.last_modified, row.content_sha256)


def save_validators(store: Store, url: str, validators: Validators) -> None:
    with store.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO fetch_state (url, etag, last_modified, content_sha256, fetched_at) "
                "VALUES (:u, :e, :m, :h, :t) ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, "
                "last_modified = excluded.last_modified, "
                "content_sha256 = excluded.content_sha256, fetched_at = excluded.fetched_at"
            ),
            {
                "u": url,
                "e": validators.etag,
                "m": validators.last_modified,
                "h": validators.content_sha256,
                "t": now(),
            },
        )
