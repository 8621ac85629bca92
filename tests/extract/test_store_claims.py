"""Claims in the store, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import text

from minewatch.records import Claim
from minewatch.store import Store
from minewatch.store.claims import add_claims, list_claims


def _claim(
    type_: str, actor: str, date: str | None, modality: str = "fact", quantity: int | None = None
) -> Claim:
    return Claim(
        doc="d1",
        type=type_,
        actor=actor,
        treaty="APMBC",
        date=date,
        quantity=quantity,
        unit="votes in favour" if quantity else None,
        counterpart=None,
        modality=modality,
        evidence="Sejm voted",
        start=0,
        end=10,
        confidence=0.7,
        extractor="minewatch.extract@9.9.9",
    )


def _document(store: Store) -> int:
    with store.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO documents (source_name, locator, text, original, original_sha256,"
                " text_sha256, retrieved_at)"
                " VALUES ('t', 'l', 'Sejm voted', :o, 'a', 'b', '2025-01-01')"
            ),
            {"o": b"x"},
        )
        return int(conn.execute(text("SELECT max(id) FROM documents")).scalar_one())


def test_round_trip_and_filters(store: Store) -> None:
    document_id = _document(store)
    claims = [
        _claim("withdrawal_vote", "POL", "2025-06-26", quantity=413),
        _claim("withdrawal_vote", "LTU", "2025-04", modality="planned"),
        _claim("ratification", "POL", "2012"),
    ]
    with store.begin() as conn:
        assert add_claims(conn, document_id, claims, run_id=7) == 3
    everything = list_claims(store)
    assert [c.claim for c in everything] == claims
    assert everything[0].document_id == document_id and everything[0].run_id == 7
    assert [c.claim.actor for c in list_claims(store, type="withdrawal_vote")] == ["POL", "LTU"]
    assert [c.claim.actor for c in list_claims(store, actor="POL", since="2020")] == ["POL"]
    assert [c.claim.date for c in list_claims(store, until="2013")] == ["2012"]
    assert len(list_claims(store, modality="planned")) == 1
    assert len(list_claims(store, doc=document_id)) == 3
    assert len(list_claims(store, doc="d1", limit=2)) == 2
    assert list_claims(store, treaty="CCM") == []


def test_no_claims_is_fine(store: Store) -> None:
    document_id = _document(store)
    with store.begin() as conn:
        assert add_claims(conn, document_id, []) == 0
    assert list_claims(store) == []
