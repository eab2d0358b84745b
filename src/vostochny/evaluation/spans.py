"""Span scores in the four schemes of SemEval-2013 task 9.1, as `nervaluate` defines them.

Every span of gold and prediction is kept, nested and overlapping ones included. Within a
document, predicted spans are taken in (start, end, label) order and each is matched against the
gold spans, in the same order, that are not matched yet, exactly as nervaluate's strategies do
(so that the counts equal nervaluate's on the same lists: tests/test_evaluation_reference.py).
Spans are [start, end) character offsets; "overlap" is nervaluate's: the shared characters cover
at least 1% of the gold span.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields

from vostochny.evaluation.counts import prf

#: scheme -> nervaluate's name for it
SCHEMES = {"strict": "strict", "exact": "exact", "partial": "partial", "type": "ent_type"}
#: (start, end, label)
Labelled = tuple[int, int, str]


@dataclass
class Tally:
    """nervaluate's five counts for one scheme."""

    correct: int = 0
    incorrect: int = 0
    partial: int = 0
    missed: int = 0
    spurious: int = 0

    def add(self, other: Tally) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def scores(self, scheme: str) -> dict[str, float]:
        """Counts and P/R/F1: actual = everything predicted, possible = everything in gold; a
        partial match counts half in the partial and type schemes (nervaluate's formula)."""
        actual = self.correct + self.incorrect + self.partial + self.spurious
        possible = self.correct + self.incorrect + self.partial + self.missed
        hits = self.correct + (0.5 * self.partial if scheme in ("partial", "type") else 0)
        return {f.name: getattr(self, f.name) for f in fields(self)} | prf(hits, actual, hits, possible)


def overlaps(pred: Labelled, gold: Labelled) -> bool:
    """nervaluate's overlap: the shared characters are at least 1% of the gold span's."""
    shared = min(pred[1], gold[1]) - max(pred[0], gold[0])
    return shared > 0 and shared / (gold[1] - gold[0]) * 100.0 >= 1.0


def _same_bounds(pred: Labelled, gold: Labelled) -> bool:
    return pred[:2] == gold[:2]


def _same_span(pred: Labelled, gold: Labelled) -> bool:
    return pred == gold


def _boundary_match(gold: list[Labelled], pred: list[Labelled], equal: Callable[[Labelled, Labelled], bool],
                    overlap_counts: str) -> Tally:
    """Strict, exact and partial: the first unmatched gold span `equal` to a prediction is correct;
    else the first overlapping one makes it `overlap_counts` (incorrect or partial); else spurious."""
    tally, matched = Tally(), set[int]()
    for p in pred:
        near = None
        for i, g in enumerate(gold):
            if i in matched:
                continue
            if equal(p, g) and (overlap_counts != "partial" or overlaps(p, g)):
                tally.correct += 1
                matched.add(i)
                break
            if near is None and overlaps(p, g):
                near = i
        else:
            if near is None:
                tally.spurious += 1
            else:
                setattr(tally, overlap_counts, getattr(tally, overlap_counts) + 1)
                matched.add(near)
    tally.missed = len(gold) - len(matched)
    return tally


def _type_match(gold: list[Labelled], pred: list[Labelled]) -> Tally:
    """Type: of the unmatched overlapping gold spans with the prediction's label, the one with the
    closest boundaries is correct; else the first overlapping one of another label makes it incorrect."""
    tally, matched = Tally(), set[int]()
    for p in pred:
        best: tuple[int, int] | None = None  # (distance, index)
        other = None
        for i, g in enumerate(gold):
            if i in matched or not overlaps(p, g):
                continue
            if p[2] == g[2]:
                distance = abs(p[0] - g[0]) + abs(p[1] - g[1])
                if best is None or distance < best[0]:
                    best = (distance, i)
            elif other is None:
                other = i
        if best is not None:
            tally.correct += 1
            matched.add(best[1])
        elif other is not None:
            tally.incorrect += 1
            matched.add(other)
        else:
            tally.spurious += 1
    tally.missed = len(gold) - len(matched)
    return tally


def tally(gold: Iterable[Labelled], pred: Iterable[Labelled], scheme: str) -> Tally:
    """One document's counts in one scheme; both lists are taken in (start, end, label) order."""
    g, p = sorted(gold), sorted(pred)
    if scheme == "strict":
        return _boundary_match(g, p, _same_span, "incorrect")
    if scheme == "exact":
        return _boundary_match(g, p, _same_bounds, "incorrect")
    if scheme == "partial":
        return _boundary_match(g, p, _same_bounds, "partial")
    return _type_match(g, p)


@dataclass
class SpanScorer:
    """Counts over documents, overall and by label (each label scored on its own spans only, as
    nervaluate's per-entity results are)."""

    overall: dict[str, Tally]
    by_label: dict[str, dict[str, Tally]]

    @classmethod
    def empty(cls) -> SpanScorer:
        return cls({s: Tally() for s in SCHEMES}, {})

    def add(self, gold: list[Labelled], pred: list[Labelled]) -> None:
        for scheme in SCHEMES:
            self.overall[scheme].add(tally(gold, pred, scheme))
        for label in {x[2] for x in gold} | {x[2] for x in pred}:
            mine = self.by_label.setdefault(label, {s: Tally() for s in SCHEMES})
            g, p = [x for x in gold if x[2] == label], [x for x in pred if x[2] == label]
            for scheme in SCHEMES:
                mine[scheme].add(tally(g, p, scheme))

    def as_dict(self) -> dict[str, object]:
        return {"overall": {s: t.scores(s) for s, t in self.overall.items()},
                "by_label": {label: {s: t.scores(s) for s, t in tallies.items()}
                             for label, tallies in sorted(self.by_label.items())}}
