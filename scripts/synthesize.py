"""Build a large, valid synthetic corpus from the real one, for benchmarks and scale tests.

Each synthetic document recombines whole sentences of the real documents, with every annotation
that lies inside a sentence (mentions, relations, single-sentence quotes, and a direct quote's fragments in the
sentence of its cue), offsets recomputed and
ids renamed (a pronoun whose referent is mentioned in no sentence near it left out), until it reaches about
`--chars` characters; each sentence a zone of its own, of the kind
of the zone it lay in (a headline's a subheading; a sentence over two zones, AP's dateline and the body
after it, a body zone). Deterministic for a seed.

    python scripts/synthesize.py 2000 --out /tmp/synth --seed 1
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from vostochny.checking.rules.meta import bracketed
from vostochny.model import tokenize
from vostochny.model.models import SCHEMA_VERSION, Document
from vostochny.model.serializer import to_json
from vostochny.reading.documents import corpus_registry, iter_documents
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
    mentions: list[dict]
    relations: list[dict]
    quotes: list[dict]
    kind: str = "body"  # the kind of the zone it lies in (a headline's a subheading: a synthetic text has no title)


def _within(first: int, last: int, start: int, end: int) -> bool:
    return first <= start and end <= last


def _moved(delta: int, span: dict) -> dict:
    return {**span, "start": span["start"] + delta, "end": span["end"] + delta}


def units(doc: Document, text: str) -> list[Unit]:
    """Cut a document into sentence units."""
    found = []
    entities = {e.id: (e.type, e.name, e.kb_id) for e in doc.entities}
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
        shift = partial(_moved, -s.start)
        kind = next((z.kind for z in doc.zones if z.start <= s.start and s.end <= z.end), "body")
        for q in quotes:
            q["content"] = [shift(c) for c in q["content"]]
            q["cue"] = shift(q["cue"]) if q["cue"] else None
        found.append(Unit(
            text=text[s.start:s.end],
            tokens=[(a - s.start, b - s.start, t) for a, b, t in doc.tokens if inside(a, b)],
            entities={m["entity"]: entities[m["entity"]] for m in mentions},
            mentions=[shift(m) for m in mentions],
            relations=[r.model_dump() for r in doc.relations if r.head in ids and r.tail in ids],
            quotes=quotes,
            kind="subheading" if kind == "headline" else kind,
        ))
    return found


#: the sentences before a pronoun's own in which a real document mentions its referent (V375)
REACH = 3


def _far(mentions: list[dict], sentence: dict[str, int]) -> set[str]:
    """The pronouns whose entity has no other mention kept in their sentence or the `REACH` before it (their
    referent was named in a sentence not taken: a real document mentions it near, V375), dropped until none is left:
    a pronoun may have leant on one dropped."""
    gone: set[str] = set()
    while True:
        at: dict[tuple[str, int], int] = {}
        for m in mentions:
            if m["id"] not in gone:
                at[m["entity"], sentence[m["id"]]] = at.get((m["entity"], sentence[m["id"]]), 0) + 1
        far = {m["id"] for m in mentions if m["kind"] == "pronoun" and m["id"] not in gone
               and at[m["entity"], sentence[m["id"]]] < 2
               and not any((m["entity"], sentence[m["id"]] - k) in at for k in range(1, REACH + 1))}
        if not far:
            return gone
        gone |= far


def _named_only(entities: list[dict], mentions: list[dict], relations: list[dict], quotes: list[dict],
                sentence: dict[str, int]) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """Without the pronouns far from their entity's other mentions (`_far`), the entities whose mentions here are
    then all pronouns (their name was in a sentence not taken: a real document names its referents, V257), their
    mentions, the relations on them, and them as speakers (`sentence`: each mention's sentence)."""
    far = _far(mentions, sentence)
    named = {m["entity"] for m in mentions if m["kind"] != "pronoun"}
    gone = far | {m["id"] for m in mentions if m["entity"] not in named}
    return ([e for e in entities if e["id"] in named], [m for m in mentions if m["id"] not in gone],
            [r for r in relations if r["head"] not in gone and r["tail"] not in gone],
            [{**q, "speaker": None} if q["speaker"] in gone else q for q in quotes])


def synthesize(pool: list[Unit], doc_id: str, rng: random.Random, chars: int, version: str,
               names: dict[str, str]) -> tuple[Document, str]:
    """One synthetic document of about `chars` characters (`names`: `credited`'s)."""
    parts, tokens, sentences, mentions, relations, quotes, zones = [], [], [], [], [], [], []
    entity_ids: dict[tuple[int, str], str] = {}
    sentence: dict[str, int] = {}  # mention id -> its sentence
    entities = []
    offset = 0
    while offset < chars:
        n = rng.randrange(len(pool))
        unit = pool[n]
        if parts:
            parts.append("\n")
            offset += 1
        prefix = f"u{len(sentences)}-"
        for key, (etype, name, kb) in unit.entities.items():
            eid = entity_ids.setdefault((n if kb is None else -1, kb or key), f"e{len(entity_ids) + 1}")
            if eid not in {e["id"] for e in entities}:
                entities.append({"id": eid, "type": etype, "name": name, "kb_id": kb})
        local = {}
        for m in unit.mentions:
            local[m["id"]] = prefix + m["id"]
            sentence[local[m["id"]]] = len(sentences)
            key = (-1, unit.entities[m["entity"]][2]) if unit.entities[m["entity"]][2] else (n, m["entity"])
            mentions.append({**m, "id": local[m["id"]], "start": m["start"] + offset, "end": m["end"] + offset,
                             "entity": entity_ids[key]})
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
    entities, mentions, relations, quotes = _named_only(entities, mentions, relations, quotes, sentence)
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
