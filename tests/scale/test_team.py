"""PostgreSQL as the team store: a dask ingest while analysts read and write; the CLI."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from minewatch.cli import main
from minewatch.ingest.items import IngestOptions
from minewatch.scale import ScaleOptions, run_scale_ingest
from minewatch.store import open_store
from minewatch.store.claims import list_claims
from minewatch.store.documents import count_documents, search_documents
from minewatch.store.quarantine import finish_run, start_run
from tests.scale.conftest import make_archives

OPTIONS = ScaleOptions(ingest=IngestOptions(progress="none"), partition_bytes=4096)


@pytest.mark.postgres
def test_dask_ingest_into_postgresql_while_analysts_work(
    postgres_url: str, archives: dict[str, Path], dask_client: Any
) -> None:
    store = open_store(postgres_url)
    stop = threading.Event()
    errors: list[BaseException] = []
    done = {"reads": 0, "writes": 0}

    def analyst() -> None:
        try:
            own = open_store(postgres_url)  # migrations checked again, under the advisory lock
            while not stop.is_set():
                count_documents(own)
                list_claims(own, limit=20)
                search_documents(own, "Ottawa", limit=5)
                done["reads"] += 3
                run = start_run(own, ["analyst notes"], {"by": "analyst"})
                finish_run(own, run, {"ingested": 0, "duplicates": 0, "near_duplicates": 0,
                                      "quarantined": 0, "unchanged": 0})  # fmt: skip
                done["writes"] += 2
            own.close()
        except BaseException as exc:
            errors.append(exc)

    analysts = [threading.Thread(target=analyst) for _ in range(2)]
    for thread in analysts:
        thread.start()
    try:
        sources = [str(archives["jsonl.gz"]), str(archives["single.jsonl.gz"])]
        summary = run_scale_ingest(store, sources, OPTIONS, client=dask_client)
    finally:
        stop.set()
        for thread in analysts:
            thread.join(30)
    assert not errors, errors
    assert done["reads"] > 0 and done["writes"] > 0
    assert summary.exit_code == 0 and summary.ingested > 0
    assert len(list_claims(store)) == summary.claims > 0
    assert count_documents(store) == summary.ingested + summary.near_duplicates
    store.close()


def test_ingest_engine_dask_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = make_archives(tmp_path / "a", docs=60, relevant=0.0)
    db = str(tmp_path / "cli.db")
    monkeypatch.setenv("MINEWATCH_SCALE_WORKERS", "1")
    monkeypatch.setenv("MINEWATCH_SCALE_PARTITION_MB", "0.004")
    runner = CliRunner()
    result = runner.invoke(
        main, ["ingest", "--engine", "dask", "--db", db, "--progress", "none",
               str(paths["jsonl.gz"])],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "0 ingested, 0 duplicates, 0 near-duplicates, 0 quarantined" in result.output
    listed = runner.invoke(main, ["scale", "partitions", "--db", db, "--format", "json"])
    rows = json.loads(listed.output)
    assert len(rows) > 1 and {r["status"] for r in rows} == {"done"}
    assert sum(r["records"] for r in rows) == 60
    page = tmp_path / "page.html"
    page.write_text("<p>not an archive</p>")
    bad = runner.invoke(main, ["ingest", "--engine", "dask", "--db", db, str(page)])
    assert bad.exit_code == 2 and "archives" in bad.output
