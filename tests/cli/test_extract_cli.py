"""``minewatch extract``, ``eval`` and ``claims list`` through click."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from minewatch.cli import main

TEXT = "Landmine treaty.\n\nNorway ratified the Mine Ban Convention in 1998."
KEYS = [
    "doc",
    "type",
    "actor",
    "treaty",
    "date",
    "quantity",
    "unit",
    "counterpart",
    "modality",
    "evidence",
    "start",
    "end",
    "confidence",
    "extractor",
]


def test_extract_jsonl_from_stdin() -> None:
    line = json.dumps({"id": "n1", "text": TEXT, "published": "2025-01-02", "lang": "en"})
    result = CliRunner().invoke(main, ["extract"], input=line + "\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert rows and list(rows[0]) == KEYS
    for row in rows:
        assert TEXT[row["start"] : row["end"]] == row["evidence"]
    assert ("ratification", "NOR", "1998") in {(r["type"], r["actor"], r["date"]) for r in rows}


def test_extract_plain_files_and_table(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--lang", "en", "--format", "table", str(path)])
    assert result.exit_code == 0
    assert "ratification" in result.stdout and "NOR" in result.stdout


def test_bad_line_is_rejected_with_exit_1() -> None:
    result = CliRunner().invoke(main, ["extract"], input="not json\n")
    assert result.exit_code == 1
    assert "rejected" in result.stderr


def test_eval_json(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "n1", "text": TEXT, "lang": "en"}) + "\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "doc": "n1",
                "type": "ratification",
                "actor": "NOR",
                "treaty": "APMBC",
                "date": "1998",
                "quantity": None,
                "unit": None,
                "counterpart": None,
                "modality": "fact",
                "evidence": "x",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["eval", "--gold", str(gold), "--docs", str(docs), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["loose"]["recall"] == 1.0


def test_eval_errors_list_every_disagreement(tmp_path: Path) -> None:
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "n1", "text": TEXT, "lang": "en"}) + "\n", encoding="utf-8")
    base = {"doc": "n1", "treaty": "APMBC", "quantity": None, "unit": None, "counterpart": None}
    lines = [
        # matched loosely, but the gold has another year: a strict disagreement
        {**base, "type": "ratification", "actor": "NOR", "date": "1997", "modality": "fact"},
        # nothing in the text: missed
        {**base, "type": "accession", "actor": "FIN", "date": "2012", "modality": "fact"},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "".join(json.dumps({**row, "evidence": "x"}) + "\n" for row in lines), encoding="utf-8"
    )
    args = ["eval", "--gold", str(gold), "--docs", str(docs), "--errors"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    listed = [line.split()[:4] for line in result.stdout.splitlines() if line.startswith("n1 ")]
    assert ["n1", "missed", "accession", "FIN"] in listed
    assert ["n1", "strict", "ratification", "NOR"] in listed
    as_json = json.loads(CliRunner().invoke(main, [*args, "--json"]).stdout)
    kinds = {(d["kind"], (d["gold"] or d["predicted"])["type"]) for d in as_json["disagreements"]}
    assert {("missed", "accession"), ("strict", "ratification")} <= kinds
    assert all(d["kind"] != "spurious" or d["gold"] is None for d in as_json["disagreements"])


def test_claims_list_empty_store(tmp_path: Path) -> None:
    db = str(tmp_path / "m.db")
    result = CliRunner().invoke(main, ["claims", "list", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []
