"""Annotation damage that only the corpus rules can see: tokens, sentences, spans, references.

Offsets and texts come from the document and its raw text, so every kind works on any base."""

from __future__ import annotations

import bisect
import json
import random
import re
from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any

from vostochny.checking.linking import nominal_key
from vostochny.checking.rules.base import LETTER_RUNS
from vostochny.checking.rules.chain_heads import KIND_OF_HEAD, PLURAL_HEADS
from vostochny.checking.rules.containment_words import STATED_INSIDE
from vostochny.checking.rules.factuality import TRIGGERS
from vostochny.checking.rules.factuality_reach import _AFTERTHOUGHTS, _ANYWHERE, _DENIALS
from vostochny.checking.rules.factuality_words import _SOURCE_WORDS, HEDGE_WORDS
from vostochny.checking.rules.mention_agreement import HEAD_TYPES, nominal_head
from vostochny.checking.rules.mention_heads import _goes_on
from vostochny.checking.rules.name_forms import COORDINATED
from vostochny.checking.rules.quote_clauses import CLOSES_NO_CLAUSE, OPENS_NO_CLAUSE
from vostochny.checking.rules.quote_gaps import SPEECH_VERBS
from vostochny.checking.rules.quote_reports import ACTIVE_REPORTS
from vostochny.checking.rules.quote_words import (
    _ADDRESSING,
    _BEFORE_CUE,
    _NOT_IN_TITLE,
    PREPOSITIONS,
    cue_says,
    of_saying,
)
from vostochny.checking.rules.quoted_relations import _EVENT_NOUNS, EVENT_REACH, event_noun
from vostochny.checking.rules.quotes import _SPOKEN, _TEXT_WORDS
from vostochny.checking.rules.relation_places import _MET_REACH, _MET_WITH, attributions
from vostochny.checking.rules.relation_titles import _OFFICE_REACH, _OFFICE_WORDS, _POST_PATTERNS, _TITLE_TYPES, _titled
from vostochny.checking.rules.relations import STATE_CLASSES
from vostochny.checking.rules.tokenizer import _CLOSERS, _MONTHS, _opens, title_before
from vostochny.checking.rules.transfer_sides import (
    _ADDED,
    _COORDINATED,
    _FULFILLED,
    _NOUN_OF,
    _SUPPLIER_NOUNS,
    in_a_war,
)
from vostochny.checking.rules.zone_kinds import shown_furniture
from vostochny.model import tokenize
from vostochny.model.labels import (
    ANTISYMMETRIC_RELATIONS,
    ENTITY_TYPES,
    EVENT_RELATIONS,
    EXCLUSIVE_RELATIONS,
    NEGATION_WORDS,
    RECEIVE_WORDS,
    RELATION_TYPES,
    SPEAKER_TYPES,
    SUPPLY_WORDS,
    SYMMETRIC_RELATIONS,
    THOUGHT_CUES,
    TRAVEL_WORDS,
    UTTERANCE_CUES,
)

from .corpora import Corpus, raw_text, unlinked
from .jsonedit import EDITING, Edit, Fragments, NotApplicable, at, choose, edit_json, pick
from .kinds import ACCEPT, Expect, json_kind, kind, must_draw, reject

TOKENS, SENTENCES, SPANS, REFERENCES = "tokens", "sentences", "spans", "references"
SPAN_LAYERS = ("zones", "mentions", "quotes")
#: the base whose documents have the long texts some mistakes need (the samples have two sentences, no 's)
REAL = ("real",)


def _span(doc: Any, rng: random.Random) -> dict:
    """A random mention, zone, quote fragment or quote cue."""
    return at(doc, pick(doc, rng, lambda p, v: p[0] in SPAN_LAYERS and isinstance(v, dict) and "start" in v))


def retext(doc: Any, item: list | dict) -> None:
    """Give a token or span the raw text at its (new) offsets, so that only the layer rule sees it."""
    text = raw_text(doc)
    if isinstance(item, list):
        item[2] = text[item[0]:item[1]]
    else:
        item["text"] = text[item["start"]:item["end"]]


def _pair(doc: Any, layer: str, rng: random.Random) -> int:
    """Index i of a random pair of neighbours i, i + 1 in `layer`."""
    return choose(rng, list(range(len(doc[layer]) - 1)))


@json_kind("token-shift", reject("V105", "V201", "V202", "V213"), TOKENS)
def token_shift(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Move a token by 1 or 2 characters either way, its text unchanged: inside the text, its text no longer the
    raw text's there (V202) and the tokens no longer tiling it (V213), both."""
    token = rng.choice(doc["tokens"])
    step = rng.choice([-2, -1, 1, 2])
    token[0], token[1] = token[0] + step, token[1] + step
    if token[0] >= 0 and token[1] <= max(t[1] for t in doc["tokens"] if t is not token):
        must_draw("V202", "V213")


@json_kind("token-overlap", reject("V213"), TOKENS)
def token_overlap(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Extend a token into the next one (text made to match)."""
    i = _pair(doc, "tokens", rng)
    doc["tokens"][i][1] = doc["tokens"][i + 1][0] + 1
    retext(doc, doc["tokens"][i])


@json_kind("token-drop", reject("V213"), TOKENS)
def token_drop(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Delete a token."""
    del doc["tokens"][rng.randrange(len(doc["tokens"]))]


@json_kind("token-whitespace", reject("V213"), TOKENS)
def token_whitespace(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Merge two tokens across the whitespace between them (the token holds a space)."""
    tokens = doc["tokens"]
    i = choose(rng, [i for i in range(len(tokens) - 1) if tokens[i][1] < tokens[i + 1][0]])
    tokens[i][1] = tokens[i + 1][1]
    retext(doc, tokens[i])
    del tokens[i + 1]


@json_kind("token-swap", reject("V213"), TOKENS)
def token_swap(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Swap two neighbouring tokens (out of order)."""
    i = _pair(doc, "tokens", rng)
    doc["tokens"][i], doc["tokens"][i + 1] = doc["tokens"][i + 1], doc["tokens"][i]


@json_kind("token-text-changed", reject("V202"), TOKENS)
def token_text_changed(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Change one character of a token's text."""
    token = rng.choice(doc["tokens"])
    token[2] = _changed(token[2], rng)


@json_kind("token-malformed", reject("V101", "V102"), TOKENS)
def token_malformed(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Write a token as an object, a pair, a quadruple or with its fields in the wrong order."""
    i = rng.randrange(len(doc["tokens"]))
    start, end, text = doc["tokens"][i]
    doc["tokens"][i] = rng.choice([{"start": start, "end": end, "text": text}, [start, end], [start, end, text, 0],
                                   [text, start, end], [start, end, None]])


def _changed(text: str, rng: random.Random) -> str:
    """`text` with one character replaced by a different one."""
    i = rng.randrange(len(text))
    return text[:i] + ("#" if text[i] != "#" else "%") + text[i + 1:]


@json_kind("sentence-drop", reject("V214"), SENTENCES)
def sentence_drop(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Delete a sentence (its tokens are in no sentence)."""
    del doc["sentences"][rng.randrange(len(doc["sentences"]))]


@json_kind("sentence-shift", reject("V214"), SENTENCES)
def sentence_shift(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Move a sentence's start one character right or its end one left (text made to match)."""
    sentence = rng.choice(doc["sentences"])
    if rng.random() < 0.5:
        sentence["start"] += 1
    else:
        sentence["end"] -= 1
    retext(doc, sentence)


@json_kind("sentence-overlap", reject("V214"), SENTENCES)
def sentence_overlap(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Extend a sentence over the next one, or repeat a sentence (text made to match)."""
    i = _pair(doc, "sentences", rng)
    if rng.random() < 0.5:
        doc["sentences"][i]["end"] = doc["sentences"][i + 1]["end"]
        retext(doc, doc["sentences"][i])
    else:
        doc["sentences"].insert(i, dict(doc["sentences"][i]))


@json_kind("sentence-swap", reject("V214"), SENTENCES)
def sentence_swap(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Swap two neighbouring sentences (out of order)."""
    i = _pair(doc, "sentences", rng)
    doc["sentences"][i], doc["sentences"][i + 1] = doc["sentences"][i + 1], doc["sentences"][i]


@json_kind("span-off-by-one", reject("V105", "V201", "V202"), SPANS)
def span_off_by_one(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Move a span's start or end by one character, its text unchanged."""
    span = _span(doc, rng)
    span[rng.choice(["start", "end"])] += rng.choice([-1, 1])


@json_kind("span-text-changed", reject("V202"), SPANS)
def span_text_changed(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Change one character of a span's text."""
    span = _span(doc, rng)
    span["text"] = _changed(span["text"], rng)


@json_kind("span-end-before-start", reject("V201"), SPANS)
def span_end_before_start(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Swap a span's start and end, or make it empty."""
    span = _span(doc, rng)
    span["start"], span["end"] = (span["end"], span["start"]) if rng.random() < 0.5 else (span["start"],) * 2


@json_kind("span-past-end", reject("V201"), SPANS)
def span_past_end(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Move a span (its text unchanged) to or past the end of the raw text."""
    span = _span(doc, rng)
    width = span["end"] - span["start"]
    span["start"] = doc["length"] + rng.choice([-width + 1, 0, 5])
    span["end"] = span["start"] + width


@json_kind("span-negative", reject("V105"), SPANS)
def span_negative(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Give a span a negative start."""
    _span(doc, rng)["start"] = rng.choice([-1, -100])


@json_kind("span-off-token", reject("V212"), SPANS)
def span_off_token(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """End a span inside one of its tokens (text made to match)."""
    span = _span(doc, rng)
    inside = [t[0] + 1 for t in doc["tokens"] if span["start"] <= t[0] and t[1] <= span["end"] and t[1] - t[0] > 1]
    span["end"] = choose(rng, inside)
    retext(doc, span)


@json_kind("crossing-mentions", reject("V211"), SPANS)
def crossing_mentions(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Add a mention from the token before a multi-token mention to the end of its first token."""
    tokens = doc["tokens"]
    firsts = [(i, m) for m in doc["mentions"] for i, t in enumerate(tokens)
              if t[0] == m["start"] and i > 0 and t[1] < m["end"]]
    i, other = choose(rng, firsts)
    new = {"id": "mfuzz", "start": tokens[i - 1][0], "end": tokens[i][1], "text": "", "entity": other["entity"],
           "kind": "nominal", "metonymy": False}
    retext(doc, new)
    doc["mentions"].append(new)


def _reference_kind(name: str, codes: tuple[str, ...], summary: str, where: str, key: str,
                    value: Any) -> None:
    """Register a kind that points `key` of a random record of layer `where` somewhere wrong."""

    def edit(doc: Any, rng: random.Random, frag: Fragments) -> None:
        record = choose(rng, doc[where])
        record[key] = value(doc, record) if callable(value) else value

    edit.__doc__ = summary
    json_kind(name, reject(*codes), REFERENCES)(edit)


_reference_kind("mention-missing-entity", ("V207",), "Point a mention to an entity id that does not exist.",
                "mentions", "entity", "e-missing")
_reference_kind("mention-entity-is-mention", ("V207",), "Point a mention to a mention id instead of an entity.",
                "mentions", "entity", lambda doc, m: m["id"])
_reference_kind("relation-head-entity-id", ("V209",), "Point a relation's head to its entity's id, not a mention's.",
                "relations", "head", lambda doc, r: _entity_of(doc, r["head"]))
_reference_kind("relation-tail-missing", ("V209",), "Point a relation's tail to a mention that does not exist.",
                "relations", "tail", "m-missing")
_reference_kind("speaker-quote-id", ("V209",), "Point a quote's speaker to the quote's own id.",
                "quotes", "speaker", lambda doc, q: q["id"])
_reference_kind("kb-id-unknown", ("V208",), "Link an entity to a registry id that does not exist.",
                "entities", "kb_id", "no-such-record")


@json_kind("quote-empty", reject("V215"), REFERENCES, bases=("sample", "real"))
def quote_empty(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Empty a quote's content (one that no quote link records, whose words would be V340's too)."""
    choose(rng, unlinked(doc, doc["quotes"]))["content"] = []


def _entity_of(doc: Any, mention_id: str) -> str:
    return next(m["entity"] for m in doc["mentions"] if m["id"] == mention_id)


@json_kind("duplicate-local-id", reject("V206"), REFERENCES)
def duplicate_local_id(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Give a record the id of another record, in the same layer or another."""
    records = [r for layer in ("entities", "mentions", "relations", "quotes") for r in doc[layer]]
    a, b = rng.sample(records, 2)
    a["id"] = b["id"]


@json_kind("local-id-case-clash", reject("V206"), REFERENCES)
def local_id_case_clash(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Give a record another record's id in another case (`m1` beside `M1`): one id to a reader that folds case."""
    records = [r for layer in ("entities", "mentions", "relations", "quotes") for r in doc[layer]]
    a, b = rng.sample(records, 2)
    a["id"] = rng.choice([b["id"].swapcase(), b["id"].upper() if b["id"] != b["id"].upper() else b["id"].lower()])


@json_kind("registry-type-differs", reject("V216"), REFERENCES)
def registry_type_differs(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Change the type of an entity linked to the registry (the record keeps its type)."""
    entity = choose(rng, [e for e in doc["entities"] if e.get("kb_id")])
    entity["type"] = "EVENT" if entity["type"] != "EVENT" else "PER"


@json_kind("entity-without-mentions", reject("V219"), REFERENCES)
def entity_without_mentions(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Add an entity that no mention points to."""
    doc["entities"].insert(rng.randrange(len(doc["entities"]) + 1),
                           {"id": "efuzz", "type": "PER", "name": "Nobody", "kb_id": None})


#: the pronouns V384 holds to being mentions: those of `he`, `she` and the first person
_PERSONS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself", "i", "me", "my", "myself",
                      "we", "us", "our", "ours", "ourselves"})


@json_kind("pronoun-mention-deleted", reject("V384"), REFERENCES)
def pronoun_mention_deleted(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Delete a pronoun mention of a person or speaker (`he`, `We`) that no relation or quote reads: the word is
    left bare (every mention of a referent is annotated)."""
    read = {r[end] for r in doc["relations"] for end in ("head", "tail")} | {q["speaker"] for q in doc["quotes"]}
    gone = choose(rng, [m for m in doc["mentions"] if m["kind"] == "pronoun" and m["text"].lower() in _PERSONS
                        and m["id"] not in read])
    doc["mentions"].remove(gone)


CONSISTENCY = "consistency"


@json_kind("relation-to-itself", reject("V222"), CONSISTENCY)
def relation_to_itself(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Point a relation's tail at a mention of its head's entity in its head's sentence (the head itself, or another;
    one in another sentence would be V217's too, tests/bad_inputs' mention-ids-swapped)."""
    relation = choose(rng, doc["relations"])
    head = _mentions(doc)[relation["head"]]
    relation["tail"] = choose(rng, [m["id"] for m in doc["mentions"] if m["entity"] == head["entity"]
                                    and _sentence(doc, m["start"]) == _sentence(doc, head["start"])])


def _copy_record(layer: str, fresh_id: str) -> Any:
    def edit(doc: Any, rng: random.Random, frag: Fragments) -> None:
        record = dict(choose(rng, doc[layer]))
        record["id"] = fresh_id
        doc[layer].insert(rng.randrange(len(doc[layer]) + 1), record)
    return edit


for _name, _code, _layer in (("relation-duplicated", "V223", "relations"), ("mention-duplicated", "V224", "mentions"),
                             ("quote-duplicated", "V226", "quotes")):
    _edit = _copy_record(_layer, f"{_layer[0]}fuzz")
    _edit.__doc__ = f"Copy one of the {_layer} under a new id."
    json_kind(_name, reject(_code), CONSISTENCY)(_edit)


def _sentence(doc: Any, offset: int) -> int:
    return sum(s["start"] <= offset for s in doc["sentences"]) - 1


def _mentions(doc: Any) -> dict[str, dict]:
    return {m["id"]: m for m in doc["mentions"]}


@json_kind("mention-same-span-other-entity", reject("V224"), CONSISTENCY)
def mention_same_span_other_entity(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Copy a mention under a new id into another entity: one span, two mentions."""
    mention = dict(choose(rng, doc["mentions"]))
    mention["id"], mention["entity"] = "mfuzz", choose(rng, [e["id"] for e in doc["entities"]
                                                             if e["id"] != mention["entity"]])
    doc["mentions"].insert(rng.randrange(len(doc["mentions"]) + 1), mention)


def _symmetric_in_order(doc: Any) -> list[dict]:
    """The symmetric relations whose head starts before their tail, both in one sentence."""
    mentions = _mentions(doc)
    found = []
    for r in doc["relations"]:
        head, tail = mentions.get(r["head"]), mentions.get(r["tail"])
        if r["type"] in SYMMETRIC_RELATIONS and head and tail and head["start"] < tail["start"] \
                and _sentence(doc, head["start"]) == _sentence(doc, tail["start"]):
            found.append(r)
    return found


@json_kind("relation-symmetric-reversed", reject("V238"), CONSISTENCY)
def relation_symmetric_reversed(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Swap the head and tail of a symmetric relation (MEETS): its head is then not the first in the text."""
    relation = choose(rng, _symmetric_in_order(doc))
    relation["head"], relation["tail"] = relation["tail"], relation["head"]


@json_kind("relation-symmetric-copy-reversed", reject("V223"), CONSISTENCY)
def relation_symmetric_copy_reversed(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Copy a symmetric relation (MEETS) under a new id, head and tail swapped."""
    relation = dict(choose(rng, _symmetric_in_order(doc)))
    relation.update(id="rfuzz", head=relation["tail"], tail=relation["head"])
    doc["relations"].append(relation)


@json_kind("relation-same-entities-other-mentions", reject("V223"), CONSISTENCY)
def relation_same_entities_other_mentions(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Copy a relation under a new id onto another mention of its head's (or tail's) entity in the same sentence (where
    there is none, onto the same mentions)."""
    mentions = _mentions(doc)
    options = []
    for r in doc["relations"]:
        if r["head"] not in mentions or r["tail"] not in mentions:
            continue
        sentence = _sentence(doc, mentions[r["head"]]["start"])
        options += [(r, role, m["id"]) for role in ("head", "tail") for m in doc["mentions"]
                    if m["entity"] == mentions[r[role]]["entity"] and m["id"] != r[role]
                    and _sentence(doc, m["start"]) == sentence]
    if not options:  # the relation copied as it is (a mention made on another token would be a mistake of its own:
        # inside a name, V344; a nominal cut at its article, V345)
        relation = choose(rng, [r for r in doc["relations"] if r["head"] in mentions])
        options = [(relation, "head", relation["head"])]
    relation, role, other = choose(rng, options)
    doc["relations"].append({**relation, "id": "rfuzz", role: other})


def _multi_fragment(doc: Any, rng: random.Random, quotes: list | None = None) -> dict:
    """A quote (of `quotes`, by default any) of several content fragments; where there is none, one whose fragment
    is split in two at a gap between its tokens (not inside a mention, V349, nor inside another quote's content,
    which would then cross both halves, V226)."""
    quotes = doc["quotes"] if quotes is None else quotes
    several = [q for q in quotes if len(q["content"]) > 1]
    if several:
        return choose(rng, several)
    spans = [(id(q), s["start"], s["end"]) for q in doc["quotes"] for s in q["content"]]
    splits = [(q, a, b) for q in quotes if q["content"]
              for a, b in zip(doc["tokens"], doc["tokens"][1:], strict=False)
              if q["content"][0]["start"] < a[1] < b[0] < q["content"][0]["end"]
              and not _cuts_mention(doc, a[1], b[0])
              and not any(t < a[1] and b[0] < f for other, t, f in spans if other != id(q))]
    quote, before, after = choose(rng, splits)
    first, second = dict(quote["content"][0]), dict(quote["content"][0])
    first["end"], second["start"] = before[1], after[0]
    retext(doc, first)
    retext(doc, second)
    quote["content"][:1] = [first, second]
    return quote


@json_kind("quote-fragments-reversed", reject("V239"), CONSISTENCY, bases=("sample", "real"))
def quote_fragments_reversed(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Reverse the order of a quote's content fragments (one fragment split in two first where none has several; a
    quote that no quote link records, whose ends would be V333's too)."""
    quote = _multi_fragment(doc, rng, unlinked(doc, doc["quotes"]))
    quote["content"] = quote["content"][::-1]


@json_kind("quote-copy-fragments-reversed", reject("V226"), CONSISTENCY)
def quote_copy_fragments_reversed(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Copy a quote of several content fragments under a new id, its fragments in reverse order."""
    quote = _multi_fragment(doc, rng)
    doc["quotes"].append({**quote, "id": "qfuzz", "content": quote["content"][::-1]})


@json_kind("quote-copy-trimmed", reject("V226"), CONSISTENCY)
def quote_copy_trimmed(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Copy a quote under a new id, its last content fragment ending one token earlier."""
    options = []
    for q in doc["quotes"]:
        last = q["content"][-1] if q["content"] else None
        ends = [t[1] for t in doc["tokens"] if last and last["start"] < t[1] < last["end"]]
        options += [(q, max(ends))] if ends else []
    quote, end = choose(rng, options)
    last = {**quote["content"][-1], "end": end}
    retext(doc, last)
    doc["quotes"].append({**quote, "id": "qfuzz", "content": [*quote["content"][:-1], last]})


@json_kind("quotes-crossing", reject("V226"), CONSISTENCY)
def quotes_crossing(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Add an indirect quote of no speaker or cue that starts inside a quote's last content fragment and ends
    one to three word tokens after it: contents that cross."""
    words = [t for t in doc["tokens"] if t[2][-1:].isalnum()]
    options = []
    for q in doc["quotes"]:
        last = q["content"][-1] if q["content"] else None
        inner = [t[0] for t in doc["tokens"] if last and last["start"] < t[0] < last["end"]]
        after = [t[1] for t in words if last and t[0] >= last["end"]][:3]
        options += [(q, min(inner), end) for end in after] if inner else []
    quote, start, end = choose(rng, options)
    fragment = {"start": start, "end": end, "text": ""}
    retext(doc, fragment)
    doc["quotes"].append({**quote, "id": "qfuzz", "kind": "indirect", "speaker": None, "cue": None,
                          "content": [fragment]})


@json_kind("referent-split", reject("V225"), CONSISTENCY)
def referent_split(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Split a linked entity in two: some of its mentions, a name among them, moved to a new entity of its type
    linked to its record (one referent, two clusters). Not another entity linked to the record: its names and
    pronouns would name another referent (V255, V256), a second mistake."""
    names = {m["entity"] for m in doc["mentions"] if m["kind"] == "name"}
    first = choose(rng, [e for e in doc["entities"] if e.get("kb_id") and e["id"] in names
                         and sum(m["entity"] == e["id"] for m in doc["mentions"]) > 1])
    own = [m for m in doc["mentions"] if m["entity"] == first["id"]]
    moved = [choose(rng, [m for m in own if m["kind"] == "name"])]
    moved += rng.sample([m for m in own if m is not moved[0]], rng.randrange(len(own) - 1))
    doc["entities"].append({**first, "id": "e-split", "distinct_from": []})
    for m in moved:
        m["entity"] = "e-split"


#: punctuation tokens that no quote's content may be alone, and that V251 does not read as a mark or final stop
_INNER_PUNCTUATION = frozenset({",", ";", ":", "\u2014", "\u2013"})


@json_kind("quote-content-wordless", reject("V237"), CONSISTENCY, bases=REAL)
def quote_content_wordless(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Cut a quote's content fragment to one punctuation token inside it (a comma, a colon, a dash; of a quote that
    no quote link records, whose words would be V340's too)."""
    options = [(s, t) for q in unlinked(doc, doc["quotes"]) for s in q["content"] for t in doc["tokens"]
               if t[2] in _INNER_PUNCTUATION and s["start"] <= t[0] and t[1] <= s["end"]]
    fragment, token = choose(rng, options)
    fragment.update(start=token[0], end=token[1])
    retext(doc, fragment)


def _said(doc: Any, span: Any) -> list[Any]:
    """The tokens of words (not marks or stops) inside a span."""
    return [t for t in doc["tokens"] if span["start"] <= t[0] and t[1] <= span["end"] and t[2][:1].isalnum()]


def _clause_cuts(doc: Any, closing: frozenset[str], opening: frozenset[str]) -> list[tuple[Any, int, int]]:
    """Each content fragment of an indirect or mixed quote with its new [start, end) where cutting off its last word
    leaves one of `closing` at its end, or its first word one of `opening` at its start (first fragments only); no
    quotation mark cut off, no mention cut (V386's, V349's), no quote that a quote link records (V340's)."""
    found = []
    for q in (q for q in unlinked(doc, doc["quotes"]) if q["kind"] != "direct"):
        for j, span in enumerate(q["content"]):
            said = _said(doc, span)
            if len(said) > 2 and said[-2][2] in closing:
                found.append((span, span["start"], said[-2][1]))
            if len(said) > 2 and j == 0 and said[1][2] in opening:
                found.append((span, said[1][0], span["end"]))
    return [(span, a, b) for span, a, b in found if not _cuts_mention(doc, a, b)
            and not _QUOTE_MARK.search(span["text"][:a - span["start"]] + span["text"][b - span["start"]:])]


_QUOTE_MARK = re.compile('[\u201c\u201d"]')


def _cuts_mention(doc: Any, start: int, end: int) -> bool:
    return any(m["start"] < edge < m["end"] for m in doc["mentions"] for edge in (start, end))


@json_kind("reported-clause-cut", reject("V387"), CONSISTENCY, bases=REAL)
def reported_clause_cut(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Cut a word off an indirect or mixed quote's content where the word left at the edge opens or closes no clause
    (`would supply ...` without its subject, `... the war in` without `Ukraine`)."""
    span, start, end = choose(rng, _clause_cuts(doc, CLOSES_NO_CLAUSE, OPENS_NO_CLAUSE))
    span.update(start=start, end=end)
    retext(doc, span)


@json_kind("quote-cut-inside-its-marks", reject("V386"), CONSISTENCY, bases=REAL)
def quote_cut_inside_its_marks(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Cut the last word off a direct quote's fragment that another fragment follows (it stops short of its mark), or
    off a mixed quote's content that ends in its quoted passage's closing mark (the mark goes with it); not of a quote
    that a quote link records (V340's too)."""
    quotes = unlinked(doc, doc["quotes"])
    options = [span for q in quotes if q["kind"] == "direct" for span in q["content"][:-1]]
    options += [q["content"][-1] for q in quotes if q["kind"] == "mixed" and q["content"][-1]["text"][-1:]
                in ("\u201d", '"')]
    cuts = [(span, said[-2][1]) for span in options
            if len(said := _said(doc, span)) > 1 and not _cuts_mention(doc, span["start"], said[-2][1])]
    span, end = choose(rng, cuts)
    span.update(end=end)
    retext(doc, span)


@json_kind("quote-in-furniture", reject("V262"), CONSISTENCY, bases=REAL)
def quote_in_furniture(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Add a direct quote without a cue over the first word of a headline, subheading, byline, dateline or
    boilerplate zone (a scare quote, a credit or furniture taken for someone's words)."""
    words = [t for t in doc["tokens"] if t[2].isalnum()]
    options = [next(t for t in words if z["start"] <= t[0] and t[1] <= z["end"]) for z in doc["zones"]
               if z["kind"] != "body" and any(z["start"] <= t[0] and t[1] <= z["end"] for t in words)]
    token = choose(rng, options)
    fragment = {"start": token[0], "end": token[1], "text": ""}
    retext(doc, fragment)
    doc["quotes"].append({"id": "qfuzz", "kind": "direct", "content": [fragment], "cue": None, "speaker": None,
                          "attribution": "speech"})


@json_kind("quote-fragment-far", reject("V263"), CONSISTENCY, bases=REAL)
def quote_fragment_far(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Append to a quote a fragment of one word three or more sentences after its last one, in another
    paragraph (a body word in no quote's content, cue or speaker; a quote that no quote link records, whose words
    would be V340's too)."""
    sentences, zones = [s["start"] for s in doc["sentences"]], [z for z in doc["zones"] if z["kind"] == "body"]
    speakers = {q.get("speaker") for q in doc["quotes"]}
    spans = [s for q in doc["quotes"] for s in [*q["content"], *([q["cue"]] if q.get("cue") else [])]]
    taken = [(s["start"], s["end"]) for s in spans + [m for m in doc["mentions"] if m["id"] in speakers]]

    def sentence(offset: int) -> int:
        return sum(1 for start in sentences if start <= offset) - 1

    def zone(offset: int) -> int:
        return next((i for i, z in enumerate(zones) if z["start"] <= offset < z["end"]), -1)

    free = [t for t in doc["tokens"] if t[2].isalnum() and zone(t[0]) >= 0
            and not any(s < t[1] and t[0] < e for s, e in taken)]
    options = [(q, t) for q in unlinked(doc, doc["quotes"]) if q["content"] for t in free
               if sentence(t[0]) - sentence(q["content"][-1]["end"] - 1) > 2
               and zone(t[0]) != zone(q["content"][-1]["end"] - 1)]
    quote, token = choose(rng, options)
    fragment = {"start": token[0], "end": token[1], "text": ""}
    retext(doc, fragment)
    quote["content"].append(fragment)


@json_kind("cue-over-speaker", reject("V264"), CONSISTENCY)
def cue_over_speaker(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Set a quote's cue to the span of its own speaker mention (`Matthew Miller` for `said`)."""
    mentions = {m["id"]: m for m in doc["mentions"]}
    quote = choose(rng, [q for q in doc["quotes"] if q.get("cue") and q.get("speaker") in mentions])
    speaker = mentions[quote["speaker"]]
    quote["cue"] = {"start": speaker["start"], "end": speaker["end"], "text": speaker["text"]}


@json_kind("cue-inside-content", reject("V226"), CONSISTENCY)
def cue_inside_content(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Make a quote's cue a copy of one of its content fragments."""
    quote = choose(rng, [q for q in doc["quotes"] if q["content"]])
    quote["cue"] = dict(rng.choice(quote["content"]))


def _swappable(mention: dict) -> bool:
    """A personal pronoun, or a name too long to be one."""
    if mention["kind"] == "pronoun":
        return mention["text"].lower() in {"he", "his", "they", "it", "its"}
    return mention["kind"] == "name" and len(mention["text"]) > 4


@json_kind("pronoun-kind-swapped", reject("V227"), CONSISTENCY)
def pronoun_kind_swapped(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Call a name a pronoun, or a personal pronoun a nominal."""
    mention = choose(rng, [m for m in doc["mentions"] if _swappable(m)])
    mention["kind"] = "nominal" if mention["kind"] == "pronoun" else "pronoun"


@json_kind("mention-without-word", reject("V237"), CONSISTENCY)
def mention_without_word(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Move a mention that no relation or quote names onto a punctuation token (text made to match).

    Any kind, pronouns too: V227 leaves a mention without a word to V237, and a one-token span never
    crosses another."""
    named = {r[role] for r in doc["relations"] for role in ("head", "tail")} | {q["speaker"] for q in doc["quotes"]}
    mention = choose(rng, [m for m in doc["mentions"] if m["id"] not in named])
    mention["start"], mention["end"], _ = choose(rng, [t for t in doc["tokens"] if not any(map(str.isalnum, t[2]))])
    retext(doc, mention)


@json_kind("zone-dropped", reject("V228"), CONSISTENCY)
def zone_dropped(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Delete one zone of several: its tokens are left in no zone."""
    if len(doc["zones"]) < 2:
        raise NotApplicable
    del doc["zones"][rng.randrange(len(doc["zones"]))]


def _sentence_of(doc: Any, offset: int) -> int:
    return sum(s["start"] <= offset for s in doc["sentences"]) - 1


def _zone_of(doc: Any, offset: int) -> int:
    return sum(z["start"] <= offset for z in doc["zones"]) - 1


@json_kind("speaker-far-from-quote", reject("V246"), CONSISTENCY, bases=REAL)
def speaker_far_from_quote(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Point a quote's speaker at a mention of a person or organisation two or more sentences from its
    content and in another paragraph (outside every quote's content), as one taken from the headline is (a quote
    that no quote link records: a linked one's speaker is compared with its other end's, V318)."""
    types = {e["id"]: e["type"] for e in doc["entities"]}
    contents = [(c["start"], c["end"]) for q in doc["quotes"] for c in q["content"]]
    speakers = [m for m in doc["mentions"] if types.get(m["entity"]) in SPEAKER_TYPES
                and not any(s < m["end"] and m["start"] < e for s, e in contents)]
    candidates = []
    for q in (q for q in unlinked(doc, doc["quotes"]) if q["content"]):
        first, last = _sentence_of(doc, q["content"][0]["start"]), _sentence_of(doc, q["content"][-1]["end"] - 1)
        paragraphs = {_zone_of(doc, q["content"][0]["start"]), _zone_of(doc, q["content"][-1]["end"] - 1)}
        candidates += [(q, m["id"]) for m in speakers if not first - 1 <= _sentence_of(doc, m["start"]) <= last + 1
                       and _zone_of(doc, m["start"]) not in paragraphs]
    quote, mention = choose(rng, candidates)
    quote["speaker"] = mention


#: `by` or `from` and an article or none between a cue and its speaker after it: the source the cue's phrase names
_SOURCE_LEAD = re.compile(r"\s+(?:by|from)\s+(?:the\s+|an?\s+)?")


@kind("speaker-not-the-named-source", reject("V449"), CONSISTENCY, bases=REAL)
def speaker_not_the_named_source(corpus: Corpus, rng: random.Random) -> None:
    """Point the speaker of a quote whose cue names it right after `by` or `from` (`asked by [Russian media]`,
    `warnings from [the U.S.]`) at a person, body or state of another entity in the cue's sentence, outside every
    quote's content (a quote that no quote link records)."""
    _in_a_document(corpus, rng, _source_re_pointed)  # three of the five reports have no such quote


def _source_re_pointed(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """`speaker_not_the_named_source` on one document."""
    text, types = raw_text(doc), {e["id"]: e["type"] for e in doc["entities"]}
    mentions = {m["id"]: m for m in doc["mentions"]}
    contents = [(c["start"], c["end"]) for q in doc["quotes"] for c in q["content"]]
    candidates = []
    for q in unlinked(doc, doc["quotes"]):
        said, cue = mentions.get(q.get("speaker") or ""), q.get("cue")
        if said is None or cue is None or not _SOURCE_LEAD.fullmatch(text, cue["end"], said["start"]):
            continue
        sentence = _sentence_of(doc, cue["start"])
        candidates += [(q, m["id"]) for m in doc["mentions"] if m["entity"] != said["entity"]
                       and types.get(m["entity"]) in SPEAKER_TYPES and _sentence_of(doc, m["start"]) == sentence
                       and not any(s < m["end"] and m["start"] < e for s, e in contents)]
    quote, mention = choose(rng, candidates)
    quote["speaker"] = mention


@json_kind("mention-with-possessive", reject("V248"), CONSISTENCY, bases=REAL)
def mention_with_possessive(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Extend a mention over the possessive 's token that follows it (text made to match), where no
    other mention ends with it (which the longer span would cross)."""
    clitics = {t[0]: t for t in doc["tokens"] if t[2] in ("'s", "\u2019s")}
    ends = [m["end"] for m in doc["mentions"]]
    mention = choose(rng, [m for m in doc["mentions"] if m["end"] in clitics and ends.count(m["end"]) == 1])
    mention["end"] = clitics[mention["end"]][1]
    retext(doc, mention)


@json_kind("zone-split-inside-line", reject("V250"), CONSISTENCY)
def zone_split_inside_line(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Split a zone in two at a token inside one of its lines (the second part of another kind, or the
    same): a zone then starts or ends inside a line."""
    text = raw_text(doc)
    inner = [(i, t) for i, z in enumerate(doc["zones"]) for t in doc["tokens"]
             if z["start"] < t[0] < z["end"] and "\n" not in text[z["start"]:t[0]]
             and text[t[0] - 1] == " " and z["kind"] != "dateline"]
    i, token = choose(rng, inner)
    zone = doc["zones"][i]
    ends_at = max(t[1] for t in doc["tokens"] if t[1] <= token[0])
    quoted = any(token[0] < f["end"] and f["start"] < zone["end"] for q in doc["quotes"] for f in q["content"])
    # boilerplate only where no quote's words are: a quote in it would be V262's too (tests/test_rules.py reports it
    # beside a line split), a second mistake
    kinds = ["body", zone["kind"], *(() if quoted else ("boilerplate",))]
    second = {**zone, "start": token[0], "kind": rng.choice(kinds)}
    zone["end"] = ends_at
    retext(doc, zone)
    retext(doc, second)
    doc["zones"].insert(i + 1, second)


@json_kind("direct-content-takes-mark", reject("V251"), CONSISTENCY)
def direct_content_takes_mark(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Extend a direct quote's content over the quotation mark just before or after it."""
    starts = {t[1]: t for t in doc["tokens"]}  # a token by its end
    ends = {t[0]: t for t in doc["tokens"]}  # by its start
    options = []
    for q in (q for q in doc["quotes"] if q["kind"] == "direct" and q["content"]):
        first, last = q["content"][0], q["content"][-1]
        before, after = starts.get(first["start"]), ends.get(last["end"])
        options += [(first, "start", before[0])] if before and before[2] in "\u201c\"" else []
        options += [(last, "end", after[1])] if after and after[2] in "\u201d\"" else []
    span, edge, offset = choose(rng, options)
    span[edge] = offset
    retext(doc, span)


@json_kind("reported-content-takes-punctuation", reject("V251"), CONSISTENCY, bases=REAL)
def reported_content_takes_punctuation(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Extend an indirect or mixed quote's content over the comma or full stop right after it (`... relations with
    Seoul.`): the sentence's punctuation taken in (not where it would then cross another quote's content, V226's)."""
    ends = {t[0]: t for t in doc["tokens"]}  # a token by its start
    spans = [(s["start"], s["end"]) for q in doc["quotes"] for s in q["content"]]

    def crosses(start: int, end: int) -> bool:
        return any(a < start < b < end or start < a < end < b for a, b in spans)

    options = [(q["content"][-1], ends[q["content"][-1]["end"]][1]) for q in doc["quotes"]
               if q["kind"] != "direct" and q["content"] and q["content"][-1]["end"] in ends
               and ends[q["content"][-1]["end"]][2] in (",", ".")]
    options = [(span, end) for span, end in options if not crosses(span["start"], end)]
    span, end = choose(rng, options)
    span["end"] = end
    retext(doc, span)


@json_kind("direct-fragment-short-of-its-stop", reject("V386"), CONSISTENCY, bases=("sample",))
def direct_fragment_short_of_its_stop(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Cut a direct quote's fragment before the comma or stop inside its closing mark (`“... kill innocent
    Ukrainians[,]”`): the thirty-third session's quote-boundary sweep."""
    text = raw_text(doc)
    options = [s for q in doc["quotes"] if q["kind"] == "direct" for s in q["content"]
               if s["end"] - s["start"] > 1 and text[s["end"] - 1:s["end"]] in (",", ".", "?", "!")
               and text[s["end"]:s["end"] + 1] in ("\u201d", '"') and text[s["end"] - 2:s["end"] - 1].isalnum()]
    span = choose(rng, options)
    span["end"] -= 1
    retext(doc, span)

@json_kind("cue-takes-a-word-beside-it", reject("V468"), CONSISTENCY, bases=REAL)
def cue_takes_a_word_beside_it(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Widen a quote's cue one token over the complementizer or article right after it (`[warned that]`, `[told the]`)
    or the comma or auxiliary right before it (`[, saying]`, `[has warned]`): the thirty-third session's
    quote-boundary sweep (not where the token is another quote's content, or a mention's)."""
    tokens = doc["tokens"]
    first = {t[0]: k for k, t in enumerate(tokens)}  # a token's index by its start
    last = {t[1]: k for k, t in enumerate(tokens)}  # by its end
    taken = [(s["start"], s["end"]) for q in doc["quotes"] for s in q["content"]]
    taken += [(m["start"], m["end"]) for m in doc["mentions"]]

    def free(token: list) -> bool:
        return not any(a < token[1] and token[0] < b for a, b in taken)

    options = []
    for cue in (q["cue"] for q in doc["quotes"] if q["cue"] and q["cue"]["start"] in first and q["cue"]["end"] in last):
        before, after = first[cue["start"]] - 1, last[cue["end"]] + 1
        if after < len(tokens) and tokens[after][2] in ("that", "the") and free(tokens[after]):
            options.append((cue, cue["start"], tokens[after][1]))
        if before >= 0 and tokens[before][2] in (",", "has", "have", "had") and free(tokens[before]):
            options.append((cue, tokens[before][0], cue["end"]))
    cue, start, end = choose(rng, options)
    cue.update(start=start, end=end)
    retext(doc, cue)


@json_kind("reported-content-takes-its-complementizer", reject("V469"), CONSISTENCY, bases=REAL)
def reported_content_takes_its_complementizer(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Widen an indirect or mixed quote's content fragment over the `that` right before it (`noted [that Kim's
    delegation ...]`): the thirty-third session's quote-boundary sweep (not where `that` is a quote's cue)."""
    tokens = doc["tokens"]
    cues = {q["cue"]["start"] for q in doc["quotes"] if q["cue"]}
    options = []
    for q in (q for q in doc["quotes"] if q["kind"] != "direct"):
        for fragment in q["content"]:
            before = next((t for t in reversed(tokens) if t[1] <= fragment["start"]), None)
            if before is not None and before[2] == "that" and before[0] not in cues \
                    and raw_text(doc)[before[1]:fragment["start"]] == " ":
                options.append((fragment, before[0]))
    fragment, start = choose(rng, options)
    fragment["start"] = start
    retext(doc, fragment)

@json_kind("distinct-from-misused", reject("V243"), REFERENCES)
def distinct_from_misused(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Mark a linked entity distinct from another record the document links to, or list a record of
    an unlinked entity's `distinct_from` twice."""
    records = sorted({e["kb_id"] for e in doc["entities"] if e.get("kb_id")})
    options = [(e, r) for e in doc["entities"] if e.get("kb_id") for r in records if r != e["kb_id"]]
    options += [(e, r) for e in doc["entities"] if not e.get("kb_id") for r in e.get("distinct_from", [])]
    entity, record = choose(rng, options)
    entity["distinct_from"] = [*entity.get("distinct_from", []), record]


@json_kind("named-entity-unlinked", reject("V355"), REFERENCES)
def named_entity_unlinked(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Unlink an entity that has a name mention (its kb_id set to null, or left out): its names are its record's,
    so the link is left out, not one yet to make (V242's warning is for a referent with no record)."""
    named = {m["entity"] for m in doc["mentions"] if m["kind"] == "name"}
    entity = choose(rng, [e for e in doc["entities"] if e["id"] in named and e.get("kb_id")])
    if rng.random() < 0.5:
        entity["kb_id"] = None
    else:
        del entity["kb_id"]


@json_kind("metonymy-not-gpe", reject("V244"), REFERENCES)
def metonymy_not_gpe(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Mark a mention of a person, organisation or other non-GPE entity as metonymic."""
    types = {e["id"]: e["type"] for e in doc["entities"]}
    choose(rng, [m for m in doc["mentions"] if types.get(m["entity"]) not in (None, "GPE")])["metonymy"] = True


@json_kind("entity-typed-against-its-nominal", reject("V403", "V376", "V439"), REFERENCES)
def entity_typed_against_its_nominal(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Give an entity linked to no record, and mentioned by no pronoun, a type that a head noun of one of its
    nominals never names (`the shells` a VEH, `Some analysts` an ORG): V403, or V376 where the nominal's words are a
    record's name, or V439 where the entity is a group whose members' types it leaves (`Kim and Putin` ... `the two
    leaders` an EVENT: V403 folded behind it)."""
    heads: dict[str, set[frozenset[str]]] = {}
    for m in doc["mentions"]:
        head = nominal_head(nominal_key(m["text"])) if m["kind"] == "nominal" and not m.get("metonymy") else None
        heads.setdefault(m["entity"], set()).add(HEAD_TYPES[head] if head in HEAD_TYPES else frozenset(
            {"pronoun"} if m["kind"] == "pronoun" else ()))
    options = [(e, sorted(set(ENTITY_TYPES) - set().union(*heads[e["id"]]))) for e in doc["entities"]
               if not e.get("kb_id") and any(heads.get(e["id"], ())) and frozenset({"pronoun"}) not in heads[e["id"]]]
    entity, types = choose(rng, options)
    entity["type"] = rng.choice(types)


#: the words between the conjuncts of a group (`Kim and Putin`, `South Korea, the United States and Japan`)
_CONJUNCTIONS = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


@kind("group-typed-against-its-members", reject("V439"), REFERENCES, bases=REAL)
def group_typed_against_its_members(corpus: Corpus, rng: random.Random) -> None:
    """Give an entity linked to no record whose nominal coordinates names of other entities, one type all (`Kim and
    Putin`, each conjunct a nested name, after `the` or `both` at most), another type (V439)."""
    _in_a_document(corpus, rng, _group_retyped)  # two of the five reports have no such group


def _group_retyped(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """`group_typed_against_its_members` on one document."""
    types = {e["id"]: e["type"] for e in doc["entities"]}
    options = []
    for e in doc["entities"]:
        for g in (m for m in doc["mentions"] if m["entity"] == e["id"] and m["kind"] == "nominal" and not e.get(
                "kb_id") and _CONJUNCTIONS.search(m["text"])):
            inner = {m["text"]: types.get(m["entity"]) for m in doc["mentions"] if m["entity"] != e["id"]
                     and g["start"] <= m["start"] and m["end"] <= g["end"] and m["kind"] == "name"}
            parts = [re.sub(r"^(?:the|both)\s+", "", part, flags=re.I) for part in _CONJUNCTIONS.split(g["text"])]
            kinds = {inner.get(part) for part in parts}
            if len(kinds) == 1 and types[e["id"]] in kinds:
                options.append(e)
    entity = choose(rng, options)
    entity["type"] = rng.choice(sorted(set(ENTITY_TYPES) - {entity["type"]}))


def _group_members(doc: Any, group: dict) -> frozenset[str]:
    """The entities of the names nested in a group mention that are its conjuncts whole (after `the` or `both`)."""
    inner = {m["text"]: m["entity"] for m in doc["mentions"] if m["entity"] != group["entity"]
             and group["start"] <= m["start"] and m["end"] <= group["end"] and m["kind"] == "name"}
    parts = [re.sub(r"^(?:the|both)\s+", "", part, flags=re.I) for part in _CONJUNCTIONS.split(group["text"])]
    return frozenset(inner[part] for part in parts if part in inner) if all(part in inner for part in parts) else (
        frozenset())


@kind("group-split", reject("V436"), REFERENCES, bases=REAL)
def group_split(corpus: Corpus, rng: random.Random) -> None:
    """Move a group mention whose members (the names that are its conjuncts, `[[Russia] and [North Korea]]`) another
    group mention of its entity names too into an entity of its own (V436: one set of members, one group)."""
    _in_a_document(corpus, rng, _group_moved_out)  # one of the five reports has no two such groups in a chain


def _group_moved_out(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """`group_split` on one document."""
    groups = [(m, _group_members(doc, m)) for m in doc["mentions"] if m["kind"] == "nominal"
              and _CONJUNCTIONS.search(m["text"])]
    mention = choose(rng, [m for m, members in groups if len(members) > 1 and any(
        other is not m and other["entity"] == m["entity"] and same == members for other, same in groups)])
    entity = next(e for e in doc["entities"] if e["id"] == mention["entity"])
    doc["entities"].append({**entity, "id": "e_split", "name": mention["text"]})
    mention["entity"] = "e_split"


@json_kind("mention-inside-its-entity", reject("V245"), CONSISTENCY)
def mention_inside_its_entity(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Add a mention over the last token of a mention of two or more tokens, of the same entity (`[Vladimir
    [Putin]]`), where no mention has that span yet."""
    spans = {(m["start"], m["end"]) for m in doc["mentions"]}
    tokens = {t[1]: t for t in doc["tokens"]}  # by their end
    options = [(m, tokens[m["end"]]) for m in doc["mentions"] if m["end"] in tokens
               and tokens[m["end"]][0] > m["start"] and (tokens[m["end"]][0], m["end"]) not in spans
               and any(map(str.isalnum, tokens[m["end"]][2]))]
    mention, token = choose(rng, options)
    doc["mentions"].append({"id": "m999", "start": token[0], "end": token[1], "text": token[2],
                            "entity": mention["entity"], "kind": mention["kind"], "metonymy": mention["metonymy"]})


def _type_of(doc: Any) -> dict[str, str]:
    """The entity type of each mention, by mention id."""
    types = {e["id"]: e["type"] for e in doc["entities"]}
    return {m["id"]: types.get(m["entity"], "") for m in doc["mentions"]}


@json_kind("mention-widened-over-a-comma", reject("V345"), CONSISTENCY, bases=REAL)
def mention_widened_over_a_comma(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Extend a mention over the comma token that follows it (text made to match), where no other mention starts
    or ends there (`[military spy satellites,]`)."""
    commas = {t[0]: t for t in doc["tokens"] if t[2] == ","}
    edges = [m["end"] for m in doc["mentions"]] + [m["start"] for m in doc["mentions"]]
    mention = choose(rng, [m for m in doc["mentions"] if m["end"] in commas and edges.count(m["end"]) == 1])
    mention["end"] = commas[mention["end"]][1]
    retext(doc, mention)


@json_kind("reported-speech-cue-dropped", reject("V348", "V226"), CONSISTENCY, bases=REAL)
def reported_speech_cue_dropped(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Remove the cue of an indirect or mixed quote (one nested in another is then its copy too: V226)."""
    choose(rng, [q for q in doc["quotes"] if q["kind"] != "direct" and q.get("cue")])["cue"] = None


#: what lies between two places a coordination lists side by side (`[North Korea] and [Russia]`): a containment
#: between them is V441's, whichever way round
_LISTED = re.compile(r",?\s+(?:and|or|nor|as\s+well\s+as|and/or|&)\s+(?:(?:the|both)\s+)?", re.IGNORECASE)


def _listed(text: str, a: dict, b: dict) -> bool:
    """Whether a coordination alone lies between mentions `a` and `b`, in either order."""
    first, second = sorted((a, b), key=lambda m: m["start"])
    return _LISTED.fullmatch(text, first["end"], second["start"]) is not None


# V366 too: a containment reversed between two linked records also contradicts the same records' containment that
# another document states (the corpus's own, not read from the first error), a genuine second contradiction
@json_kind("relation-containment-reversed", reject("V258", "V271", "V366", "V434"), CONSISTENCY, bases=REAL)
def relation_containment_reversed(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Copy a containment relation (PART_OF, LOCATED_IN) under a new id, head and tail swapped (both of types
    the swapped roles accept): the part then contains its whole. In a document without one, LOCATED_IN both
    ways between two places of one sentence, not two the registry classes (one state in another is V464's, either
    way round, and a state or a city in a city V475's).
    Where the copy's words say which place holds the other (an address, a possessive, an `in` or `of`), it is
    V271's or V434's, which name the reversed one, and V258 leaves it alone."""
    types = _type_of(doc)
    options = [r for r in doc["relations"] if r["type"] in ANTISYMMETRIC_RELATIONS
               and types.get(r["tail"]) in RELATION_TYPES[r["type"]]["head"]
               and types.get(r["head"]) in RELATION_TYPES[r["type"]]["tail"]]
    if not options:
        text = raw_text(doc)
        places = [m for m in doc["mentions"] if types[m["id"]] in RELATION_TYPES["LOCATED_IN"]["tail"]]
        classed, kb = _place_records(), {e["id"]: e.get("kb_id") for e in doc["entities"]}
        head, tail = choose(rng, [(a, b) for a in places for b in places if a["entity"] != b["entity"]
                                  and _sentence(doc, a["start"]) == _sentence(doc, b["start"])
                                  and not _listed(text, a, b)
                                  and not (kb[a["entity"]] in classed and kb[b["entity"]] in classed)])
        options = [{"id": "rfuzz0", "type": "LOCATED_IN", "head": head["id"], "tail": tail["id"],
                    "factuality": "asserted"}]
        doc["relations"].append(options[0])
    relation = dict(choose(rng, options))
    relation.update(id="rfuzz", head=relation["tail"], tail=relation["head"])
    doc["relations"].insert(rng.randrange(len(doc["relations"]) + 1), relation)


@json_kind("relation-exclusive-type", reject("V259"), CONSISTENCY)
def relation_exclusive_type(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Copy a relation under a new id with a type that excludes its own between the same two entities
    (LEADER_OF beside OFFICIAL_OF or NATIONALITY, SUPPLIES beside RECEIVES), one its arguments' types fit; not a
    transfer in a sentence that coordinates a word of supplying and one of receiving (`bought and sold`: two
    transfers, V259 accepts both sides)."""
    types, mentions = _type_of(doc), _mentions(doc)
    options = [(r, other) for r in doc["relations"] for group in EXCLUSIVE_RELATIONS if r["type"] in group
               for other in sorted(group - {r["type"]})
               if types.get(r["head"]) in RELATION_TYPES[other]["head"]
               and types.get(r["tail"]) in RELATION_TYPES[other]["tail"]
               and not (other in ("SUPPLIES", "RECEIVES") and _two_transfers(doc, mentions.get(r["head"])))]
    relation, other = choose(rng, options)
    doc["relations"].append({**relation, "id": "rfuzz", "type": other})


def _two_transfers(doc: Any, head: dict | None) -> bool:
    """Whether the sentence of `head` holds a word of supplying and one of receiving at most four tokens apart (more
    than V259's coordination needs: a kind never plants what it may accept)."""
    if head is None:
        return True
    sentence = doc["sentences"][_sentence(doc, head["start"])]
    words = [t[2].lower() for t in doc["tokens"] if sentence["start"] <= t[0] < sentence["end"]]
    return any(abs(a - b) <= 4 for a, w in enumerate(words) if w in SUPPLY_WORDS
               for b, v in enumerate(words) if v in RECEIVE_WORDS)


def _sentence_words(doc: Any, index: int) -> set[str]:
    sentence = doc["sentences"][index]
    return {t[2].lower().replace("\u2019", "'") for t in doc["tokens"] if sentence["start"] <= t[0] < sentence["end"]}


@json_kind("relation-denied-without-negation", reject("V260"), CONSISTENCY)
def relation_denied_without_negation(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Set `denied` on a relation (head and tail in one sentence) whose sentence has no negation or denial word."""
    mentions = _mentions(doc)
    options = []
    for r in doc["relations"]:
        head, tail = mentions.get(r["head"]), mentions.get(r["tail"])
        if head is None or tail is None or r.get("factuality") == "denied":
            continue
        sentence = _sentence(doc, head["start"])
        words = _sentence_words(doc, sentence) if sentence == _sentence(doc, tail["start"]) >= 0 else {"not"}
        if words.isdisjoint(NEGATION_WORDS) and not any(w.endswith("n't") for w in words):
            options.append(r)
    choose(rng, options)["factuality"] = "denied"


def _relabel_options(doc: Any, label: str) -> list[tuple[dict, set[str]]]:
    """The relations not labelled `label` whose head and tail lie in one sentence, each with its sentence's words."""
    mentions, found = _mentions(doc), []
    for r in doc["relations"]:
        head, tail = mentions.get(r["head"]), mentions.get(r["tail"])
        if head is not None and tail is not None and r.get("factuality") != label \
                and _sentence(doc, head["start"]) == _sentence(doc, tail["start"]) >= 0:
            found.append((r, _sentence_words(doc, _sentence(doc, head["start"]))))
    return found


# V362 and V412 too: a title's or a place modifier's relation relabelled is theirs, V410 folded behind them
@json_kind("relation-possible-without-hedge", reject("V410", "V362", "V412"), CONSISTENCY)
def relation_possible_without_hedge(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Set `possible` on a relation whose sentence holds no word of a modal, a plan or a hedge, not `to` after its head
    (a headline's plan, `Kim to meet Putin`), and, for an event, no noun of an event beside its arguments (V410
    leaves a noun phrase's label to the time of writing)."""
    text, mentions = raw_text(doc), _mentions(doc)
    options = []
    for r, words in _relabel_options(doc, "possible"):
        head, tail = mentions[r["head"]], mentions[r["tail"]]
        first, last = min(head["start"], tail["start"]), max(head["end"], tail["end"])
        if words.isdisjoint(HEDGE_WORDS) and not any(w.endswith(("n't", "n\u2019t")) for w in words) \
                and text[head["end"]:head["end"] + 8].split()[:1] != ["to"] and not (
                    r["type"] in EVENT_RELATIONS and event_noun(LETTER_RUNS.findall(
                        text[max(first - EVENT_REACH, 0):last + EVENT_REACH].lower()))):
            options.append(r)
    choose(rng, options)["factuality"] = "possible"


# V362, V368 and V412 too: a title's, a modal's or a place modifier's relation relabelled is theirs, V410 folded
@json_kind("relation-reported-without-source", reject("V410", "V362", "V368", "V412"), CONSISTENCY)
def relation_reported_without_source(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Set `reported` on a relation whose sentence holds no word of saying or reporting and no quote's content."""
    mentions = _mentions(doc)
    quoted = [(c["start"], c["end"]) for q in doc["quotes"] for c in q.get("content") or ()]
    options = [r for r, words in _relabel_options(doc, "reported")
               if words.isdisjoint(_SOURCE_WORDS) and not any(map(of_saying, words))
               and not any(a < m["end"] and m["start"] < b for a, b in quoted
                           for m in (mentions[r["head"]], mentions[r["tail"]]))]
    choose(rng, options)["factuality"] = "reported"


# V360, V397 and V424 too: a party whose verb, preposition or effort says its side, V411 folded behind them
@json_kind("transfer-retyped-one-sided", reject("V411", "V360", "V397", "V424"), CONSISTENCY, bases=REAL)
def transfer_retyped_one_sided(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Retype a SUPPLIES as RECEIVES or a RECEIVES as SUPPLIES where its item's other relations in the sentence are all
    of the other type, from other entities than its head's, none joined to its head by a coordination alone: the item
    is left with parties of one side."""
    text, mentions = raw_text(doc), _mentions(doc)
    sides = {"SUPPLIES": "RECEIVES", "RECEIVES": "SUPPLIES"}
    options = []
    for r in doc["relations"]:
        head, tail = mentions.get(r["head"]), mentions.get(r["tail"])
        if r["type"] not in sides or head is None or tail is None:
            continue
        others = [mentions[o["head"]] for o in doc["relations"] if o is not r and o["tail"] == r["tail"]
                  and o["type"] in sides and o["head"] in mentions]
        kinds = {o["type"] for o in doc["relations"] if o is not r and o["tail"] == r["tail"]}
        if others and kinds == {sides[r["type"]]} and all(o["entity"] != head["entity"] for o in others) \
                and not any(_COORDINATED.fullmatch(text, min(o["end"], head["end"]), max(o["start"], head["start"]))
                            or (o["start"] < head["end"] and head["start"] < o["end"]) for o in others):
            options.append(r)
    relation = choose(rng, options)
    relation["type"] = sides[relation["type"]]


# thirty-second session: a noun of supplying or a wish fulfilled says the supplier (V467)
def _named_supplier_retyped(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Retype as RECEIVES one SUPPLIES of `doc` whose supplier a noun of supplying or a wish fulfilled names."""
    text, mentions = raw_text(doc), _mentions(doc)
    options = []
    for r in doc["relations"]:
        head, tail = mentions.get(r["head"]), mentions.get(r["tail"])
        if r["type"] != "SUPPLIES" or head is None or tail is None:
            continue
        noun = _NOUN_OF.search(text, max(tail["start"] - 80, 0), tail["start"])
        if (noun is not None and noun.group(2).lower() in _SUPPLIER_NOUNS
                and ", " in text[noun.end():head["start"]][-2:]) or (
                head["end"] <= tail["start"] and _FULFILLED.search(text, max(tail["start"] - 100, 0), tail["start"])
                and "," not in text[head["end"]:tail["start"]]):
            options.append(r)
    choose(rng, options)["type"] = "RECEIVES"


@kind("transfer-named-supplier-retyped", reject("V467"), CONSISTENCY, bases=REAL)
def transfer_named_supplier_retyped(corpus: Corpus, rng: random.Random) -> None:
    """Retype as RECEIVES a SUPPLIES whose item follows a noun of supplying and `of` said of its head (`Despite being
    a big supplier of [weapons] ..., [Seoul] is not allowed`) or `fulfilling ... wish lists for` after its head
    (`[Putin] was prepared to go in fulfilling any North Korean wish lists for [technology]`), in a document that has
    one (few do)."""
    _in_a_document(corpus, rng, _named_supplier_retyped)


# thirty-third session: the main clause's verb after `in addition to [item] ...,` says its subject's side (V424)
def _added_item_retyped(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Retype as the other side one SUPPLIES or RECEIVES of `doc` whose item follows `in addition to` or `besides` and
    whose head follows the phrase's one comma, right after it."""
    text, mentions = raw_text(doc), _mentions(doc)
    sides = {"SUPPLIES": "RECEIVES", "RECEIVES": "SUPPLIES"}
    options = []
    for r in doc["relations"]:
        head, tail = mentions.get(r["head"]), mentions.get(r["tail"])
        if r["type"] not in sides or head is None or tail is None or tail["end"] > head["start"]:
            continue
        between = text[tail["end"]:head["start"]]
        if _ADDED.search(text, max(tail["start"] - 40, 0), tail["start"]) and between.count(",") == 1 \
                and between.endswith(", ") and "\n" not in between:
            options.append(r)
    relation = choose(rng, options)
    relation["type"] = sides[relation["type"]]


@kind("transfer-added-item-retyped", reject("V424"), CONSISTENCY, bases=REAL)
def transfer_added_item_retyped(corpus: Corpus, rng: random.Random) -> None:
    """Retype as the other side a SUPPLIES or RECEIVES whose item `in addition to` adds to what the main clause's
    subject, its head, seeks or supplies (`in addition to [advanced weaponry] for North Korea's ... program, [Kim] is
    also seeking food`), in a document that has one (few do)."""
    _in_a_document(corpus, rng, _added_item_retyped)


#: a reporter right before a word of saying and `that`, then the clause's subject: `[Experts] predict that [Moscow]`,
#: `[Washington] claims that [Kim]`, an auxiliary before, words between (`said Wednesday that`, `told Reuters that`,
#: `have expressed concern that`)
_REPORTED_THAT = re.compile(r"(?: (?:has|have|had))? (?:said|says|claims|claim|claimed|predict|predicts|believe|"
                            r"believes|warned|noted|told|expressed|confirmed|released)(?: \w+){0,3} that (?:the )?\Z")


def _types_and_pairs(doc: Any, mentions: dict[str, Any]) -> tuple[dict[str, str], set[frozenset[str]]]:
    """`doc`'s entity types by id, and the pairs of entities a relation of `doc` joins (either way round)."""
    types = {e["id"]: e["type"] for e in doc["entities"]}
    return types, {frozenset((mentions[r["head"]]["entity"], mentions[r["tail"]]["entity"])) for r in doc["relations"]
                   if r["head"] in mentions and r["tail"] in mentions}


# V421 alone: the re-pointed head's entity has no relation with the tail's, and no mention after the clause opens
@json_kind("relation-head-to-reporter", reject("V421"), CONSISTENCY, bases=REAL)
def relation_head_to_reporter(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Re-point the head of a meeting, journey or transfer whose head opens a reported clause (`Experts predict that
    [Moscow] would demand [anti-tank missiles]`) at the reporter right before the word of saying: the head is then the
    source, not the party (an entity of a type the relation takes as head, named nowhere after it in the sentence,
    with no relation to the tail's entity)."""
    text, mentions = raw_text(doc), _mentions(doc)
    types, related = _types_and_pairs(doc, mentions)
    options = []
    for r in doc["relations"]:
        head, tail = mentions.get(r["head"]), mentions.get(r["tail"])
        if r["type"] not in EVENT_RELATIONS or head is None or tail is None or head["end"] > tail["start"]:
            continue
        for m in doc["mentions"]:
            said = _REPORTED_THAT.match(text, m["end"], head["start"])
            if said and said.end() == head["start"] and types.get(m["entity"]) in RELATION_TYPES[r["type"]]["head"] \
                    and frozenset((m["entity"], tail["entity"])) not in related and m["entity"] != head["entity"] \
                    and not any(o["entity"] == m["entity"] and head["start"] <= o["start"] < _sentence_end(doc, head)
                                for o in doc["mentions"]):
                options.append((r, m["id"]))
    relation, reporter = choose(rng, options)
    relation["head"] = reporter


#: a preposition of place right before a mention, one article or possessive between (V472's words for a traveller),
#: or `of` after a noun of a place or a direction (`the Russian city of`, `north of`: thirty-sixth session); not the
#: `to` of `according to` (an attribution, V421's)
_TO_A_PLACE = re.compile(r"\b(?:(?<!according )to|in|into|at|for|on|toward|towards|near|across|through|via|inside|"
                         r"within|onto|(?:city|town|port|region|north|south|east|west) of)"
                         r"(?: (?:the|a|an|its|his|her|their))? \Z", re.IGNORECASE)


# V472 alone: the place has no relation with the tail's entity, and is no mention of the tail's or the head's entity
@json_kind("travel-head-to-a-place", reject("V472"), CONSISTENCY, bases=REAL)
def travel_head_to_a_place(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Re-point a TRAVELS_TO head at a place of its sentence right after a preposition of place (`Kim would travel ...
    to two other cities in [Russia]'s Far East`, `in the Russian city of [Komsomolsk-on-Amur]` since the thirty-sixth
    session): a GPE, no metonym, of an entity other than the head's and the tail's that no relation of the document
    joins to the tail's (the relation-argument sweep's move, thirty-third session)."""
    _travel_head_moved(doc, rng, lambda text, m, inside: not m.get("metonymy") and _TO_A_PLACE.search(
        text, max(m["start"] - 20, 0), m["start"]) is not None, "GPE")


def _travel_head_moved(doc: Any, rng: random.Random, picks: Callable[[str, dict, list[dict]], bool], kind: str) -> None:
    """Re-point a TRAVELS_TO head at a mention of `kind` of its sentence that `picks` (the text, the mention, the
    sentence's mentions) takes, of an entity other than the head's and the tail's that no relation of the document
    joins to the tail's."""
    text, mentions = raw_text(doc), _mentions(doc)
    types, related = _types_and_pairs(doc, mentions)
    options = []
    for r in doc["relations"]:
        head, tail = mentions.get(r["head"]), mentions.get(r["tail"])
        if r["type"] != "TRAVELS_TO" or head is None or tail is None:
            continue
        start, end = _sentence_start(doc, head), _sentence_end(doc, head)
        inside = [m for m in doc["mentions"] if start <= m["start"] and m["end"] <= end]
        options += [(r, m["id"]) for m in inside
                    if types.get(m["entity"]) == kind and m["entity"] not in (head["entity"], tail["entity"])
                    and frozenset((m["entity"], tail["entity"])) not in related and picks(text, m, inside)]
    relation, moved = choose(rng, options)
    relation["head"] = moved


# V476 alone: the war's place has no relation with the tail's entity, and its entity is named nowhere else in the
# sentence but in a war or as a possessor
@json_kind("transfer-head-to-a-war-place", reject("V476"), CONSISTENCY, bases=REAL)
def transfer_head_to_a_war_place(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Re-point a SUPPLIES or RECEIVES head at the place of a war its sentence names (`for Moscow's war in [Ukraine]`,
    `Amid the [Ukraine] war`): a GPE, no metonym, of an entity other than the head's and the tail's that no relation
    of the document joins to the tail's, named in its sentence only in a war or as a possessor (the relation-argument
    sweep's move, thirty-fourth session)."""
    text, mentions = raw_text(doc), _mentions(doc)
    types, related = _types_and_pairs(doc, mentions)
    options = []
    for r in doc["relations"]:
        head, tail = mentions.get(r["head"]), mentions.get(r["tail"])
        if r["type"] not in ("SUPPLIES", "RECEIVES") or head is None or tail is None:
            continue
        start, end = _sentence_start(doc, head), _sentence_end(doc, head)
        inside = [m for m in doc["mentions"] if start <= m["start"] and m["end"] <= end]
        options += [(r, m["id"]) for m in inside
                    if types.get(m["entity"]) == "GPE" and not m.get("metonymy")
                    and m["entity"] not in (head["entity"], tail["entity"])
                    and frozenset((m["entity"], tail["entity"])) not in related
                    and in_a_war(text, m["start"], m["end"])
                    and all(in_a_war(text, o["start"], o["end"]) or text[o["end"]:o["end"] + 1] in ("'", "\u2019")
                            for o in inside if o["entity"] == m["entity"] and o["id"] != m["id"])]
    relation, place = choose(rng, options)
    relation["head"] = place


# V475 alone: the state is no metonym, no relation of the document joins it to the city, and no coordination or word of
# containment lies between the two (V441's, V464's words)
@kind("located-head-to-a-state", reject("V475"), CONSISTENCY, bases=REAL)
def located_head_to_a_state(corpus: Corpus, rng: random.Random) -> None:
    """Re-point the head of a LOCATED_IN whose tail is a city the registry classes (`Seoul’s [Ewha University]`) at a
    state of its sentence (`North Korea`): a mention, no metonym, of a record classed a country or a sovereign state
    that no relation of the document joins to the city, with more than a coordination or a word of containment between
    the two (the relation-argument sweep's move, thirty-fourth session), in a document that has one (one of the five
    reports)."""
    _in_a_document(corpus, rng, _located_head_to_a_state)


def _located_head_to_a_state(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """`located_head_to_a_state`'s edit of one document."""
    text, mentions = raw_text(doc), _mentions(doc)
    _, related = _types_and_pairs(doc, mentions)
    kb = {e["id"]: e.get("kb_id") for e in doc["entities"]}
    states, classes = _state_records(), {r["id"]: r["wikidata"].get("instance_of") for r in _registry_records()}
    options = []
    for r in doc["relations"]:
        head, tail = mentions.get(r["head"]), mentions.get(r["tail"])
        if r["type"] != "LOCATED_IN" or head is None or tail is None or tail.get("metonymy") \
                or classes.get(kb.get(tail["entity"]) or "") not in _CITY_CLASSES:
            continue
        start, end = _sentence_start(doc, head), _sentence_end(doc, head)
        options += [(r, m["id"]) for m in doc["mentions"]
                    if start <= m["start"] and m["end"] <= end and kb.get(m["entity"]) in states
                    and not m.get("metonymy") and m["entity"] != head["entity"]
                    and frozenset((m["entity"], tail["entity"])) not in related
                    and not _listed(text, m, tail) and not _words_place_between(text, m, tail)]
    relation, state = choose(rng, options)
    relation["head"] = state


def _words_place_between(text: str, a: dict, b: dict) -> bool:
    """Whether the words right between mentions `a` and `b`, in either order, place one in the other as V464 and V475
    read them (`STATED_INSIDE`: `[North Korea] expert at Kookmin University in [Seoul]` reads so)."""
    first, second = sorted((a, b), key=lambda m: m["start"])
    return first["end"] <= second["start"] and STATED_INSIDE.fullmatch(text, first["end"], second["start"]) is not None


# V473 alone: the party met has no relation with the tail's entity, is no mention of the tail's or the head's entity,
# and its sentence names its entity nowhere else
@kind("travel-head-to-the-party-met", reject("V473"), CONSISTENCY, bases=REAL)
def travel_head_to_the_party_met(corpus: Corpus, rng: random.Random) -> None:
    """Re-point a TRAVELS_TO head at the party met of its sentence (`arrived in Russia on Tuesday ahead of his meeting
    with President [Vladimir Putin]`): a person right after a word of meeting and `with`, of an entity other than the
    head's and the tail's that no relation of the document joins to the tail's and that the sentence names only there
    (the relation-argument sweep's move, thirty-fifth session), in a document that has one (three of the five)."""
    _in_a_document(corpus, rng, _travel_head_to_the_party_met)


def _travel_head_to_the_party_met(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """`travel_head_to_the_party_met`'s edit of one document."""
    _travel_head_moved(doc, rng, lambda text, m, inside: _MET_WITH.search(
        text, max(m["start"] - _MET_REACH, 0), m["start"]) is not None and not re.match(
        r",?\s+who\b|\s+[a-z]+ing\b", text[m["end"]:]) and all(
        o["entity"] != m["entity"] or o["id"] == m["id"] for o in inside), "PER")


# V421 alone: the mention's entity is named in its sentence only inside the attribution, no relation of the document
# joins it to the other argument's, and the other argument lies outside the attribution
@kind("event-argument-to-the-attribution", reject("V421"), CONSISTENCY, bases=REAL)
def event_argument_to_the_attribution(corpus: Corpus, rng: random.Random) -> None:
    """Re-point an argument of a meeting, journey or transfer at a mention of its sentence's attribution, an `according
    to` phrase with its apposition or relative clause or the source of a closing `..., X said.` (`..., according to
    Dmitry Peskov, [a spokesman] for the [Kremlin]`, `..., the [Kremlin] said.`): a mention of a type the role takes,
    of an entity other than the arguments' that no relation of the document joins to the other argument's and that the
    sentence names only there, the other argument outside the attribution (the relation-argument sweep's move,
    thirty-sixth session), in a document that has one (four of the five)."""
    _in_a_document(corpus, rng, _event_argument_to_the_attribution)


def _event_argument_to_the_attribution(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """`event_argument_to_the_attribution`'s edit of one document."""
    text, mentions = raw_text(doc), _mentions(doc)
    types, related = _types_and_pairs(doc, mentions)
    phrases = list(attributions(text, [s["start"] for s in doc["sentences"]], None))
    options = []
    for r in doc["relations"]:
        if r["type"] not in EVENT_RELATIONS or r["head"] not in mentions or r["tail"] not in mentions:
            continue
        for role, other in (("head", mentions[r["tail"]]), ("tail", mentions[r["head"]])):
            start, end = _sentence_start(doc, other), _sentence_end(doc, other)
            inside = [m for m in doc["mentions"] if start <= m["start"] and m["end"] <= end]
            for low, high in phrases:
                if not start <= low < end or low <= other["start"] < high:
                    continue
                options += [(r, role, m["id"]) for m in inside if low <= m["start"] < high
                            and types.get(m["entity"]) in RELATION_TYPES[r["type"]][role]
                            and m["entity"] not in (mentions[r["head"]]["entity"], mentions[r["tail"]]["entity"])
                            and frozenset((m["entity"], other["entity"])) not in related
                            and all(low <= o["start"] < high for o in inside if o["entity"] == m["entity"])]
    relation, role, moved = choose(rng, options)
    relation[role] = moved


#: what parts two items of a list of titled people (`Ri Pyong Chol and [Jo Chun Yong]`, `..., and Navy Adm.`)
_LIST_MARK = re.compile(r"\A[^.;]{0,12}?(?:,|;|\band\b)[^.;]{0,12}\Z")


# V419 alone: the item's entity has a title relation of its own in the sentence and none with the tail's entity
@kind("title-head-to-a-titled-list-item", reject("V419"), CONSISTENCY, bases=REAL)
def title_head_to_a_titled_list_item(corpus: Corpus, rng: random.Random) -> None:
    """Re-point the head of an OFFICIAL_OF or AFFILIATED_WITH (a LEADER_OF's head moved off its word of leading is
    V361's) at another person's name of a list of titled people in its sentence, one whose own title a relation of
    the document states there (`[Pak Thae Song], chairman of
    North Korea's space science and technology committee, and [Navy] Adm. Kim Myong Sik`, `Korean People's Army
    Marshal Ri Pyong Chol and [Jo Chun Yong], a ruling party official` as OFFICIAL_OF(Jo Chun Yong, Korean People's
    Army)): a list's mark (a comma, a semicolon, `and`) between the item with its title and the relation's arguments,
    and no relation joining the item's entity to the tail's (V419's widenings of the thirty-fifth and thirty-sixth
    sessions), in a document that has one (three of the five)."""
    _in_a_document(corpus, rng, _title_head_to_a_titled_list_item)


def _title_head_to_a_titled_list_item(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """`title_head_to_a_titled_list_item`'s edit of one document."""
    text, mentions = raw_text(doc), _mentions(doc)
    types, related = _types_and_pairs(doc, mentions)
    titled = [r for r in doc["relations"] if r["type"] in ("OFFICIAL_OF", "LEADER_OF", "AFFILIATED_WITH")
              and r["head"] in mentions and r["tail"] in mentions]
    options = []
    for r in (r for r in titled if r["type"] != "LEADER_OF"):  # (a LEADER_OF off its word of leading: V361's)
        head, tail = mentions[r["head"]], mentions[r["tail"]]
        start, end = _sentence_start(doc, head), _sentence_end(doc, head)
        if not start <= tail["start"] < end:
            continue
        for own in titled:
            item, owner = mentions[own["head"]], mentions[own["tail"]]
            low, high = min(item["start"], owner["start"]), max(item["end"], owner["end"])
            first, last = min(head["start"], tail["start"]), max(head["end"], tail["end"])
            gap = text[high:first] if high <= first else text[last:low] if last <= low else None
            if gap is not None and start <= low and high <= end and item["kind"] == "name" \
                    and types.get(item["entity"]) == "PER" and _LIST_MARK.match(gap) \
                    and item["entity"] not in (head["entity"], tail["entity"]) and owner["entity"] != tail["entity"] \
                    and frozenset((item["entity"], tail["entity"])) not in related:
                options.append((r, item["id"]))
    relation, item = choose(rng, options)
    relation["head"] = item


def _sentence_start(doc: Any, m: dict[str, Any]) -> int:
    """The start of the sentence that holds mention `m`'s start."""
    return next((s["start"] for s in doc["sentences"] if s["start"] <= m["start"] < s["end"]), m["start"])


def _sentence_end(doc: Any, m: dict[str, Any]) -> int:
    """The end of the sentence that holds mention `m`'s start."""
    return next((s["end"] for s in doc["sentences"] if s["start"] <= m["start"] < s["end"]), m["end"])


@json_kind("attribution-against-cue", reject("V261"), CONSISTENCY, bases=("sample", "real"))
def attribution_against_cue(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Give a quote whose cue reports an utterance (said, told, ...) the attribution `thought` or `evidence`, or
    one whose cue reports a thought (believe, wonder, ...) `speech` or `writing` (a quote that no quote link records:
    a linked one must be said, V333)."""
    options = []
    for q in unlinked(doc, doc["quotes"]):
        words = set(re.findall(r"\w+", q["cue"]["text"].lower())) if q.get("cue") else set()
        uttered, thought = not words.isdisjoint(UTTERANCE_CUES), not words.isdisjoint(THOUGHT_CUES)
        if uttered != thought:
            options += [(q, a) for a in (("thought", "evidence") if uttered else ("speech", "writing"))]
    quote, attribution = choose(rng, options)
    quote["attribution"] = attribution
#: bare cue words of speaking: a person's or a state's quote of one is `speech` where its sentences name no text (V401)
_SAID = frozenset({"said", "says", "say", "told", "tells", "warned", "added", "noted", "stated", "asked"})


@json_kind("speech-typed-writing", reject("V401"), CONSISTENCY, bases=("sample", "real"))
def speech_typed_writing(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Type `writing` a quote of a person or a state (its speaker in its cue's sentence) whose cue is a bare word of
    speaking (`said`, `told`, `warned`), in sentences with no word of a text or of a medium (`statement`, `Telegram`,
    `briefing`, `reporters`: V261's): a quote that no quote link records (a linked one's type is compared, V333)."""
    types = {e["id"]: e["type"] for e in doc["entities"]}
    mentions = _mentions(doc)
    options = []
    for q in unlinked(doc, doc["quotes"]):
        speaker, cue = mentions.get(q.get("speaker") or ""), q.get("cue")
        if q.get("attribution") != "speech" or cue is None or speaker is None \
                or types.get(speaker["entity"]) not in ("PER", "GPE") or cue["text"].lower() not in _SAID \
                or _sentence(doc, speaker["start"]) != _sentence(doc, cue["start"]):
            continue
        edges = [cue["start"], speaker["start"], *(o for c in q["content"] for o in (c["start"], c["end"] - 1))]
        first, last = _sentence(doc, min(edges)), _sentence(doc, max(edges))
        words = set().union(*(_sentence_words(doc, k) for k in range(first, last + 1)))
        if words.isdisjoint(_TEXT_WORDS | _SPOKEN):
            options.append(q)
    choose(rng, options)["attribution"] = "writing"


@kind("dispatch-typed-speech", reject("V438"), CONSISTENCY, bases=REAL)
def dispatch_typed_speech(corpus: Corpus, rng: random.Random) -> None:
    """Type `speech` a news agency's quote (an ORG whose name says `News Agency`) whose cue is a bare word of saying
    or `according to` it (`Korean Central News Agency said ...`): its dispatch, `writing`. A quote that no quote link
    records (a linked one's type is compared, V333)."""
    _in_a_document(corpus, rng, _dispatch_typed_speech)


def _dispatch_typed_speech(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """`dispatch_typed_speech` on one document."""
    entities, mentions = {e["id"]: e for e in doc["entities"]}, _mentions(doc)
    options = []
    for q in unlinked(doc, doc["quotes"]):
        speaker, cue = mentions.get(q.get("speaker") or ""), q.get("cue")
        entity = entities.get(speaker["entity"]) if speaker is not None else None
        if q.get("attribution") == "writing" and cue is not None and entity is not None and entity["type"] == "ORG" \
                and "news agency" in entity["name"].lower() \
                and (cue["text"].lower() in _SAID or cue["text"].lower() == "according to"):
            options.append(q)
    choose(rng, options)["attribution"] = "speech"


@json_kind("cue-moved-onto-a-verb", reject("V380"), CONSISTENCY, bases=REAL)
def cue_moved_onto_a_verb(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Move a quote's cue onto a word in `-ed` of its sentence that is no word of saying (`said` to `accepted`,
    `expressed` to `remained`), outside every quote's content and cue and every mention: a quote that no quote link
    records (a linked one's cue is compared, V340)."""
    taken = [(c["start"], c["end"]) for q in doc["quotes"] for c in [*q["content"], *([q["cue"]] if q["cue"] else [])]]
    taken += [(m["start"], m["end"]) for m in doc["mentions"]]
    options = []
    for q in (q for q in unlinked(doc, doc["quotes"]) if q.get("cue")):
        sentence = doc["sentences"][_sentence(doc, q["cue"]["start"])]
        options += [(q, t) for t in doc["tokens"] if sentence["start"] <= t[0] < sentence["end"]
                    and t[2].isalpha() and t[2].islower() and t[2].endswith("ed") and not cue_says(t[2])
                    and not any(s < t[1] and t[0] < e for s, e in taken)]
    quote, (start, end, word) = choose(rng, options)
    quote["cue"] = {"start": start, "end": end, "text": word}


@kind("speaker-not-the-cue-s-subject", reject("V402"), CONSISTENCY, bases=REAL)
def speaker_not_the_cue_s_subject(corpus: Corpus, rng: random.Random) -> None:
    """Move a quote's speaker, the subject right before its cue (`[Dmitry Peskov] confirmed`), to a person, body or
    state of another entity in the cue's sentence, outside its content and every quote's cue: not one after a cue of
    telling or asking (the one told, V364's), nor one before the subject that only words join to it (its title,
    V364's), nor one inside its own content (V234's). A quote that no quote link records (a linked one's speaker is
    compared, V318)."""
    _in_a_document(corpus, rng, _speaker_moved_off_the_subject)


def _in_a_document(corpus: Corpus, rng: random.Random, edit: Edit) -> None:
    """Make `edit` on the first document, in a random order, where it applies: some documents hold no quote it
    reads."""
    documents = corpus.documents()
    rng.shuffle(documents)
    for path in documents:
        try:
            edit_json(path, edit, rng)
            return
        except NotApplicable:
            continue
    raise NotApplicable


@kind("speaker-into-another-report", reject("V437", "V402", "V364"), CONSISTENCY, bases=REAL)
def speaker_into_another_report(corpus: Corpus, rng: random.Random) -> None:
    """Move a quote's speaker to a person, body or state of another entity in its cue's sentence that lies inside
    another quote's content, one that does not hold the cue (`Peskov confirmed that [Putin had accepted ...] and said
    ...` as Putin's words): V437's, or V402's or V364's where the mention is also the one a cue's subject or object
    rule reads. A quote that no quote link records (a linked one's speaker is compared, V318)."""
    _in_a_document(corpus, rng, _speaker_into_another_report)


def _speaker_into_another_report(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """`speaker_into_another_report` on one document."""
    types, mentions = {e["id"]: e["type"] for e in doc["entities"]}, _mentions(doc)
    options = []
    for q in unlinked(doc, doc["quotes"]):
        cue, speaker = q.get("cue"), mentions.get(q.get("speaker") or "")
        if cue is None or speaker is None:
            continue
        reports = [c for other in doc["quotes"] if other is not q and not any(
            c["start"] <= cue["start"] and cue["end"] <= c["end"] for c in other["content"]) for c in other["content"]]
        options += [(q, m["id"]) for m in doc["mentions"] if m["entity"] != speaker["entity"]
                    and types.get(m["entity"]) in SPEAKER_TYPES and _sentence(doc, m["start"]) == _sentence(
                        doc, cue["start"]) and any(c["start"] <= m["start"] and m["end"] <= c["end"] for c in reports)]
    quote, mention = choose(rng, options)
    quote["speaker"] = mention


def _speaker_moved_off_the_subject(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """`speaker_not_the_cue_s_subject` on one document."""
    text, types, mentions = raw_text(doc), {e["id"]: e["type"] for e in doc["entities"]}, _mentions(doc)
    cues = [(q["cue"]["start"], q["cue"]["end"]) for q in doc["quotes"] if q["cue"]]
    options = []
    for q in unlinked(doc, doc["quotes"]):
        taken = cues + [(c["start"], c["end"]) for c in q["content"]]
        cue, speaker = q.get("cue"), mentions.get(q.get("speaker") or "")
        if cue is None or speaker is None or not cue_says(cue["text"]) or cue["text"].lower().endswith("according to"):
            continue
        gap = _BEFORE_CUE.search(text, max(cue["start"] - 40, 0), cue["start"])
        left = cue["start"] if gap is None else gap.start()
        subjects = [m for m in doc["mentions"] if m["end"] == left and types.get(m["entity"]) in SPEAKER_TYPES]
        subject = max(subjects, key=lambda m: m["end"] - m["start"], default=None)
        if subject is None or subject["entity"] != speaker["entity"]:
            continue
        sentence = _sentence(doc, cue["start"])
        for m in doc["mentions"]:
            between = text[m["end"]:subject["start"]]
            if m["entity"] == speaker["entity"] or types.get(m["entity"]) not in SPEAKER_TYPES \
                    or _sentence(doc, m["start"]) != sentence \
                    or any(s < m["end"] and m["start"] < e for s, e in taken) \
                    or (m["end"] <= subject["start"] and re.fullmatch(r"[\w\s'\u2019.-]*", between)
                        and set(between.lower().split()).isdisjoint(_NOT_IN_TITLE)) \
                    or (m["start"] >= cue["end"] and cue["text"].lower() in _ADDRESSING) \
                    or (m["start"] < subject["end"] and subject["start"] < m["end"]):
                continue
            options.append((q, m["id"]))
    quote, mention = choose(rng, options)
    quote["speaker"] = mention


@json_kind("entities-links-swapped", reject("V255"), REFERENCES)
def entities_links_swapped(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Swap the kb_ids of two linked entities of one type that have name mentions (`Kim Jong Un` linked to
    `vladimir-putin`, Putin to `kim-jong-un`): their names now name the other's record."""
    named = {m["entity"] for m in doc["mentions"] if m["kind"] == "name" and not m["metonymy"]}
    linked = [e for e in doc["entities"] if e.get("kb_id") and e["id"] in named]
    pairs = [(a, b) for i, a in enumerate(linked) for b in linked[i + 1:]
             if a["type"] == b["type"] and a["kb_id"] != b["kb_id"]]
    a, b = choose(rng, pairs)
    a["kb_id"], b["kb_id"] = b["kb_id"], a["kb_id"]


@json_kind("pronoun-gender-wrong", reject("V256"), REFERENCES)
def pronoun_gender_wrong(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Move a `he`, `him` or `his` into an entity that is no person (a GPE, an organisation, a weapon)."""
    others = [e["id"] for e in doc["entities"] if e["type"] != "PER"]
    pronouns = [m for m in doc["mentions"] if m["kind"] == "pronoun" and m["text"].lower() in ("he", "him", "his")]
    choose(rng, pronouns)["entity"] = choose(rng, others)


@json_kind("pronoun-only-entity", ACCEPT, REFERENCES)
def pronoun_only_entity(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Split a pronoun off into a new entity of its own (a warning, V257, never an error)."""
    mention = choose(rng, [m for m in doc["mentions"] if m["kind"] == "pronoun"])
    types = {e["id"]: e["type"] for e in doc["entities"]}
    doc["entities"].append({"id": "e999", "type": types.get(mention["entity"], "PER"), "name": mention["text"],
                            "kb_id": None, "distinct_from": []})
    mention["entity"] = "e999"


@json_kind("metonymy-on-own-name", reject("V255"), REFERENCES, bases=REAL)
def metonymy_on_own_name(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Mark a state's own name metonymic (`North Korea` of the North Korea GPE: metonymy is another place's
    name standing for the state)."""
    states = {e["id"]: e["name"] for e in doc["entities"] if e["type"] == "GPE" and e.get("kb_id")}
    choose(rng, [m for m in doc["mentions"] if m["kind"] == "name" and not m["metonymy"]
                 and states.get(m["entity"]) == m["text"]])["metonymy"] = True
@json_kind("metonymy-on-pronoun-or-nominal", reject("V400"), REFERENCES, bases=REAL)
def metonymy_on_pronoun_or_nominal(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Mark a pronoun or a nominal of a GPE that holds no name metonymic (`its`, `the country`: metonymy is a place's
    name standing for its state)."""
    states = {e["id"] for e in doc["entities"] if e["type"] == "GPE"}
    names = [m for m in doc["mentions"] if m["kind"] == "name"]
    choose(rng, [m for m in doc["mentions"] if m["kind"] != "name" and not m["metonymy"] and m["entity"] in states
                 and not any(m["start"] <= n["start"] and n["end"] <= m["end"] for n in names)])["metonymy"] = True


@json_kind("mention-cut-to-its-article", reject("V345"), CONSISTENCY)
def mention_cut_to_its_article(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Cut a nominal mention of two or more tokens that opens with an article (`the country`, `a summit`) back to the
    article alone: a span dragged short to its determiner."""
    tokens = {t[0]: t for t in doc["tokens"]}  # by their start
    options = [m for m in doc["mentions"] if m["kind"] == "nominal" and m["start"] in tokens
               and tokens[m["start"]][2] in ("the", "a", "an") and tokens[m["start"]][1] < m["end"]]
    mention = choose(rng, options)
    mention["end"] = tokens[mention["start"]][1]
    retext(doc, mention)


@json_kind("nominal-possessor-cut-off", reject("V415"), CONSISTENCY, bases=REAL)
def nominal_possessor_cut_off(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Cut a nominal that opens with its possessor (`Moscow’s invasion`, `Kim's delegation`) back to begin at the
    possessive `’s`: the possessor cut off (`[’s invasion]`)."""
    clitics = {t[0]: t for t in doc["tokens"] if t[2] in ("'s", "\u2019s")}  # by their start
    options = [(m, clitics[start]) for m in doc["mentions"] if m["kind"] == "nominal"
               for start in clitics if m["start"] < start and clitics[start][1] < m["end"]]
    mention, clitic = choose(rng, options)
    mention["start"] = clitic[0]
    retext(doc, mention)


@json_kind("nominal-cut-off-its-head", reject("V416", "V417", "V418"), CONSISTENCY, bases=REAL)
def nominal_cut_off_its_head(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Cut a nominal back off its last word where another mention of its entity ends on that word and none on the word
    before it (`[artillery] shells` beside `[artillery shells]`): a span dragged short of its head noun."""
    tokens = doc["tokens"]
    by_end = {t[1]: k for k, t in enumerate(tokens)}
    lasts: dict[str, list[str]] = {}
    for m in doc["mentions"]:
        lasts.setdefault(m["entity"], []).append(m["text"].lower().split()[-1])
    spans = {(m["start"], m["end"]) for m in doc["mentions"]}  # a cut onto another mention's span is V224's
    options = []
    for m in doc["mentions"]:
        last = by_end.get(m["end"])
        if m["kind"] != "nominal" or last is None or tokens[last - 1][0] < m["start"] or tokens[last - 2][2] == "-":
            continue  # a compound's second part at the new end is V413's (`[the nuclear-armed]`)
        own = lasts[m["entity"]]
        cut, head = tokens[last - 1][2], tokens[last][2]
        if _goes_on(cut, head) and own.count(head) > 1 and cut.lower() not in own and (
                m["start"], tokens[last - 1][1]) not in spans and not any(
                o is not m and o["start"] <= m["start"] and o["end"] == m["end"] for o in doc["mentions"]):
            options.append((m, tokens[last - 1][1]))
    mention, end = choose(rng, options)
    mention["end"] = end
    retext(doc, mention)


#: every quotation mark and apostrophe form: a content without any of them, in it or beside it, has no mark
_MARKS = set('"\u201c\u201d\u00ab\u00bb\u201e\uff02\u301d\u301e\u301f\u2039\u203a\u2018\u2019\u201a\u201b\'')


@json_kind("quote-kind-against-marks", reject("V252"), CONSISTENCY)
def quote_kind_against_marks(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Call a direct quote whose content sits right between two quotation marks indirect, or a quote whose content
    has no quotation mark in it or within four characters of it mixed or direct."""
    text = raw_text(doc)
    options = []
    for q in (q for q in doc["quotes"] if q["content"]):
        start, end = q["content"][0]["start"], q["content"][-1]["end"]
        if q["kind"] == "direct" and text[start - 1:start] in _MARKS and text[end:end + 1] in _MARKS:
            options.append((q, "indirect"))
        elif q["kind"] != "direct" and _MARKS.isdisjoint(text[max(0, start - 4):end + 4]):  # V252 reads past 3 stops
            options += [(q, label) for label in ("direct", "mixed") if label != q["kind"]]
    quote, label = choose(rng, options)
    quote["kind"] = label


@json_kind("name-without-capital", reject("V254"), CONSISTENCY)
def name_without_capital(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Call a nominal mention in lower case letters only, without a digit (`the shells`), a name."""
    options = [m for m in doc["mentions"] if m["kind"] == "nominal" and m["text"].islower()
               and all(c.islower() for c in m["text"] if c.isalpha()) and not any(map(str.isdigit, m["text"]))]
    choose(rng, options)["kind"] = "name"


def _name_key(text: str) -> str:
    key = " ".join(text.casefold().replace("\u2019", "'").split())
    return key[4:] if key.startswith("the ") else key


@kind("name-marked-nominal", reject("V253"), CONSISTENCY)
def name_marked_nominal(corpus: Corpus, rng: random.Random) -> None:
    """Call a name mention nominal where its text is an alias of its entity's registry record, or the record's
    name with every word capitalised (`Vladimir Putin`)."""
    records = json.loads(corpus.registry.read_bytes())["entities"]
    names = {r["id"]: {_name_key(n) for n in r.get("aliases", []) + ([r["name"]] if all(
        w[:1].isupper() for w in r["name"].split()) else [])} for r in records}
    path = corpus.document(rng)
    doc = json.loads(path.read_bytes())
    kb_ids = {e["id"]: e.get("kb_id") for e in doc["entities"]}
    options = [m for m in doc["mentions"] if m["kind"] == "name" and any(c.isupper() for c in m["text"])
               and _name_key(m["text"]) in names.get(kb_ids.get(m["entity"]) or "", set())]
    choose(rng, options)["kind"] = "nominal"
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
@json_kind("headline-after-body", reject("V265"), CONSISTENCY)
def headline_after_body(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Label a body zone that follows another body zone (a paragraph) `headline`: a headline after the body."""
    kinds = [z["kind"] for z in doc["zones"]]
    later = [i for i, kind in enumerate(kinds) if kind == "body" and "body" in kinds[:i]]
    doc["zones"][choose(rng, later)]["kind"] = "headline"


#: a paragraph's end: a full stop after a word in lower case, closing quotes before or after it (`... of the shells.`,
#: `... came here."`); a stray `Â` after it (a no-break space decoded twice) read past
_PARAGRAPH_END = re.compile(
    r"(?<![\w.])(?!(?:etc|al|vs)\.)[a-z][\w\u2019'-]*[\"\u201d\u2019')]*\.[\"\u201d\u2019')]*\s*\u00c2?\s*$")


@json_kind("zone-kind-swapped", reject("V262", "V277", "V278"), CONSISTENCY)
def zone_kind_swapped(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Label a body paragraph (a zone that ends with a full stop after a word in lower case, not the body zone
    that goes on in its dateline's line) `subheading`, `byline` or `dateline`: a paragraph given a heading's or a
    credit's label, which its words contradict. A quote in a paragraph labelled a credit is V262's besides V278,
    by design (tests/test_rules_zone_kinds.py): the quotes' zone is refused as well as the label."""
    zones = doc["zones"]
    options = [z for i, z in enumerate(zones) if z["kind"] == "body" and _PARAGRAPH_END.search(z["text"][-60:])
               and not (i and zones[i - 1]["kind"] == "dateline")]
    label = rng.choice(("subheading", "byline", "dateline"))
    zone = choose(rng, options)
    zone["kind"] = label
    quoted = any(zone["start"] <= f["start"] < zone["end"] for q in doc["quotes"] for f in q["content"])
    must_draw(*(("V277",) if zone["kind"] == "subheading" else ("V278", "V262") if quoted else ("V278",)))


def _zone_at(doc: Any, offset: int) -> int:
    return sum(z["start"] <= offset for z in doc["zones"])


@json_kind("sentence-across-zones", reject("V266"), CONSISTENCY)
def sentence_across_zones(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Merge two neighbouring sentences of two zones (a paragraph and the next, a headline and its byline) into
    one, where they do not both state one relation (that would be V223's duplicate too)."""
    from .k_benign import _relations_of

    sentences = doc["sentences"]
    # the zone where the first ends, not where it starts: a dateline's sentence runs on into its body zone
    # (AP's first line, V266's one exception), so merging it with the next body sentence crosses no other zone
    i = choose(rng, [i for i in range(len(sentences) - 1)
                     if _zone_at(doc, sentences[i]["end"] - 1) != _zone_at(doc, sentences[i + 1]["start"])
                     and not _relations_of(doc, i) & _relations_of(doc, i + 1)])
    sentences[i]["end"] = sentences[i + 1]["end"]
    retext(doc, sentences[i])
    del sentences[i + 1]


@json_kind("sentence-merge-uncounted", reject("V283"), SENTENCES, bases=REAL)  # the samples: a sentence per zone
def sentence_merge_uncounted(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Merge two neighbouring sentences of one zone (`merge_sentences`), the start removed not counted: the sentence
    layer is no longer the splitter's (V283)."""
    from .k_benign import merge_sentences  # k_benign imports this module

    merge_sentences(doc, rng)


@json_kind("sentence-merge-counted", reject("V283"), SENTENCES, bases=REAL)  # the samples: a sentence per zone
def sentence_merge_counted(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Merge two neighbouring sentences of one zone (`merge_sentences`), the start removed counted in
    `tokenizer.sentence_corrections`: a start after a final mark that no mention or cue crosses is no correction
    (V283; it was a benign edit until an attack joined two sentences so)."""
    from .k_benign import merge_sentences  # k_benign imports this module

    merge_sentences(doc, rng)
    doc["tokenizer"]["sentence_corrections"] = doc["tokenizer"].get("sentence_corrections", 0) + 1


@json_kind("sentence-split-inside-mention", reject("V240"), SENTENCES, bases=REAL)
def sentence_split_inside_mention(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """End a sentence inside a mention of two tokens or more (`... Kim Jong` | `Un arrived ...`), in a sentence that
    holds no relation's argument and lies inside no quote's reach (its content, cue and speaker), whose sentences
    V217, V246 and V263 count; the start added counted in `tokenizer.sentence_corrections` (uncounted, V283 would
    report the boundary and V240 follow from it)."""
    mentions = {m["id"]: m for m in doc["mentions"]}
    busy = [mentions[i] for r in doc["relations"] for i in (r["head"], r["tail"]) if i in mentions]
    for q in doc["quotes"]:
        parts = [*q["content"], *([q["cue"]] if q.get("cue") else []), *([mentions[q["speaker"]]]
                                                                        if q.get("speaker") in mentions else [])]
        busy.append({"start": min(p["start"] for p in parts), "end": max(p["end"] for p in parts)})
    free = [s for s in doc["sentences"] if not any(b["start"] < s["end"] and s["start"] < b["end"] for b in busy)]
    starts = [t[0] for t in doc["tokens"]]
    options = [(s, m) for s in free for m in doc["mentions"] if s["start"] <= m["start"] and m["end"] <= s["end"]
               and any(m["start"] < t < m["end"] for t in starts)]
    sentence, mention = choose(rng, options)
    cut = rng.choice([t for t in starts if mention["start"] < t < mention["end"]])
    at = doc["sentences"].index(sentence)
    second = {**sentence, "start": cut}
    sentence["end"] = doc["tokens"][starts.index(cut) - 1][1]
    doc["sentences"].insert(at + 1, second)
    retext(doc, sentence)
    retext(doc, second)
    doc["tokenizer"]["sentence_corrections"] = doc["tokenizer"].get("sentence_corrections", 0) + 1


@kind("sentence-split-after-a-title", reject("V478", "V240"), SENTENCES, bases=REAL)
def sentence_split_after_a_title(corpus: Corpus, rng: random.Random) -> None:
    """End a sentence after a title (`... should help Mr.` | `Putin kill innocent Ukrainians`, `Navy Adm.` | `Kim Myong
    Sik`: V478, a relation or a mention over the cut the same split), or inside a mention after an initial or a
    month's abbreviation before its day (`the U.N.` | `Security Council`, `John F.` | `Kennedy`, `Sept.` | `13`: V240;
    outside a mention the words do not tell them from a sentence's end, `Plan B.`), the start counted in
    `tokenizer.sentence_corrections` (a start the splitter makes and the document removed, restored and uncounted):
    the thirty-fourth session's sentence-boundary sweep (a final mark inside a token, before a capital, passed V283),
    in every document that has such a cut (four of the five reports)."""
    _in_a_document(corpus, rng, _split_after_a_title)


#: a name's initials (`F.`, `U.N.`) before a cut
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _split_after_a_title(doc: Any, rng: random.Random, frag: Fragments) -> None:
    tokens, text = doc["tokens"], raw_text(doc)
    mentions = {m["id"]: m for m in doc["mentions"]}
    spans = [(m["start"], m["end"]) for m in doc["mentions"]]
    reach = [(min(mentions[r["head"]]["start"], mentions[r["tail"]]["start"]),
              max(mentions[r["head"]]["end"], mentions[r["tail"]]["end"]))
             for r in doc["relations"] if r["head"] in mentions and r["tail"] in mentions]
    made = {a for a, _ in tokenize.sentences(text, [(t[0], t[1]) for t in tokens])}
    options = []
    for sentence, k, cut in _cut_points(doc):
        if not tokens[k][2].endswith("."):
            continue
        word = text[:tokens[k][1]].rsplit(None, 1)[-1]
        if title_before(text, cut) is not None:
            options.append((sentence, k, "V478"))
        elif (_INITIALS.fullmatch(word) or (word[:-1] in _MONTHS and text[cut].isdigit())) and \
                any(a < cut < b for a, b in spans) and not any(a < cut < b for a, b in reach):
            options.append((sentence, k, "V240"))  # inside a name's mention, and no relation over it
    sentence, k, code = choose(rng, options)
    must_draw(code)
    _split_counted(doc, sentence, k, made)


def _cut_points(doc: Any) -> Iterator[tuple[dict[str, Any], int, int]]:
    """Each place a sentence of `doc` may be cut in two: the sentence, the token `k` before the cut and the cut's
    offset (the start of token `k + 1`, inside the sentence)."""
    tokens = doc["tokens"]
    starts = [t[0] for t in tokens]
    for sentence in doc["sentences"]:
        for k in range(bisect.bisect_left(starts, sentence["start"]), len(tokens) - 1):
            cut = tokens[k + 1][0]
            if cut >= sentence["end"]:
                break
            yield sentence, k, cut


def _split_counted(doc: Any, sentence: dict[str, Any], k: int, made: set[int]) -> None:
    """Split `sentence` after token `k`, the start counted in `sentence_corrections` (one fewer where the splitter
    made it: its start restored)."""
    tokens = doc["tokens"]
    second = {**sentence, "start": tokens[k + 1][0]}
    sentence["end"] = tokens[k][1]
    doc["sentences"].insert(doc["sentences"].index(sentence) + 1, second)
    retext(doc, sentence)
    retext(doc, second)
    counted = doc["tokenizer"].get("sentence_corrections", 0)
    doc["tokenizer"]["sentence_corrections"] = counted + (-1 if second["start"] in made else 1)


@kind("sentence-split-before-its-closing-mark", reject("V479"), SENTENCES, bases=REAL)
def sentence_split_before_its_closing_mark(corpus: Corpus, rng: random.Random) -> None:
    """Start a sentence at the closing quote mark or bracket glued to the final mark before it (`... will be
    immortal.` | `"`), the start counted in `tokenizer.sentence_corrections`: the thirty-fourth session's
    sentence-boundary sweep (a straight `"` may open a quote, so V283 took it for a start); where the mark may open a
    sentence (a curly `”` opens none: V283's), in a document that has one."""
    _in_a_document(corpus, rng, _split_before_its_closing_mark)


def _split_before_its_closing_mark(doc: Any, rng: random.Random, frag: Fragments) -> None:
    tokens, text = doc["tokens"], raw_text(doc)
    made = {a for a, _ in tokenize.sentences(text, [(t[0], t[1]) for t in tokens])}
    options = [(sentence, k) for sentence, k, cut in _cut_points(doc)
               if tokens[k][1] == cut and text[cut - 1] in _CLOSERS + ".!?\u2026" and text[cut] in _CLOSERS
               and cut not in made and _opens(text, cut)]
    sentence, k = choose(rng, options)
    _split_counted(doc, sentence, k, made)  # never a start the splitter made: counted one more


@json_kind("token-split-in-word", reject("V267"), TOKENS)
def token_split_in_word(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Split a word token of several letters in two (`Join` `ed`), no correction recorded: the layer still tiles
    the text and every span still starts and ends on a token, but the tokenizer never made it."""
    tokens = doc["tokens"]
    i = choose(rng, [i for i, t in enumerate(tokens) if len(t[2]) > 1 and t[2].isalpha() and "\u02bc" not in t[2]])
    start, end, _ = tokens[i]
    cut = rng.randrange(start + 1, end)
    tokens[i:i + 1] = [[start, cut, ""], [cut, end, ""]]
    retext(doc, tokens[i])
    retext(doc, tokens[i + 1])


@kind("token-format-character", reject("V268"), TOKENS)
def token_format_character(corpus: Corpus, rng: random.Random) -> None:
    """Write a format character (a zero-width space, a byte-order mark, a joiner, a word joiner) for a space
    between two tokens of a raw text, its document's checksum and texts with it, and make it a token of its own
    (as tokenizer 1.1 did) or part of the token before or after it where no span ends or starts there: the layer
    still tiles the text, but a token is, ends or begins with an invisible character."""
    _character_for_space(corpus, rng, ["\u200b", "\ufeff", "\u200c", "\u200d", "\u2060"], ["token", "after", "before"])


@kind("token-control-character", reject("V279"), TOKENS)
def token_control_character(corpus: Corpus, rng: random.Random) -> None:
    """Write a control character that is no whitespace (a NUL, a bell, an escape, DEL, a C1 control: a damaged copy)
    for a space between two tokens of a raw text, its document's checksum and texts with it, a token of its own (as
    the tokenizer makes it) or part of the token before or after it where no span ends or starts there."""
    _character_for_space(corpus, rng, ["\x00", "\x07", "\x1b", "\x7f", "\x9b"], ["token", "after", "before"])


@kind("token-inside-character", reject("V452"), TOKENS)
def token_inside_character(corpus: Corpus, rng: random.Random) -> None:
    """Write a combining mark (a diaeresis, an acute, a Devanagari vowel sign) for a space between two tokens of a raw
    text, its document's checksum and texts with it, and make it a token of its own or the first character of the
    token after it where no span starts there: a token then begins with a mark that the token before it holds the
    letter of."""
    _character_for_space(corpus, rng, ["\u0308", "\u0301", "\u093e"], ["token", "before"])


@kind("token-inside-emoji", reject("V452"), TOKENS)
def token_inside_emoji(corpus: Corpus, rng: random.Random) -> None:
    """Write an emoji of two code points after a space between two tokens inside a sentence of a body paragraph of a
    raw text, outside every mention and quote, a space after it (a flag, two regional indicators: `🇰🇵`, `🇷🇺`; a
    thumb or a wave and a skin tone), every span after it moved, its document's length, checksum and texts with it,
    and make each code point a token: a token then begins with the flag's second half or the skin tone that the token
    before it holds the rest of (the corpora hold no emoji)."""
    import hashlib

    from .k_corpus import _respanned, released_again

    path = corpus.document(rng)
    doc, text = json.loads(path.read_bytes()), corpus.text(path)
    tokens = doc["tokens"]
    inside = [(s["start"], s["end"]) for s in [*doc["mentions"], *(s for q in doc["quotes"] for s in [
        *q["content"], *([q["cue"]] if q.get("cue") else [])])]]  # a name, a quote's words: none holds the emoji
    body = [(z["start"], z["end"]) for z in doc["zones"] if z["kind"] == "body"]  # the title's words stay the meta's
    opening = {s["start"] for s in doc["sentences"]}  # the emoji inside a sentence, never before its first token
    i = choose(rng, [i for i in range(len(tokens) - 1) if text[tokens[i][1]:tokens[i + 1][0]] == " "
                     and tokens[i + 1][0] not in opening and any(a < tokens[i][1] < b for a, b in body)
                     and not any(a <= tokens[i][1] < b for a, b in inside)])
    at = tokens[i][1] + 1  # right after the space
    emoji = rng.choice(["\U0001f1f0\U0001f1f5", "\U0001f1f7\U0001f1fa", "\U0001f44d\U0001f3fd",
                        "\U0001f44b\U0001f3ff"])
    text = text[:at] + emoji + " " + text[at:]
    _shift_offsets(doc, at, len(emoji) + 1)
    doc["tokens"][i + 1:i + 1] = [[at, at + 1, ""], [at + 1, at + 2, ""]]
    doc["length"] = len(text)
    data = text.encode("utf-8")
    corpus.raw(path).write_bytes(data)
    path.write_text(json.dumps({**_respanned(doc, text), "sha256": hashlib.sha256(data).hexdigest()},
                               ensure_ascii=False, indent=2), encoding="utf-8")
    released_again(corpus, path, hashlib.sha256(data).hexdigest())


def _shift_offsets(value: Any, at: int, by: int) -> None:
    """Every span's and token's offset at or after `at` moved by `by`, in place (a span around `at` stretched)."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            value["start"] += by if value["start"] >= at else 0
            value["end"] += by if value["end"] >= at else 0
        for item in value.values():
            _shift_offsets(item, at, by)
    elif isinstance(value, list):
        if len(value) == 3 and all(isinstance(v, int) for v in value[:2]) and isinstance(value[2], str):
            value[0] += by if value[0] >= at else 0
            value[1] += by if value[1] >= at else 0
        else:
            for item in value:
                _shift_offsets(item, at, by)


def _character_for_space(corpus: Corpus, rng: random.Random, characters: list[str], hows: list[str]) -> None:
    """One of `characters` for a space between two tokens of a document's raw text, made a token of its own or
    part of the token before or after it (one of `hows`), the document's checksum and texts with it."""
    import hashlib

    from .k_corpus import _respanned, released_again

    path = corpus.document(rng)
    doc, text = json.loads(path.read_bytes()), corpus.text(path)
    tokens, bounds = doc["tokens"], _span_bounds(doc)
    how = rng.choice(hows)
    i = choose(rng, [i for i in range(len(tokens) - 1) if text[tokens[i][1]:tokens[i + 1][0]] == " "
                     and (how == "token" or (tokens[i][1] if how == "after" else tokens[i + 1][0]) not in bounds)])
    at = tokens[i][1]
    text = text[:at] + rng.choice(characters) + text[at + 1:]
    if how == "token":
        tokens.insert(i + 1, [at, at + 1, ""])
    elif how == "after":
        tokens[i][1] = at + 1
    else:
        tokens[i + 1][0] = at
    data = text.encode("utf-8")
    corpus.raw(path).write_bytes(data)
    path.write_text(json.dumps({**_respanned(doc, text), "sha256": hashlib.sha256(data).hexdigest()},
                               ensure_ascii=False, indent=2), encoding="utf-8")
    released_again(corpus, path, hashlib.sha256(data).hexdigest())


def _span_bounds(doc: Any) -> set[int]:
    """Every offset where a span of any layer (zones, sentences, mentions, quote fragments and cues) starts or ends."""
    spans = [*doc["zones"], *doc["sentences"], *doc["mentions"],
             *(s for q in doc["quotes"] for s in [*q["content"], *([q["cue"]] if q.get("cue") else [])])]
    return {s["start"] for s in spans} | {s["end"] for s in spans}


@json_kind("token-merged-with-punctuation", reject("V267"), TOKENS)
def token_merged_with_punctuation(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Merge a word with the comma or period after it (`information.`), where no span ends between them, no
    correction recorded."""
    tokens, bounds = doc["tokens"], _span_bounds(doc)
    i = choose(rng, [i for i in range(len(tokens) - 1) if tokens[i][2].isalpha() and tokens[i + 1][2] in ",."
                     and tokens[i][1] == tokens[i + 1][0] and tokens[i][1] not in bounds])
    tokens[i:i + 2] = [[tokens[i][0], tokens[i + 1][1], ""]]
    retext(doc, tokens[i])


@json_kind("corrections-not-made", reject("V267"), TOKENS)
def corrections_not_made(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Record hand corrections of the tokenizer's tokens that were not made: 1 to all tokens, or more than there are."""
    doc["tokenizer"]["corrections"] = rng.choice([1, rng.randint(1, len(doc["tokens"])), 10**30])


def _some_document(name: str, expect: Expect, family: str, **options: object) -> Callable[[Edit], Edit]:
    """Register `fn(doc, rng, fragments)` as a kind that edits the first document, in a random order, that it applies
    to: a mistake that only some documents of a base can hold (a possessive between two places, a mixed quote)."""

    def register(fn: Edit) -> Edit:
        def mutate(corpus: Corpus, rng: random.Random) -> None:
            paths = corpus.documents()
            rng.shuffle(paths)
            for path in paths:
                try:
                    edit_json(path, fn, rng)
                    return
                except NotApplicable:
                    continue
            raise NotApplicable

        mutate.__doc__ = fn.__doc__
        kind(name, expect, family, **options)(mutate)
        return fn

    return register


#: a heading's or boilerplate's words that show no date, place nor credit: no digit, comma, bracket, dash, word in
#: capitals or word of a credit (`4 minute read`, `Ballistic missiles`, `Kim Jong Un to meet Putin`, `___`)
_NO_FURNITURE_WORDS = re.compile(r"[^\d,()\[\]—–-]*")
_FURNITURE_SIGNS = re.compile(r"\b[A-Z]{2,}\b|\b(?:[Bb]y|[Ss]taff|reported|contributed|[Pp]hoto\w*|day)\b")


@_some_document("furniture-labelled-dateline", reject("V444", "V446", "V282"), CONSISTENCY, bases=REAL)
def furniture_labelled_dateline(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Label a subheading or boilerplate zone whose words show no date, place nor credit (no digit, comma, bracket,
    dash, word in capitals; `4 minute read`, `Ballistic missiles`) `dateline`, or one of no letter nor digit (`___`)
    `subheading`: furniture given a label its words show nothing of."""
    zones = doc["zones"]
    separators = [z for z in zones if z["kind"] == "boilerplate" and not any(c.isalnum() for c in z["text"])]
    headings = [z for z in zones if z["kind"] in ("subheading", "boilerplate") and any(c.isalnum() for c in z["text"])
                and _NO_FURNITURE_WORDS.fullmatch(z["text"]) and not _FURNITURE_SIGNS.search(z["text"])]
    zone = choose(rng, separators + headings)
    zone["kind"] = "subheading" if zone in separators else "dateline"
    # the outlet's own furniture (`4 minute read`) shows boilerplate: V282's, V444 folded behind it
    must_draw("V446" if zone["kind"] == "subheading" else "V282" if shown_furniture(zone["text"]) else "V444")


@_some_document("furniture-labelled-heading", reject("V282"), CONSISTENCY, bases=REAL)
def furniture_labelled_heading(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Label `subheading` a byline or boilerplate zone whose words alone show its kind (`(Reuters)`, `(Reporting by
    ...)`, `ADVERTISEMENT`, `4 minute read`, `Read More: ...`, `Contact us at ...`): a credit or the outlet's own
    furniture given a heading's label."""
    options = [z for z in doc["zones"] if z["kind"] in ("byline", "boilerplate")
               and shown_furniture(z["text"], whole=True, opening=False) == z["kind"]]
    choose(rng, options)["kind"] = "subheading"


@_some_document("first-person-moved", reject("V428"), REFERENCES, bases=REAL)
def first_person_moved(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Move an `I`, `me` or `my` of a direct quote's words into another person's entity (one with a name mention):
    in a direct quote, `I` is its speaker."""
    mentions, quotes = _mentions(doc), [q for q in doc["quotes"] if q["kind"] == "direct" and q.get("speaker")]
    held = [(m, mentions[q["speaker"]]) for q in quotes if q["speaker"] in mentions for m in doc["mentions"]
            if m["kind"] == "pronoun" and m["text"].lower() in ("i", "me", "my")
            and any(c["start"] <= m["start"] and m["end"] <= c["end"] for c in q["content"])]
    mention, speaker = choose(rng, held)
    named = {m["entity"] for m in doc["mentions"] if m["kind"] == "name"}
    mention["entity"] = choose(rng, [e["id"] for e in doc["entities"] if e["type"] == "PER" and e["id"] in named
                                     and e["id"] != speaker["entity"]])


@_some_document("metonym-moved", reject("V429"), REFERENCES, bases=REAL)
def metonym_moved(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Move one of two metonymic mentions of a place's name in one state's entity (`Moscow` for Russia, twice) into
    another state's entity, both states' records classed a country or a sovereign state (V429 compares no other): the
    name then stands for two states."""
    states = _state_records()
    linked = {e["id"] for e in doc["entities"] if e["type"] == "GPE" and e.get("kb_id") in states}
    marked = [m for m in doc["mentions"] if m["kind"] == "name" and m["metonymy"] and m["entity"] in linked]
    twice = [m for m in marked if sum(n["text"] == m["text"] and n["entity"] == m["entity"] for n in marked) > 1]
    mention = choose(rng, twice)
    text = raw_text(doc)
    mention["entity"] = choose(rng, [e["id"] for e in doc["entities"] if e["id"] in linked
                                     and e["id"] != mention["entity"] and e["name"] != mention["text"]
                                     and not _coordinated(text, mention, e["id"], doc["mentions"])])


def _registry_records() -> list[dict]:
    """The records of the registry beside the corpus that the kinds edit."""
    records: list[dict] = json.loads((EDITING[0].parent / "entities.json").read_text(encoding="utf-8"))["entities"]
    return records


def _state_records() -> set[str]:
    """The ids of the registry's records classed a country or a sovereign state."""
    return {r["id"] for r in _registry_records() if r["wikidata"].get("instance_of") in STATE_CLASSES}


def _place_records() -> set[str]:
    """The ids of the registry's records classed a place: a country, a sovereign state, a city or a capital."""
    return {r["id"] for r in _registry_records() if r["wikidata"].get("instance_of") in STATE_CLASSES | _CITY_CLASSES}


#: the registry's classes of a city (V475's: a city holds no state and no other city)
_CITY_CLASSES = frozenset({"city", "capital"})


def _coordinated(text: str, mention: dict, entity: str, mentions: list[dict]) -> bool:
    """Whether `mention` and a mention of `entity` are joined by `and`, `or` or a comma alone (`Moscow and Pyongyang`):
    moved into that entity, the two conjuncts are one entity's, V377's (its mention then no metonym V429 compares)."""
    joins = (" and ", " or ", ", ")
    return any(m["entity"] == entity and (text[mention["end"]:m["start"]] in joins or text[m["end"]:mention["start"]]
                                          in joins) for m in mentions)


def _state_owned(doc: Any, kinds: tuple[str, ...]) -> list[dict]:
    """The relations of `kinds` between a body and a state, classed a country or a sovereign state, that owns it by a
    possessive right before it or at the start of its span (`[South Korea]'s [Defense Ministry]`, `[[South Korea]'s
    military]`)."""
    states = _state_records()
    text, mentions, types = raw_text(doc), _mentions(doc), _type_of(doc)
    kb = {e["id"]: e.get("kb_id") for e in doc["entities"]}

    def owned(r: dict) -> bool:
        head, tail = mentions[r["head"]], mentions[r["tail"]]
        return types[r["head"]] == "ORG" and types[r["tail"]] == "GPE" and kb[tail["entity"]] in states \
            and text[tail["end"]:tail["end"] + 3] in ("'s ", "\u2019s ") \
            and head["start"] in (tail["start"], tail["end"] + 3)

    return [r for r in doc["relations"] if r["type"] in kinds and owned(r)]


@_some_document("organ-typed-located", reject("V440"), CONSISTENCY, bases=REAL)
def organ_typed_located(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Retype a PART_OF or NATIONALITY of a body that a state owns by a possessive (`_state_owned`) as LOCATED_IN: the
    possessive names the owner, not the place."""
    choose(rng, _state_owned(doc, ("PART_OF", "NATIONALITY")))["type"] = "LOCATED_IN"


@_some_document("organ-typed-nationality", reject("V442"), CONSISTENCY, bases=REAL)
def organ_typed_nationality(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Retype a PART_OF of a ministry, fleet, air force or military that a state owns by a possessive (`_state_owned`)
    as NATIONALITY: an organ of the state is part of it."""
    organs = ("ministry", "fleet", "force", "military", "committee")
    text, mentions = raw_text(doc), _mentions(doc)
    choose(rng, [r for r in _state_owned(doc, ("PART_OF",)) if text[:mentions[r["head"]]["end"]].lower().endswith(
        organs)])["type"] = "NATIONALITY"


@_some_document("national-body-typed-as-organ", reject("V448"), CONSISTENCY, bases=REAL)
def national_body_typed_as_organ(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Retype a NATIONALITY of a party or a news agency that a state owns by a possessive (`_state_owned`: `[the
    country]'s [ruling party]`, `[Russia]'s [TASS] news agency`) as PART_OF: a national body is no organ of the
    state."""
    text, mentions = raw_text(doc), _mentions(doc)

    def national(r: dict) -> bool:
        end = mentions[r["head"]]["end"]
        return text[:end].lower().endswith("party") or text[end:end + 12].lower() == " news agency"

    choose(rng, [r for r in _state_owned(doc, ("NATIONALITY",)) if national(r)])["type"] = "PART_OF"


@_some_document("coordination-typed-containment", reject("V441"), CONSISTENCY, bases=REAL)
def coordination_typed_containment(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Retype a relation between two places joined by ` and ` alone (`[North Korea] and [Russia]`) as LOCATED_IN: a list
    states no containment."""
    text, mentions, types = raw_text(doc), _mentions(doc), _type_of(doc)
    places = RELATION_TYPES["LOCATED_IN"]

    def listed(r: dict) -> bool:
        first, second = sorted((mentions[r["head"]], mentions[r["tail"]]), key=lambda m: m["start"])
        return text[first["end"]:second["start"]] == " and " and types[r["head"]] in places["head"] \
            and types[r["tail"]] in places["tail"] and first["entity"] != second["entity"]

    relation = choose(rng, [r for r in doc["relations"] if r["type"] not in ("LOCATED_IN", "PART_OF") and listed(r)])
    relation["type"] = "LOCATED_IN"


@_some_document("member-typed-leader", reject("V465"), CONSISTENCY, bases=REAL)
def member_typed_leader(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Retype a relation of a person whose words end on `members` (`[unspecified members] of the country's ruling
    party`) to a body or state as LEADER_OF: a member is no leader (V361 folds into V465)."""
    mentions, types = _mentions(doc), _type_of(doc)
    leads = RELATION_TYPES["LEADER_OF"]
    choose(rng, [r for r in doc["relations"] if r["type"] != "LEADER_OF" and types[r["head"]] in leads["head"]
                 and types[r["tail"]] in leads["tail"] and mentions[r["head"]]["text"].lower().endswith(" members")
                 and mentions[r["head"]]["entity"] != mentions[r["tail"]]["entity"]])["type"] = "LEADER_OF"


@_some_document("its-place-swapped", reject("V271"), CONSISTENCY, bases=REAL)
def its_place_swapped(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Swap a LOCATED_IN whose head opens with `its` or `their`, a mention of the tail's entity, a place (`[[its] east
    coast]` of North Korea): the possessor holds the place, never lies in it."""
    mentions, types = _mentions(doc), _type_of(doc)

    def owned(r: dict) -> bool:
        head, tail = mentions[r["head"]], mentions[r["tail"]]
        return types[r["tail"]] in ("GPE", "LOC") and types[r["head"]] in ("GPE", "LOC", "FAC") and any(
            m["start"] == head["start"] and m["end"] < head["end"] and m["entity"] == tail["entity"]
            and m["text"].lower() in ("its", "their") for m in mentions.values())

    relation = choose(rng, [r for r in doc["relations"] if r["type"] == "LOCATED_IN" and owned(r)])
    relation["head"], relation["tail"] = relation["tail"], relation["head"]


@_some_document("placed-typed-otherwise", reject("V435"), CONSISTENCY, bases=REAL)
def placed_typed_otherwise(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Retype a LOCATED_IN of a body that ` in ` alone joins to its place (`[Kookmin University] in
    [Seoul]`) as PART_OF, MEETS or TRAVELS_TO where the arguments fit it: `in` says where it lies."""
    text, mentions, types = raw_text(doc), _mentions(doc), _type_of(doc)

    def placed(r: dict) -> bool:
        head, tail = mentions[r["head"]], mentions[r["tail"]]
        return text[head["end"]:tail["start"]] == " in " and types[r["head"]] == "ORG" and types[r["tail"]] == "GPE" \
            and not tail.get("metonymy") and head["entity"] != tail["entity"]

    relation = choose(rng, [r for r in doc["relations"] if r["type"] == "LOCATED_IN" and placed(r)])
    relation["type"] = rng.choice(("PART_OF", "MEETS", "TRAVELS_TO"))


@_some_document("chains-merged", reject("V405", "V406"), REFERENCES, bases=REAL)
def chains_merged(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Merge an entity linked to no record, mentioned by no pronoun nor coordination, in no containment, into another of
    its type that it is in no relation with: one whose nominal's head names another kind of referent of their type
    (`the war` into `the summit`, `the city` into `the country`), or one named by a plural nominal (`analysts`) into a
    linked person's or state's chain, either as often as the other."""
    heads: dict[str, list[str]] = {}
    for m in doc["mentions"]:
        if m["kind"] == "nominal" and not m.get("metonymy"):
            heads.setdefault(m["entity"], []).append(nominal_head(nominal_key(m["text"])) or "")
    # a pronoun's, or a coordination's (`Kim and Putin` linked to Kim is V256's), would say the merge another way
    pronouns = {m["entity"] for m in doc["mentions"] if m["kind"] == "pronoun" or COORDINATED.search(m["text"])}
    of = {m["id"]: m["entity"] for m in doc["mentions"]}
    related = {frozenset({of.get(r["head"]), of.get(r["tail"])}) for r in doc["relations"]}  # (a relation to itself)
    # a place or a part of another: merged, the corpus's containment may put a record inside itself (V366)
    contained = {of.get(r[end]) for r in doc["relations"] if r["type"] in ("LOCATED_IN", "PART_OF")
                 for end in ("head", "tail")}
    named = {m["entity"] for m in doc["mentions"] if m["kind"] == "name"}

    def merges(gone: dict, into: dict) -> str | None:
        ours, theirs = heads.get(gone["id"], []), heads.get(into["id"], [])
        kinds = {KIND_OF_HEAD[h] for h in ours if h in KIND_OF_HEAD}
        other = {KIND_OF_HEAD[h] for h in theirs if h in KIND_OF_HEAD}
        if len(kinds) == 1 and other and not kinds & other:
            return "kinds"
        several = any(h in PLURAL_HEADS for h in ours) and into["id"] in named and into.get("kb_id")
        return "several" if gone["type"] in ("PER", "GPE") and several else None

    options: dict[str, list[tuple[dict, dict]]] = {}
    for g in doc["entities"]:
        if g.get("kb_id") or g["id"] in pronouns or g["id"] in contained:
            continue
        for i in doc["entities"]:
            if g is not i and g["type"] == i["type"] and frozenset({g["id"], i["id"]}) not in related \
                    and (how := merges(g, i)):
                options.setdefault(how, []).append((g, i))
    gone, into = choose(rng, options[choose(rng, sorted(options))])  # either mistake, as often as the other
    for m in doc["mentions"]:
        if m["entity"] == gone["id"]:
            m["entity"] = into["id"]
    doc["entities"].remove(gone)
    for e in doc["entities"]:
        e["distinct_from"] = [x for x in e.get("distinct_from", []) if x != gone["id"]]


@_some_document("boilerplate-holds-reporting", reject("V270"), CONSISTENCY)
def boilerplate_holds_reporting(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Label a body zone that holds an argument of a relation, and no quote's content, `boilerplate`: a paragraph of
    reporting as furniture (not the paragraph a dateline opens, whose line would be V250's)."""
    mentions = _mentions(doc)
    arguments = [mentions[m]["start"] for r in doc["relations"] for m in (r["head"], r["tail"]) if m in mentions]
    contents = [(s["start"], s["end"]) for q in doc["quotes"] for s in q["content"]]
    zones = doc["zones"]
    options = [z for i, z in enumerate(zones) if z["kind"] == "body" and (i == 0 or zones[i - 1]["kind"] != "dateline")
               and any(z["start"] <= a < z["end"] for a in arguments)
               and not any(s < z["end"] and z["start"] < e for s, e in contents)]
    choose(rng, options)["kind"] = "boilerplate"


#: the first words of a mention that takes up what was mentioned before it (V378)
_TAKING_UP = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself", "they",
                        "them", "their", "theirs", "themselves", "the", "this", "these", "that", "those"})


@_some_document("boilerplate-of-mentions-alone", ACCEPT, CONSISTENCY, bases=REAL)
def boilerplate_of_mentions_alone(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Label a body zone that holds no argument of a relation and no part of a quote (content, cue or speaker)
    `boilerplate`: a paragraph of reporting, its mentions alone, as furniture (a warning, V275, never an error; not
    the paragraph a dateline opens, whose line would be V250's, nor one that takes up what the body mentioned before
    it by a pronoun or a definite nominal, or holds a pronoun of the third person, V378's error)."""
    mentions = _mentions(doc)
    held = [mentions[m]["start"] for r in doc["relations"] for m in (r["head"], r["tail"]) if m in mentions]
    for q in doc["quotes"]:
        held += [at for s in q["content"] for at in (s["start"], s["end"] - 1)]
        held += [s["start"] for s in (q.get("cue"), mentions.get(q.get("speaker") or "")) if s]
    first: dict[str, int] = {}
    for m in mentions.values():
        first[m["entity"]] = min(m["start"], first.get(m["entity"], m["start"]))
    held += [m["start"] for m in mentions.values() if m["kind"] != "name" and first[m["entity"]] < m["start"]
             and (m["text"].split(maxsplit=1) or [""])[0].lower() in _TAKING_UP]  # V378's, wherever it lies
    held += [m["start"] for m in mentions.values() if m["kind"] == "pronoun" and m["text"].lower() in _TAKING_UP]
    zones = doc["zones"]
    options = [z for i, z in enumerate(zones) if z["kind"] == "body" and (i == 0 or zones[i - 1]["kind"] != "dateline")
               and not any(z["start"] <= at < z["end"] for at in held)]
    choose(rng, options)["kind"] = "boilerplate"


#: the possessive between a place and a place it holds (`Russia's Far East`)
_PLACE_POSSESSIVES = ("\u2019s ", "'s ")


@_some_document("relation-against-address", reject("V271"), CONSISTENCY, bases=REAL)
def relation_against_address(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Swap the head and tail of a LOCATED_IN relation between two place names that a possessive joins (`[Russia]'s
    [Far East]`) or that a dateline or byline writes as an address (`[Tallinn], [Estonia]`): the place that holds the
    other then lies in it."""
    text, mentions, types = raw_text(doc), _mentions(doc), _type_of(doc)
    bylines = [(z["start"], z["end"]) for z in doc["zones"] if z["kind"] in ("dateline", "byline")]
    options = []
    for r in doc["relations"]:
        head, tail = mentions.get(r["head"]), mentions.get(r["tail"])
        if r["type"] != "LOCATED_IN" or head is None or tail is None or head["kind"] != "name" \
                or tail["kind"] != "name" or types.get(r["head"]) not in RELATION_TYPES["LOCATED_IN"]["tail"] \
                or types.get(r["tail"]) not in RELATION_TYPES["LOCATED_IN"]["head"]:
            continue
        possessive = text[tail["end"]:head["start"]] in _PLACE_POSSESSIVES and types[r["tail"]] in ("GPE", "LOC")
        address = text[head["end"]:tail["start"]] == ", " and types[r["head"]] == types[r["tail"]] == "GPE" \
            and any(s <= head["start"] and tail["end"] <= e for s, e in bylines)
        if possessive or address:
            options.append(r)
    relation = choose(rng, options)
    relation["head"], relation["tail"] = relation["tail"], relation["head"]


#: a place written first, `in`, `of`, `inside` or `within` right after it and up to four words (none punctuation but a
#: possessive, none opening a relative clause) before the place that holds it (`[two other cities] in Russia’s [Far
#: East]`)
_INSIDE_WORDS = re.compile("(?i) (?:in|of|inside|within)"
                           "(?: (?!(?:which|where|whose|whom|that) )[A-Za-z-]+(?:[\u2019']s)?){0,4} ")


@_some_document("relation-against-in", reject("V434", "V271"), CONSISTENCY, bases=REAL)
def relation_against_in(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Swap the head and tail of a LOCATED_IN relation whose head is written first with `in`, `of`, `inside` or
    `within` right after it (`[two other cities] in Russia’s [Far East]`), both of types the swapped roles take: the
    words put the new tail inside the new head (V434, or V271 where the place holding the other is a classed state)."""
    text, mentions, types = raw_text(doc), _mentions(doc), _type_of(doc)
    options = []
    for r in doc["relations"]:
        head, tail = mentions.get(r["head"]), mentions.get(r["tail"])
        if r["type"] == "LOCATED_IN" and head is not None and tail is not None and head["end"] <= tail["start"] \
                and types.get(r["head"]) in RELATION_TYPES["LOCATED_IN"]["tail"] \
                and types.get(r["tail"]) in RELATION_TYPES["LOCATED_IN"]["head"] \
                and _INSIDE_WORDS.fullmatch(text, head["end"], tail["start"]):
            options.append(r)
    relation = choose(rng, options)
    relation["head"], relation["tail"] = relation["tail"], relation["head"]


#: a direct quote's words going on past a comma and the closing mark into an attribution of words (`,” South Korean
#: Foreign Ministry spokesman `) up to the speaker's mention
_INTO_ATTRIBUTION = re.compile("(?:[,?!][\u201d\"]|\\w[\u201d\"],) (?:[\\w.-]+ )*")


@_some_document("quote-attribution-dropped", reject("V272", "V273"), CONSISTENCY)
def quote_attribution_dropped(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Set the cue or the speaker of a direct quote to null where its words go on past a comma and their closing mark
    into its speaker's mention and then its cue (`“...,” Kirby said`): the text shows what the quote leaves out."""
    text, mentions = raw_text(doc), _mentions(doc)
    options = []
    for q in doc["quotes"]:
        speaker, cue = mentions.get(q.get("speaker") or ""), q.get("cue")
        if q["kind"] != "direct" or speaker is None or cue is None or not q["content"]:
            continue
        end = q["content"][-1]["end"]
        if _INTO_ATTRIBUTION.fullmatch(text, end - 1, speaker["start"]) and text[speaker["end"]:cue["start"]] == " " \
                and cue["text"].islower() and cue["text"] in UTTERANCE_CUES:
            options += [(q, "cue"), (q, "speaker")]
    quote, key = choose(rng, options)
    quote[key] = None


@_some_document("reported-speech-deleted", reject("V404"), CONSISTENCY, bases=REAL)
def reported_speech_deleted(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Delete an indirect or mixed quote whose cue is a verb of saying (`said`, `told`, ...) in a body zone, where no
    other quote touches the cue's sentence and no quote link records it: reported speech left out."""
    _delete_a_report(doc, rng, SPEECH_VERBS)


@_some_document("report-deleted", reject("V407"), CONSISTENCY, bases=REAL)
def report_deleted(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Delete an indirect or mixed quote whose cue reports wherever it stands in the active voice (`warned`, `denied`,
    `characterised`, ...) or is `according to`, in a body zone, where no other quote touches the cue's sentence and
    no quote link records it: a report left out whose cue is no verb of saying of V404."""
    _delete_a_report(doc, rng, ACTIVE_REPORTS | {"according to"})


def _delete_a_report(doc: Any, rng: random.Random, cues: frozenset[str]) -> None:
    """Delete an indirect or mixed quote whose cue, in lower case, is one of `cues`, in a body zone, where no other
    quote touches the cue's sentence and no quote link records it."""
    body = [(z["start"], z["end"]) for z in doc["zones"] if z["kind"] == "body"]
    sentences = [(s["start"], s["end"]) for s in doc["sentences"]]

    def sentence(at: int) -> tuple[int, int] | None:
        return next((s for s in sentences if s[0] <= at < s[1]), None)

    def touched(q: dict) -> set[tuple[int, int] | None]:
        return {sentence(s["start"]) for s in q["content"]} | ({sentence(q["cue"]["start"])} if q.get("cue") else set())

    options = [q for q in unlinked(doc, doc["quotes"]) if q["kind"] != "direct" and q.get("cue")
               and q["cue"]["text"].lower() in cues and any(a <= q["cue"]["start"] < b for a, b in body)
               and not any(sentence(q["cue"]["start"]) in touched(other) for other in doc["quotes"] if other is not q)]
    doc["quotes"].remove(choose(rng, options))


@_some_document("mixed-quote-as-indirect", reject("V274"), CONSISTENCY, bases=REAL)
def mixed_quote_as_indirect(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Call a mixed quote indirect where one of its content fragments holds words in double quotation marks that start
    in lower case (`would “cooperate on sensitive areas ...”`): a reported clause with a quoted fragment."""
    quoted = re.compile("[\u201c\"][a-z][^\u201c\u201d\"]*[\u201d\"]")
    choose(rng, [q for q in doc["quotes"] if q["kind"] == "mixed"
                 and any(quoted.search(s["text"]) for s in q["content"])])["kind"] = "indirect"


#: words that open a phrase (V395): a content cut right after one, a word following it, is cut inside its phrase
#: words that open a phrase and may yet close a clause (V387 judges the others: `the`, `of`, `and`, ...)
_OPENING = frozenset({"for", "to", "in", "on", "with", "from", "at", "by"})


@_some_document("quote-content-cut-mid-phrase", reject("V395"), CONSISTENCY, bases=REAL)
def quote_content_cut_mid_phrase(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Cut a quote's content fragment short to end on a word that opens a phrase inside it (`the`, `of`, `and`, ...),
    a word after it past a space (`Kim had crossed the border [on]` before `Tuesday`): a fragment dragged short. Of
    an indirect or mixed quote (a direct one's edges are its marks', V252, V386), on a word a clause may close with
    (not `the`, `and`: V387's), no quotation mark or mention cut (V386, V349), no quote that a quote link records
    (V340)."""
    text = raw_text(doc)
    options = [(s, t) for q in unlinked(doc, doc["quotes"]) if q["kind"] != "direct" for s in q["content"]
               for t in doc["tokens"]
               if t[2].lower() in _OPENING and t[2] not in CLOSES_NO_CLAUSE and s["start"] < t[0] and t[1] < s["end"]
               and text[t[1]] == " " and text[t[1] + 1:t[1] + 2].isalnum() and not _cuts_mention(doc, s["start"], t[1])
               and not _QUOTE_MARK.search(text, t[1], s["end"])]
    fragment, token = choose(rng, options)
    fragment["end"] = token[1]
    retext(doc, fragment)


#: a head's title of leading right between a tail and the head (V396): `[North Korean] leader [Kim Jong Un]`
_LEADER_TITLE = re.compile(r" (?:leader|president|chairman|director) ", re.IGNORECASE)


@_some_document("leader-typed-otherwise", reject("V396"), CONSISTENCY, bases=REAL)
def leader_typed_otherwise(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Type a LEADER_OF that a title states between its tail and its head (`[North Korean] leader [Kim Jong Un]`)
    OFFICIAL_OF, NATIONALITY or AFFILIATED_WITH, one its arguments' types fit: the leader as an official or a
    national of what he heads."""
    text, mentions, types = raw_text(doc), _mentions(doc), _type_of(doc)
    options = [(r, kind) for r in doc["relations"] if r["type"] == "LEADER_OF"
               and _LEADER_TITLE.fullmatch(text, mentions[r["tail"]]["end"], mentions[r["head"]]["start"])
               for kind in ("OFFICIAL_OF", "NATIONALITY", "AFFILIATED_WITH")
               if types[r["tail"]] in RELATION_TYPES[kind]["tail"]]
    relation, kind = choose(rng, options)
    relation["type"] = kind


def _stated_inside(doc: Any, label: str) -> list[tuple[dict, list[tuple[int, str]], int, int]]:
    """The event relations not labelled `label` whose head and tail lie in one sentence with a word of their type
    (`TRIGGERS`) between them, the first of which is a verb (no noun of an event, not after `to`): each with its
    sentence's tokens (start, word in lower case), the index of that word and the end of the last argument."""
    mentions, found = _mentions(doc), []
    for r in doc["relations"]:
        head, tail = mentions.get(r["head"]), mentions.get(r["tail"])
        if r["type"] not in TRIGGERS or head is None or tail is None or r.get("factuality") == label:
            continue
        at = _sentence(doc, head["start"])
        if at < 0 or at != _sentence(doc, tail["start"]):
            continue
        sentence = doc["sentences"][at]
        tokens = [(t[0], t[2].lower()) for t in doc["tokens"] if sentence["start"] <= t[0] < sentence["end"]]
        low, high = min(head["end"], tail["end"]), max(head["start"], tail["start"])
        inside = [k for k, (start, word) in enumerate(tokens) if word in TRIGGERS[r["type"]] and low <= start < high]
        if inside and (k := inside[0]) > 0 and tokens[k - 1][1] != "to" \
                and not any(word in _EVENT_NOUNS for _, word in tokens[max(k - 2, 0):k + 1]):
            found.append((r, tokens, k, max(head["end"], tail["end"])))
    return found


@_some_document("relation-possible-hedge-after", reject("V422"), CONSISTENCY, bases=REAL)
def relation_possible_hedge_after(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Set `possible` on a meeting, journey or transfer stated by a verb between its arguments whose sentence's hedges
    all follow both arguments, none of them one that hedges anywhere or an afterthought (`[Kim Jong Un] arrived in
    [Russia] on Tuesday ahead of his meeting`)."""
    text, options = raw_text(doc), []
    for r, tokens, _, last in _stated_inside(doc, "possible"):
        words = [word for _, word in tokens]
        hedges = [start for start, word in tokens if word in HEDGE_WORDS or word.endswith(("n't", "n\u2019t"))]
        head_end = _mentions(doc)[r["head"]]["end"]
        if hedges and hedges[0] >= last and _ANYWHERE.isdisjoint(words) and _AFTERTHOUGHTS.isdisjoint(words) \
                and text[head_end:head_end + 8].split()[:1] != ["to"]:
            options.append(r)
    choose(rng, options)["factuality"] = "possible"


@_some_document("relation-denied-negation-after", reject("V423"), CONSISTENCY, bases=REAL)
def relation_denied_negation_after(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Set `denied` on a meeting, journey or transfer stated by a verb between its arguments whose sentence's
    negations all follow both arguments, with no word that denies and no question mark (`... having given [tanks] to
    [Poland], ..., Seoul is not allowed to contribute weaponry`)."""
    options = []
    for r, tokens, _, last in _stated_inside(doc, "denied"):
        words = [word for _, word in tokens]
        negations = [start for start, word in tokens if word in NEGATION_WORDS or word.endswith(("n't", "n\u2019t"))]
        if negations and negations[0] >= last and _DENIALS.isdisjoint(words) and "?" not in words:
            options.append(r)
    choose(rng, options)["factuality"] = "denied"


@_some_document("spokesperson-typed-otherwise", reject("V430"), CONSISTENCY, bases=REAL)
def spokesperson_typed_otherwise(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Type a SPOKESPERSON_OF (`[Kremlin] spokesman [Dmitry Peskov]`, `[Dmitry Peskov], a spokesman for the
    [Kremlin]`) OFFICIAL_OF, AFFILIATED_WITH or LEADER_OF: the spokesperson as an official, a member or the head of
    the body."""
    choose(rng, [r for r in doc["relations"] if r["type"] == "SPOKESPERSON_OF"])["type"] = rng.choice(
        ["OFFICIAL_OF", "AFFILIATED_WITH", "LEADER_OF"])


@_some_document("office-typed-otherwise", reject("V431"), CONSISTENCY, bases=REAL)
def office_typed_otherwise(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Swap OFFICIAL_OF and AFFILIATED_WITH where a title states the post (`[Korean People’s Army] Marshal [Ri Pyong
    Chol]` as a post without office, `[Leif-Eric Easley], a professor at [Ewha University]` as an office), the tail
    one the other type takes."""
    text, mentions, types = raw_text(doc), _mentions(doc), _type_of(doc)
    other = {kind: stated for kind, (_, stated) in _TITLE_TYPES.items()}  # the type each is swapped for
    options = [r for r in doc["relations"] if r["type"] in other  # a tail the other type takes (a NORP: V210's)
               and types[r["tail"]] in RELATION_TYPES[other[r["type"]]]["tail"] and _titled(  # its own type's title
                   text, _Span(mentions[r["head"]]), _Span(mentions[r["tail"]]), _TITLE_TYPES[other[r["type"]]][0])]
    relation = choose(rng, options)
    relation["type"] = other[relation["type"]]


class _Span:
    """A mention's offsets as the rules read them."""

    def __init__(self, mention: dict) -> None:
        self.start, self.end, self.text = mention["start"], mention["end"], mention["text"]


@_some_document("transfer-against-preposition", reject("V397"), CONSISTENCY, bases=REAL)
def transfer_against_preposition(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Swap the type of a transfer whose party follows its item after `from` or `to` (`[weapons] from [North
    Korea]`, SUPPLIES, as RECEIVES; `[ammunition] to [Russia]`, RECEIVES, as SUPPLIES): the flow of arms reversed."""
    text, mentions = raw_text(doc), _mentions(doc)
    options = [r for r in doc["relations"] if r["type"] in ("SUPPLIES", "RECEIVES")
               and mentions[r["tail"]]["end"] <= mentions[r["head"]]["start"]
               and re.search(r" (?:from|to) (?:the )?\Z", text[mentions[r["head"]]["start"] - 10:
                                                                mentions[r["head"]]["start"]])]
    relation = choose(rng, options)
    relation["type"] = "RECEIVES" if relation["type"] == "SUPPLIES" else "SUPPLIES"


#: a verb of travel right before a journey's place, a preposition and an article between (V398): `[Kim Jong Un]
#: arrived in [Russia]`
_TRAVELLED = re.compile(r" (?:\w+ )?(\w+) (?:(?:in|to|into|for|across|around|through|at) )?(?:(?:the|a|an) )?\Z")


@_some_document("travel-typed-otherwise", reject("V398"), CONSISTENCY, bases=REAL)
def travel_typed_otherwise(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Type a TRAVELS_TO whose head a verb of travel joins to its place (`[Kim Jong Un] arrived in [Russia]`,
    `[Lavrov] will visit [Pyongyang]`) OFFICIAL_OF, AFFILIATED_WITH or NATIONALITY, one its arguments' types fit: the
    traveller as an official, a member or a national of where he goes."""
    text, mentions, types = raw_text(doc), _mentions(doc), _type_of(doc)
    options = []
    for r in doc["relations"]:
        head, tail = mentions[r["head"]], mentions[r["tail"]]
        found = _TRAVELLED.search(text, head["end"], tail["start"]) if r["type"] == "TRAVELS_TO" \
            and head["end"] <= tail["start"] else None
        if found is not None and found.start() == head["end"] and found.group(1).lower() in TRAVEL_WORDS:
            options += [(r, kind) for kind in ("OFFICIAL_OF", "AFFILIATED_WITH", "NATIONALITY")
                        if types[r["head"]] in RELATION_TYPES[kind]["head"]
                        and types[r["tail"]] in RELATION_TYPES[kind]["tail"]]
    relation, kind = choose(rng, options)
    relation["type"] = kind


@_some_document("origin-typed-as-journey", reject("V447"), CONSISTENCY, bases=REAL)
def origin_typed_as_journey(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Type a relation whose head ` from ` alone joins to its tail (`[senior military personnel] from [North Korea]`)
    TRAVELS_TO or MEETS, one its arguments' types fit: `from` names where someone comes from."""
    text, mentions, types = raw_text(doc), _mentions(doc), _type_of(doc)
    options = [(r, kind) for r in doc["relations"] if r["type"] not in ("TRAVELS_TO", "MEETS")
               and text[mentions[r["head"]]["end"]:mentions[r["tail"]]["start"]] == " from "
               and mentions[r["head"]]["entity"] != mentions[r["tail"]]["entity"]
               for kind in ("TRAVELS_TO", "MEETS")
               if types[r["head"]] in RELATION_TYPES[kind]["head"] and types[r["tail"]] in RELATION_TYPES[kind]["tail"]]
    relation, kind = choose(rng, options)
    relation["type"] = kind


#: a possessive right between a relation's tail and its head (V399): `[Russia]'s [Pacific fleet]`
_POSSESSIVE = re.compile("['\u2019]s ")


@_some_document("title-typed-as-event", reject("V399"), CONSISTENCY, bases=REAL)
def title_typed_as_event(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Type a PART_OF, NATIONALITY or office whose tail is its head's possessor (`[Russia]'s [Pacific fleet]`)
    TRAVELS_TO or MEETS, one its arguments' types fit: a title's relation as a journey or a meeting."""
    text, mentions, types = raw_text(doc), _mentions(doc), _type_of(doc)
    options = [(r, kind) for r in doc["relations"] if r["type"] not in EVENT_RELATIONS
               and _POSSESSIVE.fullmatch(text, mentions[r["tail"]]["end"], mentions[r["head"]]["start"])
               for kind in ("TRAVELS_TO", "MEETS")
               if types[r["head"]] in RELATION_TYPES[kind]["head"] and types[r["tail"]] in RELATION_TYPES[kind]["tail"]]
    relation, kind = choose(rng, options)
    relation["type"] = kind


@kind("speaker-set-to-none", reject("V273", "V381", "V459", "V460", "V461"), CONSISTENCY, bases=REAL)
def speaker_set_to_none(corpus: Corpus, rng: random.Random) -> None:
    """Set a quote's speaker to none: every quote of release 1 names its speaker in its attribution, before a direct
    quote's words or after them (V459, V273), as the subject of reported speech, joined to another verb of saying or
    after `according to` (V381), after `by` or `from` (V459), before an apposition (V460) or as the subject of the
    clause a participle cue closes (V461). A quote that no quote link records (a linked one's speaker is compared,
    V318)."""
    _in_a_document(corpus, rng, _speaker_left_out)


def _speaker_left_out(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """`speaker_set_to_none` on one document."""
    quote = choose(rng, [q for q in unlinked(doc, doc["quotes"]) if q.get("speaker")])
    quote["speaker"] = None


#: where the sample base is rewritten: its one document, as a report of other words
SAMPLE = ("sample",)
#: a verb that ends a subject's title and the object after it (`officials [met] Vladimir Putin`)
_MET_VERBS = ("met", "welcomed", "greeted", "thanked")


def sample_rewritten(corpus: Corpus, edit: Callable[[dict[str, Any], str], tuple[dict[str, Any], str]]) -> None:
    """Rewrite the sample base's one document and its raw text with `edit` (both in, both out): a mistake or a
    wording that the real reports never write."""
    path, = corpus.documents()
    doc, text = edit(json.loads(path.read_bytes()), corpus.text(path))
    corpus.raw(path).write_bytes(text.encode("utf-8"))
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")


def line_added(doc: dict[str, Any], text: str, line: str,
               mentions: list[tuple[str, str, str]]) -> tuple[dict[str, Any], str, Callable[[str], dict[str, Any]]]:
    """`doc` over `text` with `line` after it, a body paragraph of its own, the first of each of `mentions`' words
    (words, entity, kind) in the line a mention (`mf0`, `mf1`, ...); tokens and sentences made again. With the span
    of the first of any words in the line."""
    from sample import reword

    added = f"{text}\n{line}"
    doc, _ = reword(doc, added, "", "")
    offset = len(text) + 1

    def span(words: str) -> dict[str, Any]:
        start = added.index(words, offset)
        return {"start": start, "end": start + len(words), "text": words}

    doc["zones"].append({"kind": "body", **span(line)})
    doc["mentions"] += [{"id": f"mf{n}", **span(words), "entity": entity, "kind": kind, "metonymy": False}
                        for n, (words, entity, kind) in enumerate(mentions)]
    return doc, added, span


def participle_report(rng: random.Random, subject: str, mentions: list[tuple[str, str, str]],
                      by_the_object: bool = False) -> Callable[[dict[str, Any], str], tuple[dict[str, Any], str]]:
    """The sample's edit that adds `<subject> met Vladimir Putin on Tuesday, saying that the region was calm.` (a
    verb of `_MET_VERBS`), its report a quote of no speaker or, `by_the_object`, of Putin (`subject`'s words the
    `mentions`, Putin's after them)."""

    def edit(doc: dict[str, Any], text: str) -> tuple[dict[str, Any], str]:
        line = f"{subject} {rng.choice(_MET_VERBS)} Vladimir Putin on Tuesday, saying that the region was calm."
        doc, text, span = line_added(doc, text, line, [*mentions, ("Vladimir Putin", "e3", "name")])
        speaker = f"mf{len(mentions)}" if by_the_object else None
        doc["quotes"].append({"id": "qf", "kind": "indirect", "content": [span("the region was calm")],
                              "cue": span("saying"), "speaker": speaker, "attribution": "speech"})
        return doc, text

    return edit


@kind("speaker-missing-of-a-titled-subject", reject("V461"), CONSISTENCY, bases=SAMPLE)
def speaker_missing_of_a_titled_subject(corpus: Corpus, rng: random.Random) -> None:
    """Add to the sample `North Korean official [Kim Jong Un] met [Vladimir Putin] on Tuesday, saying that ...`, the
    report a quote of no speaker: the participle's subject is Kim, past his lower-case title, the object after the
    verb no subject (V461 read `official ... met` as a title's words and named Putin, the object, until the
    thirty-fifth session: `speaker-of-a-lower-case-title` is its side that must pass). V461 alone."""
    sample_rewritten(corpus, participle_report(rng, "North Korean official Kim Jong Un",
                                               [("North Korean", "e1", "name"), ("Kim Jong Un", "e2", "name")]))


@kind("speaker-set-to-the-verb-s-object", reject("V462"), CONSISTENCY, bases=SAMPLE)
def speaker_set_to_the_verb_s_object(corpus: Corpus, rng: random.Random) -> None:
    """Add to the sample `[Kim Jong Un] met [Vladimir Putin] on Tuesday, saying that ...` (Kim titled `North Korean
    leader` or not), the report a quote of Putin, the verb's object: the participle takes the clause's subject (V462
    read only a preposition's object until the thirty-sixth session, and this passed). V462 alone."""
    titled = rng.random() < 0.5
    mentions = [("North Korean", "e1", "name")] * titled + [("Kim Jong Un", "e2", "name")]
    sample_rewritten(corpus, participle_report(rng, "North Korean leader Kim Jong Un" if titled else "Kim Jong Un",
                                               mentions, by_the_object=True))



@kind("speaker-set-to-the-object-of-an-unannotated-subject", reject("V482"), CONSISTENCY, bases=SAMPLE)
def speaker_set_to_the_object_of_an_unannotated_subject(corpus: Corpus, rng: random.Random) -> None:
    """Add to the sample `North Korean officials met [Vladimir Putin] on Tuesday, saying that ...` (the subject no
    mention, its nationality one), the report a quote of Putin, the verb's object: no subject's mention for V462 to
    compare with, and this passed every rule until the thirty-seventh session. V482 alone."""
    sample_rewritten(corpus, participle_report(rng, "North Korean officials", [("North Korean", "e1", "name")],
                                               by_the_object=True))

def _office_word_near(text: str, sentence: dict, head: dict, tail: dict) -> bool:
    """Whether V451 finds a word of office for an OFFICIAL_OF of `head` and `tail` in `sentence`: among the words of
    the head, of the stretch between the two, and of up to `_OFFICE_REACH` words before and after them (the tail's own
    words not read), or a title of a post without office joining them (V431's); or a word of a journey there (V398's,
    which folds V451: `[Kim] departed [Pyongyang]`)."""
    start, end = min(head["start"], tail["start"]), max(head["end"], tail["end"])
    before, after = _OFFICE_REACH
    words = LETTER_RUNS.findall(text, sentence["start"], start)[-before:]
    words += [w for a, b in ((start, tail["start"]), (tail["end"], end)) if a < b
              for w in LETTER_RUNS.findall(text, a, b)]
    words += LETTER_RUNS.findall(text, end, max(end, sentence["end"]))[:after]
    posted = _titled(text, SimpleNamespace(**head), SimpleNamespace(**tail), _POST_PATTERNS)
    return posted or not (_OFFICE_WORDS | _JOURNEY_WORDS).isdisjoint(w.lower() for w in words)


#: the words of a journey that make a relation's tail a destination (V398, which folds V451): none is read near a
#: relation the kind plants
_JOURNEY_WORDS = TRAVEL_WORDS | {"trip", "trips", "where", "to", "into"}


@_some_document("office-without-a-word-of-office", reject("V451"), CONSISTENCY, bases=REAL)
def office_without_a_word_of_office(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Put an OFFICIAL_OF onto a person's name or nominal and a body's, state's or nationality's in one body sentence,
    outside every quote's words, that no relation joins and no word of office stands beside (V451's reach: `[Kim Jong
    Un] met President [Vladimir Putin] at the [Vostochny Cosmodrome]` gives none): an office the text does not write.
    The case must draw V451."""
    text, types = raw_text(doc), _type_of(doc)
    joined = {frozenset((r_head, r_tail)) for r in doc["relations"] for r_head, r_tail in [(
        _mentions(doc)[r["head"]]["entity"], _mentions(doc)[r["tail"]]["entity"])]}
    body = [z for z in doc["zones"] if z["kind"] == "body"]
    quoted = [(c["start"], c["end"]) for q in doc["quotes"] for c in q["content"]]
    named = [m for m in doc["mentions"] if m["kind"] in ("name", "nominal") and not m["metonymy"]]
    options = []
    for s in doc["sentences"]:
        if not any(z["start"] <= s["start"] and s["end"] <= z["end"] for z in body):
            continue
        inside = [m for m in named if s["start"] <= m["start"] and m["end"] <= s["end"]]
        for head in (m for m in inside if types[m["id"]] == "PER"):
            for tail in inside:
                start, end = min(head["start"], tail["start"]), max(head["end"], tail["end"])
                if types[tail["id"]] in RELATION_TYPES["OFFICIAL_OF"]["tail"] and head["entity"] != tail["entity"] \
                        and (head["end"] <= tail["start"] or tail["end"] <= head["start"]) \
                        and frozenset((head["entity"], tail["entity"])) not in joined \
                        and not any(a < end and start < b for a, b in quoted) \
                        and not _office_word_near(text, s, head, tail):
                    options.append((head, tail))
    head, tail = choose(rng, options)
    doc["relations"].append({"id": "rfuzz", "type": "OFFICIAL_OF", "head": head["id"], "tail": tail["id"],
                             "factuality": "asserted"})
    must_draw("V451")


@_some_document("metonym-moved-into-a-city", reject("V455"), REFERENCES, bases=REAL)
def metonym_moved_into_a_city(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Move one of two metonymic mentions or more of a place's name in one entity (`Moscow` for Russia, twice) into
    another GPE entity of the document linked to a record classed no country nor sovereign state (a city's, Seoul's or
    Vladivostok's, or the Soviet Union's, which V429 does not compare; not an unlinked group's, `North Korea and
    Russia`, which then names one referent and several, V405): in one report a place's name stands for one entity.
    The case must draw V455."""
    registry = _registry_records()
    states = {r["id"] for r in registry if r["wikidata"].get("instance_of") in STATE_CLASSES}
    marked = [m for m in doc["mentions"] if m["kind"] == "name" and m["metonymy"]]
    twice = [m for m in marked if sum(n["text"] == m["text"] and n["entity"] == m["entity"] for n in marked) > 1]
    mention = choose(rng, twice)
    text = raw_text(doc)
    records = {r["id"] for r in registry}
    mention["entity"] = choose(rng, [e["id"] for e in doc["entities"] if e["type"] == "GPE"
                                     and e.get("kb_id") in records and e["kb_id"] not in states
                                     and e["id"] != mention["entity"] and e["name"] != mention["text"]
                                     and not _coordinated(text, mention, e["id"], doc["mentions"])])
    must_draw("V455")


#: a word and an article or not right before a mention (group 1 the word): a preposition there makes the mention its
#: object (V462)
_WORD_BEFORE = re.compile(r"(\w+)\s+(?:(?:the|an?)\s+)?\Z", re.IGNORECASE)


@_some_document("speaker-off-a-participle-s-subject", reject("V462"), CONSISTENCY, bases=REAL)
def speaker_off_a_participle_s_subject(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Move the speaker of a quote whose cue is one word in `-ing` right after a comma and whose speaker opens its
    sentence (the clause's subject: `The Russian state news agency [Ria Novosti] published images ..., claiming`) to a
    person, body or state of another entity between the two right after a preposition (`... pulled by a [Russian
    Railways] locomotive`), outside every quote's words: the object of a preposition, never the participle's subject.
    A quote that no quote link records. The case must draw V462."""
    text, types, mentions = raw_text(doc), _type_of(doc), _mentions(doc)
    quoted = [(c["start"], c["end"]) for q in doc["quotes"] for c in q["content"]]
    options = []
    for q in unlinked(doc, doc["quotes"]):
        cue, said = q.get("cue"), mentions.get(q.get("speaker") or "")
        if cue is None or said is None or " " in cue["text"].strip() or not cue["text"].endswith("ing") \
                or not text[:cue["start"]].endswith(", ") or said["end"] > cue["start"]:
            continue
        sentence = doc["sentences"][_sentence(doc, cue["start"])]
        opening = text[sentence["start"]:said["start"]]
        if _sentence(doc, said["start"]) != _sentence(doc, cue["start"]) or "," in text[said["end"]:cue["start"] - 2] \
                or not re.fullmatch(r"(?:[A-Z][a-z]+, )?(?:(?:The|A|An) (?:[\w-]+ ){0,5})?", opening):
            continue
        for m in doc["mentions"]:
            before = _WORD_BEFORE.search(text, max(m["start"] - 16, 0), m["start"])
            if said["end"] < m["start"] and m["end"] < cue["start"] and types[m["id"]] in SPEAKER_TYPES \
                    and m["entity"] != said["entity"] and before is not None \
                    and before.group(1).lower() in PREPOSITIONS and not any(a < m["end"] and m["start"] < b
                                                                            for a, b in quoted):
                options.append((q, m))
    quote, mention = choose(rng, options)
    quote["speaker"] = mention["id"]
    must_draw("V462")
