from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from minewatch.reconcile.export import COLUMNS, export_table, write_table
from minewatch.reconcile.pipeline import reconcile
from minewatch.reconcile.profile import build_profile
from minewatch.reconcile.render import to_html, to_markdown
from minewatch.store import Store
from tests.reconcile.factory import sc
from tests.reconcile.storefill import add_sourced

DOCS = Path(__file__).resolve().parents[2] / "docs" / "data-dictionary.md"

CLAIMS = [
    sc("withdrawal_deposit", "POL", "2025-08-20", doc="dev-023", outlet="Wire",
       evidence="Poland notified the <b>UN</b>"),
    sc("withdrawal_deposit", "POL", "2025-08", doc="dev-041", outlet="Weekly",
       evidence="Polska wypowiedziała konwencję w sierpniu"),
    sc("withdrawal_effective", "POL", None, doc="seed-000", outlet="Portal",
       published="2025-06-01", evidence="<script>alert('x')</script> Poland has withdrawn"),
    sc("production", "POL", "2026", doc="dev-041", outlet="Weekly", modality="planned",
       evidence="produkcja ruszy w przyszłym roku"),
    sc("advocacy", "ICBL", "2025-03-18", doc="dev-001", outlet="Wire", counterpart="POL",
       evidence="called on Warsaw"),
    sc("use", "RUS", "2024", doc="dev-010", outlet="Monitor", counterpart="UKR"),
]  # fmt: skip


@pytest.fixture
def filled(store: Store) -> Store:
    add_sourced(store, CLAIMS)
    reconcile(store)
    return store


def test_profile_has_law_categories_sources_and_contradictions(filled: Store) -> None:
    profile = build_profile(filled, "pol", date(2026, 3, 1))
    apmbc = next(p for p in profile.legal if p.treaty == "APMBC")
    assert apmbc.status == "withdrawn" and apmbc.withdrawal_effective_date == date(2026, 2, 20)
    sections = {s.category: s for s in profile.sections}
    assert [e.type for e in sections["ban_policy"].events] == [
        "withdrawal_deposit", "withdrawal_effective",
    ]  # fmt: skip
    deposit = sections["ban_policy"].events[0]
    assert deposit.date == "2025-08-20" and deposit.date_precision == "day"
    assert deposit.corroboration.sources == 2 and len(deposit.sources) == 2
    assert [e.counterpart for e in sections["advocacy"].events] == ["POL"]
    assert sections["use"].events == ()  # Russia's use in Ukraine is not Poland's
    assert [c.kind for _, c in profile.contradictions] == ["law"]
    data = json.loads(json.dumps(profile.to_dict()))
    assert data["contradictions"][0]["event_id"] == sections["ban_policy"].events[1].id


def test_html_escapes_document_text(filled: Store) -> None:
    profile = build_profile(filled, "POL", date(2026, 3, 1))
    page = to_html(profile)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "<b>UN</b>" not in page and "&lt;b&gt;UN&lt;/b&gt;" in page
    assert "## Ban policy (2)" in to_markdown(profile)


def test_profile_as_of_before_reconcile_is_empty(filled: Store) -> None:
    profile = build_profile(filled, "POL", date(2026, 3, 1), as_of="2000-01-01T00:00")
    assert all(not s.events for s in profile.sections)


@pytest.mark.parametrize("name", ["events", "claims", "documents", "status"])
def test_exports_in_every_format(filled: Store, name: str, tmp_path: Path) -> None:
    table = export_table(filled, name, on=date(2026, 3, 1))
    assert table.rows and list(table.rows[0]) == list(COLUMNS[name])
    out = io.StringIO()
    write_table(table, "csv", out, None)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == len(table.rows)
    out = io.StringIO()
    write_table(table, "jsonl", out, None)
    lines = out.getvalue().splitlines()
    assert len(lines) == len(table.rows)
    assert json.loads(lines[0]).keys() == set(COLUMNS[name])
    import pyarrow.parquet as pq

    path = tmp_path / f"{name}.parquet"
    write_table(table, "parquet", None, path)
    assert pq.read_table(path).num_rows == len(table.rows)


def test_event_export_values(filled: Store) -> None:
    rows = export_table(filled, "events").rows
    deposit = next(r for r in rows if r["type"] == "withdrawal_deposit")
    assert deposit["independent_sources"] == 2 and deposit["date_precision"] == "day"
    assert len(deposit["claim_ids"]) == 2 and deposit["review_state"] == "new"


def test_every_export_column_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for name, columns in COLUMNS.items():
        section = text.split(f"## {name}", 1)[1].split("\n## ", 1)[0]
        for column in columns:
            assert f"| `{column}` |" in section, f"{name}.{column} missing from data dictionary"
