"""Reconcile stored claims into stored events, and keep their contradictions current.

:func:`reconcile` is incremental: a claim already linked to an event stays there; new claims
that belong with linked ones are added to that event; an event no analyst has reviewed yet is
recomputed from all its claims (when its claims disagree on a date the depositary record
settles, the record decides), while a reviewed event keeps the analyst's values and only gains
the new evidence.  Contradictions are recomputed for every event each run.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from minewatch.law import bundled_treaties
from minewatch.law import read_facts as bundled_facts
from minewatch.reconcile.contradictions import ConfirmedView, against_confirmed, between_claims
from minewatch.reconcile.legal import LawContext, against_law, recorded_date
from minewatch.reconcile.merge import MergeOptions, cluster_claims, draft
from minewatch.reconcile.records import Contradiction, EventFields, SourcedClaim
from minewatch.store.actions import read_facts as stored_facts
from minewatch.store.base import Store
from minewatch.store.events import (
    StoredEvent,
    claim_links,
    create_event,
    get_event,
    list_events,
    now,
    replace_contradictions,
    sourced_claims,
    update_event,
)

WHO = "minewatch reconcile"


@dataclass(frozen=True, slots=True)
class ReconcileSummary:
    claims: int
    created: int
    updated: int
    unchanged: int
    contradictions: int

    def line(self) -> str:
        return (
            f"{self.claims} claims: {self.created} events created, {self.updated} updated, "
            f"{self.unchanged} unchanged; {self.contradictions} contradictions"
        )


def law_context(store: Store) -> LawContext:
    """The treaties and the facts in the store (the bundled facts if none are loaded)."""
    facts = stored_facts(store)
    return LawContext(bundled_treaties(), facts if facts.actions else bundled_facts())


def settled(claims: Sequence[SourcedClaim], law: LawContext) -> EventFields:
    """The event the claims describe; when their dates disagree and the depositary record
    settles it, the date is taken from the claims that agree with the record."""
    values = draft(claims).fields
    recorded = recorded_date(claims, law)
    return values if recorded is None else replace(values, date=recorded)


def _apply(
    store: Store, cluster: Sequence[SourcedClaim], links: dict[int, int],
    by_id: dict[int, SourcedClaim], law: LawContext,
) -> str:  # fmt: skip
    ids = {i.id for i in cluster}
    linked = sorted({links[c] for c in ids if c in links})
    if not linked:
        with store.begin() as conn:
            create_event(conn, settled(cluster, law), sorted(ids), who=WHO,
                         reason="claims describing one event")  # fmt: skip
        return "created"
    event = get_event(store, linked[0])
    fresh = sorted(c for c in ids if c not in links)
    values = event.fields
    if event.state == "new":
        claims = [by_id[c] for c in (*event.claim_ids, *fresh) if c in by_id]
        values = settled(claims, law)
    if values == event.fields and not fresh:
        return "unchanged"
    with store.begin() as conn:
        update_event(conn, event.id, event.version, action="reconcile", who=WHO,
                     reason=f"{len(fresh)} new claim(s) linked", values=values,
                     add_claims=fresh)  # fmt: skip
    return "updated"


def reconcile(store: Store, options: MergeOptions | None = None) -> ReconcileSummary:
    """Build or update events from every stored claim, then recompute contradictions."""
    items = sourced_claims(store)
    by_id = {i.id: i for i in items}
    links = claim_links(store)
    law = law_context(store)
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    for cluster in cluster_claims(items, options):
        counts[_apply(store, cluster, links, by_id, law)] += 1
    found = refresh_contradictions(store)
    return ReconcileSummary(len(items), contradictions=found, **counts)


def confirmed_view(event: StoredEvent) -> ConfirmedView:
    f = event.fields
    return ConfirmedView(
        event.id, event.state, f.date, f.quantity, f.quantity_max, f.modality,
        event.reviewed_by or "", event.reviewed_at or "",
    )  # fmt: skip


def event_contradictions(
    event: StoredEvent, items: Sequence[SourcedClaim], law: LawContext
) -> list[Contradiction]:
    """Every contradiction of one event: among its claims, against the law, against review."""
    if not items:
        return []
    computed = replace(draft(items).fields, date=event.fields.date)  # recorded/reviewed date
    return [
        *between_claims(computed, items),
        *against_law(items, law),
        *against_confirmed(confirmed_view(event), items),
    ]


def refresh_contradictions(store: Store, event_ids: Iterable[int] | None = None) -> int:
    """Recompute and store the contradictions of the given events (default: all); return how
    many were found."""
    wanted = None if event_ids is None else set(event_ids)
    events = [e for e in list_events(store) if wanted is None or e.id in wanted]
    claims = {c.id: c for c in sourced_claims(store, [i for e in events for i in e.claim_ids])}
    law = law_context(store)
    total, at = 0, now()
    with store.begin() as conn:
        for event in events:
            found = event_contradictions(
                event, [claims[i] for i in event.claim_ids if i in claims], law
            )
            replace_contradictions(conn, event.id, found, at)
            total += len(found)
    return total
