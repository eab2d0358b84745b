"""What `vostochny validate --packaged` costs in instructions, which a shared machine does not blur.

    python benchmarks/instructions.py                 # this checkout: the command, its imports, an empty interpreter
    python benchmarks/instructions.py --against HEAD~3  # and a git revision's, in a worktree with this venv

Wall-clock figures on this machine vary by a fifth from run to run (other sessions share its two cores), so a change
of a few per cent to start-up cannot be seen in them. `valgrind --tool=callgrind` counts the instructions a process
executes, the same whatever else runs: each figure here is that count for one run (bytecode compiled first, as pip
does). The targets stay wall-clock (`benchmarks/run.py`); this says which way a change moved them, and by how much.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: what is counted, each a Python command line run from the checkout's root
COMMANDS = {
    "empty interpreter": ["-c", "pass"],
    "import vostochny.cli": ["-c", "import vostochny.cli"],
    "import the validator": ["-c", "import vostochny.checking.validator"],
    "validate --packaged": ["-m", "vostochny", "validate", "--packaged"],
}


def count(args: list[str], source: Path, cache: Path) -> int:
    """The instructions a Python run of `args` executes with `source` (a checkout's `src/`) first on its path, and
    `cache` as its cache folder (where the compiled patterns are kept: `vostochny.patterns`)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(source / "vostochny")], check=True,
                   env={**os.environ, "PYTHONDONTWRITEBYTECODE": ""})
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "callgrind.out"
        env = {**os.environ, "PYTHONPATH": str(source), "VOSTOCHNY_CACHE": str(cache)}
        done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, *args],
                              cwd=source.parent, env=env, capture_output=True, text=True, check=False)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit(f"valgrind printed no count for {' '.join(args)}:\n{done.stderr[-2000:]}")
    return int(found.group(1))


def counts(source: Path) -> dict[str, int]:
    """Each command's count once a first `validate` has written the compiled patterns (as after an install's first
    run), and that first run's."""
    with tempfile.TemporaryDirectory() as cache:
        first = count(COMMANDS["validate --packaged"], source, Path(cache))
        return {**{name: count(args, source, Path(cache)) for name, args in COMMANDS.items()},
                "validate --packaged, first run": first}


def _worktree(revision: str, where: Path) -> Path:
    """A detached worktree of `revision` at `where` (a revision name is data: resolved first, never an option)."""
    commit = subprocess.run(["git", "rev-parse", "--verify", "--end-of-options", f"{revision}^{{commit}}"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.strip()
    subprocess.run(["git", "worktree", "add", "--detach", "-q", str(where), commit], cwd=ROOT, check=True)
    return where


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", metavar="REV", help="also count a git revision of this repository")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    here = counts(ROOT / "src")
    base: dict[str, int] = {}
    if args.against:
        scratch = Path(tempfile.mkdtemp(prefix="vostochny-instructions-"))
        try:
            base = counts(_worktree(args.against, scratch / "tree") / "src")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(scratch / "tree")], cwd=ROOT, check=False)
            shutil.rmtree(scratch, ignore_errors=True)
    print(f"{'':24s} {'this checkout':>16s}" + (f" {args.against:>16s} {'change':>8s}" if base else ""))
    for name, value in here.items():
        line = f"{name:24s} {value / 1e6:14.1f} M"
        if base:
            line += f" {base[name] / 1e6:14.1f} M {100 * (value - base[name]) / base[name]:+7.1f} %"
        print(line)


if __name__ == "__main__":
    main()
