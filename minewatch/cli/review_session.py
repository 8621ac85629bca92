"""The interactive review queue of ``minewatch review`` (reads answers from standard input)."""

from __future__ import annotations

from typing import Any

import click

from minewatch.errors import MinewatchError
from minewatch.reconcile.queue import review_queue
from minewatch.reconcile.reliability import ReliabilityTable
from minewatch.reconcile.render import headline
from minewatch.reconcile.review import parse_corrections, review_event
from minewatch.store import Store

CHOICES = {"c": "confirm", "r": "reject", "e": "correct", "s": "skip", "q": "quit"}


def _show(position: int, total: int, item: Any) -> None:
    e = item.event
    c = e.corroboration
    click.echo(f"\n[{position}/{total}] event {e.id} — {headline(e)}")
    click.echo(f"  {c.sources} independent source(s), best grade {c.best_grade}, score {c.score}")
    for x in e.contradictions:
        click.echo(f"  ⚠ {x.kind} (severity {x.severity}): {x.explanation}")
    for s in e.sources[:5]:
        click.echo(f"  - {s.document_id} ({s.outlet}, {s.grade}): {' '.join(s.evidence.split())}")
    if len(e.sources) > 5:
        click.echo(f"  ... and {len(e.sources) - 5} more source(s)")


def _corrections() -> dict[str, Any]:
    raw = click.prompt("fields (FIELD=VALUE ...)", default="", show_default=False)
    pairs = dict(p.partition("=")[::2] for p in raw.split())
    return parse_corrections(pairs)


def run_session(
    store: Store, who: str, *, iso3: str | None = None, limit: int | None = None,
    table: ReliabilityTable | None = None,
) -> dict[str, int]:  # fmt: skip
    """Walk the queue, asking for a decision and a reason for each event; return the counts."""
    counts = dict.fromkeys(("confirm", "reject", "correct", "skip"), 0)
    queue = review_queue(store, iso3=iso3, limit=limit, table=table)
    for position, item in enumerate(queue, 1):
        _show(position, len(queue), item)
        answer = click.prompt("[c]onfirm [r]eject [e]dit [s]kip [q]uit", default="s")
        action = CHOICES.get(answer.strip().lower()[:1], "skip")
        if action == "quit":
            break
        if action == "skip":
            counts["skip"] += 1
            continue
        try:
            corrections = _corrections() if action == "correct" else None
            reason = click.prompt("reason")
            outcome = review_event(
                store, item.event.id, action, who=who, reason=reason, corrections=corrections
            )
        except MinewatchError as exc:
            click.echo(f"  not recorded: {exc}")
            counts["skip"] += 1
            continue
        click.echo(f"  event {outcome.event.id} {outcome.event.state} (v{outcome.event.version})")
        if outcome.law_action:
            click.echo(f"  {outcome.law_action}")
        counts[action] += 1
    return counts
