"""PDF to text and metadata with pypdf."""

from __future__ import annotations

import io
import re

from minewatch.ingest.items import BAD_PDF, EMPTY, TRUNCATED, Parsed, reject

_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?")


def _pdf_date(raw: object) -> str | None:
    match = _PDF_DATE.match(str(raw or ""))
    if not match:
        return None
    return "-".join(part for part in match.groups() if part)


def parse_pdf(data: bytes) -> Parsed:
    """The text layer of a PDF, page by page, with its title, author and creation date."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PdfStreamError

    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise reject(BAD_PDF, "not a PDF (no %PDF- header)")
    if b"%%EOF" not in data[-2048:]:
        raise reject(TRUNCATED, "truncated PDF (no %%EOF marker)")
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, OSError) as exc:
        raise reject(BAD_PDF, f"unreadable PDF: {exc}") from exc
    body = "\n\n".join(p.strip() for p in pages if p.strip())
    if not body:
        raise reject(EMPTY, "PDF without a text layer (scanned?)")
    return Parsed(
        text=body,
        title=(info.title if info else None) or None,
        author=(info.author if info else None) or None,
        published=_pdf_date(info.get("/CreationDate")) if info else None,
        content_type="application/pdf",
    )
