"""Render validation results for people (text), machines (one JSON report) and GitHub (annotations).

Every value a file holds can end up in a message, including strings that cannot be written as
UTF-8 (lone surrogates): everything printed goes through `safe`, so the report itself never fails.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from vostochny.checking.problems import Problem

if TYPE_CHECKING:
    from vostochny.checking.validator import Report


def safe(text: str) -> str:
    """`text` with anything that is not a Unicode scalar value written as a backslash escape."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _where(p: Problem) -> str:
    return f"{p.file}:{p.line}:{p.column}" if p.line else p.file


#: control characters (a file name can hold a line break) written as escapes, so that no value
#: can forge a line of the report
_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(32), 127)} | {10: "\\n", 13: "\\r", 9: "\\t"}


def one_line(text: str) -> str:
    """`text` safe to print on one line of a report: no control characters, no lone surrogates."""
    return safe(text.translate(_CONTROLS))


def text(p: Problem) -> str:
    """`file:line:col: severity CODE name at pointer: message (value) -> fix`."""
    value = "" if p.value is None else f" (value: {json.dumps(p.value, ensure_ascii=False, default=str)[:120]})"
    head = f"{_where(p)}: {p.severity} {p.code} {p.name} at {p.pointer or '/'}: {p.message}{value}"
    return f"{one_line(head)}\n    fix: {one_line(p.fix)}"


def record(p: Problem) -> dict[str, object]:
    """A problem as a JSON-ready record."""
    return {"code": p.code, "name": p.name, "severity": p.severity, "file": p.file, "line": p.line,
            "column": p.column, "pointer": p.pointer, "message": p.message, "value": p.value, "fix": p.fix}


def json_report(report: Report) -> str:
    """The whole run as one JSON object: corpora checked, counts, notes and problems (ASCII-escaped,
    so that any value, even a lone surrogate, is written as valid JSON)."""
    body = {"corpora": [str(root) for root in report.corpora], "files": report.files, "documents": report.documents,
            "errors": len(report.errors), "warnings": len(report.warnings), "notes": report.notes,
            "problems": [record(p) for p in report.problems]}
    return json.dumps(body, indent=1, default=str)


#: the control characters a workflow command writes as escapes besides the line breaks GitHub decodes (`%0A`,
#: `%0D`): C0 and C1 controls and the line and paragraph separators, which a log viewer or terminal acts on
_GITHUB_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(32), *range(127, 160)) if c not in (10, 13)} | {
    0x2028: "\\u2028", 0x2029: "\\u2029"}


def _github_data(s: str) -> str:
    """A workflow command's message: `%`, CR and LF percent-encoded as GitHub requires, other controls escaped."""
    return s.translate(_GITHUB_CONTROLS).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(s: str) -> str:
    """A workflow command's property value: as a message, and `:` and `,` encoded too."""
    return _github_data(s).replace(":", "%3A").replace(",", "%2C")


def github(p: Problem) -> str:
    """A GitHub Actions workflow command, shown on the pull request's diff."""
    props = (f"file={_github_property(p.file)},line={p.line or 1}" + (f",col={p.column}" if p.column else ""))
    message = _github_data(p.pointer + ": " + p.message + ". Fix: " + p.fix)
    return safe(f"::{p.severity} {props},title={_github_property(f'{p.code} {p.name}')}::{message}")


def summary(report: Report) -> str:
    """The closing line of a text report."""
    return (f"{report.files} document file(s), {len(report.errors)} error(s), {len(report.warnings)} warning(s)")
