"""Pronouns left out of the annotation (V384, V385): every pronoun mention of the corpus deleted in turn, the words
that only look like such a pronoun, and the corpus itself, free of them."""

from __future__ import annotations

import pytest
from sample import corpus_document, corpus_report, reword

AP, TOP, ARMS = "ap-kim-whereabouts-after-summit", "kim-arrives-russia-top-officials", \
    "kim-arrives-russia-arms-sale-warning"
REUTERS, TIME = "reuters-kim-putin-summit", "time-kim-russia-trip-putin-weakness"
CORPUS = (AP, TOP, ARMS, REUTERS, TIME)
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
JUDGED = PLURAL | {"he", "him", "his", "himself", "she", "her", "hers", "herself", "i", "me", "my", "myself", "we",
                   "us", "our", "ours", "ourselves"}


def _ours(doc: dict, text: str) -> list[tuple[str, str, str]]:
    """The problems of V384 and V385 of a corpus document: code, pointer, severity."""
    return [(p.code, p.pointer, p.severity) for p in corpus_report(doc, text) if p.code in ("V384", "V385")]


def _without(doc: dict, mention_id: str) -> dict:
    """The document with one mention deleted, the relations on it and it as a speaker with it."""
    return {**doc, "mentions": [m for m in doc["mentions"] if m["id"] != mention_id],
            "relations": [r for r in doc["relations"] if mention_id not in (r["head"], r["tail"])],
            "quotes": [{**q, "speaker": None if q["speaker"] == mention_id else q["speaker"]} for q in doc["quotes"]]}


def _token(doc: dict, start: int) -> int:
    return next(k for k, token in enumerate(doc["tokens"]) if token[0] == start)


@pytest.mark.parametrize("doc_id", CORPUS)
def test_every_pronoun_mention_deleted_is_reported(doc_id: str) -> None:
    """A pronoun mention deleted passed every rule (`his` of Kim, with its quote's speaker): each one of a person or
    body deleted in turn is V384's at its token, a `they` V385's warning, and nothing else of theirs fires."""
    doc, text = corpus_document(doc_id)
    assert _ours(doc, text) == []
    pronouns = [m for m in doc["mentions"] if m["kind"] == "pronoun" and m["text"].lower() in JUDGED]
    assert pronouns
    for m in pronouns:
        code, severity = ("V385", "warning") if m["text"].lower() in PLURAL else ("V384", "error")
        assert _ours(_without(doc, m["id"]), text) == [(code, f"/tokens/{_token(doc, m['start'])}", severity)], m


def test_their_written_for_there_is_no_pronoun() -> None:
    """`despite their being no indication` (the arms-sale report's typo for `there`) is no mention (guidelines,
    Mentions); `their being sanctioned` is a possessive, and one left bare is warned of."""
    doc, text = corpus_document(ARMS)
    assert "despite their being no indication" in text
    assert _ours(doc, text) == []
    changed, new_text = reword(doc, text, "their being no indication", "their being sanctioned")
    assert [code for code, *_ in _ours(changed, new_text)] == ["V385"]
    for typo in ("their is no indication", "their was no indication", "their being little indication"):
        changed, new_text = reword(doc, text, "their being no indication", typo)
        assert _ours(changed, new_text) == [], typo


@pytest.mark.parametrize(("old", "new", "found"), [
    ("However, his exact", "However, World War I exact", []),  # a numeral after a capitalised word
    ("However, his exact", "However, I exact", ["V384"]),
    ("However, his exact", "However, But I exact", ["V384"]),  # a clause's first word before it: a pronoun
    ("However, his exact", "However, King Charles I exact", []),
    ("However, his exact", "However, US exact", []),  # a name, not `us`
    ("However, his exact", "However, Us exact", ["V384"]),
    ("However, his exact", "However, HIS exact", []),  # capitals are a headline's or a name's
    ("However, his exact", "However, mine exact", []),  # a weapon as often as a pronoun
    ("However, his exact", "However, it exact", []),  # pleonastic as often as not
    ("However, his exact", "However, your exact", []),
])
def test_what_only_looks_like_a_pronoun(old: str, new: str, found: list[str]) -> None:
    """The AP report's `his` (m11, Kim's) deleted and its word replaced: only the pronouns of a person or body are
    judged, as they stand in running text."""
    doc, text = corpus_document(AP)
    (his,) = [m for m in doc["mentions"] if m["text"] == "his" and m["start"] == text.index(old) + len("However, ")]
    changed, new_text = reword(_without(doc, his["id"]), text, old, new)
    assert [code for code, *_ in _ours(changed, new_text)] == found


def test_a_pronoun_inside_a_name_and_a_document_that_annotates_nothing() -> None:
    """A pronoun inside a name mention (a title, `Our Lady`) is the name's word; a document that annotates nothing
    (a scaffold of `vostochny new`: no zone, mention or quote) is not annotated yet: neither is reported. A document
    whose mentions, entities, relations and quotes were wiped, its zones kept, passed with warnings (where no quote
    link named its quotes): its pronouns are reported."""
    doc, text = corpus_document(AP)
    (his,) = [m for m in doc["mentions"] if m["text"] == "his" and m["start"] == 166]
    bare = _without(doc, his["id"])
    wiped = {**doc, "mentions": [], "relations": [], "quotes": [], "entities": []}
    assert {code for code, *_ in _ours(wiped, text)} == {"V384", "V385"}
    assert _ours({**wiped, "zones": []}, text) == []
    named = {**his, "id": "m999", "kind": "name", "start": 166, "end": 175, "text": text[166:175]}
    assert text[166:175] == "his exact"
    assert _ours({**bare, "mentions": [*bare["mentions"], named]}, text) == []


@pytest.mark.parametrize(("old", "new", "found"), [
    ("However, his exact", "Yesterday I exact", ["V384"]),  # the word before it opens the sentence
    ("However, his exact", "I. Exact", []),  # a heading's numeral
    ("However, his exact", "I) Exact", []),
    ("However, his exact", "I exact", ["V384"]),
])
def test_a_sentence_s_first_word_before_i_is_no_name(old: str, new: str, found: list[str]) -> None:
    """`I` after a capitalised word was read as a numeral (`World War I`) even where that word opens the sentence:
    `Yesterday I`, a quotation's `But I` left bare passed. Opening a sentence before `.` or `)`, it is a heading's
    numeral."""
    doc, text = corpus_document(AP)
    (his,) = [m for m in doc["mentions"] if m["text"] == "his" and m["start"] == text.index(old) + len("However, ")]
    changed, new_text = reword(_without(doc, his["id"]), text, old, new)
    assert [code for code, *_ in _ours(changed, new_text)] == found


@pytest.mark.parametrize(("word", "cut"), [("the", 1), ("other", 2), ("whether", 4)])
def test_a_word_split_by_hand_holds_no_pronoun(word: str, cut: int) -> None:
    """A token split in two by hand (`t|he`, `ot|her`, `whet|her`: the token layer still tiles the text, the corrections
    counted, V267) left a token that reads `he` or `her` inside a word, and V384 refused it as a bare pronoun (the
    fuzzer's benign `token-split`): a letter joined to it before or after makes it part of a word, no pronoun."""
    doc, text = corpus_document(AP)
    tokens = doc["tokens"]
    k = next(k for k, t in enumerate(tokens) if t[2] == word)
    start, end, _ = tokens[k]
    tokens[k:k + 1] = [[start, start + cut, text[start:start + cut]], [start + cut, end, text[start + cut:end]]]
    doc["tokenizer"]["corrections"] = doc["tokenizer"].get("corrections", 0) + 2
    assert _ours(doc, text) == []
    assert [p.code for p in corpus_report(doc, text) if p.severity == "error"] == []
