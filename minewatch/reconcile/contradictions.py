"""Contradictions between claims of one event, and against an analyst-confirmed event.

Each :class:`Contradiction` names the claims involved and says, in words a reader can check
against the documents, what disagrees.  Checks against the law engine and the depositary facts
live in :mod:`minewatch.reconcile.legal`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from minewatch.reconcile import dates
from minewatch.reconcile.records import Contradiction, EventFields, SourcedClaim

ASSERTING = frozenset({"fact", "planned", "alleged", "possible"})


@dataclass(frozen=True, slots=True)
class ConfirmedView:
    """What an analyst confirmed about an event (its current reviewed values)."""

    event_id: int
    state: str
    date: str | None
    quantity: float | None
    quantity_max: float | None
    modality: str
    reviewer: str
    reviewed_at: str


def _cite(items: Sequence[SourcedClaim]) -> str:
    docs = sorted({i.source.document_id for i in items})
    shown = ", ".join(docs[:4]) + (f" and {len(docs) - 4} more" if len(docs) > 4 else "")
    return f"{len(items)} claim(s) in {shown}"


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,}"


def _stale_copy(a: SourcedClaim, b: SourcedClaim) -> bool:
    """Two syndicated copies whose dates differ by one day: a stale relative date ("yesterday")
    in a copy republished a day later (GUIDELINES §8.2)."""
    group_a, group_b = a.source.syndication_group, b.source.syndication_group
    copies = a.source.document_id != b.source.document_id
    same_group = copies and group_a is not None and group_a == group_b
    return same_group and dates.days_apart(a.claim.date or "", b.claim.date or "") == 1


def date_contradictions(event: EventFields, items: Sequence[SourcedClaim]) -> list[Contradiction]:
    """Asserting claims whose dates exclude the event's best date."""
    if event.date is None:
        return []
    agree = [i for i in items if i.claim.date and dates.compatible(i.claim.date, event.date)]
    by_date: dict[str, list[SourcedClaim]] = defaultdict(list)
    for i in items:
        stated = i.claim.date
        if i.claim.modality in ASSERTING and stated and not dates.compatible(stated, event.date):
            by_date[stated].append(i)
    found = []
    for other, disagree in sorted(by_date.items()):
        stale = any(_stale_copy(d, a) for d in disagree for a in agree)
        note = " (likely a stale relative date in a copy republished a day later)" if stale else ""
        found.append(
            Contradiction(
                kind="date",
                claim_ids=tuple(sorted(i.id for i in [*disagree, *agree])),
                explanation=(
                    f"{event.type} {event.actor or '?'}: {_cite(disagree)} date it {other}, "
                    f"but {_cite(agree)} date it {event.date}{note}"
                ),
                severity=1 if stale else 3 if abs(dates.days_apart(other, event.date)) > 31 else 2,
            )
        )
    return found


def quantity_contradictions(
    event: EventFields, items: Sequence[SourcedClaim]
) -> list[Contradiction]:
    """Different figures for one event (vote counts, quantities)."""
    if event.quantity is None or event.quantity == event.quantity_max:
        return []
    by_value: dict[float, list[SourcedClaim]] = defaultdict(list)
    for i in items:
        if i.claim.quantity is not None:
            by_value[float(i.claim.quantity)].append(i)
    unit = f" {event.unit}" if event.unit else ""
    parts = [f"{_fmt(v)}{unit} ({_cite(c)})" for v, c in sorted(by_value.items())]
    return [
        Contradiction(
            kind="quantity",
            claim_ids=tuple(sorted(i.id for c in by_value.values() for i in c)),
            explanation=f"{event.type} {event.actor or '?'}: sources give different figures: "
            + "; ".join(parts),
            severity=2,
        )
    ]


def modality_contradictions(
    event: EventFields, items: Sequence[SourcedClaim]
) -> list[Contradiction]:
    """A claim that the event happened against a claim denying it."""
    facts = [i for i in items if i.claim.modality == "fact"]
    denials = [i for i in items if i.claim.modality == "denied"]
    if not facts or not denials:
        return []
    return [
        Contradiction(
            kind="modality",
            claim_ids=tuple(sorted(i.id for i in [*facts, *denials])),
            explanation=(
                f"{event.type} {event.actor or '?'}: {_cite(facts)} state it as fact, "
                f"{_cite(denials)} deny it"
            ),
            severity=3,
        )
    ]


def between_claims(event: EventFields, items: Sequence[SourcedClaim]) -> list[Contradiction]:
    """All disagreements among the claims of one event."""
    return [
        *date_contradictions(event, items),
        *quantity_contradictions(event, items),
        *modality_contradictions(event, items),
    ]


def _against(view: ConfirmedView, item: SourcedClaim) -> str | None:
    claim = item.claim
    if claim.modality == "denied" and view.modality != "denied":
        return "denies it"
    if claim.modality in ASSERTING and not dates.compatible(claim.date, view.date):
        return f"dates it {claim.date}, the confirmed date is {view.date}"
    if claim.quantity is not None and view.quantity is not None:
        high = view.quantity_max if view.quantity_max is not None else view.quantity
        if not view.quantity <= float(claim.quantity) <= high:
            stated = _fmt(float(claim.quantity))
            return f"gives {stated}, the confirmed figure is {_fmt(view.quantity)}"
    return None


def against_confirmed(view: ConfirmedView, items: Sequence[SourcedClaim]) -> list[Contradiction]:
    """Claims that disagree with what an analyst confirmed or corrected."""
    if view.state not in ("confirmed", "corrected"):
        return []
    found = []
    for item in items:
        reason = _against(view, item)
        if reason:
            found.append(
                Contradiction(
                    kind="confirmed",
                    claim_ids=(item.id,),
                    explanation=(
                        f"claim {item.id} in {item.source.document_id} {reason} "
                        f"(event {view.event_id} {view.state} by {view.reviewer} "
                        f"at {view.reviewed_at})"
                    ),
                    severity=3,
                )
            )
    return found
