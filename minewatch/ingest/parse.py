"""A raw item to text and metadata: decode, extract (HTML, PDF, records), normalise (NFC)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from minewatch.ingest.decode import declared_charset, decode_bytes
from minewatch.ingest.html import parse_html
from minewatch.ingest.items import EMPTY, Parsed, RawItem, reject
from minewatch.ingest.pdf import parse_pdf

_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")
_MAX_TITLE = 300


def normalise_date(value: Any) -> str | None:
    """``YYYY-MM-DD`` or ``YYYY-MM`` from an ISO-like date string, else None."""
    match = _DATE.match(str(value or "").strip())
    if not match:
        return None
    year, month, day = match.groups()
    if not 1 <= int(month) <= 12:
        return None
    return f"{year}-{month}-{day}" if day and 1 <= int(day) <= 31 else f"{year}-{month}"


def _first_line_title(body: str) -> str | None:
    for line in body.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= _MAX_TITLE else None
    return None


def _parse_bytes(item: RawItem) -> Parsed:
    if item.kind == "pdf":
        return parse_pdf(item.data)
    if item.kind == "html":
        markup = decode_bytes(item.data, item.charset or declared_charset(item.data))
        return parse_html(markup, item.url)
    body = decode_bytes(item.data, item.charset)
    return Parsed(text=body, title=_first_line_title(body))


def _parse_record(meta: Mapping[str, Any], url: str | None) -> Parsed:
    if isinstance(meta.get("text"), str) and meta["text"].strip():
        body = meta["text"]
        return Parsed(text=body, title=_first_line_title(body))
    return parse_html(str(meta.get("html") or ""), url)


def parse_item(item: RawItem) -> Parsed:
    """Text (NFC, stripped) and metadata; metadata given with the item wins over extracted."""
    parsed = _parse_record(item.meta, item.url) if item.kind == "record" else _parse_bytes(item)
    body = unicodedata.normalize("NFC", parsed.text).strip()
    if not body:
        raise reject(EMPTY, "no text")
    meta = item.meta

    def pick(key: str, extracted: str | None) -> str | None:
        value = meta.get(key)
        text = str(value).strip() if value is not None else ""
        chosen = text or extracted
        return unicodedata.normalize("NFC", chosen) if chosen else None

    return Parsed(
        text=body,
        title=pick("title", parsed.title),
        published=normalise_date(meta.get("published")) or normalise_date(parsed.published),
        site=pick("site", parsed.site),
        author=pick("author", parsed.author),
        canonical_url=pick("canonical_url", parsed.canonical_url),
        content_type=parsed.content_type,
    )
