"""Rules on a quote's parts: its content (V215), its speaker's type and place (V218, V234), overlapping or copied
quotes (V226), a cue of two quotes (V346), fragment order (V239), a cue over the speaker (V264), and the attribution
type (V236, V261, V379)."""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterator, Sequence
from itertools import chain, pairwise, takewhile
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import SPACE, DocContext, Hit, brief, repeats, rule
from vostochny.checking.rules.entities import record_types
from vostochny.checking.rules.mention_agreement import pronoun_misplaced
from vostochny.checking.rules.quote_words import according_source, of_saying, speaker_is_subject
from vostochny.model.labels import SPEAKER_TYPES, THOUGHT_CUES, UTTERANCE_CUES
from vostochny.patterns import compiled

if TYPE_CHECKING:
    from vostochny.model.models import Mention, Quote, Span


@rule("V215", "empty-quote", "a quote has no content", "add the quoted span(s) to `content`", predictions="required")
def empty_quote(ctx: DocContext) -> Iterator[Hit]:
    """A quote is what was said: it has at least one content fragment."""
    for i, q in enumerate(ctx.doc.quotes):
        if not q.content:
            yield Hit(pointer("quotes", i, "content"), [], f"quote {q.id} has no content")


@rule("V218", "speaker-type", "a quote's speaker is not a person, organisation or GPE",
      "attribute the quote to a mention of the speaking person or body")
def speaker_type(ctx: DocContext) -> Iterator[Hit]:
    """Only people and bodies speak; a speaker mention of another type is a misattribution. A
    nationality is no speaker either: in "asked by Russian media" the media ask, not "Russian". A speaker that is
    a pronoun whose word its entity's type contradicts (`he` of a NORP) is V256's: the pronoun is in the wrong entity,
    and moving it is the one fix of both; one whose entity is typed unlike its record (V216's) is reported only if
    the record's type is no speaker's either."""
    types, mentions, record = ctx.view.mention_type, ctx.view.mentions, record_types(ctx)
    for i, q in enumerate(ctx.doc.quotes):
        etype = types.get(q.speaker or "")
        if etype not in (None, *SPEAKER_TYPES) and record.get(q.speaker or "", etype) not in SPEAKER_TYPES \
                and not pronoun_misplaced(mentions.get(q.speaker or ""), etype):
            yield Hit(pointer("quotes", i, "speaker"), q.speaker, f"speaker is {etype}")


@rule("V226", "quote-overlap",
      "a quote's spans overlap, two quotes of one speaker and cue overlap, or two quotes' contents cross",
      "make content fragments and the cue disjoint; remove a duplicated quote (one utterance is one quote); "
      "a report inside another lies wholly inside it")
def quote_overlap(ctx: DocContext) -> Iterator[Hit]:
    """A quote's content fragments are disjoint pieces of one utterance and its cue lies outside
    them. Two quotes with the same content (in any order of its fragments), or with overlapping content,
    the same speaker and cues that overlap or are missing (a copy trimmed by a token, its cue widened or
    left out), are one utterance annotated twice. Quotes with another speaker or cue may nest (a report
    inside a report, `Jeon said [the military assessed [the train crossed]]`), but never cross: a
    content that starts inside another quote's fragment and ends outside it (`[The make-up ...
    suggested [an agenda heavy on defense industry cooperation], analysts said]`) is cut wrong."""
    quotes = ctx.doc.quotes
    contents = [tuple(sorted((s.start, s.end) for s in q.content)) for q in quotes]
    for i, first in repeats(contents):
        yield Hit(pointer("quotes", i, "content"), quotes[i].id, f"same content as {quotes[first].id}")
    if not _fragments_disjoint(contents):
        yield from _overlapping_quotes(ctx, contents)
    for i, q in enumerate(quotes):
        if q.cue is not None and any(q.cue.start < e and s < q.cue.end for s, e in contents[i]):
            yield Hit(pointer("quotes", i, "cue"), [q.cue.start, q.cue.end], f"cue {q.cue.text!r} overlaps the content")


def _fragments_disjoint(contents: Sequence[tuple[tuple[int, int], ...]]) -> bool:
    """Whether no two content fragments, of one quote or of two, overlap: in start order, each ends
    before the next starts (an overlap with a later one is one with the next)."""
    spans = sorted(chain.from_iterable(contents))
    return all(end <= start for (_, end), (start, _) in pairwise(spans))


def _overlapping_quotes(ctx: DocContext, contents: list[tuple[tuple[int, int], ...]]) -> Iterator[Hit]:
    """The hits of overlapping fragments: within a quote, and between two quotes of one speaker and cue
    (identical contents are reported as copies already)."""
    quotes, speaker = ctx.doc.quotes, _speaker_entities(ctx)
    cue = [None if q.cue is None else (q.cue.start, q.cue.end) for q in quotes]
    earlier = _overlapping(contents)
    for i, content in enumerate(contents):
        for (_, end), (start, _) in pairwise(content):
            if start < end:
                yield Hit(pointer("quotes", i, "content"), quotes[i].id, f"content fragments overlap at {start}")
        for j in earlier.get(i, ()):
            if content == contents[j]:
                continue
            if speaker[i] == speaker[j] and _same_cue(cue[i], cue[j]):
                yield Hit(pointer("quotes", i, "content"), quotes[i].id,
                          f"content overlaps {quotes[j].id}'s, same speaker and cue")
            elif _cross(content, contents[j]):
                yield Hit(pointer("quotes", i, "content"), quotes[i].id,
                          f"content crosses {quotes[j].id}'s: it neither lies inside it nor holds it")


def _overlapping(contents: Sequence[tuple[tuple[int, int], ...]]) -> dict[int, list[int]]:
    """Each quote with the earlier quotes, in order, that a fragment of it overlaps (`_overlap`): found in one
    pass over the fragments in start order, each against those that start before it ends, not by comparing
    every two quotes (nested quotes are common)."""
    spans = sorted((start, end, i) for i, content in enumerate(contents) for start, end in content)
    pairs = set()
    for k, (start, end, i) in enumerate(spans):
        for later, finish, j in spans[k + 1:]:
            if later >= end:
                break
            if start < finish and i != j:
                pairs.add((max(i, j), min(i, j)))
    earlier: dict[int, list[int]] = {}
    for i, j in sorted(pairs):
        earlier.setdefault(i, []).append(j)
    return earlier


def _same_cue(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Whether two cues may be one speech act's: they overlap, or one is missing."""
    return a is None or b is None or _overlap([a], [b])


def _speaker_entities(ctx: DocContext) -> list[str | None]:
    """The entity of each quote's speaker (the mention id where it has none: V209's; None: unattributed)."""
    mentions = ctx.view.mentions
    return [None if q.speaker is None else getattr(mentions.get(q.speaker), "entity", q.speaker)
            for q in ctx.doc.quotes]


def _overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> bool:
    return any(s < f and e > t for s, e in a for t, f in b)


def _cross(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> bool:
    """Whether a fragment of `a` and one of `b` overlap with neither inside the other."""
    return any(s < f and e > t and not (t <= s and e <= f) and not (s <= t and f <= e) for s, e in a for t, f in b)


@rule("V346", "cue-shared", "two quotes have one cue",
      "one reporting word introduces one quote: join the two into one quote of two content fragments (hard case "
      "32), or give each the cue that introduces it")
def cue_shared(ctx: DocContext) -> Iterator[Hit]:
    """A cue is the reporting word of its quote (docs/guidelines.md, Quotations), and clauses coordinated under one
    cue are one quote of several fragments (hard case 32): a second quote of the same speaker with the same cue
    span was given its neighbour's cue by mistake (its own, `noted`, left out) or split from it; one of another
    speaker inside the first is a report inside a report, which has a cue of its own. Two speakers' words apart
    may share one cue (`calling it "reckless" and "a grave provocation," respectively`). No two quotes of
    release 1 share a cue. A copy of one speaker's quote (contents overlapping) is V226's."""
    quotes = ctx.doc.quotes
    cues = [(q.cue.start, q.cue.end) if q.cue is not None else None for q in quotes]
    if len(set(cues)) + cues.count(None) - (None in cues) == len(cues):
        return
    overlaps = _overlapping([tuple((s.start, s.end) for s in q.content) for q in quotes])
    first: dict[tuple[int, int], int] = {}
    for i, q in enumerate(quotes):
        if q.cue is None:
            continue
        k = first.setdefault((q.cue.start, q.cue.end), i)
        # one speaker (or one unsaid) and contents apart: one quote split; two speakers and one content inside the
        # other: a report inside a report, which has its own cue; two speakers apart (`X and Y condemned it,
        # calling it "reckless" and "a provocation," respectively`) share it, one speaker overlapping is V226's
        if k != i and _one_speaker(ctx, q.speaker, quotes[k].speaker) != (k in overlaps.get(i, ())):
            yield Hit(pointer("quotes", i, "cue"), [q.cue.start, q.cue.end],
                      f"cue {q.cue.text!r} is {quotes[k].id}'s too")


def _one_speaker(ctx: DocContext, a: object, b: object) -> bool:
    """Whether two quotes' speakers (mention ids, or none) are one: a quote without one, or mentions of one entity."""
    mentions = ctx.view.mentions
    ma, mb = (mentions.get(s) if isinstance(s, str) else None for s in (a, b))
    return ma is None or mb is None or ma.entity == mb.entity


@rule("V348", "reported-speech-without-cue", "an indirect or mixed quote has no cue",
      "set the cue to the reporting word or phrase (`said`, `according to`, `warned`): reported speech is always "
      "reported by one; a clause no one is said to have said is no quote (hard case 34)")
def reported_speech_without_cue(ctx: DocContext) -> Iterator[Hit]:
    """Reported speech is a speech act reported (docs/guidelines.md, Quotations: *X said (that) ...*, *according to
    X, ...*): an indirect or mixed quote always has the words that report it, and a quote left without them loses
    the attribution type it is judged by (V261) and every quote export's cue; a clause no one is said to have said
    (`There is widespread concern in Seoul that ...`) is no quote at all. A direct quote may stand without a cue (a
    scare quote, or words before the attribution: V272 judges it). Every quote of release 1 has its cue."""
    for i, q in enumerate(ctx.doc.quotes):
        if q.cue is None and q.kind in ("indirect", "mixed"):
            yield Hit(pointer("quotes", i, "cue"), None, f"{q.kind} quote {q.id} has no cue")


@rule("V349", "quote-cuts-mention", "a quote's content begins or ends inside a mention",
      "move the content's edge to the mention's edge: the words of a clause hold a mention whole, or leave it out "
      "(`Sergei [Lavrov said]` is cut wrong)")
def quote_cuts_mention(ctx: DocContext) -> Iterator[Hit]:
    """A quote's content is a clause (docs/guidelines.md, Quotations) and a mention a phrase: a content fragment
    that begins or ends inside a mention (`[Lavrov] ...` of `Sergei Lavrov`, a span shifted by a token) cuts a
    phrase in two, and the quote exports then tag half a name as said. A quote wholly inside a phrase is none of
    this (`what he calls [a “[special military operation]”]`, a scare quote in a nominal). No content of release 1
    cuts a mention. Spans off the token boundaries are V212's."""
    view = ctx.view
    if not ctx.doc.mentions or not ctx.doc.quotes:
        return
    ends = view.column("mentions", "end")
    order, ordered, reach = view.mentions_in_order  # `reach`: the furthest end of the mentions up to each
    for i, q in enumerate(ctx.doc.quotes):
        for j, span in enumerate(q.content):
            k = bisect.bisect_right(ordered, span.start) - 1  # the last mention that starts at or before it
            if k >= 0 and reach[k] >= span.end:  # a quote inside a phrase: `a “special military operation”`
                continue
            for edge in (span.start, span.end):
                k = bisect.bisect_left(ordered, edge) - 1  # the last mention that starts before the edge
                if k >= 0 and reach[k] > edge:
                    m = ctx.doc.mentions[next(order[n] for n in range(k, -1, -1) if ends[order[n]] > edge)]
                    yield Hit(pointer("quotes", i, "content", j), span.text,
                              f"{q.id}'s content {brief(span.text)} {'begins' if edge == span.start else 'ends'}"
                              f" inside {m.id} {m.text!r}")
                    break


@rule("V239", "quote-content-order", "a quote's content fragments are not in text order",
      "list the content fragments in the order of the text")
def quote_content_order(ctx: DocContext) -> Iterator[Hit]:
    """Every layer is in text order (tokens, sentences, zones), and so are the fragments of a quote: an
    utterance interrupted by its attribution is read in the order it was said, and exporters and
    scorers that join the fragments must not reorder them. Fragments that overlap, and a copy of an
    earlier quote, are V226's."""
    quotes = ctx.doc.quotes
    several = [i for i, content in enumerate(ctx.view.column("quotes", "content")) if len(content) > 1]
    starts = {i: tuple(s.start for s in quotes[i].content) for i in several}
    late = [i for i in several if any(map(operator.gt, starts[i], starts[i][1:]))]
    if not late:
        return
    contents = [tuple(sorted((s.start, s.end) for s in q.content)) for q in quotes]
    copies = {i for i, _ in repeats(contents)}
    for i in late:
        if i not in copies and _fragments_disjoint([contents[i]]):
            yield Hit(pointer("quotes", i, "content"), quotes[i].id,
                      f"fragment starts {', '.join(map(str, starts[i]))}")


@rule("V234", "speaker-in-content", "a quote's speaker mention lies inside its own content",
      "point the speaker at the mention in the attribution, nearest the cue")
def speaker_in_content(ctx: DocContext) -> Iterator[Hit]:
    """The content is what was said and the speaker is named in the attribution around it
    (docs/guidelines.md, Quotations): a speaker inside the words it says is a mis-picked mention,
    such as the "I" or a name that the quote itself mentions. (A speaker inside another quote's
    content is fine: quotes nest.)"""
    mentions = ctx.view.mentions
    for i, q in enumerate(ctx.doc.quotes):
        m = mentions.get(q.speaker or "")
        if m is not None and any(c.start < m.end and m.start < c.end for c in q.content):
            yield Hit(pointer("quotes", i, "speaker"), q.speaker, f"{m.text!r} [{m.start}, {m.end}) is in the content")


@rule("V264", "cue-overlaps-speaker", "a quote's cue overlaps its speaker mention",
      "set the cue to the reporting word or phrase (`said`, `according to`), beside the speaker, not over it")
def cue_overlaps_speaker(ctx: DocContext) -> Iterator[Hit]:
    """The cue is the reporting word or phrase and the speaker the mention of who speaks
    (docs/guidelines.md, Quotations: `[Matthew Miller] [said]`): a cue over the speaker's name is the
    speaker marked twice, and the speech act is left unmarked. A missing speaker is V209's."""
    view = ctx.view
    for i, q in enumerate(ctx.doc.quotes):
        said = view.mention_span(q.speaker) if q.cue is not None else None
        if said is not None and q.cue is not None and q.cue.start < said[1] and said[0] < q.cue.end:
            yield Hit(pointer("quotes", i, "cue"), [q.cue.start, q.cue.end],
                      f"cue {q.cue.text!r} overlaps the speaker {q.speaker} [{said[0]}, {said[1]})")


@rule("V236", "attribution-not-annotated", "a quote's attribution type is not annotated",
      "set attribution: speech, writing, thought or evidence (docs/guidelines.md, Attribution types)",
      severity="warning")
def attribution_not_annotated(ctx: DocContext) -> Iterator[Hit]:
    """A said, a wrote, a feared and an according-to-photos are different kinds of source: a quote
    without its attribution type (schema 1.3.0 and earlier) lumps them together. A warning, like V235."""
    for i, q in enumerate(ctx.doc.quotes):
        if q.attribution is None:
            yield Hit(pointer("quotes", i), q.id, f"{q.kind}, cue {q.cue.text if q.cue else None!r}")


_WORDS = compiled(r"\w+")


@rule("V261", "attribution-against-cue", "a quote's attribution type contradicts its cue",
      "set the type its cue gives: said, told, warned ... report an utterance (`speech`, or `writing` for a "
      "text); believe, think, fear ... a `thought` (docs/guidelines.md, Attribution types); `said in a statement` "
      "is `writing`, `told reporters` `speech`")
def attribution_against_cue(ctx: DocContext) -> Iterator[Hit]:
    """The cue decides the attribution type where it can (docs/guidelines.md, Attribution types): *say,
    tell, warn, ask, add, note, argue, claim, predict, express* report an utterance, `speech` or `writing`
    (of a text), never a `thought` nor `evidence`, even when what is said is a feeling (hard case 52); *wonder,
    believe, think, fear, hope, expect, doubt, be worried or concerned* are a `thought`. The words are
    `labels.UTTERANCE_CUES` and `labels.THOUGHT_CUES`, and the verbs of speaking V401 reads (`_UTTERED`: *vowed,
    described, urged, denied, reminded, called*, and *reported, signed, raised a toast, gave hints*, in any
    inflection; an attack that changed each quote's type passed 61 of 249, 24 of them such a cue typed `thought` or
    `evidence`). `According to` takes the type of its source: a person, body or state whose mention ends the noun
    phrase right after it (`according to [Dmitry Peskov], a spokesman ...`, `according to Russia's [TASS] news
    agency`: `quote_words.according_source`) is heard or read, an utterance (12 such attribution changes over
    release 1 passed); one through another noun (`according to photos released by ...`, `[KCNA] pictures`: V379's
    when a non-verbal source) is not judged. `Suggested` and `assessed` (`_PROPOSED`) of a person, body or state
    whose mention is the cue's subject right before it, after no preposition (`quote_words.speaker_is_subject`: `[He]
    recently suggested that ...`, `[South Korea's military] assessed ...`), report a proposal or an assessment made
    known, an utterance; of a thing (`Images released by KCNA suggested`) they may show `evidence`, and are not
    judged (6 attribution changes over release 1 passed, with `released intelligence` typed a thought). A cue with
    words of both (`said he believes`) or of neither (`showed`, a thing's `suggested`) is not judged, nor a quote
    without an attribution (V236's). Between
    `speech` and `writing` the medium the words after the cue name decides (`_medium`): a speech quote `said in a
    statement` or `signed`, and a writing quote `said in a briefing` or `told reporters`, swapped, passed (an
    attack)."""
    for i, q in enumerate(ctx.doc.quotes):
        if q.cue is None or q.attribution is None:
            continue
        uttered, thought = _reports(ctx, q, q.cue)
        if uttered != thought and q.attribution in (("thought", "evidence") if uttered else
                                                    ("speech", "writing", "evidence")):
            yield Hit(pointer("quotes", i, "attribution"), q.attribution,
                      f"{q.id} cue {q.cue.text!r} reports {'an utterance' if uttered else 'a thought'}")
        elif q.attribution in _MEDIA:
            medium = _medium(ctx, q)
            if medium is not None and medium[0] != q.attribution:
                yield Hit(pointer("quotes", i, "attribution"), q.attribution,
                          f"{q.id} cue {q.cue.text!r} {medium[1]}: {medium[0]}")


@functools.lru_cache(maxsize=4096)
def _cue_words(cue: str) -> frozenset[str]:
    """The words of a cue's text in lower case (V261, V401): a corpus's cues are a few texts (`said`, `told`), each
    read once."""
    return frozenset(w.lower() for w in _WORDS.findall(cue))


@functools.lru_cache(maxsize=4096)
def _cue_reports(cue: str) -> tuple[bool, bool]:
    """Whether a cue's words report an utterance (`labels.UTTERANCE_CUES`) and whether a thought (`THOUGHT_CUES`)."""
    words = _cue_words(cue)
    uttered = not words.isdisjoint(UTTERANCE_CUES) or any(of_saying(word, _UTTERED) for word in words)
    return uttered, not words.isdisjoint(THOUGHT_CUES)


def _reports(ctx: DocContext, q: Quote, cue: Span) -> tuple[bool, bool]:
    """Whether a quote's cue reports an utterance and whether a thought (`_cue_reports`), `according to` a person,
    body or state named right after it an utterance (`quote_words.according_source`: `according to [Peskov]`)."""
    uttered, thought = _cue_reports(cue.text)
    if not (uttered or thought) and ctx.text is not None:
        uttered = according_source(ctx.view, ctx.text, q, cue) is not None \
            or (_proposes(cue.text) and speaker_is_subject(ctx.view, ctx.text, q, cue))
    return uttered, thought


@functools.lru_cache(maxsize=4096)
def _proposes(cue: str) -> bool:
    """Whether a cue holds a word of suggesting or assessing (`_PROPOSED`), in any inflection."""
    return any(of_saying(word, _PROPOSED) for word in _cue_words(cue))


#: the attribution types of an utterance, which its medium tells apart
_MEDIA = ("speech", "writing")
#: words after a cue that show the words were written or published (`said in a statement`, `wrote`, `signed`)
_WRITTEN = frozenset({"statement", "statements", "letter", "letters", "post", "posted", "dispatch", "wrote",
                      "written", "writes", "published", "signed", "released", "reported", "report", "tweet",
                      "tweeted", "email", "editorial", "communique", "article", "op-ed", "memoir", "column", "blog",
                      "essay", "transcript"})
#: words after a cue that show the words were spoken (`said in a briefing`, `told reporters`)
_SPOKEN = frozenset({"briefing", "interview", "reporters", "toast", "speech", "television", "radio", "podcast",
                     "conference"})
#: how many words after a cue are read for its medium (`said in a written statement`)
_MEDIUM_REACH = 4
#: the words that end what is read after a cue: a coordinated verb (`warned and tweeted`) or the reported clause
_CLAUSE_STARTS = frozenset({"and", "or", "but", "that", "who", "which", "while", "as"})


def _medium(ctx: DocContext, q: Quote) -> tuple[str, str] | None:
    """The type of utterance (and why) that a quote's cue and the words after it show, or None: the cue and up to
    `_MEDIUM_REACH` words after it (before its next content fragment, its sentence's end, a conjunction or the
    reported clause: `warned and tweeted that` is read `warned`) with a word of writing and none of speaking are
    `writing`, and the reverse `speech`. Without either the speaker decides (a person's
    `said` is `speech`, a news agency's `writing`), which is not judged; words of a non-verbal source are V379's."""
    text, cue = ctx.text or "", q.cue
    if cue is None:
        return None
    stop = min([f.start for f in q.content if f.start >= cue.end] or [len(text)])
    sentence = ctx.view.sentence_of(cue.start)
    if 0 <= sentence < len(ctx.doc.sentences):
        stop = min(stop, max(ctx.doc.sentences[sentence].end, cue.end))
    after = list(takewhile(lambda w: w not in _CLAUSE_STARTS, (w.lower() for w in _WORDS.findall(text[cue.end:stop]))))
    words = _cue_words(cue.text).union(after[:_MEDIUM_REACH])
    written, spoken = sorted(words & _WRITTEN), sorted(words & _SPOKEN)
    if not words.isdisjoint(_EVIDENCE) or (written and spoken):
        return None
    if written:
        return "writing", f"with {' '.join(written)!r}"
    return ("speech", f"with {' '.join(spoken)!r}") if spoken else None


#: the words of a non-verbal source (docs/guidelines.md, hard case 53)
_EVIDENCE = frozenset({"photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images",
                       "imagery", "footage", "video", "videos"})


@rule("V379", "evidence-not-attributed-as-evidence", "a quote `according to` photos, pictures, images or footage is "
      "not `evidence`", "set the attribution to `evidence`: what a non-verbal source shows (hard case 53)")
def evidence_not_attributed_as_evidence(ctx: DocContext) -> Iterator[Hit]:
    """`According to` takes the type of its source (docs/guidelines.md, Attribution types), and a source of
    photos, pictures, images or footage is `evidence`, even when the content keeps a caption's words (hard case
    53): `According to photos released by [North Korean official media], ...`, `..., according to [KCNA] pictures`.
    V261 judges no `according to` (its words are of neither an utterance nor a thought), so such a quote changed to
    `speech` or `writing` passed (an attack). The source is read from the words between the cue and its speaker's
    mention, and the word after the mention: one of those words of a non-verbal source (`_EVIDENCE`) makes it
    `evidence`. A quote without a speaker or whose speaker comes before its cue is not judged."""
    text, mentions = ctx.text, ctx.view.mentions
    if text is None:
        return
    for i, q in enumerate(ctx.doc.quotes):
        if q.cue is None or q.attribution in (None, "evidence") \
                or " ".join(q.cue.text.lower().split()) != "according to" or not isinstance(q.speaker, str):
            continue
        speaker = mentions.get(q.speaker)
        if speaker is None or speaker.start < q.cue.end:
            continue
        after = text[speaker.end:speaker.end + 40].split(maxsplit=1)[:1]
        source = [*text[q.cue.end:speaker.start].split(), *speaker.text.split(), *after]  # `[KCNA photos]` too
        if not _EVIDENCE.isdisjoint(word.lower().strip(".,;:") for word in source):
            yield Hit(pointer("quotes", i, "attribution"), q.attribution,
                      f"{q.id} is according to {' '.join(source).rstrip(' .,;:')!r}: a non-verbal source")


#: the cue words of speaking, in their base forms: an utterance's words (`labels.UTTERANCE_CUES`) but those of writing
#: (`wrote`), and the verbs of saying of `labels.REPORTING_WORDS` that name no text (`vowed`, `urged`, `reminded`)
_SPEAKING_CUES = (UTTERANCE_CUES - {"write", "writes", "wrote", "written", "writing"}) | frozenset({
    "vow", "describe", "suggest", "characterise", "characterize", "continue", "remind", "call", "urge", "deny",
    "insist", "promise", "pledge", "explain", "reply", "respond", "answer", "joke", "quip", "remark", "comment",
    "admit", "acknowledge", "boast", "concede", "declare", "emphasise", "emphasize", "stress", "reiterate", "recall",
    "assure", "caution", "complain", "counter", "demand", "dismiss", "lament", "plead", "praise", "protest",
    "threaten", "talk", "speak", "spoke", "spoken", "assess", "accuse", "agree", "contend", "observe", "hint",
})
#: the words of speaking of `_SPEAKING_CUES` that V261 reads as an utterance, in any inflection (`vowed`, `described`,
#: `urged`, `denied`, `reminding`, `warnings`), with those of reporting, signing, a toast and a hint: not those an
#: image or a finding may do too (`suggest`, `assess`, `observe`), nor those of agreeing or remembering (`agree`,
#: `recall`)
_UTTERED = _SPEAKING_CUES - {"suggest", "assess", "observe", "agree", "recall"} | {"report", "sign", "toast",
                                                                                  "intelligence"}
#: the words of suggesting or assessing, an utterance of a person, body or state that is the cue's subject (`[He]
#: recently suggested that ...`, `[South Korea's military] assessed ...`: a proposal, an assessment made known), what
#: a thing may do too (`The decision to meet ... suggested that`, `images released by KCNA suggested`)
_PROPOSED = frozenset({"suggest", "assess"})
#: the speakers whose utterance is `speech` unless the text shows a text (docs/guidelines.md, Attribution types: a
#: person's said; a government's with neither a spokesperson nor a statement shown): a body's may be a news
#: agency's dispatch, `writing`, unless its name shows an office of government (`_governing`)
_SPEAKING_TYPES = frozenset({"PER", "GPE"})
#: the words of a body's name or mention that show an office of government, a state speaking through it (`White
#: House`, `Kremlin`, `Unification Ministry`, `South Korea's military`): no news outlet
_GOVERNMENT_WORDS = frozenset({"kremlin", "ministry", "department", "government", "embassy", "military", "army",
                               "navy", "pentagon", "cabinet", "administration", "presidency"})
_GOVERNMENT_PHRASES = ("white house", "blue house", "presidential office", "foreign office", "air force")
#: the words of a news outlet's name or title (`Korean Central News Agency`, `state news agency Ria Novosti`, `TASS
#: news agency`, `Rodong Sinmun newspaper`): its said is a dispatch, `writing`
_OUTLET = compiled(r"\bnews\s+agency\b|\bnewspapers?\b", re.IGNORECASE)
#: a news outlet's title right before or after a mention's name
_OUTLET_BEFORE = compiled(rf"(?:news{SPACE}+agency|newspaper){SPACE}+\Z", re.IGNORECASE)
_OUTLET_AFTER = compiled(rf"{SPACE}+(?:news{SPACE}+agency|newspaper)\b", re.IGNORECASE)


def _body_names(ctx: DocContext, mention: Mention) -> str:
    """A body's mention and its entity's name, in lower case: what shows which kind of body speaks."""
    entity = ctx.view.entities.get(mention.entity)
    return f"{mention.text} | {entity.name if entity is not None else ''}".lower()


def _governing(ctx: DocContext, mention: Mention) -> bool:
    """Whether a body's mention or its entity's name names an office of government (`_GOVERNMENT_WORDS`)."""
    names = _body_names(ctx, mention)
    return not _GOVERNMENT_WORDS.isdisjoint(_WORDS.findall(names)) or any(map(names.__contains__, _GOVERNMENT_PHRASES))


def _speaking(ctx: DocContext, speaker: str) -> bool:
    """Whether a speaker's utterance is `speech` unless the text shows a text: a person's or a state's, or a body's
    whose name shows an office of government and no news outlet (`the White House warned`, `the Kremlin said`)."""
    kind = ctx.view.mention_type.get(speaker)
    if kind in _SPEAKING_TYPES:
        return True
    mention = ctx.view.mentions.get(speaker)
    return kind == "ORG" and mention is not None and _governing(ctx, mention) and not news_outlet(ctx, mention)


#: the cue words of asking or telling someone (`asked by the Yonhap news agency`): a news agency's are its journalists'
#: words, spoken or written, which V438 does not judge
_CUE_WORDS_OF_ADDRESS = frozenset({"ask", "asks", "asked", "asking", "tell", "tells", "told", "telling"})


def news_outlet(ctx: DocContext, mention: Mention) -> bool:
    """Whether a body is a news agency or a newspaper: its mention or its entity's name says so (`Korean Central News
    Agency`), or a title right before or after its mention (`state news agency [Ria Novosti]`, `[TASS] news
    agency`)."""
    text = ctx.text or ""
    return _OUTLET.search(_body_names(ctx, mention)) is not None \
        or _OUTLET_BEFORE.search(text, max(mention.start - 20, 0), mention.start) is not None \
        or _OUTLET_AFTER.match(text, mention.end) is not None
#: words anywhere in a quote's sentences that may show its words were written, or shown, beside `_WRITTEN` and
#: `_EVIDENCE`: a person's `said` there may be a text's (`said in a message on Telegram`, `Kim's book says`)
_TEXT_WORDS = _WRITTEN | _EVIDENCE | frozenset({
    "writes", "writing", "statements", "posts", "tweets", "emails", "emailed", "letters", "message", "messages",
    "messaged", "texted", "text", "texts", "note", "notes", "book", "books", "document", "documents", "paper",
    "papers", "newspaper", "newspapers", "journal", "magazine", "website", "site", "page", "online", "telegram",
    "twitter", "x", "facebook", "instagram", "weibo", "account", "channel", "readout", "decree", "declaration",
    "communiqué", "bulletin", "publication", "publishes", "publish", "releases", "release", "reports", "memo",
    "intelligence", "record", "records", "minutes", "caption", "visitor", "signs", "wrote", "op", "ed", "filing",
    "filings", "sheet",
})
#: cue words that make a quote no person's speech for V401 to judge: of a text (V261 reads them) or of a thought
_NOT_SPOKEN = _TEXT_WORDS | THOUGHT_CUES


@rule("V401", "speech-typed-writing", "a person's, a state's or an office of government's quote whose cue is a word "
      "of speaking (said, told, warned, according to ...) is typed `writing`, and no word of its sentences names a "
      "text", "set the attribution to `speech`: a person's, a state's or a government office's said, told, warned "
      "are spoken unless the text shows a statement, letter or post (docs/guidelines.md, Attribution types)")
def speech_typed_writing(ctx: DocContext) -> Iterator[Hit]:
    """*Said, told, warned, asked, added, noted* of a person are `speech`, and a government's that the text shows no
    statement of (docs/guidelines.md, Attribution types): V261 told `speech` from `writing` by the words after the
    cue only (`said in a statement`, `told reporters`), and left a bare `said` to the speaker, unjudged, so
    `Kirby said`, `Putin told`, `North Korea warned` typed `writing` passed (66 of 71 such edits over release 1; 8
    do now, of a body's cue, which may be a news agency's dispatch, or of a sentence with a word of a text). Judged:
    a `writing` quote whose speaker is a PER or GPE mention in its cue's sentence, or an ORG whose mention or
    entity's name shows an office of government and no news outlet (`_speaking`: `The White House warned`, `The
    Kremlin said`, `South Korea's Unification Ministry said`, `South Korea's military assessed`, 6 of the 8 that
    passed; a news agency's is V438's, another body's not judged), and whose cue holds a word of
    speaking (`_SPEAKING_CUES`, inflected: `said`, `vowed`, `reminding`; or is `according to`) and none of writing
    or thought, where no word of the sentences from its speaker, cue and content's first to their last
    (`_TEXT_WORDS`: a statement, letter, post, book, Telegram, photos ...) may name a text. A cue whose following
    words show the medium is V261's (`_medium`), a speaker inside the content V234's, and one that is not the cue's
    subject V364's or V402's (folded). No such quote of release 1 or of the synthetic corpora typed
    `writing` has such a cue (`Kim signed the visitor book`, `U.S. officials released intelligence` are written)."""
    view, text = ctx.view, ctx.text or ""
    attributions = view.column("quotes", "attribution")
    if "writing" not in attributions:
        return
    types, spans, quotes = view.mention_type, view.mention_span, ctx.doc.quotes
    for i in [i for i, attribution in enumerate(attributions) if attribution == "writing"]:
        q = quotes[i]
        if q.cue is None or not isinstance(q.speaker, str) or not _speaking(ctx, q.speaker):
            continue
        words = _cue_words(q.cue.text)
        if (not any(of_saying(word, _SPEAKING_CUES) for word in words) and words != {"according", "to"}) \
                or not words.isdisjoint(_NOT_SPOKEN) or _medium(ctx, q) is not None:
            continue  # no word of speaking; a word of writing or thought (V261's); a medium after it (V261's)
        said = spans(q.speaker)
        if said is None or view.sentence_of(said[0]) != view.sentence_of(q.cue.start) \
                or any(c.start < said[1] and said[0] < c.end for c in q.content):
            continue  # a speaker apart from the cue: not its subject (V246's when far); inside the content: V234's
        edges = [q.cue.start, q.cue.end, *chain.from_iterable((c.start, c.end) for c in q.content), *said]
        first, last = view.sentence_of(min(edges)), view.sentence_of(max(edges) - 1)
        sentences = ctx.doc.sentences
        if not (0 <= first <= last < len(sentences)):
            continue  # outside the sentences: V201's, V214's
        named = {w.lower() for w in _WORDS.findall(text, sentences[first].start, sentences[last].end)} & _TEXT_WORDS
        if not named:
            yield Hit(pointer("quotes", i, "attribution"), q.attribution,
                      f"{q.id} cue {q.cue.text!r} of the {types[q.speaker]} {q.speaker}: no word of its sentences "
                      "names a text")


@rule("V438", "dispatch-typed-speech", "a news agency's or newspaper's quote whose cue is a word of saying is typed "
      "`speech`, and no word after its cue shows it spoken", "set the attribution to `writing`: what a news agency or "
      "a newspaper says is its dispatch (docs/guidelines.md, Attribution types)")
def dispatch_typed_speech(ctx: DocContext) -> Iterator[Hit]:
    """*Said, told, warned, according to* of a news agency, newspaper or website are `writing`, because what the
    reader has is a text (docs/guidelines.md, Attribution types: `Korean Central News Agency said Kim boarded ...` is
    the negative example of `speech`). V261 leaves a bare `said` to its speaker and V401 judges a person's, a state's
    or an office of government's only, so `North Korea's official Korean Central News Agency said on Thursday that
    ...`, `according to Russia's TASS news agency`, `The Russian state news agency Ria Novosti published images ...,
    claiming that ...` typed `speech` passed (5 of release 1's attribution changes). Judged: a `speech` quote whose
    speaker is a body (ORG) that its mention, its entity's name or the title right beside its mention calls a news
    agency or a newspaper (`news_outlet`), whose cue reports an utterance (V261's words: `said`, `claiming`, or
    `according to` the body), where the words after the cue show no medium of speaking (`_medium`: `told reporters`,
    `in an interview`, `on television`). Not judged: a cue of asking or telling (`asked by the Yonhap news agency`:
    its journalist's question, in any medium), a cue of a thought (V261's), according to the agency's pictures
    (V379's), a speaker of another type. No quote of release 1 or of the synthetic corpora is so typed."""
    view, text = ctx.view, ctx.text
    if text is None or "speech" not in view.column("quotes", "attribution"):
        return
    for i, q in enumerate(ctx.doc.quotes):
        speaker = view.mentions.get(q.speaker) if isinstance(q.speaker, str) else None
        if q.attribution != "speech" or q.cue is None or speaker is None or view.mention_type.get(speaker.id) != "ORG" \
                or not _CUE_WORDS_OF_ADDRESS.isdisjoint(_cue_words(q.cue.text)) or not news_outlet(ctx, speaker):
            continue  # an agency that asks or tells someone: its journalist's question, in any medium
        uttered, thought = _reports(ctx, q, q.cue)
        if uttered and not thought and _medium(ctx, q) is None:
            yield Hit(pointer("quotes", i, "attribution"), q.attribution,
                      f"{q.id} cue {q.cue.text!r} of the news outlet {speaker.text!r}: its dispatch is `writing`")
