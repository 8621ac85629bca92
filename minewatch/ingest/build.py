"""From a parsed raw item to the document ingestion stores, the same for every engine.

The in-process pipeline (:mod:`minewatch.ingest.pipeline`) and the scale engine's workers
(:mod:`minewatch.scale.work`) both build documents and quarantine records with these functions,
so the two engines store the same rows for the same bytes.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from minewatch.ingest.dedup import text_hash
from minewatch.ingest.items import IngestOptions, Parsed, RawItem
from minewatch.ingest.sources import now
from minewatch.store.documents import NewDocument


def source_name(item: RawItem, options: IngestOptions) -> str:
    """The source a document is filed under: ``--source``, the record's outlet, the URL's host."""
    if options.source_name:
        return options.source_name
    for key in ("outlet", "source"):
        value = item.meta.get(key)
        if value:
            return str(value)
    if item.url:
        return urlsplit(item.url).hostname or "web"
    return "local"


def build_document(
    item: RawItem,
    parsed: Parsed,
    source: str,
    original_sha: str,
    options: IngestOptions,
    run_id: int | None = None,
) -> NewDocument:
    """The document stored for ``item`` (language detected when neither given nor recorded)."""
    lang = options.lang or item.meta.get("lang") or None
    confidence: float | None = None
    if not lang:
        from minewatch.ingest.langid import detect_language

        lang, confidence = detect_language(parsed.text)
    reliability = options.reliability or item.meta.get("reliability") or "unknown"
    return NewDocument(
        external_id=str(item.meta["id"]) if item.meta.get("id") is not None else None,
        source_name=source, locator=item.locator, url=item.url or item.meta.get("url"),
        path=item.path, title=parsed.title, published=parsed.published, site=parsed.site,
        author=parsed.author, canonical_url=parsed.canonical_url, lang=lang,
        lang_confidence=confidence, content_type=parsed.content_type, text=parsed.text,
        original=item.data, original_sha256=original_sha, text_sha256=text_hash(parsed.text),
        reliability=str(reliability), retrieved_at=item.retrieved_at or now(), run_id=run_id,
    )  # fmt: skip


def quarantine_meta(item: RawItem) -> dict[str, object]:
    """What a quarantined item records besides its bytes (its metadata without the text)."""
    meta: dict[str, object] = {k: v for k, v in item.meta.items() if k not in ("text", "html")}
    meta.update(kind=item.kind, url=item.url, path=item.path, charset=item.charset)
    return meta
