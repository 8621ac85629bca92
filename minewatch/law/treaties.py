"""Treaties as data: the rules with a date in them, read from ``minewatch/data/treaties/*.yaml``.

A treaty file names the treaty in ten languages and parametrises every dated rule (instrument
threshold, periods in months, years or days, the annual report day), so that a new treaty needs
a YAML file and its facts, not code.  See ``docs/treaties.md`` for the schema.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from minewatch.errors import FactError


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of a treaty: its article and our paraphrase."""

    article: str
    text: str


@dataclass(frozen=True, slots=True)
class ObligationRule:
    """A deadline counted from the treaty's entry into force for a State."""

    id: str
    article: str
    text: str
    years: int = 0
    months: int = 0
    days: int = 0
    extension_article: str | None = None

    @property
    def period(self) -> str:
        """The period in words: "4 years", "180 days"."""
        parts = [(self.years, "year"), (self.months, "month"), (self.days, "day")]
        return " ".join(f"{n} {unit}{'s' if n != 1 else ''}" for n, unit in parts if n)


@dataclass(frozen=True, slots=True)
class Treaty:
    """A treaty's identity and its dated rules."""

    id: str
    source: str
    opened_for_signature: date
    names: Mapping[str, tuple[str, ...]]
    entry_into_force: Rule
    instruments_for_entry_into_force: int
    months_after_month: int
    state_entry_into_force: Rule
    state_months_after_month: int
    succession: Rule
    withdrawal: Rule
    withdrawal_months: int
    armed_conflict_clause: bool
    obligations: tuple[ObligationRule, ...]
    annual_report: Rule
    annual_report_month: int
    annual_report_day: int
    signature: Rule
    consent: Rule

    @property
    def name(self) -> str:
        """The usual English name."""
        return self.names["en"][0]

    def cite(self, article: str) -> str:
        """ "APMBC Art. 20(2)-(3)", or the article text itself when it is not an article."""
        return f"{self.id} Art. {article}" if article[:1].isdigit() else article


def _need(data: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in data:
        raise FactError(f"{where}: missing {key!r}", code="MW410")
    return data[key]


def _rule(data: Mapping[str, Any], where: str) -> Rule:
    return Rule(article=str(_need(data, "article", where)), text=str(_need(data, "text", where)))


def _obligation(data: Mapping[str, Any], where: str) -> ObligationRule:
    rule = ObligationRule(
        id=str(_need(data, "id", where)),
        article=str(_need(data, "article", where)),
        text=str(_need(data, "text", where)),
        years=int(data.get("years", 0)),
        months=int(data.get("months", 0)),
        days=int(data.get("days", 0)),
        extension_article=data.get("extension_article"),
    )
    if not rule.period:
        raise FactError(f"{where}: obligation {rule.id!r} has no period", code="MW410")
    return rule


def parse_treaty(data: Mapping[str, Any], where: str) -> Treaty:
    """A :class:`Treaty` from the parsed YAML mapping; ``FactError`` (MW410) if incomplete."""
    rules = _need(data, "rules", where)
    eif, state_eif = (
        _need(rules, "entry_into_force", where),
        _need(rules, "state_entry_into_force", where),
    )
    withdrawal, annual = _need(rules, "withdrawal", where), _need(rules, "annual_report", where)
    names = {str(k): tuple(str(n) for n in v) for k, v in _need(data, "names", where).items()}
    opened = _need(data, "opened_for_signature", where)
    if not isinstance(opened, date):
        raise FactError(f"{where}: opened_for_signature is not a date", code="MW410")
    return Treaty(
        id=str(_need(data, "id", where)).upper(),
        source=str(_need(data, "source", where)),
        opened_for_signature=opened,
        names=MappingProxyType(names),
        entry_into_force=_rule(eif, where),
        instruments_for_entry_into_force=int(_need(eif, "instruments", where)),
        months_after_month=int(_need(eif, "months_after_month", where)),
        state_entry_into_force=_rule(state_eif, where),
        state_months_after_month=int(_need(state_eif, "months_after_month", where)),
        succession=_rule(_need(rules, "succession", where), where),
        withdrawal=_rule(withdrawal, where),
        withdrawal_months=int(_need(withdrawal, "months", where)),
        armed_conflict_clause=bool(withdrawal.get("armed_conflict_clause", False)),
        obligations=tuple(_obligation(o, where) for o in rules.get("obligations", [])),
        annual_report=_rule(annual, where),
        annual_report_month=int(_need(annual, "month", where)),
        annual_report_day=int(_need(annual, "day", where)),
        signature=_rule(_need(rules, "signature", where), where),
        consent=_rule(_need(rules, "consent", where), where),
    )


def load_treaty(path: Path) -> Treaty:
    """Read one treaty file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise FactError(f"{path.name}: cannot read treaty file: {exc}", code="MW410") from exc
    if not isinstance(data, dict):
        raise FactError(f"{path.name}: not a mapping", code="MW410")
    return parse_treaty(data, path.name)


@cache
def bundled_treaties() -> Mapping[str, Treaty]:
    """The treaties shipped in ``minewatch/data/treaties``, by id ("APMBC", "CCM")."""
    folder = resources.files("minewatch") / "data" / "treaties"
    treaties = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            data = yaml.safe_load(entry.read_text(encoding="utf-8"))
            treaty = parse_treaty(data, entry.name)
            treaties[treaty.id] = treaty
    return MappingProxyType(treaties)


def get_treaty(treaty_id: str, treaties: Mapping[str, Treaty] | None = None) -> Treaty:
    """The treaty with this id; ``FactError`` (MW407) if unknown."""
    known = bundled_treaties() if treaties is None else treaties
    treaty = known.get(treaty_id.upper())
    if treaty is None:
        raise FactError(f"unknown treaty {treaty_id!r} (known: {', '.join(known)})", code="MW407")
    return treaty
