"""`vostochny hydrate RELEASE --texts DIR --out CORPUS`: a full corpus from an annotations-only
release (`build --without-text`) and the user's own copies of the articles, `<document id>.txt`.

Everything is read and rebuilt in memory first (`hydration.rebuild`, per document), so that a
missing text, a damaged release file or a wrong name stops the run before anything is written;
then the corpus (`annotations/`, `raw/` and `hydration.json`, the per-document report and what was left
out of the registry and the quote links) is written
into a staging folder, validated there, and swapped in whole. `CORPUS` must be new or empty:
hydrating never replaces a folder, since it may hold the user's own edits. The raw texts are the
user's files byte for byte.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vostochny.checking.problems import Problem
from vostochny.checking.validator import Report, label_of, validate_corpus
from vostochny.errors import CorpusError, FileRefused, UsageError
from vostochny.hydration.links import rebuild_links
from vostochny.hydration.rebuild import DocumentReport, ReleaseError, rebuild, validated
from vostochny.hydration.registry import rebuild_registry
from vostochny.hydration.textless import FOLDER
from vostochny.model.constants import quote_text
from vostochny.model.labels import SPLIT_NAMES
from vostochny.model.migrations import STEPS, migrate
from vostochny.model.models import Document, QuoteLinks, Splits
from vostochny.model.serializer import to_json
from vostochny.reading import loader
from vostochny.reading.corpus import (
    AGREEMENT_FILE,
    QUOTE_LINKS_FILE,
    REGISTRY_FILE,
    SPLITS_FILE,
    document_files,
    open_corpus,
)
from vostochny.reading.files import MAX_ANNOTATION_BYTES, MAX_RAW_BYTES, present, read_capped
from vostochny.verbs.release import summary_end
from vostochny.writing.outputs import check_output_dir, replaced_dir
from vostochny.writing.writer import write_bytes, write_text

REPORT_FILE = "hydration.json"


@dataclass
class HydrateResult:
    """The corpus written, what became of each document's spans, the registry records left out
    (no document uses them any more), what was left out of the quote links, and the validation of the result."""

    out: Path
    documents: list[DocumentReport]
    registry_left_out: list[str]
    validation: Report
    links_left_out: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Was every span placed (nothing left out)?"""
        return not self.registry_left_out and not self.links_left_out and not any(
            d.unplaced or d.dropped for d in self.documents)


def hydrate(release: Path, texts: Path, out: Path) -> HydrateResult:
    """Rebuild the corpus of `release` on the texts in `texts` into the new folder `out`.

    Raises `UsageError` (a `ReleaseError` for the release) for a release, a texts folder or an
    output that cannot be used, before anything is written; `CorpusError` if the result does not
    validate (nothing is written); `UsageError` if writing fails (nothing is left behind)."""
    folder = _release_folder(Path(release))
    target = _new_folder(Path(out), folder)
    files = [p for p in document_files(folder) if p.name != "LOSSES.json"]
    if not files:
        raise ReleaseError(f"{folder}: holds no annotation files")
    originals = _texts(Path(texts), [p.stem for p in files])
    decoded = {doc_id: data.decode("utf-8") for doc_id, data in originals.items()}
    docs, reports = [], []
    for path in files:
        doc, report = rebuild(_json(path), decoded[path.stem], str(path))
        if doc.id != path.stem:
            raise ReleaseError(f"{path}: /id: the document's id is {doc.id!r}, not the file's name")
        docs.append(doc)
        reports.append(report)
    registry, left_out = rebuild_registry(_json(folder / REGISTRY_FILE), decoded, str(folder / REGISTRY_FILE))
    known = {e.id for e in registry.entities}
    docs = [_unlinked(doc, known, report) for doc, report in zip(docs, reports, strict=True)]
    splits = validated(Splits, _json(folder / SPLITS_FILE), str(folder / SPLITS_FILE))
    listed = {doc_id for name in SPLIT_NAMES for doc_id in getattr(splits, name)}
    if missing := sorted(listed - {doc.id for doc in docs}):
        raise ReleaseError(f"{folder / SPLITS_FILE}: lists {', '.join(missing)}, which the release has no file of; "
                           "the release is damaged")
    links, links_left_out = _links(folder, decoded, docs, known)
    # a record is used by a document's entity or by a kept link's channel (a `via` kb_id)
    used = {e.kb_id for doc in docs for e in doc.entities} | {
        via.kb_id for link in (links.links if links else []) for via in link.via}
    left_out += [f"{e.id}: no document or quote link uses it any more" for e in registry.entities if e.id not in used]
    kept = registry.model_copy(update={"entities": [e for e in registry.entities if e.id in used]})
    with replaced_dir(target) as staging:
        for doc in docs:
            write_text(staging / "annotations" / f"{doc.id}.json", to_json(doc), durable=False)
            write_bytes(staging / "raw" / f"{doc.id}.txt", originals[doc.id], durable=False)
        write_text(staging / "annotations" / REGISTRY_FILE, to_json(kept), durable=False)
        write_text(staging / "annotations" / SPLITS_FILE, to_json(splits), durable=False)
        if links is not None:
            write_text(staging / "annotations" / QUOTE_LINKS_FILE, to_json(links), durable=False)
        if (folder / AGREEMENT_FILE).exists():
            _json(folder / AGREEMENT_FILE)  # refuses a damaged file
            write_bytes(staging / "annotations" / AGREEMENT_FILE, _read(folder / AGREEMENT_FILE), durable=False)
        write_text(staging / REPORT_FILE, json.dumps({"documents": [r.data() for r in reports],
                                                      "registry_left_out": left_out,
                                                      "quote_links_left_out": links_left_out}, indent=2) + "\n")
        validation = _as_named(validate_corpus(open_corpus(staging)), staging, target, Path(texts))
        if not validation.ok:
            raise CorpusError(validation)
    return HydrateResult(target, reports, left_out, validation, links_left_out)


def _as_named(report: Report, staging: Path, target: Path, texts: Path) -> Report:
    """`report` of the corpus validated in `staging` with each file named as the user knows it: a raw text as
    their own copy (`TEXTS/ID.txt`, the same bytes), any other file at its place in `target` (it was a
    staging path, which is gone once the run ends)."""
    staged, named = label_of(staging), label_of(target)

    def renamed(problem: Problem) -> Problem:
        rest = problem.file.removeprefix(staged + os.sep) if problem.file.startswith(staged + os.sep) else None
        if rest is None:
            where = problem.file.replace(staged, named)
        elif rest.startswith("raw" + os.sep):
            where = label_of(texts / rest.removeprefix("raw" + os.sep))
        else:
            where = label_of(target / rest)
        return problem.replaced(file=where, message=problem.message.replace(staged, named),
                                folded=[renamed(p) for p in problem.folded])

    return Report([renamed(p) for p in report.problems], report.documents, report.files, [target], report.notes)


def _links(folder: Path, texts: dict[str, str], docs: list[Document], kb_ids: set[str]
           ) -> tuple[QuoteLinks | None, list[str]]:
    """The release's quote links on the rebuilt documents and registry records (None if the release has
    none), and what was left out."""
    path = folder / QUOTE_LINKS_FILE
    if not present(path):  # a release without links; a broken link there is read, and refused
        return None, []
    quotes = {doc.id: {q.id: quote_text(part.text for part in q.content) for q in doc.quotes} for doc in docs}
    return rebuild_links(_json(path), texts, quotes, kb_ids, str(path))


def _unlinked(doc: Document, known: set[str], report: DocumentReport) -> Document:
    """`doc` without the `kb_id`s of registry records that were left out (reported)."""
    lost = [e for e in doc.entities if e.kb_id is not None and e.kb_id not in known]
    report.dropped += [f"entities {e.id}: kb_id {e.kb_id} (its registry record was left out)" for e in lost]
    entities = [e.model_copy(update={"kb_id": None}) if e in lost else e for e in doc.entities]
    return doc.model_copy(update={"entities": entities}) if lost else doc


def _release_folder(release: Path) -> Path:
    """The `textless/` folder of an annotations-only release: its `summary.json` ends with `"without_text": true`
    (`release.summary_end`, which reads the end only: the counts per document before it grow with the corpus)."""
    end = summary_end(release)
    if end is None or end.get("without_text") is not True or not (release / FOLDER).is_dir():
        raise ReleaseError(f"{release}: not an annotations-only release (a folder written by "
                           "`vostochny build --without-text`, with summary.json and textless/)")
    return release / FOLDER


def _new_folder(out: Path, release: Path) -> Path:
    target = check_output_dir(out, release)
    if target.is_dir() and any(target.iterdir()):
        raise UsageError(f"{out}: exists and is not empty; hydrate writes a new corpus and never replaces a "
                         "folder: choose a new or empty folder")
    return target


def _texts(folder: Path, ids: list[str]) -> dict[str, bytes]:
    """The bytes of `<id>.txt` in `folder` for every document id; all missing names at once."""
    if not folder.is_dir():
        raise UsageError(f"{folder}: no such folder of texts (--texts)")
    missing = [i for i in ids if not (folder / f"{i}.txt").exists()]
    if missing:
        others = sorted(p.name for p in folder.iterdir() if p.suffix == ".txt" and p.stem not in ids)
        hint = f"; these .txt files match no document: {', '.join(others)}" if others else ""
        raise UsageError(f"{folder}: no text for {len(missing)} document(s): "
                         f"{', '.join(f'{i}.txt' for i in missing)} (each article must be named <document id>.txt)"
                         f"{hint}")
    found = {}
    for i in ids:
        data = _read(folder / f"{i}.txt", MAX_RAW_BYTES)
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as error:
            line = data[:error.start].count(b"\n") + 1
            raise UsageError(f"{folder / f'{i}.txt'}:{line}: not UTF-8 (byte {error.start}); "
                             "save the article as UTF-8") from None
        found[i] = data
    return found


def _read(path: Path, limit: int = MAX_ANNOTATION_BYTES) -> bytes:
    try:
        return read_capped(path, limit)
    except FileRefused:
        raise
    except OSError as error:
        raise UsageError(f"{path}: cannot be read ({error.strerror or error})") from None


def _json(path: Path) -> dict[str, Any]:
    """A release file's JSON object, read as the loader reads a corpus file (duplicate keys, NaN, a
    byte-order mark and lone surrogates refused), brought to the current schema version when an older
    package wrote it (the steps `vostochny migrate` takes: a release outlives the version that built it)."""
    data, problems = loader.read_file(path, str(path), MAX_ANNOTATION_BYTES)
    obj, text, found = loader.parse_json(data, str(path)) if data is not None else (None, None, [])
    problems += found
    if problems or obj is None:
        loader.locate(problems, text)
        first = problems[0]
        where = f":{first.line}" * bool(first.line) + f":{first.column}" * bool(first.line and first.column)
        raise ReleaseError(f"{path}{where}: {first.message}; the release is damaged")
    return migrate(obj) if obj.get("schema_version") in STEPS else obj
