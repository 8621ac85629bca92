"""Language identification among the twelve languages in scope, with a confidence."""

from __future__ import annotations

import pytest

from minewatch.ingest.langid import LANGUAGES, detect_language
from tests.ingest.samples import TEXTS

SHORT = {
    "uk": "Рада проголосувала за вихід України з Оттавської конвенції",
    "ru": "Госдума проголосовала за выход России из договора",
    "be": "Беларусь заявіла пра намер выйсці з дамовы аб мінах",
    "bg": "България подкрепи забраната на противопехотните мини",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_each_language_is_detected_with_high_confidence(lang: str) -> None:
    detected, confidence = detect_language(TEXTS[lang])
    assert detected == lang
    assert confidence > 0.5


@pytest.mark.parametrize("lang", sorted(SHORT))
def test_short_cyrillic_headlines_are_told_apart(lang: str) -> None:
    assert detect_language(SHORT[lang])[0] == lang


def test_no_letters_means_no_language() -> None:
    assert detect_language("2025-03-18 12:00 — 157/18") == (None, 0.0)
    assert set(LANGUAGES) >= {"en", "uk", "ru", "pl", "lt", "lv", "et", "fi", "de", "fr"}
