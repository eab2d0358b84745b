"""A transfer's two sides: an item whose relations in a sentence are all of one type, from parties that no
coordination joins (V411)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, rule
from vostochny.checking.rules.relation_words import _fits, _typed
from vostochny.checking.rules.relations import _SPACE, _TRANSFER

if TYPE_CHECKING:
    from vostochny.model.models import Mention, Relation

#: what lies between two parties that one verb takes together (`[North Korea] and [Iran] supply`, `[Russia], [China]
#: or [Iran]`): a comma, `and`, `or`, `nor`, `as well as`, an article after them, on one line
_COORDINATED = re.compile(rf",?{_SPACE}*(?:(?:and|or|nor|as{_SPACE}+well{_SPACE}+as|&){_SPACE}+)?(?:the{_SPACE}+)?",
                          re.IGNORECASE)


@rule("V411", "transfer-one-sided", "an item's transfer relations in a sentence are all SUPPLIES, or all RECEIVES, "
      "from two parties that no coordination joins", "type each party by its side: the one that gives the item is "
      "SUPPLIES' head, the one that gets it RECEIVES' (docs/guidelines.md, Relations)")
def transfer_one_sided(ctx: DocContext) -> Iterator[Hit]:
    """A transfer is two relations on the same item mention, SUPPLIES(supplier, item) and RECEIVES(recipient, item)
    (docs/guidelines.md, Relations), and the two types accept the same arguments: one of them retyped as the other
    (`[Moscow] would demand [anti-tank missiles] ... from [North Korea]` with Moscow a supplier) leaves the item two
    suppliers and no recipient, which V360 and V397 see only where a verb right after the party or a preposition right
    before it says the side (an attack on release 1 found 42 of 66 such retypings passed). Two parties of one side are
    coordinated, taken together by one verb (`[North Korea] and [Iran] supply [drones]`): an item whose relations in
    the sentence of its mention are all of one type, from two or more entities, is refused where two of those parties
    that follow each other in the text are joined by other words than a comma, `and`, `or`, `nor` or `as well as`
    (`_COORDINATED`). The later relation of the group is reported, with the first. Not judged: a party inside another
    or crossing it, a relation whose arguments do not fit its type (V210's) or that links an entity to itself
    (V222's), and which of the two is the wrong one (the words are V360's and V397's to read). Every transfer of
    release 1 and of the synthetic corpora has both sides or coordinated parties."""
    view, text = ctx.view, ctx.text or ""
    groups: dict[str, list[tuple[int, Relation, Mention]]] = {}
    for i, r, head, tail in _typed(ctx, _TRANSFER):
        if _fits(view, r, head, tail) and view.mention_sentence.get(head.id) == view.mention_sentence.get(tail.id):
            groups.setdefault(tail.id, []).append((i, r, head))
    for group in groups.values():
        if len(group) < 2 or len({r.type for _, r, _ in group}) > 1 or len({h.entity for _, _, h in group}) < 2:
            continue
        heads = sorted({h.id: h for _, _, h in group}.values(), key=lambda m: (m.start, m.end))
        if any(a.end > b.start for a, b in pairwise(heads)) \
                or all(_COORDINATED.fullmatch(text, a.end, b.start) for a, b in pairwise(heads)):
            continue  # a party inside another, or crossing it; or parties one verb takes together
        (_, first, _), (i, r, head) = group[0], group[-1]
        yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} and {first.id} are both {r.type} of {r.tail} "
                  f"({head.text!r} and {view.mentions[first.head].text!r}): no party of the other side")
