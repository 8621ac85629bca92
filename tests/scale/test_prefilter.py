"""The markup pre-filter never drops a page the relevance gate would pass."""

from __future__ import annotations

import html
import random
import re
from pathlib import Path

import pytest

from minewatch.extract.relevance import assess
from minewatch.ingest.html import parse_html
from minewatch.scale.prefilter import may_be_relevant, visible_text

_WORD = re.compile(r"(\w+)")


def _page(title: str, body: str, rng: random.Random) -> str:
    """``body`` as a news page: paragraphs, inline tags around some words, entities, boilerplate."""

    def decorate(match: re.Match[str]) -> str:
        word = html.escape(match.group(1))
        roll = rng.random()
        if roll < 0.05:
            return f'<a href="/w/{len(word)}">{word}</a>'
        if roll < 0.08:
            return f"<b>{word}</b>"
        if roll < 0.10:
            return f"<em>{word}</em>"
        return word

    paragraphs = "".join(
        f"<p>{_WORD.sub(decorate, html.escape(p, quote=False))}</p>"
        for p in body.split("\n")
        if p.strip()
    )
    return (
        f"<html><head><title>{html.escape(title)}</title></head><body><nav><a href='/'>Home</a>"
        f"<a href='/world'>World</a></nav><article><h1>{html.escape(title)}</h1>{paragraphs}"
        "</article><footer>Contact &amp; privacy</footer></body></html>"
    )


def test_no_relevant_dev_document_is_dropped(shared_dir: Path) -> None:
    rng = random.Random(3)
    docs = sorted((shared_dir / "corpus" / "dev" / "docs").glob("*.txt"))
    assert len(docs) >= 50
    relevant = 0
    for path in docs:
        text = path.read_text(encoding="utf-8")
        title, _, body = text.partition("\n")
        markup = _page(title, body, rng)
        if assess(parse_html(markup).text).relevant:
            relevant += 1
            assert may_be_relevant(visible_text(markup)), path.name
    assert relevant >= 40


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>Ban on anti-personnel <a href='#'>mines</a></p>", "Ban on anti-personnel mines"),
        ("<p>land</p><p>mines</p>", "land mines"),
        ("<p>Ottawa&nbsp;Convention</p>", "Ottawa Convention"),
        ("<td>anti</td><td>tank</td>", "anti tank"),
    ],
)
def test_visible_text(markup: str, expected: str) -> None:
    assert visible_text(markup).strip() == expected


def test_pages_without_terms_are_dropped() -> None:
    page = "<html><body><p>Fuel prices rose by 4 percent.</p><p>The team won.</p></body></html>"
    assert not may_be_relevant(visible_text(page))
