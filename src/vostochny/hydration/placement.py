"""Finding spans again in a text that differs a little from the one they were annotated on.

A span's candidates are the places where its selector's head starts, in normal form
(`normal`), whose normal-form text of the span's normal length has the span's normal hash, and
which start and end on token boundaries of the new text: the hash proves the words are the same,
so nothing is placed by likeness. Which candidate is meant is decided by order and offsets:

1. landmarks: spans with exactly one candidate, of which the longest run in the same order as in
   the original is kept (a unique candidate out of order is a coincidence, not a landmark);
2. every other span, in original order, takes the candidate between the span placed before it
   and the landmark after it that lies nearest its original offset shifted by the displacement
   of its nearest placed neighbour (in original offsets); a tie is left unplaced.

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
    """A span to place: its offsets in the original text, its selector, and whether it sits on
    token boundaries (an annotation span) or not (a run of text in a name or the metadata)."""

    start: int
    end: int
    selector: Selector
    on_tokens: bool = True


@dataclass(frozen=True)
class Placed:
    """Where a span was found in the new text, and whether it is unchanged."""

    start: int
    end: int
    unchanged: bool


Candidates = list[tuple[int, int]]


def place(text: str, wanted: Sequence[Wanted]) -> list[Placed | None]:
    """Each wanted span's place in `text`, or None where it cannot be placed without guessing."""
    norm = normalised(text)
    spans = tokenize.tokens(text)
    starts, ends = {s for s, _ in spans}, {e for _, e in spans}
    found: dict[tuple[Selector, bool], Candidates] = {}
    for w in wanted:
        if (w.selector, w.on_tokens) not in found:
            found[w.selector, w.on_tokens] = _candidates(norm, w.selector, (starts, ends) if w.on_tokens else None)
    candidates = [found[w.selector, w.on_tokens] for w in wanted]
    order = sorted(range(len(wanted)), key=lambda i: (wanted[i].start, -wanted[i].end))
    placing = _Placing(wanted)
    for i in _landmarks(order, candidates):
        placing.take(i, candidates[i][0])
    after = _next_landmark(order, set(placing.at))
    previous: int | None = None
    for position, i in enumerate(order):
        if i not in placing.at:
            placing.choose(i, candidates[i], previous, after[position])
        previous = i if i in placing.at else previous
    return [_placed(text, wanted[i], placing.at[i]) if i in placing.at else None for i in range(len(wanted))]


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


def _landmarks(order: list[int], candidates: list[Candidates]) -> list[int]:
    """The spans with one candidate that form the longest run in original order (by new start)."""
    unique = [i for i in order if len(candidates[i]) == 1]
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


def _next_landmark(order: list[int], landmarks: set[int]) -> list[int | None]:
    """For each position in `order`, the first landmark after it (None past the last)."""
    following: list[int | None] = [None] * len(order)
    upcoming: int | None = None
    for position in range(len(order) - 1, -1, -1):
        following[position] = upcoming
        if order[position] in landmarks:
            upcoming = order[position]
    return following


class _Placing:
    """The spans placed so far; a place is taken by spans of the same original offsets only, so
    that two mentions of "Kim" never land on the one "Kim" that is left."""

    def __init__(self, wanted: Sequence[Wanted]) -> None:
        self.wanted = wanted
        self.at: dict[int, tuple[int, int]] = {}
        self.taken: dict[tuple[int, int], tuple[int, int]] = {}

    def _free(self, i: int, place: tuple[int, int]) -> bool:
        return self.taken.get(place, (self.wanted[i].start, self.wanted[i].end)) == (self.wanted[i].start,
                                                                                      self.wanted[i].end)

    def take(self, i: int, place: tuple[int, int]) -> None:
        if self._free(i, place):
            self.at[i] = place
            self.taken[place] = (self.wanted[i].start, self.wanted[i].end)

    def choose(self, i: int, candidates: Candidates, previous: int | None, landmark: int | None) -> None:
        """Place span `i` at the free candidate between its placed neighbours nearest its expected
        start; leave it unplaced if there is none, or two are equally near."""
        low = self.at[previous][0] if previous is not None else 0
        high = self.at[landmark][0] if landmark is not None else None
        window = [c for c in candidates if c[0] >= low and (high is None or c[0] <= high) and self._free(i, c)]
        if not window:
            return
        start = self.wanted[i].start
        neighbours = [j for j in (previous, landmark) if j is not None]
        nearest = min(neighbours, key=lambda j: abs(self.wanted[j].start - start)) if neighbours else None
        expected = start + (self.at[nearest][0] - self.wanted[nearest].start if nearest is not None else 0)
        window.sort(key=lambda c: abs(c[0] - expected))
        if len(window) == 1 or abs(window[0][0] - expected) != abs(window[1][0] - expected):
            self.take(i, window[0])


def _placed(text: str, wanted: Wanted, at: tuple[int, int]) -> Placed:
    start, end = at
    same = (start, end) == (wanted.start, wanted.end) and wanted.selector.matches(text[start:end])
    return Placed(start, end, same)
