"""Partitions cover each archive exactly, and read the same items as the ingest stage's readers."""

from __future__ import annotations

import gzip
from itertools import pairwise
from pathlib import Path

import pytest

from minewatch.errors import UsageError
from minewatch.ingest.items import IngestOptions
from minewatch.ingest.sources import iter_path
from minewatch.scale.plan import archive_identity, needs_stream, plan_archive
from minewatch.scale.read import PartitionError, read_partition, stream_partitions

OPTIONS = IngestOptions(progress="none")


@pytest.mark.parametrize("kind", ["jsonl.gz", "jsonl", "warc.gz", "warc"])
@pytest.mark.parametrize("target", [4096, 20000, 10**9])
def test_partitions_tile_the_archive(archives: dict[str, Path], kind: str, target: int) -> None:
    path = archives[kind]
    parts = plan_archive(path, target)
    assert parts[0].start == 0 and parts[-1].end == path.stat().st_size
    assert all(a.end == b.start for a, b in pairwise(parts))
    if target < path.stat().st_size // 4:
        assert len(parts) > 2  # really cut
    assert not needs_stream(parts, target)


@pytest.mark.parametrize("kind", ["jsonl.gz", "jsonl", "warc.gz", "warc"])
def test_partitions_read_what_the_ingest_reader_reads(archives: dict[str, Path], kind: str) -> None:
    path = archives[kind]
    expected = [(i.locator, i.data) for i in iter_path(path, OPTIONS)]
    got = [
        (i.locator, i.data)
        for part in plan_archive(path, 5000)
        for i in read_partition(part, OPTIONS)
    ]
    assert got == expected
    assert len(expected) >= 30


def test_a_single_gzip_member_is_streamed_by_record_counts(archives: dict[str, Path]) -> None:
    path = archives["single.jsonl.gz"]
    parts = plan_archive(path, 4096)
    assert len(parts) == 1 and needs_stream(parts, 4096)
    batches = list(stream_partitions(path, parts[0].archive_id, "jsonl.gz", 50, OPTIONS))
    assert [p.start for p, _ in batches] == list(range(0, 150, 50))
    assert [p.unit for p, _ in batches] == ["records"] * 3
    items = [i.locator for _, batch in batches for i in batch]
    assert items == [i.locator for i in iter_path(path, OPTIONS)]


def test_records_without_id_get_a_locator_unique_across_partitions(tmp_path: Path) -> None:
    path = tmp_path / "noid.jsonl"
    path.write_bytes(b"".join(b'{"text": "line %d %s"}\n' % (i, b"x" * 100) for i in range(200)))
    locators = [i.locator for p in plan_archive(path, 2000) for i in read_partition(p, OPTIONS)]
    assert len(locators) == len(set(locators)) == 200


def test_a_corrupt_member_fails_only_its_partition(
    archives: dict[str, Path], tmp_path: Path
) -> None:
    data = bytearray(archives["jsonl.gz"].read_bytes())
    parts = plan_archive(archives["jsonl.gz"], 5000)
    middle = parts[len(parts) // 2]
    data[middle.start + 40 : middle.start + 60] = b"\x00" * 20  # inside its first member
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(bytes(data))
    failed = 0
    for part in plan_archive(broken, 5000):
        try:
            list(read_partition(part, OPTIONS))
        except PartitionError as exc:
            failed += 1
            assert exc.code == "MW150" and "corrupt" in exc.message
    assert failed == 1


def test_identity_follows_content_not_path(archives: dict[str, Path], tmp_path: Path) -> None:
    copy = tmp_path / "copy.jsonl.gz"
    copy.write_bytes(archives["jsonl.gz"].read_bytes())
    assert archive_identity(copy) == archive_identity(archives["jsonl.gz"])
    copy.write_bytes(gzip.compress(b'{"id": 1, "text": "other"}\n'))
    assert archive_identity(copy) != archive_identity(archives["jsonl.gz"])


def test_only_archives_are_accepted(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>hello</p>")
    with pytest.raises(UsageError):
        plan_archive(page, 1000)


@pytest.mark.parametrize("kind", ["jsonl.gz", "jsonl", "warc.gz", "warc"])
def test_boundaries_do_not_depend_on_the_search_block(
    archives: dict[str, Path], kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import minewatch.scale.plan as plan

    expected = plan_archive(archives[kind], 6000)
    monkeypatch.setattr(plan, "_BLOCK", 97)
    assert plan_archive(archives[kind], 6000) == expected
