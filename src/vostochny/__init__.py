"""vostochny: a span-annotated news corpus on the 2023 Kim Jong Un – Vladimir Putin summit.

    >>> import vostochny
    >>> ds = vostochny.load()                 # a datasets.DatasetDict, offline
    >>> docs = vostochny.load_documents()     # validated pydantic models
    >>> report = vostochny.validate()         # every problem of the corpus
    >>> scores = vostochny.evaluate("predictions/").as_dict()   # predictions against the test split

Attributes are imported on first use, so `import vostochny` stays cheap and validation never
imports `datasets`.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_EXPORTS = {
    "load": "verbs.dataset",
    "load_documents": "reading.documents",
    "iter_documents": "reading.documents",
    "CorpusError": "errors",
    "validate": "checking.validator",
    "evaluate": "evaluation.scoring",
    "EvaluationReport": "evaluation.report",
    "Report": "checking.validator",
    "Document": "model.models",
    "SCHEMA_VERSION": "model.constants",
}

__all__ = [*_EXPORTS, "__version__"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module 'vostochny' has no attribute {name!r}")
