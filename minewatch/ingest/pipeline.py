"""The ingest run: sources → raw items → parsed → deduplicated → stored (+ claims) or quarantined.

Each item is committed in its own transaction (document, full-text entry, signature and claims
together), keyed by (source, locator, sha256 of the original bytes) and by the hash of the
normalised text: a run killed at any point and run again loses nothing and duplicates nothing.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from datasketch import MinHash
from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError

from minewatch.errors import UsageError
from minewatch.ingest.build import build_document, quarantine_meta, source_name
from minewatch.ingest.dedup import NearDuplicateIndex, signature, to_bytes
from minewatch.ingest.hooks import claim_steps
from minewatch.ingest.items import (
    CODES,
    IngestOptions,
    IngestSummary,
    ItemRejected,
    RawItem,
)
from minewatch.ingest.parse import parse_item
from minewatch.ingest.progress import Progress
from minewatch.ingest.sources import is_url, iter_path
from minewatch.records import TextDocument
from minewatch.store.base import Store
from minewatch.store.documents import (
    NewDocument,
    add_copy,
    find_by_text_hash,
    insert_document,
    load_signatures,
    seen_locator,
)
from minewatch.store.quarantine import (
    finish_run,
    quarantine_item,
    resolve_quarantined,
    save_validators,
    start_run,
)

log = logging.getLogger(__name__)


def check_sources(sources: Sequence[str], feeds: Sequence[str]) -> None:
    """Refuse a run whose sources do not exist (a usage error, exit code 2)."""
    if not sources and not feeds:
        raise UsageError("nothing to ingest: give a file, folder, URL or --feed URL")
    missing = [s for s in sources if not is_url(s) and not Path(s).exists()]
    if missing:
        raise UsageError(f"no such file or folder: {', '.join(missing)}")
    bad_feeds = [f for f in feeds if not is_url(f)]
    if bad_feeds:
        raise UsageError(f"--feed needs an http(s) URL: {', '.join(bad_feeds)}")


def iter_items(store: Store, sources: Sequence[str], options: IngestOptions) -> Iterator[RawItem]:
    """Every raw item of every source, in order."""
    fetcher = None
    if options.feeds or any(is_url(s) for s in sources):
        from minewatch.ingest.fetch import Fetcher

        fetcher = Fetcher(store, options)
    try:
        for source in sources:
            if is_url(source):
                from minewatch.ingest.feeds import url_item

                assert fetcher is not None
                yield url_item(fetcher, source)
            else:
                yield from iter_path(Path(source), options)
        for feed in options.feeds:
            from minewatch.ingest.feeds import iter_feed

            assert fetcher is not None
            yield from iter_feed(fetcher, feed)
    finally:
        if fetcher is not None:
            fetcher.close()


class Ingestor:
    """Processes items one by one for a run."""

    def __init__(self, store: Store, options: IngestOptions, run_id: int) -> None:
        self.store = store
        self.options = options
        self.run_id = run_id
        self.index = NearDuplicateIndex(options.near_duplicate_threshold)
        self.index.load(load_signatures(store))
        self.steps = claim_steps() if options.extract else []
        self.claims = 0
        self.claim_errors = 0

    def process(self, item: RawItem) -> str:
        """Ingest one item; return the outcome counted in the summary."""
        if item.not_modified:
            return "unchanged"
        source = source_name(item, self.options)
        original_sha = hashlib.sha256(item.data).hexdigest()
        if item.error is not None:
            return self._quarantine(item, source, original_sha, item.error)
        with self.store.begin() as conn:
            if seen_locator(conn, source, item.locator, original_sha):
                return "unchanged"
        try:
            parsed = parse_item(item)
        except ItemRejected as exc:
            return self._quarantine(item, source, original_sha, exc)
        if self.options.since and parsed.published and parsed.published < self.options.since:
            return "skipped"
        document = build_document(item, parsed, source, original_sha, self.options, self.run_id)
        return self._store(document)

    def _store(self, doc: NewDocument) -> str:
        minhash = signature(doc.text)
        try:
            return self._store_once(doc, minhash)
        except IntegrityError:
            # another process stored the same text between our check and our insert: link to it
            return self._store_once(doc, minhash)

    def _store_once(self, doc: NewDocument, minhash: MinHash) -> str:
        with self.store.begin() as conn:
            existing = find_by_text_hash(conn, doc.text_sha256)
            if existing is not None:
                if seen_locator(conn, doc.source_name, doc.locator, doc.original_sha256):
                    return "unchanged"  # a concurrent run stored this very item
                added = add_copy(conn, existing, doc)
                resolve_quarantined(conn, doc.source_name, doc.locator)
                return "duplicates" if added else "unchanged"
            match = self.index.match(minhash)
            if match is not None:
                doc = replace(doc, duplicate_of=match[0], similarity=round(match[1], 4))
            doc = replace(doc, minhash=to_bytes(minhash))
            doc_id = insert_document(conn, self.store.dialect, doc)
            self._extract_claims(conn, doc_id, doc)
            resolve_quarantined(conn, doc.source_name, doc.locator)
        self.index.add(doc_id, minhash)
        return "near_duplicates" if match is not None else "ingested"

    def _extract_claims(self, conn: Connection, doc_id: int, doc: NewDocument) -> None:
        """THE CLAIMS STEP: claims of a new document, stored in the document's transaction."""
        if not self.steps:
            return
        text_doc = TextDocument(
            id=str(doc_id), text=doc.text, published=doc.published, lang=doc.lang, url=doc.url,
            title=doc.title,
        )  # fmt: skip
        for step in self.steps:
            try:
                with conn.begin_nested():  # a failing extractor must not lose the document
                    self.claims += step(conn, doc_id, text_doc)
            except Exception:
                log.exception("claims step %s failed on document %s", step, doc_id)
                self.claim_errors += 1

    def _quarantine(
        self, item: RawItem, source: str, original_sha: str, error: ItemRejected
    ) -> str:
        keep = item.data if len(item.data) <= self.options.settings.max_document_bytes else None
        meta = quarantine_meta(item)
        with self.store.begin() as conn:
            quarantine_item(
                conn, source_name=source, locator=item.locator, original_sha256=original_sha,
                code=error.code, reason=error.message, original=keep,
                size=int(item.meta.get("size") or len(item.data)), meta=meta, run_id=self.run_id,
            )  # fmt: skip
        log.info("quarantined %s: %s %s", item.locator, error.code, error.message)
        return "quarantined"


def run_ingest(
    store: Store, sources: Sequence[str], options: IngestOptions | None = None
) -> IngestSummary:
    """Ingest every source; quarantine what cannot be read; return the run's summary."""
    options = options or IngestOptions()
    check_sources(sources, options.feeds)
    run_id = start_run(store, [*sources, *options.feeds], _options_record(options))
    ingestor = Ingestor(store, options, run_id)
    counts: Counter[str] = Counter()
    started = time.monotonic()
    with Progress(options.progress) as progress:
        for item in iter_items(store, sources, options):
            counts[ingestor.process(item)] += 1
            if item.validators is not None:  # only now: a crash before must refetch the page
                save_validators(store, item.locator, item.validators)
            progress.advance(item.locator)
    return close_run(store, run_id, counts, ingestor.claims, time.monotonic() - started)


def close_run(
    store: Store, run_id: int, counts: Counter[str], claims: int, seconds: float
) -> IngestSummary:
    """Record a run's counts and return its summary."""
    summary = IngestSummary(
        run_id=run_id, ingested=counts["ingested"], duplicates=counts["duplicates"],
        near_duplicates=counts["near_duplicates"], quarantined=counts["quarantined"],
        unchanged=counts["unchanged"], skipped=counts["skipped"], claims=claims,
        seconds=round(seconds, 3),
    )  # fmt: skip
    finish_run(store, run_id, {k: counts[k] for k in _RUN_COUNTS})
    return summary


_RUN_COUNTS = ("ingested", "duplicates", "near_duplicates", "quarantined", "unchanged")


def _options_record(options: IngestOptions) -> dict[str, object]:
    return {
        "source_name": options.source_name, "reliability": options.reliability,
        "lang": options.lang, "since": options.since, "allow_private": options.allow_private,
        "extract": options.extract,
    }  # fmt: skip


__all__ = ["CODES", "Ingestor", "check_sources", "close_run", "iter_items", "run_ingest"]
