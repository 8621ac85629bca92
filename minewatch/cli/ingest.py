"""``minewatch ingest``, ``quarantine``, ``docs`` and ``search``: thin shells over the library."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from minewatch.cli.common import cli_errors, db_option, emit_rows, format_option
from minewatch.errors import UsageError

LIST_COLUMNS = ("id", "external_id", "lang", "published", "source_name", "reliability", "title")
SEARCH_COLUMNS = ("id", "external_id", "lang", "published", "source_name", "rank", "snippet")
QUARANTINE_COLUMNS = ("id", "code", "reason", "source_name", "locator", "last_seen", "status")


@click.command("ingest")
@click.argument("sources", nargs=-1)
@click.option("--feed", "feeds", multiple=True, help="An RSS or Atom feed URL (repeatable).")
@click.option(
    "--source-name",
    help="Source (outlet) name for every item (default: sidecar outlet, host, or 'local').",
)
@click.option(
    "--reliability",
    help="Reliability (Admiralty A-F or a free label; default: sidecar or 'unknown').",
)
@click.option("--lang", help="Language of every item (ISO 639-1), instead of detecting it.")
@click.option("--since", help="Skip items published before this date (YYYY-MM-DD).")
@click.option(
    "--allow-private",
    is_flag=True,
    help="Allow fetching private, loopback and link-local addresses.",
)
@click.option("--no-extract", is_flag=True, help="Store documents without extracting claims.")
@click.option("--max-document-bytes", type=int, help="Quarantine items larger than this (MW104).")
@click.option(
    "--progress",
    type=click.Choice(["auto", "bar", "log", "none"]),
    default="auto",
    show_default=True,
    help="Progress display.",
)
# --- scale hook (issue 7): --engine dask runs minewatch.scale; the local engine is unchanged
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: this process; dask: archives partitioned over a Dask cluster (docs/scale.md).",
)
@click.option("--scheduler", help="Dask scheduler tcp://HOST:8786 (default: a local cluster).")
# --- end scale hook
@db_option
def ingest_command(
    sources: tuple[str, ...],
    feeds: tuple[str, ...],
    source_name: str | None,
    reliability: str | None,
    lang: str | None,
    since: str | None,
    allow_private: bool,
    no_extract: bool,
    max_document_bytes: int | None,
    progress: str,
    engine: str,
    scheduler: str | None,
    db: str,
) -> None:
    """Ingest files, folders, JSONL, URLs, feeds and archives (.warc.gz, .jsonl.gz).

    Prints `N ingested, N duplicates, N near-duplicates, N quarantined`; exits 0 when nothing
    was quarantined, 1 when something was, 2 on usage or fatal errors.
    """
    from minewatch.ingest import IngestOptions, run_ingest
    from minewatch.settings import load_settings
    from minewatch.store import open_store

    with cli_errors():
        settings = load_settings(db=db, max_document_bytes=max_document_bytes)
        options = IngestOptions(
            source_name=source_name, reliability=reliability, lang=lang, since=since,
            feeds=feeds, allow_private=allow_private, extract=not no_extract,
            settings=settings, progress=progress,
        )  # fmt: skip
        if not sources and not feeds:
            raise UsageError("nothing to ingest: give a file, folder, URL or --feed URL")
        if engine != "local":  # --- scale hook (issue 7)
            from minewatch.scale.command import ingest_with_engine

            sys.exit(ingest_with_engine(engine, scheduler, list(sources), options, settings))
        store = open_store(settings.db)
        summary = run_ingest(store, list(sources), options)
    extra = [f"{summary.unchanged} unchanged"] if summary.unchanged else []
    extra += [f"{summary.skipped} skipped (before --since)"] if summary.skipped else []
    extra += [f"{summary.claims} claims"] if summary.claims else []
    if extra:
        click.echo(f"run {summary.run_id}: {', '.join(extra)}, {summary.seconds:.1f} s", err=True)
    click.echo(summary.line())
    sys.exit(summary.exit_code)


@click.group("quarantine")
def quarantine_group() -> None:
    """Items ingestion rejected, with their stable error code (MW1xx) and reason."""


@quarantine_group.command("list")
@click.option("--all", "show_all", is_flag=True, help="Include resolved items.")
@click.option("--code", help="Only this error code (e.g. MW104).")
@click.option("--limit", type=int, default=None, help="At most this many items.")
@format_option("table", "json", "csv")
@db_option
def quarantine_list(
    show_all: bool, code: str | None, limit: int | None, output_format: str, db: str
) -> None:
    """List quarantined items, newest first."""
    from minewatch.store import open_store
    from minewatch.store.quarantine import list_quarantine

    with cli_errors():
        items = list_quarantine(
            open_store(db), status=None if show_all else "open", code=code, limit=limit
        )
    emit_rows([i.to_dict() for i in items], QUARANTINE_COLUMNS, output_format)


@quarantine_group.command("show")
@click.argument("item_id", type=int)
@db_option
def quarantine_show(item_id: int, db: str) -> None:
    """Show one quarantined item (metadata and the start of its bytes)."""
    from minewatch.store import open_store
    from minewatch.store.quarantine import get_quarantined

    with cli_errors():
        item, original = get_quarantined(open_store(db), item_id)
    data: dict[str, Any] = item.to_dict()
    data["original_kept"] = original is not None
    data["head"] = None if original is None else original[:200].decode("utf-8", "replace")
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@quarantine_group.command("retry")
@click.argument("item_ids", type=int, nargs=-1)
@click.option("--all", "retry_all", is_flag=True, help="Retry every open item.")
@click.option("--allow-private", is_flag=True, help="Allow private addresses when refetching URLs.")
@click.option("--no-extract", is_flag=True, help="Store documents without extracting claims.")
@db_option
def quarantine_retry(
    item_ids: tuple[int, ...], retry_all: bool, allow_private: bool, no_extract: bool, db: str
) -> None:
    """Ingest quarantined items again (from their source when it can be re-read)."""
    from minewatch.ingest import IngestOptions
    from minewatch.ingest.retry import retry_quarantined
    from minewatch.store import open_store

    with cli_errors():
        if not item_ids and not retry_all:
            raise UsageError("give item ids or --all")
        options = IngestOptions(
            allow_private=allow_private, extract=not no_extract, progress="none"
        )
        summary = retry_quarantined(open_store(db), list(item_ids) or None, options)
    click.echo(summary.line())
    sys.exit(summary.exit_code)


@click.group("docs")
def docs_group() -> None:
    """Stored documents."""


@docs_group.command("list")
@click.option("--lang", help="Only this language.")
@click.option("--source", help="Only this source name.")
@click.option("--since", help="Published on or after (YYYY-MM-DD).")
@click.option("--until", help="Published on or before (YYYY-MM-DD).")
@click.option("--limit", type=int, default=None, help="At most this many documents.")
@format_option("table", "json", "csv")
@db_option
def docs_list(
    lang: str | None,
    source: str | None,
    since: str | None,
    until: str | None,
    limit: int | None,
    output_format: str,
    db: str,
) -> None:
    """List stored documents."""
    from minewatch.store import open_store
    from minewatch.store.documents import list_documents

    with cli_errors():
        docs = list_documents(
            open_store(db), lang=lang, source=source, since=since, until=until, limit=limit
        )
    emit_rows([d.to_dict(with_text=False) for d in docs], LIST_COLUMNS, output_format)


@docs_group.command("show")
@click.argument("doc_id")
@format_option("table", "json", default="table")
@db_option
def docs_show(doc_id: str, output_format: str, db: str) -> None:
    """Show one document (by id or external id) with its provenance and text."""
    from minewatch.store import open_store
    from minewatch.store.documents import get_document, list_copies

    with cli_errors():
        store = open_store(db)
        doc = get_document(store, doc_id)
        copies = list_copies(store, doc.id)
    data = doc.to_dict()
    data["copies"] = [c.locator for c in copies]
    if output_format == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for key, value in data.items():
        if key != "text":
            click.echo(f"{key}: {'' if value is None else value}")
    click.echo("")
    click.echo(doc.text)


@click.command("search")
@click.argument("query")
@click.option("--lang", help="Only this language.")
@click.option("--source", help="Only this source name.")
@click.option("--since", help="Published on or after (YYYY-MM-DD).")
@click.option("--until", help="Published on or before (YYYY-MM-DD).")
@click.option("--limit", type=int, default=20, show_default=True, help="At most this many hits.")
@format_option("table", "json", "csv")
@db_option
def search_command(
    query: str,
    lang: str | None,
    source: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    output_format: str,
    db: str,
) -> None:
    """Ranked full-text search with snippets (inflected forms and diacritics-free queries match)."""
    from minewatch.store import open_store
    from minewatch.store.documents import search_documents

    with cli_errors():
        hits = search_documents(
            open_store(db), query, lang=lang, since=since, until=until, source=source, limit=limit
        )
    emit_rows([_hit_row(h) for h in hits], SEARCH_COLUMNS, output_format)


def _hit_row(hit: Any) -> dict[str, Any]:
    return {name: getattr(hit, name) for name in hit.__slots__}
