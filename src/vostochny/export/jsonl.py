"""JSON Lines: one document per line in the annotation file's own shape, plus its raw text."""

from __future__ import annotations

from ..serializer import compact
from ..view import DocumentView
from .common import Losses, TextWriter, carries
from .options import JsonlOptions

CARRIES = carries(
    sentences=("carried", ""), tokens=("carried", ""), zones=("carried", ""), entities=("carried", ""),
    mentions=("carried", ""), relations=("carried", ""), quotes=("carried", ""),
)


def render(view: DocumentView, number: int, options: JsonlOptions, losses: Losses) -> tuple[str, int]:
    data = view.doc.model_dump(mode="json", by_alias=True, exclude={"schema_"})
    return compact({**data, "text": view.text}) + "\n", 1


class Writer(TextWriter[JsonlOptions]):
    FILE = "documents.jsonl"
