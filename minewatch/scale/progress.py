"""Progress of a scale run: the ingest stage's reporter with partition counts and throughput."""

from __future__ import annotations

from collections import Counter
from typing import Any

from minewatch.ingest.progress import Progress
from minewatch.scale.plan import Partition
from minewatch.scale.results import MiB, PartitionResult


class ScaleProgress(Progress):
    """Partitions, records, throughput (records/s and MiB/s), relevant documents and claims."""

    def __init__(self, mode: str = "auto", stream: Any = None) -> None:
        super().__init__(mode, stream, final_line=True)
        self.totals: Counter[str] = Counter()

    def line(self) -> str:
        t = self.totals
        elapsed = max(self.elapsed, 1e-9)
        return (
            f"scale: {t['partitions']} partitions, {t['records']} records "
            f"({t['records'] / elapsed:.0f}/s, {t['bytes'] / MiB / elapsed:.1f} MiB/s), "
            f"{t['relevant']} relevant, {t['claims']} claims, {t['failed']} partitions failed"
        )

    def update(self, result: PartitionResult, counts: Counter[str]) -> None:
        self.totals.update(
            partitions=1, records=result.records, bytes=result.bytes, relevant=result.relevant,
            claims=counts["claims"],
        )  # fmt: skip
        self.show()

    def failed(self, partition: Partition) -> None:
        self.totals["failed"] += 1
        self.note(f"scale: partition quarantined: {partition.locator}")
        self.show()
