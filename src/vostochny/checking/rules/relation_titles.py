"""A title of speaking for a body against the type of the relation it states (V430)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, rule
from vostochny.checking.rules.relation_words import _fits, _typed
from vostochny.patterns import compiled

if TYPE_CHECKING:
    from vostochny.model.models import Mention

_SPACE = r"[^\S\n]"
#: the titles of whoever speaks for a body (`labels.SPOKESPERSON_WORDS` but `mouthpiece`, which names no person's
#: post)
_SPOKES = r"(?:spokes(?:man|men|woman|women|person|persons|people)|press[^\S\n]+secretary)"
#: a tail, then its spokesperson's title right before the head, capitalised words between (`[Kremlin] spokesman
#: [Dmitry Peskov]`, `[State Department] spokesman [Matthew Miller]`)
_SPOKES_BETWEEN = compiled(rf"{_SPACE}+{_SPOKES}(?:{_SPACE}+[A-Z][\w.\u2019'-]*){{0,3}}{_SPACE}+", re.IGNORECASE)
#: a head, then an apposition of the title and `for`, `of` or `at` before the tail, the tail's possessor between
#: (`[Dmitry Peskov], a spokesman for the [Kremlin]`, `[Jeon Ha Gyu], spokesperson of South Korea's [Defense
#: Ministry]`)
_SPOKES_AFTER = compiled(rf",{_SPACE}+(?:(?:a|an|the){_SPACE}+)?{_SPOKES}{_SPACE}+(?:for|of|at){_SPACE}+"
                         rf"(?:the{_SPACE}+)?(?:[A-Z][\w.-]*(?:{_SPACE}+[A-Z][\w.-]*){{0,2}}['\u2019]s{_SPACE}+)?",
                         re.IGNORECASE)
#: the types that a title of speaking for the tail excludes: the title says the post
_NOT_SPEAKING = frozenset({"OFFICIAL_OF", "AFFILIATED_WITH", "LEADER_OF"})


@rule("V430", "spokesperson-typed-otherwise", "an OFFICIAL_OF, AFFILIATED_WITH or LEADER_OF relation joins a person to "
      "the body that a title of speaking for names them the spokesperson of (`[Kremlin] spokesman [Dmitry Peskov]`)",
      "type it SPOKESPERSON_OF: the title names the post (docs/guidelines.md, Relations)")
def spokesperson_typed_otherwise(ctx: DocContext) -> Iterator[Hit]:
    """SPOKESPERSON_OF is stated by a title of speaking for a body (docs/guidelines.md, Relations: `[Kremlin]
    spokesman [Dmitry Peskov]`), and its arguments, a person and a body or state, are those of OFFICIAL_OF,
    AFFILIATED_WITH and LEADER_OF too: an attack on release 1 retyped each relation to every other type, and each of
    its seven SPOKESPERSON_OF relations passed as OFFICIAL_OF and as AFFILIATED_WITH (V361 reads the words of
    SPOKESPERSON_OF only where that is the type). Two ways of writing the title say for certain that the head speaks
    for the tail: the title right between them, the tail its modifier (`[State Department] spokesman [Matthew
    Miller]`), and an apposition of the title and `for`, `of` or `at` after the head (`[Dmitry Peskov], a spokesman
    for the [Kremlin]`, `[Jeon Ha Gyu], spokesperson of South Korea's [Defense Ministry]`). Not judged: a title
    farther from its arguments, a nationality before the title (`a [Russian] spokesman`: NATIONALITY may hold), and
    a type its arguments do not fit (V210's). Every relation of release 1 and of the synthetic corpora so written is
    SPOKESPERSON_OF."""
    view, text = ctx.view, ctx.text or ""
    for i, r, head, tail in _typed(ctx, _NOT_SPEAKING):
        if _spokesperson_of(text, head, tail) and _fits(view, r, head, tail):
            reads = text[min(head.start, tail.start):max(head.end, tail.end)]
            yield Hit(pointer("relations", i, "type"), r.type,
                      f"{r.id} {r.type}({head.text!r}, {tail.text!r}): the text reads {reads!r}, a title of speaking")


def _spokesperson_of(text: str, head: Mention, tail: Mention) -> bool:
    """Whether a title of speaking for (`_SPOKES`) names `head` the spokesperson of `tail`."""
    if tail.end <= head.start:
        return bool(_SPOKES_BETWEEN.fullmatch(text, tail.end, head.start))
    return head.end <= tail.start and bool(_SPOKES_AFTER.fullmatch(text, head.end, tail.start))
