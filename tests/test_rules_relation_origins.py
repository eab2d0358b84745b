"""A journey's or a meeting's argument after `from` (V447): the thirtieth session's retyping attack passed release 1's
`[senior military personnel] from [North Korea]` as TRAVELS_TO and as MEETS."""

from __future__ import annotations

import pytest
from sample import corpus_document, corpus_report, related

ARMS = "kim-arrives-russia-arms-sale-warning"


@pytest.mark.parametrize("kind", ["TRAVELS_TO", "MEETS"])
def test_an_origin_typed_as_a_journey_or_a_meeting_is_refused(kind: str) -> None:
    """`He was accompanied by [senior military personnel] from [North Korea]` (OFFICIAL_OF) retyped: `from` names
    where they come from; one planted error, one code."""
    doc, text = corpus_document(ARMS)
    assert [p for p in corpus_report(doc, text) if p.severity == "error"] == []
    i = related(doc, text, "OFFICIAL_OF", "senior military personnel from North Korea")
    doc["relations"][i]["type"] = kind
    assert [(p.code, p.pointer) for p in corpus_report(doc, text) if p.severity == "error"] == [
        ("V447", f"/relations/{i}/type")]


_KIM, _PUTIN = ("Kim", "e1", "PER", "name"), ("Putin", "e3", "PER", "name")
_OFFICIALS = ("Officials", "e1", "PER", "nominal")


@pytest.mark.parametrize(("text", "mentions", "relation", "refused"), [
    ("Kim, who arrived by train from Pyongyang, met Putin.", (_KIM, ("Pyongyang", "e2", "GPE", "name"), _PUTIN),
     ("TRAVELS_TO", "m1", "m2"), True),
    ("Kim flew from Moscow to Vladivostok.", (_KIM, ("Moscow", "e2", "GPE", "name"),
                                              ("Vladivostok", "e3", "GPE", "name")), ("TRAVELS_TO", "m1", "m2"), True),
    ("Officials from China met Putin.", (_OFFICIALS, ("China", "e2", "GPE", "name"), _PUTIN), ("MEETS", "m1", "m2"),
     True),
    # the destination after `to`; a return, which says the journey there was made; the person met
    ("Kim flew from Moscow to Vladivostok.", (_KIM, ("Moscow", "e2", "GPE", "name"),
                                              ("Vladivostok", "e3", "GPE", "name")), ("TRAVELS_TO", "m1", "m3"), False),
    ("Kim returned from Russia on Sunday.", (_KIM, ("Russia", "e2", "GPE", "name")), ("TRAVELS_TO", "m1", "m2"), False),
    # `back from` and `home from` alone (no `returned`): dropping either word passed every test (thirty-fifth session)
    ("Kim came back from Russia.", (_KIM, ("Russia", "e2", "GPE", "name")), ("TRAVELS_TO", "m1", "m2"), False),
    ("Kim flew home from Russia.", (_KIM, ("Russia", "e2", "GPE", "name")), ("TRAVELS_TO", "m1", "m2"), False),
    ("Officials from China met Putin.", (_OFFICIALS, ("China", "e2", "GPE", "name"), _PUTIN), ("MEETS", "m1", "m3"),
     False),
    ("Putin met officials from China.", (_PUTIN, ("officials", "e1", "PER", "nominal"),
                                          ("China", "e2", "GPE", "name")), ("MEETS", "m1", "m2"), False),
])
def test_from_in_other_reports(text: str, mentions: tuple[tuple[str, str, str, str], ...],
                               relation: tuple[str, str, str], refused: bool) -> None:
    """Constructed sentences of other reports, both ways."""
    from test_rules import _annotated

    assert _annotated(text, mentions, relations=(relation,)) == ([("V447", "/relations/0/type")] if refused else [])
