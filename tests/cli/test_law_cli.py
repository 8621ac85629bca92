"""The law commands through click's runner, and once through the real console script."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from minewatch.cli import main

STATUS_HEAD = (
    "iso3,state,status,signature_date,consent_type,consent_date,entry_into_force_date,"
    "withdrawal_notification_date,withdrawal_effective_date,stockpile_destruction_deadline,"
    "clearance_deadline_original,clearance_deadline_current,initial_report_due,flags"
)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "law.db")
    result = CliRunner().invoke(main, ["init", "--db", path])
    assert result.exit_code == 0, result.output
    assert "522 treaty actions" in result.output
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_init_twice_adds_nothing(db: str) -> None:
    assert "0 treaty actions, 0 deadline extensions" in run("init", "--db", db)


def test_status_csv_columns_and_poland(db: str) -> None:
    out = run("status", "--treaty", "APMBC", "--on", "2026-02-21", "--format", "csv", "--db", db)
    assert out.splitlines()[0].startswith(STATUS_HEAD + ",")
    rows = {r["iso3"]: r for r in csv.DictReader(io.StringIO(out))}
    assert rows["POL"]["status"] == "withdrawn"
    assert rows["POL"]["withdrawal_effective_date"] == "2026-02-20"
    assert rows["UKR"]["flags"] == "suspension_claimed;in_armed_conflict"
    assert rows["UKR"]["status"] == "party"


def test_status_filters(db: str) -> None:
    out = run("status", "--on", "2026-02-21", "--status", "withdrawn", "--format", "json",
              "--db", db)  # fmt: skip
    assert {r["iso3"] for r in json.loads(out)} == {"EST", "FIN", "LTU", "LVA", "POL"}
    out = run("status", "--on", "2026-01-01", "--state", "Poland", "--state", "USA",
              "--format", "json", "--db", db)  # fmt: skip
    assert [(r["iso3"], r["status"]) for r in json.loads(out)] == [
        ("POL", "withdrawing"), ("USA", "non_signatory")
    ]  # fmt: skip


def test_status_rejects_unknown_status_and_state(db: str) -> None:
    result = CliRunner().invoke(main, ["status", "--status", "gone", "--db", db])
    assert result.exit_code == 2
    assert "MW002 unknown status ['gone']" in result.output
    result = CliRunner().invoke(main, ["status", "--state", "Atlantis", "--db", db])
    assert result.exit_code == 2
    assert "MW401 unknown state 'Atlantis'" in result.output


def test_commands_refuse_an_empty_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["status", "--db", str(tmp_path / "empty.db")])
    assert result.exit_code == 2
    assert "run `minewatch init` first" in result.output


def test_overview(db: str) -> None:
    out = run("overview", "--on", "2026-02-21", "--db", db)
    assert "APMBC   161 States Parties" in out
    assert "CCM     111 States Parties" in out
    assert "2026-02-20  APMBC   POL   Poland            withdrawal_takes_effect" in out
    assert "suspension" in out
    data = json.loads(run("overview", "--on", "2026-02-21", "--format", "json", "--db", db))
    assert {t["treaty"]: t["parties"] for t in data["treaties"]} == {"APMBC": 161, "CCM": 111}
    assert any(c["iso3"] == "FIN" and c["date"] == "2026-01-10" for c in data["changes"])


def test_state_timeline(db: str) -> None:
    out = run("state", "POL", "--on", "2026-02-21", "--db", db)
    assert "APMBC: withdrawn" in out
    assert "2013-06-01  APMBC   entry_into_force" in out
    data = json.loads(run("state", "Польща", "--format", "json", "--db", db))
    assert data["iso3"] == "POL"
    assert {o["obligation"] for o in data["obligations"]} >= {"stockpile_destruction"}


def test_parties_series(db: str) -> None:
    rows = list(csv.DictReader(io.StringIO(run("parties", "--format", "csv", "--db", db))))
    assert rows[0]["date"] == "1999-03-01"
    assert rows[-1] == {"treaty": "APMBC", "date": "2026-02-20", "count": "161", "joined": "",
                        "left": "POL"}  # fmt: skip


def test_why(db: str) -> None:
    out = run("why", "POL", "withdrawal_effective_date", "--treaty", "APMBC", "--db", db)
    assert "withdrawal_effective_date = 2026-02-20" in out
    assert "APMBC Art. 20(2)-(3)" in out
    assert "2025-08-20 + 6 months = 2026-02-20" in out
    assert "source: " in out
    data = json.loads(run("why", "SSD", "clearance_deadline_current", "--format", "json",
                          "--db", db))  # fmt: skip
    assert data["value"] == "2026-07-09"
    assert data["depends_on"][0]["name"] == "entry_into_force_date"
    result = CliRunner().invoke(main, ["why", "POL", "colour", "--db", db])
    assert result.exit_code == 2
    assert "no explanation for 'colour'" in result.output


def test_actions_add_and_list(db: str) -> None:
    out = run("actions", "add", "--treaty", "CCM", "--state", "Poland", "--action", "accession",
              "--date", "2026-03-02", "--source", "https://example.org/pl", "--db", db)  # fmt: skip
    assert "added: CCM accession by POL on 2026-03-02" in out
    listed = json.loads(run("actions", "list", "--treaty", "CCM", "--state", "POL",
                            "--format", "json", "--db", db))  # fmt: skip
    assert listed[0]["source"] == "https://example.org/pl"
    assert listed[0]["added_by"] == "minewatch actions add"
    result = CliRunner().invoke(main, [
        "actions", "add", "--treaty", "APMBC", "--state", "POL", "--action", "ratification",
        "--date", "2026-03-02", "--source", "https://example.org/pl", "--db", db])  # fmt: skip
    assert result.exit_code == 2
    assert "MW404 command line: second consent by POL" in result.output


def test_states_search() -> None:
    out = run("states", "korea", "--format", "csv")
    codes = {r["iso3"] for r in csv.DictReader(io.StringIO(out))}
    assert {"KOR", "PRK"} <= codes
    assert "XKX" in run("states", "--kind", "entity")


def test_real_console_script(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "minewatch"
    env = {**os.environ, "MINEWATCH_DB": str(tmp_path / "script.db")}
    for args in (["init"], ["status", "--on", "2026-02-21", "--state", "POL", "--format", "csv"]):
        done = subprocess.run([str(script), *args], env=env, capture_output=True, text=True,
                              timeout=120, check=False)  # fmt: skip
        assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0].startswith(STATUS_HEAD)
    assert "POL,Poland,withdrawn,1997-12-04,ratification,2012-12-27,2013-06-01" in done.stdout


def test_every_law_command_and_option_is_documented() -> None:
    import click

    from minewatch.cli import COMMANDS

    docs = (Path(__file__).resolve().parents[2] / "docs" / "law.md").read_text(encoding="utf-8")
    context = click.Context(main)
    for name, target in COMMANDS.items():
        if not target.startswith("minewatch.cli.law:"):
            continue
        command = main.get_command(context, name)
        assert command is not None
        commands = [command]
        if isinstance(command, click.Group):
            commands = [command.commands[n] for n in sorted(command.commands)]
            for sub in command.commands:
                assert f"minewatch {name} {sub}" in docs, f"{name} {sub}"
        else:
            assert f"minewatch {name}" in docs, name
        for each in commands:
            assert each.help, each.name
            for param in each.params:
                for opt in param.opts:
                    if opt.startswith("--"):
                        assert opt in docs, f"{name} {opt}"
