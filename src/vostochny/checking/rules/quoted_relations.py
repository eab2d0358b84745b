"""Rules on a relation read through a quote: one between a quote's speaker and what that quote says (V370)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, rule

if TYPE_CHECKING:
    from vostochny.model.models import Mention
    from vostochny.reading.view import DocumentView


@rule("V370", "speaker-relation-asserted", "a relation between a quote's speaker and a mention inside that quote's "
      "content is `asserted`", "set the factuality the quote gives it (`reported`, or `possible` or `denied` before "
      "it), or remove the relation where the text does not state it (docs/guidelines.md, Factuality)")
def speaker_relation_asserted(ctx: DocContext) -> Iterator[Hit]:
    """What a source says is the source's claim (docs/guidelines.md, Factuality: `reported`, or `possible` and
    `denied` before it): a relation between a quote's speaker mention and a mention inside that quote's content is
    built from what the speaker said (`[Putin] said [Russia] complied with international rules` read as
    AFFILIATED_WITH, `[Kim] said he had arrived in [Vladivostok]` as TRAVELS_TO), never the text's own voice; an
    attack found one `asserted` accepted. A title, an apposition or a noun phrase keeps its relation `asserted`
    inside a quote's content, but it holds both its arguments: only where the content names the speaker's entity
    (`"I, as [Russian] president, ..."` with its argument moved to the speaker's name, V230) could it carry the
    relation, and such a relation is not judged; nor is one whose speaker lies inside the content (a quote within a
    quote) or inside the other argument."""
    view = ctx.view
    factualities = view.column("relations", "factuality")
    if "asserted" not in factualities or not any(view.column("quotes", "speaker")):
        return
    said: dict[str, list[tuple[str, list[tuple[int, int]]]]] = {}  # speaker mention id -> (quote id, content spans)
    for quote in ctx.doc.quotes:
        if quote.speaker is not None:
            said.setdefault(quote.speaker, []).append((quote.id, [(c.start, c.end) for c in quote.content]))
    mentions, relations = view.mentions, ctx.doc.relations
    for i, (head, tail) in enumerate(zip(view.column("relations", "head"), view.column("relations", "tail"),
                                         strict=True)):
        if factualities[i] != "asserted" or (head not in said and tail not in said):
            continue
        for speaker_id, other_id in ((head, tail), (tail, head)):
            speaker, other = mentions.get(speaker_id), mentions.get(other_id)
            said_in = _quote_about(view, said.get(speaker_id, ()), speaker, other) if speaker and other else None
            if said_in is not None and speaker is not None and other is not None:
                yield Hit(pointer("relations", i, "factuality"), "asserted",
                          f"{relations[i].id} {relations[i].type}: {other.text!r} is in what {speaker.text!r} says "
                          f"({said_in})")
                break


def _quote_about(view: DocumentView, quotes: Sequence[tuple[str, list[tuple[int, int]]]], speaker: Mention,
                 other: Mention) -> str | None:
    """The first quote of `speaker` whose content holds `other` while the speaker lies outside it and the content
    names the speaker's entity nowhere (None: no such quote)."""
    if speaker.start < other.end and other.start < speaker.end:  # one inside the other (or crossing: V227's)
        return None
    for quote_id, spans in quotes:
        if any(start <= other.start and other.end <= end for start, end in spans) and not any(
                start < speaker.end and speaker.start < end for start, end in spans) and not any(
                _names_entity(view, start, end, speaker.entity) for start, end in spans):
            return quote_id
    return None


def _names_entity(view: DocumentView, start: int, end: int, entity: str) -> bool:
    """Whether a mention of `entity` lies inside `start`-`end` (one bisection of the mentions in text order)."""
    order, starts, _ = view.mentions_in_order
    entities, ends = view.column("mentions", "entity"), view.column("mentions", "end")
    first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return any(entities[j] == entity and ends[j] <= end for j in map(order.__getitem__, range(first, last)))
