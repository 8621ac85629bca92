"""Bytes to text: BOMs, declared charsets checked against the bytes, then charset-normalizer."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from minewatch.ingest.items import BINARY, EMPTY, UNDECODABLE, reject

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_MAX_CONTROL_RATIO = 0.02
_WORDS = re.compile(r"[^\W\d_]{2,}")
# Legacy encodings of the languages in scope, tried beside charset-normalizer's guesses.
_REGIONAL = (
    "cp1251", "koi8-u", "koi8-r", "cp1250", "iso-8859-2", "cp1257", "iso-8859-13", "cp1252",
    "iso-8859-15", "latin-1",
)  # fmt: skip
# Non-ASCII letters of each language in scope: a correct reading is explained by one of them.
_ALPHABETS = tuple(
    frozenset(letters)
    for letters in (
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",  # uk
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",  # ru
        "абвгдеёжзійклмнопрстуўфхцчшыьэюя",  # be
        "абвгдежзийклмнопрстуфхцчшщъьюя",  # bg
        "ąćęłńóśźż",  # pl
        "ąčęėįšųūž",  # lt
        "āčēģīķļņšūž",  # lv
        "õäöüšž",  # et
        "äöå",  # fi
        "äöüß",  # de
        "àâæçéèêëîïôœùûüÿ",  # fr
    )
)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first 4 KB, if any."""
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def _check_text(decoded: str) -> str:
    sample = decoded[:20000]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > _MAX_CONTROL_RATIO:
        raise reject(BINARY, "binary content: too many control characters")
    return decoded


def _utf8(data: bytes) -> str | None:
    """The UTF-8 reading of ``data``; None if it is not UTF-8; rejects corrupted UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd")
    good = sum(1 for c in lenient if ord(c) > 127) - bad
    if good >= bad:  # mostly valid multi-byte sequences: UTF-8 with corruption
        raise reject(UNDECODABLE, f"invalid UTF-8: {bad} undecodable byte sequences")
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data``, trying a BOM, UTF-8, the declared charset, then detection."""
    if not data.strip():
        raise reject(EMPTY, "empty item (no bytes or only whitespace)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(encoding))
            except UnicodeDecodeError as exc:
                raise reject(UNDECODABLE, f"invalid {encoding}: {exc.reason}") from exc
    if b"\x00" not in data[:4096]:
        as_utf8 = _utf8(data)
        if as_utf8 is not None:
            return _check_text(as_utf8)
    if declared and declared.replace("-", "").replace("_", "") not in {"utf8", "utf16"}:
        try:
            return _check_text(data.decode(declared))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: fall back to detection
    return _check_text(_detect(data))


def _alphabet_fit(value: str) -> float:
    """How well one language's alphabet explains the non-ASCII letters, minus odd casing."""
    letters = [c for c in value.lower() if c.isalpha() and not c.isascii()]
    if not letters:
        return 1.0
    coverage = max(sum(c in alphabet for c in letters) for alphabet in _ALPHABETS) / len(letters)
    words = _WORDS.findall(value)
    odd = sum(1 for w in words if any(c.isupper() for c in w[1:]) and not w.isupper())
    return coverage - odd / max(1, len(words))


def _detect(data: bytes) -> str:
    """The most plausible reading among charset-normalizer's guesses and regional encodings."""
    sample = data[:200_000]
    guesses = [m.encoding for m in list(from_bytes(sample))[:5] if m.encoding]
    best: tuple[float, str] | None = None
    for rank, encoding in enumerate(dict.fromkeys([*guesses, *_REGIONAL])):
        try:
            decoded = sample.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _CONTROL.search(decoded[:20000]):
            continue
        score = _alphabet_fit(decoded) - rank * 1e-6
        if best is None or score > best[0]:
            best = (score, encoding)
    if best is None:
        if b"\x00" in data[:4096] or _CONTROL.search(data[:4096].decode("latin-1")):
            raise reject(BINARY, "binary content: no text encoding fits")
        raise reject(UNDECODABLE, "no text encoding fits these bytes")
    try:
        return data.decode(best[1])
    except UnicodeDecodeError as exc:
        raise reject(UNDECODABLE, f"detected {best[1]} but cannot decode: {exc}") from exc
