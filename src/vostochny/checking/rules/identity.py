"""Rules on ids and references in a document: its id and file name (V205), ids used twice (V206), and references to
entities, registry records and mentions that do not exist (V207-V209); with what other layers' messages say of an
unknown id or document."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, rule
from vostochny.reading.corpus import CORPUS_FILES

if TYPE_CHECKING:
    from vostochny.reading.view import DocumentView


@rule("V205", "id-file-name", "the document id differs from its file name",
      "rename the file to annotations/ID.json, or fix the id")
def id_file_name(ctx: DocContext) -> Iterator[Hit]:
    """A document is found by its id (`annotations/<id>.json`, `raw/<id>.txt`); a mismatch would
    pair an annotation with the wrong raw text."""
    if ctx.doc.id != ctx.stem:
        yield Hit("/id", ctx.doc.id, f"file is {ctx.stem}.json")


_ID_LAYERS = ("entities", "mentions", "relations", "quotes")


@rule("V206", "duplicate-id", "an id is used twice in the document", "give each record its own id",
      predictions="required")
def duplicate_id(ctx: DocContext) -> Iterator[Hit]:
    """Entity, mention, relation and quote ids share one namespace per document, so that a
    reference can never be ambiguous. Ids that differ only in case (`m1`, `M1`) are one id used twice:
    a reader that folds case (a spreadsheet, a database's default collation, keys lower-cased by a
    user's code, a case-insensitive file system) takes one record for the other."""
    ids = tuple(chain.from_iterable(ctx.view.column(layer, "id") for layer in _ID_LAYERS))
    if len(set(ids if _folded(ids) else map(str.casefold, ids))) == len(ids):
        return
    seen: dict[str, str] = {}  # each id casefolded -> the id as first written
    for layer in _ID_LAYERS:
        for i, item in enumerate(getattr(ctx.doc, layer)):
            key = item.id.casefold()
            if key in seen:
                yield Hit(pointer(layer, i, "id"), item.id, used_before(item.id, seen[key]))
            else:
                seen[key] = item.id


def _folded(ids: Sequence[str]) -> bool:
    """Whether every id is its own casefolded form (ids are mostly written in lower case), by one `casefold` call:
    casefolding maps each character on its own, so the ids joined fold to themselves only if each does."""
    joined = "".join(ids)
    return joined == joined.casefold()


def used_before(given: str, first: str) -> str:
    """What to say of an id whose casefolded form an earlier one has (V206, V316)."""
    also = "" if given == first else f" as {first!r} (ids that differ only in case are one)"
    return f"{given!r} already used{also}"


@rule("V207", "dangling-entity", "a mention points to an entity that does not exist",
      "set `entity` to the id of an entity in `entities`", predictions="required")
def dangling_entity(ctx: DocContext) -> Iterator[Hit]:
    """Every mention belongs to one document entity (its coreference cluster)."""
    ids = ctx.view.entities
    if ids.keys() >= set(ctx.view.column("mentions", "entity")):
        return
    for i, m in enumerate(ctx.doc.mentions):
        if m.entity not in ids:
            yield Hit(pointer("mentions", i, "entity"), m.entity,
                      f"no entity {m.entity!r}{_kind_of(ctx.view, m.entity)}")


def _kind_of(view: DocumentView, ref: str) -> str:
    """A hint for a dangling reference that is an id of another kind (an entity id where a mention id belongs, or the
    reverse), from the ids of each layer and each entity's mentions, gathered once per view (searched again for each
    reference, a file of thousands of dangling ones took seconds)."""
    key = ("ids_of_layers",)
    if key not in view.derived:
        of: dict[str, list[str]] = {}
        for mention, entity in zip(view.column("mentions", "id"), view.column("mentions", "entity"), strict=True):
            of.setdefault(entity, []).append(mention)
        view.derived[key] = of, {layer: frozenset(view.column(layer, "id")) for layer in ("mentions", "relations",
                                                                                           "quotes")}
    of, ids = view.derived[key]
    if ref in view.entities:
        mentions = of.get(ref, [])[:5]
        return f"; {ref!r} is an entity id: use one of its mentions ({', '.join(mentions) or 'it has none'})"
    return next((f"; {ref!r} is the id of one of the {layer}" for layer, found in ids.items() if ref in found), "")


@rule("V208", "dangling-kb-id", "an entity's kb_id is not in the registry",
      "add the record to annotations/entities.json, or fix the kb_id")
def dangling_kb(ctx: DocContext) -> Iterator[Hit]:
    """`kb_id` links a document entity to the corpus-level registry, so the same person is one id
    in every document."""
    index = ctx.registry_index
    if index is None:
        return
    ids = index.types.keys()
    if ids >= set(ctx.view.column("entities", "kb_id")) - {None}:
        return
    for i, e in enumerate(ctx.doc.entities):
        if e.kb_id is not None and e.kb_id not in ids:
            yield Hit(pointer("entities", i, "kb_id"), e.kb_id, no_record(e.kb_id, ids))


def no_record(kb_id: str, ids: Iterable[str]) -> str:
    """What to say of an id that names no registry record: the closest one that does, if any."""
    return f"no registry record {kb_id!r}{did_you_mean(kb_id, ids)}"


def did_you_mean(value: str, known: Iterable[str]) -> str:
    """The closest known value as a hint ("; did you mean 'x'?"), or nothing. `difflib` (with `heapq`) is imported
    here, on the way of a broken file only: at the module's top it cost every start of `validate`."""
    import difflib

    close = difflib.get_close_matches(value, sorted(known), 1)
    return f"; did you mean {close[0]!r}?" if close else ""


@rule("V209", "dangling-mention", "a relation or quote points to a mention that does not exist",
      "use the id of a mention in `mentions`", predictions="required")
def dangling_mention(ctx: DocContext) -> Iterator[Hit]:
    """Relation arguments and quote speakers are mention ids of the same document."""
    ids = ctx.view.mentions
    view = ctx.view
    if ids.keys() >= {*view.column("relations", "head"), *view.column("relations", "tail"),
                      *view.column("quotes", "speaker")} - {None}:
        return
    for i, r in enumerate(ctx.doc.relations):
        for role in ("head", "tail"):
            ref = getattr(r, role)
            if ref not in ids:
                yield Hit(pointer("relations", i, role), ref, f"no mention {ref!r}{_kind_of(ctx.view, ref)}")
    for i, q in enumerate(ctx.doc.quotes):
        if q.speaker is not None and q.speaker not in ids:
            yield Hit(pointer("quotes", i, "speaker"), q.speaker,
                      f"no mention {q.speaker!r}{_kind_of(ctx.view, q.speaker)}")


def no_document(doc_id: str) -> str:
    """What to say of a document id without an annotation file: a corpus file's name (`agreement`) has
    a file, which is not a document."""
    name = f"annotations/{doc_id}.json"
    return f"{name} is a corpus file, not a document" if f"{doc_id}.json" in CORPUS_FILES else f"no {name}"
