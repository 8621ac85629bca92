"""The treaty law engine: pure functions from a treaty's rules and depositary facts to a State's
legal position on a date, each computed value with its explanation.  No I/O except reading the
bundled treaty and fact files.

Public API (stable; other stages import only these names):

Treaties (``minewatch/data/treaties/*.yaml``)
    ``Treaty``, ``bundled_treaties() -> Mapping[str, Treaty]``, ``get_treaty(id)``,
    ``load_treaty(path) -> Treaty`` (a new treaty needs only a YAML file and its facts)
Facts
    ``TreatyAction``, ``DeadlineExtension``, ``ArmedConflict``, ``ObligationFinding``,
    ``Facts``, ``ACTION_TYPES``, ``FINDINGS``,
    ``read_facts(folder=None) -> Facts`` (parse and validate, all or nothing),
    ``validate_facts(facts, treaties, today)``, ``parse_action(row, origin)``
Computation
    ``treaty_entry_into_force(treaty, facts) -> Explanation``
    ``state_entry_into_force(treaty, facts, iso3) -> Explanation``
    ``withdrawal_of(treaty, facts, iso3) -> Withdrawal``
    ``state_status(treaty, facts, iso3, on) -> StateStatus``; ``treaty_status(treaty, facts, on)``
    ``party_count_series(treaty, facts) -> tuple[PartyCount, ...]``; ``count_parties(...)``
    ``changes(treaties, facts, start, end)``; ``overview(treaties, facts, on, months=24)``
    ``explain(status, value_name) -> Explanation``
Vocabularies
    ``STATUSES``, ``PARTY_STATUSES``, ``OBLIGATION_STATES``, ``STATUS_COLUMNS``

Statuses: non_signatory, signatory, consented, party, withdrawing, withdrawal_suspended,
withdrawn.  Flags: suspension_claimed, withdrawal_effective_published, in_armed_conflict,
successor_of_<ISO3>, clearance_deadline_extended.  See ``docs/law.md`` for the rules and decisions.
"""

from minewatch.law.bundle import read_facts
from minewatch.law.calendar import add_months, first_of_month_after
from minewatch.law.engine import (
    Withdrawal,
    state_entry_into_force,
    treaty_entry_into_force,
    withdrawal_of,
)
from minewatch.law.explain import Explanation
from minewatch.law.facts import (
    ACTION_TYPES,
    CONSENT_ACTIONS,
    FINDINGS,
    ArmedConflict,
    DeadlineExtension,
    Facts,
    ObligationFinding,
    TreatyAction,
    parse_action,
)
from minewatch.law.series import (
    Change,
    Overview,
    PartyCount,
    changes,
    count_parties,
    overview,
    party_count_series,
)
from minewatch.law.status import (
    OBLIGATION_STATES,
    PARTY_STATUSES,
    STATUS_COLUMNS,
    STATUSES,
    Obligation,
    StateStatus,
    explain,
    state_status,
    treaty_status,
)
from minewatch.law.treaties import Treaty, bundled_treaties, get_treaty, load_treaty
from minewatch.law.validate import validate_facts

__all__ = [
    "ACTION_TYPES",
    "CONSENT_ACTIONS",
    "FINDINGS",
    "OBLIGATION_STATES",
    "PARTY_STATUSES",
    "STATUSES",
    "STATUS_COLUMNS",
    "ArmedConflict",
    "Change",
    "DeadlineExtension",
    "Explanation",
    "Facts",
    "Obligation",
    "ObligationFinding",
    "Overview",
    "PartyCount",
    "StateStatus",
    "Treaty",
    "TreatyAction",
    "Withdrawal",
    "add_months",
    "bundled_treaties",
    "changes",
    "count_parties",
    "explain",
    "first_of_month_after",
    "get_treaty",
    "load_treaty",
    "overview",
    "parse_action",
    "party_count_series",
    "read_facts",
    "state_entry_into_force",
    "state_status",
    "treaty_entry_into_force",
    "treaty_status",
    "validate_facts",
    "withdrawal_of",
]
