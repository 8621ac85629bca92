"""Weapon words around a weapon-act trigger (part of ``minewatch.triggers.v1``): a weapon
act needs its weapons named near it (or the output of a production, the stocks of a
destruction, a pronoun for weapons named the sentence before) and no ban word that makes it a
treaty's description; act words ending a compound adjective are not acts; stocks are the
object of a destruction only in its own clause."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from minewatch.extract.triggers import TriggerMatch, TriggerTable


_NEGATED_VERB = re.compile(r"(?<!\w)(?:not|never|n't|не|nie|ne|ei|nicht|nie|pas)\s+\S*\s*$", re.I)
_WEAPON_REACH = 70
_BAN_REACH = 100
_BAN_AFTER = 40


def weapon_ok(
    table: TriggerTable,
    text: str,
    start: int,
    end: int,
    destroying: bool = False,
    weapons_before: bool = False,
) -> bool:
    """A weapon trigger needs a weapon word (or the output of a production, "part of future
    production"; for a destruction, the stocks: "destroyed its stocks"; after a sentence about
    the weapons, a pronoun next to it: "they will be stored") near it and no ban word right
    before it."""
    if table.weapon is not None:
        near = text[max(0, start - _WEAPON_REACH) : end + _WEAPON_REACH]
        if not any(
            pattern is not None and pattern.search(near)
            for pattern in (table.weapon, table.output, table.stock if destroying else None)
        ) and not (weapons_before and _pronoun_near(table, text, start, end)):
            return False
    if table.ban is not None:
        if table.ban.search(text[max(0, start - _BAN_REACH) : start]):
            return False
        # "jalaväemiinide kasutamist keelustav konventsioon": the ban word after the act nouns;
        # a negated verb ("did not use weapons prohibited by…") is an act, not a treaty's name
        if _NEGATED_VERB.search(text[max(0, start - 12) : start]):
            return True
        return not table.ban.search(text[end : end + _BAN_AFTER])
    return True


_PRONOUN_BEFORE = re.compile(r"(?:\S+\s+){0,3}$")
_PRONOUN_AFTER = re.compile(r"^(?:\s+\S+){0,2}")


def _pronoun_near(table: TriggerTable, text: str, start: int, end: int) -> bool:
    """A pronoun within three words before the trigger or two after ("ne kaikki tuhottiin",
    "need ladustatakse", "ne pas les utiliser")."""
    if table.pronoun is None:
        return False
    before = _PRONOUN_BEFORE.search(text[max(0, start - 60) : start])
    after = _PRONOUN_AFTER.search(text[end : end + 40])
    words = (before.group() if before else "") + " " + (after.group() if after else "")
    return table.pronoun.search(words) is not None


def compound(text: str, start: int) -> bool:
    """ "rocket-delivered mines", "hand-laid": the act word ends a compound adjective."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()


def in_output(table: TriggerTable, text: str, start: int) -> bool:
    """Whether ``start`` lies inside an output phrase ("part of the surplus production")."""
    if table.output is None:
        return False
    return any(m.start() <= start < m.end() for m in table.output.finditer(text))


_OBJECT_GAP = 90


def object_of(text: str, offset: int, act: TriggerMatch, stock: TriggerMatch) -> bool:
    """Whether the stockpile words ``stock`` are the object of the destruction ``act``: inside
    it or near it in the same clause ("had stocks, and they were all destroyed" are two events)."""
    if act.start <= stock.start and stock.end <= act.end:
        return True
    low, high = sorted((act.end, stock.start) if act.end <= stock.start else (stock.end, act.start))
    between = text[low - offset : high - offset]
    return high - low <= _OBJECT_GAP and not re.search(r"[,;]\s", between)
