"""A country profile: legal position under each treaty, then reconciled events by category,
each with its sources, corroboration and contradictions.

:func:`build_profile` is the one data function behind ``minewatch profile``, the JSON API and the
dashboard; :mod:`minewatch.reconcile.render` turns a :class:`Profile` into Markdown or HTML.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from minewatch.law import StateStatus, bundled_treaties, explain, state_status
from minewatch.reconcile import dates
from minewatch.reconcile.corroboration import corroborate
from minewatch.reconcile.knowledge import knowledge
from minewatch.reconcile.pipeline import law_context
from minewatch.reconcile.records import Contradiction, Corroboration, SourcedClaim
from minewatch.reconcile.reliability import ReliabilityTable, load_table
from minewatch.states import get_state
from minewatch.store.base import Store
from minewatch.store.events import (
    StoredEvent,
    get_event,
    list_contradictions,
    list_events,
    sourced_claims,
)


@dataclass(frozen=True, slots=True)
class ObligationView:
    id: str
    article: str
    original_deadline: date
    current_deadline: date
    state: str


@dataclass(frozen=True, slots=True)
class LegalPosition:
    """The State's status under one treaty on the profile's date, as the law engine computes it."""

    treaty: str
    status: str
    signature_date: date | None
    consent_type: str | None
    consent_date: date | None
    entry_into_force_date: date | None
    withdrawal_notification_date: date | None
    withdrawal_effective_date: date | None
    flags: tuple[str, ...]
    obligations: tuple[ObligationView, ...]
    explanation: str


@dataclass(frozen=True, slots=True)
class SourceView:
    """One claim behind an event: where it was read and what it says."""

    claim_id: int
    document_id: str
    outlet: str
    grade: str
    published: str | None
    lang: str | None
    modality: str
    date: str | None
    evidence: str


@dataclass(frozen=True, slots=True)
class ProfileEvent:
    id: int
    type: str
    actor: str | None
    treaty: str | None
    counterpart: str | None
    modality: str
    date: str | None
    date_precision: str | None
    quantity: float | None
    quantity_max: float | None
    unit: str | None
    institution: str | None
    review_state: str
    reviewed_by: str | None
    corroboration: Corroboration
    sources: tuple[SourceView, ...]
    contradictions: tuple[Contradiction, ...]


@dataclass(frozen=True, slots=True)
class ProfileSection:
    category: str
    title: str
    events: tuple[ProfileEvent, ...]


@dataclass(frozen=True, slots=True)
class Profile:
    """Everything the profile shows; ``to_dict`` is its JSON form."""

    iso3: str
    name: str
    on: date
    as_of: str | None
    legal: tuple[LegalPosition, ...]
    sections: tuple[ProfileSection, ...]
    contradictions: tuple[tuple[int, Contradiction], ...]  # (event id, contradiction), worst first

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["contradictions"] = [
            {"event_id": event_id, **asdict(c)} for event_id, c in self.contradictions
        ]
        result: dict[str, Any] = _jsonable(data)
        return result


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def legal_position(status: StateStatus) -> LegalPosition:
    return LegalPosition(
        treaty=status.treaty, status=status.status, signature_date=status.signature_date,
        consent_type=status.consent_type, consent_date=status.consent_date,
        entry_into_force_date=status.entry_into_force_date,
        withdrawal_notification_date=status.withdrawal_notification_date,
        withdrawal_effective_date=status.withdrawal_effective_date, flags=status.flags,
        obligations=tuple(
            ObligationView(o.id, o.article, o.original_deadline, o.current_deadline, o.state)
            for o in status.obligations
        ),
        explanation=explain(status, "status").arithmetic,
    )  # fmt: skip


def _source(item: SourcedClaim, table: ReliabilityTable) -> SourceView:
    s, c = item.source, item.claim
    return SourceView(
        item.id, s.document_id, s.outlet, table.grade(s), s.published, s.lang, c.modality,
        c.date, c.evidence,
    )  # fmt: skip


def _event(
    event: StoredEvent, claims: Sequence[SourcedClaim], table: ReliabilityTable,
    found: Sequence[Contradiction],
) -> ProfileEvent:  # fmt: skip
    f = event.fields
    return ProfileEvent(
        id=event.id, type=f.type, actor=f.actor, treaty=f.treaty, counterpart=f.counterpart,
        modality=f.modality, date=f.date, date_precision=dates.precision(f.date),
        quantity=f.quantity, quantity_max=f.quantity_max, unit=f.unit,
        institution=f.institution, review_state=event.state, reviewed_by=event.reviewed_by,
        corroboration=corroborate(claims, table),
        sources=tuple(_source(c, table) for c in claims), contradictions=tuple(found),
    )  # fmt: skip


def describe_event(
    store: Store, event_id: int, *, table: ReliabilityTable | None = None
) -> ProfileEvent:
    """One event as the profile shows it: sources, corroboration and contradictions."""
    event = get_event(store, event_id)
    claims = sourced_claims(store, event.claim_ids)
    found = [c.contradiction for c in list_contradictions(store, event_id)]
    return _event(event, claims, table or load_table(), found)


def build_profile(
    store: Store, iso3: str, on: date | None = None, *, as_of: str | None = None,
    table: ReliabilityTable | None = None, include_rejected: bool = False,
) -> Profile:  # fmt: skip
    """The profile of ``iso3`` on ``on`` (default today), from the events as recorded at
    ``as_of`` (default now).  Rejected events are left out unless ``include_rejected``."""
    state = get_state(iso3.upper())
    on = on or date.today()
    table = table or load_table()
    law = law_context(store)
    legal = tuple(
        legal_position(state_status(t, law.facts, state.iso3, on))
        for t in bundled_treaties().values()
    )
    events = [
        e for e in list_events(store, iso3=state.iso3, as_of=as_of)
        if include_rejected or e.state != "rejected"
    ]  # fmt: skip
    claims = {c.id: c for c in sourced_claims(store, [i for e in events for i in e.claim_ids])}
    by_event: dict[int, list[Contradiction]] = {}
    for stored in list_contradictions(store):
        by_event.setdefault(stored.event_id, []).append(stored.contradiction)
    rules = knowledge()
    built = [
        _event(e, [claims[i] for i in e.claim_ids if i in claims], table, by_event.get(e.id, []))
        for e in sorted(events, key=lambda e: (e.fields.date or "9999", e.id))
    ]
    sections = tuple(
        ProfileSection(
            key, title, tuple(e for e in built if rules.types[e.type].category == key)
        )
        for key, title in rules.categories.items()
    )
    flagged = sorted(
        ((e.id, c) for e in built for c in e.contradictions), key=lambda p: (-p[1].severity, p[0])
    )
    return Profile(state.iso3, state.name, on, as_of, legal, sections, tuple(flagged))
