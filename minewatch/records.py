"""Records that cross stage boundaries: immutable, typed, plain.

``TextDocument`` is what extraction reads (from ingestion, a JSONL file or stdin); ``Claim`` is one
extracted assertion with its evidence span, what the store keeps and reconciliation merges.
Field names and value conventions follow ``corpus/dev/GUIDELINES.md``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Final

EVENT_TYPES: Final = (
    "withdrawal_intent",
    "withdrawal_vote",
    "withdrawal_law",
    "withdrawal_deposit",
    "withdrawal_effective",
    "signature",
    "ratification",
    "accession",
    "entry_into_force",
    "production",
    "stockpile",
    "transfer",
    "use",
    "destruction",
    "casualties",
    "contamination",
    "clearance",
    "advocacy",
)

MODALITIES: Final = ("fact", "planned", "considered", "possible", "urged", "denied", "alleged")

TREATIES: Final = ("APMBC", "CCM")


@dataclass(frozen=True, slots=True)
class TextDocument:
    """A document's text and the metadata extraction may use."""

    id: str
    text: str
    published: str | None = None  # YYYY-MM-DD, YYYY-MM or None
    lang: str | None = None  # ISO 639-1
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """One extracted assertion: ``evidence == document.text[start:end]``."""

    doc: str
    type: str
    actor: str | None
    treaty: str | None
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD, at the precision the text gives
    quantity: int | float | None
    unit: str | None
    counterpart: str | None
    modality: str
    evidence: str
    start: int
    end: int
    confidence: float
    extractor: str  # "name@version" of the component that produced it

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
