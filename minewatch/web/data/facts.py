"""The depositary facts the law engine reads, loaded from the store and cached briefly.

Facts change rarely (a new action, a confirmed event), and a page may ask for the status of every
state several times.  Facts are re-read from the store every few seconds (another process may
have added one); computed statuses are kept for as long as the facts read are unchanged.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from datetime import date
from typing import Final

from minewatch.law.facts import Facts
from minewatch.law.status import StateStatus, treaty_status
from minewatch.law.treaties import get_treaty
from minewatch.store import Store
from minewatch.store.actions import read_facts

TTL_SECONDS: Final = 5.0
_lock = threading.Lock()
_facts: dict[str, tuple[float, int, Facts]] = {}
_statuses: OrderedDict[tuple[str, int, str, date], tuple[StateStatus, ...]] = OrderedDict()
_version = 0


def _load(store: Store) -> Facts:
    return read_facts(store)


def _versioned(store: Store) -> tuple[int, Facts]:
    global _version
    now = time.monotonic()
    with _lock:
        cached = _facts.get(store.url)
        if cached is not None and now - cached[0] < TTL_SECONDS:
            return cached[1], cached[2]
    loaded = _load(store)
    with _lock:
        if cached is not None and cached[2] == loaded:  # unchanged: keep the computed statuses
            _facts[store.url] = (now, cached[1], cached[2])
            return cached[1], cached[2]
        _version += 1
        _facts[store.url] = (now, _version, loaded)
        return _version, loaded


def facts(store: Store) -> Facts:
    """The facts in the store (cached for :data:`TTL_SECONDS`)."""
    return _versioned(store)[1]


def statuses(store: Store, treaty_id: str, on: date) -> tuple[StateStatus, ...]:
    """The status of every state with a fact under the treaty, on a date (cached)."""
    version, current = _versioned(store)
    key = (store.url, version, treaty_id, on)
    with _lock:
        if key in _statuses:
            _statuses.move_to_end(key)
            return _statuses[key]
    computed = treaty_status(get_treaty(treaty_id), current, on)
    with _lock:
        _statuses[key] = computed
        while len(_statuses) > 512:
            _statuses.popitem(last=False)
    return computed


def forget(store: Store) -> None:
    """Drop the cache after a write (a new treaty action, a confirmed event)."""
    with _lock:
        _facts.pop(store.url, None)
        _statuses.clear()
