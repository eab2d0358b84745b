"""Finding spans again in a text that differs a little from the one they were annotated on.

A span's candidates are the places where its selector's head starts, in normal form
(`normal`), whose normal-form text of the span's normal length has the span's normal hash, and
which start and end on token boundaries of the new text: the hash proves the words are the same,
so nothing is placed by likeness. Which candidate is meant is decided by order and offsets, the
start and the end of the text counting as placed neighbours:

1. landmarks: spans with exactly one candidate that a neighbour supports (the span before or
   after it in original order has a candidate at the original distance from it), of which the
   longest run in the same order as in the original is kept (a unique candidate out of order, or
   with no neighbour where it should be, is a coincidence, not a landmark);
2. confirmed: a span whose candidate lies exactly where a placed neighbour (the span before or
   after it in original order) puts it, at the original distance, is placed there, unless the
   other neighbour puts it on another candidate (an edit between them repeated its words: which
   is meant cannot be told); repeated until nothing more is placed;
3. shifted: a span left between two placed neighbours whose distance changed (an insertion or a
   deletion between them) takes the one free candidate between them whose distance from each
   of them changed in the same direction; if the distance did not change (a same-length edit
   such as a fixed typo), or several candidates fit, it stays unplaced. Then 2 again.

A place is taken by spans of the same original offsets only, so that two mentions never land on
one occurrence.

A span placed at its original offsets with its exact text is unchanged; any other placed span
moved (its offsets, or its text within the normal form, differ).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from vostochny.hydration.normal import Normalised, normalised
from vostochny.hydration.selectors import Selector
from vostochny.model import tokenize


@dataclass(frozen=True)
class Wanted:
    """A span to place: its offsets in the original text and its selector."""

    start: int
    end: int
    selector: Selector


@dataclass(frozen=True)
class Placed:
    """Where a span was found in the new text, and whether it is unchanged."""

    start: int
    end: int
    unchanged: bool


Candidates = list[tuple[int, int]]


def place(text: str, original_length: int, wanted: Sequence[Wanted]) -> list[Placed | None]:
    """Each wanted span's place in `text`, or None where it cannot be placed without guessing;
    `original_length` is the length of the text the spans were annotated on."""
    norm = normalised(text)
    spans = tokenize.tokens(text)
    starts, ends = {s for s, _ in spans}, {e for _, e in spans}
    found: dict[Selector, Candidates] = {}
    for w in wanted:
        if w.selector not in found:
            found[w.selector] = _candidates(norm, w.selector, (starts, ends))
    placing = _Placing(wanted, [found[w.selector] for w in wanted], original_length, len(text))
    placing.run()
    return [_placed(text, wanted[i], placing.at[i]) if i in placing.at else None for i in range(len(wanted))]


def locate(text: str, wanted: Wanted) -> Placed | None:
    """A run of text (not a span: any occurrence gives the same words) in `text`: at its original
    offsets if it is there, else its first occurrence in normal form, else None."""
    candidates = _candidates(normalised(text), wanted.selector, None)
    if not candidates:
        return None
    return _placed(text, wanted, (wanted.start, wanted.end) if (wanted.start, wanted.end) in candidates
                   else candidates[0])


def _candidates(norm: Normalised, selector: Selector, bounds: tuple[set[int], set[int]] | None) -> Candidates:
    """Every place of the selector's text in normal form (on token boundaries, given their sets)."""
    head, size, found = selector.normal_head, selector.normal_length, []
    i = norm.text.find(head)
    while i >= 0:
        if i + size <= len(norm.text) and selector.matches_normal(norm.text[i:i + size]):
            start, end = norm.source_span(i, i + size)
            if bounds is None or (start in bounds[0] and end in bounds[1]):
                found.append((start, end))
        i = norm.text.find(head, i + 1)
    return found


def _landmarks(order: list[int], wanted: Sequence[Wanted], candidates: list[Candidates]) -> list[int]:
    """The spans with one candidate, supported by a neighbour, that form the longest run in
    original order (by new start)."""
    def supported(position: int) -> bool:
        i = order[position]
        neighbours = [order[p] for p in (position - 1, position + 1) if 0 <= p < len(order)]
        return any(c[0] == candidates[i][0][0] + wanted[j].start - wanted[i].start
                   for j in neighbours for c in candidates[j])

    unique = [i for position, i in enumerate(order) if len(candidates[i]) == 1 and supported(position)]
    tails: list[int] = []  # tails[k]: the smallest new start ending a run of length k + 1
    ends_at: list[int] = []  # index into `unique` of that run's last span
    before: list[int | None] = []
    for n, i in enumerate(unique):
        start = candidates[i][0][0]
        k = bisect.bisect_right(tails, start)
        before.append(ends_at[k - 1] if k else None)
        if k == len(tails):
            tails.append(start)
            ends_at.append(n)
        else:
            tails[k], ends_at[k] = start, n
    run: list[int] = []
    last = ends_at[-1] if ends_at else None
    while last is not None:
        run.append(unique[last])
        last = before[last]
    return run


#: a placed neighbour: (original start, new start)
Anchor = tuple[int, int]


class _Placing:
    """The placement of one text's spans: `at` maps a span's index to its new offsets."""

    def __init__(self, wanted: Sequence[Wanted], candidates: list[Candidates], old_length: int,
                 new_length: int) -> None:
        self.wanted, self.candidates = wanted, candidates
        self.order = sorted(range(len(wanted)), key=lambda i: (wanted[i].start, -wanted[i].end))
        self.edges: tuple[Anchor, Anchor] = ((0, 0), (old_length, new_length))
        self.at: dict[int, tuple[int, int]] = {}
        self.taken: dict[tuple[int, int], tuple[int, int]] = {}

    def run(self) -> None:
        for i in _landmarks(self.order, self.wanted, self.candidates):
            self._take(i, self.candidates[i][0])
        while self._confirm() | self._shift():
            pass

    def _free(self, i: int, place: tuple[int, int]) -> bool:
        own = (self.wanted[i].start, self.wanted[i].end)
        return self.taken.get(place, own) == own

    def _take(self, i: int, place: tuple[int, int]) -> None:
        if self._free(i, place):
            self.at[i] = place
            self.taken[place] = (self.wanted[i].start, self.wanted[i].end)

    def _anchor(self, i: int) -> Anchor:
        return self.wanted[i].start, self.at[i][0]

    def _neighbours(self) -> list[tuple[int, Anchor, Anchor]]:
        """Each unplaced span with its placed neighbours before and after it (or the text's edges)."""
        before: list[Anchor] = []
        last = self.edges[0]
        for i in self.order:
            before.append(last)
            last = self._anchor(i) if i in self.at else last
        found = []
        following = self.edges[1]
        for position in range(len(self.order) - 1, -1, -1):
            i = self.order[position]
            if i in self.at:
                following = self._anchor(i)
            else:
                found.append((i, before[position], following))
        return found[::-1]

    def _confirm(self) -> bool:
        """Place the spans that a placed neighbour puts exactly on a free candidate, unless the
        other neighbour puts them on another one (text repeated by an edit between them: which
        of the two is meant cannot be told); did any move in?"""
        placed = False
        for i, before, after in self._neighbours():
            start = self.wanted[i].start
            expected = {start - old + new for old, new in (before, after)}
            spots = [c for c in self.candidates[i] if c[0] in expected and self._free(i, c)]
            if len(spots) == 1:
                self._take(i, spots[0])
                placed = True
        return placed

    def _shift(self) -> bool:
        """Place the spans between neighbours whose distance changed, where one free candidate fits."""
        placed = False
        for i, (old_before, new_before), (old_after, new_after) in self._neighbours():
            change, start = (new_after - new_before) - (old_after - old_before), self.wanted[i].start
            if change == 0:
                continue
            fits = [c for c in self.candidates[i] if self._free(i, c) and new_before <= c[0] <= new_after
                    and 0 <= (c[0] - new_before - (start - old_before)) * (1 if change > 0 else -1) <= abs(change)]
            if len(fits) == 1:
                self._take(i, fits[0])
                placed = True
        return placed


def _placed(text: str, wanted: Wanted, at: tuple[int, int]) -> Placed:
    start, end = at
    same = (start, end) == (wanted.start, wanted.end) and wanted.selector.matches(text[start:end])
    return Placed(start, end, same)
