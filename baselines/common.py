"""What every baseline shares: the corpus by split (through the package's loader), a prediction
document made from a gold one with only the predicted layers filled, entities from predicted
spans, and the predictions folder, checked by the validator and written whole."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import NamedTuple

from vostochny import __version__
from vostochny.checking.rules.base import prediction_rules
from vostochny.checking.validator import validate_document_bytes
from vostochny.model.models import Document, Entity, Mention, Quote
from vostochny.model.serializer import to_json
from vostochny.reading.documents import corpus_splits, iter_documents
from vostochny.reading.layers import PREDICTED_LAYERS
from vostochny.reading.view import DocumentView
from vostochny.verbs.results import RESULTS_DIR, SystemResult, scored, write_result
from vostochny.writing.outputs import replaced_dir
from vostochny.writing.writer import model_bytes, write_text

ROOT = Path(__file__).resolve().parents[1]
SPLITS = ("train", "validation", "test")
#: the splits a baseline predicts and is scored on (it learns from `train` only)
SCORED = ("validation", "test")
#: the layers of a named-entity system's predictions (mentions need their entities, the clusters)
NAME_LAYERS = frozenset({"entities", "mentions"})


class Found(NamedTuple):
    """A predicted name: a token-aligned span and its entity type."""

    start: int
    end: int
    type: str


def views_by_split(root: Path = ROOT) -> dict[str, list[DocumentView]]:
    """The validated corpus, split by `annotations/splits.json`, in the manifest's order."""
    splits = corpus_splits(root)
    views = {view.id: view for view in iter_documents(root)}
    return {name: [views[doc_id] for doc_id in getattr(splits, name)] for name in SPLITS}


def name_layers(view: DocumentView, found: Iterable[Found]) -> tuple[list[Entity], list[Mention]]:
    """Mentions of kind `name` for the spans found, and one entity per distinct (type, text):
    string-match coreference, the simplest clustering that the coreference metrics can score."""
    assert view.text is not None
    entities: dict[tuple[str, str], Entity] = {}
    mentions = []
    for span in sorted(set(found)):
        text = view.text[span.start:span.end]
        key = (span.type, text)
        if key not in entities:
            entities[key] = Entity(id=f"e{len(entities) + 1}", type=span.type, name=text)
        mentions.append(Mention(id=f"m{len(mentions) + 1}", start=span.start, end=span.end, text=text,
                                entity=entities[key].id, kind="name"))
    return list(entities.values()), mentions


def predicted(view: DocumentView, entities: list[Entity] | None = None, mentions: list[Mention] | None = None,
              quotes: list[Quote] | None = None) -> Document:
    """The gold document with its text layers (tokens, sentences) and every annotation layer replaced
    by the predicted ones (empty where not predicted); the model validates it on the way back."""
    doc = view.doc.model_copy(update={"schema_": None, "zones": [], "relations": [], "entities": entities or [],
                                      "mentions": mentions or [], "quotes": quotes or []})
    return Document.model_validate_json(model_bytes(doc))


def write_predictions(system: str, docs: Mapping[str, list[tuple[DocumentView, Document]]],
                      carried: frozenset[str]) -> dict[str, str]:
    """Write `results/<system>/<split>/<id>.json` for each split, replacing the folder whole: each
    document checked whole by the validator against its raw text, then written without the layers
    that it does not carry (the scorer scores the layers a prediction gives); the folders by split."""
    leave_out, gold_only = frozenset(PREDICTED_LAYERS) - carried, prediction_rules("gold only")
    with replaced_dir(ROOT / RESULTS_DIR / system) as staging:
        for split, pairs in docs.items():
            (staging / split).mkdir()
            for view, doc in pairs:
                problems = [p for p in validate_document_bytes(model_bytes(doc), view.text, None, doc.id)
                            if p.severity == "error"  # a warning such as V229 (no zones) is not predicted
                            and p.code not in gold_only]  # a mention missed is the system's recall
                if problems:
                    raise ValueError(f"{system}: invalid prediction for {doc.id}: {problems}")
                write_text(staging / split / f"{doc.id}.json", to_json(doc, leave_out), durable=False)
    return {split: f"{system}/{split}" for split in docs}


def finish(entry: SystemResult) -> None:
    """Score the written predictions with the package's scorer and store `results/<system>.json`."""
    entry = scored(entry, ROOT)
    write_result(entry, ROOT)
    print(f"wrote {RESULTS_DIR}/{entry.system}.json and {RESULTS_DIR}/{entry.system}/ "
          f"(vostochny {__version__}; scores: {', '.join(entry.scores)})",
          file=sys.stderr)
