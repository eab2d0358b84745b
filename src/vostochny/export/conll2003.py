"""CoNLL-2003 style NER: `token tag` lines, `-DOCSTART-` between documents, blank line between sentences.

Carries only the flattened tags of the chosen mention kinds; relations, quotes, coreference,
the other mention kinds, nested mentions and spacing are reported in `LOSSES.json`.
"""

from __future__ import annotations

from pathlib import Path

from ..writer import write_text
from .common import ExportOptions, Losses, Source, carries, sentence_views

CARRIES = carries(
    sentences=("partial", "boundaries as blank lines; no offsets"),
    tokens=("partial", "forms only: no offsets, no spacing"),
    zones=("partial", "tokens of --drop-zones kinds are left out; kinds are not marked"),
    entities=("lost", "no coreference clusters, names or kb_ids"),
    mentions=("partial", "the --kinds mentions as flat --scheme tags of their entity type; one of nested mentions (--nested)"),
    relations=("lost", "token tags carry no relations"),
    quotes=("lost", "token tags carry no quotations"),
)


def report_unsupported(item, options: ExportOptions, losses: Losses) -> None:  # noqa: ANN001
    """Layers that no token-tag format carries."""
    doc = item.doc
    losses.add_layer("relation", doc, "relations", "token tags carry no relations")
    losses.add_layer("quote", doc, "quotes", "token tags carry no quotations")
    for m in doc.mentions:
        if m.kind not in options.kinds:
            losses.add(f"mention-kind-not-exported ({m.kind})", doc.id, m.id, repr(m.text))
    for e in doc.entities:
        losses.add("coreference-cluster", doc.id, e.id, f"{e.name} ({e.kb_id or 'no kb_id'})")


def write(source: Source, out: Path, options: ExportOptions, losses: Losses) -> list[tuple[Path, str]]:
    items = source.items
    lines, sentences = [], 0
    for item in items:
        report_unsupported(item, options, losses)
        lines += ["-DOCSTART- O", ""]
        for view in sentence_views(item, options, losses):
            lines += [f"{item.doc.tokens[t][2]} {tag}" for t, tag in zip(view.tokens, view.tags)] + [""]
            sentences += 1
    path = out / "corpus.conll"
    write_text(path, "\n".join(lines))
    return [(path, f"{len(items)} documents, {sentences} sentences, scheme {options.scheme}")]
