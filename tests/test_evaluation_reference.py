"""`vostochny evaluate` agrees with the reference implementations on randomly perturbed copies of the gold.

Each case perturbs the whole corpus (mentions dropped, added, shifted by a token, retyped; clusters
split and merged; zones shifted and relabelled), writes the predictions in the corpus's own JSON,
scores them with `vostochny.evaluate` and compares every number with:

- `nervaluate` (the four SemEval-2013 schemes, overall, by type and by mention kind) for mentions
  and zones;
- `seqeval` (default, conlleval-compatible mode) for perturbed CoNLL-2003 tag files;
- `scorch` (MUC, B-cubed, CEAF-e, CoNLL, with and without singletons; documents merged into one
  clustering, which sums their counts as the reference scorer does);
- `corefeval` (coreference-eval on PyPI: the e2e-coref metrics, LEA among them, summed over
  documents) without singletons, the setting its metrics are written for.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from sample import REPO

from vostochny.evaluation.scoring import evaluate
from vostochny.model.labels import ENTITY_TYPES, ZONE_KINDS
from vostochny.model.models import Document
from vostochny.reading.documents import iter_documents

GOLD = {view.id: view for view in iter_documents(REPO)}
SEEDS = range(8)
Span = tuple[int, int]


def _mentions(doc: Document) -> list[tuple[int, int, str, str, str]]:
    """(start, end, entity, type, kind) of each mention."""
    types = {e.id: e.type for e in doc.entities}
    return [(m.start, m.end, m.entity, types[m.entity], m.kind) for m in doc.mentions]


def perturb(doc_id: str, rng: random.Random) -> dict[str, Any]:
    """A prediction of one document: the gold mentions and zones, randomly damaged."""
    view = GOLD[doc_id]
    doc, text = view.doc, view.text or ""
    starts, ends = view.token_starts, view.token_ends
    entity_type = {e.id: e.type for e in doc.entities}
    kept: list[list[Any]] = []
    used: set[Span] = set()
    for start, end, entity, etype, kind in _mentions(doc):
        roll = rng.random()
        if roll < 0.12:
            continue  # dropped
        if roll < 0.24:  # one boundary moved by a token
            first, last = view.token_range(start, end)
            last -= 1
            if rng.random() < 0.5:
                first = max(0, min(last, first + rng.choice((-1, 1))))
            else:
                last = min(len(starts) - 1, max(first, last + rng.choice((-1, 1))))
            start, end = starts[first], ends[last]
        elif roll < 0.32:  # retyped: a new entity of another type
            etype = rng.choice([t for t in ENTITY_TYPES if t != etype])
            entity = f"x{len(entity_type)}"
            entity_type[entity] = etype
        if (start, end) not in used:
            used.add((start, end))
            kept.append([start, end, entity, kind])
    for _ in range(rng.randint(1, 6)):  # spurious mentions, new or in an existing cluster
        first = rng.randrange(len(starts))
        last = min(len(starts) - 1, first + rng.randint(0, 3))
        span = (starts[first], ends[last])
        if span in used:
            continue
        used.add(span)
        entity = rng.choice([*entity_type, "new"])
        if entity == "new":
            entity = f"x{len(entity_type)}"
            entity_type[entity] = rng.choice(list(ENTITY_TYPES))
        kept.append([*span, entity, rng.choice(("name", "nominal", "pronoun"))])
    clusters: dict[str, list[list[Any]]] = {}
    for m in kept:
        clusters.setdefault(m[2], []).append(m)
    for _ in range(3):  # split a cluster, merge two
        big = [e for e, ms in clusters.items() if len(ms) > 1]
        if big:
            victim = rng.choice(big)
            moved = f"x{len(entity_type)}"
            entity_type[moved] = entity_type[victim]
            for m in rng.sample(clusters[victim], len(clusters[victim]) // 2):
                m[2] = moved
        a, b = rng.sample(sorted({m[2] for m in kept}), 2)
        for m in kept:
            if m[2] == b:
                m[2] = a
        clusters = {}
        for m in kept:
            clusters.setdefault(m[2], []).append(m)
    zones = []
    for z in doc.zones:
        if rng.random() < 0.15:
            continue
        start, end = z.start, z.end
        if rng.random() < 0.3:
            first, last = view.token_range(start, end)
            last = max(first, last - 1 - rng.randint(0, 2))
            start, end = starts[first], ends[last]
        kind = rng.choice(list(ZONE_KINDS)) if rng.random() < 0.2 else z.kind
        zones.append({"start": start, "end": end, "text": text[start:end], "kind": kind})
    used_entities = sorted({m[2] for m in kept})
    return {
        "id": doc_id,
        "entities": [{"id": e, "type": entity_type[e], "name": e} for e in used_entities],
        "mentions": [{"id": f"m{i}", "start": s, "end": e, "text": text[s:e], "entity": ent, "kind": kind}
                     for i, (s, e, ent, kind) in enumerate(kept)],
        "zones": zones,
    }


def _write(folder: Path, docs: list[dict[str, Any]]) -> Path:
    folder.mkdir()
    for doc in docs:
        (folder / f"{doc['id']}.json").write_text(json.dumps(doc), encoding="utf-8")
    return folder


@pytest.fixture(scope="module", params=SEEDS)
def case(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list]:
    rng = random.Random(request.param)
    predicted = [perturb(doc_id, rng) for doc_id in sorted(GOLD)]
    folder = _write(tmp_path_factory.mktemp("pred") / "predictions", predicted)
    report = evaluate(folder, gold=REPO, split="all").as_dict()
    return report["layers"], predicted


def _nervaluate(gold: list[list[tuple[int, int, str]]], pred: list[list[tuple[int, int, str]]]) -> dict[str, Any]:
    from nervaluate import Evaluator

    def spans(doc: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
        return [{"label": label, "start": start, "end": end - 1} for start, end, label in sorted(doc)]

    labels = sorted({x[2] for doc in gold + pred for x in doc})
    return Evaluator([spans(d) for d in gold], [spans(d) for d in pred], tags=labels).evaluate()


SCHEME_NAMES = {"strict": "strict", "exact": "exact", "partial": "partial", "type": "ent_type"}


def _same(ours: dict[str, Any], theirs: Any) -> None:
    for count in ("correct", "incorrect", "partial", "missed", "spurious"):
        assert ours[count] == getattr(theirs, count), count
    for metric in ("precision", "recall", "f1"):
        assert ours[metric] == pytest.approx(getattr(theirs, metric), abs=1e-12), metric


def _spans(layer: str, docs: list[dict[str, Any]], kind: str | None = None) -> list[list[tuple[int, int, str]]]:
    """Per document (id order), the (start, end, label) spans of predicted or gold `layer`."""
    found = []
    for doc in docs:
        if layer == "zones":
            found.append([(z["start"], z["end"], z["kind"]) for z in doc["zones"]])
            continue
        types = {e["id"]: e["type"] for e in doc["entities"]}
        found.append([(m["start"], m["end"], types[m["entity"]]) for m in doc["mentions"]
                      if kind is None or m["kind"] == kind])
    return found


def _gold_docs() -> list[dict[str, Any]]:
    return [GOLD[doc_id].doc.model_dump(mode="json") for doc_id in sorted(GOLD)]


@pytest.mark.parametrize("layer", ["mentions", "zones"])
def test_span_scores_equal_nervaluate(case: tuple[dict[str, Any], list], layer: str) -> None:
    layers, predicted = case
    result = _nervaluate(_spans(layer, _gold_docs()), _spans(layer, predicted))
    for scheme, theirs in SCHEME_NAMES.items():
        _same(layers[layer]["overall"][scheme], result["overall"][theirs])
    labels = layers[layer]["by_type" if layer == "mentions" else "by_kind"]
    assert set(labels) == set(result["entities"])
    for label, schemes in labels.items():
        for scheme, theirs in SCHEME_NAMES.items():
            _same(schemes[scheme], result["entities"][label][theirs])


@pytest.mark.parametrize("kind", ["name", "nominal", "pronoun"])
def test_span_scores_by_kind_equal_nervaluate(case: tuple[dict[str, Any], list], kind: str) -> None:
    layers, predicted = case
    result = _nervaluate(_spans("mentions", _gold_docs(), kind), _spans("mentions", predicted, kind))
    for scheme, theirs in SCHEME_NAMES.items():
        _same(layers["mentions"]["by_kind"][kind][scheme], result["overall"][theirs])


def _clusters(doc: dict[str, Any], singletons: bool) -> list[set[tuple[str, int, int]]]:
    """Clusters of (document, start, end): documents merged into one clustering sum their counts."""
    grouped: dict[str, set[tuple[str, int, int]]] = {}
    for m in doc["mentions"]:
        grouped.setdefault(m["entity"], set()).add((doc["id"], m["start"], m["end"]))
    return [c for c in grouped.values() if singletons or len(c) > 1]


@pytest.mark.parametrize("singletons", [True, False])
def test_coreference_equals_scorch(case: tuple[dict[str, Any], list], singletons: bool) -> None:
    from scorch import scores

    layers, predicted = case
    key = [c for doc in _gold_docs() for c in _clusters(doc, singletons)]
    response = [c for doc in predicted for c in _clusters(doc, singletons)]
    ours = layers["coreference"]["with_singletons" if singletons else "without_singletons"]
    for name, metric in (("MUC", scores.muc), ("B3", scores.b_cubed), ("CEAF-e", scores.ceaf_e)):
        recall, precision, f1 = metric(key, response)
        assert (ours[name]["recall"], ours[name]["precision"], ours[name]["f1"]) == pytest.approx(
            (recall, precision, f1), abs=1e-12), name
    assert ours["CoNLL"]["f1"] == pytest.approx(scores.conll2012(key, response), abs=1e-12)


def test_coreference_without_singletons_equals_corefeval(case: tuple[dict[str, Any], list]) -> None:
    from corefeval import Document as CorefDocument
    from corefeval import Scorer

    layers, predicted = case
    scorer = Scorer()
    for gold, pred in zip(_gold_docs(), predicted, strict=True):
        scorer.update(CorefDocument(predicted=[sorted(c) for c in _clusters(pred, False)],
                                    truth=[sorted(c) for c in _clusters(gold, False)]))
    _, theirs = scorer.detailed_score("", "", verbose=False)
    ours = layers["coreference"]["without_singletons"]
    for name, their_name in (("MUC", "muc"), ("B3", "b_cubed"), ("CEAF-e", "ceafe"), ("LEA", "lea")):
        for metric in ("precision", "recall", "f1"):
            assert ours[name][metric] == pytest.approx(theirs[their_name][metric], abs=1e-12), (name, metric)


def test_perturbations_reach_every_kind_of_error(case: tuple[dict[str, Any], list]) -> None:
    """A guard: the cases exercise incorrect, partial, missed and spurious spans and imperfect clusters."""
    layers, _ = case
    overall = layers["mentions"]["overall"]
    assert overall["strict"]["incorrect"] and overall["partial"]["partial"]
    assert overall["strict"]["missed"] and overall["strict"]["spurious"]
    assert all(0 < s["f1"] < 1 for s in layers["coreference"]["with_singletons"].values())


def _tag_sentences(path: Path) -> list[list[str]]:
    """The tags of a CoNLL-2003 file, sentence by sentence."""
    sentences: list[list[str]] = [[]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("-DOCSTART-"):
            if sentences[-1]:
                sentences.append([])
            continue
        sentences[-1].append(line.split()[-1])
    return [s for s in sentences if s]


def _damage_tags(path: Path, out: Path, scheme: str, rng: random.Random) -> None:
    """Every tenth tag (on average) replaced by any tag of the scheme, ill-formed sequences included."""
    tags = ["O"] + [f"{p}-{t}" for t in ENTITY_TYPES for p in ("BI" if scheme == "BIO" else "BIES")]
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("-DOCSTART-") and rng.random() < 0.1:
            line = f"{line.split()[0]} {rng.choice(tags)}"
        lines.append(line)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("scheme", ["BIO", "IOBES"])
@pytest.mark.parametrize("seed", range(3))
def test_conll2003_scores_equal_seqeval(tmp_path: Path, scheme: str, seed: int) -> None:
    from seqeval.metrics import classification_report, f1_score, precision_score, recall_score

    from vostochny.export import export, options_for

    export("conll2003", tmp_path / "gold", REPO, options_for("conll2003", scheme=scheme, kinds="name,nominal"))
    gold = tmp_path / "gold" / "corpus.conll"
    _damage_tags(gold, tmp_path / "pred.conll", scheme, random.Random(seed))
    layers = evaluate(tmp_path / "pred.conll", gold=REPO, split="all", kinds="name,nominal").as_dict()["layers"]
    y_true, y_pred = _tag_sentences(gold), _tag_sentences(tmp_path / "pred.conll")
    strict = layers["mentions"]["overall"]["strict"]
    assert strict["precision"] == pytest.approx(precision_score(y_true, y_pred), abs=1e-12)
    assert strict["recall"] == pytest.approx(recall_score(y_true, y_pred), abs=1e-12)
    assert strict["f1"] == pytest.approx(f1_score(y_true, y_pred), abs=1e-12)
    assert strict["f1"] < 1
    per_type = classification_report(y_true, y_pred, output_dict=True, zero_division=0)
    for label, schemes in layers["mentions"]["by_type"].items():
        theirs = per_type[label]
        assert (schemes["strict"]["precision"], schemes["strict"]["recall"], schemes["strict"]["f1"]) == pytest.approx(
            (theirs["precision"], theirs["recall"], theirs["f1-score"]), abs=1e-12), label
