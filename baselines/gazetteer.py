"""Gazetteer baseline for named entities: every name mention of the training split, with its most
frequent entity type, matched in the validation and test documents (longest match first, left to
right, case-sensitive, within a sentence, on token boundaries). Entities: one per distinct name.

    python baselines/gazetteer.py
"""

from __future__ import annotations

from collections import Counter, defaultdict

from common import NAME_LAYERS, SCORED, Found, finish, name_layers, predicted, views_by_split, write_predictions

from vostochny import __version__
from vostochny.reading.view import DocumentView
from vostochny.verbs.results import SystemResult

SYSTEM = "gazetteer-ner"
VERSION = "1"


def gazetteer(train: list[DocumentView]) -> dict[str, str]:
    """Name text to its most frequent type in `train` (ties: the first type in alphabetical order)."""
    types: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for view in train:
        for mention in view.doc.mentions:
            kind = view.mention_type[mention.id]
            if mention.kind == "name" and kind is not None:
                types[mention.text][kind] += 1
    return {text: min(counts, key=lambda t: (-counts[t], t)) for text, counts in types.items()}


def matches(view: DocumentView, names: dict[str, str], longest: int = 8) -> list[Found]:
    """The gazetteer's names in `view`: at each token, the longest entry that starts there and ends
    on a token end within its sentence (at most `longest` tokens); a match is never overlapped."""
    assert view.text is not None
    starts, ends, sentence = view.token_starts, view.token_ends, view.sentence_of_token
    found, i = [], 0
    while i < len(starts):
        last = max((j for j in range(i, min(i + longest, len(starts)))
                    if sentence[j] == sentence[i] and view.text[starts[i]:ends[j]] in names), default=None)
        if last is None:
            i += 1
            continue
        text = view.text[starts[i]:ends[last]]
        found.append(Found(starts[i], ends[last], names[text]))
        i = last + 1
    return found


def main() -> None:
    views = views_by_split()
    names = gazetteer(views["train"])
    docs = {split: [(view, predicted(view, *name_layers(view, matches(view, names)))) for view in views[split]]
            for split in SCORED}
    finish(SystemResult(
        system=SYSTEM, version=VERSION,
        description=f"gazetteer of the {len(names)} distinct name mentions of the training split, each with its "
                    "most frequent type; longest match; one entity per distinct name (string-match coreference)",
        command="python baselines/gazetteer.py", dependencies={"vostochny": __version__}, trained_on=["train"],
        mentions_from="the gazetteer itself", layers=["entities", "mentions"],
        predictions=write_predictions(SYSTEM, docs, NAME_LAYERS), scores={}))


if __name__ == "__main__":
    main()
