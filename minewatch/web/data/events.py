"""Events with their sources and corroboration, one event with its claims, contradictions,
the review queue and review actions -- over ``minewatch.store.events`` and
``minewatch.reconcile``."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Mapping
from functools import cache
from typing import Any, Final

from minewatch.reconcile.corroboration import corroborate
from minewatch.reconcile.records import SourcedClaim
from minewatch.reconcile.reliability import ReliabilityTable, load_table
from minewatch.store import Store
from minewatch.store.events import (
    FIELD_NAMES,
    StoredEvent,
    audit_log,
    get_event,
    list_contradictions,
    list_events,
    sourced_claims,
)
from minewatch.web.errors import NotFound
from minewatch.web.filters import EventFilter

SORTS: Final = ("date", "-date", "id", "-id", "corroboration", "-corroboration")
MAX_SCAN: Final = 5000
CACHE_SECONDS: Final = 2.0
_lock = threading.Lock()
_cache: dict[tuple[str, EventFilter, str], tuple[float, list[dict[str, Any]]]] = {}


@cache
def _table() -> ReliabilityTable:
    return load_table()


def _source(item: SourcedClaim) -> dict[str, Any]:
    s = item.source
    return {"document_id": s.document_id, "outlet": s.outlet, "reliability": s.reliability,
            "published": s.published, "lang": s.lang, "claim_id": item.id}


def _event_dict(event: StoredEvent, claims: list[SourcedClaim],
                contradictions: int) -> dict[str, Any]:
    support = corroborate(claims, _table()) if claims else None
    seen: set[str] = set()
    sources = []
    for item in claims:
        if item.source.document_id not in seen:
            seen.add(item.source.document_id)
            sources.append(_source(item))
    return {
        "id": event.id, **{name: getattr(event.fields, name) for name in FIELD_NAMES},
        "review_state": event.state,
        "version": event.version, "reviewed_by": event.reviewed_by,
        "reviewed_at": event.reviewed_at, "review_reason": event.review_reason,
        "recorded_from": event.recorded_from, "claim_ids": list(event.claim_ids),
        "corroboration": support.sources if support else 0,
        "corroboration_score": support.score if support else 0.0,
        "best_grade": support.best_grade if support else None,
        "languages": sorted({c.source.lang for c in claims if c.source.lang}),
        "sources": sources, "contradictions": contradictions,
    }


def _matches(row: Mapping[str, Any], f: EventFilter) -> bool:
    date = row["date"] or ""
    checks = (
        f.treaty is None or row["treaty"] == f.treaty,
        f.modality is None or row["modality"] == f.modality,
        f.lang is None or f.lang in row["languages"],
        f.since is None or (bool(date) and date[: len(f.since)] >= f.since),
        f.until is None or (bool(date) and date[: len(f.until)] <= f.until),
        f.min_corroboration is None or row["corroboration"] >= f.min_corroboration,
    )
    return all(checks)


def _sort_key(sort: str) -> Any:
    field = sort.lstrip("-")
    if field == "date":
        return lambda r: (r["date"] or "", r["id"])
    if field == "corroboration":
        return lambda r: (r["corroboration"], r["corroboration_score"], r["id"])
    return lambda r: r["id"]


def matching_events(store: Store, f: EventFilter, sort: str = "-date") -> list[dict[str, Any]]:
    """Every event matching the filter (at most :data:`MAX_SCAN` are considered), sorted.

    Results are cached for :data:`CACHE_SECONDS` per store, filter and sort; a review through
    this server clears the cache at once (a review from another process shows within seconds).
    """
    key = (store.url, f, sort)
    now = time.monotonic()
    with _lock:
        hit = _cache.get(key)
        if hit is not None and now - hit[0] < CACHE_SECONDS:
            return hit[1]
    rows = _compute(store, f, sort)
    with _lock:
        if len(_cache) > 256:
            _cache.clear()
        _cache[key] = (now, rows)
    return rows


def forget_events() -> None:
    """Drop cached event lists (after a write)."""
    with _lock:
        _cache.clear()


def _compute(store: Store, f: EventFilter, sort: str) -> list[dict[str, Any]]:
    events = list_events(store, iso3=f.state, type=f.type, state=f.review)[-MAX_SCAN:]
    wanted = {i for e in events for i in e.claim_ids}
    by_id = {c.id: c for c in sourced_claims(store, wanted)}
    counts: dict[int, int] = defaultdict(int)
    for c in list_contradictions(store):
        counts[c.event_id] += 1
    rows = [_event_dict(e, [by_id[i] for i in e.claim_ids if i in by_id], counts[e.id])
            for e in events]
    rows = [r for r in rows if _matches(r, f)]
    return sorted(rows, key=_sort_key(sort), reverse=sort.startswith("-"))


def events_page(store: Store, f: EventFilter, *, sort: str, limit: int,
                offset: int) -> tuple[list[dict[str, Any]], int]:
    rows = matching_events(store, f, sort)
    return rows[offset:offset + limit], len(rows)


def event_view(store: Store, event_id: int) -> dict[str, Any]:
    """One event with its claims (evidence and document), contradictions and review history."""
    try:
        event = get_event(store, event_id)
    except Exception as exc:
        raise NotFound(f"no event {event_id}") from exc
    claims = sourced_claims(store, event.claim_ids)
    found = list_contradictions(store, event_id)
    row = _event_dict(event, claims, len(found))
    row["claims"] = [
        {"id": c.id, **c.claim.to_dict(), "document_id": c.source.document_id,
         "outlet": c.source.outlet, "lang": c.source.lang, "published": c.source.published}
        for c in claims
    ]
    row["contradiction_list"] = [
        {"kind": c.contradiction.kind, "claim_ids": list(c.contradiction.claim_ids),
         "explanation": c.contradiction.explanation, "severity": c.contradiction.severity}
        for c in found
    ]
    row["history"] = [
        {"version": a.version, "action": a.action, "actor": a.actor, "at": a.at,
         "reason": a.reason, "changes": dict(a.changes)}
        for a in audit_log(store, event_id)
    ]
    return row


def contradictions_page(store: Store, *, limit: int, offset: int) -> tuple[list[dict[str, Any]],
                                                                         int]:
    """Stored contradictions, most severe first."""
    found = list_contradictions(store)
    items = [
        {"event_id": c.event_id, "kind": c.contradiction.kind,
         "claim_ids": list(c.contradiction.claim_ids),
         "explanation": c.contradiction.explanation, "severity": c.contradiction.severity,
         "computed_at": c.computed_at}
        for c in found[offset:offset + limit]
    ]
    return items, len(found)


def review_queue(store: Store, limit: int = 50) -> list[dict[str, Any]]:
    """New events, those with contradictions first (most severe), then best corroborated."""
    rows = matching_events(store, EventFilter(review="new"), "-corroboration")
    severity: dict[int, int] = defaultdict(int)
    for c in list_contradictions(store):
        severity[c.event_id] = max(severity[c.event_id], c.contradiction.severity)
    rows.sort(key=lambda r: (-severity[r["id"]], -r["corroboration"], r["id"]))
    return rows[:limit]


def events_for_alert(store: Store, f: EventFilter) -> list[Mapping[str, Any]]:
    """Every matching event for webhooks; ``id`` is stable per event version."""
    return [{**r, "event_id": r["id"], "id": f"minewatch-event-{r['id']}-v{r['version']}"}
            for r in matching_events(store, f, "id")]


def state_events(store: Store, iso3: str, limit: int = 50) -> list[dict[str, Any]]:
    """The latest events about a state, each with its sources."""
    return matching_events(store, EventFilter(state=iso3), "-date")[:limit]


def review(store: Store, event_id: int, action: str, *, who: str, reason: str,
           corrections: Mapping[str, str] | None = None,
           expected_version: int | None = None) -> dict[str, Any]:
    """Confirm, reject or correct an event; return the event as it now stands."""
    from minewatch.reconcile.review import parse_corrections, review_event
    from minewatch.web.data.facts import forget
    from minewatch.web.data.profiles import forget_profiles

    try:
        get_event(store, event_id)
    except Exception as exc:
        raise NotFound(f"no event {event_id}") from exc
    parsed = parse_corrections(dict(corrections)) if corrections else None
    outcome = review_event(store, event_id, action, who=who, reason=reason,
                           expected_version=expected_version, corrections=parsed)
    forget(store)  # a confirmed treaty action may have changed the facts
    forget_events()
    forget_profiles()
    view = event_view(store, event_id)
    view["law_action"] = outcome.law_action
    return view
