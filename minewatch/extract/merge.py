"""Merging repeated mentions of one event in a document (stage ``minewatch.merge.v1``).

Claims agreeing on type, actor, counterpart, treaty and modality are one event unless they carry
different dates or different quantities (then they are different versions, GUIDELINES §4.4).  An
undated or unquantified mention folds into a dated or quantified one; the evidence kept is the most
informative (date, then quantity, then the earliest).
"""

from __future__ import annotations

from dataclasses import replace

from minewatch.records import Claim

MERGE = "minewatch.merge.v1"


def _key(claim: Claim) -> tuple[object, ...]:
    # one caller's repeated calls on one government are one advocacy event, whatever treaty
    # each call names (GUIDELINES §4.3, §5.5)
    treaty = None if claim.type == "advocacy" else claim.treaty
    return (claim.type, claim.actor, claim.counterpart, treaty, claim.modality)


def _informative(claim: Claim) -> tuple[int, int, int]:
    return (len(claim.date or ""), claim.quantity is not None, -claim.start)


def _compatible(a: Claim, b: Claim) -> bool:
    # "June 2025" and "27 June 2025" are one date at two precisions
    if a.date and b.date and not (a.date.startswith(b.date) or b.date.startswith(a.date)):
        return False
    return not (a.quantity is not None and b.quantity is not None and a.quantity != b.quantity)


def _fold(a: Claim, b: Claim) -> Claim:
    best, other = (a, b) if _informative(a) >= _informative(b) else (b, a)
    return replace(
        best,
        date=best.date or other.date,
        quantity=best.quantity if best.quantity is not None else other.quantity,
        unit=best.unit if best.quantity is not None else other.unit,
        confidence=min(1.0, max(a.confidence, b.confidence) + 0.05),
    )


def merge_claims(claims: list[Claim]) -> list[Claim]:
    """One claim per event version, in document order."""
    groups: dict[tuple[object, ...], list[Claim]] = {}
    for claim in claims:
        bucket = groups.setdefault(_key(claim), [])
        for index, kept in enumerate(bucket):
            if _compatible(kept, claim):
                bucket[index] = _fold(kept, claim)
                break
        else:
            bucket.append(claim)
    merged = _fold_unplaced([c for bucket in groups.values() for c in bucket])
    return sorted(merged, key=lambda c: (c.start, c.type, c.actor or ""))


_PLACED = frozenset({"use", "transfer"})


def _fold_unplaced(claims: list[Claim]) -> list[Claim]:
    """ "Russia keeps laying mines" (a headline) and "Russia's forces in Ukraine used mines":
    a use or transfer without a counterpart is the one mention of that actor's act that has
    one, when there is exactly one such compatible claim."""
    kept: list[Claim | None] = list(claims)
    for claim in claims:
        if claim.type not in _PLACED or claim.counterpart is not None or claim.actor is None:
            continue
        placed = [
            i
            for i, c in enumerate(kept)
            if c is not None
            and c.counterpart is not None
            and (c.type, c.actor, c.treaty, c.modality)
            == (claim.type, claim.actor, claim.treaty, claim.modality)
            and _compatible(c, claim)
        ]
        if len(placed) == 1:
            index = placed[0]
            partner = kept[index]
            assert partner is not None
            kept[index] = replace(
                partner,
                date=partner.date or claim.date,
                quantity=partner.quantity if partner.quantity is not None else claim.quantity,
                unit=partner.unit if partner.quantity is not None else claim.unit,
            )
            kept[next(i for i, c in enumerate(kept) if c is claim)] = None
    return [c for c in kept if c is not None]
