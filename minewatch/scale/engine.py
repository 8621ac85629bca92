"""The Dask engine: plan partitions, run them on workers with bounded memory, write, resume.

The driver (this process) plans every archive's partitions, drops those an earlier run finished,
and keeps at most ``in_flight`` partitions submitted at once.  As each one finishes, its result
goes to the single :class:`~minewatch.scale.writer.Writer` and the next partition is submitted.
A partition that raises is submitted again up to ``retries`` times, then quarantined with its
reason; the run goes on and reports it.

Memory bound: each worker thread holds one partition's items as it streams them (one item at a
time, at most ``max_document_bytes``) plus the kept documents of that partition (at most the
partition's size; with the default ``keep="relevant"`` a small share of it); the driver holds at
most ``in_flight`` results, and for archives read by record count at most ``in_flight`` batches of
``partition_records`` items.  Nothing grows with the archive's size.
"""

from __future__ import annotations

import importlib
import logging
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minewatch.errors import UsageError
from minewatch.ingest.items import RawItem
from minewatch.ingest.sources import is_url
from minewatch.scale.plan import Partition, archive_kind, needs_stream, plan_archive
from minewatch.scale.progress import ScaleProgress
from minewatch.scale.read import stream_partitions
from minewatch.scale.results import PartitionResult, ScaleOptions, ScaleSummary
from minewatch.scale.work import process_partition
from minewatch.scale.writer import Writer
from minewatch.store.base import Store
from minewatch.store.partitions import finished_ranges
from minewatch.store.quarantine import finish_run, start_run

log = logging.getLogger(__name__)

Task = Callable[[Partition, ScaleOptions, "tuple[RawItem, ...] | None"], PartitionResult]
Work = tuple[Partition, "tuple[RawItem, ...] | None", bool]


def archive_paths(sources: Sequence[str]) -> list[Path]:
    """The archives named by ``sources`` (files, or folders holding archives), checked."""
    if not sources:
        raise UsageError("nothing to ingest: give one or more archives")
    paths: list[Path] = []
    for source in sources:
        path = Path(source)
        if is_url(source) or not path.exists():
            raise UsageError(f"no such archive: {source} (the scale engines read local archives)")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _is_archive(p))
            paths.extend(found)
        else:
            archive_kind(path)  # a usage error for anything but an archive
            paths.append(path)
    return paths


def _is_archive(path: Path) -> bool:
    try:
        archive_kind(path)
    except UsageError:
        return False
    return True


def iter_work(store: Store, paths: Sequence[Path], options: ScaleOptions) -> Iterator[Work]:
    """Every partition with its items (record partitions) and whether an earlier run did it.

    Byte-range partitions are planned up front (a few KiB read per cut); an archive that cannot be
    cut is read here, in order, one batch of ``partition_records`` items at a time.
    """
    for path in paths:
        planned = plan_archive(path, options.partition_bytes)
        if not planned:
            continue
        done = finished_ranges(store, planned[0].archive_id)
        if needs_stream(planned, options.partition_bytes):
            first = planned[0]
            batches = stream_partitions(
                Path(first.archive), first.archive_id, first.kind, options.partition_records,
                options.ingest,
            )
            for partition, items in batches:
                yield partition, items, _key(partition) in done
            continue
        for partition in planned:
            yield partition, None, _key(partition) in done


def _key(partition: Partition) -> tuple[str, int, int]:
    return partition.unit, partition.start, partition.end


@dataclass
class _Run:
    """The driver's state during one run."""

    writer: Writer
    progress: ScaleProgress
    retries: int
    results: Counter[str] = field(default_factory=Counter)
    failed: list[tuple[str, str]] = field(default_factory=list)
    peak_rss: dict[str, float] = field(default_factory=dict)
    cpu_seconds: float = 0.0

    def finished(self, result: PartitionResult) -> None:
        counts = self.writer.write(result)
        self.results.update(
            records=result.records, bytes=result.bytes, relevant=result.relevant,
            skipped=result.skipped, partitions=1,
        )  # fmt: skip
        self.cpu_seconds += result.cpu_seconds
        self.peak_rss[result.worker] = max(self.peak_rss.get(result.worker, 0.0),
                                           result.peak_rss_mb)  # fmt: skip
        self.progress.update(result, counts)

    def error(self, partition: Partition, attempt: int, exc: BaseException) -> bool:
        """Record a failed attempt; True if the partition should be submitted again."""
        reason = f"{type(exc).__name__}: {exc}"[:1000]
        final = attempt >= self.retries
        self.writer.failed(partition, reason, final=final)
        log.warning("partition %s failed (attempt %d): %s", partition.locator, attempt + 1, reason)
        if final:
            self.failed.append((partition.locator, reason))
            self.progress.failed(partition)
        return not final


def _submit(client: Any, task: Task, work: Work, options: ScaleOptions, attempt: int) -> Any:
    partition, items, _ = work
    payload = None
    if items is not None:
        payload = client.scatter(_Batch(items), hash=False)
    return client.submit(
        _run_task, task, partition, options, payload, pure=False,
        key=f"minewatch-{partition.archive_id[:12]}-{partition.unit}-{partition.start}-{attempt}"
        f"-{uuid.uuid4().hex[:8]}",  # unique: two copies of an archive, two drivers
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Batch:
    """Items of a record partition, scattered to the cluster as one object."""

    items: tuple[RawItem, ...]


def _run_task(
    task: Task, partition: Partition, options: ScaleOptions, batch: _Batch | None
) -> PartitionResult:
    return task(partition, options, None if batch is None else batch.items)


def run_partitions(
    client: Any, store: Store, paths: Sequence[Path], options: ScaleOptions, run: _Run,
    task: Task,
) -> int:  # fmt: skip
    """Run every partition still to do on ``client``; return how many were already done."""
    as_completed = importlib.import_module("distributed").as_completed
    limit = options.in_flight or 2 * max(1, _threads(client))
    work = iter_work(store, paths, options)
    resumed = 0
    running: dict[str, tuple[Work, int]] = {}
    queue = as_completed()

    def fill() -> None:
        nonlocal resumed
        while len(running) < limit:
            item = next(work, None)
            if item is None:
                return
            if item[2]:
                resumed += 1  # finished by an earlier run
                continue
            future = _submit(client, task, item, options, 0)
            running[future.key] = (item, 0)
            queue.add(future)

    fill()
    for future in queue:
        item, attempt = running.pop(future.key)
        if future.status == "finished":
            run.finished(future.result())
        elif run.error(item[0], attempt, _failure(future)):
            again = _submit(client, task, item, options, attempt + 1)
            running[again.key] = (item, attempt + 1)
            queue.add(again)
        future.release()
        fill()
    return resumed


def _failure(future: Any) -> BaseException:
    """Why a task did not finish: its exception, or why there is none (cancelled, lost)."""
    try:
        error = future.exception()
    except BaseException as exc:  # a cancelled future raises instead of returning
        return exc
    return error if isinstance(error, BaseException) else RuntimeError(f"task {future.status}")


def _threads(client: Any) -> int:
    try:
        return int(sum(client.nthreads().values()))
    except Exception:
        return 1


def run_scale_ingest(
    store: Store,
    sources: Sequence[str],
    options: ScaleOptions | None = None,
    *,
    client: Any = None,
    scheduler: str | None = None,
    workers: int | None = None,
    task: Task = process_partition,
) -> ScaleSummary:
    """Ingest archives on a Dask cluster: ``client``, or ``scheduler`` (``tcp://HOST:8786``), or
    a local cluster of ``workers`` processes (default: one per core) started for this run.

    A program that starts a local cluster must guard its entry point with
    ``if __name__ == "__main__":`` (the console script ``minewatch`` does).
    """
    options = options or ScaleOptions()
    paths = archive_paths(sources)
    from minewatch.scale.cluster import connect

    with connect(client, scheduler, workers) as dask_client:
        return _run(store, paths, options, dask_client, task)


def _run(
    store: Store, paths: Sequence[Path], options: ScaleOptions, client: Any, task: Task
) -> ScaleSummary:
    run_id = start_run(store, [str(p) for p in paths], _options_record(options))
    writer = Writer(store, run_id, options.ingest.near_duplicate_threshold)
    started = time.monotonic()
    with ScaleProgress(options.ingest.progress) as progress:
        run = _Run(writer, progress, options.retries)
        resumed = run_partitions(client, store, paths, options, run, task)
    counts = writer.counts
    summary = ScaleSummary(
        run_id=run_id, partitions=run.results["partitions"], resumed=resumed,
        failed_partitions=tuple(run.failed), records=run.results["records"],
        bytes=run.results["bytes"], relevant=run.results["relevant"],
        ingested=counts["ingested"], duplicates=counts["duplicates"],
        near_duplicates=counts["near_duplicates"], quarantined=counts["quarantined"],
        unchanged=counts["unchanged"], skipped=run.results["skipped"], claims=counts["claims"],
        seconds=round(time.monotonic() - started, 3), cpu_seconds=round(run.cpu_seconds, 3),
        workers=_workers(client),
        peak_rss_mb=dict(run.peak_rss),
    )  # fmt: skip
    finish_run(
        store, run_id,
        {k: getattr(summary, k) for k in (
            "ingested", "duplicates", "near_duplicates", "quarantined", "unchanged")},
        status="done" if not run.failed else "partial",
    )  # fmt: skip
    return summary


def _workers(client: Any) -> int:
    try:
        return len(client.nthreads())
    except Exception:
        return 0


def _options_record(options: ScaleOptions) -> dict[str, object]:
    ingest = options.ingest
    return {
        "engine": "dask", "source_name": ingest.source_name, "reliability": ingest.reliability,
        "lang": ingest.lang, "since": ingest.since, "extract": ingest.extract,
        "partition_bytes": options.partition_bytes, "keep": options.keep,
        "prefilter": options.prefilter,
    }  # fmt: skip
