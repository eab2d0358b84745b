"""Fuzzing the validator: every mutation kind of `tests/fuzzing` gets its declared outcome (no crash,
hang, false accept, false reject or misreport) in a bounded, seeded sample; random byte damage never
makes it raise; damage that breaks a rule is always reported. Longer runs: `python -m tests.fuzzing
--cases 10000 --seed N` (see docs/robustness.md) and `HYPOTHESIS_PROFILE=long pytest tests/test_fuzz.py`."""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import pytest
from fuzzing import KINDS, Kind, run_campaign
from fuzzing.campaign import FINDINGS, Case, Verdict, classify, describe
from fuzzing.corpora import BASES, materialize
from fuzzing.kinds import ACCEPT, reject
from fuzzing.runner import Result, run_inprocess
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sample import SAMPLE_ID, sample_document, write_sample_corpus

from vostochny import cli
from vostochny.checking import rules, rules_cf  # noqa: F401 - registers the document and corpus codes
from vostochny.checking.problems import CATALOGUE
from vostochny.checking.validator import validate
from vostochny.model.labels import ENTITY_TYPES, MENTION_KINDS, QUOTE_KINDS, RELATION_TYPES, ZONE_KINDS

ALL_LABELS = {*ENTITY_TYPES, *MENTION_KINDS, *QUOTE_KINDS, *RELATION_TYPES, *ZONE_KINDS}

settings.register_profile("ci", max_examples=40, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=2000, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

CORPUS = write_sample_corpus(Path(tempfile.mkdtemp(prefix="vostochny-fuzz-")))
DOC_PATH = CORPUS / "annotations" / f"{SAMPLE_ID}.json"
VALID = json.dumps(sample_document(), ensure_ascii=False, indent=2).encode("utf-8")


def run(data: bytes):
    DOC_PATH.write_bytes(data)
    return validate(CORPUS)


@given(st.data())
def test_byte_damage_never_raises(data: st.DataObject) -> None:
    raw = bytearray(VALID)
    for _ in range(data.draw(st.integers(1, 8))):
        how = data.draw(st.sampled_from(["flip", "delete", "insert", "truncate"]))
        at = data.draw(st.integers(0, max(0, len(raw) - 1)))
        if not raw:
            break
        if how == "flip":
            raw[at] = data.draw(st.integers(0, 255))
        elif how == "delete":
            del raw[at]
        elif how == "insert":
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=4))
        else:
            del raw[at:]
    report = run(bytes(raw))
    assert report.files == 1
    if bytes(raw) != VALID:
        for problem in report.problems:
            assert problem.code and problem.file and problem.message


SPAN_PATHS = [("mentions", i) for i in range(6)] + [("sentences", 0), ("zones", 0), ("quotes", 0, "content", 0)]
REFERENCES = [("mentions", 0, "entity"), ("relations", 0, "head"), ("relations", 1, "tail"), ("quotes", 0, "speaker")]
LABELS = [("entities", 0, "type"), ("mentions", 2, "kind"), ("relations", 0, "type"), ("quotes", 0, "kind"),
          ("zones", 1, "kind")]


def _at(doc: dict, path: tuple) -> dict:
    for key in path:
        doc = doc[key]
    return doc


@given(st.sampled_from(["offset", "reference", "label", "missing", "duplicate-id"]), st.data())
def test_rule_breaking_damage_is_always_reported(how: str, data: st.DataObject) -> None:
    doc = sample_document()
    if how == "offset":
        span = _at(doc, data.draw(st.sampled_from(SPAN_PATHS)))
        key = data.draw(st.sampled_from(["start", "end"]))
        moved = span[key] + data.draw(st.integers(-5, 5).filter(bool))
        assume(moved >= 0)
        span[key] = moved
    elif how == "reference":
        *path, key = data.draw(st.sampled_from(REFERENCES))
        _at(doc, tuple(path))[key] = data.draw(st.from_regex(r"x[0-9]{1,3}", fullmatch=True))
    elif how == "label":
        *path, key = data.draw(st.sampled_from(LABELS))
        _at(doc, tuple(path))[key] = data.draw(st.text(min_size=1, max_size=10).filter(lambda s: s not in ALL_LABELS))
    elif how == "missing":
        del doc[data.draw(st.sampled_from(["id", "sha256", "tokens", "mentions", "quotes"]))]
    else:
        layer = data.draw(st.sampled_from(["mentions", "entities", "relations"]))
        doc[layer][1]["id"] = doc[layer][0]["id"]
    report = run(json.dumps(doc, ensure_ascii=False).encode("utf-8"))
    assert report.errors, (how, doc)


CI_SEED, CI_RUNS = 20261202, 3
FAMILIES_REQUIRED = {"file", "types", "numbers", "strings", "structure", "tokens", "sentences", "spans", "references",
                     "registry", "splits", "raw", "special files", "benign format", "benign edit", "quote links"}


def _ci_cases() -> list[Case]:
    """Every kind CI_RUNS times (alternating bases), and every tenth kind once more through the CLI."""
    cases = [Case(k, CI_SEED, i) for k in KINDS for i in range(CI_RUNS)]
    return cases + [Case(k, CI_SEED, CI_RUNS, cli=True) for k in KINDS[::10] if not k.cli_only]


@pytest.fixture(scope="module")
def ci_verdicts() -> dict[str, list[Verdict]]:
    """The bounded sample, run once for all the per-kind tests (command-line cases 4 at a time)."""
    verdicts: dict[str, list[Verdict]] = defaultdict(list)
    run_campaign(_ci_cases(), jobs=4, cli_timeout=15, progress=lambda v: verdicts[v.case.kind.name].append(v))
    return verdicts


@pytest.mark.parametrize("kind", KINDS, ids=[k.name for k in KINDS])
def test_every_kind_gets_its_expected_outcome(kind: Kind, ci_verdicts: dict[str, list[Verdict]]) -> None:
    verdicts = ci_verdicts[kind.name]
    assert len([v for v in verdicts if v.outcome != "skipped"]) >= CI_RUNS
    findings = [describe(v) for v in verdicts if v.outcome != "ok"]
    assert not findings, "\n".join(findings)


def test_catalogue_covers_the_issue() -> None:
    assert len(KINDS) >= 50
    assert len({k.name for k in KINDS}) == len(KINDS)
    assert {k.family for k in KINDS} >= FAMILIES_REQUIRED
    assert sum(k.expect.accept for k in KINDS) >= 10
    for k in KINDS:
        assert k.summary and set(k.expect.codes) <= set(CATALOGUE), k.name


@pytest.mark.parametrize("base", BASES)
def test_base_corpora_are_valid(base: str, tmp_path: Path) -> None:
    """Every accept kind relies on an undamaged base validating clean."""
    result = run_inprocess(materialize(base, tmp_path / base).root, (), 20)
    assert (result.exit, result.codes, result.crash) == (0, set(), "")


@pytest.mark.parametrize(("expect", "result", "outcome"), [
    (ACCEPT, Result(0), "ok"),
    (ACCEPT, Result(1, {"V202"}), "false reject"),
    (ACCEPT, Result(None), "hang"),
    (reject("V202"), Result(0), "false accept"),
    (reject("V202"), Result(1, {"V202", "V213"}), "ok"),
    (reject("V202"), Result(1, {"V213"}), "misreport"),
    (reject("V202"), Result(1), "misreport"),
    (reject("V202"), Result(2), "misreport"),
    (reject("V008", refused=True), Result(2), "ok"),
    (reject(), Result(1, {"V101"}), "ok"),
    (reject("V202"), Result(3, crash="internal error"), "crash"),
    (reject("V202"), Result(1, {"V202"}, crash="Traceback"), "crash"),
    (reject("V202"), Result(-9), "crash"),
])
def test_classify(expect: object, result: Result, outcome: str) -> None:
    assert classify(expect, result) == outcome  # type: ignore[arg-type]
    assert outcome in (*FINDINGS, "ok")


def test_watchdog_stops_a_hanging_validator(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(cli, "main", lambda argv: time.sleep(30))
    started = time.monotonic()
    assert run_inprocess(tmp_path, (), 0.2).exit is None
    assert time.monotonic() - started < 5


def test_an_exception_out_of_main_is_a_crash(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def boom(argv: list[str]) -> int:
        raise RecursionError("deep")

    monkeypatch.setattr(cli, "main", boom)
    result = run_inprocess(tmp_path, (), 5)
    assert classify(reject(), result) == "crash" and "RecursionError" in result.crash


def test_the_robustness_page_lists_every_kind_as_registered() -> None:
    """docs/robustness.md's table of kinds is `kinds_markdown()`: a kind added, renamed or given another
    expected outcome shows there (it had fallen 31 kinds behind)."""
    from fuzzing.catalogue import kinds_markdown

    page = (Path(__file__).resolve().parents[1] / "docs" / "robustness.md").read_text(encoding="utf-8")
    section = page.split("## Mutation kinds\n\n", 1)[1].split("\n## ", 1)[0]
    assert section == kinds_markdown(), "run `python -m tests.fuzzing --kinds-table` and paste it into the page"
