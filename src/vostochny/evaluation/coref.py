"""Coreference scores: MUC, B-cubed, CEAF-e, LEA and the CoNLL average, with and without singletons.

Mentions are identified by their span, clusters are sets of spans. Each metric is a recall
numerator and denominator (key against response) and a precision pair (response against key),
summed over documents before dividing, as the CoNLL-2012 reference scorer does. Definitions
and formulas: docs/evaluation.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

from vostochny.evaluation.assignment import Cluster, best_alignment
from vostochny.evaluation.counts import prf
from vostochny.reading.view import DocumentView

METRICS = ("MUC", "B3", "CEAF-e", "LEA")


def _owner(clusters: Sequence[Cluster]) -> dict[Hashable, int]:
    return {m: i for i, c in enumerate(clusters) for m in c}


def muc(key: Sequence[Cluster], response: Sequence[Cluster]) -> tuple[float, float]:
    """Links of the key kept by the response: sum(|k| - |partition of k by the response|) over
    sum(|k| - 1); a mention the response lacks is a part of its own."""
    owner = _owner(response)
    parts = [len({owner.get(m, ("missing", m)) for m in k}) for k in key]
    return sum(len(k) - n for k, n in zip(key, parts, strict=True)), sum(len(k) - 1 for k in key)


def b_cubed(key: Sequence[Cluster], response: Sequence[Cluster]) -> tuple[float, float]:
    """Per key mention, the share of its key cluster found in its response cluster:
    sum over k and r of |k & r|^2 / |k|, over the number of key mentions."""
    owner = _owner(response)
    found = 0.0
    for k in key:
        shared = Counter(owner[m] for m in k if m in owner)
        found += sum(n * n for n in shared.values()) / len(k)
    return found, sum(len(k) for k in key)


def _phi4(k: Cluster, r: Cluster) -> float:
    return 2 * len(k & r) / (len(k) + len(r))


def ceaf_e(key: Sequence[Cluster], response: Sequence[Cluster]) -> tuple[float, float, float, float]:
    """The best one-to-one alignment of clusters by phi4 = 2|k & r| / (|k| + |r|): its total over
    the number of key clusters (recall) and of response clusters (precision)."""
    total = best_alignment(key, response, _phi4)
    return total, len(key), total, len(response)


def lea(key: Sequence[Cluster], response: Sequence[Cluster]) -> tuple[float, float]:
    """Link-based entity-aware: each key cluster weighs its size and scores the share of its links
    the response keeps; a singleton has one self-link, kept when the response has it alone."""
    owner = _owner(response)
    found = 0.0
    for k in key:
        if len(k) == 1:
            (m,) = k
            kept = 1.0 if m in owner and len(response[owner[m]]) == 1 else 0.0
        else:
            shared = Counter(owner[m] for m in k if m in owner)
            kept = sum(n * (n - 1) / 2 for n in shared.values()) / (len(k) * (len(k) - 1) / 2)
        found += len(k) * kept
    return found, sum(len(k) for k in key)


@dataclass
class CorefScorer:
    """Numerators and denominators summed over documents, per metric, with and without singletons."""

    sums: dict[str, dict[str, list[float]]] = field(default_factory=lambda: {
        variant: {m: [0.0, 0.0, 0.0, 0.0] for m in METRICS} for variant in ("with_singletons", "without_singletons")})

    def add(self, key: Sequence[Cluster], response: Sequence[Cluster]) -> None:
        for variant, (k, r) in (("with_singletons", (key, response)),
                                ("without_singletons", ([c for c in key if len(c) > 1],
                                                        [c for c in response if len(c) > 1]))):
            found = {"MUC": (*muc(k, r), *muc(r, k)), "B3": (*b_cubed(k, r), *b_cubed(r, k)),
                     "CEAF-e": ceaf_e(k, r), "LEA": (*lea(k, r), *lea(r, k))}
            for metric, values in found.items():
                sums = self.sums[variant][metric]
                for i, value in enumerate(values):
                    sums[i] += value

    def as_dict(self) -> dict[str, dict[str, dict[str, float]]]:
        result: dict[str, dict[str, dict[str, float]]] = {}
        for variant, metrics in self.sums.items():
            scores = {m: prf(s[2], s[3], s[0], s[1]) for m, s in metrics.items()}
            scores["CoNLL"] = {"f1": sum(scores[m]["f1"] for m in ("MUC", "B3", "CEAF-e")) / 3}
            result[variant] = scores
        return result


def span_entity(view: DocumentView) -> dict[tuple[int, int], str]:
    """The entity of each mention span; a span given twice counts once, for its first mention (a
    mention is one span, whatever a prediction says). Made once per view (`derived`): the
    coreference, quotation and relation scorers all read it."""
    key = ("evaluation", "span_entity")
    if key not in view.derived:
        found: dict[tuple[int, int], str] = {}
        for m in view.doc.mentions:
            found.setdefault((m.start, m.end), m.entity)
        view.derived[key] = found
    known: dict[tuple[int, int], str] = view.derived[key]
    return known


def clusters(view: DocumentView) -> list[Cluster]:
    """A document's clusters as sets of mention spans (`span_entity` grouped by entity)."""
    grouped: dict[str, set[tuple[int, int]]] = {}
    for span, entity in span_entity(view).items():
        grouped.setdefault(entity, set()).add(span)
    return [frozenset(c) for c in grouped.values()]
