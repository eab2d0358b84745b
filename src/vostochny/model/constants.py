"""What the pydantic models (`models.py`, `release.py`) and their `msgspec` mirrors
(`vostochny.reading.fastpath`) share: the schema version, the patterns of constrained strings, the
label types and the non-trivial defaults. Both import them from here, so the two cannot drift; and
this module imports no pydantic, so that the validator's valid path never does.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal, TypeAlias

from vostochny.model.labels import (
    ATTRIBUTION_TYPES,
    ENTITY_TYPES,
    FACTUALITY,
    MENTION_KINDS,
    QUOTE_KINDS,
    QUOTE_LINK_WORDINGS,
    RELATION_TYPES,
    RIGHTS_STATEMENTS,
    WIKIDATA_CLASS_TYPES,
    ZONE_KINDS,
)

SCHEMA_VERSION = "1.4.0"
#: what joins a quote's content fragments in the text a quote link's end records of it (V340 reads words only)
_QUOTE_TEXT_JOIN = " \u2026 "


def quote_text(fragments: Iterable[str]) -> str:
    """The text a quote link's end records of its quote: the content fragments' texts in order, joined by ` … `."""
    return _QUOTE_TEXT_JOIN.join(fragments)
SCHEMA_BASE_URL = "https://vostochny.readthedocs.io/schema"
#: where the published schemas lie, named from a corpus's `annotations/` folder (what a file's `$schema` says)
SCHEMA_FROM_ANNOTATIONS = "../schema"


def schema_file(kind: str) -> str:
    """A file kind's published schema (`document`, `registry`, `splits`, `quote-links`), named from the schema folder
    (`v1/document.schema.json`): its `$id` and a file's `$schema` end with it."""
    return f"v{SCHEMA_VERSION.split('.')[0]}/{kind}.schema.json"


def schema_references(kind: str) -> tuple[str, str]:
    """What a file of a kind may name as its `$schema`: its published schema from `annotations/` (as `vostochny new`
    writes it), or by its `$id`."""
    return f"{SCHEMA_FROM_ANNOTATIONS}/{schema_file(kind)}", f"{SCHEMA_BASE_URL}/{schema_file(kind)}"

DOC_ID_PATTERN = r"^[a-z0-9][a-z0-9-]{2,63}$"
LOCAL_ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_.-]{0,63}$"
SEMVER_PATTERN = r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$"
#: free text that is not a span of the raw text (names, titles, tool names): no control characters
#: but tab and line breaks, so that a stray NUL cannot hide in metadata (spans may hold whatever
#: the raw text holds: they are checked against it)
PLAIN_TEXT_PATTERN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f]*$"
#: ASCII digits: `\d` would also accept other scripts' digits, which JSON Schema's `\d` does not
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
#: an http(s) URL of printable ASCII without spaces (other characters percent-encoded)
URL_PATTERN = r"^https?://[!-~]+$"
LANGUAGE_PATTERN = r"^[a-z]{2,3}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
#: a corpus file as `loader.file_hashes` names it (the release manifest's keys): its folder, then its name
CORPUS_FILE_PATTERN = r"^(annotations/[^/]+\.json|raw/[^/]+\.txt)$"
#: the scopes of a release's records that are corpus files, not documents: the registry, the splits, the quote links
CORPUS_SCOPES = frozenset({"entities.json", "splits.json", "quote_links.json"})

#: a document's `meta.language` where the file gives none
DEFAULT_LANGUAGE = "en"
#: the languages the guidelines, the tokenizer and the rules that read words are written for (V352)
GUIDELINE_LANGUAGES = frozenset({DEFAULT_LANGUAGE})
#: the fields of the rights of a text no one has evaluated yet (`models.RIGHTS_NOT_EVALUATED`): what
#: `vostochny new` and the 1.1.0 -> 1.2.0 migration write, and what a document without `meta.rights` has
RIGHTS_NOT_EVALUATED_FIELDS: dict[str, str | None] = {
    "statement": "CNE", "holder": None,
    "note": "not evaluated: record the holder the text credits, or that it credits none "
    "(docs/guidelines.md, Source and rights)"}

if TYPE_CHECKING:
    # The label sets are built from `labels` at run time, which a static checker cannot follow:
    # to it a label is a string (the run-time Literal still rejects any other value).
    EntityType: TypeAlias = str
    MentionKind: TypeAlias = str
    RelationType: TypeAlias = str
    QuoteKind: TypeAlias = str
    ZoneKind: TypeAlias = str
    RightsStatement: TypeAlias = str
    WikidataClass: TypeAlias = str
    Factuality: TypeAlias = str
    AttributionType: TypeAlias = str
    QuoteLinkWording: TypeAlias = str
else:
    EntityType = Literal[tuple(ENTITY_TYPES)]
    MentionKind = Literal[tuple(MENTION_KINDS)]
    RelationType = Literal[tuple(RELATION_TYPES)]
    QuoteKind = Literal[tuple(QUOTE_KINDS)]
    ZoneKind = Literal[tuple(ZONE_KINDS)]
    RightsStatement = Literal[tuple(RIGHTS_STATEMENTS)]
    WikidataClass = Literal[tuple(WIKIDATA_CLASS_TYPES)]
    Factuality = Literal[tuple(FACTUALITY)]
    AttributionType = Literal[tuple(ATTRIBUTION_TYPES)]
    QuoteLinkWording = Literal[tuple(QUOTE_LINK_WORDINGS)]
