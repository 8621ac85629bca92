"""Claims against the law engine and the depositary facts.

Each check names the claim, what it asserts, and what the engine computes from which facts, so
that a reader can verify both sides:

* a withdrawal presented as effective ("has left", "took effect") on a day when the engine says
  the State was still a party, withdrawing, or only claimed a "suspension" (Ukraine 2025: the
  notification has no legal effect while the State is engaged in an armed conflict); an undated
  claim is checked on its document's publication day;
* a withdrawal announced as taking effect on a date the treaty excludes (notification received
  + six months, held back by an armed conflict);
* a deposit, signature, ratification/accession or entry into force dated differently from the
  depositary's record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from minewatch.law import (
    Facts,
    Treaty,
    TreatyAction,
    state_entry_into_force,
    state_status,
    treaty_entry_into_force,
    withdrawal_of,
)
from minewatch.reconcile import dates
from minewatch.reconcile.contradictions import ASSERTING
from minewatch.reconcile.merge import best_date
from minewatch.reconcile.records import Contradiction, SourcedClaim
from minewatch.states import is_known_state

CONSENT = ("ratification", "accession", "acceptance", "approval", "succession")
RECORDED_TYPES = frozenset(
    {"withdrawal_deposit", "signature", "ratification", "accession", "entry_into_force"}
)


@dataclass(frozen=True, slots=True)
class LawContext:
    """The treaties and the depositary facts the engine reasons from."""

    treaties: Mapping[str, Treaty]
    facts: Facts


def _quote(item: SourcedClaim) -> str:
    text = " ".join(item.claim.evidence.split())
    text = text if len(text) <= 90 else text[:87] + "..."
    return f'{item.source.document_id} ("{text}")'


def _as_of(item: SourcedClaim) -> date | None:
    stated = item.claim.date or item.source.published
    try:
        return dates.last_day(stated) if stated else None
    except ValueError:  # an impossible date cannot be checked
        return None


def _source(action: TreatyAction | None) -> str:
    return f" [source: {action.sources[0]}]" if action and action.sources else ""


def _contradiction(item: SourcedClaim, explanation: str, severity: int = 3) -> Contradiction:
    return Contradiction("law", (item.id,), explanation, severity)


def _effective_date(item: SourcedClaim, treaty: Treaty, law: LawContext) -> Contradiction | None:
    claim = item.claim
    assert claim.actor is not None and claim.date is not None
    w = withdrawal_of(treaty, law.facts, claim.actor)
    if w.effective is not None and not dates.compatible(claim.date, w.effective.isoformat()):
        return _contradiction(
            item,
            f"{_quote(item)} dates {claim.actor}'s withdrawal from {treaty.id} taking effect "
            f"{claim.date}; under {w.explanation.article} it takes effect "
            f"{w.effective} ({w.explanation.arithmetic}){_source(w.notification or w.published)}",
        )
    if w.effective is None and w.notification is not None and w.suspended_by_conflict:
        return _contradiction(
            item,
            f"{_quote(item)} dates {claim.actor}'s withdrawal from {treaty.id} taking effect "
            f"{claim.date}; the engine says it cannot take effect while the armed conflict "
            f"lasts ({w.explanation.arithmetic})",
        )
    return None


def _withdrawn_on(item: SourcedClaim, treaty: Treaty, law: LawContext) -> Contradiction | None:
    claim = item.claim
    day = _as_of(item)
    if claim.modality != "fact" or claim.actor is None or day is None:
        return None
    status = state_status(treaty, law.facts, claim.actor, day)
    if status.status == "withdrawn":
        return None
    when = f"by {claim.date}" if claim.date else f"when published ({item.source.published})"
    w = withdrawal_of(treaty, law.facts, claim.actor)
    if "suspension_claimed" in status.flags:
        why = (
            "its notification is a 'suspension', which the treaty does not provide for: it has "
            f"no legal effect, and under {w.explanation.article} a withdrawal during an "
            "armed conflict would not take effect before the conflict ends"
        )
    elif w.notification is not None:
        why = f"its withdrawal: {w.explanation.arithmetic}{_source(w.notification)}"
    else:
        why = "the depositary has no withdrawal notification of it on record"
    return _contradiction(
        item,
        f"{_quote(item)} presents {claim.actor}'s withdrawal from {treaty.id} as effective "
        f"{when}; the law engine says {claim.actor} was '{status.status}' on {day}: {why}",
    )


def _record_date(
    item: SourcedClaim, treaty: Treaty, law: LawContext
) -> tuple[list[date], TreatyAction | None]:
    claim = item.claim
    if claim.type == "entry_into_force" and claim.actor is None:
        value = treaty_entry_into_force(treaty, law.facts).value
        return ([value] if isinstance(value, date) else []), None
    assert claim.actor is not None
    actions = law.facts.for_state(treaty.id, claim.actor)
    wanted = {
        "withdrawal_deposit": ("withdrawal_notification", "suspension_notification"),
        "signature": ("signature",),
        "ratification": CONSENT,
        "accession": CONSENT,
    }.get(claim.type, ())
    found = [a for a in actions if a.action in wanted]
    days = [a.date for a in found]
    if claim.type in ("entry_into_force", "accession"):  # "party since 2013"
        value = state_entry_into_force(treaty, law.facts, claim.actor).value
        days += [value] if isinstance(value, date) else []
    return days, (found[0] if found else None)


def _against_record(item: SourcedClaim, treaty: Treaty, law: LawContext) -> Contradiction | None:
    claim = item.claim
    if claim.modality != "fact" or claim.date is None:
        return None
    days, action = _record_date(item, treaty, law)
    if not days or any(dates.compatible(claim.date, d.isoformat()) for d in days):
        return None
    recorded = " or ".join(sorted({d.isoformat() for d in days}))
    who = claim.actor or "the treaty"
    return _contradiction(
        item,
        f"{_quote(item)} dates {who}'s {claim.type.replace('_', ' ')} ({treaty.id}) "
        f"{claim.date}; the depositary record gives {recorded}{_source(action)}",
        severity=2,
    )


def recorded_date(items: Sequence[SourcedClaim], law: LawContext) -> str | None:
    """The best date among the claims that agree with the depositary record, when the
    event's claims disagree and the record can settle it (None if it cannot)."""
    first = items[0].claim
    treaty = law.treaties.get(first.treaty or "")
    if treaty is None or first.type not in RECORDED_TYPES:
        return None
    if first.actor is not None and not is_known_state(first.actor):
        return None
    if first.actor is None and first.type != "entry_into_force":
        return None
    days, _ = _record_date(items[0], treaty, law)
    agreeing = [
        i for i in items
        if i.claim.date and i.claim.modality in ASSERTING
        and any(dates.compatible(i.claim.date, d.isoformat()) for d in days)
    ]  # fmt: skip
    return best_date(agreeing) if agreeing else None


def check_claim(item: SourcedClaim, law: LawContext) -> Contradiction | None:
    """The contradiction between one claim and the law engine, if any."""
    claim = item.claim
    treaty = law.treaties.get(claim.treaty or "")
    if treaty is None:
        return None
    if claim.actor is not None and not is_known_state(claim.actor):
        return None
    if claim.type == "withdrawal_effective" and claim.actor is not None:
        asserted = claim.date and claim.modality in ASSERTING  # a denial agrees with the law
        dated = _effective_date(item, treaty, law) if asserted else None
        return dated or _withdrawn_on(item, treaty, law)
    if claim.type in ("withdrawal_deposit", "signature", "ratification", "accession"):
        return _against_record(item, treaty, law) if claim.actor is not None else None
    if claim.type == "entry_into_force":
        return _against_record(item, treaty, law)
    return None


def against_law(items: Sequence[SourcedClaim], law: LawContext) -> list[Contradiction]:
    """Every claim of ``items`` that the law engine and the depositary facts contradict."""
    return [c for item in items if (c := check_claim(item, law)) is not None]
