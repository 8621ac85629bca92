"""Ingestion throughput: documents/s, MB/s and peak memory, beside baselines in the same run.

    .venv/bin/python benchmarks/ingest.py [--docs 600] [--db postgresql://...]

Builds a corpus from the bundled samples (``minewatch/data/samples``): HTML pages (article text
inside navigation/footer boilerplate) and plain-text files, each a distinct shuffle of sample
sentences.  Each workload runs in a fresh subprocess (so peak RSS is its own):

- ``html baseline``: trafilatura ``bare_extraction`` alone on the same pages;
- ``html minewatch``: ``run_ingest`` on the pages (decode, trafilatura, language ID, NFC,
  exact + near-duplicate detection, SQLite or PostgreSQL store with full-text index; no claims);
- ``text baseline``: read + decode the files; ``text minewatch``: ``run_ingest`` on them;
- ``re-run``: the same ingest again (everything unchanged).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "minewatch" / "data" / "samples" / "docs"
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<aside><h3>Most read</h3><ul><li><a href="/1">Weather</a></li><li><a href="/2">Sport</a></li>
</ul></aside>
<footer>© News Site. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>"""


def build_corpus(folder: Path, count: int) -> None:
    """``count`` HTML pages in ``folder/html`` and ``count`` text files in ``folder/text``."""
    rng = random.Random(3)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    (folder / "html").mkdir(parents=True)
    (folder / "text").mkdir()
    for number in range(count):
        source = texts[number % len(texts)]
        sentences = re.split(r"(?<=[.!?])\s+", source)
        rng.shuffle(sentences)
        body = f"Item {number}. " + " ".join(sentences)
        paragraphs = "".join(f"<p>{s}</p>" for s in re.split(r"(?<=[.!?])\s+", body))
        page = PAGE.format(title=f"Story {number}: {sentences[0][:60]}", paragraphs=paragraphs)
        (folder / "html" / f"p{number:05d}.html").write_text(page, encoding="utf-8")
        (folder / "text" / f"t{number:05d}.txt").write_text(body, encoding="utf-8")


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def worker(kind: str, folder: Path, db: str) -> dict[str, float]:
    """Run one workload; setup (imports, language models, opening the store) is timed apart."""
    setup_started = time.perf_counter()
    import trafilatura

    if kind == "ingest":
        from minewatch.ingest import IngestOptions, run_ingest
        from minewatch.ingest.langid import detect_language
        from minewatch.store import open_store

        detect_language("warm up the language models")
        store = open_store(db)
    setup = time.perf_counter() - setup_started
    cpu_before, started = _cpu(), time.perf_counter()
    if kind == "ingest":
        summary = run_ingest(store, [str(folder)], IngestOptions(extract=False, progress="none"))
        items = summary.ingested + summary.near_duplicates + summary.duplicates + summary.unchanged
    else:
        paths = sorted(folder.iterdir())
        for path in paths:
            data = path.read_bytes()
            if kind == "html-baseline":
                trafilatura.bare_extraction(data.decode("utf-8"), with_metadata=True)
            else:
                data.decode("utf-8")
        items = len(paths)
    seconds, cpu = time.perf_counter() - started, _cpu() - cpu_before
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"items": items, "seconds": seconds, "cpu": cpu, "setup": setup, "peak_mb": peak_mb}


def run_worker(kind: str, folder: Path, db: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", kind, "--folder", str(folder), "--db", db],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=600)
    parser.add_argument("--db", default="")
    parser.add_argument("--worker")
    parser.add_argument("--folder")
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, Path(args.folder), args.db)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp)
        build_corpus(corpus, args.docs)
        db = args.db or str(corpus / "bench.db")
        rows = [
            ("html baseline (trafilatura alone)", "html-baseline", "html"),
            ("html minewatch ingest", "ingest", "html"),
            ("text baseline (read + decode)", "text-baseline", "text"),
            ("text minewatch ingest", "ingest", "text"),
            ("text re-run (all unchanged)", "ingest", "text"),
        ]
        print(f"{args.docs} documents per workload; store: {'PostgreSQL' if args.db else 'SQLite'}")
        print(HEADER)
        for label, kind, sub in rows:
            folder = corpus / sub
            size_mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
            r = run_worker(kind, folder, db)
            print(
                f"{label:34s} {int(r['items']):5d} {size_mb:5.2f} {r['seconds']:7.2f} "
                f"{r['cpu']:6.2f} {r['items'] / r['cpu']:7.1f} {size_mb / r['cpu']:5.2f} "
                f"{r['peak_mb']:7.0f} {r['setup']:7.2f}"
            )


HEADER = (
    f"{'workload':34s} {'docs':>5s} {'MB':>5s} {'wall s':>7s} {'cpu s':>6s} "
    f"{'docs/s':>7s} {'MB/s':>5s} {'peak MB':>7s} {'setup s':>7s}\n"
    "(docs/s and MB/s per CPU second of the run; setup = imports, language models, store)"
)


if __name__ == "__main__":
    main()
