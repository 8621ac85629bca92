"""Over time: the count of States Parties, the changes in a window, today's picture."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from minewatch.law.calendar import add_months
from minewatch.law.engine import state_entry_into_force, withdrawal_of
from minewatch.law.facts import Facts
from minewatch.law.status import PARTY_STATUSES, StateStatus, treaty_status
from minewatch.law.treaties import Treaty
from minewatch.states import get_state


@dataclass(frozen=True, slots=True)
class PartyCount:
    """The number of States Parties from ``date`` on, and who joined or left that day."""

    treaty: str
    date: date
    count: int
    joined: tuple[str, ...]
    left: tuple[str, ...]

    def row(self) -> dict[str, Any]:
        return {
            "treaty": self.treaty,
            "date": self.date.isoformat(),
            "count": self.count,
            "joined": " ".join(self.joined),
            "left": " ".join(self.left),
        }


def _membership(treaty: Treaty, facts: Facts, iso3: str) -> tuple[date | None, date | None]:
    eif = state_entry_into_force(treaty, facts, iso3).value
    effective = withdrawal_of(treaty, facts, iso3).effective
    return (eif if isinstance(eif, date) else None), effective


def party_count_series(treaty: Treaty, facts: Facts) -> tuple[PartyCount, ...]:
    """The count of States Parties at every date it changed, oldest first."""
    joined: dict[date, list[str]] = defaultdict(list)
    left: dict[date, list[str]] = defaultdict(list)
    for iso3 in sorted({a.iso3 for a in facts.for_treaty(treaty.id)}):
        start, end = _membership(treaty, facts, iso3)
        if start is None or (end is not None and end <= start):
            continue
        joined[start].append(iso3)
        if end is not None:
            left[end].append(iso3)
    series, count = [], 0
    for day in sorted(set(joined) | set(left)):
        count += len(joined[day]) - len(left[day])
        series.append(PartyCount(treaty.id, day, count, tuple(joined[day]), tuple(left[day])))
    return tuple(series)


def count_parties(treaty: Treaty, facts: Facts, on: date) -> int:
    """The number of States Parties on ``on`` (withdrawing States are still Parties)."""
    return sum(s.status in PARTY_STATUSES for s in treaty_status(treaty, facts, on))


@dataclass(frozen=True, slots=True)
class Change:
    """One dated change in a State's position, with the article that governs it."""

    date: date
    treaty: str
    iso3: str
    state: str
    event: str
    article: str
    detail: str

    def row(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "treaty": self.treaty,
            "iso3": self.iso3,
            "state": self.state,
            "event": self.event,
            "article": self.article,
            "detail": self.detail,
        }


def changes_of(treaty: Treaty, facts: Facts, iso3: str) -> Iterable[Change]:
    name = get_state(iso3).name
    for action in facts.for_state(treaty.id, iso3):
        article = {
            "signature": treaty.cite(treaty.signature.article),
            "succession": treaty.succession.article,
            "withdrawal_notification": treaty.cite(treaty.withdrawal.article),
            "withdrawal_effective": treaty.cite(treaty.withdrawal.article),
            "suspension_notification": "not provided for by the treaty",
        }.get(action.action, treaty.cite(treaty.consent.article))
        detail = "effective date as published" if action.action == "withdrawal_effective" else ""
        yield Change(action.date, treaty.id, iso3, name, action.action, article, detail)
    eif = state_entry_into_force(treaty, facts, iso3)
    if isinstance(eif.value, date):
        yield Change(eif.value, treaty.id, iso3, name, "entry_into_force", eif.article, "")
    withdrawal = withdrawal_of(treaty, facts, iso3)
    notice = withdrawal.notification
    if notice is None:
        return
    article = withdrawal.explanation.article
    months = treaty.withdrawal_months
    if withdrawal.effective is not None:
        detail = f"notified {notice.date} + {months} months"
        if withdrawal.suspended_by_conflict:
            detail += "; held back by an armed conflict until it ended"
        yield Change(withdrawal.effective, treaty.id, iso3, name, "withdrawal_takes_effect",
                     article, detail)  # fmt: skip
    elif withdrawal.period_end is not None:
        detail = f"notified {notice.date} + {months} months; armed conflict still going on"
        yield Change(withdrawal.period_end, treaty.id, iso3, name, "withdrawal_suspended",
                     article, detail)  # fmt: skip


def changes(treaties: Iterable[Treaty], facts: Facts, start: date, end: date) -> tuple[Change, ...]:
    """Facts and computed dates (entry into force, withdrawal effect) in ``[start, end]``,
    including those already scheduled beyond ``end`` when their fact is in the window."""
    found = []
    for treaty in treaties:
        for iso3 in sorted({a.iso3 for a in facts.for_treaty(treaty.id)}):
            for change in changes_of(treaty, facts, iso3):
                if start <= change.date <= end or (
                    change.date > end
                    and change.event in ("withdrawal_takes_effect", "entry_into_force")
                ):
                    found.append(change)
    return tuple(sorted(found, key=lambda c: (c.date, c.treaty, c.iso3, c.event)))


PENDING_STATUSES = ("signatory", "consented", "withdrawing", "withdrawal_suspended")
CONTESTED_FLAGS = ("suspension_claimed", "withdrawal_effective_published")


@dataclass(frozen=True, slots=True)
class Overview:
    """Today's picture: counts, recent changes, pending or contested positions."""

    on: date
    since: date
    party_counts: Mapping[str, int]
    party_counts_since: Mapping[str, int]
    signatories: Mapping[str, int]
    changes: tuple[Change, ...]
    unsettled: tuple[StateStatus, ...]


def overview(treaties: Iterable[Treaty], facts: Facts, on: date, months: int = 24) -> Overview:
    """Counts of States Parties, what changed in the last ``months`` and who is unsettled."""
    chosen = tuple(treaties)
    since = add_months(on, -months)
    counts, signatories, unsettled = {}, {}, []
    counts_since = {t.id: count_parties(t, facts, since) for t in chosen}
    for treaty in chosen:
        statuses = treaty_status(treaty, facts, on)
        counts[treaty.id] = sum(s.status in PARTY_STATUSES for s in statuses)
        signatories[treaty.id] = sum(s.status == "signatory" for s in statuses)
        unsettled += [
            s
            for s in statuses
            if s.status in PENDING_STATUSES or set(s.flags) & set(CONTESTED_FLAGS)
        ]
    known = Facts(
        tuple(a for a in facts.actions if a.date <= on), facts.extensions, facts.conflicts
    )
    return Overview(
        on=on,
        since=since,
        party_counts=counts,
        party_counts_since=counts_since,
        signatories=signatories,
        changes=changes(chosen, known, since, on),
        unsettled=tuple(unsettled),
    )
