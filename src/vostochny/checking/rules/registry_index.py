"""The registry's index (`RegistryIndex`): what the rules look up in `annotations/entities.json`, by id and by
name, built once per registry and each part only when a rule first reads it. Every rule reads the registry
through it (`DocContext.registry_index`, `CorpusContext.registry_index`), as it reads a document through its
view, and none builds a lookup of the registry of its own.

It lives here, among the rules, and not beside the view in `reading/`: the view indexes one document and
`reading/` knows nothing of the checks, while this index is of the corpus's one registry and is keyed by names
as the rules compare them (`name_forms`: case, spaces and apostrophe forms aside). The registry is a model or
its `msgspec` mirror, which holds no attribute of ours, and the contexts are made afresh for every document:
so the index of the registry last asked for is kept here (`index_of`), the one object that every document of
a run reads (each process of `--jobs` has its own)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cached_property
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from vostochny.checking.rules.name_forms import name_flaw, name_key, name_keys, proper_name

if TYPE_CHECKING:
    from vostochny.model.models import Registry, RegistryEntity


class RegistryNames(NamedTuple):
    """The names of the registry's records as `name_keys` gives them: of every record, by record id, and the ids
    each names (in registry order: a document looks up its names, never every record, V242, V355)."""

    every: frozenset[str]
    by_id: dict[str, frozenset[str]]
    by_key: dict[str, tuple[str, ...]]


def _registry_names(by_id: dict[str, frozenset[str]]) -> RegistryNames:
    """`RegistryNames` of each record id's name keys."""
    by_key: dict[str, list[str]] = {}
    for kb_id, keys in by_id.items():
        for key in keys:
            by_key.setdefault(key, []).append(kb_id)
    return RegistryNames(frozenset(by_key), by_id, {key: tuple(ids) for key, ids in by_key.items()})


class RecordNames:
    """The registry's names and aliases (`name_key`) with the records each names, and the texts looked up
    so far (a name recurs in every document: `Kim`, `Putin`)."""

    def __init__(self, by_key: dict[str, frozenset[str]]) -> None:
        self.by_key = by_key
        self.by_text: dict[str, frozenset[str]] = {}

    def __call__(self, text: str) -> frozenset[str]:
        """The records that `text` names (none: an empty set)."""
        owners = self.by_text.get(text)
        if owners is None:
            owners = self.by_text[text] = self.by_key.get(name_key(text), frozenset())
        return owners

    def many(self, texts: Sequence[str]) -> list[frozenset[str]]:
        """The records that each of `texts` names: one `map` over the texts looked up before."""
        found: list[frozenset[str] | None] = list(map(self.by_text.get, texts))
        return [self(text) if owners is None else owners for text, owners in zip(texts, found, strict=True)] \
            if None in found else found  # type: ignore[return-value]


class RegistryIndex:
    """The lookups of one registry that the rules read; each built at its first read, at most once."""

    def __init__(self, registry: Registry) -> None:
        self.registry: Final = registry

    @cached_property
    def records(self) -> dict[str, tuple[RegistryEntity, ...]]:
        """Id -> its records in registry order: one, or more where V301 reports the id used twice (then
        `types` and V334 read the last, V248 the first)."""
        found: dict[str, tuple[RegistryEntity, ...]] = {}
        for r in self.registry.entities:
            found[r.id] = (*found.get(r.id, ()), r)
        return found

    @cached_property
    def types(self) -> dict[str, str]:
        """Id -> type (of the last record of an id); its keys are the registry's ids (V208, V314, V322)."""
        return {key: found[-1].type for key, found in self.records.items()}

    @cached_property
    def classes(self) -> dict[str, str]:
        """Id -> the Wikidata class of a verified record that has one (V271), but a record whose QID another record
        has (V308's, either copy): a link copied whole onto another record, class and all, is V308's alone, and what a
        class makes of the record (a city classed a country: V440's `[Seoul]'s [Ewha University]`) is moot."""
        links = [records[-1].wikidata for records in self.records.values()]
        qids = Counter(getattr(link, "qid", None) for link in links)
        found = {key: getattr(records[-1].wikidata, "instance_of", None) for key, records in self.records.items()
                 if qids[getattr(records[-1].wikidata, "qid", None)] < 2}
        return {key: value for key, value in found.items() if value}

    @cached_property
    def names(self) -> RegistryNames:
        """Each record's aliases and its name where written as a proper name (`proper_name`), as
        `name_keys` (V253)."""
        by_id: dict[str, frozenset[str]] = {}
        for r in self.registry.entities:
            named = [*r.aliases, *([r.name] if proper_name(r.name) else [])]
            by_id[r.id] = by_id.get(r.id, frozenset()) | frozenset(name_keys(named))
        return _registry_names(by_id)

    @cached_property
    def spellings(self) -> RegistryNames:
        """`names` with each record's misspellings (`name_keys`): every form the texts write a record's name in
        (V355; a mirror's misspellings may be unset)."""
        names = self.names
        by_id = dict(names.by_id)
        for r in self.registry.entities:
            if r.misspellings:
                by_id[r.id] = by_id.get(r.id, frozenset()) | frozenset(name_keys(r.misspellings))
        return _registry_names(by_id)

    @cached_property
    def _keyed(self) -> dict[str, list[str]]:
        """Each name and alias as `name_key` gives it -> the ids of the records it is a name of, in registry
        order (an id once for each of its names)."""
        found: dict[str, list[str]] = {}
        for r in self.registry.entities:
            for name in (r.name, *r.aliases):
                found.setdefault(name_key(name), []).append(r.id)
        return found

    @cached_property
    def unwritten(self) -> frozenset[str]:
        """The ids of records with a name, alias or misspelling not in plain written form (V329's `name_flaw`: a
        zero-width space, a line break): the texts' names are not held to them (V281)."""
        return frozenset(r.id for r in self.registry.entities
                         if any(map(name_flaw, (r.name, *(r.aliases or ()), *(r.misspellings or ())))))

    @cached_property
    def misspelt(self) -> dict[str, frozenset[str]]:
        """Id -> the misspellings its records list, as `name_key` gives them (V281; a mirror's may be unset)."""
        found: dict[str, frozenset[str]] = {}
        for r in self.registry.entities:
            found[r.id] = found.get(r.id, frozenset()) | frozenset(map(name_key, r.misspellings or ()))
        return found

    @cached_property
    def record_names(self) -> RecordNames:
        """The records that each name and alias names, and the texts looked up so far (V255, V256)."""
        return RecordNames({key: frozenset(ids) for key, ids in self._keyed.items()})

    @cached_property
    def first_named(self) -> dict[str, str]:
        """Each name and alias (`name_key`) -> its record's id, the first record's of a name shared (V327,
        V328)."""
        return {key: ids[0] for key, ids in self._keyed.items()}

    @cached_property
    def written(self) -> dict[str, RegistryEntity]:
        """Each name and alias as written -> its record, the first record's of a name shared (V232)."""
        return {name: r for r in reversed(self.registry.entities) for name in (*r.aliases, r.name)}


class _Kept(NamedTuple):
    """An index (`built`) and what it was built from: the records (`_records`), and the Wikidata entries that carry
    a class with their classes (an entry of a `msgspec` mirror may be edited in place too)."""

    built: RegistryIndex
    records: tuple[object, ...]
    classed: tuple[Any, ...]
    classes: tuple[object, ...]


#: the index of the registry last asked for, and what it was built from
_LAST: list[_Kept] = []


def _records(registry: Registry) -> tuple[object, ...]:
    """The records, their ids, types, names and Wikidata entries, their aliases and misspellings (a record of a
    `msgspec` mirror may be edited in place, and a model's lists are lists: kept as tuples), column by column: `map`
    over the records at C speed (a tuple a record took twice the time: 25 of the 70 us a document that `recheck`
    costs)."""
    records = registry.entities
    return tuple(records), tuple(map(_FIELDS, records)), _column(records, _ALIASES), _column(records, _MISSPELLINGS)


def _column(records: Sequence[RegistryEntity], field: attrgetter[list[str]]) -> tuple[tuple[str, ...], ...]:
    """One list field of every record, each list as a tuple."""
    try:
        return tuple(map(tuple, map(field, records)))
    except TypeError:  # a list set to None (or unset) in place
        return tuple(tuple(found or ()) for found in map(field, records))


_FIELDS = attrgetter("id", "type", "name", "wikidata")
_ALIASES, _MISSPELLINGS = attrgetter("aliases"), attrgetter("misspellings")


def _kept(registry: Registry) -> _Kept:
    """A new index of `registry`, with what it is built from. The entries that carry a class are found here, once:
    `getattr` with a default on the others raises and catches an error each (~1.5 us: 150 us a document where
    every check read every entry so)."""
    classed = tuple(w for w in (r.wikidata for r in registry.entities) if hasattr(w, "instance_of"))
    return _Kept(RegistryIndex(registry), _records(registry), classed, tuple(map(_CLASS, classed)))


_CLASS = attrgetter("instance_of")


def index_of(registry: Registry, recheck: bool = False) -> RegistryIndex:
    """The index of `registry`: the same object for every document checked against it (a new one for
    another registry, as a test that validates several corpora in one process has). With `recheck` (once per
    document: `validate_document_bytes` is a pure function of its arguments), a new one too where the registry's
    records were removed, added, replaced or edited in place since (their Wikidata entries too).
    The kept index is read once: another thread may replace it meanwhile, and its index is never the answer."""
    kept = _LAST[0] if _LAST else None
    if kept is None or kept.built.registry is not registry or (recheck and (
            kept.records != _records(registry) or kept.classes != tuple(map(_CLASS, kept.classed)))):
        kept = _kept(registry)
        _LAST[:] = [kept]
    return kept.built
