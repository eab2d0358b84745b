"""Token-table prediction formats, parsed into token-level documents: CoNLL-2003 (BIO/IOBES
tags), CoNLL-2012 (coreference brackets) and CoNLL-U with CorefUD `Entity=` brackets.

Each parser reads the text of one file and returns its documents as forms and token spans;
`predictions` aligns the forms with the gold tokens. A line that cannot be read raises
`TableError` with its line number. Tags are chunked as conlleval (and seqeval's default mode)
chunks them, so that a prediction scores as seqeval scores it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vostochny.model.labels import ENTITY_TYPES, MENTION_KINDS, QUOTE_KINDS, RELATION_TYPES
from vostochny.patterns import compiled


class TableError(ValueError):
    """A line of a token table that cannot be read: its 1-based number and why."""

    def __init__(self, line: int, message: str) -> None:
        self.line = line
        super().__init__(message)


@dataclass
class TokenMention:
    """A mention over tokens [first, end) of its document: entity type, kind, cluster, id where given."""

    first: int
    end: int
    type: str | None = None
    kind: str | None = None
    cluster: str | None = None
    id: str | None = None


@dataclass
class TokenRelation:
    """A relation between two mentions, named by their ids, and the line that states it."""

    id: str
    type: str
    head: str
    tail: str
    line: int


@dataclass
class TokenQuote:
    """A quote: kind, speaker mention id (None: unattributed), content and cue tokens, its line."""

    id: str
    kind: str
    speaker: str | None
    line: int
    content: list[int] = field(default_factory=list)
    cue: list[int] = field(default_factory=list)


@dataclass
class TokenDoc:
    """One document of a token table: its id (where the format names it), the line it starts on,
    its forms with their lines, its sentences (token index ranges) and its mentions."""

    id: str | None
    line: int
    forms: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[TokenMention] = field(default_factory=list)
    relations: list[TokenRelation] = field(default_factory=list)
    quotes: dict[str, TokenQuote] = field(default_factory=dict)

    def add_token(self, form: str, line: int) -> None:
        if not self.sentences or self.sentences[-1][1] != len(self.forms):
            self.sentences.append((len(self.forms), len(self.forms)))
        self.forms.append(form)
        self.lines.append(line)
        self.sentences[-1] = (self.sentences[-1][0], len(self.forms))

    def end_sentence(self) -> None:
        if self.sentences and self.sentences[-1][1] == len(self.forms):
            self.sentences.append((len(self.forms), len(self.forms)))

    def close(self) -> TokenDoc:
        self.sentences = [s for s in self.sentences if s[0] < s[1]]
        return self


# --- CoNLL-2003 -----------------------------------------------------------------------------------

_TAG = compiled(r"^(?:O|([BIES])-(.+))$")


def _split_tag(tag: str, line: int) -> tuple[str, str]:
    found = _TAG.match(tag)
    if found is None or (found.group(2) is not None and found.group(2) not in ENTITY_TYPES):
        raise TableError(line, f"tag {tag!r} is not O or B-, I-, E-, S- and an entity type "
                         f"({', '.join(ENTITY_TYPES)})")
    return (found.group(1), found.group(2)) if found.group(1) else ("O", "")


def _ends(prev: str, tag: str, prev_type: str, typ: str) -> bool:
    """conlleval's end of a chunk between the previous token and this one."""
    return (prev in ("E", "S") or (prev in ("B", "I") and tag in ("B", "S", "O"))
            or (prev != "O" and prev_type != typ))


def _starts(prev: str, tag: str, prev_type: str, typ: str) -> bool:
    """conlleval's start of a chunk at this token."""
    return (tag in ("B", "S") or (prev in ("E", "S", "O") and tag in ("E", "I"))
            or (tag != "O" and prev_type != typ))


def chunks(tags: list[tuple[str, str]], offset: int = 0) -> list[TokenMention]:
    """Typed chunks of one sentence's (prefix, type) tags, as conlleval reads them."""
    found: list[TokenMention] = []
    prev, prev_type, begin = "O", "", 0
    for i, (tag, typ) in enumerate([*tags, ("O", "")]):
        if _ends(prev, tag, prev_type, typ) and prev != "O":
            found.append(TokenMention(offset + begin, offset + i, prev_type, None))
        if _starts(prev, tag, prev_type, typ) and tag != "O":
            begin = i
        prev, prev_type = tag, typ
    return found


def read_conll2003(text: str) -> list[TokenDoc]:
    """`token ... tag` lines (the first and last columns), `-DOCSTART-` lines between documents,
    blank lines between sentences."""
    docs: list[TokenDoc] = []
    tags: list[tuple[str, str]] = []

    def flush() -> None:
        if docs and tags:
            doc = docs[-1]
            doc.mentions += chunks(tags, len(doc.forms) - len(tags))
        tags.clear()

    for number, line in enumerate(text.splitlines(), 1):
        columns = line.split()
        if not columns:
            flush()
            if docs:
                docs[-1].end_sentence()
            continue
        if columns[0] == "-DOCSTART-":
            flush()
            docs.append(TokenDoc(None, number))
            continue
        if len(columns) < 2:
            raise TableError(number, f"expected 'TOKEN TAG', found {line.strip()!r}")
        if not docs:
            docs.append(TokenDoc(None, number))
        docs[-1].add_token(columns[0], number)
        tags.append(_split_tag(columns[-1], number))
    flush()
    return [d.close() for d in docs]


# --- CoNLL-2012 -----------------------------------------------------------------------------------

_BEGIN = compiled(r"^#begin document \((.*)\);? part (\d+)")
_BRACKET = compiled(r"\(?\d+\)?")


def _brackets(column: str, token: int, line: int, open_: dict[str, list[int]], doc: TokenDoc) -> None:
    if column in ("-", "_"):
        return
    for part in column.split("|"):
        if not _BRACKET.fullmatch(part) or part == part.strip("()"):
            raise TableError(line, f"coreference mark {part!r} is not (N, N) or (N)")
        cluster = part.strip("()")
        if part.startswith("("):
            open_.setdefault(cluster, []).append(token)
        if part.endswith(")"):
            if not open_.get(cluster):
                raise TableError(line, f"{part!r} closes cluster {cluster}, which has no open mention")
            doc.mentions.append(TokenMention(open_[cluster].pop(), token + 1, None, None, cluster))


def read_conll2012(text: str) -> list[TokenDoc]:
    """`#begin document (ID); part N` ... `#end document`; the word in the fourth column, the
    coreference brackets in the last."""
    docs: list[TokenDoc] = []
    open_: dict[str, list[int]] = {}
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
        begin = _BEGIN.match(line)
        if begin:
            docs.append(TokenDoc(begin.group(1), number))
            open_, inside = {}, True
        elif line.startswith("#end document"):
            _unclosed(open_, number)
            inside = False
        elif not line.strip():
            if docs:
                docs[-1].end_sentence()
        elif not inside:
            raise TableError(number, "a token line outside #begin document ... #end document")
        else:
            columns = line.split()
            if len(columns) < 5:
                raise TableError(number, f"expected at least 5 columns, found {len(columns)}")
            docs[-1].add_token(columns[3], number)
            _brackets(columns[-1], len(docs[-1].forms) - 1, number, open_, docs[-1])
    if inside:
        raise TableError(len(text.splitlines()), "the last document has no #end document line")
    return [d.close() for d in docs]


def _unclosed(open_: dict[str, list[int]], line: int) -> None:
    left = sorted(c for c, starts in open_.items() if starts)
    if left:
        raise TableError(line, f"cluster(s) {', '.join(left)} opened and never closed in this document")


# --- CoNLL-U with CorefUD entities ------------------------------------------------------------------

_NEWDOC = compiled(r"^#\s*newdoc(?:\s+id\s*=\s*(\S+))?")


def _entity_marks(value: str, line: int) -> list[tuple[str, str, bool]]:
    """CorefUD `Entity=` brackets as (kind, content, closes-here): `(eid-etype-head-other`,
    `(eid-...)` (a one-token mention) and `eid)`."""
    marks, pos = [], 0
    while pos < len(value):
        if value[pos] == "(":
            end = min((i for i in (value.find("(", pos + 1), value.find(")", pos + 1)) if i != -1),
                      default=len(value))
            single = end < len(value) and value[end] == ")"
            marks.append(("open", value[pos + 1:end], single))
            pos = end + 1 if single else end
        else:
            end = value.find(")", pos)
            if end == -1:
                raise TableError(line, f"Entity={value!r}: {value[pos:]!r} is neither (eid... nor eid)")
            marks.append(("close", value[pos:end], True))
            pos = end + 1
    return marks


def _misc(column: str) -> dict[str, str]:
    return dict(item.split("=", 1) for item in column.split("|") if "=" in item) if column != "_" else {}


def _mention_item(item: str) -> tuple[str, str]:
    """The id and kind of a `Mention=` item: `<id>:<kind>[:metonymy]` (no id holds a `:`); an earlier export's
    `<id>.<kind>[.metonymy]` is read from the right, as an id may hold a `.`; a bare id has kind ""."""
    if ":" in item:
        ident, _, rest = item.partition(":")
        return ident, rest.partition(":")[0]
    parts = item.split(".")
    if len(parts) > 2 and parts[-1] == "metonymy" and parts[-2] in MENTION_KINDS:
        parts.pop()
    if len(parts) > 1 and parts[-1] in MENTION_KINDS:
        return ".".join(parts[:-1]), parts[-1]
    return item, ""


class _CorefUD:
    """The open mentions of one document while its tokens are read."""

    def __init__(self, doc: TokenDoc) -> None:
        self.doc = doc
        self.open: dict[str, list[TokenMention]] = {}

    def token(self, misc: dict[str, str], token: int, line: int) -> None:
        kinds = [_mention_item(item) for item in misc.get("Mention", "").split(",") if item]
        opened = 0
        for what, content, closes in _entity_marks(misc.get("Entity", ""), line):
            parts = content.split("-")
            eid = parts[0].split("[")[0]  # a discontinuous mention's part: eid[1/2]
            if not eid:
                raise TableError(line, f"Entity={misc['Entity']}: a bracket without an entity id")
            if what == "close":
                if not self.open.get(eid):
                    raise TableError(line, f"Entity bracket {content}) closes no open mention of {eid}")
                self.open[eid].pop().end = token + 1
                continue
            typ = parts[3] if len(parts) > 3 and parts[3] in ENTITY_TYPES else None
            ident, kind = kinds[opened] if opened < len(kinds) else (None, None)
            opened += 1
            mention = TokenMention(token, token + 1, typ, kind if kind in MENTION_KINDS else None, eid, ident)
            self.doc.mentions.append(mention)
            if not closes:
                self.open.setdefault(eid, []).append(mention)

    def finish(self, line: int) -> None:
        left = sorted(e for e, ms in self.open.items() if ms)
        if left:
            raise TableError(line, f"mention(s) of {', '.join(left)} opened and never closed in this document")


#: a relation's factuality and a quote's attribution (the export writes them since schema 1.4.0) are read past
_RELATION = compiled(r"^#\s*relation\.(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)(?:\s+factuality=\S+)?\s*$")
_QUOTE = compiled(r"^#\s*quote\.(\S+)\s*=\s*(\S+)\s+speaker=(\S+)(?:\s+attribution=\S+)?\s*$")


_FORMS = {"relation": "# relation.ID = TYPE HEAD TAIL [factuality=VALUE]",
          "quote": "# quote.ID = KIND speaker=ID [attribution=VALUE]"}
_OURS = compiled(r"^#\s*(relation|quote)\.")


def _comment(line: str, number: int, doc: TokenDoc) -> None:
    """Our relation and quote comments (`vostochny export --format conllu`); other comments are skipped,
    but one of ours in another form is refused (skipped, its relation or quote would silently go unscored)."""
    relation, quote = _RELATION.match(line), _QUOTE.match(line)
    ours = _OURS.match(line)
    if ours and not (relation or quote):
        raise TableError(number, f"{line.strip()!r} is not {_FORMS[ours.group(1)]!r}")
    if relation:
        ident, typ, head, tail = relation.groups()
        if typ not in RELATION_TYPES:
            raise TableError(number, f"relation type {typ!r} is not one of {', '.join(RELATION_TYPES)}")
        doc.relations.append(TokenRelation(ident, typ, head, tail, number))
    elif quote:
        ident, kind, speaker = quote.groups()
        if kind not in QUOTE_KINDS:
            raise TableError(number, f"quote kind {kind!r} is not one of {', '.join(QUOTE_KINDS)}")
        doc.quotes[ident] = TokenQuote(ident, kind, None if speaker == "_" else speaker, number)


def _quote_tokens(misc: dict[str, str], token: int, number: int, doc: TokenDoc) -> None:
    for key, part in (("Quote", "content"), ("Cue", "cue")):
        for ident in filter(None, misc.get(key, "").split(",")):
            if ident not in doc.quotes:
                raise TableError(number, f"{key}={ident}: no '# quote.{ident} = KIND speaker=ID' comment before it")
            getattr(doc.quotes[ident], part).append(token)


def read_conllu(text: str) -> list[TokenDoc]:
    """Ten tab-separated columns; `# newdoc id = ID` starts a document; the form in the second
    column, CorefUD `Entity=` (and our `Mention=<id>:<kind>`) in MISC; multiword-token ranges and
    empty nodes are skipped. Our `# relation.ID = TYPE HEAD TAIL` and `# quote.ID = KIND speaker=ID`
    comments with `Quote=ID` and `Cue=ID` in MISC give relations and quotes."""
    docs: list[TokenDoc] = []
    coref: _CorefUD | None = None
    for number, line in enumerate(text.splitlines(), 1):
        newdoc = _NEWDOC.match(line)
        if newdoc or (not docs and line.strip() and not line.startswith("#")):
            if coref:
                coref.finish(number)
            docs.append(TokenDoc(newdoc.group(1) if newdoc else None, number))
            coref = _CorefUD(docs[-1])
            if newdoc:
                continue
        if not line.strip():
            if docs:
                docs[-1].end_sentence()
            continue
        if line.startswith("#"):
            if docs:
                _comment(line, number, docs[-1])
            continue
        columns = line.split("\t")
        if len(columns) != 10:
            raise TableError(number, f"expected 10 tab-separated columns, found {len(columns)}")
        if not columns[0].isdigit():
            if not re.fullmatch(r"\d+(-\d+|\.\d+)", columns[0]):
                raise TableError(number, f"token id {columns[0]!r} is not a number, a range or an empty node")
            continue
        assert coref is not None  # a document was started above
        docs[-1].add_token(columns[1], number)
        misc = _misc(columns[9])
        coref.token(misc, len(docs[-1].forms) - 1, number)
        _quote_tokens(misc, len(docs[-1].forms) - 1, number, docs[-1])
    if coref:
        coref.finish(len(text.splitlines()))
    return [d.close() for d in docs]
