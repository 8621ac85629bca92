"""Sources to raw items: files, folders (with ``index.jsonl`` sidecars), JSONL, URLs, feeds."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from minewatch.ingest.items import (
    BAD_RECORD,
    OVERSIZED,
    UNREADABLE,
    IngestOptions,
    ItemRejected,
    RawItem,
    reject,
)
from minewatch.store.quarantine import now as now  # re-exported: items' retrieval time

SIDECAR = "index.jsonl"
_KINDS = {
    ".txt": "text", ".md": "text", ".text": "text", ".html": "html", ".htm": "html",
    ".xhtml": "html", ".pdf": "pdf",
}  # fmt: skip


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def file_kind(path: Path) -> str:
    """``text``, ``html``, ``pdf``, ``jsonl``, ``jsonl.gz``, ``warc`` or ``sniff``."""
    name = path.name.lower()
    if name.endswith(".jsonl.gz"):
        return "jsonl.gz"
    if name.endswith((".warc.gz", ".warc")):
        return "warc"
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    return _KINDS.get(path.suffix.lower(), "sniff")


def sniff_kind(data: bytes) -> str:
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf-"):
        return "pdf"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    return "text"


@lru_cache(maxsize=256)
def _read_sidecar(path: Path) -> Mapping[str, Mapping[str, Any]]:
    records: dict[str, Mapping[str, Any]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict) and record.get("id") is not None:
                records[str(record["id"])] = record
    return records


def sidecar_for(path: Path) -> Mapping[str, Mapping[str, Any]]:
    """The ``index.jsonl`` records for files in ``path``'s folder (or the folder's parent)."""
    for folder in (path.parent, path.parent.parent):
        candidate = folder / SIDECAR
        if candidate.is_file():
            return _read_sidecar(candidate.resolve())
    return {}


def _sidecar_meta(path: Path) -> dict[str, Any]:
    record = sidecar_for(path).get(path.stem)
    meta: dict[str, Any] = {"id": path.stem}
    if record:
        meta.update({k: v for k, v in record.items() if v is not None})
    return meta


def read_file(path: Path, options: IngestOptions) -> RawItem:
    """One file as a raw item (an error item if unreadable or too large)."""
    locator = str(path.resolve())
    meta = _sidecar_meta(path)
    try:
        size = path.stat().st_size
        if size > options.settings.max_document_bytes:
            raise reject(
                OVERSIZED,
                f"{size} bytes > max_document_bytes ({options.settings.max_document_bytes})",
            )
        data = path.read_bytes()
    except OSError as exc:
        error = reject(UNREADABLE, f"cannot read {path}: {exc.strerror or exc}")
        return RawItem(locator, b"", "text", path=locator, meta=meta, error=error)
    except ItemRejected as exc:
        return RawItem(locator, b"", "text", path=locator, meta={**meta, "size": size}, error=exc)
    kind = file_kind(path)
    if kind == "sniff":
        kind = sniff_kind(data)
    return RawItem(locator, data, kind, path=locator, meta=meta, retrieved_at=now())


def iter_records(lines: Iterator[bytes], origin: str, options: IngestOptions) -> Iterator[RawItem]:
    """JSONL records ``{id, url, title, published, lang, text | html}`` as raw items."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        locator = f"{origin}#{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
            if not isinstance(record.get("text") or record.get("html"), str):
                raise ValueError("no 'text' or 'html' string")
        except ValueError as exc:
            error = reject(BAD_RECORD, f"line {number}: {exc}")
            yield RawItem(locator, line, "record", path=origin, error=error)
            continue
        if record.get("id") is not None:
            locator = f"{origin}#{record['id']}"
        if len(line) > options.settings.max_document_bytes:
            error = reject(OVERSIZED, f"record of {len(line)} bytes > max_document_bytes")
            yield RawItem(locator, b"", "record", path=origin, meta=record, error=error)
            continue
        yield RawItem(
            locator, line, "record", url=record.get("url"), path=origin, meta=record,
            retrieved_at=now(),
        )  # fmt: skip


def _skipped(name: str) -> bool:
    """Hidden files, sidecars and a folder's own README/LICENSE are not documents."""
    stem = name.split(".")[0].upper()
    return name.startswith(".") or name == SIDECAR or stem in ("README", "LICENSE")


def iter_folder(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` in a stable order (named files are always read)."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if _skipped(name):
                continue
            yield Path(root) / name


def iter_path(path: Path, options: IngestOptions) -> Iterator[RawItem]:
    """Raw items from a file or folder (JSONL and archives expand to many items)."""
    from minewatch.ingest.archives import iter_jsonl_gz, iter_warc

    paths = iter_folder(path) if path.is_dir() else iter([path])
    for file in paths:
        kind = file_kind(file)
        if kind == "jsonl":
            yield from _guarded(file, lambda f: _jsonl_file(f, options))
        elif kind == "jsonl.gz":
            yield from _guarded(file, lambda f: iter_jsonl_gz(f, options))
        elif kind == "warc":
            yield from _guarded(file, lambda f: iter_warc(f, options))
        else:
            yield read_file(file, options)


def _jsonl_file(file: Path, options: IngestOptions) -> Iterator[RawItem]:
    with file.open("rb") as handle:
        yield from iter_records(iter(handle), str(file.resolve()), options)


def _guarded(file: Path, read: Any) -> Iterator[RawItem]:
    try:
        yield from read(file)
    except OSError as exc:
        locator = str(file.resolve())
        error = reject(UNREADABLE, f"cannot read {file}: {exc}")
        yield RawItem(locator, b"", "text", path=locator, error=error)
