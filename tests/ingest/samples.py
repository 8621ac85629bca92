"""Fixture texts written for these tests: one paragraph per language, and their encodings."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "en": (
        "Poland and the Baltic states announced on Tuesday that they would withdraw from the "
        "Ottawa Convention banning anti-personnel landmines. The defence ministers said the "
        "security situation had changed fundamentally since Russia's invasion of Ukraine. "
        "Humanitarian groups criticised the decision."
    ),
    "uk": (
        "Польща та країни Балтії оголосили про намір вийти з Оттавської конвенції про заборону "
        "протипіхотних мін. Міністри оборони заявили, що безпекова ситуація в регіоні докорінно "
        "змінилася після вторгнення Росії в Україну. Гуманітарні організації розкритикували це "
        "рішення, а уряд Польщі пообіцяв дотримуватися міжнародного права."
    ),
    "ru": (
        "Польша и страны Балтии объявили о намерении выйти из Оттавской конвенции о запрете "
        "противопехотных мин. Министры обороны заявили, что ситуация с безопасностью в регионе "
        "коренным образом изменилась после вторжения России в Украину. Гуманитарные организации "
        "раскритиковали это решение."
    ),
    "pl": (
        "Polska i państwa bałtyckie ogłosiły zamiar wystąpienia z konwencji ottawskiej o zakazie "
        "min przeciwpiechotnych. Ministrowie obrony stwierdzili, że sytuacja bezpieczeństwa w "
        "regionie zmieniła się zasadniczo po inwazji Rosji na Ukrainę. Organizacje humanitarne "
        "skrytykowały tę decyzję, a w Łodzi odbył się protest przed urzędem wojewódzkim."
    ),
    "lt": (
        "Lenkija ir Baltijos šalys paskelbė ketinančios pasitraukti iš Otavos konvencijos, "
        "draudžiančios priešpėstines minas. Gynybos ministrai teigė, kad saugumo padėtis regione "
        "iš esmės pasikeitė po Rusijos įsiveržimo į Ukrainą. Humanitarinės organizacijos šį "
        "sprendimą sukritikavo."
    ),
    "lv": (
        "Polija un Baltijas valstis paziņoja par nodomu izstāties no Otavas konvencijas, kas "
        "aizliedz kājnieku mīnas. Aizsardzības ministri norādīja, ka drošības situācija reģionā "
        "pēc Krievijas iebrukuma Ukrainā ir būtiski mainījusies. Humānās palīdzības "
        "organizācijas šo lēmumu kritizēja."
    ),
    "et": (
        "Poola ja Balti riigid teatasid kavatsusest lahkuda jalaväemiine keelustavast Ottawa "
        "konventsioonist. Kaitseministrid ütlesid, et julgeolekuolukord piirkonnas on pärast "
        "Venemaa sissetungi Ukrainasse põhjalikult muutunud. Humanitaarorganisatsioonid "
        "kritiseerisid otsust."
    ),
    "fi": (
        "Puola ja Baltian maat ilmoittivat aikovansa irtautua jalkaväkimiinat kieltävästä "
        "Ottawan sopimuksesta. Puolustusministerit sanoivat, että alueen turvallisuustilanne on "
        "muuttunut perusteellisesti Venäjän hyökättyä Ukrainaan. Humanitaariset järjestöt "
        "arvostelivat päätöstä."
    ),
    "de": (
        "Polen und die baltischen Staaten haben angekündigt, aus dem Ottawa-Übereinkommen über "
        "das Verbot von Antipersonenminen auszutreten. Die Verteidigungsminister erklärten, die "
        "Sicherheitslage in der Region habe sich seit dem russischen Überfall auf die Ukraine "
        "grundlegend verändert. Hilfsorganisationen kritisierten die Entscheidung."
    ),
    "fr": (
        "La Pologne et les États baltes ont annoncé leur intention de se retirer de la "
        "convention d'Ottawa sur l'interdiction des mines antipersonnel. Les ministres de la "
        "Défense ont déclaré que la situation sécuritaire dans la région avait profondément "
        "changé depuis l'invasion de l'Ukraine par la Russie. Les organisations humanitaires ont "
        "critiqué cette décision."
    ),
}

# (language, encoding) pairs written as plain-text files without any declaration.
ENCODINGS: list[tuple[str, str]] = [
    ("en", "ascii"),
    ("uk", "utf-8"),
    ("uk", "cp1251"),
    ("uk", "koi8-u"),
    ("ru", "koi8-r"),
    ("ru", "cp1251"),
    ("ru", "utf-16"),
    ("pl", "iso-8859-2"),
    ("pl", "utf-8-sig"),
    ("lt", "iso-8859-13"),
    ("lv", "iso-8859-13"),
    ("et", "iso-8859-15"),
    ("fi", "latin-1"),
    ("de", "latin-1"),
    ("fr", "cp1252"),
]


def html_page(lang: str, charset: str, *, title: str | None = None) -> bytes:
    """A news page in ``lang`` with boilerplate around the article, encoded in ``charset``."""
    body = TEXTS[lang]
    head = title or body.split(".")[0]
    markup = f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}"><title>{head} | Test Daily</title>
<link rel="canonical" href="https://news.example.org/{lang}/story-1">
<meta name="author" content="Test Reporter">
<meta property="article:published_time" content="2025-03-18T09:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>{head}</h1><p>{body}</p><p>{body}</p></article>
<footer>Copyright Test Daily. All rights reserved.</footer>
</body></html>"""
    return markup.encode(charset)
