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
from pathlib import Path

from vostochny.export.common import Losses, TextWriter, carries, sentence_views
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
    if gap == " ":
        return None
    if gap == "":
        return "SpaceAfter=No"
    return "SpacesAfter=" + "".join(_ESCAPES.get(ch, ch) for ch in gap)


def _mention_marks(view: DocumentView, number: int, losses: Losses) -> tuple[dict[int, str], dict[int, list[str]]]:
    """Entity bracket strings and Mention items per token index."""
    doc, sent = view.doc, view.sentence_of_token
    eid = {e.id: f"d{number}e{n}" for n, e in enumerate(doc.entities, 1)}
    spans = []
    for m in doc.mentions:
        first, end = view.token_range(m.start, m.end)
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
    return {t: "".join(b) for t, b in brackets.items()}, mention_items


def _span_items(view: DocumentView) -> dict[int, list[str]]:
    """Quote, Cue and Zone MISC items per token index."""
    doc = view.doc
    items: dict[int, list[str]] = {}
    for q in doc.quotes:
        for part in q.content:
            for tok in range(*view.token_range(part.start, part.end)):
                items.setdefault(tok, []).append(f"Quote={q.id}")
        if q.cue:
            for tok in range(*view.token_range(q.cue.start, q.cue.end)):
                items.setdefault(tok, []).append(f"Cue={q.id}")
    for z in doc.zones:
        items.setdefault(view.token_range(z.start, z.end)[0], []).append(f"Zone={z.kind}")
    return items


def _merge(items: list[str]) -> list[str]:
    """Join repeated keys (`Quote=q1`, `Quote=q2` -> `Quote=q1,q2`) keeping their order."""
    merged: dict[str, list[str]] = {}
    for item in items:
        key, value = item.split("=", 1)
        merged.setdefault(key, []).append(value)
    return [f"{k}={','.join(v)}" for k, v in merged.items()]


def _merged(extra: dict[int, list[str]]) -> dict[int, list[str]]:
    """`_merge` of each token's items, once for each distinct list (the tokens of a quote share theirs)."""
    done: dict[tuple[str, ...], list[str]] = {}
    merged = {}
    for tok, items in extra.items():
        key = tuple(items)
        if key not in done:
            done[key] = _merge(items)
        merged[tok] = done[key]
    return merged


def _comments(view: DocumentView) -> dict[int, list[str]]:
    """Relation and quote comment lines by the sentence where each begins, in document order;
    computed once per document (per sentence, it made the export quadratic in the document)."""
    doc, sent = view.doc, view.sentence_of_token
    lines: dict[int, list[str]] = defaultdict(list)
    where = {m.id: sent[view.token_range(m.start, m.end)[0]] for m in doc.mentions}
    for r in doc.relations:
        lines[min(where[r.head], where[r.tail])].append(
            f"# relation.{r.id} = {r.type} {r.head} {r.tail} factuality={r.factuality or '_'}")
    for q in doc.quotes:
        first = sent[view.token_range(q.content[0].start, q.content[0].end)[0]]
        lines[first].append(f"# quote.{q.id} = {q.kind} speaker={q.speaker or '_'} attribution={q.attribution or '_'}")
    return lines


def document_lines(view: DocumentView, number: int, options: ConlluOptions, losses: Losses) -> list[str]:
    """The CoNLL-U lines of one document."""
    doc, text = view.doc, view.text or ""
    brackets, mention_items = _mention_marks(view, number, losses)
    extra = _merged(_span_items(view))
    comments = _comments(view)
    marked = brackets.keys() | mention_items.keys() | extra.keys()
    lines = [f"# newdoc id = {doc.id}"]
    if doc.tokens and doc.tokens[0][0] > 0:
        lines.append(f"# leading_text = {spaces_after(text[:doc.tokens[0][0]])}")
    for n, sentence in enumerate(sentence_views(view, options.tags(), losses)):
        lines.append(f"# sent_id = {doc.id}-{sentence.index + 1}")
        lines.append(f"# text = {text[doc.tokens[sentence.tokens[0]][0]:doc.tokens[sentence.tokens[-1]][1]]}")
        if n == 0:
            lines += [f"# entity.e{k} = {e.type} {e.kb_id or '_'} {e.name}" for k, e in enumerate(doc.entities, 1)]
        lines += comments.get(sentence.index, [])
        for position, (tok, tag) in enumerate(zip(sentence.tokens, sentence.tags, strict=True), 1):
            _, end, form = doc.tokens[tok]
            following = doc.tokens[tok + 1][0] if tok + 1 < len(doc.tokens) else len(text)
            if tag == "O" and following == end + 1 and text[end] == " " and tok not in marked:
                lines.append(f"{position}\t{form}\t_\t_\t_\t_\t_\t_\t_\t_")  # most tokens: no MISC item
                continue
            misc = [f"Entity={brackets[tok]}"] if tok in brackets else []
            misc += [f"Mention={','.join(mention_items[tok])}"] if tok in mention_items else []
            misc += [f"NER={tag}"] if tag != "O" else []
            misc += extra.get(tok, [])
            space = spaces_after(text[end:following])
            misc += [space] if space else []
            lines.append(f"{position}\t{form}\t_\t_\t_\t_\t_\t_\t_\t{'|'.join(misc) or '_'}")
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
