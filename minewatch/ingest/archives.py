"""Bulk archives: WARC (``.warc``, ``.warc.gz``) and gzipped JSONL (``.jsonl.gz``)."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from minewatch.ingest.items import (
    OVERSIZED,
    TRUNCATED,
    UNSUPPORTED_TYPE,
    IngestOptions,
    RawItem,
    reject,
)
from minewatch.ingest.sources import iter_records, now, sniff_kind

_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/pdf")


def iter_jsonl_gz(path: Path, options: IngestOptions) -> Iterator[RawItem]:
    """Records of a gzipped JSONL file; a truncated archive ends with one quarantined item."""
    origin = str(path.resolve())
    with gzip.open(path, "rb") as handle:
        try:
            yield from iter_records(iter(handle), origin, options)
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            error = reject(TRUNCATED, f"truncated or corrupt gzip: {exc}")
            yield RawItem(f"{origin}#truncated", b"", "record", path=origin, error=error)


def _warc_kind(content_type: str, data: bytes) -> str | None:
    media = content_type.split(";")[0].strip().lower()
    if media in ("text/html", "application/xhtml+xml"):
        return "html"
    if media == "text/plain":
        return "text"
    if media == "application/pdf":
        return "pdf"
    if not media:
        return sniff_kind(data)
    return None


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'").lower() or None
    return None


def _damaged(record: Any) -> bool:
    """A record whose payload digest is present but did not verify (e.g. a cut-off archive)."""
    if not record.rec_headers.get_header("WARC-Payload-Digest"):
        return False
    return record.digest_checker.passed is not True


def iter_warc(path: Path, options: IngestOptions) -> Iterator[RawItem]:
    """HTTP 200 responses of a WARC file (HTML, plain text, PDF) as raw items."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    origin = str(path.resolve())
    limit = options.settings.max_document_bytes
    with path.open("rb") as handle:
        try:
            for record in ArchiveIterator(handle, check_digests=True):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                if record.http_headers.get_statuscode() != "200":
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI") or ""
                locator = f"{origin}#{url}"
                content_type = record.http_headers.get_header("Content-Type") or ""
                data = record.content_stream().read(limit + 1)
                retrieved = record.rec_headers.get_header("WARC-Date") or now()
                if _damaged(record):
                    error = reject(TRUNCATED, f"WARC record for {url} is truncated or corrupt")
                    yield RawItem(locator, data, "html", url=url, path=origin, error=error)
                    continue
                if len(data) > limit:
                    error = reject(OVERSIZED, f"WARC record over {limit} bytes")
                    yield RawItem(locator, b"", "html", url=url, path=origin, error=error)
                    continue
                kind = _warc_kind(content_type, data)
                if kind is None:
                    error = reject(UNSUPPORTED_TYPE, f"content type {content_type!r}")
                    yield RawItem(locator, data, "html", url=url, path=origin, error=error)
                    continue
                yield RawItem(
                    locator, data, kind, url=url, path=origin, charset=_charset(content_type),
                    retrieved_at=retrieved,
                )  # fmt: skip
        except (ArchiveLoadFailed, EOFError, zlib.error, OSError) as exc:
            error = reject(TRUNCATED, f"truncated or corrupt WARC: {exc}")
            yield RawItem(f"{origin}#truncated", b"", "html", path=origin, error=error)
