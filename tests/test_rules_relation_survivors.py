"""Relation types and directions that passed the thirty-first session's sweeps (scripts/attack.py `relation-type`,
`relation-swap`), decided in the thirty-second: a nationality of a place that is no state (V463), a state inside
another (V464), members typed leaders (V465), and a possessive pronoun of the other argument opening a LOCATED_IN's
tail (V271, widened)."""

from __future__ import annotations

import copy
import json

import pytest
from sample import REPO, corpus_document, corpus_report, related, reword

ARMS, TOP = "kim-arrives-russia-arms-sale-warning", "kim-arrives-russia-top-officials"
AP, REUTERS = "ap-kim-whereabouts-after-summit", "reuters-kim-putin-summit"


def _errors(doc: dict, text: str, registry: dict | None = None) -> list[tuple[str, str]]:
    return [(p.code, p.pointer) for p in corpus_report(doc, text, registry) if p.severity == "error"]


def _retyped(doc_id: str, kind: str, reads: str, new: str) -> tuple[dict, str, int]:
    doc, text = corpus_document(doc_id)
    i = related(doc, text, kind, reads)
    edited = copy.deepcopy(doc)
    edited["relations"][i]["type"] = new
    return edited, text, i


def _registry(**classes: str | None) -> dict:
    """The corpus's registry with each record id's class set (`seoul="capital"`)."""
    registry = json.loads((REPO / "annotations" / "entities.json").read_text(encoding="utf-8"))
    for record in registry["entities"]:
        if record["id"] in classes:
            record["wikidata"]["instance_of"] = classes[record["id"]]
    return registry


# V463 nationality-of-no-state

def test_a_city_the_registry_classes_is_no_nationality() -> None:
    """`Seoul’s [Ewha University]` lies in Seoul: typed NATIONALITY, it is refused where the registry classes Seoul a
    city (release 1's registry, since the thirty-second session, with its source) or a capital; with no class of
    Seoul, the document placing it in no state, the same edit passes (nothing says Seoul is no state)."""
    doc, text, i = _retyped(ARMS, "LOCATED_IN", "Seoul’s Ewha University", "NATIONALITY")
    assert _errors(doc, text) == [("V463", f"/relations/{i}/type")]
    assert _errors(doc, text, _registry(seoul="capital")) == [("V463", f"/relations/{i}/type")]
    assert _errors(doc, text, _registry(seoul=None)) == []


def test_a_city_the_document_places_in_a_state_is_no_nationality() -> None:
    """The AP report's byline places Seoul in South Korea (`Hyung-jin Kim in [Seoul], [South Korea]`): a NATIONALITY
    of the journalist to Seoul is refused by V463 (and by V419: the byline's title joins him to AP)."""
    doc, text = corpus_document(AP)
    mentions = doc["mentions"]
    seoul = next(m["id"] for m in mentions if m["text"] == "Seoul" and text[m["end"]:m["end"] + 13] == ", South Korea")
    journalist = next(m["id"] for m in mentions if m["text"] == "Hyung-jin Kim")
    doc["relations"].append({"id": "r900", "type": "NATIONALITY", "head": journalist, "tail": seoul,
                             "factuality": "asserted"})
    i = len(doc["relations"]) - 1
    assert {code for code, at in _errors(doc, text) if at.startswith(f"/relations/{i}")} == {"V419", "V463"}


def test_a_state_s_nationality_is_not_judged() -> None:
    """Release 1's NATIONALITY of a state's body (`Russia's [TASS]`) passes: the tail is classed a state."""
    doc, text = corpus_document(TOP)
    related(doc, text, "NATIONALITY", "Russia's TASS")
    assert _errors(doc, text, _registry(seoul="capital")) == []


# V464 state-inside-a-state

def test_a_meeting_of_two_states_typed_located_in_is_refused() -> None:
    """`Britain urged [North Korea] to end arms talks with [Russia]`: both records classed countries, no word between
    them says one lies in the other."""
    doc, text, i = _retyped(REUTERS, "MEETS", "North Korea to end arms talks with Russia", "LOCATED_IN")
    assert _errors(doc, text) == [("V464", f"/relations/{i}/type")]


def test_two_states_in_an_address_are_not_judged_here() -> None:
    """A constituent country Wikidata also classes a country is written with the words that place it (`[Tallinn],
    [Estonia]` read with Tallinn classed a country stands for `Scotland, United Kingdom`): V464 leaves it alone."""
    doc, text = corpus_document(AP)
    i = related(doc, text, "LOCATED_IN", "Tallinn, Estonia")
    assert _errors(doc, text, _registry(tallinn="country")) == []
    doc["relations"][i]["head"], doc["relations"][i]["tail"] = doc["relations"][i]["tail"], doc["relations"][i]["head"]
    assert "V464" not in {code for code, _ in _errors(doc, text, _registry(tallinn="country"))}


# V465 member-typed-leader

def test_members_typed_leaders_are_refused() -> None:
    """`[unspecified members] of [the country's ruling party]`: `ruling` is a word of leading in the sentence, yet a
    member leads nothing; `... government and [military]` has none, and V361's problem folds into V465's."""
    doc, text, i = _retyped(TOP, "AFFILIATED_WITH", "unspecified members of the country's ruling party", "LEADER_OF")
    assert _errors(doc, text) == [("V465", f"/relations/{i}/type")]
    doc, text, i = _retyped(TOP, "AFFILIATED_WITH", "unspecified members of the country's ruling party, government "
                                                    "and military", "LEADER_OF")
    assert _errors(doc, text) == [("V465", f"/relations/{i}/type")]


@pytest.mark.parametrize("head", ["The senior member", "The two members"])
def test_a_member_or_members_typed_leader_is_refused(head: str) -> None:
    """V465 reads `member` and `members` at the head's end, each alone (dropping the singular passed every test: the
    thirty-fifth session's mutants); constructed, `ruling` a word of leading in the sentence (V361 is silent)."""
    from test_rules import _annotated

    text = f"{head} of the ruling party met Putin."
    found = _annotated(text, ((head, "e1", "PER", "nominal"), ("the ruling party", "e2", "ORG", "nominal")),
                       relations=(("LEADER_OF", "m1", "m2"),))
    assert found == [("V465", "/relations/0/type")]


# V271 containment-against-text, widened: a possessive pronoun of the other argument

def test_its_of_the_head_opening_the_tail_reverses_the_containment() -> None:
    """`North Korea launched ... into the sea off [[its] east coast]`: `its` is a mention of North Korea, so
    LOCATED_IN(North Korea, its east coast) puts the possessor inside what it owns."""
    doc, text = corpus_document(REUTERS)
    i = related(doc, text, "LOCATED_IN", "North Korea launched two short-range ballistic missiles from an area near "
                                         "the capital, Pyongyang, into the sea off its east coast")
    r = doc["relations"][i]
    assert text[next(m for m in doc["mentions"] if m["id"] == r["head"])["start"]:][:14] == "its east coast"
    r["head"], r["tail"] = r["tail"], r["head"]
    assert _errors(doc, text) == [("V271", f"/relations/{i}")]


def test_its_of_a_third_entity_is_not_judged() -> None:
    """LOCATED_IN(Pyongyang, [[its] east coast]): `its` stands for North Korea, not for Pyongyang, so the words do not
    say which holds the other (the relation is false, but not for V271's reason)."""
    doc, text = corpus_document(REUTERS)
    coast = next(m["id"] for m in doc["mentions"] if m["text"] == "its east coast")
    pyongyang = next(m["id"] for m in doc["mentions"] if m["text"] == "Pyongyang"
                     and text[m["end"]:m["end"] + 6] == ", into")
    doc["relations"].append({"id": "r900", "type": "LOCATED_IN", "head": pyongyang, "tail": coast,
                             "factuality": "asserted"})
    assert "V271" not in {code for code, _ in _errors(doc, text)}


def test_two_states_the_words_place_one_in_the_other_are_not_judged() -> None:
    """`urged [North Korea] to lie within [Russia]` (reworded; hard case 57: the text decides) places one state in the
    other in its words: V464 leaves the LOCATED_IN alone."""
    doc, text = corpus_document(REUTERS)
    doc, text = reword(doc, text, "end arms talks with", "lie within", "urged North Korea to end arms talks with")
    i = related(doc, text, "MEETS", "North Korea to lie within Russia")
    doc["relations"][i]["type"] = "LOCATED_IN"
    assert "V464" not in {code for code, _ in _errors(doc, text)}


def test_its_of_the_tail_own_entity_is_not_judged() -> None:
    """LOCATED_IN(North Korea, [[its] east coast]) with the coast's mention made one of North Korea: a relation of an
    entity with itself is not V271's (`relations.fits`, shared with the rules of relation_words; `fits_located`
    before read the types without the entities and added V271 to the mention's V403)."""
    doc, text = corpus_document(REUTERS)
    i = related(doc, text, "LOCATED_IN", "North Korea launched two short-range ballistic missiles from an area near "
                                         "the capital, Pyongyang, into the sea off its east coast")
    r = doc["relations"][i]
    r["head"], r["tail"] = r["tail"], r["head"]
    head, tail = (next(m for m in doc["mentions"] if m["id"] == r[k]) for k in ("head", "tail"))
    assert (head["text"], text[tail["start"]:tail["end"]]) == ("North Korea", "its east coast")
    tail["entity"] = head["entity"]
    assert _errors(doc, text) == [("V403", f"/mentions/{doc['mentions'].index(tail)}/entity")]


def test_fits_is_one_function() -> None:
    """The rules that judge a relation's type by its words share one type check (`relations.fits`)."""
    from vostochny.checking.rules import relation_places, relation_words, relations, transfer_sides

    assert relation_words.fits is relations.fits is relation_places.fits is transfer_sides.fits
    assert not hasattr(relations, "fits_located")


# V475 place-in-another-city (thirty-fourth session: the relation-argument sweep's moves the registry's classes decide)

_EWHA = "Seoul’s Ewha University"


def _mention(doc: dict, text: str, written: str, after: str) -> dict:
    """The one mention of `doc` written `written` whose text goes on with `after`."""
    found = [m for m in doc["mentions"] if m["text"] == written and text[m["end"]:m["end"] + len(after)] == after]
    assert len(found) == 1, found
    return found[0]


def test_a_state_moved_inside_a_city_is_refused() -> None:
    """LOCATED_IN(Ewha University, Seoul) with its head moved to `North Korea` of the same sentence, or to
    `Pyongyang` standing for it (a metonym: its entity is the state): a city holds no state, whatever the words
    between (the sweep passed both)."""
    for written, after in (("North Korea", " has the subpar"), ("Pyongyang", " in overcoming")):
        doc, text = corpus_document(ARMS)
        i = related(doc, text, "LOCATED_IN", _EWHA)
        doc["relations"][i]["head"] = _mention(doc, text, written, after)["id"]
        assert _errors(doc, text) == [("V475", f"/relations/{i}/type")], written


def test_a_body_the_words_place_in_one_city_lies_in_no_other() -> None:
    """`[Seoul]’s [Ewha University]` places the university in Seoul: LOCATED_IN(Ewha University, Moscow) with a
    `Moscow` of the sentence made a mention of the capital itself (not the state's metonym) is refused, Moscow classed
    a capital; with Moscow's class taken away the same edit passes (nothing says Moscow is a city)."""
    doc, text = corpus_document(ARMS)
    i = related(doc, text, "LOCATED_IN", _EWHA)
    moscow = _mention(doc, text, "Moscow", " has satellite")
    doc["entities"].append({"id": "e900", "type": "GPE", "name": "Moscow", "kb_id": "moscow", "distinct_from": []})
    moscow["entity"], moscow["metonymy"] = "e900", False
    doc["relations"][i]["tail"] = moscow["id"]
    assert _errors(doc, text) == [("V475", f"/relations/{i}/type")]
    assert "V475" not in {code for code, _ in _errors(doc, text, _registry(moscow=None))}


def test_containments_the_classes_allow_are_not_judged() -> None:
    """Release 1's LOCATED_IN of a body in a city (`Seoul’s [Ewha University]`, `[Kookmin University] in [Seoul]`) and
    of a city in its state (`[SEOUL], [South Korea]`) pass; so does a place the words put inside a city
    (`[Tallinn], [Estonia]` read with Tallinn classed a country and Estonia a city, as `[Vatican City] in [Rome]`: hard
    case 57), and a tail moved to a metonym of a state (`blackmail of [Seoul]`, South Korea: a city's body lies in
    its state)."""
    doc, text = corpus_document(ARMS)
    assert _errors(doc, text) == []
    i = related(doc, text, "LOCATED_IN", "Kookmin University in Seoul")
    doc["relations"][i]["tail"] = _mention(doc, text, "Seoul", ", according to")["id"]
    assert "V475" not in {code for code, _ in _errors(doc, text)}
    doc, text = corpus_document(AP)
    related(doc, text, "LOCATED_IN", "Tallinn, Estonia")
    assert _errors(doc, text, _registry(tallinn="country", estonia="city")) == []


@pytest.mark.parametrize("words", ["in northern Seoul", ", in Seoul,", "at remote, coastal Seoul"])
def test_a_body_placed_in_a_city_past_a_comma_or_an_adjective_lies_in_no_other(words: str) -> None:
    """`[Kookmin University] in northern [Seoul]` places the university in Seoul as `in [Seoul]` does: LOCATED_IN of
    it in Pyongyang, a capital, passed V475 past the adjective or the comma (the thirty-fifth session's second read);
    LOCATED_IN in Seoul passes."""
    from test_rules import _annotated

    registry = [e for e in _registry()["entities"] if e["id"] in ("seoul", "pyongyang", "kookmin-university")]
    text = f"Kookmin University {words} held a forum on Pyongyang.".replace(" ,", ",").replace(",,", ",")
    mentions = (("Kookmin University", "e1", "ORG", "name"), ("Seoul", "e2", "GPE", "name"),
                ("Pyongyang", "e3", "GPE", "name"))
    assert _annotated(text, mentions, relations=(("LOCATED_IN", "m1", "m3"),), registry=registry) == \
        [("V475", "/relations/0/type")]
    assert _annotated(text, mentions, relations=(("LOCATED_IN", "m1", "m2"),), registry=registry) == []


@pytest.mark.parametrize("words", ["in the South Korean capital Seoul", "in the capital, Seoul,",
                                   "in the city of Seoul", "at the southern port city of Seoul",
                                   # the thirty-seventh session's fuzz kind passed these
                                   "in the bustling South Korean capital of Seoul", "in the capital city Seoul",
                                   "in the metropolis of Seoul"])
def test_a_body_placed_in_a_city_named_after_its_title_lies_in_no_other(words: str) -> None:
    """`[Kookmin University] in the South Korean capital [Seoul]`: the city's title in apposition before its name (up
    to three capitalised words, a noun of a city, `of` or a comma) hid the city from V475, and LOCATED_IN of the
    university in Pyongyang passed (until the thirty-sixth session: the thirty-fifth session's second read left it);
    LOCATED_IN in Seoul passes."""
    from test_rules import _annotated

    registry = [e for e in _registry()["entities"] if e["id"] in ("seoul", "pyongyang", "kookmin-university")]
    text = f"Kookmin University {words} held a forum on Pyongyang.".replace(",,", ",")
    mentions = (("Kookmin University", "e1", "ORG", "name"), ("Seoul", "e2", "GPE", "name"),
                ("Pyongyang", "e3", "GPE", "name"))
    assert _annotated(text, mentions, relations=(("LOCATED_IN", "m1", "m3"),), registry=registry) == \
        [("V475", "/relations/0/type")]
    assert _annotated(text, mentions, relations=(("LOCATED_IN", "m1", "m2"),), registry=registry) == []



def test_a_body_placed_in_a_city_past_a_title_that_names_the_state_lies_in_no_other() -> None:
    """`[Kookmin University] in the capital of [South Korea], [Seoul],`: a title naming the state (`of`, its name, a
    comma) hid the city from V475, and LOCATED_IN of the university in Pyongyang passed (until the thirty-seventh
    session: read36 left it); LOCATED_IN in Seoul passes, and so does the state the title names (a city lies in its
    state)."""
    from test_rules import _annotated

    registry = [e for e in _registry()["entities"]
                if e["id"] in ("seoul", "pyongyang", "kookmin-university", "south-korea")]
    text = "Kookmin University in the capital of South Korea, Seoul, held a forum on Pyongyang."
    mentions = (("Kookmin University", "e1", "ORG", "name"), ("South Korea", "e2", "GPE", "name"),
                ("Seoul", "e3", "GPE", "name"), ("Pyongyang", "e4", "GPE", "name"))
    assert _annotated(text, mentions, relations=(("LOCATED_IN", "m1", "m4"),), registry=registry) == \
        [("V475", "/relations/0/type")]
    for tail in ("m3", "m2"):
        assert _annotated(text, mentions, relations=(("LOCATED_IN", "m1", tail),), registry=registry) == []
