"""The pattern cache (`vostochny.patterns`): it serves only what `re` makes of a pattern, ignores a file it did not
write whole, never fails a command, and every constant pattern of the package goes through it."""

from __future__ import annotations

import ast
import marshal
import os
import re
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from platformdirs import user_cache_path
from sample import REPO

from vostochny import patterns, user_cache

PACKAGE = REPO / "src" / "vostochny"
#: functions whose pattern is a constant built once (a pattern built from a corpus's data would grow the file)
CONSTANT_BUILDERS = {"checking/rules/quote_gaps.py": {"_speech_verb"}, "checking/rules/base.py": {"first_use"},
                     "checking/rules/relation_titles.py": {"_title_patterns"}}
PATTERNS: list[tuple[str | bytes, int]] = [
    (r"(?P<word>\w+)@(?i:x)", 0), (r"\bsaid\b", re.IGNORECASE), (r" a (?# comment) b ", re.VERBOSE), (rb"\\u[dD]", 0)]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder this process reads from its next pattern on (as a fresh process would)."""
    monkeypatch.setenv(user_cache.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(patterns, "_file", [])
    monkeypatch.setattr(patterns, "_new", {})
    return tmp_path / "cache"


def _fresh_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(patterns, "_file", [])
    monkeypatch.setattr(patterns, "_new", {})


def _calls(path: Path, name: str) -> Iterator[tuple[ast.Call, str | None]]:
    """Each call of `name` (`re.compile` or `compiled`) in `path`, with the function it is in (None at import)."""

    def walk(node: ast.AST, function: str | None) -> Iterator[tuple[ast.Call, str | None]]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else function
            if isinstance(child, ast.Call) and ast.unparse(child.func) == name:
                yield child, function
            yield from walk(child, inner)

    yield from walk(ast.parse(path.read_text(encoding="utf-8")), None)


def test_every_constant_pattern_goes_through_the_cache() -> None:
    """A `re.compile` run at import is a pattern every process compiles again: it goes through `compiled`; and
    `compiled` is never called from a function other than a constant's builder."""
    at_import, from_data, served = [], [], 0
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel == "patterns.py":
            continue
        for call, function in _calls(path, "re.compile"):
            if function is None or function in CONSTANT_BUILDERS.get(rel, set()):
                at_import.append(f"{rel}:{call.lineno}")
        for call, function in _calls(path, "compiled"):
            served += 1
            if function is not None and function not in CONSTANT_BUILDERS.get(rel, set()):
                from_data.append(f"{rel}:{call.lineno} in {function}")
    assert not at_import, "use vostochny.patterns.compiled for these"
    assert not from_data, "a pattern built at run time is compiled with re.compile"
    assert served > 100


def test_a_second_process_is_served_every_pattern_of_the_validator(tmp_path: Path) -> None:
    """A run writes every constant pattern it compiled; in the next, each one comes from the file, and equals what
    `re.compile` makes of it (patterns compare their flags, their text and their code)."""
    env = {**os.environ, user_cache.CACHE_ENV: str(tmp_path)}
    script = ("import vostochny.patterns as p, vostochny.cli, vostochny.checking.validator, vostochny.model.tokenize\n"
              "print(len(p._new), len(p._known()))")
    first = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    made, known = map(int, first.stdout.split())
    assert made > 80 and known == 0
    assert second.stdout.split() == ["0", str(made)]  # nothing compiled afresh, everything served
    [written] = (tmp_path / "patterns").iterdir()
    entries = patterns._read(written)
    assert len(entries) == made
    for (pattern, flags), entry in entries.items():
        served, made = patterns._sre.compile(pattern, *marshal.loads(entry)), re.compile(pattern, flags)
        assert served == made and (served.groups, served.groupindex) == (made.groups, made.groupindex), pattern


def test_a_pattern_is_compiled_then_served(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = [patterns.compiled(p, f) for p, f in PATTERNS]
    assert made == [re.compile(p, f) for p, f in PATTERNS] and len(patterns._new) == len(PATTERNS)
    patterns._save()
    _fresh_process(monkeypatch)
    served = [patterns.compiled(p, f) for p, f in PATTERNS]
    assert served == made and not patterns._new
    assert served[0].groupindex == {"word": 1} and served[0].match("ab@X")
    assert served[1].search("He SAID so") and not served[1].search("saidst")
    assert served[2].fullmatch("ab") and served[2].flags == made[2].flags
    assert served[3].match(b"\\uD800") and not served[3].match(b"\\u0041")


def _file_with(rest: bytes) -> Path:
    """A cache file whose CRC holds, of `rest` (which should be the `marshal` of the build and the entries)."""
    path = patterns.cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(patterns.MAGIC + zlib.crc32(rest).to_bytes(4, "big") + rest)
    return path


@pytest.mark.parametrize("damage", ["byte flipped", "cut short", "another magic", "not marshal", "not a dict",
                                    "another build"])
def test_a_damaged_file_is_ignored_and_written_again(cache: Path, damage: str) -> None:
    pattern, flags = PATTERNS[0]
    patterns.compiled(pattern, flags)
    patterns._save()
    path = patterns.cache_file()
    data = path.read_bytes()
    if damage == "byte flipped":
        data = data[:-3] + bytes([data[-3] ^ 1]) + data[-2:]
    elif damage == "cut short":
        data = data[: len(data) // 2]
    elif damage == "another magic":
        data = b"X" + data[1:]
    path.write_bytes(data)
    if damage == "not marshal":
        _file_with(b"\xff\x00garbage")
    elif damage == "not a dict":
        _file_with(marshal.dumps((patterns.BUILD, [1, 2, 3])))
    elif damage == "another build":
        _file_with(marshal.dumps(("3.99.0 (another build)", patterns._read(path))))
    assert patterns._read(path) == {}
    patterns._file.clear()
    assert patterns.compiled(pattern, flags) == re.compile(pattern, flags)
    patterns._save()
    assert list(patterns._read(path)) == [(pattern, flags)]


@pytest.mark.parametrize("code", [[999, 1, 2], [], "not a list", None])
def test_code_the_engine_refuses_is_compiled_afresh(cache: Path, code: object) -> None:
    """A file whose CRC holds but whose entry is not the engine's code (another writer; None: not `marshal` at all):
    `re` compiles the pattern."""
    pattern, flags = PATTERNS[1]
    entry = b"\xff" if code is None else marshal.dumps((int(flags | re.UNICODE), code, 0, {}, ()))
    _file_with(marshal.dumps((patterns.BUILD, {(pattern, int(flags)): entry})))
    assert patterns.compiled(pattern, flags) == re.compile(pattern, flags)


def test_a_linked_file_is_not_read(cache: Path, tmp_path: Path) -> None:
    pattern, flags = PATTERNS[0]
    patterns.compiled(pattern, flags)
    patterns._save()
    path = patterns.cache_file()
    elsewhere = tmp_path / "elsewhere.bin"
    path.rename(elsewhere)
    path.symlink_to(elsewhere)
    assert patterns._read(path) == {} and patterns._read(elsewhere) != {}


def test_a_folder_that_cannot_be_written_costs_only_time(cache: Path) -> None:
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text("a file where the folder should be")
    pattern, flags = PATTERNS[2]
    assert patterns.compiled(pattern, flags) == re.compile(pattern, flags)
    patterns._save()  # raises nothing
    assert sorted(p.name for p in cache.parent.iterdir()) == ["cache"]


def test_each_python_build_has_its_own_file(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    here = patterns.cache_file()
    monkeypatch.setattr(patterns, "BUILD", patterns.BUILD + " (another build)")
    assert patterns.cache_file() != here and patterns.cache_file().parent == here.parent == cache / "patterns"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the folder is found without platformdirs on Linux")
@pytest.mark.parametrize("xdg", [None, "", "  ", "/tmp/xdg-cache", "relative/cache"])
def test_the_cache_folder_is_the_one_platformdirs_names(monkeypatch: pytest.MonkeyPatch, xdg: str | None) -> None:
    monkeypatch.delenv(user_cache.CACHE_ENV, raising=False)
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert user_cache.cache_dir() == user_cache_path("vostochny", appauthor=False)
    monkeypatch.setenv(user_cache.CACHE_ENV, "/somewhere/else")
    assert user_cache.cache_dir() == Path("/somewhere/else")


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="owners are POSIX's")
def test_a_file_of_another_user_is_not_read(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A shared cache folder: code another user wrote would decide what the validator's patterns match."""
    pattern, flags = PATTERNS[0]
    patterns.compiled(pattern, flags)
    patterns._save()
    assert patterns._read(patterns.cache_file()) != {}
    monkeypatch.setattr(os, "geteuid", lambda: os.getuid() + 1)
    assert patterns._read(patterns.cache_file()) == {}
    _fresh_process(monkeypatch)
    assert patterns.compiled(pattern, flags) == re.compile(pattern, flags) and patterns._new


def test_a_relative_cache_folder_is_the_one_the_process_started_in(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(user_cache.CACHE_ENV, "relative-cache")
    _fresh_process(monkeypatch)
    patterns.compiled(*PATTERNS[0])
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    patterns._save()
    assert [p.parent for p in tmp_path.rglob("*.bin")] == [tmp_path / "relative-cache" / "patterns"]


@pytest.mark.parametrize("lost", [RuntimeError("Could not determine home directory."), FileNotFoundError("cwd")])
def test_no_cache_folder_to_find_costs_only_time(cache: Path, monkeypatch: pytest.MonkeyPatch, lost: Exception) -> None:
    """`~` with no home folder (HOME unset, no passwd entry: a container's user) or a working folder deleted."""

    def nowhere() -> Path:
        raise lost

    monkeypatch.setattr(patterns, "cache_file", nowhere)
    pattern, flags = PATTERNS[0]
    assert patterns.compiled(pattern, flags) == re.compile(pattern, flags)
    patterns._save()  # raises nothing, writes nothing
    assert not cache.exists()
