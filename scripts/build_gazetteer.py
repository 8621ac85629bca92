"""Generate the gazetteer's inflected forms: minewatch/data/gazetteer/generated/<lang>.tsv.

    .venv/bin/python scripts/build_gazetteer.py [--check]

Reads the curated data in minewatch/data/gazetteer/*.yaml and the states table
(minewatch.states.load_states()), inflects every name with the morphology libraries
(minewatch.extract.morphology) and writes one TSV per language with the columns
``form, entity, kind, state, case, listed``:

* ``case``: ``exact`` (acronyms: the text must match exactly), ``cap`` (first letter must be a
  capital: proper names), ``mid`` (capital and not the first word of a sentence: names that
  are also common words, "Того", "Czad", "Turkey"), ``any`` (lower-case lemmas, adjectives);
* ``listed``: 1 for a name as written in the data files, 0 for a generated inflected form.

``--check`` regenerates in memory and exits 1 if the committed files differ (used by the tests'
freshness check through the manifest's source hash).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from minewatch.extract import morphology  # noqa: E402
from minewatch.extract.gazetteer import KIND_ORDER  # noqa: E402
from minewatch.states import load_states  # noqa: E402

DATA = ROOT / "minewatch" / "data" / "gazetteer"
OUT = DATA / "generated"
LANGS = ("en", "uk", "ru", "pl", "lt", "lv", "et", "fi", "de", "fr")
SOURCES = (
    "states_extra.yaml",
    "capitals.yaml",
    "demonyms.yaml",
    "institutions.yaml",
    "organisations.yaml",
    "blockers.yaml",
    "inflection.yaml",
    "groups.yaml",
    "regions.yaml",
)
STATES_CSV = ROOT / "minewatch" / "data" / "states" / "states.csv"

Row = tuple[str, str, str, str, str, int]


def _row_order(row: Row) -> tuple[object, ...]:
    """Sort key: form (case-folded), kind priority, then every field, so that a rebuild is
    byte-identical whatever the set's iteration order."""
    form, entity, kind, state, case, flag = row
    return (form.lower(), KIND_ORDER[kind], entity, case, form, state, flag)


def load(name: str) -> Any:
    with (DATA / name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def source_hash() -> str:
    digest = hashlib.sha256()
    for name in (*SOURCES, "../states/states.csv"):
        digest.update((DATA / name).read_bytes())
    digest.update(Path(morphology.__file__).read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:16]


def case_mode(form: str) -> str:
    if morphology.is_acronym(form.replace(" ", "")) and not any(c.islower() for c in form):
        return "exact"
    first = next((c for c in form if c.isalpha()), "")
    return "cap" if first.isupper() else "any"


def clean_names(names: Iterable[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        base = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
        if base and base not in out:
            out.append(base)
    return out


class Builder:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.rules: Mapping[str, Any] = {
            k: v for k, v in load("inflection.yaml").items() if k != "adjectives"
        }
        self.adj_rules: Mapping[str, Any] = load("inflection.yaml")["adjectives"]
        self.pending: list[
            tuple[str, str, str, str, bool]
        ] = []  # name, entity, kind, state, inflect
        self.rows: set[Row] = set()
        # names that are also frequent common words: matched only inside a sentence
        self.mid_sentence: set[str] = set(
            load("states_extra.yaml").get("mid_sentence", {}).get(lang, [])
        )

    def add(
        self, name: str, entity: str, kind: str, state: str | None, inflect: bool = True
    ) -> None:
        self.pending.append((name, entity, kind, state or "", inflect))

    def add_fixed(
        self, form: str, entity: str, kind: str, state: str | None, mode: str | None = None
    ) -> None:
        self.rows.add((form, entity, kind, state or "", mode or case_mode(form), 1))

    def _dictionary(self) -> dict[str, set[str]]:
        if self.lang not in morphology.DICTIONARY_LANGS:
            return {}
        heads = set()
        for name, _e, _k, _s, inflect in self.pending:
            if inflect:
                heads.add(name[max(name.rfind(" "), name.rfind("-")) + 1 :])
        return morphology.dictionary_forms(self.lang, heads)

    def inflect(self, name: str, table: Mapping[str, set[str]]) -> set[str]:
        if morphology.is_acronym(name.replace(" ", "")):
            return {name}
        if self.lang in ("uk", "ru"):
            return morphology.inflect_uk_ru(name, self.lang)
        if self.lang == "pl":
            return morphology.inflect_pl(name, self.rules)
        if self.lang in morphology.DICTIONARY_LANGS:
            return morphology.inflect_by_dictionary(name, self.lang, table, self.rules)
        return {name}

    def finish(self) -> list[Row]:
        table = self._dictionary()
        for name, entity, kind, state, inflect in self.pending:
            self.rows.add((name, entity, kind, state, self.case_for(kind, name, name), 1))
            if not inflect:
                continue
            for form in self.inflect(name, table) - {name}:
                self.rows.add((form, entity, kind, state, self.case_for(kind, name, form), 0))
        return sorted(self.rows, key=_row_order)

    def case_for(self, kind: str, name: str, form: str) -> str:
        """``case_mode`` of the name, relaxed to ``any`` where a lower-case spelling cannot be
        another word: English state names that simplemma lemmatises to a capitalised lemma
        ("russia", not "turkey"/"china"/"chad"), and uk/ru single-word states, capitals and
        institutions whose every pymorphy3 reading is the name itself (Ukrainian media write
        "росія", "москва", "кремль" in lower case)."""
        if kind == "block":
            return "any"
        if name in self.mid_sentence:
            return "mid"
        mode = case_mode(name)
        if mode != "cap":
            return mode
        if self.lang == "en" and kind == "state" and not name.startswith("the "):
            words = form.split(" ")
            if len(words) > 1 or english_proper(form):
                return "any"
        cyrillic_state = kind == "state" and "\u0400" <= form[:1] <= "\u04ff" and len(form) >= 5
        if self.lang in ("uk", "ru") and cyrillic_state and " " not in form:
            return "any" if morphology.only_reading(form, self.lang) else mode
        return mode

    def demonym_forms(self, lemma: str, table: Mapping[str, set[str]]) -> set[str]:
        if self.lang in ("uk", "ru"):
            return morphology.inflect_uk_ru(lemma, self.lang, lexeme=True)
        if self.lang == "pl":
            if lemma[:1].isupper():  # a noun: Rosjanin -> Rosjanie, Rosjan...
                return morphology.noun_forms_pl(lemma)
            return morphology.adjective_forms_pl(lemma)
        forms = {lemma}
        if self.lang in ("fi", "de", "fr"):
            forms |= table.get(lemma, set())
            forms |= suffix_only(lemma, self.lang, self.adj_rules)
        return forms


def english_proper(word: str) -> bool:
    import simplemma

    lemma = str(simplemma.lemmatize(word.lower(), "en"))
    return lemma[:1].isupper()


def suffix_only(word: str, lang: str, rules: Mapping[str, Any]) -> set[str]:
    for rule in rules.get(lang, ()):
        ending = str(rule["ending"])
        if word.endswith(ending):
            if "harmony" in rule and not morphology._harmony_ok(word, str(rule["harmony"])):
                continue
            stem = word[: len(word) - len(ending)] if ending else word
            return {stem + str(s) for s in rule["forms"]}
    return {word}


def build_language(lang: str) -> list[Row]:
    builder = Builder(lang)
    extra = load("states_extra.yaml")
    include = set(extra["include_entities"])
    dropped = set(extra.get("drop", {}).get(lang, []))
    for state in load_states():
        if state.kind != "state" and state.iso3 not in include:
            continue
        names = list(state.names.get(lang, ())) + list(
            extra["names"].get(state.iso3, {}).get(lang, [])
        )
        for name in clean_names(names):
            if name not in dropped:
                builder.add(name, state.iso3, "state", state.iso3)
    for iso3, by_lang in load("capitals.yaml").items():
        for name in clean_names([*by_lang.get(lang, []), *by_lang.get("all", [])]):
            builder.add(name, iso3, "capital", iso3)
    for entry in load("institutions.yaml"):
        state = entry.get("state")
        entity = entry.get("entity") or state
        for name in clean_names([*entry["names"].get(lang, []), *entry["names"].get("all", [])]):
            builder.add(name, entity, "institution", state, entry.get("inflect", True))
    for entry in load("organisations.yaml"):
        names = entry.get("names") or {}
        for name in clean_names([*names.get(lang, []), *names.get("all", [])]):
            builder.add(
                name, entry["entity"], entry["kind"], entry.get("state"), entry.get("inflect", True)
            )
        for acronym in entry.get("acronyms", []):
            builder.add_fixed(acronym, entry["entity"], entry["kind"], entry.get("state"), "exact")
    for entry in load("groups.yaml"):
        for name in clean_names([*entry["names"].get(lang, []), *entry["names"].get("all", [])]):
            builder.add(name, entry["entity"], "group", None)
    for iso3, by_lang in load("regions.yaml").items():
        for name in clean_names([*by_lang.get(lang, []), *by_lang.get("all", [])]):
            builder.add(name, iso3, "region", iso3)
    blockers = load("blockers.yaml")["phrases"]
    for phrase in [*blockers.get(lang, []), *blockers.get("all", [])]:
        builder.add(phrase, "", "block", None)
    table = {}
    demonyms = load("demonyms.yaml")
    lemmas = [lemma for by_lang in demonyms.values() for lemma in by_lang.get(lang, [])]
    if lang in ("fi", "de"):
        table = morphology.dictionary_forms(lang, lemmas)
    for iso3, by_lang in demonyms.items():
        for lemma in by_lang.get(lang, []):
            for form in builder.demonym_forms(lemma, table):
                builder.add_fixed(form, iso3, "demonym", iso3, "cap" if lang == "en" else None)
    return builder.finish()


def write(lang: str, rows: list[Row]) -> str:
    lines = ["form\tentity\tkind\tstate\tcase\tlisted"]
    lines += ["\t".join((f, e, k, s, c, str(listed))) for f, e, k, s, c, listed in rows]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if generated files are stale")
    parser.add_argument("--lang", action="append", help="only these languages")
    args = parser.parse_args(argv)
    langs = args.lang or list(LANGS)
    OUT.mkdir(parents=True, exist_ok=True)
    stale = []
    counts: dict[str, dict[str, int]] = {}
    for lang in langs:
        rows = build_language(lang)
        text = write(lang, rows)
        counts[lang] = {}
        for row in rows:
            counts[lang][row[2]] = counts[lang].get(row[2], 0) + 1
        path = OUT / f"{lang}.tsv"
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(lang)
        else:
            path.write_text(text, encoding="utf-8")
        print(lang, len(rows), json.dumps(counts[lang], sort_keys=True), file=sys.stderr)
    if args.check:
        if stale:
            print("stale:", " ".join(stale), file=sys.stderr)
            return 1
        return 0
    manifest = {"source_hash": source_hash(), "languages": list(LANGS), "counts": counts}
    if args.lang:
        old = (
            json.loads((OUT / "manifest.json").read_text())
            if (OUT / "manifest.json").exists()
            else {}
        )
        manifest["counts"] = {**old.get("counts", {}), **counts}
    (OUT / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
