"""Record-based data: events, claims, documents, search, contradictions, profiles.

Filled in over the public functions of ``minewatch.store.documents``, ``minewatch.store.claims``,
``minewatch.store.events`` and ``minewatch.reconcile`` as they land.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from minewatch.store import Store
from minewatch.web.filters import EventFilter


def events_for_alert(store: Store, event_filter: EventFilter) -> list[Mapping[str, Any]]:
    """Every event matching the filter, as JSON-ready dicts with a stable ``id``."""
    return []


def state_events(store: Store, iso3: str, limit: int = 50) -> list[Mapping[str, Any]]:
    """The latest events about a state, each with its sources."""
    return []
