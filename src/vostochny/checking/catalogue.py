"""The rule catalogue as Markdown (`docs/rules.md`), generated from the code."""

from __future__ import annotations

from vostochny.checking import rules  # noqa: F401 - registers the corpus rules in the catalogue
from vostochny.checking.problems import CATALOGUE
from vostochny.checking.rules import RULES

__all__ = ["CATALOGUE", "explain", "markdown"]

_LAYERS = {"V0": "File", "V1": "Structure and schema version", "V2": "Document rules", "V3": "Corpus rules",
           "V4": "Rules from V400 on"}
#: what the catalogue says of a rule's `Rule.predictions` (nothing where a prediction is held to it as any annotation)
_PREDICTIONS: dict[str, str] = {
    "required": "**Predictions:** `vostochny evaluate` refuses a prediction that breaks it (it cannot be scored).",
    "gold only": "**Predictions:** not held to it: it holds a gold annotation only (what a system misses or cuts "
                 "short is scored, against its recall or its span match).",
}


def markdown() -> str:
    """Every rule: code, name, severity, message, fix and why."""
    lines = [
        "# Validator rules",
        "",
        "Generated from the code by `python scripts/generate_docs.py`; do not edit by hand.",
        "Each problem the validator reports carries one of these codes, the file, line and column,",
        "the JSON pointer of the offending value, the value and the fix.",
    ]
    current, uses = "", {r.code: r.predictions for r in RULES}
    for code in sorted(CATALOGUE):
        info, note = CATALOGUE[code], _PREDICTIONS.get(uses.get(code, "held"), "")
        if code[:2] != current:
            current = code[:2]
            lines += ["", f"## {_LAYERS[current]}", ""]
        lines += [
            f"### {code} `{info.name}` ({info.severity})",
            "",
            f"**Message:** {info.message}. **Fix:** {info.fix}.",
            "",
            info.doc,
            "",
            *([note, ""] if note else []),
            f"Fails: `{info.example[0]}`  ",
            f"Passes: `{info.example[1]}`",
            "",
        ]
    return "\n".join(lines).rstrip() + "\n"


def explain(code: str) -> str:
    """One rule for a terminal: code, name, severity, why, the fix, and its examples."""
    info = CATALOGUE[code]
    bad, good = info.example
    return "\n".join([f"{code} {info.name} ({info.severity}): {info.message}", "", info.doc, "",
                      f"fix: {info.fix}", "", "fails:", _indent(bad), "", "passes:", _indent(good)])


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())
