"""Settings: defaults < config file < MINEWATCH_* environment < overrides, and the scale ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from minewatch.errors import ConfigError
from minewatch.ingest.items import IngestOptions
from minewatch.scale.command import scale_options
from minewatch.scale.results import MiB, ScaleOptions
from minewatch.settings import load_settings


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("MINEWATCH_CONFIG", "MINEWATCH_SCALE_WORKERS", "MINEWATCH_SCALE_KEEP",
                 "MINEWATCH_SCALE_PARTITION_MB", "MINEWATCH_SCALE_PREFILTER"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)


def test_scale_defaults_are_those_of_scale_options() -> None:
    settings = load_settings()
    options, workers = scale_options(IngestOptions(settings=settings), settings)
    assert options == ScaleOptions(ingest=IngestOptions(settings=settings)) and workers is None


def test_scale_settings_from_file_then_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "minewatch.toml"
    config.write_text('scale_keep = "all"\nscale_workers = 3\nscale_partition_mb = 2\n')
    monkeypatch.setenv("MINEWATCH_SCALE_WORKERS", "1")
    monkeypatch.setenv("MINEWATCH_SCALE_PARTITION_MB", "0.5")
    monkeypatch.setenv("MINEWATCH_SCALE_PREFILTER", "0")
    settings = load_settings(config)
    options, workers = scale_options(IngestOptions(settings=settings), settings)
    assert workers == 1 and options.keep == "all" and options.prefilter is False
    assert options.partition_bytes == MiB // 2


def test_a_scale_keep_that_is_not_a_choice_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINEWATCH_SCALE_KEEP", "some")
    with pytest.raises(ConfigError, match="scale_keep"):
        load_settings()
    monkeypatch.setenv("MINEWATCH_SCALE_KEEP", "relevant")
    monkeypatch.setenv("MINEWATCH_SCALE_WORKERS", "many")
    with pytest.raises(ConfigError, match="scale_workers"):
        load_settings()
