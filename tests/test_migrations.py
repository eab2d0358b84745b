"""Files of schema 1.0.0 (before the zones layer), 1.1.0 (before the documents' rights) and 1.2.0 (before
the registry's Wikidata links) are read, reported, and rewritten by `vostochny migrate`."""

from __future__ import annotations

import copy
import errno
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import REPO, SAMPLE_ID

from vostochny.checking.validator import validate
from vostochny.cli import main
from vostochny.model.migrations import KNOWN_VERSIONS, migrate
from vostochny.model.models import SCHEMA_VERSION, Document, Registry


def _make_old(root: Path, version: str = "1.0.0") -> Path:
    """The sample document as a file of `version`: without the fields later versions added."""
    path = root / "annotations" / f"{SAMPLE_ID}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    if version in ("1.0.0", "1.1.0"):
        for key in NEW_META:
            del data["meta"][key]
    if version == "1.0.0":
        del data["zones"]
    for layer, key in NEW_IN_1_4_0:
        for record in data[layer]:
            del record[key]
    del data["tokenizer"]["sentence_corrections"]  # 1.4.0 too
    data["schema_version"] = version
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


#: what 1.4.0 added to relations, quotes and entities
NEW_IN_1_4_0 = (("relations", "factuality"), ("quotes", "attribution"), ("entities", "distinct_from"))
#: the warnings a migrated sample has until its relations and quotes are read again (two relations, one quote)
UNREAD = ["V235", "V235", "V236"]
#: what 1.2.0 added to a document's metadata
NEW_META = ("url", "received", "rights")
NOT_EVALUATED = {"statement": "CNE", "holder": None, "note": "not evaluated: record the holder the text credits, "
                 "or that it credits none (docs/guidelines.md, Source and rights)"}


def test_step_1_0_0_to_1_1_0_adds_an_empty_zone_layer(sample_corpus: Path) -> None:
    data = json.loads(_make_old(sample_corpus).read_text(encoding="utf-8"))
    migrated = migrate(data)
    assert migrated["schema_version"] == SCHEMA_VERSION == KNOWN_VERSIONS[-1]
    assert migrated["zones"] == []
    Document.model_validate(migrated)


@pytest.mark.parametrize("version", ["1.0.0", "1.1.0"])
def test_steps_to_1_2_0_record_no_rights_and_invent_no_source(sample_corpus: Path, version: str) -> None:
    data = json.loads(_make_old(sample_corpus, version).read_text(encoding="utf-8"))
    migrated = migrate(data)
    assert migrated["schema_version"] == SCHEMA_VERSION
    assert {k: migrated["meta"][k] for k in NEW_META} == {"url": None, "received": None, "rights": NOT_EVALUATED}
    assert {k: v for k, v in migrated["meta"].items() if k not in NEW_META} == data["meta"]  # the rest untouched
    assert Document.model_validate(migrated).meta.rights.statement == "CNE"


def _old_registry(root: Path, version: str) -> dict:
    """The sample registry as a file of `version`: its records without Wikidata links (added in 1.3.0)."""
    data = json.loads((root / "annotations" / "entities.json").read_text(encoding="utf-8"))
    records = [{k: v for k, v in r.items() if k != "wikidata"} for r in data["entities"]]
    return {**data, "schema_version": version, "entities": records}


@pytest.mark.parametrize("version", ["1.1.0", "1.2.0"])
def test_splits_change_only_their_version_and_registry_records_become_unverified(sample_corpus: Path,
                                                                                  version: str) -> None:
    splits = json.loads((sample_corpus / "annotations" / "splits.json").read_text(encoding="utf-8"))
    assert migrate({**splits, "schema_version": version}) == splits
    old = _old_registry(sample_corpus, version)
    migrated = migrate(old)
    assert migrated["schema_version"] == SCHEMA_VERSION
    assert [r["wikidata"] for r in migrated["entities"]] == [{"status": "unverified"}] * 4  # no QID looked up
    assert [{k: v for k, v in r.items() if k != "wikidata"} for r in migrated["entities"]] == old["entities"]
    Registry.model_validate(migrated)


def test_a_1_2_0_registry_is_read_against_its_own_schema_and_migrated(sample_corpus: Path, monkeypatch,
                                                                      capsys) -> None:
    path = sample_corpus / "annotations" / "entities.json"
    old = _old_registry(sample_corpus, "1.2.0")
    path.write_text(json.dumps(old, ensure_ascii=False, indent=2), encoding="utf-8")
    monkeypatch.chdir(sample_corpus)
    assert [(p.code, p.file) for p in validate(".").problems] == [("V111", "annotations/entities.json")]
    linked = {**old, "entities": [{**old["entities"][0], "wikidata": {"status": "no-entry"}}, *old["entities"][1:]]}
    path.write_text(json.dumps(linked), encoding="utf-8")  # 1.2.0 had no links: its schema refuses one
    refused = validate(".").problems[1:]
    assert [(p.code, p.pointer) for p in refused] == [("V103", "/entities/0")] and "'wikidata'" in refused[0].message
    path.write_text(json.dumps(old), encoding="utf-8")
    assert main(["migrate", str(path)]) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION and {r["wikidata"]["status"] for r in data["entities"]} == {
        "unverified"}
    assert validate(".").problems == []
    capsys.readouterr()


def test_a_migrated_1_1_0_file_is_valid_with_one_warning_to_fill_in_its_rights(sample_corpus: Path,
                                                                              monkeypatch, capsys) -> None:
    path = _make_old(sample_corpus, "1.1.0")
    monkeypatch.chdir(sample_corpus)
    assert sorted(p.code for p in validate(".").problems) == ["V111", "V221", *UNREAD]  # migrated in memory
    assert main(["migrate", str(path)]) == 0
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema_version"] == SCHEMA_VERSION and data["meta"]["rights"] == NOT_EVALUATED
    problems = validate(".").problems
    assert [(p.code, p.severity, p.pointer) for p in problems] == [
        ("V221", "warning", "/meta/rights/statement"), ("V235", "warning", "/relations/0"),
        ("V235", "warning", "/relations/1"), ("V236", "warning", "/quotes/0")]
    assert main(["validate"]) == 0  # a warning: the corpus stays valid
    capsys.readouterr()


def test_old_file_is_reported_and_still_checked(sample_corpus: Path, monkeypatch) -> None:
    path = _make_old(sample_corpus)
    text = path.read_text(encoding="utf-8").replace('"entity": "e2"', '"entity": "e42"', 1)
    path.write_text(text, encoding="utf-8")
    monkeypatch.chdir(sample_corpus)
    codes = [p.code for p in validate(".").problems]
    assert "V111" in codes and "V207" in codes  # migrated in memory, so the rules still ran


def test_old_file_structure_is_checked_against_its_own_schema(sample_corpus: Path, monkeypatch) -> None:
    path = _make_old(sample_corpus)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["zones"] = []  # not part of 1.0.0
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.chdir(sample_corpus)
    problems = validate(".").problems
    assert any(p.code == "V103" and "zones" in p.message for p in problems)


def test_migrate_command_rewrites_the_file(sample_corpus: Path, monkeypatch, capsys) -> None:
    path = _make_old(sample_corpus)
    monkeypatch.chdir(sample_corpus)
    assert main(["migrate", str(path)]) == 0
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    # the rights, the zones, the factuality and attribution types are left to fill in
    assert sorted(p.code for p in validate(".").problems) == ["V221", "V229", *UNREAD]
    assert main(["migrate", str(path)]) == 0
    assert "up to date" in capsys.readouterr().out


def test_migrate_names_a_missing_path_or_a_folder_as_a_usage_error(sample_corpus: Path, monkeypatch,
                                                                  capsys) -> None:
    """A missing path was V006 ('create it (annotations/entities.json, ...)', exit 1), a folder V008; its help
    said nothing of FILE."""
    monkeypatch.chdir(sample_corpus)
    assert main(["migrate", "annotations/gone.json"]) == 2
    assert capsys.readouterr().err == "vostochny migrate: no such file: annotations/gone.json\n"
    assert main(["migrate", "annotations/"]) == 2
    assert capsys.readouterr().err == ("vostochny migrate: annotations/ is a folder: name its files (vostochny migrate "
                                       "annotations/*.json)\n")
    with pytest.raises(SystemExit):
        main(["migrate", "--help"])
    shown = capsys.readouterr().out
    assert "FILE        an annotation file" in shown and "All or nothing" in shown


def test_migrate_leaves_a_broken_file_alone(sample_corpus: Path, monkeypatch) -> None:
    path = _make_old(sample_corpus)
    path.write_text(path.read_text(encoding="utf-8") + "}", encoding="utf-8")
    before = path.read_bytes()
    monkeypatch.chdir(sample_corpus)
    assert main(["migrate", str(path)]) == 1
    assert path.read_bytes() == before


def test_migrate_is_all_or_nothing_and_the_library_prints_nothing(sample_corpus: Path, monkeypatch, capsys) -> None:
    from vostochny.verbs.migrate_files import migrate_files

    monkeypatch.chdir(sample_corpus)  # labels are relative to the working directory

    path = _make_old(sample_corpus)
    broken = path.with_name("other-doc.json")
    broken.write_text(path.read_text(encoding="utf-8") + "}", encoding="utf-8")
    before = path.read_bytes()
    result = migrate_files([path, broken])
    assert capsys.readouterr() == ("", "")
    assert result.migrated == [] and [p.code for p in result.problems] == ["V001"]
    assert path.read_bytes() == before
    broken.unlink()
    result = migrate_files([path])
    assert result.migrated == [f"annotations/{SAMPLE_ID}.json"] and result.problems == []
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION


def test_a_1_3_0_file_gains_no_factuality_and_its_schema_refuses_one(sample_corpus: Path, monkeypatch) -> None:
    """1.4.0 added a relation's factuality and a quote's attribution type: the migration invents neither
    (V235/V236 ask for them), and a 1.3.0 file that already holds one is refused by its own schema."""
    path = _make_old(sample_corpus, "1.3.0")
    monkeypatch.chdir(sample_corpus)
    assert sorted(p.code for p in validate(".").problems) == ["V111", *UNREAD]
    migrated = migrate(json.loads(path.read_text(encoding="utf-8")))
    assert "factuality" not in migrated["relations"][0] and "attribution" not in migrated["quotes"][0]
    data = json.loads(path.read_text(encoding="utf-8"))
    data["relations"][0]["factuality"] = "asserted"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert [(p.code, p.pointer) for p in validate(".").problems if p.severity == "error"] == [
        ("V111", "/schema_version"), ("V103", "/relations/0")]


def test_a_1_3_0_verified_link_gains_no_sources_and_is_reported_until_they_are_written(sample_corpus: Path,
                                                                                        monkeypatch) -> None:
    """1.4.0 records a verified link's evidence with it: a 1.3.0 link had none there, and the migration copies
    none from anywhere, so each verified QID is V336 until its sources are written; a 1.3.0 file that already
    holds sources is refused by its own schema."""
    path = sample_corpus / "annotations" / "entities.json"
    current = json.loads(path.read_text(encoding="utf-8"))
    old = {**current, "schema_version": "1.3.0", "entities": [
        {**r, "wikidata": {k: v for k, v in r["wikidata"].items() if k != "sources"}} for r in current["entities"]]}
    migrated = migrate(copy.deepcopy(old))
    assert [r["wikidata"].get("sources") for r in migrated["entities"]] == [[], None, [], None]  # verified: empty
    assert [{**r, "wikidata": {k: v for k, v in r["wikidata"].items() if k != "sources"}}
            for r in migrated["entities"]] == old["entities"]
    path.write_text(json.dumps(old), encoding="utf-8")
    monkeypatch.chdir(sample_corpus)
    assert [(p.code, p.pointer) for p in validate(".").problems] == [
        ("V111", "/schema_version"), ("V336", "/entities/0/wikidata/sources"), ("V336", "/entities/2/wikidata/sources")]
    path.write_text(json.dumps({**current, "schema_version": "1.3.0"}), encoding="utf-8")
    assert [(p.code, p.pointer) for p in validate(".").problems][:2] == [
        ("V111", "/schema_version"), ("V102", "/entities/0/wikidata")]  # matches none of its three forms


def test_every_file_kind_has_its_published_schema() -> None:
    """The archived schema an old file is checked against is named by `_SCHEMA_NAMES`: each kind has one."""
    from vostochny.model.migrations import _SCHEMA_NAMES
    from vostochny.reading.corpus import schema_dir

    for model, name in _SCHEMA_NAMES.items():
        assert (schema_dir() / "v1" / f"{name}.schema.json").is_file(), model.__name__


def test_migrate_reads_the_quote_links_file_as_links(tmp_path: Path, monkeypatch, capsys) -> None:
    """A current links file is up to date (not a document with its fields missing); one of a version before
    links existed is refused, and the migration of the files beside it with it (all or nothing)."""
    from sample import sample_quote_links, write_linked_corpus

    write_linked_corpus(tmp_path, "sample-doc-2")
    monkeypatch.chdir(tmp_path)
    links = tmp_path / "annotations" / "quote_links.json"
    assert main(["migrate", str(links)]) == 0
    assert "up to date" in capsys.readouterr().out
    old = _make_old(tmp_path)
    links.write_text(json.dumps({**sample_quote_links(), "schema_version": "1.3.0"}), encoding="utf-8")
    before = old.read_bytes()
    assert main(["migrate", str(old), str(links)]) == 1
    assert "V110" in capsys.readouterr().err and old.read_bytes() == before


def test_migrate_of_every_annotation_file_leaves_the_files_without_a_schema_version(sample_corpus: Path, monkeypatch,
                                                                                     capsys) -> None:
    """`vostochny migrate annotations/*.json` (its help's example) read the release manifest and the agreement
    figures as documents and refused the whole migration; they have no schema version and are skipped, and
    the quote links are read as quote links."""
    from linked import LINK, quote_links

    path = _make_old(sample_corpus, "1.3.0")
    folder = sample_corpus / "annotations"
    (folder / "RELEASED.json").write_text('{"format": 1}', encoding="utf-8")
    (folder / "agreement.json").write_text('{"alpha": {}}', encoding="utf-8")
    (folder / "quote_links.json").write_text(json.dumps(quote_links(LINK)), encoding="utf-8")
    monkeypatch.chdir(sample_corpus)
    assert main(["migrate", *sorted(str(p.relative_to(sample_corpus)) for p in folder.glob("*.json"))]) == 0
    out = capsys.readouterr().out
    assert f"migrated annotations/{SAMPLE_ID}.json\n" in out
    assert "skipped annotations/RELEASED.json (no schema version)\n" in out
    assert "skipped annotations/agreement.json (no schema version)\n" in out
    assert "up to date annotations/quote_links.json\n" in out
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION


def test_a_schema_version_in_the_release_manifest_is_an_unknown_field() -> None:
    """The release manifest has no schema version: an older version written into it is refused as
    a field the schema does not define (V103), not migrated (it was an internal error, a KeyError)."""
    from vostochny.model.release import ReleaseManifest
    from vostochny.reading import loader

    manifest = json.loads((REPO / "annotations" / "RELEASED.json").read_text(encoding="utf-8"))
    for version in ("1.1.0", "1.4.0", "9.9.9"):
        loaded = loader.load_bytes(json.dumps({**manifest, "schema_version": version}).encode(), ReleaseManifest,
                                   "RELEASED.json")
        assert loaded.model is None and [(p.code, p.pointer) for p in loaded.problems] == [("V103", "/schema_version")]


def _refused_codes(read: Callable[[Path], object], root: Path) -> list[tuple[str, str, str]]:
    """The (code, severity, pointer) of every problem of the `CorpusError` that `read(root)` raises."""
    from vostochny.errors import CorpusError

    with pytest.raises(CorpusError) as refused:
        read(root)
    return [(p.code, p.severity, p.pointer) for p in refused.value.report.problems]


def test_the_library_refuses_an_older_registry_whose_own_schema_refuses_it(sample_corpus: Path) -> None:
    """A 1.2.0 registry with a Wikidata link (its schema has none) is migrated to a valid model, which hid
    the V103: `corpus_registry` handed out the registry that `vostochny validate` refuses."""
    from vostochny.reading.documents import corpus_registry

    old = _old_registry(sample_corpus, "1.2.0")
    old["entities"][0]["wikidata"] = {"status": "no-entry"}
    (sample_corpus / "annotations" / "entities.json").write_text(json.dumps(old), encoding="utf-8")
    assert _refused_codes(corpus_registry, sample_corpus) == [
        ("V111", "error", "/schema_version"), ("V103", "error", "/entities/0")]


def test_the_library_refuses_an_older_splits_file_whose_own_schema_refuses_it(sample_corpus: Path) -> None:
    """A 1.3.0 splits file with the key `schema_` (the models' name of `$schema`, a key its schema does not
    define) was migrated to a model: `corpus_splits` handed it out. (The models now refuse the key as well.)"""
    from vostochny.reading.documents import corpus_splits

    path = sample_corpus / "annotations" / "splits.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**data, "schema_version": "1.3.0", "schema_": "splits"}), encoding="utf-8")
    assert _refused_codes(corpus_splits, sample_corpus) == [
        ("V111", "error", "/schema_version"), ("V103", "error", ""), ("V103", "error", "/schema_")]


def test_the_library_refuses_an_older_file_without_another_problem(sample_corpus: Path, monkeypatch) -> None:
    """V111 is an error (the file must be migrated before it is merged): the validator refuses the corpus, and
    so do `corpus_registry`, `corpus_splits` and `iter_documents`, though each could migrate it in memory."""
    from vostochny.reading.documents import corpus_registry, corpus_splits, iter_documents

    folder = sample_corpus / "annotations"
    (folder / "entities.json").write_text(json.dumps(_old_registry(sample_corpus, "1.2.0")), encoding="utf-8")
    splits = json.loads((folder / "splits.json").read_text(encoding="utf-8"))
    (folder / "splits.json").write_text(json.dumps({**splits, "schema_version": "1.1.0"}), encoding="utf-8")
    monkeypatch.chdir(sample_corpus)
    assert [(p.code, p.severity) for p in validate(".").problems] == [("V111", "error")] * 2
    assert _refused_codes(corpus_registry, sample_corpus) == [("V111", "error", "/schema_version")]
    assert _refused_codes(corpus_splits, sample_corpus) == [("V111", "error", "/schema_version")]
    assert [c for c, _, _ in _refused_codes(lambda root: list(iter_documents(root)), sample_corpus)] == ["V111"] * 2


def test_the_library_refuses_quote_links_of_a_version_before_links(tmp_path: Path) -> None:
    """No quote links file was written before 1.4.0: one that says 1.3.0 is V110, and no links are handed out."""
    from sample import sample_quote_links, write_linked_corpus

    from vostochny.reading.documents import corpus_quote_links

    write_linked_corpus(tmp_path, "sample-doc-2")
    links = tmp_path / "annotations" / "quote_links.json"
    links.write_text(json.dumps({**sample_quote_links((SAMPLE_ID, "q1", "sample-doc-2", "q1")),
                                 "schema_version": "1.3.0"}), encoding="utf-8")
    assert _refused_codes(corpus_quote_links, tmp_path) == [("V110", "error", "/schema_version")]


@pytest.mark.parametrize("name", ["entities.json", "splits.json", f"{SAMPLE_ID}.json"])
def test_the_models_name_of_schema_is_a_field_the_schema_does_not_define(sample_corpus: Path, name: str) -> None:
    """The published schemas define `$schema`, not `schema_` (the models' Python name of it, which they accepted
    as a key too): `vostochny validate` called a file valid that its own published schema refuses."""
    from vostochny.reading.documents import corpus_registry, corpus_splits

    path = sample_corpus / "annotations" / name
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("$schema", None)
    path.write_text(json.dumps({**data, "schema_": "x"}), encoding="utf-8")
    assert [(p.code, p.pointer) for p in validate(sample_corpus).errors] == [("V103", "/schema_")]
    read = {"entities.json": corpus_registry, "splits.json": corpus_splits}.get(name)
    if read is not None:
        assert _refused_codes(read, sample_corpus) == [("V103", "error", "/schema_")]


def test_a_read_only_folder_is_a_usage_error_that_changes_nothing(sample_corpus: Path, monkeypatch, capsys) -> None:
    """An OSError while writing (a read-only folder) was an internal error, exit 3."""
    path = _make_old(sample_corpus)
    before, real = path.read_bytes(), os.mkdir

    def read_only(folder, *args, **kwargs) -> None:
        if Path(folder).parent == path.parent:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(folder))
        real(folder, *args, **kwargs)

    monkeypatch.setattr(os, "mkdir", read_only)
    assert main(["migrate", str(path)]) == 2
    assert f"cannot write {path.parent}: Read-only file system" in capsys.readouterr().err
    assert path.read_bytes() == before and sorted(p.name for p in path.parent.iterdir() if p.name[0] == ".") == []
