"""Claims → events: claims from any document or language that describe one real-world event.

Claims are first grouped by what an event *is* — type, actor, treaty, counterpart (for types that
have one) and modality class (:mod:`minewatch.reconcile.knowledge`).  Within a group:

* types that happen once per actor and treaty (a deposit, a ratification) form one event; claims
  with disagreeing dates stay on it and are reported as contradictions;
* repeating types (votes, transfers, use, casualty figures) are split by what distinguishes two
  occurrences: dates that exclude each other (2025-06 vs 2025-07; 2025-08 and 2025-08-20 are
  compatible), quantities further apart than the tolerances of :class:`MergeOptions`, different
  units, and different institutions named in the evidence (Sejm vs Senate, first reading vs
  final vote).
  A claim compatible with several occurrences (an undated "parliament approved it") joins one
  only if it names the same institution; otherwise it is not guessed onto one: such claims
  form events of their own (alike ones together), so that no merge is ever a guess.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from minewatch.reconcile import dates
from minewatch.reconcile.knowledge import institution, institutions_compatible, knowledge
from minewatch.reconcile.records import EventDraft, EventFields, SourcedClaim

GroupKey = tuple[str, str | None, str | None, str | None, str]
COUNTERPART_TYPES = frozenset({"transfer", "use", "advocacy"})
DATE_WEIGHT = {"fact": 1.0, "planned": 1.0, "alleged": 0.5, "possible": 0.5}


@dataclass(frozen=True, slots=True)
class MergeOptions:
    """Relative differences under which two figures may describe one event.

    ``quantity_tolerance`` applies to any two claims (rounding: "about 139,000");
    ``pinned_tolerance`` to claims pinned to one occurrence — copies of one story (same
    syndication group) or the same exact day — where a different figure is a contradiction
    (413 vs 412 votes), not a second event.  ``next_day_same_institution``: dates one day
    apart that name the same institution, or come from copies of one story, are one event.
    """

    quantity_tolerance: float = 0.05
    pinned_tolerance: float = 0.25
    next_day_same_institution: bool = True


def group_key(item: SourcedClaim) -> GroupKey:
    c = item.claim
    counterpart = c.counterpart if c.type in COUNTERPART_TYPES else None
    return (c.type, c.actor, c.treaty, counterpart, knowledge().modality_class[c.modality])


def _quantities_close(a: float, b: float, tolerance: float) -> bool:
    if a == b:
        return True
    return abs(a - b) <= tolerance * max(abs(a), abs(b))


def _one_day_off(a: SourcedClaim, b: SourcedClaim, options: MergeOptions) -> bool:
    """Two days in a row, and either the same institution named or two copies of one story:
    one vote whose weekday ("on Thursday") a source resolved a day off, or a stale "yesterday"
    in a copy republished a day later (GUIDELINES §8.2).  Kept together, the dates show as a
    contradiction instead of making two events."""
    x, y = a.claim, b.claim
    if not options.next_day_same_institution or not (x.date and y.date):
        return False
    if dates.precision(x.date) != "day" or dates.precision(y.date) != "day":
        return False
    if dates.days_apart(x.date, y.date) != 1:
        return False
    group = a.source.syndication_group
    if group is not None and group == b.source.syndication_group:
        return True
    own = institution(x.type, x.evidence)
    return own is not None and own == institution(y.type, y.evidence)


def _pair_compatible(a: SourcedClaim, b: SourcedClaim, options: MergeOptions) -> bool:
    x, y = a.claim, b.claim
    if not dates.compatible(x.date, y.date) and not _one_day_off(a, b, options):
        return False
    if x.unit and y.unit and x.unit != y.unit:
        return False
    group = a.source.syndication_group
    pinned = (group is not None and group == b.source.syndication_group) or (
        dates.precision(x.date) == "day" and x.date == y.date
    )
    tolerance = options.pinned_tolerance if pinned else options.quantity_tolerance
    if (
        x.quantity is not None
        and y.quantity is not None
        and not _quantities_close(float(x.quantity), float(y.quantity), tolerance)
    ):
        return False
    return institutions_compatible(institution(x.type, x.evidence), institution(y.type, y.evidence))


def _specificity(item: SourcedClaim) -> tuple[int, int, int, int]:
    c = item.claim
    return (
        -len(c.date or ""),
        c.quantity is None,
        institution(c.type, c.evidence) is None,
        item.id,
    )


class _Cluster:
    """Claims of one occurrence; compatibility is checked once per distinct signature."""

    __slots__ = ("anchor", "bucket", "members", "signatures")

    def __init__(self, first: SourcedClaim) -> None:
        self.anchor = first.claim.date  # the most precise date: claims come most precise first
        quantity = first.claim.quantity
        self.bucket = None if quantity is None else _bucket(float(quantity))
        self.members = [first]
        self.signatures = {_signature(first): first}

    def add(self, item: SourcedClaim) -> None:
        self.members.append(item)
        self.signatures.setdefault(_signature(item), item)

    def fits(self, item: SourcedClaim, options: MergeOptions) -> bool:
        return all(_pair_compatible(item, m, options) for m in self.signatures.values())

    def agrees(self, item: SourcedClaim) -> bool:
        """The claim names the same institution as a claim here (positive evidence)."""
        own = institution(item.claim.type, item.claim.evidence)
        return own is not None and any(sig[3] == own for sig in self.signatures)


def _signature(item: SourcedClaim) -> tuple[object, ...]:
    c = item.claim
    return (c.date, c.unit, c.quantity, institution(c.type, c.evidence),
            item.source.syndication_group)  # fmt: skip


def _bucket(quantity: float) -> int:
    """Figures within a third of each other (any tolerance up to 1/3) fall in the same or
    adjacent buckets."""
    return 0 if quantity <= 0 else math.floor(math.log(quantity) / math.log(1.5))


def _neighbours(day: str) -> list[str]:
    try:
        moment = dates.first_day(day)
    except ValueError:  # not a real date: no neighbours
        return []
    return [date.fromordinal(moment.toordinal() + delta).isoformat() for delta in (-1, 1)]


class _Occurrences:
    """The clusters of one group, indexed by their anchor date and its coarser prefixes, so a
    claim is compared only with occurrences its date allows."""

    def __init__(self, options: MergeOptions) -> None:
        self.options = options
        self.clusters: list[_Cluster] = []
        self.by_date: dict[str, list[_Cluster]] = defaultdict(list)
        self.undated: list[_Cluster] = []
        self.by_size: dict[int, list[_Cluster]] = defaultdict(list)
        self.sizeless: list[_Cluster] = []

    def candidates(self, item: SourcedClaim) -> list[_Cluster]:
        """Clusters the claim's date and figure allow (a cheap filter before :meth:`fits`)."""
        stated, quantity = item.claim.date, item.claim.quantity
        if stated is None and quantity is not None:
            bucket = _bucket(float(quantity))
            near = (c for b in (bucket - 1, bucket, bucket + 1) for c in self.by_size.get(b, []))
            return [*near, *self.sizeless]
        if stated is None:
            return self.clusters
        found = self.by_date.get(stated, []) + self.undated
        if dates.precision(stated) == "day":
            found += [c for day in _neighbours(stated) for c in self.by_date.get(day, [])]
        if quantity is not None:
            bucket = _bucket(float(quantity))
            found = [c for c in found if c.bucket is None or abs(c.bucket - bucket) <= 1]
        return found

    def matches(self, item: SourcedClaim) -> list[_Cluster]:
        found = []
        named = institution(item.claim.type, item.claim.evidence) is not None
        for cluster in self.candidates(item):
            if cluster.fits(item, self.options):
                found.append(cluster)
                if len(found) > 1 and not named:
                    break  # ambiguous, and no institution can single one out
        return found

    def open(self, item: SourcedClaim) -> None:
        cluster = _Cluster(item)
        self.clusters.append(cluster)
        if cluster.bucket is None:
            self.sizeless.append(cluster)
        else:
            self.by_size[cluster.bucket].append(cluster)
        anchor = cluster.anchor
        if anchor is None:
            self.undated.append(cluster)
            return
        for key in {anchor[:4], anchor[:7], anchor}:
            self.by_date[key].append(cluster)


def _split_repeating(
    items: Sequence[SourcedClaim], options: MergeOptions
) -> list[list[SourcedClaim]]:
    occurrences = _Occurrences(options)
    undecided: list[SourcedClaim] = []
    for item in sorted(items, key=_specificity):
        matches = occurrences.matches(item)
        if len(matches) > 1:  # several occurrences fit: take one only on positive evidence
            matches = [cl for cl in matches if cl.agrees(item)]
            if len(matches) != 1:
                undecided.append(item)
                continue
        if matches:
            matches[0].add(item)
        else:
            occurrences.open(item)
    # claims that fit several occurrences are not guessed onto one; alike ones stay together
    rest = _Occurrences(options)
    for item in undecided:
        fits = rest.matches(item)
        if fits:
            fits[0].add(item)
        else:
            rest.open(item)
    return [c.members for c in (*occurrences.clusters, *rest.clusters)]


def best_date(items: Sequence[SourcedClaim]) -> str | None:
    """The date most claims support: a date is supported by the claims that state it or state a
    coarser date it refines; ties go to the more precise date, then to the date first stated
    (an original before its republished copies)."""
    stated = [(i.claim.date, DATE_WEIGHT.get(i.claim.modality, 0.25), i.id) for i in items]
    first_seen: dict[str, int] = {}
    for d, _, claim_id in sorted(stated, key=lambda s: s[2]):
        if d:
            first_seen.setdefault(d, claim_id)
    if not first_seen:
        return None

    def support(candidate: str) -> tuple[float, int, int]:
        score = sum(w for d, w, _ in stated if d and dates.refines(candidate, d))
        return (score, len(candidate), -first_seen[candidate])

    return max(first_seen, key=support)


def _modality(items: Sequence[SourcedClaim]) -> str:
    present = {i.claim.modality for i in items}
    return next(m for m in knowledge().modality_order if m in present)


def draft(items: Sequence[SourcedClaim]) -> EventDraft:
    """The event the claims describe (they share one group key)."""
    first = items[0].claim
    quantities = [float(i.claim.quantity) for i in items if i.claim.quantity is not None]
    units = [i.claim.unit for i in items if i.claim.unit]
    found = [n for i in items if (n := institution(i.claim.type, i.claim.evidence))]
    values = EventFields(
        type=first.type,
        actor=first.actor,
        treaty=first.treaty,
        counterpart=first.counterpart if first.type in COUNTERPART_TYPES else None,
        modality=_modality(items),
        date=best_date(items),
        quantity=min(quantities) if quantities else None,
        quantity_max=max(quantities) if quantities else None,
        unit=units[0] if units else None,
        institution=max(found, key=len) if found else None,
    )
    return EventDraft(values, tuple(sorted(i.id for i in items)))


def cluster_claims(
    claims: Iterable[SourcedClaim], options: MergeOptions | None = None
) -> list[list[SourcedClaim]]:
    """Claims partitioned into the real-world events they describe (deterministic order)."""
    options = options or MergeOptions()
    groups: dict[GroupKey, list[SourcedClaim]] = defaultdict(list)
    for item in claims:
        groups[group_key(item)].append(item)
    clusters: list[list[SourcedClaim]] = []
    for key in sorted(groups, key=lambda k: tuple(p or "" for p in k)):
        items = groups[key]
        if knowledge().types[key[0]].once:
            clusters.append(sorted(items, key=lambda i: i.id))
        else:
            clusters.extend(_split_repeating(items, options))
    return clusters


def merge_claims(
    claims: Iterable[SourcedClaim], options: MergeOptions | None = None
) -> list[EventDraft]:
    """The events described by ``claims``, each linked to all its claims."""
    return [draft(cluster) for cluster in cluster_claims(claims, options)]
