"""Sweep every single edit of one kind over the corpus and list the edits the validator accepts: a measure of
false accepts, run by hand (not a test: some accepted edits are right too, a relation that reads both ways, a
speaker named twice in one sentence), so that each survivor is read and either decided by a rule or recorded as
undecidable in docs/robustness.md.

    python scripts/attack.py [--sweep NAME ...] [--doc ID ...] [--corpus .] [--jobs 2] [--json OUT] [--quiet] [--whole]

Each sweep makes every edit of its kind to each document of `annotations/` (one edit a time, the rest of the
document as annotated) and validates the edited bytes with `validate_document_bytes` and the corpus's registry,
as `vostochny validate` would see that one file. An edit survives when it adds no error; with `--whole`, each survivor
is validated again as part of the whole corpus (a scratch copy), so that the corpus rules (V429: one place's metonyms
across documents) judge it too. Sweeps (`SWEEPS`):

- relation-type: a relation retyped to every other type;  relation-swap: its head and tail swapped;
- factuality: a relation's factuality set to every other value (null too);
- entity-type: an entity retyped to every other type;  mention-kind: a mention's kind to every other kind;
- metonymy: a mention's metonymy flag flipped;
- chain-split: a mention of an entity of several mentions moved to an entity of its own (the entity's type, the
  mention's words as name, no knowledge-base id); chain-merge: a mention moved to every other entity of its type;
- speaker: a quote's speaker moved to every mention of another entity in the cue's sentence, or set to none;
- attribution: a quote's attribution set to every other value (null too);  quote-kind: to every other kind;
- cue: a quote's cue moved to every other word token of its sentence outside the content;
- zone-kind: a zone relabelled with every other kind;  zone-merge: two adjacent zones made one (the first's kind);
- relation-argument: a relation's head moved to every other mention of its arguments' sentence(s) (not the tail's
  own), then its tail; a move to another mention of the same entity is listed apart (`same-entity ...`);
- mention-boundary: a mention's start moved one token left or right, and its end (each move that keeps start < end
  and the mention in its sentence; `text` read again from the raw text);
- quote-boundary: the same for each fragment of a quote's content (kept in the sentences it spans) and its cue;
- sentence-boundary: for each two adjacent sentences, their shared boundary moved one token left and one right, the
  two merged, and each sentence split: after every token that could end a sentence (one that ends in a final mark,
  `.`, `?`, `!`, `…`, `:` or `;`, or is a closing quote or bracket), before every token that could open one (a
  capital, a digit, an opening quote or bracket), and after every fifth other token (a sample, to keep the sweep
  fast); each edit twice, `tokenizer.sentence_corrections` as it was and raised by the starts it adds or removes
  (a boundary moved is two, a merge or a split one: described `counted`), the sentences' text read again;
- zone-boundary: for each two adjacent zones, the boundary between them moved one line left and one right (each
  zone keeps a line; described `line<`, `line>`), and one token left and one right inside the line (`token<`,
  `token>`), the zones' text read again.

Prints, for each sweep, the edits tried, refused and surviving, and each survivor with the words it touches;
`--json` writes every survivor as a record. Exit status 0 (a measure, not a check).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

Doc = dict[str, Any]
Edit = tuple[str, Doc]  # what was changed, in words; the edited document


def _replaced(items: list[Any], k: int, item: Any) -> list[Any]:
    """`items` with its `k`-th item replaced (the original list untouched)."""
    return [*items[:k], item, *items[k + 1:]]


def _mentions(doc: Doc) -> dict[str, Doc]:
    return {m["id"]: m for m in doc["mentions"]}


def _sentence_finder(doc: Doc) -> Callable[[int], Doc | None]:
    """The sentence of `doc` (a document of the packaged corpus, its sentences in order and apart) that holds an
    offset, or None: found by bisecting their starts, once sorted, not by reading every sentence for each quote."""
    sentences = doc["sentences"]
    starts = [s["start"] for s in sentences]

    def sentence_of(offset: int) -> Doc | None:
        k = bisect_right(starts, offset) - 1
        return sentences[k] if k >= 0 and offset < sentences[k]["end"] else None

    return sentence_of


def _relabelled(doc: Doc, layer: str, field: str, values: Iterable[Any],
                describe: Callable[[Doc], str]) -> Iterator[Edit]:
    """Each item of `layer` with its `field` set to every other of `values`, described as `describe(item)` says."""
    for k, item in enumerate(doc[layer]):
        for value in values:
            if value != item.get(field):
                yield (f"{describe(item)} {field} {item.get(field)}->{value}",
                       {**doc, layer: _replaced(doc[layer], k, {**item, field: value})})


def relation_type(doc: Doc, text: str) -> Iterator[Edit]:
    from vostochny.model.labels import RELATION_TYPES
    by_id = _mentions(doc)
    yield from _relabelled(doc, "relations", "type", RELATION_TYPES, lambda rel: (
        f"{rel['id']} [{by_id[rel['head']]['text']}] {rel['type']} [{by_id[rel['tail']]['text']}]:"))


def relation_swap(doc: Doc, text: str) -> Iterator[Edit]:
    by_id = _mentions(doc)
    for k, rel in enumerate(doc["relations"]):
        yield (f"{rel['id']} {rel['type']}([{by_id[rel['tail']]['text']}], [{by_id[rel['head']]['text']}])",
               {**doc, "relations": _replaced(doc["relations"], k, {**rel, "head": rel["tail"], "tail": rel["head"]})})


def factuality(doc: Doc, text: str) -> Iterator[Edit]:
    from vostochny.model.labels import FACTUALITY
    by_id = _mentions(doc)
    yield from _relabelled(doc, "relations", "factuality", [*FACTUALITY, None], lambda rel: (
        f"{rel['id']} [{by_id[rel['head']]['text']}] {rel['type']} [{by_id[rel['tail']]['text']}]:"))


def entity_type(doc: Doc, text: str) -> Iterator[Edit]:
    from vostochny.model.labels import ENTITY_TYPES
    yield from _relabelled(doc, "entities", "type", ENTITY_TYPES, lambda ent: f"{ent['id']} {ent['name']!r}:")


def mention_kind(doc: Doc, text: str) -> Iterator[Edit]:
    from vostochny.model.labels import MENTION_KINDS
    yield from _relabelled(doc, "mentions", "kind", MENTION_KINDS, lambda men: f"{men['id']} [{men['text']}]:")


def metonymy(doc: Doc, text: str) -> Iterator[Edit]:
    for k, men in enumerate(doc["mentions"]):
        flag = not men.get("metonymy", False)
        yield (f"{men['id']} [{men['text']}] metonymy->{flag}",
               {**doc, "mentions": _replaced(doc["mentions"], k, {**men, "metonymy": flag})})


def chain_split(doc: Doc, text: str) -> Iterator[Edit]:
    sizes: dict[str, int] = {}
    for men in doc["mentions"]:
        sizes[men["entity"]] = sizes.get(men["entity"], 0) + 1
    types = {e["id"]: e["type"] for e in doc["entities"]}
    for k, men in enumerate(doc["mentions"]):
        if sizes[men["entity"]] > 1:
            alone = {"id": "eattack", "type": types[men["entity"]], "name": men["text"], "kb_id": None}
            yield (f"{men['id']} [{men['text']}] ({men['kind']}) out of {men['entity']}",
                   {**doc, "entities": [*doc["entities"], alone],
                    "mentions": _replaced(doc["mentions"], k, {**men, "entity": "eattack"})})


def chain_merge(doc: Doc, text: str) -> Iterator[Edit]:
    types = {e["id"]: e["type"] for e in doc["entities"]}
    names = {e["id"]: e["name"] for e in doc["entities"]}
    for k, men in enumerate(doc["mentions"]):
        for other, kind in types.items():
            if other != men["entity"] and kind == types[men["entity"]]:
                yield (f"{men['id']} [{men['text']}] ({men['kind']}) {names[men['entity']]!r}->{names[other]!r}",
                       {**doc, "mentions": _replaced(doc["mentions"], k, {**men, "entity": other})})


def _quote_sentence(sentence_of: Callable[[int], Doc | None], quote: Doc) -> Doc | None:
    anchor = quote["cue"] or quote["content"][0]
    return sentence_of(anchor["start"])


def speaker(doc: Doc, text: str) -> Iterator[Edit]:
    by_id, sentence_of = _mentions(doc), _sentence_finder(doc)
    for k, quote in enumerate(doc["quotes"]):
        sentence = _quote_sentence(sentence_of, quote)
        said = by_id.get(quote["speaker"] or "")
        if said is not None:
            yield (f"{quote['id']} speaker [{said['text']}]->none", {
                **doc, "quotes": _replaced(doc["quotes"], k, {**quote, "speaker": None})})
        if sentence is None:
            continue
        for men in doc["mentions"]:
            inside = sentence["start"] <= men["start"] and men["end"] <= sentence["end"]
            if inside and (said is None or men["entity"] != said["entity"]):
                yield (f"{quote['id']} speaker [{said['text'] if said else None}]->[{men['text']}]"
                       f" in {sentence['text'][:160]!r}",
                       {**doc, "quotes": _replaced(doc["quotes"], k, {**quote, "speaker": men["id"]})})


def attribution(doc: Doc, text: str) -> Iterator[Edit]:
    from vostochny.model.labels import ATTRIBUTION_TYPES
    yield from _relabelled(doc, "quotes", "attribution", [*ATTRIBUTION_TYPES, None], lambda quote: (
        f"{quote['id']} cue {quote['cue']['text'] if quote['cue'] else None!r}:"))


def quote_kind(doc: Doc, text: str) -> Iterator[Edit]:
    from vostochny.model.labels import QUOTE_KINDS
    yield from _relabelled(doc, "quotes", "kind", QUOTE_KINDS, lambda quote: (
        f"{quote['id']} {quote['content'][0]['text'][:80]!r}:"))


def cue(doc: Doc, text: str) -> Iterator[Edit]:
    sentence_of = _sentence_finder(doc)
    for k, quote in enumerate(doc["quotes"]):
        sentence = _quote_sentence(sentence_of, quote)
        if quote["cue"] is None or sentence is None:
            continue
        inside = [(c["start"], c["end"]) for c in quote["content"]]
        for start, end, _ in doc["tokens"]:
            word = text[start:end]
            if (sentence["start"] <= start and end <= sentence["end"] and word.isalpha()
                    and start != quote["cue"]["start"] and not any(s <= start < e for s, e in inside)):
                yield (f"{quote['id']} cue {quote['cue']['text']!r}->{word!r} in {sentence['text'][:160]!r}",
                       {**doc, "quotes": _replaced(doc["quotes"], k, {
                           **quote, "cue": {"start": start, "end": end, "text": word}})})


def zone_kind(doc: Doc, text: str) -> Iterator[Edit]:
    from vostochny.model.labels import ZONE_KINDS
    yield from _relabelled(doc, "zones", "kind", ZONE_KINDS,
                           lambda zone: f"zone at {zone['start']} {zone['text'][:80]!r}:")


def zone_merge(doc: Doc, text: str) -> Iterator[Edit]:
    zones = doc["zones"]
    for k in range(len(zones) - 1):
        first, second = zones[k], zones[k + 1]
        merged = {**first, "end": second["end"], "text": text[first["start"]:second["end"]]}
        yield (f"zones {k}+{k + 1} ({first['kind']}+{second['kind']}) {first['text'][:40]!r} + {second['text'][:40]!r}",
               {**doc, "zones": [*zones[:k], merged, *zones[k + 2:]]})


def relation_argument(doc: Doc, text: str) -> Iterator[Edit]:
    """Each relation's head moved to every other mention of its arguments' sentence(s) (the tail's own mention
    excepted), then its tail; a move to another mention of the same entity is described `same-entity`, apart."""
    by_id, sentence_of = _mentions(doc), _sentence_finder(doc)
    for k, rel in enumerate(doc["relations"]):
        spans = [s for s in (sentence_of(by_id[rel[end]]["start"]) for end in ("head", "tail")) if s is not None]
        where = [(s["start"], s["end"]) for s in spans]
        for end, other in (("head", "tail"), ("tail", "head")):
            was = by_id[rel[end]]
            for men in doc["mentions"]:
                if men["id"] in (was["id"], rel[other]) or not any(s <= men["start"] and men["end"] <= e
                                                                   for s, e in where):
                    continue
                same = "same-entity " if men["entity"] == was["entity"] else ""
                yield (f"{same}{rel['id']} {rel['type']} {end} [{was['text']}]->[{men['text']}]"
                       f" ({by_id[rel['head']]['text']} -> {by_id[rel['tail']]['text']})"
                       f" in {spans[0]['text'][:160]!r}",
                       {**doc, "relations": _replaced(doc["relations"], k, {**rel, end: men["id"]})})


def _moved_spans(doc: Doc, text: str, span: Doc, sentence_of: Callable[[int], Doc | None]) -> Iterator[tuple[str, Doc]]:
    """`span` with its start moved one token left or right, then its end: each move that keeps start < end and the
    span inside the sentences it lay in, with `text` read from the raw text; described as `start<` (left), `end>` ..."""
    first, last = sentence_of(span["start"]), sentence_of(span["end"] - 1)
    if first is None or last is None:
        return
    starts = [start for start, _, _ in doc["tokens"]]
    k = bisect_right(starts, span["start"] - 1)  # the first token starting at or after the span's start
    j = bisect_right(starts, span["end"] - 1) - 1  # the last token starting inside the span
    tokens = doc["tokens"]
    moves = [("start<", tokens[k - 1][0] if k >= 1 else None, span["end"]),
             ("start>", tokens[k + 1][0] if k + 1 < len(tokens) else None, span["end"]),
             ("end<", span["start"], tokens[j - 1][1] if j >= 1 else None),
             ("end>", span["start"], tokens[j + 1][1] if j + 1 < len(tokens) else None)]
    for what, start, end in moves:
        if start is not None and end is not None and first["start"] <= start < end <= last["end"]:
            yield what, {**span, "start": start, "end": end, "text": text[start:end]}


def mention_boundary(doc: Doc, text: str) -> Iterator[Edit]:
    sentence_of = _sentence_finder(doc)
    for k, men in enumerate(doc["mentions"]):
        for what, moved in _moved_spans(doc, text, men, sentence_of):
            sentence = sentence_of(men["start"])
            yield (f"{men['id']} ({men['kind']}) {what} [{men['text']}]->[{moved['text']}]"
                   f" in {sentence['text'][:200] if sentence else ''!r}",
                   {**doc, "mentions": _replaced(doc["mentions"], k, moved)})


def quote_boundary(doc: Doc, text: str) -> Iterator[Edit]:
    sentence_of = _sentence_finder(doc)
    for k, quote in enumerate(doc["quotes"]):
        for n, fragment in enumerate(quote["content"]):
            for what, moved in _moved_spans(doc, text, fragment, sentence_of):
                yield (f"{quote['id']} content[{n}] {what} [{fragment['text'][:60]}]->[{moved['text'][:60]}]"
                       f" ({moved['text'][-30:]!r}) cue {quote['cue']['text'] if quote['cue'] else None!r}",
                       {**doc, "quotes": _replaced(doc["quotes"], k, {
                           **quote, "content": _replaced(quote["content"], n, moved)})})
        if quote["cue"] is not None:
            sentence = sentence_of(quote["cue"]["start"])
            for what, moved in _moved_spans(doc, text, quote["cue"], sentence_of):
                yield (f"{quote['id']} cue {what} [{quote['cue']['text']}]->[{moved['text']}]"
                       f" in {sentence['text'][:200] if sentence else ''!r}",
                       {**doc, "quotes": _replaced(doc["quotes"], k, {**quote, "cue": moved})})


_ENDING = (".", "?", "!", "\u2026", ":", ";", '"', "'", "\u201d", "\u2019", ")", "]")


def _could_open(word: str) -> bool:
    """Whether a token could open a sentence: a capital, a digit, an opening quote or bracket first."""
    return word[:1].isupper() or word[:1].isdigit() or word[:1] in "\"'\u201c\u2018(["


def _resentenced(doc: Doc, text: str, k: int, replaced: int, spans: list[tuple[int, int]], added: int,
                 what: str) -> Iterator[Edit]:
    """`doc` with its `replaced` sentences from the `k`-th replaced by `spans`, once with
    `tokenizer.sentence_corrections` as it was and once raised by `added` (the starts the edit adds or removes)."""
    sentences = doc["sentences"]
    made = [{"start": a, "end": b, "text": text[a:b]} for a, b in spans]
    edited = [*sentences[:k], *made, *sentences[k + replaced:]]
    tokenizer = doc["tokenizer"]
    for counted in (0, added):
        label = f"{what} counted+{counted}" if counted else what
        yield (label, {**doc, "sentences": edited,
                       "tokenizer": {**tokenizer, "sentence_corrections": tokenizer["sentence_corrections"] + counted}})


def sentence_boundary(doc: Doc, text: str) -> Iterator[Edit]:
    tokens, sentences = doc["tokens"], doc["sentences"]
    starts = [start for start, _, _ in tokens]

    def inside(sentence: Doc) -> list[tuple[int, int]]:
        a, b = bisect_right(starts, sentence["start"] - 1), bisect_right(starts, sentence["end"] - 1)
        return [(s, e) for s, e, _ in tokens[a:b]]

    for k in range(len(sentences) - 1):
        first, second = sentences[k], sentences[k + 1]
        left, right = inside(first), inside(second)
        shown = f"{text[max(first['start'], first['end'] - 60):first['end']]!r} | {second['text'][:60]!r}"
        if len(left) > 1:
            yield from _resentenced(doc, text, k, 2, [(first["start"], left[-2][1]), (left[-1][0], second["end"])], 2,
                                    f"move< {text[left[-1][0]:left[-1][1]]!r} to the next: {shown}")
        if len(right) > 1:
            yield from _resentenced(doc, text, k, 2, [(first["start"], right[0][1]), (right[1][0], second["end"])], 2,
                                    f"move> {text[right[0][0]:right[0][1]]!r} to the first: {shown}")
        yield from _resentenced(doc, text, k, 2, [(first["start"], second["end"])], 1, f"merge {shown}")
    for k, sentence in enumerate(sentences):
        words = inside(sentence)
        for n in range(1, len(words)):
            before, after = text[words[n - 1][0]:words[n - 1][1]], text[words[n][0]:words[n][1]]
            if before.endswith(_ENDING) or _could_open(after) or n % 5 == 0:
                halves = [(sentence["start"], words[n - 1][1]), (words[n][0], sentence["end"])]
                shown = (f"{text[max(sentence['start'], halves[0][1] - 60):halves[0][1]]!r}"
                         f" | {text[halves[1][0]:min(sentence['end'], halves[1][0] + 60)]!r}")
                yield from _resentenced(doc, text, k, 1, halves, 1, f"split {shown}")


def _lines(text: str) -> list[tuple[int, int]]:
    """The text's lines that hold a token (a letter, digit or mark: not blank), as (start, end without the break)."""
    found, at = [], 0
    for line in text.splitlines(True):
        body = line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        if body.strip():
            found.append((at, at + len(body)))
        at += len(line)
    return found


def zone_boundary(doc: Doc, text: str) -> Iterator[Edit]:
    zones, lines = doc["zones"], _lines(text)
    starts = [start for start, _, _ in doc["tokens"]]

    def tokens_of(zone: Doc) -> list[tuple[int, int]]:
        a, b = bisect_right(starts, zone["start"] - 1), bisect_right(starts, zone["end"] - 1)
        return [(s, e) for s, e, _ in doc["tokens"][a:b]]

    for k in range(len(zones) - 1):
        first, second = zones[k], zones[k + 1]
        shown = f"({first['kind']}+{second['kind']}) {first['text'][-40:]!r} | {second['text'][:40]!r}"
        own = [line for line in lines if first["start"] <= line[0] and line[1] <= first["end"]]
        next_lines = [line for line in lines if second["start"] <= line[0] and line[1] <= second["end"]]
        left, right = tokens_of(first), tokens_of(second)
        moves = []
        if len(own) > 1:
            moves.append(("line<", own[-2][1], own[-1][0]))
        if len(next_lines) > 1:
            moves.append(("line>", next_lines[0][1], next_lines[1][0]))
        if len(left) > 1:
            moves.append(("token<", left[-2][1], left[-1][0]))
        if len(right) > 1:
            moves.append(("token>", right[0][1], right[1][0]))
        for what, end, start in moves:
            moved = [{**first, "end": end, "text": text[first["start"]:end]},
                     {**second, "start": start, "text": text[start:second["end"]]}]
            yield f"zones {k}/{k + 1} {what} {shown}", {**doc, "zones": [*zones[:k], *moved, *zones[k + 2:]]}


SWEEPS: dict[str, Callable[[Doc, str], Iterator[Edit]]] = {
    "relation-type": relation_type, "relation-swap": relation_swap, "factuality": factuality,
    "entity-type": entity_type, "mention-kind": mention_kind, "metonymy": metonymy,
    "chain-split": chain_split, "chain-merge": chain_merge, "speaker": speaker, "attribution": attribution,
    "quote-kind": quote_kind, "cue": cue, "zone-kind": zone_kind, "zone-merge": zone_merge,
    "relation-argument": relation_argument, "mention-boundary": mention_boundary, "quote-boundary": quote_boundary,
    "sentence-boundary": sentence_boundary, "zone-boundary": zone_boundary,
}


def _problems(doc: Doc, text: str, registry: Any) -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]:
    """The errors and the warnings (code, pointer) of `doc` validated alone."""
    from vostochny.checking.validator import validate_document_bytes
    data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    found = [(p.severity, (p.code, p.pointer)) for p in validate_document_bytes(data, text, registry, doc["id"])]
    return (frozenset(at for severity, at in found if severity == "error"),
            frozenset(at for severity, at in found if severity != "error"))


def _whole_errors(copy: Path, doc: Doc) -> frozenset[tuple[str, str, str]]:
    """The errors of the whole corpus `copy` with `doc` written in place of its file: the corpus rules too (V429 reads
    every document's metonyms), which `validate_document_bytes` does not run."""
    from vostochny.checking.validator import validate_corpus
    from vostochny.reading.corpus import open_corpus
    (copy / "annotations" / f"{doc['id']}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return frozenset((p.file, p.code, p.pointer) for p in validate_corpus(open_corpus(copy)).errors)


def _whole_survivors(corpus: Path, doc: Doc, edits: list[tuple[str, Doc, bool]]) -> list[tuple[str, bool]]:
    """Of `edits` (each accepted on its own), those the whole corpus's validation accepts too, on a scratch copy."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for folder in ("annotations", "raw"):
            shutil.copytree(corpus / folder, copy / folder)
        before = _whole_errors(copy, doc)
        return [(what, warned) for what, edited, warned in edits if _whole_errors(copy, edited) <= before]


def _sweep_document(task: tuple[str, str, Path, bool]) -> tuple[str, str, int, list[tuple[str, bool]]]:
    """One sweep over one document: (sweep, document, edits tried, the survivors' descriptions, each with whether it
    drew a warning the document did not have: accepted, but not silently); `whole`: the survivors validated again with
    the rest of the corpus, and only those it accepts too kept."""
    from vostochny.model.models import Registry
    sweep, doc_id, corpus, whole = task
    doc = json.loads((corpus / "annotations" / f"{doc_id}.json").read_text(encoding="utf-8"))
    with (corpus / "raw" / f"{doc_id}.txt").open(encoding="utf-8", newline="") as raw:
        text = raw.read()
    registry = Registry.model_validate_json((corpus / "annotations" / "entities.json").read_bytes())
    errors, warnings = _problems(doc, text, registry)
    tried, survivors = 0, []
    for what, edited in SWEEPS[sweep](doc, text):
        tried += 1
        now, warned = _problems(edited, text, registry)
        if now <= errors:
            survivors.append((what, edited, not warned <= warnings))
    if whole and survivors:
        return sweep, doc_id, tried, _whole_survivors(corpus, doc, survivors)
    return sweep, doc_id, tried, [(what, warned) for what, _, warned in survivors]


def _accepted(kept: int, tried: int, warned: int, edits: str = "") -> str:
    """How many edits of `tried` were accepted, and of them how many drew a new warning (accepted, but not silently:
    the attribution sweep's `none`, V236's warning by design)."""
    return f"{kept} of {tried}{edits} accepted" + (f" ({warned} with a new warning)" if warned else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sweep", action="append", choices=sorted(SWEEPS), help="a sweep to run (default: all)")
    parser.add_argument("--doc", action="append", help="a document id (default: every document of the corpus)")
    parser.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", type=Path, help="write the survivors as JSON records here")
    parser.add_argument("--quiet", action="store_true", help="counts only, not each survivor")
    parser.add_argument("--whole", action="store_true",
                        help="validate each survivor again with the rest of the corpus (corpus rules too; slower)")
    args = parser.parse_args(argv)
    docs = args.doc or sorted(json.loads((args.corpus / "annotations" / "RELEASED.json").read_text(
        encoding="utf-8"))["documents"])
    tasks = [(sweep, doc_id, args.corpus, args.whole) for sweep in args.sweep or SWEEPS for doc_id in docs]
    totals: dict[str, list[int]] = {}
    records = []
    with ProcessPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for sweep, doc_id, tried, survivors in pool.map(_sweep_document, tasks):
            warned = sum(w for _, w in survivors)
            total = totals.setdefault(sweep, [0, 0, 0])
            total[0] += tried
            total[1] += len(survivors)
            total[2] += warned
            records += [{"sweep": sweep, "document": doc_id, "edit": what, "new_warning": w} for what, w in survivors]
            print(f"{sweep} {doc_id}: {_accepted(len(survivors), tried, warned)}", file=sys.stderr)
            if not args.quiet:
                for what, w in survivors:
                    print(f"  {sweep} {doc_id}: {what}" + (" (a new warning)" if w else ""))
    for sweep, (tried, kept, warned) in totals.items():
        print(f"{sweep}: {_accepted(kept, tried, warned, ' edits')}")
    if args.json:
        args.json.write_text(json.dumps(records, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
