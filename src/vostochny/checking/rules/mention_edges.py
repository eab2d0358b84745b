"""Where a mention begins and ends, by its tokens: a punctuation mark or a function word at either end (V345), a
mention inside a multi-word name (V344), and a nominal without the determiner before it (V354)."""

from __future__ import annotations

import bisect
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, compress

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, mention_holds, rule
from vostochny.patterns import compiled

#: words that begin no mention, written in lower case (a capitalised one may be a name's: `Said`): a conjunction, a
#: preposition or a verb of saying, which a span shifted or widened by a token takes in
NOT_FIRST = frozenset({"and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from", "into",
                       "onto", "as", "than", "during", "against", "amid", "amidst", "via", "including", "between",
                       "through", "throughout", "within", "without", "across", "toward", "towards", "upon", "among",
                       "despite", "since", "until", "said", "says", "told"})
#: words that begin no name, in lower case: an article or a demonstrative stays outside it (`the [Kremlin]`; one
#: that is part of the name is written with its capital: `The Hague`)
ARTICLES = frozenset({"the", "a", "an", "that", "this", "these", "those"})
NOT_FIRST_OF_A_NAME = NOT_FIRST | ARTICLES
#: words that end no mention, in lower case: those, the articles but `a` (`Group A` is a name, and no review found a
#: span widened over an `a`), a relative pronoun, and a verb, an auxiliary or an adverb that follows a subject
#: (`[Moscow must]`, `[Kim also]`; not `will`, `may` or `can`, which are nouns too)
NOT_LAST = NOT_FIRST | frozenset({"the", "an", "who", "which", "whose", "is", "are", "was", "were", "has", "have",
                                  "had", "must", "would", "could", "should", "might", "also", "added"})
#: the articles that a mention never ends with, also alone (a mention of one word `the` or `a` refers to nothing: a
#: span cut back to its determiner, `[the] country`), `a` in lower case only (`[Group A]`) and `The` alone (a name
#: may begin with it, `The Hague`, but is not it); `An` and `A` alone may be names (the Korean surname `An`)
ARTICLES_LAST = frozenset({"the", "a", "an"})
#: a word of `NOT_FIRST` that begins a mention with the word after it: a quantifier (`[at least 20 people]`, `[as many
#: as 10,000 troops]`, `[in excess of 1,000 shells]`), a particle of a surname (`[in 't Veld]`); a glued hyphen after
#: any of them makes a compound (`[for-profit contractors]`, `[as-Sadr]`), and `between` a number a quantifier
OPENS_WITH = {"at": frozenset({"least", "most"}), "as": frozenset({"many", "much", "few", "little"}),
               "in": frozenset({"'", "\u2019", "excess"})}
#: the marks a mention may begin (end) with where it holds their other half, as a token: `[its "sacred fight"]`,
#: `[(KCNA)]` (the apostrophe of `’s` is no closing mark: `[‘Putin’s chef]` is cut wrong)
_PAIRS = {'"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019", "\u00ab": "\u00bb", "(": ")", "[": "]",
          "{": "}"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
#: what a name may end with that is no word (`[Yahoo!]`, `[Dunkin']`), and the words a name's closing period follows
#: (`[AT&T Inc.]`, `[Robert F. Kennedy Jr.]`: the tokenizer keeps these apart from their period)
_NAME_ENDS = frozenset({"!", "'", "\u2019"})
_NAME_STARTS = frozenset({"#", "@"})  # a hashtag or a handle, glued to its word
#: a company's, a person's, a street's and a U.S. state's (AP style) abbreviations
_ABBREVIATED = frozenset({
    "Inc", "Co", "Corp", "Ltd", "Jr", "Sr", "Bros", "Plc", "Cos", "Assn", "Dept", "Univ", "Esq", "Ave", "St", "Sq",
    "Blvd", "Rd", "Mt", "Ft", "Pt", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind",
    "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
    "Vt", "Va", "Wash", "Wis", "Wyo"})


def all_punctuation(token: str) -> bool:
    """Whether every character of a token is a punctuation mark (Unicode P: `,` `.` `—` `"` `(`)."""
    return all(unicodedata.category(c)[0] == "P" for c in token)


@rule("V345", "mention-edge", "a mention begins or ends with a punctuation mark or a function word",
      "move the span's edge to the words of the referent: [the summit], not [the summit,] or [summit in]; a quote "
      "mark only with its other half inside the span")
def mention_edge(ctx: DocContext) -> Iterator[Hit]:
    """A mention is the words that refer (docs/guidelines.md, Span extent): a name without what follows it, a
    nominal from its determiner to its head noun. A span shifted or widened by a token takes in the comma after
    it (`[military spy satellites,]`), the dash or quote mark before it (`[—a symbol]`), or the next word
    (`[other cities in]`, `[Moscow must]`), and each export then tags that token as part of the entity. A span
    begins with no punctuation mark nor with a conjunction, a preposition or a verb of saying (`NOT_FIRST`, lower
    case; a name nor with an article or a demonstrative, `NOT_FIRST_OF_A_NAME`: `[said Moscow]`), and ends
    with no punctuation mark nor with one of those, an article (`a` aside) or a verb that follows a subject
    (`NOT_LAST`); a quote mark or bracket at an edge is allowed with its other half inside the span
    (`[its "sacred fight"]`). Nor does a mention end with an article in lower case, `a` too, or consist of one
    (`[the]` or `[a]` alone, a nominal's span cut back to its determiner: 46 of 215 one-token cuts of the real
    corpus's nominals passed so; `ARTICLES_LAST`). Spans off the token boundaries are V212's, a possessive V248's."""
    view = ctx.view
    if not view.tokens_tile:  # tokens that do not tile the text are V213's: their edges say nothing
        return
    texts, ranges, kinds = view.token_texts, view.token_ranges("mentions"), view.column("mentions", "kind")
    starts, ends = view.start_set, view.end_set
    for i in _maybe_odd(view.column("mentions", "text"), kinds):
        m = ctx.doc.mentions[i]
        if m.start in starts and m.end in ends:  # else V212's
            first, last = ranges[i]
            glued = list(map(operator.eq, view.token_starts[first + 1:last], view.token_ends[first:last - 1]))
            said = _edge(texts[first:last], kinds[i] == "name", glued) or _article_last(texts[first:last])
            if said:
                yield Hit(pointer("mentions", i), m.id, f"{m.text!r} {said}")


def words_pattern(words: Iterable[str]) -> str:
    """A pattern of any of the words (each matched in full where a lookahead after it asks), as a tree of their letters
    (`a(?:gainst|mid(?:st)?|nd|...)`): `re` tries the alternatives one by one, and a list of some forty words took it
    twice as long at each NUL of `_maybe_odd` (the patterns serve only to find where a match starts, or whether one
    does: the word an alternative matches is not read). Built on the words sorted, a run of letters that every word
    below a node shares written at once: a node a character cost 20 M instructions at every start of the command."""
    return _branches(sorted(set(words)))


def _branches(words: list[str]) -> str:
    """The pattern of a node of the letters' tree of `words_pattern`, given the rest of its words after it (sorted,
    distinct): its children, and nothing more where a word ends at it (the rest is empty). The words that begin with
    one letter share the prefix of the first and the last of them: no word ends inside it, and each node there has
    one child, so that it is written as it is (`re.escape` of a string is that of each of its characters)."""
    ends = bool(words) and not words[0]
    alternatives = []
    i, count = int(ends), len(words)
    while i < count:
        first = words[i]
        j = i + 1
        while j < count and words[j][0] == first[0]:
            j += 1
        last, shared = words[j - 1], 1
        while shared < len(first) and shared < len(last) and first[shared] == last[shared]:
            shared += 1
        alternatives.append(re.escape(first[:shared]) + _branches([word[shared:] for word in words[i:j]]))
        i = j
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if ends else body


#: the start of a mention's text after a NUL (`_maybe_odd` joins them so) that may begin wrong: a character that is no
#: letter, digit or space, or a word `_edge` refuses there; the literal NUL first lets `re` try only there
_HEAD = compiled("\x00(?:[^\\w\\s\x00]|_|(?:" + words_pattern(NOT_FIRST) + ")(?!\\w))")
#: the end of a mention's text that may end wrong, read in the texts reversed (a word reversed)
_TAIL = compiled("\x00(?:[^\\w\\s\x00]|_|(?:" + words_pattern(word[::-1] for word in NOT_LAST | ARTICLES_LAST | {"The"})
                 + ")(?!\\w))")
#: a name's text that begins with an article (most nominals do: they are not searched)
_ARTICLE_FIRST = compiled("(?:" + words_pattern(ARTICLES) + ")(?!\\w)")


def _maybe_odd(texts: Sequence[str], kinds: Sequence[str]) -> list[int]:
    """The mentions (indices) whose edges `_edge` must read: those `texts_matching` V345's `_HEAD` and `_TAIL`, and
    the names' first words."""
    names = list(compress(range(len(kinds)), map("name".__eq__, kinds)))
    found = set(compress(names, map(_ARTICLE_FIRST.match, map(texts.__getitem__, names))))
    return sorted(found.union(texts_matching(texts, _HEAD, _TAIL)))


def texts_matching(texts: Sequence[str], head: re.Pattern[str], tail: re.Pattern[str] | None = None) -> set[int]:
    """The texts (indices) in which `head` matches (`\\x00` stands for the start of a text, a NUL before it, and for
    its end) or, read reversed, `tail` does (its `\\x00` the text's end): the texts joined by NULs are searched once
    from the front and once, reversed, from the back (most texts match neither); a match's text is told by the NULs
    before it, counted from the last match on. A text that holds a NUL (V279's) has each text searched alone."""
    joined = "\x00" + "\x00".join(texts) + "\x00"
    if joined.count("\x00") != len(texts) + 1:
        return {i for i, text in enumerate(texts) if head.search(f"\x00{text}\x00")
                or (tail is not None and tail.search(f"\x00{text[::-1]}\x00"))}
    found = _told(joined, head, 0)
    if tail is not None:  # a text's index reversed is the number of NULs after it, less one
        found.update(len(texts) - 1 - k for k in _told(joined[::-1], tail, 0))
    return found


def texts_holding(texts: Sequence[str], chars: str) -> set[int]:
    """The texts (indices) that hold any of `chars`: `texts_matching` of a class of these characters, by a `str.find`
    loop a character in the texts joined (C speed; a pattern's class is tried at every offset), each place's text
    told by a bisection of the texts' ends in the joined text (most texts hold none)."""
    joined = "".join(texts)
    ends: list[int] | None = None
    found: set[int] = set()
    for char in chars:
        at = joined.find(char)
        while at >= 0:
            if ends is None:
                ends = list(accumulate(map(len, texts)))
            found.add(bisect.bisect_right(ends, at))
            at = joined.find(char, at + 1)
    return found


def _told(joined: str, pattern: re.Pattern[str], first: int) -> set[int]:
    """The texts (indices, from `first`) of `joined` that `pattern`'s matches start in: the NULs before each match,
    counted from the one before (linear in the joined text, however many match), less the one before the first."""
    found: set[int] = set()
    seen, at = first - 1, 0
    for m in pattern.finditer(joined):
        seen += joined.count("\x00", at, m.start() + 1)
        at = m.start() + 1
        found.add(seen)
    return found


def _edge(tokens: Sequence[str], name: bool = False, glued: Sequence[bool] | None = None) -> str:
    """What is wrong at the edges of a span of these tokens, a name's with `name` ('' if nothing); `glued[k]`: whether
    token k+1 follows token k without a gap (all, if not given: `Russia - and` is no compound, `sit-in` is one)."""
    if not tokens:
        return ""
    head, tail, n = tokens[0], tokens[-1], len(tokens)
    joined = list(glued) if glued is not None else [True] * (n - 1)
    if all_punctuation(head) and not (head in _PAIRS and _PAIRS[head] in tokens[1:]) \
            and not (name and n > 1 and (head in _NAME_ENDS or (head in _NAME_STARTS and joined[0]))):
        return f"begins with {head!r}"  # a name's elided article (`['Ndrangheta]`), a handle (`[@KremlinRussia]`)
    if head in (NOT_FIRST_OF_A_NAME if name else NOT_FIRST) and not (n > 1 and (
            (tokens[1] == "-" and joined[0] and n > 2 and joined[1]) or tokens[1] in OPENS_WITH.get(head, ())
            or (head == "between" and tokens[1][:1].isdigit()))):
        return f"begins with the word {head!r}"
    if all_punctuation(tail) and not (tail in _CLOSERS and _CLOSERS[tail] in tokens[:-1]) and not (
            name and n > 1 and (tail in _NAME_ENDS or (tail == "." and _abbreviated(tokens[-2])))):
        return f"ends with {tail!r}"
    if tail in NOT_LAST and n > 1 and not (n > 2 and tokens[-2] == "-" and joined[-1] and joined[-2]):
        return f"ends with the word {tail!r}"  # not `[passers-by]`, `[a sit-in]`
    return ""


def _article_last(tokens: Sequence[str]) -> str:
    """What V345 says of a span that ends with an article in lower case or is `The` alone (`ARTICLES_LAST`), beyond
    `_edge` ('' if nothing): not read by `trimmed`, whose spans a system cut (`baselines/crf.py`) stay as they were."""
    if not tokens or not (tokens[-1] in ARTICLES_LAST or (len(tokens) == 1 and tokens[0] == "The")):
        return ""
    return f"ends with the article {tokens[-1]!r}" if len(tokens) > 1 else f"is the article {tokens[-1]!r} alone"


def _abbreviated(word: str) -> bool:
    """Whether a name's closing period may follow this word: an abbreviation (`Inc`, `Jr`, `Ill`, `Ave`) or an
    initial (`John Q.`)."""
    return word in _ABBREVIATED or (len(word) == 1 and word.isupper())


def trimmed(tokens: Sequence[str], name: bool = False) -> tuple[int, int]:
    """The tokens [first, end) of a span that are left once the edges V345 refuses are cut off (a system's span:
    `baselines/crf.py`); first == end where none is left."""
    first, end = 0, len(tokens)
    while first < end and (said := _edge(tokens[first:end], name)):
        if said.startswith("begins"):
            first += 1
        else:
            end -= 1
    return first, end


@rule("V344", "mention-inside-a-name", "a mention lies inside a multi-word name",
      "remove the inner mention: a name is atomic ([Korean Central News Agency], [Pyongyang station]); a nationality "
      "before a name that does not include it is a mention beside it ([South Korean] [Foreign Ministry])")
def mention_inside_a_name(ctx: DocContext) -> Iterator[Hit]:
    """Names are atomic (docs/guidelines.md, hard case 10): nothing nests inside a name of two words or more, so
    `Korean` in `Korean Central News Agency` or `Pyongyang` in `Pyongyang station` is no mention of its own; it
    would count a referent the text does not name and nest a tag inside the name in the bracketed exports. A
    mention inside a name of its own entity is V245's, two mentions over one span V224's."""
    view = ctx.view
    starts, ends, entities = (view.column("mentions", f) for f in ("start", "end", "entity"))
    in_order = all(map(operator.le, starts[:-1], starts[1:]))
    # in start order, a span holds another only where the next one starts inside it, or the one before starts with it
    holding: Iterable[int] = sorted({*compress(range(len(starts) - 1), map(operator.gt, ends, starts[1:])),
                                     *compress(range(1, len(starts)), map(operator.eq, starts[:-1], starts[1:]))}) \
        if in_order else range(len(starts))
    kinds, ranges = view.column("mentions", "kind"), view.token_ranges("mentions")
    names = [n for n in holding if kinds[n] == "name" and ranges[n][1] - ranges[n][0] > 1]
    if not names:
        return
    order = range(len(starts)) if in_order else sorted(range(len(starts)), key=starts.__getitem__)
    ordered = starts if in_order else list(map(starts.__getitem__, order))
    spans: set[tuple[int, int]] = set()  # each name's span read once: thousands of copies of one took the square
    told: set[int] = set()  # each inner mention told once, against the widest name that holds it
    for n in sorted(names, key=lambda n: (starts[n], -ends[n])):
        if (starts[n], ends[n]) in spans:
            continue
        spans.add((starts[n], ends[n]))
        for i in order[bisect.bisect_left(ordered, starts[n]):bisect.bisect_left(ordered, ends[n])]:
            if i not in told and ends[i] <= ends[n] and (starts[i], ends[i]) != (starts[n], ends[n]) \
                    and entities[i] != entities[n]:
                told.add(i)
                m, name = ctx.doc.mentions[i], ctx.doc.mentions[n]
                yield Hit(pointer("mentions", i), m.id, f"{m.text!r} is inside the name {name.id} {name.text!r}")


#: the words that open a noun phrase, in lower case: an article, a demonstrative (not `that`, also a conjunction:
#: `said that [the two leaders]`), a possessive determiner, a quantifier or a number word; a nominal right after one
#: leaves it out (docs/guidelines.md, Nominals: from its determiner or first premodifier); not `her`, also an object
#: (`showed her [the rocket assembly building]`)
DETERMINERS = frozenset({"the", "a", "an", "this", "these", "those", "his", "its", "their", "our", "my", "your",
                         "some", "several", "many", "few", "both", "each", "every", "another", "all", "any", "such",
                         "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
                         "thousands", "millions", "billions"})
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
#: the number words past ten, in lower case (`eleven`, `twenty-five`, `hundred` of `two hundred`, `dozen`): a set,
#: looked up once per nominal (an expression took 0.4 us a nominal)
NUMBER_WORDS = frozenset({"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                          "nineteen", *_TENS, *(f"{ten}-{unit}" for ten in _TENS for unit in _UNITS), "hundred",
                          "thousand", "million", "billion", "dozen"})
#: the determiners a number or a quantifier follows inside one noun phrase (`the [two leaders]` is cut short)
_CENTRAL = frozenset({"the", "a", "an", "this", "these", "those", "his", "its", "their", "our", "my", "your"})
#: the quantifiers that follow one of `_CENTRAL` (`the many`, `his few`), besides the numbers
_POSTDETERMINERS = frozenset({"many", "few", "several", "two", "three", "four", "five", "six", "seven", "eight",
                              "nine", "ten"})
#: the words that stand before an article or a possessive inside one noun phrase (`all [the weapons]` and `such [a
#: deal]` are cut short); not `both`, which also opens a coordination (`both [the leaders] and [their aides]`)
_PREDETERMINERS = frozenset({"all", "such", "half"})
#: a possessive `’s` (`Kim’s delegation`: the possessive determiner is part of the nominal), or a number (`1,000`)
_OPENER = compiled(r"['\u2019]s|\d[\d,.]*")
#: the words a nominal may open with as its own determiner or number, and those that follow an article in one phrase
_OWN_OPENINGS, _AFTER_ARTICLE = DETERMINERS | NUMBER_WORDS, _POSTDETERMINERS | NUMBER_WORDS
#: the number words, and the words before one inside one noun phrase: another number word (`twenty [five officials]`,
#: `two [hundred officials]`) or a quantifier (`all [three officials]`, `another [three officials]`)
_NUMBERS = NUMBER_WORDS | (_POSTDETERMINERS - {"many", "few", "several"})
_BEFORE_NUMBERS = _NUMBERS | {"all", "another", "some", "any", "every"}
#: the words in lower case after which a nominal may be cut short (`_OPENER` aside: no word of letters matches it); a
#: word before a nominal that is none of these and is all letters cuts nothing (most are: they are passed at C speed)
_MAY_CUT = _OWN_OPENINGS | _CENTRAL | _PREDETERMINERS | _BEFORE_NUMBERS


@rule("V354", "nominal-without-determiner", "a nominal mention leaves out the determiner, possessor or number "
      "before it", "widen the span over its determiner: [the two leaders], [Kim’s delegation], [two other cities]; "
      "the possessor stays a mention of its own inside it")
def nominal_without_determiner(ctx: DocContext) -> Iterator[Hit]:
    """A nominal is the noun phrase from its determiner (or first premodifier) to its head (docs/guidelines.md,
    Nominals): a possessive determiner is part of it (`[Kim’s delegation]`, the possessor nested), and so are a
    number and a quantifier. A nominal right after such a word that no mention covering both holds was cut short
    (an attack's `delegation` out of `Kim’s delegation`, `other cities` out of `two other cities` passed), and its
    extent differs from every export's and scorer's reading of the phrase. Only a word right before the span, a space
    apart, is read; names keep their article outside (`the [Kremlin]`). The words are `DETERMINERS` (with `all`,
    `any`, `such`) and any number word (`NUMBER_WORDS`: `twenty-five`, `hundred`, `dozen`); a nominal that opens
    with its own determiner or number is cut short only after an article or possessive before a number or
    quantifier (`the [two leaders]`), after a predeterminer before an article or possessive (`all [the weapons]`,
    `such [a deal]`), or after a number word or a quantifier before a number (`twenty [five officials]`, `all [three
    officials]`)."""
    view = ctx.view
    kinds = view.column("mentions", "kind")
    if "nominal" not in kinds:
        return
    starts, ends = view.column("mentions", "start"), view.column("mentions", "end")
    ranges, texts, token_ends = view.token_ranges("mentions"), view.token_texts, view.token_ends
    if not texts:
        return
    nominals = list(compress(range(len(kinds)), map("nominal".__eq__, kinds)))
    firsts = map(operator.itemgetter(0), map(ranges.__getitem__, nominals))
    befores = list(map(str.lower, map(texts.__getitem__, map((-1).__add__, firsts))))  # [-1] before the first token
    maybe = map(operator.or_, map(_MAY_CUT.__contains__, befores), map(operator.not_, map(str.isalpha, befores)))
    for i in compress(nominals, maybe):  # the few nominals after a word that may be cut off: read one by one
        first = ranges[i][0]
        if first == 0 or first >= len(texts) or token_ends[first - 1] < starts[i] - 1:
            continue
        word, opening = texts[first - 1], texts[first].lower()
        before = word.lower()
        # a nominal that opens with its own determiner or number leaves out only an article or a possessive before a
        # number or quantifier (`the [two leaders]`), a predeterminer before an article or a possessive (`all [the
        # weapons]`), or a number word or quantifier before a number (`all [three officials]`): what else stands before
        # it is another phrase's (`In 2019 [the two leaders]`, `showed her [the launch site]`)
        if opening in _OWN_OPENINGS:
            cut = (before in _CENTRAL and opening in _AFTER_ARTICLE) or (
                before in _PREDETERMINERS and opening in _CENTRAL) or (
                opening in _NUMBERS and before in _BEFORE_NUMBERS)
        else:
            cut = before in _OWN_OPENINGS or _OPENER.fullmatch(word) is not None
        if cut and not mention_holds(view, view.token_starts[first - 1], ends[i]):  # the word and the nominal
            m = ctx.doc.mentions[i]
            yield Hit(pointer("mentions", i), m.id, f"{m.text!r} leaves out {word!r} before it")
