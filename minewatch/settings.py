"""Settings in one place: defaults < config file < ``MINEWATCH_*`` environment < CLI option.

Every setting is declared once in :data:`SETTINGS` with its help text; unknown keys in a config
file are errors.  Secrets are read only from the environment.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from minewatch.errors import ConfigError

DEFAULT_DB = "minewatch.db"


@dataclass(frozen=True, slots=True)
class Settings:
    """Resolved settings for one run."""

    db: str = DEFAULT_DB
    max_document_bytes: int = 20 * 1024 * 1024
    user_agent: str = "Minewatch/0.1 (+https://github.com/minewatch/minewatch; mine-ban monitor)"
    fetch_timeout_seconds: float = 20.0
    per_host_delay_seconds: float = 1.0
    public_reads: bool = True
    # the dask engine (``minewatch ingest --engine dask``, docs/scale.md)
    scale_workers: int = 0  # 0: one per core
    scale_partition_mb: float = 8.0
    scale_partition_records: int = 5000
    scale_in_flight: int = 0  # 0: two per worker thread
    scale_retries: int = 2
    scale_keep: str = "relevant"
    scale_prefilter: bool = True


SETTINGS_HELP: dict[str, str] = {
    "db": "Database: a SQLite path (default ./minewatch.db) or a postgresql:// URL.",
    "max_document_bytes": "Items larger than this are quarantined (MW104).",
    "user_agent": "User-Agent header sent when fetching URLs and feeds.",
    "fetch_timeout_seconds": "Timeout for one HTTP request.",
    "per_host_delay_seconds": "Minimum delay between two requests to the same host.",
    "public_reads": "Whether API reads need no token.",
    "scale_workers": "Dask engine: processes of the local cluster (0: one per core).",
    "scale_partition_mb": "Dask engine: target partition size in MiB of an archive file.",
    "scale_partition_records": "Dask engine: records per partition of archives that cannot be cut.",
    "scale_in_flight": "Dask engine: partitions submitted at once (0: two per worker thread).",
    "scale_retries": "Dask engine: attempts after the first before a partition is quarantined.",
    "scale_keep": "Dask engine: store 'relevant' documents only, or 'all'.",
    "scale_prefilter": "Dask engine: skip HTML pages whose markup cannot be relevant.",
}

# settings that take one of a few values
CHOICES: dict[str, tuple[str, ...]] = {"scale_keep": ("relevant", "all")}


def _coerce(name: str, raw: Any) -> Any:
    kind = type(getattr(Settings(), name))
    try:
        if kind is bool and isinstance(raw, str):
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        value = kind(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name!r}: cannot read {raw!r} as {kind.__name__}") from exc
    if name in CHOICES and value not in CHOICES[name]:
        choices = " or ".join(repr(c) for c in CHOICES[name])
        raise ConfigError(f"setting {name!r} must be {choices}, not {raw!r}")
    return value


def load_settings(config_file: Path | None = None, **overrides: Any) -> Settings:
    """Resolve settings from defaults, an optional TOML file, the environment and overrides."""
    known = {f.name for f in fields(Settings)}
    values: dict[str, Any] = {}
    path = config_file or (
        Path(os.environ["MINEWATCH_CONFIG"]) if "MINEWATCH_CONFIG" in os.environ else None
    )
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"config file {path}: {exc}") from exc
        unknown = set(data) - known
        if unknown:
            raise ConfigError(f"config file {path}: unknown settings {sorted(unknown)}")
        values.update({k: _coerce(k, v) for k, v in data.items()})
    for name in known:
        env = os.environ.get(f"MINEWATCH_{name.upper()}")
        if env is not None:
            values[name] = _coerce(name, env)
    values.update({k: _coerce(k, v) for k, v in overrides.items() if v is not None})
    return replace(Settings(), **values)
