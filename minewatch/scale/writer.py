"""The one writer per database: partition results in, documents, claims and state out.

Workers never touch the database.  The driver hands each finished partition's result to the
writer, which stores it in one transaction (the batch): its documents (exact duplicates linked,
near-duplicates grouped, as the in-process ingest does), their claims, the rejected items and the
partition's ``done`` state.  One writer means one connection writing and no lock contention with
the analysts reading the same PostgreSQL database; one transaction per partition means a killed
run resumes exactly at the partitions that were not committed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from sqlalchemy import Connection

from minewatch.ingest.dedup import NearDuplicateIndex, from_bytes
from minewatch.records import Claim
from minewatch.scale.results import Candidate, PartitionResult
from minewatch.store.base import Store
from minewatch.store.claims import add_claims
from minewatch.store.documents import (
    add_copy,
    find_by_text_hash,
    insert_document,
    load_signatures,
    seen_locator,
)
from minewatch.store.partitions import DONE, FAILED, QUARANTINED, PartitionKey, record_partition
from minewatch.store.quarantine import quarantine_item, resolve_quarantined


class Writer:
    """Stores partition results for one run, one transaction per partition."""

    def __init__(self, store: Store, run_id: int, threshold: float) -> None:
        self.store = store
        self.run_id = run_id
        self.index = NearDuplicateIndex(threshold)
        self.index.load(load_signatures(store))
        self.counts: Counter[str] = Counter()

    def write(self, result: PartitionResult) -> Counter[str]:
        """Store one partition's result and mark it done; return what happened to its items."""
        counts: Counter[str] = Counter()
        with self.store.begin() as conn:
            for candidate in result.candidates:
                outcome, claims = self._store(conn, candidate)
                counts[outcome] += 1
                counts["claims"] += claims
            for item in result.rejected:
                quarantine_item(
                    conn, source_name=item.source_name, locator=item.locator,
                    original_sha256=item.original_sha256, code=item.code, reason=item.reason,
                    original=item.original, size=item.size, meta=dict(item.meta),
                    run_id=self.run_id,
                )  # fmt: skip
                counts["quarantined"] += 1
            record_partition(
                conn, result.partition, DONE, run_id=self.run_id,
                counts={
                    "records": result.records, "relevant": result.relevant,
                    "documents": counts["ingested"] + counts["near_duplicates"],
                    "claims": counts["claims"], "quarantined": counts["quarantined"],
                    "seconds": round(result.seconds, 3),
                },
            )  # fmt: skip
        self.counts.update(counts)
        return counts

    def _store(self, conn: Connection, candidate: Candidate) -> tuple[str, int]:
        """Store one document as ``Ingestor._store`` does; a failure aborts the run, so the
        near-duplicate index may take the document before the transaction commits."""
        doc = replace(candidate.document, run_id=self.run_id)
        if seen_locator(conn, doc.source_name, doc.locator, doc.original_sha256):
            return "unchanged", 0
        existing = find_by_text_hash(conn, doc.text_sha256)
        if existing is not None:
            linked = add_copy(conn, existing, doc)
            resolve_quarantined(conn, doc.source_name, doc.locator)
            return ("duplicates" if linked else "unchanged"), 0
        minhash = from_bytes(candidate.minhash)
        match = self.index.match(minhash)
        if match is not None:
            doc = replace(doc, duplicate_of=match[0], similarity=round(match[1], 4))
        doc_id = insert_document(conn, self.store.dialect, replace(doc, minhash=candidate.minhash))
        claims = [replace(c, doc=str(doc_id)) for c in candidate.claims]
        stored = add_claims(conn, doc_id, claims, run_id=self.run_id) if claims else 0
        resolve_quarantined(conn, doc.source_name, doc.locator)
        self.index.add(doc_id, minhash)
        return ("near_duplicates" if match is not None else "ingested"), stored

    def failed(self, partition: PartitionKey, reason: str, *, final: bool) -> None:
        """Record a failed attempt; ``final`` quarantines the partition."""
        with self.store.begin() as conn:
            record_partition(
                conn, partition, QUARANTINED if final else FAILED, run_id=self.run_id,
                reason=reason,
            )  # fmt: skip


def claim_key(claim: Claim) -> tuple[object, ...]:
    """A claim without its document id, for comparing claims across stores."""
    return tuple(v for k, v in claim.to_dict().items() if k != "doc")
