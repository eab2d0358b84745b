"""What the thirty-fourth session's sentence-boundary and zone-boundary sweeps found accepted: a sentence split after
a title and counted (V478), the splitter's own start after a month's abbreviation removed and counted (a correction
V283 accepts), and a dateline's dash moved into the paragraph it opens (V250); each planted into a copy of a corpus
document (sentences and zones found by their text), and the corpus itself, free of them."""

from __future__ import annotations

from itertools import pairwise

import pytest
from sample import corpus_document, corpus_report, written_report
from sample import written_errors as _written

from vostochny.checking.problems import Problem
from vostochny.checking.rules.tokenizer import ADDED_START
from vostochny.checking.validator import _start_added
from vostochny.model import tokenize

AP = "ap-kim-whereabouts-after-summit"
CORPUS = (AP, "kim-arrives-russia-arms-sale-warning", "kim-arrives-russia-top-officials", "reuters-kim-putin-summit",
          "time-kim-russia-trip-putin-weakness")


def _errors(doc: dict, text: str) -> list[tuple[str, str]]:
    """The errors (code, pointer) of a corpus document, with the corpus's registry."""
    return [(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"]


def _split_after(doc: dict, raw: str, words: str, counted: int) -> int:
    """`doc` with the sentence that holds `words` split after them (`sentence_corrections` raised by `counted`), and
    the index of the first half."""
    end = raw.index(words) + len(words)
    (k,) = [k for k, s in enumerate(doc["sentences"]) if s["start"] < end < s["end"]]
    first = doc["sentences"][k]
    at = end + len(raw[end:]) - len(raw[end:].lstrip())
    second = {"start": at, "end": first["end"], "text": raw[at:first["end"]]}
    first["end"], first["text"] = end, raw[first["start"]:end]
    doc["sentences"].insert(k + 1, second)
    doc["tokenizer"]["sentence_corrections"] += counted
    return k


@pytest.mark.parametrize("doc_id", CORPUS)
def test_the_corpus_has_none_of_these_mistakes(doc_id: str) -> None:
    doc, raw = corpus_document(doc_id)
    assert not [p for p in _errors(doc, raw) if p[0] in {"V250", "V478", "V479"}]


def test_a_sentence_split_after_a_title_and_counted() -> None:
    """V478: `... should help Mr.` | `Putin kill innocent Ukrainians,” Kirby said.`, the start counted, passed V283
    (a final mark inside a token, before a capital): the title stands before the name it titles. Uncounted, V283
    says it alone (the boundary is judged again)."""
    doc, raw = corpus_document(AP)
    k = _split_after(doc, raw, "should help Mr.", 1)
    assert doc["sentences"][k]["text"].endswith("should help Mr.")
    assert doc["sentences"][k + 1]["text"].startswith("Putin kill innocent Ukrainians")
    assert _errors(doc, raw) == [("V478", f"/sentences/{k}")]
    doc["tokenizer"]["sentence_corrections"] -= 1
    assert _errors(doc, raw) == [("V283", f"/sentences/{k + 1}")]


def test_a_month_abbreviation_before_its_day_may_be_joined() -> None:
    """V283: the splitter ends a sentence after `Sept.` (split from its period) before `13`; that start kept is not
    refused (V478 reads titles only), and removed and counted it is a correction V283 accepts, though no span
    crosses it."""
    text = "Kim arrived on Sept. 13 and left. Putin stayed."
    made = tokenize.sentences(text, tokenize.tokens(text))
    assert [text[a:b] for a, b in made] == ["Kim arrived on Sept.", "13 and left.", "Putin stayed."]
    mentions = [("Kim", "e1", "name"), ("Putin", "e2", "name")]
    assert _written(text, mentions) == []
    joined = [{"start": made[0][0], "end": made[1][1], "text": text[made[0][0]:made[1][1]]},
              {"start": made[2][0], "end": made[2][1], "text": text[made[2][0]:made[2][1]]}]
    recorded = {"name": tokenize.NAME, "version": tokenize.VERSION, "corrections": 0, "sentence_corrections": 1}
    assert _written(text, mentions, sentences=joined, tokenizer=recorded) == []
    text = "Kim arrived on Sunday. 13 ships left. Putin stayed."
    made = tokenize.sentences(text, tokenize.tokens(text))
    joined = [{"start": made[0][0], "end": made[1][1], "text": text[made[0][0]:made[1][1]]},
              {"start": made[2][0], "end": made[2][1], "text": text[made[2][0]:made[2][1]]}]
    assert _written(text, mentions, sentences=joined, tokenizer=recorded) == [("V283", "/sentences/0")]


@pytest.mark.parametrize("after", ["Putin stayed in Moscow until Sept. Kim left.", "Kim met Gov. Kozhemyako."])
def test_an_abbreviation_that_may_end_a_sentence_is_not_judged(after: str) -> None:
    """V478 reads a title before the next sentence's start only (one that ends a line or the text is no boundary it
    reads), and no month's abbreviation (`until Sept.` may end a sentence)."""
    assert _written(after, [("Kim", "e1", "name")] if "Kim" in after else []) == []


def _cut(text: str, at: int) -> dict[str, object]:
    """`written_errors`'s members for `text` cut into two sentences at `at` (spaces after it skipped), the starts that
    differ from the tokenizer's counted in `tokenizer.sentence_corrections`."""
    second = at + len(text[at:]) - len(text[at:].lstrip())
    made = {a for a, _ in tokenize.sentences(text, tokenize.tokens(text))}
    recorded = {"name": tokenize.NAME, "version": tokenize.VERSION, "corrections": 0,
                "sentence_corrections": len(made ^ {0, second})}
    return {"sentences": [{"start": a, "end": b, "text": text[a:b]} for a, b in ((0, at), (second, len(text)))],
            "tokenizer": recorded}


# the thirty-fifth session's mutants: each exception below, dropped from V478's, passed every test


@pytest.mark.parametrize(("text", "words"), [
    ("Kim walked down Elm St. Putin stayed.", "Elm St."), ("The envoy was John Doe Jr. Putin stayed.", "Doe Jr."),
    ("The answer was No. Putin stayed.", "was No."), ("The envoy met Mr. Putin stayed.", "met Mr."),
])
def test_a_sentence_may_end_after_st_jr_or_no_but_not_a_title(text: str, words: str) -> None:
    """V478 reads `St.`, `Jr.` and `No.` as no titles (`... on Elm St.` may end a sentence); `Mr.` is one."""
    members = _cut(text, text.index(words) + len(words))
    assert members["sentences"][0]["text"].endswith(words)  # type: ignore[index]
    assert _written(text, [("Putin", "e1", "name")], **members) == ([("V478", "/sentences/0")] if "Mr." in words
                                                                    else [])


@pytest.mark.parametrize(("text", "after", "expected"), [
    ('Kim called it "a sacred fight\u2026" Putin nodded.', "fight\u2026", [("V479", "/sentences/1")]),
    ("Kim called it 'a sacred fight\u2026' Putin nodded.", "fight\u2026", [("V479", "/sentences/1")]),
    ('Kim paused\u2026 "Sacred fight" was the slogan Putin chose.', "paused\u2026", []),
])
def test_a_closing_mark_split_after_an_ellipsis(text: str, after: str, expected: list[tuple[str, str]]) -> None:
    """V479 reads `\u2026` as a final mark: `... a sacred fight\u2026` | `"`, the closing mark glued to the ellipsis
    split off and counted, is refused; a quote opened after the ellipsis and a space is a sentence's start (the
    thirty-fifth session's mutant, `\u2026` dropped from V479's final marks, passed every test)."""
    members = _cut(text, text.index(after) + len(after))
    assert _written(text, [("Kim", "e1", "name"), ("Putin", "e2", "name")], **members) == expected


def test_a_dateline_dash_moved_into_the_paragraph_it_opens() -> None:
    """V250: `SEOUL, South Korea (AP)` | `— North Korean leader ...`, the dateline's dash moved into the body zone on
    its line, was the zone-boundary sweep's one survivor."""
    doc, raw = corpus_document(AP)
    dateline, body = doc["zones"][0], doc["zones"][1]
    assert (dateline["kind"], dateline["text"], body["kind"]) == ("dateline", "SEOUL, South Korea (AP) —", "body")
    dash = raw.index("—", dateline["start"])
    dateline["end"] = len(raw[:dash].rstrip())
    dateline["text"] = raw[dateline["start"]:dateline["end"]]
    body["start"], body["text"] = dash, raw[dash:body["end"]]
    assert body["text"].startswith("— North Korean leader")
    assert _errors(doc, raw) == [("V250", "/zones/1")]


@pytest.mark.parametrize(("doc_id", "words"), [
    ("reuters-kim-putin-summit", "will be immortal."),
    ("reuters-kim-putin-summit", "That's why we came here."),
    ("kim-arrives-russia-top-officials", "will not hesitate to impose new sanctions."),
])
def test_a_closing_quote_mark_split_from_its_sentence(doc_id: str, words: str) -> None:
    """V479: `... will be immortal.` | `"`, the closing mark split off and counted, passed V283 (a final mark before
    a straight quote, which may open one); uncounted, V283 says it alone."""
    doc, raw = corpus_document(doc_id)
    k = _split_after(doc, raw, words, 1)
    assert doc["sentences"][k + 1]["text"].startswith('"')
    assert _errors(doc, raw) == [("V479", f"/sentences/{k + 1}")]
    doc["tokenizer"]["sentence_corrections"] -= 1
    assert _errors(doc, raw) == [("V283", f"/sentences/{k + 1}")]


def test_a_quote_fragment_after_an_abbreviation_goes_on_its_sentence() -> None:
    """V283: `... and that the U.S.` | `"will not hesitate to impose new sanctions."`, a start added after a final
    mark inside a token and before an opening quote, counted, passed: the word after the quote mark is in lower
    case, and the sentence goes on."""
    doc, raw = corpus_document("kim-arrives-russia-top-officials")
    k = _split_after(doc, raw, "and that the U.S.", 1)
    assert doc["sentences"][k + 1]["text"].startswith('"will not hesitate')
    assert _errors(doc, raw) == [("V283", f"/sentences/{k + 1}")]


@pytest.mark.parametrize("doc_id", ["kim-arrives-russia-top-officials", "time-kim-russia-trip-putin-weakness"])
def test_a_sentence_split_after_a_title_inside_a_relation(doc_id: str) -> None:
    """V478 alone: `... and Navy Adm.` | `Kim Myong Sik, who ...`, the start counted, also parts OFFICIAL_OF(Kim Myong
    Sik, Navy) and the sentence's other relations; that their arguments now lie in two sentences is the same split
    (each drew V217 beside it, and the fuzz kind left those cuts out)."""
    doc, raw = corpus_document(doc_id)
    k = _split_after(doc, raw, "and Navy Adm.", 1)
    assert doc["sentences"][k + 1]["text"].startswith("Kim Myong Sik, who")
    assert _errors(doc, raw) == [("V478", f"/sentences/{k}")]


def test_a_title_split_folds_no_unrelated_relation_across_sentences() -> None:
    """V478 folds a V217 whose arguments lie either side of its own cut, and no other: a second relation re-pointed at
    a mention three sentences off (`his top military officials` TRAVELS_TO a later `Russia`) beside the `Navy Adm.` |
    `Kim Myong Sik` split is its own error (the thirty-fifth session's fold took every V217 and V240 of the document:
    a false accept the thirty-sixth session's second read found); V478 still folds those over its cut."""
    doc, raw = corpus_document("kim-arrives-russia-top-officials")
    k = _split_after(doc, raw, "and Navy Adm.", 1)
    relation = doc["relations"][0]
    assert (relation["id"], relation["type"], relation["tail"]) == ("r1", "TRAVELS_TO", "m8")
    relation["tail"] = "m27"  # `Russia`, of the same entity, in the third sentence
    assert _errors(doc, raw) == [("V217", "/relations/0"), ("V478", f"/sentences/{k}")]
    (cut,) = [p for p in corpus_report(doc, raw) if p.code == "V478"]
    assert {p.code for p in cut.folded} == {"V217"} and "/relations/0" not in {p.pointer for p in cut.folded}


def test_an_uncounted_split_folds_no_unrelated_relation_across_sentences() -> None:
    """V283 folds a V217 whose arguments lie either side of the start it reports added, and no other: uncounted, the
    `Navy Adm.` | `Kim Myong Sik` split is V283's alone (OFFICIAL_OF(Kim Myong Sik, Navy) over it folded), and a
    second relation re-pointed three sentences off is its own V217 beside it (V283 folded every V217 and V240 of
    its document until the thirty-sixth session: the false accept V478's fold had, found by its second read)."""
    doc, raw = corpus_document("kim-arrives-russia-top-officials")
    k = _split_after(doc, raw, "and Navy Adm.", 0)
    assert _errors(doc, raw) == [("V283", f"/sentences/{k + 1}")]
    (cut,) = [p for p in corpus_report(doc, raw) if p.code == "V283"]
    (title,) = [p for p in cut.folded if p.code == "V478"]  # the title's split, with the relation over it
    assert {p.code for p in title.folded} == {"V217"}
    relation = doc["relations"][0]
    assert (relation["id"], relation["type"], relation["tail"]) == ("r1", "TRAVELS_TO", "m8")
    relation["tail"] = "m27"  # `Russia`, of the same entity, in the third sentence
    assert sorted(_errors(doc, raw)) == [("V217", "/relations/0"), ("V283", f"/sentences/{k + 1}")]


def test_a_split_before_a_verb_folds_the_relations_over_it_alone() -> None:
    """V283 alone for `North Korean leader Kim Jong Un` | `arrived in Russia ...` uncounted (no title: no V478), the
    two journeys and the meeting over the cut folded into it; a relation over another boundary is V217's beside it."""
    doc, raw = corpus_document("kim-arrives-russia-top-officials")
    k = _split_after(doc, raw, "leader Kim Jong Un", 0)
    assert _errors(doc, raw) == [("V283", f"/sentences/{k + 1}")]
    (cut,) = [p for p in corpus_report(doc, raw) if p.code == "V283"]
    assert sorted(p.pointer for p in cut.folded if p.code == "V217") == ["/relations/0", "/relations/2", "/relations/3"]
    relation = doc["relations"][0]
    assert (relation["id"], relation["tail"]) == ("r1", "m8")
    relation["tail"] = "m27"
    assert sorted(_errors(doc, raw)) == [("V217", "/relations/0"), ("V283", f"/sentences/{k + 1}")]


def test_a_mention_over_a_title_split_and_another_boundary_is_v240_s() -> None:
    """V240 beside V478: a mention over the title's cut is folded into V478, one over another boundary (no title
    before it) is not (`Navy Adm.` | `Kim ...`; `John F.` | `Kennedy`, constructed)."""
    text = "Kim met Navy Adm. Kim Myong Sik on Monday. Putin read John F. Kennedy's speech."
    mentions = [("Kim", "e1", "name"), ("Navy Adm. Kim Myong Sik", "e2", "name"), ("Putin", "e3", "name"),
                ("John F. Kennedy", "e4", "name")]
    cuts = (0, text.index("Kim Myong"), text.index("Putin"), text.index("Kennedy"), len(text))
    split = [{"start": a, "end": len(text[:b].rstrip()), "text": text[a:b].rstrip()} for a, b in pairwise(cuts)]
    made = {a for a, _ in tokenize.sentences(text, tokenize.tokens(text))}
    recorded = {"name": tokenize.NAME, "version": tokenize.VERSION, "corrections": 0,
                "sentence_corrections": len(made ^ set(cuts[:-1]))}
    assert _written(text, mentions, sentences=split, tokenizer=recorded) == [("V478", "/sentences/0"),
                                                                             ("V240", "/mentions/3")]


def test_a_sentence_split_after_a_title_inside_a_mention() -> None:
    """V478 alone: `the Navy Adm.` | `Kim Myong Sik` with the title inside the name's mention (`[Navy Adm. Kim Myong
    Sik]`, constructed): the mention over the cut is the same split."""
    text = "Kim met Navy Adm. Kim Myong Sik on Monday."
    mentions = [("Kim", "e1", "name"), ("Navy Adm. Kim Myong Sik", "e2", "name")]
    assert _written(text, mentions) == []
    at = text.index("Kim Myong")
    split = [{"start": 0, "end": at - 1, "text": text[:at - 1]},
             {"start": at, "end": len(text), "text": text[at:]}]
    recorded = {"name": tokenize.NAME, "version": tokenize.VERSION, "corrections": 0, "sentence_corrections": 1}
    assert _written(text, mentions, sentences=split, tokenizer=recorded) == [("V478", "/sentences/0")]


@pytest.mark.parametrize("text", ["Kim chose Plan B. Putin agreed.", "Kim read John F. Kennedy's speech."])
def test_a_split_after_an_initial_is_judged_by_its_mention(text: str) -> None:
    """An initial's period (`Plan B.` | `Putin`, `John F.` | `Kennedy`: the splitter ends a sentence at both) is not
    V478's: the words do not tell a name's initial from a letter that ends a sentence. Inside a mention the split is
    V240's; joined there and counted, V283 accepts it."""
    made = tokenize.sentences(text, tokenize.tokens(text))
    assert len(made) == 2
    assert _written(text, [("Kim", "e1", "name")]) == []
    if "Kennedy" not in text:
        return
    name = [("Kim", "e1", "name"), ("John F. Kennedy", "e2", "name")]
    assert _written(text, name) == [("V240", "/mentions/1")]
    joined = [{"start": 0, "end": len(text), "text": text}]
    recorded = {"name": tokenize.NAME, "version": tokenize.VERSION, "corrections": 0, "sentence_corrections": 1}
    assert _written(text, name, sentences=joined, tokenizer=recorded) == []


@pytest.mark.parametrize("past", [0, 5, 2**63 - 1 - len("Putin came. Kim left.")])
def test_a_sentence_past_the_text_is_v201_s_alone(past: int) -> None:
    """V201 alone: a sentence that starts at or past the text's end (a big integer). V479 read `text[at:at + 1] in
    _CLOSERS`: past the end the slice is empty, and the empty string is in every string, so it read the character
    before and crashed with an IndexError (the thirty-fifth session's long campaign, `big-integer`, seed 20261235,
    index 6)."""
    text = "Putin came. Kim left."
    at = len(text) + past
    sentences = [{"start": 0, "end": len(text), "text": text}, {"start": at, "end": at, "text": ""}]
    assert _written(text, [("Putin", "e1", "name")], sentences=sentences) == [("V201", "/sentences/1")]



@pytest.mark.parametrize("offset", [2**63, 2**64 + 1, 10**30])
@pytest.mark.parametrize(("document", "layer", "k", "field"), [
    ("time-kim-russia-trip-putin-weakness", "mentions", 34, "start"),  # V424's `in_a_war` searched before it
    ("time-kim-russia-trip-putin-weakness", "sentences", 27, "end"),  # V425 read the sentence's words
    ("reuters-kim-putin-summit", "tokens", 297, 0),
    ("ap-kim-whereabouts-after-summit", "sentences", 3, "start"),  # V478 read the title before it
])
def test_an_offset_beyond_every_text_is_v201_s_alone(document: str, layer: str, k: int, field: str | int,
                                                      offset: int) -> None:
    """An offset past the longest string Python holds: a rule that searched from it with `re` raised OverflowError
    (`vostochny validate: internal error`; the thirty-fifth session's long fuzz campaign, `big-integer`, found nine
    such rules: V450, V478, V479, V425, V424's `in_a_war`, ...). The validator judges the document again with each
    rule that overflowed judging nothing (`validator.beyond_every_text`): V201 alone, at the offset."""
    doc, text = corpus_document(document)
    doc[layer][k][field] = offset
    errors = {(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"}
    assert errors == {("V201", f"/{layer}/{k}")}


@pytest.mark.parametrize("end", [5, 2**63 - 1, 2**63, 2**64])
def test_a_cue_past_the_text_is_v201_s_alone(end: int) -> None:
    """V201 alone: a direct quote's cue whose end runs past the text (a few characters, or a big integer) also runs
    over the quote's content, and V226 said so beside V201 (the thirty-sixth session's second read); a cue past the
    text on another quote does not hide a cue over its own content."""
    text = 'Putin said "we came." Kim said "we left."'
    mentions = [("Putin", "e1", "name"), ("we", "e1", "pronoun"), ("Kim", "e2", "name"), ("we", "e2", "pronoun")]

    def quote(n: int, said: int, cue_end: int) -> dict:
        content = text.index('"', said) + 1
        return {"id": f"q{n}", "kind": "direct", "attribution": "speech", "speaker": f"m{2 * n - 1}",
                "content": [{"start": content, "end": text.index('"', content), "text": text[content:text.index(
                    '"', content)]}], "cue": {"start": said, "end": cue_end, "text": text[said:cue_end]}}

    first, second = text.index("said"), text.index("said", text.index("Kim"))
    quotes = [quote(1, first, len(text) + end if end < 2**62 else end), quote(2, second, second + 4)]
    assert _written(text, mentions, quotes=quotes) == [("V201", "/quotes/0/cue")]
    quotes[1]["cue"] = {"start": second, "end": len(text), "text": text[second:]}
    assert _written(text, mentions, quotes=quotes) == [("V201", "/quotes/0/cue"), ("V226", "/quotes/1/cue")]


def test_only_an_added_start_cuts_a_sentence_for_the_fold() -> None:
    """The fold reads V283's added start from the opening of its detail, not from anywhere in its message: a removed
    start's message quotes the document's text, which may read `starts no sentence at` (a crafted false accept of
    the thirty-sixth session's second read: it would make a cut and fold an unrelated V217 there); a hit off
    `/sentences/N` makes no cut."""
    text = "Kim flew to Vladivostok. Then Kim met Putin. It starts no sentence at all."
    at, then = text.index("met"), text.index("It")
    split = [{"start": a, "end": len(text[:b].rstrip()), "text": text[a:b].rstrip()}
             for a, b in pairwise((0, text.index("Then"), at, then, len(text)))]
    mentions = [("Kim", "e1", "name"), ("Vladivostok", "e2", "name"), ("Kim", "e1", "name"), ("Putin", "e3", "name")]
    (added,) = [p for p in written_report(text, mentions, sentences=split) if p.severity == "error"]
    assert (added.code, added.pointer, _start_added(added)) == ("V283", "/sentences/2", 2)
    assert f"{tokenize.NAME} starts no sentence at 'met' ({at})" in added.message
    removed = Problem("V283", added.file, "/sentences/1", added.message.replace(
        f"{ADDED_START} 'met' ({at})", f"{tokenize.NAME} starts a sentence at 'starts no sentence at' ({then}), inside "
        "this one"))
    assert "starts no sentence at" in removed.message and _start_added(removed) is None
    for elsewhere in ("/tokenizer/sentence_corrections", "/sentences/x", "/sentences"):
        assert _start_added(Problem("V283", added.file, elsewhere, added.message)) is None
