"""What validation reads of the Wikidata evidence file, `scripts/annotation/wikidata_evidence.json`, where a corpus
has one (the repository's: its compiler takes each registry record's link from it, docs/guidelines.md, Wikidata
links): each record's status and QID, for V371. A corpus without the file (the packaged corpus, one made with
`vostochny new`) has nothing to compare.

Light (no pydantic): the validator reads it on its valid path."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import msgspec

from vostochny.errors import FileRefused
from vostochny.reading.files import MAX_ANNOTATION_BYTES, present, read_capped

#: the evidence file, from the corpus's root
EVIDENCE_FILE = "scripts/annotation/wikidata_evidence.json"


class Evidence(NamedTuple):
    """What the evidence file records of a registry record's link: its status, and its QID (None: none)."""

    status: str
    qid: str | None


class _Record(msgspec.Struct, gc=False):
    """What is read of a record's entry: the rest (its sources, class and notes) is skipped."""

    status: str
    qid: str | None = None


class _File(msgspec.Struct):
    records: dict[str, _Record]


_DECODER = msgspec.json.Decoder(_File)


def read_evidence(root: Path) -> tuple[dict[str, Evidence], str | None]:
    """Each record's evidence by registry id ({} where the corpus has no evidence file), and why the file could not
    be read (None where it was, or is not there)."""
    path = root / EVIDENCE_FILE
    if not present(path):
        return {}, None
    try:
        found = _DECODER.decode(read_capped(path, MAX_ANNOTATION_BYTES)).records
    except (OSError, FileRefused, ValueError) as error:  # msgspec's errors are ValueErrors
        why = str(error) if isinstance(error, FileRefused | ValueError) else error.strerror or str(error)
        return {}, (f"{EVIDENCE_FILE} could not be read ({why}): the registry's Wikidata links were not compared "
                    "with it (V371)")
    return {kb: Evidence(record.status, record.qid) for kb, record in found.items()}, None
