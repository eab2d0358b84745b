"""Cases, their verdicts, and campaigns of many cases with a table per kind."""

from __future__ import annotations

import random
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .catalogue import KINDS
from .corpora import materialize
from .jsonedit import NotApplicable
from .kinds import Expect, Kind, drawing
from .runner import Result, run_cli, run_inprocess

FINDINGS = ("crash", "hang", "false accept", "false reject", "misreport")
IN_PROCESS_TIMEOUT = 5.0
CLI_TIMEOUT = 20.0


@dataclass(frozen=True)
class Case:
    """One mutation of one base corpus, reproducible from (kind, seed, index)."""

    kind: Kind
    seed: int
    index: int
    cli: bool = False

    @property
    def base(self) -> str:
        return self.kind.bases[self.index % len(self.kind.bases)]

    def rng(self) -> random.Random:
        return random.Random(f"{self.seed}:{self.index}:{self.kind.name}")

    def reproduce(self) -> str:
        cli = " --cli" if self.cli or self.kind.cli_only else ""
        return (f"python -m tests.fuzzing --kind {self.kind.name} --seed {self.seed} --index {self.index}{cli}"
                " --keep DIR")


@dataclass
class Verdict:
    case: Case
    outcome: str  # "ok", "skipped" or one of FINDINGS
    result: Result | None = None


def classify(expect: Expect, result: Result, drawn: frozenset[str] = frozenset()) -> str:
    """Sort a result into ok or one of FINDINGS; `drawn`: the codes the case must draw, every one
    (`kinds.must_draw`)."""
    if result.exit is None:
        return "hang"
    if result.crash or result.exit not in (0, 1, 2):
        return "crash"
    if expect.accept:
        return "ok" if result.exit == 0 else "false reject"
    if result.exit == 0:
        return "false accept"
    named = not expect.codes or bool(result.codes & expect.codes)
    if result.exit not in expect.exits or (result.exit == 1 and not (result.codes and named and drawn <= result.codes)):
        return "misreport"
    return "ok"


def prepare(case: Case, root: Path) -> frozenset[str] | None:
    """Write the case's damaged corpus into empty folder `root`; the codes it must draw (`kinds.must_draw`), or None
    if the kind does not apply."""
    corpus = materialize(case.base, root)
    with drawing() as codes:
        try:
            case.kind.mutate(corpus, case.rng())
        except NotApplicable:
            return None
    if not codes <= case.kind.expect.codes:
        raise ValueError(f"{case.kind.name} says its case draws {sorted(codes)}, not all of its kind's codes")
    return frozenset(codes)


def run_case(case: Case, keep: Path | None = None, cli_timeout: float = CLI_TIMEOUT) -> Verdict:
    """Build the case's corpus in a scratch folder (or `keep`), validate it, and judge the result."""
    scratch = Path(tempfile.mkdtemp(prefix="vostochny-fuzz-"))
    root = keep or scratch / "corpus"
    try:
        drawn = prepare(case, root)
        if drawn is None:
            return Verdict(case, "skipped")
        if case.cli or case.kind.cli_only:
            result = run_cli(root, case.kind.options, cli_timeout)
        else:
            result = run_inprocess(root, case.kind.options, IN_PROCESS_TIMEOUT)
        return Verdict(case, classify(case.kind.expect, result, drawn), result)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def schedule(cases: int, seed: int, kinds: list[Kind], cli_share: float, cli_cap: int) -> Iterator[Case]:
    """`cases` cases, round robin over the kinds; a share of them (and every child-process-only
    kind, at most `cli_cap` times: a hang costs a whole timeout) through the command line."""
    pick = random.Random(seed)
    counts: Counter[str] = Counter()
    live = list(kinds)
    for n in range(cases):
        if not live:
            return
        kind = live[n % len(live)]
        counts[kind.name] += 1
        if kind.cli_only and counts[kind.name] >= cli_cap:
            live.remove(kind)
        yield Case(kind, seed, counts[kind.name] - 1, cli=kind.cli_only or pick.random() < cli_share)


@dataclass
class Tally:
    """Verdicts counted per kind, and the findings kept for the report."""

    per_kind: dict[str, Counter] = field(default_factory=dict)
    findings: list[Verdict] = field(default_factory=list)

    def add(self, verdict: Verdict) -> None:
        self.per_kind.setdefault(verdict.case.kind.name, Counter())[verdict.outcome] += 1
        if verdict.outcome in FINDINGS:
            self.findings.append(verdict)

    def totals(self) -> Counter:
        return sum(self.per_kind.values(), Counter())


def run_campaign(cases: Iterable[Case], jobs: int = 2, cli_timeout: float = CLI_TIMEOUT,
                 progress: Callable[[Verdict], None] | None = None) -> Tally:
    """Run every case: in-process ones here one by one, command-line ones `jobs` at a time."""
    tally = Tally()
    with ThreadPoolExecutor(max(1, jobs)) as pool:
        pending = []
        for case in cases:
            if case.cli or case.kind.cli_only:
                pending.append(pool.submit(run_case, case, None, cli_timeout))
                continue
            _record(tally, run_case(case), progress)
        for future in pending:
            _record(tally, future.result(), progress)
    return tally


def _record(tally: Tally, verdict: Verdict, progress: Callable[[Verdict], None] | None) -> None:
    tally.add(verdict)
    if progress:
        progress(verdict)


def describe(verdict: Verdict) -> str:
    """One finding, with the command that rebuilds its corpus."""
    result = verdict.result
    detail = f"exit {result.exit}, codes {sorted(result.codes)}" if result and result.exit is not None else "timeout"
    crash = f"\n    {result.crash.strip().splitlines()[-1]}" if result and result.crash.strip() else ""
    how = "cli" if verdict.case.cli or verdict.case.kind.cli_only else "in-process"
    return (f"{verdict.outcome}: {verdict.case.kind.name} [{verdict.case.base}, {how}] expected "
            f"{verdict.case.kind.expect.describe()}, got {detail}{crash}\n    {verdict.case.reproduce()}")


def table(tally: Tally) -> str:
    """A Markdown table: one row per kind, its cases and findings, then the totals."""
    columns = ("cases", "ok", "skipped", *FINDINGS)
    lines = ["| kind | expected | " + " | ".join(columns) + " |", "| --- | --- |" + " ---: |" * len(columns)]
    expects = {k.name: k.expect.describe() for k in KINDS}
    for name, counts in sorted(tally.per_kind.items()):
        row = [sum(counts.values()), *(counts[c] for c in columns[1:])]
        lines.append(f"| `{name}` | {expects[name]} | " + " | ".join(map(str, row)) + " |")
    totals = tally.totals()
    lines.append("| **total** | | " + " | ".join(f"**{n}**" for n in [sum(totals.values()),
                                                                     *(totals[c] for c in columns[1:])]) + " |")
    return "\n".join(lines)
