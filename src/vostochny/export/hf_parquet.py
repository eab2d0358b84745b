"""Hugging Face: Parquet files per config and split, and the dataset card (`README.md`).

`datasets.load_dataset(OUT, CONFIG)` reads the folder offline through the card's `configs`,
with the same rows and features as `vostochny.load(CONFIG)`. Written as the documents come: each
document's rows become an Arrow struct array per config in `render` (which a worker process can
run), buffered per config and split and written as a row group once they reach `ROW_GROUP_BYTES`,
by a `pyarrow.parquet.ParquetWriter` with the features' Arrow schema (ClassLabel names are in its
metadata), so memory does not grow with the corpus. A split without rows gets no file, and the
card does not name it (`datasets` fails on a card that names a missing file). The `quote_links`
config is written at the end, from the `quotes` rows of the linked quotes kept as they pass (only
those); a corpus without a links file has no such config.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vostochny.errors import VostochnyError
from vostochny.export.card import (
    LICENSE_FILE,
    CardFacts,
    DocumentFacts,
    SplitFile,
    dataset_card,
    document_facts,
    licence_file,
)
from vostochny.export.card_structure import example_record
from vostochny.export.common import Losses, Source, carries
from vostochny.export.common import Writer as FormatWriter
from vostochny.export.hf_rows import (
    CONFIGS,
    DOCUMENT_CONFIGS,
    ROWS,
    arrow_rows,
    config_splits,
    features,
    link_split,
    ner_rows,
    quote_link_rows,
    registry_rows,
    struct_table,
)
from vostochny.export.options import HfOptions
from vostochny.model.labels import SPLIT_NAMES
from vostochny.reading.layers import ATTRIBUTE_NAMES
from vostochny.reading.view import DocumentView
from vostochny.writing.writer import write_text

CARRIES = carries(
    sentences=("carried", "documents config"),
    tokens=("carried", "documents config; ner config forms and tags"),
    zones=("carried", "documents config; ner rows name their zone"),
    entities=("carried", "documents and coref configs; registry config: the linked records and their Wikidata QIDs "
              "(not the QIDs' sources nor the records' misspellings: the JSONL export's registry.jsonl keeps them)"),
    mentions=("carried", "documents and coref configs; ner tags for --kinds"),
    relations=("carried", "relations config"),
    quotes=("carried", "quotes config"),
    quote_links=("carried", "quote_links config: both quotes' documents, ids, splits, texts and speakers; "
                 "no config where the corpus has no links file"),
    attributes={**dict.fromkeys(ATTRIBUTE_NAMES, ("carried", "")),
                "relations.factuality": ("carried", "documents and relations configs (null: not annotated)"),
                "quotes.attribution": ("carried", "documents and quotes configs (null: not annotated)"),
                "quote_links.via": ("carried", "via_name and via_kb_id, one item per channel")},
)
#: Arrow bytes of a config's rows buffered before they are written as one row group
ROW_GROUP_BYTES = 4 << 20


class DocumentRows(dict[str, Any]):
    """A document's rows of each config, as Arrow struct arrays (`arrow_rows`). Pickled (from a worker process
    of `build --jobs`) as one Arrow IPC stream per config: a fifth of the cost of pickling Arrow arrays of
    nested types, on both sides; the arrays read back are equal, with the same `nbytes`."""

    def __reduce__(self) -> tuple[Any, ...]:
        import pyarrow as pa

        streams = {}
        for config, rows in self.items():
            batch = pa.RecordBatch.from_struct_array(rows)
            sink = pa.BufferOutputStream()
            with pa.ipc.new_stream(sink, batch.schema) as stream:
                stream.write_batch(batch)
            streams[config] = sink.getvalue()
        return _read_rows, (streams,)


def _read_rows(streams: dict[str, Any]) -> DocumentRows:
    import pyarrow as pa

    return DocumentRows({config: pa.ipc.open_stream(data).read_next_batch().to_struct_array()
                         for config, data in streams.items()})


Part = tuple[DocumentRows, DocumentFacts]


def data_path(config: str, split: str) -> str:
    return f"data/{config}/{split}.parquet"


def render(view: DocumentView, number: int, options: HfOptions, losses: Losses) -> Part:
    """The document's rows of every config as Arrow struct arrays (`arrow_rows`), and its facts for the
    card. The `documents` config is lossless; only the `ner` config flattens (its losses are listed)."""
    tables = DocumentRows({config: arrow_rows(config, ner_rows(view, options, losses) if config == "ner"
                                              else ROWS[config](view, options), options)
                           for config in DOCUMENT_CONFIGS})
    for m in view.doc.mentions:
        if m.kind not in options.kinds:
            losses.add(f"ner-config-mention-kind-not-tagged ({m.kind})", view.doc.id, m.id, repr(m.text))
    return tables, document_facts(view)


def _statistics(schema: Any) -> list[str] | bool:
    """The columns whose row groups carry min/max statistics: the top-level values (a document's `id`, its
    `language`), by which a reader skips row groups. Those of the values inside lists (every token's start, a
    mention's text) select nothing, and the writer keeps each row group's until the file is closed: 8 KB a row
    group of the `documents` config, some 5 MB of the build's memory at 20 000 documents (590 row groups)."""
    import pyarrow as pa

    return [f.name for f in schema if not pa.types.is_nested(f.type)] or False


class ParquetFile:
    """One config's split, written by row groups; the file is made with its first rows. It takes
    each document's rows as a struct array (`arrow_rows`); a row group's documents are joined into one
    array first (written as one chunk per document, the same rows cost Parquet's writer a third more)."""

    def __init__(self, out: Path, config: str, split: str, schema: Any) -> None:
        self.figures = SplitFile(data_path(config, split), 0, 0)
        self.path, self.schema = out / self.figures.path, schema
        self._buffer: list[Any] = []
        self._buffered = 0
        self._writer: Any = None

    def add(self, rows: Any) -> None:
        if len(rows):
            nbytes = rows.nbytes  # the table's of these rows (no row is null), at a third of the cost
            self._buffer.append(rows)
            self._buffered += nbytes
            example = self.figures.example or example_record(rows)
            self.figures = SplitFile(self.figures.path, self.figures.rows + len(rows), self.figures.nbytes + nbytes,
                                     example)
            if self._buffered >= ROW_GROUP_BYTES:
                self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._buffer:
            if self._writer is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._writer = pq.ParquetWriter(self.path, self.schema, write_statistics=_statistics(self.schema))
            self._writer.write_table(struct_table(pa.concat_arrays(self._buffer), self.schema))
            self._buffer, self._buffered = [], 0

    def abandon(self) -> None:
        """Close the file, unfinished (its folder is being discarded)."""
        if self._writer is not None:
            self._writer.close()

    def close(self) -> bool:
        """Write what is left; whether the file has rows (and so exists)."""
        self._flush()
        if self._writer is not None:
            self._writer.close()
        return self.figures.rows > 0


class Writer(FormatWriter[HfOptions, Part]):
    """Rows to their config's split file as each document comes; the card at the end."""

    def __init__(self, out: Path, options: HfOptions, source: Source) -> None:
        import datasets

        datasets.disable_progress_bars()
        super().__init__(out, options, source)
        self.split_of = {doc: split for split in SPLIT_NAMES for doc in getattr(source.splits, split)}
        self.features = {config: features(config, options) for config in CONFIGS}
        self.files = {(config, split): ParquetFile(out, config, split, self.features[config].arrow_schema)
                      for config in CONFIGS for split in config_splits(config)}
        links = source.quote_links.links if source.quote_links else []
        #: the `quotes` row of each linked quote, by (document, quote id), filled as the documents pass
        self.linked_quotes: dict[tuple[str, str], dict[str, Any] | None] = {
            (ref.document, ref.quote): None for link in links for ref in (link.a, link.b)}
        self.facts = CardFacts()
        self.linked: dict[str, set[str]] = {split: set() for split in SPLIT_NAMES}  # kb_ids each split's documents use

    def add(self, part: Part) -> None:
        tables, facts = part
        split = self.split_of.get(facts.id)
        if split is None:  # in no split: validation refuses such a corpus (V304)
            return
        for config, rows in tables.items():
            self.files[config, split].add(rows)
        quotes = tables["quotes"]
        if self.linked_quotes and len(quotes):
            for quote, text, speaker in zip(*(quotes.field(name).to_pylist() for name in
                                              ("id", "content_text", "speaker_name")), strict=True):
                key = (facts.id, quote.split("#", 1)[1])
                if key in self.linked_quotes:
                    self.linked_quotes[key] = {"content_text": text, "speaker_name": speaker}
        self.linked[split] |= facts.kb_ids
        self.facts.add(split, facts)

    def configs(self) -> dict[str, tuple[Any, dict[str, SplitFile]]]:
        """Each config with rows: its features and its files that have rows (call after `finish`)."""
        found: dict[str, tuple[Any, dict[str, SplitFile]]] = {}
        for (config, split), f in self.files.items():
            if f.figures.rows:
                found.setdefault(config, (self.features[config], {}))[1][split] = f.figures
        return found

    def _add_quote_links(self) -> None:
        """The `quote_links` rows, each in the split of its documents or `cross_split`."""
        links = self.source.quote_links.links if self.source.quote_links else []
        missing = [f"{d}#{q}" for (d, q), row in self.linked_quotes.items() if row is None]
        if missing:  # the validator refuses such a links file; this is the export's own guard
            raise VostochnyError(f"quote links name quotes the corpus does not have: {', '.join(missing)}")
        quotes = {key: row for key, row in self.linked_quotes.items() if row is not None}
        by_split: dict[str, list[Any]] = {}
        for link in links:
            by_split.setdefault(link_split(link, self.split_of), []).append(link)
        for split, members in by_split.items():
            self.files["quote_links", split].add(arrow_rows("quote_links", quote_link_rows(members, self.split_of,
                                                                                           quotes)))

    def abandon(self) -> None:
        for f in self.files.values():
            f.abandon()

    def finish(self) -> list[tuple[Path, str]]:
        for link in self.source.quote_links.links if self.source.quote_links else []:
            channels = {via.kb_id for via in link.via if via.kb_id is not None}
            for end in (link.a, link.b):  # a channel's record joins the split of each report, as an entity's does
                if end.document in self.split_of:
                    self.linked[self.split_of[end.document]] |= channels
        for split, kb_ids in self.linked.items():
            self.files["registry", split].add(arrow_rows("registry", registry_rows(self.source.registry, kb_ids)))
        self._add_quote_links()
        written = [(f.path, f"{f.figures.rows} rows") for f in self.files.values() if f.close()]
        card, licence = self.out / "README.md", self.out / LICENSE_FILE
        write_text(card, dataset_card(self.source, self.facts, self.configs(), self.options, self.out))
        write_text(licence, licence_file(self.facts))  # the card's license_link
        return [*written, (card, "dataset card"), (licence, "licence of each part")]
