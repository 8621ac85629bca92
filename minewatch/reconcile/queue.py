"""The review queue: events that need an analyst, most important first.

Importance: events with contradictions first (highest severity, then how many), then unreviewed
events with the strongest corroboration (more sources make a wrong record more visible), and
treaty actions before other types at equal rank.  Reviewed events leave the queue unless a
contradiction against what was confirmed has appeared since.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from minewatch.reconcile.knowledge import knowledge
from minewatch.reconcile.profile import ProfileEvent, describe_event
from minewatch.reconcile.reliability import ReliabilityTable, load_table
from minewatch.store.base import Store
from minewatch.store.events import list_contradictions, list_events


@dataclass(frozen=True, slots=True)
class QueueItem:
    event: ProfileEvent
    priority: tuple[float, ...]


def _priority(e: ProfileEvent) -> tuple[float, ...]:
    worst = max((c.severity for c in e.contradictions), default=0)
    treaty_action = knowledge().types[e.type].category == "ban_policy"
    return (-worst, -len(e.contradictions), -e.corroboration.score, -int(treaty_action), e.id)


def review_queue(
    store: Store, *, iso3: str | None = None, limit: int | None = None,
    table: ReliabilityTable | None = None,
) -> Sequence[QueueItem]:  # fmt: skip
    """Events to review, most important first."""
    table = table or load_table()
    flagged = {c.event_id for c in list_contradictions(store)}
    wanted = [
        e.id for e in list_events(store, iso3=iso3)
        if e.state == "new" or (e.id in flagged and any(
            c.contradiction.kind == "confirmed" for c in list_contradictions(store, e.id)
        ))
    ]  # fmt: skip
    items = [describe_event(store, i, table=table) for i in wanted]
    ranked = sorted((QueueItem(e, _priority(e)) for e in items), key=lambda q: q.priority)
    return ranked[:limit] if limit is not None else ranked
