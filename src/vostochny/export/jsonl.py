"""JSON Lines: one document per line in the annotation file's own shape, plus its raw text; and
`registry.jsonl`, one registry record per line (with its Wikidata link), which the documents'
`kb_id`s name."""

from __future__ import annotations

from pathlib import Path

from vostochny.export.common import Losses, TextWriter, carries
from vostochny.export.options import JsonlOptions
from vostochny.model.serializer import compact
from vostochny.reading.view import DocumentView
from vostochny.writing.writer import write_text

CARRIES = carries(
    sentences=("carried", ""), tokens=("carried", ""), zones=("carried", ""), entities=("carried", ""),
    mentions=("carried", ""), relations=("carried", ""), quotes=("carried", ""),
)


def render(view: DocumentView, number: int, options: JsonlOptions, losses: Losses) -> tuple[str, int]:
    data = view.doc.model_dump(mode="json", by_alias=True, exclude={"schema_"})
    return compact({**data, "text": view.text}) + "\n", 1


class Writer(TextWriter[JsonlOptions]):
    FILE = "documents.jsonl"
    REGISTRY_FILE = "registry.jsonl"

    def finish(self) -> list[tuple[Path, str]]:
        records = self.source.registry.model_dump(mode="json")["entities"]
        write_text(self.out / self.REGISTRY_FILE, "".join(compact(r) + "\n" for r in records))
        return [*super().finish(), (self.out / self.REGISTRY_FILE, f"{len(records)} registry records")]
