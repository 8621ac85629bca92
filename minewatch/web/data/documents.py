"""Documents, their claims with evidence spans, search, and adding a document."""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from minewatch.errors import StoreError
from minewatch.store import Store
from minewatch.store.claims import StoredClaim, list_claims
from minewatch.store.documents import count_documents, get_document, list_documents
from minewatch.store.search import search_documents
from minewatch.web.errors import NotFound, WebError

_MARK = re.compile(r"\[([^\[\]]*)\]")


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of document text; ``claims`` are the claims whose evidence covers it."""

    text: str
    claims: tuple[int, ...] = ()
    anchors: tuple[int, ...] = ()  # claims whose evidence starts here (link targets)


def claim_dict(stored: StoredClaim) -> dict[str, Any]:
    """A claim as JSON-ready data, with its span."""
    row = stored.as_row()
    row["span"] = {"start": stored.claim.start, "end": stored.claim.end}
    return row


def segments(text: str, claims: list[StoredClaim]) -> list[Segment]:
    """Cut ``text`` at every evidence boundary; each piece knows which claims cover it."""
    spans = [(c.id, c.claim.start, c.claim.end) for c in claims
             if 0 <= c.claim.start < c.claim.end <= len(text)]
    cuts = sorted({0, len(text), *[s for _, s, _ in spans], *[e for _, _, e in spans]})
    pieces: list[Segment] = []
    for left, right in pairwise(cuts):
        covering = tuple(i for i, s, e in spans if s <= left and right <= e)
        starting = tuple(i for i, s, _ in spans if s == left)
        pieces.append(Segment(text[left:right], covering, starting))
    return pieces


def document_meta(doc_id: int | str, store: Store) -> dict[str, Any]:
    try:
        doc = get_document(store, doc_id)
    except StoreError as exc:
        raise NotFound(f"no document {doc_id!r}") from exc
    return doc.to_dict(with_text=False)


def document_view(store: Store, doc_id: int | str) -> dict[str, Any]:
    """A document with its text, its claims (with spans) and the highlighted segments."""
    try:
        doc = get_document(store, doc_id)
    except StoreError as exc:
        raise NotFound(f"no document {doc_id!r}") from exc
    claims = list_claims(store, doc=doc.id, limit=1000)
    claims = [c for c in claims if c.document_id == doc.id]
    return {
        "document": doc.to_dict(with_text=True),
        "claims": [claim_dict(c) for c in claims],
        "segments": segments(doc.text, claims),
    }


def documents_page(store: Store, *, lang: str | None, source: str | None, since: str | None,
                   until: str | None, limit: int, offset: int) -> tuple[list[dict[str, Any]],
                                                                      int | None]:
    """A page of document metadata, and the total when no filter is given."""
    docs = list_documents(store, lang=lang, source=source, since=since, until=until,
                          limit=limit, offset=offset)
    filtered = any(v is not None for v in (lang, source, since, until))
    total = None if filtered else count_documents(store)
    return [d.to_dict(with_text=False) for d in docs], total


def claims_page(store: Store, *, filters: dict[str, str | None], limit: int,
                offset: int) -> list[dict[str, Any]]:
    """A page of claims matching the filters (doc, type, actor, treaty, modality, since, until)."""
    found = list_claims(store, limit=offset + limit, **filters)
    return [claim_dict(c) for c in found[offset:offset + limit]]


def split_snippet(snippet: str) -> list[tuple[str, bool]]:
    """A search snippet as (text, matched) pieces; matches were marked with [brackets]."""
    pieces: list[tuple[str, bool]] = []
    cursor = 0
    for m in _MARK.finditer(snippet):
        pieces.append((snippet[cursor:m.start()], False))
        pieces.append((m.group(1), True))
        cursor = m.end()
    pieces.append((snippet[cursor:], False))
    return [p for p in pieces if p[0]]


def search(store: Store, query: str, *, lang: str | None, since: str | None, until: str | None,
           source: str | None, limit: int) -> list[dict[str, Any]]:
    """Ranked hits with snippets."""
    hits = search_documents(store, query, lang=lang, since=since, until=until, source=source,
                            limit=limit)
    return [
        {"id": h.id, "external_id": h.external_id, "title": h.title, "published": h.published,
         "lang": h.lang, "source_name": h.source_name, "url": h.url, "rank": h.rank,
         "snippet": h.snippet, "pieces": split_snippet(h.snippet)}
        for h in hits
    ]


def add_document(store: Store, record: dict[str, Any], *, source_name: str) -> dict[str, Any]:
    """Ingest one text document through the ingestion pipeline; return its stored metadata."""
    from minewatch.ingest.items import IngestOptions
    from minewatch.ingest.pipeline import run_ingest

    with tempfile.TemporaryDirectory(prefix="minewatch-api-") as folder:
        path = Path(folder) / "document.jsonl"
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        summary = run_ingest(store, [str(path)], IngestOptions(
            source_name=source_name, progress="none", lang=record.get("lang")))
    if summary.quarantined:
        raise WebError(422, "The document was quarantined by ingestion (see minewatch "
                            "quarantine list).")
    return document_meta(str(record["id"]), store)
