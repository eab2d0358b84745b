"""The records of a corpus, each with a short hash of its canonical form: what a release holds.

A record is named by its scope (a document id, `entities.json`, `splits.json` or `quote_links.json`), its
layer and its id: a document's `document` fields (`sha256`, `length`, `meta`, `tokenizer`), each item of
each layer (by its `id`, or by its span `START-END` where items have no id: tokens, sentences,
zones), each registry entity, each document's split, and each quote link. A quote link is named by its
two quotes (`DOC#QUOTE~DOC#QUOTE`) and hashed without its id and with its ends in order: its id is a
number that the compiler gives in order (a link added before it renumbers it without changing it), and
which quote is `a` means nothing. The canonical form is the record's
fields with their values, leaving out fields that hold their default, hashed as sorted compact
JSON: key order, whitespace, a default written out or left out, and the schema version a file
is written in change no record, so a re-serialised corpus has the same records. The fields each
record model has are kept too, so that a record that only gains a field its release did not
know (a schema minor version's new optional content) is told from an edited one.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, get_args, get_origin

from pydantic import BaseModel

from vostochny.model import models
from vostochny.model.constants import CORPUS_SCOPES as CORPUS_SCOPES
from vostochny.model.models import Document, QuoteLink, QuoteLinks, Registry, Splits
from vostochny.reading.corpus import QUOTE_LINKS_FILE, REGISTRY_FILE, RELEASE_FILE, SPLITS_FILE
from vostochny.reading.layers import LAYER_NAMES
from vostochny.reading.view import DocumentView

#: fields of a `Document` that say how a file is written or what it is named, not what it holds
_NOT_RECORDS = frozenset({"schema_", "schema_version", "id"})
#: the layer of a document's own fields (`sha256`, `length`, `meta`, `tokenizer`)
DOCUMENT_LAYER = "document"
HASH_CHARACTERS = 16
COMMENT = ("The record of the last release of the data: written by `vostochny release-manifest`, read by "
           "`vostochny check-version`. Do not edit.")


#: a required field's stand-in default: no value equals it
_REQUIRED = object()


def canonical(value: Any) -> Any:
    """A value as plain JSON data, models as their fields that differ from the field's default."""
    if isinstance(value, BaseModel):
        return {name: canonical(getattr(value, name)) for name, default in _defaults(type(value)).items()
                if default is _REQUIRED or getattr(value, name) != default}
    if isinstance(value, (list, tuple)):
        return [canonical(item) for item in value]
    return value


@cache
def _defaults(model: type[BaseModel]) -> dict[str, Any]:
    """Each field of a model with its default (`_REQUIRED` for none), made once: pydantic's `get_default` looks
    at the signature of a default factory at every call (half the time of a document's records). The defaults
    are only compared, never handed out."""
    return {name: _REQUIRED if info.is_required() else info.get_default(call_default_factory=True)
            for name, info in model.model_fields.items()}


def digest(value: Any) -> str:
    """The short hash of a canonical value: sorted keys, compact separators, UTF-8."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_CHARACTERS]


@dataclass(frozen=True)
class Record:
    """A record: its value hash (a split name for a split), and its canonical fields (models only), from which
    the hash over the fields of an older release is made."""

    value: str
    model: str = ""
    fields: dict[str, Any] | None = None

    def value_within(self, known: Iterable[str]) -> str:
        """The hash over the fields a release knew of this record's model (all of them if it knew none)."""
        if self.fields is None:
            return self.value
        kept = set(known)
        return digest({k: v for k, v in self.fields.items() if k in kept})

    def new_fields(self, known: Iterable[str]) -> list[str]:
        """The fields this record sets that a release did not know of its model."""
        return sorted(set(self.fields or ()) - set(known))


def record_of(value: Any) -> Record:
    data = canonical(value)
    if isinstance(value, BaseModel):
        return Record(digest(data), type(value).__name__, data)
    return Record(digest(data))


#: a scope's records: layer -> record id -> record
Layers = dict[str, dict[str, Record]]
#: scope -> layer -> record id -> record
Records = dict[str, Layers]


def _item_id(item: Any) -> str:
    if isinstance(item, tuple):  # a token: [start, end, text]
        return f"{item[0]}-{item[1]}"
    return str(item.id) if hasattr(item, "id") else f"{item.start}-{item.end}"


def _unique(pairs: Iterable[tuple[str, Any]]) -> Iterator[tuple[str, Any]]:
    """Ids made unique in order (`ID~2` for a second record with the same id or span)."""
    seen: dict[str, int] = {}
    for key, item in pairs:
        seen[key] = seen.get(key, 0) + 1
        yield (key if seen[key] == 1 else f"{key}~{seen[key]}"), item


def document_records(doc: Document) -> dict[str, dict[str, Record]]:
    """The records of one document, layer by layer (`layers.LAYER_NAMES`) after its own fields."""
    own = {name: record_of(getattr(doc, name)) for name in type(doc).model_fields
           if name not in _NOT_RECORDS and name not in LAYER_NAMES}
    layers = {layer: {key: record_of(item) for key, item in _unique((_item_id(i), i) for i in getattr(doc, layer))}
              for layer in LAYER_NAMES}
    return {DOCUMENT_LAYER: own, **layers}


def split_records(splits: Splits) -> dict[str, Record]:
    """Each document's split, by document id (the split name is the value: it is what a move shows)."""
    return {doc_id: Record(name) for name, value in splits if isinstance(value, list) for doc_id in value}


def link_records(links: QuoteLinks) -> dict[str, Record]:
    """Each quote link by its two quotes, without its id (see the module's docstring)."""
    def key(link: QuoteLink) -> str:
        return "~".join(sorted(f"{end.document}#{end.quote}" for end in (link.a, link.b)))

    def record(link: QuoteLink) -> Record:
        data = {k: v for k, v in canonical(link).items() if k != "id"}
        data["a"], data["b"] = sorted((data["a"], data["b"]), key=lambda end: (end["document"], end["quote"]))
        return Record(digest(data), type(link).__name__, data)

    return {name: record(link) for name, link in _unique((key(link), link) for link in links.links)}


def corpus_scopes(registry: Registry, splits: Splits, quote_links: QuoteLinks | None = None) -> Records:
    """The records of the corpus files: the registry's entities, the splits and the quote links (a corpus without
    the links file has no such scope)."""
    found: Records = {REGISTRY_FILE: {"entities": {key: record_of(item) for key, item in _unique(
        (entity.id, entity) for entity in registry.entities)}}}
    found[SPLITS_FILE] = {"splits": split_records(splits)}
    if quote_links is not None:
        found[QUOTE_LINKS_FILE] = {"links": link_records(quote_links)}
    return found


def corpus_records(views: Iterable[DocumentView], registry: Registry, splits: Splits,
                   quote_links: QuoteLinks | None = None) -> Records:
    """Every record of a corpus held in memory: its documents' and its corpus files' (`corpus_scopes`)."""
    return {view.id: document_records(view.doc) for view in views} | corpus_scopes(registry, splits, quote_links)


class Scopes(Mapping[str, Layers]):
    """A corpus's records by scope: the corpus files' held, each document's made by `read` when it is asked for
    and not kept, so that comparing or recording a corpus holds one document's records at a time (the records
    of 2 000 documents held at once took 2.4 GB)."""

    def __init__(self, corpus: Records, documents: Iterable[str], read: Callable[[str], Layers]) -> None:
        self._corpus, self._documents, self._read = corpus, frozenset(documents), read

    def __getitem__(self, scope: str) -> Layers:
        if scope in self._corpus:
            return self._corpus[scope]
        if scope in self._documents:
            return self._read(scope)
        raise KeyError(scope)

    def __contains__(self, scope: object) -> bool:
        return scope in self._corpus or scope in self._documents

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._documents | self._corpus.keys()))

    def __len__(self) -> int:
        return len(self._documents | self._corpus.keys())


def record_models() -> dict[str, list[str]]:
    """Each model a record can be (`record_of`) with its fields, as this version of the models has them: the
    models of a document's own fields and of its layers' items, a registry entity, a quote link. What a release
    records of the models, so that a record that gains a field is told from an edited one."""
    kinds = [info.annotation for name, info in Document.model_fields.items() if name not in _NOT_RECORDS]
    kinds += [models.RegistryEntity, QuoteLink]
    found = {kind for kind in kinds + [arg for kind in kinds if get_origin(kind) is list for arg in get_args(kind)]
             if isinstance(kind, type) and issubclass(kind, BaseModel)}
    return {kind.__name__: sorted(kind.model_fields) for kind in sorted(found, key=lambda kind: kind.__name__)}


@dataclass
class Snapshot:
    """A corpus as a release records it: its dataset version, records (by scope: `Scopes` reads a document's
    when asked), record models' fields and file hashes."""

    version: str
    records: Mapping[str, Layers]
    fields: dict[str, list[str]] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)

    @property
    def documents(self) -> list[str]:
        return sorted(set(self.records) - CORPUS_SCOPES)

    @property
    def record_count(self) -> int:
        """How many records it has (reads every document's)."""
        return sum(len(items) for layers in self.records.values() for items in layers.values())


def read_snapshot(root: Path, version: str) -> Snapshot:
    """The snapshot of the (valid) corpus at `root`: validated first, then each document read again through the
    loader when its records are asked for. `CorpusError` if it does not validate."""
    from vostochny.checking.validator import validate_corpus
    from vostochny.errors import CorpusError
    from vostochny.reading.corpus import open_corpus
    from vostochny.reading.documents import corpus_quote_links, corpus_registry, corpus_splits

    corpus = open_corpus(root)
    report = validate_corpus(corpus)
    if not report.ok:
        raise CorpusError(report)
    scopes = corpus_scopes(corpus_registry(root), corpus_splits(root), corpus_quote_links(root))
    return _read_when_asked(version, root, scopes, {path.stem: path for path in corpus.files})  # id = name (V205)


def read_past_snapshot(root: Path, version: str) -> Snapshot:
    """The snapshot of a past version of a corpus (a git revision's): its files as the loader reads them, migrated
    from older schema versions and not held to today's rules. `CorpusError` if a file does not load at all, or its
    own version's schema refuses it (migrated, it has a model all the same). Each document is read once to check
    it and find its id, and again when its records are asked for."""
    from vostochny.checking.validator import Report
    from vostochny.errors import CorpusError
    from vostochny.reading import loader
    from vostochny.reading.corpus import open_corpus
    from vostochny.reading.documents import corpus_quote_links, corpus_registry, corpus_splits

    corpus = open_corpus(root)
    paths: dict[str, Path] = {}
    broken = []
    for path in corpus.files:
        item = loader.load_document(path, str(path), within=corpus.root)
        broken += item.problems if item.refused(older=True) else []
        if item.model is not None:
            paths[item.model.id] = path
    if broken:
        raise CorpusError(Report(problems=broken))
    scopes = corpus_scopes(corpus_registry(root, older=True), corpus_splits(root, older=True),
                           corpus_quote_links(root, older=True))
    return _read_when_asked(version, corpus.root, scopes, paths)


def _read_when_asked(version: str, root: Path, scopes: Records, paths: dict[str, Path]) -> Snapshot:
    """The snapshot of the corpus at `root` whose corpus files' records are `scopes`, each document's records read
    from its file (document id -> path) when they are asked for (`CorpusError` if it no longer loads)."""
    from vostochny.checking.validator import Report
    from vostochny.errors import CorpusError
    from vostochny.reading import loader

    def read(doc_id: str) -> Layers:
        item = loader.load_document(paths[doc_id], str(paths[doc_id]), within=root)
        if item.model is None:
            raise CorpusError(Report(problems=list(item.problems)))
        return document_records(item.model)

    return Snapshot(version, Scopes(scopes, paths, read), record_models(),
                    loader.file_hashes(root, frozenset({RELEASE_FILE})))


def records_text(layers: Layers) -> str:
    """The text of a released document's records file (`annotations/released/ID.json`): layer -> record id ->
    value hash, one record a line, sorted, so that its diff reads as the data's."""
    return json.dumps({layer: {key: r.value for key, r in items.items()} for layer, items in layers.items()},
                      indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def manifest_text(snapshot: Snapshot, documents: Mapping[str, str]) -> str:
    """The text of `annotations/RELEASED.json` (format 2): the release's version, record models, file hashes,
    the records of its corpus files, and the SHA-256 of each document's records file (`records_text`)."""
    corpus = {scope: snapshot.records[scope] for scope in sorted(CORPUS_SCOPES) if scope in snapshot.records}
    data = {"$comment": COMMENT, "format": 2, "dataset_version": snapshot.version, "fields": snapshot.fields,
            "files": snapshot.files, "documents": dict(documents),
            "records": {scope: {layer: {key: r.value for key, r in items.items()} for layer, items in layers.items()}
                        for scope, layers in corpus.items()}}
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def from_records(hashes: Mapping[str, Mapping[str, str]]) -> Layers:
    """A scope's records as a release records them (value hashes only)."""
    return {layer: {key: Record(value) for key, value in items.items()} for layer, items in hashes.items()}
