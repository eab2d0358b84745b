"""The mutation kinds and what the validator must do with each.

A kind is a function that damages (or benignly rewrites) a fresh corpus in place, registered with
its expected outcome. The kinds themselves live in the `k_*` modules, one per family."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .corpora import BASES, Corpus
from .jsonedit import Edit, edit_json

Mutate = Callable[[Corpus, random.Random], None]


@dataclass(frozen=True)
class Expect:
    """Accept: exit 0. Reject: an exit in `exits` (1, or also 2 for a file refused outright) and,
    on exit 1, at least one of `codes` reported (any error if `codes` is empty)."""

    accept: bool
    codes: frozenset[str] = frozenset()
    exits: frozenset[int] = frozenset({1})

    def describe(self) -> str:
        if self.accept:
            return "accept"
        exits = "" if self.exits == {1} else f" (exit {'/'.join(map(str, sorted(self.exits)))})"
        return f"reject {'|'.join(sorted(self.codes)) or 'any'}{exits}"


ACCEPT = Expect(True, exits=frozenset({0}))


def reject(*codes: str, refused: bool = False) -> Expect:
    """Reject with one of `codes`; `refused`: exit 2 (a file refused as it stands) is fine too."""
    return Expect(False, frozenset(codes), frozenset({1, 2} if refused else {1}))


@dataclass(frozen=True)
class Kind:
    name: str
    family: str
    summary: str
    expect: Expect
    mutate: Mutate
    cli_only: bool = False  # FIFOs and /dev/zero: only ever in a child process
    bases: tuple[str, ...] = BASES
    options: tuple[str, ...] = ()  # command-line options of the run, such as --max-bytes


KINDS: list[Kind] = []


def _summary(doc: str | None) -> str:
    """A kind's docstring's first paragraph, on one line."""
    return " ".join((doc or "").strip().split("\n\n")[0].split())


def kind(name: str, expect: Expect, family: str, **options: object) -> Callable[[Mutate], Mutate]:
    """Register `fn(corpus, rng)` as a mutation kind; its docstring's first paragraph is its summary."""

    def register(fn: Mutate) -> Mutate:
        if any(k.name == name for k in KINDS):
            raise ValueError(f"kind {name} registered twice")
        summary = _summary(fn.__doc__)
        KINDS.append(Kind(name, family, summary, expect, fn, **options))  # type: ignore[arg-type]
        return fn

    return register


def _file(corpus: Corpus, files: tuple[str, ...], rng: random.Random) -> Path:
    """One of `files` that the corpus has (only the linked base has the optional quote links file)."""
    present = [f for f in files if f != "quote_links" or corpus.quote_links.exists()]
    return {"document": lambda: corpus.document(rng), "registry": lambda: corpus.registry,
            "splits": lambda: corpus.splits, "quote_links": lambda: corpus.quote_links}[rng.choice(present)]()


#: the codes the case being made must draw, in the thread that makes it (`drawing`)
_DRAWN = threading.local()


@contextmanager
def drawing() -> Iterator[set[str]]:
    """The codes that the mutation run in this block says its case must draw (`must_draw`)."""
    codes: set[str] = set()
    _DRAWN.codes = codes
    try:
        yield codes
    finally:
        _DRAWN.codes = None


def must_draw(*codes: str) -> None:
    """Say that the case being made must draw every one of `codes`, some of its kind's: for a kind that draws two codes
    at once (a raw text changed under git: V325, and V326 where a committed manifest records it) or one code for
    each of its choices, so that one going silent beside the other is a finding, which "any of the kind's codes"
    let pass. Outside `drawing` (a bad input made by a kind) it says nothing."""
    target = getattr(_DRAWN, "codes", None)
    if target is not None:
        target.update(codes)


def json_kind(name: str, expect: Expect, family: str, files: tuple[str, ...] = ("document",),
              **options: object) -> Callable[[Edit], Edit]:
    """Register `fn(data, rng, fragments)` that edits the parsed JSON of one of `files`."""

    def register(fn: Edit) -> Edit:
        def mutate(corpus: Corpus, rng: random.Random) -> None:
            edit_json(_file(corpus, files, rng), fn, rng)

        mutate.__doc__ = fn.__doc__
        kind(name, expect, family, **options)(mutate)
        return fn

    return register


def bytes_kind(name: str, expect: Expect, family: str, files: tuple[str, ...] = ("document",),
               **options: object) -> Callable[[Callable[[bytes, random.Random], bytes]], Callable]:
    """Register `fn(data, rng) -> data` that rewrites the bytes of one of `files`."""

    def register(fn: Callable[[bytes, random.Random], bytes]) -> Callable:
        def mutate(corpus: Corpus, rng: random.Random) -> None:
            path = _file(corpus, files, rng)
            path.write_bytes(fn(path.read_bytes(), rng))

        mutate.__doc__ = fn.__doc__
        kind(name, expect, family, **options)(mutate)
        return fn

    return register
