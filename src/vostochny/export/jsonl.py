"""JSON Lines: one document per line in the annotation file's own shape, plus its raw text."""

from __future__ import annotations

from vostochny.export.common import Losses, TextWriter, carries
from vostochny.export.options import JsonlOptions
from vostochny.model.serializer import compact
from vostochny.reading.view import DocumentView

CARRIES = carries(
    sentences=("carried", ""), tokens=("carried", ""), zones=("carried", ""), entities=("carried", ""),
    mentions=("carried", ""), relations=("carried", ""), quotes=("carried", ""),
)


def render(view: DocumentView, number: int, options: JsonlOptions, losses: Losses) -> tuple[str, int]:
    data = view.doc.model_dump(mode="json", by_alias=True, exclude={"schema_"})
    return compact({**data, "text": view.text}) + "\n", 1


class Writer(TextWriter[JsonlOptions]):
    FILE = "documents.jsonl"
