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
from vostochny.export.options import OPTIONS, Conll2003Options, Conll2012Options, FormatOptions, TagOptions, options_for
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


def read_conllu(path: Path):
    import conllu

    return conllu.parse(path.read_text(encoding="utf-8"))


def _unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"s": " ", "t": "\t", "n": "\n", "r": "\r", "\\": "\\"}[m.group(1)], value)


def test_conllu_rebuilds_every_raw_text_byte_for_byte(tmp_path: Path, source) -> None:
    export("conllu", tmp_path, source=source)
    rebuilt: dict[str, list[str]] = defaultdict(list)
    doc_id = None
    for sentence in read_conllu(tmp_path / "corpus.conllu"):
        doc_id = sentence.metadata.get("newdoc id", doc_id)
        for token in sentence:
            misc = token["misc"] or {}
            gap = " "
            if misc.get("SpaceAfter") == "No":
                gap = ""
            elif "SpacesAfter" in misc:
                gap = _unescape(misc["SpacesAfter"])
            rebuilt[doc_id] += [token["form"], gap]
    assert set(rebuilt) == set(DOCS)
    for doc_id, parts in rebuilt.items():
        assert "".join(parts).encode("utf-8") == DOCS[doc_id].text.encode("utf-8"), doc_id


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


def test_conllu_passes_the_official_ud_validator(tmp_path: Path, source) -> None:
    export("conllu", tmp_path, source=source)
    level1 = _udvalidate(tmp_path / "corpus.conllu", "--level", "1")
    assert level1.returncode == 0, level1.stdout + level1.stderr
    tree = tmp_path / "tree.conllu"
    lines = []
    for line in (tmp_path / "corpus.conllu").read_text(encoding="utf-8").split("\n"):
        cols = line.split("\t")
        if len(cols) == 10:  # placeholder tree: first token is the root, the others depend on it
            cols[3], cols[6], cols[7] = "X", "0" if cols[0] == "1" else "1", "root" if cols[0] == "1" else "dep"
            line = "\t".join(cols)
        lines.append(line)
    tree.write_text("\n".join(lines), encoding="utf-8")
    level2 = _udvalidate(tree, "--level", "2", "--coref")
    assert level2.returncode == 0, level2.stdout + level2.stderr


def test_conllu_carries_relations_quotes_and_mention_kinds(tmp_path: Path, source) -> None:
    export("conllu", tmp_path, source=source)
    sentences = read_conllu(tmp_path / "corpus.conllu")
    per_doc: dict[str, dict[str, str]] = defaultdict(dict)
    doc_id = None
    for s in sentences:
        doc_id = s.metadata.get("newdoc id", doc_id)
        per_doc[doc_id].update({k: v for k, v in s.metadata.items() if k.startswith(("relation.", "quote."))})
    for doc_id, item in DOCS.items():
        expected = {f"relation.{r.id}": f"{r.type} {r.head} {r.tail}" for r in item.doc.relations}
        expected |= {f"quote.{q.id}": f"{q.kind} speaker={q.speaker or '_'}" for q in item.doc.quotes}
        assert per_doc[doc_id] == expected, doc_id
    mentions = sum(len((t["misc"] or {}).get("Mention", "").split(",")) for s in sentences for t in s
                   if (t["misc"] or {}).get("Mention"))
    assert mentions == sum(len(i.doc.mentions) for i in ITEMS)
    assert json.loads((tmp_path / "LOSSES.json").read_text())["items"] == []


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
        got = {frozenset((block, int(a), int(b)) for block, a, b in spans) for spans in parsed[f"{doc_id}-000"].values()}
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
    export("jsonl", tmp_path, source=source)
    lines = (tmp_path / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    for line, item in zip(lines, ITEMS, strict=True):
        data = json.loads(line)
        assert data.pop("text") == item.text
        assert Document.model_validate_json(json.dumps(data)) == item.doc.model_copy(update={"schema_": None})
    records = [json.loads(line) for line in (tmp_path / "registry.jsonl").read_text(encoding="utf-8").splitlines()]
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
                                                             "registry"}
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
    assert not list(tmp_path.iterdir())


def test_nested_mentions_dropped_are_listed(tmp_path: Path, source) -> None:
    options = Conll2003Options(kinds=frozenset({"name", "nominal", "pronoun"}))
    export("conll2003", tmp_path, options=options, source=source)
    items = json.loads((tmp_path / "LOSSES.json").read_text(encoding="utf-8"))["items"]
    dropped = [i for i in items if i["what"].startswith("nested-mention-dropped")]
    starts = {d: [t[0] for t in i.doc.tokens] for d, i in DOCS.items()}
    expected = 0
    for doc_id, item in DOCS.items():
        doc = item.doc
        keep = expected_entities(doc, options)
        zones = zone_of(doc)
        for m in doc.mentions:
            first, end = token_range(doc, starts[doc_id], m.start, m.end)
            if any(zones[i] in options.drop_zones for i in range(first, end)):
                continue
            etype = {e.id: e.type for e in doc.entities}[m.entity]
            if (first, end, etype) not in keep:
                expected += 1
    assert len(dropped) == expected


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


def test_every_exporter_declares_every_layer(tmp_path: Path, source) -> None:
    from importlib import import_module

    from vostochny.reading.layers import LAYER_NAMES

    for fmt, module in FORMATS.items():
        declared = import_module(f"vostochny.export.{module}").CARRIES
        assert set(declared) == set(LAYER_NAMES), fmt  # a new layer fails here until every format says
        assert all(c.how in ("carried", "partial", "lost") for c in declared.values()), fmt
        assert all(c.note for c in declared.values() if c.how != "carried"), fmt
    export("conll2003", tmp_path / "c", source=source)
    layers = json.loads((tmp_path / "c" / "LOSSES.json").read_text(encoding="utf-8"))["layers"]
    assert layers["relations"]["how"] == "lost" and set(layers) == set(LAYER_NAMES)


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
