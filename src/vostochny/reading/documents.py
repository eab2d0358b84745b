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


def corpus_registry(root: str | Path | None = None) -> Registry:
    """The registry of a corpus (default: the packaged one); `CorpusError` if it does not load."""
    corpus = open_corpus(Path(root) if root else None)
    return _loaded(loader.load_registry(corpus.annotations / REGISTRY_FILE, REGISTRY_FILE, within=corpus.root))


def corpus_splits(root: str | Path | None = None) -> Splits:
    """The split manifest of a corpus (default: the packaged one); `CorpusError` if it does not load."""
    corpus = open_corpus(Path(root) if root else None)
    return _loaded(loader.load_splits(corpus.annotations / SPLITS_FILE, SPLITS_FILE, within=corpus.root))


def corpus_quote_links(root: str | Path | None = None) -> QuoteLinks | None:
    """The quote links of a corpus (default: the packaged one), None if it has no links file; `CorpusError`
    if the file does not load."""
    corpus = open_corpus(Path(root) if root else None)
    links = loader.load_quote_links(corpus.annotations / QUOTE_LINKS_FILE, QUOTE_LINKS_FILE, within=corpus.root)
    return _loaded(links) if links is not None else None


def _loaded(loaded: loader.Loaded[M]) -> M:
    """The model of a file that validates; `CorpusError` with its problems for one that does not (an
    older version's file has a migrated model, and V111 and its own schema's errors beside it)."""
    if loaded.refused or loaded.model is None:
        raise CorpusError(Report(problems=loaded.problems))
    return loaded.model
