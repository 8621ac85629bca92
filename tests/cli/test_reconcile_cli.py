"""The reconcile commands through click's runner, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from minewatch.cli import COMMANDS, main
from minewatch.store import open_store
from tests.reconcile.factory import sc
from tests.reconcile.storefill import add_sourced

DOC = Path(__file__).resolve().parents[2] / "docs" / "reconcile.md"
CLAIMS = [
    sc("withdrawal_deposit", "POL", "2025-08-20", doc="dev-023", outlet="Wire", group=None,
       evidence="Poland yesterday formally notified the United Nations"),
    sc("withdrawal_deposit", "POL", "2025-08-21", doc="dev-024", outlet="Digest", group="dev-023",
       evidence="Poland yesterday formally notified the United Nations"),
    sc("withdrawal_effective", "LTU", None, doc="v", outlet="Radio", published="2025-04-16",
       evidence="Lithuania has withdrawn from the Ottawa Convention"),
    sc("withdrawal_vote", "POL", "2025-06-26", doc="dev-016", outlet="Kurier", quantity=413,
       unit="votes in favour", evidence="Sejm: za głosowało 413 posłów"),
]  # fmt: skip


def invoke(*args: str, stdin: str | None = None, code: int = 0) -> Result:
    result = CliRunner().invoke(main, list(args), input=stdin)
    assert result.exit_code == code, result.output
    return result


@pytest.fixture
def db(db_url: str) -> str:
    store = open_store(db_url)
    add_sourced(store, CLAIMS)
    store.close()
    out = invoke("reconcile", "--db", db_url).output
    assert re.match(r"4 claims: 3 events created, 0 updated, 0 unchanged; \d+ contradictions", out)
    return db_url


def _ids(db: str, *args: str) -> dict[str, int]:
    out = invoke("events", "list", "--format", "csv", "--db", db, *args).output
    return {r["type"]: int(r["id"]) for r in csv.DictReader(io.StringIO(out))}


def test_events_list_show_and_as_of(db: str) -> None:
    ids = _ids(db)
    assert set(ids) == {"withdrawal_deposit", "withdrawal_effective", "withdrawal_vote"}
    assert _ids(db, "--iso3", "LTU").keys() == {"withdrawal_effective"}
    assert _ids(db, "--as-of", "2000-01-01T00:00") == {}
    shown = invoke("events", "show", str(ids["withdrawal_deposit"]), "--db", db).output
    assert "2 independent source(s)" not in shown  # a copy of one story counts once
    assert "1 independent source(s), 2 document(s)" in shown
    assert "stale relative date" in shown and "create: claims describing one event" in shown
    data = json.loads(invoke("events", "show", str(ids["withdrawal_effective"]), "--format",
                             "json", "--db", db).output)  # fmt: skip
    assert data["contradictions"][0]["kind"] == "law"
    assert data["audit"][0]["action"] == "create"


def test_confirm_reject_correct_with_reasons(db: str) -> None:
    ids = _ids(db)
    vote = str(ids["withdrawal_vote"])
    out = invoke("events", "confirm", vote, "--reason", "Sejm record", "--by", "ana",
                 "--db", db).output  # fmt: skip
    assert "confirmed by ana (version 2)" in out
    again = invoke("events", "confirm", vote, "--reason", "x", "--by", "bo", "--db", db, code=2)
    assert "MW310" in again.output
    out = invoke("events", "correct", vote, "quantity=412", "--reason", "stenogram",
                 "--by", "bo", "--expected-version", "2", "--db", db).output  # fmt: skip
    assert "corrected by bo (version 3)" in out
    stale = invoke("events", "reject", vote, "--reason", "dup", "--by", "cy",
                   "--expected-version", "2", "--db", db, code=2)  # fmt: skip
    assert "MW311" in stale.output and "now version 3" in stale.output
    bad = invoke("events", "correct", vote, "colour=red", "--reason", "r", "--db", db, code=2)
    assert "cannot correct" in bad.output
    invoke("events", "reject", vote, "--db", db, code=2)  # --reason is required
    listed = invoke("events", "list", "--state", "corrected", "--format", "json", "--db", db)
    [row] = json.loads(listed.output)
    assert (row["quantity"], row["reviewed_by"]) == (412, "bo")


def test_confirmed_deposit_reports_the_law_flow(db: str) -> None:
    invoke("init", "--db", db)
    deposit = str(_ids(db)["withdrawal_deposit"])
    out = invoke("events", "confirm", deposit, "--reason", "UN notice", "--by", "ana",
                 "--db", db).output  # fmt: skip
    assert "treaty action APMBC POL withdrawal_notification 2025-08-20 already in the facts" in out


def test_review_queue_from_stdin_contradictions_first(db: str) -> None:
    out = invoke("review", "--by", "ana", "--db", db, stdin="r\nwrong: no deposit yet\ns\nq\n")
    first = out.output.split("[1/3]", 1)[1].split("[2/3]", 1)[0]
    assert "⚠" in first  # the most important item has a contradiction
    assert "reviewed 1: 0 confirmed, 1 rejected, 0 corrected, 1 skipped" in out.output
    rejected = invoke("events", "list", "--state", "rejected", "--format", "json", "--db", db)
    assert json.loads(rejected.output)[0]["review_reason"] == "wrong: no deposit yet"
    out = invoke("review", "--by", "ana", "--db", db, stdin="e\ndate=2025-08-20\nchecked\nq\n")
    assert "corrected" in out.output


def test_profile_formats(db: str) -> None:
    md = invoke("profile", "POL", "--on", "2026-03-01", "--db", db).output
    assert md.startswith("# Poland (POL)") and "APMBC: **withdrawn**" in md
    html = invoke("profile", "POL", "--format", "html", "--db", db).output
    assert html.startswith("<!DOCTYPE html>") and "<script" not in html
    data = json.loads(invoke("profile", "LTU", "--format", "json", "--db", db).output)
    assert data["iso3"] == "LTU" and data["contradictions"][0]["kind"] == "law"
    unknown = invoke("profile", "XXX", "--db", db, code=2)
    assert "error:" in unknown.output


def test_export_formats(db: str, tmp_path: Path) -> None:
    out = invoke("export", "events", "--db", db).output
    assert out.startswith("event_id,type,actor,")
    lines = invoke("export", "claims", "--format", "jsonl", "--db", db).output.splitlines()
    assert len(lines) == 4 and json.loads(lines[0])["claim_id"]
    invoke("export", "events", "--format", "parquet", "--db", db, code=2)
    target = tmp_path / "status.parquet"
    result = invoke("export", "status", "--format", "parquet", "-o", str(target), "--db", db)
    assert target.stat().st_size > 0 and "rows written" in result.output


def test_every_command_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    for name, target in COMMANDS.items():
        if target.startswith("minewatch.cli.reconcile:"):
            assert f"minewatch {name}" in text
    for sub in ("list", "show", "confirm", "reject", "correct"):
        assert f"minewatch events {sub}" in text
