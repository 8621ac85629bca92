"""Depositary facts: records, parsing of the CSV rows, and validation.

Three kinds of fact feed the law engine: treaty actions (signatures, instruments of consent,
successions, withdrawal and "suspension" notifications, published withdrawal effective dates),
clearance deadlines as extended by the States Parties, and periods of armed conflict.  Every row
keeps its sources and where it came from (``origin``: "treaty_actions.csv row 12"), so that an
error can name the row and an explanation can name the source.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Final

from minewatch.errors import FactError
from minewatch.states import is_known_state

CONSENT_ACTIONS: Final = ("ratification", "accession", "acceptance", "approval", "succession")
INSTRUMENT_ACTIONS: Final = ("ratification", "accession", "acceptance", "approval")
WITHDRAWAL_ACTIONS: Final = ("withdrawal_notification", "withdrawal_effective")
ACTION_TYPES: Final = (
    "signature",
    *CONSENT_ACTIONS,
    *WITHDRAWAL_ACTIONS,
    "suspension_notification",
)


@dataclass(frozen=True, slots=True)
class TreatyAction:
    """One act recorded by the depositary, or a published effective date of withdrawal."""

    treaty: str
    iso3: str
    action: str
    date: datetime.date
    sources: tuple[str, ...]
    succession_date: datetime.date | None = None
    predecessor: str | None = None
    origin: str = field(default="", compare=False)

    @property
    def source(self) -> str:
        """The sources as one line."""
        return " | ".join(self.sources)


@dataclass(frozen=True, slots=True)
class DeadlineExtension:
    """A deadline as extended by the States Parties (e.g. APMBC Art. 5 clearance)."""

    treaty: str
    article: str
    iso3: str
    extended_deadline: date
    source: str
    origin: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class ArmedConflict:
    """A period in which a State is engaged in an armed conflict; ``end`` None while it lasts."""

    iso3: str
    start: date
    end: date | None
    description: str
    source: str
    origin: str = field(default="", compare=False)

    def covers(self, day: date) -> bool:
        """Whether the State is engaged in this conflict on ``day``."""
        return self.start <= day and (self.end is None or day <= self.end)


FINDINGS: Final = ("completed", "not_completed")


@dataclass(frozen=True, slots=True)
class ObligationFinding:
    """A sourced finding on an obligation: ``completed`` on ``date``, or ``not_completed`` as
    of ``date`` (e.g. a Monitor report saying a stockpile still exists)."""

    treaty: str
    iso3: str
    obligation: str
    finding: str
    date: datetime.date
    source: str
    origin: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Facts:
    """All facts the law engine reads."""

    actions: tuple[TreatyAction, ...] = ()
    extensions: tuple[DeadlineExtension, ...] = ()
    conflicts: tuple[ArmedConflict, ...] = ()
    findings: tuple[ObligationFinding, ...] = ()
    _by_state: dict[tuple[str, str], tuple[TreatyAction, ...]] = field(
        init=False, repr=False, compare=False, hash=False
    )
    _by_treaty: dict[str, tuple[TreatyAction, ...]] = field(
        init=False, repr=False, compare=False, hash=False
    )
    _instruments: dict[str, tuple[TreatyAction, ...]] = field(
        init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        by_state: dict[tuple[str, str], list[TreatyAction]] = {}
        by_treaty: dict[str, list[TreatyAction]] = {}
        for action in self.actions:
            by_state.setdefault((action.treaty, action.iso3), []).append(action)
            by_treaty.setdefault(action.treaty, []).append(action)
        ordered = {k: tuple(sorted(v, key=lambda a: a.date)) for k, v in by_state.items()}
        object.__setattr__(self, "_by_state", ordered)
        object.__setattr__(self, "_by_treaty", {k: tuple(v) for k, v in by_treaty.items()})
        instruments = {
            k: tuple(sorted((a for a in v if a.action in INSTRUMENT_ACTIONS),
                            key=lambda a: (a.date, a.iso3)))
            for k, v in by_treaty.items()
        }  # fmt: skip
        object.__setattr__(self, "_instruments", instruments)

    def instruments(self, treaty: str) -> tuple[TreatyAction, ...]:
        """Instruments of ratification, acceptance, approval or accession, by date."""
        return self._instruments.get(treaty, ())

    def for_treaty(self, treaty: str) -> tuple[TreatyAction, ...]:
        return self._by_treaty.get(treaty, ())

    def for_state(self, treaty: str, iso3: str) -> tuple[TreatyAction, ...]:
        """The state's actions under the treaty, in date order."""
        return self._by_state.get((treaty, iso3), ())

    def conflicts_of(self, iso3: str) -> tuple[ArmedConflict, ...]:
        return tuple(c for c in self.conflicts if c.iso3 == iso3)

    def findings_of(self, treaty: str, iso3: str, obligation: str) -> tuple[ObligationFinding, ...]:
        """Findings on one obligation of one State, oldest first."""
        found = [
            f
            for f in self.findings
            if (f.treaty, f.iso3, f.obligation) == (treaty, iso3, obligation)
        ]
        return tuple(sorted(found, key=lambda f: f.date))

    def extensions_of(self, treaty: str, iso3: str) -> tuple[DeadlineExtension, ...]:
        found = [e for e in self.extensions if e.treaty == treaty and e.iso3 == iso3]
        return tuple(sorted(found, key=lambda e: e.extended_deadline))


def _refuse(origin: str, reason: str, code: str) -> FactError:
    return FactError(f"{origin}: {reason}", code=code)


def parse_date(raw: str, origin: str, column: str) -> date:
    """An ISO date, refusing malformed ("2025/02/01") and impossible ("2025-02-30") ones."""
    text = raw.strip()
    if len(text) != 10 or text[4] != "-" or text[7] != "-":
        raise _refuse(origin, f"malformed date {raw!r} in {column} (want YYYY-MM-DD)", "MW402")
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise _refuse(origin, f"impossible date {raw!r} in {column}: {exc}", "MW402") from exc


def _optional_date(raw: str | None, origin: str, column: str) -> date | None:
    return parse_date(raw, origin, column) if raw and raw.strip() else None


def _field(row: Mapping[str, str | None], name: str, origin: str) -> str:
    value = (row.get(name) or "").strip()
    if not value:
        raise _refuse(origin, f"missing {name}", "MW408")
    return value


def _state(row: Mapping[str, str | None], name: str, origin: str) -> str:
    iso3 = _field(row, name, origin).upper()
    if not is_known_state(iso3):
        raise _refuse(origin, f"unknown state {iso3!r}", "MW401")
    return iso3


def parse_action(row: Mapping[str, str | None], origin: str) -> TreatyAction:
    """One row of ``treaty_actions.csv``."""
    action = _field(row, "action", origin)
    if action not in ACTION_TYPES:
        known = ", ".join(ACTION_TYPES)
        raise _refuse(origin, f"unknown action type {action!r} (known: {known})", "MW406")
    sources = tuple(s.strip() for s in (row.get("source_urls") or "").split("|") if s.strip())
    if not sources:
        raise _refuse(origin, "missing source_urls", "MW408")
    predecessor = (row.get("predecessor") or "").strip().upper() or None
    if predecessor is not None and not is_known_state(predecessor):
        raise _refuse(origin, f"unknown predecessor state {predecessor!r}", "MW401")
    parsed = TreatyAction(
        treaty=_field(row, "treaty", origin).upper(),
        iso3=_state(row, "iso3", origin),
        action=action,
        date=parse_date(_field(row, "date", origin), origin, "date"),
        sources=sources,
        succession_date=_optional_date(row.get("succession_date"), origin, "succession_date"),
        predecessor=predecessor,
        origin=origin,
    )
    if action == "succession" and (parsed.succession_date is None or predecessor is None):
        raise _refuse(origin, "a succession needs succession_date and predecessor", "MW408")
    return parsed


def parse_extension(row: Mapping[str, str | None], origin: str) -> DeadlineExtension:
    """One row of ``deadline_extensions.csv``."""
    return DeadlineExtension(
        treaty=_field(row, "treaty", origin).upper(),
        article=_field(row, "article", origin),
        iso3=_state(row, "iso3", origin),
        extended_deadline=parse_date(
            _field(row, "extended_deadline", origin), origin, "extended_deadline"
        ),
        source=_field(row, "source_url", origin),
        origin=origin,
    )


def parse_conflict(row: Mapping[str, str | None], origin: str) -> ArmedConflict:
    """One row of ``armed_conflicts.csv``."""
    conflict = ArmedConflict(
        iso3=_state(row, "iso3", origin),
        start=parse_date(_field(row, "start", origin), origin, "start"),
        end=_optional_date(row.get("end"), origin, "end"),
        description=(row.get("description") or "").strip(),
        source=_field(row, "source_url", origin),
        origin=origin,
    )
    if conflict.end is not None and conflict.end < conflict.start:
        raise _refuse(origin, f"conflict ends ({conflict.end}) before it starts", "MW403")
    return conflict


def parse_finding(row: Mapping[str, str | None], origin: str) -> ObligationFinding:
    """One row of ``obligation_findings.csv``."""
    finding = _field(row, "finding", origin)
    if finding not in FINDINGS:
        raise _refuse(
            origin, f"unknown finding {finding!r} (known: {', '.join(FINDINGS)})", "MW406"
        )
    return ObligationFinding(
        treaty=_field(row, "treaty", origin).upper(),
        iso3=_state(row, "iso3", origin),
        obligation=_field(row, "obligation", origin),
        finding=finding,
        date=parse_date(_field(row, "date", origin), origin, "date"),
        source=_field(row, "source_url", origin),
        origin=origin,
    )


def _numbered(
    rows: Iterable[Mapping[str, str | None]], file_name: str
) -> Iterable[tuple[Mapping[str, str | None], str]]:
    """Each row with its origin; row 2 is the first after the header."""
    for number, row in enumerate(rows, start=2):
        yield row, f"{file_name} row {number}"


def parse_actions(
    rows: Iterable[Mapping[str, str | None]], file_name: str
) -> tuple[TreatyAction, ...]:
    return tuple(parse_action(row, origin) for row, origin in _numbered(rows, file_name))


def parse_extensions(
    rows: Iterable[Mapping[str, str | None]], file_name: str
) -> tuple[DeadlineExtension, ...]:
    return tuple(parse_extension(row, origin) for row, origin in _numbered(rows, file_name))


def parse_conflicts(
    rows: Iterable[Mapping[str, str | None]], file_name: str
) -> tuple[ArmedConflict, ...]:
    return tuple(parse_conflict(row, origin) for row, origin in _numbered(rows, file_name))


def parse_findings(
    rows: Iterable[Mapping[str, str | None]], file_name: str
) -> tuple[ObligationFinding, ...]:
    return tuple(parse_finding(row, origin) for row, origin in _numbered(rows, file_name))
