"""A quote's speaker against the phrase after its cue: the source that `asked by [X]` or `warnings from [X]` names
(V449), a mention past a preposition or a clause word after the cue (V450), and the subject a cue after a reported
infinitive shares (V402): an attack that re-pointed each speaker to another mention of its cue's sentence passed 7 of
141 such edits over release 1, 1 does now."""

from __future__ import annotations

import pytest
from sample import corpus_document, corpus_report, reword, written_errors

ARMS, TOP = "kim-arrives-russia-arms-sale-warning", "kim-arrives-russia-top-officials"
REUTERS, TIME = "reuters-kim-putin-summit", "time-kim-russia-trip-putin-weakness"


def _quote(doc: dict, quote_id: str) -> int:
    (found,) = [i for i, q in enumerate(doc["quotes"]) if q["id"] == quote_id]
    return found


def _repointed(doc_id: str, quote_id: str, words: str) -> tuple[list[tuple[str, str]], int]:
    """The problems of a corpus document whose quote `quote_id` has the speaker `words` of its cue's sentence."""
    doc, text = corpus_document(doc_id)
    i = _quote(doc, quote_id)
    cue = doc["quotes"][i]["cue"]["start"]
    sentence = next(s for s in doc["sentences"] if s["start"] <= cue < s["end"])
    doc["quotes"][i]["speaker"] = next(m["id"] for m in doc["mentions"] if m["text"] == words
                                       and sentence["start"] <= m["start"] < sentence["end"])
    return [(p.code, p.pointer) for p in corpus_report(doc, text)], i


@pytest.mark.parametrize(("doc_id", "quote_id", "words"), [
    (REUTERS, "q9", "Putin"),  # `When asked by [Russian media] ..., Putin said`: the media ask, Putin answers
    (TIME, "q1", "Kim Jong Un"),  # `Kim Jong Un arrived ... amid warnings from [the U.S.] that ...`
    (TIME, "q1", "Russia"),
    (TIME, "q1", "Vladimir Putin"),
])
def test_a_speaker_other_than_the_source_named_after_the_cue_is_refused(doc_id: str, quote_id: str,
                                                                       words: str) -> None:
    problems, i = _repointed(doc_id, quote_id, words)
    assert problems == [("V449", f"/quotes/{i}/speaker")]


def test_the_source_named_after_the_cue_is_read_past_an_article_only_where_its_phrase_ends() -> None:
    """`amid warnings from [the U.S.] officials that ...` (constructed): the U.S. modifies `officials`, no source that
    ends its noun phrase, and the quote's speaker moved to Kim is not V449's."""
    doc, text = corpus_document(TIME)
    doc, text = reword(doc, text, "", " officials", " that the two countries")
    assert "warnings from the U.S. officials that" in text
    i = _quote(doc, "q1")
    doc["quotes"][i]["speaker"] = next(m["id"] for m in doc["mentions"] if m["text"] == "Kim Jong Un")
    assert "V449" not in {p.code for p in corpus_report(doc, text)}


def test_a_speaker_past_a_preposition_after_the_cue_is_refused() -> None:
    """`..., Jeon Ha Gyu, spokesperson of South Korea's Defense Ministry, said in a briefing without elaborating on how
    [the military] obtained the information`: the military is no subject of `said`."""
    problems, i = _repointed(TOP, "q2", "the military")
    assert problems == [("V450", f"/quotes/{i}/speaker")]

    # `said without [the military] ...` (constructed): `without` read alone (the thirty-fifth session's mutants)
    doc, text = reword(*corpus_document(TOP), " in a briefing without elaborating on how", " without")
    assert "said without the military" in text
    i = _quote(doc, "q2")
    cue = doc["quotes"][i]["cue"]["end"]
    doc["quotes"][i]["speaker"] = next(m["id"] for m in doc["mentions"] if m["text"] == "the military"
                                       and m["start"] > cue)
    assert [(p.code, p.pointer) for p in corpus_report(doc, text)] == [("V450", f"/quotes/{i}/speaker")]


@pytest.mark.parametrize(("quote_id", "words"), [("q15", "North Korea"), ("q16", "North Korea")])
def test_a_cue_after_a_reported_infinitive_shares_its_verb_s_subject(quote_id: str, words: str) -> None:
    """`[Britain] on Wednesday urged North Korea to [end arms talks with Russia] and said [...]`: the subject is read
    past `on Wednesday`, and `said`, finite, joins `urged` (no verb of the infinitive): both quotes are Britain's, never
    the one urged."""
    problems, i = _repointed(REUTERS, quote_id, words)
    assert problems == [("V402", f"/quotes/{i}/speaker")]


#: the codes of the speaker against the phrase after its cue and its subject before it
_READ = {"V402", "V449", "V450"}


def _constructed(text: str, mentions: list[tuple[str, str, str]], content: str, cue: str, speaker: str) -> set[str]:
    """The codes of `_READ` a constructed document draws: one indirect quote of `content`, cued by the first `cue`
    after it or before it, its speaker the mention `speaker` (m1 on, in `mentions` order)."""
    start, at = text.index(content), text.index(cue)
    quote = {"id": "q1", "kind": "indirect", "content": [{"start": start, "end": start + len(content),
                                                          "text": content}],
             "cue": {"start": at, "end": at + len(cue), "text": cue}, "speaker": speaker, "attribution": "speech"}
    return {code for code, _ in written_errors(text, mentions, quotes=[quote])} & _READ


@pytest.mark.parametrize(("text", "mentions", "content", "cue", "right", "wrong", "code"), [
    # news sentences of other events: the agent of a passive and the source of a noun of saying
    ("Lee was told by Kishida that the tariffs would stay.", [("Lee", "lee", "name"), ("Kishida", "kishida", "name")],
     "the tariffs would stay", "told", "m2", "m1", "V449"),
    ("Scholz arrived in Paris amid warnings from Macron that the deal would fail.",
     [("Scholz", "scholz", "name"), ("Macron", "macron", "name")], "the deal would fail", "warnings", "m2", "m1",
     "V449"),
    # a speaker past a preposition or a clause word after the cue, whose subject stands before it past a comma
    ("The strikes would go on, Zelensky, the president, said in Kyiv after talks with Biden.",
     [("Zelensky", "zelensky", "name"), ("Biden", "biden", "name")], "The strikes would go on", "said", "m1", "m2",
     "V450"),
])
def test_constructed_sources_and_subjects(text: str, mentions: list[tuple[str, str, str]], content: str, cue: str,
                                          right: str, wrong: str, code: str) -> None:
    assert _constructed(text, mentions, content, cue, right) == set()
    assert _constructed(text, mentions, content, cue, wrong) == {code}


@pytest.mark.parametrize(("text", "mentions", "content", "cue", "speaker"), [
    # `from` after a verb names a place of the act, its subject before it
    ("Kirby said from Washington that the talks would fail.", [("Kirby", "kirby", "name"),
                                                               ("Washington", "washington", "name")],
     "the talks would fail", "said", "m1"),
    # a name after a comma past the cue is an apposition of an inverted subject
    ("The talks would fail, said the ambassador in Seoul, Goldberg.", [("Seoul", "seoul", "name"),
                                                                      ("Goldberg", "goldberg", "name")],
     "The talks would fail", "said", "m2"),
])
def test_constructed_speakers_after_the_cue_that_are_its_subject(text: str, mentions: list[tuple[str, str, str]],
                                                                 content: str, cue: str, speaker: str) -> None:
    assert _constructed(text, mentions, content, cue, speaker) == set()


# the thirty-first session's mutation check: the folds of V450 into a cue moved off its word of saying


@pytest.mark.parametrize(("words", "after", "code"), [
    ("Tuesday", "Russia on ", "V380"),  # no word of saying
    ("a", "Tuesday for ", "V363"),  # the article of a mention (`[a meeting]`)
])
def test_a_cue_moved_before_its_phrase_is_its_own_code(words: str, after: str, code: str) -> None:
    """TIME q1's cue `warnings` (`... for a meeting with President Vladimir Putin, amid [warnings] from [the U.S.]`)
    moved back onto a word that is no word of saying, or onto a mention: the speaker then lies past a preposition after
    the cue (V450), which is the same moved cue, folded behind its code."""
    doc, text = corpus_document("time-kim-russia-trip-putin-weakness")
    (i,) = [k for k, q in enumerate(doc["quotes"]) if q["id"] == "q1"]
    start = text.index(after + words) + len(after)
    doc["quotes"][i]["cue"] = {"start": start, "end": start + len(words), "text": words}
    assert [(p.code, p.pointer) for p in corpus_report(doc, text)] == [(code, f"/quotes/{i}/cue")]
