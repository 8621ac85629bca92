"""Round-2 rules of the withdrawal chain and treaty membership (GUIDELINES §5.1, §11)."""

from __future__ import annotations

from minewatch.extract.steps import counted_states
from minewatch.extract.triggers import TriggerMatch, find_triggers


def _types(text: str, lang: str) -> list[str]:
    return [t.type for t in find_triggers(text, 0, lang, True, False)]


def _at(text: str, word: str, kind: str, offset: int = 0) -> TriggerMatch:
    start = text.index(word)
    return TriggerMatch(kind, start + offset, start + len(word) + offset, word)


def test_counted_states_from_the_phrase_list() -> None:
    text = "Since 1997 more than 100 countries have signed the treaty."
    assert counted_states(_at(text, "signed", "signature"), text, 0, "en")
    assert "signature" not in _types(text, "en")


def test_counted_states_from_a_counted_quantity() -> None:
    # "signataires" is no ``state_count`` phrase: the quantity's unit carries the count
    text = "La Convention, ratifiée depuis par 164 signataires, reste en vigueur."
    assert counted_states(_at(text, "ratifiée", "ratification", 500), text, 500, "fr")
    assert "ratification" not in _types(text, "fr")


def test_counted_states_in_other_languages() -> None:
    text = "Konwencję podpisało ponad 160 państw."
    assert counted_states(_at(text, "podpisało", "signature"), text, 0, "pl")
    text = "Sopimukseen on liittynyt yli 160 valtiota."
    assert counted_states(_at(text, "liittynyt", "accession"), text, 0, "fi")


def test_a_named_state_signing_is_an_event() -> None:
    text = "Ukraine signed the Convention in 1999 and ratified it in 2005."
    assert not counted_states(_at(text, "signed", "signature"), text, 0, "en")
    assert {"signature", "ratification"} <= set(_types(text, "en"))


def test_counting_applies_to_membership_only() -> None:
    text = "Parliament voted 157 to 18 to leave; 164 states remain parties."
    assert not counted_states(_at(text, "voted", "withdrawal_vote"), text, 0, "en")
