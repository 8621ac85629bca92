"""Law-based data: treaties, the status of every state on a date, histories, party counts."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from minewatch.law.series import PartyCount, party_count_series
from minewatch.law.status import PARTY_STATUSES, STATUSES, StateStatus, explain, state_status
from minewatch.law.treaties import bundled_treaties, get_treaty
from minewatch.states import get_state
from minewatch.store import Store
from minewatch.web.data.facts import facts, statuses
from minewatch.web.errors import NotFound
from minewatch.web.svg import drawn_iso3

# dependent territories drawn on the map take their sovereign's colour (and say so in the title)
SHOWN_WITH: dict[str, str] = {
    "GRL": "DNK", "FLK": "GBR", "NCL": "FRA", "ATF": "FRA", "PRI": "USA",
}


@dataclass(frozen=True, slots=True)
class TreatyInfo:
    id: str
    name: str
    names: dict[str, list[str]]
    opened_for_signature: date
    entry_into_force: date | None
    parties: int
    on: date
    source: str


@dataclass(frozen=True, slots=True)
class MapData:
    """The status of every state under one treaty on one date."""

    treaty: str
    on: date
    statuses: dict[str, str]
    counts: dict[str, int]


def treaty_ids() -> tuple[str, ...]:
    return tuple(bundled_treaties())


def _treaty_eif(treaty_id: str, rows: tuple[StateStatus, ...]) -> date | None:
    dates = [r.entry_into_force_date for r in rows if r.entry_into_force_date is not None]
    return min(dates) if dates else None


def treaties_overview(store: Store, on: date) -> list[TreatyInfo]:
    """Every treaty with its own entry into force and its number of States Parties on ``on``."""
    found = []
    for treaty_id, treaty in bundled_treaties().items():
        rows = statuses(store, treaty_id, on)
        found.append(
            TreatyInfo(
                id=treaty_id,
                name=treaty.name,
                names={k: list(v) for k, v in treaty.names.items()},
                opened_for_signature=treaty.opened_for_signature,
                entry_into_force=_treaty_eif(treaty_id, rows),
                parties=sum(1 for r in rows if r.status in PARTY_STATUSES),
                on=on,
                source=treaty.source,
            )
        )
    return found


def map_data(store: Store, treaty_id: str, on: date) -> MapData:
    """Status by ISO3 for every state with a fact or a shape (others are non-signatories)."""
    treaty = get_treaty(treaty_id).id
    by_state = {r.iso3: r.status for r in statuses(store, treaty, on)}
    for iso3 in drawn_iso3():
        if iso3 not in SHOWN_WITH:
            by_state.setdefault(iso3, "non_signatory")
    counts = Counter(by_state.values())  # states only, not the territories drawn below
    for territory, sovereign in SHOWN_WITH.items():
        by_state.setdefault(territory, by_state.get(sovereign, "non_signatory"))
    return MapData(treaty=treaty, on=on, statuses=dict(sorted(by_state.items())),
                   counts={s: counts.get(s, 0) for s in STATUSES})


def status_rows(store: Store, treaty_id: str, on: date, status: str | None = None,
                iso3: str | None = None) -> list[dict[str, Any]]:
    """One row per state (the columns of ``minewatch status``), optionally filtered."""
    rows = [r.row() for r in statuses(store, get_treaty(treaty_id).id, on)]
    if status is not None:
        rows = [r for r in rows if r["status"] == status]
    if iso3 is not None:
        rows = [r for r in rows if r["iso3"] == iso3]
    return rows


def party_series(store: Store, treaty_id: str, until: date) -> list[PartyCount]:
    """The number of States Parties at every date it changed, up to ``until``."""
    series = party_count_series(get_treaty(treaty_id), facts(store))
    return [p for p in series if p.date <= until]


def _candidate_dates(row: StateStatus) -> list[date]:
    found = [row.signature_date, row.consent_date, row.entry_into_force_date,
             row.withdrawal_notification_date, row.withdrawal_effective_date]
    return sorted({d for d in found if d is not None})


def status_history(store: Store, iso3: str, treaty_id: str,
                   until: date) -> list[dict[str, Any]]:
    """Every change of the state's status under the treaty: ``{date, status, flags}``."""
    treaty = get_treaty(treaty_id)
    current = facts(store)
    actions = current.for_state(treaty.id, iso3)
    days = {a.date for a in actions}
    late = state_status(treaty, current, iso3, max(until, date.today()) + timedelta(days=3660))
    days.update(_candidate_dates(late))
    history: list[dict[str, Any]] = []
    previous = None
    for day in sorted(d for d in days if d <= until):
        row = state_status(treaty, current, iso3, day)
        if row.status != previous:
            history.append({"date": day.isoformat(), "status": row.status,
                            "flags": list(row.flags)})
            previous = row.status
    return history


@dataclass(frozen=True, slots=True)
class StateView:
    """A state's page: its status under each treaty, history, obligations and explanations."""

    iso3: str
    name: str
    names: dict[str, list[str]]
    on: date
    treaties: list[dict[str, Any]]


def _treaty_part(store: Store, iso3: str, treaty_id: str, on: date) -> dict[str, Any]:
    row = state_status(get_treaty(treaty_id), facts(store), iso3, on)
    return {
        "treaty": treaty_id,
        "status": row.row(),
        "obligations": [
            {"id": o.id, "article": o.article, "original_deadline": o.original_deadline.isoformat(),
             "current_deadline": o.current_deadline.isoformat(), "state": o.state,
             "explanation": o.explanation.to_dict()}
            for o in row.obligations
        ],
        "history": status_history(store, iso3, treaty_id, on),
        "why_status": explain(row, "status").to_dict(),
    }


def state_view(store: Store, iso3: str, on: date) -> StateView:
    """Everything the law says about one state on a date, for each treaty."""
    state = get_state(state_view_iso3(iso3))
    return StateView(
        iso3=state.iso3,
        name=state.name,
        names={k: list(v) for k, v in state.names.items()},
        on=on,
        treaties=[_treaty_part(store, state.iso3, t, on) for t in treaty_ids()],
    )


def why(store: Store, iso3: str, treaty_id: str, value_name: str, on: date) -> dict[str, Any]:
    """The explanation chain of one computed value (a status column or ``status``)."""
    from minewatch.errors import UsageError

    view_iso3 = state_view_iso3(iso3)
    row = state_status(get_treaty(treaty_id), facts(store), view_iso3, on)
    try:
        return explain(row, value_name).to_dict()
    except UsageError as exc:
        raise NotFound(exc.message) from exc


def state_view_iso3(iso3: str) -> str:
    """The canonical code of a known state; 404 otherwise."""
    try:
        return get_state(iso3.upper()).iso3
    except Exception as exc:
        raise NotFound(f"unknown state {iso3!r}") from exc
