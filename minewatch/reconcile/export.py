"""Exports: events, claims, documents and treaty status as CSV, JSON Lines or Parquet.

Each table is a list of columns and a list of flat rows (:func:`export_table`); the columns are
documented in ``docs/data-dictionary.md`` (a test checks that every column is).  Lists (claim ids)
are written as ``;``-joined text in CSV and as arrays in JSON Lines and Parquet.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from minewatch.errors import UsageError
from minewatch.law import STATUS_COLUMNS, bundled_treaties, treaty_status
from minewatch.reconcile import dates
from minewatch.reconcile.corroboration import corroborate
from minewatch.reconcile.pipeline import law_context
from minewatch.reconcile.records import ClaimSource
from minewatch.reconcile.reliability import ReliabilityTable, load_table
from minewatch.store.base import Store
from minewatch.store.documents import list_documents
from minewatch.store.events import claim_links, list_contradictions, list_events, sourced_claims

TABLES = ("events", "claims", "documents", "status")
FORMATS = ("csv", "jsonl", "parquet")

EVENT_COLUMNS = (
    "event_id", "type", "actor", "treaty", "counterpart", "modality", "date", "date_precision",
    "quantity", "quantity_max", "unit", "institution", "review_state", "version", "reviewed_by",
    "reviewed_at", "review_reason", "claim_ids", "documents", "independent_sources",
    "corroboration_score", "best_grade", "contradictions", "recorded_from",
)  # fmt: skip
CLAIM_COLUMNS = (
    "claim_id", "event_id", "document_id", "outlet", "grade", "published", "lang", "type",
    "actor", "treaty", "date", "quantity", "unit", "counterpart", "modality", "evidence",
    "start", "end", "confidence", "extractor",
)  # fmt: skip
DOCUMENT_COLUMNS = (
    "document_id", "external_id", "source_name", "url", "title", "published", "lang",
    "reliability", "grade", "duplicate_of", "syndication_group", "similarity", "retrieved_at",
)  # fmt: skip
COLUMNS: Mapping[str, tuple[str, ...]] = {
    "events": EVENT_COLUMNS,
    "claims": CLAIM_COLUMNS,
    "documents": DOCUMENT_COLUMNS,
    "status": tuple(STATUS_COLUMNS),
}


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    columns: tuple[str, ...]
    rows: tuple[Mapping[str, Any], ...]


def _events(store: Store, table: ReliabilityTable, as_of: str | None) -> list[dict[str, Any]]:
    events = list_events(store, as_of=as_of)
    claims = {c.id: c for c in sourced_claims(store)}
    counts: dict[int, int] = {}
    for stored in list_contradictions(store):
        counts[stored.event_id] = counts.get(stored.event_id, 0) + 1
    rows = []
    for e in events:
        linked = [claims[i] for i in e.claim_ids if i in claims]
        c = corroborate(linked, table)
        rows.append({
            "event_id": e.id, **{k: v for k, v in e.row().items() if k in EVENT_COLUMNS},
            "date_precision": dates.precision(e.fields.date), "review_state": e.state,
            "claim_ids": list(e.claim_ids), "documents": c.documents,
            "independent_sources": c.sources, "corroboration_score": c.score,
            "best_grade": c.best_grade, "contradictions": counts.get(e.id, 0),
        })  # fmt: skip
    return rows


def _claims(store: Store, table: ReliabilityTable) -> list[dict[str, Any]]:
    links = claim_links(store)
    rows = []
    for item in sourced_claims(store):
        c, s = item.claim, item.source
        rows.append({
            **c.to_dict(), "claim_id": item.id, "event_id": links.get(item.id),
            "document_id": s.document_id, "outlet": s.outlet, "grade": table.grade(s),
            "published": s.published, "lang": s.lang,
        })  # fmt: skip
    return rows


def _documents(store: Store, table: ReliabilityTable) -> list[dict[str, Any]]:
    rows = []
    for d in list_documents(store):
        source = ClaimSource(str(d.id), d.source_name, d.reliability)
        rows.append(
            {**d.to_dict(with_text=False), "document_id": d.id, "grade": table.grade(source)}
        )
    return rows


def _status(store: Store, on: date) -> list[dict[str, Any]]:
    facts = law_context(store).facts
    return [s.row() for t in bundled_treaties().values() for s in treaty_status(t, facts, on)]


def export_table(
    store: Store, name: str, *, on: date | None = None, as_of: str | None = None,
    table: ReliabilityTable | None = None,
) -> Table:  # fmt: skip
    """One exportable table: ``events`` (as recorded at ``as_of``), ``claims``, ``documents``, or
    ``status`` (every State under every treaty on ``on``, default today)."""
    grades = table or load_table()
    if name == "events":
        rows = _events(store, grades, as_of)
    elif name == "claims":
        rows = _claims(store, grades)
    elif name == "documents":
        rows = _documents(store, grades)
    elif name == "status":
        rows = _status(store, on or date.today())
    else:
        raise UsageError(f"unknown export {name!r}; choose one of {', '.join(TABLES)}")
    columns = COLUMNS[name]
    return Table(name, columns, tuple({c: r.get(c) for c in columns} for r in rows))


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return "" if value is None else value


def write_csv(table: Table, out: IO[str]) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.columns)
    for row in table.rows:
        writer.writerow([_cell(row[c]) for c in table.columns])


def write_jsonl(table: Table, out: IO[str]) -> None:
    for row in table.rows:
        out.write(json.dumps(dict(row), ensure_ascii=False, default=str) + "\n")


def write_parquet(table: Table, path: Path) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - pyarrow is the "export" extra
        raise UsageError("Parquet export needs pyarrow: pip install 'minewatch[export]'") from exc
    columns = {c: [row[c] for row in table.rows] for c in table.columns}
    pq.write_table(pa.table(columns), path)


def write_table(table: Table, fmt: str, out: IO[str] | None, path: Path | None) -> None:
    """Write ``table`` as ``fmt`` to ``path`` (required for Parquet) or to ``out``."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if path is None:
            raise UsageError("Parquet is binary: give --output FILE")
        write_parquet(table, path)
        return
    writer = write_csv if fmt == "csv" else write_jsonl
    if path is not None:
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer(table, handle)
    elif out is not None:
        writer(table, out)
