"""A quote's speaker against the phrase after its cue: the agent of a passive or the source of a noun of saying that
the cue names right after it (V449), and a mention past a preposition or a clause word after the cue (V450)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import SPACE, DocContext, Hit, rule
from vostochny.checking.rules.quote_places import cue_form
from vostochny.checking.rules.quote_reports import WORD
from vostochny.checking.rules.quote_words import subjects_before
from vostochny.model.labels import SPEAKER_TYPES
from vostochny.patterns import compiled

if TYPE_CHECKING:
    from vostochny.model.models import Mention, Quote, Span

#: `by` or `from` right after a cue, then an article or not (group 1 the preposition): the phrase that names its source
_SOURCE_PHRASE = compiled(rf"{SPACE}+(by|from){SPACE}+(?:(?:the|an?){SPACE}+)?", re.IGNORECASE)
#: the past participles of saying that do not end in `-ed` (`was told by`, `is said by`)
_IRREGULAR_PARTICIPLES = frozenset({"told", "said", "written", "spoken", "shown", "given"})
#: the words that may follow a source's mention and end its noun phrase (`asked by [Russian media], who`, `warnings
#: from [the U.S.] that`): a clause or a phrase of time or place begins
_AFTER_SOURCE = frozenset({"that", "who", "which", "whether", "if", "on", "in", "at", "about", "during", "after",
                           "before", "over", "last", "this", "to", "for", "when", "while"})


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES


def phrase_source(ctx: DocContext, q: Quote, cue: Span) -> Mention | None:
    """The mention of a speaker type the cue names as its source right after it, or None: the agent after `by` of a
    passive participle (`asked by [Russian media]`, `was told by [Putin]`), or after `from` of a noun of saying with
    no subject before it (`amid warnings from [the U.S.]`), past an article; the widest mention that starts there,
    outside the quote's content, that ends its noun phrase (punctuation, the sentence's end or a word of
    `_AFTER_SOURCE` after it: not `by [Kim]'s side`, `from [Moscow] officials`)."""
    text, view = ctx.text or "", ctx.view
    lead = _SOURCE_PHRASE.match(text, cue.end)
    words = cue_form(cue.text).split() if lead is not None else []
    if lead is None or not words:
        return None
    if lead.group(1).lower() == "by" and not _participle(words[-1]):
        return None
    if lead.group(1).lower() == "from" and (not words[-1].endswith("s") or subjects_before(view, text, q, cue)):
        return None  # `said from [Moscow]`: a place of the act; `Putin says from`: its subject before it
    found = [m for m in view.doc.mentions if m.start == lead.end() and view.mention_type.get(m.id) in SPEAKER_TYPES
             and not any(c.start < m.end and m.start < c.end for c in q.content)]
    source = max(found, key=lambda m: m.end - m.start, default=None)
    if source is None:
        return None
    after = text[source.end:source.end + 40].split(maxsplit=1)[:1]
    word = after[0] if after else ""
    return source if not word[:1].isalnum() or word in _AFTER_SOURCE else None


def _judged_speaker(ctx: DocContext, q: Quote) -> Mention | None:
    """A quote's speaker mention where its cue is in the speaker's sentence and no other quote's, and the speaker is
    of a speaker type, outside every quote's content (V234's, V437's), apart from the cue (V264's); None otherwise."""
    view = ctx.view
    said = view.mentions.get(q.speaker) if isinstance(q.speaker, str) else None
    cue = q.cue
    if said is None or cue is None or view.mention_type.get(said.id) not in SPEAKER_TYPES \
            or view.sentence_of(said.start) != view.sentence_of(cue.start) \
            or (cue.start < said.end and said.start < cue.end):
        return None
    contents = view.column("quotes", "content")
    if any(c.start < said.end and said.start < c.end for content in contents for c in content) \
            or sum(other is not None and (other.start, other.end) == (cue.start, cue.end)
                   for other in view.column("quotes", "cue")) > 1:
        return None  # a cue shared with another quote: V346's or V425's, which reads the word of saying left out
    return said


@rule("V449", "speaker-not-the-named-source", "a quote's speaker is another entity than the source its cue names "
      "right after it (`asked by [X]`, `warnings from [X]`)",
      "set the speaker to the agent of the passive or the source of the noun of saying: in `asked by [Russian "
      "media]` the media ask (docs/guidelines.md, Quotations)")
def speaker_not_the_named_source(ctx: DocContext) -> Iterator[Hit]:
    """Where the cue is a passive participle with its agent (`When [asked] by [Russian media] ... if Russia would help
    ...`, `Kim was [told] by [Putin] that ...`) or a noun of saying with its source (`amid [warnings] from [the U.S.]
    that ...`), the words name who says them after the cue, and the subject of the sentence is someone else: the one
    asked, the one who acts amid the warnings. V402 reads a subject right before the cue and V364 the one told after
    `told` or `asked`; neither reads `by` or `from`, so the re-pointed speakers `Putin` (who answers) and `Kim Jong
    Un`, `Russia`, `Vladimir Putin` (who meet amid the warnings) passed (4 of 141 re-pointings in the cue's sentence
    over release 1). Judged: the widest mention of a speaker type right after `by` (after a participle, in `-ed` or
    `told`, `said` ...) or `from` (after a noun in `-s` with no subject before it: `said from [Moscow]` is a place of
    the act), past an article, that ends its noun phrase (`phrase_source`); a speaker of another entity in the cue's
    sentence is refused. Not judged: a speaker in another sentence (V432's, V246's), inside a content (V234's,
    V437's), over the cue (V264's) or of no speaker type (V218's). Every such quote of release 1 has that source as
    its speaker."""
    for i, q in enumerate(ctx.doc.quotes):
        source = phrase_source(ctx, q, q.cue) if q.cue is not None and q.speaker is not None else None
        said = _judged_speaker(ctx, q) if source is not None else None  # most cues name no source: one match
        if said is not None and source is not None and source.entity != said.entity:
            yield Hit(pointer("quotes", i, "speaker"), q.speaker, f"{q.id}'s cue {q.cue.text if q.cue else ''!r} "
                      f"names its source {source.text!r} ({source.id}), not {said.text!r}")


#: the words after a cue that open another phrase or clause: a mention past one is no subject of the cue (`said in a
#: briefing without elaborating on how [the military] obtained`); `of`, `for`, `at`, `with` are left out, which a
#: title after an inverted cue holds (`said a spokesman for the Kremlin`)
_PAST_THE_SUBJECT = frozenset({"in", "on", "without", "during", "about", "after", "before", "into", "over", "through",
                               "against", "despite", "amid", "how", "whether", "if", "when", "while", "why", "where",
                               "because", "which", "what", "that", "than"})


@rule("V450", "speaker-past-the-cue-s-phrase", "a quote's speaker lies after its cue, past a preposition or a clause "
      "word (`said in a briefing without elaborating on how [X] ...`)",
      "set the speaker to the cue's subject: before the cue, or right after it where English inverts (`“...,” said "
      "Kirby`) (docs/guidelines.md, Quotations)")
def speaker_past_the_cue_s_phrase(ctx: DocContext) -> Iterator[Hit]:
    """The speaker is the cue's subject (docs/guidelines.md, Quotations), which English puts before the verb, or right
    after it where it inverts (`“Why?” asked Kirby`, `said Kremlin spokesman Dmitry Peskov`); `according to` and a
    passive's `by` or a noun's `from` name the source after the cue (V402's, V449's). A mention after the cue past a
    preposition or a clause word (`_PAST_THE_SUBJECT`) is the object of that preposition or a word of another clause:
    in `..., Jeon Ha Gyu, spokesperson of South Korea's Defense Ministry, said in a briefing without elaborating on how
    [the military] obtained the information` the military is never the speaker, and the re-pointed speaker passed
    (V402 reads no subject after a comma). Not judged: `according to`, a cue that names its source after it (V449's)
    or that a subject ends right before (V402's, which refuses any other speaker),
    a speaker right after a comma (an apposition that names the subject: `said the U.S. ambassador in Seoul, [Philip
    Goldberg]`), one past the quote's own content, in another sentence (V432's), inside a content (V234's, V437's),
    over the cue (V264's) or of no speaker type (V218's). Every speaker of release 1 after its cue is its subject or
    its source."""
    text, mentions = ctx.text or "", ctx.view.mentions
    for i, q in enumerate(ctx.doc.quotes):
        after = mentions.get(q.speaker) if isinstance(q.speaker, str) else None
        if after is None or q.cue is None or after.start < q.cue.end:
            continue  # most speakers stand before their cue
        said, cue = _judged_speaker(ctx, q), q.cue
        if said is None or cue_form(cue.text).endswith("according to") \
                or text[max(said.start - 8, 0):said.start].rstrip().endswith(",") \
                or phrase_source(ctx, q, cue) is not None or subjects_before(ctx.view, text, q, cue) \
                or any(cue.end <= c.start and c.end <= said.start for c in q.content):
            continue
        words = [w.lower() for w in WORD.findall(text, cue.end, said.start)]
        past = next((w for w in words if w in _PAST_THE_SUBJECT), None)
        if past is not None:
            yield Hit(pointer("quotes", i, "speaker"), q.speaker, f"{q.id}'s speaker {said.text!r} lies after its "
                      f"cue {cue.text!r} past {past!r}: no subject of the cue")
