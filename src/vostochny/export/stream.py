"""The per-document work of an export or a build, one document at a time, in corpus order.

A renderer is a picklable function `(view, number) -> (part, loss items)`; `rendered` yields, for
each document, what every renderer made of it. With `jobs` > 1 the documents are read and
rendered in worker processes, a bounded number of tasks ahead of the writer (so memory does not
grow with the corpus), and the results come back in corpus order: the output is byte-identical.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from vostochny.export.common import Source
from vostochny.reading import loader
from vostochny.reading.corpus import Corpus
from vostochny.reading.view import DocumentView

Rendered = tuple[Any, list[dict[str, str]]]
Renderer = Callable[[DocumentView, int], Rendered]
#: documents per worker task, and tasks in flight per process
CHUNK, AHEAD = 8, 4

_WORKER: dict[str, Any] = {}


def rendered(source: Source, renderers: list[Renderer], jobs: int = 1) -> Iterator[list[Rendered]]:
    """What each renderer made of each document of `source`, in corpus order."""
    if source.items is not None:
        for number, view in enumerate(source.items, 1):
            yield [render(view, number) for render in renderers]
        return
    numbered = list(enumerate(source.files, 1))
    if jobs <= 1:
        for number, path in numbered:
            yield _render_file(Corpus(source.root), renderers, number, path)
        return
    yield from _in_workers(source.root, renderers, numbered, jobs)


def _in_workers(root: Path, renderers: list[Renderer], numbered: list[tuple[int, Path]],
                jobs: int) -> Iterator[list[Rendered]]:
    from concurrent.futures import Future, ProcessPoolExecutor

    tasks = [numbered[i:i + CHUNK] for i in range(0, len(numbered), CHUNK)]
    pending: deque[Future[list[list[Rendered]]]] = deque()
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(root, renderers)) as pool:
        for task in tasks:
            pending.append(pool.submit(_work, task))
            if len(pending) >= AHEAD * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _init_worker(root: Path, renderers: list[Renderer]) -> None:
    _WORKER.update(corpus=Corpus(root), renderers=renderers)


def _work(task: list[tuple[int, Path]]) -> list[list[Rendered]]:
    return [_render_file(_WORKER["corpus"], _WORKER["renderers"], number, path) for number, path in task]


def _render_file(corpus: Corpus, renderers: list[Renderer], number: int, path: Path) -> list[Rendered]:
    """Read one (validated) document and its raw text, and render it."""
    doc = loader.load_document(path, str(path), within=corpus.root).model
    if doc is None:  # it validated a moment ago: it changed during the build
        raise OSError(f"{path} no longer loads; it changed during the export")
    view = DocumentView(doc, loader.read_raw(corpus.raw_path(doc.id), within=corpus.root) or "")
    return [render(view, number) for render in renderers]
