"""Results kept in the repository: `results/<system>.json`, a system's description, where its
predictions are (`results/<system>/<split>/`, the corpus's own JSON) and its scores by split.

Stored scores are the scorer's report of each layer (`vostochny.evaluate(...).as_dict()["layers"]`;
the rest of the report names folders of the machine it ran on) with every number rounded to
`DIGITS` places, so that a re-scoring (tests/test_results.py, run in CI) compares the stored JSON
numbers with recomputed ones by exact equality. The README's results table and the
dataset card's results section are made here from the stored files (`results_table`).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from pydantic import Field

from vostochny.checking.validator import Report
from vostochny.errors import CorpusError, VostochnyError
from vostochny.model.models import Model, PlainText
from vostochny.reading import loader
from vostochny.reading.corpus import SPLITS_FILE
from vostochny.reading.files import MAX_ANNOTATION_BYTES
from vostochny.verbs.stats import text_table

RESULTS_DIR = "results"
#: decimal places of every stored score
DIGITS = 4
#: the headline figures of the tables: (column, layer the system must predict, path into a split's report)
HEADLINES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("names strict F1", "mentions", ("mentions", "by_kind", "name", "strict", "f1")),
    ("names partial F1", "mentions", ("mentions", "by_kind", "name", "partial", "f1")),
    ("coref CoNLL F1", "entities", ("coreference", "without_singletons", "CoNLL", "f1")),
    ("quote content F1 exact", "quotes", ("quotes", "content_exact", "f1")),
    ("quote content F1 overlap", "quotes", ("quotes", "content_overlap", "f1")),
    ("cue F1", "quotes", ("quotes", "cue", "f1")),
    ("speaker accuracy", "quotes", ("quotes", "speaker", "accuracy")),
)


class SystemResult(Model):
    """One system's entry, `results/<system>.json`."""

    system: PlainText = Field(pattern=r"^[a-z0-9][a-z0-9-]{1,63}$", description="the file's stem")
    description: PlainText
    version: PlainText = Field(description="the system's own version: a new one for any change in its output")
    command: PlainText = Field(description="what reproduces the predictions, run from the repository root")
    dependencies: dict[str, str] = Field(description="package name to exact version, beyond the core install")
    trained_on: list[str] = Field(description="the splits the system learnt from (none for pure rules)")
    learnt_from: dict[str, dict[str, str]] = Field(
        default_factory=dict, description="each split it learnt from, its document ids with the SHA-256 of each "
        "annotation file when it was scored (`scored`): its scores hold while these stay (`holding`)")
    mentions_from: PlainText | None = Field(default=None, description="where the mentions a system uses come from")
    layers: list[str] = Field(description="the layers the system predicts (the others are empty)")
    predictions: dict[str, str] = Field(description="split to its predictions folder, relative to results/")
    scores: dict[str, dict[str, Any]] = Field(description="split to the scorer's report of each layer, rounded")


def rounded(value: Any) -> Any:
    """`value` with every float rounded to `DIGITS` places (nested dicts and lists too)."""
    if isinstance(value, float):
        return round(value, DIGITS)
    if isinstance(value, dict):
        return {key: rounded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [rounded(item) for item in value]
    return value


def load_results(root: Path) -> list[SystemResult]:
    """Every entry of the repository at `root` (`results/*.json`), by system name; none without `results/`."""
    return [load_result(path) for path in sorted((root / RESULTS_DIR).glob("*.json"))]


def load_result(path: Path) -> SystemResult:
    """One entry; `CorpusError` with located problems if it does not load."""
    loaded = loader.load_model(path, SystemResult, f"{RESULTS_DIR}/{path.name}")
    if loaded.model is None:
        raise CorpusError(Report(problems=loaded.problems))
    return loaded.model


def rescore(entry: SystemResult, root: Path) -> dict[str, dict[str, Any]]:
    """The entry's scores recomputed now from its stored predictions, by split, against the corpus at `root`."""
    from vostochny import evaluate

    folder = root / RESULTS_DIR
    return {split: rounded(evaluate(folder / path, gold=root, split=split).as_dict()["layers"])
            for split, path in entry.predictions.items()}


def holding(entry: SystemResult, root: Path) -> bool:
    """Whether the entry's stored scores hold for the corpus at `root` now: the splits it learnt from hold the
    documents they held, each annotated as it was, and its stored predictions score as stored (about a quarter of a
    second an entry on the five documents). Not where a document moved between splits or a training document's
    annotations changed (a model of another training set), nor where the predictions no longer fit the corpus."""
    try:
        return learnt_from(entry.trained_on, root) == entry.learnt_from and rescore(entry, root) == entry.scores
    except VostochnyError:  # predictions of documents the corpus no longer has, in another split
        return False


def learnt_from(trained_on: list[str], root: Path) -> dict[str, dict[str, str]]:
    """Each split of `trained_on` in the corpus at `root`: its document ids, sorted, each with the SHA-256 of its
    annotation file (a mention deleted from a training document trains another model: a review found the card
    keep the old scores)."""
    loaded = loader.load_splits(root / "annotations" / SPLITS_FILE, SPLITS_FILE)
    if loaded.model is None:
        raise CorpusError(Report(problems=loaded.problems))
    return {split: {doc_id: _content_sha256(root, doc_id) for doc_id in sorted(getattr(loaded.model, split))}
            for split in trained_on}


def _content_sha256(root: Path, doc_id: str) -> str:
    """The SHA-256 of a document's annotation file's content, its keys sorted and spaces left out (a file written
    again in another layout is the same training data), read as the loader reads a corpus file (a regular file
    inside the corpus, capped); '' where it cannot be read or parsed (the validator names it)."""
    label = f"annotations/{doc_id}.json"
    data, _ = loader.read_file(root / label, label, MAX_ANNOTATION_BYTES, root)
    try:
        content = json.dumps(json.loads(data), sort_keys=True, separators=(",", ":")) if data is not None else None
    except ValueError:
        return ""
    return hashlib.sha256(content.encode("utf-8")).hexdigest() if content is not None else ""


def scored(entry: SystemResult, root: Path) -> SystemResult:
    """The entry with its scores computed from its stored predictions, and the splits it learnt from."""
    return entry.model_copy(update={"scores": rescore(entry, root), "learnt_from": learnt_from(entry.trained_on, root)})


def write_result(entry: SystemResult, root: Path) -> None:
    from vostochny.writing.writer import model_bytes, write_bytes

    write_bytes(root / RESULTS_DIR / f"{entry.system}.json", model_bytes(entry))


def _figure(entry: SystemResult, split: str, layer: str, path: tuple[str, ...]) -> str:
    if layer not in entry.layers or split not in entry.scores:
        return "–"
    value: Any = entry.scores[split]
    for key in path:
        value = value[key]
    return f"{value:.3f}"


def results_table(entries: list[SystemResult]) -> str:
    """The stored headline scores of every system, one row per system and split ("–": not
    predicted, or not scored)."""
    rows = [("system", "split", *(name for name, _, _ in HEADLINES))]
    rows += [(entry.system, split, *(_figure(entry, split, layer, path) for _, layer, path in HEADLINES))
             for entry in entries for split in entry.predictions]
    return text_table(rows, "markdown")
