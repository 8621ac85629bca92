"""Extraction throughput: documents/s, MB/s and peak memory, beside dateparser's search_dates.

Usage: ``.venv/bin/python benchmarks/extract.py [--irrelevant N] [--baseline-docs N]``

(a) relevant documents: the dev corpus (``../shared/corpus/dev``), repeated 5 times;
(b) a generated stream of mostly irrelevant news-like text in ten languages (benchmarks/newsgen.py).
The baseline runs ``dateparser.search.search_dates`` on the same texts (a sample, as it is slow).
Throughput is given per CPU second (one core; robust when other jobs share the machine) and per
wall-clock second.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newsgen import generate

from minewatch.extract import EXTRACTOR_VERSION, extract_document
from minewatch.extract.evaluate import load_documents
from minewatch.records import TextDocument

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def _measure(
    label: str, docs: Sequence[TextDocument], run: Callable[[TextDocument], object]
) -> dict[str, object]:
    seen: set[str | None] = set()
    for doc in docs:
        if doc.lang not in seen:  # load each language's lexicons outside the clock
            seen.add(doc.lang)
            run(doc)
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    began, cpu_began = time.perf_counter(), time.process_time()
    for doc in docs:
        run(doc)
    elapsed = time.perf_counter() - began
    cpu = time.process_time() - cpu_began
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {
        "run": label,
        "documents": len(docs),
        "MB": round(size / 1e6, 3),
        "seconds": round(elapsed, 2),
        "docs_per_s_wall": round(len(docs) / elapsed, 1),
        "docs_per_s_cpu": round(len(docs) / cpu, 1),
        "MB_per_s_cpu": round(size / 1e6 / cpu, 3),
        "peak_rss_MB_so_far": round(peak / 1e6, 1),
    }


def _search_dates(doc: TextDocument) -> object:
    from dateparser.search import search_dates

    return search_dates(doc.text, languages=[doc.lang or "en"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--irrelevant", type=int, default=5000)
    parser.add_argument("--baseline-docs", type=int, default=60)
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    relevant = [d.doc for d in load_documents(DEV) if not d.negative] * 5
    stream = [
        TextDocument(id=r["id"], text=r["text"], published=r["published"], lang=r["lang"])
        for r in generate(args.irrelevant)
    ]
    rows = [
        _measure("minewatch extract, dev corpus (relevant) x5", relevant, extract_document),
        _measure("minewatch extract, generated stream (98% irrelevant)", stream, extract_document),
        _measure(
            "baseline dateparser.search_dates, dev corpus sample",
            relevant[: args.baseline_docs],
            _search_dates,
        ),
        _measure(
            "baseline dateparser.search_dates, stream sample",
            stream[: args.baseline_docs],
            _search_dates,
        ),
    ]
    print(f"extractor minewatch.extract@{EXTRACTOR_VERSION}")
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
