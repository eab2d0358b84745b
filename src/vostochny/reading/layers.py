"""The layers of a document, their span fields and their references: derived from the models,
here and nowhere else.

A layer is a list field of `Document`. Its span fields are found from the types (an item that is
a `Span`, or a field typed `Span`, `Optional[Span]` or `list[Span]`); its references are the
fields marked `Annotated[..., RefersTo("layer")]` in the models; its attributes are its other
fields (labels and values: a relation's `type` and `factuality`, a quote's `kind` and `attribution`).
The corpus-level layer of quote links (`annotations/quote_links.json`) is described the same way.
Adding a layer or an attribute to the models adds it here; a test then fails until every exporter
declares what it does with it.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from typing import Any, get_args, get_origin

from pydantic import BaseModel

from vostochny.model.models import Document, QuoteLink, QuoteRef, RefersTo, Span


@dataclass(frozen=True)
class Layer:
    """One layer: its `Document` field, item model, span fields ("" = the item is a span),
    references (field -> the layer, or "registry", whose ids it holds) and attributes (the fields
    that are neither its id, nor spans, nor references to another layer: `kb_id`, which names a
    registry record, is an attribute)."""

    name: str
    item: Any
    span_fields: tuple[str, ...]
    references: dict[str, str]
    attributes: tuple[str, ...] = ()

    @property
    def has_spans(self) -> bool:
        return bool(self.span_fields)


def _item_type(annotation: Any) -> Any:
    args = get_args(annotation)
    return args[0] if get_origin(annotation) is list and args else None


def _is_span(annotation: Any) -> bool:
    """A field that holds spans: `Span`, `Optional[Span]`, or `list[Span]`."""
    if isinstance(annotation, type) and issubclass(annotation, Span):
        return True
    if get_origin(annotation) in (list, typing.Union, types.UnionType):
        return any(_is_span(arg) for arg in get_args(annotation) if arg is not type(None))
    return False


def _describe(name: str, item: Any) -> Layer:
    if not (isinstance(item, type) and issubclass(item, BaseModel)):  # tokens: [start, end, text] tuples
        return Layer(name, item, ("",), {})
    fields = item.model_fields
    spans = ("",) if issubclass(item, Span) else tuple(f for f, info in fields.items() if _is_span(info.annotation))
    refs = {f: m.layer for f, info in fields.items() for m in info.metadata if isinstance(m, RefersTo)}
    refs |= {f: "quotes" for f, info in fields.items() if info.annotation is QuoteRef}  # a quote link's two ends
    own = set(Span.model_fields) if issubclass(item, Span) else set()
    attributes = tuple(f for f, info in fields.items() if f != "id" and f not in own and f not in spans
                       and refs.get(f, "registry") == "registry")
    return Layer(name, item, spans, refs, attributes)


LAYERS: tuple[Layer, ...] = tuple(
    _describe(name, _item_type(info.annotation))
    for name, info in Document.model_fields.items() if _item_type(info.annotation) is not None
)
LAYER_NAMES: tuple[str, ...] = tuple(layer.name for layer in LAYERS)
#: layers of the corpus as a whole, each a file of `annotations/` (optional: absent, the layer is empty)
CORPUS_LAYERS: tuple[Layer, ...] = (_describe("quote_links", QuoteLink),)
CORPUS_LAYER_NAMES: tuple[str, ...] = tuple(layer.name for layer in CORPUS_LAYERS)
#: every attribute of every layer, `<layer>.<field>`: what an exporter declares beside the layers
ATTRIBUTE_NAMES: tuple[str, ...] = tuple(f"{layer.name}.{field}" for layer in (*LAYERS, *CORPUS_LAYERS)
                                         for field in layer.attributes)
#: layers whose spans are checked against the raw text as `Span` records (tokens are columns)
SPAN_LAYERS: tuple[Layer, ...] = tuple(layer for layer in LAYERS if layer.has_spans and layer.name != "tokens")
#: layers that predictions take from the gold document (the tokenization is the benchmark's)
GIVEN_LAYERS = ("sentences", "tokens")
#: layers a prediction may carry (`vostochny evaluate`); a layer it leaves out is not scored
PREDICTED_LAYERS: tuple[str, ...] = tuple(name for name in LAYER_NAMES if name not in GIVEN_LAYERS)
