"""A corpus's agreement figures (`annotations/agreement.json`, written by `scripts/annotation/report.py`):
what the dataset card states of them, read in one place, so that the validator refuses a file the card
could not state (a build would stop on it after "0 errors")."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from vostochny.checking.problems import pointer


class FiguresError(ValueError):
    """The figures lack what the card states, or hold it with the wrong type: `where` is its JSON pointer."""

    def __init__(self, where: str, detail: str, missing: bool = False) -> None:
        super().__init__(f"{where}: {detail}")
        self.where, self.detail, self.missing = where, detail, missing


@dataclass(frozen=True)
class Agreement:
    """The two independent passes compared before reconciliation."""

    exact: dict[str, float]  # layer -> exact-match F1
    alpha: dict[str, float | None]  # label decision -> Krippendorff's alpha (None: undefined)
    coreference: float  # CoNLL F1
    speaker: float  # speaker attribution accuracy


def _kind(value: Any) -> str:
    """What a parsed JSON value is, in JSON's words ("NoneType" is null, "list" an array)."""
    names = {type(None): "null", bool: "a boolean", int: "a number", float: "a number", str: "a string",
             list: "an array", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def _member(value: Any, *path: str) -> Any:
    """The member at `path` of the JSON object `value`; `FiguresError` where one is missing or no object."""
    for depth, key in enumerate(path):
        if not isinstance(value, dict):
            raise FiguresError(pointer(*path[:depth]), f"{_kind(value)}, not an object")
        if key not in value:
            raise FiguresError(pointer(*path[: depth + 1]), "missing", missing=True)
        value = value[key]
    return value


def _number(figures: Any, *path: str) -> float:
    """A finite number: an integer too large for a float, or 1e400 (read as infinity), is none."""
    found = _member(figures, *path)
    if isinstance(found, (int, float)) and not isinstance(found, bool):
        try:
            value = float(found)
        except OverflowError:
            value = math.inf
        if math.isfinite(value):
            return value
        raise FiguresError(pointer(*path), "not a finite number")
    raise FiguresError(pointer(*path), f"{found!r} is not a number")


def _alpha(figures: Any, *path: str) -> float | None:
    """Krippendorff's alpha, null where it is undefined (no disagreement is possible)."""
    return None if _member(figures, *path) is None else _number(figures, *path)


def _table(figures: Any, *path: str) -> dict[str, Any]:
    found = _member(figures, *path)
    if not isinstance(found, dict):
        raise FiguresError(pointer(*path), f"{_kind(found)}, not an object")
    return found


def agreement(figures: Any) -> Agreement:
    """The figures the card states, from a parsed `agreement.json`; `FiguresError` where they are not there."""
    both = ("first_vs_second",)
    labels = _table(figures, *both, "label_alpha") if "label_alpha" in _table(figures, *both) else {}
    layers = _table(figures, *both, "exact")
    if not layers:  # the card would state an agreement of nothing
        raise FiguresError(pointer(*both, "exact"), "no layer: an empty object")
    return Agreement({layer: _number(figures, *both, "exact", layer, "f1") for layer in layers},
                     {label: _alpha(figures, *both, "label_alpha", label, "alpha") for label in labels},
                     _number(figures, *both, "coreference", "CoNLL", "f1"),
                     _number(figures, *both, "speaker_accuracy", "accuracy"))
