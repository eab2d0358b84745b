"""Schema versions this release reads, and the steps that bring an old file up to date.

A minor version adds optional content, so an older file stays readable: it is checked against
its own version's published JSON Schema (archived in `schema/v1/archive/<version>/`), then the
migration steps run in order. A major version would need a new `schema/vN/` and is not read.
Migrations necessarily work on the parsed JSON, before any model exists.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from vostochny.checking.problems import Problem, pointer, problem
from vostochny.model.models import RIGHTS_NOT_EVALUATED, SCHEMA_VERSION, Document, QuoteLinks, Registry, Splits

Step = Callable[[dict[str, Any]], dict[str, Any]]

#: each file kind's JSON Schema name (`schema/v1/<name>.schema.json`, archived per version)
_SCHEMA_NAMES: dict[type[BaseModel], str] = {Document: "document", Registry: "registry", Splits: "splits",
                                             QuoteLinks: "quote-links"}
#: the version a file kind first appeared in: no file of it was ever written at an older one
_SINCE: dict[type[BaseModel], str] = {QuoteLinks: "1.4.0"}
_KEYWORD_CODES = {"required": "V101", "additionalProperties": "V103", "enum": "V104", "const": "V104",
                  "pattern": "V105", "minimum": "V105", "minLength": "V105"}


def _to_1_1_0(data: dict[str, Any]) -> dict[str, Any]:
    """1.0.0 -> 1.1.0: documents gain the `zones` layer (empty until annotated)."""
    if "sentences" in data:  # a document, not the registry or the splits
        data = {**data, "zones": data.get("zones", [])}
    return {**data, "schema_version": "1.1.0"}


def _to_1_2_0(data: dict[str, Any]) -> dict[str, Any]:
    """1.1.0 -> 1.2.0: document metadata gains where the text came from (`url`, `received`) and its
    `rights`. An old file recorded none of them, and the migration invents nothing: `url` and
    `received` are null (not recorded), the rights "not evaluated" (CNE, no holder), which V221
    reports until a contributor fills them in."""
    meta = data.get("meta")
    if "sentences" in data and isinstance(meta, dict):
        not_evaluated = RIGHTS_NOT_EVALUATED.model_dump(mode="json")
        data = {**data, "meta": {"url": None, "received": None, "rights": not_evaluated, **meta}}
    return {**data, "schema_version": "1.2.0"}


def _to_1_3_0(data: dict[str, Any]) -> dict[str, Any]:
    """1.2.0 -> 1.3.0: registry records gain their Wikidata link. An old record had none, and the migration
    looks nothing up: every record is "unverified" (no QID) until evidence is recorded."""
    records = data.get("entities")
    if "sentences" not in data and isinstance(records, list):  # the registry: a document's entities have no link
        data = {**data, "entities": [{**r, "wikidata": r.get("wikidata", {"status": "unverified"})}
                                     if isinstance(r, dict) else r for r in records]}
    return {**data, "schema_version": "1.3.0"}


def _to_1_4_0(data: dict[str, Any]) -> dict[str, Any]:
    """1.3.0 -> 1.4.0: relations gain their `factuality`, quotes their `attribution` type. An old file
    recorded neither, and the migration guesses neither: both stay absent (null, not annotated), which
    V235 and V236 report until a contributor reads each sentence. The tokenizer's record gains
    `sentence_corrections`: absent, none, so a sentence layer corrected by hand before is reported (V283) until its
    corrections are counted. Entities gain `distinct_from`, the
    registry records an annotator checked and found to be other referents: an old file recorded no such
    decision, and it stays absent (empty), so V321 reports the candidates until they are decided. A verified
    Wikidata link gains its `sources`: an old file recorded them elsewhere, if at all, and the migration copies
    none, so V336 reports each verified QID until its evidence is written with it."""
    records = data.get("entities")
    if "sentences" not in data and isinstance(records, list):
        data = {**data, "entities": [_with_sources(r) for r in records]}
    return {**data, "schema_version": "1.4.0"}


def _with_sources(record: Any) -> Any:
    """A registry record whose verified Wikidata link has a `sources` list (empty when it had none)."""
    link = record.get("wikidata") if isinstance(record, dict) else None
    if not isinstance(link, dict) or link.get("status") != "verified" or "sources" in link:
        return record
    return {**record, "wikidata": {**link, "sources": []}}


#: from-version -> (to-version, step). Versions not listed here and not current are unknown.
STEPS: dict[str, tuple[str, Step]] = {"1.0.0": ("1.1.0", _to_1_1_0), "1.1.0": ("1.2.0", _to_1_2_0),
                                      "1.2.0": ("1.3.0", _to_1_3_0), "1.3.0": ("1.4.0", _to_1_4_0)}
KNOWN_VERSIONS = (*STEPS, SCHEMA_VERSION)


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Apply every step from the file's version to the current one."""
    while data.get("schema_version") in STEPS:
        data = STEPS[data["schema_version"]][1](data)
    return data


def upgrade(data: Any, model: type[BaseModel], label: str) -> tuple[Any, list[Problem]]:
    """Check the version of parsed `data`; return it migrated (None if unreadable) and the problems."""
    version = data.get("schema_version") if isinstance(data, dict) else None
    if not isinstance(version, str) or version == SCHEMA_VERSION or model not in _SCHEMA_NAMES:
        return data, []  # a missing or mistyped version is the models' to report, and so is a version in a
        # file that has none (the release manifest: it was an internal error, a KeyError below)
    if version not in KNOWN_VERSIONS:
        known = ", ".join(KNOWN_VERSIONS)
        return None, [problem("V110", label, "/schema_version", f"{version!r} (known: {known})", version)]
    since = _SINCE.get(model, KNOWN_VERSIONS[0])
    if KNOWN_VERSIONS.index(version) < KNOWN_VERSIONS.index(since):
        return None, [problem("V110", label, "/schema_version",
                              f"{version!r}: this file exists since schema {since} (write {SCHEMA_VERSION})", version)]
    found = [problem("V111", label, "/schema_version", f"{version} -> {SCHEMA_VERSION}", version)]
    found += archived_schema_problems(data, version, _SCHEMA_NAMES[model], label)
    return migrate(data), found


def archived_schema_problems(data: Any, version: str, name: str, label: str) -> list[Problem]:
    """Validate against the published JSON Schema of an older version, with `jsonschema`."""
    import jsonschema  # only for files of an older version

    from vostochny.reading.corpus import schema_dir

    schema = json.loads((schema_dir() / "v1" / "archive" / version / f"{name}.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    return [
        problem(_KEYWORD_CODES.get(err.validator, "V102"), label, pointer(*err.absolute_path), err.message, err.instance
                if not isinstance(err.instance, (dict, list)) else type(err.instance).__name__)
        for err in validator.iter_errors(data)
    ]
