"""What an attack on the brat edit path found (twenty-fifth session): a link in the brat folder read, a document's
`.ann` renamed or deleted and the document left out without a word, an editor's byte order mark refused as an
unreadable line, and messages that did not say where a `.txt` differs or what a line should look like."""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from pathlib import Path

import pytest
from conftest import REPO
from test_brat import _refused as refused
from test_brat import _snapshot

from vostochny.cli import main
from vostochny.export import export, read_source
from vostochny.importers.brat import import_brat
from vostochny.importers.brat_ann import parse_ann
from vostochny.reading.files import Linked, read_capped

DOC = "kim-arrives-russia-top-officials"  # first line `T1<TAB>PER 10 36<TAB>his top military officials`
LINK = ("a symbolic link: import reads only files of the folder itself, not what a link points to; copy the file in "
        "place of the link")
NEVER = ("never edit the text: restore the .txt from the export (vostochny export --format brat), then draw again the "
         "spans drawn after that point")


def _refused(exported: Path, corpus: Path) -> list[tuple[str, int, str]]:
    """Import, expecting a refusal that leaves the corpus untouched; (file, line, message) of each problem."""
    return [(p.file, p.line, p.message) for p in refused(exported, corpus)]


@pytest.mark.parametrize("side", ["ann", "txt"])
def test_a_symbolic_link_in_the_folder_is_not_followed(repo_corpus: Path, exported: Path, tmp_path: Path,
                                                       side: str) -> None:
    """A `.ann` linked to a file outside the folder was read (its lines quoted in the errors: any file the user can
    read, shown in a log); one with the export's own content imported as if it were the file."""
    path = exported / f"{DOC}.{side}"
    outside = tmp_path / f"elsewhere.{side}"
    outside.write_bytes(path.read_bytes())
    path.unlink()
    path.symlink_to(outside)
    assert _refused(exported, repo_corpus) == [(str(path), 0, LINK)]


def test_read_capped_refuses_a_link_only_when_asked(tmp_path: Path) -> None:
    (tmp_path / "file").write_bytes(b"x")
    (tmp_path / "link").symlink_to(tmp_path / "file")
    assert read_capped(tmp_path / "link", 10) == b"x"
    with pytest.raises(Linked, match="a symbolic link"):
        read_capped(tmp_path / "link", 10, follow=False)
    assert read_capped(tmp_path / "file", 10, follow=False) == b"x"


@pytest.mark.parametrize("nofollow", [True, False], ids=["O_NOFOLLOW", "no-O_NOFOLLOW"])
@pytest.mark.parametrize("target", ["file", "missing"])
def test_a_link_is_refused_by_the_open_or_where_it_cannot_be_by_a_check(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, nofollow: bool, target: str) -> None:
    """`read_capped(..., follow=False)` checked `is_symlink()` before an `O_NOFOLLOW` open that refuses a link
    itself; the check is now made only where the system has no `O_NOFOLLOW` (Windows), and a link, dangling or not,
    is refused either way."""
    from vostochny.reading import files

    calls: list[str] = []  # what `_regular` asked of the system, in order
    if nofollow:
        assert files._NOFOLLOW
        is_symlink, open_ = files.Path.is_symlink, os.open
        monkeypatch.setattr(files.Path, "is_symlink", lambda self: calls.append("is_symlink") or is_symlink(self))
        monkeypatch.setattr(os, "open", lambda *args: calls.append("open") or open_(*args))
    else:
        monkeypatch.setattr(files, "_NOFOLLOW", 0)
    (tmp_path / "file").write_bytes(b"x")
    (tmp_path / "link").symlink_to(tmp_path / target)
    with pytest.raises(Linked, match="a symbolic link"):
        read_capped(tmp_path / "link", 10, follow=False)
    assert calls == (["open", "is_symlink"] if nofollow else [])  # the link told from the open's refusal alone
    assert read_capped(tmp_path / "file", 10, follow=False) == b"x"


@pytest.mark.parametrize("renamed", [f"{DOC}.ANN", f"{DOC}.ann~", f"{DOC}.ann.bak", None])
def test_a_document_whose_ann_is_gone_is_refused(repo_corpus: Path, exported: Path, renamed: str | None) -> None:
    """The edited `.ann` renamed (`.ANN`, an editor's backup kept in its place) or deleted: the document was left out,
    the import said `0 changed`, the edits lost."""
    ann = exported / f"{DOC}.ann"
    lines = ann.read_text(encoding="utf-8").split("\n")
    if renamed:
        (exported / renamed).write_text("\n".join(lines[1:]), encoding="utf-8")  # an edit: the first span deleted
    ann.unlink()
    assert _refused(exported, repo_corpus) == [(str(exported / f"{DOC}.txt"), 0, (
        f"no {DOC}.ann beside it: the document would not be imported, its edits lost; restore or rename its .ann "
        f"(brat reads <id>.ann), or remove {DOC}.txt to leave the document as it is"))]


def test_a_txt_of_no_document_and_a_lone_ann_are_not_refused(repo_corpus: Path, exported: Path) -> None:
    """A note of the user's (`notes.txt`) is no document's; an `.ann` alone is read against the corpus's raw text."""
    (exported / "notes.txt").write_text("to do\n", encoding="utf-8")
    (exported / f"{DOC}.txt").unlink()
    result = import_brat(exported, repo_corpus)
    assert result.written == [] and len(result.unchanged) == 5


def test_a_byte_order_mark_on_an_ann_is_no_annotation(repo_corpus: Path, exported: Path) -> None:
    """Notepad saves UTF-8 with a byte order mark: the first line was refused as unreadable (`'\\ufeffT1...'`)."""
    ann = exported / f"{DOC}.ann"
    ann.write_bytes(b"\xef\xbb\xbf" + ann.read_bytes())
    before = _snapshot(repo_corpus)
    result = import_brat(exported, repo_corpus)
    assert result.written == [] and _snapshot(repo_corpus) == before


@pytest.mark.parametrize(("edit", "where"), [
    ("bom", "line 1, column 1: it starts with a byte order mark (U+FEFF, added by an editor), which brat counts as a "
            "character"),
    ("crlf", "line 1, column 300: its line ends were changed to Windows ones (CR LF): brat counts each CR as a "
             "character"),
    ("char", "line 3, column 4: it reads 'Xofficials i' where the raw text reads ' officials i'"),
    ("more", "line 6, column 426: it has 1 byte(s) more at the end"),
    ("less", "line 6, column 425: it ends early, 1 byte(s) short"),
])
def test_an_edited_txt_is_refused_at_its_first_difference(repo_corpus: Path, exported: Path, edit: str,
                                                          where: str) -> None:
    txt = exported / f"{DOC}.txt"
    raw = txt.read_bytes()
    at = raw.index(b"\n", raw.index(b"\n") + 1) + 5  # line 3, column 4
    changed = {"bom": b"\xef\xbb\xbf" + raw, "crlf": raw.replace(b"\n", b"\r\n"), "more": raw + b"\n",
               "less": raw[:-1], "char": raw[:at - 1] + b"X" + raw[at:]}[edit]
    txt.write_bytes(changed)
    assert _refused(exported, repo_corpus) == [(str(txt), 0, f"the .txt differs from the corpus's raw text at {where}; "
                                                             f"{NEVER}")]


def test_an_ann_of_no_document_is_said_once(repo_corpus: Path, exported: Path) -> None:
    """A valid id of no document: a missing raw text and a missing document were two errors, the first about a file
    of the corpus the user never named."""
    shutil.copy(exported / f"{DOC}.ann", exported / "bbc-kim-leaves-russia.ann")
    assert _refused(exported, repo_corpus) == [(str(exported / "bbc-kim-leaves-russia.ann"), 0, (
        "no document 'bbc-kim-leaves-russia' in the corpus (no annotations/bbc-kim-leaves-russia.json, no "
        "raw/bbc-kim-leaves-russia.txt): a file of another export, or renamed? Add the document first (vostochny new), "
        "or remove the file"))]


@pytest.mark.parametrize(("line", "why"), [
    ("E1\tMeeting:T1", "an event (E) has no place in the annotation files: delete it (annotation.conf defines none)"),
    ("N1\tReference T1 Wikidata:Q1\tx", "a normalization (N) has no place in brat's copy: registry links are kept in "
                                        "the annotation files; delete it"),
    ("M1\tMetonymy T1", "a modifier (M, brat's old form of an attribute) is not read: write it as an A line"),
    (" T1\tPER 0 2\tab", "it starts with white space or a byte order mark; the id must begin the line"),
    ("T1 PER 0 2 ab", "no tab after the id (brat separates the id, the annotation and a span's text by tabs)"),
    ("T1 \tPER 0 2\tab", "white space around the id 'T1'"),
    ("X1\tfoo", "'X1' is no brat id (T<n>, R<n>, A<n>, *)"),
    ("T1\tPER\t0 2\tab", "a span is `T<n><TAB>TYPE START END<TAB>text` (fragments `START END;START END`)"),
    ("R1\tMEETS Head:T1 Tail:T2", "a relation is `R<n><TAB>TYPE Arg1:T<n> Arg2:T<n>`, Arg1 first (CueOf and Speaker: "
                                  "Arg1 the quote)"),
    ("R1\tMEETS Arg2:T2 Arg1:T1", "a relation is `R<n><TAB>TYPE Arg1:T<n> Arg2:T<n>`, Arg1 first (CueOf and Speaker: "
                                  "Arg1 the quote)"),
    ("A1\tKind", "an attribute is `A<n><TAB>NAME T<n> VALUE` (`A<n><TAB>Metonymy T<n>`: no value)"),
    ("*\tCoref", "an equivalence is `*<TAB>Coref T<n> T<n> ...`"),
])
def test_a_line_of_no_known_form_says_what_form_it_needs(line: str, why: str) -> None:
    """Every such line said `cannot read this line (events and notes are not imported)`, a space for a tab too."""
    _, errors = parse_ann("f.ann", line, "ab cd")
    assert [(e.line, e.message) for e in errors] == [(1, f"cannot read this line: {why}: {line[:60]!r}")]


def test_a_text_column_that_differs_says_what_the_txt_holds() -> None:
    _, errors = parse_ann("f.ann", "T1\tPER 0 2\tcd", "ab cd")
    assert [str(e) for e in errors] == ["f.ann:1: text 'cd' differs from the .txt at those offsets, which reads 'ab': "
                                        "set the offsets or the text right (brat writes both)"]


def test_a_folder_named_like_an_option_is_data(repo_corpus: Path, exported: Path, monkeypatch, capsys) -> None:
    """`vostochny import brat -- --help` reads the folder `--help`."""
    exported.rename(exported.parent / "--help")
    monkeypatch.chdir(exported.parent)
    assert main(["import", "brat", "--corpus", str(repo_corpus), "--", "--help"]) == 0
    assert capsys.readouterr().err.endswith("0 changed, 5 unchanged\n")


def test_the_repository_corpus_round_trips_byte_for_byte(tmp_path: Path) -> None:
    """Export, import with no edit: every file of `annotations/` as it was (the repository's own, not a copy's)."""
    corpus = tmp_path / "c"
    for folder in ("raw", "annotations", "schema"):
        shutil.copytree(REPO / folder, corpus / folder)
    export("brat", tmp_path / "b", source=read_source(corpus))
    import_brat(tmp_path / "b", corpus)
    theirs = {p.relative_to(REPO / "annotations"): p.read_bytes() for p in (REPO / "annotations").rglob("*")
              if p.is_file()}
    assert {p.relative_to(corpus / "annotations"): p.read_bytes() for p in (corpus / "annotations").rglob("*")
            if p.is_file()} == theirs


KIM = "*\tCoref T1 T9 T19 "  # Kim Jong Un's Coref line in the Reuters report: T1 and T9 `Kim Jong Un`
REUTERS = "reuters-kim-putin-summit"


def _split_message(what: str, name: str, record: str = "kim-jong-un") -> str:
    return (f"{what}, which would record {name!r} as another referent than {record}; a deleted Coref arc? (brat takes "
            "both of its ends out of the line): put it back in the line. If it really is another referent, give it a "
            f"Coref line with another of its mentions, or split it in the annotation file (kb_id null, {record} in its "
            "distinct_from)")


def _named(name: str) -> str:
    return _split_message(f"{name!r}, a name of kim-jong-un, is taken out of the Coref line of e1 'Kim Jong Un' alone",
                          name)


def test_a_deleted_coref_arc_is_no_other_referent(repo_corpus: Path, exported: Path) -> None:
    """brat deletes a Coref arc by taking both its ends out of the line: two `Kim Jong Un` were imported as entities
    of their own, each recorded as another referent than kim-jong-un, and validate said 0 errors."""
    ann = exported / f"{REUTERS}.ann"
    text = ann.read_text(encoding="utf-8")
    assert KIM in text
    ann.write_text(text.replace(KIM, "*\tCoref T19 "), encoding="utf-8")
    assert _refused(exported, repo_corpus) == [(str(ann), n, _named("Kim Jong Un")) for n in (1, 9)]


def test_a_deleted_coref_line_is_no_set_of_other_referents(repo_corpus: Path, exported: Path) -> None:
    """The whole line deleted: 29 of Kim's 30 mentions were split off, each recorded as another referent than his
    record (29 warnings, no error). 22 are names of his; the other 7 (`his`, `He`, `I`, `him`) were left alone with
    them."""
    ann = exported / f"{REUTERS}.ann"
    lines = ann.read_text(encoding="utf-8").split("\n")
    ann.write_text("\n".join(line for line in lines if not line.startswith(KIM)), encoding="utf-8")
    problems = _refused(exported, repo_corpus)
    others = [_split_message(f"{name!r} and 29 other mention(s) of e1 'Kim Jong Un' are each taken out of its Coref "
                             "line alone", name) for name in ("his", "He", "I", "him")]
    assert Counter(p[2] for p in problems) == {_named("Kim"): 21, _named("Kim Jong Un"): 1, others[0]: 4, others[1]: 1,
                                               others[2]: 1, others[3]: 1}


def test_a_deleted_coref_arc_between_nominals_is_no_other_referent(repo_corpus: Path, exported: Path) -> None:
    """`a meeting` and `the meeting` taken out of the summit's Coref line (of three) by one deleted arc: each was
    imported as another referent than kim-putin-summit-2023, and nothing said so."""
    ann = exported / f"{DOC}.ann"
    text = ann.read_text(encoding="utf-8")
    assert "*\tCoref T9 T68 T74\n" in text
    ann.write_text(text.replace("*\tCoref T9 T68 T74\n", ""), encoding="utf-8")
    assert _refused(exported, repo_corpus) == [(str(ann), n, _split_message(
        f"{name!r} and 2 other mention(s) of e7 'Kim–Putin summit 2023' are each taken out of its Coref line alone",
        name, "kim-putin-summit-2023")) for n, name in ((68, "a meeting"), (74, "the meeting"))]


def test_a_split_of_two_mentions_joined_on_purpose_is_kept(repo_corpus: Path, exported: Path) -> None:
    """Two `Kim Jong Un` given a Coref line of their own: a split made on purpose, imported as before (another
    referent, distinct from kim-jong-un; the rest keeps the record)."""
    ann = exported / f"{REUTERS}.ann"
    ann.write_text(ann.read_text(encoding="utf-8").replace(KIM, "*\tCoref T1 T9\n*\tCoref T19 "), encoding="utf-8")
    assert import_brat(exported, repo_corpus).written == [repo_corpus / "annotations" / f"{REUTERS}.json"]
    doc = json.loads((repo_corpus / "annotations" / f"{REUTERS}.json").read_text(encoding="utf-8"))
    assert [(e["name"], e["kb_id"], e["distinct_from"]) for e in doc["entities"] if e["name"] == "Kim Jong Un"] == [
        ("Kim Jong Un", None, ["kim-jong-un"]), ("Kim Jong Un", "kim-jong-un", [])]


_MISSING = "is not a text-bound annotation of this file"


@pytest.mark.parametrize(("line", "said"), [
    # an attribute on an id the file does not hold (the span deleted in brat, the attribute left)
    ("A1\tMetonymy T99", f"Metonymy: T99 {_MISSING}"),
    ("A1\tKind T99 name", f"Kind: T99 {_MISSING}"),
    ("A1\tAttribution T99 speech", f"Attribution: T99 {_MISSING}"),
    ("A1\tMetonymy R1", f"Metonymy: R1 {_MISSING}"),  # an id of another kind of line
    # a relation or a chain to an id the file does not hold
    ("R1\tMEETS Arg1:T1 Arg2:T99", f"Arg2 of MEETS: T99 {_MISSING}"),
    ("*\tCoref T1 T99", f"Coref: T99 {_MISSING}"),
    # a tab missing after the id, or one typed for a space
    ("R1 MEETS Arg1:T1 Arg2:T2", "cannot read this line: no tab after the id (brat separates the id, the annotation "
                                 "and a span's text by tabs): 'R1 MEETS Arg1:T1 Arg2:T2'"),
    ("A1 Metonymy T1", "cannot read this line: no tab after the id (brat separates the id, the annotation and a span's "
                       "text by tabs): 'A1 Metonymy T1'"),
    ("* Coref T1 T2", "cannot read this line: no tab after the id (brat separates the id, the annotation and a span's "
                      "text by tabs): '* Coref T1 T2'"),
    ("T3\tPER 0 3 Kim", "cannot read this line: a span is `T<n><TAB>TYPE START END<TAB>text` (fragments `START "
                        "END;START END`): 'T3\\tPER 0 3 Kim'"),
    ("R1\tMEETS Arg1:T1\tArg2:T2", "cannot read this line: a relation is `R<n><TAB>TYPE Arg1:T<n> Arg2:T<n>`, Arg1 "
                                   "first (CueOf and Speaker: Arg1 the quote): 'R1\\tMEETS Arg1:T1\\tArg2:T2'"),
    ("A1\tMetonymy\tT1", "cannot read this line: an attribute is `A<n><TAB>NAME T<n> VALUE` (`A<n><TAB>Metonymy "
                         "T<n>`: no value): 'A1\\tMetonymy\\tT1'"),
    # a span moved by one character at one end, its text column left
    ("T3\tPER 1 3\tKim", "text 'Kim' differs from the .txt at those offsets, which reads 'im': set the offsets or the "
                         "text right (brat writes both)"),
    # a note, on a missing id or not
    ("#1\tAnnotatorNotes T99\tx", "a note (#) has no place in the annotation files and would be lost: delete it"),
])
def test_a_line_edited_by_hand_is_refused_at_its_line(line: str, said: str) -> None:
    """Lines a hand edit of an .ann leaves (an older session's list: an attribute, a relation or a chain on an id the
    file lacks, a tab missing or typed for a space, a span off by one): each is one error at its own line, and no
    exception."""
    _, errors = parse_ann("f.ann", "T1\tPER 0 3\tKim\nT2\tPER 8 13\tPutin\n" + line, "Kim met Putin in Vladivostok.")
    assert [(e.line, e.message) for e in errors] == [(3, said)]


def test_an_attribute_on_a_missing_id_is_located_by_the_cli_without_a_traceback(repo_corpus: Path, exported: Path,
                                                                               capsys) -> None:
    """Through `vostochny import brat`: the error names the file and line, and nothing is written."""
    ann = exported / f"{DOC}.ann"
    lines = ann.read_text(encoding="utf-8").splitlines()
    ann.write_text("\n".join([*lines, "A99999\tMetonymy T99999", "R99999\tMEETS Arg1:T1 Arg2:T99998", ""]),
                   encoding="utf-8")
    assert main(["import", "brat", str(exported), "--corpus", str(repo_corpus)]) == 1
    err = capsys.readouterr().err
    assert f"{ann}:{len(lines) + 1}: Metonymy: T99999 {_MISSING}" in err
    assert f"{ann}:{len(lines) + 2}: Arg2 of MEETS: T99998 {_MISSING}" in err
    assert "nothing written" in err and "Traceback" not in err


def test_a_span_drawn_one_character_too_long_is_refused_by_the_document_rules(repo_corpus: Path,
                                                                             exported: Path) -> None:
    """A span widened over the space after it in brat's editor (offsets and text column agree, as brat writes them):
    the import runs the document rules before it writes, and the mention's edge off its tokens is refused, located
    in the annotation file it would have written."""
    ann = exported / f"{DOC}.ann"
    lines = ann.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "T1\tPER 10 36\this top military officials"
    text = (exported / f"{DOC}.txt").read_text(encoding="utf-8")
    lines[0] = f"T1\tPER 10 37\t{text[10:37]}"
    assert text[36] == " "
    ann.write_text("\n".join([*lines, ""]), encoding="utf-8")
    assert _refused(exported, repo_corpus) == [(str(ann), 1, "error V212 token-boundary: a span does not start or end "
                                                "on a token boundary: 'his top military officials ' [10, 37); nearest "
                                                "token end is 36 (at /mentions/0 of the imported document)")]
