"""`vostochny build` (and `build --without-text`, and `export` of one format) in one pass: each
document read once, checked as `validate` checks it, written while no error is found, and nothing
swapped in unless the whole corpus validates."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

import pytest

from vostochny.checking import validator
from vostochny.checking.validator import validate
from vostochny.errors import CorpusError
from vostochny.export import export
from vostochny.export.common import record_data
from vostochny.reading import loader
from vostochny.reading.corpus import open_corpus
from vostochny.reading.view import DocumentView
from vostochny.verbs.release import build

#: the verbs that validate and write in one pass: `(out, corpus root, jobs)`
WRITERS = {
    "build": lambda out, root, jobs: build(out, root, jobs=jobs),
    "build --without-text": lambda out, root, jobs: build(out, root, jobs=jobs, without_text=True),
    "export": lambda out, root, jobs: export("conllu", out, root, jobs=jobs),
}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _break_mention(path: Path) -> None:
    """Point a mention of the document at an entity it does not have (V207, an error)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    data["mentions"][0]["entity"] = "e999"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("verb", WRITERS)
def test_an_error_in_the_last_document_leaves_out_as_it_was_with_validates_problems(
        repo_corpus: Path, tmp_path: Path, jobs: int, verb: str) -> None:
    out = tmp_path / "releases" / "release"
    WRITERS[verb](out, repo_corpus, 1)
    before = _snapshot(out)
    last = open_corpus(repo_corpus).files[-1]
    _break_mention(last)
    with pytest.raises(CorpusError) as refused:
        WRITERS[verb](out, repo_corpus, jobs)
    expected = validate(repo_corpus)
    assert refused.value.report.problems == expected.problems and refused.value.report.notes == expected.notes
    assert "V207" in {p.code for p in expected.errors} and {Path(p.file).name for p in expected.errors} == {last.name}
    assert _snapshot(out) == before
    assert [p.name for p in out.parent.iterdir()] == ["release"]  # no staging folder left beside it


@pytest.mark.parametrize("verb", WRITERS)
def test_each_document_and_raw_text_is_read_once(repo_corpus: Path, tmp_path: Path, monkeypatch, verb: str) -> None:
    reads: Counter[str] = Counter()
    read_file, load_raw = loader.read_file, loader.load_raw

    def counted_file(path: Path, *args, **kwargs):
        reads[f"file {Path(path).parent.name}/{Path(path).name}"] += 1  # annotations/released/ID.json: no document
        return read_file(path, *args, **kwargs)

    def counted_raw(path: Path, *args, **kwargs):
        reads[f"raw/{Path(path).name}"] += 1
        return load_raw(path, *args, **kwargs)

    monkeypatch.setattr(loader, "read_file", counted_file)
    monkeypatch.setattr(loader, "load_raw", counted_raw)
    WRITERS[verb](tmp_path / "release", repo_corpus, 1)
    files = open_corpus(repo_corpus).files
    assert len(files) > 1 and all(reads[f"file annotations/{path.name}"] == 1 for path in files), reads
    assert all(reads[f"raw/{path.stem}.txt"] == 1 for path in files), reads
    assert sum(n for name, n in reads.items() if name.startswith("raw/")) == len(files)
    assert _documents_written(tmp_path / "release", verb) == [path.stem for path in files]


def _documents_written(out: Path, verb: str) -> list[str]:
    """The ids of the documents a verb wrote into `out`, as its output says (not what it read)."""
    if verb == "export":
        return [line.split("= ", 1)[1] for line in (out / "corpus.conllu").read_text(encoding="utf-8").splitlines()
                if line.startswith("# newdoc id = ")]
    return list(json.loads((out / "summary.json").read_text(encoding="utf-8"))["documents"])


@pytest.mark.parametrize("verb", WRITERS)
def test_a_document_changed_during_the_build_is_refused_by_name(repo_corpus: Path, tmp_path: Path,
                                                                 monkeypatch, verb: str) -> None:
    out = tmp_path / "release"
    WRITERS[verb](out, repo_corpus, 1)
    before = _snapshot(out)
    files = open_corpus(repo_corpus).files
    check = validator.check_document

    def changing(corpus, path: Path, *args, **kwargs):
        if path == files[0]:  # the first document is being read: the last changes on disk meanwhile
            _break_mention(files[-1])
        return check(corpus, path, *args, **kwargs)

    monkeypatch.setattr(validator, "check_document", changing)
    with pytest.raises(CorpusError) as refused:
        WRITERS[verb](out, repo_corpus, 1)
    errors = refused.value.report.errors
    assert "V207" in {p.code for p in errors} and {Path(p.file).name for p in errors} == {files[-1].name}
    assert _snapshot(out) == before


def _without_optional_keys(data: dict) -> dict:
    """The document with the keys that have defaults left out, so that the mirror settles them."""
    data = json.loads(json.dumps(data))
    data.pop("zones", None)
    data["meta"].pop("rights", None)
    data["meta"].pop("language", None)
    data["tokenizer"].pop("corrections", None)
    data["tokenizer"].pop("sentence_corrections", None)
    for e in data["entities"]:
        if not e.get("distinct_from"):
            e.pop("distinct_from", None)
        if e.get("kb_id") is None:
            e.pop("kb_id", None)
    for m in data["mentions"]:
        if not m.get("metonymy"):
            m.pop("metonymy", None)
    for q in data["quotes"]:
        for key in ("cue", "speaker", "attribution"):
            if q.get(key) is None:
                q.pop(key, None)
    return data


def test_every_renderer_makes_the_same_of_a_mirror_as_of_its_model(repo_corpus: Path, tmp_path: Path) -> None:
    """The one-pass build renders the validator's `msgspec` mirror of each document, an export of
    a source in memory its pydantic model: every format must make the same bytes of both."""
    from vostochny.export import Exports, Target, default_options, read_source
    from vostochny.export.stream import Rendered
    from vostochny.verbs.release import LAYOUT, summary_counts

    source = read_source(repo_corpus)
    formats = [fmt for fmt in LAYOUT if fmt != "croissant"] + ["hf"]
    exports = Exports([Target(fmt, default_options(fmt), tmp_path / fmt) for fmt in formats], source)
    renderers = [*exports.renderers, summary_counts]
    exports.abandon()  # only its renderers are used
    assert source.items is not None
    for number, item in enumerate(source.items, 1):
        raw = json.loads(item.doc.model_dump_json(by_alias=True))
        for data in (raw, _without_optional_keys(raw)):
            text = json.dumps(data).encode()
            mirror, model = loader.fast_document(text), loader.load_bytes(text, type(item.doc), "doc").model
            assert mirror is not None and model is not None
            assert json.dumps(record_data(mirror)) == json.dumps(record_data(model))  # a mirror's tokens are tuples
            for render in renderers:
                ours: Rendered = render(DocumentView(mirror, item.text), number)
                theirs: Rendered = render(DocumentView(model, item.text), number)
                assert _comparable(ours) == _comparable(theirs), render


def test_a_jsonl_line_is_what_json_dumps_makes_of_the_document(repo_corpus: Path) -> None:
    """`jsonl.document_line` (written by msgspec) against `compact` (`json.dumps`) of the document's
    data: every document, its model and its mirror, with its text and with every character as text."""
    from vostochny.export.jsonl import document_line
    from vostochny.model.models import Document
    from vostochny.model.serializer import compact
    from vostochny.reading.documents import iter_documents

    schema = json.dumps(Document.model_json_schema())  # msgspec and json.dumps spell some floats apart
    assert '"type": "number"' not in schema, "a document field holds a float: check jsonl.document_line"
    every = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x110000)]))  # not a surrogate: not UTF-8
    for item in iter_documents(repo_corpus):
        mirror = loader.fast_document(item.doc.model_dump_json(by_alias=True).encode())
        for doc, text in ((item.doc, item.text), (mirror, item.text), (mirror, every)):
            assert document_line(doc, text) == compact({**record_data(doc, frozenset({"schema_"})), "text": text})


def _comparable(value: object) -> object:
    """Rendered parts with Arrow tables as their rows (tables compare by identity)."""
    if hasattr(value, "to_pylist"):
        return value.to_pylist()
    if isinstance(value, (list, tuple)):
        return [_comparable(v) for v in value]
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):  # the card's facts: the metadata as JSON data
        return {name: record_data(v) if hasattr(v, "__struct_fields__") or hasattr(v, "model_dump") else
                _comparable(v) for name, v in vars(value).items()}
    return value


@pytest.mark.parametrize("item", [
    {"what": "quote", "document": "d1", "id": "q1", "detail": 'he said "no"\n\t\\ é ✓ \x00'},
    {"document": "d1", "what": "quote", "id": "q1", "detail": "keys in another order"},
    {"what": "only one key"},
])
def test_a_loss_item_is_written_as_json_dumps_writes_it(item: dict[str, str]) -> None:
    from vostochny.export.common import _item_json

    assert _item_json(item) == json.dumps(item, ensure_ascii=False)


def test_a_loss_report_written_a_document_at_a_time_is_json(tmp_path: Path) -> None:
    from vostochny.export.common import Losses, LossReport
    from vostochny.export.options import JsonlOptions

    report = LossReport(tmp_path, "jsonl", JsonlOptions(), {})
    batches = [[], [("a", "d1", "x", "one")], [], [("b", "d2", "y", "two"), ("a", "d2", "z", "three")]]
    for batch in batches:
        losses = Losses()
        for what, doc, item, detail in batch:
            losses.add(what, doc, item, detail)
        report.extend(losses.items)
    written = json.loads(report.close().read_text(encoding="utf-8"))
    assert [i["detail"] for i in written["items"]] == ["one", "two", "three"] and written["summary"] == {"a": 2, "b": 1}


def _flatten_by_pairs(spans: list, nested: str) -> tuple[list, list]:
    """`_flatten` as it was written first: every span tested against every kept one."""
    if nested == "outermost":
        order = sorted(spans, key=lambda s: (s[0], -(s[1] - s[0])))
    else:
        order = sorted(spans, key=lambda s: (s[1] - s[0], s[0]))
    kept: list = []
    dropped: list = []
    for span in order:
        (dropped if any(span[0] < k[1] and k[0] < span[1] for k in kept) else kept).append(span)
    return sorted(kept, key=lambda s: s[0]), dropped


def test_nested_mentions_are_flattened_as_by_testing_every_pair() -> None:
    import random

    from vostochny.export.common import _flatten

    rnd = random.Random(7)
    for _ in range(20000):
        spans = []
        for i in range(rnd.randint(0, 6)):
            start = rnd.randint(0, 10)
            spans.append((start, start + rnd.randint(0 if rnd.random() < 0.1 else 1, 5), f"m{i}"))
        for nested in ("outermost", "innermost"):
            assert _flatten(spans, nested) == _flatten_by_pairs(spans, nested), (spans, nested)


def test_brat_line_fragments_are_the_lines_between_breaks() -> None:
    from vostochny.export.brat import line_fragments

    breaks = ["\n", "\r", "\r\n", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
    for text in ["", "one line", "a\xa0b\tc", *(f"a{b}b" for b in breaks), "a\n\n b\r\n", "\n", "é ✓ \u2028x"]:
        expected, pos = [], 0
        for line in text.splitlines(keepends=True):
            body = line.splitlines()[0]
            if body:
                expected.append((pos + 1, pos + 1 + len(body)))
            pos += len(line)
        assert line_fragments(1, 1 + len(text), f"<{text}>") == expected, text


def _touch(folder: Path, view: DocumentView, number: int) -> tuple[None, list[dict[str, str]]]:
    """A renderer that leaves a file named for each document it renders (in whichever process)."""
    (folder / view.doc.id).touch()
    return None, []


def test_with_jobs_no_document_is_rendered_once_an_error_is_known(repo_corpus: Path, tmp_path: Path,
                                                                   monkeypatch) -> None:
    """Tasks handed to the workers after the first error only check: what they rendered would be discarded."""
    from functools import partial

    from vostochny.export import stream

    monkeypatch.setattr(stream, "CHUNK", 1)
    monkeypatch.setattr(stream, "AHEAD", 1)  # two tasks in flight: the first document's and the second's
    files = open_corpus(repo_corpus).files
    _break_mention(files[0])
    seen = tmp_path / "rendered"
    seen.mkdir()
    report = stream.validated(open_corpus(repo_corpus), [partial(_touch, seen)], lambda parts: None, jobs=2)
    assert {Path(p.file).name for p in report.errors} == {files[0].name} and len(files) > 3
    assert {p.name for p in seen.iterdir()} <= {files[1].stem}


def test_a_pass_leaves_the_garbage_collector_as_it_found_it(repo_corpus: Path, tmp_path: Path) -> None:
    """`collector_settled` freezes what is alive and collects the young less often during a pass only:
    after `validate`, a build, or a build that an error stops, the thresholds and frozen objects are as before."""
    import gc

    from vostochny.reading.collector import collector_settled

    before = gc.get_threshold(), gc.get_freeze_count()
    with collector_settled():
        assert gc.get_threshold()[0] == 10_000 and gc.get_freeze_count() > before[1]
    validate(repo_corpus)
    build(tmp_path / "release", repo_corpus)
    _break_mention(open_corpus(repo_corpus).files[-1])
    with pytest.raises(CorpusError):
        build(tmp_path / "release", repo_corpus)
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


def test_export_of_a_source_that_names_files_reads_and_writes_them(repo_corpus: Path, tmp_path: Path) -> None:
    """A `corpus_source` (files, no documents in memory) given to `export` is its corpus, validated and
    written in one pass: every document, not an empty file."""
    from vostochny.export import corpus_source

    corpus = open_corpus(repo_corpus)
    export("jsonl", tmp_path / "out", source=corpus_source(corpus))
    lines = (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [path.stem for path in corpus.files]


@pytest.mark.parametrize("verb", WRITERS)
def test_jobs_are_capped_by_the_cpus_and_the_documents(repo_corpus: Path, tmp_path: Path, verb: str,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """`export --jobs 300` forked 300 processes for 5 documents on 2 CPUs (validate checked sequentially below two
    documents a process; the cap is now one function for both, `worker_count`)."""
    import concurrent.futures

    from vostochny.checking.validator import worker_count

    real, asked = concurrent.futures.ProcessPoolExecutor, []

    def pool(max_workers: int, **kwargs: object) -> concurrent.futures.ProcessPoolExecutor:
        asked.append(max_workers)
        return real(min(max_workers, 2), **kwargs)  # never 300 processes, even where the cap is missing

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", pool)
    WRITERS[verb](tmp_path / "out", repo_corpus, 300)
    documents = len(open_corpus(repo_corpus).files)
    assert max(asked, default=1) == worker_count(300, documents) == min(os.cpu_count() or 1, documents // 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 64)
    assert [worker_count(jobs, 100) for jobs in (1, 2, 300)] == [1, 2, 50] and worker_count(8, 3) == 1
    monkeypatch.setattr(os, "cpu_count", lambda: None)
    assert worker_count(300, 100) == 1
