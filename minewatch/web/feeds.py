"""Atom feeds (RFC 4287) for any event filter: ``/feeds/events.atom?state=POL&type=production``.

The feed is built with ElementTree, which escapes every text and attribute; entry ids are stable
(``urn:minewatch:event:<id>``) and ``updated`` is when the event's current version was recorded.
"""

from __future__ import annotations

from typing import Any
from xml.etree import ElementTree as ET

from fastapi import APIRouter, Request
from fastapi.responses import Response

from minewatch.web.api.events import FilterDep
from minewatch.web.data import events as ev
from minewatch.web.deps import ReadDep, StoreDep

router = APIRouter(include_in_schema=False)
ATOM = "http://www.w3.org/2005/Atom"
FEED_SIZE = 100


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    node = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        node.text = text
    return node


def _title(e: dict[str, Any]) -> str:
    parts = [e["type"].replace("_", " "), e["actor"] or "", e["treaty"] or "", e["date"] or ""]
    return " · ".join(p for p in parts if p)


def build_feed(base: str, query: str, events: list[dict[str, Any]]) -> bytes:
    """The Atom document for these events, newest first."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    self_url = f"{base}/feeds/events.atom" + (f"?{query}" if query else "")
    _sub(feed, "id", f"urn:minewatch:feed:events:{query or 'all'}")
    _sub(feed, "title", "Minewatch events" + (f" ({query})" if query else ""))
    _sub(feed, "link", rel="self", href=self_url, type="application/atom+xml")
    _sub(feed, "link", rel="alternate", href=f"{base}/events" + (f"?{query}" if query else ""))
    updated = max((e["recorded_from"] for e in events), default="1970-01-01T00:00:00+00:00")
    _sub(feed, "updated", updated)
    _sub(_sub(feed, "author"), "name", "Minewatch")
    for e in events:
        entry = _sub(feed, "entry")
        _sub(entry, "id", f"urn:minewatch:event:{e['id']}")
        _sub(entry, "title", _title(e))
        _sub(entry, "updated", e["recorded_from"])
        _sub(entry, "link", rel="alternate", href=f"{base}/events/{e['id']}")
        summary = (f"{e['review_state']}; {e['corroboration']} independent source(s); "
                   f"modality {e['modality']}")
        _sub(entry, "summary", summary, type="text")
        for code in filter(None, (e["actor"], e["treaty"], e["type"])):
            _sub(entry, "category", term=str(code))
    return bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=True))


@router.get("/feeds/events.atom")
def events_feed(request: Request, store: StoreDep, _: ReadDep, f: FilterDep) -> Response:
    events = ev.matching_events(store, f, "-date")[:FEED_SIZE]
    base = str(request.base_url).rstrip("/")
    return Response(build_feed(base, f.to_query(), events),
                    media_type="application/atom+xml; charset=utf-8")
