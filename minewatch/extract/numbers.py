"""Numerals shared by the date and quantity finders: lexicon loading, digit numerals, number words.

Separators come from CLDR through babel (``get_decimal_symbol`` / ``get_group_symbol``); news
text also uses plain and thin spaces, so every space-grouping language accepts all three.  Number
words ("two", "шести", "kuuden", "półtora") live in ``data/lexicons/quantities/<lang>.yaml``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import yaml
from babel.numbers import get_decimal_symbol, get_group_symbol

LANGS: Final = ("en", "uk", "ru", "pl", "lt", "lv", "et", "fi", "de", "fr")
LEXICONS: Final = Path(__file__).resolve().parent.parent / "data" / "lexicons"
SPACES: Final = " \u00a0\u202f\u2009"
_SPACE_CLASS: Final = "[ \u00a0\u202f\u2009]"
# One-to-one character folding: offsets in the folded text equal offsets in the source.
_FOLDS: Final = (("’", "'"), ("ʼ", "'"), ("`", "'"), ("‘", "'"), ("ё", "е"), ("Ё", "Е"))


def fold(text: str) -> str:
    """Apostrophe variants to "'", "ё" to "е"; same length, so offsets are unchanged."""
    for a, b in _FOLDS:
        if a in text:
            text = text.replace(a, b)
    return text


def check_lang(lang: str) -> str:
    """Normalise a language code; unknown languages fall back to English rules."""
    code = (lang or "en").lower()[:2]
    return code if code in LANGS else "en"


class _Loader(yaml.SafeLoader):
    """YAML 1.2 booleans: only true/false, so that "on", "no", "ja" stay words."""


_Loader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


@lru_cache(maxsize=64)
def load_lexicon(kind: str, lang: str) -> dict[str, Any]:
    """The parsed YAML lexicon ``data/lexicons/<kind>/<lang>.yaml`` (cached)."""
    path = LEXICONS / kind / f"{lang}.yaml"
    with path.open(encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=_Loader)
    if not isinstance(data, dict) or data.get("lang") != lang or not data.get("source"):
        raise ValueError(f"{path}: lexicon must be a mapping with 'lang: {lang}' and a 'source'")
    return data


def alternation(forms: list[str] | tuple[str, ...] | set[str]) -> str:
    """A regex matching any of the literal phrases (spaces match any run of whitespace).

    Built as a trie ("ab(?:c|d)" rather than "abc|abd"): Python's ``re`` tries alternatives one
    by one, so a trie is several times faster on the long word lists of the lexicons.  Longer
    continuations are tried first, so the longest phrase wins as with a longest-first list."""
    trie: dict[str, Any] = {}
    for form in forms:
        words = str(form).split()
        if not words:
            continue
        node = trie
        for ch in " ".join(words):
            node = node.setdefault(ch, {})
        node[""] = {}
    return "(?:" + _emit(trie) + ")" if trie else "(?!x)x"


def _emit(node: dict[str, Any]) -> str:
    branches = []
    leaves = []
    for ch in sorted(k for k in node if k):
        child = node[ch]
        if set(child) == {""}:
            leaves.append(ch)
        else:
            branches.append(_piece(ch) + _emit(child))
    if len(leaves) == 1:
        branches.append(_piece(leaves[0]))
    elif leaves:
        branches.append("[" + "".join(_class_char(c) for c in leaves) + "]")
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a phrase may end here: the continuation is optional (greedy)
        return f"(?:{body})?" if branches else ""
    return body


def _piece(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def _class_char(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch


@lru_cache(maxsize=16)
def separators(lang: str) -> tuple[str, str]:
    """(decimal symbol, grouping symbol) for ``lang`` from CLDR."""
    return get_decimal_symbol(lang), get_group_symbol(lang)


@lru_cache(maxsize=16)
def numeral_pattern(lang: str) -> str:
    """Regex (no groups) for a digit numeral written the way ``lang`` writes numbers."""
    dec, group = separators(lang)
    if group == ",":  # en: 1,000.5
        grouped = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
        plain = r"\d+(?:\.\d+)?"
    elif group == ".":  # de: 1.000,5 (also 1 000)
        grouped = rf"\d{{1,3}}(?:(?:\.|{_SPACE_CLASS})\d{{3}})+(?:,\d+)?"
        plain = r"\d+(?:,\d+)?"
    else:  # space grouping, decimal comma (a decimal point also occurs in translated text,
        # and "1.200.000" with point grouping in copied text)
        grouped = rf"\d{{1,3}}(?:{_SPACE_CLASS}\d{{3}})+(?:,\d+)?|\d{{1,3}}(?:\.\d{{3}}){{2,}}"
        plain = r"\d+(?:[.,]\d+)?"
    del dec
    return f"(?:{grouped}|{plain})"


def parse_numeral(raw: str, lang: str) -> int | float:
    """Value of a digit numeral matched by :func:`numeral_pattern` (ints stay ints)."""
    s = raw.strip()
    for sp in SPACES:
        s = s.replace(sp, "")
    _, group = separators(lang)
    if group == ",":
        s = s.replace(",", "")
    elif group == ".":
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
            s = s.replace(".", "")
        s = s.replace(",", ".")
    else:
        s = s.replace(",", ".")
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):  # 1.500 written with a point grouping
            s = s.replace(".", "")
    value = float(s)
    return int(value) if value.is_integer() and "." not in s else value


def normalise_number(value: float) -> int | float:
    """Integers as int, others rounded to remove float noise."""
    rounded = round(value, 6)
    return int(rounded) if float(rounded).is_integer() else rounded


@lru_cache(maxsize=16)
def number_words(lang: str) -> dict[str, float]:
    """Lower-cased number words (all listed case forms) -> value."""
    lex = load_lexicon("quantities", lang)
    out: dict[str, float] = {}
    for value, forms in (lex.get("number_words") or {}).items():
        for form in forms:
            out[str(form).lower()] = float(value)
    return out


@lru_cache(maxsize=16)
def number_word_pattern(lang: str) -> str:
    """Alternation of the number words of ``lang``."""
    return alternation(list(number_words(lang)))
