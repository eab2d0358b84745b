"""The token layer against the tokenizer it records (V267): the runs of text where the stored tokens may differ are
tokenized again; and a token that is, begins or ends with an invisible format character, whatever made it (V268)."""

from __future__ import annotations

import bisect
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import chain, compress, filterfalse
from operator import itemgetter

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import NON_SPACE_RUNS, DocContext, Hit, brief, rule
from vostochny.model import tokenize
from vostochny.patterns import compiled
from vostochny.reading.view import DocumentView

#: the versions of this tokenizer whose output the stored token layer is held to, each with the characters
#: around which its tokens are not judged (1.0 kept a clitic after U+02BC in its word: `Putinʼs`)
_TOKENIZER_VERSIONS = {tokenize.VERSION: "", "1.2": "", "1.1": "", "1.0": "\u02bc"}
#: the two characters either side of a place where one token ends and the next starts without a space, that
#: one token of the tokenizer may hold: two letters or digits (`Join` `ed`; the tokenizer itself splits
#: `does` `n’t` and `Putin` `ʼs`), and the pieces of `U.S.`, `42.7`, `1,000`, `’s`, `n’t`, `...`, `--`; a combining
#: mark or a skin tone and what it follows (`Zoe` U+0308), a letter after a mark, the halves of a flag
_MAYBE_SPLIT = compiled(r"\w\w|[A-Z\d]\.|\.[A-Z\d.]|\d[.,:]|[.,:]\d|['\u2019\u02bc][srvldmt]|n['\u2019\u02bc]|--"
                        r"|(?s:.)(?:" + tokenize.MARK + r"|[\U0001f3fb-\U0001f3ff])|" + tokenize.MARK + r"\w"
                        r"|[\U0001f1e6-\U0001f1ff]{2}")
#: the tokens that an abbreviation makes, with its period or without (split from it)
_ABBREVIATED = frozenset(chain(tokenize.ABBREVIATIONS, (f"{a}." for a in tokenize.ABBREVIATIONS)))
#: an abbreviation with its period, which the tokenizer keeps whole before a space (`Mr.`): read where it is followed
#: by no space, or split from its period (`_abbreviations`)
_ABBREVIATED_WITH_PERIOD = tuple(f"{a}." for a in tokenize.ABBREVIATIONS)
#: the format characters (Unicode Cf) of the tokenizer
_FORMAT = frozenset(tokenize.FORMAT)


@rule("V280", "tokenizer-unknown", "the document records a tokenizer whose output the validator cannot check",
      "re-make the tokens and sentences with vostochny.model.tokenize (vostochny new does) and record its name and "
      "version; a tokenizer's new version comes with this package's next release")
def tokenizer_unknown(ctx: DocContext) -> Iterator[Hit]:
    """The token and sentence layers are this project's tokenizer's output (docs/guidelines.md, Tokens), and
    V267 holds the stored tokens to the version recorded: a name or version it does not know would leave them
    unchecked, so that a word split in two or a mention starting inside a word passes once the record says
    `spacy` or `0.9`. Another tokenizer's layers are re-made with this one; a version newer than this package
    knows is read by the release that brings it."""
    recorded = ctx.doc.tokenizer
    known = ", ".join(sorted(_TOKENIZER_VERSIONS))
    if recorded.name != tokenize.NAME:
        yield Hit(pointer("tokenizer", "name"), recorded.name, f"{recorded.name!r}: the tokens are {tokenize.NAME}'s")
    elif recorded.version not in _TOKENIZER_VERSIONS:
        yield Hit(pointer("tokenizer", "version"), recorded.version,
                  f"{tokenize.NAME} {recorded.version!r} (known: {known})")


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
    Tokens that do not tile the text are V213's; a tokenizer or version it does not know V280's."""
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
        older = "" if recorded.version == tokenize.VERSION else (
            f"; {tokenize.NAME} {recorded.version}, which the file records, is held to {tokenize.VERSION}: re-make "
            "the tokens with it")
        for index, said in found:
            yield Hit(pointer("tokens", index), list(ctx.doc.tokens[index]),
                      f"{said} ({len(found)} token(s) differ, {corrections} corrections recorded{older})")
    elif len(found) < corrections:
        yield Hit(pointer("tokenizer", "corrections"), corrections, f"{corrections} corrections recorded; "
                  f"{len(found)} token(s) differ from {tokenize.NAME} {recorded.version}'s")


#: how V283 says a stored sentence starts where the splitter starts none (the validator folds what lies over that cut)
_ADDED = "starts no sentence at"
#: (the whole opening of its message, which the validator reads; the text quoted after it may hold anything)
ADDED_START = f"{tokenize.NAME} {_ADDED}"


@rule("V283", "sentences-not-splitter", "the sentence layer is not the recorded tokenizer's sentence split with as "
      "many sentence starts corrected as tokenizer.sentence_corrections says", "re-make the sentences with "
      "vostochny.model.tokenize.sentences, or count every sentence start added or removed by hand in "
      "tokenizer.sentence_corrections (a boundary moved is two)")
def sentences_not_splitter(ctx: DocContext) -> Iterator[Hit]:
    """The sentence layer is the tokenizer's sentence split of the stored tokens (`tokenize.sentences`: a line break
    ends a sentence, and a final mark before a capital, a digit or an opening quote), with the sentence starts added
    or removed by hand counted in `tokenizer.sentence_corrections` (docs/guidelines.md, One sentence: a boundary
    inside a name is moved, V240). A boundary moved, two sentences joined or one split that no one recorded changes
    what V217, V240 and V266 judge and every export's sentences silently; a count larger than the starts that differ
    records corrections that were not made. A start after a final mark is removed only where a mention or a quote's
    cue crosses it (the boundary the guidelines move, V240), or where the words before it end no sentence (a title,
    `Mr.`; a month's abbreviation before its day, `Sept.` | `13`, which the splitter ends a sentence after); one at a
    line break the line before ends in no final mark (a hard-wrapped paragraph) may be. A start is added only after a
    final mark the splitter does not read as one (inside a token, `U.S.`, `...`; or `…`), before a capital, a digit
    or an opening quote before no word in lower case (`the U.S.` | `"will not hesitate ..."`, the sentence-boundary
    sweep's, goes on its sentence): one added inside a sentence (`Lim said` | `Moscow must ...`) or after a
    dateline's dash is no sentence of the text (one inside a span is V240's). Two sentences joined and counted, or
    one split and counted (attacks raised the count), passed. Each start that differs is reported on the sentence it
    opens, or on the stored sentence the splitter would split. The splitter reads the stored tokens, which V267 holds
    to the tokenizer's; where tokens were corrected by hand, the tokenizer's own (the sentences were made before the
    correction: `Adm.` split from its period ends no sentence). Sentences that do not tile the tokens are V214's,
    tokens that do not tile the text V213's, a tokenizer it does not know V280's."""
    view, recorded, text = ctx.view, ctx.doc.tokenizer, ctx.text
    if recorded.name != tokenize.NAME or recorded.version not in _TOKENIZER_VERSIONS or text is None \
            or not view.tokens_tile or not ctx.doc.sentences:  # no sentence layer: V214's
        return
    starts, ends, texts = view.token_starts, view.token_ends, view.token_texts
    if recorded.corrections:  # the sentences were split on the tokenizer's tokens, before any was corrected
        made_tokens = tokenize.tokens(text)
        starts, ends = tuple(a for a, _ in made_tokens), tuple(b for _, b in made_tokens)
        texts = tuple(map(text.__getitem__, map(slice, starts, ends)))
    made = set(map(starts.__getitem__, tokenize.sentence_firsts(text, starts, ends, texts)))
    differ = sorted(made.symmetric_difference(view.sentence_starts))
    counted = recorded.sentence_corrections
    if len(differ) > counted:
        tally = f"({len(differ)} sentence start(s) differ, {counted} corrections recorded)"
        for at in differ:
            index = max(view.sentence_of(at), 0)
            first = bisect.bisect_left(starts, at)
            word = brief(text[at:ends[first]] if first < len(ends) else text[at:at + 1])
            said = f"starts a sentence at {word} ({at}), inside this one" if at in made \
                else f"{_ADDED} {word} ({at})"
            sentence = ctx.doc.sentences[index]
            yield Hit(pointer("sentences", index), [sentence.start, sentence.end], f"{tokenize.NAME} {said} {tally}")
    elif len(differ) < counted:
        yield Hit(pointer("tokenizer", "sentence_corrections"), counted, f"{counted} sentence corrections recorded; "
                  f"{len(differ)} sentence start(s) differ from {tokenize.NAME}'s")
    else:
        for at in differ:
            wrong = _no_correction(ctx, made, at)
            if wrong:
                index = max(view.sentence_of(at), 0)
                sentence = ctx.doc.sentences[index]
                yield Hit(pointer("sentences", index), [sentence.start, sentence.end],
                          f"{tokenize.NAME} {wrong} is no correction")


def _no_correction(ctx: DocContext, made: set[int], at: int) -> str | None:
    """What makes a counted sentence start that differs from the splitter's (at offset `at`; `made`, the splitter's
    starts) no correction, or None: a start removed where no span crosses it and a final mark is before it, or a
    start added inside no span where the text before it ends in no final mark or it opens with no capital, digit or
    opening quote."""
    text = ctx.text or ""
    place = f"{brief(text[at:at + 20])} ({at})"
    if at in made:
        return None if _crossed(ctx, at) else (f"starts a sentence at {place}, inside this one: a start after a "
                                               "final mark removed where no mention or quote's cue crosses it")
    if _spanned(ctx, at) or (_after_final_mark(text, at) and _opens(text, at)):
        return None
    return f"{_ADDED} {place}: a start added where no final mark ends the text before it, or before " \
        "a word in lower case,"


def _opens(text: str, at: int) -> bool:
    """Whether the text at offset `at` may open a sentence the splitter missed: a capital, a digit, or an opening
    quote or bracket before no word in lower case (`the U.S.` | `"will not hesitate ..."` goes on the sentence)."""
    if not tokenize.opens_sentence(text[at:at + 1]):
        return False
    rest = text[at:at + 8].lstrip("\"'\u201c\u2018([\u00ab")
    return not rest[:1].islower()


#: what may follow a sentence's final mark before the space (`.”`, `.)`)
_CLOSERS = "\"”’')]»"


def _after_final_mark(text: str, at: int) -> bool:
    """Whether the text before offset `at`, its spaces and closers left out, ends in a final mark (read from its
    end: a copy of the text up to each start was quadratic)."""
    before = at
    while before and text[before - 1].isspace():
        before -= 1
    while before and text[before - 1] in _CLOSERS:
        before -= 1
    return bool(before) and text[before - 1] in ".!?…"


def _crossed(ctx: DocContext, at: int) -> bool:
    """Whether the sentence start the splitter makes at offset `at` may be removed: the line before it ends in no
    final mark (a hard-wrapped paragraph, joined over its line breaks), a mention or a quote's cue crosses it
    (starts before it and ends after it: V240's boundary inside a span), or the words before it end no sentence
    (`Sept.` | `13`: a date, split by the splitter)."""
    text = ctx.text or ""
    return not _after_final_mark(text, at) or _spanned(ctx, at) or no_end_before(text, at) is not None


#: the titles that stand before a name and end no sentence (`Mr.` | `Putin`): the tokenizer's abbreviations but
#: `St.`, `Jr.` and `No.` (`... on Elm St.`, `Martin Luther King Jr.` may end one), and a few more
_TITLES = frozenset(tokenize.ABBREVIATIONS).difference({"St", "Jr", "No"}).union({"Prof", "Maj", "Cmdr"})
#: the months' abbreviations, which end no sentence before a day's number (`Sept.` | `13`)
_MONTHS = frozenset({"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"})
#: the abbreviated word and its period at the end of a text, spaces after it (on one line)
_ABBREVIATION_AT_END = compiled(r"(?<![\w.])([A-Z][a-z]{1,4})\.[ \t\u00a0]*\Z")


def no_end_before(text: str, at: int) -> str | None:
    """The word before offset `at` on its line, with its period, where it ends no sentence: a title (`Mr.`) before
    any word, a month's abbreviation (`Sept.`) before a digit; or None. `_ABBREVIATION_AT_END` is searched for only
    where the 12 characters before `at` end as a match does, a lower-case letter and a period before the spaces (a
    search tries it at each offset, and most offsets follow no period: thirty-seventh session)."""
    stretch = text[max(0, at - 12):at].rstrip(" \t\u00a0")
    found = _ABBREVIATION_AT_END.search(text, max(0, at - 12), at) \
        if stretch.endswith(".") and stretch[-2:-1].islower() else None
    if found is None:
        return None
    word = found.group(1)
    return f"{word}." if word in _TITLES or (word in _MONTHS and text[at:at + 1].isdigit()) else None


def title_before(text: str, at: int) -> str | None:
    """The title (`Mr.`) before offset `at` on its line, with its period, or None."""
    word = no_end_before(text, at)
    return word if word is not None and word[:-1] in _TITLES else None


@rule("V479", "sentence-opens-with-closing-mark", "a sentence opens with the closing quote mark or bracket of the "
      "sentence before it", "end the sentence before after its closing mark (the start moved, counted in "
      "tokenizer.sentence_corrections)")
def sentence_opens_with_closing_mark(ctx: DocContext) -> Iterator[Hit]:
    """A closing quote mark or bracket glued to a sentence's final mark closes that sentence (`... will be
    immortal."`): a sentence that opens with it (`... immortal.` | `"`) leaves the quote open in the sentence before
    and opens the next with its close, in every export's sentences. The splitter keeps a closing mark with the final
    mark it follows, and a start added there passed V283 counted (a final mark before it, and a straight `"` that
    may open a quote): four of the five survivors of the thirty-fourth session's sentence-boundary sweep. Read: a
    sentence whose first character is a closing mark (`"`, `”`, `’`, `'`, `)`, `]`, `»`) with no space between it and
    a final mark or closing mark before it. Sentences that do not tile the tokens are V214's; a start added uncounted
    V283's; a start past the text V201's (its empty slice is in every string: it crashed V479)."""
    text = ctx.text
    if text is None or not ctx.view.tokens_tile:
        return
    sentences = ctx.doc.sentences
    for index, sentence in enumerate(sentences[1:], 1):
        at = sentence.start
        if 0 < at < len(text) and text[at] in _CLOSERS and text[at - 1] in _CLOSERS + ".!?\u2026":
            before = sentences[index - 1]
            yield Hit(pointer("sentences", index), [sentence.start, sentence.end],
                      f"sentence {brief(sentence.text)} opens with the closing mark of {brief(before.text)}")


@rule("V478", "sentence-ends-at-title", "a sentence ends after a title (`Mr.` | `Putin`)", "join it with the "
      "sentence after it (a start removed, counted in tokenizer.sentence_corrections)")
def sentence_ends_at_abbreviation(ctx: DocContext) -> Iterator[Hit]:
    """A title's period ends no sentence: it stands before the name it titles (`Mr.` | `Putin kill innocent
    Ukrainians` is one sentence): a sentence that ends on one, the next starting on its line, is a sentence split by
    hand or by a splitter, and every export's sentences and the rules that read a span's sentence (V217) read two
    halves of one. The thirty-fourth session's sentence-boundary sweep: a start added after `Mr.` and counted in
    tokenizer.sentence_corrections passed V283 (a final mark inside a token, before a capital: the one such survivor
    of 3 824 edits). Not judged: a month's abbreviation before its day (`Sept.` | `13`: the tokenizer splits `Sept`
    from its period and ends a sentence there; V283 accepts that start removed and counted, and a document that
    keeps the splitter's start is not refused), an initial (`John F.` | `Kennedy`, or `Plan B.` | `Kim` that may end
    one: a name's initial inside a mention is V240's), `St.`, `Jr.` and `No.` (`... on Elm St.` may end one), a
    sentence that ends at a line's end (a line break ends a sentence). Sentences that do not tile the tokens are
    V214's; a start added or removed uncounted V283's."""
    text, view = ctx.text, ctx.view
    if text is None or not view.tokens_tile or "." not in text:
        return
    for index, sentence in enumerate(ctx.doc.sentences[1:], 1):
        word = title_before(text, sentence.start) if sentence.start <= len(text) else None  # past the text: V201's
        if word is not None:
            before = ctx.doc.sentences[index - 1]
            yield Hit(pointer("sentences", index - 1), [before.start, before.end],
                      f"sentence {brief(before.text)} ends after {word!r}, before {brief(sentence.text)}")


def _spanned(ctx: DocContext, at: int) -> bool:
    """Whether a mention or a quote's cue crosses offset `at` (a sentence boundary there is V240's)."""
    _, starts, reach = ctx.view.mentions_in_order
    last = bisect.bisect_left(starts, at) - 1
    return (last >= 0 and reach[last] > at) or any(cue is not None and cue.start < at < cue.end
                                                   for cue in ctx.view.column("quotes", "cue"))


def _runs_maybe_other(view: DocumentView, text: str) -> list[tuple[int, int]]:
    """The runs of text between spaces in which the stored tokens may differ from the tokenizer's: where two
    tokens meet without a space and one token could hold both (`_MAYBE_SPLIT`), where a token of two or
    more characters not all letters or digits is not one token alone (`_whole`), where an abbreviation
    and its period are (`Mr.`), and where an e-mail address, a U+02BC or a format character may be (a word
    split at a soft hyphen leaves no two tokens meeting). Every other run is made of
    one-character tokens and words that meet punctuation, as the tokenizer makes them."""
    glued = list(view.start_set.intersection(view.end_set))  # offsets where two tokens meet without a space
    after, before = (_chars(text, offsets) for offsets in (glued, list(map((-1).__add__, glued))))
    pairs = list(map(operator.add, before, after))
    kinds = list(set(pairs))  # a few dozen kinds of pair: each tried once (`_may_split`, kept between documents)
    odd_pairs = set(compress(kinds, map(_may_split, kinds)))
    at = list(compress(glued, map(odd_pairs.__contains__, pairs))) if odd_pairs else []
    distinct: set[str] = set(view.token_texts)
    merged = [t for t in filterfalse(str.isalnum, distinct) if len(t) > 1 and not _whole(t)]
    if merged:
        at += compress(view.token_starts, map(merged.__contains__, view.token_texts))
    if not _ABBREVIATED.isdisjoint(distinct):
        at += (start for start, end in _abbreviations(text) if not text[start - 1:start].isalnum()
               and (end - 1 in view.start_set or not text[end:end + 1].isspace()))
    if "@" in text or "\u02bc" in text:
        at += (m.start() for m in re.finditer("[@\u02bc]", text))
    if view.text_has_format:  # a word split at a format character (`Vladi` U+00AD `mir`): no token meets
        at += compress(range(len(text)), map(_FORMAT.__contains__, text))  # another there, the gap is no space
    return _runs_of(text, at) if at else []


@lru_cache(maxsize=4096)
def _may_split(pair: str) -> bool:
    """Whether one token of the tokenizer may hold the two characters either side of a place where two tokens meet
    (`_MAYBE_SPLIT`, whose classes of marks cost some 5 000 instructions a try; a document meets a few dozen kinds
    of pair, nearly all met in the documents before)."""
    return _MAYBE_SPLIT.fullmatch(pair) is not None


def _abbreviations(text: str) -> list[tuple[int, int]]:
    """The offsets of every abbreviation with its period in a text (`Mr.`, `Gen.`), by one `str.find` loop a word (C
    speed; a pattern of the words, `(?:Adm|Mr|...)\\.`, tried them at every offset: ~300 k instructions a synthetic
    document that holds one): no word of `tokenize.ABBREVIATIONS` ends with another, so that no two places overlap
    and these are the pattern's matches (tests/test_direct_reads.py compares the two)."""
    found: list[tuple[int, int]] = []
    for word in _ABBREVIATED_WITH_PERIOD:
        at = text.find(word)
        while at >= 0:
            found.append((at, at + len(word)))
            at = text.find(word, at + len(word))
    return found


def _chars(text: str, offsets: Sequence[int]) -> Sequence[str]:
    """The characters of a text at the offsets (by one `itemgetter`, which gives no tuple of one)."""
    return itemgetter(*offsets)(text) if len(offsets) > 1 else [text[at] for at in offsets]


def _runs_of(text: str, offsets: Iterable[int]) -> list[tuple[int, int]]:
    """The runs of text between spaces that hold the offsets (all runs if `[0]` ... one of each); with `[0]`
    alone and no other offset, every run of the text."""
    offsets = sorted(set(offsets))
    if offsets == [0]:
        return [m.span() for m in NON_SPACE_RUNS.finditer(text)]
    runs: list[tuple[int, int]] = []
    for offset in offsets:
        if runs and offset < runs[-1][1]:
            continue
        start = offset
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        found = NON_SPACE_RUNS.match(text, start)
        runs.append(found.span() if found else (offset, offset + 1))
    return runs



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


@rule("V268", "token-format-character", "a token is, begins with or ends with an invisible format character",
      "re-make the tokens with the tokenizer (vostochny.model.tokenize 1.2 or later): a format character between "
      "words is a gap, like a space; one inside a word stays inside its token")
def token_format_character(ctx: DocContext) -> Iterator[Hit]:
    """A format character (Unicode category Cf: the byte-order mark U+FEFF at the start of a text, the zero-width
    space U+200B, the joiners U+200C and U+200D, the word joiner U+2060, bidirectional marks, the soft hyphen)
    is invisible: a token of one is a word that no reader sees, which a model is trained to tag and a count of
    words counts, and a word that begins or ends with one (`\\ufeffNorth`, `Kim\\u200b`) is a second spelling of
    the word, which neither a gazetteer nor the same word elsewhere matches. Between words such a character is a
    gap, as whitespace is; inside a word (`Vladi\\u00admir`, an emoji sequence joined by U+200D) it stays inside
    the word's token (docs/guidelines.md, Tokens). Tokenizer 1.1 and earlier made a token of each one between
    words, and V267 does not compare a one-character token: this rule reads every token, whoever made it."""
    view = ctx.view
    texts = view.token_texts
    if not (view.text_has_format if view.tokens_tile else tokenize.has_format("".join(texts))):
        return  # tokens that tile the text are pieces of it
    for i, token in enumerate(texts):
        edges = {"is": token} if all(map(_FORMAT.__contains__, token)) else {
            "begins with": token[:1], "ends with": token[-1:]}
        said = [f"{how} U+{ord(ch):04X} {unicodedata.name(ch, 'FORMAT CHARACTER')}"
                for how, ch in edges.items() if ch and ch[0] in _FORMAT]
        if said and _as_received(ctx, i):
            yield Hit(pointer("tokens", i), list(ctx.doc.tokens[i]), f"{token!r} {' and '.join(said)}")


def _as_received(ctx: DocContext, i: int) -> bool:
    """Whether token `i`'s text is the raw text at its offsets (or there is no raw text to hold it to): a character
    typed into a token's text alone is V202's, the text differing from the raw, not a damaged copy of the article."""
    text, view = ctx.text, ctx.view
    return text is None or text[view.token_starts[i]:view.token_ends[i]] == view.token_texts[i]


#: the control characters (Unicode category Cc) that are no whitespace: a NUL, a bell, an escape, DEL, the C1 controls
#: but NEL (tab, the line breaks, U+000B, U+000C, U+001C-U+001F and U+0085 are gaps to the tokenizer)
_CONTROL = compiled(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
#: V268's and V279's characters read as the gap a damaged copy put them for (V281 reads a name so: `Kim Jong\ufeffUn`
#: is the name `Kim Jong Un` in a damaged text, V268's or V279's, not a name the registry lacks)
AS_GAP = str.maketrans({c: " " for c in [*tokenize.FORMAT, *map(chr, range(0xA0))]
                        if c in _FORMAT or _CONTROL.match(c)})


@rule("V279", "token-control-character", "a token holds a control character (a NUL, a bell, an escape, DEL, "
      "a C1 control)", "receive the article again: no article's text holds one, so the copy in raw/ is damaged "
      "(raw/ keeps texts as received; the annotations follow the new copy, `vostochny hydrate`)")
def token_control_character(ctx: DocContext) -> Iterator[Hit]:
    """A control character is no part of an article: a text that holds one (a NUL from a truncated download, an
    escape from a terminal, a C1 control from Windows-1252 read as Latin-1) is a damaged copy, and the tokenizer
    makes each such character a token of its own, which every export then writes as a word (a CoNLL-U FORM, a
    CoNLL-2003 line, a word of the HF rows) that no reader sees and some tools refuse. The control characters that
    are whitespace (tab, the line breaks, U+000B, U+000C, U+001C-U+001F, U+0085) are gaps between tokens and are
    left alone. Reads every token, whoever made it; where the tokens are pieces of the text, one search of the
    text finds that none holds one. Invisible format characters (Cf) are V268's."""
    view = ctx.view
    texts = view.token_texts
    if _CONTROL.search(ctx.text if view.tokens_tile and ctx.text is not None else "".join(texts)) is None:
        return
    for i, token in enumerate(texts):
        found = _CONTROL.search(token)
        if found and _as_received(ctx, i):
            ch = found.group()
            yield Hit(pointer("tokens", i), list(ctx.doc.tokens[i]),
                      f"{token!r} holds U+{ord(ch):04X} {unicodedata.name(ch, 'CONTROL CHARACTER')}")


#: the one character a token may not begin with where the token before it ends: an emoji's skin tone, which stays
#: with the emoji before it, and a regional indicator, whose pair is a flag (one beginning a token is the flag's
#: second half where an odd number of them stands before it)
_SKIN_TONES = frozenset(map(chr, range(0x1F3FB, 0x1F400)))
_FLAG_HALVES = frozenset(map(chr, range(0x1F1E6, 0x1F200)))
_ONE_MARK = compiled(tokenize.MARK)
#: a token that ends in a letter or digit (its marks aside), which a skin tone after it is no part of (the tokenizer
#: keeps a skin tone with the emoji or symbol before it only: `Kim` U+1F3FD is two tokens)
_WORD_END = compiled(r"\w" + tokenize.MARK + r"*$")


@rule("V452", "token-inside-character", "a token begins inside a character: with a combining mark, or with the skin "
      "tone or the second half of a flag that the token before it holds the rest of", "keep the mark, the skin tone "
      "and the flag's second half in the token of the character before them (re-make the tokens with "
      "vostochny.model.tokenize 1.3 or later, and take the split back out of tokenizer.corrections); a mark that "
      "follows a space is a damaged copy: receive the article again")
def token_inside_character(ctx: DocContext) -> Iterator[Hit]:
    """What a reader sees as one character may be written as several code points: a letter and its accent (`Zoe`
    U+0308 for `Zoë` in a text saved decomposed), a vowel sign after its consonant, an emoji and its skin tone, a
    flag's two regional indicators. A token that begins with the second part cuts that character in two: a mention
    `Zoe` leaves the accent out, the CoNLL-2003 file has a line for the mark alone, and UD's validator refuses a
    CoNLL-U form that is only a combining mark. Tokenizer 1.3 keeps them together (docs/guidelines.md, Tokens); V267
    holds its layers to it, but counted a split corrected by hand in `tokenizer.corrections` as a correction: this
    rule reads every token, whatever the corrections say or whoever made it. A combining mark opens no token at all
    (after a space it accents nothing: the copy is damaged, as a control character's is, V279); a skin tone or a
    regional indicator opens none where the token before it ends and holds its emoji or the flag's first half (a
    skin tone after a word is a token of its own, as the tokenizer makes it). Two flags written together are two
    tokens (`🇷🇺` `🇰🇵`)."""
    view = ctx.view
    texts = view.token_texts
    odd = {c for c in set(map(operator.itemgetter(slice(0, 1)), texts))
           if c in _SKIN_TONES or c in _FLAG_HALVES or (c and _ONE_MARK.fullmatch(c) is not None)}
    if not odd:
        return
    starts, ends = view.token_starts, view.token_ends
    for i, token in enumerate(texts):
        first = token[:1]
        if first not in odd or not _as_received(ctx, i):
            continue
        before = texts[i - 1] if i and ends[i - 1] == starts[i] else ""
        if first in _SKIN_TONES or first in _FLAG_HALVES:
            if not before or (first in _SKIN_TONES and _WORD_END.search(before)) or (
                    first in _FLAG_HALVES and _flag_halves_before(ctx.text or before, starts[i] if ctx.text
                                                                                   else len(before)) % 2 == 0):
                continue
            what = "a skin tone" if first in _SKIN_TONES else "the second half of a flag"
            said = f"begins with {what}, U+{ord(first):04X}, cut from {before!r} before it"
        elif before:
            said = f"begins with the combining mark U+{ord(first):04X} {unicodedata.name(first, 'MARK')}, cut from " \
                f"{before!r} before it"
        else:
            said = f"begins with the combining mark U+{ord(first):04X} {unicodedata.name(first, 'MARK')}, after a gap"
        yield Hit(pointer("tokens", i), list(ctx.doc.tokens[i]), f"{token!r} {said}")


def _flag_halves_before(text: str, at: int) -> int:
    """How many regional indicators stand right before offset `at` of a text (an odd number: the character at `at`
    is a flag's second half; the pairs are counted from the first of the run, as Unicode does)."""
    count = 0
    while count < at and text[at - 1 - count] in _FLAG_HALVES:
        count += 1
    return count
