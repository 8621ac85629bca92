"""End-to-end extraction on short texts written for these tests (not copied from the corpus)."""

from __future__ import annotations

from minewatch.extract import EXTRACTOR_VERSION, extract_document
from minewatch.records import TextDocument


def _claims(
    text: str, lang: str = "en", published: str | None = "2025-04-10"
) -> list[tuple[object, ...]]:
    doc = TextDocument(id="t", text=text, published=published, lang=lang)
    found = extract_document(doc)
    for claim in found:
        assert doc.text[claim.start : claim.end] == claim.evidence
        assert claim.extractor.endswith(EXTRACTOR_VERSION)
    return [(c.type, c.actor, c.modality) for c in found]


def test_irrelevant_document_yields_nothing() -> None:
    assert _claims("The city council approved a new bus line on Monday.") == []


def test_sea_mines_yield_nothing() -> None:
    assert _claims("Minehunters cleared two sea mines; naval divers found a contact mine.") == []


def test_ratification_with_actor_and_date() -> None:
    text = "Norway backs the landmine ban.\n\nNorway ratified the Mine Ban Convention in 1998."
    doc = TextDocument(id="t", text=text, published="2025-04-10", lang="en")
    ratified = [c for c in extract_document(doc) if c.type == "ratification"]
    assert [(c.actor, c.date, c.treaty) for c in ratified] == [("NOR", "1998", "APMBC")]


def test_context_state_is_not_the_actor() -> None:
    text = (
        "Landmine treaty news.\n\n"
        "Finland, which borders Russia, ratified the Ottawa Convention in 2012."
    )
    actors = {actor for kind, actor, _ in _claims(text) if kind == "ratification"}
    assert actors == {"FIN"}


def test_coordinated_actors_each_get_a_claim() -> None:
    text = (
        "Landmine treaty.\n\nThe defence ministers of Poland, Lithuania and Latvia recommended "
        "that their countries withdraw from the Ottawa Convention."
    )
    actors = {actor for kind, actor, _ in _claims(text) if kind == "withdrawal_intent"}
    assert actors == {"POL", "LTU", "LVA"}


def test_denial_scoped_to_the_verb() -> None:
    text = "Anti-personnel mines.\n\nThe minister said Estonia has not used anti-personnel mines."
    assert ("use", "EST", "denied") in _claims(text)


def test_call_makes_the_demanded_event_urged() -> None:
    text = "Landmine treaty.\n\nThe ICBL urged India to accede to the Mine Ban Treaty."
    found = _claims(text)
    assert ("advocacy", "ICBL", "fact") in found
    assert ("accession", "IND", "urged") in found


def test_treaty_description_is_not_an_event() -> None:
    text = (
        "Landmines.\n\nThe Ottawa Convention bans the use and production of anti-personnel mines."
    )
    kinds = {kind for kind, _, _ in _claims(text)}
    assert not kinds & {"use", "production"}


def test_repeated_mentions_merge() -> None:
    text = (
        "Landmine ban.\n\nPoland ratified the Ottawa Convention in 2012. Poland ratified it late."
    )
    ratified = [c for c in _claims(text) if c[0] == "ratification"]
    assert ratified == [("ratification", "POL", "fact")]


def test_buyer_is_the_recipient() -> None:
    text = "Landmines.\n\nEstonia plans to buy anti-personnel mines next year."
    doc = TextDocument(id="t", text=text, published="2025-05-22", lang="en")
    transfers = [c for c in extract_document(doc) if c.type == "transfer"]
    assert [(c.actor, c.counterpart, c.modality) for c in transfers] == [(None, "EST", "planned")]


def test_not_yet_is_a_status() -> None:
    text = (
        "Ottawa Convention.\n\n"
        "The Lithuanian Seimas has not yet voted on leaving the Ottawa Convention."
    )
    assert not [k for k, _, _ in _claims(text) if k == "withdrawal_vote"]


def test_gapped_coordination_gives_each_state_its_date() -> None:
    text = (
        "Ottawa Convention.\n\nLatvia's withdrawal from the Ottawa Convention takes effect on "
        "27 December 2025, and Poland's on 20 February 2026."
    )
    doc = TextDocument(id="t", text=text, published="2025-08-22", lang="en")
    effective = {
        (c.actor, c.date) for c in extract_document(doc) if c.type == "withdrawal_effective"
    }
    assert ("POL", "2026-02-20") in effective


def test_first_person_call_in_a_signed_letter() -> None:
    text = (
        "Open letter on the Ottawa Convention\n\nWe urge the Government of Finland to stay in "
        "the Mine Ban Treaty.\n\nSincerely,\n\nAnna Virtanen\nMarko Salo\n"
    )
    doc = TextDocument(id="t", text=text, published="2025-05-01", lang="en")
    callers = {c.actor for c in extract_document(doc) if c.type == "advocacy"}
    assert callers == {"Anna Virtanen", "Marko Salo"}


def test_unnamed_government_is_the_home_state() -> None:
    text = "Miny przeciwpiechotne.\n\nRząd zdecydował o wypowiedzeniu konwencji ottawskiej."
    found = _claims(text, lang="pl", published="2025-03-07")
    assert ("withdrawal_intent", "POL", "fact") in found


def test_anti_tank_story_yields_no_weapon_claims() -> None:
    text = (
        "Army buys more anti-tank mines\n\n"
        "The Finnish Defence Forces will procure more anti-tank mines from a domestic maker. "
        "The Ottawa Convention does not cover anti-tank mines. "
        "Officers said minefields would be used to slow down tanks in a war."
    )
    assert _claims(text, published="2024-09-12") == []
