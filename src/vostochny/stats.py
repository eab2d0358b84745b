"""Counts per document and layer: the numbers the README table and the release summary show."""

from __future__ import annotations

from .models import Document

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
