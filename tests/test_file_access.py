"""Only the reading package reads files and only the writers write them (docs/architecture.md: the loader reads the
corpus, through `reading/files.py`'s capped reads; rules read the view): a call of a file API anywhere else is a
reader or a writer the map does not declare. The thirty-seventh session's read found no test that said so: a
`Path.read_bytes`, `open(`, `os.open`, `io.open`, `json.load` on a handle, `zipfile` or `importlib.resources` read
planted in a rule module passed every test."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "vostochny"

#: the names of the calls that open, map, read or write a file (a method or a module's function of that name:
#: `path.open`, `os.open`, `io.open`, `json.load`, `resources.files`, `zipfile.ZipFile`, ...; the builtin `open`)
FILE_CALLS = frozenset({"open", "fdopen", "read_text", "read_bytes", "write_text", "write_bytes", "load", "files",
                        "open_text", "open_binary", "as_file", "ZipFile", "TarFile", "mmap"})

#: the modules that call them, and why each may
ALLOWED = {
    "reading/files.py": "the capped reads every reader goes through (the loader's, the pattern cache's)",
    "reading/history.py": "the corpus's files as git's history holds them",
    "reading/revisions.py": "a revision's archive, read from bytes in memory",
    "writing/corpus_lock.py": "the corpus's lock file",
    "writing/outputs.py": "a folder synced after its outputs are written",
    "writing/staging.py": "the staged plan and the folders synced",
    "writing/writer.py": "the atomic writer",
    "export/common.py": "the exporters' output files",
    "export/croissant.py": "the checksum of an exported file",
    "export/card.py": "the package's dataset version and the card's template",
    "model/migrations.py": "the schemas of past versions shipped with the package",
    "patterns.py": "the user's cache of compiled patterns (outside any corpus), written at exit",
}


def file_calls(package: Path) -> set[tuple[str, str]]:
    """Each module of `package` (relative, POSIX) with each name of `FILE_CALLS` it calls."""
    found = set()
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                call = node.func  # (a function called by its name alone: only `open`; `write_text` is the writer's)
                name = "open" if isinstance(call, ast.Name) and call.id == "open" else \
                    call.attr if isinstance(call, ast.Attribute) else ""
                if name in FILE_CALLS:
                    found.add((path.relative_to(package).as_posix(), name))
    return found


def test_only_the_declared_readers_and_writers_call_a_file_api() -> None:
    """Every module that calls a file API is one of `ALLOWED`, and each of those still does (a stale exception is
    one a new reader could hide behind)."""
    modules = {module for module, _ in file_calls(PACKAGE)}
    assert modules - set(ALLOWED) == set()
    assert set(ALLOWED) - modules == set()


@pytest.mark.parametrize(("planted", "names"), [
    ("Path(name).read_bytes()", {"read_bytes"}),
    ("open(name).read()", {"open"}),
    ("os.open(name, os.O_RDONLY)", {"open"}),
    ("io.open(name).read()", {"open"}),
    ("json.load(handle)", {"load"}),
    ("zipfile.ZipFile(name).read('x')", {"ZipFile"}),
    ("importlib.resources.files('vostochny').joinpath(name).read_text()", {"files", "read_text"}),
])
def test_a_read_planted_in_a_rule_is_found(tmp_path: Path, planted: str, names: set[str]) -> None:
    """Each way to read a file, planted in a function of a rule module (a copy of `checking/rules/base.py` in a
    package of its own), is found there; the module as it is calls none."""
    module = tmp_path / "checking" / "rules" / "base.py"
    module.parent.mkdir(parents=True)
    source = (PACKAGE / "checking" / "rules" / "base.py").read_text(encoding="utf-8")
    module.write_text(source, encoding="utf-8")
    assert file_calls(tmp_path) == set()
    module.write_text(source + f"\n\ndef _planted(name, handle):\n    return {planted}\n", encoding="utf-8")
    assert file_calls(tmp_path) == {("checking/rules/base.py", name) for name in names}
