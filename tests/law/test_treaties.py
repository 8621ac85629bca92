"""Treaties as data: the bundled YAML files, their names, and a third treaty from YAML alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from minewatch.errors import FactError
from minewatch.law import (
    Facts,
    bundled_treaties,
    get_treaty,
    load_treaty,
    state_status,
    treaty_entry_into_force,
    withdrawal_of,
)
from minewatch.law.calendar import add_months, first_of_month_after
from minewatch.states import LANGUAGES
from tests.law.helpers import FILLER, act

TREATIES = bundled_treaties()


def test_bundled_treaties_have_their_rules() -> None:
    apmbc, ccm = TREATIES["APMBC"], TREATIES["CCM"]
    assert apmbc.instruments_for_entry_into_force == 40
    assert ccm.instruments_for_entry_into_force == 30
    assert {o.id: o.years for o in apmbc.obligations if o.years} == {
        "stockpile_destruction": 4,
        "clearance": 10,
    }
    assert {o.id: o.years for o in ccm.obligations if o.years} == {
        "stockpile_destruction": 8,
        "clearance": 10,
    }
    for treaty in (apmbc, ccm):
        assert treaty.withdrawal_months == 6
        assert treaty.armed_conflict_clause
        assert (treaty.annual_report_month, treaty.annual_report_day) == (4, 30)
        assert treaty.cite(treaty.withdrawal.article).startswith(f"{treaty.id} Art. 20")


@pytest.mark.parametrize("treaty_id", ["APMBC", "CCM"])
def test_names_in_ten_languages(treaty_id: str) -> None:
    names = TREATIES[treaty_id].names
    assert set(names) == set(LANGUAGES)
    assert all(names[lang] for lang in LANGUAGES)


@pytest.mark.parametrize(
    ("treaty_id", "name"),
    [("APMBC", "Ottawa Convention"), ("APMBC", "Оттавська конвенція"),
     ("APMBC", "Оттавская конвенция"), ("APMBC", "konwencja ottawska"),
     ("APMBC", "Otavos konvencija"), ("APMBC", "Otavas konvencija"),
     ("APMBC", "Ottawa konventsioon"), ("APMBC", "Ottawan sopimus"),
     ("APMBC", "Ottawa-Konvention"), ("APMBC", "Convention d'Ottawa"),
     ("CCM", "Convention on Cluster Munitions"), ("CCM", "Конвенція про касетні боєприпаси"),
     ("CCM", "Конвенция по кассетным боеприпасам"), ("CCM", "konwencja o amunicji kasetowej"),
     ("CCM", "konwencja dublińska")],
)  # fmt: skip
def test_known_aliases(treaty_id: str, name: str) -> None:
    assert name in {n for names in TREATIES[treaty_id].names.values() for n in names}


def test_unknown_treaty() -> None:
    with pytest.raises(FactError, match="MW407 unknown treaty 'XYZ'"):
        get_treaty("XYZ")


ATT_YAML = """
id: ATT
source: https://treaties.un.org/ (Arms Trade Treaty, test copy)
opened_for_signature: 2013-06-03
names:
  en: [Arms Trade Treaty, ATT]
  de: [Vertrag über den Waffenhandel]
rules:
  signature: {article: "20", text: Open for signature at UN Headquarters.}
  consent: {article: "21", text: Subject to ratification, acceptance or approval.}
  entry_into_force:
    article: "22(1)"
    instruments: 50
    months_after_month: 3
    text: In force ninety days after the fiftieth instrument (modelled here in months).
  state_entry_into_force:
    article: "22(2)"
    months_after_month: 3
    text: For later States, ninety days after their deposit (modelled here in months).
  succession: {article: general law of treaties, text: Bound from the date of succession.}
  withdrawal:
    article: "24(2)"
    months: 3
    armed_conflict_clause: false
    text: Withdrawal takes effect ninety days after receipt (modelled here in months).
  obligations:
    - {id: initial_report, article: "13(1)", years: 1, text: First report within a year.}
  annual_report: {article: "13(3)", month: 5, day: 31, text: Annual report by 31 May.}
"""


def test_a_third_treaty_needs_only_a_yaml_file(tmp_path: Path) -> None:
    path = tmp_path / "att.yaml"
    path.write_text(ATT_YAML, encoding="utf-8")
    att = load_treaty(path)
    codes = [*FILLER, "HUN", "ISL", "ITA", "JAM", "JPN", "KEN", "LIE", "LTU", "LUX", "MLT"]
    instruments = [act("ratification", "2014-09-25", iso3, "ATT") for iso3 in codes[:50]]
    facts = Facts(
        (*instruments, act("accession", "2016-01-31", "POL", "ATT"),
         act("withdrawal_notification", "2020-11-30", "POL", "ATT")),
        conflicts=(),
    )  # fmt: skip
    assert treaty_entry_into_force(att, facts).value == date(2014, 12, 1)
    status = state_status(att, facts, "POL", date(2020, 1, 1))
    assert status.status == "party"
    assert status.entry_into_force_date == date(2016, 4, 1)
    assert status.row()["initial_report_due"] == "2017-04-01"
    assert status.next_annual_report_due == date(2020, 5, 31)
    assert withdrawal_of(att, facts, "POL").effective == date(2021, 2, 28)


def test_incomplete_treaty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("id: BAD\nsource: x\n", encoding="utf-8")
    with pytest.raises(FactError, match=r"MW410 bad\.yaml: missing"):
        load_treaty(path)


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [("2025-08-31", 6, "2026-02-28"), ("2027-08-31", 6, "2028-02-29"),
     ("2025-08-20", 6, "2026-02-20"), ("2025-12-31", 6, "2026-06-30"),
     ("2025-03-31", -1, "2025-02-28"), ("2024-02-29", 12, "2025-02-28")],
)  # fmt: skip
def test_add_months(start: str, months: int, expected: str) -> None:
    assert add_months(date.fromisoformat(start), months) == date.fromisoformat(expected)


def test_first_of_month_after() -> None:
    assert first_of_month_after(date(1998, 9, 16), 6) == date(1999, 3, 1)
    assert first_of_month_after(date(2012, 12, 27), 6) == date(2013, 6, 1)
