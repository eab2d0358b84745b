"""The annotations-only release (`vostochny build --without-text`): every annotation file with
its text taken out, so that the release can be published where the articles cannot.

A document keeps its `sha256` and `length`; its tokens and sentences become `[start, end]` pairs;
every other span (mentions, zones, quote content and cues) keeps its offsets and trades its
`text` for a `selector` (`selectors.select`); a string of the fields without spans that holds `WINDOW`
(40) characters of the text in a row (a headline as the metadata's `title`, a long nominal as an
entity's `name`) becomes `{"parts": [...]}`: those runs as references of the same
shape, `{"start", "end", "selector"}`, between the rest. Nothing else changes, whatever fields
the metadata has.
Before a file is written, it is searched for every 40-character window of its raw text: one found
stops the build (`LeakError`). The format is specified in docs/annotations-only.md.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vostochny.errors import UsageError
from vostochny.export import ExportResult
from vostochny.export.common import LossReport, Source, carries, record_data
from vostochny.export.options import FormatOptions
from vostochny.export.stream import Rendered
from vostochny.hydration.selectors import LIMIT, select
from vostochny.model.serializer import dumps, to_json
from vostochny.reading import loader
from vostochny.reading.corpus import AGREEMENT_FILE, QUOTE_LINKS_FILE, RELEASE_FILE, RELEASE_FOLDER
from vostochny.reading.layers import SPAN_LAYERS
from vostochny.reading.view import DocumentView
from vostochny.writing.writer import write_text

#: the release's folder of annotation files, and the key (with the format's version) that marks one
FOLDER, KEY, VERSION = "textless", "annotations_only", "1.0"
#: the length of the windows of raw text that no output file may hold
WINDOW = 40
CARRIES = carries(
    sentences=("partial", "offsets only; the text is left out"),
    tokens=("partial", "offsets only; the text is left out"),
    zones=("partial", "offsets and selectors; the text is left out"),
    entities=("carried", ""), mentions=("partial", "offsets and selectors; the text is left out"),
    relations=("carried", ""), quotes=("partial", "offsets and selectors of content and cue; the text is left out"),
)
_SPAN_FIELDS = frozenset({"tokens", *(layer.name for layer in SPAN_LAYERS)})
#: the formats an annotations-only release does not write, and why
NOT_WRITTEN = {
    "jsonl": "one document per line with its raw text; its annotation shape is in textless/",
    "conll2003": "a column of word forms is the text",
    "conllu": "the FORM column and the # text comments are the text",
    "conll2012": "a column of word forms is the text",
    "hf": "its configs hold tokens and span texts; the annotation layers are in textless/",
    "brat": "a .ann file carries each span's text, and a brat project needs the .txt",
}


#: the corpus files an annotations-only release does not carry, and why
FILES_LEFT_OUT = {
    RELEASE_FILE: "the record of the last release (for `vostochny check-version` in the repository) hashes each "
                  "token with its offsets: a dictionary would give the text back word by word",
    RELEASE_FOLDER: "each released document's records (the release record's, as above)",
}


class LeakError(UsageError):
    """A file of an annotations-only release would hold raw text (the build writes nothing, exit
    2). A check of the result, independent of how `strip` made it."""


def strip(view: DocumentView) -> dict[str, Any]:
    """The annotation file of `view` without its text (see the module's docstring)."""
    text, doc = view.text or "", view.doc
    data: dict[str, Any] = {KEY: VERSION, **record_data(doc)}  # a model or the validator's mirror
    data["tokens"] = [[start, end] for start, end, _ in doc.tokens]
    data["sentences"] = [[s.start, s.end] for s in doc.sentences]
    for path, span in view.spans:
        if path[0] == "sentences":
            continue
        parent: Any = data
        for step in path[:-1]:
            parent = parent[step]
        record = {k: v for k, v in parent[path[-1]].items() if k != "text"}
        parent[path[-1]] = {**record, "selector": select(span.text).data()}
    for key in plain_fields(data):
        data[key] = _references(data[key], text)
    leak = _leak(text, _strings(data))
    if leak:
        raise LeakError(f"document {doc.id}: the annotations-only release would hold its text ({leak!r})")
    return data


def plain_fields(data: dict[str, Any]) -> list[str]:
    """The fields of a document that hold no spans (metadata, entities, relations): where a
    string taken from the text becomes a reference."""
    return [key for key in data if key not in _SPAN_FIELDS]


def _references(value: Any, text: str, document: str | None = None) -> Any:
    """`value` with each string that holds `WINDOW` characters of `text` in a row as its parts
    (`_parts`); the string parts of a value in parts already are split further (the registry is
    split against each document's text in turn, its references name their `document`)."""
    if isinstance(value, dict) and "parts" in value:
        parts = [q for p in value["parts"] for q in (_parts(p, text, document) if isinstance(p, str) else [p])]
        return {"parts": parts}
    if isinstance(value, dict):
        return {k: _references(v, text, document) for k, v in value.items()}
    if isinstance(value, list):
        return [_references(v, text, document) for v in value]
    if isinstance(value, str):
        parts = _parts(value, text, document)
        return value if all(isinstance(p, str) for p in parts) else {"parts": parts}
    return value


def _parts(value: str, text: str, document: str | None) -> list[Any]:
    """`value` in parts: each longest run of `WINDOW` or more characters found in `text` as a
    reference `{"start", "end", "selector"}` (and `"document"`, if given), the rest as strings
    (which then hold no such run of `text`)."""
    parts: list[Any] = []
    i = 0
    while i < len(value):
        end = i + WINDOW
        if end > len(value) or value[i:end] not in text:
            if parts and isinstance(parts[-1], str):
                parts[-1] += value[i]
            else:
                parts.append(value[i])
            i += 1
            continue
        while end < len(value) and value[i:end + 1] in text:
            end += 1
        start = text.index(value[i:end])
        where = {"document": document} if document else {}
        parts.append({**where, "start": start, "end": start + end - i, "selector": select(value[i:end]).data()})
        i = end
    return parts


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, str):
        yield value


def _leak(text: str, strings: Iterator[str]) -> str | None:
    """The first `WINDOW` characters of `text` found in one of `strings`, if any."""
    windows = {text[i:i + WINDOW] for i in range(len(text) - WINDOW + 1)}
    for s in strings:
        for i in range(len(s) - WINDOW + 1):
            if s[i:i + WINDOW] in windows:
                return s[i:i + WINDOW]
    return None


def render(view: DocumentView, number: int) -> Rendered:
    """One document's annotation file without its text, and the text, which the writer needs to
    take it out of the registry (a renderer of `export.stream`)."""
    return (view.doc.id, dumps(strip(view)), view.text or ""), []


class Writer:
    """Writes `textless/`: each document's file as it comes, then the registry (its names and
    aliases without the runs of text they share with a document, see `_references`), the
    splits, the agreement figures and the `LOSSES.json`."""

    def __init__(self, out: Path, source: Source) -> None:
        self.out, self.source = out, source
        self.report = LossReport(out, "textless", FormatOptions(), CARRIES)
        self.documents = 0
        self.registry: dict[str, Any] = source.registry.model_dump(mode="json", by_alias=True)
        links = source.quote_links  # optional; no spans, so it passes through as the registry does, but for the
        # quote's content each end records (V340), which hydration takes from the quote as hydrated
        ends = {"a": {"text"}, "b": {"text"}}
        self.links: dict[str, Any] | None = links.model_dump(
            mode="json", by_alias=True, exclude={"links": {"__all__": ends}}) if links else None

    def add(self, part: tuple[str, str, str]) -> None:
        doc_id, content, text = part
        write_text(self.out / f"{doc_id}.json", content, durable=False)
        self.documents += 1
        self.registry["entities"] = _references(self.registry["entities"], text, doc_id)
        if self.links is not None:  # a note may quote a text at length
            self.links["links"] = _references(self.links["links"], text, doc_id)

    def finish(self) -> ExportResult:
        files = [(self.out, f"{self.documents} annotation files without text")]
        registry = {k: v for k, v in self.registry.items() if k != "$schema" or v is not None}
        written = [("entities.json", dumps(registry), "runs of text as references"),
                   ("splits.json", to_json(self.source.splits), "as in the corpus")]
        if self.links is not None:
            links = {k: v for k, v in self.links.items() if k != "$schema" or v is not None}
            written.append((QUOTE_LINKS_FILE, dumps(links), "runs of text as references"))
        for name, content, note in written:
            write_text(self.out / name, content, durable=False)
            files.append((self.out / name, note))
        figures = loader.read_figures(self.source.root / "annotations" / AGREEMENT_FILE)
        if figures is not None:
            write_text(self.out / AGREEMENT_FILE, json.dumps(figures, indent=2) + "\n", durable=False)
            files.append((self.out / AGREEMENT_FILE, "as in the corpus"))
        files.append((self.report.close(), "0 items not carried"))
        return ExportResult("textless", files, self.report)


def readme(documents: int) -> str:
    """The release's README: what it holds, what it does not, and how to get the texts back."""
    missing = "\n".join(f"- `{fmt}`: {why}" for fmt, why in NOT_WRITTEN.items())
    files = "\n".join(f"- `annotations/{name}`: {why}" for name, why in FILES_LEFT_OUT.items())
    return f"""# vostochny: annotations only

This release holds the annotations of {documents} documents without their texts: offsets, and for
each span a selector (at most {LIMIT} characters of its text at each end, its length and SHA-256
hashes of its text), and each document's SHA-256 and length. The articles belong to their
publishers; get your own copies, name them `<document id>.txt`, and rebuild the full corpus:

    vostochny hydrate RELEASE --texts TEXTS --out CORPUS

Where a text's SHA-256 matches, the corpus is the original byte for byte; where it differs
(quotes, spaces, line ends, a fixed typo, an extra paragraph) each span is found again by its
selector, and what cannot be found is reported and left out. Format: docs/annotations-only.md.

`{FOLDER}/` holds one annotation file per document, `entities.json`, `splits.json`, and
`{QUOTE_LINKS_FILE}` where the corpus links quotes across documents.
Formats not written, because they cannot exist without the text:

{missing}

Files of the corpus not carried:

{files}
"""
