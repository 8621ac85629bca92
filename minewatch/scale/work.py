"""The work done on a worker for one partition: read, filter, parse, extract; no database.

For each raw item: the pre-filter (markup only), parsing (the ingest stage's ``parse_item``), the
relevance gate, then for documents kept: language detection, the MinHash signature and the claims
(``minewatch.extract.extract_document``).  The result holds only what the writer must store, so
it is small beside the partition (a few relevant documents, the rejected items).
"""

from __future__ import annotations

import hashlib
import logging
import os
import resource
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass

from minewatch.extract import extract_document
from minewatch.extract.relevance import assess
from minewatch.ingest.build import build_document, quarantine_meta, source_name
from minewatch.ingest.decode import declared_charset, decode_bytes
from minewatch.ingest.dedup import signature, to_bytes
from minewatch.ingest.items import ItemRejected, RawItem
from minewatch.ingest.parse import parse_item
from minewatch.records import Claim, TextDocument
from minewatch.scale.plan import Partition
from minewatch.scale.prefilter import may_be_relevant, visible_text
from minewatch.scale.read import read_partition
from minewatch.scale.results import Candidate, PartitionResult, Rejected, ScaleOptions
from minewatch.store.documents import NewDocument

log = logging.getLogger(__name__)


@dataclass
class _Tally:
    records: int = 0
    bytes: int = 0
    relevant: int = 0
    prefiltered: int = 0
    skipped: int = 0
    claim_errors: int = 0


def _rejected(item: RawItem, source: str, sha: str, error: ItemRejected, limit: int) -> Rejected:
    meta = quarantine_meta(item)
    return Rejected(
        source_name=source, locator=item.locator, original_sha256=sha, code=error.code,
        reason=error.message, original=item.data if len(item.data) <= limit else None,
        size=int(item.meta.get("size") or len(item.data)), meta=meta,
    )  # fmt: skip


def _markup(item: RawItem) -> str | None:
    """The markup or plain text the pre-filter may scan (None: parse the item as it is)."""
    if item.kind == "html":
        return decode_bytes(item.data, item.charset or declared_charset(item.data))
    if item.kind == "record" and not str(item.meta.get("text") or "").strip():
        return str(item.meta.get("html") or "")
    return None


def _passes_prefilter(item: RawItem) -> bool:
    markup = _markup(item)
    return markup is None or may_be_relevant(visible_text(markup))


def _claims(document: NewDocument, tally: _Tally) -> tuple[Claim, ...]:
    text_doc = TextDocument(
        id="pending", text=document.text, published=document.published, lang=document.lang,
        url=document.url, title=document.title,
    )  # fmt: skip
    try:
        return tuple(extract_document(text_doc))
    except Exception:
        log.exception("extraction failed on %s", document.locator)
        tally.claim_errors += 1
        return ()


def _process_item(
    item: RawItem, options: ScaleOptions, tally: _Tally
) -> Candidate | Rejected | None:
    """One item: rejected, dropped (irrelevant, before --since) or a candidate document.

    The source name and the hash of the original bytes are computed only for items kept or
    rejected: most items of a news crawl are dropped after the relevance scan.
    """
    ingest = options.ingest
    limit = ingest.settings.max_document_bytes
    if item.error is not None:
        return _rejected(item, source_name(item, ingest), _sha(item), item.error, limit)
    keep_all = options.keep == "all"
    try:
        if options.prefilter and not keep_all and not _passes_prefilter(item):
            tally.prefiltered += 1
            return None
        parsed = parse_item(item)
    except ItemRejected as exc:
        return _rejected(item, source_name(item, ingest), _sha(item), exc, limit)
    if ingest.since and parsed.published and parsed.published < ingest.since:
        tally.skipped += 1
        return None
    relevant = assess(parsed.text).relevant
    tally.relevant += relevant
    if not relevant and not keep_all:
        return None
    document = build_document(item, parsed, source_name(item, ingest), _sha(item), ingest)
    claims = _claims(document, tally) if ingest.extract and relevant else ()
    return Candidate(document, claims, to_bytes(signature(document.text)))


def _sha(item: RawItem) -> str:
    return hashlib.sha256(item.data).hexdigest()


def process_items(
    partition: Partition, items: Iterable[RawItem], options: ScaleOptions
) -> PartitionResult:
    """Process ``items`` (a partition's raw items) into a result for the writer."""
    started, cpu = time.perf_counter(), time.thread_time()
    tally = _Tally()
    candidates: list[Candidate] = []
    rejected: list[Rejected] = []
    for item in items:
        if item.not_modified:
            continue
        tally.records += 1
        tally.bytes += len(item.data)
        outcome = _process_item(item, options, tally)
        if isinstance(outcome, Candidate):
            candidates.append(outcome)
        elif isinstance(outcome, Rejected):
            rejected.append(outcome)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return PartitionResult(
        partition=partition, candidates=tuple(candidates), rejected=tuple(rejected),
        records=tally.records, bytes=tally.bytes, relevant=tally.relevant,
        prefiltered=tally.prefiltered, skipped=tally.skipped, claim_errors=tally.claim_errors,
        seconds=time.perf_counter() - started, cpu_seconds=time.thread_time() - cpu,
        worker=f"{socket.gethostname()}:{os.getpid()}", peak_rss_mb=round(peak, 1),
    )  # fmt: skip


def process_partition(
    partition: Partition, options: ScaleOptions, items: tuple[RawItem, ...] | None = None
) -> PartitionResult:
    """The task run on a worker: a byte-range partition is read here, a record one is given."""
    source = items if items is not None else read_partition(partition, options.ingest)
    return process_items(partition, source, options)


WARM_UP_TEXT = (
    "Poland ratified the Ottawa Convention banning anti-personnel mines in 2012. "
    "Польща ратифікувала Оттавську конвенцію про заборону протипіхотних мін у 2012 році."
)


def warm_up(detect_language: bool = True) -> float:
    """Load what workers need (relevance automaton, extraction data, language models) once.

    Called on every worker at the start of a run so that loading happens in parallel and the
    first partitions are not slow; returns the seconds it took.
    """
    started = time.perf_counter()
    extract_document(TextDocument(id="warm-up", text=WARM_UP_TEXT, lang="en"))
    if detect_language:
        from minewatch.ingest.langid import detect_language as detect

        detect(WARM_UP_TEXT)
    return time.perf_counter() - started
