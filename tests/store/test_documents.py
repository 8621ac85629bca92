"""The document store on SQLite and PostgreSQL: insert, copies, groups, filters, search."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.exc import IntegrityError

from minewatch.errors import StoreError
from minewatch.store import Store
from minewatch.store.documents import (
    NewDocument,
    add_copy,
    count_documents,
    find_by_text_hash,
    get_document,
    get_original,
    independence_keys,
    insert_document,
    list_copies,
    list_documents,
    search_documents,
    seen_locator,
)
from minewatch.store.search import fold, query_terms, snippet, stem


def _doc(text: str, **changes: object) -> NewDocument:
    base = NewDocument(
        external_id="x", source_name="Test", locator=f"/tmp/{abs(hash(text))}.txt", url=None,
        path=None, title=text.split(".")[0], published="2025-03-18", site=None, author=None,
        canonical_url=None, lang="pl", lang_confidence=0.9, content_type="text/plain", text=text,
        original=text.encode("utf-8"), original_sha256=hashlib.sha256(text.encode()).hexdigest(),
        text_sha256=hashlib.sha256(text.encode()).hexdigest(), reliability="B",
        retrieved_at="2025-03-18T10:00:00+00:00", run_id=None,
    )  # fmt: skip
    return replace(base, **changes)  # type: ignore[arg-type]


def _insert(store: Store, doc: NewDocument) -> int:
    with store.begin() as conn:
        return insert_document(conn, store.dialect, doc)


DOCS = [
    _doc("Manifestacja w Łodzi przeciw wyjściu z konwencji.", external_id="pl-1"),
    _doc("Польщею та Литвою ухвалено рішення про вихід.", external_id="uk-1", lang="uk",
         published="2025-06-29", source_name="Kyiv"),
    _doc("Министры обороны Польши заявили о выходе.", external_id="ru-1", lang="ru",
         published="2024-01-05"),
    _doc("Ūkininkai Lenkijoje protestavo prieš sprendimą.", external_id="lt-1", lang="lt",
         published="2025-03"),
]  # fmt: skip


@pytest.fixture
def filled(store: Store) -> Store:
    for doc in DOCS:
        _insert(store, doc)
    return store


def test_insert_get_and_original_round_trip(filled: Store) -> None:
    doc = get_document(filled, "uk-1")
    assert doc.text == DOCS[1].text and doc.syndication_group == doc.id
    assert get_document(filled, doc.id) == doc
    assert get_original(filled, doc.id) == DOCS[1].original
    assert count_documents(filled) == 4
    with pytest.raises(StoreError) as caught:
        get_document(filled, "nope")
    assert caught.value.code == "MW501"


def test_text_hash_is_unique_and_copies_link_once(filled: Store) -> None:
    first = get_document(filled, "pl-1")
    with filled.begin() as conn:
        assert find_by_text_hash(conn, DOCS[0].text_sha256) == first.id
        copy = replace(DOCS[0], locator="https://mirror.example/1", source_name="Mirror")
        assert add_copy(conn, first.id, copy) is True
        assert add_copy(conn, first.id, copy) is False
        assert seen_locator(conn, "Mirror", "https://mirror.example/1", copy.original_sha256)
        assert not seen_locator(conn, "Mirror", "https://mirror.example/2", copy.original_sha256)
    assert [c.source_name for c in list_copies(filled, first.id)] == ["Mirror"]
    with pytest.raises(IntegrityError), filled.begin() as conn:
        insert_document(conn, filled.dialect, replace(DOCS[0], locator="elsewhere"))


def test_near_duplicates_share_the_group_of_their_match(filled: Store) -> None:
    first = get_document(filled, "ru-1")
    copy = _doc(DOCS[2].text + " Обновлено.", duplicate_of=first.id, similarity=0.8,
                external_id="ru-2")  # fmt: skip
    second = get_document(filled, _insert(filled, copy))
    third = get_document(filled, _insert(filled, _doc(copy.text + " Ещё.", duplicate_of=second.id)))
    assert first.syndication_group == second.syndication_group == third.syndication_group
    keys = independence_keys(filled)
    assert keys[first.id] == keys[third.id] != keys[get_document(filled, "pl-1").id]


def test_list_filters(filled: Store) -> None:
    def ids(**filters: str) -> list[str | None]:
        return [d.external_id for d in list_documents(filled, **filters)]  # type: ignore[arg-type]

    assert ids() == ["pl-1", "uk-1", "ru-1", "lt-1"]
    assert ids(lang="uk") == ["uk-1"]
    assert ids(source="Kyiv") == ["uk-1"]
    assert ids(since="2025-03-01") == ["pl-1", "uk-1", "lt-1"]
    assert ids(until="2025-03") == ["pl-1", "ru-1", "lt-1"]
    assert ids(until="2024-12-31") == ["ru-1"]
    assert [d.external_id for d in list_documents(filled, limit=2, offset=1)] == ["uk-1", "ru-1"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("lodz", ["pl-1"]),  # Łódź without diacritics finds "Łodzi"
        ("ŁÓDŹ", ["pl-1"]),
        ("Польща", ["uk-1"]),  # nominative finds the instrumental "Польщею"
        ("Польша", ["ru-1"]),  # Russian nominative finds the genitive "Польши"
        ("Lenkija", ["lt-1"]),  # "Lenkijoje"
        ("ukininkai protestavo", ["lt-1"]),
        ("konwencja", ["pl-1"]),  # "konwencji"
        ("вихід рішення", ["uk-1"]),
        ("Łódź Польща", []),  # every word must match
    ],
)
def test_search_matches_inflections_and_folded_letters(
    filled: Store, query: str, expected: list[str]
) -> None:
    assert [h.external_id for h in search_documents(filled, query)] == expected


def test_search_filters_rank_and_snippet(filled: Store) -> None:
    _insert(filled, _doc("Łódź. Łódź i Łodzi: trzy razy Łódź w konwencji.", external_id="pl-2"))
    hits = search_documents(filled, "lodz")
    assert [h.external_id for h in hits] == ["pl-2", "pl-1"]  # more matches rank higher
    assert hits[0].rank >= hits[1].rank
    assert hits[1].snippet == "Manifestacja w [Łodzi] przeciw wyjściu z konwencji."
    assert search_documents(filled, "lodz", lang="uk") == []
    assert search_documents(filled, "Польша", since="2025-01-01") == []
    assert search_documents(filled, "Польща", until="2025-05") == []
    assert search_documents(filled, "lodz", source="Kyiv") == []
    assert len(search_documents(filled, "lodz", limit=1)) == 1
    assert search_documents(filled, "   ") == []
    assert search_documents(filled, '" OR * NEAR(') == []  # FTS syntax is neutralised


@given(st.text())
def test_fold_keeps_length_so_offsets_map_to_the_original(value: str) -> None:
    folded = fold(value)
    assert len(folded) == len(value)
    assert fold(folded) == folded


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Łódź", "lodz"), ("Польща", "польщ"), ("Польщею", "польщ"), ("Polska", "pols"),
     ("Polsce", "pols"), ("Lenkija", "lenk"), ("Україна", "украін"), ("Украина", "украин"),
     ("mines", "mine"), ("Ёлка", "елка")],
)  # fmt: skip
def test_stem_table(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_snippet_marks_matches_in_the_original_text() -> None:
    text = "Prezydent podpisał ustawę. W Łodzi i w Polsce protestowano."
    assert snippet(text, query_terms("lodz polska")) == (
        "Prezydent podpisał ustawę. W [Łodzi] i w [Polsce] protestowano."
    )


def test_prefix_terms_do_not_reach_into_long_compounds(store: Store) -> None:
    _insert(store, _doc("Puolustusministeri vieraili Varsovassa.", external_id="fi-1", lang="fi"))
    _insert(store, _doc("Puolan hallitus ja Puolassa asuvat.", external_id="fi-2", lang="fi"))
    assert [h.external_id for h in search_documents(store, "Puola")] == ["fi-2"]
