"""Put documents and claims into a real store for reconcile tests (through the owners' APIs)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy import text

from minewatch.reconcile.records import SourcedClaim
from minewatch.records import Claim
from minewatch.store import Store
from minewatch.store.claims import add_claims
from minewatch.store.documents import NewDocument, insert_document


def add_document(
    store: Store, external_id: str, *, outlet: str, published: str | None = None,
    reliability: str = "normal", duplicate_of: int | None = None, text: str | None = None,
) -> int:  # fmt: skip
    body = text or f"text of {external_id}"
    digest = hashlib.sha256(body.encode()).hexdigest()
    doc = NewDocument(
        external_id=external_id, source_name=outlet, locator=f"{external_id}.txt", url=None,
        path=None, title=external_id, published=published, site=None, author=None,
        canonical_url=None, lang="en", lang_confidence=None, content_type="text/plain",
        text=body, original=body.encode(), original_sha256=digest, text_sha256=digest,
        reliability=reliability, retrieved_at="2026-01-01T00:00:00", run_id=None,
        duplicate_of=duplicate_of,
    )  # fmt: skip
    with store.begin() as conn:
        return insert_document(conn, store.dialect, doc)


def add_sourced(store: Store, items: Sequence[SourcedClaim]) -> dict[str, int]:
    """Store the documents and claims of ``items``; return document ids by external id."""
    with store.begin() as conn:
        rows = conn.execute(text("SELECT external_id, id FROM documents")).all()
    doc_ids: dict[str, int] = {str(r.external_id): int(r.id) for r in rows}
    for item in items:
        src = item.source
        if src.document_id not in doc_ids:
            dup = doc_ids.get(src.syndication_group or "")
            doc_ids[src.document_id] = add_document(
                store, src.document_id, outlet=src.outlet, published=src.published,
                reliability=src.reliability, duplicate_of=dup,
            )  # fmt: skip
    with store.begin() as conn:
        for item in items:
            claim: Claim = item.claim
            add_claims(conn, doc_ids[item.source.document_id], [claim])
    return doc_ids
