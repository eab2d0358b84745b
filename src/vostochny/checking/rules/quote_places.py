"""Rules on where a quote's parts lie among sentences and zones: cue and speaker near the content (V246), content in
furniture zones (V262), fragments far apart (V263), and a cue or speaker that the words after a direct quote show but
the quote leaves out (V272, V273)."""

from __future__ import annotations

import bisect
import operator
import sys
import unicodedata
from collections.abc import Callable, Iterator
from functools import partial
from itertools import accumulate, pairwise, repeat
from typing import TYPE_CHECKING, Final

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import (
    DocContext,
    Hit,
    brief,
    in_quote_content,
    in_range,
    mention_holds,
    mentions_starting,
    rule,
)
from vostochny.model.labels import SPEAKER_TYPES, UTTERANCE_CUES
from vostochny.model.tokenize import LINE_BREAK_SET, NO_FORMAT
from vostochny.reading.view import DocumentView

if TYPE_CHECKING:
    from vostochny.model.models import Mention, Quote, Span


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
        if not all(in_range(s.start, s.end, length) for s in spans):
            continue
        first, last = view.sentence_of(q.content[0].start), view.sentence_of(q.content[-1].end - 1)
        paragraphs = {zone_of(q.content[0].start), zone_of(q.content[-1].end - 1)}
        for role, span, value in (("cue", q.cue, q.cue and [q.cue.start, q.cue.end]), ("speaker", speaker, q.speaker)):
            if span is not None and far_from_content(view, q, span) \
                    and not (ctx.doc.zones and zone_of(span.start) in paragraphs):
                yield Hit(pointer("quotes", i, role), value, f"{span.text!r} is in sentence "
                          f"{view.sentence_of(span.start)}, the content in {first}-{last}")


def far_from_content(view: DocumentView, quote: Quote, span: Span) -> bool:
    """Whether `span` (a quote's cue or speaker) starts more than a sentence before the sentences of `quote`'s
    content or after them (V246's, in another paragraph; V270 leaves such a span to it)."""
    if not quote.content:
        return False
    first, last = view.sentence_of(quote.content[0].start), view.sentence_of(quote.content[-1].end - 1)
    return not first - 1 <= view.sentence_of(span.start) <= last + 1


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
                          f"{q.id}'s content {brief(s.text)} lies in a {'/'.join(sorted(found & wrong))} zone"
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
                yield Hit(pointer("quotes", i, "content", after), brief(b.text),
                          f"{q.id}'s fragment {brief(b.text)} is in sentence {first}, the fragment before it "
                          f"ends in sentence {last}")


#: a closing quotation mark (a single one only at the words' end: `‘We will win,’ he said`)
_CLOSING_MARKS = frozenset('"\u201d\u201c\u2019\u00bb\'')
#: what ends quoted words that an attribution goes on from in one sentence: `“We will win,” he said`, `“Why?” he
#: asked`; a full stop ends the sentence (`“We will win.” He said ...` starts another)
_GOES_ON = frozenset(",?!\u2014\u2013\u2026")
#: the stops after which the sentence splitter may end the sentence at the closing mark: the attribution lies in
#: the next (`“Why would we?” Kirby asked`, `“We will win…” Kirby said`)
_ENDS_SENTENCE = ("?", "!", "\u2026", "...")
#: the line breaks of `str.splitlines`: after one the words are another line, no attribution of the quote's


def _space(char: str) -> bool:
    """Whether `char` is a space between words on one line: any Unicode white space (`str.isspace`: a no-break,
    thin or ideographic space too) but a line break."""
    return char.isspace() and char not in LINE_BREAK_SET


#: how many tokens after the mark the cue word may lie: a speaker with a title (`” South Korean Foreign Ministry
#: spokesman Lim Soo-suk said`)
_ATTRIBUTION_REACH = 10


def _mark_and_stop(two: str) -> bool:
    """Whether two characters are a closing mark and a comma (or question mark, dash) either way round: `”,` (the
    comma outside the marks) or `,”` after words that stop short of their comma."""
    return len(two) == 2 and ((two[0] in _CLOSING_MARKS and two[1] in _GOES_ON)
                              or (two[0] in _GOES_ON and two[1] in _CLOSING_MARKS))


class _Shown:
    """The attribution that a direct quote's text shows right after the closing mark of one of its fragments: the
    cue word's offsets, the speaker mention beside it (or inside its subject), the words from the mark to both, and
    the subject's words where the mention is only part of them (`[North Korea] state media`, unannotated)."""

    __slots__ = ("cue", "cue_text", "speaker", "subject", "words")

    def __init__(self, cue: tuple[int, int], cue_text: str, speaker: Mention, words: str,
                 subject: str | None = None) -> None:
        self.cue: Final = cue
        self.cue_text: Final = cue_text
        self.speaker: Final = speaker
        self.words: Final = words
        self.subject: Final = subject

    def names(self) -> str:
        """What the attribution names, for a message."""
        if self.subject is None:
            return f"which names {self.speaker.text!r} ({self.speaker.id})"
        return f"whose subject {self.subject!r} holds {self.speaker.text!r} ({self.speaker.id}): annotate the " \
               "subject as the speaker"


def _shown_attributions(view: DocumentView) -> dict[int, _Shown]:
    """The attributions the text shows after the direct quotes that lack a cue or a speaker, by quote index
    (`_shown_after`); built once per view (V272 and V273 read it), by columns where every direct quote has both."""
    key = ("shown_attributions",)
    if key not in view.derived:
        kinds, cues, speakers = (view.column("quotes", name) for name in ("kind", "cue", "speaker"))
        lacking = [i for i, (kind, cue, speaker) in enumerate(zip(kinds, cues, speakers, strict=True))
                   if kind == "direct" and (cue is None or speaker is None)]
        found: dict[int, _Shown] = {}
        if lacking and view.text is not None:
            quotes = view.doc.quotes
            for i in lacking:
                taken = partial(_taken, view, i)
                shown = next(filter(None, (_shown_after(view, s.end, taken) for s in quotes[i].content)), None)
                if shown is not None:
                    found[i] = shown
        view.derived[key] = found
    return view.derived[key]  # type: ignore[no-any-return]


def _taken(view: DocumentView, quote: int, start: int, end: int) -> bool:
    """Whether [start, end) overlaps a quote's content or the cue of another quote than `quote`: a bisection of the
    content fragments (`base.in_quote_content`) and of the cues in text order (a list of them all for each quote
    was quadratic in a file of many quotes)."""
    if in_quote_content(view, start, end):
        return True
    key = ("cues_in_order",)
    if key not in view.derived:
        cues = sorted((c.start, c.end, j) for j, c in enumerate(view.column("quotes", "cue")) if c is not None)
        view.derived[key] = (cues, [c[0] for c in cues], list(accumulate((c[1] for c in cues), max)))
    cues, starts, ends = view.derived[key]
    n = bisect.bisect_left(starts, end) - 1
    while n >= 0 and ends[n] > start:  # back while a cue up to there reaches past `start`
        if cues[n][1] > start and cues[n][2] != quote:
            return True
        n -= 1
    return False


def _shown_after(view: DocumentView, end: int, taken: Callable[[int, int], bool]) -> _Shown | None:
    """The attribution right after quoted words that end at `end`, in their sentence (after `?`, `!` or an ellipsis,
    where the sentence splitter may end the sentence at the mark, in the next: `“Why would we?” Kirby asked`): the
    words go on past a comma, question mark, dash or ellipsis (`,”` or `”,`) and a space (any but a line break: a
    no-break space too; or none, a format character or a letter right after the mark: `“...,”Kirby said`), and
    within `_ATTRIBUTION_REACH` tokens a cue word in any case (`labels.UTTERANCE_CUES`, `_cue_word`) follows that is
    the attribution's verb (`_modifier`: not a noun inside its subject, `[North Korea state media] said`), nothing
    but words (and the hyphens and stops inside them) between, with its subject's mention of a speaker (PER, ORG,
    GPE; `_subject`). None where the text shows no such attribution, or where the cue word lies in another quote's
    content or is another quote's cue (a report inside a report: the words after the mark are the outer quote's
    attribution)."""
    text = view.text or ""
    if (text[end - 1:end] in _GOES_ON or text.endswith("...", 0, end)) and text[end:end + 1] in _CLOSING_MARKS:
        at = end + 1
    elif _mark_and_stop(text[end:end + 2]):
        at = end + 2
    elif text.startswith("...", end) and text[end + 3:end + 4] in _CLOSING_MARKS:
        at = end + 4  # words that stop short of their ellipsis, written as three stops
    else:
        return None
    while unicodedata.category(text[at:at + 1] or "\n") == "Cf":
        at += 1  # a zero-width space or word joiner after the mark: nothing between the words
    if not _space(text[at:at + 1]) and not text[at:at + 1].isalpha():
        return None  # a line break, or another mark: no attribution on the line (`“We will win,”Kirby`: one lost)
    starts, ends, words = view.token_starts, view.token_ends, view.token_texts
    first = bisect.bisect_left(starts, at)
    sentence = view.sentence_of(at - 1)
    if first < len(starts) and any(stop in text[max(end - 3, 0):at] for stop in _ENDS_SENTENCE):
        sentence = view.sentence_of(starts[first])  # the splitter may end a sentence at `?”`: the words go on
    reach = range(first, min(first + _ATTRIBUTION_REACH, len(starts)))
    for k in reach:
        if view.sentence_of(starts[k]) != sentence:
            return None
        word = words[k]
        if _cue_word(word):
            cue = (starts[k], ends[k])
            if taken(*cue):
                return None
            if not _modifier(view, k, reach.stop):
                speaker = _subject(view, cue, at, word, before=k > first)
                if speaker is not None:  # else a noun that reads as a cue word (`the warning said`): read on
                    apart = speaker.end < cue[0] and text[speaker.end:cue[0]].strip()  # not beside the cue word
                    return _Shown(cue, word, speaker, text[at:max(cue[1], speaker.end)].lstrip(),
                                  text[at:cue[0]].strip() if apart else None)
        if _between_words(view, k):
            return None  # punctuation between words, not inside one (`Soo-suk`, `Adm.`): no attribution
    return None


def _plain(word: str) -> str:
    """A token's word without the format characters inside it (`sa\\u00adid`, a soft hyphen: `said`)."""
    return word.translate(NO_FORMAT) if not word.isprintable() else word


def cue_form(word: str) -> str:
    """A token's word as the cue lists write it: without format characters inside it, case folded (`SAID`,
    `sa\\u00adid`: `said`)."""
    return _plain(word).casefold()


def _cue_word(word: str) -> bool:
    """Whether a token is a cue word of an utterance (`labels.UTTERANCE_CUES`) in lower case or in capitals (`said`,
    `SAID` in a line in capitals), format characters inside it left out (`sa\\u00adid`). Not capitalized: a name
    that is also a cue word (`Russia's Express newspaper said`, `State`, `Note`) is no verb."""
    plain = _plain(word)
    return (plain.islower() or plain.isupper()) and plain.casefold() in UTTERANCE_CUES


def _lower_after(word: str, after: str) -> bool:
    """Whether the token `after`, following the token `word`, is a word in lower case as its line writes it: in lower
    case, or in capitals after a word in capitals (`STATE MEDIA`), or capitalized after a capitalized word (a
    headline's `State Media`)."""
    before, plain = _plain(word), _plain(after)
    return plain.isalpha() and (plain.islower() or (before.isupper() and plain.isupper())
                                or (before.istitle() and plain.istitle()))


def _between_words(view: DocumentView, k: int) -> bool:
    """Whether token `k` is punctuation that stands between words, not inside one (`Soo-suk`, `Adm.`)."""
    text, start, end = view.text or "", view.token_starts[k], view.token_ends[k]
    return not any(map(str.isalnum, view.token_texts[k])) and (text[start - 1:start].isspace()
                                                               or text[end:end + 1].isspace())


#: cue words that are nouns as often as verbs: one followed by another word and then a cue word is a noun of the
#: subject (`state media said`, `the ransom note from Kim said`), the later cue word the verb
_NOUN_CUES = frozenset({"state", "states", "note", "notes", "claim", "claims", "warning"})


def _modifier(view: DocumentView, k: int, stop: int) -> bool:
    """Whether the cue word of token `k` is a noun of the attribution's subject, not its verb: inside a mention (a
    mention is a noun phrase: `[North Korea state media] said`), or a cue word that is a noun as often (`_NOUN_CUES`)
    followed by a word in lower case (as its line writes it, `_lower_after`: `STATE MEDIA`) and, before `stop` and
    any punctuation between words, a cue word (`[North Korea] state media said` with the noun phrase left
    unannotated)."""
    if mention_holds(view, view.token_starts[k], view.token_ends[k]):
        return True
    words = view.token_texts
    if cue_form(words[k]) not in _NOUN_CUES or k + 1 >= stop or not _lower_after(words[k], words[k + 1]):
        return False
    for j in range(k + 1, stop):
        if _cue_word(words[j]):
            return True
        if _between_words(view, j):
            return False
    return False


def _speakers(view: DocumentView, first: int, last: int) -> list[Mention]:
    """The mentions of a speaker type (PER, ORG, GPE) that start from `first` to `last`, in the document's order."""
    mentions, types = view.doc.mentions, view.mention_type
    return [m for m in map(mentions.__getitem__, mentions_starting(view, first, last))
            if types.get(m.id) in SPEAKER_TYPES]


def _subject(view: DocumentView, cue: tuple[int, int], at: int, word: str, before: bool) -> Mention | None:
    """The speaker's mention of the attribution whose verb is the cue word at `cue`, of a speaker type: the widest
    one that ends just before the cue word (after `at`, only spaces between: `[Kirby] said`, `[[North Korea] state
    media] said`); where none does, the one nearest the cue word among the words before it (its subject `[North
    Korea] state media said` with the noun phrase unannotated), unless the cue word is one that is a noun as often
    (`_NOUN_CUES`: `Russia's warning, ...` is no verb). Where nothing comes before the cue word (`before` False), the
    widest one that starts just after it (`said [Kirby]`)."""
    text = view.text or ""
    if not before:
        gap = cue[1]  # the spaces after the cue word, to the next word (a mention past the text's end: V201's)
        while text[gap:gap + 1].isspace():
            gap += 1
        after = _speakers(view, cue[1], gap if gap < len(text) else sys.maxsize)
        return max(after, key=lambda m: m.end - m.start, default=None)
    inside = [m for m in _speakers(view, at, cue[0]) if m.end <= cue[0]]
    beside = [m for m in inside if not text[m.end:cue[0]].strip()]
    if beside:
        return max(beside, key=lambda m: m.end - m.start)
    if cue_form(word) in _NOUN_CUES:
        return None
    return max(inside, key=lambda m: (m.end, m.end - m.start), default=None)


@rule("V272", "quote-cue-missing", "a direct quote has no cue, though its words are followed by one",
      "set the cue to the reporting word after the closing mark (`“...,” Kirby [said]`; docs/guidelines.md, "
      "Quotations)")
def quote_cue_missing(ctx: DocContext) -> Iterator[Hit]:
    """`cue` is the reporting word of the quotation (docs/guidelines.md, Quotations), and where a direct quote's
    words go on past a comma (or a question mark or dash) and their closing mark, after a space (a no-break or other
    space too, or none, never a line break), into an attribution in the same sentence (`“No nation on the planet ...
    Ukrainians,” Kirby said.`), a cue word (`labels.UTTERANCE_CUES`: said, told, added ...; in any case, `Kirby
    SAID` or a line in capitals, and with any format character inside it left out, `sa\\u00adid` with a soft hyphen)
    that is the attribution's verb, with the speaker's mention as or in its subject, the text shows the cue: a quote
    without it loses the speech act that attribution types (V261) and every quote export read. A cue word inside a
    mention, or one that is a noun as often followed by more words and a cue word, is a noun of the subject, not the
    verb: `“...,” [[North Korea] state media] said` has the cue `said`. A cue word that is another quote's cue or
    lies in another quote's content belongs to that quote (a report inside a report). Not caught: an attribution
    before the words (`Kirby said: “...”`), one whose subject holds no annotated speaker or that puts words between
    the speaker and the cue (`Matthew Miller, a spokesman, said`), a cue word outside the list (`vowed`,
    `described`), quoted words that end in a full stop (`“We will win.” He said ...` is the next sentence), and
    indirect and mixed quotes."""
    for i, shown in sorted(_shown_attributions(ctx.view).items()):
        q = ctx.doc.quotes[i]
        if q.cue is None:
            yield Hit(pointer("quotes", i, "cue"), None,
                      f"{q.id}'s words are followed by {shown.words!r}: the cue is {shown.cue_text!r}")


@rule("V273", "quote-speaker-missing", "a direct quote has no speaker, though the attribution after its words "
      "names one", "set the speaker to the mention in the attribution (`“...,” [Kirby] said`; docs/guidelines.md, "
      "Quotations)")
def quote_speaker_missing(ctx: DocContext) -> Iterator[Hit]:
    """`speaker: null` is allowed only where the text names no source at all (docs/guidelines.md, Quotations):
    where a direct quote's words go on into an attribution in the same sentence (`“...,” Kirby said`, the
    attribution V272 reads), its subject names the source: the widest mention of a speaker type beside the cue word
    (`[[North Korea] state media] said`: the noun phrase, not the place inside it), else the one nearest the cue
    word in its subject (`[North Korea] state media said` with the noun phrase left unannotated still names a
    source), and a quote without a speaker is attributed to no one in every export and quote link. Judged where the
    quote has no cue or its cue is that word (a cue elsewhere may make the words after the mark another
    attribution). Not caught: what V272 does not catch, and a speaker whose subject holds no mention (nothing names
    it to the validator)."""
    for i, shown in sorted(_shown_attributions(ctx.view).items()):
        q = ctx.doc.quotes[i]
        if q.speaker is None and (q.cue is None or (q.cue.start < shown.cue[1] and shown.cue[0] < q.cue.end)):
            yield Hit(pointer("quotes", i, "speaker"), None, f"{q.id}'s words are followed by {shown.words!r}, "
                      f"{shown.names()}")
