"""Loading: validated models, the Hugging Face DatasetDict (from its Parquet cache), and the
wheel's own data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, SAMPLE_ID

from vostochny import patterns, user_cache
from vostochny.errors import UsageError
from vostochny.export.hf_rows import CONFIGS, ROWS, arrow_table, features, registry_rows
from vostochny.export.options import HfOptions
from vostochny.model.labels import ENTITY_TYPES, MENTION_KINDS, SPLIT_NAMES
from vostochny.reading.corpus import document_files
from vostochny.reading.documents import CorpusError, corpus_registry, corpus_splits, iter_documents, load_documents
from vostochny.verbs import cachedir, dataset


@pytest.fixture(autouse=True)
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty Parquet cache (never the user's)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(user_cache.CACHE_ENV, str(folder))
    return folder


def entries(cache: Path) -> list[Path]:
    """The cache's entries, one folder per corpus key (not the compiled patterns' folder beside them)."""
    if not cache.is_dir():
        return []
    return sorted(p for p in cache.iterdir() if p.is_dir() and p != patterns.cache_file().parent)


def rows_of(root: Path, config: str) -> dict[str, list]:
    """What the HF row builders give for a corpus, straight from the JSON, in corpus order."""
    splits, views = corpus_splits(root), list(iter_documents(root))
    if config == "registry":  # the records the split's documents link to
        return {split: arrow_table(config, registry_rows(corpus_registry(root), (
            e.kb_id for view in views if view.doc.id in getattr(splits, split) for e in view.doc.entities if e.kb_id
        ))).to_pylist() for split in SPLIT_NAMES}
    return {split: arrow_table(config, (row for view in views if view.doc.id in getattr(splits, split)
                                        for row in ROWS[config](view, HfOptions()))).to_pylist()
            for split in SPLIT_NAMES}


def forbid_building(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail if `load()` validates and builds instead of reading its cache."""
    def refuse(*args: object) -> None:
        raise AssertionError("built again instead of read from the cache")

    monkeypatch.setattr(dataset, "_build", refuse)


def without_relations(root: Path) -> Path:
    """Corpus `root` with the relations layer emptied (still valid)."""
    path = root / "annotations" / f"{SAMPLE_ID}.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**doc, "relations": []}, ensure_ascii=False, indent=2), encoding="utf-8")
    return root


def test_load_documents_matches_the_files() -> None:
    docs = load_documents(REPO)
    assert [d.id for d in docs] == [p.stem for p in document_files(REPO / "annotations")]


def test_load_documents_refuses_an_invalid_corpus(sample_corpus: Path) -> None:
    path = sample_corpus / "annotations" / f"{SAMPLE_ID}.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"kind": "name"', '"kind": "title"', 1), encoding="utf-8")
    with pytest.raises(CorpusError) as error:
        load_documents(sample_corpus)
    assert error.value.report.errors[0].code == "V104"


def test_load_gives_splits_with_explicit_features() -> None:
    from datasets import ClassLabel, List

    import vostochny

    ds = vostochny.load(root=REPO)
    splits = vostochny.reading.documents.corpus_splits(REPO)
    assert set(ds) == {"train", "validation", "test"}
    expected = rows_of(REPO, "documents")
    for name in ds:
        assert ds[name]["id"] == getattr(splits, name)
        assert ds[name].to_list() == expected[name]
    features = ds["train"].features
    assert isinstance(features["mentions"], List)
    assert features["mentions"].feature["kind"] == ClassLabel(names=list(MENTION_KINDS))
    assert features["entities"].feature["type"].names == list(ENTITY_TYPES)
    docs = {d.id: d for d in load_documents(REPO)}
    for row in ds["train"]:
        doc = docs[row["id"]]
        assert len(row["tokens"]) == len(doc.tokens)
        assert [m["text"] for m in row["mentions"]] == [m.text for m in doc.mentions]
        assert all(row["text"][m["start"]:m["end"]] == m["text"] for m in row["mentions"])
        kinds = features["mentions"].feature["kind"]
        assert [kinds.int2str(m["kind"]) for m in row["mentions"]] == [m.kind for m in doc.mentions]


def test_one_build_serves_every_config_with_the_row_builders_rows(sample_corpus: Path, cache: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import vostochny

    first = vostochny.load("ner", root=sample_corpus)
    assert len(entries(cache)) == 1
    forbid_building(monkeypatch)
    for config in (c for c in CONFIGS if c != "quote_links"):  # the sample has no links: see below
        cached = vostochny.load(config, root=sample_corpus)
        assert list(cached) == list(SPLIT_NAMES)
        expected = rows_of(sample_corpus, config)
        for split in SPLIT_NAMES:
            assert cached[split].features == features(config)
            assert cached[split].to_list() == expected[split]
        assert cached["validation"].num_rows == 0 and cached["train"].num_rows > 0
    assert first["train"].to_list() == rows_of(sample_corpus, "ner")["train"]


def with_a_linked_copy(root: Path) -> Path:
    """Corpus `root` (the sample) with a second document in the test split, its quote linked to the first's."""
    from sample import quote_end, sample_document, sample_text, write_json, write_quote_links

    doc = sample_document("sample-copy")  # another report: the same offsets, its own text (V324)
    (root / "raw" / "sample-copy.txt").write_bytes(sample_text("sample-copy").encode("utf-8"))
    write_json(root / "annotations" / "sample-copy.json", doc)
    splits = json.loads((root / "annotations" / "splits.json").read_text(encoding="utf-8"))
    write_json(root / "annotations" / "splits.json", {**splits, "test": ["sample-copy"]})
    write_quote_links(root, {"schema_version": doc["schema_version"], "links": [
        {"id": "l1", "a": quote_end(SAMPLE_ID, "q1"), "b": quote_end("sample-copy", "q1"),
         "wording": "verbatim", "via": [{"name": "KCNA", "kb_id": None}]}]})
    return root


def test_quote_links_load_in_their_own_splits_and_empty_without_a_links_file(sample_corpus: Path, cache: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import vostochny

    empty = vostochny.load("quote_links", root=sample_corpus)  # no links file: every split empty, features kept
    assert list(empty) == [*SPLIT_NAMES, "cross_split"] and sum(empty.num_rows.values()) == 0
    assert all(empty[split].features == features("quote_links") for split in empty)
    root = with_a_linked_copy(sample_corpus)
    for _ in range(2):  # built, then cached
        ds = vostochny.load("quote_links", root=root)
        assert {split: ds[split].num_rows for split in ds} == {"train": 0, "validation": 0, "test": 0, "cross_split": 1}
        row = ds["cross_split"][0]
        wording = ds["cross_split"].features["wording"]
        assert (row["a_split"], row["b_split"], wording.int2str(row["wording"])) == ("train", "test", "verbatim")
        assert row["a_content_text"] == row["b_content_text"] == "We will win,"
        assert (row["a_speaker_name"], row["via_name"], row["via_kb_id"]) == ("Kim Jong Un", ["KCNA"], [None])
        forbid_building(monkeypatch)
    manifest = json.loads((cache / cachedir.corpus_key(root) / dataset.MANIFEST).read_text(encoding="utf-8"))
    assert list(manifest["configs"]["quote_links"]) == [*SPLIT_NAMES, "cross_split"]
    assert manifest["configs"]["quote_links"]["train"] is None


def test_a_config_without_rows_keeps_its_features(sample_corpus: Path) -> None:
    import vostochny

    for _ in range(2):  # built, then cached
        ds = vostochny.load("relations", root=without_relations(sample_corpus))
        assert list(ds) == list(SPLIT_NAMES) and sum(ds.num_rows.values()) == 0
        assert all(ds[split].features == features("relations") for split in SPLIT_NAMES)


def test_an_edited_annotation_is_never_served_from_the_cache(sample_corpus: Path, cache: Path) -> None:
    import vostochny

    assert vostochny.load(root=sample_corpus)["train"][0]["entities"][1]["name"] == "Kim Jong Un"
    path = sample_corpus / "annotations" / f"{SAMPLE_ID}.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"Kim Jong Un"', '"Kim Jong-un"', 1), encoding="utf-8")
    assert vostochny.load(root=sample_corpus)["train"][0]["entities"][1]["name"] == "Kim Jong-un"
    assert len(entries(cache)) == 2


def test_an_edited_raw_text_fails_validation_instead_of_hitting_the_cache(sample_corpus: Path, cache: Path) -> None:
    import vostochny

    vostochny.load(root=sample_corpus)
    raw = sample_corpus / "raw" / f"{SAMPLE_ID}.txt"
    raw.write_bytes(raw.read_bytes().replace(b"Putin", b"Putyn"))
    with pytest.raises(CorpusError):
        vostochny.load(root=sample_corpus)
    assert len(entries(cache)) == 1


def test_the_quote_links_are_part_of_the_key(tmp_path: Path) -> None:
    """The optional links file is data: adding, editing or removing it is another key."""
    from sample import sample_quote_links, write_linked_corpus

    root = write_linked_corpus(tmp_path / "linked", "sample-doc-2")
    links = root / "annotations" / "quote_links.json"
    keys = [cachedir.corpus_key(root)]
    links.write_text(json.dumps(sample_quote_links((SAMPLE_ID, "q1", "sample-doc-2", "q1"), wording="partial")),
                     encoding="utf-8")
    keys.append(cachedir.corpus_key(root))
    links.unlink()
    keys.append(cachedir.corpus_key(root))
    assert len(set(keys)) == 3


def test_the_wheel_carries_the_annotations_folder_whole() -> None:
    """Every corpus-level file (the registry, the splits, the optional quote links, the figures, the release
    record) ships in the wheel because the folder does, not file by file."""
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    include = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert include["annotations"] == "vostochny/corpus/annotations" and include["raw"] == "vostochny/corpus/raw"


def test_the_key_is_the_content_not_the_place(sample_corpus: Path, tmp_path: Path) -> None:
    import shutil

    copy = shutil.copytree(sample_corpus, tmp_path / "copy")
    assert cachedir.corpus_key(copy) == cachedir.corpus_key(sample_corpus) != cachedir.corpus_key(REPO)
    (copy / "annotations" / "notes.txt").write_text("a file beside the documents", encoding="utf-8")
    assert cachedir.corpus_key(copy) != cachedir.corpus_key(sample_corpus)


def test_only_the_most_recently_used_keys_are_kept(sample_corpus: Path, cache: Path) -> None:
    import vostochny

    old = [cache / f"{n:064x}" for n in range(cachedir.KEEP + 2)]
    for age, folder in enumerate(old):
        (folder / "documents").mkdir(parents=True)
        os.utime(folder, (1e9 - age, 1e9 - age))
    (cache / "not-a-key").mkdir()
    assert len(entries(cache)) == cachedir.KEEP + 3
    vostochny.load(root=sample_corpus)
    kept = sorted(p.name for p in cache.iterdir())
    assert kept == sorted([p.name for p in old[:cachedir.KEEP - 1]] + [cachedir.corpus_key(sample_corpus), "not-a-key"])


def test_a_damaged_entry_is_rebuilt(sample_corpus: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import vostochny

    expected = vostochny.load(root=sample_corpus)["train"].to_list()
    train = entries(cache)[0] / "hf" / "data" / "documents" / "train.parquet"
    train.write_bytes(train.read_bytes()[:100])
    assert vostochny.load(root=sample_corpus)["train"].to_list() == expected
    forbid_building(monkeypatch)
    assert vostochny.load(root=sample_corpus)["train"].to_list() == expected  # the entry was repaired


@pytest.mark.parametrize("manifest", ["[]", '{"splits": ["train"], "configs": {"documents": {"train": 7}}}'])
def test_a_manifest_of_the_wrong_shape_is_rebuilt(sample_corpus: Path, cache: Path, manifest: str) -> None:
    import vostochny

    expected = vostochny.load(root=sample_corpus)["train"].to_list()
    (entries(cache)[0] / dataset.MANIFEST).write_text(manifest)
    assert vostochny.load(root=sample_corpus)["train"].to_list() == expected  # was a TypeError traceback


def test_an_unwritable_cache_still_loads(sample_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import vostochny

    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(user_cache.CACHE_ENV, str(blocker / "cache"))
    assert vostochny.load(root=sample_corpus)["train"].to_list() == rows_of(sample_corpus, "documents")["train"]


def test_a_corpus_that_cannot_be_hashed_loads_uncached(sample_corpus: Path, cache: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import vostochny
    from vostochny.reading import loader

    monkeypatch.setattr(loader, "MAX_ANNOTATION_BYTES", 10)  # hashing refuses every file as too large
    assert vostochny.load(root=sample_corpus)["train"].to_list() == rows_of(sample_corpus, "documents")["train"]
    assert entries(cache) == []


def test_an_invalid_corpus_raises_and_leaves_no_entry(sample_corpus: Path, cache: Path) -> None:
    import vostochny

    path = sample_corpus / "annotations" / f"{SAMPLE_ID}.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"kind": "name"', '"kind": "title"', 1), encoding="utf-8")
    with pytest.raises(CorpusError):
        vostochny.load(root=sample_corpus)
    assert entries(cache) == []


def test_an_unknown_config_is_refused_before_and_after_the_build(sample_corpus: Path, cache: Path) -> None:
    import vostochny

    for _ in range(2):
        with pytest.raises(UsageError, match="unknown config 'tokens'; choose from documents, ner"):
            vostochny.load("tokens", root=sample_corpus)
        assert entries(cache) == []
    vostochny.load(root=sample_corpus)
    with pytest.raises(UsageError, match="unknown config 'tokens'; choose from documents, ner"):
        vostochny.load("tokens", root=sample_corpus)


def test_wheel_carries_the_corpus_and_loads_from_another_folder(tmp_path: Path, cache: Path) -> None:
    """Build the wheel, install it into a bare target folder, and load from `/` (offline) twice:
    the first run builds the cache; the second reads it without importing the row builders. The stored results
    ship too, and hold for the packaged corpus (a build from the wheel wrote a card without them)."""
    wheel_dir, target = tmp_path / "wheel", tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(wheel_dir), str(REPO)], check=True, capture_output=True)
    wheel = next(wheel_dir.glob("vostochny-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    code = ("import sys, vostochny, vostochny.reading.corpus as c; ds = vostochny.load(); "
            "built = 'vostochny.export.hf_rows' in sys.modules; "
            "from vostochny.verbs.results import holding, load_results; root = c.packaged_root(); "
            "print(root, sum(ds.num_rows.values()), built, vostochny.validate().ok, "
            "sum(holding(e, root) for e in load_results(root)))")
    env = {**os.environ, "PYTHONPATH": str(target), "HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}
    for expect_built in ("True", "False"):
        result = subprocess.run([sys.executable, "-c", code], cwd="/", env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        root, rows, built, ok, results = result.stdout.split()
        assert root.startswith(str(target)) and root.endswith("vostochny/corpus")
        assert int(results) == len(list((REPO / "results").glob("*.json")))  # the card of `build --packaged` has them
        assert int(rows) == len(document_files(REPO / "annotations")) and ok == "True"
        assert built == expect_built and len(entries(cache)) == 1


def _break_without_a_byte(root: Path, how: str, outside: Path) -> None:
    """Break the corpus at `root` so that every regular file under annotations/ and raw/ keeps its name and bytes."""
    annotations = root / "annotations"
    if how == "folder named as a document":
        (annotations / "other-doc.json").mkdir()
    elif how == "registry linked outside the corpus":
        moved = outside / "entities.json"
        (annotations / "entities.json").rename(moved)
        (annotations / "entities.json").symlink_to(moved)
    elif how == "interrupted write":  # a multi-file write into the corpus was killed before its swap
        from vostochny.writing.staging import PREFIX

        (root / f"{PREFIX}killed").mkdir()
    else:  # a dangling link where the optional quote links file would be
        (annotations / "quote_links.json").symlink_to("gone.json")


@pytest.mark.parametrize(("how", "code"), [("folder named as a document", "V008"),
                                           ("registry linked outside the corpus", "V008"),
                                           ("dangling quote links", "V006"), ("interrupted write", "V009")])
def test_a_corpus_broken_without_changing_a_byte_is_not_served_from_the_cache(
        sample_corpus: Path, cache: Path, tmp_path_factory: pytest.TempPathFactory, how: str, code: str) -> None:
    """The key hashed the bytes of the regular files under annotations/ and raw/ only: a folder, a link out of
    the corpus, a dangling link or the staging folder of a killed write beside them changed no byte, so `load()`
    served the entry of the valid corpus that the validator now refuses."""
    import vostochny
    from vostochny.checking.validator import validate

    expected = vostochny.load(root=sample_corpus)["train"].to_list()
    assert expected and len(entries(cache)) == 1
    _break_without_a_byte(sample_corpus, how, tmp_path_factory.mktemp("outside"))
    assert [p.code for p in validate(sample_corpus).errors] == [code]
    with pytest.raises(CorpusError) as refused:
        vostochny.load(root=sample_corpus)
    assert [p.code for p in refused.value.report.errors] == [code]


def test_a_raw_text_moved_into_annotations_is_another_key(tmp_path: Path, cache: Path) -> None:
    """Each folder's files were fed to the key by their names inside it, one folder after the other: the last
    raw text moved to the end of annotations/ was the same stream, and `load()` served the corpus without it."""
    from sample import sample_document, sample_registry, sample_splits, sample_text, write_json

    import vostochny
    from vostochny.checking.validator import validate

    root, doc_id = tmp_path / "corpus", "zz-doc"  # its files sort last in both folders
    (root / "raw").mkdir(parents=True)
    (root / "annotations").mkdir()
    (root / "raw" / f"{doc_id}.txt").write_text(sample_text(doc_id), encoding="utf-8")
    write_json(root / "annotations" / f"{doc_id}.json", sample_document(doc_id))
    write_json(root / "annotations" / "entities.json", sample_registry())
    write_json(root / "annotations" / "splits.json", {**sample_splits(), "train": [doc_id]})
    assert vostochny.load(root=root)["train"]["id"] == [doc_id]
    (root / "raw" / f"{doc_id}.txt").rename(root / "annotations" / f"{doc_id}.txt")
    assert [p.code for p in validate(root).errors] == ["V204"]
    with pytest.raises(CorpusError):
        vostochny.load(root=root)


def test_a_corpus_edited_while_its_entry_is_built_is_not_stored_under_its_old_key(
        sample_corpus: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The key was taken before the build, and the build validated the files as they were then: a corpus fixed
    during the build was stored under the key of its broken bytes, and served when they came back."""
    import vostochny

    path = sample_corpus / "annotations" / f"{SAMPLE_ID}.json"
    valid = path.read_bytes()
    broken = valid.replace(b'"kind": "name"', b'"kind": "title"', 1)
    path.write_bytes(broken)
    real = dataset._build

    def fixed_meanwhile(folder: Path, root: Path) -> None:
        path.write_bytes(valid)
        real(folder, root)

    monkeypatch.setattr(dataset, "_build", fixed_meanwhile)
    assert vostochny.load(root=sample_corpus)["train"]["id"] == [SAMPLE_ID]  # the corpus as it is now
    monkeypatch.setattr(dataset, "_build", real)
    path.write_bytes(broken)
    with pytest.raises(CorpusError):
        vostochny.load(root=sample_corpus)
