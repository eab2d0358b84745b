"""`vostochny new`: a new article gives a file that validates; bad requests write nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vostochny.cli import main
from vostochny.validator import validate

ARTICLE = "MOSCOW (AP) — Kim Jong Un left Russia on Sunday.\nHe said the trip was “a success.”  \n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "incoming" / "article.txt"
    path.parent.mkdir()
    path.write_bytes(ARTICLE.encode("utf-8"))
    return path


def test_new_document_validates_and_keeps_the_bytes(sample_corpus: Path, article: Path, monkeypatch) -> None:
    monkeypatch.chdir(sample_corpus)
    assert main(["new", str(article), "--id", "ap-kim-leaves-russia", "--outlet", "Associated Press"]) == 0
    assert (sample_corpus / "raw" / "ap-kim-leaves-russia.txt").read_bytes() == article.read_bytes()
    doc = json.loads((sample_corpus / "annotations" / "ap-kim-leaves-russia.json").read_text(encoding="utf-8"))
    assert doc["meta"]["outlet"] == "Associated Press" and doc["meta"]["source_file"] == "article.txt"
    assert [t[2] for t in doc["tokens"]][:4] == ["MOSCOW", "(", "AP", ")"]
    assert len(doc["sentences"]) == 2 and doc["mentions"] == []
    splits = json.loads((sample_corpus / "annotations" / "splits.json").read_text(encoding="utf-8"))
    assert "ap-kim-leaves-russia" in splits["train"]
    assert validate(".").problems == []


@pytest.mark.parametrize("args", [["--id", "Bad_ID"], ["--id", "sample-doc"], ["--id", "ok-id", "--date", "13 Sept"]])
def test_bad_requests_write_nothing(sample_corpus: Path, article: Path, monkeypatch, args: list[str]) -> None:
    monkeypatch.chdir(sample_corpus)
    before = sorted(p.name for p in sample_corpus.rglob("*"))
    assert main(["new", str(article), *args]) == 2
    assert sorted(p.name for p in sample_corpus.rglob("*")) == before


def test_non_utf8_article_is_refused(sample_corpus: Path, tmp_path: Path, monkeypatch) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Kim arrivé".encode("latin-1"))
    monkeypatch.chdir(sample_corpus)
    assert main(["new", str(bad), "--id", "latin-article"]) == 2
    assert not (sample_corpus / "raw" / "latin-article.txt").exists()
