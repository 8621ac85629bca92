"""Progress: a rich bar on a terminal, periodic plain log lines otherwise, with items per second."""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any

LOG_EVERY_SECONDS = 5.0


class Progress:
    """Counts processed items and reports them in the chosen ``mode``."""

    def __init__(self, mode: str = "auto", stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        if mode == "auto":
            mode = "bar" if getattr(self.stream, "isatty", lambda: False)() else "log"
        self.mode = mode
        self.count = 0
        self.started = time.monotonic()
        self._last_log = self.started
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        if self.mode == "bar":
            from rich.console import Console
            from rich.progress import (
                Progress as RichProgress,
            )
            from rich.progress import (
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            self._bar = RichProgress(
                SpinnerColumn(),
                TextColumn("ingest: {task.completed} items ({task.fields[rate]:.1f}/s)"),
                TextColumn("{task.description}"),
                TimeElapsedColumn(),
                console=Console(file=self.stream),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("", total=None, rate=0.0)
        return self

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.count / elapsed if elapsed > 0 else 0.0

    def advance(self, what: str = "") -> None:
        self.count += 1
        if self._bar is not None:
            self._bar.update(self._task, advance=1, description=what[-60:], rate=self.rate)
        elif self.mode == "log":
            current = time.monotonic()
            if current - self._last_log >= LOG_EVERY_SECONDS:
                self._last_log = current
                print(f"ingest: {self.count} items ({self.rate:.1f}/s)", file=self.stream)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
