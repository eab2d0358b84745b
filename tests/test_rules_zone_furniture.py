"""Furniture whose words show nothing of its label (V444-V446): every zone of the corpus relabelled a dateline,
byline or heading, and datelines and bylines as other reports write them, accepted."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sample import corpus_document, relabelled, zone_report, zone_rule_hits

from vostochny.checking.rules.zone_furniture import (
    byline_credits_no_one,
    dateline_without_date_or_place,
    heading_without_a_word,
)

AP, ARMS = "ap-kim-whereabouts-after-summit", "kim-arrives-russia-arms-sale-warning"
REUTERS, TIME = "reuters-kim-putin-summit", "time-kim-russia-trip-putin-weakness"
TOP = "kim-arrives-russia-top-officials"
OURS = {"V444", "V445", "V446"}


@pytest.mark.parametrize(("doc_id", "opening", "kind", "code"), [
    # boilerplate and headings labelled a dateline: no date, no place (an attack found each passed)
    (AP, "___", "dateline", "V444"),
    (ARMS, "Kim Jong Un to meet Putin", "dateline", "V444"),
    (ARMS, "North Korea and Russia: Steadfast Allies", "dateline", "V444"),
    (REUTERS, "'Comrades'", "dateline", "V444"), (REUTERS, "Ballistic missiles", "dateline", "V444"),
    # ... labelled a byline: no outlet, no credit, no names alone
    (AP, "___", "byline", "V445"),
    (ARMS, "Kim Jong Un to meet Putin", "byline", "V445"), (ARMS, "Russia ‘begging’ for help", "byline", "V445"),
    (REUTERS, "Ballistic missiles", "byline", "V445"), (REUTERS, "'Comrades'", "byline", "V445"),
    # a separator labelled a heading
    (AP, "___", "subheading", "V446"),
    # the outlet's own furniture labelled a dateline or a byline: its words show boilerplate (V282, the thirtieth
    # session; V444 and V445 folded behind it), `More Must-Reads from TIME` too, which names an outlet
    *((doc_id, opening, kind, "V282") for doc_id, opening in (
        (REUTERS, "ADVERTISEMENT"), (TIME, "4 minute read"), (TIME, "Updated: | Originally published:"),
        (TIME, "Contact us at letters@time.com"), (TIME, "More Must-Reads from TIME"))
      for kind in ("dateline", "byline")),
])
def test_furniture_labelled_a_dateline_byline_or_heading_it_is_not_is_refused(doc_id: str, opening: str, kind: str,
                                                                               code: str) -> None:
    problems, k = relabelled(doc_id, opening, kind)
    assert problems == [(code, f"/zones/{k}/kind", "error")]


@pytest.mark.parametrize(("kind", "code"), [("byline", "V445"), ("dateline", "V444")])
def test_the_headline_labelled_a_byline_or_dateline_is_one_code(kind: str, code: str) -> None:
    """Relabelled, the headline leaves the title unshown (V233): the same label, folded behind V445 and V444."""
    problems, k = relabelled(REUTERS, "Kim Jong Un Meets With Putin", kind)
    assert problems == [(code, f"/zones/{k}/kind", "error")]


def test_a_separator_labelled_the_headline_after_the_body_is_v265_s_alone() -> None:
    """AP's `___` after the body labelled a headline: a headline after the body (V265), whose holding no word is the
    same label (V446 folded)."""
    problems, k = relabelled(AP, "___", "headline")
    assert problems == [("V265", f"/zones/{k}/kind", "error")]


@pytest.mark.parametrize("doc_id", [AP, ARMS, TOP, REUTERS, TIME])
def test_the_corpus_s_furniture_shows_its_label(doc_id: str) -> None:
    assert not {code for code, _, _ in zone_report(*corpus_document(doc_id))} & OURS


def _hits(rule: Callable[..., Iterator[object]], kind: str, text: str, outlet: str = "Reuters") -> list[str]:
    """The pointers `rule` reports on a document of one zone of `kind` over `text`, then a body paragraph."""
    return [hit.pointer for hit in zone_rule_hits(rule, [(kind, text), ("body", "Kim met Putin.")], outlet)]


@pytest.mark.parametrize("text", [
    "SEOUL, South Korea (AP) —", "September 13, 2023", "MOSCOW, Sept 13 (Reuters) -", "MOSCOW -", "VLADIVOSTOK, Russia",
    "Seoul, South Korea —", "Vladivostok, Russia", "Wednesday, 13 September", "13/09/2023", "Updated 5:38 AM GMT+9",
    "2023", "Sept.\u00a013, 2023", "Seoul, South Korea (AP) —",
])
def test_a_dateline_that_dates_or_places_is_accepted(text: str) -> None:
    assert _hits(dateline_without_date_or_place, "dateline", text) == []


@pytest.mark.parametrize("text", ["Kim meets Putin", "Steadfast allies", "ADVERTISEMENT", "* * *", "Read more",
                                  "MOSCOW"])
def test_a_dateline_of_other_words_is_refused(text: str) -> None:
    """`MOSCOW` alone: a place in capitals shows a dateline with a comma, a dash or an outlet after it."""
    assert _hits(dateline_without_date_or_place, "dateline", text) == ["/zones/0/kind"]


@pytest.mark.parametrize("text", [
    "(Reuters)", "By Jane Doe", "BY JIM HEINTZ", "Josh Smith and Hyunsu Yim", "JANE DOE", "Jane van Doe",
    "Hyung-jin Kim, Jim Heintz & Jane Roe", "Reuters Staff", "TIME staff", "Jane Doe | CNN",
    "Jane Doe, Associated Press",
    "(Reporting by Hyunsu Yim; Editing by Jane Roe)", "Litvinova reported from Tallinn, Estonia.",
    "Jane Doe in Seoul contributed to this report.", "Photographs: Jane Doe", "Our correspondent in Seoul",
    "Reported from Vladivostok, Russia.", "Contributed by Jane Doe",
])
def test_a_byline_that_credits_is_accepted(text: str) -> None:
    assert _hits(byline_credits_no_one, "byline", text) == []


def test_a_byline_that_names_the_document_s_outlet_is_accepted() -> None:
    assert _hits(byline_credits_no_one, "byline", "NK Pro desk", outlet="NK Pro") == []
    assert _hits(byline_credits_no_one, "byline", "NK Pro desk") == ["/zones/0/kind"]


@pytest.mark.parametrize("text", ["Kim Jong Un to meet Putin", "Contact us at letters@time.com", "4 minute read",
                                  "Russia, North Korea sign pact", "___", "Sign up for our newsletter"])
def test_a_byline_that_credits_no_one_is_refused(text: str) -> None:
    assert _hits(byline_credits_no_one, "byline", text) == ["/zones/0/kind"]


@pytest.mark.parametrize(("text", "refused"), [("___", True), ("* * *", True), ("—", True), ("1", False),
                                               ("A", False), ("'Comrades'", False)])
def test_a_heading_of_no_word_is_refused(text: str, refused: bool) -> None:
    for kind in ("headline", "subheading"):
        assert _hits(heading_without_a_word, kind, text) == (["/zones/0/kind"] if refused else [])


# the thirty-first session's mutation check: a case for each word and alternative that no test above held alone


@pytest.mark.parametrize("text", [
    "September 13",  # a month and day alone (`DATELINE`)
    "Wednesday", "Updated 5:38 AM", "13/09/23",  # a weekday, a time of day, a date in figures, each without a year
    "VLADIVOSTOK, on the Pacific coast",  # a place in capitals and a comma, then words in lower case
    "Vladivostok —", "Vladivostok –", "Vladivostok -", "Vladivostok --",  # a capitalised place and a dash that ends it
    "Vladi\u00advostok —",  # a format character inside a word (read as a reader sees it)
    "(Reuters)",  # an outlet in brackets alone (`OUTLET_IN_BRACKETS`: the thirty-fifth session's mutants)
])
def test_each_way_a_dateline_dates_or_places_is_read_alone(text: str) -> None:
    """Each of these is accepted by one alternative alone (the others' words are absent), so that dropping it from
    `_DATED`, `_PLACED` or `DATELINE` is seen."""
    assert _hits(dateline_without_date_or_place, "dateline", text) == []


@pytest.mark.parametrize("text", [
    "By Jane Doe in Seoul", "Story by Jane Doe", "BY JIM HEINTZ in Seoul",  # `By`, `by`, `BY`: not names alone
    "Staff in Seoul", "from STAFF", "Our reporters in Seoul", "Our writers in Seoul", "Our editors in Seoul",
    "Our photographers in Seoul", "Photo: Jane Doe", "from wire services", "Reporting from Seoul",
    "Editing: Jane Roe", "Writing from Seoul",
    *(f"Jane {particle} Doe" for particle in ("van", "von", "de", "del", "der", "da", "di", "la", "le", "bin", "al",
                                              "el")),
    "Mary Jane Ann Doe",  # a name of four words
    "JOSH SMITH AND HYUNSU YIM", "Jane Doe | Jim Roe", "Jane Doe, Jim Roe, and Ann Lee",
    "JANE DOE, JIM ROE, AND ANN LEE", "JANE DOE, AND MARY JANE ANN LEE", "Jane Doe & Jim Roe", "Jane Doe, Jim Roe",
    "Josh Smith\u200b and Hyunsu Yim",  # a format character between names (read as a reader sees it)
])
def test_each_word_of_a_credit_is_read_alone(text: str) -> None:
    """Each byline here credits by one word or one way of joining names alone, so that dropping it from `_CREDITED`,
    `_NAME` or `_NAMES` is seen."""
    assert _hits(byline_credits_no_one, "byline", text) == []
