"""Shared fixtures: the repository's paths and a small, valid sample corpus to break."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The package compiles its patterns from a cache at import (`vostochny.patterns`), before any fixture runs: the
# session reads and writes a folder of its own, never the user's cache folder.
os.environ["VOSTOCHNY_CACHE"] = tempfile.mkdtemp(prefix="vostochny-tests-cache-")
atexit.register(shutil.rmtree, os.environ["VOSTOCHNY_CACHE"], True)

from sample import (  # noqa: E402
    REPO,
    SAMPLE_ID,
    SAMPLE_TEXT,
    sample_document,
    sample_registry,
    sample_splits,
    write_sample_corpus,
)

__all__ = ["REPO", "SAMPLE_ID", "SAMPLE_TEXT", "sample_document", "sample_registry", "sample_splits"]


@pytest.fixture
def sample_corpus(tmp_path: Path) -> Path:
    """A valid one-document corpus in a temporary folder."""
    return write_sample_corpus(tmp_path)


@pytest.fixture
def repo_corpus(tmp_path: Path) -> Path:
    """A copy of the repository's corpus that a test may break."""
    for folder in ("raw", "annotations", "schema"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    return tmp_path


@pytest.fixture
def exported(repo_corpus: Path, tmp_path: Path) -> Path:
    """The brat export of `repo_corpus` (tests/test_brat*.py)."""
    from vostochny.export import export, read_source

    out = tmp_path / "brat"
    export("brat", out, source=read_source(repo_corpus))
    return out


@pytest.fixture(autouse=True)
def _private_load_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """`vostochny.load()` caches Parquet; tests never write into the user's cache folder."""
    monkeypatch.setenv("VOSTOCHNY_CACHE", str(tmp_path_factory.getbasetemp() / "load-cache"))
