"""Rules on the words a quote's parts are read from: a cue over a mention (V363), and a speaker who is not the subject
of the attribution but the one told or asked, or a body in the title or apposition of the person who speaks (V364)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from itertools import repeat
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, rule
from vostochny.checking.rules.quote_places import _cue_form
from vostochny.model.tokenize import LINE_BREAKS
from vostochny.reading.view import DocumentView

if TYPE_CHECKING:
    from vostochny.model.models import Mention, Quote, Span


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


#: a space on one line: any white space but a line break
_SPACE = f"[^\\S{LINE_BREAKS}]"
#: cue words whose object is the one spoken to: `Putin told [reporters]`, `Kim asked [Putin]`
_ADDRESSING = frozenset({"tell", "tells", "told", "telling", "ask", "asks", "asked", "asking"})
_ADDRESSING_ENDS = tuple(_ADDRESSING)
#: what may stand between such a cue word and the mention of its object: spaces, an article, capitalised words (a
#: title, which names leave out: `told President [Biden]`, `told the [Associated Press]`)
_OBJECT_LEAD = re.compile(rf"{_SPACE}+(?:(?:the|an?|[A-Z][\w.\u2019'-]*){_SPACE}+)*")
#: what stands between a body and the person whose title names it (`[White House National Security Council]
#: spokesman [John Kirby]`, `[South Korea]'s Foreign Ministry spokesman [Lim Soo-suk]`, `[Russia]'s [Lavrov]`): words
#: and spaces only
_TITLE_WORDS = re.compile(rf"(?:['\u2019]s)?(?:{_SPACE}+[\w.\u2019'-]+)*{_SPACE}+")
#: what stands between a body inside an apposition and the cue: the apposition's last words, its comma, spaces
_APPOSITION_END = re.compile(rf"[^,{LINE_BREAKS}]*,{_SPACE}+")
#: words that end a title: the body before them is no part of the name's title (`[the Kremlin] and [Peskov]`,
#: `[Seoul] through [Lim]`)
_NOT_IN_TITLE = frozenset({"and", "or", "nor", "but", "with", "without", "via", "through", "by", "from", "to", "for",
                           "of", "in", "at", "on", "as", "after", "before", "than", "who", "whom", "which", "that"})


@rule("V364", "speaker-not-subject", "a quote's speaker is not the subject of its cue: the one told or asked, or a "
      "body in the title or apposition of the person who speaks",
      "set the speaker to the subject of the cue (`[Putin] told reporters`, `... spokesman [John Kirby] said`); the "
      "one told is the addressee, no speaker (docs/guidelines.md, Quotations)")
def speaker_not_subject(ctx: DocContext) -> Iterator[Hit]:
    """The speaker is the attribution's subject, the mention nearest the cue (docs/guidelines.md, Quotations; the
    name where a title or apposition stands beside it, hard case 11). The mention right after a cue `told`, `tells`,
    `telling`, `asked`, `asks` (and `tell`, `ask`, `asking`), past an article or a title (`Putin told
    [reporters]`, `told President [Biden]`), is its object, the one spoken to, never the speaker: a speaker set there
    turns the addressee into the source in every quote export and quote link. Nor is the speaker a body named in the
    title of the person beside the cue (`[White House National Security Council] spokesman [John Kirby] said`: words
    only between the two, none of `and`, `of`, `with` ...) or in the apposition between that person and the cue
    (`[John Kirby], spokesperson of the [National Security Council], said`): it is who the person speaks for
    (SPOKESPERSON_OF), not who speaks. Not judged: a cue right after the quoted words, where English puts the
    speaker after the verb (`“Why?” asked Kirby`); a speaker inside the content (V234's). Every speaker of release 1
    is its cue's subject."""
    view, text = ctx.view, ctx.text
    if text is None or not ctx.doc.mentions:
        return
    mentions, quotes = view.mentions, ctx.doc.quotes
    speakers = map(mentions.get, view.column("quotes", "speaker"))
    for i, (speaker, cue) in enumerate(zip(speakers, view.column("quotes", "cue"), strict=True)):
        if speaker is None or cue is None:
            continue
        if speaker.start >= cue.end:  # `according to [X]`, or `told [X]`
            if not _cue_form(cue.text).endswith(_ADDRESSING_ENDS):
                continue
            found = _addressee(text, quotes[i], cue, speaker)
        elif speaker.end + 1 < cue.start:  # before the cue, not beside it (`[Kirby] said`, one space between)
            found = _spoken_for(view, text, quotes[i], cue, speaker)
        else:
            continue
        q = quotes[i]
        if found and not _in_content(q, speaker.start, speaker.end):  # one in the content is V234's
            yield Hit(pointer("quotes", i, "speaker"), q.speaker, f"{q.id}'s speaker {speaker.text!r} is {found}")


def _in_content(q: Quote, start: int, end: int) -> bool:
    return any(c.start < end and start < c.end for c in q.content)


def _one_line(words: str) -> bool:
    return not any(map(words.__contains__, LINE_BREAKS))


def _addressee(text: str, q: Quote, cue: Span, speaker: Mention) -> str:
    """What `speaker`, after the cue, is if it is the object of the cue `told`, `asked` ... (`_ADDRESSING`): its
    mention after the cue past an article or a title only; "" if it is not, or if the cue follows the quoted words
    (`“...?” asked Kirby`: the speaker after the verb)."""
    last = cue.text.rsplit(None, 1)[-1:] or [""]
    if _cue_form(last[0]) not in _ADDRESSING:
        return ""
    if not _OBJECT_LEAD.fullmatch(text, cue.end, speaker.start):
        return ""
    if any(c.end <= cue.start and not any(map(str.isalnum, text[c.end:cue.start])) for c in q.content):
        return ""  # `“Why would we?” asked Kirby`: the verb before its subject
    return f"the object of {last[0]!r}, the one spoken to, not its subject"


def _spoken_for(view: DocumentView, text: str, q: Quote, cue: Span, speaker: Mention) -> str:
    """What `speaker`, before the cue and not beside it, is if it is a body named in the title (`[NSC] spokesman
    [Kirby] said`) or the apposition (`[Kirby], spokesperson of the [NSC], said`) of another entity's PER mention
    that is the cue's subject, outside the content; "" if it is not."""
    left = cue.start
    while left > speaker.end and text[left - 1:left] in (" ", "\t", "\u00a0"):
        left -= 1  # the end of the words before the cue
    mentions, types = view.doc.mentions, view.mention_type
    if text[left - 1:left] == ",":  # the speaker in an apposition that ends before the cue
        comma = text.rfind(",", 0, speaker.start)
        if comma > 0 and _APPOSITION_END.fullmatch(text, speaker.end, cue.start) \
                and _one_line(text[comma:speaker.start]):
            for k in _mentions_over(view, comma - 1, comma):
                m = mentions[k]
                if m.end == comma and _other_person(m, speaker, q, types):
                    return f"in the apposition of {m.id} {m.text!r}, who speaks"
        return ""
    order, starts, _ = view.mentions_in_order
    ends = view.column("mentions", "end")
    for n in range(bisect.bisect_left(starts, left) - 1, bisect.bisect_left(starts, speaker.end) - 1, -1):
        m = mentions[order[n]]  # the mentions between the speaker and the cue, the nearest the cue first
        if ends[order[n]] == left and _other_person(m, speaker, q, types) \
                and _TITLE_WORDS.fullmatch(text, speaker.end, m.start) \
                and _NOT_IN_TITLE.isdisjoint(w.casefold() for w in text[speaker.end:m.start].split()):
            return f"in the title of {m.id} {m.text!r}, who speaks"
    return ""


def _other_person(m: Mention, speaker: Mention, q: Quote, types: dict[str, str | None]) -> bool:
    """Whether `m` is a PER mention of another entity than the speaker's, outside the quote's content."""
    return types.get(m.id) == "PER" and m.entity != speaker.entity and not _in_content(q, m.start, m.end)
