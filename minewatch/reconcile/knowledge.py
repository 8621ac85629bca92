"""Reconciliation knowledge read from ``minewatch/data/reconcile/*.yaml`` (cached)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml

from minewatch.errors import ConfigError
from minewatch.records import EVENT_TYPES, MODALITIES


@dataclass(frozen=True, slots=True)
class TypeRule:
    once: bool
    category: str
    law_action: str | None


@dataclass(frozen=True, slots=True)
class Dimension:
    """One way institutions differ (chamber, reading, body): its entries and patterns."""

    applies_to: frozenset[str]
    entries: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class Knowledge:
    types: Mapping[str, TypeRule]
    modality_class: Mapping[str, str]
    modality_order: tuple[str, ...]
    categories: Mapping[str, str]
    institutions: Mapping[str, Dimension]


def _read(name: str) -> Any:
    source = resources.files("minewatch") / "data" / "reconcile" / name
    return yaml.safe_load(source.read_text(encoding="utf-8"))


def _institutions(raw: Any) -> dict[str, Dimension]:
    return {
        name: Dimension(
            applies_to=frozenset(spec["applies_to"]),
            entries=tuple(
                (entry, tuple(p.casefold() for p in patterns))
                for entry, patterns in spec["entries"].items()
            ),
        )
        for name, spec in raw["dimensions"].items()
    }


@cache
def knowledge() -> Knowledge:
    """The event-type rules and institution patterns, validated against the record vocabulary."""
    types_raw = _read("event_types.yaml")
    inst_raw = _read("institutions.yaml")
    types = {
        name: TypeRule(bool(r["once"]), str(r["category"]), r.get("law_action"))
        for name, r in types_raw["types"].items()
    }
    if set(types) != set(EVENT_TYPES) or set(types_raw["modality_classes"]) != set(MODALITIES):
        raise ConfigError("event_types.yaml must list every event type and modality", code="MW301")
    return Knowledge(
        types=MappingProxyType(types),
        modality_class=MappingProxyType(dict(types_raw["modality_classes"])),
        modality_order=tuple(types_raw["modality_order"]),
        categories=MappingProxyType(dict(types_raw["categories"])),
        institutions=MappingProxyType(_institutions(inst_raw)),
    )


@lru_cache(maxsize=65536)
def institution(event_type: str, evidence: str) -> str | None:
    """The institution named in ``evidence`` (``"senate"``, ``"lower_house first_reading"``).

    A dimension whose evidence names two entries (both chambers) contributes nothing."""
    folded = evidence.casefold()
    found = []
    for dimension in knowledge().institutions.values():
        if event_type not in dimension.applies_to:
            continue
        named = [n for n, patterns in dimension.entries if any(p in folded for p in patterns)]
        if len(named) == 1:  # "the Sejm in June and the Senate in July" names neither alone
            found.append(named[0])
    return " ".join(found) or None


@cache
def _dimension_of() -> Mapping[str, str]:
    return {name: dim for dim, spec in knowledge().institutions.items() for name, _ in spec.entries}


@lru_cache(maxsize=65536)
def institutions_compatible(a: str | None, b: str | None) -> bool:
    """False when two institutions name different bodies in one dimension (Sejm vs Senate)."""
    if a is None or b is None:
        return True
    dimension_of = _dimension_of()
    left = {dimension_of[n]: n for n in a.split()}
    right = {dimension_of[n]: n for n in b.split()}
    return all(right.get(dim, name) == name for dim, name in left.items())
