"""Reported speech left out beside another quote (V425): a sentence that a quote touches and that holds a word of saying
outside every quote's content and cue (`Peskov confirmed that ... and said ...` with one quote, cued `said`)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, _brief, annotates_nothing, content_fragments, rule
from vostochny.checking.rules.quote_gaps import SPEECH_VERBS, in_running_text, quotes_by_sentence, speech_verbs
from vostochny.checking.rules.quote_reports import TRIGGERS, WORD, reporting_words
from vostochny.checking.rules.quote_words import _says

#: the words in lower case that a sentence must hold for V425 to read it (its tokens, read first)
_SAYING = TRIGGERS | SPEECH_VERBS


@rule("V425", "report-beside-quote-not-annotated", "a sentence that a quote touches holds a word of saying in a use "
      "that reports (said, warned, confirmed that ...) outside every quote's content and cue",
      "annotate the other report of the sentence as a quote of its own: its content, its cue and its speaker "
      "(docs/guidelines.md, Quotations)", predictions="gold only")
def report_beside_quote_not_annotated(ctx: DocContext) -> Iterator[Hit]:
    """Every report of speech is a quote, and a sentence may hold two (`Kremlin spokesman Dmitry Peskov confirmed that
    Putin had accepted the invitation and said Russian Foreign Minister Sergei Lavrov was expected to visit ...`: two
    quotes, cued `confirmed` and `said`; docs/guidelines.md, Quotations). V404 and V407 leave a sentence any quote
    touches to the cue rules, so deleting one of two quotes of a sentence passed: 15 of release 1's 83 deletions.
    Each word of saying here is read as V404 and V407 read it (`said`, `told` ... but a passive; `warned`, `noted
    that`, `he described` ... but a noun, `denied the appeal`), and left where no quote's content holds it (a word
    inside one is its quote's own words or a report nested in it: `our people say`, `said [the military assessed
    [...]]`) nor the cue of a quote of the sentence that is a word of saying (V380's `_says`). More words left than
    quotes of the sentence with no cue of saying in it (none, one V380 refuses, one in another sentence) is a report
    left out. Counting, not
    matching words to quotes, leaves a cue dropped or moved off its word to the cue rules (V348, V380): the quote
    then still counts for the word. Not judged: a sentence that no quote touches (V404's and V407's), a cue moved onto
    another word of saying of its sentence, a word of saying inside a quote's content, a zone other than the body and
    a document that annotates nothing yet. A direct quote left out is V382's. A prediction is not held to it."""
    view, text = ctx.view, ctx.text
    if not text or annotates_nothing(ctx):
        return
    _, fragment_starts, reach = content_fragments(view)
    starts, ends = view.column("sentences", "start"), view.column("sentences", "end")
    token_ranges, tokens = view.token_ranges("sentences"), view.token_texts
    cues = view.column("quotes", "cue")
    for k, quotes in sorted(quotes_by_sentence(view).items()):
        if k >= len(starts) or _SAYING.isdisjoint(map(str.lower, tokens[slice(*token_ranges[k])])):
            continue  # most quoted sentences hold no word of saying but their quotes' cues
        start, end = starts[k], ends[k]
        if not in_running_text(view, start, start + 1):
            continue
        spans = [(c.start, c.end) for c in map(cues.__getitem__, quotes)
                 if c is not None and start <= c.start < end and _says(c.text)]
        left = [at for at in _saying(text, start, end) if not _held(fragment_starts, reach, at)
                and not any(a <= at < b for a, b in spans)]
        loose = len(quotes) - len(spans)  # no cue of saying in the sentence: one of its words may be theirs
        if len(left) > loose:
            word = WORD.match(text, left[0])
            said = word.group() if word else ""
            yield Hit(pointer("quotes"), said, f"{said!r} at [{left[0]}, {left[0] + len(said)}) ("
                      f"{_brief(text[max(left[0] - 40, 0):left[0] + 40])}): no quote's content or cue holds it")


def _saying(text: str, start: int, end: int) -> list[int]:
    """The offsets of the words of saying in a use that reports in text[start:end], in text order: V404's verbs and
    V407's words (one word read by both counts once)."""
    words = list(WORD.finditer(text, start, end))
    found = {words[i].start() for i in reporting_words(text, words, end)}
    found.update(m.start() for m in speech_verbs(text, start, end))
    return sorted(found)


def _held(fragment_starts: list[int], reach: list[int], at: int) -> bool:
    """Whether a quote's content fragment (`content_fragments`' starts and reach) holds the offset `at`."""
    k = bisect.bisect_right(fragment_starts, at)
    return k > 0 and reach[k - 1] > at
