"""Reading one partition: the raw items of a byte range, streamed, never the whole archive.

Items are the ingest stage's own :class:`~minewatch.ingest.items.RawItem`, built by the same
stream readers (``read_jsonl`` and ``read_warc`` of ``ingest.archives``), so a partition's items
are those the in-process ingest reads from the same bytes.  A range that cannot be read (a corrupt
gzip member, a truncated WARC) raises :class:`PartitionError`: the partition fails, is retried
and finally quarantined, while the other partitions complete.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import IO, BinaryIO

from minewatch.errors import IngestError
from minewatch.ingest.archives import ArchiveDamaged, read_jsonl, read_warc
from minewatch.ingest.items import IngestOptions, RawItem
from minewatch.ingest.sources import iter_path
from minewatch.scale.plan import Partition

PARTITION_FAILED = "MW150"  # a partition failed on every attempt (reason: the last error)


class PartitionError(IngestError):
    """A partition's bytes cannot be read (corrupt or truncated); the partition fails."""

    code = PARTITION_FAILED


class _Range(io.RawIOBase):
    """``length`` bytes of ``handle`` from its current position, as a readable stream."""

    def __init__(self, handle: BinaryIO, length: int) -> None:
        self.handle = handle
        self.left = length

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self.left <= 0:
            return 0
        data = self.handle.read(min(len(buffer), self.left))
        buffer[: len(data)] = data
        self.left -= len(data)
        return len(data)


def _range_stream(handle: BinaryIO, partition: Partition) -> IO[bytes]:
    handle.seek(partition.start)
    return io.BufferedReader(_Range(handle, partition.size), 1024 * 1024)


def _jsonl_items(partition: Partition, options: IngestOptions) -> Iterator[RawItem]:
    with Path(partition.archive).open("rb") as handle:
        stream = _range_stream(handle, partition)
        gzipped = partition.kind == "jsonl.gz"
        prefix = f"{partition.archive}#"
        try:
            for item in read_jsonl(stream, partition.archive, options, gzipped=gzipped):
                if item.meta.get("id") is None and item.locator.startswith(prefix):
                    # a record without id: its line number within this partition's first byte
                    number = item.locator[len(prefix) :]
                    item = replace(item, locator=f"{prefix}{partition.start}+{number}")
                yield item
        except ArchiveDamaged as exc:
            message = f"corrupt or truncated gzip in {partition.locator}: {exc.message}"
            raise PartitionError(message) from exc


def _warc_items(partition: Partition, options: IngestOptions) -> Iterator[RawItem]:
    """HTTP 200 responses of a WARC byte range (the rules of ``ingest.archives.read_warc``)."""
    with Path(partition.archive).open("rb") as handle:
        try:
            yield from read_warc(_range_stream(handle, partition), partition.archive, options)
        except ArchiveDamaged as exc:
            message = f"corrupt or truncated WARC in {partition.locator}: {exc.message}"
            raise PartitionError(message) from exc


def read_partition(partition: Partition, options: IngestOptions) -> Iterator[RawItem]:
    """The raw items of a byte-range partition, streamed."""
    if partition.unit != "bytes":
        raise PartitionError(f"{partition.locator}: record partitions are shipped, not read")
    if partition.kind.startswith("jsonl"):
        return _jsonl_items(partition, options)
    return _warc_items(partition, options)


def stream_partitions(
    path: Path, identity: str, kind: str, records: int, options: IngestOptions
) -> Iterator[tuple[Partition, tuple[RawItem, ...]]]:
    """Record-count partitions of an archive that cannot be cut, read in order by the caller.

    Uses the ingest stage's own reader (``iter_path``), so items and locators are exactly those of
    the in-process ingest.  Only one batch of ``records`` items is held at a time.
    """
    items = iter_path(path, options)
    first = 0
    while True:
        batch = tuple(islice(items, records))
        if not batch:
            return
        partition = Partition(str(path), identity, kind, "records", first, first + len(batch))
        yield partition, batch
        first += len(batch)
