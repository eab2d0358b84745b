"""Validated documents as models: the entry point for code that needs the corpus in memory."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from vostochny.checking.validator import Report, validate_corpus
from vostochny.errors import CorpusError
from vostochny.model.models import Document, QuoteLinks, Registry, Splits
from vostochny.reading import loader
from vostochny.reading.corpus import QUOTE_LINKS_FILE, REGISTRY_FILE, SPLITS_FILE, open_corpus
from vostochny.reading.loader import M
from vostochny.reading.view import DocumentView

__all__ = ["CorpusError", "corpus_quote_links", "corpus_registry", "corpus_splits", "iter_documents", "load_documents"]


def iter_documents(root: Path | None = None) -> Iterator[DocumentView]:
    """Yield each document's view (the model and its raw text), in id order, after validating the
    corpus (the models that validation loaded are the ones yielded: the corpus is read once).
    Raises `CorpusError` if the corpus does not validate."""
    corpus = open_corpus(root)
    kept: list[tuple[Document, str]] = []
    report = validate_corpus(corpus, kept=kept)
    if not report.ok:
        raise CorpusError(report)
    yield from (DocumentView(doc, text) for doc, text in kept)


def load_documents(root: str | Path | None = None) -> list[Document]:
    """The validated pydantic documents of a corpus (default: the packaged corpus)."""
    return [item.doc for item in iter_documents(Path(root) if root else None)]


def corpus_registry(root: str | Path | None = None, older: bool = False) -> Registry:
    """The registry of a corpus (default: the packaged one); `CorpusError` if it does not load or has an
    error of its own (with `older`, a file of an older version is read migrated: see `_loaded`). The corpus
    rules, which read the documents too (a record no document uses...), run in `iter_documents`."""
    corpus = open_corpus(Path(root) if root else None)
    return _loaded(loader.load_registry(corpus.annotations / REGISTRY_FILE, REGISTRY_FILE, within=corpus.root), older)


def corpus_splits(root: str | Path | None = None, older: bool = False) -> Splits:
    """The split manifest of a corpus (default: the packaged one); `CorpusError` if it does not load or has
    an error (with `older`, see `corpus_registry`)."""
    corpus = open_corpus(Path(root) if root else None)
    return _loaded(loader.load_splits(corpus.annotations / SPLITS_FILE, SPLITS_FILE, within=corpus.root), older)


def corpus_quote_links(root: str | Path | None = None, older: bool = False) -> QuoteLinks | None:
    """The quote links of a corpus (default: the packaged one), None if it has no links file; `CorpusError`
    if the file does not load or has an error (with `older`, see `corpus_registry`)."""
    corpus = open_corpus(Path(root) if root else None)
    links = loader.load_quote_links(corpus.annotations / QUOTE_LINKS_FILE, QUOTE_LINKS_FILE, within=corpus.root)
    return _loaded(links, older) if links is not None else None


def _loaded(loaded: loader.Loaded[M], older: bool) -> M:
    """The model of a file that validates; `CorpusError` with its problems for one that does not. A file of
    an older version has a model, migrated, beside V111 (an error: it must be migrated before it is merged)
    and its own version's schema errors; with `older` (a past revision's file), V111 alone is no refusal."""
    if loaded.refused(older) or loaded.model is None:
        raise CorpusError(Report(problems=loaded.problems))
    return loaded.model
