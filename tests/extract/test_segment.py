"""Sentence segmentation: abbreviations, ordinals, headlines and offsets in several languages."""

from __future__ import annotations

import pytest

from minewatch.extract.segment import segment


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("en", "Mr. Smith went to Ottawa. He signed the treaty.", 2),
        ("en", "The U.S. said no. Then it said yes.", 2),
        ("de", "Am 27. Juni trat Litauen aus. Lettland folgte.", 2),
        ("pl", "Spotkanie m.in. z ministrem. Potem głosowanie.", 2),
        ("pl", "Płk. Nowak powiedział, że tak. Sejm zagłosuje.", 2),
        ("uk", "Указ підписав президент. Рада проголосувала.", 2),
        ("ru", "Он сказал: «Мы выйдем». Решение принято.", 2),
        ("fi", "Eduskunta äänesti 19.6. Laki tulee voimaan.", 2),
        ("fr", "Le traité a été signé. Le Canada l'a ratifié.", 2),
        ("lv", "Norvēģija pievienojās 1998. gadā un iznīcināja krājumus. Tā ziņo.", 2),
        ("et", "Norra liitus 1998. aastal lepinguga. Nii teatati.", 2),
        ("lv", "Saeima balsoja 2025. Nākamais solis ir paziņojums.", 2),
    ],
)
def test_sentence_counts(lang: str, text: str, count: int) -> None:
    assert len(segment(text, lang)) == count


def test_lines_are_units_and_headlines_flagged() -> None:
    text = (
        "Poland moves to quit landmine treaty\n\nWARSAW - The government decided. It will vote.\n"
    )
    sentences = segment(text, "en")
    assert [s.headline for s in sentences] == [True, False, False]
    assert sentences[0].text == "Poland moves to quit landmine treaty"


def test_offsets_point_into_the_text() -> None:
    text = "  First one. Second one!\nThird line without stop\n"
    for sentence in segment(text, "en"):
        assert text[sentence.start : sentence.end] == sentence.text


def test_an_ordinal_year_inside_a_sentence_is_no_boundary() -> None:
    from minewatch.extract.segment import segment

    text = "Angola pievienojās konvencijai 2002. gadā un iznīcināja krājumus. Tad sekoja citi."
    assert [s.text for s in segment(text, "lv")] == [
        "Angola pievienojās konvencijai 2002. gadā un iznīcināja krājumus.",
        "Tad sekoja citi.",
    ]
