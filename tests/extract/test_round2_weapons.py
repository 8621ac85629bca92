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


def test_a_date_in_a_relative_clause_dates_that_clause_not_the_act() -> None:
    text = (
        "Украина, которая с 2006 года являлась участником Оттавской конвенции, массово "
        "минировала приграничные районы Курской области."
    )
    assert _one(text, "ru", "use").date != "2006"
    text = (
        "Russland hat in der Ukraine Antipersonenminen in einem Ausmaß verlegt, das Europa "
        "seit 1945 nicht gesehen hat."
    )
    assert _one(text, "de", "use").date != "1945"
    text = "Russia has laid anti-personnel mines in Ukraine, which it invaded in 2022."
    assert _one(text, "en", "use").date != "2022"


def test_a_date_in_the_relative_clause_of_the_act_still_dates_it() -> None:
    text = "Ukraine named Russia, which laid anti-personnel mines in Kharkiv region in 2022."
    assert _one(text, "en", "use").date == "2022"


def test_a_production_capacity_keeps_its_yearly_quantity() -> None:
    c = _one("Belma could make up to 1.2 million anti-personnel mines a year.", "en", "production")
    assert (c.actor, c.modality, c.quantity, c.unit) == ("Belma", "possible", 1200000, "mines/year")
    c = _one("Polska chce produkować milion min przeciwpiechotnych rocznie.", "pl", "production")
    assert (c.quantity, c.unit) == (1000000, "mines/year")


def test_make_without_weapons_is_not_production() -> None:
    assert not _claims("Poland will make a decision on the border next year.", "en")


_MONITOR = "Der Landminen-Monitor zählt Opfer von Antipersonenminen. "


def test_a_comma_list_after_a_locative_is_all_territory() -> None:
    text = (
        _MONITOR
        + "Laut dem Bericht hätten nichtstaatliche Gruppen in Myanmar, Kolumbien und Nigeria "
        + "Minen verlegt."
    )
    uses = [c for c in _claims(text, "de", "2025-12-01") if c.type == "use"]
    assert {(c.actor, c.counterpart) for c in uses} == {
        ("non-state armed groups", "MMR"),
        ("non-state armed groups", "COL"),
        ("non-state armed groups", "NGA"),
    }


def test_a_fronted_locative_does_not_swallow_the_subjects() -> None:
    uses = [
        c
        for c in _claims("In Ukraine, Russia and Belarus laid anti-personnel mines.", "en")
        if c.type == "use"
    ]
    assert {c.actor for c in uses} == {"RUS", "BLR"}


def test_an_emoji_before_a_capital_ends_a_sentence_of_a_post() -> None:
    from minewatch.extract.segment import segment

    text = "Вони знову мінували дороги 😡 У середу там підірвався трактор. Добре 👍 але мало."
    assert [s.text for s in segment(text, "uk")] == [
        "Вони знову мінували дороги 😡",
        "У середу там підірвався трактор.",
        "Добре 👍 але мало.",
    ]
    post = (
        'Окупанти у вівторок засипали Ізюм "пелюстками" - по всьому місту розкидано сотні ПФМ-1 😡 '
        "У середу на них підірвалися двоє людей."
    )
    assert _one(post, "uk", "use").date == "2025-03-04"


def test_a_month_of_last_or_next_year_is_a_year_away() -> None:
    from minewatch.extract.dates import find_dates

    cases = [
        ("pl", "w listopadzie ubiegłego roku", "2024-11"),
        ("ru", "в марте прошлого года", "2024-03"),
        ("de", "im März vergangenen Jahres", "2024-03"),
        ("en", "last November", "2024-11"),
        ("fr", "en novembre dernier", "2024-11"),
        ("en", "next November", "2026-11"),
        ("pl", "w marcu przyszłego roku", "2026-03"),
        ("en", "last July", "2025-07"),
        ("en", "in November", "2025-11"),
    ]
    for lang, text, value in cases:
        assert [d.value for d in find_dates(text, lang, "2025-11-14")] == [value], text


def test_we_in_a_weapon_act_is_the_state_the_text_is_about() -> None:
    text = (
        "Lietuva 2003 metais ratifikavo Otavos konvenciją. Lietuva laikėsi konvencijos. "
        "Vėliau sunaikinome visas savo priešpėstinių minų atsargas."
    )
    assert _one(text, "lt", "destruction").actor == "LTU"
    text = (
        "Finland ratified the Ottawa Convention in 2012. Finland respected the treaty. "
        "We destroyed all our anti-personnel mine stocks."
    )
    assert _one(text, "en", "destruction").actor == "FIN"


def test_polish_plural_conditional_and_in_case_of_threat_are_possible() -> None:
    text = (
        "Polska buduje zakład produkcji min przeciwpiechotnych. W razie ataku miny mogłyby "
        "zostać ułożone wzdłuż granicy z Białorusią."
    )
    assert _one(text, "pl", "use").modality == "possible"


def test_finnish_connegative_of_intending_denies_the_act() -> None:
    from minewatch.extract.modality import modality

    text = "Miinoja ei puolustusministeriön mukaan aiota asentaa rajalle rauhan aikana."
    start = text.index("asentaa")
    # "negated": the pipeline makes it `denied` (or a status for status types)
    assert modality(text, start, start + len("asentaa"), "use", "fi") == "negated"


def test_preparations_for_an_act_make_it_planned() -> None:
    from minewatch.extract.modality import modality

    for lang, text, word in [
        ("et", "Keskus on juba alustanud ettevalmistusi jalaväemiinide ostmiseks.", "ostmiseks"),
        ("en", "The agency has begun preparations to buy anti-personnel mines.", "buy"),
        ("de", "Die Behörde hat mit den Vorbereitungen begonnen, Minen zu kaufen.", "kaufen"),
    ]:
        start = text.index(word)
        assert modality(text, start, start + len(word), "transfer", lang) == "planned", text


def test_a_pronoun_chain_keeps_the_weapons_in_view() -> None:
    text = (
        "Latvija nākamgad plāno iegādāties kājnieku mīnas, un tās glabās noliktavās.\n"
        "Ministrija uzsver, ka miera laikā tās netiks izvietotas. "
        "Tās varētu izmantot tikai uzbrukuma gadījumā."
    )
    uses = [c for c in _claims(text, "lv", "2025-12-27") if c.type == "use"]
    assert {(c.actor, c.modality) for c in uses} == {("LVA", "denied"), ("LVA", "possible")}
