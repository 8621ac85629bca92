"""A generator of news-like text in the ten languages, mostly about anything but mines.

``generate(n, relevant_share=0.02, seed=0)`` yields documents as dicts ``{id, lang, published,
title, text}``: sentences assembled from per-language templates about weather, sport, prices,
politics and transport, with a small share that mention the mine ban.  Reusable by the scale
benchmarks (same seed, same stream).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

LANGS = ("en", "uk", "ru", "pl", "lt", "lv", "et", "fi", "de", "fr")

_TOPICS: dict[str, list[str]] = {
    "en": [
        "The city council approved a new budget for {n} schools on {d}.",
        "Fuel prices rose by {n} percent last month, the statistics office said.",
        "The home team won {n} to 2 after a late goal.",
        "Rail services between the two cities resume after {n} weeks of repairs.",
        "The minister said the reform would be debated in parliament next week.",
        "Heavy rain is expected in the north with up to {n} millimetres.",
    ],
    "uk": [
        "Міська рада ухвалила бюджет для {n} шкіл.",
        "Ціни на пальне зросли на {n} відсотків минулого місяця.",
        "Команда виграла з рахунком {n}:2 наприкінці матчу.",
        "Потяги між містами відновлять рух через {n} тижнів.",
        "Міністр заявив, що реформу обговорять у парламенті наступного тижня.",
    ],
    "ru": [
        "Городской совет утвердил бюджет для {n} школ.",
        "Цены на топливо выросли на {n} процентов в прошлом месяце.",
        "Команда победила со счётом {n}:2.",
        "Движение поездов возобновится через {n} недель.",
        "Министр заявил, что реформу обсудят в парламенте на следующей неделе.",
    ],
    "pl": [
        "Rada miasta przyjęła budżet dla {n} szkół.",
        "Ceny paliw wzrosły o {n} proc. w ubiegłym miesiącu.",
        "Gospodarze wygrali {n}:2 po golu w końcówce.",
        "Pociągi między miastami wrócą po {n} tygodniach remontu.",
        "Minister zapowiedział debatę nad reformą w Sejmie w przyszłym tygodniu.",
    ],
    "lt": [
        "Miesto taryba patvirtino biudžetą {n} mokykloms.",
        "Degalų kainos praėjusį mėnesį išaugo {n} proc.",
        "Komanda laimėjo {n}:2.",
        "Traukiniai vėl kursuos po {n} savaičių remonto.",
        "Ministras sakė, kad reforma bus svarstoma Seime kitą savaitę.",
    ],
    "lv": [
        "Pilsētas dome apstiprināja budžetu {n} skolām.",
        "Degvielas cenas pagājušajā mēnesī pieauga par {n} procentiem.",
        "Komanda uzvarēja ar {n}:2.",
        "Vilcieni atsāks kursēt pēc {n} nedēļām.",
        "Ministrs sacīja, ka reformu Saeimā apspriedīs nākamnedēļ.",
    ],
    "et": [
        "Linnavolikogu kinnitas {n} kooli eelarve.",
        "Kütuse hinnad tõusid eelmisel kuul {n} protsenti.",
        "Kodumeeskond võitis {n}:2.",
        "Rongiliiklus taastub {n} nädala pärast.",
        "Minister ütles, et reformi arutatakse Riigikogus järgmisel nädalal.",
    ],
    "fi": [
        "Kaupunginvaltuusto hyväksyi talousarvion {n} koululle.",
        "Polttoaineen hinnat nousivat viime kuussa {n} prosenttia.",
        "Kotijoukkue voitti {n}–2.",
        "Junaliikenne jatkuu {n} viikon kuluttua.",
        "Ministerin mukaan uudistusta käsitellään eduskunnassa ensi viikolla.",
    ],
    "de": [
        "Der Stadtrat beschloss einen Haushalt für {n} Schulen.",
        "Die Spritpreise stiegen im vergangenen Monat um {n} Prozent.",
        "Die Heimmannschaft gewann mit {n}:2.",
        "Der Zugverkehr wird nach {n} Wochen wieder aufgenommen.",
        "Der Minister sagte, die Reform werde nächste Woche im Bundestag beraten.",
    ],
    "fr": [
        "Le conseil municipal a adopté un budget pour {n} écoles.",
        "Les prix des carburants ont augmenté de {n} % le mois dernier.",
        "L'équipe locale s'est imposée {n} à 2.",
        "Les trains reprendront après {n} semaines de travaux.",
        "Le ministre a indiqué que la réforme serait débattue au Parlement la semaine prochaine.",
    ],
}
_RELEVANT: dict[str, str] = {
    "en": "Poland ratified the Ottawa Convention banning anti-personnel mines in 2012.",
    "uk": "Польща ратифікувала Оттавську конвенцію про заборону протипіхотних мін у 2012 році.",
    "ru": "Польша ратифицировала Оттавскую конвенцию о запрещении противопехотных мин в 2012 году.",
    "pl": "Polska ratyfikowała konwencję ottawską o zakazie min przeciwpiechotnych w 2012 roku.",
    "lt": "Lenkija ratifikavo Otavos konvenciją 2012 metais.",
    "lv": "Polija ratificēja Otavas konvenciju 2012. gadā.",
    "et": "Poola ratifitseeris Ottawa konventsiooni 2012. aastal.",
    "fi": "Puola ratifioi Ottawan sopimuksen vuonna 2012.",
    "de": "Polen ratifizierte das Ottawa-Übereinkommen über Antipersonenminen im Jahr 2012.",
    "fr": "La Pologne a ratifié la convention d'Ottawa sur les mines antipersonnel en 2012.",
}


def generate(
    n: int, relevant_share: float = 0.02, seed: int = 0, sentences: int = 12
) -> Iterator[dict[str, str]]:
    """``n`` news-like documents (about 1 KB each), ``relevant_share`` of them on the mine ban."""
    rng = random.Random(seed)
    for index in range(n):
        lang = LANGS[index % len(LANGS)]
        body = [
            rng.choice(_TOPICS[lang]).format(n=rng.randint(2, 950), d="Monday")
            for _ in range(sentences)
        ]
        if rng.random() < relevant_share:
            body.insert(rng.randint(0, len(body)), _RELEVANT[lang])
        title = body[0][:60]
        yield {
            "id": f"gen-{index:06d}",
            "lang": lang,
            "published": f"2025-{1 + index % 12:02d}-{1 + index % 28:02d}",
            "title": title,
            "text": title + "\n\n" + " ".join(body),
        }
