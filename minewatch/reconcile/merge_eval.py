"""Score the merge rules on a set of merge / no-merge cases: false merges and missed merges.

A case is a list of claims and the true partition of their labels into events.  Every pair of
claims in a case is judged: merged by the rules but apart in truth is a *false merge*, apart by
the rules but together in truth a *missed merge*.  Run it on the bundled test set with::

    python -m minewatch.reconcile.merge_eval tests/reconcile/data/merge_cases.yaml
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from minewatch.reconcile.merge import MergeOptions, cluster_claims
from minewatch.reconcile.records import ClaimSource, SourcedClaim
from minewatch.records import Claim


@dataclass(frozen=True, slots=True)
class CaseResult:
    name: str
    hard: bool
    pairs: int
    false_merges: tuple[tuple[str, str], ...]
    missed_merges: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class MergeReport:
    cases: tuple[CaseResult, ...]

    @property
    def pairs(self) -> int:
        return sum(c.pairs for c in self.cases)

    @property
    def false_merges(self) -> int:
        return sum(len(c.false_merges) for c in self.cases)

    @property
    def missed_merges(self) -> int:
        return sum(len(c.missed_merges) for c in self.cases)

    def summary(self) -> str:
        return (
            f"{len(self.cases)} cases, {self.pairs} claim pairs: "
            f"{self.false_merges} false merges, {self.missed_merges} missed merges"
        )


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def case_claims(raw: Sequence[Mapping[str, Any]]) -> tuple[list[SourcedClaim], dict[int, str]]:
    """The sourced claims of one case, and the label of each claim id."""
    items, labels = [], {}
    for number, row in enumerate(raw, start=1):
        evidence = str(row.get("evidence", ""))
        claim = Claim(
            doc=str(row["doc"]), type=str(row["type"]), actor=row.get("actor"),
            treaty=row.get("treaty", "APMBC"), date=_text(row.get("date")),
            quantity=row.get("quantity"), unit=row.get("unit"),
            counterpart=row.get("counterpart"), modality=str(row.get("modality", "fact")),
            evidence=evidence, start=0, end=len(evidence), confidence=1.0,
            extractor="merge_cases@1",
        )  # fmt: skip
        source = ClaimSource(
            document_id=str(row["doc"]),
            outlet=str(row.get("outlet", row["doc"])),
            syndication_group=_text(row.get("group")),
        )
        items.append(SourcedClaim(id=number, claim=claim, source=source))
        labels[number] = str(row["id"])
    return items, labels


def score_case(case: Mapping[str, Any], options: MergeOptions | None = None) -> CaseResult:
    items, labels = case_claims(case["claims"])
    truth = {label: n for n, event in enumerate(case["events"]) for label in event}
    found = {labels[i.id]: n for n, cl in enumerate(cluster_claims(items, options)) for i in cl}
    false, missed = [], []
    for a, b in combinations(sorted(truth), 2):
        together, merged = truth[a] == truth[b], found[a] == found[b]
        if merged and not together:
            false.append((a, b))
        elif together and not merged:
            missed.append((a, b))
    return CaseResult(
        name=str(case["name"]),
        hard=bool(case.get("hard", False)),
        pairs=len(truth) * (len(truth) - 1) // 2,
        false_merges=tuple(false),
        missed_merges=tuple(missed),
    )


def evaluate(path: Path, options: MergeOptions | None = None) -> MergeReport:
    """Score every case of the YAML file at ``path``."""
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    return MergeReport(tuple(score_case(c, options) for c in cases))


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    report = evaluate(Path(args[0] if args else "tests/reconcile/data/merge_cases.yaml"))
    for case in report.cases:
        if case.false_merges or case.missed_merges:
            mark = " (known hard case)" if case.hard else ""
            print(f"- {case.name}{mark}")
            for a, b in case.false_merges:
                print(f"    false merge: {a} + {b}")
            for a, b in case.missed_merges:
                print(f"    missed merge: {a} / {b}")
    print(report.summary())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
