"""Extraction never fails on odd input and keeps its evidence contract."""

from __future__ import annotations

import pytest

from minewatch.extract import extract_document
from minewatch.records import TextDocument

ODD = [
    "",
    "\n\n\n",
    "Landmine",
    "Оттавська конвенція" * 500,
    "anti-personnel mines. . . ? ! … «»„“",
    "Ottawa Convention\u0000 withdrawal \ud7ff by Poland in 2025.",
    "İstanbul'da mayın; ß ẞ ﬁ — Poland left the Ottawa Convention.",
]


@pytest.mark.parametrize("text", ODD)
@pytest.mark.parametrize("lang", [None, "en", "uk", "xx"])
def test_odd_input(text: str, lang: str | None) -> None:
    doc = TextDocument(id="odd", text=text, published="2025-13", lang=lang)
    for claim in extract_document(doc):
        assert text[claim.start : claim.end] == claim.evidence
        assert claim.modality in {
            "fact",
            "planned",
            "considered",
            "possible",
            "urged",
            "denied",
            "alleged",
        }


def test_unknown_publication_date_keeps_relative_dates_open() -> None:
    text = "Landmines.\n\nPoland ratified the Ottawa Convention yesterday."
    found = extract_document(TextDocument(id="x", text=text, published=None, lang="en"))
    assert [c.date for c in found if c.type == "ratification"] == [None]
