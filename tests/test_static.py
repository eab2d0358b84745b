"""The whole source passes a strict static type check (`mypy`, `[tool.mypy]` of pyproject.toml), and the source,
the tests, the benchmarks and the scripts pass the linter (`ruff check`, `[tool.ruff]`): no file is excluded. The one
exception is a rule, not a file: the annotation pass specs (scripts/annotation/first, second and gold) are data
written as Python, one span per line with its text, so their lines may be longer than 120 characters (E501)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

SRC = REPO / "src"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=REPO, capture_output=True, text=True, timeout=600)


def _needs(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed in this environment (pip install -e '.[test]' brings it)")


def test_mypy_strict(tmp_path: Path) -> None:
    _needs("mypy")
    result = _run("mypy", "--config-file", str(REPO / "pyproject.toml"), "--cache-dir", str(tmp_path / "mypy"),
                  str(SRC))
    assert result.returncode == 0, f"mypy found errors:\n{result.stdout}{result.stderr}"


def test_ruff_check() -> None:
    """`src`, `tests`, `benchmarks` and `scripts` pass `ruff check` (E501 is waived for the annotation pass specs
    only: `per-file-ignores` of pyproject.toml)."""
    _needs("ruff")
    result = _run("ruff", "check", "--no-cache", "--config", str(REPO / "pyproject.toml"),
                  *(str(REPO / folder) for folder in ("src", "tests", "benchmarks", "scripts")))
    assert result.returncode == 0, f"ruff found problems:\n{result.stdout}{result.stderr}"
