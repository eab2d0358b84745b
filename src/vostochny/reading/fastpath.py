"""The valid-file fast path: a typed `msgspec` decode that mirrors the document models exactly.

`msgspec` parses and checks a document in one pass at about the cost of a bare JSON parse,
where pydantic's JSON validation costs twice that. It proves the structure only: a file it
refuses goes the fully reporting pydantic way (`vostochny.reading.loader`), so the mirror may refuse
more than the models (a `"schema_"` key, which `populate_by_name` lets pydantic read), never
less. Optional fields default to `UNSET`, so that the keys a file holds are known (the duplicate
key proof counts them); `settle` then gives them the models' defaults, and the rules read the
mirror as they read a `Document`. `tests/test_fastpath.py` checks, on random mutations of valid
documents, that both paths accept the same files and that the rules find the same problems.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import Annotated, Any

import msgspec
import msgspec.inspect
from msgspec import UNSET, Meta, Struct, UnsetType, field
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from vostochny.model import models as m


def _pattern(regex: str) -> Meta:
    """The same pattern for Python's `re`: its `$` also matches before a final newline, Rust's does not."""
    return Meta(pattern=regex.removesuffix("$") + r"\Z" if regex.endswith("$") else regex)


def _field_pattern(model: type[BaseModel], name: str) -> Meta:
    """The pattern of a model's string field, read from the model so that the two cannot drift."""
    info = model.model_fields[name]
    return _pattern(next(_patterns([info, info.annotation])))


def _patterns(items: Iterable[Any]) -> Iterator[str]:
    """Patterns in field metadata, looking inside `Optional[...]` and `Annotated[..., Field(...)]`."""
    for item in items:
        if getattr(item, "pattern", None):
            yield item.pattern
        for inner in ("metadata", "__metadata__", "__args__"):
            yield from _patterns(getattr(item, inner, ()))


Offset = Annotated[int, Meta(ge=0)]
#: a record's id or a reference to one, checked after the decode, all of a document's in one match
#: (`_ids_valid`): `msgspec` calls Python's `re` once per string, half the decode on ~600 ids a document
LocalId = str
DocId = Annotated[str, _pattern(m.DOC_ID_PATTERN)]
PlainText = Annotated[str, _pattern(m.PLAIN_TEXT_PATTERN)]
Name = Annotated[str, _pattern(m.PLAIN_TEXT_PATTERN), Meta(min_length=1)]
Semver = Annotated[str, _pattern(m.SEMVER_PATTERN)]
Date = Annotated[str, _field_pattern(m.DocumentMeta, "date")]
Url = Annotated[str, _field_pattern(m.DocumentMeta, "url")]
Language = Annotated[str, _field_pattern(m.DocumentMeta, "language")]
Sha256 = Annotated[str, _field_pattern(m.Document, "sha256")]


class _Struct(Struct, forbid_unknown_fields=True, gc=False):
    """Closed records, like the models (`extra="forbid"`); untracked by the garbage collector."""


class Span(_Struct):
    start: Offset
    end: Offset
    text: str


class Sentence(Span):
    pass


class Zone(Span):
    kind: m.ZoneKind


class Entity(_Struct):
    id: LocalId
    type: m.EntityType
    name: Name
    kb_id: str | UnsetType | None = UNSET
    distinct_from: list[str] | UnsetType = UNSET


class Mention(Span):
    id: LocalId
    entity: LocalId
    kind: m.MentionKind
    metonymy: bool | UnsetType = UNSET


class Relation(_Struct):
    id: LocalId
    type: m.RelationType
    head: LocalId
    tail: LocalId
    factuality: m.Factuality | UnsetType | None = UNSET


class Quote(_Struct):
    id: LocalId
    kind: m.QuoteKind
    content: list[Span]
    cue: Span | UnsetType | None = UNSET
    speaker: LocalId | UnsetType | None = UNSET
    attribution: m.AttributionType | UnsetType | None = UNSET


class Tokenizer(_Struct):
    name: PlainText
    version: PlainText
    corrections: Offset | UnsetType = UNSET


class Rights(_Struct):
    statement: m.RightsStatement
    holder: Name | None
    note: Name


class DocumentMeta(_Struct, kw_only=True):
    outlet: PlainText | UnsetType | None = UNSET
    title: PlainText | UnsetType | None = UNSET
    date: Date | UnsetType | None = UNSET
    language: Language | UnsetType = UNSET
    source_file: PlainText
    url: Url | UnsetType | None = UNSET
    received: Date | UnsetType | None = UNSET
    rights: Rights | UnsetType = UNSET


class Document(_Struct, kw_only=True):
    schema_: PlainText | UnsetType | None = field(default=UNSET, name="$schema")
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


_DECODER = msgspec.json.Decoder(Document)
#: writes a mirror back as JSON: fields still `UNSET` (absent from the file) are left out
encode = msgspec.json.Encoder().encode


def decode(data: bytes) -> Document | None:
    """The document's mirror if the bytes are a structurally valid document (duplicate keys aside:
    `msgspec` keeps the last, so the caller proves there are none), else None."""
    try:
        doc = _DECODER.decode(data)
    except (msgspec.ValidationError, msgspec.DecodeError):
        return None
    return doc if _ids_valid(doc) else None


#: local ids, each followed by a line break: the pattern holds no line break, so each id matches alone
_LOCAL_IDS = re.compile(f"(?:{m.LOCAL_ID_PATTERN.removeprefix('^').removesuffix('$')}\n)*")
_ID, _ENTITY, _HEAD, _TAIL, _SPEAKER = map(attrgetter, ("id", "entity", "head", "tail", "speaker"))


def _ids_valid(doc: Document) -> bool:
    """Every local id of the document matches `LOCAL_ID_PATTERN` (as `LocalId`'s pattern did): one
    match over them all, each ended by a line break; one that holds a line break itself is caught
    by the count of them."""
    ids = [*map(_ID, doc.entities), *map(_ID, doc.mentions), *map(_ENTITY, doc.mentions),
           *map(_ID, doc.relations), *map(_HEAD, doc.relations), *map(_TAIL, doc.relations),
           *map(_ID, doc.quotes), *(s for s in map(_SPEAKER, doc.quotes) if isinstance(s, str))]
    lines = "\n".join(ids) + "\n" if ids else ""
    return lines.count("\n") == len(ids) and _LOCAL_IDS.fullmatch(lines) is not None


@dataclass(frozen=True)
class _Shape:
    """What the bulk helpers need of a mirror class: its fields, the optional ones (UNSET when
    absent) with their model fields (for the defaults), and the fields that hold mirrors."""

    names: frozenset[str]
    optional: tuple[tuple[str, FieldInfo], ...]
    nested: tuple[str, ...]

    def default(self, info: FieldInfo) -> Any:
        return info.get_default(call_default_factory=True)


_SHAPES: dict[type, _Shape] = {}


def _holds_mirrors(kind: msgspec.inspect.Type) -> bool:
    """A field typed as a mirror, a list of mirrors, or a union with one (`Optional[Span]`)."""
    if isinstance(kind, msgspec.inspect.ListType):
        return _holds_mirrors(kind.item_type)
    if isinstance(kind, msgspec.inspect.UnionType):
        return any(map(_holds_mirrors, kind.types))
    return isinstance(kind, msgspec.inspect.StructType)


def _shape(cls: type) -> _Shape:
    if cls not in _SHAPES:
        model = getattr(m, cls.__name__)
        info = msgspec.inspect.type_info(cls).fields  # type: ignore[attr-defined]
        optional = tuple((f.name, model.model_fields[f.name]) for f in info if not f.required)
        nested = tuple(f.name for f in info if _holds_mirrors(f.type))
        _SHAPES[cls] = _Shape(frozenset(f.name for f in info), optional, nested)
    return _SHAPES[cls]


def _mirrors(values: Iterable[Any]) -> list[Struct]:
    """The mirrors among the values of one field (all of one class): list items, and single values
    that are set and not null."""
    found: list[Struct] = []
    for value in values:
        if isinstance(value, list):
            found += value
        elif isinstance(value, Struct):
            found.append(value)
    return found


def keys_present(items: list[Struct]) -> int:
    """How many JSON keys mirrors of one class were decoded from (fields not UNSET, recursively)."""
    if not items:
        return 0
    shape = _shape(type(items[0]))
    total = len(items) * len(shape.names)
    for name, _ in shape.optional:
        total -= list(map(attrgetter(name), items)).count(UNSET)
    for name in shape.nested:
        total += keys_present(_mirrors(map(attrgetter(name), items)))
    return total


def settle(items: list[Struct]) -> None:
    """Give absent fields the model's defaults (recursively), so that the mirrors read like models."""
    if not items:
        return
    shape = _shape(type(items[0]))
    for name, info in shape.optional:
        for item in items:
            if getattr(item, name) is UNSET:
                setattr(item, name, shape.default(info))
    for name in shape.nested:
        settle(_mirrors(map(attrgetter(name), items)))
