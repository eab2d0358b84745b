"""Corpus statistics: the numbers behind the README table, the dataset card and `vostochny stats`."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable

from .labels import ENTITY_TYPES, MENTION_KINDS, QUOTE_KINDS, RELATION_TYPES
from .models import Document
from .view import DocumentView

COLUMNS = ("tokens", "sentences", "entities", "mentions", "relations", "quotes", "zones")


def counts(doc: Document) -> dict[str, int]:
    """Layer sizes of one document."""
    return {column: len(getattr(doc, column)) for column in COLUMNS}


def markdown_table(docs: list[Document]) -> str:
    """The README's corpus table: one row per document and a total row."""
    head = "| document | outlet | " + " | ".join(COLUMNS) + " |"
    rule = "| --- | --- | " + " | ".join("---:" for _ in COLUMNS) + " |"
    rows = [f"| `{d.id}` | {d.meta.outlet or '—'} | " + " | ".join(str(v) for v in counts(d).values()) + " |"
            for d in docs]
    total = {c: sum(counts(d)[c] for d in docs) for c in COLUMNS}
    rows.append("| **total** | | " + " | ".join(f"**{v}**" for v in total.values()) + " |")
    return "\n".join([head, rule, *rows])


def document_stats(view: DocumentView) -> dict[str, object]:
    """Every figure of one document."""
    doc = view.doc
    attributed = [q for q in doc.quotes if q.speaker]
    speakers = [view.entities[view.mentions[q.speaker].entity] for q in attributed if q.speaker in view.mentions]
    return {
        **counts(doc),
        "mentions_by_type": _ordered(Counter(view.mention_type[m.id] for m in doc.mentions), ENTITY_TYPES),
        "mentions_by_kind": _ordered(Counter(m.kind for m in doc.mentions), MENTION_KINDS),
        "linked_entities": sum(1 for e in doc.entities if e.kb_id),
        "relations_by_type": _ordered(Counter(r.type for r in doc.relations), RELATION_TYPES),
        "quotes_by_kind": _ordered(Counter(q.kind for q in doc.quotes), QUOTE_KINDS),
        "attributed_quotes": len(attributed),
        "speakers": dict(Counter(e.kb_id or e.name for e in speakers)),
    }


def _ordered(counter: Counter, labels: Iterable[str]) -> dict[str, int]:
    return {label: counter[label] for label in labels}


def corpus_stats(views: list[DocumentView]) -> dict[str, object]:
    """Per-document figures and corpus totals, including cross-document entities and top speakers."""
    per_doc = {v.id: document_stats(v) for v in views}
    docs = [v.doc for v in views]
    total: dict[str, object] = {c: sum(s[c] for s in per_doc.values()) for c in (*COLUMNS, "linked_entities",
                                                                             "attributed_quotes")}
    for key in ("mentions_by_type", "mentions_by_kind", "relations_by_type", "quotes_by_kind"):
        total[key] = {label: sum(s[key][label] for s in per_doc.values()) for label in next(iter(per_doc.values()))[key]} \
            if per_doc else {}
    kb_docs = Counter(kb for d in docs for kb in {e.kb_id for e in d.entities if e.kb_id})
    speakers: Counter = Counter()
    for s in per_doc.values():
        speakers.update(s["speakers"])
    total["cross_document_entities"] = sum(1 for n in kb_docs.values() if n > 1)
    total["attributed_share"] = round(total["attributed_quotes"] / total["quotes"], 4) if total["quotes"] else None
    total["most_quoted_speakers"] = dict(speakers.most_common(10))
    total["mentions_per_entity"] = dict(sorted(Counter(
        v.entities[m.entity].kb_id or f"{v.id}:{m.entity}" for v in views for m in v.doc.mentions
    ).most_common(15)))
    return {"documents": per_doc, "corpus": total}


def render(stats: dict[str, object], fmt: str) -> str:
    """The statistics as a text table, Markdown or JSON."""
    if fmt == "json":
        return json.dumps(stats, indent=2, ensure_ascii=False) + "\n"
    docs, corpus = stats["documents"], stats["corpus"]
    rows = [("document", *COLUMNS, "attributed")] + [
        (d, *(str(s[c]) for c in COLUMNS), str(s["attributed_quotes"])) for d, s in docs.items()]
    rows.append(("TOTAL", *(str(corpus[c]) for c in COLUMNS), str(corpus["attributed_quotes"])))
    blocks = [_table(rows, fmt)]
    for key, title in (("mentions_by_type", "mentions by type"), ("mentions_by_kind", "mentions by kind"),
                       ("relations_by_type", "relations by type"), ("quotes_by_kind", "quotes by kind")):
        blocks.append(_table([(title, "count")] + [(k, str(v)) for k, v in corpus[key].items()], fmt))
    blocks.append(_table([("most quoted speaker", "quotes")] +
                         [(k, str(v)) for k, v in corpus["most_quoted_speakers"].items()], fmt))
    blocks.append(f"cross-document entities: {corpus['cross_document_entities']}; "
                  f"attributed share of quotes: {corpus['attributed_share']}")
    return "\n\n".join(blocks) + "\n"


def _table(rows: list[tuple[str, ...]], fmt: str) -> str:
    if fmt == "markdown":
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join(" --- " for _ in rows[0]) + "|"]
        return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows[1:]])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(r, widths)))
                     for r in rows)
