"""Building small, synthetic fact sets for the law engine tests."""

from __future__ import annotations

from datetime import date

from minewatch.law import ArmedConflict, DeadlineExtension, Facts, ObligationFinding, TreatyAction
from minewatch.law.facts import INSTRUMENT_ACTIONS

SOURCE = ("https://example.org/test-fact",)
# 40 real codes used as filler: 39 deposit early in 1998, the 40th on 1998-09-16, so that the
# APMBC's own entry into force is 1999-03-01 as in the record
FILLER = [
    "AGO",
    "ALB",
    "AND",
    "ARG",
    "ATG",
    "AUS",
    "AUT",
    "BEL",
    "BEN",
    "BFA",
    "BGR",
    "BHS",
    "BIH",
    "BLZ",
    "BOL",
    "BRA",
    "BRB",
    "BWA",
    "CAN",
    "CHE",
    "CHL",
    "CIV",
    "CMR",
    "CRI",
    "CYP",
    "CZE",
    "DEU",
    "DJI",
    "DMA",
    "DNK",
    "DOM",
    "ECU",
    "ESP",
    "FJI",
    "FRA",
    "GAB",
    "GBR",
    "GHA",
    "GIN",
    "GMB",
]


def act(
    action: str,
    day: str,
    iso3: str = "POL",
    treaty: str = "APMBC",
    succession_date: str | None = None,
    predecessor: str | None = None,
) -> TreatyAction:
    return TreatyAction(
        treaty=treaty,
        iso3=iso3,
        action=action,
        date=date.fromisoformat(day),
        sources=SOURCE,
        succession_date=date.fromisoformat(succession_date) if succession_date else None,
        predecessor=predecessor,
    )


def filler(
    treaty: str = "APMBC", count: int = 40, nth_day: str = "1998-09-16"
) -> list[TreatyAction]:
    early = [act("ratification", "1998-01-10", iso3, treaty) for iso3 in FILLER[: count - 1]]
    return [*early, act("ratification", nth_day, FILLER[count - 1], treaty)]


def facts_with(
    *actions: TreatyAction,
    conflicts: tuple[ArmedConflict, ...] = (),
    extensions: tuple[DeadlineExtension, ...] = (),
    findings: tuple[ObligationFinding, ...] = (),
) -> Facts:
    """Facts in which the treaty's 40th instrument is deposited on 1998-09-16 (in force
    1999-03-01), counting the given actions' instruments deposited before that day."""
    early = sum(a.action in INSTRUMENT_ACTIONS and a.date < date(1998, 9, 16) for a in actions)
    base = filler()
    return Facts(tuple(base[early:]) + actions, extensions, conflicts, findings)


def conflict(iso3: str, start: str, end: str | None) -> ArmedConflict:
    return ArmedConflict(
        iso3=iso3,
        start=date.fromisoformat(start),
        end=date.fromisoformat(end) if end else None,
        description="test conflict",
        source=SOURCE[0],
    )


def extension(iso3: str, deadline: str) -> DeadlineExtension:
    return DeadlineExtension("APMBC", "5", iso3, date.fromisoformat(deadline), SOURCE[0])


def finding(obligation: str, result: str, day: str, iso3: str = "POL") -> ObligationFinding:
    return ObligationFinding("APMBC", iso3, obligation, result, date.fromisoformat(day), SOURCE[0])
