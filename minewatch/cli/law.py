"""``minewatch init``, ``overview``, ``status``, ``state``, ``parties``, ``why``, ``actions``
and ``states``: thin shells over ``minewatch.law``, ``minewatch.states`` and the store."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import click

from minewatch.cli.common import cli_errors, db_option, emit_rows, format_option
from minewatch.errors import FactError, UsageError

ACTION_COLUMNS = ("id", "treaty", "iso3", "action", "date", "succession_date", "predecessor",
                  "source", "added_at", "added_by")  # fmt: skip
CHANGE_COLUMNS = ("date", "treaty", "iso3", "state", "event", "article", "detail")
UNSETTLED_COLUMNS = ("date", "treaty", "iso3", "state", "status", "article", "detail")
PARTY_COLUMNS = ("treaty", "date", "count", "joined", "left")
STATE_COLUMNS = ("iso3", "iso2", "kind", "name", "names")
TIMELINE_COLUMNS = ("date", "treaty", "event", "article", "detail")
WHY_COLUMNS = ("depth", "name", "value", "article", "arithmetic", "facts")


def _day_option(func: Any) -> Any:
    return click.option(
        "--on",
        "on",
        type=click.DateTime(formats=["%Y-%m-%d"]),
        default=None,
        help="The date to compute for (YYYY-MM-DD; default today).",
    )(func)


def _treaty_option(func: Any) -> Any:
    return click.option(
        "--treaty", default="APMBC", show_default=True, help="Treaty id: APMBC or CCM."
    )(func)


def _date_of(on: datetime | None) -> date:
    return on.date() if on is not None else date.today()


def _facts(db: str) -> Any:
    from minewatch.store import open_store
    from minewatch.store.actions import read_facts

    facts = read_facts(open_store(db))
    if not facts.actions:
        raise UsageError(f"no treaty facts in {db}: run `minewatch init` first")
    return facts


def _iso3(name: str) -> str:
    from minewatch.states import resolve_state

    state = resolve_state(name)
    if state is None:
        raise FactError(f"unknown state {name!r}", code="MW401")
    return state.iso3


@click.command("init")
@db_option
def init_command(db: str) -> None:
    """Create or migrate the database and load the bundled treaty facts (idempotent)."""
    from minewatch.store import open_store
    from minewatch.store.actions import load_bundled_facts

    with cli_errors():
        summary = load_bundled_facts(open_store(db))
    click.echo(
        f"{db}: {summary.actions} treaty actions, {summary.extensions} deadline extensions, "
        f"{summary.conflicts} armed-conflict periods, {summary.findings} obligation findings added "
        "(rows already present kept)"
    )


@click.command("overview")
@_day_option
@click.option("--months", default=24, show_default=True, help="Window of recent changes.")
@format_option("table", "csv", "json")
@db_option
def overview_command(on: datetime | None, months: int, output_format: str, db: str) -> None:
    """Today's picture: States Parties per treaty, changes in the last 24 months, and the
    States whose position is pending or contested, each line with its date and article."""
    from minewatch.law import bundled_treaties, overview
    from minewatch.law.report import overview_rows

    with cli_errors():
        picture = overview(bundled_treaties().values(), _facts(db), _date_of(on), months)
    counts, change_rows, unsettled_rows = overview_rows(picture, bundled_treaties())
    if output_format == "json":
        payload = {"on": str(picture.on), "since": str(picture.since), "treaties": counts,
                   "changes": change_rows, "pending_or_contested": unsettled_rows}  # fmt: skip
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    if output_format == "csv":
        rows = [{"section": "change", **r} for r in change_rows]
        rows += [{"section": "pending_or_contested", "event": r["status"], **r}
                 for r in unsettled_rows]  # fmt: skip
        emit_rows(rows, ("section", *CHANGE_COLUMNS), "csv")
        return
    click.echo(f"Minewatch overview on {picture.on} (changes since {picture.since})\n")
    click.echo("States Parties")
    for c in counts:
        click.echo(f"  {c['treaty']:<6} {c['parties']:>4} States Parties ({c['parties_since']} on "
                   f"{picture.since}), {c['signatories']} signatories not yet bound  "
                   f"({c['name']}; {c['article']})")  # fmt: skip
    click.echo(f"\nChanges in the last {months} months (and their scheduled effects)")
    emit_rows(change_rows, CHANGE_COLUMNS, "table")
    click.echo("\nPending or contested positions")
    emit_rows(unsettled_rows, UNSETTLED_COLUMNS, "table")


@click.command("status")
@_treaty_option
@_day_option
@click.option("--status", "statuses", multiple=True, help="Only these statuses (repeatable).")
@click.option("--state", "states", multiple=True, help="Only these States (code or name).")
@format_option("table", "csv", "json")
@db_option
def status_command(
    treaty: str,
    on: datetime | None,
    statuses: tuple[str, ...],
    states: tuple[str, ...],
    output_format: str,
    db: str,
) -> None:
    """One row per State: status, dates and deadlines under a treaty on a date."""
    from minewatch.law import STATUS_COLUMNS, STATUSES, get_treaty, state_status, treaty_status

    with cli_errors():
        unknown = set(statuses) - set(STATUSES)
        if unknown:
            raise UsageError(f"unknown status {sorted(unknown)}; known: {', '.join(STATUSES)}")
        chosen, facts, day = get_treaty(treaty), _facts(db), _date_of(on)
        if states:
            found = [state_status(chosen, facts, _iso3(s), day) for s in states]
        else:
            found = list(treaty_status(chosen, facts, day))
    rows = [s.row() for s in found if not statuses or s.status in statuses]
    emit_rows(rows, STATUS_COLUMNS, output_format)


@click.command("state")
@click.argument("state")
@_day_option
@format_option("table", "csv", "json")
@db_option
def state_command(state: str, on: datetime | None, output_format: str, db: str) -> None:
    """One State's timeline across treaties, with obligations and their explanations."""
    from minewatch.law import bundled_treaties
    from minewatch.law.report import state_report

    with cli_errors():
        iso3, facts, day = _iso3(state), _facts(db), _date_of(on)
        report = state_report(bundled_treaties().values(), facts, iso3, day)
    if output_format == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    if output_format == "csv":
        emit_rows(report["timeline"], ("iso3", *TIMELINE_COLUMNS), "csv")
        return
    click.echo(f"{report['state']} ({iso3}) on {day}")
    for summary in report["treaties"]:
        flags = f"; flags: {summary['flags']}" if summary["flags"] else ""
        click.echo(f"  {summary['treaty']}: {summary['status']}{flags}")
    click.echo("\nTimeline")
    emit_rows(report["timeline"], TIMELINE_COLUMNS, "table")
    click.echo("\nObligations")
    emit_rows(
        report["obligations"],
        (
            "treaty",
            "obligation",
            "article",
            "original_deadline",
            "current_deadline",
            "state",
            "explanation",
        ),
        "table",
    )


@click.command("parties")
@_treaty_option
@format_option("table", "csv", "json")
@db_option
def parties_command(treaty: str, output_format: str, db: str) -> None:
    """The number of States Parties at every date it changed (for charts)."""
    from minewatch.law import get_treaty, party_count_series

    with cli_errors():
        series = party_count_series(get_treaty(treaty), _facts(db))
    emit_rows([p.row() for p in series], PARTY_COLUMNS, output_format)


@click.command("why")
@click.argument("state")
@click.argument("value")
@_treaty_option
@_day_option
@format_option("table", "json")
@db_option
def why_command(
    state: str, value: str, treaty: str, on: datetime | None, output_format: str, db: str
) -> None:
    """Explain a computed value (a `status` column such as withdrawal_effective_date,
    entry_into_force_date, clearance_deadline_current, or status) with its chain."""
    from minewatch.law import explain, get_treaty, state_status
    from minewatch.law.report import explanation_rows

    with cli_errors():
        status = state_status(get_treaty(treaty), _facts(db), _iso3(state), _date_of(on))
        explanation = explain(status, value)
    if output_format == "json":
        click.echo(json.dumps(explanation.to_dict(), ensure_ascii=False, indent=2))
        return
    for line in explanation_rows(explanation):
        click.echo(line)


@click.group("actions")
def actions_group() -> None:
    """Depositary actions in the store: add one with its source, or list them."""


@actions_group.command("add")
@click.option("--treaty", required=True, help="Treaty id: APMBC or CCM.")
@click.option("--state", required=True, help="State (ISO alpha-3 code or name).")
@click.option("--action", "action_type", required=True, help="Action type, e.g. accession.")
@click.option("--date", "action_date", required=True, help="Date of the act (YYYY-MM-DD).")
@click.option("--source", "sources", multiple=True, required=True, help="Source URL (repeatable).")
@click.option("--succession-date", help="For a succession: the date of succession.")
@click.option("--predecessor", help="For a succession: the predecessor State's code.")
@click.option("--added-by", default="minewatch actions add", show_default=True, help="Who adds.")
@db_option
def actions_add_command(
    treaty: str, state: str, action_type: str, action_date: str, sources: tuple[str, ...],
    succession_date: str | None, predecessor: str | None, added_by: str, db: str,
) -> None:  # fmt: skip
    """Record one action; refused (exit 2) if the record with it would be inconsistent."""
    from minewatch.law import parse_action
    from minewatch.store import open_store
    from minewatch.store.actions import add_action

    with cli_errors():
        row = {"treaty": treaty, "iso3": _iso3(state), "action": action_type, "date": action_date,
               "source_urls": " | ".join(sources), "succession_date": succession_date,
               "predecessor": predecessor}  # fmt: skip
        action = parse_action(row, "command line")
        added = add_action(open_store(db), action, added_by=added_by)
    verb = "added" if added else "already recorded"
    click.echo(f"{verb}: {action.treaty} {action.action} by {action.iso3} on {action.date}")


@actions_group.command("list")
@click.option("--treaty", help="Only this treaty.")
@click.option("--state", help="Only this State (code or name).")
@format_option("table", "csv", "json")
@db_option
def actions_list_command(
    treaty: str | None, state: str | None, output_format: str, db: str
) -> None:
    """List stored actions with their sources and who added them."""
    from minewatch.store import open_store
    from minewatch.store.actions import list_actions

    with cli_errors():
        iso3 = _iso3(state) if state else None
        found = list_actions(open_store(db), treaty=treaty, iso3=iso3)
    emit_rows([s.row() for s in found], ACTION_COLUMNS, output_format)


@click.command("states")
@click.argument("query", required=False)
@click.option("--lang", help="Search names in this language only (en, uk, ru, pl, ...).")
@click.option(
    "--kind", type=click.Choice(["state", "entity", "historical"]), help="Only this kind."
)
@format_option("table", "csv", "json")
def states_command(
    query: str | None, lang: str | None, kind: str | None, output_format: str
) -> None:
    """List states and entities, or search them by code or name in any of ten languages."""
    from minewatch.states import load_states, search_states

    found = search_states(query, lang) if query else load_states()
    rows = [
        {"iso3": s.iso3, "iso2": s.iso2, "kind": s.kind, "name": s.name,
         "names": "; ".join(f"{code}: {' | '.join(n)}" for code, n in s.names.items() if n)
         if output_format != "table" else " | ".join(s.names_in(lang or "en"))}
        for s in found if kind is None or s.kind == kind
    ]  # fmt: skip
    emit_rows(rows, STATE_COLUMNS, output_format)
