"""Corpus statistics: the numbers behind the README table, the dataset card and `vostochny stats`.

A relation's factuality and a quote's attribution are optional (schema 1.4.0): their breakdowns count
the records left null under `not annotated`, so that an unannotated corpus shows as one, never as
zeros. The quote links (`annotations/quote_links.json`) are counted by wording, and the utterances
they form: the connected groups of linked quotes, each reported by the documents its quotes are in.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Literal, TypedDict

from vostochny.model.labels import (
    ATTRIBUTION_TYPES,
    ENTITY_TYPES,
    FACTUALITY,
    MENTION_KINDS,
    QUOTE_KINDS,
    QUOTE_LINK_WORDINGS,
    RELATION_TYPES,
)
from vostochny.model.models import Document, QuoteLinks
from vostochny.reading.view import DocumentView

#: the column of the records whose optional attribute (factuality, attribution) is null
NOT_ANNOTATED = "not annotated"

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
    attributed_quotes: int  # quotes with a speaker (not the `attribution` type: see attribution_by_quote_kind)
    speakers: dict[str, int]
    factuality_by_relation_type: dict[str, dict[str, int]]
    attribution_by_quote_kind: dict[str, dict[str, int]]


class QuoteLinkStats(TypedDict):
    """The quote links of a corpus: how many, by wording, and the utterances they form (the connected
    groups of linked quotes), counted by the number of documents that report each."""

    links: int
    by_wording: dict[str, int]
    linked_quotes: int
    utterances: int
    documents_per_utterance: dict[str, int]


class CorpusTotals(Counts):
    """The corpus totals, with cross-document entities and top speakers."""

    linked_entities: int
    attributed_quotes: int
    mentions_by_type: dict[str, int]
    mentions_by_kind: dict[str, int]
    relations_by_type: dict[str, int]
    quotes_by_kind: dict[str, int]
    cross_document_entities: int
    attributed_share: float | None  # the share of quotes with a speaker
    most_quoted_speakers: dict[str, int]
    mentions_per_entity: dict[str, int]
    factuality_by_relation_type: dict[str, dict[str, int]]
    attribution_by_quote_kind: dict[str, dict[str, int]]
    #: None: the corpus has no quote links file (not annotated), which is not a file of no links
    quote_links: QuoteLinkStats | None


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
        "factuality_by_relation_type": _crossed([(r.type, r.factuality) for r in doc.relations], RELATION_TYPES,
                                                FACTUALITY),
        "attribution_by_quote_kind": _crossed([(q.kind, q.attribution) for q in doc.quotes], QUOTE_KINDS,
                                              ATTRIBUTION_TYPES),
    }


def _crossed(pairs: list[tuple[str, str | None]], rows: Iterable[str],
             columns: Iterable[str]) -> dict[str, dict[str, int]]:
    """Counts of (label, value) pairs: every label, every value and `not annotated` (value None)."""
    counter = Counter(pairs)
    return {row: {**{c: counter[row, c] for c in columns}, NOT_ANNOTATED: counter[row, None]} for row in rows}


def quote_link_stats(links: QuoteLinks) -> QuoteLinkStats:
    """The links by wording and the utterances they form (union-find over the linked quotes)."""
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def root(node: tuple[str, str]) -> tuple[str, str]:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for link in links.links:
        parent[root((link.a.document, link.a.quote))] = root((link.b.document, link.b.quote))
    groups: dict[tuple[str, str], set[str]] = {}
    for node in list(parent):
        groups.setdefault(root(node), set()).add(node[0])
    sizes = Counter(len(documents) for documents in groups.values())
    wordings = Counter(link.wording for link in links.links)
    return {"links": len(links.links), "by_wording": {w: wordings[w] for w in QUOTE_LINK_WORDINGS},
            "linked_quotes": len(parent), "utterances": len(groups),
            "documents_per_utterance": {str(n): sizes[n] for n in sorted(sizes)}}


def _ordered(counter: Counter[str] | Counter[str | None], labels: Iterable[str]) -> dict[str, int]:
    return {label: counter[label] for label in labels}


def corpus_stats(views: list[DocumentView], links: QuoteLinks | None = None) -> CorpusStats:
    """Per-document figures and corpus totals, including cross-document entities, top speakers and
    the quote links (`links`, None where the corpus has no links file)."""
    per_doc = {v.id: document_stats(v) for v in views}
    figures = list(per_doc.values())
    docs = [v.doc for v in views]

    def breakdown(key: Breakdown) -> dict[str, int]:
        return {label: sum(s[key][label] for s in figures) for label in figures[0][key]} if figures else {}

    def crossed(key: Literal["factuality_by_relation_type", "attribution_by_quote_kind"],
                rows: Iterable[str], columns: Iterable[str]) -> dict[str, dict[str, int]]:
        names = [*columns, NOT_ANNOTATED]
        return {row: {c: sum(s[key][row][c] for s in figures) for c in names} for row in rows}

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
        "factuality_by_relation_type": crossed("factuality_by_relation_type", RELATION_TYPES, FACTUALITY),
        "attribution_by_quote_kind": crossed("attribution_by_quote_kind", QUOTE_KINDS, ATTRIBUTION_TYPES),
        "quote_links": quote_link_stats(links) if links is not None else None,
    }
    return {"documents": per_doc, "corpus": total}


def format_stats(stats: CorpusStats, fmt: str) -> str:
    """The statistics as a text table, Markdown or JSON."""
    if fmt == "json":
        return json.dumps(stats, indent=2, ensure_ascii=False) + "\n"
    docs, corpus = stats["documents"], stats["corpus"]
    rows: list[tuple[str, ...]] = [("document", *COLUMNS, "quotes with speaker")] + [
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
                  f"share of quotes with a speaker: {corpus['attributed_share']}")
    blocks.append(_crossed_table("factuality by relation type", corpus["factuality_by_relation_type"], fmt))
    blocks.append(_crossed_table("attribution by quote kind", corpus["attribution_by_quote_kind"], fmt))
    blocks += _links_blocks(corpus["quote_links"], fmt)
    return "\n\n".join(blocks) + "\n"


def _crossed_table(title: str, table: dict[str, dict[str, int]], fmt: str) -> str:
    """Labels that have records (one a row) by attribute value, `not annotated` last, and the total row."""
    columns = list(next(iter(table.values()))) if table else [NOT_ANNOTATED]
    rows = [(label, *(str(v) for v in values.values())) for label, values in table.items() if any(values.values())]
    total = ("TOTAL", *(str(sum(values[c] for values in table.values())) for c in columns))
    return text_table([(title, *columns), *rows, total], fmt)


def _links_blocks(links: QuoteLinkStats | None, fmt: str) -> list[str]:
    if links is None:
        return ["quote links: not annotated (the corpus has no annotations/quote_links.json)"]
    return [text_table([("quote links by wording", "links"), *((k, str(v)) for k, v in links["by_wording"].items()),
                        ("TOTAL", str(links["links"]))], fmt),
            text_table([("documents per utterance", "utterances"),
                        *((k, str(v)) for k, v in links["documents_per_utterance"].items()),
                        ("TOTAL", str(links["utterances"]))], fmt),
            f"utterances reported in more than one document: {links['utterances']}, formed by {links['links']} links "
            f"between {links['linked_quotes']} quotes"]


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
