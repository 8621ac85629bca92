"""Progress of a scale run: a rich line on a terminal, a log line every few seconds otherwise."""

from __future__ import annotations

import sys
import time
from collections import Counter
from types import TracebackType
from typing import Any

from minewatch.scale.plan import Partition
from minewatch.scale.results import MiB, PartitionResult

LOG_EVERY_SECONDS = 5.0


class ScaleProgress:
    """Partitions, records, throughput (records/s and MiB/s), relevant documents and claims."""

    def __init__(self, mode: str = "auto", stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        if mode == "auto":
            mode = "bar" if getattr(self.stream, "isatty", lambda: False)() else "log"
        self.mode = mode
        self.totals: Counter[str] = Counter()
        self.started = time.monotonic()
        self._last_log = self.started
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> ScaleProgress:
        if self.mode == "bar":
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._bar = Progress(
                SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                console=Console(file=self.stream), transient=True,
            )  # fmt: skip
            self._bar.start()
            self._task = self._bar.add_task(self.line(), total=None)
        return self

    def line(self) -> str:
        t = self.totals
        elapsed = max(time.monotonic() - self.started, 1e-9)
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
        self._show()

    def failed(self, partition: Partition) -> None:
        self.totals["failed"] += 1
        print(f"scale: partition quarantined: {partition.locator}", file=self.stream)
        self._show()

    def _show(self) -> None:
        if self._bar is not None:
            self._bar.update(self._task, description=self.line())
        elif self.mode == "log":
            current = time.monotonic()
            if current - self._last_log >= LOG_EVERY_SECONDS:
                self._last_log = current
                print(self.line(), file=self.stream)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
        if self.mode != "none":
            print(self.line(), file=self.stream)
