"""Pydantic models of the API's responses and request bodies (the only pydantic in Minewatch)."""

from __future__ import annotations

from datetime import date
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list: ``items``, the ``total`` count and the paging used."""

    items: list[T]
    total: int
    limit: int
    offset: int


class TreatyOut(BaseModel):
    id: str
    name: str
    names: dict[str, list[str]]
    opened_for_signature: date
    entry_into_force: date | None
    parties: int = Field(description="States Parties on the date asked (withdrawing included).")
    on: date
    source: str


class MapOut(BaseModel):
    treaty: str
    on: date
    statuses: dict[str, str] = Field(description="Status by ISO 3166-1 alpha-3 code.")
    counts: dict[str, int]


class StatusRowOut(BaseModel):
    iso3: str
    state: str
    status: str
    signature_date: str | None = None
    consent_type: str | None = None
    consent_date: str | None = None
    entry_into_force_date: str | None = None
    withdrawal_notification_date: str | None = None
    withdrawal_effective_date: str | None = None
    stockpile_destruction_deadline: str | None = None
    clearance_deadline_original: str | None = None
    clearance_deadline_current: str | None = None
    initial_report_due: str | None = None
    flags: str = ""
    next_annual_report_due: str | None = None
    treaty: str
    on: str


class PartyCountOut(BaseModel):
    date: date
    count: int
    joined: list[str]
    left: list[str]


class HistoryOut(BaseModel):
    date: str
    status: str
    flags: list[str]


class StateOut(BaseModel):
    iso3: str
    name: str
    names: dict[str, list[str]]
    on: date
    treaties: list[dict[str, Any]] = Field(
        description="Per treaty: status row, obligations, history and explanations."
    )


class StateSummaryOut(BaseModel):
    iso3: str
    name: str
    kind: str


class ExplanationOut(BaseModel):
    name: str
    value: str | None
    article: str
    rule: str
    arithmetic: str
    facts: list[dict[str, str]]
    depends_on: list[dict[str, Any]]


class ActionIn(BaseModel):
    """A depositary action to record (needs an analyst or admin token)."""

    treaty: str = Field(min_length=2, max_length=10)
    iso3: str = Field(pattern=r"^[A-Z]{3}$")
    action: str = Field(min_length=3, max_length=40)
    date: date
    source: str = Field(min_length=3, max_length=1000)


class ReviewIn(BaseModel):
    """A review decision: the reason is required; ``correction`` only for ``correct``."""

    reason: str = Field(min_length=1, max_length=2000)
    correction: dict[str, str | int | float | None] | None = None


class ErrorBody(BaseModel):
    status: int
    code: str
    title: str
    message: str
    details: list[Any]


class ErrorEnvelope(BaseModel):
    """The one shape of every error."""

    error: ErrorBody


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorEnvelope, "description": description}
    for status, description in (
        (400, "The request body could not be read."),
        (401, "No valid token (or reads are private)."),
        (403, "The token may not do this, or the CSRF token is missing."),
        (404, "No such resource."),
        (409, "The record changed since it was read."),
        (413, "The request body is too large."),
        (422, "The request is not valid."),
        (500, "Internal error."),
    )
}
