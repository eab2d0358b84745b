"""A transfer's item left with parties of one side (V411): the twenty-sixth session's attack on release 1 retyped each
SUPPLIES as RECEIVES and each RECEIVES as SUPPLIES, and 42 of the 66 retypings passed with 0 errors."""

from __future__ import annotations

import pytest
from sample import corpus_document, corpus_report, related

from vostochny.checking.rules.transfer_sides import _COORDINATED

AP, REUTERS = "ap-kim-whereabouts-after-summit", "reuters-kim-putin-summit"
ARMS, TIME = "kim-arrives-russia-arms-sale-warning", "time-kim-russia-trip-putin-weakness"
TOP = "kim-arrives-russia-top-officials"
_OTHER = {"SUPPLIES": "RECEIVES", "RECEIVES": "SUPPLIES"}


def _retyped(document: str, kind: str, reads: str) -> tuple[list[tuple[str, str]], dict, str, int]:
    """The errors of `document` with the transfer of `kind` that reads `reads` retyped as the other side, the edited
    document, its text and the relation's index."""
    doc, text = corpus_document(document)
    i = related(doc, text, kind, reads)
    doc["relations"][i]["type"] = _OTHER[kind]
    return [(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"], doc, text, i


@pytest.mark.parametrize(("document", "kind", "reads"), [
    (ARMS, "RECEIVES", "Moscow would demand anti-tank missiles"),  # Moscow made a supplier beside North Korea
    (TIME, "RECEIVES", "Russia has previously turned to North Korea for weapons"),
    (TIME, "SUPPLIES", "Russia has the military technology"),  # Russia made a recipient beside Kim
    (AP, "RECEIVES", "Russia with weapons"),  # `if it supplies [Russia] with [weapons]`
])
def test_an_item_left_with_one_side_is_refused(document: str, kind: str, reads: str) -> None:
    """`[Moscow] would demand [anti-tank missiles] ... from [North Korea]` with Moscow retyped a supplier: the item
    has two suppliers and no recipient. One error, on the group's later relation (which of the two is wrong no
    word here says)."""
    found, doc, _, i = _retyped(document, kind, reads)
    tail = doc["relations"][i]["tail"]
    later = max(j for j, r in enumerate(doc["relations"]) if r["tail"] == tail and r["type"] == _OTHER[kind])
    assert found == [("V411", f"/relations/{later}/type")]


def test_a_retyping_its_verb_refuses_is_v360s() -> None:
    """`[North Korea] would receive [advanced weapons technologies]` retyped SUPPLIES: V360 reads the verb, and the
    item left with two suppliers is folded behind it; one planted error, one code."""
    found, _, _, i = _retyped(AP, "RECEIVES", "North Korea would receive advanced weapons technologies")
    assert found == [("V360", f"/relations/{i}/type")]


def test_parties_one_verb_takes_together_are_one_side() -> None:
    """Parties one verb takes together (`[North Korea] and [Iran] supply [drones]`) are joined by a comma, `and`, `or`,
    `nor` or `as well as` alone, an article after them: V411 leaves their item's one-sided relations alone; any other
    word between two parties parts them."""
    for joined in (" and ", ", ", " or ", ", and the ", " as well as ", " nor ", ","):
        assert _COORDINATED.fullmatch(joined)
    for parted in (" would sell weapons to ", " to ", " from ", " and then ", "\n"):
        assert not _COORDINATED.fullmatch(parted)


@pytest.mark.parametrize(("between", "joined"), [
    (" and ", True), (", ", True), (" or the ", True), (" as well as ", True), (", along with ", True),
    (" together with ", True), (" and possibly ", True), (" and its ally ", True),
    (" supplied ", False), (" and then sent shells to ", False),
])
def test_what_joins_two_parties(between: str, joined: bool) -> None:
    """`[Iran], along with [North Korea], supplies`, `[Russia] and its ally [Belarus] received`: one verb takes both
    parties (a review found these refused)."""
    from vostochny.checking.rules.transfer_sides import _COORDINATED

    assert bool(_COORDINATED.fullmatch(between)) == joined


@pytest.mark.parametrize(("text", "kind", "refused"), [
    ("Germany is not allowed to sell tanks.", "RECEIVES", True),
    ("Germany is not allowed to sell tanks.", "SUPPLIES", False),
    ("Iran was forced to buy drones.", "SUPPLIES", True),
    ("Iran was forced to buy drones.", "RECEIVES", False),
    ("Iran is eager to acquire drones.", "SUPPLIES", True),
    ("Egypt is unwilling to provide tanks.", "RECEIVES", True),
    ("Iran praised Germany and bought drones.", "SUPPLIES", False),  # another predicate between: not read
])
def test_a_party_let_made_or_eager_to_transfer(text: str, kind: str, refused: bool) -> None:
    """V360 read auxiliaries and words of intending between a party and its verb, not of being let, made or eager to
    (`Seoul is not allowed to contribute weaponry`): `[Germany] is not allowed to sell [tanks]` typed RECEIVES passed.
    Constructed sentences of other reports, both ways."""
    from test_rules import _annotated

    party, item = text.split()[0], text.split()[-1].rstrip(".")
    found = _annotated(text, ((party, "e1", "GPE", "name"), (item, "e2", "WEA", "nominal")),
                       relations=((kind, "m1", "m2"),))
    assert found == ([("V360", "/relations/0/type")] if refused else [])


@pytest.mark.parametrize(("document", "kind", "reads"), [
    # `Despite being a big supplier of [weapons] and having given tanks to Poland, ..., [Seoul] is not allowed`
    (ARMS, "SUPPLIES", "weapons and having given tanks to Poland, a country that supports Kiev, Seoul"),
    (REUTERS, "SUPPLIES", "Putin was prepared to go in fulfilling any North Korean wish lists for technology"),
])
def test_a_supplier_named_by_a_noun_or_a_wish_fulfilled_is_refused(document: str, kind: str, reads: str) -> None:
    """`Despite being a big supplier of [weapons] ..., [Seoul] is not allowed` and `how far [Putin] was prepared to go
    in fulfilling any North Korean wish lists for [technology]` retyped RECEIVES: the noun of supplying and the
    fulfilled wish name the supplier (the thirty-first session's sweep passed both; V467)."""
    found, _, _, i = _retyped(document, kind, reads)
    assert found == [("V467", f"/relations/{i}/type")]


@pytest.mark.parametrize(("sentence", "code"), [
    ("Chile, a major buyer of frigates, met Peru.", "V467"),  # an apposition: Chile buys
    ("Chile is a major buyer of frigates.", "V467"),  # a form of be
    ("Chile has long been the main buyer of frigates.", "V467"),
    ("Peru sold frigates to a buyer of frigates.", None),  # the noun said of no party
])
def test_a_buyer_of_the_item_typed_supplier(sentence: str, code: str | None) -> None:
    """A party named a buyer of the item by an apposition or a form of be (constructed sentences, the party their
    first word) is the one the noun is said of (V467's `_said_of`); a noun said of nobody is not read."""
    from vostochny.checking.rules.transfer_sides import _NOUN_OF, _said_of
    item = sentence.rindex("frigates")
    noun = _NOUN_OF.search(sentence, 0, item)
    assert noun is not None and noun.group(2) == "buyer"
    party = sentence.split()[0].strip(",")
    head = type("M", (), {"start": sentence.index(party), "end": sentence.index(party) + len(party)})()
    said = _said_of(sentence, head, noun.start(1), noun.group(1).lower() == "being")  # type: ignore[arg-type]
    assert said == (code is not None)


def _transfer(text: str, party: str, item: str, kind: str) -> list[tuple[str, str]]:
    """The errors of a constructed document whose one relation of `kind` joins `party` (a state) and `item`."""
    from test_rules import _annotated

    mentions = [(party, "e1", "GPE", "name"), (item, "e2", "WEA", "nominal")]
    if text.index(item) < text.index(party):
        mentions.reverse()
    first = "m1" if mentions[0][0] == party else "m2"
    return _annotated(text, tuple(mentions), relations=((kind, first, "m2" if first == "m1" else "m1"),))


@pytest.mark.parametrize(("text", "kind"), [
    ("In addition to the shells that it received from Iran, Russia has sold oil to China.", "RECEIVES"),
    ("In addition to the shells it bought from Iran, Russia has sold oil to China.", "RECEIVES"),
    ("Besides the drones that it sold to Russia, Iran has received rice.", "SUPPLIES"),
])
def test_a_transfer_verb_inside_the_phrase_of_adding_says_the_item_s_side(text: str, kind: str) -> None:
    """`In addition to [the shells] it received from Iran, [Russia] has sold oil`: the relative clause inside the
    phrase of adding says that Russia received the shells, whatever the main clause's verb says; V424 refused the
    correct RECEIVES (a false refusal the thirty-fourth session's second read found)."""
    party = text.split(", ")[1].split()[0]
    item = "the shells" if "shells" in text else "the drones"
    assert _transfer(text, party, item, kind) == []


@pytest.mark.parametrize("phrase", ["In addition to", "Besides", "As well as", "Apart from", "On top of",
                                    "Along with"])
def test_another_phrase_of_adding_says_the_side_too(phrase: str) -> None:
    """`As well as [artillery shells], [Russia] is also buying drones` typed SUPPLIES: `as well as`, `apart from`, `on
    top of` and `along with` add an item as `in addition to` does, and V424 read only that and `besides` (accepted
    until the thirty-fourth session's second read)."""
    text = f"{phrase} artillery shells, Russia is also buying drones."
    assert _transfer(text, "Russia", "artillery shells", "SUPPLIES") == [("V424", "/relations/0/type")]
    assert _transfer(text, "Russia", "artillery shells", "RECEIVES") == []


@pytest.mark.parametrize(("text", "refused", "kept"), [
    ("Russia, in addition to artillery shells, is also buying drones.", "SUPPLIES", "RECEIVES"),
    ("Russia, in addition to artillery shells, is also seeking drones.", "SUPPLIES", "RECEIVES"),
    ("Russia, besides artillery shells, has also bought drones.", "SUPPLIES", "RECEIVES"),
    ("North Korea, as well as artillery shells, is also selling rockets.", "RECEIVES", "SUPPLIES"),
])
def test_a_phrase_of_adding_after_the_subject_says_the_side(text: str, refused: str, kept: str) -> None:
    """`[Russia], in addition to [artillery shells], is also seeking drones` typed SUPPLIES: the phrase of adding set
    between the subject and its verb adds the item to what the verb takes as it does before the subject, and V424
    read it only there (accepted until the thirty-fifth session: the thirty-fourth session's second read left it)."""
    party = "Russia" if "Russia" in text else "North Korea"
    assert _transfer(text, party, "artillery shells", refused) == [("V424", "/relations/0/type")]
    assert _transfer(text, party, "artillery shells", kept) == []


@pytest.mark.parametrize(("text", "refused", "kept"), [
    ("Russia, in addition to artillery shells, is also believed to be seeking drones.", "SUPPLIES", "RECEIVES"),
    ("Russia, in addition to artillery shells, is reportedly buying drones.", "SUPPLIES", "RECEIVES"),
    ("North Korea, as well as artillery shells, is thought to be selling rockets.", "RECEIVES", "SUPPLIES"),
])
def test_a_belief_s_passive_before_the_verb_keeps_its_subject(text: str, refused: str, kept: str) -> None:
    """`[Russia], in addition to [artillery shells], is also believed to be seeking drones` typed SUPPLIES: the verb's
    subject is still Russia past `believed to be`, which `relation_words.transfer_verb` did not read (accepted until
    the thirty-seventh session: the thirty-sixth session's second read left it)."""
    party = "Russia" if "Russia" in text else "North Korea"
    assert _transfer(text, party, "artillery shells", refused) == [("V424", "/relations/0/type")]
    assert _transfer(text, party, "artillery shells", kept) == []


@pytest.mark.parametrize("text", [
    # the party is the object of `to`, no subject of the verb after the aside
    "Iran sold oil to Russia, in addition to artillery shells, and is also buying drones.",
    # another clause's words before the verb: the phrase's comma closes no aside on the party
    "Russia, in addition to artillery shells it received from Iran, is also selling drones.",
])
def test_a_phrase_of_adding_after_no_subject_is_not_judged(text: str) -> None:
    """A party after a preposition, or a phrase of adding that holds a verb of transfer, says nothing of the side the
    main clause's verb gives the item: RECEIVES is not V424's."""
    assert ("V424", "/relations/0/type") not in _transfer(text, "Russia", "artillery shells", "RECEIVES")


@pytest.mark.parametrize("war", [
    "the war in eastern Ukraine",  # an adjective of place between the preposition and the place
    "Moscow's war against neighbouring Ukraine",
    "the war in far eastern Ukraine",
    "its \u201cspecial military operation\u201d in Ukraine",  # Moscow's own name for its war
    "its special military operation in Ukraine",
    # a place's state of war and two adjectives joined (the thirty-sixth session's second read: both passed)
    "the war in war-torn Ukraine",
    "the grinding war in southern and eastern Ukraine",
])
def test_a_recipient_moved_to_a_war_s_place_past_an_adjective_is_refused(war: str) -> None:
    """`North Korea sold [artillery shells] to Russia for the war in eastern [Ukraine]` as RECEIVES(Ukraine, shells):
    an adjective of place after the preposition (`eastern`, `neighbouring`) or Moscow's `special military operation`
    hid the war's place from V476 (accepted until the thirty-fifth session's second read)."""
    from test_rules import _annotated

    text = f"North Korea sold artillery shells to Russia for {war}."
    mentions = (("North Korea", "e1", "GPE", "name"), ("artillery shells", "e2", "WEA", "nominal"),
                ("Russia", "e3", "GPE", "name"), ("Ukraine", "e4", "GPE", "name"))
    assert _annotated(text, mentions, relations=(("RECEIVES", "m4", "m2"),)) == [("V476", "/relations/0/head")]
    assert _annotated(text, mentions, relations=(("RECEIVES", "m3", "m2"),)) == []
@pytest.mark.parametrize(("noun", "kind"), [
    *((noun, "RECEIVES") for noun in ("supplier", "provider", "exporter", "seller", "vendor", "producer")),
    *((noun, "SUPPLIES") for noun in ("buyer", "importer", "purchaser", "recipient", "customer")),
])
def test_each_noun_of_a_side_is_read_alone(noun: str, kind: str) -> None:
    """`Chile, a major exporter of frigates, met Peru.` typed RECEIVES, or a buyer typed SUPPLIES: each singular noun
    of V467's read alone (dropping `exporter` passed every test: the thirty-fifth session's mutants)."""
    text = f"Chile, a major {noun} of frigates, met Peru."
    assert _transfer(text, "Chile", "frigates", kind) == [("V467", "/relations/0/type")]


@pytest.mark.parametrize("war", [
    "the battle for Ukraine",  # the place a battle is fought over
    "the battles for eastern Ukraine",
    "the war being fought in Ukraine",  # a participle of fighting between the noun and its preposition
    "the war now raging in Ukraine",
    "the war waged against Ukraine",
    # the war's age, `of attrition` and a weapon's `use against` (the thirty-sixth session's second read left them)
    "the war now in its second year in Ukraine",
    "the war in its 19th month in Ukraine",
    "its grinding war of attrition in Ukraine",
    "use against Ukraine",
    "the battle over Ukraine",  # the thirty-seventh session's fuzz kind `recipient-at-a-battle-s-place` passed these
    "the war launched against Ukraine",
    "the war Moscow is waging in Ukraine",  # a relative clause whose subject is a name (thirty-seventh session)
    "the war that Vladimir Putin has been waging in eastern Ukraine",
    "the war Moscow launched against Ukraine",
])
def test_a_recipient_moved_to_a_battle_s_place_or_past_a_participle_is_refused(war: str) -> None:
    """`North Korea sold [artillery shells] to Russia for the battle for [Ukraine]` as RECEIVES(Ukraine, shells): V476
    read no `battle`, no `for` after it and no participle between the noun of war and its preposition (accepted until
    the thirty-sixth session: the thirty-fifth session's second read left it), nor, until the thirty-seventh session,
    the war's age or `of attrition` between, `use against` (whom the weapon is used against), or a relative clause
    that wages the war (`the war Moscow is waging in [Ukraine]`, read36 left it)."""
    from test_rules import _annotated

    text = f"North Korea sold artillery shells to Russia for {war}."
    mentions = (("North Korea", "e1", "GPE", "name"), ("artillery shells", "e2", "WEA", "nominal"),
                ("Russia", "e3", "GPE", "name"), ("Ukraine", "e4", "GPE", "name"))
    assert _annotated(text, mentions, relations=(("RECEIVES", "m4", "m2"),)) == [("V476", "/relations/0/head")]
    assert _annotated(text, mentions, relations=(("RECEIVES", "m3", "m2"),)) == []


_SHELLS, _UKRAINE = ("artillery shells", "e2", "WEA", "nominal"), ("Ukraine", "e3", "GPE", "name")


@pytest.mark.parametrize(("text", "mentions", "relation"), [
    # a `fight for` may be fought on the party's side: no battle's place
    ("Poland sent artillery shells to support the fight for Ukraine.",
     (("Poland", "e1", "GPE", "name"), _SHELLS, _UKRAINE), ("RECEIVES", "m3", "m2")),
    # the recipient the verb's subject, the battle's place another
    ("Ukraine received artillery shells for the battle for Bakhmut.",
     (_UKRAINE, _SHELLS, ("Bakhmut", "e4", "GPE", "name")), ("RECEIVES", "m1", "m2")),
    # `use in` names where the weapon is used, maybe its recipient's own land
    ("Poland sent artillery shells for use in Ukraine.", (("Poland", "e1", "GPE", "name"), _SHELLS, _UKRAINE),
     ("RECEIVES", "m3", "m2")),
    # a relative clause whose verb neither wages nor starts the war: its object is a party
    ("Russia is losing the war Poland is helping by sending artillery shells to Ukraine.",
     (("Poland", "e1", "GPE", "name"), _SHELLS, _UKRAINE), ("RECEIVES", "m3", "m2")),
])
def test_the_fight_for_a_party_is_not_judged(text: str, mentions: tuple[tuple[str, str, str, str], ...],
                                             relation: tuple[str, str, str]) -> None:
    """`to support the fight for [Ukraine]` with Ukraine the recipient, and a recipient that is the verb's subject
    before `the battle for Bakhmut`, are not V476's."""
    from test_rules import _annotated

    assert _annotated(text, mentions, relations=(relation,)) == []


def test_every_noun_of_war_has_its_piece() -> None:
    """`in_a_war` searches `_WAR_OBJECT` only where a piece of `_WAR_PIECES` lies before the mention: each noun of
    `_WAR_NOUNS` must hold one, or a noun added there is never read (`battle`, added beside perf36's pieces, was not:
    the merge of the thirty-sixth session found it)."""
    from vostochny.checking.rules.transfer_sides import _WAR_NOUNS, _WAR_PIECES

    nouns = [noun.split("{")[0].rstrip("?s") for noun in _WAR_NOUNS.split("|")]
    assert [noun for noun in nouns if not any(piece in noun for piece in _WAR_PIECES)] == []


def test_a_noun_of_war_with_a_character_a_search_ignoring_case_folds_is_read() -> None:
    """`for the invaſion of [Ukraine]` (a long s, which a search ignoring case reads as `s`) as RECEIVES(Ukraine,
    shells): V476's prefilter looks for a noun of war in lower case or for a character of `base.FOLDED`; dropping the
    second passed every test (the thirty-seventh session's mutants)."""
    from test_rules import _annotated

    mentions = (("North Korea", "e1", "GPE", "name"), ("artillery shells", "e2", "WEA", "nominal"),
                ("Russia", "e3", "GPE", "name"), ("Ukraine", "e4", "GPE", "name"))
    text = "North Korea sold artillery shells to Russia for the inva\u017fion of Ukraine."
    assert _annotated(text, mentions, relations=(("RECEIVES", "m4", "m2"),)) == [("V476", "/relations/0/head")]
    assert _annotated(text, mentions, relations=(("RECEIVES", "m3", "m2"),)) == []
