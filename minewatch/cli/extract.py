"""``minewatch extract``, ``eval`` and ``claims``: thin shells over the extraction library."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any, TextIO

import click

from minewatch.cli.common import (
    EXIT_OK,
    EXIT_SOME_REJECTED,
    cli_errors,
    db_option,
    emit_rows,
    format_option,
)
from minewatch.errors import UsageError
from minewatch.records import Claim, TextDocument

# the output keys are the Claim record's fields, in its order; the table leaves out offsets
CLAIM_COLUMNS = tuple(field.name for field in fields(Claim))
_TABLE_COLUMNS = CLAIM_COLUMNS[: CLAIM_COLUMNS.index("evidence") + 1]


def _documents_from_jsonl(handle: TextIO, name: str) -> Iterator[TextDocument | str]:
    from minewatch.extract.evaluate import document_from_row

    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise UsageError("not a JSON object")
            yield document_from_row(row)
        except (json.JSONDecodeError, UsageError) as exc:
            yield f"{name}:{number}: {exc}"


def _documents_from_files(
    paths: tuple[str, ...], lang: str | None, published: str | None
) -> Iterator[TextDocument | str]:
    for raw in paths:
        path = Path(raw)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            yield f"{raw}: {exc}"
            continue
        yield TextDocument(id=path.stem, text=text, published=published, lang=lang)


def _row(claim: Any) -> dict[str, Any]:
    data: dict[str, Any] = claim.to_dict()
    return data


@click.command("extract")
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False))
@click.option(
    "--input",
    "input_path",
    type=click.Path(dir_okay=False, allow_dash=True),
    help="JSONL documents ({id, text, published?, lang?, url?, title?}); "
    "'-' or no FILES reads stdin.",
)
@click.option("--lang", help="Language (ISO 639-1) of plain-text FILES.")
@click.option("--published", help="Publication date (YYYY-MM-DD or YYYY-MM) of plain-text FILES.")
@format_option("jsonl", "table", default="jsonl")
def extract_command(
    files: tuple[str, ...],
    input_path: str | None,
    lang: str | None,
    published: str | None,
    output_format: str,
) -> None:
    """Extract mine-ban claims from documents; one JSON line per claim (no database needed)."""
    with cli_errors(), ExitStack() as stack:
        if files and input_path:
            raise UsageError("give either FILES or --input, not both")
        if files:
            source = _documents_from_files(files, lang, published)
        elif input_path and input_path != "-":
            handle = stack.enter_context(Path(input_path).open(encoding="utf-8"))
            source = _documents_from_jsonl(handle, input_path)
        else:
            source = _documents_from_jsonl(sys.stdin, "<stdin>")
        documents, claims, rejected = _extract_all(source, output_format)
    click.echo(f"{documents} documents, {claims} claims, {rejected} rejected", err=True)
    sys.exit(EXIT_SOME_REJECTED if rejected else EXIT_OK)


def _extract_all(source: Iterator[TextDocument | str], output_format: str) -> tuple[int, int, int]:
    """Extract from every document, printing claims; return (documents, claims, rejected)."""
    from minewatch.extract import extract_document

    documents = claims = rejected = 0
    table: list[dict[str, Any]] = []
    for item in source:
        if isinstance(item, str):
            rejected += 1
            click.echo(f"rejected: {item}", err=True)
            continue
        documents += 1
        for claim in extract_document(item):
            claims += 1
            if output_format == "jsonl":
                click.echo(json.dumps(_row(claim), ensure_ascii=False))
            else:
                table.append(_row(claim))
    if output_format == "table":
        emit_rows(table, _TABLE_COLUMNS, "table")
    return documents, claims, rejected


@click.command("eval")
@click.option(
    "--gold",
    "gold_path",
    required=True,
    type=click.Path(exists=True, dir_okay=False),
    help="Gold claims (JSONL, GUIDELINES §3).",
)
@click.option(
    "--docs",
    "docs_path",
    required=True,
    type=click.Path(exists=True),
    help="A corpus folder (index.jsonl + docs/*.txt) or a JSONL of documents.",
)
@click.option(
    "--split",
    type=click.Choice(["all", "develop", "heldout"]),
    default="all",
    show_default=True,
    help="Score all documents, or the fixed development / held-out part.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--errors",
    is_flag=True,
    help="Also list every disagreement: missed gold lines, spurious claims and loose matches "
    "whose date or modality differs.",
)
def eval_command(gold_path: str, docs_path: str, split: str, as_json: bool, errors: bool) -> None:
    """Score the extractor against gold claims: P/R/F1 loose and strict, by type, language
    and modality."""
    from minewatch.extract.evaluate import evaluate, format_disagreements, format_report

    with cli_errors():
        report = evaluate(Path(gold_path), Path(docs_path), split)
        if as_json:
            data = report.as_dict()
            if errors:
                data["disagreements"] = [asdict(item) for item in report.disagreements]
            click.echo(json.dumps(data, ensure_ascii=False, indent=2))
            return
        click.echo(format_report(report))
        if errors:
            click.echo(format_disagreements(report))


@click.group("claims")
def claims_group() -> None:
    """Claims stored by ingestion."""


@claims_group.command("list")
@db_option
@click.option("--doc", help="Document id (store id or external id).")
@click.option("--type", "event_type", help="Event type, e.g. withdrawal_vote.")
@click.option("--actor", help="Actor: ISO3 code or organisation name.")
@click.option("--treaty", type=click.Choice(["APMBC", "CCM"]), help="Treaty.")
@click.option("--modality", help="fact, planned, considered, possible, urged, denied or alleged.")
@click.option("--since", help="Claims dated on or after this date (YYYY[-MM[-DD]]).")
@click.option("--until", help="Claims dated on or before this date (YYYY[-MM[-DD]]).")
@click.option("--limit", type=int, help="At most this many claims.")
@format_option("table", "json", "csv")
def claims_list(
    db: str,
    doc: str | None,
    event_type: str | None,
    actor: str | None,
    treaty: str | None,
    modality: str | None,
    since: str | None,
    until: str | None,
    limit: int | None,
    output_format: str,
) -> None:
    """List stored claims with their evidence."""
    from minewatch.store import open_store
    from minewatch.store.claims import list_claims

    with cli_errors():
        store = open_store(db)
        try:
            found = list_claims(
                store,
                doc=doc,
                type=event_type,
                actor=actor,
                treaty=treaty,
                modality=modality,
                since=since,
                until=until,
                limit=limit,
            )
        finally:
            store.close()
        chosen = _TABLE_COLUMNS if output_format == "table" else CLAIM_COLUMNS
        columns: tuple[str, ...] = ("id", "document_id", *chosen)
        emit_rows([c.as_row() for c in found], columns, output_format)
