"""`vostochny stats` figures equal counts computed here independently from the JSON files."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from conftest import REPO

from vostochny.cli import main
from vostochny.reading.corpus import document_files
from vostochny.reading.documents import corpus_splits
from vostochny.verbs.stats import COLUMNS, count_table

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
        assert ({k: v for k, v in got["mentions_by_type"].items() if v}
                == dict(Counter(types[m["entity"]] for m in data["mentions"])))
        assert ({k: v for k, v in got["relations_by_type"].items() if v}
                == dict(Counter(r["type"] for r in data["relations"])))
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
    assert count_table(("split", "note"), ("documents", "tokens"), rows) == (
        "| split | note | documents | tokens |\n| --- | --- | ---: | ---: |\n| train | a | 3 | 10 |\n"
        "| test |  | 1 | 4 |\n| **total** |  | **4** | **14** |")


def test_the_card_counts_each_split_and_the_corpus() -> None:
    """The dataset card's table (the same renderer as the README's) sums the documents of every split, as the card's
    writer adds them (`document_facts`, `CardFacts.add`), to the sizes of the JSON files' layers. It added the
    figures itself, so a document counted twice by `CardFacts.add` passed (the thirty-fifth session's mutants)."""
    from vostochny.export import read_source
    from vostochny.export.card import CardFacts, _table, document_facts

    views = {view.doc.id: view for view in read_source(REPO).items}
    splits, facts = corpus_splits(REPO), CardFacts()
    names = ("train", "validation", "test")
    for split in names:
        for doc_id in getattr(splits, split):
            facts.add(split, document_facts(views[doc_id]))
    lines = _table(facts).splitlines()
    for split, line in zip(names, lines[2:-1], strict=True):
        ids = getattr(splits, split)
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        assert cells[:3] == [split, str(len(ids)), str(sum(len(RAW[d]["tokens"]) for d in ids))], line
    assert lines[-1] == "| **total** | " + " | ".join(
        f"**{n}**" for n in [len(RAW), *(sum(len(d[c]) for d in RAW.values()) for c in COLUMNS)]) + " |"


def test_factuality_attribution_and_quote_links_are_counted_with_the_unannotated(sample_corpus: Path) -> None:
    from sample import repository_quote_links

    from vostochny.model.models import QuoteLinks
    from vostochny.reading.documents import iter_documents
    from vostochny.verbs.stats import corpus_stats, format_stats

    views = list(iter_documents(sample_corpus))
    stats = corpus_stats(views)
    corpus = stats["corpus"]
    assert corpus["factuality_by_relation_type"]["LEADER_OF"] == {"denied": 0, "possible": 0, "reported": 0,
                                                                  "asserted": 1, "not annotated": 0}
    assert corpus["attribution_by_quote_kind"]["direct"]["speech"] == 1
    assert corpus["quote_links"] is None  # no links file: not annotated, not "no links"
    text = format_stats(stats, "text")
    assert "quote links: not annotated" in text and "attribution by quote kind" in text
    # the repository's quote ids: counting needs no documents
    links = QuoteLinks.model_validate(repository_quote_links())
    linked = corpus_stats(views, links)["corpus"]["quote_links"]
    assert linked == {"links": 3, "by_wording": {"verbatim": 0, "partial": 0, "paraphrase": 2, "chain": 1},
                      "linked_quotes": 5, "utterances": 2, "documents_per_utterance": {"2": 1, "3": 1}}


def test_unannotated_factuality_and_attribution_show_in_the_cli_output() -> None:
    stats = json.loads(_stats("--format", "json").stdout)["corpus"]
    relations = sum(len(d["relations"]) for d in RAW.values())
    unannotated = sum(1 for d in RAW.values() for r in d["relations"] if r.get("factuality") is None)
    assert sum(row["not annotated"] for row in stats["factuality_by_relation_type"].values()) == unannotated
    assert sum(sum(row.values()) for row in stats["factuality_by_relation_type"].values()) == relations
    quotes = [q for d in RAW.values() for q in d["quotes"]]
    for kind, row in stats["attribution_by_quote_kind"].items():
        assert row["not annotated"] == sum(1 for q in quotes if q["kind"] == kind and q.get("attribution") is None)
    markdown = _stats("--format", "markdown").stdout
    assert "| factuality by relation type | denied | possible | reported | asserted | not annotated |" in markdown


def _tree(root: Path) -> dict[str, bytes | None]:
    return {str(p.relative_to(root)): p.read_bytes() if p.is_file() else None for p in sorted(root.rglob("*"))}


def test_plots_stay_out_of_the_corpus_data_and_a_file_is_refused(sample_corpus: Path,
                                                                  tmp_path_factory: pytest.TempPathFactory) -> None:
    """`--plots` had no guard: it wrote PNGs into annotations/ (V010) or raw/, and a file as DIR was exit 3."""
    before, tmp_path = _tree(sample_corpus), tmp_path_factory.mktemp("elsewhere")
    (tmp_path / "notes.md").write_text("keep me", encoding="utf-8")
    taken = tmp_path / "taken"
    (taken / "mentions-by-type.png").mkdir(parents=True)
    for where, message in ((sample_corpus / "annotations", "annotations/ or raw/"),
                           (sample_corpus / "raw" / "plots", "annotations/ or raw/"),
                           (sample_corpus, "annotations/ or raw/"), (tmp_path / "notes.md", "is a file"),
                           (tmp_path / "notes.md" / "plots", "is a file"), (taken, "is a folder")):
        result = subprocess.run([sys.executable, "-m", "vostochny", "stats", "--plots", str(where)],
                                cwd=sample_corpus, capture_output=True, text=True)
        assert result.returncode == 2 and message in result.stderr, (where, result.stderr)
        assert result.stdout == "" and "Traceback" not in result.stderr  # refused before any work
    assert _tree(sample_corpus) == before and (tmp_path / "notes.md").read_text(encoding="utf-8") == "keep me"


def test_a_write_error_in_plots_is_a_usage_error_that_changes_nothing(sample_corpus: Path,
                                                                     tmp_path_factory: pytest.TempPathFactory,
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A read-only folder or a full disk was an internal error (exit 3), and the charts were written one by one."""
    plots = tmp_path_factory.mktemp("plots")
    (plots / "mentions-by-type.png").write_bytes(b"old chart")
    (plots / "notes.md").write_text("keep me", encoding="utf-8")
    before = _tree(plots)
    replace = os.replace

    def full_disk(src: str | Path, dst: str | Path) -> None:
        if Path(dst).parent == plots and Path(dst).name == "quotes-per-speaker.png":  # the second chart swapped in
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(dst))
        replace(src, dst)

    monkeypatch.setattr(os, "replace", full_disk)
    assert main(["stats", "--corpus", str(sample_corpus), "--plots", str(plots)]) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert _tree(plots) == before  # the first chart put back, no staging folder left
