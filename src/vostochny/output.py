"""Render validation problems for people (text), machines (JSON lines) and GitHub (annotations)."""

from __future__ import annotations

import json

from .problems import Problem


def _where(p: Problem) -> str:
    return f"{p.file}:{p.line}:{p.column}" if p.line else p.file


def text(p: Problem) -> str:
    """`file:line:col: CODE name [pointer] message (value) -> fix`."""
    value = "" if p.value is None else f" (value: {json.dumps(p.value, ensure_ascii=False, default=str)[:120]})"
    return f"{_where(p)}: {p.severity} {p.code} {p.name} at {p.pointer or '/'}: {p.message}{value}\n    fix: {p.fix}"


def json_line(p: Problem) -> str:
    """One JSON object per problem."""
    record = {"code": p.code, "name": p.name, "severity": p.severity, "file": p.file, "line": p.line,
              "column": p.column, "pointer": p.pointer, "message": p.message, "value": p.value, "fix": p.fix}
    return json.dumps(record, ensure_ascii=False, default=str)


def github(p: Problem) -> str:
    """A GitHub Actions workflow command, shown on the pull request's diff."""
    def esc(s: str) -> str:
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    loc = f"file={esc(p.file)},line={p.line or 1}" + (f",col={p.column}" if p.column else "")
    return f"::{p.severity} {loc},title={p.code} {p.name}::{esc(p.pointer + ': ' + p.message + '. Fix: ' + p.fix)}"


FORMATS = {"text": text, "json": json_line, "github": github}
