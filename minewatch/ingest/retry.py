"""``quarantine retry``: ingest quarantined items again.

A file is re-read from its path (it may have been fixed), a URL is fetched again, and anything
else (JSONL records, archive members) is re-parsed from the original bytes kept in quarantine.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from minewatch.ingest.items import IngestOptions, IngestSummary, RawItem
from minewatch.ingest.pipeline import Ingestor, close_run
from minewatch.ingest.sources import is_url, now, read_file
from minewatch.store.base import Store
from minewatch.store.quarantine import (
    QuarantinedItem,
    get_quarantined,
    list_quarantine,
    start_run,
)


def _raw_item(store: Store, item: QuarantinedItem, options: IngestOptions) -> RawItem:
    if is_url(item.locator):
        from minewatch.ingest.feeds import url_item
        from minewatch.ingest.fetch import Fetcher

        fetcher = Fetcher(None, options)  # no validators: a 304 would hide the page
        try:
            return url_item(fetcher, item.locator)
        finally:
            fetcher.close()
    path = Path(item.locator)
    if path.is_file():
        return read_file(path, options)
    _, original = get_quarantined(store, item.id)
    meta = dict(item.meta)
    kind = str(meta.pop("kind", "text"))
    return RawItem(
        item.locator, original or b"", kind, url=meta.pop("url", None),
        path=meta.pop("path", None), charset=meta.pop("charset", None), meta=meta,
        retrieved_at=now(),
    )  # fmt: skip


def retry_quarantined(
    store: Store, item_ids: Sequence[int] | None, options: IngestOptions
) -> IngestSummary:
    """Retry the given quarantined items (all open ones if ``item_ids`` is None)."""
    if item_ids is None:
        items = list_quarantine(store, status="open")
    else:
        items = [get_quarantined(store, i)[0] for i in item_ids]
    run_id = start_run(store, [f"quarantine:{i.id}" for i in items], {"retry": True})
    counts: Counter[str] = Counter()
    started = time.monotonic()
    for item in items:
        ingestor = Ingestor(store, replace(options, source_name=item.source_name), run_id)
        counts[ingestor.process(_raw_item(store, item, options))] += 1
    return close_run(store, run_id, counts, 0, time.monotonic() - started)
