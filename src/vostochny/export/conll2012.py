"""CoNLL-2012 coreference: `#begin document` / `#end document`, one token a line, cluster brackets last.

Columns: document, part, token number, word, then `-` for POS, parse, lemma, frameset, sense,
speaker, `*` for named entities, and the coreference column (`(3`, `3)`, `(3)`, joined by `|`).
Every mention of every kind is carried (nested ones too); relations, quotes, entity types,
kb_ids and spacing are reported in `LOSSES.json`.
"""

from __future__ import annotations

from pathlib import Path

from vostochny.export.common import Losses, SentenceView, TextWriter, carries, sentence_views
from vostochny.export.options import Conll2012Options
from vostochny.reading.view import DocumentView

CARRIES = carries(
    sentences=("partial", "boundaries as blank lines; no offsets"),
    tokens=("partial", "forms only: no offsets, no spacing"),
    zones=("partial", "sentences of --drop-zones kinds are left out; kinds are not marked"),
    entities=("partial", "clusters numbered in the last column; no names, types or kb_ids"),
    mentions=("partial", "every kind as cluster brackets; no kind or metonymy; "
                         "a mention not in one kept sentence is listed as lost"),
    relations=("lost", "CoNLL-2012 has no relation column"),
    quotes=("lost", "the speaker column is per token, not per quote"),
    quote_links=("lost", "CoNLL-2012 has no quotations, nor links between them"),
    attributes={
        "zones.kind": ("lost", "zone kinds are not marked"),
        "entities.type": ("lost", "the named-entity column is left `*`"),
        "entities.name": ("lost", "clusters are numbers"), "entities.kb_id": ("lost", "clusters are numbers"),
        "entities.distinct_from": ("lost", "clusters are numbers"),
        "mentions.kind": ("lost", "brackets only"), "mentions.metonymy": ("lost", "brackets only"),
    },
)


def coref_column(view: DocumentView, views: list[SentenceView], losses: Losses) -> dict[int, str]:
    """Bracket strings per token index; cluster numbers are entity positions (1-based)."""
    doc = view.doc
    number = {e.id: n for n, e in enumerate(doc.entities, 1)}
    sentence = {tok: v.index for v in views for tok in v.tokens}
    opens: dict[int, list[tuple[int, int]]] = {}
    closes: dict[int, list[tuple[int, int]]] = {}
    for m in doc.mentions:
        first, end = view.token_range(m.start, m.end)
        if first not in sentence or end - 1 not in sentence or sentence[first] != sentence[end - 1]:
            losses.add("mention-not-in-one-kept-sentence", doc.id, m.id, repr(m.text))
            continue
        opens.setdefault(first, []).append((end, number[m.entity]))
        closes.setdefault(end - 1, []).append((first, number[m.entity]))
    marks = dict.fromkeys(sentence, "-")
    for tok in opens.keys() | closes.keys():
        parts = [f"({n})" for end, n in sorted(opens.get(tok, []), reverse=True) if end - 1 == tok]
        parts = [f"({n}" for end, n in sorted(opens.get(tok, []), reverse=True) if end - 1 != tok] + parts
        parts += [f"{n})" for first, n in sorted(closes.get(tok, []), reverse=True) if first != tok]
        marks[tok] = "|".join(parts) or "-"
    return marks


def render(view: DocumentView, number: int, options: Conll2012Options, losses: Losses) -> tuple[str, int]:
    """The document's lines and its number of clusters."""
    doc = view.doc
    losses.add_layer("relation", doc, "relations", "CoNLL-2012 has no relation column")
    losses.add_layer("quote", doc, "quotes", "CoNLL-2012 speaker column is per token, not per quote")
    losses.add_distinct_from(doc, "clusters are numbers")
    sentences = sentence_views(view, options.tags(), Losses())
    marks = coref_column(view, sentences, losses)
    lines = [f"#begin document ({doc.id}); part 000"]
    tokens = doc.tokens
    for sentence in sentences:
        # document, part, word number, word, six empty columns, no predicate argument, coreference
        lines += [f"{doc.id}\t0\t{n}\t{tokens[tok][2]}\t-\t-\t-\t-\t-\t-\t*\t{marks[tok]}"
                  for n, tok in enumerate(sentence.tokens)]
        lines.append("")
    lines.append("#end document")
    return "\n".join(lines) + "\n", len(doc.entities)


class Writer(TextWriter[Conll2012Options]):
    FILE = "corpus.v4_gold_conll"
    COUNTED = "clusters"

    def finish(self) -> list[tuple[Path, str]]:
        self.losses.add_quote_links(self.source.quote_links, "CoNLL-2012 has no quotations")
        return super().finish()
