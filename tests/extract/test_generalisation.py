"""Cases for general constructions (written for these tests, not copied from any corpus):
boilerplate and wrong verb senses that must give nothing, metaphors that must gate out."""

from __future__ import annotations

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
    found = _dated(
        "en",
        "Tallinn officials met on defence matters. The meeting was long. Background follows. "
        "Finland decided to leave the Ottawa Convention, while Estonia did so in April.",
        published="2026-06-10",
    )
    intents = [c for c in found if c[0] == "withdrawal_intent"]
    assert intents and all(c[2] is None for c in intents)


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
