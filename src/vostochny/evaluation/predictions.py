"""Read predictions in the formats people have and pair each predicted document with its gold view.

The corpus's own JSON (a folder of `<id>.json`, one file, or the jsonl export) is read by the
loader with only `id` and the predicted layers required; it is refused with the reason when it
was made on another text (sha256, length, `text`) or other tokens, and its spans and references
are checked by the validator's rules. Token tables (CoNLL-2003, CoNLL-2012, CoNLL-U) are aligned
with the gold tokens (the tokens of dropped zones may be left out, as the exports leave them);
their gold side is the corpus as the same format carries it (the same tags, the same kept
mentions), so that gold scored against itself is perfect in every format.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path

from vostochny.checking.output import one_line
from vostochny.checking.output import text as problem_text
from vostochny.checking.problems import CATALOGUE, Problem
from vostochny.errors import PredictionError, UsageError
from vostochny.evaluation import FORMATS, conll
from vostochny.evaluation.conll import TableError, TokenDoc, TokenMention, TokenQuote, TokenRelation
from vostochny.export.common import Losses, sentence_views
from vostochny.export.options import TagOptions
from vostochny.model.models import Document, Entity, Mention, Quote, Relation, Span
from vostochny.reading import loader
from vostochny.reading.corpus import CORPUS_FILES
from vostochny.reading.files import MAX_ANNOTATION_BYTES
from vostochny.reading.view import DocumentView

SUFFIXES = {".json": "json", ".jsonl": "jsonl", ".conll": "conll2003", ".bio": "conll2003", ".iob": "conll2003",
            ".iobes": "conll2003", ".v4_gold_conll": "conll2012", ".gold_conll": "conll2012",
            ".conll2012": "conll2012", ".conllu": "conllu"}
#: the validator's rules that a prediction must pass: spans on the raw text, ids, references
PREDICTION_RULES = ("V201", "V202", "V206", "V207", "V209", "V215")
#: the rules that hold a gold annotation to being exhaustive (every mention of a name annotated, V367; every quotation,
#: V382): a system's prediction that misses a mention or a quote is a prediction scored for it, not a broken file
GOLD_ONLY_RULES = frozenset({"V367", "V382"})
_READERS: dict[str, Callable[[str], list[TokenDoc]]] = {
    "conll2003": conll.read_conll2003, "conll2012": conll.read_conll2012, "conllu": conll.read_conllu}
#: what each token table predicts (CoNLL-U also quotes and relations, where its comments give them)
_TABLE_LAYERS = {"conll2003": frozenset({"mentions"}), "conll2012": frozenset({"coreference"}),
                 "conllu": frozenset({"mentions", "coreference"})}


@dataclass
class Predictions:
    """Predicted documents paired with the gold they are scored against (gold id order), the layers
    they predict (mentions, coreference, quotes, relations, zones) and whether mention kinds are."""

    format: str
    files: list[str]
    layers: frozenset[str]
    kinds: bool
    pairs: list[tuple[DocumentView, DocumentView]] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)


def _located(p: Problem) -> str:
    if p.code in CATALOGUE:
        return problem_text(p)
    where = f"{p.file}:{p.line}:{p.column}" if p.line else p.file
    return one_line(f"{where}: error at {p.pointer or '/'}: {p.message}")


def _refusal(label: str, pointer: str, message: str) -> Problem:
    """A problem of a prediction against its gold document (no rule code: it is not an annotation error)."""
    return Problem("", label, pointer, message)


def prediction_files(path: Path) -> list[Path]:
    """The prediction files of a path: the file itself, a folder's files of known suffixes, or a
    corpus root's annotation files."""
    if not path.exists():
        raise UsageError(f"no such file or folder: {path}")
    if not path.is_dir():
        return [path]
    found = sorted(p for p in path.iterdir() if p.suffix in SUFFIXES and p.name not in CORPUS_FILES)
    if not found and (path / "annotations").is_dir():  # a corpus root: its annotation files
        return prediction_files(path / "annotations")
    if not found:
        raise UsageError(f"{path}: no prediction files ({', '.join(sorted(SUFFIXES))})")
    return found


def format_of(files: list[Path], given: str) -> str:
    """The format asked for, or the one the suffixes say (a folder holds one format)."""
    if given != "auto":
        return given
    found = {SUFFIXES.get(p.suffix) for p in files}
    if len(found) != 1 or None in found:
        raise UsageError(f"cannot tell the format of {', '.join(p.name for p in files[:5])} from the suffix; "
                         f"name it with --input-format ({', '.join(FORMATS)})")
    fmt = found.pop()
    assert fmt is not None
    return fmt


def _read(path: Path) -> tuple[bytes, str]:
    label = str(path)
    data, problems = loader.read_file(path, label, MAX_ANNOTATION_BYTES)
    if data is None:
        raise PredictionError([_located(p) for p in problems])
    return data, label


# --- the corpus's own JSON ----------------------------------------------------------------------

def _json_units(fmt: str, files: list[Path]) -> Iterator[tuple[bytes, str, int]]:
    """Each JSON document's bytes, file label and first line (jsonl: one document a line)."""
    for path in files:
        data, label = _read(path)
        if fmt == "json":
            yield data, label, 1
            continue
        for number, line in enumerate(data.split(b"\n"), 1):
            if line.strip():
                yield line, label, number


def _against_gold(got: loader.LoadedPrediction, gold: DocumentView, label: str) -> list[Problem]:
    """Why a well-formed prediction cannot be scored against `gold`: another text or other tokens,
    spans that do not hold their text, ids and references that do not resolve."""
    doc = got.doc
    assert doc is not None
    g = gold.doc
    found = [_refusal(label, f"/{key}", f"{key} {getattr(doc, key)!r} differs from the gold document's "
                      f"{getattr(g, key)!r}: the prediction was made on another text")
             for key in ("sha256", "length") if key in got.given and getattr(doc, key) != getattr(g, key)]
    if got.raw_text is not None and got.raw_text != gold.text:
        at = next((i for i, (a, b) in enumerate(zip(got.raw_text, gold.text or "", strict=False)) if a != b),
                  min(len(got.raw_text), len(gold.text or "")))
        found.append(_refusal(label, "/text", f"the text differs from the gold raw text at character {at}: "
                              "the prediction was made on another text"))
    if "tokens" in got.given and doc.tokens != g.tokens:
        at = next((i for i, (a, b) in enumerate(zip(doc.tokens, g.tokens, strict=False)) if a != b),
                  min(len(doc.tokens), len(g.tokens)))
        found.append(_refusal(label, f"/tokens/{at}", f"the tokens differ from the gold tokens from token {at} "
                              f"({len(doc.tokens)} tokens, gold has {len(g.tokens)}): predict on the gold "
                              "tokens, or leave `tokens` out"))
    if found:
        return found
    from vostochny.checking.rules import DocContext
    from vostochny.checking.validator import document_problems

    hits = document_problems(DocContext(DocumentView(doc, gold.text), None, doc.id), label)
    return [p for p in hits if p.code in PREDICTION_RULES]


def _json_predictions(fmt: str, files: list[Path], golds: dict[str, DocumentView]) -> tuple[dict[str, DocumentView],
                                                                                            frozenset[str]]:
    predicted: dict[str, DocumentView] = {}
    given: set[str] = set()
    problems: list[Problem] = []
    models = {doc_id: view.doc for doc_id, view in golds.items()}
    for data, label, first in _json_units(fmt, files):
        got = loader.load_prediction_bytes(data, label, models)
        found = list(got.problems)
        if got.doc is not None:
            found += _against_gold(got, golds[got.doc.id], label)
            if got.doc.id in predicted:
                found.append(_refusal(label, "/id", f"a second prediction for document {got.doc.id!r}"))
        loader.locate(found, got.source)
        for p in found:
            p.line += first - 1 if p.line else 0
        problems += found
        if got.doc is not None and not found:
            predicted[got.doc.id] = DocumentView(got.doc, golds[got.doc.id].text)
            given |= got.given
    if problems:
        raise PredictionError([_located(p) for p in problems])
    layers: set[str] = {layer for layer in ("quotes", "relations", "zones") if layer in given}
    layers |= {"mentions", "coreference"} if "mentions" in given else set()
    return predicted, frozenset(layers)


# --- token tables -------------------------------------------------------------------------------

def _kept_tokens(gold: DocumentView, drop: frozenset[str]) -> list[int]:
    zones = gold.zone_of_token
    return [i for i in range(len(gold.doc.tokens)) if zones[i] not in drop]


def _drop_sets(gold: DocumentView) -> list[frozenset[str]]:
    """The zone kinds an export may have left out, fewest first (none, then boilerplate first)."""
    kinds = sorted(set(gold.zone_of_token), key=lambda k: (k != "boilerplate", k))
    return [frozenset(c) for n in range(len(kinds) + 1) for c in combinations(kinds, n)]


def align(doc: TokenDoc, gold: DocumentView, label: str) -> tuple[list[int], frozenset[str]]:
    """The gold token index of each predicted token, and the zone kinds left out: the forms must
    equal the gold forms, all of them or all but the tokens of some zone kinds."""
    forms = gold.token_texts
    for drop in _drop_sets(gold):
        kept = _kept_tokens(gold, drop)
        if len(kept) == len(doc.forms) and all(forms[k] == f for k, f in zip(kept, doc.forms, strict=True)):
            return kept, drop
    kept = _kept_tokens(gold, frozenset({"boilerplate"}) & set(gold.zone_of_token))
    at = next((i for i, (k, f) in enumerate(zip(kept, doc.forms, strict=False)) if forms[k] != f), None)
    if at is not None:
        raise PredictionError([f"{label}:{doc.lines[at]}: token {at + 1} of document {gold.id} is "
                               f"{one_line(doc.forms[at])!r}, the gold token is {one_line(forms[kept[at]])!r}: "
                               "predict on the gold tokens"])
    line = doc.lines[-1] if doc.forms else doc.line
    raise PredictionError([f"{label}:{line}: document {gold.id} has {len(doc.forms)} tokens, the gold document "
                           f"{len(kept)} ({len(forms)} with every zone): predict on the gold tokens"])


def _runs(tokens: list[int]) -> list[tuple[int, int]]:
    """Runs of consecutive token indices, as [first, end) ranges."""
    runs: list[tuple[int, int]] = []
    for t in sorted(set(tokens)):
        if runs and runs[-1][1] == t:
            runs[-1] = (runs[-1][0], t + 1)
        else:
            runs.append((t, t + 1))
    return runs


def document_of(gold: DocumentView, mentions: list[TokenMention], relations: list[TokenRelation] | None = None,
                quotes: list[TokenQuote] | None = None) -> Document:
    """`gold`'s document with only these mentions, relations and quotes (over gold token indices):
    entities one per cluster (one per mention where there are no clusters), a quote's content one
    fragment per run of its tokens, its cue from its first token to its last; no zones."""
    text, tokens = gold.text or "", gold.doc.tokens

    def span(first: int, end: int) -> Span:
        start, stop = tokens[first][0], tokens[end - 1][1]
        return Span.model_construct(start=start, end=stop, text=text[start:stop])

    entities: dict[str, Entity] = {}
    found: list[Mention] = []
    for n, m in enumerate(mentions, 1):
        cluster = f"e{m.cluster}" if m.cluster is not None else f"e{n}"
        entities.setdefault(cluster, Entity.model_construct(id=cluster, type=m.type or "?", name=cluster, kb_id=None))
        where = span(m.first, m.end)
        found.append(Mention.model_construct(id=m.id or f"m{n}", start=where.start, end=where.end, text=where.text,
                                             entity=cluster, kind=m.kind or "?", metonymy=False))
    return gold.doc.model_copy(update={
        "entities": list(entities.values()), "mentions": found, "zones": [],
        "relations": [Relation.model_construct(id=r.id, type=r.type, head=r.head, tail=r.tail)
                      for r in relations or []],
        "quotes": [Quote.model_construct(id=q.id, kind=q.kind, speaker=q.speaker,
                                         content=[span(*run) for run in _runs(q.content)],
                                         cue=span(min(q.cue), max(q.cue) + 1) if q.cue else None)
                   for q in quotes or []]})


def _unresolved(doc: TokenDoc, label: str) -> list[str]:
    """Relations and speakers that name a mention no `Mention=` item gives, quotes without tokens."""
    ids = {m.id for m in doc.mentions}
    found = [f"{label}:{r.line}: relation {r.id} names mention {ref}, which no Mention= item gives"
             for r in doc.relations for ref in (r.head, r.tail) if ref not in ids]
    found += [f"{label}:{q.line}: quote {q.id} names speaker {q.speaker}, which no Mention= item gives"
              for q in doc.quotes.values() if q.speaker is not None and q.speaker not in ids]
    found += [f"{label}:{q.line}: quote {q.id} has no token with Quote={q.id}" for q in doc.quotes.values()
              if not q.content]
    return [one_line(line) for line in found]


def _gold_mentions(fmt: str, gold: DocumentView, drop: frozenset[str], tags: TagOptions) -> list[TokenMention]:
    """The gold mentions as format `fmt` carries them, over gold token indices."""
    if fmt == "conll2003":
        views = sentence_views(gold, replace(tags, drop_zones=drop), Losses())  # losses are the export's to report
        return [TokenMention(v.tokens[c.first], v.tokens[c.end - 1] + 1, c.type)
                for v in views for c in conll.chunks([_prefix(t) for t in v.tags])]
    kept = set(_kept_tokens(gold, drop))
    sentence = gold.sentence_of_token
    found = []
    for m in gold.doc.mentions:
        first, end = gold.token_range(m.start, m.end)
        if first in kept and end - 1 in kept and sentence[first] == sentence[end - 1]:
            found.append(TokenMention(first, end, gold.entities[m.entity].type, m.kind, m.entity, m.id))
    return found


def _gold_quotes(gold: DocumentView) -> list[TokenQuote]:
    """The gold quotes over gold token indices, as CoNLL-U's Quote= and Cue= items carry them."""
    found = []
    for q in gold.doc.quotes:
        quote = TokenQuote(q.id, q.kind, q.speaker, 0)
        for part in q.content:
            quote.content += range(*gold.token_range(part.start, part.end))
        quote.cue = list(range(*gold.token_range(q.cue.start, q.cue.end))) if q.cue else []
        found.append(quote)
    return found


def _gold_relations(gold: DocumentView, mentions: list[TokenMention]) -> list[TokenRelation]:
    """The gold relations between the mentions the format carries."""
    kept = {m.id for m in mentions}
    return [TokenRelation(r.id, r.type, r.head, r.tail, 0) for r in gold.doc.relations
            if r.head in kept and r.tail in kept]


def _prefix(tag: str) -> tuple[str, str]:
    return ("O", "") if tag == "O" else (tag[0], tag[2:])


def _table_predictions(fmt: str, files: list[Path], golds: dict[str, DocumentView], split: list[str],
                       tags: TagOptions) -> tuple[list[tuple[DocumentView, DocumentView]], frozenset[str], bool]:
    docs: list[tuple[TokenDoc, str]] = []
    for path in files:
        data, label = _read(path)
        try:
            docs += [(d, label) for d in _READERS[fmt](data.decode("utf-8"))]
        except UnicodeDecodeError as error:
            raise PredictionError([f"{label}: invalid UTF-8 at byte {error.start}"]) from None
        except TableError as error:
            raise PredictionError([one_line(f"{label}:{error.line}: {error}")]) from None
    ids = _table_ids(docs, golds, split)
    pairs: dict[str, tuple[DocumentView, DocumentView]] = {}
    kinds = True
    problems = [line for doc, label in docs for line in _unresolved(doc, label)]
    if problems:
        raise PredictionError(problems)
    for (doc, label), doc_id in zip(docs, ids, strict=True):
        gold = golds[doc_id]
        mapping, drop = align(doc, gold, label)
        predicted = [replace(m, first=mapping[m.first], end=mapping[m.end - 1] + 1) for m in doc.mentions]
        quotes = [replace(q, content=[mapping[t] for t in q.content], cue=[mapping[t] for t in q.cue])
                  for q in doc.quotes.values()]
        kinds &= all(m.kind for m in doc.mentions)
        carried = _gold_mentions(fmt, gold, drop, tags)
        gold_doc = (document_of(gold, carried, _gold_relations(gold, carried), _gold_quotes(gold))
                    if fmt == "conllu" else document_of(gold, carried))
        pairs[doc_id] = (DocumentView(gold_doc, gold.text),
                         DocumentView(document_of(gold, predicted, doc.relations, quotes), gold.text))
    given = {"quotes": any(d.quotes for d, _ in docs), "relations": any(d.relations for d, _ in docs)}
    layers = _TABLE_LAYERS[fmt] | {layer for layer, found in given.items() if found}
    return [pairs[i] for i in sorted(pairs)], layers, kinds and fmt == "conllu"


def _table_ids(docs: list[tuple[TokenDoc, str]], golds: dict[str, DocumentView], split: list[str]) -> list[str]:
    """The gold id of each document: named in the file, else by order (the split's, or the corpus's)."""
    if all(d.id is not None for d, _ in docs):
        problems, seen = [], set()
        for d, label in docs:
            if d.id not in golds:
                problems.append(one_line(f"{label}:{d.line}: no document of the gold corpus has id {d.id!r}"))
            elif d.id in seen:
                problems.append(one_line(f"{label}:{d.line}: a second prediction for document {d.id!r}"))
            seen.add(d.id)
        if problems:
            raise PredictionError(problems)
        return [d.id for d, _ in docs if d.id is not None]
    for order in (split, sorted(golds)):
        if len(docs) == len(order):
            return order
    raise PredictionError([f"{docs[0][1] if docs else '?'}: {len(docs)} document(s) without ids, but the split has "
                           f"{len(split)} and the corpus {len(golds)}: documents without ids are matched in id order"])


# --- both -----------------------------------------------------------------------------------------

def read_predictions(path: Path, golds: dict[str, DocumentView], split: list[str], fmt: str = "auto",
                     tags: TagOptions | None = None) -> Predictions:
    """The predictions at `path` paired with the documents of `split` (gold ids in order) of the
    gold corpus `golds`; documents of the corpus outside the split are ignored, a split document
    without a prediction is refused (`PredictionError`); bad paths are `UsageError`."""
    files = prediction_files(path)
    fmt = format_of(files, fmt)
    if fmt in _READERS:
        table, layers, kinds = _table_predictions(fmt, files, golds, split, tags or TagOptions())
        predicted = {g.id: (g, p) for g, p in table}
    else:
        views, layers = _json_predictions(fmt, files, golds)
        predicted = {doc_id: (golds[doc_id], view) for doc_id, view in views.items()}
        kinds = "mentions" in layers
    if not layers:
        raise PredictionError([f"{path}: the predictions carry no layer to score (mentions with their entities, "
                               "quotes, relations, zones)"])
    # a document without a token has nothing to predict, and CoNLL-U cannot hold one (no sentence): not missing
    missing = [doc_id for doc_id in split if doc_id not in predicted and golds[doc_id].doc.tokens]
    if missing:
        raise PredictionError([f"{path}: no prediction for {len(missing)} document(s) of the split: "
                               f"{', '.join(missing)}"])
    result = Predictions(fmt, [str(f) for f in files], layers, kinds)
    result.pairs = [predicted[doc_id] for doc_id in split if doc_id in predicted]
    result.ignored = sorted(set(predicted) - set(split))
    return result
