"""``minewatch ingest --engine dask`` and ``minewatch scale partitions``: thin shells.

Tuning of the dask engine comes from the environment (``MINEWATCH_SCALE_*``, see
``docs/scale.md``) so that ``minewatch ingest`` keeps one small set of options.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import fields

import click

from minewatch.errors import ConfigError, UsageError
from minewatch.ingest.items import IngestOptions
from minewatch.scale.results import MiB, ScaleOptions, ScaleSummary
from minewatch.settings import Settings

ENGINES = ("local", "dask")
# environment variable -> (ScaleOptions field, type, help)
ENVIRONMENT: dict[str, tuple[str, type, str]] = {
    "MINEWATCH_SCALE_WORKERS": ("workers", int, "local cluster processes (default: cores)"),
    "MINEWATCH_SCALE_PARTITION_MB": ("partition_bytes", float, "partition size in MiB (8)"),
    "MINEWATCH_SCALE_PARTITION_RECORDS": (
        "partition_records", int, "records per partition of uncuttable archives (5000)"),
    "MINEWATCH_SCALE_IN_FLIGHT": ("in_flight", int, "partitions submitted at once (2 per thread)"),
    "MINEWATCH_SCALE_RETRIES": ("retries", int, "attempts after the first (2)"),
    "MINEWATCH_SCALE_KEEP": ("keep", str, "relevant (default) or all"),
    "MINEWATCH_SCALE_PREFILTER": ("prefilter", str, "1 (default) or 0: markup pre-filter"),
}  # fmt: skip


def scale_options(ingest: IngestOptions, env: Mapping[str, str] | None = None) -> tuple[
        ScaleOptions, int | None]:  # fmt: skip
    """Scale options (and the local worker count) from ``MINEWATCH_SCALE_*`` variables."""
    env = os.environ if env is None else env
    values: dict[str, object] = {}
    workers: int | None = None
    for name, (field, kind, _) in ENVIRONMENT.items():
        raw = env.get(name)
        if raw is None:
            continue
        try:
            value = kind(raw)
        except ValueError as exc:
            raise ConfigError(f"{name}: cannot read {raw!r} as {kind.__name__}") from exc
        if field == "workers":
            workers = int(value)
        elif field == "partition_bytes":
            values[field] = max(1, int(float(value) * MiB))
        elif field == "prefilter":
            values[field] = str(value).strip().lower() not in {"0", "false", "no", "off"}
        else:
            values[field] = value
    if values.get("keep", "relevant") not in ("relevant", "all"):
        raise ConfigError("MINEWATCH_SCALE_KEEP must be 'relevant' or 'all'")
    known = {f.name for f in fields(ScaleOptions)}
    return ScaleOptions(ingest=ingest, **{k: v for k, v in values.items() if k in known}), workers  # type: ignore[arg-type]


def ingest_with_engine(
    engine: str, scheduler: str | None, sources: Sequence[str], ingest: IngestOptions,
    settings: Settings,
) -> int:  # fmt: skip
    """Run ``minewatch ingest --engine ENGINE``; print the summary; return the exit code."""
    from minewatch.scale.engine import run_scale_ingest
    from minewatch.store import open_store

    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    if ingest.feeds:
        raise UsageError("--feed is not read by --engine dask: ingest feeds with --engine local")
    options, workers = scale_options(ingest)
    store = open_store(settings.db)
    try:
        summary = run_scale_ingest(store, sources, options, scheduler=scheduler, workers=workers)
    finally:
        store.close()
    report(summary)
    return summary.exit_code


def report(summary: ScaleSummary) -> None:
    """The summary line on stdout; details and quarantined partitions on stderr."""
    for locator, reason in summary.failed_partitions:
        click.echo(f"quarantined partition {locator}: {reason}", err=True)
    click.echo(summary.detail(), err=True)
    click.echo(summary.line())


@click.group("scale")
def scale_group() -> None:
    """State of the partitions of bulk archives ingested with --engine dask."""


@scale_group.command("partitions")
@click.option(
    "--status", type=click.Choice(["done", "failed", "quarantined"]), help="Only this state."
)
@click.option("--format", "output_format", type=click.Choice(["table", "json", "csv"]),
              default="table", show_default=True, help="Output format.")  # fmt: skip
@click.option("--db", envvar="MINEWATCH_DB", default="minewatch.db", show_default=True,
              help="Database: SQLite path or postgresql:// URL (env MINEWATCH_DB).")  # fmt: skip
def partitions_command(status: str | None, output_format: str, db: str) -> None:
    """List partitions with their state, attempts, reason and counts."""
    from minewatch.cli.common import cli_errors, emit_rows
    from minewatch.store import open_store
    from minewatch.store.partitions import list_partitions

    columns = ("archive", "unit", "start", "end", "status", "attempts", "records", "relevant",
               "documents", "claims", "seconds", "reason")  # fmt: skip
    with cli_errors():
        rows = [p.to_dict() for p in list_partitions(open_store(db), status=status)]
    emit_rows(rows, columns, output_format)
