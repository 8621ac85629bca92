"""Table-driven cases per language, written for these tests (not copied from the corpus): each
sentence must yield its event type with its actor."""

from __future__ import annotations

import pytest

from minewatch.extract import extract_document
from minewatch.records import TextDocument

CASES = [
    (
        "en",
        "The Lithuanian parliament voted on Thursday to leave the Ottawa Convention.",
        "withdrawal_vote",
        "LTU",
    ),
    (
        "en",
        "Finland notified the UN Secretary-General of its withdrawal from the Mine Ban Treaty.",
        "withdrawal_deposit",
        "FIN",
    ),
    (
        "en",
        "Estonia's withdrawal from the Ottawa Convention took effect on 27 December.",
        "withdrawal_effective",
        "EST",
    ),
    ("en", "Russian forces have laid anti-personnel mines in eastern Ukraine.", "use", "RUS"),
    (
        "en",
        "Human Rights Watch called on Poland to stay in the Mine Ban Treaty.",
        "advocacy",
        "Human Rights Watch",
    ),
    (
        "pl",
        "Sejm przegłosował w czwartek ustawę o wypowiedzeniu konwencji ottawskiej.",
        "withdrawal_vote",
        "POL",
    ),
    (
        "pl",
        "Prezydent Andrzej Duda podpisał ustawę o wypowiedzeniu konwencji ottawskiej.",
        "withdrawal_law",
        "POL",
    ),
    ("pl", "Litwa wystąpiła z konwencji o amunicji kasetowej.", "withdrawal_effective", "LTU"),
    ("pl", "Rosja stosuje miny przeciwpiechotne na Ukrainie.", "use", "RUS"),
    (
        "uk",
        "Верховна Рада ухвалила закон про вихід України з Оттавської конвенції.",
        "withdrawal_vote",
        "UKR",
    ),
    (
        "uk",
        "Польща повідомила Генерального секретаря ООН про вихід з Оттавської конвенції.",
        "withdrawal_deposit",
        "POL",
    ),
    ("uk", "Росія застосовує протипіхотні міни в Україні.", "use", "RUS"),
    ("uk", "Литва вийшла з Оттавської конвенції.", "withdrawal_effective", "LTU"),
    ("ru", "Сейм Латвии проголосовал за выход из Оттавской конвенции.", "withdrawal_vote", "LVA"),
    ("ru", "Эстония вышла из Оттавской конвенции.", "withdrawal_effective", "EST"),
    ("ru", "Россия применяет противопехотные мины на Украине.", "use", "RUS"),
    (
        "de",
        "Der litauische Seimas stimmte für den Austritt aus dem Ottawa-Übereinkommen.",
        "withdrawal_vote",
        "LTU",
    ),
    ("de", "Polen ist aus dem Ottawa-Übereinkommen ausgetreten.", "withdrawal_effective", "POL"),
    ("de", "Russland setzt Antipersonenminen in der Ukraine ein.", "use", "RUS"),
    (
        "fr",
        "Le Parlement finlandais a voté le retrait de la convention d'Ottawa.",
        "withdrawal_vote",
        "FIN",
    ),
    (
        "fr",
        "La Lituanie a quitté la convention sur les armes à sous-munitions.",
        "withdrawal_effective",
        "LTU",
    ),
    ("fr", "La Russie utilise des mines antipersonnel en Ukraine.", "use", "RUS"),
    ("fi", "Eduskunta hyväksyi Ottawan sopimuksesta irtautumisen.", "withdrawal_vote", "FIN"),
    ("fi", "Viron ero Ottawan sopimuksesta astui voimaan.", "withdrawal_effective", "EST"),
    ("fi", "Venäjä käyttää jalkaväkimiinoja Ukrainassa.", "use", "RUS"),
    ("et", "Riigikogu kiitis heaks Ottawa konventsioonist lahkumise.", "withdrawal_vote", "EST"),
    ("et", "Läti lahkumine Ottawa konventsioonist jõustus.", "withdrawal_effective", "LVA"),
    ("et", "Venemaa kasutab jalaväemiine Ukrainas.", "use", "RUS"),
    ("lv", "Saeima atbalstīja izstāšanos no Otavas konvencijas.", "withdrawal_vote", "LVA"),
    ("lv", "Lietuva izstājās no Otavas konvencijas.", "withdrawal_effective", "LTU"),
    ("lv", "Krievija izmanto kājnieku mīnas Ukrainā.", "use", "RUS"),
    ("lt", "Seimas pritarė pasitraukimui iš Otavos konvencijos.", "withdrawal_vote", "LTU"),
    ("lt", "Latvija pasitraukė iš Otavos konvencijos.", "withdrawal_effective", "LVA"),
    ("lt", "Rusija Ukrainoje naudoja priešpėstines minas.", "use", "RUS"),
]

CASES += [
    ("en", "Poland signed the Ottawa Convention in 1997.", "signature", "POL"),
    ("en", "Ukraine joined the Mine Ban Treaty in 2005.", "accession", "UKR"),
    (
        "en",
        "Myanmar's army killed 12 civilians with landmines last year, UNICEF said.",
        "casualties",
        "MMR",
    ),
    ("en", "The United States will supply anti-personnel mines to Ukraine.", "transfer", "USA"),
    ("pl", "Polska ratyfikowała konwencję ottawską w 2012 roku.", "ratification", "POL"),
    (
        "pl",
        "Amnesty International wezwała Polskę do pozostania w konwencji ottawskiej.",
        "advocacy",
        "Amnesty International",
    ),
    ("pl", "Belma wyprodukuje milion min przeciwpiechotnych.", "production", "Belma"),
    ("pl", "Na Ukrainie od wybuchu wojny miny zabiły ponad 300 cywilów.", "casualties", "UKR"),
    ("uk", "Україна ратифікувала Оттавську конвенцію у 2005 році.", "ratification", "UKR"),
    (
        "uk",
        "Червоний Хрест закликав Литву не виходити з Оттавської конвенції.",
        "advocacy",
        "Red Cross",
    ),
    ("uk", "США передали Україні протипіхотні міни.", "transfer", "USA"),
    ("uk", "Сапери знешкодили 500 мін на Харківщині в Україні.", "clearance", "UKR"),
    ("ru", "Финляндия подписала Оттавскую конвенцию в 1997 году.", "signature", "FIN"),
    ("ru", "КНДР поставляет противопехотные мины России.", "transfer", "PRK"),
    ("ru", "Россия уничтожила запасы противопехотных мин.", "destruction", "RUS"),
    ("de", "Deutschland hat das Ottawa-Übereinkommen 1998 ratifiziert.", "ratification", "DEU"),
    ("de", "Rheinmetall produziert keine Antipersonenminen.", "production", "Rheinmetall"),
    (
        "de",
        "In Afghanistan wurden 2023 mehr als 600 Menschen durch Minen getötet.",
        "casualties",
        "AFG",
    ),
    ("fr", "Le Canada a signé la convention d'Ottawa en 1997.", "signature", "CAN"),
    (
        "fr",
        "Human Rights Watch appelle la Pologne à rester dans le traité d'Ottawa.",
        "advocacy",
        "Human Rights Watch",
    ),
    ("fr", "Au Yémen, les mines ont tué plus de 500 civils en 2023.", "casualties", "YEM"),
    ("fi", "Suomi liittyi Ottawan sopimukseen vuonna 2012.", "accession", "FIN"),
    (
        "fi",
        "Suomi hävitti jalkaväkimiinojen varastonsa vuoteen 2015 mennessä.",
        "destruction",
        "FIN",
    ),
    ("et", "Eesti ühines Ottawa konventsiooniga 2004. aastal.", "accession", "EST"),
    ("et", "Eesti kavatseb soetada jalaväemiine.", "transfer", None),
    ("lv", "Latvija pievienojās Otavas konvencijai 2005. gadā.", "accession", "LVA"),
    ("lv", "Starptautiskā kampaņa (ICBL) aicināja Latviju palikt konvencijā.", "advocacy", "ICBL"),
    ("lt", "Lietuva ratifikavo Otavos konvenciją 2003 metais.", "ratification", "LTU"),
    (
        "lt",
        "Lietuvos Raudonasis Kryžius ragina Seimą neskubėti trauktis iš Otavos konvencijos.",
        "advocacy",
        "Lithuanian Red Cross",
    ),
]

CASES += [
    (
        "en",
        "Finland will formally leave the Ottawa Convention on 10 January 2026.",
        "withdrawal_effective",
        "FIN",
    ),
    (
        "lt",
        "Lietuva pasitrauks iš Otavos konvencijos gruodžio 27 dieną.",
        "withdrawal_effective",
        "LTU",
    ),
    ("et", "Eesti lahkub Ottawa konventsioonist 27. detsembril.", "withdrawal_effective", "EST"),
    (
        "fr",
        "La Finlande quittera la convention d'Ottawa le 10 janvier 2026.",
        "withdrawal_effective",
        "FIN",
    ),
    (
        "de",
        "Finnland tritt am 10. Januar 2026 aus dem Ottawa-Übereinkommen aus.",
        "withdrawal_effective",
        "FIN",
    ),
]


@pytest.mark.parametrize(("lang", "text", "event_type", "actor"), CASES)
def test_event_and_actor(lang: str, text: str, event_type: str, actor: str) -> None:
    doc = TextDocument(id="t", text="Landmines.\n\n" + text, published="2025-06-01", lang=lang)
    found = {(c.type, c.actor) for c in extract_document(doc)}
    assert (event_type, actor) in found
