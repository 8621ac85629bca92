"""Full-text search over stored documents: folding, light stemming, ranked hits with snippets.

Both backends index the same *folded* text (:func:`fold`): lower case, diacritics removed, and
letters Unicode does not decompose mapped by hand (``Ł→l``, ``Đ→d``, ``Ø→o``...).  Folding maps
one character to one character, so an offset in the folded text is the same offset in the stored
text; snippets are cut from the original text with the original diacritics.

Queries are folded the same way, and each word longer than four letters is reduced by
:func:`stem` (strip one inflectional ending, undo a final consonant alternation) and searched as a
prefix: ``Польща`` → ``польщ*`` finds ``Польщі``/``Польщею``; ``Polska`` → ``pols*`` finds
``Polsce``; ``lodz`` finds ``Łódź``.  SQLite uses FTS5 (``unicode61 remove_diacritics 2``, prefix
indexes) ranked by bm25; PostgreSQL a ``simple`` tsvector over the folded text with prefix
tsquery terms (``:*``) ranked by ts_rank.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, text

from minewatch.store.base import Store

_MANUAL = {
    "ł": "l", "đ": "d", "ø": "o", "ð": "d", "þ": "t", "ħ": "h", "ı": "i", "ŀ": "l",
    "ŧ": "t", "ƒ": "f", "ɨ": "i", "ß": "s", "æ": "a", "œ": "o", "ё": "е", "ї": "і",
    "й": "и", "ґ": "г", "ў": "у",
}  # fmt: skip


def _fold_char(char: str) -> str:
    lower = char.lower()
    if len(lower) != 1:  # e.g. "İ".lower() has two code points: keep the length stable
        lower = lower[0]
    manual = _MANUAL.get(lower)
    if manual is not None:
        return manual
    if lower.isascii():
        return lower
    base = unicodedata.normalize("NFD", lower)[0]
    return _MANUAL.get(base, base)


# Latin (with Extended-A/B and Additional), Greek and Cyrillic: every script in scope.  Characters
# outside these blocks are left as they are (still one character for one).
_BLOCKS = ((0x00C0, 0x0530), (0x1E00, 0x1F00))
_TABLE = str.maketrans(
    {
        code: _fold_char(chr(code))
        for start, end in ((0x0041, 0x005B), *_BLOCKS)
        for code in range(start, end)
        if _fold_char(chr(code)) != chr(code)
    }
)


def fold(value: str) -> str:
    """Lower case, strip diacritics, map ``ł→l`` and friends; ``len(fold(s)) == len(s)``."""
    if value.isascii():
        return value.lower()
    return value.translate(_TABLE)


_WORD = re.compile(r"\w+", re.UNICODE)

# Inflectional endings (folded), longest first; stripped once if a stem of >= 4 letters remains.
_ENDINGS = sorted(
    {
        # Ukrainian / Russian / Belarusian / Bulgarian
        "ами", "ями", "ого", "ому", "ими", "ием", "ией", "ею", "ою", "ей", "ой", "ом", "ем",
        "ах", "ях", "ов", "ев", "ів", "ии", "ия", "ию", "ые", "ых", "ым", "их", "им", "ие",
        "а", "я", "у", "ю", "і", "и", "ы", "е", "о", "ь",
        # Polish, Baltic, Finnish, Estonian, German, French, English
        "ami", "ach", "owi", "iem", "ego", "emu", "ych", "ymi", "ija", "ijos", "ijoje", "ijai",
        "oje", "os", "as", "is", "us", "ai", "ei", "ui", "ą", "ę", "om",
        "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "na", "nä",
        "en", "er", "es", "ing", "ed", "s",
        "a", "e", "i", "o", "u", "y", "ie",
    },
    key=len,
    reverse=True,
)  # fmt: skip
# Final consonants that alternate before endings (Polska/Polsce, rzeka/rzece, Польща/Польщі).
_ALTERNATING = ("sk", "ck", "zk", "sc", "k", "g", "ch", "c")
_MIN_STEM = 4


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A folded prefix for ``word``: strip one ending, then one alternating final consonant."""
    folded = fold(word)
    if len(folded) <= _MIN_STEM:
        return folded
    for ending in _ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= _MIN_STEM:
            folded = folded[: -len(ending)]
            break
    for tail in _ALTERNATING:
        if folded.endswith(tail) and len(folded) - 1 >= _MIN_STEM:
            return folded[:-1]
    return folded


def query_terms(query: str) -> list[str]:
    """The folded prefix terms of a query (all must match)."""
    return [stem(w) for w in _WORD.findall(query) if w.strip("_")]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One ranked search result."""

    id: int
    external_id: str | None
    title: str | None
    published: str | None
    lang: str | None
    source_name: str
    url: str | None
    rank: float
    snippet: str


MAX_SUFFIX = 5  # a prefix term matches words at most this much longer: inflections, not compounds


def _pattern(terms: list[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(t) for t in terms)
    return re.compile(rf"\b(?:{alternatives})\w{{0,{MAX_SUFFIX}}}\b")


def matches_all(folded: str, terms: list[str]) -> bool:
    """Whether every term matches a word of ``folded`` (the index over-matches long words)."""
    return all(_pattern([t]).search(folded) for t in terms)


def snippet(original: str, terms: list[str], width: int = 160) -> str:
    """A window of ``original`` around the first matched term, matches marked with [brackets]."""
    folded = fold(original)
    if not terms:
        return original[:width]
    matches = list(_pattern(terms).finditer(folded))
    if not matches:
        return original[:width].replace("\n", " ")
    first = matches[0].start()
    start = max(0, first - width // 3)
    end = min(len(original), start + width)
    parts, cursor = [], start
    for m in matches:
        if m.start() < start or m.end() > end:
            continue
        parts += [original[cursor : m.start()], "[", original[m.start() : m.end()], "]"]
        cursor = m.end()
    parts.append(original[cursor:end])
    body = "".join(parts).replace("\n", " ")
    return ("…" if start > 0 else "") + body + ("…" if end < len(original) else "")


def index_document(conn: Connection, dialect: str, doc_id: int, title: str, body: str) -> None:
    """Add a document's folded title and text to the full-text index."""
    if dialect == "postgresql":
        conn.execute(
            text(
                "UPDATE documents SET search_vector = "
                "setweight(to_tsvector('simple', :title), 'A') || to_tsvector('simple', :body) "
                "WHERE id = :id"
            ),
            {"id": doc_id, "title": fold(title), "body": fold(body)},
        )
    else:
        conn.execute(
            text("INSERT INTO documents_fts (rowid, title, body) VALUES (:id, :title, :body)"),
            {"id": doc_id, "title": fold(title), "body": fold(body)},
        )


def document_filters(
    *, lang: str | None, source: str | None, since: str | None, until: str | None, alias: str = ""
) -> tuple[list[str], dict[str, Any]]:
    """SQL conditions on ``documents`` (optionally aliased) and their parameters.

    Dates compare at the document's precision: a document of ``2025-03`` is within
    ``since=2025-03-15`` and ``until=2025-03-01``, and ``until=2025-03`` includes all of March.
    """
    d = f"{alias}." if alias else ""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if lang:
        clauses.append(f"{d}lang = :lang")
        params["lang"] = lang
    if source:
        clauses.append(f"{d}source_name = :source")
        params["source"] = source
    if since:
        clauses.append(f"{d}published >= SUBSTR(:since, 1, LENGTH({d}published))")
        params["since"] = since
    if until:
        clauses.append(f"SUBSTR({d}published, 1, :until_len) <= :until")
        params.update(until=until, until_len=len(until))
    return clauses, params


_HIT_COLUMNS = "d.id, d.external_id, d.title, d.published, d.lang, d.source_name, d.url, d.text"


def search_documents(
    store: Store,
    query: str,
    *,
    lang: str | None = None,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    limit: int = 20,
) -> list[SearchHit]:
    """Ranked hits for ``query`` (every word must match, inflected forms included)."""
    terms = query_terms(query)
    if not terms:
        return []
    clauses, params = document_filters(
        lang=lang, source=source, since=since, until=until, alias="d"
    )
    where = "".join(f" AND {c}" for c in clauses)
    if store.dialect == "postgresql":
        params["q"] = " & ".join(f"{t}:*" for t in terms)
        sql = (
            f"SELECT {_HIT_COLUMNS}, ts_rank(d.search_vector, q) AS rank "
            "FROM documents d, to_tsquery('simple', :q) q "
            f"WHERE d.search_vector @@ q{where} ORDER BY rank DESC, d.id LIMIT :limit"
        )
    else:
        params["q"] = " AND ".join(f'"{t}"*' for t in terms)
        sql = (
            f"SELECT {_HIT_COLUMNS}, -bm25(documents_fts, 2.0, 1.0) AS rank "
            "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
            f"WHERE documents_fts MATCH :q{where} ORDER BY rank DESC, d.id LIMIT :limit"
        )
    params["limit"] = limit * 4 + 20  # candidates: long words sharing a prefix are dropped below
    with store.begin() as conn:
        candidates = conn.execute(text(sql), params).all()
    rows = [r for r in candidates if matches_all(fold(f"{r.title or ''}\n{r.text}"), terms)]
    return [
        SearchHit(
            id=int(r.id),
            external_id=r.external_id,
            title=r.title,
            published=r.published,
            lang=r.lang,
            source_name=r.source_name,
            url=r.url,
            rank=round(float(r.rank), 6),
            snippet=snippet(r.text, terms),
        )
        for r in rows[:limit]
    ]
