"""Run the tests that should catch a broken rule against a mutant of it: a measure of the tests, run by hand (not a
test). The mutant is written over the rule's module in this work tree and the module is put back byte for byte
afterwards (in a `finally`: a process killed by a signal leaves the mutant, `git checkout` the module then; never
commit while it runs).

    python scripts/mutants.py CODE [--swap OLD NEW] [--no-bad-inputs] [--no-fuzz] [--first]
    python scripts/mutants.py --file PATH --swap OLD NEW --tests TEST [TEST ...] [--first]

Without `--swap` the mutant is the rule made silent: `return iter(())` after its check's docstring. With
`--swap OLD NEW` the mutant replaces OLD, which must occur exactly once in the rule's module, with NEW (a comparison
flipped, one alternative of a word list dropped): a widening or a narrowing that no test pins survives.

The tests run: every test function of tests/test_*.py whose source (decorators included) names CODE or the rule's
check function (`byline_credits_no_one`), the bad-input cases (tests/bad_inputs) whose expected cause is CODE, and
the CI sample of each fuzz kind that rejects with CODE (tests/test_fuzz.py's seeds and runs; its exact-codes cases
that name CODE too). A test that reaches the rule through a helper alone is not run: read a `SURVIVED` against the
rule's whole test file. Prints the tests that failed (the mutant is killed) or `SURVIVED`. With `--file` the mutant
is OLD replaced in any module of the work tree (an exporter's column dropped, a verb's write skipped) and the tests
run are those `--tests` names (files or node ids). `--first` stops at the first test that fails (pytest's `-x`;
the fuzz cases are not run then). Run one at a time: two mutants of one module at once leave one behind. Exit
status 0 (a measure, not a check).
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "src" / "vostochny" / "checking" / "rules"
TESTS = ROOT / "tests"

#: run in a subprocess (it imports the mutant): the CI cases of every fuzz kind that rejects with the code
FUZZ = """
import sys
sys.path[:0] = ["tests"]
import test_fuzz
from fuzzing import KINDS, run_case
from fuzzing.campaign import Case
code = sys.argv[1]
for kind in KINDS:
    if code in kind.expect.codes:
        for i in range(test_fuzz.CI_RUNS):
            verdict = run_case(Case(kind, test_fuzz.CI_SEED, i))
            print(kind.name, i, verdict.outcome)
"""


def find_check(code: str) -> tuple[Path, ast.FunctionDef]:
    """The module and the check function that `@rule(CODE, ...)` registers."""
    for path in sorted(RULES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and any(
                    isinstance(d, ast.Call) and isinstance(d.func, ast.Name) and d.func.id == "rule" and d.args
                    and isinstance(d.args[0], ast.Constant) and d.args[0].value == code for d in node.decorator_list):
                return path, node
    raise SystemExit(f"no rule {code} in {RULES}")


def silenced(source: str, check: ast.FunctionDef) -> str:
    """`source` with `check` returning nothing before its first statement (its docstring kept: the docs stay)."""
    body = check.body[1:] if ast.get_docstring(check) is not None else check.body
    lines = source.splitlines(keepends=True)
    first = body[0]
    lines.insert(first.lineno - 1, " " * first.col_offset + "return iter(())  # mutant\n")
    return "".join(lines)


def swapped(source: str, old: str, new: str) -> str:
    if source.count(old) != 1:
        raise SystemExit(f"{old!r} occurs {source.count(old)} times in the module, not once")
    return source.replace(old, new)


def naming_tests(*names: str) -> list[str]:
    """The node ids of the test functions whose source names one of `names` (the rule's code, its check function's
    name; the bad inputs and fuzz cases apart)."""
    ids = []
    for path in sorted(TESTS.glob("test_*.py")):
        if path.name in ("test_bad_inputs.py", "test_fuzz.py"):
            continue
        source = path.read_text(encoding="utf-8")
        if not any(map(source.__contains__, names)):
            continue
        for node in ast.parse(source).body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
                start = min([d.lineno for d in node.decorator_list] + [node.lineno])
                text = "".join(source.splitlines(keepends=True)[start - 1:node.end_lineno])
                if any(map(text.__contains__, names)):
                    ids.append(f"tests/{path.name}::{node.name}")
    return ids


def bad_input_tests(code: str) -> list[str]:
    cases = [p.parent.name for p in sorted((TESTS / "bad_inputs").glob("*/expected.json"))
             if json.loads(p.read_text(encoding="utf-8"))["code"] == code]
    return [f"tests/test_bad_inputs.py::test_case_is_reported_exactly[{c}]" for c in cases]


def exact_fuzz_tests(code: str) -> list[str]:
    """test_fuzz.py's exact-codes cases whose codes hold `code` (read from its EXACT list)."""
    tree = ast.parse((TESTS / "test_fuzz.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.AnnAssign | ast.Assign) and "EXACT" in ast.unparse(node).split("=")[0]:
            rows = ast.literal_eval(node.value) if node.value else []
            return [f"tests/test_fuzz.py::test_a_planted_mistake_draws_exactly_its_codes[{k}-{s}-{i}]"
                    for k, s, i, codes in rows if code in codes]
    return []


def run(path: Path, mutant: str, tests: list[str], fuzz: str | None, first: bool = False) -> None:
    """Run `tests` (and the fuzz cases of code `fuzz`) with `mutant` written over `path`, then put `path` back."""
    original = path.read_bytes()
    killed: list[str] = []
    try:
        path.write_text(mutant, encoding="utf-8")
        if tests:
            done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rfE", "-p", "no:cacheprovider",
                                   *(["-x"] if first else []), *tests],
                                  cwd=ROOT, capture_output=True, text=True)
            killed += [line.split()[1] for line in done.stdout.splitlines() if line.startswith(("FAILED ", "ERROR "))]
            if done.returncode not in (0, 1):
                killed.append(f"pytest exit {done.returncode}: {done.stdout[-400:]}")
        if fuzz is not None and not (first and killed):
            done = subprocess.run([sys.executable, "-c", FUZZ, fuzz], cwd=ROOT, capture_output=True, text=True)
            cases = done.stdout.splitlines()
            print(f"  fuzz cases: {len(cases)}")
            killed += [f"fuzz {line}" for line in cases if not line.endswith((" ok", " skipped"))]
            if done.returncode:
                killed.append(f"fuzz exit {done.returncode}: {done.stderr[-400:]}")
    finally:
        path.write_bytes(original)
    print("\n".join(f"  killed by {k}" for k in killed) if killed else "  SURVIVED", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("code", nargs="?", help="a rule's code (not with --file)")
    parser.add_argument("--swap", nargs=2, metavar=("OLD", "NEW"))
    parser.add_argument("--no-bad-inputs", dest="bad_inputs", action="store_false")
    parser.add_argument("--no-fuzz", dest="fuzz", action="store_false")
    parser.add_argument("--file", type=Path, help="a module of the work tree to mutate (with --swap and --tests)")
    parser.add_argument("--tests", nargs="+", default=[], help="the tests to run against a --file mutant")
    parser.add_argument("--first", action="store_true", help="stop at the first failing test (pytest -x)")
    args = parser.parse_args()
    if args.file is not None:
        if args.code or not args.swap or not args.tests:
            parser.error("--file takes --swap and --tests, and no code")
        path = args.file.resolve()
        print(f"{path.relative_to(ROOT)} (swap {args.swap[0]!r} -> {args.swap[1]!r}): {' '.join(args.tests)}")
        run(path, swapped(path.read_text(encoding="utf-8"), *args.swap), args.tests, None, args.first)
        return
    if not args.code:
        parser.error("name a rule's code, or --file")
    path, check = find_check(args.code)
    source = path.read_text(encoding="utf-8")
    mutant = swapped(source, *args.swap) if args.swap else silenced(source, check)
    tests = naming_tests(args.code, check.name) + (bad_input_tests(args.code) if args.bad_inputs else [])
    tests += exact_fuzz_tests(args.code) if args.fuzz else []
    what = f"swap {args.swap[0]!r} -> {args.swap[1]!r}" if args.swap else "silent"
    print(f"{args.code} ({what}) in {path.relative_to(ROOT)}: {len(tests)} tests", flush=True)
    run(path, mutant, tests, args.code if args.fuzz else None, args.first)


if __name__ == "__main__":
    main()
