"""The claims step: claims of each new document are stored in the document's own transaction."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Connection, text

from minewatch.ingest import hooks
from minewatch.records import Claim, TextDocument
from minewatch.store import Store
from minewatch.store.claims import add_claims
from minewatch.store.documents import list_documents
from tests.ingest.conftest import ingest
from tests.ingest.samples import TEXTS


def _one_claim(conn: Connection, document_id: int, doc: TextDocument) -> int:
    start = doc.text.index("Ottawa") if "Ottawa" in doc.text else 0
    claim = Claim(
        doc=doc.id, type="withdrawal_intent", actor="POL", treaty="APMBC", date=None,
        quantity=None, unit=None, counterpart=None, modality="planned",
        evidence=doc.text[start : start + 6], start=start, end=start + 6, confidence=0.5,
        extractor="test.step@1",
    )  # fmt: skip
    return add_claims(conn, document_id, [claim])


def _failing(conn: Connection, document_id: int, doc: TextDocument) -> int:
    add_claims(conn, document_id, [])
    if "Polen" in doc.text:
        raise RuntimeError("extractor bug")
    return 0


@pytest.fixture
def steps() -> Iterator[list[hooks.ClaimStep]]:
    saved = list(hooks.CLAIM_STEPS)
    yield hooks.CLAIM_STEPS
    hooks.CLAIM_STEPS[:] = saved


def _claims(store: Store) -> list[tuple[int, str]]:
    with store.begin() as conn:
        rows = conn.execute(text("SELECT document_id, doc FROM claims ORDER BY document_id"))
        return [(int(r[0]), str(r[1])) for r in rows]


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    for lang in ("en", "de", "fr"):
        (folder / f"{lang}.txt").write_text(TEXTS[lang], encoding="utf-8")
    return folder


def test_claims_are_stored_with_each_new_document(
    store: Store, tmp_path: Path, steps: list[hooks.ClaimStep]
) -> None:
    steps[:] = [_one_claim]
    summary = ingest(store, _folder(tmp_path), extract=True)
    assert (summary.ingested, summary.claims) == (3, 3)
    assert _claims(store) == [(d.id, str(d.id)) for d in list_documents(store)]
    assert ingest(store, _folder(tmp_path), extract=True).claims == 0  # nothing new, no claims


def test_no_extract_skips_the_step(
    store: Store, tmp_path: Path, steps: list[hooks.ClaimStep]
) -> None:
    steps[:] = [_one_claim]
    assert ingest(store, _folder(tmp_path), extract=False).claims == 0
    assert _claims(store) == []


def test_a_failing_extractor_does_not_lose_the_document(
    store: Store, tmp_path: Path, steps: list[hooks.ClaimStep]
) -> None:
    steps[:] = [_failing, _one_claim]
    summary = ingest(store, _folder(tmp_path), extract=True)
    assert summary.ingested == 3 and summary.claims == 3
    assert len(list_documents(store)) == 3


def test_the_default_step_wires_issue_4_extraction_when_present() -> None:
    names = [step.__name__ for step in hooks.default_claim_steps()]
    assert names == ["_extract_and_store"]
