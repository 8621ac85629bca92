"""Cases for general constructions (written for these tests, not copied from any corpus):
boilerplate and wrong verb senses that must give nothing, metaphors that must gate out."""

from __future__ import annotations

from typing import Any

import pytest

from minewatch.extract import extract_document
from minewatch.records import TextDocument


def _claims(lang: str, text: str, published: str = "2026-03-01") -> list[tuple[str, str | None]]:
    doc = TextDocument(id="t", text=text, lang=lang, published=published)
    return [(c.type, c.actor) for c in extract_document(doc)]


NO_SIGNATURE = [
    ("en", "Sign up for our weekly newsletter on landmines and the Ottawa Convention."),
    ("en", "The president signed the withdrawal decree on Monday, citing the landmine threat."),
    ("fr", "La France a signalé des mines antipersonnel près de la frontière."),
    ("de", "Der Präsident unterzeichnete das Austrittsgesetz zur Ottawa-Konvention."),
    ("fi", "Presidentti allekirjoitti erolain, joka koskee Ottawan sopimusta."),
]


@pytest.mark.parametrize(("lang", "text"), NO_SIGNATURE)
def test_not_a_treaty_signature(lang: str, text: str) -> None:
    assert not [c for c in _claims(lang, text) if c[0] == "signature"]


def test_treaty_signature_still_found() -> None:
    assert ("signature", "CAN") in _claims(
        "fr", "Le Canada a signé la convention d'Ottawa en 1997."
    )
    assert ("signature", "POL") in _claims(
        "en", "Sign up here. Poland signed the Ottawa Convention in 1997."
    )


METAPHORS = [
    (
        "en",
        "Tactical minefield\nThe match was a tactical minefield: 3 defenders were injured, "
        "and the mines laid by the coach worked before half-time.",
    ),
    (
        "de",
        "Taktisches Minenfeld\nDas Spiel war ein taktisches Minenfeld: 3 Verteidiger wurden "
        "verletzt, die Minen des Trainers im Mittelfeld wirkten.",
    ),
    (
        "fr",
        "Champ de mines tactique\nLe match fut un champ de mines tactique : 3 défenseurs ont été "
        "blessés avant la mi-temps, les mines de l'entraîneur ont marché.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), METAPHORS)
def test_sports_minefield_is_not_about_mines(lang: str, text: str) -> None:
    assert _claims(lang, text) == []


GROUP_CALLS = [
    (
        "en",
        "Poland, Lithuania, Latvia, Estonia and Finland are leaving the Ottawa Convention. "
        "Human Rights Watch urged the five governments to reconsider.",
        {"POL", "LTU", "LVA", "EST", "FIN"},
    ),
    (
        "de",
        "Polen, Litauen, Lettland und Estland wollen aus dem Ottawa-Übereinkommen austreten. "
        "Amnesty International forderte die vier Regierungen auf, im Vertrag zu bleiben.",
        {"POL", "LTU", "LVA", "EST"},
    ),
    (
        "fr",
        "La Pologne et la Finlande quittent la convention d'Ottawa. Handicap International "
        "appelle ces gouvernements à rester dans le traité sur les mines antipersonnel.",
        {"POL", "FIN"},
    ),
    (
        "pl",
        "Polska, Litwa i Łotwa wychodzą z konwencji ottawskiej. Amnesty International wezwała "
        "te trzy rządy do pozostania w traktacie o minach przeciwpiechotnych.",
        {"POL", "LTU", "LVA"},
    ),
    (
        "uk",
        "Польща, Литва і Латвія виходять з Оттавської конвенції. Human Rights Watch закликала "
        "ці три уряди залишитися в конвенції про протипіхотні міни.",
        {"POL", "LTU", "LVA"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "states"), GROUP_CALLS)
def test_call_to_a_group_named_earlier_gives_one_line_per_state(
    lang: str, text: str, states: set[str]
) -> None:
    doc = TextDocument(id="t", text=text, lang=lang, published="2026-03-01")
    called = {c.counterpart for c in extract_document(doc) if c.type == "advocacy"}
    assert called == states


RETURN_CALLS = [
    (
        "de",
        "Human Rights Watch forderte Polen auf, in das Ottawa-Übereinkommen zurückzukehren.",
        "POL",
    ),
    (
        "fr",
        "Handicap International appelle la Lituanie à revenir dans la convention d'Ottawa.",
        "LTU",
    ),
    ("ru", "Правозащитники призвали Литву вернуться в Оттавскую конвенцию.", "LTU"),
    ("lt", "Organizacijos ragina Lietuvą grįžti į Otavos konvenciją.", "LTU"),
    ("fi", "Järjestöt vaativat Suomea palaamaan Ottawan sopimukseen.", "FIN"),
]


@pytest.mark.parametrize(("lang", "text", "state"), RETURN_CALLS)
def test_call_to_return_to_the_treaty_is_urged_accession(lang: str, text: str, state: str) -> None:
    doc = TextDocument(id="t", text=text, lang=lang, published="2026-03-01")
    found = {(c.type, c.actor, c.modality) for c in extract_document(doc)}
    assert ("accession", state, "urged") in found


NOBODY = [
    (
        "en",
        "Poland, Finland and Lithuania left the Ottawa Convention. "
        "None of the three has said it intends to rejoin the treaty.",
    ),
    ("fr", "Aucun de ces pays ne compte adhérer à nouveau à la convention d'Ottawa."),
    ("pl", "Żadne z tych państw nie zamierza ponownie przystąpić do konwencji ottawskiej."),
]


@pytest.mark.parametrize(("lang", "text"), NOBODY)
def test_subject_quantified_to_nobody_is_a_status(lang: str, text: str) -> None:
    assert not [c for c in _claims(lang, text) if c[0] == "accession"]


FOLLOWED = [
    (
        "en",
        "Lithuania deposited its notice of withdrawal from the Ottawa Convention on 27 June. "
        "Latvia followed on 10 July.",
    ),
    (
        "de",
        "Litauen hinterlegte am 27. Juni die Austrittsnotifikation zum Ottawa-Übereinkommen. "
        "Lettland folgte am 10. Juli.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), FOLLOWED)
def test_followed_repeats_the_previous_event_with_its_own_date(lang: str, text: str) -> None:
    doc = TextDocument(id="t", text=text, lang=lang, published="2025-08-10")
    found = {(c.type, c.actor, c.date) for c in extract_document(doc)}
    assert ("withdrawal_deposit", "LTU", "2025-06-27") in found
    assert ("withdrawal_deposit", "LVA", "2025-07-10") in found


def test_followed_needs_an_event_in_the_sentence_before() -> None:
    text = "Landmines remain a threat in the region. Latvia followed on 10 July."
    assert _claims("en", text) == []


def test_hedged_report_is_alleged() -> None:
    doc = TextDocument(
        id="t",
        text="Russian forces were reported to have laid anti-personnel mines near Kharkiv.",
        lang="en",
        published="2025-08-10",
    )
    assert [(c.type, c.modality) for c in extract_document(doc)] == [("use", "alleged")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Poland's parliament voted on 26 June to leave the Ottawa Convention. "
            "The president signed the law the next day.",
        ),
        (
            "ru",
            "Сейм Польши проголосовал 26 июня за выход из Оттавской конвенции. "
            "Президент подписал закон на следующий день.",
        ),
    ],
)
def test_the_next_day_in_a_past_narrative_is_not_planned(lang: str, text: str) -> None:
    doc = TextDocument(id="t", text=text, lang=lang, published="2025-08-10")
    laws = [c for c in extract_document(doc) if c.type == "withdrawal_law"]
    assert laws and all(c.modality == "fact" for c in laws)


def test_figures_of_two_verbs_in_one_sentence() -> None:
    doc = TextDocument(
        id="t",
        text="Landmines killed 12 people and injured 30 in Myanmar last year.",
        lang="en",
        published="2025-08-10",
    )
    assert {c.quantity for c in extract_document(doc) if c.type == "casualties"} == {12, 30}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Poland's parliament voted on 26 June to leave the Ottawa Convention. "
            "The president signed the law the next day.",
        ),
        (
            "pl",
            "Sejm przegłosował 26 czerwca ustawę o wypowiedzeniu konwencji ottawskiej. "
            "Prezydent podpisał ją następnego dnia.",
        ),
    ],
)
def test_the_next_day_follows_the_previous_event(lang: str, text: str) -> None:
    doc = TextDocument(id="t", text=text, lang=lang, published="2025-08-10")
    laws = [c for c in extract_document(doc) if c.type == "withdrawal_law"]
    assert [c.date for c in laws] == ["2025-06-27"]


NO_LONGER = [
    ("en", "Latvia is no longer bound by the Ottawa Convention.", "LVA"),
    ("de", "Litauen ist seit Samstag nicht mehr Vertragsstaat des Ottawa-Übereinkommens.", "LTU"),
    ("fr", "La Lituanie n'est plus partie à la convention d'Ottawa depuis samedi.", "LTU"),
    ("uk", "Литва більше не є учасницею Оттавської конвенції.", "LTU"),
    ("lt", "Lietuva nebėra Otavos konvencijos šalis.", "LTU"),
    ("lv", "Latvija vairs nav Otavas konvencijas dalībvalsts.", "LVA"),
    ("et", "Eesti ei ole enam Ottawa konventsiooni osaline.", "EST"),
    ("fi", "Suomi ei ole enää Ottawan sopimuksen osapuoli.", "FIN"),
]


@pytest.mark.parametrize(("lang", "text", "state"), NO_LONGER)
def test_no_longer_a_party_is_an_effective_withdrawal(lang: str, text: str, state: str) -> None:
    assert ("withdrawal_effective", state) in _claims(lang, text, "2026-01-10")


def test_no_longer_without_membership_is_not_a_withdrawal() -> None:
    text = "Ukrainalla ei ole enää varastoja jalkaväkimiinoista."
    assert not [c for c in _claims("fi", text) if c[0].startswith("withdrawal")]


ACCUSATIONS = [
    ("en", "Kyiv says Russian troops have planted anti-personnel mines near Izium.", "RUS"),
    (
        "en",
        "According to Ukrainian officials, Russia has used anti-personnel mines in Kherson.",
        "RUS",
    ),
    ("de", "Die Ukraine wirft Russland vor, Antipersonenminen in Charkiw verlegt zu haben.", "RUS"),
    ("pl", "Ukraina oskarża Rosję o stosowanie min przeciwpiechotnych pod Charkowem.", "RUS"),
]


@pytest.mark.parametrize(("lang", "text", "state"), ACCUSATIONS)
def test_one_state_blaming_another_is_alleged(lang: str, text: str, state: str) -> None:
    doc = TextDocument(id="t", text=text, lang=lang, published="2026-01-10")
    assert [(c.type, c.actor, c.modality) for c in extract_document(doc)] == [
        ("use", state, "alleged")
    ]


def test_a_monitor_finding_after_a_place_name_stays_fact() -> None:
    doc = TextDocument(
        id="t",
        text="Russia has used anti-personnel mines in Ukraine since 2022, the group said.",
        lang="en",
        published="2026-01-10",
    )
    assert {c.modality for c in extract_document(doc) if c.type == "use"} == {"fact"}


LEFT = [
    ("en", "Latvia left the Ottawa Convention on Saturday."),
    ("de", "Lettland verließ am Samstag das Ottawa-Übereinkommen."),
    ("pl", "Łotwa opuściła w sobotę konwencję ottawską."),
    ("uk", "Латвія в суботу покинула Оттавську конвенцію."),
    ("ru", "Латвия в субботу покинула Оттавскую конвенцию."),
    ("lt", "Latvija šeštadienį paliko Otavos konvenciją."),
    ("lv", "Latvija sestdien atstāja Otavas konvenciju."),
    ("fi", "Latvia erosi lauantaina Ottawan sopimuksesta."),
]


@pytest.mark.parametrize(("lang", "text"), LEFT)
def test_a_plain_verb_of_leaving_is_an_effective_withdrawal(lang: str, text: str) -> None:
    assert ("withdrawal_effective", "LVA") in _claims(lang, text, "2026-01-10")


def test_remaining_in_the_treaty_is_not_leaving_it() -> None:
    assert _claims("uk", "Латвія залишилася в Оттавській конвенції.", "2026-01-10") == []


STAY_CALLS = [
    (
        "en",
        "Human Rights Watch urged Poland and Latvia to reverse their decisions to leave "
        "the Mine Ban Treaty.",
    ),
    ("fr", "Handicap International a exhorté la Pologne à rester dans la convention d'Ottawa."),
    ("pl", "Human Rights Watch zaapelowała do Polski o pozostanie w konwencji ottawskiej."),
]


@pytest.mark.parametrize(("lang", "text"), STAY_CALLS)
def test_a_call_to_stay_is_advocacy_not_an_urged_exit(lang: str, text: str) -> None:
    found = _claims(lang, text, "2026-01-10")
    assert {t for t, _ in found} == {"advocacy"}


def test_prefixed_call_verbs() -> None:
    text = "Human Rights Watch paragino Lietuvą ir Latviją likti Otavos konvencijoje."
    doc = TextDocument(id="t", text=text, lang="lt", published="2026-01-10")
    called = {c.counterpart for c in extract_document(doc) if c.type == "advocacy"}
    assert called == {"LTU", "LVA"}


LIKEWISE = [
    ("en", "Latvia left the Ottawa Convention on Saturday, as did Lithuania and Estonia."),
    ("en", "Together with Latvia, Lithuania and Estonia also left the Ottawa Convention."),
    (
        "de",
        "Zusammen mit Lettland sind auch Litauen und Estland am Samstag aus dem "
        "Ottawa-Übereinkommen ausgetreten.",
    ),
    (
        "fr",
        "La Lettonie a quitté la convention d'Ottawa samedi, tout comme la Lituanie et l'Estonie.",
    ),
    ("pl", "Łotwa opuściła w sobotę konwencję ottawską, podobnie jak Litwa i Estonia."),
]


@pytest.mark.parametrize(("lang", "text"), LIKEWISE)
def test_likewise_adds_subjects_to_the_event(lang: str, text: str) -> None:
    found = {a for t, a in _claims(lang, text, "2026-01-10") if t == "withdrawal_effective"}
    assert found == {"LVA", "LTU", "EST"}


REFUSALS = [
    ("en", "Germany has refused to leave the Ottawa Convention.", "DEU"),
    ("de", "Deutschland lehnt einen Austritt aus dem Ottawa-Übereinkommen ab.", "DEU"),
    ("fr", "La France n'envisage pas de quitter la convention d'Ottawa.", "FRA"),
    ("pl", "Szwecja nie zamierza wychodzić z konwencji ottawskiej.", "SWE"),
    ("uk", "Норвегія не планує виходити з Оттавської конвенції.", "NOR"),
    ("ru", "Норвегия не собирается выходить из Оттавской конвенции.", "NOR"),
    ("lt", "Norvegija neketina trauktis iš Otavos konvencijos.", "NOR"),
    ("lv", "Zviedrija neplāno izstāties no Otavas konvencijas.", "SWE"),
    ("et", "Rootsi ei kavatse Ottawa konventsioonist lahkuda.", "SWE"),
    ("fi", "Ruotsi ei aio erota Ottawan sopimuksesta.", "SWE"),
]


@pytest.mark.parametrize(("lang", "text", "state"), REFUSALS)
def test_a_refusal_to_withdraw_is_a_denied_intent(lang: str, text: str, state: str) -> None:
    doc = TextDocument(id="t", text=text, lang=lang, published="2026-01-10")
    found = {(c.type, c.actor, c.modality) for c in extract_document(doc)}
    assert found == {("withdrawal_intent", state, "denied")}


def test_mines_destroyed_in_the_field_are_clearance() -> None:
    text = "Ukrainian sappers found and destroyed 120 anti-personnel mines in Kharkiv region."
    types = {t for t, _ in _claims("en", text, "2026-01-10")}
    assert "destruction" not in types and "clearance" in types


def test_stockpile_destruction_stays_destruction() -> None:
    text = "Ukraine destroyed 3 million stockpiled anti-personnel mines by 2020."
    assert ("destruction", "UKR") in _claims("en", text, "2026-01-10")


def test_a_state_naming_a_border_is_not_the_affected_country() -> None:
    text = (
        "Cambodia says Thai troops laid new anti-personnel mines along the Thai border, "
        "injuring 3 soldiers."
    )
    hurt = {a for t, a in _claims("en", text, "2026-01-10") if t == "casualties"}
    assert hurt == {"KHM"}


def test_a_possessive_border_region_keeps_its_country() -> None:
    text = "Two Ukrainian soldiers were killed by a landmine in Ukraine's border region."
    assert ("casualties", "UKR") in _claims("en", text, "2026-01-10")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La convention d'Ottawa interdit les mines. "
            "Le retrait de l'Estonie prendra effet six mois après la notification.",
        ),
        (
            "de",
            "Der Austritt Lettlands aus dem Ottawa-Übereinkommen wird sechs Monate nach der "
            "Notifizierung wirksam.",
        ),
    ],
)
def test_after_the_notification_is_a_time_frame(lang: str, text: str) -> None:
    types = {t for t, _ in _claims(lang, text, "2026-01-10")}
    assert "withdrawal_deposit" not in types and "withdrawal_effective" in types


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        (
            "Lietuva pranešė JT generaliniam sekretoriui apie pasitraukimą iš Otavos konvencijos.",
            "fact",
        ),
        (
            "Lietuva praneš JT generaliniam sekretoriui apie pasitraukimą iš Otavos konvencijos.",
            "planned",
        ),
    ],
)
def test_lithuanian_past_is_not_read_as_future(text: str, mood: str) -> None:
    doc = TextDocument(id="t", text=text, lang="lt", published="2026-01-10")
    assert {(c.type, c.modality) for c in extract_document(doc)} == {("withdrawal_deposit", mood)}


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("Russland wird in der Ukraine 1000 Antipersonenminen einsetzen.", "planned"),
        ("In Myanmar werden jedes Jahr durch Landminen 1000 Menschen getötet.", "fact"),
    ],
)
def test_german_passive_is_not_future(text: str, mood: str) -> None:
    doc = TextDocument(id="t", text=text, lang="de", published="2026-01-10")
    assert {c.modality for c in extract_document(doc)} == {mood}


FUTURE_EXIT = [
    ("en", "Poland will no longer be bound by the Ottawa Convention from 20 February."),
    ("de", "Polen scheidet am 20. Februar aus dem Ottawa-Übereinkommen aus."),
    ("fr", "La Pologne ne sera plus partie à la convention d'Ottawa à partir du 20 février."),
    ("uk", "Польща перестане бути учасницею Оттавської конвенції 20 лютого."),
    ("ru", "Польша перестанет быть участницей Оттавской конвенции 20 февраля."),
    ("lv", "Polija vairs nebūs Otavas konvencijas dalībvalsts no 20. februāra."),
    ("et", "Poola lakkab olemast Ottawa konventsiooni osaline 20. veebruaril."),
    ("fi", "Puola lakkaa olemasta Ottawan sopimuksen osapuoli 20. helmikuuta."),
]


@pytest.mark.parametrize(("lang", "text"), FUTURE_EXIT)
def test_ceasing_to_be_a_party_on_a_date_is_a_planned_exit(lang: str, text: str) -> None:
    doc = TextDocument(id="t", text=text, lang=lang, published="2026-01-10")
    found = {(c.type, c.actor, c.date, c.modality) for c in extract_document(doc)}
    assert found == {("withdrawal_effective", "POL", "2026-02-20", "planned")}


def test_estonian_vote_with_separated_particle_and_compound_organisation() -> None:
    vote = "Riigikogu kiitis neljapäeval heaks Ottawa konventsioonist väljaastumise seaduse."
    assert ("withdrawal_vote", "EST") in _claims("et", vote, "2026-01-10")
    call = "Inimõigusorganisatsioonid kutsusid Eestit üles Ottawa konventsiooni jääma."
    assert ("advocacy", "human rights organisations") in _claims("et", call, "2026-01-10")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", 'A reader asks: "Will Finland rejoin the Ottawa Convention?"'),
        ("pl", "Czytelnik pyta: „Czy Polska wróci do konwencji ottawskiej?”"),
    ],
)
def test_a_quoted_question_is_not_an_event(lang: str, text: str) -> None:
    assert _claims(lang, text, "2026-01-10") == []


FUTURE_DATED_EXIT = [
    ("en", "Finland is expected to formally exit the Ottawa Convention in January.", "2026-01"),
    ("pl", "Wystąpienie Litwy z konwencji ottawskiej nabierze mocy 27 grudnia.", "2025-12-27"),
    ("uk", "Вихід Литви з Оттавської конвенції стане чинним 27 грудня.", "2025-12-27"),
    ("ru", "Латвия официально выйдет из Оттавской конвенции 27 декабря.", "2025-12-27"),
    ("lt", "Lietuva iš Otavos konvencijos oficialiai pasitrauks gruodžio 27 dieną.", "2025-12-27"),
]


@pytest.mark.parametrize(("lang", "text", "date"), FUTURE_DATED_EXIT)
def test_a_future_exit_takes_the_coming_date(lang: str, text: str, date: str) -> None:
    doc = TextDocument(id="t", text=text, lang=lang, published="2025-07-10")
    found = {(c.type, c.date, c.modality) for c in extract_document(doc)}
    assert found == {("withdrawal_effective", date, "planned")}


def test_a_named_states_exit_under_the_treaty_rules_is_an_event() -> None:
    text = (
        "Under the treaty's rules, Poland's exit from the Ottawa Convention will become "
        "effective six months after it notifies the UN."
    )
    assert ("withdrawal_effective", "POL") in _claims("en", text, "2025-07-10")


def test_treaty_rules_without_a_state_stay_generic() -> None:
    text = (
        "Under the Ottawa Convention, a state must notify the UN and the exit takes effect later."
    )
    assert _claims("en", text, "2025-07-10") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le CICR a appelé la Pologne et les pays baltes à rester dans la convention d'Ottawa.",
        ),
        (
            "de",
            "Das Rote Kreuz rief Polen und die baltischen Staaten auf, "
            "im Ottawa-Übereinkommen zu bleiben.",
        ),
    ],
)
def test_an_article_after_the_conjunction_keeps_the_coordination(lang: str, text: str) -> None:
    doc = TextDocument(id="t", text=text, lang=lang, published="2025-07-10")
    called = {c.counterpart for c in extract_document(doc) if c.type == "advocacy"}
    assert called == {"POL", "LTU", "LVA", "EST"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Latvia and also Lithuania left the Ottawa Convention on Saturday."),
        ("de", "Lettland und auch Litauen sind aus dem Ottawa-Übereinkommen ausgetreten."),
    ],
)
def test_and_also_keeps_the_coordination(lang: str, text: str) -> None:
    found = {a for t, a in _claims(lang, text, "2026-01-10") if t == "withdrawal_effective"}
    assert found == {"LVA", "LTU"}


def _dated(
    lang: str, text: str, published: str = "2026-03-10"
) -> list[tuple[str, str, str | None]]:
    doc = TextDocument(id="t", text=text, lang=lang, published=published)
    return [(c.type, c.modality, c.date) for c in extract_document(doc)]


def test_now_does_not_date_a_planned_event() -> None:
    # §8.5: "now" dates a present status; a planned event without its own date stays undated
    found = _dated("en", "Norway now plans to produce anti-personnel mines again.")
    planned = [c for c in found if c[0] == "production" and c[1] == "planned"]
    assert planned and all(c[2] is None for c in planned)


def test_date_of_a_coordinated_clause_is_not_borrowed() -> None:
    # the date belongs to the first clause's vote; the signature after ", and" has none
    found = _dated(
        "en",
        "Tallinn officials met on defence matters. The meeting was long. Background follows. "
        "Parliament passed the bill to leave the Ottawa Convention in May, and "
        "the Estonian president signed it into law.",
    )
    laws = [c for c in found if c[0] == "withdrawal_law"]
    assert laws and all(c[2] is None for c in laws)


def test_currently_dates_a_denied_status() -> None:
    # §8.2: a present status stated with "currently" takes the month, denied or not
    found = _dated("en", "Norway does not currently hold any anti-personnel mines.")
    held = [c for c in found if c[0] == "stockpile"]
    assert held and all(c[2] == "2026-03" for c in held)


def test_later_event_does_not_take_the_earlier_date() -> None:
    # "later signed": the signature follows the dated vote; its own date is unknown
    found = _dated(
        "en",
        "Tallinn officials met on defence matters. The meeting was long. Background follows. "
        "On 12 May the Estonian parliament voted to leave the Ottawa Convention, a decision "
        "the president later signed into law.",
        published="2026-06-10",
    )
    laws = [c for c in found if c[0] == "withdrawal_law"]
    assert laws and all(c[2] is None for c in laws)


def test_intent_kept_beside_a_vote_in_another_clause() -> None:
    # the ministers' proposal and another country's vote are coordinated clauses: both count
    found = _dated(
        "en",
        "In March the Finnish government proposed to leave the Ottawa Convention, "
        "but the Estonian parliament had already voted on its withdrawal in February.",
    )
    types = {c[0] for c in found}
    assert {"withdrawal_intent", "withdrawal_vote"} <= types


def test_date_after_while_belongs_to_the_other_clause() -> None:
    # "while Estonia did so in April": April dates Estonia's clause, not Finland's decision
    found = _full(
        "en",
        "Tallinn officials met on defence matters. The meeting was long. Background follows. "
        "Finland decided to leave the Ottawa Convention, while Estonia did so in April.",
        published="2026-06-10",
    )
    intents = {(c[1], c[3]) for c in found if c[0] == "withdrawal_intent"}
    # Estonia's own clause repeats the decision with its date ("did so in April")
    assert intents == {("FIN", None), ("EST", "2026-04")}


def test_considering_a_weapon_act_is_not_a_carried_withdrawal() -> None:
    # after a withdrawal sentence, "considering producing mines" weighs production only
    found = _dated(
        "en",
        "Tallinn officials met on defence matters. The meeting was long. "
        "Estonia decided to leave the Ottawa Convention. "
        "The ministry is also considering producing anti-personnel mines at home.",
        published="2026-06-10",
    )
    assert ("production", "considered", None) in found
    assert not [c for c in found if c[0] == "withdrawal_intent" and c[1] == "considered"]


def test_reported_would_is_planned_not_possible() -> None:
    # "said it would supply": a future reported in the past tense, not a conditional
    found = _dated(
        "en",
        "Tallinn officials met on defence matters. The meeting was long. Background follows. "
        "Germany said on Monday it would supply anti-personnel mines to Ukraine.",
        published="2026-06-10",
    )
    transfers = [c for c in found if c[0] == "transfer"]
    assert transfers and all(c[1] == "planned" for c in transfers)


def test_planned_transfer_takes_the_announcement_weekday() -> None:
    # §8.1: "said on Monday it would supply" is dated by the past Monday of the announcement
    found = _dated(
        "en",
        "Tallinn officials met on defence matters. The meeting was long. Background follows. "
        "Germany said on Monday it would supply anti-personnel mines to Ukraine.",
        published="2026-06-10",
    )
    assert ("transfer", "planned", "2026-06-08") in found


RULE_CONTINUED = [
    (
        "en",
        "Poland and Finland voted to leave the Ottawa Convention on anti-personnel mines. "
        "Under the treaty, a state must notify the UN Secretary-General of its withdrawal. "
        "The exit takes effect six months after that.",
    ),
    (
        "ru",
        "Польша и Финляндия проголосовали за выход из Оттавской конвенции о противопехотных "
        "минах. Для выхода требуется уведомить генерального секретаря ООН. "
        "Выход вступает в силу через полгода после этого.",
    ),
    (
        "de",
        "Polen und Finnland haben für den Austritt aus dem Ottawa-Übereinkommen über "
        "Antipersonenminen gestimmt. Für den Austritt ist eine Notifikation an die UNO "
        "erforderlich. Der Austritt wird sechs Monate danach wirksam.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), RULE_CONTINUED)
def test_stateless_sentence_after_a_rule_is_still_the_rule(lang: str, text: str) -> None:
    # §4.7: "the exit takes effect six months after that" goes on describing the procedure
    found = _claims(lang, text, published="2026-03-01")
    assert not [c for c in found if c[0] == "withdrawal_effective"]
    assert {c for c in found if c[0] == "withdrawal_vote"} == {
        ("withdrawal_vote", "POL"),
        ("withdrawal_vote", "FIN"),
    }


def test_state_named_after_a_rule_is_an_event() -> None:
    # a named state's own exit under those rules is an event (§4.7)
    found = _claims(
        "en",
        "Finland voted to leave the Ottawa Convention on anti-personnel mines. "
        "Under the treaty, a state must notify the UN Secretary-General of its withdrawal. "
        "Finland's exit takes effect six months after that.",
    )
    assert ("withdrawal_effective", "FIN") in found


def _full(lang: str, text: str, published: str = "2026-03-10") -> set[tuple[str, Any, str, Any]]:
    doc = TextDocument(id="t", text=text, lang=lang, published=published)
    return {(c.type, c.actor, c.modality, c.date) for c in extract_document(doc)}


UK_REFUSAL = (
    "Britain stays in the Ottawa Convention on anti-personnel mines, MPs told\n\n"
    "The UK will not follow its allies out of the landmine ban, ministers said. "
    "On Monday, the defence ministers of Norway, Denmark, Sweden and Iceland proposed leaving "
    "the convention. "
    "On Tuesday, a junior minister said the government had no intention to withdraw. "
    "The UK destroyed its stockpile of anti-personnel mines long ago."
)


def test_the_government_of_the_leading_state_refuses() -> None:
    # "the government" of a text mostly about the UK is the UK's, not the states named last;
    # "had no intention" refuses; the refusal is not dated by the day it was said (§8.5)
    found = _full("en", UK_REFUSAL)
    refusals = {(c[1], c[3]) for c in found if c[0] == "withdrawal_intent" and c[2] == "denied"}
    assert refusals == {("GBR", None)}


STATEMENT_DAY = [
    (
        "en",
        "On Wednesday, Norway's foreign minister said Norway has no plans to leave the "
        "Ottawa Convention.",
    ),
    (
        "pl",
        "W środę minister spraw zagranicznych Norwegii powiedział, że Norwegia nie zamierza "
        "wystąpić z konwencji ottawskiej.",
    ),
    (
        "ru",
        "В среду министр иностранных дел Норвегии заявил, что Норвегия не собирается выходить "
        "из Оттавской конвенции.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), STATEMENT_DAY)
def test_day_of_the_statement_does_not_date_a_refusal(lang: str, text: str) -> None:
    # §8.5: a date before the speech verb dates the statement, not the refused event
    found = _full(lang, "Background follows. Nothing else. " + text)
    assert ("withdrawal_intent", "NOR", "denied", None) in found


GROUP_EXITS = [
    (
        "lv",
        "Somija, Polija un Norvēģija nolēma izstāties no Otavas konvencijas. "
        "Visu triju valstu izstāšanās stāsies spēkā 1. decembrī.",
    ),
    (
        "fi",
        "Puola, Norja ja Tanska päättivät erota Ottawan sopimuksesta. "
        "Kaikkien kolmen maan ero tulee voimaan 1. joulukuuta.",
    ),
    (
        "de",
        "Polen, Norwegen und Dänemark beschlossen den Austritt aus dem Ottawa-Übereinkommen. "
        "Der Austritt aller drei Staaten wird am 1. Dezember wirksam.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), GROUP_EXITS)
def test_exit_of_all_three_states_named_before(lang: str, text: str) -> None:
    # "the exit of all three states": one line per state the group refers to (§4.1)
    found = _full(lang, text, published="2026-06-10")
    effective = {c[1] for c in found if c[0] == "withdrawal_effective"}
    assert len(effective) == 3


def test_ordinal_date_dot_does_not_end_the_clause() -> None:
    # "wird am 1. Dezember wirksam": the dot of "1." is not a sentence break for the future cue
    found = _full("de", GROUP_EXITS[2][1], published="2026-06-10")
    effective = {(c[2], c[3]) for c in found if c[0] == "withdrawal_effective"}
    assert effective == {("planned", "2026-12-01")}


def test_latvian_decided_to_leave_is_an_intent() -> None:
    found = _full("lv", GROUP_EXITS[0][1], published="2026-06-10")
    assert {c[1] for c in found if c[0] == "withdrawal_intent"} == {"FIN", "POL", "NOR"}


SIMILAR_DECISIONS = [
    (
        "et",
        "Soome valitsus tegi ettepaneku Ottawa konventsioonist lahkuda. "
        "Leedu Seim ja Läti Saeima on sarnase otsuse juba varem teinud.",
    ),
    (
        "en",
        "Finland's government proposed leaving the Ottawa Convention. "
        "Lithuania's parliament and Latvia's Saeima took similar decisions earlier.",
    ),
    (
        "lv",
        "Somijas valdība ierosināja izstāties no Otavas konvencijas. "
        "Lietuvas Seims un Igaunijas Rīgikogu līdzīgus lēmumus jau pieņēma agrāk.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SIMILAR_DECISIONS)
def test_parliaments_taking_similar_decisions_voted(lang: str, text: str) -> None:
    # "similar decisions" after a withdrawal sentence repeat the step; parliaments qualified
    # by their state's name decide by a vote (§5.1)
    found = _full(lang, text, published="2026-06-10")
    votes = {c[1] for c in found if c[0] == "withdrawal_vote"}
    assert len(votes) == 2 and "FIN" not in votes
    assert not [c for c in found if c[0] == "withdrawal_intent" and c[1] != "FIN"]


FOLLOW_IN_CLAUSE = [
    (
        "en",
        "Norway's parliament has already voted to leave the Ottawa Convention, and lawmakers "
        "in Copenhagen and Stockholm are expected to follow next month.",
    ),
    (
        "de",
        "Das norwegische Parlament hat bereits für den Austritt aus dem Ottawa-Übereinkommen "
        "gestimmt, und Dänemark und Schweden werden voraussichtlich bald folgen.",
    ),
    (
        "ru",
        "Парламент Норвегии уже проголосовал за выход из Оттавской конвенции, а Дания и "
        "Швеция, как ожидается, последуют в ближайшие недели.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), FOLLOW_IN_CLAUSE)
def test_states_expected_to_follow_in_the_same_sentence(lang: str, text: str) -> None:
    # the follow verb's own clause repeats the event for its states, as planned (§5.1)
    found = _full(lang, text, published="2026-06-10")
    votes = {(c[1], c[2]) for c in found if c[0] == "withdrawal_vote"}
    assert {("NOR", "fact"), ("DNK", "planned"), ("SWE", "planned")} <= votes


TREATY_IN_FORCE = [
    (
        "de",
        "Norwegen will aus dem Ottawa-Übereinkommen austreten. Die Armee hatte ihre "
        "Antipersonenminen vernichtet, lange bevor das Abkommen 1999 in Kraft trat.",
        {(None, "1999")},
    ),
    (
        "uk",
        "Норвегія хоче вийти з Оттавської конвенції. Для Норвегії договір набув чинності "
        "1 березня 1999 року.",
        {("NOR", "1999-03-01")},
    ),
    (
        "lt",
        "Norvegija nori pasitraukti iš Otavos konvencijos. Konvencija buvo priimta Osle, o "
        "įsigaliojo 1999 m. kovo 1 d.",
        {(None, "1999-03-01")},
    ),
    (
        "en",
        "Norway wants to leave the Ottawa Convention. The treaty entered into force for "
        "Norway in 1999.",
        {("NOR", "1999")},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TREATY_IN_FORCE)
def test_treaty_entering_into_force_after_a_withdrawal_sentence(
    lang: str, text: str, expected: set[tuple[str | None, str]]
) -> None:
    # the treaty's own entry into force (actor null, or the state it entered into force for),
    # not the exit of the state named before (§5.2)
    found = _full(lang, text, published="2026-06-10")
    assert {(c[1], c[3]) for c in found if c[0] == "entry_into_force"} == expected
    assert not [c for c in found if c[0] == "withdrawal_effective"]


RELATIVE_EXIT = [
    (
        "uk",
        "Німеччина передала Україні генератори, які працюють на дизелі. Норвегія, яка вийде з "
        "Оттавської конвенції у березні 2027 року, не виключає передачі мін Україні.",
    ),
    (
        "pl",
        "Niemcy przekazały Ukrainie generatory, które działają na olej. Norwegia, która wystąpi z "
        "konwencji ottawskiej w marcu 2027 roku, nie wyklucza przekazania min Ukrainie.",
    ),
    (
        "en",
        "Germany gave Ukraine generators, which run on diesel. Norway, which will leave the "
        "Ottawa Convention in March 2027, may supply anti-personnel mines to Ukraine.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), RELATIVE_EXIT)
def test_exit_in_a_relative_clause_belongs_to_its_antecedent(lang: str, text: str) -> None:
    # a relative clause ends with its sentence; its event takes the antecedent as actor and
    # its own mood, not the "not excluded" / "may" of the main clause (§6, §7)
    found = _full(lang, text, published="2026-06-10")
    exits = {(c[1], c[2], c[3]) for c in found if c[0] == "withdrawal_effective"}
    assert exits == {("NOR", "planned", "2027-03")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Norway signed the Ottawa Convention in 1997 but did not ratify it until 2012."),
        ("fr", "La Norvège n'a ratifié la convention d'Ottawa qu'en 2012."),
    ],
)
def test_not_until_is_the_date_it_happened(lang: str, text: str) -> None:
    # "did not ratify it until 2012": a ratification in 2012, not a negated one
    found = _full(lang, text, published="2026-06-10")
    assert ("ratification", "NOR", "fact", "2012") in found


SECOND_CHAMBER = [
    (
        "en",
        "Poland's Sejm approved the bill on leaving the Ottawa Convention in May and the "
        "Senate in June.",
        "POL",
    ),
    (
        "pl",
        "Sejm przyjął ustawę o wypowiedzeniu konwencji ottawskiej w maju, a Senat w czerwcu.",
        "POL",
    ),
]


@pytest.mark.parametrize(("lang", "text", "state"), SECOND_CHAMBER)
def test_gapped_second_chamber_votes_on_its_own_date(lang: str, text: str, state: str) -> None:
    # "…in May and the Senate in June": the upper chamber's vote is its own event (§5.1)
    found = _full(lang, text, published="2026-08-10")
    votes = {c[3] for c in found if c[0] == "withdrawal_vote" and c[1] == state}
    assert votes == {"2026-05", "2026-06"}


RULE_APPLIED = [
    (
        "en",
        "Norway notified its withdrawal from the Ottawa Convention in June. Under the treaty, "
        "a withdrawal takes effect six months after the notification. For Norway this means "
        "12 December 2026.",
    ),
    (
        "de",
        "Norwegen hat im Juni den Austritt aus dem Ottawa-Übereinkommen notifiziert. Gemäß "
        "Artikel 20 wird ein Austritt sechs Monate nach der Notifikation wirksam. Für Norwegen "
        "bedeutet das den 12. Dezember 2026.",
    ),
    (
        "pl",
        "Norwegia w czerwcu notyfikowała wystąpienie z konwencji ottawskiej. Zgodnie z art. 20 "
        "wystąpienie staje się skuteczne sześć miesięcy po notyfikacji. Dla Norwegii oznacza "
        "to 12 grudnia 2026 roku.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), RULE_APPLIED)
def test_rule_applied_to_a_named_state_is_its_event(lang: str, text: str) -> None:
    # §4.7: the rule itself is no event; "for Norway this means <date>" is Norway's exit
    found = _full(lang, text, published="2026-08-10")
    exits = {(c[1], c[2], c[3]) for c in found if c[0] == "withdrawal_effective"}
    assert exits == {("NOR", "planned", "2026-12-12")}


MPS_DEMAND = [
    ("pl", "Posłowie opozycji domagają się wypowiedzenia konwencji ottawskiej.", "POL"),
    ("uk", "Опозиційні депутати домагаються виходу з Оттавської конвенції.", "UKR"),
]


@pytest.mark.parametrize(("lang", "text", "state"), MPS_DEMAND)
def test_mps_demanding_an_exit_urge_an_intent(lang: str, text: str, state: str) -> None:
    # §5.1: calls by MPs or parties to withdraw are `urged` intents, not votes
    found = _full(lang, text, published="2026-06-10")
    chain = {(c[0], c[1], c[2]) for c in found if c[0].startswith("withdrawal_")}
    assert chain == {("withdrawal_intent", state, "urged")}


NOTICE_TO_UN = [
    (
        "lv",
        "Norvēģijas parlaments nobalsoja par izstāšanos no Otavas konvencijas. Pēc tam "
        "ministrija par izstāšanos paziņos ANO ģenerālsekretāram, un izstāšanās stāsies spēkā "
        "sešus mēnešus pēc paziņojuma saņemšanas.",
    ),
    (
        "fi",
        "Norjan parlamentti äänesti Ottawan sopimuksesta eroamisesta. Ministeriö ilmoittaa "
        "erosta YK:n pääsihteerille ensi viikolla.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOTICE_TO_UN)
def test_notice_to_the_secretary_general_is_no_intent(lang: str, text: str) -> None:
    # announcing the exit to the depositary is the deposit step; "pēc paziņojuma" is a time frame
    found = _full(lang, text, published="2026-06-10")
    assert not [c for c in found if c[0] == "withdrawal_intent"]
    # a notice still to come ("paziņos", "ensi viikolla") is planned
    assert {c[2] for c in found if c[0] == "withdrawal_deposit" and c[1] == "NOR"} == {"planned"}


PERFECTIVE_FUTURE = [
    (
        "ru",
        "Парламент Норвегии проголосовал за выход из Оттавской конвенции. Затем министерство "
        "направит уведомление генеральному секретарю ООН.",
    ),
    (
        "uk",
        "Парламент Норвегії проголосував за вихід з Оттавської конвенції. Потім міністерство "
        "надішле повідомлення генеральному секретарю ООН.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PERFECTIVE_FUTURE)
def test_perfective_future_verb_plans_the_step(lang: str, text: str) -> None:
    # "направит", "надішле": a perfective present form is the future in uk/ru (§6 planned)
    found = _full(lang, text, published="2026-06-10")
    assert {(c[0], c[2]) for c in found if c[1] == "NOR"} == {
        ("withdrawal_vote", "fact"),
        ("withdrawal_deposit", "planned"),
    }


SEQUEL_PRESENT = [
    (
        "et",
        "Norra parlament hääletas Ottawa konventsioonist lahkumise poolt. Seejärel teavitab "
        "ministeerium ÜRO peasekretäri.",
    ),
    (
        "fi",
        "Norjan parlamentti äänesti Ottawan sopimuksesta eroamisen puolesta. Sen jälkeen "
        "ministeriö ilmoittaa erosta YK:n pääsihteerille.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SEQUEL_PRESENT)
def test_next_step_in_the_present_tense_is_planned(lang: str, text: str) -> None:
    # Estonian and Finnish have no future tense: "then" + a present verb is the next step
    found = _full(lang, text, published="2026-06-10")
    assert {c[2] for c in found if c[0] == "withdrawal_deposit" and c[1] == "NOR"} == {"planned"}


BILL_SUBMITTED = [
    (
        "lt",
        "Seimas pritarė įstatymo projektui dėl pasitraukimo iš Otavos konvencijos. Projektą "
        "Seimui pirmadienį pateikė Respublikos Prezidentas.",
        "LTU",
    ),
    (
        "lv",
        "Saeima atbalstīja likumprojektu par izstāšanos no Otavas konvencijas. Likumprojektu "
        "Saeimai pirmdien iesniedza Valsts prezidents.",
        "LVA",
    ),
    (
        "en",
        "Norway's parliament backed leaving the Ottawa Convention. The government had submitted "
        "the bill on Monday.",
        "NOR",
    ),
]


@pytest.mark.parametrize(("lang", "text", "state"), BILL_SUBMITTED)
def test_submitting_the_bill_after_a_withdrawal_sentence_is_an_intent(
    lang: str, text: str, state: str
) -> None:
    # §5.1: a head of state or government submitting the bill starts the exit; the parliament
    # it is submitted to ("Seimui", dative) does not vote in that sentence
    found = _full(lang, text, published="2026-06-10")
    submitted = [c for c in found if c[3] == "2026-06-08"]
    assert {(c[0], c[1]) for c in submitted} == {("withdrawal_intent", state)}


VOTE_COUNT_NEXT = [
    (
        "pl",
        "Storting uchwalił w czwartek ustawę o wypowiedzeniu przez Norwegię konwencji "
        "ottawskiej. Za głosowało 120 posłów.",
    ),
    (
        "en",
        "Norway's parliament voted on Thursday to leave the Ottawa Convention. The lawmakers "
        "voted 120 to 40 in favour.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), VOTE_COUNT_NEXT)
def test_vote_restated_next_sentence_is_one_event(lang: str, text: str) -> None:
    # §4.3: the count in the next sentence belongs to the vote dated just before
    found = _full(lang, text, published="2026-06-13")
    votes = {(c[1], c[3]) for c in found if c[0] == "withdrawal_vote"}
    assert votes == {("NOR", "2026-06-11")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Regierung betonte, ein Austritt Norwegens aus dem Ottawa-Übereinkommen komme "
            "nicht in Frage.",
            "denied",
        ),
        (
            "Ein Austritt Norwegens aus dem Ottawa-Übereinkommen stehe nicht zur Diskussion.",
            "denied",
        ),
        (
            "Ein Abgeordneter meinte, Norwegen solle einen Austritt aus dem Ottawa-Übereinkommen "
            "prüfen.",
            "urged",
        ),
    ],
)
def test_german_reported_refusals_and_demands(text: str, expected: str) -> None:
    # Konjunktiv I of reported speech: "komme nicht in Frage", "stehe nicht zur Diskussion"
    # refuse; "solle … prüfen" urges (§5.1)
    found = _full("de", text, published="2026-06-10")
    assert {c[2] for c in found if c[0] == "withdrawal_intent" and c[1] == "NOR"} == {expected}


MEMBER_SINCE = [
    ("ru", "Норвегия в Оттавской конвенции с 1998 года.", "1998"),
    ("uk", "Норвегія у Оттавській конвенції з 1998 року.", "1998"),
    ("pl", "Norwegia jest w konwencji ottawskiej od 1998 roku.", "1998"),
]


@pytest.mark.parametrize(("lang", "text", "year"), MEMBER_SINCE)
def test_in_the_convention_since_is_accession(lang: str, text: str, year: str) -> None:
    # §5.2: "member/party since" → accession at the starting year
    found = _full(lang, "Background follows. Nothing else. " + text, published="2026-06-10")
    assert ("accession", "NOR", "fact", year) in found


def test_polish_br_abbreviation_keeps_the_post_verbal_subject() -> None:
    # "6 marca br. Norwegia": "br." (bieżącego roku) does not end the sentence
    found = _full(
        "pl",
        "Background follows. Nothing else. Z konwencji ottawskiej wystąpiła 6 marca br. Norwegia.",
        published="2026-06-10",
    )
    assert ("withdrawal_effective", "NOR", "fact", "2026-03-06") in found


DECREE_INTENT = [
    (
        "et",
        "Norra peatas Ottawa konventsioonis osalemise juunis dekreediga, mida allkirjastas "
        "peaminister.",
    ),
    ("pl", "Norwegia zawiesiła udział w konwencji ottawskiej dekretem premiera."),
]


@pytest.mark.parametrize(("lang", "text"), DECREE_INTENT)
def test_decree_suspending_the_treaty_is_an_intent_not_a_signature(lang: str, text: str) -> None:
    # §5.1: a decree starting the process is the intent; signing the decree is no treaty signature
    found = _full(lang, "Background follows. Nothing else. " + text, published="2026-06-10")
    assert {c[0] for c in found} == {"withdrawal_intent"}


ALREADY = [
    ("en", "Norway has already notified the UN of its withdrawal from the Ottawa Convention."),
    ("de", "Norwegen hat seinen Austritt aus dem Ottawa-Übereinkommen bereits notifiziert."),
    ("pl", "Norwegia już notyfikowała ONZ wystąpienie z konwencji ottawskiej."),
]


@pytest.mark.parametrize(("lang", "text"), ALREADY)
def test_already_done_step_is_background_without_news_date(lang: str, text: str) -> None:
    # §8.4: "has already notified" is background, not the news of the day: no publication date
    found = _full(lang, text, published="2026-06-10")
    assert ("withdrawal_deposit", "NOR", "fact", None) in found


NOT_CONSIDERING = [
    (
        "fi",
        "Hallitus vakuutti, ettei Norja harkitse eroa Ottawan sopimuksesta.",
        "withdrawal_intent",
    ),
    ("pl", "Minister powiedział, że Norwegia nie rozważa przystąpienia do konwencji.", "accession"),
    ("en", "The minister said Norway is not considering joining the convention.", "accession"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), NOT_CONSIDERING)
def test_not_considering_a_step_is_a_refusal(lang: str, text: str, kind: str) -> None:
    # §5.1: an explicit refusal ("is not considering …") is denied, not a status
    found = _full(
        lang,
        "Background follows. Nothing else. Norway left the Ottawa Convention in 2025. " + text,
        published="2026-06-10",
    )
    assert (kind, "NOR", "denied", None) in found
    assert not [c for c in found if c[2] == "denied" and c[0] != kind]


def test_not_yet_decided_stays_a_status() -> None:
    found = _full("en", "Norway has not yet decided whether to leave the Ottawa Convention.")
    assert not [c for c in found if c[0].startswith("withdrawal_")]


def test_rule_applied_in_the_same_sentence() -> None:
    # "…, which for Oslo means 12 December 2026": the rule applied to a state in its own sentence
    found = _full(
        "en",
        "Background follows. Nothing else. Norway notified the UN of its withdrawal from the "
        "Ottawa Convention in June. Under the treaty, a withdrawal takes effect six months "
        "after the notification, which for Oslo means 12 December 2026.",
        published="2026-08-10",
    )
    exits = {(c[1], c[2], c[3]) for c in found if c[0] == "withdrawal_effective"}
    assert exits == {("NOR", "planned", "2026-12-12")}


CHAIN_PHRASES = [
    (
        "lt",
        "Seimas pritarė pasitraukimui iš Otavos konvencijos. Įstatymas įsigalios jį pasirašius "
        "Respublikos Prezidentui.",
        ("withdrawal_law", "LTU", "planned"),
    ),
    (
        "lv",
        "Somija izstājas no Otavas konvencijas. Norvēģijas parlaments par līdzīgu likumprojektu "
        "balsos nākamnedēļ.",
        ("withdrawal_vote", "NOR", "planned"),
    ),
    (
        "et",
        "Norra teatas ÜRO-le Ottawa konventsioonist lahkumisest.",
        ("withdrawal_deposit", "NOR", "fact"),
    ),
    (
        "fr",
        "La Norvège est devenue État partie à la convention d'Ottawa en 1998.",
        ("accession", "NOR", "fact"),
    ),
    (
        "pl",
        "Apelujemy do władz Norwegii o powrót do grona państw-stron konwencji ottawskiej.",
        ("accession", "NOR", "urged"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CHAIN_PHRASES)
def test_chain_and_membership_phrasings(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    found = _full(lang, "Background follows. Nothing else. " + text, published="2026-06-10")
    assert expected in {(c[0], c[1], c[2]) for c in found}


CONTRACTS = [
    ("lt", "Krašto apsaugos ministerija pasirašė sutartį su įmone dėl priešpėstinių minų gamybos."),
    ("en", "The Norwegian ministry signed a contract with a firm to produce anti-personnel mines."),
    ("pl", "Norweskie ministerstwo podpisało umowę z firmą na produkcję min przeciwpiechotnych."),
]


@pytest.mark.parametrize(("lang", "text"), CONTRACTS)
def test_signing_a_contract_is_no_treaty_signature(lang: str, text: str) -> None:
    found = _full(lang, "Background follows. Nothing else. " + text, published="2026-06-10")
    assert not [c for c in found if c[0] == "signature"]


SAME_STEP = [
    (
        "et",
        "Norra teatas reedel ÜRO peasekretärile Ottawa konventsioonist lahkumisest. "
        "Sama sammu astusid esmaspäeval ka Taani ja Rootsi.",
    ),
    (
        "en",
        "Norway notified the UN Secretary-General of its withdrawal from the Ottawa Convention "
        "on Friday. Denmark and Sweden took the same step on Monday.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SAME_STEP)
def test_same_step_repeats_the_previous_event(lang: str, text: str) -> None:
    # "Denmark and Sweden took the same step": the deposit repeated, before or after the verb
    found = _full(lang, "Background follows. Nothing else. " + text, published="2026-06-10")
    deposits = {c[1] for c in found if c[0] == "withdrawal_deposit"}
    assert deposits == {"NOR", "DNK", "SWE"}


def test_done_step_takes_the_past_month() -> None:
    # "pieņēma aprīlī" (adopted in April) in December: last April, not the coming one (§8.2)
    found = _full(
        "lv",
        "Background follows. Nothing else. Norvēģijas parlaments likumu par izstāšanos no "
        "Otavas konvencijas pieņēma aprīlī.",
        published="2025-12-27",
    )
    assert ("withdrawal_vote", "NOR", "fact", "2025-04") in found


def test_polish_have_behind_them_is_not_a_plan() -> None:
    # "mają już za sobą" (have already behind them) is done, not "have to"
    found = _full(
        "pl",
        "Background follows. Nothing else. Norwegia i Dania swoje głosowania nad wyjściem z "
        "konwencji ottawskiej mają już za sobą.",
        published="2026-06-10",
    )
    assert {c[2] for c in found if c[0] == "withdrawal_vote"} == {"fact"}


OWN_DATES = [
    (
        "de",
        "Norwegen und Dänemark haben den Austritt aus dem Ottawa-Übereinkommen notifiziert. "
        "Für Norwegen wird dieser am 1. Dezember 2026 wirksam, für Dänemark am 1. Januar 2027.",
    ),
    (
        "en",
        "Norway and Denmark notified their withdrawal from the Ottawa Convention. The exit takes "
        "effect for Norway on 1 December 2026 and for Denmark on 1 January 2027.",
    ),
]


OWN_DATES.append(
    (
        "de",
        "Norwegen und Dänemark haben den Austritt aus dem Ottawa-Übereinkommen notifiziert. "
        "Für beide Staaten wird dieser wirksam, für Norwegen am 1. Dezember 2026, für Dänemark "
        "am 1. Januar 2027.",
    )
)


@pytest.mark.parametrize(("lang", "text"), OWN_DATES)
def test_each_state_takes_the_date_after_its_name(lang: str, text: str) -> None:
    found = _full(lang, "Background follows. Nothing else. " + text, published="2026-06-10")
    exits = {(c[1], c[3]) for c in found if c[0] == "withdrawal_effective"}
    assert exits == {("NOR", "2026-12-01"), ("DNK", "2027-01-01")}


COMMITTEE = [
    (
        "lt",
        "Seimas svarsto pasitraukimą iš Otavos konvencijos. Įstatymo projektui balandžio 9 d. "
        "pritarė Seimo Nacionalinio saugumo ir gynybos komitetas.",
    ),
    (
        "en",
        "Lithuania decided to leave the Ottawa Convention. The parliament's defence committee "
        "approved the withdrawal bill on 9 April.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), COMMITTEE)
def test_committee_approval_is_a_recommendation(lang: str, text: str) -> None:
    # §15.4: a parliamentary committee's recommendation is an intent, not a vote
    found = _full(lang, "Background follows. Nothing else. " + text, published="2026-06-10")
    dated = {(c[0], c[1]) for c in found if c[3] == "2026-04-09"}
    assert dated == {("withdrawal_intent", "LTU")}


def test_confirmed_that_is_no_vote() -> None:
    # lt "patvirtino, kad" (confirmed that) is a speech verb, not an approval
    found = _full(
        "lt",
        "Background follows. Nothing else. Seimas pritarė pasitraukimui iš Otavos konvencijos. "
        "Viceministras patvirtino, kad Lietuva planuoja gaminti priešpėstines minas.",
        published="2026-06-10",
    )
    assert [c for c in found if c[0] == "withdrawal_vote"] == [
        c for c in found if c[0] == "withdrawal_vote" and c[2] == "fact"
    ]


NOT_NEGATIONS = [
    (
        "lt",
        "Seimas pritarė pasitraukimui iš Otavos konvencijos, netrukus įstatymą pasirašė "
        "Respublikos Prezidentas.",
        ("withdrawal_law", "LTU", "fact"),
    ),
    (
        "lv",
        "Saeima pagājušajā nedēļā nobalsoja par izstāšanos no Otavas konvencijas.",
        ("withdrawal_vote", "LVA", "fact"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NOT_NEGATIONS)
def test_ne_words_that_are_not_negations(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    # lt "netrukus" (soon), lv "nedēļā" (in the week) begin with "ne" but negate nothing
    found = _full(lang, "Background follows. Nothing else. " + text, published="2026-06-10")
    assert expected in {(c[0], c[1], c[2]) for c in found}


COUNTED_STATES = [
    (
        "fr",
        "Norway leaves. La convention d'Ottawa, signée par plus de cent pays, interdit les mines.",
    ),
    (
        "lt",
        "Otavos konvencijai yra prisijungusios daugiau nei 160 valstybių, tarp jų ir Norvegija.",
    ),
    ("en", "The Ottawa Convention has been joined by more than 160 countries, including Norway."),
]


@pytest.mark.parametrize(("lang", "text"), COUNTED_STATES)
def test_count_of_member_states_is_a_status(lang: str, text: str) -> None:
    # §11: counts of States Parties or signatories are not events
    found = _full(lang, "Background follows. Nothing else. " + text, published="2026-06-10")
    assert not [c for c in found if c[0] in ("signature", "accession", "ratification")]


OUTSIDE = [
    ("et", "Teist kuud väljaspool Ottawa konventsiooni on Norra kaitseväel käed vabamad."),
    ("en", "Norway is now outside the Ottawa Convention and plans its defences more freely."),
    ("pl", "Norwegia jest już poza konwencją ottawską."),
]


@pytest.mark.parametrize(("lang", "text"), OUTSIDE)
def test_outside_the_convention_means_the_exit_took_effect(lang: str, text: str) -> None:
    # §5.1: "presented as completed" ("is no longer a party", "outside the convention")
    found = _full(lang, "Background follows. Nothing else. " + text, published="2026-06-10")
    assert ("withdrawal_effective", "NOR") in {(c[0], c[1]) for c in found}


SAME_HAPPENS = [
    (
        "lv",
        "Šodien stājas spēkā Norvēģijas izstāšanās no Otavas konvencijas. Tas pats šodien "
        "notiek arī Dānijā un Zviedrijā.",
    ),
    (
        "en",
        "Norway's withdrawal from the Ottawa Convention takes effect today. The same happens "
        "today in Denmark and Sweden.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SAME_HAPPENS)
def test_the_same_happens_repeats_the_event(lang: str, text: str) -> None:
    found = _full(lang, "Background follows. Nothing else. " + text, published="2026-06-10")
    assert {c[1] for c in found if c[0] == "withdrawal_effective"} == {"NOR", "DNK", "SWE"}


POSTPONED = [
    ("uk", "Юридично вихід Норвегії з Оттавської конвенції відкладено до кінця війни."),
    (
        "en",
        "The day Norway's withdrawal from the Ottawa Convention takes effect has been postponed "
        "until the end of the war.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), POSTPONED)
def test_postponed_exit_is_planned(lang: str, text: str) -> None:
    found = _full(lang, "Background follows. Nothing else. " + text, published="2026-06-10")
    assert {c[2] for c in found if c[0] == "withdrawal_effective"} == {"planned"}


def test_speech_verb_after_the_event_dates_the_statement() -> None:
    # "„… steht nicht zur Debatte“, sagte ein Sprecher am Mittwoch": Wednesday dates the saying
    found = _full(
        "de",
        "Background follows. Nothing else. „Ein Austritt Norwegens aus dem Ottawa-Übereinkommen "
        "steht nicht zur Debatte“, sagte ein Sprecher der Regierung am Mittwoch in Oslo.",
        published="2026-06-12",
    )
    assert ("withdrawal_intent", "NOR", "denied", None) in found


def test_estonian_verb_first_exit_and_the_law_still_to_proclaim() -> None:
    # "millega Norra astub välja": the particle after the verb is a withdrawal word too, so the
    # next sentence's "peab veel välja kuulutama president" is the planned law (§5.1)
    found = _full(
        "et",
        "Background follows. Nothing else. Storting võttis kolmapäeval vastu seaduse, millega "
        "Norra astub välja Ottawa konventsioonist. Seaduse peab veel välja kuulutama kuningas "
        "ja president.",
        published="2026-06-12",
    )
    assert ("withdrawal_vote", "NOR", "fact", "2026-06-10") in found
    assert ("withdrawal_law", "NOR", "planned", None) in found


def _acts(lang: str, text: str, published: str = "2026-03-10") -> list[tuple[str, ...]]:
    doc = TextDocument(id="t", text=text, lang=lang, published=published)
    return [(c.type, str(c.actor), str(c.counterpart), c.modality) for c in extract_document(doc)]


OUTPUT_TRANSFERS = [
    (
        "en",
        "Germany will manufacture anti-personnel mines again from next year. "
        "Berlin is also considering handing over part of its new production to Moldova.",
        "considered",
    ),
    (
        "uk",
        "Німеччина знову виготовлятиме протипіхотні міни. "
        "Берлін розглядає передачу частини нової продукції Молдові.",
        "considered",
    ),
    (
        "pl",
        "Niemcy będą znowu produkować miny przeciwpiechotne. "
        "Berlin nie wyklucza przekazania części przyszłej produkcji Mołdawii.",
        "possible",
    ),
    (
        "ru",
        "Германия снова будет производить противопехотные мины. "
        "Берлин не исключает передачи части своей продукции Молдове.",
        "possible",
    ),
    (
        "de",
        "Deutschland wird wieder Antipersonenminen herstellen. "
        "Berlin erwägt, einen Teil der künftigen Produktion an die Ukraine zu liefern.",
        "considered",
    ),
    (
        "fr",
        "L'Allemagne fabriquera de nouveau des mines antipersonnel. "
        "Berlin envisage de livrer une partie de la production à la Moldavie.",
        "considered",
    ),
]


@pytest.mark.parametrize(("lang", "text", "mood"), OUTPUT_TRANSFERS)
def test_part_of_the_production_is_the_weapons_transferred(lang: str, text: str, mood: str) -> None:
    # "part of its production" stands for the mines produced: a transfer, not a new production
    found = _acts(lang, text)
    recipient = "UKR" if lang == "de" else "MDA"
    assert ("transfer", "DEU", recipient, mood) in found
    assert [c for c in found if c[0] == "production"] == [found[0]]


def test_a_relative_clause_does_not_reach_into_the_previous_sentence() -> None:
    # ", which self-destruct. Latvia, which …," : Latvia starts a new sentence, it is the actor
    found = _acts(
        "en",
        "Germany supplied mines to Moldova, which self-destruct after a month. Latvia, "
        "which left the convention, is considering supplying anti-personnel mines to Moldova.",
    )
    assert ("transfer", "LVA", "MDA", "considered") in found


PREDICATE_MOODS = [
    (
        "en",
        "The transfer of anti-personnel mines from Germany to Moldova is not being ruled out.",
        "possible",
    ),
    (
        "en",
        "The delivery of anti-personnel mines to Moldova is under consideration in Berlin.",
        "considered",
    ),
    (
        "de",
        "Dass Deutschland Antipersonenminen an die Ukraine liefert, ist nicht ausgeschlossen.",
        "possible",
    ),
    ("uk", "Передача частини протипіхотних мін Молдові не виключається.", "possible"),
    ("ru", "Передача части противопехотных мин Молдове рассматривается.", "considered"),
]


@pytest.mark.parametrize(("lang", "text", "mood"), PREDICATE_MOODS)
def test_clause_final_predicate_gives_the_modality(lang: str, text: str, mood: str) -> None:
    # a nominal weapon act as the subject of "is not ruled out" / "is being considered"
    transfers = [c for c in _acts(lang, text) if c[0] == "transfer"]
    assert transfers and all(c[3] == mood for c in transfers)


def test_a_predicate_in_another_clause_does_not_count() -> None:
    found = _acts(
        "en",
        "Germany delivered anti-personnel mines to Moldova last year; "
        "a new order is under consideration.",
    )
    assert [c[3] for c in found if c[0] == "transfer"] == ["fact"]


def test_accused_of_mining_land_is_an_alleged_use() -> None:
    # "mining farmland": the verb itself names the weapons; the accused state acts
    found = _acts(
        "en",
        "Landmines remain a threat in Moldova. Moldovan officials accuse Russian forces of "
        "mining roads and orchards near the front.",
    )
    assert [c for c in found if c[0] == "use" and c[1] == "RUS" and c[3] == "alleged"]


ACCUSED_SOLDIERS = [
    (
        "en",
        "Myanmar's junta faces new reports. Myanmar is not a party to the Mine Ban Treaty. "
        "A watchdog accused soldiers of planting landmines near schools in 2023.",
    ),
    (
        "de",
        "Myanmars Junta steht in der Kritik. Myanmar ist dem Ottawa-Übereinkommen nicht "
        "beigetreten. Eine Organisation beschuldigt Soldaten, Antipersonenminen bei Schulen "
        "verlegt zu haben.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ACCUSED_SOLDIERS)
def test_unnamed_soldiers_are_the_main_state(lang: str, text: str) -> None:
    # "accused soldiers of planting mines": the soldiers are the document's state's forces
    found = _acts(lang, text)
    assert [c for c in found if c[0] == "use" and c[1] == "MMR" and c[3] == "alleged"]


def test_one_anti_tank_casualty_does_not_make_an_anti_tank_story() -> None:
    found = _acts(
        "en",
        "Farmers in Moldova count the cost of mined fields. Mines and unexploded ordnance "
        "contaminate their land; the mines lie in orchards. A driver died when his tractor hit "
        "an anti-tank mine. Moldovan officials accuse Russian forces of mining farmland.",
    )
    assert [c for c in found if c[0] == "use" and c[1] == "RUS"]


EVALUATED = [
    (
        "en",
        "Landmines are back in the debate. Restarting the production of anti-personnel mines "
        "would require years of investment.",
    ),
    (
        "de",
        "Landminen sind wieder ein Thema. Die Herstellung von Antipersonenminen wäre teuer.",
    ),
    (
        "pl",
        "Miny przeciwpiechotne wracają do debaty. Produkcja min przeciwpiechotnych "
        "wymagałaby lat inwestycji.",
    ),
    (
        "fr",
        "Les mines antipersonnel reviennent. La production de mines antipersonnel "
        "nécessiterait des années d'investissement.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), EVALUATED)
def test_a_weighed_hypothetical_act_is_not_an_event(lang: str, text: str) -> None:
    # "producing mines would require investment": an evaluation, not a production (§11)
    assert not [c for c in _acts(lang, text) if c[0] == "production"]


def test_an_unowned_acquisition_is_the_main_state_s() -> None:
    # nobody named buys: the document's state is the buyer (counterpart), modality from the
    # clause-final predicate even after "possible" in the same clause
    found = _acts(
        "en",
        "Estonia reviews its defence. Estonia has long borders. A possible acquisition of "
        "anti-personnel mines is to be assessed by the defence forces.",
    )
    assert ("transfer", "None", "EST", "considered") in found


def test_an_act_word_ending_a_compound_adjective_is_not_an_act() -> None:
    # "air-delivered mines" describes the mines; "scattered" is the act
    found = _acts(
        "en",
        "Landmines again. Monitors said Belarusian forces scattered air-delivered "
        "anti-personnel mines near the border.",
    )
    assert not [c for c in found if c[0] == "transfer"]
    assert [c for c in found if c[0] == "use" and c[1] == "BLR"]


def test_mine_action_is_not_a_weapon_word() -> None:
    found = _acts(
        "en",
        "Landmines kill thousands in Ukraine. Ukraine is the most mined country. "
        "You are receiving this newsletter because you support mine action.",
    )
    assert not [c for c in found if c[0] == "transfer"]


OTHER_MINES = [
    (
        "en",
        "The Estonian firm Mireko, which already supplies other types of mines to the army, "
        "says it could make anti-personnel mines.",
    ),
    (
        "pl",
        "Estońska firma Mireko, która już dostarcza inne rodzaje min armii, twierdzi, że "
        "mogłaby produkować miny przeciwpiechotne.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), OTHER_MINES)
def test_other_types_of_mines_are_not_the_ban_s(lang: str, text: str) -> None:
    # supplying "other types of mines" is outside both treaties (§10, §11)
    found = _acts(lang, text)
    assert not [c for c in found if c[0] == "transfer"]
    assert [c for c in found if c[0] == "production"]


NO_STATE_ACTS = [
    ("en", "Landmines are banned widely. No EU country produces anti-personnel mines today."),
    ("de", "Landminen sind geächtet. Kein EU-Staat stellt heute Antipersonenminen her."),
    ("uk", "Протипіхотні міни заборонені. Жодна держава ЄС не виробляє протипіхотних мін."),
]


@pytest.mark.parametrize(("lang", "text"), NO_STATE_ACTS)
def test_no_state_producing_is_a_generic_statement(lang: str, text: str) -> None:
    assert not [c for c in _acts(lang, text) if c[0] == "production"]


def test_a_named_state_after_another_clause_with_no_state_still_acts() -> None:
    found = _acts(
        "pl",
        "Miny przeciwpiechotne są zakazane. Żadne państwo nie wróciło do produkcji, "
        "a Polska zniszczyła swoje zapasy min w 2016 roku.",
    )
    assert [c for c in found if c[0] == "destruction" and c[1] == "POL"]


PASSIVE_DESTRUCTION = [
    ("en", "Anti-personnel mines are banned. Norway's stockpiles were destroyed in 2003."),
    (
        "pl",
        "Miny przeciwpiechotne są zakazane. Norweskie zapasy min zostały zniszczone w 2003 roku.",
    ),
    ("lv", "Kājnieku mīnas ir aizliegtas. Norvēģijas mīnu krājumi ir iznīcināti 2003. gadā."),
    (
        "de",
        "Antipersonenminen sind geächtet. Norwegen hat seine Bestände an Antipersonenminen "
        "2003 zerstört.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), PASSIVE_DESTRUCTION)
def test_stocks_before_a_passive_destroyed_are_destruction(lang: str, text: str) -> None:
    found = _acts(lang, text)
    assert ("destruction", "NOR", "None", "fact") in found
    assert not [c for c in found if c[0] == "stockpile"]


def test_already_is_not_ready() -> None:
    # "bereits" (already) is not "bereit" (ready, a possibility)
    found = _acts(
        "de",
        "Antipersonenminen sind geächtet. Norwegen hatte seine Bestände an Antipersonenminen "
        "bereits 2003 vernichtet.",
    )
    assert ("destruction", "NOR", "None", "fact") in found


def test_negation_stays_in_its_coordinated_clause() -> None:
    # "has not used mines, and its stocks are destroyed": the destruction is not negated
    found = _acts(
        "lv",
        "Kājnieku mīnas ir aizliegtas. Kopš 2005. gada Norvēģija kājnieku mīnas nav "
        "izmantojusi, un tās krājumi ir iznīcināti.",
    )
    assert [c for c in found if c[0] == "destruction" and c[3] == "fact"]


BORDER_LISTS = [
    (
        "en",
        "Anti-personnel landmines are back in Latvia. Latvia approved the plan. Mines will be "
        "laid along the border with Russia and Belarus as part of the Baltic defence line.",
    ),
    (
        "lv",
        "Kājnieku mīnas atgriežas Latvijā. Latvija būvē aizsardzības līniju. Mīnas plānots "
        "izvietot gar robežu ar Krieviju un Baltkrieviju.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), BORDER_LISTS)
def test_a_name_joined_to_a_border_name_is_not_the_actor(lang: str, text: str) -> None:
    # "with Russia and Belarus": Belarus shares the preposition; the state laying is Latvia
    uses = [c for c in _acts(lang, text) if c[0] == "use"]
    assert uses and {c[1] for c in uses} == {"LVA"}


def test_only_if_at_the_clause_end_makes_the_use_possible() -> None:
    found = _acts(
        "et",
        "Jalaväemiinid on Eestis tagasi. Eesti kaitseministeerium kinnitas plaani. Miinide "
        "kasutamine on ette nähtud vaid sõjalise rünnaku korral.",
    )
    assert [c for c in found if c[0] == "use" and c[1] == "EST" and c[3] == "possible"]


DECIDED_TRANSFERS = [
    ("en", "Landmines again. In May, Germany decided to supply anti-personnel mines to Moldova."),
    ("uk", "Протипіхотні міни. У травні Німеччина ухвалила рішення передати міни Молдові."),
    ("pl", "Miny przeciwpiechotne. W maju Niemcy podjęły decyzję o przekazaniu min Mołdawii."),
]


@pytest.mark.parametrize(("lang", "text"), DECIDED_TRANSFERS)
def test_a_decided_transfer_is_planned(lang: str, text: str) -> None:
    transfers = [c for c in _acts(lang, text, "2026-06-10") if c[0] == "transfer"]
    assert transfers and all(c[3] == "planned" for c in transfers)


HAS_NO_MINES = [
    ("lt", "Priešpėstinės minos. Šiuo metu Norvegija priešpėstinių minų neturi."),
    ("uk", "Протипіхотні міни. Норвегія не має протипіхотних мін."),
    ("de", "Antipersonenminen sind verboten. Norwegen hat keine Antipersonenminen mehr."),
    (
        "ru",
        "Противопехотные мины. Собственных запасов таких мин у Норвегии, как говорят в "
        "министерстве, сейчас нет.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), HAS_NO_MINES)
def test_having_no_mines_is_a_denied_stockpile(lang: str, text: str) -> None:
    found = _acts(lang, text)
    assert ("stockpile", "NOR", "None", "denied") in found


def test_destroyed_stocks_are_not_clearance_in_lithuanian() -> None:
    found = _acts(
        "lt",
        "Priešpėstinės minos. Norvegija iki 2003 m. sunaikino visas savo priešpėstinių minų "
        "atsargas.",
    )
    assert [c for c in found if c[0] == "destruction" and c[1] == "NOR"]
    assert not [c for c in found if c[0] in ("clearance", "stockpile")]


def test_acts_named_before_a_prefixed_ban_word_are_a_title() -> None:
    # "… minų panaudojimo, kaupimo, gamybos ir perdavimo uždraudimo": the convention's name
    found = _acts(
        "lt",
        "Priešpėstinės minos. Seimas priėmė įstatymą dėl pasitraukimo iš Konvencijos dėl "
        "priešpėstinių minų panaudojimo, kaupimo, gamybos ir perdavimo uždraudimo.",
    )
    assert not [c for c in found if c[0] in ("production", "use", "stockpile", "transfer")]


def test_german_reported_perfect_is_alleged() -> None:
    found = _acts(
        "de",
        "Antipersonenminen sind geächtet. Myanmar steht in der Kritik. Berichten zufolge soll "
        "Myanmar in der Provinz Kayah neue Antipersonenminen verlegt haben.",
    )
    uses = [c for c in found if c[0] == "use"]
    assert uses and all(c[3] == "alleged" for c in uses)


DEPLOY_DENIED = [
    (
        "lt",
        "Priešpėstinės minos. Norvegija gamins minas, tačiau jų nenumatoma dislokuoti taikos metu.",
    ),
    (
        "ru",
        "Противопехотные мины. Норвегия не будет размещать противопехотные мины в мирное время.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DEPLOY_DENIED)
def test_not_deploying_in_peacetime_is_a_denied_use(lang: str, text: str) -> None:
    found = _acts(lang, text)
    assert [c for c in found if c[0] == "use" and c[1] == "NOR" and c[3] == "denied"]


STOCKS_DESTROYED = [
    (
        "de",
        "Antipersonenminen sind geächtet. Norwegen habe seine Bestände bereits 2003 vernichtet.",
    ),
    ("lv", "Kājnieku mīnas ir aizliegtas. Norvēģija savus krājumus iznīcināja 2003. gadā."),
]


@pytest.mark.parametrize(("lang", "text"), STOCKS_DESTROYED)
def test_destroying_stocks_needs_no_mine_word(lang: str, text: str) -> None:
    # "destroyed its stocks": the stocks name the weapons of a destruction
    assert [c for c in _acts(lang, text) if c[0] == "destruction" and c[1] == "NOR"]


def test_german_separable_verb_far_from_its_particle() -> None:
    found = _acts(
        "de",
        "Antipersonenminen sind geächtet. Russland setzt seit Februar 2022 in großem Umfang "
        "Antipersonenminen in der Ukraine ein.",
    )
    assert [c for c in found if c[0] == "use" and c[1] == "RUS"]


LAYING_VERBS = [
    (
        "uk",
        "Протипіхотні міни. Росія у 2023 році встановила тисячі мін у Харківській області.",
        "RUS",
    ),
    ("ru", "Противопехотные мины. Эксперты обвиняли хуситов в установке мин у дорог.", None),
    ("lt", "Priešpėstinės minos. Norvegijos minos nebus dedamos į žemę taikos metu.", None),
    ("lv", "Kājnieku mīnas. Norvēģija paziņoja, ka mīnas uz robežas netiek liktas.", None),
    ("et", "Jalaväemiinid. Norra teatas, et rahuajal miine piirile maha ei panda.", None),
    ("fr", "Mines antipersonnel. La Russie a fait un usage massif de ces mines en Ukraine.", "RUS"),
]


@pytest.mark.parametrize(("lang", "text", "actor"), LAYING_VERBS)
def test_laying_and_putting_verbs_are_use(lang: str, text: str, actor: str | None) -> None:
    uses = [c for c in _acts(lang, text) if c[0] == "use"]
    assert uses
    if actor:
        assert actor in {c[1] for c in uses}


def test_turning_out_mines_is_production() -> None:
    found = _acts(
        "en",
        "Landmines are back. Norway's state arms maker Nammo could turn out 100,000 "
        "anti-personnel mines a year.",
    )
    assert [c for c in found if c[0] == "production" and c[3] == "possible"]


AUTHORISED = [
    (
        "en",
        "Landmines again. The president authorised the transfer of landmines to Moldova.",
    ),
    ("ru", "Противопехотные мины. Германия разрешила поставлять противопехотные мины Молдове."),
]


@pytest.mark.parametrize(("lang", "text"), AUTHORISED)
def test_an_authorised_transfer_is_planned(lang: str, text: str) -> None:
    transfers = [c for c in _acts(lang, text) if c[0] == "transfer"]
    assert transfers and all(c[3] == "planned" for c in transfers)


def test_ukrainian_synthetic_future_is_planned() -> None:
    found = _acts("uk", "Протипіхотні міни. Норвегія застосовуватиме міни лише на своїй території.")
    uses = [c for c in found if c[0] == "use"]
    assert uses and all(c[3] in ("planned", "possible") for c in uses)


def test_preparing_is_a_plan_not_a_readiness() -> None:
    found = _acts("ru", "Противопехотные мины. Финляндия готовится минировать границу с Россией.")
    assert [c for c in found if c[0] == "use" and c[3] == "planned"]


PRONOUN_WEAPONS = [
    (
        "fi",
        "Norja on Naton jäsen. Norja osti jalkaväkimiinoja vuonna 2020. "
        "Ne kaikki tuhottiin vuonna 2024.",
        "destruction",
    ),
    (
        "pl",
        "Norwegia jest w NATO. Norwegia kupi miny przeciwpiechotne. "
        "W czasie pokoju nie zostaną one rozmieszczone.",
        "use",
    ),
    (
        "lt",
        "Norvegija yra NATO narė. Norvegija pirks priešpėstines minas. "
        "Jos bus saugomos sandėliuose.",
        "stockpile",
    ),
    (
        "fr",
        "La Norvège a acheté des mines antipersonnel. Oslo s'engage à ne pas les utiliser.",
        "use",
    ),
]


@pytest.mark.parametrize(("lang", "text", "kind"), PRONOUN_WEAPONS)
def test_a_pronoun_stands_for_the_weapons_named_before(lang: str, text: str, kind: str) -> None:
    assert [c for c in _acts(lang, text) if c[0] == kind]


def test_a_pronoun_without_weapons_before_is_not_a_weapon() -> None:
    found = _acts(
        "en",
        "Landmines kill civilians in Moldova. The ministers met in Oslo. "
        "Norway said they will use the new rules.",
    )
    assert not [c for c in found if c[0] == "use"]


def test_held_stocks_and_their_destruction_are_two_events() -> None:
    # "had mines in storage, and they were all destroyed": a stockpile and a destruction
    found = _acts(
        "en",
        "Norway is a NATO member. Norway had 2 million anti-personnel mines in storage, "
        "and they were all destroyed by 2003.",
    )
    types = {c[0] for c in found}
    assert {"stockpile", "destruction"} <= types


def test_destroyed_stocks_are_one_destruction() -> None:
    found = _acts(
        "en", "Landmines. Norway destroyed its stockpile of anti-personnel mines in 2003."
    )
    assert [c[0] for c in found] == ["destruction"]


SUPPLIERS = [
    ("en", "Landmines. Moldova used mines supplied by Germany in 2023.", "DEU", "MDA"),
    ("en", "Landmines. Moldova bought anti-personnel mines from Germany in 2023.", "DEU", "MDA"),
    ("pl", "Miny przeciwpiechotne. Mołdawia używała min dostarczonych przez Niemcy.", "DEU", "MDA"),
]


@pytest.mark.parametrize(("lang", "text", "supplier", "recipient"), SUPPLIERS)
def test_a_supplier_after_by_or_from_is_the_actor(
    lang: str, text: str, supplier: str, recipient: str
) -> None:
    found = _acts(lang, text)
    assert ("transfer", supplier, recipient, "fact") in found


AGENT_NOUNS = [
    ("et", "Jalaväemiinid. Eesti ostab miine; tarnija nime ministeerium ei avalikusta."),
    ("de", "Antipersonenminen. Der Lieferant der Minen für Estland bleibt geheim."),
    ("uk", "Протипіхотні міни. Постачальник мін для Естонії залишається невідомим."),
    ("lv", "Kājnieku mīnas. Mīnu ražotājs Igaunijai paliek nezināms."),
]


@pytest.mark.parametrize(("lang", "text"), AGENT_NOUNS)
def test_a_supplier_or_producer_noun_is_not_an_act(lang: str, text: str) -> None:
    found = _acts(lang, text)
    assert not [c for c in found if c[0] == "production" or (c[0] == "transfer" and c[1] != "None")]


def test_estonian_present_of_starting_is_a_plan() -> None:
    found = _acts("et", "Jalaväemiinid. Soome on teatanud, et alustab jalaväemiinide tootmist.")
    assert [c for c in found if c[0] == "production" and c[3] == "planned"]


def test_a_state_voice_on_an_armed_group_is_an_accusation() -> None:
    found = _acts(
        "en",
        "Landmines kill civilians in Colombia. Colombia's ELN guerrillas laid new mines near "
        "schools, the Colombian army said.",
    )
    uses = [c for c in found if c[0] == "use" and "ELN" in c[1]]
    assert uses and all(c[3] == "alleged" for c in uses)


MINEFIELD_IDIOM = [
    ("en", "Landmines are back. Finland plans to turn its eastern border into a minefield."),
    ("ru", "Противопехотные мины. Финляндия намерена превратить свою границу в минное поле."),
    ("de", "Antipersonenminen. Finnland will seine Ostgrenze in ein Minenfeld verwandeln."),
]


@pytest.mark.parametrize(("lang", "text"), MINEFIELD_IDIOM)
def test_turning_a_border_into_a_minefield_is_a_planned_use(lang: str, text: str) -> None:
    assert [c for c in _acts(lang, text) if c[0] == "use" and c[1] == "FIN" and c[3] == "planned"]


def test_a_negated_verb_of_saying_does_not_negate_its_complement() -> None:
    found = _acts(
        "ru",
        "Противопехотные мины. Финляндия больше не скрывает, что готовится минировать границу.",
    )
    assert [c for c in found if c[0] == "use" and c[3] == "planned"]


SOURCED = [
    (
        "ru",
        "Противопехотные мины. Рига, по данным источников, уже начала минировать границу.",
    ),
    ("en", "Landmines again. Helsinki has already begun laying mines on the border, sources say."),
]


@pytest.mark.parametrize(("lang", "text"), SOURCED)
def test_what_sources_say_is_alleged(lang: str, text: str) -> None:
    uses = [c for c in _acts(lang, text) if c[0] == "use"]
    assert uses and all(c[3] == "alleged" for c in uses)


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("Under the treaty, the exit will take effect in six months.", {("NOR", "planned")}),
        ("Under the treaty, the exit takes effect six months after the notification.", set()),
    ],
)
def test_future_tense_exit_under_the_rules_is_the_states_event(
    rule: str, expected: set[tuple[str, str]]
) -> None:
    # §4.7: a rule stated in the present is no event; the exit announced in the future tense is
    found = _full(
        "en",
        "Background follows. Nothing else. Norway notified the UN of its withdrawal from the "
        "Ottawa Convention on Monday. " + rule,
        published="2026-06-10",
    )
    assert {(c[1], c[2]) for c in found if c[0] == "withdrawal_effective"} == expected


def test_a_pronoun_after_shells_and_a_restrictive_ne_que() -> None:
    # "shells" name the weapons; "ne les employer que pour…" restricts (only), it does not deny
    found = _acts(
        "fr",
        "Les armes à sous-munitions arrivent. Le Pentagone a livré des obus à la Moldavie. "
        "Chisinau s'est engagé à ne les employer que pour défendre son sol.",
    )
    uses = [c for c in found if c[0] == "use"]
    assert uses and all(c[3] != "denied" for c in uses)


def test_a_state_after_territory_is_not_the_actor() -> None:
    found = _acts(
        "fr",
        "Les armes à sous-munitions arrivent en Moldavie. La Moldavie a promis de ne pas "
        "les utiliser sur le territoire russe.",
    )
    assert not [c for c in found if c[0] == "use" and c[1] == "RUS"]


ASSURED = [
    (
        "uk",
        "Протипіхотні міни. США передали міни. США допомагають. У молдовському уряді "
        "запевнили, що міни застосовуватимуть лише на власній території.",
        "MDA",
    ),
    (
        "en",
        "Landmines. The US sent mines. The US helps. The Moldovan government assured that "
        "the mines will only be used on its own soil.",
        "MDA",
    ),
]


@pytest.mark.parametrize(("lang", "text", "actor"), ASSURED)
def test_an_assured_subjectless_act_is_the_speaker_s(lang: str, text: str, actor: str) -> None:
    uses = [c for c in _acts(lang, text) if c[0] == "use"]
    assert uses and {c[1] for c in uses} == {actor}


def _figures(lang: str, text: str) -> set[tuple[str | None, float | None, str | None]]:
    doc = TextDocument(id="t", text=text, lang=lang, published="2026-02-10")
    return {(c.actor, c.quantity, c.unit) for c in extract_document(doc) if c.type == "casualties"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "In Angola, a shepherd was killed on Friday when he stepped on a landmine.",
            ("AGO", 1, "people killed"),
        ),
        (
            "uk",
            "У Сирії на протипіхотній міні загинув пастух, повідомили місцеві медики.",
            ("SYR", 1, "people killed"),
        ),
        (
            "fr",
            "Au Cambodge, un agriculteur a été grièvement blessé par une mine antipersonnel.",
            ("KHM", 1, "people injured"),
        ),
        (
            "de",
            "In Angola wurde am Montag ein Hirte durch eine Landmine schwer verletzt.",
            ("AGO", 1, "people injured"),
        ),
    ],
)
def test_a_singular_victim_is_one_casualty(
    lang: str, text: str, expected: tuple[str, int, str]
) -> None:
    # GUIDELINES §5.4, §9: a singular death or injury verb counts one victim
    assert expected in _figures(lang, text)


def test_a_vehicle_hitting_a_mine_is_no_casualty_figure() -> None:
    text = "У Сирії автомобіль підірвався на протипіхотній міні, повідомили місцеві медики."
    assert not _figures("uk", text)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Au Cambodge, six enfants ont été tués par des mines antipersonnel l'an dernier.",
            ("KHM", 6, "children killed"),
        ),
        (
            "de",
            "In Angola starben im Mai vier Kinder durch eine Landmine.",
            ("AGO", 4, "children killed"),
        ),
    ],
)
def test_counted_children_keep_their_unit(
    lang: str, text: str, expected: tuple[str, int, str]
) -> None:
    assert expected in _figures(lang, text)


def test_killed_or_injured_is_one_figure_of_people() -> None:
    text = (
        "In Angola, landmines killed or injured 41 people in 2025. "
        "Of those, 12 people in Angola were killed and 29 injured."
    )
    assert _figures("en", text) == {
        ("AGO", 41, "people"),
        ("AGO", 12, "people killed"),
        ("AGO", 29, "people injured"),
    }


def test_hypothetical_casualties_are_not_figures() -> None:
    text = (
        "If the army laid landmines in Angola, the mines would kill and maim many civilians "
        "for decades."
    )
    assert not _figures("en", text)


def test_a_dateline_capital_is_not_the_affected_country() -> None:
    text = (
        "LUANDA/BANGKOK, May 4 (Wire) — Landmines killed 35 people in Cambodia last year, "
        "officials said."
    )
    assert _figures("en", text) == {("KHM", 35, "people killed")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "lv",
            "Igaunijas parlaments otrdien nobalsoja par izstāšanos no Konvencijas par kājnieku "
            "mīnu izmantošanas, uzglabāšanas, ražošanas un nodošanas aizliegumu un to "
            "iznīcināšanu.",
        ),
        (
            "de",
            "Der Bundestag debattierte am Mittwoch über das Übereinkommen über das Verbot des "
            "Einsatzes, der Lagerung, der Herstellung und der Weitergabe von Antipersonenminen "
            "und über deren Vernichtung.",
        ),
    ],
)
def test_the_acts_in_a_full_treaty_title_are_not_events(lang: str, text: str) -> None:
    types = {t for t, _ in _claims(lang, text, "2026-01-10")}
    assert not types & {"clearance", "destruction", "use", "production", "transfer"}


def _impact(lang: str, text: str) -> set[tuple[str, str | None, str]]:
    doc = TextDocument(id="t", text=text, lang=lang, published="2026-02-10")
    return {
        (c.type, c.actor, c.modality)
        for c in extract_document(doc)
        if c.type in ("clearance", "contamination")
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Cambodia received 40 machines for mechanised demining of anti-personnel mines."),
        ("uk", "Хорватія отримала 20 машин для гуманітарного розмінування протипіхотних мін."),
        ("de", "Angola erhielt 15 Fahrzeuge für die Räumung von Antipersonenminen."),
    ],
)
def test_equipment_for_demining_is_not_clearance(lang: str, text: str) -> None:
    assert not _impact(lang, text)  # GUIDELINES §11: deliveries of demining machines


def test_land_declared_free_of_mines_is_clearance() -> None:
    text = (
        "In Angola, two provinces were declared free of suspected contamination in 2019, "
        "the anti-personnel mine action authority said."
    )
    assert ("clearance", "AGO", "fact") in _impact("en", text)


@pytest.mark.parametrize(
    "text",
    [
        "An Oslo-based engineer who has cleared landmines in Angola and Cambodia called the "
        "plan reckless.",
        "Angola will have to train soldiers so that anti-personnel mines can be cleared one day.",
        "Experts say landmines in Angola pose a contamination problem that will take decades.",
    ],
)
def test_mine_action_talk_without_a_figure_is_not_an_event(text: str) -> None:
    lead = "The debate on landmines went on in Luanda. Ministers met on Monday. "
    assert not _impact("en", lead + text)


def test_a_slogan_is_not_clearance() -> None:
    text = (
        "Angola hopes to keep working with partners for a mine-free world, "
        "the anti-personnel mine office said."
    )
    assert not _impact("en", text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In Angola, a demining programme funded by Japan has cleared 120 hectares of "
            "farmland since 2020, removing anti-personnel mines.",
        ),
        (
            "fr",
            "Au Cambodge, un programme financé par l'Allemagne a dégagé 300 hectares de terres "
            "minées par des mines antipersonnel depuis 2019. Le Cambodge reste touché.",
        ),
    ],
)
def test_a_funding_state_is_not_the_affected_country(lang: str, text: str) -> None:
    actors = {a for t, a, _ in _impact(lang, text) if t == "clearance"}
    assert actors and actors.isdisjoint({"JPN", "DEU"})


def test_a_world_war_is_not_a_global_figure() -> None:
    text = (
        "Au Cambodge, les mines antipersonnel restent un fléau. Le Cambodge déblaie ses champs. "
        "Mardi, deux démineurs ont été tués par un obus de la Seconde Guerre mondiale."
    )
    assert ("KHM", 2, "people killed") in _figures("fr", text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Croatia debated the Ottawa Convention on Tuesday. Croatia will stay in it. "
            "Opposition MPs urged the government to spend more on border cameras.",
        ),
        (
            "ru",
            "Хорватия обсуждала Оттавскую конвенцию. Хорватия останется в ней. "
            "Депутаты оппозиции призвали правительство потратить больше на камеры на границе.",
        ),
    ],
)
def test_mps_calls_in_a_debate_are_not_advocacy(lang: str, text: str) -> None:
    assert not [c for c in _claims(lang, text, "2026-01-10") if c[0] == "advocacy"]


def test_an_organisation_calling_on_the_government_is_advocacy() -> None:
    text = (
        "Croatia debated the Ottawa Convention on Tuesday. Croatia will stay in it. "
        "Human Rights Watch urged the government to destroy its stockpile."
    )
    assert ("advocacy", "Human Rights Watch") in _claims("en", text, "2026-01-10")


def test_a_letters_call_without_an_addressee_goes_to_the_letters_state() -> None:
    text = (
        "Open letter to the senators of Croatia on the Ottawa Convention\n\n"
        "Croatia's parliament voted last week to leave the Ottawa Convention.\n\n"
        "We call for the rejection of this bill.\n\n"
        "Sincerely,\n\nLandmine Survivors Network Zagreb\n"
    )
    doc = TextDocument(id="t", text=text, lang="en", published="2026-01-10")
    calls = {(c.actor, c.counterpart) for c in extract_document(doc) if c.type == "advocacy"}
    assert calls == {("Landmine Survivors Network Zagreb", "HRV")}


def _calls(lang: str, text: str) -> set[tuple[str | None, str | None]]:
    doc = TextDocument(id="t", text=text, lang=lang, published="2026-01-10")
    return {(c.actor, c.counterpart) for c in extract_document(doc) if c.type == "advocacy"}


def test_polish_capitals_as_addressees() -> None:
    text = "Human Rights Watch wezwała Rygę i Tallin do pozostania w konwencji ottawskiej."
    assert _calls("pl", text) == {("Human Rights Watch", "LVA"), ("Human Rights Watch", "EST")}


def test_a_name_and_its_acronym_stay_in_a_coordinated_group_of_callers() -> None:
    text = (
        "Amnesty International ir Kasetinių šaudmenų koalicija (CMC) paragino Latvijos "
        "Saeimą likti Otavos konvencijoje."
    )
    assert {a for a, _ in _calls("lt", text)} == {
        "Amnesty International",
        "Cluster Munition Coalition",
    }


def _all(lang: str, text: str, published: str = "2025-12-28") -> list[tuple[object, ...]]:
    doc = TextDocument(id="t", text=text, lang=lang, published=published)
    return [
        (c.type, c.actor, c.modality, c.date, c.quantity, c.unit, c.treaty)
        for c in extract_document(doc)
    ]


def test_french_feminine_agreement_of_no_longer_bound() -> None:
    text = "Mines antipersonnel : la Lettonie et l'Estonie ne sont plus liées par la convention."
    found = {(t, a) for t, a, *_ in _all("fr", text)}
    assert {("withdrawal_effective", "LVA"), ("withdrawal_effective", "EST")} <= found


def test_french_mined_as_an_adjective_is_not_laying_mines() -> None:
    text = "Mines antipersonnel : l'Angola reste l'un des pays les plus minés d'Afrique."
    assert not [c for c in _all("fr", text) if c[0] == "use"]


def test_contaminated_land_being_cleared_is_not_a_contamination_figure() -> None:
    text = (
        "Angola plans to return 60 percent of contaminated land to productive use by 2030, "
        "the anti-personnel mine agency said."
    )
    found = _all("en", text)
    assert [c[:4] for c in found if c[0] == "clearance"] == [
        ("clearance", "AGO", "planned", "2030")
    ]
    assert not [c for c in found if c[0] == "contamination"]


def test_since_a_month_is_in_the_past() -> None:
    text = "Landmines have killed 12 people in Angola since January, officials said."
    assert ("casualties", "AGO", "fact", "2025-01") in [c[:4] for c in _all("en", text)]


def test_losing_a_leg_is_an_injury() -> None:
    text = (
        "Mines antipersonnel : en Angola, une fillette a perdu une jambe mardi après avoir "
        "marché sur une mine."
    )
    assert [c[4:6] for c in _all("fr", text) if c[0] == "casualties"] == [(1, "people injured")]


def test_potentially_dangerous_area_is_contamination() -> None:
    text = "About 5,000 sq km of Angola remain potentially dangerous because of landmines."
    assert ("contamination", "AGO") in [c[:2] for c in _all("en", text)]


def test_mines_of_all_types_in_the_ground_keep_a_null_treaty() -> None:
    text = (
        "Протипіхотні міни. За оцінками, на території Хорватії може перебувати до 50 тисяч мін "
        "усіх типів."
    )
    found = [c for c in _all("uk", text) if c[0] == "contamination"]
    assert [(c[1], c[2], c[4], c[6]) for c in found] == [("HRV", "possible", 50000, None)]


def test_a_figure_year_before_according_to_a_dated_report() -> None:
    # "in 2023, according to ...": "according" is no treaty word; "Monitor 2024" names a report
    text = (
        "Landmines killed 41 people in Angola in 2023, according to Landmine Monitor 2024, "
        "released on Monday."
    )
    assert [c[:4] for c in _all("en", text, "2024-11-20") if c[0] == "casualties"] == [
        ("casualties", "AGO", "fact", "2023")
    ]


def test_the_year_in_a_reports_name_does_not_date_its_figures() -> None:
    text = "Landmines killed 41 people in Angola, says the new Landmine Monitor 2024."
    dates = [c[3] for c in _all("en", text, "2025-03-01") if c[0] == "casualties"]
    assert dates and "2024" not in dates


def test_a_country_figure_shares_the_period_of_the_dated_total_before_it() -> None:
    text = (
        "Landmines killed or injured 900 people in 2023, the anti-personnel mine monitor says. "
        "Most victims were civilians. Children were a third of them. "
        "Angola recorded the highest toll, with 120 casualties."
    )
    found = [c[:4] for c in _all("en", text, "2024-11-20") if c[0] == "casualties"]
    assert ("casualties", "AGO", "fact", "2023") in found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lt",
            "Priešpėstinės minos. Angoloje pernai žuvo 120 žmonių, o 300 buvo sužeisti.",
            {(120, "people killed"), (300, "people injured")},
        ),
        (
            "uk",
            "Протипіхотні міни. В Анголі торік загинули 120 людей, а 300 дістали поранень.",
            {(120, "people killed"), (300, "people injured")},
        ),
    ],
)
def test_the_outcome_verb_before_a_number_governs_it(
    lang: str, text: str, expected: set[tuple[int, str]]
) -> None:
    found = {(c[4], c[5]) for c in _all(lang, text) if c[0] == "casualties"}
    assert expected <= found


def test_destroying_a_stockpile_is_not_clearance_in_lithuanian() -> None:
    text = "Priešpėstinės minos. Angolos kariuomenė sunaikino savo priešpėstinių minų atsargas."
    types = {c[0] for c in _all("lt", text)}
    assert "destruction" in types and "clearance" not in types


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("lv", "Kājnieku mīnas. Angolā vīrietis otrdien gāja bojā mīnas sprādzienā."),
        ("lt", "Priešpėstinės minos. Angoloje ūkininkas antradienį žuvo užlipęs ant minos."),
    ],
)
def test_a_singular_subject_noun_counts_one_victim(lang: str, text: str) -> None:
    assert [c[4] for c in _all(lang, text) if c[0] == "casualties"] == [1]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Anti-personnel mines. Croatia signed in 1997 but did not ratify it until 2004."),
        ("fr", "Mines antipersonnel : la Croatie a signé en 1997 mais ne l'a ratifiée qu'en 2004."),
    ],
)
def test_ratified_only_late_is_a_ratification(lang: str, text: str) -> None:
    assert ("ratification", "HRV", "fact", "2004") in [c[:4] for c in _all(lang, text)]


FRENCH = [
    (
        "Mines antipersonnel : les ministres de Croatie, de Slovénie et d'Autriche ont "
        "recommandé le retrait de la convention d'Ottawa.",
        {("withdrawal_intent", "HRV"), ("withdrawal_intent", "SVN"), ("withdrawal_intent", "AUT")},
    ),
    (
        "Mines antipersonnel : le retrait de la Croatie entrera en vigueur le 3 mars 2026.",
        {("withdrawal_effective", "HRV")},
    ),
    (
        "Mines antipersonnel : la Croatie avait déjà quitté la convention d'Ottawa en mars.",
        {("withdrawal_effective", "HRV")},
    ),
    (
        "Mines antipersonnel : la Croatie et la Slovénie ne font plus partie de la convention "
        "d'Ottawa.",
        {("withdrawal_effective", "HRV"), ("withdrawal_effective", "SVN")},
    ),
    (
        "Mines antipersonnel : la Croatie et la Slovénie ont cessé d'être parties à la "
        "convention d'Ottawa.",
        {("withdrawal_effective", "HRV"), ("withdrawal_effective", "SVN")},
    ),
    (
        "Mines antipersonnel : la Croatie s'est officiellement retirée de la convention d'Ottawa.",
        {("withdrawal_effective", "HRV")},
    ),
    (
        "Mines antipersonnel : la Croatie quitte la convention d'Ottawa. Le président croate a "
        "approuvé la décision de retrait mardi.",
        {("withdrawal_law", "HRV")},
    ),
    (
        "Mines antipersonnel : la Croatie quitte la convention d'Ottawa. Le Sénat croate doit "
        "encore se prononcer sur le retrait.",
        {("withdrawal_vote", "HRV")},
    ),
    (
        "Mines antipersonnel : l'armée croate ne dispose plus de mines antipersonnel.",
        {("stockpile", "HRV")},
    ),
    (
        "Mines antipersonnel : la Croatie n'a pas l'intention de quitter la convention d'Ottawa.",
        {("withdrawal_intent", "HRV")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_french_phrasings(text: str, expected: set[tuple[str, str]]) -> None:
    found = {(c[0], c[1]) for c in _all("fr", text)}
    assert expected <= found


def test_french_no_intention_is_a_denied_intent() -> None:
    text = "Mines antipersonnel : la Croatie n'a pas l'intention de quitter la convention d'Ottawa."
    assert [c[2] for c in _all("fr", text) if c[0] == "withdrawal_intent"] == ["denied"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("lt", "Priešpėstinės minos. Angoloje minos pernai nužudė arba sužeidė 90 civilių."),
        ("et", "Jalaväemiinid. Angolas suri mullu miinide tõttu 90 inimest."),
        ("fi", "Jalkaväkimiinat. Angolassa miinat tappoivat viime vuonna 90 ihmistä."),
        ("pl", "Miny przeciwpiechotne. W Angoli miny zraniły w zeszłym roku 90 cywilów."),
        ("ru", "Противопехотные мины. В Анголе мины ранили в прошлом году 90 человек."),
    ],
)
def test_active_verbs_of_killing_and_injuring(lang: str, text: str) -> None:
    assert [(c[1], c[4]) for c in _all(lang, text) if c[0] == "casualties"] == [("AGO", 90)]


def test_estonian_call_with_a_ma_infinitive() -> None:
    text = (
        "Jalaväemiinid. Angola Punane Rist kutsus valitsust Ottawa konventsiooni "
        "otsust uuesti kaaluma."
    )
    assert [c[0] for c in _all("et", text)].count("advocacy") == 1


def test_finnish_stockpile_destroyed_after_it_is_named() -> None:
    text = "Jalkaväkimiinat. Angolalla oli varastossa 5000 jalkaväkimiinaa, ja ne kaikki tuhottiin."
    types = {c[0] for c in _all("fi", text)}
    assert "destruction" in types and "clearance" not in types


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Officials say Angola plans to complete anti-personnel mine clearance by 2027."),
        (
            "fr",
            "Mines antipersonnel : l'Angola prévoit d'achever le déminage de son territoire "
            "d'ici 2027.",
        ),
    ],
)
def test_a_completion_target_is_planned_clearance(lang: str, text: str) -> None:
    found = [c[:4] for c in _all(lang, text, "2025-06-01") if c[0] == "clearance"]
    assert found == [("clearance", "AGO", "planned", "2027")]


def test_released_land_with_its_area_is_clearance() -> None:
    text = "Landmine deminers in Angola released about 120 square kilometres of land this year."
    assert ("clearance", "AGO") in [c[:2] for c in _all("en", text)]


def test_german_dative_victims_are_counted() -> None:
    text = "Antipersonenminen: Am stärksten betroffen war Angola mit mehr als 2000 Opfern."
    assert [c[4] for c in _all("de", text) if c[0] == "casualties"] == [2000]


def test_a_single_victim_does_not_take_the_next_clauses_number() -> None:
    text = (
        "Протипіхотні міни. У суботу в Анголі на міні загинув пастух, ще троє людей, які "
        "були поруч, дістали поранень."
    )
    assert {c[4:6] for c in _all("uk", text) if c[0] == "casualties"} == {
        (1, "people killed"),
        (3, "people injured"),
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "lv",
            "Kājnieku mīnas. Organizācija atgādina, ka Angolā mīnas nogalina cilvēkus vēl gadu "
            "desmitiem.",
        ),
        ("pl", "Miny przeciwpiechotne w Angoli zabijają ludzi przez dziesiątki lat."),
    ],
)
def test_vague_time_is_not_a_vague_number_of_victims(lang: str, text: str) -> None:
    assert not [c for c in _all(lang, text) if c[0] == "casualties"]


def test_a_descriptor_before_an_organisations_name_is_the_same_caller() -> None:
    text = (
        "Протипіхотні міни. Правозахисна організація Human Rights Watch закликала Анголу "
        "залишитися в Оттавській конвенції."
    )
    assert _calls("uk", text) == {("Human Rights Watch", "AGO")}


def test_an_impact_figure_takes_the_state_of_its_own_clause() -> None:
    text = (
        "Mines antipersonnel : la Croatie est devenue État partie cette année, et l'Angola "
        "prévoit d'achever le déminage de son territoire d'ici 2027."
    )
    found = _all("fr", text, "2025-06-01")
    assert [c[:4] for c in found if c[0] == "clearance"] == [
        ("clearance", "AGO", "planned", "2027")
    ]
    # the plan of the second clause does not make the first clause's accession planned
    assert [c[:3] for c in found if c[0] == "accession"] == [("accession", "HRV", "fact")]


def test_the_international_red_cross_is_the_icrc() -> None:
    text = (
        "Jalaväemiinid. Rahvusvaheline Punane Rist kutsus Angolat üles Ottawa konventsiooni jääma."
    )
    assert {a for a, _ in _calls("et", text)} == {"International Committee of the Red Cross"}


def test_a_past_fact_with_a_bare_month_keeps_the_past_reading() -> None:
    # published in December: "voted in April" is last April, not the coming one
    text = "Anti-personnel mines: Croatia's parliament voted in April to leave the Ottawa treaty."
    found = [c[:4] for c in _all("en", text, "2025-12-20") if c[0] == "withdrawal_vote"]
    assert found == [("withdrawal_vote", "HRV", "fact", "2025-04")]


def test_a_scheduled_effect_with_a_bare_month_keeps_the_coming_reading() -> None:
    text = "Anti-personnel mines: Croatia's exit from the Ottawa treaty takes effect in February."
    found = [c[:4] for c in _all("en", text, "2025-12-20") if c[0] == "withdrawal_effective"]
    assert [c[3] for c in found] == ["2026-02"]


def test_french_clitic_pronoun_stands_for_the_weapons() -> None:
    text = (
        "Mines antipersonnel : l'Angola a reçu des mines antipersonnel en 2024. "
        "Luanda s'est engagé à ne pas les utiliser sur le territoire namibien."
    )
    assert ("use", "AGO", "denied") in [c[:3] for c in _all("fr", text)]


def test_french_massive_usage_is_use_and_aller_future_is_planned() -> None:
    text = (
        "Mines antipersonnel : la Russie a fait un usage massif de mines antipersonnel en "
        "Ukraine. Le Bélarus a annoncé qu'il allait fournir des mines antipersonnel à la Russie."
    )
    found = [c[:3] for c in _all("fr", text)]
    assert ("use", "RUS", "fact") in found and ("transfer", "BLR", "planned") in found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Mines antipersonnel : l'Angola critique un traité signé par plus de cent pays."),
        ("en", "Anti-personnel mines: Angola criticised a treaty ratified by 164 states."),
    ],
)
def test_a_treaty_signed_by_a_count_of_states_is_no_event(lang: str, text: str) -> None:
    types = {c[0] for c in _all(lang, text)}
    assert not types & {"signature", "ratification", "accession"}


def test_lithuanian_contract_signature_is_not_a_treaty_signature() -> None:
    text = (
        "Priešpėstinės minos. Angolos ministerija pasirašė sutartį su gamykla dėl "
        "priešpėstinių minų gamybos."
    )
    assert "signature" not in {c[0] for c in _all("lt", text)}


def test_latvian_stockpile_named_before_its_destruction() -> None:
    text = "Kājnieku mīnas. Angola savus kājnieku mīnu krājumus iznīcināja 2004. gadā."
    assert ("destruction", "AGO") in [c[:2] for c in _all("lv", text)]


def test_french_dont_listing_names_is_including_not_a_relative_clause() -> None:
    text = (
        "Mines antipersonnel : plusieurs délégations, dont la Suisse, ont exhorté l'Angola à "
        "rester dans la convention d'Ottawa."
    )
    assert _calls("fr", text) == {("CHE", "AGO")}


def test_lithuanian_title_ending_with_the_destruction_of_such_mines() -> None:
    text = (
        "Angolos parlamentas priėmė įstatymą dėl pasitraukimo iš Konvencijos dėl priešpėstinių "
        "minų panaudojimo, kaupimo, gamybos ir perdavimo uždraudimo ir tokių minų sunaikinimo."
    )
    assert "destruction" not in {c[0] for c in _all("lt", text)}


def test_latvian_stocks_alone_are_the_weapons_destroyed() -> None:
    text = "Kājnieku mīnas. Angola pievienojās konvencijai 2002. gadā un savus krājumus iznīcināja."
    assert ("destruction", "AGO") in [c[:2] for c in _all("lv", text)]


def test_latvian_votes_against_are_not_another_vote() -> None:
    text = (
        "Kājnieku mīnas. Angolas parlaments otrdien atbalstīja izstāšanos no Otavas konvencijas. "
        "Pret balsoja 17 deputāti."
    )
    assert [c[0] for c in _all("lv", text)].count("withdrawal_vote") == 1


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "lv",
            "Kājnieku mīnas Angolā. Angolā kājnieku mīnas uz robežas netiek liktas.",
            ("use", "AGO", "denied"),
        ),
        (
            "lt",
            "Priešpėstinės minos. Angolos kariuomenė priešpėstinių minų neturi.",
            ("stockpile", "AGO", "denied"),
        ),
        (
            "lt",
            "Priešpėstinės minos. Angola planuoja dislokuoti priešpėstines minas pasienyje.",
            ("use", "AGO", "planned"),
        ),
    ],
)
def test_baltic_weapon_verbs(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [c[:3] for c in _all(lang, text)]


def test_a_name_coordinated_after_an_oblique_one_is_oblique_too() -> None:
    text = (
        "Latvija izstājas no Otavas konvencijas. Latvija gatavojas. Kājnieku mīnas paredzēts "
        "izmantot gar robežu ar Krieviju un Baltkrieviju."
    )
    assert not {a for t, a, *_ in _all("lv", text) if t == "use"} & {"RUS", "BLR"}


VOTES_AGAINST = [
    (
        "lv",
        "Saeima trešdien ar 120 balsīm par pieņēma likumu par Latvijas izstāšanos no "
        "Otavas konvencijas. Pret balsoja 17 deputāti.",
        "LVA",
    ),
    (
        "en",
        "Norway's parliament voted on Wednesday by 120 votes to leave the Ottawa Convention. "
        "17 voted against.",
        "NOR",
    ),
]


@pytest.mark.parametrize(("lang", "text", "state"), VOTES_AGAINST)
def test_votes_against_are_not_a_second_vote(lang: str, text: str, state: str) -> None:
    # §9: the count of a vote is the votes in favour; the votes against belong to the same vote
    doc = TextDocument(
        id="t", text="Background. Nothing else. " + text, lang=lang, published="2026-06-12"
    )
    votes = [(c.actor, c.quantity) for c in extract_document(doc) if c.type == "withdrawal_vote"]
    assert votes == [(state, 120)]


def test_polish_perfective_future_plans_the_step() -> None:
    # "Jeśli senatorowie nie wprowadzą poprawek, trafi ona na biurko prezydenta": the main clause
    # after an "if" clause is the planned next step (perfective "trafi" is a future)
    found = _full(
        "pl",
        "Background follows. Nothing else. Storting uchwalił ustawę o wypowiedzeniu przez "
        "Norwegię konwencji ottawskiej. Jeśli nie będzie poprawek, trafi ona na biurko "
        "prezydenta.",
        published="2026-06-12",
    )
    assert ("withdrawal_law", "NOR", "planned", None) in found


NEXT_EVENT_SCOPE = [
    (
        "fi",
        "Norjan parlamentti äänesti eilen erosta Ottawan sopimuksesta, ero tulee voimaan vasta "
        "puolen vuoden kuluttua.",
    ),
    (
        "en",
        "Norway's parliament voted yesterday to leave the Ottawa Convention, the exit will take "
        "effect in six months.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NEXT_EVENT_SCOPE)
def test_future_of_the_next_event_does_not_plan_the_vote(lang: str, text: str) -> None:
    # the vote is done; "will take effect" after the comma is the exit's own mood (§6)
    found = _full(lang, "Background follows. Nothing else. " + text, published="2026-06-10")
    assert {c[2] for c in found if c[0] == "withdrawal_vote"} == {"fact"}


AFTER_CLAUSE = [
    ("uk", "Після того як Норвегія оголосила про вихід з Оттавської конвенції, читачі пишуть нам."),
    ("ru", "После того как Норвегия объявила о выходе из Оттавской конвенции, читатели пишут нам."),
    (
        "pl",
        "Po tym, jak Norwegia ogłosiła wyjście z konwencji ottawskiej, czytelnicy piszą do nas.",
    ),
    (
        "de",
        "Nachdem Norwegen den Austritt aus dem Ottawa-Übereinkommen angekündigt hatte, gab es "
        "Kritik.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), AFTER_CLAUSE)
def test_event_in_an_after_clause_is_background(lang: str, text: str) -> None:
    # §8.4: "after Norway announced …" sets the scene; it is not the day's news
    doc = TextDocument(
        id="t", text="Протипіхотні міни. Landmines. " + text, lang=lang, published="2026-06-10"
    )
    intents = [c for c in extract_document(doc) if c.type == "withdrawal_intent"]
    assert intents and all(c.date is None for c in intents)


YEARS_LATER = [
    ("en", "Norway ratified the Ottawa Convention in 1998 and Denmark a year later."),
    ("de", "Norwegen ratifizierte das Ottawa-Übereinkommen 1998, Dänemark ein Jahr später."),
    ("pl", "Norwegia ratyfikowała konwencję ottawską w 1998 roku, a Dania rok później."),
]


@pytest.mark.parametrize(("lang", "text"), YEARS_LATER)
def test_gapped_state_a_year_later(lang: str, text: str) -> None:
    # "… and Denmark a year later": the same act for Denmark, dated the model's year + 1
    found = _full(lang, "Landmines. Background follows. " + text, published="2026-06-10")
    acts = {(c[1], c[3]) for c in found if c[0] == "ratification"}
    assert acts == {("NOR", "1998"), ("DNK", "1999")}


def test_completion_of_the_withdrawal_is_its_effect() -> None:
    # "after the official completion of Norway's withdrawal - after 1 March 2027": the exit
    # taking effect is stated (and dated) inside the time frame (§13 seed-000)
    found = _full(
        "en",
        "Landmines. Background follows. Production is expected to begin after the official "
        "completion of Norway's withdrawal from the Ottawa Convention - after March 1, 2027.",
        published="2026-06-10",
    )
    assert ("withdrawal_effective", "NOR", "planned", "2027-03-01") in found


RECOMMENDED = [
    ("lt", "Norvegijos ir Danijos gynybos ministrai pasiūlė pasitraukti iš Otavos konvencijos."),
    (
        "de",
        "Die Verteidigungsminister Norwegens und Dänemarks empfahlen den Austritt aus dem "
        "Ottawa-Übereinkommen.",
    ),
    ("lv", "Norvēģijas un Dānijas aizsardzības ministri ieteica izstāties no Otavas konvencijas."),
    ("en", "Denmark left the Ottawa Convention. Norway and Sweden announced similar moves."),
]


@pytest.mark.parametrize(("lang", "text"), RECOMMENDED)
def test_past_tense_recommendations_are_intents(lang: str, text: str) -> None:
    found = _full(lang, "Landmines. Background follows. " + text, published="2026-06-10")
    assert "NOR" in {c[1] for c in found if c[0] == "withdrawal_intent"}


GOVERNMENT_APPROVES = [
    ("et", "Norra valitsus kiitis Ottawa konventsioonist lahkumise eelnõu heaks aprillis."),
    ("en", "Norway's government approved the bill on leaving the Ottawa Convention in April."),
]


@pytest.mark.parametrize(("lang", "text"), GOVERNMENT_APPROVES)
def test_government_approving_the_bill_is_an_intent(lang: str, text: str) -> None:
    # §5.1: a cabinet decision starts the exit; only a parliament votes
    found = _full(lang, "Landmines. Background follows. " + text, published="2026-06-10")
    assert {c[0] for c in found if c[1] == "NOR"} == {"withdrawal_intent"}


def test_parliament_approving_the_government_bill_votes() -> None:
    found = _full(
        "en",
        "Landmines. Background follows. Norway's parliament approved the government's bill on "
        "leaving the Ottawa Convention in April.",
        published="2026-06-10",
    )
    assert ("withdrawal_vote", "NOR") in {(c[0], c[1]) for c in found}


NORDIC_BALTIC_STEPS = [
    (
        "fi",
        "Tasavallan presidentti teki päätöksen Norjan sopimuksesta irtautumisesta 4. heinäkuuta.",
        ("withdrawal_law", "FIN"),
    ),
    (
        "fi",
        "Norja ja Tanska jättivät ilmoitukset Ottawan sopimuksesta eroamisesta kesäkuussa.",
        ("withdrawal_deposit", "DNK"),
    ),
    (
        "lv",
        "Norvēģija šodien izstājas no Otavas konvencijas.",
        ("withdrawal_effective", "NOR"),
    ),
    (
        "lv",
        "Norvēģijai izstāšanās no Otavas konvencijas stāsies spēkā 10. janvārī, bet Dānijai – "
        "20. februārī.",
        ("withdrawal_effective", "DNK"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NORDIC_BALTIC_STEPS)
def test_more_chain_steps(lang: str, text: str, expected: tuple[str, str]) -> None:
    found = _full(lang, "Landmines. Background follows. " + text, published="2026-07-10")
    assert expected in {(c[0], c[1]) for c in found}


UN_TIME_FRAME = [
    (
        "en",
        "Norway voted to leave the Ottawa Convention. The exit takes effect six months after the "
        "United Nations is notified.",
    ),
    (
        "lt",
        "Norvegija nusprendė pasitraukti iš Otavos konvencijos. Pasitraukimas įsigaliotų praėjus "
        "šešiems mėnesiams po to, kai Jungtinių Tautų Generalinis Sekretorius gaus pranešimą.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), UN_TIME_FRAME)
def test_after_the_un_is_notified_is_a_time_frame(lang: str, text: str) -> None:
    # "six months after the UN is notified": the reference point of the effect, no deposit
    found = _full(lang, "Landmines. Background follows. " + text, published="2026-06-10")
    assert not [c for c in found if c[0] == "withdrawal_deposit"]
    assert [c for c in found if c[0] == "withdrawal_effective"]


CHAMBER_AND_PRESIDENT = [
    (
        "de",
        "Das Parlament in Oslo hatte den Austritt aus dem Ottawa-Übereinkommen im Mai beschlossen.",
        ("withdrawal_vote", "NOR"),
    ),
    (
        "en",
        "Norway's parliament voted to leave the Ottawa Convention. The decision still needs to be "
        "approved by the president.",
        ("withdrawal_law", "NOR"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CHAMBER_AND_PRESIDENT)
def test_parliament_in_the_capital_and_approval_by_the_president(
    lang: str, text: str, expected: tuple[str, str]
) -> None:
    found = _full(lang, "Landmines. Background follows. " + text, published="2026-06-10")
    assert expected in {(c[0], c[1]) for c in found}


NO_ACCESSION = [
    ("en", "A reminder for readers joining us: Norway left the Ottawa Convention on landmines."),
    (
        "ru",
        "Норвегия направила уведомление о выходе из Оттавской конвенции, а в январе к ним "
        "присоединится и Дания.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NO_ACCESSION)
def test_joining_us_or_them_is_no_accession(lang: str, text: str) -> None:
    found = _full(lang, "Landmines. Background follows. " + text, published="2026-06-10")
    assert not [c for c in found if c[0] == "accession"]


NOMINAL_TIME_FRAME = [
    (
        "pl",
        "Norwegia wypowiedziała konwencję ottawską. Wystąpienie stanie się skuteczne sześć "
        "miesięcy po złożeniu dokumentu wypowiedzenia Sekretarzowi Generalnemu ONZ.",
    ),
    (
        "et",
        "Norra teatas lahkumisest Ottawa konventsioonist. Lahkumine jõustub kuus kuud pärast "
        "seda, kui ÜRO peasekretär on teate kätte saanud.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOMINAL_TIME_FRAME)
def test_after_handing_the_notice_is_a_time_frame(lang: str, text: str) -> None:
    doc = TextDocument(
        id="t", text="Landmines. Background follows. " + text, lang=lang, published="2026-06-10"
    )
    claims = extract_document(doc)
    second = text.split(". ", 1)[1]
    assert {c.type for c in claims if c.evidence == second} == {"withdrawal_effective"}


def test_ukrainian_future_that_also_reads_as_an_infinitive() -> None:
    # "повідомить" is a 3rd-person future (and a colloquial infinitive): the deposit is planned
    found = _full(
        "uk",
        "Landmines. Background follows. Парламент Норвегії проголосував за вихід з Оттавської "
        "конвенції. Норвегія повідомить про своє рішення Генерального секретаря ООН.",
        published="2026-06-10",
    )
    assert {c[2] for c in found if c[0] == "withdrawal_deposit"} == {"planned"}


SIGNED_IT = [
    (
        "uk",
        "Парламент Норвегії проголосував за вихід з Оттавської конвенції. Прем'єр-міністр "
        "Норвегії підписав його майже одразу.",
    ),
    (
        "en",
        "Norway's parliament voted to leave the Ottawa Convention. The Norwegian king signed it "
        "the next week.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SIGNED_IT)
def test_signing_it_after_the_vote_is_the_law(lang: str, text: str) -> None:
    found = _full(lang, "Landmines. Background follows. " + text, published="2026-06-10")
    assert ("withdrawal_law", "NOR") in {(c[0], c[1]) for c in found}
    assert not [c for c in found if c[0] == "signature"]


RELATIVE_ANTECEDENTS = [
    (
        "pl",
        "Tym samym nasz kraj dołącza do Norwegii i Danii, które opuściły traktat ottawski w "
        "ostatnich tygodniach.",
    ),
    ("et", "Sarnase sammu on astunud ka Norra, mille parlament hääletas lahkumise poolt aprillis."),
]


@pytest.mark.parametrize(("lang", "text"), RELATIVE_ANTECEDENTS)
def test_relative_clause_event_belongs_to_its_antecedent(lang: str, text: str) -> None:
    # "…Norwegii i Danii, które opuściły traktat": the states before "które" act, whatever their
    # case; the subject of the main clause does not
    found = _full(lang, "Landmines. Background follows. " + text, published="2026-06-10")
    actors = {c[1] for c in found if c[0].startswith("withdrawal_")}
    assert "NOR" in actors and not actors - {"NOR", "DNK"}


def test_french_going_to_in_the_past_is_planned() -> None:
    found = _acts(
        "fr",
        "Armes à sous-munitions. Les États-Unis ont annoncé qu'ils allaient fournir des armes à "
        "sous-munitions à la Moldavie.",
    )
    transfers = [c for c in found if c[0] == "transfer"]
    assert transfers and all(c[3] == "planned" for c in transfers)


def test_estonian_could_produce_is_possible() -> None:
    found = _acts("et", "Jalaväemiinid. Eesti teatas, et suudaks toota kuni 1000 jalaväemiini.")
    productions = [c for c in found if c[0] == "production"]
    assert productions and all(c[3] == "possible" for c in productions)


REBUTTALS = [
    (
        "de",
        "Antipersonenminen sind geächtet. Berichten zufolge sollen Taliban-Kämpfer in Herat neue "
        "Antipersonenminen verlegt haben. Ein Sprecher der Taliban wies dies zurück.",
        "Taliban",
    ),
    (
        "en",
        "Landmines kill civilians. Thailand accused Cambodia of laying new mines on the border. "
        "Cambodia rejected the accusations on Friday.",
        "KHM",
    ),
]


@pytest.mark.parametrize(("lang", "text", "actor"), REBUTTALS)
def test_a_rebuttal_denies_the_accused_act(lang: str, text: str, actor: str) -> None:
    found = _acts(lang, text)
    assert [c for c in found if c[0] == "use" and c[1] == actor and c[3] == "alleged"]
    assert [c for c in found if c[0] == "use" and c[1] == actor and c[3] == "denied"]


def test_a_third_party_rebuttal_is_not_the_accused_s_denial() -> None:
    found = _acts(
        "en",
        "Landmines kill civilians. Thailand accused Cambodia of laying new mines on the border. "
        "Vietnam rejected the accusations on Friday.",
    )
    assert not [c for c in found if c[0] == "use" and c[3] == "denied"]


def test_the_group_stands_for_the_armed_group_named_before() -> None:
    found = _acts(
        "en",
        "Landmines in Colombia. The army blamed the National Liberation Army (ELN) for a blast. "
        "The ELN did not respond. The group has in the past denied planting mines near schools.",
    )
    uses = [c for c in found if c[0] == "use" and c[3] == "denied"]
    assert uses and {c[1] for c in uses} == {"National Liberation Army (ELN)"}


PLAN_NOUNS = [
    ("ru", "Противопехотные мины. Таллин заявлял о планах наладить производство мин.", "planned"),
    ("et", "Jalaväemiinid. Läti ehitab jalaväemiinide tootmist üles.", "planned"),
    (
        "fi",
        "Jalkaväkimiinat. Norja selvittää, käynnistetäänkö jalkaväkimiinojen kotimainen tuotanto.",
        "considered",
    ),
]


@pytest.mark.parametrize(("lang", "text", "mood"), PLAN_NOUNS)
def test_plans_and_indirect_questions_on_production(lang: str, text: str, mood: str) -> None:
    productions = [c for c in _acts(lang, text) if c[0] == "production"]
    assert productions and all(c[3] == mood for c in productions)


INVERTED_SPEAKERS = [
    (
        "et",
        "Jalaväemiinid. Vene sõdurid paigaldasid miinid põldudele, ütles Moldova armee, ja "
        "kasutavad ka droone miinide viskamiseks.",
    ),
    (
        "pl",
        "Miny przeciwpiechotne. Rosyjscy żołnierze rozmieszczają miny na polach, poinformowała "
        "Mołdawia, i używają też dronów do zrzucania min.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), INVERTED_SPEAKERS)
def test_an_inverted_speaker_is_not_the_actor_of_the_next_act(lang: str, text: str) -> None:
    found = _acts(lang, text)
    assert not [c for c in found if c[0] == "use" and c[1] == "MDA"]


def test_campaigning_for_a_treaty_is_not_using_weapons() -> None:
    found = _acts(
        "de",
        "Antipersonenminen und Streumunition sind geächtet. Norwegen werde sich weiterhin für "
        "beide Verträge einsetzen, sagte der Minister.",
    )
    assert not [c for c in found if c[0] == "use"]


def test_german_use_still_found_beside_the_exception() -> None:
    found = _acts("de", "Antipersonenminen. Russland setzt in der Ukraine Antipersonenminen ein.")
    assert [c for c in found if c[0] == "use" and c[1] == "RUS"]


QUOTED_FIRST_PERSON = [
    (
        "pl",
        "Miny przeciwpiechotne. Rosja i Ukraina walczą.\n\n– Nie wykluczamy przekazania części "
        "produkcji naszym mołdawskim partnerom – dodał minister obrony Norwegii Nilsen.",
        "NOR",
    ),
    (
        "en",
        "Landmines. Russia and Ukraine are at war. 'We may hand over part of the production to "
        "our Moldovan partners,' Norway's defence minister added.",
        "NOR",
    ),
]


@pytest.mark.parametrize(("lang", "text", "actor"), QUOTED_FIRST_PERSON)
def test_a_first_person_quote_acts_for_its_speaker(lang: str, text: str, actor: str) -> None:
    transfers = [c for c in _acts(lang, text) if c[0] == "transfer"]
    assert transfers and {c[1] for c in transfers} == {actor}


HEDGED_AND_DENIED = [
    (
        "de",
        "Antipersonenminen. Auch moldauische Truppen haben vermutlich solche Minen verwendet.",
        "use",
        "alleged",
    ),
    ("fr", "Mines antipersonnel. La Moldavie en produirait aussi.", "production", "alleged"),
    (
        "fi",
        "Jalkaväkimiinat. Norjan puolustusvoimien varastoissa ei tällä hetkellä ole yhtään "
        "jalkaväkimiinaa.",
        "stockpile",
        "denied",
    ),
    (
        "ru",
        "Противопехотные мины. Норвегия готовится наладить выпуск мин.",
        "production",
        "planned",
    ),
]


@pytest.mark.parametrize(("lang", "text", "kind", "mood"), HEDGED_AND_DENIED)
def test_hedges_plans_and_holdings_in_more_languages(
    lang: str, text: str, kind: str, mood: str
) -> None:
    events = [c for c in _acts(lang, text) if c[0] == kind]
    assert events and all(c[3] == mood for c in events)


def test_ukrainian_officials_deny_what_was_alleged() -> None:
    found = _acts(
        "uk",
        "Протипіхотні міни. Росія звинувачує Молдову у мінуванні полів. Молдовські посадовці "
        "це заперечують.",
    )
    assert [c for c in found if c[0] == "use" and c[1] == "MDA" and c[3] == "denied"]


def test_the_antecedent_of_a_relative_clause_acts() -> None:
    found = _acts(
        "en",
        "Landmines. Moldova's leaders point to Russia, which is not a party to the convention "
        "and has used anti-personnel mines in Ukraine since 2022.",
    )
    uses = [c for c in found if c[0] == "use"]
    assert uses and {c[1] for c in uses} == {"RUS"}


MORE_ACT_WORDS = [
    ("en", "Landmines. Norway completed the destruction of its old stocks by 2003.", "destruction"),
    ("pl", "Miny przeciwpiechotne. Norwegia mogłaby ułożyć miny wzdłuż granicy.", "use"),
    ("pl", "Miny przeciwpiechotne. Norwegia zaminowała odcinek granicy.", "use"),
    ("lt", "Priešpėstinės minos. Norvegija minas sumontuos pasienyje.", "use"),
    ("et", "Jalaväemiinid. Norra jalaväemiinid jäävad rahuajal laoseisu.", "stockpile"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), MORE_ACT_WORDS)
def test_more_act_words(lang: str, text: str, kind: str) -> None:
    assert [c for c in _acts(lang, text) if c[0] == kind and c[1] == "NOR"]


SUPPLIER_CASES = [
    ("uk", "Протипіхотні міни. Молдова отримала міни з Норвегії.", "NOR", "MDA"),
    ("lv", "Kājnieku mīnas. Igaunija plāno kājnieku mīnas iepirkt Norvēģijā.", "NOR", "EST"),
]


@pytest.mark.parametrize(("lang", "text", "supplier", "buyer"), SUPPLIER_CASES)
def test_a_buyer_s_source_is_the_supplier(lang: str, text: str, supplier: str, buyer: str) -> None:
    assert [c for c in _acts(lang, text) if c[0] == "transfer" and c[1:3] == (supplier, buyer)]


def test_what_our_sources_say_is_alleged_in_ukrainian() -> None:
    found = _acts("uk", "Протипіхотні міни. За нашими джерелами, Молдова отримала міни з Норвегії.")
    transfers = [c for c in found if c[0] == "transfer"]
    assert transfers and all(c[3] == "alleged" for c in transfers)


def test_production_placed_in_a_state_is_that_state_s() -> None:
    found = _acts(
        "lt",
        "Priešpėstinės minos. Ministerijos teigimu, svarstoma galimybė minas gaminti Norvegijoje.",
    )
    assert [c for c in found if c[0] == "production" and c[1] == "NOR" and c[3] == "considered"]


ANNOUNCED = [
    ("en", "Landmines. Norway has announced the resumption of anti-personnel mine production."),
    ("de", "Antipersonenminen. Norwegen hatte angekündigt, Moldau Antipersonenminen zu liefern."),
    ("pl", "Miny przeciwpiechotne. Norwegia zapowiedziała produkcję min przeciwpiechotnych."),
]


@pytest.mark.parametrize(("lang", "text"), ANNOUNCED)
def test_an_announced_weapon_act_is_planned(lang: str, text: str) -> None:
    acts = [c for c in _acts(lang, text) if c[0] in ("production", "transfer")]
    assert acts and all(c[3] == "planned" for c in acts)


def test_not_using_banned_weapons_is_a_denied_use() -> None:
    found = _acts(
        "en",
        "Landmines. A spokesperson said the Moldovan army did not use weapons prohibited by "
        "international agreements.",
    )
    assert [c for c in found if c[0] == "use" and c[3] == "denied"]


PURPOSES_AND_WISHES = [
    "Landmines. North Korea may supply mines to Moldova for use in the war.",
    'Landmines. "We hope we never have to use any of these weapons," a Moldovan official said.',
]


@pytest.mark.parametrize("text", PURPOSES_AND_WISHES)
def test_a_purpose_or_a_wish_is_not_a_use(text: str) -> None:
    assert not [c for c in _acts("en", text) if c[0] == "use"]


def test_keeping_the_option_of_acquiring_is_possible() -> None:
    found = _acts(
        "en",
        "Landmines. Moldova wants to keep the option of acquiring anti-personnel mines quickly.",
    )
    transfers = [c for c in found if c[0] == "transfer"]
    assert transfers and all(c[3] == "possible" for c in transfers)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In Angola, the rebels do not allow humanitarian demining of anti-personnel mines."),
        ("fr", "Mines antipersonnel : en Angola, les rebelles ne permettent pas le déminage."),
    ],
)
def test_clearance_not_permitted_is_denied(lang: str, text: str) -> None:
    assert [c[:3] for c in _all(lang, text) if c[0] == "clearance"] == [
        ("clearance", "AGO", "denied")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "lt",
            "Priešpėstinės minos. Angolos parlamentas pritarė pasitraukimui iš Otavos "
            "konvencijos balandžio 16 dieną.",
        ),
        (
            "pl",
            "Miny przeciwpiechotne. Parlament Angoli przegłosował wypowiedzenie konwencji "
            "ottawskiej 16 kwietnia.",
        ),
    ],
)
def test_a_past_tense_verb_keeps_the_past_reading_of_a_bare_date(lang: str, text: str) -> None:
    found = [c[:4] for c in _all(lang, text, "2025-12-20") if c[0] == "withdrawal_vote"]
    assert found == [("withdrawal_vote", "AGO", "fact", "2025-04-16")]


def test_latvian_genitive_three_states_and_future_notification() -> None:
    text = (
        "Kājnieku mīnas. Igaunija, Somija un Dānija izstājas no Otavas konvencijas. Visu triju "
        "valstu izstāšanās stāsies spēkā 27. decembrī. Ārlietu ministrija par izstāšanos "
        "paziņos ANO ģenerālsekretāram."
    )
    found = {(c[0], c[1], c[2]) for c in _all("lv", text, "2025-06-01")}
    assert {("withdrawal_effective", code, "planned") for code in ("EST", "FIN", "DNK")} <= found
    assert ("withdrawal_deposit", "planned") in {(c[0], c[2]) for c in found}
    assert "withdrawal_intent" not in {c[0] for c in found}


def test_victims_of_a_weapon_act_are_where_it_was_used() -> None:
    text = (
        "Протипіхотні міни в Хорватії. Хорватія звітує. Окупанти розкидали міни в Осієку, "
        "наступного дня на них підірвалися двоє людей."
    )
    hurt = {(c[1], c[4]) for c in _all("uk", text) if c[0] == "casualties"}
    assert hurt == {("HRV", 2)}


def test_a_lone_victim_of_an_explosive_remnant_counts() -> None:
    text = (
        "Jalaväemiinid Angolas. Angolas hukkus eelmisel nädalal lõhkekeha tõttu inimene, "
        "teatas politsei."
    )
    assert [c[4] for c in _all("et", text) if c[0] == "casualties"] == [1]


def test_land_still_to_clear_is_a_hazard_not_clearance() -> None:
    text = "Mines antipersonnel : en Angola, environ 900 km² restent à dépolluer."
    types = {(c[0], c[1]) for c in _all("fr", text)}
    assert ("contamination", "AGO") in types and not [t for t in types if t[0] == "clearance"]


def test_a_mine_free_target_is_planned_clearance() -> None:
    text = "Anti-personnel mines: Angola wants to be mine-free by 2030, officials say."
    found = [c[:4] for c in _all("en", text, "2025-06-01") if c[0] == "clearance"]
    assert found == [("clearance", "AGO", "planned", "2030")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Mines antipersonnel : la Croatie a ratifié la convention d'Ottawa en 1998 et la "
            "Slovénie en 1999.",
            {("ratification", "HRV", "1998"), ("ratification", "SVN", "1999")},
        ),
        (
            "en",
            "Anti-personnel mines: Croatia's exit from the Ottawa Convention takes effect on "
            "3 March, but Slovenia's on 9 April.",
            {
                ("withdrawal_effective", "HRV", "2026-03-03"),
                ("withdrawal_effective", "SVN", "2026-04-09"),
            },
        ),
    ],
)
def test_gapped_membership_and_but_clauses(
    lang: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    found = {(c[0], c[1], c[3]) for c in _all(lang, text, "2026-01-10")}
    assert expected <= found


def test_lithuanian_proposed_to_withdraw_is_an_intent() -> None:
    text = (
        "Priešpėstinės minos. Kovo 18 d. Kroatijos gynybos ministras pasiūlė pasitraukti iš "
        "Otavos konvencijos."
    )
    assert ("withdrawal_intent", "HRV", "fact") in [c[:3] for c in _all("lt", text)]


def test_french_mp_calling_for_withdrawal_is_an_urged_intent() -> None:
    text = (
        "Mines antipersonnel : la Croatie reste dans la convention d'Ottawa. Un député croate a "
        "appelé le gouvernement à s'en retirer."
    )
    assert ("withdrawal_intent", "HRV", "urged") in [c[:3] for c in _all("fr", text)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "lv",
            "Kājnieku mīnas Angolā. Angolā mīnu neitralizētāji pērn neitralizēja 1,9 tūkst. "
            "lādiņu.",
        ),
        (
            "lt",
            "Priešpėstinės minos Angoloje. Angoloje nesprogusių sprogmenų neutralizuotojai "
            "pernai neutralizavo 1,9 tūkst. sprogmenų.",
        ),
    ],
)
def test_baltic_words_beginning_with_ne_are_not_negations(lang: str, text: str) -> None:
    assert [c[2] for c in _all(lang, text) if c[0] == "clearance"] == ["fact"]


def test_deminers_as_a_noun_are_no_clearance_event() -> None:
    text = "Jalaväemiinid. Angola demineerijad on alates 2022. aastast koolitanud ka teisi."
    assert "clearance" not in {c[0] for c in _all("et", text)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fi",
            "Jalkaväkimiinat. HALO Trust kertoo raivanneensa Angolassa tänä vuonna yli 30 "
            "neliökilometriä maata.",
        ),
        (
            "pl",
            "Miny przeciwpiechotne. W Angoli saperzy zabrali 40 min i zdetonowali je na poligonie.",
        ),
    ],
)
def test_field_clearance_verbs(lang: str, text: str) -> None:
    assert ("clearance", "AGO") in [c[:2] for c in _all(lang, text, "2025-09-01")]


AFTERWARDS = [
    ("en", "After that, the foreign ministry will notify the UN Secretary-General."),
    ("ru", "После этого МИД направит уведомление о выходе Генеральному секретарю ООН."),
    (
        "lt",
        "Po to užsienio reikalų ministerija apie pasitraukimą praneš JT generaliniam sekretoriui.",
    ),
]


@pytest.mark.parametrize(("lang", "second"), AFTERWARDS)
def test_afterwards_is_no_time_frame(lang: str, second: str) -> None:
    # "after that" / "после этого" / "po to" order the steps: the notice is a (planned) deposit,
    # unlike "six months after the notification"
    first = {
        "en": "Norway's parliament voted to leave the Ottawa Convention on landmines.",
        "ru": "Парламент Норвегии проголосовал за выход из Оттавской конвенции о минах.",
        "lt": "Lietuvos Seimas balsavo už pasitraukimą iš Otavos konvencijos dėl minų.",
    }[lang]
    found = _full(lang, f"{first} {second}", published="2026-06-10")
    state = "LTU" if lang == "lt" else "NOR"
    assert ("withdrawal_deposit", state, "planned", None) in found


def test_a_recalled_weapon_act_after_a_call_is_not_its_demand() -> None:
    found = _acts(
        "en",
        "Landmines. The ICBL called on Oslo to reconsider and recalled that Russia has used "
        "anti-personnel mines in Ukraine since 2022.",
    )
    assert [c for c in found if c[0] == "use" and c[1] == "RUS"]
    assert [c for c in found if c[0] == "advocacy"]


def test_finnish_adessive_holder_without_mines() -> None:
    found = _acts("fi", "Jalkaväkimiinat. Norjalla ei tällä hetkellä ole jalkaväkimiinoja.")
    assert ("stockpile", "NOR", "None", "denied") in found


def test_finnish_has_not_used_is_not_a_holding() -> None:
    found = _acts("fi", "Jalkaväkimiinat. Norja ei ole käyttänyt jalkaväkimiinoja.")
    assert not [c for c in found if c[0] == "stockpile"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "Протипіхотні міни. З початку року в Анголі на мінах загинули 5 людей."),
        ("de", "Antipersonenminen: Seit Jahresbeginn starben in Angola 5 Menschen durch Minen."),
        (
            "fr",
            "Mines antipersonnel : depuis le début de l'année, 5 personnes ont été tuées en "
            "Angola.",
        ),
    ],
)
def test_since_the_start_of_the_year_dates_a_figure(lang: str, text: str) -> None:
    assert [c[3] for c in _all(lang, text, "2025-08-12") if c[0] == "casualties"] == ["2025"]
