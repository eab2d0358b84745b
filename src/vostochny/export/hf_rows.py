"""The Hugging Face view of the corpus: one `Features` and one row builder per config.

Configs: `documents` (full nested annotation), `ner` (one row per sentence), `quotes`,
`relations`, `coref` (clusters per document), `registry` (the registry records that a split's
documents link to, with their Wikidata QIDs: the join from a `kb_id` to a knowledge base), and
`quote_links` (one row per link of `annotations/quote_links.json`: two quotes of different documents
that report one utterance). A link may join documents of two splits: its rows are in the split of
its documents when they share one, else in `cross_split` (`LINK_SPLITS`), so that a split's rows
never name a document of another split unless the split's name says so.
`vostochny.load()` (`dataset.py`) and the Parquet export build their rows with the same functions and
turn them into Arrow with `arrow_rows`, so both give the same rows
and features; rows of a split are in corpus (id) order, the order the export streams them in.
A row is a tuple (`Row`), not a dict: Arrow reads tuples into its structs at a fraction of the cost.
Imports `datasets` (about a second); nothing on the validation path imports this module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from itertools import repeat
from typing import TYPE_CHECKING, Any

from vostochny.export.common import Losses, sentence_views, tag_names
from vostochny.export.options import HfOptions
from vostochny.model.labels import (
    ATTRIBUTION_TYPES,
    ENTITY_TYPES,
    FACTUALITY,
    MENTION_KINDS,
    QUOTE_KINDS,
    QUOTE_LINK_WORDINGS,
    RELATION_TYPES,
    SPLIT_NAMES,
    WIKIDATA_STATUSES,
    ZONE_KINDS,
)
from vostochny.model.models import Quote, QuoteLink, Registry, Rights, Span, Tokenizer, WikidataVerified
from vostochny.reading.view import DocumentView

if TYPE_CHECKING:  # `datasets` and `pyarrow` cost about a second to import: only where they are used
    import pyarrow as pa
    from datasets import ClassLabel, Features, Value

#: the fields of a document's rights, each a `rights_<field>` column of the documents config
RIGHTS_FIELDS = tuple(Rights.model_fields)
#: the fields of the tokenizer record, each a `tokenizer_<field>` column (flat, as the rights: Croissant's record
#: sets describe flat columns only)
TOKENIZER_FIELDS = tuple(Tokenizer.model_fields)
#: the configs made document by document; `registry` is made per split from the records its documents link to
DOCUMENT_CONFIGS = ("documents", "ner", "quotes", "relations", "coref")
CONFIGS = (*DOCUMENT_CONFIGS, "registry", "quote_links")
#: the split of a quote link whose two documents are in different splits
CROSS_SPLIT = "cross_split"
#: the splits of the `quote_links` config: those of the documents, and the links between two of them
LINK_SPLITS = (*SPLIT_NAMES, CROSS_SPLIT)


def config_splits(config: str) -> tuple[str, ...]:
    """The splits a config's rows may be in, in order."""
    return LINK_SPLITS if config == "quote_links" else SPLIT_NAMES


def _v(dtype: str = "string") -> Value:
    from datasets import Value

    return Value(dtype)


def _span(**extra: Any) -> dict[str, Any]:
    return {"start": _v("int32"), "end": _v("int32"), "text": _v(), **extra}


def _labels(names: Iterable[str]) -> ClassLabel:
    from datasets import ClassLabel

    return ClassLabel(names=list(names))


def features(config: str, options: HfOptions | None = None) -> Features:
    """The explicit features of a config: lists of structs for nested spans, ClassLabel for closed sets."""
    from datasets import Features, List

    options = options or HfOptions()
    mention = _span(id=_v(), entity=_v(), kind=_labels(MENTION_KINDS), metonymy=_v("bool"))
    table = {
        "documents": {
            "id": _v(), "text": _v(), "outlet": _v(), "title": _v(), "date": _v(), "language": _v(), "url": _v(),
            "received": _v(), "source_file": _v(), **{f"rights_{name}": _v() for name in RIGHTS_FIELDS},
            "sha256": _v(), "length": _v("int32"), "schema_version": _v(),
            **{f"tokenizer_{name}": _v("int32" if "corrections" in name else "string") for name in TOKENIZER_FIELDS},
            "sentences": List(_span()), "tokens": List(_span()), "zones": List(_span(kind=_labels(ZONE_KINDS))),
            "entities": List({"id": _v(), "type": _labels(ENTITY_TYPES), "name": _v(), "kb_id": _v(),
                              "distinct_from": List(_v())}),
            "mentions": List(mention),
            "relations": List({"id": _v(), "type": _labels(RELATION_TYPES), "head": _v(), "tail": _v(),
                               "factuality": _labels(FACTUALITY)}),
            "quotes": List({"id": _v(), "kind": _labels(QUOTE_KINDS), "content": List(_span()), "cue": _span(),
                            "speaker": _v(), "attribution": _labels(ATTRIBUTION_TYPES)}),
        },
        "ner": {"id": _v(), "document": _v(), "sentence": _v("int32"), "zone": _labels(ZONE_KINDS),
                "tokens": List(_v()), "ner_tags": List(_labels(tag_names(options.scheme)))},
        "quotes": {"id": _v(), "document": _v(), "kind": _labels(QUOTE_KINDS), "content": List(_span()),
                   "content_text": _v(), "cue": _span(), "speaker": _v(), "speaker_name": _v(),
                   "speaker_type": _v(), "speaker_kb_id": _v(), "context": _v(),
                   "attribution": _labels(ATTRIBUTION_TYPES)},
        "relations": {"id": _v(), "document": _v(), "type": _labels(RELATION_TYPES),
                      "head": _span(id=_v(), type=_labels(ENTITY_TYPES), entity=_v()),
                      "tail": _span(id=_v(), type=_labels(ENTITY_TYPES), entity=_v()), "evidence": _span(),
                      "factuality": _labels(FACTUALITY)},
        "coref": {"document": _v(), "text": _v(), "clusters": List({
            "id": _v(), "type": _labels(ENTITY_TYPES), "name": _v(), "kb_id": _v(), "distinct_from": List(_v()),
            "mentions": List(_span(id=_v(), kind=_labels(MENTION_KINDS)))})},
        "registry": {"id": _v(), "type": _labels(ENTITY_TYPES), "name": _v(), "aliases": List(_v()),
                     "wikidata_status": _labels(WIKIDATA_STATUSES), "wikidata_qid": _v(),
                     "wikidata_instance_of": _v()},
        "quote_links": {"id": _v(), **{f"{end}_{name}": _v() for end in "ab" for name in LINK_END},
                        "wording": _labels(QUOTE_LINK_WORDINGS), "via_name": List(_v()), "via_kb_id": List(_v()),
                        "note": _v()},
    }
    return Features(table[config])


#: a config's row: its columns' values as a tuple in the features' order, each struct a tuple of its fields in
#: their order, each ClassLabel value its id (`_ids`): Arrow reads the rows straight into the features' struct,
#: without a dict per row, span or token (the tokens are the document's own triples)
Row = tuple[Any, ...]


def _ids(names: Iterable[str]) -> dict[str | None, int | None]:
    """The ClassLabel id of each name, as `features` numbers them (null stays null)."""
    return {None: None, **{name: i for i, name in enumerate(names)}}


ZONE_IDS, ENTITY_IDS, MENTION_IDS = _ids(ZONE_KINDS), _ids(ENTITY_TYPES), _ids(MENTION_KINDS)
RELATION_IDS, FACTUALITY_IDS, QUOTE_IDS = _ids(RELATION_TYPES), _ids(FACTUALITY), _ids(QUOTE_KINDS)
ATTRIBUTION_IDS, STATUS_IDS, WORDING_IDS = _ids(ATTRIBUTION_TYPES), _ids(WIKIDATA_STATUSES), _ids(QUOTE_LINK_WORDINGS)


@cache
def _tag_ids(scheme: str) -> dict[str | None, int | None]:
    return _ids(tag_names(scheme))


def _spans(spans: Iterable[Span]) -> list[Row]:
    return [(s.start, s.end, s.text) for s in spans]


def _cue(quote: Quote) -> Row | None:
    """A quote's cue as a span row, or None."""
    cue = quote.cue
    return (cue.start, cue.end, cue.text) if cue else None


def _document_rows(item: DocumentView, options: HfOptions) -> list[Row]:
    """The whole document; its rights as flat `rights_*` columns, which every reader of
    Parquet (and Croissant's record sets) can show and filter on."""
    doc, meta = item.doc, item.doc.meta
    return [(doc.id, item.text, meta.outlet, meta.title, meta.date, meta.language, meta.url, meta.received,
             meta.source_file, *map(getattr, repeat(meta.rights), RIGHTS_FIELDS), doc.sha256, doc.length,
             doc.schema_version, *map(getattr, repeat(doc.tokenizer), TOKENIZER_FIELDS), _spans(doc.sentences),
             doc.tokens,
             [(z.start, z.end, z.text, ZONE_IDS[z.kind]) for z in doc.zones],
             [(e.id, ENTITY_IDS[e.type], e.name, e.kb_id, e.distinct_from) for e in doc.entities],
             [(m.start, m.end, m.text, m.id, m.entity, MENTION_IDS[m.kind], m.metonymy) for m in doc.mentions],
             [(r.id, RELATION_IDS[r.type], r.head, r.tail, FACTUALITY_IDS[r.factuality]) for r in doc.relations],
             [(q.id, QUOTE_IDS[q.kind], _spans(q.content), _cue(q), q.speaker, ATTRIBUTION_IDS[q.attribution])
              for q in doc.quotes])]


def ner_rows(item: DocumentView, options: HfOptions, losses: Losses | None = None) -> list[Row]:
    """One row per kept sentence; what the tags cannot carry goes to `losses`, if given."""
    doc, texts, tags = item.doc, item.token_texts, _tag_ids(options.scheme)
    return [(f"{doc.id}#{view.index}", doc.id, view.index, ZONE_IDS[view.zone],
             list(map(texts.__getitem__, view.tokens)), list(map(tags.__getitem__, view.tags)))
            for view in sentence_views(item, options, losses or Losses(), "the documents and coref configs")]


def _sentence_around(view: DocumentView, start: int, end: int) -> Row:
    """The sentence(s) that contain [start, end), as one span of the raw text."""
    assert view.text is not None  # the views of a valid corpus (`iter_documents`) hold their raw texts
    sentences = view.doc.sentences
    first, last = sentences[view.sentence_of(start)].start, sentences[view.sentence_of(end - 1)].end
    return first, last, view.text[first:last]


def _quote_rows(item: DocumentView, options: HfOptions) -> list[Row]:
    doc, mentions, entities = item.doc, item.mentions, item.entities
    rows = []
    for q in doc.quotes:
        speaker = entities[mentions[q.speaker].entity] if q.speaker else None
        context = _sentence_around(item, q.content[0].start, q.content[-1].end)[2]
        rows.append((f"{doc.id}#{q.id}", doc.id, QUOTE_IDS[q.kind], _spans(q.content),
                     " … ".join(c.text for c in q.content), _cue(q), q.speaker, speaker.name if speaker else None,
                     speaker.type if speaker else None, speaker.kb_id if speaker else None, context,
                     ATTRIBUTION_IDS[q.attribution]))
    return rows


def _relation_rows(item: DocumentView, options: HfOptions) -> list[Row]:
    doc, mentions, types = item.doc, item.mentions, item.mention_type
    rows = []
    for r in doc.relations:
        head, tail = mentions[r.head], mentions[r.tail]
        rows.append((f"{doc.id}#{r.id}", doc.id, RELATION_IDS[r.type],
                     (head.start, head.end, head.text, head.id, ENTITY_IDS[types[head.id]], head.entity),
                     (tail.start, tail.end, tail.text, tail.id, ENTITY_IDS[types[tail.id]], tail.entity),
                     _sentence_around(item, min(head.start, tail.start), max(head.end, tail.end)),
                     FACTUALITY_IDS[r.factuality]))
    return rows


def _coref_rows(item: DocumentView, options: HfOptions) -> list[Row]:
    doc = item.doc
    members: dict[str, list[Row]] = {e.id: [] for e in doc.entities}
    for m in doc.mentions:
        members[m.entity].append((m.start, m.end, m.text, m.id, MENTION_IDS[m.kind]))
    return [(doc.id, item.text, [(e.id, ENTITY_IDS[e.type], e.name, e.kb_id, e.distinct_from, members[e.id])
                                 for e in doc.entities])]


def registry_rows(registry: Registry, kb_ids: Iterable[str]) -> list[Row]:
    """The records `kb_ids` names, in registry order, each with its Wikidata link flattened: the QID
    (and class) only where verified, so that a join never meets a guess."""
    wanted = set(kb_ids)
    rows = []
    for r in registry.entities:
        if r.id in wanted:
            link = r.wikidata if isinstance(r.wikidata, WikidataVerified) else None
            rows.append((r.id, ENTITY_IDS[r.type], r.name, list(r.aliases), STATUS_IDS[r.wikidata.status],
                         link.qid if link else None, link.instance_of if link else None))
    return rows


#: the columns of each end (`a_`, `b_`) of a quote link
LINK_END = ("document", "quote", "split", "content_text", "speaker_name")


def link_split(link: QuoteLink, split_of: dict[str, str]) -> str:
    """The split of a link's row: its documents' split where they share one, else `cross_split`."""
    a, b = split_of[link.a.document], split_of[link.b.document]
    return a if a == b else CROSS_SPLIT


def quote_link_rows(links: Iterable[QuoteLink], split_of: dict[str, str],
                    quotes: dict[tuple[str, str], dict[str, Any]]) -> list[Row]:
    """One row per link, in the links file's order; `quotes` holds the `quotes` config row (its
    `content_text` and `speaker_name`) of each linked quote, by (document, quote id)."""
    rows = []
    for link in links:
        ends: list[Any] = []
        for ref in (link.a, link.b):  # the `a_` columns, then the `b_` ones (`LINK_END`)
            row = quotes[ref.document, ref.quote]
            ends += (ref.document, ref.quote, split_of[ref.document], row["content_text"], row["speaker_name"])
        rows.append((link.id, *ends, WORDING_IDS[link.wording], [v.name for v in link.via],
                     [v.kb_id for v in link.via], link.note))
    return rows


ROWS: dict[str, Callable[[DocumentView, HfOptions], list[Row]]] = {
    "documents": _document_rows, "ner": ner_rows, "quotes": _quote_rows, "relations": _relation_rows,
    "coref": _coref_rows,
}


@cache
def _encoded(config: str, options: HfOptions) -> tuple[Any, Any]:
    """A config's Arrow schema and the struct type of its rows, made once (`Features.arrow_schema` is
    rebuilt on every access)."""
    import pyarrow as pa

    schema = features(config, options).arrow_schema
    return schema, pa.struct(list(schema))


def arrow_rows(config: str, rows: Iterable[Row], options: HfOptions | None = None) -> pa.StructArray:
    """Rows of a config (`Row`) as one Arrow array of its rows' struct, whose fields are the columns
    (`struct_table` makes it a table)."""
    import pyarrow as pa

    return pa.array(rows if isinstance(rows, list) else list(rows), type=_encoded(config, options or HfOptions())[1])


def struct_table(rows: pa.StructArray | pa.ChunkedArray, schema: pa.Schema) -> pa.Table:
    """Struct arrays of a config's rows (`arrow_rows`; chunked: each array a chunk of every column) as a
    `pyarrow.Table` with the config's schema (`schema`: ClassLabel names in its metadata)."""
    import pyarrow as pa

    return pa.Table.from_struct_array(rows).replace_schema_metadata(schema.metadata)


def arrow_table(config: str, rows: Iterable[Row], options: HfOptions | None = None) -> pa.Table:
    """Rows of a config (`Row`) as a `pyarrow.Table` with the features' schema."""
    options = options or HfOptions()
    return struct_table(arrow_rows(config, rows, options), _encoded(config, options)[0])
