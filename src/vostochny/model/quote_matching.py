"""Which quotes of two versions of a document are the same quote: what `vostochny diff`, the viewer's diff
and the evaluation scorer share. A quote is known by its content spans, never by its id (ids change when a
document is recompiled)."""

from __future__ import annotations

from collections import defaultdict

from vostochny.model.models import Document, Quote


def content_key(quote: Quote) -> tuple[tuple[int, int], ...]:
    """A quote's content spans: what identifies a quote across versions."""
    return tuple((c.start, c.end) for c in quote.content)


def quote_extent(quote: Quote) -> tuple[int, int] | None:
    """First start and last end of a quote's content; None for a quote with no content (unvalidated input)."""
    return (quote.content[0].start, quote.content[-1].end) if quote.content else None


def quote_pairs(a: Document, b: Document) -> list[tuple[Quote, Quote]]:
    """Quotes of A and B matched one to one: equal content first (in document order), then the
    first unmatched quote of B whose content overlaps."""
    by_content: dict[tuple[tuple[int, int], ...], list[Quote]] = defaultdict(list)
    for q in b.quotes:
        by_content[content_key(q)].append(q)
    pairs: list[tuple[Quote, Quote]] = []
    rest_a: list[Quote] = []
    for qa in a.quotes:
        same = by_content.get(content_key(qa))
        if same:
            pairs.append((qa, same.pop(0)))
        else:
            rest_a.append(qa)
    rest_b = [(q, e) for group in by_content.values() for q in group if (e := quote_extent(q))]
    for qa in rest_a:
        ea = quote_extent(qa) or (0, 0)
        hit = next((i for i, (_, eb) in enumerate(rest_b) if eb[0] < ea[1] and ea[0] < eb[1]), None)
        if hit is not None:
            pairs.append((qa, rest_b.pop(hit)[0]))
    return pairs
