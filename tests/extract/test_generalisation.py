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
