"""HTML, PDF and JSONL records to text and metadata; broken inputs get stable codes."""

from __future__ import annotations

import unicodedata

import pytest

from minewatch.ingest.items import (
    BAD_PDF,
    EMPTY,
    NO_HTML_TEXT,
    TRUNCATED,
    ItemRejected,
    RawItem,
)
from minewatch.ingest.parse import normalise_date, parse_item
from tests.ingest.builders import make_pdf


def test_pdf_text_layer_and_metadata() -> None:
    pdf = make_pdf(["Finland deposited its instrument of withdrawal.", "Effective in 2026."])
    parsed = parse_item(RawItem("r.pdf", pdf, "pdf"))
    assert "Finland deposited its instrument of withdrawal." in parsed.text
    assert "Effective in 2026." in parsed.text
    assert (parsed.title, parsed.author, parsed.published) == (
        "Test report",
        "Test Author",
        "2025-03-18",
    )
    assert parsed.content_type == "application/pdf"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"<html><body>this is not a PDF</body></html>", BAD_PDF),
        (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", TRUNCATED),
        (b"%PDF-1.4\ngarbage garbage\n%%EOF\n", BAD_PDF),
    ],
    ids=["not-pdf", "truncated", "garbage"],
)
def test_bad_pdfs_are_rejected(data: bytes, code: str) -> None:
    with pytest.raises(ItemRejected) as caught:
        parse_item(RawItem("x.pdf", data, "pdf"))
    assert caught.value.code == code


def test_truncated_real_pdf_is_rejected() -> None:
    pdf = make_pdf(["Some text."])
    with pytest.raises(ItemRejected) as caught:
        parse_item(RawItem("x.pdf", pdf[: len(pdf) // 2], "pdf"))
    assert caught.value.code == TRUNCATED


def test_broken_html_still_gives_its_text() -> None:
    broken = b"<html><body><div><p>Estonia left the convention <b>on 27 December"
    parsed = parse_item(RawItem("b.html", broken, "html"))
    assert "Estonia left the convention on 27 December" in parsed.text.replace("\n", " ")


def test_html_without_text_is_rejected() -> None:
    empty = b"<html><head><script>var x = 1;</script></head><body>   </body></html>"
    with pytest.raises(ItemRejected) as caught:
        parse_item(RawItem("e.html", empty, "html"))
    assert caught.value.code == NO_HTML_TEXT


def test_text_is_nfc_normalised_so_offsets_are_stable() -> None:
    decomposed = unicodedata.normalize("NFD", "Łódź i Kraków: wystąpienie z konwencji")
    parsed = parse_item(RawItem("n.txt", decomposed.encode("utf-8"), "text"))
    assert parsed.text == "Łódź i Kraków: wystąpienie z konwencji"
    assert unicodedata.is_normalized("NFC", parsed.text)


def test_record_metadata_wins_and_html_records_are_extracted() -> None:
    record = {
        "id": "r1", "title": "Given title", "published": "2025-06-27T10:00:00Z",
        "html": "<html><head><title>Page title</title></head><body><article><p>Sejm voted to "
        "leave the Ottawa Convention on Friday.</p></article></body></html>",
    }  # fmt: skip
    parsed = parse_item(RawItem("f.jsonl#r1", b"{}", "record", meta=record))
    assert "Sejm voted to leave the Ottawa Convention" in parsed.text
    assert parsed.title == "Given title"
    assert parsed.published == "2025-06-27"


def test_empty_record_text_is_rejected() -> None:
    with pytest.raises(ItemRejected) as caught:
        parse_item(RawItem("f.jsonl#2", b"{}", "record", meta={"text": "   "}))
    assert caught.value.code in {EMPTY, NO_HTML_TEXT}


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2025-03-18", "2025-03-18"), ("2025-03", "2025-03"), ("2025-03-18T09:00:00Z", "2025-03-18"),
     ("2025-13-01", None), ("yesterday", None), (None, None), ("2025-03-45", "2025-03")],
)  # fmt: skip
def test_normalise_date(value: str | None, expected: str | None) -> None:
    assert normalise_date(value) == expected
