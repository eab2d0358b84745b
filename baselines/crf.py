"""Statistical baseline for named entities: a linear-chain CRF (CRFsuite, through python-crfsuite)
over the tokens of each sentence, BIO tags of the outermost name mentions, trained on the training
split only. L-BFGS training has no randomness: the same data gives the same model and predictions.
Entities: one per distinct name, as the gazetteer baseline.

    pip install -e '.[baselines]'
    python baselines/crf.py
"""

from __future__ import annotations

import tempfile
from importlib.metadata import version
from pathlib import Path

import pycrfsuite
from common import NAME_LAYERS, SCORED, Found, finish, name_layers, predicted, views_by_split, write_predictions

from vostochny import __version__
from vostochny.checking.rules.mention_edges import trimmed
from vostochny.reading.view import DocumentView
from vostochny.verbs.results import SystemResult

SYSTEM = "crf-ner"
VERSION = "2"  # 2: a span's punctuation and function words at its edges cut off (V345)
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 200, "feature.possible_transitions": True}

Features = list[str]


def _word(text: str, prefix: str) -> Features:
    shape = "".join("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in text)
    return [f"{prefix}w={text.lower()}", f"{prefix}title={text.istitle()}", f"{prefix}upper={text.isupper()}",
            f"{prefix}shape={shape[:6]}", f"{prefix}suf3={text[-3:].lower()}"]


def sentences(view: DocumentView) -> list[list[int]]:
    """The token indices of each sentence (tokens before the first sentence form their own)."""
    groups: dict[int, list[int]] = {}
    for i, number in enumerate(view.sentence_of_token):
        groups.setdefault(number, []).append(i)
    return list(groups.values())


def features(view: DocumentView, tokens: list[int]) -> list[Features]:
    """Each token's own features and its neighbours' (two on each side)."""
    texts = [view.token_texts[i] for i in tokens]
    rows = []
    for n, text in enumerate(texts):
        row = ["bias", *_word(text, ""), f"pre3={text[:3].lower()}"]
        for offset in (-2, -1, 1, 2):
            k = n + offset
            row += _word(texts[k], f"{offset}:") if 0 <= k < len(texts) else [f"{offset}:edge"]
        rows.append(row)
    return rows


def tags(view: DocumentView) -> list[str]:
    """BIO tags of every token from the outermost name mentions (a name inside another is dropped)."""
    labels = ["O"] * len(view.doc.tokens)
    names = sorted((m for m in view.doc.mentions if m.kind == "name" and view.mention_type[m.id]),
                   key=lambda m: (m.start, -m.end))
    covered = -1
    for mention in names:
        if mention.start < covered:
            continue
        first, end = view.token_range(mention.start, mention.end)
        labels[first:end] = [f"B-{view.mention_type[mention.id]}"] + [f"I-{view.mention_type[mention.id]}"] * (
            end - first - 1)
        covered = mention.end
    return labels


def spans(view: DocumentView, tokens: list[int], labels: list[str]) -> list[Found]:
    """The spans of a BIO sequence (an I- that does not continue its type starts a span), each without the
    punctuation or function words at its edges that a name never has (V345: `Kim Yung-`)."""
    found: list[Found] = []
    open_: tuple[int, int, str] | None = None
    for n, label in enumerate([*labels, "O"]):
        if open_ and not (label.startswith("I-") and label[2:] == open_[2]):
            words = [view.token_texts[tokens[k]] for k in range(open_[0], open_[1] + 1)]
            first, end = trimmed(words, name=True)
            if first < end:
                found.append(Found(view.token_starts[tokens[open_[0] + first]],
                                   view.token_ends[tokens[open_[0] + end - 1]], open_[2]))
            open_ = None
        if label != "O" and open_ is None:
            open_ = (n, n, label[2:])
        elif open_:
            open_ = (open_[0], n, open_[2])
    return found


def train(views: list[DocumentView], model: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for view in views:
        gold = tags(view)
        for tokens in sentences(view):
            trainer.append(features(view, tokens), [gold[i] for i in tokens])
    trainer.set_params(PARAMS)
    trainer.train(str(model))


def tag(tagger: pycrfsuite.Tagger, view: DocumentView) -> list[Found]:
    return [span for tokens in sentences(view) for span in spans(view, tokens, tagger.tag(features(view, tokens)))]


def main() -> None:
    views = views_by_split()
    with tempfile.TemporaryDirectory() as scratch:
        model = Path(scratch) / "crf.model"
        train(views["train"], model)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        docs = {split: [(view, predicted(view, *name_layers(view, tag(tagger, view)))) for view in views[split]]
                for split in SCORED}
        tagger.close()
    finish(SystemResult(
        system=SYSTEM, version=VERSION,
        description="linear-chain CRF (CRFsuite, L-BFGS, "
                    + ", ".join(f"{k}={v}" for k, v in PARAMS.items())
                    + ") on word, shape and suffix features of each token and two neighbours each side; BIO tags "
                      "of the outermost name mentions of the training split; one entity per distinct name",
        command="python baselines/crf.py", dependencies={"vostochny": __version__,
                                                         "python-crfsuite": version("python-crfsuite")},
        trained_on=["train"], mentions_from="the CRF itself", layers=["entities", "mentions"],
        predictions=write_predictions(SYSTEM, docs, NAME_LAYERS), scores={}))


if __name__ == "__main__":
    main()
