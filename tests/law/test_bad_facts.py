"""Bad fact rows are refused with the file, the row and the reason; nothing is half-loaded."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from minewatch.errors import FactError
from minewatch.law import read_facts
from minewatch.law.bundle import bundled_facts_dir

HEADER = "treaty,state,iso3,action,date,succession_date,predecessor,source_urls\n"
URL = "https://example.org/x"


def _folder(tmp_path: Path, extra_actions: str = "", *, actions: str | None = None) -> Path:
    bundled = Path(str(bundled_facts_dir()))
    for name in ("deadline_extensions.csv", "armed_conflicts.csv"):
        shutil.copy(bundled / name, tmp_path / name)
    text = actions if actions is not None else (bundled / "treaty_actions.csv").read_text()
    (tmp_path / "treaty_actions.csv").write_text(text + extra_actions, encoding="utf-8")
    return tmp_path


def _row_number(folder: Path) -> int:
    return len((folder / "treaty_actions.csv").read_text().splitlines())


@pytest.mark.parametrize(
    ("row", "code", "reason"),
    [
        (f"APMBC,Atlantis,ATL,accession,2010-01-05,,,{URL}", "MW401", "unknown state 'ATL'"),
        (f"APMBC,USA,USA,accession,2025-02-30,,,{URL}", "MW402", "impossible date '2025-02-30'"),
        (f"APMBC,USA,USA,accession,05/01/2010,,,{URL}", "MW402", "malformed date '05/01/2010'"),
        (f"APMBC,USA,USA,accesion,2010-01-05,,,{URL}", "MW406", "unknown action type 'accesion'"),
        (f"APMBC,Poland,POL,ratification,2013-01-05,,,{URL}", "MW404", "second consent by POL"),
        (f"APMBC,Poland,POL,accession,2014-01-05,,,{URL}", "MW404", "second consent by POL"),
        (f"APMBC,USA,USA,withdrawal_notification,2020-01-05,,,{URL}", "MW405",
         "withdrawal_notification by USA, which never consented"),
        (f"CCM,Poland,POL,suspension_notification,2020-01-05,,,{URL}", "MW405",
         "suspension_notification by POL, which never consented"),
        (f"APMBC,Poland,POL,withdrawal_notification,2026-01-05,,,{URL}", "MW404",
         "second withdrawal_notification by POL"),
        (f"APMBC,USA,USA,accession,1996-01-05,,,{URL}", "MW403",
         "before APMBC was opened for signature on 1997-12-03"),
        (f"APMBC,USA,USA,accession,2999-01-05,,,{URL}", "MW403", "after today"),
        (f"APMBC,Poland,POL,signature,2014-01-05,,,{URL}", "MW404", "second signature by POL"),
        (f"CCM,USA,USA,ratification,2014-01-05,,,{URL}", "MW403", ""),
        (f"XYZ,USA,USA,accession,2014-01-05,,,{URL}", "MW407", "unknown treaty 'XYZ'"),
        ("APMBC,USA,USA,accession,2014-01-05,,,", "MW408", "missing source_urls"),
        (f"APMBC,Kosovo,XKX,succession,2014-01-05,,,{URL}", "MW408",
         "a succession needs succession_date and predecessor"),
        (f"APMBC,Kosovo,XKX,succession,2014-01-05,2015-01-01,SCG,{URL}", "MW403",
         "succession notified on 2014-01-05, before the succession of 2015-01-01"),
    ],
)  # fmt: skip
def test_bad_action_row_is_refused_with_row_and_reason(
    tmp_path: Path, row: str, code: str, reason: str
) -> None:
    folder = _folder(tmp_path, row + "\n")
    if code == "MW403" and not reason:
        # a signature after the consent: the signature row comes last
        folder = _folder(tmp_path, row + "\n" + f"CCM,USA,USA,signature,2015-01-05,,,{URL}\n")
        reason = "signature of 2015-01-05 after ratification of 2014-01-05"
    with pytest.raises(FactError) as info:
        read_facts(folder, today=date(2026, 11, 22))
    message = str(info.value)
    assert message.startswith(f"{code} treaty_actions.csv row {_row_number(folder)}:"), message
    assert reason in message


def test_second_ratification_names_the_later_row_even_if_listed_first(tmp_path: Path) -> None:
    actions = HEADER + (
        f"APMBC,USA,USA,ratification,2012-01-05,,,{URL}\n"
        f"APMBC,USA,USA,accession,2010-01-05,,,{URL}\n"
    )
    folder = _folder(tmp_path, actions=actions)
    with pytest.raises(FactError, match=r"MW404 treaty_actions.csv row 2: second consent by USA"):
        read_facts(folder, today=date(2026, 11, 22))


def test_bad_extension_and_conflict_rows(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    with (folder / "deadline_extensions.csv").open("a") as handle:
        handle.write(f"APMBC,5,United States,USA,2030-01-01,{URL}\n")
    with pytest.raises(FactError, match=r"MW405 deadline_extensions.csv row 23: .*USA"):
        read_facts(folder, today=date(2026, 11, 22))
    shutil.copy(Path(str(bundled_facts_dir())) / "deadline_extensions.csv", folder)
    with (folder / "armed_conflicts.csv").open("a") as handle:
        handle.write(f"POL,2020-01-01,2019-01-01,test,{URL}\n")
    with pytest.raises(FactError, match=r"MW403 armed_conflicts.csv row 3: conflict ends"):
        read_facts(folder, today=date(2026, 11, 22))


def test_good_folder_loads(tmp_path: Path) -> None:
    facts = read_facts(_folder(tmp_path), today=date(2026, 11, 22))
    assert len(facts.actions) == 522
    assert len(facts.extensions) == 21
    assert len(facts.conflicts) == 1


@pytest.mark.parametrize(
    ("row", "code", "reason"),
    [
        (f"APMBC,POL,stockpile_destruction,completed,2016-01-01,{URL}", "", ""),
        (
            f"APMBC,POL,painting,completed,2016-01-01,{URL}",
            "MW409",
            "unknown obligation 'painting'",
        ),
        (f"APMBC,POL,clearance,done,2016-01-01,{URL}", "MW406", "unknown finding 'done'"),
        (f"APMBC,USA,clearance,completed,2016-01-01,{URL}", "MW405", "USA, which never consented"),
        (f"APMBC,POL,clearance,completed,2999-01-01,{URL}", "MW403", "after today"),
    ],
)
def test_findings_rows(tmp_path: Path, row: str, code: str, reason: str) -> None:
    folder = _folder(tmp_path)
    header = "treaty,iso3,obligation,finding,date,source_url\n"
    (folder / "obligation_findings.csv").write_text(header + row + "\n", encoding="utf-8")
    if not code:
        facts = read_facts(folder, today=date(2026, 11, 22))
        assert facts.findings[0].obligation == "stockpile_destruction"
        return
    with pytest.raises(FactError) as info:
        read_facts(folder, today=date(2026, 11, 22))
    assert str(info.value).startswith(f"{code} obligation_findings.csv row 2:")
    assert reason in str(info.value)
