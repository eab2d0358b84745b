"""A quote's content cut inside a phrase (V395) or over its sentence's punctuation (V251), a head of a state or body
typed as its official or national (V396), and a transfer's party after its item typed against its preposition (V397):
the twenty-second session's attack on the corpus found every one of these edits passed with 0 errors."""

from __future__ import annotations

import pytest
from sample import corpus_document, corpus_report

from vostochny.checking.rules.relation_words import _TITLE_ENDS, _TITLE_OF_AFTER

AP, REUTERS = "ap-kim-whereabouts-after-summit", "reuters-kim-putin-summit"
ARMS = "kim-arrives-russia-arms-sale-warning"
TIME, TOP = "time-kim-russia-trip-putin-weakness", "kim-arrives-russia-top-officials"


def _errors(doc: dict, text: str) -> list[tuple[str, str]]:
    """The errors (code, pointer) of a corpus document over `text`."""
    return [(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"]


def _quote(doc: dict, starts: str) -> tuple[int, dict]:
    """The index and the quote whose first content fragment starts with `starts`."""
    found = [(i, q) for i, q in enumerate(doc["quotes"]) if q["content"][0]["text"].startswith(starts)]
    assert len(found) == 1, found
    return found[0]


def _moved(text: str, fragment: dict, start: int, end: int) -> None:
    """The fragment given new offsets, its text read again."""
    fragment.update(start=start, end=end, text=text[start:end])


@pytest.mark.parametrize(("document", "starts", "edge", "words", "code"), [
    # `... accepted [the]` before `invitation`: a reported clause that closes on an article, V387's (V395 behind it)
    (AP, "Putin had accepted the invitation", "end", "invitation", "V387"),
    (ARMS, "Kim had crossed the border on Tuesday", "end", "Tuesday", "V395"),  # `... the border [on]` before `Tuesday`
    (AP, "unconditional support for Moscow", "end", "Moscow", "V395"),  # `support [for]` before `Moscow`
    # `[had accepted ...]`: its subject left out, a reported clause that opens on a finite verb (V387's)
    (AP, "Putin had accepted the invitation", "start", "Putin", "V387"),
    (REUTERS, "That's why we came here.", "start", "That", "V395"),  # `That['s why we came here.]`: a clitic
])
def test_a_content_cut_inside_a_phrase_is_refused(document: str, starts: str, edge: str, words: str, code: str) -> None:
    """A content fragment dragged a word short (its last word `the`, `on` or `for` before the word it opens, or its
    subject left before an auxiliary, or a clitic left of its word) passed every rule: V395, or V387 where the
    content is a reported clause that opens or closes on a word no clause does (V395 is folded behind it)."""
    doc, text = corpus_document(document)
    i, q = _quote(doc, starts)
    assert _errors(doc, text) == []
    fragment = q["content"][-1 if edge == "end" else 0]
    if edge == "end":
        assert fragment["text"].endswith(words)
        _moved(text, fragment, fragment["start"], fragment["end"] - len(words) - 1)
    else:
        assert fragment["text"].startswith(words)
        _moved(text, fragment, fragment["start"] + len(words) + (words != "That"), fragment["end"])
    k = q["content"].index(fragment)
    assert _errors(doc, text) == [(code, f"/quotes/{i}/content/{k}")]


def test_a_content_after_its_article_is_refused() -> None:
    """`... accepted the [invitation]`: a content that starts after its noun's article left it out (V395)."""
    doc, text = corpus_document(AP)
    i, q = _quote(doc, "Putin had accepted the invitation")
    fragment = q["content"][0]
    _moved(text, fragment, text.index("invitation", fragment["start"]), fragment["end"])
    assert _errors(doc, text) == [("V395", f"/quotes/{i}/content/0")]


@pytest.mark.parametrize(("document", "head", "tail", "kind"), [
    (AP, "Kim Jong Un", "North Korean", "NATIONALITY"),  # `[North Korean] leader [Kim Jong Un]`
    (AP, "Kim Jong Un", "North Korean", "OFFICIAL_OF"),
    (REUTERS, "Vladimir Putin", "Russian", "OFFICIAL_OF"),  # `[Russian] president [Vladimir Putin]`
    (REUTERS, "Jo Chun Ryong", "Munitions Industry Department", "AFFILIATED_WITH"),  # `[...] Director [Jo Chun Ryong]`
    (ARMS, "Jo Chun Ryong", "Munitions Industry Department", "OFFICIAL_OF"),  # `Director [Jo ...] of the [...]`
    # an article, a word of time and the tail's own description between (the twenty-ninth session's attack)
    (TIME, "Nam Sung-wook", "Institute for National Security Strategy", "OFFICIAL_OF"),
    (TIME, "Nam Sung-wook", "Institute for National Security Strategy", "AFFILIATED_WITH"),
    # a title the head ends on, a mention of the tail's entity inside it: `[[their] leaders]`
    (TOP, "their leaders", "North Korea and Russia", "OFFICIAL_OF"),
    (TOP, "their leaders", "North Korea and Russia", "NATIONALITY"),
])
def test_a_head_of_a_body_typed_otherwise_is_refused(document: str, head: str, tail: str, kind: str) -> None:
    """A title of leading between a tail and its head states LEADER_OF alone (hard case 23): the relation typed
    OFFICIAL_OF, NATIONALITY or AFFILIATED_WITH passed every rule (V396)."""
    doc, text = corpus_document(document)
    mentions = {m["id"]: m["text"] for m in doc["mentions"]}
    found = [i for i, r in enumerate(doc["relations"])
             if r["type"] == "LEADER_OF" and (mentions[r["head"]], mentions[r["tail"]]) == (head, tail)]
    assert found
    doc["relations"][found[0]]["type"] = kind
    assert _errors(doc, text) == [("V396", f"/relations/{found[0]}/type")]


def test_a_type_its_arguments_do_not_fit_is_v210_s_alone() -> None:
    """AFFILIATED_WITH takes no people (NORP) as tail: `[North Korean] leader [Kim Jong Un]` so typed is V210's."""
    doc, text = corpus_document(AP)
    mentions = {m["id"]: m["text"] for m in doc["mentions"]}
    i = next(i for i, r in enumerate(doc["relations"]) if r["type"] == "LEADER_OF"
             and (mentions[r["head"]], mentions[r["tail"]]) == ("Kim Jong Un", "North Korean"))
    doc["relations"][i]["type"] = "AFFILIATED_WITH"
    assert _errors(doc, text) == [("V210", f"/relations/{i}/tail")]


@pytest.mark.parametrize(("text", "head", "tail", "said"), [
    ("Nam, a former director of the South Korean think tank INSS, said", "Nam", "INSS", True),
    ("Nam, a deputy director of the think tank INSS, said", "Nam", "INSS", False),  # a deputy heads nothing
    ("Nam, director of the office of INSS, said", "Nam", "INSS", False),  # a word of grammar: another body's office
    ("Russia's leaders met.", "Russia's leaders", "Russia", True),
    ("Russia's deputy leaders met.", "Russia's deputy leaders", "Russia", False),
    ("Russia's leaders and officials met.", "Russia's leaders and officials", "Russia", False),  # not its last word
])
def test_a_title_of_heading_is_read_after_a_description_or_at_the_heads_end(text: str, head: str, tail: str,
                                                                            said: bool) -> None:
    h, t = text.index(head), text.index(tail)
    if head.startswith(tail):
        assert bool(_TITLE_ENDS.fullmatch(text, t + len(tail), h + len(head))) is said
    else:
        assert bool(_TITLE_OF_AFTER.fullmatch(text, h + len(head), t)) is said


def test_an_office_before_a_name_is_not_a_title_of_leading() -> None:
    """`Korean People's Army Marshal Ri Pyong Chol` is an officer's rank (OFFICIAL_OF, hard case 12): V396 reads
    titles of heading only, and every relation of the corpus stays valid."""
    doc, text = corpus_document(AP)
    assert "People\u2019s Army Marshal Ri Pyong Chol" in text
    assert [code for code, _ in _errors(doc, text)] == []


@pytest.mark.parametrize(("document", "item", "party", "kind"), [
    (AP, "advanced weapons technologies", "Russia", "SUPPLIES"),  # `receive [...] from [Russia]`
    (ARMS, "artillery rounds", "North Korea", "SUPPLIES"),  # `demand [...] from [North Korea]`
    (REUTERS, "ammunition", "Russia", "RECEIVES"),  # `provide weapons and [ammunition] to [Russia]`
])
def test_a_party_after_its_item_is_typed_by_its_preposition(document: str, item: str, party: str, kind: str) -> None:
    """What comes from a party it supplies, what goes to one it receives: the type swapped (Russia receiving what it
    gives) passed every rule, V360 reading a verb after the party only (V397)."""
    doc, text = corpus_document(document)
    mentions = {m["id"]: m["text"] for m in doc["mentions"]}
    found = [i for i, r in enumerate(doc["relations"])
             if r["type"] == kind and (mentions[r["head"]], mentions[r["tail"]]) == (party, item)]
    assert found
    doc["relations"][found[0]]["type"] = "RECEIVES" if kind == "SUPPLIES" else "SUPPLIES"
    assert _errors(doc, text) == [("V397", f"/relations/{found[0]}/type")]


@pytest.mark.parametrize(("document", "starts", "change"), [
    (AP, "Moscow must be aware", 1),  # a mixed content widened over its sentence's period
    (REUTERS, "Kim could provide weapons", 1),  # an indirect one over the comma after it
])
def test_a_reported_content_over_its_punctuation_is_refused(document: str, starts: str, change: int) -> None:
    """A reported clause ends before its sentence's period or comma: a mixed content widened over its period and an
    indirect one over a comma passed (V251 read indirect periods and direct marks only)."""
    doc, text = corpus_document(document)
    i, q = _quote(doc, starts)
    fragment = q["content"][-1]
    assert text[fragment["end"] + min(change, 0)] in ",."
    _moved(text, fragment, fragment["start"], fragment["end"] + change)
    assert _errors(doc, text) == [("V251", f"/quotes/{i}/content")]
