"""What the pipeline carries through a document: the topic, lazily found dates and quantities,
linked arguments, and document-level facts (main state, lead, default treaty)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from minewatch.extract import arguments, segment, treaties, triggers

WITHDRAWAL_TYPES = frozenset(
    {
        "withdrawal_intent",
        "withdrawal_vote",
        "withdrawal_law",
        "withdrawal_deposit",
        "withdrawal_effective",
    }
)


@dataclass
class Topic:
    """What carries across sentences: the last withdrawal actors and treaty."""

    actors: tuple[Any, ...] = ()
    treaty: str | None = None
    withdrawal: bool = False
    weapons: bool = False  # the previous sentence named the weapons
    generic: bool = False  # the last sentence described treaty rules (GUIDELINES §4.7)
    rule_claims: tuple[Any, ...] = ()  # the chain steps that rule described, without actors
    default_treaty: str = "APMBC"
    main_state: tuple[Any, ...] = ()  # the document's dominant state, for impact figures
    regions: tuple[Any, ...] = ()  # region mentions ("Kharkiv region"), for impact figures
    published: str | None = None
    authors: tuple[Any, ...] = ()  # who says "I" or "we": byline author or signatories
    figure_dates: dict[str, tuple[int, str]] = field(
        default_factory=dict
    )  # type -> (sentence, date)
    lead: set[int] = field(default_factory=set)
    # the chain and membership claims of the last sentence that had any: (sentence index, claims)
    last_events: tuple[int, tuple[Any, ...]] = (-1, ())
    # the alleged weapon acts of the last sentence that had any: (sentence index, claims)
    accused: tuple[int, tuple[Any, ...]] = (-1, ())


class LazyFinder:
    """Date or quantity mentions of one sentence, found only when a trigger needs them."""

    def __init__(self, finder: Any) -> None:
        self.finder = finder

    def of(self, sentence: segment.Sentence) -> list[Any]:
        return [Shifted(x, sentence.start) for x in self.finder(sentence.text)]


class Once:
    """A value computed on first use (dates and quantities of a sentence)."""

    def __init__(self, make: Any) -> None:
        self.make = make
        self.value: list[Any] | None = None

    def __call__(self) -> list[Any]:
        if self.value is None:
            self.value = list(self.make())
        return self.value


class Links:
    """Arguments of each trigger of a sentence, linked on first use."""

    def __init__(self, text: str, mentions: list[Any], lang: str) -> None:
        self.text, self.mentions, self.lang = text, mentions, lang
        self.done: dict[tuple[str, int, int, bool], arguments.Arguments] = {}

    def of(self, trigger: triggers.TriggerMatch) -> arguments.Arguments:
        key = (trigger.type, trigger.start, trigger.end, trigger.buyer)
        if key not in self.done:
            self.done[key] = arguments.link(trigger, self.text, 0, self.mentions, self.lang)
        return self.done[key]


class Shifted:
    """A finder's mention with offsets moved from the sentence into the document."""

    def __init__(self, inner: Any, offset: int) -> None:
        self.inner = inner
        self.start = inner.start + offset
        self.end = inner.end + offset

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def in_sentence(items: Sequence[Any], sentence: segment.Sentence) -> list[Any]:
    return [x for x in items if x.start >= sentence.start and x.end <= sentence.end]


def default_treaty(mentions: list[treaties.TreatyMention], text: str) -> str:
    """The document's treaty; "none" for a document mostly about anti-tank mines."""
    apmbc = sum(1 for m in mentions if m.treaty == "APMBC")
    ccm = sum(1 for m in mentions if m.treaty == "CCM")
    other = sum(
        1 for m in mentions if m.treaty == "none" and treaties.is_anti_tank(text[m.start : m.end])
    )
    # one anti-tank casualty in a demining story does not make an anti-tank story
    if other > apmbc + ccm and other >= 2:
        return "none"
    return "CCM" if ccm > apmbc else "APMBC"


def main_state_of(mentions: list[Any]) -> tuple[Any, ...]:
    """The state most mentioned, if it has at least half of all state mentions (and two)."""
    states = [m for m in mentions if getattr(m, "state", None)]
    counts = Counter(m.state for m in states)
    if not counts:
        return ()
    code, count = counts.most_common(1)[0]
    if count < 2 or 2 * count < len(states):
        return ()
    return (next(m for m in states if m.state == code),)


def leading_state(mentions: list[Any]) -> str | None:
    """The state named at least three times and twice as often as any other: whose "the
    government" an English or French text means when no state has half of all mentions."""
    counts = Counter(m.state for m in mentions if getattr(m, "state", None)).most_common(2)
    if not counts or counts[0][1] < 3:
        return None
    if len(counts) > 1 and counts[0][1] < 2 * counts[1][1]:
        return None
    return str(counts[0][0])


def lead_sentences(sentences: list[segment.Sentence]) -> set[int]:
    body = [s.index for s in sentences if not s.headline]
    return set(body[:2]) | {s.index for s in sentences[:1]}
