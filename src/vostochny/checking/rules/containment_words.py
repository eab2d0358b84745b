"""A place's relation to the place its `in` or `of` puts it in, the other way round (V434)."""

from __future__ import annotations

from collections.abc import Iterator

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, rule

#: the words that put the place before them inside the place after them (`[two other cities] in [Russia’s Far East]`,
#: `the [Far East] of [Russia]`), lower case
_INSIDE = frozenset({"in", "of", "inside", "within"})
#: words that open a relative clause (`the [peninsula] of which [North Korea] is part`): the place after them is its
#: subject, and the clause may put it anywhere
_RELATIVE = frozenset({"which", "where", "whose", "whom", "that"})
#: the most tokens between the two places, the first of `_INSIDE` (`in the Russian city of`): more is another phrase
_MOST = 5


@rule("V434", "containment-reversed-against-in", "a LOCATED_IN relation's tail is written before its head, `in` or "
      "`of` right after it: the words put the tail inside the head", "swap head and tail: in `[A] in [B]` and "
      "`[A] of [B]` A lies in B, LOCATED_IN(A, B) (docs/guidelines.md, Relations)")
def containment_reversed_against_in(ctx: DocContext) -> Iterator[Hit]:
    """LOCATED_IN(head, tail) puts the head inside the tail (docs/guidelines.md, Relations). Where the tail is
    written first and the word right after it is `in`, `of`, `inside` or `within`, with at most four more words
    before the head, none of them punctuation but a possessive nor a word that opens a relative clause (`the
    [peninsula] of which [North Korea] is part`) (`[an unknown location] in the [Far East]`, `[the
    Far East] of [Russia]`, `[aviation factories] in the Russian city of [Komsomolsk-on-Amur]`), the words put the tail
    inside the head: the relation is reversed. V271 reads this only before a state's name the registry classes; an
    attack that swapped every directed relation's head and tail found six LOCATED_IN of the eight swaps that passed
    written so. Not judged: PART_OF (a body is named after what holds it or what it holds: `the parent company of
    [Reuters]`), words of another shape, and a relation V271 already refuses (folded into it)."""
    view, mentions = ctx.view, ctx.view.mentions
    texts = view.token_texts
    for i, r in enumerate(ctx.doc.relations):
        if r.type != "LOCATED_IN":
            continue
        head, tail = mentions.get(r.head), mentions.get(r.tail)
        if head is None or tail is None or tail.end > head.start:
            continue
        first, last = view.token_range(tail.end, head.start)
        between = texts[first:last]
        if 0 < len(between) <= _MOST and between[0].casefold() in _INSIDE \
                and all((w.isalnum() and w.casefold() not in _RELATIVE) or w in ("’s", "'s") for w in between):
            yield Hit(pointer("relations", i), r.id, f"{r.id}: {tail.text!r} {' '.join(between)} {head.text!r}")
