"""Build sourced claims for tests in one line."""

from __future__ import annotations

from itertools import count

from minewatch.reconcile.records import ClaimSource, SourcedClaim
from minewatch.records import Claim

_ids = count(1)


def sc(
    type_: str,
    actor: str | None,
    date: str | None = None,
    *,
    doc: str = "d1",
    outlet: str | None = None,
    group: str | None = None,
    reliability: str = "unknown",
    published: str | None = None,
    treaty: str | None = "APMBC",
    modality: str = "fact",
    quantity: float | None = None,
    unit: str | None = None,
    counterpart: str | None = None,
    evidence: str = "evidence",
    id_: int | None = None,
) -> SourcedClaim:
    claim = Claim(
        doc=doc, type=type_, actor=actor, treaty=treaty, date=date, quantity=quantity,
        unit=unit, counterpart=counterpart, modality=modality, evidence=evidence, start=0,
        end=len(evidence), confidence=1.0, extractor="test@1",
    )  # fmt: skip
    source = ClaimSource(
        document_id=doc,
        outlet=outlet or f"outlet of {doc}",
        reliability=reliability,
        syndication_group=group,
        published=published,
    )
    return SourcedClaim(id=id_ if id_ is not None else next(_ids), claim=claim, source=source)
