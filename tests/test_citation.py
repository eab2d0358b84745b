"""Citable and versioned (issue 13, item 6): `CITATION.cff` validates as CFF 1.2.0 and names the dataset
version, which is recorded once (`src/vostochny/DATASET_VERSION`, read as `card.DATASET_VERSION`) and is
neither the package version nor the schema version; the README's BibTeX, the dataset card, its
`LICENSE.md` and `croissant.json` all carry the same title and dataset version.

`cffconvert` is not in the test extra: its last release (2.0.0) pins `jsonschema<4`, which the package
cannot use. The validation test runs `cffconvert --validate` when a `cffconvert` command is found (next to
the interpreter, on PATH, or named by $CFFCONVERT), else validates against the CFF 1.2.0 schema that an
installed `cffconvert` package ships (`pip install --no-deps cffconvert` is enough), else skips; the
fields this project decided on are checked without it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
import test_licences
import yaml
from conftest import REPO

from vostochny import __version__
from vostochny.export.card import DATASET_VERSION, LICENSE_FILE, REPOSITORY, TITLE, bibtex
from vostochny.model.models import SCHEMA_VERSION

CFF = REPO / "CITATION.cff"
SEMVER = r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)"


def citation() -> dict[str, object]:
    data = yaml.safe_load(CFF.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def readme_bibtex() -> str:
    section = (REPO / "README.md").read_text(encoding="utf-8").split("\n## Licence and citation\n", 1)[1]
    blocks = re.findall(r"```bibtex\n(.*?)\n```", section.split("\n## ", 1)[0], re.S)
    assert len(blocks) == 1
    return blocks[0]


def fields(entry: str) -> dict[str, str]:
    """The fields of a one-level BibTeX entry as written here (`name = {value}` per line)."""
    return {m.group(1): m.group(2) for m in re.finditer(r"^\s+(\w+)\s*=\s*\{(.*)\},?$", entry, re.M)}


def test_the_dataset_version_is_recorded_once_as_semver() -> None:
    recorded = (REPO / "src/vostochny/DATASET_VERSION").read_text(encoding="utf-8")
    assert recorded == f"{DATASET_VERSION}\n"
    assert re.fullmatch(SEMVER, DATASET_VERSION)
    # raised with the data (tests/test_versioning.py): never below the last release annotations/RELEASED.json records
    released = json.loads((REPO / "annotations" / "RELEASED.json").read_text(encoding="utf-8"))["dataset_version"]
    assert tuple(map(int, DATASET_VERSION.split("."))) >= tuple(map(int, released.split(".")))


def test_the_dataset_version_ships_in_the_wheel_and_the_sdist(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    subprocess.run([sys.executable, "-m", "hatchling", "build", "-d", str(tmp_path)], cwd=REPO, check=True,
                   capture_output=True)
    with zipfile.ZipFile(next(tmp_path.glob("vostochny-*.whl"))) as wheel:
        assert wheel.read("vostochny/DATASET_VERSION").decode() == f"{DATASET_VERSION}\n"
    with tarfile.open(next(tmp_path.glob("vostochny-*.tar.gz"))) as sdist:
        names = sdist.getnames()
    assert any(n.endswith("/src/vostochny/DATASET_VERSION") for n in names)


def _cffconvert_command(tmp_path_factory: pytest.TempPathFactory) -> str | None:
    """`cffconvert` from $CFFCONVERT or the PATH, else installed into a virtual environment of its own:
    it pins jsonschema<4, which the test extras cannot share. None if the registry is out of reach."""
    found = (os.environ.get("CFFCONVERT") or shutil.which("cffconvert", path=str(Path(sys.executable).parent))
             or shutil.which("cffconvert"))
    if found:
        return found
    venv = tmp_path_factory.mktemp("cffconvert")
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    installed = subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "cffconvert==2.0.0"],
                               capture_output=True, text=True)
    return str(venv / "bin" / "cffconvert") if installed.returncode == 0 else None


def test_citation_cff_validates(tmp_path_factory: pytest.TempPathFactory) -> None:
    command = _cffconvert_command(tmp_path_factory)
    if command is None:  # in CI the registry is reachable: a failed install there is a failure
        assert not os.environ.get("CI"), "cffconvert could not be installed from the package registry"
        pytest.skip("cffconvert could not be installed (no package registry)")
    result = subprocess.run([command, "--validate", "-i", str(CFF)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid" in result.stdout and "1.2.0" in result.stdout


def test_citation_cff_states_what_was_decided() -> None:
    cff = citation()
    assert cff["cff-version"] == "1.2.0"
    assert cff["type"] == "dataset"
    assert cff["title"] == TITLE
    assert cff["version"] == DATASET_VERSION  # the dataset's, not the package's nor the schema's
    assert cff["authors"] == [{"name": "vostochny developers"}]  # an entity, not a person
    assert "date-released" not in cff  # nothing is released yet; CFF does not require it
    # the licences we grant, as SPDX ids; the texts are not ours to license, and the file says so
    assert cff["license"] == ["MIT", "CC-BY-4.0"]
    for text in (cff["message"], cff["abstract"]):
        assert isinstance(text, str) and "publisher's rights" in text
    assert cff["repository-code"] == REPOSITORY
    assert {"corpus", "dataset", "news", "coreference"} <= set(cff["keywords"])  # type: ignore[arg-type]


def test_readme_bibtex_card_bibtex_and_citation_cff_agree() -> None:
    assert readme_bibtex() == bibtex(), "the README's BibTeX is card.bibtex(): copy it from there"
    bib = fields(readme_bibtex())
    cff = citation()
    preferred = cff["preferred-citation"]
    assert isinstance(preferred, dict)
    assert bib["title"].replace("--", "–") == cff["title"] == preferred["title"] == TITLE
    assert bib["version"] == cff["version"] == preferred["version"] == DATASET_VERSION
    assert bib["author"] == "{vostochny developers}" and preferred["authors"] == cff["authors"]
    assert int(bib["year"]) == preferred["year"]
    assert bib["howpublished"] == rf"\url{{{preferred['url']}}}" and preferred["url"] == REPOSITORY
    assert bib["note"] == preferred["notes"]


#: the fixture of tests/test_licences.py: a fresh croissant export of the repository, with its card
hf_export = test_licences.hf_export


def test_card_and_croissant_carry_the_dataset_version(hf_export: Path) -> None:
    card = (hf_export / "README.md").read_text(encoding="utf-8")
    assert f"Dataset version {DATASET_VERSION} (schema\n{SCHEMA_VERSION};" in card
    assert f"```bibtex\n{bibtex()}\n```" in card
    licence = (hf_export / LICENSE_FILE).read_text(encoding="utf-8")
    assert licence.startswith(f"# Licence of the vostochny dataset, version {DATASET_VERSION}\n")
    croissant = json.loads((hf_export / "croissant.json").read_text(encoding="utf-8"))
    assert croissant["version"] == DATASET_VERSION
    assert croissant["citeAs"] == bibtex()
    if __version__ != DATASET_VERSION:  # the package version appears only as what wrote the card
        assert f"version {__version__}" not in card.replace(f"package {__version__}", "")
        assert __version__ not in json.dumps(croissant)
