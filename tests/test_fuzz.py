"""Fuzzing the validator: random damage never makes it raise or hang, and damage that breaks a rule
is always reported. Bounded for CI; `HYPOTHESIS_PROFILE=long pytest tests/test_fuzz.py` runs longer."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sample import SAMPLE_ID, sample_document, write_sample_corpus
from vostochny.labels import ENTITY_TYPES, MENTION_KINDS, QUOTE_KINDS, RELATION_TYPES, ZONE_KINDS
from vostochny.validator import validate

ALL_LABELS = {*ENTITY_TYPES, *MENTION_KINDS, *QUOTE_KINDS, *RELATION_TYPES, *ZONE_KINDS}

settings.register_profile("ci", max_examples=40, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=2000, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

CORPUS = write_sample_corpus(Path(tempfile.mkdtemp(prefix="vostochny-fuzz-")))
DOC_PATH = CORPUS / "annotations" / f"{SAMPLE_ID}.json"
VALID = json.dumps(sample_document(), ensure_ascii=False, indent=2).encode("utf-8")


def run(data: bytes):  # noqa: ANN201
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
