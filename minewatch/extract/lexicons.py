"""Loading the extraction lexicons in ``minewatch/data/lexicons/<kind>/<name>.yaml``.

Each file names its ``kind`` (one schema per kind) and its ``source``; loading checks both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from minewatch.errors import ExtractionError

LEXICON_DIR = Path(__file__).resolve().parents[1] / "data" / "lexicons"
LANGUAGES = ("en", "uk", "ru", "pl", "lt", "lv", "et", "fi", "de", "fr")


class _Loader(yaml.SafeLoader):
    """A safe loader that keeps words such as ``no``, ``on`` and ``yes`` as strings."""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@lru_cache(maxsize=128)
def load_lexicon(kind: str, name: str) -> dict[str, Any]:
    """The parsed YAML file ``lexicons/<kind>/<name>.yaml`` (cached)."""
    path = LEXICON_DIR / kind / f"{name}.yaml"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except FileNotFoundError:
        return {}
    except yaml.YAMLError as exc:
        raise ExtractionError(f"lexicon {kind}/{name}: {exc}", code="MW201") from exc
    if not isinstance(data, dict) or "source" not in data:
        raise ExtractionError(
            f"lexicon {kind}/{name} must be a mapping with a source", code="MW201"
        )
    expected = kind.rstrip("s") if kind != "segment" else "abbreviations"
    if data.get("kind") not in (kind, expected):
        raise ExtractionError(f"lexicon {kind}/{name}: kind {data.get('kind')!r}", code="MW201")
    return data


def word_start_pattern(fragments: Sequence[str] | None) -> re.Pattern[str] | None:
    """One case-insensitive pattern for a lexicon's regular-expression fragments, each matched at
    the start of a word (the convention of every word list in the lexicons); ``None`` if empty."""
    if not fragments:
        return None
    body = "|".join(f"(?:{fragment})" for fragment in fragments)
    return re.compile(rf"(?<!\w)(?:{body})", re.IGNORECASE)


@lru_cache(maxsize=512)
def lexicon_pattern(kind: str, name: str, key: str, lang: str) -> re.Pattern[str] | None:
    """``word_start_pattern`` of the per-language list ``key`` -> ``lang`` in a lexicon file
    ("the follow verbs of Polish" in ``arguments/markers.yaml``)."""
    section = load_lexicon(kind, name).get(key) or {}
    return word_start_pattern(section.get(lang) if isinstance(section, dict) else None)


@lru_cache(maxsize=4)
def conjunctions(*kinds: str) -> str:
    """The clause-opening conjunctions of ``kinds`` ("additive", "contrast") as one regular-
    expression alternation (``arguments/markers.yaml``, all languages together)."""
    table = load_lexicon("arguments", "markers").get("conjunctions", {})
    words = {str(word) for kind in kinds for word in table.get(kind, [])}
    return "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))
