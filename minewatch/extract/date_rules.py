"""Per-language date rules, compiled once: month and weekday names (CLDR through babel, with
their case forms), cue words, relative expressions, durations, eras and formats from
``data/lexicons/dates/<lang>.yaml``. ``dates.py`` finds date expressions with them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from babel import Locale

from minewatch.extract.numbers import (
    alternation,
    fold,
    load_lexicon,
    number_words,
)

_YEAR: Final = r"(?P<y>(?:1[89]|2[01])\d\d)"
_DAY: Final = r"(?P<d>[12]\d|3[01]|0?[1-9])"
_MONTH_NUM: Final = r"(?P<mn>1[0-2]|0?[1-9])"
_COMMON_FORMATS: Final = (
    _YEAR + r"-(?P<mn>1[0-2]|0[1-9])-(?P<d>3[01]|[12]\d|0[1-9])",
    _YEAR + r"\.\s?(?P<mn>1[0-2]|0[1-9])\.\s?(?P<d>3[01]|[12]\d|0[1-9])\.?",
    _DAY + r"\.\s?" + _MONTH_NUM + r"\.\s?" + _YEAR,
    _YEAR + r"\s*[-–—]\s*(?P<y2>(?:1[89]|2[01])\d\d|\d\d)(?!\d)",
)


@dataclass(frozen=True, slots=True)
class DateRules:
    """Compiled per-language rules."""

    lang: str
    formats: re.Pattern[str]  # run on the lower-cased text
    formats_cased: re.Pattern[str]  # month names with capitals (en, de)
    months: dict[str, int]
    alone_needs_cue: bool
    ambiguous: frozenset[str]
    alone_cue: re.Pattern[str]
    month_mod_before: re.Pattern[str]
    month_mod: dict[str, str]
    weekday: re.Pattern[str]
    weekdays: dict[str, int]
    weekday_mod: dict[str, str]
    weekday_post: re.Pattern[str] | None
    weekday_needs_mod: frozenset[str]
    relative: re.Pattern[str]
    relative_map: dict[str, tuple[str, int, str]]
    durations: re.Pattern[str]
    duration_anchored: tuple[bool, ...]
    duration_ago: tuple[bool, ...]
    duration_units: dict[str, str]
    half_year: frozenset[str]
    numbers: dict[str, float]
    bare_units: frozenset[str]
    point_before: re.Pattern[str]
    role_before: re.Pattern[str]
    role_before_map: dict[str, str]
    role_after: re.Pattern[str]
    role_after_map: dict[str, str]
    range_start: re.Pattern[str]
    range_join: re.Pattern[str]
    month_post: re.Pattern[str] | None
    eras: re.Pattern[str]
    era_map: dict[str, tuple[int, int | None]]
    month_post_map: dict[str, str]
    role_endings: tuple[tuple[str, str], ...]


def norm(s: str) -> str:
    return " ".join(s.lower().split())


def _mode_map(section: dict[str, list[str]] | None) -> dict[str, str]:
    return {norm(k): mode for mode, ks in (section or {}).items() for k in ks or []}


def _before_re(cues: list[str], allow_glued: bool = True) -> re.Pattern[str]:
    """Regex matching one of ``cues`` right before a span (on a window ending at the span)."""
    sep = r"[^\S\n]*" if allow_glued else r"[^\S\n]+"  # never across a line break
    return re.compile(r"(?:^|(?<=[^\w]))(?P<cue>" + alternation(cues) + ")" + sep + r"$", re.I)


def _after_re(cues: list[str]) -> re.Pattern[str]:
    return re.compile(r"^[^\S\n]*(?P<cue>" + alternation(cues) + r")(?!\w)", re.I)


def _babel_names(lang: str, kind: str) -> dict[int, list[str]]:
    loc = Locale(lang)
    table = loc.months if kind == "months" else loc.days
    out: dict[int, list[str]] = {}
    for ctx in ("format", "stand-alone"):
        for key, name in table[ctx]["wide"].items():
            out.setdefault(int(key), []).append(str(name))
    return out


def _name_map(lang: str, kind: str, lex: dict[str, Any]) -> dict[str, int]:
    names = _babel_names(lang, kind)
    for key, forms in (lex.get(kind) or {}).items():
        names.setdefault(int(key), []).extend(str(f) for f in forms)
    exclude = {norm(x) for x in lex.get(f"{kind}_exclude") or []}
    out: dict[str, int] = {}
    for key, forms in names.items():
        for form in forms:
            if norm(form) not in exclude:
                out[norm(fold(form))] = key
    stems = lex.get("month_stems") if kind == "months" else None
    if stems:
        for key, stem in stems.items():
            for suffix in lex.get("month_suffixes") or []:
                out[norm(stem + suffix)] = int(key)
    return out


def _format_body(fmt: str, month_alt: str) -> str:
    return (
        fmt.replace("{D}", _DAY)
        .replace("{MN}", _MONTH_NUM)
        .replace("{Y}", _YEAR)
        .replace("{M}", f"(?P<m>{month_alt})")
    )


def _combine(bodies: list[str], before: str = r"(?<!\w)") -> re.Pattern[str]:
    """One regex for several alternatives (one scan instead of many): group names get the
    branch number as suffix and an empty marker group ``b_<i>`` tells which branch matched.
    Alternatives are tried in order at each position, so longer formats come first."""
    parts = []
    for i, body in enumerate(bodies):
        renamed = re.sub(r"\(\?P<(\w+)>", rf"(?P<\1_{i}>", body)
        parts.append(f"(?P<b_{i}>)(?:{renamed})")
    return re.compile(before + "(?:" + "|".join(parts or ["(?!x)x"]) + r")(?!\w)")


def groups(m: re.Match[str]) -> tuple[int, dict[str, str]]:
    """(branch number, groups without their branch suffix) of a :func:`_combine` match."""
    out: dict[str, str] = {}
    branch = -1
    for key, val in m.groupdict().items():
        if val is not None:
            name, _, idx = key.rpartition("_")
            if name == "b":
                branch = int(idx)
            else:
                out[name] = val
    return branch, out


def _cue_map(section: dict[str, Any] | None, where: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for role, places in (section or {}).items():
        for cue in (places or {}).get(where) or []:
            out[norm(cue)] = role
    return out


@lru_cache(maxsize=16)
def date_rules(lang: str) -> DateRules:
    lex = load_lexicon("dates", lang)
    months = _name_map(lang, "months", lex)
    weekdays = _name_map(lang, "weekdays", lex)
    # Every large regex runs without re.I on the lower-cased text (several times faster);
    # case-sensitive languages keep the written capitalisation of month names instead.
    cased = bool(lex.get("case_sensitive_months"))
    month_alt = alternation(_case_forms(lang, lex) if cased else list(months))
    own = [_format_body(f, month_alt) for f in lex.get("formats") or []]
    common = list(_COMMON_FORMATS)
    if lang != "en":  # 18/06/2025 (English order is ambiguous: its lexicon decides)
        common.insert(3, _DAY + r"/" + _MONTH_NUM + r"/" + _YEAR)
    formats = _combine(common if cased else common + own, r"(?<![\w.,])")
    formats_cased = _combine(own if cased else [], r"(?<![\w.,])")

    alone = lex.get("month_alone") or {}
    mmods = _mode_map(lex.get("month_modifiers"))
    roles = lex.get("roles") or {}
    role_before_map = _cue_map(roles, "before")
    role_after_map = _cue_map(roles, "after")
    point_before = list((roles.get("point") or {}).get("before") or [])
    rng = lex.get("range") or {}
    cues = [*(alone.get("cues") or []), *role_before_map, *mmods, *(rng.get("start") or [])]

    wmods = _mode_map(lex.get("weekday_modifiers"))
    wpost = _mode_map(lex.get("weekday_post"))
    weekday_re = re.compile(
        r"(?<!\w)(?:(?P<mod>"
        + alternation(list(wmods))
        + r")\s+)?(?P<wd>"
        + alternation(list(weekdays))
        + r")(?!\w)"
    )
    wmods.update(wpost)

    rel_map: dict[str, tuple[str, int, str]] = {}
    for entry in lex.get("relative") or []:
        for form in entry["forms"]:
            role = entry.get("role", "point")
            rel_map[norm(form)] = (entry["unit"], int(entry.get("offset", 0)), role)
    relative = re.compile(r"(?<!\w)(?:" + alternation(list(rel_map)) + r")(?!\w)")

    dur = lex.get("duration") or {}
    dunits = {norm(f): unit for unit, forms in (dur.get("units") or {}).items() for f in forms}
    half = frozenset(norm(f) for f in dur.get("half_year") or [])
    numbers = dict(number_words(lang))
    numbers.update(
        {norm(str(f)): float(v) for v, fs in (dur.get("numbers") or {}).items() for f in fs}
    )
    nu = (
        r"(?:(?:(?P<n>"
        + alternation(list(numbers))
        + r"|\d{1,3})\s+)?(?P<u>"
        + alternation(list(dunits))
        + r")|(?P<h>"
        + alternation(list(half))
        + "))"
    )
    templates = list(dur.get("patterns") or [])
    durations = _combine([t["pattern"].replace("{NU}", nu) for t in templates])
    eras = {
        norm(f): (int(e["year"]), int(e["month"]) if e.get("month") else None)
        for e in lex.get("eras") or []
        for f in e["forms"]
    }
    mpost = _mode_map(lex.get("month_post"))
    return DateRules(
        lang=lang,
        formats=formats,
        formats_cased=formats_cased,
        months=months,
        alone_needs_cue=bool(alone.get("needs_cue")),
        ambiguous=frozenset(norm(x) for x in alone.get("ambiguous") or []),
        alone_cue=_before_re(cues),
        month_mod_before=_before_re(list(mmods)),
        month_mod=mmods,
        weekday=weekday_re,
        weekdays=weekdays,
        weekday_mod=wmods,
        weekday_post=_after_re(list(wpost)) if wpost else None,
        weekday_needs_mod=frozenset(norm(x) for x in lex.get("weekdays_need_modifier") or []),
        relative=relative,
        relative_map=rel_map,
        durations=durations,
        duration_anchored=tuple(bool(t.get("anchored", False)) for t in templates),
        duration_ago=tuple(bool(t.get("ago", False)) for t in templates),
        duration_units=dunits,
        half_year=half,
        numbers=numbers,
        bare_units=frozenset(norm(f) for f in dur.get("bare_units") or []),
        point_before=_before_re(point_before),
        role_before=_before_re(list(role_before_map)),
        role_before_map=role_before_map,
        role_after=_after_re(list(role_after_map)),
        role_after_map=role_after_map,
        range_start=_before_re(list(rng.get("start") or []), allow_glued=False),
        range_join=re.compile(r"^\s*" + alternation(list(rng.get("join") or [])) + r"\s*$", re.I),
        month_post=_after_re(list(mpost)) if mpost else None,
        eras=re.compile(r"(?<!\w)" + alternation(list(eras)) + r"(?!\w)"),
        era_map=eras,
        month_post_map=mpost,
        role_endings=tuple(
            (ending.lower(), role)
            for role, places in roles.items()
            for ending in (places or {}).get("endings") or []
        ),
    )


def _case_forms(lang: str, lex: dict[str, Any]) -> list[str]:
    forms = [f for fs in _babel_names(lang, "months").values() for f in fs]
    forms += [str(f) for fs in (lex.get("months") or {}).values() for f in fs]
    return forms


# --------------------------------------------------------------------------- candidates
