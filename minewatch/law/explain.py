"""Explanations: why a computed value is what it is.

Every value the law engine computes comes with an :class:`Explanation`: the rule (treaty article
and our paraphrase), the facts it used (each with its sources and the row it came from), the
arithmetic as text, and the explanations of the values it was computed from.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from minewatch.law.facts import ArmedConflict, DeadlineExtension, ObligationFinding, TreatyAction

Fact = TreatyAction | DeadlineExtension | ArmedConflict | ObligationFinding
Value = date | str | int | None


@dataclass(frozen=True, slots=True)
class Explanation:
    """The chain behind one computed value."""

    name: str
    value: Value
    article: str
    rule: str
    arithmetic: str
    facts: tuple[Fact, ...] = ()
    depends_on: tuple[Explanation, ...] = ()

    def walk(self, depth: int = 0) -> Iterator[tuple[int, Explanation]]:
        """This explanation and those it depends on, depth first, with their depth."""
        yield depth, self
        for child in self.depends_on:
            yield from child.walk(depth + 1)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form."""
        return {
            "name": self.name,
            "value": None if self.value is None else str(self.value),
            "article": self.article,
            "rule": self.rule,
            "arithmetic": self.arithmetic,
            "facts": [describe_fact(f) for f in self.facts],
            "depends_on": [d.to_dict() for d in self.depends_on],
        }


def describe_fact(fact: Fact) -> dict[str, str]:
    """A fact as plain strings: what, when, sources, where it was recorded."""
    if isinstance(fact, TreatyAction):
        what = f"{fact.treaty} {fact.action} by {fact.iso3}"
        if fact.succession_date is not None:
            what += f" (succession of {fact.succession_date} from {fact.predecessor})"
        return {"fact": what, "date": str(fact.date), "source": fact.source, "row": fact.origin}
    if isinstance(fact, DeadlineExtension):
        what = f"{fact.treaty} Art. {fact.article} deadline of {fact.iso3} extended"
        return {
            "fact": what,
            "date": str(fact.extended_deadline),
            "source": fact.source,
            "row": fact.origin,
        }
    if isinstance(fact, ObligationFinding):
        what = f"{fact.treaty} {fact.obligation} of {fact.iso3}: {fact.finding}"
        return {"fact": what, "date": str(fact.date), "source": fact.source, "row": fact.origin}
    end = "ongoing" if fact.end is None else str(fact.end)
    return {
        "fact": f"{fact.iso3} engaged in armed conflict: {fact.description}",
        "date": f"{fact.start} to {end}",
        "source": fact.source,
        "row": fact.origin,
    }
