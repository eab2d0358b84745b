"""The valid-file fast path: typed `msgspec` decodes that mirror the models of every corpus file exactly.

`msgspec` parses and checks a file in one pass at about the cost of a bare JSON parse, where
pydantic's JSON validation costs twice that, and importing pydantic and building the models costs
more than checking the packaged corpus. So the validator reads a valid corpus through these
mirrors only: the documents (`Document`), `entities.json` (`Registry`), `splits.json` (`Splits`),
`quote_links.json` (`QuoteLinks`) and `RELEASED.json` (`ReleaseManifest`), and on that path no
module imports pydantic (`tests/test_fastpath.py` runs `vostochny validate` and looks). A mirror
proves the structure only: a file it refuses goes the fully reporting pydantic way
(`vostochny.reading.loader`), which imports the models then; so a mirror may refuse more than
its model, never less (the loader reads a file's members by their keys only, `by_name=False`: a
`"schema_"` key is unknown to both, as to the published schema).

The patterns, label types and non-trivial defaults come from `vostochny.model.constants`, which
the models use too. Optional fields default to `UNSET`, so that the keys a file holds are known
(the duplicate key proofs count them); `settle` then gives them the models' defaults (each
mirror's `SETTLED`), and the rules read the mirror as they read a model. `tests/test_fastpath.py`
checks, on random mutations of valid files, that both paths accept the same files and that the
rules find the same problems, and that every mirror declares its model's fields and defaults.
"""

# No `from __future__ import annotations` here: msgspec would evaluate every annotation string again
# (for each decoder and `structs.fields` call), about 10 ms of a `validate` run.
from collections.abc import Iterable, Iterator
from operator import attrgetter, itemgetter
from typing import Annotated, Any, ClassVar, Final, Literal, NamedTuple, TypeVar, get_args, get_origin

import msgspec
import msgspec.structs
from msgspec import UNSET, Meta, Struct, UnsetType, field

from vostochny.model import constants as c
from vostochny.patterns import compiled


def _pattern(regex: str) -> Meta:
    """The same pattern for Python's `re`: its `$` also matches before a final newline, Rust's does not."""
    return Meta(pattern=regex.removesuffix("$") + r"\Z" if regex.endswith("$") else regex)


Offset = Annotated[int, Meta(ge=0)]
LocalId = Annotated[str, _pattern(c.LOCAL_ID_PATTERN)]
#: a document's record id or a reference to one, checked after the decode, all of a document's in one
#: match (`_ids_valid`): `msgspec` calls Python's `re` once per string, half the decode on ~600 ids
DocLocalId = str
DocId = Annotated[str, _pattern(c.DOC_ID_PATTERN)]
PlainText = Annotated[str, _pattern(c.PLAIN_TEXT_PATTERN)]
Name = Annotated[str, _pattern(c.PLAIN_TEXT_PATTERN), Meta(min_length=1)]
#: a document's plain text and names, checked after the decode as its local ids are, all in one
#: search (`_texts_valid`): a document has a name per entity
DocPlainText = str
DocName = str
Semver = Annotated[str, _pattern(c.SEMVER_PATTERN)]
Date = Annotated[str, _pattern(c.DATE_PATTERN)]
Url = Annotated[str, _pattern(c.URL_PATTERN)]
Language = Annotated[str, _pattern(c.LANGUAGE_PATTERN)]
Sha256 = Annotated[str, _pattern(c.SHA256_PATTERN)]
CorpusFile = Annotated[str, _pattern(c.CORPUS_FILE_PATTERN)]


class _Struct(Struct, forbid_unknown_fields=True, gc=False):
    """Closed records, like the models (`extra="forbid"`); untracked by the garbage collector.
    `SETTLED`: what each optional field (`UNSET` while the file leaves it out) holds once settled,
    the model's default (a class or function is called for a fresh value)."""

    SETTLED: ClassVar[dict[str, Any]] = {}


class Span(_Struct):
    start: Offset
    end: Offset
    text: str


class Sentence(Span):
    pass


class Zone(Span):
    kind: c.ZoneKind


class Entity(_Struct):
    SETTLED: ClassVar[dict[str, Any]] = {"kb_id": None, "distinct_from": list}
    id: DocLocalId
    type: c.EntityType
    name: DocName
    kb_id: str | UnsetType | None = UNSET
    distinct_from: list[str] | UnsetType = UNSET


class Mention(Span):
    SETTLED: ClassVar[dict[str, Any]] = {"metonymy": False}
    id: DocLocalId
    entity: DocLocalId
    kind: c.MentionKind
    metonymy: bool | UnsetType = UNSET


class Relation(_Struct):
    SETTLED: ClassVar[dict[str, Any]] = {"factuality": None}
    id: DocLocalId
    type: c.RelationType
    head: DocLocalId
    tail: DocLocalId
    factuality: c.Factuality | UnsetType | None = UNSET


class Quote(_Struct):
    SETTLED: ClassVar[dict[str, Any]] = {"cue": None, "speaker": None, "attribution": None}
    id: DocLocalId
    kind: c.QuoteKind
    content: list[Span]
    cue: Span | UnsetType | None = UNSET
    speaker: DocLocalId | UnsetType | None = UNSET
    attribution: c.AttributionType | UnsetType | None = UNSET


class Tokenizer(_Struct):
    SETTLED: ClassVar[dict[str, Any]] = {"corrections": 0, "sentence_corrections": 0}
    name: DocPlainText
    version: DocPlainText
    corrections: Offset | UnsetType = UNSET
    sentence_corrections: Offset | UnsetType = UNSET


class Rights(_Struct):
    statement: c.RightsStatement
    holder: DocName | None
    note: DocName


def _not_evaluated() -> Rights:
    return msgspec.convert(c.RIGHTS_NOT_EVALUATED_FIELDS, Rights)


class DocumentMeta(_Struct, kw_only=True):
    SETTLED: ClassVar[dict[str, Any]] = {"outlet": None, "title": None, "date": None, "language": c.DEFAULT_LANGUAGE,
                                         "url": None, "received": None, "rights": _not_evaluated}
    outlet: DocName | UnsetType | None = UNSET
    title: DocPlainText | UnsetType | None = UNSET
    date: Date | UnsetType | None = UNSET
    language: Language | UnsetType = UNSET
    source_file: DocName
    url: Url | UnsetType | None = UNSET
    received: Date | UnsetType | None = UNSET
    rights: Rights | UnsetType = UNSET


class Document(_Struct, kw_only=True):
    SETTLED: ClassVar[dict[str, Any]] = {"schema_": None, "zones": list}
    schema_: DocPlainText | UnsetType | None = field(default=UNSET, name="$schema")
    schema_version: Semver
    id: DocId
    sha256: Sha256
    length: Offset
    meta: DocumentMeta
    tokenizer: Tokenizer
    sentences: list[Sentence]
    tokens: list[tuple[Offset, Offset, str]]
    zones: list[Zone] | UnsetType = UNSET
    entities: list[Entity]
    mentions: list[Mention]
    relations: list[Relation]
    quotes: list[Quote]


# `entities.json`: the Wikidata link is a union told apart by its `status` (msgspec's tag, which
# it reads and writes but does not keep as a field: `status` is a class attribute, as the models' value)
class WikidataSource(_Struct):
    where: Name
    what: Name


class WikidataVerified(_Struct, tag_field="status", tag="verified"):
    SETTLED: ClassVar[dict[str, Any]] = {"instance_of": None}
    status: ClassVar[Literal["verified"]] = "verified"
    qid: PlainText
    sources: list[WikidataSource]
    instance_of: c.WikidataClass | UnsetType | None = UNSET


class WikidataNoEntry(_Struct, tag_field="status", tag="no-entry"):
    status: ClassVar[Literal["no-entry"]] = "no-entry"


class WikidataUnverified(_Struct, tag_field="status", tag="unverified"):
    status: ClassVar[Literal["unverified"]] = "unverified"


class RegistryEntity(_Struct, kw_only=True):
    SETTLED: ClassVar[dict[str, Any]] = {"aliases": list, "misspellings": list}
    id: DocId
    type: c.EntityType
    name: Name
    aliases: list[PlainText] | UnsetType = UNSET
    misspellings: list[Name] | UnsetType = UNSET
    wikidata: WikidataVerified | WikidataNoEntry | WikidataUnverified


class Registry(_Struct, kw_only=True):
    SETTLED: ClassVar[dict[str, Any]] = {"schema_": None}
    schema_: PlainText | UnsetType | None = field(default=UNSET, name="$schema")
    schema_version: Semver
    entities: list[RegistryEntity]


class Splits(_Struct, kw_only=True):
    SETTLED: ClassVar[dict[str, Any]] = {"schema_": None}
    schema_: PlainText | UnsetType | None = field(default=UNSET, name="$schema")
    schema_version: Semver
    train: list[DocId]
    validation: list[DocId]
    test: list[DocId]


class QuoteRef(_Struct):
    document: DocId
    quote: LocalId
    text: Name


class Intermediary(_Struct):
    SETTLED: ClassVar[dict[str, Any]] = {"kb_id": None}
    name: Name
    kb_id: str | UnsetType | None = UNSET


class QuoteLink(_Struct, kw_only=True):
    SETTLED: ClassVar[dict[str, Any]] = {"via": list, "note": None}
    id: LocalId
    a: QuoteRef
    b: QuoteRef
    wording: c.QuoteLinkWording
    via: list[Intermediary] | UnsetType = UNSET
    note: Name | UnsetType | None = UNSET


class QuoteLinks(_Struct, kw_only=True):
    SETTLED: ClassVar[dict[str, Any]] = {"schema_": None}
    schema_: PlainText | UnsetType | None = field(default=UNSET, name="$schema")
    schema_version: Semver
    links: list[QuoteLink]


class ReleaseManifest(_Struct, kw_only=True):
    """`annotations/RELEASED.json` (`vostochny.model.release`): no schema version of its own. Which format
    holds which members is the model's check after the fields (`__post_init__` here)."""

    SETTLED: ClassVar[dict[str, Any]] = {"documents": None}
    comment: PlainText = field(name="$comment")
    format: Literal[1, 2]
    dataset_version: Semver
    fields: dict[str, list[str]]
    files: dict[CorpusFile, str]
    documents: dict[DocId, Sha256] | UnsetType | None = UNSET
    records: dict[str, dict[str, dict[str, str]]]

    def __post_init__(self) -> None:
        listed = isinstance(self.documents, dict)
        if (self.format == 2) != listed or (listed and not c.CORPUS_SCOPES.issuperset(self.records)):
            raise ValueError("the members do not fit the format")


MirrorT = TypeVar("MirrorT", Document, Registry, Splits, QuoteLinks, ReleaseManifest)
_DECODERS: dict[type, msgspec.json.Decoder[Any]] = {}
#: writes a mirror back as JSON: fields still `UNSET` (absent from the file) are left out
encode = msgspec.json.Encoder().encode


def decode(data: bytes, kind: type[MirrorT] = Document) -> MirrorT | None:  # type: ignore[assignment]
    """The file's mirror if the bytes are a structurally valid file of that kind (duplicate keys
    aside: `msgspec` keeps the last, so the caller proves there are none), else None."""
    decoder = _DECODERS.get(kind) or _DECODERS.setdefault(kind, msgspec.json.Decoder(kind))
    try:
        result: MirrorT = decoder.decode(data)
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None
    return result if not isinstance(result, Document) or (_ids_valid(result) and _texts_valid(result)) else None


#: local ids, each followed by a line break: the pattern holds no line break, so each id matches alone
_LOCAL_IDS = compiled(f"(?:{c.LOCAL_ID_PATTERN.removeprefix('^').removesuffix('$')}\n)*")
_ID, _ENTITY, _HEAD, _TAIL, _SPEAKER, _NAME = map(attrgetter, ("id", "entity", "head", "tail", "speaker", "name"))


def _ids_valid(doc: Document) -> bool:
    """Every local id of the document matches `LOCAL_ID_PATTERN` (as `LocalId`'s pattern does): one
    match over them all, each ended by a line break; one that holds a line break itself is caught
    by the count of them."""
    ids = [*map(_ID, doc.entities), *map(_ID, doc.mentions), *map(_ENTITY, doc.mentions),
           *map(_ID, doc.relations), *map(_HEAD, doc.relations), *map(_TAIL, doc.relations),
           *map(_ID, doc.quotes), *(s for s in map(_SPEAKER, doc.quotes) if isinstance(s, str))]
    lines = "\n".join(ids) + "\n" if ids else ""
    return lines.count("\n") == len(ids) and _LOCAL_IDS.fullmatch(lines) is not None


#: what `PLAIN_TEXT_PATTERN` forbids but NUL, which `_texts_valid` joins the texts with
_CONTROL = compiled(
    "[" + c.PLAIN_TEXT_PATTERN.removeprefix("^[^").removesuffix("]*$").replace(r"\x00-", r"\x01-") + "]")


def _texts_valid(doc: Document) -> bool:
    """Every plain text and name of the document matches `PLAIN_TEXT_PATTERN` (as `PlainText`'s
    pattern does) and no name is empty (`Name`): one search over them all, joined by NUL (which the
    pattern forbids); one that holds a NUL itself is caught by the count of them."""
    meta, rights = doc.meta, doc.meta.rights
    names = [*map(_NAME, doc.entities), meta.source_file, *([meta.outlet] if isinstance(meta.outlet, str) else [])]
    if isinstance(rights, Rights):
        names.append(rights.note)
        if rights.holder is not None:
            names.append(rights.holder)
    texts = [doc.tokenizer.name, doc.tokenizer.version, *(t for t in (doc.schema_, meta.title) if isinstance(t, str))]
    joined = "\x00".join(names + texts)
    return ("" not in names and joined.count("\x00") == len(names) + len(texts) - 1
            and _CONTROL.search(joined) is None)


class _Shape:
    """What `settle` needs of a mirror class: its optional fields (UNSET when absent) with what they
    settle to, and the fields holding mirrors that may have a field to settle (a span has none); and
    what `keys_written` needs: its number of fields and the fields holding mirrors."""

    __slots__ = ("fields", "holding", "optional", "unsettled")

    def __init__(self, optional: tuple[tuple[str, Any], ...], unsettled: tuple[str, ...], fields: int = 0,
                 holding: tuple[str, ...] = ()) -> None:
        self.optional: Final = optional
        self.unsettled: Final = unsettled
        self.fields: Final = fields
        self.holding: Final = holding


_SHAPES: dict[type, _Shape] = {}


def _mirror_classes(kind: Any) -> list[type[Struct]]:
    """The mirror classes a field's type holds (`list[Span]`, `Optional[Span]`, a union of them)."""
    if isinstance(kind, type) and issubclass(kind, Struct):
        return [kind]
    return [found for arg in get_args(kind) for found in _mirror_classes(arg)]


def _may_settle(cls: type[Struct]) -> bool:
    """Whether a mirror of the class, or one it holds, has an optional field."""
    shape = _shape(cls)
    return bool(shape.optional or shape.unsettled)


def _shape(cls: type[Struct]) -> _Shape:
    if cls not in _SHAPES:
        info = msgspec.structs.fields(cls)
        settled: dict[str, Any] = getattr(cls, "SETTLED", {})
        optional = tuple((f.name, settled[f.name]) for f in info if f.default is UNSET)
        unsettled = tuple(f.name for f in info if any(map(_may_settle, _mirror_classes(f.type))))
        holding = tuple(f.name for f in info if _mirror_classes(f.type))
        _SHAPES[cls] = _Shape(optional, unsettled, len(info), holding)
    return _SHAPES[cls]


def _mirrors(values: Iterable[Any]) -> list[Struct]:
    """The mirrors among the values of one field: list items, and single values that are set and not null."""
    found: list[Struct] = []
    for value in values:
        if isinstance(value, list):
            found += value
        elif isinstance(value, Struct):
            found.append(value)
    return found


def _by_class(items: list[Struct]) -> list[list[Struct]]:
    """Mirrors of one field grouped by class (a union field, the Wikidata link, holds several)."""
    kinds = set(map(type, items))
    if len(kinds) == 1:
        return [items]
    return [[item for item in items if type(item) is kind] for kind in kinds]


def settle(items: list[Struct]) -> int:
    """Give absent fields the model's defaults (recursively), so that the mirrors read like models;
    returns how many fields were absent. Fields whose mirrors have nothing to settle (sentences,
    zones, a quote's spans) are not walked. (A column test first, `UNSET in list(map(attrgetter(name),
    group))`, was no faster than this loop on synthetic documents, which write every field: CPU
    time, interleaved.)"""
    absent = 0
    for group in _by_class(items) if items else []:
        shape = _shape(type(group[0]))
        for name, default in shape.optional:
            for item in group:
                if getattr(item, name) is UNSET:
                    setattr(item, name, default() if callable(default) else default)
                    absent += 1
        for name in shape.unsettled:
            absent += settle(_mirrors(map(attrgetter(name), group)))
    return absent


_TEXT, _KB_ID, _DISTINCT, _CONTENT, _CUE = map(attrgetter, ("text", "kb_id", "distinct_from", "content", "cue"))
_TOKEN_TEXT = itemgetter(2)


def keys_declared(doc: Document) -> int:
    """How many fields the records of a document's mirror declare, set or not (each record's class's
    fields times its records): less the absent ones that `settle` counts, the keys of the file, each key
    of a record once. Read before `settle`, which makes a record of an absent `rights`."""
    count, quotes, zones = _field_count, doc.quotes, doc.zones
    spans = sum(map(len, map(_CONTENT, quotes))) + sum(isinstance(cue, Span) for cue in map(_CUE, quotes))
    return (count(Document) + count(DocumentMeta) + count(Tokenizer)
            + isinstance(doc.meta.rights, Rights) * count(Rights) + len(doc.sentences) * count(Sentence)
            + (len(zones) if isinstance(zones, list) else 0) * count(Zone)
            + len(doc.entities) * count(Entity) + len(doc.mentions) * count(Mention)
            + len(doc.relations) * count(Relation) + len(quotes) * count(Quote) + spans * count(Span))


def _field_count(cls: type[Struct]) -> int:
    return _shape(cls).fields


def optional_colons(doc: Document) -> int:
    """The colons in the strings of a document mirror's optional fields, read before `settle` (a default
    may hold text, which no file does): `$schema`, the outlet, title and URL, the rights, each entity's
    kb_id and distinct_from, each quote's cue; and the zones."""
    meta, rights, quotes, entities = doc.meta, doc.meta.rights, doc.quotes, doc.entities
    texts = [*(t for t in (doc.schema_, meta.outlet, meta.title, meta.url) if isinstance(t, str)),
             *(kb_id for kb_id in map(_KB_ID, entities) if isinstance(kb_id, str)),
             *(kb_id for kb_ids in map(_DISTINCT, entities) if isinstance(kb_ids, list) for kb_id in kb_ids),
             *(cue.text for cue in map(_CUE, quotes) if isinstance(cue, Span))]
    if isinstance(rights, Rights):
        texts += [t for t in (rights.holder, rights.note) if isinstance(t, str)]
    if isinstance(doc.zones, list):
        texts += map(_TEXT, doc.zones)
    return "".join(texts).count(":")


def required_colons(doc: Document) -> Iterator[int]:
    """The colons in the strings of a document mirror's required fields, a group of fields at a time
    (the cheap ones and those most likely to hold one first: a caller stops once it has counted as many
    as it looks for), but those of strings that cannot hold one: local ids (`_ids_valid` has matched
    them), the patterned fields (the document id, version, checksum) and the labels (Literal types,
    none with a colon: `tests/test_fastpath.py`). With `optional_colons`, never more than the colons of
    every string of the mirror: each string is counted at most once (`loader.mirrored`)."""
    yield "".join([doc.tokenizer.name, doc.tokenizer.version, doc.meta.source_file, *map(_TEXT, doc.sentences),
                   *(span.text for q in doc.quotes for span in q.content)]).count(":")
    yield "".join(map(_TOKEN_TEXT, doc.tokens)).count(":")
    yield "".join(map(_TEXT, doc.mentions)).count(":")
    yield "".join(map(_NAME, doc.entities)).count(":")


def _span_fields(item: Any) -> tuple[str, ...]:
    """The fields of a layer's item that hold spans ("": the item is a span)."""
    if issubclass(item, Span):
        return ("",)
    return tuple(f.name for f in msgspec.structs.fields(item) if _holds_spans(f.type))


def _list_item(kind: Any) -> Any:
    """The item type of a layer's field (`list[Zone]`, or `list[Zone] | UnsetType`); None for another field."""
    if get_origin(kind) is list:
        return get_args(kind)[0]
    return next(filter(None, map(_list_item, get_args(kind))), None)


def _holds_spans(kind: Any) -> bool:
    if isinstance(kind, type) and issubclass(kind, Span):
        return True
    return any(map(_holds_spans, get_args(kind)))


class SpanLayer(NamedTuple):
    """A layer's name and its span fields ("": the item is a span), as `layers.Layer` has them."""

    name: str
    span_fields: tuple[str, ...]


#: each layer whose spans are checked against the raw text as records (tokens are columns) with its
#: span fields, derived from the mirrors as `vostochny.reading.layers.SPAN_LAYERS` is from the models
#: (`tests/test_fastpath.py` proves the two equal): what the view walks, without importing the models
SPAN_LAYERS: tuple[SpanLayer, ...] = tuple(
    SpanLayer(name, spans) for name, item in ((f.name, _list_item(f.type)) for f in msgspec.structs.fields(Document))
    if isinstance(item, type) and issubclass(item, Struct) and (spans := _span_fields(item)))
