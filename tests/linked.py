"""A two-document corpus with cross-document quote links: the sample document and a second report of
Kim's words, for the viewer's and the agreement's quote-link tests."""

from __future__ import annotations

import json
from pathlib import Path

from sample import SAMPLE_ID, _span, meta_of, quote_end, sample_splits, write_json, write_sample_corpus

from vostochny.model.constants import quote_text
from vostochny.model.models import SCHEMA_VERSION, Document
from vostochny.model.scaffold import empty_document
from vostochny.model.serializer import to_json

OTHER_ID = "kcna-report"
OTHER_TEXT = ("KCNA said Kim Jong Un met Putin and told him: “We will win.”\n"
              "Kim thinks victory is certain.")


def other_document() -> dict:
    """A second valid document: three quotes, one reporting the sample's `We will win`, one a thought, one what KCNA
    said."""
    t = OTHER_TEXT
    base = empty_document(OTHER_ID, t, meta_of(OTHER_ID)).model_dump(mode="json", by_alias=True)
    mentions = [("m1", "KCNA", "e1", "name"), ("m2", "Kim Jong Un", "e2", "name"), ("m3", "Putin", "e3", "name"),
                ("m4", ("Kim", "Kim thinks"), "e2", "name"), ("m6", "him", "e3", "pronoun"),
                ("m7", "We", "e2", "pronoun")]  # every person's pronoun (V384)
    lines = t.split("\n")
    return {
        **base,
        "zones": [{"kind": "body", **_span(t, lines[0])}, {"kind": "body", **_span(t, lines[1])}],
        "entities": [
            {"id": "e1", "type": "ORG", "name": "KCNA", "kb_id": None},
            {"id": "e2", "type": "PER", "name": "Kim Jong Un", "kb_id": "kim-jong-un"},
            {"id": "e3", "type": "PER", "name": "Vladimir Putin", "kb_id": "vladimir-putin"},
        ],
        "mentions": [{"id": i, **(_span(t, *s) if isinstance(s, tuple) else _span(t, s)), "entity": e, "kind": k,
                      "metonymy": False} for i, s, e, k in mentions],
        "relations": [{"id": "r1", "type": "MEETS", "head": "m2", "tail": "m3", "factuality": "reported"}],
        "quotes": [
            {"id": "q1", "kind": "direct", "content": [_span(t, "We will win.")], "cue": _span(t, "told"),
             "speaker": "m2", "attribution": "speech"},
            {"id": "q2", "kind": "indirect", "content": [_span(t, "victory is certain")], "cue": _span(t, "thinks"),
             "speaker": "m4", "attribution": "thought"},
            {"id": "q3", "kind": "indirect", "content": [_span(t, "Kim Jong Un met Putin and told him")],
             "cue": _span(t, "said"),
             "speaker": "m1", "attribution": "writing"},  # what KCNA said: a report beside q1 (V425)
        ],
    }


def quote_links(*links: tuple[str, str, str, str, str], via: tuple[str, ...] = ()) -> dict:
    """A quote links file of (doc a, quote a, doc b, quote b, wording) links, each with the channels `via`."""
    return {"schema_version": SCHEMA_VERSION, "links": [
        {"id": f"l{n}", "a": _end(da, qa), "b": _end(db, qb),
         "wording": wording, "via": [{"name": name, "kb_id": None} for name in via]}
        for n, (da, qa, db, qb, wording) in enumerate(links, 1)]}


def _end(doc_id: str, quote_id: str) -> dict:
    """A link's end with its quote's content (V340): the second document's, or the sample's (`quote_end`)."""
    if doc_id != OTHER_ID:
        return quote_end(doc_id, quote_id)
    content = next((q["content"] for q in other_document()["quotes"] if q["id"] == quote_id), [])
    return {"document": doc_id, "quote": quote_id,
            "text": quote_text(part["text"] for part in content) or "(no such quote)"}


#: the sample's `We will win,` and the KCNA report's `We will win.`, the same words through KCNA
LINK = (SAMPLE_ID, "q1", OTHER_ID, "q1", "chain")


def write_linked_corpus(root: Path, links: dict | None = None) -> Path:
    """The sample corpus plus the second document and a quote links file (default: `LINK`, via KCNA)."""
    write_sample_corpus(root)
    registry = json.loads((root / "annotations" / "entities.json").read_text(encoding="utf-8"))
    for record in registry["entities"]:  # the second document names Kim and Putin short, as the corpus's registry has
        record["aliases"] += {"kim-jong-un": ["Kim"], "vladimir-putin": ["Putin"]}.get(record["id"], [])
    write_json(root / "annotations" / "entities.json", registry)
    (root / "raw" / f"{OTHER_ID}.txt").write_bytes(OTHER_TEXT.encode("utf-8"))
    doc = Document.model_validate_json(json.dumps(other_document()))
    (root / "annotations" / f"{OTHER_ID}.json").write_text(to_json(doc), encoding="utf-8")
    write_json(root / "annotations" / "splits.json", {**sample_splits(), "train": sorted([SAMPLE_ID, OTHER_ID])})
    links = links if links is not None else quote_links(LINK, via=("KCNA",))
    write_json(root / "annotations" / "quote_links.json", links)
    return root
