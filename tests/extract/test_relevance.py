"""The relevance gate: the anti-personnel sense passes, sea mines, mining and metaphors do not."""

from __future__ import annotations

import pytest

from minewatch.extract.relevance import assess


@pytest.mark.parametrize(
    "text",
    [
        "Poland will leave the Ottawa Convention banning anti-personnel mines.",
        "Сейм проголосував за вихід з Оттавської конвенції.",
        "Litwa wystąpiła z konwencji o amunicji kasetowej.",
        "Suomi eroaa Ottawan sopimuksesta.",
        "Deminers cleared the minefields and found mines near the village; mines remain.",
    ],
)
def test_relevant(text: str) -> None:
    assert assess(text).relevant


@pytest.mark.parametrize(
    "text",
    [
        "Navy divers cleared sea mines; the minehunter found a contact mine and two ground mines.",
        "Coal mining fell again; the mine will close and miners worry.",
        "Crypto mining farms near Ottawa use cheap power for bitcoin.",
        "Grain exports remain a political minefield for the government.",
        "The weather in Riga was fine on Tuesday.",
    ],
)
def test_irrelevant(text: str) -> None:
    assert not assess(text).relevant
