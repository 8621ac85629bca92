"""The literal prefilter must never hide a pattern that could match."""

from __future__ import annotations

import re

import pytest

from minewatch.extract.prefilter import Prefilter, literal_prefixes


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        ("ratif", ["ratif"]),
        ("withdr[ae]w", ["withdr"]),
        ("(president|head of state)\\b.{0,60}signed", ["president", "head of state"]),
        ("take(s)? effect", ["take"]),
        ("nations?", ["nation"]),
        ("(?<!to )quit\\b", ["quit"]),
        ("\\w+tų\\b", None),
        ("(a )?(member|party) since", None),
    ],
)
def test_literal_prefixes(fragment: str, expected: list[str] | None) -> None:
    assert literal_prefixes(fragment) == expected


def test_candidates_cover_every_real_match() -> None:
    fragments = {"a": ["ratif", "(president|head of state)\\b.{0,60}signed"], "b": ["\\w+ed\\b"]}
    prefilter = Prefilter(fragments)
    for text in ("Poland ratified it.", "The President then signed.", "Nothing here."):
        found = prefilter.candidates(text)
        for key, items in fragments.items():
            pattern = re.compile("|".join(f"(?:{f})" for f in items), re.I)
            if pattern.search(text):
                assert key in found
