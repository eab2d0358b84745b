"""`loader.locate`: the line and column of a problem's JSON pointer, found by walking only the path to it.

It replaced a full source map of the file (`json_source_map`, ~30 ms on a 79 KB document, paid for
every file with a warning); these tests hold it to the source map's answers on real documents."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import REPO
from json_source_map import calculate

import vostochny.checking.rules  # noqa: F401  (declares the rule codes `problem` reads)
from vostochny.checking.problems import Problem, escape_pointer, problem
from vostochny.reading import loader


def _pointers(value: Any, base: str = "") -> Iterator[str]:
    yield base
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _pointers(item, f"{base}/{escape_pointer(key)}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _pointers(item, f"{base}/{i}")


def _located(text: str, ptr: str) -> tuple[int, int]:
    found: list[Problem] = [problem("V202", "f.json", ptr, "test")]
    loader.locate(found, text)
    return found[0].line, found[0].column


@pytest.mark.parametrize("name", ["ap-kim-whereabouts-after-summit.json", "registry"])
def test_every_pointer_is_where_the_source_map_says(name: str) -> None:
    path = REPO / "annotations" / ("entities.json" if name == "registry" else name)
    text = path.read_text(encoding="utf-8")
    entries = calculate(text)
    for ptr in list(_pointers(json.loads(text)))[::7]:
        entry = entries[ptr]
        start = entry.key_start or entry.value_start
        assert _located(text, ptr) == (start.line + 1, start.column + 1), ptr


def test_a_missing_member_or_item_is_placed_at_its_nearest_ancestor() -> None:
    text = '{\n  "a": {"b": [10, {"c": 1}]},\r\n  "x": [ ]\n}'
    assert _located(text, "/a/b/1/c") == (2, 20)  # the key
    assert _located(text, "/a/b/1/nope") == (2, 19)  # the item holding no such key
    assert _located(text, "/a/b/5") == (2, 9)  # the list's key: it has two items
    assert _located(text, "/x/0") == (3, 3)
    assert _located(text, "/a/b/not-an-index") == (2, 9)
    assert _located(text, "") == (1, 1)


def test_keys_with_slash_and_tilde_are_found_by_their_escaped_pointer() -> None:
    text = '{"a/b": 1, "c~d": {"e": 2}}'
    assert _located(text, "/a~1b") == (1, 2)
    assert _located(text, "/c~0d/e") == (1, 20)


def test_the_first_of_two_equal_keys_is_the_one_located() -> None:
    assert _located('{"a": 1, "a": 2}', "/a") == (1, 2)


def test_a_text_that_breaks_before_the_pointer_leaves_the_problem_unlocated() -> None:
    assert _located('{"a": [1, 2', "/a/5") == (0, 0)
    assert _located('{"a": [1, 2', "/a/1") == (1, 11)  # the path to it is whole


def test_problems_located_together_are_where_the_source_map_says() -> None:
    """One `locate` call for every pointer of a document: the walks it keeps between pointers give each
    the place it gets alone."""
    text = (REPO / "annotations" / "ap-kim-whereabouts-after-summit.json").read_text(encoding="utf-8")
    entries = calculate(text)
    pointers = list(_pointers(json.loads(text)))
    found = [problem("V202", "f.json", ptr, "test") for ptr in reversed(pointers)]  # backwards, and repeated
    loader.locate(found + [problem("V202", "f.json", ptr, "test") for ptr in pointers[::3]], text)
    for p in found:
        entry = entries[p.pointer]
        start = entry.key_start or entry.value_start
        assert (p.line, p.column) == (start.line + 1, start.column + 1), p.pointer


def test_locating_every_token_walks_the_file_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A document whose raw text changed has a problem per token and span (folded into V203): each was
    located by skipping every item before it again, quadratic (seconds per document). Now each value of
    the file is scanned at most once, however many problems point into it."""
    text = (REPO / "annotations" / "ap-kim-whereabouts-after-summit.json").read_text(encoding="utf-8")
    data = json.loads(text)
    scanned: list[int] = []
    scanner = loader._SCAN

    class Counting:
        def raw_decode(self, s: str, i: int) -> tuple[Any, int]:
            scanned.append(i)
            return scanner.raw_decode(s, i)

    monkeypatch.setattr(loader, "_SCAN", Counting())
    found = [problem("V202", "f.json", f"/{layer}/{i}", "test")
             for layer in ("tokens", "mentions") for i in range(len(data[layer]))]
    loader.locate(found, text)
    assert all(p.line for p in found)
    assert len(scanned) == len(set(scanned))  # no value twice
    assert len(scanned) <= 2 * len(data) + len(data["tokens"]) + len(data["mentions"])  # keys and values once


@pytest.mark.parametrize("text, where", [
    ('{"a": 1,\n "b": {"x": "é", "x": 2}}', (2, 18)),  # columns count code points
    ('{"x": 1, "x": 2, "x": 3}', (1, 10)),  # each repeat; the first of them is reported first
    ('{"l": [{"k": 1}, {"k": 2, "k": 3}]}', (1, 27)),  # the same key in another object is no repeat
])
def test_a_duplicate_key_is_placed_at_its_second_occurrence(text: str, where: tuple[int, int]) -> None:
    """V002 says which key to remove: the one that silently replaced the first (`locate` would find the
    first of two equal keys, so the place comes from the source map of the file)."""
    [first, *rest] = loader.parse_json(text.encode(), "d.json")[2]
    assert (first.code, first.line, first.column) == ("V002", *where)
    lines = text.splitlines()
    assert lines[first.line - 1][first.column - 1:].startswith('"' + first.pointer.rsplit("/", 1)[-1] + '"')
    assert all(p.code == "V002" and (p.line, p.column) > where for p in rest)
