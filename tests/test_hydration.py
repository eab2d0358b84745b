"""The annotations-only release (`build --without-text`) and `hydrate`: no text in the release,
the original corpus back byte for byte from the original texts, and every span found again (or
reported) in texts that differ by quotes, spaces, line ends, a fixed typo or an extra paragraph."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sample import REPO, SAMPLE_ID, SAMPLE_TEXT, sample_quote_links, sample_text, write_linked_corpus

from vostochny.cli import main
from vostochny.export import export
from vostochny.hydration import textless
from vostochny.hydration.normal import normal
from vostochny.hydration.rebuild import ReleaseError
from vostochny.hydration.selectors import LIMIT
from vostochny.hydration.textless import FILES_LEFT_OUT, NOT_WRITTEN, WINDOW
from vostochny.model import tokenize
from vostochny.model.models import Document, QuoteLinks
from vostochny.reading.corpus import QUOTE_LINKS_FILE
from vostochny.reading.documents import iter_documents
from vostochny.reading.view import DocumentView
from vostochny.verbs.hydrate import hydrate
from vostochny.verbs.release import build

VIEWS = {view.id: view for view in iter_documents(REPO)}


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("textless") / "release"
    build(out, REPO, without_text=True)
    return out


# -- no text in the release ---------------------------------------------------------------------

def _windows(text: str) -> set[str]:
    return {text[i:i + WINDOW] for i in range(len(text) - WINDOW + 1)}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)
    elif isinstance(value, str):
        yield value


def _leaks(folder: Path) -> list[tuple[str, str]]:
    """(file, document) for each file under `folder` that holds 40 characters of a raw text in a
    row: in its bytes (as UTF-8, and as bytes whatever the encoding), or in a string of its JSON."""
    texts = {view.id: view.text or "" for view in VIEWS.values()}
    windows = {doc: _windows(text) for doc, text in texts.items()}
    byte_windows = {doc: _windows(text.encode("utf-8").decode("latin-1")) for doc, text in texts.items()}
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        contents = [data.decode("utf-8", errors="replace")]
        if path.suffix in (".json", ".jsonl"):
            lines = data.decode("utf-8").splitlines() if path.suffix == ".jsonl" else [data.decode("utf-8")]
            contents += [s for line in lines if line.strip() for s in _strings(json.loads(line))]
        assert path.suffix in (".json", ".jsonl", ".md"), f"{path}: a file the search cannot read"
        for doc in texts:
            hit = any(c[i:i + WINDOW] in windows[doc] for c in contents for i in range(len(c) - WINDOW + 1))
            raw = data.decode("latin-1")
            hit = hit or any(raw[i:i + WINDOW] in byte_windows[doc] for i in range(len(raw) - WINDOW + 1))
            if hit:
                found.append((path.relative_to(folder).as_posix(), doc))
    return found


def test_the_search_finds_text_where_there_is_some(tmp_path: Path) -> None:
    """The leak search is not blind: the JSON Lines export (with its texts) is caught for every document."""
    export("jsonl", tmp_path / "jsonl", REPO)
    leaks = _leaks(tmp_path / "jsonl")  # registry.jsonl holds names, some of them long enough to be caught
    assert sorted(leak for leak in leaks if leak[0] == "documents.jsonl") == [("documents.jsonl", doc)
                                                                            for doc in sorted(VIEWS)]
    # registry.jsonl holds names; quote_links.jsonl each link end's quote content (V340), which the release keeps as
    # references (test_no_raw_text_in_any_file_of_the_release)
    assert {file for file, _ in leaks} <= {"documents.jsonl", "registry.jsonl", "quote_links.jsonl"}


def test_no_raw_text_in_any_file_of_the_release(release: Path) -> None:
    assert _leaks(release) == []


def test_the_release_holds_offsets_selectors_and_checksums_only(release: Path) -> None:
    for doc_id, view in VIEWS.items():
        data = json.loads((release / "textless" / f"{doc_id}.json").read_text(encoding="utf-8"))
        assert (data["sha256"], data["length"]) == (view.doc.sha256, view.doc.length)
        assert data["tokens"] == [[s, e] for s, e, _ in view.doc.tokens]
        assert data["sentences"] == [[s.start, s.end] for s in view.doc.sentences]
        assert "text" not in set(_keys(data))
        selectors = list(_selectors(data))
        spans = [(path, span) for path, span in view.spans if path[0] != "sentences"]
        assert len(selectors) >= len(spans) > 0
        for selector in selectors:
            assert set(selector) == {"type", "head", "tail", "length", "sha256", "normal_sha256", "normal_length"}
            assert 0 < len(selector["head"]) <= LIMIT and 0 < len(selector["tail"]) <= LIMIT
        for path, span in spans:
            record = data
            for step in path:
                record = record[step]
            assert (record["start"], record["end"]) == (span.start, span.end)
            selector = record["selector"]
            assert (selector["head"], selector["tail"], selector["length"]) == (span.text[:16], span.text[-16:],
                                                                                len(span.text))
            assert selector["sha256"] == hashlib.sha256(span.text.encode()).hexdigest()
    summary = json.loads((release / "summary.json").read_text(encoding="utf-8"))
    assert summary["without_text"] is True and set(summary["not_written"]) == set(NOT_WRITTEN)
    assert summary["files_left_out"] == FILES_LEFT_OUT and set(FILES_LEFT_OUT) == {"RELEASED.json", "released"}
    assert not (release / "textless" / "RELEASED.json").exists() and not (release / "textless" / "released").exists()
    assert not [p for p in release.rglob("*") if p.name in FILES_LEFT_OUT]
    assert {"conll2003", "conllu", "conll2012", "brat", "hf", "jsonl"} == set(NOT_WRITTEN)
    readme = (release / "README.md").read_text(encoding="utf-8")
    assert all(f"`{fmt}`" in readme for fmt in NOT_WRITTEN) and "vostochny hydrate" in readme
    assert "`annotations/RELEASED.json`" in readme and "`annotations/released`" in readme
    assert sorted(p.name for p in release.iterdir()) == ["README.md", "summary.json", "textless"]


def _keys(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        yield from value
        for v in value.values():
            yield from _keys(v)
    elif isinstance(value, list):
        for v in value:
            yield from _keys(v)


def _selectors(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        if value.get("type") == "TextEndsSelector":
            yield value
            return
        for v in value.values():
            yield from _selectors(v)
    elif isinstance(value, list):
        for v in value:
            yield from _selectors(v)


def test_the_build_stops_rather_than_write_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The leak check is a check of the result: were the title not taken out, nothing would be written."""
    monkeypatch.setattr(textless, "_references", lambda value, text, document=None: value)
    assert main(["build", "--without-text", "--corpus", str(REPO), "--out", str(tmp_path / "r")]) == 2
    assert "would hold its text" in capsys.readouterr().err and not (tmp_path / "r").exists()


def test_build_without_text_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--without-text", "--corpus", str(REPO), "--out", str(tmp_path / "r")]) == 0
    assert (tmp_path / "r" / "textless" / "reuters-kim-putin-summit.json").is_file()
    assert not (tmp_path / "r" / "conllu").exists()
    assert f"summary.json: {len(VIEWS)} documents, " in capsys.readouterr().out


# -- hydrating the original texts -----------------------------------------------------------------

def _texts(folder: Path, change: Callable[[str, str], str] = lambda doc, text: text) -> Path:
    folder.mkdir()
    for doc_id, view in VIEWS.items():
        (folder / f"{doc_id}.txt").write_bytes(change(doc_id, view.text or "").encode("utf-8"))
    return folder


def test_a_link_s_ends_hold_no_text_in_the_release_and_their_quotes_content_once_hydrated(release: Path,
                                                                                            tmp_path: Path) -> None:
    """A link's end records its quote's content (V340): the release leaves it out (a 35-character fragment stayed
    there as plain text, below the references' window), and hydration writes the quote's content as hydrated. An
    edit next to a linked quote that moved the end's text out of reach failed the whole hydration (found by an
    attack); the quote still placed, the link is kept."""
    links = json.loads((release / "textless" / QUOTE_LINKS_FILE).read_text(encoding="utf-8"))
    assert links["links"] and not [link for link in links["links"] if "text" in link["a"] or "text" in link["b"]]
    texts = _texts(tmp_path / "texts", lambda doc, text: text.replace("international rules but", "international "
                                                                     "rules; but"))
    result = hydrate(release, texts, tmp_path / "corpus")
    assert result.validation.ok and not result.links_left_out
    ours = json.loads((tmp_path / "corpus" / "annotations" / QUOTE_LINKS_FILE).read_text(encoding="utf-8"))
    assert ours == json.loads((REPO / "annotations" / QUOTE_LINKS_FILE).read_text(encoding="utf-8"))


def test_hydrating_the_original_texts_gives_the_corpus_byte_for_byte(release: Path, tmp_path: Path) -> None:
    result = hydrate(release, _texts(tmp_path / "texts"), tmp_path / "corpus")
    for folder in ("annotations", "raw"):
        ours = sorted(p.name for p in (tmp_path / "corpus" / folder).iterdir())
        assert ours == sorted(p.name for p in (REPO / folder).iterdir() if p.name not in FILES_LEFT_OUT)
        for name in ours:
            assert (tmp_path / "corpus" / folder / name).read_bytes() == (REPO / folder / name).read_bytes(), name
    assert result.complete and result.validation.ok and not result.validation.problems
    for report in result.documents:
        assert report.verbatim and report.moved == 0 and not report.unplaced
        assert report.unchanged == len(_anchors(release, report.id))


def test_a_release_of_an_older_schema_is_migrated_as_it_is_read(release: Path, tmp_path: Path) -> None:
    """A release outlives the package that built it: one written at schema 1.2.0 (registry records
    without their Wikidata link) hydrates, its records marked unverified as `vostochny migrate` would."""
    old = tmp_path / "old"
    shutil.copytree(release, old)
    for path in (old / "textless").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "schema_version" in data:
            data["schema_version"] = "1.2.0"
            for record in data.get("entities", []) if "sentences" not in data else []:
                record.pop("wikidata")
            path.write_text(json.dumps(data), encoding="utf-8")
    result = hydrate(old, _texts(tmp_path / "texts"), tmp_path / "corpus")
    assert result.complete and result.validation.ok
    registry = json.loads((tmp_path / "corpus" / "annotations" / "entities.json").read_text(encoding="utf-8"))
    assert registry["entities"] and {r["wikidata"]["status"] for r in registry["entities"]} == {"unverified"}
    for doc_id in VIEWS:
        ours = (tmp_path / "corpus" / "annotations" / f"{doc_id}.json").read_bytes()
        assert ours == (REPO / "annotations" / f"{doc_id}.json").read_bytes(), doc_id


def _anchors(release: Path, doc_id: str) -> list[dict[str, Any]]:
    return list(_selectors(json.loads((release / "textless" / f"{doc_id}.json").read_text(encoding="utf-8"))))


# -- hydrating texts that differ -------------------------------------------------------------------

@dataclass(frozen=True)
class Edit:
    """A change of the original text: `[start, end)` becomes `new`; `same_words` if the two are
    equal in normal form (quotes, spaces, line ends)."""

    start: int
    end: int
    new: str
    same_words: bool


def _apply(text: str, edits: list[Edit]) -> str:
    for e in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[:e.start] + e.new + text[e.end:]
    return text


def _shifted(offset: int, edits: list[Edit]) -> int:
    """Where an original offset (outside the edited characters) is in the edited text."""
    return offset + sum(len(e.new) - (e.end - e.start) for e in edits if e.end <= offset)


def _touches(start: int, end: int, e: Edit) -> bool:
    return (start < e.end and e.start < end) if e.start < e.end else start < e.start < end


def curly_quotes(text: str) -> list[Edit]:
    straight = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}
    return [Edit(i, i + 1, straight[ch], True) for i, ch in enumerate(text) if ch in straight]


def no_break_spaces(text: str) -> list[Edit]:
    """Every space after "Kim", "Jong", "Mr." and "President" becomes U+00A0."""
    words = ("Kim ", "Jong ", "Mr. ", "President ")
    return [Edit(i + len(w) - 1, i + len(w), "\u00a0", True) for w in words for i in _all(text, w)]


def crlf(text: str) -> list[Edit]:
    return [Edit(i, i + 1, "\r\n", True) for i, ch in enumerate(text) if ch == "\n"]


def extra_paragraph(text: str) -> list[Edit]:
    """A paragraph that names Kim Jong Un and Putin and quotes Putin (`us` in the quotation), before the fourth
    line."""
    at = [i + 1 for i in _all(text, "\n")][3]
    return [Edit(at, at, "In a paragraph of its own, Kim Jong Un thanked Putin. \u201cThis is a new start for the "
                         "two of us,\u201d Putin said.\n\n", False)]


def _all(text: str, word: str) -> list[int]:
    found, i = [], text.find(word)
    while i >= 0:
        found.append(i)
        i = text.find(word, i + 1)
    return found


def _typo_target(view: DocumentView) -> Any:
    """A mention whose words occur elsewhere in the text too (so that a guess could find them)."""
    text = view.text or ""
    return next(m for m in view.doc.mentions if len(m.text) >= 5 and len(_all(text, m.text)) >= 3
                and m.start > 200)


def fixed_typo(text: str, view: DocumentView) -> list[Edit]:
    """One letter inside a mention changes, as when a typo is fixed: same length, other words."""
    m = _typo_target(view)
    at = m.start + 2
    return [Edit(at, at + 1, "x" if text[at] != "x" else "y", False)]


PERTURBATIONS: dict[str, Callable[[str, DocumentView], list[Edit]]] = {
    "curly-quotes": lambda text, view: curly_quotes(text),
    "no-break-spaces": lambda text, view: no_break_spaces(text),
    "crlf": lambda text, view: crlf(text),
    "fixed-typo": fixed_typo,
    "extra-paragraph": lambda text, view: extra_paragraph(text),
    "all-five": lambda text, view: [*curly_quotes(text), *no_break_spaces(text), *crlf(text),
                                    *fixed_typo(text, view), *extra_paragraph(text)],
    "quotes-and-crlf": lambda text, view: [*curly_quotes(text), *crlf(text)],
}


def _spans(doc: Document, shift: Callable[[int], int] = lambda offset: offset) -> dict[tuple[Any, ...], Any]:
    """The spans that carry selectors, by a key that survives records left out (a zone's is its
    kind and its start, shifted by `shift`)."""
    found: dict[tuple[Any, ...], Any] = {("mention", m.id): m for m in doc.mentions}
    for q in doc.quotes:
        found |= {("content", q.id, j): c for j, c in enumerate(q.content)}
        found |= {("cue", q.id): q.cue} if q.cue else {}
    return found | {("zone", z.kind, shift(z.start)): z for z in doc.zones}


@pytest.mark.parametrize("name", list(PERTURBATIONS))
def test_hydrating_texts_that_differ(release: Path, tmp_path: Path, name: str) -> None:
    """Each placed span is exactly where the edits moved it and covers the same words (in normal
    form); a span that holds a changed word is not placed (nor put anywhere else); the counts of
    unchanged, moved and unplaced are exactly those; the result validates."""
    edits = {doc_id: PERTURBATIONS[name](view.text or "", view) for doc_id, view in VIEWS.items()}
    texts = _texts(tmp_path / "texts", lambda doc_id, text: _apply(text, edits[doc_id]))
    result = hydrate(release, texts, tmp_path / "corpus")
    assert result.validation.ok
    if name == "extra-paragraph":  # its names, pronoun and quotation were never annotated: they follow from V269
        behind = {p.code for w in result.validation.warnings if w.code == "V269" for p in w.folded}
        assert behind == {"V367", "V382", "V384"}, result.validation.warnings
        assert not [p for p in result.validation.problems if p.code in behind]
    for report in result.documents:
        view, doc_edits = VIEWS[report.id], edits[report.id]
        new_text = (texts / f"{report.id}.txt").read_bytes().decode("utf-8")  # no newline translation
        hydrated = Document.model_validate_json(
            (tmp_path / "corpus" / "annotations" / f"{report.id}.json").read_text(encoding="utf-8"))
        placed = _spans(hydrated)
        counts = {"unchanged": 0, "moved": 0, "unplaced": 0}
        for key, span in _spans(view.doc, partial(_shifted, edits=doc_edits)).items():
            if _lost(span, doc_edits):
                counts["unplaced"] += 1
                assert key not in placed, (report.id, key)
                continue
            start, end = _shifted(span.start, doc_edits), _shifted(span.end, doc_edits)
            same = (start, end) == (span.start, span.end) and new_text[start:end] == span.text
            counts["unchanged" if same else "moved"] += 1
            if key in placed:  # else left out with what it depends on (see `_expected_left_out`)
                assert (placed[key].start, placed[key].end) == (start, end), (report.id, key)
                assert normal(placed[key].text) == normal(span.text), (report.id, key)
        runs = _references(view, new_text)
        assert (report.unchanged, report.moved, len(report.unplaced)) == (
            counts["unchanged"] + runs[0], counts["moved"] + runs[1], counts["unplaced"] + runs[2]), report.id
        lost = {k[1] for k in _spans(view.doc) if k[0] == "mention" and k not in placed}
        assert sorted(report.dropped) == _expected_left_out(view, lost, doc_edits, new_text), report.id
        assert report.verbatim is (not doc_edits)
        if any(not e.same_words and e.start < e.end for e in doc_edits):  # a fixed typo: its mention at least
            assert counts["unplaced"] >= 1 and report.unplaced
        if any(e.start == e.end or len(e.new) != e.end - e.start for e in doc_edits):  # offsets change
            assert report.moved > 0
    if name in ("curly-quotes", "no-break-spaces", "crlf", "quotes-and-crlf"):
        assert result.complete
    # V269 warns where the copy's words are not those annotated, and only there (its words: every zone placed)
    changed = {doc_id for doc_id, doc_edits in edits.items() if any(not e.same_words for e in doc_edits)}
    assert {r.id for r in result.documents if r.words == "changed"} == changed
    assert {r.id for r in result.documents if r.words == "same"} == set(VIEWS) - changed
    assert {Path(p.file).stem for p in result.validation.warnings if p.code == "V269"} == changed


def _lost(span: Any, edits: list[Edit]) -> bool:
    """Does the span hold a word that the edits changed (so that it cannot be placed)?"""
    return any(_touches(span.start, span.end, e) and not e.same_words for e in edits)


def _expected_left_out(view: DocumentView, lost_mentions: set[str], edits: list[Edit], new_text: str) -> list[str]:
    """What depends on the mentions not placed (their relations, their quotes, their entities), and
    the zones, if some token of the new text lies in none of the zones whose words are unchanged."""
    doc = view.doc
    relations = [f"relations {r.id}: its {arg} {getattr(r, arg)} was not placed" for r in doc.relations
                 for arg in ["head" if r.head in lost_mentions else "tail"] if {r.head, r.tail} & lost_mentions]
    quotes = [f"quotes {q.id}: a span of its content or its cue was not placed"
              if any(_lost(s, edits) for s in [*q.content, *([q.cue] if q.cue else [])])
              else f"quotes {q.id}: its speaker {q.speaker} was not placed"
              for q in doc.quotes if q.speaker in lost_mentions or any(_lost(s, edits) for s in q.content)
              or (q.cue and _lost(q.cue, edits))]
    kept = {m.entity for m in doc.mentions if m.id not in lost_mentions}
    entities = [f"entities {e.id}: none of its mentions was placed" for e in doc.entities if e.id not in kept]
    zones = [(_shifted(z.start, edits), _shifted(z.end, edits)) for z in doc.zones if not _lost(z, edits)]
    outside = sum(not any(s <= start and end <= e for s, e in zones) for start, end in tokenize.tokens(new_text))
    left = [f"zones: all {len(zones)} left out: {outside} token(s) lie in no zone that could be placed"]
    return sorted(relations + quotes + entities + (left if zones and outside else []))


def test_a_copy_with_other_words_is_reported_by_validation_as_not_the_text_annotated(
        release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The reported false accept, reproduced: a copy with a word changed ("met" -> "saw") and a sentence added
    hydrated into a corpus that `vostochny validate` passed, 0 errors and nothing about it but V229 (its zones,
    left out, a document without zones): the document records the copy's SHA-256, so V203 holds, and the added
    sentence names Kim Jong Un with no mention annotated. Hydration still writes the corpus (the copy is the
    user's, and the spans whose words are unchanged are placed), but hydration.json records the text annotated
    and that the copy's words differ, and validation warns (V269) for as long as the raw text is that copy: the
    hydrate run and a later `vostochny validate` alike."""
    view = VIEWS["reuters-kim-putin-summit"]
    text = view.text or ""
    at = text.index(" met ")
    copy_text = text[:at] + " saw " + text[at + 5:] + "Kim Jong Un also said he would visit Moscow soon.\n"
    texts = _texts(tmp_path / "texts", lambda doc_id, t: copy_text if doc_id == view.id else t)
    result = hydrate(release, texts, tmp_path / "corpus")
    assert result.validation.ok and not result.complete  # written: what could not be placed is listed
    assert [(p.code, Path(p.file).name, p.pointer) for p in result.validation.warnings if p.code != "V229"] == [
        ("V269", f"{view.id}.json", "/sha256")]
    entry = next(d for d in json.loads((tmp_path / "corpus" / "hydration.json").read_text(encoding="utf-8"))[
        "documents"] if d["id"] == view.id)
    assert entry["annotated"] == {"sha256": view.doc.sha256, "length": view.doc.length}
    assert entry["words"] == "changed" and entry["sha256"] == hashlib.sha256(copy_text.encode()).hexdigest()
    capsys.readouterr()
    assert main(["validate", str(tmp_path / "corpus")]) == 0  # a warning: the corpus is usable, and says so
    captured = capsys.readouterr()
    assert f"{view.id}.json" in captured.out and "V269 text-not-annotated at /sha256" in captured.out
    assert "0 error(s)" in captured.err
    others = [d for d in json.loads((tmp_path / "corpus" / "hydration.json").read_text(encoding="utf-8"))[
        "documents"] if d["id"] != view.id]
    assert all(d["words"] == "same" and d["sha256"] == d["annotated"]["sha256"] for d in others)


def test_validation_holds_a_hydrated_text_to_what_hydration_json_records(release: Path, tmp_path: Path) -> None:
    """V269 reads hydration.json: a copy that differs in quotes and line ends only passes; the same raw text
    changed after hydration (its document's checksum updated) does not; a damaged report is a note, not a
    silent pass; a corpus without the report (the repository's) has nothing to compare."""
    from vostochny.checking.validator import validate

    texts = _texts(tmp_path / "texts", lambda doc_id, t: _apply(t, [*curly_quotes(t), *crlf(t)]))
    corpus = hydrate(release, texts, tmp_path / "corpus").out
    assert not [p for p in validate(corpus).problems if p.code == "V269"]
    doc_id = "kim-arrives-russia-top-officials"
    raw, annotation = corpus / "raw" / f"{doc_id}.txt", corpus / "annotations" / f"{doc_id}.json"
    edited = raw.read_bytes().replace(b"Kim", b"Kin", 1)
    raw.write_bytes(edited)
    data = json.loads(annotation.read_text(encoding="utf-8"))
    data["sha256"] = hashlib.sha256(edited).hexdigest()
    annotation.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    found = [p for p in validate(corpus).problems if p.code == "V269"]
    assert [(Path(p.file).name, p.severity) for p in found] == [(f"{doc_id}.json", "warning")]
    assert "it was changed after hydration" in found[0].message
    (corpus / "hydration.json").write_text("{\"documents\": 3}", encoding="utf-8")
    report = validate(corpus)
    assert not [p for p in report.problems if p.code == "V269"]
    assert any(note.startswith("hydration.json could not be read") for note in report.notes)
    assert not any("hydration.json" in note for note in validate(REPO).notes)


@pytest.mark.parametrize("content", [
    "null", "[]", "{\"documents\": [null]}", "[" * 100_000 + "]" * 100_000, "\udcff",
    # an entry whose text annotated is null, or of a negative length (an absent one: written before it was recorded)
    '{"documents": [{"id": "ap-kim-whereabouts-after-summit", "annotated": null, "sha256": "b", "words": "same"}]}',
    '{"documents": [{"id": "ap-kim-whereabouts-after-summit", "annotated": {"sha256": "a", "length": -5}, '
    '"sha256": "b", "words": "same"}]}',
])
def test_a_damaged_hydration_report_is_a_note_never_a_crash(tmp_path: Path, content: str) -> None:
    """Whatever `hydration.json` holds (nothing JSON, nested past the parser's depth, not an object, a folder),
    validation reads on and says in a note that the texts were not compared."""
    from vostochny.checking.validator import validate

    corpus = tmp_path / "corpus"
    shutil.copytree(REPO / "annotations", corpus / "annotations")
    shutil.copytree(REPO / "raw", corpus / "raw")
    (corpus / "hydration.json").write_bytes(content.encode("utf-8", "surrogateescape"))
    report = validate(corpus)
    assert report.ok and any(note.startswith("hydration.json could not be read") for note in report.notes)
    (corpus / "hydration.json").unlink()
    (corpus / "hydration.json").mkdir()
    assert any("not a regular file" in note for note in validate(corpus).notes)


def test_the_hydration_report_of_a_large_corpus_is_read(tmp_path: Path) -> None:
    """`hydration.json` holds an entry per document (some 450 bytes): it was read through the 16 MiB cap on an
    annotation file, and past some 38 000 documents V269 was off for the whole corpus. Its cap grows with the
    corpus's documents (`report_limit`); a report larger than the corpus can have is still a note."""
    from vostochny.reading.annotated import MAX_ANNOTATION_BYTES, read_annotated, report_limit

    digest = hashlib.sha256(b"text").hexdigest()
    entry = {"id": "doc-0", "verbatim": True, "unchanged": 500, "moved": 0, "unplaced": 0, "unplaced_spans": [],
             "left_out": [], "annotated": {"sha256": digest, "length": 4}, "sha256": digest, "words": "same"}
    count = MAX_ANNOTATION_BYTES // len(json.dumps(entry)) + 1
    entries = [{**entry, "id": f"doc-{n}"} for n in range(count)]
    (tmp_path / "hydration.json").write_text(json.dumps({"documents": entries, "registry_left_out": [],
                                                          "quote_links_left_out": []}), encoding="utf-8")
    size = (tmp_path / "hydration.json").stat().st_size
    assert MAX_ANNOTATION_BYTES < size <= report_limit(count)
    found, unread = read_annotated(tmp_path, count)
    assert unread is None and len(found) == count and found["doc-7"] == (digest, 4, digest, "same")
    found, unread = read_annotated(tmp_path, 6)
    assert found == {} and unread == (f"hydration.json could not be read ({tmp_path / 'hydration.json'}: larger "
                                      f"than the limit of {report_limit(6)} bytes): the raw texts were not "
                                      "compared with the texts annotated (V269)")


def test_validation_reads_the_hydration_report_up_to_a_cap_that_grows_with_the_documents(
        release: Path, tmp_path: Path, monkeypatch) -> None:
    """The cap on `hydration.json` is the cap on an annotation file and `PER_DOCUMENT` bytes a document: a report
    past the first (planted small) is read, V269 on; past both, a note that names the file and the limit."""
    from vostochny.checking.validator import validate
    from vostochny.reading import annotated

    view = VIEWS["kim-arrives-russia-top-officials"]
    texts = _texts(tmp_path / "texts", lambda doc_id, t: t.replace("Kim", "Kin", 1) if doc_id == view.id else t)
    corpus = hydrate(release, texts, tmp_path / "corpus").out
    size = (corpus / "hydration.json").stat().st_size
    monkeypatch.setattr(annotated, "MAX_ANNOTATION_BYTES", 64)
    assert size > 64 + len(VIEWS) * 64
    report = validate(corpus)
    assert [Path(p.file).stem for p in report.problems if p.code == "V269"] == [view.id]
    assert not any("hydration.json" in note for note in report.notes)
    monkeypatch.setattr(annotated, "PER_DOCUMENT", 64)
    report = validate(corpus)
    assert not [p for p in report.problems if p.code == "V269"]
    note = f"hydration.json could not be read ({corpus / 'hydration.json'}: larger than the limit of " \
           f"{64 + len(VIEWS) * 64} bytes)"
    assert any(n.startswith(note) for n in report.notes)


@pytest.mark.parametrize(("entry", "where"), [
    ({"id": "d", "annotated": {"sha256": "a", "length": True}, "sha256": "b", "words": "same"},
     "Expected `int`, got `bool` - at `$.documents[1].annotated.length`"),
    ({"id": "d", "annotated": {"sha256": "a", "length": 1}, "sha256": "b", "words": "alike"},
     "Invalid enum value 'alike' - at `$.documents[1].words`"),
    ({"id": "d", "annotated": {"sha256": "a", "length": 1}, "words": "same"},
     "`$.documents[1]` records the text annotated, but not the text hydrated on"),
    ({"annotated": {"sha256": "a", "length": 1}, "sha256": "b", "words": "same"},
     "Object missing required field `id` - at `$.documents[1]`"),
])
def test_a_damaged_entry_of_the_hydration_report_is_named_in_the_note(tmp_path: Path, entry: dict[str, Any],
                                                                       where: str) -> None:
    from vostochny.reading.annotated import read_annotated

    first = {"id": "c", "verbatim": True}  # written before hydrate recorded the text annotated: skipped
    (tmp_path / "hydration.json").write_text(json.dumps({"documents": [first, entry]}), encoding="utf-8")
    found, unread = read_annotated(tmp_path, 2)
    assert found == {} and unread == (f"hydration.json could not be read (not the report hydrate writes: {where}): "
                                      "the raw texts were not compared with the texts annotated (V269)")


def test_a_copy_saved_with_a_byte_order_mark_has_the_words_annotated(release: Path, tmp_path: Path) -> None:
    """Notepad saves UTF-8 with a byte-order mark: tokenizer 1.2 makes no token of it (1.1 did, which lay in
    no zone, so every zone was left out, V229), every span moves by one and the copy's words are the text's."""
    texts = _texts(tmp_path / "texts", lambda doc_id, t: "\ufeff" + t)
    result = hydrate(release, texts, tmp_path / "corpus")
    assert result.complete and result.validation.problems == []
    assert all(r.words == "same" and not r.verbatim and r.moved for r in result.documents)


def test_a_span_inside_a_fixed_typo_is_reported_not_guessed(release: Path, tmp_path: Path) -> None:
    view = VIEWS["reuters-kim-putin-summit"]
    target = _typo_target(view)
    text = view.text or ""
    assert len(_all(text, target.text)) >= 3  # its words are elsewhere too: a guess could find them
    texts = _texts(tmp_path / "texts", lambda doc_id, t: _apply(t, fixed_typo(t, view)) if doc_id == view.id else t)
    result = hydrate(release, texts, tmp_path / "corpus")
    report = next(r for r in result.documents if r.id == view.id)
    index = view.doc.mentions.index(target)
    assert any(line.startswith(f"/mentions/{index} ") for line in report.unplaced)
    hydrated = Document.model_validate_json(
        (tmp_path / "corpus" / "annotations" / f"{view.id}.json").read_text(encoding="utf-8"))
    assert target.id not in {m.id for m in hydrated.mentions}
    assert {(m.start, m.end) for m in hydrated.mentions} == {(m.start, m.end) for m in view.doc.mentions} - {
        (target.start, target.end)}
    assert not result.complete


def _references(view: DocumentView, new_text: str) -> tuple[int, int, int]:
    """(unchanged, moved, unplaced) expected of the runs of text kept as references: unchanged
    where the new text has the run at its offsets, moved where its words are elsewhere."""
    counts = [0, 0, 0]
    text = view.text or ""
    for value in _plain_strings(view.doc):
        for start, end in _runs(value, text):
            if new_text[start:end] == text[start:end]:
                counts[0] += 1
            else:
                counts[1 if normal(text[start:end]) in normal(new_text) else 2] += 1
    return counts[0], counts[1], counts[2]


def _plain_strings(doc: Document) -> Iterator[str]:
    """The strings of the fields without spans (where runs of text become references)."""
    data = doc.model_dump(mode="json")
    yield from (s for key in ("meta", "entities") for s in _strings(data[key]))


def _runs(value: str, text: str) -> Iterator[tuple[int, int]]:
    """The offsets in `text` of each longest run of `WINDOW` or more characters of `value`, left to right."""
    i = 0
    while i <= len(value) - WINDOW:
        if value[i:i + WINDOW] not in text:
            i += 1
            continue
        size = max(n for n in range(WINDOW, len(value) - i + 1) if value[i:i + n] in text)
        where = text.index(value[i:i + size])
        yield where, where + size
        i += size


# -- the command line and bad input ----------------------------------------------------------------

def _hydrate_cli(release: Path, texts: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(["hydrate", str(release), "--texts", str(texts), "--out", str(out)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.out, captured.err


def test_hydrate_command_reports_per_document_and_exits_by_outcome(release: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _hydrate_cli(release, _texts(tmp_path / "texts"), tmp_path / "corpus", capsys)
    assert status == 0
    assert "reuters-kim-putin-summit: text as released: " in out and " 0 moved, 0 not placed" in out
    view = VIEWS["reuters-kim-putin-summit"]
    typo = _texts(tmp_path / "typo", lambda doc_id, t: _apply(t, fixed_typo(t, view)) if doc_id == view.id else t)
    status, out, _ = _hydrate_cli(release, typo, tmp_path / "corpus2", capsys)
    assert status == 1
    assert "reuters-kim-putin-summit: text differs: " in out and "  not placed: /mentions/" in out
    report = json.loads((tmp_path / "corpus2" / "hydration.json").read_text(encoding="utf-8"))
    assert [d["unplaced"] > 0 for d in report["documents"]] == [d == view.id for d in sorted(VIEWS)]


def test_a_missing_or_misnamed_text_is_named_and_nothing_is_written(release: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    texts = _texts(tmp_path / "texts")
    (texts / "reuters-kim-putin-summit.txt").rename(texts / "Reuters-Kim-Putin-Summit.txt")
    status, _, err = _hydrate_cli(release, texts, tmp_path / "corpus", capsys)
    assert status == 2 and not (tmp_path / "corpus").exists()
    assert "no text for 1 document(s): reuters-kim-putin-summit.txt" in err
    assert "match no document: Reuters-Kim-Putin-Summit.txt" in err
    status, _, err = _hydrate_cli(release, tmp_path / "nowhere", tmp_path / "corpus", capsys)
    assert status == 2 and "no such folder of texts" in err


def test_a_text_that_is_not_utf8_is_located(release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = _texts(tmp_path / "texts")
    (texts / "reuters-kim-putin-summit.txt").write_bytes(b"line one\nline \xff two\n")
    status, _, err = _hydrate_cli(release, texts, tmp_path / "corpus", capsys)
    assert status == 2 and "reuters-kim-putin-summit.txt:2: not UTF-8 (byte 14)" in err


def test_an_existing_folder_is_never_replaced(release: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "mine.txt").write_text("my notes", encoding="utf-8")
    status, _, err = _hydrate_cli(release, _texts(tmp_path / "texts"), tmp_path / "corpus", capsys)
    assert status == 2 and "exists and is not empty" in err
    assert [p.name for p in (tmp_path / "corpus").iterdir()] == ["mine.txt"]


def test_a_refused_hydration_names_the_user_s_files_never_a_staging_folder(
        release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The corpus is validated in its staging folder; the refusal named that folder (`.corpus.vostochny-new-...`),
    gone once the run ended, where the user knows the output folder and their own texts."""
    from vostochny.checking.problems import Problem
    from vostochny.checking.validator import Report
    from vostochny.verbs import hydrate as hydrating

    monkeypatch.chdir(tmp_path)
    same = sorted(VIEWS)[:2]  # two documents given one text: V324, an error of the hydrated corpus
    texts = _texts(tmp_path / "texts", lambda doc_id, t: VIEWS[same[0]].text or "" if doc_id in same else t)
    status, _, err = _hydrate_cli(release, texts, Path("corpus"), capsys)
    assert status == 1 and not (tmp_path / "corpus").exists()
    assert "vostochny-new" not in err and f"corpus{os.sep}annotations{os.sep}{same[1]}.json:" in err, err
    assert "error V324" in err
    staging = tmp_path / ".corpus.vostochny-new-1-x"  # a raw text is named as the user's copy, the same bytes
    named = hydrating._as_named(Report([Problem("V008", str(Path(staging.name) / "raw" / "a.txt"), "", "bad", folded=[
        Problem("V001", str(Path(staging.name) / "annotations" / "a.json"), "", f"see {staging.name}")])]),
        staging, tmp_path / "corpus", texts)
    assert [(p.file, [(f.file, f.message) for f in p.folded]) for p in named.problems] == [
        (str(Path("texts") / "a.txt"), [(str(Path("corpus") / "annotations" / "a.json"), "see corpus")])]


def _damaged(release: Path, tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    copy = tmp_path / "damaged"
    shutil.copytree(release, copy)
    path = copy / "textless" / "reuters-kim-putin-summit.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    return copy


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["mentions"][3]["selector"].update(head="x" * 17),
     "reuters-kim-putin-summit.json: /mentions/3/selector: head and tail must be strings of 1 to 16 characters"),
    (lambda d: d["mentions"][3].update(start=d["mentions"][3]["start"] + 1),
     "reuters-kim-putin-summit.json: /mentions/3: the text at its offsets does not match its selector"),
    (lambda d: d["quotes"][0].pop("content"), "reuters-kim-putin-summit.json: /quotes/0: lacks content"),
    (lambda d: d["relations"][2].update(head=None), "reuters-kim-putin-summit.json: /relations/2/head: "),
    (lambda d: d["mentions"][0].pop("selector"), "reuters-kim-putin-summit.json: /mentions/0/selector: a selector is"),
    (lambda d: d.pop("annotations_only"), "not an annotation file of an annotations-only release"),
    (lambda d: d.update(tokens="none"), "/tokens or /sentences: expected a list of [start, end] pairs"),
])
def test_a_damaged_release_file_is_located(release: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           change: Callable[[dict[str, Any]], None], message: str) -> None:
    status, _, err = _hydrate_cli(_damaged(release, tmp_path, change), _texts(tmp_path / "texts"),
                                  tmp_path / "corpus", capsys)
    assert status == 2 and message in err and not (tmp_path / "corpus").exists()


@pytest.mark.parametrize("document", [["reuters-kim-putin-summit"], None, 7, "no-such-document"])
def test_a_link_end_naming_no_document_of_the_release_is_damage(release: Path, tmp_path: Path, document: Any,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """A list as a link end's document was looked up in a dict (TypeError: unhashable): an internal error where the
    release is damaged."""
    broken = tmp_path / "broken"
    shutil.copytree(release, broken)
    path = broken / "textless" / QUOTE_LINKS_FILE
    links = json.loads(path.read_text(encoding="utf-8"))
    links["links"][0]["a"]["document"] = document
    path.write_text(json.dumps(links), encoding="utf-8")
    status, _, err = _hydrate_cli(broken, _texts(tmp_path / "texts"), tmp_path / "corpus", capsys)
    assert status == 2 and "/links/0/a/document: " in err and "is no document of the release" in err


def test_a_release_that_is_not_one_is_refused(release: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    texts = _texts(tmp_path / "texts")
    status, _, err = _hydrate_cli(texts, texts, tmp_path / "corpus", capsys)
    assert status == 2 and "not an annotations-only release" in err
    broken = tmp_path / "broken"
    shutil.copytree(release, broken)
    (broken / "textless" / "splits.json").write_text('{"train": [', encoding="utf-8")
    status, _, err = _hydrate_cli(broken, texts, tmp_path / "corpus", capsys)
    assert status == 2 and "splits.json:1:12: not valid JSON" in err
    # read as the loader reads corpus files: a key given twice is refused (at the second), not silently the last one
    (broken / "textless" / "splits.json").write_text('{"train": [], "train": []}', encoding="utf-8")
    status, _, err = _hydrate_cli(broken, texts, tmp_path / "corpus", capsys)
    twice = "splits.json:1:15: duplicate key in an object: key 'train' appears twice; the release is damaged"
    assert status == 2 and twice in err
    shutil.copy(release / "textless" / "splits.json", broken / "textless" / "splits.json")
    (broken / "textless" / "reuters-kim-putin-summit.json").unlink()
    status, _, err = _hydrate_cli(broken, texts, tmp_path / "corpus", capsys)
    assert status == 2 and "lists reuters-kim-putin-summit, which the release has no file of" in err
    assert not (tmp_path / "corpus").exists()


def _grown_summary(release: Path, size: int) -> bytes:
    """`summary.json` of `release` with counts of made-up documents added before its own, past `size` bytes,
    as `SummaryFile` writes them (what a release of that many documents would hold)."""
    data = (release / "summary.json").read_bytes()
    figures = next(iter(json.loads(data)["documents"].values()))
    entry = json.dumps({"doc-00000000": figures}, indent=2)[2:-2].replace("\n", "\n  ").encode()
    entries = [entry.replace(b"00000000", b"%08d" % n) for n in range(size // len(entry) + 1)]
    head = b'{\n  "documents": {'
    return head + b"\n  " + b",\n  ".join(entries) + b"," + data[len(head):]


def test_a_release_of_any_number_of_documents_is_known_by_the_end_of_its_summary(release: Path,
                                                                                  tmp_path: Path) -> None:
    """`summary.json` grows with the documents (some 200 bytes each) and says `without_text` at its end: past
    the 16 MiB cap on an annotation file (some 80 000 documents), hydrate read it whole and refused the release
    as "not an annotations-only release". It reads the end only."""
    from vostochny.reading.files import MAX_ANNOTATION_BYTES
    from vostochny.verbs.release import summary_end

    big = tmp_path / "big"
    shutil.copytree(release, big)
    (big / "summary.json").write_bytes(_grown_summary(release, MAX_ANNOTATION_BYTES))
    assert (big / "summary.json").stat().st_size > MAX_ANNOTATION_BYTES
    assert summary_end(big) == summary_end(release) and summary_end(big)["without_text"] is True  # type: ignore[index]
    texts = _texts(tmp_path / "texts")
    assert hydrate(big, texts, tmp_path / "corpus").complete


def test_the_end_of_a_summary_is_read_as_far_as_it_must_be(release: Path, tmp_path: Path, monkeypatch) -> None:
    """Read whole, or from its `total` member on: the same members; a cut after that member's start, or an end
    that is not a summary's, is no release (a clear refusal, never a traceback)."""
    from vostochny.verbs import release as releasing

    data = (release / "summary.json").read_bytes()
    end = len(data) - data.rindex(b'\n  "total": ')
    expected = releasing.summary_end(release)
    assert expected is not None and expected["without_text"] is True and "documents" not in expected
    for cap in (end, end + 1, len(data) - 1, len(data), len(data) + 1):
        monkeypatch.setattr(releasing, "SUMMARY_END", cap)
        assert releasing.summary_end(release) == expected, cap
    for cap in (end - 1, end // 2, 0):
        monkeypatch.setattr(releasing, "SUMMARY_END", cap)
        assert releasing.summary_end(release) is None, cap
    monkeypatch.setattr(releasing, "SUMMARY_END", 4096)
    texts, broken = _texts(tmp_path / "texts"), tmp_path / "broken"
    shutil.copytree(release, broken)
    grown = _grown_summary(release, 8192)
    deep = grown.replace(b'\n  "total": ', b'\n  "total": ' + b"[" * 100_000 + b"]" * 100_000 + b', "x": ')
    for damaged in (grown[:-200], grown.replace(b'"without_text": true', b'"without_text": 1'),
                    grown.replace(b'\n  "total": ', b'\n"total": '), grown.replace(b'"documents"', b'"document"'),
                    grown.replace(b'"not_carried"', b'"not_told"'), deep):  # a member missing; nested past the parser
        (broken / "summary.json").write_bytes(damaged)
        with pytest.raises(ReleaseError, match="not an annotations-only release"):
            hydrate(broken, texts, tmp_path / "corpus")
    (broken / "summary.json").write_bytes(grown)
    assert hydrate(broken, texts, tmp_path / "corpus").complete


# -- the pure functions ----------------------------------------------------------------------------

def test_the_normal_form_maps_back_to_the_source() -> None:
    from vostochny.hydration.normal import normalised

    norm = normalised("a\r\nb\u2019c\u00a0d\re")
    assert norm.text == "a\nb'c d\ne"
    assert norm.origin == (0, 1, 3, 4, 5, 6, 7, 8, 9, 10)
    assert norm.source_span(2, 5) == (3, 6)  # "b'c" is "b’c" at 3..6 of the source


def _wanted(text: str, *spans: tuple[int, int]) -> list[Any]:
    from vostochny.hydration.placement import Wanted
    from vostochny.hydration.selectors import select

    return [Wanted(s, e, select(text[s:e])) for s, e in spans]


def test_an_edit_that_repeats_a_span_s_words_leaves_it_unplaced() -> None:
    """`Putin` after an inserted line that starts with `Putin` too: either is at the right distance
    from one placed neighbour; which one was annotated cannot be told, so neither is taken."""
    from vostochny.hydration.placement import place

    old = "Kim met Putin.\nPutin left."
    new = "Kim met Putin.\nPutin arrived.\nPutin left."
    placed = place(new, len(old), _wanted(old, (0, 3), (8, 13), (15, 20), (21, 25)))
    assert [(p.start, p.end) if p else None for p in placed] == [(0, 3), (8, 13), None, (36, 40)]


def test_a_same_length_typo_next_to_the_same_words_is_not_guessed() -> None:
    from vostochny.hydration.placement import place

    old = "Kim met Putin in May. Putin spoke."
    new = "Kim met Putim in May. Putin spoke."
    placed = place(new, len(old), _wanted(old, (0, 3), (8, 13), (17, 20), (22, 27)))
    assert [(p.start, p.end, p.unchanged) if p else None for p in placed] == [
        (0, 3, True), None, (17, 20, True), (22, 27, True)]


def test_spans_move_with_line_ends_and_quotes() -> None:
    from vostochny.hydration.placement import place

    old = "“Kim,” he said.\nKim left.\nHe said."
    new = old.replace("\n", "\r\n").replace("“", '"').replace("”", '"')
    placed = place(new, len(old), _wanted(old, (1, 4), (7, 9), (16, 19), (26, 28)))
    assert [(p.start, p.end, p.unchanged) if p else None for p in placed] == [
        (1, 4, True), (7, 9, True), (17, 20, False), (28, 30, False)]


# -- quote links pass through -------------------------------------------------------------------

#: a note that quotes the sample text at length (more than a window): the release holds a reference instead
LONG_NOTE = f"both open: {SAMPLE_TEXT[:60]}"


def _linked_release(tmp_path: Path) -> tuple[Path, Path]:
    """A linked sample corpus (three reports of one text, every pair of quotes linked, one note quoting
    the text) and its annotations-only release."""
    links = sample_quote_links((SAMPLE_ID, "q1", "sample-doc-2", "q1"), (SAMPLE_ID, "q1", "sample-doc-3", "q1"),
                               ("sample-doc-2", "q1", "sample-doc-3", "q1"))
    links["links"][0]["note"] = LONG_NOTE
    corpus = write_linked_corpus(tmp_path / "corpus", "sample-doc-2", "sample-doc-3", links=links)
    build(tmp_path / "release", corpus, without_text=True)
    return corpus, tmp_path / "release"


def _sample_texts(folder: Path, change: Callable[[str], str] = lambda text: text) -> Path:
    folder.mkdir()
    for doc_id in (SAMPLE_ID, "sample-doc-2", "sample-doc-3"):
        (folder / f"{doc_id}.txt").write_text(change(sample_text(doc_id)) if doc_id == "sample-doc-2"
                                              else sample_text(doc_id), encoding="utf-8")
    return folder


def test_quote_links_pass_through_without_text(tmp_path: Path) -> None:
    corpus, release = _linked_release(tmp_path)
    data = json.loads((release / textless.FOLDER / "quote_links.json").read_text(encoding="utf-8"))
    assert "parts" in data["links"][0]["note"]  # the note's run of text is a reference
    assert not any(s[i:i + WINDOW] in SAMPLE_TEXT for s in _strings(data) for i in range(len(s) - WINDOW + 1))
    result = hydrate(release, _sample_texts(tmp_path / "texts"), tmp_path / "hydrated")
    assert result.complete and result.validation.ok and not result.validation.problems
    ours = QuoteLinks.model_validate_json((tmp_path / "hydrated" / "annotations" / "quote_links.json").read_bytes())
    theirs = QuoteLinks.model_validate_json((corpus / "annotations" / "quote_links.json").read_bytes())
    assert ours == theirs and ours.links[0].note == LONG_NOTE


def test_links_to_a_quote_left_out_are_left_out_and_reported(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """Another wording in one text: its quote cannot be placed, and the links to it go with it, said on the
    command line and in hydration.json (the hydrated corpus validates)."""
    _, release = _linked_release(tmp_path)
    texts = _sample_texts(tmp_path / "texts", lambda text: text.replace("We will win", "We shall prevail"))
    code, out, _ = _hydrate_cli(release, texts, tmp_path / "hydrated", capsys)
    assert code == 1
    assert "quote_links.json: l1: sample-doc-2#q1 was left out (a span of it was not placed)" in out
    assert "quote_links.json: l3: sample-doc-2#q1 was left out" in out
    links = QuoteLinks.model_validate_json((tmp_path / "hydrated" / "annotations" / "quote_links.json").read_bytes())
    assert [(ln.id, ln.note) for ln in links.links] == [("l2", None)]
    report = json.loads((tmp_path / "hydrated" / "hydration.json").read_text(encoding="utf-8"))
    assert len(report["quote_links_left_out"]) == 2


def test_a_registry_record_a_channel_names_is_kept(tmp_path: Path) -> None:
    """A link's `via` names the registry record of a news agency a text names: hydrating the unchanged texts keeps
    the record and the link's `kb_id`."""
    from sample import write_channel_linked_corpus

    corpus = write_channel_linked_corpus(tmp_path / "corpus")
    build(tmp_path / "release", corpus, without_text=True)
    texts = tmp_path / "texts"
    texts.mkdir()
    for doc_id in (SAMPLE_ID, "sample-doc-2"):
        shutil.copyfile(corpus / "raw" / f"{doc_id}.txt", texts / f"{doc_id}.txt")
    result = hydrate(tmp_path / "release", texts, tmp_path / "hydrated")
    assert result.complete, (result.registry_left_out, result.links_left_out)
    hydrated = tmp_path / "hydrated" / "annotations"
    ours = QuoteLinks.model_validate_json((hydrated / "quote_links.json").read_bytes())
    assert ours.links[0].via[0].kb_id == "interfax"
    registry = json.loads((hydrated / "entities.json").read_text(encoding="utf-8"))
    assert "interfax" in {e["id"] for e in registry["entities"]}


def test_a_release_whose_links_file_is_a_broken_link_is_refused_not_read_as_no_links(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`Path.exists` calls a dangling symbolic link no file: the release's links were dropped without a
    word. Anything at the links file's path is read, and a broken link is refused (exit 2, nothing written)."""
    _, release = _linked_release(tmp_path)
    links = release / textless.FOLDER / "quote_links.json"
    links.unlink()
    links.symlink_to(tmp_path / "gone.json")
    code, _, err = _hydrate_cli(release, _sample_texts(tmp_path / "texts"), tmp_path / "hydrated", capsys)
    assert code == 2 and "quote_links.json" in err and "Traceback" not in err
    assert not (tmp_path / "hydrated").exists()
