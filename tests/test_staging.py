"""All-or-nothing writes: an import that fails or is killed between file swaps leaves the corpus
wholly old (once the next run has settled it) and no staging folder behind."""

from __future__ import annotations

import errno
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from vostochny.export import export, read_source
from vostochny.importers.brat import import_brat
from vostochny.writing import staging
from vostochny.writing.leftovers import PREFIX


def _files(folder: Path) -> dict[str, bytes | None]:
    """Every entry of `folder` with its bytes (None for a folder: a staging leftover shows)."""
    return {p.name: p.read_bytes() if p.is_file() else None for p in folder.iterdir()}


#: the quote of a document whose attribution the fixture changes, by its first words: from, to
_ATTRIBUTION_CHANGED = {"reuters-kim-putin-summit": ("Russia would help Kim build satellites", "speech", "writing")}
#: the mention of each other document whose entity's type the fixture changes, by its words: from, to
_TYPE_CHANGED = {"ap-kim-whereabouts-after-summit": ("Kim\u2019s delegation", "PER", "ORG"),
                 "time-kim-russia-trip-putin-weakness": ("Kim's delegation", "PER", "ORG")}


@pytest.fixture
def edited(repo_corpus: Path, tmp_path: Path) -> tuple[Path, Path, dict[str, bytes], dict[str, bytes]]:
    """(corpus, brat folder with three documents edited, annotation files before, after a full import)."""
    out = tmp_path / "brat"
    export("brat", out, source=read_source(repo_corpus))
    # edits no rule decides: the Russian media's question may have been written (emailed), a delegation is a group of
    # people or a body; V261, V401 and V438 decide every other attribution change of release 1 but this one (the
    # thirtieth session: `suggested`, `assessed`, `released intelligence` typed a thought are refused)
    for stem, (words, old, new) in _ATTRIBUTION_CHANGED.items():
        ann = out / f"{stem}.ann"
        lines = ann.read_text(encoding="utf-8").split("\n")
        (quote,) = [line.split("\t")[0] for line in lines
                    if "\tQuote " in line and line.split("\t")[2].startswith(words)]
        (n,) = [i for i, line in enumerate(lines) if line.endswith(f"\tAttribution {quote} {old}")]
        lines[n] = lines[n][: -len(old)] + new
        ann.write_text("\n".join(lines), encoding="utf-8")
    for stem, (words, old, new) in _TYPE_CHANGED.items():
        ann = out / f"{stem}.ann"
        lines = ann.read_text(encoding="utf-8").split("\n")
        (n,) = [i for i, line in enumerate(lines) if line.endswith(f"\t{words}") and f"\t{old} " in line]
        lines[n] = lines[n].replace(f"\t{old} ", f"\t{new} ", 1)
        ann.write_text("\n".join(lines), encoding="utf-8")
    reference = tmp_path / "reference"
    shutil.copytree(repo_corpus, reference, ignore=shutil.ignore_patterns("brat", "reference"))
    old = _files(repo_corpus / "annotations")
    assert len(import_brat(out, reference).written) == len(_ATTRIBUTION_CHANGED) + len(_TYPE_CHANGED)
    new = _files(reference / "annotations")
    return repo_corpus, out, old, new


def test_write_all_writes_every_file_with_its_mode(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_bytes(b"old")
    (tmp_path / "a.json").chmod(0o640)
    written = staging.write_all(tmp_path, {"a.json": b"new a", "sub/b.txt": b"new b"})
    assert written == [tmp_path / "a.json", tmp_path / "sub" / "b.txt"]
    assert (tmp_path / "a.json").read_bytes() == b"new a" and (tmp_path / "sub" / "b.txt").read_bytes() == b"new b"
    assert (tmp_path / "a.json").stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json", "sub"]
    with pytest.raises(ValueError):
        staging.write_all(tmp_path, {"../escape": b""})


def _tree(root: Path) -> dict[str, bytes | None]:
    return {str(p.relative_to(root)): p.read_bytes() if p.is_file() else None for p in sorted(root.rglob("*"))}


def test_a_read_only_folder_changes_nothing_and_leaves_nothing(tmp_path: Path, monkeypatch) -> None:
    """A swap refused by a read-only folder was undone by writing into that folder too (the undo failed, and
    the staging folder, named in the error, stayed); the error names the file, nothing changed, nothing is left."""
    root = tmp_path / "root"
    (root / "sub").mkdir(parents=True)
    (root / "a.json").write_bytes(b"old a")
    (root / "sub" / "b.txt").write_bytes(b"old b")
    before = _tree(root)
    real_replace, real_unlink = os.replace, os.unlink

    def read_only(path) -> None:  # every folder `sub` but those staged
        if Path(path).parent.name == "sub" and PREFIX not in str(path):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    def replace(src, dst) -> None:
        read_only(dst)
        real_replace(src, dst)

    def unlink(path, *args, **kwargs) -> None:
        read_only(path)
        real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "unlink", unlink)
    for files in ({"a.json": b"new a", "sub/b.txt": b"new b"}, {"a.json": b"new a", "sub/c.txt": b"new c"}):
        with pytest.raises(OSError) as raised:
            staging.write_all(root, files)
        assert raised.value.errno == errno.EROFS and raised.value.filename == str(root / list(files)[1])
        assert _tree(root) == before
    with pytest.raises(OSError) as raised:  # a folder made for the files goes with them
        staging.write_all(root / "new", {"x.txt": b"x", "sub/y.txt": b"y"})
    assert raised.value.filename == str(root / "new" / "sub" / "y.txt") and _tree(root) == before


def test_files_on_two_filesystems_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    """`migrate old.json /dev/shm/b.json` staged at `/` (their common folder), failed at the swap (exit 3) and left
    `/.vostochny-staging-*` behind."""
    other = Path("/dev/shm")
    if not other.is_dir() or other.stat().st_dev == tmp_path.stat().st_dev or not os.access(other, os.W_OK):
        pytest.skip("no writable folder on another filesystem")
    elsewhere = Path(tempfile.mkdtemp(dir=other))
    try:
        (tmp_path / "a.json").write_bytes(b"old a")
        (tmp_path / "far").symlink_to(elsewhere)
        before = _tree(tmp_path)
        with pytest.raises(OSError) as raised:
            staging.write_all(tmp_path, {"a.json": b"new a", "far/b.json": b"new b"})
        assert raised.value.errno == errno.EXDEV and raised.value.filename == str(tmp_path / "far" / "b.json")
        assert _tree(tmp_path) == before and list(elsewhere.iterdir()) == []
    finally:
        shutil.rmtree(elsewhere)


def test_failure_between_swaps_restores_the_old_files(edited, monkeypatch) -> None:
    corpus, out, old, _ = edited
    real, swaps = os.replace, []

    def failing(src, dst) -> None:
        if Path(dst).parent == corpus / "annotations":  # a swap, not a write inside the staging folder
            swaps.append(dst)
            if len(swaps) == 3:
                raise OSError(28, "No space left on device")
        real(src, dst)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(OSError):
        import_brat(out, corpus)
    assert len(swaps) > 3  # the two swaps made were undone (backups swapped back)
    assert _files(corpus / "annotations") == old


_SLOW_SWAPS = """
import os, sys, time
from pathlib import Path
from vostochny.writing import staging
from vostochny.importers.brat import import_brat

real, marker = os.replace, Path(sys.argv[3])

def slow(src, dst):
    real(src, dst)
    if Path(dst).suffix == ".json" and "vostochny-staging" not in str(dst):
        marker.touch()
        time.sleep(60)

staging.os.replace = slow
import_brat(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_killed_between_swaps_is_undone_by_the_next_run(edited, tmp_path: Path) -> None:
    corpus, out, old, new = edited
    marker = tmp_path / "swapped-one"
    child = subprocess.Popen([sys.executable, "-c", _SLOW_SWAPS, str(out), str(corpus), str(marker)])
    deadline = time.monotonic() + 60
    while not marker.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert marker.exists()
    documents = {name: data for name, data in _files(corpus / "annotations").items() if not name.startswith(".")}
    assert sum(documents[n] == new[n] != old[n] for n in documents) == 1  # killed mid-way: one file swapped
    staging.recover(corpus / "annotations")
    assert _files(corpus / "annotations") == old


def test_killed_at_random_moments_leaves_old_or_new(edited) -> None:
    corpus, out, old, new = edited
    vostochny = Path(sys.executable).with_name("vostochny")
    rng = random.Random(20230913)
    for _ in range(3):
        child = subprocess.Popen([str(vostochny), "import", "brat", str(out), "--corpus", str(corpus)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 2.0))
        child.send_signal(signal.SIGKILL)
        child.wait()
        staging.recover(corpus / "annotations")  # what the next run does first
        assert _files(corpus / "annotations") in (old, new)
        for name, data in old.items():
            if data is not None:  # a folder (annotations/released/) is not the import's
                (corpus / "annotations" / name).write_bytes(data)


def test_recover_leaves_a_running_writer_alone(tmp_path: Path) -> None:
    stage = tmp_path / f"{PREFIX}busy"
    stage.mkdir()
    fd = os.open(stage, os.O_RDONLY)
    try:
        pytest.importorskip("fcntl").flock(fd, 2)  # LOCK_EX
        staging.recover(tmp_path)
        assert stage.is_dir()
    finally:
        os.close(fd)
    staging.recover(tmp_path)
    assert not stage.exists()


_KILLED_AFTER_SWAPS = """
import os, sys
from vostochny.writing import staging
from vostochny.writing.leftovers import PREFIX
from vostochny.cli import main

real, swaps = os.replace, []

def killed(src, dst):
    real(src, dst)
    if PREFIX not in str(dst):
        swaps.append(dst)
        if len(swaps) == int(os.environ["KILL_AFTER"]):
            os._exit(9)

staging.os.replace = killed
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("swapped", [1, 2, 3])
def test_a_killed_new_is_put_back_before_the_next_new_reads_the_splits(sample_corpus: Path, tmp_path: Path,
                                                                       swapped: int) -> None:
    """A `new` killed after its swaps (`splits.json`, swapped last, lists its id) was put back only when the next
    `new` wrote: that one had read the half-swapped `splits.json` and wrote back the killed id, its files gone."""
    from vostochny.checking.validator import validate

    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Kim met Putin in Moscow on Tuesday.\n", encoding="utf-8")
    second.write_text("Putin met Kim in Vladivostok.\n", encoding="utf-8")
    killed = subprocess.run([sys.executable, "-c", _KILLED_AFTER_SWAPS, "new", str(first), "--id", "killed-one",
                             "--corpus", str(sample_corpus)], env={**os.environ, "KILL_AFTER": str(swapped)},
                            capture_output=True, text=True)
    assert killed.returncode == 9 and list(sample_corpus.glob(PREFIX + "*")), killed.stderr
    vostochny = Path(sys.executable).with_name("vostochny")
    again = subprocess.run([str(vostochny), "new", str(second), "--id", "second-one", "--corpus", str(sample_corpus)],
                           capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    splits = (sample_corpus / "annotations" / "splits.json").read_text(encoding="utf-8")
    assert "second-one" in splits and "killed-one" not in splits
    assert not (sample_corpus / "raw" / "killed-one.txt").exists()
    assert [p.code for p in validate(sample_corpus).errors] == []
    assert sorted(p.name for p in sample_corpus.rglob(".*")) == []


def test_a_killed_migrate_is_put_back_before_the_next_migrate_reads(sample_corpus: Path) -> None:
    """The next migrate read the file the killed one had swapped in as current, then put its old version back
    and said it was up to date: it stayed in its old schema version."""
    from test_migrations import _make_old

    from vostochny.model.models import SCHEMA_VERSION

    doc, splits = _make_old(sample_corpus), sample_corpus / "annotations" / "splits.json"
    splits.write_text(json.dumps({**json.loads(splits.read_text(encoding="utf-8")), "schema_version": "1.0.0"}),
                      encoding="utf-8")
    killed = subprocess.run([sys.executable, "-c", _KILLED_AFTER_SWAPS, "migrate", str(doc), str(splits)],
                            env={**os.environ, "KILL_AFTER": "1"}, capture_output=True, text=True)
    assert killed.returncode == 9, killed.stderr
    again = subprocess.run([str(Path(sys.executable).with_name("vostochny")), "migrate", str(doc), str(splits)],
                           capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert [json.loads(p.read_text(encoding="utf-8"))["schema_version"] for p in (doc, splits)] == [SCHEMA_VERSION] * 2
    assert sorted(p.name for p in sample_corpus.rglob(".*")) == []
