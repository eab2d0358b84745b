"""Structure damage: keys dropped, renamed or added, the wrong top-level kind, versions, labels."""

from __future__ import annotations

import random
from typing import Any

from vostochny.model.migrations import KNOWN_VERSIONS

from .jsonedit import Fragments, at, choose, pick, set_at, walk
from .kinds import json_kind, reject

ANY_FILE = ("document", "registry", "splits", "quote_links")  # the links file: linked base only
FAMILY = "structure"
LABEL_KEYS = {"type", "kind"}
#: a quote link's members with a default (`links/<i>/via`, `links/<i>/note`; a document's rights note is required)
LINK_OPTIONAL = {"via", "note"}


def _optional_keys() -> set[str]:
    """The keys that a file may leave out wherever they occur, read off the models (a field with a
    default, in every model that has it): a list kept by hand missed `factuality` and `attribution`
    when schema 1.4.0 added them, and the campaign called dropping one a false accept."""
    import pydantic

    from vostochny.model import models

    optional, required = set(), set()
    for model in vars(models).values():
        if isinstance(model, type) and issubclass(model, pydantic.BaseModel) and model.__module__ == models.__name__:
            for name, info in model.model_fields.items():
                (required if info.is_required() else optional).add(info.alias or name)
    return optional - required


OPTIONAL = _optional_keys()


def optional(path: tuple[Any, ...]) -> bool:
    """A member that may be left out."""
    return path[-1] in OPTIONAL or (path[0] == "links" and len(path) == 3 and path[-1] in LINK_OPTIONAL)


@json_kind("drop-required-key", reject("V101"), FAMILY, ANY_FILE)
def drop_required_key(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Delete a required member, at the top level or in any record."""
    path = pick(data, rng, lambda p, v: isinstance(p[-1], str) and not optional(p))
    del at(data, path[:-1])[path[-1]]


@json_kind("rename-key", reject("V103", "V101"), FAMILY, ANY_FILE)
def rename_key(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Misspell a member's key (`entitiy`, `Start`, `text `): an unknown key, or a required one missing
    (alone where the key says which kind of record it is, `status`)."""
    path = pick(data, rng, lambda p, v: isinstance(p[-1], str))
    parent, key = at(data, path[:-1]), path[-1]
    cased = key.capitalize() if key.islower() else key.lower()  # "$schema".capitalize() is "$schema"
    spelling = rng.choice([k for k in (key + "s", cased, key + " ", "_" + key) if k != key])
    parent[spelling] = parent.pop(key)


@json_kind("python-name-key", reject("V103"), FAMILY, ANY_FILE)
def python_name_key(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Write `$schema` by the models' Python name, `schema_` (in its place or beside it)."""
    value = data.get("$schema", "../schema/v1/document.schema.json")
    if rng.random() < 0.5:
        data.pop("$schema", None)
    data["schema_"] = value


@json_kind("extra-field", reject("V103"), FAMILY, ANY_FILE)
def extra_field(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Add an unknown member to the top level or to any record."""
    target = at(data, choose(rng, [p for p, v in walk(data) if isinstance(v, dict)]))
    unknown = [k for k in ("note", "comment", "confidence", "x-extra") if k not in target]  # rights have a note
    target[rng.choice(unknown)] = rng.choice(["x", 1, None, [], {}])


#: the replacement of a whole file by another kind of JSON value
TOP_LEVEL = {
    "null": lambda data, rng, frag: frag.value("null"),
    "list": lambda data, rng, frag: rng.choice([[], [data]]),
    "string": lambda data, rng, frag: rng.choice(["", "annotations", frag.value('"{}"')]),
    "number": lambda data, rng, frag: frag.value(rng.choice(["0", "42", "-1.5e3"])),
}


def _register_top_level(name: str) -> None:
    def edit(data: Any, rng: random.Random, frag: Fragments) -> Any:
        return TOP_LEVEL[name](data, rng, frag)

    edit.__doc__ = f"Replace the whole file by a JSON {name}."
    json_kind(f"top-level-{name}", reject("V102"), FAMILY, ANY_FILE)(edit)


for _name in TOP_LEVEL:
    _register_top_level(_name)


@json_kind("schema-version-unknown", reject("V110"), FAMILY, ANY_FILE)
def schema_version_unknown(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Set `schema_version` to a well-formed version this release does not know."""
    unknown = [v for v in ("2.0.0", "1.9.0", "1.1.1", "0.9.0", "1.0.1") if v not in KNOWN_VERSIONS]
    data["schema_version"] = rng.choice(unknown)


@json_kind("schema-version-malformed", reject("V105", "V110"), FAMILY, ANY_FILE)
def schema_version_malformed(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Set `schema_version` to a string that is no semver (`1.1`, `v1.1.0`, `01.1.0`, empty)."""
    data["schema_version"] = rng.choice(["1.1", "v1.1.0", "01.1.0", "", "1.1.0 ", "latest"])


@json_kind("schema-version-number", reject("V102"), FAMILY, ANY_FILE)
def schema_version_number(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Write `schema_version` as a number or null."""
    data["schema_version"] = rng.choice([1.1, 1, None])


@json_kind("schema-version-old", reject("V111"), FAMILY, ("document", "splits"))
def schema_version_old(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Write the file as one of the older 1.3.0 (readable, but must be migrated; quote links: `k_links`): its stamp,
    and without the fields 1.4.0 added (a current file stamped 1.3.0 would hold fields its schema refuses, V103, a
    second mistake). Not the registry: a 1.3.0 registry has no verified link's evidence, which its migration leaves
    to write (V336; tests/test_migrations.py)."""
    data["schema_version"] = "1.3.0"
    for layer, key in (("relations", "factuality"), ("quotes", "attribution"), ("entities", "distinct_from")):
        for record in data.get(layer, []):
            record.pop(key, None)
    data.get("tokenizer", {}).pop("sentence_corrections", None)


@json_kind("unknown-label", reject("V104"), FAMILY, ("document", "registry"))
def unknown_label(data: Any, rng: random.Random, frag: Fragments) -> None:
    """Set an entity type, mention kind, relation type, quote or zone kind to an unknown label."""
    path = pick(data, rng, lambda p, v: p[-1] in LABEL_KEYS and isinstance(v, str))
    value = at(data, path)
    set_at(data, path, choose(rng, [value.lower() if value.isupper() else value.upper(), value + "X", "PERSON", ""]))
