"""CoNLL-2003 style NER: `token tag` lines, `-DOCSTART-` between documents, blank line between sentences.

Carries only the flattened tags of the chosen mention kinds; relations, quotes, coreference,
the other mention kinds, nested mentions and spacing are reported in `LOSSES.json`.
"""

from __future__ import annotations

from pathlib import Path

from vostochny.export.common import Losses, TextWriter, carries, sentence_views
from vostochny.export.options import Conll2003Options
from vostochny.reading.view import DocumentView

CARRIES = carries(
    sentences=("partial", "boundaries as blank lines; no offsets"),
    tokens=("partial", "forms only: no offsets, no spacing"),
    zones=("partial", "tokens of --drop-zones kinds are left out; kinds are not marked"),
    entities=("lost", "no coreference clusters, names or kb_ids"),
    mentions=("partial", "the --kinds mentions as flat --scheme tags of their entity type; "
                         "one of nested mentions (--nested)"),
    relations=("lost", "token tags carry no relations"),
    quotes=("lost", "token tags carry no quotations"),
    quote_links=("lost", "token tags carry no quotations, nor links between them"),
    attributes={
        "zones.kind": ("lost", "zone kinds are not marked"),
        "mentions.kind": ("partial", "only the --kinds mentions are tagged; the kind is not marked"),
        "mentions.metonymy": ("lost", "tags carry the entity type only"),
    },
)


def report_unsupported(view: DocumentView, options: Conll2003Options, losses: Losses) -> None:
    """Layers that no token-tag format carries."""
    doc = view.doc
    losses.add_layer("relation", doc, "relations", "token tags carry no relations")
    losses.add_layer("quote", doc, "quotes", "token tags carry no quotations")
    for m in doc.mentions:
        if m.kind not in options.kinds:
            losses.add(f"mention-kind-not-exported ({m.kind})", doc.id, m.id, repr(m.text))
    for e in doc.entities:
        losses.add("coreference-cluster", doc.id, e.id, f"{e.name} ({e.kb_id or 'no kb_id'})")


def render(view: DocumentView, number: int, options: Conll2003Options, losses: Losses) -> tuple[str, int]:
    """The document's lines (no final newline) and its number of sentences."""
    report_unsupported(view, options, losses)
    lines = ["-DOCSTART- O", ""]
    sentences = sentence_views(view, options, losses)
    forms = view.token_texts
    for sentence in sentences:
        lines += [f"{forms[t]} {tag}" for t, tag in zip(sentence.tokens, sentence.tags, strict=True)]
        lines.append("")
    return "\n".join(lines), len(sentences)


class Writer(TextWriter[Conll2003Options]):
    FILE = "corpus.conll"
    SEPARATOR = "\n"
    COUNTED = "sentences"

    def finish(self) -> list[tuple[Path, str]]:
        self.losses.add_quote_links(self.source.quote_links, "token tags carry no quotations")
        return super().finish()

    def note(self) -> str:
        return f"{super().note()}, scheme {self.options.scheme}"
