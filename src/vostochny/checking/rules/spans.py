"""Rules on spans against the raw text: offsets inside it (V201), the text each span and token records (V202), and
spans without a word (V237)."""

from __future__ import annotations

import operator
import unicodedata
from collections.abc import Iterator, Sequence
from itertools import chain, compress
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, in_range, rule

if TYPE_CHECKING:
    from vostochny.model.models import Document, Span


@rule("V201", "span-range", "span offsets outside the text or empty", "set 0 <= start < end <= length of the raw text",
      predictions="required")
def span_range(ctx: DocContext) -> Iterator[Hit]:
    """A span must be non-empty and inside the raw text; an end before its start, an empty span or
    an offset past the end of the text can only be a mistake."""
    length = len(ctx.text) if ctx.text is not None else ctx.doc.length
    starts, ends, _ = ctx.view.span_columns
    spans_ok = not starts or (min(starts) >= 0 and max(ends) <= length and all(map(operator.lt, starts, ends)))
    for path, s in () if spans_ok else ctx.view.spans:
        if not in_range(s.start, s.end, length):
            yield Hit(pointer(*path), [s.start, s.end], f"[{s.start}, {s.end}) with text length {length}")
    firsts, lasts = ctx.view.token_starts, ctx.view.token_ends
    tokens_ok = not firsts or ctx.view.tokens_tile or (
        min(firsts) >= 0 and max(lasts) <= length and all(map(operator.lt, firsts, lasts)))
    if not tokens_ok:
        for i, (start, end, _) in enumerate(ctx.doc.tokens):
            if not in_range(start, end, length):
                yield Hit(pointer("tokens", i), [start, end], f"token [{start}, {end}) with text length {length}")


@rule("V202", "span-text", "span text differs from the raw text at its offsets",
      "correct the offsets, or set `text` to the raw text shown", predictions="required")
def span_text(ctx: DocContext) -> Iterator[Hit]:
    """Every span and token carries its `text`, so that a shifted offset or an edited raw file is
    caught at once. Text that differs only by Unicode normalization (NFC vs NFD) is still wrong:
    offsets count code points."""
    text = ctx.text
    if text is None:
        return
    starts, ends, texts = ctx.view.span_columns
    spans_ok = [text[a:b] for a, b in zip(starts, ends, strict=True)] == list(texts)  # a third faster than map(slice)
    items = [] if spans_ok else [((*p, "text"), s.start, s.end, s.text)
                                 for p, s in ctx.view.spans if text[s.start:s.end] != s.text]
    if not ctx.view.tokens_tile and ctx.view.token_texts != ctx.token_slices():
        items += [(("tokens", i, 2), a, b, t) for i, (a, b, t) in enumerate(ctx.doc.tokens) if text[a:b] != t]
    for path, start, end, expected in items:
        actual = text[start:end]
        if in_range(start, end, len(text)):
            same_nfc = _nfc(actual) == _nfc(expected)
            hint = " (equal after Unicode normalization)" if same_nfc else _where_is(text, expected, start)
            yield Hit(pointer(*path), expected, f"raw text is {actual!r}{hint}")


def _where_is(text: str, wanted: str, start: int) -> str:
    """Where `wanted` really is in the raw text: the occurrence nearest to `start`, in words."""
    if not wanted:
        return ""
    before, after = text.rfind(wanted, 0, start + len(wanted)), text.find(wanted, start)
    found = [i for i in (before, after) if i >= 0]
    if not found:
        return f"; {wanted[:40]!r} is nowhere in the raw text"
    nearest = min(found, key=lambda i: abs(i - start))
    shift = nearest - start
    direction = f"{abs(shift)} character{'s' if abs(shift) != 1 else ''} {'later' if shift > 0 else 'earlier'}"
    return f"; {wanted[:40]!r} is at {nearest}-{nearest + len(wanted)}, {direction}"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def wordless(text: str) -> bool:
    """No letter or digit in `text` (`str.isalnum` on each character: any script's letters and digits)."""
    return not any(map(str.isalnum, text))


def _words_at(text: str, starts: Sequence[int]) -> bool:
    """Whether the raw text has a letter or digit at each of `starts`, with one `itemgetter` call, not a
    call per span: then every span that starts there and holds the raw text has a word. False for an
    offset past the end (the walk sorts it out)."""
    try:
        return not starts or "".join(operator.itemgetter(*starts)(text)).isalnum()
    except IndexError:
        return False


def _not_at_words(text: str, starts: Sequence[int]) -> Sequence[int]:
    """The indices of `starts` where the raw text has no letter or digit (one `itemgetter` call): only the spans
    that start there may have no word. Every index where an offset is past the end (the walk sorts it out)."""
    try:
        found = operator.itemgetter(*starts)(text) if starts else ""
    except IndexError:
        return range(len(starts))
    return list(compress(range(len(starts)), map(operator.not_, map(str.isalnum, found))))


def spans_to_word(doc: Document) -> Iterator[tuple[tuple[str | int, ...], str, Span]]:
    """(path, what it is, span) of every mention and quote cue."""
    for i, m in enumerate(doc.mentions):
        yield ("mentions", i), m.id, m
    yield from _cues(doc)


def _cues(doc: Document) -> Iterator[tuple[tuple[str | int, ...], str, Span]]:
    """(path, what it is, span) of every quote cue."""
    for i, q in enumerate(doc.quotes):
        if q.cue is not None:
            yield ("quotes", i, "cue"), f"the cue of {q.id}", q.cue


@rule("V237", "span-without-word", "a mention, quote cue or quote content fragment has no letter or digit",
      "move the offsets onto the words it stands for, or remove it (docs/guidelines.md, Mentions and Quotations)")
def span_without_word(ctx: DocContext) -> Iterator[Hit]:
    """A mention names its referent in words, a cue is the reporting word or phrase, and a quote's content
    is words said (docs/guidelines.md, sections 2 and 4): a span over punctuation alone (`,`, `—`, a quote
    mark) is a slipped offset or a tool's mistake, yet it counts as a mention or a quote in every figure
    and export. Content keeps the punctuation inside the marks (`We will win,`), but a fragment of
    punctuation alone reports nothing. Letters and digits of any script count (`str.isalnum`). Judged only
    where the recorded text is the raw text at its offsets: a span outside the text is V201's, one whose
    text differs V202's, and none is judged without a raw text (V204's)."""
    text, view = ctx.text, ctx.view
    if text is None:
        return
    cues = [c.start for c in view.column("quotes", "cue") if c is not None]
    fragments = [s.start for content in view.column("quotes", "content") for s in content]
    mentions, odd = ctx.doc.mentions, _not_at_words(text, view.column("mentions", "start"))
    found = [(("mentions", i), mentions[i].id, mentions[i]) for i in odd]
    for path, what, s in chain(found, () if _words_at(text, cues) and _words_at(text, fragments) else
                               chain(_cues(ctx.doc), _fragments(ctx.doc))):
        if in_range(s.start, s.end, len(text)) and text[s.start:s.end] == s.text and wordless(s.text):
            yield Hit(pointer(*path), s.text, f"{what} {s.text!r} [{s.start}, {s.end})")


def _fragments(doc: Document) -> Iterator[tuple[tuple[str | int, ...], str, Span]]:
    """(path, what it is, span) of every quote content fragment."""
    for i, q in enumerate(doc.quotes):
        for j, s in enumerate(q.content):
            yield ("quotes", i, "content", j), f"a content fragment of {q.id}", s
