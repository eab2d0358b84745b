"""`vostochny stats` figures equal counts computed here independently from the JSON files."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from conftest import REPO

from vostochny.reading.corpus import document_files
from vostochny.reading.documents import corpus_splits, load_documents
from vostochny.verbs.stats import COLUMNS, count_table, counts

RAW = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in document_files(REPO / "annotations")}


def _stats(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vostochny", "stats", *args], cwd=REPO, capture_output=True, text=True)


def test_json_figures_match_independent_counts() -> None:
    stats = json.loads(_stats("--format", "json").stdout)
    for doc_id, data in RAW.items():
        got = stats["documents"][doc_id]
        for layer in ("tokens", "sentences", "entities", "mentions", "relations", "quotes", "zones"):
            assert got[layer] == len(data[layer]), (doc_id, layer)
        types = {e["id"]: e["type"] for e in data["entities"]}
        assert {k: v for k, v in got["mentions_by_type"].items() if v} == dict(Counter(types[m["entity"]] for m in data["mentions"]))
        assert {k: v for k, v in got["relations_by_type"].items() if v} == dict(Counter(r["type"] for r in data["relations"]))
        assert got["attributed_quotes"] == sum(1 for q in data["quotes"] if q["speaker"])
    corpus = stats["corpus"]
    kb_docs = Counter(kb for d in RAW.values() for kb in {e["kb_id"] for e in d["entities"] if e["kb_id"]})
    assert corpus["cross_document_entities"] == sum(1 for n in kb_docs.values() if n > 1)
    assert corpus["mentions"] == sum(len(d["mentions"]) for d in RAW.values())
    quotes = sum(len(d["quotes"]) for d in RAW.values())
    assert corpus["attributed_share"] == (round(corpus["attributed_quotes"] / quotes, 4) if quotes else None)


def test_table_and_markdown_show_the_totals() -> None:
    total = sum(len(d["mentions"]) for d in RAW.values())
    table, markdown = _stats().stdout, _stats("--format", "markdown").stdout
    assert "TOTAL" in table and str(total) in table.split("TOTAL")[1].split("\n")[0]
    assert markdown.startswith("| document |") and f"| {total} |" in markdown


def test_plots_are_png_files(tmp_path: Path) -> None:
    result = _stats("--plots", str(tmp_path))
    assert result.returncode == 0, result.stderr
    pngs = sorted(tmp_path.glob("*.png"))
    assert {p.name for p in pngs} >= {"mentions-by-type.png", "quotes-per-speaker.png", "mentions-per-entity.png"}
    assert all(p.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") for p in pngs)


def test_count_table_aligns_counts_right_and_totals_them() -> None:
    rows = [(("train", "a"), [3, 10]), (("test", ""), [1, 4])]
    assert count_table(("split", "note"), ("documents", "tokens"), rows) == ("| split | note | documents | tokens |\n| --- | --- | ---: | ---: |\n| train | a | 3 | 10 |\n"
            "| test |  | 1 | 4 |\n| **total** |  | **4** | **14** |")


def test_the_card_counts_each_split_and_the_corpus() -> None:
    """The dataset card's table (the same renderer as the README's) sums the documents of every split."""
    from vostochny.export.card import CardFacts, _table

    docs = {doc.id: doc for doc in load_documents(REPO)}
    splits, facts = corpus_splits(REPO), CardFacts()
    for split in ("train", "validation", "test"):
        for doc_id in getattr(splits, split):
            facts.splits[split].update({"documents": 1, **counts(docs[doc_id])})
    lines = _table(facts).splitlines()
    assert lines[-1] == "| **total** | " + " | ".join(
        f"**{n}**" for n in [len(docs), *(sum(counts(d)[c] for d in docs.values()) for c in COLUMNS)]) + " |"
    assert [line.split(" | ")[0] for line in lines[2:-1]] == ["| train", "| validation", "| test"]
