"""Round-2 impact and advocacy rules (sentences written for these tests, not from any corpus)."""

from __future__ import annotations

from typing import Any

import pytest

from minewatch.extract import extract_document
from minewatch.extract.gazetteer import find_mentions
from minewatch.records import TextDocument


def _claims(lang: str, text: str, published: str = "2026-03-01") -> list[tuple[str, str | None]]:
    doc = TextDocument(id="t", text=text, lang=lang, published=published)
    return [(c.type, c.actor) for c in extract_document(doc)]


REGION_FIGURES = [
    ("ru", "Фермер подорвался на противопехотной мине. В Брянской обл. за месяц на минах "
     "подорвались пять мирных жителей.", "RUS"),
    ("uk", "Росія розкидає міни. На Сумщині за тиждень на мінах підірвалися троє цивільних.",
     "UKR"),
    ("en", "Mine clearance continues. Three children were killed by a landmine in Helmand "
     "province last week.", "AFG"),
    ("en", "Mines remain a threat. Two civilians were injured by an anti-personnel mine in the "
     "Kharkiv region on Monday.", "UKR"),
    ("fr", "Les mines restent une menace. Trois civils ont été blessés par une mine "
     "antipersonnel dans la région de Kherson.", "UKR"),
    ("de", "Landminen bleiben eine Gefahr. In der Oblast Cherson wurden vier Zivilisten durch "
     "Antipersonenminen verletzt.", "UKR"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "state"), REGION_FIGURES)
def test_region_gives_the_affected_country(lang: str, text: str, state: str) -> None:
    assert ("casualties", state) in _claims(lang, text)


def test_regions_are_not_actors_by_default() -> None:
    text = "Two deminers were hurt in Helmand."
    assert not find_mentions(text, "en")
    assert [m.state for m in find_mentions(text, "en", regions=True)] == ["AFG"]


GLOBAL_SHARES = [
    ("de", "Der Bericht zählte 2024 weltweit 310 Opfer von Landminen, die meisten davon im Jemen."),
    ("en", "Anti-personnel mines killed or injured 4,100 people worldwide in 2022, most of them "
     "in Syria."),
    ("fr", "Le rapport recense 3 900 victimes des mines dans le monde en 2021, la plupart en "
     "Afghanistan."),
    ("pl", "Raport odnotował na świecie 4200 ofiar min przeciwpiechotnych w 2022 roku, "
     "większość z nich w Syrii."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), GLOBAL_SHARES)
def test_share_of_a_global_figure_is_not_its_own_figure(lang: str, text: str) -> None:
    found = [c for c in _claims(lang, text) if c[0] == "casualties"]
    assert found == [("casualties", None)]


def test_a_state_figure_keeps_its_state() -> None:
    text = "Anti-personnel mines killed or injured 4,100 people in Syria in 2022."
    assert ("casualties", "SYR") in _claims("en", text)


VAGUE_PAST = [
    ("fr", "des mines posées il y a un demi-siècle"),
    ("en", "mines laid decades ago"),
    ("de", "vor Jahrzehnten verlegte Minen"),
    ("ru", "мины, установленные полвека назад"),
    ("uk", "міни, встановлені півстоліття тому"),
    ("pl", "miny położone pół wieku temu"),
]


@pytest.mark.parametrize(("lang", "text"), VAGUE_PAST)
def test_vague_past_is_no_date(lang: str, text: str) -> None:
    from minewatch.extract.dates import find_dates

    found = find_dates(text, lang, "2025-06-14")
    assert found and all(d.value is None for d in found)


def test_two_years_ago_still_dated() -> None:
    from minewatch.extract.dates import find_dates

    assert [d.value for d in find_dates("two years ago", "en", "2025-06-14")] == ["2023"]


def test_vague_time_beats_the_sentence_day() -> None:
    doc = TextDocument(
        id="t",
        lang="en",
        published="2025-06-14",
        text="On Saturday the minister, whose country is still contaminated by anti-personnel "
        "mines that the United States laid decades ago, urged Kyiv to stop using them.",
    )
    use = [c for c in extract_document(doc) if c.type == "use" and c.actor == "USA"]
    assert use and all(c.date is None for c in use)


def test_letter_without_named_signatory_is_signed_by_its_publisher() -> None:
    text = (
        "Baltic Landmine Survivors Network | News | Letters | Donate\n\n"
        "OPEN LETTER\n\n"
        "Anti-personnel mines kill civilians long after wars end. We call on the Seimas and "
        "the Saeima to reject the bills on leaving the Ottawa Convention.\n\n"
        "Respectfully,\n\n"
        "Signatories (list in annex)\n"
        "Contact: office@example.org\n"
    )
    found = _claims("en", text, "2025-06-01")
    advocacy = {actor for kind, actor in found if kind == "advocacy"}
    assert advocacy == {"Baltic Landmine Survivors Network"}


def test_named_signatory_still_signs() -> None:
    text = (
        "Anti-personnel mines kill civilians long after wars end. We call on the Seimas to "
        "reject the bill on leaving the Ottawa Convention.\n\n"
        "Sincerely,\n\nAnna Kowalczyk\n"
    )
    advocacy = {a for k, a in _claims("en", text, "2025-06-01") if k == "advocacy"}
    assert advocacy == {"Anna Kowalczyk"}


BYLINES = [
    ("de", "Von Anna Berger | 12.05.2025, 08:00 Uhr\n\nAntipersonenminen töten noch Jahrzehnte "
     "später. Ich fordere die Regierung Polens auf, im Ottawa-Übereinkommen zu bleiben.\n"),
    ("en", "By Peter Holm · 12 May 2025\n\nAnti-personnel mines kill for decades. I urge the "
     "government of Finland to stay in the Ottawa Convention.\n"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), BYLINES)
def test_byline_with_a_date_names_the_author(lang: str, text: str) -> None:
    advocacy = {a for k, a in _claims(lang, text, "2025-05-12") if k == "advocacy"}
    assert advocacy == {"Anna Berger" if lang == "de" else "Peter Holm"}


def test_statement_on_an_organisation_site_is_the_publishers() -> None:
    text = (
        "Stowarzyszenie Ziemia bez Min | Aktualności | Kontakt\n\n"
        "OŚWIADCZENIE\n\n"
        "Warszawa, 3 marca 2026 r.\n\n"
        "Miny przeciwpiechotne zabijają cywilów. Stowarzyszenie Ziemia bez Min wzywa rząd Litwy "
        "do powrotu do konwencji ottawskiej. Apelujemy także do władz Łotwy o powrót do "
        "konwencji ottawskiej.\n"
    )
    advocacy = [(a, c.counterpart) for a, c in _advocacy("pl", text)]
    assert ("Stowarzyszenie Ziemia bez Min", "LTU") in advocacy
    assert ("Stowarzyszenie Ziemia bez Min", "LVA") in advocacy


def test_publisher_known_to_the_gazetteer_takes_its_name() -> None:
    text = (
        "Handicap International | Nos actions | Presse\n\n"
        "COMMUNIQUÉ DE PRESSE\n\n"
        "Les mines antipersonnel tuent des civils. « Nous appelons la Finlande à réintégrer la "
        "Convention d'Ottawa », déclare la directrice du plaidoyer.\n"
    )
    assert {a for a, _ in _advocacy("fr", text)} == {"Humanity & Inclusion"}


def test_byline_organisation_speaks_for_the_author() -> None:
    text = (
        "NUOMONĖ\n\n2025-05-02, autorė – Ona Petraitienė, Lietuvos Raudonojo Kryžiaus "
        "draugijos generalinė sekretorė\n\nSeimas svarsto pasitraukimą iš Otavos konvencijos. "
        "Todėl raginu Seimą balsuoti prieš pasitraukimą iš Otavos konvencijos.\n"
    )
    assert {a for a, _ in _advocacy("lt", text)} == {"Lithuanian Red Cross"}


def _advocacy(lang: str, text: str) -> list[tuple[str | None, Any]]:
    doc = TextDocument(id="t", text=text, lang=lang, published="2026-03-03")
    return [(c.actor, c) for c in extract_document(doc) if c.type == "advocacy"]


GAPPED = [
    ("uk", "Human Rights Watch закликала Вашингтон скасувати рішення про передачу протипіхотних "
     "мін, а Київ — відмовитися від застосування цих мін."),
    ("de", "Amnesty International forderte Washington auf, keine Antipersonenminen zu liefern, "
     "und Kiew – auf ihren Einsatz zu verzichten."),
    ("ru", "Human Rights Watch призвала Вашингтон отменить поставки противопехотных мин, а "
     "Киев — отказаться от их применения."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), GAPPED)
def test_gapped_clause_adds_an_addressee(lang: str, text: str) -> None:
    called = {c.counterpart for _, c in _advocacy(lang, text)}
    assert called == {"USA", "UKR"}


def test_no_gapping_without_the_dash() -> None:
    text = (
        "Human Rights Watch закликала Вашингтон скасувати рішення про передачу протипіхотних "
        "мін, а Київ заявив, що використовує їх лише на своїй території."
    )
    assert {c.counterpart for _, c in _advocacy("uk", text)} == {"USA"}
