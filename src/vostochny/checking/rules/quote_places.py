"""Rules on where a quote's parts lie among sentences and zones: cue and speaker near the content (V246), content in
furniture zones (V262), fragments far apart (V263)."""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterator
from functools import partial
from itertools import pairwise, repeat

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, _brief, _in_range, rule
from vostochny.reading.view import DocumentView


@rule("V246", "attribution-apart", "a quote's cue or speaker lies more than a sentence away from its content",
      "set the cue to the reporting words next to the content, and the speaker to the mention nearest the cue")
def attribution_apart(ctx: DocContext) -> Iterator[Hit]:
    """The cue is the reporting word of the quote and the speaker the mention nearest it (docs/guidelines.md,
    Quotations): both lie in the sentences of the content, or in the sentence just before or after it
    (every quote of release 1 has them in its content's sentences), or at least in its paragraph (the
    tokenizer may end a sentence at an abbreviation: `on Sept. 12 at 10 a.m. Moscow time`). A cue or
    speaker further away is a mis-picked span, such as the headline's name. Spans outside the text are
    V201's, a missing speaker V209's."""
    view, mentions = ctx.view, ctx.view.mentions
    length = len(ctx.text) if ctx.text is not None else ctx.doc.length
    zone_of = partial(bisect.bisect_right, view.column("zones", "start"))
    for i in _attributions_apart(view):
        q = ctx.doc.quotes[i]
        speaker = mentions.get(q.speaker) if isinstance(q.speaker, str) else None
        spans = (*q.content, *([q.cue] if q.cue else []), *([speaker] if speaker else []))
        if not all(_in_range(s.start, s.end, length) for s in spans):
            continue
        first, last = view.sentence_of(q.content[0].start), view.sentence_of(q.content[-1].end - 1)
        paragraphs = {zone_of(q.content[0].start), zone_of(q.content[-1].end - 1)}
        for role, span, value in (("cue", q.cue, q.cue and [q.cue.start, q.cue.end]), ("speaker", speaker, q.speaker)):
            if span is not None and not first - 1 <= view.sentence_of(span.start) <= last + 1 \
                    and not (ctx.doc.zones and zone_of(span.start) in paragraphs):
                yield Hit(pointer("quotes", i, role), value, f"{span.text!r} is in sentence "
                          f"{view.sentence_of(span.start)}, the content in {first}-{last}")


def _attributions_apart(view: DocumentView) -> list[int]:
    """The indices of the quotes whose cue or speaker starts more than a sentence before the sentence of
    their content's start or after that of its end, by columns (the sentences of quotes, cues and speakers
    each one `map` of bisections)."""
    quotes, starts = view.doc.quotes, view.sentence_starts
    where = partial(map, bisect.bisect_right, repeat(starts))
    speakers = [view.mention_span(q.speaker) for q in quotes]
    firsts = where([q.content[0].start if q.content else 0 for q in quotes])
    lasts = where([q.content[-1].end - 1 if q.content else 0 for q in quotes])
    cues = where([q.cue.start if q.cue is not None else -1 for q in quotes])
    said = where([s[0] if s is not None else -1 for s in speakers])
    return [i for i, (q, first, last, cue, speaker) in enumerate(zip(quotes, firsts, lasts, cues, said, strict=True))
            if q.content and not all(near == 0 or first - 1 <= near <= last + 1 for near in (cue, speaker))]


#: zones whose lines are no one's words: credits, dates and the publisher's furniture
_FURNITURE = frozenset({"boilerplate", "byline", "dateline"})
#: zones where quoted words without a cue are the writer's scare quotes, not a quotation
_TITLES = frozenset({"headline", "subheading"})


@rule("V262", "quote-content-zone", "a quote's content lies in a byline, dateline or boilerplate zone, or, "
      "without a cue, in a headline or subheading",
      "keep the content on the words said: never a credit, date or furniture line; a headline's scare quote "
      "('Sacred') without a cue is no quotation (remove the quote)")
def quote_content_zone(ctx: DocContext) -> Iterator[Hit]:
    """A quote's content is someone's words, reported in the article (docs/guidelines.md, Quotations and
    Zones): a byline (`(Reporting by ...)`), a dateline or boilerplate (`Read More: ...`, `ADVERTISEMENT`)
    is the publisher's furniture, never an utterance, and a quoted word in a headline or subheading
    without a cue is a scare quote (`'Sacred'`, `‘begging’`), not a quotation. A fragment that reaches
    into such a zone is reported (a content cut past its paragraph into the byline too). Judged only on
    zones in text order (V220's otherwise); every quote of release 1 lies in body zones."""
    starts, ends = ctx.view.column("zones", "start"), ctx.view.column("zones", "end")
    kinds = ctx.view.column("zones", "kind")
    if not ctx.doc.quotes or set(kinds) <= {"body"} or not all(map(operator.le, ends[:-1], starts[1:])):
        return
    for i, q in enumerate(ctx.doc.quotes):
        wrong = _FURNITURE if q.cue is not None else _FURNITURE | _TITLES
        for j, s in enumerate(q.content):
            # the zones the fragment overlaps: from the first that ends after its start to the last that
            # starts before its end
            found = {kinds[k] for k in range(bisect.bisect_right(ends, s.start), bisect.bisect_left(starts, s.end))}
            if found & wrong:
                yield Hit(pointer("quotes", i, "content", j), [s.start, s.end],
                          f"{q.id}'s content {_brief(s.text)} lies in a {'/'.join(sorted(found & wrong))} zone"
                          + ("" if q.cue is not None else " and the quote has no cue"))
                break


@rule("V263", "quote-fragments-apart", "two consecutive content fragments of a quote lie more than a sentence "
      "apart, in different paragraphs",
      "give the far words a quote of their own (with their own cue), or remove the stray fragment")
def quote_fragments_apart(ctx: DocContext) -> Iterator[Hit]:
    """Several content fragments continue one utterance around its attribution (docs/guidelines.md,
    Quotations: `“...,” Kirby said. “...”`): each fragment follows the one before it in the same
    sentence, the next, or after one sentence between them (the attribution), or in the same paragraph
    (the tokenizer may end a sentence at an abbreviation, as V246 allows). A fragment further away is
    another utterance or a slipped span, which V246 does not see (it reads the first and last fragment
    only). Every interrupted quote of release 1 has its fragments at most one sentence apart. Fragments
    are taken in text order (their listed order is V239's); not judged on zones out of order (V220's)."""
    view = ctx.view
    several = [i for i, content in enumerate(view.column("quotes", "content")) if len(content) > 1]
    if not several:
        return
    starts, ends = view.column("zones", "start"), view.column("zones", "end")
    if not all(map(operator.le, ends[:-1], starts[1:])):
        return
    zone_of = partial(bisect.bisect_right, starts)
    for i in several:
        q = ctx.doc.quotes[i]
        order = sorted(range(len(q.content)), key=lambda j: (q.content[j].start, q.content[j].end))
        for before, after in pairwise(order):
            a, b = q.content[before], q.content[after]
            last, first = view.sentence_of(a.end - 1), view.sentence_of(b.start)
            if first - last > 2 and not (starts and zone_of(a.end - 1) == zone_of(b.start)):
                yield Hit(pointer("quotes", i, "content", after), _brief(b.text),
                          f"{q.id}'s fragment {_brief(b.text)} is in sentence {first}, the fragment before it "
                          f"ends in sentence {last}")
