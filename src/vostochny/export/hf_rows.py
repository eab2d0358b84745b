"""The Hugging Face view of the corpus: one `Features` and one row builder per config.

Configs: `documents` (full nested annotation), `ner` (one row per sentence), `quotes`,
`relations`, `coref` (clusters per document), `registry` (the registry records that a split's
documents link to, with their Wikidata QIDs: the join from a `kb_id` to a knowledge base), and
`quote_links` (one row per link of `annotations/quote_links.json`: two quotes of different documents
that report one utterance). A link may join documents of two splits: its rows are in the split of
its documents when they share one, else in `cross_split` (`LINK_SPLITS`), so that a split's rows
never name a document of another split unless the split's name says so.
`vostochny.load()` (`dataset.py`) and the Parquet export build their rows with the same functions and
turn them into Arrow with `arrow_table`, so both give the same rows
and features; rows of a split are in corpus (id) order, the order the export streams them in.
Imports `datasets` (about a second); nothing on the validation path imports this module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from vostochny.export.common import Losses, record_data, sentence_views, tag_names
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
from vostochny.model.models import QuoteLink, Registry, Rights, WikidataVerified
from vostochny.reading.view import DocumentView

if TYPE_CHECKING:  # `datasets` and `pyarrow` cost about a second to import: only where they are used
    import pyarrow as pa
    from datasets import ClassLabel, Features, Value

#: the fields of a document's rights, each a `rights_<field>` column of the documents config
RIGHTS_FIELDS = tuple(Rights.model_fields)
#: the fields of a document that the documents config does not copy (its tokens become structs, its metadata
#: columns), and those of its metadata (its rights become `rights_*` columns)
DOCUMENT_LEFT_OUT = frozenset({"schema_", "schema_version", "tokenizer", "length", "meta", "tokens"})
META_LEFT_OUT = frozenset({"source_file", "rights"})
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
            "received": _v(), **{f"rights_{name}": _v() for name in RIGHTS_FIELDS}, "sha256": _v(),
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


def _document_rows(item: DocumentView, options: HfOptions) -> Iterator[dict[str, Any]]:
    """The whole document; its rights as flat `rights_*` columns, which every reader of Parquet (and
    Croissant's record sets) can show and filter on."""
    doc = item.doc
    data = record_data(doc, DOCUMENT_LEFT_OUT)
    data["tokens"] = [{"start": s, "end": e, "text": t} for s, e, t in doc.tokens]  # columns: `arrow_table` orders them
    rights = {f"rights_{name}": value for name, value in record_data(doc.meta.rights).items()}
    yield {"text": item.text, **record_data(doc.meta, META_LEFT_OUT), **rights, **data}


def ner_rows(item: DocumentView, options: HfOptions, losses: Losses | None = None) -> Iterator[dict[str, Any]]:
    """One row per kept sentence; what the tags cannot carry goes to `losses`, if given."""
    doc = item.doc
    for view in sentence_views(item, options, losses or Losses()):
        yield {"id": f"{doc.id}#{view.index}", "document": doc.id, "sentence": view.index, "zone": view.zone,
               "tokens": [doc.tokens[t][2] for t in view.tokens], "ner_tags": view.tags}


def _sentence_around(view: DocumentView, start: int, end: int) -> dict[str, Any]:
    """The sentence(s) that contain [start, end), as one span of the raw text."""
    sentences = view.doc.sentences
    return {"start": sentences[view.sentence_of(start)].start, "end": sentences[view.sentence_of(end - 1)].end}


def _text(item: DocumentView, span: dict[str, Any]) -> dict[str, Any]:
    assert item.text is not None  # the views of a valid corpus (`iter_documents`) hold their raw texts
    return {**span, "text": item.text[span["start"]:span["end"]]}


def _quote_rows(item: DocumentView, options: HfOptions) -> Iterator[dict[str, Any]]:
    doc, mentions, entities = item.doc, item.mentions, item.entities
    for q in doc.quotes:
        speaker = entities[mentions[q.speaker].entity] if q.speaker else None
        context = _sentence_around(item, q.content[0].start, q.content[-1].end)
        yield {"id": f"{doc.id}#{q.id}", "document": doc.id, "kind": q.kind,
               "content": [record_data(c) for c in q.content], "content_text": " … ".join(c.text for c in q.content),
               "cue": record_data(q.cue) if q.cue else None, "speaker": q.speaker,
               "speaker_name": speaker.name if speaker else None, "speaker_type": speaker.type if speaker else None,
               "speaker_kb_id": speaker.kb_id if speaker else None, "context": _text(item, context)["text"],
               "attribution": q.attribution}


def _relation_rows(item: DocumentView, options: HfOptions) -> Iterator[dict[str, Any]]:
    doc = item.doc

    def arg(mention_id: str) -> dict[str, Any]:
        m = item.mentions[mention_id]
        return {"id": m.id, "start": m.start, "end": m.end, "text": m.text, "type": item.mention_type[m.id],
                "entity": m.entity}

    for r in doc.relations:
        head, tail = arg(r.head), arg(r.tail)
        evidence = _sentence_around(item, min(head["start"], tail["start"]), max(head["end"], tail["end"]))
        yield {"id": f"{doc.id}#{r.id}", "document": doc.id, "type": r.type, "head": head, "tail": tail,
               "evidence": _text(item, evidence), "factuality": r.factuality}


def _coref_rows(item: DocumentView, options: HfOptions) -> Iterator[dict[str, Any]]:
    doc = item.doc
    members: dict[str, list[dict[str, Any]]] = {e.id: [] for e in doc.entities}
    for m in doc.mentions:
        members[m.entity].append({"id": m.id, "start": m.start, "end": m.end, "text": m.text, "kind": m.kind})
    clusters = [{**record_data(e), "mentions": members[e.id]} for e in doc.entities]
    yield {"document": doc.id, "text": item.text, "clusters": clusters}


def registry_rows(registry: Registry, kb_ids: Iterable[str]) -> Iterator[dict[str, Any]]:
    """The records `kb_ids` names, in registry order, each with its Wikidata link flattened: the QID
    (and class) only where verified, so that a join never meets a guess."""
    wanted = set(kb_ids)
    for r in registry.entities:
        if r.id in wanted:
            link = r.wikidata if isinstance(r.wikidata, WikidataVerified) else None
            yield {"id": r.id, "type": r.type, "name": r.name, "aliases": list(r.aliases),
                   "wikidata_status": r.wikidata.status, "wikidata_qid": link.qid if link else None,
                   "wikidata_instance_of": link.instance_of if link else None}


#: the columns of each end (`a_`, `b_`) of a quote link
LINK_END = ("document", "quote", "split", "content_text", "speaker_name")


def link_split(link: QuoteLink, split_of: dict[str, str]) -> str:
    """The split of a link's row: its documents' split where they share one, else `cross_split`."""
    a, b = split_of[link.a.document], split_of[link.b.document]
    return a if a == b else CROSS_SPLIT


def quote_link_rows(links: Iterable[QuoteLink], split_of: dict[str, str],
                    quotes: dict[tuple[str, str], dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """One row per link, in the links file's order; `quotes` holds the `quotes` config row (its
    `content_text` and `speaker_name`) of each linked quote, by (document, quote id)."""
    for link in links:
        ends: dict[str, Any] = {}
        for end, ref in (("a", link.a), ("b", link.b)):
            row = quotes[ref.document, ref.quote]
            ends |= {f"{end}_document": ref.document, f"{end}_quote": ref.quote, f"{end}_split": split_of[ref.document],
                     f"{end}_content_text": row["content_text"], f"{end}_speaker_name": row["speaker_name"]}
        yield {"id": link.id, **ends, "wording": link.wording, "via_name": [v.name for v in link.via],
               "via_kb_id": [v.kb_id for v in link.via], "note": link.note}


ROWS: dict[str, Callable[[DocumentView, HfOptions], Iterator[dict[str, Any]]]] = {
    "documents": _document_rows, "ner": ner_rows, "quotes": _quote_rows, "relations": _relation_rows,
    "coref": _coref_rows,
}


def label_encoder(feature: Any) -> Callable[[Any], Any] | None:
    """A function that turns label names into ClassLabel ids inside a value of `feature`; None
    where the feature holds no ClassLabel, so that label-free subtrees (the tokens) are not walked."""
    from datasets import ClassLabel, List

    if isinstance(feature, ClassLabel):
        ids = {name: i for i, name in enumerate(feature.names)}  # str2int is slow per value
        return lambda value: None if value is None else ids[value]
    if isinstance(feature, List):
        inner = label_encoder(feature.feature)
        return None if inner is None else (lambda value: None if value is None else [inner(v) for v in value])
    if isinstance(feature, dict):
        labels = [(key, {name: i for i, name in enumerate(sub.names)}) for key, sub in feature.items()
                  if isinstance(sub, ClassLabel)]
        nested = [(key, enc) for key, sub in feature.items()
                  if not isinstance(sub, ClassLabel) and (enc := label_encoder(sub)) is not None]
        return _struct_encoder(labels, nested) if labels or nested else None
    return None


def _struct_encoder(labels: list[tuple[str, dict[str, int]]],
                    nested: list[tuple[str, Callable[[Any], Any]]]) -> Callable[[Any], Any]:
    """A struct's encoder: a copy of the value with its labels (by their ids, inline: this runs for every
    mention of every document) and its nested values encoded, each key where it was."""
    def encode(value: Any) -> Any:
        if value is None:
            return None
        out = {**value}
        for key, ids in labels:
            label = value[key]
            if label is not None:
                out[key] = ids[label]
        for key, enc in nested:
            out[key] = enc(value[key])
        return out

    return encode


@cache
def _encoded(config: str, options: HfOptions) -> tuple[list[str], Any, Callable[[Any], Any]]:
    """A config's columns, Arrow schema and label encoder, made once (`Features.arrow_schema` is
    rebuilt on every access)."""
    feats = features(config, options)
    return list(feats), feats.arrow_schema, label_encoder(dict(feats)) or (lambda row: row)


def arrow_table(config: str, rows: Iterable[dict[str, Any]], options: HfOptions | None = None) -> pa.Table:
    """Rows of a config as a `pyarrow.Table` with the features' schema (ClassLabel names in its
    metadata), labels encoded here: `Dataset.from_dict` would walk every token struct in Python."""
    import pyarrow as pa

    columns, schema, encode = _encoded(config, options or HfOptions())
    return pa.Table.from_pylist([encode({key: row[key] for key in columns}) for row in rows], schema=schema)

