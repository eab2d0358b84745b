"""The corpus rules: checks across fields, files and the raw text, on validated models.

Each rule is a function registered with `@rule(...)`: a stable code, a short name, a one-line
message, the fix, and a docstring that says why the rule exists. Document rules take a
`DocContext` and yield `Hit`s; corpus rules take a `CorpusContext`. The registry is flat: the
validator runs every rule of a scope in code order. `docs/rules.md` is generated from it.
"""

from __future__ import annotations

import bisect
import datetime
import difflib
import hashlib
import operator
import re
import unicodedata
import zlib
from array import array
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import chain, compress, groupby, pairwise, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Literal, NamedTuple, TypeVar

from vostochny.checking import quote_graph as graph
from vostochny.checking.linking import Nominals
from vostochny.checking.problems import Severity, declare, pointer
from vostochny.model import tokenize
from vostochny.model.labels import (
    ANTISYMMETRIC_RELATIONS,
    EXCLUSIVE_RELATIONS,
    NEGATION_WORDS,
    PERSONAL_PRONOUNS,
    PRONOUNS,
    QID_PATTERN,
    RELATION_TYPES,
    SPEAKER_TYPES,
    SPLIT_NAMES,
    SYMMETRIC_RELATIONS,
    THOUGHT_CUES,
    UTTERANCE_CUES,
    WIKIDATA_CLASS_TYPES,
)
from vostochny.model.slugs import slug
from vostochny.reading.corpus import CORPUS_FILES
from vostochny.reading.view import DocumentView, no_whitespace

if TYPE_CHECKING:
    from vostochny.reading.history import FirstCommit

if TYPE_CHECKING:  # the rules read the models or their `msgspec` mirrors (`reading/fastpath.py`) alike:
    # the validator's valid path never imports pydantic
    from vostochny.model.models import (
        Document,
        Mention,
        Quote,
        QuoteLink,
        QuoteLinks,
        QuoteRef,
        Registry,
        RegistryEntity,
        Span,
        Splits,
        WikidataVerified,
        Zone,
    )


@dataclass(frozen=True)
class Hit:
    """What a rule found: where (JSON pointer), the offending value, and the specifics."""

    pointer: str
    value: object
    detail: str
    document: str = ""  # rules of scope "documents": the id of the document whose file the hit is in


@dataclass
class DocContext:
    """What the document rules read: the document's view (raw text and indexes), the registry and
    the file name."""

    view: DocumentView
    registry: Registry | None
    stem: str

    @property
    def doc(self) -> Document:
        return self.view.doc

    @property
    def text(self) -> str | None:
        return self.view.text

    def token_slices(self) -> tuple[str, ...]:
        """The raw text at every token's offsets."""
        view = self.view
        return tuple(map((view.text or "").__getitem__, map(slice, view.token_starts, view.token_ends)))


@dataclass
class CorpusContext:
    """What the corpus rules need: registry, splits, quote links, and per-document summaries (not documents).
    A rule of scope "corpus" points into the registry, "splits" into the splits, "raw" at a raw
    text, and "documents" into the file of the document its hit names (`Hit.document`)."""

    registry: Registry | None
    splits: Splits | None
    doc_ids: list[str]  # every document file present (a file that did not load is still present)
    kb_ids_used: set[str]
    whole: bool  # every document of the corpus was checked and loaded
    not_loaded: frozenset[str] = frozenset()  # file names of documents that did not load: id unknown
    raw_ids: list[str] = field(default_factory=list)  # texts in raw/ (listed for a whole corpus only)
    quote_links: QuoteLinks | None = None
    #: document id -> quote id -> its speaker's registry id (None: none), for each checked document that loaded
    quotes: dict[str, dict[str, str | None]] = field(default_factory=dict)
    #: document id -> quote id -> its attribution and content words, for each checked document that loaded (V333)
    said: dict[str, dict[str, Said]] = field(default_factory=dict)
    all_files: bool = False  # every document file of the corpus was checked (some may not have loaded)
    nominals: dict[str, Nominals] = field(default_factory=dict)  # document id -> its nominals (V321)
    checked: frozenset[str] = frozenset()  # ids of the documents checked that loaded (narrowed: not every one)
    #: document id -> its raw text's hashes and sketch (V324, V325, V332)
    texts: dict[str, TextHashes] = field(default_factory=dict)
    #: document id -> the SHA-256 of its raw file that the release manifest records (annotations/RELEASED.json; V325)
    released: dict[str, str] = field(default_factory=dict)
    #: whether git history was read (the corpus lies in a git work tree; `reading/history.py`) (V325, V326)
    history: bool = False
    #: document id -> the commit that first added `raw/ID.txt` and the blob it added (read from git history)
    committed: dict[str, FirstCommit] = field(default_factory=dict)
    manifest_committed: FirstCommit | None = None  # the commit that first added annotations/RELEASED.json (V326)
    manifest_present: bool = False  # whether the corpus has annotations/RELEASED.json (V326)


class Said(NamedTuple):
    """What the corpus rules compare of a quote: its attribution type and the words of its content (its
    fragments in their order, case-folded, without punctuation: `words`)."""

    attribution: str | None
    words: tuple[str, ...]


def words(text: str) -> tuple[str, ...]:
    """The words of a text as two reports' wordings are compared: runs of letters and digits, case-folded
    (quote marks, apostrophes, hyphens and other punctuation apart: `“We will win,”` is `we will win`)."""
    return tuple(_WORD.findall(text.casefold()))


_WORD = re.compile(r"[^\W_]+")


def quotes_said(view: DocumentView) -> dict[str, Said]:
    """Each quote id of a document (a model or its mirror) with what it says (`Said`)."""
    return {q.id: Said(q.attribution if isinstance(q.attribution, str) else None,
                       words(" ".join(s.text for s in q.content))) for q in view.doc.quotes}


class TextHashes(NamedTuple):
    """A document's raw text as the corpus rules compare it: the SHA-256 the document records (that V203 holds
    to its raw text), the SHA-256 of the text normalised (`normal_digest`), the git blob id of its bytes
    (`reading.history.blob_id`: what git history is compared by, V325) and its word sketch (`text_sketch`, V332)."""

    sha256: str
    normal: str
    blob: str = ""
    sketch: bytes = b""


def normal_digest(text: str) -> str:
    """The SHA-256 of a text with its whitespace runs one space, none at either end, in NFC: texts that
    differ only there are one article (a copy with a line break added is no other text)."""
    normal = unicodedata.normalize("NFC", " ".join(text.split()))
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


#: a text's words, as near-duplicate texts are compared (V332): runs of letters, digits and underscores, after
#: NFKC and case folding (case, apostrophe and quotation mark forms and compatibility characters aside)
_SKETCH_WORD = re.compile(r"\w+")
SHINGLE_WORDS = 5  # a shingle: this many consecutive words
SKETCH_BINS = 128  # one-permutation MinHash: the shingles' hashes fall into this many bins, each keeps its least
NEAR_DUPLICATE = 0.8  # two texts whose sketches agree in this share of bins (or more) are one article (V332)


def text_sketch(text: str) -> bytes:
    """A text's one-permutation MinHash sketch (Li, Owen and Zhang 2012): each shingle of `SHINGLE_WORDS`
    consecutive words (`_SKETCH_WORD`) hashed to 64 bits, each of `SKETCH_BINS` bins (the hash's low 7 bits)
    keeping the least of the hashes that fall into it (the other 57 bits); an empty bin takes the next full
    bin's value and its distance (rotation densification, Shrivastava and Li 2014). The share of bins in
    which two sketches agree estimates the Jaccard similarity of the two texts' shingle sets (standard error
    at most 0.045). The same in every process of a run: words by their CRC-32, shingles by the hash of a
    tuple of ints (neither is salted). Packed as `SKETCH_BINS` signed 64-bit integers (1 KiB, small to keep
    and to pickle); b"" for a text without a word, one shingle for a text of fewer words. C loops only."""
    words = _SKETCH_WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    if not words:
        return b""
    codes = list(map(zlib.crc32, map(str.encode, words)))
    codes += [0] * (SHINGLE_WORDS - len(codes))
    shingles = zip(*(codes[k:] for k in range(SHINGLE_WORDS)), strict=False)  # as many as the last slice's words
    hashes = sorted(set(map(hash, shingles)), reverse=True)
    least = dict(zip(map(operator.and_, hashes, repeat(_LAST_BIN)), hashes, strict=True))  # the last, least, stays
    if len(least) == SKETCH_BINS:
        return array("q", map(operator.rshift, map(least.__getitem__, range(SKETCH_BINS)), repeat(7))).tobytes()
    full = sorted(least)  # each empty bin borrows from the next full one, circularly
    borrowed = (full[bisect.bisect_left(full, i) % len(full)] for i in range(SKETCH_BINS))
    return array("q", ((least[j] >> 7) * SKETCH_BINS + (j - i) % SKETCH_BINS if i not in least else least[i] >> 7
                       for i, j in zip(range(SKETCH_BINS), borrowed, strict=True))).tobytes()


_LAST_BIN = SKETCH_BINS - 1  # a power of two less one: the bin of a hash is its low bits

#: V332's bands: an estimate of NEAR_DUPLICATE or more lets at most `SKETCH_BINS - _AGREEING_BINS` bins differ, so one
#: of `_BANDS` disjoint bands of bins is equal in both sketches (pigeonhole): the pairs that share a band are the
#: only candidates, and no pair the estimate reaches is missed
_AGREEING_BINS = -(-int(NEAR_DUPLICATE * 100) * SKETCH_BINS // 100)
_BANDS = SKETCH_BINS - _AGREEING_BINS + 1
_BAND_EDGES = [8 * (SKETCH_BINS * k // _BANDS) for k in range(_BANDS + 1)]  # in bytes


def sketch_agreement(a: bytes, b: bytes) -> int:
    """In how many bins two sketches (`text_sketch`) agree."""
    return sum(map(operator.eq, memoryview(a).cast("q"), memoryview(b).cast("q")))


def near_duplicates(sketches: dict[str, bytes]) -> Iterator[tuple[str, str, int]]:
    """Every pair of documents (earlier id, later id, bins in which they agree) whose sketches agree in at
    least NEAR_DUPLICATE of their bins: found band by band (`_BANDS`), so that only documents that share a
    whole band are compared (of the synthetic corpus's documents, which recombine the same sentences, about
    1 pair in 100) and memory holds one band's index at a time."""
    ids = sorted(doc_id for doc_id, sketch in sketches.items() if len(sketch) == 8 * SKETCH_BINS)
    pairs: set[tuple[str, str]] = set()
    for start, end in pairwise(_BAND_EDGES):
        buckets: dict[bytes, list[str]] = {}
        for doc_id in ids:
            buckets.setdefault(sketches[doc_id][start:end], []).append(doc_id)
        pairs.update((a, b) for same in buckets.values() if len(same) > 1
                     for k, a in enumerate(same) for b in same[k + 1:])
    for a, b in sorted(pairs):
        agree = sketch_agreement(sketches[a], sketches[b])
        if agree >= _AGREEING_BINS:
            yield a, b, agree


@dataclass(frozen=True)
class Rule:
    code: str
    scope: str
    check: Callable[..., Iterator[Hit]]


RULES: list[Rule] = []

CheckT = TypeVar("CheckT", bound=Callable[..., Iterator[Hit]])


def rule(code: str, name: str, message: str, fix: str, scope: str = "document",
         severity: Severity = "error") -> Callable[[CheckT], CheckT]:
    """Register a rule: its docstring becomes its documentation."""

    def register(check: CheckT) -> CheckT:
        declare(code, name, message, fix, check.__doc__ or "", severity)
        RULES.append(Rule(code, scope, check))
        return check

    return register


def _in_range(start: int, end: int, length: int) -> bool:
    return 0 <= start < end <= length


@rule("V201", "span-range", "span offsets outside the text or empty", "set 0 <= start < end <= length of the raw text")
def span_range(ctx: DocContext) -> Iterator[Hit]:
    """A span must be non-empty and inside the raw text; an end before its start, an empty span or
    an offset past the end of the text can only be a mistake."""
    length = len(ctx.text) if ctx.text is not None else ctx.doc.length
    starts, ends, _ = ctx.view.span_columns
    spans_ok = not starts or (min(starts) >= 0 and max(ends) <= length and all(map(operator.lt, starts, ends)))
    for path, s in () if spans_ok else ctx.view.spans:
        if not _in_range(s.start, s.end, length):
            yield Hit(pointer(*path), [s.start, s.end], f"[{s.start}, {s.end}) with text length {length}")
    firsts, lasts = ctx.view.token_starts, ctx.view.token_ends
    tokens_ok = not firsts or ctx.view.tokens_tile or (
        min(firsts) >= 0 and max(lasts) <= length and all(map(operator.lt, firsts, lasts)))
    if not tokens_ok:
        for i, (start, end, _) in enumerate(ctx.doc.tokens):
            if not _in_range(start, end, length):
                yield Hit(pointer("tokens", i), [start, end], f"token [{start}, {end}) with text length {length}")


@rule("V202", "span-text", "span text differs from the raw text at its offsets",
      "correct the offsets, or set `text` to the raw text shown")
def span_text(ctx: DocContext) -> Iterator[Hit]:
    """Every span and token carries its `text`, so that a shifted offset or an edited raw file is
    caught at once. Text that differs only by Unicode normalization (NFC vs NFD) is still wrong:
    offsets count code points."""
    text = ctx.text
    if text is None:
        return
    starts, ends, texts = ctx.view.span_columns
    spans_ok = tuple(map(text.__getitem__, map(slice, starts, ends))) == texts
    items = [] if spans_ok else [((*p, "text"), s.start, s.end, s.text)
                                 for p, s in ctx.view.spans if text[s.start:s.end] != s.text]
    if not ctx.view.tokens_tile and ctx.view.token_texts != ctx.token_slices():
        items += [(("tokens", i, 2), a, b, t) for i, (a, b, t) in enumerate(ctx.doc.tokens) if text[a:b] != t]
    for path, start, end, expected in items:
        actual = text[start:end]
        if _in_range(start, end, len(text)):
            same_nfc = _nfc(actual) == _nfc(expected)
            hint = " (equal after Unicode normalization)" if same_nfc else _where_is(text, expected, start)
            yield Hit(pointer(*path), expected, f"raw text is {actual!r}{hint}")


def _where_is(text: str, wanted: str, start: int) -> str:
    """Where `wanted` really is in the raw text: the occurrence nearest to `start`, in words."""
    if not wanted:
        return ""
    before, after = text.rfind(wanted, 0, start + len(wanted)), text.find(wanted, start)
    found = [i for i in (before, after) if i >= 0]
    if not found:
        return f"; {wanted[:40]!r} is nowhere in the raw text"
    nearest = min(found, key=lambda i: abs(i - start))
    shift = nearest - start
    direction = f"{abs(shift)} character{'s' if abs(shift) != 1 else ''} {'later' if shift > 0 else 'earlier'}"
    return f"; {wanted[:40]!r} is at {nearest}-{nearest + len(wanted)}, {direction}"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@rule("V203", "raw-checksum", "the raw text does not match the annotation file's checksum",
      "restore the raw file byte for byte (git checkout raw/ID.txt); never edit raw text")
def raw_checksum(ctx: DocContext) -> Iterator[Hit]:
    """A changed raw file makes every offset suspect. The SHA-256 and length recorded in the
    annotation file must match the raw text."""
    if ctx.text is None:
        return
    from vostochny.model.scaffold import sha256_text

    digest = sha256_text(ctx.text)
    length = "" if len(ctx.text) == ctx.doc.length else f" and {len(ctx.text)} code points, not {ctx.doc.length}"
    if digest != ctx.doc.sha256:
        yield Hit("/sha256", ctx.doc.sha256, f"raw/{ctx.doc.id}.txt has SHA-256 {digest}{length}")
    elif length:
        yield Hit("/length", ctx.doc.length, f"raw/{ctx.doc.id}.txt has{length.removeprefix(' and')}")


@rule("V204", "raw-missing", "no readable raw text for this document",
      "add raw/ID.txt (UTF-8), or fix the document id")
def raw_missing(ctx: DocContext) -> Iterator[Hit]:
    """The raw text of a document is `raw/<id>.txt` in the same corpus, UTF-8; without it no span
    can be checked."""
    if ctx.text is None:
        yield Hit("/id", ctx.doc.id, f"raw/{ctx.doc.id}.txt is missing or not UTF-8")


@rule("V205", "id-file-name", "the document id differs from its file name",
      "rename the file to annotations/ID.json, or fix the id")
def id_file_name(ctx: DocContext) -> Iterator[Hit]:
    """A document is found by its id (`annotations/<id>.json`, `raw/<id>.txt`); a mismatch would
    pair an annotation with the wrong raw text."""
    if ctx.doc.id != ctx.stem:
        yield Hit("/id", ctx.doc.id, f"file is {ctx.stem}.json")


_ID_LAYERS = ("entities", "mentions", "relations", "quotes")


@rule("V206", "duplicate-id", "an id is used twice in the document", "give each record its own id")
def duplicate_id(ctx: DocContext) -> Iterator[Hit]:
    """Entity, mention, relation and quote ids share one namespace per document, so that a
    reference can never be ambiguous. Ids that differ only in case (`m1`, `M1`) are one id used twice:
    a reader that folds case (a spreadsheet, a database's default collation, keys lower-cased by a
    user's code, a case-insensitive file system) takes one record for the other."""
    columns = [ctx.view.column(layer, "id") for layer in _ID_LAYERS]
    if len(set(map(str.casefold, chain.from_iterable(columns)))) == sum(map(len, columns)):
        return
    seen: dict[str, str] = {}  # each id casefolded -> the id as first written
    for layer in _ID_LAYERS:
        for i, item in enumerate(getattr(ctx.doc, layer)):
            key = item.id.casefold()
            if key in seen:
                yield Hit(pointer(layer, i, "id"), item.id, _used_before(item.id, seen[key]))
            else:
                seen[key] = item.id


def _used_before(given: str, first: str) -> str:
    """What to say of an id whose casefolded form an earlier one has (V206, V316)."""
    also = "" if given == first else f" as {first!r} (ids that differ only in case are one)"
    return f"{given!r} already used{also}"


@rule("V207", "dangling-entity", "a mention points to an entity that does not exist",
      "set `entity` to the id of an entity in `entities`")
def dangling_entity(ctx: DocContext) -> Iterator[Hit]:
    """Every mention belongs to one document entity (its coreference cluster)."""
    ids = ctx.view.entities
    if ids.keys() >= set(ctx.view.column("mentions", "entity")):
        return
    for i, m in enumerate(ctx.doc.mentions):
        if m.entity not in ids:
            yield Hit(pointer("mentions", i, "entity"), m.entity,
                      f"no entity {m.entity!r}{_kind_of(ctx.doc, m.entity)}")


def _kind_of(doc: Document, ref: str) -> str:
    """A hint for a dangling reference that is an id of another kind (an entity id where a
    mention id belongs, or the reverse)."""
    if any(e.id == ref for e in doc.entities):
        mentions = [m.id for m in doc.mentions if m.entity == ref][:5]
        return f"; {ref!r} is an entity id: use one of its mentions ({', '.join(mentions) or 'it has none'})"
    for layer in ("mentions", "relations", "quotes"):
        if any(item.id == ref for item in getattr(doc, layer)):
            return f"; {ref!r} is the id of one of the {layer}"
    return ""


_REGISTRY_TYPES: dict[str, tuple[Registry, dict[str, str]]] = {}


def _registry_types(registry: Registry) -> dict[str, str]:
    """Registry id -> type (the last record of an id), built once per registry, not per document."""
    cached = _REGISTRY_TYPES.get("last")
    if cached is None or cached[0] is not registry:
        cached = _REGISTRY_TYPES["last"] = (registry, {r.id: r.type for r in registry.entities})
    return cached[1]


@rule("V208", "dangling-kb-id", "an entity's kb_id is not in the registry",
      "add the record to annotations/entities.json, or fix the kb_id")
def dangling_kb(ctx: DocContext) -> Iterator[Hit]:
    """`kb_id` links a document entity to the corpus-level registry, so the same person is one id
    in every document."""
    if ctx.registry is None:
        return
    ids = _registry_types(ctx.registry).keys()
    if ids >= set(ctx.view.column("entities", "kb_id")) - {None}:
        return
    for i, e in enumerate(ctx.doc.entities):
        if e.kb_id is not None and e.kb_id not in ids:
            yield Hit(pointer("entities", i, "kb_id"), e.kb_id, _no_record(e.kb_id, ids))


def _no_record(kb_id: str, ids: Iterable[str]) -> str:
    """What to say of an id that names no registry record: the closest one that does, if any."""
    return f"no registry record {kb_id!r}{_did_you_mean(kb_id, ids)}"


def _did_you_mean(value: str, known: Iterable[str]) -> str:
    """The closest known value as a hint ("; did you mean 'x'?"), or nothing."""
    close = difflib.get_close_matches(value, sorted(known), 1)
    return f"; did you mean {close[0]!r}?" if close else ""


@rule("V209", "dangling-mention", "a relation or quote points to a mention that does not exist",
      "use the id of a mention in `mentions`")
def dangling_mention(ctx: DocContext) -> Iterator[Hit]:
    """Relation arguments and quote speakers are mention ids of the same document."""
    ids = ctx.view.mentions
    view = ctx.view
    if ids.keys() >= {*view.column("relations", "head"), *view.column("relations", "tail"),
                      *view.column("quotes", "speaker")} - {None}:
        return
    for i, r in enumerate(ctx.doc.relations):
        for role in ("head", "tail"):
            ref = getattr(r, role)
            if ref not in ids:
                yield Hit(pointer("relations", i, role), ref, f"no mention {ref!r}{_kind_of(ctx.doc, ref)}")
    for i, q in enumerate(ctx.doc.quotes):
        if q.speaker is not None and q.speaker not in ids:
            yield Hit(pointer("quotes", i, "speaker"), q.speaker,
                      f"no mention {q.speaker!r}{_kind_of(ctx.doc, q.speaker)}")


#: the argument keys of a relation, literal so that they index `labels.RelationSpec`
_ROLES: tuple[Literal["head", "tail"], ...] = ("head", "tail")


@rule("V210", "relation-argument-type", "a relation argument has an entity type the relation does not accept",
      "choose another relation type or argument (see docs/guidelines.md, Relations)")
def relation_argument_type(ctx: DocContext) -> Iterator[Hit]:
    """Each relation type declares the entity types of its head and tail in `vostochny.model.labels`."""
    types = ctx.view.mention_type
    for i, r in enumerate(ctx.doc.relations):
        for role in _ROLES:
            allowed = RELATION_TYPES[r.type][role]
            etype = types.get(getattr(r, role))
            if etype is not None and etype not in allowed:
                yield Hit(pointer("relations", i, role), getattr(r, role),
                          f"{r.type} {role} is {etype}, allowed: {', '.join(allowed)}")


@rule("V211", "crossing-mentions", "two mentions overlap without one containing the other",
      "make the spans nest or not overlap")
def crossing_mentions(ctx: DocContext) -> Iterator[Hit]:
    """Mentions may nest properly ("[[North Korea]'s leader]") but never cross: crossing spans
    cannot be represented as a tree, nor in bracketed export formats."""
    mentions = ctx.doc.mentions
    starts, ends = ctx.view.column("mentions", "start"), ctx.view.column("mentions", "end")
    enclosing: list[int] = []  # the indices of the mentions enclosing the current one, innermost last
    for start, minus_end, i in sorted(zip(starts, map(operator.neg, ends), range(len(starts)), strict=True)):
        while enclosing and ends[enclosing[-1]] <= start:
            enclosing.pop()
        if enclosing and -minus_end > ends[enclosing[-1]]:
            m, other = mentions[i], mentions[enclosing[-1]]
            yield Hit(pointer("mentions", i), m.id,
                      f"[{m.start}, {m.end}) crosses {other.id} [{other.start}, {other.end})")
            continue
        enclosing.append(i)


@rule("V212", "token-boundary", "a span does not start or end on a token boundary",
      "move the offsets to token boundaries, or correct the token layer")
def token_boundary(ctx: DocContext) -> Iterator[Hit]:
    """Mentions, quote fragments, cues and zones start at a token start and end at a token end, so
    that token-based exports (BIO tags, CoNLL) carry them exactly."""
    starts, ends = ctx.view.start_set, ctx.view.end_set
    if starts.issuperset(ctx.view.span_columns[0]) and ends.issuperset(ctx.view.span_columns[1]):
        return
    length = len(ctx.text) if ctx.text is not None else ctx.doc.length
    for path, s in ctx.view.spans:  # a span outside the text is V201's, one whose text differs V202's
        if path[0] != "sentences" and (s.start not in starts or s.end not in ends) \
                and _in_range(s.start, s.end, length) and (ctx.text is None or ctx.text[s.start:s.end] == s.text):
            yield Hit(pointer(*path), [s.start, s.end], f"{s.text!r} [{s.start}, {s.end}){_nearest_bounds(ctx, s)}")


def _nearest_bounds(ctx: DocContext, span: Span) -> str:
    """The token boundaries nearest to a span's offsets that are not on one."""
    said = []
    for name, offset, bounds in (("start", span.start, ctx.view.token_starts), ("end", span.end, ctx.view.token_ends)):
        if bounds and offset not in (ctx.view.start_set if name == "start" else ctx.view.end_set):
            at = bisect.bisect_left(bounds, offset)
            near = min(bounds[max(0, at - 1):at + 1], key=lambda b: abs(b - offset))
            said.append(f"nearest token {name} is {near}")
    return f"; {', '.join(said)}" if said else ""


@rule("V213", "token-layer", "the token layer does not tile the text",
      "tokens must be in order, not overlap, hold no whitespace and cover every other character")
def token_layer(ctx: DocContext) -> Iterator[Hit]:
    """Tokens are sorted, non-overlapping, free of whitespace, and every non-whitespace character
    of the raw text is inside a token: the raw text can be rebuilt from tokens and gaps."""
    if ctx.view.tokens_tile:
        return
    text = ctx.text or ""
    tokens = ctx.doc.tokens
    previous = (0, *ctx.view.token_ends)
    gaps = "".join(map(text.__getitem__, map(slice, previous, ctx.view.token_starts))) + text[previous[-1]:]
    in_order = all(map(operator.le, previous, ctx.view.token_starts))
    if in_order and (not gaps or gaps.isspace()) and no_whitespace("".join(ctx.view.token_texts)):
        return
    prev_end = 0
    for i, (start, end, tok) in enumerate(tokens):
        gap = text[prev_end:start]
        if start < prev_end:
            yield Hit(pointer("tokens", i), [start, end],
                      f"starts at {start}, before the previous token ends ({prev_end})")
        elif gap.strip():
            yield Hit(pointer("tokens", i), [start, end], f"characters {gap.strip()!r} before it are in no token")
        if any(ch.isspace() for ch in tok):
            yield Hit(pointer("tokens", i), tok, "token contains whitespace")
        prev_end = max(prev_end, end)
    if text[prev_end:].strip():
        yield Hit("/tokens", len(ctx.doc.tokens),
                  f"text after the last token is in no token: {text[prev_end:].strip()[:20]!r}")


def _tokens_covered(view: DocumentView, layer: str) -> int | None:
    """How many tokens the spans of a layer cover, if they are in order and none overlaps the next
    (each token then counted once); None if not. Spans in order that cover as many tokens as there
    are cover every one, so V214 and V228 walk their spans one by one only when this falls short."""
    starts, ends = view.column(layer, "start"), view.column(layer, "end")
    if not (all(map(operator.le, starts, ends)) and all(map(operator.le, ends, starts[1:]))):
        return None
    first, end = (sum(map(bisect.bisect_left, repeat(view.token_starts), offsets)) for offsets in (starts, ends))
    return end - first


@rule("V214", "sentence-layer", "the sentence layer does not tile the tokens",
      "sentences must be in order, start at a token start, end at a token end, and cover every token")
def sentence_layer(ctx: DocContext) -> Iterator[Hit]:
    """Every token is in exactly one sentence; sentences are in order and do not overlap."""
    view = ctx.view
    starts, ends = view.column("sentences", "start"), view.column("sentences", "end")
    if view.start_set.issuperset(starts) and view.end_set.issuperset(ends) \
            and _tokens_covered(view, "sentences") == len(view.token_starts):
        return
    covered = 0
    prev_end = 0
    for i, s in enumerate(ctx.doc.sentences):
        if s.start < prev_end or s.start not in view.start_set or s.end not in view.end_set:
            yield Hit(pointer("sentences", i), [s.start, s.end],
                      "overlaps the previous sentence or is off token boundaries")
        first, end = view.token_range(s.start, s.end)
        covered += end - first
        prev_end = max(prev_end, s.end)
    if covered != len(view.token_starts):
        yield Hit("/sentences", len(ctx.doc.sentences),
                  f"{len(view.token_starts) - covered} tokens are in no sentence (or in two)")


@rule("V215", "empty-quote", "a quote has no content", "add the quoted span(s) to `content`")
def empty_quote(ctx: DocContext) -> Iterator[Hit]:
    """A quote is what was said: it has at least one content fragment."""
    for i, q in enumerate(ctx.doc.quotes):
        if not q.content:
            yield Hit(pointer("quotes", i, "content"), [], f"quote {q.id} has no content")


@rule("V216", "registry-type", "an entity's type differs from its registry record's type",
      "make the entity type and the registry type agree")
def registry_type(ctx: DocContext) -> Iterator[Hit]:
    """One registry record is one referent, so every entity linked to it has its type."""
    if ctx.registry is None:
        return
    types = _registry_types(ctx.registry)
    for i, e in enumerate(ctx.doc.entities):
        if e.kb_id in types and types[e.kb_id] != e.type:
            yield Hit(pointer("entities", i, "type"), e.type, f"registry {e.kb_id} is {types[e.kb_id]}")


@rule("V217", "relation-across-sentences", "relation arguments lie in different sentences",
      "pick mentions of the two entities in the sentence that states the relation", severity="warning")
def relation_sentence(ctx: DocContext) -> Iterator[Hit]:
    """A relation is backed by the one sentence that states it; formats that carry relations per
    sentence drop cross-sentence ones."""
    where = ctx.view.mention_sentence
    for i, r in enumerate(ctx.doc.relations):
        if r.head in where and r.tail in where and where[r.head] != where[r.tail]:  # 1-based in the message
            yield Hit(pointer("relations", i), r.id,
                      f"{r.head} and {r.tail} are in sentences {where[r.head] + 1} and {where[r.tail] + 1}")


@rule("V218", "speaker-type", "a quote's speaker is not a person, organisation or GPE",
      "attribute the quote to a mention of the speaking person or body")
def speaker_type(ctx: DocContext) -> Iterator[Hit]:
    """Only people and bodies speak; a speaker mention of another type is a misattribution. A
    nationality is no speaker either: in "asked by Russian media" the media ask, not "Russian"."""
    types = ctx.view.mention_type
    for i, q in enumerate(ctx.doc.quotes):
        etype = types.get(q.speaker or "")
        if etype not in (None, *SPEAKER_TYPES):
            yield Hit(pointer("quotes", i, "speaker"), q.speaker, f"speaker is {etype}")


@rule("V219", "entity-without-mentions", "an entity has no mention", "remove the entity, or add its mentions")
def entity_without_mentions(ctx: DocContext) -> Iterator[Hit]:
    """An entity is a cluster of mentions; an empty cluster is a leftover of an edit."""
    used = set(ctx.view.column("mentions", "entity"))
    if used.issuperset(ctx.view.column("entities", "id")):
        return
    for i, e in enumerate(ctx.doc.entities):
        if e.id not in used:
            yield Hit(pointer("entities", i, "id"), e.id, f"entity {e.id} ({e.name})")


@rule("V220", "zone-layer", "zones overlap or are out of order", "zones must be in text order and not overlap")
def zone_layer(ctx: DocContext) -> Iterator[Hit]:
    """Each character is in at most one zone, so that users can drop a zone kind cleanly."""
    prev_end = 0
    for i, z in enumerate(ctx.doc.zones):
        if z.start < prev_end:
            yield Hit(pointer("zones", i), [z.start, z.end], f"starts before the previous zone ends ({prev_end})")
        prev_end = max(prev_end, z.end)


@rule("V221", "rights-not-evaluated", "the rights in the raw text are not evaluated (CNE)",
      "set meta.rights: the statement (InC, UND, ...), the holder the text credits or null, and the evidence "
      "(docs/guidelines.md, Source and rights)", severity="warning")
def rights_not_evaluated(ctx: DocContext) -> Iterator[Hit]:
    """A release states each text's rights holder: a new article (`vostochny new`) and a file migrated
    from schema 1.1.0 start "not evaluated", and stay flagged until someone reads the text for its
    credits and records them. A warning, so that a text can be added before it is evaluated."""
    rights = ctx.doc.meta.rights
    if rights.statement == "CNE":
        yield Hit(pointer("meta", "rights", "statement"), rights.statement, rights.note)
@rule("V222", "relation-to-itself", "a relation links an entity to itself",
      "point head and tail at mentions of two different entities")
def relation_to_itself(ctx: DocContext) -> Iterator[Hit]:
    """Every relation type relates two referents (Kim MEETS Putin); a head and a tail in one
    cluster is a mis-picked argument or a coreference error."""
    mentions = ctx.view.mentions
    for i, r in enumerate(ctx.doc.relations):
        head, tail = mentions.get(r.head), mentions.get(r.tail)
        if head is not None and tail is not None and head.entity == tail.entity:
            yield Hit(pointer("relations", i), r.id, f"{r.head} and {r.tail} are both mentions of {head.entity}")


def _repeats(keys: Sequence[Hashable]) -> Iterator[tuple[int, int]]:
    """(index, index of the first equal key) for every key seen before; nothing for distinct keys."""
    if len(set(keys)) == len(keys):
        return
    first: dict[Hashable, int] = {}
    for i, key in enumerate(keys):
        if key in first:
            yield i, first[key]
        first.setdefault(key, i)


def _copies(ctx: DocContext, layer: str, *fields: str) -> Iterator[tuple[int, int]]:
    """`_repeats` of the items of `layer` that agree on every one of `fields`."""
    return _repeats(list(zip(*(ctx.view.column(layer, f) for f in fields), strict=True)))


@rule("V223", "duplicate-relation", "a relation is annotated twice",
      "remove the second copy (same type and entities in one sentence; either way round for a symmetric type)")
def duplicate_relation(ctx: DocContext) -> Iterator[Hit]:
    """A relation is one statement between two entities in the sentence that states it, annotated once on
    the most informative mention of each (docs/guidelines.md, Relations): a second copy, on the same
    mentions or on other mentions of the same two entities in that sentence (the sentence of its head), or
    a symmetric one (MEETS) the other way round, double-counts it in every score and statistic."""
    relations = ctx.doc.relations
    for i, first in _repeats(_relation_keys(ctx.view)):
        r = relations[i]
        yield Hit(pointer("relations", i), r.id, f"same as {relations[first].id}: {r.type} {r.head} -> {r.tail}")


def _relation_keys(view: DocumentView) -> list[Hashable]:
    """Each relation as what it states: type, the entities of head and tail (a mention that does not
    exist stands for itself: V209's), and the sentence of its head; a symmetric type's two entities
    unordered. Built once per view (V223 and V238 read it), by columns where every argument exists."""
    key = ("relation_keys",)
    if key not in view.derived:
        entity = dict(zip(view.column("mentions", "id"), view.column("mentions", "entity"), strict=True))
        types, heads, tails = (view.column("relations", name) for name in ("type", "head", "tail"))
        if entity.keys() >= {*heads, *tails}:
            pairs = list(zip(map(entity.__getitem__, heads), map(entity.__getitem__, tails), strict=True))
        else:
            pairs = [(entity.get(h, ("mention", h)), entity.get(t, ("mention", t)))
                     for h, t in zip(heads, tails, strict=True)]
        keys: list[Hashable] = list(zip(types, pairs, map(view.mention_sentence.get, heads), strict=True))
        for i in [i for i, kind in enumerate(types) if kind in SYMMETRIC_RELATIONS]:
            keys[i] = (types[i], frozenset(pairs[i]), keys[i][2])  # type: ignore[index]
        view.derived[key] = keys
    return view.derived[key]  # type: ignore[no-any-return]


@rule("V224", "duplicate-mention", "two mentions have the same span",
      "remove the second mention and point its references at the first (a span is one mention of one entity)")
def duplicate_mention(ctx: DocContext) -> Iterator[Hit]:
    """One span refers once, to one entity (docs/guidelines.md, Clustering: every mention belongs to
    exactly one document entity): a copy of a mention inflates the cluster and every mention count, and a
    copy in another entity puts one span in two clusters."""
    mentions = ctx.doc.mentions
    for i, first in _copies(ctx, "mentions", "start", "end"):
        m, other = mentions[i], mentions[first]
        of = "" if m.entity == other.entity else f" (of {other.entity}; this one of {m.entity})"
        yield Hit(pointer("mentions", i), m.id, f"{m.text!r} [{m.start}, {m.end}) is also {other.id}{of}")


@rule("V225", "split-referent", "two entities of the document link the same registry record",
      "merge the two entities: move the mentions of one to the other and remove it")
def split_referent(ctx: DocContext) -> Iterator[Hit]:
    """All mentions of one referent in a document form one entity (docs/guidelines.md,
    Clustering); two clusters linked to one record are one referent split in two."""
    keys = [e.kb_id if e.kb_id is not None else i for i, e in enumerate(ctx.doc.entities)]  # unlinked: unique
    for i, first in _repeats(keys):
        e = ctx.doc.entities[i]
        other = ctx.doc.entities[first].id
        yield Hit(pointer("entities", i, "kb_id"), e.kb_id, f"{e.id} and {other} both link {e.kb_id}")


@rule("V226", "quote-overlap",
      "a quote's spans overlap, two quotes of one speaker and cue overlap, or two quotes' contents cross",
      "make content fragments and the cue disjoint; remove a duplicated quote (one utterance is one quote); "
      "a report inside another lies wholly inside it")
def quote_overlap(ctx: DocContext) -> Iterator[Hit]:
    """A quote's content fragments are disjoint pieces of one utterance and its cue lies outside
    them. Two quotes with the same content (in any order of its fragments), or with overlapping content,
    the same speaker and cues that overlap or are missing (a copy trimmed by a token, its cue widened or
    left out), are one utterance annotated twice. Quotes with another speaker or cue may nest (a report
    inside a report, `Jeon said [the military assessed [the train crossed]]`), but never cross: a
    content that starts inside another quote's fragment and ends outside it (`[The make-up ...
    suggested [an agenda heavy on defense industry cooperation], analysts said]`) is cut wrong."""
    quotes = ctx.doc.quotes
    contents = [tuple(sorted((s.start, s.end) for s in q.content)) for q in quotes]
    for i, first in _repeats(contents):
        yield Hit(pointer("quotes", i, "content"), quotes[i].id, f"same content as {quotes[first].id}")
    if not _fragments_disjoint(contents):
        yield from _overlapping_quotes(ctx, contents)
    for i, q in enumerate(quotes):
        if q.cue is not None and any(q.cue.start < e and s < q.cue.end for s, e in contents[i]):
            yield Hit(pointer("quotes", i, "cue"), [q.cue.start, q.cue.end], f"cue {q.cue.text!r} overlaps the content")


def _fragments_disjoint(contents: Sequence[tuple[tuple[int, int], ...]]) -> bool:
    """Whether no two content fragments, of one quote or of two, overlap: in start order, each ends
    before the next starts (an overlap with a later one is one with the next)."""
    spans = sorted(chain.from_iterable(contents))
    return all(end <= start for (_, end), (start, _) in pairwise(spans))


def _overlapping_quotes(ctx: DocContext, contents: list[tuple[tuple[int, int], ...]]) -> Iterator[Hit]:
    """The hits of overlapping fragments: within a quote, and between two quotes of one speaker and cue
    (identical contents are reported as copies already)."""
    quotes, speaker = ctx.doc.quotes, _speaker_entities(ctx)
    cue = [None if q.cue is None else (q.cue.start, q.cue.end) for q in quotes]
    for i, content in enumerate(contents):
        for (_, end), (start, _) in pairwise(content):
            if start < end:
                yield Hit(pointer("quotes", i, "content"), quotes[i].id, f"content fragments overlap at {start}")
        for j in range(i):
            if content == contents[j] or not _overlap(content, contents[j]):
                continue
            if speaker[i] == speaker[j] and _same_cue(cue[i], cue[j]):
                yield Hit(pointer("quotes", i, "content"), quotes[i].id,
                          f"content overlaps {quotes[j].id}'s, same speaker and cue")
            elif _cross(content, contents[j]):
                yield Hit(pointer("quotes", i, "content"), quotes[i].id,
                          f"content crosses {quotes[j].id}'s: it neither lies inside it nor holds it")


def _same_cue(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Whether two cues may be one speech act's: they overlap, or one is missing."""
    return a is None or b is None or _overlap([a], [b])


def _speaker_entities(ctx: DocContext) -> list[str | None]:
    """The entity of each quote's speaker (the mention id where it has none: V209's; None: unattributed)."""
    mentions = ctx.view.mentions
    return [None if q.speaker is None else getattr(mentions.get(q.speaker), "entity", q.speaker)
            for q in ctx.doc.quotes]


def _overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> bool:
    return any(s < f and e > t for s, e in a for t, f in b)


def _cross(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> bool:
    """Whether a fragment of `a` and one of `b` overlap with neither inside the other."""
    return any(s < f and e > t and not (t <= s and e <= f) and not (s <= t and f <= e) for s, e in a for t, f in b)


@rule("V239", "quote-content-order", "a quote's content fragments are not in text order",
      "list the content fragments in the order of the text")
def quote_content_order(ctx: DocContext) -> Iterator[Hit]:
    """Every layer is in text order (tokens, sentences, zones), and so are the fragments of a quote: an
    utterance interrupted by its attribution is read in the order it was said, and exporters and
    scorers that join the fragments must not reorder them. Fragments that overlap, and a copy of an
    earlier quote, are V226's."""
    quotes = ctx.doc.quotes
    several = [i for i, content in enumerate(ctx.view.column("quotes", "content")) if len(content) > 1]
    starts = {i: tuple(s.start for s in quotes[i].content) for i in several}
    late = [i for i in several if any(map(operator.gt, starts[i], starts[i][1:]))]
    if not late:
        return
    contents = [tuple(sorted((s.start, s.end) for s in q.content)) for q in quotes]
    copies = {i for i, _ in _repeats(contents)}
    for i in late:
        if i not in copies and _fragments_disjoint([contents[i]]):
            yield Hit(pointer("quotes", i, "content"), quotes[i].id,
                      f"fragment starts {', '.join(map(str, starts[i]))}")


@rule("V227", "mention-kind", "a mention's kind does not fit its text",
      "pronoun mentions are pronouns (labels.PRONOUNS), and a pronoun is never a name or nominal")
def mention_kind(ctx: DocContext) -> Iterator[Hit]:
    """The kind is what evaluation by mention kind and every pronoun statistic rest on: a pronoun
    is a closed-class word, so both directions can be checked exactly. A mention without a word is
    no pronoun nor anything else: V237 says so, not this rule."""
    for i, m in enumerate(ctx.doc.mentions):
        word = m.text.lower()  # "He" and "he" are pronouns; "US" and "IT" are not "us" and "it"
        personal = word in PERSONAL_PRONOUNS and m.text in (word, word.capitalize())
        unknown = m.kind == "pronoun" and word not in PRONOUNS and not _wordless(m.text)  # no word: V237's
        if unknown or (m.kind != "pronoun" and personal):
            said = "is not a pronoun" if m.kind == "pronoun" else "is a pronoun"
            yield Hit(pointer("mentions", i, "kind"), m.kind, f"{m.text!r} {said}")


@rule("V228", "zone-coverage", "tokens lie in no zone", "extend a zone over them, or add a zone")
def zone_coverage(ctx: DocContext) -> Iterator[Hit]:
    """Every non-empty line belongs to exactly one zone (docs/guidelines.md, Zones), so that
    dropping a zone kind drops exactly that text. A document without zones is V229's."""
    view = ctx.view
    if not ctx.doc.zones or _tokens_covered(view, "zones") == len(view.token_starts):
        return
    covered = [False] * len(view.token_starts)
    for z in ctx.doc.zones:
        first, end = view.token_range(z.start, z.end)
        covered[first:end] = [True] * (end - first)
    first = 0
    for is_covered, run in groupby(covered):
        end = first + len(list(run))
        if not is_covered:
            words = " ".join(view.token_texts[first:min(end, first + 6)])
            yield Hit(pointer("tokens", first), [view.token_starts[first], view.token_ends[end - 1]],
                      f"{end - first} token(s) from {words!r} are in no zone")
        first = end


@rule("V229", "no-zones", "the document has no zones", "annotate its zones (docs/guidelines.md, Zones)",
      severity="warning")
def no_zones(ctx: DocContext) -> Iterator[Hit]:
    """A document migrated from schema 1.0.0 or just created has no zone layer: every token would
    be exported as body, furniture included."""
    if ctx.doc.tokens and not ctx.doc.zones:
        yield Hit("/zones", [], f"{len(ctx.doc.tokens)} tokens and no zone")
_INFORMATIVE = {"name": 0, "nominal": 1, "pronoun": 2}


@rule("V230", "relation-argument-not-most-informative",
      "a relation argument is a pronoun or nominal although its sentence names the entity",
      "use the entity's name in the sentence as the argument (else a nominal, else the pronoun)",
      severity="warning")
def relation_informative(ctx: DocContext) -> Iterator[Hit]:
    """A relation read on its own ("he TRAVELS_TO Vladivostok") says less than the same relation on
    the name the sentence gives ("Kim would travel ..., where he would tour"): relations take the
    most informative mention of each entity in the sentence, a name, then a nominal, then a pronoun."""
    view = ctx.view
    sentence = view.mention_sentence
    best: dict[tuple[int, str], Mention] = {}
    for mention in ctx.doc.mentions:
        key = (sentence[mention.id], mention.entity)
        if key not in best or _INFORMATIVE[mention.kind] < _INFORMATIVE[best[key].kind]:
            best[key] = mention
    for i, r in enumerate(ctx.doc.relations):
        for role in ("head", "tail"):
            m = view.mentions.get(getattr(r, role))
            top = best.get((sentence[m.id], m.entity)) if m else None
            if m and top and _INFORMATIVE[top.kind] < _INFORMATIVE[m.kind]:
                yield Hit(pointer("relations", i, role), m.id, f"{r.id} {role} {m.text!r} is a {m.kind}; "
                          f"the sentence has the {top.kind} {top.text!r} ({top.id})")


def _day(value: str) -> datetime.date | None:
    """The calendar day a YYYY-MM-DD value names; None for one that names none (2023-02-30)."""
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        return None


@rule("V231", "meta-date", "a date in meta is no calendar day or in the future, the text is received before "
      "the article's date, or the date is not the one its dateline shows",
      "write the real day (YYYY-MM-DD, UTC) the article is dated (its dateline's day) and the text was received")
def meta_date(ctx: DocContext) -> Iterator[Hit]:
    """The schema only checks the shape YYYY-MM-DD, so `2023-02-30` or `2026-13-45` would pass;
    and an article cannot be dated, nor its text received, after today (UTC), nor the text received
    before the article it holds is dated. The date is recorded as the text shows it (docs/guidelines.md,
    Source and rights): where a dateline zone writes out a day with its month's name and year
    (`September 13, 2023`, `13 Sept. 2023`), `date` is that day (a dateline without a year, `Sept. 13`,
    is not compared)."""
    meta = ctx.doc.meta
    days = {name: getattr(meta, name) for name in ("date", "received") if getattr(meta, name) is not None}
    for name, value in days.items():
        if _day(value) is None:
            yield Hit(pointer("meta", name), value, f"{value} is no calendar day")
    received, dated = _day(days.get("received", "")), _day(days.get("date", ""))
    today = datetime.datetime.now(datetime.timezone.utc).date()
    if dated is not None and dated > today:  # then a received day before it is no mistake of its own
        yield Hit(pointer("meta", "date"), meta.date, f"dated {dated}, after today ({today})")
    if received is not None and received > today:
        yield Hit(pointer("meta", "received"), meta.received, f"received {received}, after today ({today})")
    if received is not None and dated is not None and received < dated <= today:
        yield Hit(pointer("meta", "received"), meta.received, f"received {received}, before the article's date {dated}")
    kinds = ctx.view.column("zones", "kind")
    shown = _dateline_days(ctx.doc.zones) if dated is not None and "dateline" in kinds else []
    if shown and dated not in shown:
        yield Hit(pointer("meta", "date"), meta.date, f"dated {dated}; its dateline shows "
                  f"{', '.join(map(str, sorted(set(shown))))}")


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")
#: a month by its name or abbreviation (`Sept.`), lower case -> its number
_MONTHS = {**{name: i for i, name in enumerate(_MONTH_NAMES, 1)},
           **{name[:3]: i for i, name in enumerate(_MONTH_NAMES, 1)}, "sept": 9}
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
#: a day written with its month's name and its year: `September 13, 2023`, `Sept. 13 2023`, `13 September 2023`
_WRITTEN_DAY = re.compile(rf"\b(?:{_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})|(\d{{1,2}})\s+{_MONTH},?\s+(\d{{4}}))\b",
                          re.IGNORECASE)


def _dateline_days(zones: Sequence[Zone]) -> list[datetime.date]:
    """The calendar days that the dateline zones write out with a month name and a year."""
    days = []
    for z in zones:
        for m in _WRITTEN_DAY.finditer(z.text) if z.kind == "dateline" else ():
            month, day, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
            try:
                days.append(datetime.date(int(year), _MONTHS[month.lower()], int(day)))
            except ValueError:
                continue  # no such day (September 31): not a date the rule can compare
    return days


#: statements that need a holder, and those that have none (docs/guidelines.md, Source and rights)
_HOLDER_NEEDED, _HOLDER_NONE = frozenset({"InC"}), frozenset({"UND", "CNE"})


@rule("V232", "rights-holder", "the rights holder does not fit the statement or is not credited in the text, or "
      "the holder or note is blank or not plain written text",
      "InC names the holder the text credits, as the text names it; UND and CNE have a null holder; the note "
      "gives the evidence; both as plain text (single spaces, no invisible characters)")
def rights_holder(ctx: DocContext) -> Iterator[Hit]:
    """A text that credits a publisher is `InC` with that publisher as holder; a text that credits
    no one is `UND`, and rights not yet evaluated are `CNE`, both with a null holder. Holder and
    note are what a reuser reads: blank ones, or ones with stray spaces around them, say nothing, and one
    with a zero-width space or another invisible character is blank to the eye or a second spelling of
    its holder (`name_flaw`, as for entity names: V249). A holder that names a registry record (by its name
    or an alias, a leading "The" aside: `The Associated Press`) is credited by the text, so one of the
    record's names is in it as written (`(AP)`): `Reuters` on an AP text credits someone the text does not.
    A holder that names no record is not compared with the text."""
    rights = ctx.doc.meta.rights
    if rights.statement in _HOLDER_NEEDED and rights.holder is None:
        yield Hit(pointer("meta", "rights", "holder"), None, f"{rights.statement} without a holder")
    if rights.statement in _HOLDER_NONE and rights.holder is not None:
        yield Hit(pointer("meta", "rights", "holder"), rights.holder,
                  f"{rights.statement} with holder {rights.holder!r}")
    for name in ("holder", "note"):
        value = getattr(rights, name)
        flaw = None if value is None or names_in_form([value]) else name_flaw(value)
        if flaw is not None:
            yield Hit(pointer("meta", "rights", name), value, f"{_brief(value)}: {flaw}")
    record = _holder_record(ctx, rights.holder) if rights.holder is not None and ctx.text is not None else None
    if record is not None and not any(_word_in(name, ctx.text or "") for name in (record.name, *record.aliases)):
        yield Hit(pointer("meta", "rights", "holder"), rights.holder, f"{rights.holder!r} ({record.id}) is credited "
                  f"nowhere in the text: none of {', '.join(map(repr, (record.name, *record.aliases)))} is in it")


def _word_in(words: str, text: str) -> bool:
    """Whether the words occur in the text with no letter or digit right before or after them (`AP` in `(AP)`,
    not in `CAPTAIN`)."""
    at = text.find(words)
    while at >= 0:
        if not text[at - 1:at].isalnum() and not text[at + len(words):at + len(words) + 1].isalnum():
            return True
        at = text.find(words, at + 1)
    return False


_HOLDER_RECORDS: dict[str, tuple[Registry, dict[str, RegistryEntity]]] = {}


def _holder_record(ctx: DocContext, holder: str) -> RegistryEntity | None:
    """The registry record that a rights holder names (by its name or an alias, a leading "The" aside; the
    records by their names built once per registry, not per document)."""
    if ctx.registry is None:
        return None
    cached = _HOLDER_RECORDS.get("last")
    if cached is None or cached[0] is not ctx.registry:
        named = {name: r for r in reversed(ctx.registry.entities) for name in (*r.aliases, r.name)}
        cached = _HOLDER_RECORDS["last"] = (ctx.registry, named)
    return cached[1].get(holder) or cached[1].get(holder.removeprefix("The "))


@rule("V233", "meta-not-in-text", "the title is not the text's headline (a headline zone's text, else a line of the "
      "raw text), or the URL is not shown in it",
      "record only what the text itself shows, as it shows it; else null (docs/guidelines.md, Source and rights)")
def meta_not_in_text(ctx: DocContext) -> Iterator[Hit]:
    """`title` and `url` are recorded only where the text shows them, never looked up or remembered:
    a value the raw text does not contain was not taken from it. The title is the headline (its zone's
    text, spaces aside; in a document without zones a line of the text): a few words of the text (`Putin`)
    or another line (`(Reuters)`) are in it, but are no title, and in a document with zones neither is a
    paragraph or a headline labelled otherwise (a document whose zones have no headline shows no title).
    (The outlet may be shown by a credit such as `(AP)` for the Associated Press, so it is not checked.)"""
    if ctx.text is None:
        return
    meta = ctx.doc.meta
    title, url = meta.title, meta.url
    if title is not None and not _title_shown(ctx, title):
        where = "is not a line of" if title.strip() and title in ctx.text else "is not in"
        zone = next((z for z in ctx.doc.zones if " ".join(z.text.split()) == " ".join(title.split())), None)
        said = f"is the text of a {zone.kind} zone, not a headline" if zone is not None else \
            "is no headline zone's text" if ctx.doc.zones and title in ctx.text else f"{where} the raw text"
        yield Hit(pointer("meta", "title"), title, f"{title[:60]!r} {said}")
    if url is not None and (not url.strip() or url not in ctx.text):
        yield Hit(pointer("meta", "url"), url, f"{url[:60]!r} is not in the raw text")


def _title_shown(ctx: DocContext, title: str) -> bool:
    """Whether the title is the text's headline, spaces aside: a headline zone's text where the document
    has zones (a headline may wrap over two lines), else a line of the text."""
    words = " ".join(title.split())
    headlines = [z.text for z in ctx.doc.zones if z.kind == "headline"]
    lines = headlines if ctx.doc.zones else (ctx.text or "").splitlines()
    return bool(words) and words in {" ".join(line.split()) for line in lines}


@rule("V234", "speaker-in-content", "a quote's speaker mention lies inside its own content",
      "point the speaker at the mention in the attribution, nearest the cue")
def speaker_in_content(ctx: DocContext) -> Iterator[Hit]:
    """The content is what was said and the speaker is named in the attribution around it
    (docs/guidelines.md, Quotations): a speaker inside the words it says is a mis-picked mention,
    such as the "I" or a name that the quote itself mentions. (A speaker inside another quote's
    content is fine: quotes nest.)"""
    mentions = ctx.view.mentions
    for i, q in enumerate(ctx.doc.quotes):
        m = mentions.get(q.speaker or "")
        if m is not None and any(c.start < m.end and m.start < c.end for c in q.content):
            yield Hit(pointer("quotes", i, "speaker"), q.speaker, f"{m.text!r} [{m.start}, {m.end}) is in the content")


@rule("V246", "attribution-apart", "a quote's cue or speaker lies more than a sentence away from its content",
      "set the cue to the reporting words next to the content, and the speaker to the mention nearest the cue")
def attribution_apart(ctx: DocContext) -> Iterator[Hit]:
    """The cue is the reporting word of the quote and the speaker the mention nearest it (docs/guidelines.md,
    Quotations): both lie in the sentences of the content, or in the sentence just before or after it
    (every quote of release 1 has them in its content's sentences), or at least in its paragraph (the
    tokenizer may end a sentence at an abbreviation: `on Sept. 12 at 10 a.m. Moscow time`). A cue or
    speaker further away is a mis-picked span, such as the headline's name. Spans outside the text are
    V201's, a missing speaker V209's."""
    view, mentions = ctx.view, ctx.view.mentions
    length = len(ctx.text) if ctx.text is not None else ctx.doc.length
    zone_of = partial(bisect.bisect_right, view.column("zones", "start"))
    for i in _attributions_apart(view):
        q = ctx.doc.quotes[i]
        speaker = mentions.get(q.speaker) if isinstance(q.speaker, str) else None
        spans = (*q.content, *([q.cue] if q.cue else []), *([speaker] if speaker else []))
        if not all(_in_range(s.start, s.end, length) for s in spans):
            continue
        first, last = view.sentence_of(q.content[0].start), view.sentence_of(q.content[-1].end - 1)
        paragraphs = {zone_of(q.content[0].start), zone_of(q.content[-1].end - 1)}
        for role, span, value in (("cue", q.cue, q.cue and [q.cue.start, q.cue.end]), ("speaker", speaker, q.speaker)):
            if span is not None and not first - 1 <= view.sentence_of(span.start) <= last + 1 \
                    and not (ctx.doc.zones and zone_of(span.start) in paragraphs):
                yield Hit(pointer("quotes", i, role), value, f"{span.text!r} is in sentence "
                          f"{view.sentence_of(span.start)}, the content in {first}-{last}")


def _attributions_apart(view: DocumentView) -> list[int]:
    """The indices of the quotes whose cue or speaker starts more than a sentence before the sentence of
    their content's start or after that of its end, by columns (the sentences of quotes, cues and speakers
    each one `map` of bisections)."""
    quotes, starts = view.doc.quotes, view.sentence_starts
    where = partial(map, bisect.bisect_right, repeat(starts))
    speakers = [view.mention_span(q.speaker) for q in quotes]
    firsts = where([q.content[0].start if q.content else 0 for q in quotes])
    lasts = where([q.content[-1].end - 1 if q.content else 0 for q in quotes])
    cues = where([q.cue.start if q.cue is not None else -1 for q in quotes])
    said = where([s[0] if s is not None else -1 for s in speakers])
    return [i for i, (q, first, last, cue, speaker) in enumerate(zip(quotes, firsts, lasts, cues, said, strict=True))
            if q.content and not all(near == 0 or first - 1 <= near <= last + 1 for near in (cue, speaker))]


@rule("V247", "mention-across-zones", "a mention or quote cue runs from one zone into another",
      "end the span inside its zone (a headline's name is not continued by the byline)")
def mention_across_zones(ctx: DocContext) -> Iterator[Hit]:
    """Zones are whole lines (headline, byline, dateline, paragraphs: docs/guidelines.md, Zones), and a
    mention or a cue is a few words of one of them: a span that runs on into the next zone takes in a
    line it does not belong to (`[Ukraine\\n\\n(Reuters)]`). Zones that overlap or are out of order
    are V220's, text in no zone V228's."""
    zones = ctx.doc.zones
    starts, ends = ctx.view.column("zones", "start"), ctx.view.column("zones", "end")
    if not zones or not all(map(operator.le, ends[:-1], starts[1:])) or not _may_cross(ctx, starts, ends):
        return
    zone_of = partial(bisect.bisect_right, starts)
    for path, what, span in _spans_to_word(ctx.doc):
        if zone_of(span.start) != zone_of(span.end - 1):
            zone = zones[zone_of(span.start) - 1] if zone_of(span.start) else None
            yield Hit(pointer(*path), [span.start, span.end],
                      f"{what} {span.text!r} runs on past the end of its {zone.kind if zone else 'first'} zone")


def _may_cross(ctx: DocContext, starts: Sequence[int], ends: Sequence[int]) -> bool:
    """Whether some mention or cue may cross a zone boundary: a span across a boundary whose gap holds a
    line break holds one (its text is the raw text's, or V202 reports it); a boundary within a line (a
    dateline prefix and its paragraph) is tested on the offsets."""
    view, text = ctx.view, ctx.text or ""
    cues = [c for c in view.column("quotes", "cue") if c is not None]
    if "\n" in "".join(chain(view.column("mentions", "text"), map(operator.attrgetter("text"), cues))):
        return True
    inline = [b for a, b in zip(ends[:-1], starts[1:], strict=True) if "\n" not in text[a:b]]
    firsts = (*view.column("mentions", "start"), *map(operator.attrgetter("start"), cues))
    lasts = (*view.column("mentions", "end"), *map(operator.attrgetter("end"), cues))
    return any(map(operator.and_, map(operator.lt, firsts, repeat(b)), map(operator.gt, lasts, repeat(b)))
               for b in inline)


@rule("V248", "span-possessive", "a mention ends in a possessive 's",
      "end the span before the 's: [Putin]'s (a name that ends in 's, as McDonald's, is its record's name)")
def span_possessive(ctx: DocContext) -> Iterator[Hit]:
    """Possessive 's is never part of a span (docs/guidelines.md, Mentions: `[Putin]'s`): the mention
    names the possessor, and the token-based exports would tag the clitic as part of the name. A name
    whose record's name or alias holds the same last word (McDonald's) keeps it."""
    if not _POSSESSIVE.search("\x00".join(ctx.view.column("mentions", "text")) + "\x00"):
        return
    for i, m in enumerate(ctx.doc.mentions):
        if _POSSESSIVE.search(m.text + "\x00") and not _named_so(ctx, m):
            yield Hit(pointer("mentions", i, "text"), m.text, f"{m.text!r} ends in a possessive")


def _named_so(ctx: DocContext, mention: Mention) -> bool:
    """Whether the registry record of the mention's entity has a name or alias with the mention's last word."""
    entity = ctx.view.entities.get(mention.entity)
    record = next((r for r in ctx.registry.entities if r.id == entity.kb_id), None) \
        if ctx.registry and entity and entity.kb_id else None
    last = _APOSTROPHES.sub("'", mention.text.split()[-1].casefold())
    return record is not None and any(last in _APOSTROPHES.sub("'", name.casefold()).split()
                                      for name in (record.name, *record.aliases))


#: the characters that write an apostrophe (straight, curly, modifier letter, accents, fullwidth)
_APOSTROPHES = re.compile("['\u2019\u02bc\u00b4\u2018`\uff07]")
#: a span's text that ends in a possessive: an apostrophe and s, in either case (then the "\x00" after it)
_POSSESSIVE = re.compile("['\u2019\u02bc\u00b4\u2018`\uff07][sS]\x00")


@rule("V235", "factuality-not-annotated", "a relation's factuality is not annotated",
      "set factuality: asserted, reported, possible or denied (docs/guidelines.md, Factuality)", severity="warning")
def factuality_not_annotated(ctx: DocContext) -> Iterator[Hit]:
    """"Kim met Putin" and "Russia could supply arms" are both relations, but only one happened: a
    relation without its factuality (written by schema 1.3.0 and earlier, or by a tool) cannot be told
    apart from an asserted one. A warning, so that relations can be added before this is read."""
    for i, r in enumerate(ctx.doc.relations):
        if r.factuality is None:
            yield Hit(pointer("relations", i), r.id, f"{r.type} {r.head} -> {r.tail}")


def names_in_form(names: Sequence[str]) -> bool:
    """Whether every name is in form (`name_flaw` finds nothing), at C speed: joined by single spaces,
    they are printable, NFKC and hold no run of spaces and no space at either end."""
    joined = " ".join(names)
    return joined.isprintable() and "  " not in joined and joined == joined.strip() and all(names) and (
        joined.isascii() or (unicodedata.is_normalized("NFKC", joined) and not _INVISIBLE.search(joined)
                             and not any(_mixed_scripts(w) for w in joined.split() if not w.isascii())))


#: default-ignorable code points that Python counts printable (a combining grapheme joiner, variation
#: selectors, Hangul fillers), and the braille blank: each shows as nothing
_INVISIBLE = re.compile("[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2800\u3164\ufe00-\ufe0f\uffa0"
                        "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0100-\U000e01ef]")
#: scripts whose letters look alike (`Р` Cyrillic, `P` Latin)
_LOOKALIKE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def _mixed_scripts(word: str) -> bool:
    """Whether a word has letters of two of the look-alike scripts (`Рutin`: a Cyrillic Р, then Latin)."""
    if word.isascii():
        return False
    scripts = {unicodedata.name(c, "").split(" ", 1)[0] for c in word if c.isalpha() and not c.isascii()}
    scripts |= {"LATIN"} if any(c.isascii() and c.isalpha() for c in word) else set()
    return len(scripts & set(_LOOKALIKE_SCRIPTS)) > 1


def name_flaw(name: str) -> str | None:
    """What is wrong with the written form of a name (None: nothing). A name is matched, shown and
    slugged as written: a space at either end, a line break, a zero-width or other invisible character,
    a no-break space or a compatibility form (fullwidth `Ｐｕｔｉｎ`) makes two spellings of one name
    that look the same."""
    if not name.strip():
        return "it is blank"
    if name != name.strip() or "  " in name:
        return "it has a space at an end, or two in a row"
    odd = next((c for c in name if not c.isprintable()), None)
    if odd is not None:
        return f"it holds U+{ord(odd):04X} ({unicodedata.name(odd, 'unnamed')}), which is invisible or no plain space"
    hidden = _INVISIBLE.search(name)
    if hidden is not None:
        char = hidden.group()
        return f"it holds U+{ord(char):04X} ({unicodedata.name(char, 'unnamed')}), which shows as nothing"
    if not unicodedata.is_normalized("NFKC", name):
        return f"it is not in Unicode NFKC form ({unicodedata.normalize('NFKC', name)!r})"
    mixed = next((word for word in name.split() if _mixed_scripts(word)), None)
    return None if mixed is None else f"{mixed!r} mixes Latin, Cyrillic or Greek letters that look alike"


@rule("V249", "entity-name-form", "a document entity's name is blank or not plain written text",
      "write the name as plain text: single spaces, none at the ends, no invisible or compatibility characters")
def entity_name_form(ctx: DocContext) -> Iterator[Hit]:
    """An entity's `name` is how the corpus shows its cluster (exports, the card, render): the schema
    checks control characters only, so a trailing space, a line break, a zero-width space or a fullwidth
    letter passed and made two spellings of one name (`name_flaw`)."""
    if names_in_form(ctx.view.column("entities", "name")):
        return
    for i, e in enumerate(ctx.doc.entities):
        flaw = name_flaw(e.name)
        if flaw is not None:
            yield Hit(pointer("entities", i, "name"), e.name, f"{e.name!r}: {flaw}")


@rule("V250", "zone-not-lines", "a zone does not span whole lines, or it holds a blank line",
      "set the zone from the start of its first line to the end of its last; one body zone per paragraph")
def zone_not_lines(ctx: DocContext) -> Iterator[Hit]:
    """A zone spans whole lines, and consecutive body lines form one body zone per paragraph
    (docs/guidelines.md, Zones): a zone that starts or ends inside a line puts part of a line in
    another zone, and a zone over a blank line (one with no letter or digit) merges two paragraphs, or
    the headline and byline into one zone. A dateline that opens the first paragraph is the exception:
    it and the rest of its line are a dateline and a body zone. Lines end where `str.splitlines` ends them
    (CR, LF, CRLF, U+2028 ...). Zones that overlap are V220's; spans off the text or tokens V201's,
    V202's and V212's."""
    text, zones = ctx.text, ctx.doc.zones
    starts, ends = ctx.view.column("zones", "start"), ctx.view.column("zones", "end")
    if text is None or not zones or not all(map(operator.le, ends[:-1], starts[1:])):
        return
    joined = "\x00".join(ctx.view.column("zones", "text"))  # no zone of two lines: none holds a blank one
    one_line = "\n" not in joined and not _OTHER_BREAKS.search(joined)
    if not _OTHER_BREAKS.search(text) and all(s == 0 or text[s - 1:s] == "\n" for s in starts) \
            and all(e == len(text) or text[e:e + 1] == "\n" for e in ends) \
            and (one_line or not any(map(_holds_blank_line, zones))):
        return  # every zone from a line's start to its end, lines broken by LF only
    firsts, lasts = _line_bounds(text)
    for i, z in enumerate(zones):
        if not _in_range(z.start, z.end, len(text)):
            continue  # V201's
        if not _whole_lines(text, zones, i, firsts, lasts):
            yield Hit(pointer("zones", i), [z.start, z.end], f"{z.kind} {_brief(z.text)} is part of a line")
        elif _holds_blank_line(z):
            yield Hit(pointer("zones", i), [z.start, z.end], f"{z.kind} {_brief(z.text)} holds a blank line")


def _whole_lines(text: str, zones: Sequence[Zone], i: int, firsts: frozenset[int], lasts: frozenset[int]) -> bool:
    """Whether zone i starts a line and ends one (but for spaces), or is the dateline that opens the first
    paragraph's line, or the body zone after it on that line."""
    z = zones[i]
    line_start = max((b for b in firsts if b <= z.start), default=0)
    line_end = min((b for b in lasts if b >= z.end), default=len(text))
    starts_line, ends_line = not text[line_start:z.start].strip(), not text[z.end:line_end].strip()
    before, after = (zones[i - 1] if i else None), (zones[i + 1] if i + 1 < len(zones) else None)
    opening = not any(zone.kind == "body" for zone in zones[:max(i - 1, 0)])  # no paragraph before the dateline
    dateline_before = before is not None and before.kind == "dateline" and z.kind == "body" and opening \
        and not text[max((b for b in firsts if b <= before.start), default=0):before.start].strip()
    dateline_after = after is not None and z.kind == "dateline" and after.kind == "body" and starts_line \
        and not any(zone.kind == "body" for zone in zones[:i])
    return (starts_line or (dateline_before and before is not None and before.end >= line_start)) and (
        ends_line or (dateline_after and after is not None and after.start <= line_end))


def _holds_blank_line(zone: Span) -> bool:
    """Whether a line after the zone's first has no letter or digit (an empty line, spaces, a zero-width
    space, a braille blank)."""
    lines = zone.text.splitlines()
    return len(lines) > 1 and any(not any(map(str.isalnum, line)) for line in lines[1:])


#: the line breaks of `str.splitlines` besides LF
_OTHER_BREAKS = re.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _line_bounds(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """The offsets where lines start and where their text ends (before the break), as `str.splitlines`
    breaks them (the text's end ends a line too); a text of LF breaks only by one search."""
    if not _OTHER_BREAKS.search(text):
        breaks = [m.start() for m in re.finditer("\n", text)]
        return frozenset([0, *(b + 1 for b in breaks)]), frozenset([*breaks, len(text)])
    firsts, lasts, at = [0], [], 0
    for line in text.splitlines(keepends=True):
        lasts.append(at + len(line.splitlines()[0]))
        at += len(line)
        firsts.append(at)
    return frozenset(firsts), frozenset([*lasts, len(text)])


def _brief(text: str) -> str:
    """A span's text, cut to 40 characters, for a message."""
    return repr(text if len(text) <= 40 else text[:37] + "...")


#: quotation marks that a direct quote's content leaves out, at either end; at its start also the
#: opening single marks (at its end a single mark may be an apostrophe: `the allies’`)
_QUOTE_MARKS = frozenset('"\u201c\u201d\u00ab\u00bb\u201e\uff02\u301d\u301e\u301f\u2039\u203a')
_OPENING_MARKS = _QUOTE_MARKS | frozenset("\u2018\u201a")
#: what ends a sentence where an indirect quote's content must stop before it
_FINAL_STOPS = frozenset({".", "\u2026", "..."})


@rule("V251", "quote-content-edges", "a direct quote's content takes in its quotation marks, or an indirect "
      "one its sentence-final period", "move the content's ends inside the marks, or before the period")
def quote_content_edges(ctx: DocContext) -> Iterator[Hit]:
    """`content` of a direct quote is the words inside the marks, without them; of an indirect quote the
    reported clause, without the sentence-final period (docs/guidelines.md, Quotations): a mark or
    period inside makes quote-level evaluation count a token that no system should. `mixed` keeps the
    marks of its quoted fragment. Read on the tokens at the content's ends. An indirect quote whose content is
    a quoted passage (`said “we will win.”`) has the wrong kind, not the wrong ends: V252's."""
    view, texts = ctx.view, ctx.view.token_texts
    for i, q in enumerate(ctx.doc.quotes):
        if not q.content or q.kind == "mixed":
            continue
        first, _ = view.token_range(q.content[0].start, q.content[0].end)
        _, end = view.token_range(q.content[-1].start, q.content[-1].end)
        if not 0 <= first < end <= len(texts):
            continue
        edges = (texts[first], texts[end - 1])
        if _edges_wrong(q.kind, edges, texts[end - 2] if end - 2 >= first else "", ctx.text or "",
                        q.content[0].start) and not _kind_against_marks(ctx.text, q):
            yield Hit(pointer("quotes", i, "content"), q.id, f"{q.kind} content runs from {edges[0]!r} to {edges[1]!r}")


def _edges_wrong(kind: str, edges: tuple[str, str], before_last: str, text: str, start: int) -> bool:
    """Whether a quote's content takes in a mark (direct) or its final stop (indirect). A direct quote
    nested in single marks (`‘“Sacred” is the word,’ Kim said`) starts with its inner double mark; the
    period of an abbreviation split off its letters (`10 a.m.`, tokens `a.m` `.`) is no final stop."""
    if kind == "direct":
        nested = edges[0] in _QUOTE_MARKS and text[start - 1:start] in ("\u2018", "'")
        return (edges[0] in _OPENING_MARKS and not nested) or edges[1] in _QUOTE_MARKS
    return edges[1] in _FINAL_STOPS and not (edges[1] == "." and "." in before_last)


#: zones whose lines are no one's words: credits, dates and the publisher's furniture
_FURNITURE = frozenset({"boilerplate", "byline", "dateline"})
#: zones where quoted words without a cue are the writer's scare quotes, not a quotation
_TITLES = frozenset({"headline", "subheading"})


@rule("V262", "quote-content-zone", "a quote's content lies in a byline, dateline or boilerplate zone, or, "
      "without a cue, in a headline or subheading",
      "keep the content on the words said: never a credit, date or furniture line; a headline's scare quote "
      "('Sacred') without a cue is no quotation (remove the quote)")
def quote_content_zone(ctx: DocContext) -> Iterator[Hit]:
    """A quote's content is someone's words, reported in the article (docs/guidelines.md, Quotations and
    Zones): a byline (`(Reporting by ...)`), a dateline or boilerplate (`Read More: ...`, `ADVERTISEMENT`)
    is the publisher's furniture, never an utterance, and a quoted word in a headline or subheading
    without a cue is a scare quote (`'Sacred'`, `‘begging’`), not a quotation. A fragment that reaches
    into such a zone is reported (a content cut past its paragraph into the byline too). Judged only on
    zones in text order (V220's otherwise); every quote of release 1 lies in body zones."""
    starts, ends = ctx.view.column("zones", "start"), ctx.view.column("zones", "end")
    kinds = ctx.view.column("zones", "kind")
    if not ctx.doc.quotes or set(kinds) <= {"body"} or not all(map(operator.le, ends[:-1], starts[1:])):
        return
    for i, q in enumerate(ctx.doc.quotes):
        wrong = _FURNITURE if q.cue is not None else _FURNITURE | _TITLES
        for j, s in enumerate(q.content):
            # the zones the fragment overlaps: from the first that ends after its start to the last that
            # starts before its end
            found = {kinds[k] for k in range(bisect.bisect_right(ends, s.start), bisect.bisect_left(starts, s.end))}
            if found & wrong:
                yield Hit(pointer("quotes", i, "content", j), [s.start, s.end],
                          f"{q.id}'s content {_brief(s.text)} lies in a {'/'.join(sorted(found & wrong))} zone"
                          + ("" if q.cue is not None else " and the quote has no cue"))
                break


@rule("V263", "quote-fragments-apart", "two consecutive content fragments of a quote lie more than a sentence "
      "apart, in different paragraphs",
      "give the far words a quote of their own (with their own cue), or remove the stray fragment")
def quote_fragments_apart(ctx: DocContext) -> Iterator[Hit]:
    """Several content fragments continue one utterance around its attribution (docs/guidelines.md,
    Quotations: `“...,” Kirby said. “...”`): each fragment follows the one before it in the same
    sentence, the next, or after one sentence between them (the attribution), or in the same paragraph
    (the tokenizer may end a sentence at an abbreviation, as V246 allows). A fragment further away is
    another utterance or a slipped span, which V246 does not see (it reads the first and last fragment
    only). Every interrupted quote of release 1 has its fragments at most one sentence apart. Fragments
    are taken in text order (their listed order is V239's); not judged on zones out of order (V220's)."""
    view = ctx.view
    several = [i for i, content in enumerate(view.column("quotes", "content")) if len(content) > 1]
    if not several:
        return
    starts, ends = view.column("zones", "start"), view.column("zones", "end")
    if not all(map(operator.le, ends[:-1], starts[1:])):
        return
    zone_of = partial(bisect.bisect_right, starts)
    for i in several:
        q = ctx.doc.quotes[i]
        order = sorted(range(len(q.content)), key=lambda j: (q.content[j].start, q.content[j].end))
        for before, after in pairwise(order):
            a, b = q.content[before], q.content[after]
            last, first = view.sentence_of(a.end - 1), view.sentence_of(b.start)
            if first - last > 2 and not (starts and zone_of(a.end - 1) == zone_of(b.start)):
                yield Hit(pointer("quotes", i, "content", after), _brief(b.text),
                          f"{q.id}'s fragment {_brief(b.text)} is in sentence {first}, the fragment before it "
                          f"ends in sentence {last}")


@rule("V264", "cue-overlaps-speaker", "a quote's cue overlaps its speaker mention",
      "set the cue to the reporting word or phrase (`said`, `according to`), beside the speaker, not over it")
def cue_overlaps_speaker(ctx: DocContext) -> Iterator[Hit]:
    """The cue is the reporting word or phrase and the speaker the mention of who speaks
    (docs/guidelines.md, Quotations: `[Matthew Miller] [said]`): a cue over the speaker's name is the
    speaker marked twice, and the speech act is left unmarked. A missing speaker is V209's."""
    view = ctx.view
    for i, q in enumerate(ctx.doc.quotes):
        said = view.mention_span(q.speaker) if q.cue is not None else None
        if said is not None and q.cue is not None and q.cue.start < said[1] and said[0] < q.cue.end:
            yield Hit(pointer("quotes", i, "cue"), [q.cue.start, q.cue.end],
                      f"cue {q.cue.text!r} overlaps the speaker {q.speaker} [{said[0]}, {said[1]})")
#: every quotation mark, double or single, either way round (a single one may be an apostrophe: it is read as a
#: mark only where it stands beside a content's edge, or not between two letters)
_ANY_MARKS = _QUOTE_MARKS | frozenset("\u2018\u2019\u201a\u201b'")
#: what a convention may leave between a direct quote's content and its mark: a final stop or comma outside the
#: marks (`“... win”.`), a dash or ellipsis, a bracket; never a space (`... said. “We` is another quote's mark)
_BESIDE_MARK = frozenset(".,;:!?\u2026-\u2013\u2014()[]")
#: a quotation mark inside a mixed quote's content: any double mark, an opening single mark, or a plain or
#: curly apostrophe that is not inside a word (`‘begging’`, `'begging'`; not `Kim’s`)
_MARK_INSIDE = re.compile("[" + "".join(sorted(_QUOTE_MARKS)) + "\u2018\u201a\u201b]"
                          "|(?<!\\w)['\u2019]|['\u2019](?!\\w)")


@rule("V252", "quote-kind-against-marks", "a quote's kind contradicts the quotation marks of its content",
      "set the kind the marks show (direct: the words inside the marks; indirect: reported speech without them; "
      "mixed: a reported clause with a quoted fragment inside; docs/guidelines.md, Quotations), or move a direct "
      "quote's ends to its marks")
def quote_kind_against_marks(ctx: DocContext) -> Iterator[Hit]:
    """The kind says whose words a quote's content is (docs/guidelines.md, Quotations), and the marks show it: a
    `direct` quote is the words inside quote marks, so a mark stands before its first fragment and after its
    last (past a comma or stop that the convention leaves outside, or a nested single mark; the fragments of an
    utterance interrupted by `he said` are read at the utterance's two ends); an `indirect` quote whose content
    sits exactly between two marks, or is wrapped in them, is a direct one; a `mixed` quote's content holds its
    quoted fragment's marks, so one without any is indirect. The statistics (quotes by kind, attribution by kind)
    and the `quotes` config of every export carry the kind as a label. A direct content that takes in its own
    marks is V251's, and one outside the text V201's."""
    text = ctx.text
    for i, q in enumerate(ctx.doc.quotes):
        if not q.content:
            continue
        if q.kind == "mixed":
            if not _MARK_INSIDE.search("\x00".join(s.text for s in q.content)):
                yield Hit(pointer("quotes", i, "kind"), q.kind,
                          f"{q.id}: mixed content {_brief(q.content[0].text)} holds no quotation mark")
            continue
        start, end = q.content[0].start, q.content[-1].end
        if text is None or not 0 <= start < end <= len(text):
            continue
        if q.kind == "direct":
            marked = {"before": text[start] in _ANY_MARKS or _mark_beside(text, start - 1, -1),
                      "after": text[end - 1] in _ANY_MARKS or _mark_beside(text, end, 1)}
            missing = [side for side, found in marked.items() if not found]
            if missing:
                yield Hit(pointer("quotes", i, "kind"), q.kind, f"{q.id}: direct content {_brief(text[start:end])} "
                          f"has no quotation mark {' or '.join(missing)} it")
        elif _kind_against_marks(text, q):
            yield Hit(pointer("quotes", i, "kind"), q.kind,
                      f"{q.id}: indirect content {_brief(text[start:end])} is all inside quotation marks")


def _mark_beside(text: str, at: int, step: int) -> bool:
    """Whether a quotation mark stands at `at`, or past at most three characters of `_BESIDE_MARK` walking by
    `step` (-1 to the left, 1 to the right); the text's edge is no mark."""
    for here in range(at, at + 4 * step, step):
        if not 0 <= here < len(text) or text[here] not in _BESIDE_MARK:
            return 0 <= here < len(text) and text[here] in _ANY_MARKS
    return False


def _kind_against_marks(text: str | None, quote: Quote) -> bool:
    """Whether an indirect quote's content is one quoted passage (`_between_marks`)."""
    start, end = (quote.content[0].start, quote.content[-1].end) if quote.content else (0, 0)
    return quote.kind == "indirect" and text is not None and 0 <= start < end <= len(text) and \
        _between_marks(text, start, end)


def _between_marks(text: str, start: int, end: int) -> bool:
    """Whether the text [start, end) is one quoted passage: right between two marks (the closing one past a
    final comma or stop), or opening and closing with double marks of its own and none between them."""
    closes = text[end:end + 1] in _ANY_MARKS or (
        text[end:end + 1] in _FINAL_PUNCTUATION and text[end + 1:end + 2] in _ANY_MARKS)
    wrapped = end - start > 1 and text[start] in _OPENING_MARKS and text[end - 1] in _QUOTE_MARKS and \
        _QUOTE_MARKS.isdisjoint(text[start + 1:end - 1])
    return (text[start - 1:start] in _ANY_MARKS and closes) or wrapped


#: the punctuation that may close a quoted sentence inside or outside its mark
_FINAL_PUNCTUATION = frozenset(".,;:!?\u2026")
@rule("V265", "headline-misplaced", "a headline zone is not the article's title line: a second headline, or one "
      "after the body", "label the title line alone `headline`; a heading inside the article is a `subheading`, "
      "text after the title a body, byline or boilerplate zone")
def headline_misplaced(ctx: DocContext) -> Iterator[Hit]:
    """`headline` is the title line (docs/guidelines.md, Zones), so a document has at most one headline
    zone and it comes before every body zone: a second one, or one after a paragraph, is a paragraph or a
    heading given the title's label, and every consumer that drops or keeps the headline drops or keeps
    it too. A heading inside the article is a `subheading`. Zones out of order are V220's."""
    kinds = ctx.view.column("zones", "kind")
    if kinds.count("headline") == 0 or (kinds.count("headline") == 1 and (
            "body" not in kinds or kinds.index("headline") < kinds.index("body"))):
        return
    starts = ctx.view.column("zones", "start")
    if not all(map(operator.le, starts[:-1], starts[1:])):
        return  # V220's
    first = kinds.index("headline")
    body = kinds.index("body") if "body" in kinds else len(kinds)
    for i, (kind, z) in enumerate(zip(kinds, ctx.doc.zones, strict=True)):
        if kind == "headline" and (i != first or i > body):
            said = "after a body zone" if i > body else f"a second headline (the first is zone {first})"
            yield Hit(pointer("zones", i, "kind"), kind, f"{_brief(z.text)} is {said}")


@rule("V266", "sentence-across-zones", "a sentence runs from one zone into another",
      "end the sentence at its zone's end (a headline, byline or dateline is a sentence of its own)")
def sentence_across_zones(ctx: DocContext) -> Iterator[Hit]:
    """Zones are whole lines and sentences never run over a line break (docs/guidelines.md, Zones;
    `vostochny.model.tokenize` ends a sentence at every line break): a sentence that starts in one zone
    and ends in another joins the headline to the byline, or a paragraph to the next, in every sentence
    export and in the rules that read sentences (V217, V246). One exception, the zone guideline's: a
    dateline that opens the first paragraph's line (`SEOUL, South Korea (AP) — North Korean leader ...`)
    is read with the sentence that it opens. Zones out of order are V220's, sentences V214's."""
    view = ctx.view
    starts, ends = view.column("zones", "start"), view.column("zones", "end")
    if not starts or not all(map(operator.le, ends[:-1], starts[1:])):
        return
    firsts, lasts = view.column("sentences", "start"), view.column("sentences", "end")
    zone_of = partial(map, bisect.bisect_right, repeat(starts))
    if list(zone_of(firsts)) == list(zone_of(map(operator.sub, lasts, repeat(1)))):
        return
    zones, text = ctx.doc.zones, ctx.text or ""
    for i, s in enumerate(ctx.doc.sentences):
        first, last = bisect.bisect_right(starts, s.start), bisect.bisect_right(starts, s.end - 1)
        crossed = [k for k in range(max(first, 1), last) if not _dateline_opening(zones[k - 1], zones[k], text)]
        if crossed:
            k = crossed[0]
            yield Hit(pointer("sentences", i), [s.start, s.end], f"{_brief(s.text)} runs from {zones[k - 1].kind} "
                      f"{_brief(zones[k - 1].text)} into {zones[k].kind} {_brief(zones[k].text)}")


def _dateline_opening(before: Zone, after: Zone, text: str) -> bool:
    """Whether two zones are a dateline and the body zone that goes on in its line (the dateline prefix)."""
    gap = text[before.end:after.start]
    return before.kind == "dateline" and after.kind == "body" and not _OTHER_BREAKS.search(gap) and "\n" not in gap


#: the versions of this tokenizer whose output the stored token layer is held to, each with the characters
#: around which its tokens are not judged (1.0 kept a clitic after U+02BC in its word: `Putinʼs`)
_TOKENIZER_VERSIONS = {tokenize.VERSION: "", "1.0": "\u02bc"}
#: the two characters either side of a place where one token ends and the next starts without a space, that
#: one token of the tokenizer may hold: two letters or digits (`Join` `ed`; the tokenizer itself splits
#: `does` `n’t` and `Putin` `ʼs`), and the pieces of `U.S.`, `42.7`, `1,000`, `’s`, `n’t`, `...`, `--`
_MAYBE_SPLIT = re.compile(r"\w\w|[A-Z\d]\.|\.[A-Z\d.]|\d[.,:]|[.,:]\d|['\u2019\u02bc][srvldmt]|n['\u2019\u02bc]|--")
#: an abbreviation that the tokenizer keeps whole with its period before a space (`Mr.`), where it is followed
#: by no space, or split from its period
_ABBREVIATION = re.compile(r"(?:" + "|".join(tokenize.ABBREVIATIONS) + r")\.")
#: the tokens that an abbreviation makes, with its period or without (split from it)
_ABBREVIATED = frozenset(chain(tokenize.ABBREVIATIONS, (f"{a}." for a in tokenize.ABBREVIATIONS)))


@rule("V267", "tokens-not-tokenizer", "the token layer is not the recorded tokenizer's output with as many tokens "
      "corrected as tokenizer.corrections says", "re-make the tokens with the tokenizer (vostochny.model.tokenize), or "
      "record every token corrected by hand in tokenizer.corrections")
def tokens_not_tokenizer(ctx: DocContext) -> Iterator[Hit]:
    """The token layer is the recorded tokenizer's output (docs/guidelines.md: spans are held to the stored
    token layer, `vostochny.model.tokenize`), with `tokenizer.corrections` tokens corrected by hand: a word
    split in two (`Join` `ed`) or a word merged with its period (`information.`) that no one recorded moves
    mention and sentence boundaries silently, and a count of corrections larger than the tokens, or than the
    tokens that differ, records corrections that were not made. Where the layer is this tokenizer's (its name
    and a version it is held to), every run of text between spaces where a token may differ is tokenized
    again, alone as in the text (its tokens depend on nothing past the space after it), and the stored
    tokens it does not make are counted: runs where two tokens meet that one token could hold, and runs with
    a token of two or more characters not all letters or digits that the tokenizer does not make alone
    (`information.`; each such text is tried once); with corrections recorded, the whole layer is compared.
    Tokens that do not tile the text are V213's."""
    view, recorded, text = ctx.view, ctx.doc.tokenizer, ctx.text
    corrections = recorded.corrections
    if corrections > len(view.token_starts):
        yield Hit(pointer("tokenizer", "corrections"), corrections,
                  f"{corrections} corrections of {len(view.token_starts)} tokens")
        return
    skip = _TOKENIZER_VERSIONS.get(recorded.version)
    if recorded.name != tokenize.NAME or skip is None or text is None or not view.tokens_tile:
        return
    runs = _runs_of(text, [0]) if corrections else _runs_maybe_other(view, text)
    found = [hit for start, end in runs if not (skip and skip in text[start:end])
             for hit in _tokens_differing(view, text, start, end)]
    if len(found) > corrections:
        for index, said in found:
            yield Hit(pointer("tokens", index), list(ctx.doc.tokens[index]),
                      f"{said} ({len(found)} token(s) differ, {corrections} corrections recorded)")
    elif len(found) < corrections:
        yield Hit(pointer("tokenizer", "corrections"), corrections, f"{corrections} corrections recorded; "
                  f"{len(found)} token(s) differ from {tokenize.NAME} {recorded.version}'s")


def _runs_maybe_other(view: DocumentView, text: str) -> list[tuple[int, int]]:
    """The runs of text between spaces in which the stored tokens may differ from the tokenizer's: where two
    tokens meet without a space and one token could hold both (`_MAYBE_SPLIT`), where a token of two or
    more characters not all letters or digits is not one token alone (`_whole`), where an abbreviation
    and its period are (`Mr.`), and where an e-mail address or a U+02BC may be. Every other run is made of
    one-character tokens and words that meet punctuation, as the tokenizer makes them."""
    glued = list(view.start_set.intersection(view.end_set))  # offsets where two tokens meet without a space
    after, before = (_chars(text, offsets) for offsets in (glued, list(map((-1).__add__, glued))))
    pairs = list(map(operator.add, before, after))
    kinds = list(set(pairs))  # a few dozen kinds of pair: tried once each
    odd_pairs = set(compress(kinds, map(_MAYBE_SPLIT.fullmatch, kinds)))
    at = list(compress(glued, map(odd_pairs.__contains__, pairs))) if odd_pairs else []
    distinct: set[str] = set(view.token_texts)
    odd = distinct.difference(compress(distinct, map(str.isalnum, distinct)))
    merged = [t for t in odd if len(t) > 1 and not _whole(t)]
    if merged:
        at += compress(view.token_starts, map(merged.__contains__, view.token_texts))
    if not _ABBREVIATED.isdisjoint(distinct):
        at += (m.start() for m in _ABBREVIATION.finditer(text) if not text[m.start() - 1:m.start()].isalnum()
               and (m.end() - 1 in view.start_set or not text[m.end():m.end() + 1].isspace()))
    if "@" in text or "\u02bc" in text:
        at += (m.start() for m in re.finditer("[@\u02bc]", text))
    return _runs_of(text, at) if at else []


def _chars(text: str, offsets: Sequence[int]) -> Sequence[str]:
    """The characters of a text at the offsets (by one `itemgetter`, which gives no tuple of one)."""
    return itemgetter(*offsets)(text) if len(offsets) > 1 else [text[at] for at in offsets]


def _runs_of(text: str, offsets: Iterable[int]) -> list[tuple[int, int]]:
    """The runs of text between spaces that hold the offsets (all runs if `[0]` ... one of each); with `[0]`
    alone and no other offset, every run of the text."""
    offsets = sorted(set(offsets))
    if offsets == [0]:
        return [m.span() for m in _NON_SPACE.finditer(text)]
    runs: list[tuple[int, int]] = []
    for offset in offsets:
        if runs and offset < runs[-1][1]:
            continue
        start = offset
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        found = _NON_SPACE.match(text, start)
        runs.append(found.span() if found else (offset, offset + 1))
    return runs


_NON_SPACE = re.compile(r"\S+")


def _tokens_differing(view: DocumentView, text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The stored tokens of a run of text between spaces (the index of each, and what the tokenizer makes
    there) that the tokenizer does not make: the run tokenized alone, a space after it unless it ends the text."""
    first, last = view.token_range(start, end)
    cuts = tuple(map((-start).__add__, view.token_ends[first:last]))
    run = text[start:end]
    made = _made(run, end == len(text))
    if cuts == tuple(b for _, b in made):
        return []
    theirs = " ".join(repr(run[a:b]) for a, b in made)
    stored = zip((0, *cuts[:-1]), cuts, strict=True)
    return [(first + k, f"{run[a:b]!r} is not a token {tokenize.NAME} makes: it makes {theirs}")
            for k, (a, b) in enumerate(stored) if (a, b) not in made]


@lru_cache(maxsize=4096)
def _made(run: str, last: bool) -> tuple[tuple[int, int], ...]:
    """The tokens the tokenizer makes of a run of text between spaces (a space after it unless it ends the text)."""
    return tuple(tokenize.tokens(run if last else run + " "))


@lru_cache(maxsize=4096)
def _whole(token: str) -> bool:
    """Whether the tokenizer makes one token of a text alone (a space after it)."""
    return tokenize.tokens(token + " ") == [(0, len(token))]


@rule("V236", "attribution-not-annotated", "a quote's attribution type is not annotated",
      "set attribution: speech, writing, thought or evidence (docs/guidelines.md, Attribution types)",
      severity="warning")
def attribution_not_annotated(ctx: DocContext) -> Iterator[Hit]:
    """A said, a wrote, a feared and an according-to-photos are different kinds of source: a quote
    without its attribution type (schema 1.3.0 and earlier) lumps them together. A warning, like V235."""
    for i, q in enumerate(ctx.doc.quotes):
        if q.attribution is None:
            yield Hit(pointer("quotes", i), q.id, f"{q.kind}, cue {q.cue.text if q.cue else None!r}")


def _wordless(text: str) -> bool:
    """No letter or digit in `text` (`str.isalnum` on each character: any script's letters and digits)."""
    return not any(map(str.isalnum, text))


def _words_at(text: str, starts: Sequence[int]) -> bool:
    """Whether the raw text has a letter or digit at each of `starts`, with one `itemgetter` call, not a
    call per span: then every span that starts there and holds the raw text has a word. False for an
    offset past the end (the walk sorts it out)."""
    try:
        return not starts or "".join(operator.itemgetter(*starts)(text)).isalnum()
    except IndexError:
        return False


def _spans_to_word(doc: Document) -> Iterator[tuple[tuple[str | int, ...], str, Span]]:
    """(path, what it is, span) of every mention and quote cue."""
    for i, m in enumerate(doc.mentions):
        yield ("mentions", i), m.id, m
    for i, q in enumerate(doc.quotes):
        if q.cue is not None:
            yield ("quotes", i, "cue"), f"the cue of {q.id}", q.cue


@rule("V237", "span-without-word", "a mention, quote cue or quote content fragment has no letter or digit",
      "move the offsets onto the words it stands for, or remove it (docs/guidelines.md, Mentions and Quotations)")
def span_without_word(ctx: DocContext) -> Iterator[Hit]:
    """A mention names its referent in words, a cue is the reporting word or phrase, and a quote's content
    is words said (docs/guidelines.md, sections 2 and 4): a span over punctuation alone (`,`, `—`, a quote
    mark) is a slipped offset or a tool's mistake, yet it counts as a mention or a quote in every figure
    and export. Content keeps the punctuation inside the marks (`We will win,`), but a fragment of
    punctuation alone reports nothing. Letters and digits of any script count (`str.isalnum`). Judged only
    where the recorded text is the raw text at its offsets: a span outside the text is V201's, one whose
    text differs V202's, and none is judged without a raw text (V204's)."""
    text, view = ctx.text, ctx.view
    if text is None:
        return
    cues = [c.start for c in view.column("quotes", "cue") if c is not None]
    fragments = [s.start for content in view.column("quotes", "content") for s in content]
    if _words_at(text, view.column("mentions", "start")) and _words_at(text, cues) and _words_at(text, fragments):
        return
    for path, what, s in chain(_spans_to_word(ctx.doc), _fragments(ctx.doc)):
        if _in_range(s.start, s.end, len(text)) and text[s.start:s.end] == s.text and _wordless(s.text):
            yield Hit(pointer(*path), s.text, f"{what} {s.text!r} [{s.start}, {s.end})")


def _fragments(doc: Document) -> Iterator[tuple[tuple[str | int, ...], str, Span]]:
    """(path, what it is, span) of every quote content fragment."""
    for i, q in enumerate(doc.quotes):
        for j, s in enumerate(q.content):
            yield ("quotes", i, "content", j), f"a content fragment of {q.id}", s


@rule("V238", "symmetric-relation-order", "a symmetric relation's head comes after its tail in the text",
      "swap head and tail: a symmetric relation (MEETS) has the first mention in the text as its head")
def symmetric_relation_order(ctx: DocContext) -> Iterator[Hit]:
    """A symmetric relation (`labels.SYMMETRIC_RELATIONS`) holds either way round, so it is annotated
    once, head the first mention in the text (docs/guidelines.md, Relations): either order would do, and
    two annotators, or a system and the gold, would then disagree on nothing. Mentions that start
    together are not judged; a relation that another repeats the other way round is V223's, and
    one whose arguments lie in two sentences V217's (its mentions are to be picked again first)."""
    view, relations = ctx.view, ctx.doc.relations
    symmetric = [i for i, kind in enumerate(view.column("relations", "type")) if kind in SYMMETRIC_RELATIONS]
    spans = [(view.mention_span(relations[i].head), view.mention_span(relations[i].tail)) for i in symmetric]
    late = [i for i, (head, tail) in zip(symmetric, spans, strict=True) if head and tail and head[0] > tail[0]]
    copies = set(chain.from_iterable(_repeats(_relation_keys(view)))) if late else set()
    sentence = view.mention_sentence
    for i in late:
        r = relations[i]
        if i not in copies and sentence[r.head] == sentence[r.tail]:
            yield Hit(pointer("relations", i), r.id, f"{r.type} head {r.head} starts after tail {r.tail}")


def _relation_entities(view: DocumentView) -> list[tuple[str, str] | None]:
    """The entities of each relation's head and tail; None where an argument is no mention (V209's) or
    both are one entity (V222's)."""
    mentions = view.mentions
    found: list[tuple[str, str] | None] = []
    for head, tail in zip(view.column("relations", "head"), view.column("relations", "tail"), strict=True):
        h, t = mentions.get(head), mentions.get(tail)
        found.append((h.entity, t.entity) if h is not None and t is not None and h.entity != t.entity else None)
    return found


@rule("V258", "relation-reversed", "a containment relation is stated both ways round between two entities",
      "keep the direction the text states: the part or the place inside is the head (docs/guidelines.md, Relations)")
def relation_reversed(ctx: DocContext) -> Iterator[Hit]:
    """PART_OF and LOCATED_IN are containment (`labels.ANTISYMMETRIC_RELATIONS`): `[Seoul], [South Korea]` is
    LOCATED_IN(Seoul, South Korea), and a part never contains its whole, so the same type between the same
    two entities the other way round, in any sentence of the document, is a head and tail swapped. The
    other directed types accept no entity type both as head and as tail (their reversal is V210's), or may
    hold both ways (TRAVELS_TO of two delegations). The later relation of the two is reported."""
    types = ctx.view.column("relations", "type")
    if ANTISYMMETRIC_RELATIONS.isdisjoint(types):
        return
    seen: dict[tuple[str, str, str], int] = {}
    relations = ctx.doc.relations
    for i, (kind, pair) in enumerate(zip(types, _relation_entities(ctx.view), strict=True)):
        if kind not in ANTISYMMETRIC_RELATIONS or pair is None:
            continue
        other = seen.get((kind, pair[1], pair[0]))
        if other is not None:
            r, first = relations[i], relations[other]
            yield Hit(pointer("relations", i), r.id, f"{kind} {r.head} -> {r.tail} reverses {first.id} "
                      f"({first.head} -> {first.tail}): entities {pair[0]} and {pair[1]}")
        seen.setdefault((kind, *pair), i)


@rule("V259", "relation-types-exclusive", "two relation types that exclude each other link the same two "
      "entities in one sentence", "keep the one the sentence states (docs/guidelines.md, Relations)")
def relation_types_exclusive(ctx: DocContext) -> Iterator[Hit]:
    """Some types exclude each other between one head and one tail in a sentence (`labels.EXCLUSIVE_RELATIONS`,
    docs/guidelines.md, Relations): a head of state or body is LEADER_OF it and an officer OFFICIAL_OF it, not
    both (hard case 23), and NATIONALITY is not used when either already links the pair; AFFILIATED_WITH is
    belonging without an office; a transfer is SUPPLIES(supplier, item) and RECEIVES(recipient, item), two
    parties, so one entity is not both for one item in one sentence. Keyed on the head's sentence, as V223
    is; the later relation of the two is reported."""
    view = ctx.view
    types = view.column("relations", "type")
    grouped = [i for i, kind in enumerate(types) if any(kind in group for group in EXCLUSIVE_RELATIONS)]
    if len(grouped) < 2:
        return
    pairs, sentence, relations = _relation_entities(view), view.mention_sentence, ctx.doc.relations
    seen: dict[tuple[str, str, int | None], list[int]] = {}
    for i in grouped:
        pair = pairs[i]
        if pair is None:
            continue
        earlier = seen.setdefault((*pair, sentence.get(relations[i].head)), [])
        clash = next((j for j in earlier if types[j] != types[i]
                      and any({types[i], types[j]} <= group for group in EXCLUSIVE_RELATIONS)), None)
        if clash is not None:
            r, first = relations[i], relations[clash]
            yield Hit(pointer("relations", i), r.id, f"{r.type} {r.head} -> {r.tail} beside {first.type} "
                      f"{first.id} ({first.head} -> {first.tail}) between the same entities")
        earlier.append(i)


def _negated(view: DocumentView, sentences: Iterable[int]) -> bool:
    """Whether a token of the sentences is a negation or denial word (`labels.NEGATION_WORDS`, or ends in n't);
    True where a sentence is missing (a broken sentence layer is V214's, and then nothing is judged)."""
    texts, doc_sentences = view.token_texts, view.doc.sentences
    for s in sentences:
        if not 0 <= s < len(doc_sentences):
            return True
        first, end = view.token_range(doc_sentences[s].start, doc_sentences[s].end)
        words = {t.lower().replace("\u2019", "'") for t in texts[first:end]}
        if not words.isdisjoint(NEGATION_WORDS) or any(w.endswith("n't") for w in words):
            return True
    return False


@rule("V260", "denied-without-negation", "a relation is `denied` but its sentence holds no negation or denial",
      "set the factuality the sentence gives (a title or apposition is `asserted`), or fix the relation's sentence "
      "(docs/guidelines.md, Factuality)")
def denied_without_negation(ctx: DocContext) -> Iterator[Hit]:
    """Negation of the relation itself (*did not meet*, *denied supplying*, *no weapons were transferred*)
    makes it `denied` (docs/guidelines.md, Factuality), and a relation is read in its own sentence: a
    `denied` relation whose sentence holds no negation or denial word (`labels.NEGATION_WORDS`, generous:
    *not*, *n't*, *no*, *never*, *without*, *deny*, *reject*, *dismiss*, *false*, ...) is mislabelled, as a
    title (`North Korean leader Kim Jong Un`) would be: it is `asserted`. The sentences of head and tail
    are read; the words are not checked to negate this relation (an error only where none is there)."""
    view = ctx.view
    if "denied" not in view.column("relations", "factuality"):
        return
    sentence = view.mention_sentence
    for i, r in enumerate(ctx.doc.relations):
        if r.factuality != "denied" or r.head not in sentence or r.tail not in sentence:
            continue
        if not _negated(view, range(min(sentence[r.head], sentence[r.tail]),
                                    max(sentence[r.head], sentence[r.tail]) + 1)):
            yield Hit(pointer("relations", i, "factuality"), r.factuality,
                      f"{r.id} {r.type} {r.head} -> {r.tail}: no negation or denial word in its sentence")


_WORDS = re.compile(r"\w+")


@rule("V261", "attribution-against-cue", "a quote's attribution type contradicts its cue",
      "set the type its cue gives: said, told, warned ... report an utterance (`speech`, or `writing` for a "
      "text); believe, think, fear ... a `thought` (docs/guidelines.md, Attribution types)")
def attribution_against_cue(ctx: DocContext) -> Iterator[Hit]:
    """The cue decides the attribution type where it can (docs/guidelines.md, Attribution types): *say,
    tell, warn, ask, add, note, argue, claim, predict, express* report an utterance, `speech` or `writing`
    (of a text), never a `thought` nor `evidence`, even when what is said is a feeling (hard case 52); *wonder,
    believe, think, fear, hope, expect, doubt, be worried or concerned* are a `thought`. The words are
    `labels.UTTERANCE_CUES` and `labels.THOUGHT_CUES`; a cue with words of both (`said he believes`) or of
    neither (`according to`, `showed`) is not judged, nor a quote without an attribution (V236's)."""
    for i, q in enumerate(ctx.doc.quotes):
        if q.cue is None or q.attribution is None:
            continue
        words = {w.lower() for w in _WORDS.findall(q.cue.text)}
        uttered, thought = not words.isdisjoint(UTTERANCE_CUES), not words.isdisjoint(THOUGHT_CUES)
        if uttered != thought and q.attribution in (("thought", "evidence") if uttered else
                                                    ("speech", "writing", "evidence")):
            yield Hit(pointer("quotes", i, "attribution"), q.attribution,
                      f"{q.id} cue {q.cue.text!r} reports {'an utterance' if uttered else 'a thought'}")


@rule("V322", "distinct-from-unknown", "an entity's distinct_from names no registry record",
      "fix the id (a record of annotations/entities.json), or remove it")
def distinct_from_unknown(ctx: DocContext) -> Iterator[Hit]:
    """`distinct_from` records a decision against registry records (V321): an id that names no record
    records nothing, and is usually a record renamed since (CHANGELOG.md lists the renames)."""
    if ctx.registry is None:
        return
    ids = _registry_types(ctx.registry).keys()
    for i, e in enumerate(ctx.doc.entities):
        for j, kb_id in enumerate(e.distinct_from):
            if kb_id not in ids:
                yield Hit(pointer("entities", i, "distinct_from", j), kb_id, f"{e.id}: {_no_record(kb_id, ids)}")


@rule("V323", "distinct-from-own-record", "an entity is marked distinct from the record it links to",
      "remove the record from distinct_from, or the kb_id if the entity is another referent")
def distinct_from_own_record(ctx: DocContext) -> Iterator[Hit]:
    """An entity cannot be the referent of a record and another one: one of the two decisions is wrong."""
    for i, e in enumerate(ctx.doc.entities):
        if e.kb_id is not None and e.kb_id in e.distinct_from:
            yield Hit(pointer("entities", i, "distinct_from", e.distinct_from.index(e.kb_id)), e.kb_id,
                      f"{e.id} links to {e.kb_id}")


@rule("V242", "named-entity-unlinked", "an entity with a name mention has no kb_id",
      "link the entity to its registry record (add the record to annotations/entities.json if there is none)",
      severity="warning")
def named_entity_unlinked(ctx: DocContext) -> Iterator[Hit]:
    """Every entity that has a name mention links to one record of the registry (docs/guidelines.md,
    Cross-document links): a named referent left unlinked is counted as a new one in every document
    it occurs in, and drops out of the cross-document layer. Generic groups and one-off nominal
    entities have no name mention, and stay unlinked. A warning, as a missing factuality (V235) is: the
    link is an annotation not yet made (a name drawn in brat, a system's predictions), not a wrong one."""
    view = ctx.view
    unlinked = {e for e, kb_id in zip(view.column("entities", "id"), view.column("entities", "kb_id"), strict=True)
                if kb_id is None}
    named = {e for e, kind in zip(view.column("mentions", "entity"), view.column("mentions", "kind"), strict=True)
             if kind == "name"}
    if unlinked.isdisjoint(named):
        return
    for i, e in enumerate(ctx.doc.entities):
        if e.kb_id is None and e.id in named:
            first = next(m.text for m in ctx.doc.mentions if m.entity == e.id and m.kind == "name")
            yield Hit(pointer("entities", i, "kb_id"), None, f"{e.id} {e.name!r} is named ({first!r})")


@rule("V244", "metonymy-not-gpe", "a mention marked metonymic does not belong to a GPE entity",
      "set metonymy to false, or join the mention to the state it stands for (a GPE)")
def metonymy_not_gpe(ctx: DocContext) -> Iterator[Hit]:
    """Metonymy is a place name standing for its state's government (`Moscow` for Russia): the mention
    joins the state's GPE entity, marked `metonymy: true` (docs/guidelines.md, Clustering). On a mention
    of a person, an organisation or anything else the mark says nothing true. A mention whose entity
    does not exist is V207's."""
    view = ctx.view
    if not any(view.column("mentions", "metonymy")):
        return
    for i, m in enumerate(ctx.doc.mentions):
        kind = view.mention_type.get(m.id)
        if m.metonymy and kind is not None and kind != "GPE":
            yield Hit(pointer("mentions", i, "metonymy"), True, f"{m.text!r} is a mention of a {kind}")


@rule("V245", "mention-inside-its-entity", "a mention lies inside another mention of its own entity",
      "remove the inner mention: the outer one already names the referent ([Vladimir Putin], not "
      "[Vladimir [Putin]])")
def mention_inside_its_entity(ctx: DocContext) -> Iterator[Hit]:
    """A referent is annotated once over the same words (docs/guidelines.md, Mentions: a title is not a
    second mention of the person it belongs to): an inner mention of the outer one's entity counts the
    referent twice for coreference and nests one tag inside its own in the bracketed exports. Nesting is
    for other referents (`[[North Korea]'s leader]`)."""
    view = ctx.view
    starts, ends, entities = (view.column("mentions", f) for f in ("start", "end", "entity"))
    for i, j in _nested_pairs(starts, ends):
        if entities[i] == entities[j] and (starts[i], ends[i]) != (starts[j], ends[j]):
            outer, inner = (i, j) if ends[i] - starts[i] >= ends[j] - starts[j] else (j, i)
            m, o = ctx.doc.mentions[inner], ctx.doc.mentions[outer]
            yield Hit(pointer("mentions", inner), m.id, f"{m.text!r} is inside {o.id} {o.text!r}, of {m.entity} too")


def _nested_pairs(starts: Sequence[int], ends: Sequence[int]) -> Iterator[tuple[int, int]]:
    """The pairs of spans (indices) of which one holds the other, from the spans in start order: only a
    span that a later one starts inside is walked (most spans hold none)."""
    in_order = all(map(operator.le, starts[:-1], starts[1:]))  # mentions in text order: no sort
    order: Sequence[int] = range(len(starts)) if in_order else sorted(range(len(starts)), key=starts.__getitem__)
    firsts, lasts = (starts, ends) if in_order else ([column[k] for k in order] for column in (starts, ends))
    for at in compress(range(len(order) - 1), map(operator.gt, lasts, firsts[1:])):  # the next starts inside
        k = order[at]
        for later in order[at + 1:bisect.bisect_left(firsts, ends[k], at + 1)]:
            if ends[later] <= ends[k] or (starts[later] == starts[k] and ends[later] >= ends[k]):
                yield k, later


@rule("V253", "name-marked-nominal", "a nominal or pronoun mention is a name of its entity's registry record",
      "set the mention's kind to name (a proper name or its short form: docs/guidelines.md, Mentions)")
def name_marked_nominal(ctx: DocContext) -> Iterator[Hit]:
    """A name is a name wherever it occurs (docs/guidelines.md, Mentions): `Vladimir Putin` marked `nominal`
    drops out of every name figure, the NER exports (names only become tags) and the name baselines, and
    hides a named entity left unlinked from V242, which reads name mentions. A mention is a name of its record
    when its text, case, spaces, apostrophe forms and a leading "the" aside, is an alias of the record (aliases
    are collected from name mentions) or the record's name written as a proper name (every word capitalised,
    or a digit, or a joining word: `Korean People's Army`, `South Korean Ministry of Unification`); a class or
    description record's name is a nominal's words (`artillery shells`, `Komsomolsk-on-Amur aircraft plant`).
    Only a text with a capital letter is read as a name (`the navy` is a nominal), and a pronoun written as one
    (`us`, `Us`; not `US`) is none: a personal pronoun marked nominal, or a word marked pronoun that is none, is
    V227's. Only the mentions with a capital are looked up (most nominals have none)."""
    if ctx.registry is None:
        return
    view = ctx.view
    names = _registry_names(ctx.registry)
    kinds, texts = view.column("mentions", "kind"), view.column("mentions", "text")
    # only nominals and pronouns not all in lower case can be names here (most are): the others are not read
    others = compress(range(len(texts)), map(operator.ne, kinds, repeat("name")))
    capitalised = [i for i in others if not texts[i].islower()]
    keys = _name_keys([texts[i] for i in capitalised])
    named = names.every.intersection(keys)
    for i, key in zip(capitalised, keys, strict=True) if named else ():
        m = ctx.doc.mentions[i]
        entity = view.entities.get(m.entity)
        kb_id = entity.kb_id if entity is not None else None
        if kb_id is None or key not in names.by_id.get(kb_id, ()) or not _capitalised(m.text):
            continue
        word = m.text.lower()
        if (m.kind == "pronoun" and word not in PRONOUNS) or (word in PRONOUNS and m.text in (word, word.capitalize())):
            continue  # V227 judges a pronoun mention that is no pronoun; a pronoun as written is none of a name
        yield Hit(pointer("mentions", i, "kind"), m.kind, f"{m.id} {m.text!r} is a name of {kb_id}")


class RegistryNames(NamedTuple):
    """The names of the registry's records as `_name_keys` gives them: of every record, and by record id."""

    every: frozenset[str]
    by_id: dict[str, frozenset[str]]


_REGISTRY_NAMES: dict[str, tuple[Registry, RegistryNames]] = {}


def _registry_names(registry: Registry) -> RegistryNames:
    """Each record's aliases and its name where written as a proper name (`_proper_name`), as keys; built once
    per registry, not per document."""
    cached = _REGISTRY_NAMES.get("last")
    if cached is None or cached[0] is not registry:
        by_id: dict[str, frozenset[str]] = {}
        for r in registry.entities:
            named = [*r.aliases, *([r.name] if _proper_name(r.name) else [])]
            by_id[r.id] = by_id.get(r.id, frozenset()) | frozenset(_name_keys(named))
        cached = _REGISTRY_NAMES["last"] = (registry, RegistryNames(frozenset(chain(*by_id.values())), by_id))
    return cached[1]


def _name_keys(texts: Sequence[str]) -> list[str]:
    """Names as they are compared, one per text, by C-speed calls on the texts joined: case folded, apostrophes
    one form, runs of white space one space, a leading "the" left out. A NUL inside a text is a space."""
    if not texts:
        return []
    joined = "\x00".join(texts)
    if joined.count("\x00") >= len(texts):  # a text holds the separator
        joined = "\x00".join(text.replace("\x00", " ") for text in texts)
    joined = " ".join(_APOSTROPHES.sub("'", joined.casefold()).split())
    return ("\x00" + joined).replace("\x00the ", "\x00")[1:].split("\x00")


#: lower-case words that join the capitalised words of a proper name (`Ministry of Unification`, `Institute for
#: National Security Strategy`, `Ludwig van Beethoven`)
_JOINING_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "upon", "da", "de", "del",
                            "der", "di", "do", "dos", "du", "la", "le", "van", "von", "y", "al", "bin", "ibn"})


def _proper_name(name: str) -> bool:
    """Whether a record's name is written as a proper name: each word holds a capital or a digit, or joins."""
    return all(word in _JOINING_WORDS or _written_as_name(word) for word in name.split())


def _written_as_name(word: str) -> bool:
    """Whether a word holds a capital (of any script) or a digit."""
    return any(c.isupper() or c.isdigit() for c in word)


def _capitalised(text: str) -> bool:
    """Whether a text, a leading "the" aside, holds a capital letter (of any script with case)."""
    return any(map(str.isupper, text[4:] if text[:4].casefold() == "the " else text))


@rule("V254", "name-without-capital", "a name mention has no capital letter and no digit",
      "a common-noun phrase is a nominal (`the leader`), a pronoun a pronoun; a name is written with a capital "
      "or a digit (docs/guidelines.md, Mentions)")
def name_without_capital(ctx: DocContext) -> Iterator[Hit]:
    """A name is a proper name, its short form or an abbreviation (docs/guidelines.md, Mentions), and English
    writes every one with a capital or a digit: a `name` all in lower case (`the leader`, `shells`) is a nominal
    miskinded, and is exported as an NER tag that no name system should predict. Only letters of scripts with
    case are judged (a name in Korean or Arabic has none); a personal pronoun marked name is V227's, a mention
    without a letter V237's."""
    view = ctx.view
    names = [text for kind, text in zip(view.column("mentions", "kind"), view.column("mentions", "text"), strict=True)
             if kind == "name"]
    if not any(map(str.islower, names)):  # no cased letter in upper case, and one in lower case at least
        return
    for i, m in enumerate(ctx.doc.mentions):
        if m.kind == "name" and m.text.islower() and m.text not in PERSONAL_PRONOUNS and _lower_case_only(m.text):
            yield Hit(pointer("mentions", i, "kind"), m.kind, f"{m.id} {m.text!r} has no capital and no digit")


def _lower_case_only(text: str) -> bool:
    """Whether every letter of a text is a lower-case letter and it holds no digit."""
    return not any(map(str.isdigit, text)) and all(c.islower() for c in text if c.isalpha())


@rule("V243", "distinct-from-misused", "a linked entity has a distinct_from, or it lists a record twice",
      "keep distinct_from on unlinked entities only (a linked entity is its record and nothing else), each "
      "record once")
def distinct_from_misused(ctx: DocContext) -> Iterator[Hit]:
    """`distinct_from` records that an unlinked entity was checked against a record and is another
    referent (docs/guidelines.md, "Checked and distinct"); everywhere else it is `[]`. On a linked entity
    it records nothing the link does not (its own record is V323's), and a record listed twice counts a
    check that was made once."""
    if not any(ctx.view.column("entities", "distinct_from")):
        return
    for i, e in enumerate(ctx.doc.entities):
        for j, kb_id in enumerate(e.distinct_from):
            if e.kb_id is not None and kb_id != e.kb_id:
                yield Hit(pointer("entities", i, "distinct_from", j), kb_id, f"{e.id} links to {e.kb_id}")
            elif kb_id in e.distinct_from[:j]:
                yield Hit(pointer("entities", i, "distinct_from", j), kb_id, f"{e.id} lists {kb_id} before")


_RECORD_NAMES: dict[str, tuple[Registry, RecordNames]] = {}


class RecordNames:
    """The registry's names and aliases (`_name_key`) with the records each names, and the texts looked up
    so far (a name recurs in every document: `Kim`, `Putin`), built once per registry, not per document."""

    def __init__(self, registry: Registry) -> None:
        found: dict[str, set[str]] = {}
        for r in registry.entities:
            for name in (r.name, *r.aliases):
                found.setdefault(_name_key(name), set()).add(r.id)
        self.by_key = {k: frozenset(v) for k, v in found.items()}
        self.by_text: dict[str, frozenset[str]] = {}

    def __call__(self, text: str) -> frozenset[str]:
        """The records that `text` names (none: an empty set)."""
        owners = self.by_text.get(text)
        if owners is None:
            owners = self.by_text[text] = self.by_key.get(_name_key(text), frozenset())
        return owners


def _record_names_of(registry: Registry) -> RecordNames:
    """`RecordNames` of `registry`, built once per registry (the last one is kept)."""
    cached = _RECORD_NAMES.get("last")
    if cached is None or cached[0] is not registry:
        cached = _RECORD_NAMES["last"] = (registry, RecordNames(registry))
    return cached[1]


def _linked(ctx: DocContext) -> dict[str, str]:
    """Entity id -> the registry record it links to, for the entities linked to a record that exists (the first
    entity of an id: V206 reports the second). Built once per view."""
    key = ("linked",)
    if key not in ctx.view.derived:
        types = _registry_types(ctx.registry) if ctx.registry is not None else {}
        ctx.view.derived[key] = {e: kb_id for e, kb_id in zip(reversed(ctx.view.column("entities", "id")),
                                                             reversed(ctx.view.column("entities", "kb_id")),
                                                             strict=True) if kb_id in types}
    return ctx.view.derived[key]  # type: ignore[no-any-return]


@rule("V255", "name-contradicts-link", "a name or a metonymy mark contradicts its entity's registry link",
      "move the mention to the entity of the record it names, or fix the kb_id or the entity's name; a capital "
      "standing for its state is marked metonymy: true, the state's own name never")
def name_contradicts_link(ctx: DocContext) -> Iterator[Hit]:
    """A name finds one referent: the registry's names and aliases are each one record's (V306), and the
    compiler takes every name mention as an alias of its entity's record (docs/guidelines.md, Cross-document
    links). So a `name` mention whose text (case, spaces and apostrophe forms aside) is a name of another record
    and none of its own record's is in the wrong entity, or its entity links the wrong record (`Kim Jong Un` in
    an entity linked to `vladimir-putin`; `Moscow` in the Russia entity without `metonymy: true`); likewise an
    entity `name` that names another record. Metonymy is the mention's (Clustering: a capital or city standing
    for its state's government), so a metonymic mention of a GPE may name another record, but never its own
    (`North Korea` of North Korea is no metonymy) nor a record that is not a place (`the Kremlin` is an ORG of
    its own). Misspelt names (hard case 21: `Kim Putin`, `Shogu`) name no record and are left alone; entities
    without a link (V242) or with a link to no record (V208) are not judged, nor a mention that copies another's
    span (V224)."""
    registry = ctx.registry
    if registry is None:
        return
    view = ctx.view
    linked = _linked(ctx)
    if not linked:
        return
    names, types = _record_names_of(registry), _registry_types(registry)
    for i, (name, kb_id) in enumerate(zip(view.column("entities", "name"), view.column("entities", "kb_id"),
                                          strict=True)):
        owners = names(name) if kb_id in types else frozenset()
        if owners and kb_id not in owners:
            yield Hit(pointer("entities", i, "name"), name,
                      f"{name!r} names {_records(owners)}; the entity links {kb_id}")
    kinds, metonymy = view.column("mentions", "kind"), view.column("mentions", "metonymy")
    entities, texts = view.column("mentions", "entity"), view.column("mentions", "text")
    items = tuple(zip(entities, texts, metonymy, strict=True))
    named = set(compress(items, map("name".__eq__, kinds)))
    if any(metonymy):
        named |= set(compress(items, metonymy))
    wrong = set()
    for entity, text, metonymic in named:
        kb_id = linked.get(entity)
        owners = names(text) if kb_id is not None else frozenset()
        if owners and ((kb_id in owners) == metonymic or (metonymic and not _places(owners, types))):
            wrong.add((entity, text, metonymic))
    for i in [i for i, item in enumerate(items) if item in wrong] if wrong else []:
        text, kb_id, owners = texts[i], linked[entities[i]], names(texts[i])
        if _is_copy(ctx, i):
            continue
        if not metonymy[i]:
            yield Hit(pointer("mentions", i), text, f"{text!r} names {_records(owners)}, not {entities[i]}'s {kb_id}")
        elif view.mention_type.get(ctx.doc.mentions[i].id) == "GPE":  # not a GPE: V244's
            said = f"is {kb_id}'s own name" if kb_id in owners else f"names {_records(owners)}, not a place"
            yield Hit(pointer("mentions", i, "metonymy"), True, f"{text!r} {said}")


def _places(owners: frozenset[str], types: dict[str, str]) -> bool:
    return any(types[o] == "GPE" for o in owners)


def _is_copy(ctx: DocContext, i: int) -> bool:
    """Whether mention i is the copy of an earlier mention's span (V224's: its entity is that rule's to judge)."""
    key = ("mention_copies",)
    if key not in ctx.view.derived:
        ctx.view.derived[key] = frozenset(i for i, _ in _copies(ctx, "mentions", "start", "end"))
    return i in ctx.view.derived[key]


def _records(ids: Iterable[str]) -> str:
    return " and ".join(sorted(ids))


_HE = frozenset({"he", "him", "his", "himself"})
_SHE = frozenset({"she", "her", "hers", "herself"})
_IT = frozenset({"it", "its", "itself"})
_THEY = frozenset({"they", "them", "their", "theirs", "themselves"})  # not "themself": singular by form
_AGREEING = _HE | _SHE | _IT | _THEY
_SHE_TYPES = frozenset({"PER", "VEH", "GPE"})  # a ship or a country may be "she" by tradition
_COORDINATION = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")
_COORDINATED = re.compile(r",|\s(?:and|&)\s")
_GROUP_DETERMINERS = ("the ", "both ")


@rule("V256", "mention-agreement", "a pronoun's gender or number, or a group mention, does not fit its entity",
      "move the mention to the entity it refers to (a group of people or of states is an entity of its own, "
      "without kb_id)")
def mention_agreement(ctx: DocContext) -> Iterator[Hit]:
    """A mention refers to its entity's referent, and pronouns agree with their referent in English
    (docs/guidelines.md, Clustering): `he`, `him`, `his`, `himself` are a person's (PER); `she` and `her` a
    person's, or a ship's or a country's by tradition; `it` and `its` are never a named person's (an entity
    linked to a PER record); `they`, `them`, `their` are a named person's neither where the entity is also
    `he` or `she` (no singular they for that person), nor where it has no name mention (a group linked to one
    of its members). A coordination of names of two records or more (`Kim and Putin`, `North Korea and
    Russia`) is a group entity of its own, never linked (Clustering; hard cases 13 and 45). An unlinked PER
    entity may be a group (`its members`), and is left alone for `it` and `they`."""
    view = ctx.view
    kinds, texts, entities = (view.column("mentions", f) for f in ("kind", "text", "entity"))
    linked = _linked(ctx)
    pronouns = [i for i in compress(range(len(kinds)), map("pronoun".__eq__, kinds)) if texts[i].lower() in _AGREEING]
    groups = [i for i in compress(range(len(kinds)), map(linked.__contains__, entities))
              if kinds[i] != "pronoun" and _COORDINATED.search(texts[i])]
    if not pronouns and not groups:
        return
    types = _registry_types(ctx.registry) if ctx.registry is not None else {}
    people = {e for e, kb_id in linked.items() if types.get(kb_id) == "PER"}
    retyped = {e for e, kind in zip(view.column("entities", "id"), view.column("entities", "type"), strict=True)
               if e in linked and types[linked[e]] != kind}  # its type or its link is wrong: V216's
    words = {i: texts[i].lower() for i in pronouns}
    gendered = {entities[i] for i in pronouns if words[i] in _HE or words[i] in _SHE}
    named = set(compress(entities, map("name".__eq__, kinds)))
    for i in pronouns:
        word, entity = words[i], entities[i]
        kind = view.mention_type.get(ctx.doc.mentions[i].id)
        if kind is None or entity in retyped:
            continue
        wrong = ((word in _HE and kind != "PER") or (word in _SHE and kind not in _SHE_TYPES)
                 or (word in _IT and entity in people)
                 or (word in _THEY and entity in people and (entity in gendered or entity not in named)))
        if wrong and not _is_copy(ctx, i):
            said = f"linked to {linked[entity]}" if entity in people else f"a {kind}"
            yield Hit(pointer("mentions", i, "entity"), entity, f"{texts[i]!r} of {entity}, {said}")
    if not groups or ctx.registry is None:
        return
    names = _record_names_of(ctx.registry)
    for i in groups:
        kb_id = linked[entities[i]]
        if kb_id in names(texts[i]):
            continue
        members = [names.by_key.get(_group_member(part)) for part in _COORDINATION.split(texts[i])]
        if len(members) > 1 and all(members) and len(frozenset().union(*filter(None, members))) > 1 \
                and not _is_copy(ctx, i):
            yield Hit(pointer("mentions", i, "entity"), entities[i],
                      f"{texts[i]!r} names {len(members)} referents; {entities[i]} links {kb_id}")


def _group_member(part: str) -> str:
    """A member of a coordination as names are compared (`_name_key`), without its article (`the United
    States`) or a leading `both`."""
    key = _name_key(part)
    for determiner in _GROUP_DETERMINERS:
        key = key.removeprefix(determiner)
    return key


@rule("V257", "pronoun-only-entity", "an entity has only pronoun mentions", "join the pronouns to the entity "
      "they refer to (a referent named elsewhere in the text), or keep the entity if the text never names it",
      severity="warning")
def pronoun_only_entity(ctx: DocContext) -> Iterator[Hit]:
    """All mentions of one referent in a document form one entity, names, nominals and pronouns alike
    (docs/guidelines.md, Clustering): a pronoun refers back to (or ahead to) words that name its referent, so
    an entity made of pronouns alone is usually a pronoun split off from the entity it refers to (`he`, of Kim
    Jong Un). A warning: a speaker never named (`“We will win,” a voice in the crowd said`, the voice not
    annotated) is possible."""
    view = ctx.view
    kinds, entities = view.column("mentions", "kind"), view.column("mentions", "entity")
    if "pronoun" not in kinds:
        return
    worded = set(compress(entities, map("pronoun".__ne__, kinds)))
    only = set(compress(entities, map("pronoun".__eq__, kinds))) - worded
    if not only:
        return
    for i, e in enumerate(ctx.doc.entities):
        if e.id in only:
            said = ", ".join(repr(m.text) for m in ctx.doc.mentions if m.entity == e.id)
            yield Hit(pointer("entities", i), e.id, f"{e.id} {e.name!r} is only {said}")


@rule("V301", "registry-duplicate-id", "a registry id is used twice", "merge or rename the records", scope="corpus")
def registry_duplicate(ctx: CorpusContext) -> Iterator[Hit]:
    """Registry ids are the corpus-wide identity of an entity: they must be unique."""
    seen: set[str] = set()
    for i, r in enumerate(ctx.registry.entities if ctx.registry else []):
        if r.id in seen:
            yield Hit(pointer("entities", i, "id"), r.id, f"{r.id!r} already used")
        seen.add(r.id)


@rule("V329", "registry-name-form", "a registry name or alias is not plain written text, or an alias repeats",
      "write names as plain text (single spaces, none at the ends, no invisible or compatibility characters); "
      "list each alias once, never the name itself", scope="corpus")
def registry_name_form(ctx: CorpusContext) -> Iterator[Hit]:
    """Records are found by their names and aliases (linking, V306, the card): a name with a trailing
    space, a line break, a zero-width space or a fullwidth letter is a second spelling that looks like
    the first (`name_flaw`), and an alias that repeats one before it, or the name, says nothing. Aliases
    that differ in case are kept: they record the forms the texts show (`SEOUL`)."""
    for i, r in enumerate(ctx.registry.entities if ctx.registry else []):
        if names_in_form([r.name, *r.aliases]) and len({r.name, *r.aliases}) == 1 + len(r.aliases):
            continue
        flaw = name_flaw(r.name)
        if flaw is not None:
            yield Hit(pointer("entities", i, "name"), r.name, f"{r.name!r}: {flaw}")
        for j, alias in enumerate(r.aliases):
            flaw = name_flaw(alias) or ("it is the name" if alias == r.name else
                                        "it is listed before" if alias in r.aliases[:j] else None)
            if flaw is not None:
                yield Hit(pointer("entities", i, "aliases", j), alias, f"{alias!r}: {flaw}")


@rule("V320", "registry-id-not-slug", "a registry id is not the slug of its record's name",
      "rename the id to the slug (in every kb_id too), or fix the name where it is the id that is right",
      scope="corpus")
def registry_id_not_slug(ctx: CorpusContext) -> Iterator[Hit]:
    """Ids are what users join on: derived from the canonical name by one rule (`vostochny.model.slugs`:
    lowercase ASCII, apostrophes and full stops deleted, other runs of non-alphanumerics one hyphen),
    an id can be predicted from the name, and a name that drifts from its id shows."""
    for i, r in enumerate(ctx.registry.entities if ctx.registry else []):
        expected = slug(r.name)
        if r.id != expected:
            yield Hit(pointer("entities", i, "id"), r.id, f"{r.id!r}, name {r.name!r} (slug {expected!r})")


@rule("V321", "recurring-referent-unlinked", "a nominal without kb_id has the words of a nominal linked elsewhere",
      "link its entity to that record if it is the same referent (guidelines, hard case 46); if it is not, "
      "list the record in the entity's distinct_from", scope="documents", severity="warning")
def recurring_referent_unlinked(ctx: CorpusContext) -> Iterator[Hit]:
    """A referent that recurs in the corpus is linked in every document where it occurs, by its nominals too
    (`a ruling party official` is the Workers' Party of Korea, as `the country's ruling party` is elsewhere).
    Found by words: a nominal of an unlinked entity whose words without determiner or possessor
    (`vostochny.checking.linking.nominal_key`) are those of a nominal linked to a record of the same type,
    in any document of the corpus (a file validated alone is compared with the others). Where the
    annotator has decided that the entity is another referent (`South Korea's military` is not the
    Korean People's Army), the record is in its `distinct_from` and is not reported again. Reads the
    documents' summaries, not the documents."""
    linked: dict[tuple[str, str], dict[str, str]] = {}  # (words, type) -> kb_id -> the first document linking it
    for doc_id, summary in sorted(ctx.nominals.items()):  # first by id: the checked ones may come first
        for key, kb_ids in summary.linked.items():
            for kb_id in sorted(kb_ids):
                linked.setdefault(key, {}).setdefault(kb_id, doc_id)
    for doc_id, summary in ctx.nominals.items():
        for n in summary.unlinked:
            records = sorted((kb_id, where) for kb_id, where in linked.get((n.key, n.type), {}).items()
                             if kb_id not in n.distinct_from)
            if records:
                found = ", ".join(f"{kb_id} (as in {where})" for kb_id, where in records)
                yield Hit(pointer("mentions", n.index), n.text,
                          f"{n.mention} {n.text!r} of {n.entity} (kb_id null): {n.key!r} is linked to {found}", doc_id)


@rule("V306", "registry-name-clash", "two registry records share a name or alias",
      "keep the name on the record it names; a capital is not an alias of its country (metonymy is the mention's)",
      scope="corpus")
def registry_name_clash(ctx: CorpusContext) -> Iterator[Hit]:
    """A name or alias finds one referent: shared by two records (case aside), it makes linking by
    name ambiguous, and is usually a metonymic use (Moscow for Russia) recorded as an alias."""
    records = ctx.registry.entities if ctx.registry else []
    owner: dict[str, str] = {}
    places = [(i, pointer("entities", i, "name"), r.name) for i, r in enumerate(records)]  # names first:
    # an alias clashing with a name is the alias's fault; of two aliases, the one that is not part of
    # its own record's name ("Putin" of Vladimir Putin) is at fault, whichever record comes first
    aliases = [(a.casefold() not in r.name.casefold(), i, j, a) for i, r in enumerate(records)
               for j, a in enumerate(r.aliases)]
    places += [(i, pointer("entities", i, "aliases", j), a) for _, i, j, a in sorted(aliases)]
    for i, where, name in places:
        first = owner.setdefault(name.casefold(), records[i].id)
        if first != records[i].id:
            yield Hit(where, name, f"{name!r} also names {first}")


def _verified(ctx: CorpusContext) -> Iterator[tuple[int, RegistryEntity, WikidataVerified]]:
    """(index, record, link) for every registry record with a verified Wikidata link."""
    for i, r in enumerate(ctx.registry.entities if ctx.registry else []):
        link = r.wikidata
        if link.status == "verified":  # a model or a mirror (whose tag is a class attribute)
            yield i, r, link


@rule("V307", "wikidata-qid-malformed", "a Wikidata QID is not Q and digits",
      "write the item id as Wikidata shows it (Q7747), not its URL, label or a property id (P31)", scope="corpus")
def wikidata_qid_malformed(ctx: CorpusContext) -> Iterator[Hit]:
    """A QID is what users join on with the knowledge base: a URL, a lowercase q, a leading zero or a
    property id joins with nothing, or with the wrong item."""
    for i, r, link in _verified(ctx):
        if not QID_PATTERN.fullmatch(link.qid):
            yield Hit(pointer("entities", i, "wikidata", "qid"), link.qid, f"{r.id}: {link.qid!r}")


@rule("V308", "wikidata-qid-shared", "two registry records have the same Wikidata QID",
      "merge the records if they are one referent; otherwise one of the QIDs is wrong: check its evidence",
      scope="corpus")
def wikidata_qid_shared(ctx: CorpusContext) -> Iterator[Hit]:
    """A Wikidata item is one referent, and so is a registry record: a QID on two records either splits
    one referent in two or links a record to another's item (Moscow's QID on Russia)."""
    owner: dict[str, str] = {}
    for i, r, link in _verified(ctx):
        first = owner.setdefault(link.qid, r.id)
        if first != r.id:
            yield Hit(pointer("entities", i, "wikidata", "qid"), link.qid, f"{link.qid} is also {first}'s")


@rule("V309", "wikidata-class-mismatch", "a record's entity type does not fit its Wikidata item's class",
      "fix the record's type, or the QID if the evidence shows another referent's item", scope="corpus")
def wikidata_class_mismatch(ctx: CorpusContext) -> Iterator[Hit]:
    """Where the evidence shows the item's class (a news agency, a country), it fixes the type: a GPE
    record linked to a news agency's item has the wrong item or the wrong type."""
    for i, r, link in _verified(ctx):
        fits = WIKIDATA_CLASS_TYPES.get(link.instance_of or "")
        if fits is not None and fits != r.type:
            yield Hit(pointer("entities", i, "type"), r.type, f"{r.id}: its item is a {link.instance_of} ({fits})")


@rule("V302", "registry-unused", "a registry record is used by no document",
      "remove the record, or link the entities that it stands for", scope="corpus", severity="warning")
def registry_unused(ctx: CorpusContext) -> Iterator[Hit]:
    """Every registry record names an entity of the corpus, or a channel of a quote link (a `via` kb_id,
    which V314 requires to be a record); checked only on a whole corpus."""
    if not ctx.whole:
        return
    used = ctx.kb_ids_used | {via.kb_id for link in _links(ctx) for via in link.via if via.kb_id is not None}
    for i, r in enumerate(ctx.registry.entities if ctx.registry else []):
        if r.id not in used:
            yield Hit(pointer("entities", i, "id"), r.id, f"{r.id} ({r.name})")


@rule("V303", "split-unknown-document", "a split lists a document that is not in the corpus",
      "remove the id from splits.json, or add the document", scope="splits")
def split_unknown(ctx: CorpusContext) -> Iterator[Hit]:
    """Splits name documents by id; an id without an annotation file is a typo or a leftover."""
    known = set(ctx.doc_ids)
    for name in SPLIT_NAMES:
        for i, doc_id in enumerate(getattr(ctx.splits, name)):
            if doc_id not in known:
                yield Hit(pointer(name, i), doc_id, _no_document(doc_id))


def _no_document(doc_id: str) -> str:
    """What to say of a document id without an annotation file: a corpus file's name (`agreement`) has
    a file, which is not a document."""
    name = f"annotations/{doc_id}.json"
    return f"{name} is a corpus file, not a document" if f"{doc_id}.json" in CORPUS_FILES else f"no {name}"


@rule("V305", "raw-without-document", "a raw text has no annotation file",
      "add annotations/ID.json (`vostochny new` makes one), or remove raw/ID.txt", scope="raw")
def raw_without_document(ctx: CorpusContext) -> Iterator[Hit]:
    """Every raw text belongs to a document: a text without its annotation file would ship in the
    package unannotated and in no split, and is usually an article whose annotations were not added."""
    known = set(ctx.doc_ids)
    for raw_id in ctx.raw_ids:
        if raw_id not in known:
            yield Hit("", raw_id, _no_document(raw_id))


@rule("V304", "split-coverage", "a document is in no split, or in more than one",
      "list every document in exactly one of train, validation, test", scope="splits")
def split_coverage(ctx: CorpusContext) -> Iterator[Hit]:
    """Every document is in exactly one split, so that no text leaks from training into test. A file
    validated alone: its document (the others' memberships are theirs)."""
    places: dict[str, list[str]] = {}  # each listed id's places, in file order
    for name in SPLIT_NAMES:
        for i, listed in enumerate(getattr(ctx.splits, name)):
            places.setdefault(listed, []).append(pointer(name, i))
    for doc_id in ctx.doc_ids if ctx.all_files else sorted(ctx.checked):
        found = places.get(doc_id, [])
        if len(found) != 1 and doc_id not in ctx.not_loaded:  # one that did not load has no known id
            # in two: at its second listing (the first is kept); in none: at the file
            yield Hit(found[1] if found else "", doc_id, f"{doc_id} is in {len(found)} splits"
                      + (f" ({', '.join(found)})" if found else ""))


@rule("V330", "split-empty", "a split lists no document while the corpus is split for evaluation",
      "move documents into it (no document in two splits, V304), as many as it needs to measure anything",
      scope="splits", severity="warning")
def split_empty(ctx: CorpusContext) -> Iterator[Hit]:
    """A split without documents cannot measure anything: a model is not evaluated on an empty test
    split, a dataset card must not list a split without rows (the `hf` export writes none), and a
    corpus with documents enough in the other splits has usually lost them by a move. A warning, not an
    error, because an honest corpus has empty splits: `vostochny new` lists each new document in train,
    so a fresh corpus is all train until it is split. Reported once the corpus is split (a document is
    listed in validation or test) and has as many documents as splits; checked on a whole corpus."""
    if ctx.splits is None or not ctx.all_files or len(set(ctx.doc_ids)) < len(SPLIT_NAMES):
        return
    sizes = {name: len(getattr(ctx.splits, name)) for name in SPLIT_NAMES}
    if sizes["validation"] or sizes["test"]:
        for name, size in sizes.items():
            if not size:
                yield Hit(pointer(name), [], f"{name} is empty; " + ", ".join(
                    f"{other} lists {n}" for other, n in sizes.items() if other != name))


def _links(ctx: CorpusContext) -> list[QuoteLink]:
    return ctx.quote_links.links if ctx.quote_links else []


def _missing_quote(ctx: CorpusContext, ref: QuoteRef) -> bool:
    """The document loaded and has no quote of that id (a document that did not load is not judged)."""
    return ref.document in ctx.quotes and ref.quote not in ctx.quotes[ref.document]


def _known(ctx: CorpusContext, ref: QuoteRef) -> bool:
    """The quote is in a document that was checked and loaded."""
    return ref.quote in ctx.quotes.get(ref.document, {})


def _judged(ctx: CorpusContext) -> tuple[list[tuple[int, QuoteLink]], set[graph.Node]]:
    """The links between known quotes of two documents (the graph rules read only these, so that one
    mistyped end is reported once, and a partial check says nothing of documents it did not read), and
    the known quotes that another link joins to an end that is wrong or was not read."""
    judged, loose = [], set()
    for i, link in enumerate(_links(ctx)):
        ends = [graph.end(r) for r in (link.a, link.b) if _known(ctx, r)]
        if len(ends) == 2 and link.a.document != link.b.document:
            judged.append((i, link))
        else:
            loose.update(ends)
    return judged, loose


@rule("V310", "quote-link-unknown-document", "a quote link names a document the corpus does not have",
      "fix the document id (the annotation file's name), or remove the link", scope="quote_links")
def quote_link_unknown_document(ctx: CorpusContext) -> Iterator[Hit]:
    """A link joins quotes of two documents of the corpus; an id without an annotation file is a typo or
    a document that was removed. Checked on a whole corpus only; a file that did not load still counts
    as its document."""
    known = set(ctx.doc_ids)
    for i, link in enumerate(_links(ctx) if ctx.all_files else []):
        for side, ref in (("a", link.a), ("b", link.b)):
            if ref.document not in known:
                yield Hit(pointer("links", i, side, "document"), ref.document,
                          f"{_no_document(ref.document)}{_did_you_mean(ref.document, known)}")


@rule("V311", "quote-link-unknown-quote", "a quote link names a quote its document does not have",
      "use the id of a quote in that document's `quotes` (ids change when a document is recompiled)",
      scope="quote_links")
def quote_link_unknown_quote(ctx: CorpusContext) -> Iterator[Hit]:
    """Quote ids are local to their document: a link to an id the document does not have points at
    nothing, or at another quote after the document was renumbered. Links into a document that did not
    load are not judged (its problems come first)."""
    for i, link in enumerate(_links(ctx)):
        for side, ref in (("a", link.a), ("b", link.b)):
            if _missing_quote(ctx, ref):
                have = ", ".join(sorted(ctx.quotes[ref.document])[:8]) or "none"
                yield Hit(pointer("links", i, side, "quote"), ref.quote,
                          f"{ref.document} has no quote {ref.quote!r} (its quotes: {have})")


@rule("V312", "quote-link-within-document", "a quote link joins two quotes of one document",
      "remove the link: one utterance reported twice in a document is one quote with several fragments, "
      "or the two are different utterances", scope="quote_links")
def quote_link_within_document(ctx: CorpusContext) -> Iterator[Hit]:
    """Links are between documents (guidelines, section 7): within a document, the quote layer already
    says what one utterance is."""
    for i, link in enumerate(_links(ctx)):
        if link.a.document == link.b.document:
            yield Hit(pointer("links", i), link.id, f"{graph.ref(link.a)} and {graph.ref(link.b)}")


@rule("V313", "quote-link-duplicate", "two quote links join the same two quotes",
      "remove the second link (the order of a and b does not matter); merge their via and notes",
      scope="quote_links")
def quote_link_duplicate(ctx: CorpusContext) -> Iterator[Hit]:
    """A pair of quotes is one link: a second one, in either order, counts the pair twice and may give
    it another wording."""
    first: dict[frozenset[graph.Node], str] = {}
    for i, link in enumerate(_links(ctx)):
        pair = graph.pair(link)
        if pair in first:
            yield Hit(pointer("links", i), link.id,
                      f"{graph.ref(link.a)} and {graph.ref(link.b)} are linked by {first[pair]} already")
        else:
            first[pair] = link.id


@rule("V314", "quote-link-via-kb-id", "a channel's kb_id is not in the registry",
      "add the record to annotations/entities.json, or fix the kb_id (null if the channel has none)",
      scope="quote_links")
def quote_link_via_kb_id(ctx: CorpusContext) -> Iterator[Hit]:
    """A channel's `kb_id` names a registry record (a news agency) as an entity's does; not checked
    while the registry does not load."""
    if ctx.registry is None:
        return
    ids = _registry_types(ctx.registry)
    for i, link in enumerate(_links(ctx)):
        for j, via in enumerate(link.via):
            if via.kb_id is not None and via.kb_id not in ids:
                yield Hit(pointer("links", i, "via", j, "kb_id"), via.kb_id, _no_record(via.kb_id, ids))


@rule("V315", "quote-link-chain-without-via", "a chain link names no channel",
      "list the channels in `via` (a news agency, a transcript, a translation), or choose another wording",
      scope="quote_links")
def quote_link_chain_without_via(ctx: CorpusContext) -> Iterator[Hit]:
    """`chain` says that the wordings differ because the reports went through different channels: the
    link must say which (guidelines, section 7)."""
    for i, link in enumerate(_links(ctx)):
        if link.wording == "chain" and not link.via:
            yield Hit(pointer("links", i, "via"), link.id,
                      f"{link.id}: {graph.ref(link.a)} and {graph.ref(link.b)}")


@rule("V316", "quote-link-duplicate-id", "a quote link id is used twice", "give each link its own id",
      scope="quote_links")
def quote_link_duplicate_id(ctx: CorpusContext) -> Iterator[Hit]:
    """A link is cited by its id (in notes, reviews and diffs). Ids that differ only in case (`L1`, `l1`)
    are one id (cited in prose, looked up by a reader that folds case, they name either link). A link
    that repeats an earlier one whole, id (case aside) and pair, is one mistake: V313 reports it."""
    first: dict[str, tuple[str, frozenset[graph.Node]]] = {}  # each id casefolded -> its first spelling, pair
    for i, link in enumerate(_links(ctx)):
        key = link.id.casefold()
        if key not in first:
            first[key] = (link.id, graph.pair(link))
        elif first[key][1] != graph.pair(link):
            yield Hit(pointer("links", i, "id"), link.id, _used_before(link.id, first[key][0]))


def _name_key(name: str) -> str:
    """A name as names are compared: case, runs of spaces and apostrophe forms aside."""
    return " ".join(_APOSTROPHES.sub("'", name.casefold()).split())


def _record_names(ctx: CorpusContext) -> dict[str, str]:
    """Each registry name and alias (`_name_key`) with its record's id (the first record of a shared name)."""
    found: dict[str, str] = {}
    for r in ctx.registry.entities if ctx.registry else []:
        for name in (r.name, *r.aliases):
            found.setdefault(_name_key(name), r.id)
    return found


@rule("V327", "quote-link-via-speaker", "a quote link names the speaker as its own channel",
      "remove the speaker from `via` (its own dispatch or statement is the utterance: guidelines, section 7)",
      scope="quote_links")
def quote_link_via_speaker(ctx: CorpusContext) -> Iterator[Hit]:
    """A channel passes someone else's words on: an agency or office whose own dispatch is the
    utterance is its speaker, not its channel. A channel is the speaker where its kb_id, or the record
    its name names (no kb_id: `Putin`), is the registry record of either linked quote's speaker (only
    quotes of documents that loaded are known)."""
    named = _record_names(ctx)
    for i, link in enumerate(_links(ctx)):
        speakers = {ctx.quotes.get(r.document, {}).get(r.quote) for r in (link.a, link.b)} - {None}
        for j, via in enumerate(link.via):
            if (via.kb_id or named.get(_name_key(via.name))) in speakers:
                yield Hit(pointer("links", i, "via", j), via.name, f"{via.name} ({via.kb_id}) speaks in {link.id}")


@rule("V328", "quote-link-via-repeated", "a quote link lists one channel twice",
      "list each channel once, in the order the words passed through them", scope="quote_links")
def quote_link_via_repeated(ctx: CorpusContext) -> Iterator[Hit]:
    """`via` counts the channels the words went through: one listed twice (the same registry record, by
    kb_id or by a name of it, or the same name, case and spaces aside) counts a channel that is not there."""
    named = _record_names(ctx)
    for i, link in enumerate(_links(ctx)):
        seen: set[str] = set()
        for j, via in enumerate(link.via):
            record = via.kb_id or named.get(_name_key(via.name))
            keys = {_name_key(via.name)} | ({record} if record is not None else set())
            if keys & seen:
                yield Hit(pointer("links", i, "via", j), via.name, f"{via.name} is listed before in {link.id}")
            seen |= keys


#: attributions that report no utterance: a quote link joins two reports of one utterance (V333)
_NOT_SAID = frozenset({"thought", "evidence"})
#: the words that two `partial` reports share at least, in a run: a phrase (`cooperate on sensitive areas`), not
#: a name or a function word that any two reports of the story share (fewer where a content has fewer)
PARTIAL_RUN = 3


@rule("V333", "quote-link-ends-unfit", "a quote link's wording does not fit the two quotes' words, or it links "
      "a thought or what a non-verbal source shows", "label `verbatim` only the same words and `partial` only "
      "reports that share a phrase (else `paraphrase`); remove a link to a thought or evidence (no utterance)",
      scope="quote_links")
def quote_link_ends_unfit(ctx: CorpusContext) -> Iterator[Hit]:
    """A link joins two reports of one utterance, labelled by how closely they keep its words
    (docs/guidelines.md, section 7): `verbatim` is the same words up to typography, case and punctuation
    (compared as `words`: the content fragments in order, case-folded, punctuation apart), and `partial`
    quotes the same words for part of it (a shared run of `PARTIAL_RUN` words, or the whole of a shorter
    content); two reports with no such words are a `paraphrase` or `chain`, which the wording of the
    reports cannot decide. An utterance is said or written: a `thought` (`Analysts believe`) or `evidence`
    (`according to photos`) quote reports none, and is linked to nothing. Judged on quotes of documents
    that loaded (an unknown quote is V311's)."""
    for i, link in enumerate(_links(ctx)):
        ends = [ctx.said.get(r.document, {}).get(r.quote) for r in (link.a, link.b)]
        for side, ref, said in zip(("a", "b"), (link.a, link.b), ends, strict=True):
            if said is not None and said.attribution in _NOT_SAID:
                yield Hit(pointer("links", i, side), graph.ref(ref),
                          f"{graph.ref(ref)} is a {said.attribution}, not an utterance ({link.id})")
        first, second = ends
        if first is None or second is None or not first.words or not second.words:
            continue
        if (link.wording == "verbatim" and first.words != second.words) or \
                (link.wording == "partial" and not _shared_run(first.words, second.words)):
            yield Hit(pointer("links", i, "wording"), link.wording, f"{link.id}: {graph.ref(link.a)} "
                      f"{_brief(' '.join(first.words))} and {graph.ref(link.b)} {_brief(' '.join(second.words))}")


def _shared_run(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether `a` and `b` share a run of `PARTIAL_RUN` words (of all the words of the shorter one, if fewer)."""
    n = min(PARTIAL_RUN, len(a), len(b))
    return not {a[k:k + n] for k in range(len(a) - n + 1)}.isdisjoint(b[k:k + n] for k in range(len(b) - n + 1))


@rule("V334", "quote-link-via-record", "a quote link's channel names another record than its kb_id, or a record "
      "that cannot pass words on", "set the kb_id to the record of the channel the name names (an agency, outlet, "
      "office or interpreter), or null for a channel without one (a translation)", scope="quote_links")
def quote_link_via_record(ctx: CorpusContext) -> Iterator[Hit]:
    """A channel is an intermediary that passed the speaker's words on (docs/guidelines.md, section 7): an
    agency or outlet, an office's transcript, an interpreter; its `name` is how the texts name it and its
    `kb_id` its registry record. The name must name that record: be its name or an alias, or hold one as
    whole words (`a Kremlin transcript`, record `kremlin`), compared as V306 compares names (case, spaces and
    apostrophe forms aside); `TASS` with the record of KCNA is one or the other mistyped. And the record
    must be of a type that speaks (`labels.SPEAKER_TYPES`: a person, an organisation, a government), as a
    speaker must (V218): a weapon class or a place passes no words on. A kb_id not in the registry is V314's."""
    records = {r.id: r for r in ctx.registry.entities} if ctx.registry else {}
    for i, link in enumerate(_links(ctx)):
        for j, via in enumerate(link.via):
            record = records.get(via.kb_id or "")
            if record is None:
                continue
            if record.type not in SPEAKER_TYPES:
                yield Hit(pointer("links", i, "via", j, "kb_id"), via.kb_id,
                          f"{via.kb_id} is a {record.type} record: not a channel ({link.id})")
            elif not _names_record(via.name, record):
                yield Hit(pointer("links", i, "via", j, "name"), via.name,
                          f"{via.name!r} is not a name of {via.kb_id} ({record.name!r}) ({link.id})")


def _names_record(name: str, record: RegistryEntity) -> bool:
    """Whether `name` is a name or alias of the record, or holds one as a run of whole words."""
    said = tuple(_name_key(name).split())
    for known in (record.name, *record.aliases):
        key = tuple(_name_key(known).split())
        if key and any(said[k:k + len(key)] == key for k in range(len(said) - len(key) + 1)):
            return True
    return False


@rule("V317", "quote-link-clique-incomplete", "two quotes linked through a third are not linked to each other",
      "link the two quotes too (every pair of reports of one utterance is linked), or remove the link that "
      "joins another utterance", scope="quote_links", severity="warning")
def quote_link_clique_incomplete(ctx: CorpusContext) -> Iterator[Hit]:
    """A link says two reports are of one utterance, so the reports of an utterance form a clique: with
    A-B and B-C linked, A-C is either missing or one of the two links joins another utterance. Read only
    on links between quotes of documents that loaded (a file validated alone is compared with the others
    too); not in a group that reaches two
    quotes of one document (V319 first), nor in one that a link with a wrong or unread end touches (the
    pair it misses may be that link). Reported at the last link of the path that joins the pair."""
    (sound, loose), links = _judged(ctx), _links(ctx)
    linked = {graph.pair(link) for _, link in sound}
    for component in graph.components(sound):
        if graph.shared_documents(component) or loose.intersection(component):
            continue
        for k, x in enumerate(component):
            for z in component[k + 1:]:
                if frozenset({x, z}) not in linked:
                    path = graph.route(sound, x, z)
                    yield Hit(pointer("links", path[-1]), links[path[-1]].id, f"{graph.name(x)} and "
                              f"{graph.name(z)} are linked through {graph.via(links, path)}, not to each other")


@rule("V318", "quote-link-speakers-differ", "the two linked quotes' speakers are different registry records",
      "check that the link is one utterance (same speaker, same occasion); if the speaker is one, fix the "
      "speaker mention or its entity's kb_id", scope="quote_links", severity="warning")
def quote_link_speakers_differ(ctx: CorpusContext) -> Iterator[Hit]:
    """Two reports of one utterance have one speaker: speakers linked to two registry records mean the
    link joins two utterances, or one speaker is annotated wrong. A warning, as an office may speak for
    its head (guidelines, section 7). Only speakers whose records are in the registry are compared (a
    dangling kb_id is V208's), and only on documents that loaded."""
    known = set(_registry_types(ctx.registry)) if ctx.registry else set()
    for i, link in _judged(ctx)[0]:
        kb_a, kb_b = (ctx.quotes.get(r.document, {}).get(r.quote) for r in (link.a, link.b))
        if kb_a in known and kb_b in known and kb_a != kb_b:
            yield Hit(pointer("links", i), link.id, f"{graph.ref(link.a)} is {kb_a}'s, {graph.ref(link.b)} is {kb_b}'s")


@rule("V319", "quote-link-same-document", "links join two quotes of one document into one utterance",
      "remove the link that joins another utterance; if the document reports the utterance twice, merge the "
      "two quotes into one (several content fragments)", scope="quote_links", severity="warning")
def quote_link_same_document(ctx: CorpusContext) -> Iterator[Hit]:
    """Links are transitive (one utterance, every report linked): a chain of them that reaches two
    quotes of one document says that the document reports the utterance twice, which its quote layer
    says with one quote (V312 for a direct link). Reported at the last link of the path between them."""
    (sound, _), links = _judged(ctx), _links(ctx)
    for component in graph.components(sound):
        for x, z in graph.shared_documents(component):
            path = graph.route(sound, x, z)
            yield Hit(pointer("links", path[-1]), links[path[-1]].id,
                      f"{graph.name(x)} and {graph.name(z)} are joined through {graph.via(links, path)}")


@rule("V324", "duplicate-text", "two documents have the same raw text",
      "remove one of the two (its annotation file, raw text and split entry), or give it the article it stands for",
      scope="documents")
def duplicate_text(ctx: CorpusContext) -> Iterator[Hit]:
    """One article is one document: the same text under two ids is counted twice in every figure, and in
    two splits it puts test data into training. Texts are compared normalised (`normal_digest`: whitespace
    runs one space, none at either end, NFC), so that a copy with a line break added or a text re-encoded
    is found too; only texts whose SHA-256 is the one their file records are compared (V203 reports the
    others). Another outlet's rewrite of an article is another text. The document whose id sorts later is
    reported, once per earlier twin (also when the earlier one alone is validated)."""
    first: dict[str, str] = {}
    for doc_id in sorted(ctx.texts):
        digest, normal = ctx.texts[doc_id][:2]
        if normal in first:
            twin = first[normal]
            alike = "" if ctx.texts[twin].sha256 == digest else " (but for whitespace or Unicode normalization)"
            yield Hit("/sha256", digest, f"{twin} has this text too{alike}", doc_id)
        else:
            first[normal] = doc_id


@rule("V332", "near-duplicate-text", "two documents have nearly the same raw text",
      "remove one of the two (its annotation file, raw text and split entry): a corrected or updated article "
      "replaces the one it corrects", scope="documents")
def near_duplicate_text(ctx: CorpusContext) -> Iterator[Hit]:
    """One article is one document also when a copy differs by a word, by case or by a paragraph: it is
    counted twice in every figure, and in two splits it puts test data into training. Texts are compared by
    their 5-word shingles, casefolded after NFKC (`text_sketch`): an estimated Jaccard similarity of 0.8 or
    more is one article. Other outlets' reports of one event share sentences and quotes, not their text:
    the five documents of the real corpus agree in 0.03 of their shingles at most (TIME and the top-officials
    rewrite), the synthetic benchmark corpus, whose documents recombine the real sentences, in 0.37 at most
    (2 000 documents). Texts that are one normalised (V324) are compared once, by the earliest id of them;
    only texts that V203 finds in order are compared. The document whose id sorts later is reported, once per
    earlier near-twin."""
    first: dict[str, str] = {}  # each normalised text -> the earliest id that has it (the others are V324's)
    for doc_id in sorted(ctx.texts):
        first.setdefault(ctx.texts[doc_id].normal, doc_id)
    sketches = {doc_id: ctx.texts[doc_id].sketch for doc_id in first.values()}
    for twin, doc_id, agree in near_duplicates(sketches):
        yield Hit("/sha256", ctx.texts[doc_id].sha256,
                  f"{twin} has nearly this text ({agree} of {SKETCH_BINS} sketch bins agree: about "
                  f"{agree * 100 // SKETCH_BINS}% of their 5-word sequences shared)", doc_id)


@rule("V325", "raw-text-changed-since-release", "the raw text of a released document is not the one released",
      "restore the raw file and its sha256/length as first committed and released (git checkout); raw files are "
      "never edited: a changed article is a new document", scope="documents")
def raw_text_changed_since_release(ctx: CorpusContext) -> Iterator[Hit]:
    """The raw text is never corrected (docs/guidelines.md): a released document's text is the article as
    received, and every offset users hold refers to it. V203 holds the recorded SHA-256 to the raw file;
    an edit that updates the checksum, length and every span with it passes V203. Where the corpus lies in a
    git work tree, the text is held to the version of `raw/ID.txt` that was first committed (its git blob id),
    whatever the release manifest says: a manifest is a file, edited or deleted with the text as easily, and a
    commit in the history is not. A text never committed is new. Without history (an installed package, a
    tarball, a shallow clone that does not reach the commit that added the file) the text is held to the SHA-256
    that the release manifest (`annotations/RELEASED.json`) records for `raw/ID.txt`; a document the manifest
    does not list is new, and a corpus without either has nothing to compare. Compares the texts that V203
    finds in order."""
    for doc_id, hashes in sorted(ctx.texts.items()):
        digest, blob = hashes.sha256, hashes.blob
        first = ctx.committed.get(doc_id)
        if first is not None:
            if blob != first.blob:
                yield Hit("/sha256", digest, f"raw/{doc_id}.txt is not the text first committed (in {first.short}, "
                          f"git blob {first.blob[:12]}; git show {first.short}:./raw/{doc_id}.txt)", doc_id)
            continue
        released = ctx.released.get(doc_id)
        if released is not None and released != digest:
            yield Hit("/sha256", digest, f"raw/{doc_id}.txt was released with SHA-256 {released}", doc_id)


@rule("V326", "release-manifest-changed", "the release manifest is missing, or records a raw text other than the "
      "one first committed", "restore annotations/RELEASED.json as committed (git checkout REV -- "
      "annotations/RELEASED.json); it is written by `vostochny release-manifest` only, never by hand", scope="release")
def release_manifest_changed(ctx: CorpusContext) -> Iterator[Hit]:
    """The release manifest is the record of the last release, which `check-version` classifies every change
    against; it must not be lost or rewritten to fit an edited text. Where the corpus lies in a git work tree:
    a manifest that was ever committed must still be there (a deleted one hid an edited text from V325 and
    let `release-manifest` record any version), and each SHA-256 it records for `raw/ID.txt` must be that of
    the text first committed. Compared where that is known: the text is its first committed version (then its
    SHA-256 is the document's), or the manifest records the text as edited since (V325 reports the text too).
    Whole-corpus validation only, as the manifest's own problems."""
    if not ctx.history:
        return
    if not ctx.manifest_present:
        if ctx.manifest_committed is not None:
            yield Hit("", None, f"it was committed (first in {ctx.manifest_committed.short}) and is not in the "
                      "working tree: the last release is unrecorded")
        return
    for doc_id, (digest, _, blob, _) in sorted(ctx.texts.items()):
        first, released = ctx.committed.get(doc_id), ctx.released.get(doc_id)
        if first is None or released is None:
            continue
        if blob == first.blob and released != digest:
            yield Hit(pointer("files", f"raw/{doc_id}.txt"), released,
                      f"raw/{doc_id}.txt was first committed (in {first.short}) with SHA-256 {digest}")
        elif blob != first.blob and released == digest:
            yield Hit(pointer("files", f"raw/{doc_id}.txt"), released,
                      f"it records raw/{doc_id}.txt as edited since its first commit in {first.short}")
