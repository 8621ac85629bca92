"""Bulk archives: WARC (``.warc``, ``.warc.gz``) and gzipped JSONL (``.jsonl.gz``).

The readers over an open binary stream (:func:`read_jsonl`, :func:`read_warc`) hold the per-record
rules; the file readers here and the scale engine's byte-range reader both use them.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from minewatch.errors import IngestError
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


class ArchiveDamaged(IngestError):
    """The bytes of an archive cannot be read on (a corrupt gzip member, a truncated WARC)."""

    code = TRUNCATED


_GZIP_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile)


def read_jsonl(
    stream: IO[bytes], origin: str, options: IngestOptions, *, gzipped: bool
) -> Iterator[RawItem]:
    """Records of JSONL bytes (gzipped or not); unreadable bytes raise :class:`ArchiveDamaged`."""
    lines: IO[bytes] = gzip.GzipFile(fileobj=stream) if gzipped else stream  # type: ignore[assignment]
    try:
        yield from iter_records(iter(lines), origin, options)
    except _GZIP_ERRORS as exc:
        raise ArchiveDamaged(str(exc)) from exc


def iter_jsonl_gz(path: Path, options: IngestOptions) -> Iterator[RawItem]:
    """Records of a gzipped JSONL file; a truncated archive ends with one quarantined item."""
    origin = str(path.resolve())
    with path.open("rb") as handle:
        try:
            yield from read_jsonl(handle, origin, options, gzipped=True)
        except ArchiveDamaged as exc:
            error = reject(TRUNCATED, f"truncated or corrupt gzip: {exc.message}")
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


def _warc_item(record: Any, origin: str, limit: int) -> RawItem:
    """One HTTP 200 response record as a raw item (quarantined when damaged, too large or of a
    type we do not read)."""
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    locator = f"{origin}#{url}"
    content_type = record.http_headers.get_header("Content-Type") or ""
    data: bytes = record.content_stream().read(limit + 1)
    retrieved = record.rec_headers.get_header("WARC-Date") or now()
    if _damaged(record):
        error = reject(TRUNCATED, f"WARC record for {url} is truncated or corrupt")
        return RawItem(locator, data, "html", url=url, path=origin, error=error)
    if len(data) > limit:
        error = reject(OVERSIZED, f"WARC record over {limit} bytes")
        return RawItem(locator, b"", "html", url=url, path=origin, error=error)
    kind = _warc_kind(content_type, data)
    if kind is None:
        error = reject(UNSUPPORTED_TYPE, f"content type {content_type!r}")
        return RawItem(locator, data, "html", url=url, path=origin, error=error)
    return RawItem(
        locator, data, kind, url=url, path=origin, charset=_charset(content_type),
        retrieved_at=retrieved,
    )  # fmt: skip


def read_warc(stream: IO[bytes], origin: str, options: IngestOptions) -> Iterator[RawItem]:
    """HTTP 200 responses (HTML, plain text, PDF) of WARC bytes as raw items; unreadable bytes
    raise :class:`ArchiveDamaged`."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    limit = options.settings.max_document_bytes
    try:
        for record in ArchiveIterator(stream, check_digests=True):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            if record.http_headers.get_statuscode() != "200":
                continue
            yield _warc_item(record, origin, limit)
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError) as exc:
        raise ArchiveDamaged(str(exc)) from exc


def iter_warc(path: Path, options: IngestOptions) -> Iterator[RawItem]:
    """HTTP 200 responses of a WARC file (HTML, plain text, PDF) as raw items."""
    origin = str(path.resolve())
    with path.open("rb") as handle:
        try:
            yield from read_warc(handle, origin, options)
        except ArchiveDamaged as exc:
            error = reject(TRUNCATED, f"truncated or corrupt WARC: {exc.message}")
            yield RawItem(f"{origin}#truncated", b"", "html", path=origin, error=error)
