"""``minewatch reconcile``, ``events``, ``review``, ``profile`` and ``export``: thin shells over
:mod:`minewatch.reconcile`."""

from __future__ import annotations

import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from minewatch.cli.common import cli_errors, db_option, emit_rows, format_option

if TYPE_CHECKING:
    from minewatch.reconcile.profile import ProfileEvent
    from minewatch.store import Store

EVENT_LIST_COLUMNS = (
    "id", "date", "type", "actor", "counterpart", "treaty", "modality", "quantity", "unit",
    "state", "version", "claims", "reviewed_by", "review_reason",
)  # fmt: skip


@contextmanager
def _store(db: str) -> Iterator[Store]:
    from minewatch.store import open_store

    with cli_errors():
        store = open_store(db)
        try:
            yield store
        finally:
            store.close()


def _analyst(value: str | None) -> str:
    return value or os.environ.get("MINEWATCH_ANALYST") or getpass.getuser()


def _by_option(func: Any) -> Any:
    return click.option(
        "--by", "by", default=None,
        help="Analyst name for the audit log (default: env MINEWATCH_ANALYST, else the login).",
    )(func)  # fmt: skip


def _reliability_option(func: Any) -> Any:
    return click.option(
        "--reliability", "reliability", type=click.Path(dir_okay=False, path_type=Path),
        default=None, help="Outlet reliability table (YAML); default: the bundled one.",
    )(func)  # fmt: skip


def _table(path: Path | None) -> Any:
    from minewatch.reconcile.reliability import load_table

    return load_table(path)


@click.command("reconcile")
@db_option
def reconcile_command(db: str) -> None:
    """Build or update events from the stored claims and recompute contradictions."""
    from minewatch.reconcile.pipeline import reconcile

    with _store(db) as store, cli_errors():
        summary = reconcile(store)
    click.echo(summary.line())


@click.group("events")
def events_group() -> None:
    """List, show and review reconciled events (confirm, reject, correct)."""


@events_group.command("list")
@click.option("--iso3", default=None, help="Events whose actor or counterpart is this state.")
@click.option("--type", "type_", default=None, help="Only this event type.")
@click.option("--state", default=None, help="Only this review state (new, confirmed, ...).")
@click.option("--as-of", "as_of", default=None, help="As recorded at this time (ISO 8601, UTC).")
@format_option("table", "csv", "json")
@db_option
def events_list_command(
    iso3: str | None, type_: str | None, state: str | None, as_of: str | None,
    output_format: str, db: str,
) -> None:  # fmt: skip
    """Events as currently recorded, or as they were believed at --as-of."""
    from minewatch.store.events import list_events

    with _store(db) as store, cli_errors():
        events = list_events(store, iso3=iso3, type=type_, state=state, as_of=as_of)
    emit_rows([e.row() for e in events], EVENT_LIST_COLUMNS, output_format)


def _show_lines(event: ProfileEvent, audit: list[Any]) -> Iterator[str]:
    from minewatch.reconcile.render import headline

    c = event.corroboration
    yield f"event {event.id}: {headline(event)}"
    yield (
        f"corroboration: {c.sources} independent source(s), {c.documents} document(s), "
        f"best grade {c.best_grade}, score {c.score:.2f}"
    )
    yield "sources:"
    for s in event.sources:
        yield f"  claim {s.claim_id} {s.document_id} ({s.outlet}, {s.grade}) {s.modality} " + (
            f"{s.date or 'undated'}: {' '.join(s.evidence.split())}"
        )
    yield f"contradictions: {len(event.contradictions)}"
    for x in event.contradictions:
        yield f"  [{x.kind}, severity {x.severity}] {x.explanation}"
    yield "audit log:"
    for entry in audit:
        changes = json.dumps(entry.changes, ensure_ascii=False, default=str)
        who = f"{entry.at} {entry.actor} {entry.action}"
        yield f"  v{entry.version} {who}: {entry.reason} {changes}"


@events_group.command("show")
@click.argument("event_id", type=int)
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")  # fmt: skip
@_reliability_option
@db_option
def events_show_command(
    event_id: int, output_format: str, reliability: Path | None, db: str
) -> None:
    """One event with its sources, corroboration, contradictions and audit log."""
    from dataclasses import asdict

    from minewatch.reconcile.profile import describe_event
    from minewatch.store.events import audit_log

    with _store(db) as store, cli_errors():
        event = describe_event(store, event_id, table=_table(reliability))
        audit = audit_log(store, event_id)
    if output_format == "json":
        data = {**asdict(event), "audit": [asdict(a) for a in audit]}
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return
    for line in _show_lines(event, audit):
        click.echo(line)


def _review(
    db: str, event_id: int, action: str, by: str | None, reason: str,
    expected: int | None, corrections: dict[str, Any] | None = None,
) -> None:  # fmt: skip
    from minewatch.reconcile.review import review_event

    with _store(db) as store, cli_errors():
        outcome = review_event(
            store, event_id, action, who=_analyst(by), reason=reason,
            expected_version=expected, corrections=corrections,
        )  # fmt: skip
    e = outcome.event
    click.echo(f"event {e.id} {e.state} by {e.reviewed_by} (version {e.version})")
    if outcome.law_action:
        click.echo(outcome.law_action)


def _review_options(func: Any) -> Any:
    func = click.option("--reason", required=True, help="Why (goes to the audit log).")(func)
    func = click.option(
        "--expected-version", "expected", type=int, default=None,
        help="The version you reviewed; refused if the event changed since (default: current).",
    )(func)  # fmt: skip
    return _by_option(func)


@events_group.command("confirm")
@click.argument("event_id", type=int)
@_review_options
@db_option
def events_confirm_command(
    event_id: int, by: str | None, expected: int | None, reason: str, db: str
) -> None:
    """Confirm an event (a treaty action with a full date flows into the law facts)."""
    _review(db, event_id, "confirm", by, reason, expected)


@events_group.command("reject")
@click.argument("event_id", type=int)
@_review_options
@db_option
def events_reject_command(
    event_id: int, by: str | None, expected: int | None, reason: str, db: str
) -> None:
    """Reject an event (it leaves profiles and the review queue)."""
    _review(db, event_id, "reject", by, reason, expected)


def _pairs(raw: tuple[str, ...]) -> dict[str, str]:
    from minewatch.errors import UsageError

    pairs = {}
    for item in raw:
        name, sep, value = item.partition("=")
        if not sep:
            raise UsageError(f"expected FIELD=VALUE, got {item!r}")
        pairs[name.strip()] = value.strip()
    return pairs


@events_group.command("correct")
@click.argument("event_id", type=int)
@click.argument("changes", nargs=-1, required=True)
@_review_options
@db_option
def events_correct_command(
    event_id: int, changes: tuple[str, ...], by: str | None, expected: int | None, reason: str,
    db: str,
) -> None:  # fmt: skip
    """Correct fields of an event: FIELD=VALUE ... (e.g. date=2025-08-20 quantity=413)."""
    from minewatch.reconcile.review import parse_corrections

    with cli_errors():
        corrections = parse_corrections(_pairs(changes))
    _review(db, event_id, "correct", by, reason, expected, corrections)


@click.command("review")
@click.option("--iso3", default=None, help="Only events of this state.")
@click.option("--limit", type=int, default=None, help="Stop after this many events.")
@_by_option
@_reliability_option
@db_option
def review_command(
    iso3: str | None, limit: int | None, by: str | None, reliability: Path | None, db: str
) -> None:
    """Interactive review queue, contradictions first.

    For each event: [c]onfirm, [r]eject, [e]dit (correct), [s]kip or [q]uit, then a reason.
    Answers are read from standard input, so a queue can be scripted."""
    with _store(db) as store, cli_errors():
        counts = _run_session(store, _analyst(by), iso3, limit, _table(reliability))
    click.echo(
        f"reviewed {counts['confirm'] + counts['reject'] + counts['correct']}: "
        f"{counts['confirm']} confirmed, {counts['reject']} rejected, "
        f"{counts['correct']} corrected, {counts['skip']} skipped"
    )


@click.command("profile")
@click.argument("iso3")
@click.option("--format", "output_format", type=click.Choice(["md", "html", "json"]),
              default="md", show_default=True, help="Output format.")  # fmt: skip
@click.option("--on", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Legal status on this date (default: today).")  # fmt: skip
@click.option("--as-of", "as_of", default=None, help="Events as recorded at this time.")
@_reliability_option
@db_option
def profile_command(
    iso3: str, output_format: str, on: datetime | None, as_of: str | None,
    reliability: Path | None, db: str,
) -> None:  # fmt: skip
    """A country profile: legal status, events by category with sources, contradictions."""
    from minewatch.reconcile.profile import build_profile
    from minewatch.reconcile.render import RENDERERS

    day: date | None = on.date() if on else None
    with _store(db) as store, cli_errors():
        profile = build_profile(store, iso3, day, as_of=as_of, table=_table(reliability))
    click.echo(RENDERERS[output_format](profile), nl=False)


@click.command("export")
@click.argument("table", type=click.Choice(["events", "claims", "documents", "status"]))
@click.option("--format", "output_format", type=click.Choice(["csv", "jsonl", "parquet"]),
              default="csv", show_default=True, help="Output format.")  # fmt: skip
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file (required for parquet; default: stdout).")  # fmt: skip
@click.option("--on", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="For status: the date (default: today).")  # fmt: skip
@click.option("--as-of", "as_of", default=None, help="For events: as recorded at this time.")
@_reliability_option
@db_option
def export_command(
    table: str, output_format: str, output: Path | None, on: datetime | None,
    as_of: str | None, reliability: Path | None, db: str,
) -> None:  # fmt: skip
    """Export events, claims, documents or treaty status (columns: docs/data-dictionary.md)."""
    from minewatch.reconcile.export import export_table, write_table

    with _store(db) as store, cli_errors():
        result = export_table(
            store, table, on=on.date() if on else None, as_of=as_of, table=_table(reliability)
        )
        write_table(result, output_format, sys.stdout, output)
    if output is not None:
        click.echo(f"{len(result.rows)} {table} rows written to {output}", err=True)


CHOICES = {"c": "confirm", "r": "reject", "e": "correct", "s": "skip", "q": "quit"}


def _show_item(position: int, total: int, event: ProfileEvent) -> None:
    from minewatch.reconcile.render import headline

    c = event.corroboration
    click.echo(f"\n[{position}/{total}] event {event.id} — {headline(event)}")
    click.echo(f"  {c.sources} independent source(s), best grade {c.best_grade}, score {c.score}")
    for x in event.contradictions:
        click.echo(f"  ⚠ {x.kind} (severity {x.severity}): {x.explanation}")
    for s in event.sources[:5]:
        click.echo(f"  - {s.document_id} ({s.outlet}, {s.grade}): {' '.join(s.evidence.split())}")
    if len(event.sources) > 5:
        click.echo(f"  ... and {len(event.sources) - 5} more source(s)")


def _decide(store: Store, who: str, event: ProfileEvent, action: str) -> bool:
    """Ask for corrections and a reason, record the decision; False if it was refused."""
    from minewatch.errors import MinewatchError
    from minewatch.reconcile.review import parse_corrections, review_event

    try:
        corrections = None
        if action == "correct":
            raw = click.prompt("fields (FIELD=VALUE ...)", default="", show_default=False)
            corrections = parse_corrections(_pairs(tuple(raw.split())))
        reason = click.prompt("reason")
        outcome = review_event(
            store, event.id, action, who=who, reason=reason, corrections=corrections
        )
    except MinewatchError as exc:
        click.echo(f"  not recorded: {exc}")
        return False
    click.echo(f"  event {outcome.event.id} {outcome.event.state} (v{outcome.event.version})")
    if outcome.law_action:
        click.echo(f"  {outcome.law_action}")
    return True


def _run_session(
    store: Store, who: str, iso3: str | None, limit: int | None, table: Any
) -> dict[str, int]:
    """Walk the queue, asking for a decision and a reason for each event; return the counts."""
    from minewatch.reconcile.queue import review_queue

    counts = dict.fromkeys(("confirm", "reject", "correct", "skip"), 0)
    queue = review_queue(store, iso3=iso3, limit=limit, table=table)
    for position, item in enumerate(queue, 1):
        _show_item(position, len(queue), item.event)
        answer = click.prompt("[c]onfirm [r]eject [e]dit [s]kip [q]uit", default="s")
        action = CHOICES.get(answer.strip().lower()[:1], "skip")
        if action == "quit":
            break
        done = action != "skip" and _decide(store, who, item.event, action)
        counts[action if done else "skip"] += 1
    return counts
