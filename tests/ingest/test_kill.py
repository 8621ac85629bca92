"""SIGKILL in the middle of a real ingest process, then run again: nothing lost, nothing twice."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from minewatch.store import open_store

WORDS = [
    "mine",
    "treaty",
    "withdrawal",
    "border",
    "parliament",
    "vote",
    "minister",
    "convention",
    "clearance",
    "stockpile",
    "deposit",
    "notification",
    "casualty",
    "field",
    "village",
    "farmer",
    "sapper",
    "drone",
    "artillery",
    "region",
    "report",
    "statement",
    "government",
    "army",
    "defence",
    "humanitarian",
    "coalition",
    "letter",
    "senate",
    "law",
    "effective",
]


def _corpus(folder: Path, count: int) -> None:
    rng = random.Random(11)
    folder.mkdir()
    for number in range(count):
        words = [rng.choice(WORDS) + str(rng.randrange(1000)) for _ in range(60)]
        (folder / f"doc-{number:04d}.txt").write_text(" ".join(words), encoding="utf-8")


def _ingest_command(folder: Path, db_url: str) -> list[str]:
    return [
        sys.executable, "-c", "from minewatch.cli import main; main()", "ingest", str(folder),
        "--db", db_url, "--lang", "en", "--no-extract", "--progress", "none",
    ]  # fmt: skip


def _counts(db_url: str) -> tuple[int, int, int]:
    store = open_store(db_url)
    try:
        with store.begin() as conn:
            docs = conn.execute(
                text("SELECT COUNT(*), COUNT(DISTINCT external_id) FROM documents")
            ).one()
            copies = conn.execute(text("SELECT COUNT(*) FROM document_copies")).scalar_one()
        return int(docs[0]), int(docs[1]), int(copies)
    finally:
        store.close()


@pytest.mark.slow
def test_sigkill_mid_run_then_rerun_loses_and_duplicates_nothing(
    db_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    _corpus(folder, 500)
    open_store(db_url).close()  # migrate first, so the child only ingests
    child = subprocess.Popen(
        _ingest_command(folder, db_url), stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    while _counts(db_url)[0] < 30:
        assert child.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    stored_at_kill = _counts(db_url)[0]
    assert 30 <= stored_at_kill < 500
    rerun = subprocess.run(
        _ingest_command(folder, db_url), capture_output=True, text=True, timeout=300
    )
    assert rerun.returncode == 0, rerun.stderr
    ingested = int(rerun.stdout.split()[0])
    assert stored_at_kill + ingested == 500
    assert _counts(db_url) == (500, 500, 0)
    again = subprocess.run(
        _ingest_command(folder, db_url), capture_output=True, text=True, timeout=300
    )
    assert again.stdout.strip() == "0 ingested, 0 duplicates, 0 near-duplicates, 0 quarantined"


@pytest.mark.slow
def test_two_runs_at_once_store_each_document_once(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    _corpus(folder, 150)
    open_store(db_url).close()
    runs = [
        subprocess.Popen(_ingest_command(folder, db_url), stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=300)[0] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    ingested = [int(out.split()[0]) for out in outputs]
    assert sum(ingested) == 150
    assert _counts(db_url) == (150, 150, 0)
