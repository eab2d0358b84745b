"""Each format's own options: one frozen dataclass per format, whose fields are exactly the
options it honours, so that an option a format cannot honour has nowhere to go (the CLI refuses
it by name, from `HONOURS`, derived here from the fields).

conllu keeps every zone (it is lossless); conll2012 carries every mention, nested ones too, and
has no NER tags; jsonl and brat carry everything as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from vostochny.errors import UsageError
from vostochny.model.labels import MENTION_KINDS, ZONE_KINDS

SCHEMES = ("BIO", "IOBES")
NESTED = ("outermost", "innermost")
NAMES = frozenset({"name"})
BOILERPLATE = frozenset({"boilerplate"})
EVERY_KIND = frozenset(MENTION_KINDS)

#: field -> (is the value allowed, what to choose from)
_ALLOWED: dict[str, tuple[Callable[[Any], bool], Sequence[str]]] = {
    "scheme": (lambda v: v in SCHEMES, SCHEMES),
    "kinds": (lambda v: bool(v) and v <= EVERY_KIND, list(MENTION_KINDS)),  # no kind: a file without one tag
    "nested": (lambda v: v in NESTED, NESTED),
    "drop_zones": (lambda v: v <= set(ZONE_KINDS), list(ZONE_KINDS)),
}


@dataclass(frozen=True)
class FormatOptions:
    """What the options of every format share: checked values and their description in `LOSSES.json`."""

    def __post_init__(self) -> None:
        errors = [f"{f.name} {_shown(getattr(self, f.name))}, choose from {_ALLOWED[f.name][1]}"
                  for f in fields(self) if not _ALLOWED[f.name][0](getattr(self, f.name))]
        if errors:
            raise ValueError("; ".join(errors))

    def describe(self) -> dict[str, object]:
        return {f.name: _shown(getattr(self, f.name)) for f in fields(self)}


def _shown(value: object) -> object:
    return sorted(value) if isinstance(value, frozenset) else value


@dataclass(frozen=True)
class TagOptions(FormatOptions):
    """The token-tag view of a document (`common.sentence_views`): NER tags of the chosen mention
    kinds in a scheme, one of nested mentions, without the tokens of dropped zones."""

    scheme: str = "BIO"
    kinds: frozenset[str] = NAMES
    nested: str = "outermost"
    drop_zones: frozenset[str] = BOILERPLATE


@dataclass(frozen=True)
class Conll2003Options(TagOptions):
    """CoNLL-2003: every tag option."""


@dataclass(frozen=True)
class HfOptions(TagOptions):
    """Hugging Face (and croissant, which describes the same files): the tag options shape the `ner` config."""


@dataclass(frozen=True)
class ConlluOptions(FormatOptions):
    """CoNLL-U: NER tags in MISC; every zone kept."""

    scheme: str = "BIO"
    kinds: frozenset[str] = NAMES
    nested: str = "outermost"

    def tags(self) -> TagOptions:
        return TagOptions(self.scheme, self.kinds, self.nested, frozenset())


@dataclass(frozen=True)
class Conll2012Options(FormatOptions):
    """CoNLL-2012: every mention as coreference brackets; only dropped zones can be chosen."""

    drop_zones: frozenset[str] = BOILERPLATE

    def tags(self) -> TagOptions:
        return TagOptions(kinds=EVERY_KIND, drop_zones=self.drop_zones)


@dataclass(frozen=True)
class JsonlOptions(FormatOptions):
    """JSON Lines: the annotation files as they are; no options."""


@dataclass(frozen=True)
class BratOptions(FormatOptions):
    """brat: every layer brat can hold; no options."""


OPTIONS: dict[str, type[FormatOptions]] = {
    "jsonl": JsonlOptions, "conll2003": Conll2003Options, "conllu": ConlluOptions, "conll2012": Conll2012Options,
    "hf": HfOptions, "croissant": HfOptions, "brat": BratOptions,
}
#: the options each format honours: the fields of its options class.
HONOURS: dict[str, frozenset[str]] = {fmt: frozenset(f.name for f in fields(cls)) for fmt, cls in OPTIONS.items()}


def options_for(fmt: str, **given: str | None) -> FormatOptions:
    """Options of format `fmt` from command-line strings (None where not given) on top of its
    defaults; an unknown format, an option it does not honour, or a bad value raises `UsageError`.
    Case-insensitive."""
    if fmt not in OPTIONS:
        raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(OPTIONS)}")
    refused = [name for name, value in given.items() if value is not None and name not in HONOURS[fmt]]
    if refused:
        raise not_honoured(fmt, refused)
    parsed = {name: _parse(name, value) for name, value in given.items() if value is not None}
    try:
        return replace(OPTIONS[fmt](), **parsed)
    except ValueError as error:
        raise UsageError(f"export options: {error}") from error


def _parse(name: str, value: str) -> object:
    if name == "scheme":
        return value.upper()
    if name == "nested":
        return value.lower()
    return frozenset(v.strip() for v in value.lower().split(",") if v.strip())


def check_options(fmt: str, options: FormatOptions) -> None:
    """Refuse (`UsageError`) options of another format's class: their fields are not this format's."""
    expected = OPTIONS[fmt]
    if type(options) is not expected:
        foreign = sorted({f.name for f in fields(options)} - HONOURS[fmt])
        raise not_honoured(fmt, foreign) if foreign else UsageError(
            f"format {fmt} takes {expected.__name__}, not {type(options).__name__}")


def not_honoured(fmt: str, names: list[str]) -> UsageError:
    flags = ", ".join(f"--{n.replace('_', '-')}" for n in names)
    honoured = ", ".join(f"--{n.replace('_', '-')}" for n in sorted(HONOURS[fmt])) or "none"
    return UsageError(f"{flags} does not apply to format {fmt} (it honours: {honoured}); leave it out")
