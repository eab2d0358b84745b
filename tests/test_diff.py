"""`vostochny diff`: known differences are reported exactly; agreement figures match hand counts."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import REPO, SAMPLE_ID, SAMPLE_TEXT, sample_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from linked import OTHER_ID, quote_links, write_linked_corpus
from sample import commit_all, git, write_sample_corpus

from vostochny.errors import CorpusError
from vostochny.model.labels import (
    ATTRIBUTION_TYPES,
    ENTITY_TYPES,
    FACTUALITY,
    MENTION_KINDS,
    QUOTE_KINDS,
    RELATION_TYPES,
    ZONE_KINDS,
)
from vostochny.model.models import Document
from vostochny.reading import revisions
from vostochny.reading.corpus import document_files
from vostochny.reading.revisions import materialize
from vostochny.reading.view import DocumentView
from vostochny.verbs.compare import (
    ATTRIBUTE_DECISIONS,
    Agreement,
    attribute_summary,
    diff,
    items,
    markdown,
    nervaluate_scores,
)

DOC = f"annotations/{SAMPLE_ID}.json"
PUTIN = SAMPLE_TEXT.index("Vladimir Putin")


def _copy(sample_corpus: Path, tmp_path: Path) -> Path:
    other = tmp_path / "b"
    shutil.copytree(sample_corpus, other)
    return other


def _edit(root: Path, change) -> None:
    path = root / DOC
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _known_changes(data: dict) -> None:
    data["mentions"] = [m for m in data["mentions"] if m["id"] != "m3"]  # remove "Vladimir Putin"
    data["relations"] = [r for r in data["relations"] if r["id"] != "r2"]  # its relation goes too
    data["relations"][0]["type"] = "OFFICIAL_OF"  # change a relation label
    data["quotes"][0]["kind"] = "mixed"  # change a quote label
    data["entities"] = [e for e in data["entities"] if e["id"] != "e3"]


def test_diff_reports_exactly_the_known_changes(sample_corpus: Path, tmp_path: Path) -> None:
    other = _copy(sample_corpus, tmp_path)
    _edit(other, _known_changes)
    result = diff(sample_corpus, other)
    got = sorted((c.layer, c.change, c.item) for c in result.changes)
    assert got == sorted([
        ("mentions", "removed", f"'Vladimir Putin' [{PUTIN}, {PUTIN + 14}) PER"),
        ("relations", "removed", "MEETS('Kim Jong Un', 'Vladimir Putin')"),
        ("relations", "changed", "LEADER_OF('Kim Jong Un', 'North Korean') -> OFFICIAL_OF"),
        ("quotes", "changed", "direct 'We will win,' -> mixed"),
        ("entities", "removed", "{'Vladimir Putin'}"),
    ])


def test_agreement_matches_hand_counts(sample_corpus: Path, tmp_path: Path) -> None:
    other = _copy(sample_corpus, tmp_path)
    _edit(other, _known_changes)
    s = diff(sample_corpus, other).agreement.summary()
    # mentions: A has 7, B has 6, all of B's in A -> P = 6/6, R = 6/7, F1 = 12/13
    assert s["exact"]["mentions"] == {"tp": 6, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.8571, "f1": 0.9231}
    # relations: A {LEADER_OF, MEETS}, B {OFFICIAL_OF}: nothing shared
    assert s["exact"]["relations"]["tp"] == 0 and s["exact"]["relations"]["fn"] == 2
    assert s["speaker_accuracy"] == {"matched_quotes": 1, "accuracy": 1.0}
    # alpha: the 6 shared mentions keep their types and kinds; "Vladimir Putin" and its MEETS relation are in
    # A only (units without a pair); the one shared relation and the one quote each change label: two values,
    # two labels, n = 2: alpha = 1 - (n - 1) * 2 / (n * n - 2) = 0; the two zones keep theirs, one label: undefined
    assert s["label_alpha"] == {
        "entity type": {"units": 6, "disagreements": 0, "alpha": 1.0},
        "mention kind": {"units": 6, "disagreements": 0, "alpha": 1.0},
        "relation type": {"units": 1, "disagreements": 1, "alpha": 0.0},
        "quote kind": {"units": 1, "disagreements": 1, "alpha": 0.0},
        "zone kind": {"units": 2, "disagreements": 0, "alpha": None},
    }
    # coreference: key {Kim, We, he}, {NK}, {Putin}, {Cosmodrome}, {shells}; response lacks {Putin}
    # MUC: two links in key (Kim-We-he), found -> R = P = 1
    assert s["coreference"]["MUC"]["f1"] == 1.0
    # B3 recall: 6 of 7 mentions have their full cluster, Putin's is missing -> R = 6/7, P = 1
    assert s["coreference"]["B3"]["recall"] == pytest.approx(6 / 7, abs=1e-4)
    assert s["coreference"]["B3"]["precision"] == 1.0
    # CEAF-e: 4 of 5 key entities matched with phi4 = 1 -> R = 4/5, P = 4/4
    assert s["coreference"]["CEAF-e"]["recall"] == pytest.approx(0.8, abs=1e-4)


def test_exact_f1_equals_nervaluate_strict(sample_corpus: Path, tmp_path: Path) -> None:
    docs = [Document.model_validate_json(p.read_text(encoding="utf-8")) for p in document_files(REPO / "annotations")]
    doc = max(docs, key=lambda d: len(d.mentions))
    a = items(DocumentView(doc, None))["mentions"]
    b = {x for i, x in enumerate(sorted(a)) if i % 3} | {(0, 3, "PER")}
    agreement = Agreement()
    agreement.exact["mentions"].add(a, b)
    assert agreement.exact["mentions"].f1 == pytest.approx(nervaluate_scores([(a, b)])["strict"]["f1"], abs=1e-4)


def test_diff_cli_markdown_json_and_git_revision(sample_corpus: Path, tmp_path: Path) -> None:
    other = _copy(sample_corpus, tmp_path)
    _edit(other, _known_changes)
    run = [sys.executable, "-m", "vostochny", "diff", str(sample_corpus), str(other)]
    markdown = subprocess.run(run, capture_output=True, text=True)
    assert markdown.returncode == 0 and "| mentions |" in markdown.stdout and "MUC" in markdown.stdout
    assert "| relation type | 1 | 1 | 0.000 | 0.000 |" in markdown.stdout
    as_json = json.loads(subprocess.run([*run, "--format", "json"], capture_output=True, text=True).stdout)
    assert len(as_json["changes"]) == 5
    head = subprocess.run([sys.executable, "-m", "vostochny", "diff", "HEAD", "."], cwd=REPO, capture_output=True,
                          text=True)
    assert head.returncode == 0, head.stderr
    bad = subprocess.run([sys.executable, "-m", "vostochny", "diff", "no-such-rev", "."], cwd=REPO,
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "neither a folder nor a git revision" in bad.stderr


TEXT_LENGTH = len(SAMPLE_TEXT)
_SPAN = st.tuples(st.integers(0, TEXT_LENGTH), st.integers(0, TEXT_LENGTH)).map(sorted).map(
    lambda p: {"start": p[0], "end": p[1], "text": SAMPLE_TEXT[p[0]:p[1]]})
_IDS = st.integers(1, 6)


@st.composite
def _document(draw, doc_id: str) -> dict:
    """A structure-valid document with random layers: spans may overlap, repeat, be empty or dangle."""
    entities = [{"id": f"e{i}", "type": draw(st.sampled_from(list(ENTITY_TYPES))), "name": "x", "kb_id": None}
                for i in range(1, draw(st.integers(0, 5)) + 1)]
    mentions = [{"id": f"m{i}", **draw(_SPAN), "entity": f"e{draw(_IDS)}",
                 "kind": draw(st.sampled_from(list(MENTION_KINDS))), "metonymy": False}
                for i in range(1, draw(st.integers(0, 8)) + 1)]
    relations = [{"id": f"r{i}", "type": draw(st.sampled_from(list(RELATION_TYPES))), "head": f"m{draw(_IDS)}",
                  "tail": f"m{draw(_IDS)}", "factuality": draw(st.none() | st.sampled_from(list(FACTUALITY)))}
                 for i in range(1, draw(st.integers(0, 4)) + 1)]
    quotes = [{"id": f"q{i}", "kind": draw(st.sampled_from(list(QUOTE_KINDS))),
               "content": draw(st.lists(_SPAN, max_size=3)),
               "cue": draw(st.none() | _SPAN), "speaker": draw(st.none() | _IDS.map(lambda n: f"m{n}")),
               "attribution": draw(st.none() | st.sampled_from(list(ATTRIBUTION_TYPES)))}
              for i in range(1, draw(st.integers(0, 5)) + 1)]
    zones = draw(st.lists(st.builds(lambda s, k: {**s, "kind": k}, _SPAN, st.sampled_from(list(ZONE_KINDS))),
                          max_size=3))
    return {**sample_document(), "id": doc_id, "entities": entities, "mentions": mentions, "relations": relations,
            "quotes": quotes, "zones": zones}


def _perfect(figures: dict) -> bool:
    """Every precision, recall and F1 in a nested summary is 1.0, and no count is a miss."""
    return all(_perfect(v) if isinstance(v, dict) else (v == 1.0 if k in {"precision", "recall", "f1"} else
               v == 0 if k in {"fp", "fn"} else True) for k, v in figures.items())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["doc-a", "doc-b", "doc-c"]), min_size=1, max_size=3, unique=True).flatmap(
    lambda ids: st.tuples(*(_document(i) for i in ids))))
def test_diff_of_a_corpus_with_itself_is_perfect(documents: tuple[dict, ...]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = write_sample_corpus(Path(folder))
        (root / DOC).unlink()
        for data in documents:
            (root / "annotations" / f"{data['id']}.json").write_text(json.dumps(data), encoding="utf-8")
        result = diff(root, root)
    s = result.agreement.summary()
    assert (result.changes, result.only_a, result.only_b) == ([], [], [])
    assert (_perfect(s["exact"]) and _perfect(s["exact_by_label"]) and _perfect(s["overlap"])
            and _perfect(s["nervaluate"]))
    assert _perfect(s["coreference"]) and len(s["coreference"]) == 4
    quotes = sum(len(d["quotes"]) for d in documents)
    assert all(a["disagreements"] == 0 and a["alpha"] in (1.0, None) for a in s["label_alpha"].values())
    assert all(a["agree"] == a["annotated"] and a["only_a"] == a["only_b"] == 0 and a["accuracy"] in (1.0, None)
               for a in s["attributes"].values())
    assert s["attributes"]["relation factuality"]["annotated"] == sum(
        r["factuality"] is not None for d in documents for r in d["relations"])
    assert s["quote_links"]["compared"] is False  # the sample corpus has no quote links file
    assert s["speaker_accuracy"] == {"matched_quotes": quotes, "accuracy": 1.0 if quotes else None}
    layers = {"mentions", "mention kinds", "relations", "quotes", "quote cues", "zones"}
    assert set(s["exact"]) == layers and all(s["exact"][k]["tp"] == sum(
        len(items(DocumentView(Document.model_validate(d), None))[k]) for d in documents) for k in layers)


def _vostochny(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vostochny", *args], cwd=cwd, capture_output=True, text=True)


@pytest.fixture
def git_corpus(sample_corpus: Path) -> Path:
    """The sample corpus committed in a git repository of its own, tagged `v1`."""
    git = ["git", "-c", "user.email=t@example.org", "-c", "user.name=t"]
    for step in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "corpus"], ["tag", "v1"]):
        subprocess.run([*git, *step], cwd=sample_corpus, check=True, capture_output=True)
    return sample_corpus


def _files(root: Path) -> list[Path]:
    return sorted(p.relative_to(root) for p in root.rglob("*") if ".git" not in p.parts)


def test_a_revision_is_never_an_option_of_git(git_corpus: Path) -> None:
    victim = git_corpus / "victim.txt"
    victim.write_text("precious\n", encoding="utf-8")
    before = _files(git_corpus)
    for rev in (f"--output={victim}", "--output=annotations", "-x", "--remote=origin"):
        result = _vostochny("diff", "--", rev, ".", cwd=git_corpus)
        assert result.returncode == 2 and "neither a folder nor a git revision" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert _files(git_corpus) == before


def test_a_path_that_exists_is_a_folder_and_a_file_is_refused(git_corpus: Path) -> None:
    (git_corpus / "v1").write_text("a file named like the tag\n", encoding="utf-8")
    result = _vostochny("diff", "v1", ".", cwd=git_corpus)
    assert result.returncode == 2 and "'v1' is not a corpus folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_git_revision_is_unpacked_into_the_scratch_folder_only(git_corpus: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 tmp_path_factory: pytest.TempPathFactory) -> None:
    before = _files(git_corpus)
    monkeypatch.chdir(git_corpus)
    scratch = tmp_path_factory.mktemp("elsewhere") / "scratch"
    assert materialize("v1", scratch) == scratch
    assert _files(scratch) == before and _files(git_corpus) == before
    changed = _vostochny("diff", "v1", ".", "--format", "json", cwd=git_corpus)
    assert changed.returncode == 0 and json.loads(changed.stdout)["changes"] == []


def test_a_broken_archive_is_a_revision_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(revisions, "_git", lambda args, spec, *where: b"0" * 40 if args[0] == "rev-parse" else
                        b"not a tar")
    with pytest.raises(revisions.RevisionError, match="could not be unpacked"):
        materialize("v1", tmp_path / "scratch")


def test_a_revision_is_read_at_the_corpus_place_from_any_subfolder(tmp_path: Path) -> None:
    """The corpus lies in a subfolder of its repository, and the command runs in one of the corpus's own
    subfolders: a revision's corpus is still the one at the corpus root's place in its tree (git read the
    paths from the working folder, and found no annotations/ there)."""
    corpus = write_sample_corpus(tmp_path / "repo" / "corpus")
    commit_all(tmp_path / "repo", "one")
    _edit(corpus, lambda d: d["relations"].pop())
    commit_all(tmp_path / "repo", "two")
    for where in (corpus, corpus / "annotations", corpus / "raw"):
        result = _vostochny("diff", "HEAD~1", "HEAD", "--format", "json", cwd=where)
        assert result.returncode == 0, result.stderr
        assert [c["change"] for c in json.loads(result.stdout)["changes"]] == ["removed"]
        for here in (str(corpus), "."):  # `.` in a subfolder names its corpus, as `--corpus .` does
            against_folder = _vostochny("diff", "HEAD~1", here, "--format", "json", cwd=where)
            assert json.loads(against_folder.stdout)["changes"] == json.loads(result.stdout)["changes"]
    site = _vostochny("render", "--diff", "HEAD~1", "HEAD", "--out", str(tmp_path / "site"),
                      cwd=corpus / "annotations")
    assert site.returncode == 0 and (tmp_path / "site" / "index.html").is_file(), site.stderr
    git(tmp_path / "repo", "mv", "corpus", "moved")  # a revision with no corpus at the corpus's place
    git(tmp_path / "repo", "commit", "-qm", "moved")
    gone = _vostochny("diff", "HEAD~1", "HEAD", cwd=tmp_path / "repo" / "moved" / "annotations")
    assert gone.returncode == 2 and "'HEAD~1' is neither a folder nor a git revision" in gone.stderr, gone.stderr


def test_a_revision_without_git_or_outside_a_repository_says_so(sample_corpus: Path, tmp_path: Path) -> None:
    nowhere = _vostochny("diff", "HEAD", ".", cwd=sample_corpus)
    assert nowhere.returncode == 2 and f"'HEAD' is no folder, and {sample_corpus} is not inside a git work tree" in (
        nowhere.stderr), nowhere.stderr
    commit_all(sample_corpus)
    no_git = subprocess.run([sys.executable, "-m", "vostochny", "diff", "HEAD", "."], cwd=sample_corpus,
                            capture_output=True, text=True, env={**os.environ, "PATH": str(tmp_path / "no-bin")})
    assert no_git.returncode == 2 and no_git.stderr == (
        "vostochny diff: 'HEAD' is no folder; git is not installed or not on PATH; a git revision needs it (name a "
        "corpus folder instead)\n")


def test_factuality_and_attribution_agreement_on_shared_records(sample_corpus: Path, tmp_path: Path) -> None:
    other = _copy(sample_corpus, tmp_path)

    def relabel(data: dict) -> None:
        data["relations"][0]["type"] = "OFFICIAL_OF"  # r1 is no longer a shared relation: not a unit
        data["relations"][1]["factuality"] = "reported"  # r2 (MEETS, same spans): asserted -> reported
        data["quotes"][0]["attribution"] = "writing"  # q1: speech -> writing
        data["quotes"][0]["content"][0] = {**data["quotes"][0]["content"][0], "end": data["quotes"][0]["content"][0][
            "end"] - 1, "text": "We will win"}  # still the same quote: diff matches overlapping content

    _edit(other, relabel)
    result = diff(sample_corpus, other)
    s = result.agreement.summary()
    assert [(c.layer, c.item) for c in result.changes if c.layer in ATTRIBUTE_DECISIONS] == [
        ("relation factuality", "MEETS('Kim Jong Un', 'Vladimir Putin'): asserted -> reported"),
        ("quote attribution", "direct 'We will win,': speech -> writing")]
    # one unit each, two different values: n = 2, alpha = 1 - (n - 1) * 2 / (n * n - 1 - 1) = 0
    one_disagreement = {"matched": 1, "annotated": 1, "only_a": 0, "only_b": 0, "agree": 0, "accuracy": 0.0,
                        "alpha": {"units": 1, "disagreements": 1, "alpha": 0.0}}
    assert s["attributes"] == {"relation factuality": one_disagreement, "quote attribution": one_disagreement}
    # unlabelled on one side: a shared record that is not a unit of alpha, counted apart
    _edit(other, lambda d: d["relations"][1].update(factuality=None))
    s = diff(sample_corpus, other).agreement.summary()
    assert s["attributes"]["relation factuality"] == {
        "matched": 1, "annotated": 0, "only_a": 1, "only_b": 0, "agree": 0, "accuracy": None,
        "alpha": {"units": 0, "disagreements": 0, "alpha": None}}
    text = markdown(diff(sample_corpus, other))
    assert "| relation factuality | 1 | 0 | 1 | 0 | 0 | — |" in text
    assert "| quote attribution | 1 | 1 | 0.000 |" in text  # alpha_table: units, disagreements, alpha
    assert "Not labelled by both corpora on any shared record: relation factuality" in text


def test_attribute_summary_hand_count() -> None:
    units = [("asserted", "asserted"), ("asserted", "asserted"), ("reported", "reported"), ("asserted", "reported"),
             (None, "denied"), ("possible", None), (None, None)]
    # four units labelled by both: n = 8, n_asserted = 5, n_reported = 3; one split unit gives o = 2 off the
    # diagonal: alpha = 1 - (8 - 1) * 2 / (64 - 25 - 9) = 1 - 14/30
    assert attribute_summary(units) == {
        "matched": 7, "annotated": 4, "only_a": 1, "only_b": 1, "agree": 3, "accuracy": 0.75,
        "alpha": {"units": 4, "disagreements": 1, "alpha": round(1 - 14 / 30, 4)}}


def _write_links(root: Path, *links: tuple[str, str, str, str, str]) -> None:
    (root / "annotations" / "quote_links.json").write_text(json.dumps(quote_links(*links)), encoding="utf-8")


def _edit_other(root: Path, change) -> None:
    path = root / "annotations" / f"{OTHER_ID}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_quote_link_agreement_matches_hand_counts(tmp_path: Path) -> None:
    a = write_linked_corpus(tmp_path / "a")
    _write_links(a, (SAMPLE_ID, "q1", OTHER_ID, "q1", "chain"), (SAMPLE_ID, "q1", OTHER_ID, "q2", "paraphrase"))
    b = write_linked_corpus(tmp_path / "b")
    _edit_other(b, lambda d: d["quotes"][0].update(id="qa"))  # another id for the same quote
    # B links the same two pairs, the other way round, one with another wording, and one to a quote it lacks
    _write_links(b, (OTHER_ID, "qa", SAMPLE_ID, "q1", "verbatim"), (OTHER_ID, "q2", SAMPLE_ID, "q1", "paraphrase"),
                 (SAMPLE_ID, "q1", OTHER_ID, "q7", "partial"))
    s = diff(a, b).agreement.summary()["quote_links"]
    # wording units (chain, verbatim), (paraphrase, paraphrase): n = 4, n_chain = n_verbatim = 1, n_paraphrase = 2,
    # o = 2 off the diagonal: alpha = 1 - 3 * 2 / (16 - 1 - 1 - 4) = 0.4
    assert s == {"compared": True, "note": "2 links shared of 2 in A and 2 in B.", "links_a": 2, "links_b": 3,
                 "unresolved_a": 0, "unresolved_b": 1,
                 "shared": {"tp": 2, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0},
                 "wording_agree": 1, "wording_alpha": {"units": 2, "disagreements": 1, "alpha": 0.4}, "via_agree": 2}
    # B's q2 now has other content: its link joins another quote, one link only in A and one only in B
    _edit_other(b, lambda d: d["quotes"][1]["content"][0].update(end=d["quotes"][1]["content"][0]["start"] + 7,
                                                                  text="victory"))
    s = diff(a, b).agreement.summary()["quote_links"]
    assert s["shared"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert s["wording_agree"] == 0 and s["wording_alpha"] == {"units": 1, "disagreements": 1, "alpha": 0.0}
    text = markdown(diff(a, b))
    assert "| links (same two quotes) | 1 | 1 | 1 | 0.500 | 0.500 | 0.500 |" in text
    assert "Links whose quotes are not in the documents (not counted): 0 in A, 1 in B." in text
    # A's links again in B, through a channel that A does not record: the channels differ on both
    c = write_linked_corpus(tmp_path / "c")
    (c / "annotations" / "quote_links.json").write_text(json.dumps(quote_links(
        (SAMPLE_ID, "q1", OTHER_ID, "q1", "chain"), (SAMPLE_ID, "q1", OTHER_ID, "q2", "paraphrase"), via=("KCNA",))),
        encoding="utf-8")
    s = diff(a, c).agreement.summary()["quote_links"]
    assert (s["wording_agree"], s["via_agree"]) == (2, 0)
    assert "The same channels (`via`) on 0 of them." in markdown(diff(a, c))


def test_quote_links_resolve_against_the_corpus_they_were_annotated_on(tmp_path: Path) -> None:
    gold = write_linked_corpus(tmp_path / "gold")
    b = write_linked_corpus(tmp_path / "b")
    _edit_other(b, lambda d: d.update(quotes=[]))  # B's own KCNA document has no quotes: its link cannot be placed
    assert diff(gold, b).agreement.summary()["quote_links"]["unresolved_b"] == 1
    s = diff(gold, b, quotes_of=gold).agreement.summary()["quote_links"]
    assert s["unresolved_b"] == 0 and s["shared"] is not None and s["shared"]["f1"] == 1.0


def test_corpora_without_links_files_are_not_compared(sample_corpus: Path, tmp_path: Path) -> None:
    linked = write_linked_corpus(tmp_path / "linked")
    missing = "no quote links file (annotations/quote_links.json)"
    s = diff(sample_corpus, linked).agreement.summary()["quote_links"]
    assert s["compared"] is False and s["note"] == f"Quote links not compared: A has {missing}."
    assert all(s[k] is None for k in ("links_a", "links_b", "shared", "wording_agree", "wording_alpha"))
    both = markdown(diff(sample_corpus, sample_corpus))
    assert f"Quote links not compared: A has {missing}; B has {missing}." in both
    assert "| links (same two quotes) |" not in both
    (linked / "annotations" / "quote_links.json").write_text('{"links": 3}', encoding="utf-8")
    note = diff(linked, linked).agreement.summary()["quote_links"]["note"]
    assert note.startswith("Quote links not compared: A has a quote links file that does not load")


def test_corpora_that_share_no_document_have_a_markdown_report(sample_corpus: Path, tmp_path: Path) -> None:
    """The factuality and attribution rows of the alpha table read the exact F1 of relations and quotes,
    which no shared document gave: the Markdown report (the default, what CI posts) crashed with a KeyError
    for a corpus against an empty one, or two with no document in common."""
    empty = tmp_path / "empty"
    (empty / "annotations").mkdir(parents=True)
    (empty / "raw").mkdir()
    for a, b in ((sample_corpus, empty), (empty, sample_corpus)):
        report = markdown(diff(a, b))
        table = report.split("Label agreement on records both have")[1].split("\n\n")[1]
        assert table.count("\n") == 1  # the header, no row: like the label decisions, nothing was compared
        assert "| relation factuality | 0 | 0 | 0 | 0 | 0 | — |" in report  # the attribute counts: none


def test_a_links_file_that_is_a_dangling_link_does_not_load(tmp_path: Path) -> None:
    """A dangling quote_links.json is a file that does not load, not a corpus without a links file."""
    linked = write_linked_corpus(tmp_path / "linked")
    links = linked / "annotations" / "quote_links.json"
    links.unlink()
    links.symlink_to("quote_links.old.json")
    note = diff(linked, linked).agreement.summary()["quote_links"]["note"]
    assert note.startswith("Quote links not compared: A has a quote links file that does not load (1 problem(s)")


def test_a_document_its_own_schema_refuses_is_not_compared(sample_corpus: Path, tmp_path: Path) -> None:
    """A 1.3.0 document is migrated and compared (a revision of before 1.4.0 against today's); one with a
    relation's factuality, which 1.3.0 did not have (V103), was migrated to a model all the same and compared
    as if it loaded: it is refused, as a document that does not load is (left out, it read as deleted)."""
    other = _copy(sample_corpus, tmp_path)

    def to_1_3_0(data: dict) -> None:
        data["schema_version"] = "1.3.0"
        for layer, key in (("relations", "factuality"), ("quotes", "attribution"), ("entities", "distinct_from")):
            for record in data[layer]:
                record.pop(key, None)
        data["tokenizer"].pop("sentence_corrections")

    _edit(other, to_1_3_0)
    result = diff(sample_corpus, other)
    assert result.only_a == [] and result.agreement.exact["mentions"].f1 == 1.0
    _edit(other, lambda data: data["relations"][0].update(factuality="asserted", type="OFFICIAL_OF"))
    with pytest.raises(CorpusError) as refused:
        diff(sample_corpus, other)
    assert {p.code for p in refused.value.report.errors} == {"V103"}


def test_a_document_that_does_not_load_is_reported_not_read_as_deleted(git_corpus: Path, tmp_path: Path) -> None:
    """A document of B with a syntax error was reported as "only in A" (a deletion), exit 0, without a word."""
    other = _copy(git_corpus, tmp_path)
    (other / DOC).write_text("{ broken", encoding="utf-8")
    for a, b, where in ((str(git_corpus), str(other), f"b/{DOC}:1"), (str(other), str(git_corpus), None)):
        result = _vostochny("diff", a, b, cwd=tmp_path)
        assert result.returncode == 1 and "V001" in result.stderr and result.stdout == "", result.stderr
        assert "vostochny diff refused" in result.stderr and (where is None or where in result.stderr)
    (git_corpus / DOC).write_text("{ broken", encoding="utf-8")  # a revision's file, named as git names it
    subprocess.run(["git", "-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qam", "broken"],
                   cwd=git_corpus, check=True)
    result = _vostochny("diff", "HEAD", "v1", cwd=git_corpus)
    assert result.returncode == 1 and f"HEAD:{DOC}:1" in result.stderr, result.stderr


def test_out_that_is_a_fifo_or_a_device_is_refused_and_left_as_it_was(sample_corpus: Path, tmp_path: Path) -> None:
    """`--out` was renamed over whatever was there: run as root, `--out /dev/null` made /dev/null a regular file."""
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    places = [fifo]
    try:  # a private null device, where this user may make one (root)
        os.mknod(tmp_path / "null", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        places.append(tmp_path / "null")
    except (OSError, AttributeError):
        pass
    link = tmp_path / "link"
    link.symlink_to(fifo)
    for out in (*places, link):
        result = _vostochny("diff", ".", ".", "--out", str(out), cwd=sample_corpus)
        assert result.returncode == 2 and "is not a regular file" in result.stderr, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode) and link.is_symlink()
    assert all(not stat.S_ISREG(p.stat().st_mode) for p in places)


def test_out_stays_out_of_both_corpora_compared_from_anywhere(sample_corpus: Path, tmp_path: Path,
                                                               tmp_path_factory: pytest.TempPathFactory) -> None:
    """Only the corpus around the working folder was guarded: from elsewhere, `diff A B --out B/annotations/X.json`
    replaced an annotation file by the report."""
    other = _copy(sample_corpus, tmp_path)
    elsewhere = tmp_path_factory.mktemp("elsewhere")  # in no corpus (the sample corpus is tmp_path)
    before = {root: _files(root) for root in (sample_corpus, other)}
    document = (other / DOC).read_bytes()
    for out in (other / DOC, other / "raw" / "report.md", sample_corpus / "annotations" / "report.md"):
        result = _vostochny("diff", str(sample_corpus), str(other), "--out", str(out), cwd=elsewhere)
        assert result.returncode == 2 and "annotations/ or raw/" in result.stderr, result.stderr
    assert (other / DOC).read_bytes() == document
    assert {root: _files(root) for root in (sample_corpus, other)} == before
    fine = _vostochny("diff", str(sample_corpus), str(other), "--out", str(elsewhere / "report.md"), cwd=elsewhere)
    assert fine.returncode == 0 and (elsewhere / "report.md").is_file(), fine.stderr
