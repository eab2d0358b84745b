"""A journey's or a meeting's argument after `from`, which names where someone comes from, not where they go nor whom
they meet (V447: `[senior military personnel] from [North Korea]`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import SPACE, DocContext, Hit, rule
from vostochny.checking.rules.relation_words import typed_relations
from vostochny.checking.rules.relations import fits
from vostochny.patterns import compiled

#: `from` right before a relation's tail, an article between (`arrived by train from [Pyongyang]`), and the word
#: before it (group 1): `returned from [Russia]` and `back from [Russia]` say that the journey there was made
_FROM_BEFORE = compiled(rf"(?:(?<![\w'\u2019-])([^\W\d_]+){SPACE}+)?from{SPACE}+(?:(?:the|a|an){SPACE}+)?\Z",
                        re.IGNORECASE)
#: all that lies between a meeting's head and its tail where `from` joins them (`[officials] from [North Korea]`)
_FROM_BETWEEN = compiled(rf"{SPACE}+from{SPACE}+(?:(?:the|a|an){SPACE}+)?", re.IGNORECASE)
#: the words before `from` that make the place one the traveller went to before (`returned from [Russia]`)
_BACK = frozenset({"return", "returns", "returned", "returning", "back", "home"})
_JOURNEY_OR_MEETING = frozenset({"TRAVELS_TO", "MEETS"})


@rule("V447", "origin-typed-as-journey", "a TRAVELS_TO relation's tail comes right after `from`, or a MEETS "
      "relation's tail right after its head and `from` (`[senior military personnel] from [North Korea]`)",
      "`from` names where someone comes from: type the relation by what the sentence says of the two (OFFICIAL_OF, "
      "NATIONALITY, ...) or drop it; a journey's relation takes its destination (docs/guidelines.md, hard case 17)")
def origin_typed_as_journey(ctx: DocContext) -> Iterator[Hit]:
    """A journey's tail is where it goes (docs/guidelines.md, hard case 17: `[Kim Jong Un] arrived in [Russia]`), and
    `from` names where it starts: `Kim, who arrived by train from [Pyongyang]`, `[Kim] flew from [Moscow] to
    Vladivostok` hold no journey to Pyongyang or Moscow. A person or body `from` a state or a body comes from it or
    belongs to it, and meets neither: `[senior military personnel] from [North Korea]` (release 1's OFFICIAL_OF)
    passed the thirtieth session's retyping attack as TRAVELS_TO and as MEETS, whose arguments fit too. Read: a
    TRAVELS_TO whose tail follows `from` and at most an article, and a MEETS whose head and tail nothing but `from`
    and an article parts. Not judged: `returned from`, `back from` and `home from`, which say the journey there was
    made (`[Kim] returned from [Russia]` may be read as his trip to Russia), and a type its arguments do not fit
    (V210's). No relation of release 1 or of the synthetic corpora is so written."""
    view, text = ctx.view, ctx.text or ""
    for i, r, head, tail in typed_relations(ctx, _JOURNEY_OR_MEETING):
        if not fits(view, r, head, tail):
            continue
        if r.type == "TRAVELS_TO":
            found = _FROM_BEFORE.search(text, max(tail.start - 40, 0), tail.start)
            origin = found is not None and (found.group(1) or "").lower() not in _BACK
        else:
            origin = head.end <= tail.start and _FROM_BETWEEN.fullmatch(text, head.end, tail.start) is not None
        if origin:
            yield Hit(pointer("relations", i, "type"), r.type, f"{r.id} {r.type}({head.text!r}, {tail.text!r}): "
                      f"`from` names {tail.text!r} where {head.text!r} comes from")
