"""brat standoff: lossless round trip (line breaks included), unchanged files left alone, a
configuration covering every label, located import errors, validation before writing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, SAMPLE_ID, SAMPLE_TEXT, sample_document
from sample import report_words, sample_text

from vostochny.checking.validator import validate
from vostochny.cli import main
from vostochny.export import export, read_source
from vostochny.export.brat import annotation_conf
from vostochny.importers.brat import ImportRefused, build, import_brat
from vostochny.importers.brat_ann import parse_ann
from vostochny.model.labels import ENTITY_TYPES, MENTION_KINDS, QUOTE_KINDS, RELATION_TYPES, ZONE_KINDS
from vostochny.model.models import Document, DocumentMeta
from vostochny.model.scaffold import empty_document
from vostochny.model.serializer import to_json

#: nlplab/brat's server code (its `server/src/verify_annotations.py` ported to Python 3), where the machine has it
BRAT_HOME = Path(os.environ.get("BRAT_HOME", "/tmp/atk24_brat"))

BREAKS = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]


def _snapshot(corpus: Path) -> dict[str, tuple[bytes, int]]:
    """Every file of `annotations/` (hidden ones too) with its bytes and inode: a rewrite with the
    same bytes still shows."""
    folder = corpus / "annotations"  # annotations/released/ too
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_ino) for p in folder.rglob("*") if p.is_file()}


def _lines(ann: Path) -> list[str]:
    return ann.read_text(encoding="utf-8").split("\n")


def _rewrite(ann: Path, lines: list[str]) -> None:
    ann.write_text("\n".join(lines), encoding="utf-8")


def _refused(exported: Path, corpus: Path) -> list:
    """Import, expecting a refusal that leaves the corpus untouched; returns the problems."""
    before = _snapshot(corpus)
    with pytest.raises(ImportRefused) as caught:
        import_brat(exported, corpus)
    assert _snapshot(corpus) == before
    return caught.value.problems


def _line_of(ann: Path, prefix: str) -> int:
    return next(n for n, line in enumerate(_lines(ann), 1) if line.startswith(prefix))


def test_round_trip_writes_nothing_and_rebuilds_every_file(repo_corpus: Path, exported: Path) -> None:
    before = _snapshot(repo_corpus)
    result = import_brat(exported, repo_corpus)
    assert result.written == [] and len(result.unchanged) == len(list(exported.glob("*.ann"))) == 5
    assert _snapshot(repo_corpus) == before
    for ann in exported.glob("*.ann"):  # what a changed document would be written as: the same bytes
        target = repo_corpus / "annotations" / f"{ann.stem}.json"
        text = (repo_corpus / "raw" / f"{ann.stem}.txt").read_bytes().decode("utf-8")
        parsed, errors = parse_ann(str(ann), ann.read_text(encoding="utf-8"), text)
        existing = Document.model_validate_json(target.read_bytes())
        assert errors == [] and to_json(build(existing, parsed, text)[0]) == target.read_text(encoding="utf-8")


def test_hand_made_equivalent_file_is_left_byte_for_byte(repo_corpus: Path, exported: Path, capsys) -> None:
    ann = sorted(exported.glob("*.ann"))[0]
    target = repo_corpus / "annotations" / f"{ann.stem}.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    renamed = {e["id"]: f"entity-{i}" for i, e in enumerate(data["entities"])}
    data["entities"] = [{**e, "id": renamed[e["id"]]} for e in reversed(data["entities"])]
    data["mentions"] = [{**m, "entity": renamed[m["entity"]]} for m in reversed(data["mentions"])]
    data["relations"].reverse()
    target.write_text(json.dumps(data, indent=4, ensure_ascii=True), encoding="utf-8")
    assert validate(repo_corpus).ok
    edited = exported / "reuters-kim-putin-summit.ann"
    lines = _lines(edited)
    # the Russian media's `asked` quote (`When asked by Russian media, ..., if Russia would help Kim build satellites`):
    # its cue's words name no medium (`said in a briefing` as writing is V261's) and a body's bare cue may be a
    # text's, unless the body is an office of government (a person's, a state's or the White House's is spoken,
    # V401's) or a news agency (whose cue is written, V438's); a name marked nominal is V253's
    (quote,) = [line.split("\t")[0] for line in lines if "\tRussia would help Kim build satellites" in line]
    (n,) = [i for i, line in enumerate(lines) if line.endswith(f"\tAttribution {quote} speech")]
    lines[n] = lines[n][: -len("speech")] + "writing"
    _rewrite(edited, lines)
    before = _snapshot(repo_corpus)
    assert main(["import", "brat", str(exported), "--corpus", str(repo_corpus)]) == 0
    out = capsys.readouterr().out.splitlines()
    changed = repo_corpus / "annotations" / f"{edited.stem}.json"
    assert f"changed {changed}" in out and f"unchanged {target}" in out and len(out) == 5
    after = _snapshot(repo_corpus)
    assert ({k: v for k, v in after.items() if k != changed.name}
            == {k: v for k, v in before.items() if k != changed.name})
    assert after[changed.name] != before[changed.name]
    quotes = json.loads(changed.read_text(encoding="utf-8"))["quotes"]
    assert sum(q["attribution"] == "writing" for q in quotes) == 1 + sum(
        q["attribution"] == "writing" for q in json.loads(before[changed.name][0])["quotes"])


def test_a_redrawn_mention_keeps_its_entity_s_registry_link(repo_corpus: Path, exported: Path) -> None:
    """The only mention of `artillery-shells` narrowed in brat to its head ("artillery shells" -> "shells"; it was
    "West" widened over its article, which V345 now refuses): the entity shared no span with the existing one, so
    it lost its kb_id, and the import and validate said nothing."""
    doc_id = "reuters-kim-putin-summit"
    target = repo_corpus / "annotations" / f"{doc_id}.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    (entity,) = [e for e in data["entities"] if e["kb_id"] == "artillery-shells"]
    (mention,) = [m for m in data["mentions"] if m["entity"] == entity["id"]]
    text = (repo_corpus / "raw" / f"{doc_id}.txt").read_text(encoding="utf-8")
    start, end = mention["start"] + len("artillery "), mention["end"]
    assert text[start:end] == "shells"
    ann = exported / f"{doc_id}.ann"
    old = f"\t{entity['type']} {mention['start']} {end}\t{mention['text']}"
    lines = [line.replace(old, f"\t{entity['type']} {start} {end}\t{text[start:end]}") for line in _lines(ann)]
    assert lines != _lines(ann)
    _rewrite(ann, lines)
    result = import_brat(exported, repo_corpus)
    assert result.written == [target] and result.warnings == []
    after = json.loads(target.read_text(encoding="utf-8"))
    (redrawn,) = [m for m in after["mentions"] if (m["start"], m["end"]) == (start, end)]
    assert [e for e in after["entities"] if e["id"] == redrawn["entity"]] == [{**entity, "id": redrawn["entity"]}]
    assert validate(repo_corpus).ok


def test_texts_are_the_raw_files(exported: Path) -> None:
    for txt in exported.glob("*.txt"):
        assert txt.read_bytes() == (REPO / "raw" / txt.name).read_bytes()


def test_annotation_conf_covers_every_label() -> None:
    conf = annotation_conf()
    for label in [*ENTITY_TYPES, *RELATION_TYPES]:
        assert f"\n{label}" in conf
    for value in [*QUOTE_KINDS, *ZONE_KINDS]:
        assert value in conf


def _brat_verify(project: Path, tmp_path: Path) -> str:
    """What brat's own checker (`verify_annotations.py`) says of a project folder's `.ann` files: brat reads
    `annotation.conf` in the folders under its `BASE_DIR`, so the project is checked in a data folder of its own."""
    data = tmp_path / "brat-data"
    shutil.copytree(project, data / "project")
    settings = tmp_path / "brat-settings"
    settings.mkdir()
    (settings / "config.py").write_text(
        f"BASE_DIR = DATA_DIR = {str(data)!r}\nWORK_DIR = {str(tmp_path)!r}\n"
        "ADMIN_CONTACT_EMAIL = 'nobody@example.com'\nUSER_PASSWORD = {}\nDEBUG = False\nTDIR = WORK_DIR\n"
        "LOG_LEVEL = 'WARNING'\nMAX_SEARCH_RESULT_NUMBER = 1000\n", encoding="utf-8")
    path = os.pathsep.join(map(str, (settings, BRAT_HOME / "server" / "src", BRAT_HOME / "server" / "lib")))
    done = subprocess.run([sys.executable, str(BRAT_HOME / "server" / "src" / "verify_annotations.py"),
                           *map(str, sorted((data / "project").glob("*.ann")))],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": path}, check=True)
    return done.stdout + done.stderr


def test_annotation_conf_allows_nested_and_crossing_spans(exported: Path, tmp_path: Path) -> None:
    """brat 1.3 refuses spans that nest, cross or are equal unless `annotation.conf` has an `<OVERLAP>` line: without
    it brat's own checker found 3 042 errors in the corpus (a mention in a quote or a zone, a nested name)."""
    assert "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>" in annotation_conf().split("\n")
    if not (BRAT_HOME / "server" / "src" / "verify_annotations.py").is_file():
        pytest.skip(f"nlplab/brat's server code is not in {BRAT_HOME} (set BRAT_HOME)")
    assert _brat_verify(exported, tmp_path) == ""


def test_losses_map_each_record_id_to_its_brat_id(exported: Path) -> None:
    """brat's ids are `T<n>` and `R<n>`: the records' own ids (`m1`, `q1`, `r1`, or `kim.1`) were not carried, and
    nothing said so (an attack found it). `LOSSES.json` gives, per document, the brat id each became, and the
    mentions, quotes and relations of the annotation file are at those ids in the `.ann` file."""
    items = json.loads((exported / "LOSSES.json").read_text(encoding="utf-8"))["items"]
    maps = {i["document"]: dict(pair.split("=") for pair in i["detail"].split(": ", 1)[1].split(" (")[0].split())
            for i in items if i["what"] == "ids-renumbered"}
    assert set(maps) == {p.stem for p in exported.glob("*.ann")}
    for doc_id, brat_id in maps.items():
        doc = json.loads((REPO / "annotations" / f"{doc_id}.json").read_text(encoding="utf-8"))
        lines = {line.split("\t")[0]: line.split("\t")[1] for line in _lines(exported / f"{doc_id}.ann") if line}
        assert set(brat_id) == {r["id"] for layer in ("mentions", "quotes", "relations") for r in doc[layer]}
        for m in doc["mentions"]:
            assert lines[brat_id[m["id"]]].split()[1:3] == [str(m["start"]), str(m["end"])]
        for q in doc["quotes"]:
            assert lines[brat_id[q["id"]]].split()[:2] == ["Quote", str(q["content"][0]["start"])]
        for r in doc["relations"]:
            assert lines[brat_id[r["id"]]] == f"{r['type']} Arg1:{brat_id[r['head']]} Arg2:{brat_id[r['tail']]}"


def test_losses_say_what_brat_cannot_carry(exported: Path) -> None:
    losses = json.loads((exported / "LOSSES.json").read_text(encoding="utf-8"))
    assert {"entity-name-and-kb-id", "token-and-sentence-layers"} <= set(losses["summary"])


def _first_mention(ann: Path) -> tuple[int, str, str, str, str]:
    n = _line_of(ann, "T")
    tid, rest, _ = _lines(ann)[n - 1].split("\t")
    etype, start, end = rest.split()
    return n, tid, etype, start, end


def _quote_id(ann: Path) -> str:
    return next(line.split("\t")[0] for line in _lines(ann) if "\tQuote " in line)


def _mention_ids(ann: Path) -> list[str]:
    return [line.split("\t")[0] for line in _lines(ann)
            if line.startswith("T") and line.split("\t")[1].split()[0] in ENTITY_TYPES]


NOTE_REFUSED = "a note (#) has no place in the annotation files and would be lost: delete it"


# (name, how the .ann is changed: lines -> (lines, the 1-based line the error must name), message)
def _break_line(ann: Path, breakage: str) -> tuple[list[str], int, str]:
    lines = _lines(ann)
    n, tid, etype, start, end = _first_mention(ann)
    first = lines[n - 1]
    shown, text = first.split("\t")[2], ann.with_suffix(".txt").read_text(encoding="utf-8")
    quote, (m1, m2) = _quote_id(ann), _mention_ids(ann)[:2]
    rel = _line_of(ann, "R")
    rid, rest = lines[rel - 1].split("\t")
    rtype = rest.split()[0]
    appended = {
        "unknown-type": (first.replace(f"\t{etype} ", "\tPERSON "), "unknown type 'PERSON'"),
        "off-text": (first.replace(f" {end}\t", " 999999\t"), "outside the text"),
        "shifted": (first.replace(f" {start} {end}", f" {int(start) + 1} {int(end) + 1}"), "differs from the .txt"),
        "discontinuous": (first.replace(f" {start} {end}\t{shown}", f" {start} {end};{int(end) + 1} {int(end) + 2}\t"
                                        f"{shown} {text[int(end) + 1]}"), "cannot be discontinuous"),
        "dangling": (f"{rid}\t{rtype} Arg1:{m1} Arg2:T9999", "T9999 is not a text-bound annotation"),
        "garbage": ("E1\tMeeting:T1", "cannot read this line"),
        "relation-to-quote": (f"{rid}\t{rtype} Arg1:{m1} Arg2:{quote}", f"{quote} is a Quote span"),
        "coref-with-quote": (f"*\tCoref {m1} {quote}", f"{quote} is a Quote span"),
        "quote-as-speaker": (f"{rid}\tSpeaker Arg1:{quote} Arg2:{quote}", "it must be a mention"),
        "cue-is-mention": (f"{rid}\tCueOf Arg1:{quote} Arg2:{m2}", "it must be a Cue span"),
        "kind-on-quote": (f"A99999\tKind {quote} name", "Kind: " + quote),
        "duplicate-T": (first, f"{tid} is already defined on line {n}"),
        "duplicate-R": (lines[rel - 1], f"{rid} is already defined on line {rel}"),
        "huge-offset": (first.replace(f" {start} ", f" {'9' * 5000} "), "are not 'start end'"),
        "negative-offset": (first.replace(f" {start} ", " -3 "), "are not 'start end'"),
        "reversed-offsets": (first.replace(f" {start} {end}", f" {end} {start}"), "the end must come after the start"),
        "empty-span": (first.replace(f" {start} {end}", f" {start} {start}"), "the end must come after the start"),
        "binary-with-value": (f"A99999\tMetonymy {m1} yes", "takes no value"),
        # brat's `#` lines are notes (AnnotatorNotes): skipped, a note was lost and the import said OK
        "note": (f"#1\tAnnotatorNotes {m1}\tcheck the span", NOTE_REFUSED),
        "note-on-missing-id": ("#1\tAnnotatorNotes T99999\tx", NOTE_REFUSED),
    }
    line, message = appended[breakage]
    if breakage in ("relation-to-quote", "dangling"):  # replace the relation: its id stays unique
        lines[rel - 1] = line
        return lines, rel, message
    if breakage in ("quote-as-speaker", "cue-is-mention"):
        line = line.replace(f"{rid}\t", "R99999\t")
    if breakage in ("unknown-type", "off-text", "shifted", "discontinuous", "huge-offset", "negative-offset",
                    "reversed-offsets", "empty-span"):
        lines[n - 1] = line
        return lines, n, message
    return [*lines[:-1], line, ""], len(lines), message


BREAKAGES = ["unknown-type", "off-text", "shifted", "discontinuous", "dangling", "garbage", "relation-to-quote",
             "coref-with-quote", "quote-as-speaker", "cue-is-mention", "kind-on-quote", "duplicate-T", "duplicate-R",
             "huge-offset", "negative-offset", "reversed-offsets", "empty-span", "binary-with-value", "note",
             "note-on-missing-id"]


@pytest.mark.parametrize("breakage", BREAKAGES)
def test_broken_ann_gives_located_errors_and_writes_nothing(repo_corpus: Path, exported: Path, breakage: str) -> None:
    ann = sorted(exported.glob("*.ann"))[0]
    lines, line_no, message = _break_line(ann, breakage)
    _rewrite(ann, lines)
    problems = _refused(exported, repo_corpus)
    assert any(e.file == str(ann) and e.line == line_no and message in e.message for e in problems), problems


def test_second_speaker_and_orphan_cue_are_refused(repo_corpus: Path, exported: Path) -> None:
    ann = next(a for a in sorted(exported.glob("*.ann")) if "\tSpeaker " in a.read_text(encoding="utf-8"))
    lines = _lines(ann)
    speaker = next(line for line in lines if "\tSpeaker " in line)
    cue_of = next(n for n, line in enumerate(lines) if "\tCueOf " in line)
    cue = lines[cue_of].rsplit("Arg2:", 1)[1]
    lines[cue_of] = ""
    _rewrite(ann, [*lines[:-1], "R99999\t" + speaker.split("\t", 1)[1], ""])
    messages = {(e.line, e.message) for e in _refused(exported, repo_corpus)}
    assert (len(lines), f"{speaker.split()[2][5:]} has a second Speaker; a quote has at most one") in messages
    assert (_line_of(ann, cue + "\t"), f"{cue} is a Cue linked to no Quote by CueOf; link it or delete it") in messages


def test_coref_across_types_is_refused(repo_corpus: Path, exported: Path) -> None:
    ann = sorted(exported.glob("*.ann"))[0]
    lines = _lines(ann)
    kinds = {line.split("\t")[1].split()[0]: line.split("\t")[0] for line in lines if line.startswith("T")}
    per, gpe = kinds["PER"], kinds["GPE"]
    _rewrite(ann, [*lines[:-1], f"*\tCoref {per} {gpe}", ""])
    problems = _refused(exported, repo_corpus)
    assert [(e.line, "different types (GPE, PER)" in e.message) for e in problems] == [(len(lines), True)]


def test_document_rules_run_before_writing(repo_corpus: Path, exported: Path) -> None:
    """A LEADER_OF between two places is readable brat but breaks V210: refused at its line."""
    ann = sorted(exported.glob("*.ann"))[0]
    lines = _lines(ann)
    gpe = [line.split("\t")[0] for line in lines if line.startswith("T") and line.split("\t")[1].startswith("GPE ")]
    _rewrite(ann, [*lines[:-1], f"R99999\tLEADER_OF Arg1:{gpe[0]} Arg2:{gpe[1]}", ""])
    problems = _refused(exported, repo_corpus)
    assert [(e.line, e.message.split(":")[0]) for e in problems] == [(len(lines), "error V210 relation-argument-type")]


def _bad_bytes(ann: Path) -> tuple[int, bytes]:
    data = ann.read_bytes()
    n = 3
    lines = data.split(b"\n")
    lines[n - 1] += b"\xff\xfe"
    return n, b"\n".join(lines)


def test_non_utf8_ann_and_txt_are_located(repo_corpus: Path, exported: Path) -> None:
    ann, txt = sorted(exported.glob("*.ann"))[0], sorted(exported.glob("*.txt"))[1]
    n, data = _bad_bytes(ann)
    ann.write_bytes(data)
    txt.write_bytes(b"\xc3(" + txt.read_bytes())
    problems = {(e.file, e.line, e.message.split(":")[0]) for e in _refused(exported, repo_corpus)}
    assert (str(ann), n, "not UTF-8") in problems
    assert (str(txt), 0, "the .txt differs from the corpus's raw text at line 1, column 1") in problems


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "dangling-link", "folder", "too-large"])
def test_files_that_are_not_readable_ann_files_are_refused(repo_corpus: Path, exported: Path, kind: str) -> None:
    ann = exported / "kim-arrives-russia-top-officials.ann"
    ann.unlink()
    if kind == "fifo":
        os.mkfifo(ann)
    elif kind == "dev-zero":
        ann.symlink_to("/dev/zero")
    elif kind == "dangling-link":
        ann.symlink_to(exported / "nowhere.ann")
    elif kind == "folder":
        ann.mkdir()
    else:
        ann.write_bytes(b"#" * 200_001)
    before = _snapshot(repo_corpus)
    with pytest.raises(ImportRefused) as caught:
        import_brat(exported, repo_corpus, max_bytes=200_000)
    assert _snapshot(repo_corpus) == before
    expected = {"fifo": "not a regular file", "dev-zero": "a symbolic link", "folder": "not a regular file",
                "dangling-link": "a symbolic link", "too-large": "larger than the limit of 200000 bytes"}[kind]
    assert [(e.file, e.line, expected in e.message) for e in caught.value.problems] == [(str(ann), 0, True)]


def test_edited_text_is_refused(repo_corpus: Path, exported: Path) -> None:
    txt = sorted(exported.glob("*.txt"))[0]
    txt.write_text(txt.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert "never edit the text" in _refused(exported, repo_corpus)[0].message


def test_cli_import_reports_errors_without_traceback(repo_corpus: Path, exported: Path, capsys) -> None:
    ann = sorted(exported.glob("*.ann"))[0]
    ann.write_text(ann.read_text(encoding="utf-8") + f"T99999\tPER {'1' * 5000} 3\tfoo\n", encoding="utf-8")
    assert main(["import", "brat", str(exported), "--corpus", str(repo_corpus)]) == 1
    err = capsys.readouterr().err
    assert f"{ann}:{len(_lines(ann)) - 1}: offsets" in err and "nothing written" in err and "Traceback" not in err
    assert main(["import", "brat", str(exported / "missing"), "--corpus", str(repo_corpus)]) == 2
    assert capsys.readouterr().err == (f"vostochny import: {exported / 'missing'}: no such folder; import reads a "
                                       "folder of .ann files (written by export --format brat); nothing written\n")
    assert main(["import", "brat", str(ann), "--corpus", str(repo_corpus)]) == 2
    assert f"vostochny import: {ann}: not a folder; import reads a folder" in capsys.readouterr().err
    (exported / "empty").mkdir()
    assert main(["import", "brat", str(exported / "empty"), "--corpus", str(repo_corpus)]) == 2
    assert "no .ann files here" in capsys.readouterr().err
    shutil.rmtree(exported)


def _with_break(brk: str) -> tuple[str, dict]:
    """The sample document with its paragraph break and the space inside "Kim Jong Un" replaced by
    `brk`, one zone across the whole text, and a second quote whose two pieces only `brk` parts."""
    # `saw` for `met` (as long): the mixed quote's cue is a word of seeing, V380
    text = SAMPLE_TEXT.replace("\n", brk).replace("Kim Jong Un", f"Kim Jong{brk}Un").replace(" met ", " saw ")
    at = [SAMPLE_TEXT.index("Jong Un") + 4, SAMPLE_TEXT.index("\n")]

    def moved(span: dict) -> dict:
        start, end = (o + (len(brk) - 1) * sum(p < o for p in at) for o in (span["start"], span["end"]))
        return {**span, "start": start, "end": end, "text": text[start:end]}

    data = sample_document()
    base = empty_document(SAMPLE_ID, text,
                          DocumentMeta(source_file="sample.txt")).model_dump(mode="json", by_alias=True)
    # the noun phrase whole, its article in (V395)
    first, second = text.index("the Vostochny Cosmodrome."), text.index("“We will win,”")
    pieces = [{"start": s, "end": s + len(t), "text": t}
              for s, t in ((first, "the Vostochny Cosmodrome."), (second, "“We will win,”"))]
    # mixed: a direct quote's content leaves its marks out (V251), and only the marks' line break parts the pieces;
    # reported speech has its cue (V348), one of its own (V346)
    met = text.index(" saw ") + 1
    quote = {"id": "q2", "kind": "mixed", "content": pieces, "cue": {"start": met, "end": met + 3, "text": "saw"},
             "speaker": "m2", "attribution": "speech"}  # the cue's subject, Kim (V381)
    mentions = [moved(m) for m in data["mentions"]]
    sentence = {m["id"]: sum(s["start"] <= m["start"] for s in base["sentences"]) for m in mentions}
    data.update({k: base[k] for k in ("sha256", "length", "sentences", "tokens")},
                zones=[{"kind": "body", "start": 0, "end": len(text), "text": text}], mentions=mentions,
                # a line break inside "Kim Jong Un" ends a sentence: MEETS(Kim, Putin) would lie across two (V217)
                relations=[r for r in data["relations"] if sentence[r["head"]] == sentence[r["tail"]]],
                quotes=[{**q, "content": [moved(c) for c in q["content"]], "cue": moved(q["cue"])}
                        for q in data["quotes"]] + [quote])
    return text, data


@pytest.mark.parametrize("brk", BREAKS, ids=[f"U+{ord(b[-1]):04X}{'-CRLF' if len(b) > 1 else ''}" for b in BREAKS])
def test_spans_across_line_breaks_round_trip(sample_corpus: Path, tmp_path: Path, brk: str) -> None:
    text, data = _with_break(brk)
    (sample_corpus / "raw" / f"{SAMPLE_ID}.txt").write_bytes(text.encode("utf-8"))
    target = sample_corpus / "annotations" / f"{SAMPLE_ID}.json"
    target.write_text(to_json(Document.model_validate(data)), encoding="utf-8")
    assert validate(sample_corpus).ok
    out = tmp_path / "brat"
    export("brat", out, source=read_source(sample_corpus))
    ann = out / f"{SAMPLE_ID}.ann"
    written = ann.read_text(encoding="utf-8")
    assert all(line.splitlines() in ([line], []) for line in written.split("\n"))  # no break inside a line
    zone = next(line for line in written.split("\n") if "\tZone " in line)
    first, second = text.index(brk), text.rindex(brk)
    assert zone.split("\t")[1] == f"Zone 0 {first};{first + len(brk)} {second};{second + len(brk)} {len(text)}"
    before = _snapshot(sample_corpus)
    assert import_brat(out, sample_corpus).written == [] and _snapshot(sample_corpus) == before
    # the mixed quote's `saw` made writing (a person's `said` is spoken, V401)
    lines = written.split("\n")
    last = max(i for i, line in enumerate(lines) if "\tAttribution " in line)
    _rewrite(ann, [*lines[:last], lines[last].replace(" speech", " writing"), *lines[last + 1:]])
    assert import_brat(out, sample_corpus).written == [target]
    after = json.loads(target.read_text(encoding="utf-8"))
    assert sorted((m["start"], m["end"]) for m in after["mentions"]) == \
        sorted((m["start"], m["end"]) for m in data["mentions"])  # the import writes them in text order
    assert after["zones"] == data["zones"]
    assert (sorted(map(json.dumps, (q["content"] for q in after["quotes"])))
            == sorted(map(json.dumps, (q["content"] for q in data["quotes"]))))


def _drawn_in_brat(text: str, start: int, end: int) -> str:
    """The offsets and text brat's server writes for a span drawn over `text[start:end]` (nlplab/brat
    `server/src/annotator.py`, `create_span`): the selection split at LF only, each part stripped of white space."""
    parts, pos = [], start
    for part in text[start:end].split("\n"):
        if part.strip():
            head = pos + len(part) - len(part.lstrip())
            parts.append((head, head + len(part.strip())))
        pos += len(part) + 1
    return ";".join(f"{a} {b}" for a, b in parts) + "\t" + " ".join(text[a:b] for a, b in parts)


@pytest.mark.parametrize("brk", ["\r\n", "\r", "\x0c", "\u2028"], ids=["CRLF", "CR", "U+000C", "U+2028"])
def test_a_span_drawn_in_brat_over_a_line_break(sample_corpus: Path, tmp_path: Path, brk: str) -> None:
    """brat's server reads the `.txt` as it is (its `open_textfile` asks for universal newlines, but `codecs.open`
    opens the file in binary mode: a CR counts as a character), so the export's code-point offsets hold for a text
    with CR LF or CR line ends. A span drawn in brat over CR LF is split at the LF with the CR stripped, as the export
    writes it: imported unchanged. One over a lone CR (or another break that is not LF) is one span whose text holds
    the break, a line brat cannot read back itself: refused at its line, with what to write instead."""
    text, data = _with_break(brk)
    (sample_corpus / "raw" / f"{SAMPLE_ID}.txt").write_bytes(text.encode("utf-8"))
    target = sample_corpus / "annotations" / f"{SAMPLE_ID}.json"
    target.write_text(to_json(Document.model_validate(data)), encoding="utf-8")
    out = tmp_path / "brat"
    export("brat", out, source=read_source(sample_corpus))
    assert (out / f"{SAMPLE_ID}.txt").read_bytes() == text.encode("utf-8")
    ann = out / f"{SAMPLE_ID}.ann"
    lines = _lines(ann)
    kim = text.index(f"Kim Jong{brk}Un")
    at = next(n for n, line in enumerate(lines) if line.endswith("\tKim Jong Un"))
    key = lines[at].split("\t")[0]
    _rewrite(ann, [*lines[:at], f"{key}\tPER {_drawn_in_brat(text, kim, kim + len(brk) + 10)}", *lines[at + 1:]])
    if brk == "\r\n":
        assert _lines(ann) == lines  # what the export wrote
        assert import_brat(out, sample_corpus).written == []
        return
    assert [(p.line, p.message.split(",")[0]) for p in _refused(out, sample_corpus)] == [
        (at + 1, f"a line break (U+{ord(brk):04X}) inside the line")]


def test_a_span_split_at_line_breaks_is_listed(sample_corpus: Path, tmp_path: Path) -> None:
    """A span over a line break is written as fragments split there, which brat shows as a discontinuous span; it
    was said nowhere (an attack found it). `LOSSES.json` lists each such span, and a quote whose pieces are
    apart in the corpus too (no piece over a break) is not listed."""
    text, data = _with_break("\n")
    (sample_corpus / "raw" / f"{SAMPLE_ID}.txt").write_bytes(text.encode("utf-8"))
    target = sample_corpus / "annotations" / f"{SAMPLE_ID}.json"
    target.write_text(to_json(Document.model_validate(data)), encoding="utf-8")
    out = tmp_path / "brat"
    export("brat", out, source=read_source(sample_corpus))
    losses = json.loads((out / "LOSSES.json").read_text(encoding="utf-8"))
    split = [(i["id"], i["detail"].split(" (")[0]) for i in losses["items"] if i["what"] == "span-split-at-line-breaks"]
    kim = next(m["id"] for m in data["mentions"] if m["text"] == "Kim Jong\nUn")
    ann = {line.split("\t")[0]: line.split("\t")[1] for line in _lines(out / f"{SAMPLE_ID}.ann") if line}
    key = {m["id"]: f"T{n}" for n, m in enumerate(data["mentions"], 1)}[kim]
    zone = next(t for t, body in ann.items() if body.startswith("Zone "))
    assert split == [(kim, f"PER span {key} written as 2 fragments split at its line breaks"),
                     ("zones[0]", f"Zone span {zone} written as 3 fragments split at its line breaks")]
    assert ann[key].count(";") == 1 and ann[zone].count(";") == 2
    assert "listed" in losses["layers"]["zones"]["note"] and "listed" in losses["layers"]["mentions"]["note"]


@pytest.mark.parametrize("brk", ["\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"], ids=lambda b: f"U+{ord(b):04X}")
def test_a_new_entity_across_a_line_break_gets_a_plain_name(sample_corpus: Path, tmp_path: Path, brk: str) -> None:
    """A new mention over "Kim Jong<break>Un" (two fragments in brat) named its new entity with the break: a
    control character no name may hold, so building the document raised (an internal error: "This is a bug")."""
    text = SAMPLE_TEXT.replace("Kim Jong Un", f"Kim Jong{brk}Un")
    (sample_corpus / "raw" / f"{SAMPLE_ID}.txt").write_bytes(text.encode("utf-8"))
    target = sample_corpus / "annotations" / f"{SAMPLE_ID}.json"
    target.write_text(to_json(empty_document(SAMPLE_ID, text, DocumentMeta(source_file="sample.txt"))),
                      encoding="utf-8")
    assert validate(sample_corpus).ok
    out = tmp_path / "brat"
    export("brat", out, source=read_source(sample_corpus))
    start, cut = text.index("Kim"), text.index(brk)
    we, he = text.index("We"), text.index("he said")  # Kim's pronouns are mentions too (V384), his words a quote (V404)
    said = he + 3
    (out / f"{SAMPLE_ID}.ann").write_text(f"T1\tPER {start} {cut};{cut + 1} {cut + 3}\tKim Jong Un\nA1\tKind T1 name\n"
                                          f"T2\tPER {we} {we + 2}\tWe\nA2\tKind T2 pronoun\n"
                                          f"T3\tPER {he} {he + 2}\the\nA3\tKind T3 pronoun\n*\tCoref T1 T2 T3\n"
                                          f"T4\tQuote {we} {we + 12}\tWe will win,\nT5\tCue {said} {said + 4}\tsaid\n"
                                          "R1\tCueOf Arg1:T4 Arg2:T5\nR2\tSpeaker Arg1:T4 Arg2:T3\n"
                                          "A4\tQuoteKind T4 direct\nA5\tAttribution T4 speech\n", encoding="utf-8")
    imported = import_brat(out, sample_corpus)
    assert imported.written == [target]
    doc = json.loads(target.read_text(encoding="utf-8"))  # brat shows no kb_id: the import links the record it names
    assert doc["entities"] == [{"id": "e1", "type": "PER", "name": "Kim Jong Un", "kb_id": "kim-jong-un",
                                "distinct_from": []}]
    assert [(w.line, w.message.split(",")[0]) for w in imported.warnings if " linked to " in w.message] == [
        (1, "e1 'Kim Jong Un' linked to kim-jong-un")]  # said at the entity's first line (the others: the new text's)
    first = doc["mentions"][0]
    assert (first["start"], first["end"], first["text"]) == (start, cut + 3, f"Kim Jong{brk}Un")
    assert validate(sample_corpus).ok


def test_a_raw_text_outside_the_corpus_is_refused_as_the_validator_refuses_it(
        sample_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    out = tmp_path_factory.mktemp("brat")
    export("brat", out, source=read_source(sample_corpus))
    raw = sample_corpus / "raw" / f"{SAMPLE_ID}.txt"
    outside = tmp_path_factory.mktemp("elsewhere") / "text.txt"
    outside.write_bytes(raw.read_bytes())
    raw.unlink()
    raw.symlink_to(outside)
    problems = _refused(out, sample_corpus)
    assert any(p.file == str(raw) and "outside the corpus" in p.message for p in problems)


def _with_attributes(corpus: Path) -> tuple[str, dict]:
    """Give one document of `corpus` a factuality on every relation and an attribution on every quote, in turn, of
    the values its sentences and cues allow (`denied` needs a negation, V260; a said is speech or writing, V261; a
    title's relation is asserted, V362; an event under a modal possible, V368; a clause's in a source's words is
    reported, V383; a place modifier's asserted, V412; one whose sentence has no hedge or no source asserted, V410)."""
    from vostochny.checking.validator import validate_document_bytes
    from vostochny.reading import loader

    path = corpus / "annotations" / "reuters-kim-putin-summit.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    values = ("reported", "asserted", "possible")
    kinds = ("speech", "writing")
    data["relations"] = [{**r, "factuality": values[i % 3]} for i, r in enumerate(data["relations"])]
    data["quotes"] = [{**q, "attribution": kinds[i % 2]} if q["attribution"] in kinds else q
                      for i, q in enumerate(data["quotes"])]
    text = (corpus / "raw" / f"{path.stem}.txt").read_text(encoding="utf-8")
    registry = loader.load_registry(corpus / "annotations" / "entities.json", "entities.json").model
    refused: dict[tuple[str, int], set[str]] = {}
    for p in validate_document_bytes(json.dumps(data).encode("utf-8"), text, registry, path.stem):
        if p.code in ("V362", "V368", "V383", "V410", "V412", "V261", "V401"):
            layer, index = p.pointer.split("/")[1:3]
            refused.setdefault((layer, int(index)), set()).add(p.code)
    for (layer, index), codes in refused.items():  # a title's relation asserted; an event under a modal possible,
        # which comes before a source's claim, reported; a quote the words after its cue call written or spoken so
        if layer == "quotes":
            data["quotes"][index]["attribution"] = kinds[index % 2 - 1]
            continue
        data["relations"][index]["factuality"] = "possible" if "V368" in codes else "reported" if "V383" in codes \
            else "asserted"  # a title's, a place modifier's (V362, V412), one whose sentence lacks the words (V410)
    path.write_text(to_json(Document.model_validate_json(json.dumps(data))), encoding="utf-8")
    return path.stem, data


def test_attribution_round_trips_as_a_brat_attribute_and_factuality_is_kept(repo_corpus: Path, tmp_path: Path) -> None:
    doc_id, data = _with_attributes(repo_corpus)
    out = tmp_path / "brat"
    export("brat", out, source=read_source(repo_corpus))
    ann = out / f"{doc_id}.ann"
    attribution = [line.split("\t")[1].split() for line in _lines(ann) if "\tAttribution " in line]
    assert [a[2] for a in attribution] == [q["attribution"] for q in data["quotes"]]
    assert "Attribution\tArg:Quote, Value:speech|writing|thought|evidence" in (out / "annotation.conf").read_text()
    losses = json.loads((out / "LOSSES.json").read_text(encoding="utf-8"))
    assert losses["attributes"]["relations.factuality"]["how"] == "lost"
    assert [i["id"] for i in losses["items"] if i["what"] == "relation-factuality" and i["document"] == doc_id] == \
        [r["id"] for r in data["relations"]]
    before = _snapshot(repo_corpus)
    result = import_brat(out, repo_corpus)  # brat carried attribution; the import kept factuality
    assert result.written == [] and _snapshot(repo_corpus) == before
    lines = _lines(ann)
    # the quote of the Russian media's `asked`, in the order of the attribution lines: a body's bare cue may be
    # speech or writing (V261; a person's, a state's or an office of government's, the Kremlin's, is spoken, V401; a
    # news agency's written, V438)
    media = {m["id"] for m in data["mentions"] if m["text"] == "Russian media"}
    (k,) = [k for k, q in enumerate(data["quotes"]) if q["speaker"] in media and q["cue"]["text"] == "asked"]
    last = [n for n, line in enumerate(lines) if "\tAttribution " in line][k]
    aid, rest = lines[last].split("\t")
    changed = "speech" if rest.split()[2] == "writing" else "writing"
    lines[last] = f"{aid}\tAttribution {rest.split()[1]} {changed}"
    _rewrite(ann, lines)
    result = import_brat(out, repo_corpus)
    assert [p.name for p in result.written] == [f"{doc_id}.json"]
    imported = Document.model_validate_json((repo_corpus / "annotations" / f"{doc_id}.json").read_bytes())
    assert {q.id: q.attribution for q in imported.quotes}[data["quotes"][k]["id"]] == changed
    assert [r.factuality for r in imported.relations] == [r["factuality"] for r in data["relations"]]


def test_an_attribution_without_its_value_is_refused_by_what_it_needs(repo_corpus: Path, exported: Path) -> None:
    ann = exported / "reuters-kim-putin-summit.ann"
    lines = _lines(ann)
    lines.insert(len(lines) - 1, f"A998\tAttribution {_quote_id(ann)}")
    _rewrite(ann, lines)
    problems = _refused(exported, repo_corpus)
    assert any(p.line == len(lines) - 1 and p.message.startswith("Attribution needs a value, one of ['speech'")
               for p in problems), [p.message for p in problems]


def test_an_attribution_brat_does_not_know_is_refused_at_its_line(repo_corpus: Path, exported: Path) -> None:
    ann = exported / "reuters-kim-putin-summit.ann"
    lines = _lines(ann)
    lines.insert(len(lines) - 1, f"A999\tAttribution {_quote_id(ann)} rumour")
    _rewrite(ann, lines)
    problems = _refused(exported, repo_corpus)
    assert any(p.line == len(lines) - 1 and "Attribution value 'rumour' is not one of" in p.message for p in problems)


def _linked_export(tmp_path: Path) -> tuple[Path, Path]:
    from sample import write_linked_corpus

    corpus = write_linked_corpus(tmp_path / "corpus", "sample-doc-2")
    out = tmp_path / "brat"
    export("brat", out, source=read_source(corpus))
    return corpus, out


def test_quote_links_follow_a_quote_the_import_renumbers(tmp_path: Path) -> None:
    """A quote added before the linked one renumbers it (q1 -> q2): the link follows, in the same swap."""
    corpus, out = _linked_export(tmp_path)
    ann = out / "sample-doc-2.ann"
    words = report_words("sample-doc-2")  # the report's own words (tests/sample.py)
    said = f"{words['at']} the Vostochny Cosmodrome"
    start = sample_text("sample-doc-2").index(said)
    # reported speech has its cue (V348), a word of saying or seeing (V380), and the speaker its subject (V381); its
    # content holds no argument of a relation of the speaker (his claim, V370)
    cue = sample_text("sample-doc-2").index(f" {words['met']} ") + 1
    _rewrite(ann, [*_lines(ann)[:-1], f"T91\tQuote {start} {start + len(said)}\t{said}", "A99\tQuoteKind T91 indirect",
                   f"T92\tCue {cue} {cue + len(words['met'])}\t{words['met']}", "R99\tCueOf Arg1:T91 Arg2:T92",
                   "R100\tSpeaker Arg1:T91 Arg2:T2", ""])
    written = import_brat(out, corpus).written
    assert sorted(p.name for p in written) == ["quote_links.json", "sample-doc-2.json"]
    links = json.loads((corpus / "annotations" / "quote_links.json").read_text(encoding="utf-8"))["links"]
    assert [(ln["a"]["document"], ln["a"]["quote"], ln["b"]["document"], ln["b"]["quote"]) for ln in links] == [
        (SAMPLE_ID, "q1", "sample-doc-2", "q2")]
    assert validate(corpus).ok


def test_an_import_that_changes_a_linked_quote_is_refused(tmp_path: Path) -> None:
    corpus, out = _linked_export(tmp_path)
    ann = out / "sample-doc-2.ann"
    start = sample_text("sample-doc-2").index("We will win,")
    _rewrite(ann, [line.replace(f"Quote {start} {start + 12}\tWe will win,", f"Quote {start} {start + 11}\tWe will win")
                   for line in _lines(ann)])
    problems = _refused(out, corpus)  # the quote cut before the comma inside its mark: V386's too
    (problem,) = [p for p in problems if "which quote_links.json links" in p.message]
    assert problem.file == str(ann) and "removes or changes quote q1, which quote_links.json links (l1)" in (
        problem.message)
    assert all("V386" in p.message for p in problems if p is not problem)


def test_a_document_its_own_schema_refuses_is_not_imported_into(repo_corpus: Path, exported: Path) -> None:
    """A corpus document of 1.3.0 that holds a relation's factuality (1.3.0 had none: V103) was migrated to a
    model and imported into, as if it loaded: the import would write it back valid, the error gone unreported."""
    ann = sorted(exported.glob("*.ann"))[0]
    path = repo_corpus / "annotations" / f"{ann.stem}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert any("factuality" in r for r in data["relations"])
    path.write_text(json.dumps({**data, "schema_version": "1.3.0"}, ensure_ascii=False), encoding="utf-8")
    problems = _refused(exported, repo_corpus)
    assert [(p.file, p.message.split(";")[0]) for p in problems] == [
        (str(ann), f"no valid annotation file and raw text for {ann.stem!r} in the corpus")]


def _t_of(ann: Path, mention: dict) -> str:
    """The brat id of a mention of the annotation file."""
    return next(line.split("\t")[0] for line in _lines(ann) if line.startswith("T") and
                line.split("\t")[1].split()[1:] == [str(mention["start"]), str(mention["end"])])


def test_a_redrawn_relation_argument_keeps_its_relations_factuality(repo_corpus: Path, tmp_path: Path) -> None:
    """"artillery shells", the tail of a RECEIVES, narrowed in brat to "shells": factuality was looked up by the old
    spans, so the relation lost it (null, and a V235 warning not naming the import). (The test narrowed "Vladimir
    Putin" to "Putin" until V415 refused a name cut inside its record's name.)"""
    doc_id, data = _with_attributes(repo_corpus)
    out = tmp_path / "brat"
    export("brat", out, source=read_source(repo_corpus))
    ann = out / f"{doc_id}.ann"
    mention = next(m for m in data["mentions"] if m["text"] == "artillery shells")
    uses = [(r["type"], r["factuality"]) for r in data["relations"] if mention["id"] in (r["head"], r["tail"])]
    assert uses == [("RECEIVES", "asserted")]
    start = mention["end"] - len("shells")
    old = f"WEA {mention['start']} {mention['end']}\tartillery shells"
    lines = [line.replace(old, f"WEA {start} {mention['end']}\tshells") for line in _lines(ann)]
    assert sum(a != b for a, b in zip(lines, _lines(ann), strict=True)) == 1
    _rewrite(ann, lines)
    result = import_brat(out, repo_corpus)
    assert [p.name for p in result.written] == [f"{doc_id}.json"] and result.warnings == []
    imported = Document.model_validate_json((repo_corpus / "annotations" / f"{doc_id}.json").read_bytes())
    (redrawn,) = [m.id for m in imported.mentions if (m.start, m.end) == (start, mention["end"])]
    assert [(r.type, r.factuality) for r in imported.relations if redrawn in (r.head, r.tail)] == uses
    assert [r.factuality for r in imported.relations] == [r["factuality"] for r in data["relations"]]


@pytest.mark.parametrize(("name", "value"), [("Kind", "nominal"), ("QuoteKind", "indirect"), ("ZoneKind", "byline")])
def test_a_deleted_attribute_keeps_the_value_of_the_same_annotation(repo_corpus: Path, exported: Path, name: str,
                                                                    value: str) -> None:
    """Every `name` attribute line deleted in brat: each span took the default ("name", "direct", "body"), an
    indirect quote became direct without a word. The same annotation as before keeps its value: nothing changes."""
    ann = exported / "reuters-kim-putin-summit.ann"
    lines = _lines(ann)
    assert any(line.startswith("A") and line.split("\t")[1].split()[::2] == [name, value] for line in lines)
    _rewrite(ann, [line for line in lines if not (line.startswith("A") and line.split("\t")[1].startswith(f"{name} "))])
    before = _snapshot(repo_corpus)
    result = import_brat(exported, repo_corpus)
    assert result.written == [] and _snapshot(repo_corpus) == before


@pytest.mark.parametrize(("name", "span"), [("Kind", "PER"), ("QuoteKind", "Quote"), ("ZoneKind", "Zone")])
def test_a_new_span_without_its_attribute_is_refused(repo_corpus: Path, exported: Path, name: str, span: str) -> None:
    """A new span has no value to keep, and the model no default to assume: refused at its line."""
    ann = exported / "reuters-kim-putin-summit.ann"
    text = ann.with_suffix(".txt").read_text(encoding="utf-8")
    start = text.index("Kim Jong Un")
    lines = [*_lines(ann)[:-1], f"T99999\t{span} {start} {start + 3}\tKim", ""]
    _rewrite(ann, lines)
    values = list({"Kind": MENTION_KINDS, "QuoteKind": QUOTE_KINDS, "ZoneKind": ZONE_KINDS}[name])
    (problem,) = _refused(exported, repo_corpus)
    assert (problem.file, problem.line) == (str(ann), len(lines) - 1)
    assert problem.message == (f"T99999 has no {name} attribute and is new (no annotation of the annotation file "
                               f"to keep it from); set it: one of {values}")


def _merge(ann: Path, data: dict, names: tuple[str, str]) -> tuple[list[str], list[dict]]:
    """A Coref line appended that joins the first mentions of two entities (by name): the lines and those entities."""
    entities = [next(e for e in data["entities"] if e["name"] == name) for name in names]
    firsts = [next(m for m in data["mentions"] if m["entity"] == e["id"]) for e in entities]
    lines = [*_lines(ann)[:-1], f"*\tCoref {' '.join(_t_of(ann, m) for m in firsts)}", ""]
    _rewrite(ann, lines)
    return lines, entities


def test_a_merge_of_two_registry_entities_is_refused(repo_corpus: Path, exported: Path) -> None:
    """Kremlin (2 mentions) and Pacific fleet (1) joined in brat: the import kept kremlin and dropped
    russian-pacific-fleet without a word."""
    ann = exported / "reuters-kim-putin-summit.ann"
    data = json.loads((repo_corpus / "annotations" / f"{ann.stem}.json").read_text(encoding="utf-8"))
    lines, (kremlin, fleet) = _merge(ann, data, ("Kremlin", "Pacific fleet"))
    tk, tf = lines[-2].split()[2:]
    (problem,) = _refused(exported, repo_corpus)
    assert (problem.file, problem.line, problem.message) == (str(ann), len(lines) - 1, (
        f"Coref makes one entity of {tk} (of entity {kremlin['id']} 'Kremlin', kb_id kremlin) and {tf} (of entity "
        f"{fleet['id']} 'Pacific fleet', kb_id russian-pacific-fleet), linked to different registry records; if they "
        "are one, unlink one in the annotation file first, else undo the merge"))


def test_a_merge_that_its_distinct_from_denies_is_refused(repo_corpus: Path, exported: Path) -> None:
    """"South Korea's military" (2 mentions, no kb_id, distinct from korean-peoples-army) joined in brat with "the
    military" of the Korean People's Army (1, linked): the import kept the link for all three, dropped the
    `distinct_from` and validation passed, its PART_OF relation now saying the KPA is part of South Korea (a
    review found it)."""
    ann = exported / "kim-arrives-russia-top-officials.ann"
    data = json.loads((repo_corpus / "annotations" / f"{ann.stem}.json").read_text(encoding="utf-8"))
    lines, (south, kpa) = _merge(ann, data, ("South Korea's military", "Korean People's Army"))
    ts, tk = lines[-2].split()[2:]
    (problem,) = _refused(exported, repo_corpus)
    assert (problem.file, problem.line) == (str(ann), len(lines) - 1)
    assert problem.message == (
        f"Coref makes one entity of {ts} (of entity {south['id']} \"South Korea's military\", kb_id None) and {tk} "
        f"(of entity {kpa['id']} \"Korean People's Army\", kb_id korean-peoples-army), which its distinct_from says "
        "is another referent than korean-peoples-army; if they are one, remove it from distinct_from first, else "
        "undo the merge")


def test_a_merge_of_a_linked_entity_and_an_unlinked_one_keeps_the_link(repo_corpus: Path, exported: Path) -> None:
    """"the Russian army" (2 mentions, no kb_id) joined with "Pacific fleet" (1, linked): the majority's record
    was kept, and the registry link dropped without a word. The linked entity is kept, with all three mentions."""
    ann = exported / "reuters-kim-putin-summit.ann"
    target = repo_corpus / "annotations" / f"{ann.stem}.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    _, (army, fleet) = _merge(ann, data, ("the Russian army", "Pacific fleet"))
    assert import_brat(exported, repo_corpus).written == [target]
    after = json.loads(target.read_text(encoding="utf-8"))
    (merged,) = [e for e in after["entities"] if e["kb_id"] == "russian-pacific-fleet"]
    assert {k: v for k, v in merged.items() if k != "id"} == {k: v for k, v in fleet.items() if k != "id"}
    spans = {(m["start"], m["end"]) for m in data["mentions"] if m["entity"] in (army["id"], fleet["id"])}
    assert {(m["start"], m["end"]) for m in after["mentions"] if m["entity"] == merged["id"]} == spans
    assert len(spans) == 3 and not any(e["name"] == "the Russian army" for e in after["entities"])


def _reclustered(ann: Path, taken: list[str], joined: list[str], corpus: Path) -> tuple[dict, dict]:
    """The mentions `taken` out of every Coref line and those `joined` given one of their own, imported: each
    span's entity id and each entity's record (without its id)."""
    lines = [" ".join(ref for ref in line.split(" ") if ref not in taken) if line.startswith("*\t") else line
             for line in _lines(ann)]
    _rewrite(ann, [*lines[:-1], f"*\tCoref {' '.join(joined)}", ""])
    target = corpus / "annotations" / f"{ann.stem}.json"
    assert import_brat(ann.parent, corpus).written == [target]
    after = json.loads(target.read_text(encoding="utf-8"))
    return ({(m["start"], m["end"]): m["entity"] for m in after["mentions"]},
            {e["id"]: {k: v for k, v in e.items() if k != "id"} for e in after["entities"]})


def test_a_mention_moved_to_another_entity_is_no_merge(repo_corpus: Path, exported: Path) -> None:
    """A mention of Kim Jong Un (linked) moved in brat to "a North Korean cosmonaut" (not linked): each entity keeps its
    own record; the move takes no registry link along. (The move is the test's, not an annotation decision: `him` is
    the one mention of Kim's whose move into an unlinked person no rule reads; his `I`, moved into the group "Kim and
    Putin" before, is V428's: a direct quote's `I` is its speaker.)"""
    ann = exported / "reuters-kim-putin-summit.ann"
    target = repo_corpus / "annotations" / f"{ann.stem}.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    kim, pair = (next(e for e in data["entities"] if e["name"] == name)
                 for name in ("Kim Jong Un", "a North Korean cosmonaut"))
    (moved,) = [m for m in data["mentions"] if m["entity"] == kim["id"] and m["text"] == "him"]
    into = next(m for m in data["mentions"] if m["entity"] == pair["id"])
    t = _t_of(ann, moved)
    entity_of, records = _reclustered(ann, [t], [_t_of(ann, into), t], repo_corpus)
    assert records[entity_of[(moved["start"], moved["end"])]] == {k: v for k, v in pair.items() if k != "id"}
    assert records[entity_of[(into["start"], into["end"])]] == records[entity_of[(moved["start"], moved["end"])]]
    kim_mentions = [m for m in data["mentions"] if m["entity"] == kim["id"] and m is not moved]
    assert {records[entity_of[(m["start"], m["end"])]]["kb_id"] for m in kim_mentions} == {"kim-jong-un"}


def test_a_mention_id_of_thousands_of_digits_is_a_new_mention(repo_corpus: Path, exported: Path) -> None:
    """A brat id is matched to the export's `T<n>` by name, never parsed: `int` refuses 5 000 digits. (The new
    mention is a word no mention holds, `Director`: a `Kim` inside `Kim Jong Un` is V344's.)"""
    ann = exported / "reuters-kim-putin-summit.ann"
    text = ann.with_suffix(".txt").read_text(encoding="utf-8")
    start = text.index("Director")
    end = start + len("Director")
    tid = "T" + "1" * 5000
    _rewrite(ann, [*_lines(ann)[:-1], f"{tid}\tPER {start} {end}\tDirector", f"A99999\tKind {tid} name", ""])
    target = repo_corpus / "annotations" / f"{ann.stem}.json"
    assert import_brat(exported, repo_corpus).written == [target]
    after = json.loads(target.read_text(encoding="utf-8"))
    (mention,) = [m for m in after["mentions"] if (m["start"], m["end"]) == (start, end)]
    assert [(e["name"], e["kb_id"]) for e in after["entities"] if e["id"] == mention["entity"]] == [("Director", None)]


def test_an_emptied_ann_file_wipes_no_document(repo_corpus: Path, exported: Path) -> None:
    """A 0-byte `.ann` (a truncated save, a failed copy) imported as a document of no annotation, without a word (a
    review found it): refused, the corpus untouched."""
    ann = exported / "time-kim-russia-trip-putin-weakness.ann"
    ann.write_bytes(b"")
    (problem,) = _refused(exported, repo_corpus)
    assert problem.file == str(ann) and problem.message.startswith("holds no mention, where the document has ")


def test_offsets_are_ascii_digits(repo_corpus: Path, exported: Path) -> None:
    """`T1\\tPER ١٠ ٣٦\\t...` (Arabic-Indic digits) was read as offsets 10 and 36 (a review found it)."""
    ann = exported / "kim-arrives-russia-top-officials.ann"
    lines = _lines(ann)
    n = next(i for i, line in enumerate(lines) if line.startswith("T1\t"))
    tag, middle, words = lines[n].split("\t")
    kind, start, end = middle.split(" ")
    arabic = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
    lines[n] = f"{tag}\t{kind} {start.translate(arabic)} {end.translate(arabic)}\t{words}"
    _rewrite(ann, lines)
    problems = _refused(exported, repo_corpus)
    assert any(p.line == n + 1 for p in problems), problems


def test_a_long_chain_of_coref_lines_is_one_cluster() -> None:
    """`_cluster` walked a chain of `Coref` lines whole for each mention: 32 000 lines took minutes (a review); each
    walk now points the mentions on its way at their root (20 000 lines: a few hundredths of a second)."""
    from vostochny.importers.brat_ann import Parsed, SpanRecord, _cluster

    n = 20_000
    parsed = Parsed("x.ann")
    parsed.spans = {f"T{i}": SpanRecord("PER", [(0, 1)], 1) for i in range(n)}
    parsed.equivs = [([f"T{i + 1}", f"T{i}"], i + 1) for i in range(n - 1)]
    assert _cluster(parsed) == [] and set(parsed.cluster.values()) == {f"T{n - 1}"}


@pytest.mark.parametrize("name", ["Kim and Putin", "Kim Jong Un"])
def test_a_split_entity_s_record_stays_with_its_larger_part(repo_corpus: Path, exported: Path, name: str) -> None:
    """An entity split in two in brat (its last two mentions given a Coref line of their own): each part took the
    whole's name, registry link and distinct_from (a review found it), so that one document held two entities of
    one name, or of one record, without a word. The part with most mentions keeps the record; the other is a new
    entity, named by its first mention, linked to nothing, and distinct from the record (the split says so: V355
    refused the part named by the record's name). The group's last two mentions that coordinate no members are moved:
    a coordination of its members moved out is a group split from its chain (V436)."""
    ann = exported / "reuters-kim-putin-summit.ann"
    target = repo_corpus / "annotations" / f"{ann.stem}.json"
    data = json.loads(target.read_text(encoding="utf-8"))
    whole = next(e for e in data["entities"] if e["name"] == name)
    members = [m for m in data["mentions"] if m["entity"] == whole["id"]]
    split = [m for m in members if " and " not in m["text"]][-2:]
    moved = [_t_of(ann, m) for m in split]
    entity_of, records = _reclustered(ann, moved, moved, repo_corpus)
    larger, smaller = ({entity_of[m["start"], m["end"]] for m in part} for part in (
        [m for m in members if m not in split], split))
    assert [records[e] for e in larger] == [{k: v for k, v in whole.items() if k != "id"}]
    assert [records[e] for e in smaller] == [{"type": whole["type"], "name": split[0]["text"], "kb_id": None,
                                              "distinct_from": [whole["kb_id"]] if whole["kb_id"] else []}]


def test_new_entities_drawn_in_brat_are_linked_to_the_records_their_names_name(sample_corpus: Path,
                                                                             tmp_path: Path) -> None:
    """brat shows no kb_id: an entity drawn there named as a record (V355's error unlinked) is linked to that record
    on import, each link said at its line; one whose name no record holds stays unlinked (V242's warning: a record
    to add)."""
    article = tmp_path / "vladivostok.txt"
    article.write_text("Kim Jong Un met Vladimir Putin in Vladivostok.\n", encoding="utf-8")
    assert main(["new", "--id", "vladivostok-doc", "--split", "train", "--corpus", str(sample_corpus),
                 str(article)]) == 0
    out = tmp_path / "brat"
    export("brat", out, source=read_source(sample_corpus))
    text = article.read_text(encoding="utf-8")
    drawn = [("PER", "Kim Jong Un"), ("PER", "Vladimir Putin"), ("GPE", "Vladivostok")]
    lines = []
    for n, (kind, name) in enumerate(drawn, 1):
        at = text.index(name)
        lines += [f"T{n}\t{kind} {at} {at + len(name)}\t{name}", f"A{n}\tKind T{n} name"]
    (out / "vladivostok-doc.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    imported = import_brat(out, sample_corpus)
    doc = json.loads((sample_corpus / "annotations" / "vladivostok-doc.json").read_text(encoding="utf-8"))
    assert [(e["name"], e["kb_id"]) for e in doc["entities"]] == [
        ("Kim Jong Un", "kim-jong-un"), ("Vladimir Putin", "vladimir-putin"), ("Vladivostok", None)]
    assert [(w.line, w.message.split(",")[0]) for w in imported.warnings if " linked to " in w.message] == [
        (1, "e1 'Kim Jong Un' linked to kim-jong-un"), (3, "e2 'Vladimir Putin' linked to vladimir-putin")]
    report = validate(sample_corpus)
    assert report.ok and ("V242", "/entities/2/kb_id") in [(p.code, p.pointer) for p in report.problems]


def test_a_text_beyond_the_basic_multilingual_plane_is_listed(sample_corpus: Path, tmp_path: Path) -> None:
    """brat's web client counts UTF-16 units: the annotations after an emoji show shifted (nlplab/brat#1115). The
    export lists such a text, and its offsets (code points) import back unchanged."""
    article = tmp_path / "emoji.txt"
    article.write_text("Kim met Putin \U0001f44d in Vladivostok.\n", encoding="utf-8")
    assert main(["new", "--id", "emoji-doc", "--split", "train", "--corpus", str(sample_corpus), str(article)]) == 0
    out = tmp_path / "brat"
    export("brat", out, source=read_source(sample_corpus))
    items = json.loads((out / "LOSSES.json").read_text(encoding="utf-8"))["items"]
    assert [(i["document"], i["detail"][:30]) for i in items if i["what"] == "text-beyond-bmp"] == [
        ("emoji-doc", "1 character(s) beyond U+FFFF (")]
    assert import_brat(out, sample_corpus).written == []
