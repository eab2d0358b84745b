"""The Hugging Face rows against the annotation files: the row builders write tuples in the features'
order (`hf_rows.Row`), so each config is checked field by field against the JSON it comes from."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import partial
from typing import Any

import pytest
from conftest import REPO, SAMPLE_TEXT, sample_document

from vostochny.export.hf_rows import ROWS, arrow_table, features, ner_rows
from vostochny.export.options import EVERY_KIND, HfOptions
from vostochny.model.models import Document
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


def rows(config: str, view: DocumentView, options: HfOptions | None = None) -> list[dict[str, Any]]:
    """A document's rows of `config` as Arrow gives them back, labels by name."""
    options = options or HfOptions()
    made = ner_rows(view, options) if config == "ner" else ROWS[config](view, options)
    return [_named(dict(features(config, options)), row) for row in arrow_table(config, made, options).to_pylist()]


def test_the_documents_config_is_the_annotation_file(views: list[DocumentView]) -> None:
    """Every field of the annotation file but `$schema` (a path to the schema file beside it): `meta.source_file`,
    `length`, `tokenizer` and `schema_version` were left out without a word (an attack found it)."""
    for view in views:
        data = json.loads((REPO / "annotations" / f"{view.id}.json").read_text(encoding="utf-8"))
        meta, rights = data["meta"], data["meta"]["rights"]
        (row,) = rows("documents", view)
        assert {*data, *meta} - {"$schema", "meta", "rights", "tokenizer"} <= set(row)
        assert row == {
            "id": data["id"], "text": view.text, **{key: meta.get(key) for key in ("outlet", "title", "date", "url",
                                                                                    "received")},
            "language": meta.get("language", "en"), "source_file": meta["source_file"],
            **{f"rights_{key}": value for key, value in rights.items()},
            "sha256": data["sha256"], "length": data["length"], "schema_version": data["schema_version"],
            **{f"tokenizer_{key}": value
               for key, value in {"corrections": 0, "sentence_corrections": 0, **data["tokenizer"]}.items()},
            "sentences": data["sentences"],
            "tokens": [{"start": s, "end": e, "text": t} for s, e, t in data["tokens"]], "zones": data.get("zones", []),
            "entities": [{"kb_id": None, "distinct_from": [], **e} for e in data["entities"]],
            "mentions": [{"metonymy": False, **m} for m in data["mentions"]],
            "relations": [{"factuality": None, **r} for r in data["relations"]],
            "quotes": [{"cue": None, "speaker": None, "attribution": None, **q} for q in data["quotes"]],
        }, view.id


def _around(doc: Any, text: str, start: int, end: int) -> dict[str, Any]:
    """The whole sentences that hold [start, end), found by their offsets (not by the view)."""
    first = max(s.start for s in doc.sentences if s.start <= start)
    last = min(s.end for s in doc.sentences if s.end >= end)
    return {"start": first, "end": last, "text": text[first:last]}


def test_the_derived_configs_repeat_the_records_they_come_from(views: list[DocumentView]) -> None:
    def span(record: Any, *extra: str) -> dict[str, Any]:
        return {key: getattr(record, key) for key in ("start", "end", "text", *extra)}

    for view in views:
        doc, text = view.doc, view.text
        assert text is not None
        mentions, entities = view.mentions, view.entities

        around = partial(_around, doc, text)

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


def expected_ner(doc: Document, options: HfOptions) -> list[dict[str, Any]]:
    """The `ner` rows of `doc` as the card and README describe them, from the document's own layers (no view,
    no `sentence_views`): one row per sentence with a token left once the tokens of `drop_zones` kinds are
    left out; its zone that of the first token it keeps ('body' where no zone covers it, V229); tags in
    `scheme` of the mentions of `kinds` that lie in one sentence and in no dropped zone (the LOSSES items
    `mention-across-sentences`, `mention-in-dropped-zone`), the outermost (or innermost) of nested ones."""
    tokens = [tuple(t) for t in doc.tokens]
    by_start = {s: i for i, (s, _, _) in enumerate(tokens)}
    by_end = {e: i for i, (_, e, _) in enumerate(tokens)}

    def zone(offset: int) -> str:
        return next((z.kind for z in doc.zones if z.start <= offset < z.end), "body")

    def sentence(offset: int) -> int:
        return next(i for i, s in enumerate(doc.sentences) if s.start <= offset < s.end)

    def span(m: Any) -> range:
        return range(by_start[m.start], by_end[m.end] + 1)  # a mention starts and ends on token boundaries (V212)

    candidates = [m for m in doc.mentions if m.kind in options.kinds
                  and all(zone(tokens[i][0]) not in options.drop_zones for i in span(m))
                  and sentence(m.start) == sentence(m.end - 1)]

    def inside(a: Any, b: Any) -> bool:
        return b.start <= a.start and a.end <= b.end and (a.start, a.end) != (b.start, b.end)

    if options.nested == "outermost":
        tagged = [m for m in candidates if not any(inside(m, other) for other in candidates)]
    else:
        tagged = [m for m in candidates if not any(inside(other, m) for other in candidates)]
    types = {e.id: e.type for e in doc.entities}
    tags: dict[int, str] = {}
    for m in tagged:
        indices = span(m)
        for k, i in enumerate(indices):
            prefix = "B" if k == 0 else "I"
            if options.scheme == "IOBES":
                prefix = "S" if len(indices) == 1 else "E" if k == len(indices) - 1 else prefix
            tags[i] = f"{prefix}-{types[m.entity]}"
    found = []
    for index, s in enumerate(doc.sentences):
        inside_sentence = [i for i, (start, _, _) in enumerate(tokens) if s.start <= start < s.end]
        kept = [i for i in inside_sentence if zone(tokens[i][0]) not in options.drop_zones]
        if kept:
            found.append({"id": f"{doc.id}#{index}", "document": doc.id, "sentence": index,
                          "zone": zone(tokens[kept[0]][0]), "tokens": [tokens[i][2] for i in kept],
                          "ner_tags": [tags.get(i, "O") for i in kept]})
    return found


#: the default options and others that change each of them
NER_OPTIONS = [
    HfOptions(),
    HfOptions(scheme="IOBES", kinds=EVERY_KIND, nested="innermost", drop_zones=frozenset()),
    HfOptions(kinds=frozenset({"name", "nominal"}), drop_zones=frozenset({"boilerplate", "headline"})),
    HfOptions(scheme="IOBES", kinds=EVERY_KIND, drop_zones=frozenset({"byline", "dateline"})),
]


def edge_document() -> DocumentView:
    """The sample document with zones and mentions that the tags must leave out: a sentence whose first token
    is in a boilerplate zone, a name partly in a boilerplate zone with two names nested in it, a name across
    the two sentences, a nominal with two names nested in it."""
    data = sample_document()

    def span(start: int, end: int, **fields: str) -> dict[str, Any]:
        return {"start": start, "end": end, "text": SAMPLE_TEXT[start:end], **fields}

    data["zones"] = [span(0, 60, kind="body"), span(61, 89, kind="boilerplate"), span(90, 104, kind="boilerplate"),
                     span(105, 127, kind="headline")]
    data["mentions"] += [span(36, 88, id="m7", entity="e3", kind="name"),   # President ... Cosmodrome
                         span(88, 107, id="m8", entity="e2", kind="name"),   # .\n“We will win,” he
                         span(0, 31, id="m9", entity="e2", kind="nominal")]  # North Korean leader Kim Jong Un
    assert [m["text"] for m in data["mentions"][-3:]] == ["President Vladimir Putin at the Vostochny Cosmodrome",
                                                          ".\n“We will win,” he", "North Korean leader Kim Jong Un"]
    return DocumentView(Document.model_validate(data), SAMPLE_TEXT)


def test_the_expected_ner_rows_of_the_edge_document() -> None:
    """The expectation itself, written out for the edge document under the default options."""
    assert expected_ner(edge_document().doc, HfOptions()) == [
        {"id": "sample-doc#0", "document": "sample-doc", "sentence": 0, "zone": "body",
         "tokens": ["North", "Korean", "leader", "Kim", "Jong", "Un", "met", "President", "Vladimir", "Putin"],
         "ner_tags": ["B-NORP", "I-NORP", "O", "B-PER", "I-PER", "I-PER", "O", "O", "B-PER", "I-PER"]},
        # its first token is boilerplate, dropped: the row's zone is that of "he", the first it keeps
        {"id": "sample-doc#1", "document": "sample-doc", "sentence": 1, "zone": "headline",
         "tokens": ["he", "said", "of", "the", "shells", "."], "ner_tags": ["O"] * 6}]


@pytest.fixture(scope="module")
def synthetic_views(tmp_path_factory: pytest.TempPathFactory) -> list[DocumentView]:
    root = tmp_path_factory.mktemp("synthetic") / "corpus"
    subprocess.run([sys.executable, str(REPO / "scripts/synthesize.py"), "8", "--out", str(root), "--seed", "5"],
                   check=True, capture_output=True)
    return list(iter_documents(root))


@pytest.mark.parametrize("options", NER_OPTIONS, ids=lambda o: f"{o.scheme}-{'+'.join(sorted(o.kinds))}-{o.nested}")
def test_the_ner_config_tags_the_sentences_of_the_documents(views: list[DocumentView],
                                                           synthetic_views: list[DocumentView],
                                                           options: HfOptions) -> None:
    checked = [*views, *synthetic_views, edge_document()]
    tagged = zones = 0
    for view in checked:
        expected = expected_ner(view.doc, options)
        assert rows("ner", view, options) == expected, view.id
        tagged += sum(tag != "O" for row in expected for tag in row["ner_tags"])
        zones += sum(row["zone"] != "body" for row in expected)
    assert tagged and zones  # the expectation is not all "O", nor every zone "body"
