"""Build ``minewatch/data/states/states.csv`` from pycountry, babel (CLDR) and our additions.

Run ``.venv/bin/python scripts/build_states.py`` after upgrading pycountry or babel, or after
editing ``entities.csv``, ``names_additions.csv`` or ``un_members.txt``; review the diff; commit.
At run time Minewatch reads only the generated CSV, so results do not depend on library versions.

Within one language a name must point to one state.  When two states claim the same name, the
name is kept for the claim of best rank (our additions, then CLDR, then ISO 3166 names, then
derived variants) and a tie drops it from both; every such decision is printed.
"""

from __future__ import annotations

import csv
import gettext
import re
import sys
from collections import defaultdict
from pathlib import Path

import pycountry
from babel import Locale

from minewatch.states import fold_name

LANGS = ("en", "uk", "ru", "pl", "lt", "lv", "et", "fi", "de", "fr")
DATA = Path(__file__).resolve().parents[1] / "minewatch" / "data" / "states"
RANK_ADDITION, RANK_CLDR, RANK_ISO, RANK_DERIVED = 0, 1, 2, 3

Claims = dict[tuple[str, str], dict[str, int]]  # (iso3, lang) -> name -> best rank


def read_un_members() -> set[str]:
    text = (DATA / "un_members.txt").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return {code for line in lines for code in line.split()}


def read_csv(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def variants(name: str) -> list[str]:
    """Derived spellings: "A" for "A (qualifier)", "and" for "&", "Saint" for "St."."""
    found = []
    match = re.fullmatch(r"(.+?) \((.+)\)", name)
    if match:
        found.append(match.group(1))
    if " & " in name:
        found.append(name.replace(" & ", " and "))
    if name.startswith("St. "):
        found.append("Saint " + name[4:])
    return found


def claim(claims: Claims, iso3: str, lang: str, name: str, rank: int) -> None:
    name = " ".join(name.split())
    if name.lower().startswith("the "):
        name = name[4:]
    if not name or "," in name:
        return
    names = claims[(iso3, lang)]
    names[name] = min(rank, names.get(name, rank))
    for variant in variants(name):
        claim(claims, iso3, lang, variant, RANK_DERIVED)


def iso_names(country: object) -> list[str]:
    return [
        str(getattr(country, attr))
        for attr in ("common_name", "name", "official_name")
        if getattr(country, attr, None)
    ]


def collect(entries: dict[str, tuple[str | None, str]]) -> Claims:
    """Every (iso3, lang) -> {name: rank} claim from all sources."""
    claims: Claims = defaultdict(dict)
    for row in read_csv("names_additions.csv"):
        claim(claims, row["iso3"], row["lang"], row["name"], RANK_ADDITION)
    for lang in LANGS:
        territories = Locale(lang).territories
        for iso3, (iso2, _kind) in entries.items():
            if iso2 and iso2 in territories:
                claim(claims, iso3, lang, territories[iso2], RANK_CLDR)
        translate = (
            (lambda s: s)
            if lang == "en"
            else gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
        )
        for iso3 in entries:
            country = pycountry.countries.get(alpha_3=iso3)
            for english in iso_names(country) if country else []:
                translated = translate(english)
                if lang == "en" or translated != english:
                    claim(claims, iso3, lang, translated, RANK_ISO)
    return claims


def resolve_collisions(claims: Claims) -> None:
    """Leave each folded name, within a language, to one state only."""
    owners: dict[tuple[str, str], list[tuple[int, str, str]]] = defaultdict(list)
    for (iso3, lang), names in claims.items():
        for name, rank in names.items():
            owners[(lang, fold_name(name))].append((rank, iso3, name))
    for (lang, _key), holders in sorted(owners.items()):
        if len({iso3 for _, iso3, _ in holders}) < 2:
            continue
        holders.sort()
        best_rank = holders[0][0]
        winners = {iso3 for rank, iso3, _ in holders if rank == best_rank}
        keep = winners.pop() if len(winners) == 1 else None
        for _rank, iso3, name in holders:
            if iso3 != keep:
                claims[(iso3, lang)].pop(name, None)
                print(f"{lang}: {name!r} dropped from {iso3} (kept for {keep})", file=sys.stderr)


def ordered(names: dict[str, int], primary: list[str]) -> list[str]:
    rest = sorted((n for n in names if n not in primary), key=lambda n: (names[n], n))
    return [n for n in primary if n in names] + rest


def build() -> list[dict[str, str]]:
    members = read_un_members()
    special = {row["iso3"]: row for row in read_csv("entities.csv")}
    entries: dict[str, tuple[str | None, str]] = {}
    for country in pycountry.countries:
        kind = "state" if country.alpha_3 in members else "entity"
        entries[country.alpha_3] = (country.alpha_2, kind)
    for iso3, row in special.items():
        entries[iso3] = (row["iso2"] or None, row["kind"])
    claims = collect(entries)
    resolve_collisions(claims)
    primaries: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in read_csv("names_additions.csv"):
        if row["primary"] == "1":
            primaries[(row["iso3"], row["lang"])].append(row["name"])
    rows = []
    for iso3, (iso2, kind) in sorted(entries.items()):
        per_lang = {lang: ordered(claims[(iso3, lang)], primaries[(iso3, lang)]) for lang in LANGS}
        found = pycountry.countries.get(alpha_3=iso3)
        iso_english = [getattr(found, "common_name", None), getattr(found, "name", None)]
        plain = [n for n in iso_english if n and "," not in n and "(" not in n]
        english = primaries[(iso3, "en")] or plain or per_lang["en"]
        row = {"iso3": iso3, "iso2": iso2 or "", "kind": kind, "name": english[0]}
        row.update({lang: " | ".join(per_lang[lang]) for lang in LANGS})
        rows.append(row)
    return rows


def main() -> None:
    rows = build()
    target = DATA / "states.csv"
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["iso3", "iso2", "kind", "name", *LANGS])
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} rows to {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
