"""Write minewatch/data/gazetteer/regions.yaml from ISO 3166-2 (pycountry) plus curated press forms.

    .venv/bin/python scripts/build_regions.py

The first-level subdivisions of the countries where the mine-ban news reports casualties,
contamination and clearance, with their names in the ten languages where pycountry's iso3166-2
translations have them, and the hand-written short forms of the press (``CURATED``).
"""

from __future__ import annotations

import gettext
import unicodedata
from pathlib import Path

import pycountry
import yaml

OUT = Path(__file__).resolve().parents[1] / "minewatch" / "data" / "gazetteer" / "regions.yaml"
COUNTRIES = {
    "UA": "UKR", "RU": "RUS", "SY": "SYR", "AF": "AFG", "YE": "YEM", "MM": "MMR",
    "CO": "COL", "KH": "KHM", "TH": "THA", "IQ": "IRQ", "LA": "LAO",
}  # fmt: skip
LANGS = ("uk", "ru", "pl", "lt", "lv", "et", "fi", "de", "fr")
# names that are common words, persons or places elsewhere in the news
SKIP = {"Meta", "Nan", "Mon", "Chin", "Shan", "Loei", "Trat", "Sucre", "Bolívar", "Córdoba",
        "Santander", "Caldas", "Cesar", "Atlántico", "Amazonas", "Guainía", "Vaupés",
        "Distrito Capital de Bogotá", "Sevastopol'", "Moskva", "Sankt-Peterburg", "Bangkok",
        "Krung Thep Maha Nakhon", "Phnom Penh", "Yangon", "Baghdad", "Dimashq", "Kābul",
        "Amānat al ‘Āşimah", "Vientiane", "Viangchan", "Nay Pyi Taw", "Kabul", "Sanaa",
        "Baghdād", "Farāh", "Farah", "Magdalena"}  # fmt: skip
# press forms: "Kharkiv region", "Харківщина", "Курская обл." (the city stems of the oblasts
# along the front line and the Russian border regions)
STEMS = {
    "UKR": {
        "en": ["Kharkiv", "Kherson", "Zaporizhzhia", "Donetsk", "Luhansk", "Sumy", "Chernihiv",
               "Mykolaiv", "Dnipropetrovsk", "Odesa", "Odessa", "Kyiv", "Zhytomyr", "Poltava"],
        "de": ["Charkiw", "Cherson", "Saporischschja", "Donezk", "Luhansk", "Sumy",
               "Tschernihiw", "Mykolajiw", "Dnipropetrowsk", "Odessa", "Kiew", "Schytomyr",
               "Poltawa"],
        "fr": ["Kharkiv", "Kherson", "Zaporijjia", "Donetsk", "Louhansk", "Soumy", "Tchernihiv",
               "Mykolaïv", "Dnipropetrovsk", "Odessa", "Kyiv", "Kiev", "Jytomyr", "Poltava"],
        "fi": ["Harkova", "Herson", "Zaporižžja", "Donetsk", "Luhansk", "Sumy", "Tšernihiv",
               "Mykolajiv", "Odessa", "Kiova"],
    },
    "RUS": {
        "en": ["Kursk", "Belgorod", "Bryansk"],
        "de": ["Kursk", "Belgorod", "Brjansk"],
        "fr": ["Koursk", "Belgorod", "Briansk"],
        "fi": ["Kurski", "Belgorod", "Brjansk"],
    },
}  # fmt: skip
CURATED = {
    "UKR": {
        "uk": ["Харківщина", "Херсонщина", "Запоріжжя", "Донеччина", "Луганщина", "Сумщина",
               "Чернігівщина", "Миколаївщина", "Дніпропетровщина", "Одещина", "Київщина",
               "Житомирщина", "Полтавщина", "Запорізька обл.", "Харківська обл.",
               "Херсонська обл.", "Донецька обл.", "Сумська обл.", "Миколаївська обл."],
        "ru": ["Харьковщина", "Херсонщина", "Донетчина", "Луганщина", "Сумщина",
               "Черниговщина", "Николаевщина", "Киевщина", "Запорожская обл.",
               "Харьковская обл.", "Херсонская обл.", "Донецкая обл.", "Сумская обл."],
        "pl": ["Charkowszczyzna", "Chersońszczyzna", "Zaporoże", "Donbas", "Donbasu"],
        "de": ["Donbass"],
        "fr": ["Donbass"],
        "all": ["Donbas"],
    },
    "YEM": {"all": ["Hodeidah", "Hodeida", "Hodeïda", "Hudaydah", "Taiz"], "uk": ["Ходейда"],
            "ru": ["Ходейда"], "de": ["Hudaida"]},
    "RUS": {
        "uk": ["Курщина", "Бєлгородщина", "Брянщина", "Курська обл.", "Бєлгородська обл."],
        "ru": ["Курская область", "Белгородская область", "Брянская область", "Курщина",
               "Белгородчина", "Брянщина", "Курская обл.", "Белгородская обл.",
               "Брянская обл."],
        "pl": ["obwód kurski", "obwód biełgorodzki", "obwód briański", "Kurszczyzna"],
    },
}  # fmt: skip
REGION_WORDS = {
    "en": ["{} region", "{} oblast", "{} Oblast", "{} province", "{} Region"],
    "de": ["Oblast {}", "Gebiet {}", "Region {}"],
    "fr": ["région de {}", "oblast de {}", "province de {}"],
    "fi": ["{}n alue", "{}n alueella", "{}n alueelle", "{}n alueen", "{}n alueelta"],
}


def plain(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c)).replace("'", "")


def names_of(country: str) -> dict[str, list[str]]:
    subs = [s for s in pycountry.subdivisions.get(country_code=country) if s.parent_code is None]
    out: dict[str, list[str]] = {"all": []}
    tables = {
        lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, [lang], fallback=True)
        for lang in LANGS
    }
    for sub in sorted(subs, key=lambda s: s.code):
        if sub.name in SKIP or len(sub.name) < 5:
            continue
        for form in dict.fromkeys([sub.name, plain(sub.name)]):
            if form not in out["all"] and form not in SKIP:
                out["all"].append(form)
        for lang, table in tables.items():
            local = table.gettext(sub.name)
            if local != sub.name and local not in SKIP:
                out.setdefault(lang, []).append(local)
    return out


def main() -> None:
    data: dict[str, dict[str, list[str]]] = {}
    for alpha2, iso3 in COUNTRIES.items():
        names = names_of(alpha2)
        for lang, stems in STEMS.get(iso3, {}).items():
            for stem in stems:
                names.setdefault(lang, []).extend(p.format(stem) for p in REGION_WORDS[lang])
        for lang, extra in CURATED.get(iso3, {}).items():
            names.setdefault(lang, []).extend(x for x in extra if x not in names.get(lang, []))
        data[iso3] = {k: v for k, v in names.items() if v}
    header = (
        "# First-level regions of the countries most in the mine-ban news, for the affected\n"
        "# country of impact figures (GUIDELINES §5.4, §7): mention kind 'region', state = ISO3.\n"
        "# source: ISO 3166-2 subdivision names and their iso-codes translations (pycountry\n"
        "#   26.2.16); press short forms (Харківщина, Kursk region, Курская обл.) curated in\n"
        "#   scripts/build_regions.py, which writes this file - edit the script, not the file.\n"
        "# Schema: ISO3 -> lang|all -> [names]; names are inflected by build_gazetteer.py.\n"
    )
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=True, width=100)
    OUT.write_text(header + text, encoding="utf-8")


if __name__ == "__main__":
    main()
