"""Models to the canonical JSON text of an annotation file.

One object per line for spans and records, one line per token: small, reviewable diffs in
pull requests, and byte-identical output for identical data.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

_INLINE_LISTS = frozenset({"tokens", "sentences", "zones", "entities", "mentions", "relations", "quotes", "aliases"})


def to_json(model: BaseModel, leave_out: frozenset[str] = frozenset()) -> str:
    """Serialize a model to canonical JSON (2-space indent, list items one per line), without the
    fields `leave_out` (a prediction leaves out the layers it does not predict: they are not scored)."""
    data = model.model_dump(mode="json", by_alias=True, exclude_none=False, exclude=set(leave_out) or None)
    if data.get("$schema") is None:
        data.pop("$schema", None)
    return dumps(data)


def dumps(data: dict[str, Any]) -> str:
    """JSON data of an annotation file's shape (`hydration.textless` writes one without its texts) in canonical form."""
    return _dump(data, 0) + "\n"


def _dump(value: Any, depth: int) -> str:
    pad, inner = "  " * depth, "  " * (depth + 1)
    if not isinstance(value, dict) or not value:
        return compact(value)
    lines = []
    for key, item in value.items():
        if key in _INLINE_LISTS and isinstance(item, list) and item:
            rows = ",\n".join(inner + "  " + compact(row) for row in item)
            text = "[\n" + rows + "\n" + inner + "]"
        elif isinstance(item, dict):
            text = _dump(item, depth + 1)
        else:
            text = compact(item)
        lines.append(f"{inner}{json.dumps(key)}: {text}")
    return "{\n" + ",\n".join(lines) + "\n" + pad + "}"


def compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
