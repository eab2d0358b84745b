"""A journey typed as an office, a membership or a nationality (V398), and a title's relation typed as a journey or a
meeting (V399): the twenty-third session's attack on the corpus found these edits passed with 0 errors."""

from __future__ import annotations

import pytest
from sample import corpus_document, corpus_report, related, reword

AP, REUTERS = "ap-kim-whereabouts-after-summit", "reuters-kim-putin-summit"
ARMS, TIME = "kim-arrives-russia-arms-sale-warning", "time-kim-russia-trip-putin-weakness"
TOP = "kim-arrives-russia-top-officials"


def _errors(doc: dict, text: str) -> list[tuple[str, str]]:
    """The errors (code, pointer) of a corpus document over `text`."""
    return [(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"]


def _journey(doc: dict, text: str, head: str, between: str, tail: str) -> int:
    """The index of the one TRAVELS_TO whose head reads `head`, its tail `tail`, `between` them in the text."""
    mentions = {m["id"]: m for m in doc["mentions"]}
    found = [i for i, r in enumerate(doc["relations"]) if r["type"] == "TRAVELS_TO"
             and (mentions[r["head"]]["text"], mentions[r["tail"]]["text"]) == (head, tail)
             and text[mentions[r["head"]]["end"]:mentions[r["tail"]]["start"]] == between]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("document", "head", "between", "tail", "kind"), [
    (ARMS, "Kim Jong Un", " arrived in ", "Russia", "NATIONALITY"),
    (ARMS, "Kim", " is travelling to ", "Russia", "OFFICIAL_OF"),
    (AP, "Sergei Lavrov", " was expected to visit ", "North Korea", "AFFILIATED_WITH"),
    (REUTERS, "Sergei Lavrov", " will visit ", "Pyongyang", "OFFICIAL_OF"),
    (TIME, "Sergei Shogu", " visited ", "Pyongyang", "NATIONALITY"),
    (TOP, "the train", " crossed into ", "Russia", "NATIONALITY"),  # a vehicle's journey: NATIONALITY takes no VEH
])
def test_a_journey_typed_as_an_office_or_a_nationality_is_refused(document: str, head: str, between: str, tail: str,
                                                                  kind: str) -> None:
    """`[Kim Jong Un] arrived in [Russia]` as Kim a Russian, `[Lavrov] will visit [Pyongyang]` as Lavrov an official
    of North Korea's capital: a verb of travel states a journey (V398); a type its arguments do not fit is V210's."""
    doc, text = corpus_document(document)
    assert _errors(doc, text) == []
    i = _journey(doc, text, head, between, tail)
    doc["relations"][i]["type"] = kind
    assert _errors(doc, text) == [("V210" if head == "the train" else "V398", f"/relations/{i}/" + (
        "head" if head == "the train" else "type"))]


def test_a_journey_typed_as_leading_without_its_word_is_v361s() -> None:
    """`[Sergei Lavrov] will visit [Pyongyang]` as LEADER_OF: its sentence has no word of leading (V361), and that a
    verb of travel joins the two is folded behind it, one planted error, one code."""
    doc, text = corpus_document(REUTERS)
    i = _journey(doc, text, "Sergei Lavrov", " will visit ", "Pyongyang")
    doc["relations"][i]["type"] = "LEADER_OF"
    assert _errors(doc, text) == [("V361", f"/relations/{i}/type")]


@pytest.mark.parametrize(("document", "head", "between", "tail", "kind"), [
    (AP, "Kim", " would travel on his own to ", "two other cities", "OFFICIAL_OF"),
    (ARMS, "Kim", " departed North Korea for ", "Russia", "AFFILIATED_WITH"),
    (AP, "Kim’s delegation", " to ", "Russia", "NATIONALITY"),  # a journey's noun
    (REUTERS, "Kim's delegation", " to ", "Russia", "OFFICIAL_OF"),
])
def test_a_verb_of_travel_before_a_preposition_of_direction_states_a_journey(document: str, head: str, between: str,
                                                                              tail: str, kind: str) -> None:
    """`[Kim] would travel on his own to [two other cities]`: words between the verb and its preposition, read by V398
    since the twenty-seventh session's attack (14 of 35 journeys passed as each of NATIONALITY, OFFICIAL_OF and
    AFFILIATED_WITH); and a head that is a journey's noun, `[Kim’s delegation] to [Russia]`."""
    doc, text = corpus_document(document)
    i = _journey(doc, text, head, between, tail)
    doc["relations"][i]["type"] = kind
    assert _errors(doc, text) == [("V398", f"/relations/{i}/type")]


@pytest.mark.parametrize(("document", "head", "between", "tail"), [
    (ARMS, "he", " had to travel the length of ", "his own nation"),  # no preposition of direction
    (TOP, "Putin", "", "Vladivostok"),  # `Vladivostok, where Putin arrived`: the place first
])
def test_a_journey_read_by_no_preposition_of_direction_is_not_judged(document: str, head: str, between: str,
                                                                      tail: str) -> None:
    doc, text = corpus_document(document)
    mentions = {m["id"]: m for m in doc["mentions"]}
    (i,) = [i for i, r in enumerate(doc["relations"]) if r["type"] == "TRAVELS_TO"
            and (mentions[r["head"]]["text"], mentions[r["tail"]]["text"]) == (head, tail)
            and (not between or text[mentions[r["head"]]["end"]:mentions[r["tail"]]["start"]] == between)]
    doc["relations"][i]["type"] = "OFFICIAL_OF"
    assert _errors(doc, text) == []


@pytest.mark.parametrize(("document", "kind", "reads", "event"), [
    (AP, "PART_OF", "North Korea\u2019s official Korean Central News Agency", "TRAVELS_TO"),  # a possessive and a title
    (REUTERS, "PART_OF", "Russia's Pacific fleet", "TRAVELS_TO"),  # a possessive alone
    (ARMS, "OFFICIAL_OF", "Sergei Shoigu, the defence minister for Moscow", "TRAVELS_TO"),  # an apposition
    # a title before the head: MEETS runs backwards (V238) and has no word of meeting (V361), both folded
    (TIME, "OFFICIAL_OF", "White House national security adviser Jake Sullivan", "MEETS"),
])
def test_a_title_typed_as_an_event_is_refused(document: str, kind: str, reads: str, event: str) -> None:
    """`[North Korea]’s [Korean Central News Agency]` as the agency's journey to North Korea, `[White House] national
    security adviser [Jake Sullivan]` as a meeting: an event is a clause's verb's, never a title's (V399); what a
    meeting typed so breaks besides (its order, its word) follows from the type and is folded behind it."""
    doc, text = corpus_document(document)
    assert _errors(doc, text) == []
    i = related(doc, text, kind, reads)
    doc["relations"][i]["type"] = event
    assert _errors(doc, text) == [("V399", f"/relations/{i}/type")]


def test_a_clause_between_a_journeys_arguments_is_not_a_title() -> None:
    """`[Sergei Shoigu], the defence minister for Moscow, visited [Pyongyang]`: an apposition lies between, but the
    verb joins the two; the untouched journey stays valid (V399 reads the text between as a title only)."""
    doc, text = corpus_document(ARMS)
    related(doc, text, "TRAVELS_TO", "Sergei Shoigu, the defence minister for Moscow, visited Pyongyang")
    assert [code for code, _ in _errors(doc, text)] == []


@pytest.mark.parametrize("aside", [", who travels often as ", ", who flew in on Monday as ",
                                   ", who arrived last week, is ", ", having flown in on Monday, now ",
                                   " who flew in on Monday as "])
def test_a_verb_of_travel_in_an_aside_states_no_journey(aside: str) -> None:
    """`[Sergei Shoigu], who flew in on Monday as the defence minister for [Moscow]`: the verb of travel is the aside's,
    not a journey to Moscow; OFFICIAL_OF stands (a review found V398 refusing it). A comma opens the aside without a
    clause's opener too (`having flown in on Monday,`), and an opener without a comma (`[Sergei Shoigu] who flew in
    ...`: the twenty-eighth session's mutation check)."""
    doc, text = reword(*corpus_document(ARMS), ", ", aside, "Sergei Shoigu, the defence minister for Moscow")
    assert not [code for code, _ in _errors(doc, text) if code == "V398"]
