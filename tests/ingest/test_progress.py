"""Progress: periodic plain log lines with items per second when not on a terminal."""

from __future__ import annotations

import io

import pytest

from minewatch.ingest import progress as progress_module
from minewatch.ingest.progress import Progress


def test_log_mode_prints_count_and_rate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress_module, "LOG_EVERY_SECONDS", 0.0)
    stream = io.StringIO()
    with Progress("auto", stream=stream) as progress:  # StringIO is not a terminal: log mode
        for _ in range(3):
            progress.advance("item")
    lines = stream.getvalue().splitlines()
    assert progress.mode == "log" and len(lines) == 3
    assert lines[-1].startswith("ingest: 3 items (") and lines[-1].endswith("/s)")


def test_bar_and_none_modes_run() -> None:
    stream = io.StringIO()
    with Progress("bar", stream=stream) as progress:
        progress.advance("a")
    with Progress("none", stream=stream) as quiet:
        quiet.advance("b")
    assert progress.count == quiet.count == 1
