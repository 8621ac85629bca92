"""A :class:`~minewatch.reconcile.profile.Profile` as Markdown or as a standalone HTML page.

All text that comes from documents (evidence, outlets, actor names) is untrusted: the HTML form
escapes every value with :func:`html.escape`; the Markdown form quotes evidence in code spans.
"""

from __future__ import annotations

import json
from html import escape

from minewatch.reconcile.profile import LegalPosition, Profile, ProfileEvent


def _quantity(e: ProfileEvent) -> str:
    if e.quantity is None:
        return ""
    low = f"{e.quantity:,.0f}" if float(e.quantity).is_integer() else f"{e.quantity:,}"
    high = e.quantity_max
    span = low if high in (None, e.quantity) else f"{low}–{high:,.0f}"
    return f"{span} {e.unit or ''}".strip()


def headline(e: ProfileEvent) -> str:
    """One line: date, type, actor → counterpart, treaty, quantity, modality, review state."""
    who = e.actor or "?"
    if e.counterpart:
        who += f" → {e.counterpart}"
    parts = [e.date or "undated", e.type.replace("_", " "), who, e.treaty or ""]
    parts += [_quantity(e), e.institution or ""]
    text = " · ".join(p for p in parts if p)
    return f"{text} ({e.modality}; {e.review_state})"


def _corroboration(e: ProfileEvent) -> str:
    c = e.corroboration
    return (
        f"{c.sources} independent source(s) in {c.documents} document(s), "
        f"best grade {c.best_grade}, score {c.score:.2f}"
    )


def _legal_line(p: LegalPosition) -> str:
    flags = f" (flags: {', '.join(p.flags)})" if p.flags else ""
    return f"{p.treaty}: **{p.status}**{flags}. {p.explanation}"


def _md_code(text: str) -> str:
    return "`" + " ".join(text.replace("`", "'").split()) + "`"


def to_markdown(profile: Profile) -> str:
    lines = [f"# {profile.name} ({profile.iso3}) — profile on {profile.on}", ""]
    if profile.as_of:
        lines += [f"Events as recorded at {profile.as_of}.", ""]
    lines += ["## Legal status", ""]
    for p in profile.legal:
        lines.append(f"- {_legal_line(p)}")
        for o in p.obligations:
            lines.append(f"  - {o.article} {o.id}: deadline {o.current_deadline} — {o.state}")
    lines += ["", f"## Contradictions ({len(profile.contradictions)})", ""]
    for event_id, c in profile.contradictions:
        lines.append(f"- [event {event_id}, {c.kind}, severity {c.severity}] {c.explanation}")
    for section in profile.sections:
        lines += ["", f"## {section.title} ({len(section.events)})", ""]
        for e in section.events:
            lines.append(f"- **{headline(e)}** — event {e.id}; {_corroboration(e)}")
            for s in e.sources:
                lines.append(
                    f"  - {s.document_id} ({s.outlet}, grade {s.grade}, {s.lang or '?'}, "
                    f"{s.published or 'undated'}; {s.modality}): {_md_code(s.evidence)}"
                )
            for c in e.contradictions:
                lines.append(f"  - ⚠ {c.kind}: {c.explanation}")
    return "\n".join(lines) + "\n"


def _li(text: str, cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return f"<li{attr}>{escape(text)}</li>"


def _event_html(e: ProfileEvent) -> str:
    sources = "".join(
        f"<li>{escape(s.document_id)} ({escape(s.outlet)}, grade {escape(s.grade)}, "
        f"{escape(s.lang or '?')}, {escape(s.published or 'undated')}; {escape(s.modality)}): "
        f"<q>{escape(s.evidence)}</q></li>"
        for s in e.sources
    )
    warnings = "".join(_li(f"{c.kind}: {c.explanation}", "contradiction") for c in e.contradictions)
    return (
        f'<li id="event-{e.id}"><strong>{escape(headline(e))}</strong> — event {e.id}; '
        f"{escape(_corroboration(e))}<ul>{sources}{warnings}</ul></li>"
    )


def to_html(profile: Profile) -> str:
    title = escape(f"{profile.name} ({profile.iso3}) — profile on {profile.on}")
    legal = "".join(
        f"<li><strong>{escape(p.treaty)}: {escape(p.status)}</strong>"
        f"{escape(' (flags: ' + ', '.join(p.flags) + ')' if p.flags else '')}. "
        f"{escape(p.explanation)}<ul>"
        + "".join(
            _li(f"{o.article} {o.id}: deadline {o.current_deadline} — {o.state}")
            for o in p.obligations
        )
        + "</ul></li>"
        for p in profile.legal
    )
    flagged = "".join(
        _li(f"event {i}, {c.kind}, severity {c.severity}: {c.explanation}", "contradiction")
        for i, c in profile.contradictions
    )
    sections = "".join(
        f"<section><h2>{escape(s.title)} ({len(s.events)})</h2><ul>"
        + "".join(_event_html(e) for e in s.events)
        + "</ul></section>"
        for s in profile.sections
    )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>.contradiction{{color:#a00}}</style></head><body>"
        f"<h1>{title}</h1><h2>Legal status</h2><ul>{legal}</ul>"
        f"<h2>Contradictions ({len(profile.contradictions)})</h2><ul>{flagged}</ul>"
        f"{sections}</body></html>\n"
    )


def to_json(profile: Profile) -> str:
    return json.dumps(profile.to_dict(), ensure_ascii=False, indent=2)


RENDERERS = {"md": to_markdown, "html": to_html, "json": to_json}
