"""Ingestion: read sources (files, folders, JSONL, URLs, feeds, archives) into stored documents.

One module per concern: :mod:`items` (records and quarantine codes), :mod:`sources` (files,
folders, sidecar metadata), :mod:`decode` (encodings), :mod:`html`, :mod:`pdf`, :mod:`langid`,
:mod:`fetch` (HTTP with SSRF guard, robots.txt, per-host rate, conditional GET), :mod:`feeds`,
:mod:`archives` (WARC, JSONL.gz), :mod:`dedup` (exact + MinHash LSH), :mod:`parse` (bytes →
text and metadata), :mod:`pipeline` (the run, its summary) and :mod:`progress`.
"""

from minewatch.ingest.items import IngestOptions, IngestSummary
from minewatch.ingest.pipeline import run_ingest

__all__ = ["IngestOptions", "IngestSummary", "run_ingest"]
