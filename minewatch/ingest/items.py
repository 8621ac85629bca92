"""Records passed between ingestion stages, and the stable quarantine codes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from minewatch.errors import IngestError
from minewatch.settings import Settings
from minewatch.store.quarantine import Validators

# Stable quarantine codes: never change the meaning of a published code.
UNDECODABLE: Final = "MW101"  # no encoding reads it, or invalid UTF-8
EMPTY: Final = "MW102"  # zero bytes, or no text once extracted
BINARY: Final = "MW103"  # binary content where text was expected
OVERSIZED: Final = "MW104"  # larger than settings.max_document_bytes
UNREADABLE: Final = "MW105"  # the file or archive member cannot be read
BAD_PDF: Final = "MW106"  # not a PDF, or a PDF pypdf cannot read
NO_HTML_TEXT: Final = "MW107"  # HTML with no extractable main text
BAD_RECORD: Final = "MW108"  # a JSONL line that is not a valid record
BAD_FEED_ENTRY: Final = "MW109"  # a feed entry without a usable link, or a feed that is not one
FETCH_FAILED: Final = "MW110"  # network error, timeout or HTTP error status
PRIVATE_ADDRESS: Final = "MW111"  # private, loopback or link-local address (SSRF guard)
ROBOTS_DENIED: Final = "MW112"  # disallowed by robots.txt
UNSUPPORTED_TYPE: Final = "MW113"  # content type or file extension we do not read
TRUNCATED: Final = "MW114"  # truncated download, archive or PDF
TOO_MANY_REDIRECTS: Final = "MW115"

CODES: Final[Mapping[str, str]] = {
    UNDECODABLE: "undecodable text (no encoding reads it, or invalid UTF-8)",
    EMPTY: "empty item or no text",
    BINARY: "binary content where text was expected",
    OVERSIZED: "larger than max_document_bytes",
    UNREADABLE: "unreadable file or archive member",
    BAD_PDF: "not a readable PDF",
    NO_HTML_TEXT: "HTML without extractable text",
    BAD_RECORD: "malformed JSONL record",
    BAD_FEED_ENTRY: "malformed feed or feed entry",
    FETCH_FAILED: "fetch failed (network, timeout, HTTP status)",
    PRIVATE_ADDRESS: "private, loopback or link-local address refused",
    ROBOTS_DENIED: "disallowed by robots.txt",
    UNSUPPORTED_TYPE: "unsupported content type or file type",
    TRUNCATED: "truncated content",
    TOO_MANY_REDIRECTS: "too many redirects",
}


class ItemRejected(IngestError):
    """One item cannot be ingested; it is quarantined with ``code`` and the run goes on."""

    code = "MW100"


def reject(code: str, reason: str) -> ItemRejected:
    return ItemRejected(reason, code=code)


@dataclass(frozen=True, slots=True)
class RawItem:
    """One item read from a source, before parsing.

    ``kind`` is ``text``, ``html``, ``pdf`` or ``record`` (a JSONL record whose fields are in
    ``meta``).  ``error`` is set when reading already failed: the item goes to quarantine.
    """

    locator: str
    data: bytes
    kind: str
    url: str | None = None
    path: str | None = None
    charset: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict)
    retrieved_at: str | None = None
    error: ItemRejected | None = None
    not_modified: bool = False
    validators: Validators | None = None  # HTTP validators, saved once the item is stored


@dataclass(frozen=True, slots=True)
class Parsed:
    """Text and metadata taken from one item."""

    text: str
    title: str | None = None
    published: str | None = None
    site: str | None = None
    author: str | None = None
    canonical_url: str | None = None
    content_type: str = "text/plain"


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """Options for one ingest run (threaded through every stage)."""

    source_name: str | None = None
    reliability: str | None = None
    lang: str | None = None
    since: str | None = None
    feeds: tuple[str, ...] = ()
    allow_private: bool = False
    extract: bool = True
    settings: Settings = field(default_factory=Settings)
    near_duplicate_threshold: float = 0.5
    progress: str = "auto"  # "auto", "bar", "log" or "none"


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """What one run did."""

    run_id: int
    ingested: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    quarantined: int = 0
    unchanged: int = 0
    skipped: int = 0
    claims: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"{self.ingested} ingested, {self.duplicates} duplicates, "
            f"{self.near_duplicates} near-duplicates, {self.quarantined} quarantined"
        )

    @property
    def exit_code(self) -> int:
        return 1 if self.quarantined else 0
