"""Quotation scores: content F1 (exact and overlap matching), cue F1, speaker accuracy by entity.

Quotes are paired one to one as `vostochny diff` pairs them (`model.quote_matching.quote_pairs`): equal
content first, then the first unpaired predicted quote whose extent overlaps. A paired
speaker is right when both are unattributed, or when the predicted speaker mention's span is a
mention of the gold speaker's entity (any mention of the right cluster counts).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from vostochny.evaluation.coref import span_entity
from vostochny.evaluation.counts import ratio, set_scores
from vostochny.model.quote_matching import content_key, quote_pairs
from vostochny.reading.view import DocumentView


@dataclass
class QuoteScorer:
    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0
    gold_cues: int = 0
    predicted_cues: int = 0
    cues: int = 0
    speakers_right: int = 0

    def add(self, gold: DocumentView, pred: DocumentView) -> None:
        g, p = gold.doc, pred.doc
        self.gold += len(g.quotes)
        self.predicted += len(p.quotes)
        pairs = quote_pairs(g, p)
        self.overlap += len(pairs)
        self.exact += sum(content_key(a) == content_key(b) for a, b in pairs)
        cue_g = Counter((q.cue.start, q.cue.end) for q in g.quotes if q.cue)
        cue_p = Counter((q.cue.start, q.cue.end) for q in p.quotes if q.cue)
        self.gold_cues += cue_g.total()
        self.predicted_cues += cue_p.total()
        self.cues += (cue_g & cue_p).total()
        for a, b in pairs:
            self.speakers_right += self._speaker_right(gold, pred, a.speaker, b.speaker)

    @staticmethod
    def _speaker_right(gold: DocumentView, pred: DocumentView, speaker_g: str | None, speaker_p: str | None) -> bool:
        """Is the predicted speaker a mention (by span) of the gold speaker's entity?"""
        if speaker_g is None or speaker_p is None:
            return speaker_g is None and speaker_p is None
        mention = pred.mentions[speaker_p]
        return span_entity(gold).get((mention.start, mention.end)) == gold.mentions[speaker_g].entity

    def as_dict(self) -> dict[str, dict[str, float]]:
        return {
            "content_exact": set_scores(self.exact, self.predicted, self.gold),
            "content_overlap": set_scores(self.overlap, self.predicted, self.gold),
            "cue": set_scores(self.cues, self.predicted_cues, self.gold_cues),
            "speaker": {"right": self.speakers_right, "paired": self.overlap, "gold": self.gold,
                        "accuracy": ratio(self.speakers_right, self.overlap) if self.gold else 1.0,
                        "accuracy_over_gold": ratio(self.speakers_right, self.gold) if self.gold else 1.0},
        }
