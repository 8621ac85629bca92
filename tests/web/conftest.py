"""Fixtures for the web tests: a store with the bundled facts, documents (one hostile) and
claims with evidence spans, an app over it, and tokens."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from minewatch.ingest.items import IngestOptions
from minewatch.ingest.pipeline import run_ingest
from minewatch.reconcile.pipeline import reconcile
from minewatch.records import Claim
from minewatch.settings import Settings
from minewatch.store import Store, open_store
from minewatch.store.actions import load_bundled_facts
from minewatch.store.claims import add_claims
from minewatch.store.documents import get_document
from minewatch.store.tokens import create_token
from minewatch.web import create_app
from minewatch.web.data.facts import forget

HOSTILE_TITLE = '<img src=x onerror="alert(1)"><b>Bold</b> title'
HOSTILE_TEXT = (
    "Poland deposited its notification of withdrawal from the Ottawa Convention on 20 August "
    "2025. <script>alert('x')</script> <a href=\"javascript:alert(2)\">click</a> The "
    "withdrawal takes effect on 20 February 2026."
)
PLAIN_TEXT = (
    "Lithuania's parliament voted to leave the Convention on Cluster Munitions. Lithuania "
    "said it would keep its stockpile of cluster munitions for defence."
)
DOCUMENTS = [
    {"id": "hostile-1", "url": "javascript:alert(1)", "title": HOSTILE_TITLE,
     "published": "2025-08-20", "lang": "en", "text": HOSTILE_TEXT},
    {"id": "plain-2", "url": "https://example.org/lt", "title": "Lithuania leaves the CCM",
     "published": "2024-07-18", "lang": "en", "text": PLAIN_TEXT},
]


def _claim(doc: str, text: str, evidence: str, **fields: object) -> Claim:
    start = text.index(evidence)
    values: dict[str, object] = {
        "doc": doc, "type": "withdrawal_deposit", "actor": "POL", "treaty": "APMBC",
        "date": "2025-08-20", "quantity": None, "unit": None, "counterpart": None,
        "modality": "fact", "evidence": evidence, "start": start, "end": start + len(evidence),
        "confidence": 0.9, "extractor": "test@1",
    }
    values.update(fields)
    return Claim(**values)  # type: ignore[arg-type]


def build_store(path: Path, url: str | None = None) -> Store:
    """A store (SQLite in ``path`` unless ``url`` is given) with facts, two documents, three
    claims and the events reconciled from them."""
    store = open_store(url or str(path / "web.db"))
    load_bundled_facts(store)
    source = path / "docs.jsonl"
    source.write_text("".join(json.dumps(d) + "\n" for d in DOCUMENTS), encoding="utf-8")
    run_ingest(store, [str(source)], IngestOptions(progress="none", extract=False))
    hostile = get_document(store, "hostile-1")
    plain = get_document(store, "plain-2")
    with store.begin() as conn:
        add_claims(conn, hostile.id, [
            _claim("hostile-1", hostile.text, "deposited its notification of withdrawal"),
            _claim("hostile-1", hostile.text, "takes effect on 20 February 2026",
                   type="withdrawal_effective", date="2026-02-20"),
        ])
        add_claims(conn, plain.id, [
            _claim("plain-2", plain.text, "voted to leave the Convention on Cluster Munitions",
                   type="withdrawal_vote", actor="LTU", treaty="CCM", date="2024-07-18"),
        ])
    reconcile(store)
    forget(store)
    return store


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = build_store(tmp_path_factory.mktemp("web"))
    yield store
    store.close()


@pytest.fixture
def fresh_store(tmp_path: Path) -> Iterator[Store]:
    """A store of its own, for tests that write."""
    store = build_store(tmp_path)
    yield store
    store.close()


@pytest.fixture(scope="session")
def client(web_store: Store) -> TestClient:
    return TestClient(create_app(web_store, Settings(db=web_store.url)),
                      raise_server_exceptions=False)


@pytest.fixture
def fresh_client(fresh_store: Store) -> TestClient:
    return TestClient(create_app(fresh_store, Settings(db=fresh_store.url)),
                      raise_server_exceptions=False)


@pytest.fixture
def analyst_secret(fresh_store: Store) -> str:
    return create_token(fresh_store, "alice", "analyst")[1]


@pytest.fixture
def admin_secret(fresh_store: Store) -> str:
    return create_token(fresh_store, "root", "admin")[1]
