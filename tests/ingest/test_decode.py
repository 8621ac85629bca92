"""Encodings: each (language, encoding) fixture decodes exactly; bad bytes are refused."""

from __future__ import annotations

import os

import pytest

from minewatch.ingest.decode import declared_charset, decode_bytes
from minewatch.ingest.items import BINARY, EMPTY, UNDECODABLE, ItemRejected, RawItem
from minewatch.ingest.parse import parse_item
from tests.ingest.samples import ENCODINGS, TEXTS, html_page


@pytest.mark.parametrize(("lang", "encoding"), ENCODINGS)
def test_plain_text_in_each_encoding_decodes_exactly(lang: str, encoding: str) -> None:
    assert decode_bytes(TEXTS[lang].encode(encoding)) == TEXTS[lang]


@pytest.mark.parametrize(
    ("lang", "charset"),
    [("uk", "windows-1251"), ("ru", "koi8-r"), ("pl", "iso-8859-2"), ("lt", "windows-1257"),
     ("de", "iso-8859-1"), ("fi", "utf-8"), ("lv", "utf-8"), ("et", "iso-8859-15")],
)  # fmt: skip
def test_html_with_declared_charset_gives_main_text_and_metadata(lang: str, charset: str) -> None:
    page = html_page(lang, charset)
    assert declared_charset(page) == charset
    parsed = parse_item(RawItem("page", page, "html", url="https://news.example.org/x"))
    assert TEXTS[lang] in parsed.text
    assert "All rights reserved" not in parsed.text  # boilerplate dropped
    assert parsed.title and parsed.title.startswith(TEXTS[lang].split(".")[0][:20])
    assert parsed.published == "2025-03-18"
    assert parsed.canonical_url == f"https://news.example.org/{lang}/story-1"
    assert parsed.author == "Test Reporter"


def test_wrong_declared_charset_falls_back_to_detection() -> None:
    data = TEXTS["ru"].encode("koi8-r")
    assert decode_bytes(data, declared="utf-8") == TEXTS["ru"]
    assert decode_bytes(data, declared="no-such-charset") == TEXTS["ru"]


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", EMPTY),
        (b"   \n\t ", EMPTY),
        (bytes(range(256)) * 8, BINARY),
        (b"\x00\x01\x02\x03" * 500, BINARY),
        # valid UTF-8 Cyrillic with bytes cut out of multi-byte sequences
        (
            "Польща виходить з конвенції ".encode() * 5 + b"\xd0\xd1\xff" + "мін".encode(),
            UNDECODABLE,
        ),
    ],
    ids=["zero-bytes", "whitespace", "all-bytes", "nul-control", "invalid-utf8"],
)
def test_bad_bytes_are_rejected_with_a_stable_code(data: bytes, code: str) -> None:
    with pytest.raises(ItemRejected) as caught:
        decode_bytes(data)
    assert caught.value.code == code


def test_random_bytes_are_rejected() -> None:
    data = os.urandom(4096)
    with pytest.raises(ItemRejected) as caught:
        decode_bytes(data)
    assert caught.value.code in {BINARY, UNDECODABLE}
