"""What the dataset's documentation says in words: uses, collection, annotators, personal information,
biases, limitations and social impact. One text each, written into the dataset card's sections and
into `croissant.json`'s Responsible AI (`rai:`) fields, so that the two cannot say different things;
`docs/data-statement.md` (Bender and Friedman's data statement) says the same at length.

Counts come from the exported corpus (`CardFacts`); what the project's records do not say is
written as unknown, never guessed."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vostochny.export.card import CardFacts

DATA_STATEMENT = "docs/data-statement.md"
ANNOTATION_REPORT = "docs/annotation-report.md"

USES = (
    "Evaluating and comparing systems for named entity recognition, coreference resolution, cross-document entity "
    "linking, relation extraction and quotation attribution on English news text, as a small development or test "
    "set with fully checked spans.",
    "Teaching and demonstrating span annotation: guidelines with their hard cases, agreement between passes, and "
    "the same annotations in several exchange formats (CoNLL, CoNLL-U with CorefUD, brat, Parquet).",
    "Testing corpus tooling (validators, converters, loaders) against a corpus whose every offset is checked.",
)
OUT_OF_SCOPE = (
    "Ranking systems or drawing general conclusions from scores alone: a handful of articles on one event gives "
    "wide confidence intervals and little variety.",
    "Pre-training or fine-tuning large models on the texts, or republishing them: the texts keep their "
    "publishers' rights and are not licensed by this project.",
    "Fact-checking or any judgement about the people named: the annotations record what the texts say (a relation "
    "is one that a sentence states), not what is true.",
    "Other languages, genres, periods or topics: everything here is English news about one week of 2023.",
)
CURATION_RATIONALE = (
    "A corpus small enough that every span is checked by rules and can be reviewed by reading, about one event "
    "reported by several outlets, so that the same people, places, organisations and weapons recur across documents "
    "(cross-document linking) and the same statements are quoted and paraphrased in different ways (quotation "
    "attribution). Each layer records only what a sentence of the text states. It is also the reference data of the "
    "vostochny tooling (validator, exports, diff, viewer), which is tested against it.")
RECOMMENDATIONS = (
    "Report results per document and per layer with their counts, not a single score; treat the corpus as a check, "
    "not evidence of general performance. Read the agreement figures as a consistency check of the guidelines. Do "
    "not republish the texts: use them under their publishers' terms. Cite the dataset version you used.")
GLOSSARY = (
    "**mention**: a span that refers to an entity, as a name, a nominal or a pronoun.",
    "**entity**: a cluster of mentions of the same referent in one document (coreference).",
    "**registry**: `annotations/entities.json`, one record per real-world referent; an entity's `kb_id` points to "
    "it and links entities across documents.",
    "**relation**: a typed, directed link between two mentions of the sentence that states it.",
    "**quote**: what was said (content spans), the cue that introduces it, and the speaker mention; direct (in "
    "quote marks), indirect (reported) or mixed.",
    "**zone**: a part of the document (headline, byline, dateline, body, boilerplate).",
    "**metonymy**: a place name that stands for its government (\"Moscow said\").",
    "**offset**: a Unicode code point index into the raw text, 0-based, end exclusive.",
)
COLLECTION_TYPES = ("Secondary Data analysis", "Others")
ANNOTATORS = (
    "The annotations were made by AI annotation agents: large-language-model assistants working in separate "
    "sessions, each given the guidelines, the raw text and the project's tools. No human annotator is recorded. "
    "The project's records do not say which models or model versions the agents were, nor who the maintainers "
    "that supervised them and settled corpus-wide decisions are, or whether any of them is a person: unknown.")
ANNOTATOR_DEMOGRAPHICS = (
    "Not applicable to the annotators: they were language-model agents, not people (see who the annotators were).",
    "Demographics of the maintainers who supervised the annotation: unknown (not recorded).",
    "The agents' training data, and so the perspectives built into them, are not documented here: unknown.",
)
ANNOTATIONS_PER_ITEM = (
    "Three passes per document (a first pass, a second pass from scratch, and the reconciled pass that is "
    "released); one label per item in the release.")
AGREEMENT_ANALYSIS = (
    "The first and second passes were scored against each other before reconciliation (exact and overlap F1 per "
    "layer, Krippendorff's alpha (nominal) of the labels of the records both passes have, coreference MUC, "
    "B-cubed and CEAF-e with scorch, speaker accuracy; annotations/agreement.json); every "
    "disagreement was resolved against the guidelines and is listed with its resolution in "
    f"{ANNOTATION_REPORT}. The release holds the reconciled labels only.")
MACHINE_TOOLS = (
    "Large-language-model agents, which made every annotation pass (which models and versions: unknown).",
    "vostochny.tokenize: the package's rule-based tokenizer (tokens and sentences).",
    "vostochny validate: the rule catalogue that checks every span against the raw text and token boundaries.",
)
SOCIAL_IMPACT = (
    "Small and indirect. The corpus can help build and test tools that attribute statements to politicians and "
    "officials and link them across reports; errors of such tools put words in named people's mouths. It concerns "
    "a military and diplomatic event (possible arms transfers for the war in Ukraine), so models evaluated on it "
    "meet politically charged text; its size keeps it an evaluation and teaching resource, not a training set.")
MAINTENANCE = (
    "Versioned releases with semantic versions of the data (patch: the same records re-serialised; minor: records "
    "added; major: records edited or removed, or splits changed), recorded in CHANGELOG.md; annotation fixes go "
    "through pull requests that the validator checks. Maintained by the vostochny developers; no end-of-support "
    "date is set.")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def sources_line(facts: CardFacts) -> str:
    """Who produced the texts: "Reuters (1 document), TIME (1 document) and 2 unattributed documents (...)"."""
    named = [f"{s} ({_count(facts.by_source[s], 'document')})" for s in facts.outlets]
    if facts.by_source[None]:
        named.append(f"{_count(facts.by_source[None], 'unattributed document')} (naming no outlet, byline or credit)")
    return ", ".join(named[:-1]) + " and " + named[-1] if len(named) > 1 else "".join(named)


def languages_line(facts: CardFacts) -> str:
    return ", ".join(f"`{code}` ({_count(n, 'document')})" for code, n in sorted(facts.languages.items()))


def collection(facts: CardFacts) -> str:
    """`rai:dataCollection` and the card's Data Collection and Processing."""
    return (
        f"{_count(facts.documents, 'news article')} by {sources_line(facts)}, in {languages_line(facts)}, were "
        "given to the project as text files and kept byte for byte as received (encoding damage and spacing "
        "included; a SHA-256 per text). How, from where and when they were retrieved, and how they were selected "
        "among the reports of the event, is not recorded: unknown. Nothing was filtered, normalised or anonymised. "
        "Tokens and sentences come from the package's rule-based tokenizer and are stored with the data.")


def annotation_protocol(facts: CardFacts) -> str:
    """`rai:dataAnnotationProtocol` and the opening of the card's Annotation process."""
    return (
        "Each article was annotated in full following docs/guidelines.md (entity mentions and their kinds, "
        "entities and their registry links, relations, quotations with cue and speaker, zones), re-read sentence by "
        "sentence, and annotated a second time from scratch in a separate pass that never saw the first. The two "
        "passes were compared with `vostochny diff`; each disagreement was resolved against the guidelines, every "
        "decision the guidelines lacked was added to them as a hard case and applied corpus-wide in a final "
        "consistency pass. Spans were never typed as offsets: each is named by a quoted context in an annotation "
        "spec (scripts/annotation/), located by script, and checked against the raw text and token boundaries by "
        f"`vostochny validate`. Every resolved disagreement is listed in {ANNOTATION_REPORT}.")


def personal_information(facts: CardFacts) -> tuple[str, ...]:
    """`rai:personalSensitiveInformation` and the card's Personal and Sensitive Information."""
    people = facts.counters.get("mentions by entity type", Counter())["PER"]
    return (
        f"The texts name real people ({people} mentions of persons in this corpus): heads of state, ministers, "
        "officials, spokespeople and military officers, analysts quoted by name, and the journalists credited in "
        "bylines and credit lines. All appear as the published reports name them, in their public roles.",
        "The annotations attribute statements (quotes with their speaker) and political positions and affiliations "
        "(OFFICIAL_OF, LEADER_OF, AFFILIATED_WITH, NATIONALITY relations) to named people: political opinions and "
        "nationality are special categories of personal data under GDPR Art. 9.",
        "The texts contain no private addresses, health, financial or identity-document data of private persons; "
        "the one e-mail address is an outlet's public letters address. Nothing was anonymised: the texts are "
        "published news.",
    )


def biases(facts: CardFacts) -> tuple[str, ...]:
    """`rai:dataBiases` and the first part of the card's Bias, Risks, and Limitations."""
    return (
        f"Source bias: the texts come from {sources_line(facts)}. They are English-language reports written for "
        "Western readers; Russian and North Korean positions appear only as the reports quote or paraphrase state "
        "media and officials.",
        "Topic and time: one diplomatic and military event; the entities, relations and vocabulary are those of "
        "that week's coverage (leaders, weapons, the war in Ukraine), not of news in general.",
        "Annotator bias: the labels are the decisions of language-model agents applying the guidelines, reconciled "
        "against those guidelines; the agreement between passes is agent-agent agreement, which overstates what "
        "two human annotators would reach, and shared model tendencies would not show as disagreement.",
        "Texts are annotated as written, slips included (in release 1.0.0, \"Kim Putin vowed\" for Kim, and a "
        "spokesman called \"a spokeswoman\").",
    )


def limitations(facts: CardFacts) -> tuple[str, ...]:
    """`rai:dataLimitations` and the second part of the card's Bias, Risks, and Limitations."""
    total = facts.total()
    return (
        f"Size: {_count(facts.documents, 'document')}, {total['tokens']} tokens, {total['mentions']} mentions, "
        f"{total['relations']} relations and {total['quotes']} quotes: enough to test and teach, too few to train "
        "on or to rank close systems.",
        f"Language: {languages_line(facts)}; written news only, mostly wire copy with its conventions (datelines, "
        "credit lines, boilerplate marked as zones).",
        "Layers not annotated: syntax, temporal expressions, events beyond named ones, entity salience, sentiment. "
        "Relations are only those stated within one sentence.",
        "Splits are by document: with so few documents each split is small, and the test split covers one report.",
    )


def data_statement(facts: CardFacts) -> tuple[str, ...]:
    """The data statement's parts in a sentence or two each (the card's summary of DATA_STATEMENT)."""
    return (
        f"**Curation rationale**: {CURATION_RATIONALE.split('. ')[0]}.",
        f"**Language variety**: English, {languages_line(facts)}; written international news; the attributed "
        "reports use US spelling; one unattributed rewrite mixes British and US spelling.",
        "**Speaker demographic**: professional journalists of the outlets named; individual demographics unknown. "
        "The people quoted are mostly officials, state media and analysts.",
        "**Annotator demographic**: none: the annotators were language-model agents; models and versions unknown.",
        "**Speech situation**: edited news reports written for publication, about events of September 2023, "
        "for a general (mostly Western) readership; quotes are reported speech.",
        "**Text characteristics**: wire-style reports with datelines, credit lines and web boilerplate (marked "
        "as zones), kept as received, encoding damage included.",
        f"**Provenance**: {sources_line(facts)}; retrieval and selection not recorded (unknown).",
    )
