"""Contributor journeys end to end, in a git clone of a corpus: a contributor breaks something and
runs the validator the ways people do (from the root, from `raw/`, from `annotations/`, on the
edited file, through the pre-commit hook). Every way must fail with exit 1 and print the cause
first, or a broken commit gets through one of them."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from sample import REPO, write_sample_corpus
from test_bad_inputs import CASES, overlay, planted

from vostochny.checking.problems import CATALOGUE

DOC = "reuters-kim-putin-summit"
MODES = ("root", "raw", "annotations", "file", "hook")
GIT = ["git", "-c", "user.name=journey", "-c", "user.email=journey@example.org", "-c", "commit.gpgsign=false"]
# try-repo commits the repository's uncommitted changes to a shadow copy: CI may have no git identity
_IDENTITY = {f"GIT_{who}_{what}": value for who in ("AUTHOR", "COMMITTER")
             for what, value in (("NAME", "journey"), ("EMAIL", "journey@example.org"))}


@dataclass(frozen=True)
class Journey:
    """A change a contributor makes, the corpus it is made to, and the code that must come first."""

    name: str
    base: str  # "repo": a copy of this repository's corpus; "sample": tests/sample.py's corpus
    cause: str
    edited: tuple[str, ...]
    change: Callable[[Path], None]


def _split_documents(root: Path) -> list[str]:
    splits = json.loads((root / "annotations" / "splits.json").read_text(encoding="utf-8"))
    return [doc for name in ("train", "validation", "test") for doc in splits[name]]


def _edit_raw(root: Path) -> None:
    """Change the first character of the document's first mention (so spans depend on it)."""
    doc = json.loads((root / "annotations" / f"{DOC}.json").read_text(encoding="utf-8"))
    path = root / "raw" / f"{DOC}.txt"
    text = path.read_bytes().decode("utf-8")  # offsets count code points of the bytes as stored
    at = doc["mentions"][0]["start"]
    path.write_bytes((text[:at] + ("X" if text[at] != "X" else "Y") + text[at + 1 :]).encode("utf-8"))


def _registry_id_used_by_three(root: Path) -> str:
    counts: dict[str, int] = {}
    for doc_id in _split_documents(root):
        doc = json.loads((root / "annotations" / f"{doc_id}.json").read_text(encoding="utf-8"))
        for kb_id in {e["kb_id"] for e in doc["entities"] if e["kb_id"]}:
            counts[kb_id] = counts.get(kb_id, 0) + 1
    return min(k for k, n in counts.items() if n == 3)


def _rename_registry_id(root: Path) -> None:
    """Rename, in the registry only, an id that three documents link to."""
    path = root / "annotations" / "entities.json"
    old = json.dumps(_registry_id_used_by_three(root))
    text = path.read_text(encoding="utf-8")
    assert text.count(f'"id": {old}') == 1
    path.write_text(text.replace(f'"id": {old}', f'"id": {old[:-1]}-renamed"'), encoding="utf-8")


def _edit_splits(root: Path, edit: Callable[[dict], None]) -> None:
    path = root / "annotations" / "splits.json"
    splits = json.loads(path.read_text(encoding="utf-8"))
    edit(splits)
    path.write_text(json.dumps(splits, indent=2) + "\n", encoding="utf-8")


def _drop_from_splits(root: Path) -> None:
    _edit_splits(root, lambda s: s["test"].remove(DOC))


def _add_unknown_to_splits(root: Path) -> None:
    _edit_splits(root, lambda s: s["train"].append("no-such-document"))


def _case_journey(case: Path) -> Journey:
    """A bad-input catalogue case, planted in the sample corpus."""
    return Journey(case.name, "sample", _expected(case)["code"], _edited(case), lambda root: overlay(case, root))


def _edited(case: Path) -> tuple[str, ...]:
    """What a case plants: files in the corpus folders, or a whole folder beside them (e.g. staging)."""
    paths = []
    for top in case.iterdir():
        if top.name in ("annotations", "raw", "schema"):
            paths += [str(planted(p.relative_to(case))) for p in top.rglob("*") if p.is_file()]
        elif top.name != "expected.json":
            paths.append(top.name)
    return tuple(sorted(paths))


def _expected(case: Path) -> dict:
    return json.loads((case / "expected.json").read_text(encoding="utf-8"))


def _fails_by_default(case: Path) -> bool:
    """Cases that break a corpus under default options (not a warning, no --max-bytes), in a file of it: not
    attributes that rewrite the raw texts (V341: a whole corpus's rule, its journey a test of its own below)."""
    expected = _expected(case)
    return not expected["options"] and CATALOGUE[expected["code"]].severity == "error" and expected["code"] != "V341"


RAW_EDIT = Journey("edit-raw-file", "repo", "V203", (f"raw/{DOC}.txt",), _edit_raw)
JOURNEYS = [
    RAW_EDIT,
    Journey("rename-registry-id", "repo", "V208", ("annotations/entities.json",), _rename_registry_id),
    Journey("drop-document-from-splits", "repo", "V304", ("annotations/splits.json",), _drop_from_splits),
    Journey("unknown-document-in-splits", "repo", "V303", ("annotations/splits.json",), _add_unknown_to_splits),
    *(_case_journey(c) for c in CASES if _fails_by_default(c)),
]


def _git_repo(root: Path) -> Path:
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / ".gitattributes").write_text((REPO / ".gitattributes").read_text(encoding="utf-8"), encoding="utf-8")
    subprocess.run([*GIT, "add", "-A"], cwd=root, check=True)
    subprocess.run([*GIT, "commit", "-q", "-m", "corpus"], cwd=root, check=True)
    return root


@pytest.fixture(scope="session")
def bases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Committed clean corpora, copied by each journey: this repository's and the sample."""
    repo = tmp_path_factory.mktemp("repo-corpus")
    for folder in ("annotations", "raw", "schema"):
        shutil.copytree(REPO / folder, repo / folder)
    sample = write_sample_corpus(tmp_path_factory.mktemp("sample-corpus"))
    return {"repo": _git_repo(repo), "sample": _git_repo(sample)}


def _clone(journey: Journey, bases: dict[str, Path], tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    shutil.copytree(bases[journey.base], root, symlinks=True)
    journey.change(root)
    return root.resolve()


@dataclass(frozen=True)
class Hook:
    """pre-commit, run with a configuration file and a home of its own."""

    config: Path
    home: Path

    def run(self, root: Path, *args: str) -> subprocess.CompletedProcess:
        env = {**os.environ, "PRE_COMMIT_HOME": str(self.home), **_IDENTITY}
        return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=root, env=env,
                              capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="session")
def hook(tmp_path_factory: pytest.TempPathFactory) -> Hook:
    """The real hook definition, run on the package this interpreter has installed: the hook's own
    environment (a pip install of vostochny and datasets) would be built for every new revision."""
    folder = tmp_path_factory.mktemp("pre-commit")
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (definition,) = [h for h in hooks if h["id"] == "vostochny-validate"]  # the version hook is opt-in
    command, _, rest = definition["entry"].partition(" ")
    assert command == "vostochny"
    definition.update(language="system", entry=f"{shlex.quote(sys.executable)} -m vostochny {rest}")
    config = folder / "config.yaml"
    config.write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": [definition]}]}), encoding="utf-8")
    return Hook(config, folder / "home")


def vostochny(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vostochny", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


def first_error(text: str) -> str | None:
    """The code of the first error in text output (or in pre-commit's copy of it)."""
    found = re.search(r": error (V\d{3}) ", text)
    return found.group(1) if found else None


def _named_root(stdout: str) -> Path | None:
    first = stdout.splitlines()[0] if stdout else ""
    return Path(first.removeprefix("corpus: ")).resolve() if first.startswith("corpus: /") else None


def _single_file_targets(root: Path, journey: Journey) -> list[str]:
    """The edited files that exist; a deleted file is stood in for by one that checks the same."""
    existing = [p for p in journey.edited if (root / p).exists()]
    return existing or [f"annotations/{Path(p).stem}.json" if p.startswith("raw/") else "annotations/splits.json"
                        for p in journey.edited]


def _check_from(root: Path, folder: str, journey: Journey) -> None:
    result = vostochny(root / folder, "validate")
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stdout + result.stderr
    assert _named_root(result.stdout) == root, result.stdout[:300]
    assert first_error(result.stdout) == journey.cause, result.stdout[:2000]


def _check_file(root: Path, journey: Journey) -> None:
    result = vostochny(root, "validate", "--format", "json", *_single_file_targets(root, journey))
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert [Path(c).resolve() for c in report["corpora"]] == [root]
    errors = [p for p in report["problems"] if p["severity"] == "error"]
    assert report["errors"] == len(errors) and errors, report
    assert errors[0]["code"] == journey.cause, errors[:5]


def _check_hook(root: Path, journey: Journey, hook: Hook) -> None:
    result = hook.run(root, "run", "--config", str(hook.config), "--files", *journey.edited)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "- exit code: 1" in result.stdout, result.stdout[:2000]
    assert first_error(result.stdout) == journey.cause, result.stdout[:2000]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("journey", JOURNEYS, ids=[j.name for j in JOURNEYS])
def test_journey_fails_with_the_cause_first(journey: Journey, mode: str, bases: dict[str, Path], hook: Hook,
                                            tmp_path: Path) -> None:
    root = _clone(journey, bases, tmp_path)
    if mode in ("root", "raw", "annotations"):
        _check_from(root, "" if mode == "root" else mode, journey)
    elif mode == "file":
        _check_file(root, journey)
    else:
        _check_hook(root, journey, hook)


def test_every_error_rule_is_a_journey() -> None:
    """Every error code is some journey's cause, but the size limit (its cases need --max-bytes), a file
    the commit leaves out (the hook's `--staged` alone reports it: below) and attributes that rewrite the raw texts
    (a whole corpus's rule, not a file's: below)."""
    errors = {code for code, info in CATALOGUE.items() if info.severity == "error"}
    assert errors - {j.cause for j in JOURNEYS} == {"V004", "V331", "V341"}


def test_attributes_that_rewrite_the_raw_texts_on_checkout(bases: dict[str, Path], hook: Hook,
                                                           tmp_path: Path) -> None:
    """`raw/*.txt text eol=crlf` in .gitattributes changes no blob, no index entry and no work-tree file: every check
    passed it (an attack found `--staged` said OK), and every clone of the commit has CRLF texts (V203 on each).
    V341 from every folder and through the hook once staged; `-text` is clean; no attribute is V342's warning."""
    root = tmp_path / "corpus"
    shutil.copytree(bases["sample"], root, symlinks=True)
    (root / ".gitattributes").write_text("raw/*.txt text eol=crlf\n", encoding="utf-8")
    for folder in ("", "raw", "annotations"):
        _check_from(root, folder, Journey("eol-crlf", "sample", "V341", (".gitattributes",), lambda _: None))
    set_aside = hook.run(root, "run", "--config", str(hook.config))  # pre-commit sets the unstaged edit aside
    assert set_aside.returncode == 0, set_aside.stdout[-2000:]
    subprocess.run([*GIT, "add", ".gitattributes"], cwd=root, check=True)
    staged = hook.run(root, "run", "--config", str(hook.config))
    assert staged.returncode == 1 and first_error(staged.stdout) == "V341", staged.stdout[-2000:]
    assert "raw/sample-doc.txt: error V341 " in staged.stdout, staged.stdout[-2000:]
    assert "text eol=crlf" in staged.stdout, staged.stdout[-2000:]
    subprocess.run([*GIT, "commit", "-q", "--no-verify", "-m", "crlf"], cwd=root, check=True)
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(root), str(clone)], check=True)
    assert first_error(vostochny(clone, "validate").stdout) == "V203"  # what V341 keeps from happening
    pinned = "raw/** -text\nannotations/** -text\n"
    for attributes, found in ((pinned, []), ("", [("V342", "annotations/entities.json")]),
                              ("raw/** -text\n", [("V342", "annotations/entities.json")]),
                              (pinned + "raw/** working-tree-encoding=UTF-16\n", [("V341", "raw/sample-doc.txt")]),
                              # an annotation file re-encoded is no UTF-8 on every clone (a review found it passed)
                              (pinned + "annotations/*.json working-tree-encoding=UTF-16LE\n",
                               [("V341", f"annotations/{name}") for name in ("entities.json", "sample-doc.json",
                                                                            "splits.json")])):
        (root / ".gitattributes").write_text(attributes, encoding="utf-8")
        report = json.loads(vostochny(root, "validate", "--format", "json").stdout)
        assert [(p["code"], p["file"]) for p in report["problems"]] == found, report["problems"]


def test_the_hook_refuses_a_commit_that_leaves_out_a_raw_text(bases: dict[str, Path], hook: Hook,
                                                              tmp_path: Path) -> None:
    """`vostochny new` writes a raw text and a document and lists it in the splits; the contributor adds
    `annotations/` alone. The hook validated the work tree, where the raw text is, and passed a commit whose
    corpus lacks it (V204 on every clone). `validate --staged`, its entry, holds the files to the index: V331,
    until the text is added; plain `validate` still passes the edit in progress."""
    root = tmp_path / "corpus"
    shutil.copytree(bases["sample"], root, symlinks=True)
    article = tmp_path / "article.txt"
    article.write_text("Kim leaves Russia\n\nMOSCOW (AP) — North Korean leader Kim Jong Un left Russia on Sunday.\n",
                       encoding="utf-8")
    assert vostochny(root, "new", str(article), "--id", "ap-kim-leaves", "--outlet", "Associated Press").returncode == 0
    subprocess.run([*GIT, "add", "annotations"], cwd=root, check=True)
    assert vostochny(root, "validate").returncode == 0
    refused = hook.run(root, "run", "--config", str(hook.config))
    assert refused.returncode == 1 and first_error(refused.stdout) == "V331", refused.stdout[-2000:]
    assert "raw/ap-kim-leaves.txt: error V331 " in refused.stdout, refused.stdout[-2000:]
    subprocess.run([*GIT, "add", "raw"], cwd=root, check=True)
    passed = hook.run(root, "run", "--config", str(hook.config))
    assert passed.returncode == 0, passed.stdout[-2000:]
    outside = vostochny(tmp_path, "validate", "--staged", str(bases["sample"]))
    assert outside.returncode == 0, outside.stdout + outside.stderr
    plain = tmp_path / "plain"  # no work tree: no index to hold the files to, a usage error
    shutil.copytree(bases["sample"], plain, ignore=shutil.ignore_patterns(".git"))
    unknown = vostochny(plain, "validate", "--staged")
    assert unknown.returncode == 2 and "--staged: git cannot list" in unknown.stderr, unknown.stderr


def _v331(root: Path) -> dict[str, str]:
    """The files `validate --staged` reports as V331, with their messages."""
    report = json.loads(vostochny(root, "validate", "--staged", "--format", "json").stdout)
    return {p["file"]: p["message"] for p in report["problems"] if p["code"] == "V331"}


@pytest.mark.parametrize("folder", ["", "data/corpus"])
def test_staged_reads_what_the_commit_records_not_only_what_git_tracks(bases: dict[str, Path], tmp_path: Path,
                                                                       folder: str) -> None:
    """Run by a plain git hook or by hand (pre-commit sets unstaged edits aside, a plain hook does not), `--staged`
    passed a commit whose corpus was not the work tree's: a raw text added with `git add -N` (its content not
    staged: V204 on every clone), a splits file staged broken and then restored in the work tree, and an edit to a
    file marked `--assume-unchanged` (found by an attack on the corpus files); also in a corpus that is a folder of
    its repository (`git diff` names files from the repository's top)."""
    repo = tmp_path / "repo"
    root = repo / folder if folder else repo
    shutil.copytree(bases["sample"], root, symlinks=True, ignore=shutil.ignore_patterns(".git"))
    _git_repo(repo)
    assert _v331(root) == {}
    text = root / "raw" / "sample-doc.txt"
    (root / "raw" / "intent.txt").write_bytes(text.read_bytes())
    subprocess.run([*GIT, "add", "-N", "raw/intent.txt"], cwd=root, check=True)
    assert "git add -N" in _v331(root)["raw/intent.txt"]
    subprocess.run([*GIT, "rm", "-q", "--cached", "raw/intent.txt"], cwd=root, check=True)
    (root / "raw" / "intent.txt").unlink()
    splits = root / "annotations" / "splits.json"
    good = splits.read_bytes()
    splits.write_text('{"train": []}', encoding="utf-8")
    subprocess.run([*GIT, "add", "annotations/splits.json"], cwd=root, check=True)
    splits.write_bytes(good)  # the work tree restored, the broken file staged
    assert "differs from what is staged" in _v331(root)["annotations/splits.json"]
    subprocess.run([*GIT, "add", "annotations/splits.json"], cwd=root, check=True)
    subprocess.run([*GIT, "update-index", "--assume-unchanged", "annotations/splits.json"], cwd=root, check=True)
    assert _v331(root) == {}  # marked, but as staged
    splits.write_bytes(good + b" ")
    assert "assume-unchanged" in _v331(root)["annotations/splits.json"]


def test_raw_edit_consequences_are_summarised_in_one_line(bases: dict[str, Path], tmp_path: Path) -> None:
    root = _clone(RAW_EDIT, bases, tmp_path)
    result = vostochny(root, "validate")
    assert first_error(result.stdout) == "V203"
    assert not re.search(r": error V202 ", result.stdout), result.stdout[:2000]
    assert sum("V202" in line for line in result.stdout.splitlines()) == 1, result.stdout[:2000]


LOAD_FAILURES = [c for c in CASES if _fails_by_default(c) and _expected(c)["code"] < "V200"]


@pytest.mark.parametrize("case", LOAD_FAILURES, ids=[c.name for c in LOAD_FAILURES])
def test_a_document_that_fails_to_load_is_not_unknown_to_the_splits(case: Path, bases: dict[str, Path],
                                                                    tmp_path: Path) -> None:
    root = _clone(_case_journey(case), bases, tmp_path)
    report = json.loads(vostochny(root, "validate", "--format", "json").stdout)
    assert not [p for p in report["problems"] if p["code"] == "V303"], report["problems"]


def test_outside_any_corpus_is_a_usage_error(tmp_path: Path) -> None:
    result = vostochny(tmp_path, "validate")
    assert result.returncode == 2, result.stdout + result.stderr
    assert "corpus" in result.stderr and "Traceback" not in result.stderr


def test_packaged_corpus_validates_from_anywhere(tmp_path: Path) -> None:
    from vostochny.reading.corpus import packaged_root

    result = vostochny(tmp_path, "validate", "--packaged")
    assert result.returncode == 0, result.stdout + result.stderr
    assert _named_root(result.stdout) == packaged_root().resolve()


def test_other_verbs_find_the_corpus_from_a_subfolder(bases: dict[str, Path], tmp_path: Path) -> None:
    result = vostochny(bases["sample"] / "raw", "stats", "--format", "json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert list(json.loads(result.stdout)["documents"]) == ["sample-doc"]


def test_the_published_hook_through_try_repo(bases: dict[str, Path], hook: Hook, tmp_path: Path) -> None:
    """The real .pre-commit-hooks.yaml, installed by pre-commit as another repository would use it."""
    root = _clone(RAW_EDIT, bases, tmp_path)
    result = hook.run(root, "try-repo", str(REPO), "vostochny-validate", "--files", *RAW_EDIT.edited)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "- exit code: 1" in result.stdout and first_error(result.stdout) == "V203", result.stdout[-3000:]


def test_github_annotations_name_files_from_the_workspace(bases: dict[str, Path], tmp_path: Path) -> None:
    """The action validates `path` from the repository root: GitHub places an annotation on the
    diff only if its file is named from there."""
    _clone(RAW_EDIT, bases, tmp_path)
    result = vostochny(tmp_path, "validate", "--format", "github", "--", "corpus")
    assert result.returncode == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"::error file=corpus/annotations/{DOC}.json,line=") and "title=V203 " in first


def test_pull_request_summary_is_the_annotation_diff(bases: dict[str, Path], tmp_path: Path) -> None:
    """The action's diff step: a corpus in a subfolder of the repository, base commit against HEAD."""
    shutil.copytree(bases["repo"], tmp_path / "data", ignore=shutil.ignore_patterns(".git"))
    _git_repo(tmp_path)
    base = subprocess.run(["git", "rev-parse", "HEAD"], cwd=tmp_path, capture_output=True, text=True).stdout.strip()
    path = tmp_path / "data" / "annotations" / f"{DOC}.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    removed = doc["relations"].pop()
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    subprocess.run([*GIT, "commit", "-q", "-am", "drop a relation"], cwd=tmp_path, check=True)
    result = vostochny(tmp_path / "data", "diff", "--format", "markdown", "--", base, "HEAD")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Annotation diff")
    assert f"relations **removed**: {removed['type']}(" in result.stdout
