"""Pages for documents: the list, one document with its evidence highlighted, search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from minewatch.web.api.documents import DocId
from minewatch.web.data import documents as docs
from minewatch.web.deps import PageDep, ReadDep, StoreDep
from minewatch.web.render import render

router = APIRouter(include_in_schema=False)


@router.get("/documents")
def documents_page(request: Request, store: StoreDep, _: ReadDep, page: PageDep) -> Response:
    items, total = docs.documents_page(store, lang=None, source=None, since=None, until=None,
                                       limit=page.limit, offset=page.offset)
    return render(request, "documents.html", {"items": items, "total": total, "page": page})


@router.get("/documents/{doc_id}")
def document_page(request: Request, store: StoreDep, _: ReadDep, doc_id: DocId) -> Response:
    view = docs.document_view(store, doc_id)
    return render(request, "document.html", view)


@router.get("/search")
def search_page(request: Request, store: StoreDep, _: ReadDep,
                q: Annotated[str, Query(max_length=200)] = "") -> Response:
    hits = docs.search(store, q, lang=None, since=None, until=None, source=None,
                       limit=50) if q.strip() else []
    return render(request, "search.html", {"q": q, "hits": hits})
