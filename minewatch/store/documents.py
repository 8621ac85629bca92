"""Stored documents: originals with provenance, exact copies, syndication groups.

A document is stored once per distinct normalised text (``text_sha256`` is unique).  Another item
with the same text becomes a row of ``document_copies`` linked to the first copy.  A near-duplicate
(syndicated or lightly edited copy) is stored, with ``duplicate_of`` naming the document it matched
and ``syndication_group`` the group's first document: later stages count independent sources
through :func:`independence_key`.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from minewatch.errors import StoreError
from minewatch.records import TextDocument
from minewatch.store.base import Store
from minewatch.store.search import (
    SearchHit,
    document_filters,
    index_document,
    search_documents,
)

__all__ = [
    "DocumentCopy",
    "NewDocument",
    "SearchHit",
    "StoredDocument",
    "add_copy",
    "count_documents",
    "find_by_text_hash",
    "get_document",
    "independence_key",
    "insert_document",
    "iter_text_documents",
    "list_documents",
    "load_signatures",
    "search_documents",
    "seen_locator",
]


@dataclass(frozen=True, slots=True)
class NewDocument:
    """A document ready to be stored (built by the ingest pipeline)."""

    external_id: str | None
    source_name: str
    locator: str
    url: str | None
    path: str | None
    title: str | None
    published: str | None
    site: str | None
    author: str | None
    canonical_url: str | None
    lang: str | None
    lang_confidence: float | None
    content_type: str
    text: str
    original: bytes
    original_sha256: str
    text_sha256: str
    reliability: str
    retrieved_at: str
    run_id: int | None
    duplicate_of: int | None = None
    similarity: float | None = None
    minhash: bytes | None = None


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A document as stored, with its provenance."""

    id: int
    external_id: str | None
    source_name: str
    locator: str
    url: str | None
    path: str | None
    title: str | None
    published: str | None
    site: str | None
    author: str | None
    canonical_url: str | None
    lang: str | None
    lang_confidence: float | None
    content_type: str | None
    text: str
    original_sha256: str
    text_sha256: str
    reliability: str
    retrieved_at: str
    run_id: int | None
    duplicate_of: int | None
    syndication_group: int
    similarity: float | None

    def to_dict(self, *, with_text: bool = True) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in self.__slots__}
        if not with_text:
            data.pop("text")
        return data


@dataclass(frozen=True, slots=True)
class DocumentCopy:
    """Another item whose text was exactly that of a stored document."""

    document_id: int
    external_id: str | None
    source_name: str
    locator: str
    url: str | None
    retrieved_at: str


_STORED = (
    "id, external_id, source_name, locator, url, path, title, published, site, author, "
    "canonical_url, lang, lang_confidence, content_type, text, original_sha256, text_sha256, "
    "reliability, retrieved_at, run_id, duplicate_of, syndication_group, similarity"
)
_INSERTED = [f for f in NewDocument.__slots__ if f not in ("original",)]


def insert_document(conn: Connection, dialect: str, doc: NewDocument) -> int:
    """Store ``doc`` (original compressed), index it, and return its id."""
    params = {name: getattr(doc, name) for name in _INSERTED}
    params["original"] = zlib.compress(doc.original, 6)
    columns = [*_INSERTED, "original"]
    row = conn.execute(
        text(
            f"INSERT INTO documents ({', '.join(columns)}) "
            f"VALUES ({', '.join(':' + c for c in columns)}) RETURNING id"
        ),
        params,
    ).one()
    doc_id = int(row[0])
    group = doc_id
    if doc.duplicate_of is not None:
        group = int(
            conn.execute(
                text("SELECT syndication_group FROM documents WHERE id = :id"),
                {"id": doc.duplicate_of},
            ).scalar_one()
        )
    conn.execute(
        text("UPDATE documents SET syndication_group = :g WHERE id = :id"),
        {"g": group, "id": doc_id},
    )
    index_document(conn, dialect, doc_id, doc.title or "", doc.text)
    return doc_id


def find_by_text_hash(conn: Connection, text_sha256: str) -> int | None:
    """The id of the document with this normalised-text hash, if stored."""
    value = conn.execute(
        text("SELECT id FROM documents WHERE text_sha256 = :h"), {"h": text_sha256}
    ).scalar()
    return None if value is None else int(value)


def add_copy(conn: Connection, document_id: int, doc: NewDocument) -> bool:
    """Link an exact copy to its stored document; False if this copy was already recorded."""
    result = conn.execute(
        text(
            "INSERT INTO document_copies (document_id, external_id, source_name, locator, url, "
            "original_sha256, reliability, retrieved_at, run_id) VALUES (:d, :e, :s, :l, :u, :o, "
            ":r, :t, :run) ON CONFLICT (source_name, locator, original_sha256) DO NOTHING"
        ),
        {
            "d": document_id,
            "e": doc.external_id,
            "s": doc.source_name,
            "l": doc.locator,
            "u": doc.url,
            "o": doc.original_sha256,
            "r": doc.reliability,
            "t": doc.retrieved_at,
            "run": doc.run_id,
        },
    )
    return bool(result.rowcount)


def seen_locator(conn: Connection, source_name: str, locator: str, original_sha256: str) -> bool:
    """Whether this exact item (source, locator, bytes) was already stored or linked."""
    params = {"s": source_name, "l": locator, "o": original_sha256}
    for table in ("documents", "document_copies"):
        found = conn.execute(
            text(
                f"SELECT 1 FROM {table} WHERE source_name = :s AND locator = :l "
                "AND original_sha256 = :o LIMIT 1"
            ),
            params,
        ).first()
        if found:
            return True
    return False


def _stored(row: Any) -> StoredDocument:
    data = dict(row._mapping)
    data["id"] = int(data["id"])
    data["syndication_group"] = int(data["syndication_group"] or data["id"])
    for key in ("run_id", "duplicate_of"):
        data[key] = None if data[key] is None else int(data[key])
    return StoredDocument(**data)


def get_document(store: Store, doc_id: int | str) -> StoredDocument:
    """The document with this id (or, for a non-numeric string, this external id)."""
    with store.begin() as conn:
        return _get(conn, doc_id)


def _get(conn: Connection, doc_id: int | str) -> StoredDocument:
    if isinstance(doc_id, int) or str(doc_id).isdigit():
        sql, value = f"SELECT {_STORED} FROM documents WHERE id = :v", int(doc_id)
        row = conn.execute(text(sql), {"v": value}).first()
    else:
        row = None
    if row is None:
        row = conn.execute(
            text(f"SELECT {_STORED} FROM documents WHERE external_id = :v ORDER BY id LIMIT 1"),
            {"v": str(doc_id)},
        ).first()
    if row is None:
        raise StoreError(f"no document {doc_id!r}", code="MW501")
    return _stored(row)


def get_original(store: Store, doc_id: int) -> bytes:
    """The original bytes of a document, decompressed."""
    with store.begin() as conn:
        blob = conn.execute(
            text("SELECT original FROM documents WHERE id = :id"), {"id": doc_id}
        ).scalar()
    if blob is None:
        raise StoreError(f"no document {doc_id!r}", code="MW501")
    return zlib.decompress(bytes(blob))


def list_documents(
    store: Store,
    *,
    lang: str | None = None,
    source: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[StoredDocument]:
    """Stored documents in id order, optionally filtered."""
    clauses, params = document_filters(lang=lang, source=source, since=since, until=until)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = f"SELECT {_STORED} FROM documents{where} ORDER BY id"
    if limit is not None:
        sql += " LIMIT :limit OFFSET :offset"
        params.update(limit=limit, offset=offset)
    with store.begin() as conn:
        return [_stored(r) for r in conn.execute(text(sql), params)]


def count_documents(store: Store) -> int:
    with store.begin() as conn:
        return int(conn.execute(text("SELECT COUNT(*) FROM documents")).scalar_one())


def list_copies(store: Store, document_id: int) -> list[DocumentCopy]:
    """The exact copies linked to a document."""
    with store.begin() as conn:
        rows = conn.execute(
            text(
                "SELECT document_id, external_id, source_name, locator, url, retrieved_at "
                "FROM document_copies WHERE document_id = :d ORDER BY id"
            ),
            {"d": document_id},
        )
        return [DocumentCopy(**{**r._mapping, "document_id": int(r.document_id)}) for r in rows]


def iter_text_documents(store: Store, *, batch: int = 500) -> Iterator[TextDocument]:
    """Every stored document as a :class:`TextDocument` (``id`` is ``str(document id)``)."""
    last = 0
    while True:
        with store.begin() as conn:
            rows = conn.execute(
                text(
                    "SELECT id, text, published, lang, url, title FROM documents "
                    "WHERE id > :last ORDER BY id LIMIT :n"
                ),
                {"last": last, "n": batch},
            ).all()
        if not rows:
            return
        for r in rows:
            yield TextDocument(
                id=str(r.id), text=r.text, published=r.published, lang=r.lang, url=r.url,
                title=r.title,
            )  # fmt: skip
        last = int(rows[-1].id)


def independence_key(store: Store, doc_id: int | str) -> str:
    """The key under which copies of one story count once: ``"group:<first document id>"``.

    Documents in the same syndication group (near-duplicates of each other) share a key; exact
    copies are never stored twice, so they share their document's key.
    """
    with store.begin() as conn:
        return f"group:{_get(conn, doc_id).syndication_group}"


def independence_keys(store: Store) -> dict[int, str]:
    """The independence key of every stored document, by document id."""
    with store.begin() as conn:
        rows = conn.execute(text("SELECT id, syndication_group FROM documents"))
        return {int(r.id): f"group:{int(r.syndication_group or r.id)}" for r in rows}


def load_signatures(store: Store) -> Iterator[tuple[int, bytes]]:
    """(document id, MinHash signature bytes) for every document that has one."""
    with store.begin() as conn:
        rows = conn.execute(
            text("SELECT id, minhash FROM documents WHERE minhash IS NOT NULL ORDER BY id")
        ).all()
    for r in rows:
        yield int(r.id), bytes(r.minhash)
