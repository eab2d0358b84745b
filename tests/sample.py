"""A small, valid sample corpus that tests and the bad-input catalogue break on purpose."""

from __future__ import annotations

import json
import os
import re
import subprocess
import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from vostochny.model.constants import quote_text
from vostochny.model.models import SCHEMA_VERSION, Document, DocumentMeta, Rights
from vostochny.model.scaffold import empty_document, sha256_text
from vostochny.model.serializer import to_json

REPO = Path(__file__).resolve().parents[1]
SAMPLE_ID = "sample-doc"
SAMPLE_TEXT = (
    "North Korean leader Kim Jong Un met President Vladimir Putin at the Vostochny Cosmodrome.\n"
    "“We will win,” he said of the shells."
)




def sample_text(doc_id: str = SAMPLE_ID) -> str:
    """The sample's text; another report of it (another `doc_id`) writes five of its words in words of its own
    (`report_words`) and ends in blank lines, so that no two documents have one text, nor nearly one (V324,
    V332: of its 18 five-word sequences, a report shares 4 with the sample), while every mention, relation,
    quote and zone is the sample's (its offsets found again in the report's text)."""
    if doc_id == SAMPLE_ID:
        return SAMPLE_TEXT
    text = SAMPLE_TEXT
    for word, own in report_words(doc_id).items():
        text = re.sub(rf"\b{word}\b", own, text, count=1)
    return text + "\n" * (1 + sum(map(ord, doc_id)) % 97)


#: the sample's words that another report writes in words of its own, and the words it chooses from
REPORT_WORDS: dict[str, tuple[str, ...]] = {
    "leader": ("chief", "ruler", "head", "boss", "despot", "premier", "marshal", "strongman"),
    "met": ("greeted", "joined", "saw", "hosted", "received", "visited", "thanked", "welcomed"),
    "President": ("Mr", "host", "ally", "counterpart", "colleague", "partner", "guest", "statesman"),
    "at": ("near", "in", "by", "outside", "inside", "beside", "around", "behind"),
    "of": ("about", "on", "over", "regarding", "concerning", "after", "before", "re"),
}


def report_words(doc_id: str) -> dict[str, str]:
    """The words another report `doc_id` of the sample writes for the sample's `REPORT_WORDS`, each chosen by
    three bits of a number of the id: two reports share a word in about one place of eight (sharing three
    places of five, their texts share half their five-word sequences; all five, one text)."""
    bits = zlib.crc32(doc_id.encode("utf-8"))
    return {word: choices[bits >> 3 * k & 7] for k, (word, choices) in enumerate(REPORT_WORDS.items())}


#: the sample's metadata: its rights evaluated (a text written for the tests), so that it is free of warnings
SAMPLE_META = DocumentMeta(source_file="sample.txt", received="2026-11-23", rights=Rights(
    statement="UND", holder=None, note="written for the tests in tests/sample.py; the text credits no one"))


def meta_of(doc_id: str) -> DocumentMeta:
    """The sample's meta for a document of the tests: another document's text was received as a seed file of its own
    (V353)."""
    return SAMPLE_META if doc_id == SAMPLE_ID else SAMPLE_META.model_copy(update={"source_file": f"{doc_id}.txt"})


def _span(text: str, needle: str, context: str = "") -> dict:
    """The span of `needle`, searched inside the unique `context` if one is given."""
    start = text.index(context) + context.index(needle) if context else text.index(needle)
    assert text[start : start + len(needle)] == needle
    return {"start": start, "end": start + len(needle), "text": needle}


def sample_document(doc_id: str = SAMPLE_ID) -> dict:
    """A small document with every layer filled, valid under every rule (another `doc_id` gives another
    report of the same text, `sample_text(doc_id)`, received as a seed file of its own, for the corpus-level layers
    that join documents)."""
    t = sample_text(doc_id)
    base = empty_document(doc_id, t, meta_of(doc_id)).model_dump(mode="json", by_alias=True)
    mentions = [
        ("m1", "North Korean", "e1", "name"), ("m2", "Kim Jong Un", "e2", "name"),
        ("m3", "Vladimir Putin", "e3", "name"), ("m4", "Vostochny Cosmodrome", "e4", "name"),
        ("m5", ("he", "he said"), "e2", "pronoun"), ("m6", "the shells", "e5", "nominal"),
        ("m0", "We", "e2", "pronoun"),  # Kim speaking for his side: every pronoun of a person is a mention (V384)
    ]
    return {
        **base,
        "zones": [{"kind": "body", **_span(t, t.split("\n")[0])}, {"kind": "body", **_span(t, t.split("\n")[1])}],
        "entities": [
            {"id": "e1", "type": "NORP", "name": "North Koreans", "kb_id": "north-koreans"},
            {"id": "e2", "type": "PER", "name": "Kim Jong Un", "kb_id": "kim-jong-un"},
            {"id": "e3", "type": "PER", "name": "Vladimir Putin", "kb_id": "vladimir-putin"},
            {"id": "e4", "type": "FAC", "name": "Vostochny Cosmodrome", "kb_id": "vostochny-cosmodrome"},
            {"id": "e5", "type": "WEA", "name": "shells", "kb_id": None},
        ],
        "mentions": [
            {"id": i, **(_span(t, *s) if isinstance(s, tuple) else _span(t, s)), "entity": e, "kind": k,
             "metonymy": False}
            for i, s, e, k in mentions
        ],
        "relations": [
            {"id": "r1", "type": "LEADER_OF", "head": "m2", "tail": "m1", "factuality": "asserted"},
            {"id": "r2", "type": "MEETS", "head": "m2", "tail": "m3", "factuality": "asserted"},
        ],
        "quotes": [{"id": "q1", "kind": "direct", "content": [_span(t, "We will win,")], "cue": _span(t, "said"),
                    "speaker": "m5", "attribution": "speech"}],
    }


#: the evidence of the two verified links, as `scripts/annotation/wikidata_evidence.json` records it
KIM_SOURCES = [
    {"where": "find_string 'Q56226', public GitHub file id 52205177053",
     "what": 'heads-of-state table row ("Q56226", "Kim Jong-un", "PRK", 2011, 2026)'},
    {"where": "find_string 'Q56226', public GitHub file id 68446640065",
     "what": 'name-to-QID map entry "Kim Jong-un": "Q56226"'}]
PUTIN_SOURCES = [
    {"where": "find_string 'Vladimir Putin (Q', public GitHub file id 47439114454",
     "what": 'entity-linking candidates "vladimir putin (Q7747)"'},
    {"where": "find_string 'Q7747\"', public GitHub file id 57616336587",
     "what": 'test entity { qid: "Q7747", label: "Vladimir Putin" }'}]


def sample_registry() -> dict:
    return {"$schema": "../schema/v1/registry.schema.json", "schema_version": SCHEMA_VERSION, "entities": [
        {"id": "kim-jong-un", "type": "PER", "name": "Kim Jong Un", "aliases": [],
         "wikidata": {"status": "verified", "qid": "Q56226", "instance_of": None,
                      "sources": [dict(s) for s in KIM_SOURCES]}},
        {"id": "north-koreans", "type": "NORP", "name": "North Koreans", "aliases": ["North Korean"],
         "wikidata": {"status": "unverified"}},
        {"id": "vladimir-putin", "type": "PER", "name": "Vladimir Putin", "aliases": [],
         "wikidata": {"status": "verified", "qid": "Q7747", "instance_of": None,
                      "sources": [dict(s) for s in PUTIN_SOURCES]}},
        {"id": "vostochny-cosmodrome", "type": "FAC", "name": "Vostochny Cosmodrome", "aliases": [],
         "wikidata": {"status": "unverified"}},
    ]}


def sample_splits() -> dict:
    return {"schema_version": SCHEMA_VERSION, "train": [SAMPLE_ID], "validation": [], "test": []}


def sample_quote_links(*pairs: tuple[str, str, str, str], wording: str = "verbatim") -> dict:
    """`annotations/quote_links.json` linking (document a, quote a, document b, quote b), ids l1, l2, ..., each end
    with the content of its quote in the sample documents (V340)."""
    return {"$schema": "../schema/v1/quote-links.schema.json", "schema_version": SCHEMA_VERSION, "links": [
        {"id": f"l{i}", "a": quote_end(a, qa), "b": quote_end(b, qb), "wording": wording, "via": [], "note": None}
        for i, (a, qa, b, qb) in enumerate(pairs, 1)]}


def quote_end(doc_id: str, quote_id: str) -> dict:
    """A quote link's end: the document, the quote and its content in the sample document `doc_id` (a quote it
    does not have recorded as "(no such quote)": V311's)."""
    content = next((q["content"] for q in sample_document(doc_id)["quotes"] if q["id"] == quote_id), None)
    text = quote_text(part["text"] for part in content) if content else "(no such quote)"
    return {"document": doc_id, "quote": quote_id, "text": text}


def write_linked_corpus(root: Path, *more: str, links: dict | None = None) -> Path:
    """The sample corpus with more reports of its text (documents `more`, in the train split) and the
    quote links file `links` (default: every pair of the documents' q1 linked, a valid clique)."""
    write_sample_corpus(root)
    ids = [SAMPLE_ID, *more]
    for doc_id in more:
        (root / "raw" / f"{doc_id}.txt").write_bytes(sample_text(doc_id).encode("utf-8"))
        write_json(root / "annotations" / f"{doc_id}.json", sample_document(doc_id))
    write_json(root / "annotations" / "splits.json", {**sample_splits(), "train": ids})
    if links is None:
        links = sample_quote_links(*((a, "q1", b, "q1") for i, a in enumerate(ids) for b in ids[i + 1:]))
    write_json(root / "annotations" / "quote_links.json", links)
    return root


#: the registry record of a quote link's channel (`write_channel_linked_corpus`)
CHANNEL_RECORD = {"id": "interfax", "type": "ORG", "name": "Interfax", "aliases": [],
                  "wikidata": {"status": "unverified"}}
#: the line of `sample-doc-2` that names the channel (`write_channel_linked_corpus`)
CHANNEL_LINE = "Interfax carried the story."


def write_channel_linked_corpus(root: Path, named: bool = True) -> Path:
    """The sample corpus and `sample-doc-2`, their q1 linked via Interfax (`CHANNEL_RECORD`), which a last line of
    `sample-doc-2` names (`CHANNEL_LINE`: an ORG entity linked to the record); `named=False`: no text names it, so
    that only the link's channel uses the record (V391's error; V302 counts it used)."""
    links = sample_quote_links((SAMPLE_ID, "q1", "sample-doc-2", "q1"))
    links["links"][0]["via"] = [{"name": CHANNEL_RECORD["name"], "kb_id": CHANNEL_RECORD["id"]}]
    write_linked_corpus(root, "sample-doc-2", links=links)
    path = root / "annotations" / "entities.json"
    registry = json.loads(path.read_text(encoding="utf-8"))
    write_json(path, {**registry, "entities": [*registry["entities"], CHANNEL_RECORD]})
    if named:
        _name_the_channel(root, "sample-doc-2")
    return root


def _name_the_channel(root: Path, doc_id: str) -> None:
    """`CHANNEL_LINE` appended to the text of `doc_id` (a zone of its own), its `Interfax` a mention of an entity
    linked to `CHANNEL_RECORD`; the tokens and sentences made again (every earlier offset stays)."""
    t = sample_text(doc_id) + CHANNEL_LINE
    doc = sample_document(doc_id)
    base = empty_document(doc_id, t, meta_of(doc_id)).model_dump(mode="json", by_alias=True)
    doc.update({key: base[key] for key in ("sha256", "length", "tokens", "sentences", "tokenizer")})
    doc["zones"].append({"kind": "body", **_span(t, CHANNEL_LINE)})
    doc["entities"].append({"id": "e6", "type": "ORG", "name": "Interfax", "kb_id": CHANNEL_RECORD["id"]})
    doc["mentions"].append({"id": "m7", **_span(t, "Interfax"), "entity": "e6", "kind": "name", "metonymy": False})
    (root / "raw" / f"{doc_id}.txt").write_bytes(t.encode("utf-8"))
    write_json(root / "annotations" / f"{doc_id}.json", doc)


def retext(doc: dict, text: str) -> dict:
    """The document over another raw text of the same length: its checksum, length, and every span's and token's
    text read again at its offsets, so that V203 and V202 stay quiet (its spans are read again in `doc` itself)."""

    def visit(value: object) -> None:
        if isinstance(value, dict):
            if {"start", "end", "text"} <= value.keys():
                value["text"] = text[value["start"]:value["end"]]
            for item in value.values():
                visit(item)
        elif isinstance(value, list):
            for item in value:
                visit(item)

    visit(doc)
    return {**doc, "sha256": sha256_text(text), "length": len(text),
            "tokens": [[start, end, text[start:end]] for start, end, _ in doc["tokens"]]}


def corpus_document(doc_id: str) -> tuple[dict, str]:
    """A document of the repository's corpus and its raw text, as read from `annotations/` and `raw/`."""
    text = (REPO / "raw" / f"{doc_id}.txt").read_bytes().decode("utf-8")
    return json.loads((REPO / "annotations" / f"{doc_id}.json").read_text(encoding="utf-8")), text


def corpus_report(doc: dict, text: str, registry: dict | None = None) -> list:
    """The problems, warnings too, of a corpus document (`corpus_document`, edited) over `text`, with the corpus's
    registry (or `registry`)."""
    from vostochny.checking.validator import validate_document_bytes
    from vostochny.model.models import Registry

    known = Registry.model_validate(registry if registry is not None else json.loads(
        (REPO / "annotations" / "entities.json").read_text(encoding="utf-8")))
    return validate_document_bytes(json.dumps(doc, ensure_ascii=False).encode("utf-8"), text, known, doc["id"])

def written_errors(text: str, mentions: list[tuple[str, str, str]], **changed: object) -> list[tuple[str, str]]:
    """The errors (code, pointer) of a document over `text` (tokens and sentences by the tokenizer, one body zone), its
    mentions (text, entity, kind; each the first of its text after the one before, m1 on), every entity an unlinked
    PER, then its members `changed`."""
    return [(p.code, p.pointer) for p in written_report(text, mentions, **changed) if p.severity == "error"]


def written_report(text: str, mentions: list[tuple[str, str, str]], **changed: object) -> list:
    """The problems, warnings too, of the document `written_errors` reads."""
    from vostochny.checking.validator import validate_document_bytes

    doc = empty_document("sample-doc", text, SAMPLE_META).model_dump(mode="json", by_alias=True)
    doc["zones"] = [{"kind": "body", "start": 0, "end": len(text), "text": text}]
    doc["entities"] = [{"id": e, "type": "PER", "name": e, "kb_id": None} for e in sorted({e for _, e, _ in mentions})]
    at, doc["mentions"] = 0, []
    for n, (words, entity, kind) in enumerate(mentions, 1):
        start = text.index(words, at)
        doc["mentions"].append({"id": f"m{n}", "start": start, "end": start + len(words), "text": words,
                                "entity": entity, "kind": kind, "metonymy": False})
        at = start
    doc.update(**changed)
    return validate_document_bytes(json.dumps(doc).encode("utf-8"), text, None, "sample-doc")


def zone_report(doc: dict, text: str) -> list[tuple[str, str, str]]:
    """The problems (code, pointer, severity) of a corpus document, with the corpus's registry."""
    from vostochny.checking.validator import validate_document_bytes
    from vostochny.model.models import Registry

    known = Registry.model_validate(json.loads((REPO / "annotations" / "entities.json").read_text(encoding="utf-8")))
    return [(p.code, p.pointer, p.severity) for p in
            validate_document_bytes(json.dumps(doc, ensure_ascii=False).encode("utf-8"), text, known, doc["id"])]


def zone_rule_hits(rule: Callable[[Any], Iterable[Any]], zones: Sequence[tuple[str, str]],
                   outlet: str | None = "Reuters") -> list[Any]:
    """The hits of the zone rule `rule` on a document of `zones` alone (kind and words, a line each, in order), its
    outlet `outlet`: a context of the columns the zone rules read (zones, `meta.outlet`), not a whole document."""
    from vostochny.reading.view import DocumentView

    text, spans = "", []
    for kind, words in zones:
        spans.append(SimpleNamespace(kind=kind, start=len(text), end=len(text) + len(words), text=words))
        text += words + "\n"
    doc: Any = SimpleNamespace(zones=spans, meta=SimpleNamespace(outlet=outlet))
    ctx: Any = SimpleNamespace(view=DocumentView(doc, text), doc=doc)
    return list(rule(ctx))


def relabelled(doc_id: str, opening: str, kind: str) -> tuple[list[tuple[str, str, str]], int]:
    """The problems of a corpus document with the one zone that opens with `opening` labelled `kind`, and its index."""
    doc, text = corpus_document(doc_id)
    (k, zone), = [(k, z) for k, z in enumerate(doc["zones"]) if z["text"].startswith(opening)]
    assert zone["kind"] != kind
    zone["kind"] = kind
    return zone_report(doc, text), k


def related(doc: dict, text: str, kind: str, reads: str) -> int:
    """The index of the one relation of `kind` in a corpus document whose arguments, with what lies between them, read
    `reads` in its text."""
    mentions = {m["id"]: m for m in doc["mentions"]}
    found = [i for i, r in enumerate(doc["relations"]) if r["type"] == kind and text[
        min(mentions[r["head"]]["start"], mentions[r["tail"]]["start"]):
        max(mentions[r["head"]]["end"], mentions[r["tail"]]["end"])] == reads]
    assert len(found) == 1, found
    return found[0]


def reword(doc: dict, text: str, old: str, new: str, context: str = "") -> tuple[dict, str]:
    """The document over its text with `old` (the first one inside the first `context`, if one is given) written as
    `new`: tokens and sentences made again by the tokenizer, every span and zone after the change moved by the
    difference in length and one around it stretched (a span that ends inside it, or starts inside it, is refused:
    say what it becomes), and every span's text read again. The checksum and length follow the text."""
    start = text.index(context) + context.index(old) if context else text.index(old)
    end, shift = start + len(old), len(new) - len(old)
    changed = text[:start] + new + text[end:]

    def visit(value: object) -> None:
        if isinstance(value, dict):
            if {"start", "end", "text"} <= value.keys():
                a, b = value["start"], value["end"]
                assert b <= start or a >= end or (a <= start and b >= end), f"{value} is cut by the change"
                value["start"], value["end"] = a + (shift if a >= end else 0), b + (shift if b >= end else 0)
            for item in value.values():
                visit(item)
        elif isinstance(value, list):
            for item in value:
                visit(item)

    doc = json.loads(json.dumps(doc))
    visit({key: value for key, value in doc.items() if key not in ("tokens", "sentences")})
    made = empty_document(doc["id"], changed, SAMPLE_META).model_dump(mode="json", by_alias=True)
    doc.update(tokens=made["tokens"], sentences=made["sentences"])
    return retext(doc, changed), changed


def write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def write_sample_corpus(root: Path) -> Path:
    """Write the valid one-document corpus into `root`."""
    (root / "raw").mkdir(parents=True, exist_ok=True)
    (root / "annotations").mkdir(parents=True, exist_ok=True)
    (root / "raw" / f"{SAMPLE_ID}.txt").write_bytes(SAMPLE_TEXT.encode("utf-8"))
    doc = Document.model_validate_json(json.dumps(sample_document()))
    (root / "annotations" / f"{SAMPLE_ID}.json").write_text(to_json(doc), encoding="utf-8")
    write_json(root / "annotations" / "entities.json", sample_registry())
    write_json(root / "annotations" / "splits.json", sample_splits())
    return root


def repository_quote_links() -> dict:
    """Quote links between quotes of the repository's corpus: two within train that make one utterance of
    three documents (quotes without a speaker: V318 holds linked speakers to one record), and one between the
    validation and test splits (a cross-split link, through channels)."""
    def ref(document: str, quote: str) -> dict:  # with the quote's content in the repository's document (V340)
        doc = json.loads((Path(__file__).resolve().parents[1] / "annotations" / f"{document}.json").read_text("utf-8"))
        content = next(q["content"] for q in doc["quotes"] if q["id"] == quote)
        return {"document": document, "quote": quote, "text": quote_text(p["text"] for p in content)}

    return {"schema_version": SCHEMA_VERSION, "links": [
        {"id": "l1", "a": ref("kim-arrives-russia-arms-sale-warning", "q4"),
         "b": ref("time-kim-russia-trip-putin-weakness", "q5"), "wording": "paraphrase", "via": [], "note": None},
        {"id": "l2", "a": ref("ap-kim-whereabouts-after-summit", "q1"), "b": ref("reuters-kim-putin-summit", "q3"),
         "wording": "chain",
         "via": [{"name": "KCNA", "kb_id": "korean-central-news-agency"}, {"name": "a translation", "kb_id": None}],
         "note": "both quote the KCNA dispatch"},
        {"id": "l3", "a": ref("time-kim-russia-trip-putin-weakness", "q5"),
         "b": ref("kim-arrives-russia-top-officials", "q3"), "wording": "paraphrase", "via": [], "note": None},
    ]}


def write_quote_links(root: Path, links: dict | None = None) -> Path:
    """Write `annotations/quote_links.json` (the sample links of the repository's corpus by default)."""
    path = root / "annotations" / "quote_links.json"
    write_json(path, links if links is not None else repository_quote_links())
    return path


#: git without the user's or the system's configuration, as root in CI with no git config: a test repository's
#: commits need an author, and no signing, hook or default branch of the machine's may change them
GIT_ENV = {"GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@e", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@e"}


def git(root: Path, *args: str) -> str:
    """Run git in `root` (a test's own repository: never the project's) and return its output."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")} | GIT_ENV
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@e", "-c", "commit.gpgsign=false",
                           "-c", "init.defaultBranch=main", *args], cwd=root, env=env, check=True,
                          capture_output=True, text=True).stdout


def commit_all(root: Path, message: str = "the corpus") -> str:
    """Commit everything in `root`, a git repository made there if there is none; the commit's hash."""
    if not (root / ".git").exists():
        git(root, "init", "-q")
        if not (root / ".gitattributes").exists():  # as the project's own: raw texts kept byte for byte (V342)
            (root / ".gitattributes").write_text("raw/** -text\nannotations/** -text\n", encoding="utf-8")
    git(root, "add", "-A")
    git(root, "commit", "-q", "--allow-empty", "-m", message)
    return git(root, "rev-parse", "HEAD").strip()
