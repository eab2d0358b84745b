"""Find annotation spans in the raw text by quoting their context, never by typed offsets.

A *context* is a piece of the raw text, long enough to occur exactly once, with the span
marked by double brackets: ``"North Korean leader [[Kim Jong Un]] arrived"``. A long span
may leave out its middle with `` ... ``: ``"“[[We express ... community,]]”"`` means the
span from ``We express`` to the first ``community,`` after it.
"""

from __future__ import annotations

OPEN, CLOSE, GAP = "[[", "]]", " ... "


class LocateError(ValueError):
    """A context that is missing, ambiguous or malformed."""


def locate(text: str, context: str) -> tuple[int, int]:
    """Return the `(start, end)` of the bracketed span of `context` in `text`."""
    if context.count(OPEN) != 1 or context.count(CLOSE) != 1:
        raise LocateError(f"context needs exactly one [[...]]: {context!r}")
    left, rest = context.split(OPEN)
    inner, right = rest.split(CLOSE)
    first, _, last = inner.partition(GAP)
    head = left + first
    hits = _find_all(text, head)
    if not _gap_ok(first, last, inner):
        raise LocateError(f"bad gap in {context!r}")
    spans = [s for s in (_resolve(text, h, left, first, last, right) for h in hits) if s]
    if len(spans) != 1:
        raise LocateError(f"context occurs {len(spans)} times (need 1): {context!r}")
    return spans[0]


def _gap_ok(first: str, last: str, inner: str) -> bool:
    return bool(first) and (GAP not in inner or bool(last))


def _find_all(text: str, needle: str) -> list[int]:
    hits, at = [], text.find(needle)
    while at != -1:
        hits.append(at)
        at = text.find(needle, at + 1)
    return hits


def _resolve(text: str, hit: int, left: str, first: str, last: str, right: str) -> tuple[int, int] | None:
    start = hit + len(left)
    if not last:
        end = start + len(first)
        return (start, end) if text.startswith(right, end) else None
    tail = text.find(last + right, start + len(first))
    return None if tail == -1 else (start, tail + len(last))
