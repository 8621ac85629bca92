"""Data functions: evidence segments, snippets, filters."""

from __future__ import annotations

import pytest

from minewatch.errors import UsageError
from minewatch.records import Claim
from minewatch.store.claims import StoredClaim
from minewatch.web.data.documents import segments, split_snippet
from minewatch.web.filters import parse_filter


def _stored(claim_id: int, start: int, end: int, text: str) -> StoredClaim:
    claim = Claim(doc="d", type="use", actor=None, treaty=None, date=None, quantity=None,
                  unit=None, counterpart=None, modality="fact", evidence=text[start:end],
                  start=start, end=end, confidence=1.0, extractor="t@1")
    return StoredClaim(id=claim_id, document_id=1, run_id=None, created_at="", claim=claim)


def test_overlapping_spans_are_cut_at_every_boundary() -> None:
    text = "0123456789"
    pieces = segments(text, [_stored(1, 2, 6, text), _stored(2, 4, 8, text),
                             _stored(3, 20, 30, text)])  # out of range: ignored
    assert "".join(p.text for p in pieces) == text
    assert [(p.text, p.claims, p.anchors) for p in pieces] == [
        ("01", (), ()), ("23", (1,), (1,)), ("45", (1, 2), (2,)), ("67", (2,), ()),
        ("89", (), ()),
    ]


def test_snippet_pieces() -> None:
    assert split_snippet("…the [Polska] said [x]") == [
        ("…the ", False), ("Polska", True), (" said ", False), ("x", True)]


@pytest.mark.parametrize("query, expected", [
    ("state=pol&type=production", "state=POL&type=production"),
    ("?treaty=CCM&min_corroboration=2", "treaty=CCM&min_corroboration=2"),
    ("", ""),
])
def test_filters_round_trip(query: str, expected: str) -> None:
    assert parse_filter(query).to_query() == expected


@pytest.mark.parametrize("query", ["colour=red", "type=party", "state=Poland",
                                   "since=yesterday", "state=POL&state=LTU",
                                   "min_corroboration=-1"])
def test_bad_filters_are_refused(query: str) -> None:
    with pytest.raises(UsageError):
        parse_filter(query)
