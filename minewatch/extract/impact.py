"""Humanitarian-impact and advocacy rules of the pipeline (part of ``minewatch.arguments.v1``).

Which states a casualty, contamination or clearance figure belongs to (GUIDELINES §5.4, §7),
which figures are reported results rather than talk about mine action, and which calls are
treaty advocacy (§5.5).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from minewatch.extract import arguments, figures, segment, treaties, triggers, values
from minewatch.extract.context import Topic
from minewatch.extract.lexicons import conjunctions, lexicon_pattern, load_lexicon

# ", o Latvijos Seimas … priėmė", "; the Senate voted": another coordinated clause
OWN_CLAUSE = re.compile(
    rf";|,\s+(?:{conjunctions('additive', 'contrast', 'after_comma')})\s", re.IGNORECASE
)


def affected(
    trigger: triggers.TriggerMatch,
    actors: list[Any],
    sentence: segment.Sentence,
    text: str,
    lang: str,
    topic: Topic,
) -> list[Any]:
    """The affected countries of an impact figure among the states of its sentence: those of
    the trigger's own clause, not borders, datelines or donors (else the document's state)."""
    actors = in_own_clause(trigger, actors, sentence) or actors
    if arguments.is_global(sentence.text, lang):
        shares = [a for a in actors if names_a_share(text, a, lang)]
        if shares:  # "weltweit 219 Opfer, die meisten davon in der Ukraine": a global figure
            return [a for a in actors if a not in shares]
    located = [
        a
        for a in actors
        if not names_a_border(text, a, lang)
        and not values.in_dateline(a, sentence)
        and not names_a_donor(text, a, lang)
    ]
    if len(located) < len(actors):  # "along the Thai border": a place, not the country
        return located or list(topic.main_state)
    return actors


def in_own_clause(
    trigger: triggers.TriggerMatch, names: list[Any], sentence: segment.Sentence
) -> list[Any]:
    """Names in the trigger's own coordinated clause ("…, et le Sri Lanka prévoit d'achever le
    déminage": not the state of the clause before)."""
    kept = []
    for name in names:
        low, high = sorted(
            (name.end, trigger.start) if name.end <= trigger.start else (trigger.end, name.start)
        )
        if not OWN_CLAUSE.search(sentence.text[low - sentence.start : high - sentence.start]):
            kept.append(name)
    return kept


def unmeasured(kind: str, mood: str, facts: values.Values, text: str, lang: str) -> bool:
    """Clearance with no figure, amount or date ("an aid worker who has cleared mines", "so that
    demining is possible later"), and planned or possible hazards with neither ("a problem that
    will take decades"): talk about mine action, not a reported result (GUIDELINES §5.4)."""
    if facts.quantity is not None or facts.date is not None or mood == "denied":
        return False
    if kind == "clearance":
        return mood != "fact" or not figures.has_vague_amount(text, lang)
    return kind == "contamination" and mood != "fact"


def not_in_names(found: list[Any], mentions: list[Any]) -> list[Any]:
    """ "Landmine Monitor 2024": a year that ends an organisation's or report's name is not a
    date of the events it reports (GUIDELINES §8.1)."""
    named = {m.end for m in mentions if m.kind == "organisation"}
    return [d for d in found if not (str(d.text).isdigit() and {d.start - 1, d.start} & named)]


def null_treaty_ok(
    trigger: triggers.TriggerMatch, here: list[treaties.TreatyMention], text: str
) -> bool:
    """Casualties of any mine, and hazards or clearance of "mines of all types", keep a null
    treaty; anti-tank hazards and other weapons are not annotated (GUIDELINES §10, §11)."""
    if trigger.type == "casualties":
        return True
    if trigger.type not in arguments.IMPACT_TYPES:
        return False
    others = [t for t in here if t.treaty == "none"]
    return bool(others) and not any(treaties.is_anti_tank(text[t.start : t.end]) for t in others)


def all_parliament(actors: list[Any], text: str, lang: str) -> bool:
    """Unnamed members of a state's own parliament ("opposition MPs", "Депутаты")."""
    return all_states(actors) and all(
        triggers.is_parliament(text[a.start : a.end], lang) for a in actors
    )


def all_states(actors: list[Any]) -> bool:
    return bool(actors) and all(getattr(a, "state", None) for a in actors)


def hit(
    found: list[triggers.TriggerMatch],
    links: Any,
    actors: list[Any],
    acting: set[int],
    topic: Topic,
) -> list[Any]:
    """When every state of the sentence commits the weapon act ("Occupiers scattered mines …
    two people were hurt"), the victims are where the weapons were used, else in the
    document's state, else (nothing better known) the named states."""
    places = [
        c
        for t in found
        if t.type not in arguments.IMPACT_TYPES
        for c in links.of(t).counterparts
        if id(c) not in acting
    ]
    main = [m for m in topic.main_state if m.state not in {a.state for a in actors}]
    return places or main or actors


def _border(lang: str) -> re.Pattern[str] | None:
    return lexicon_pattern("arguments", "markers", "border", lang)


def names_a_border(text: str, mention: Any, lang: str) -> bool:
    """ "along the Thai border", "on the border with Thailand", "frontière thaïlandaise": the
    state names a border."""
    pattern = _border(lang)
    if pattern is None:
        return False
    after = text[mention.end : mention.end + 12]
    before = text[max(0, mention.start - 22) : mention.start]
    return bool(pattern.match(after.lstrip(" -"))) or bool(
        re.search(rf"(?:{pattern.pattern})\w*\s+(?:\w+\s+){{0,2}}$", before, re.IGNORECASE)
    )


@lru_cache(maxsize=16)
def _share(lang: str) -> re.Pattern[str] | None:
    words = load_lexicon("arguments", "markers").get("share", {}).get(lang, [])
    if not words:
        return None
    body = "|".join(f"(?:{w})" for w in words)
    articles = r"(?:(?:the|der|die|dem|den|la|le|les)\s+|[ld]['’])?"
    return re.compile(rf"(?<!\w)(?:{body})\s+{articles}$", re.IGNORECASE)


def names_a_share(text: str, mention: Any, lang: str) -> bool:
    """ "…, die meisten davon in der Ukraine", "most of them in Myanmar": where the bulk of a
    figure is, not a figure of that state."""
    pattern = _share(lang)
    return pattern is not None and bool(
        pattern.search(text[max(0, mention.start - 40) : mention.start])
    )


@lru_cache(maxsize=16)
def _donor(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    words = load_lexicon("arguments", "markers").get("donor", {}).get(lang, [])
    if not words:
        return None
    body = "|".join(f"(?:{w})" for w in words)
    return (
        re.compile(
            rf"(?<!\w)(?:{body})\s+(?:(?:the|la|le|les|der|die|dem|den)\s+|[ld]['’])?$", re.I
        ),
        re.compile(rf"^[\s-]{{0,2}}(?:{body})", re.IGNORECASE),
    )


def names_a_donor(text: str, mention: Any, lang: str) -> bool:
    """ "funded by Saudi Arabia", "financé par l'Arabie saoudite", "Japonijos finansuojamas": the
    state pays for mine action; it is not the affected country of the figure."""
    patterns = _donor(lang)
    if patterns is None:
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    after = text[mention.end : mention.end + 30]
    return bool(patterns[0].search(before) or patterns[1].match(after))


