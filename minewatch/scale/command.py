"""``minewatch ingest --engine dask`` and ``minewatch scale partitions``: thin shells.

Tuning of the dask engine comes from the ``scale_*`` settings (config file or
``MINEWATCH_SCALE_*`` environment, see ``docs/settings.md``) so that ``minewatch ingest`` keeps
one small set of options.
"""

from __future__ import annotations

from collections.abc import Sequence

import click

from minewatch.errors import UsageError
from minewatch.ingest.items import IngestOptions
from minewatch.scale.results import MiB, ScaleOptions, ScaleSummary
from minewatch.settings import Settings

ENGINES = ("local", "dask")


def scale_options(ingest: IngestOptions, settings: Settings) -> tuple[ScaleOptions, int | None]:
    """Scale options (and the local worker count, None: one per core) from the ``scale_*``
    settings (``MINEWATCH_SCALE_*`` in the environment, see docs/settings.md)."""
    options = ScaleOptions(
        ingest=ingest, partition_bytes=max(1, int(settings.scale_partition_mb * MiB)),
        partition_records=settings.scale_partition_records,
        in_flight=settings.scale_in_flight or None, retries=settings.scale_retries,
        keep=settings.scale_keep, prefilter=settings.scale_prefilter,
    )  # fmt: skip
    return options, settings.scale_workers or None


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
    options, workers = scale_options(ingest, settings)
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
