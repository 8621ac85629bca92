"""Generate realistic bulk archives: WARC (HTML pages) and JSONL.gz (text records).

Usage::

    .venv/bin/python benchmarks/make_archive.py --docs 100000 --relevant-share 0.005 \\
        --format both --out /tmp/archives

Documents are news-like text in en, uk, ru, pl, lt, lv, et, fi, de, fr from ``newsgen.py`` (the
extraction benchmark's generator: weather, sport, prices, politics, transport), a controlled share
of them reporting a mine-ban event, and a share of decoys that use "mine" in other senses (mining,
sea mines, metaphors) which the relevance filter must reject.  Each article has about
``--sentences`` sentences (30 give about 2 KB of text, a typical news article).

* ``news.warc.gz``: one gzip member per WARC record, as crawlers write them; each page has a
  header, navigation, the article with its title and date, related links and a footer.
* ``news.jsonl.gz``: ``{id, url, title, published, lang, text}`` records, gzip members of
  ``--member-lines`` lines each (``--single-member`` writes one member: an archive that cannot
  be cut into byte ranges).
"""

from __future__ import annotations

import argparse
import gzip
import html
import io
import json
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsgen import generate

DECOYS: dict[str, list[str]] = {
    "en": ["The coal mine reopened after the strike, employing 400 miners.",
           "Bitcoin mining farms use as much power as a small town.",
           "The navy cleared sea mines from the harbour entrance."],
    "de": ["Die Kohlemine wurde nach dem Streik wieder geöffnet.",
           "Die Marine räumte Seeminen vor der Hafeneinfahrt."],
    "pl": ["Kopalnia węgla wznowiła wydobycie po strajku.",
           "Marynarka wojenna usunęła miny morskie z toru wodnego."],
    "uk": ["Вугільна шахта відновила видобуток після страйку.",
           "Флот знешкодив морські міни біля входу в порт."],
    "ru": ["Угольная шахта возобновила добычу после забастовки.",
           "Флот обезвредил морские мины у входа в порт."],
    "fr": ["La mine de charbon a rouvert après la grève.",
           "La marine a neutralisé des mines marines à l'entrée du port."],
}  # fmt: skip

_NAV = ["Home", "World", "Politics", "Business", "Sport", "Culture", "Weather", "Opinion"]


def articles(
    n: int, relevant_share: float, decoy_share: float, seed: int, sentences: int
) -> Iterator[dict[str, Any]]:
    """``n`` articles (dicts with id, url, lang, published, title, text, relevant)."""
    rng = random.Random(seed + 1)
    for doc in generate(n, relevant_share=relevant_share, seed=seed, sentences=sentences):
        lang = doc["lang"]
        text = doc["text"]
        if lang in DECOYS and rng.random() < decoy_share:
            text += " " + rng.choice(DECOYS[lang])
        site = f"news-{lang}.example"
        yield {
            "id": doc["id"], "url": f"https://{site}/{doc['published']}/{doc['id']}.html",
            "lang": lang, "published": doc["published"], "title": doc["title"], "text": text,
        }  # fmt: skip


def page(article: dict[str, Any]) -> bytes:
    """An HTML page for an article, with the boilerplate of a news site around it."""
    esc = html.escape
    title, lines = article["title"], article["text"].split("\n\n", 1)[-1]
    paragraphs = "".join(f"<p>{esc(p.strip())}.</p>" for p in lines.split(". ") if p.strip())
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in _NAV)
    related = "".join(
        f'<li><a href="/story/{i}">Related story {i}</a></li>' for i in range(1, 6)
    )
    markup = (
        f'<!DOCTYPE html><html lang="{article["lang"]}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title>"
        f'<meta property="article:published_time" content="{article["published"]}">'
        f'<link rel="canonical" href="{article["url"]}"></head><body>'
        f'<header><div class="logo">Daily {article["lang"].upper()}</div><nav><ul>{nav}</ul>'
        f"</nav></header><main><article><h1>{esc(title)}</h1>"
        f'<time datetime="{article["published"]}">{article["published"]}</time>'
        f'{paragraphs}</article><aside><h2>Read more</h2><ul>{related}</ul></aside></main>'
        "<footer><p>© Daily News. All rights reserved.</p><p>Contact | Privacy | Terms</p>"
        "</footer></body></html>"
    )
    return markup.encode("utf-8")


def write_warc(path: Path, docs: Iterator[dict[str, Any]], compress: bool = True) -> int:
    """A WARC of response records, one gzip member each (plain if not ``compress``); returns
    the number of records."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    count = 0
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=compress)
        for article in docs:
            body = page(article)
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                article["url"], "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
            count += 1
    return count


def write_jsonl_gz(
    path: Path, docs: Iterator[dict[str, Any]], member_lines: int = 200, single: bool = False
) -> int:
    """JSONL records in gzip members of ``member_lines`` lines (one member if ``single``)."""
    count = 0
    with path.open("wb") as handle:
        if single:
            with gzip.GzipFile(fileobj=handle, mode="wb", compresslevel=6) as out:
                for article in docs:
                    out.write(_line(article))
                    count += 1
            return count
        block: list[bytes] = []
        for article in docs:
            block.append(_line(article))
            count += 1
            if len(block) >= member_lines:
                _member(handle, block)
                block = []
        if block:
            _member(handle, block)
    return count


def _line(article: dict[str, Any]) -> bytes:
    record = {k: article[k] for k in ("id", "url", "title", "published", "lang", "text")}
    return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"


def _member(handle: BinaryIO, lines: list[bytes]) -> None:
    handle.write(gzip.compress(b"".join(lines), compresslevel=6))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20000)
    parser.add_argument("--relevant-share", type=float, default=0.005)
    parser.add_argument("--decoy-share", type=float, default=0.02)
    parser.add_argument("--sentences", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--format", choices=["warc", "jsonl", "both"], default="both")
    parser.add_argument("--member-lines", type=int, default=200)
    parser.add_argument("--single-member", action="store_true")
    parser.add_argument("--out", type=Path, default=Path("archives"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    kinds = ["warc", "jsonl"] if args.format == "both" else [args.format]
    for kind in kinds:
        started = time.perf_counter()
        docs = articles(args.docs, args.relevant_share, args.decoy_share, args.seed,
                        args.sentences)  # fmt: skip
        if kind == "warc":
            path = args.out / "news.warc.gz"
            count = write_warc(path, docs)
        else:
            path = args.out / "news.jsonl.gz"
            count = write_jsonl_gz(path, docs, args.member_lines, args.single_member)
        size = path.stat().st_size / 1e6
        print(f"{path}: {count} records, {size:.1f} MB, {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
