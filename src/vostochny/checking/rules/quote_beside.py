"""Reported speech left out beside another quote (V425): a sentence that a quote touches and that holds a word of saying
outside every quote's content and cue (`Peskov confirmed that ... and said ...` with one quote, cued `said`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import (
    DocContext,
    Hit,
    annotates_nothing,
    brief,
    in_quote_content,
    rule,
    text_in_lower_case,
)
from vostochny.checking.rules.quote_gaps import in_running_text, quotes_by_sentence, speech_verbs
from vostochny.checking.rules.quote_reports import WORD, reporting_words, saying_tokens
from vostochny.checking.rules.quote_words import cue_says
from vostochny.patterns import compiled

if TYPE_CHECKING:
    from vostochny.reading.view import DocumentView

#: what joins a second verb of saying to a cue, one report of two verbs (`officials said and warned that ...`), and
#: what joins `according to` after a cue to it, one report (`Kirby said, according to a transcript`)
_JOINING = frozenset({" and ", " or "})
_JOINING_SOURCE = frozenset({" ", ", "})
#: a word of saying at most five words after `as` or `what` in its clause, no mark between: a report compared with
#: or named, not made (`Kirby said, echoing what Biden said last week`, `as the White House has said for weeks`)
_COMPARED = compiled(r"\b(?:as|what)(?:\s+[\w'\u2019.-]+){0,4}\s+$", re.IGNORECASE)
_COMPARED_REACH = 80
#: the words after a word of saying in such a clause that make it a report (`as he said that ...`, `for what he
#: described as a “special military operation”`)
_REPORTING_AFTER = (" that ", " as ")


@rule("V425", "report-beside-quote-not-annotated", "a sentence that a quote touches holds a word of saying in a use "
      "that reports (said, warned, confirmed that ...) outside every quote's content and cue",
      "annotate the other report of the sentence as a quote of its own: its content, its cue and its speaker "
      "(docs/guidelines.md, Quotations)", predictions="gold only")
def report_beside_quote_not_annotated(ctx: DocContext) -> Iterator[Hit]:
    """Every report of speech is a quote, and a sentence may hold two (`Kremlin spokesman Dmitry Peskov confirmed that
    Putin had accepted the invitation and said Russian Foreign Minister Sergei Lavrov was expected to visit ...`: two
    quotes, cued `confirmed` and `said`; docs/guidelines.md, Quotations). V404 and V407 leave a sentence any quote
    touches to the cue rules, so deleting one of two quotes of a sentence passed: 15 of release 1's 83 deletions. Each
    word of saying here is read as V404 and V407 read it (`said`, `told` ... but a passive; `warned`, `noted that`, `he
    described` ... but a noun, `denied the appeal`), and left where no quote's content holds it (a word inside one is
    its quote's own words or a report nested in it: `our people say`, `said [the military assessed [...]]`) nor the cue
    of a quote of the sentence that is a word of saying (V380's `cue_says`), nor joined to one by `and` or `or`
    (`officials said and warned that ...`, `warned and tweeted that ...`: one report) or `according to` right after it
    (`Kirby said, according to a transcript`), nor in a clause of `as` or `what` with no `that` or `as` after it
    (`echoing what Biden said last week`, `as the White House has said for weeks`: a report named or compared, not
    made). More words left than quotes of the sentence with no cue of saying in it (none, one V380 refuses, one in
    another sentence) is a report left out. Counting, not matching words to quotes, leaves a cue dropped or moved off
    its word to the cue rules (V348, V380): the quote then still counts for the word. Not judged: a sentence that no
    quote touches (V404's and V407's), a cue moved onto another word of saying of its sentence, a word of saying inside
    a quote's content, a zone other than the body and a document that annotates nothing yet. A direct quote left out is
    V382's. A prediction is not held to it."""
    view, text = ctx.view, ctx.text
    if not text or annotates_nothing(ctx):
        return
    starts, ends = view.column("sentences", "start"), view.column("sentences", "end")
    cues = view.column("quotes", "cue")
    saying = saying_tokens(view)
    for k, quotes in sorted(quotes_by_sentence(view).items()):
        if k >= len(starts):
            continue
        start, end = starts[k], ends[k]
        spans = [(c.start, c.end) for c in map(cues.__getitem__, quotes)
                 if c is not None and start <= c.start < end and cue_says(c.text)]
        loose = len(quotes) - len(spans)  # no cue of saying in the sentence: one of its words may be theirs
        tokens = saying[bisect.bisect_left(saying, start):bisect.bisect_left(saying, end)]
        if len(_left(view, tokens, spans)) <= loose:
            continue  # most quoted sentences hold no word of saying but their quotes' cues: their tokens read first
        if not in_running_text(view, start, start + 1):
            continue
        found = _left(view, _saying_offsets(text, start, end, text_in_lower_case(view)), spans)
        if len(found) > loose:
            at = found[0]
            word = WORD.match(text, at)
            said = word.group() if word else ""
            yield Hit(pointer("quotes"), said, f"{said!r} at [{at}, {at + len(said)}) ("
                      f"{brief(text[max(at - 40, 0):at + 40])}): no quote's content or cue holds it")


def _saying_offsets(text: str, start: int, end: int, low: str | None) -> list[int]:
    """The offsets of the words of saying in a use that reports in text[start:end], in text order: V404's verbs and
    V407's words (one word read by both counts once); `low`, the text in lower case or None (`speech_verbs`)."""
    words = list(WORD.finditer(text, start, end))
    found = {words[i].start() for i in reporting_words(text, words, end)}
    found.update(m.start() for m in speech_verbs(text, start, end, low))
    return sorted(found)


def _left(view: DocumentView, offsets: Iterable[int], spans: list[tuple[int, int]]) -> list[int]:
    """The offsets of words of saying that no quote's content holds (`in_quote_content`) nor a cue's span of `spans`,
    nor joined to a cue by `_JOINING` (`_joined`), nor in a clause of `as` or `what` (`_compared`)."""
    text = view.text or ""
    return [at for at in offsets if not in_quote_content(view, at, at + 1)
            and not any(a <= at < b or _joined(text, at, a, b) for a, b in spans) and not _compared(text, at)]


def _compared(text: str, at: int) -> bool:
    """Whether the word at `at` stands in a clause of `as` or `what` (`_COMPARED`) and has no `that` or `as` after it
    (`as he said that ...`, `for what he described as a ...` report)."""
    word = WORD.match(text, at)
    after = text[word.end():word.end() + 6].lower() if word else ""
    compared = _COMPARED.search(text, max(at - _COMPARED_REACH, 0), at) is not None
    return compared and not after.startswith(_REPORTING_AFTER)


def _joined(text: str, at: int, start: int, end: int) -> bool:
    """Whether the word at `at` is joined to the cue [start, end) by `_JOINING`, after it (`said and warned`) or
    before it (`warned and tweeted`, the cue `tweeted`), or is `according` right after it (`said, according to`)."""
    if text[end:at] in _JOINING or (text[end:at] in _JOINING_SOURCE and text.startswith("according", at)):
        return True
    before = text[at:start]
    return any(before.endswith(joint) and " " not in before[:-len(joint)] for joint in _JOINING)
