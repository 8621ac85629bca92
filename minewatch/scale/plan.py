"""Partitioning archives: byte ranges where the format allows it, record counts otherwise.

* ``.jsonl``: byte ranges cut at line starts.
* ``.jsonl.gz`` and ``.warc.gz`` written as many gzip members (one per WARC record, as crawlers
  write them, or one per block of whole lines): byte ranges cut at verified member starts, so a
  worker seeks to its range and decompresses only its own bytes.
* ``.warc``: byte ranges cut at record starts (``\\r\\n\\r\\nWARC/1.``).
* Anything that cannot be cut (a single-member ``.jsonl.gz``, a ``.warc.gz`` with one member) is
  read once, in order, by the driver, and shipped to workers in record-count partitions
  (``unit == "records"``).

A cut point is searched for only in a window after each multiple of the target size, so planning
reads a few kilobytes per partition, never the whole archive.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import BinaryIO, Final

from minewatch.errors import UsageError
from minewatch.ingest.sources import file_kind

ARCHIVE_KINDS: Final = ("jsonl", "jsonl.gz", "warc", "warc.gz")
GZIP_MAGIC: Final = b"\x1f\x8b\x08"
WARC_START: Final = b"\r\n\r\nWARC/1."
_PROBE = 64 * 1024  # decompressed bytes looked at to verify a gzip member start
_WINDOW = 4 * 1024 * 1024  # bytes searched after a cut point for a boundary
_BLOCK = 256 * 1024  # read at a time while searching
_GIVE_UP = 3  # cut points without a boundary before an archive counts as uncuttable


@dataclass(frozen=True, slots=True)
class Partition:
    """One unit of work: ``[start, end)`` bytes or records of one archive."""

    archive: str  # resolved path
    archive_id: str  # identity of the archive's content (see :func:`archive_identity`)
    kind: str  # one of ARCHIVE_KINDS
    unit: str  # "bytes" or "records"
    start: int
    end: int

    @property
    def locator(self) -> str:
        return f"{self.archive}#{self.unit}={self.start}-{self.end}"

    @property
    def size(self) -> int:
        return self.end - self.start


def archive_kind(path: Path) -> str:
    """The archive kind of ``path``, or a usage error for anything else."""
    kind = file_kind(path)
    if kind == "warc":
        kind = "warc.gz" if path.name.lower().endswith(".gz") else "warc"
    if kind not in ARCHIVE_KINDS:
        raise UsageError(
            f"{path}: the scale engines read archives (.warc, .warc.gz, .jsonl, .jsonl.gz)"
        )
    return kind


def archive_identity(path: Path) -> str:
    """A short hash of the archive's size, first and last 64 KiB: stable across copies/moves."""
    size = path.stat().st_size
    digest = hashlib.sha256(str(size).encode())
    with path.open("rb") as handle:
        digest.update(handle.read(_PROBE))
        handle.seek(max(0, size - _PROBE))
        digest.update(handle.read(_PROBE))
    return digest.hexdigest()[:32]


def _is_member_start(data: bytes, kind: str) -> bool:
    """Whether a gzip member starting at ``data[0]`` decompresses to a record start."""
    try:
        head = zlib.decompressobj(31).decompress(data[:_PROBE], _PROBE)
    except zlib.error:
        return False
    if kind == "warc.gz":
        return head.startswith(b"WARC/1.")
    line, newline, _ = head.partition(b"\n")
    if not newline or not line.lstrip().startswith(b"{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _find_boundary(handle: BinaryIO, cut: int, limit: int, kind: str) -> int | None:
    """The first record start at or after ``cut`` and before ``limit``, searched block by block
    within ``_WINDOW`` bytes (usually found in the first block)."""
    end = min(cut + _WINDOW, limit)
    start = cut
    while start < end:
        stop = min(start + _BLOCK, end)
        found = _find_in_block(handle, start, stop, kind)
        if found is not None:
            return found if found < limit else None
        start = stop
    return None


def _find_in_block(handle: BinaryIO, start: int, stop: int, kind: str) -> int | None:
    """The first record start ``p`` with ``start <= p < stop`` (``start`` > 0)."""
    base = max(0, start - len(WARC_START))
    handle.seek(base)
    data = handle.read(stop - base + _PROBE)
    if kind == "jsonl":  # a line start follows a newline
        found = data.find(b"\n", start - 1 - base, stop - 1 - base)
        return None if found < 0 else base + found + 1
    if kind == "warc":  # a record starts 4 bytes into WARC_START
        found = data.find(WARC_START, start - 4 - base, stop - 4 - base + len(WARC_START))
        return None if found < 0 else base + found + 4
    offset = start - base
    while True:
        found = data.find(GZIP_MAGIC, offset, stop - base + len(GZIP_MAGIC) - 1)
        if found < 0:
            return None
        if _is_member_start(data[found:], kind):
            return base + found
        offset = found + 1


def plan_archive(path: Path, target_bytes: int) -> list[Partition]:
    """Byte-range partitions of about ``target_bytes`` each (one partition if it cannot be cut).

    A single partition of a gzip archive much larger than the target means the archive cannot be
    cut: :func:`needs_stream` then says to read it in record-count partitions instead.
    """
    resolved = path.resolve()
    kind = archive_kind(resolved)
    size = resolved.stat().st_size
    identity = archive_identity(resolved)
    bounds = [0]
    with resolved.open("rb") as handle:
        cut, misses = target_bytes, 0
        while cut < size:
            boundary = _find_boundary(handle, max(cut, bounds[-1] + 1), size, kind)
            if boundary is None:
                misses += 1
                if len(bounds) == 1 and misses >= _GIVE_UP:
                    break  # no cut point near the first few targets: one member, stream it
                cut += target_bytes
                continue
            bounds.append(boundary)
            cut = boundary + target_bytes
    bounds.append(size)
    return [
        Partition(str(resolved), identity, kind, "bytes", start, end)
        for start, end in pairwise(bounds)
        if end > start
    ]


def needs_stream(partitions: list[Partition], target_bytes: int) -> bool:
    """Whether a compressed archive could not be cut and must be streamed by record counts."""
    return (
        len(partitions) == 1
        and partitions[0].kind.endswith(".gz")
        and partitions[0].size > 2 * target_bytes
    )
