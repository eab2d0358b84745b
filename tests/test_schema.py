"""The published JSON Schema and the pydantic models agree, and the checked-in schema is current."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from conftest import REPO, sample_document, sample_registry
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from vostochny.model.labels import (
    ATTRIBUTION_TYPES,
    ENTITY_TYPES,
    FACTUALITY,
    MENTION_KINDS,
    QUOTE_KINDS,
    QUOTE_LINK_WORDINGS,
    RELATION_TYPES,
    ZONE_KINDS,
)
from vostochny.model.models import Document
from vostochny.model.schema import SCHEMAS, json_schema, render
from vostochny.reading.corpus import document_files

SCHEMA = json_schema("document")
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


@pytest.mark.parametrize("name", list(SCHEMAS))
def test_checked_in_schema_is_generated_from_models(name: str) -> None:
    path = REPO / "schema" / "v1" / f"{name}.schema.json"
    assert path.read_text(encoding="utf-8") == render(name), "run: python scripts/generate_docs.py"


def test_schema_is_valid_2020_12_with_versioned_id() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["$id"].endswith("/v1/document.schema.json")


def test_corpus_files_pass_the_published_schema_with_check_jsonschema() -> None:
    files = [str(p) for p in document_files(REPO / "annotations")]
    for name, paths in (("document", files), ("registry", [str(REPO / "annotations/entities.json")]),
                        ("splits", [str(REPO / "annotations/splits.json")])):
        schema = REPO / "schema" / "v1" / f"{name}.schema.json"
        result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema), *paths],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def _pydantic_accepts(data: object) -> bool:
    try:
        Document.model_validate(data)
    except ValidationError:
        return False
    return True


def _schema_accepts(data: object) -> bool:
    return VALIDATOR.is_valid(data)


offsets = st.integers(min_value=0, max_value=10**9)
texts = st.text(max_size=12)
#: free text outside spans: no control characters but tab and line breaks (models.PLAIN_TEXT_PATTERN)
plain = st.text(st.characters(exclude_categories=("Cs",),
                              exclude_characters=[chr(c) for c in (*range(9), 11, 12, *range(14, 32), 127)]),
                max_size=12)
ids = st.from_regex(r"[A-Za-z][A-Za-z0-9_.-]{0,10}", fullmatch=True)


def spans(**extra: st.SearchStrategy) -> st.SearchStrategy:
    return st.fixed_dictionaries({"start": offsets, "end": offsets, "text": texts, **extra})


documents = st.fixed_dictionaries({
    "schema_version": st.just("1.1.0"),
    "id": st.from_regex(r"[a-z0-9][a-z0-9-]{2,20}", fullmatch=True),
    "sha256": st.from_regex(r"[0-9a-f]{64}", fullmatch=True),
    "length": offsets,
    "meta": st.fixed_dictionaries({"source_file": plain.filter(bool)}, optional={
        "outlet": st.none() | plain.filter(bool), "title": st.none() | plain,
        "language": st.sampled_from(["en", "de", "kor"])}),
    "tokenizer": st.fixed_dictionaries({"name": plain, "version": plain}),
    "sentences": st.lists(spans(), max_size=3),
    "tokens": st.lists(st.tuples(offsets, offsets, texts).map(list), max_size=5),
    "entities": st.lists(st.fixed_dictionaries({"id": ids, "type": st.sampled_from(list(ENTITY_TYPES)),
                                                "name": plain.filter(bool)},
                                               optional={"kb_id": st.none() | texts}), max_size=3),
    "mentions": st.lists(spans(id=ids, entity=ids, kind=st.sampled_from(list(MENTION_KINDS))).flatmap(
        lambda m: st.fixed_dictionaries({}, optional={"metonymy": st.booleans()}).map(lambda o: {**m, **o})),
        max_size=3),
    "relations": st.lists(st.fixed_dictionaries({"id": ids, "type": st.sampled_from(list(RELATION_TYPES)),
                                                 "head": ids, "tail": ids},
                                                optional={"factuality": st.none() | st.sampled_from(list(FACTUALITY))}),
                          max_size=3),
    "quotes": st.lists(st.fixed_dictionaries(
        {"id": ids, "kind": st.sampled_from(list(QUOTE_KINDS)), "content": st.lists(spans(), max_size=2)},
        optional={"cue": st.none() | spans(), "speaker": st.none() | ids,
                  "attribution": st.none() | st.sampled_from(list(ATTRIBUTION_TYPES))}),
        max_size=2),
}, optional={"zones": st.lists(spans(kind=st.sampled_from(list(ZONE_KINDS))), max_size=2), "$schema": plain})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_valid_documents_pass_both(doc: dict) -> None:
    assert _pydantic_accepts(doc) and _schema_accepts(doc)


@given(documents, st.sampled_from(["\x00", "\x07", "\x1b", "\x7f"]))
@settings(max_examples=40, deadline=None)
def test_control_characters_in_free_text_fail_both(doc: dict, char: str) -> None:
    doc = {**doc, "meta": {**doc["meta"], "title": f"Kim{char}"}}
    assert not _pydantic_accepts(doc) and not _schema_accepts(doc)


def _paths(data: object, prefix: tuple = ()) -> list[tuple]:
    """Every path to a value inside `data`."""
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found += _paths(value, (*prefix, i))
    return found


def _break(doc: dict, path: tuple, how: str) -> dict:
    broken = copy.deepcopy(doc)
    parent = broken
    for key in path[:-1]:
        parent = parent[key]
    value = parent[path[-1]]
    if how == "type":
        parent[path[-1]] = {"wrong": True} if not isinstance(value, dict) else [value]
    elif how == "extra":
        target = value if isinstance(value, dict) else broken
        target["unexpected_key"] = 1
    elif how == "label":
        parent[path[-1]] = "NOT-A-LABEL" if isinstance(value, str) else -1
    return broken


LABEL_KEYS = ("type", "kind", "statement", "factuality", "attribution")
REQUIRED = ("schema_version", "id", "sha256", "length", "meta", "tokenizer", "sentences", "tokens", "entities",
            "mentions", "relations", "quotes")


@settings(max_examples=150, deadline=None)
@given(documents, st.data())
def test_broken_documents_fail_both(doc: dict, data: st.DataObject) -> None:
    how = data.draw(st.sampled_from(["type", "extra", "label", "missing", "negative"]))
    if how == "missing":
        broken = copy.deepcopy(doc)
        del broken[data.draw(st.sampled_from(REQUIRED))]
    elif how == "negative":
        broken = copy.deepcopy(doc)
        broken["length"] = -1
    else:
        candidates = [p for p in _paths(doc) if how != "label" or p[-1] in LABEL_KEYS]
        candidates = [p for p in candidates if p[-1] not in ("$schema", "outlet", "title", "kb_id", "cue", "speaker")]
        if not candidates:
            candidates = [("id",)]
        broken = _break(doc, data.draw(st.sampled_from(candidates)), how)
    assert not _pydantic_accepts(broken)
    assert not _schema_accepts(broken)


def test_known_divergence_integral_floats() -> None:
    """JSON Schema counts 3.0 as an integer; the validator (strict models) rejects it (V102).
    The validator is the stricter of the two, and the one that CI runs."""
    doc = {**sample_document(), "length": 127.0}
    assert _schema_accepts(doc) and not _pydantic_accepts(json.loads(json.dumps(doc)))


def test_every_label_is_documented_in_the_guidelines() -> None:
    guide = (REPO / "docs" / "guidelines.md").read_text(encoding="utf-8")
    for label in [*ENTITY_TYPES, *RELATION_TYPES, *QUOTE_KINDS, *ZONE_KINDS, *MENTION_KINDS, *FACTUALITY,
                  *ATTRIBUTION_TYPES, *QUOTE_LINK_WORDINGS]:
        assert f"`{label}`" in guide or f"| {label} |" in guide, label


def test_rule_catalogue_doc_is_current() -> None:
    from vostochny.checking.catalogue import markdown

    assert (REPO / "docs" / "rules.md").read_text(encoding="utf-8") == markdown(), (
        "run: python scripts/generate_docs.py")


def _archived(version: str) -> jsonschema.Draft202012Validator:
    path = REPO / "schema/v1/archive" / version / "document.schema.json"
    return jsonschema.Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))


def _before_1_4_0() -> dict[str, Any]:
    """The sample document without what 1.4.0 added (a relation's factuality, a quote's attribution, the sentence
    corrections)."""
    doc = sample_document()
    tokenizer = {k: v for k, v in doc["tokenizer"].items() if k != "sentence_corrections"}
    return {**doc, "tokenizer": tokenizer,
            "relations": [{k: v for k, v in r.items() if k != "factuality"} for r in doc["relations"]],
            "quotes": [{k: v for k, v in q.items() if k != "attribution"} for q in doc["quotes"]]}


def test_archived_schema_reads_old_files(tmp_path: Path) -> None:
    new_meta = ("url", "received", "rights")
    meta = {k: v for k, v in sample_document()["meta"].items() if k not in new_meta}
    doc = {k: v for k, v in _before_1_4_0().items() if k != "zones"} | {"schema_version": "1.0.0", "meta": meta}
    assert _archived("1.0.0").is_valid(doc)
    assert not _archived("1.0.0").is_valid({**doc, "zones": []})
    doc = {**_before_1_4_0(), "schema_version": "1.1.0", "meta": meta}
    assert _archived("1.1.0").is_valid(doc)
    for key in new_meta:  # each field that 1.2.0 added is unknown to 1.1.0
        assert not _archived("1.1.0").is_valid({**doc, "meta": {**meta, key: sample_document()["meta"][key]}})
    doc = {**_before_1_4_0(), "schema_version": "1.3.0"}
    assert _archived("1.3.0").is_valid(doc)
    assert not _archived("1.3.0").is_valid({**sample_document(), "schema_version": "1.3.0"})


@pytest.mark.parametrize("date", ["\u0662\u0660\u0662\u0664-01-01", "\uff19\uff19\uff19\uff19-01-01"])
def test_dates_are_ascii_digits_in_the_models_and_the_schema(date: str) -> None:
    doc = {**sample_document(), "meta": {**sample_document()["meta"], "date": date}}
    assert not _pydantic_accepts(doc) and not _schema_accepts(doc)


_RIGHTS = {"statement": "InC", "holder": "Reuters", "note": "a (Reuters) credit line"}


@pytest.mark.parametrize(("field", "value", "valid"), [
    ("received", "2026-11-23", True), ("received", None, True), ("received", "23/11/2026", False),
    ("received", "\u0662\u0660\u0662\u0666-11-23", False), ("url", "https://www.reuters.com/world/x?a=1", True),
    ("url", None, True), ("url", "www.reuters.com/x", False), ("url", "https://a b.org", False),
    ("url", "https://\u0430.org", False), ("rights", _RIGHTS, True), ("rights", {**_RIGHTS, "holder": None}, True),
    ("rights", {**_RIGHTS, "statement": "CNE"}, True), ("rights", {**_RIGHTS, "statement": "in copyright"}, False),
    ("rights", {**_RIGHTS, "holder": ""}, False), ("rights", {**_RIGHTS, "note": ""}, False),
    ("rights", {**_RIGHTS, "holder": "Reuters\x00"}, False), ("rights", {k: _RIGHTS[k] for k in ("statement", "note")},
                                                               False),
    ("rights", {**_RIGHTS, "licence": "CC-BY-4.0"}, False), ("rights", None, False),
])
def test_rights_and_source_fields_agree_in_the_models_and_the_schema(field: str, value: object, valid: bool) -> None:
    doc = {**sample_document(), "meta": {**sample_document()["meta"], field: value}}
    assert _pydantic_accepts(doc) is valid and _schema_accepts(doc) is valid


_SOURCE = {"where": "find_string 'Q7747', file id 1", "what": "vladimir putin (Q7747)"}
_VERIFIED = {"status": "verified", "qid": "Q7747", "instance_of": None, "sources": [_SOURCE, _SOURCE]}
_UNSOURCED = {"status": "verified", "qid": "Q7747", "instance_of": None}


@pytest.mark.parametrize(("link", "valid"), [
    (_VERIFIED, True), ({**_VERIFIED, "instance_of": "human"}, True), ({"status": "no-entry"}, True),
    ({"status": "unverified"}, True), ({"status": "unverified", "qid": "Q7747"}, False),  # a QID only when verified
    ({"status": "no-entry", "qid": "Q7747"}, False), ({"status": "verified"}, False),
    ({**_VERIFIED, "instance_of": "politician"}, False), ({"status": "probable", "qid": "Q7747"}, False),
    ({"qid": "Q7747"}, False), (None, False), ("Q7747", False), ({**_VERIFIED, "qid": 7747}, False),
    # the sources (schema 1.4.0): required with a verified link (how many is V336's), each a place and a quote
    (_UNSOURCED, False), ({**_VERIFIED, "sources": []}, True), ({**_VERIFIED, "sources": None}, False),
    ({**_VERIFIED, "sources": [{**_SOURCE, "where": ""}]}, False), ({**_VERIFIED, "sources": [{"where": "x"}]}, False),
    ({**_VERIFIED, "sources": [{**_SOURCE, "url": "x"}]}, False), ({**_VERIFIED, "sources": ["Q7747"]}, False),
    ({**_VERIFIED, "sources": [{**_SOURCE, "what": "a\x00b"}]}, False),
    ({"status": "unverified", "sources": [_SOURCE]}, False),
])
def test_wikidata_links_agree_in_the_models_and_the_schema(link: object, valid: bool) -> None:
    from vostochny.model.models import Registry

    registry = sample_registry()
    registry["entities"][2]["wikidata"] = link
    try:
        Registry.model_validate(registry)
        accepted = True
    except ValidationError:
        accepted = False
    assert accepted is valid
    assert jsonschema.Draft202012Validator(json_schema("registry")).is_valid(registry) is valid


def test_the_1_2_0_registry_schema_knows_no_wikidata_links() -> None:
    path = REPO / "schema/v1/archive/1.2.0/registry.schema.json"
    archived = jsonschema.Draft202012Validator(json.loads(path.read_text(encoding="utf-8")))
    old = {**sample_registry(), "schema_version": "1.2.0"}
    assert not archived.is_valid(old)
    assert archived.is_valid({**old, "entities": [{k: v for k, v in r.items() if k != "wikidata"}
                                                  for r in old["entities"]]})


def test_the_split_names_are_the_fields_of_the_splits_model() -> None:
    from vostochny.model.labels import SPLIT_NAMES
    from vostochny.model.models import Splits

    assert tuple(name for name in Splits.model_fields if name not in ("schema_", "schema_version")) == SPLIT_NAMES


@pytest.mark.parametrize("spelling", ["Status", "status ", None])
def test_a_registry_link_without_its_status_names_the_member_it_lacks(spelling: str | None) -> None:
    """The Wikidata link is a union told apart by `status`: without it pydantic says "Unable to extract
    tag using discriminator", which the report turns into the member that is missing, at its place."""
    from vostochny.model.models import Registry
    from vostochny.reading import loader

    registry = sample_registry()
    link = registry["entities"][0]["wikidata"]
    status = link.pop("status")
    if spelling is not None:
        link[spelling] = status
    [found] = loader.load_bytes(json.dumps(registry, indent=1).encode(), Registry, "entities.json").problems
    assert (found.code, found.pointer) == ("V101", "/entities/0/wikidata/status")
    assert found.message.endswith("'status', which says which kind of record this is") and found.line > 1
