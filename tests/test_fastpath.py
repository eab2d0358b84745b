"""The `msgspec` fast path accepts exactly the files that the pydantic path accepts, builds the
same problems: the rules read its mirrors as they read the models: differential tests on random
mutations of a valid document and of each corpus-level file (values of every type and shape,
missing, unknown and duplicate keys, lone surrogates, control characters, trailing newlines); and
`vostochny validate` on a valid corpus imports no pydantic."""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import get_args

import msgspec
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError
from sample import REPO, SAMPLE_ID, SAMPLE_TEXT, sample_document

from vostochny.checking.rules import DocContext
from vostochny.checking.validator import document_problems, validate, validate_document_bytes, with_folded
from vostochny.model import models, release
from vostochny.model.models import SCHEMA_VERSION, Document
from vostochny.reading import fastpath, layers, loader
from vostochny.reading.view import DocumentView

settings.register_profile("ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=20000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

VALID = sample_document()
TRICKY = [
    0, 1, -1, 3.0, 1e2, "3", True, False, None, 2**64, "", "a", "e1", "e1\n", "\ne1", "x\x00y", "x\x1fy", "x\ty",
    "x\x7f", "\ud800", "\u0663", "PER", "name", "direct", "body", "LEADER_OF", "1.1.0", "1.1.0\n", "1.0.0",
    "2024-01-01", "2024-01-01\n", "\u0662\u0660\u0662\u0664-01-01", "en", "eng", "EN", "m2", "m5", "e2",
    "kim-jong-un", "x\":y", "a" * 65, "0" * 64, "f" * 63, [], {}, [0, 1, "x"], [0, 1], [0, 1, "x", 2],
    {"start": 0, "end": 5, "text": "North"}, [{"start": 0, "end": 5, "text": "North"}],
    "1.2.0", "InC", "CNE", "inc", "https://example.org/a?b=1", "http://example.org/a b", "ftp://example.org",
    "https://\u0430.org", {"statement": "UND", "holder": None, "note": "x"}, {"statement": "InC", "holder": ""},
    "asserted", "denied", "Asserted", "asserted\n", "speech", "evidence", "Speech", "paraphrase",  # schema 1.4.0 labels
]
# each draw its own copy: a mutated list or dict must never end up inside itself
VALUES = st.one_of(st.sampled_from(TRICKY).map(copy.deepcopy), st.integers(-2, 10**20), st.text(max_size=6))


def _paths(value: object, prefix: tuple = ()) -> list[tuple]:
    """The path of every value inside a JSON value (not the root)."""
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    found = []
    for key, item in items:
        found += [(*prefix, key), *_paths(item, (*prefix, key))]
    return found


def _parent(doc: dict, path: tuple) -> object:
    for key in path[:-1]:
        doc = doc[key]
    return doc


#: keys a mutation adds to a document's objects: unknown ones, and known ones in the wrong place
DOCUMENT_KEYS = ["extra", "Id", "schema_", "$schema", "metonymy", "factuality", "attribution"]


def _mutate(doc: dict, data: st.DataObject, keys: list[str] = DOCUMENT_KEYS,
            values: st.SearchStrategy[object] = VALUES) -> None:
    """One edit at a random place: replace a value, drop a key or add one of `keys`."""
    path = data.draw(st.sampled_from(_paths(doc)))
    parent, key = _parent(doc, path), path[-1]
    how = data.draw(st.sampled_from(["replace", "replace", "replace", "drop", "add"]))
    if how == "drop" and isinstance(parent, dict):
        del parent[key]
    elif how == "add" and isinstance(parent, dict):
        parent[data.draw(st.sampled_from(keys))] = data.draw(values)
    else:
        parent[key] = data.draw(values)


def _textual(raw: str, data: st.DataObject) -> str:
    """Edits only the text can make: a key written twice, whitespace before a colon."""
    keys = [m.start() for m in re.finditer(r'"[a-z_$]+":', raw)]
    if not keys or not data.draw(st.booleans()):
        return raw
    at = data.draw(st.sampled_from(keys))
    key = raw[at:raw.index(":", at)]
    if data.draw(st.booleans()):
        return raw[:at] + key + ":" + json.dumps(data.draw(VALUES)) + "," + raw[at:]
    return raw[:at] + key + data.draw(st.sampled_from([" ", "\t", "\n"])) + raw[at + len(key):]


def _pydantic(raw: bytes) -> Document | None:
    """The reporting path alone: the parse with its file checks, then the strict models."""
    obj, _, problems = loader.parse_json(raw, "x.json")
    if problems or obj is None or obj.get("schema_version") != SCHEMA_VERSION:
        return None
    try:
        return Document.model_validate(obj, by_name=False)  # a file's keys are the schema's, as the loader reads them
    except ValidationError:
        return None


def _only_slow(raw: bytes) -> bool:
    """Files the fast path leaves to the slow one on purpose: whitespace before a colon in a file with a
    `\\u` escape (the duplicate-key count those files take cannot see such a key). (A `"schema_"` key, the
    models' Python name of `$schema`, was one: the loader read it; both refuse it now.)"""
    return loader._key_colons(raw) is None


def _draw_bytes(data: st.DataObject) -> bytes:
    doc = copy.deepcopy(VALID)
    if data.draw(st.integers(0, 3)) == 0:  # the models' default rights then: a model no key of the file built
        del doc["meta"]["rights"]
    for _ in range(data.draw(st.integers(0, 3))):
        _mutate(doc, data)
    raw = json.dumps(doc, ensure_ascii=data.draw(st.booleans()), indent=data.draw(st.sampled_from([None, 2])))
    for _ in range(data.draw(st.integers(1, 3))):  # three keys written twice once passed a count (rights left out)
        raw = _textual(raw, data)
    return raw.encode("utf-8", "surrogatepass")


@given(st.data())
def test_fast_path_accepts_what_pydantic_accepts(data: st.DataObject) -> None:
    raw = _draw_bytes(data)
    mirror, model = loader.fast_document(raw), _pydantic(raw)
    if mirror is not None:
        assert model is not None, raw
        assert loader.load_bytes(raw, Document, "x.json").model == model
    elif not _only_slow(raw):
        assert model is None, raw
    loaded = loader.load_bytes(raw, Document, "x.json")  # the validator's way for a file the mirror refuses
    if loaded.model is not None and not loaded.problems:
        assert loaded.model == model, raw


def _strings(value: object) -> list[str]:
    """Every string inside a JSON value, keys left out: ids, labels, span texts."""
    if isinstance(value, str):
        return [value]
    items = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
    return [s for item in items for s in _strings(item)]


STRINGS = sorted(set(_strings(VALID)))


def _draw_model_valid_bytes(data: st.DataObject) -> bytes:
    """A document the models still accept but the rules may not: 1 to 3 values replaced by others of
    the same type (offsets moved, ids pointed elsewhere, span texts, labels and sentence fields
    swapped), so that the comparison below runs on documents with problems, not only on clean ones."""
    doc = copy.deepcopy(VALID)
    paths = [p for p in _paths(doc) if type(_parent(doc, p)[p[-1]]) in (int, str) and p[0] != "schema_version"]
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(paths))
        parent, key = _parent(doc, path), path[-1]
        if type(parent[key]) is int:
            parent[key] = data.draw(st.integers(0, len(SAMPLE_TEXT) + 2))
        else:
            parent[key] = data.draw(st.sampled_from(STRINGS))
    return json.dumps(doc, ensure_ascii=data.draw(st.booleans())).encode("utf-8")


@given(st.data())
def test_rules_read_mirrors_as_models(data: st.DataObject) -> None:
    raw = _draw_bytes(data) if data.draw(st.booleans()) else _draw_model_valid_bytes(data)
    model = _pydantic(raw)
    assume(model is not None and loader.fast_document(raw) is not None)
    on_model = document_problems(DocContext(DocumentView(model, SAMPLE_TEXT), None, SAMPLE_ID), "x.json")
    loader.locate(list(with_folded(on_model)), raw.decode("utf-8"))  # folded into folded ones too
    on_mirror = validate_document_bytes(raw, SAMPLE_TEXT, None, SAMPLE_ID, "x.json")
    assert sorted(map(repr, on_mirror)) == sorted(map(repr, on_model))


def test_model_valid_mutations_reach_the_rules() -> None:
    """The comparison above is only as good as its documents: most type-preserving edits keep the
    fast path and draw problems from the rules (else it would compare empty lists)."""
    kept = hits = 0

    @settings(max_examples=200, database=None, derandomize=True)
    @given(st.data())
    def count(data: st.DataObject) -> None:
        nonlocal kept, hits
        raw = _draw_model_valid_bytes(data)
        if _pydantic(raw) is not None and loader.fast_document(raw) is not None:
            kept += 1
            hits += bool(validate_document_bytes(raw, SAMPLE_TEXT, None, SAMPLE_ID, "x.json"))

    count()
    assert kept >= 120 and hits >= 80, (kept, hits)


def test_duplicate_keys_behind_colons_in_values_are_found() -> None:
    """A string value holding `":` breaks the cheap key count: the exact check still finds the key
    written twice."""
    doc = copy.deepcopy(VALID)
    doc["meta"]["title"] = 'a":b'
    raw = json.dumps(doc, separators=(",", ":"))
    assert loader.fast_document(raw.encode()) is not None
    twice = raw.replace('"id":"e1"', '"id":"e9","id":"e1"')
    assert loader.fast_document(twice.encode()) is None
    assert [p.code for p in validate_document_bytes(twice.encode(), SAMPLE_TEXT, None, SAMPLE_ID)] == ["V002"]


def test_duplicate_keys_are_found_whatever_the_values_and_spacing() -> None:
    """The colon count of the file against the mirror encoded again: a key written twice is found
    with colons in string values, whitespace before a colon, a colon hidden in a `\\u` escape, and
    in a file with more escapes than are looked at one by one."""
    doc = copy.deepcopy(VALID)
    doc["meta"]["title"] = "a: b"
    many = json.dumps(doc).replace('"a: b"', json.dumps("a: b" + '"' * (loader._MAX_ESCAPES + 1)))
    for raw in (json.dumps(doc), json.dumps(doc).replace('"id": ', '"id" : '),
                json.dumps(doc).replace('"a: b"', '"a\\u003a b"'), many):
        assert loader.fast_document(raw.encode()) is not None, raw
        for twice in (raw.replace('"title"', '"title": "x:y", "title"', 1),
                      raw.replace('"title"', '"title": "x\\u003ay", "title"', 1),
                      raw.replace('"id"', '"id" : "e9", "id"', 1)):
            assert loader.fast_document(twice.encode()) is None, twice
            assert [p.code for p in validate_document_bytes(twice.encode(), SAMPLE_TEXT, None, SAMPLE_ID)] == ["V002"]



@pytest.mark.parametrize("twice", [1, 2, 3, 4])
def test_duplicate_keys_are_found_in_a_document_that_leaves_its_rights_out(twice: int) -> None:
    """The model's key count for the pydantic path (`load_bytes`, and the validator's fallback when the
    mirror refuses a file) is of the keys the file holds: the default `meta.rights` a file leaves
    out has three fields set but no key in the file, which made three keys written twice pass."""
    doc = copy.deepcopy(VALID)
    del doc["meta"]["rights"]
    raw = json.dumps(doc).replace('"kind": "name"', '"kind": "pronoun", "kind": "name"', twice).encode()
    assert [p.code for p in loader.load_bytes(raw, Document, "x.json").problems] == ["V002"] * twice
    assert [p.code for p in validate_document_bytes(raw, SAMPLE_TEXT, None, SAMPLE_ID)] == ["V002"] * twice


def _counted(doc: dict) -> bool | None:
    """`loader._counted_unique` on a document (None where its mirror refuses it), after checking that its
    key and colon counts are those of the mirror encoded again (the proof they stand for)."""
    raw = json.dumps(doc, indent=1).encode()
    mirror = fastpath.decode(raw)
    if mirror is None:
        return None
    unsettled = fastpath.decode(raw)
    keys, optional = fastpath.keys_declared(unsettled), fastpath.optional_colons(unsettled)
    counted = keys - fastpath.settle([unsettled]) + optional + sum(fastpath.required_colons(unsettled))
    assert counted == fastpath.encode(fastpath.decode(raw)).count(b":"), doc
    return loader._counted_unique(raw, mirror)


def test_counted_proof_takes_every_string_that_may_hold_a_colon() -> None:
    """The duplicate-key proof of a document without an escape counts its keys from the mirror and the colons
    of its strings group by group: a colon in any string the mirror accepts one in (and an absent optional
    field, whose default may hold one: the rights') leaves it a proof, never the fallback; no label holds one."""
    assert _counted(VALID)
    strings = [path for path in _paths(VALID) if isinstance(_parent(VALID, path)[path[-1]], str)]
    taken = 0
    for path in strings:
        doc = copy.deepcopy(VALID)
        _parent(doc, path)[path[-1]] += ": x:"
        taken += (result := _counted(doc)) is not None
        assert result in (None, True), path
    assert taken >= 20, taken
    for key in ("rights", "outlet", "title", "url", "language"):
        doc = copy.deepcopy(VALID)
        del doc["meta"][key]
        assert _counted(doc), key
    for doc in (copy.deepcopy(VALID), copy.deepcopy(VALID)):
        doc.pop("zones"), doc["quotes"][0].pop("cue"), doc["entities"][0].pop("kb_id")
        assert _counted(doc)
    labels = [value for kind in (fastpath.Zone, fastpath.Entity, fastpath.Mention, fastpath.Relation, fastpath.Quote,
                                 fastpath.Rights) for f in msgspec.structs.fields(kind) for value in _literals(f.type)]
    assert labels and not [label for label in labels if ":" in label]


def _literals(kind: object) -> list[str]:
    return [a for a in get_args(kind) if isinstance(a, str)] + [v for a in get_args(kind) if not isinstance(a, str)
                                                               for v in _literals(a)]


def test_counted_proof_finds_a_key_written_twice_in_every_record() -> None:
    """A key written twice in any record, whatever its first value, fails the counted proof and the
    document goes the reporting way (V002)."""
    raw, found = json.dumps(VALID), 0
    for key, first in (("title", '"a:b"'), ("text", '"x"'), ("kind", '"body"'), ("entity", '"e1"'), ("note", "null"),
                       ("head", '"m1"'), ("start", "0"), ("content", "[]"), ("metonymy", "false"), ("kb_id", "null"),
                       ("tokens", "[]"), ("name", '"n:"'), ("factuality", "null"), ("corrections", "0")):
        assert f'"{key}": ' in raw, key
        for count in (1, 3):
            twice = raw.replace(f'"{key}": ', f'"{key}": {first}, "{key}": ', count).encode()
            mirror = fastpath.decode(twice)
            if mirror is not None:  # the mirror takes the last value: a first value it would refuse is lost too
                found += 1
                assert not loader._counted_unique(twice, mirror), key
                assert loader.fast_document(twice) is None, key
    assert found >= 20, found


def _mirror_classes() -> list[type]:
    return [v for v in vars(fastpath).values()
            if isinstance(v, type) and issubclass(v, fastpath._Struct) and v is not fastpath._Struct]


def _plain(value: object) -> object:
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else msgspec.to_builtins(value)


def test_mirror_declares_every_model_field_and_default() -> None:
    """A field added to a model and not to its mirror would make every file with it slow, and a
    field left in the mirror would accept what the model refuses; a field the model lets a file leave
    out is optional in the mirror (UNSET) and settles to the model's default, a required one is required."""
    classes = _mirror_classes()
    modelled = {v.__name__ for module in (models, release) for v in vars(module).values()
                if isinstance(v, type) and issubclass(v, models.Model) and v is not models.Model}
    assert {c.__name__ for c in classes} == modelled
    for mirror in classes:
        model = getattr(release if mirror is fastpath.ReleaseManifest else models, mirror.__name__)
        fields = {f.name: f for f in msgspec.structs.fields(mirror)}
        tag = mirror.__struct_config__.tag_field
        assert set(fields) | ({tag} if tag else set()) == set(model.model_fields), mirror
        assert set(mirror.SETTLED) == {name for name, f in fields.items() if f.default is msgspec.UNSET}, mirror
        for name, info in model.model_fields.items():
            if name == tag:
                assert getattr(mirror, tag) == mirror.__struct_config__.tag == get_args(info.annotation)[0]
                continue
            assert fields[name].encode_name == (info.alias or name), (mirror, name)
            assert fields[name].required == info.is_required(), (mirror, name)
            if not info.is_required():
                settled = mirror.SETTLED[name]
                settled = settled() if callable(settled) else settled
                assert _plain(settled) == _plain(info.get_default(call_default_factory=True)), (mirror, name)


def test_span_layers_of_the_mirrors_are_those_of_the_models() -> None:
    """The view walks the spans by `fastpath.SPAN_LAYERS` (no models imported): the same layers and
    span fields that `layers.SPAN_LAYERS` derives from the models."""
    assert tuple((layer.name, layer.span_fields) for layer in layers.SPAN_LAYERS) == fastpath.SPAN_LAYERS


# -- the corpus-level files: entities.json, splits.json, quote_links.json, RELEASED.json --

def _trimmed(value: object, keep: int) -> object:
    """The first `keep` items of every list and object (RELEASED.json holds a record per item)."""
    if isinstance(value, dict):
        return {k: _trimmed(v, keep) for k, v in list(value.items())[:keep]}
    if isinstance(value, list):
        return [_trimmed(v, keep) for v in value[:keep]]
    return value


def _repository_file(name: str) -> dict:
    return json.loads((REPO / "annotations" / name).read_text(encoding="utf-8"))


_REGISTRY = _repository_file("entities.json")
_RELEASE = _repository_file("RELEASED.json")
CORPUS_FILES = {  # file name -> (mirror, model, a valid file to mutate)
    "entities.json": (fastpath.Registry, models.Registry, {**_REGISTRY, "entities": _REGISTRY["entities"][:10]}),
    "splits.json": (fastpath.Splits, models.Splits, _repository_file("splits.json")),
    "quote_links.json": (fastpath.QuoteLinks, models.QuoteLinks, _repository_file("quote_links.json")),
    "RELEASED.json": (fastpath.ReleaseManifest, release.ReleaseManifest, _trimmed(_RELEASE, 3)),
}
CORPUS_TRICKY = [
    "verified", "no-entry", "unverified", "Verified", {"status": "verified", "qid": "Q1"}, {"status": "no-entry"},
    {"status": "unverified", "qid": "Q1"}, {"status": "verified", "qid": "Q1", "instance_of": "country"},
    {"status": "verified", "qid": "Q1", "sources": []}, [{"where": "x", "what": "Q1"}], [{"where": "", "what": "Q1"}],
    {"where": "x", "what": "Q1"}, [{"where": "x"}],
    "country", "news agency", "ORG", "verbatim", "chain", {"document": "ap-x", "quote": "q1"},
    {"document": "ap-x", "quote": "q1", "text": "We will win"}, {"document": "ap-x", "quote": "q1", "text": ""},
    "q1", "ap-x",
    {"name": "TASS"}, {"name": "TASS", "kb_id": None}, {"name": ""}, [{"name": "KCNA", "kb_id": "kcna"}],
    "annotations/x.json", "raw/x.txt", "raw/x.json", "annotations/a/b.json", {"a": ["b"]}, {"x": {"y": "z"}},
    {"raw/x.txt": "ab"}, 1, True, 1.0,
]
CORPUS_VALUES = st.one_of(VALUES, st.sampled_from(CORPUS_TRICKY).map(copy.deepcopy))


#: keys a mutation adds to a corpus file's objects
CORPUS_KEYS = ["extra", "status", "qid", "instance_of", "sources", "where", "what",
               "aliases", "via", "note", "kb_id", "$schema", "schema_",
               "$comment", "comment", "schema_version", "raw/y.txt"]


def _draw_corpus_file(data: st.DataObject, name: str | None = None) -> tuple[str, bytes]:
    name = name or data.draw(st.sampled_from(sorted(CORPUS_FILES)))
    doc = copy.deepcopy(CORPUS_FILES[name][2])
    for _ in range(data.draw(st.integers(0, 3))):
        _mutate(doc, data, CORPUS_KEYS, CORPUS_VALUES)
    raw = json.dumps(doc, ensure_ascii=data.draw(st.booleans()), indent=data.draw(st.sampled_from([None, 1])))
    return name, _textual(raw, data).encode("utf-8", "surrogatepass")


def _reported(raw: bytes, model: type[BaseModel]) -> BaseModel | None:
    """What the reporting path makes of a file: its model where it has no problem at all."""
    loaded = loader.load_bytes(raw, model, "x.json")
    return loaded.model if not loaded.problems else None


@given(st.data())
def test_corpus_file_mirrors_accept_what_pydantic_accepts(data: st.DataObject) -> None:
    """Each corpus-level file's mirror accepts a file only where the models accept it as it stands,
    and reads as the model does (defaults settled, the Wikidata tag kept); it refuses the files the loader
    refuses (no field is read by its Python name, `schema_` or `comment`: such a key is the schema's V103)."""
    name, raw = _draw_corpus_file(data)
    mirror_class, model_class, _ = CORPUS_FILES[name]
    mirror, model = loader.mirrored(raw, mirror_class), _reported(raw, model_class)
    if mirror is not None:
        assert model is not None, raw
        assert msgspec.to_builtins(mirror) == model.model_dump(mode="json", by_alias=True)
    else:
        assert model is None, raw


def test_corpus_file_mirrors_take_the_repository_files() -> None:
    """The corpus's own files take the mirrors (else `validate` would import pydantic for them)."""
    for name, (mirror_class, model_class, _) in CORPUS_FILES.items():
        raw = (REPO / "annotations" / name).read_bytes()
        mirror = loader.mirrored(raw, mirror_class)
        assert mirror is not None, name
        model = model_class.model_validate_json(raw)
        assert msgspec.to_builtins(mirror) == model.model_dump(mode="json", by_alias=True)


def test_corpus_file_mirrors_find_duplicate_keys() -> None:
    """A key written twice (the last one wins in `msgspec`) leaves the file to the reporting path:
    with colons in values, and with a colon hidden in a `\\u` escape (checked key by key)."""
    links = _repository_file("quote_links.json")
    for raw in (json.dumps(links), json.dumps(links).replace('"note": "', '"note": "a\\u003a ', 1)):
        assert loader.mirrored(raw.encode(), fastpath.QuoteLinks) is not None
        for twice in (raw.replace('"wording"', '"wording": "chain", "wording"', 1),
                      raw.replace('"wording"', '"wording": "x\\u003ay", "wording"', 1),
                      raw.replace('"quote"', '"quote": "q1", "quote"', 1)):
            assert loader.mirrored(twice.encode(), fastpath.QuoteLinks) is None, twice
            codes = [p.code for p in loader.load_bytes(twice.encode(), models.QuoteLinks, "x.json").problems]
            assert codes == ["V002"], twice


@pytest.mark.parametrize(("name", "key"), [("document", "$schema"), ("entities.json", "$schema"),
                                           ("splits.json", "$schema"), ("quote_links.json", "$schema"),
                                           ("RELEASED.json", "$comment")])
def test_a_member_named_by_its_python_name_is_refused_on_both_paths(name: str, key: str) -> None:
    """`"schema_"` for `"$schema"` (`"comment"` for `"$comment"`): a member the published schema does not
    define. The mirror refused it, then the models' `populate_by_name` read it as the field and
    `vostochny validate` passed the file (found by comparing the two paths)."""
    if name == "document":
        mirror_class, model_class, valid = fastpath.Document, models.Document, VALID
    else:
        mirror_class, model_class, valid = (*CORPUS_FILES[name][:2], _repository_file(name))
    assert key in valid
    for raw in (json.dumps(valid), json.dumps(valid, ensure_ascii=True, indent=1)):
        renamed = raw.replace(json.dumps(key), json.dumps(key[1:] + ("_" if key == "$schema" else "")), 1).encode()
        assert renamed != raw.encode()
        assert loader.mirrored(renamed, mirror_class) is None
        found = [(p.code, p.pointer) for p in loader.load_bytes(renamed, model_class, "x.json").problems]
        assert found == ([("V103", "/schema_")] if key == "$schema" else [("V101", "/$comment"), ("V103", "/comment")])


@pytest.mark.parametrize("number", ["2.0", "2e0", "2E+0", "20e-1", "2.00000", "true"])
def test_release_format_written_as_a_float_is_refused_on_both_paths(number: str) -> None:
    """The manifest's `format` is an integer: its mirror refused `1.0`, then pydantic's `Literal[1]`
    took it (`1.0 == 1`) and `vostochny validate` passed the corpus (found by comparing the two paths)."""
    raw = json.dumps(_RELEASE).replace('"format": 2', f'"format": {number}', 1).encode()
    assert f'"format": {number}'.encode() in raw
    assert loader.mirrored(raw, fastpath.ReleaseManifest) is None
    assert [(p.code, p.pointer) for p in loader.load_bytes(raw, release.ReleaseManifest, "x.json").problems] \
        == [("V102", "/format")]


def _format_1() -> dict:
    """The repository's manifest as format 1 held it: every document's records in the file, no list of files."""
    records = {**_RELEASE["records"], **{doc_id: _repository_file(f"released/{doc_id}.json")
                                         for doc_id in _RELEASE["documents"]}}
    return {**{k: v for k, v in _RELEASE.items() if k != "documents"}, "format": 1, "records": records}


def test_both_paths_read_a_manifest_of_either_format_and_refuse_the_members_of_the_other() -> None:
    """Format 2 lists its documents' records files and holds the corpus files' records only; format 1 (still
    read) holds every record. A member of the other format is refused by the mirror and the model alike."""
    old = _format_1()
    assert release.ReleaseManifest.model_validate(old).documents is None
    assert loader.mirrored(json.dumps(old).encode(), fastpath.ReleaseManifest) is not None
    doc_id = next(iter(_RELEASE["documents"]))
    wrong = [{**old, "documents": _RELEASE["documents"]}, {**_RELEASE, "format": 1},
             {k: v for k, v in _RELEASE.items() if k != "documents"},
             {**_RELEASE, "records": {**_RELEASE["records"], doc_id: old["records"][doc_id]}},
             {**_RELEASE, "documents": None}]
    for manifest in wrong:
        assert loader.mirrored(json.dumps(manifest).encode(), fastpath.ReleaseManifest) is None
        assert [p.code for p in loader.load_bytes(json.dumps(manifest).encode(), release.ReleaseManifest,
                                                  "x.json").problems] == ["V102"], manifest.keys()


@pytest.fixture(scope="module")
def copied_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    for folder in ("raw", "annotations"):
        shutil.copytree(REPO / folder, root / folder)
    return root


def _model_valid_corpus_file(name: str, data: st.DataObject) -> bytes:
    """A corpus file the models mostly still accept but the rules may not: 1 to 3 strings replaced by
    other values of the same field in the file (ids, types, names, documents, quotes, QIDs, classes)."""
    doc = _repository_file(name)
    paths = [p for p in _paths(doc) if type(_parent(doc, p)[p[-1]]) is str and p[0] != "schema_version"]
    field = {p: next(k for k in reversed(p) if isinstance(k, str)) for p in paths}  # a list item: its list's
    values: dict[str, set[str]] = {}
    for path in paths:
        values.setdefault(field[path], set()).add(_parent(doc, path)[path[-1]])
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(paths))
        _parent(doc, path)[path[-1]] = data.draw(st.sampled_from(sorted(values[field[path]])))
    return json.dumps(doc, ensure_ascii=data.draw(st.booleans()), indent=1).encode("utf-8")


@settings(max_examples=40)
@given(data=st.data())
def test_rules_read_corpus_file_mirrors_as_models(data: st.DataObject, copied_corpus: Path) -> None:
    """The whole report of the validator (problems, notes) is the same whether the corpus files are
    read through their mirrors or through the models, on files the models accept but the rules may not."""
    name = data.draw(st.sampled_from(sorted(CORPUS_FILES)))
    path = copied_corpus / "annotations" / name
    original = path.read_bytes()
    path.write_bytes(_model_valid_corpus_file(name, data) if data.draw(st.booleans())
                     else _draw_corpus_file(data, name)[1])
    try:
        mirrored = validate(copied_corpus)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(loader, "mirrored", lambda data, kind: None)
            reported = validate(copied_corpus)
    finally:
        path.write_bytes(original)
    assert [repr(p) for p in mirrored.problems] == [repr(p) for p in reported.problems]
    assert mirrored.notes == reported.notes


def test_corpus_file_mutations_reach_the_rules(copied_corpus: Path) -> None:
    """The comparison above is only as good as its files: string swaps in each corpus file keep its
    mirror and draw problems from the corpus rules (else it would compare empty reports)."""
    found: dict[str, int] = dict.fromkeys(CORPUS_FILES, 0)

    @settings(max_examples=40, database=None, derandomize=True)
    @given(st.data())
    def count(data: st.DataObject) -> None:
        name = data.draw(st.sampled_from(sorted(CORPUS_FILES)))
        raw = _model_valid_corpus_file(name, data)
        if loader.mirrored(raw, CORPUS_FILES[name][0]) is None:
            return
        path = copied_corpus / "annotations" / name
        original = path.read_bytes()
        path.write_bytes(raw)
        try:
            found[name] += bool(validate(copied_corpus).problems)
        finally:
            path.write_bytes(original)

    count()
    assert all(found[name] for name in ("entities.json", "splits.json", "quote_links.json")), found


def test_valid_path_imports_no_pydantic(repo_corpus: Path) -> None:
    """`vostochny validate` on a valid corpus reads it through the mirrors alone: neither pydantic
    (nor the export package, datasets or pyarrow) is imported; an invalid file brings the models in,
    with the full report."""
    script = ("import sys; from vostochny.cli import main; code = main(['validate', sys.argv[1]]); "
              "print(code, sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'datasets', 'pyarrow'}), "
              "'vostochny.export' in sys.modules, file=sys.stderr)")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}

    def run(root: Path) -> tuple[str, str]:
        done = subprocess.run([sys.executable, "-c", script, str(root)], capture_output=True, text=True, env=env,
                              check=False)
        return done.stdout, done.stderr.splitlines()[-1]

    assert run(repo_corpus) == (f"corpus: {repo_corpus}\n", "0 [] False")
    registry = repo_corpus / "annotations" / "entities.json"
    registry.write_text(registry.read_text(encoding="utf-8").replace('"type": "PER"', '"type": "PERSON"', 1),
                        encoding="utf-8")
    out, imported = run(repo_corpus)
    assert imported == "1 ['pydantic'] False" and "V104" in out and "entities.json:" in out, out
    twice = '"schema_version": "1.4.0", "schema_version"'
    registry.write_text(registry.read_text(encoding="utf-8").replace('"type": "PERSON"', '"type": "PER"', 1)
                        .replace('"schema_version"', twice, 1), encoding="utf-8")
    out, imported = run(repo_corpus)
    assert imported == "1 ['pydantic'] False" and "V002" in out, out


def test_rights_left_out_or_not_evaluated_read_the_same_on_both_paths() -> None:
    """`rights` has a default (not evaluated) that the mirror fills in after decoding: a file that
    leaves it out, or records CNE, draws the same one warning (V221) on both paths."""
    without = {**VALID, "meta": {k: v for k, v in VALID["meta"].items() if k != "rights"}}
    cne = {**VALID, "meta": {**VALID["meta"], "rights": {"statement": "CNE", "holder": None, "note": "not yet"}}}
    for doc in (without, cne):
        raw = json.dumps(doc, ensure_ascii=False).encode("utf-8")
        model, mirror = _pydantic(raw), loader.fast_document(raw)
        assert model is not None and mirror is not None
        on_model = document_problems(DocContext(DocumentView(model, SAMPLE_TEXT), None, SAMPLE_ID), "x.json")
        loader.locate(on_model, raw.decode("utf-8"))
        on_mirror = validate_document_bytes(raw, SAMPLE_TEXT, None, SAMPLE_ID, "x.json")
        assert [p.code for p in on_mirror] == ["V221"] and sorted(map(repr, on_mirror)) == sorted(map(repr, on_model))


def test_lone_surrogates_are_looked_for_only_behind_a_surrogate_escape() -> None:
    """UTF-8 cannot encode a surrogate, so only a `\\u` escape gives one: the walk over the parsed
    file runs where the bytes hold such an escape (lower or upper case), and finds lone ones only."""
    for raw, found in ((rb'{"a": "\ud800"}', ["/a"]), (rb'{"a": ["x", "\uDBFF"]}', ["/a/1"]),
                       (rb'{"\udc00": 1}', ["/\udc00"]), (rb'{"a": "\ud83d\ude00"}', []),
                       (rb'{"a": "\\ud800"}', []), ('{"a": "\u00e9 \u20ac"}'.encode(), [])):
        obj, _, problems = loader.parse_json(raw, "x.json")
        assert [p.pointer for p in problems if p.code == "V007"] == found, raw
        assert (obj is None) == bool(found), raw


#: where a document holds plain text (`PlainText`) or a name (`Name`), which its mirror checks in bulk
PLAIN_TEXT_PATHS = [("$schema",), ("meta", "outlet"), ("meta", "title"), ("meta", "source_file"),
                    ("meta", "rights", "holder"), ("meta", "rights", "note"), ("tokenizer", "name"),
                    ("tokenizer", "version"), *(("entities", i, "name") for i in range(len(VALID["entities"])))]
PLAIN_TEXTS = ["", "\x00", "x\x00y", "e\x00", "\x00e", "\x01", "a\x08", "\x0b", "\x0c", "\x0e", "\x1f", "\x7f",
               "\t\n\r ok", "\x85", "\u2028", "\ud800", "ok", "a\x00\x00b", "\x00" * 3]


def _placed(path: tuple, value: object) -> bytes:
    doc = copy.deepcopy(VALID)
    doc["meta"].setdefault("rights", {"statement": "InC", "holder": "x", "note": "y"})
    _parent(doc, path)[path[-1]] = value
    return json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")


@pytest.mark.parametrize("path", PLAIN_TEXT_PATHS, ids=lambda p: "/".join(map(str, p)))
def test_plain_text_and_names_of_a_document_are_checked_as_their_patterns(path: tuple) -> None:
    """The document mirror checks its plain texts and names after the decode, joined by NUL
    (`fastpath._texts_valid`): a control character, a NUL (the separator) anywhere in a value or
    an empty name in any of these fields is refused exactly where the models refuse it."""
    for value in PLAIN_TEXTS:
        raw = _placed(path, value)
        assert (fastpath.decode(raw) is None) == (_pydantic(raw) is None), (path, value)


def test_plain_text_check_refuses_each_forbidden_character_alone() -> None:
    """The search behind the bulk check forbids what `PLAIN_TEXT_PATTERN` forbids but the separator."""
    pattern = re.compile(fastpath.c.PLAIN_TEXT_PATTERN)
    for code in range(1, 0x110000):
        assert (pattern.match(chr(code)) is None) == (fastpath._CONTROL.search(chr(code)) is not None), hex(code)


def test_every_optional_field_left_out_reads_as_the_model() -> None:
    """A document that leaves out every optional field of every record (and one that writes each
    as null where it may) reads, once settled, as the model reads it."""
    optional = {"": ["$schema", "zones"], "meta": ["outlet", "title", "date", "language", "url", "received", "rights"],
                "tokenizer": ["corrections"], "entities": ["kb_id", "distinct_from"], "mentions": ["metonymy"],
                "relations": ["factuality"], "quotes": ["cue", "speaker", "attribution"]}
    for how in ("drop", "null"):
        doc = copy.deepcopy(VALID)
        doc["entities"][0]["distinct_from"] = ["e2"]
        for where, keys in optional.items():
            for record in (doc[where] if isinstance(doc.get(where), list) else [doc[where] if where else doc]):
                for key in keys:
                    if how == "drop":
                        record.pop(key, None)
                    elif key in ("outlet", "title", "url", "received", "kb_id", "cue", "speaker", "attribution"):
                        record[key] = None
        raw = json.dumps(doc, ensure_ascii=False).encode("utf-8")
        model, mirror = _pydantic(raw), loader.fast_document(raw)
        assert model is not None and mirror is not None, how
        assert json.loads(fastpath.encode(mirror)) == model.model_dump(mode="json", by_alias=True), how


def test_counted_proof_finds_an_absent_optional_field_written_twice() -> None:
    """An optional field the file leaves out (which `settle` fills, the rights with a note) written twice,
    whatever its two values (a colon in either, or in neither): the mirror counts one key of the two."""
    values = ['null', '"a:b"', '"x"', '0', '[]', 'false', '"en"', '"https://x.org/a:b"', '"2024-01-01"',
              '{"statement": "not-evaluated", "holder": null, "note": "a:b"}', '{"start": 0, "end": 1, "text": ":"}']
    found = 0
    for cls, record in ((fastpath.Document, ()), (fastpath.DocumentMeta, ("meta",)),
                        (fastpath.Tokenizer, ("tokenizer",)), (fastpath.Entity, ("entities", 0)),
                        (fastpath.Mention, ("mentions", 0)), (fastpath.Relation, ("relations", 0)),
                        (fastpath.Quote, ("quotes", 0))):
        for f in msgspec.structs.fields(cls):
            if f.default is not msgspec.UNSET:
                continue
            doc = copy.deepcopy(VALID)
            parent = doc
            for key in record:
                parent = parent[key]
            parent.pop(f.encode_name, None)
            parent["__twice__"] = 0
            raw = json.dumps(doc, ensure_ascii=False)  # no `\\u` escape: the counted proof, not the key by key check
            assert not loader._unicode_escape(raw.encode())
            for first in values:
                for last in values:
                    pair = f'"{f.encode_name}": {first}, "{f.encode_name}": {last}'
                    twice = raw.replace('"__twice__": 0', pair).encode()
                    if (mirror := fastpath.decode(twice)) is not None:
                        found += 1
                        assert not loader._counted_unique(twice, mirror), pair
                        assert first != last or loader.fast_document(twice) is None, pair
    assert found >= 40, found
