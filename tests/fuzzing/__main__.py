"""`python -m tests.fuzzing --cases 10000 --seed 1`: a campaign, a table per kind, the totals.

`--kind NAME --index I --keep DIR` rebuilds one case's corpus in DIR, to reproduce a finding."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .campaign import CLI_TIMEOUT, FINDINGS, Case, describe, run_campaign, run_case, schedule, table
from .catalogue import BY_NAME, KINDS, kinds_markdown


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzzing", description=__doc__)
    parser.add_argument("--cases", type=int, default=len(KINDS) * 3, help="cases to run (default: 3 per kind)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kind", action="append", choices=sorted(BY_NAME), help="only these kinds (repeatable)")
    parser.add_argument("--index", type=int, help="with one --kind: run only this case")
    parser.add_argument("--keep", type=Path, help="with --index: build the case's corpus in this (new) folder")
    parser.add_argument("--cli", action="store_true", help="with --index: run the case through the command line")
    parser.add_argument("--cli-share", type=float, default=0.02, help="share of cases run through the command line")
    parser.add_argument("--cli-cap", type=int, default=6, help="most runs of each child-process-only kind")
    parser.add_argument("--cli-timeout", type=float, default=CLI_TIMEOUT)
    parser.add_argument("--jobs", type=int, default=2, help="command-line cases run at once")
    parser.add_argument("--kinds-table", action="store_true", help="print the kinds as docs/robustness.md lists them")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if args.kinds_table:
        print(kinds_markdown(), end="")
        return 0
    kinds = [BY_NAME[name] for name in args.kind] if args.kind else KINDS
    if args.index is not None:
        verdict = run_case(Case(kinds[0], args.seed, args.index, cli=args.cli), args.keep, args.cli_timeout)
        print(describe(verdict))
        return 0 if verdict.outcome in ("ok", "skipped") else 1
    started = time.monotonic()
    tally = run_campaign(schedule(args.cases, args.seed, kinds, args.cli_share, args.cli_cap), args.jobs,
                         args.cli_timeout)
    print(table(tally))
    print()
    for verdict in tally.findings:
        print(describe(verdict))
    totals = tally.totals()
    print(f"\n{sum(totals.values())} cases in {time.monotonic() - started:.0f} s, seed {args.seed}: "
          + ", ".join(f"{name} {totals[name]}" for name in FINDINGS))
    return 1 if any(totals[name] for name in FINDINGS) else 0


if __name__ == "__main__":
    sys.exit(main())
