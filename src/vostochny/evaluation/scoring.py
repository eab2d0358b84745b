"""`evaluate`: predictions against a split of a gold corpus, every predicted layer scored.

Gold is read through the validator (a gold corpus that does not validate is refused with its
problems, `CorpusError`), predictions through `predictions.read_predictions`; each layer's
scorer sums its counts over documents before dividing (micro-averages).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vostochny.errors import UsageError
from vostochny.evaluation.coref import CorefScorer, clusters
from vostochny.evaluation.predictions import Predictions, format_of, prediction_files, read_predictions
from vostochny.evaluation.quotes import QuoteScorer
from vostochny.evaluation.relations import RelationScorer
from vostochny.evaluation.report import EvaluationReport
from vostochny.evaluation.spans import Labelled, SpanScorer
from vostochny.export.options import TagOptions, options_for
from vostochny.model.labels import MENTION_KINDS, SPLIT_NAMES
from vostochny.reading.corpus import open_corpus
from vostochny.reading.documents import corpus_splits, iter_documents
from vostochny.reading.view import DocumentView

SPLITS = (*SPLIT_NAMES, "all")


def _mentions(view: DocumentView) -> list[tuple[int, int, str, str]]:
    types = view.mention_type
    return [(m.start, m.end, types[m.id] or "?", m.kind) for m in view.doc.mentions]


def _zones(view: DocumentView) -> list[Labelled]:
    return [(z.start, z.end, z.kind) for z in view.doc.zones]


def score(predictions: Predictions) -> dict[str, Any]:
    """Every layer the predictions predict, scored against their gold: the report's `layers`."""
    layers = predictions.layers
    mentions, zones = SpanScorer.empty(), SpanScorer.empty()
    by_kind = {kind: SpanScorer.empty() for kind in MENTION_KINDS}
    coref, quotes, relations = CorefScorer(), QuoteScorer(), RelationScorer()
    for gold, pred in predictions.pairs:
        if "mentions" in layers:
            g, p = _mentions(gold), _mentions(pred)
            mentions.add([x[:3] for x in g], [x[:3] for x in p])
            for kind, scorer in by_kind.items() if predictions.kinds else ():
                scorer.add([x[:3] for x in g if x[3] == kind], [x[:3] for x in p if x[3] == kind])
        if "coreference" in layers:
            coref.add(clusters(gold), clusters(pred))
        if "quotes" in layers:
            quotes.add(gold, pred)
        if "relations" in layers:
            relations.add(gold, pred)
        if "zones" in layers:
            zones.add(_zones(gold), _zones(pred))
    found: dict[str, Any] = {}
    if "mentions" in layers:
        spans = mentions.as_dict()
        found["mentions"] = {"overall": spans["overall"], "by_type": spans["by_label"]}
        if predictions.kinds:
            found["mentions"]["by_kind"] = {kind: s.as_dict()["overall"] for kind, s in by_kind.items()}
    if "coreference" in layers:
        found["coreference"] = coref.as_dict()
    if "quotes" in layers:
        found["quotes"] = quotes.as_dict()
    if "relations" in layers:
        found["relations"] = relations.as_dict()
    if "zones" in layers:
        spans = zones.as_dict()
        found["zones"] = {"overall": spans["overall"], "by_kind": spans["by_label"]}
    return found


def _split_ids(root: Path, split: str, documents: list[str]) -> list[str]:
    if split not in SPLITS:
        raise UsageError(f"unknown split {split!r}; choose from {', '.join(SPLITS)}")
    ids = documents if split == "all" else sorted(getattr(corpus_splits(root), split))
    if not ids:
        raise UsageError(f"the {split} split of {root} has no documents")
    return ids


def evaluate(predictions: Path | str, *, gold: Path | str | None = None, split: str = "test",
             input_format: str = "auto", kinds: str | None = None, nested: str | None = None) -> EvaluationReport:
    """Score `predictions` (a file or a folder, in the corpus's own JSON, jsonl, CoNLL-2003,
    CoNLL-2012 or CoNLL-U) against the `split` of the gold corpus at `gold` (default: the packaged
    corpus). `kinds` and `nested` say which mentions the tags of CoNLL-2003 predictions stand for
    (as `vostochny export` takes them: default names, the outermost of nested ones).

    Raises `UsageError` (bad path, split or option), `PredictionError` (predictions that cannot be
    scored, with located problems) or `CorpusError` (a gold corpus that does not validate)."""
    if (kinds or nested) and format_of(prediction_files(Path(predictions)), input_format) != "conll2003":
        raise UsageError("--kinds and --nested say what CoNLL-2003 tags stand for; other formats name their "
                         "mentions: leave them out")
    root = open_corpus(Path(gold) if gold is not None else None).root
    golds = {view.id: view for view in iter_documents(root)}
    ids = _split_ids(root, split, sorted(golds))
    options = options_for("conll2003", kinds=kinds, nested=nested)
    assert isinstance(options, TagOptions)
    read = read_predictions(Path(predictions), golds, ids, input_format, options)
    return EvaluationReport(str(root), split, ids, str(predictions), read.format, read.ignored, score(read))
