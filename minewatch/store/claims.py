"""Claims: what extraction asserted about a document, with evidence and provenance (issue 4)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, text

from minewatch.errors import StoreError
from minewatch.records import Claim
from minewatch.store.base import Store

_INSERT = text(
    "INSERT INTO claims (document_id, doc, type, actor, treaty, date, quantity, unit, counterpart,"
    " modality, evidence, start_offset, end_offset, confidence, extractor, extractor_name,"
    " extractor_version, run_id, created_at) VALUES (:document_id, :doc, :type, :actor, :treaty,"
    " :date, :quantity, :unit, :counterpart, :modality, :evidence, :start, :end, :confidence,"
    " :extractor, :extractor_name, :extractor_version, :run_id, :created_at)"
)
_COLUMNS = (
    "id, document_id, doc, type, actor, treaty, date, quantity, unit, counterpart, modality,"
    " evidence, start_offset, end_offset, confidence, extractor, run_id, created_at"
)


@dataclass(frozen=True, slots=True)
class StoredClaim:
    """A claim as kept in the store, with its row id, document and run."""

    id: int
    document_id: int | None
    run_id: int | None
    created_at: str
    claim: Claim

    def as_row(self) -> dict[str, Any]:
        row = self.claim.to_dict()
        row.update(id=self.id, document_id=self.document_id, run_id=self.run_id)
        return row


def _split_extractor(extractor: str) -> tuple[str, str]:
    name, _, version = extractor.partition("@")
    return name, version or "unknown"


def add_claims(
    conn: Connection, document_id: int | None, claims: Iterable[Claim], run_id: int | None = None
) -> int:
    """Insert the claims of one stored document in the caller's transaction; return the count."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    rows = []
    for claim in claims:
        name, version = _split_extractor(claim.extractor)
        row = claim.to_dict()
        row.update(
            document_id=document_id,
            extractor_name=name,
            extractor_version=version,
            run_id=run_id,
            created_at=now,
        )
        rows.append(row)
    if rows:
        try:
            conn.execute(_INSERT, rows)
        except Exception as exc:
            raise StoreError(f"cannot store claims: {exc}", code="MW520") from exc
    return len(rows)


def _where(
    doc: str | int | None,
    type: str | None,
    actor: str | None,
    treaty: str | None,
    modality: str | None,
    since: str | None,
    until: str | None,
) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if doc is not None:
        if isinstance(doc, int) or str(doc).isdigit():
            clauses.append("(document_id = :document_id OR doc = :doc)")
            params.update(document_id=int(doc), doc=str(doc))
        else:
            clauses.append("doc = :doc")
            params["doc"] = doc
    for column, value in (
        ("type", type),
        ("actor", actor),
        ("treaty", treaty),
        ("modality", modality),
    ):
        if value is not None:
            clauses.append(f"{column} = :{column}")
            params[column] = value
    if since is not None:
        clauses.append("date IS NOT NULL AND date >= :since")
        params["since"] = since
    if until is not None:
        # a claim dated 2025-03 is inside "until 2025-03-31"; compare on the claim's precision
        clauses.append("date IS NOT NULL AND date <= :until")
        params["until"] = until
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def list_claims(
    store: Store,
    *,
    doc: str | int | None = None,
    type: str | None = None,
    actor: str | None = None,
    treaty: str | None = None,
    modality: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
) -> list[StoredClaim]:
    """Stored claims matching every given filter, oldest first; dates compare as text prefixes."""
    where, params = _where(doc, type, actor, treaty, modality, since, until)
    sql = f"SELECT {_COLUMNS} FROM claims{where} ORDER BY id"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = int(limit)
    with store.begin() as conn:
        return [_stored(row) for row in conn.execute(text(sql), params)]


def _stored(row: Any) -> StoredClaim:
    quantity = row.quantity
    if quantity is not None and float(quantity).is_integer():
        quantity = int(quantity)
    claim = Claim(
        doc=row.doc,
        type=row.type,
        actor=row.actor,
        treaty=row.treaty,
        date=row.date,
        quantity=quantity,
        unit=row.unit,
        counterpart=row.counterpart,
        modality=row.modality,
        evidence=row.evidence,
        start=int(row.start_offset),
        end=int(row.end_offset),
        confidence=float(row.confidence),
        extractor=row.extractor,
    )
    document_id = None if row.document_id is None else int(row.document_id)
    run_id = None if row.run_id is None else int(row.run_id)
    return StoredClaim(int(row.id), document_id, run_id, str(row.created_at), claim)
