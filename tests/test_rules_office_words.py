"""An OFFICIAL_OF with no word of office around its arguments (V451): the office is written beside the two."""

from __future__ import annotations

import copy

import pytest
from sample import corpus_document, corpus_report, related, reword

AP, ARMS = "ap-kim-whereabouts-after-summit", "kim-arrives-russia-arms-sale-warning"
TOP, REUTERS = "kim-arrives-russia-top-officials", "reuters-kim-putin-summit"
TIME = "time-kim-russia-trip-putin-weakness"

#: relations of release 1 that the thirty-first session's sweep passed retyped OFFICIAL_OF: document, type, the text
#: from the first argument to the last
NO_OFFICE = [
    (REUTERS, "NATIONALITY", "a North Korean cosmonaut"),
    (REUTERS, "NATIONALITY", "Russia, which gave birth to the first space conquerors"),
    (TIME, "NATIONALITY", "a Russian delegation"),
    (TIME, "AFFILIATED_WITH", "Leif-Eric Easley, professor of international studies at Ewha Womans University"),
    (AP, "AFFILIATED_WITH", "Associated Press journalists Hyung-jin Kim in Seoul, South Korea; Mari Yamaguchi"),
    (AP, "AFFILIATED_WITH", "Associated Press journalists Hyung-jin Kim in Seoul, South Korea; Mari Yamaguchi in "
                            "Tokyo; and Jim Heintz"),
    (TOP, "AFFILIATED_WITH", "unspecified members of the country's ruling party"),
    (TOP, "AFFILIATED_WITH", "unspecified members of the country's ruling party, government and military"),
    (REUTERS, "TRAVELS_TO", "Kim now planned to visit military and civilian aviation factories in the Russian city of "
                            "Komsomolsk-on-Amur and to inspect Russia's Pacific fleet in Vladivostok"),
]


def _errors(doc: dict, text: str) -> list[tuple[str, str]]:
    return [(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"]


@pytest.mark.parametrize(("doc_id", "kind", "reads"), NO_OFFICE)
def test_an_office_without_its_word_is_refused(doc_id: str, kind: str, reads: str) -> None:
    doc, text = corpus_document(doc_id)
    i = related(doc, text, kind, reads)
    edited = copy.deepcopy(doc)
    edited["relations"][i]["type"] = "OFFICIAL_OF"
    assert _errors(doc, text) == []
    assert _errors(edited, text) == [("V451", f"/relations/{i}/type")]


@pytest.mark.parametrize(("doc_id", "reads"), [
    (TIME, "Korean People’s Army Marshals Ri Pyong Chol and Pak Jong Chon"),
    (ARMS, "senior military personnel from North Korea"),
    (REUTERS, "U.S. and South Korean officials"),
])
def test_an_office_written_beside_its_arguments_is_read(doc_id: str, reads: str) -> None:
    """A title between the two (a list's next item shares it), the head's own words: every OFFICIAL_OF of release 1
    has its word (the corpus validates); these three are the farthest."""
    doc, text = corpus_document(doc_id)
    assert reads in text
    assert "V451" not in {p.code for p in corpus_report(doc, text)}


def test_the_word_of_office_may_stand_before_or_after() -> None:
    """`Foreign Minister [X] of [Y]` and `[X], [Y]'s defence minister`: up to three words before the first argument
    and four after the last are read (constructed: the cosmonaut reworded a minister, then an officer after it)."""
    doc, text = corpus_document(REUTERS)
    i = related(doc, text, "NATIONALITY", "a North Korean cosmonaut")
    for old, new in (("into space", "as an officer into space"), ("of sending", "of the minister sending")):
        edited, changed = reword(doc, text, old, new, "of sending a North Korean cosmonaut into space")
        edited["relations"][i]["type"] = "OFFICIAL_OF"
        assert "V451" not in {p.code for p in corpus_report(edited, changed)}, new


@pytest.mark.parametrize(("text", "refused"), [
    ("Minister of defence Ivan Petrov of Russia met Kim.", False),  # the word of office the third word before
    ("Minister of the navy Ivan Petrov of Russia met Kim.", True),  # the fourth: out of reach
    ("Ivan Petrov of Russia, now its acting minister, met Kim.", False),  # the fourth word after
    ("Ivan Petrov of Russia, now its new acting minister, met Kim.", True),  # the fifth
])
def test_the_reach_of_a_word_of_office(text: str, refused: bool) -> None:
    """V451 reads three words before the first argument and four after the last (`_OFFICE_REACH`): each edge held
    (a reach cut to two words before passed every test: the thirty-fifth session's mutants)."""
    from test_rules import _annotated

    found = _annotated(text, (("Ivan Petrov", "e1", "PER", "name"), ("Russia", "e2", "GPE", "name")),
                       relations=(("OFFICIAL_OF", "m1", "m2"),))
    assert found == ([("V451", "/relations/0/type")] if refused else [])
