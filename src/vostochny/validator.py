"""Validate a corpus: load each document, run every rule, collect every problem.

Documents are streamed one at a time (nothing holds the corpus), and the corpus-level rules
see only small per-document summaries. Never imports `datasets` or `pyarrow`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import loader
from .corpus import REGISTRY_FILE, SPLITS_FILE, Corpus, open_corpus, resolve
from .models import Document, Registry
from .problems import Problem, problem
from .rules import RULES, CorpusContext, DocContext


@dataclass
class Report:
    """The outcome of a validation run."""

    problems: list[Problem] = field(default_factory=list)
    documents: int = 0
    files: int = 0

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def ok(self) -> bool:
        return not self.errors


def label_of(path: Path) -> str:
    """The file name users see: relative to the working directory where possible."""
    try:
        return os.path.relpath(path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(path)


def document_problems(ctx: DocContext, label: str) -> list[Problem]:
    """Run every document rule on one document."""
    found = []
    for r in RULES:
        if r.scope == "document":
            found += [problem(r.code, label, h.pointer, h.detail, h.value) for h in r.check(ctx)]
    return found


def check_document(corpus: Corpus, path: Path, registry: Registry | None,
                   max_bytes: int) -> tuple[loader.Loaded, list[Problem], str | None]:
    """Load one document and run its rules; returns the load result, all its problems, the raw text."""
    label = label_of(path)
    loaded = loader.load_document(path, label, max_bytes)
    problems = list(loaded.problems)
    doc: Document | None = loaded.model
    text = None
    if doc is not None:
        text = loader.read_raw(corpus.raw_path(doc.id)) if _safe_id(doc.id) else None
        found = document_problems(DocContext(doc, text, registry, path.stem), label)
        loader.locate(found, loaded.text)
        problems += found
    return loaded, problems, text


def _safe_id(doc_id: str) -> bool:
    return "/" not in doc_id and "\\" not in doc_id and not doc_id.startswith(".")


@dataclass
class Checked:
    """What the corpus rules need to know of a checked document (small, and cheap to pickle)."""

    problems: list[Problem]
    doc_id: str | None
    kb_ids: set[str]
    kept: tuple[Document, str] | None = None  # the model and raw text, when the caller keeps them


def _check(corpus: Corpus, path: Path, registry: Registry | None, max_bytes: int, keep: bool = False) -> Checked:
    loaded, problems, text = check_document(corpus, path, registry, max_bytes)
    doc = loaded.model
    kept = (doc, text or "") if keep and doc is not None else None
    return Checked(problems, doc.id if doc else None, {e.kb_id for e in doc.entities if e.kb_id} if doc else set(),
                   kept)


_WORKER: dict[str, object] = {}


def _init_worker(corpus: Corpus, registry: Registry | None, max_bytes: int) -> None:
    _WORKER.update(corpus=corpus, registry=registry, max_bytes=max_bytes)


def _check_in_worker(path: Path) -> Checked:
    return _check(_WORKER["corpus"], path, _WORKER["registry"], _WORKER["max_bytes"])  # type: ignore[arg-type]


def iter_checked(corpus: Corpus, registry: Registry | None, max_bytes: int, jobs: int = 1,
                 keep: bool = False) -> Iterator[Checked]:
    """Check the corpus's documents one at a time, or in `jobs` processes (results in file order)."""
    if keep or jobs <= 1 or len(corpus.files) < 2 * jobs:
        for path in corpus.files:
            yield _check(corpus, path, registry, max_bytes, keep)
        return
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(256, len(corpus.files) // (jobs * 8)))
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(corpus, registry, max_bytes)) as pool:
        yield from pool.map(_check_in_worker, corpus.files, chunksize=chunk)


def validate_corpus(corpus: Corpus, max_bytes: int = loader.DEFAULT_MAX_BYTES, report: Report | None = None,
                    jobs: int = 1, kept: list[tuple[Document, str]] | None = None) -> Report:
    """Validate one corpus (whole, or the files selected in it); with `kept`, also collect the
    valid documents and their raw texts there, so that a caller needs no second read."""
    report = report or Report()
    reg = loader.load_registry(corpus.annotations / REGISTRY_FILE, label_of(corpus.annotations / REGISTRY_FILE))
    report.problems += reg.problems
    doc_ids, kb_ids = [], set()
    for checked in iter_checked(corpus, reg.model, max_bytes, jobs, keep=kept is not None):
        report.problems += checked.problems
        if checked.kept is not None and kept is not None:
            kept.append(checked.kept)
        report.files += 1
        if checked.doc_id is not None:
            report.documents += 1
            doc_ids.append(checked.doc_id)
            kb_ids.update(checked.kb_ids)
    ctx = CorpusContext(reg.model, None, doc_ids, kb_ids, corpus.whole)
    report.problems += _scoped(ctx, "corpus", reg)
    if corpus.whole:
        report.problems += _check_splits(corpus, ctx)
    return report


def _scoped(ctx: CorpusContext, scope: str, loaded: loader.Loaded) -> list[Problem]:
    if loaded.model is None:
        return []
    found = [problem(r.code, label_of(loaded.path), h.pointer, h.detail, h.value)
             for r in RULES if r.scope == scope for h in r.check(ctx)]
    loader.locate(found, loaded.text)
    return found


def _check_splits(corpus: Corpus, ctx: CorpusContext) -> list[Problem]:
    path = corpus.annotations / SPLITS_FILE
    splits = loader.load_splits(path, label_of(path))
    ctx.splits = splits.model
    return splits.problems + _scoped(ctx, "splits", splits)


def validate(*paths: str | Path, max_bytes: int = loader.DEFAULT_MAX_BYTES, jobs: int = 1) -> Report:
    """Validate corpora, `annotations/` folders or single files; no path: this folder's corpus or the packaged one."""
    corpora = resolve([Path(p) for p in paths]) if paths else [open_corpus()]
    report = Report()
    for corpus in corpora:
        validate_corpus(corpus, max_bytes, report, jobs)
    return report
