"""Country profiles and exports, over ``minewatch.reconcile.profile`` and ``.export``."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from minewatch.reconcile.export import export_table, write_csv, write_jsonl
from minewatch.reconcile.profile import build_profile
from minewatch.store import Store
from minewatch.web.data.law import state_view_iso3


def profile(store: Store, iso3: str, on: date, as_of: str | None = None) -> dict[str, Any]:
    """The profile of a state on a date (events as recorded at ``as_of``), JSON-ready."""
    return build_profile(store, state_view_iso3(iso3), on, as_of=as_of).to_dict()


def export(store: Store, table: str, fmt: str, on: date | None = None) -> tuple[str, str]:
    """One export table as text, and its media type (``csv`` or ``jsonl``)."""
    found = export_table(store, table, on=on)
    out = io.StringIO()
    if fmt == "csv":
        write_csv(found, out)
        return out.getvalue(), "text/csv; charset=utf-8"
    write_jsonl(found, out)
    return out.getvalue(), "application/x-ndjson; charset=utf-8"
