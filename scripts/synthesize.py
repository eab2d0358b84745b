"""Build a large, valid synthetic corpus from the real one, for benchmarks and scale tests.

Each synthetic document recombines whole sentences of the real documents, with every annotation that lies inside a
sentence (mentions, relations, single-sentence quotes, and a direct quote's fragments in the sentence of its cue),
offsets recomputed and ids renamed, until it reaches about `--chars` characters (a sentence that holds a part of a quote
that cannot come along, its cue or a fragment across its edge, is left out: an unannotated quotation; one whose pronoun
refers to a referent that no sentence taken so far names, nor it itself, or that neither it nor the last few mention, is
passed over); each sentence a zone of its own, of the kind of the zone it lay in (a headline's a subheading; a sentence
over two zones, AP's dateline and the body after it, a body zone). Deterministic for a seed.

    python scripts/synthesize.py 2000 --out /tmp/synth --seed 1
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
from collections import Counter, deque
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from vostochny.checking.rules.group_types import group_members
from vostochny.checking.rules.mention_agreement import PRONOUN_REACH
from vostochny.checking.rules.meta import bracketed
from vostochny.model import tokenize
from vostochny.model.models import SCHEMA_VERSION, Document
from vostochny.model.serializer import to_json
from vostochny.reading.documents import corpus_registry, iter_documents
from vostochny.reading.view import DocumentView
from vostochny.writing.writer import write_text

ROOT = Path(__file__).resolve().parents[1]

#: a synthetic text is made of the real texts' sentences: their rights apply (evaluated, so no V221 warning); it
#: credits the holder of a wire credit it holds (`(Reuters)` in a byline), else no one (V232, V233)
NOTE = ("synthetic: sentences recombined from the texts of the real corpus, whose rights (each document's "
        "meta.rights) apply to them")


def credited(zones: list[dict], names: dict[str, str]) -> str | None:
    """The registry record's name of the first wire credit in a byline or dateline zone (`(AP)`: `Associated
    Press`), given the records' names and aliases (each -> its record's name); None if there is none."""
    lines = "\n".join(z["text"] for z in zones if z["kind"] in ("byline", "dateline"))
    found = (names.get(name) for name in bracketed(lines))
    return next(filter(None, found), None)


@dataclass
class Unit:
    """One sentence with the annotations that lie inside it, offsets relative to its start."""

    text: str
    tokens: list[tuple[int, int, str]]
    entities: dict[str, tuple[str, str, str | None]]  # source entity id -> (type, name, kb_id)
    groups: dict[str, str]  # source entity id of a group of linked members -> their records (`_groups`)
    mentions: list[dict]
    relations: list[dict]
    quotes: list[dict]
    kind: str = "body"  # the kind of the zone it lies in (a headline's a subheading: a synthetic text has no title)


def _within(first: int, last: int, start: int, end: int) -> bool:
    return first <= start and end <= last


def _moved(delta: int, span: dict) -> dict:
    return {**span, "start": span["start"] + delta, "end": span["end"] + delta}


def _groups(doc: Document, text: str) -> dict[str, str]:
    """Each group entity whose coordination names members that all link a record (`Kim and Putin`), and those
    records: one set of members is one group (V436), so that groups of the same members taken from two documents are
    one entity of a synthetic document."""
    view = DocumentView(doc, text)
    entities, records = view.column("mentions", "entity"), {e.id: e.kb_id for e in doc.entities}
    found = {}
    for i, members in group_members(view).items():
        linked = {None if k is None else records[entities[k]] for k in members}
        if None not in linked and len(linked) > 1:
            found[entities[i]] = "+".join(sorted(str(kb) for kb in linked))
    return found


def units(doc: Document, text: str) -> list[Unit]:
    """Cut a document into sentence units."""
    found = []
    entities = {e.id: (e.type, e.name, e.kb_id) for e in doc.entities}
    groups = _groups(doc, text)
    for s in doc.sentences:
        inside = partial(_within, s.start, s.end)
        mentions = [m.model_dump() for m in doc.mentions if inside(m.start, m.end)]
        ids = {m["id"] for m in mentions}
        quotes = [{**q.model_dump(), "content": [c.model_dump() for c in q.content if inside(c.start, c.end)]}
                  for q in doc.quotes
                  if (all(inside(c.start, c.end) for c in q.content)
                      or (q.kind == "direct" and q.cue is not None and any(inside(c.start, c.end) for c in q.content)))
                  and (q.cue is None or inside(q.cue.start, q.cue.end))
                  and (q.speaker is None or q.speaker in ids)]  # a direct quote's fragment beside its cue too (V382)
        touched = sum(1 for q in doc.quotes if any(c.start < s.end and s.start < c.end for c in q.content)
                      or (q.cue is not None and inside(q.cue.start, q.cue.end)))
        if touched > len(quotes):
            continue  # part of a quote that cannot come along (a fragment across the sentence's edge): its words and
            # its cue would be a quotation no quote annotates (V382, V404)
        shift = partial(_moved, -s.start)
        kind = next((z.kind for z in doc.zones if z.start <= s.start and s.end <= z.end), "body")
        for q in quotes:
            q["content"] = [shift(c) for c in q["content"]]
            q["cue"] = shift(q["cue"]) if q["cue"] else None
        found.append(Unit(
            text=text[s.start:s.end],
            tokens=[(a - s.start, b - s.start, t) for a, b, t in doc.tokens if inside(a, b)],
            entities={m["entity"]: entities[m["entity"]] for m in mentions},
            groups={m["entity"]: groups[m["entity"]] for m in mentions if m["entity"] in groups},
            mentions=[shift(m) for m in mentions],
            relations=[r.model_dump() for r in doc.relations if r.head in ids and r.tail in ids],
            quotes=quotes,
            kind="subheading" if kind == "headline" else kind,
        ))
    return found


def _key(unit: Unit, n: int, entity: str) -> tuple[int, str]:
    """The key of an entity of unit `n`: a linked entity's is its record (one entity across units), a group's of
    linked members their records, another's its own id in this unit."""
    kb = unit.entities[entity][2]
    return (-1, kb) if kb else (-2, unit.groups[entity]) if entity in unit.groups else (n, entity)


def _fits(unit: Unit, n: int, named: set[tuple[int, str]], recent: deque[set[tuple[int, str]]]) -> bool:
    """Whether every pronoun of unit `n` refers to a referent that a name or nominal taken so far or here names (a
    real document names its referents, V257, and every pronoun of a person or body is a mention, V384), mentioned
    again in its sentence or in one of the `recent` ones (the `PRONOUN_REACH` taken last: V375)."""
    here = Counter(_key(unit, n, m["entity"]) for m in unit.mentions)
    naming = {_key(unit, n, m["entity"]) for m in unit.mentions if m["kind"] in _NAMING}
    near = set().union(*recent)
    return all(key in named | naming and (here[key] > 1 or key in near)
               for key in (_key(unit, n, m["entity"]) for m in unit.mentions if m["kind"] == "pronoun"))


_NAMING = frozenset({"name", "nominal"})


def synthesize(pool: list[Unit], doc_id: str, rng: random.Random, chars: int, version: str,
               names: dict[str, str]) -> tuple[Document, str]:
    """One synthetic document of about `chars` characters (`names`: `credited`'s)."""
    parts, tokens, sentences, mentions, relations, quotes, zones = [], [], [], [], [], [], []
    entity_ids: dict[tuple[int, str], str] = {}
    entities = []
    named: set[tuple[int, str]] = set()  # the entities a name or nominal taken so far refers to
    recent: deque[set[tuple[int, str]]] = deque(maxlen=PRONOUN_REACH)  # those of the sentences taken last
    offset = 0
    while offset < chars:
        n = rng.randrange(len(pool))
        unit = pool[n]
        if not _fits(unit, n, named, recent):
            continue  # its pronoun's referent is named in a sentence not taken, or none taken near
        named |= {_key(unit, n, m["entity"]) for m in unit.mentions if m["kind"] in _NAMING}
        recent.append({_key(unit, n, m["entity"]) for m in unit.mentions})
        if parts:
            parts.append("\n")
            offset += 1
        prefix = f"u{len(sentences)}-"
        for key, (etype, name, kb) in unit.entities.items():
            eid = entity_ids.setdefault(_key(unit, n, key), f"e{len(entity_ids) + 1}")
            if eid not in {e["id"] for e in entities}:
                entities.append({"id": eid, "type": etype, "name": name, "kb_id": kb})
        local = {}
        for m in unit.mentions:
            local[m["id"]] = prefix + m["id"]
            mentions.append({**m, "id": local[m["id"]], "start": m["start"] + offset, "end": m["end"] + offset,
                             "entity": entity_ids[_key(unit, n, m["entity"])]})
        relations += [{**r, "id": prefix + r["id"], "head": local[r["head"]], "tail": local[r["tail"]]}
                      for r in unit.relations]
        move = partial(_moved, offset)
        quotes += [{**q, "id": prefix + q["id"], "content": [move(c) for c in q["content"]],
                    "cue": move(q["cue"]) if q["cue"] else None, "speaker": local.get(q["speaker"])}
                   for q in unit.quotes]
        tokens += [(a + offset, b + offset, t) for a, b, t in unit.tokens]
        sentences.append({"start": offset, "end": offset + len(unit.text), "text": unit.text})
        zones.append({"kind": unit.kind, "start": offset, "end": offset + len(unit.text), "text": unit.text})
        parts.append(unit.text)
        offset += len(unit.text)
    text = "".join(parts)
    outlet = credited(zones, names)
    rights = {"statement": "InC" if outlet else "UND", "holder": outlet, "note": NOTE}
    data = {"schema_version": SCHEMA_VERSION, "id": doc_id, "sha256": hashlib.sha256(text.encode()).hexdigest(),
            "length": len(text), "meta": {"outlet": outlet, "source_file": f"{doc_id}.txt", "language": "en",
                                          "rights": rights},
            "tokenizer": {"name": tokenize.NAME, "version": version}, "sentences": sentences,
            "tokens": tokens, "zones": zones, "entities": entities, "mentions": mentions, "relations": relations,
            "quotes": sorted(quotes, key=lambda q: q["content"][0]["start"])}
    return Document.model_validate_json(json.dumps(data)), text


#: the file that says a folder is a synthetic corpus this script made, which it may remove to make another
_MARK = "SYNTHETIC"


def replace_synthetic(out: Path) -> None:
    """Remove `out` if it is a synthetic corpus this script made (its `_MARK` file) or an empty folder, and
    create it: `--out .` or a typo naming another folder must not delete what a user had."""
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise SystemExit(f"{out}: not a folder")
    if out.exists() and any(out.iterdir()):
        if not (out / _MARK).is_file():
            raise SystemExit(f"{out}: exists and is no synthetic corpus made by this script (no {_MARK} file): "
                             "remove it yourself or name another --out")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of documents")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--chars", type=int, default=5000, help="approximate characters per document")
    parser.add_argument("--corpus", type=Path, default=ROOT, help="the real corpus to recombine")
    args = parser.parse_args()
    items = list(iter_documents(args.corpus))
    if not items:
        raise SystemExit(f"{args.corpus}: no document to recombine")
    # the tokens are copied, so they are held to the tokenizer version that made them (V267; the tokenizer's name
    # was once written as its module's path, which V267 did not know, and never compared them)
    versions = {item.doc.tokenizer.version for item in items}
    if len(versions) != 1 or any(item.doc.tokenizer.name != tokenize.NAME for item in items):
        raise SystemExit(f"{args.corpus}: the documents' tokens come from more than one tokenizer or version, or "
                         f"another than {tokenize.NAME}: {sorted(versions)}")
    if any(item.doc.tokenizer.corrections or item.doc.tokenizer.sentence_corrections for item in items):
        raise SystemExit(f"{args.corpus}: a document's tokens or sentences were corrected by hand (copied, they would "
                         "be corrections not recorded, V267, V283): recombine uncorrected ones")
    pool = [u for item in items for u in units(item.doc, item.text) if u.mentions]
    rng = random.Random(args.seed)
    replace_synthetic(args.out)
    (args.out / _MARK).write_text("made by scripts/synthesize.py: replaced whole when it is run again\n")
    ids = [f"synthetic-{i:06d}" for i in range(args.n)]
    registry = corpus_registry(args.corpus)
    names = {name: record.name for record in registry.entities for name in (record.name, *record.aliases)}
    for i, doc_id in enumerate(ids):
        doc, text = synthesize(pool, doc_id, rng, args.chars, *versions, names)
        write_text(args.out / "raw" / f"{doc_id}.txt", text, durable=False)
        write_text(args.out / "annotations" / f"{doc_id}.json", to_json(doc), durable=False)
        if (i + 1) % 1000 == 0:
            print(f"  {i + 1}/{args.n} documents")
    write_text(args.out / "annotations" / "entities.json", to_json(registry))
    write_text(args.out / "annotations" / "splits.json",
               json.dumps({"schema_version": SCHEMA_VERSION, "train": ids, "validation": [], "test": []}) + "\n")
    print(f"wrote {args.n} documents to {args.out}")


if __name__ == "__main__":
    main()
