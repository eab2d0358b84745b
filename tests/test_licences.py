"""Licences stated per part, everywhere the same (issue 13, item 1): code MIT, annotations CC BY 4.0,
each raw text its publisher's rights. Every place that states them is read and compared with the
others: pyproject.toml, LICENSES/, REUSE.toml, the README's section, the card (YAML and section),
`LICENSE.md` and `croissant.json` of a fresh export."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

from vostochny.export.card import LICENCES, LICENSE_EXPRESSION, LICENSE_FILE, licence_lines

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli")

IDS = ["MIT", "CC-BY-4.0", "LicenseRef-Publisher-Rights"]
EXPRESSION = " AND ".join(IDS)
#: how REUSE.toml names the holder of a text whose annotation file records none
UNIDENTIFIED = "Unidentified"


def metas() -> dict[str, dict]:
    """Each document's metadata, from the annotation files."""
    found = {}
    for path in sorted((REPO / "annotations").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "meta" in data:
            found[data["id"]] = data["meta"]
    return found


def outlets() -> dict[str, str | None]:
    """Each document's outlet, from the annotation files."""
    return {doc: meta["outlet"] for doc, meta in metas().items()}


def holders() -> dict[str, str | None]:
    """Each document's rights holder, as its annotation file records it (`meta.rights.holder`)."""
    return {doc: meta["rights"]["holder"] for doc, meta in metas().items()}


def readme_section() -> str:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return text.split("\n## Licence and citation\n", 1)[1].split("\n## ", 1)[0]


def bullets(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("- **")]


@pytest.fixture(scope="module")
def hf_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("mlcroissant")
    from vostochny.export import export, read_source

    out = tmp_path_factory.mktemp("hf")
    export("croissant", out, source=read_source(REPO))
    return out


def test_the_parts_are_the_three_identifiers() -> None:
    assert [spdx for _, spdx, _, _, _ in LICENCES] == IDS
    assert LICENSE_EXPRESSION == EXPRESSION


def test_pyproject_states_the_expression_and_the_files() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == EXPRESSION
    assert project["license-files"] == ["LICENSES/*"]


def test_licenses_folder_holds_a_text_for_each_identifier_and_no_other() -> None:
    assert sorted(p.name for p in (REPO / "LICENSES").iterdir()) == sorted(f"{i}.txt" for i in IDS)
    assert (REPO / "LICENSES/MIT.txt").read_text(encoding="utf-8").startswith("MIT License\n")
    assert "Creative Commons Attribution 4.0 International Public License" in (
        REPO / "LICENSES/CC-BY-4.0.txt").read_text(encoding="utf-8")
    statement = (REPO / "LICENSES/LicenseRef-Publisher-Rights.txt").read_text(encoding="utf-8")
    assert "not legal advice" in statement
    for doc, outlet in outlets().items():
        row = next(line for line in statement.splitlines() if line.startswith(f"| {doc}.txt |"))
        assert (outlet or "unattributed") in row


def test_reuse_toml_assigns_each_part_its_identifier() -> None:
    reuse = tomllib.loads((REPO / "REUSE.toml").read_text(encoding="utf-8"))
    assert reuse["version"] == 1

    def licence_of(path: str) -> set[str]:
        """The identifiers of the annotations whose paths match `path` (REUSE's globs: ** any depth)."""
        found = set()
        for entry in reuse["annotations"]:
            paths = [entry["path"]] if isinstance(entry["path"], str) else entry["path"]
            for glob in paths:
                pattern = re.escape(glob).replace(r"\*\*", ".*").replace(r"\*", "[^/]*")
                if re.fullmatch(pattern, path):
                    found.add((entry["SPDX-License-Identifier"], entry["SPDX-FileCopyrightText"]))
        return {spdx for spdx, _ in found}

    assert {i for e in reuse["annotations"] for i in [e["SPDX-License-Identifier"]]} == set(IDS)
    assert licence_of("src/vostochny/cli.py") == {"MIT"}
    assert licence_of("schema/v1/document.schema.json") == {"MIT"}
    assert "CC-BY-4.0" in licence_of("annotations/entities.json")
    for doc in outlets():
        assert licence_of(f"annotations/{doc}.json") >= {"CC-BY-4.0"}
        entries = [e for e in reuse["annotations"]
                   if f"raw/{doc}.txt" in ([e["path"]] if isinstance(e["path"], str) else e["path"])]
        assert len(entries) == 1, doc
        assert entries[0]["SPDX-License-Identifier"] == "LicenseRef-Publisher-Rights"
        assert entries[0]["SPDX-FileCopyrightText"].startswith(holders()[doc] or UNIDENTIFIED)


def test_readme_section_states_the_parts_the_rights_holders_and_the_version() -> None:
    section = readme_section()
    assert f"`{EXPRESSION}`" in section
    assert bullets(section) == licence_lines()
    table = section.split("<!-- rights-table:start -->")[1].split("<!-- rights-table:end -->")[0]
    rows = {m.group(1): (m.group(2), m.group(3)) for m in re.finditer(r"^\| `([^`]+)` \| ([^|]+) \| ([^|]+) \|",
                                                                     table, re.M)}
    assert rows == {doc: (outlets()[doc] or "unattributed", holder or "not stated in the text")
                    for doc, holder in holders().items()}
    statements = {doc: meta["rights"]["statement"] for doc, meta in metas().items()}
    assert statements == {"ap-kim-whereabouts-after-summit": "InC", "kim-arrives-russia-arms-sale-warning": "UND",
                          "kim-arrives-russia-top-officials": "UND", "reuters-kim-putin-summit": "InC",
                          "time-kim-russia-trip-putin-weakness": "InC"}
    from collections import Counter

    from vostochny.export.card import document_facts, rights_table
    from vostochny.reading.documents import iter_documents

    facts = [document_facts(view) for view in iter_documents(REPO)]
    assert table.strip() == rights_table(facts, Counter(f.meta.rights.statement for f in facts)), \
        "run: python scripts/generate_docs.py"
    from vostochny.export.card import DATASET_VERSION

    version = DATASET_VERSION  # the citation names the data's version, not the package's
    assert re.search(r"@misc\{vostochny,.*version\s*=\s*\{" + re.escape(version) + r"\}", section, re.S)


def test_card_states_the_same_and_links_a_file_of_the_export(hf_export: Path) -> None:
    import yaml

    card = (hf_export / "README.md").read_text(encoding="utf-8")
    header = yaml.safe_load(card.split("---\n")[1])
    assert header["license"] == "other"
    assert header["license_link"] == LICENSE_FILE and (hf_export / header["license_link"]).is_file()
    assert re.fullmatch(r"[a-z0-9.-]+", header["license_name"])
    section = card.split("\n### Licence\n", 1)[1].split("\n## ", 1)[0]
    licence = (hf_export / LICENSE_FILE).read_text(encoding="utf-8")
    for text in (section, licence):
        assert f"`{EXPRESSION}`" in text
        assert bullets(text) == bullets(readme_section())
        for doc, meta in metas().items():  # each document's row: its outlet, holder and statement
            holder = meta["rights"]["holder"] or "not stated in the text"
            cells = [f"`{doc}`", meta["outlet"] or "unattributed", holder, f"[{meta['rights']['statement']}]("]
            assert re.search(r"^\| " + r" \| ".join(map(re.escape, cells)), text, re.M), doc


def test_the_hf_format_alone_writes_the_linked_licence(hf_export: Path, tmp_path: Path) -> None:
    from vostochny.export import export, read_source

    export("hf", tmp_path / "hf", source=read_source(REPO))
    assert (tmp_path / "hf" / LICENSE_FILE).read_text(encoding="utf-8") == (hf_export / LICENSE_FILE).read_text(
        encoding="utf-8")


def test_croissant_states_the_same(hf_export: Path) -> None:
    licence = json.loads((hf_export / "croissant.json").read_text(encoding="utf-8"))["license"]
    assert licence[:2] == ["https://spdx.org/licenses/MIT.html", "https://spdx.org/licenses/CC-BY-4.0.html"]
    assert len(licence) == 3 and licence[2].startswith("LicenseRef-Publisher-Rights: Texts: ")
    assert licence[2].endswith(bullets(readme_section())[2].split("(`LicenseRef-Publisher-Rights`): ", 1)[1])


def test_reuse_lint_passes() -> None:
    reuse = shutil.which("reuse", path=str(Path(sys.executable).parent)) or shutil.which("reuse")
    if reuse is None:
        pytest.skip("reuse is not installed (pip install reuse)")
    result = subprocess.run([reuse, "--root", str(REPO), "lint"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]


def test_a_rights_table_of_a_large_corpus_lists_the_first_documents_and_counts_them_all() -> None:
    from collections import Counter

    from vostochny.export.card import document_facts, rights_table
    from vostochny.reading.documents import iter_documents

    facts = [document_facts(view) for view in iter_documents(REPO)]
    table = rights_table(facts[:2], Counter({"InC": 300, "UND": 20, "CNE": 1}))
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    assert [row.split(" | ")[0] for row in rows] == [f"| `{f.id}`" for f in facts[:2]]
    assert "Copyright Not Evaluated (CNE) 1, In Copyright (InC) 300, Copyright Undetermined (UND) 20" in table
    assert table.endswith("The table lists the first 2 documents; the other 319 are in those columns.")
