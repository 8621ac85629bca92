"""Grammatical case of a name in Ukrainian, Russian and Polish (part of ``minewatch.arguments.v1``).

A name whose every reading is dative, locative, instrumental, accusative or vocative ("Україні",
"Polsce", "Польщу") is not the subject of the clause.  Readings come from the dictionaries shipped
with pymorphy3 (uk, ru) and morfeusz2 (pl); words they do not know are left undecided (``False``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_UK_RU_OBLIQUE = frozenset({"datv", "loct", "ablt", "accs", "voct", "loc2", "gen2"})
_PL_OBLIQUE = frozenset({"dat", "loc", "inst", "acc", "voc"})


@lru_cache(maxsize=2)
def _pymorphy(lang: str) -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=1)
def _morfeusz() -> Any:
    import morfeusz2

    return morfeusz2.Morfeusz()


def _uk_ru_cases(word: str, lang: str) -> set[str]:
    return {str(p.tag.case) for p in _pymorphy(lang).parse(word) if p.tag.case}


def _pl_cases(word: str) -> set[str]:
    found: set[str] = set()
    for _start, _end, (_form, _lemma, tag, *_rest) in _morfeusz().analyse(word):
        parts = tag.split(":")
        if len(parts) > 2 and parts[0] in ("subst", "adj", "ppas", "pact"):
            found.update(parts[2].split("."))
    return found


@lru_cache(maxsize=8192)
def non_subject_case(word: str, lang: str) -> bool:
    """Whether every dictionary reading of ``word`` is in a non-subject case."""
    try:
        if lang in ("uk", "ru"):
            cases = _uk_ru_cases(word, lang)
            return bool(cases) and cases <= _UK_RU_OBLIQUE
        if lang == "pl":
            cases = _pl_cases(word)
            return bool(cases) and cases <= _PL_OBLIQUE
    except Exception:  # a missing dictionary must not stop extraction
        return False
    return False


@lru_cache(maxsize=8192)
def verb_tense(word: str, lang: str) -> str | None:
    """The tense of ``word`` read as a finite verb ("futr" for "направит", "підпише"), or
    ``None`` when its likeliest reading is no finite verb (uk, ru only)."""
    if lang not in ("uk", "ru"):
        return None
    try:
        parses = _pymorphy(lang).parse(word)
    except Exception:  # a missing dictionary must not stop extraction
        return None
    if not parses or parses[0].tag.POS != "VERB" or not parses[0].tag.tense:
        return None
    return str(parses[0].tag.tense)
