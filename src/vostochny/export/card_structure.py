"""The card's Dataset Structure: every field of every config described, and one example record of
each config: its first row as the export writes it to Parquet (`datasets` reads it back the same: a test
compares the two).

The field list is walked from the configs' `datasets` features (`hf_rows.features`), never typed
here: `undescribed` names a field that has no description (and a description of no field), and the
card refuses to be written while there is one, so a new column cannot ship undocumented.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from vostochny.export.options import TagOptions
from vostochny.model.models import Document, DocumentMeta, Rights, Tokenizer

#: what a span's three members hold, the same in every config
SPAN = {"start": "first code point of the span in the raw text (0-based)",
        "end": "code point after its last (end exclusive)",
        "text": "the raw text at [start, end), checked by the validator"}


def _meta_field(model: type[BaseModel], name: str) -> str:
    """A metadata column's description: its model field's, which the JSON Schema also carries."""
    return model.model_fields[name].description or ""


def _span(path: str, what: str, **members: str) -> dict[str, str]:
    """The description of a span field and of its members (`members`: the ones beyond start, end, text)."""
    return {path: what, **{f"{path}.{k}": v for k, v in {**SPAN, **members}.items()}}


#: the source and rights columns, in the words of the models' field descriptions (schema 1.2.0)
_META = {"url": _meta_field(DocumentMeta, "url"), "received": _meta_field(DocumentMeta, "received"),
         "source_file": _meta_field(DocumentMeta, "source_file"),
         **{f"rights_{name}": _meta_field(Rights, name) for name in Rights.model_fields}}
#: the annotation file's own fields beside its layers, in the models' words
_FILE = {"length": _meta_field(Document, "length"),
         "schema_version": "version of the annotation schema the document's file follows (`schema/v1/`)",
         "tokenizer_name": "the tokenizer that made the token and sentence layers",
         "tokenizer_version": "its version",
         **{f"tokenizer_{name}": _meta_field(Tokenizer, name) for name in ("corrections", "sentence_corrections")}}
_MENTION = {"id": "mention id, unique in its document", "kind": "how the mention refers: name, nominal or pronoun"}
_FACTUALITY = ("how the text presents the relation: asserted (as fact in its own voice), reported (in a claim it "
               "attributes to a source), possible (possible, planned, expected or conditional) or denied; null where "
               "not annotated")
_ATTRIBUTION = ("what the quote reports: speech (words spoken), writing (words written or published), thought (a "
                "belief, feeling or intention) or evidence (what a non-verbal source shows); null where not annotated")
#: config -> field path (`a.b` for member `b` of the struct, or list of structs, `a`) -> description
FIELDS: dict[str, dict[str, str]] = {
    "documents": {
        "id": "document id; `raw/<id>.txt` and `annotations/<id>.json` in the repository",
        "text": "the raw article text exactly as received (offsets index it)",
        "outlet": "the news outlet as the text shows it; null where the text names none (unattributed)",
        "title": "headline as the text shows it, or null", "date": "publication date (YYYY-MM-DD) the text "
        "shows, or null", "language": "ISO 639 code of the text's language",
        "sha256": "SHA-256 of the raw text's UTF-8 bytes",
        **_META, **_FILE,
        **_span("sentences", "sentences, in text order, tiling the tokens"),
        **_span("tokens", "tokens from the stored rule-based tokenizer, in text order"),
        **_span("zones", "document zones, so that furniture can be dropped", kind="the zone's kind"),
        "entities": "entities of the document: the clusters its mentions refer to",
        "entities.id": "entity id, unique in its document", "entities.type": "entity type (PER, ORG, GPE, ...)",
        "entities.name": "canonical name within the document",
        "entities.kb_id": "id of the corpus-level record (`annotations/entities.json`) linking entities across "
        "documents, or null",
        "entities.distinct_from": "registry ids of records this unlinked entity was checked against and is not "
        "(nominals linked to them elsewhere share its words)",
        **_span("mentions", "entity mentions, in text order; nested mentions are kept", **_MENTION,
                entity="id of the entity (in `entities`) the mention refers to",
                metonymy="true where a place name stands for its government"),
        "relations": "typed, directed relations between two mentions of the sentence that states them",
        "relations.id": "relation id", "relations.type": "relation type (LEADER_OF, MEETS, ...)",
        "relations.head": "mention id of the head", "relations.tail": "mention id of the tail",
        "relations.factuality": _FACTUALITY,
        "quotes": "quotations and reported statements",
        "quotes.id": "quote id", "quotes.kind": "direct, indirect or mixed",
        **_span("quotes.content", "the quoted content: one span, or several for an interrupted quote"),
        **_span("quotes.cue", "the speech verb or phrase that introduces the quote, or null"),
        "quotes.speaker": "mention id of the speaker, or null where the text attributes it to no one",
        "quotes.attribution": _ATTRIBUTION,
    },
    "ner": {
        "id": "`<document>#<sentence index>`", "document": "document id",
        "sentence": "index of the sentence in its document (0-based)",
        "zone": "zone of the first token the row keeps (after the dropped zones)",
        "tokens": "the sentence's tokens, without those in the zones the card says are dropped",
        "ner_tags": "one tag per token, in the {scheme} scheme, from the {kinds} mentions; where mentions nest, the "
        "{nested} keeps its tag (the others are listed in `LOSSES.json`)",
    },
    "quotes": {
        "id": "`<document>#<quote id>`", "document": "document id", "kind": "direct, indirect or mixed",
        **_span("content", "the quoted content: one span, or several for an interrupted quote"),
        "content_text": "the content spans' texts joined with ` … `",
        **_span("cue", "the speech verb or phrase that introduces the quote, or null"),
        "speaker": "mention id of the speaker, or null",
        "speaker_name": "canonical name of the speaker's entity, or null",
        "speaker_type": "entity type of the speaker, or null", "speaker_kb_id": "registry id of the speaker, or null",
        "context": "the sentence(s) that contain the quote", "attribution": _ATTRIBUTION,
    },
    "relations": {
        "id": "`<document>#<relation id>`", "document": "document id", "type": "relation type",
        **_span("head", "the head mention", id="mention id", type="entity type of the mention's entity",
                entity="entity id"),
        **_span("tail", "the tail mention", id="mention id", type="entity type of the mention's entity",
                entity="entity id"),
        **_span("evidence", "the sentence(s) that state the relation"), "factuality": _FACTUALITY,
    },
    "coref": {
        "document": "document id", "text": "the raw article text",
        "clusters": "one cluster per entity of the document",
        "clusters.id": "entity id", "clusters.type": "entity type", "clusters.name": "canonical name",
        "clusters.kb_id": "registry id, or null",
        "clusters.distinct_from": "registry ids of records the entity was checked against and is not",
        **_span("clusters.mentions", "the entity's mentions, in text order", **_MENTION),
    },
    "registry": {
        "id": "registry id, the `kb_id` of the entities that link to the record (in the split's documents), or "
              "of a quote link's channel (`via_kb_id`) with a report in the split",
        "type": "entity type", "name": "canonical name", "aliases": "other names of the referent used in the texts",
        "wikidata_status": "verified (a QID two independent public sources show for the referent), no-entry (a "
        "generic class or one-off group: no item by design) or unverified (not established; no QID)",
        "wikidata_qid": "the Wikidata item id (Q...) where verified, else null: join here with Wikidata",
        "wikidata_instance_of": "the item's class where the evidence shows it (human, country, news agency, ...), "
        "else null",
    },
    "quote_links": {
        "id": "link id, unique in `annotations/quote_links.json`",
        **{f"{end}_{name}": what.format(q=f"the {which} quote") for end, which in (("a", "first"), ("b", "second"))
           for name, what in (("document", "id of {q}'s document"),
                              ("quote", "id of {q} in its document (the `quotes` config's `id` is "
                                        "`<document>#<quote>`)"),
                              ("split", "split of {q}'s document"),
                              ("content_text", "{q}'s content spans' texts joined with ` … `"),
                              ("speaker_name", "canonical name of the entity of {q}'s speaker, or null"))},
        "wording": "how closely the two reports keep the utterance's wording: verbatim (the same words), partial (the "
        "same words for part of it), paraphrase (other words), chain (the wordings differ through the channels in "
        "`via_name`)",
        "via_name": "the named channels the reports went through (a news agency, a transcript, a translation), "
        "as the texts name them; empty if none is named",
        "via_kb_id": "the registry id of each channel in `via_name`, in the same order, or null where it has none",
        "note": "what decided the wording label, where it is not plain, or null",
    },
}
#: the descriptions that name the export's tag options (`{scheme}`, `{kinds}`, `{nested}`): `described` fills them in
OPTIONED = {("ner", "ner_tags")}


def described(config: str, options: TagOptions) -> dict[str, str]:
    """The descriptions of a config's fields, those that name the tag options with the options the export used
    (the `ner` config's tags are those of `--scheme`, `--kinds` and `--nested`)."""
    kinds = sorted(options.kinds)
    words = {"scheme": options.scheme, "nested": options.nested,
             "kinds": ", ".join(kinds[:-1]) + f" and {kinds[-1]}" if len(kinds) > 1 else "".join(kinds)}
    return {path: text.format(**words) if (config, path) in OPTIONED else text for path, text in FIELDS[config].items()}


#: an example record keeps this many items of a list of structs, of a list of scalars, and characters of a string
EXAMPLE_ITEMS = 2
EXAMPLE_SCALARS = 10
EXAMPLE_CHARS = 100


def field_paths(feature: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Every field of `feature` (a `Features` or struct), depth first: (dotted path, its feature)."""
    from datasets import List

    for name, sub in feature.items():
        yield prefix + name, sub
        inner = sub.feature if isinstance(sub, List) else sub
        if isinstance(inner, dict):
            yield from field_paths(inner, f"{prefix}{name}.")


def undescribed(config: str, features: Any) -> tuple[list[str], list[str]]:
    """The fields of a config without a description, and the descriptions of no field."""
    paths = [path for path, _ in field_paths(features)]
    described = FIELDS.get(config, {})
    return [p for p in paths if p not in described], [p for p in described if p not in paths]


def type_name(feature: Any) -> str:
    """A feature's type as the card writes it: `list of int32`, `class label (name, nominal, pronoun)`."""
    from datasets import ClassLabel, List, Value

    if isinstance(feature, List):
        return f"list of {type_name(feature.feature)}"
    if isinstance(feature, ClassLabel):
        return f"class label ({', '.join(feature.names)})"
    if isinstance(feature, Value):
        return str(feature.dtype)
    return "struct"


def field_table(config: str, features: Any, options: TagOptions) -> str:
    """The Markdown table of a config's fields, described for the export's `options` (`described`); raises
    ValueError for a field without a description."""
    missing, stale = undescribed(config, features)
    if missing or stale:
        raise ValueError(f"config {config}: fields without a description {missing}, descriptions of no field {stale}"
                         " (card_structure.FIELDS)")
    text = described(config, options)
    rows = [f"| `{path}` | {type_name(feature)} | {text[path]} |" for path, feature in field_paths(features)]
    return "\n".join(["| field | type | description |", "| --- | --- | --- |", *rows])


def shortened(value: Any) -> Any:
    """An example value cut for reading: lists to their first items (fewer of structs), strings to their first
    characters, each cut said where it is (`"… 208 more"`, `"…[+4000 characters]"`)."""
    if isinstance(value, dict):
        return {k: shortened(v) for k, v in value.items()}
    if isinstance(value, list):
        keep = EXAMPLE_ITEMS if any(isinstance(v, (dict, list)) for v in value) else EXAMPLE_SCALARS
        kept = [shortened(v) for v in value[:keep]]
        return [*kept, f"… {len(value) - keep} more"] if len(value) > keep else kept
    if isinstance(value, str) and len(value) > EXAMPLE_CHARS:
        return f"{value[:EXAMPLE_CHARS]}…[+{len(value) - EXAMPLE_CHARS} characters]"
    return value


def example_record(rows: Any) -> dict[str, Any]:
    """The first row of a config's rows (a struct array, as written to Parquet and as `datasets` reads it back:
    class labels as their ids), shortened. Taken as the rows are written, not read back from the file: opening a
    Parquet file reads its footer, the metadata of every row group (28 MB of the build's peak at 20 000 documents)."""
    return {key: shortened(value) for key, value in rows[0].as_py().items()}


def example_block(record: dict[str, Any]) -> str:
    """An example record (`example_record`) as a JSON block, one field a line."""
    lines = (f" {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in record.items())
    return "```json\n{\n" + ",\n".join(lines) + "\n}\n```"
