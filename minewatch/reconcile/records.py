"""Records of reconciliation: a claim with its source, events, corroboration, contradictions.

A :class:`SourcedClaim` is an extracted :class:`~minewatch.records.Claim` together with the stored
claim id and a :class:`ClaimSource` (which document, which outlet, how reliable, which syndication
group).  Events are built from sourced claims by :mod:`minewatch.reconcile.merge`.
"""

from __future__ import annotations

from dataclasses import dataclass

from minewatch.records import Claim


@dataclass(frozen=True, slots=True)
class ClaimSource:
    """Where a claim comes from: the document and what ingestion knows about it."""

    document_id: str
    outlet: str
    reliability: str = "unknown"  # grade A-F, or an ingest label ("normal", "low", "unknown")
    syndication_group: str | None = None  # near-duplicates and syndicated copies share one group
    published: str | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class SourcedClaim:
    """A stored claim (``id``) with its evidence and its source."""

    id: int
    claim: Claim
    source: ClaimSource


@dataclass(frozen=True, slots=True)
class EventFields:
    """What an event says: the values reconciliation computes and analysts correct.

    ``date`` is the best date at its own precision (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``);
    ``quantity``/``quantity_max`` give a range when sources disagree (equal when they agree).
    ``institution`` is the chamber or body named in the evidence (e.g. ``senate``), if any.
    """

    type: str
    actor: str | None
    treaty: str | None
    counterpart: str | None
    modality: str
    date: str | None
    quantity: float | None
    quantity_max: float | None
    unit: str | None
    institution: str | None


@dataclass(frozen=True, slots=True)
class EventDraft:
    """An event computed from claims, before storage and review."""

    fields: EventFields
    claim_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Corroboration:
    """Independent support for an event.

    ``sources`` counts independent sources (syndicated copies and one outlet count once);
    ``score`` combines their reliability weights as a noisy-or in [0, 1]; ``best_grade`` is the
    highest grade among them.
    """

    sources: int
    documents: int
    score: float
    best_grade: str
    outlets: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Contradiction:
    """A disagreement a reader can check: which claims, what kind, and why.

    ``kind`` is one of ``date``, ``quantity``, ``modality`` (claims disagreeing with each other),
    ``law`` (a claim against the law engine and depositary facts) or ``confirmed`` (a claim
    against an analyst-confirmed event).
    """

    kind: str
    claim_ids: tuple[int, ...]
    explanation: str
    severity: int = 2  # 3 high, 2 medium, 1 low
