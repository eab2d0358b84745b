"""Past one machine: the per-document validation runs as a `datasets.Dataset.map` over rows of
(file name, annotation bytes, raw text), the way a corpus of millions of documents in Parquet
shards would be checked (docs/performance.md), and finds what the validator finds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sample import REPO

from vostochny.checking.rules import RULES
from vostochny.checking.validator import validate, validate_document_bytes
from vostochny.model.models import Registry
from vostochny.reading import loader

datasets = pytest.importorskip("datasets")

DOCUMENTS = 24


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic corpus of a few dozen documents, one with a mention shifted by a character."""
    root = tmp_path_factory.mktemp("scale") / "corpus"
    script = REPO / "scripts" / "synthesize.py"
    subprocess.run([sys.executable, str(script), str(DOCUMENTS), "--out", str(root), "--seed", "3"], check=True,
                   stdout=subprocess.DEVNULL)
    planted = root / "annotations" / "synthetic-000007.json"
    doc = json.loads(planted.read_text(encoding="utf-8"))
    doc["mentions"][3]["start"] += 1
    planted.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return root


def _rows(root: Path) -> dict[str, list]:
    files = sorted((root / "annotations").glob("synthetic-*.json"))
    return {"stem": [p.stem for p in files], "data": [p.read_bytes() for p in files],
            "text": [(root / "raw" / f"{p.stem}.txt").read_bytes().decode("utf-8") for p in files]}


def check_row(row: dict, registry: Registry) -> dict:
    """The map function: one row in, its errors' codes and pointers out (Arrow columns): the planted error is one."""
    found = [p for p in validate_document_bytes(row["data"], row["text"], registry, row["stem"])
             if p.severity == "error"]
    return {"codes": [p.code for p in found], "pointers": [p.pointer for p in found]}


def test_datasets_map_finds_the_planted_error(synthetic: Path) -> None:
    registry = loader.load_registry(synthetic / "annotations" / "entities.json", "entities.json").model
    rows = datasets.Dataset.from_dict(_rows(synthetic))
    checked = rows.map(check_row, fn_kwargs={"registry": registry}, num_proc=2, remove_columns=["data", "text"])
    assert checked.num_rows == DOCUMENTS
    found = {row["stem"]: list(zip(row["codes"], row["pointers"], strict=True)) for row in checked if row["codes"]}
    assert list(found) == ["synthetic-000007"]
    assert ("V202", "/mentions/3/text") in found["synthetic-000007"]
    whole = validate(synthetic)  # the same problems as the validator's own run over the files
    across = {r.code for r in RULES if r.scope != "document"}  # the corpus rules run once, after the map (V321)
    assert sorted((p.code, p.pointer) for p in whole.problems if p.code not in across and p.severity == "error") == \
        sorted(found["synthetic-000007"])


def test_the_synthesizer_replaces_only_a_synthetic_corpus(tmp_path: Path) -> None:
    """`--out` naming a folder with a user's files (`--out .`, a typo) removed it whole before the synthesizer wrote
    into it: now it refuses (exit 1, the folder as it was), and replaces only a corpus it made (its mark file)."""
    script = REPO / "scripts" / "synthesize.py"
    kept = tmp_path / "notes"
    kept.mkdir()
    (kept / "draft.txt").write_text("mine", encoding="utf-8")
    refused = subprocess.run([sys.executable, str(script), "2", "--out", str(kept)], capture_output=True, text=True)
    assert refused.returncode == 1 and "no synthetic corpus made by this script" in refused.stderr
    assert [p.name for p in kept.iterdir()] == ["draft.txt"]
    made = tmp_path / "made"
    for _ in range(2):  # the second run replaces the first's corpus
        subprocess.run([sys.executable, str(script), "2", "--out", str(made)], check=True, capture_output=True)
    assert sorted(p.name for p in (made / "annotations").glob("synthetic-*.json")) == [
        "synthetic-000000.json", "synthetic-000001.json"]
