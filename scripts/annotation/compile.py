"""Build the annotation layers of each document from its annotation spec.

An annotation pass is a folder of spec modules, one per document (`<pass>/<doc_id>.py`), that
name every span by its context (see `locate.py`), never by offsets. This script locates each
span, asserts its text, numbers the records in text order, and writes the layers into the
document's base file (tokens, sentences and metadata are kept as they are).

    python scripts/annotation/compile.py gold --out annotations
    python scripts/annotation/compile.py second --out build/second/annotations

Spec module contents (all optional except ENTITIES and MENTIONS):
    ENTITIES  = {key: (type, name, kb_id or None) or (type, name, None, [registry ids it is distinct from])}
    REGISTRY  = {kb_id: (type, canonical name)}        # records this document introduces

Each record's Wikidata link comes from `wikidata_evidence.json` (verified with its sources, no-entry, or
unverified); a record the file does not list is unverified.
    MENTIONS  = [(key, context, entity key, kind) or (..., kind, "metonymy") or (..., kind, "typo")]

A mention flagged "typo" is a misspelt name in the text (`Shogu`, `Kim Putin`): it links to the
right record but is no alias of it; neither is a metonymic mention (`Moscow` for Russia): aliases
are other names of the referent itself (guidelines, hard case 21 and section 2). An unlinked entity
whose nominals share their words with nominals linked elsewhere but that is another referent lists
those records as its fourth element, `distinct_from` (guidelines, hard case 46; V321).
    RELATIONS = [(type, head mention key, tail mention key, factuality)]
    QUOTES    = [(kind, [content contexts], cue context or None, speaker mention key or None, attribution)]

The factuality of a relation and the attribution type of a quote (schema 1.4.0, docs/guidelines.md) may be
left out of a tuple: the record is then written without them (null), which V235 and V236 report.
    ZONES     = [(kind, context)]

A whole pass (no --only) also builds `quote_links.json` from `links/<pass>.py` when it exists (see
`quote_links.py`: each quote named by a context inside its content), and removes a `quote_links.json`
left in --out when it does not. With --only, a `quote_links.json` in --out is rebuilt too (the document may
renumber its quotes), the other documents read as --out holds them. Nothing is written unless every
document, the registry and the links build.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from locate import locate  # noqa: E402
from quote_links import Compiled, build_links, previously_compiled, read_links  # noqa: E402
from registry import REGISTRY  # noqa: E402

from vostochny.model.models import SCHEMA_VERSION, Document, Registry, RegistryEntity  # noqa: E402
from vostochny.reading import loader  # noqa: E402
from vostochny.reading.corpus import QUOTE_LINKS_FILE  # noqa: E402

EVIDENCE = HERE / "wikidata_evidence.json"
from vostochny.model.serializer import to_json  # noqa: E402
from vostochny.writing import staging  # noqa: E402


def load_spec(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem.replace("-", "_"), path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def span(text: str, context: str, bounds: tuple[set[int], set[int]]) -> dict:
    """The located span of `context`, which must start and end on the given token boundaries."""
    start, end = locate(text, context)
    if start not in bounds[0] or end not in bounds[1]:
        raise SystemExit(f"span {text[start:end]!r} does not fall on token boundaries: {context!r}")
    return {"start": start, "end": end, "text": text[start:end]}


def build_layers(text: str, spec: ModuleType, tokens: list) -> dict:
    """Locate every span of `spec` and return the layers with ids in text order."""
    bounds = ({t[0] for t in tokens}, {t[1] for t in tokens})
    raw = [(key, span(text, ctx, bounds), ent, kind, "metonymy" in flags)
           for key, ctx, ent, kind, *flags in spec.MENTIONS]
    if any(set(m[4:]) - {"metonymy", "typo"} for m in spec.MENTIONS):
        raise SystemExit(f"{spec.__name__}: unknown mention flag (metonymy, typo)")
    raw.sort(key=lambda m: (m[1]["start"], -m[1]["end"]))
    keys = [m[0] for m in raw]
    if len(set(keys)) != len(keys):
        raise SystemExit(f"{spec.__name__}: duplicate mention keys")
    mid = {key: f"m{i}" for i, key in enumerate(keys, 1)}
    order = list(dict.fromkeys(m[2] for m in raw))
    unused = set(spec.ENTITIES) - set(order)
    if unused:
        raise SystemExit(f"{spec.__name__}: entities without mentions: {sorted(unused)}")
    eid = {key: f"e{i}" for i, key in enumerate(order, 1)}
    entities = [
        {"id": eid[k], "type": spec.ENTITIES[k][0], "name": spec.ENTITIES[k][1], "kb_id": spec.ENTITIES[k][2],
         "distinct_from": sorted(spec.ENTITIES[k][3]) if len(spec.ENTITIES[k]) > 3 else []}
        for k in order
    ]
    mentions = [
        {"id": mid[k], **s, "entity": eid[e], "kind": kind, "metonymy": meto} for k, s, e, kind, meto in raw
    ]
    relations = [
        {"id": f"r{i}", "type": t, "head": mid[h], "tail": mid[tl], "factuality": (rest or [None])[0]}
        for i, (t, h, tl, *rest) in enumerate(getattr(spec, "RELATIONS", []), 1)
    ]
    quotes = []
    for kind, contents, cue, speaker, *rest in getattr(spec, "QUOTES", []):
        parts = sorted((span(text, c, bounds) for c in contents), key=lambda s: s["start"])
        quotes.append({"kind": kind, "content": parts, "cue": span(text, cue, bounds) if cue else None,
                       "speaker": mid[speaker] if speaker else None, "attribution": (rest or [None])[0]})
    quotes.sort(key=lambda q: q["content"][0]["start"])
    quotes = [{"id": f"q{i}", **q} for i, q in enumerate(quotes, 1)]
    zones = sorted(({"kind": k, **span(text, c, bounds)} for k, c in getattr(spec, "ZONES", [])),
                   key=lambda z: z["start"])
    return {"entities": entities, "mentions": mentions, "relations": relations, "quotes": quotes, "zones": zones}


def wikidata_links() -> dict[str, dict]:
    """Each record's Wikidata link from the evidence file: a QID only where two sources are recorded, with
    them (where each was found and what it shows: V336-V338 check them), the class only where a source shows
    it; a record the file does not list is unverified."""
    links = {}
    for kb, ev in json.loads(EVIDENCE.read_text(encoding="utf-8"))["records"].items():
        if ev["status"] == "verified":
            if len(ev["sources"]) < 2:
                raise SystemExit(f"{EVIDENCE.name}: {kb} is verified with fewer than two sources")
            sources = [{"where": source["where"], "what": source["what"]} for source in ev["sources"]]
            links[kb] = {"status": "verified", "qid": ev["qid"], "instance_of": ev.get("class"), "sources": sources}
        else:
            links[kb] = {"status": ev["status"]}
    return links


def build_registry(specs: list[tuple[ModuleType, dict]]) -> Registry:
    """Merge the registry records of all specs; aliases are the literal, correctly spelt names used
    for each record (no metonymic mention, no mention flagged "typo"), misspellings the texts of the mentions
    flagged "typo"."""
    records: dict[str, tuple[str, str]] = dict(REGISTRY)
    aliases: dict[str, set[str]] = {}
    misspellings: dict[str, set[str]] = {}  # a misspelt name mention's text: no alias, but a name V281 accepts
    for spec, layers in specs:
        for kb, (etype, name) in getattr(spec, "REGISTRY", {}).items():
            if records.setdefault(kb, (etype, name))[0] != etype:
                raise SystemExit(f"registry {kb}: type {etype} vs {records[kb][0]}")
        kb_of = {e["id"]: e["kb_id"] for e in layers["entities"]}
        typos = {ctx.split("[[")[1].split("]]")[0] for _, ctx, _, _, *flags in spec.MENTIONS
                 if "typo" in flags}
        for m in layers["mentions"]:
            if m["kind"] == "name" and kb_of[m["entity"]] and not m["metonymy"]:
                kept = misspellings if m["text"] in typos else aliases
                kept.setdefault(kb_of[m["entity"]], set()).add(m["text"])
    links = wikidata_links()
    entities = [
        RegistryEntity.model_validate({"id": kb, "type": t, "name": n, "aliases": sorted(aliases.get(kb, set()) - {n}),
                                       "misspellings": sorted(misspellings.get(kb, set()) - {n} - aliases.get(kb, set())
                                                              ),
                                       "wikidata": links.get(kb, {"status": "unverified"})})
        for kb, (t, n) in sorted(records.items())
    ]
    return Registry(schema_="../schema/v1/registry.schema.json", schema_version=SCHEMA_VERSION, entities=entities)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("annotation_pass", help="folder name under scripts/annotation/")
    parser.add_argument("--corpus", type=Path, default=Path())
    parser.add_argument("--out", type=Path, required=True, help="annotations folder to write")
    parser.add_argument("--only", help="compile this one document, by its exact id (no registry; a quote_links.json "
                        "in --out is rebuilt against it)")
    parser.add_argument("--specs", type=Path, default=HERE,
                        help="the folder of the pass folders and of links/ (default: scripts/annotation)")
    args = parser.parse_args()
    done, written, compiled = [], {}, {}
    folder = args.specs / args.annotation_pass
    if args.only and not (folder / f"{args.only}.py").is_file():  # exactly one document, never a pattern
        raise SystemExit(f"--only {args.only}: no spec {folder / (args.only + '.py')}")
    for path in [folder / f"{args.only}.py"] if args.only else sorted(folder.glob("*.py")):
        doc_id = path.stem
        loaded = loader.load_document(args.corpus / "annotations" / f"{doc_id}.json", doc_id)
        if loaded.model is None:
            raise SystemExit(f"{doc_id}: the base annotation file does not load: {loaded.problems[0].message}")
        base = loaded.model.model_dump(mode="json", by_alias=True)
        text = loader.read_raw(args.corpus / "raw" / f"{doc_id}.txt")
        spec = load_spec(path)
        layers = build_layers(text, spec, base["tokens"])
        known = REGISTRY | getattr(spec, "REGISTRY", {})
        missing = {e["kb_id"] for e in layers["entities"]} - set(known) - {None}
        if missing:
            raise SystemExit(f"{doc_id}: kb_id not in registry.py nor the spec's REGISTRY: {sorted(missing)}")
        doc = Document.model_validate_json(json.dumps({**base, **layers}))
        written[args.out / f"{doc_id}.json"] = to_json(doc)
        done.append((spec, layers))
        compiled[doc_id] = Compiled(text, layers["quotes"])
        print(f"{doc_id}: {len(layers['mentions'])} mentions, {len(layers['relations'])} relations, "
              f"{len(layers['quotes'])} quotes, {len(layers['zones'])} zones")
    links_path = args.specs / "links" / f"{args.annotation_pass}.py"
    stale = None
    if not args.only:  # the registry and the links are built before anything is written: a mistake writes nothing
        registry = build_registry(done)
        used = {e["kb_id"] for _, layers in done for e in layers["entities"]}
        registry = registry.model_copy(update={"entities": [e for e in registry.entities if e.id in used]})
        written[args.out / "entities.json"] = to_json(registry)
        if links_path.exists():
            links = build_links(read_links(links_path), compiled, used - {None}, f"links/{links_path.name}")
            written[args.out / QUOTE_LINKS_FILE] = to_json(links)
            print(f"{QUOTE_LINKS_FILE}: {len(links.links)} links")
        else:  # the pass has no links: none may be left from before
            stale = args.out / QUOTE_LINKS_FILE
    elif links_path.exists() and (args.out / QUOTE_LINKS_FILE).exists():  # --only may renumber a linked quote
        others = previously_compiled(read_links(links_path), compiled, args.out, args.corpus)
        registry = loader.load_registry(args.out / "entities.json", "entities.json").model
        known = {e.id for e in registry.entities} if registry else set()
        links = build_links(read_links(links_path), {**others, **compiled}, known, f"links/{links_path.name}")
        written[args.out / QUOTE_LINKS_FILE] = to_json(links)
        print(f"{QUOTE_LINKS_FILE}: {len(links.links)} links (the other documents as --out holds them)")
    try:  # all together: a failed write leaves no document renumbered beside the old links
        staging.write_all(args.out, {path.name: data.encode("utf-8") for path, data in written.items()})
    except OSError as error:
        raise SystemExit(f"{args.out}: nothing written: {error}") from None
    if stale is not None and stale.exists():
        stale.unlink()
        print(f"{QUOTE_LINKS_FILE}: removed (no links/{links_path.name})")


if __name__ == "__main__":
    main()
