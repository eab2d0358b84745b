"""The release manifest, `annotations/RELEASED.json`: what the last release of the data held.

It is written at release time (`vostochny release-manifest`) and read by `vostochny check-version`,
so that a pull request's data change can be classified against the last release on a clean clone
without git history. It holds no text: a short hash of each record's canonical form.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field, field_validator

from vostochny.model.constants import CORPUS_FILE_PATTERN
from vostochny.model.models import SEMVER_PATTERN, Model, PlainText

#: a corpus file as `loader.file_hashes` names it: its folder, then its name (check-version reads the scope of
#: its records from the name)
CorpusFile = Annotated[str, Field(pattern=CORPUS_FILE_PATTERN)]


class ReleaseManifest(Model):
    """`annotations/RELEASED.json`."""

    model_config = ConfigDict(title="vostochny release manifest", populate_by_name=True)

    comment: PlainText = Field(alias="$comment")
    format: Literal[1]
    dataset_version: Annotated[str, Field(pattern=SEMVER_PATTERN)]
    fields: dict[str, list[str]] = Field(description="record model -> the fields it had at the release")
    files: dict[CorpusFile, str] = Field(description="corpus file -> SHA-256 of its bytes")
    records: dict[str, dict[str, dict[str, str]]] = Field(
        description="scope (document id, entities.json, splits.json, quote_links.json) -> layer -> record id -> "
        "value hash (a split name for splits.json)")

    @field_validator("format", mode="before")
    @classmethod
    def _an_integer(cls, value: object) -> object:
        """JSON's `true` and `1.0` are not the integer 1 (a `Literal[1]` takes both, as Python's
        `True == 1.0 == 1`; the mirror, as every integer field of the models, refuses them)."""
        if isinstance(value, (bool, float)):
            kind = "a boolean" if isinstance(value, bool) else "a float"
            raise ValueError(f"the format is the integer 1, not {kind}")
        return value
