"""The benchmark scripts a contributor runs by hand: they start, and take a revision name as data."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("script", ["run.py", "validation_parts.py", "instructions.py"])
def test_a_benchmark_script_says_how_to_run_it(script: str) -> None:
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / script), "--help"], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0 and "usage:" in done.stdout, done.stderr


def test_a_revision_that_reads_as_an_option_is_no_revision(tmp_path: Path) -> None:
    """`instructions.py --against` resolves the name before `git worktree add` sees it: `--orphan` is refused."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import instructions
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    with pytest.raises(subprocess.CalledProcessError):
        instructions._worktree("--orphan", tmp_path / "tree")
    assert not (tmp_path / "tree").exists()


def test_a_revision_is_checked_out_beside_the_checkout(tmp_path: Path) -> None:
    """The worktree `instructions.py --against` counts is the revision's own tree (then removed, as the script does)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        import instructions
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    tree = instructions._worktree("HEAD", tmp_path / "tree")
    try:
        at = subprocess.run(["git", "rev-parse", "HEAD"], cwd=tree, capture_output=True, text=True, check=True).stdout
        assert at == head and (tree / "src" / "vostochny" / "cli.py").is_file()
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=REPO, check=False)
