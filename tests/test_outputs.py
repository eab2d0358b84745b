"""Output paths are checked before any work, and a release folder is replaced whole or not at all."""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from sample import write_sample_corpus

from vostochny.errors import UsageError
from vostochny.verbs.release import MARKER, build
from vostochny.writing import outputs


def _build_cli(out: Path, corpus: Path, *prefix: str) -> subprocess.CompletedProcess:
    command = [*prefix, sys.executable, "-m", "vostochny", "build", "--out", str(out), "--corpus", str(corpus)]
    return subprocess.run(command, capture_output=True, text=True, cwd=out.parent)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _beside(out: Path) -> list[str]:
    """Names beside `out` that a build made (the release and any staging or old folder)."""
    return sorted(p.name for p in out.parent.iterdir() if out.name in p.name)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_sample_corpus(tmp_path / "corpus")


@pytest.mark.parametrize("where", ["annotations", "annotations/x", "raw/x", ".", ".."])
def test_output_in_or_around_the_corpus_data_is_refused(corpus: Path, where: str) -> None:
    with pytest.raises(UsageError, match="annotations/ or raw/"):
        outputs.check_output_dir(corpus / where, corpus)
    if where not in (".", ".."):  # a report file at the corpus root is fine (`diff --out review.md`)
        with pytest.raises(UsageError, match="annotations/ or raw/"):
            outputs.check_output_file(corpus / where / "report.md", corpus)


def test_existing_file_and_foreign_folder_are_refused_but_earlier_releases_are_not(corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(UsageError, match="is a file, not a folder"):
        outputs.check_output_dir(tmp_path / "notes.txt", corpus)
    with pytest.raises(UsageError, match="is a file, not a folder"):
        outputs.check_output_dir(tmp_path / "notes.txt" / "sub", corpus)
    foreign = tmp_path / "photos"
    foreign.mkdir()
    (foreign / "summary.json").write_text('{"holiday": true}')
    with pytest.raises(UsageError, match="holds other files"):
        outputs.check_output_dir(foreign, corpus, MARKER)
    (tmp_path / "empty").mkdir()
    assert outputs.check_output_dir(tmp_path / "empty", corpus, MARKER) == (tmp_path / "empty").resolve()
    release = tmp_path / "release"
    build(release, corpus)
    assert outputs.check_output_dir(release, corpus, MARKER) == release.resolve()


def test_cli_refuses_bad_outputs_with_a_message_and_no_traceback(corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("keep me")
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "a.txt").write_text("keep me too")
    for out, message in ((tmp_path / "README.md", "is a file"), (foreign, "holds other files"),
                         (corpus / "raw", "annotations/ or raw/"), (corpus, "annotations/ or raw/")):
        result = _build_cli(out, corpus)
        assert result.returncode == 2, result.stderr
        assert message in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "README.md").read_text() == "keep me" and (foreign / "a.txt").read_text() == "keep me too"
    assert sorted(p.name for p in (corpus / "raw").iterdir()) == ["sample-doc.txt"]


def test_unwritable_output_is_refused() -> None:
    base = Path(tempfile.mkdtemp())
    try:
        base.chmod(0o755)
        corpus = write_sample_corpus(base / "corpus")
        (base / "ro").mkdir(mode=0o555)
        prefix: list[str] = []
        if os.geteuid() == 0:  # root writes anywhere: run as nobody, for whom `ro` is read-only
            if not shutil.which("setpriv"):
                pytest.skip("running as root without setpriv")
            prefix = [shutil.which("setpriv"), "--reuid=65534", "--regid=65534", "--clear-groups"]
        result = _build_cli(base / "ro" / "release", corpus, *prefix)
        assert result.returncode == 2 and "not writable" in result.stderr, result.stderr
        assert list((base / "ro").iterdir()) == []
    finally:
        (base / "ro").chmod(0o755)
        shutil.rmtree(base)


def test_rebuild_leaves_exactly_what_the_build_wrote(corpus: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "release"
    first = build(out, corpus)
    assert capsys.readouterr() == ("", "")  # the library does not print; the CLI prints the result
    assert {p for e in first.exports for p, _ in e.files} <= set(out.rglob("*"))
    expected = _snapshot(out)
    (out / "stale.txt").write_text("from an older build")
    (out / "jsonl" / "old-format.jsonl").write_text("{}")
    build(out, corpus)
    assert _snapshot(out) == expected
    assert _beside(out) == ["release"]


def test_failed_build_keeps_the_previous_release(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    from vostochny.export import brat

    out = tmp_path / "release"
    build(out, corpus)
    before = _snapshot(out)

    def failing(self, part) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(brat.Writer, "add", failing)
    with pytest.raises(UsageError, match="No space left"):
        build(out, corpus)
    assert _snapshot(out) == before and _beside(out) == ["release"]


def test_killed_builds_leave_the_old_or_the_new_release_whole(corpus: Path, tmp_path: Path) -> None:
    out, saved = tmp_path / "release", tmp_path / "saved"
    assert _build_cli(saved, corpus).returncode == 0
    old = _snapshot(saved)
    splits = corpus / "annotations" / "splits.json"
    splits.write_text(json.dumps({**json.loads(splits.read_text()), "train": [], "validation": ["sample-doc"]}))
    started = time.monotonic()
    assert _build_cli(out, corpus).returncode == 0
    duration = time.monotonic() - started
    new = _snapshot(out)
    assert new != old
    rng = random.Random(20230913)
    for _ in range(4):
        shutil.rmtree(out)
        shutil.copytree(saved, out)
        process = subprocess.Popen([sys.executable, "-m", "vostochny", "build", "--out", str(out), "--corpus",
                                    str(corpus)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 1.0) * duration)
        process.kill()
        process.wait()
        assert _snapshot(out) in (old, new)
    assert _build_cli(out, corpus).returncode == 0  # and clears what the killed runs left
    assert _snapshot(out) == new and _beside(out) == ["release"]


def test_next_run_clears_leftovers_and_restores_a_release_caught_between_renames(tmp_path: Path) -> None:
    out = tmp_path / "release"
    dead = 2**22 + 1  # above the kernel's default pid_max: no such process
    old = tmp_path / f".release.vostochny-old-{dead}-0a1b"
    old.mkdir()
    (old / "summary.json").write_text("{}")
    (tmp_path / f".release.vostochny-new-{dead}-xyz").mkdir()
    outputs.clear_leftovers(out)
    assert (out / "summary.json").read_text() == "{}" and _beside(out) == ["release"]


def test_fallback_swap_without_atomic_exchange(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(outputs, "_exchange", lambda a, b: False)
    out = tmp_path / "out"
    for content in ("first", "second"):
        with outputs.replaced_dir(out) as staging:
            (staging / "f.txt").write_text(content)
    assert _snapshot(out) == {"f.txt": b"second"} and _beside(out) == ["out"]
