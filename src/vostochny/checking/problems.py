"""Problems as small records, and the catalogue of rule codes they carry.

Every check the validator makes has a stable code in `CATALOGUE` (like the UD validator's
test ids or ruff's rule codes): loader checks (V0xx file, V1xx structure) are declared here,
corpus rules (V2xx document, V3xx corpus) are declared where they are defined, in `rules/`,
with the same `declare`. `docs/rules.md` is generated from this catalogue.
"""

from __future__ import annotations

from typing import ClassVar, Final, Literal

Severity = Literal["error", "warning"]


class RuleInfo:
    """A catalogue entry: code, short name, one-line message, what to do, and why (docstring). A plain class: a
    dataclass `exec`s its methods' source at every start."""

    __slots__ = ("code", "doc", "fix", "message", "name", "severity")

    def __init__(self, code: str, name: str, severity: Severity, message: str, fix: str, doc: str) -> None:
        self.code: Final = code
        self.name: Final = name
        self.severity: Final = severity
        self.message: Final = message
        self.fix: Final = fix
        self.doc: Final = doc

    @property
    def example(self) -> tuple[str, str]:
        """A failing and a passing example (`vostochny.checking.rule_examples`)."""
        from vostochny.checking.rule_examples import EXAMPLES

        return EXAMPLES[self.code]


class Problem:
    """One finding, located: file, line (1-based, 0 if unknown), JSON pointer and the value. Slotted: a corpus of
    20 000 synthetic documents has 9 000 warnings, all held until the report is written. A plain class, compared and
    shown by its fields: a slotted dataclass is built twice and `exec`s its methods' source at every start."""

    __slots__ = ("code", "column", "file", "fix", "folded", "line", "message", "pointer", "severity", "value")
    #: the fields in order, as they are compared and shown
    FIELDS: ClassVar = ("code", "file", "pointer", "message", "value", "line", "column", "severity", "fix", "folded")
    __hash__ = None  # type: ignore[assignment]  # compared by its fields, which change

    def __init__(self, code: str, file: str, pointer: str, message: str, value: object = None, line: int = 0,
                 column: int = 0, severity: Severity = "error", fix: str = "",
                 folded: list[Problem] | None = None) -> None:
        self.code = code
        self.file = file
        self.pointer = pointer
        self.message = message
        self.value = value
        self.line = line
        self.column = column
        self.severity = severity
        self.fix = fix
        #: problems that follow from this one, not listed while it stands (restored if it is filtered out)
        self.folded: list[Problem] = [] if folded is None else folded

    def _fields(self) -> tuple[object, ...]:
        return (self.code, self.file, self.pointer, self.message, self.value, self.line, self.column, self.severity,
                self.fix, self.folded)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(self.FIELDS, self._fields(), strict=True))
        return f"{type(self).__qualname__}({shown})"

    def replaced(self, *, file: str | None = None, message: str | None = None, fix: str | None = None,
                 folded: list[Problem] | None = None) -> Problem:
        """A copy with the fields given changed."""
        return Problem(self.code, self.file if file is None else file, self.pointer,
                       self.message if message is None else message, self.value, self.line, self.column,
                       self.severity, self.fix if fix is None else fix, self.folded if folded is None else folded)

    @property
    def name(self) -> str:
        return CATALOGUE[self.code].name


CATALOGUE: dict[str, RuleInfo] = {}
_NAMES: set[str] = set()  # the names of CATALOGUE's rules: each declaration looks its name up, not every rule's


def declare(code: str, name: str, message: str, fix: str, doc: str, severity: Severity = "error") -> RuleInfo:
    """Add a rule to the catalogue; codes and names must be unique."""
    if code in CATALOGUE or name in _NAMES:
        raise ValueError(f"rule {code} {name} declared twice")
    info = RuleInfo(code, name, severity, message, fix, " ".join(doc.split()))
    CATALOGUE[code] = info
    _NAMES.add(name)
    return info


def problem(code: str, file: str, pointer: str, detail: str = "", value: object = None, **kw: object) -> Problem:
    """Make a problem of catalogue rule `code`; `detail` adds the specifics to its message."""
    info = CATALOGUE[code]
    message = f"{info.message}: {detail}" if detail else info.message
    return Problem(code, file, pointer, message, value, severity=info.severity, fix=info.fix, **kw)  # type: ignore[arg-type]


def escape_pointer(part: object) -> str:
    """One reference token of a JSON pointer (RFC 6901: `~` and `/` escaped)."""
    return str(part).replace("~", "~0").replace("/", "~1")


def pointer(*parts: object) -> str:
    """RFC 6901 JSON pointer from path parts."""
    return "".join("/" + escape_pointer(p) for p in parts)


declare("V001", "json-syntax", "not valid JSON", "fix the syntax at the given line and column",
        """The file must parse as JSON (RFC 8259). Reported with the parser's line and column;
        nesting deeper than the parser allows is reported here too.""")
declare("V002", "duplicate-key", "duplicate key in an object", "remove or rename one of the two keys",
        """JSON parsers silently keep the last of two equal keys, so one value would be lost
        without a word. The second occurrence is reported.""")
declare("V003", "encoding", "the file is not plain UTF-8", "save the file as UTF-8 without a byte-order mark",
        """Annotation files are UTF-8 without a BOM (RFC 8259 forbids one), so every tool reads
        the same characters.""")
declare("V004", "file-too-large", "the file is larger than the size limit",
        "split the document, or raise the limit with --max-bytes (annotations) or --max-raw-bytes (raw texts)",
        """Annotation files larger than the limit (default 16 MiB, `--max-bytes`) and raw texts
        larger than theirs (default 4 MiB, `--max-raw-bytes`) are refused: at most the limit plus
        one byte is ever read, so a stray dump cannot exhaust memory in CI. The files with an entry
        per document may take more for each document of the corpus: `splits.json` 128 bytes,
        `RELEASED.json` 1 MiB.""")
declare("V005", "non-finite-number", "NaN or Infinity is not JSON", "write a finite number",
        """`NaN`, `Infinity` and `-Infinity` are accepted by Python's `json` but are not JSON;
        other tools reject them.""")
declare("V006", "file-missing", "a required file is missing or unreadable",
        "create it (annotations/entities.json, annotations/splits.json) or fix its permissions",
        """A corpus has a registry (`entities.json`) and a split manifest (`splits.json`) beside its
        documents; a file named on the command line must exist.""")
declare("V007", "lone-surrogate", "a string holds a lone surrogate escape, which is not a character",
        "remove the escape, or write the character itself (a pair such as \\ud83d\\ude00 is fine)",
        """Python's `json` turns `"\\ud800"` into a string that cannot be written as UTF-8, so every
        later step (exports, the viewer, any other tool) would fail on it. Text values must be
        Unicode scalar values.""")
declare("V008", "not-a-regular-file", "the path is not a regular file inside the corpus",
        "replace it with a regular file (not a link out of the corpus, a FIFO or a device)",
        """A FIFO would hang the validator and a link to `/dev/zero` would exhaust memory; a link
        out of the corpus makes the checked data differ from the committed data. Every file is read
        as a regular file, with a size cap counted in bytes read.""")
declare("V009", "interrupted-write", "a killed import, new, migrate or release-manifest left its files half-swapped",
        "run the interrupted command again: every writing verb first puts back what a killed run left",
        """Writes of several files are staged and swapped in one by one (`vostochny.writing.staging`); a run
        killed mid-way leaves its staging folder, and until it is settled the corpus may be a mix of
        old and new files that happens to validate. The validator never writes, so it says so.""")
declare("V010", "file-not-read", "a file or folder in annotations/ or raw/ is not part of the corpus",
        "move a document to annotations/ID.json and its text to raw/ID.txt, or the file out of the corpus",
        """The corpus is the `*.json` files directly in `annotations/` and the `*.txt` files directly in
        `raw/`: a document put in a subfolder, or a text saved under another suffix, is neither checked
        nor released, and "0 errors" would be said of a corpus without it. A warning: a file kept there
        on purpose (notes) is no mistake.""", severity="warning")
declare("V101", "missing-field", "a required field is missing", "add the field (see schema/v1)",
        """Structure check: every field the schema marks as required must be present.""")
declare("V102", "wrong-type", "a value has the wrong type", "write the value with the schema's type",
        """Structure check: types are strict: an offset is an integer, not `"3"` nor `3.0`; a list
        is a list; the top level is an object.""")
declare("V103", "unknown-field", "a field that the schema does not define", "remove it, or fix its spelling",
        """Structure check: objects are closed, so a misspelt key (`"entitiy"`) is not silently ignored.""")
declare("V104", "unknown-label", "a label outside the inventory", "use one of the labels listed in the message",
        """Structure check: entity types, mention kinds, relation types, quote and zone kinds are
        closed sets defined in `vostochny.model.labels` and documented in docs/guidelines.md.""")
declare("V105", "bad-value", "a value outside its allowed range or pattern", "see the constraint in the message",
        """Structure check: ids match their patterns, offsets are not negative, hashes are 64 hex
        digits, versions are semver.""")
declare("V110", "unknown-schema-version", "the schema version is not one this validator knows",
        "set schema_version to a released version (see CHANGELOG.md) or upgrade vostochny",
        """A file of a version this release does not know cannot be checked: no other check runs on it.""")
declare("V111", "schema-migration-needed", "the file is written in an older schema version",
        "run `vostochny migrate FILE` to rewrite it in the current version",
        """Files of an older minor version are checked against that version's published JSON Schema,
        then migrated in memory so that every other rule still runs; the file itself must be migrated
        before it is merged.""")
