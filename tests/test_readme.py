"""The README's promises: its Python examples run, its Quickstart has two commands, its table is current."""

from __future__ import annotations

import re

import pytest
from conftest import REPO

from vostochny.reading.documents import load_documents
from vostochny.verbs.stats import markdown_table

README = (REPO / "README.md").read_text(encoding="utf-8")
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)


@pytest.mark.parametrize("block", PYTHON_BLOCKS, ids=[f"example-{i}" for i in range(len(PYTHON_BLOCKS))])
def test_python_examples_run(block: str, monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.chdir(tmp_path)  # as a user would: not inside the repository
    exec(compile(block, "README.md", "exec"), {})


def test_quickstart_has_exactly_two_commands() -> None:
    section = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```bash\n(.*?)```", section, re.S)
    assert len(commands) == 2 and all(len(c.strip().splitlines()) == 1 for c in commands)
    assert "vostochny build" in commands[0] and "pytest" in commands[1]


def test_ci_runs_both_quickstart_commands() -> None:
    section = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    for command in re.findall(r"```bash\n(.*?)```", section, re.S):
        assert command.strip() in ci


def test_corpus_table_is_current() -> None:
    table = README.split("<!-- corpus-table:start -->\n", 1)[1].split("<!-- corpus-table:end -->", 1)[0]
    assert table.strip() == markdown_table(load_documents(REPO)), "run: python scripts/generate_docs.py"


def test_what_the_readme_says_of_the_raw_texts_holds() -> None:
    """Offsets: the damage it says is kept is there, and what it says of line ends is true."""
    texts = [path.read_text(encoding="utf-8") for path in sorted((REPO / "raw").glob("*.txt"))]
    assert "a stray `Â`" in README and any("Â" in text for text in texts)
    assert "a missing space after a full stop" in README and any(re.search(r"[a-z]\.[A-Z][a-z]", t) for t in texts)
    assert "no file ends with a line break" in README and not any(text.endswith("\n") for text in texts)
    trailing = any(line != line.rstrip(" \t") for text in texts for line in text.split("\n"))
    assert ("trailing whitespace" in README) == trailing


def test_what_the_readme_says_of_croissant_json_holds(sample_corpus, tmp_path) -> None:
    """The Exports table said `hf/` holds `croissant.json`, but `export --format hf` alone writes none (an attack
    found it): the row says which commands write it, and they do."""
    from vostochny.export import export, read_source

    row = next(line for line in README.splitlines() if line.startswith("| `hf/` |"))
    assert "`export --format hf` alone writes no `croissant.json`" in row
    assert "written by `build`, with `mlcroissant` installed, and by `export --format croissant`" in row
    source = read_source(sample_corpus)
    export("hf", tmp_path / "hf", source=source)
    export("croissant", tmp_path / "croissant", source=source)
    assert not (tmp_path / "hf" / "croissant.json").exists()
    assert (tmp_path / "croissant" / "croissant.json").is_file()
    assert {p.name for p in (tmp_path / "hf").iterdir()} < {p.name for p in (tmp_path / "croissant").iterdir()}
