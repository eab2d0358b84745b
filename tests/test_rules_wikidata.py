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
from vostochny.checking.rules.wikidata import NamesInText, shows_for
from vostochny.model.models import Registry

WIKIDATA_RULES = ("V307", "V308", "V309", "V336", "V337", "V338", "V339")
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


def test_every_two_records_links_exchanged_whole_are_reported_on_both() -> None:
    """Whole links exchanged, sources and all: the sources quote their QID still, and name the other referent with
    it (a source that names both, `Moscow (Q649) has 8 P17 claims, one of them ranked preferred (Russia)`, shows the
    QID for the name nearest to it)."""
    for i, j in PAIRS:
        found = _found(_swapped(i, j, None))
        assert {record for _, record in found} == {str(i), str(j)} and {code for code, _ in found} <= {"V309", "V338"}


def test_a_link_moved_to_any_other_record_is_reported() -> None:
    """Every verified link moved whole onto any other record (the one it leaves unverified): a source names the
    new record beside the QID at most once (`United Nations` inside the Security Council's label), never in two
    independent sources."""
    for i in VERIFIED:
        for j in range(len(REGISTRY["entities"])):
            if j != i:
                data = copy.deepcopy(REGISTRY)
                data["entities"][j]["wikidata"] = data["entities"][i]["wikidata"]
                data["entities"][i]["wikidata"] = {"status": "unverified"}
                assert _found(data), (REGISTRY["entities"][i]["id"], REGISTRY["entities"][j]["id"])


def test_a_single_digit_typed_wrong_in_any_qid_is_reported() -> None:
    for i in VERIFIED:
        data = copy.deepcopy(REGISTRY)
        link = data["entities"][i]["wikidata"]
        link["qid"] = link["qid"][:-1] + str((int(link["qid"][-1]) + 1) % 10)
        assert _found(data) == [("V337", str(i))], link["qid"]


#: a registry of the records the examples name
NAMES = NamesInText(Registry.model_validate({"schema_version": "1.4.0", "entities": [
    {"id": key, "type": "GPE", "name": name, "aliases": aliases, "wikidata": {"status": "unverified"}}
    for key, name, aliases in (("japan", "Japan", []), ("tokyo", "Tokyo", []), ("russia", "Russia", []),
                               ("moscow", "Moscow", []), ("korea", "Korea", []), ("north-korea", "North Korea", []),
                               ("kim-jong-un", "Kim Jong Un", ["Kim"]),
                               ("associated-press", "Associated Press", ["AP"]))]}))


@pytest.mark.parametrize(("record", "qid", "what", "shows"), [
    ("tokyo", "Q1490", "Japan (Q17) P36 (capital) = Q1490 (Tokyo)", True),
    ("japan", "Q1490", "Japan (Q17) P36 (capital) = Q1490 (Tokyo)", False),  # Japan's QID is the nearer
    ("japan", "Q17", "Japan (Q17) P36 (capital) = Q1490 (Tokyo)", True),
    ("moscow", "Q649", "Moscow (Q649) has 8 P17 claims, one of them ranked preferred (Russia)", True),
    ("russia", "Q649", "Moscow (Q649) has 8 P17 claims, one of them ranked preferred (Russia)", False),  # Moscow's
    ("north-korea", "Q423", 'country map "North Korea": "Q423"', True),
    ("korea", "Q423", 'country map "North Korea": "Q423"', False),  # the longer name, not the Korea inside it
    ("kim-jong-un", "Q56226", 'name-to-QID map entry "Kim Jong-un": "Q56226"', True),  # punctuation between words
    ("associated-press", "Q40469", 'outlet map "apnews.com": {"qid": "Q40469"}', False),  # a word's part is no name
    ("russia", "Q159", "Russia (Q1590)", False),  # nor a longer QID
    ("russia", "Q159", "Russia (wd:Q159)", True),
    ("russia", "Q159", "Russia", False),  # no QID at all
])
def test_a_source_shows_the_qid_for_the_record_named_beside_it(record: str, qid: str, what: str, shows: bool) -> None:
    assert shows_for(record, qid, what, NAMES) is shows


def test_sources_found_in_one_file_are_one_source() -> None:
    """Two searches that found the same public file (its id in `where`) are one source (guidelines: copies of one file
    count once); so is one `where` written twice with a different ending."""
    for second in ("find_string 'Kim Jong-un', public GitHub file id 52205177053", "find_string 'Q56226', public "
                   "GitHub file id 52205177053."):
        data = copy.deepcopy(REGISTRY)
        kim = next(i for i, r in enumerate(data["entities"]) if r["id"] == "kim-jong-un")
        data["entities"][kim]["wikidata"]["sources"][1]["where"] = second
        assert _found(data) == [("V336", str(kim))]


def test_the_evidence_rule_reads_a_long_source_in_linear_time() -> None:
    """A source of 40 000 characters with 4 000 QIDs and names (the registry's cap is 16 MiB): each name is held
    to the QIDs either side of it (V338 compared every QID with every other for every name: minutes at 15 000)."""
    what = " ".join(f"Russia (Q{n}) Moscow" for n in range(1000, 5000))
    assert shows_for("russia", "Q4999", what, NAMES) is True
    assert shows_for("russia", "Q1", what, NAMES) is False


@pytest.mark.parametrize(("cls", "what", "shown"), [
    ("news agency", 'HIPE news-agency map "AFP": "Q40464"', True), ("news agency", "a list of news agencies", True),
    ("country", 'QID-to-country map "Q148": "China"', True), ("city", "all cities (Q515)", True),
    ("country", "countryside (Q1)", False), ("capital", 'statement "P36 capital of"', True),
    ("human", "vladimir putin (Q7747)", False),
])
def test_a_class_is_shown_by_its_words_singular_or_plural(cls: str, what: str, shown: bool) -> None:
    from vostochny.checking.rules.wikidata import _class_words

    assert bool(_class_words(cls).search(what)) is shown


def test_a_class_no_source_shows_is_reported() -> None:
    """Moscow classed a country (a GPE, as a country is: V309 cannot tell): none of its sources shows a country."""
    data = copy.deepcopy(REGISTRY)
    moscow = next(i for i, r in enumerate(data["entities"]) if r["id"] == "moscow")
    data["entities"][moscow]["wikidata"]["instance_of"] = "country"
    assert _found(data) == [("V339", str(moscow))]


@pytest.mark.parametrize(("first", "second", "places"), [
    ("https://github.com/a/b/blob/main/x.py#L10", "https://github.com/a/b/blob/main/x.py#L42", 1),  # one file, 2 lines
    ("https://github.com/a/b/blob/main/x.py", "https://raw.githubusercontent.com/a/b/main/x.py", 1),  # its raw copy
    ("find_string 'Q1', public GitHub file id 7", "read_file id 7", 1),
    ("find_string 'http://www.wikidata.org/entity/Q1', public GitHub file id 7",
     "find_string 'http://www.wikidata.org/entity/Q1', public GitHub file id 8", 2),  # the query's URL is no place
    ("from memory", "a page I read", 0), ("https://a.org/x?page=1", "https://a.org/y", 2),
    # an address without a host is no place (each counted as the place `https`: found by a review)
    ("https://a.org/x", "https://?x", 1), ("https://#b", "https://...", 0), ("https://a.org:8080/x", "https://a", 1),
])
def test_sources_are_counted_by_the_place_they_were_found(first: str, second: str, places: int) -> None:
    from vostochny.checking.rules.wikidata import _independent
    from vostochny.model.models import WikidataSource

    sources = [WikidataSource(where=where, what="Q1") for where in (first, second)]
    assert _independent(sources) == places


@pytest.mark.parametrize(("cls", "what", "shown"), [
    ("city", "Tokyo (Q1490) is not typed as a city and had to be added manually", False),  # negated
    ("country", 'statement table "P17 country | Tallinn (Q1770)"', False),  # a property's label
    ("city", "Seoul Special City = Seoul (Q8684)", False),  # a name's word
    ("country", 'QID-to-country map "Q148": "China"', True), ("city", "a list of cities (Q515): Tokyo (Q1490)", True),
])
def test_a_class_is_shown_only_where_a_source_says_it_is_one(cls: str, what: str, shown: bool) -> None:
    from vostochny.checking.rules.wikidata import _shows_class

    assert _shows_class(cls, what) is shown


def test_a_name_in_capitals_is_found_as_written() -> None:
    """`US`, `AP`, `TIME`: aliases in capitals are words of their own in lower case (`told us`, `at the time`)."""
    names = NamesInText(Registry.model_validate({"schema_version": "1.4.0", "entities": [
        {"id": "united-states", "type": "GPE", "name": "United States", "aliases": ["US"],
         "wikidata": {"status": "unverified"}}]}))
    assert [found.what for found in names.find("sources told us (Q30) about the US (Q30)")] == [
        frozenset({"united-states"})]
    assert shows_for("united-states", "Q30", "the US (Q30)", names) is True
    assert shows_for("united-states", "Q30", "sources told us (Q30)", names) is False


@pytest.mark.parametrize(("record", "shows"), [("moscow", True), ("russia", False)])
def test_a_label_of_a_place_and_where_it_is_shows_the_place(record: str, shows: bool) -> None:
    """`"Moscow, Russia": "Q649"` (a geocoder's label): Moscow's item, in Russia; V338 refused it for Moscow and
    accepted it for Russia (the name nearest the QID), as an attack found."""
    assert shows_for(record, "Q649", 'geocoder map "Moscow, Russia": "Q649"', NAMES) is shows


def test_a_list_of_people_is_no_label_and_a_name_in_capitals_may_open_with_a_number() -> None:
    """`Kim Jong Un, Vladimir Putin (Q7747)` lists two people: the QID is Putin's, not the first name's label; `38
    NORTH` (a name in capitals opening with digits) is found as written (a review found both)."""
    names = NamesInText(Registry.model_validate({"schema_version": "1.4.0", "entities": [
        {"id": key, "type": etype, "name": name, "aliases": [], "wikidata": {"status": "unverified"}}
        for key, etype, name in (("kim-jong-un", "PER", "Kim Jong Un"), ("vladimir-putin", "PER", "Vladimir Putin"),
                                 ("38-north", "ORG", "38 NORTH"))]}))
    what = "participants: Kim Jong Un, Vladimir Putin (Q7747)"
    assert shows_for("vladimir-putin", "Q7747", what, names) and not shows_for("kim-jong-un", "Q7747", what, names)
    assert shows_for("38-north", "Q123", "38 NORTH (Q123)", names)


@pytest.mark.parametrize(("what", "shown"), [("Q159 P31: country", True), ("P31 = human (Q5)", False),
                                             ("P279 country", True), ("P17 country", False)])
def test_instance_of_and_subclass_of_show_the_class(what: str, shown: bool) -> None:
    from vostochny.checking.rules.wikidata import _shows_class

    assert _shows_class("country", what) is shown


def test_one_file_at_two_commits_is_one_place() -> None:
    from vostochny.checking.rules.wikidata import _place

    assert _place("https://github.com/o/r/blob/main/x.json") == _place("https://github.com/o/r/blob/3f2a/x.json") \
        == _place("https://raw.githubusercontent.com/o/r/3f2a/x.json#L4")
    assert _place("https://github.com/o/r/blob/main/x.json") != _place("https://github.com/o/r/blob/main/y.json")


def test_a_source_no_one_can_open_again_is_none() -> None:
    """`from memory`, `a guess` (with a `what` that names the record beside its QID) passed V336-V338: a `where`
    names a URL or a public file id, or the source counts for nothing (a review found it)."""
    data = copy.deepcopy(REGISTRY)
    putin = next(i for i, r in enumerate(data["entities"]) if r["id"] == "vladimir-putin")
    data["entities"][putin]["wikidata"]["sources"] = [{"where": where, "what": "Vladimir Putin (Q7747)"}
                                                      for where in ("from memory", "a guess")]
    assert _found(data) == [("V336", str(putin))]


def _against_evidence(data: dict, evidence: dict | None = None) -> list[tuple[str, str]]:
    """(pointer, value) of V371's hits on the registry `data` against the repository's evidence file (or `evidence`)."""
    from vostochny.checking.rules.wikidata import wikidata_status_against_evidence
    from vostochny.reading.evidence import read_evidence

    recorded = read_evidence(REPO)[0] if evidence is None else evidence
    ctx = CorpusContext(Registry.model_validate(data), None, [], set(), True, wikidata_evidence=recorded)
    return [(hit.pointer, hit.value) for hit in wikidata_status_against_evidence(ctx)]


def _relinked(record: str, link: dict) -> tuple[dict, int]:
    data = copy.deepcopy(REGISTRY)
    (i,) = [i for i, r in enumerate(data["entities"]) if r["id"] == record]
    data["entities"][i]["wikidata"] = link
    return data, i


def test_the_corpus_s_links_are_those_its_evidence_records() -> None:
    assert _against_evidence(REGISTRY) == []


@pytest.mark.parametrize(("record", "link", "where"), [
    ("kim-jong-un", {"status": "no-entry"}, "status"),  # an attack's edit: it passed
    # made unverified by hand: the QID and sources dropped as well (a review's edit: it passed); a link withdrawn is
    # withdrawn in the evidence file, which the registry is compiled from
    ("kim-jong-un", {"status": "unverified"}, "status"),
    ("ammunition", {"status": "verified", "qid": "Q7747", "instance_of": None, "sources": []}, "status"),
    ("kim-jong-un", {**REGISTRY["entities"][VERIFIED[0]]["wikidata"]}, "qid"),  # another record's link, sources and all
])
def test_a_link_against_its_recorded_evidence_is_refused(record: str, link: dict, where: str) -> None:
    data, i = _relinked(record, link)
    if REGISTRY["entities"][VERIFIED[0]]["id"] == record:
        pytest.skip("the first verified record is the one relinked")
    assert [pointer for pointer, _ in _against_evidence(data)] == [f"/entities/{i}/wikidata/{where}"]


@pytest.mark.parametrize("link", [{"status": "no-entry"}, {**REGISTRY["entities"][VERIFIED[0]]["wikidata"]}])
def test_evidence_verified_without_a_qid_is_said_so(link: dict) -> None:
    """V371's message read `verified as None` (and `Q... here, None in ...`) for evidence verified without a QID."""
    from vostochny.checking.rules.wikidata import wikidata_status_against_evidence
    from vostochny.reading.evidence import Evidence

    data, _ = _relinked("kim-jong-un", link)
    ctx = CorpusContext(Registry.model_validate(data), None, [], set(), True,
                        wikidata_evidence={"kim-jong-un": Evidence("verified", None)})
    (hit,) = wikidata_status_against_evidence(ctx)
    assert "None" not in hit.detail and "no QID" in hit.detail, hit.detail


def test_a_link_without_settled_evidence_is_not_judged() -> None:
    data, _ = _relinked("kim-jong-un", {"status": "no-entry"})
    assert _against_evidence(data, {}) == []  # a corpus without the evidence file (the packaged one)


def test_an_evidence_file_that_cannot_be_read_is_said_in_a_note(tmp_path) -> None:
    from vostochny.reading.evidence import EVIDENCE_FILE, read_evidence

    (tmp_path / EVIDENCE_FILE).parent.mkdir(parents=True)
    (tmp_path / EVIDENCE_FILE).write_text('{"records": {"kim-jong-un": {"qid": "Q56226"}}}', encoding="utf-8")
    found, note = read_evidence(tmp_path)
    assert found == {} and note is not None and "V371" in note
