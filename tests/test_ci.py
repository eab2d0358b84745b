"""CI's own files: the GitHub Action and workflow are valid and pass data as data, the pre-commit
hook fires on every corpus file and checks the whole corpus, and the browser install of .ci/run
picks root, sudo or nothing by who runs it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from sample import REPO

ACTION = REPO / "action.yml"
WORKFLOW = REPO / ".github" / "workflows" / "validate.yml"


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("path", "schema"), [(ACTION, "vendor.github-actions"),
                                             (WORKFLOW, "vendor.github-workflows")])
def test_github_files_follow_their_schema(path: Path, schema: str) -> None:
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, str(path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_action_inputs_and_defaults() -> None:
    action = _load(ACTION)
    assert action["runs"]["using"] == "composite"
    defaults = {name: spec.get("default") for name, spec in action["inputs"].items()}
    assert defaults == {"path": ".", "version": "", "python-version": "3.11",
                        "dataset-version-file": "src/vostochny/DATASET_VERSION", "changelog": "CHANGELOG.md"}
    install = next(s["run"] for s in action["runs"]["steps"] if s.get("name") == "Install the validator")
    assert "ACTION_PATH" in install and "==${VERSION}" in install


def test_action_scripts_take_inputs_as_data() -> None:
    """No `${{ }}` expression inside a script: an input or a branch name could inject shell code."""
    steps = _load(ACTION)["runs"]["steps"]
    scripts = [s["run"] for s in steps if "run" in s]
    assert scripts and not [s for s in scripts if "${{" in s]
    commands = "\n".join(scripts)
    assert 'vostochny validate --format github -- "$CORPUS"' in commands
    assert 'vostochny diff --format markdown -- "$BASE" HEAD >> "$GITHUB_STEP_SUMMARY"' in commands
    assert ('vostochny check-version --corpus="$CORPUS" --version-file="$VERSION_FILE" --changelog="$CHANGELOG"'
            in commands)


def test_diff_runs_on_pull_requests_only() -> None:
    (diff,) = [s for s in _load(ACTION)["runs"]["steps"] if "vostochny diff" in s.get("run", "")]
    assert diff["if"] == "github.event_name == 'pull_request'"
    assert diff["env"]["BASE"] == "${{ github.event.pull_request.base.sha }}"


def test_workflow_uses_the_action_with_full_history() -> None:
    steps = _load(WORKFLOW)["jobs"]["validate"]["steps"]
    checkout, action = steps
    assert checkout["uses"].startswith("actions/checkout@") and checkout["with"]["fetch-depth"] == 0
    assert action["uses"] == "./"


def test_hook_manifest_is_valid_for_pre_commit() -> None:
    result = subprocess.run([sys.executable, "-m", "pre_commit", "validate-manifest",
                             str(REPO / ".pre-commit-hooks.yaml")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _hooks() -> dict[str, dict]:
    return {hook["id"]: hook for hook in _load(REPO / ".pre-commit-hooks.yaml")}


def test_hook_checks_the_whole_corpus_on_every_corpus_file() -> None:
    hook = _hooks()["vostochny-validate"]
    assert hook["id"] == "vostochny-validate" and hook["entry"] == "vostochny validate --staged"
    assert hook["pass_filenames"] is False and hook["always_run"] is True
    fires = re.compile(hook["files"]).search
    corpus = ["raw/a.txt", "annotations/a.json", "annotations/entities.json", "schema/v1/document.schema.json",
              "data/corpus/raw/a.txt", "data/corpus/annotations/splits.json"]
    other = ["README.md", "src/vostochny/raw.py", "docs/annotations.md", "tests/test_schema.py"]
    assert all(fires(p) for p in corpus) and not any(fires(p) for p in other)


def test_version_hook_runs_on_the_data_the_changelog_and_the_version() -> None:
    hook = _hooks()["vostochny-check-version"]
    assert hook["entry"] == "vostochny check-version" and hook["pass_filenames"] is False and hook["always_run"]
    fires = re.compile(hook["files"]).search
    data = ["raw/a.txt", "annotations/RELEASED.json", "CHANGELOG.md", "src/vostochny/DATASET_VERSION"]
    assert all(fires(p) for p in data) and not any(fires(p) for p in ["README.md", "docs/CHANGELOG.md.orig"])


def _stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/bash\n{body}\n", encoding="utf-8")
    path.chmod(0o755)


def _browser_install(tmp_path: Path, uid: int, sudo: str | None, chromium: bool = False) -> list[str]:
    """Run .ci/browser with stubs for id, sudo, apt-get (and chromium); the commands apt-get got."""
    bin_dir, log = tmp_path / "bin", tmp_path / "apt.log"
    bin_dir.mkdir()
    (bin_dir / "env").symlink_to(shutil.which("env"))
    _stub(bin_dir, "id", f"echo {uid}")
    _stub(bin_dir, "apt-get", f'echo "${{SUDO_STUB:-}}$DEBIAN_FRONTEND $*" >> {log}')
    if sudo == "password-less":
        _stub(bin_dir, "sudo", 'shift; [ "$1" = true ] && exit 0; SUDO_STUB="sudo " exec "$@"')
    elif sudo == "asks-password":
        _stub(bin_dir, "sudo", "exit 1")
    if chromium:
        _stub(bin_dir, "chromium", "exit 0")
    env = {"PATH": str(bin_dir), "HOME": str(tmp_path)}
    result = subprocess.run(["/bin/bash", str(REPO / ".ci" / "browser")], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return log.read_text().splitlines() if log.exists() else []


def test_browser_install_as_root_uses_apt_get(tmp_path: Path) -> None:
    assert _browser_install(tmp_path, 0, None) == ["noninteractive update -qq",
                                                   "noninteractive install -y -qq chromium"]


def test_browser_install_as_user_uses_password_less_sudo(tmp_path: Path) -> None:
    calls = _browser_install(tmp_path, 1000, "password-less")
    assert calls == ["sudo noninteractive update -qq", "sudo noninteractive install -y -qq chromium"]


@pytest.mark.parametrize("sudo", [None, "asks-password"])
def test_browser_install_as_user_without_sudo_skips(tmp_path: Path, sudo: str | None) -> None:
    assert _browser_install(tmp_path, 1000, sudo) == []


def test_browser_install_does_nothing_when_chromium_is_there(tmp_path: Path) -> None:
    assert _browser_install(tmp_path, 0, None, chromium=True) == []


def test_ci_failures_propagate(tmp_path: Path) -> None:
    """A failure inside a Quickstart chain, and pytest's 5 (no tests), are CI's exit status."""
    run = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    function = re.search(r"^quickstart\(\) \{.*?^\}", run, re.S | re.M).group(0)
    for chain, status in (("true && (exit 5) && true", 5), ("false && true", 1)):
        script = f"set -euo pipefail\n{function}\nquickstart '{chain}'\necho reached"
        result = subprocess.run(["/bin/bash", "-c", script], capture_output=True, text=True,
                                env={"PATH": os.environ["PATH"]})
        assert (result.returncode, result.stdout) == (status, ""), result.stderr
