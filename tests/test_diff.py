"""`vostochny diff`: known differences are reported exactly; agreement figures match hand counts."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import REPO, SAMPLE_ID, SAMPLE_TEXT, sample_document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sample import write_sample_corpus

from vostochny.model.labels import ENTITY_TYPES, MENTION_KINDS, QUOTE_KINDS, RELATION_TYPES, ZONE_KINDS
from vostochny.model.models import Document
from vostochny.reading import revisions
from vostochny.reading.corpus import document_files
from vostochny.reading.revisions import materialize
from vostochny.verbs.compare import Agreement, diff, items, nervaluate_scores

DOC = f"annotations/{SAMPLE_ID}.json"
PUTIN = SAMPLE_TEXT.index("Vladimir Putin")


def _copy(sample_corpus: Path, tmp_path: Path) -> Path:
    other = tmp_path / "b"
    shutil.copytree(sample_corpus, other)
    return other


def _edit(root: Path, change) -> None:  # noqa: ANN001
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
    # mentions: A has 6, B has 5, all of B's in A -> P = 5/5, R = 5/6, F1 = 10/11
    assert s["exact"]["mentions"] == {"tp": 5, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.8333, "f1": 0.9091}
    # relations: A {LEADER_OF, MEETS}, B {OFFICIAL_OF}: nothing shared
    assert s["exact"]["relations"]["tp"] == 0 and s["exact"]["relations"]["fn"] == 2
    assert s["speaker_accuracy"] == {"matched_quotes": 1, "accuracy": 1.0}
    # alpha: the 5 shared mentions keep their types and kinds; "Vladimir Putin" and its MEETS relation are in
    # A only (units without a pair); the one shared relation and the one quote each change label: two values,
    # two labels, n = 2: alpha = 1 - (n - 1) * 2 / (n * n - 2) = 0; the two zones keep theirs, one label: undefined
    assert s["label_alpha"] == {
        "entity type": {"units": 5, "disagreements": 0, "alpha": 1.0},
        "mention kind": {"units": 5, "disagreements": 0, "alpha": 1.0},
        "relation type": {"units": 1, "disagreements": 1, "alpha": 0.0},
        "quote kind": {"units": 1, "disagreements": 1, "alpha": 0.0},
        "zone kind": {"units": 2, "disagreements": 0, "alpha": None},
    }
    # coreference: key {Kim, he}, {NK}, {Putin}, {Cosmodrome}, {shells}; response lacks {Putin}
    # MUC: one link in key (Kim-he), found -> R = P = 1
    assert s["coreference"]["MUC"]["f1"] == 1.0
    # B3 recall: 5 of 6 mentions have their full cluster, Putin's is missing -> R = 5/6, P = 1
    assert s["coreference"]["B3"]["recall"] == pytest.approx(5 / 6, abs=1e-4)
    assert s["coreference"]["B3"]["precision"] == 1.0
    # CEAF-e: 4 of 5 key entities matched with phi4 = 1 -> R = 4/5, P = 4/4
    assert s["coreference"]["CEAF-e"]["recall"] == pytest.approx(0.8, abs=1e-4)


def test_exact_f1_equals_nervaluate_strict(sample_corpus: Path, tmp_path: Path) -> None:
    docs = [Document.model_validate_json(p.read_text(encoding="utf-8")) for p in document_files(REPO / "annotations")]
    doc = max(docs, key=lambda d: len(d.mentions))
    a = items(doc)["mentions"]
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
def _document(draw, doc_id: str) -> dict:  # noqa: ANN001
    """A structure-valid document with random layers: spans may overlap, repeat, be empty or dangle."""
    entities = [{"id": f"e{i}", "type": draw(st.sampled_from(list(ENTITY_TYPES))), "name": "x", "kb_id": None}
                for i in range(1, draw(st.integers(0, 5)) + 1)]
    mentions = [{"id": f"m{i}", **draw(_SPAN), "entity": f"e{draw(_IDS)}", "kind": draw(st.sampled_from(list(MENTION_KINDS))),
                 "metonymy": False} for i in range(1, draw(st.integers(0, 8)) + 1)]
    relations = [{"id": f"r{i}", "type": draw(st.sampled_from(list(RELATION_TYPES))), "head": f"m{draw(_IDS)}",
                  "tail": f"m{draw(_IDS)}"} for i in range(1, draw(st.integers(0, 4)) + 1)]
    quotes = [{"id": f"q{i}", "kind": draw(st.sampled_from(list(QUOTE_KINDS))), "content": draw(st.lists(_SPAN, max_size=3)),
               "cue": draw(st.none() | _SPAN), "speaker": draw(st.none() | _IDS.map(lambda n: f"m{n}"))}
              for i in range(1, draw(st.integers(0, 5)) + 1)]
    zones = draw(st.lists(st.builds(lambda s, k: {**s, "kind": k}, _SPAN, st.sampled_from(list(ZONE_KINDS))), max_size=3))
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
    assert _perfect(s["exact"]) and _perfect(s["exact_by_label"]) and _perfect(s["overlap"]) and _perfect(s["nervaluate"])
    assert _perfect(s["coreference"]) and len(s["coreference"]) == 4
    quotes = sum(len(d["quotes"]) for d in documents)
    assert all(a["disagreements"] == 0 and a["alpha"] in (1.0, None) for a in s["label_alpha"].values())
    assert s["speaker_accuracy"] == {"matched_quotes": quotes, "accuracy": 1.0 if quotes else None}
    layers = {"mentions", "mention kinds", "relations", "quotes", "quote cues", "zones"}
    assert set(s["exact"]) == layers and all(s["exact"][k]["tp"] == sum(
        len(items(Document.model_validate(d))[k]) for d in documents) for k in layers)


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
    monkeypatch.setattr(revisions, "_git", lambda args, spec: b"0" * 40 if args[0] == "rev-parse" else b"not a tar")
    with pytest.raises(revisions.RevisionError, match="could not be unpacked"):
        materialize("v1", tmp_path / "scratch")
