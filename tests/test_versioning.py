"""The dataset version against the last release (issue 13, item 6): the data change of a corpus is classified
by its records (patch: the same records re-serialised; minor: records added; major: records edited or removed,
or a document moved to another split), and `vostochny check-version` fails when the dataset version or
CHANGELOG.md does not reflect it. The repository's own state must pass: this test is what fails CI when a pull
request changes the data without raising the version."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import REPO

from vostochny.cli import main
from vostochny.errors import CorpusError
from vostochny.export.card import DATASET_VERSION
from vostochny.model.models import Document, Mention, Registry, Splits
from vostochny.reading.corpus import RELEASE_FILE
from vostochny.reading.documents import corpus_registry, corpus_splits, load_documents
from vostochny.reading.view import DocumentView
from vostochny.verbs.new_document import add_document, document_meta
from vostochny.verbs.records import Record, Snapshot, corpus_records, read_snapshot, record_models
from vostochny.verbs.versioning import (
    VERSION_FILE,
    Change,
    Classification,
    VersionError,
    changelog_section,
    check_version,
    classify,
    gate,
    parse_version,
    release_snapshot,
    required_version,
    write_manifest,
)

REUTERS = "reuters-kim-putin-summit"
AP = "ap-kim-whereabouts-after-summit"


@pytest.fixture(scope="module")
def repo() -> tuple[list[Document], Registry, Splits]:
    return load_documents(REPO), corpus_registry(REPO), corpus_splits(REPO)


def snapshot(docs: list[Document], registry: Registry, splits: Splits, version: str = "1.0.0") -> Snapshot:
    """A snapshot of models in memory (no files: the records alone)."""
    records = corpus_records([DocumentView(d, None) for d in docs], registry, splits)
    return Snapshot(version, records, record_models())


def replaced(docs: list[Document], doc_id: str, **update: object) -> list[Document]:
    return [d.model_copy(update=update) if d.id == doc_id else d for d in docs]


def by_id(docs: list[Document], doc_id: str) -> Document:
    return next(d for d in docs if d.id == doc_id)


def mention(doc: Document, text: str) -> Mention:
    """The first mention whose text is `text` (located by text, never by offsets)."""
    return next(m for m in doc.mentions if m.text == text)


def with_new_mention(docs: list[Document]) -> list[Document]:
    """The documents with mention `m-new` added to the Reuters report: "Jong Un" inside its first "Kim Jong Un"."""
    doc = by_id(docs, REUTERS)
    kim = mention(doc, "Kim Jong Un")
    new = kim.model_copy(update={"id": "m-new", "start": kim.start + 4, "text": kim.text[4:]})
    return replaced(docs, REUTERS, mentions=[*doc.mentions, new])


def test_the_same_corpus_is_no_change(repo) -> None:
    result = classify(snapshot(*repo), snapshot(*repo))
    assert result.changes == [] and result.reserialised == [] and result.level == "none"


def test_an_edited_span_is_major(repo) -> None:
    docs, registry, splits = repo
    doc = by_id(docs, REUTERS)
    kim = mention(doc, "Kim Jong Un")
    moved = kim.model_copy(update={"start": kim.start + 4, "text": kim.text[4:]})  # "Jong Un"
    edited = replaced(docs, REUTERS, mentions=[moved if m is kim else m for m in doc.mentions])
    result = classify(snapshot(*repo), snapshot(edited, registry, splits))
    assert result.changes == [Change(REUTERS, "mentions", kim.id, "edited")]
    assert result.level == "major"


def test_an_edited_label_is_major(repo) -> None:
    docs, registry, splits = repo
    doc = by_id(docs, AP)
    first = doc.mentions[0]
    relabelled = first.model_copy(update={"kind": "nominal" if first.kind != "nominal" else "name"})
    edited = replaced(docs, AP, mentions=[relabelled, *doc.mentions[1:]])
    result = classify(snapshot(*repo), snapshot(edited, registry, splits))
    assert result.changes == [Change(AP, "mentions", first.id, "edited")] and result.level == "major"


def test_a_deleted_entity_is_major_and_names_every_removed_record(repo) -> None:
    docs, registry, splits = repo
    doc = by_id(docs, REUTERS)
    entity = doc.entities[-1]
    gone = {m.id for m in doc.mentions if m.entity == entity.id}
    edited = replaced(docs, REUTERS, entities=doc.entities[:-1],
                      mentions=[m for m in doc.mentions if m.id not in gone])
    result = classify(snapshot(*repo), snapshot(edited, registry, splits))
    assert set(result.changes) == {Change(REUTERS, "entities", entity.id, "removed")} | {
        Change(REUTERS, "mentions", m, "removed") for m in gone}
    assert result.level == "major"


def test_an_added_mention_is_minor(repo) -> None:
    docs, registry, splits = repo
    added = with_new_mention(docs)
    result = classify(snapshot(*repo), snapshot(added, registry, splits))
    assert result.changes == [Change(REUTERS, "mentions", "m-new", "added")] and result.level == "minor"


def test_a_document_moved_to_another_split_is_major(repo) -> None:
    docs, registry, splits = repo
    moved = splits.model_copy(update={"test": [], "train": [*splits.train, *splits.test]})
    result = classify(snapshot(*repo), snapshot(docs, registry, moved))
    assert result.changes == [Change("splits.json", "splits", REUTERS, "moved", "test -> train")]
    assert result.level == "major" and result.named("major") == [REUTERS]


def test_a_registry_entity_removed_is_major(repo) -> None:
    docs, registry, splits = repo
    fewer = registry.model_copy(update={"entities": registry.entities[1:]})
    result = classify(snapshot(*repo), snapshot(docs, fewer, splits))
    assert result.changes == [Change("entities.json", "entities", registry.entities[0].id, "removed")]
    assert result.named("major") == ["entities.json"]


def test_a_field_the_release_did_not_know_is_minor_a_known_one_edited_is_major(repo) -> None:
    """A release made before `meta.date` existed: a date filled in later extends the record (new optional
    content, as a schema minor version brings); where the release knew the field, the same fill is an edit."""
    docs, registry, splits = repo
    undated = [d.model_copy(update={"meta": d.meta.model_copy(update={"date": None})}) for d in docs]
    ap = by_id(docs, AP)
    dated = replaced(docs, AP, meta=ap.meta.model_copy(update={"date": "2023-09-14"}))
    released = snapshot(undated, registry, splits)
    assert classify(released, snapshot(dated, registry, splits)).changes == [
        Change(AP, "document", "meta", "edited"), Change(REUTERS, "document", "meta", "edited")]
    released.fields["DocumentMeta"].remove("date")
    result = classify(released, snapshot(dated, registry, splits))
    assert result.changes == [Change(AP, "document", "meta", "extended", "new date"),
                              Change(REUTERS, "document", "meta", "extended", "new date")]
    assert result.level == "minor"


def test_a_combination_takes_the_highest_level(repo) -> None:
    docs, registry, splits = repo
    added = with_new_mention(docs)
    released = with_file(snapshot(*repo), "1")
    result = classify(released, with_file(snapshot(added, registry, splits), "2"))
    assert result.level == "minor" and result.reserialised == ["annotations/x.json"]
    edited = replaced(added, AP, entities=by_id(docs, AP).entities[:-1])
    result = classify(released, with_file(snapshot(edited, registry, splits), "2"))
    assert result.level == "major" and result.reserialised == ["annotations/x.json"]
    assert {(c.kind, c.scope) for c in result.changes} == {("added", REUTERS), ("removed", AP)}


def with_file(found: Snapshot, digest: str) -> Snapshot:
    """A snapshot whose file `annotations/x.json` (no document's) has the bytes hash `digest`."""
    found.files = {"annotations/x.json": digest}
    return found


@pytest.fixture
def project(repo_corpus: Path) -> Path:
    """A copy of the repository's corpus, without its quote links, with its version file, changelog and
    release manifest."""
    (repo_corpus / VERSION_FILE).parent.mkdir(parents=True)
    (repo_corpus / VERSION_FILE).write_text("1.0.0\n", encoding="utf-8")
    (repo_corpus / "CHANGELOG.md").write_text("# Changelog\n\n## 0.1.0 (unreleased)\n\n- Tools.\n", encoding="utf-8")
    (repo_corpus / "annotations" / RELEASE_FILE).unlink(missing_ok=True)
    (repo_corpus / "annotations" / "quote_links.json").unlink()  # the link tests write their own
    write_manifest(repo_corpus)
    return repo_corpus


def test_re_serialised_files_are_a_patch(project: Path) -> None:
    """Key order, indentation, defaults written out or left out, `$schema` given or not are not data."""
    doc = project / "annotations" / f"{AP}.json"
    data = json.loads(doc.read_text(encoding="utf-8"))
    for item in data["mentions"]:
        item.setdefault("metonymy", False)
    doc.write_text(json.dumps(data, indent=4, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    for name in ("entities.json", "splits.json"):
        path = project / "annotations" / name
        data = json.loads(path.read_text(encoding="utf-8"))
        data.pop("$schema", None)
        path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    result = check_version(project)
    assert result.change.changes == []
    assert result.change.reserialised == [f"annotations/{AP}.json", "annotations/entities.json",
                                          "annotations/splits.json"]
    assert result.change.level == "patch" and result.required == "1.0.1"
    assert result.problems == [
        "the data changed at the patch level since release 1.0.0 (3 file(s) re-serialised): raise "
        "src/vostochny/DATASET_VERSION from 1.0.0 to 1.0.1 (and the version in CITATION.cff and the README's BibTeX)"]


def test_the_schema_version_is_not_the_dataset_version(repo) -> None:
    """A file written in another schema version holds the same records: the dataset version says which data,
    the schema version how it is written."""
    docs, registry, splits = repo
    rewritten = replaced(docs, AP, schema_version="1.0.0", schema_=None)
    assert classify(snapshot(*repo), snapshot(rewritten, registry.model_copy(update={"schema_version": "1.0.0"}),
                                              splits)).changes == []


def test_an_added_document_is_minor_with_every_record_named(project: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Kim Jong Un left Russia on Sunday.\n", encoding="utf-8")
    add_document(article, "kim-leaves-russia", project, document_meta(source_file="article.txt"), "train")
    result = check_version(project)
    added = [c for c in result.change.changes if c.scope == "kim-leaves-russia"]
    assert {c.kind for c in result.change.changes} == {"added"} and result.change.level == "minor"
    assert {c.layer for c in added} == {"document", "tokens", "sentences"}
    assert Change("splits.json", "splits", "kim-leaves-russia", "added") in result.change.changes
    assert len([c for c in added if c.layer == "tokens"]) == 8  # Kim Jong Un left Russia on Sunday .
    assert result.change.reserialised == []  # the splits file changed with its records, not alone


def test_a_corpus_that_fails_validation_refuses_check_version_without_saying_nothing_written(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """check-version writes no file: its refusal says what was not done, not the writing verbs' "nothing written"."""
    path = project / "annotations" / f"{REUTERS}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["mentions"][0]["end"] += 1
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["check-version", "--corpus", str(project)]) == 1
    err = capsys.readouterr().err
    assert " V202 " in err and err.endswith("; the version was not checked\n") and "nothing written" not in err, err


def test_lagging_version_fails_and_the_right_bump_passes(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    splits = project / "annotations" / "splits.json"
    data = json.loads(splits.read_text(encoding="utf-8"))
    data["train"], data["test"] = [*data["train"], *data["test"]], []
    splits.write_text(json.dumps(data), encoding="utf-8")
    assert main(["check-version", "--corpus", str(project)]) == 1
    out, err = capsys.readouterr()
    assert f"  major  splits.json  splits  {REUTERS}  moved (test -> train)\n" in out
    assert ("error: the data changed at the major level since release 1.0.0 (1 moved): raise "
            "src/vostochny/DATASET_VERSION from 1.0.0 to 2.0.0") in err
    (project / VERSION_FILE).write_text("1.1.0\n", encoding="utf-8")  # a minor bump is not enough
    assert main(["check-version", "--corpus", str(project)]) == 1
    err = capsys.readouterr().err
    assert "raise src/vostochny/DATASET_VERSION from 1.1.0 to 2.0.0" in err
    assert "CHANGELOG.md has no '### Dataset 1.1.0' section" in err and f"name in it: {REUTERS}" in err
    (project / VERSION_FILE).write_text("2.0.0\n", encoding="utf-8")
    changelog = project / "CHANGELOG.md"
    changelog.write_text(changelog.read_text(encoding="utf-8") + "\n### Dataset 2.0.0\n\n- New splits.\n",
                         encoding="utf-8")
    assert main(["check-version", "--corpus", str(project)]) == 1
    assert f"does not name what was edited or removed in: {REUTERS}" in capsys.readouterr().err
    changelog.write_text(changelog.read_text(encoding="utf-8").replace("- New splits.",
                                                                       f"- `{REUTERS}` moves to train."),
                         encoding="utf-8")
    assert main(["check-version", "--corpus", str(project)]) == 0
    assert capsys.readouterr().err == "ok: the dataset version and CHANGELOG.md reflect the change\n"
    # recorded as released, the same corpus is no change at 2.0.0
    assert main(["release-manifest", "--corpus", str(project)]) == 0
    recorded = read_snapshot(project, "2.0.0")
    assert capsys.readouterr().out == (f"wrote {project / 'annotations' / RELEASE_FILE}: dataset 2.0.0, "
                                       f"{len(recorded.documents)} documents, "
                                       f"{recorded.record_count} records, {len(recorded.files)} files\n")
    assert len(recorded.files) == 2 * len(recorded.documents) + 3  # raw texts, documents, registry, splits, figures
    assert check_version(project).change.level == "none"


@pytest.mark.parametrize(("level", "version"), [("none", "1.4.2"), ("patch", "1.4.3"), ("minor", "1.5.0"),
                                                ("major", "2.0.0")])
def test_required_version(level: str, version: str) -> None:
    assert required_version("1.4.2", level) == version


@pytest.mark.parametrize("text", ["2.0", "v2.0.0", "2.0.0-rc1", "02.0.0", "2.0.0.1", "", "1" + "0" * 5000 + ".0.0"])
def test_a_version_that_is_not_semver_is_refused(text: str) -> None:
    """The dataset version and the schema versions are read by one pattern (models.SEMVER_PATTERN); a number
    too long for Python's int (5001 digits, in a manifest the model accepts) crashed check-version."""
    with pytest.raises(VersionError, match=r"holds .*, not a version MAJOR\.MINOR\.PATCH"):
        parse_version(text, "src/vostochny/DATASET_VERSION")
    assert parse_version(" 2.10.0\n", "src/vostochny/DATASET_VERSION") == (2, 10, 0)


def test_gate_refuses_a_version_below_the_release() -> None:
    result = gate("1.2.0", "1.1.9", Classification(), "")
    assert result.problems == ["src/vostochny/DATASET_VERSION holds 1.1.9, lower than the released 1.2.0"]



def test_a_changelog_names_a_document_only_by_its_whole_id() -> None:
    """`reuters-kim` is edited: a section that names only `reuters-kim-2` (or `entities.jsonl`) does not name it."""
    change = Classification([Change("reuters-kim", "mentions", "m1", "edited"),
                             Change("entities.json", "entities", "kim-jong-un", "edited")])
    for section in ("- `reuters-kim-2`, entities.jsonl.", "- reuters-kimchi; xentities.json"):
        assert gate("1.0.0", "2.0.0", change, f"### Dataset 2.0.0\n\n{section}\n").problems == [
            "the 'CHANGELOG.md' section 'Dataset 2.0.0' does not name what was edited or removed in: entities.json, "
            "reuters-kim"]
    assert gate("1.0.0", "2.0.0", change, "### Dataset 2.0.0\n\n- `reuters-kim`: m1; entities.json.\n").ok

def test_changelog_section_is_the_text_under_its_heading() -> None:
    text = "# Changelog\n\n## 0.2.0\n\n### Dataset 1.10.0\n\n- a\n- b\n\n### Code\n\n- c\n"
    assert changelog_section(text, "1.10.0") == "- a\n- b"
    assert changelog_section(text, "1.1.0") is None


def test_the_repository_passes(capsys: pytest.CaptureFixture[str]) -> None:
    """CI's gate: a pull request that changes the data fails here until DATASET_VERSION and CHANGELOG.md
    reflect the change against annotations/RELEASED.json (`vostochny check-version` says what to do)."""
    result = check_version(REPO)
    assert result.ok, "\n".join([*result.problems, *(c.line() for c in result.change.changes)])
    assert result.current == DATASET_VERSION
    assert main(["check-version", "--corpus", str(REPO)]) == 0
    assert parse_version(result.released, "") <= parse_version(DATASET_VERSION, "")


def test_check_against_a_git_revision(project: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"]
    splits = project / "annotations" / "splits.json"
    current_splits = splits.read_text(encoding="utf-8")
    old_splits = {**json.loads(current_splits), "schema_version": "1.0.0"}  # the past, in an older schema version
    splits.write_text(json.dumps(old_splits, indent=2), encoding="utf-8")
    # the revision, not the manifest, is compared: a project without one (a committed manifest deleted is V326)
    (project / "annotations" / RELEASE_FILE).unlink()
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    subprocess.run([*git, "-C", str(project), "add", "-A"], check=True)
    subprocess.run([*git, "-C", str(project), "commit", "-qm", "release"], check=True)
    splits.write_text(current_splits, encoding="utf-8")
    registry = project / "annotations" / "entities.json"
    data = json.loads(registry.read_text(encoding="utf-8"))
    data["entities"][0]["aliases"] = [*data["entities"][0]["aliases"], "New alias"]
    registry.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.chdir(project)
    assert main(["check-version", "--against", "HEAD"]) == 1
    out = capsys.readouterr().out
    assert "last release 1.0.0 (revision HEAD)" in out
    assert f"  major  entities.json  entities  {data['entities'][0]['id']}  edited\n" in out
    assert "  patch  annotations/splits.json  re-serialised (the same records)\n" in out
    assert main(["check-version", "--against=--output=x"]) == 2  # a revision name, never an option
    assert "'--output=x' is neither a folder nor a git revision" in capsys.readouterr().err
    assert main(["check-version"]) == 2
    assert f"has no annotations/{RELEASE_FILE}" in capsys.readouterr().err


def test_check_against_a_git_revision_from_a_subfolder_of_a_corpus_in_a_subfolder(
        project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    """The revision's corpus is the one at the corpus root's place in the repository, whatever folder the
    command runs in (git read it from the working folder: `annotations/annotations/`, no revision)."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repository = tmp_path_factory.mktemp("repository")
    project = Path(shutil.copytree(project, repository / "corpus"))
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", "-C",
           str(repository)]
    subprocess.run(["git", "init", "-q", str(repository)], check=True)
    (project / "annotations" / RELEASE_FILE).unlink()
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "release"], check=True)
    monkeypatch.chdir(project / "annotations")
    assert main(["check-version", "--against", "HEAD"]) == 0, capsys.readouterr().err
    assert "last release 1.0.0 (revision HEAD)" in capsys.readouterr().out
    assert main(["check-version", "--against", "HEAD", "--corpus", str(project)]) == 0
    monkeypatch.chdir(repository)
    assert main(["check-version", "--against", "HEAD", "--corpus", "corpus"]) == 0


def test_release_manifest_refuses_a_version_below_the_recorded_release(project: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    (project / VERSION_FILE).write_text("0.9.0\n", encoding="utf-8")
    before = (project / "annotations" / RELEASE_FILE).read_bytes()
    assert main(["release-manifest", "--corpus", str(project)]) == 2
    assert "holds 0.9.0, lower than the release 1.0.0" in capsys.readouterr().err
    assert (project / "annotations" / RELEASE_FILE).read_bytes() == before



def test_release_manifest_refuses_to_re_record_a_release_with_other_data(project: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Re-recording release 1.0.0 over an edit would make check-version say ok to a version never raised."""
    manifest = project / "annotations" / RELEASE_FILE
    before = manifest.read_bytes()
    assert main(["release-manifest", "--corpus", str(project)]) == 0  # the same data: the same manifest
    assert manifest.read_bytes() == before
    doc = project / "annotations" / f"{REUTERS}.json"
    data = json.loads(doc.read_text(encoding="utf-8"))
    removed = data["relations"].pop()["id"]
    doc.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["release-manifest", "--corpus", str(project)]) == 2
    assert capsys.readouterr().err.endswith(
        f"annotations/{RELEASE_FILE} records release 1.0.0 with other data (1 removed): raise {VERSION_FILE} to at "
        "least 2.0.0 first\n")
    assert manifest.read_bytes() == before
    assert [c.record for c in check_version(project).change.changes] == [removed]

def test_the_manifest_holds_no_text_and_reads_back(project: Path) -> None:
    """Format 2: the manifest lists each document's records file with its SHA-256 and holds the corpus files'
    records; the files hold the documents' (no text either way), and read back as the corpus's records."""
    folder = project / "annotations"
    manifest = json.loads((folder / RELEASE_FILE).read_text(encoding="utf-8"))
    assert manifest["dataset_version"] == "1.0.0" and manifest["format"] == 2
    current = read_snapshot(project, "1.0.0")
    assert set(manifest["records"]) == set(current.records) - set(current.documents)
    assert sorted(manifest["documents"]) == current.documents == sorted(p.stem for p in (folder / "released").iterdir())
    for doc_id, digest in manifest["documents"].items():
        data = (folder / "released" / f"{doc_id}.json").read_bytes()
        assert hashlib.sha256(data).hexdigest() == digest and b"Kim Jong Un" not in data
        assert json.loads(data) == {layer: {k: r.value for k, r in items.items()}
                                    for layer, items in current.records[doc_id].items()}
    assert "Kim Jong Un" not in json.dumps(manifest)
    released = release_snapshot(project)
    assert list(released.records) == list(current.records)
    assert all(released.records[scope] == {layer: {k: Record(r.value) for k, r in items.items()}
                                            for layer, items in current.records[scope].items()}
               for scope in current.records)


def as_format_1(project: Path) -> dict[str, dict[str, dict[str, str]]]:
    """Rewrite the project's manifest as format 1 wrote it (every document's records in it, no records files);
    returns the documents' records."""
    folder = project / "annotations"
    manifest = json.loads((folder / RELEASE_FILE).read_text(encoding="utf-8"))
    records = {doc_id: json.loads((folder / "released" / f"{doc_id}.json").read_text(encoding="utf-8"))
               for doc_id in manifest.pop("documents")}
    old = {**manifest, "format": 1, "records": {**manifest["records"], **records}}
    shutil.rmtree(folder / "released")
    (folder / RELEASE_FILE).write_text(json.dumps(old, indent=1, sort_keys=True), encoding="utf-8")
    return records


def test_a_manifest_of_format_1_is_read_and_converted_as_it_stands(project: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A manifest of the first format (every record in one file) still classifies a change, and
    `release-manifest --convert` rewrites it in format 2 with the same release, whatever the corpus holds now."""
    folder = project / "annotations"
    records = as_format_1(project)
    (project / VERSION_FILE).write_text("1.1.0\n", encoding="utf-8")
    doc = folder / f"{REUTERS}.json"
    data = json.loads(doc.read_text(encoding="utf-8"))
    data["relations"].pop()
    doc.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = check_version(project)
    assert before.change.level == "major" and not before.ok
    assert main(["release-manifest", "--corpus", str(project), "--convert"]) == 0
    assert f"dataset 1.0.0, {len(records)} documents" in capsys.readouterr().out
    assert json.loads((folder / RELEASE_FILE).read_text(encoding="utf-8"))["format"] == 2
    after = check_version(project)
    assert after.change == before.change and after.problems == before.problems
    assert main(["release-manifest", "--corpus", str(project), "--convert"]) == 2
    assert "of format 2 already" in capsys.readouterr().err


def test_a_released_records_file_lost_or_edited_stops_check_version(project: Path) -> None:
    """A released document's records file deleted would read as a document added (minor where the change may be
    major), one edited as its records changed: `validate` reports either (V335), and so does a file the manifest
    does not list; check-version, which validates the corpus first, refuses."""
    from vostochny.checking.validator import validate

    folder = project / "annotations" / "released"
    first = sorted(folder.iterdir())[0]
    data = first.read_bytes()
    first.write_bytes(data.replace(b'": "', b'": "0', 1))  # a record's hash edited
    assert [(p.code, p.pointer) for p in validate(project).problems] == \
        [("V335", f"/documents/{first.stem}")]
    with pytest.raises(CorpusError, match="V335"):
        check_version(project)
    first.unlink()
    assert [p.code for p in validate(project).problems] == ["V335"]
    first.write_bytes(data)
    (folder / "stray.json").write_bytes(data)
    assert [(p.code, p.value) for p in validate(project).problems] == [("V335", "stray.json")]
    (folder / "stray.json").unlink()
    # a document left out of the list with its file: check-version would read all its records as added
    manifest = project / "annotations" / RELEASE_FILE
    kept = manifest.read_bytes()
    listed = json.loads(kept)
    del listed["documents"][first.stem]
    manifest.write_text(json.dumps(listed, indent=1), encoding="utf-8")
    first.unlink()
    assert [(p.code, p.value) for p in validate(project).problems] == [("V335", first.stem)]
    manifest.write_bytes(kept)
    first.write_bytes(data)
    # a file that is not records, listed with its own SHA-256 (both edited): check-version could not read it
    manifest = project / "annotations" / RELEASE_FILE
    listed = json.loads(manifest.read_text(encoding="utf-8"))
    first.write_bytes(b'{"tokens": ["0-3"]}')
    listed["documents"][first.stem] = hashlib.sha256(first.read_bytes()).hexdigest()
    manifest.write_text(json.dumps(listed, indent=1), encoding="utf-8")
    found = validate(project).problems
    assert [p.code for p in found] == ["V335"]
    assert f"annotations/released/{first.name} cannot be read: not a records file (Expected `object`" \
        in found[0].message


def test_a_broken_manifest_is_a_located_usage_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    manifest = project / "annotations" / RELEASE_FILE
    manifest.write_text('{"format": 1,\n "dataset_version": "1.0",\n}', encoding="utf-8")
    assert main(["check-version", "--corpus", str(project)]) == 2
    assert capsys.readouterr().err == (
        f"vostochny check-version: annotations/{RELEASE_FILE}:3:1: error V001 json-syntax at /: not valid JSON: "
        "trailing comma before '}' (line 3, column 1)\n    fix: fix the syntax at the given line and column\n"
        f"annotations/{RELEASE_FILE} is written by `vostochny release-manifest` at a release: restore it from the "
        "release's commit\n")
    manifest.write_text('{"format": 1, "dataset_version": "1.0"}', encoding="utf-8")
    assert main(["check-version", "--corpus", str(project)]) == 2
    err = capsys.readouterr().err
    assert "/dataset_version" in err and "V101" in err  # the value is wrong, the other fields missing


def test_a_manifest_file_name_without_its_folder_is_refused(project: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """check-version reads each file name as FOLDER/NAME (the scope of its records): one without its
    folder passed the manifest's model, then crashed check-version with an IndexError."""
    manifest = project / "annotations" / RELEASE_FILE
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["files"]["entities.json"] = data["files"].pop("annotations/entities.json")
    manifest.write_text(json.dumps(data, indent=1), encoding="utf-8")
    assert main(["check-version", "--corpus", str(project)]) == 2
    err = capsys.readouterr().err
    assert f"annotations/{RELEASE_FILE}:" in err and "error V105 " in err and "at /files/entities.json:" in err


def test_json_report(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    splits = project / "annotations" / "splits.json"
    data = json.loads(splits.read_text(encoding="utf-8"))
    data["validation"], data["test"] = data["test"], data["validation"]
    splits.write_text(json.dumps(data), encoding="utf-8")
    assert main(["check-version", "--corpus", str(project), "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["level"] == "major" and report["required"] == "2.0.0" and not report["ok"]
    assert report["changes"] == [
        {"scope": "splits.json", "layer": "splits", "record": AP, "kind": "moved", "detail": "validation -> test"},
        {"scope": "splits.json", "layer": "splits", "record": REUTERS, "kind": "moved", "detail": "test -> validation"}]
    assert report["reserialised"] == []


def _links(project: Path, *links: tuple[str, str, str, str, str, str]) -> None:
    """Write the project's quote_links.json: (id, doc a, quote a, doc b, quote b, wording) each."""
    data = {"schema_version": "1.4.0", "links": [
        {"id": i, "a": _end(project, a, qa), "b": _end(project, b, qb), "wording": w}
        for i, a, qa, b, qb, w in links]}
    (project / "annotations" / "quote_links.json").write_text(json.dumps(data), encoding="utf-8")


def _end(project: Path, doc_id: str, quote_id: str) -> dict:
    """A link's end with the content of its quote in the project's document (V340)."""
    from vostochny.model.constants import quote_text

    doc = json.loads((project / "annotations" / f"{doc_id}.json").read_text(encoding="utf-8"))
    content = next((q["content"] for q in doc["quotes"] if q["id"] == quote_id), [])
    return {"document": doc_id, "quote": quote_id, "text": quote_text(p["text"] for p in content) or "?"}


def _released(project: Path, version: str) -> None:
    (project / VERSION_FILE).write_text(f"{version}\n", encoding="utf-8")
    write_manifest(project)


def test_quote_links_are_records_named_by_their_quotes_not_their_ids(project: Path) -> None:
    """Links added are minor; renumbered (the compiler numbers them in order) they are the same records; a link
    whose wording changes is edited (major) and the changelog must name quote_links.json."""
    _links(project, ("l1", AP, "q1", REUTERS, "q1", "paraphrase"))
    result = check_version(project)
    assert result.change.changes == [Change("quote_links.json", "links", f"{AP}#q1~{REUTERS}#q1", "added")]
    assert result.change.level == "minor" and result.change.reserialised == []
    _released(project, "1.1.0")
    _links(project, ("l1", AP, "q1", REUTERS, "q2", "paraphrase"), ("l2", REUTERS, "q1", AP, "q1", "paraphrase"))
    result = check_version(project)
    assert result.change.changes == [Change("quote_links.json", "links", f"{AP}#q1~{REUTERS}#q2", "added")]
    _links(project, ("l1", AP, "q1", REUTERS, "q1", "chain"))  # a wording the two quotes' words allow (V333)
    path = project / "annotations" / "quote_links.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["links"][0]["via"] = [{"name": "Korean Central News Agency", "kb_id": "korean-central-news-agency"}]
    path.write_text(json.dumps(data), encoding="utf-8")
    result = check_version(project)
    assert result.change.changes == [Change("quote_links.json", "links", f"{AP}#q1~{REUTERS}#q1", "edited")]
    assert result.change.level == "major" and result.change.named("major") == ["quote_links.json"]
    (project / "annotations" / "quote_links.json").unlink()
    assert [c.kind for c in check_version(project).change.changes] == ["removed"]


def test_a_re_serialised_quote_links_file_is_a_patch(project: Path) -> None:
    _links(project, ("l1", AP, "q1", REUTERS, "q1", "paraphrase"))
    _released(project, "1.1.0")
    path = project / "annotations" / "quote_links.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["links"][0] |= {"via": [], "note": None}
    path.write_text(json.dumps(data, indent=3), encoding="utf-8")
    result = check_version(project).change
    assert result.changes == [] and result.reserialised == ["annotations/quote_links.json"]


def test_a_past_snapshot_is_read_migrated_unless_its_own_schema_refuses_a_file(sample_corpus: Path) -> None:
    """A past revision's files are read migrated from their older versions (V111 is no refusal there), but a
    file that its own version's schema refuses does not load, though migration gives it a model."""
    from vostochny.errors import CorpusError
    from vostochny.verbs.records import read_past_snapshot

    folder = sample_corpus / "annotations"
    registry = json.loads((folder / "entities.json").read_text(encoding="utf-8"))
    old = {**registry, "schema_version": "1.2.0",
           "entities": [{k: v for k, v in r.items() if k != "wikidata"} for r in registry["entities"]]}
    (folder / "entities.json").write_text(json.dumps(old), encoding="utf-8")
    splits = json.loads((folder / "splits.json").read_text(encoding="utf-8"))
    (folder / "splits.json").write_text(json.dumps({**splits, "schema_version": "1.1.0"}), encoding="utf-8")
    past = read_past_snapshot(sample_corpus, "0.9.0")
    assert set(past.records["entities.json"]["entities"]) == {r["id"] for r in old["entities"]}
    old["entities"][0]["wikidata"] = {"status": "no-entry"}  # 1.2.0 had no Wikidata links
    (folder / "entities.json").write_text(json.dumps(old), encoding="utf-8")
    with pytest.raises(CorpusError) as refused:
        read_past_snapshot(sample_corpus, "0.9.0")
    assert [(p.code, p.pointer) for p in refused.value.report.errors] == [
        ("V111", "/schema_version"), ("V103", "/entities/0")]


def test_files_with_an_entry_per_document_are_read_up_to_a_cap_that_grows_with_the_documents(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`RELEASED.json` of format 1 (~40 KB a document here) and `splits.json` (an id a document) grow with the
    corpus: read through the fixed 16 MiB cap on an annotation file, the manifest failed validation (V004) and
    check-version past some 350 such documents, `splits.json` past some 400 000. Their cap grows with the documents
    beside them (`corpus.file_limit`); the cap on the rest is planted at 100 000 bytes here, past which each is
    still V004."""
    from vostochny.checking.validator import Limits, validate
    from vostochny.reading import corpus, loader

    as_format_1(project)
    cap = 100_000
    monkeypatch.setattr(loader, "DEFAULT_MAX_BYTES", cap)
    monkeypatch.setattr(loader, "MAX_ANNOTATION_BYTES", cap)
    documents = len(corpus.document_files(project / "annotations"))
    manifest, splits = project / "annotations" / RELEASE_FILE, project / "annotations" / "splits.json"
    assert cap < manifest.stat().st_size <= cap + documents * corpus.PER_DOCUMENT_BYTES[RELEASE_FILE]
    data = splits.read_bytes()
    splits.write_bytes(data + b" " * (cap + documents * 128 - len(data)))  # the most it may hold

    def v004() -> list[tuple[str, str]]:
        return [(Path(p.file).name, p.message.removeprefix("the file is larger than the size limit: "))
                for p in validate(project, limits=Limits(max_bytes=cap)).problems if p.code == "V004"]

    assert v004() == [] and check_version(project).change.changes == []
    assert set(loader.file_hashes(project)) >= {f"annotations/{RELEASE_FILE}", "annotations/splits.json"}
    splits.write_bytes(splits.read_bytes() + b" ")
    assert v004() == [("splits.json", f"more than {cap + documents * 128} bytes")]
    splits.write_bytes(data)
    monkeypatch.setitem(corpus.PER_DOCUMENT_BYTES, RELEASE_FILE, 0)  # the fixed cap, as before
    assert v004() == [(RELEASE_FILE, f"more than {cap} bytes")]
    with pytest.raises(VersionError, match=f"more than {cap} bytes"):
        check_version(project)
    assert f"annotations/{RELEASE_FILE}" not in loader.file_hashes(project, frozenset({RELEASE_FILE}))  # not read


def test_the_cap_counts_the_documents_as_document_files_lists_them(tmp_path: Path) -> None:
    """`file_limit` counts the documents without a `Path` each (listing 20 000 was validation's peak): the files
    `document_files` lists, a hidden one and a folder named `*.json` among them, and none where there is no folder."""
    from vostochny.reading import corpus

    folder = tmp_path / "annotations"
    folder.mkdir()
    for name in ("a.json", ".hidden.json", "b.JSON", "c.txt", "splits.json", "entities.json", "quote_links.json"):
        (folder / name).write_text("{}", encoding="utf-8")
    (folder / "folder.json").mkdir()
    listed = len(corpus.document_files(folder))
    assert listed == 3 and corpus.file_limit(folder / "splits.json", 10) == 10 + listed * corpus.PER_DOCUMENT_BYTES[
        "splits.json"]
    assert corpus.file_limit(tmp_path / "nowhere" / "splits.json", 10) == 10


def test_a_records_folder_that_cannot_be_listed_is_reported_not_a_crash(project: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """`annotations/released/` unreadable (a permission): V335 says so, once for the folder and for each listed
    file it cannot vouch for; it used to escape `validate` as an internal error."""
    from vostochny.checking.validator import validate

    folder = project / "annotations" / "released"
    listing = Path.iterdir

    def refused(self: Path):  # type: ignore[no-untyped-def]
        if self == folder:
            raise PermissionError(13, "Permission denied")
        return listing(self)

    monkeypatch.setattr(Path, "iterdir", refused)
    found = validate(project).problems
    documents = json.loads((project / "annotations" / RELEASE_FILE).read_text(encoding="utf-8"))["documents"]
    assert {p.code for p in found} == {"V335"} and len(found) == len(documents) + 1
    assert any("annotations/released/ the folder cannot be listed (Permission denied)" in p.message for p in found)


def test_a_manifest_that_cannot_be_written_undoes_the_released_folder(project: Path, monkeypatch: pytest.MonkeyPatch,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """An immutable RELEASED.json (a full disk, a quota) was an internal error (exit 3) once annotations/released/
    was swapped in: the corpus then failed V335. Both change, or neither."""
    from vostochny.checking.validator import validate

    (project / VERSION_FILE).write_text("1.0.1\n", encoding="utf-8")
    folder, manifest = project / "annotations" / "released", project / "annotations" / RELEASE_FILE
    before = {p.name: p.read_bytes() for p in folder.iterdir()}, manifest.read_bytes(), folder.stat().st_ino
    real = os.replace

    def immutable(src, dst) -> None:
        if Path(dst) == manifest:
            raise OSError(errno.EPERM, os.strerror(errno.EPERM), str(dst))
        real(src, dst)

    monkeypatch.setattr(os, "replace", immutable)
    assert main(["release-manifest", "--corpus", str(project)]) == 2
    assert f"cannot write {manifest}: Operation not permitted" in capsys.readouterr().err
    assert ({p.name: p.read_bytes() for p in folder.iterdir()}, manifest.read_bytes(), folder.stat().st_ino) == before
    assert sorted(p.name for p in folder.parent.iterdir() if p.name.startswith(".")) == []
    monkeypatch.setattr(os, "replace", real)
    assert [p.code for p in validate(project).problems if p.severity == "error"] == []


def test_a_killed_release_manifest_s_folder_is_reported_then_cleared(project: Path) -> None:
    """A release-manifest killed mid-way leaves `annotations/.released.vostochny-new-PID-...` (its staging copy of
    `released/`): validate said nothing of it, and a corpus with it passed."""
    from vostochny.checking.validator import validate

    left = project / "annotations" / ".released.vostochny-new-999999999-x1y2"  # no process has that pid
    left.mkdir()
    (left / f"{REUTERS}.json").write_text("{}", encoding="utf-8")
    running = project / "annotations" / f".released.vostochny-new-{os.getppid()}-x3y4"  # a run under way: not one
    running.mkdir()
    found = [(p.code, p.file) for p in validate(project).errors]
    assert found == [("V009", os.path.relpath(left))]
    running.rmdir()
    assert main(["release-manifest", "--corpus", str(project)]) == 0
    assert not left.exists() and validate(project).ok
