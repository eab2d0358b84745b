"""Rules on the token and sentence layers: spans on token boundaries (V212), tokens that tile the text (V213),
sentences that tile the tokens (V214)."""

from __future__ import annotations

import bisect
import operator
from collections.abc import Iterator
from itertools import repeat
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, in_range, rule
from vostochny.model import tokenize
from vostochny.reading.view import DocumentView, no_whitespace

if TYPE_CHECKING:
    from vostochny.model.models import Span


@rule("V212", "token-boundary", "a span does not start or end on a token boundary",
      "move the offsets to token boundaries, or correct the token layer")
def token_boundary(ctx: DocContext) -> Iterator[Hit]:
    """Mentions, quote fragments, cues and zones start at a token start and end at a token end, so
    that token-based exports (BIO tags, CoNLL) carry them exactly."""
    starts, ends = ctx.view.start_set, ctx.view.end_set
    if starts.issuperset(ctx.view.span_columns[0]) and ends.issuperset(ctx.view.span_columns[1]):
        return
    length = len(ctx.text) if ctx.text is not None else ctx.doc.length
    for path, s in ctx.view.spans:  # a span outside the text is V201's, one whose text differs V202's
        if path[0] != "sentences" and (s.start not in starts or s.end not in ends) \
                and in_range(s.start, s.end, length) and (ctx.text is None or ctx.text[s.start:s.end] == s.text):
            yield Hit(pointer(*path), [s.start, s.end], f"{s.text!r} [{s.start}, {s.end}){_nearest_bounds(ctx, s)}")


def _nearest_bounds(ctx: DocContext, span: Span) -> str:
    """The token boundaries nearest to a span's offsets that are not on one."""
    said = []
    for name, offset, bounds in (("start", span.start, ctx.view.token_starts), ("end", span.end, ctx.view.token_ends)):
        if bounds and offset not in (ctx.view.start_set if name == "start" else ctx.view.end_set):
            at = bisect.bisect_left(bounds, offset)
            near = min(bounds[max(0, at - 1):at + 1], key=lambda b: abs(b - offset))
            said.append(f"nearest token {name} is {near}")
    return f"; {', '.join(said)}" if said else ""


@rule("V213", "token-layer", "the token layer does not tile the text",
      "tokens must be in order, not overlap, hold no whitespace and cover every other character but the format "
      "characters between words")
def token_layer(ctx: DocContext) -> Iterator[Hit]:
    """Tokens are sorted, non-overlapping, free of whitespace, and every character of the raw text but
    whitespace and the format characters between words (Unicode Cf, V268) is inside a token: the raw text
    can be rebuilt from tokens and gaps."""
    if ctx.view.tokens_tile:
        return
    text = ctx.text or ""
    tokens = ctx.doc.tokens
    previous = (0, *ctx.view.token_ends)
    gaps = "".join(map(text.__getitem__, map(slice, previous, ctx.view.token_starts))) + text[previous[-1]:]
    in_order = all(map(operator.le, previous, ctx.view.token_starts))
    if in_order and tokenize.is_gap(gaps) and no_whitespace("".join(ctx.view.token_texts)):
        return
    prev_end = 0
    for i, (start, end, tok) in enumerate(tokens):
        gap = text[prev_end:start]
        if start < prev_end:
            yield Hit(pointer("tokens", i), [start, end],
                      f"starts at {start}, before the previous token ends ({prev_end})")
        elif not tokenize.is_gap(gap):
            yield Hit(pointer("tokens", i), [start, end], f"characters {gap.strip()!r} before it are in no token")
        if any(ch.isspace() for ch in tok):
            yield Hit(pointer("tokens", i), tok, "token contains whitespace")
        prev_end = max(prev_end, end)
    if not tokenize.is_gap(text[prev_end:]):
        yield Hit("/tokens", len(ctx.doc.tokens),
                  f"text after the last token is in no token: {text[prev_end:].strip()[:20]!r}")


def tokens_covered(view: DocumentView, layer: str) -> int | None:
    """How many tokens the spans of a layer cover, if they are in order and none overlaps the next
    (each token then counted once); None if not. Spans in order that cover as many tokens as there
    are cover every one, so V214 and V228 walk their spans one by one only when this falls short."""
    starts, ends = view.column(layer, "start"), view.column(layer, "end")
    if not (all(map(operator.le, starts, ends)) and all(map(operator.le, ends, starts[1:]))):
        return None
    first, end = (sum(map(bisect.bisect_left, repeat(view.token_starts), offsets)) for offsets in (starts, ends))
    return end - first


@rule("V214", "sentence-layer", "the sentence layer does not tile the tokens",
      "sentences must be in order, start at a token start, end at a token end, and cover every token")
def sentence_layer(ctx: DocContext) -> Iterator[Hit]:
    """Every token is in exactly one sentence; sentences are in order and do not overlap."""
    view = ctx.view
    starts, ends = view.column("sentences", "start"), view.column("sentences", "end")
    if view.start_set.issuperset(starts) and view.end_set.issuperset(ends) \
            and tokens_covered(view, "sentences") == len(view.token_starts):
        return
    covered = 0
    prev_end = 0
    for i, s in enumerate(ctx.doc.sentences):
        if s.start < prev_end or s.start not in view.start_set or s.end not in view.end_set:
            yield Hit(pointer("sentences", i), [s.start, s.end],
                      "overlaps the previous sentence or is off token boundaries")
        first, end = view.token_range(s.start, s.end)
        covered += end - first
        prev_end = max(prev_end, s.end)
    if covered != len(view.token_starts):
        yield Hit("/sentences", len(ctx.doc.sentences),
                  f"{len(view.token_starts) - covered} tokens are in no sentence (or in two)")
