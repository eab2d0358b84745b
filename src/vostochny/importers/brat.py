"""`vostochny import brat DIR`: a brat folder (as written by `export --format brat`, then edited in
brat or INCEpTION) read back into the corpus's annotation files.

What brat does not carry (tokens, sentences, metadata, entity names, kb_ids, relation factuality) is kept from the
existing annotation file. A brat mention is the existing mention at its span, or, redrawn (brat keeps its id; the
export numbers the mentions first, `T<n>` the n-th), the one its id named if that one's span is gone and the two
overlap. An imported cluster takes the name, kb_id and distinct_from of the existing entity its mentions were most of
(sharing none, of an existing entity of its type none of whose mentions is left, redrawn in brat, that its mentions
overlap most); a cluster that merged in a linked entity no other cluster continues takes that one, so the registry
link is kept, and a merge of entities linked to two different registry records is refused (two real-world entities
made one: unlink one in the annotation file first), and so are mentions taken out of a linked entity's `Coref` line
alone, two or more of them or a name of its record (brat takes both ends of a deleted arc out of the line:
`_split_alone`). An entity left linked to no record whose name is one record's name of its type (one drawn in brat,
which shows no kb_id) is linked to that record, said among the warnings at its line (V355 refuses it unlinked). A
relation keeps the factuality of the existing relation of its type between the mentions its arguments were, and a
quote covering what an existing quote covers keeps its content pieces. An attribute the export writes on every span of
its kind (`Kind`, `QuoteKind`, `ZoneKind`) and deleted in brat keeps the value of the same annotation (the mention it
was, the quote of the same content, the zone of the same span); a new span without it is refused at its line, since
the model has no default for it and a guess would go unnoticed. `Metonymy` and `Attribution` are not always written:
absent, they are unset. Records are numbered in the corpus's canonical order (mentions by position, entities by first
mention, quotes by first fragment). Each imported document is checked with the validator's document rules in memory,
problems located at their `.ann` line. Nothing is written unless every document imports cleanly; a document whose
annotations did not change is not written at all (its file stays byte for byte as it was, however it is formatted);
the others are swapped in together (`vostochny.writing.staging`). Quote links (`quote_links.json`) follow their quotes
when the import renumbers them (same content, new id: the links file is rewritten in the same swap); an import that
removes or changes the content of a linked quote is refused (remove the link first).
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from vostochny.checking.problems import Problem
from vostochny.checking.rules import DocContext
from vostochny.checking.rules.entities import records_named
from vostochny.checking.validator import document_problems
from vostochny.errors import FileRefused, UsageError, VostochnyError
from vostochny.export.brat import ATTRIBUTION, COREF, CUE_OF, QUOTE, SPEAKER, ZONE, join_line_breaks
from vostochny.importers.brat_ann import BOM, MENTION, BratError, Parsed, parse_ann
from vostochny.model.labels import MENTION_KINDS, QUOTE_KINDS, RELATION_TYPES, ZONE_KINDS
from vostochny.model.models import (
    DOC_ID_PATTERN,
    PLAIN_TEXT_PATTERN,
    Document,
    Entity,
    Mention,
    QuoteLinks,
    Registry,
)
from vostochny.model.serializer import to_json
from vostochny.patterns import compiled
from vostochny.reading import loader
from vostochny.reading.corpus import QUOTE_LINKS_FILE, REGISTRY_FILE, Corpus, is_corpus_root, open_corpus
from vostochny.reading.files import MAX_ANNOTATION_BYTES, MAX_RAW_BYTES, Linked, TooLarge, present, read_capped
from vostochny.reading.view import DocumentView
from vostochny.writing import staging
from vostochny.writing.corpus_lock import held

__all__ = ["BratError", "ImportRefused", "Imported", "import_brat"]
_POINTER = compiled(r"/(\w+)/(\d+)")
#: what a name cannot hold (`PLAIN_TEXT_PATTERN`) but a span of the raw text can
_NOT_PLAIN = compiled("[" + PLAIN_TEXT_PATTERN.removeprefix("^[^").removesuffix("]*$") + "]")
#: the attributes the export writes on every span of their kind, with their values: one missing was deleted
_ALWAYS = {"Kind": MENTION_KINDS, "QuoteKind": QUOTE_KINDS, "ZoneKind": ZONE_KINDS}


class ImportRefused(VostochnyError):
    """The brat folder has problems; nothing was written. `problems` lists them, located."""

    def __init__(self, problems: list[BratError]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s); nothing written")


@dataclass
class Imported:
    written: list[Path]  # annotation files whose annotations changed
    unchanged: list[Path]  # annotation files left as they were
    warnings: list[BratError]  # validator warnings of the imported documents


def import_brat(folder: Path, root: Path, max_bytes: int = MAX_ANNOTATION_BYTES) -> Imported:
    """Import every `<id>.ann` of `folder` into the corpus at `root`: all documents, or none.
    Raises `UsageError` for a missing folder or corpus, `ImportRefused` for problems in the files."""
    corpus = open_corpus(root)
    if not is_corpus_root(corpus.root):
        raise UsageError(f"{root}: not a corpus (no annotations/ folder)")
    if not folder.is_dir():
        raise UsageError(f"{folder}: " + ("not a folder" if os.path.lexists(folder) else "no such folder")
                         + "; import reads a folder of .ann files (written by export --format brat)")
    anns = sorted(folder.glob("*.ann"))
    if not anns:
        raise UsageError(f"{folder}: no .ann files here (a folder written by export --format brat)")
    with held(corpus.root):  # another writer waits; what a killed one left is put back before anything is read
        return _import_all(folder, anns, corpus, max_bytes)


def _import_all(folder: Path, anns: list[Path], corpus: Corpus, max_bytes: int) -> Imported:
    """`import_brat` once the corpus's lock is held."""
    registry = loader.load_registry(corpus.annotations / REGISTRY_FILE, str(corpus.annotations / REGISTRY_FILE)).model
    errors: list[BratError] = []
    warnings: list[BratError] = []
    errors += _alone(folder, corpus)
    results = [_import_one(ann, corpus, registry, max_bytes, errors, warnings) for ann in anns]
    done = [r for r in results if r is not None]
    errors += [BratError(str(folder / f"{doc.id}.ann"), 0, (
        f"holds no mention, where the document has {len(old.mentions)}: a file emptied or cut short? (an import "
        "wiped every annotation of it without a word, a review found); restore it from the export")) for _, doc, old
        in done if old.mentions and not doc.mentions]
    links = _links_followed(corpus, folder, done, errors)
    if errors:
        raise ImportRefused(errors)
    changed = {target.name: to_json(doc).encode("utf-8") for target, doc, old in done if _content(doc) != _content(old)}
    if links is not None:
        changed[QUOTE_LINKS_FILE] = to_json(links).encode("utf-8")
    written = staging.write_all(corpus.annotations, changed)
    return Imported(written, [target for target, _, _ in done if target.name not in changed], warnings)


def _alone(folder: Path, corpus: Corpus) -> list[BratError]:
    """An error for each `<id>.txt` of a corpus document with no `<id>.ann` beside it: its `.ann` deleted, renamed
    (`.ANN`, an editor's `.ann~` or `.ann.bak` kept in its place) or never copied. The document was left out without a
    word, its edits in the renamed file lost while the import said OK."""
    found = []
    for txt in sorted(folder.glob("*.txt")):
        doc = txt.stem
        if (not present(txt.with_suffix(".ann")) and re.fullmatch(DOC_ID_PATTERN, doc)
                and (present(corpus.annotations / f"{doc}.json") or present(corpus.raw_path(doc)))):
            found.append(BratError(str(txt), 0, (
                f"no {doc}.ann beside it: the document would not be imported, its edits lost; restore or rename its "
                f".ann (brat reads <id>.ann), or remove {txt.name} to leave the document as it is")))
    return found


def _links_followed(corpus: Corpus, folder: Path, done: list[tuple[Path, Document, Document]],
                    errors: list[BratError]) -> QuoteLinks | None:
    """The corpus's quote links with the quotes the import renumbers renamed (None: nothing to rewrite), and
    an error for each linked quote the import removes or whose content it changes."""
    path = corpus.annotations / QUOTE_LINKS_FILE
    loaded = loader.load_quote_links(path, str(path), within=corpus.root)
    if loaded is None:
        return None
    if loaded.model is None or loaded.refused(older=True):
        errors.append(BratError(str(path), 0, "does not load: fix it first (vostochny validate)"))
        return None
    renamed: dict[tuple[str, str], str | None] = {}  # (document, old quote id) -> new id, None: gone
    for _, doc, old in done:
        new_ids = {tuple((c.start, c.end) for c in q.content): q.id for q in doc.quotes}
        for q in old.quotes:
            new = new_ids.get(tuple((c.start, c.end) for c in q.content))
            if new != q.id:
                renamed[(doc.id, q.id)] = new
    links, touched = [], False
    for link in loaded.model.links:
        ends = {}
        for side, end in (("a", link.a), ("b", link.b)):
            key = (end.document, end.quote)
            if key in renamed and renamed[key] is None:
                errors.append(BratError(str(folder / f"{end.document}.ann"), 0, (
                    f"removes or changes quote {end.quote}, which {QUOTE_LINKS_FILE} links ({link.id}): keep its "
                    "content, or remove the link first")))
            elif key in renamed:
                ends[side] = end.model_copy(update={"quote": renamed[key]})
        links.append(link.model_copy(update=ends))
        touched = touched or bool(ends)
    return loaded.model.model_copy(update={"links": links}) if touched else None


def _import_one(ann: Path, corpus: Corpus, registry: Registry | None, max_bytes: int,
                errors: list[BratError], warnings: list[BratError]) -> tuple[Path, Document, Document] | None:
    """(annotation file, imported document, existing document), or None with `errors` added to."""
    target, raw = corpus.annotations / f"{ann.stem}.json", corpus.raw_path(ann.stem)
    if not re.fullmatch(DOC_ID_PATTERN, ann.stem):
        errors.append(BratError(str(ann), 0, f"{ann.stem!r} is not a document id (lowercase letters, digits, hyphens)"))
        return None
    if not present(target) and not present(raw):  # said once, not as a missing raw text and a missing document
        errors.append(BratError(str(ann), 0, (
            f"no document {ann.stem!r} in the corpus (no annotations/{target.name}, no raw/{raw.name}): a file of "
            "another export, or renamed? Add the document first (vostochny new), or remove the file")))
        return None
    existing = loader.load_document(target, str(target), within=corpus.root)
    text, raw_problems = loader.load_raw(raw, str(raw), within=corpus.root)
    errors += [BratError(str(raw), p.line, p.message) for p in raw_problems]
    if existing.model is None or existing.refused(older=True) or text is None:  # an older one is imported migrated
        errors.append(BratError(str(ann), 0, f"no valid annotation file and raw text for {ann.stem!r} in the corpus; "
                                "add the document first (vostochny new), or fix it (vostochny validate)"))
        return None
    brat_txt = ann.with_suffix(".txt")
    shown = _read(brat_txt, MAX_RAW_BYTES, errors) if present(brat_txt) else None
    if shown not in (text.encode("utf-8"), None):
        errors.append(_txt_differs(brat_txt, shown, text))
        return None
    ann_bytes = _read(ann, max_bytes, errors)
    ann_text = _decode(ann, ann_bytes, errors) if ann_bytes is not None else None
    if ann_text is None:
        return None
    ann_text = ann_text.removeprefix(BOM)  # an editor's mark of UTF-8 (Notepad): no annotation of the file
    parsed, found = parse_ann(str(ann), ann_text, text)
    if found:
        errors += found
        return None
    try:
        doc, lines = build(existing.model, parsed, text)
    except ImportRefused as refused:
        errors += refused.problems
        return None
    named = _split_alone(doc, existing.model, text, registry, lines, str(ann))
    if named:
        errors += named
        return None
    doc = _linked_by_name(doc, text, registry, lines, str(ann), warnings)
    for p in document_problems(DocContext(DocumentView(doc, text), registry, ann.stem), str(target)):
        (errors if p.severity == "error" else warnings).append(_located(p, str(ann), lines))
    return target, doc, existing.model


def _split_alone(doc: Document, old: Document, text: str, registry: Registry | None,
                 lines: dict[tuple[str, int], int], ann: str) -> list[BratError]:
    """An error for each mention split off a linked entity alone (`_split_once`: recorded as another referent than
    its record) that is a name of that very record (`Kim Jong Un` recorded as not kim-jong-un), or that another
    mention of the entity was left alone with. brat removes both ends of a deleted `Coref` arc from the line (its
    `_delete_arc_equiv`), and a deleted `Coref` line leaves every mention alone: one click split two names of Kim Jong
    Un off his entity, or `a meeting` and `the meeting` off the summit's, each imported as another referent than its
    record, V242's warning said or nothing (an attack: 7 of 10 arcs deleted). A part of two or more mentions given a
    `Coref` line of their own is a split made on purpose, and kept, and so is one mention split off alone that is no
    name of the record; a mention of another referent of the record's very name named once is split in the
    annotation file, where its `distinct_from` is set by hand."""
    was = {(m.start, m.end): m.entity for m in old.mentions}
    linked = {e.id: e for e in old.entities if e.kb_id}
    sizes = Counter(m.entity for m in doc.mentions)
    imported = {e.id: e for e in doc.entities}
    split: dict[str, Entity] = {}  # imported entity of one mention -> the linked entity it was split off
    alone: Counter[str] = Counter()  # linked entity -> its mentions now alone (the one keeping the record too)
    for m in doc.mentions:
        whole = linked.get(was.get((m.start, m.end), ""))
        if whole is not None and sizes[m.entity] == 1:
            alone[whole.id] += 1
            if whole.kb_id in imported[m.entity].distinct_from:
                split[m.entity] = whole
    if not split:
        return []
    undone = doc.model_copy(update={"entities": [e.model_copy(update={"distinct_from": [
        r for r in e.distinct_from if r != split[e.id].kb_id]}) if e.id in split else e for e in doc.entities]})
    named = records_named(DocContext(DocumentView(undone, text), registry, doc.id)) if registry else {}
    errors = []
    for i, e in enumerate(doc.entities):
        whole = split.get(e.id)
        if whole is None:
            continue
        if e.id in named and whole.kb_id in named[e.id][1]:
            what = (f"{named[e.id][0]!r}, a name of {whole.kb_id}, is taken out of the Coref line of {whole.id} "
                    f"{whole.name!r} alone")
        elif alone[whole.id] > 1:
            what = (f"{e.name!r} and {alone[whole.id] - 1} other mention(s) of {whole.id} {whole.name!r} are each "
                    "taken out of its Coref line alone")
        else:
            continue
        errors.append(BratError(ann, lines.get(("entities", i), 0), (
            f"{what}, which would record {e.name!r} as another referent than {whole.kb_id}; a deleted Coref arc? "
            "(brat takes both of its ends out of the line): put it back in the line. If it really is another "
            "referent, give it a Coref line with another of its mentions, or split it in the annotation file "
            f"(kb_id null, {whole.kb_id} in its distinct_from)")))
    return errors


def _linked_by_name(doc: Document, text: str, registry: Registry | None, lines: dict[tuple[str, int], int],
                    ann: str, notes: list[BratError]) -> Document:
    """`doc` with each entity linked to no record whose name is one record's of its type linked to that record, each
    link said in `notes` at the entity's first line: brat shows no kb_id, so a name drawn there (a new entity, or a
    cluster split off a linked one) would otherwise be V355's error with no way to fix it in brat. An entity that
    is another referent of the name keeps `distinct_from` (V355 does not read a record it lists)."""
    if registry is None:
        return doc
    named = records_named(DocContext(DocumentView(doc, text), registry, doc.id))
    links = {e: (name, records[0]) for e, (name, records) in named.items() if len(records) == 1}
    if not links:
        return doc
    for i, e in enumerate(doc.entities):
        if e.id in links:
            name, record = links[e.id]
            notes.append(BratError(ann, lines.get(("entities", i), 0), (
                f"{e.id} {e.name!r} linked to {record}, the record its name {name!r} names (V355); if it is another "
                f"referent, set its kb_id to null and list {record} in its distinct_from")))
    return doc.model_copy(update={"entities": [
        e.model_copy(update={"kb_id": links[e.id][1]}) if e.id in links else e for e in doc.entities]})


def _read(path: Path, limit: int, errors: list[BratError]) -> bytes | None:
    """The bytes of a file of the brat folder: a regular file of its own, not a link (one to a file of the machine
    outside the folder was read, its lines quoted in the errors: a folder from someone else could show any file the
    user can read, `~/.ssh` included, in a log)."""
    try:
        return read_capped(path, limit, follow=False)
    except Linked:
        message = ("a symbolic link: import reads only files of the folder itself, not what a link points to; "
                   "copy the file in place of the link")
    except TooLarge:
        message = f"larger than the limit of {limit} bytes"
    except FileRefused:
        message = "not a regular file (a FIFO, a device or a folder)"
    except OSError as error:
        message = f"cannot read the file: {error.strerror or error}"
    errors.append(BratError(str(path), 0, message))
    return None


def _txt_differs(path: Path, shown: bytes, text: str) -> BratError:
    """The refusal of a brat `.txt` that is not the raw text, at its first difference (line and column, counted as
    brat counts them: code points), with what an editor's usual change looks like (a byte order mark, Windows line
    ends): brat's offsets count the `.txt` as it is, so a span drawn after the difference is off by as much."""
    raw = text.encode("utf-8")
    at = next((i for i, (a, b) in enumerate(zip(shown, raw, strict=False)) if a != b), min(len(shown), len(raw)))
    before = raw[:at].decode("utf-8", "ignore")  # whole code points of the raw text before the difference
    line, column = before.count("\n") + 1, len(before) - before.rfind("\n")
    if shown.startswith(BOM.encode("utf-8")) and not raw.startswith(BOM.encode("utf-8")):
        what = "it starts with a byte order mark (U+FEFF, added by an editor), which brat counts as a character"
    elif b"\r\n" in shown and b"\r\n" not in raw:
        what = "its line ends were changed to Windows ones (CR LF): brat counts each CR as a character"
    elif at == len(raw):
        what = f"it has {len(shown) - at} byte(s) more at the end"
    elif at == len(shown):
        what = f"it ends early, {len(raw) - at} byte(s) short"
    else:
        got = shown[at:at + 12].decode("utf-8", "replace").split("\n")[0]
        want = raw[at:at + 12].decode("utf-8", "replace").split("\n")[0]
        what = f"it reads {got!r} where the raw text reads {want!r}"
    return BratError(str(path), 0, (
        f"the .txt differs from the corpus's raw text at line {line}, column {column}: {what}; never edit the text: "
        "restore the .txt from the export (vostochny export --format brat), then draw again the spans drawn after "
        "that point"))


def _decode(path: Path, data: bytes, errors: list[BratError]) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        errors.append(BratError(str(path), line, f"not UTF-8: byte {data[error.start]:#04x} at offset {error.start}"))
        return None


def _located(p: Problem, ann: str, lines: dict[tuple[str, int], int]) -> BratError:
    """A validator problem of an imported document, at the `.ann` line of the record it is about."""
    m = _POINTER.match(p.pointer)
    line = lines.get((m.group(1), int(m.group(2))), 0) if m else 0
    return BratError(ann, line, f"{p.severity} {p.code} {p.name}: {p.message} "
                                f"(at {p.pointer or '/'} of the imported document)")


def build(doc: Document, parsed: Parsed, text: str) -> tuple[Document, dict[tuple[str, int], int]]:
    """The document with its layers replaced by the parsed brat records, and the `.ann` line of
    each record (by layer and index). Raises `ImportRefused` where taking the records would lose
    something without a word: a deleted attribute with no value to keep, a merge of two registry entities."""
    spans, refused = parsed.spans, list[BratError]()
    mention_t = sorted((t for t, s in spans.items() if s.kind == MENTION),
                       key=lambda t: (spans[t].pieces[0][0], -spans[t].pieces[0][1], spans[t].line))
    mid = {t: f"m{i}" for i, t in enumerate(mention_t, 1)}
    order = list(dict.fromkeys(parsed.cluster[t] for t in mention_t))
    eid = {c: f"e{i}" for i, c in enumerate(order, 1)}
    was = _old_mentions(doc, parsed, mention_t)
    old, split = _old_entities(doc, parsed, mention_t, was, refused)
    entities = [{"id": eid[c], "type": spans[c].type, "name": old[c][0] if c in old else _name(parsed, c, text),
                 "kb_id": old[c][1] if c in old else None,
                 "distinct_from": list(old[c][2]) if c in old else [split[c]] if c in split else []}
                for c in order]
    mentions = [{"id": mid[t], **_span(spans[t].pieces[0], text), "entity": eid[parsed.cluster[t]],
                 "kind": _kept(parsed, "Kind", t, was[t].kind if t in was else None, refused),
                 "metonymy": ("Metonymy", t) in parsed.attributes}
                for t in mention_t]
    relation_t = [r for r in parsed.relations if r[0] in RELATION_TYPES]
    relations = _relations(doc, relation_t, was, mid)
    quote_t, zone_t = (sorted((t for t, s in spans.items() if s.type == kind),
                              key=lambda t: (spans[t].pieces[0], spans[t].line)) for kind in (QUOTE, ZONE))
    quotes = [_quote(doc, parsed, t, f"q{i}", mid, text, refused) for i, t in enumerate(quote_t, 1)]
    zone_kind = {(z.start, z.end): z.kind for z in doc.zones}
    zones = [{"kind": _kept(parsed, "ZoneKind", t, zone_kind.get(spans[t].pieces[0]), refused),
              **_span(spans[t].pieces[0], text)} for t in zone_t]
    if refused:
        raise ImportRefused(refused)
    data = doc.model_dump(mode="json", by_alias=True)
    data.update(entities=entities, mentions=mentions, relations=relations, quotes=quotes, zones=zones)
    first: dict[str, int] = {}  # cluster -> line of its first mention
    for t in mention_t:
        first.setdefault(parsed.cluster[t], spans[t].line)
    lines = {("entities", i): first[c] for i, c in enumerate(order)}
    lines.update({("relations", i): r[3] for i, r in enumerate(relation_t)})
    for layer, ids in (("mentions", mention_t), ("quotes", quote_t), ("zones", zone_t)):
        lines.update({(layer, i): spans[t].line for i, t in enumerate(ids)})
    return Document.model_validate_json(json.dumps(data)), lines


def _old_mentions(doc: Document, parsed: Parsed, mention_t: list[str]) -> dict[str, Mention]:
    """Each brat mention's existing mention: the one at its span, else the one it was redrawn from. brat keeps
    the id of a redrawn span and the export numbers the mentions first (`T<n>`: the n-th), so that is the n-th
    mention, if no brat mention is at its span any more and the two overlap (brat gives a deleted span's id
    to the next one drawn)."""
    at = {(m.start, m.end): m for m in doc.mentions}
    exported = {f"T{n}": m for n, m in enumerate(doc.mentions, 1)}  # by name: an id may have 5 000 digits
    drawn = {parsed.spans[t].pieces[0] for t in mention_t}
    was = {}
    for t in mention_t:
        (start, end), numbered = parsed.spans[t].pieces[0], exported.get(t)
        if (start, end) in at:
            was[t] = at[(start, end)]
        elif numbered and (numbered.start, numbered.end) not in drawn and numbered.start < end and start < numbered.end:
            was[t] = numbered
    return was


def _relations(doc: Document, relation_t: list[tuple[str, str, str, int]], was: dict[str, Mention],
               mid: dict[str, str]) -> list[dict[str, object]]:
    """The relation records; each keeps the factuality of the existing relation of its type between the
    mentions its arguments were (brat has no place for it), through a redraw of either."""
    where = {m.id: (m.start, m.end) for m in doc.mentions}
    factuality = {(r.type, where.get(r.head), where.get(r.tail)): r.factuality for r in doc.relations}

    def before(t: str) -> tuple[int, int] | None:
        return (was[t].start, was[t].end) if t in was else None

    return [{"id": f"r{i}", "type": typ, "head": mid[a], "tail": mid[b],
             "factuality": factuality.get((typ, before(a), before(b)))}
            for i, (typ, a, b, _) in enumerate(relation_t, 1)]


def _kept(parsed: Parsed, name: str, t: str, before: str | None, refused: list[BratError]) -> str | None:
    """The value of an attribute the export writes on every span of its kind: deleted in brat, the value of
    the same annotation before; with none, an error (the model has no default, and a guess would be silent)."""
    value = parsed.attributes.get((name, t)) or before
    if value is None:
        refused.append(BratError(parsed.label, parsed.spans[t].line, (
            f"{t} has no {name} attribute and is new (no annotation of the annotation file to keep it from); "
            f"set it: one of {list(_ALWAYS[name])}")))
    return value


def _span(piece: tuple[int, int], text: str) -> dict[str, int | str]:
    return {"start": piece[0], "end": piece[1], "text": text[piece[0]:piece[1]]}


def _quote(doc: Document, parsed: Parsed, t: str, qid: str, mid: dict[str, str], text: str,
           refused: list[BratError]) -> dict[str, object]:
    """A quote record; an existing quote covering the same text is the same quote: its content pieces are
    kept (brat cannot tell an interruption at a line break from a piece split there), and its kind if deleted."""
    pieces = parsed.spans[t].pieces
    kept = {tuple(join_line_breaks([(c.start, c.end) for c in q.content], text)): q for q in doc.quotes}
    same = kept.get(tuple(pieces))
    content = [_span((c.start, c.end), text) for c in same.content] if same else [_span(p, text) for p in pieces]
    cue = parsed.ids_of(CUE_OF).get(t)
    speaker = parsed.ids_of(SPEAKER).get(t)
    return {"id": qid, "kind": _kept(parsed, "QuoteKind", t, same.kind if same else None, refused), "content": content,
            "cue": _span(parsed.spans[cue].pieces[0], text) if cue else None,
            "speaker": mid[speaker] if speaker else None, "attribution": parsed.attributes.get((ATTRIBUTION, t))}


#: each imported cluster's existing entity as (name, kb_id, distinct_from), by cluster
OldEntities = dict[str, tuple[str, str | None, tuple[str, ...]]]


def _old_entities(doc: Document, parsed: Parsed, mention_t: list[str], was: dict[str, Mention],
                  refused: list[BratError]) -> tuple[OldEntities, dict[str, str]]:
    """For each imported cluster, the (name, kb_id, distinct_from) of the existing entity its mentions were
    (`_merges_kept`); a cluster of new mentions only takes an existing entity none of whose spans is left (its
    mentions redrawn in brat) that is of its type and whose mentions its mentions overlap most. And each cluster split
    off a linked entity (`_split_once`) with that entity's record: the split says it is another referent, which its
    `distinct_from` records (its name may be the record's: V355 asks for that record)."""
    entities = {e.id: e for e in doc.entities}
    votes: dict[str, Counter[str]] = {}
    for t in mention_t:
        if t in was and was[t].entity in entities:
            votes.setdefault(parsed.cluster[t], Counter())[was[t].entity] += 1
    kept = _merges_kept(parsed, votes, was, entities, refused)
    claimed = set(kept.values())
    overlaps: Counter[tuple[str, str]] = Counter()
    for t in (t for t in mention_t if parsed.cluster[t] not in kept):
        (start, end), kind = parsed.spans[t].pieces[0], parsed.spans[t].type
        overlaps.update((parsed.cluster[t], m.entity) for m in doc.mentions if m.entity not in claimed and
                        m.entity in entities and entities[m.entity].type == kind and m.start < end and start < m.end)
    for c, old in (pair for pair, _ in overlaps.most_common()):
        if c not in kept and old not in claimed:
            kept[c] = old
            claimed.add(old)
    split = {c: link for c, v in votes.items() if c not in kept and (link := entities[v.most_common(1)[0][0]].kb_id)}
    found = {c: (entities[e].name, entities[e].kb_id, tuple(entities[e].distinct_from)) for c, e in kept.items()}
    return found, split


def _merges_kept(parsed: Parsed, votes: dict[str, Counter[str]], was: dict[str, Mention],
                 entities: dict[str, Entity], refused: list[BratError]) -> dict[str, str]:
    """The existing entity each cluster keeps, of those its mentions were: the one it shares most mentions
    with, unless the cluster merged a linked entity that no other cluster continues (a mention moved from
    one entity to another is no merge): then that one, so that the registry link is kept. A merge of entities
    linked to different records is refused: two real-world entities made one is almost surely a mistake; so is a
    merge that links an entity to the record its `distinct_from` says it is not (`South Korea's military` made one
    with `the military` of the Korean People's Army: a review found it imported, its `distinct_from` dropped)."""
    kept = {c: v.most_common(1)[0][0] for c, v in votes.items()}
    for c, v in votes.items():
        merged = [e for e in v if e != kept[c] and entities[e].kb_id and e not in kept.values()]
        linked = [e for e in (kept[c], *merged) if entities[e].kb_id]
        if len({entities[e].kb_id for e in linked}) > 1:
            refused.append(_merge_refused(parsed, c, linked, was, entities))
            continue
        if merged:
            kept[c] = linked[0]
        link = entities[kept[c]].kb_id
        denying = [e for e in v if link and link in entities[e].distinct_from]
        if denying:
            refused.append(_merge_refused(parsed, c, [denying[0], kept[c]], was, entities, distinct=True))
    return _split_once(kept, votes)


def _split_once(kept: dict[str, str], votes: dict[str, Counter[str]]) -> dict[str, str]:
    """`kept` with each existing entity kept by one cluster only: where an entity was split in brat, the part with
    most of its mentions (the first on a tie); the other parts are new entities, named by their own mentions and
    of no record (each part took the name, registry link and `distinct_from` of the whole: two entities of one
    name, or of one record, in a document, without a word)."""
    owner: dict[str, str] = {}
    for c in sorted(kept, key=lambda c: -votes[c][kept[c]]):  # sorted is stable: the first cluster on a tie
        owner.setdefault(kept[c], c)
    return {c: old for c, old in kept.items() if owner[old] == c}


def _merge_refused(parsed: Parsed, c: str, linked: list[str], was: dict[str, Mention],
                   entities: dict[str, Entity], distinct: bool = False) -> BratError:
    """The refusal of a cluster of mentions of entities linked to different registry records (`distinct`: of an
    entity and the record its `distinct_from` lists), at the first Coref line joining two of them (else the
    cluster's first), naming a mention of each."""
    first = {e: next(t for t, m in was.items() if m.entity == e and parsed.cluster[t] == c) for e in linked}
    joins = [n for refs, n in parsed.equivs if len({was[r].entity for r in refs if r in was} & set(linked)) > 1]
    line = (joins or [n for refs, n in parsed.equivs if parsed.cluster[refs[0]] == c])[0]
    named = " and ".join(f"{first[e]} (of entity {e} {entities[e].name!r}, kb_id {entities[e].kb_id})"
                         for e in linked)
    if distinct:
        return BratError(parsed.label, line, (
            f"{COREF} makes one entity of {named}, which its distinct_from says is another referent than "
            f"{entities[linked[1]].kb_id}; if they are one, remove it from distinct_from first, else undo the merge"))
    return BratError(parsed.label, line, (
        f"{COREF} makes one entity of {named}, linked to different registry records; if they are one, "
        "unlink one in the annotation file first, else undo the merge"))


def _name(parsed: Parsed, c: str, text: str) -> str:
    """A new entity's name: its first named mention, else its first mention, each run of white space and
    control characters one space (a name is plain text; `ascii` of a span of nothing else)."""
    members = [t for t, k in parsed.cluster.items() if k == c]
    named = [t for t in members if parsed.attributes.get(("Kind", t), "name") == "name"] or members
    start, end = parsed.spans[named[0]].pieces[0]
    return " ".join(_NOT_PLAIN.sub(" ", text[start:end]).split()) or ascii(text[start:end])


def _content(doc: Document) -> tuple[Counter[tuple[object, ...]], ...]:
    """What an annotation file says, without ids, order or formatting: two documents with the same
    content are the same annotation, so an unchanged document is not rewritten."""
    where = {m.id: (m.start, m.end) for m in doc.mentions}
    members: dict[str, list[tuple[int, int]]] = {}
    for m in doc.mentions:
        members.setdefault(m.entity, []).append(where[m.id])
    entity = {e.id: (e.type, e.name, e.kb_id, tuple(e.distinct_from)) for e in doc.entities}
    return (Counter((m.start, m.end, m.kind, m.metonymy, entity.get(m.entity)) for m in doc.mentions),
            Counter((*entity[e], frozenset(members.get(e, ()))) for e in entity),
            Counter((r.type, where.get(r.head), where.get(r.tail), r.factuality) for r in doc.relations),
            Counter((q.kind, tuple((c.start, c.end) for c in q.content), (q.cue.start, q.cue.end) if q.cue else None,
                     where.get(q.speaker or ""), q.attribution) for q in doc.quotes),
            Counter((z.kind, z.start, z.end) for z in doc.zones))
