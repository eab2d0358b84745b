"""A journey typed as an office, a membership or a nationality (V398), and a title's relation typed as a journey or a
meeting (V399): the twenty-third session's attack on the corpus found these edits passed with 0 errors."""

from __future__ import annotations

import copy

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
    of North Korea's capital: a verb of travel states a journey (V398); a type its arguments do not fit is V210's.
    `[Sergei Shogu] visited [Pyongyang]` as a nationality of the capital draws V463 too since the thirty-fourth session
    classes Pyongyang a capital (a second, independent reason: a nationality is a state's)."""
    doc, text = corpus_document(document)
    assert _errors(doc, text) == []
    i = _journey(doc, text, head, between, tail)
    doc["relations"][i]["type"] = kind
    capital = [("V463", f"/relations/{i}/type")] if (tail, kind) == ("Pyongyang", "NATIONALITY") else []
    assert _errors(doc, text) == [("V210" if head == "the train" else "V398", f"/relations/{i}/" + (
        "head" if head == "the train" else "type")), *capital]


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


@pytest.mark.parametrize(("document", "head", "between", "tail", "kinds"), [
    # a stretch of the way right after the verb; its sentence has a word of meeting elsewhere
    (ARMS, "he", " had to travel the length of ", "his own nation",
     ("OFFICIAL_OF", "AFFILIATED_WITH", "NATIONALITY", "MEETS")),
    # after a preposition of the way, a journey before it (MEETS is V361's: no word of meeting)
    (REUTERS, "Kim", " was making his way through the forests of ", "Russia",
     ("OFFICIAL_OF", "AFFILIATED_WITH", "NATIONALITY")),
])
def test_a_stretch_of_the_way_states_a_journey(document: str, head: str, between: str, tail: str,
                                               kinds: tuple[str, ...]) -> None:
    """`[he] had to travel the length of [his own nation]`, `[Kim] was making his way through the forests of
    [Russia]`: the place owns a stretch of the way, a journey's; the thirtieth session's attack found these 7
    retypings passed."""
    doc, text = corpus_document(document)
    i = _journey(doc, text, head, between, tail)
    for kind in kinds:
        edited = copy.deepcopy(doc)
        edited["relations"][i]["type"] = kind
        assert _errors(edited, text) == [("V398", f"/relations/{i}/type")], kind


@pytest.mark.parametrize("kind", ["OFFICIAL_OF", "AFFILIATED_WITH", "NATIONALITY"])
def test_a_companion_joined_in_a_place_travels_there(kind: str) -> None:
    """`Kim appears to have been joined in [Russia] by [Jo Chun Ryong]`: who joins a traveller in a place goes there
    (hard case 26); the thirtieth session's attack found it passed as each title type."""
    doc, text = corpus_document(TIME)
    i = _journey_of(doc, "Jo Chun Ryong", "Russia")
    doc["relations"][i]["type"] = kind
    assert _errors(doc, text) == [("V398", f"/relations/{i}/type")]


def _person_and_place(text: str, person: str, place: str, kind: str, place_first: bool = False,
                      place_type: str = "GPE") -> list[tuple[str, str]]:
    """The errors of a constructed one-sentence document with a person, a place and one relation of `kind` between."""
    from test_rules import _annotated

    mentions = ((person, "e1", "PER", "name"), (place, "e2", place_type, "name"))
    relation = (kind, "m2", "m1") if place_first else (kind, "m1", "m2")
    return _annotated(text, mentions[::-1] if place_first else mentions, relations=(relation,))


@pytest.mark.parametrize(("text", "person", "place", "kind", "refused"), [
    ("Maria Lopez travelled the length of Chile.", "Maria Lopez", "Chile", "NATIONALITY", True),
    ("Ana Silva made her way through the mountains of Peru.", "Ana Silva", "Peru", "OFFICIAL_OF", True),
    ("Ana Silva flew across Peru.", "Ana Silva", "Peru", "OFFICIAL_OF", True),
    ("Ana Silva headed the delegation of Peru.", "Ana Silva", "Peru", "LEADER_OF", False),  # no verb of travel
    ("Ana Silva travelled the country as a minister of Peru.", "Ana Silva", "Peru", "OFFICIAL_OF", False),
    ("Ana Silva works across the offices of Reuters.", "Ana Silva", "Reuters", "AFFILIATED_WITH", False),
    ("Ana Silva, who flew across the breadth of Peru, is a professor at San Marcos University.", "Ana Silva",
     "San Marcos University", "AFFILIATED_WITH", False),
])
def test_a_stretch_of_the_way_in_other_reports(text: str, person: str, place: str, kind: str, refused: bool) -> None:
    """Constructed sentences of other reports, both ways: a stretch of the way after a verb of travel, or after a
    preposition of the way with a verb of travel before it, is a journey's; a verb of leading, an office (`as a
    minister of`), a verb of work or an aside is not."""
    place_type = "ORG" if place in ("Reuters", "San Marcos University") else "GPE"
    assert _person_and_place(text, person, place, kind, place_type=place_type) == (
        [("V398", "/relations/0/type")] if refused else [])


@pytest.mark.parametrize(("text", "refused"), [
    ("The chancellor was joined in Kyiv by Olaf Scholz.", True),
    ("The chancellor was accompanied to Kyiv by Olaf Scholz.", True),
    ("The chancellor was joined in Kyiv, the capital, by Olaf Scholz.", False),  # an aside between: not read
])
def test_a_companion_in_other_reports(text: str, refused: bool) -> None:
    """`was joined in [Kyiv] by [Olaf Scholz]` typed NATIONALITY: the companion goes there."""
    assert _person_and_place(text, "Olaf Scholz", "Kyiv", "NATIONALITY", place_first=True) == (
        [("V398", "/relations/0/type")] if refused else [])


def _journey_of(doc: dict, head: str, tail: str) -> int:
    """The index of the one TRAVELS_TO whose head reads `head` and its tail `tail`."""
    mentions = {m["id"]: m for m in doc["mentions"]}
    (i,) = [i for i, r in enumerate(doc["relations"]) if r["type"] == "TRAVELS_TO"
            and (mentions[r["head"]]["text"], mentions[r["tail"]]["text"]) == (head, tail)]
    return i


@pytest.mark.parametrize(("document", "head", "tail", "kinds"), [
    # the head far before the verb: `[Kim] would travel ..., fly to ..., and then head to [Vladivostok]`
    (AP, "Kim", "Vladivostok", ("OFFICIAL_OF", "AFFILIATED_WITH", "NATIONALITY", "LEADER_OF")),
    # the head far before, a word of leading between (another's title): only LEADER_OF is spared
    (TOP, "his top military officials", "Russia", ("OFFICIAL_OF", "AFFILIATED_WITH", "NATIONALITY")),
    # the place first: `travelling to [Russia] with [his top military officials]`
    (ARMS, "his top military officials", "Russia", ("OFFICIAL_OF", "AFFILIATED_WITH", "NATIONALITY")),
    (TIME, "a Russian delegation", "Pyongyang", ("OFFICIAL_OF", "AFFILIATED_WITH")),
    # `[Vladivostok], where [Putin] arrived`
    (TOP, "Putin", "Vladivostok", ("OFFICIAL_OF", "AFFILIATED_WITH", "NATIONALITY", "LEADER_OF")),
    # a journey's noun after its destination: `[Kim Jong Un]’s [Russia] Trip`
    (TIME, "Kim Jong Un\u2019s Russia", None, ("OFFICIAL_OF", "AFFILIATED_WITH", "NATIONALITY")),
])
def test_a_journeys_destination_typed_as_an_office_or_a_nationality_is_refused(document: str, head: str,
                                                                               tail: str | None,
                                                                               kinds: tuple[str, ...]) -> None:
    """A place right after a verb of travel, before a journey's noun or before `where` its traveller travels is a
    journey's destination wherever the head stands: the twenty-ninth session's attack found 19 such retypings passed
    (V398 read a head within 80 characters before the verb only)."""
    doc, text = corpus_document(document)
    for kind in kinds:
        edited = copy.deepcopy(doc)
        i = _journey_of(doc, head, tail) if tail is not None else related(doc, text, "TRAVELS_TO", head)
        edited["relations"][i]["type"] = kind
        assert _errors(edited, text) == [("V398", f"/relations/{i}/type")], kind


def test_a_word_of_the_type_between_spares_a_far_destination() -> None:
    """`Joined by [his top military officials] ..., North Korean leader Kim Jong Un arrived in [Russia]` typed
    LEADER_OF: a word of leading lies between, which may join the two (`Kim flew to [Russia], where [Putin] is
    president`), so V398 leaves it (V361 and V419 read whose title it is)."""
    doc, text = corpus_document(TOP)
    i = _journey_of(doc, "his top military officials", "Russia")
    doc["relations"][i]["type"] = "LEADER_OF"
    assert "V398" not in [code for code, _ in _errors(doc, text)]


@pytest.mark.parametrize("kind", ["OFFICIAL_OF", "AFFILIATED_WITH"])
def test_a_word_of_an_office_between_spares_a_destination(kind: str) -> None:
    """`Joined by [his top military officials] ..., Kim Jong Un, a former minister, arrived in [Russia]` typed as an
    office or a post: a word of office lies between, which may join the two, so V398 leaves it (`_OWN_WORDS`; V361,
    which folds V398, reads neither type)."""
    doc, text = reword(*corpus_document(TOP), " arrived", ", a former minister, arrived", "Kim Jong Un arrived in")
    i = _journey_of(doc, "his top military officials", "Russia")
    doc["relations"][i]["type"] = kind
    assert _errors(doc, text) == []


def test_a_destination_that_names_an_owner_is_not_judged() -> None:
    """`travelling to [Russia]'s Far East with [his top military officials]`: a possessive after the place makes it an
    owner, not the journey's end (`Kim visited [Russia]'s [defense minister]`), and V398 leaves it."""
    doc, text = reword(*corpus_document(ARMS), " with", "'s Far East with", "Kim is travelling to Russia with")
    doc["relations"][_journey_of(doc, "his top military officials", "Russia")]["type"] = "NATIONALITY"
    assert "V398" not in [code for code, _ in _errors(doc, text)]


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


@pytest.mark.parametrize(("document", "kind", "reads"), [
    (AP, "LOCATED_IN", "Tallinn, Estonia"),  # `Litvinova reported from Tallinn, Estonia.`
    (AP, "MEETS", "North Korea and Russia"),  # `... that North Korea and Russia discussed military cooperation`
    (TOP, "LEADER_OF", "North Korea and Russia were arranging a meeting between their leaders"),
    # inside a source's words (`They say ...`): that the journey is asserted there is folded behind V361 (V383)
    (AP, "PART_OF", "North Korea improve its aging air force"),
])
def test_a_journey_without_a_word_of_travel_is_refused(document: str, kind: str, reads: str) -> None:
    """TRAVELS_TO is stated by a word of a journey, which its sentence holds (V361, `labels.JOURNEY_WORDS`): an address,
    a meeting or a leadership retyped TRAVELS_TO passed before the twenty-ninth session."""
    doc, text = corpus_document(document)
    i = related(doc, text, kind, reads)
    doc["relations"][i]["type"] = "TRAVELS_TO"
    assert _errors(doc, text) == [("V361", f"/relations/{i}/type")]


@pytest.mark.parametrize(("new", "codes"), [
    (" went to ", []), (" returned to ", []), (" is headed for ", []),  # verbs of going
    (" is in ", ["V361", "V361"]),  # being somewhere is no journey (hard case 17): Kim's and his officials'
])
def test_a_journeys_sentence_is_read_for_a_word_of_travel(new: str, codes: list[str]) -> None:
    """`Kim went to [Russia]` is a journey without a verb of `labels.TRAVEL_WORDS`; `Kim is in [Russia]` none."""
    doc, text = reword(*corpus_document(ARMS), " is travelling to ", new, "Observers claim that Kim is travelling to ")
    assert [code for code, _ in _errors(doc, text)] == codes


@pytest.mark.parametrize(("document", "head", "between", "tail"), [
    (REUTERS, "Sergei Lavrov", " will visit ", "Pyongyang"),  # the guidelines' own negative example (`for more talks`)
    (ARMS, "Kim Jong Un", " arrived in ", "Russia"),  # `... ahead of his meeting with President Vladimir Putin`
    (AP, "Kim", " would travel on his own to ", "two other cities"),
])
def test_a_visit_to_a_place_typed_as_a_meeting_is_refused(document: str, head: str, between: str, tail: str) -> None:
    """A visit to a place is TRAVELS_TO, not MEETS (docs/guidelines.md, Relations): a word of meeting elsewhere in the
    sentence satisfied V361, and 8 of release 1's 35 journeys passed as MEETS before the twenty-ninth session."""
    doc, text = corpus_document(document)
    i = _journey(doc, text, head, between, tail)
    doc["relations"][i]["type"] = "MEETS"
    assert _errors(doc, text) == [("V398", f"/relations/{i}/type")]


def test_a_place_after_a_verb_of_travel_typed_as_a_meeting_and_backwards_is_one_code() -> None:
    """`[Vladivostok], where [Putin] arrived` typed MEETS runs backwards too (V238): the same wrong type, folded."""
    doc, text = corpus_document(TOP)
    i = _journey_of(doc, "Putin", "Vladivostok")
    doc["relations"][i]["type"] = "MEETS"
    assert _errors(doc, text) == [("V398", f"/relations/{i}/type")]



@pytest.mark.parametrize(("kind", "code"), [("OFFICIAL_OF", None), ("NATIONALITY", "V431")])
def test_a_title_after_a_verb_of_travel_states_its_own_relation(kind: str, code: str | None) -> None:
    """`In July, the visiting [Russia] defense minister [Sergei Shogu]`: the place after the verb of travel is joined
    to the person by the title, and V398 leaves the relation (`carried_by_title`): an office, right; a nationality,
    V431's (a title of office states OFFICIAL_OF)."""
    doc, text = reword(*corpus_document("time-kim-russia-trip-putin-weakness"), "’s", "", "Russia’s defense minister")
    doc, text = reword(doc, text, "In July, ", "In July, the visiting ", "In July, Russia defense")
    i = related(doc, text, "OFFICIAL_OF", "Russia defense minister Sergei Shogu")
    doc["relations"][i]["type"] = kind
    assert _errors(doc, text) == ([] if code is None else [(code, f"/relations/{i}/type")])


def test_a_visit_to_a_person_is_a_meeting() -> None:
    """`Kim Jong Un to visit [Putin]`: a person after a verb of travel is met, not travelled to, and V398 reads only a
    place as a journey's destination."""
    doc, text = reword(*corpus_document("kim-arrives-russia-arms-sale-warning"), "meet", "visit",
                       "Kim Jong Un to meet Putin")
    related(doc, text, "MEETS", "Kim Jong Un to visit Putin")
    assert _errors(doc, text) == []
