from __future__ import annotations

from pathlib import Path

import pytest

from minewatch.errors import ConfigError
from minewatch.reconcile.corroboration import corroborate, independent_sources
from minewatch.reconcile.records import ClaimSource
from minewatch.reconcile.reliability import load_table
from tests.reconcile.factory import sc


def test_syndicated_copies_and_one_outlet_count_once() -> None:
    items = [
        sc("withdrawal_deposit", "POL", "2025-08-20", doc="a", outlet="Wire", group="g1"),
        sc("withdrawal_deposit", "POL", "2025-08-21", doc="b", outlet="Daily", group="g1"),
        sc("withdrawal_deposit", "POL", "2025-08-20", doc="c", outlet="Wire"),
        sc("withdrawal_deposit", "POL", "2025-08", doc="d", outlet="Weekly"),
    ]
    result = corroborate(items)
    assert result.documents == 4
    assert result.sources == 2  # {a, b, c} linked by group g1 and outlet Wire; {d}
    assert result.outlets == ("Weekly", "Wire")


def test_independence_is_transitive() -> None:
    sources = [
        ClaimSource("a", "X", syndication_group="g"),
        ClaimSource("b", "Y", syndication_group="g"),
        ClaimSource("c", "Y"),
        ClaimSource("d", "Z"),
    ]
    groups = independent_sources(sources)
    assert sorted(sorted(s.document_id for s in g) for g in groups) == [["a", "b", "c"], ["d"]]


def test_weight_by_grade_and_denials_do_not_corroborate() -> None:
    official = sc("withdrawal_deposit", "POL", doc="n", outlet="UN Treaty Collection")
    rumour = sc("withdrawal_deposit", "POL", doc="t", outlet="x", reliability="low")
    denial = sc("withdrawal_deposit", "POL", doc="z", outlet="y", modality="denied")
    assert corroborate([official]).score == 1.0
    assert corroborate([official]).best_grade == "A"
    low = corroborate([rumour, denial])
    assert (low.sources, low.best_grade, low.score) == (1, "E", 0.2)
    two_c = corroborate(
        [
            sc("use", "RUS", doc="p", reliability="normal"),
            sc("use", "RUS", doc="q", reliability="normal"),
        ]
    )
    assert two_c.score == pytest.approx(0.84)


def test_unknown_outlet_gets_default_grade_and_table_is_configurable(tmp_path: Path) -> None:
    assert load_table().grade(ClaimSource("d", "Unheard-of Gazette")) == "F"
    custom = tmp_path / "rel.yaml"
    custom.write_text(
        "weights: {A: 1, B: 0.9, C: 0.5, D: 0.3, E: 0.1, F: 0.05}\n"
        "default: D\noutlets: {Unheard-of Gazette: B}\n",
        encoding="utf-8",
    )
    table = load_table(custom)
    assert table.grade(ClaimSource("d", "unheard-of gazette")) == "B"
    assert table.grade(ClaimSource("d", "Other")) == "D"
    item = sc("use", "RUS", doc="d", outlet="Unheard-of Gazette")
    assert corroborate([item], table).score == 0.9


def test_bad_grade_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("weights: {A: 1, B: 1, C: 1, D: 1, E: 1, F: 1}\noutlets: {X: G}\n")
    with pytest.raises(ConfigError, match="MW302"):
        load_table(bad)


def test_an_event_that_is_only_denied_is_corroborated_by_its_denials() -> None:
    items = [
        sc("withdrawal_intent", "DEU", doc="a", outlet="X", modality="denied"),
        sc("withdrawal_intent", "DEU", doc="b", outlet="Y", modality="denied"),
    ]
    assert corroborate(items).sources == 2
