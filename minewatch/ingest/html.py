"""HTML to main text and metadata with trafilatura (with a plain-text fallback)."""

from __future__ import annotations

import re
from typing import Any

import trafilatura
from lxml import html as lxml_html  # type: ignore[import-untyped]

from minewatch.ingest.items import NO_HTML_TEXT, Parsed, reject

_CANONICAL = re.compile(r"""<link\b[^>]*\brel\s*=\s*["']?canonical["']?[^>]*>""", re.I)
_HREF = re.compile(r"""\bhref\s*=\s*["']([^"']+)["']""", re.I)
_AUTHOR = re.compile(
    r"""<meta\b[^>]*\bname\s*=\s*["']author["'][^>]*\bcontent\s*=\s*["']([^"']+)["']""", re.I
)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def _canonical(markup: str) -> str | None:
    tag = _CANONICAL.search(markup[:100_000])
    href = _HREF.search(tag.group(0)) if tag else None
    return href.group(1).strip() if href else None


def _fallback_text(markup: str) -> str:
    """Visible text of a page trafilatura found no main text in (short or broken pages)."""
    try:
        tree = lxml_html.fromstring(markup)
    except (ValueError, lxml_html.etree.ParserError):
        return ""
    for bad in tree.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    body = tree.find("body")
    node: Any = body if body is not None else tree
    lines = (line.strip() for line in node.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def parse_html(markup: str, url: str | None = None) -> Parsed:
    """Main text, title, date, site, author and canonical URL of a page."""
    doc = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, favor_recall=True
    )
    data: dict[str, Any] = {}
    if isinstance(doc, dict):
        data = doc
    elif doc is not None:
        data = doc.as_dict()
    body = str(data.get("text") or "").strip()
    if not body:
        body = _fallback_text(markup)
    if not body:
        raise reject(NO_HTML_TEXT, "HTML without extractable text")
    title = data.get("title")
    if not title:
        match = _TITLE.search(markup[:100_000])
        title = re.sub(r"\s+", " ", match.group(1)).strip() if match else None
    author = data.get("author")
    if not author:
        match = _AUTHOR.search(markup[:100_000])
        author = match.group(1).strip() if match else None
    return Parsed(
        text=body,
        title=title or None,
        published=data.get("date") or None,
        site=data.get("sitename") or data.get("hostname") or None,
        author=author or None,
        canonical_url=_canonical(markup) or data.get("url") or None,
        content_type="text/html",
    )
