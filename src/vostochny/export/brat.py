"""brat standoff: `<id>.txt` + `<id>.ann` per document, with `annotation.conf` and `visual.conf`
generated from the label inventories, so the folder opens in brat or INCEpTION as a project.

Mapping (read back by `vostochny import brat`):
- a mention is `T<n>  <ENTITY TYPE> start end  text`, with attributes `Kind` (name, nominal,
  pronoun) and `Metonymy`; mentions of one entity are joined by a `*  Coref` equivalence;
- a relation is `R<n>  <TYPE> Arg1:T Arg2:T`; its factuality has no place: brat attaches attributes
  to spans and events only (nlplab/brat#791), so `LOSSES.json` lists it and the import keeps it
  from the annotation file (the relation of the same type between the same mentions, redrawn ones
  included: `T<n>` is the n-th mention, and brat keeps a redrawn span's id);
- a quote is a (possibly discontinuous) `Quote` span with attributes `QuoteKind` and `Attribution`
  (none where not annotated), its cue a `Cue` span linked by `CueOf`, its speaker linked by
  `Speaker` to the speaker mention;
- a zone is a `Zone` span with attribute `ZoneKind`;
- a brat line cannot hold a line break, so a span that contains one (any `str.splitlines`
  boundary) is written as fragments split at its breaks (`start end;start end`): brat shows it as a
  discontinuous span, so `LOSSES.json` lists each (`span-split-at-line-breaks`); the import joins
  fragments that only line breaks separate.
- the `.txt` is the raw text byte for byte, CR LF and CR line ends included: brat's server reads it as it is (its
  `open_textfile` asks for universal newlines, but `codecs.open` opens the file in binary mode, so no line end is
  translated and a CR counts as a character, as in the corpus's offsets) and its client breaks lines at CR and LF.
  A span drawn in brat over CR LF is split at the LF, the CR stripped: the export's own fragments. One drawn over a
  lone CR (or another break that is not LF) is one span whose text holds the break, a line brat cannot read back
  itself: the import refuses it at its line.
brat has no place for the token and sentence layers, entity names and registry ids (kb_id), nor for the
quote links between documents: `LOSSES.json` lists them, and the import takes them from the existing
annotation files.

brat's ids are its own (`T<n>`, `R<n>`: brat refuses others), so the records' ids are not carried:
`LOSSES.json` lists, per document, which brat id each mention, quote and relation became (`ids-renumbered`),
and each entity (a `Coref` cluster, no id) under its own id. The import keeps the ids of a document whose
annotations did not change (it is not rewritten), and numbers the records of a changed one afresh.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from vostochny.export.common import Losses, Source, carries, write_staged
from vostochny.export.common import Writer as FormatWriter
from vostochny.export.options import BratOptions
from vostochny.model.labels import (
    ATTRIBUTION_TYPES,
    ENTITY_TYPES,
    MENTION_KINDS,
    QUOTE_KINDS,
    RELATION_TYPES,
    SPEAKER_TYPES,
    ZONE_KINDS,
)
from vostochny.model.models import Span
from vostochny.patterns import compiled
from vostochny.reading.view import DocumentView
from vostochny.writing.writer import write_text

CARRIES = carries(
    sentences=("lost", "brat has no sentence layer: kept from the annotation file on import"),
    tokens=("lost", "brat has no token layer: kept from the annotation file on import"),
    zones=("carried", "Zone spans (one over a line break as fragments split there: listed)"),
    entities=("partial", "clusters as Coref relations; names and kb_ids kept from the annotation file on import"),
    mentions=("carried", "entity-type spans with Kind and Metonymy attributes; ids as brat's T<n> (the map listed); "
                         "one over a line break as fragments split there (listed)"),
    relations=("carried", "typed relations; ids as brat's R<n> (the map listed)"),
    quotes=("carried", "Quote and Cue spans, CueOf and Speaker relations; ids as brat's T<n> (the map listed); "
                       "a span over a line break as fragments split there (listed)"),
    quote_links=("lost", "brat annotates one document at a time: no relation joins two documents"),
    attributes={
        "zones.kind": ("carried", "ZoneKind attribute"), "entities.type": ("carried", "the type of its mention spans"),
        "entities.name": ("lost", "kept from the annotation file on import"),
        "entities.kb_id": ("lost", "kept from the annotation file on import; a new entity named as one record is "
                           "linked to it"),
        "entities.distinct_from": ("lost", "kept from the annotation file on import"),
        "mentions.kind": ("carried", "Kind attribute"), "mentions.metonymy": ("carried", "Metonymy attribute"),
        "relations.type": ("carried", "the relation's type"),
        "relations.factuality": ("lost", "brat attaches attributes to spans and events, not to relations "
                                 "(nlplab/brat#791): kept from the annotation file on import"),
        "quotes.kind": ("carried", "QuoteKind attribute"),
        "quotes.attribution": ("carried", "Attribution attribute on the Quote span (none: not annotated)"),
    },
)

QUOTE, CUE, ZONE = "Quote", "Cue", "Zone"
#: the attribute that carries a quote's attribution type
ATTRIBUTION = "Attribution"
CUE_OF, SPEAKER, COREF = "CueOf", "Speaker", "Coref"
COLOURS = {"PER": "#ffccaa", "ORG": "#8fb2ff", "GPE": "#7fe2ff", "LOC": "#95dfff", "FAC": "#aaaaee",
           "NORP": "#ffe000", "EVENT": "#f1f447", "WEA": "#ff7f7f", "VEH": "#ccccee",
           QUOTE: "#e0ffe0", CUE: "#c0f0c0", ZONE: "#eeeeee"}


#: brat 1.3 refuses nested, equal and crossing spans unless the configuration allows them; mentions nest
#: (in each other, in quotes, in zones) and may share a span: any span may overlap any other in any way
OVERLAP = "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>"


def annotation_conf() -> str:
    """brat's `annotation.conf`: every label of the inventory, with the relations' argument types, and
    overlaps of any kind allowed (`OVERLAP`)."""
    lines = ["[entities]", *ENTITY_TYPES, QUOTE, CUE, ZONE, "", "[relations]"]
    for name, spec in RELATION_TYPES.items():
        lines.append(f"{name}\tArg1:{'|'.join(spec['head'])}, Arg2:{'|'.join(spec['tail'])}")
    lines += [f"{CUE_OF}\tArg1:{QUOTE}, Arg2:{CUE}", f"{SPEAKER}\tArg1:{QUOTE}, Arg2:{'|'.join(SPEAKER_TYPES)}",
              f"{COREF}\tArg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive", OVERLAP,
              "", "[events]", "", "[attributes]",
              f"Kind\tArg:{'|'.join(ENTITY_TYPES)}, Value:{'|'.join(MENTION_KINDS)}",
              f"Metonymy\tArg:{'|'.join(ENTITY_TYPES)}",
              f"QuoteKind\tArg:{QUOTE}, Value:{'|'.join(QUOTE_KINDS)}",
              f"{ATTRIBUTION}\tArg:{QUOTE}, Value:{'|'.join(ATTRIBUTION_TYPES)}",
              f"ZoneKind\tArg:{ZONE}, Value:{'|'.join(ZONE_KINDS)}", ""]
    return "\n".join(lines)


def visual_conf() -> str:
    """brat's `visual.conf`: labels and colours."""
    lines = ["[labels]", *[f"{t} | {t}" for t in (*ENTITY_TYPES, QUOTE, CUE, ZONE, *RELATION_TYPES)], "",
             "[drawing]", *[f"{t}\tbgColor:{c}" for t, c in COLOURS.items()], ""]
    return "\n".join(lines)


def _unbroken(start: int, end: int, text: str) -> str | None:
    """`text[start:end]` where it is one part: not empty, with no line break (each is unprintable); else None."""
    body = text[start:end]
    return body if start < end and body.isprintable() else None


def line_fragments(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """The parts of `text[start:end]` between line breaks (runs of breaks dropped)."""
    if _unbroken(start, end, text) is not None:
        return [(start, end)]
    fragments, pos = [], start
    for line in text[start:end].splitlines(keepends=True):
        body = line.splitlines()[0]
        if body:
            fragments.append((pos, pos + len(body)))
        pos += len(line)
    return fragments


def join_line_breaks(fragments: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The inverse of `line_fragments`: fragments in text order, those that only line breaks
    separate joined into one span."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(fragments):
        gap = text[joined[-1][1]:start] if joined else ""
        if gap and not "".join(gap.splitlines()):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _fragments(spans: Sequence[Span], text: str) -> tuple[str, int]:
    """The offsets and text of spans in a brat span line, `start end;start end<TAB>text text`, split at line breaks;
    and how many fragments that is."""
    if len(spans) == 1 and (body := _unbroken(spans[0].start, spans[0].end, text)) is not None:  # most spans
        return f"{spans[0].start} {spans[0].end}\t{body}", 1
    fragments = [f for s in spans for f in line_fragments(s.start, s.end, text)]
    offsets = ";".join(f"{start} {end}" for start, end in fragments)
    return f"{offsets}\t{' '.join(text[start:end] for start, end in fragments)}", len(fragments)


def document_ann(item: DocumentView, losses: Losses) -> str:
    """The `.ann` text of one document."""
    doc, text = item.doc, item.text
    assert text is not None  # the views of a valid corpus (`iter_documents`) hold their raw texts
    entities = item.entities
    lines: list[str] = []
    attributes: list[str] = []
    mention_t: dict[str, str] = {}  # mention id -> its T key
    clusters: dict[str, list[str]] = {}  # entity id -> the T keys of its mentions

    def span_line(type_: str, spans: Sequence[Span], what: str) -> str:
        """A span line; a span over a line break, written as fragments split there, is listed (as `what`)."""
        key = f"T{len(lines) + 1}"
        written, count = _fragments(spans, text)
        lines.append(f"{key}\t{type_} {written}")
        if count > len(spans):
            losses.add("span-split-at-line-breaks", doc.id, what, f"{type_} span {key} written as {count} fragments "
                       "split at its line breaks (a brat span holds none); the import joins them again")
        return key

    for m in doc.mentions:  # the mentions first: T1, T2, ...
        key = mention_t[m.id] = span_line(entities[m.entity].type, [m], m.id)
        attributes.append(f"Kind {key} {m.kind}")
        if m.metonymy:
            attributes.append(f"Metonymy {key}")
        clusters.setdefault(m.entity, []).append(key)

    renamed = [f"{m.id}={mention_t[m.id]}" for m in doc.mentions]  # what each record is called in brat
    relations = [f"{r.type} Arg1:{mention_t[r.head]} Arg2:{mention_t[r.tail]}" for r in doc.relations]
    for r in doc.relations:
        if r.factuality:
            losses.add("relation-factuality", doc.id, r.id,
                       f"{r.factuality}: brat has no attributes on relations; kept from the annotation file on import")
    for q in doc.quotes:
        key = span_line(QUOTE, q.content, q.id)
        renamed.append(f"{q.id}={key}")
        attributes.append(f"QuoteKind {key} {q.kind}")
        if q.attribution:
            attributes.append(f"{ATTRIBUTION} {key} {q.attribution}")
        if q.cue:
            relations.append(f"{CUE_OF} Arg1:{key} Arg2:{span_line(CUE, [q.cue], f'{q.id} (cue)')}")
        if q.speaker:
            relations.append(f"{SPEAKER} Arg1:{key} Arg2:{mention_t[q.speaker]}")
    for n, z in enumerate(doc.zones):
        attributes.append(f"ZoneKind {span_line(ZONE, [z], f'zones[{n}]')} {z.kind}")
    renamed += [f"{r.id}=R{n}" for n, r in enumerate(doc.relations, 1)]
    if renamed:
        losses.add("ids-renumbered", doc.id, doc.id, "brat's ids are T<n> and R<n>; each record's became: "
                   f"{' '.join(renamed)} (kept from the annotation file on import where nothing changed)")
    lines += [f"R{n}\t{r}" for n, r in enumerate(relations, 1)]
    lines += [f"A{n}\t{a}" for n, a in enumerate(attributes, 1)]
    for e in doc.entities:
        members = clusters.get(e.id, [])
        if len(members) > 1:
            lines.append(f"*\t{COREF} {' '.join(members)}")
        losses.add("entity-name-and-kb-id", doc.id, e.id,
                   f"{e.name} ({e.kb_id or 'no kb_id'}): kept from the annotation file on import")
    losses.add_distinct_from(doc, "kept from the annotation file on import")
    losses.add("token-and-sentence-layers", doc.id, "tokens",
               "brat has no token layer: kept from the annotation file on import")
    return "\n".join(lines) + "\n"


def render(view: DocumentView, number: int, options: BratOptions, losses: Losses) -> tuple[str, str, str]:
    """The document's id, raw text and `.ann` text; a text with characters beyond the Basic Multilingual Plane is
    listed: the offsets are code points, as brat's server reads them, and its web client shows every annotation
    after such a character shifted by one (it counts UTF-16 units: nlplab/brat#1115)."""
    text = view.text or ""
    astral = len(_ASTRAL.findall(text)) if not text.isascii() else 0
    if astral:
        losses.add("text-beyond-bmp", view.doc.id, view.doc.id, f"{astral} character(s) beyond U+FFFF (an emoji): "
                   "brat's web client shows the annotations after each shifted by one (nlplab/brat#1115); the .ann "
                   "offsets are right (code points) and import back unchanged")
    return view.doc.id, text, document_ann(view, losses)


_ASTRAL = compiled("[\U00010000-\U0010ffff]")  # a character beyond the Basic Multilingual Plane


class Writer(FormatWriter[BratOptions, tuple[str, str, str]]):
    """`<id>.txt` and `<id>.ann` as each document comes (`write_staged`); the project's configuration at
    the end. Two files a document: each is not synced on its own (a sync each cost more than all the other
    work of the document), the file system is synced once at the end."""

    documents = 0

    def __init__(self, out: Path, options: BratOptions, source: Source) -> None:
        super().__init__(out, options, source)
        out.mkdir(parents=True, exist_ok=True)

    def add(self, part: tuple[str, str, str]) -> None:
        doc_id, text, ann = part
        write_staged(self.out / f"{doc_id}.txt", text)
        write_staged(self.out / f"{doc_id}.ann", ann)
        self.documents += 1

    def finish(self) -> list[tuple[Path, str]]:
        self.losses.add_quote_links(self.source.quote_links, "brat annotates one document at a time")
        if hasattr(os, "sync"):
            os.sync()
        written = [(self.out, f"{self.documents} documents (.txt + .ann)")]
        for name, text in (("annotation.conf", annotation_conf()), ("visual.conf", visual_conf())):
            write_text(self.out / name, text)
            written.append((self.out / name, "brat configuration"))
        return written
