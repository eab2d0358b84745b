"""What `vostochny hydrate` records of each document in `hydration.json`, at the root of the corpus it writes,
and what validation reads back of it (V269): the text the annotations were made on (the release's SHA-256
and length), the text hydrated on, and whether its words are those annotated.

Light (no pydantic): the validator reads it on its valid path."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal, NamedTuple

from vostochny.errors import FileRefused
from vostochny.reading.files import MAX_ANNOTATION_BYTES, present, read_capped

#: the report `hydrate` writes at the root of the corpus
REPORT_FILE = "hydration.json"

#: whether the words of a text hydrated on are those annotated: "same" (the text as released, or one that differs
#: in quotes, spaces and line ends only: every zone was placed and the zones cover every token), "changed" (a zone
#: could not be placed, or some text lies in no zone: words were changed or added), "unknown" (the document has no
#: zones to compare them by)
Words = Literal["same", "changed", "unknown"]


class Annotated(NamedTuple):
    """A hydrated document's texts: the one annotated (its SHA-256 and length in code points, as released), the
    one hydrated on (its SHA-256) and whether their words are the same."""

    sha256: str
    length: int
    hydrated: str
    words: Words


def entry_fields(annotated: tuple[str, int], hydrated: str, words: Words) -> dict[str, Any]:
    """The fields that `hydrate` adds to a document's entry of the report."""
    return {"annotated": {"sha256": annotated[0], "length": annotated[1]}, "sha256": hydrated, "words": words}


def read_annotated(root: Path) -> tuple[dict[str, Annotated], str | None]:
    """The record of each document of `root/hydration.json` by id ({} where the corpus has no such file), and
    why the file could not be read (None where it was, or is not there)."""
    path = root / REPORT_FILE
    if not present(path):
        return {}, None
    try:
        entries = json.loads(read_capped(path, MAX_ANNOTATION_BYTES))["documents"]
        found = {}
        for entry in entries:
            if "annotated" not in entry:  # written before hydrate recorded the text annotated
                continue
            words = entry["words"]
            if words not in ("same", "changed", "unknown"):
                raise ValueError(words)
            sha256, length = entry["annotated"]["sha256"], entry["annotated"]["length"]
            if not all(isinstance(v, str) for v in (entry["id"], sha256, entry["sha256"])) or type(length) is not int:
                raise ValueError(entry)
            found[entry["id"]] = Annotated(sha256, length, entry["sha256"], words)
    except (OSError, FileRefused, ValueError, KeyError, TypeError, RecursionError) as error:  # nested too deep
        why = "not the report hydrate writes"
        if isinstance(error, FileRefused | OSError):
            why = str(error) if isinstance(error, FileRefused) else error.strerror or str(error)
        return {}, (f"{REPORT_FILE} could not be read ({why}): the raw texts were not compared with the texts "
                    "annotated (V269)")
    return found, None
