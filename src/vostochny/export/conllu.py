"""CoNLL-U, lossless: the raw text, every layer, and CorefUD coreference, in the ten columns.

Per document: `# newdoc id`, then its entities as `# entity.<id> = TYPE kb_id|_ name` comments on
the first sentence (`<id>` the entity's own id, as every other export gives it). Per sentence:
`# sent_id`, `# text`, and `# relation.<id> = TYPE head tail factuality=<value>|_` /
`# quote.<id> = kind speaker=<mention>|_ attribution=<value>|_` comments on the sentence where each begins
(`_`: none, or not annotated). MISC per token:

- `Entity=` brackets in the CorefUD notation (`# global.Entity = eid-etype-head-other`): eid is
  `d<doc number>.<entity id>` (CorefUD's ids are unique in the file, hence the document's number, as
  udapi numbers documents; a `-`, which separates CorefUD's attributes, is written `%2D`: `far-east`
  is `d3.far%2Deast`), etype the CorefUD class of our type, head `1` (heads are not annotated), other
  our entity type;
- `Mention=<id>:<kind>[:metonymy]` on the first token of each mention, in the order of the
  Entity brackets that open there (`:`, which no id holds: an id may hold a `.`, so `m.1.name` could be
  read two ways; `evaluate` still reads the `<id>.<kind>` of earlier exports, from the right);
- `NER=B-PER` tags (flattened by the export options);
- `Quote=<id>` on quote content tokens, `Cue=<id>` on cue tokens, `Zone=<kind>` where a zone
  starts;
- `SpaceAfter=No` / `SpacesAfter=` (with `\\s`, `\\t`, `\\n`, `\\r`, `\\\\` escapes, as in UD, and `\\uXXXX` for
  every other whitespace character: a no-break space, U+2028, a form feed; UD allows no whitespace in MISC but
  the space) so that the raw text is rebuilt exactly by concatenating forms and spaces; the text before the
  first token is `# leading_text = SpacesAfter=...`.
- `# text` is one line: a line break between two tokens of a sentence (a hard-wrapped paragraph, whose
  sentences run over its lines) is written there as a space; `SpacesAfter` keeps it.
Syntax columns are `_`: the corpus has no syntax.

A format character (Unicode Cf: a byte-order mark, a zero-width space) between two tokens is no
whitespace, and UD's `SpaceAfter` and `# text` speak of whitespace only: the official validator holds
`# text` to the forms with whitespace or nothing between them. Such a gap is written as UDPipe reads it
(a `SpacesAfter` value is the gap, whatever `SpaceAfter` says): `SpaceAfter=No|SpacesAfter=<the gap>` where
it holds no whitespace (`# text` then joins the two forms), `SpacesAfter=<the gap>` where it holds some;
`# text` leaves out the format characters between tokens (those inside a token stay, in its form).

UD asks for text in NFC: a raw text saved decomposed (`Zoe` U+0308 for `Zoë`) has its forms and `# text` written
composed, and is listed in `LOSSES.json` (`text-not-nfc`): its forms and spaces rebuild it composed.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from itertools import chain
from operator import itemgetter
from pathlib import Path

from vostochny.export.common import Losses, TextWriter, carries, document_tags
from vostochny.export.options import ConlluOptions
from vostochny.model.tokenize import LINE_BREAKS, NO_FORMAT, has_format
from vostochny.reading.view import DocumentView

CARRIES = carries(
    sentences=("carried", "# sent_id and # text"),
    tokens=("carried", "forms with SpaceAfter/SpacesAfter: the raw text rebuilds byte for byte (a text not in NFC "
                       "rebuilds composed, as UD asks: listed)"),
    zones=("partial", "Zone=<kind> on the token where each zone starts"),
    entities=("carried", "# entity.<id> comments: type, kb_id, name; CorefUD Entity= clusters, eid d<n>.<id>"),
    mentions=("partial", "Entity= brackets and Mention=<id>:<kind>; a mention across sentences is listed as lost; "
                         "NER= tags of --kinds (a nested mention without one is listed: nested-mention-not-tagged)"),
    relations=("carried", "# relation comments on the sentence where each begins"),
    quotes=("carried", "Quote= and Cue= on their tokens; # quote comments with kind, speaker and attribution"),
    quote_links=("lost", "a CoNLL-U comment belongs to one sentence; a link joins quotes of two documents"),
    attributes={
        "zones.kind": ("carried", "Zone=<kind>"), "entities.type": ("carried", "# entity comments and Entity="),
        "entities.name": ("carried", "# entity comments"), "entities.kb_id": ("carried", "# entity comments"),
        "entities.distinct_from": ("lost", "the entity comments give type, kb_id and name only"),
        "mentions.kind": ("carried", "Mention=<id>:<kind>"),
        "mentions.metonymy": ("carried", "Mention=<id>:<kind>:metonymy"),
        "relations.type": ("carried", "# relation comments"),
        "relations.factuality": ("carried", "factuality=<value> in # relation comments (`_`: not annotated)"),
        "quotes.kind": ("carried", "# quote comments"),
        "quotes.attribution": ("carried", "attribution=<value> in # quote comments (`_`: not annotated)"),
    },
)

COREFUD_TYPES = {"PER": "person", "NORP": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
                 "FAC": "place", "EVENT": "event", "WEA": "object", "VEH": "object"}
_ESCAPES = {" ": "\\s", "\t": "\\t", "\n": "\\n", "\r": "\\r", "\\": "\\\\"}
_NO_SYNTAX = "\t_\t_\t_\t_\t_\t_\t_\t"  # the eight columns between FORM and MISC
_RARE_BREAKS = LINE_BREAKS.replace("\n", "").replace("\r", "")  # the line breaks besides LF and CR
_ONE_LINE = str.maketrans(dict.fromkeys(LINE_BREAKS, " "))


def spaces_after(gap: str) -> str | None:
    """The MISC item for the text between a token and the next one (None for one space); a gap of format
    characters alone is no space, kept by `SpacesAfter` (see the module's docstring)."""
    if gap == " ":
        return None
    if gap == "":
        return "SpaceAfter=No"
    if not gap.translate(NO_FORMAT):
        return f"SpaceAfter=No|SpacesAfter={_escaped(gap)}"
    return f"SpacesAfter={_escaped(gap)}"


def _escaped(gap: str) -> str:
    """The gap with UD's escapes, and every other whitespace character as `\\uXXXX` (UD's validator refuses
    whitespace in MISC: a no-break space there failed it)."""
    return "".join(_ESCAPES.get(ch) or (f"\\u{ord(ch):04X}" if ch.isspace() else ch) for ch in gap)


Sentences = list[tuple[int, int, int]]  # each sentence with a token: its index, first token and end (past its last)


def _sentences(view: DocumentView) -> Sentences:
    """The sentences that hold a token (CoNLL-U drops no zone): their token ranges, not a list of tokens each."""
    return [(index, first, end) for index, (first, end) in enumerate(view.token_ranges("sentences")) if first < end]


def _sentence_texts(view: DocumentView, sentences: Sentences) -> list[str]:
    """The `# text` of each sentence: its text, without the format characters between its tokens (UD's text
    is the forms, with whitespace or nothing between them); few texts hold one."""
    text, starts, ends = view.text or "", view.token_starts, view.token_ends
    said = [text[starts[first]:ends[end - 1]] for _, first, end in sentences]
    if view.text_has_format:
        said = [_without_format(view, first, end - 1) if has_format(s) else s
                for s, (_, first, end) in zip(said, sentences, strict=True)]
    if not view.text_composed:
        said = [unicodedata.normalize("NFC", s) for s in said]
    return _one_line(text, said)


def _one_line(text: str, said: list[str]) -> list[str]:
    """Each sentence's text with its line breaks as spaces: a sentence over two lines of a paragraph (tokens
    hold none) wrote its `# text` over two lines of the file, which neither `conllu` nor UD's validator read."""
    rare = any(ch in text for ch in _RARE_BREAKS)
    return [s.translate(_ONE_LINE) if rare or "\n" in s or "\r" in s else s for s in said]


def _without_format(view: DocumentView, first: int, last: int) -> str:
    """The forms of tokens `first` to `last` and the gaps between them, less the gaps' format characters."""
    text, starts, ends, forms = view.text or "", view.token_starts, view.token_ends, view.token_texts
    return "".join(forms[k] + text[ends[k]:starts[k + 1]].translate(NO_FORMAT) for k in range(first, last)) \
        + forms[last]


def _gaps(view: DocumentView) -> tuple[list[str], dict[str, str]]:
    """The text after each token (the last token's: the rest of the text), and the spacing item of each
    distinct gap, `|`-ended ("" for one space)."""
    text = view.text or ""
    gaps = [text[end:start] for end, start in zip(view.token_ends, (*view.token_starts[1:], len(text)), strict=True)]
    return gaps, {gap: f"{item}|" if (item := spaces_after(gap)) else "" for gap in set(gaps)}


#: a local id in a CorefUD eid: `-` separates the eid from the other attributes (udapi refuses it in an id), `%`
#: escapes it (local ids hold no `%`: the escape is undone by `urllib.parse.unquote`)
_EID_ESCAPES = str.maketrans({"%": "%25", "-": "%2D"})


def entity_eid(number: int, entity_id: str) -> str:
    """The CorefUD eid of an entity of the `number`-th document: its own id, unique in the file."""
    return f"d{number}.{entity_id.translate(_EID_ESCAPES)}"


def _mention_marks(view: DocumentView, number: int, losses: Losses) -> dict[int, str]:
    """The Entity (brackets) and Mention items of each token where a mention opens or closes, `|`-ended."""
    eid = {e.id: entity_eid(number, e.id) for e in view.doc.entities}
    types = view.entity_type
    label = {k: f"{eid[k]}-{COREFUD_TYPES[types[k]]}-1-{types[k]}" for k in eid}
    entity, ids, kinds, metonymy = (view.column("mentions", field) for field in ("entity", "id", "kind", "metonymy"))
    opening: dict[int, list[str]] = {}
    closing: dict[int, list[tuple[int, str]]] = {}
    for first, _, n, end in _one_sentence_mentions(view, losses):
        if end - first == 1:
            bracket = f"({label[entity[n]]})"
        else:
            bracket = f"({label[entity[n]]}"
            closing.setdefault(end - 1, []).append((first, f"{eid[entity[n]]})"))
        item = f"{ids[n]}:{kinds[n]}:metonymy" if metonymy[n] else f"{ids[n]}:{kinds[n]}"
        if first in opening:
            opening[first][0] += bracket
            opening[first][1] += f",{item}"
        else:
            opening[first] = [bracket, item]
    closed = {tok: "".join(text for _, text in sorted(ends, reverse=True)) if len(ends) > 1 else ends[0][1]
              for tok, ends in closing.items()}  # the innermost first
    marks = {tok: f"Entity={b}{closed.pop(tok, '')}|Mention={items}|" for tok, (b, items) in opening.items()}
    marks.update((tok, f"Entity={brackets}|") for tok, brackets in closed.items())
    return marks


def _one_sentence_mentions(view: DocumentView, losses: Losses) -> list[tuple[int, int, int, int]]:
    """(first, -end, position, end) of each mention within one sentence, sorted: by start, the longest
    first, then in document order; the others are lost."""
    sent, ranges = view.sentence_of_token, view.token_ranges("mentions")
    spans = [(first, -end, n, end) for n, (first, end) in enumerate(ranges) if sent[first] == sent[end - 1]]
    if len(spans) < len(ranges):
        kept = {n for _, _, n, _ in spans}
        for n, m in enumerate(view.doc.mentions):
            if n not in kept:
                losses.add("mention-across-sentences", view.doc.id, m.id, f"{m.text!r} crosses a sentence boundary")
    spans.sort()
    return spans


def _span_column(view: DocumentView) -> list[str]:
    """The Quote, Cue and Zone items of every token, `|`-ended ("" for none), each key's values merged."""
    column = _quote_column(view)
    zones: dict[int, list[str]] = {}
    for kind, (first, _) in zip(view.column("zones", "kind"), view.token_ranges("zones"), strict=True):
        zones.setdefault(first, []).append(kind)
    for first, kinds in zones.items():  # after every quote's and cue's item
        if first < len(column):
            column[first] += f"Zone={','.join(kinds)}|"
    return column


def _quote_column(view: DocumentView) -> list[str]:
    """The Quote and Cue items of every token, `|`-ended ("" for none): laid on the tokens of each span at once;
    where a token is in several spans, their items merged by key (`_merge`), in the order of the spans."""
    column = [""] * len(view.token_texts)
    held: dict[int, list[str]] = {}  # the items of a token in several spans
    for q in view.doc.quotes:
        spans = [(part, f"Quote={q.id}|") for part in q.content] + ([(q.cue, f"Cue={q.id}|")] if q.cue else [])
        for span, item in spans:
            first, end = view.token_range(span.start, span.end)
            if not any(column[first:end]):
                column[first:end] = [item] * (end - first)
                continue
            for tok in range(first, end):
                if column[tok]:
                    held.setdefault(tok, [column[tok]]).append(item)
                else:
                    column[tok] = item
    for tok, items in held.items():
        column[tok] = "".join(f"{item}|" for item in _merge([item[:-1] for item in items]))
    return column


def _merge(items: list[str]) -> list[str]:
    """Join repeated keys (`Quote=q1`, `Quote=q2` -> `Quote=q1,q2`) keeping their order."""
    merged: dict[str, list[str]] = {}
    for item in items:
        key, value = item.split("=", 1)
        merged.setdefault(key, []).append(value)
    return [f"{k}={','.join(v)}" for k, v in merged.items()]


class _NerItems(dict[str, str]):
    """The `|`-ended MISC item of each tag ("" for `O`), made on first use: a column of tags becomes one of
    items at C speed (`map(items.__getitem__, tags)`)."""

    def __missing__(self, tag: str) -> str:
        self[tag] = item = f"NER={tag}|" if tag != "O" else ""
        return item


def _marked_tags(marks: dict[int, str], tags: list[str]) -> list[str]:
    """The Entity and Mention items (`marks`) then the NER item of every token, `|`-ended ("" for none):
    the tags' items at C speed, the marks laid on the tokens that have some (a third of them)."""
    column = list(map(_NerItems().__getitem__, tags))
    for tok, mark in marks.items():
        column[tok] = mark + column[tok]
    return column


def _comments(view: DocumentView) -> dict[int, str]:
    """Relation and quote comment lines by the sentence where each begins, in document order, each line
    `\n`-ended; computed once per document (per sentence, it made the export quadratic in the document)."""
    doc, sent = view.doc, view.sentence_of_token
    lines: dict[int, str] = defaultdict(str)
    # the sentence of each mention's first token (the last mention of an id, as `view.mention_sentence`)
    firsts = map(itemgetter(0), view.token_ranges("mentions"))
    where = dict(zip(view.column("mentions", "id"), map(sent.__getitem__, firsts), strict=True))
    for r in doc.relations:
        lines[min(where[r.head], where[r.tail])] += \
            f"# relation.{r.id} = {r.type} {r.head} {r.tail} factuality={r.factuality or '_'}\n"
    for q in doc.quotes:
        first = sent[view.token_range(q.content[0].start, q.content[0].end)[0]]
        lines[first] += f"# quote.{q.id} = {q.kind} speaker={q.speaker or '_'} attribution={q.attribution or '_'}\n"
    return lines


def _misc(view: DocumentView, marks: dict[int, str], tags: list[str]) -> list[str]:
    """The MISC column of every token (`_` for none): its items, each kind's column `|`-ended ("" for none),
    concatenated in one pass (most tokens have one item or none: no join per token)."""
    gaps, spacing = _gaps(view)
    return [(a + b + spacing[gap])[:-1] or "_"
            for a, b, gap in zip(_marked_tags(marks, tags), _span_column(view), gaps, strict=True)]


def _heads(view: DocumentView, sentences: Sentences) -> list[str]:
    """The comment lines before each sentence's tokens, each line `\n`-ended: the entities on the first
    sentence, before its relations and quotes."""
    doc, comments = view.doc, _comments(view)
    if sentences:
        first = sentences[0][0]
        comments[first] = "".join(f"# entity.{e.id} = {e.type} {e.kb_id or '_'} {e.name}\n"
                                  for e in doc.entities) + comments.get(first, "")
    sent_id = f"# sent_id = {doc.id}-"
    return [f"{sent_id}{index + 1}\n# text = {said}\n{comments.get(index, '')}"
            for (index, _, _), said in zip(sentences, _sentence_texts(view, sentences), strict=True)]


def _token_lines(view: DocumentView, sentences: Sentences, heads: list[str], misc: list[str]) -> str:
    """The sentences' comment lines and token lines (number, form, eight empty columns: no syntax, MISC),
    each sentence ended by an empty line: one string joined from pieces laid a column at a time, what follows
    a token's MISC (its line's end, the next sentence's comments, the next number) one piece (no string per
    token line)."""
    forms: Sequence[str] = view.token_texts
    if not view.text_composed:  # UD asks for NFC: the forms are written composed, the text rebuilds composed
        forms = [unicodedata.normalize("NFC", form) for form in forms]
    if not _tiled(sentences, len(forms)):  # some token in no sentence, or in two (a document V2xx refuses)
        tokens = list(chain.from_iterable(range(first, end) for _, first, end in sentences))
        forms, misc = [forms[t] for t in tokens], [misc[t] for t in tokens]
    links = [f"\n{n}\t" for n in range(2, max((end - first for _, first, end in sentences), default=0) + 1)]
    openings = [f"{head}1\t" for head in heads]  # each sentence's comments and its first number
    after: list[str] = []
    for (_, first, end), following in zip(sentences, [*openings[1:], ""], strict=True):
        after += links[:end - first - 1]
        after.append(f"\n\n{following}")
    pieces = [""] * (4 * len(forms) + 1)
    pieces[0] = openings[0] if openings else ""
    pieces[1::4], pieces[2::4], pieces[3::4], pieces[4::4] = forms, [_NO_SYNTAX] * len(forms), misc, after
    return "".join(pieces)


def _tiled(sentences: Sentences, count: int) -> bool:
    """Whether the sentences hold the `count` tokens in order, each once (a valid document's do)."""
    done = 0
    for _, first, end in sentences:
        if first != done:
            return False
        done = end
    return done == count


def render(view: DocumentView, number: int, options: ConlluOptions, losses: Losses) -> tuple[str, int]:
    """The document's text and its number of sentences; nothing for a document without a token (a text of
    whitespace alone validates), which no sentence can hold: CoNLL-U has no `# newdoc` without one, so it is
    listed as lost (it crashed the export, and with it `build`)."""
    doc, text = view.doc, view.text or ""
    if not doc.tokens:
        losses.add("document-without-tokens", doc.id, doc.id, f"{len(text)} characters, no token: no sentence")
        return "", 0
    marks = _mention_marks(view, number, losses)
    tags = document_tags(view, options.tags(), losses, "Entity= and Mention=")
    sentences = _sentences(view)
    misc = _misc(view, marks, tags)
    losses.add_distinct_from(doc, "the entity comments give type, kb_id and name only")
    if not view.text_composed:
        losses.add("text-not-nfc", doc.id, doc.id, "the raw text is not in NFC: its forms and # text are written "
                   "composed, as UD asks, and rebuild the text composed")
    head = f"# newdoc id = {doc.id}\n"
    if doc.tokens and doc.tokens[0][0] > 0:
        head += f"# leading_text = SpacesAfter={_escaped(text[:doc.tokens[0][0]])}\n"
    return head + _token_lines(view, sentences, _heads(view, sentences), misc), len(sentences)


class Writer(TextWriter[ConlluOptions]):
    FILE = "corpus.conllu"
    HEAD = "# global.Entity = eid-etype-head-other\n"
    COUNTED = "sentences"

    def finish(self) -> list[tuple[Path, str]]:
        self.losses.add_quote_links(self.source.quote_links, "CoNLL-U comments belong to one sentence of one document")
        return super().finish()
