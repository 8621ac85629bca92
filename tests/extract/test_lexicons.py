"""The shared compilation of lexicon word lists."""

from __future__ import annotations

from minewatch.extract.lexicons import conjunctions, lexicon_pattern, word_start_pattern


def test_fragments_match_at_a_word_start_in_any_case() -> None:
    pattern = word_start_pattern(["sign(ed|s)?\\b", "ratif"])
    assert pattern is not None
    assert pattern.search("Poland RATIFIED it") is not None
    assert pattern.search("the treaty was signed") is not None
    assert pattern.search("a design flaw") is None  # "sign" inside a word
    assert word_start_pattern([]) is None and word_start_pattern(None) is None


def test_per_language_lists_of_a_lexicon() -> None:
    follow = lexicon_pattern("arguments", "markers", "follow", "en")
    assert follow is not None and follow.search("Tallinn is expected to follow") is not None
    assert lexicon_pattern("arguments", "markers", "follow", "xx") is None
    assert lexicon_pattern("arguments", "markers", "no-such-key", "en") is None


def test_conjunctions_are_one_alternation_per_role() -> None:
    import re

    both = re.compile(rf",\s+(?:{conjunctions('additive', 'contrast')})\s")
    assert both.search("Poland voted, and Latvia followed")
    assert both.search("Польща проголосувала, а Латвія ще ні")
    assert not re.compile(rf",\s+(?:{conjunctions('contrast')})\s").search("X, and Y")
    # longest first: "although" is not cut to a shorter word
    assert conjunctions("contrast").split("|")[0] in {"although", "however", "однако"}
