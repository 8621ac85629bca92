"""Country profiles and exports, over ``minewatch.reconcile.profile`` and ``.export``."""

from __future__ import annotations

import io
import threading
import time
from datetime import date
from typing import Any, Final

from minewatch.reconcile.export import export_table, write_csv, write_jsonl
from minewatch.reconcile.profile import build_profile
from minewatch.store import Store
from minewatch.web.data.law import state_view_iso3

CACHE_SECONDS: Final = 2.0
_lock = threading.Lock()
_cache: dict[tuple[str, str, date, str | None], tuple[float, dict[str, Any], int]] = {}
_generation = 0


def profile(store: Store, iso3: str, on: date, as_of: str | None = None) -> dict[str, Any]:
    """The profile of a state on a date (events as recorded at ``as_of``), JSON-ready.

    Cached like the event lists (a few seconds, cleared by a review through this server)."""
    key = (store.url, state_view_iso3(iso3), on, as_of)
    now = time.monotonic()
    with _lock:
        hit = _cache.get(key)
        if hit is not None and now - hit[0] < CACHE_SECONDS and _generation == hit[2]:
            return hit[1]
        generation = _generation
    built = build_profile(store, key[1], on, as_of=as_of).to_dict()
    with _lock:
        if len(_cache) > 256:
            _cache.clear()
        _cache[key] = (now, built, generation)
    return built


def forget_profiles() -> None:
    """Drop cached profiles (after a write)."""
    global _generation
    with _lock:
        _generation += 1
        _cache.clear()


def export(store: Store, table: str, fmt: str, on: date | None = None) -> tuple[str, str]:
    """One export table as text, and its media type (``csv`` or ``jsonl``)."""
    found = export_table(store, table, on=on)
    out = io.StringIO()
    if fmt == "csv":
        write_csv(found, out)
        return out.getvalue(), "text/csv; charset=utf-8"
    write_jsonl(found, out)
    return out.getvalue(), "application/x-ndjson; charset=utf-8"
