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


def test_existing_file_and_foreign_folder_are_refused_but_earlier_releases_are_not(corpus: Path,
                                                                                   tmp_path: Path) -> None:
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


def _as_nobody() -> list[str]:
    """The prefix that runs a command as `nobody` where this process is root ([] otherwise): root reads and writes any
    file, and CI runs as root, so a test of a permission runs its check in a child process without root's; the test
    is skipped only as root without `setpriv` (util-linux)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


def test_unwritable_output_is_refused() -> None:
    base = Path(tempfile.mkdtemp())
    try:
        base.chmod(0o755)
        corpus = write_sample_corpus(base / "corpus")
        (base / "ro").mkdir(mode=0o555)
        result = _build_cli(base / "ro" / "release", corpus, *_as_nobody())  # for nobody `ro` is read-only
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


def test_leftovers_are_found_by_name_not_by_a_glob_pattern(tmp_path: Path) -> None:
    dead = 2**22 + 1
    other = tmp_path / f".out1.vostochny-old-{dead}-0a1b"  # another folder's only copy of its previous output
    other.mkdir()
    mine = tmp_path / f".out[1].vostochny-new-{dead}-xyz"
    mine.mkdir()
    outputs.clear_leftovers(tmp_path / "out[1]")
    assert sorted(p.name for p in tmp_path.iterdir()) == [other.name]


def test_fallback_swap_without_atomic_exchange(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(outputs, "_exchange", lambda a, b: False)
    out = tmp_path / "out"
    for content in ("first", "second"):
        with outputs.replaced_dir(out) as staging:
            (staging / "f.txt").write_text(content)
    assert _snapshot(out) == {"f.txt": b"second"} and _beside(out) == ["out"]


def _export_cli(out: Path, corpus: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "vostochny", "export", "--format", "jsonl", "--out", str(out), "--corpus",
               str(corpus)]
    return subprocess.run(command, capture_output=True, text=True, cwd=out.parent)


def _padded(marker_file: Path, size: int) -> None:
    """`marker_file` (a loss report) as its writer would write it with one more item, past `size` bytes."""
    report = json.loads(marker_file.read_text(encoding="utf-8"))
    report["items"].append({"what": "padding", "document": "*", "id": "-", "detail": "Восточный " * (size // 10)})
    marker_file.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert marker_file.stat().st_size > size


def _earlier_outputs(corpus: Path, tmp_path: Path) -> dict[str, tuple[Path, outputs.Marker]]:
    """An earlier export, release and rendering, by the verb that wrote it."""
    from vostochny import export as exporting
    from vostochny.verbs import render

    exporting.export("jsonl", tmp_path / "export", corpus)
    build(tmp_path / "release", corpus)
    (tmp_path / "site").mkdir()
    pages = [tmp_path / "site" / f"doc-{n}.html" for n in range(50)]
    render.write_marker(tmp_path / "site", pages)
    return {"export": (tmp_path / "export", exporting.MARKER), "build": (tmp_path / "release", MARKER),
            "render": (tmp_path / "site", render.MARKER)}


def test_earlier_outputs_past_the_size_cap_are_known_by_their_first_keys(corpus: Path, tmp_path: Path,
                                                                         monkeypatch) -> None:
    for verb, (folder, marker) in _earlier_outputs(corpus, tmp_path).items():
        data = (folder / marker.file).read_bytes()
        last = f'"{marker.first[-1]}":'.encode()
        head = data.index(last) + len(last)  # the first keys and the values before the last one's
        assert data.startswith(b"{") and head < len(data) // 2
        for cap in (*range(head, head + 40), len(data) // 2, len(data) - 1, len(data)):
            monkeypatch.setattr(outputs, "MAX_ANNOTATION_BYTES", cap)
            assert outputs.is_ours(folder, marker), (verb, cap)
            assert outputs.check_output_dir(folder, corpus, marker) == folder.resolve()


def test_a_prefix_cut_inside_a_character_or_a_value_is_read_as_far_as_it_goes(tmp_path: Path, monkeypatch) -> None:
    marker = outputs.Marker("m.json", ("name", "note", "items"), frozenset({"name", "note", "items", "end"}))
    text = json.dumps({"name": "Восточный", "note": {"why": "космодром"}, "items": ["x"] * 9, "end": 1},
                      ensure_ascii=False)
    (tmp_path / "m.json").write_text(text, encoding="utf-8")
    whole = len(text.encode())
    head = len(text[:text.index('"items"') + len('"items":')].encode())
    for cap in range(whole + 2):
        monkeypatch.setattr(outputs, "MAX_ANNOTATION_BYTES", cap)
        assert outputs.is_ours(tmp_path, marker) == (cap >= head), cap
    (tmp_path / "m.json").write_text(text.replace(', "end": 1', ""), encoding="utf-8")  # read whole: every key
    assert not outputs.is_ours(tmp_path, marker)


@pytest.mark.parametrize("content", [
    b'{"holiday": true, "format": "jsonl", "options": {}}',  # the keys, not first
    b'{"options": {}, "format": "jsonl", "summary": {}, "items": []}',
    b'{"format": "jsonl" "options": {}}',  # not JSON where the keys are
    b'["format", "options"]',
    b'{"form\xff": "jsonl", "options": {}}',  # not UTF-8
    b"\xff\xfe" + b"x" * 100,
    b"",
])
def test_a_marker_named_file_that_is_not_ours_is_refused_whatever_its_size(corpus: Path, tmp_path: Path,
                                                                           monkeypatch, content: bytes) -> None:
    from vostochny.export import MARKER as LOSSES

    folder = tmp_path / "mine"
    folder.mkdir()
    for cap in (outputs.MAX_ANNOTATION_BYTES, 40):  # read whole; cut (the same text padded past the cap)
        monkeypatch.setattr(outputs, "MAX_ANNOTATION_BYTES", cap)
        (folder / LOSSES.file).write_bytes(content + b" " * (cap + 1 - len(content)) if cap == 40 else content)
        assert not outputs.is_ours(folder, LOSSES)
        with pytest.raises(UsageError, match="holds other files"):
            outputs.check_output_dir(folder, corpus, LOSSES)


@pytest.mark.parametrize("kind", ["fifo", "folder", "link", "dangling link", "link to /dev/zero"])
def test_a_marker_that_is_not_a_regular_file_is_refused_not_a_traceback(corpus: Path, tmp_path: Path,
                                                                       kind: str) -> None:
    from vostochny.export import MARKER as LOSSES

    earlier = tmp_path / "earlier"
    mine = tmp_path / "mine"
    mine.mkdir()
    path = mine / LOSSES.file
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "link":  # to an earlier export's own report: this folder is still not one
        from vostochny.export import export

        export("jsonl", earlier, corpus)
        path.symlink_to(earlier / LOSSES.file)
    elif kind == "dangling link":
        path.symlink_to(tmp_path / "gone.json")
    else:
        path.symlink_to("/dev/zero")
    assert not outputs.is_ours(mine, LOSSES)
    with pytest.raises(UsageError, match="holds other files"):
        outputs.check_output_dir(mine, corpus, LOSSES)


#: the check of an output folder in a child process (`_as_nobody`): whether it is ours, and what refuses it
_CHECK_AS_CHILD = """import sys
from pathlib import Path
from vostochny.errors import UsageError
from vostochny.export import MARKER
from vostochny.writing import outputs
mine, corpus = map(Path, sys.argv[1:])
print(outputs.is_ours(mine, MARKER))
try:
    outputs.check_output_dir(mine, corpus, MARKER)
except UsageError as refused:
    print(refused)
"""


def test_an_unreadable_marker_is_refused_not_a_traceback() -> None:
    """A marker file of mode 0 (no one but root reads it) is no export's report: the folder holds other files. Run
    in a child process, as `nobody` where the tests run as root (CI: root reads any file, and the test was skipped
    there until the thirty-sixth session)."""
    import vostochny
    from vostochny.export import MARKER as LOSSES

    base = Path(tempfile.mkdtemp())
    try:
        base.chmod(0o777)  # nobody reaches the corpus, and may write the folder and beside it
        corpus, mine = write_sample_corpus(base / "corpus"), base / "mine"
        mine.mkdir(mode=0o777)
        mine.chmod(0o777)  # past the umask
        path = mine / LOSSES.file
        path.write_text('{"format": "jsonl", "options": {}, "summary": {}, "items": []}')
        path.chmod(0)
        env = {**os.environ, "PYTHONPATH": str(Path(vostochny.__file__).parents[1]), "PYTHONDONTWRITEBYTECODE": "1"}
        result = subprocess.run([*_as_nobody(), sys.executable, "-c", _CHECK_AS_CHILD, str(mine), str(corpus)],
                                capture_output=True, text=True, env=env, cwd=base, check=False)
        assert (result.returncode, result.stderr) == (0, ""), result.stderr
        ours, refused = result.stdout.splitlines()
        assert ours == "False" and "holds other files" in refused, result.stdout
    finally:
        shutil.rmtree(base)


def test_export_and_build_replace_their_own_output_past_the_size_cap(corpus: Path, tmp_path: Path,
                                                                     monkeypatch) -> None:
    from vostochny.export import MARKER as LOSSES
    from vostochny.export import export

    export("jsonl", tmp_path / "export", corpus)
    build(tmp_path / "release", corpus)
    expected = {name: _snapshot(tmp_path / name) for name in ("export", "release")}
    _padded(tmp_path / "export" / LOSSES.file, 4096)
    monkeypatch.setattr(outputs, "MAX_ANNOTATION_BYTES", 64)
    export("jsonl", tmp_path / "export", corpus)
    build(tmp_path / "release", corpus)
    assert {name: _snapshot(tmp_path / name) for name in ("export", "release")} == expected


def test_cli_export_replaces_its_own_huge_loss_report_and_refuses_a_huge_foreign_one(corpus: Path,
                                                                                    tmp_path: Path) -> None:
    from vostochny.reading.files import MAX_ANNOTATION_BYTES

    out = tmp_path / "export"
    assert _export_cli(out, corpus).returncode == 0
    expected = _snapshot(out)
    _padded(out / "LOSSES.json", MAX_ANNOTATION_BYTES)  # as the writer would write it, past the real cap
    result = _export_cli(out, corpus)
    assert result.returncode == 0, result.stderr
    assert _snapshot(out) == expected and _beside(out) == ["export"]
    foreign = b'{"holiday": "' + b"x" * MAX_ANNOTATION_BYTES + b'"}'
    (out / "LOSSES.json").write_bytes(foreign)
    result = _export_cli(out, corpus)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and "holds other files (no LOSSES.json" in result.stderr
    assert (out / "LOSSES.json").read_bytes() == foreign


def test_an_output_folder_that_cannot_be_listed_is_refused_not_an_internal_error(corpus: Path, tmp_path: Path,
                                                                                  monkeypatch) -> None:
    """Root reads every folder, so the listing's PermissionError is planted: it is a usage error that says so."""
    out = tmp_path / "release"
    out.mkdir()
    (out / "x.txt").write_text("x", encoding="utf-8")

    def refused(self: Path) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "iterdir", refused)
    with pytest.raises(UsageError, match=r"cannot be read .Permission denied"):
        outputs.check_output_dir(out, corpus, MARKER)


def test_a_removed_working_folder_is_no_internal_error(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    """An absolute output path still works after the working folder is removed; a relative one is a usage error."""
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    assert outputs.check_output_dir(tmp_path / "release", corpus) == (tmp_path / "release").resolve()
    with pytest.raises(UsageError, match="give an absolute path"):
        outputs.check_output_dir(Path("release"), corpus)


def test_the_end_of_a_file_is_read_bounded_and_from_regular_files_only(tmp_path: Path) -> None:
    """`files.read_tail` (the end of `summary.json`, whatever its size): the last bytes and whether they are the
    whole file; a FIFO, a folder or a link to /dev/zero is refused as `read_capped` refuses it (never a hang)."""
    from vostochny.errors import FileRefused
    from vostochny.reading.files import read_tail

    path = tmp_path / "summary.json"
    path.write_bytes(b"0123456789")
    assert [read_tail(path, n) for n in (0, 3, 9, 10, 11)] == [
        (b"", False), (b"789", False), (b"123456789", False), (b"0123456789", True), (b"0123456789", True)]
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "zero").symlink_to("/dev/zero")
    for other in ("fifo", "zero", "."):
        with pytest.raises(FileRefused, match="not a regular file"):
            read_tail(tmp_path / other, 10)


def test_a_marker_nested_past_the_parser_is_no_earlier_output_and_no_crash(corpus: Path, tmp_path: Path) -> None:
    """`is_ours` never raises: a marker file nested deeper than the JSON parser goes is refused like any other
    file that is not the verb's (it raised RecursionError, an "internal error" at the command line)."""
    out = tmp_path / "release"
    out.mkdir()
    (out / MARKER.file).write_text('{"documents": ' + "[" * 100_000 + "]" * 100_000 + ', "total": {}}',
                                   encoding="utf-8")
    assert not outputs.is_ours(out, MARKER)
    with pytest.raises(UsageError, match="holds other files"):
        outputs.check_output_dir(out, corpus, MARKER)
