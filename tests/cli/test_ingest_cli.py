"""``minewatch ingest | quarantine | docs | search`` through click, on real databases."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from minewatch.cli import main
from tests.ingest.builders import make_pdf
from tests.ingest.samples import TEXTS


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    docs = tmp_path / "in"
    docs.mkdir()
    (docs / "pl-1.txt").write_text("Wypowiedzenie konwencji\n\n" + TEXTS["pl"], encoding="utf-8")
    (docs / "ru-1.txt").write_bytes(("Выход из конвенции\n\n" + TEXTS["ru"]).encode("koi8-r"))
    (docs / "uk-1.html").write_text(
        f"<html><head><title>Вихід</title></head><body><p>{TEXTS['uk']}</p></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "index.jsonl").write_text(
        json.dumps({"id": "pl-1", "lang": "pl", "published": "2025-03-07", "outlet": "Gazeta"})
        + "\n",
        encoding="utf-8",
    )
    return docs


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_ingest_prints_the_summary_and_exits_0(folder: Path, db_url: str) -> None:
    code, out = run("ingest", str(folder), "--db", db_url, "--no-extract", "--progress", "none")
    assert code == 0
    assert (
        out.strip().splitlines()[-1] == "3 ingested, 0 duplicates, 0 near-duplicates, 0 quarantined"
    )


def test_ingest_exits_1_when_something_was_quarantined(folder: Path, db_url: str) -> None:
    (folder / "bad.pdf").write_bytes(b"not a pdf at all")
    code, out = run("ingest", str(folder), "--db", db_url, "--no-extract", "--progress", "none")
    assert code == 1
    assert (
        out.strip().splitlines()[-1] == "3 ingested, 0 duplicates, 0 near-duplicates, 1 quarantined"
    )
    code, out = run("quarantine", "list", "--db", db_url, "--format", "json")
    (item,) = json.loads(out)
    assert item["code"] == "MW106" and item["locator"].endswith("bad.pdf")
    code, out = run("quarantine", "show", str(item["id"]), "--db", db_url)
    assert json.loads(out)["head"] == "not a pdf at all"
    code, out = run("quarantine", "retry", str(item["id"]), "--db", db_url, "--no-extract")
    assert code == 1 and out.strip() == "0 ingested, 0 duplicates, 0 near-duplicates, 1 quarantined"
    (folder / "bad.pdf").write_bytes(make_pdf(["The file was fixed and is now a real PDF."]))
    code, out = run("quarantine", "retry", "--all", "--db", db_url, "--no-extract")
    assert code == 0 and out.strip() == "1 ingested, 0 duplicates, 0 near-duplicates, 0 quarantined"
    assert json.loads(run("quarantine", "list", "--db", db_url, "--format", "json")[1]) == []
    code, out = run("quarantine", "list", "--all", "--db", db_url, "--format", "json")
    assert [i["status"] for i in json.loads(out)] == ["resolved"]


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    assert run("ingest", str(tmp_path / "missing"), "--db", db)[0] == 2
    assert run("ingest", "--db", db)[0] == 2
    assert run("ingest", "--feed", "not-a-url", "--db", db)[0] == 2
    assert run("docs", "show", "999", "--db", db)[0] == 2
    assert run("quarantine", "retry", "--db", db)[0] == 2


def test_docs_list_show_and_search(folder: Path, db_url: str) -> None:
    run("ingest", str(folder), "--db", db_url, "--no-extract", "--progress", "none")
    code, out = run("docs", "list", "--db", db_url, "--format", "json", "--limit", "2")
    rows = json.loads(out)
    assert code == 0 and isinstance(rows, list) and len(rows) == 2
    assert rows[0]["external_id"] == "pl-1" and rows[0]["source_name"] == "Gazeta"
    code, out = run("docs", "list", "--db", db_url, "--format", "csv", "--lang", "ru")
    table = list(csv.DictReader(io.StringIO(out)))
    assert [r["external_id"] for r in table] == ["ru-1"]
    code, out = run("docs", "show", "ru-1", "--db", db_url, "--format", "json")
    shown = json.loads(out)
    assert shown["lang"] == "ru" and TEXTS["ru"] in shown["text"]
    code, out = run("docs", "show", str(shown["id"]), "--db", db_url)
    assert "external_id: ru-1" in out and TEXTS["ru"] in out
    code, out = run("search", "Polska", "--db", db_url, "--format", "json")
    hits = json.loads(out)
    assert [h["external_id"] for h in hits] == ["pl-1"] and "[Polska]" in hits[0]["snippet"]
    code, out = run("search", "Польща", "--db", db_url)
    assert code == 0 and "uk-1" in out and "ru-1" not in out
    code, out = run("search", "lodz", "--db", db_url, "--lang", "pl", "--since", "2025-01-01")
    assert "pl-1" in out
    code, out = run("search", "Polska", "--db", db_url, "--until", "2024-12-31", "--format", "json")
    assert json.loads(out) == []
