"""The release manifest, `annotations/RELEASED.json`: what the last release of the data held.

It is written at release time (`vostochny release-manifest`) and read by `vostochny check-version`,
so that a pull request's data change can be classified against the last release on a clean clone
without git history. It holds no text: a short hash of each record's canonical form.

Format 2 (written since dataset 1.0.0's manifest was converted) keeps each document's records in a file of
its own, `annotations/released/ID.json` (layer -> record id -> hash, one record a line), and the manifest the
SHA-256 of each of those files: the manifest stays small (a few hundred bytes a document), and no reader
holds the records of every document at once (`validate` reads the manifest at every run; format 1, one file
with every record, took ~45 KB a document and 0.6 GB of memory at 2 000 documents). Format 1 is still read.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field, field_validator, model_validator

from vostochny.model.constants import CORPUS_FILE_PATTERN, CORPUS_SCOPES, SHA256_PATTERN
from vostochny.model.models import SEMVER_PATTERN, DocId, Model, PlainText

#: a corpus file as `loader.file_hashes` names it: its folder, then its name (check-version reads the scope of
#: its records from the name)
CorpusFile = Annotated[str, Field(pattern=CORPUS_FILE_PATTERN)]


class ReleaseManifest(Model):
    """`annotations/RELEASED.json`."""

    model_config = ConfigDict(title="vostochny release manifest", populate_by_name=True)

    comment: PlainText = Field(alias="$comment")
    format: Literal[1, 2]
    dataset_version: Annotated[str, Field(pattern=SEMVER_PATTERN)]
    fields: dict[str, list[str]] = Field(description="record model -> the fields it had at the release")
    files: dict[CorpusFile, str] = Field(description="corpus file -> SHA-256 of its bytes")
    documents: dict[DocId, Annotated[str, Field(pattern=SHA256_PATTERN)]] | None = Field(
        None, description="format 2: each released document -> the SHA-256 of its records file, "
        "annotations/released/ID.json (layer -> record id -> value hash)")
    records: dict[str, dict[str, dict[str, str]]] = Field(
        description="scope -> layer -> record id -> value hash (a split name for splits.json); the scopes are the "
        "corpus files (entities.json, splits.json, quote_links.json), and in format 1 each document id too")

    @field_validator("format", mode="before")
    @classmethod
    def _an_integer(cls, value: object) -> object:
        """JSON's `true` and `1.0` are not the integer 1 (a `Literal[1]` takes both, as Python's
        `True == 1.0 == 1`; the mirror, as every integer field of the models, refuses them)."""
        if isinstance(value, (bool, float)):
            kind = "a boolean" if isinstance(value, bool) else "a float"
            raise ValueError(f"the format is an integer, not {kind}")
        return value

    @model_validator(mode="after")
    def _documents_by_format(self) -> ReleaseManifest:
        """Format 2 lists its documents' records files and holds no document's records; format 1 the reverse."""
        if (self.format == 2) != (self.documents is not None):
            raise ValueError(f"a manifest of format {self.format} " + ("lists its documents' records files"
                             if self.format == 2 else "holds each document's records, not a list of their files"))
        if self.format == 2 and not CORPUS_SCOPES.issuperset(self.records):
            raise ValueError(f"a manifest of format 2 holds the records of {', '.join(sorted(CORPUS_SCOPES))} "
                             f"only, not of {', '.join(sorted(set(self.records) - CORPUS_SCOPES))}")
        return self
