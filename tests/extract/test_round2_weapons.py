"""Round-2 rules for weapon acts (GUIDELINES §5.3, §7, §8.5): sentences written for these tests."""

from __future__ import annotations

from minewatch.extract.pipeline import extract_document
from minewatch.records import Claim, TextDocument


def _claims(text: str, lang: str, published: str = "2025-03-07") -> list[Claim]:
    return extract_document(TextDocument(id="t", text=text, published=published, lang=lang))


def _one(text: str, lang: str, kind: str) -> Claim:
    found = [c for c in _claims(text, lang) if c.type == kind]
    assert len(found) == 1, found
    return found[0]


def test_german_dative_name_before_the_verb_is_the_recipient() -> None:
    c = _one("Die USA haben der Ukraine Antipersonenminen geliefert.", "de", "transfer")
    assert (c.actor, c.counterpart) == ("USA", "UKR")
    c = _one("Norwegen will dem Irak Streumunition liefern.", "de", "transfer")
    assert (c.actor, c.counterpart) == ("NOR", "IRQ")


def test_english_first_object_inside_the_trigger_is_the_recipient() -> None:
    c = _one("The United States will give Ukraine anti-personnel mines.", "en", "transfer")
    assert (c.actor, c.counterpart) == ("USA", "UKR")


def test_currently_does_not_date_a_denied_act() -> None:
    c = _one("Lietuva šiuo metu neplanuoja įsigyti kasetinių šaudmenų.", "lt", "transfer")
    assert (c.modality, c.date) == ("denied", None)
    c = _one("Estonia currently has no plans to buy anti-personnel mines.", "en", "transfer")
    assert (c.modality, c.date) == ("denied", None)


def test_currently_still_dates_a_denied_status() -> None:
    c = _one("Finland does not currently possess anti-personnel mines.", "en", "stockpile")
    assert (c.modality, c.date) == ("denied", "2025-03")


def test_currently_still_dates_a_present_denied_act() -> None:
    c = _one("Latvia is currently not laying mines on its border.", "en", "use")
    assert (c.modality, c.date) == ("denied", "2025-03")
