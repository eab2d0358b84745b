"""What every exporter shares: the options that change meaning, the loss report, and the
sentence view of a document (tokens kept after the zone filter, with their NER tags)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal
from pathlib import Path

from ..labels import ENTITY_TYPES, MENTION_KINDS, ZONE_KINDS
from ..models import Document, Mention, Registry, Splits
from ..view import DocumentView

SCHEMES = ("BIO", "IOBES")
NESTED = ("outermost", "innermost")


@dataclass(frozen=True)
class ExportOptions:
    """Choices that change what an export means; each has a documented default."""

    scheme: str = "BIO"
    kinds: frozenset[str] = frozenset({"name"})
    nested: str = "outermost"
    drop_zones: frozenset[str] = frozenset({"boilerplate"})

    def __post_init__(self) -> None:
        bad = [(self.scheme not in SCHEMES, f"scheme {self.scheme!r}, choose {SCHEMES}"),
               (not self.kinds <= set(MENTION_KINDS), f"kinds {sorted(self.kinds)}, choose from {list(MENTION_KINDS)}"),
               (self.nested not in NESTED, f"nested {self.nested!r}, choose {NESTED}"),
               (not self.drop_zones <= set(ZONE_KINDS), f"zones {sorted(self.drop_zones)}, choose from {list(ZONE_KINDS)}")]
        errors = [message for wrong, message in bad if wrong]
        if errors:
            raise ValueError("; ".join(errors))

    def describe(self) -> dict[str, object]:
        return {"scheme": self.scheme, "kinds": sorted(self.kinds), "nested": self.nested,
                "drop_zones": sorted(self.drop_zones)}


@dataclass
class Source:
    """What an exporter reads: the validated documents (with raw text), the splits and the registry."""

    items: list[DocumentView]
    splits: Splits
    registry: Registry


Carry = Literal["carried", "partial", "lost"]


@dataclass(frozen=True)
class Carries:
    """What a format does with one layer (`vostochny.layers`): carries it, carries it in part, or
    loses it, and how. Every exporter declares this for every layer in `CARRIES`; a test fails
    when a layer has no declaration, and `LOSSES.json` repeats it under `layers`."""

    how: Carry
    note: str = ""


def carries(**declared: tuple[Carry, str]) -> dict[str, Carries]:
    """An exporter's declaration, one keyword per layer: `mentions=("partial", "names as tags")`."""
    return {layer: Carries(how, note) for layer, (how, note) in declared.items()}


@dataclass
class Losses:
    """What a format could not carry, item by item (`LOSSES.json`); nothing is dropped silently."""

    format: str
    options: dict[str, object]
    items: list[dict[str, object]] = field(default_factory=list)
    layers: dict[str, Carries] = field(default_factory=dict)

    def add(self, what: str, doc: str, item: str, detail: str) -> None:
        self.items.append({"what": what, "document": doc, "id": item, "detail": detail})

    def add_layer(self, what: str, doc: Document, layer: str, detail: str) -> None:
        """The whole layer `layer` of `doc` is not carried: one item per record."""
        for record in getattr(doc, layer):
            self.add(what, doc.id, record.id, detail)

    def summary(self) -> dict[str, int]:
        return dict(sorted(Counter(str(i["what"]) for i in self.items).items()))

    def to_json(self) -> str:
        layers = {name: {"how": c.how, "note": c.note} for name, c in self.layers.items()}
        return json.dumps({"format": self.format, "options": self.options, "layers": layers, "summary": self.summary(),
                           "items": self.items}, ensure_ascii=False, indent=1) + "\n"


def tag_names(scheme: str) -> list[str]:
    """The closed tag set: `O` then the prefixes of the scheme for every entity type."""
    prefixes = "BI" if scheme == "BIO" else "BIES"
    return ["O"] + [f"{p}-{t}" for t in ENTITY_TYPES for p in prefixes]


@dataclass
class SentenceView:
    """A sentence's kept tokens (indices into `doc.tokens`) and their NER tags."""

    index: int
    tokens: list[int]
    tags: list[str]
    zone: str


def _flatten(spans: list[tuple[int, int, Mention]], nested: str) -> tuple[list, list]:
    """Keep non-overlapping spans: the outermost (or innermost) of each nest; return (kept, dropped)."""
    if nested == "outermost":
        order = sorted(spans, key=lambda s: (s[0], -(s[1] - s[0])))
    else:
        order = sorted(spans, key=lambda s: (s[1] - s[0], s[0]))
    kept: list[tuple[int, int, Mention]] = []
    dropped = []
    for span in order:
        if any(span[0] < k[1] and k[0] < span[1] for k in kept):
            dropped.append(span)
        else:
            kept.append(span)
    return sorted(kept, key=lambda s: s[0]), dropped


def _tags(n: int, spans: list[tuple[int, int, str]], scheme: str) -> list[str]:
    tags = ["O"] * n
    for first, end, etype in spans:
        for i in range(first, end):
            tags[i] = f"I-{etype}"
        tags[first] = f"B-{etype}"
        if scheme == "IOBES":
            if end - first == 1:
                tags[first] = f"S-{etype}"
            else:
                tags[end - 1] = f"E-{etype}"
    return tags


def sentence_views(view: DocumentView, options: ExportOptions, losses: Losses) -> list[SentenceView]:
    """The sentences of a document after the zone filter, with NER tags of the chosen mention kinds."""
    doc, zones, sent_of = view.doc, view.zone_of_token, view.sentence_of_token
    by_sentence: dict[int, list[tuple[int, int, Mention]]] = {}
    for m in doc.mentions:
        first, end = view.token_range(m.start, m.end)
        if m.kind not in options.kinds:
            continue
        if any(zones[i] in options.drop_zones for i in range(first, end)):
            losses.add("mention-in-dropped-zone", doc.id, m.id, f"{m.text!r} is in a dropped zone")
        elif sent_of[first] != sent_of[end - 1]:
            losses.add("mention-across-sentences", doc.id, m.id, f"{m.text!r} crosses a sentence boundary")
        else:
            by_sentence.setdefault(sent_of[first], []).append((first, end, m))
    views = []
    for index, sentence in enumerate(doc.sentences):
        first, end = view.token_range(sentence.start, sentence.end)
        kept_tokens = [i for i in range(first, end) if zones[i] not in options.drop_zones]
        if not kept_tokens:
            continue
        kept, dropped = _flatten(by_sentence.get(index, []), options.nested)
        for _, _, m in dropped:
            losses.add(f"nested-mention-dropped ({options.nested} kept)", doc.id, m.id, f"{m.text!r}")
        position = {tok: pos for pos, tok in enumerate(kept_tokens)}
        local = [(position[f], position[e - 1] + 1, view.entities[m.entity].type) for f, e, m in kept]
        views.append(SentenceView(index, kept_tokens, _tags(len(kept_tokens), local, options.scheme), zones[first]))
    return views


def write_losses(out: Path, losses: Losses) -> Path:
    """Write `LOSSES.json` beside the export."""
    from ..writer import write_text

    path = out / "LOSSES.json"
    write_text(path, losses.to_json())
    return path
