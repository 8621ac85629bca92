"""Records of a scale run: its options, what a worker returns for a partition, the run's summary."""

from __future__ import annotations

from dataclasses import dataclass, field

from minewatch.ingest.items import IngestOptions, IngestSummary
from minewatch.records import Claim
from minewatch.scale.plan import Partition
from minewatch.store.documents import NewDocument

MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ScaleOptions:
    """Options of a scale run (threaded from the CLI to every worker).

    ``keep`` is ``"relevant"`` (store only documents that pass the relevance gate: the few that
    matter in a news crawl) or ``"all"`` (store every document, as the in-process ingest does).
    """

    ingest: IngestOptions = field(default_factory=IngestOptions)
    partition_bytes: int = 8 * MiB
    partition_records: int = 5000  # for archives that cannot be cut into byte ranges
    in_flight: int | None = None  # partitions submitted at once (default: 2 per worker thread)
    retries: int = 2  # attempts after the first before a partition is quarantined
    keep: str = "relevant"
    prefilter: bool = True


@dataclass(frozen=True, slots=True)
class Candidate:
    """A document a worker built, with its claims and MinHash signature, for the writer."""

    document: NewDocument
    claims: tuple[Claim, ...]
    minhash: bytes


@dataclass(frozen=True, slots=True)
class Rejected:
    """An item a worker could not read: the writer quarantines it like the in-process ingest."""

    source_name: str
    locator: str
    original_sha256: str
    code: str
    reason: str
    original: bytes | None
    size: int
    meta: dict[str, object]


@dataclass(frozen=True, slots=True)
class PartitionResult:
    """What a worker did with one partition."""

    partition: Partition
    candidates: tuple[Candidate, ...]
    rejected: tuple[Rejected, ...]
    records: int = 0  # items read
    bytes: int = 0  # bytes of the items read
    relevant: int = 0  # items that passed the relevance gate
    prefiltered: int = 0  # items the pre-filter dropped without parsing
    skipped: int = 0  # published before --since
    claim_errors: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # CPU time of the worker thread on this partition
    worker: str = ""
    peak_rss_mb: float = 0.0


@dataclass(frozen=True, slots=True)
class ScaleSummary(IngestSummary):
    """What a scale run did: the counts of an ingest run, and those of its partitions."""

    partitions: int = 0  # partitions processed in this run
    resumed: int = 0  # partitions skipped because an earlier run finished them
    failed_partitions: tuple[tuple[str, str], ...] = ()  # (locator, reason) quarantined
    records: int = 0
    bytes: int = 0
    relevant: int = 0
    cpu_seconds: float = 0.0  # summed over workers: records / cpu_seconds is docs/s per core
    workers: int = 0
    peak_rss_mb: dict[str, float] = field(default_factory=dict)  # per worker

    @property
    def docs_per_second(self) -> float:
        return self.records / self.seconds if self.seconds > 0 else 0.0

    def detail(self) -> str:
        failed = len(self.failed_partitions)
        peak = max(self.peak_rss_mb.values(), default=0.0)
        return (
            f"run {self.run_id}: {self.records} records read ({self.docs_per_second:.0f}/s, "
            f"{self.bytes / MiB / max(self.seconds, 1e-9):.1f} MiB/s), {self.relevant} relevant, "
            f"{self.claims} claims; {self.partitions} partitions done, {self.resumed} already "
            f"done, {failed} quarantined; {self.workers} workers (peak RSS {peak:.0f} MiB), "
            f"{self.seconds:.1f} s"
        )

    @property
    def exit_code(self) -> int:
        return 1 if self.quarantined or self.failed_partitions else 0
