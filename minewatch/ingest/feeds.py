"""URLs and RSS/Atom feeds as raw items, fetched through :class:`Fetcher`."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from typing import Any

from minewatch.ingest.fetch import FEED_TYPES, PAGE_TYPES, Fetcher, validators_of
from minewatch.ingest.items import BAD_FEED_ENTRY, ItemRejected, RawItem, reject
from minewatch.ingest.sources import is_url, now


def url_item(fetcher: Fetcher, url: str, meta: Mapping[str, Any] | None = None) -> RawItem:
    """One page as a raw item; a fetch failure becomes an error item, a 304 a not-modified one."""
    meta = dict(meta or {})
    try:
        fetched = fetcher.get(url)
    except ItemRejected as exc:
        return RawItem(url, b"", "html", url=url, meta=meta, error=exc)
    if fetched.not_modified:
        return RawItem(url, b"", "html", url=url, meta=meta, not_modified=True)
    return RawItem(
        url, fetched.data, PAGE_TYPES[fetched.media_type], url=fetched.url,
        charset=fetched.charset, meta=meta, retrieved_at=now(),
        validators=validators_of(fetched),
    )  # fmt: skip


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if isinstance(parsed, time.struct_time):
        return time.strftime("%Y-%m-%d", parsed)
    return None


def iter_feed(fetcher: Fetcher, feed_url: str) -> Iterator[RawItem]:
    """The pages an RSS or Atom feed links to; unchanged feeds (304) cost one request."""
    import feedparser

    try:
        fetched = fetcher.get(feed_url, accept=FEED_TYPES | {"text/html", "text/plain"})
    except ItemRejected as exc:
        yield RawItem(feed_url, b"", "html", url=feed_url, error=exc)
        return
    if fetched.not_modified:
        yield RawItem(feed_url, b"", "html", url=feed_url, not_modified=True)
        return
    feed = feedparser.parse(fetched.data)
    if not feed.entries and (feed.bozo or not feed.get("feed")):
        error = reject(BAD_FEED_ENTRY, f"not an RSS or Atom feed: {feed_url}")
        yield RawItem(feed_url, fetched.data, "html", url=feed_url, error=error)
        return
    for number, entry in enumerate(feed.entries, start=1):
        link = str(entry.get("link") or "").strip()
        if not is_url(link):
            locator = f"{feed_url}#entry-{number}"
            error = reject(BAD_FEED_ENTRY, f"entry {number} has no http(s) link")
            raw = repr(dict(entry)).encode("utf-8", "replace")
            yield RawItem(locator, raw, "html", url=feed_url, error=error)
            continue
        meta = {
            "title": entry.get("title") or None,
            "published": _entry_date(entry),
            "author": entry.get("author") or None,
            "feed": feed_url,
        }
        yield url_item(fetcher, link, {k: v for k, v in meta.items() if v})
    fetcher.remember(feed_url, fetched)  # every entry was processed: the next poll may be a 304
