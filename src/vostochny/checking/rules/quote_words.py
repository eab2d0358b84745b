"""Rules on the words a quote's parts are read from: a cue over a mention (V363)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from itertools import repeat

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, rule
from vostochny.reading.view import DocumentView


def _mentions_over(view: DocumentView, start: int, end: int) -> Iterator[int]:
    """The indices of the mentions that overlap [start, end), nearest the end first: a bisection of the mentions in
    text order, then a walk back while a mention up to there reaches past `start` (`DocumentView.mentions_in_order`)."""
    order, starts, reach = view.mentions_in_order
    ends = view.column("mentions", "end")
    for n in range(bisect.bisect_left(starts, end) - 1, -1, -1):
        if reach[n] <= start:
            return
        if ends[order[n]] > start:
            yield order[n]


@rule("V363", "cue-over-mention", "a quote's cue overlaps a mention",
      "set the cue to the word(s) of saying (`told`, `said`, `according to`): the one told, the medium or the "
      "speaker is a mention beside the cue, never inside it")
def cue_over_mention(ctx: DocContext) -> Iterator[Hit]:
    """The cue is the word or words of saying (docs/guidelines.md, Quotations: `Putin [told] [Russian state
    television]`) and a mention names an entity: a cue that overlaps a mention (`television` of `Russian state
    television`, a cue moved a few words on) marks a name or a noun phrase as the speech act, and every quote export
    and the attribution type (V261) read an entity's words as the reporting verb. A cue over its own speaker is
    V264's; one over any other mention, of the speaker's entity or another, is this rule's. No cue of release 1
    overlaps a mention. Spans outside the text are V201's."""
    view = ctx.view
    cues = view.column("quotes", "cue")
    if not ctx.doc.mentions or not cues:
        return
    _, starts, reach = view.mentions_in_order
    ends = [0 if c is None else c.end for c in cues]
    # the quotes whose cue some mention that starts before the cue's end reaches into: one bisection each
    for i, k in enumerate(map(bisect.bisect_left, repeat(starts), ends)):
        cue = cues[i]
        if cue is None or k == 0 or reach[k - 1] <= cue.start:
            continue
        q = ctx.doc.quotes[i]
        said = view.mention_span(q.speaker)
        if said is not None and cue.start < said[1] and said[0] < cue.end:
            continue  # over its own speaker: V264's
        m = ctx.doc.mentions[next(_mentions_over(view, cue.start, cue.end))]
        yield Hit(pointer("quotes", i, "cue"), [cue.start, cue.end],
                  f"{q.id}'s cue {cue.text!r} overlaps {m.id} {m.text!r}")
