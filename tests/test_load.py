"""Loading: validated models, the Hugging Face DatasetDict, and the wheel's own data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, SAMPLE_ID
from vostochny.corpus import document_files
from vostochny.documents import CorpusError, load_documents
from vostochny.labels import ENTITY_TYPES, MENTION_KINDS


def test_load_documents_matches_the_files() -> None:
    docs = load_documents(REPO)
    assert [d.id for d in docs] == [p.stem for p in document_files(REPO / "annotations")]


def test_load_documents_refuses_an_invalid_corpus(sample_corpus: Path) -> None:
    path = sample_corpus / "annotations" / f"{SAMPLE_ID}.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"kind": "name"', '"kind": "title"', 1), encoding="utf-8")
    with pytest.raises(CorpusError) as error:
        load_documents(sample_corpus)
    assert error.value.report.errors[0].code == "V104"


def test_load_gives_splits_with_explicit_features() -> None:
    import vostochny
    from datasets import ClassLabel, List

    ds = vostochny.load(root=REPO)
    splits = vostochny.documents.load_splits(REPO)
    assert set(ds) == {"train", "validation", "test"}
    for name in ds:
        assert ds[name]["id"] == getattr(splits, name)
    features = ds["train"].features
    assert isinstance(features["mentions"], List)
    assert features["mentions"].feature["kind"] == ClassLabel(names=list(MENTION_KINDS))
    assert features["entities"].feature["type"].names == list(ENTITY_TYPES)
    docs = {d.id: d for d in load_documents(REPO)}
    for row in ds["train"]:
        doc = docs[row["id"]]
        assert len(row["tokens"]) == len(doc.tokens)
        assert [m["text"] for m in row["mentions"]] == [m.text for m in doc.mentions]
        assert all(row["text"][m["start"]:m["end"]] == m["text"] for m in row["mentions"])
        kinds = features["mentions"].feature["kind"]
        assert [kinds.int2str(m["kind"]) for m in row["mentions"]] == [m.kind for m in doc.mentions]


def test_wheel_carries_the_corpus_and_loads_from_another_folder(tmp_path: Path) -> None:
    """Build the wheel, install it into a bare target folder, and load from `/` (offline)."""
    wheel_dir, target = tmp_path / "wheel", tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(wheel_dir), str(REPO)], check=True, capture_output=True)
    wheel = next(wheel_dir.glob("vostochny-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    code = ("import vostochny, vostochny.corpus as c; ds = vostochny.load(); "
            "print(c.packaged_root(), sum(ds.num_rows.values()), vostochny.validate().ok)")
    env = {**os.environ, "PYTHONPATH": str(target), "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}
    result = subprocess.run([sys.executable, "-c", code], cwd="/", env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    root, rows, ok = result.stdout.split()
    assert root.startswith(str(target)) and root.endswith("vostochny/corpus")
    assert int(rows) == len(document_files(REPO / "annotations")) and ok == "True"
