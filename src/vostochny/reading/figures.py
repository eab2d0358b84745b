"""A corpus's agreement figures (`annotations/agreement.json`, written by `scripts/annotation/report.py`):
what the dataset card states of them, read in one place, so that the validator refuses a file the card
could not state (a build would stop on it after "0 errors")."""

from __future__ import annotations

import math
from typing import Any, NamedTuple

from vostochny.checking.problems import pointer


class FiguresError(ValueError):
    """The figures lack what the card states, hold it with the wrong type, or out of its range: `where` is its
    JSON pointer, `code` the validator's (V101 missing, V102 of the wrong type, V105 out of range)."""

    def __init__(self, where: str, detail: str, code: str = "V102") -> None:
        super().__init__(f"{where}: {detail}")
        self.where, self.detail, self.code = where, detail, code


class Agreement(NamedTuple):
    """The two independent passes compared before reconciliation. (A named tuple: a dataclass `exec`s its methods'
    source at every start of `validate`, which reads the figures.)"""

    exact: dict[str, float]  # layer -> exact-match F1
    alpha: dict[str, float | None]  # label decision -> Krippendorff's alpha (None: undefined)
    coreference: float  # CoNLL F1
    speaker: float | None  # speaker attribution accuracy (None: no quote matched in both passes)


def _kind(value: Any) -> str:
    """What a parsed JSON value is, in JSON's words ("NoneType" is null, "list" an array)."""
    names = {type(None): "null", bool: "a boolean", int: "a number", float: "a number", str: "a string",
             list: "an array", dict: "an object"}
    return names.get(type(value), type(value).__name__)


#: `base, at, *keys` in the readers below: the member at `(*at, *keys)` of the file, where `base` is the file's value
#: at `at` (a path that exists, each step an object): a figure is read from the object that holds it, not from the
#: root again (every figure of a report read from the root cost 44 M instructions, a twentieth of `validate`'s), and
#: an error names the same pointer as a read from the root would


def _member(base: Any, at: tuple[str, ...], *keys: str) -> Any:
    """The member at `keys` below `base` (the value at `at`); `FiguresError` where one is missing or no object."""
    value = base
    for depth, key in enumerate(keys):
        if not isinstance(value, dict):
            raise FiguresError(pointer(*at, *keys[:depth]), f"{_kind(value)}, not an object")
        if key not in value:
            raise FiguresError(pointer(*at, *keys[: depth + 1]), "missing", "V101")
        value = value[key]
    return value


def _number(base: Any, at: tuple[str, ...], *path: str) -> float:
    """A finite number: an integer too large for a float, or 1e400 (read as infinity), is none."""
    found = _member(base, at, *path)
    if isinstance(found, (int, float)) and not isinstance(found, bool):
        try:
            value = float(found)
        except OverflowError:
            value = math.inf
        if math.isfinite(value):
            return value
        raise FiguresError(pointer(*at, *path), "not a finite number")
    raise FiguresError(pointer(*at, *path), f"{found!r} is not a number")


def _share(base: Any, at: tuple[str, ...], *path: str) -> float:
    """An F1 or an accuracy: a finite number from 0 to 1 (the card states it as written: 7.5 would be printed)."""
    value = _number(base, at, *path)
    if not 0 <= value <= 1:
        raise FiguresError(pointer(*at, *path), f"{value!r} is not from 0 to 1", "V105")
    return value


def _alpha(base: Any, at: tuple[str, ...], *path: str) -> float | None:
    """Krippendorff's alpha, null where it is undefined (no disagreement is possible); from -1 (systematic
    disagreement, as two coders of nominal labels reach at most) to 1 (full agreement)."""
    if _member(base, at, *path) is None:
        return None
    value = _number(base, at, *path)
    if not -1 <= value <= 1:
        raise FiguresError(pointer(*at, *path), f"{value!r} is not from -1 to 1", "V105")
    return value


def _label_alpha(base: Any, at: tuple[str, ...], *path: str) -> float | None:
    """A label decision's alpha, held to its counts (`units`, `disagreements`, as `verbs.reliability` writes
    them; an alpha without them states an agreement no one can check): no unit, no alpha; no disagreement, 1 or
    undefined (one label throughout);
    `d` disagreements of `u` units of two passes, an alpha of at most `1 - d (2u - 1) / 2u²` (the expected
    disagreement is at most the square of the `2u` values), written to four decimals. An alpha edited alone would
    state an agreement never measured."""
    alpha = _alpha(base, at, *path, "alpha")
    units, disagreements = _count(base, at, *path, "units"), _count(base, at, *path, "disagreements")
    said = f"{alpha!r} over {units} unit(s) with {disagreements} disagreement(s)"
    if disagreements > units:
        raise FiguresError(pointer(*at, *path, "disagreements"), f"{disagreements} disagreements in {units} units",
                           "V105")
    most = 1 - disagreements * (2 * units - 1) / (2 * units * units) if units else 1.0
    if (units == 0 and alpha is not None) or (disagreements == 0 and alpha not in (None, 1.0)) \
            or (disagreements > 0 and (alpha is None or alpha > most + _ROUNDING)):
        raise FiguresError(pointer(*at, *path, "alpha"), said, "V105")
    return alpha


def _accuracy(base: Any, at: tuple[str, ...], count_key: str, *path: str) -> float | None:
    """An accuracy over the count of items `count_key`: a share of a count of none states nothing (null, as
    `verbs.compare` writes it where no quote matched: a corpus without quotes has figures too), and one that no whole
    number of right items over that count rounds to was edited."""
    total = _count(base, at, *path, count_key)
    if _member(base, at, *path, "accuracy") is None:
        if total:
            raise FiguresError(pointer(*at, *path, "accuracy"), f"null over {total} {count_key}", "V105")
        return None
    accuracy = _share(base, at, *path, "accuracy")
    if total == 0:
        raise FiguresError(pointer(*at, *path, "accuracy"), f"{accuracy!r} over no item ({count_key} 0)", "V105")
    if abs(round(accuracy * total) / total - accuracy) > _ROUNDING:
        raise FiguresError(pointer(*at, *path, "accuracy"), f"{accuracy!r} is no share of {total} {count_key}", "V105")
    return accuracy


#: how far a written F1 may be from the one its counts give: `report.py` rounds to four decimals
_ROUNDING = 0.00051


def _exact_f1(base: Any, at: tuple[str, ...], *path: str) -> float:
    """A layer's exact-match F1, held to its counts (`tp`, `fp`, `fn`), as its precision and recall are: an F1 edited
    alone, or counts edited alone, would state an agreement the comparison never measured, and an F1 without its
    counts (deleted, an attack found, so that any F1 passed) one no one can check."""
    f1 = _share(base, at, *path, "f1")
    counts = _table(base, at, *path)
    tp, fp, fn = (_count(base, at, *path, key) for key in ("tp", "fp", "fn"))
    empty = tp + fp + fn == 0  # a layer both passes left empty: agreement, as `evaluation.counts` writes it (1.0)
    given = {"f1": (f1, 1.0 if empty else 2 * tp / (2 * tp + fp + fn))}
    # as `verbs.compare.Counts` writes them: a pass that marked nothing is precise (1.0), one that missed nothing of
    # nothing has full recall (a review found 1.0 refused where one pass never used a label)
    given |= {key: (_share(base, at, *path, key), tp / (tp + more) if tp + more else 1.0)
              for key, more in (("precision", fp), ("recall", fn)) if key in counts}
    for key, (value, measured) in given.items():
        if abs(measured - value) > _ROUNDING:
            raise FiguresError(pointer(*at, *path, key), f"{value!r}, but tp {tp}, fp {fp}, fn {fn} give "
                               f"{measured:.4f}", "V105")
    return f1


_CONLL_PARTS = ("MUC", "B3", "CEAF-e")


def _conll_f1(base: Any, at: tuple[str, ...], *path: str) -> float:
    """The coreference CoNLL F1, the mean of the MUC, B3 and CEAF-e F1s (which must be there to be its mean)."""
    f1 = _share(base, at, *path, "CoNLL", "f1")
    mean = sum(_share(base, at, *path, part, "f1") for part in _CONLL_PARTS) / len(_CONLL_PARTS)
    if abs(mean - f1) > _ROUNDING:
        raise FiguresError(pointer(*at, *path, "CoNLL", "f1"), f"{f1!r}, but the mean of MUC, B3 and CEAF-e is "
                           f"{mean:.4f}", "V105")
    return f1


def _count(base: Any, at: tuple[str, ...], *path: str) -> int:
    """A count: a whole number, not negative, written as one (`826.0` is what no counter writes)."""
    value = _number(base, at, *path)
    if value < 0 or value != int(value) or not isinstance(_member(base, at, *path), int):
        raise FiguresError(pointer(*at, *path), f"{_member(base, at, *path)!r} is not a count", "V105")
    return int(value)


def _layer_names(layers: dict[str, Any], *path: str) -> None:
    """The layers and label decisions the card names: each a word or a few, as `report.py` writes them
    (`mentions`, `quote cues`, `mention type`)."""
    for name in layers:
        if not name.strip() or name != " ".join(name.split()) or not name.isprintable() or len(name) > 40:
            raise FiguresError(pointer(*path, name), f"{name!r} is no layer's name", "V105")


def _table(base: Any, at: tuple[str, ...], *path: str) -> dict[str, Any]:
    found = _member(base, at, *path)
    if not isinstance(found, dict):
        raise FiguresError(pointer(*at, *path), f"{_kind(found)}, not an object")
    return found


def agreement(figures: Any) -> Agreement:
    """The figures the card states, from a parsed `agreement.json`; `FiguresError` where they are not there."""
    both = ("first_vs_second",)
    labels = _table(figures, (), *both, "label_alpha") if "label_alpha" in _table(figures, (), *both) else {}
    layers = _table(figures, (), *both, "exact")
    if not layers:  # the card would state an agreement of nothing
        raise FiguresError(pointer(*both, "exact"), "no layer: an empty object")
    _layer_names(layers, *both, "exact")
    _layer_names(labels, *both, "label_alpha")
    stated = Agreement({layer: _exact_f1(figures, (), *both, "exact", layer) for layer in layers},
                       {label: _label_alpha(figures, (), *both, "label_alpha", label) for label in labels},
                       _conll_f1(figures, (), *both, "coreference"),
                       _accuracy(figures, (), "matched_quotes", *both, "speaker_accuracy"))
    _every_figure(figures, ())
    return stated


#: the figures `scripts/annotation/report.py` writes, by their key: shares and counts (either null where undefined or
#: not compared), and the other members a section may hold
_SHARES = frozenset({"accuracy", "f1", "precision", "recall"})
_COUNTS = frozenset({"agree", "annotated", "disagreements", "fn", "fp", "links_a", "links_b", "matched",
                     "matched_quotes", "only_a", "only_b", "tp", "units", "unresolved_a", "unresolved_b", "via_agree",
                     "wording_agree"})
_OTHERS: dict[str, type] = {"compared": bool, "note": str}
#: the parts of a comparison whose F1s are counted (tp, fp, fn: exact, by label, overlapping)
_COUNTED = frozenset({"exact", "exact_by_label", "overlap"})
#: the largest whole number a float holds exactly: a count up to it is one (`_count`), without the reader's calls
_EXACT = 1 << 53
#: the deepest figure of the file (`first_vs_gold` > `exact_by_label` > `mentions` > `GPE` > `f1`, and room to spare):
#: a file nested deeper is no report's, and each figure is read from the root
_DEPTH = 8


def _every_figure(base: Any, path: tuple[str, ...]) -> None:
    """Every figure of the file, the sections the card does not state too (`first_vs_gold`, `exact_by_label`,
    `nervaluate`, `attributes`, `quote_links`: docs/annotation-report.md prints them; an attack found strings, `{}`,
    `1e308` and an F1 of 2 accepted there): the file's members are sections (objects); a figure is a share from 0 to 1,
    a count, an alpha from -1 to 1, each null where undefined, or one of the few other members a report writes; an
    F1 of the counted sections is held to its counts, a speaker accuracy to its quotes, a CoNLL F1 to its metrics, an
    alpha to its units, an agreement on attributes to what was annotated, nervaluate's F1 to its precision and recall,
    the links shared to the links of each pass. `base` is the file's value at `path`."""
    if len(path) > _DEPTH:
        raise FiguresError(pointer(*path), f"nested {len(path)} deep: deeper than any figure", "V105")
    value = _table(base, path)
    for key, found in value.items():
        if isinstance(found, dict) or not path:  # the file holds sections of figures (`first_vs_gold`): objects
            _every_figure(found, (*path, key))
        elif found is None:
            continue
        elif key in _SHARES:
            if not ((type(found) is float or type(found) is int) and 0 <= found <= 1):  # else the reader's error
                _share(value, path, key)
        elif key in _COUNTS:
            if not (type(found) is int and 0 <= found <= _EXACT):
                _count(value, path, key)
        elif key == "alpha":
            if not ((type(found) is float or type(found) is int) and -1 <= found <= 1):
                _alpha(value, path, key)
        elif type(found) is not _OTHERS.get(key):
            raise FiguresError(pointer(*path, key), f"{found!r} is no figure a report writes" if key not in _OTHERS
                               else f"{_kind(found)}, not {_kind(_OTHERS[key]())}", "V105")
    _held_to_counts(value, path)


def _held_to_counts(value: dict[str, Any], path: tuple[str, ...]) -> None:
    """The figures of one object (the file's object at `path`) held to the counts beside them (`_every_figure`)."""
    part = path[1] if len(path) > 1 else ""  # `first_vs_gold` > `exact`: the part of a comparison
    if ("tp" in value or value.get("f1") is not None) and (part in _COUNTED or path[-1:] == ("shared",)):
        _exact_f1(value, path)
    if "units" in value and not isinstance(value.get("alpha"), dict):
        _label_alpha(value, path)
    if path[-1:] == ("coreference",) and value:
        _conll_f1(value, path)
    if path[-1:] == ("speaker_accuracy",):
        _accuracy(value, path, "matched_quotes")
    if "annotated" in value and value.get("accuracy") is not None:
        _held_to_annotated(value, path)
    if part == "nervaluate" and value.get("f1") is not None:
        precision, recall = _share(value, path, "precision"), _share(value, path, "recall")
        mean = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        if abs(mean - value["f1"]) > 2 * _ROUNDING:
            raise FiguresError(pointer(*path, "f1"), f"{value['f1']!r}, but precision {precision} and recall "
                               f"{recall} give {mean:.4f}", "V105")
    if isinstance(value.get("shared"), dict) and value.get("links_a") is not None:
        shared = _count(value, path, "shared", "tp")
        for key in ("links_a", "links_b"):
            if _count(value, path, key) < shared:
                raise FiguresError(pointer(*path, key), f"{value[key]} links, but {shared} shared", "V105")
        for key in ("wording_agree", "via_agree"):
            if value.get(key) is not None and _count(value, path, key) > shared:
                raise FiguresError(pointer(*path, key), f"{value[key]} agree of {shared} shared links", "V105")


def _held_to_annotated(value: dict[str, Any], path: tuple[str, ...]) -> None:
    """An agreement on an attribute: `agree` of the `annotated` units both passes gave it, of the `matched` ones,
    and its accuracy the share `agree / annotated`."""
    matched, annotated, agree = (_count(value, path, key) for key in ("matched", "annotated", "agree"))
    if not agree <= annotated <= matched:
        raise FiguresError(pointer(*path, "agree"), f"{agree} agree of {annotated} annotated of {matched} matched",
                           "V105")
    accuracy = _share(value, path, "accuracy")
    if not annotated or abs(agree / annotated - accuracy) > _ROUNDING:
        raise FiguresError(pointer(*path, "accuracy"), f"{accuracy!r}, but {agree} agree of {annotated}", "V105")
