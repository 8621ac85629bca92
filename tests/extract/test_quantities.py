"""Quantity finder: tables per language (GUIDELINES §9), negatives, invariants, gold recall."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minewatch.extract.dates import find_dates
from minewatch.extract.quantities import QUANTITIES_VERSION, QuantityMention, find_quantities

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "dev"

# (lang, text, expected value, expected unit, approximate)
Row = tuple[str, str, int | float | None, str | None, bool]

TABLE: list[Row] = [
    # en
    ("en", "Mines killed more than 1,000 civilians last year.", 1000, "people", True),
    ("en", "Poland may buy up to 1.2 million anti-personnel mines.", 1200000, "mines", True),
    ("en", "The army holds 26.5 million mines.", 26500000, "mines", False),
    ("en", "Estimates range from 1 to 2 million mines.", 1000000, "mines", False),
    ("en", "Estimates range between 1,400 and 1,500 civilians.", 1400, "people", False),
    ("en", "It destroyed 1-2 million mines.", 1000000, "mines", False),
    ("en", "Deminers destroyed more than one million mines.", 1000000, "mines", True),
    ("en", "Two children were injured.", 2, "children", False),
    ("en", "Three Colombian soldiers were killed.", 3, "people", False),
    ("en", "Some 139,000 km² remain contaminated.", 139000, "km2", True),
    ("en", "about 170,000 sq km of land", 170000, "km2", True),
    ("en", "The team cleared 2,500 m2 of farmland.", 2500, "m2", False),
    ("en", "It returned 80 percent of potentially contaminated land.", 80, "percent", False),
    ("en", "It returned 80% of the land.", 80, "percent", False),
    ("en", "The bill passed with 180 votes in favour.", 180, "votes", False),
    ("en", "They destroyed more than 1,400 explosive items.", 1400, "explosive items", True),
    ("en", "Workers cleared 45 hectares.", 45, "hectares", False),
    ("en", "Dozens of people were wounded.", None, "people", True),
    ("en", "Hundreds of mines were found.", None, "mines", True),
    ("en", "Half a million mines were destroyed.", 500000, "mines", False),
    ("en", "Belma could make as many as one million a year.", 1000000, "per year", True),
    ("en", "Belma could make 100,000 mines a year.", 100000, "mines/year", False),
    ("pl", "Belma wyprodukuje 100 tys. min rocznie.", 100000, "mines/year", False),
    ("en", "The motion passed 157 to 18.", 157, None, False),
    # uk
    ("uk", "Від мін постраждали понад 1,2 тис. цивільних.", 1200, "people", True),
    ("uk", "Росія встановила від 1 до 2 мільйонів мін.", 1000000, "mines", False),
    (
        "uk",
        "Сапери знешкодили майже півтора мільйона вибухонебезпечних предметів.",
        1500000,
        "explosive items",
        True,
    ),
    ("uk", "Обстежено понад 40 тис. кв. км території.", 40000, "km2", True),
    ("uk", "Загинули двоє людей.", 2, "people", False),
    ("uk", "Знайдено 1,2 млн мін.", 1200000, "mines", False),
    ("uk", "Знищено десятки тисяч протипіхотних мін.", None, "mines", True),
    ("uk", "Загинули три дитини.", 3, "children", False),
    # ru
    ("ru", "Обезврежено свыше 50 тысяч мин.", 50000, "mines", True),
    ("ru", "Подорвались 14 мирных жителей.", 14, "people", False),
    ("ru", "Очищено более 300 гектаров.", 300, "hectares", True),
    ("ru", "Запасы составляют 1,2 млн мин.", 1200000, "mines", False),
    ("ru", "Погибли двое человек.", 2, "people", False),
    ("ru", "Установлено полтора миллиона мин.", 1500000, "mines", False),
    ("ru", "Найдены сотни мин.", None, "mines", True),
    # pl
    ("pl", "Polska kupi 1,2 mln min.", 1200000, "mines", False),
    ("pl", "Zginęły dwie osoby.", 2, "people", False),
    ("pl", "Ministerstwo kupi kilkudziesięciu tysięcy min.", None, "mines", True),
    ("pl", "Saperzy usunęli ponad 100 000 min.", 100000, "mines", True),
    ("pl", "Saperzy usunęli półtora miliona min.", 1500000, "mines", False),
    ("pl", "Sejm przyjął ustawę 414 głosami.", 414, "votes", False),
    ("pl", "setki min leżą w lesie", None, "mines", True),
    # lt
    ("lt", "Lietuva įsigis 2 tūkst. minų.", 2000, "mines", False),
    ("lt", "Sunaikinta daugiau kaip 1,5 mln. minų.", 1500000, "mines", True),
    ("lt", "Už balsavo 107 Seimo nariai.", 107, "votes", False),
    # lv
    ("lv", "Latvija iegādāsies 2 tūkst. mīnu.", 2000, "mines", False),
    ("lv", "Par balsoja 61 deputāts.", 61, "votes", False),
    ("lv", "Iznīcinātas vairāk nekā 1,2 milj. mīnas.", 1200000, "mines", True),
    # et
    ("et", "Eesti hävitas üle 1,2 miljoni miini.", 1200000, "mines", True),
    ("et", "Poolt hääletas 79 riigikogulast.", 79, "votes", False),
    ("et", "Hukkus kaks inimest.", 2, "people", False),
    # fi
    ("fi", "Suomi hävitti yli miljoona jalkaväkimiinaa.", 1000000, "mines", True),
    ("fi", "Suomella on 1,2 miljoonaa miinaa.", 1200000, "mines", False),
    ("fi", "Eduskunta hyväksyi lain äänin 157–18.", 157, "votes", False),
    ("fi", "Esitystä kannatti 157 kansanedustajaa.", 157, "votes", False),
    ("fi", "Kuoli noin 300 ihmistä.", 300, "people", True),
    # de
    (
        "de",
        "Die Bundeswehr vernichtete rund 1,7 Millionen Antipersonenminen.",
        1700000,
        "mines",
        True,
    ),
    ("de", "Mehr als 1.000 Menschen wurden verletzt.", 1000, "people", True),
    ("de", "Es wurden 2,5 Mio. Minen gelagert.", 2500000, "mines", False),
    (
        "de",
        "Die Bestände an Antipersonenminen – rund 1,7 Millionen Stück – sind vernichtet.",
        1700000,
        "mines",
        True,
    ),
    (
        "pl",
        "Polska wyprodukuje do 1,2 mln min przeciwpiechotnych rocznie.",
        1200000,
        "mines/year",
        True,
    ),
    ("uk", "Піротехніки знешкодили 117 «пелюсток».", 117, "mines", False),
    ("de", "Dutzende Zivilisten starben.", None, "people", True),
    # fr
    ("fr", "Entre 1 400 et 1 500 civils ont été tués.", 1400, "people", False),
    ("fr", "Plus de 1 000 mines ont été détruites.", 1000, "mines", True),
    ("fr", "Près de 2,5 millions de mines ont été posées.", 2500000, "mines", True),
    ("fr", "Des centaines de civils ont été blessés.", None, "people", True),
    ("fr", "Deux enfants ont été tués.", 2, "children", False),
    ("fr", "Le programme coûte plus d'un million d'euros.", 1000000, "EUR", True),
    ("ru", "Установлено около полумиллиона мин.", 500000, "mines", True),
    ("en", "Between 2020 and 2023, 4,000 people were hurt.", 4000, "people", False),
    ("pl", "Program kosztuje 1,5 mln zł.", 1500000, "PLN", False),
    ("pl", "Saperzy usunęli 1.200.000 min.", 1200000, "mines", False),
    ("uk", "Вивезли 1.2 млн мін.", 1200000, "mines", False),
    ("fr", "Il reste 1 200 000 mines.", 1200000, "mines", False),
    ("en", "It could make up to 1,2 million mines.", 1200000, "mines", True),
    ("de", "Belma kann bis zu 1.2 Millionen Minen herstellen.", 1200000, "mines", True),
    ("lv", "Tas maksā vairāk nekā 1 milj. eiro.", 1000000, "EUR", True),
]


@pytest.mark.parametrize(("lang", "text", "value", "unit", "approx"), TABLE)
def test_quantity_table(
    lang: str, text: str, value: int | float | None, unit: str | None, approx: bool
) -> None:
    found = find_quantities(text, lang)
    if unit is None and value is None:  # the number is not a counted quantity
        assert all(q.unit is None for q in found)
        return
    assert found, text
    q = found[0]
    assert (q.value, q.unit, q.approximate) == (value, unit, approx)
    if q.unit_span is not None:  # the unit is outside the number (after it, or before it)
        assert q.unit_span[0] >= q.end or q.unit_span[1] <= q.start


def test_integers_stay_int() -> None:
    (q,) = find_quantities("1.2 million mines", "en")
    assert q.value == 1200000 and isinstance(q.value, int)
    (q,) = find_quantities("2.5 percent of land", "en")
    assert q.value == 2.5 and isinstance(q.value, float)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Under Article 5, states must clear mines."),
        ("en", "The 5th Review Conference met on 20 August 2025."),
        ("en", "The meeting starts at 10:30 in room B."),
        ("en", "Call +380 44 123 4567 for details."),
        ("en", "PFM-1 and MON-50 mines were found."),
        ("en", "A 62-year-old man was injured in 2024."),
        ("en", "1. Introduction\n2. Findings"),
        ("en", "In six months the exit takes effect."),
        ("en", "Some 20% of the victims were children."),
        ("uk", "Близько 40% постраждалих становлять діти."),
        ("en", "Press release 10.7.2025 14.00\nThe 1997 Mine Ban Treaty"),
        ("fi", "19.6.2025 klo 16.21 | päivitetty klo 17.05"),
        ("uk", "Відповідно до статті 5 держави мають розміновувати."),
        ("uk", "62-річний чоловік підірвався у 2024 році."),
        ("ru", "Согласно статье 5 и пункту 2 протокола."),
        ("pl", "Zgodnie z art. 5 konwencji."),
        ("lt", "Pagal 5 straipsnį valstybės privalo."),
        ("lv", "Saskaņā ar 5. pantu valstis."),
        ("et", "Artikli 5 kohaselt peavad riigid."),
        ("fi", "Artiklan 5 mukaan valtioiden on raivattava."),
        ("de", "Nach Artikel 5 und der 26. Vertragsstaatenkonferenz."),
        ("fr", "Selon l'article 5 de la convention, le 3 décembre 1997."),
    ],
)
def test_not_quantities(lang: str, text: str) -> None:
    assert [q for q in find_quantities(text, lang) if q.unit is not None] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In 2023 mines killed 1,983 people on 20 August 2025 in six months."),
        ("uk", "20 лютого 2026 року, через шість місяців, 2 тис. мін."),
        ("fi", "vuoteen 2015 mennessä yli miljoona jalkaväkimiinaa, 20. elokuuta 2025"),
    ],
)
def test_no_number_inside_a_date(lang: str, text: str) -> None:
    dates = find_dates(text, lang, "2025-08-21")
    for q in find_quantities(text, lang):
        assert q.text == text[q.start : q.end]
        assert all(q.end <= d.start or q.start >= d.end for d in dates)


@pytest.mark.parametrize("lang", ["en", "uk", "ru", "pl", "lt", "lv", "et", "fi", "de", "fr"])
def test_invariants(lang: str) -> None:
    text = " ".join(r[1] for r in TABLE if r[0] == lang)
    found = find_quantities(text, lang)
    assert found
    for q in found:
        assert isinstance(q, QuantityMention)
        assert text[q.start : q.end] == q.text
        assert (q.unit is None) == (q.unit_span is None)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    assert QUANTITIES_VERSION == "minewatch.quantities.v1"


def test_nothing_to_find() -> None:
    assert find_quantities("", "en") == []
    assert find_quantities("No numbers here at all.", "fr") == []


def test_gold_recall_floor() -> None:
    """Gold quantities are found in the evidence sentence with the gold value (floor pinned)."""
    index = {d["id"]: d for d in map(json.loads, (CORPUS / "index.jsonl").open())}
    hit = total = 0
    cache: dict[str, list[QuantityMention]] = {}
    for g in map(json.loads, (CORPUS / "gold.jsonl").open()):
        if g["quantity"] is None:
            continue
        doc = index[g["doc"]]
        text = (CORPUS / "docs" / f"{g['doc']}.txt").read_text(encoding="utf-8")
        if g["doc"] not in cache:
            cache[g["doc"]] = find_quantities(text, doc["lang"])
        start = text.find(g["evidence"])
        end = start + len(g["evidence"])
        left = max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1
        rights = [i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0]
        a, b = min(left, start), max(min(rights) if rights else len(text), end)
        total += 1
        hit += any(q.start < b and q.end > a and q.value == g["quantity"] for q in cache[g["doc"]])
    assert total > 60
    assert hit / total >= 0.9


def test_every_dev_document_in_every_language_keeps_the_invariants() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((CORPUS / "docs").glob("*.txt"))]
    for lang in ("en", "uk", "ru", "pl", "lt", "lv", "et", "fi", "de", "fr"):
        for text in texts[::4]:
            found = find_quantities(text, lang)
            assert all(text[q.start : q.end] == q.text for q in found)
            assert all(a.end <= b.start for a, b in itertools.pairwise(found))
            assert all((q.unit is None) == (q.unit_span is None) for q in found)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="0123456789 .,-–:+%milonthusandjkмлнтис.двіminy", max_size=80))
def test_fuzz(text: str) -> None:
    for lang in ("en", "uk", "pl"):
        for q in find_quantities(text, lang):
            assert text[q.start : q.end] == q.text
            assert q.value is None or q.value >= 0


QUANTITY_KEYS = {
    "lang",
    "source",
    "percent_of_victims",
    "number_words",
    "scales",
    "scale_alone",
    "fixed",
    "vague",
    "approx",
    "range",
    "currency_symbols",
    "dot_ordinals",
    "not_after",
    "not_before",
    "ordinal_suffixes",
    "per_year",
    "units",
    "units_before",
}


@pytest.mark.parametrize("lang", ["en", "uk", "ru", "pl", "lt", "lv", "et", "fi", "de", "fr"])
def test_lexicon_schema(lang: str) -> None:
    """One schema for every language; each file names its source; unit regexes compile."""
    import re

    from minewatch.extract.numbers import load_lexicon

    lex = load_lexicon("quantities", lang)
    assert set(lex) <= QUANTITY_KEYS, set(lex) - QUANTITY_KEYS
    assert lex["lang"] == lang and len(lex["source"]) > 20
    for value in lex["scales"]:
        assert float(value) in (1e3, 1e6, 1e9)
    for patterns in lex["units"].values():
        for pattern in patterns:
            re.compile(pattern)
    assert {"mines", "people", "km2", "percent", "votes", "explosive items"} <= set(lex["units"])


def test_a_time_word_far_after_a_number_is_not_its_unit() -> None:
    from minewatch.extract.quantities import find_quantities

    found = find_quantities("Mines killed 12 people and injured 30 in Myanmar last year.", "en")
    assert [(q.value, q.unit) for q in found] == [(12, "people"), (30, None)]
    assert [(q.value, q.unit) for q in find_quantities("It took 30 long years.", "en")] == [
        (30, "years")
    ]
