"""`vostochny new`: add an article to a corpus: raw text, checksum, tokens, empty layers, split.

The three files (raw text, annotation file, `splits.json`) are built and checked in memory, then
written all or nothing (`outputs.write_together`): a refused or failed request leaves the corpus as it was.
The corpus is read and written holding its lock (`corpus_lock.held`: two `new` at once each add their entry to
`splits.json`, and what a killed write left is put back before `splits.json` is read).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from vostochny.errors import UsageError
from vostochny.model.labels import SPLIT_NAMES
from vostochny.model.models import DOC_ID_PATTERN, Document, DocumentMeta, Splits
from vostochny.model.scaffold import empty_document
from vostochny.reading import loader
from vostochny.reading.corpus import SPLITS_FILE, is_corpus_root, open_corpus
from vostochny.reading.files import MAX_ANNOTATION_BYTES, MAX_RAW_BYTES, TooLarge, read_capped
from vostochny.writing.corpus_lock import held
from vostochny.writing.outputs import write_together
from vostochny.writing.writer import model_bytes

#: what each metadata option must look like, for the one-line error.
_EXPECTED = {"date": "a date YYYY-MM-DD", "received": "a date YYYY-MM-DD",
             "language": "an ISO 639 code of 2 or 3 lowercase letters",
             "url": "an http(s) URL of printable ASCII without spaces"}


class NewDocumentError(UsageError):
    """The article cannot be added as asked; nothing was written."""


@dataclass
class Added:
    """The document that was added and the files written for it."""

    doc: Document
    files: list[Path]


def document_meta(**fields: str | None) -> DocumentMeta:
    """The metadata from command-line values; a bad one raises `NewDocumentError` naming its option.

    The text is received now, unless `received` says when it was (UTC); its rights start "not
    evaluated" (V221 warns until they are filled in)."""
    today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    fields = {**fields, "received": fields.get("received") or today}
    name = ""
    try:
        for name in ("date", "received"):
            if fields.get(name):
                datetime.date.fromisoformat(str(fields[name]))
        return DocumentMeta.model_validate(fields)
    except (ValidationError, ValueError) as error:
        name = str(error.errors()[0]["loc"][0]) if isinstance(error, ValidationError) else name
        raise NewDocumentError(f"--{name.replace('_', '-')} {fields.get(name)!r}: expected "
                               f"{_EXPECTED.get(name, 'text')}") from None


def add_document(raw_file: Path, doc_id: str, root: Path, meta: DocumentMeta, split: str,
                 max_bytes: int = MAX_ANNOTATION_BYTES, max_raw_bytes: int = MAX_RAW_BYTES) -> Added:
    """Copy `raw_file` into `root/raw/`, write its annotation file and list it in a split.

    Raises `NewDocumentError` (or `FileRefused` for an input that is not a regular file or is
    over `max_raw_bytes`, `UsageError` naming the file that could not be written) and writes
    nothing when the request cannot be carried out."""
    corpus = open_corpus(root)
    if not is_corpus_root(corpus.root):
        raise NewDocumentError(f"{root} is not a corpus (no annotations/ folder); give --corpus")
    if not re.fullmatch(DOC_ID_PATTERN, doc_id):
        raise NewDocumentError(f"id {doc_id!r} must match {DOC_ID_PATTERN} (lowercase letters, digits, hyphens)")
    data, text = _read_article(raw_file, max_raw_bytes)
    doc = empty_document(doc_id, text, meta.model_copy(update={"source_file": raw_file.name}))
    annotation_bytes = model_bytes(doc)
    if len(annotation_bytes) > max_bytes:
        raise NewDocumentError(f"the annotation file would be {len(annotation_bytes)} bytes, over the limit of "
                               f"{max_bytes} (--max-bytes); split the article or raise the limit")
    with held(corpus.root):  # from before the corpus is read until its files are in (another `new` waits)
        raw_target, annotation = corpus.raw_path(doc_id), corpus.annotations / f"{doc_id}.json"
        for existing in (raw_target, annotation):
            if existing.exists():
                raise NewDocumentError(f"{existing} already exists; choose another id")
        splits = _splits_with(corpus.annotations / SPLITS_FILE, doc_id, split)
        files = {f"raw/{doc_id}.txt": data, f"annotations/{doc_id}.json": annotation_bytes,
                 f"annotations/{SPLITS_FILE}": model_bytes(splits)}
        return Added(doc, write_together(corpus.root, files))


def _read_article(raw_file: Path, limit: int) -> tuple[bytes, str]:
    """The article's bytes and text: a regular UTF-8 file of at most `limit` bytes."""
    try:
        data = read_capped(raw_file, limit)
        text = data.decode("utf-8")
    except TooLarge as error:
        raise NewDocumentError(f"{error} (--max-raw-bytes)") from error
    except OSError as error:
        raise NewDocumentError(f"cannot read {raw_file}: {error.strerror}") from error
    except UnicodeDecodeError as error:
        raise NewDocumentError(f"{raw_file} is not UTF-8 (byte {error.start}); convert it first") from error
    if not any(map(str.isalnum, text)):  # no word: nothing to annotate, a document of nothing in every split
        raise NewDocumentError(f"{raw_file} holds no text ({len(data)} bytes with no letter or digit)")
    return data, text


def _splits_with(path: Path, doc_id: str, split: str) -> Splits:
    """The corpus's splits with `doc_id` added to `split`."""
    loaded = loader.load_splits(path, SPLITS_FILE)
    if loaded.model is None or loaded.refused(older=True):  # an older file, migrated, is written current
        raise NewDocumentError(f"{path} does not load; fix it first (vostochny validate)")
    splits: Splits = loaded.model
    if any(doc_id in getattr(splits, name) for name in SPLIT_NAMES):
        raise NewDocumentError(f"{doc_id} is already listed in {path}; choose another id")
    return splits.model_copy(update={split: sorted([*getattr(splits, split), doc_id])})
