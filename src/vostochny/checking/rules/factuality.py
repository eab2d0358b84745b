"""Factuality against the words that carry it (V368): an event stated under a modal, a condition or a plan is
`possible`, whatever the text's voice."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, rule
from vostochny.model.labels import RECEIVE_WORDS, SUPPLY_WORDS

#: the relations of an event (the others are named by titles, appositions and modifiers: V362's)
_EVENTS = frozenset({"MEETS", "TRAVELS_TO", "SUPPLIES", "RECEIVES"})
#: the words that put what follows under a modal, a condition, a plan or a hedge (docs/guidelines.md, Factuality),
#: as written inside a sentence (lower case: `May` the month is none)
_MODAL_WORDS = frozenset({
    "could", "may", "might", "would", "will", "should", "can", "'ll", "\u2019ll", "if", "unless", "whether",
    "expected", "scheduled", "plans", "planned", "planning", "intends", "aims", "wants", "hopes", "hoping", "seeks",
    "seeking", "sought", "invited", "likely", "potentially", "possibly",
})
#: the words that open a relative clause, which a comma closes: its modal is not the relation's
_RELATIVES = frozenset({"who", "which"})
#: the words of a transfer's own verb: a modal after it is another verb's (`[North Korea] sold and wants [weapons]`)
_OWN_VERBS = {"SUPPLIES": SUPPLY_WORDS, "RECEIVES": RECEIVE_WORDS}


@rule("V368", "modal-relation-not-possible", "an event relation is `asserted` or `reported` though a modal, "
      "condition or plan stands between its arguments", "mark it `possible` (docs/guidelines.md, Factuality: "
      "modals, futures, conditionals, plans and hedges come before a source's report)")
def modal_relation_not_possible(ctx: DocContext) -> Iterator[Hit]:
    """Factuality is that of the predicate that carries the relation, and the first label that applies is taken:
    `possible` (planned, expected, conditional, hedged: *could, would, will, if, is expected to, invited*) comes
    before `reported` and `asserted` (docs/guidelines.md, Factuality). A meeting, a journey or a transfer (MEETS,
    TRAVELS_TO, SUPPLIES, RECEIVES) with such a word between its two arguments (`[Kim] could provide [weapons]`,
    `[North Korea] would face consequences if it supplies ... [weapons]`) is that word's: marked `asserted` or
    `reported` it is a plan stated as done. A word inside a relative clause between them (`, which could ...,`), or
    after a transfer's own verb (`[North Korea] sold and wants [weapons]`: the sale is done), is not the relation's;
    a modal outside the arguments (`officials fear [Kim] sold [shells]`) is not read (not caught: those are left to
    the annotator). Titles and other named relations are V362's, arguments in two sentences V217's."""
    view = ctx.view
    types, facts = view.column("relations", "type"), view.column("relations", "factuality")
    mentions, sentence = view.mentions, view.mention_sentence
    for i, (kind, fact) in enumerate(zip(types, facts, strict=True)):
        if kind not in _EVENTS or fact not in ("asserted", "reported"):
            continue
        r = ctx.doc.relations[i]
        head, tail = mentions.get(r.head), mentions.get(r.tail)
        if head is None or tail is None or sentence.get(r.head) != sentence.get(r.tail):
            continue  # two sentences: V217's
        gap = (min(head.end, tail.end), max(head.start, tail.start))
        if gap[0] >= gap[1]:
            continue
        first, last = view.token_range(*gap)
        word = _modal(view.token_texts[first:last], _OWN_VERBS.get(kind, frozenset()))
        if word is not None:
            yield Hit(pointer("relations", i, "factuality"), fact,
                      f"{r.id} {kind} {head.text!r} -> {tail.text!r}: {word!r} stands between them")


def _modal(words: Sequence[str], own: frozenset[str] = frozenset()) -> str | None:
    """The first modal, conditional or planning word of a stretch between two arguments, outside a relative clause
    (`who`/`which` up to a comma) and before the relation's `own` verb; None if there is none."""
    relative = False
    for word in words:
        if word in own:
            return None
        if word in _RELATIVES:
            relative = True
        elif word == ",":
            relative = False
        elif not relative and word in _MODAL_WORDS:
            return word
    return None
