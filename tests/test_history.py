"""V325 and V326 against git history (`vostochny.reading.history`): a raw text is held to the version first
committed, whatever the release manifest says; a committed manifest must not be deleted or rewritten to fit an
edited text; `release-manifest` refuses to record such a text. Every test builds its own git repository (with
an identity of its own, no user or system configuration): none reads this project's history, which a fresh or
shallow clone in CI does not have."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sample import (
    SAMPLE_ID,
    SAMPLE_TEXT,
    commit_all,
    git,
    sample_document,
    sample_text,
    write_json,
    write_sample_corpus,
)
from test_rules import _edit, _edit_raw_text, _released

from vostochny.checking.validator import validate
from vostochny.cli import main
from vostochny.reading import history
from vostochny.reading.history import blob_id, first_commits

DOC = f"annotations/{SAMPLE_ID}.json"
RAW = f"raw/{SAMPLE_ID}.txt"
MANIFEST = "annotations/RELEASED.json"
RAW_POINTER = f"/files/raw~1{SAMPLE_ID}.txt"


def _codes(*paths: str) -> list[tuple[str, str, str]]:
    return [(p.code, p.file, p.pointer) for p in validate(*paths).problems]


@pytest.fixture
def released(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The sample corpus released (dataset 1.0.0, `annotations/RELEASED.json`) and committed; the working folder."""
    root = write_sample_corpus(tmp_path / "corpus")
    _released(root)
    commit_all(root)
    monkeypatch.chdir(root)
    return root


def _rewrite_manifest(root: Path) -> None:
    """Record the raw text as it now is in the release manifest, as an attacker would by hand."""
    import hashlib

    data = (root / RAW).read_bytes()
    _edit(root / MANIFEST, lambda m: m["files"].update({RAW: hashlib.sha256(data).hexdigest()}))


def _no_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A PATH without git on it."""
    empty = tmp_path / "no-git-bin"
    empty.mkdir(exist_ok=True)
    monkeypatch.setenv("PATH", str(empty))


# -- the reading layer ------------------------------------------------------------------------------------------

def test_blob_id_is_the_id_git_gives_the_bytes(tmp_path: Path) -> None:
    for data in (b"", SAMPLE_TEXT.encode("utf-8"), b"\xef\xbb\xbfa\r\nb"):
        (tmp_path / "f").write_bytes(data)
        assert blob_id(data) == subprocess.run(["git", "hash-object", str(tmp_path / "f")], capture_output=True,
                                               text=True, check=True).stdout.strip()


def test_each_raw_file_is_read_at_the_commit_that_first_added_it(tmp_path: Path) -> None:
    """Oldest adding commit first: an edit, a deletion and a re-adding later change nothing. Names with spaces, a
    line break, a leading dash or an option's shape are data; a text in a subfolder of raw/ is no corpus file."""
    raw = tmp_path / "raw"
    (tmp_path / "annotations").mkdir()
    raw.mkdir()
    names = ["a", "b c\n", "-x", "--output=y", "ü", "*"]
    for name in names:
        (raw / f"{name}.txt").write_bytes(f"first {name}".encode())
    (raw / "sub").mkdir()
    (raw / "sub" / "z.txt").write_bytes(b"z")
    first = commit_all(tmp_path, "first")
    (raw / "a.txt").write_bytes(b"second")
    commit_all(tmp_path, "edited")
    (raw / "a.txt").unlink()
    commit_all(tmp_path, "deleted")
    (raw / "a.txt").write_bytes(b"third")
    (tmp_path / MANIFEST).write_bytes(b"{}")
    last = commit_all(tmp_path, "added again, and the manifest")
    found = first_commits(tmp_path)
    assert found.known and found.reason == ""
    assert found.raw == {name: history.FirstCommit(first, blob_id(f"first {name}".encode())) for name in names}
    assert found.manifest == history.FirstCommit(last, blob_id(b"{}"))


def test_a_corpus_in_a_subfolder_of_its_repository(tmp_path: Path) -> None:
    corpus = write_sample_corpus(tmp_path / "data" / "corpus")
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "elsewhere.txt").write_bytes(b"not this corpus's")
    commit = commit_all(tmp_path)
    assert first_commits(corpus).raw == {SAMPLE_ID: history.FirstCommit(commit, blob_id(SAMPLE_TEXT.encode()))}


def test_no_history_where_git_cannot_tell(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not a work tree, a repository without a commit, a SHA-256 repository (blob ids are SHA-1's here), no git
    binary: no history, never an exception."""
    write_sample_corpus(tmp_path / "plain")
    assert first_commits(tmp_path / "plain") == history.History(False, reason=history.NOT_A_REPO)
    empty = write_sample_corpus(tmp_path / "empty")
    git(empty, "init", "-q")
    assert not first_commits(empty).known
    wide = write_sample_corpus(tmp_path / "wide")
    git(wide, "init", "-q", "--object-format=sha256")
    commit_all(wide)
    assert first_commits(wide) == history.History(False, reason="the repository uses SHA-256 object ids")
    _no_git(monkeypatch, tmp_path)
    assert first_commits(wide).reason == history.NO_GIT == "git is not installed or not on PATH"


def test_a_git_that_hangs_is_given_up_and_ended(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A git that never answers (a network file system, a lock) is no history after the timeout, and killed;
    one that prints nonsense is no history either."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "git"
    fake.write_text(f"#!/bin/sh\nexec {shutil.which('sleep')} 60\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setattr(history, "GIT_TIMEOUT", 0.5)
    with history.Lookup(tmp_path) as lookup:
        call = lookup.call
        assert call is not None and lookup.result().reason == "git took more than 0.5 s"
    assert call.returncode is not None  # ended, not left running
    fake.write_text("#!/bin/sh\nprintf '\\001nonsense\\002\\002\\000\\n:1 2 3 4 A\\000raw/x.txt\\000'\n",
                    encoding="utf-8")
    assert first_commits(tmp_path) == history.History(False, reason="git log printed what it should not")


def test_a_shallow_clone_trusts_no_file_its_boundary_added(tmp_path: Path) -> None:
    """A shallow clone's oldest commit seems to add every file it holds: those are not held to it (their real
    first commit is out of reach). Files added after the boundary are."""
    origin = write_sample_corpus(tmp_path / "origin")
    commit_all(origin, "one")
    (origin / "raw" / "middle.txt").write_bytes(b"middle")
    commit_all(origin, "two")
    (origin / "raw" / "later.txt").write_bytes(b"later")
    later = commit_all(origin, "three")
    git(tmp_path, "clone", "-q", "--depth", "2", f"file://{origin}", "clone")
    found = first_commits(tmp_path / "clone")
    assert found.known and found.raw == {"later": history.FirstCommit(later, blob_id(b"later"))}
    assert first_commits(origin).raw.keys() == {SAMPLE_ID, "middle", "later"}


# -- V325 and V326 ----------------------------------------------------------------------------------------------

def test_a_committed_release_unchanged_and_a_new_uncommitted_document_are_clean(released: Path) -> None:
    assert validate(".").problems == []
    other = "zz-doc"
    write_json(released / "annotations" / f"{other}.json", sample_document(other))
    (released / "raw" / f"{other}.txt").write_bytes(sample_text(other).encode("utf-8"))
    _edit(released / "annotations" / "splits.json", lambda d: d["train"].append(other))
    assert validate(".").problems == []  # a text never committed is new; the manifest does not list it either
    commit_all(released, "a new document")
    assert validate(".").problems == []


def test_a_raw_text_edited_with_its_document_and_manifest_is_caught_by_history(released: Path) -> None:
    """The attack: the text, its document (sha256, length, every span) and the manifest edited together passed."""
    _edit_raw_text(released, SAMPLE_ID, "win", "won")
    _rewrite_manifest(released)
    assert _codes(".") == [("V325", DOC, "/sha256"), ("V326", MANIFEST, RAW_POINTER)]
    report = validate(".")
    assert "is not the text first committed" in report.problems[0].message
    assert report.problems[1].line > 0  # located in the manifest
    for narrowed in (DOC, RAW):  # the manifest's rule runs on the whole corpus only
        assert _codes(narrowed) == [("V325", DOC, "/sha256")], narrowed
    commit_all(released, "the edit, committed")  # a later commit is no first commit
    assert _codes(".") == [("V325", DOC, "/sha256"), ("V326", MANIFEST, RAW_POINTER)]


def test_a_deleted_manifest_hides_nothing(released: Path) -> None:
    (released / MANIFEST).unlink()
    assert _codes(".") == [("V326", MANIFEST, "")]
    _edit_raw_text(released, SAMPLE_ID, "win", "won")
    assert _codes(".") == [("V325", DOC, "/sha256"), ("V326", MANIFEST, "")]
    commit_all(released, "the manifest deleted, committed")
    assert _codes(".") == [("V325", DOC, "/sha256"), ("V326", MANIFEST, "")]


def test_a_manifest_that_records_another_text_for_an_unchanged_one(released: Path) -> None:
    import hashlib

    _edit(released / MANIFEST, lambda m: m["files"].update({RAW: hashlib.sha256(b"another").hexdigest()}))
    assert _codes(".") == [("V326", MANIFEST, RAW_POINTER)]
    assert "was first committed" in validate(".").problems[0].message


def test_a_manifest_never_committed_may_be_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_sample_corpus(tmp_path)
    commit_all(root)
    monkeypatch.chdir(root)
    assert validate(".").problems == []


def test_without_history_the_manifest_is_compared(released: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """No git (an installed package, a tarball, a machine without git): the manifest is what there is. Edited with
    the text, it cannot tell (what history is for); left as released, it does. Without either: a note."""
    _no_git(monkeypatch, tmp_path)
    _edit_raw_text(released, SAMPLE_ID, "win", "won")
    assert _codes(".") == [("V325", DOC, "/sha256")]
    assert "was released with SHA-256" in validate(".").problems[0].message
    _rewrite_manifest(released)
    assert _codes(".") == []
    (released / MANIFEST).unlink()
    report = validate(".")
    assert report.problems == [] and any("git history could not be read" in n for n in report.notes), report.notes


def test_not_a_work_tree_falls_back_to_the_manifest_silently(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = write_sample_corpus(tmp_path)
    monkeypatch.chdir(root)
    report = validate(".")
    assert report.problems == [] and report.notes == []


def test_a_shallow_clone_falls_back_to_the_manifest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """CI checks out one commit: the raw texts' first commits are out of reach, and the manifest is compared."""
    origin = write_sample_corpus(tmp_path / "origin")
    _released(origin)
    commit_all(origin, "released")
    _edit_raw_text(origin, SAMPLE_ID, "win", "won")
    commit_all(origin, "the text edited")
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{origin}", "clone")
    monkeypatch.chdir(tmp_path / "clone")
    report = validate(".")
    assert [(p.code, p.pointer) for p in report.problems] == [("V325", "/sha256")]
    assert "was released with SHA-256" in report.problems[0].message


def test_the_packaged_corpus_asks_no_git(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_: object, **__: object) -> None:
        raise AssertionError("git was called")

    monkeypatch.setattr(subprocess, "Popen", refused)
    assert validate().ok


# -- release-manifest -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("manifest", ["rewritten", "deleted", "left"])
def test_release_manifest_refuses_a_raw_text_edited_since_its_first_commit(
        released: Path, manifest: str, capsys: pytest.CaptureFixture[str]) -> None:
    """With the dataset version raised, `release-manifest` recorded an edited text (the old manifest rewritten or
    deleted first): it refuses, exit 1, with the located V325, and writes nothing."""
    _edit_raw_text(released, SAMPLE_ID, "win", "won")
    if manifest == "rewritten":
        _rewrite_manifest(released)
    elif manifest == "deleted":
        (released / MANIFEST).unlink()
    before = (released / MANIFEST).read_bytes() if (released / MANIFEST).exists() else None
    (released / "src" / "vostochny" / "DATASET_VERSION").write_text("2.0.0\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["release-manifest", "--corpus", str(released)]) == 1
    err = capsys.readouterr().err
    assert f"{DOC}:" in err and " V325 " in err and "refused" in err and "nothing written" in err, err
    after = (released / MANIFEST).read_bytes() if (released / MANIFEST).exists() else None
    assert after == before


def test_release_manifest_records_a_new_uncommitted_document(released: Path) -> None:
    other = "zz-doc"
    write_json(released / "annotations" / f"{other}.json", sample_document(other))
    (released / "raw" / f"{other}.txt").write_bytes(sample_text(other).encode("utf-8"))
    _edit(released / "annotations" / "splits.json", lambda d: d["train"].append(other))
    (released / "src" / "vostochny" / "DATASET_VERSION").write_text("1.1.0\n", encoding="utf-8")
    assert main(["release-manifest", "--corpus", str(released)]) == 0
    files = json.loads((released / MANIFEST).read_text(encoding="utf-8"))["files"]
    assert f"raw/{other}.txt" in files and RAW in files


def test_the_cli_documents_the_refusal(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["release-manifest", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "1 the corpus does not validate" in out and "(V325)" in out and "nothing is written" in out


def test_a_copy_of_a_clean_corpus_outside_git_is_unaffected(tmp_path: Path) -> None:
    """A release folder copied out of its repository (a tarball) keeps the manifest comparison alone."""
    root = write_sample_corpus(tmp_path / "corpus")
    _released(root)
    commit_all(root)
    copy = tmp_path / "copy"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns(".git"))
    assert validate(copy).problems == []
    assert not (copy / ".git").exists() and any(copy.iterdir())


def test_a_hook_s_git_variables_do_not_move_the_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Git exports GIT_DIR (and GIT_INDEX_FILE) to some hooks: the history read is still the one the corpus root
    lies in, never another repository's."""
    corpus = write_sample_corpus(tmp_path / "corpus")
    commit = commit_all(corpus)
    other = write_sample_corpus(tmp_path / "other")
    (other / RAW).write_bytes(b"another text")
    commit_all(other)
    monkeypatch.setenv("GIT_DIR", str(other / ".git"))
    monkeypatch.setenv("GIT_WORK_TREE", str(other))
    assert first_commits(corpus).raw == {SAMPLE_ID: history.FirstCommit(commit, blob_id(SAMPLE_TEXT.encode()))}


@pytest.mark.parametrize(("attributes", "rewrites", "unpinned"), [
    ("raw/*.txt -text", "", False), ("raw/*.txt binary", "", False), ("raw/*.txt -text eol=crlf", "", False),
    ("", "", True), ("raw/*.txt text", "text", False), ("raw/*.txt text=auto", "text=auto", False),
    ("raw/*.txt eol=lf", "eol=lf", False), ("raw/*.txt -text ident", "ident", False),
    ("raw/*.txt -text filter=lfs", "filter=lfs", False),
    ("raw/*.txt -text working-tree-encoding=UTF-16", "working-tree-encoding=UTF-16", False),
    # the old name of `text`, and values git ignores (a review found `crlf` read as no attribute, and `ident=`
    # shifting every later value: an empty value was dropped from git's output)
    ("raw/*.txt crlf", "crlf", False), ("raw/*.txt -crlf", "", False), ("raw/*.txt crlf=input", "crlf=input", False),
    ("raw/*.txt -text -eol", "", False), ("raw/*.txt -text ident=", "", False), ("raw/*.txt -text filter", "", False),
    ("raw/*.txt -text working-tree-encoding=UTF-8", "", False), ("raw/*.txt text=", "", True),
    # a pattern in other case rewrites the files of every clone on a case-insensitive file system (a review)
    ("RAW/*.TXT text eol=crlf", "text eol=crlf", False), ("RAW/** -text", "", True),
])
def test_what_git_attributes_do_to_a_raw_text_on_checkout(tmp_path: Path, attributes: str, rewrites: str,
                                                          unpinned: bool) -> None:
    """Every attribute that rewrites a file on checkout is named (V341), `-text` alone keeps it, none leaves its line
    breaks to each clone (V342); `eol` sets `text` and is ignored beside `-text`, as git reads them."""
    from vostochny.reading.history import Checkout, checkout_attributes

    git(tmp_path, "init", "-q")
    (tmp_path / ".gitattributes").write_text(attributes + "\n", encoding="utf-8")
    expected = {name: Checkout(rewrites, unpinned) for name in ("raw/a.txt", "raw/b c.txt")} \
        if rewrites or unpinned else {}
    assert checkout_attributes(tmp_path, ["raw/a.txt", "raw/b c.txt"]) == expected
    assert checkout_attributes(tmp_path.parent / "nowhere", ["raw/a.txt"]) is None  # git fails: not run, noted


def test_no_attributes_are_asked_of_git_outside_a_work_tree(tmp_path: Path) -> None:
    """Outside a work tree git fails (in the locale's words): the validator does not ask, where the history found
    no work tree, so a corpus outside git has neither V341, V342 nor a note of attributes not read."""
    from vostochny.reading.history import checkout_attributes

    assert checkout_attributes(tmp_path, ["raw/a.txt"]) is None
    corpus = write_sample_corpus(tmp_path / "corpus")
    report = validate(corpus)
    assert report.ok and not report.problems and not report.notes, (report.problems, report.notes)
