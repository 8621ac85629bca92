"""Geometry for the server-side SVG map and chart: numbers only, the templates draw them.

The map reuses the country paths in ``static/countries.json`` (see ``static/SOURCES.md``); the
chart turns a step series of (date, count) into polyline points on a fixed viewBox.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Final

SHAPES_FILE: Final = Path(__file__).parent / "static" / "countries.json"
CHART_W, CHART_H = 800, 320
PAD_L, PAD_R, PAD_T, PAD_B = 50, 20, 20, 40


@dataclass(frozen=True, slots=True)
class Shape:
    iso3: str
    name: str
    d: str


@cache
def shapes() -> tuple[Shape, ...]:
    """Every country outline, sorted by ISO3."""
    data = json.loads(SHAPES_FILE.read_text(encoding="utf-8"))
    return tuple(Shape(iso3=k, name=v["name"], d=v["d"]) for k, v in sorted(data.items()))


@cache
def drawn_iso3() -> frozenset[str]:
    return frozenset(s.iso3 for s in shapes())


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    y: float
    label: str


@dataclass(frozen=True, slots=True)
class Chart:
    """A step chart: polyline points plus axis ticks, in a CHART_W x CHART_H viewBox."""

    points: str
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    width: int = CHART_W
    height: int = CHART_H
    left: int = PAD_L
    bottom: int = CHART_H - PAD_B
    right: int = CHART_W - PAD_R
    top: int = PAD_T


def _nice_max(value: int) -> int:
    for step in (10, 20, 25, 50, 100, 200, 250, 500):
        if value <= step * 5:
            return max(step, -(-value // step) * step)
    return value


def step_chart(series: Sequence[tuple[date, int]], end: date) -> Chart:
    """Points of a step line from the first change to ``end``."""
    if not series:
        return Chart(points="", x_ticks=(), y_ticks=())
    start = date(series[0][0].year, 1, 1)
    span = max((end - start).days, 1)
    top = _nice_max(max(c for _, c in series))
    width, height = CHART_W - PAD_L - PAD_R, CHART_H - PAD_T - PAD_B

    def x(day: date) -> float:
        return round(PAD_L + (day - start).days / span * width, 1)

    def y(count: int) -> float:
        return round(PAD_T + height - count / top * height, 1)

    points: list[str] = [f"{x(start)},{y(0)}"]
    previous = 0
    for day, count in series:
        points.append(f"{x(day)},{y(previous)}")
        points.append(f"{x(day)},{y(count)}")
        previous = count
    points.append(f"{x(end)},{y(previous)}")
    years = range(start.year, end.year + 1, max(1, (end.year - start.year) // 8 or 1))
    x_ticks = tuple(Tick(x(date(yr, 1, 1)), CHART_H - PAD_B + 18, str(yr)) for yr in years)
    y_ticks = tuple(Tick(PAD_L - 8, y(v), str(v)) for v in range(0, top + 1, max(top // 5, 1)))
    return Chart(points=" ".join(points), x_ticks=x_ticks, y_ticks=y_ticks)
