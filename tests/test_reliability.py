"""Krippendorff's alpha: Krippendorff's own worked examples, and the `krippendorff` package (PyPI) on random
reliability data and on the real annotation passes."""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import krippendorff
import numpy as np
import pytest
from conftest import REPO
from hypothesis import given, settings
from hypothesis import strategies as st

from vostochny.verbs.compare import LABEL_DECISIONS, Agreement, attribute_summary, read_documents
from vostochny.verbs.reliability import Reliability, coincidences, nominal_alpha

N = None
#: Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: four observers, twelve units,
#: missing values; nominal alpha = .743
OBSERVERS = [[1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
             [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
             [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
             [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N]]


def _reference(units: list[tuple[object, ...]]) -> float:
    """The `krippendorff` package's nominal alpha (nan where undefined), labels coded as numbers."""
    codes = {label: i for i, label in enumerate(sorted({v for u in units for v in u if v is not None}, key=str))}
    data = np.array([[np.nan if v is None else codes[v] for v in coder] for coder in zip(*units, strict=True)],
                    dtype=float)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # its 0/0 where alpha is undefined
        # the domain is given: with one label in the data, the package would refuse rather than say undefined
        return float(krippendorff.alpha(reliability_data=data, value_domain=list(range(max(len(codes), 2))),
                                        level_of_measurement="nominal"))


def test_krippendorff_2011_example_with_missing_values() -> None:
    units = list(zip(*OBSERVERS, strict=True))
    result = nominal_alpha(units)
    # unit 12 has one value and drops out; units 6, 2 and 8 have values that differ
    assert (result.units, result.disagreements) == (11, 3)
    assert result.alpha == pytest.approx(0.743, abs=5e-4)
    # the paper's coincidence matrix: o_11 = 7, o_12 = 4/3 (units 6 and 8), o_55 = 3; n_c = 9, 13, 10, 5, 3
    matrix = coincidences(units)
    assert (matrix[1, 1], matrix[5, 5]) == (7, 3) and matrix[1, 2] == pytest.approx(4 / 3)
    totals = [sum(w for (c, _), w in matrix.items() if c == label) for label in range(1, 6)]
    assert totals == pytest.approx([9, 13, 10, 5, 3])


def test_krippendorff_2011_binary_example_two_observers() -> None:
    # o_00 = 10, o_01 = o_10 = 4, o_11 = 2; n_0 = 14, n_1 = 6: alpha = 1 - 19 * 4 / (14 * 6) = 2/21 (the paper's .095)
    a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert nominal_alpha(list(zip(a, b, strict=True))) == Reliability(pytest.approx(2 / 21), 10, 4)


def test_perfect_chance_and_undefined_agreement() -> None:
    assert nominal_alpha([("PER", "PER"), ("GPE", "GPE"), ("ORG", None)]) == Reliability(1.0, 2, 0)
    # two units, each split: observed disagreement equals the expected one -> alpha 1 - 3 * 4 / (16 - 8) < 0
    assert nominal_alpha([("a", "b"), ("b", "a")]).alpha == pytest.approx(-0.5)
    # one label only: no expected disagreement, alpha is undefined; units with one value pair with nothing
    assert nominal_alpha([("PER", "PER"), ("GPE", None), (None, None)]) == Reliability(None, 1, 0)
    assert nominal_alpha([]) == Reliability(None, 0, 0)


_LABEL = st.none() | st.sampled_from(["PER", "GPE", "ORG", "LOC"])


@settings(max_examples=200, deadline=None)
@given(st.integers(2, 4).flatmap(lambda coders: st.lists(st.tuples(*[_LABEL] * coders), min_size=1, max_size=30)))
def test_equals_the_krippendorff_package_on_random_data(units: list[tuple[str | None, ...]]) -> None:
    got = nominal_alpha(units).alpha
    pairable = [u for u in units if sum(v is not None for v in u) >= 2]
    if not pairable:  # the package refuses data without a pairable unit; alpha is undefined
        assert got is None
        with pytest.raises(ValueError, match="at least two coders"):
            _reference(units)
    elif len({v for u in pairable for v in u} - {None}) < 2:
        assert got is None and np.isnan(_reference(units))
    else:
        assert got == pytest.approx(_reference(units), abs=1e-9)


_FACTUALITY = st.none() | st.sampled_from(["asserted", "reported", "possible", "denied"])


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(_FACTUALITY, _FACTUALITY), min_size=1, max_size=30))
def test_attribute_alpha_equals_the_krippendorff_package(units: list[tuple[str | None, str | None]]) -> None:
    """An attribute's alpha is over the records both corpora labelled; an unlabelled side is a missing value."""
    got = attribute_summary(units)
    both = [u for u in units if None not in u]
    assert got["annotated"] == got["alpha"]["units"] == len(both)
    assert got["only_a"] + got["only_b"] + got["annotated"] + sum(u == (None, None) for u in units) == len(units)
    if len({v for u in both for v in u}) < 2:
        assert got["alpha"]["alpha"] is None
    else:
        assert got["alpha"]["alpha"] == pytest.approx(_reference(units), abs=1e-4)


@pytest.fixture(scope="module")
def passes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The first and second annotation passes compiled as `scripts/annotation/report.py` does."""
    sys.path.insert(0, str(REPO / "scripts" / "annotation"))
    try:
        from report import compile_pass
    finally:
        sys.path.pop(0)
    scratch = tmp_path_factory.mktemp("passes")
    return {name: compile_pass(name, scratch) for name in ("first", "second", "gold")}


def test_real_passes_match_the_package_and_the_stored_figures(passes: dict[str, Path]) -> None:
    docs_a, docs_b = read_documents(passes["first"]), read_documents(passes["second"])
    agreement = Agreement()
    for doc_id in sorted(docs_a):
        agreement.add(docs_a[doc_id], docs_b[doc_id])
    summary = agreement.summary()["label_alpha"]
    assert set(summary) == set(LABEL_DECISIONS)
    for name, units in agreement.labels.items():
        got = nominal_alpha(units)
        assert got.alpha is not None and got.alpha == pytest.approx(_reference(units), abs=1e-9), name
    stored = json.loads((REPO / "annotations" / "agreement.json").read_text(encoding="utf-8"))
    assert stored["first_vs_second"]["label_alpha"] == summary  # the report is regenerated after a change


def test_stored_figures_are_what_the_report_computes(passes: dict[str, Path]) -> None:
    """Every figure of `annotations/agreement.json`, the attributes and quote links of schema 1.4.0
    included, is what `report.py` computes now: its links placed in the gold quotes they were annotated
    over (placed in each pass's own quotes, first vs second shared 2 of 5 links instead of 5)."""
    sys.path.insert(0, str(REPO / "scripts" / "annotation"))
    try:
        from report import PASSES, place_links_in_gold
    finally:
        sys.path.pop(0)
    from vostochny.verbs.compare import diff, to_json

    assert all(place_links_in_gold(name, passes) for name in PASSES)
    stored = json.loads((REPO / "annotations" / "agreement.json").read_text(encoding="utf-8"))
    for a, b in (("first", "second"), ("first", "gold"), ("second", "gold")):
        fresh = to_json(diff(passes[a], passes[b], quotes_of=passes["gold"]))["agreement"]
        assert json.loads(json.dumps(fresh)) == stored[f"{a}_vs_{b}"], (a, b)
    links = stored["first_vs_second"]["quote_links"]
    assert links["compared"] and links["shared"]["tp"] == 5 and links["shared"]["f1"] == 1.0



def test_report_names_the_passes_without_quote_links() -> None:
    sys.path.insert(0, str(REPO / "scripts" / "annotation"))
    try:
        from report import links_section
    finally:
        sys.path.pop(0)
    from vostochny.verbs.link_agreement import not_compared

    summary = {"quote_links": not_compared("Quote links not compared: B has no quote links file.")}
    assert links_section(("first", "second"), summary, {"first": True, "second": False}) == [
        "Quote links: not compared; no links in `second` (no `scripts/annotation/links/second.py`).", ""]
    compared = {"quote_links": {"compared": True, "note": "", "links_a": 2, "links_b": 1, "unresolved_a": 0,
                                "unresolved_b": 0, "wording_agree": 1, "via_agree": 1,
                                "shared": {"tp": 1, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.5, "f1": 0.6667},
                                "wording_alpha": {"units": 1, "disagreements": 0, "alpha": None}}}
    lines = links_section(("first", "second"), compared, {"first": True, "second": True})
    assert "| links (same two quotes) | 1 | 1 | 0 | 1.000 | 0.500 | 0.667 |" in lines
    assert ("Wording on the shared link: 1 agree, 0 differ; Krippendorff's alpha (nominal) undefined. The same "
            "channels (`via`) on 1 of them.") in lines
