"""The first person singular in a direct quote's words against the quote's speaker (V428)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, rule

if TYPE_CHECKING:
    from vostochny.model.models import Mention, Quote

#: the first person singular, in lower case: the one who says the words (`we` is a group that holds the speaker: his
#: state, his party, his people, and is not judged)
_I = frozenset({"i", "me", "my", "mine", "myself"})


@rule("V428", "first-person-not-the-speaker", "a pronoun of the first person singular in a direct quote's words is "
      "not in its speaker's entity", "move the pronoun to the speaker's entity, or set the quote's speaker to the "
      "mention of the one who says the words (docs/guidelines.md, Clustering)")
def first_person_not_the_speaker(ctx: DocContext) -> Iterator[Hit]:
    """In the words a direct quote gives as said, `I`, `me`, `my`, `mine` and `myself` are the one who says them
    (docs/guidelines.md, Clustering): `According to [Matthew Miller], ..., "[I] would characterise it as him pleading
    for help."` puts the `I` in Matthew Miller's entity. So a pronoun of the first person singular inside the content
    of a direct quote that has a speaker mention, and inside no quote of its own in that content (a quote within the
    quote is its own speaker's), belongs to the speaker's entity; an attack on release 1 moved each pronoun to another
    entity of its type, and every move of its `I`s passed. Not judged: the first person plural (`we`, `our`: a state,
    a party, a people that holds the speaker); indirect and mixed quotes (a reporter's own `I` may stand in them: `he
    told me that I was wrong`); a quote without a speaker, or whose speaker or pronoun is in no entity of the document
    (V207's, V209's); which of the two, the pronoun's entity or the speaker, is wrong."""
    view = ctx.view
    kinds, texts = view.column("mentions", "kind"), view.column("mentions", "text")
    found = [i for i in compress(range(len(kinds)), map("pronoun".__eq__, kinds)) if texts[i].casefold() in _I]
    if not found or not ctx.doc.quotes:
        return
    entities = view.entities
    for i in found:
        m = ctx.doc.mentions[i]
        quote = _innermost(ctx.doc.quotes, m)
        speaker = view.mentions.get(quote.speaker) if quote is not None and isinstance(quote.speaker, str) else None
        if quote is None or quote.kind != "direct" or speaker is None or speaker.entity == m.entity \
                or speaker.entity not in entities or m.entity not in entities:
            continue
        yield Hit(pointer("mentions", i, "entity"), m.entity, f"{m.text!r} in {quote.id}'s words is its speaker's "
                  f"({speaker.text!r}, {speaker.entity}), not {m.entity}'s")


def _innermost(quotes: list[Quote], mention: Mention) -> Quote | None:
    """The quote with the least content among those whose content holds the mention (a quote within a quote has
    less than the quote it lies in); None where none holds it."""
    holding = [q for q in quotes if any(c.start <= mention.start and mention.end <= c.end for c in q.content)]
    return min(holding, key=lambda q: sum(c.end - c.start for c in q.content)) if holding else None
