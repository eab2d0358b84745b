"""JSON Lines: one document per line in the annotation file's own shape, plus its raw text (every
attribute, `factuality` and `attribution` too, null where not annotated); `registry.jsonl`, one
registry record per line (with its Wikidata link), which the documents' `kb_id`s name; and, where the
corpus has quote links, `quote_links.jsonl`, one link per line in the links file's own shape. A line less its
`text` is valid against the published `schema/v1/document.schema.json` (which allows no other key); a registry line
is an item of `registry.schema.json`'s `entities`."""

from __future__ import annotations

from pathlib import Path

import msgspec

from vostochny.export.common import Losses, TextWriter, carries, record_json
from vostochny.export.options import JsonlOptions
from vostochny.model.models import Document
from vostochny.model.serializer import compact
from vostochny.reading.layers import ATTRIBUTE_NAMES
from vostochny.reading.view import DocumentView
from vostochny.writing.writer import write_text

CARRIES = carries(
    sentences=("carried", ""), tokens=("carried", ""), zones=("carried", ""), entities=("carried", ""),
    mentions=("carried", ""), relations=("carried", ""), quotes=("carried", ""),
    quote_links=("carried", "quote_links.jsonl, one link a line (no file where the corpus has no links file)"),
    attributes=dict.fromkeys(ATTRIBUTE_NAMES, ("carried", "")),
)


def render(view: DocumentView, number: int, options: JsonlOptions, losses: Losses) -> tuple[str, int]:
    return document_line(view.doc, view.text) + "\n", 1


def document_line(doc: Document, text: str | None) -> str:
    """`compact({**record_data(doc, {"schema_"}), "text": text})` at a fourth of its cost: `msgspec`
    writes the JSON and spaces it as `json.dumps` does (`format`, `indent=0`). The same text: both
    escape the same characters alike and keep the others (`tests/test_build.py` tries every one), and
    a document holds no float (which they would spell differently)."""
    body = record_json(doc, frozenset({"schema_"}))
    return msgspec.json.format(body[:-1] + b',"text":' + msgspec.json.encode(text) + b"}", indent=0).decode()


class Writer(TextWriter[JsonlOptions]):
    FILE = "documents.jsonl"
    REGISTRY_FILE = "registry.jsonl"
    LINKS_FILE = "quote_links.jsonl"

    def finish(self) -> list[tuple[Path, str]]:
        records = self.source.registry.model_dump(mode="json")["entities"]
        write_text(self.out / self.REGISTRY_FILE, "".join(compact(r) + "\n" for r in records))
        written = [*super().finish(), (self.out / self.REGISTRY_FILE, f"{len(records)} registry records")]
        if self.source.quote_links is not None:
            links = self.source.quote_links.model_dump(mode="json")["links"]
            write_text(self.out / self.LINKS_FILE, "".join(compact(link) + "\n" for link in links))
            written.append((self.out / self.LINKS_FILE, f"{len(links)} quote links"))
        return written
