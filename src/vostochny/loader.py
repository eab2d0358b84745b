"""The only module that reads the corpus: bytes to models, with the file and structure problems.

Reading is layered. File: size, UTF-8, JSON syntax, duplicate keys, non-finite numbers.
Version: a known `schema_version`; files of an older version are checked against that version's
published JSON Schema and migrated in memory. Structure: the strict pydantic models. A file
that fails a layer gets its problems and no model; the corpus rules run on models only.
Line numbers are worked out only for files that have problems.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, get_args

from pydantic import BaseModel, ValidationError

from . import migrations
from .models import SCHEMA_VERSION, Document, Registry, Splits
from .problems import Problem, pointer, problem

M = TypeVar("M", bound=BaseModel)
DEFAULT_MAX_BYTES = 16 * 1024 * 1024
_BOM = b"\xef\xbb\xbf"
_NON_FINITE = re.compile(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)')
_SCHEMA_CODES = {
    "missing": "V101",
    "extra_forbidden": "V103",
    "literal_error": "V104",
    "string_pattern_mismatch": "V105",
    "greater_than_equal": "V105",
    "string_too_short": "V105",
    "too_short": "V102",
    "too_long": "V102",
}


@dataclass
class Loaded:
    """A file read as far as it would go: its text (if UTF-8), its model (if valid), its problems."""

    path: Path
    text: str | None
    model: Any
    problems: list[Problem]


class _NonFinite(ValueError):
    pass


def _reject_constant(name: str) -> float:
    raise _NonFinite(name)


def read_json(path: Path, label: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Any, str | None, list[Problem]]:
    """Read a JSON file: returns (data or None, text or None, file-level problems)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return None, None, [problem("V004", label, "", f"{size} bytes > {max_bytes}", size, line=1)]
        data = path.read_bytes()
    except FileNotFoundError:
        return None, None, [problem("V006", label, "", "no such file")]
    except OSError as error:
        return None, None, [problem("V006", label, "", f"cannot read the file: {error.strerror}")]
    if data.startswith(_BOM):
        return None, None, [problem("V003", label, "", "the file starts with a UTF-8 byte-order mark", line=1, column=1)]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, None, [problem("V003", label, "", f"invalid UTF-8 at byte {error.start}", line=line)]
    duplicates: list[str] = []
    try:
        obj = json.loads(text, object_pairs_hook=_pairs_hook(duplicates), parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        detail = f"{error.msg} (line {error.lineno}, column {error.colno})"
        return None, text, [problem("V001", label, "", detail, line=error.lineno, column=error.colno)]
    except _NonFinite as error:
        return None, text, [_non_finite(label, text, str(error))]
    except RecursionError:
        return None, text, [problem("V001", label, "", "nesting too deep to parse", line=1)]
    problems = [problem("V002", label, ptr, f"key {ptr.rsplit('/', 1)[-1]!r} appears twice") for ptr in _duplicate_pointers(text, duplicates)]
    return obj, text, problems


def _pairs_hook(duplicates: list[str]):  # noqa: ANN202 - a closure for json.loads
    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            duplicates.append("")
        return result

    return hook


def _duplicate_pointers(text: str, duplicates: list[str]) -> list[str]:
    """Pointers of the keys that occur twice in the same object (the second occurrence)."""
    if not duplicates:
        return []
    seen: set[str] = set()
    found = []
    for ptr, _entry in _source_entries(text):
        if ptr in seen:
            found.append(ptr)
        seen.add(ptr)
    return found or [""]


def _non_finite(label: str, text: str, name: str) -> Problem:
    for match in _NON_FINITE.finditer(text):
        if match.group(1):
            line = text.count("\n", 0, match.start()) + 1
            return problem("V005", label, "", f"{match.group(1)} at line {line}", match.group(1), line=line)
    return problem("V005", label, "", name, name)


def _source_entries(text: str):  # noqa: ANN202 - generator of (pointer, Entry)
    from json_source_map import handle, types  # only for files with problems

    try:
        yield from handle.value(source=text, current_location=types.Location(0, 0, 0))
    except RecursionError:
        return


def locate(problems: list[Problem], text: str | None) -> None:
    """Fill in the line and column of problems that have none, from their JSON pointers."""
    todo = [p for p in problems if not p.line]
    if not todo or text is None:
        return
    where = {}
    for ptr, entry in _source_entries(text):
        where.setdefault(ptr, entry.key_start or entry.value_start)
    for item in todo:
        ptr = item.pointer
        while ptr not in where and ptr:
            ptr = ptr.rsplit("/", 1)[0]
        if ptr in where:
            item.line, item.column = where[ptr].line + 1, where[ptr].column + 1


def structure_problems(error: ValidationError, label: str) -> list[Problem]:
    """Translate pydantic's errors into located V1xx problems."""
    found = []
    for err in error.errors(include_url=False):
        loc = [p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-"))]
        code = _SCHEMA_CODES.get(err["type"], "V102")
        value = None if err["type"] == "missing" else err.get("input")
        if isinstance(value, (dict, list)):
            value = type(value).__name__
        found.append(problem(code, label, pointer(*loc), err["msg"], value))
    return found


#: the four JSON whitespace characters, each before a colon: a key written as `"key" :`
_SPACED_COLONS = (b" :", b"\t:", b"\n:", b"\r:")


def _keys_set(model: BaseModel) -> int:
    """How many JSON keys the validated model was built from (fields set, recursively)."""
    total = len(model.model_fields_set)
    for name in _nested_fields(type(model)):
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            total += _keys_set(value)
        elif value:
            total += sum(map(_keys_set, value)) if _nested_fields(type(value[0])) else sum(
                len(item.model_fields_set) for item in value)
    return total


_NESTED: dict[type, tuple[str, ...]] = {}


def _nested_fields(cls: type) -> tuple[str, ...]:
    """Names of the fields of a model class that hold models or lists of models."""
    if cls not in _NESTED:
        fields = getattr(cls, "model_fields", {})
        _NESTED[cls] = tuple(name for name, info in fields.items() if _holds_models(info.annotation))
    return _NESTED[cls]


def _holds_models(annotation: object) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_models(arg) for arg in get_args(annotation))


def _fast_load(path: Path, model: type[M], max_bytes: int) -> tuple[M, bytes] | None:
    """The common case at full speed: a current-version file that is valid as it stands.

    pydantic parses and validates the bytes in one pass. It keeps the last of two equal keys, so
    the keys in the text are counted: with no whitespace before any colon, every key ends in `":`
    (a string value can only add to that count), so a count equal to the keys the model was built
    from proves there is no duplicate; where string values add to the count, `jiter` checks the
    keys exactly. Anything else goes the slow, fully reporting way."""
    try:
        if path.stat().st_size > max_bytes:
            return None
        data = path.read_bytes()
        result = model.model_validate_json(data)
    except (OSError, ValidationError, ValueError, RecursionError):
        return None
    if getattr(result, "schema_version", None) != SCHEMA_VERSION or data.startswith(_BOM):
        return None
    if any(spaced in data for spaced in _SPACED_COLONS):
        return None
    # a `:` token is the value `":"` after a space: never a key, so it leaves the count
    if data.count(b'":') - data.count(b' ":"') == _keys_set(result) or _no_duplicate_keys(data):
        return result, data
    return None


def _no_duplicate_keys(data: bytes) -> bool:
    """The exact check, for files whose string values contain `":` (a `:` token, say)."""
    import jiter

    try:
        jiter.from_json(data, catch_duplicate_keys=True)
    except ValueError:
        return False
    return True


def load_model(path: Path, model: type[M], label: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """Read and validate one annotation, registry or splits file."""
    fast = _fast_load(path, model, max_bytes)
    if fast is not None:
        return Loaded(path, fast[1].decode("utf-8"), fast[0], [])
    data, text, problems = read_json(path, label, max_bytes)
    result: Any = None
    if data is not None:
        data, version_problems = migrations.upgrade(data, model, label)
        problems += version_problems
        if data is not None:
            try:
                result = model.model_validate(data)
            except ValidationError as error:
                problems += structure_problems(error, label)
    locate(problems, text)
    return Loaded(path, text, result, problems)


def load_document(path: Path, label: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Loaded:
    """Read one `annotations/<id>.json` file."""
    return load_model(path, Document, label, max_bytes)


def load_registry(path: Path, label: str) -> Loaded:
    """Read `annotations/entities.json`."""
    return load_model(path, Registry, label)


def load_splits(path: Path, label: str) -> Loaded:
    """Read `annotations/splits.json`."""
    return load_model(path, Splits, label)


def read_figures(path: Path) -> dict[str, Any] | None:
    """A generated figures file of the corpus (`annotations/agreement.json`), if there is one."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_raw(path: Path) -> str | None:
    """The raw text exactly as stored (no newline translation), or None if it cannot be read."""
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError):
        return None


__all__ = ["SCHEMA_VERSION", "Loaded", "load_document", "load_registry", "load_splits", "read_raw", "locate"]
