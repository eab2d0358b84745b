"""The evaluation report: a JSON-ready dict nested by layer and metric, a text table, Markdown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vostochny.evaluation.spans import SCHEMES
from vostochny.verbs.stats import text_table


@dataclass
class EvaluationReport:
    """What was scored (gold corpus, split, its documents; the predictions, their format, the
    predicted documents outside the split) and `layers`: layer -> metric -> scores."""

    gold: str
    split: str
    documents: list[str]
    predictions: str
    format: str
    ignored: list[str]
    layers: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        """JSON-able: `{"gold": {...}, "predictions": {...}, "layers": {layer: {metric: scores}}}`."""
        return {"gold": {"corpus": self.gold, "split": self.split, "documents": self.documents},
                "predictions": {"path": self.predictions, "format": self.format, "ignored": self.ignored},
                "layers": self.layers}

    def rows(self) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
        """The span table (one row per group, F1 in each scheme) and the metric table (P, R, F1)."""
        spans: list[tuple[str, ...]] = [("spans", *(f"{s} F1" for s in SCHEMES))]
        for layer, groups in (("mentions", ("overall", "by_kind", "by_type")), ("zones", ("overall", "by_kind"))):
            found = self.layers.get(layer, {})
            for group in groups if found else ():
                named = {"": found[group]} if group == "overall" else found.get(group, {})
                for name, schemes in named.items():
                    label = f"{layer} {group.removeprefix('by_')}={name}" if name else layer
                    spans.append((label, *(_f(schemes[s]["f1"]) for s in SCHEMES)))
        metrics: list[tuple[str, ...]] = [("layer", "metric", "precision", "recall", "F1")]
        for variant, scores in self.layers.get("coreference", {}).items():
            for metric, s in scores.items():
                metrics.append((f"coreference {variant.replace('_', ' ')}", metric, _f(s.get("precision")),
                                _f(s.get("recall")), _f(s["f1"])))
        for layer in ("quotes", "relations"):
            for metric, s in self.layers.get(layer, {}).items():
                if "f1" in s:
                    metrics.append((layer, metric, _f(s["precision"]), _f(s["recall"]), _f(s["f1"])))
        speaker = self.layers.get("quotes", {}).get("speaker")
        if speaker:
            metrics.append(("quotes", "speaker accuracy (paired)", "", "", _f(speaker["accuracy"])))
            metrics.append(("quotes", "speaker accuracy (over gold)", "", "", _f(speaker["accuracy_over_gold"])))
        return spans, metrics

    def render(self, fmt: str) -> str:
        """The report as `table` (text), `markdown` or `json`."""
        if fmt == "json":
            import json

            return json.dumps(self.as_dict(), indent=2, ensure_ascii=False) + "\n"
        head = (f"{self.predictions} ({self.format}) against the {self.split} split of {self.gold}: "
                f"{len(self.documents)} document(s)")
        if self.ignored:
            head += f"; not in the split, not scored: {', '.join(self.ignored)}"
        tables = [text_table(rows, fmt) for rows in self.rows() if len(rows) > 1]
        return "\n\n".join([head, *tables]) + "\n"


def _f(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"
