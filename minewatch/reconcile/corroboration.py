"""Corroboration: how many independent sources support an event, and how reliable they are.

Two claims are *dependent* when their documents share a syndication group (syndicated copies and
near-duplicates found at ingestion) or come from the same outlet; dependence is transitive, so
sources are the connected components.  A source weighs as much as its most reliable document;
the event's score is the noisy-or of its sources' weights, ``1 - prod(1 - w)``: two C-grade
outlets (0.6 each) give 0.84, one A-grade notice gives 1.0.  Claims that deny the event
(modality ``denied``) do not corroborate it — unless the event is only denied ("a withdrawal
is not under debate"), when the denials are what it asserts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from minewatch.reconcile.records import ClaimSource, Corroboration, SourcedClaim
from minewatch.reconcile.reliability import GRADES, ReliabilityTable, load_table


def _find(parent: dict[str, str], node: str) -> str:
    while parent[node] != node:
        parent[node] = parent[parent[node]]
        node = parent[node]
    return node


def independent_sources(sources: Iterable[ClaimSource]) -> list[list[ClaimSource]]:
    """Sources partitioned into independent groups (by syndication group and outlet)."""
    docs = {s.document_id: s for s in sources}
    parent = {d: d for d in docs}
    first_by_key: dict[str, str] = {}
    for doc, source in sorted(docs.items()):
        keys = [f"outlet:{source.outlet.casefold()}"]
        if source.syndication_group is not None:
            keys.append(f"group:{source.syndication_group}")
        for key in keys:
            if key in first_by_key:
                parent[_find(parent, doc)] = _find(parent, first_by_key[key])
            else:
                first_by_key[key] = doc
    groups: dict[str, list[ClaimSource]] = {}
    for doc, source in sorted(docs.items()):
        groups.setdefault(_find(parent, doc), []).append(source)
    return list(groups.values())


def corroborate(
    claims: Sequence[SourcedClaim], table: ReliabilityTable | None = None
) -> Corroboration:
    """Independent support for the event the ``claims`` describe."""
    table = table or load_table()
    supporting = [c.source for c in claims if c.claim.modality != "denied"] or [
        c.source for c in claims  # an event only denied: the denials are what it asserts
    ]
    groups = independent_sources(supporting)
    remaining, best = 1.0, "F"
    outlets = []
    for group in groups:
        grade = min((table.grade(s) for s in group), key=GRADES.index)
        best = min(best, grade, key=GRADES.index)
        remaining *= 1.0 - table.weights[grade]
        outlets.append(group[0].outlet)
    return Corroboration(
        sources=len(groups),
        documents=len({s.document_id for s in supporting}),
        score=round(1.0 - remaining, 3) if groups else 0.0,
        best_grade=best if groups else table.default,
        outlets=tuple(sorted(set(outlets))),
    )
