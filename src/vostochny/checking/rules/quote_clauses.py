"""A reported clause cut short: an indirect or mixed quote's content that opens or closes on a word no clause opens
or closes with (V387)."""

from __future__ import annotations

from collections.abc import Iterator

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, _brief, rule

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
    view = ctx.view
    words = view.token_texts
    for i, q in enumerate(ctx.doc.quotes):
        if q.kind == "direct":
            continue
        for j, span in enumerate(q.content):
            first, end = view.token_range(span.start, span.end)
            edge = _clause_edge(words[first:end], j == 0)
            if edge is not None:
                yield Hit(pointer("quotes", i, "content", j), span.text,
                          f"{q.id}'s content {_brief(span.text)} {edge}")


def _clause_edge(tokens: tuple[str, ...], first: bool) -> str | None:
    """What is wrong with a fragment's edges, read on its first and last words (its marks and stops aside): the
    first only for the first fragment; None where nothing is."""
    said = [t for t in tokens if t[:1].isalnum()]
    if not said:
        return None  # no word: V237's
    if first and said[0] in OPENS_NO_CLAUSE:
        return f"opens on {said[0]!r}"
    return f"closes on {said[-1]!r}" if said[-1] in CLOSES_NO_CLAUSE else None
