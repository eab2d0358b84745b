"""`vostochny new`: add an article to a corpus: raw text, checksum, tokens, empty layers, split."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from . import loader
from .corpus import SPLITS_FILE, open_corpus
from .models import DOC_ID_PATTERN, DocumentMeta, Splits
from .scaffold import new_document
from .serializer import to_json
from .writer import write_bytes, write_text


class NewDocumentError(ValueError):
    """The article cannot be added as asked; nothing was written."""


def add_document(raw_file: Path, doc_id: str, root: Path, meta: DocumentMeta, split: str) -> list[Path]:
    """Copy `raw_file` into `root/raw/`, write its annotation file and list it in a split."""
    corpus = open_corpus(root)
    if not re.fullmatch(DOC_ID_PATTERN, doc_id):
        raise NewDocumentError(f"id {doc_id!r} must match {DOC_ID_PATTERN} (lowercase letters, digits, hyphens)")
    raw_target, annotation = corpus.raw_path(doc_id), corpus.annotations / f"{doc_id}.json"
    for existing in (raw_target, annotation):
        if existing.exists():
            raise NewDocumentError(f"{existing} already exists; choose another id")
    try:
        data = raw_file.read_bytes()
        text = data.decode("utf-8")
    except OSError as error:
        raise NewDocumentError(f"cannot read {raw_file}: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise NewDocumentError(f"{raw_file} is not UTF-8 (byte {error.start}); convert it first") from error
    splits = loader.load_splits(corpus.annotations / SPLITS_FILE, SPLITS_FILE)
    if splits.model is None:
        raise NewDocumentError(f"{corpus.annotations / SPLITS_FILE} does not load; fix it first")
    doc = new_document(doc_id, text, meta.model_copy(update={"source_file": raw_file.name}))
    updated: Splits = splits.model.model_copy(update={split: sorted([*getattr(splits.model, split), doc_id])})
    write_bytes(raw_target, data)
    write_text(annotation, to_json(doc))
    write_text(corpus.annotations / SPLITS_FILE, to_json(updated))
    print(f"added {doc_id}: {len(text)} characters, {len(doc.tokens)} tokens, {len(doc.sentences)} sentences, "
          f"split {split}", file=sys.stderr)
    return [raw_target, annotation, corpus.annotations / SPLITS_FILE]
