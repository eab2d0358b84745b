"""One brat `.ann` file read and checked line by line, every problem located (file:line).

It knows the mapping of `export.brat` and checks what brat itself does not, so that building a
document from the result cannot fail: ids are unique; offsets are integers of sane size, in order
and inside the text; fragments of one span are split only at line breaks (except a quote's);
every argument is of the kind its slot takes (relations, `Coref` and speakers take mentions,
`CueOf` a quote and a cue); a quote has at most one cue and one speaker; no cue is left unlinked.
A note (`#`), an event or a normalization is refused at its line: the corpus has no place for it,
and it would be lost without a word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from vostochny.export.brat import ATTRIBUTION, COREF, CUE, CUE_OF, QUOTE, SPEAKER, ZONE, join_line_breaks
from vostochny.model.labels import (
    ATTRIBUTION_TYPES,
    ENTITY_TYPES,
    MENTION_KINDS,
    QUOTE_KINDS,
    RELATION_TYPES,
    ZONE_KINDS,
)
from vostochny.patterns import compiled

MENTION = "mention"  # the kind of every span of an entity type
#: brat reads an `.ann` with `codecs.open(...).readlines()`, which splits at every `str.splitlines` boundary; the
#: export ends its lines with LF, an editor may have made them CR LF (or CR alone, the file then holding no LF)
_LINE_END = compiled(r"\r\n|\n")
#: a line break inside a line (U+000D, U+000B, U+000C, U+001C..U+001E, U+0085, U+2028, U+2029)
_BREAK_IN_LINE = compiled("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_SPAN_LINE = compiled(r"(T[0-9]+)\t(\S+) ([^\t]*)\t(.*)")
_REL_LINE = compiled(r"(R[0-9]+)\t(\S+) Arg1:(\S+) Arg2:(\S+)")
_ATTR_LINE = compiled(r"(A[0-9]+)\t(\S+) (\S+)(?: (\S+))?")
_EQUIV_LINE = compiled(r"\*\t(\S+)((?: \S+)+)")
#: an offset pair: ASCII digits (`\d` reads other scripts' too: `١٠` was read as 10), no more than an offset has (nor
#: so many that `int()` would refuse them)
_FRAGMENT = compiled(r"([0-9]{1,18}) ([0-9]{1,18})")
#: the kinds of a relation's two arguments; every other relation type joins two mentions
_ARGUMENTS = {CUE_OF: (QUOTE, CUE), SPEAKER: (QUOTE, MENTION)}
#: attribute -> (kind of its target, allowed values; None for a binary attribute)
_ATTRIBUTES = {"Kind": (MENTION, MENTION_KINDS), "Metonymy": (MENTION, None), "QuoteKind": (QUOTE, QUOTE_KINDS),
               ATTRIBUTION: (QUOTE, ATTRIBUTION_TYPES), "ZoneKind": (ZONE, ZONE_KINDS)}


@dataclass
class BratError:
    """A problem of an imported file; line 0 for the file as a whole."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}" if self.line else f"{self.file}: {self.message}"


@dataclass
class SpanRecord:
    type: str
    pieces: list[tuple[int, int]]  # in text order, fragments split at line breaks joined again
    line: int

    @property
    def kind(self) -> str:
        return MENTION if self.type in ENTITY_TYPES else self.type


@dataclass
class Parsed:
    """One `.ann` file's records by brat id, each with the line it came from."""

    label: str = ""  # the file, to locate problems found later (`importers.brat.build`)
    spans: dict[str, SpanRecord] = field(default_factory=dict)
    relations: list[tuple[str, str, str, int]] = field(default_factory=list)  # type, arg1, arg2, line
    attributes: dict[tuple[str, str], str | None] = field(default_factory=dict)  # (name, target) -> value
    attribute_lines: dict[tuple[str, str], int] = field(default_factory=dict)
    equivs: list[tuple[list[str], int]] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)  # id -> line, to refuse a repeated id
    cluster: dict[str, str] = field(default_factory=dict)  # mention id -> first id of its Coref cluster

    def ids_of(self, relation_type: str) -> dict[str, str]:
        """Arg1 -> Arg2 of the relations of one type (checked to be one per Arg1)."""
        return {a: b for typ, a, b, _ in self.relations if typ == relation_type}


class _Refused(ValueError):
    """A line that cannot be taken; its message says why."""


def parse_ann(label: str, ann: str, text: str) -> tuple[Parsed, list[BratError]]:
    """Parse the text of an `.ann` file against its document's raw text."""
    parsed, errors = Parsed(label), []
    for n, line in enumerate(_LINE_END.split(ann) if "\n" in ann else ann.split("\r"), 1):
        if not line.strip():
            continue
        try:
            _unbroken(line)
            _line(parsed, line, n, text)
        except _Refused as error:
            errors.append(BratError(label, n, str(error)))
    if not errors:
        errors += [BratError(label, n, message) for n, message in _references(parsed)]
    if not errors:
        errors += [BratError(label, n, message) for n, message in _cluster(parsed)]
    return parsed, errors


def _line(parsed: Parsed, line: str, n: int, text: str) -> None:
    if line.startswith("#"):  # brat's only `#` line is a note (AnnotatorNotes): the corpus has no place for it
        raise _Refused("a note (#) has no place in the annotation files and would be lost: delete it")
    if m := _SPAN_LINE.fullmatch(line):
        _new_id(parsed, m.group(1), n)
        parsed.spans[m.group(1)] = _span(m.group(2), m.group(3), m.group(4), n, text)
    elif m := _REL_LINE.fullmatch(line):
        _new_id(parsed, m.group(1), n)
        if m.group(2) not in (*RELATION_TYPES, CUE_OF, SPEAKER):
            raise _Refused(f"unknown relation type {m.group(2)!r}; see annotation.conf")
        parsed.relations.append((m.group(2), m.group(3), m.group(4), n))
    elif m := _ATTR_LINE.fullmatch(line):
        _new_id(parsed, m.group(1), n)
        _attribute(parsed, m.group(2), m.group(3), m.group(4), n)
    elif m := _EQUIV_LINE.fullmatch(line):
        if m.group(1) != COREF:
            raise _Refused(f"unknown equivalence {m.group(1)!r} (only {COREF})")
        parsed.equivs.append((m.group(2).split(), n))
    else:
        raise _Refused(f"cannot read this line: {_unread(line)}: {line[:60]!r}")


#: the byte order mark an editor may write first (Notepad): `import brat` drops it from a `.ann`, names it in a `.txt`
BOM = "\ufeff"
#: what a line of each id letter must look like (`_unread`)
_FORMS = {"T": "a span is `T<n><TAB>TYPE START END<TAB>text` (fragments `START END;START END`)",
          "R": (f"a relation is `R<n><TAB>TYPE Arg1:T<n> Arg2:T<n>`, Arg1 first ({CUE_OF} and {SPEAKER}: Arg1 the "
                "quote)"),
          "A": "an attribute is `A<n><TAB>NAME T<n> VALUE` (`A<n><TAB>Metonymy T<n>`: no value)",
          "*": f"an equivalence is `*<TAB>{COREF} T<n> T<n> ...`",
          "E": "an event (E) has no place in the annotation files: delete it (annotation.conf defines none)",
          "N": "a normalization (N) has no place in brat's copy: registry links are kept in the annotation files; "
               "delete it",
          "M": "a modifier (M, brat's old form of an attribute) is not read: write it as an A line"}
_ID = compiled(r"(?:[TRAENM][0-9]+|\*)")


def _unread(line: str) -> str:
    """Why a line of no known form is not read, and the form it should have."""
    head = line.split("\t", 1)[0]
    if line[:1].isspace() or line.startswith(BOM):
        return "it starts with white space or a byte order mark; the id must begin the line"
    if "\t" not in line:
        return "no tab after the id (brat separates the id, the annotation and a span's text by tabs)"
    if not _ID.fullmatch(head):
        if _ID.fullmatch(head.strip()):
            return f"white space around the id {head.strip()!r}"
        return f"{head[:20]!r} is no brat id (T<n>, R<n>, A<n>, *)"
    return _FORMS[head[0]]


def _unbroken(line: str) -> None:
    """Refuse a line that holds a line break: brat's server splits a span drawn over a line break at LF only (its
    `annotator.create_span`), so one drawn over a lone CR (or another break) of the text is written as one span whose
    text holds the break, and brat cannot read that `.ann` line back itself (it splits lines at every break)."""
    if brk := _BREAK_IN_LINE.search(line):
        raise _Refused(f"a line break (U+{ord(brk.group()):04X}) inside the line, which brat itself cannot read back: "
                       "brat writes one where a span is drawn over a line break that is not LF (it splits spans at "
                       "LF only); write the span as fragments split at the break (`start end;start end`, their "
                       "texts joined by a space), as the export does")


def _new_id(parsed: Parsed, key: str, n: int) -> None:
    if key in parsed.lines:
        raise _Refused(f"{key} is already defined on line {parsed.lines[key]}; every id must be unique")
    parsed.lines[key] = n


def _span(type_: str, offsets: str, shown: str, n: int, text: str) -> SpanRecord:
    if type_ not in (*ENTITY_TYPES, QUOTE, CUE, ZONE):
        raise _Refused(f"unknown type {type_!r}; see annotation.conf")
    fragments = [_fragment(part, len(text)) for part in offsets.split(";")]
    if (there := " ".join(text[s:e] for s, e in fragments)) != shown:
        raise _Refused(f"text {shown[:60]!r} differs from the .txt at those offsets, which reads {there[:60]!r}: "
                       "set the offsets or the text right (brat writes both)")
    ordered = sorted(fragments)
    if any(b[0] < a[1] for a, b in pairwise(ordered)):
        raise _Refused(f"fragments {offsets!r} overlap")
    pieces = join_line_breaks(fragments, text)
    if len(pieces) > 1 and type_ != QUOTE:
        raise _Refused(f"{type_} spans cannot be discontinuous (only {QUOTE} can); "
                       "fragments of one span may be split only at line breaks")
    return SpanRecord(type_, pieces, n)


def _fragment(part: str, length: int) -> tuple[int, int]:
    m = _FRAGMENT.fullmatch(part)
    if not m:
        raise _Refused(f"offsets {part[:40]!r} are not 'start end' (two non-negative integers; ';' between fragments)")
    start, end = int(m.group(1)), int(m.group(2))
    if start >= end:
        raise _Refused(f"offsets {start} {end}: the end must come after the start")
    if end > length:
        raise _Refused(f"offsets {start} {end} are outside the text ({length} characters)")
    return start, end


def _attribute(parsed: Parsed, name: str, target: str, value: str | None, n: int) -> None:
    if name not in _ATTRIBUTES:
        raise _Refused(f"unknown attribute {name!r}; see annotation.conf")
    allowed = _ATTRIBUTES[name][1]
    if allowed is None and value is not None:
        raise _Refused(f"{name} takes no value (it is set or not), got {value!r}")
    if allowed is not None and value is None:
        raise _Refused(f"{name} needs a value, one of {list(allowed)}")
    if allowed is not None and value not in allowed:
        raise _Refused(f"{name} value {value!r} is not one of {list(allowed)}")
    if (name, target) in parsed.attributes:
        raise _Refused(f"{target} already has the attribute {name}")
    parsed.attributes[(name, target)] = value
    parsed.attribute_lines[(name, target)] = n


def _references(parsed: Parsed) -> list[tuple[int, str]]:
    """(line, message) for every reference to a missing record or to one of the wrong kind."""
    found = []
    for typ, a, b, n in parsed.relations:
        for role, ref, kind in zip(("Arg1", "Arg2"), (a, b), _ARGUMENTS.get(typ, (MENTION, MENTION)), strict=True):
            found += [(n, f"{role} of {typ}: {message}") for message in _kind(parsed, ref, kind)]
    for refs, n in parsed.equivs:
        found += [(n, f"{COREF}: {message}") for ref in refs for message in _kind(parsed, ref, MENTION)]
    for (name, target), n in parsed.attribute_lines.items():
        found += [(n, f"{name}: {message}") for message in _kind(parsed, target, _ATTRIBUTES[name][0])]
    seen: set[tuple[str, str]] = set()
    for typ, a, _, n in parsed.relations:
        if typ in (CUE_OF, SPEAKER) and (typ, a) in seen:
            found.append((n, f"{a} has a second {typ}; a quote has at most one"))
        seen.add((typ, a))
    linked = set(parsed.ids_of(CUE_OF).values())
    found += [(s.line, f"{t} is a {CUE} linked to no {QUOTE} by {CUE_OF}; link it or delete it")
              for t, s in parsed.spans.items() if s.type == CUE and t not in linked]
    return sorted(found)


def _kind(parsed: Parsed, ref: str, kind: str) -> list[str]:
    if ref not in parsed.spans:
        return [f"{ref} is not a text-bound annotation of this file"]
    actual = parsed.spans[ref]
    if actual.kind != kind:
        wanted = "a mention (a span of an entity type)" if kind == MENTION else f"a {kind} span"
        return [f"{ref} is a {actual.type} span (line {actual.line}); it must be {wanted}"]
    return []


def _cluster(parsed: Parsed) -> list[tuple[int, str]]:
    """Join the mentions of each `Coref` line into clusters; (line, message) where types differ."""
    root = {t: t for t, s in parsed.spans.items() if s.kind == MENTION}

    def find(t: str) -> str:
        """The root of `t`, every mention on the way pointed at it (a chain of `Coref` lines, each joining the last
        one's mention, walked whole for each mention took minutes on a file of 32 000 lines: a review found it)."""
        found = t
        while root[found] != found:
            found = root[found]
        while root[t] != found:
            root[t], t = found, root[t]
        return found

    for refs, _ in parsed.equivs:
        for ref in refs[1:]:
            root[find(ref)] = find(refs[0])
    parsed.cluster = {t: find(t) for t in root}
    found = []
    for refs, n in parsed.equivs:
        types = {parsed.spans[ref].type for ref in refs}
        if len(types) > 1:
            found.append((n, f"{COREF} joins mentions of different types ({', '.join(sorted(types))}); "
                             "one entity has one type"))
    return found
