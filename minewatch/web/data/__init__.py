"""Data functions: each feeds one API endpoint and the page that shows the same thing.

They take the store and plain arguments and return records (dataclasses) or JSON-ready dicts;
the API serialises them, the templates render them.  They call the law engine, the document store
and reconciliation through those packages' public functions only (no SQL here).
"""

from minewatch.web.data.law import (
    MapData,
    StateView,
    TreatyInfo,
    map_data,
    party_series,
    state_view,
    status_history,
    status_rows,
    state_view_iso3,
    treaties_overview,
    treaty_ids,
    why,
)
from minewatch.web.data.records import events_for_alert, state_events

__all__ = [
    "MapData",
    "StateView",
    "TreatyInfo",
    "events_for_alert",
    "map_data",
    "party_series",
    "state_events",
    "state_view",
    "status_history",
    "status_rows",
    "state_view_iso3",
    "treaties_overview",
    "treaty_ids",
    "why",
]
