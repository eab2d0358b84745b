"""A quote's speaker against the sentence of its cue (V432) and against the words of another report (V437)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from itertools import pairwise

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, content_fragments, in_range, rule
from vostochny.checking.rules.zone_kinds import ends_a_sentence
from vostochny.reading.view import DocumentView


@rule("V432", "speaker-outside-the-cue-s-sentence", "a quote's speaker lies in another sentence than its cue",
      "set the speaker to the mention of the cue's sentence that names who says the words, the cue's subject "
      "(docs/guidelines.md, Quotations)")
def speaker_outside_the_cue_s_sentence(ctx: DocContext) -> Iterator[Hit]:
    """The speaker is the cue's subject, or the one `according to` names, and so lies in the cue's sentence
    (docs/guidelines.md, Quotations): `Foreign Ministry spokesman [Lim Soo-suk] [said]`, `“We will win,” [he] [said]`.
    Every quote of release 1 with a cue has its speaker there, while V246 lets a speaker lie a sentence from the
    content: an attack that re-pointed each speaker to a mention of another entity in another sentence of its
    paragraph passed 151 times of 216 (`Lim` to `Seoul`, `Dmitry Peskov` to `Vladivostok`). A sentence that starts in
    lower case or with a digit goes on with the one before it (the sentence layer may end one at an abbreviation:
    `on Sept. 12 at ...`), as does one after a sentence that ends with no stop, question or exclamation mark,
    ellipsis or colon (the line break of a wrapped text ends a sentence there: `... spokesman\\nLim Soo-suk said`),
    and the two are read as one. Not judged: a quote without a cue or a speaker, spans outside
    the text (V201's), a speaker far from the content (V246's, which says more); which mention of the sentence is the
    speaker (V364, V402)."""
    view, mentions = ctx.view, ctx.view.mentions
    length = len(ctx.text) if ctx.text is not None else ctx.doc.length
    for i, q in enumerate(ctx.doc.quotes):
        speaker = mentions.get(q.speaker) if isinstance(q.speaker, str) else None
        if speaker is None or q.cue is None or not in_range(speaker.start, speaker.end, length) \
                or not in_range(q.cue.start, q.cue.end, length):
            continue
        cue, said = view.sentence_of(q.cue.start), view.sentence_of(speaker.start)
        if cue != said and not _one_sentence(view, min(cue, said), max(cue, said)):
            yield Hit(pointer("quotes", i, "speaker"), q.speaker, f"{speaker.text!r} is in sentence {said}, the cue "
                      f"{q.cue.text!r} in sentence {cue}")


def _one_sentence(view: DocumentView, first: int, last: int) -> bool:
    """Whether the sentences `first` to `last` are read as one: each before the last ends with no sentence's end (a
    line break of a wrapped text ended it), or the next starts with a letter in lower case or a digit."""
    sentences = view.doc.sentences
    return first >= 0 and all(not ends_a_sentence(a.text) or b.text[:1].islower() or b.text[:1].isdigit()
                              for a, b in pairwise(sentences[first:last + 1]))


@rule("V437", "speaker-inside-another-report", "a quote's speaker lies inside another quote's content that does not "
      "hold its cue", "set the speaker to the cue's subject, outside the words another quote reports "
      "(docs/guidelines.md, Quotations)")
def speaker_inside_another_report(ctx: DocContext) -> Iterator[Hit]:
    """The speaker is named in the attribution (docs/guidelines.md, Quotations), and a mention inside another quote's
    content is a word of that report, not the subject of a cue outside it: in `Britain on Wednesday urged North Korea to
    [end arms talks with Russia] and said [Kim's visit showed how isolated Moscow has become ...]` the first quote is
    never Kim's nor Moscow's, the second never Russia's, and in `Kremlin spokesman Dmitry Peskov confirmed that [Putin
    had accepted the invitation] and said [...]` the second is never the first report's `Putin`. V402 reads the cue's
    subject where the text shows one (right before the cue, or that of the verb of saying an `and said` shares) and
    refuses another speaker (this rule's is folded into it); where it reads none (`Britain on Wednesday urged`) such a
    re-pointed speaker passed (8 of 141 re-pointings in the cue's sentence over release 1, 23 of which passed). A report
    inside a report is whole inside it, its cue too (`Jeon ... said [South Korea's military assessed [the train crossed
    ...]]`): a speaker inside a content that also holds the quote's cue is not judged, nor one inside its own content
    (V234's), a quote without a cue, and spans outside the text (V201's); a quote cut through another's is V226's
    (folded). Every speaker of release 1 and of the synthetic corpora lies outside the contents that do not hold its
    cue."""
    view, mentions = ctx.view, ctx.view.mentions
    contents = view.column("quotes", "content")
    _, starts, reach = content_fragments(view)
    for i, q in enumerate(ctx.doc.quotes):
        speaker = mentions.get(q.speaker) if isinstance(q.speaker, str) else None
        if speaker is None or q.cue is None:
            continue
        held = bisect.bisect_right(starts, speaker.start)  # the content fragments that start at or before the speaker
        if not held or reach[held - 1] < speaker.end:
            continue  # none reaches its end, so none holds it (most speakers lie in no content)
        cue = q.cue
        other = next((ctx.doc.quotes[k] for k, content in enumerate(contents) if k != i
                      and any(c.start <= speaker.start and speaker.end <= c.end for c in content)
                      and not any(c.start <= cue.start and cue.end <= c.end for c in content)), None)
        if other is not None:
            yield Hit(pointer("quotes", i, "speaker"), q.speaker, f"{speaker.text!r} is a word of {other.id}'s "
                      f"content, which {q.id}'s cue {cue.text!r} lies outside")
