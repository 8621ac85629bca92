"""Options and output helpers shared by every command."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from minewatch.errors import MinewatchError
from minewatch.settings import DEFAULT_DB

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_SOME_REJECTED, EXIT_USAGE = 0, 1, 2


def db_option(func: F) -> F:
    """``--db``: a SQLite path or a postgresql:// URL (env ``MINEWATCH_DB``)."""
    return click.option(
        "--db",
        envvar="MINEWATCH_DB",
        default=DEFAULT_DB,
        show_default=True,
        help="Database: SQLite path or postgresql:// URL (env MINEWATCH_DB).",
    )(func)


def format_option(*choices: str, default: str = "table") -> Callable[[F], F]:
    """``--format`` with the given choices."""
    names = choices or ("table", "csv", "json")

    def decorate(func: F) -> F:
        return click.option(
            "--format",
            "output_format",
            type=click.Choice(list(names)),
            default=default,
            show_default=True,
            help="Output format.",
        )(func)

    return decorate


@contextmanager
def cli_errors() -> Iterator[None]:
    """Turn library errors into a message on stderr and exit code 2."""
    try:
        yield
    except MinewatchError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(_cell(v) for v in value)
    return str(value)


def emit_rows(
    rows: Sequence[Mapping[str, Any]], columns: Sequence[str], output_format: str
) -> None:
    """Print rows as an aligned table, CSV (header first) or a JSON array."""
    if output_format == "json":
        click.echo(
            json.dumps(
                [{c: r.get(c) for c in columns} for r in rows],
                ensure_ascii=False,
                indent=2,
                default=str,
            )
        )
        return
    if output_format == "jsonl":
        for r in rows:
            click.echo(json.dumps({c: r.get(c) for c in columns}, ensure_ascii=False, default=str))
        return
    if output_format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow([_cell(r.get(c)) for c in columns])
        click.echo(buffer.getvalue(), nl=False)
        return
    cells = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for row in cells:
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
