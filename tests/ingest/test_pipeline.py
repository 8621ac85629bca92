"""The ingest run on SQLite and PostgreSQL: store, deduplicate, quarantine, re-run idempotently."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sqlalchemy import text

from minewatch.ingest.items import BAD_PDF, BAD_RECORD, BINARY, EMPTY, OVERSIZED, UNDECODABLE
from minewatch.settings import Settings
from minewatch.store import Store
from minewatch.store.documents import (
    get_document,
    get_original,
    independence_key,
    iter_text_documents,
    list_copies,
    list_documents,
    search_documents,
)
from minewatch.store.quarantine import list_quarantine
from tests.ingest.conftest import ingest
from tests.ingest.samples import ENCODINGS, TEXTS


def _count(store: Store, table: str) -> int:
    with store.begin() as conn:
        return int(conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one())


def test_a_folder_is_stored_with_provenance_and_sidecar_metadata(
    store: Store, library: Path
) -> None:
    summary = ingest(store, library)
    # the same paragraph in several encodings: one stored per language, the rest near-duplicates
    # (uk: 3 texts + 1 page, ru: 3, pl: 2, fr: 1 text + 1 page)
    assert summary.line() == "11 ingested, 0 duplicates, 7 near-duplicates, 0 quarantined"
    assert len(ENCODINGS) + 3 == 18
    docs = {d.external_id: d for d in list_documents(store)}
    page = docs["page-uk"]
    assert (page.source_name, page.reliability, page.published, page.lang) == (
        "Kyiv Test Daily", "B", "2025-03-19", "uk",
    )  # fmt: skip
    assert page.title == "Польща виходить з конвенції"
    assert page.url == "https://kyiv.example/1"
    assert page.lang_confidence is None  # given by the sidecar, not detected
    assert TEXTS["uk"] in page.text
    assert get_original(store, page.id) == (library / "page-uk.html").read_bytes()
    koi8 = next(d for d in docs.values() if d.external_id and d.external_id.endswith("koi8-u"))
    assert TEXTS["uk"] in koi8.text and koi8.lang == "uk" and (koi8.lang_confidence or 0) > 0.5
    assert (koi8.source_name, koi8.reliability, koi8.run_id) == ("local", "unknown", summary.run_id)
    assert koi8.path == str((library / f"{koi8.external_id}.txt").resolve())
    assert docs["report"].content_type == "application/pdf"
    assert {d.lang for d in docs.values()} >= {
        "en",
        "uk",
        "ru",
        "pl",
        "lt",
        "lv",
        "et",
        "fi",
        "de",
        "fr",
    }


def test_rerunning_the_same_ingest_changes_nothing(store: Store, library: Path) -> None:
    first = ingest(store, library)
    before = [d.to_dict() for d in list_documents(store)]
    second = ingest(store, library)
    assert second.line() == "0 ingested, 0 duplicates, 0 near-duplicates, 0 quarantined"
    assert second.unchanged == first.ingested + first.near_duplicates
    assert [d.to_dict() for d in list_documents(store)] == before
    assert _count(store, "document_copies") == 0


def test_exact_copies_are_linked_not_stored_again(
    store: Store, library: Path, tmp_path: Path
) -> None:
    ingest(store, library)
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    shutil.copy(library / "page-uk.html", mirror / "copy-of-page.html")
    (mirror / "same-text.txt").write_bytes(
        (library / "t02-uk-utf-8.txt").read_bytes().replace(b"\n", b"\r\n")
    )
    summary = ingest(store, mirror, source_name="Mirror Site")
    assert (summary.ingested, summary.duplicates) == (0, 2)
    original = get_document(store, "t02-uk-utf-8")
    assert [c.source_name for c in list_copies(store, original.id)] == ["Mirror Site"]
    assert ingest(store, mirror, source_name="Mirror Site").duplicates == 0  # linked once


def test_near_duplicates_join_the_syndication_group(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "wire"
    folder.mkdir()
    story = TEXTS["ru"] + " " + TEXTS["ru"].replace("Польша", "Варшава")
    (folder / "a-original.txt").write_text(story, encoding="utf-8")
    (folder / "b-syndicated.txt").write_text(
        "Главная » Новости » Балтия\n"
        + story.replace("заявили", "сообщили")
        + "\nПодписывайтесь на наш канал.",
        encoding="utf-8",
    )
    (folder / "c-other.txt").write_text(TEXTS["uk"], encoding="utf-8")
    summary = ingest(store, folder)
    assert summary.line() == "2 ingested, 0 duplicates, 1 near-duplicates, 0 quarantined"
    a, b, c = (get_document(store, n) for n in ("a-original", "b-syndicated", "c-other"))
    assert b.duplicate_of == a.id and b.similarity is not None and b.similarity >= 0.3
    assert independence_key(store, a.id) == independence_key(store, b.id) == f"group:{a.id}"
    assert independence_key(store, c.id) == f"group:{c.id}"
    # a later run still sees the group (signatures are stored)
    late = tmp_path / "late"
    late.mkdir()
    (late / "d-copy.txt").write_text(story + " Обновлено.", encoding="utf-8")
    assert ingest(store, late).near_duplicates == 1
    assert independence_key(store, "d-copy") == f"group:{a.id}"


def test_bad_inputs_are_quarantined_and_the_run_goes_on(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXTS["en"], encoding="utf-8")
    (folder / "random.bin").write_bytes(bytes(range(256)) * 8)
    (folder / "zero.txt").write_bytes(b"")
    (folder / "big.txt").write_bytes(b"a" * 5000)
    (folder / "fake.pdf").write_bytes(b"<html>not a pdf</html>")
    (folder / "broken-utf8.txt").write_bytes("Польща виходить ".encode() * 10 + b"\xd0\x28\xff")
    (folder / "records.jsonl").write_text(
        json.dumps({"id": "r1", "text": TEXTS["fi"]})
        + "\n{not json\n"
        + json.dumps({"id": "r3"})
        + "\n",
        encoding="utf-8",
    )
    summary = ingest(store, folder, settings=Settings(max_document_bytes=4000))
    assert summary.line() == "2 ingested, 0 duplicates, 0 near-duplicates, 7 quarantined"
    assert summary.exit_code == 1
    codes = sorted(item.code for item in list_quarantine(store))
    assert codes == sorted([BINARY, EMPTY, OVERSIZED, BAD_PDF, UNDECODABLE, BAD_RECORD, BAD_RECORD])
    again = ingest(store, folder, settings=Settings(max_document_bytes=4000))
    assert (again.ingested, again.quarantined) == (0, 7)
    assert _count(store, "quarantine") == 7  # the same rejections are not recorded twice


def test_options_override_language_source_reliability_and_since(
    store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "opts"
    folder.mkdir()
    (folder / "new.jsonl").write_text(
        "\n".join(
            json.dumps(r, ensure_ascii=False)
            for r in [
                {
                    "id": "n1",
                    "text": TEXTS["de"],
                    "published": "2025-05-01",
                    "url": "https://d.example/1",
                },
                {"id": "n2", "text": TEXTS["fr"], "published": "2023-01-01"},
                {"id": "n3", "text": TEXTS["lv"]},
            ]
        ),
        encoding="utf-8",
    )
    summary = ingest(
        store, folder, source_name="Analyst", reliability="C", lang="de", since="2024-01-01"
    )
    assert (summary.ingested, summary.skipped) == (2, 1)
    docs = list_documents(store)
    assert {(d.external_id, d.lang, d.source_name, d.reliability) for d in docs} == {
        ("n1", "de", "Analyst", "C"), ("n3", "de", "Analyst", "C"),
    }  # fmt: skip


def test_search_finds_inflected_and_diacritic_free_forms(store: Store, library: Path) -> None:
    ingest(store, library)
    assert any("Łodzi" in h.snippet for h in search_documents(store, "lodz"))
    uk = search_documents(store, "Польща", lang="uk")
    assert uk and all(h.lang == "uk" for h in uk)
    # the fixture says Польща and Польщі, never Польщею: the instrumental finds both
    assert {h.id for h in search_documents(store, "Польщею", lang="uk")} == {h.id for h in uk}
    assert search_documents(store, "Польша", lang="ru")
    pl = search_documents(store, "Polska konwencja")
    assert pl and pl[0].lang == "pl"
    assert search_documents(store, "Lenkija")[0].lang == "lt"
    assert search_documents(store, "Ubereinkommen")[0].lang == "de"
    assert search_documents(store, "etats baltes")[0].lang == "fr"
    assert search_documents(store, "zzzzqx") == []
    assert search_documents(store, "Польща", since="2026-01-01") == []
    assert search_documents(store, "Польща", source="Kyiv Test Daily")[0].external_id == "page-uk"


def test_iter_text_documents_gives_records_for_extraction(store: Store, library: Path) -> None:
    ingest(store, library)
    docs = list(iter_text_documents(store, batch=4))
    stored = list_documents(store)
    assert [d.id for d in docs] == [str(s.id) for s in stored]
    page = next(d for d in docs if d.title == "Польща виходить з конвенції")
    assert (page.lang, page.published, page.url) == ("uk", "2025-03-19", "https://kyiv.example/1")
