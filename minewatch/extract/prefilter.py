"""A literal prefilter for the trigger regexes (part of ``minewatch.triggers.v1``).

Most trigger patterns begin with a literal stem ("ratif", "withdr", "(president|head of state)").
One Aho-Corasick scan of the lower-cased sentence finds which stems occur at a word start, and only
the patterns whose stems occur are run.  Patterns without a literal start are always run.  The
prefilter never changes results, only their cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import ahocorasick

_META = set(".^$*+?{}[]\\|()")
_SIMPLE_GROUP = re.compile(r"^\((?!\?)([^()\\\[\]{}.*+?^$]+)\)")
_LOOKBEHIND = re.compile(r"^\(\?<[!=][^()]*\)")


def _leading_literal(fragment: str) -> str:
    literal = ""
    for index, char in enumerate(fragment):
        if char in _META:
            if char in "?*{" and literal:
                literal = literal[:-1]  # the quantifier makes the last character optional
            break
        literal += char
        if index + 1 == len(fragment):
            break
    return literal


def literal_prefixes(fragment: str) -> list[str] | None:
    """Literal stems one of which must start any match of ``fragment``; ``None`` if unknown."""
    body = _LOOKBEHIND.sub("", fragment.strip())
    group = _SIMPLE_GROUP.match(body)
    if group:
        rest = body[group.end() :]
        if rest[:1] in ("?", "*", "{"):
            return None
        stems = [alternative.strip().lower() for alternative in group.group(1).split("|")]
        return stems if all(stems) else None
    literal = _leading_literal(body).lower()
    return [literal] if literal.strip() else None


class Prefilter:
    """Which keyed patterns may match a text, from their literal stems."""

    def __init__(self, fragments: Mapping[Any, Iterable[str]]) -> None:
        self.always: set[Any] = set()
        self.automaton: Any = ahocorasick.Automaton()
        stems: dict[str, set[Any]] = {}
        for key, items in fragments.items():
            for fragment in items:
                found = literal_prefixes(fragment)
                if found is None:
                    self.always.add(key)
                    continue
                for stem in found:
                    stems.setdefault(stem, set()).add(key)
        for stem, keys in stems.items():
            self.automaton.add_word(stem, (stem, frozenset(keys)))
        self.empty = not stems
        if stems:
            self.automaton.make_automaton()

    def candidates(self, text: str) -> set[Any]:
        """Keys whose patterns may match ``text``."""
        found = set(self.always)
        if self.empty:
            return found
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = text
        for end, (stem, keys) in self.automaton.iter(lowered):
            start = end - len(stem) + 1
            if start == 0 or not lowered[start - 1].isalnum():
                found |= keys
        return found
