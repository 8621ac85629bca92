"""The interface text catalogue: ``web/locales/<lang>.yaml``, one flat mapping per language.

English is complete and the fallback; another language is added by adding a file with the same
keys (a test checks that every catalogue has exactly the English keys).  The language of a request
is the ``mw_lang`` cookie (set by ``/lang``), else the best match in ``Accept-Language``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Final

import yaml

DEFAULT_LANG: Final = "en"
COOKIE: Final = "mw_lang"


@cache
def available_languages() -> tuple[str, ...]:
    """The languages with a catalogue, English first."""
    folder = resources.files("minewatch") / "web" / "locales"
    names = sorted(p.name.removesuffix(".yaml") for p in folder.iterdir()
                   if p.name.endswith(".yaml"))
    return (DEFAULT_LANG, *[n for n in names if n != DEFAULT_LANG])


@cache
def catalogue(lang: str) -> Mapping[str, str]:
    """The messages of one language (empty for an unknown language)."""
    if lang not in available_languages():
        return {}
    source = resources.files("minewatch") / "web" / "locales" / f"{lang}.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
    return {str(k): str(v) for k, v in data.items()}


class Translator:
    """``t("key", n=3)``: the message in the chosen language, else English, else the key."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in available_languages() else DEFAULT_LANG
        self._messages = catalogue(self.lang)
        self._fallback = catalogue(DEFAULT_LANG)

    def __call__(self, key: str, **values: object) -> str:
        message = self._messages.get(key) or self._fallback.get(key) or key
        return message.format(**values) if values else message


def choose_language(cookie: str | None, accept_language: str | None) -> str:
    """The cookie's language if known, else the first known one in ``Accept-Language``."""
    known = available_languages()
    if cookie in known:
        return str(cookie)
    for part in (accept_language or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in known:
            return code
    return DEFAULT_LANG
