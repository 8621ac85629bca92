"""Dates in ten languages: find date expressions and resolve them against the publication date.

Follows GUIDELINES §8: precision as stated (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``), relative
expressions resolved against ``published``, open periods reduced to their start.  Each mention
carries a past reading (``value``) and a future reading (``future_value``) so that the caller,
who knows the event's tense, can choose; they are equal when the text is unambiguous.

Knowledge is data: month and weekday names come from CLDR through babel, completed with their
case forms, cue words, relative expressions and date formats from
``data/lexicons/dates/<lang>.yaml``, compiled once per language in ``date_rules.py``; the
readings are computed in ``date_resolution.py``.  No dateparser:
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

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

from minewatch.extract.date_resolution import Candidate, parse_published, resolve, valid_day
from minewatch.extract.date_rules import DateRules, date_rules, groups, norm
from minewatch.extract.numbers import check_lang, fold, load_lexicon

DATES_VERSION: Final = "minewatch.dates.v1"
ROLES: Final = ("point", "since", "until", "range", "after", "duration")


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


def _abs_candidates(text: str, low: str, r: DateRules) -> list[Candidate]:
    out: list[Candidate] = []
    for source, pat in ((low, r.formats), (text, r.formats_cased)):
        for m in pat.finditer(source):
            cand = _abs_from_match(text, m.start(), m.end(), groups(m)[1], r)
            if cand is not None:
                out.append(cand)
    return out


def _abs_from_match(
    text: str, start: int, end: int, g: dict[str, str], r: DateRules
) -> Candidate | None:
    y = int(g["y"]) if g.get("y") else None
    month: int | None = None
    if g.get("m"):
        month = r.months.get(norm(g["m"]))
        if month is None:
            return None
    elif g.get("mn"):
        month = int(g["mn"])
    d = int(g["d"]) if g.get("d") else None
    if d is not None and month is None:
        return None
    if d is not None and month is not None and not valid_day(y or 2024, month, d):
        return None
    if g.get("dec") or g.get("dec2"):  # decades: "the 1990s", "1990-х", "lat 90."
        decade = int(g["dec"]) if g.get("dec") else 1900 + int(g["dec2"])
        return Candidate(start, end, "abs", y=decade + (5 if g.get("mid") else 0))
    if y is None and month is None:
        return None
    if y is not None and month is None and d is None:
        return _year_candidate(text, start, end, g, r, y)
    mode = ""
    post = None
    if y is None and r.month_post is not None:  # "im März dieses Jahres", "mars dernier"
        post = r.month_post.match(text[end : end + 30])
        if post is not None:
            mode = r.month_post_map[norm(post.group("cue"))]
            end += post.end()
    if y is None and d is None:  # a month on its own (cues may license it)
        form = norm(g["m"])
        window = text[max(0, start - 30) : start]
        cue = r.alone_cue.search(window) or r.role_after.match(text[end : end + 30]) or post
        bare = text[start:end].strip().lower() == g["m"].strip().lower()
        if bare and (r.alone_needs_cue or form in r.ambiguous) and cue is None:
            return None
    if y is None and g.get("m") and not mode:  # "last July", "šā gada 20. augustā"
        window = text[max(0, start - 30) : start]
        mod = r.month_mod_before.search(window)
        if mod is not None:
            mode = r.month_mod[norm(mod.group("cue"))]
            start -= len(window) - mod.start("cue")
    role = "range" if g.get("dd") else "point"  # "20–21 серпня": the first day
    return Candidate(start, end, "abs", y=y, m=month, d=d, mode=mode, role=role)


def _year_candidate(
    text: str, start: int, end: int, g: dict[str, str], r: DateRules, y: int
) -> Candidate | None:
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
        return Candidate(start, end, "abs", y=y, role="range")
    return Candidate(start, end, "abs", y=y, bare_year=bare)


def _unit_follows(text: str, end: int, lang: str) -> bool:
    from minewatch.extract.quantities import unit_follows  # quantities imports this module

    return unit_follows(text, end, lang)


def _weekday_candidates(text: str, low: str, r: DateRules) -> list[Candidate]:
    out = []
    for m in r.weekday.finditer(low):
        wd = r.weekdays.get(norm(m.group("wd")))
        if wd is None:
            continue
        if m.group("mod") is None and norm(m.group("wd")) in r.weekday_needs_mod:
            continue
        mode = r.weekday_mod.get(norm(m.group("mod") or ""), "")
        end = m.end()
        if r.weekday_post is not None:
            post = r.weekday_post.match(text[end : end + 20])
            if post is not None:
                mode = r.weekday_mod.get(norm(post.group("cue")), mode)
                end += post.end()
        mode = mode if mode != "this" else ""
        out.append(Candidate(m.start(), end, "weekday", offset=wd, mode=mode))
    return out


def _relative_candidates(text: str, low: str, r: DateRules) -> list[Candidate]:
    out = []
    for m in r.relative.finditer(low):
        entry = r.relative_map.get(norm(m.group(0)))
        if entry is not None:
            unit, offset, role = entry
            out.append(Candidate(m.start(), m.end(), "rel", unit=unit, offset=offset, role=role))
    return out


def _era_candidates(text: str, low: str, r: DateRules) -> list[Candidate]:
    out = []
    for m in r.eras.finditer(low):
        era = r.era_map.get(norm(m.group(0)))
        if era is not None:
            out.append(Candidate(m.start(), m.end(), "abs", y=era[0], m=era[1]))
    return out


def _duration_candidates(text: str, low: str, r: DateRules) -> list[Candidate]:
    out = []
    for m in r.durations.finditer(low):
        branch, g = groups(m)
        if g.get("h"):
            unit, amount = "month", 6
        else:
            unit = r.duration_units.get(norm(g.get("u", "")), "")
            raw = g.get("n")
            if raw is None and norm(g.get("u", "")) not in r.bare_units:
                continue  # "years after", "within weeks": no amount
            if raw is None:
                amount = 1
            elif raw.isdigit():
                amount = int(raw)
            else:
                amount = int(r.numbers.get(norm(raw), 0))
            if not unit or amount <= 0:
                continue
        if r.duration_ago[branch]:  # "two years ago", "два роки тому": a point in the past
            ago = Candidate(m.start(), m.end(), "duration", unit=unit, offset=-amount, mode="ago")
            out.append(ago)
        else:
            out.append(
                Candidate(
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


def _select(cands: list[Candidate]) -> list[Candidate]:
    """Longest non-overlapping candidates, in text order."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []

    def key(c: Candidate) -> tuple[bool, int, int]:
        dated = c.kind == "abs" and c.y is not None and not c.bare_year
        return (not dated, -(c.end - c.start), c.start)

    for c in sorted(cands, key=key):
        if all(c.end <= s or c.start >= e for s, e in taken):
            chosen.append(c)
            taken.append((c.start, c.end))
    return sorted(chosen, key=lambda c: c.start)


# --------------------------------------------------------------------------- context


def _absorb(text: str, cands: list[Candidate], r: DateRules) -> list[Candidate]:
    """Attach modifiers, weekday+date pairs, ranges and role cues to the selected spans."""
    out: list[Candidate] = []
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
    final: list[Candidate] = []
    for i, c in enumerate(out):
        if c.kind != "duration" and c.role == "point" and c.unit != "now":
            cued = _role_cues(text, c, r, final[-1].end if final else 0)
            if i + 1 == len(out) or cued.end <= out[i + 1].start:  # never over the next one
                c = cued
        final.append(c)
    return final


def _merge_ranges(text: str, cands: list[Candidate], r: DateRules) -> list[Candidate]:
    out: list[Candidate] = []
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


def _role_cues(text: str, c: Candidate, r: DateRules, floor: int) -> Candidate:
    w0 = max(floor, c.start - 40)
    m = r.role_before.search(text[w0 : c.start])
    if m is not None:
        role = r.role_before_map.get(norm(m.group("cue")))
        if role and role != "point":
            c = replace(c, start=w0 + m.start("cue"), role=role)
    a = r.role_after.match(text[c.end : c.end + 30])
    if a is not None and c.role != "point":
        role = r.role_after_map.get(norm(a.group("cue")), "point")
        return replace(c, end=c.end + a.end()) if role in ("point", c.role) else c
    if c.role != "point":
        return c
    if a is not None:
        role = r.role_after_map.get(norm(a.group("cue")), "point")
        return replace(c, end=c.end + a.end(), role=role)
    if c.kind == "abs":
        low = text[c.start : c.end].lower()
        for ending, role in r.role_endings:
            if low.endswith(ending):
                return replace(c, role=role)
    return c


# --------------------------------------------------------------------------- API


@lru_cache(maxsize=8)
def _spans(text: str, lang: str) -> tuple[Candidate, ...]:
    """Selected candidates of ``text``: independent of the publication date, so cached (the
    pipeline and the quantity finder ask for the same text one after the other)."""
    r = date_rules(lang)
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
    pub = parse_published(published)
    out = []
    for c in cands:
        value, future = resolve(c, pub)
        relative = c.kind != "abs" or c.y is None
        text_span = text[c.start : c.end]
        out.append(DateMention(c.start, c.end, text_span, value, future, relative, c.role, c.unit))
    return _of_that_year(out, text, check_lang(lang))


@lru_cache(maxsize=16)
def _same_year(lang: str) -> re.Pattern[str] | None:
    words = load_lexicon("dates", lang).get("same_year") or []
    return re.compile(r"\s*(?:" + "|".join(words) + r")(?!\w)", re.I) if words else None


_MONTH_VALUE = re.compile(r"^\d{4}-(\d{2})$")


def _of_that_year(found: list[DateMention], text: str, lang: str) -> list[DateMention]:
    """ "adopted in 2008 and opened for signature in December of that year": a year-less month
    followed by "of that year" takes the year named last before it (GUIDELINES §8)."""
    pattern = _same_year(lang)
    if pattern is None:
        return found
    out: list[DateMention] = []
    for d in found:
        month = _MONTH_VALUE.match(d.value or "") if d.relative else None
        after = pattern.match(text, d.end) if month else None
        years = [p for p in out if not p.relative and re.fullmatch(r"\d{4}", p.value or "")]
        if month and after and years:
            value = f"{years[-1].value}-{month.group(1)}"
            end = after.end()
            d = replace(
                d,
                end=end,
                text=text[d.start : end],
                value=value,
                future_value=value,
                relative=False,
            )
        out.append(d)
    return out
