"""Precision and recall of the near-duplicate detector on pairs with known edits.

Originals are indexed (half of them); edited copies of every original are queried.  A copy of an
indexed original must match that original (a true positive; missing it is a false negative;
matching another document is a false positive); a copy of an original that was *not* indexed
must match nothing (any match is a false positive).  Edits, by level:

- ``light``: site navigation prepended, dateline changed, a share/follow footer appended;
- ``medium``: light + 8% of words replaced + one sentence deleted;
- ``heavy``: light + 25% of words replaced + two sentences deleted (a rewrite, reported only).
"""

from __future__ import annotations

import random
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from minewatch.ingest.dedup import NearDuplicateIndex, signature

LEVELS = {"light": (0.0, 0), "medium": (0.08, 1), "heavy": (0.25, 2)}
_FILLER = ("также", "also", "także", "taip", "ka", "myös", "auch", "aussi", "теж", "новый")


@dataclass(frozen=True, slots=True)
class PairScore:
    level: str
    positives: int
    negatives: int
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.positives if self.positives else 1.0

    def line(self) -> str:
        return (
            f"{self.level:6s} pairs {self.positives} positive / {self.negatives} negative: "
            f"precision {self.precision:.3f}, recall {self.recall:.3f} "
            f"(TP {self.true_positives}, FP {self.false_positives}, FN {self.false_negatives})"
        )


def edit(text: str, level: str, rng: random.Random) -> str:
    """An edited copy of ``text`` at the given level."""
    share, deletions = LEVELS[level]
    sentences = re.split(r"(?<=[.!?])\s+", text)
    for _ in range(min(deletions, max(0, len(sentences) - 2))):
        sentences.pop(rng.randrange(1, len(sentences)))
    words = " ".join(sentences).split(" ")
    for i in range(len(words)):
        if rng.random() < share:
            words[i] = rng.choice(_FILLER)
    day = rng.randint(1, 28)
    return (
        f"Home / News / World\n{day:02d}.0{rng.randint(1, 9)}.2025, {rng.randint(8, 20)}:00\n"
        + " ".join(words)
        + "\nShare this article. Follow us on Telegram and Facebook."
    )


def evaluate(
    texts: Sequence[str],
    threshold: float,
    level: str,
    seed: int = 7,
    same_story: Collection[frozenset[int]] = (),
) -> PairScore:
    """Score the detector at ``threshold`` on edited copies of ``texts``.

    ``same_story`` holds pairs of indexes labelled as syndicated copies of each other: matching
    the other member of such a pair is correct, not a false positive.
    """
    rng = random.Random(seed)
    index = NearDuplicateIndex(threshold)
    indexed = set(range(0, len(texts), 2))
    for i in indexed:
        index.add(i, signature(texts[i]))
    tp = fp = fn = positives = 0
    for i, original in enumerate(texts):
        expected = {j for j in indexed if j == i or frozenset((i, j)) in same_story}
        match = index.match(signature(edit(original, level, rng)))
        found = match[0] if match else None
        positives += bool(expected)
        tp += found in expected
        fn += bool(expected) and found is None
        fp += found is not None and found not in expected
    return PairScore(level, positives, len(texts) - positives, tp, fp, fn)
