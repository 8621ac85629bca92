"""Checks across facts: what no depositary record can say.

Refused, each with the row and the reason (``FactError``): an unknown treaty; an act dated
before the treaty was opened for signature or after today; a second signature, a second
instrument of consent, a second withdrawal notification; a signature after the consent; a
withdrawal or "suspension" by a State that had not consented before it; a succession notified
before the succession itself; a deadline extension for a State that never consented.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date

from minewatch.errors import FactError
from minewatch.law.facts import ACTION_TYPES, CONSENT_ACTIONS, Facts, TreatyAction
from minewatch.law.treaties import Treaty

_NEEDS_CONSENT = ("withdrawal_notification", "withdrawal_effective", "suspension_notification")


def _refuse(action: TreatyAction | None, origin: str, reason: str, code: str) -> FactError:
    where = action.origin if action is not None and action.origin else origin
    return FactError(f"{where}: {reason}", code=code)


def _order(action: TreatyAction) -> tuple[date, int]:
    return action.date, ACTION_TYPES.index(action.action)


def _check_dates(action: TreatyAction, treaty: Treaty, today: date) -> None:
    if action.date > today:
        raise _refuse(action, "", f"{action.action} dated {action.date}, after today", "MW403")
    if action.date < treaty.opened_for_signature:
        raise _refuse(
            action,
            "",
            f"{action.action} dated {action.date}, before {treaty.id} was opened for "
            f"signature on {treaty.opened_for_signature}",
            "MW403",
        )
    if action.succession_date is not None and action.succession_date > action.date:
        raise _refuse(
            action,
            "",
            f"succession notified on {action.date}, before the succession of "
            f"{action.succession_date}",
            "MW403",
        )


def _check_sequence(actions: list[TreatyAction]) -> None:
    """One State's actions under one treaty, in date order."""
    seen: dict[str, TreatyAction] = {}
    for action in sorted(actions, key=_order):
        kind = "consent" if action.action in CONSENT_ACTIONS else action.action
        consent = seen.get("consent")
        if kind in seen and kind != "suspension_notification":
            earlier = seen[kind]
            raise _refuse(
                action,
                "",
                f"second {kind} by {action.iso3} for {action.treaty} ({action.action} of "
                f"{action.date}; already {earlier.action} of {earlier.date})",
                "MW404",
            )
        if kind == "signature" and consent is not None:
            raise _refuse(
                action,
                "",
                f"signature of {action.date} after {consent.action} of {consent.date}",
                "MW403",
            )
        if kind in _NEEDS_CONSENT and consent is None:
            raise _refuse(
                action,
                "",
                f"{action.action} by {action.iso3}, which never consented to be bound by "
                f"{action.treaty} before {action.date}",
                "MW405",
            )
        seen[kind] = action


def _check_findings(
    facts: Facts, treaties: Mapping[str, Treaty], consented: set[tuple[str, str]], today: date
) -> None:
    for finding in facts.findings:
        treaty = treaties.get(finding.treaty)
        if treaty is None:
            raise _refuse(None, finding.origin, f"unknown treaty {finding.treaty!r}", "MW407")
        known = [o.id for o in treaty.obligations]
        if finding.obligation not in known:
            raise _refuse(
                None,
                finding.origin,
                f"unknown obligation {finding.obligation!r} (known: {', '.join(known)})",
                "MW409",
            )
        if (finding.treaty, finding.iso3) not in consented:
            raise _refuse(
                None,
                finding.origin,
                f"finding on {finding.iso3}, which never consented to {finding.treaty}",
                "MW405",
            )
        if finding.date > today:
            raise _refuse(
                None, finding.origin, f"finding dated {finding.date}, after today", "MW403"
            )


def validate_facts(facts: Facts, treaties: Mapping[str, Treaty], today: date) -> None:
    """Raise ``FactError`` for the first fact no consistent record can contain."""
    by_state: dict[tuple[str, str], list[TreatyAction]] = defaultdict(list)
    for action in facts.actions:
        treaty = treaties.get(action.treaty)
        if treaty is None:
            raise _refuse(action, "", f"unknown treaty {action.treaty!r}", "MW407")
        _check_dates(action, treaty, today)
        by_state[(action.treaty, action.iso3)].append(action)
    for actions in by_state.values():
        _check_sequence(actions)
    consented = {
        key for key, acts in by_state.items() if any(a.action in CONSENT_ACTIONS for a in acts)
    }
    _check_findings(facts, treaties, consented, today)
    for extension in facts.extensions:
        if extension.treaty not in treaties:
            raise _refuse(None, extension.origin, f"unknown treaty {extension.treaty!r}", "MW407")
        if (extension.treaty, extension.iso3) not in consented:
            raise _refuse(
                None,
                extension.origin,
                f"deadline extension for {extension.iso3}, which never consented to "
                f"{extension.treaty}",
                "MW405",
            )
