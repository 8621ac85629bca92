"""The states table: codes, kinds, names in ten languages, name resolution."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from minewatch.errors import FactError
from minewatch.states import (
    KINDS,
    LANGUAGES,
    fold_name,
    get_state,
    load_states,
    resolve_state,
    search_states,
)


def test_table_has_iso_states_entities_and_predecessors() -> None:
    states = load_states()
    codes = {s.iso3 for s in states}
    assert len(states) >= 250
    assert {"POL", "UKR", "PSE", "COK", "NIU", "VAT", "XKX", "SCG", "SDN", "SSD"} <= codes
    assert sum(s.kind == "state" for s in states) == 193
    assert {s.kind for s in states} <= set(KINDS)
    assert get_state("SCG").kind == "historical"
    assert get_state("PSE").kind == "entity"
    assert get_state("POL").kind == "state"


def test_every_state_has_an_english_name_and_codes_are_unique() -> None:
    states = load_states()
    assert len({s.iso3 for s in states}) == len(states)
    for state in states:
        assert state.name, state.iso3
        assert state.names_in("en"), state.iso3
        assert set(state.names) == set(LANGUAGES)


def test_un_members_have_names_in_all_ten_languages() -> None:
    for state in load_states():
        if state.kind == "state":
            missing = [lang for lang in LANGUAGES if not state.names_in(lang)]
            assert not missing, (state.iso3, missing)


def test_get_state() -> None:
    poland = get_state("POL")
    assert poland.name == "Poland"
    assert poland.iso2 == "PL"
    assert "Polska" in poland.names["pl"]
    assert get_state("pol") is poland


def test_get_state_unknown_raises_mw401() -> None:
    with pytest.raises(FactError) as info:
        get_state("ZZZ")
    assert str(info.value) == "MW401 unknown state 'ZZZ'"


@pytest.mark.parametrize(
    ("name", "lang", "iso3"),
    [
        ("Poland", "en", "POL"),
        ("poland", None, "POL"),
        ("Польща", "uk", "POL"),
        ("Польша", "ru", "POL"),
        ("Lenkija", "lt", "POL"),
        ("Polija", "lv", "POL"),
        ("Poola", "et", "POL"),
        ("Puola", "fi", "POL"),
        ("Polen", "de", "POL"),
        ("Pologne", "fr", "POL"),
        ("Czechia", None, "CZE"),
        ("Czech Republic", None, "CZE"),
        ("Türkiye", None, "TUR"),
        ("Turkiye", None, "TUR"),
        ("Turkey", "en", "TUR"),
        ("Ivory Coast", None, "CIV"),
        ("Cote d'Ivoire", None, "CIV"),
        ("Côte d’Ivoire", None, "CIV"),
        ("Burma", None, "MMR"),
        ("Moldova", "en", "MDA"),
        ("Russia", None, "RUS"),
        ("Russian Federation", None, "RUS"),
        ("Россия", None, "RUS"),
        ("USA", None, "USA"),
        ("United States", None, "USA"),
        ("UK", None, "GBR"),
        ("South Korea", None, "KOR"),
        ("North Korea", None, "PRK"),
        ("Syria", None, "SYR"),
        ("Iran", None, "IRN"),
        ("Vietnam", None, "VNM"),
        ("Viet Nam", None, "VNM"),
        ("Laos", None, "LAO"),
        ("Bolivia", None, "BOL"),
        ("Venezuela", None, "VEN"),
        ("Tanzania", None, "TZA"),
        ("Congo", "en", "COG"),
        ("Democratic Republic of the Congo", None, "COD"),
        ("Holy See", None, "VAT"),
        ("Святий Престол", "uk", "VAT"),
        ("State of Palestine", None, "PSE"),
        ("Palestyna", "pl", "PSE"),
        ("Kosovo", "en", "XKX"),
        ("Serbia and Montenegro", None, "SCG"),
        ("Сербия и Черногория", "ru", "SCG"),
        ("Cook Islands", None, "COK"),
        ("Niue", None, "NIU"),
        ("Ukraina", "pl", "UKR"),
        ("Україна", "uk", "UKR"),
        ("Ukraine", "de", "UKR"),
        ("POL", None, "POL"),
    ],
)
def test_resolve_state(name: str, lang: str | None, iso3: str) -> None:
    state = resolve_state(name, lang)
    assert state is not None, name
    assert state.iso3 == iso3


@pytest.mark.parametrize(
    ("name", "lang"), [("Atlantis", None), ("Polska", "en"), ("", None), ("Congo - ", None)]
)
def test_resolve_state_unknown(name: str, lang: str | None) -> None:
    assert resolve_state(name, lang) is None


def test_every_state_named_in_the_shared_facts_resolves(shared_dir: Path) -> None:
    path = shared_dir / "data" / "treaty" / "treaty_actions.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        state = resolve_state(row["state"])
        assert state is not None, row["state"]
        assert state.iso3 == row["iso3"], (row["state"], state.iso3, row["iso3"])


def test_fold_name_ignores_case_and_diacritics() -> None:
    assert fold_name("Côte d’Ivoire") == fold_name("COTE D'IVOIRE")
    assert fold_name("  Türkiye ") == "turkiye"


def test_search_states() -> None:
    found = {s.iso3 for s in search_states("korea")}
    assert {"KOR", "PRK"} <= found
    assert {s.iso3 for s in search_states("Литв", "ru")} == {"LTU"}
