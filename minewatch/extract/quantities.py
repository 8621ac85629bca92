"""Quantities in ten languages: numbers, scale words, ranges and the noun counted (GUIDELINES §9).

"more than 1,000 civilians" -> 1000 people (approximate); "1,2 млн" -> 1200000; "від 1 до 2
мільйонів мін" -> 1000000 mines (lower bound); vague amounts ("dozens", "setki") -> value None.
Numbers inside date mentions, article numbers, ordinals, times, phone numbers and list
numbering are not quantities.  Vocabulary lives in ``data/lexicons/quantities/<lang>.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from minewatch.extract.dates import find_dates
from minewatch.extract.numbers import (
    alternation,
    check_lang,
    fold,
    load_lexicon,
    normalise_number,
    number_word_pattern,
    number_words,
    numeral_pattern,
    parse_numeral,
)

QUANTITIES_VERSION: Final = "minewatch.quantities.v1"

_UNIT_WINDOW: Final = 60
_MAX_FILLERS: Final = 3
_STOP: Final = re.compile(r"[;:!?()\[\]\n]|\.(?:\s*$|\s+(?P<next>\w))")
_TOKEN: Final = re.compile(r"[^\W\d_][\w²³'’-]*|%|‰")
_PHONE: Final = re.compile(
    r"\+\d[\d\s().-]{6,}\d|\(\d{2,5}\)\s*\d[\d\s-]{4,}\d|\d{2,4}-\d{2,3}-\d{2}(?:-\d{2})?\b"
)
_CLOCK: Final = re.compile(r"(\d{1,2})([.:])\d{2}(?!\d)")
_CLOCK_BEFORE: Final = re.compile(r"(?:klo|kl\.|kell|um|at|à|o|о|в|godz\.|val\.)\s*$", re.I)
_CLOCK_AFTER: Final = re.compile(r"[^\S\n]*(?:$|\n|uhr|h\b|[ap]\.?m\.?|val\.)", re.I)
_LIST_ITEM: Final = re.compile(r"^[ \t]*\d{1,3}[.)](?=\s)", re.M)


@dataclass(frozen=True, slots=True)
class QuantityMention:
    """A number in ``text`` (``source[start:end]``), its value, and the noun it counts."""

    start: int
    end: int
    text: str
    value: int | float | None
    unit: str | None
    unit_span: tuple[int, int] | None
    approximate: bool


@dataclass(frozen=True, slots=True)
class _Rules:
    lang: str
    pattern: re.Pattern[str]
    scales: dict[str, float]
    fixed: dict[str, float]
    words: dict[str, float]
    units: re.Pattern[str]
    unit_names: tuple[str, ...]
    not_after: re.Pattern[str]
    not_before: re.Pattern[str]
    ordinal_after: re.Pattern[str]
    dot_ordinals: bool
    currency_before: dict[str, str]
    per_year: re.Pattern[str]
    units_before: re.Pattern[str]
    of_victims: re.Pattern[str]
    units_before_map: dict[str, str]


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _lower(forms: list[str] | None) -> list[str]:
    return [str(f).lower() for f in forms or []]


def _value_map(section: dict[Any, Any] | None) -> dict[str, float]:
    return {_norm(str(f)): float(v) for v, forms in (section or {}).items() for f in forms}


@lru_cache(maxsize=16)
def _rules(lang: str) -> _Rules:
    lex = load_lexicon("quantities", lang)
    scales = _value_map(lex.get("scales"))
    scale_alone = _value_map(lex.get("scale_alone"))
    fixed = _value_map(lex.get("fixed"))
    rng = lex.get("range") or {}
    scale = alternation(list(scales))
    # "1,2 million" / "1.2 Mio." written with the other decimal mark (translated text)
    foreign = r"\d{1,3}[.,]\d{1,2}(?=\s?" + scale + r"(?!\w))"
    num = f"(?:{foreign}|{numeral_pattern(lang)}|{number_word_pattern(lang)})"
    joins = alternation(_lower(rng.get("join")))
    numeral = numeral_pattern(lang)
    second = (
        r"(?:(?:\s?[-–]\s?|—)(?P<n2d>"
        + numeral
        + r")|\s+(?P<join>"
        + joins
        + r")\s+(?P<n2>"
        + num
        + r"))(?:\s?(?P<s2>"
        + scale
        + r")(?!\w))?"
    )
    counted = r"(?P<n1>" + num + r")(?:\s?(?P<s1>" + scale + r")(?!\w))?(?:" + second + ")?"
    pattern = (
        r"(?<![\w.,])"
        r"(?:(?P<approx>" + alternation(_lower(lex.get("approx"))) + r")(?:\s+|(?<=')))?"
        r"(?:(?P<from>" + alternation(_lower(rng.get("from"))) + r")\s+)?"
        r"(?:" + counted + r"|(?P<fixed>" + alternation(list(fixed)) + r")"
        r"|(?P<vague>" + alternation(_lower(lex.get("vague"))) + r")(?:\s+(?P<vs>" + scale + r"))?"
        r"|(?P<s0>" + alternation(list(scale_alone)) + r"))"
        r"(?!\w)"
    )
    scales.update(scale_alone)
    unit_items = list((lex.get("units") or {}).items())
    units = re.compile(
        "|".join(f"(?P<u{i}>(?:{'|'.join(pats)}))" for i, (_, pats) in enumerate(unit_items))
        + r"|(?!x)x",
        re.I,
    )
    cur = {str(k): str(v) for k, v in (lex.get("currency_symbols") or {}).items()}
    before = {_norm(f): str(u) for u, fs in (lex.get("units_before") or {}).items() for f in fs}
    return _Rules(
        lang=lang,
        pattern=re.compile(pattern),  # run on the lower-cased text
        scales=scales,
        fixed=fixed,
        words=number_words(lang),
        units=units,
        unit_names=tuple(name for name, _ in unit_items),
        not_after=re.compile(
            r"(?:^|(?<=\W))" + alternation(list(lex.get("not_after") or [])) + r"\s*$", re.I
        ),
        not_before=re.compile(
            r"^\.?\s*" + alternation(list(lex.get("not_before") or [])) + r"(?!\w)", re.I
        ),
        ordinal_after=re.compile(
            r"^(?:" + "|".join(lex.get("ordinal_suffixes") or ["(?!x)x"]) + r")(?!\w)", re.I
        ),
        dot_ordinals=bool(lex.get("dot_ordinals")),
        currency_before=cur,
        units_before=re.compile(
            r"(?:^|(?<=\W))(?P<u>" + alternation(list(before)) + r")[^\S\n]*$", re.I
        ),
        units_before_map=before,
        of_victims=re.compile(
            r"[^\S\n]*(?:" + alternation(list(lex.get("percent_of_victims") or [])) + r")(?!\w)",
            re.I,
        ),
        per_year=re.compile(
            r"[^\S\n]*(?:" + alternation(list(lex.get("per_year") or [])) + r")(?![\w ]*\d)", re.I
        ),
    )


def _unit_at(
    text: str, end: int, r: _Rules, max_fillers: int = _MAX_FILLERS
) -> tuple[str, int, int] | None:
    window = text[end : end + _UNIT_WINDOW]
    for stop in _STOP.finditer(window):
        nxt = stop.group("next")
        if nxt is None or nxt.isupper() or nxt.isdigit():  # "кв. км" goes on, ". The" stops
            window = window[: stop.start() + 1]
            break
    lead = len(window) - len(window.lstrip(" \u00a0\u202f\u2009"))
    if window[lead : lead + 1] in ("%", "‰"):  # "80%", "80 %" (French spacing)
        return ("percent", end + lead, end + lead + 1)
    for i, tok in enumerate(_TOKEN.finditer(window)):
        if i > max_fillers:
            break
        if re.search(r"\d", window[: tok.start()]):
            break  # another number comes first
        at = tok.start() + (2 if window[tok.start() + 1 : tok.start() + 2] == "'" else 0)
        m = r.units.match(window, at)  # (after an elided article: "d'euros", "l'")
        if m is not None and m.lastgroup is not None:
            name = r.unit_names[int(m.lastgroup[1:])]
            if name in _TIME_UNITS and i > 1:
                continue  # "30 in Myanmar last year": a later time word is a date, not the unit
            return (name, end + m.start(), end + m.end())
    return None


_TIME_UNITS = frozenset({"years", "months", "weeks", "days"})


def unit_follows(text: str, end: int, lang: str) -> bool:
    """True if a counted noun (not a time word) follows ``end`` (the date finder asks)."""
    r = _rules(check_lang(lang))
    found = _unit_at(text, end, r, 1)
    if found is None or found[0] in ("years", "months", "days", "weeks", "percent"):
        return False
    # "the 1997 Mine Ban Treaty": a capitalised noun after a year is a name (but German
    # capitalises every noun)
    return r.lang == "de" or not text[found[1] : found[1] + 1].isupper()


def _number(raw: str, r: _Rules) -> float | None:
    raw = raw.strip()
    if raw[:1].isdigit():
        return float(parse_numeral(raw, r.lang))
    return r.words.get(_norm(raw))


def _value(m: re.Match[str], r: _Rules, second: bool = True) -> tuple[float | None, bool]:
    """(value, is_word_only) for a match of the quantity pattern."""
    g = m.groupdict()
    if g["fixed"]:
        return r.fixed.get(_norm(g["fixed"])), False
    if g["vague"]:
        return None, False
    if g["s0"]:
        return r.scales.get(_norm(g["s0"])), False
    n1 = _number(g["n1"], r)
    if n1 is None:
        return None, False
    s1 = r.scales.get(_norm(g["s1"])) if g["s1"] else None
    if s1 and re.fullmatch(r"\d{1,3}[.,]\d{1,2}", g["n1"]):  # a decimal before a scale word
        n1 = float(g["n1"].replace(",", "."))
    word_only = not g["n1"][:1].isdigit() and s1 is None
    v1 = n1 * s1 if s1 else n1
    raw2 = g["n2"] or g["n2d"]
    if raw2 and second:
        n2 = _number(raw2, r)
        s2 = r.scales.get(_norm(g["s2"])) if g["s2"] else None
        if n2 is not None and s2 and not s1 and n1 * s2 <= n2 * s2:
            v1 = n1 * s2
            word_only = False
    return v1, word_only


def _rejected(text: str, start: int, end: int, m: re.Match[str], r: _Rules) -> bool:
    before = text[max(0, start - 25) : start]
    after = text[end : end + 25]
    if r.not_after.search(before) or r.not_before.match(after):
        return True
    if re.search(r"[^\W\d_]-$|[#№§/]\s?$", before):
        return True
    if re.match(r"-[^\W\d_]|/\w|[.,]\d", after):
        return True
    if r.ordinal_after.match(after):
        return True
    plain = m.group("n1") and not m.group("s1") and not (m.group("n2") or m.group("n2d"))
    if r.dot_ordinals and plain:  # "der 26. Vertragsstaatenkonferenz", "5. vuosi"
        nxt = re.match(r"\.\s*([^\W\d_])", after)
        if nxt is not None and (nxt.group(1).islower() or r.lang == "de"):
            return True
    return False


def find_quantities(text: str, lang: str) -> list[QuantityMention]:
    """Quantity mentions in ``text``, in order, never inside a date mention."""
    r = _rules(check_lang(lang))
    source, text = text, fold(text)  # same length: offsets are unchanged
    low = text.lower()
    if len(low) != len(text):  # a rare character changed length when lower-cased
        low = text
    if r.pattern.search(low) is None:
        return []
    blocked = [(d.start, d.end) for d in find_dates(source, lang, None)]
    blocked += _noise(text)
    out: list[QuantityMention] = []
    pos = 0
    while (m := r.pattern.search(low, pos)) is not None:
        start, end = m.start(), m.end()
        pos = end
        num_start = m.start("n1") if m.group("n1") else start
        second = _real_range(m, r)
        if not second:  # "passed 157 to 18": two numbers, not a range; read the second later
            end = pos = m.end("s1") if m.group("s1") else m.end("n1")
        if any(s < end and num_start < e for s, e in blocked):
            continue
        if _rejected(text, num_start, end, m, r):
            continue
        value, word_only = _value(m, r, second)
        unit = _unit_at(text, end, r, 1 if word_only else _MAX_FILLERS)
        if unit is None and m.group("n1") and m.group("n1")[:1].isdigit():
            unit = _currency(text, num_start, r) or _unit_before(text, start, r)
        if unit is not None and unit[0] == "pieces":  # "Antipersonenminen – rund 1,7 Mio. Stück"
            unit = _unit_back(text, start, r) or unit
        unit = _per_year(text, end, unit, r)
        if unit is not None and unit[0] == "percent" and r.of_victims.match(text, unit[2]):
            continue  # "20% of the victims were children" is not a quantity (GUIDELINES §9)
        if word_only and unit is None:
            continue
        if m.group("s0") and unit is None and not m.group("approx"):
            continue
        out.append(
            QuantityMention(
                start,
                end,
                source[start:end],
                normalise_number(value) if value is not None else None,
                unit[0] if unit else None,
                (unit[1], unit[2]) if unit else None,
                bool(m.group("approx")) or bool(m.group("vague")),
            )
        )
    return out


def _noise(text: str) -> list[tuple[int, int]]:
    """Spans of phone numbers, clock times ("10:30", "klo 16.21") and list numbering."""
    spans = [(m.start(), m.end()) for m in _PHONE.finditer(text)]
    spans += [(m.start(), m.end()) for m in _LIST_ITEM.finditer(text)]
    for m in _CLOCK.finditer(text):
        if m.start() and (text[m.start() - 1].isdigit() or text[m.start() - 1] in ".,"):
            continue
        if (
            m.group(2) == ":"
            or _CLOCK_AFTER.match(text, m.end())
            or _CLOCK_BEFORE.search(text, max(0, m.start() - 8), m.start())
        ):
            spans.append((m.start(), m.end()))
    return spans


def _real_range(m: re.Match[str], r: _Rules) -> bool:
    """A range needs a second number larger than the first (after scaling)."""
    raw2 = m.group("n2") or m.group("n2d")
    if not raw2:
        return True
    first, second = _number(m.group("n1"), r), _number(raw2, r)
    if first is None or second is None:
        return False
    s1 = r.scales.get(_norm(m.group("s1"))) if m.group("s1") else None
    s2 = r.scales.get(_norm(m.group("s2"))) if m.group("s2") else None
    return first * (s1 or s2 or 1) < second * (s2 or 1)


def _per_year(
    text: str, end: int, unit: tuple[str, int, int] | None, r: _Rules
) -> tuple[str, int, int] | None:
    """ "one million a year" -> per year; "1,000 mines a year" -> mines/year."""
    if (
        unit is not None
        and unit[0] in ("years", "months", "weeks", "days")
        and r.per_year.match(text, end)
    ):
        unit = None
    at = unit[2] if unit is not None else end
    rate = r.per_year.match(text, at)
    if rate is None and unit is not None:  # one word between: "min przeciwpiechotnych rocznie"
        word = re.match(r"[^\S\n]+[^\W\d_]+", text[at : at + 40])
        rate = r.per_year.match(text, at + word.end()) if word is not None else None
    if rate is None:
        return unit
    if unit is None:
        return ("per year", at + len(rate.group(0)) - len(rate.group(0).lstrip()), rate.end())
    return (f"{unit[0]}/year", unit[1], rate.end())


def _unit_back(text: str, start: int, r: _Rules) -> tuple[str, int, int] | None:
    """The counted noun written before a counter word, in the same sentence."""
    w0 = max(0, start - 80)
    window = text[w0:start]
    cut = max(window.rfind(ch) for ch in ".;:!?\n")
    found = None
    for tok in _TOKEN.finditer(window, cut + 1):
        m = r.units.match(window, tok.start())
        if m is not None and m.lastgroup is not None:
            name = r.unit_names[int(m.lastgroup[1:])]
            if name not in ("pieces", "years", "months", "weeks", "days", "percent"):
                found = (name, w0 + m.start(), w0 + m.end())
    return found


def _unit_before(text: str, start: int, r: _Rules) -> tuple[str, int, int] | None:
    """A unit written before the number ("äänin 157–18", "by a vote of 157")."""
    w0 = max(0, start - 30)
    m = r.units_before.search(text[w0:start])
    if m is None:
        return None
    return (r.units_before_map[_norm(m.group("u"))], w0 + m.start("u"), w0 + m.end("u"))


def _currency(text: str, start: int, r: _Rules) -> tuple[str, int, int] | None:
    sym = text[max(0, start - 2) : start].strip()
    if sym and sym[-1] in r.currency_before:
        pos = text.rfind(sym[-1], 0, start)
        return (r.currency_before[sym[-1]], pos, pos + 1)
    return None
