"""Corpus statistics: the numbers behind the README table, the dataset card and `vostochny stats`."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Literal, TypedDict

from vostochny.model.labels import ENTITY_TYPES, MENTION_KINDS, QUOTE_KINDS, RELATION_TYPES
from vostochny.model.models import Document
from vostochny.reading.view import DocumentView

Column = Literal["tokens", "sentences", "entities", "mentions", "relations", "quotes", "zones"]
COLUMNS: tuple[Column, ...] = ("tokens", "sentences", "entities", "mentions", "relations", "quotes", "zones")
#: the per-document breakdowns by label that the corpus totals add up
Breakdown = Literal["mentions_by_type", "mentions_by_kind", "relations_by_type", "quotes_by_kind"]
BREAKDOWNS: tuple[Breakdown, ...] = ("mentions_by_type", "mentions_by_kind", "relations_by_type", "quotes_by_kind")


class Counts(TypedDict):
    """Layer sizes (the README table's columns)."""

    tokens: int
    sentences: int
    entities: int
    mentions: int
    relations: int
    quotes: int
    zones: int


class DocumentStats(Counts):
    """Every figure of one document."""

    mentions_by_type: dict[str, int]
    mentions_by_kind: dict[str, int]
    linked_entities: int
    relations_by_type: dict[str, int]
    quotes_by_kind: dict[str, int]
    attributed_quotes: int
    speakers: dict[str, int]


class CorpusTotals(Counts):
    """The corpus totals, with cross-document entities and top speakers."""

    linked_entities: int
    attributed_quotes: int
    mentions_by_type: dict[str, int]
    mentions_by_kind: dict[str, int]
    relations_by_type: dict[str, int]
    quotes_by_kind: dict[str, int]
    cross_document_entities: int
    attributed_share: float | None
    most_quoted_speakers: dict[str, int]
    mentions_per_entity: dict[str, int]


class CorpusStats(TypedDict):
    """`corpus_stats`: per-document figures by document id, and the corpus totals."""

    documents: dict[str, DocumentStats]
    corpus: CorpusTotals


def _counts(size: Callable[[Column], int]) -> Counts:
    return {"tokens": size("tokens"), "sentences": size("sentences"), "entities": size("entities"),
            "mentions": size("mentions"), "relations": size("relations"), "quotes": size("quotes"),
            "zones": size("zones")}


def counts(doc: Document) -> Counts:
    """Layer sizes of one document."""
    return _counts(lambda column: len(getattr(doc, column)))


def markdown_table(docs: list[Document]) -> str:
    """The README's corpus table: one row per document and a total row."""
    return count_table(("document", "outlet"), COLUMNS, [
        ((f"`{d.id}`", d.meta.outlet or "—"), [counts(d)[c] for c in COLUMNS]) for d in docs])


def count_table(labels: Sequence[str], columns: Sequence[str],
                rows: Sequence[tuple[Sequence[str], Sequence[int]]]) -> str:
    """A Markdown table of counts, each row its label cells and one count per column (to the right),
    then their bold total: the README's corpus table and the dataset card's split table."""
    def line(cells: Iterable[str]) -> str:
        return "| " + " | ".join(cells) + " |"

    totals = [sum(values[i] for _, values in rows) for i in range(len(columns))]
    return "\n".join([line([*labels, *columns]), line(["---"] * len(labels) + ["---:"] * len(columns)),
                      *(line([*label, *map(str, values)]) for label, values in rows),
                      line(["**total**", *[""] * (len(labels) - 1), *(f"**{v}**" for v in totals)])])


def document_stats(view: DocumentView) -> DocumentStats:
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


def _ordered(counter: Counter[str] | Counter[str | None], labels: Iterable[str]) -> dict[str, int]:
    return {label: counter[label] for label in labels}


def corpus_stats(views: list[DocumentView]) -> CorpusStats:
    """Per-document figures and corpus totals, including cross-document entities and top speakers."""
    per_doc = {v.id: document_stats(v) for v in views}
    figures = list(per_doc.values())
    docs = [v.doc for v in views]

    def breakdown(key: Breakdown) -> dict[str, int]:
        return {label: sum(s[key][label] for s in figures) for label in figures[0][key]} if figures else {}

    kb_docs = Counter(kb for d in docs for kb in {e.kb_id for e in d.entities if e.kb_id})
    speakers: Counter[str] = Counter()
    for s in figures:
        speakers.update(s["speakers"])
    quotes = sum(s["quotes"] for s in figures)
    attributed = sum(s["attributed_quotes"] for s in figures)
    total: CorpusTotals = {
        **_counts(lambda column: sum(s[column] for s in figures)),
        "linked_entities": sum(s["linked_entities"] for s in figures),
        "attributed_quotes": attributed,
        "mentions_by_type": breakdown("mentions_by_type"),
        "mentions_by_kind": breakdown("mentions_by_kind"),
        "relations_by_type": breakdown("relations_by_type"),
        "quotes_by_kind": breakdown("quotes_by_kind"),
        "cross_document_entities": sum(1 for n in kb_docs.values() if n > 1),
        "attributed_share": round(attributed / quotes, 4) if quotes else None,
        "most_quoted_speakers": dict(speakers.most_common(10)),
        "mentions_per_entity": dict(sorted(Counter(
            v.entities[m.entity].kb_id or f"{v.id}:{m.entity}" for v in views for m in v.doc.mentions
        ).most_common(15))),
    }
    return {"documents": per_doc, "corpus": total}


def format_stats(stats: CorpusStats, fmt: str) -> str:
    """The statistics as a text table, Markdown or JSON."""
    if fmt == "json":
        return json.dumps(stats, indent=2, ensure_ascii=False) + "\n"
    docs, corpus = stats["documents"], stats["corpus"]
    rows: list[tuple[str, ...]] = [("document", *COLUMNS, "attributed")] + [
        (d, *(str(s[c]) for c in COLUMNS), str(s["attributed_quotes"])) for d, s in docs.items()]
    rows.append(("TOTAL", *(str(corpus[c]) for c in COLUMNS), str(corpus["attributed_quotes"])))
    blocks = [text_table(rows, fmt)]
    titles: dict[Breakdown, str] = {"mentions_by_type": "mentions by type", "mentions_by_kind": "mentions by kind",
                                    "relations_by_type": "relations by type", "quotes_by_kind": "quotes by kind"}
    for key in BREAKDOWNS:
        blocks.append(text_table([(titles[key], "count"), *((k, str(v)) for k, v in corpus[key].items())], fmt))
    blocks.append(text_table([("most quoted speaker", "quotes"),
                          *((k, str(v)) for k, v in corpus["most_quoted_speakers"].items())], fmt))
    blocks.append(f"cross-document entities: {corpus['cross_document_entities']}; "
                  f"attributed share of quotes: {corpus['attributed_share']}")
    return "\n\n".join(blocks) + "\n"


def text_table(rows: Sequence[tuple[str, ...]], fmt: str) -> str:
    """`rows` (the first is the header) as Markdown (`fmt` "markdown") or as aligned text, numbers
    to the right: the one table of `vostochny stats`, `vostochny evaluate` and the results table."""
    if fmt == "markdown":
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join(" --- " for _ in rows[0]) + "|"]
        return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows[1:]])
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                               for i, (cell, w) in enumerate(zip(r, widths, strict=False)))
                     for r in rows)
