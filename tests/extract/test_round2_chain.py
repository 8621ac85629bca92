"""Round-2 rules of the withdrawal chain and treaty membership (GUIDELINES §5.1, §11)."""

from __future__ import annotations

from minewatch.extract.steps import counted_states
from minewatch.extract.triggers import TriggerMatch, find_triggers


def _types(text: str, lang: str) -> list[str]:
    return [t.type for t in find_triggers(text, 0, lang, True, False)]


def _at(text: str, word: str, kind: str, offset: int = 0) -> TriggerMatch:
    start = text.index(word)
    return TriggerMatch(kind, start + offset, start + len(word) + offset, word)


def test_counted_states_from_the_phrase_list() -> None:
    text = "Since 1997 more than 100 countries have signed the treaty."
    assert counted_states(_at(text, "signed", "signature"), text, 0, "en")
    assert "signature" not in _types(text, "en")


def test_counted_states_from_a_counted_quantity() -> None:
    # "signataires" is no ``state_count`` phrase: the quantity's unit carries the count
    text = "La Convention, ratifiée depuis par 164 signataires, reste en vigueur."
    assert counted_states(_at(text, "ratifiée", "ratification", 500), text, 500, "fr")
    assert "ratification" not in _types(text, "fr")


def test_counted_states_in_other_languages() -> None:
    text = "Konwencję podpisało ponad 160 państw."
    assert counted_states(_at(text, "podpisało", "signature"), text, 0, "pl")
    text = "Sopimukseen on liittynyt yli 160 valtiota."
    assert counted_states(_at(text, "liittynyt", "accession"), text, 0, "fi")


def test_a_named_state_signing_is_an_event() -> None:
    text = "Ukraine signed the Convention in 1999 and ratified it in 2005."
    assert not counted_states(_at(text, "signed", "signature"), text, 0, "en")
    assert {"signature", "ratification"} <= set(_types(text, "en"))


def test_counting_applies_to_membership_only() -> None:
    text = "Parliament voted 157 to 18 to leave; 164 states remain parties."
    assert not counted_states(_at(text, "voted", "withdrawal_vote"), text, 0, "en")


def _sentences(text: str, lang: str) -> list[str]:
    from minewatch.extract.segment import segment

    return [s.text for s in segment(text, lang)]


def test_an_abbreviated_year_unit_ends_its_sentence() -> None:
    pl = "Umowa weszła w życie dla Polski 1 czerwca 2013 r. Rząd chce z niej wyjść."
    assert _sentences(pl, "pl") == [
        "Umowa weszła w życie dla Polski 1 czerwca 2013 r.",
        "Rząd chce z niej wyjść.",
    ]
    lt = "Lietuva sutartį ratifikavo 2003 m. Dabar Seimas svarsto pasitraukimą."
    assert len(_sentences(lt, "lt")) == 2
    ru = "Договор вступил в силу для Украины в 2006 г. Москва его не подписала."
    assert len(_sentences(ru, "ru")) == 2


def test_a_date_that_opens_the_sentence_keeps_it_whole() -> None:
    assert len(_sentences("W 2012 r. Polska ratyfikowała konwencję.", "pl")) == 1
    assert len(_sentences("2025 m. kovo 7 d. Lietuva pranešė apie sprendimą.", "lt")) == 1


def _claims(text: str, lang: str) -> list[tuple[str, str | None]]:
    from minewatch.extract.pipeline import extract_document
    from minewatch.records import TextDocument

    doc = TextDocument("t", text, "2026-02-20", lang)
    return [(c.type, c.actor) for c in extract_document(doc)]


def test_our_country_is_the_state_a_treaty_enters_into_force_for() -> None:
    uk = (
        "Україна виходить з Оттавської конвенції про заборону протипіхотних мін. "
        "Україна підписала Конвенцію у 1999 році, а для нашої держави вона набула чинності "
        "1 червня 2006 року."
    )
    assert ("entry_into_force", "UKR") in _claims(uk, "uk")
    pl = (
        "Polska opuszcza konwencję ottawską o zakazie min przeciwpiechotnych. "
        "Polska ją ratyfikowała, a dla naszego kraju wszedł on w życie w 2013 r."
    )
    assert ("entry_into_force", "POL") in _claims(pl, "pl")


def test_without_a_beneficiary_the_treaty_itself_enters_into_force() -> None:
    en = (
        "Finland is leaving the Ottawa Convention on anti-personnel mines. Finland joined in "
        "2012. The treaty entered into force on 1 March 1999."
    )
    assert ("entry_into_force", None) in _claims(en, "en")


def test_staying_in_the_treaty_is_a_denied_intent() -> None:
    en = "Lithuania left the Ottawa Convention. Norway has said it will stay."
    assert ("withdrawal_intent", "NOR") in _claims(en, "en")
    de = (
        "Litauen trat aus dem Ottawa-Übereinkommen aus. Österreichs Regierung sagte, ein "
        "Austritt komme derzeit nicht in Frage."
    )
    assert ("withdrawal_intent", "AUT") in _claims(de, "de")
    de = "Litauen trat aus dem Ottawa-Übereinkommen aus. Deutschland bleibe Vertragsstaat."
    assert ("withdrawal_intent", "DEU") in _claims(de, "de")
    ru = "Литва вышла из Оттавской конвенции. Германия останется участницей конвенции."
    assert ("withdrawal_intent", "DEU") in _claims(ru, "ru")


def test_staying_moods_are_denied() -> None:
    from minewatch.extract.pipeline import extract_document
    from minewatch.records import TextDocument

    text = "Latvia left the Ottawa Convention. Norway will stay a party to the treaty."
    moods = {
        c.modality
        for c in extract_document(TextDocument("t", text, "2026-01-10", "en"))
        if c.actor == "NOR"
    }
    assert moods == {"denied"}


def test_mines_that_stay_are_no_intent() -> None:
    en = "Lithuania left the Ottawa Convention. Mines will stay in the ground for decades."
    assert not [c for c in _claims(en, "en") if c[0] == "withdrawal_intent"]


def test_ceased_to_be_a_party_is_past() -> None:
    from minewatch.extract import modality

    text = "Lithuania and Latvia ceased to be parties on 27 December 2025."
    start = text.index("ceased")
    mood = modality.modality(text, start, start + len("ceased to be"), "withdrawal_effective", "en")
    assert mood == "fact"
    text = "Lithuania is to be out of the treaty by December."
    start = text.index("out of")
    assert modality.modality(text, start, start + 6, "withdrawal_effective", "en") == "planned"


def test_a_fronted_intent_noun_is_the_later_verbs_event() -> None:
    lt = "Sprendimą trauktis iš sutarties Lietuvos ir Lenkijos ministrai pasiūlė dar kovo mėnesį."
    kept = [t for t in find_triggers(lt, 0, "lt", True) if t.type == "withdrawal_intent"]
    assert [t.text for t in kept] == ["pasiūlė"]
    pl = "Decyzję o wyjściu z konwencji ministrowie obrony Polski zarekomendowali w marcu."
    kept = [t for t in find_triggers(pl, 0, "pl", True) if t.type == "withdrawal_intent"]
    assert [t.text for t in kept] == ["zarekomend"]


def test_intents_of_two_clauses_stay_two() -> None:
    en = "Decisions to withdraw were announced in Vilnius, but Oslo has no plans to leave."
    kept = [t for t in find_triggers(en, 0, "en", True) if t.type == "withdrawal_intent"]
    assert len(kept) >= 2


def _actors_of(text: str, lang: str, kind: str = "withdrawal_intent") -> set[str | None]:
    return {actor for t, actor in _claims(text, lang) if t == kind}


def test_two_groups_joined_around_a_shared_office_act_together() -> None:
    en = (
        "Sweden plans to leave the Ottawa Convention on landmines. In May the Danish and "
        "Norwegian foreign ministers, together with their Swedish and Finnish counterparts, "
        "recommended leaving the Convention."
    )
    assert {"DNK", "NOR", "SWE", "FIN"} <= _actors_of(en, "en")


def test_german_office_holders_after_the_verb_are_subjects() -> None:
    de = (
        "Schweden will das Ottawa-Übereinkommen verlassen. Im Mai empfahlen die Außenminister "
        "Dänemarks und Norwegens ihren Regierungen den Austritt aus dem Ottawa-Übereinkommen."
    )
    assert {"DNK", "NOR"} <= _actors_of(de, "de")
    de = (
        "Schweden will das Ottawa-Übereinkommen verlassen. Am Montag kündigte auch Dänemarks "
        "Regierungschefin Mette Frederiksen an, ihr Land werde den Vertrag verlassen."
    )
    assert "DNK" in _actors_of(de, "de")


def test_a_separable_prefix_is_a_whole_word() -> None:
    # "an" inside "Finnlands" is no separable prefix of "kündigte … an"
    de = "Die Regierung kündigte einen Austritt Finnlands an."
    spans = [t.text for t in find_triggers(de, 0, "de", True)]
    assert all(not s.endswith("Finnlan") for s in spans)


def test_a_month_of_that_year_takes_the_year_named_before() -> None:
    from minewatch.extract.dates import find_dates

    cases = [
        ("en", "The treaty was adopted in 1997 and entered into force in March of that year."),
        ("pl", "Traktat przyjęto w 1997 r., a w marcu tego samego roku wszedł w życie."),
        ("de", "Der Vertrag wurde 1997 beschlossen und im März desselben Jahres wirksam."),
        ("ru", "Договор приняли в 1997 году, а в марте того же года он вступил в силу."),
    ]
    for lang, text in cases:
        values = [d.value for d in find_dates(text, lang, "2025-06-01")]
        assert values[-1] == "1997-03", (lang, values)


def test_a_month_alone_still_takes_the_news_year() -> None:
    from minewatch.extract.dates import find_dates

    text = "The treaty was adopted in 1997; Poland voted in March."
    assert find_dates(text, "en", "2025-06-01")[-1].value == "2025-03"


def test_a_place_name_after_the_year_unit_continues_the_sentence() -> None:
    lt = "Sutartis priimta 1997 m. Otavoje, o įsigaliojo 1999 m. kovo 1 d."
    assert len(_sentences(lt, "lt")) == 1
    pl = "Umowa weszła w życie w 2013 r. Litwa, Łotwa i Estonia już głosowały."
    assert len(_sentences(pl, "pl")) == 2


def test_german_reflexive_farewell_is_the_exit() -> None:
    de = "Estland hat sich im Dezember aus dem Ottawa-Übereinkommen verabschiedet."
    assert [t.type for t in find_triggers(de, 0, "de", True)] == ["withdrawal_effective"]
    de = "Der Bundestag verabschiedete das Gesetz zum Austritt aus dem Abkommen."
    assert "withdrawal_vote" in [t.type for t in find_triggers(de, 0, "de", True)]


def test_a_weighed_hypothetical_withdrawal_is_no_event() -> None:
    en = (
        "Latvia is debating the Ottawa Convention on landmines. A decision to withdraw from "
        "the Convention would represent a serious setback for Latvia."
    )
    assert not [c for c in _claims(en, "en") if c[0] == "withdrawal_intent"]
    en = (
        "Latvia is debating the Ottawa Convention on landmines. Latvia decided in March to "
        "withdraw from the Convention."
    )
    assert ("withdrawal_intent", "LVA") in _claims(en, "en")
