"""Scoring extracted claims against a gold file (``minewatch eval``).

Matching is one-to-one inside each document.  *Loose* pairs a prediction with a gold line of the
same (document, type, actor); *strict* also needs the modality and the date at the gold's precision
(a predicted ``2025-03-18`` matches a gold ``2025-03``; a gold ``null`` needs a ``null``).  Scores
come overall and per event type, language and modality, with the accuracy of quantity,
counterpart and treaty on loose pairs and the number of claims on negative documents.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minewatch.errors import UsageError
from minewatch.records import TextDocument

Row = dict[str, Any]

# A fixed development / held-out split of the dev corpus: documents whose number is 3 modulo 4
# are held out (looked at only to measure), the others are for development.
SPLITS: dict[str, Callable[[str], bool]] = {
    "all": lambda doc: True,
    "develop": lambda doc: not _held_out(doc),
    "heldout": lambda doc: _held_out(doc),
}


def _held_out(doc: str) -> bool:
    digits = "".join(ch for ch in doc if ch.isdigit())
    return bool(digits) and int(digits) % 4 == 3


@dataclass(frozen=True, slots=True)
class LabelledDocument:
    doc: TextDocument
    negative: bool


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0  # pairs counted under the gold line's category (recall)
    matched_predicted: int = -1  # pairs under the prediction's category (precision); -1: same

    def scores(self) -> dict[str, float | int]:
        hits = self.matched if self.matched_predicted < 0 else self.matched_predicted
        p = hits / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
        }


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One line where prediction and gold differ: ``missed`` (a gold line with no loose match),
    ``spurious`` (a prediction with no loose match) or ``strict`` (a loose pair whose date or
    modality differs)."""

    doc: str
    kind: str
    gold: Row | None
    predicted: Row | None


@dataclass
class Report:
    loose: Tally = field(default_factory=Tally)
    strict: Tally = field(default_factory=Tally)
    by: dict[str, dict[str, dict[str, Tally]]] = field(default_factory=dict)
    attributes: dict[str, Counter[str]] = field(default_factory=dict)
    negative_claims: int = 0
    documents: int = 0
    disagreements: list[Disagreement] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "loose": self.loose.scores(),
            "strict": self.strict.scores(),
            "by": {
                level: {
                    dim: {k: t.scores() for k, t in sorted(values.items())}
                    for dim, values in dims.items()
                }
                for level, dims in self.by.items()
            },
            "attribute_accuracy": {
                name: round(c["right"] / c["total"], 4) if c["total"] else None
                for name, c in self.attributes.items()
            },
            "negative_claims": self.negative_claims,
        }


def date_matches(gold: str | None, predicted: str | None) -> bool:
    """The predicted date at the gold's precision."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return len(predicted) >= len(gold) and predicted[: len(gold)] == gold


def _strict_ok(g: Row, p: Row) -> bool:
    return g["modality"] == p["modality"] and date_matches(g["date"], p["date"])


def match(gold: Sequence[Row], predicted: Sequence[Row], strict: bool) -> list[tuple[Row, Row]]:
    """One-to-one pairs, preferring pairs that also agree strictly."""
    pairs: list[tuple[Row, Row]] = []
    free = list(predicted)
    for pass_strict in (True, False):
        if strict and not pass_strict:
            break
        for g in gold:
            if any(g is pg for pg, _ in pairs):
                continue
            for p in free:
                same = (g["type"], g["actor"]) == (p["type"], p["actor"])
                if same and (not pass_strict or _strict_ok(g, p)):
                    pairs.append((g, p))
                    free.remove(p)
                    break
    return pairs


def _dims(row: Row, lang: str) -> dict[str, str]:
    return {"type": row["type"], "lang": lang, "modality": row["modality"]}


def _tally(
    report: Report,
    level: str,
    gold: list[Row],
    pred: list[Row],
    pairs: list[tuple[Row, Row]],
    lang: str,
) -> None:
    total = report.loose if level == "loose" else report.strict
    total.gold += len(gold)
    total.predicted += len(pred)
    total.matched += len(pairs)
    dims = report.by.setdefault(level, {})
    for rows, attr in ((gold, "gold"), (pred, "predicted")):
        for row in rows:
            for dim, key in _dims(row, lang).items():
                tally = dims.setdefault(dim, {}).setdefault(key, Tally())
                setattr(tally, attr, getattr(tally, attr) + 1)
    for g, p in pairs:
        for dim, key in _dims(g, lang).items():
            dims[dim].setdefault(key, Tally()).matched += 1
        for dim, key in _dims(p, lang).items():
            tally = dims[dim].setdefault(key, Tally())
            tally.matched_predicted = max(tally.matched_predicted, 0) + 1
    for values in dims.values():
        for tally in values.values():
            if tally.matched_predicted < 0:
                tally.matched_predicted = 0


def _attributes(report: Report, pairs: list[tuple[Row, Row]]) -> None:
    for g, p in pairs:
        for name in ("quantity", "counterpart", "treaty"):
            counter = report.attributes.setdefault(name, Counter())
            if name == "quantity" and g["quantity"] is None and p["quantity"] is None:
                continue
            if name == "counterpart" and g["counterpart"] is None and p["counterpart"] is None:
                continue
            counter["total"] += 1
            same = g[name] == p[name]
            if name == "quantity" and g[name] is not None and p[name] is not None:
                same = abs(float(g[name]) - float(p[name])) < 1e-6
            counter["right"] += int(same)


def score(
    gold: Iterable[Row], predicted: Iterable[Row], documents: Sequence[LabelledDocument]
) -> Report:
    """Score ``predicted`` against ``gold`` on ``documents``."""
    report = Report(documents=len(documents))
    gold_by: dict[str, list[Row]] = defaultdict(list)
    pred_by: dict[str, list[Row]] = defaultdict(list)
    for row in gold:
        gold_by[row["doc"]].append(row)
    for row in predicted:
        pred_by[row["doc"]].append(row)
    for labelled in documents:
        doc_id, lang = labelled.doc.id, labelled.doc.lang or "?"
        g, p = gold_by.get(doc_id, []), pred_by.get(doc_id, [])
        if labelled.negative:
            report.negative_claims += len(p)
        loose_pairs = match(g, p, strict=False)
        _tally(report, "loose", g, p, loose_pairs, lang)
        _tally(report, "strict", g, p, match(g, p, strict=True), lang)
        _attributes(report, loose_pairs)
        report.disagreements.extend(_disagreements(doc_id, g, p, loose_pairs))
    return report


def _disagreements(
    doc: str, gold: list[Row], predicted: list[Row], pairs: list[tuple[Row, Row]]
) -> Iterable[Disagreement]:
    paired_gold = {id(g) for g, _ in pairs}
    paired_predicted = {id(p) for _, p in pairs}
    for g in gold:
        if id(g) not in paired_gold:
            yield Disagreement(doc, "missed", g, None)
    for p in predicted:
        if id(p) not in paired_predicted:
            yield Disagreement(doc, "spurious", None, p)
    for g, p in pairs:
        if not _strict_ok(g, p):
            yield Disagreement(doc, "strict", g, p)


def read_jsonl(path: Path) -> list[Row]:
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise UsageError(f"{path}:{number}: not JSON ({exc.msg})") from exc
    return rows


def document_from_row(row: Row, text: str | None = None) -> TextDocument:
    if "id" not in row:
        raise UsageError("every document needs an 'id'")
    body = text if text is not None else row.get("text")
    if not isinstance(body, str):
        raise UsageError(f"document {row['id']!r} has no text")
    return TextDocument(
        id=str(row["id"]),
        text=body,
        published=row.get("published"),
        lang=row.get("lang"),
        url=row.get("url"),
        title=row.get("title"),
    )


def load_documents(path: Path) -> list[LabelledDocument]:
    """Documents from a corpus folder (``index.jsonl`` + ``docs/<id>.txt``) or a JSONL file."""
    if path.is_dir():
        index = path / "index.jsonl"
        if not index.is_file():
            raise UsageError(f"{path} has no index.jsonl")
        found = []
        for row in read_jsonl(index):
            text = (path / "docs" / f"{row['id']}.txt").read_text(encoding="utf-8")
            found.append(LabelledDocument(document_from_row(row, text), bool(row.get("negative"))))
        return found
    if not path.is_file():
        raise UsageError(f"{path} does not exist")
    return [
        LabelledDocument(document_from_row(row), bool(row.get("negative")))
        for row in read_jsonl(path)
    ]


def evaluate(gold_path: Path, docs_path: Path, split: str = "all") -> Report:
    """Run the extractor on the documents and score it against the gold file."""
    from minewatch.extract import extract_document

    keep = SPLITS[split]
    documents = [d for d in load_documents(docs_path) if keep(d.doc.id)]
    ids = {d.doc.id for d in documents}
    gold = [row for row in read_jsonl(gold_path) if row["doc"] in ids]
    predicted = [c.to_dict() for d in documents for c in extract_document(d.doc)]
    return score(gold, predicted, documents)


def format_report(report: Report) -> str:
    """A plain-text summary of a report."""
    data = report.as_dict()
    lines = [
        f"documents: {data['documents']}   claims on negative documents: {data['negative_claims']}"
    ]
    lines.append(f"{'':24} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5} {'match':>5}")
    for level in ("loose", "strict"):
        lines.append(_line(f"{level} overall", data[level]))
    for dim in ("type", "lang", "modality"):
        for level in ("loose", "strict"):
            lines.append(f"-- {level} by {dim}")
            for key, scores in data["by"].get(level, {}).get(dim, {}).items():
                lines.append(_line(f"  {key}", scores))
    accuracy = data["attribute_accuracy"]
    lines.append(
        "attribute accuracy on loose matches: " + ", ".join(f"{k} {v}" for k, v in accuracy.items())
    )
    return "\n".join(lines)


def format_disagreements(report: Report) -> str:
    """One line per disagreement: document, kind, type, actor, modality/date and evidence."""
    lines = []
    for item in report.disagreements:
        shown = item.gold if item.gold is not None else item.predicted
        assert shown is not None
        values = f"{shown['modality']}/{shown['date']}"
        if item.gold is not None and item.predicted is not None:
            predicted = item.predicted
            values = f"gold {values}, predicted {predicted['modality']}/{predicted['date']}"
        evidence = " ".join(str(shown.get("evidence") or "").split())
        lines.append(
            f"{item.doc:10} {item.kind:8} {shown['type']:20} {shown['actor']!s:12} {values} "
            f"| {evidence}"
        )
    return "\n".join(lines)


def _line(label: str, s: dict[str, Any]) -> str:
    return (
        f"{label:24} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
        f"{s['gold']:5d} {s['predicted']:5d} {s['matched']:5d}"
    )
