"""Precision, recall and F1 from counts, with one convention for empty sets (docs/evaluation.md)."""

from __future__ import annotations


def ratio(numerator: float, denominator: float) -> float:
    """0 for an empty denominator, as nervaluate, seqeval and the CoNLL scorer do."""
    return numerator / denominator if denominator else 0.0


def f_score(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def prf(hit_p: float, predicted: float, hit_r: float, gold: float) -> dict[str, float]:
    """Precision `hit_p / predicted`, recall `hit_r / gold` and their F1; an empty gold and an empty
    prediction agree perfectly (1.0), any other zero denominator gives 0."""
    if not predicted and not gold:
        return {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    p, r = ratio(hit_p, predicted), ratio(hit_r, gold)
    return {"precision": p, "recall": r, "f1": f_score(p, r)}


def set_scores(tp: int, predicted: int, gold: int) -> dict[str, float]:
    """Scores of a one-to-one matching: `tp` matched items, with the three counts kept."""
    return {"tp": tp, "fp": predicted - tp, "fn": gold - tp, **prf(tp, predicted, tp, gold)}
