"""The Hugging Face rows against the annotation files: the row builders write tuples in the features'
order (`hf_rows.Row`), so each config is checked field by field against the JSON it comes from."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import REPO

from vostochny.export.common import Losses, sentence_views
from vostochny.export.hf_rows import ROWS, arrow_table, features, ner_rows
from vostochny.export.options import HfOptions
from vostochny.reading.documents import iter_documents
from vostochny.reading.view import DocumentView


@pytest.fixture(scope="module")
def views() -> list[DocumentView]:
    return list(iter_documents(REPO))


def _named(feature: Any, value: Any) -> Any:
    """`value` of `feature` with each ClassLabel id given as its name."""
    from datasets import ClassLabel, List

    if value is None:
        return None
    if isinstance(feature, ClassLabel):
        return feature.names[value]
    if isinstance(feature, List):
        return [_named(feature.feature, v) for v in value]
    if isinstance(feature, dict):
        return {key: _named(sub, value[key]) for key, sub in feature.items()}
    return value


def rows(config: str, view: DocumentView) -> list[dict[str, Any]]:
    """A document's rows of `config` as Arrow gives them back, labels by name."""
    options = HfOptions()
    made = ner_rows(view, options) if config == "ner" else ROWS[config](view, options)
    return [_named(dict(features(config)), row) for row in arrow_table(config, made).to_pylist()]


def test_the_documents_config_is_the_annotation_file(views: list[DocumentView]) -> None:
    for view in views:
        data = json.loads((REPO / "annotations" / f"{view.id}.json").read_text(encoding="utf-8"))
        meta, rights = data["meta"], data["meta"]["rights"]
        (row,) = rows("documents", view)
        assert row == {
            "id": data["id"], "text": view.text, **{key: meta.get(key) for key in ("outlet", "title", "date", "url",
                                                                                    "received")},
            "language": meta.get("language", "en"), **{f"rights_{key}": value for key, value in rights.items()},
            "sha256": data["sha256"], "sentences": data["sentences"],
            "tokens": [{"start": s, "end": e, "text": t} for s, e, t in data["tokens"]], "zones": data.get("zones", []),
            "entities": [{"kb_id": None, "distinct_from": [], **e} for e in data["entities"]],
            "mentions": [{"metonymy": False, **m} for m in data["mentions"]],
            "relations": [{"factuality": None, **r} for r in data["relations"]],
            "quotes": [{"cue": None, "speaker": None, "attribution": None, **q} for q in data["quotes"]],
        }, view.id


def test_the_derived_configs_repeat_the_records_they_come_from(views: list[DocumentView]) -> None:
    def span(record: Any, *extra: str) -> dict[str, Any]:
        return {key: getattr(record, key) for key in ("start", "end", "text", *extra)}

    for view in views:
        doc, text = view.doc, view.text
        assert text is not None
        mentions, entities = view.mentions, view.entities

        def around(start: int, end: int) -> dict[str, Any]:
            """The whole sentences that hold [start, end), found by their offsets (not by the view)."""
            first = max(s.start for s in doc.sentences if s.start <= start)
            last = min(s.end for s in doc.sentences if s.end >= end)
            return {"start": first, "end": last, "text": text[first:last]}

        for row, r in zip(rows("relations", view), doc.relations, strict=True):
            assert (row["id"], row["document"], row["type"], row["factuality"]) == \
                (f"{doc.id}#{r.id}", doc.id, r.type, r.factuality)
            for end, mention in (("head", mentions[r.head]), ("tail", mentions[r.tail])):
                assert row[end] == {**span(mention, "id", "entity"), "type": entities[mention.entity].type}
            heads_and_tails = (mentions[r.head], mentions[r.tail])
            assert row["evidence"] == around(min(m.start for m in heads_and_tails), max(m.end for m in heads_and_tails))
        for row, q in zip(rows("quotes", view), doc.quotes, strict=True):
            speaker = entities[mentions[q.speaker].entity] if q.speaker else None
            assert row == {
                "id": f"{doc.id}#{q.id}", "document": doc.id, "kind": q.kind, "content": [span(c) for c in q.content],
                "content_text": " … ".join(c.text for c in q.content), "cue": span(q.cue) if q.cue else None,
                "speaker": q.speaker, "speaker_name": speaker and speaker.name,
                "speaker_type": speaker and speaker.type, "speaker_kb_id": speaker and speaker.kb_id,
                "context": around(q.content[0].start, q.content[-1].end)["text"], "attribution": q.attribution}
        (coref,) = rows("coref", view)
        assert coref["document"] == doc.id and coref["text"] == text
        assert coref["clusters"] == [
            {"id": e.id, "type": e.type, "name": e.name, "kb_id": e.kb_id, "distinct_from": e.distinct_from,
             "mentions": [span(m, "id", "kind") for m in doc.mentions if m.entity == e.id]} for e in doc.entities]
        drop, zones = HfOptions().drop_zones, view.zone_of_token
        for row, sentence in zip(rows("ner", view), sentence_views(view, HfOptions(), Losses()), strict=True):
            start, end = doc.sentences[sentence.index].start, doc.sentences[sentence.index].end
            kept = [t for i, (s, _, t) in enumerate(doc.tokens) if start <= s < end and zones[i] not in drop]
            assert row == {"id": f"{doc.id}#{sentence.index}", "document": doc.id, "sentence": sentence.index,
                           "zone": sentence.zone, "tokens": kept, "ner_tags": sentence.tags}
