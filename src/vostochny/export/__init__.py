"""Exporters: one module per format, each with `CARRIES`, `render(view, number, options, losses)`
(one document) and a streaming `Writer` (see `common`).

`export()` validates the corpus and writes it in one pass, reading each document once (an
invalid corpus is refused and nothing is swapped in; `stream.written`); each format goes to its own
folder with a `LOSSES.json` that lists, item by item, what it could not carry. The folder is
written beside its place and swapped in whole (`outputs.replaced_dir`), so it holds exactly what
this export wrote; it replaces only an empty folder or an earlier export.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from vostochny.errors import UsageError
from vostochny.export.common import Losses, LossReport, Source, Writer
from vostochny.export.options import HONOURS, OPTIONS, FormatOptions, check_options, options_for
from vostochny.export.stream import Rendered, Renderer, written
from vostochny.reading.corpus import Corpus
from vostochny.reading.view import DocumentView
from vostochny.writing.outputs import Marker, check_output_dir, replaced_dir

if TYPE_CHECKING:
    from vostochny.checking.validator import Limits

#: format name -> module (imported only when that format is written).
FORMATS = {
    "jsonl": "jsonl",
    "conll2003": "conll2003",
    "conllu": "conllu",
    "conll2012": "conll2012",
    "hf": "hf_parquet",
    "croissant": "croissant",
    "brat": "brat",
}
#: modules a format needs beyond the base install (all come with the `export` extra).
REQUIRES = {"hf": ("datasets",), "croissant": ("datasets", "mlcroissant")}
#: an export folder always holds its loss report, `format` and `options` first (`LossReport`): a
#: folder with one is an earlier export.
MARKER = Marker("LOSSES.json", ("format", "options"), frozenset({"format", "options", "summary", "items"}))

__all__ = ["FORMATS", "HONOURS", "ExportResult", "Exports", "Target", "corpus_source", "export", "options_for",
           "read_source"]


@dataclass
class ExportResult:
    format: str
    files: list[tuple[Path, str]]
    losses: LossReport


@dataclass(frozen=True)
class Target:
    """One format to write, with its options, into the folder `out`."""

    format: str
    options: FormatOptions
    out: Path


def read_source(root: str | Path | None = None) -> Source:
    """Validate the corpus (raising `CorpusError` if it is invalid) and read it into memory."""
    from vostochny.reading.documents import iter_documents

    root_path = _root(root)
    return _source(root_path, items=list(iter_documents(root_path)))


def corpus_source(corpus: Corpus, jobs: int = 1) -> Source:
    """The source of `corpus`, whose document files the one pass that validates them reads one at a
    time (`stream.written`): its registry, splits and quote links. Raises `CorpusError` with the
    problems `validate` reports where one of them does not load."""
    from vostochny.errors import CorpusError

    try:
        return _source(corpus.root, files=corpus.files)
    except CorpusError as error:
        from vostochny.checking.validator import validate_corpus

        report = validate_corpus(corpus, jobs=jobs)
        raise (CorpusError(report) if not report.ok else error) from None


def _root(root: str | Path | None) -> Path:
    from vostochny.reading.corpus import open_corpus

    return open_corpus(Path(root) if root else None).root


def _source(root: Path, items: list[DocumentView] | None = None, files: list[Path] | None = None) -> Source:
    from vostochny.reading.documents import corpus_quote_links, corpus_registry, corpus_splits

    return Source(root, corpus_splits(root), corpus_registry(root), items, files if files is not None else [],
                  corpus_quote_links(root))


def default_options(fmt: str) -> FormatOptions:
    """The options a format uses when none are given."""
    _check_format(fmt)
    return OPTIONS[fmt]()


def export(fmt: str, out: str | Path, root: str | Path | None = None, options: FormatOptions | None = None,
           source: Source | None = None, jobs: int = 1, limits: Limits | None = None) -> ExportResult:
    """Write one format into the folder `out`, replacing it whole: the documents of a `source` in
    memory, or else the corpus at `root`, validated and written in one pass (each document read
    once; `CorpusError` if it is invalid, and `out` is left as it was). Raises `UsageError` for an
    unknown format, options of another format, a missing optional dependency or an output path
    that cannot be used, before any work. A corpus's files are read up to `limits` (the validator's defaults if
    None)."""
    from vostochny.reading.corpus import open_corpus

    options = options or default_options(fmt)
    check_export(fmt, options)
    corpus: Corpus | None = None
    if source is not None and source.items is None:  # it names files (`corpus_source`): its corpus, read once
        root, source = source.root, None
    if source is None:
        corpus = open_corpus(Path(root) if root else None)
        target = check_output_dir(Path(out), corpus.root, MARKER)
        source = corpus_source(corpus, jobs)
    else:
        target = check_output_dir(Path(out), source.root, MARKER)
    with replaced_dir(target) as staging:
        exports = Exports([Target(fmt, options, staging)], source)
        if corpus is not None:  # validated and written in one pass
            written(corpus, exports.renderers, exports.add, exports.abandon, jobs, limits)
        else:
            for number, view in enumerate(source.items or [], 1):
                exports.add([render(view, number) for render in exports.renderers])
        (result,) = exports.finish()
    return relocated(result, staging, target)


def check_export(fmt: str, options: FormatOptions) -> None:
    """Refuse (`UsageError`) an unknown format, options it does not honour, or a format whose
    modules are not installed, before any work is done."""
    _check_format(fmt)
    check_options(fmt, options)
    missing = missing_modules(fmt)
    if missing:
        raise UsageError(f"format {fmt} needs {', '.join(missing)}, which is not installed: "
                         "pip install 'vostochny[export]'")


class Exports:
    """Several formats written side by side from one pass over the documents: a writer and a loss
    report per format, fed each document's renderings (`renderers`, in this order) as they come."""

    def __init__(self, targets: list[Target], source: Source) -> None:
        self.targets = targets
        modules = [_module(t.format) for t in targets]
        pairs = list(zip(modules, targets, strict=True))
        self.renderers: list[Renderer] = [partial(_render, m.render, t.options) for m, t in pairs]
        self.writers: list[Writer[Any, Any]] = [m.Writer(t.out, t.options, source) for m, t in pairs]
        self.reports = [LossReport(t.out, t.format, t.options, m.CARRIES) for m, t in pairs]

    def add(self, parts: list[Rendered]) -> None:
        for writer, report, (part, losses) in zip(self.writers, self.reports, parts, strict=True):
            writer.add(part)
            report.extend(losses)

    def abandon(self) -> None:
        """Close every file unfinished: the staging folder that holds them is being discarded."""
        for writer, report in zip(self.writers, self.reports, strict=True):
            writer.abandon()
            report.abandon()

    def finish(self) -> list[ExportResult]:
        results = []
        for target, writer, report in zip(self.targets, self.writers, self.reports, strict=True):
            files = writer.finish()
            report.extend(writer.losses.items)
            files.append((report.close(), f"{sum(report.counts.values())} items not carried"))
            results.append(ExportResult(target.format, files, report))
        return results


#: a format module's `render(view, number, options, losses)`; the options are that format's own class
FormatRender = Callable[[DocumentView, int, Any, Losses], Any]


def _render(render: FormatRender, options: FormatOptions, view: DocumentView, number: int) -> Rendered:
    losses = Losses()
    part = render(view, number, options, losses)
    return part, losses.items


def _module(fmt: str) -> ModuleType:
    return import_module(f".{FORMATS[fmt]}", __name__)


def relocated(result: ExportResult, staging: Path, target: Path) -> ExportResult:
    """`result` with the paths it wrote under `staging` given where they are after the swap."""
    files = [(target / path.relative_to(staging), note) for path, note in result.files]
    return ExportResult(result.format, files, result.losses)


def missing_modules(fmt: str) -> list[str]:
    """The modules format `fmt` needs that this installation lacks."""
    return [m for m in REQUIRES.get(fmt, ()) if importlib.util.find_spec(m) is None]


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def report_lines(result: ExportResult) -> list[str]:
    """What an export wrote and what it could not carry, one line each (the CLI prints them)."""
    lines = [f"  wrote {path} ({note})" for path, note in result.files]
    return lines + [f"  not carried: {count} × {what}" for what, count in result.losses.summary().items()]
