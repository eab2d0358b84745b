"""The published JSON Schemas, generated from the pydantic models.

`python -m vostochny.model.schema` (or `scripts/generate_schema.py`) rewrites `schema/v1/`; a test
fails when the checked-in files differ from what the models generate.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from vostochny.model.constants import schema_file
from vostochny.model.models import SCHEMA_BASE_URL, SCHEMA_VERSION, Document, QuoteLinks, Registry, Splits

SCHEMAS: dict[str, type[BaseModel]] = {
    "document": Document, "registry": Registry, "splits": Splits, "quote-links": QuoteLinks}


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema (2020-12) of one file kind, with a versioned `$id`."""
    body = SCHEMAS[name].model_json_schema(by_alias=True, mode="validation")
    head = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{SCHEMA_BASE_URL}/{schema_file(name)}",
        "$comment": f"vostochny schema {SCHEMA_VERSION}; generated from vostochny.model.models, do not edit",
    }
    return {**head, **body}


def render(name: str) -> str:
    """The schema file's exact text."""
    return json.dumps(json_schema(name), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def write_all(root: Path) -> list[Path]:
    """Write every schema under `root/schema/vN/`."""
    from vostochny.writing.writer import write_text

    paths = []
    for name in SCHEMAS:
        path = root / "schema" / schema_file(name)
        write_text(path, render(name))
        paths.append(path)
    return paths


if __name__ == "__main__":
    for written in write_all(Path.cwd()):
        print(f"wrote {written}")
