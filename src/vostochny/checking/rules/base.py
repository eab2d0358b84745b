"""What every rule module shares: the contexts the rules read (`DocContext`, `CorpusContext`), what they find
(`Hit`), the registry of rules (`rule`, `RULES`, in the order of `RUN_ORDER`), and the small helpers that rules of
several layers use (offsets in range, a span's text in a message, repeated keys, the quote links). Both contexts
reach the registry's one index (`registry_index`)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING, Final, Literal, TypeVar

from vostochny.checking.linking import LinkedNominals, Nominals, PackedNominals
from vostochny.checking.problems import Severity, declare
from vostochny.checking.rules.registry_index import RegistryIndex, index_of
from vostochny.checking.rules.texts import Said, TextHashes
from vostochny.model.tokenize import LINE_BREAKS
from vostochny.patterns import compiled
from vostochny.reading.view import DocumentView

if TYPE_CHECKING:
    from vostochny.checking.rules.containment import Contained
    from vostochny.checking.rules.metonyms import Metonym
    from vostochny.model.models import Document, QuoteLink, QuoteLinks, Registry, Splits
    from vostochny.reading.annotated import Annotated
    from vostochny.reading.evidence import Evidence
    from vostochny.reading.history import Checkout, FirstCommit
    from vostochny.reading.loader import ReleasedFile


class Hit:
    """What a rule found: where (JSON pointer), the offending value, and the specifics. A plain class, as are the
    other records of the validator's import path that no caller compares or copies: a dataclass `exec`s the source
    of its methods at every start (about 3 M instructions a class)."""

    __slots__ = ("detail", "document", "pointer", "value")

    def __init__(self, pointer: str, value: object, detail: str, document: str = "") -> None:
        self.pointer: Final = pointer
        self.value: Final = value
        self.detail: Final = detail
        self.document: Final = document  # rules of scope "documents": the id of the document whose file the hit is in


class DocContext:
    """What the document rules read: the document's view (raw text and indexes), the registry and
    the file name."""

    __slots__ = ("registry", "stem", "view")

    def __init__(self, view: DocumentView, registry: Registry | None, stem: str) -> None:
        self.view = view
        self.registry = registry
        self.stem = stem

    @property
    def registry_index(self) -> RegistryIndex | None:
        """The registry's lookups (None without a registry): one object for every document."""
        return None if self.registry is None else index_of(self.registry)

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


class CorpusContext:
    """What the corpus rules need: registry, splits, quote links, and per-document summaries (not documents).
    A rule of scope "corpus" points into the registry, "splits" into the splits, "raw" at a raw
    text, and "documents" into the file of the document its hit names (`Hit.document`). A plain class
    (`but` for a copy with other summaries): a dataclass `exec`s its methods' source at every start of `validate`,
    and imports `dataclasses`."""

    __slots__ = ("all_files", "annotated", "checked", "checkout", "committed", "contained", "doc_ids", "history",
                 "kb_ids_used", "linked_nominals", "manifest_committed", "manifest_present", "metonyms", "nominals",
                 "not_loaded", "offices", "quote_ids_clash", "quote_links", "quotes", "raw_ids", "records", "registry",
                 "release_documents", "release_files", "released", "said", "sources", "splits", "texts", "unstaged",
                 "whole", "wikidata_evidence")

    registry: Registry | None
    splits: Splits | None
    doc_ids: list[str]  # every document file present (a file that did not load is still present)
    kb_ids_used: set[str]
    whole: bool  # every document of the corpus was checked and loaded
    not_loaded: frozenset[str]  # file names of documents that did not load: id unknown
    raw_ids: list[str]  # texts in raw/ (listed for a whole corpus only)
    quote_links: QuoteLinks | None
    #: document id -> quote id -> its speaker's registry id (None: none), for each checked document that loaded
    quotes: dict[str, dict[str, str | None]]
    #: the checked documents in which a quote has an id another record has too (V206): no reference to their quotes
    #: resolves until ids are one a record each, and the links into them are not judged by id (V311)
    quote_ids_clash: frozenset[str]
    #: document id -> quote id -> its attribution and content words, for each checked document that loaded (V333)
    said: dict[str, dict[str, Said]]
    all_files: bool  # every document file of the corpus was checked (some may not have loaded)
    nominals: dict[str, Nominals | PackedNominals]  # document id -> its nominals (V321)
    #: the linked nominals of the checked documents, as one corpus map (`linking.NominalsPool.kept`: `nominals` then
    #: holds their unlinked ones; an other document's `Nominals` keeps its own linked ones) (V321)
    linked_nominals: LinkedNominals
    checked: frozenset[str]  # ids of the documents checked that loaded (narrowed: not every one)
    #: document id -> the registry records its entities link, for each document of a quote link that loaded (V391)
    records: dict[str, frozenset[str]]
    #: document id -> its raw text's hashes and sketch (V324, V325, V332)
    texts: dict[str, TextHashes]
    #: document id -> the seed file its text was received as (`meta.source_file`), for each document that loaded (V353)
    sources: dict[str, str]
    #: document id -> (person's record, its office's record) of its LEADER_OF, SPOKESPERSON_OF, OFFICIAL_OF and
    #: AFFILIATED_WITH relations between linked entities, for each document that loaded and has any (V318)
    offices: dict[str, frozenset[tuple[str, str]]]
    #: document id -> its PART_OF and LOCATED_IN relations between entities of two records, for each document that
    #: loaded and has any (V366)
    contained: dict[str, tuple[Contained, ...]]
    #: document id -> its metonymic name mentions in entities linked to a record, for each document that loaded and
    #: has any (V429)
    metonyms: dict[str, tuple[Metonym, ...]]
    #: document id -> the SHA-256 of its raw file that the release manifest records (annotations/RELEASED.json; V325)
    released: dict[str, str]
    #: whether git history was read (the corpus lies in a git work tree; `reading/history.py`) (V325, V326)
    history: bool
    #: document id -> the commit that first added `raw/ID.txt` and the blob it added (read from git history)
    committed: Mapping[str, FirstCommit]
    manifest_committed: FirstCommit | None  # the commit that first added annotations/RELEASED.json (V326)
    manifest_present: bool  # whether the corpus has annotations/RELEASED.json (V326)
    #: released document id -> the SHA-256 of its records file that the manifest lists (None: no manifest of
    #: format 2) (V335)
    release_documents: dict[str, str] | None
    #: each entry of annotations/released/ -> its SHA-256 and what is wrong with it as a records file (V335)
    release_files: dict[str, ReleasedFile]
    #: document id -> the texts `hydration.json` records (`reading.annotated`); {} in a corpus not hydrated (V269)
    annotated: dict[str, Annotated]
    #: registry id -> the status and QID that the corpus's Wikidata evidence file records of its link
    #: (`reading/evidence.py`; {} where the corpus has none) (V371)
    wikidata_evidence: dict[str, Evidence]
    #: the corpus files, named from the root, that the git index does not hold (`validate --staged` only) (V331)
    unstaged: dict[str, str]
    #: corpus file (named from the root) -> what git's attributes do to it on checkout, for those git may rewrite
    #: (V341, V342)
    checkout: dict[str, Checkout]

    def __init__(self, registry: Registry | None, splits: Splits | None, doc_ids: list[str], kb_ids_used: set[str],
                 whole: bool, not_loaded: frozenset[str] = frozenset(), raw_ids: list[str] | None = None,
                 quote_links: QuoteLinks | None = None, quotes: dict[str, dict[str, str | None]] | None = None,
                 quote_ids_clash: frozenset[str] = frozenset(), said: dict[str, dict[str, Said]] | None = None,
                 all_files: bool = False, nominals: dict[str, Nominals | PackedNominals] | None = None,
                 linked_nominals: LinkedNominals | None = None, checked: frozenset[str] = frozenset(),
                 records: dict[str, frozenset[str]] | None = None, texts: dict[str, TextHashes] | None = None,
                 sources: dict[str, str] | None = None, offices: dict[str, frozenset[tuple[str, str]]] | None = None,
                 contained: dict[str, tuple[Contained, ...]] | None = None,
                 metonyms: dict[str, tuple[Metonym, ...]] | None = None, released: dict[str, str] | None = None,
                 history: bool = False,
                 committed: Mapping[str, FirstCommit] | None = None, manifest_committed: FirstCommit | None = None,
                 manifest_present: bool = False, release_documents: dict[str, str] | None = None,
                 release_files: dict[str, ReleasedFile] | None = None, annotated: dict[str, Annotated] | None = None,
                 wikidata_evidence: dict[str, Evidence] | None = None, unstaged: dict[str, str] | None = None,
                 checkout: dict[str, Checkout] | None = None) -> None:
        self.registry = registry
        self.splits = splits
        self.doc_ids = doc_ids
        self.kb_ids_used = kb_ids_used
        self.whole = whole
        self.not_loaded = not_loaded
        self.raw_ids = [] if raw_ids is None else raw_ids
        self.quote_links = quote_links
        self.quotes = {} if quotes is None else quotes
        self.quote_ids_clash = quote_ids_clash
        self.said = {} if said is None else said
        self.all_files = all_files
        self.nominals = {} if nominals is None else nominals
        self.linked_nominals = {} if linked_nominals is None else linked_nominals
        self.checked = checked
        self.records = {} if records is None else records
        self.texts = {} if texts is None else texts
        self.sources = {} if sources is None else sources
        self.offices = {} if offices is None else offices
        self.contained = {} if contained is None else contained
        self.metonyms = {} if metonyms is None else metonyms
        self.released = {} if released is None else released
        self.history = history
        self.committed = {} if committed is None else committed
        self.manifest_committed = manifest_committed
        self.manifest_present = manifest_present
        self.release_documents = release_documents
        self.release_files = {} if release_files is None else release_files
        self.annotated = {} if annotated is None else annotated
        self.wikidata_evidence = {} if wikidata_evidence is None else wikidata_evidence
        self.unstaged = {} if unstaged is None else unstaged
        self.checkout = {} if checkout is None else checkout

    def but(self, *, linked_nominals: LinkedNominals | None = None,
            quotes: dict[str, dict[str, str | None]] | None = None, said: dict[str, dict[str, Said]] | None = None,
            nominals: dict[str, Nominals | PackedNominals] | None = None,
            records: dict[str, frozenset[str]] | None = None, texts: dict[str, TextHashes] | None = None,
            sources: dict[str, str] | None = None, offices: dict[str, frozenset[tuple[str, str]]] | None = None,
            contained: dict[str, tuple[Contained, ...]] | None = None,
            metonyms: dict[str, tuple[Metonym, ...]] | None = None) -> CorpusContext:
        """A copy (the same maps) whose per-document summaries given are these."""
        given = {"linked_nominals": linked_nominals, "quotes": quotes, "said": said, "nominals": nominals,
                 "records": records, "texts": texts, "sources": sources, "offices": offices, "contained": contained,
                 "metonyms": metonyms}
        new = CorpusContext.__new__(CorpusContext)
        for name in CorpusContext.__slots__:
            setattr(new, name, getattr(self, name) if (value := given.get(name)) is None else value)
        return new

    @property
    def registry_index(self) -> RegistryIndex | None:
        """The registry's lookups (None without a registry): the object the document rules read."""
        return None if self.registry is None else index_of(self.registry)


#: how a system's predictions are held to a rule: "required", a prediction that breaks it cannot be scored and
#: `vostochny evaluate` refuses it (spans on the raw text, ids, references: no other rule is read there); "held", a
#: system's output is annotation like any other (the baselines check theirs whole); "gold only", the rule holds a
#: gold annotation to being exhaustive or exact (every mention of a name annotated, a quote's content whole): a
#: prediction that misses one or cuts one short is scored for it, not a broken file
PredictionUse = Literal["required", "held", "gold only"]


class Rule:
    """A rule as `RULES` holds it: its code, its scope and its check."""

    __slots__ = ("check", "code", "predictions", "scope")

    def __init__(self, code: str, scope: str, check: Callable[..., Iterator[Hit]],
                 predictions: PredictionUse = "held") -> None:
        self.code: Final = code
        self.scope: Final = scope
        self.check: Final = check
        self.predictions: Final = predictions


RULES: list[Rule] = []  # in the order of RUN_ORDER, whatever order their modules are imported in

#: the order the rules run in, and so the order of their problems in a report (the validator orders a file's
#: problems by cause only, `validator.cause_rank`): the order they were written in, not that of their codes
RUN_ORDER = (
    "V201", "V202", "V203", "V204", "V205", "V206", "V207", "V208", "V209", "V210", "V211", "V212", "V213", "V214",
    "V215", "V216", "V217", "V218", "V219", "V220", "V221", "V222", "V223", "V224", "V225", "V226", "V239", "V227",
    "V228", "V229", "V230", "V231", "V232", "V233", "V234", "V246", "V247", "V248", "V235", "V249", "V250", "V251",
    "V262", "V263", "V264", "V272", "V273", "V252", "V274", "V265", "V266", "V270", "V275", "V276", "V277", "V278",
    "V282", "V280", "V267", "V283", "V478", "V479", "V347", "V346", "V348", "V349", "V345", "V344", "V236", "V237",
    "V238", "V258",
    "V271", "V259", "V260", "V261", "V322", "V323", "V355", "V242", "V244", "V245", "V253", "V254", "V243", "V255",
    "V281", "V256", "V257", "V268", "V452", "V279", "V240", "V301", "V329", "V320", "V321", "V306", "V307", "V308",
    "V309",
    "V339", "V336", "V337", "V338", "V302", "V303", "V305", "V304", "V330", "V310", "V311", "V340", "V312", "V313",
    "V314", "V315", "V316", "V343", "V327", "V328", "V333", "V334", "V317", "V318", "V319", "V324", "V332", "V325",
    "V326", "V335", "V351", "V331", "V341", "V342", "V269", "V350", "V352", "V353", "V354", "V363", "V364", "V365",
    "V395", "V380", "V381", "V382", "V360", "V396", "V397", "V398", "V399", "V361", "V362", "V383", "V366", "V367",
    "V368", "V370", "V371", "V375", "V376", "V377", "V378", "V379", "V384", "V385", "V386", "V387", "V390", "V391",
    "V400", "V401", "V402", "V403", "V404", "V405", "V406", "V407", "V410", "V411", "V412", "V413", "V414", "V415",
    "V416", "V417", "V418", "V419", "V420", "V421", "V422", "V423", "V424", "V425", "V428", "V429", "V430",
    "V431", "V432", "V433", "V434", "V435", "V437", "V438", "V439", "V436", "V440", "V441", "V442", "V444", "V445",
    "V446", "V447", "V448", "V449", "V450", "V451", "V455", "V459", "V460", "V461", "V462", "V463",
    "V464", "V465", "V467", "V468", "V469", "V472", "V475", "V476", "V473", "V482", "V487", "V488",
)

#: each code's place in `RUN_ORDER` (`RUN_ORDER.index`, a scan of the tuple, at each comparison of `rule`'s insertion
#: cost 30 M instructions at every start of the command)
_PLACE = {code: place for place, code in reversed(list(enumerate(RUN_ORDER)))}  # a code's first place, as `index`

CheckT = TypeVar("CheckT", bound=Callable[..., Iterator[Hit]])


def rule(code: str, name: str, message: str, fix: str, scope: str = "document", severity: Severity = "error",
         predictions: PredictionUse = "held") -> Callable[[CheckT], CheckT]:
    """Register a rule, in its place in `RUN_ORDER`: its docstring becomes its documentation."""
    if code not in _PLACE:
        raise ValueError(f"rule {code} {name} has no place in RUN_ORDER")

    def register(check: CheckT) -> CheckT:
        declare(code, name, message, fix, check.__doc__ or "", severity)
        bisect.insort(RULES, Rule(code, scope, check, predictions), key=lambda r: _PLACE[r.code])
        return check

    return register


def prediction_rules(use: PredictionUse) -> frozenset[str]:
    """The codes of the rules that hold predictions so (`Rule.predictions`)."""
    return frozenset(r.code for r in RULES if r.predictions == use)


def in_range(start: int, end: int, length: int) -> bool:
    return 0 <= start < end <= length


def repeats(keys: Sequence[Hashable]) -> Iterator[tuple[int, int]]:
    """(index, index of the first equal key) for every key seen before; nothing for distinct keys."""
    if len(set(keys)) == len(keys):
        return
    first: dict[Hashable, int] = {}
    for i, key in enumerate(keys):
        if key in first:
            yield i, first[key]
        first.setdefault(key, i)


def copies(ctx: DocContext, layer: str, *fields: str) -> Iterator[tuple[int, int]]:
    """`repeats` of the items of `layer` that agree on every one of `fields`."""
    return repeats(list(zip(*(ctx.view.column(layer, f) for f in fields), strict=True)))


#: a word of the raw text as the rules that read words there take it (V360, V361, V362, V380, V383): a run of letters,
#: an apostrophe's `’s` and a hyphen apart. Read in the raw text, not in the token layer, whose tokens a correction by
#: hand may cut inside a word (`lea` `der`)
LETTER_RUNS = compiled(r"[^\W\d_]+")
#: any character of a word: a span without one is V237's, and the rules that read words leave it to it
WORD_CHARACTER = compiled(r"\w")
#: a word between spaces, as `str.split` cuts them: a run of characters other than white space
NON_SPACE_RUNS = compiled(r"\S+")
#: a space between two words of one line: any white space but a line break, as a pattern's text (the rules of
#: relations and of quotes write it into theirs)
SPACE = f"[^\\S{re.escape(LINE_BREAKS)}]"


def last_word(whole: re.Pattern[str], opening: re.Pattern[str], text: str, start: int,
              end: int) -> re.Match[str] | None:
    """`whole.search(text, start, end)`, for a pattern `whole` of a word before the end (`(letters+)` then what may
    follow the word up to `$`), `opening` being `whole` behind a look-behind that no letter of the word stands before
    it. A search tries `whole` at each letter of each word of the stretch, reading the word to its end every time
    (~15 us a search of 40 characters, the costliest searches of the rules); `opening`, once a word. The first match
    is the same: where a match starts after a letter inside the stretch, the letter before it starts one too, so a
    first match starts at `start` (`whole.match`'s) or after no letter (`opening`'s; its look-behind reads the text
    before `start` too, but `start` is `whole.match`'s)."""
    return whole.match(text, start, end) or opening.search(text, start, end)


def first_use(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """`re.compile(pattern, flags)`, compiled at its first call and kept: for a pattern only an uncommon path reads
    (a dateline's day, a suspect address, a label line). Compiling the rules' ~150 patterns at import is about a
    third of what `vostochny validate --packaged` spends, and these were compiled there for nothing."""
    return functools.cache(lambda: compiled(pattern, flags))


def find_all(text: str, needle: str) -> Iterator[int]:
    """Where `needle` starts in `text`, each place in order (overlapping ones too), found by `str.find`: a C scan,
    where a pattern tried at every character costs several times as much."""
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + 1)


#: the characters that a search ignoring case matches to an ASCII letter besides its two cases (`\u017f` to `s`), or
#: that lower case turns into two characters or an ASCII letter (a test checks every code point)
FOLDED = "\u0130\u0131\u017f\u212a"


def text_in_lower_case(view: DocumentView) -> str | None:
    """The view's text ('' where it has none) in lower case, where a lower-case ASCII word found in it by `str.find`
    stands, at the text's own offsets, wherever a pattern ignoring case matches the word in the text; None where the
    text holds a character of `FOLDED` (then the pattern scans the text). Built once per view (V404, V407 and V421 find
    their words in it: a pattern ignoring case is tried at every offset, or at every initial it may begin with)."""
    key = ("text_in_lower_case",)
    if key not in view.derived:
        text = view.text or ""
        view.derived[key] = None if any(map(text.__contains__, FOLDED)) else text.lower()
    return view.derived[key]  # type: ignore[no-any-return]


def brief(text: str) -> str:
    """A span's text, cut to 40 characters, for a message."""
    return repr(text if len(text) <= 40 else text[:37] + "...")


def annotates_nothing(ctx: DocContext) -> bool:
    """Whether a document annotates nothing yet (a scaffold of `vostochny new`: no zone, no mention, no quote), which
    the rules of what the annotation leaves out (V382, V384, V385) do not read: one with its zones drawn, or with its
    mentions wiped and its zones kept, is read."""
    doc = ctx.doc
    return not (doc.zones or doc.mentions or doc.quotes)


def corpus_links(ctx: CorpusContext) -> list[QuoteLink]:
    return ctx.quote_links.links if ctx.quote_links else []


def mention_holds(view: DocumentView, start: int, end: int) -> bool:
    """Whether a mention holds [start, end): one that starts at or before `start` reaches `end`. One bisection of
    `DocumentView.mentions_in_order`, not a walk of every mention for each span asked about (quadratic in a file of
    many nominals, V354, or of many quotes, V272)."""
    _, starts, reach = view.mentions_in_order
    n = bisect.bisect_right(starts, start)
    return n > 0 and reach[n - 1] >= end


def mentions_starting(view: DocumentView, first: int, last: int) -> list[int]:
    """The indices of the mentions that start from `first` to `last` (both included), in the document's order: a
    bisection of `DocumentView.mentions_in_order`."""
    order, starts, _ = view.mentions_in_order
    return sorted(order[bisect.bisect_left(starts, first):bisect.bisect_right(starts, last)])


def names_entity(view: DocumentView, entity: str, start: int, end: int, whole: bool = False) -> bool:
    """Whether a mention of `entity` starts in [start, end) (and, `whole`, ends by `end` too): one bisection of the
    mentions in text order (the thirty-seventh session's read joined two helpers that did this, one in
    relation_places and one in quoted_relations)."""
    order, starts, _ = view.mentions_in_order
    entities, ends = view.column("mentions", "entity"), view.column("mentions", "end")
    first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return any(entities[k] == entity and (not whole or ends[k] <= end) for k in map(order.__getitem__,
                                                                                 range(first, last)))


#: the quotes' content fragments in text order (start, end, quote index), their starts, and the furthest end of the
#: fragments up to each (`content_fragments`)
Fragments = tuple[list[tuple[int, int, int]], list[int], list[int]]


def content_fragments(view: DocumentView) -> Fragments:
    """Every quote's content fragments in text order, with their starts and the furthest end up to each: a fragment
    that starts at or before an offset holds it where the furthest end up to it reaches past it (one bisection). Built
    once per view (V382 and V383 read it)."""
    key = ("content_fragments",)
    if key not in view.derived:
        fragments = sorted((s.start, s.end, i) for i, content in enumerate(view.column("quotes", "content"))
                           for s in content)
        view.derived[key] = (fragments, [f[0] for f in fragments], list(accumulate((f[1] for f in fragments), max)))
    return view.derived[key]  # type: ignore[no-any-return]


def in_quote_content(view: DocumentView, start: int, end: int) -> bool:
    """Whether a quote's content fragment overlaps [start, end) (`content_fragments`: the fragments that start before
    `end`, one bisection; does one reach past `start`?)."""
    _, starts, reach = content_fragments(view)
    k = bisect.bisect_left(starts, end)
    return k > 0 and reach[k - 1] > start
