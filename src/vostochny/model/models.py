"""Pydantic models of the annotation files: the single source of truth for their shape.

The JSON Schema in `schema/` is generated from these classes (`vostochny.model.schema`), so the
two cannot disagree. Models are strict (no "0" for 0) and closed (no unknown keys), which is
what every JSON Schema validator does with the generated schema too. Cross-field facts
(end after start, references resolve, text matches the raw file) are corpus rules in
`vostochny.checking.rules`, because JSON Schema cannot express them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, Strict

from vostochny.model.constants import (
    DATE_PATTERN,
    DEFAULT_LANGUAGE,
    LANGUAGE_PATTERN,
    RIGHTS_NOT_EVALUATED_FIELDS,
    SHA256_PATTERN,
    URL_PATTERN,
    AttributionType,
    EntityType,
    Factuality,
    MentionKind,
    QuoteKind,
    QuoteLinkWording,
    RelationType,
    RightsStatement,
    WikidataClass,
    ZoneKind,
)

# re-exported: the version and these patterns are also read from here
from vostochny.model.constants import DOC_ID_PATTERN as DOC_ID_PATTERN
from vostochny.model.constants import LOCAL_ID_PATTERN as LOCAL_ID_PATTERN
from vostochny.model.constants import PLAIN_TEXT_PATTERN as PLAIN_TEXT_PATTERN
from vostochny.model.constants import SCHEMA_BASE_URL as SCHEMA_BASE_URL
from vostochny.model.constants import SCHEMA_VERSION as SCHEMA_VERSION
from vostochny.model.constants import SEMVER_PATTERN as SEMVER_PATTERN

PlainText = Annotated[str, Field(pattern=PLAIN_TEXT_PATTERN)]
Name = Annotated[str, Field(pattern=PLAIN_TEXT_PATTERN, min_length=1)]
Offset = Annotated[int, Strict(), Field(ge=0)]
LocalId = Annotated[str, Field(pattern=LOCAL_ID_PATTERN)]
DocId = Annotated[str, Field(pattern=DOC_ID_PATTERN)]
SchemaVersion = Annotated[str, Field(pattern=SEMVER_PATTERN)]
Date = Annotated[str, Field(pattern=DATE_PATTERN)]
Url = Annotated[str, Field(pattern=URL_PATTERN)]
#: A token as a compact span `[start, end, text]`: a document has a thousand of them, and
#: arrays cost a fraction of objects to parse and validate. The array itself is read
#: laxly (JSON arrays arrive as lists), its items strictly.
Token = Annotated[
    tuple[Offset, Offset, Annotated[str, Strict()]],
    Field(strict=False),
]


@dataclass(frozen=True)
class RefersTo:
    """Field metadata: the value is an id of this layer (or "registry"); read by `vostochny.reading.layers`,
    ignored by pydantic and the JSON Schema."""

    layer: str


class Model(BaseModel):
    """Base: strict types, no unknown keys, frozen so that rules cannot alter the data."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class Span(Model):
    """A character span of the raw text: code points, 0-based, end exclusive."""

    start: Offset
    end: Offset
    text: str = Field(description="must equal the raw text at [start, end)")


class Sentence(Span):
    """A sentence: a span that starts at its first token and ends at its last."""


class Zone(Span):
    """A document zone (headline, body, boilerplate, ...) so that users can drop furniture."""

    kind: ZoneKind


class Entity(Model):
    """A document-level entity: the cluster that mentions point to."""

    id: LocalId
    type: EntityType
    name: PlainText = Field(min_length=1, description="canonical name within this document")
    kb_id: Annotated[str | None, RefersTo("registry")] = Field(
        default=None, description="id of the corpus-level record in annotations/entities.json"
    )
    distinct_from: Annotated[list[str], RefersTo("registry")] = Field(
        default_factory=list,
        description="registry records checked and found to be other referents: nominals elsewhere linked to "
        "them share this entity's words (schema 1.4.0; V321 is not raised for them)")


class Mention(Span):
    """A span that refers to an entity."""

    id: LocalId
    entity: Annotated[LocalId, RefersTo("entities")]
    kind: MentionKind
    metonymy: bool = Field(default=False, description="a place name standing for its government")


class Relation(Model):
    """A typed, directed relation between two mentions of the sentence that states it."""

    id: LocalId
    type: RelationType
    head: Annotated[LocalId, RefersTo("mentions")]
    tail: Annotated[LocalId, RefersTo("mentions")]
    factuality: Factuality | None = Field(
        default=None, description="asserted, reported, possible or denied (schema 1.4.0); null: not annotated (V235)")


class Quote(Model):
    """A quotation or reported statement: what was said, the cue, and who said it."""

    id: LocalId
    kind: QuoteKind
    content: list[Span] = Field(description="one span, or several for an interrupted quote")
    cue: Span | None = None
    speaker: Annotated[LocalId | None, RefersTo("mentions")] = Field(
        default=None, description="mention id, null if unattributed"
    )
    attribution: AttributionType | None = Field(
        default=None, description="speech, writing, thought or evidence (schema 1.4.0); null: not annotated (V236)")


class Tokenizer(Model):
    """Which tokenizer made the token and sentence layers."""

    name: PlainText
    version: PlainText
    corrections: int = Field(default=0, ge=0, description="tokens corrected by hand afterwards")
    sentence_corrections: int = Field(
        default=0, ge=0, description="sentence starts added or removed by hand afterwards (a boundary moved: two)")


class Rights(Model):
    """The rights in the raw text, as far as the text shows them: the project licenses its
    annotations, never the texts (`LICENSES/LicenseRef-Publisher-Rights.txt`)."""

    statement: RightsStatement = Field(
        description="a RightsStatements.org statement id (URI http://rightsstatements.org/vocab/<id>/1.0/): InC "
        "in copyright, UND undetermined, CNE not evaluated yet (a warning, V221)")
    holder: Name | None = Field(
        description="the rights holder as the text credits it (its publisher); null where the text names none or "
        "the rights are not evaluated")
    note: Name = Field(description="the evidence: what in the text names the holder, or why none is named")


#: the rights of a text no one has evaluated yet: what `vostochny new` and the 1.1.0 -> 1.2.0 migration write
RIGHTS_NOT_EVALUATED = Rights.model_validate(RIGHTS_NOT_EVALUATED_FIELDS)


class DocumentMeta(Model):
    """Bibliographic facts, recorded only where the text itself shows them, and where the text came from."""

    outlet: Name | None = Field(default=None, description="the outlet the text shows (null where it shows none)")
    title: PlainText | None = None
    date: Date | None = None
    language: Annotated[str, Field(pattern=LANGUAGE_PATTERN)] = DEFAULT_LANGUAGE
    source_file: Name = Field(description="the seed file name the text was received as")
    url: Url | None = Field(default=None, description="the article's original URL, only where the text shows it")
    received: Date | None = Field(
        default=None, description="the date (YYYY-MM-DD, UTC) the project received the text; null if not recorded")
    rights: Rights = Field(default=RIGHTS_NOT_EVALUATED, description="rights holder and statement of the raw text")


class Document(Model):
    """One annotation file, `annotations/<id>.json`."""

    model_config = ConfigDict(title="vostochny document", populate_by_name=True)

    schema_: PlainText | None = Field(default=None, alias="$schema")
    schema_version: SchemaVersion
    id: DocId
    sha256: Annotated[str, Field(pattern=SHA256_PATTERN)]
    length: Offset = Field(description="length of the raw text in code points")
    meta: DocumentMeta
    tokenizer: Tokenizer
    sentences: list[Sentence]
    tokens: list[Token]
    zones: list[Zone] = Field(default_factory=list)
    entities: list[Entity]
    mentions: list[Mention]
    relations: list[Relation]
    quotes: list[Quote]


class WikidataSource(Model):
    """One public source that shows the item for the referent: where it was found and what it shows, quoted."""

    where: Name = Field(description="where the source was found, so that anyone can open it again (a URL, a file id)")
    what: Name = Field(description="what the source shows, quoted: the QID, and the referent's name in one source at "
                       "least (V337)")


class WikidataVerified(Model):
    """A Wikidata item that two independent public sources show for the referent, recorded with the link
    (`sources`), so that the validator can tell a QID typed or moved by mistake from the one the evidence shows
    (V336, V337); `scripts/annotation/wikidata_evidence.json` is where release 1's evidence was gathered."""

    status: Literal["verified"]
    qid: PlainText = Field(description="the Wikidata item id, Q and digits (V307); no two records share one (V308)")
    instance_of: WikidataClass | None = Field(
        default=None, description="the item's class where the evidence shows it; the record's type must fit it (V309)")
    sources: list[WikidataSource] = Field(
        description="the public sources that show the item for this referent: two at least, found in two places "
        "(V336), each quoting the QID (V337); schema 1.4.0")


class WikidataNoEntry(Model):
    """No Wikidata item by design: a generic class (missiles) or a one-off group (the officials of one trip)."""

    status: Literal["no-entry"]


class WikidataUnverified(Model):
    """Not yet established: a record gives no QID until two sources show it (never a guess)."""

    status: Literal["unverified"]


#: the record's Wikidata link: a QID only with status "verified", so that a guess has no place to go
WikidataLink = Annotated[WikidataVerified | WikidataNoEntry | WikidataUnverified, Field(discriminator="status")]


class RegistryEntity(Model):
    """A corpus-level entity: one id for the same referent in every document."""

    id: Annotated[str, Field(pattern=DOC_ID_PATTERN)]
    type: EntityType
    name: PlainText = Field(min_length=1)
    aliases: list[PlainText] = Field(default_factory=list)
    misspellings: list[Name] = Field(
        default_factory=list, description="the referent's name as a text misspells it (`Kim Putin`, `Shogu`): a name "
        "mention may be one, but it is no alias (hard case 21; V281); schema 1.4.0")
    wikidata: WikidataLink = Field(
        description="the Wikidata item (verified, with its QID), no-entry (generic classes, one-off groups) or "
        "unverified (schema 1.3.0)")


class Registry(Model):
    """`annotations/entities.json`."""

    model_config = ConfigDict(title="vostochny entity registry", populate_by_name=True)

    schema_: PlainText | None = Field(default=None, alias="$schema")
    schema_version: SchemaVersion
    entities: list[RegistryEntity]


class Splits(Model):
    """`annotations/splits.json`: which documents form each split."""

    model_config = ConfigDict(title="vostochny splits", populate_by_name=True)

    schema_: PlainText | None = Field(default=None, alias="$schema")
    schema_version: SchemaVersion
    train: list[DocId]
    validation: list[DocId]
    test: list[DocId]


class QuoteRef(Model):
    """One report of an utterance: a quotation of one document."""

    document: DocId
    quote: LocalId = Field(description="the quote's id in that document")
    text: Name = Field(description="the quote's content, its fragments in order joined by ' … ': held to the quote "
                                   "word for word (V340), so that renumbered or swapped quote ids re-point no link")


class Intermediary(Model):
    """A named channel that an utterance passed through on its way to a report: a news agency, a
    transcript, a translation."""

    name: Name = Field(description="as the texts name it (KCNA, TASS, a Kremlin transcript, a translation)")
    kb_id: Annotated[str | None, RefersTo("registry")] = Field(
        default=None, description="its registry record, if it has one")


class QuoteLink(Model):
    """Two quotations in different documents that report the same utterance."""

    id: LocalId
    a: QuoteRef
    b: QuoteRef
    wording: QuoteLinkWording = Field(description="how closely the two reports keep the utterance's wording")
    via: list[Intermediary] = Field(
        default_factory=list, description="the named channels the reports went through; required for chain")
    note: Name | None = Field(default=None, description="what decided the label, where it is not plain (null: plain)")


class QuoteLinks(Model):
    """`annotations/quote_links.json` (schema 1.4.0): reports of one utterance linked across documents."""

    model_config = ConfigDict(title="vostochny quote links", populate_by_name=True)

    schema_: PlainText | None = Field(default=None, alias="$schema")
    schema_version: SchemaVersion
    links: list[QuoteLink]
