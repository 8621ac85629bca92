"""Progress: a rich line on a terminal, periodic plain log lines otherwise, with a rate.

:class:`Progress` counts ingested items; a run with other counts (the scale engine's partitions)
subclasses it and overrides :meth:`Progress.line`, calling :meth:`Progress.show` when they change.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any, Self

LOG_EVERY_SECONDS = 5.0


class Progress:
    """Counts processed items and reports them in the chosen ``mode`` ("auto", "bar", "log" or
    "none"); with ``final_line`` the last line is printed when the run ends (not in "none")."""

    def __init__(self, mode: str = "auto", stream: Any = None, *, final_line: bool = False) -> None:
        self.stream = stream or sys.stderr
        if mode == "auto":
            mode = "bar" if getattr(self.stream, "isatty", lambda: False)() else "log"
        self.mode = mode
        self.final_line = final_line
        self.count = 0
        self.started = time.monotonic()
        self._last_log = self.started
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Self:
        if self.mode == "bar":
            from rich.console import Console
            from rich.progress import Progress as RichProgress
            from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

            self._bar = RichProgress(
                SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                console=Console(file=self.stream), transient=True,
            )  # fmt: skip
            self._bar.start()
            self._task = self._bar.add_task(self.line(), total=None)
        return self

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        elapsed = self.elapsed
        return self.count / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        """The status line shown on the bar and logged."""
        return f"ingest: {self.count} items ({self.rate:.1f}/s)"

    def advance(self, what: str = "") -> None:
        """One more item (``what``: its locator, shown on the bar)."""
        self.count += 1
        self.show(what)

    def show(self, what: str = "") -> None:
        """Refresh the bar, or log the line when the last log line is old enough."""
        if self._bar is not None:
            description = f"{self.line()} {what[-60:]}" if what else self.line()
            self._bar.update(self._task, description=description)
        elif self.mode == "log":
            current = time.monotonic()
            if current - self._last_log >= LOG_EVERY_SECONDS:
                self._last_log = current
                print(self.line(), file=self.stream)

    def note(self, message: str) -> None:
        """A line printed at once, whatever the mode (e.g. a failure)."""
        print(message, file=self.stream)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
        if self.final_line and self.mode != "none":
            print(self.line(), file=self.stream)
