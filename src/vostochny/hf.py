"""The Hugging Face view of the corpus: explicit `Features` and a `DatasetDict` per split.

Imports `datasets` (about a second); nothing on the validation path imports this module.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .documents import iter_documents, load_splits
from .labels import ENTITY_TYPES, MENTION_KINDS, QUOTE_KINDS, RELATION_TYPES, ZONE_KINDS
from .models import Document

SPLIT_NAMES = ("train", "validation", "test")


def document_features():  # noqa: ANN201 - datasets.Features
    """Features of the `documents` config: nested spans as lists of structs, closed sets as ClassLabel."""
    from datasets import ClassLabel, Features, List, Value

    def span(**extra: Any) -> dict[str, Any]:
        return {"start": Value("int32"), "end": Value("int32"), "text": Value("string"), **extra}

    return Features({
        "id": Value("string"),
        "text": Value("string"),
        "outlet": Value("string"),
        "title": Value("string"),
        "date": Value("string"),
        "language": Value("string"),
        "sha256": Value("string"),
        "sentences": List(span()),
        "tokens": List(span()),
        "zones": List(span(kind=ClassLabel(names=list(ZONE_KINDS)))),
        "entities": List({"id": Value("string"), "type": ClassLabel(names=list(ENTITY_TYPES)),
                          "name": Value("string"), "kb_id": Value("string")}),
        "mentions": List(span(id=Value("string"), entity=Value("string"),
                              kind=ClassLabel(names=list(MENTION_KINDS)), metonymy=Value("bool"))),
        "relations": List({"id": Value("string"), "type": ClassLabel(names=list(RELATION_TYPES)),
                           "head": Value("string"), "tail": Value("string")}),
        "quotes": List({"id": Value("string"), "kind": ClassLabel(names=list(QUOTE_KINDS)),
                        "content": List(span()), "cue": span(), "speaker": Value("string")}),
    })


def document_row(doc: Document, text: str) -> dict[str, Any]:
    """One `documents` row: the annotation file's content plus the raw text, labels as names."""
    data = doc.model_dump(mode="json", exclude={"schema_", "schema_version", "tokenizer", "length", "meta"})
    data["tokens"] = [{"start": s, "end": e, "text": t} for s, e, t in doc.tokens]
    row = {"text": text, **doc.meta.model_dump(exclude={"source_file"}), **data}
    return {key: row[key] for key in document_features()}


def load(root: str | Path | None = None):  # noqa: ANN201 - datasets.DatasetDict
    """The corpus as a `DatasetDict` (train/validation/test), offline, from the packaged data."""
    from datasets import Dataset, DatasetDict

    root_path = Path(root) if root else None
    splits = load_splits(root_path)
    features = document_features()
    rows = {item.doc.id: document_row(item.doc, item.text) for item in iter_documents(root_path)}
    return DatasetDict({
        name: Dataset.from_list([rows[d] for d in getattr(splits, name)], features=features)
        for name in SPLIT_NAMES
    })
