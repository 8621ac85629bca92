"""Serving benchmark: latency of the map, events and profile endpoints under 50 concurrent
clients on loopback, beside a trivial endpoint (``/healthz``) measured in the same run.

    .venv/bin/python benchmarks/serve.py [--clients 50] [--requests 1000] [--documents 300]

It builds a SQLite store in a temporary folder (the bundled treaty facts, synthetic documents
with claims, reconciled into events), starts ``minewatch serve`` on a free loopback port in its
own process, and for each endpoint sends ``--requests`` requests from ``--clients`` concurrent
clients (httpx, keep-alive).  The map is asked for 24 different dates, so that both cached and
uncached statuses are measured.  Prints a Markdown table for docs/performance.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

from minewatch.ingest.items import IngestOptions
from minewatch.ingest.pipeline import run_ingest
from minewatch.reconcile.pipeline import reconcile
from minewatch.records import Claim
from minewatch.store import open_store
from minewatch.store.actions import load_bundled_facts
from minewatch.store.claims import add_claims
from minewatch.store.documents import list_documents

STATES = ("POL", "LTU", "LVA", "EST", "FIN", "UKR", "USA", "RUS", "DEU", "FRA", "GBR", "TUR")
TYPES = (("withdrawal_intent", "APMBC"), ("withdrawal_deposit", "APMBC"), ("transfer", "CCM"),
         ("production", None), ("stockpile", "APMBC"), ("use", None), ("clearance", "APMBC"))


def build(folder: Path, documents: int, seed: int = 7) -> str:
    """A store with facts, ``documents`` synthetic documents, two claims each, reconciled."""
    rng = random.Random(seed)
    db = str(folder / "bench.db")
    store = open_store(db)
    load_bundled_facts(store)
    rows = []
    for i in range(documents):
        state = rng.choice(STATES)
        kind, treaty = rng.choice(TYPES)
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        text = (f"Report {i}: {state} and the {treaty or 'ban'}: a {kind.replace('_', ' ')} "
                f"was reported on {day}. Officials in {state} commented on the {kind} again.")
        rows.append({"id": f"bench-{i}", "title": f"Report {i}", "published": day, "lang": "en",
                     "url": f"https://example.org/{i}", "text": text, "_meta": (state, kind,
                                                                                 treaty, day)})
    source = folder / "docs.jsonl"
    source.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "_meta"}) + "\n"
                              for r in rows), encoding="utf-8")
    run_ingest(store, [str(source)], IngestOptions(progress="none", extract=False))
    by_id = {d.external_id: d for d in list_documents(store)}
    with store.begin() as conn:
        for r in rows:
            doc = by_id[r["id"]]
            state, kind, treaty, day = r["_meta"]
            evidence = f"a {kind.replace('_', ' ')} was reported on {day}"
            start = doc.text.index(evidence)
            claim = Claim(doc=r["id"], type=kind, actor=state, treaty=treaty, date=day,
                          quantity=None, unit=None, counterpart=None, modality="fact",
                          evidence=evidence, start=start, end=start + len(evidence),
                          confidence=0.8, extractor="bench@1")
            add_claims(conn, doc.id, [claim])
    reconcile(store)
    store.close()
    return db


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: str, port: int, log: Path) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).with_name("minewatch")
    with log.open("wb") as out:
        process = subprocess.Popen([str(exe), "serve", "--db", db, "--port", str(port)],
                                   stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the server did not start")


async def load(base: str, paths: list[str], clients: int, total: int) -> tuple[list[float],
                                                                               float, int]:
    """Send ``total`` requests (cycling through ``paths``) from ``clients`` concurrent clients."""
    latencies: list[float] = []
    errors = 0
    kinds: Counter[str] = Counter()
    counter = iter(range(total))
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:

        async def worker() -> None:
            nonlocal errors
            for i in counter:
                started = time.perf_counter()
                try:
                    response = await client.get(paths[i % len(paths)])
                    if response.status_code != 200:
                        errors += 1
                        kinds[f"HTTP {response.status_code}"] += 1
                except httpx.HTTPError as exc:
                    errors += 1
                    kinds[type(exc).__name__] += 1
                latencies.append((time.perf_counter() - started) * 1000)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        elapsed = time.perf_counter() - started
    if kinds:
        print(f"errors: {dict(kinds)}", file=sys.stderr)
    return latencies, total / elapsed, errors


def quantile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=1000, help="per endpoint")
    parser.add_argument("--documents", type=int, default=300)
    args = parser.parse_args(argv)
    dates = [f"20{y:02d}-{m:02d}-15" for y in (5, 10, 15, 20, 25, 26) for m in (1, 4, 7, 10)]
    endpoints = {
        "baseline /healthz": ["/healthz"],
        "map /api/v1/map (24 dates)": [f"/api/v1/map?treaty=APMBC&on={d}" for d in dates],
        "events /api/v1/events": ["/api/v1/events?limit=50", "/api/v1/events?state=POL",
                                  "/api/v1/events?type=transfer&sort=-corroboration"],
        "profile /api/v1/profiles/{iso3}": [f"/api/v1/profiles/{s}" for s in STATES[:4]],
    }
    with tempfile.TemporaryDirectory(prefix="minewatch-bench-") as folder:
        t0 = time.perf_counter()
        db = build(Path(folder), args.documents)
        print(f"store built in {time.perf_counter() - t0:.1f} s ({args.documents} documents)",
              file=sys.stderr)
        port = free_port()
        log = Path(folder) / "server.log"
        server = start_server(db, port, log)
        try:
            rows = []
            for name, paths in endpoints.items():
                asyncio.run(load(f"http://127.0.0.1:{port}", paths, 5, 50))  # warm up
                latencies, rate, errors = asyncio.run(
                    load(f"http://127.0.0.1:{port}", paths, args.clients, args.requests))
                rows.append((name, quantile(latencies, 50), quantile(latencies, 95),
                             quantile(latencies, 99), rate, errors))
                print(f"{name}: done, {errors} errors", file=sys.stderr)
        finally:
            server.terminate()
            server.wait(timeout=10)
            tail = log.read_text(errors="replace").strip().splitlines()[-5:]
            if any(rows_error for *_, rows_error in rows):
                print("server log:", *tail, sep="\n  ", file=sys.stderr)
    load1, load5, _ = os.getloadavg()
    print(f"{args.clients} concurrent clients, {args.requests} requests per endpoint, "
          f"one uvicorn process, SQLite, {os.cpu_count()} cores, load average {load1:.1f} "
          f"(1 min) / {load5:.1f} (5 min) at the end of the run\n")
    print("| endpoint | p50 ms | p95 ms | p99 ms | requests/s | errors |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, p50, p95, p99, rate, errors in rows:
        print(f"| {name} | {p50:.1f} | {p95:.1f} | {p99:.1f} | {rate:.0f} | {errors} |")


if __name__ == "__main__":
    main()
