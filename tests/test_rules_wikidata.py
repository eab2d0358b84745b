"""A verified Wikidata link and its evidence (V336-V338): a QID typed or moved by mistake is well formed (V307)
and unshared (V308), and only the sources recorded with it tell it from the right one. Checked on the corpus's
own registry: every exchange of two records' links, or of their QIDs alone, must be reported."""

from __future__ import annotations

import copy
import itertools
import json

import pytest
from sample import REPO

from vostochny.checking.rules.base import RULES, CorpusContext
from vostochny.checking.rules.registry import _names_with_qid
from vostochny.model.models import Registry

WIKIDATA_RULES = ("V307", "V308", "V309", "V336", "V337", "V338")
REGISTRY = json.loads((REPO / "annotations" / "entities.json").read_text(encoding="utf-8"))
VERIFIED = [i for i, r in enumerate(REGISTRY["entities"]) if r["wikidata"]["status"] == "verified"]


def _found(data: dict) -> list[tuple[str, str]]:
    """(code, record id) of the Wikidata rules' hits on the registry `data`."""
    registry = Registry.model_validate(data)
    ctx = CorpusContext(registry, None, [], set(), True)
    checks = {rule.code: rule.check for rule in RULES}
    return [(code, hit.pointer.split("/")[2]) for code in WIKIDATA_RULES for hit in checks[code](ctx)]


def test_the_corpus_s_links_show_their_evidence() -> None:
    assert len(VERIFIED) >= 20 and _found(REGISTRY) == []


def _swapped(i: int, j: int, key: str | None) -> dict:
    data = copy.deepcopy(REGISTRY)
    a, b = data["entities"][i]["wikidata"], data["entities"][j]["wikidata"]
    if key is None:
        data["entities"][i]["wikidata"], data["entities"][j]["wikidata"] = b, a
    else:
        a[key], b[key] = b[key], a[key]
    return data


PAIRS = list(itertools.combinations(VERIFIED, 2))


def test_every_two_records_qids_exchanged_are_reported_on_both() -> None:
    """The QIDs alone exchanged (the sources left): no source of either quotes its new QID."""
    for i, j in PAIRS:
        assert _found(_swapped(i, j, "qid")) == [("V337", str(i)), ("V337", str(j))], (i, j)


def test_every_two_records_links_exchanged_whole_are_reported() -> None:
    """Whole links exchanged, sources and all: the sources quote their QID still, and name the other referent.
    One of the two at least is reported; both, unless one source names both referents each with its QID."""
    one_side = []
    for i, j in PAIRS:
        found = _found(_swapped(i, j, None))
        assert found and {code for code, _ in found} <= {"V309", "V338"}, (i, j, found)
        if len({record for _, record in found}) < 2:
            one_side.append((REGISTRY["entities"][i]["id"], REGISTRY["entities"][j]["id"]))
    # a source of one names the other beside its QID alone: "Moscow (Q649) has 8 P17 claims, one of them ranked
    # preferred (Russia)"; the Security Council's label "United Nations Security Co[uncil]" holds the UN's name
    assert one_side == [("moscow", "russia"), ("un-security-council", "united-nations")]


def test_a_single_digit_typed_wrong_in_any_qid_is_reported() -> None:
    for i in VERIFIED:
        data = copy.deepcopy(REGISTRY)
        link = data["entities"][i]["wikidata"]
        link["qid"] = link["qid"][:-1] + str((int(link["qid"][-1]) + 1) % 10)
        assert _found(data) == [("V337", str(i))], link["qid"]


@pytest.mark.parametrize(("name", "qid", "what", "names"), [
    ("Tokyo", "Q1490", "Japan (Q17) P36 (capital) = Q1490 (Tokyo)", True),
    ("Japan", "Q1490", "Japan (Q17) P36 (capital) = Q1490 (Tokyo)", False),  # Japan's QID is the nearer
    ("Japan", "Q17", "Japan (Q17) P36 (capital) = Q1490 (Tokyo)", True),
    ("Kim Jong Un", "Q56226", 'name-to-QID map entry "Kim Jong-un": "Q56226"', True),  # punctuation between words
    ("Vladimir Putin", "Q7747", 'entity-linking candidates "vladimir putin (Q7747)"', True),  # any case
    ("AP", "Q40469", 'outlet map "apnews.com": {"qid": "Q40469"}', False),  # a word's part is no name
    ("Russia", "Q159", "Russia (Q1590)", False),  # nor a longer QID
    ("Russia", "Q159", "Russia (wd:Q159)", True),
    ("Russia", "Q159", "Russia", False),  # no QID at all
    ("...", "Q159", "... (Q159)", False),  # a name without a word names nothing
])
def test_a_source_names_the_record_where_its_qid_is_the_nearest(name: str, qid: str, what: str,
                                                                 names: bool) -> None:
    assert _names_with_qid(name, qid, what) is names
