"""The per-document work of an export or a build, one document at a time, in corpus order.

A renderer is a picklable function `(view, number) -> (part, loss items)`; `validated` passes what
every renderer made of each document on, in the one pass that validates the corpus (each document
file and raw text read once, checked as `validate` checks it, and rendered from the view its rules
read while no error has been found), and `written` discards what was written where it finds one.
With `jobs` > 1 the documents are read and rendered in worker processes, a bounded number of tasks
ahead of the writer (so memory does not grow with the corpus), and the results come back in corpus
order: the output is byte-identical.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from vostochny.errors import CorpusError
from vostochny.reading.corpus import Corpus
from vostochny.reading.view import DocumentView

if TYPE_CHECKING:
    from vostochny.checking.validator import Checked, Limits, Report
    from vostochny.model.models import Registry

Rendered = tuple[Any, list[dict[str, str]]]
Renderer = Callable[[DocumentView, int], Rendered]
#: takes each valid document's renderings, in corpus order
Consumer = Callable[[list[Rendered]], None]
T = TypeVar("T")
#: documents per worker task, and tasks in flight per process
CHUNK, AHEAD = 8, 4

_WORKER: dict[str, Any] = {}


def validated(corpus: Corpus, renderers: list[Renderer], consume: Consumer, jobs: int = 1,
              limits: Limits | None = None) -> Report:
    """Validate `corpus` as `validate_corpus` does (the same problems, the corpus rules on the same
    summaries at the end), reading each document file and its raw text once, and pass what every
    renderer made of each document to `consume`, in corpus order, as long as no error has been
    found (files read up to `limits`, the validator's defaults if None). Whatever `consume` wrote is half a corpus
    unless the report is ok: the caller discards it."""
    from vostochny.checking.validator import Limits, Report, validate_corpus

    report = Report()

    def checker(corpus: Corpus, registry: Registry | None, limits: Limits, jobs: int,
                keep: bool) -> Iterator[Checked]:
        clean = report.ok  # the corpus's own files (registry, leftovers) are checked before the documents
        check = partial(_check_and_render, corpus, registry, limits, renderers)
        numbered = list(enumerate(corpus.files, 1))
        if jobs <= 1:
            outcomes: Iterator[tuple[Checked, list[Rendered] | None]] = (
                check(clean, number, path) for number, path in numbered)
        else:  # a task handed out after an error only checks (what it rendered would be discarded)
            outcomes = _in_workers(check, numbered, jobs, lambda: clean)
        for checked, parts in outcomes:
            clean = clean and not any(p.severity == "error" for p in checked.problems)
            if clean and parts is not None:
                consume(parts)
            yield checked

    return validate_corpus(corpus, limits or Limits(), report=report, jobs=jobs, checker=checker)


def written(corpus: Corpus, renderers: list[Renderer], consume: Consumer, abandon: Callable[[], None],
            jobs: int = 1, limits: Limits | None = None) -> None:
    """`validated`, for a caller that writes: if the corpus has an error, `abandon` is called (what
    `consume` wrote is half a corpus) and `CorpusError` raised with the report."""
    report = validated(corpus, renderers, consume, jobs, limits)
    if not report.ok:
        abandon()
        raise CorpusError(report)


def _check_and_render(corpus: Corpus, registry: Registry | None, limits: Limits, renderers: list[Renderer],
                      wanted: bool, number: int, path: Path) -> tuple[Checked, list[Rendered] | None]:
    """Check one document file (as the validator does) and, if `wanted` and it has no error, render it
    from the view the rules read (the validator's document, its `msgspec` mirror on the fast path, and
    the indexes the rules built)."""
    from vostochny.checking.validator import check_document, summarized

    view, problems = check_document(corpus, path, registry, limits)
    parts = None
    if wanted and view is not None and not any(p.severity == "error" for p in problems):
        parts = [render(view, number) for render in renderers]
    return summarized(path, view, problems), parts


def _in_workers(work: Callable[[bool, int, Path], T], numbered: list[tuple[int, Path]], jobs: int,
                flag: Callable[[], bool]) -> Iterator[T]:
    """`work(flag, number, path)` on each numbered file in `jobs` processes, a bounded number of tasks
    ahead, in order; `flag` is read as each task is handed out."""
    from concurrent.futures import Future, ProcessPoolExecutor

    tasks = [numbered[i:i + CHUNK] for i in range(0, len(numbered), CHUNK)]
    pending: deque[Future[list[T]]] = deque()
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(work,)) as pool:
        for task in tasks:
            pending.append(pool.submit(_work, task, flag()))
            if len(pending) >= AHEAD * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _init_worker(work: Callable[[bool, int, Path], Any]) -> None:
    _WORKER.update(work=work)


def _work(task: list[tuple[int, Path]], flag: bool) -> list[Any]:
    return [_WORKER["work"](flag, number, path) for number, path in task]
