"""Documents (metadata, text, evidence spans), their claims, full-text search, adding one."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, Field

from minewatch.records import EVENT_TYPES, MODALITIES
from minewatch.web.data import documents as docs
from minewatch.web.deps import AnalystDep, PageDep, ReadDep, StoreDep

router = APIRouter(tags=["documents"])

DateQuery = Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
LangQuery = Annotated[str | None, Query(pattern=r"^[a-z]{2}$")]
DocId = Annotated[str, Path(pattern=r"^[A-Za-z0-9._:-]{1,200}$", description="Id or external id.")]


class DocumentPage(BaseModel):
    items: list[dict[str, Any]]
    total: int | None = Field(description="Null when filtered (not counted).")
    limit: int
    offset: int


class SpanOut(BaseModel):
    start: int
    end: int


class ClaimOut(BaseModel):
    id: int
    document_id: int | None
    doc: str
    type: str
    actor: str | None
    treaty: str | None
    date: str | None
    quantity: int | float | None
    unit: str | None
    counterpart: str | None
    modality: str
    evidence: str
    start: int
    end: int
    span: SpanOut
    confidence: float
    extractor: str


class DocumentOut(BaseModel):
    document: dict[str, Any] = Field(description="Metadata and the stored text (NFC).")
    claims: list[ClaimOut] = Field(description="Claims; evidence == text[start:end].")


class SearchHitOut(BaseModel):
    id: int
    external_id: str | None
    title: str | None
    published: str | None
    lang: str | None
    source_name: str
    url: str | None
    rank: float
    snippet: str


class DocumentIn(BaseModel):
    """A text document to ingest (through the normal ingestion pipeline)."""

    title: str | None = Field(default=None, max_length=1000)
    text: str = Field(min_length=1, max_length=500_000)
    url: str | None = Field(default=None, max_length=2000, pattern=r"^https?://")
    published: str | None = Field(default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    lang: str | None = Field(default=None, pattern=r"^[a-z]{2}$")
    source_name: str = Field(default="api", min_length=1, max_length=200)


@router.get("/documents", response_model=DocumentPage, summary="Documents (metadata only)")
def list_documents(store: StoreDep, _: ReadDep, page: PageDep, lang: LangQuery = None,
                   source: Annotated[str | None, Query(max_length=200)] = None,
                   since: DateQuery = None, until: DateQuery = None) -> DocumentPage:
    items, total = docs.documents_page(store, lang=lang, source=source, since=since,
                                       until=until, limit=page.limit, offset=page.offset)
    return DocumentPage(items=items, total=total, limit=page.limit, offset=page.offset)


@router.get("/documents/{doc_id}", response_model=DocumentOut,
            summary="A document: metadata, text and its claims with evidence spans")
def get_document(store: StoreDep, _: ReadDep, doc_id: DocId) -> DocumentOut:
    view = docs.document_view(store, doc_id)
    return DocumentOut(document=view["document"], claims=view["claims"])


@router.post("/documents", response_model=dict[str, Any], status_code=201,
             summary="Ingest a text document (needs a token)")
def add_document(store: StoreDep, principal: AnalystDep, body: DocumentIn) -> dict[str, Any]:
    record = body.model_dump()
    record["id"] = f"api-{uuid.uuid4().hex}"
    source = record.pop("source_name")
    return docs.add_document(store, record, source_name=f"{source} (via {principal.token.name})")


@router.get("/claims", response_model=list[ClaimOut], summary="Claims with their evidence")
def list_claims(
    store: StoreDep, _: ReadDep, page: PageDep,
    doc: Annotated[str | None, Query(max_length=200)] = None,
    type: Annotated[str | None, Query(pattern="^(" + "|".join(EVENT_TYPES) + ")$")] = None,
    actor: Annotated[str | None, Query(pattern=r"^[A-Z]{3}$")] = None,
    treaty: Annotated[str | None, Query(pattern=r"^(APMBC|CCM)$")] = None,
    modality: Annotated[str | None, Query(pattern="^(" + "|".join(MODALITIES) + ")$")] = None,
    since: DateQuery = None, until: DateQuery = None,
) -> list[dict[str, Any]]:
    filters = {"doc": doc, "type": type, "actor": actor, "treaty": treaty,
               "modality": modality, "since": since, "until": until}
    return docs.claims_page(store, filters=filters, limit=page.limit, offset=page.offset)


@router.get("/search", response_model=list[SearchHitOut], summary="Full-text search")
def search(
    store: StoreDep, _: ReadDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="Words to find.")],
    lang: LangQuery = None, since: DateQuery = None, until: DateQuery = None,
    source: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> list[dict[str, Any]]:
    return docs.search(store, q, lang=lang, since=since, until=until, source=source, limit=limit)
