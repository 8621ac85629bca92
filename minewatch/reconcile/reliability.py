"""The outlet reliability table (Admiralty grades A-F) and the weight of a source."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType

import yaml

from minewatch.errors import ConfigError
from minewatch.reconcile.records import ClaimSource

GRADES = ("A", "B", "C", "D", "E", "F")


@dataclass(frozen=True, slots=True)
class ReliabilityTable:
    """Grades by outlet, by ingest label and by substring, with the weight of each grade."""

    weights: Mapping[str, float]
    default: str
    labels: Mapping[str, str]
    outlets: Mapping[str, str]
    contains: tuple[tuple[str, str], ...]

    def grade(self, source: ClaimSource) -> str:
        """The grade of a source: its outlet if listed, else a grade or label set at ingest."""
        outlet = source.outlet.casefold()
        if outlet in self.outlets:
            return self.outlets[outlet]
        label = source.reliability.strip()
        if label.upper() in GRADES and len(label) == 1:
            return label.upper()
        for pattern, grade in self.contains:
            if pattern in outlet:
                return grade
        return self.labels.get(label.casefold(), self.default)

    def weight(self, source: ClaimSource) -> float:
        return self.weights[self.grade(source)]


def _check_grade(grade: object, where: str) -> str:
    if grade not in GRADES:
        raise ConfigError(f"reliability table: {where}: grade {grade!r} not in A-F", code="MW302")
    return str(grade)


def _mapping(raw: Mapping[str, object], key: str) -> dict[str, object]:
    value = raw.get(key) or {}
    if not isinstance(value, Mapping):
        raise ConfigError(f"reliability table: {key} must be a mapping", code="MW302")
    return {str(k): v for k, v in value.items()}


def parse_table(raw: Mapping[str, object]) -> ReliabilityTable:
    """Validate a reliability table read from YAML."""
    weights = {
        _check_grade(g, "weights"): float(str(w)) for g, w in _mapping(raw, "weights").items()
    }
    if set(weights) != set(GRADES):
        raise ConfigError("reliability table: weights must give all grades A-F", code="MW302")

    def graded(key: str) -> dict[str, str]:
        return {k.casefold(): _check_grade(v, k) for k, v in _mapping(raw, key).items()}

    return ReliabilityTable(
        weights=MappingProxyType(weights),
        default=_check_grade(raw.get("default", "F"), "default"),
        labels=MappingProxyType(graded("labels")),
        outlets=MappingProxyType(graded("outlets")),
        contains=tuple(graded("contains").items()),
    )


@cache
def load_table(path: Path | None = None) -> ReliabilityTable:
    """The table at ``path``, or the bundled ``minewatch/data/reliability.yaml``."""
    try:
        if path is None:
            source = resources.files("minewatch") / "data" / "reliability.yaml"
            raw = yaml.safe_load(source.read_text(encoding="utf-8"))
        else:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"reliability table {path}: {exc}", code="MW302") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"reliability table {path}: not a mapping", code="MW302")
    return parse_table(raw)
