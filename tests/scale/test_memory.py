"""Bounded memory: peak RSS does not grow with the archive (measured in a subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import newsgen
import pytest

from tests.scale.conftest import ROOT, articles, write_jsonl_gz

SCRIPT = """
import json, resource, sys
from distributed import Client
from minewatch.extract import extract_document
from minewatch.ingest.items import IngestOptions
from minewatch.records import TextDocument
from minewatch.scale import ScaleOptions, run_scale_ingest
from minewatch.scale.cluster import local_cluster
from minewatch.store import open_store


def warm(texts):  # load every language's extraction data before measuring
    for lang, text in texts.items():
        extract_document(TextDocument(id="warm", text=text, lang=lang))


if __name__ == "__main__":
    archive, db, texts = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    options = ScaleOptions(
        ingest=IngestOptions(progress="none"), partition_bytes=64 * 1024, in_flight=2
    )
    cluster = local_cluster(n_workers=1, threads_per_worker=1)
    client = Client(cluster)
    client.run(warm, texts)
    warm(texts)
    summary = run_scale_ingest(open_store(db), [archive], options, client=client)
    print(json.dumps({
        "driver_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_mb": max(summary.peak_rss_mb.values()),
        "records": summary.records, "bytes": summary.bytes, "partitions": summary.partitions,
    }))
"""


def _run(tmp_path: Path, docs: int) -> dict[str, float]:
    archive = tmp_path / f"news-{docs}.jsonl.gz"
    write_jsonl_gz(archive, articles(docs, 0.002, 0.02, 11, 30), member_lines=100)
    script = tmp_path / "run.py"
    script.write_text(SCRIPT)
    texts = json.dumps(newsgen._RELEVANT)
    done = subprocess.run(
        [sys.executable, str(script), str(archive), str(tmp_path / f"db-{docs}.db"), texts],
        capture_output=True, text=True, cwd=ROOT, timeout=600, check=True,
    )  # fmt: skip
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["records"] == docs
    return result


@pytest.mark.slow
def test_peak_memory_does_not_grow_with_the_archive(tmp_path: Path) -> None:
    small = _run(tmp_path, 1_000)
    large = _run(tmp_path, 10_000)
    print(f"peak RSS MiB: small {small}, large {large}")
    grown_mb = (large["bytes"] - small["bytes"]) / 2**20
    assert grown_mb > 18  # the large archive holds 18+ MiB more text than the small one
    assert large["partitions"] > 5 * small["partitions"]
    # the bound: in-flight partitions x partition size (+ one record), not the archive
    assert large["worker_mb"] - small["worker_mb"] < 25, (small, large)
    assert large["driver_mb"] - small["driver_mb"] < 25, (small, large)
