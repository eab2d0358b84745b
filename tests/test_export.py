"""Each export, read back with the tool people use for that format, against the corpus."""

from __future__ import annotations

import bisect
import json
import re
import subprocess
import sys
from collections import defaultdict
from dataclasses import fields
from functools import partial
from pathlib import Path

import pytest
from conftest import REPO

from vostochny.errors import UsageError
from vostochny.export import FORMATS, HONOURS, export, read_source
from vostochny.export.options import (
    OPTIONS,
    Conll2003Options,
    Conll2012Options,
    ConlluOptions,
    FormatOptions,
    TagOptions,
    options_for,
)
from vostochny.model.models import SCHEMA_VERSION, Document, Registry
from vostochny.reading.documents import iter_documents, load_documents
from vostochny.verbs.release import SummaryFile
from vostochny.verbs.results import load_results, results_table
from vostochny.verbs.stats import COLUMNS, counts

ITEMS = list(iter_documents(REPO))


def token_range(doc: Document, starts: list[int], start: int, end: int) -> tuple[int, int]:
    """[first, last + 1) of the tokens in [start, end), worked out here, not by the package."""
    inside = [i for i, s in enumerate(starts) if start <= s < end]
    return (inside[0], inside[-1] + 1) if inside else (bisect.bisect_left(starts, start),) * 2


def zone_of(doc: Document) -> list[str]:
    """The zone kind of each token ('body' where no zone covers it), worked out here."""
    return [next((z.kind for z in doc.zones if z.start <= t[0] < z.end), "body") for t in doc.tokens]
DOCS = {item.doc.id: item for item in ITEMS}


@pytest.fixture(scope="module")
def source():
    return read_source(REPO)


def expected_entities(doc: Document, options: TagOptions) -> set[tuple[int, int, int, str]]:
    """(sentence, first, last) token spans the tags should carry, computed here from the corpus."""
    starts = [t[0] for t in doc.tokens]
    zones = zone_of(doc)
    etype = {e.id: e.type for e in doc.entities}
    spans = []
    for m in doc.mentions:
        first, end = token_range(doc, starts, m.start, m.end)
        if m.kind in options.kinds and not any(zones[i] in options.drop_zones for i in range(first, end)):
            spans.append((first, end, etype[m.entity]))
    outer = {s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)}
    return outer


def _kept_tokens(doc: Document, options: TagOptions) -> list[int]:
    zones = zone_of(doc)
    return [i for i in range(len(doc.tokens)) if zones[i] not in options.drop_zones]


def read_conll2003(path: Path) -> dict[str, list[list[tuple[str, str]]]]:
    docs: dict[str, list[list[tuple[str, str]]]] = {}
    order = list(DOCS)
    current = None
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line.split(" ") for line in block.strip("\n").split("\n") if line]
        if lines and lines[0][0] == "-DOCSTART-":
            current = order[len(docs)]
            docs[current] = []
        elif lines:
            docs[current].append([(w, t) for w, t in lines])
    return docs


@pytest.mark.parametrize("scheme", ["BIO", "IOBES"])
def test_conll2003_read_by_seqeval_gives_the_intended_spans(tmp_path: Path, source, scheme: str) -> None:
    from seqeval.metrics.sequence_labeling import get_entities

    options = Conll2003Options(scheme=scheme)
    export("conll2003", tmp_path, options=options, source=source)
    parsed = read_conll2003(tmp_path / "corpus.conll")
    assert list(parsed) == list(DOCS)
    for doc_id, sentences in parsed.items():
        doc = DOCS[doc_id].doc
        kept = _kept_tokens(doc, options)
        words = [w for sentence in sentences for w, _ in sentence]
        assert words == [doc.tokens[i][2] for i in kept]
        found, offset = set(), 0
        for sentence in sentences:
            for etype, first, last in get_entities([t for _, t in sentence]):
                found.add((kept[offset + first], kept[offset + last] + 1, etype))
            offset += len(sentence)
        assert found == expected_entities(doc, options), doc_id


@pytest.mark.parametrize("fmt", ["conll2003", "conllu"])
def test_the_file_s_note_counts_the_documents_and_sentences_it_holds(tmp_path: Path, source, fmt: str) -> None:
    """The note `vostochny export` prints for the file (`wrote ...: 5 documents, 141 sentences`) counts what the file
    holds: a sentence counted twice by a format's `render` passed every test (the thirty-fifth session's mutants)."""
    result = export(fmt, tmp_path, source=source)
    (path, note), = [(p, n) for p, n in result.files if p.name != "LOSSES.json"]
    if fmt == "conllu":
        lines = path.read_text(encoding="utf-8").split("\n")
        documents, sentences = (sum(line.startswith(f"# {key} ") for line in lines) for key in ("newdoc id", "sent_id"))
    else:
        held = read_conll2003(path)
        documents, sentences = len(held), sum(map(len, held.values()))
    assert documents == len(DOCS)
    if fmt == "conllu":  # every token, so every sentence (CoNLL-2003 leaves out those of boilerplate zones)
        assert sentences == sum(len(item.doc.sentences) for item in ITEMS)
    assert note.startswith(f"{documents} documents, {sentences} sentences"), note


def read_conllu(path: Path):
    import conllu

    return conllu.parse(path.read_text(encoding="utf-8"))


def _unescape(value: str) -> str:
    """UD's escapes, and `\\uXXXX` for every other whitespace character."""
    escapes = {"s": " ", "t": "\t", "n": "\n", "r": "\r", "\\": "\\"}
    return re.sub(r"\\(u[0-9A-F]{4}|.)", lambda m: escapes.get(m.group(1)) or chr(int(m.group(1)[1:], 16)), value)


def conllu_texts(path: Path) -> dict[str, str]:
    """The raw text of each document of a CoNLL-U file, rebuilt from its forms and spacing as UDPipe reads it:
    a `SpacesAfter` value is the gap after the token, whatever `SpaceAfter` says, and `# leading_text` the text
    before the first token."""
    rebuilt: dict[str, list[str]] = defaultdict(list)
    doc_id = None
    for sentence in read_conllu(path):
        doc_id = sentence.metadata.get("newdoc id", doc_id)
        if "leading_text" in sentence.metadata:
            rebuilt[doc_id].append(_unescape(sentence.metadata["leading_text"].removeprefix("SpacesAfter=")))
        for token in sentence:
            misc = token["misc"] or {}
            gap = " "
            if "SpacesAfter" in misc:
                gap = _unescape(misc["SpacesAfter"])
            elif misc.get("SpaceAfter") == "No":
                gap = ""
            rebuilt[doc_id] += [token["form"], gap]
    return {doc_id: "".join(parts) for doc_id, parts in rebuilt.items()}


def test_conllu_rebuilds_every_raw_text_byte_for_byte(tmp_path: Path, source) -> None:
    export("conllu", tmp_path, source=source)
    rebuilt = conllu_texts(tmp_path / "corpus.conllu")
    assert set(rebuilt) == set(DOCS)
    for doc_id, text in rebuilt.items():
        assert text.encode("utf-8") == DOCS[doc_id].text.encode("utf-8"), doc_id


def _clusters_from_conllu(path: Path) -> dict[str, set[frozenset]]:
    """Entity clusters as sets of (start, end) character spans, read from CorefUD brackets."""
    clusters: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    doc_id = None
    for sentence in read_conllu(path):
        doc_id = sentence.metadata.get("newdoc id", doc_id)
        open_: dict[str, list[int]] = defaultdict(list)
        for i, token in enumerate(sentence):
            value = (token["misc"] or {}).get("Entity", "")
            for part in re.findall(r"\([^()]+\)|\([^()]+|[^()]+\)", value):
                eid = part.strip("()").split("-")[0]
                if part.startswith("("):
                    open_[eid].append(i)
                if part.endswith(")"):
                    clusters[doc_id][eid].add((sentence.metadata["sent_id"], open_[eid].pop(), i))
    return {d: {frozenset(spans) for spans in c.values()} for d, c in clusters.items()}


def _expected_clusters(doc: Document, token_key) -> set[frozenset]:
    starts = [t[0] for t in doc.tokens]
    clusters = defaultdict(set)
    for m in doc.mentions:
        first, end = token_range(doc, starts, m.start, m.end)
        clusters[m.entity].add(token_key(first, end))
    return {frozenset(c) for c in clusters.values()}


def _sentence_keys(doc: Document, prefix: str) -> callable:
    """Map token (first, end) to (sentence id, index in sentence, index of last)."""
    bounds = [s.start for s in doc.sentences]
    import bisect

    def key(first: int, end: int) -> tuple:
        s = bisect.bisect_right(bounds, doc.tokens[first][0]) - 1
        base = bisect.bisect_left([t[0] for t in doc.tokens], doc.sentences[s].start)
        return (f"{prefix}{s + 1}" if prefix else s, first - base, end - 1 - base)

    return key


def test_conllu_coreference_clusters_match_the_corpus(tmp_path: Path, source) -> None:
    export("conllu", tmp_path, source=source)
    found = _clusters_from_conllu(tmp_path / "corpus.conllu")
    for doc_id, item in DOCS.items():
        expected = _expected_clusters(item.doc, _sentence_keys(item.doc, f"{doc_id}-"))
        assert found.get(doc_id, set()) == expected, doc_id


def _udvalidate(path: Path, *args: str) -> subprocess.CompletedProcess:
    command = [str(Path(sys.executable).parent / "udvalidate"), "--lang", "en", *args, str(path)]
    return subprocess.run(command, capture_output=True, text=True)


def ud_validates(path: Path) -> None:
    """The official UD validator passes a CoNLL-U file: at level 1, and at level 2 (with coreference) once
    each sentence has a placeholder tree (the first token the root, the others depending on it)."""
    level1 = _udvalidate(path, "--level", "1")
    assert level1.returncode == 0, level1.stdout + level1.stderr
    tree = path.with_name("tree.conllu")
    lines = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        cols = line.split("\t")
        if len(cols) == 10:  # placeholder tree: first token is the root, the others depend on it
            cols[3], cols[6], cols[7] = "X", "0" if cols[0] == "1" else "1", "root" if cols[0] == "1" else "dep"
            line = "\t".join(cols)
        lines.append(line)
    tree.write_text("\n".join(lines), encoding="utf-8")
    level2 = _udvalidate(tree, "--level", "2", "--coref")
    assert level2.returncode == 0, level2.stdout + level2.stderr


def test_conllu_passes_the_official_ud_validator(tmp_path: Path, source) -> None:
    export("conllu", tmp_path, source=source)
    ud_validates(tmp_path / "corpus.conllu")


def test_conllu_carries_relations_quotes_and_mention_kinds(tmp_path: Path, source) -> None:
    export("conllu", tmp_path, source=source)
    sentences = read_conllu(tmp_path / "corpus.conllu")
    per_doc: dict[str, dict[str, str]] = defaultdict(dict)
    doc_id = None
    for s in sentences:
        doc_id = s.metadata.get("newdoc id", doc_id)
        per_doc[doc_id].update({k: v for k, v in s.metadata.items() if k.startswith(("relation.", "quote."))})
    for doc_id, item in DOCS.items():
        expected = {f"relation.{r.id}": f"{r.type} {r.head} {r.tail} factuality={r.factuality or '_'}"
                    for r in item.doc.relations}
        expected |= {f"quote.{q.id}": f"{q.kind} speaker={q.speaker or '_'} attribution={q.attribution or '_'}"
                     for q in item.doc.quotes}
        assert per_doc[doc_id] == expected, doc_id
    mentions = sum(len((t["misc"] or {}).get("Mention", "").split(",")) for s in sentences for t in s
                   if (t["misc"] or {}).get("Mention"))
    assert mentions == sum(len(i.doc.mentions) for i in ITEMS)
    links = json.loads((REPO / "annotations" / "quote_links.json").read_text(encoding="utf-8"))["links"]
    lost = json.loads((tmp_path / "LOSSES.json").read_text())["items"]  # the links and each distinct_from
    distinct = [("entity-distinct-from", i.doc.id, e.id) for i in ITEMS for e in i.doc.entities if e.distinct_from]
    assert [(i["what"], i["document"], i["id"]) for i in lost] == [*distinct, *(
        ("quote-link", "*", link["id"]) for link in links)] and links and distinct


def test_conll2012_clusters_read_by_scorch(tmp_path: Path, source) -> None:
    from scorch.conll import parse_file

    export("conll2012", tmp_path, source=source)
    lines = (tmp_path / "corpus.v4_gold_conll").read_text(encoding="utf-8").splitlines()
    parsed = dict(parse_file(line.strip() for line in lines))
    losses = json.loads((tmp_path / "LOSSES.json").read_text())
    lost = {(i["document"], i["id"]) for i in losses["items"] if i["what"].startswith("mention")}
    for doc_id, item in DOCS.items():
        doc = item.doc
        kept_doc = Document.model_validate({**doc.model_dump(by_alias=True),
                                            "mentions": [m for m in doc.model_dump()["mentions"]
                                                         if (doc_id, m["id"]) not in lost]})
        expected = _expected_clusters(kept_doc, _conll2012_key(kept_doc))
        got = {frozenset((block, int(a), int(b)) for block, a, b in spans)
               for spans in parsed[f"{doc_id}-000"].values()}
        assert got == {c for c in expected if c}, doc_id


def _conll2012_key(doc: Document):
    """(block number among kept sentences, first, last) as scorch numbers them."""
    options = Conll2012Options()
    zones = zone_of(doc)
    kept_sentences = []
    starts = [t[0] for t in doc.tokens]
    for s in doc.sentences:
        first, end = token_range(doc, starts, s.start, s.end)
        if any(zones[i] not in options.drop_zones for i in range(first, end)):
            kept_sentences.append((first, end))

    def key(first: int, end: int) -> tuple:
        block = next(n for n, (a, b) in enumerate(kept_sentences) if a <= first < b)
        return (block, first - kept_sentences[block][0], end - 1 - kept_sentences[block][0])

    return key


def test_jsonl_lines_are_the_annotation_files(tmp_path: Path, source) -> None:
    import jsonschema

    document_schema, registry_schema = (json.loads((REPO / "schema" / "v1" / f"{name}.schema.json").read_text(
        encoding="utf-8")) for name in ("document", "registry"))
    export("jsonl", tmp_path, source=source)
    lines = (tmp_path / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    for line, item in zip(lines, ITEMS, strict=True):
        data = json.loads(line)
        assert data.pop("text") == item.text
        assert Document.model_validate_json(json.dumps(data)) == item.doc.model_copy(update={"schema_": None})
        jsonschema.validate(data, document_schema)  # as the module says: the published schema, less `text`
    records = [json.loads(line) for line in (tmp_path / "registry.jsonl").read_text(encoding="utf-8").splitlines()]
    for record in records:
        jsonschema.validate({"schema_version": SCHEMA_VERSION, "entities": [record]}, registry_schema)
    assert Registry.model_validate({"schema_version": SCHEMA_VERSION, "entities": records}) == \
        source.registry.model_copy(update={"schema_": None})
    qids = {r["id"]: r["wikidata"].get("qid") for r in records}
    assert (qids["tass"], qids["missiles"], qids["andrei-lankov"]) == ("Q223799", None, None)


@pytest.fixture(scope="module")
def hf_export(tmp_path_factory, source) -> Path:
    """The Hugging Face export, each document's rows a row group of their own (what a large corpus gets)."""
    from vostochny.export import hf_parquet

    out = tmp_path_factory.mktemp("hf")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(hf_parquet, "ROW_GROUP_BYTES", 1)
        export("croissant", out, source=source)
    return out


@pytest.mark.parametrize("config", ["documents", "ner", "quotes", "relations", "coref", "registry"])
def test_hf_export_loads_offline_like_vostochny_load(hf_export: Path, config: str, monkeypatch) -> None:
    import datasets

    import vostochny

    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    from_disk = datasets.load_dataset(str(hf_export), config, cache_dir=str(hf_export / ".cache"))
    ours = vostochny.load(config, root=REPO)
    assert set(from_disk) == set(ours)
    for split in ours:
        assert from_disk[split].features == ours[split].features
        assert from_disk[split].to_list() == ours[split].to_list()


def test_row_groups_carry_statistics_of_the_top_level_values_alone(hf_export: Path) -> None:
    """A reader skips row groups by a document's id (its min and max a row group); the statistics of the values in
    lists, which select nothing, are not written (the writer held them for every row group until it closed)."""
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(hf_export / "data" / "documents" / "train.parquet").metadata
    assert meta.num_row_groups > 1
    for g in range(meta.num_row_groups):
        group = meta.row_group(g)
        columns = {group.column(c).path_in_schema: group.column(c) for c in range(group.num_columns)}
        assert columns["id"].is_stats_set and columns["id"].statistics.has_min_max
        nested = [path for path, column in columns.items() if "." in path and column.is_stats_set]
        assert "tokens.list.element.start" in columns and nested == []


def test_each_document_carries_its_rights_to_the_hf_rows_croissant_and_the_card(hf_export: Path,
                                                                                monkeypatch) -> None:
    import datasets
    import mlcroissant as mlc

    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    loaded = datasets.load_dataset(str(hf_export), "documents", cache_dir=str(hf_export / ".cache"))
    columns = ("url", "received", "rights_statement", "rights_holder", "rights_note")
    rows = {row["id"]: tuple(row[c] for c in columns) for split in loaded.values() for row in split}
    files = {p.stem: json.loads(p.read_text(encoding="utf-8"))["meta"] for p in (REPO / "annotations").glob("*.json")
             if p.stem in DOCS}
    assert rows == {doc: (m["url"], m["received"], m["rights"]["statement"], m["rights"]["holder"],
                          m["rights"]["note"]) for doc, m in files.items()}
    assert rows["reuters-kim-putin-summit"][1:4] == ("2026-11-23", "InC", "Reuters")
    assert rows["kim-arrives-russia-top-officials"][2:4] == ("UND", None)
    dataset = mlc.Dataset(jsonld=str(hf_export / "croissant.json"))
    records = list(dataset.records("documents-train"))
    assert sorted((r["documents-train/id"].decode(), r["documents-train/rights_statement"].decode()) for r in records) \
        == sorted((doc, row[2]) for doc, row in rows.items() if doc in loaded["train"]["id"])
    card = (hf_export / "README.md").read_text(encoding="utf-8")
    for doc, (_, received, statement, holder, _) in rows.items():  # one row per document in the card
        cells = [f"`{doc}`", DOCS[doc].doc.meta.outlet or "unattributed", holder or "not stated in the text",
                 f"[{statement}](http://rightsstatements.org/vocab/{statement}/1.0/)", received]
        assert re.search(r"^\| " + r" \| ".join(map(re.escape, cells)) + r" \| ", card, re.M), doc


def test_every_kb_id_of_a_split_joins_its_registry_row_and_wikidata_qid(hf_export: Path, monkeypatch) -> None:
    import datasets
    import mlcroissant as mlc

    from vostochny.reading.documents import corpus_registry

    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    load = partial(datasets.load_dataset, str(hf_export), cache_dir=str(hf_export / ".cache"))
    documents, registry = load("documents"), load("registry")
    links = {r.id: r.wikidata for r in corpus_registry(REPO).entities}
    status = registry["train"].features["wikidata_status"]
    for split in ("train", "validation", "test"):
        rows = {row["id"]: row for row in registry[split]}
        linked = {e["kb_id"] for doc in documents[split] for e in doc["entities"] if e["kb_id"]}
        assert set(rows) == linked, split  # one row per record the split links to, and no other
        for kb, row in rows.items():
            assert status.int2str(row["wikidata_status"]) == links[kb].status
            assert row["wikidata_qid"] == getattr(links[kb], "qid", None)  # a QID only where verified
    verified = {row["id"]: row["wikidata_qid"] for split in registry.values() for row in split if row["wikidata_qid"]}
    assert verified["vladimir-putin"] == "Q7747" and verified["associated-press"] == "Q40469"
    records = list(mlc.Dataset(jsonld=str(hf_export / "croissant.json")).records("registry-train"))
    assert {r["registry-train/id"].decode(): r["registry-train/wikidata_qid"] for r in records}["kim-jong-un"] \
        == b"Q56226"


def test_card_header_parses_and_matches_the_parquet_features(hf_export: Path) -> None:
    import datasets
    import pyarrow.parquet as pq
    import yaml

    assert pq.ParquetFile(hf_export / "data/documents/train.parquet").num_row_groups == 3  # streamed, one a document
    card = (hf_export / "README.md").read_text(encoding="utf-8")
    header = yaml.safe_load(card.split("---\n")[1])
    assert {c["config_name"] for c in header["configs"]} == {"documents", "ner", "quotes", "relations", "coref",
                                                             "registry", "quote_links"}
    for info in header["dataset_info"]:
        features = datasets.Features._from_yaml_list(info["features"])
        for split in info["splits"]:
            table = pq.read_table(hf_export / f"data/{info['config_name']}/{split['name']}.parquet")
            assert datasets.Features.from_arrow_schema(table.schema) == features
            assert table.num_rows == split["num_examples"]
    for section in ("#### Data Collection and Processing", "#### Annotation process", "## Bias, Risks, and Limitations",
                    "### Baseline results", "### Licence", "## Citation"):
        assert section in card
    assert results_table(load_results(REPO)) in card  # the stored scores of every results/*.json
    total_mentions = sum(len(i.doc.mentions) for i in ITEMS)
    assert f"**{total_mentions}**" in card


def test_croissant_validates_and_loads_records(hf_export: Path) -> None:
    import mlcroissant as mlc

    result = subprocess.run([str(Path(sys.executable).parent / "mlcroissant"), "validate", "--jsonld",
                             str(hf_export / "croissant.json")], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    dataset = mlc.Dataset(jsonld=str(hf_export / "croissant.json"))
    records = list(dataset.records("ner-test"))
    import vostochny

    ours = vostochny.load("ner", root=REPO)["test"]
    assert len(records) == ours.num_rows
    assert [r["ner-test/tokens"] for r in records][:3] == [[t.encode() for t in row] for row in ours["tokens"][:3]]


def test_build_writes_every_format_deterministically(tmp_path: Path) -> None:
    runs = []
    for name in ("a", "b"):
        result = subprocess.run([sys.executable, "-m", "vostochny", "build", "--out", str(tmp_path / name)],
                                cwd=REPO, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        runs.append(tmp_path / name)
    files = sorted(p.relative_to(runs[0]) for p in runs[0].rglob("*") if p.is_file())
    assert {str(f).split("/")[0] for f in files} == {"jsonl", "conll2003", "conllu", "conll2012", "hf", "brat",
                                                     "summary.json"}
    for rel in files:
        assert (runs[0] / rel).read_bytes() == (runs[1] / rel).read_bytes(), rel
    summary = json.loads((runs[0] / "summary.json").read_text(encoding="utf-8"))
    for fmt, folder in (("conll2003", "conll2003"), ("conllu", "conllu"), ("croissant", "hf"), ("brat", "brat")):
        losses = json.loads((runs[0] / folder / "LOSSES.json").read_text(encoding="utf-8"))
        assert summary["not_carried"][fmt] == losses["summary"], fmt
    assert f"not carried: {summary['not_carried']['conll2003']['relation']} × relation" in result.stdout
    docs = {d.id: counts(d) for d in load_documents()}
    assert summary["documents"] == docs and f": {len(docs)} documents, " in result.stdout
    total = {c: sum(figures[c] for figures in docs.values()) for c in COLUMNS}
    assert summary["total"] == total and (runs[0] / "summary.json").read_text(encoding="utf-8") == json.dumps(
        {"documents": docs, "total": total, "not_carried": summary["not_carried"], "skipped": []}, indent=2) + "\n"


@pytest.mark.parametrize("documents", [0, 1, 3])
def test_summary_streamed_is_the_summary_dumped(tmp_path: Path, documents: int) -> None:
    """`summary.json` is written document by document, and reads as `json.dumps` of the whole."""
    docs = {f"d{n}é\"": {c: n * 10 + i for i, c in enumerate(COLUMNS)} for n in range(documents)}
    streamed = SummaryFile(tmp_path / "summary.json")
    for doc_id, figures in docs.items():
        streamed.add(doc_id, figures)
    rest = streamed.close(not_carried={"jsonl": {}}, skipped=["brat: reason"])
    total = {c: sum(figures[c] for figures in docs.values()) for c in COLUMNS}
    assert rest == {"total": total, "not_carried": {"jsonl": {}}, "skipped": ["brat: reason"]}
    text = (tmp_path / "summary.json").read_text(encoding="utf-8")
    assert text == json.dumps({"documents": docs, **rest}, indent=2) + "\n"


def test_export_options_are_checked(tmp_path: Path) -> None:
    from vostochny.cli import main

    assert main(["export", "--format", "conll2003", "--out", str(tmp_path), "--scheme", "BILOU"]) == 2
    assert main(["export", "--format", "conll2003", "--out", str(tmp_path), "--kinds", "names"]) == 2
    for no_kind in ("", ",", " , "):  # a file without one tag, exit 0 (a review found it)
        assert main(["export", "--format", "conll2003", "--out", str(tmp_path), "--kinds", no_kind]) == 2
    assert not list(tmp_path.iterdir())


def test_option_values_are_read_as_typed_around_commas() -> None:
    """`--kinds ' name'` was refused where `NAME` was taken."""
    from vostochny.export.options import options_for

    assert options_for("conll2003", kinds=" Name , nominal").kinds == {"name", "nominal"}  # type: ignore[attr-defined]
    assert options_for("conll2003", drop_zones=" ").drop_zones == frozenset()  # type: ignore[attr-defined]


def _untagged(options: TagOptions) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """(document, mention id) of the mentions nested in another that keeps the tag, and of those in a dropped zone,
    worked out here."""
    nested, dropped = set(), set()
    for doc_id, item in DOCS.items():
        doc = item.doc
        starts, keep, zones = [t[0] for t in doc.tokens], expected_entities(doc, options), zone_of(doc)
        etype = {e.id: e.type for e in doc.entities}
        for m in doc.mentions:
            first, end = token_range(doc, starts, m.start, m.end)
            if any(zones[i] in options.drop_zones for i in range(first, end)):
                dropped.add((doc_id, m.id))
            elif (first, end, etype[m.entity]) not in keep:
                nested.add((doc_id, m.id))
    return nested, dropped


def test_nested_mentions_dropped_are_listed(tmp_path: Path, source) -> None:
    options = Conll2003Options(kinds=frozenset({"name", "nominal", "pronoun"}))
    export("conll2003", tmp_path, options=options, source=source)
    items = json.loads((tmp_path / "LOSSES.json").read_text(encoding="utf-8"))["items"]
    dropped = [i for i in items if i["what"].startswith("nested-mention-dropped")]
    assert len(dropped) == len(_untagged(options)[0])


@pytest.mark.parametrize("fmt", ["conllu", "hf"])
def test_a_nested_mention_loses_only_its_tag_where_the_format_carries_it(tmp_path: Path, source, fmt: str) -> None:
    """CoNLL-U (`Entity=`, `Mention=`) and hf (the documents and coref configs) carry every mention; only the NER tag
    of a nested one, or of one in a dropped zone, is not written. Their LOSSES.json listed such mentions as dropped
    (`nested-mention-dropped`, an attack found it): they are listed as not tagged, saying where the mention is."""
    options = options_for(fmt, kinds="name,nominal,pronoun")
    export(fmt, tmp_path, options=options, source=source)
    items = json.loads((tmp_path / "LOSSES.json").read_text(encoding="utf-8"))["items"]
    assert not [i for i in items if i["what"].startswith(("nested-mention-dropped", "mention-in-dropped-zone "))]
    nested, dropped = _untagged(options.tags() if isinstance(options, ConlluOptions) else options)
    listed = {what: {(i["document"], i["id"]) for i in items if i["what"] == what}
              for what in ("nested-mention-not-tagged (outermost kept)", "mention-in-dropped-zone-not-tagged")}
    assert listed == {"nested-mention-not-tagged (outermost kept)": nested,
                      "mention-in-dropped-zone-not-tagged": dropped} and nested
    assert all("no NER tag; the mention is in " in i["detail"] for i in items if "not-tagged" in i["what"])
    if fmt == "conllu":
        mentions = {item.split(":")[0] for s in read_conllu(tmp_path / "corpus.conllu") for t in s
                    for item in (t["misc"] or {}).get("Mention", "").split(",") if item}
        assert {m for _, m in nested} <= mentions


EVERY_KIND = frozenset({"name", "nominal", "pronoun"})


def _other_value(base: FormatOptions, name: str) -> FormatOptions:
    """`base` with option `name` changed."""
    from dataclasses import replace

    kinds = getattr(base, "kinds", None)
    choices = {"scheme": "IOBES", "kinds": frozenset({"name"}) if kinds == EVERY_KIND else EVERY_KIND,
               "nested": "innermost", "drop_zones": frozenset() if getattr(base, "drop_zones", None) else
               frozenset({"boilerplate"})}
    return replace(base, **{name: choices[name]})


def test_each_format_honours_the_fields_of_its_options() -> None:
    assert {fmt: {f.name for f in fields(cls)} for fmt, cls in OPTIONS.items()} == HONOURS
    assert HONOURS["jsonl"] == HONOURS["brat"] == set() and HONOURS["conll2012"] == {"drop_zones"}
    assert HONOURS["conllu"] == {"scheme", "kinds", "nested"} and HONOURS["hf"] == HONOURS["croissant"]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_options_a_format_does_not_honour_are_refused(tmp_path: Path, source, fmt: str) -> None:
    for name in sorted(set().union(*HONOURS.values()) - HONOURS[fmt]):
        with pytest.raises(UsageError, match=f"--{name.replace('_', '-')} does not apply to format {fmt}"):
            options_for(fmt, **{name: "IOBES"})
    for other in {cls for cls in OPTIONS.values() if cls is not OPTIONS[fmt]}:  # another format's options
        foreign = {x.name for x in fields(other)} - HONOURS[fmt]
        match = "does not apply to format" if foreign else f"format {fmt} takes {OPTIONS[fmt].__name__}"
        with pytest.raises(UsageError, match=match):
            export(fmt, tmp_path / "out", options=other(), source=source)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("fmt", ["conll2003", "conllu", "conll2012"])
def test_options_a_format_honours_change_its_output(tmp_path: Path, source, fmt: str) -> None:
    from vostochny.export import default_options

    def data(options: FormatOptions, name: str) -> dict[str, bytes]:
        result = export(fmt, tmp_path / name, options=options, source=source)
        return {p.name: p.read_bytes() for p, _ in result.files if p.name != "LOSSES.json"}

    base = default_options(fmt)
    if "kinds" in HONOURS[fmt]:  # every kind, so that there are nested mentions to choose between
        base = _other_value(base, "kinds")
    baseline = data(base, "base")
    assert HONOURS[fmt]
    for name in HONOURS[fmt]:
        assert data(_other_value(base, name), name) != baseline, name


def test_cli_options_are_case_insensitive_and_refused_by_name(tmp_path: Path, capsys) -> None:
    from vostochny.cli import main

    assert main(["export", "--format", "conll2003", "--out", str(tmp_path / "c"), "--scheme", "iobes"]) == 0
    tags = {line.split(" ")[1][:2] for line in (tmp_path / "c" / "corpus.conll").read_text().splitlines() if line}
    assert {"S-", "E-"} <= tags
    capsys.readouterr()
    for fmt, option, value in (("jsonl", "--scheme", "IOBES"), ("conllu", "--drop-zones", "boilerplate"),
                               ("conll2012", "--kinds", "name")):
        assert main(["export", "--format", fmt, "--out", str(tmp_path / fmt), option, value]) == 2
        assert f"{option} does not apply to format {fmt}" in capsys.readouterr().err
        assert not (tmp_path / fmt).exists()


def test_croissant_without_the_export_extra_is_a_usage_error(tmp_path: Path, monkeypatch, capsys) -> None:
    from vostochny.cli import main

    monkeypatch.setitem(sys.modules, "mlcroissant", None)  # as if not installed: find_spec and import fail
    assert main(["export", "--format", "croissant", "--out", str(tmp_path / "hf")]) == 2
    error = capsys.readouterr().err
    assert "mlcroissant" in error and "pip install 'vostochny[export]'" in error and "Traceback" not in error
    assert not (tmp_path / "hf").exists()


def test_export_replaces_an_earlier_export_whole_and_refuses_other_folders(tmp_path: Path, source) -> None:
    out = tmp_path / "out"
    first = export("conll2003", out, source=source)
    (out / "stale.conll").write_text("old")
    second = export("jsonl", out, source=source)
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p, _ in second.files) != \
        sorted(p.name for p, _ in first.files)
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep")
    with pytest.raises(UsageError, match="holds other files"):
        export("jsonl", mine, source=source)
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]


def test_every_exporter_declares_every_layer_and_attribute(tmp_path: Path, source) -> None:
    from importlib import import_module

    from vostochny.reading.layers import ATTRIBUTE_NAMES, CORPUS_LAYER_NAMES, LAYER_NAMES

    assert {"relations.factuality", "quotes.attribution", "quote_links.wording", "quote_links.via"} <= \
        set(ATTRIBUTE_NAMES) and CORPUS_LAYER_NAMES == ("quote_links",)
    for fmt, module in FORMATS.items():
        declared = import_module(f"vostochny.export.{module}").CARRIES
        # a new layer or attribute fails here until every format says (an attribute of a lost layer is lost with it)
        assert set(declared) == {*LAYER_NAMES, *CORPUS_LAYER_NAMES, *ATTRIBUTE_NAMES}, fmt
        assert all(c.how in ("carried", "partial", "lost") for c in declared.values()), fmt
        assert all(c.note for c in declared.values() if c.how != "carried"), fmt
        for name in ATTRIBUTE_NAMES:  # a layer carried in part or whole says what becomes of each attribute
            assert declared[name.split(".")[0]].how == "lost" or declared[name].note != \
                f"the {name.split('.')[0]} layer is not carried", (fmt, name)
    export("conll2003", tmp_path / "c", source=source)
    report = json.loads((tmp_path / "c" / "LOSSES.json").read_text(encoding="utf-8"))
    assert report["layers"]["relations"]["how"] == "lost" and set(report["layers"]) == {*LAYER_NAMES, "quote_links"}
    assert set(report["attributes"]) == set(ATTRIBUTE_NAMES) and report["attributes"]["relations.factuality"]["how"] \
        == "lost"


def test_a_new_attribute_is_found_in_the_models() -> None:
    from vostochny.model.models import Quote
    from vostochny.reading.layers import _describe

    class Relabelled(Quote):
        certainty: str | None = None

    layer = _describe("quotes", Relabelled)
    assert layer.attributes == ("kind", "attribution", "certainty")  # not id, spans (content, cue) nor speaker
    assert layer.references == {"speaker": "mentions"}


def _load_offline(folder: Path, config: str, monkeypatch):
    import datasets

    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return datasets.load_dataset(str(folder), config, cache_dir=str(folder.parent / "cache"))


def test_card_describes_the_exported_corpus_and_names_no_empty_split(repo_corpus: Path, tmp_path: Path,
                                                                      monkeypatch) -> None:
    import yaml

    splits = repo_corpus / "annotations" / "splits.json"
    data = json.loads(splits.read_text())
    splits.write_text(json.dumps({**data, "train": sorted(data["train"] + data["validation"]), "validation": []}))
    (repo_corpus / "annotations" / "agreement.json").unlink()
    out = tmp_path / "hf"
    export("croissant", out, repo_corpus)
    card = (out / "README.md").read_text(encoding="utf-8")
    header = yaml.safe_load(card.split("---\n")[1])
    assert all(f["split"] != "validation" for c in header["configs"] for f in c["data_files"])
    assert "no agreement figures" in card and "corpus of 5 reports" in card
    assert "| validation |" not in card and "validation: none" in card
    for config in ("documents", "ner"):
        ds = _load_offline(out, config, monkeypatch)
        assert set(ds) == {"train", "test"} and ds["train"].num_rows > 0
    assert _load_offline(out, "ner", monkeypatch)["test"].features["ner_tags"].feature.names[:2] == ["O", "B-PER"]
    croissant = json.loads((out / "croissant.json").read_text(encoding="utf-8"))
    assert not any("validation" in r["name"] for r in croissant["recordSet"])


def test_build_with_jobs_is_byte_identical(tmp_path: Path) -> None:
    corpus = tmp_path / "synthetic"
    subprocess.run([sys.executable, str(REPO / "scripts/synthesize.py"), "30", "--out", str(corpus), "--seed", "3"],
                   check=True, capture_output=True)
    releases = []
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs-{jobs}"
        result = subprocess.run([sys.executable, "-m", "vostochny", "build", "--out", str(out), "--corpus", str(corpus),
                                 "--jobs", jobs], capture_output=True, text=True, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        releases.append({str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert releases[0] == releases[1]
    assert len([name for name in releases[0] if name.startswith("brat/") and name.endswith(".ann")]) == 30


@pytest.fixture(scope="module")
def linked(tmp_path_factory) -> Path:
    """A copy of the repository's corpus with the sample quote links (tests/sample.py)."""
    import shutil

    from sample import write_quote_links

    root = tmp_path_factory.mktemp("linked")
    for folder in ("raw", "annotations", "schema"):
        shutil.copytree(REPO / folder, root / folder)
    write_quote_links(root)
    return root


@pytest.fixture(scope="module")
def linked_exports(linked: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("linked-out")
    source = read_source(linked)
    for fmt in ("croissant", "jsonl", "conllu", "conll2003", "conll2012", "brat"):
        export(fmt, out / fmt, source=source)
    return out


def _expected_link_rows(linked: Path) -> dict[str, dict]:
    """The quote_links rows, worked out here from the JSON files."""
    files = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in (linked / "annotations").glob("*.json")}
    split_of = {doc: split for split in ("train", "validation", "test") for doc in files["splits"][split]}
    rows = {}
    for link in files["quote_links"]["links"]:
        row = {"id": link["id"]}
        for end in "ab":
            doc = files[link[end]["document"]]
            quote = next(q for q in doc["quotes"] if q["id"] == link[end]["quote"])
            mention = next((m for m in doc["mentions"] if m["id"] == quote["speaker"]), None)
            name = next(e["name"] for e in doc["entities"] if e["id"] == mention["entity"]) if mention else None
            row |= {f"{end}_document": doc["id"], f"{end}_quote": quote["id"], f"{end}_split": split_of[doc["id"]],
                    f"{end}_content_text": " … ".join(c["text"] for c in quote["content"]), f"{end}_speaker_name": name}
        rows[link["id"]] = row | {"wording": link["wording"], "via_name": [v["name"] for v in link["via"]],
                                  "via_kb_id": [v["kb_id"] for v in link["via"]], "note": link["note"]}
    return rows


def test_quote_links_config_loads_with_datasets_like_vostochny_load(linked: Path, linked_exports: Path,
                                                                    monkeypatch) -> None:
    import yaml

    import vostochny

    hf = linked_exports / "croissant"
    from_disk = _load_offline(hf, "quote_links", monkeypatch)
    ours = vostochny.load("quote_links", root=linked)
    assert set(from_disk) == {"train", "cross_split"}  # a split without links has no file
    assert list(ours) == ["train", "validation", "test", "cross_split"]
    assert ours["validation"].num_rows == ours["test"].num_rows == 0
    wording = ours["train"].features["wording"]
    assert wording.names == ["verbatim", "partial", "paraphrase", "chain"]
    expected = _expected_link_rows(linked)
    for split in from_disk:
        assert from_disk[split].features == ours[split].features
        assert from_disk[split].to_list() == ours[split].to_list()
        for row in ours[split]:
            assert {**row, "wording": wording.int2str(row["wording"])} == expected[row["id"]]
    assert ours["train"]["id"] == ["l1", "l3"] and ours["cross_split"]["id"] == ["l2"]  # l2: validation with test
    card = (hf / "README.md").read_text(encoding="utf-8")
    header = yaml.safe_load(card.split("---\n")[1])
    links_config = next(c for c in header["configs"] if c["config_name"] == "quote_links")
    assert [f["split"] for f in links_config["data_files"]] == ["train", "cross_split"]
    assert "### Config `quote_links` (train 2, cross_split 1 rows)" in card
    assert "else in `cross_split` (train 2, cross_split 1)" in card and "`a_speaker_name` | string |" in card
    assert "| `wording` | class label (verbatim, partial, paraphrase, chain) |" in card


def test_quote_links_are_croissant_records(linked_exports: Path) -> None:
    import mlcroissant as mlc

    path = linked_exports / "croissant" / "croissant.json"
    result = subprocess.run([str(Path(sys.executable).parent / "mlcroissant"), "validate", "--jsonld", str(path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    records = list(mlc.Dataset(jsonld=str(path)).records("quote_links-cross_split"))
    assert len(records) == 1
    record = {k.split("/")[1]: v for k, v in records[0].items()}
    assert (record["id"], record["a_split"], record["b_split"]) == (b"l2", b"validation", b"test")
    assert list(record["via_name"]) == [b"KCNA", b"a translation"]
    assert record["wording"] == 3  # chain, by the class label ids the field's description lists


def test_jsonl_writes_the_quote_links_beside_the_registry(linked: Path, linked_exports: Path, tmp_path: Path,
                                                          repo_corpus: Path) -> None:
    from vostochny.model.models import QuoteLinks
    from vostochny.reading.documents import corpus_quote_links

    lines = (linked_exports / "jsonl" / "quote_links.jsonl").read_text(encoding="utf-8").splitlines()
    stored = corpus_quote_links(linked)
    assert QuoteLinks.model_validate({"schema_version": SCHEMA_VERSION, "links": [json.loads(x) for x in lines]}) \
        == stored.model_copy(update={"schema_": None})
    (repo_corpus / "annotations" / "quote_links.json").unlink()
    export("jsonl", tmp_path / "plain", source=read_source(repo_corpus))  # no links file: no links file written
    assert not (tmp_path / "plain" / "quote_links.jsonl").exists()


@pytest.mark.parametrize("fmt", ["conllu", "conll2003", "conll2012", "brat"])
def test_formats_that_lose_the_quote_links_list_each(linked_exports: Path, fmt: str) -> None:
    report = json.loads((linked_exports / fmt / "LOSSES.json").read_text(encoding="utf-8"))
    assert report["layers"]["quote_links"]["how"] == "lost"
    items = [i for i in report["items"] if i["what"] == "quote-link"]
    assert [i["id"] for i in items] == ["l1", "l2", "l3"] and report["summary"]["quote-link"] == 3
    assert items[1]["detail"].startswith("ap-kim-whereabouts-after-summit#q1 ~ reuters-kim-putin-summit#q3 (chain)")


def test_factuality_and_attribution_reach_every_format_that_carries_them(sample_corpus: Path, tmp_path: Path,
                                                                         monkeypatch) -> None:
    import vostochny

    source = read_source(sample_corpus)
    for fmt in ("croissant", "jsonl", "conllu"):
        export(fmt, tmp_path / fmt, source=source)
    relations, quotes = vostochny.load("relations", root=sample_corpus), vostochny.load("quotes", root=sample_corpus)
    factuality, attribution = relations["train"].features["factuality"], quotes["train"].features["attribution"]
    assert factuality.names == ["denied", "possible", "reported", "asserted"]
    assert [factuality.int2str(v) for v in relations["train"]["factuality"]] == ["asserted", "asserted"]
    assert [attribution.int2str(v) for v in quotes["train"]["attribution"]] == ["speech"]
    documents = _load_offline(tmp_path / "croissant", "documents", monkeypatch)["train"]
    nested = documents.features["quotes"].feature["attribution"]
    assert [nested.int2str(q["attribution"]) for q in documents[0]["quotes"]] == ["speech"]
    assert documents[0]["relations"][0]["factuality"] == factuality.str2int("asserted")
    card = (tmp_path / "croissant" / "README.md").read_text(encoding="utf-8")
    assert "- relations by factuality: asserted 2" in card and "- quotes by attribution: speech 1" in card
    assert "no quote links file" in card and "`quote_links`" not in card.split("---\n")[1]
    line = json.loads((tmp_path / "jsonl" / "documents.jsonl").read_text(encoding="utf-8"))
    assert [r["factuality"] for r in line["relations"]] == ["asserted", "asserted"]
    assert line["quotes"][0]["attribution"] == "speech"
    metadata = {k: v for s in read_conllu(tmp_path / "conllu" / "corpus.conllu") for k, v in s.metadata.items()}
    assert metadata["relation.r1"] == "LEADER_OF m2 m1 factuality=asserted"
    assert metadata["quote.q1"] == "direct speaker=m5 attribution=speech"


def test_a_link_to_a_quote_the_corpus_lacks_stops_the_hf_export(source, tmp_path: Path) -> None:
    """The export's own guard, whatever the validator says of such a links file (the source is made by hand)."""
    from dataclasses import replace

    from sample import repository_quote_links

    from vostochny.errors import VostochnyError
    from vostochny.model.models import QuoteLinks

    links = repository_quote_links()
    links["links"][0]["b"]["quote"] = "q999"
    broken = replace(source, quote_links=QuoteLinks.model_validate(links))
    with pytest.raises(VostochnyError, match="time-kim-russia-trip-putin-weakness#q999"):
        export("hf", tmp_path / "hf", source=broken)


def test_an_empty_links_file_is_annotated_with_no_links(sample_corpus: Path, tmp_path: Path) -> None:
    import mlcroissant as mlc
    import yaml
    from sample import write_quote_links

    import vostochny

    write_quote_links(sample_corpus, {"schema_version": SCHEMA_VERSION, "links": []})
    source = read_source(sample_corpus)
    export("croissant", tmp_path / "hf", source=source)
    export("jsonl", tmp_path / "jsonl", source=source)
    card = (tmp_path / "hf" / "README.md").read_text(encoding="utf-8")
    configs = {c["config_name"] for c in yaml.safe_load(card.split("---\n")[1])["configs"]}
    assert "quote_links" not in configs and "quote links file holds no links" in card  # no config without rows
    assert (tmp_path / "jsonl" / "quote_links.jsonl").read_text(encoding="utf-8") == ""  # the file says: none
    assert sum(vostochny.load("quote_links", root=sample_corpus).num_rows.values()) == 0
    missing = mlc.Dataset(jsonld=str(tmp_path / "hf" / "croissant.json")).metadata.data_collection_missing_data
    assert "the factuality of 0 of 2 relations and the attribution type of 0 of 1 quotes" in missing


def test_a_registry_record_a_channel_names_is_in_the_registry_config(tmp_path: Path) -> None:
    """A link's `via_kb_id` joins a `registry` row of the split of each of its documents, as an entity's
    `kb_id` does."""
    import pyarrow.parquet as pq
    from sample import write_channel_linked_corpus

    root = write_channel_linked_corpus(tmp_path / "corpus")
    export("hf", tmp_path / "hf", source=read_source(root))
    ids = pq.read_table(tmp_path / "hf" / "data" / "registry" / "train.parquet").column("id").to_pylist()
    assert "interfax" in ids


def test_conllu_places_every_item_on_its_tokens_and_sentences(tmp_path: Path, source) -> None:
    """Read back by `conllu`, per token and sentence, against the corpus computed here: each relation comment on
    the sentence of its earlier argument's start, each quote comment on the sentence of its first content part,
    the NER tags those of the outermost names (as CoNLL-2003 reads them, every zone kept), and the Quote, Cue and
    Zone items on exactly the tokens of their spans."""
    from seqeval.metrics.sequence_labeling import get_entities

    export("conllu", tmp_path, source=source)
    by_doc: dict[str, list] = defaultdict(list)
    doc_id = None
    for s in read_conllu(tmp_path / "corpus.conllu"):
        doc_id = s.metadata.get("newdoc id", doc_id)
        by_doc[doc_id].append(s)
    for doc_id, item in DOCS.items():
        doc, sentences = item.doc, by_doc[doc_id]
        starts = [t[0] for t in doc.tokens]
        bounds = [s.start for s in doc.sentences]
        sentence_of = {m.id: bisect.bisect_right(bounds, m.start) - 1 for m in doc.mentions}
        placed = {k: int(s.metadata["sent_id"].rsplit("-", 1)[1]) - 1
                  for s in sentences for k in s.metadata if k.startswith(("relation.", "quote."))}
        assert placed == {**{f"relation.{r.id}": min(sentence_of[r.head], sentence_of[r.tail]) for r in doc.relations},
                          **{f"quote.{q.id}": bisect.bisect_right(bounds, q.content[0].start) - 1 for q in doc.quotes}}
        tokens = [t for s in sentences for t in s]
        misc = [t["misc"] or {} for t in tokens]
        assert [t["form"] for t in tokens] == [t[2] for t in doc.tokens]
        found, offset = set(), 0
        for s in sentences:
            for etype, first, last in get_entities([(t["misc"] or {}).get("NER", "O") for t in s]):
                found.add((offset + first, offset + last + 1, etype))
            offset += len(s)
        assert found == expected_entities(doc, Conll2003Options(drop_zones=frozenset())), doc_id
        zones = {(i, kind) for i, m in enumerate(misc) for kind in m.get("Zone", "").split(",") if kind}
        assert zones == {(token_range(doc, starts, z.start, z.end)[0], z.kind) for z in doc.zones}, doc_id
        for key, spans in (("Quote", {q.id: q.content for q in doc.quotes}),
                           ("Cue", {q.id: [q.cue] for q in doc.quotes if q.cue})):
            marked = {(i, v) for i, m in enumerate(misc) for v in m.get(key, "").split(",") if v}
            assert marked == {(i, qid) for qid, parts in spans.items() for p in parts
                              for i in range(*token_range(doc, starts, p.start, p.end))}, (doc_id, key)


def test_a_mention_lost_by_two_columns_of_one_format_is_listed_once() -> None:
    """A name across a sentence break is lost by CoNLL-U's coreference column and by its NER tags: LOSSES.json listed
    it twice, and the build's summary counted two mentions lost (a review found it)."""
    from sample import SAMPLE_TEXT, sample_document

    from vostochny.export.common import Losses
    from vostochny.export.conllu import render
    from vostochny.export.options import ConlluOptions
    from vostochny.reading.view import DocumentView

    data = sample_document()
    crossing = next(m for m in data["mentions"] if m["text"] == "Vostochny Cosmodrome")
    end = SAMPLE_TEXT.index("We") + 2
    crossing.update(end=end, text=SAMPLE_TEXT[crossing["start"]:end])
    losses = Losses()
    render(DocumentView(Document.model_validate(data), SAMPLE_TEXT), 1, ConlluOptions(), losses)
    assert [(i["what"], i["id"]) for i in losses.items] == [("mention-across-sentences", crossing["id"])]


def test_a_text_saved_decomposed_is_written_composed_for_ud(sample_corpus: Path, tmp_path: Path) -> None:
    """A valid document whose raw text is NFD (`Zoe` U+0308): its CoNLL-U failed UD's validator (`unicode-
    normalization`, a review found it). The forms and `# text` are written in NFC and the document is listed."""
    from vostochny.cli import main

    article = tmp_path / "nfd.txt"
    article.write_text("Zoe\u0308 Ivanova visited Mu\u0308nchen on Monday.\n", encoding="utf-8")
    assert main(["new", "--id", "nfd-doc", "--split", "train", "--corpus", str(sample_corpus), str(article)]) == 0
    out = tmp_path / "conllu"
    export("conllu", out, source=read_source(sample_corpus))
    ud_validates(out / "corpus.conllu")
    written = (out / "corpus.conllu").read_text(encoding="utf-8")
    assert "# text = Zo\u00eb Ivanova visited M\u00fcnchen on Monday." in written and "\u0308" not in written
    items = json.loads((out / "LOSSES.json").read_text(encoding="utf-8"))["items"]
    assert [(i["what"], i["document"]) for i in items if i["what"] == "text-not-nfc"] == [("text-not-nfc", "nfd-doc")]


def test_conllu_entities_keep_their_own_ids(sample_corpus: Path, tmp_path: Path) -> None:
    """CoNLL-U numbered the entities by position (`# entity.e1`, `Entity=(d1e1-...`): an entity `kim`, or ids with a gap
    (e1, e3), came out as other ids than JSONL and hf give, without a word (an attack found it). The comments carry the
    entity's own id, and the eid is `d<document number>.<id>`, a `-` (CorefUD's separator) written `%2D`; UD's
    validator still passes the file."""
    from urllib.parse import unquote

    from sample import SAMPLE_ID, sample_document

    from vostochny.model.serializer import to_json

    renamed = {"e1": "nk", "e2": "kim", "e3": "vladimir-putin", "e4": "cosmo.drome", "e5": "e9"}
    data = sample_document()
    for e in data["entities"]:
        e["id"] = renamed[e["id"]]
    for m in data["mentions"]:
        m["entity"] = renamed[m["entity"]]
    path = sample_corpus / "annotations" / f"{SAMPLE_ID}.json"
    path.write_text(to_json(Document.model_validate(data)), encoding="utf-8")
    out = tmp_path / "conllu"
    export("conllu", out, source=read_source(sample_corpus))
    ud_validates(out / "corpus.conllu")
    sentences = read_conllu(out / "corpus.conllu")
    comments = {k.removeprefix("entity."): v for s in sentences for k, v in s.metadata.items()
                if k.startswith("entity.")}
    assert comments == {e["id"]: f"{e['type']} {e['kb_id'] or '_'} {e['name']}" for e in data["entities"]}
    entity_of = {}
    for token in (t for s in sentences for t in s):
        misc = token["misc"] or {}
        opened = [part.lstrip("(").split("-")[0] for part in re.findall(r"\([^()]+", misc.get("Entity", ""))]
        mentions = [item.split(":")[0] for item in misc.get("Mention", "").split(",") if item]
        assert len(opened) == len(mentions)
        entity_of.update(zip(mentions, opened, strict=True))
    assert "d1.vladimir%2Dputin" in entity_of.values()
    assert {m: unquote(eid.removeprefix("d1.")) for m, eid in entity_of.items()} == \
        {m["id"]: m["entity"] for m in data["mentions"]}
