"""Relation scores: F1 by mention pair and by entity pair.

By mention pair, a relation is (head span, tail span, type), matched exactly. By entity pair, it
is (type, head entity, tail entity) once per document: a predicted mention stands for the gold
entity that has a mention with its span, and for no gold entity (its own predicted entity) where
there is none, so that a relation between unfound mentions is a false positive.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass, field

from vostochny.evaluation.coref import span_entity
from vostochny.evaluation.counts import set_scores
from vostochny.reading.view import DocumentView


def mention_pairs(view: DocumentView) -> Counter[tuple[int, int, int, int, str]]:
    spans = view.mentions
    return Counter((spans[r.head].start, spans[r.head].end, spans[r.tail].start, spans[r.tail].end, r.type)
                   for r in view.doc.relations)


def entity_pairs(view: DocumentView, gold: DocumentView) -> set[tuple[str, Hashable, Hashable]]:
    """The (type, head entity, tail entity) triples of `view`, its entities named by `gold`'s."""
    gold_entity = span_entity(gold)

    def entity(mention_id: str) -> Hashable:
        m = view.mentions[mention_id]
        found = gold_entity.get((m.start, m.end))
        return found if found is not None else ("predicted", m.entity)

    return {(r.type, entity(r.head), entity(r.tail)) for r in view.doc.relations}


@dataclass
class RelationScorer:
    counts: dict[str, list[int]] = field(default_factory=lambda: {"mention_pair": [0, 0, 0],
                                                                  "entity_pair": [0, 0, 0]})

    def _add(self, name: str, tp: int, predicted: int, gold: int) -> None:
        self.counts[name] = [a + b for a, b in zip(self.counts[name], (tp, predicted, gold), strict=True)]

    def add(self, gold: DocumentView, pred: DocumentView) -> None:
        g, p = mention_pairs(gold), mention_pairs(pred)
        self._add("mention_pair", (g & p).total(), p.total(), g.total())
        eg, ep = entity_pairs(gold, gold), entity_pairs(pred, gold)
        self._add("entity_pair", len(eg & ep), len(ep), len(eg))

    def as_dict(self) -> dict[str, dict[str, float]]:
        return {name: set_scores(*c) for name, c in self.counts.items()}
