"""JSON Lines: one document per line in the annotation file's own shape, plus its raw text."""

from __future__ import annotations

from pathlib import Path

from ..serializer import compact
from ..writer import write_text
from .common import ExportOptions, Losses, Source, carries

CARRIES = carries(
    sentences=("carried", ""), tokens=("carried", ""), zones=("carried", ""), entities=("carried", ""),
    mentions=("carried", ""), relations=("carried", ""), quotes=("carried", ""),
)


def write(source: Source, out: Path, options: ExportOptions, losses: Losses) -> list[tuple[Path, str]]:
    items = source.items
    lines = []
    for item in items:
        data = item.doc.model_dump(mode="json", by_alias=True, exclude={"schema_"})
        lines.append(compact({**data, "text": item.text}))
    path = out / "documents.jsonl"
    write_text(path, "\n".join(lines) + "\n")
    return [(path, f"{len(lines)} documents")]
