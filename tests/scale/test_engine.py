"""The dask engine: same claims as the local engine, resume, retries, quarantined partitions."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from minewatch.ingest import run_ingest
from minewatch.ingest.items import IngestOptions, RawItem
from minewatch.scale import ScaleOptions, run_scale_ingest
from minewatch.scale.plan import Partition, plan_archive
from minewatch.scale.results import PartitionResult
from minewatch.scale.work import process_partition
from minewatch.scale.writer import claim_key
from minewatch.store import Store, open_store
from minewatch.store.claims import list_claims
from minewatch.store.documents import list_documents
from minewatch.store.partitions import list_partitions

INGEST = IngestOptions(progress="none")
SMALL = ScaleOptions(ingest=INGEST, partition_bytes=4 * 1024, partition_records=30)


def claims_by_locator(store: Store) -> Counter[tuple[object, ...]]:
    locators = {d.id: d.locator for d in list_documents(store)}
    return Counter(
        (locators[c.document_id], *claim_key(c.claim))
        for c in list_claims(store)
        if c.document_id is not None
    )


@pytest.mark.slow
def test_dask_and_local_engines_store_the_same_claims(
    archives: dict[str, Path], dask_client: Any, tmp_path: Path
) -> None:
    sources = [str(archives[k]) for k in ("jsonl.gz", "single.jsonl.gz", "warc.gz")]
    local = open_store(str(tmp_path / "local.db"))
    run_ingest(local, sources, INGEST)
    dask = open_store(str(tmp_path / "dask.db"))
    summary = run_scale_ingest(dask, sources, SMALL, client=dask_client)
    expected = claims_by_locator(local)
    assert sum(expected.values()) >= 25
    assert claims_by_locator(dask) == expected
    assert summary.exit_code == 0 and summary.records == 360
    assert summary.partitions > 10 and len(summary.peak_rss_mb) == 2
    # only relevant documents are kept, and they are the local engine's documents
    kept = {(d.locator, d.text_sha256, d.lang) for d in list_documents(dask)}
    everything = {(d.locator, d.text_sha256, d.lang) for d in list_documents(local)}
    assert kept <= everything and len(kept) == summary.relevant
    # keep="all" stores every document, as the local engine does
    full = open_store(str(tmp_path / "all.db"))
    run_scale_ingest(full, sources, replace(SMALL, keep="all"), client=dask_client)
    assert {(d.locator, d.text_sha256, d.lang) for d in list_documents(full)} == everything
    assert claims_by_locator(full) == expected


def test_rerun_skips_finished_partitions(archives: dict[str, Path], dask_client: Any,
                                         tmp_path: Path) -> None:  # fmt: skip
    store = open_store(str(tmp_path / "resume.db"))
    sources = [str(archives["jsonl.gz"]), str(archives["single.jsonl.gz"])]
    first = run_scale_ingest(store, sources, SMALL, client=dask_client)
    documents = len(list_documents(store))
    claims = len(list_claims(store))
    again = run_scale_ingest(store, sources, SMALL, client=dask_client)
    assert first.partitions > 5 and first.resumed == 0 and first.ingested > 0
    assert again.partitions == 0 and again.resumed == first.partitions
    assert again.ingested == 0 and again.records == 0
    assert (len(list_documents(store)), len(list_claims(store))) == (documents, claims)
    # other partition sizes: items already stored are recognised one by one
    other = run_scale_ingest(
        store, sources, ScaleOptions(ingest=INGEST, partition_bytes=20 * 1024), client=dask_client
    )
    assert other.partitions > 0 and other.relevant > 0
    assert other.ingested == 0 and other.unchanged == other.relevant
    assert len(list_claims(store)) == claims


def test_a_corrupt_partition_is_retried_then_quarantined(
    archives: dict[str, Path], dask_client: Any, tmp_path: Path
) -> None:
    data = bytearray(archives["jsonl.gz"].read_bytes())
    parts = plan_archive(archives["jsonl.gz"], SMALL.partition_bytes)
    bad = parts[len(parts) // 2]
    data[bad.start + 40 : bad.start + 60] = b"\x00" * 20
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(bytes(data))
    parts = plan_archive(broken, SMALL.partition_bytes)  # the planner does not cut at it
    bad = next(p for p in parts if p.start <= bad.start + 40 < p.end)
    store = open_store(str(tmp_path / "broken.db"))
    summary = run_scale_ingest(store, [str(broken)], SMALL, client=dask_client)
    assert summary.exit_code == 1
    assert [loc for loc, _ in summary.failed_partitions] == [bad.locator]
    assert "MW150" in summary.failed_partitions[0][1]
    assert summary.partitions == len(parts) - 1 > 2  # every other partition completed
    states = {p.start: p for p in list_partitions(store)}
    assert states[bad.start].status == "quarantined"
    assert states[bad.start].attempts == SMALL.retries + 1
    assert states[bad.start].reason and "corrupt" in states[bad.start].reason
    assert sum(p.status == "done" for p in states.values()) == len(parts) - 1
    again = run_scale_ingest(store, [str(broken)], SMALL, client=dask_client)
    assert again.resumed == len(parts) - 1 and len(again.failed_partitions) == 1


_failed_once: set[tuple[str, int]] = set()


def flaky(
    partition: Partition, options: ScaleOptions, items: tuple[RawItem, ...] | None
) -> PartitionResult:
    """Fails the first attempt of every partition, then works."""
    key = (partition.archive, partition.start)
    if key not in _failed_once:
        _failed_once.add(key)
        raise OSError("worker lost its disk for a moment")
    return process_partition(partition, options, items)


def test_a_failed_attempt_is_retried(
    archives: dict[str, Path], thread_client: Any, tmp_path: Path
) -> None:
    store = open_store(str(tmp_path / "flaky.db"))
    options = ScaleOptions(ingest=INGEST, partition_bytes=64 * 1024, retries=1)
    summary = run_scale_ingest(
        store, [str(archives["jsonl"])], options, client=thread_client, task=flaky
    )
    assert summary.exit_code == 0 and not summary.failed_partitions
    assert summary.records == 150
    states = list_partitions(store)
    assert states and all(p.status == "done" and p.attempts == 2 for p in states)
