"""Reading fact files: the bundled copies in ``minewatch/data/facts`` or a folder of the same
CSV files (the findings file is optional).  Parsing and validation are all-or-nothing: one bad
row refuses the lot."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from datetime import date
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from minewatch.errors import FactError
from minewatch.law.facts import (
    Facts,
    parse_actions,
    parse_conflicts,
    parse_extensions,
    parse_findings,
)
from minewatch.law.treaties import Treaty, bundled_treaties
from minewatch.law.validate import validate_facts

ACTIONS_FILE = "treaty_actions.csv"
EXTENSIONS_FILE = "deadline_extensions.csv"
CONFLICTS_FILE = "armed_conflicts.csv"
FINDINGS_FILE = "obligation_findings.csv"  # optional


def bundled_facts_dir() -> Traversable:
    """The folder of fact files shipped with Minewatch."""
    return resources.files("minewatch") / "data" / "facts"


def _rows(
    folder: Traversable | Path, name: str, *, optional: bool = False
) -> list[dict[str, str | None]]:
    entry = folder / name
    if optional and not entry.is_file():
        return []
    try:
        text = entry.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FactError(f"{name}: cannot read: {exc}", code="MW408") from exc
    return list(csv.DictReader(io.StringIO(text, newline="")))


def read_facts(
    folder: Traversable | Path | None = None,
    *,
    treaties: Mapping[str, Treaty] | None = None,
    today: date | None = None,
) -> Facts:
    """Parse and validate the fact files of ``folder`` (default: the bundled ones)."""
    source = bundled_facts_dir() if folder is None else folder
    facts = Facts(
        actions=parse_actions(_rows(source, ACTIONS_FILE), ACTIONS_FILE),
        extensions=parse_extensions(_rows(source, EXTENSIONS_FILE), EXTENSIONS_FILE),
        conflicts=parse_conflicts(_rows(source, CONFLICTS_FILE), CONFLICTS_FILE),
        findings=parse_findings(_rows(source, FINDINGS_FILE, optional=True), FINDINGS_FILE),
    )
    validate_facts(
        facts, bundled_treaties() if treaties is None else treaties, today or date.today()
    )
    return facts
