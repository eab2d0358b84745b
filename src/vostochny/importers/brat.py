"""`vostochny import brat DIR`: read a brat folder (as written by `export --format brat`, then edited
in brat or INCEpTION) back into the corpus's annotation files.

What brat does not carry (tokens, sentences, metadata, entity names, kb_ids) is kept from the
existing annotation file: an imported cluster takes the name and kb_id of the existing entity it
shares most mentions with. Records are numbered in the corpus's canonical order (mentions by
position, entities by first mention, quotes by first fragment), so an unedited round trip gives
back the same files. Every problem is reported with file and line, and nothing is written unless
every document imports cleanly.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .. import loader
from ..corpus import open_corpus
from ..export.brat import COREF, CUE, CUE_OF, QUOTE, SPEAKER, ZONE
from ..labels import ENTITY_TYPES, MENTION_KINDS, QUOTE_KINDS, RELATION_TYPES, ZONE_KINDS
from ..models import Document
from ..serializer import to_json
from ..writer import write_text

_SPAN_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$")
_REL_LINE = re.compile(r"^(R\d+)\t(\S+) Arg1:(T\d+) Arg2:(T\d+)$")
_ATTR_LINE = re.compile(r"^(A\d+)\t(\S+) (T\d+)(?: (\S+))?$")
_EQUIV_LINE = re.compile(r"^\*\t(\S+)((?: T\d+)+)$")
_ATTR_VALUES = {"Kind": MENTION_KINDS, "QuoteKind": QUOTE_KINDS, "ZoneKind": ZONE_KINDS, "Metonymy": None}


@dataclass
class BratError:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class Parsed:
    """One `.ann` file's records, by brat id, with the line each came from."""

    spans: dict[str, tuple[str, list[tuple[int, int]], int]] = field(default_factory=dict)
    relations: list[tuple[str, str, str, int]] = field(default_factory=list)
    attributes: dict[tuple[str, str], str | None] = field(default_factory=dict)
    equivs: list[tuple[list[str], int]] = field(default_factory=list)


def parse_ann(path: Path, text: str, errors: list[BratError]) -> Parsed:
    """Parse an `.ann` file, checking types, offsets and references line by line."""
    parsed = Parsed()
    label = str(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        if m := _SPAN_LINE.match(line):
            _span(parsed, m, n, text, label, errors)
        elif m := _REL_LINE.match(line):
            if m.group(2) not in (*RELATION_TYPES, CUE_OF, SPEAKER):
                errors.append(BratError(label, n, f"unknown relation type {m.group(2)!r}"))
            parsed.relations.append((m.group(2), m.group(3), m.group(4), n))
        elif m := _ATTR_LINE.match(line):
            _attribute(parsed, m, n, label, errors)
        elif m := _EQUIV_LINE.match(line):
            if m.group(1) != COREF:
                errors.append(BratError(label, n, f"unknown equivalence {m.group(1)!r} (only {COREF})"))
            parsed.equivs.append((m.group(2).split(), n))
        else:
            errors.append(BratError(label, n, f"cannot read this line (events and notes are not imported): {line[:60]!r}"))
    for refs, n in [([a, b], n) for _, a, b, n in parsed.relations] + parsed.equivs:
        for ref in refs:
            if ref not in parsed.spans:
                errors.append(BratError(label, n, f"{ref} is not a text-bound annotation of this file"))
    return parsed


def _span(parsed: Parsed, m: re.Match, n: int, text: str, label: str, errors: list[BratError]) -> None:
    tid, type_, offsets, shown = m.groups()
    pieces = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
    if type_ not in (*ENTITY_TYPES, QUOTE, CUE, ZONE):
        errors.append(BratError(label, n, f"unknown type {type_!r}; see annotation.conf"))
    if len(pieces) > 1 and type_ != QUOTE:
        errors.append(BratError(label, n, f"{type_} spans cannot be discontinuous (only {QUOTE} can)"))
    for start, end in pieces:
        if not 0 <= start < end <= len(text):
            errors.append(BratError(label, n, f"offsets {start} {end} are outside the text ({len(text)} characters)"))
            return
    if " ".join(text[s:e] for s, e in pieces) != shown:
        errors.append(BratError(label, n, f"text {shown!r} differs from the .txt at those offsets"))
    parsed.spans[tid] = (type_, pieces, n)  # type: ignore[assignment]


def _attribute(parsed: Parsed, m: re.Match, n: int, label: str, errors: list[BratError]) -> None:
    _, name, target, value = m.groups()
    if name not in _ATTR_VALUES:
        errors.append(BratError(label, n, f"unknown attribute {name!r}"))
    elif _ATTR_VALUES[name] is not None and value not in _ATTR_VALUES[name]:  # type: ignore[operator]
        errors.append(BratError(label, n, f"{name} value {value!r} is not one of {list(_ATTR_VALUES[name])}"))
    parsed.attributes[(name, target)] = value


def build(doc: Document, parsed: Parsed, text: str) -> Document:
    """The document with its layers replaced by the parsed brat records."""
    mention_t = sorted((t for t, (typ, _, _) in parsed.spans.items() if typ in ENTITY_TYPES),
                       key=lambda t: (parsed.spans[t][1][0][0], -parsed.spans[t][1][0][1]))
    mid = {t: f"m{i}" for i, t in enumerate(mention_t, 1)}
    cluster = {t: t for t in mention_t}
    for refs, _ in parsed.equivs:
        for ref in refs[1:]:
            for t, c in cluster.items():
                if c == cluster.get(ref):
                    cluster[t] = cluster[refs[0]]
    order = list(dict.fromkeys(cluster[t] for t in mention_t))
    eid = {c: f"e{i}" for i, c in enumerate(order, 1)}
    old_entity = _old_entities(doc, parsed, mention_t, cluster)
    entities = [{"id": eid[c], "type": parsed.spans[c][0], "name": old_entity.get(c, ("", None))[0] or _name(parsed, c, cluster, text),
                 "kb_id": old_entity.get(c, (None, None))[1]} for c in order]
    mentions = []
    for t in mention_t:
        (start, end), = parsed.spans[t][1]
        mentions.append({"id": mid[t], "start": start, "end": end, "text": text[start:end], "entity": eid[cluster[t]],
                         "kind": parsed.attributes.get(("Kind", t), "name"), "metonymy": ("Metonymy", t) in parsed.attributes})
    relations = [{"id": f"r{i}", "type": typ, "head": mid[a], "tail": mid[b]} for i, (typ, a, b, _) in
                 enumerate((r for r in parsed.relations if r[0] in RELATION_TYPES), 1)]
    quotes = _quotes(parsed, mid, text)
    zones = sorted(({"kind": parsed.attributes.get(("ZoneKind", t), "body"), "start": p[0][0], "end": p[0][1],
                     "text": text[p[0][0]:p[0][1]]} for t, (typ, p, _) in parsed.spans.items() if typ == ZONE),
                   key=lambda z: z["start"])
    data = doc.model_dump(mode="json", by_alias=True)
    data.update(entities=entities, mentions=mentions, relations=relations, quotes=quotes, zones=zones)
    return Document.model_validate_json(__import__("json").dumps(data))


def _old_entities(doc: Document, parsed: Parsed, mention_t: list[str], cluster: dict[str, str]) -> dict[str, tuple[str, str | None]]:
    """For each imported cluster, the (name, kb_id) of the existing entity sharing most mention spans."""
    by_span = {(m.start, m.end): m.entity for m in doc.mentions}
    entities = {e.id: (e.name, e.kb_id) for e in doc.entities}
    votes: dict[str, Counter] = {}
    for t in mention_t:
        old = by_span.get(tuple(parsed.spans[t][1][0]))  # type: ignore[arg-type]
        if old:
            votes.setdefault(cluster[t], Counter())[old] += 1
    return {c: entities[v.most_common(1)[0][0]] for c, v in votes.items()}


def _name(parsed: Parsed, c: str, cluster: dict[str, str], text: str) -> str:
    members = [t for t, k in cluster.items() if k == c]
    named = [t for t in members if parsed.attributes.get(("Kind", t), "name") == "name"] or members
    (start, end), = parsed.spans[named[0]][1]
    return text[start:end]


def _quotes(parsed: Parsed, mid: dict[str, str], text: str) -> list[dict]:
    cues = {a: b for typ, a, b, _ in parsed.relations if typ == CUE_OF}
    speakers = {a: b for typ, a, b, _ in parsed.relations if typ == SPEAKER}
    quotes = []
    for t, (typ, pieces, _) in parsed.spans.items():
        if typ != QUOTE:
            continue
        cue = parsed.spans[cues[t]][1][0] if t in cues else None
        quotes.append({"kind": parsed.attributes.get(("QuoteKind", t), "direct"),
                       "content": [{"start": s, "end": e, "text": text[s:e]} for s, e in sorted(pieces)],
                       "cue": {"start": cue[0], "end": cue[1], "text": text[cue[0]:cue[1]]} if cue else None,
                       "speaker": mid.get(speakers.get(t, ""))})
    quotes.sort(key=lambda q: q["content"][0]["start"])
    return [{"id": f"q{i}", **q} for i, q in enumerate(quotes, 1)]


def import_brat(folder: Path, root: Path) -> tuple[list[Path], list[BratError]]:
    """Import every `.ann` of `folder` into the corpus at `root`; write only if all are clean."""
    corpus = open_corpus(root)
    errors: list[BratError] = []
    results = []
    anns = sorted(folder.glob("*.ann"))
    if not anns:
        errors.append(BratError(str(folder), 0, "no .ann files here"))
    for ann in anns:
        target = corpus.annotations / f"{ann.stem}.json"
        existing = loader.load_document(target, str(target))
        text = loader.read_raw(corpus.raw_path(ann.stem))
        if existing.model is None or text is None:
            errors.append(BratError(str(ann), 0, f"no valid annotation file and raw text for {ann.stem!r} in {corpus.root}; "
                                    "add the document first (vostochny new)"))
            continue
        brat_txt = ann.with_suffix(".txt")
        if brat_txt.exists() and loader.read_raw(brat_txt) != text:
            errors.append(BratError(str(brat_txt), 0, "the .txt differs from the corpus's raw text; never edit the text"))
            continue
        before = len(errors)
        parsed = parse_ann(ann, text, errors)
        if len(errors) == before:
            results.append((target, build(existing.model, parsed, text)))
    if errors:
        return [], errors
    for target, doc in results:
        write_text(target, to_json(doc))
    return [t for t, _ in results], []
