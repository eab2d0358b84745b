"""A fuzzer for `vostochny validate`: named mutation kinds, each with the outcome it must get.

Every kind damages (or benignly rewrites) a valid corpus and declares what the validator must do
with it: accept (exit 0) or reject (exit 1, with at least one of the listed codes). A run sorts
each case into ok, crash, hang, false accept, false reject or misreport (rejected, but without the
codes that name the damage). `python -m tests.fuzzing --cases 10000 --seed 1` runs a campaign;
tests/test_fuzz.py runs a bounded sample of every kind in CI.
"""

from .campaign import Tally, run_campaign, run_case
from .kinds import KINDS, Kind

__all__ = ["KINDS", "Kind", "Tally", "run_campaign", "run_case"]
