"""Dates in ten languages: find date expressions and resolve them against the publication date.

Follows GUIDELINES §8: precision as stated (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``), relative
expressions resolved against ``published``, open periods reduced to their start.  Each mention
carries a past reading (``value``) and a future reading (``future_value``) so that the caller,
who knows the event's tense, can choose; they are equal when the text is unambiguous.

Knowledge is data: month and weekday names come from CLDR through babel, completed with their
case forms, cue words, relative expressions and date formats from
``data/lexicons/dates/<lang>.yaml``.  Regexes are compiled once per language.  No dateparser:
every format in scope is covered by the lexicon, which is ~60x faster on whole documents.

Conventions of a mention:

* the span includes the cue words that set its role or modify it: "since 2014", "by the end of
  2025", "Наприкінці 2024 року", "vuoteen 2015 mennessä", "on Tuesday last week", "mars dernier";
* ``relative`` is true whenever the value needs the publication date: weekdays, yesterday, last
  year, durations, "now", and also year-less dates ("27 December", "у лютому"), whose ``value``
  is the most recent such day/month on or before publication and ``future_value`` the next one;
* ``role`` "duration" is "in six months" (resolved, month precision) or "six months after the
  notification" (anchored to an undated event: value None); "two years ago" is a "point";
* named periods: "the full-scale invasion" -> 2022, "after the Second World War" -> 1945;
  decades: "the 1990s" -> 1990, "the mid-1980s" -> 1985 (GUIDELINES §15.8).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Final

from babel import Locale

from minewatch.extract.numbers import (
    alternation,
    check_lang,
    fold,
    load_lexicon,
    number_words,
)

DATES_VERSION: Final = "minewatch.dates.v1"
ROLES: Final = ("point", "since", "until", "range", "after", "duration")

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
class DateMention:
    """A date expression in ``text`` (``source[start:end]``) and its resolution (§8)."""

    start: int
    end: int
    text: str
    value: str | None
    future_value: str | None
    relative: bool
    role: str
    unit: str = ""  # "now" for present-status words ("currently", "šiuo metu")


@dataclass(frozen=True, slots=True)
class _Cand:
    """A candidate before resolution: an absolute, relative, weekday or duration expression."""

    start: int
    end: int
    kind: str  # "abs" | "rel" | "weekday" | "duration"
    y: int | None = None
    m: int | None = None
    d: int | None = None
    unit: str = ""  # rel: day|week|month|year|now; duration: day|week|month|year
    offset: int = 0  # rel offset, weekday number, duration amount
    mode: str = ""  # "", "past", "future"
    anchored: bool = False
    role: str = "point"
    bare_year: bool = False


@dataclass(frozen=True, slots=True)
class _Pub:
    year: int
    month: int
    day: int | None


@dataclass(frozen=True, slots=True)
class _Rules:
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


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


def _mode_map(section: dict[str, list[str]] | None) -> dict[str, str]:
    return {_norm(k): mode for mode, ks in (section or {}).items() for k in ks or []}


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
    exclude = {_norm(x) for x in lex.get(f"{kind}_exclude") or []}
    out: dict[str, int] = {}
    for key, forms in names.items():
        for form in forms:
            if _norm(form) not in exclude:
                out[_norm(fold(form))] = key
    stems = lex.get("month_stems") if kind == "months" else None
    if stems:
        for key, stem in stems.items():
            for suffix in lex.get("month_suffixes") or []:
                out[_norm(stem + suffix)] = int(key)
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


def _groups(m: re.Match[str]) -> tuple[int, dict[str, str]]:
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
            out[_norm(cue)] = role
    return out


@lru_cache(maxsize=16)
def _rules(lang: str) -> _Rules:
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
            rel_map[_norm(form)] = (entry["unit"], int(entry.get("offset", 0)), role)
    relative = re.compile(r"(?<!\w)(?:" + alternation(list(rel_map)) + r")(?!\w)")

    dur = lex.get("duration") or {}
    dunits = {_norm(f): unit for unit, forms in (dur.get("units") or {}).items() for f in forms}
    half = frozenset(_norm(f) for f in dur.get("half_year") or [])
    numbers = dict(number_words(lang))
    numbers.update(
        {_norm(str(f)): float(v) for v, fs in (dur.get("numbers") or {}).items() for f in fs}
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
        _norm(f): (int(e["year"]), int(e["month"]) if e.get("month") else None)
        for e in lex.get("eras") or []
        for f in e["forms"]
    }
    mpost = _mode_map(lex.get("month_post"))
    return _Rules(
        lang=lang,
        formats=formats,
        formats_cased=formats_cased,
        months=months,
        alone_needs_cue=bool(alone.get("needs_cue")),
        ambiguous=frozenset(_norm(x) for x in alone.get("ambiguous") or []),
        alone_cue=_before_re(cues),
        month_mod_before=_before_re(list(mmods)),
        month_mod=mmods,
        weekday=weekday_re,
        weekdays=weekdays,
        weekday_mod=wmods,
        weekday_post=_after_re(list(wpost)) if wpost else None,
        weekday_needs_mod=frozenset(_norm(x) for x in lex.get("weekdays_need_modifier") or []),
        relative=relative,
        relative_map=rel_map,
        durations=durations,
        duration_anchored=tuple(bool(t.get("anchored", False)) for t in templates),
        duration_ago=tuple(bool(t.get("ago", False)) for t in templates),
        duration_units=dunits,
        half_year=half,
        numbers=numbers,
        bare_units=frozenset(_norm(f) for f in dur.get("bare_units") or []),
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


def _abs_candidates(text: str, low: str, r: _Rules) -> list[_Cand]:
    out: list[_Cand] = []
    for source, pat in ((low, r.formats), (text, r.formats_cased)):
        for m in pat.finditer(source):
            cand = _abs_from_match(text, m.start(), m.end(), _groups(m)[1], r)
            if cand is not None:
                out.append(cand)
    return out


def _abs_from_match(text: str, start: int, end: int, g: dict[str, str], r: _Rules) -> _Cand | None:
    y = int(g["y"]) if g.get("y") else None
    month: int | None = None
    if g.get("m"):
        month = r.months.get(_norm(g["m"]))
        if month is None:
            return None
    elif g.get("mn"):
        month = int(g["mn"])
    d = int(g["d"]) if g.get("d") else None
    if d is not None and month is None:
        return None
    if d is not None and month is not None and not _valid_day(y or 2024, month, d):
        return None
    if g.get("dec") or g.get("dec2"):  # decades: "the 1990s", "1990-х", "lat 90."
        decade = int(g["dec"]) if g.get("dec") else 1900 + int(g["dec2"])
        return _Cand(start, end, "abs", y=decade + (5 if g.get("mid") else 0))
    if y is None and month is None:
        return None
    if y is not None and month is None and d is None:
        return _year_candidate(text, start, end, g, r, y)
    mode = ""
    post = None
    if y is None and r.month_post is not None:  # "im März dieses Jahres", "mars dernier"
        post = r.month_post.match(text[end : end + 30])
        if post is not None:
            mode = r.month_post_map[_norm(post.group("cue"))]
            end += post.end()
    if y is None and d is None:  # a month on its own (cues may license it)
        form = _norm(g["m"])
        window = text[max(0, start - 30) : start]
        cue = r.alone_cue.search(window) or r.role_after.match(text[end : end + 30]) or post
        bare = text[start:end].strip().lower() == g["m"].strip().lower()
        if bare and (r.alone_needs_cue or form in r.ambiguous) and cue is None:
            return None
    if y is None and g.get("m") and not mode:  # "last July", "šā gada 20. augustā"
        window = text[max(0, start - 30) : start]
        mod = r.month_mod_before.search(window)
        if mod is not None:
            mode = r.month_mod[_norm(mod.group("cue"))]
            start -= len(window) - mod.start("cue")
    role = "range" if g.get("dd") else "point"  # "20–21 серпня": the first day
    return _Cand(start, end, "abs", y=y, m=month, d=d, mode=mode, role=role)


def _year_candidate(
    text: str, start: int, end: int, g: dict[str, str], r: _Rules, y: int
) -> _Cand | None:
    bare = text[start:end].strip().isdigit()
    if bare:  # a bare number: make sure it reads as a year
        before = text[max(0, start - 3) : start]
        after = text[end : end + 3]
        if re.search(r"\d[.,:]\s?$|[#№§+]\s?$|[A-ZА-Я]-$", before):
            return None
        if re.match(r"[.,:]\d|\s?%|-\w", after):
            return None
        cue = r.alone_cue.search(text[max(0, start - 30) : start])
        if cue is None and _unit_follows(text, end, r.lang):
            return None
    if g.get("y2"):
        y2 = int(g["y2"]) if len(g["y2"]) == 4 else y // 100 * 100 + int(g["y2"])
        if y2 <= y:
            return None
        return _Cand(start, end, "abs", y=y, role="range")
    return _Cand(start, end, "abs", y=y, bare_year=bare)


def _unit_follows(text: str, end: int, lang: str) -> bool:
    from minewatch.extract.quantities import unit_follows  # quantities imports this module

    return unit_follows(text, end, lang)


def _valid_day(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _weekday_candidates(text: str, low: str, r: _Rules) -> list[_Cand]:
    out = []
    for m in r.weekday.finditer(low):
        wd = r.weekdays.get(_norm(m.group("wd")))
        if wd is None:
            continue
        if m.group("mod") is None and _norm(m.group("wd")) in r.weekday_needs_mod:
            continue
        mode = r.weekday_mod.get(_norm(m.group("mod") or ""), "")
        end = m.end()
        if r.weekday_post is not None:
            post = r.weekday_post.match(text[end : end + 20])
            if post is not None:
                mode = r.weekday_mod.get(_norm(post.group("cue")), mode)
                end += post.end()
        out.append(_Cand(m.start(), end, "weekday", offset=wd, mode=mode if mode != "this" else ""))
    return out


def _relative_candidates(text: str, low: str, r: _Rules) -> list[_Cand]:
    out = []
    for m in r.relative.finditer(low):
        entry = r.relative_map.get(_norm(m.group(0)))
        if entry is not None:
            unit, offset, role = entry
            out.append(_Cand(m.start(), m.end(), "rel", unit=unit, offset=offset, role=role))
    return out


def _era_candidates(text: str, low: str, r: _Rules) -> list[_Cand]:
    out = []
    for m in r.eras.finditer(low):
        era = r.era_map.get(_norm(m.group(0)))
        if era is not None:
            out.append(_Cand(m.start(), m.end(), "abs", y=era[0], m=era[1]))
    return out


def _duration_candidates(text: str, low: str, r: _Rules) -> list[_Cand]:
    out = []
    for m in r.durations.finditer(low):
        branch, g = _groups(m)
        if g.get("h"):
            unit, amount = "month", 6
        else:
            unit = r.duration_units.get(_norm(g.get("u", "")), "")
            raw = g.get("n")
            if raw is None and _norm(g.get("u", "")) not in r.bare_units:
                continue  # "years after", "within weeks": no amount
            if raw is None:
                amount = 1
            elif raw.isdigit():
                amount = int(raw)
            else:
                amount = int(r.numbers.get(_norm(raw), 0))
            if not unit or amount <= 0:
                continue
        if r.duration_ago[branch]:  # "two years ago", "два роки тому": a point in the past
            out.append(_Cand(m.start(), m.end(), "duration", unit=unit, offset=-amount, mode="ago"))
        else:
            out.append(
                _Cand(
                    m.start(),
                    m.end(),
                    "duration",
                    unit=unit,
                    offset=amount,
                    anchored=r.duration_anchored[branch],
                    role="duration",
                )
            )
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest non-overlapping candidates, in text order."""
    chosen: list[_Cand] = []
    taken: list[tuple[int, int]] = []

    def key(c: _Cand) -> tuple[bool, int, int]:
        dated = c.kind == "abs" and c.y is not None and not c.bare_year
        return (not dated, -(c.end - c.start), c.start)

    for c in sorted(cands, key=key):
        if all(c.end <= s or c.start >= e for s, e in taken):
            chosen.append(c)
            taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


# --------------------------------------------------------------------------- context


def _absorb(text: str, cands: list[_Cand], r: _Rules) -> list[_Cand]:
    """Attach modifiers, weekday+date pairs, ranges and role cues to the selected spans."""
    out: list[_Cand] = []
    for c in cands:
        if c.kind == "rel" and c.unit == "week" and c.offset in (-1, 1) and out:
            prev = out[-1]
            gap = text[prev.end : c.start]
            if prev.kind == "weekday" and re.fullmatch(r"[\s,]*(?:of|de|der)?\s*", gap):
                # "on Tuesday last week", "у вівторок минулого тижня", "tiistaina viime viikolla"
                mode = "prevweek" if c.offset < 0 else "nextweek"
                out[-1] = replace(prev, end=c.end, mode=mode)
                continue
        if c.kind == "abs" and out and out[-1].kind == "weekday" and not out[-1].mode:
            gap = text[out[-1].end : c.start]
            if c.d is not None and re.fullmatch(r"[\s,]*", gap):
                out[-1] = replace(c, start=out[-1].start)
                continue
        if c.kind in ("abs", "rel", "weekday"):
            floor = out[-1].end if out else 0
            w0 = max(floor, c.start - 40)
            mm = r.point_before.search(text[w0 : c.start])
            if mm is not None:
                c = replace(c, start=w0 + mm.start("cue"))
        out.append(c)
    out = _merge_ranges(text, out, r)
    final: list[_Cand] = []
    for i, c in enumerate(out):
        if c.kind != "duration" and c.role == "point" and c.unit != "now":
            cued = _role_cues(text, c, r, final[-1].end if final else 0)
            if i + 1 == len(out) or cued.end <= out[i + 1].start:  # never over the next one
                c = cued
        final.append(c)
    return final


def _merge_ranges(text: str, cands: list[_Cand], r: _Rules) -> list[_Cand]:
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        if i + 1 < len(cands) and a.kind == "abs" and cands[i + 1].kind == "abs":
            b = cands[i + 1]
            if r.range_join.match(text[a.end : b.start]):
                floor = out[-1].end if out else 0
                w0 = max(floor, a.start - 30)
                st = r.range_start.search(text[w0 : a.start])
                dash = re.fullmatch(r"\s*[-–—]\s*", text[a.end : b.start]) is not None
                if st is not None or dash:
                    if a.y is None and b.y is not None:
                        a = replace(a, y=b.y)
                    start = w0 + st.start("cue") if st is not None else a.start
                    out.append(replace(a, start=start, end=b.end, role="range"))
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


def _role_cues(text: str, c: _Cand, r: _Rules, floor: int) -> _Cand:
    w0 = max(floor, c.start - 40)
    m = r.role_before.search(text[w0 : c.start])
    if m is not None:
        role = r.role_before_map.get(_norm(m.group("cue")))
        if role and role != "point":
            c = replace(c, start=w0 + m.start("cue"), role=role)
    a = r.role_after.match(text[c.end : c.end + 30])
    if a is not None and c.role != "point":
        role = r.role_after_map.get(_norm(a.group("cue")), "point")
        return replace(c, end=c.end + a.end()) if role in ("point", c.role) else c
    if c.role != "point":
        return c
    if a is not None:
        role = r.role_after_map.get(_norm(a.group("cue")), "point")
        return replace(c, end=c.end + a.end(), role=role)
    if c.kind == "abs":
        low = text[c.start : c.end].lower()
        for ending, role in r.role_endings:
            if low.endswith(ending):
                return replace(c, role=role)
    return c


# --------------------------------------------------------------------------- resolution


def _parse_published(published: str | None) -> _Pub | None:
    if not published:
        return None
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", published.strip())
    if m is None:
        return None
    return _Pub(int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None)


def _ym(y: int, m: int, add: int = 0) -> str:
    idx = y * 12 + (m - 1) + add
    return f"{idx // 12:04d}-{idx % 12 + 1:02d}"


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str:
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def _resolve(c: _Cand, pub: _Pub | None) -> tuple[str | None, str | None]:
    if c.kind == "abs" and c.y is not None:
        v = _fmt(c.y, c.m, c.d)
        return v, v
    if pub is None:
        return None, None
    if c.kind == "abs":
        return _resolve_no_year(c, pub)
    if c.kind == "rel":
        v = _resolve_rel(c.unit, c.offset, pub)
        return v, v
    if c.kind == "weekday":
        return _resolve_weekday(c, pub)
    return _resolve_duration(c, pub)


def _resolve_no_year(c: _Cand, pub: _Pub) -> tuple[str, str]:
    assert c.m is not None
    here = (pub.month, pub.day if pub.day is not None else 31)
    key = (c.m, c.d if c.d is not None else 1)
    past_y = pub.year if key <= here else pub.year - 1
    if c.d is None:
        fut_y = pub.year if c.m >= pub.month else pub.year + 1
    else:
        fut_y = pub.year if key > here or (pub.day is None and c.m == pub.month) else pub.year + 1
    past, fut = _fmt(past_y, c.m, c.d), _fmt(fut_y, c.m, c.d)
    if c.d is not None and not _valid_day(past_y, c.m, c.d):
        past = _fmt(past_y, c.m)
    if c.d is not None and not _valid_day(fut_y, c.m, c.d):
        fut = _fmt(fut_y, c.m)
    if c.mode == "this":
        same = _fmt(pub.year, c.m, c.d)
        return same, same
    if c.mode == "past":
        return past, past
    if c.mode == "future":
        return fut, fut
    return past, fut


def _resolve_rel(unit: str, offset: int, pub: _Pub) -> str:
    if unit == "year":
        return _fmt(pub.year + offset)
    if unit == "month":
        return _ym(pub.year, pub.month, offset)
    if unit == "now" or pub.day is None:
        return _ym(pub.year, pub.month)
    base = dt.date(pub.year, pub.month, pub.day)
    if unit == "week":
        return (base + dt.timedelta(days=7 * offset)).strftime("%Y-%m")
    return (base + dt.timedelta(days=offset)).isoformat()


def _resolve_weekday(c: _Cand, pub: _Pub) -> tuple[str, str]:
    if pub.day is None:
        v = _ym(pub.year, pub.month)
        return v, v
    base = dt.date(pub.year, pub.month, pub.day)
    if c.mode in ("prevweek", "nextweek"):
        monday = base - dt.timedelta(days=base.weekday() + (7 if c.mode == "prevweek" else -7))
        v = (monday + dt.timedelta(days=c.offset)).isoformat()
        return v, v
    back = (base.weekday() - c.offset) % 7
    ahead = (c.offset - base.weekday()) % 7 or 7
    past = (base - dt.timedelta(days=back)).isoformat()
    fut = (base + dt.timedelta(days=ahead)).isoformat()
    if c.mode == "past":
        return past, past
    if c.mode == "future":
        return fut, fut
    return past, fut


def _resolve_duration(c: _Cand, pub: _Pub) -> tuple[str | None, str | None]:
    if c.anchored:
        return None, None
    if c.mode == "ago":  # at the precision of the unit: years ago -> YYYY, days ago -> day
        if c.unit == "year":
            v = _fmt(pub.year + c.offset)
        elif c.unit == "day" and pub.day is not None:
            v = (dt.date(pub.year, pub.month, pub.day) + dt.timedelta(days=c.offset)).isoformat()
        elif c.unit == "day" or c.unit == "week":
            base = dt.date(pub.year, pub.month, pub.day or 1)
            days = c.offset * (7 if c.unit == "week" else 1)
            v = (base + dt.timedelta(days=days)).strftime("%Y-%m")
        else:
            v = _ym(pub.year, pub.month, c.offset)
        return v, v
    if c.unit == "month":
        v = _ym(pub.year, pub.month, c.offset)
    elif c.unit == "year":
        v = _ym(pub.year, pub.month, 12 * c.offset)
    else:
        base = dt.date(pub.year, pub.month, pub.day or 1)
        days = c.offset * (7 if c.unit == "week" else 1)
        v = (base + dt.timedelta(days=days)).strftime("%Y-%m")
    return v, v


# --------------------------------------------------------------------------- API


@lru_cache(maxsize=8)
def _spans(text: str, lang: str) -> tuple[_Cand, ...]:
    """Selected candidates of ``text``: independent of the publication date, so cached (the
    pipeline and the quantity finder ask for the same text one after the other)."""
    r = _rules(lang)
    work = fold(text)
    low = work.lower()
    if len(low) != len(work):  # a rare character changed length when lower-cased
        low = work
    cands = _abs_candidates(work, low, r)
    cands += _weekday_candidates(work, low, r)
    cands += _relative_candidates(work, low, r)
    cands += _duration_candidates(work, low, r)
    cands += _era_candidates(work, low, r)
    if not cands:
        return ()
    return tuple(_absorb(work, _select(cands), r))


def find_dates(text: str, lang: str, published: str | None) -> list[DateMention]:
    """Date mentions in ``text`` (sorted, non-overlapping), resolved against ``published``."""
    cands = _spans(text, check_lang(lang))
    if not cands:
        return []
    pub = _parse_published(published)
    out = []
    for c in cands:
        value, future = _resolve(c, pub)
        relative = c.kind != "abs" or c.y is None
        text_span = text[c.start : c.end]
        out.append(DateMention(c.start, c.end, text_span, value, future, relative, c.role, c.unit))
    return out
