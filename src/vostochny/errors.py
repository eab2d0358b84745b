"""Typed errors of the library. Only `cli.py` turns them into messages and exit codes.

Exit codes (documented in the README): 0 clean, 1 annotation errors, 2 usage error (bad option,
bad path, no corpus found, a file refused), 3 internal error (a bug: please report it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vostochny.checking.validator import Report


class VostochnyError(Exception):
    """Base of every error the library raises on purpose; its message is for the user."""


class CorpusError(VostochnyError):
    """The corpus does not validate (exit 1); `report` holds every problem."""

    def __init__(self, report: Report) -> None:
        self.report = report
        errors = report.errors
        first = f", first: {errors[0].file}:{errors[0].line}: {errors[0].code} {errors[0].message}" if errors else ""
        super().__init__(f"{len(errors)} validation error(s){first}")


class UsageError(VostochnyError):
    """The request cannot be carried out as asked (bad option, path or revision); exit 2."""


class CorpusNotFound(UsageError):
    """No corpus root at or above the folder, and the packaged corpus was not asked for."""


class FileRefused(UsageError):
    """A file that is not a regular file, lies outside where it must, or exceeds its size cap."""


class PredictionError(VostochnyError):
    """Predictions that cannot be scored (exit 1): `problems` holds one located line per problem."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the predictions")
