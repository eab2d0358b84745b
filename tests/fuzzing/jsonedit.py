"""Editing JSON files at the level of values, with raw text spliced in where Python cannot
express it (lone surrogate escapes, 5000-digit integers, NaN, duplicate keys)."""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

Path_ = tuple[Any, ...]


class NotApplicable(Exception):
    """The corpus has nothing this mutation could damage (say, no quote); the case is skipped."""


class Fragments:
    """Placeholders put into the data, replaced by raw JSON text once the data is dumped.

    The markers are private-use characters, which no corpus file contains."""

    def __init__(self) -> None:
        self._subs: list[tuple[str, str]] = []

    def value(self, raw: str) -> str:
        """A string to put where a whole value goes; it becomes `raw` (a number, a literal, ...)."""
        marker = f"\ue000{len(self._subs)}\ue001"
        self._subs.append((json.dumps(marker, ensure_ascii=False), raw))
        return marker

    def inside(self, raw: str) -> str:
        """A piece of a string (or a key) that becomes the raw escape `raw`, such as `\\ud800`."""
        marker = f"\ue002{len(self._subs)}\ue003"
        self._subs.append((marker, raw))
        return marker

    def apply(self, text: str) -> str:
        for marker, raw in self._subs:
            text = text.replace(marker, raw)
        return text


Edit = Callable[[Any, random.Random, Fragments], Any]


#: the file an edit is altering (one at a time): where an edit that must know the rest of its corpus looks
EDITING: list[Path] = []


def edit_json(path: Path, change: Edit, rng: random.Random) -> None:
    """Load `path`, let `change` alter the data (in place, or return new data), write it back."""
    data = json.loads(path.read_text(encoding="utf-8"))
    EDITING[:] = [path]
    fragments = Fragments()
    result = change(data, rng, fragments)
    data = data if result is None else result
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    path.write_bytes(fragments.apply(text).encode("utf-8"))


def walk(data: Any, path: Path_ = ()) -> Iterator[tuple[Path_, Any]]:
    """Every value of a JSON document with its path, the root first."""
    yield path, data
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, value in items:
        yield from walk(value, (*path, key))


def at(data: Any, path: Path_) -> Any:
    for key in path:
        data = data[key]
    return data


def choose(rng: random.Random, items: list[Any]) -> Any:
    """A random item; `NotApplicable` when there is none."""
    if not items:
        raise NotApplicable
    return rng.choice(items)


def pick(data: Any, rng: random.Random, want: Callable[[Path_, Any], bool]) -> Path_:
    """The path of a random value (never the root) that `want` accepts."""
    return choose(rng, [p for p, v in walk(data) if p and want(p, v)])


def set_at(data: Any, path: Path_, value: Any) -> None:
    at(data, path[:-1])[path[-1]] = value


def is_string(_path: Path_, value: Any) -> bool:
    return isinstance(value, str)


def is_offset(path: Path_, value: Any) -> bool:
    """A span offset, a token offset or the document length."""
    if not isinstance(value, int) or isinstance(value, bool):
        return False
    return path[-1] in ("start", "end", "length") or (len(path) == 3 and path[0] == "tokens" and path[2] in (0, 1))
