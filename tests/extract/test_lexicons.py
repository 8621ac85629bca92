"""The shared compilation of lexicon word lists."""

from __future__ import annotations

from minewatch.extract.lexicons import lexicon_pattern, word_start_pattern


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
