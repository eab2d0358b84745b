"""The `msgspec` fast path accepts exactly the documents that the pydantic path accepts, builds the
same problems: the rules read its mirrors as they read the models: a differential test on random
mutations of a valid document (values of every type and shape, missing, unknown and duplicate
keys, lone surrogates, control characters, trailing newlines)."""

from __future__ import annotations

import copy
import json
import os
import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from sample import SAMPLE_ID, SAMPLE_TEXT, sample_document

from vostochny.checking.rules import DocContext
from vostochny.checking.validator import document_problems, validate_document_bytes
from vostochny.model.models import SCHEMA_VERSION, Document
from vostochny.reading import fastpath, loader
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


def _mutate(doc: dict, data: st.DataObject) -> None:
    """One edit at a random place: replace a value, drop a key or add an unknown one."""
    path = data.draw(st.sampled_from(_paths(doc)))
    parent, key = _parent(doc, path), path[-1]
    how = data.draw(st.sampled_from(["replace", "replace", "replace", "drop", "add"]))
    if how == "drop" and isinstance(parent, dict):
        del parent[key]
    elif how == "add" and isinstance(parent, dict):
        parent[data.draw(st.sampled_from(["extra", "Id", "schema_", "$schema", "metonymy", "factuality",
                                           "attribution"]))] = data.draw(VALUES)
    else:
        parent[key] = data.draw(VALUES)


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
        return Document.model_validate(obj)
    except ValidationError:
        return None


def _only_slow(raw: bytes) -> bool:
    """Files the fast path leaves to the slow one on purpose: a `"schema_"` key (pydantic's
    `populate_by_name` reads it), and whitespace before a colon in a file with a `\\u` escape
    (the duplicate-key count those files take cannot see such a key)."""
    return loader._key_colons(raw) is None or b'"schema_"' in raw


def _draw_bytes(data: st.DataObject) -> bytes:
    doc = copy.deepcopy(VALID)
    for _ in range(data.draw(st.integers(0, 3))):
        _mutate(doc, data)
    raw = json.dumps(doc, ensure_ascii=data.draw(st.booleans()), indent=data.draw(st.sampled_from([None, 2])))
    return _textual(raw, data).encode("utf-8", "surrogatepass")


@given(st.data())
def test_fast_path_accepts_what_pydantic_accepts(data: st.DataObject) -> None:
    raw = _draw_bytes(data)
    mirror, model = loader.fast_document(raw), _pydantic(raw)
    if mirror is not None:
        assert model is not None, raw
        assert loader.load_bytes(raw, Document, "x.json").model == model
    elif not _only_slow(raw):
        assert model is None, raw


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
    loader.locate([*on_model, *(f for p in on_model for f in p.folded)], raw.decode("utf-8"))
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


def test_mirror_declares_every_model_field() -> None:
    """A field added to a model and not to its mirror would make every file with it slow, and a
    field left in the mirror would accept what the model refuses."""
    for name in ("Span", "Zone", "Entity", "Mention", "Relation", "Quote", "Tokenizer", "DocumentMeta", "Document"):
        mirror, model = getattr(fastpath, name), getattr(fastpath.m, name)
        assert set(mirror.__struct_fields__) == set(model.model_fields), name


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
