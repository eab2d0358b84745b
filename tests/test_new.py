"""`vostochny new`: a new article gives a file that validates; bad requests write nothing."""

from __future__ import annotations

import contextlib
import datetime
import errno
import json
import os
from pathlib import Path

import pytest

from vostochny.checking.validator import validate
from vostochny.cli import main
from vostochny.errors import UsageError
from vostochny.model.models import RIGHTS_NOT_EVALUATED, DocumentMeta
from vostochny.verbs.new_document import add_document

ARTICLE = "MOSCOW (AP) — Kim Jong Un left Russia on Sunday.\nHe said the trip was “a success.”  \n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "incoming" / "article.txt"
    path.parent.mkdir()
    path.write_bytes(ARTICLE.encode("utf-8"))
    return path


def test_new_document_validates_and_keeps_the_bytes(sample_corpus: Path, article: Path, monkeypatch) -> None:
    monkeypatch.chdir(sample_corpus)
    assert main(["new", str(article), "--id", "ap-kim-leaves-russia", "--outlet", "Associated Press"]) == 0
    assert (sample_corpus / "raw" / "ap-kim-leaves-russia.txt").read_bytes() == article.read_bytes()
    doc = json.loads((sample_corpus / "annotations" / "ap-kim-leaves-russia.json").read_text(encoding="utf-8"))
    assert doc["meta"]["outlet"] == "Associated Press" and doc["meta"]["source_file"] == "article.txt"
    assert [t[2] for t in doc["tokens"]][:4] == ["MOSCOW", "(", "AP", ")"]
    assert len(doc["sentences"]) == 2 and doc["mentions"] == []
    splits = json.loads((sample_corpus / "annotations" / "splits.json").read_text(encoding="utf-8"))
    assert "ap-kim-leaves-russia" in splits["train"]
    today = datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    assert doc["meta"]["url"] is None and doc["meta"]["received"] == today  # received now, as the help says
    assert (doc["meta"]["rights"] == RIGHTS_NOT_EVALUATED.model_dump(mode="json")
            and doc["meta"]["rights"]["holder"] is None)
    # valid, with a warning until the contributor records the rights, and one until the zones are annotated
    found = [(p.code, p.severity, p.file, p.pointer) for p in validate(".").problems]
    assert found == [("V221", "warning", "annotations/ap-kim-leaves-russia.json", "/meta/rights/statement"),
                     ("V229", "warning", "annotations/ap-kim-leaves-russia.json", "/zones")]


def test_new_records_the_url_and_date_received_given(sample_corpus: Path, article: Path, monkeypatch) -> None:
    monkeypatch.chdir(sample_corpus)
    url = "https://apnews.com/article/kim-leaves-russia"
    article.write_bytes(f"{ARTICLE}{url}\n".encode())  # recorded only where the text shows it (V233)
    assert main(["new", str(article), "--id", "ap-kim-leaves", "--url", url, "--received", "2023-09-18"]) == 0
    meta = json.loads((sample_corpus / "annotations" / "ap-kim-leaves.json").read_text(encoding="utf-8"))["meta"]
    assert (meta["url"], meta["received"], meta["rights"]["statement"]) == (url, "2023-09-18", "CNE")


@pytest.mark.parametrize("args", [["--id", "Bad_ID"], ["--id", "sample-doc"], ["--id", "ok-id", "--date", "13 Sept"]])
def test_bad_requests_write_nothing(sample_corpus: Path, article: Path, monkeypatch, args: list[str]) -> None:
    monkeypatch.chdir(sample_corpus)
    before = sorted(p.name for p in sample_corpus.rglob("*"))
    assert main(["new", str(article), *args]) == 2
    assert sorted(p.name for p in sample_corpus.rglob("*")) == before


def test_non_utf8_article_is_refused(sample_corpus: Path, tmp_path: Path, monkeypatch) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Kim arrivé".encode("latin-1"))
    monkeypatch.chdir(sample_corpus)
    assert main(["new", str(bad), "--id", "latin-article"]) == 2
    assert not (sample_corpus / "raw" / "latin-article.txt").exists()


def _corpus_files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("option, value", [("--date", "13-09-2023"), ("--date", "2023-02-30"), ("--language", "EN"),
                                           ("--received", "yesterday"), ("--received", "2026-02-30"),
                                           ("--url", "apnews.com/article/x"), ("--url", "https://ap news.com")])
def test_bad_metadata_is_one_line_naming_the_option(sample_corpus: Path, article: Path, monkeypatch, capsys,
                                                    option: str, value: str) -> None:
    monkeypatch.chdir(sample_corpus)
    before = _corpus_files(sample_corpus)
    assert main(["new", str(article), "--id", "ok-id", option, value]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith(f"vostochny new: {option} {value!r}") and "\n" not in error
    assert "errors.pydantic.dev" not in error and "expected" in error
    assert _corpus_files(sample_corpus) == before


@pytest.mark.parametrize("source", ["fifo", "/dev/zero", "folder"])
def test_input_that_is_not_a_regular_file_is_refused(sample_corpus: Path, tmp_path: Path, monkeypatch, capsys,
                                                     source: str) -> None:
    path = {"fifo": tmp_path / "pipe", "/dev/zero": Path("/dev/zero"), "folder": tmp_path}[source]
    if source == "fifo":
        os.mkfifo(path)  # nobody writes to it: a plain read would hang
    monkeypatch.chdir(sample_corpus)
    before = _corpus_files(sample_corpus)
    assert main(["new", str(path), "--id", "piped-article"]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert _corpus_files(sample_corpus) == before


@pytest.mark.parametrize("option, limit", [("--max-raw-bytes", len(ARTICLE.encode()) - 1), ("--max-bytes", 500)])
def test_size_limits_refuse_and_write_nothing(sample_corpus: Path, article: Path, monkeypatch, capsys,
                                              option: str, limit: int) -> None:
    monkeypatch.chdir(sample_corpus)
    before = _corpus_files(sample_corpus)
    assert main(["new", str(article), "--id", "ok-id", option, str(limit)]) == 2
    assert option in capsys.readouterr().err
    assert _corpus_files(sample_corpus) == before
    assert main(["new", str(article), "--id", "ok-id", option, str(limit * 100)]) == 0


def test_a_failed_write_leaves_the_corpus_as_it_was(sample_corpus: Path, article: Path, monkeypatch) -> None:
    from vostochny.writing import writer

    real, calls = os.replace, []

    def failing_third(src, dst):
        calls.append(dst)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(src, dst)

    before = _corpus_files(sample_corpus)
    monkeypatch.setattr(writer.os, "replace", failing_third)
    with pytest.raises(UsageError, match="No space left on device; nothing there was changed"):
        add_document(article, "ok-id", sample_corpus, DocumentMeta(source_file="x"), "train")
    monkeypatch.setattr(writer.os, "replace", real)
    assert len(calls) >= 3 and _corpus_files(sample_corpus) == before
    assert sorted(p.name for p in sample_corpus.rglob(".*")) == []


def test_a_read_only_folder_is_a_usage_error_naming_the_file(sample_corpus: Path, article: Path, monkeypatch,
                                                             capsys) -> None:
    """A read-only raw/ was an internal error (exit 3) that left a staging folder in the corpus root."""
    real = os.replace

    def read_only_raw(src, dst):
        if Path(dst).parent == sample_corpus / "raw":
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(dst))
        return real(src, dst)

    before = _corpus_files(sample_corpus)
    monkeypatch.setattr(os, "replace", read_only_raw)
    assert main(["new", str(article), "--id", "ok-id", "--corpus", str(sample_corpus)]) == 2
    assert f"cannot write {sample_corpus / 'raw' / 'ok-id.txt'}: Read-only file system" in capsys.readouterr().err
    assert _corpus_files(sample_corpus) == before
    assert sorted(p.name for p in sample_corpus.rglob(".*")) == []


def test_add_document_returns_what_it_did_and_prints_nothing(sample_corpus: Path, article: Path, capsys) -> None:
    added = add_document(article, "ok-id", sample_corpus, DocumentMeta(source_file="x"), "test")
    assert capsys.readouterr() == ("", "")
    assert added.doc.id == "ok-id" and len(added.doc.tokens) > 0
    assert added.files == [sample_corpus / "raw" / "ok-id.txt", sample_corpus / "annotations" / "ok-id.json",
                           sample_corpus / "annotations" / "splits.json"]
    assert json.loads(added.files[2].read_text(encoding="utf-8"))["test"] == ["ok-id"]


def test_a_splits_file_its_own_schema_refuses_is_not_rewritten(sample_corpus: Path, article: Path) -> None:
    """A 1.3.0 splits file with `schema_` (the models' name of `$schema`, which that schema does not define: V103)
    was migrated to a model, and `new` wrote it back valid in the current version, the error gone unreported."""
    from vostochny.verbs.new_document import NewDocumentError

    path = sample_corpus / "annotations" / "splits.json"
    splits = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**splits, "schema_version": "1.3.0", "schema_": "x"}), encoding="utf-8")
    before = _corpus_files(sample_corpus)
    with pytest.raises(NewDocumentError, match="does not load"):
        add_document(article, "ok-id", sample_corpus, DocumentMeta(source_file="x"), "train")
    assert _corpus_files(sample_corpus) == before


INVISIBLE = ("\ufeffMOSCOW (AP) \u2014 Kim Jong Un met\u200bVladi\u00admir Putin.\u200b\n"
             "He said the trip was \u201ca success.\u201d \U0001f468\u200d\U0001f469\u200b\n")


def test_an_article_with_invisible_characters_is_scaffolded_validated_and_exported(
        sample_corpus: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """A raw text that opens with a byte-order mark and holds zero-width spaces between words, a soft hyphen
    inside a word and an emoji sequence joined by U+200D: `vostochny new` makes no token of an invisible
    character, nor begins or ends one with it (tokenizer 1.2; 1.1 made tokens of the mark and the spaces, and
    validation passed them), the document validates as any new one does, and every format writes it so that the
    tools read it: CoNLL-U by `conllu` and the official UD validator, the raw text rebuilt byte for byte from
    forms and spacing; CoNLL-2012 by scorch; CoNLL-2003 two columns a line; JSON Lines and the Hugging Face
    export (`datasets`) with the text as it is; brat read back by `vostochny import brat`, which changes nothing."""
    import datasets
    from scorch.conll import parse_file
    from test_export import conllu_texts, read_conllu, ud_validates

    from vostochny.export import export
    from vostochny.importers.brat import import_brat
    from vostochny.model import tokenize

    article = tmp_path_factory.mktemp("incoming") / "invisible.txt"
    article.write_bytes(INVISIBLE.encode("utf-8"))
    monkeypatch.chdir(sample_corpus)
    assert main(["new", str(article), "--id", "ap-kim-invisible", "--outlet", "Associated Press"]) == 0
    doc = json.loads((sample_corpus / "annotations" / "ap-kim-invisible.json").read_text(encoding="utf-8"))
    forms = [t[2] for t in doc["tokens"]]
    assert forms[:10] == ["MOSCOW", "(", "AP", ")", "\u2014", "Kim", "Jong", "Un", "met", "Vladi\u00admir"]
    assert forms[-2:] == ["\u201d", "\U0001f468\u200d\U0001f469"] and doc["tokens"][0][:2] == [1, 7]
    assert not any(f[0] in tokenize.FORMAT or f[-1] in tokenize.FORMAT for f in forms)
    assert doc["tokenizer"]["version"] == "1.3" and len(doc["sentences"]) == 2
    found = [(p.code, p.file) for p in validate(".").problems]
    assert found == [("V221", "annotations/ap-kim-invisible.json"), ("V229", "annotations/ap-kim-invisible.json")]

    out = tmp_path_factory.mktemp("exports")
    for fmt in ("conllu", "conll2012", "conll2003", "jsonl", "hf", "brat"):
        export(fmt, out / fmt, sample_corpus)
    conllu = out / "conllu" / "corpus.conllu"
    assert conllu_texts(conllu)["ap-kim-invisible"] == INVISIBLE
    ours = [s for s in read_conllu(conllu) if s.metadata["sent_id"].startswith("ap-kim-invisible")]
    assert ours[0].metadata["leading_text"] == "SpacesAfter=\ufeff"
    assert [s.metadata["text"] for s in ours] == [  # the format characters between tokens left out
        "MOSCOW (AP) \u2014 Kim Jong Un metVladi\u00admir Putin.",
        "He said the trip was \u201ca success.\u201d \U0001f468\u200d\U0001f469"]
    met = next(t for t in ours[0] if t["form"] == "met")
    assert met["misc"]["SpaceAfter"] == "No" and met["misc"]["SpacesAfter"] == "\u200b"
    ud_validates(conllu)
    lines = (out / "conll2012" / "corpus.v4_gold_conll").read_text(encoding="utf-8").splitlines()
    assert "ap-kim-invisible-000" in dict(parse_file(line.strip() for line in lines))
    assert [line.split("\t")[3] for line in lines if line.startswith("ap-kim-invisible\t")] == forms
    rows = [line.split() for line in (out / "conll2003" / "corpus.conll").read_text(encoding="utf-8").splitlines()
            if line]
    words = [row[0] for row in rows]
    assert all(len(row) == 2 for row in rows) and any(words[i:i + len(forms)] == forms for i in range(len(words)))
    records = [json.loads(line) for line in
               (out / "jsonl" / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert next(r for r in records if r["id"] == "ap-kim-invisible")["text"] == INVISIBLE
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    loaded = datasets.load_dataset(str(out / "hf"), "documents", cache_dir=str(out / "cache"))
    row = next(r for split in loaded.values() for r in split if r["id"] == "ap-kim-invisible")
    assert row["text"] == INVISIBLE and [t["text"] for t in row["tokens"]] == forms
    assert (out / "brat" / "ap-kim-invisible.txt").read_bytes() == INVISIBLE.encode("utf-8")
    assert import_brat(out / "brat", sample_corpus).written == []


WRAPPED = ("Kim leaves Russia\n\nNorth Korean leader Kim Jong Un left Russia on Sunday after a\n"
           "six-day\u00a0visit, state media reported,\u2028ending a trip that drew\nwarnings from Washington.\n")


def test_a_hard_wrapped_article_exports_conllu_that_the_readers_read(
        sample_corpus: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """A paragraph hard-wrapped over three lines, a no-break space and a line separator between words: its
    sentence, joined by hand over the line breaks as the guidelines allow (a paragraph is one body zone),
    validates; the CoNLL-U export wrote its `# text` over three lines of the file (`conllu` failed to parse it)
    and the no-break space raw in MISC (UD's validator refused it). Now `# text` is one line and MISC escapes
    the characters (`\\u00A0`), the raw text still rebuilt byte for byte."""
    from test_export import conllu_texts, read_conllu, ud_validates

    from vostochny.export import export

    article = tmp_path_factory.mktemp("incoming") / "wrapped.txt"
    article.write_bytes(WRAPPED.encode("utf-8"))
    monkeypatch.chdir(sample_corpus)
    assert main(["new", str(article), "--id", "ap-kim-wrapped"]) == 0  # it credits no outlet (V233)
    path = sample_corpus / "annotations" / "ap-kim-wrapped.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    headline, *body = doc["sentences"]
    assert len(body) > 1  # the tokenizer ends a sentence at each line break
    doc["sentences"] = [headline, {"start": body[0]["start"], "end": body[-1]["end"],
                                   "text": WRAPPED[body[0]["start"]:body[-1]["end"]]}]
    doc["tokenizer"]["sentence_corrections"] = len(body) - 1  # the starts removed, counted (V283)
    doc["zones"] = [{"start": 0, "end": 17, "text": WRAPPED[:17], "kind": "headline"},
                    {"start": 19, "end": len(WRAPPED) - 1, "text": WRAPPED[19:-1], "kind": "body"}]
    doc["meta"]["title"] = WRAPPED[:17]  # the headline, as the text shows it (V233)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert [p.code for p in validate(".").problems] == ["V221"]

    out = tmp_path_factory.mktemp("exports")
    export("conllu", out, sample_corpus)
    conllu = out / "corpus.conllu"
    ours = [s for s in read_conllu(conllu) if s.metadata["sent_id"].startswith("ap-kim-wrapped")]
    assert ours[1].metadata["text"] == " ".join(WRAPPED[19:-1].replace("\u2028", " ").split("\n"))
    assert {(t["misc"] or {}).get("SpacesAfter") for t in ours[1]} == {None, "\\u00A0", "\\u2028", "\\n"}
    assert conllu_texts(conllu)["ap-kim-wrapped"] == WRAPPED
    ud_validates(conllu)


def test_an_article_of_whitespace_alone_is_refused_and_writes_no_conllu_sentence(
        sample_corpus: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """A text of line breaks alone gives a document without a token or a sentence. `vostochny new` refuses such an
    article (nothing to annotate: an attack found it scaffolded); one written by hand validated (a warning for its
    rights) and was counted and exported, until V347 (a review found it). The CoNLL-U writer still gives such a
    document no sentence (it crashed the export, and `build` with it) and lists it as lost."""
    from vostochny.export.common import Losses
    from vostochny.export.conllu import render
    from vostochny.export.options import ConlluOptions
    from vostochny.model.models import DocumentMeta
    from vostochny.model.scaffold import empty_document
    from vostochny.model.serializer import to_json
    from vostochny.reading.view import DocumentView

    article = tmp_path_factory.mktemp("incoming") / "blank.txt"
    article.write_bytes(b"\n\n")
    monkeypatch.chdir(sample_corpus)
    assert main(["new", str(article), "--id", "ap-kim-blank", "--outlet", "Associated Press"]) == 2
    assert not (sample_corpus / "raw" / "ap-kim-blank.txt").exists()
    (sample_corpus / "raw" / "ap-kim-blank.txt").write_bytes(b"\n\n")
    blank = empty_document("ap-kim-blank", "\n\n", DocumentMeta(outlet="Associated Press", source_file="blank.txt"))
    (sample_corpus / "annotations" / "ap-kim-blank.json").write_text(to_json(blank), encoding="utf-8")
    splits_file = sample_corpus / "annotations" / "splits.json"
    splits = json.loads(splits_file.read_text(encoding="utf-8"))
    splits["train"] = sorted([*splits["train"], "ap-kim-blank"])
    splits_file.write_text(json.dumps(splits, indent=2) + "\n", encoding="utf-8")
    assert [p.code for p in validate(".").problems] == ["V221", "V347"]
    losses = Losses()
    assert render(DocumentView(blank, "\n\n"), 1, ConlluOptions(), losses) == ("", 0)
    assert losses.items == [{"what": "document-without-tokens", "document": "ap-kim-blank", "id": "ap-kim-blank",
                             "detail": "2 characters, no token: no sentence"}]


@pytest.mark.parametrize("content", [b"", b" \n\t\n", "\u3000\n".encode(), "\u200b\n".encode(), "\u00ad".encode(),
                                     "\ufeff --\n".encode()])
def test_an_article_with_no_word_is_refused(sample_corpus: Path, tmp_path: Path, monkeypatch, capsys,
                                            content: bytes) -> None:
    """An empty or blank raw file was scaffolded into a valid document of nothing (an attack found it)."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(content)
    monkeypatch.chdir(sample_corpus)
    before = _corpus_files(sample_corpus)
    assert main(["new", str(empty), "--id", "nothing-here"]) == 2
    assert "holds no text" in capsys.readouterr().err and _corpus_files(sample_corpus) == before


def test_two_new_at_once_each_list_their_document(sample_corpus: Path, article: Path, monkeypatch) -> None:
    """Two `vostochny new` at once each read `splits.json` and wrote it back with their own id: one entry was
    lost. The second waits for the corpus's lock, and reads what the first wrote."""
    import threading

    from vostochny.verbs import new_document

    real, reading = new_document._splits_with, threading.Barrier(2, timeout=1)

    def slow_splits(*args):
        read = real(*args)
        with contextlib.suppress(threading.BrokenBarrierError):  # both read before either writes, unless the
            reading.wait()  # second waits for the lock
        return read

    monkeypatch.setattr(new_document, "_splits_with", slow_splits)
    failed: list[BaseException] = []

    other = article.with_name("other.txt")
    other.write_text(ARTICLE.replace("Sunday", "Monday"), encoding="utf-8")

    def add(doc_id: str) -> None:
        try:
            add_document(other if doc_id == "second-one" else article, doc_id, sample_corpus,
                         DocumentMeta(source_file="x"), "train")
        except BaseException as error:  # the test names it below
            failed.append(error)

    threads = [threading.Thread(target=add, args=(doc_id,)) for doc_id in ("first-one", "second-one")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failed == []
    splits = json.loads((sample_corpus / "annotations" / "splits.json").read_text(encoding="utf-8"))
    assert {"first-one", "second-one"} <= set(splits["train"])
    assert [(p.code, p.message) for p in validate(sample_corpus).errors] == []
    assert sorted(p.name for p in sample_corpus.rglob(".*")) == []  # no lock file, no staging folder


def test_a_held_lock_is_a_clear_refusal_and_a_killed_holders_is_no_lock(sample_corpus: Path, article: Path,
                                                                         monkeypatch, capsys) -> None:
    import signal
    import subprocess
    import sys

    from vostochny.writing import corpus_lock

    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from pathlib import Path; from "
                               "vostochny.writing.corpus_lock import held\nwith held(Path(sys.argv[1])):\n    "
                               "print('held', flush=True); time.sleep(60)", str(sample_corpus)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        before = _corpus_files(sample_corpus)
        monkeypatch.setattr(corpus_lock, "WAIT", 0.2)
        assert main(["new", str(article), "--id", "ok-id", "--corpus", str(sample_corpus)]) == 2
        folder = sample_corpus / "annotations"
        assert capsys.readouterr().err == (
            f"vostochny new: another process is writing this corpus (it holds the lock of {folder}); run the command "
            "again when it is done; nothing was changed\n")
        assert _corpus_files(sample_corpus) == before
    finally:
        holder.send_signal(signal.SIGKILL)  # a writer killed holding the lock: it goes with its process
        holder.wait()
    assert main(["new", str(article), "--id", "ok-id", "--corpus", str(sample_corpus)]) == 0
    assert (sample_corpus / "raw" / "ok-id.txt").is_file()
    assert sorted(p.name for p in sample_corpus.rglob(".*")) == []
