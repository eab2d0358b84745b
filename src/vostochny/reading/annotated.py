"""What `vostochny hydrate` records of each document in `hydration.json`, at the root of the corpus it writes,
and what validation reads back of it (V269): the text the annotations were made on (the release's SHA-256
and length), the text hydrated on, and whether its words are those annotated.

Light (no pydantic): the validator reads it on its valid path."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated as Constrained
from typing import Any, Literal, NamedTuple

import msgspec

from vostochny.errors import FileRefused
from vostochny.reading.files import MAX_ANNOTATION_BYTES, present, read_capped

#: the report `hydrate` writes at the root of the corpus
REPORT_FILE = "hydration.json"
#: the bytes an entry of the report may take, on average over the corpus's documents (`report_limit`): about 450
#: as `hydrate` writes it, and some 60 for each span of the document that was not placed or was left out
PER_DOCUMENT = 16 * 1024

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


def report_limit(documents: int) -> int:
    """The cap on the `hydration.json` of a corpus of `documents` documents: it holds an entry per document, so
    `PER_DOCUMENT` bytes for each, and the cap on an annotation file for the rest (the registry records and
    quote links left out)."""
    return MAX_ANNOTATION_BYTES + documents * PER_DOCUMENT


class _Text(msgspec.Struct, gc=False):
    sha256: str
    length: Constrained[int, msgspec.Meta(ge=0)]


class _Entry(msgspec.Struct, gc=False):
    """What is read of a document's entry: the rest (what became of its spans) is skipped, not kept."""

    id: str
    annotated: _Text | msgspec.UnsetType = msgspec.UNSET  # absent: written before hydrate recorded it (`null`: damaged)
    sha256: str | None = None
    words: Words | None = None


class _Report(msgspec.Struct):
    documents: list[_Entry]


_DECODER = msgspec.json.Decoder(_Report)


def read_annotated(root: Path, documents: int) -> tuple[dict[str, Annotated], str | None]:
    """The record of each document of `root/hydration.json` by id ({} where the corpus has no such file), and
    why the file could not be read (None where it was, or is not there). `documents`: how many the corpus has
    (`report_limit`).

    Decoded as `_Report`, which keeps the few fields read of an entry and skips the rest: for 200 000
    documents (an 89 MB report) 0.4 s, and 175 MiB at the peak: the bytes read, and the records kept
    (`json.loads` of the whole took 1.4 s and 290 MiB)."""
    path = root / REPORT_FILE
    if not present(path):
        return {}, None
    try:
        report = _DECODER.decode(read_capped(path, report_limit(documents)))
        found = {}
        for n, entry in enumerate(report.documents):
            if entry.annotated is msgspec.UNSET:  # written before hydrate recorded the text annotated
                continue
            if entry.sha256 is None or entry.words is None:
                raise ValueError(f"`$.documents[{n}]` records the text annotated, but not the text hydrated on")
            found[entry.id] = Annotated(entry.annotated.sha256, entry.annotated.length, entry.sha256, entry.words)
    except (OSError, FileRefused, ValueError) as error:  # msgspec's errors are ValueErrors (nested too deep too)
        why = f"not the report hydrate writes: {error}"
        if isinstance(error, FileRefused | OSError):
            why = str(error) if isinstance(error, FileRefused) else error.strerror or str(error)
        return {}, (f"{REPORT_FILE} could not be read ({why}): the raw texts were not compared with the texts "
                    "annotated (V269)")
    return found, None
