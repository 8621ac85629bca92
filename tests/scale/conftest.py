"""Fixtures for the scale tests: generated archives and one Dask cluster for the session."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_archive import articles, write_jsonl_gz, write_warc  # noqa: E402


def make_archives(folder: Path, docs: int = 150, relevant: float = 0.12) -> dict[str, Path]:
    """A multi-member JSONL.gz, a single-member JSONL.gz, a plain JSONL, a WARC.gz, a WARC."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {
        "jsonl.gz": folder / "news.jsonl.gz",
        "single.jsonl.gz": folder / "single.jsonl.gz",
        "jsonl": folder / "news.jsonl",
        "warc.gz": folder / "news.warc.gz",
        "warc": folder / "plain.warc",
    }
    write_jsonl_gz(paths["jsonl.gz"], articles(docs, relevant, 0.05, 7, 12), member_lines=20)
    write_jsonl_gz(paths["single.jsonl.gz"], articles(docs, relevant, 0.05, 8, 12), single=True)
    with paths["jsonl"].open("wb") as handle:
        import json

        for article in articles(docs, relevant, 0.05, 9, 12):
            record = {k: article[k] for k in ("id", "url", "title", "published", "lang", "text")}
            handle.write(json.dumps(record, ensure_ascii=False).encode() + b"\n")
    write_warc(paths["warc.gz"], articles(docs * 2 // 5, relevant, 0.05, 10, 12))
    write_warc(paths["warc"], articles(docs // 5, relevant, 0.05, 12, 12), compress=False)
    return paths


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_archives(tmp_path_factory.mktemp("archives"))


@pytest.fixture(scope="session")
def dask_client() -> Iterator[Any]:
    """A local cluster of two single-threaded worker processes, warmed up, for every test."""
    from distributed import Client

    from minewatch.scale.cluster import local_cluster
    from minewatch.scale.work import warm_up

    with (
        local_cluster(n_workers=2, threads_per_worker=1, processes=True) as cluster,
        Client(cluster) as client,
    ):
        client.run(warm_up, False)
        yield client


@pytest.fixture
def thread_client() -> Iterator[Any]:
    """An in-process cluster (threads): tasks defined in test modules run as they are."""
    from distributed import Client

    from minewatch.scale.cluster import local_cluster

    with (
        local_cluster(n_workers=1, threads_per_worker=2, processes=False) as cluster,
        Client(cluster) as client,
    ):
        yield client
