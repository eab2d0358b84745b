"""Where a mention begins and ends, by its tokens: a punctuation mark or a function word at either end (V345), and a
mention inside a multi-word name (V344)."""

from __future__ import annotations

import bisect
import operator
import unicodedata
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import compress

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, rule

#: words that begin no mention, written in lower case (a capitalised one may be a name's: `Said`): a conjunction or a
#: preposition, which a span shifted or widened by a token takes in
NOT_FIRST = frozenset({"and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from", "into",
                       "as", "than", "said", "says", "told"})
#: words that begin no name, in lower case: an article or a demonstrative stays outside it (`the [Kremlin]`; one
#: that is part of the name is written with its capital: `The Hague`)
NOT_FIRST_OF_A_NAME = NOT_FIRST | frozenset({"the", "a", "an", "that", "this", "these", "those"})
#: words that end no mention, in lower case: those, the articles but `a` (`Group A` is a name, and no review found a
#: span widened over an `a`), and a verb or auxiliary that follows a subject (`[Moscow must]`, `[Kim said]`; not
#: `will`, `may` or `can`, which are nouns too)
NOT_LAST = NOT_FIRST | frozenset({"the", "an", "is", "are", "was", "were", "has", "have", "had", "must", "would",
                                  "could", "should", "might"})
#: the marks a mention may begin (end) with where it holds their other half: `its "sacred fight"`, `[(KCNA)]`
_PAIRS = {'"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019", "\u00ab": "\u00bb", "(": ")", "[": "]",
          "{": "}"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}


def _punctuation(token: str) -> bool:
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
    (`[its "sacred fight"]`). Spans off the token boundaries are V212's, a possessive V248's."""
    view = ctx.view
    if not view.tokens_tile:  # tokens that do not tile the text are V213's: their edges say nothing
        return
    texts, ranges = view.token_texts, view.token_ranges("mentions")
    aligned = list(map(operator.and_, map(view.start_set.__contains__, view.column("mentions", "start")),
                       map(view.end_set.__contains__, view.column("mentions", "end"))))  # else V212's
    kept = list(compress(range(len(ranges)), aligned))
    odd = list(map(operator.or_, map(_odd_head, (texts[ranges[i][0]] for i in kept)),
                   map(_odd_tail, (texts[ranges[i][1] - 1] for i in kept))))
    kinds = view.column("mentions", "kind")
    for i in compress(kept, odd):
        first, last = ranges[i]
        said = _edge(texts[first:last], kinds[i] == "name")
        if said:
            m = ctx.doc.mentions[i]
            yield Hit(pointer("mentions", i), m.id, f"{m.text!r} {said}")


@lru_cache(maxsize=4096)
def _odd_head(token: str) -> bool:
    """Whether a span that begins with this token may begin wrong (`_edge` says)."""
    return token in NOT_FIRST_OF_A_NAME or _punctuation(token)


@lru_cache(maxsize=4096)
def _odd_tail(token: str) -> bool:
    return token in NOT_LAST or _punctuation(token)


def _edge(tokens: Sequence[str], name: bool = False) -> str:
    """What is wrong at the edges of a span of these tokens, a name's with `name` ('' if nothing)."""
    if not tokens:
        return ""
    head, tail = tokens[0], tokens[-1]
    if _punctuation(head) and not (head in _PAIRS and _PAIRS[head] in "".join(tokens[1:])):
        return f"begins with {head!r}"
    if head in (NOT_FIRST_OF_A_NAME if name else NOT_FIRST):
        return f"begins with the word {head!r}"
    if _punctuation(tail) and not (tail in _CLOSERS and _CLOSERS[tail] in "".join(tokens[:-1])):
        return f"ends with {tail!r}"
    if tail in NOT_LAST and len(tokens) > 1:
        return f"ends with the word {tail!r}"
    return ""


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
    kinds, ranges = view.column("mentions", "kind"), view.token_ranges("mentions")
    names = [n for n in compress(range(len(kinds)), map("name".__eq__, kinds)) if ranges[n][1] - ranges[n][0] > 1]
    if not names:
        return
    starts, ends, entities = (view.column("mentions", f) for f in ("start", "end", "entity"))
    order = sorted(range(len(starts)), key=starts.__getitem__)
    ordered = list(map(starts.__getitem__, order))
    for n in names:
        for i in order[bisect.bisect_left(ordered, starts[n]):bisect.bisect_left(ordered, ends[n])]:
            if ends[i] <= ends[n] and (starts[i], ends[i]) != (starts[n], ends[n]) and entities[i] != entities[n]:
                m, name = ctx.doc.mentions[i], ctx.doc.mentions[n]
                yield Hit(pointer("mentions", i), m.id, f"{m.text!r} is inside the name {name.id} {name.text!r}")
