"""CoNLL-U, lossless: the raw text, every layer, and CorefUD coreference, in the ten columns.

Per document: `# newdoc id`, then its entities as `# entity.<eid> = TYPE kb_id|_ name` comments on
the first sentence. Per sentence: `# sent_id`, `# text`, and `# relation.<id> = TYPE head tail
factuality=<value>|_` / `# quote.<id> = kind speaker=<mention>|_ attribution=<value>|_` comments on
the sentence where each begins (`_`: none, or not annotated). MISC per token:

- `Entity=` brackets in the CorefUD notation (`# global.Entity = eid-etype-head-other`): eid is
  `d<doc number>e<entity number>`, etype the CorefUD class of our type, head `1` (heads are not
  annotated), other our entity type;
- `Mention=<id>.<kind>[.metonymy]` on the first token of each mention, in the order of the
  Entity brackets that open there;
- `NER=B-PER` tags (flattened by the export options);
- `Quote=<id>` on quote content tokens, `Cue=<id>` on cue tokens, `Zone=<kind>` where a zone
  starts;
- `SpaceAfter=No` / `SpacesAfter=` (with `\\s`, `\\t`, `\\n`, `\\r` escapes, as in UD) so that the
  raw text is rebuilt exactly by concatenating forms and spaces.
Syntax columns are `_`: the corpus has no syntax.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import count, repeat
from pathlib import Path

from vostochny.export.common import Losses, SentenceView, TextWriter, carries, sentence_views
from vostochny.export.options import ConlluOptions
from vostochny.reading.view import DocumentView

CARRIES = carries(
    sentences=("carried", "# sent_id and # text"),
    tokens=("carried", "forms with SpaceAfter/SpacesAfter: the raw text rebuilds byte for byte"),
    zones=("partial", "Zone=<kind> on the token where each zone starts"),
    entities=("carried", "# entity comments: type, kb_id, name; CorefUD Entity= clusters"),
    mentions=("partial", "Entity= brackets and Mention=<id>.<kind>; a mention across sentences is listed as lost"),
    relations=("carried", "# relation comments on the sentence where each begins"),
    quotes=("carried", "Quote= and Cue= on their tokens; # quote comments with kind, speaker and attribution"),
    quote_links=("lost", "a CoNLL-U comment belongs to one sentence; a link joins quotes of two documents"),
    attributes={
        "zones.kind": ("carried", "Zone=<kind>"), "entities.type": ("carried", "# entity comments and Entity="),
        "entities.name": ("carried", "# entity comments"), "entities.kb_id": ("carried", "# entity comments"),
        "entities.distinct_from": ("lost", "the entity comments give type, kb_id and name only"),
        "mentions.kind": ("carried", "Mention=<id>.<kind>"),
        "mentions.metonymy": ("carried", "Mention=<id>.<kind>.metonymy"),
        "relations.type": ("carried", "# relation comments"),
        "relations.factuality": ("carried", "factuality=<value> in # relation comments (`_`: not annotated)"),
        "quotes.kind": ("carried", "# quote comments"),
        "quotes.attribution": ("carried", "attribution=<value> in # quote comments (`_`: not annotated)"),
    },
)

COREFUD_TYPES = {"PER": "person", "NORP": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
                 "FAC": "place", "EVENT": "event", "WEA": "object", "VEH": "object"}
_ESCAPES = {" ": "\\s", "\t": "\\t", "\n": "\\n", "\r": "\\r", "\\": "\\\\"}


def spaces_after(gap: str) -> str | None:
    """The MISC item for the text between a token and the next one (None for one space)."""
    return None if gap == " " else _spacing_item(gap)


def _spacing_item(gap: str) -> str:
    if gap == "":
        return "SpaceAfter=No"
    return "SpacesAfter=" + "".join(_ESCAPES.get(ch, ch) for ch in gap)


def _spacing(view: DocumentView) -> list[str]:
    """The spacing item of each token ("" where one space follows; the last token: by the rest of the text)."""
    text = view.text or ""
    gaps = list(map(text.__getitem__, map(slice, view.token_ends, (*view.token_starts[1:], len(text)))))
    items = {gap: spaces_after(gap) or "" for gap in set(gaps)}
    return list(map(items.__getitem__, gaps))


def _mention_marks(view: DocumentView, number: int, losses: Losses) -> dict[int, str]:
    """The Entity (brackets) and Mention items of each token where a mention opens or closes."""
    doc, sent = view.doc, view.sentence_of_token
    eid = {e.id: f"d{number}e{n}" for n, e in enumerate(doc.entities, 1)}
    spans = []
    for m, (first, end) in zip(doc.mentions, view.token_ranges("mentions"), strict=True):
        if sent[first] != sent[end - 1]:
            losses.add("mention-across-sentences", doc.id, m.id, repr(m.text))
            continue
        spans.append((first, end, m))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    brackets: dict[int, list[str]] = {}
    closing: dict[int, list[tuple[int, str]]] = {}
    mention_items: dict[int, list[str]] = {}
    for first, end, m in spans:
        etype = view.entities[m.entity].type
        label = f"{eid[m.entity]}-{COREFUD_TYPES[etype]}-1-{etype}"
        brackets.setdefault(first, []).append(f"({label})" if end - first == 1 else f"({label}")
        if end - first > 1:
            closing.setdefault(end - 1, []).append((first, f"{eid[m.entity]})"))
        mention_items.setdefault(first, []).append(".".join([m.id, m.kind] + (["metonymy"] if m.metonymy else [])))
    for tok, items in closing.items():
        brackets.setdefault(tok, []).extend(text for _, text in sorted(items, reverse=True))
    marks = {tok: f"Entity={''.join(b)}" for tok, b in brackets.items()}
    for tok, mentions in mention_items.items():  # each opens a bracket there
        marks[tok] += f"|Mention={','.join(mentions)}"
    return marks


def _span_items(view: DocumentView) -> dict[int, list[str]]:
    """Quote, Cue and Zone MISC items per token index."""
    doc = view.doc
    items: dict[int, list[str]] = {}
    for q in doc.quotes:
        quote, cue = f"Quote={q.id}", f"Cue={q.id}"
        for part in q.content:
            for tok in range(*view.token_range(part.start, part.end)):
                items.setdefault(tok, []).append(quote)
        if q.cue:
            for tok in range(*view.token_range(q.cue.start, q.cue.end)):
                items.setdefault(tok, []).append(cue)
    for kind, (first, _) in zip(view.column("zones", "kind"), view.token_ranges("zones"), strict=True):
        items.setdefault(first, []).append(f"Zone={kind}")
    return items


def _merge(items: list[str]) -> list[str]:
    """Join repeated keys (`Quote=q1`, `Quote=q2` -> `Quote=q1,q2`) keeping their order."""
    merged: dict[str, list[str]] = {}
    for item in items:
        key, value = item.split("=", 1)
        merged.setdefault(key, []).append(value)
    return [f"{k}={','.join(v)}" for k, v in merged.items()]


def _merged(extra: dict[int, list[str]]) -> dict[int, str]:
    """`_merge` of each token's items, joined, once for each distinct list (the tokens of a quote share theirs)."""
    done: dict[tuple[str, ...], str] = {}
    merged = {}
    for tok, items in extra.items():
        key = tuple(items)
        if key not in done:
            done[key] = "|".join(_merge(items))
        merged[tok] = done[key]
    return merged


def _misc(view: DocumentView, marks: dict[int, str], sentences: list[SentenceView]) -> list[str]:
    """The MISC column of every token: its Entity and Mention items (`marks`), NER tag, Quote, Cue and
    Zone items, and spacing, joined by `|` (`_`: none); a column at a time, no Python call per token."""
    tags = {tok: f"NER={tag}" for s in sentences for tok, tag in zip(s.tokens, s.tags, strict=True) if tag != "O"}
    tokens = range(len(view.token_texts))
    columns = [list(map(found.get, tokens, repeat(""))) for found in (marks, tags, _merged(_span_items(view)))]
    joined = list(map("|".join, map(filter, repeat(None), zip(*columns, _spacing(view), strict=True))))
    return list(map({"": "_"}.get, joined, joined))


def _comments(view: DocumentView) -> dict[int, list[str]]:
    """Relation and quote comment lines by the sentence where each begins, in document order;
    computed once per document (per sentence, it made the export quadratic in the document)."""
    doc, sent = view.doc, view.sentence_of_token
    lines: dict[int, list[str]] = defaultdict(list)
    where = {m.id: sent[first] for m, (first, _) in zip(doc.mentions, view.token_ranges("mentions"), strict=True)}
    for r in doc.relations:
        lines[min(where[r.head], where[r.tail])].append(
            f"# relation.{r.id} = {r.type} {r.head} {r.tail} factuality={r.factuality or '_'}")
    for q in doc.quotes:
        first = sent[view.token_range(q.content[0].start, q.content[0].end)[0]]
        lines[first].append(f"# quote.{q.id} = {q.kind} speaker={q.speaker or '_'} attribution={q.attribution or '_'}")
    return lines


#: a token's line: number, form, eight empty columns (no syntax), MISC
_ROW = "{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}"


def document_lines(view: DocumentView, number: int, options: ConlluOptions, losses: Losses) -> list[str]:
    """The CoNLL-U lines of one document."""
    doc, text, forms = view.doc, view.text or "", view.token_texts
    marks = _mention_marks(view, number, losses)
    sentences = sentence_views(view, options.tags(), losses)
    misc, comments = _misc(view, marks, sentences), _comments(view)
    lines = [f"# newdoc id = {doc.id}"]
    if doc.tokens and doc.tokens[0][0] > 0:
        lines.append(f"# leading_text = {spaces_after(text[:doc.tokens[0][0]])}")
    for n, sentence in enumerate(sentences):
        lines.append(f"# sent_id = {doc.id}-{sentence.index + 1}")
        lines.append(f"# text = {text[view.token_starts[sentence.tokens[0]]:view.token_ends[sentence.tokens[-1]]]}")
        if n == 0:
            lines += [f"# entity.e{k} = {e.type} {e.kb_id or '_'} {e.name}" for k, e in enumerate(doc.entities, 1)]
        lines += comments.get(sentence.index, [])
        tokens = sentence.tokens
        lines += map(_ROW.format, count(1), map(forms.__getitem__, tokens), map(misc.__getitem__, tokens))
        lines.append("")
    return lines


def render(view: DocumentView, number: int, options: ConlluOptions, losses: Losses) -> tuple[str, int]:
    """The document's lines and its number of sentences."""
    lines = document_lines(view, number, options, losses)
    losses.add_distinct_from(view.doc, "the entity comments give type, kb_id and name only")
    return "\n".join(lines) + "\n", lines.count("")  # each sentence ends in the one empty line


class Writer(TextWriter[ConlluOptions]):
    FILE = "corpus.conllu"
    HEAD = "# global.Entity = eid-etype-head-other\n"
    COUNTED = "sentences"

    def finish(self) -> list[tuple[Path, str]]:
        self.losses.add_quote_links(self.source.quote_links, "CoNLL-U comments belong to one sentence of one document")
        return super().finish()
