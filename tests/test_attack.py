"""scripts/attack.py: each sweep makes edits of its kind without touching the document it edits, and the sweep's
count is the validator's verdict on them."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from itertools import pairwise
from pathlib import Path
from types import ModuleType

import pytest

from tests.sample import REPO, SAMPLE_ID, SAMPLE_TEXT, sample_document, write_sample_corpus


def _attack() -> ModuleType:
    spec = importlib.util.spec_from_file_location("attack", REPO / "scripts" / "attack.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["attack"] = module  # the process pool pickles its worker by module name
    spec.loader.exec_module(module)
    return module


ATTACK = _attack()


@pytest.mark.parametrize("sweep", sorted(ATTACK.SWEEPS))
def test_a_sweep_edits_a_copy_one_place_each(sweep: str) -> None:
    doc = sample_document()
    kept = copy.deepcopy(doc)
    edits = list(ATTACK.SWEEPS[sweep](doc, SAMPLE_TEXT))
    assert edits, f"{sweep} made no edit of the sample"
    assert doc == kept
    for what, edited in edits:
        changed = [key for key in doc if edited.get(key) != doc[key]]
        assert len(changed) in (1, 2), (what, changed)  # one layer; a chain split adds its entity too
        assert edited != doc and isinstance(what, str) and what


def test_a_sweep_counts_the_edits_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """Every merge of two adjacent zones of the Reuters report is refused (each joins two kinds or two paragraphs)."""
    zones = json.loads((REPO / "annotations" / "reuters-kim-putin-summit.json").read_text(encoding="utf-8"))["zones"]
    assert ATTACK.main(["--sweep", "zone-merge", "--doc", "reuters-kim-putin-summit", "--jobs", "1"]) == 0
    assert f"zone-merge: 0 of {len(zones) - 1} edits accepted" in capsys.readouterr().out


@pytest.mark.parametrize("whole", [[], ["--whole"]])
def test_a_sweep_lists_the_edits_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str], whole: list[str]) -> None:
    """In the sample, a name moved to the other person's chain is refused (its words are not his name's); the
    pronouns `he` and `We` moved to Putin are accepted (the sentence allows either reading), and listed, also when
    the whole corpus judges them again (`--whole`)."""
    corpus, out = write_sample_corpus(tmp_path / "corpus"), tmp_path / "survivors.json"
    assert ATTACK.main(["--sweep", "chain-merge", "--doc", SAMPLE_ID, "--corpus", str(corpus), "--jobs", "1",
                        "--json", str(out), *whole]) == 0
    assert "chain-merge: 2 of 4 edits accepted" in capsys.readouterr().out
    assert [r["edit"].split(" (")[0] for r in json.loads(out.read_text(encoding="utf-8"))] == ["m5 [he]", "m0 [We]"]


@pytest.mark.parametrize(("sweep", "layer"), [("mention-boundary", "mentions"), ("quote-boundary", "quotes")])
def test_a_boundary_sweep_moves_one_edge_one_token_inside_the_sentence(sweep: str, layer: str) -> None:
    """Each edit of a boundary sweep moves one edge of one span to the next token's edge, keeps the span in its
    sentence, and reads the span's text again from the raw text (so that the text checks judge the words, not a copy
    out of date)."""
    doc = sample_document()
    starts, ends = {t[0] for t in doc["tokens"]}, {t[1] for t in doc["tokens"]}
    sentences = [(s["start"], s["end"]) for s in doc["sentences"]]
    for what, edited in ATTACK.SWEEPS[sweep](doc, SAMPLE_TEXT):
        k = next(k for k, (a, b) in enumerate(zip(doc[layer], edited[layer], strict=True)) if a != b)
        old, new = doc[layer][k], edited[layer][k]
        spans = [(new, old)] if layer == "mentions" else [
            (n, o) for n, o in [(new["cue"], old["cue"]), *zip(new["content"], old["content"], strict=True)] if n != o]
        assert len(spans) == 1, what
        span, was = spans[0]
        assert (span["start"] == was["start"]) != (span["end"] == was["end"]), what  # one edge moved
        assert span["start"] in starts and span["end"] in ends and span["start"] < span["end"], what
        assert span["text"] == SAMPLE_TEXT[span["start"]:span["end"]], what
        assert any(a <= span["start"] and span["end"] <= b for a, b in sentences) or layer == "quotes", what


def test_a_sentence_boundary_sweep_keeps_the_layer_tiling_and_counts_its_starts() -> None:
    """Each edit of the sentence-boundary sweep leaves sentences that tile the tokens in order, each one's text read
    again from the raw text; it moves, merges or splits them (one or two starts differ) and is made twice, the
    corrections as they were and raised by the starts that differ (a boundary moved is two)."""
    doc = sample_document()
    starts, ends = [t[0] for t in doc["tokens"]], [t[1] for t in doc["tokens"]]
    was = {s["start"] for s in doc["sentences"]}
    kinds = set()
    for what, edited in ATTACK.SWEEPS["sentence-boundary"](doc, SAMPLE_TEXT):
        spans = [(s["start"], s["end"]) for s in edited["sentences"]]
        assert spans[0][0] == starts[0] and spans[-1][1] == ends[-1], what
        assert all(a in starts and b in ends and a < b for a, b in spans), what
        assert all(ends.index(b) + 1 == starts.index(a) for (_, b), (a, _) in pairwise(spans)), what
        assert all(s["text"] == SAMPLE_TEXT[s["start"]:s["end"]] for s in edited["sentences"]), what
        differ = len(was.symmetric_difference(a for a, _ in spans))
        assert differ == (2 if what.startswith("move") else 1), what
        raised = edited["tokenizer"]["sentence_corrections"] - doc["tokenizer"]["sentence_corrections"]
        assert raised == (differ if "counted" in what else 0), what
        kinds.add((what.split()[0], raised))
    assert kinds == {(kind, n) for kind in ("move<", "move>", "merge", "split")
                     for n in (0, 2 if kind.startswith("move") else 1)}


def test_a_zone_boundary_sweep_moves_the_boundary_a_line_or_a_token(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """Each edit of the zone-boundary sweep moves the end of one zone and the start of the next together, by a line
    or a token, each zone's text read again; in the sample (two zones of one line) only by a token, and each such
    move is refused (a zone that ends inside a line, V250)."""
    doc = sample_document()
    edits = list(ATTACK.SWEEPS["zone-boundary"](doc, SAMPLE_TEXT))
    assert [what.split()[2] for what, _ in edits] == ["token<", "token>"]
    for what, edited in edits:
        first, second = edited["zones"]
        assert first["end"] <= second["start"] and first["end"] != doc["zones"][0]["end"], what
        assert all(z["text"] == SAMPLE_TEXT[z["start"]:z["end"]] for z in edited["zones"]), what
    corpus = write_sample_corpus(tmp_path / "corpus")
    assert ATTACK.main(["--sweep", "zone-boundary", "--doc", SAMPLE_ID, "--corpus", str(corpus), "--jobs", "1"]) == 0
    assert "zone-boundary: 0 of 2 edits accepted" in capsys.readouterr().out


def test_a_sweep_counts_apart_the_edits_accepted_with_a_new_warning(capsys: pytest.CaptureFixture[str]) -> None:
    """An attribution set to none is accepted with V236's warning (by design: schema 1.3.0 had none): the sweep says
    how many of the edits it accepted drew a warning the document did not have (the thirty-seventh session's attr37
    read 83 of the 84 attribution survivors as such), and marks each in the list."""
    assert ATTACK.main(["--sweep", "attribution", "--doc", "reuters-kim-putin-summit", "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert "attribution: 23 of 88 edits accepted (22 with a new warning)" in out
    listed = [line for line in out.splitlines() if line.startswith("  attribution")]
    assert len(listed) == 23 and sum(line.endswith(" (a new warning)") for line in listed) == 22
