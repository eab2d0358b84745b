"""A nominal's or a name's span against the words of its phrase, beyond V345's edges: a first or last word that no
noun phrase (or name) begins or ends with (V413), a word before the nominal's own determiner (V414), and an edge that
cuts a unit: a possessor off its `’s`, a quoted phrase, a hyphenated compound, a record's name (V415)."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator, Sequence
from itertools import compress
from operator import or_

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, mentions_starting, rule
from vostochny.checking.rules.mention_edges import (
    ARTICLES,
    ARTICLES_LAST,
    NOT_FIRST,
    NOT_FIRST_OF_A_NAME,
    NOT_LAST,
    OPENS_WITH,
    all_punctuation,
    texts_holding,
    texts_matching,
    words_pattern,
)
from vostochny.checking.rules.name_forms import name_key
from vostochny.checking.rules.names import linked_records
from vostochny.checking.rules.registry_index import RegistryIndex
from vostochny.patterns import compiled
from vostochny.reading.view import DocumentView

#: words that open a clause or a phrase before a noun phrase and never a noun phrase itself: a subordinator, a wh-word,
#: a connective and the prepositions `NOT_FIRST` lacks; a nominal begins with none, in any case (`[If the countries]`,
#: `[At their meeting]`, `[after the summit]`, `[And our people]`: the word before the nominal taken in)
_CLAUSE_WORDS = frozenset({"if", "where", "when", "whenever", "how", "why", "while", "whilst", "though", "although",
                           "because", "whether", "however", "unless", "whereas", "after", "before", "off", "also",
                           "then", "thus"})
NOMINAL_NOT_FIRST = NOT_FIRST | _CLAUSE_WORDS
#: words that end no noun phrase: a subordinator or a relative word, an adverb that follows a noun phrase, a
#: preposition, an auxiliary, and a determiner or quantifier that stands before its noun (`[the summit that]`,
#: `[the meeting closely]`, `[an area near]`, `[both]`, `[his own]`: a nominal cut back off its head or widened
#: over the next word); not `will`, `may`, `can`, `like` or `outside`, which are nouns too (`[political will]`), nor
#: the possessives, which alone are pronouns marked nominal (V227's)
NOMINAL_NOT_LAST = NOT_LAST | frozenset({
    "that", "where", "when", "while", "if", "whether", "because", "though", "although", "unless", "than", "ever",
    "never", "not", "there", "closely", "twice", "already", "too", "again", "soon", "then", "even", "just",
    "only", "due", "near", "along", "about", "after", "before", "over", "around", "behind", "beyond", "off", "be",
    "been", "did", "does", "shall", "cannot", "both", "several", "any", "such", "these", "those", "this", "some",
    "each", "every", "own", "whom"})
#: the second parts of hyphenated adjectives (`nuclear-armed`, `short-range`, `poverty-stricken`): a nominal ends with
#: none, its noun cut off (`[the nuclear-armed]` of `the nuclear-armed countries`); not `old`, whose compounds are
#: nouns too (`[a 70-year-old]`)
COMPOUND_ADJECTIVES = frozenset({"capable", "armed", "stricken", "backed", "led", "based", "owned", "made", "run",
                                 "related", "range", "era", "style", "controlled", "linked", "sponsored", "funded",
                                 "built", "designed", "torn", "ravaged", "scale", "level", "ranking", "bound"})
#: the hyphenated nouns that end with a word of `COMPOUND_ADJECTIVES` (`[a dry-run]`, `[the firing-range]`,
#: `[sea-level]`), against the adjectives (`[the long-range]` of `long-range missiles`, `[the high-level]`)
COMPOUND_NOUNS = frozenset({"dry-run", "test-run", "trial-run", "home-run", "re-run", "practice-run", "firing-range",
                            "test-range", "shooting-range", "rifle-range", "price-range", "mountain-range",
                            "sea-level", "ground-level", "eye-level", "water-level", "street-level"})
#: the days of the week, which end a nominal only after a determiner or a capitalised word (`[last Sunday]`,
#: `[Super Tuesday]`): after a common noun they are an adverbial (`his personal train [Sunday]`)
WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
_BEFORE_WEEKDAYS = frozenset({"last", "next", "this", "that", "every", "each", "on", "the", "a", "one", "early", "late",
                              "following", "previous"})
#: the words in lower case a name may begin with: a surname's particle (`[bin Salman]`, `[de Gaulle]`, `[al-Assad]`)
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "ben", "abu", "de", "da", "di", "do", "dos", "das", "du", "del",
                            "della", "der", "den", "van", "von", "la", "le", "les", "lo", "y", "zu", "ter", "ten"})
#: the words in lower case a name ends with none of: those of `NOMINAL_NOT_LAST` and the modals that are nouns too
#: (`[Washington will]`; a name's lower-case word is a noun: `[Pyongyang station]`)
_NAME_NOT_LAST = NOMINAL_NOT_LAST | {"will", "can", "may"}


def _cases(words: Iterable[str]) -> set[str]:
    """The words in lower case, capitalised and in capitals."""
    return {form for word in words for form in (word, word.capitalize(), word.upper())}


#: a text's first word that may make V413 refuse it (after a NUL, `texts_matching`), or a word after a comma at its
#: end (before a NUL); the same of its last word, reversed; a name's first letter in lower case. Each word in the
#: cases it is written in: `(?i:...)` and a `\\w+` tried after every NUL took the search four times as long
_SUSPECT_HEAD = compiled("\x00(?:" + words_pattern(_cases(NOMINAL_NOT_FIRST)) + ")(?!\\w)|,\\s*\\w+\x00")
_SUSPECT_TAIL = compiled("\x00(?:" + words_pattern(word[::-1] for word in _cases(
    _NAME_NOT_LAST | COMPOUND_ADJECTIVES | {"other", *map(str.lower, WEEKDAYS)})) + ")(?!\\w)")
_LOWER_FIRST = compiled("\x00[^\\W\\d_A-Z]")


#: a nominal's own determiners, which open its noun phrase: a word before one inside the span is another phrase's
#: (`[tour a Russian factory]`, `[visit the country]`)
_DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "his", "its", "their", "our", "my", "your", "any",
                          "some", "several", "each", "every", "such", "both"})
#: a word of `_DETERMINERS` after a space (a prefilter of V414: the tokens decide)
_INNER_DETERMINER = compiled(r"\s(?:" + words_pattern(_DETERMINERS) + r")(?!\w)")
#: the words that stand before a determiner inside one noun phrase: a conjunction or comma of a coordination (`[the
#: heroic Russian army and people]`, `[Russia and the West]`), `of` of a partitive (`[one of the officials]`), a
#: predeterminer (`[all the weapons]`, `[such a deal]`, `[twice the size]`) and a quantifier before `such`
_BEFORE_DETERMINERS = frozenset({"and", "or", "nor", "but", ",", "&", "/", "of", "all", "both", "half", "such", "what",
                                 "quite", "rather", "twice", "double", "times", "many", "no", "any", "some"})
#: a possessive clitic as a token: the possessor before it is cut off a span that begins with it
_CONJUNCTIONS = frozenset({"and", "or", "nor"})
_CLITICS = frozenset({"'s", "\u2019s", "'S", "\u2019S"})
_HYPHEN = "-"
#: the pairs of marks whose halves a span holds both or neither of, away from its edges (V345 reads those)
_PAIRED = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb", "(": ")", "[": "]"}
#: the single quotes, read apart: an apostrophe is one too (`Workers' Party`, `’s`)
_SINGLE = frozenset({"'", "\u2018", "\u2019"})
_MARKS = frozenset(_PAIRED) | frozenset(_PAIRED.values()) | _SINGLE
#: what a mention's text holds where V415 reads it: a clitic or a mark of `_PAIRED` (and the nominals beside a hyphen)
_MAY_CUT = "'\u2019\"\u201c\u201d\u2018\u00ab\u00bb()[]"


def on_tokens(view: DocumentView, among: Iterable[int], *wanted: str) -> list[int]:
    """The mentions (indices) `among` these of the `wanted` kinds whose edges lie on token boundaries (others are
    V212's); [] where the tokens do not tile the text (V213's)."""
    if not view.tokens_tile:
        return []
    kinds = view.column("mentions", "kind")
    starts, ends = view.column("mentions", "start"), view.column("mentions", "end")
    first, last = view.start_set, view.end_set
    return [i for i in among if kinds[i] in wanted and starts[i] in first and ends[i] in last]


@rule("V413", "phrase-edge-word", "a nominal begins with a word that opens no noun phrase or ends with one that "
      "ends none, or a name begins with a word in lower case or ends with a function word", "move the span's edge "
      "to the phrase: [the summit], not [after the summit] or [the summit that]; [Moscow], not [while Moscow]; a "
      "quantifier alone is a pronoun ([both])")
def phrase_edge_word(ctx: DocContext) -> Iterator[Hit]:
    """A nominal is a noun phrase from its determiner (or first premodifier) to its head noun, a name the name alone
    (docs/guidelines.md, Span extent). V345 refuses the conjunctions, prepositions and verbs of saying in lower case
    at any mention's edge; a nominal is never a name, so such a word refuses it in any case (`[At their meeting]`,
    `[And our people]`), and so do a subordinator, a wh-word or a connective at its start (`NOMINAL_NOT_FIRST`: `[If
    the countries]`, `[after the summit]`) and, at its end, a relative or subordinating word, an adverb or preposition
    after a noun phrase, an auxiliary, or a determiner or quantifier cut off its noun (`NOMINAL_NOT_LAST`: `[the
    summit that]`, `[the meeting closely]`, `[such]` of `[such capabilities]`, `[both]` alone, which the guidelines
    make a pronoun), the second part of a hyphenated adjective (`[the nuclear-armed]`, `COMPOUND_ADJECTIVES`),
    `other` but in `[the other]`, a weekday after a common noun (`[his personal train Sunday]`) or a word in lower
    case after a comma (`[military spy satellites, raising]`). A name begins with no word in lower case but a
    particle (`[while Moscow]`; `[bin Salman]`, `NAME_PARTICLES`) and ends with none of `NOMINAL_NOT_LAST` nor `will`,
    `can`, `may` in lower case, nor a word in lower case after a comma (`[Washington will]`, `[Moscow, visited]`). An
    attack that moved mentions' edges by one word found 94 such spans passing. A hyphenated compound (`[a sit-in]`)
    and a quantifier that opens with a preposition (`[At least 20 people]`) are kept as V345 keeps them. Not judged: a
    verb or an adjective at a nominal's edge (`[supply ammunition]`, `[fighter]` of `[fighter jets]`: no part of speech
    without a tagger), and `will`, `may`, `can`, `like` at a nominal's end, which are nouns too; what V345 refuses is
    V345's."""
    view = ctx.view
    texts, ranges, kinds = view.token_texts, view.token_ranges("mentions"), view.column("mentions", "kind")
    for i in _edge_suspects(view, kinds):
        first, end = ranges[i]
        said = _odd_edge(texts[first:end], view.token_starts[first + 1:end], view.token_ends[first:end - 1],
                         kinds[i] == "name")
        if said:
            m = ctx.doc.mentions[i]
            yield Hit(pointer("mentions", i), m.id, f"{m.text!r} {said}")


def _edge_suspects(view: DocumentView, kinds: Sequence[str]) -> list[int]:
    """The nominals and names (indices, on token boundaries) whose text may make V413 refuse them: `texts_matching`
    `_SUSPECT_HEAD` or `_SUSPECT_TAIL`, and the names that begin with a letter in lower case (most mentions match
    neither and are not read)."""
    texts = view.column("mentions", "text")
    names = list(compress(range(len(kinds)), map("name".__eq__, kinds)))
    lower = texts_matching(list(map(texts.__getitem__, names)), _LOWER_FIRST)
    found = texts_matching(texts, _SUSPECT_HEAD, _SUSPECT_TAIL).union(map(names.__getitem__, lower))
    return on_tokens(view, sorted(found), "nominal", "name")


def _odd_edge(tokens: Sequence[str], starts: Sequence[int], ends: Sequence[int], name: bool = False) -> str:
    """What V413 says of a nominal's (a name's, with `name`) tokens ('' if nothing, and where V345 refuses an edge);
    `starts`, `ends`: those of its tokens after the first and before the last (a compound's hyphen is glued to both
    its words)."""
    head, tail, n = tokens[0], tokens[-1], len(tokens)
    opens = n > 1 and (tokens[1].lower() in OPENS_WITH.get(head.lower(), ()) or (
        tokens[1] == _HYPHEN and starts[0] == ends[0]))
    compound = n > 2 and tokens[-2] == _HYPHEN and starts[-1] == ends[-1]
    if all_punctuation(head) or all_punctuation(tail) or (head in NOT_FIRST and not opens) or (
            tail in NOT_LAST and n > 1 and not compound) or tail in ARTICLES_LAST or (n == 1 and tail == "The"):
        return ""  # V345's
    before = tokens[-2] if n > 1 else ""
    after_comma = before == "," and tail.isalpha() and tail.islower()
    if name:
        if head.isalpha() and head.islower() and head not in NAME_PARTICLES and head not in NOT_FIRST_OF_A_NAME:
            return f"begins with the word {head!r} in lower case"
        if (n > 1 and tail in _NAME_NOT_LAST) or after_comma:
            return f"ends with the word {tail!r}"
        return ""
    if head.lower() in NOMINAL_NOT_FIRST and not opens:
        return f"begins with the word {head!r}"
    low = tail.lower()
    if low in NOMINAL_NOT_LAST and not compound:
        return f"ends with the word {tail!r}"
    if compound and low in COMPOUND_ADJECTIVES and f"{tokens[-3].lower()}-{low}" not in COMPOUND_NOUNS:
        return f"ends with the adjective {tokens[-3]}-{tail}"
    if (low == "other" and before.lower() != "the") or (tail in WEEKDAYS and before.islower() and before not in
                                                          _BEFORE_WEEKDAYS) or after_comma:
        return f"ends with {tail!r} after {before!r}" if before else f"is {tail!r} alone"
    return ""


@rule("V414", "word-before-determiner", "a nominal holds a word before its own determiner",
      "begin the span at the determiner: [a Russian factory], not [tour a Russian factory]; a coordination "
      "([Russia and the West]) or a partitive ([one of the officials]) keeps its words")
def word_before_determiner(ctx: DocContext) -> Iterator[Hit]:
    """A nominal begins with its determiner (or first premodifier) (docs/guidelines.md, Nominals): the word before
    the article or the possessive of its noun phrase is another phrase's, the verb, preposition or conjunction that
    governs it (`[tour a Russian factory]`, `[following a summit]`, `[that the two sides]`), and each export tags it
    as part of the entity. A determiner (`_DETERMINERS`, lower case) inside a nominal's span is read with the word
    before it: a conjunction or comma of a coordination (`[Russia and the West]`), `of` of a partitive (`[one of the
    officials]`) or a predeterminer (`[all the weapons]`, `[twice the size]`, `[three times the number]`;
    `_BEFORE_DETERMINERS`) keeps it in the phrase; any other word before it is taken in from outside. An attack that
    widened or shifted nominals by a word found 48 such spans passing. Not judged: a nominal without a determiner
    widened over a verb or a name (`[supply ammunition]`, `[Russia weapons]`: no part of speech without a tagger);
    a word V413 or V345 refuses at the span's start is theirs."""
    view = ctx.view
    texts, ranges = view.token_texts, view.token_ranges("mentions")
    for i in on_tokens(view, _inner_determiners(view.column("mentions", "text"), view.column("mentions", "kind")),
                        "nominal"):
        first, end = ranges[i]
        if end - first < 2 or _odd_edge(texts[first:end], view.token_starts[first + 1:end],
                                        view.token_ends[first:end - 1]) or texts[first].lower() in NOT_FIRST:
            continue
        for k in range(first + 1, end):
            if texts[k] in _DETERMINERS and _outside(texts[k - 1].lower(), texts[k + 1:end]):
                m = ctx.doc.mentions[i]
                yield Hit(pointer("mentions", i), m.id, f"{m.text!r} holds {texts[k - 1]!r} before {texts[k]!r}")
                break


def _inner_determiners(texts: Sequence[str], kinds: Sequence[str]) -> list[int]:
    """The nominals (indices) whose text holds a word of `_DETERMINERS` after its first word (`texts_matching`:
    most nominals hold none)."""
    nominals = list(compress(range(len(kinds)), map("nominal".__eq__, kinds)))
    return sorted(map(nominals.__getitem__, texts_matching(list(map(texts.__getitem__, nominals)),
                                                           _INNER_DETERMINER)))


def _outside(before: str, rest: Sequence[str]) -> bool:
    """Whether the word before a determiner inside a nominal belongs to another phrase: any word but one of
    `_BEFORE_DETERMINERS`, and a comma that no conjunction after it closes into a coordination (`[visit, a
    university]`, `[Russia, the summit]`; `[weapons, the ammunition and the fuel]` is one list)."""
    if before == ",":
        return not any(word in _CONJUNCTIONS for word in rest)
    return before not in _BEFORE_DETERMINERS


@rule("V415", "mention-cuts-a-unit", "a mention begins with a possessive 's or holds one half of a pair of quote "
      "marks or brackets, a nominal begins or ends inside a hyphenated compound, or a name inside its record's name",
      "widen the span over the whole unit: [Moscow’s invasion], not Moscow[’s invasion]; [its \"sacred fight\"], not "
      "[its \"sacred]; [nuclear-capable ballistic missile submarines], not nuclear-[capable ...]; [Vladimir Putin], "
      "not Vladimir [Putin]")
def mention_cuts_a_unit(ctx: DocContext) -> Iterator[Hit]:
    """A span covers whole words and whole quoted or bracketed phrases (docs/guidelines.md, Span extent): a possessive
    `’s` is never part of a span (V248 refuses it at the end), so a mention that begins with one has its possessor cut
    off (`[’s invasion]` of `Moscow’s invasion`: the possessive determiner is part of the nominal); a quote mark or a
    bracket inside a span with its other half outside it (`[its "sacred]`, `[Russia's 'Sacred' Invasion]` cut after
    `Sacred`) cuts the quoted phrase in two; and a nominal's edge between the parts of a hyphenated compound (a `-`
    glued to the words on both sides: `nuclear-[capable ... submarines]`, `[the Komsomolsk]-on-Amur aircraft plant`)
    cuts a word of its noun phrase in two. A name that stops inside a longer name of its own record, the capitalised
    word beside it left out (`Vladimir [Putin]`, `[North] Korea`), is cut as short (`_names_cut_short`). An attack that
    moved nominals' and names' edges by one word found 77 such spans passing (50 of them names). A mark at a span's edge
    is V345's; double quotes `"` are read by their number, single quotes by their glue (`_single_quotes_open`: an
    apostrophe that ends a word, `[the Workers' Party]`, closes nothing it opened). Not judged: a closing single quote
    alone, names at a hyphen, which may be one part of a compound (`[Putin]-[Kim] summit`, `[Korean]-[Russian]
    friendship`)."""
    view = ctx.view
    if not view.tokens_tile:
        return
    ranges = view.token_ranges("mentions")
    kinds, starts, ends = (view.column("mentions", f) for f in ("kind", "start", "end"))
    first, last = view.start_set, view.end_set
    short = _names_cut_short(ctx)
    for i in sorted({*texts_holding(view.column("mentions", "text"), _MAY_CUT), *_beside_hyphens(view, kinds),
                     *short}):
        if starts[i] in first and ends[i] in last:
            said = short.get(i) or _cut(view, *ranges[i], kinds[i] == "nominal")
            if said:
                m = ctx.doc.mentions[i]
                yield Hit(pointer("mentions", i), m.id, f"{m.text!r} {said}")


def _names_cut_short(ctx: DocContext) -> dict[int, str]:
    """The name mentions of a linked entity (indices) that the capitalised word right before or after them makes a
    longer name of their record (`Vladimir [Putin]`, `[North] Korea`, `UN [Security Council]`), and what V415 says
    of each; not where a mention begins with that word (`[Russian] [Pacific Fleet]`: a nationality beside a name,
    though the registry knows `Russian Pacific Fleet`), nor where it is an article (`the [West]`, hard case 10)."""
    index, view = ctx.registry_index, ctx.view
    linked = linked_records(ctx) if index is not None else {}
    if index is None or not linked or view.text is None:
        return {}
    text, names, misspelt, ranges = view.text, index.record_names, index.misspelt, view.token_ranges("mentions")
    starts, ends, texts = view.token_starts, view.token_ends, view.token_texts
    kinds, entities = view.column("mentions", "kind"), view.column("mentions", "entity")
    found: dict[int, str] = {}
    last = len(texts) - 1
    for i in compress(range(len(kinds)), map(_name_parts(index).__contains__, view.column("mentions", "text"))):
        first, end = ranges[i]
        if not (first < end and ((first and texts[first - 1][:1].isupper()) or (
                end <= last and texts[end][:1].isupper()))):
            continue  # no capitalised word beside it
        kb_id = linked.get(entities[i])
        if kb_id is None or kinds[i] != "name":
            continue
        for a, b, added in ((first - 1, end, first - 1), (first, end + 1, end)):
            if a < 0 or b > len(texts) or not _capitalised(texts[added]):
                continue
            longer = text[starts[a]:ends[b - 1]]
            if (kb_id in names(longer) or name_key(longer) in misspelt[kb_id]) \
                    and not mentions_starting(view, starts[added], ends[added] - 1):
                found[i] = f"stops inside the name {longer!r} of {kb_id}"
                break
    return found


@functools.lru_cache(maxsize=8)
def _name_parts(index: RegistryIndex) -> frozenset[str]:
    """The runs of words that begin or end a name, alias or misspelling of a registry record of two words or more,
    as written (`Putin` and `Vladimir` of `Vladimir Putin`, `North` of `North Korea`): the only name mentions that
    the word beside them may make a longer name of (a name in another case than its record's is not read)."""
    parts: set[str] = set()
    for r in index.registry.entities:
        for name in (r.name, *r.aliases, *(r.misspellings or ())):
            words = name.split()
            parts.update(part for k in range(1, len(words)) for part in (" ".join(words[:k]), " ".join(words[k:])))
    return frozenset(parts)


def _single_quotes_open(view: DocumentView, first: int, end: int) -> bool:
    """Whether the tokens [first, end) open more single quotes than they close: `‘`, or `'` glued to the word after it
    and not to the one before (`'Sacred`), opens; `’`, or `'` glued to the word before it, closes (an apostrophe that
    ends a word, `Workers' Party`, is read as a closing mark: a closing mark alone is never told)."""
    texts, starts, ends = view.token_texts, view.token_starts, view.token_ends
    balance = 0
    for k in range(first, end):
        mark = texts[k]
        if mark in _SINGLE:
            after = k + 1 < end and ends[k] == starts[k + 1]
            before = k > first and ends[k - 1] == starts[k]
            balance += 1 if mark == "\u2018" or (mark == "'" and after and not before) else -1
    return balance > 0


def _beside_hyphens(view: DocumentView, kinds: Sequence[str]) -> list[int]:
    """The nominals (indices) that begin where a hyphen token ends or end where one begins: the hyphens found by a
    `str.find` loop in the raw text, each a hyphen token where a token of that text starts there (the tokens tile the
    text: V415 reads nothing else), and the mentions' offsets looked up in theirs, at C speed (most texts have few
    hyphens; a scan of the token texts cost ~100 k instructions a synthetic document)."""
    text, texts, token_starts = view.text or "", view.token_texts, view.token_starts
    after, before, at = set(), set(), text.find(_HYPHEN)
    while at >= 0:
        k = bisect.bisect_left(token_starts, at)
        if k < len(texts) and token_starts[k] == at and texts[k] == _HYPHEN:
            after.add(view.token_ends[k])
            before.add(at)
        at = text.find(_HYPHEN, at + 1)
    if not after:
        return []
    starts, ends = view.column("mentions", "start"), view.column("mentions", "end")
    beside = map(or_, map(after.__contains__, starts), map(before.__contains__, ends))
    return [i for i in compress(range(len(kinds)), beside) if kinds[i] == "nominal"]


def _capitalised(word: str) -> bool:
    """Whether a token is a word that begins with a capital and is no article (`The`)."""
    return word[:1].isupper() and word.lower() not in ARTICLES


def _cut(view: DocumentView, first: int, end: int, nominal: bool) -> str:
    """What V415 says of a mention over the tokens [first, end), a nominal's with `nominal` ('' if nothing)."""
    texts, starts, ends = view.token_texts, view.token_starts, view.token_ends
    inner = texts[first:end]
    if inner[0] in _CLITICS:
        return f"begins with the possessive {inner[0]!r}"
    if _MARKS.intersection(inner) and not (all_punctuation(inner[0]) or all_punctuation(inner[-1])):
        for open_, close in _PAIRED.items():
            if (inner.count(open_) % 2 if open_ == close else inner.count(open_) - inner.count(close)):
                return f"holds one {open_}{close} of a pair"
        if _single_quotes_open(view, first, end):
            return "holds an opening single quote without its closing one"
    if nominal and first > 1 and texts[first - 1] == _HYPHEN and ends[first - 2] == starts[first - 1] \
            and ends[first - 1] == starts[first]:
        return f"begins inside the compound {texts[first - 2]}-{texts[first]}"
    if nominal and end + 1 < len(texts) and texts[end] == _HYPHEN and ends[end - 1] == starts[end] \
            and ends[end] == starts[end + 1]:
        return f"ends inside the compound {texts[end - 1]}-{texts[end + 1]}"
    return ""
