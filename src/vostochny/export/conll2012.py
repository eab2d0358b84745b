"""CoNLL-2012 coreference: `#begin document` / `#end document`, one token a line, cluster brackets last.

Columns: document, part, token number, word, then `-` for POS, parse, lemma, frameset, sense,
speaker, `*` for named entities, and the coreference column (`(3`, `3)`, `(3)`, joined by `|`).
Every mention of every kind is carried (nested ones too); relations, quotes, entity types,
kb_ids and spacing are reported in `LOSSES.json`.
"""

from __future__ import annotations

from operator import itemgetter
from pathlib import Path

from vostochny.export.common import Losses, TextWriter, carries, kept_sentences
from vostochny.export.options import Conll2012Options
from vostochny.reading.view import DocumentView

CARRIES = carries(
    sentences=("partial", "boundaries as blank lines; no offsets"),
    tokens=("partial", "forms only: no offsets, no spacing"),
    zones=("partial", "tokens of --drop-zones kinds are left out (a sentence keeps its other tokens); kinds are not "
                      "marked"),
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


def coref_column(view: DocumentView, sentences: list[tuple[int, list[int]]], losses: Losses) -> dict[int, str]:
    """Bracket strings of the tokens where a mention opens or closes (`-` for the others) by token
    index, of the mentions in one kept sentence; cluster numbers are entity positions (1-based)."""
    return _brackets(_clustered_spans(view, sentences, losses))


def _clustered_spans(view: DocumentView, sentences: list[tuple[int, list[int]]],
                     losses: Losses) -> list[tuple[int, int, int]]:
    """(first, end, cluster) of each mention in one kept sentence; the others are lost."""
    doc = view.doc
    number = {e.id: n for n, e in enumerate(doc.entities, 1)}
    sentence = {tok: index for index, tokens in sentences for tok in tokens}
    spans: list[tuple[int, int, int]] = []
    for m, (first, end) in zip(doc.mentions, view.token_ranges("mentions"), strict=True):
        if first not in sentence or end - 1 not in sentence or sentence[first] != sentence[end - 1]:
            losses.add("mention-not-in-one-kept-sentence", doc.id, m.id, repr(m.text))
        else:
            spans.append((first, end, number[m.entity]))
    return spans


def _brackets(spans: list[tuple[int, int, int]]) -> dict[int, str]:
    """The brackets of (first, end, cluster) token spans, by token: at each, those that open (the
    longest first), then the one-token spans, then those that close (the longest last)."""
    by_end = sorted(spans, key=itemgetter(1, 2), reverse=True)
    by_first = sorted(spans, key=itemgetter(0, 2), reverse=True)
    marks: dict[int, list[str]] = {}
    for first, end, n in by_end:
        if end - first > 1:
            marks.setdefault(first, []).append(f"({n}")
    for first, end, n in by_end:
        if end - first == 1:
            marks.setdefault(first, []).append(f"({n})")
    for first, end, n in by_first:
        if end - first > 1:
            marks.setdefault(end - 1, []).append(f"{n})")
    return {tok: "|".join(parts) for tok, parts in marks.items()}


def render(view: DocumentView, number: int, options: Conll2012Options, losses: Losses) -> tuple[str, int]:
    """The document's lines and its number of clusters."""
    doc = view.doc
    losses.add_layer("relation", doc, "relations", "CoNLL-2012 has no relation column")
    losses.add_layer("quote", doc, "quotes", "CoNLL-2012 speaker column is per token, not per quote")
    losses.add_distinct_from(doc, "clusters are numbers")
    sentences = kept_sentences(view, options.drop_zones)
    marks = coref_column(view, sentences, losses)
    lines = [f"#begin document ({doc.id}); part 000"]
    forms = view.token_texts
    for _, tokens in sentences:
        # document, part, word number, word, six empty columns, no predicate argument, coreference
        lines += [f"{doc.id}\t0\t{n}\t{forms[tok]}\t-\t-\t-\t-\t-\t-\t*\t{marks.get(tok, '-')}"
                  for n, tok in enumerate(tokens)]
        lines.append("")
    lines.append("#end document")
    return "\n".join(lines) + "\n", len(doc.entities)


class Writer(TextWriter[Conll2012Options]):
    FILE = "corpus.v4_gold_conll"
    COUNTED = "clusters"

    def finish(self) -> list[tuple[Path, str]]:
        self.losses.add_quote_links(self.source.quote_links, "CoNLL-2012 has no quotations")
        return super().finish()
