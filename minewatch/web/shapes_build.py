"""Build ``static/countries.json`` (ISO3 -> SVG path) from Natural Earth 110m TopoJSON.

Run once when the shapes change, with the ``world-atlas`` npm package unpacked somewhere::

    npm pack world-atlas && tar xzf world-atlas-2.0.2.tgz
    python -m minewatch.web.shapes_build package/countries-110m.json

The TopoJSON is decoded here (delta-encoded, quantised arcs), projected equirectangularly onto a
1000 x 500 viewBox (longitude -180..180, latitude 85..-60; Antarctica dropped) and written as one
compact path string per country keyed by ISO 3166-1 alpha-3 (from the ISO numeric id).
"""

from __future__ import annotations

import json
import sys
from itertools import pairwise
from pathlib import Path
from typing import Any

import pycountry

WIDTH, HEIGHT = 1000.0, 500.0
LAT_TOP, LAT_BOTTOM = 85.0, -60.0
OUT = Path(__file__).parent / "static" / "countries.json"
SPECIAL = {"-99": None}  # disputed areas without an ISO code are drawn in grey
NAMES_WITHOUT_ID = {"Kosovo": "XKX", "N. Cyprus": None, "Somaliland": None}


def _decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    scale = topo["transform"]["scale"]
    translate = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def _project(lon: float, lat: float) -> tuple[float, float]:
    lat = max(min(lat, LAT_TOP), LAT_BOTTOM)
    x = (lon + 180.0) / 360.0 * WIDTH
    y = (LAT_TOP - lat) / (LAT_TOP - LAT_BOTTOM) * HEIGHT
    return round(x, 1), round(y, 1)


def _ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> str:
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    if any(abs(b[0] - a[0]) > 180 for a, b in pairwise(points)):
        # the ring crosses the antimeridian: draw it continuously east of 180 (clipped there)
        points = [(lon + 360 if lon < 0 else lon, lat) for lon, lat in points]
    projected: list[tuple[float, float]] = []
    for lon, lat in points:
        p = _project(lon, lat)
        if not projected or projected[-1] != p:
            projected.append(p)
    if len(projected) < 3:
        return ""
    head = f"M{projected[0][0]:g} {projected[0][1]:g}"
    return head + "".join(f"L{x:g} {y:g}" for x, y in projected[1:]) + "Z"


def _iso3(geometry: dict[str, Any]) -> str | None:
    numeric = geometry.get("id")
    name = geometry.get("properties", {}).get("name", "")
    if numeric is None or numeric in SPECIAL:
        return NAMES_WITHOUT_ID.get(name)
    country = pycountry.countries.get(numeric=str(numeric).zfill(3))
    return None if country is None else str(country.alpha_3)


def build(topojson_path: Path) -> dict[str, dict[str, str]]:
    """Decode the TopoJSON and return ``{iso3: {"name": ..., "d": path}}``."""
    topo = json.loads(topojson_path.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    shapes: dict[str, dict[str, str]] = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        iso3 = _iso3(geometry)
        if iso3 is None or iso3 == "ATA":
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        d = "".join(_ring(ring, arcs) for polygon in polygons for ring in polygon)
        shapes[iso3] = {"name": geometry["properties"]["name"], "d": d}
    return shapes


def main(argv: list[str]) -> None:
    shapes = build(Path(argv[0]))
    OUT.write_text(json.dumps(shapes, separators=(",", ":"), sort_keys=True), encoding="utf-8")
    print(f"{len(shapes)} shapes -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv[1:])
