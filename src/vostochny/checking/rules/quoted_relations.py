"""Rules on a relation read through a quote: one between a quote's speaker and what that quote says (V370), and one
of an event inside a source's words stated as the writer's (V383)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from itertools import count
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import LETTER_RUNS, DocContext, Hit, content_fragments, names_entity, rule
from vostochny.checking.rules.mention_edges import DETERMINERS
from vostochny.model.labels import EVENT_RELATIONS

if TYPE_CHECKING:
    from vostochny.model.models import Mention, Span
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
    relation, and such a relation is not judged, but a meeting, a journey or a transfer, which no title carries
    (`[Kim] said he had arrived in [Vladivostok]` passed with `he` annotated, as it must be); nor is one whose
    speaker lies inside the content (a quote within a quote) or inside the other argument. A toast is a speech act
    without a clause (hard case 18: `[Kim] raised a toast ... to [Putin]'s health`): its content names whom it is
    raised to and claims nothing, and the toast is the writer's account of a meeting (a word of meeting, V361), so
    the speaker's MEETS with a mention of its content is the writer's `asserted` and is not judged (V370 asked
    `reported` of it); its other relations are judged as any quote's."""
    view = ctx.view
    factualities = view.column("relations", "factuality")
    if "asserted" not in factualities:
        return
    speakers = view.column("quotes", "speaker")
    heads, tails = view.column("relations", "head"), view.column("relations", "tail")
    speaking = set(speakers)
    if speaking.isdisjoint(heads) and speaking.isdisjoint(tails):  # most documents: no speaker is an argument
        return
    by_speaker: dict[str, list[int]] = {}  # speaker mention id -> the indices of its quotes
    for q, speaker_id in enumerate(speakers):
        if speaker_id is not None:
            by_speaker.setdefault(speaker_id, []).append(q)
    contents, mentions = view.column("quotes", "content"), view.mentions
    holding: dict[str, _Holding] = {}  # speaker mention id -> its quotes, made ready at its first relation
    for i, head, tail, factuality in zip(count(), heads, tails, factualities):
        if factuality != "asserted" or (head not in by_speaker and tail not in by_speaker):
            continue
        for speaker_id, other_id in ((head, tail), (tail, head)):
            other = mentions.get(other_id) if speaker_id in by_speaker else None
            if other is None:
                continue
            if speaker_id not in holding:
                holding[speaker_id] = _Holding(by_speaker[speaker_id], contents)
            held = holding[speaker_id].quotes(other.start, other.end)
            speaker = mentions.get(speaker_id) if held else None  # most relations: no quote holds the other
            if speaker is None:
                continue
            kind = ctx.doc.relations[i].type
            named = kind not in EVENT_RELATIONS  # a title's, an apposition's, a noun phrase's
            quote = next((q for q in held if _said_about(view, contents[q], speaker, other, named)
                          and not (kind == "MEETS" and _meeting_cue(view, q))), None)
            if quote is not None:
                yield Hit(pointer("relations", i, "factuality"), "asserted",
                          f"{ctx.doc.relations[i].id} {ctx.doc.relations[i].type}: {other.text!r} is in what "
                          f"{speaker.text!r} says ({ctx.doc.quotes[quote].id})")
                break


#: a toast, the speech act that is itself a meeting's occasion (`labels.MEETING_WORDS`; the other words of meeting that
#: cue a quote, `talked`, `discussed`, also report a clause: `[Kim] talked of meeting [Putin] again`)
_TOASTS = frozenset({"toast", "toasts", "toasted"})


def _meeting_cue(view: DocumentView, quote: int) -> bool:
    """Whether a quote's cue is a toast (`raised a toast`): the speech act is the occasion the writer tells of,
    addressed to what its content names (`to Putin's health`, no clause), so a meeting of the speaker with it is
    stated by the writer's cue, not claimed by the speaker (hard case 18)."""
    cue = view.column("quotes", "cue")[quote]
    return cue is not None and not _TOASTS.isdisjoint(word.lower() for word in LETTER_RUNS.findall(cue.text))


class _Holding:
    """The quotes of one speaker whose content holds a span: read one by one where the speaker has a few (a real
    report's), else found through the content fragments (start, end, quote) in order of start, over a tree of their
    furthest ends, in a few steps for each quote found, however the fragments nest (a scan of every quote for each
    relation was quadratic: one speaker's 4 000 quotes and relations, 0.84 s; 8 000, 3.3 s)."""

    def __init__(self, quotes: list[int], contents: Sequence[Sequence[Span]]) -> None:
        self.few, self.contents, self.size = quotes, contents, 0
        if len(quotes) > _SCANNED:
            self.fragments = sorted((c.start, c.end, q) for q in quotes for c in contents[q])
            self.starts = [f[0] for f in self.fragments]
            self.size = 1 << max(len(self.fragments) - 1, 0).bit_length()
            self.reach = [-1] * self.size + [f[1] for f in self.fragments] + [-1] * (self.size - len(self.fragments))
            for n in range(self.size - 1, 0, -1):
                self.reach[n] = max(self.reach[2 * n], self.reach[2 * n + 1])

    def quotes(self, start: int, end: int) -> list[int]:
        """The quotes, in order (once for each fragment), with a fragment from at or before `start` to at or after
        `end`."""
        if not self.size:
            return [q for q in self.few for c in self.contents[q] if c.start <= start and end <= c.end]
        last = bisect.bisect_right(self.starts, start)  # the fragments that start at or before it
        found: list[int] = []
        stack = [(1, 0, self.size)]  # tree nodes and the fragments under each
        while stack:
            n, low, high = stack.pop()
            if low >= last or self.reach[n] < end:
                continue
            if n >= self.size:
                found.append(self.fragments[low][2])
                continue
            middle = (low + high) // 2
            stack += ((2 * n, low, middle), (2 * n + 1, middle, high))
        return sorted(found)


#: the quotes of a speaker read one by one, without the tree (a real report's speaker has a few)
_SCANNED = 16


def _said_about(view: DocumentView, content: Sequence[Span], speaker: Mention, other: Mention, named: bool) -> bool:
    """Whether a quote's `content`, which holds `other`, is said about it by `speaker`: the speaker lies outside it
    and apart from `other` (not one inside the other), and, for a relation a title or noun phrase may carry
    (`named`), the content names the speaker's entity nowhere. An event the speaker tells of itself (`[Kim] said he
    had arrived in [Vladivostok]`) is the speaker's claim however the content names it."""
    if speaker.start < other.end and other.start < speaker.end:  # one inside the other (or crossing: V227's)
        return False
    return not any(c.start < speaker.end and speaker.start < c.end for c in content) and not (named and any(
        names_entity(view, speaker.entity, c.start, c.end, whole=True) for c in content))



#: the nouns of an event that carry such a relation as a noun phrase, the writer's naming, `asserted` also inside a
#: source's words (`Wednesday's [summit] between [Kim] and [Putin]`, `[Kim]'s [delegation] to [Russia]`, `a
#: [Putin-Kim] [summit]`: docs/guidelines.md, Factuality)
_EVENT_NOUNS = frozenset({
    "summit", "summits", "summitry", "meeting", "meetings", "talks", "negotiations", "discussions", "conference",
    "encounter", "handshake", "toast", "lunch", "luncheon", "dinner", "banquet", "reception", "rendezvous", "audience",
    "delegation", "delegations", "trip", "trips", "visit", "visits", "journey", "journeys", "tour", "tours", "arrival",
    "departure", "voyage", "sale", "sales", "deal", "deals", "transfer", "transfers", "shipment", "shipments",
    "delivery", "deliveries", "export", "exports", "import", "imports", "purchase", "purchases", "supplies", "aid",
    "assistance", "cooperation", "agreement", "exchange"})
#: how many characters either side of a relation's arguments V383 reads for a noun of an event
EVENT_REACH = 40
#: the nouns of an event that are verbs too (`North Korea supplies shells`, `Kim will visit Russia`): nouns only after
#: a determiner or a possessive's `s`, with at most one word between (`Kim's planned visit`)
_VERBS_TOO = frozenset({"talks", "toast", "visit", "visits", "tour", "tours", "deal", "deals", "transfer", "transfers",
                        "export", "exports", "import", "imports", "supplies", "aid", "purchase", "purchases",
                        "exchange"})
_NOUN_OPENERS = DETERMINERS | {"s"}


def _claimed(fragments: list[tuple[int, int, int]], reach: list[int], k: int, first: int, last: int,
             attributions: Sequence[str | None]) -> bool:
    """Whether a content fragment of a quote of speech or writing holds [first, last): of the fragments that start at
    or before `first` (the `k` first), those back to where none reaches `last` (every one, however many quotes nest
    there: a window of the last eight passed a relation held by a ninth)."""
    n = k - 1
    while n >= 0 and reach[n] >= last:
        s, e, q = fragments[n]
        if s <= first and last <= e and attributions[q] in _CLAIMS:
            return True
        n -= 1
    return False


def event_noun(words: list[str]) -> bool:
    """Whether the words (in lower case, letters only) hold a noun of an event (`_EVENT_NOUNS`): one that is a verb too
    only after a determiner or a possessive, a word between them or none."""
    return any(word in _EVENT_NOUNS and (word not in _VERBS_TOO or not _NOUN_OPENERS.isdisjoint(words[max(k - 2, 0):k]))
               for k, word in enumerate(words))
#: the attributions whose content is a source's claim (a thought or what a photo shows are not judged)
_CLAIMS = ("speech", "writing")


@rule("V383", "quoted-relation-asserted", "a TRAVELS_TO, MEETS, SUPPLIES or RECEIVES relation inside a source's "
      "words is `asserted`, though no noun of an event carries it",
      "set factuality `reported` (or `possible`, `denied` where the source's words say so): a claim the text "
      "attributes to a source is not the writer's (docs/guidelines.md, Factuality)")
def quoted_relation_asserted(ctx: DocContext) -> Iterator[Hit]:
    """A relation that holds in a claim the text attributes to a source is `reported`, not `asserted`
    (docs/guidelines.md, Factuality: `According to ... KCNA, [Kim] departed North Korea for [Russia]`, `the White House
    told Reuters that [North Korea] also sold [military weapons] to ...`), unless it is `possible` or `denied` first;
    only a title, an apposition, a modifier or a noun phrase (the writer's naming) stays `asserted` inside a source's
    words. So a relation of a clause type (TRAVELS_TO, MEETS, SUPPLIES, RECEIVES: `EVENT_RELATIONS`) whose head and
    tail both lie in one content fragment of a quote of speech or writing, `asserted`, is refused, unless a noun of an
    event lies within `EVENT_REACH` characters of its arguments (`_EVENT_NOUNS`: `Wednesday's summit between [Kim]
    and [Putin]`, `[Kim]'s delegation to [Russia]`, `a [Putin-Kim] summit`: a noun phrase, the writer's naming of an
    event that has taken place, hard cases 47, 48). A noun that is a verb too (`visit`, `supplies`, `talks`) counts
    only after a determiner or a possessive (`_VERBS_TOO`): the relation's own verb made every `[North Korea] supplies
    [shells]` pass. Not judged either: a quote of a thought or of evidence, and the other types, which a
    title or a modifier carries (V362's). No relation of release 1 is so."""
    view, text = ctx.view, ctx.text
    if text is None or not ctx.doc.quotes:
        return
    types, factualities = view.column("relations", "type"), view.column("relations", "factuality")
    judged = [i for i, (kind, factuality) in enumerate(zip(types, factualities, strict=True))
              if factuality == "asserted" and kind in EVENT_RELATIONS]
    if not judged:
        return
    fragments, starts, reach = content_fragments(view)
    attributions = view.column("quotes", "attribution")
    mentions, relations = view.mentions, ctx.doc.relations
    for i in judged:
        r = relations[i]
        head, tail = mentions.get(r.head), mentions.get(r.tail)
        if head is None or tail is None:
            continue
        first, last = min(head.start, tail.start), max(head.end, tail.end)
        if not _claimed(fragments, reach, bisect.bisect_right(starts, first), first, last, attributions):
            continue  # not in a source's words, or in a thought's or evidence's
        if event_noun(LETTER_RUNS.findall(text[max(first - EVENT_REACH, 0):last + EVENT_REACH].lower())):
            continue  # a noun phrase: the writer's naming
        yield Hit(pointer("relations", i, "factuality"), "asserted", f"{r.id} {r.type}({head.text!r}, {tail.text!r}) "
                  f"lies in a source's words: {text[first:last]!r}")
