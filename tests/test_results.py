"""Results kept in the repository (`results/*.json`, `baselines/`): every entry loads, its predictions
are valid documents of its splits (checked by the validator and by `jsonschema` with the published
schema), its command reproduces its files byte for byte, its stored scores equal a fresh scoring
by the package's scorer, and the README's results table is current."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

import vostochny
from vostochny.checking.rules.base import prediction_rules
from vostochny.checking.validator import validate_document_bytes
from vostochny.errors import CorpusError
from vostochny.model.models import Document
from vostochny.reading.documents import corpus_splits, iter_documents
from vostochny.reading.layers import PREDICTED_LAYERS
from vostochny.verbs.results import RESULTS_DIR, SystemResult, load_result, load_results, rescore, results_table

ENTRIES = load_results(REPO)
GOLD = {view.id: view for view in iter_documents(REPO)}
BY_NAME = [pytest.param(entry, id=entry.system) for entry in ENTRIES]
#: the module each dependency beyond the core install is imported as
MODULES = {"python-crfsuite": "pycrfsuite"}


def _baselines() -> None:
    if str(REPO / "baselines") not in sys.path:
        sys.path.insert(0, str(REPO / "baselines"))


def test_every_baseline_has_an_entry() -> None:
    assert [entry.system for entry in ENTRIES] == ["crf-ner", "gazetteer-ner", "rule-quotes-gold-mentions",
                                                   "rule-quotes"]
    assert all(entry.predictions.keys() == {"validation", "test"} for entry in ENTRIES)
    assert all("train" not in entry.predictions and set(entry.trained_on) <= {"train"} for entry in ENTRIES)


@pytest.mark.parametrize("entry", BY_NAME)
def test_predictions_are_valid_documents_of_their_split(entry: SystemResult) -> None:
    """Each prediction is a document of the split, on the gold text and tokens, that carries the
    system's layers (and the mentions they rely on) and leaves the others out; with those as empty
    lists it is a valid annotation file (the published schema, the validator)."""
    import jsonschema

    schema = json.loads((REPO / "schema" / "v1" / "document.schema.json").read_text(encoding="utf-8"))
    splits, gold_only = corpus_splits(REPO), prediction_rules("gold only")
    for split, folder in entry.predictions.items():
        files = sorted((REPO / RESULTS_DIR / folder).glob("*.json"))
        assert [path.stem for path in files] == sorted(getattr(splits, split))
        for path in files:
            data, view = json.loads(path.read_bytes()), GOLD[path.stem]
            assert set(PREDICTED_LAYERS) & data.keys() == {"entities", "mentions", *entry.layers}
            whole = {**data, **{layer: [] for layer in PREDICTED_LAYERS if layer not in data}}
            jsonschema.validate(whole, schema)
            problems = validate_document_bytes(json.dumps(whole).encode(), view.text, None, path.stem)
            # no zones predicted: V229 warns; a name, pronoun or quote the system missed is its recall (V367, V384,
            # V385 and V382 hold gold annotation)
            assert [p for p in problems if p.severity == "error" and p.code not in gold_only] == []
            doc = Document.model_validate(whole)
            assert (doc.sha256, doc.length, doc.tokens, doc.sentences) == (
                view.doc.sha256, view.doc.length, view.doc.tokens, view.doc.sentences)
            if "gold" not in entry.system:  # a system's own mentions: names only
                assert doc.mentions and {m.kind for m in doc.mentions} == {"name"}


@pytest.mark.parametrize("entry", BY_NAME)
def test_command_reproduces_the_stored_files(entry: SystemResult, tmp_path: Path) -> None:
    """The entry's command, run in a copy of the repository, writes the same predictions and the same
    entry (its scores recomputed by the scorer)."""
    for package in entry.dependencies.keys() - {"vostochny"}:
        pytest.importorskip(MODULES[package], reason=f"{package} is in the 'baselines' extra")
    for folder in ("annotations", "raw", "schema", "baselines", RESULTS_DIR):
        shutil.copytree(REPO / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.rmtree(tmp_path / RESULTS_DIR / entry.system)
    (tmp_path / RESULTS_DIR / f"{entry.system}.json").unlink()
    program, *args = shlex.split(entry.command)
    assert program == "python"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "PYTHONHASHSEED": "random"}
    run = subprocess.run([sys.executable, *args], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    for name in [f"{entry.system}.json", *(f"{folder}/{doc_id}.json" for folder in entry.predictions.values()
                                           for doc_id in (p.stem for p in (REPO / RESULTS_DIR / folder).iterdir()))]:
        assert (tmp_path / RESULTS_DIR / name).read_bytes() == (REPO / RESULTS_DIR / name).read_bytes(), (
            f"results/{name} is not what `{entry.command}` writes now: rerun it and commit the results")


@pytest.mark.parametrize("entry", BY_NAME)
def test_stored_scores_equal_a_fresh_scoring(entry: SystemResult) -> None:
    assert entry.scores.keys() == entry.predictions.keys(), f"unscored: rerun `{entry.command}`"
    assert rescore(entry, REPO) == entry.scores, f"stored scores differ from the scorer's: rerun `{entry.command}`"


def test_stored_scores_are_the_scorers_report_rounded() -> None:
    """The gazetteer's stored test figures are the scorer's own, rounded: its report on the stored
    predictions, read here without the results module."""
    entry = next(entry for entry in ENTRIES if entry.system == "gazetteer-ner")
    report = vostochny.evaluate(REPO / RESULTS_DIR / "gazetteer-ner" / "test", gold=REPO, split="test").as_dict()
    names = report["layers"]["mentions"]["by_kind"]["name"]["strict"]
    assert entry.scores["test"]["mentions"]["by_kind"]["name"]["strict"] == {
        key: round(value, 4) if isinstance(value, float) else value for key, value in names.items()}
    assert set(entry.scores["test"]) == {"mentions", "coreference"}  # the layers its files carry, no more


@pytest.mark.parametrize("readme", ["README.md", "baselines/README.md"])
def test_readme_results_table_is_current(readme: str) -> None:
    text = (REPO / readme).read_text(encoding="utf-8")
    table = text.split("<!-- results-table:start -->\n", 1)[1].split("<!-- results-table:end -->", 1)[0]
    assert table.strip() == results_table(ENTRIES), "run: python scripts/generate_docs.py"
    assert "| gazetteer-ner | test | 0.874 | 0.878 | 0.573 | – |" in table  # the stored figures, formatted


def test_an_entry_with_an_unknown_key_is_a_located_error(tmp_path: Path) -> None:
    data = json.loads((REPO / RESULTS_DIR / "gazetteer-ner.json").read_text(encoding="utf-8"))
    path = tmp_path / "gazetteer-ner.json"
    path.write_text(json.dumps({**data, "score": 1}), encoding="utf-8")
    with pytest.raises(CorpusError) as raised:
        load_result(path)
    assert [(p.code, p.pointer) for p in raised.value.report.problems] == [("V103", "/score")]


def test_gazetteer_learns_types_from_train_only() -> None:
    _baselines()
    from common import views_by_split
    from gazetteer import gazetteer, matches

    views = views_by_split(REPO)
    names = gazetteer(views["train"])
    assert len(names) == 77 and (names["Kim Jong Un"], names["Russia"], names["Kremlin"]) == ("PER", "GPE", "ORG")
    test = views["test"][0]
    assert test.text is not None
    assert [(test.text[f.start:f.end], f.type) for f in matches(test, names)[:4]] == [
        ("Kim Jong Un", "PER"), ("Putin", "PER"), ("Russia", "GPE"), ("Ukraine", "GPE")]


def test_quote_rules_find_content_cue_and_nearest_speaker() -> None:
    _baselines()
    from common import views_by_split
    from quotes import quotes

    view = views_by_split(REPO)["test"][0]
    found = quotes(view, list(view.doc.entities), list(view.doc.mentions))
    said = next(q for q in found if q.content[0].text == "That's why we came here.")
    assert said.kind == "direct" and said.cue is not None and said.cue.text == "said"
    assert said.speaker is not None and view.mentions[said.speaker].text == "Putin"
    told = next(q for q in found if q.content[0].text.startswith("I firmly believe"))
    assert (told.cue and told.cue.text, told.speaker) == ("told", "m57")  # the gold speaker of this quote
