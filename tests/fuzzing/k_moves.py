"""Items moved between documents or between places of one: a layer's item copied into another report, where its
ids name that report's items and its offsets that report's text; two sentences' texts swapped; a zone's edge moved
inside a character of several code points."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from typing import Any

from .corpora import Corpus
from .jsonedit import choose
from .k_layers import REAL, SAMPLE, _mentions, _sentence, line_added, sample_rewritten
from .kinds import json_kind, kind, must_draw, reject

MOVES = "moves"
#: the bases of several documents
SEVERAL = ("real", "linked")


def _copied(corpus: Corpus, rng: random.Random, layer: str, fits: Callable[[dict[str, Any], dict[str, Any], str], bool],
            fresh_id: str, change: Callable[[dict[str, Any], dict[str, Any]], None] = lambda copy, target: None
            ) -> tuple[dict[str, Any], str]:
    """Copy an item of `layer` of one document into another (one that `fits(item, target, target's text)`, of every
    ordered pair of documents) under `fresh_id`, `change(copy, target)` it and write the target: the copy and the
    target's text."""
    documents = {path: json.loads(path.read_bytes()) for path in corpus.documents()}
    path, item = choose(rng, [(path, item) for path, target in documents.items() for source in documents.values()
                              if source is not target for item in source[layer]
                              if fits(item, target, corpus.text(path))])
    target = documents[path]
    copy = {**item, "id": fresh_id}
    change(copy, target)
    target[layer].append(copy)
    path.write_text(json.dumps(target, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return copy, corpus.text(path)


def _across(relation: dict[str, Any], target: dict[str, Any], _text: str) -> bool:
    """Whether `relation`'s head and tail name two mentions of `target` in two of its sentences."""
    mentions = _mentions(target)
    return relation["head"] in mentions and relation["tail"] in mentions and _sentence(
        target, mentions[relation["head"]]["start"]) != _sentence(target, mentions[relation["tail"]]["start"])


@kind("relation-copied-to-another-document", reject("V217"), MOVES, bases=REAL)
def relation_copied_to_another_document(corpus: Corpus, rng: random.Random) -> None:
    """Copy a relation of one report into another under a new id, where its head's and its tail's ids name two
    mentions of that report in two sentences: a relation joins two mentions of one sentence (V217); the ids that
    resolve there are no sign of the report it came from. The case must draw V217."""
    _copied(corpus, rng, "relations", _across, "rmoved")
    must_draw("V217")


def _off_its_words(quote: dict[str, Any], _target: dict[str, Any], text: str) -> bool:
    """Whether a span of `quote`'s content holds other words at its offsets in `text`."""
    return any(text[c["start"]:c["end"]] != c["text"] for c in quote["content"])


def _speaker_kept_there(quote: dict[str, Any], target: dict[str, Any]) -> None:
    """A copied quote's speaker where its id names a mention of the target, else none."""
    if quote.get("speaker") not in _mentions(target):
        quote["speaker"] = None


@kind("quote-copied-to-another-document", reject("V201", "V202"), MOVES, bases=SEVERAL)
def quote_copied_to_another_document(corpus: Corpus, rng: random.Random) -> None:
    """Copy a quote of one report into another under a new id, its speaker an id of that report's mentions or none:
    its content's offsets now point into another text, whose words there differ from the content's (V202) or which is
    shorter (V201). The case must draw the one its content's spans do (the quote's other rules judge its offsets there
    too: V226, V264, V246, ...)."""
    quote, text = _copied(corpus, rng, "quotes", _off_its_words, "qmoved", _speaker_kept_there)
    must_draw("V201" if any(c["end"] > len(text) for c in quote["content"]) else "V202")


@json_kind("sentence-texts-swapped", reject("V202"), MOVES)
def sentence_texts_swapped(doc: Any, rng: random.Random, frag: Any) -> None:
    """Swap the texts two sentences of different words record, their offsets kept: each text is checked against the
    raw text at its own offsets (V202)."""
    sentences = doc["sentences"]
    i, j = choose(rng, [(i, j) for i in range(len(sentences)) for j in range(i + 1, len(sentences))
                        if sentences[i]["text"] != sentences[j]["text"]])
    sentences[i]["text"], sentences[j]["text"] = sentences[j]["text"], sentences[i]["text"]


#: characters of several code points, none a surrogate: a flag (two regional indicators), an emoji with a skin tone,
#: a letter with a combining accent, a keycap
_CLUSTERS = ("\U0001f1f7\U0001f1fa", "\U0001f44d\U0001f3fd", "e\u0301", "1\ufe0f\u20e3")


@kind("zone-edge-inside-a-character", reject("V212"), MOVES, bases=SAMPLE)
def zone_edge_inside_a_character(corpus: Corpus, rng: random.Random) -> None:
    """Add to the sample a paragraph that ends or opens with a character of several code points (a flag, an emoji
    with a skin tone, a letter and a combining accent, a keycap) and move its zone's edge one code point into it: a
    zone's edges fall on token boundaries, and no token boundary cuts a character (V212)."""
    cluster = rng.choice(_CLUSTERS)
    at_end = rng.random() < 0.5
    line = f"Kim Jong Un waved {cluster}" if at_end else f"{cluster} Kim Jong Un waved."

    def edit(doc: dict[str, Any], text: str) -> tuple[dict[str, Any], str]:
        doc, text, _ = line_added(doc, text, line, [("Kim Jong Un", "e2", "name")])
        zone = doc["zones"][-1]
        zone["end" if at_end else "start"] += -1 if at_end else 1
        zone["text"] = text[zone["start"]:zone["end"]]
        return doc, text

    sample_rewritten(corpus, edit)
