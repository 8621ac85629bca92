"""Build-time inflection of gazetteer names (states, capitals, organisations, people, demonyms).

Only ``scripts/build_gazetteer.py`` imports this module; the runtime gazetteer reads the forms it
generated from ``minewatch/data/gazetteer/generated/`` and needs no morphology library.

Sources of forms, per language:

* uk, ru: pymorphy3 with its uk/ru dictionaries (``inflect`` per case, words in agreement);
* pl: morfeusz2 (SGJP dictionary) ``generate``;
* lt, lv, et, fi, de: the inverse of simplemma's lemma dictionary (every form whose lemma is the
  name), plus suffix rules from ``inflection.yaml`` checked against simplemma (a generated form
  that simplemma knows as a form of another lemma is dropped);
* en, fr: names are not inflected.

All-caps acronyms (США, РФ, ONZ, NATO) are kept as they are in every language.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from typing import Any

UK_RU_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
PL_CASES = ("nom", "gen", "dat", "acc", "inst", "loc")
DICTIONARY_LANGS = ("lt", "lv", "et", "fi", "de")


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def match_case(form: str, model: str) -> str:
    """Give ``form`` the capitalisation pattern of ``model`` (all caps, Title or lower)."""
    if not form or not model:
        return form
    if is_acronym(model):
        return form.upper()
    if "-" in model and form.count("-") == model.count("-"):
        return "-".join(
            match_case(f, m) for f, m in zip(form.split("-"), model.split("-"), strict=True)
        )
    if model[0].isupper():
        return form[0].upper() + form[1:]
    return form


# --- Ukrainian and Russian: pymorphy3 -------------------------------------------------------


@cache
def _morph(lang: str) -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


_INFLECTING_POS = {"NOUN", "ADJF", "PRTF"}


def _nominative_parse(word: str, lang: str, *, first: bool = True) -> Any | None:
    """A nominative noun/adjective reading of ``word``; later words of a name must have it as
    their most probable reading ("Америки" is read as a genitive, not a plural)."""
    if is_acronym(word) or not any(c.isalpha() for c in word):
        return None
    parses = _morph(lang).parse(word)
    if not first and parses and parses[0].tag.case != "nomn":
        return None
    readings = [p for p in parses if p.tag.POS in _INFLECTING_POS and p.tag.case == "nomn"]
    # an indeclinable reading (Fixd: the feminine of a surname such as "Макрон") yields no
    # forms: prefer a declinable one when there is one
    declinable = [p for p in readings if "Fixd" not in p.tag]
    return (declinable or readings or [None])[0]


def only_reading(form: str, lang: str) -> bool:
    """True if every pymorphy3 reading of the lower-cased form has one and the same lemma."""
    lemmas = {parse.normal_form for parse in _morph(lang).parse(form.lower())}
    return len(lemmas) == 1


def inflect_uk_ru(name: str, lang: str, *, lexeme: bool = False) -> set[str]:
    """Case forms of a (multi-word) name: the leading run of nominative words is inflected.

    ``lexeme=True`` (single adjectives such as "польський") returns every form of the lexeme,
    all genders and both numbers.
    """
    words = name.split(" ")
    if lexeme and len(words) == 1:
        parse = _nominative_parse(name, lang)
        if parse is None:
            return {name}
        return {match_case(p.word, name) for p in parse.lexeme if p.tag.POS == parse.tag.POS}
    parses: list[Any | None] = []
    inflecting = True
    previous: Any | None = None
    for index, word in enumerate(words):
        # after an adjective any nominative reading continues the phrase ("Верховна Рада");
        # after a noun only a word whose most probable reading is nominative ("Штати Америки")
        after_adjective = previous is not None and previous.tag.POS in ("ADJF", "PRTF")
        first = index == 0 or after_adjective
        parse = _nominative_parse(word, lang, first=first) if inflecting else None
        previous = parse
        if parse is None:
            inflecting = False
        parses.append(parse)
    forms = {name}
    for case in UK_RU_CASES:
        options: list[set[str]] = []
        for word, parse in zip(words, parses, strict=True):
            if parse is None:
                options.append({word})
                continue
            variants = {word} if case == "nomn" else set()
            for grams in ({case}, {case, "anim"}, {case, "inan"}):
                inflected = parse.inflect(grams)
                if inflected is not None:
                    variants.add(match_case(inflected.word, word))
            options.append(variants or {word})
        # sorted: which 16 combinations are kept must not depend on the hash seed
        ordered = [sorted(option) for option in options]
        forms.update(" ".join(combo) for combo in itertools.islice(itertools.product(*ordered), 16))
    return forms


# --- Polish: morfeusz2 ----------------------------------------------------------------------


@cache
def _morfeusz() -> Any:
    import morfeusz2

    return morfeusz2.Morfeusz()


_PL_POS = {"subst", "adj", "ppas", "depr"}


def _pl_fields(tag: str) -> list[set[str]]:
    return [set(field.split(".")) for field in tag.split(":")]


def _pl_interpretation(
    word: str, gender: set[str] | None = None, prefer_adjective: bool = False
) -> tuple[str, str] | None:
    """The (lemma, tag) of ``word`` read as a nominative noun or adjective: geographic names
    first, then common words, then personal names; among equals the one agreeing in gender with
    the previous word of the name ("Donald Tusk": masculine Tusk), masculine by default."""
    if is_acronym(word) or not any(c.isalpha() for c in word):
        return None
    best: tuple[tuple[int, int, int], str, str] | None = None
    for _i, _j, (form, lemma, tag, labels, _q) in _morfeusz().analyse(word):
        fields = tag.split(":")
        if form != word:  # a segment of a hyphenated word ("al" of "al-Qaeda")
            continue
        if fields[0] not in _PL_POS or len(fields) < 4 or "nom" not in fields[2].split("."):
            continue
        if "nazwa_geograficzna" in labels:
            rank = 0
        elif "nazwisko" in labels or "imię" in labels:
            rank = 2
        else:
            rank = 1
        genders = set(fields[3].split("."))
        agrees = genders & gender if gender else genders & {"m1", "m2", "m3"}
        adjective = fields[0] in ("adj", "ppas")
        # in a multi-word name "Polska Grupa", "Rzeczpospolita Polska": the adjective reading
        key = (0 if prefer_adjective and adjective else 1, rank, 0 if agrees else 1)
        if best is None or key < best[0]:
            best = (key, lemma, tag)
    return None if best is None else (best[1], best[2])


def _pl_generate(lemma: str, tag: str, case: str) -> list[str]:
    want = _pl_fields(tag)
    out: list[str] = []
    for form, _lemma, gtag, _labels, _q in _morfeusz().generate(lemma):
        got = _pl_fields(gtag)
        if len(got) < 4 or len(want) < 4 or got[0] != want[0]:
            continue
        extra_ok = all(g & w for g, w in zip(got[4:], want[4:], strict=False))
        if (
            got[1] & want[1]
            and case in got[2]
            and got[3] & want[3]
            and extra_ok
            and form not in out
        ):
            out.append(form)
    return out


def inflect_pl(
    name: str, rules: Mapping[str, Sequence[Mapping[str, Any]]] | None = None
) -> set[str]:
    """Case forms of a Polish (multi-word) name; the leading nominative words are inflected.

    A one-word name that SGJP does not know ("Belma", "Rheinmetall") takes the suffix rules.
    """
    words = name.split(" ")
    if len(words) == 1 and rules and _pl_interpretation(name) is None and not is_acronym(name):
        return suffix_forms(name, "pl", rules)
    interps: list[tuple[str, str] | None] = []
    inflecting = True
    gender: set[str] | None = None
    for word in words:
        interp = _pl_interpretation(word, gender, len(words) > 1) if inflecting else None
        if interp is None:
            inflecting = False
        else:
            gender = _pl_fields(interp[1])[3]
        interps.append(interp)
    forms = {name}
    for case in PL_CASES:
        options: list[list[str]] = []
        for word, interp in zip(words, interps, strict=True):
            if interp is None:
                options.append([word])
                continue
            generated = [match_case(f, word) for f in _pl_generate(interp[0], interp[1], case)]
            options.append(generated or [word])
        forms.update(" ".join(combo) for combo in itertools.islice(itertools.product(*options), 16))
    return forms


def adjective_forms_pl(lemma: str) -> set[str]:
    """Every positive-degree form of a Polish adjective ("polski" -> polskiego, polscy...)."""
    out = {lemma}
    for form, _lemma, tag, _labels, _q in _morfeusz().generate(lemma):
        fields = tag.split(":")
        if fields[0] == "adj" and fields[-1] == "pos":
            out.add(match_case(form, lemma))
    return out


def noun_forms_pl(lemma: str) -> set[str]:
    """Every form of a Polish noun, both numbers ("Rosjanin" -> Rosjanie, Rosjan...)."""
    out = {lemma}
    for form, _lemma, tag, _labels, _q in _morfeusz().generate(lemma):
        if tag.split(":")[0] in ("subst", "depr"):
            out.add(match_case(form, lemma))
    return out


# --- Lithuanian, Latvian, Estonian, Finnish, German: simplemma ------------------------------


def dictionary_forms(lang: str, lemmas: Iterable[str]) -> dict[str, set[str]]:
    """Invert simplemma's dictionary: every form whose lemma is one of ``lemmas`` (exact case)."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    wanted = set(lemmas)
    out: dict[str, set[str]] = {lemma: {lemma} for lemma in wanted}
    dictionary = DefaultDictionaryFactory().get_dictionary(lang)
    for form, lemma in dictionary.items():
        if lemma in wanted and form[:1] == lemma[:1] and "." not in form:
            out[lemma].add(form)
    return out


def _simplemma_lemma(form: str, lang: str) -> str | None:
    import simplemma

    if not simplemma.is_known(form, lang):
        return None
    return str(simplemma.lemmatize(form, lang))


def suffix_forms(
    word: str, lang: str, rules: Mapping[str, Sequence[Mapping[str, Any]]]
) -> set[str]:
    """Forms of ``word`` from the first matching suffix rule of ``inflection.yaml``."""
    for rule in rules.get(lang, ()):
        ending = str(rule["ending"])
        if not word.endswith(ending):
            continue
        if "harmony" in rule and not _harmony_ok(word, str(rule["harmony"])):
            continue
        stem = word[: len(word) - len(ending)] if ending else word
        forms = {stem + str(suffix) for suffix in rule["forms"]}
        keep = {word}
        for form in forms:
            lemma = _simplemma_lemma(form, lang)
            if lemma is None or lemma.lower() in (word.lower(), form.lower()):
                keep.add(form)
        return keep
    return {word}


def _harmony_ok(word: str, harmony: str) -> bool:
    """Finnish vowel harmony: "back" unless the word has only front/neutral vowels."""
    back = any(c in "aouAOU" for c in word)
    return back if harmony == "back" else not back


def inflect_by_dictionary(
    name: str,
    lang: str,
    table: Mapping[str, set[str]],
    rules: Mapping[str, Sequence[Mapping[str, Any]]],
) -> set[str]:
    """Inflect the last word (or the last hyphen part) of a name; earlier words stay."""
    head_start = max(name.rfind(" "), name.rfind("-")) + 1
    prefix, head = name[:head_start], name[head_start:]
    if is_acronym(head) or not head:
        return {name}
    heads = set(table.get(head, set())) | suffix_forms(head, lang, rules)
    return {prefix + form for form in heads}
