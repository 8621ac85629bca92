"""Reconcile the annotated dev corpus (gold claims as if extracted): the withdrawal timelines
must come out as one event per step, with exactly the wrong reports the corpus plants flagged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from minewatch.ingest.items import IngestOptions
from minewatch.ingest.pipeline import run_ingest
from minewatch.reconcile.pipeline import reconcile
from minewatch.records import Claim
from minewatch.store import Store, open_store
from minewatch.store.actions import load_bundled_facts
from minewatch.store.claims import add_claims
from minewatch.store.events import list_contradictions, list_events


@pytest.fixture(scope="module")
def corpus(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = open_store(str(tmp_path_factory.mktemp("dev") / "dev.db"))
    dev = shared_dir / "corpus" / "dev"
    run_ingest(store, [str(dev / "docs")], IngestOptions(extract=False, progress="none"))
    load_bundled_facts(store)
    with store.begin() as conn:
        ids = {
            r.external_id: r.id for r in conn.execute(text("SELECT external_id, id FROM documents"))
        }
        for line in (dev / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            ev = g["evidence"]
            claim = Claim(
                doc=g["doc"], type=g["type"], actor=g["actor"], treaty=g["treaty"],
                date=g["date"], quantity=g["quantity"], unit=g["unit"],
                counterpart=g["counterpart"], modality=g["modality"], evidence=ev, start=0,
                end=len(ev), confidence=1.0, extractor="gold@1",
            )  # fmt: skip
            add_claims(conn, ids[g["doc"]], [claim])
    reconcile(store)
    return store


def _law_flags(store: Store) -> set[tuple[str, str]]:
    found = set()
    for stored in list_contradictions(store):
        c = stored.contradiction
        if c.kind == "law":
            doc = c.explanation.split(" ", 1)[0]
            actor = c.explanation.split("'s ", 1)[0].rsplit(" ", 1)[-1]
            found.add((actor, doc))
    return found


@pytest.mark.slow
def test_planted_withdrawal_errors_are_flagged_against_the_law(corpus: Store) -> None:
    flags = _law_flags(corpus)
    planted = {
        ("FIN", "dev-021"),  # "Finland has officially LEFT ... as of today" (June 2025)
        ("FIN", "dev-048"),  # "quietly left in 2024"
        ("LTU", "dev-018"),  # quit the CCM "in 2023"
        ("LVA", "dev-029"),  # effective six months after the vote, not the notification
        ("UKR", "dev-038"),  # "joined in 1999"
        ("POL", "dev-024"),  # stale "yesterday" in a copy a day later
    }
    assert planted <= flags
    assert len(flags - planted) == 0, sorted(flags - planted)


@pytest.mark.slow
def test_poland_timeline_events(corpus: Store) -> None:
    events = {(e.fields.type, e.fields.date, e.fields.modality): e for e in list_events(
        corpus, iso3="POL") if e.fields.actor == "POL" and e.fields.treaty == "APMBC"}  # fmt: skip
    deposit = events[("withdrawal_deposit", "2025-08-20", "fact")]
    assert len(deposit.claim_ids) == 6  # dev-023, -024 (copy), -025, -026 (copy), -041, -064
    assert ("withdrawal_effective", "2026-02-20", "fact") in events
    votes = {k[1] for k in events if k[0] == "withdrawal_vote"}
    assert {"2025-06-26", "2025-07"} <= votes  # the Sejm vote and the Senate vote stay apart
