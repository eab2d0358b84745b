"""The only module that reads the corpus: bytes to models, with the file and structure problems.

Reading is layered. File: size, UTF-8, JSON syntax, duplicate keys, non-finite numbers.
Version: a known `schema_version`; files of an older version are checked against that version's
published JSON Schema and migrated in memory. Structure: the strict pydantic models. A file
that fails a layer gets its problems and no model; the corpus rules run on loaded files only.
Line numbers are worked out only for files that have problems. A valid current-version file is
first tried as its `msgspec` mirror (`fast_document`, `mirrored`: `vostochny.reading.fastpath`),
which proves it valid without importing pydantic; only a file its mirror refuses is read layer
by layer as above.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar, get_args

from vostochny.checking.problems import Problem, escape_pointer, pointer, problem
from vostochny.errors import FileRefused
from vostochny.model.constants import SCHEMA_VERSION
from vostochny.patterns import compiled
from vostochny.reading.corpus import file_limit
from vostochny.reading.files import MAX_ANNOTATION_BYTES, MAX_RAW_BYTES, TooLarge, present, read_capped

if TYPE_CHECKING:  # the models, pydantic and msgspec are imported where they are used: hashing the
    # corpus (`digest_files`, every `vostochny.load()`) needs none of them, and the validator's valid
    # path (the `mirror` readers) no pydantic
    from pydantic import BaseModel, ValidationError

    from vostochny.model.models import Document, QuoteLinks, Registry, Splits
    from vostochny.model.release import ReleaseManifest
    from vostochny.reading import fastpath

M = TypeVar("M", bound="BaseModel")
DEFAULT_MAX_BYTES = MAX_ANNOTATION_BYTES
_BOM = b"\xef\xbb\xbf"
_NON_FINITE = compiled(r'"(?:[^"\\]|\\.)*"|(-?Infinity|NaN)')
_SCHEMA_CODES = {
    "missing": "V101",
    "extra_forbidden": "V103",
    "literal_error": "V104",
    "union_tag_invalid": "V104",
    "union_tag_not_found": "V101",
    "string_pattern_mismatch": "V105",
    "greater_than_equal": "V105",
    "string_too_short": "V105",
    "too_short": "V102",
    "too_long": "V102",
}

#: fields holding a union told apart by a tag (`status`): pydantic names the tag in an error's location,
#: which the file does not have
_TAGGED = frozenset({"wikidata"})


class Loaded(Generic[M]):
    """A file read as far as it would go: its text (if UTF-8), its model (if valid), its problems."""

    __slots__ = ("model", "path", "problems", "text")

    def __init__(self, path: Path, text: str | None, model: M | None, problems: list[Problem]) -> None:
        self.path = path
        self.text = text
        self.model = model
        self.problems = problems

    def refused(self, older: bool = False) -> bool:
        """Whether the file does not validate: no model, or an error among its problems. A file of an older
        version is migrated to a model (for the rules to run) with V111 and the errors of its own schema;
        with `older`, V111 is no refusal (a past revision's file, read migrated), its schema's errors are."""
        return self.model is None or any(p.severity == "error" and not (older and p.code == "V111")
                                         for p in self.problems)


#: the detail of V006 for a file that does not exist (a missing raw file is V204's to report)
NO_SUCH_FILE = "no such file"


class _NonFinite(ValueError):
    pass


def _reject_constant(name: str) -> float:
    raise _NonFinite(name)


def resolved(path: Path) -> Path | None:
    """The path with every link followed; None where its links loop (`Path.resolve` raises RuntimeError on Python
    3.11 and OSError on 3.13: a link loop in `raw/` stopped every verb with an internal error)."""
    try:
        return path.resolve()
    except (RuntimeError, OSError):
        return None


def read_file(path: Path, label: str, max_bytes: int, within: Path | None = None) -> tuple[bytes | None, list[Problem]]:
    """The bytes of a corpus file: a regular file (inside `within`, if given), at most `max_bytes` (and more for
    a file with an entry per document: `corpus.file_limit`)."""
    target = resolved(path) if within is not None else path
    if target is None:
        return None, [problem("V008", label, "", "its links loop: it names no file")]
    if within is not None and not target.is_relative_to(within.resolve()):
        return None, [problem("V008", label, "", f"it resolves to {target}, outside the corpus")]
    try:
        return read_capped(path, file_limit(path, max_bytes)), []
    except FileNotFoundError:
        return None, [problem("V006", label, "", NO_SUCH_FILE)]
    except TooLarge as error:
        return None, [problem("V004", label, "", f"more than {error.limit} bytes", line=1)]
    except FileRefused:
        return None, [problem("V008", label, "", "not a regular file (a FIFO, a device or a folder)")]
    except OSError as error:
        return None, [problem("V006", label, "", f"cannot read the file: {error.strerror}")]


def parse_json(data: bytes, label: str) -> tuple[Any, str | None, list[Problem]]:
    """Parse the bytes of a JSON file: returns (object or None, text or None, file-level problems).
    The top level must be an object; strings must be Unicode text (no lone surrogates)."""
    if data.startswith(_BOM):
        return None, None, [problem("V003", label, "", "the file starts with a UTF-8 byte-order mark",
                                    line=1, column=1)]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, None, [problem("V003", label, "", f"invalid UTF-8 at byte {error.start}", line=line)]
    duplicates: list[str] = []
    try:
        obj = json.loads(text, object_pairs_hook=_pairs_hook(duplicates), parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        return None, text, [syntax_problem(error, label)]
    except _NonFinite as error:
        return None, text, [_non_finite(label, text, str(error))]
    except RecursionError:
        return None, text, [problem("V001", label, "", "nesting too deep to parse", line=1)]
    except ValueError:  # the interpreter's limit on integer digits (4 300)
        return None, text, [_huge_integer(label, text)]
    if not isinstance(obj, dict):
        return None, text, [problem("V102", label, "", f"the top level must be a JSON object, not {_json_kind(obj)}",
                                    _json_kind(obj), line=1)]
    problems = [problem("V002", label, ptr, f"key {ptr.rsplit('/', 1)[-1]!r} appears twice", line=line, column=column)
                for ptr, line, column in _duplicate_keys(text, duplicates)]
    if _SURROGATE_ESCAPE.search(data):  # UTF-8 cannot encode a surrogate: only an escape gives one
        problems += [problem("V007", label, ptr, "a lone surrogate escape is not a character", ascii(value))
                     for ptr, value in _lone_surrogates(obj, "")]
    return (None if problems else obj), text, problems


def _json_kind(value: object) -> str:
    return {type(None): "null", bool: "a boolean", int: "a number", float: "a number", str: "a string",
            list: "an array"}.get(type(value), type(value).__name__)


def _lone_surrogates(value: Any, ptr: str) -> Iterator[tuple[str, str]]:
    """Pointers of the keys and strings that hold a lone surrogate (`"\\ud800"` parses to one)."""
    if isinstance(value, str):
        if _SURROGATE.search(value):
            yield ptr, value
    elif isinstance(value, dict):
        for key, item in value.items():
            here = f"{ptr}/{escape_pointer(key)}"
            if _SURROGATE.search(key):
                yield here, key
            yield from _lone_surrogates(item, here)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _lone_surrogates(item, f"{ptr}/{i}")


_SURROGATE = compiled("[\ud800-\udfff]")
#: a `\\u` escape of a surrogate (or a backslash written before such letters: then the walk finds nothing)
_SURROGATE_ESCAPE = compiled(rb"\\u[dD][89a-fA-F]")

#: the json module's messages, said in words a contributor recognises
_SYNTAX_HINTS = {
    "Expecting ',' delimiter": "missing comma between two values",
    "Expecting ':' delimiter": "missing colon after a key",
    "Extra data": "extra content after the end of the JSON value",
    "Invalid control character at":
        "a raw control character (tab or line break) inside a string: write it as \\t or \\n",
}


def syntax_problem(error: json.JSONDecodeError, label: str) -> Problem:
    """V001 with the parser's position and the mistake said in words (trailing comma, unquoted key...)."""
    before = error.doc[: error.pos].rstrip()
    here = error.doc[error.pos : error.pos + 1]
    if before.endswith(",") and here in "}]":
        words = f"trailing comma before '{here}'"
    elif error.msg.startswith("Expecting property name") and here not in "}":
        words = "unquoted key: keys are written in double quotes" if here.isalpha() or here == "'" else error.msg
    else:
        words = _SYNTAX_HINTS.get(error.msg, error.msg)
    return problem("V001", label, "", f"{words} (line {error.lineno}, column {error.colno})",
                   line=error.lineno, column=error.colno)


def _huge_integer(label: str, text: str) -> Problem:
    match = re.search(r"\d{4300,}", text)
    line = text.count("\n", 0, match.start()) + 1 if match else 1
    return problem("V001", label, "", f"a number with more than 4300 digits (line {line})", line=line)


def _pairs_hook(duplicates: list[str]) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            duplicates.append("")
        return result

    return hook


def _duplicate_keys(text: str, duplicates: list[str]) -> list[tuple[str, int, int]]:
    """The pointer of each key that occurs again in the same object, with the line and column of that
    second occurrence (1-based; `locate` would find the first); the root, unplaced (0), if none is found."""
    if not duplicates:
        return []
    seen: set[str] = set()
    found: list[tuple[str, int, int]] = []
    for ptr, at in _source_keys(text):
        if ptr in seen:
            found.append((ptr, text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)))
        seen.add(ptr)
    return found or [("", 0, 0)]


def _source_keys(text: str) -> Iterator[tuple[str, int]]:
    """The pointer of every member of the text's objects with where its key starts, in order, repeats
    included (`json_source_map`)."""
    from json_source_map import errors, handle, types  # only for files with duplicate keys

    try:
        for ptr, entry in handle.value(source=text, current_location=types.Location(0, 0, 0)):
            if entry.key_start is not None:
                yield ptr, entry.key_start.position
    except (RecursionError, errors.BaseError):
        return


def _non_finite(label: str, text: str, name: str) -> Problem:
    for match in _NON_FINITE.finditer(text):
        if match.group(1):
            line = text.count("\n", 0, match.start()) + 1
            return problem("V005", label, "", f"{match.group(1)} at line {line}", match.group(1), line=line)
    return problem("V005", label, "", name, name)


_JSON_SPACE = compiled(r"[ \t\n\r]*")
_SCAN = json.JSONDecoder()


def _skip(text: str, at: int) -> int:
    """The first index at or after `at` that is not JSON whitespace."""
    match = _JSON_SPACE.match(text, at)
    return match.end() if match else at


class _Places:
    """Where the members and items of a JSON text's objects and arrays start, found as far as a pointer
    needs and kept for the next pointer: locating every problem of a file walks each object and array
    at most once (a document whose raw text changed has a problem per token and span, folded into one;
    walked again from the start for each, they took seconds). Values passed over are skipped by the C
    scanner of `json`, a whole value at a time."""

    def __init__(self, text: str) -> None:
        self.text = text
        #: container start -> (key, where the member or item starts, where its value starts), in order
        self._found: dict[int, list[tuple[str | None, int, int]]] = {}
        self._resume: dict[int, int | None] = {}  # where each container's walk goes on (None: at its end)

    def _advance(self, at: int) -> bool:
        """Find the next member or item of the container at `at`; False at its end. Raises `ValueError` or
        `IndexError` where the text is no JSON, the next time too: a member or item whose value breaks off
        is found, what follows it is not."""
        text, i = self.text, self._resume.get(at, -1)
        if i is None:
            return False
        if i == -2:
            raise ValueError("the text is no JSON after the last member or item found")
        i = _skip(text, at + 1) if i == -1 else i
        if text[i] in "]}":
            self._resume[at] = None
            return False
        name, place = None, i
        if text[at] == "{":
            name, i = _SCAN.raw_decode(text, i)
            i = _skip(text, _skip(text, i) + 1)  # past the colon
        self._found.setdefault(at, []).append((name, place, i))
        try:
            after = _skip(text, _SCAN.raw_decode(text, i)[1])
            self._resume[at] = _skip(text, after + 1) if text[after] == "," else after
        except (ValueError, IndexError):
            self._resume[at] = -2  # the value breaks off: it is found, the next call raises
        return True

    def member(self, at: int, key: str) -> tuple[int, int] | None:
        """Where the first member `key` of the object at `at` starts (its key), and its value; None if absent."""
        found = self._found.setdefault(at, [])
        hit = next(((place, value) for name, place, value in found if name == key), None)
        while hit is None and self._advance(at):
            name, place, value = found[-1]
            hit = (place, value) if name == key else None
        return hit

    def item(self, at: int, index: int) -> tuple[int, int] | None:
        """Where item `index` of the array at `at` starts; None if it has fewer items."""
        found = self._found.setdefault(at, [])
        while len(found) <= index:
            if not self._advance(at):
                return None
        return found[index][1], found[index][1]


def _offset(places: _Places, ptr: str) -> int | None:
    """Where the deepest part of `ptr` that the text holds starts: an object member at its key, an
    array item or the root at its value. Only the path to it is read. None where the path runs into
    text that is not JSON (a file cut short since it was checked): no place there is meant."""
    text = places.text
    found = at = _skip(text, 0)
    for part in (p.replace("~1", "/").replace("~0", "~") for p in ptr.split("/")[1:]) if ptr else ():
        try:
            if text[at] == "{":
                place = places.member(at, part)
            else:
                place = places.item(at, int(part)) if text[at] == "[" and part.isdigit() else None
        except (ValueError, IndexError):  # not JSON there (a file read again may have changed)
            return None
        if place is None:
            return found
        found, at = place
    return found


def locate(problems: list[Problem], text: str | None) -> None:
    """Fill in the line and column of problems that have none, from their JSON pointers (1-based; the
    column counts code points)."""
    todo = [p for p in problems if not p.line]
    if not todo or text is None:
        return
    places = _Places(text)
    offsets: dict[str, int | None] = {}
    for item in todo:
        if item.pointer not in offsets:
            offsets[item.pointer] = _offset(places, item.pointer)
        at = offsets[item.pointer]
        if at is not None:
            item.line, item.column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)


def structure_problems(error: ValidationError, label: str) -> list[Problem]:
    """Translate pydantic's errors into located V1xx problems."""
    found = []
    for err in error.errors(include_url=False):
        loc = [p for i, p in enumerate(err["loc"]) if not (isinstance(p, str) and p.startswith("function-"))
               and not (i and err["loc"][i - 1] in _TAGGED)]
        if loc[-1:] == ["[key]"]:  # a mapping's key is wrong: pydantic names it, then "[key]", which the file has not
            loc.pop()
        code, detail = _SCHEMA_CODES.get(err["type"], "V102"), err["msg"]
        value = None if err["type"] == "missing" else err.get("input")
        if err["type"] == "union_tag_not_found":  # the member that says which kind of record it is: missing
            name = str(err.get("ctx", {}).get("discriminator", "")).strip("'")
            loc, value, detail = [*loc, name], None, f"{name!r}, which says which kind of record this is"
        if isinstance(value, (dict, list)):
            value = type(value).__name__
        found.append(problem(code, label, pointer(*loc), detail, value))
    return found


#: the four JSON whitespace characters: one before a colon may be a key written as `"key" :`
_JSON_WHITESPACE = frozenset((b" ", b"\t", b"\n", b"\r"))
_LAST_BYTE, _LAST_TWO = itemgetter(slice(-1, None)), itemgetter(slice(-2, None))


def _keys_set(model: BaseModel) -> int:
    """How many JSON keys the validated model was built from (fields set, recursively). A field left
    out holds its default, whose own fields set (`meta.rights`: three) are no keys of the file."""
    from pydantic import BaseModel

    fields_set = model.model_fields_set
    total = len(fields_set)
    for name in _nested_fields(type(model)):
        if name not in fields_set:
            continue
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
    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_holds_models(arg) for arg in get_args(annotation))


def _fast_load(data: bytes, model: type[M]) -> M | None:
    """The common case at full speed: a current-version file that is valid as it stands.

    pydantic parses and validates the bytes in one pass (and refuses lone surrogates). It keeps
    the last of two equal keys, so the keys in the text are counted (`_keys_unique`). Anything
    else goes the slow, fully reporting way. (Readers that need no models, the validator's
    per-document function, take `fast_document` instead: about half the cost.)"""
    from pydantic import ValidationError

    if data.startswith(_BOM):
        return None
    try:
        result = model.model_validate_json(data, by_name=False)  # a file's keys are the schema's (`$schema`)
    except (ValidationError, ValueError, RecursionError):
        return None
    if getattr(result, "schema_version", None) != SCHEMA_VERSION:
        return None
    return result if _keys_unique(data, _keys_set(result)) else None


def fast_document(data: bytes) -> fastpath.Document | None:
    """A valid current-version document file's `msgspec` mirror, read like a `Document` (absent
    fields hold the models' defaults); None for anything else, which `load_bytes` then reports."""
    from vostochny.reading import fastpath

    return mirrored(data, fastpath.Document)


#: escapes looked at one by one before a file is taken to hold a `\\u` one (bounds the Python loop)
_MAX_ESCAPES = 4096


def mirrored(data: bytes, kind: type[fastpath.MirrorT]) -> fastpath.MirrorT | None:
    """The `msgspec` mirror of a corpus-level file (`fastpath.Registry`, ...) that its model accepts as it
    stands, read like the model (absent fields hold the model's defaults); None for anything else,
    which `load_bytes` then reports. Duplicate keys: in valid JSON every colon outside a string ends
    a key, so, unless a `\\u` escape hides a colon, the file's colons are its keys plus its values'
    colons, and the mirror encoded again (absent fields left out, each key once; a dict field keeps
    every distinct key) has as many colons exactly when no key was written twice. A file with a
    `\\u` escape is checked key by key (`_no_duplicate_keys`)."""
    from vostochny.reading import fastpath

    if data.startswith(_BOM):
        return None
    mirror = fastpath.decode(data, kind)
    if mirror is None or getattr(mirror, "schema_version", SCHEMA_VERSION) != SCHEMA_VERSION:
        return None
    escaped = _unicode_escape(data)
    if isinstance(mirror, fastpath.Document) and not escaped:
        if _counted_unique(data, mirror):
            return mirror
        mirror = fastpath.decode(data, kind)  # unsettled again, for the count of the mirror encoded
        if mirror is None:
            return None
    unique = _no_duplicate_keys(data) if escaped else (
        data.count(b":") == fastpath.encode(mirror).count(b":"))
    if not unique:
        return None
    fastpath.settle([mirror])
    return mirror


def _counted_unique(data: bytes, doc: fastpath.Document) -> bool:
    """Whether a document file without a `\\u` escape provably has no key twice, by the count of
    `mirrored` without encoding the mirror: its keys are counted from its records (`keys_declared`, less
    the absent fields that `settle` fills), the colons of its strings a group of fields at a time
    (`optional_colons`, `required_colons`); the file's colons are at least these, and as many only if no
    key was written twice (a key written twice adds its colon, and its first value's colons). The mirror is
    settled on the way; False may also mean a string with a colon that the groups leave out (none does on
    a valid document: `tests/test_fastpath.py`), which the caller then counts on the mirror encoded."""
    from vostochny.reading import fastpath

    left = data.count(b":") - fastpath.keys_declared(doc) - fastpath.optional_colons(doc)
    left += fastpath.settle([doc])
    for colons in fastpath.required_colons(doc):
        if left == 0:
            return True
        left -= colons
    return left == 0


def _unicode_escape(data: bytes) -> bool:
    """Whether the bytes may hold a `\\u` escape (an escaped backslash before a `u` is none); True
    for a file with more than `_MAX_ESCAPES` escapes, which then takes the key count."""
    at, seen = data.find(b"\\"), 0
    while at >= 0:
        if data[at + 1:at + 2] == b"u" or seen == _MAX_ESCAPES:
            return True
        seen += 1
        at = data.find(b"\\", at + 2)
    return False


def _keys_unique(data: bytes, keys: int) -> bool:
    """No key occurs twice in an object, given the number of distinct keys the parsed result holds:
    every key ends in `":`, so a bound on those colons equal to the keys proves it; where string
    values add to the bound (a value ending in `"` before a colon), `jiter` checks the keys exactly."""
    return _key_colons(data) == keys or _no_duplicate_keys(data)


def _key_colons(data: bytes) -> int | None:
    """An upper bound on the keys in the text: the colons right after a `"` but not after ` "`
    (a `:` token, the value `":"`, follows a space; no key of the models ends in one). None if
    whitespace precedes a colon: that may be a key written `"key" :`, which the bound misses."""
    before = data.split(b":")[:-1]
    last = list(map(_LAST_BYTE, before))
    if not _JSON_WHITESPACE.isdisjoint(last):
        return None
    return last.count(b'"') - list(map(_LAST_TWO, before)).count(b' "')


def _no_duplicate_keys(data: bytes) -> bool:
    """The exact check, for files whose string values contain `":` (a `:` token, say)."""
    import jiter

    try:
        jiter.from_json(data, catch_duplicate_keys=True)
    except ValueError:
        return False
    return True


def load_model(path: Path, model: type[M], label: str, max_bytes: int = DEFAULT_MAX_BYTES,
               within: Path | None = None) -> Loaded[M]:
    """Read and validate one annotation, registry or splits file (inside `within`, if given)."""
    data, problems = read_file(path, label, max_bytes, within)
    if data is None:
        return Loaded(path, None, None, problems)
    return load_bytes(data, model, label, path)


def load_bytes(data: bytes, model: type[M], label: str, path: Path | None = None) -> Loaded[M]:
    """Validate the bytes of an annotation, registry or splits file, as `load_model` does a file's."""
    path = path if path is not None else Path(label)
    fast = _fast_load(data, model)
    if fast is not None:
        return Loaded(path, data.decode("utf-8"), fast, [])
    obj, text, problems = parse_json(data, label)
    result, found = (None, []) if obj is None else _upgraded_model(obj, model, label)
    problems += found
    locate(problems, text)
    return Loaded(path, text, result, problems)


def _upgraded_model(obj: dict[str, Any], model: type[M], label: str) -> tuple[M | None, list[Problem]]:
    """Parsed JSON migrated to the current version and validated: the model, or None and why."""
    from pydantic import ValidationError

    from vostochny.model import migrations

    upgraded, problems = migrations.upgrade(obj, model, label)
    if upgraded is None:
        return None, problems
    try:
        return model.model_validate(upgraded, by_name=False), problems  # `schema_` is the models' name, no key
    except ValidationError as error:
        return None, problems + structure_problems(error, label)


def load_document(path: Path, label: str, max_bytes: int = DEFAULT_MAX_BYTES,
                  within: Path | None = None) -> Loaded[Document]:
    """Read one `annotations/<id>.json` file."""
    from vostochny.model.models import Document

    return load_model(path, Document, label, max_bytes, within)


def _load_corpus_file(path: Path, label: str, max_bytes: int, within: Path | None, name: str,
                      mirror: bool) -> Loaded[Any]:
    """Read a corpus-level file as its model `name` (of `vostochny.model.models`, or `release`); with
    `mirror`, a valid file as its `msgspec` mirror instead, without importing pydantic (what the
    validator's rules read: they read a mirror as its model)."""
    from vostochny.reading import fastpath

    data, problems = read_file(path, label, max_bytes, within)
    if data is None:
        return Loaded(path, None, None, problems)
    fast = mirrored(data, getattr(fastpath, name)) if mirror else None
    if fast is not None:
        return Loaded(path, data.decode("utf-8"), fast, [])
    from importlib import import_module

    models = import_module("vostochny.model." + ("release" if name == "ReleaseManifest" else "models"))
    return load_bytes(data, getattr(models, name), label, path)


def load_registry(path: Path, label: str, max_bytes: int = DEFAULT_MAX_BYTES,
                  within: Path | None = None, mirror: bool = False) -> Loaded[Registry]:
    """Read `annotations/entities.json` (with `mirror`, see `_load_corpus_file`)."""
    return _load_corpus_file(path, label, max_bytes, within, "Registry", mirror)


def load_splits(path: Path, label: str, max_bytes: int = DEFAULT_MAX_BYTES,
                within: Path | None = None, mirror: bool = False) -> Loaded[Splits]:
    """Read `annotations/splits.json` (with `mirror`, see `_load_corpus_file`)."""
    return _load_corpus_file(path, label, max_bytes, within, "Splits", mirror)


def load_quote_links(path: Path, label: str, max_bytes: int = DEFAULT_MAX_BYTES,
                     within: Path | None = None, mirror: bool = False) -> Loaded[QuoteLinks] | None:
    """Read `annotations/quote_links.json` (schema 1.4.0); None where nothing is at `path`: the file is
    optional (a corpus without it has no links), but a broken link or a folder there is read, and refused.
    With `mirror`, see `_load_corpus_file`."""
    return _load_corpus_file(path, label, max_bytes, within, "QuoteLinks", mirror) if present(path) else None


def _file_bytes(folder: Path, pattern: str, recursive: bool = True,
                skip: frozenset[str] = frozenset()) -> Iterator[tuple[str, bytes]]:
    """Each regular file of `folder` matching `pattern`, in name order, but those `skip` names (not read):
    its name relative to `folder` and its bytes (capped). Raises `FileRefused` or `OSError` for a file that
    cannot be read."""
    found = folder.rglob(pattern) if recursive else folder.glob(pattern)
    for path in sorted(p for p in found if p.is_file() and p.relative_to(folder).as_posix() not in skip):
        yield path.relative_to(folder).as_posix(), read_capped(path, file_limit(path, MAX_ANNOTATION_BYTES))


class LoadedPrediction:
    """A prediction in the corpus's own JSON, read as far as it would go: the document (its gold
    document's fields where it gave none, empty layers where it predicted none), the keys it gave,
    the raw text it carried (`text`, as the jsonl export does), its JSON text and its problems."""

    __slots__ = ("doc", "given", "problems", "raw_text", "source")

    def __init__(self, doc: Document | None, given: frozenset[str], raw_text: str | None, source: str | None,
                 problems: list[Problem]) -> None:
        self.doc = doc
        self.given = given
        self.raw_text = raw_text
        self.source = source
        self.problems = problems


def _refused_prediction(obj: dict[str, Any], gold: Document | None, raw_text: object, label: str) -> list[Problem]:
    """Why a prediction cannot be read against gold at all: no `id`, an id that no gold document
    has, a `text` that is not a string."""
    if "id" not in obj:
        return [problem("V101", label, "", "a prediction names its gold document in `id`")]
    if gold is None:
        return [problem("V105", label, "/id", "no document of the gold corpus has this id", obj["id"])]
    if raw_text is not None and not isinstance(raw_text, str):
        return [problem("V102", label, "/text", "the raw text is a string", _json_kind(raw_text))]
    return []


def load_prediction_bytes(data: bytes, label: str, golds: Mapping[str, Document]) -> LoadedPrediction:
    """Read one predicted document: `id` names its gold document in `golds`; every other field is
    optional (missing layers are empty, other missing fields are the gold document's)."""
    from vostochny.model import migrations
    from vostochny.model.models import Document
    from vostochny.reading.layers import PREDICTED_LAYERS

    obj, text, problems = parse_json(data, label)
    if obj is None:
        return LoadedPrediction(None, frozenset(), None, text, problems)
    doc_id = obj.get("id")
    gold = golds.get(doc_id) if isinstance(doc_id, str) else None
    raw_text = obj.pop("text", None)
    refused = _refused_prediction(obj, gold, raw_text, label)
    if gold is None or refused:
        locate(refused, text)
        return LoadedPrediction(None, frozenset(obj), None, text, refused)
    filled = gold.model_dump(mode="json", by_alias=True) | {key: [] for key in PREDICTED_LAYERS} | obj
    if obj.get("schema_version") in migrations.KNOWN_VERSIONS:  # a prediction is read in the current version:
        filled["schema_version"] = SCHEMA_VERSION                # the layers it names are the layers it predicts
    doc, problems = _upgraded_model(filled, Document, label)
    locate(problems, text)
    return LoadedPrediction(doc if not problems else None, frozenset(obj), raw_text, text, problems)


def digest_files(digest: Any, folder: Path, pattern: str = "*") -> None:
    """Feed each regular file of `folder` (recursively, in name order) to `digest`: its relative
    name, its size and its bytes (capped), so that no two different trees give the same stream.
    Raises `FileRefused` or `OSError` for a file that cannot be read."""
    for name, data in _file_bytes(folder, pattern):
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)


def digest_tree(digest: Any, folder: Path) -> None:
    """Feed every entry of corpus folder `folder` (recursively, in name order) to `digest`: a folder by its
    name, a regular file as `digest_files` does, each name starting with the folder's own (so that the
    streams of two folders fed one after the other tell where a file was). Raises `FileRefused` for a
    symbolic link or a special file (a FIFO, a socket), `folder` itself included, and `OSError` for a
    file that cannot be read: the validator's verdict on such an entry is not a function of names and
    bytes (a link may resolve outside the corpus, or nowhere), so no key may stand for it."""
    import stat

    if folder.is_symlink():
        raise FileRefused(f"{folder}: a symbolic link")
    for path in sorted(folder.rglob("*")):
        name, mode = path.relative_to(folder.parent).as_posix(), path.lstat().st_mode
        if stat.S_ISDIR(mode):
            digest.update(f"{name}\0/\0".encode())
        elif stat.S_ISREG(mode):
            data = read_capped(path, file_limit(path, MAX_ANNOTATION_BYTES))
            digest.update(f"{name}\0{len(data)}\0".encode())
            digest.update(data)
        else:
            raise FileRefused(f"{path}: a symbolic link or a special file")


def file_hashes(root: Path, skip: frozenset[str] = frozenset()) -> dict[str, str]:
    """SHA-256 of the bytes of each corpus file (`annotations/*.json`, `raw/*.txt`) by its path in the
    corpus, but the annotation files named in `skip`: what tells a re-serialised file from an unchanged one."""
    import hashlib

    return {f"{folder}/{name}": hashlib.sha256(data).hexdigest()
            for folder, pattern in (("annotations", "*.json"), ("raw", "*.txt"))
            for name, data in _file_bytes(root / folder, pattern, recursive=False, skip=skip)}


def load_release(path: Path, label: str, within: Path | None = None,
                 mirror: bool = False) -> Loaded[ReleaseManifest]:
    """Read `annotations/RELEASED.json`, the record of the last release (`vostochny.verbs.versioning`;
    with `mirror`, see `_load_corpus_file`)."""
    return _load_corpus_file(path, label, DEFAULT_MAX_BYTES, within, "ReleaseManifest", mirror)


class ReleasedFile(NamedTuple):
    """An entry of the release's records folder as V335 sees it: the SHA-256 of its bytes ("" if it could not be
    read) and what is wrong with it as a records file ("" if nothing)."""

    sha256: str
    problem: str = ""


def released_files(folder: Path, max_bytes: int, within: Path | None = None) -> dict[str, ReleasedFile]:
    """Each entry of the release's records folder (`annotations/released/`) by name; {} where there is no such
    folder, and only "" (the folder itself, with its problem) where it cannot be listed.
    One file at a time, each decoded as records (layer -> record id -> hash) and dropped: what V335
    holds to the manifest, so that `check-version` can read every file that validation passed."""
    import hashlib

    if not folder.is_dir():
        return {}
    try:
        paths = sorted(folder.iterdir())
    except OSError as error:  # a folder that cannot be listed holds no file V335 can vouch for
        return {"": ReleasedFile("", f"the folder cannot be listed ({error.strerror or error})")}
    found: dict[str, ReleasedFile] = {}
    for path in paths:
        data, problems = read_file(path, f"annotations/released/{path.name}", max_bytes, within)
        if data is None:
            found[path.name] = ReleasedFile("", problems[0].message)
        else:
            found[path.name] = ReleasedFile(hashlib.sha256(data).hexdigest(), _records_problem(data))
    return found


def _records_problem(data: bytes) -> str:
    """What keeps `data` from being a released document's records (layer -> record id -> hash), "" if nothing."""
    import msgspec

    try:
        msgspec.json.decode(data, type=dict[str, dict[str, str]])
    except msgspec.DecodeError as error:
        return f"not a records file ({error})"
    return ""


def read_release_records(path: Path, sha256: str, max_bytes: int = DEFAULT_MAX_BYTES,
                         within: Path | None = None) -> dict[str, dict[str, str]]:
    """A released document's records (layer -> record id -> value hash) from its file, which must have the
    SHA-256 that the release manifest lists for it (format 2; `vostochny.model.release`). Raises `FileRefused`,
    saying why, for a file missing, unreadable, changed or not of that structure."""
    import hashlib

    import msgspec

    label = f"annotations/released/{path.name}"
    data, problems = read_file(path, label, max_bytes, within)
    if data is None:
        raise FileRefused(f"{label}: {problems[0].message}")
    if hashlib.sha256(data).hexdigest() != sha256:
        raise FileRefused(f"{label} is not the file the release manifest lists (its SHA-256 differs)")
    problem = _records_problem(data)
    if problem:
        raise FileRefused(f"{label}: {problem}")
    return msgspec.json.decode(data, type=dict[str, dict[str, str]])


def read_figures(path: Path) -> dict[str, Any] | None:
    """A generated figures file of the corpus (`annotations/agreement.json`), None where there is none;
    `FileRefused` for one that is there but unreadable or not a JSON object (it used to read as none, and
    the dataset card then said the corpus had no agreement figures)."""
    if not present(path):
        return None
    try:
        figures = json.loads(read_capped(path, DEFAULT_MAX_BYTES))
    except (OSError, ValueError) as error:
        raise FileRefused(f"{path}: not readable JSON figures ({error}); regenerate it "
                          "(python scripts/annotation/report.py), or remove it") from None
    if not isinstance(figures, dict):
        raise FileRefused(f"{path}: the figures are a JSON {type(figures).__name__}, not an object; regenerate it "
                          "(python scripts/annotation/report.py), or remove it")
    return figures


def load_raw(path: Path, label: str, max_bytes: int = MAX_RAW_BYTES,
             within: Path | None = None) -> tuple[str | None, list[Problem]]:
    """The raw text exactly as stored (no newline translation), or None and why not."""
    data, problems = read_file(path, label, max_bytes, within)
    if data is None:
        return None, problems
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, [problem("V003", label, "", f"invalid UTF-8 at byte {error.start}", line=line)]


def read_raw(path: Path, max_bytes: int = MAX_RAW_BYTES, within: Path | None = None) -> str | None:
    """The raw text exactly as stored, or None if it cannot be read as a capped regular UTF-8 file
    (inside `within`, if given)."""
    return load_raw(path, str(path), max_bytes, within)[0]


__all__ = ["Loaded", "LoadedPrediction", "file_hashes", "load_document", "load_prediction_bytes", "load_registry",
           "load_release", "load_splits", "locate", "read_raw"]
