"""`vostochny evaluate`: gold against itself is perfect in every format, exact values on small
cases, and bad predictions refused with located messages and exit codes (never a traceback).

Agreement with nervaluate, seqeval, scorch and corefeval: tests/test_evaluation_reference.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sample import REPO, SAMPLE_ID, SAMPLE_TEXT, sample_document

import vostochny
from vostochny.evaluation.coref import b_cubed, ceaf_e, lea, muc
from vostochny.export import export, options_for
from vostochny.model.migrations import KNOWN_VERSIONS

SCORES = ("precision", "recall", "f1", "accuracy", "accuracy_over_gold")


def _scores(tree: Any, path: str = "") -> dict[str, float]:
    """Every precision, recall, F1 and accuracy of a report, by its path."""
    if isinstance(tree, dict):
        return {k: v for key, value in tree.items() for k, v in _scores(value, f"{path}/{key}").items()}
    return {path: tree} if path.rsplit("/", 1)[-1] in SCORES else {}


def _perfect(layers: dict[str, Any]) -> None:
    scores = _scores(layers)
    assert scores and {path: value for path, value in scores.items() if value != 1.0} == {}


@pytest.mark.parametrize("split", ["test", "validation", "all"])
def test_gold_against_itself_is_perfect_on_every_metric(split: str) -> None:
    report = vostochny.evaluate(REPO / "annotations", gold=REPO, split=split)
    assert set(report.layers) == {"mentions", "coreference", "quotes", "relations", "zones"}
    assert set(report.layers["mentions"]) == {"overall", "by_type", "by_kind"}
    assert set(report.layers["coreference"]["with_singletons"]) == {"MUC", "B3", "CEAF-e", "LEA", "CoNLL"}
    _perfect(report.as_dict()["layers"])


@pytest.mark.parametrize(("fmt", "file", "options", "layers"), [
    ("jsonl", "documents.jsonl", {}, {"mentions", "coreference", "quotes", "relations", "zones"}),
    ("conll2003", "corpus.conll", {}, {"mentions"}),
    ("conll2003", "corpus.conll", {"scheme": "IOBES", "kinds": "name,nominal,pronoun", "nested": "innermost"},
     {"mentions"}),
    ("conll2012", "corpus.v4_gold_conll", {}, {"coreference"}),
    ("conllu", "corpus.conllu", {}, {"mentions", "coreference", "quotes", "relations"}),
])
def test_every_export_read_back_as_predictions_is_perfect(tmp_path: Path, fmt: str, file: str,
                                                         options: dict[str, str], layers: set[str]) -> None:
    export(fmt, tmp_path / fmt, REPO, options_for(fmt, **options))
    tags = {k: v for k, v in options.items() if k in ("kinds", "nested")}
    report = vostochny.evaluate(tmp_path / fmt / file, gold=REPO, split="all", **tags)
    assert report.format == fmt
    assert set(report.layers) == layers
    _perfect(report.layers)


def test_conllu_mention_items_are_read_one_way_whatever_the_ids(sample_corpus: Path, tmp_path: Path) -> None:
    """`Mention=<id>.<kind>` could be read two ways where an id holds a `.` (ids may): `kim.name.name` was read as
    mention `kim` (an attack found it), and the relations naming `kim.name` were refused. The items are
    `<id>:<kind>[:metonymy]` (no id holds a `:`); the export read back is perfect, and an earlier export's
    `<id>.<kind>` items are still read, from the right."""
    from vostochny.evaluation.conll import read_conllu
    from vostochny.model.models import Document
    from vostochny.model.serializer import to_json

    data = sample_document()
    renamed = {m["id"]: f"{m['text'].split()[0].lower()}.{m['kind']}" for m in data["mentions"]}
    for m in data["mentions"]:
        m["id"] = renamed[m["id"]]
    for r in data["relations"]:
        r["head"], r["tail"] = renamed[r["head"]], renamed[r["tail"]]
    for q in data["quotes"]:
        q["speaker"] = renamed.get(q["speaker"])
    (sample_corpus / "annotations" / f"{SAMPLE_ID}.json").write_text(to_json(Document.model_validate(data)),
                                                                      encoding="utf-8")
    export("conllu", tmp_path / "u", sample_corpus)
    written = (tmp_path / "u" / "corpus.conllu").read_text(encoding="utf-8")
    assert "Mention=north.name:name" in written and "Mention=kim.name:name" in written
    _perfect(vostochny.evaluate(tmp_path / "u" / "corpus.conllu", gold=sample_corpus, split="all").layers)
    (doc,) = read_conllu(written)
    in_order = sorted(data["mentions"], key=lambda m: m["start"])  # CoNLL-U lists them in text order
    assert [(m.id, m.kind) for m in doc.mentions] == [(m["id"], m["kind"]) for m in in_order]
    earlier = written
    for m in data["mentions"]:
        earlier = earlier.replace(f"{m['id']}:{m['kind']}", f"{m['id']}.{m['kind']}")
    (doc,) = read_conllu(earlier)
    assert [(m.id, m.kind) for m in doc.mentions] == [(m["id"], m["kind"]) for m in in_order]


def test_conllu_carries_mention_kinds() -> None:
    """CoNLL-U's `Mention=<id>:<kind>` gives scores by kind; CoNLL-2003 tags do not."""
    assert "by_kind" in _conllu_layers()["mentions"]


def _conllu_layers(cache: dict[str, Any] = {}) -> dict[str, Any]:  # noqa: B006 - one export per session
    if not cache:
        import tempfile

        with tempfile.TemporaryDirectory() as scratch:
            export("conllu", Path(scratch) / "u", REPO)
            cache.update(vostochny.evaluate(Path(scratch) / "u" / "corpus.conllu", gold=REPO).layers)
    return cache


# --- exact values on small cases ------------------------------------------------------------------

KEY = [frozenset("abc"), frozenset("de")]
RESPONSE = [frozenset("ab"), frozenset("cd"), frozenset("f")]


def test_coreference_metrics_by_hand() -> None:
    """key {a,b,c} {d,e}; response {a,b} {c,d} {f}: e is missed, f is spurious."""
    assert muc(KEY, RESPONSE) == (1, 3) and muc(RESPONSE, KEY) == (1, 2)
    assert b_cubed(KEY, RESPONSE) == pytest.approx((5 / 3 + 1 / 2, 5)) and b_cubed(RESPONSE, KEY) == (3, 5)
    assert ceaf_e(KEY, RESPONSE) == pytest.approx((1.3, 2, 1.3, 3))
    assert lea(KEY, RESPONSE) == (1, 5) and lea(RESPONSE, KEY) == (2, 5)


def test_lea_counts_a_singleton_as_one_self_link() -> None:
    assert lea([frozenset("a")], [frozenset("a")]) == (1, 1)
    assert lea([frozenset("a")], [frozenset("ab")]) == (0, 1)
    assert lea([frozenset("ab")], [frozenset("a")]) == (0, 2)


def _sample_prediction(**layers: Any) -> dict[str, Any]:
    return {"id": SAMPLE_ID, **layers}


def _evaluate(tmp_path: Path, corpus: Path, prediction: dict[str, Any]) -> dict[str, Any]:
    path = tmp_path / "pred.json"
    path.write_text(json.dumps(prediction), encoding="utf-8")
    return vostochny.evaluate(path, gold=corpus, split="train").as_dict()["layers"]


def _span(needle: str, context: str = "") -> dict[str, Any]:
    from sample import SAMPLE_TEXT
    from sample import _span as span

    return span(SAMPLE_TEXT, needle, context)


def test_quotes_and_relations_by_hand(sample_corpus: Path, tmp_path: Path) -> None:
    gold = sample_document()
    mentions = gold["mentions"]
    layers = _evaluate(tmp_path, sample_corpus, _sample_prediction(
        entities=gold["entities"], mentions=mentions,
        quotes=[{"id": "q1", "kind": "direct", "content": [_span("We will win")], "cue": _span("said"),
                 "speaker": "m2"},  # Kim Jong Un: the gold speaker's entity, not its mention ("he")
                {"id": "q2", "kind": "direct", "content": [_span("the shells")], "speaker": None}],
        relations=[{"id": "r1", "type": "LEADER_OF", "head": "m2", "tail": "m1"},
                   {"id": "r2", "type": "MEETS", "head": "m5", "tail": "m3"}]))  # "he" for Kim: the right entities
    quotes = layers["quotes"]
    assert quotes["content_exact"] == {"tp": 0, "fp": 2, "fn": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert quotes["content_overlap"] == {"tp": 1, "fp": 1, "fn": 0, "precision": 0.5, "recall": 1.0,
                                         "f1": pytest.approx(2 / 3)}
    assert quotes["cue"] == {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert quotes["speaker"] == {"right": 1, "paired": 1, "gold": 1, "accuracy": 1.0, "accuracy_over_gold": 1.0}
    relations = layers["relations"]
    assert relations["mention_pair"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert relations["entity_pair"] == {"tp": 2, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert "zones" not in layers  # not predicted, not scored


def test_a_wrong_speaker_and_nested_mentions(sample_corpus: Path, tmp_path: Path) -> None:
    gold = sample_document()
    extra = {"id": "m9", **_span("North Korean leader Kim Jong Un"), "entity": "e2", "kind": "nominal"}
    layers = _evaluate(tmp_path, sample_corpus, _sample_prediction(
        entities=gold["entities"], mentions=[*gold["mentions"], extra],
        quotes=[{**gold["quotes"][0], "speaker": "m3"}]))  # Putin did not say it
    assert layers["quotes"]["speaker"]["accuracy"] == 0.0
    strict = layers["mentions"]["overall"]["strict"]
    # nervaluate's greedy order: the nested span comes first (start 0) and takes the gold "North Korean" it
    # overlaps as incorrect, so the exact prediction of "North Korean" after it finds no gold span left
    assert (strict["correct"], strict["incorrect"], strict["spurious"], strict["missed"]) == (6, 1, 1, 0)
    assert layers["mentions"]["by_kind"]["nominal"]["strict"]["spurious"] == 1


# --- bad predictions: located errors, exit codes, never a traceback --------------------------------

def _cli(cwd: Path, corpus: Path, *args: str, split: str = "train") -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "vostochny", "evaluate", *args, "--gold", str(corpus),
                             "--split", split], cwd=cwd, capture_output=True, text=True)
    assert "Traceback" not in result.stderr
    return result


REFUSED = "vostochny evaluate refused: {} problem(s) in the predictions; nothing scored"


def _refused(result: subprocess.CompletedProcess[str], *lines: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert result.stderr.splitlines() == [*lines, REFUSED.format(sum(not line.startswith(" ") for line in lines))]


@pytest.mark.parametrize(("content", "lines"), [
    ('{"id": "sample-doc", "mentions": [}',
     ["pred.json:1:35: error V001 json-syntax at /: not valid JSON: Expecting value (line 1, column 35)",
      "    fix: fix the syntax at the given line and column"]),
    ('{"id": "nope"}',
     ["pred.json:1:2: error V105 bad-value at /id: a value outside its allowed range or pattern: no document of "
      'the gold corpus has this id (value: "nope")', "    fix: see the constraint in the message"]),
    ('{"mentions": []}',
     ["pred.json:1:1: error V101 missing-field at /: a required field is missing: a prediction names its gold "
      "document in `id`", "    fix: add the field (see schema/v1)"]),
    ('{"id": "sample-doc", "zones": [],\n "schema_version": "7.0.0"}',
     ["pred.json:2:2: error V110 unknown-schema-version at /schema_version: the schema version is not one this "
      f"validator knows: '7.0.0' (known: {', '.join(KNOWN_VERSIONS)}) (value: \"7.0.0\")",
      "    fix: set schema_version to a released version (see CHANGELOG.md) or upgrade vostochny"]),
    ('{"id": "sample-doc", "schema_version": "1.0.0"}',
     ["pred.json: the predictions carry no layer to score (mentions with their entities, quotes, relations, "
      "zones)"]),
    ('{"id": "sample-doc",\n "sha256": "' + "0" * 64 + '"}',
     [f"pred.json:2:2: error at /sha256: sha256 '{'0' * 64}' differs from the gold document's "
      "'430f69ffa56edabf5e1f96f8a465764cfda1a48c9c17332cedaa154dbf699c7e': the prediction was made on another text"]),
    ('{"id": "sample-doc",\n "text": "North Korean leader"}',
     ["pred.json:2:2: error at /text: the text differs from the gold raw text at character 19: the prediction "
      "was made on another text"]),
    ('{"id": "sample-doc",\n "tokens": [[0, 5, "North"]]}',
     ["pred.json:2:2: error at /tokens/1: the tokens differ from the gold tokens from token 1 (1 tokens, gold "
      "has 27): predict on the gold tokens, or leave `tokens` out"]),
    ('{"id": "sample-doc", "entities": [], "mentions": [\n{"id": "m1", "start": 0, "end": 5, "text": "North",'
     ' "entity": "e1", "kind": "name"}]}',
     ["pred.json:2:53: error V207 dangling-entity at /mentions/0/entity: a mention points to an entity that does "
      "not exist: no entity 'e1' (value: \"e1\")", "    fix: set `entity` to the id of an entity in `entities`"]),
    ('{"id": "sample-doc", "entities": [{"id": "e1", "type": "GPE", "name": "x"}], "mentions": [\n{"id": "m1", '
     '"start": 0, "end": 5, "text": "Kim", "entity": "e1", "kind": "name"}]}',
     ["pred.json:2:36: error V202 span-text at /mentions/0/text: span text differs from the raw text at its "
      "offsets: raw text is 'North'; 'Kim' is at 20-23, 20 characters later (value: \"Kim\")",
      "    fix: correct the offsets, or set `text` to the raw text shown"]),
])
def test_bad_json_predictions_are_refused_with_located_problems(sample_corpus: Path, tmp_path: Path, content: str,
                                                               lines: list[str]) -> None:
    (tmp_path / "pred.json").write_text(content, encoding="utf-8")
    _refused(_cli(tmp_path, sample_corpus, "pred.json"), *lines)


def test_how_a_prediction_is_held_to_a_rule_is_a_flag_of_the_rule() -> None:
    """`Rule.predictions` says which rules refuse a prediction (spans, ids, references: `vostochny evaluate` reads no
    other) and which hold a gold annotation only (V367, V382, V384, V385, V404, V407, V425: a name, quote, reported
    speech or pronoun a system misses is its recall; V386, V387, V395, V487, V488: a quote's content a system cuts
    short is scored by span match); docs/rules.md shows both, so the lists are not kept apart from the rules."""
    from vostochny.checking.catalogue import markdown
    from vostochny.checking.rules.base import prediction_rules

    assert prediction_rules("required") == {"V201", "V202", "V206", "V207", "V209", "V215"}
    assert prediction_rules("gold only") == {"V367", "V382", "V384", "V385", "V386", "V387", "V395", "V404", "V407",
                                             "V425", "V487", "V488"}
    sections = {part.split(" ", 1)[0]: part for part in markdown().split("\n### ")[1:]}
    assert {code for code, part in sections.items() if "**Predictions:**" in part} == {
        "V201", "V202", "V206", "V207", "V209", "V215", "V367", "V382", "V384", "V385", "V386", "V387", "V395",
        "V404", "V407", "V425", "V487", "V488"}


@pytest.mark.parametrize(("name", "content", "line"), [
    ("pred.conll", "-DOCSTART- O\n\nNorth B-NORP\nKorean B-XYZ\n",
     "pred.conll:4: tag 'B-XYZ' is not O or B-, I-, E-, S- and an entity type (PER, ORG, GPE, LOC, FAC, NORP, "
     "EVENT, WEA, VEH)"),
    ("pred.conll", "-DOCSTART- O\n\nSouth B-NORP\nKorean I-NORP\n",
     "pred.conll:3: token 1 of document sample-doc is 'South', the gold token is 'North': predict on the gold "
     "tokens"),
    ("pred.conll", "-DOCSTART- O\n\nNorth B-NORP\n",
     "pred.conll:3: document sample-doc has 1 tokens, the gold document 27 (27 with every zone): predict on the "
     "gold tokens"),
    ("pred.conll", "-DOCSTART- O\n\nNorth\n", "pred.conll:3: expected 'TOKEN TAG', found 'North'"),
    ("pred.conll", "-DOCSTART- O\n\n-DOCSTART- O\n",
     "pred.conll: 2 document(s) without ids, but the split has 1 and the corpus 1: documents without ids are "
     "matched in id order"),
    ("pred.conllu", "# newdoc id = sample-doc\n1\tNorth\n", "pred.conllu:2: expected 10 tab-separated columns, "
     "found 2"),
    ("pred.conllu", "# newdoc id = sample-doc\n1\tNorth\t_\t_\t_\t_\t_\t_\t_\tEntity=((\n",
     "pred.conllu:2: Entity=((: a bracket without an entity id"),
    ("pred.conllu", "# newdoc id = sample-doc\n\n# newdoc id = sample-doc\n",
     "pred.conllu:3: a second prediction for document 'sample-doc'"),
    ("pred.conllu", "# newdoc id = other-doc\n1\tNorth\t_\t_\t_\t_\t_\t_\t_\t_\n",
     "pred.conllu:1: no document of the gold corpus has id 'other-doc'"),
    ("pred.conllu", "# newdoc id = sample-doc\n1\tNorth\t_\t_\t_\t_\t_\t_\t_\tEntity=e1)\n",
     "pred.conllu:2: Entity bracket e1) closes no open mention of e1"),
    ("pred.conllu", "# newdoc id = sample-doc\n# relation.r1 = MEETS m1 m2\n1\tNorth\t_\t_\t_\t_\t_\t_\t_\t"
     "Entity=(e1-place-1-GPE)|Mention=m1.name\n",
     "pred.conllu:2: relation r1 names mention m2, which no Mention= item gives"),
    ("pred.conllu", "# newdoc id = sample-doc\n# relation.r1 = LIKES m1 m2\n",
     "pred.conllu:2: relation type 'LIKES' is not one of LEADER_OF, SPOKESPERSON_OF, OFFICIAL_OF, "
     "AFFILIATED_WITH, PART_OF, LOCATED_IN, TRAVELS_TO, MEETS, SUPPLIES, RECEIVES, NATIONALITY"),
    ("pred.conllu", "# newdoc id = sample-doc\n1\tNorth\t_\t_\t_\t_\t_\t_\t_\tQuote=q1\n",
     "pred.conllu:2: Quote=q1: no '# quote.q1 = KIND speaker=ID' comment before it"),
    # a relation or quote comment with something more (or less) was skipped: the relations vanished from the report
    ("pred.conllu", "# newdoc id = sample-doc\n# relation.r1 = MEETS m1 m2 factuality=asserted confidence=0.9\n",
     "pred.conllu:2: '# relation.r1 = MEETS m1 m2 factuality=asserted confidence=0.9' is not "
     "'# relation.ID = TYPE HEAD TAIL [factuality=VALUE]'"),
    ("pred.conllu", "# newdoc id = sample-doc\n# quote.q1 = direct speaker=\n",
     "pred.conllu:2: '# quote.q1 = direct speaker=' is not '# quote.ID = KIND speaker=ID [attribution=VALUE]'"),
    ("pred.v4_gold_conll", "#begin document (sample-doc); part 000\nsample-doc 0 0 North - - - - - - * (1\n"
     "#end document\n", "pred.v4_gold_conll:3: cluster(s) 1 opened and never closed in this document"),
    ("pred.v4_gold_conll", "#begin document (sample-doc); part 000\nsample-doc 0 0 North - - - - - - * 1(\n"
     "#end document\n", "pred.v4_gold_conll:2: coreference mark '1(' is not (N, N) or (N)"),
])
def test_bad_token_tables_are_refused_with_their_line(sample_corpus: Path, tmp_path: Path, name: str, content: str,
                                                      line: str) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    _refused(_cli(tmp_path, sample_corpus, name), line)


def test_a_file_that_is_not_utf8_is_refused(sample_corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "pred.conll").write_bytes(b"\xff\xfe")
    _refused(_cli(tmp_path, sample_corpus, "pred.conll"), "pred.conll: invalid UTF-8 at byte 0")


def test_a_split_document_without_prediction_is_refused(repo_corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "x.json").write_text('{"id": "ap-kim-whereabouts-after-summit", "zones": []}', encoding="utf-8")
    _refused(_cli(tmp_path, repo_corpus, "p", split="test"),
             "p: no prediction for 1 document(s) of the split: reuters-kim-putin-summit")


@pytest.mark.parametrize(("args", "message"), [
    (["missing.json"], "vostochny evaluate: no such file or folder: missing.json"),
    (["empty"], "vostochny evaluate: empty: no prediction files (.bio, .conll, .conll2012, .conllu, .gold_conll, "
                ".iob, .iobes, .json, .jsonl, .v4_gold_conll)"),
    (["pred.txt"], "vostochny evaluate: cannot tell the format of pred.txt from the suffix; name it with "
                   "--input-format (json, jsonl, conll2003, conll2012, conllu)"),
    (["pred.conll", "--kinds", "names"], "vostochny evaluate: export options: kinds ['names'], choose from "
                                          "['name', 'nominal', 'pronoun']"),
    (["pred.txt", "--nested", "innermost", "--input-format", "conllu"],
     "vostochny evaluate: --kinds and --nested say what CoNLL-2003 tags stand for; other formats name their "
     "mentions: leave them out"),
])
def test_usage_errors_exit_2(sample_corpus: Path, tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "pred.txt").write_text("North O\n", encoding="utf-8")
    (tmp_path / "pred.conll").write_text("North O\n", encoding="utf-8")
    result = _cli(tmp_path, sample_corpus, *args)
    assert (result.returncode, result.stderr.strip()) == (2, message)


def test_report_formats(sample_corpus: Path, tmp_path: Path) -> None:
    (tmp_path / "p.json").write_text(json.dumps(sample_document()), encoding="utf-8")
    as_json = _cli(tmp_path, sample_corpus, "p.json", "--format", "json")
    assert as_json.returncode == 0
    report = json.loads(as_json.stdout)
    assert set(report) == {"gold", "predictions", "layers"}
    assert report["gold"]["documents"] == [SAMPLE_ID] and report["predictions"]["format"] == "json"
    _perfect(report["layers"])
    table = _cli(tmp_path, sample_corpus, "p.json").stdout.splitlines()
    assert table[3].split() == ["mentions", "1.0000", "1.0000", "1.0000", "1.0000"]
    markdown = _cli(tmp_path, sample_corpus, "p.json", "--format", "markdown").stdout.splitlines()
    assert markdown[2:4] == ["| spans | strict F1 | exact F1 | partial F1 | type F1 |",
                             "| --- | --- | --- | --- | --- |"]


def test_a_corpus_root_is_read_as_its_annotation_files() -> None:
    report = vostochny.evaluate(REPO, gold=REPO)
    assert report.format == "json" and report.documents == ["reuters-kim-putin-summit"]
    _perfect(report.layers)


def test_import_vostochny_stays_cheap_and_exports_evaluate() -> None:
    code = ("import sys, vostochny, vostochny.reading.corpus; "
            "assert 'vostochny.evaluation.scoring' not in sys.modules; "
            "assert vostochny.evaluate.__module__ == 'vostochny.evaluation.scoring'; "
            "assert vostochny.EvaluationReport.__name__ == 'EvaluationReport'; "
            "vostochny.evaluate(vostochny.reading.corpus.packaged_root()); "
            "assert not {'datasets', 'pyarrow', 'numpy', 'scipy'} & set(sys.modules), 'no heavy library'")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).returncode == 0


def test_a_span_of_two_entities_stands_for_its_first_mention_in_every_scorer() -> None:
    """Gold may give one span to mentions of two entities (V224 refuses only a copy within one
    entity); coreference, quotation speakers and relation entity pairs all read the span as its
    first mention's entity (docs/evaluation.md), from one index the view keeps."""
    from vostochny.evaluation.coref import clusters, span_entity
    from vostochny.evaluation.quotes import QuoteScorer
    from vostochny.evaluation.relations import entity_pairs
    from vostochny.model.models import Document
    from vostochny.reading.view import DocumentView

    data = sample_document()
    kim = next(m for m in data["mentions"] if m["id"] == "m2")
    data["mentions"].append({**kim, "id": "m7", "entity": "e3"})  # "Kim Jong Un" given to Putin's entity too
    data["quotes"][0]["speaker"] = "m3"  # Putin (e3), the second entity of the shared span
    gold = DocumentView(Document.model_validate(data), SAMPLE_TEXT)
    span = (kim["start"], kim["end"])
    assert span_entity(gold)[span] == "e2" and span_entity(gold) is gold.derived[("evaluation", "span_entity")]
    assert sorted(len(c) for c in clusters(gold) if span in c) == [3]  # once, in e2's cluster (with "We", "he")
    assert ("LEADER_OF", "e2", "e1") in entity_pairs(gold, gold)
    predicted = {**data, "quotes": [{**data["quotes"][0], "speaker": "m2"}]}  # Kim's span as the speaker
    scorer = QuoteScorer()
    scorer.add(gold, DocumentView(Document.model_validate(predicted), SAMPLE_TEXT))
    assert (scorer.speakers_right, scorer.overlap) == (0, 1)  # the span is e2's, not the gold speaker's e3
