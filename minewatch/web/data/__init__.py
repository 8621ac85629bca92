"""Data functions: each feeds one API endpoint and the page that shows the same thing.

They take the store and plain arguments and return records (dataclasses) or JSON-ready dicts;
the API serialises them, the templates render them.  They call the law engine, the document store
and reconciliation through those packages' public functions only (no SQL here).
"""

from minewatch.web.data.events import events_for_alert, state_events
from minewatch.web.data.law import (
    MapData,
    StateView,
    TreatyInfo,
    map_data,
    party_series,
    state_view,
    state_view_iso3,
    status_history,
    status_rows,
    treaties_overview,
    treaty_ids,
    why,
)

__all__ = [
    "MapData",
    "StateView",
    "TreatyInfo",
    "events_for_alert",
    "map_data",
    "party_series",
    "state_events",
    "state_view",
    "state_view_iso3",
    "status_history",
    "status_rows",
    "treaties_overview",
    "treaty_ids",
    "why",
]
