"""A reported clause cut short: an indirect or mixed quote's content that opens or closes on a word no clause opens
or closes with (V387)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from itertools import repeat

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, brief, rule

#: words, as written in lower case, that open no reported clause: a finite verb or modal, whose subject was cut off
#: (`Kim [would visit ...]` of `[Kim would visit ...]`), a conjunction, `of` (a capitalised `May` or `Will` is a
#: name); not `do` or `have`, which open an infinitive (`urged Russia to [do more]`)
OPENS_NO_CLAUSE = frozenset({"is", "are", "was", "were", "am", "has", "had", "will", "would", "can", "could",
                              "shall", "should", "may", "might", "must", "does", "did", "and", "or", "but", "nor",
                              "of"})
#: words, as written in lower case, that close no clause: an article, a possessive determiner, a conjunction, and the
#: prepositions that are never left stranded at a clause's end (`in`, `for`, `with`, `to` may be: `the house he lived
#: in`); a capitalised `A` is a name's (`Plan A`)
CLOSES_NO_CLAUSE = frozenset({"the", "a", "an", "of", "and", "or", "but", "nor", "his", "its", "their", "our", "my",
                               "your", "whose", "than", "into", "onto", "amid", "among", "between", "toward",
                               "towards", "via", "per"})


@rule("V387", "reported-clause-cut", "an indirect or mixed quote's content opens or closes on a word that no clause "
      "opens or closes with", "move the content's edge to the clause's: its subject at the start, its last word at "
      "the end (docs/guidelines.md, Quotations)", predictions="gold only")
def reported_clause_cut(ctx: DocContext) -> Iterator[Hit]:
    """An indirect or mixed quote's content is the reported clause whole (docs/guidelines.md, Quotations), and V349
    reads only an edge inside a mention: a content cut short by a word passed (`... the war in [Ukraine]` ending on
    `in`; `[North Korea] would supply` starting at `would`), and every export then scores half a clause as what was
    said. A clause neither opens with a finite verb or modal, a conjunction or `of`, nor closes with an article, a
    possessive determiner, a conjunction or a preposition that is never left at a clause's end (each as written in
    lower case). Only the first fragment's start is read: a later one may go on after an interruption (`North Korea,
    he said, [is providing ...]`); every fragment's end is. Direct quotes are V386's and V252's (their marks show
    their edges); no content of release 1 is refused."""
    quotes = ctx.doc.quotes
    fragments = [(i, j, span) for i, q in enumerate(quotes) if q.kind != "direct" for j, span in enumerate(q.content)]
    if not fragments:
        return
    view = ctx.view
    words, starts = view.token_texts, view.token_starts
    # `view.token_range` of every fragment at once: a bisection each, without a call per fragment
    firsts = list(map(bisect_left, repeat(starts), [span.start for _, _, span in fragments]))
    ends = list(map(bisect_left, repeat(starts), [span.end for _, _, span in fragments]))
    for (i, j, span), first, end in zip(fragments, firsts, ends, strict=True):
        edge = clause_edge(words, first, end, j == 0)
        if edge is not None:
            yield Hit(pointer("quotes", i, "content", j), span.text,
                      f"{quotes[i].id}'s content {brief(span.text)} {edge}")


def clause_edge(words: Sequence[str], start: int, end: int, first: bool) -> str | None:
    """What is wrong with the edges of a fragment of tokens [start, end), read on its first and last words (its
    marks and stops aside): the first only for the first fragment; None where nothing is. Each word is sought from
    its edge inward: the words between are never read."""
    k = end - 1
    while k >= start and not words[k][:1].isalnum():
        k -= 1
    if k < start:
        return None  # no word: V237's
    last = words[k]
    if first:
        k = start
        while not words[k][:1].isalnum():
            k += 1
        if words[k] in OPENS_NO_CLAUSE:
            return f"opens on {words[k]!r}"
    return f"closes on {last!r}" if last in CLOSES_NO_CLAUSE else None
