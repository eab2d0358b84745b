"""The dataset card (`README.md` of the Hugging Face export): the YAML header the Hub reads
(`huggingface_hub.DatasetCardData`, with `datasets`' own `DatasetInfo` for the features), and the
sections of the dataset card template that huggingface_hub ships, filled in through
`DatasetCard.from_template` (the words shared with croissant.json are in `datasheet`, the fields and
example records in `card_structure`). Every number in it is of the corpus that was exported, gathered
one document at a time (`document_facts` in any process, `CardFacts.add` in corpus order): its own
document count, sources, languages and splits, and its own agreement figures (`annotations/agreement.json`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from vostochny import __version__
from vostochny.errors import FileRefused
from vostochny.export.card_structure import EXAMPLE_CHARS, EXAMPLE_ITEMS, EXAMPLE_SCALARS, example_block, field_table
from vostochny.export.common import Source
from vostochny.export.datasheet import (
    ANNOTATOR_DEMOGRAPHICS,
    ANNOTATORS,
    CURATION_RATIONALE,
    DATA_STATEMENT,
    GLOSSARY,
    OUT_OF_SCOPE,
    RECOMMENDATIONS,
    USES,
    annotation_protocol,
    biases,
    collection,
    data_statement,
    languages_line,
    limitations,
    personal_information,
    sources_line,
)
from vostochny.export.hf_rows import CROSS_SPLIT, RIGHTS_FIELDS
from vostochny.export.options import HfOptions
from vostochny.model.labels import RIGHTS_STATEMENTS, SPLIT_NAMES, rights_statement_uri
from vostochny.model.models import SCHEMA_VERSION, SEMVER_PATTERN, DocumentMeta, QuoteLinks, Rights
from vostochny.reading.corpus import AGREEMENT_FILE, Corpus
from vostochny.reading.view import DocumentView
from vostochny.verbs.stats import COLUMNS, Counts, count_table, counts

#: the file in the package that holds the dataset version: the release of the data (raw texts and annotations),
#: separate from the package version (`vostochny.__version__`) and the schema version (`SCHEMA_VERSION`). It is the
#: one place the dataset version is recorded; CITATION.cff and the README's BibTeX repeat it (tests/test_citation.py).
DATASET_VERSION_FILE = "DATASET_VERSION"


def _dataset_version() -> str:
    text = resources.files("vostochny").joinpath(DATASET_VERSION_FILE).read_text(encoding="utf-8").strip()
    if not re.fullmatch(SEMVER_PATTERN, text):
        raise RuntimeError(f"vostochny/{DATASET_VERSION_FILE} holds {text!r}, not a version MAJOR.MINOR.PATCH")
    return text


DATASET_VERSION = _dataset_version()
#: the dataset's title, as CITATION.cff and the BibTeX entries give it
TITLE = "vostochny: a span-annotated news corpus on the 2023 Kim–Putin summit"
REPOSITORY = "https://github.com/vostochny/vostochny"


def bibtex() -> str:
    """The BibTeX entry of this dataset release, the same in the README, the card and croissant.json."""
    title = TITLE.replace("–", "--")
    return f"""@misc{{vostochny,
  title        = {{{title}}},
  author       = {{{{vostochny developers}}}},
  year         = {{2026}},
  version      = {{{DATASET_VERSION}}},
  howpublished = {{\\url{{{REPOSITORY}}}}},
  note         = {{Dataset and software. Code: MIT; annotations: CC BY 4.0; texts: their publishers' rights}}
}}"""


#: The licence of each part of the corpus, the same in `LICENSES/`, `REUSE.toml`, `pyproject.toml`, the
#: README, the card, its `LICENSE.md` and `croissant.json` (tests/test_licences.py compares them):
#: (part, SPDX identifier, licence, licence URL or None, what it covers).
LICENCES = (
    ("Code", "MIT", "MIT", "https://spdx.org/licenses/MIT.html",
     "the `vostochny` package, its tests and scripts, and the JSON Schemas generated from its models."),
    ("Annotations", "CC-BY-4.0", "CC BY 4.0", "https://spdx.org/licenses/CC-BY-4.0.html",
     "everything in `annotations/` and the annotation layers of every export (offsets, tokens and "
     "sentences as segmentation, mentions, entities, relations, quotations, zones, splits, the registry)."),
    ("Texts", "LicenseRef-Publisher-Rights", "the publishers' rights, not licensed by the vostochny project", None,
     "each article text in `raw/`, and the text that the annotation files "
     "and the exports repeat from it, keeps its publisher's rights. The texts are included unchanged, for research "
     "on the annotations, under their publishers' rights; whether you may redistribute them is your "
     "responsibility. This is a statement of fact, not legal advice."),
)
LICENSE_EXPRESSION = " AND ".join(spdx for _, spdx, _, _, _ in LICENCES)
#: the licence summary written next to the card, which the card's `license_link` names
LICENSE_FILE = "LICENSE.md"
LICENSE_NAME = "mit-and-cc-by-4.0-and-publisher-rights"
#: where the full texts are (the repository's REUSE layout)
LICENSES_URL = "https://github.com/vostochny/vostochny/tree/main/LICENSES"
#: the outlet of a text that names none
UNATTRIBUTED = "unattributed"
#: the count of an optional attribute (factuality, attribution) left null, as the card names it
NOT_ANNOTATED = "not annotated"
#: a split's document ids are named in the card up to this many; beyond, only counted
LISTED = 10
#: the rights table of the card names this many documents; beyond, they are counted by statement
RIGHTS_LISTED = 200
#: the Hub's size categories, by number of documents
SIZES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"))


@dataclass(frozen=True)
class SplitFile:
    """One Parquet file of a config: its path in the export, rows and Arrow bytes, and its first row shortened for the
    card (`card_structure.example_record`; empty while it has no row)."""

    path: str
    rows: int
    nbytes: int
    example: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class DocumentFacts:
    """What the card needs of one document (small, and cheap to send from a worker)."""

    id: str
    meta: DocumentMeta
    counts: Counts
    kb_ids: frozenset[str]
    counters: dict[str, Counter[str | None]]  # label -> mentions, relations or quotes (None: a type unknown)


def text_source(meta: DocumentMeta) -> str | None:
    """Who produced a document's text, as the card groups the texts (source data, rights holders): its outlet,
    None where the text names none. The one place to read further provenance from the documents' metadata."""
    return meta.outlet


def document_facts(view: DocumentView) -> DocumentFacts:
    doc, column = view.doc, view.column  # whole columns, counted at C speed
    counters: dict[str, Counter[str | None]] = {
        "mentions by entity type": Counter(map(view.mention_type.__getitem__, column("mentions", "id"))),
        "mentions by kind": Counter(column("mentions", "kind")),
        "relations by type": Counter(column("relations", "type")),
        "quotes by kind": Counter(column("quotes", "kind")),
        "relations by factuality": Counter(value or NOT_ANNOTATED for value in column("relations", "factuality")),
        "quotes by attribution": Counter(value or NOT_ANNOTATED for value in column("quotes", "attribution")),
    }
    return DocumentFacts(doc.id, doc.meta, counts(doc), frozenset(e.kb_id for e in doc.entities if e.kb_id),
                         counters)


@dataclass
class CardFacts:
    """The corpus figures of the card, summed document by document."""

    documents: int = 0
    splits: dict[str, Counter[str]] = field(default_factory=lambda: {s: Counter() for s in SPLIT_NAMES})
    named: dict[str, list[str]] = field(default_factory=lambda: {s: [] for s in SPLIT_NAMES})
    counters: dict[str, Counter[str | None]] = field(default_factory=dict)
    kb_docs: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    #: documents per text source (`text_source`; None: unattributed), and the first of their ids (up to LISTED + 1)
    by_source: Counter[str | None] = field(default_factory=Counter)
    source_docs: dict[str | None, list[str]] = field(default_factory=dict)
    #: the rights of each document, in corpus order (up to RIGHTS_LISTED), and the documents per statement
    rights: list[DocumentFacts] = field(default_factory=list)
    by_statement: Counter[str] = field(default_factory=Counter)

    def add(self, split: str, facts: DocumentFacts) -> None:
        self.documents += 1
        self.splits[split].update({"documents": 1, **facts.counts})
        if len(self.named[split]) <= LISTED:
            self.named[split].append(facts.id)
        for name, counter in facts.counters.items():
            self.counters.setdefault(name, Counter()).update(counter)
        self.kb_docs.update(facts.kb_ids)
        self.languages[facts.meta.language] += 1
        source = text_source(facts.meta)
        self.by_source[source] += 1
        named = self.source_docs.setdefault(source, [])
        if len(named) <= LISTED:
            named.append(facts.id)
        self.by_statement[facts.meta.rights.statement] += 1
        if len(self.rights) < RIGHTS_LISTED:
            self.rights.append(replace(facts, counters={}, kb_ids=frozenset()))

    @property
    def outlets(self) -> list[str]:
        """The named sources, sorted."""
        return sorted(s for s in self.by_source if s)

    def total(self) -> Counter[str]:
        """Documents and layer sizes over all splits."""
        return sum(self.splits.values(), Counter())


def _card_data(facts: CardFacts, configs: dict[str, tuple[Any, dict[str, SplitFile]]]) -> Any:
    """The YAML header: the Hub's metadata, the configs `datasets.load_dataset` reads, and `dataset_info`."""
    from datasets import DatasetInfo, SplitDict, SplitInfo
    from datasets.info import DatasetInfosDict
    from huggingface_hub import DatasetCardData

    data = DatasetCardData(
        pretty_name="vostochny", language=sorted(facts.languages), license="other",
        license_name=LICENSE_NAME, license_link=LICENSE_FILE,
        annotations_creators=["machine-generated"], language_creators=["found"],
        multilinguality=["monolingual" if len(facts.languages) < 2 else "multilingual"],
        source_datasets=["original"],
        task_categories=["token-classification", "text-classification"], task_ids=["named-entity-recognition"],
        tags=["coreference", "quotation-attribution", "relation-extraction", "news"],
        size_categories=[next((name for limit, name in SIZES if facts.documents < limit), "n>1M")],
        configs=[{"config_name": config, "data_files": [{"split": s, "path": f.path} for s, f in files.items()],
                  **({"default": True} if config == "documents" else {})} for config, (_, files) in configs.items()])
    infos = {}
    for config, (features, files) in configs.items():
        splits = SplitDict()
        for split, f in files.items():
            splits.add(SplitInfo(name=split, num_bytes=f.nbytes, num_examples=f.rows))
        infos[config] = DatasetInfo(features=features, splits=splits,
                                    dataset_size=sum(f.nbytes for f in files.values()))
    DatasetInfosDict(infos).to_dataset_card_data(data)
    return data


def _table(facts: CardFacts) -> str:
    """Layer sizes per split, and their total."""
    columns = ("documents", *COLUMNS)
    return count_table(("split",), columns, [((s,), [c[k] for k in columns]) for s, c in facts.splits.items() if c])


def _split_line(facts: CardFacts) -> str:
    def members(split: str) -> str:
        named = facts.named[split]
        if len(named) > LISTED:
            return f"{facts.splits[split]['documents']} documents"
        return ", ".join(f"`{d}`" for d in named)

    return "; ".join(f"{split}: {members(split) or 'none'}" for split in SPLIT_NAMES)


def licence_lines() -> list[str]:
    """The licence of each part, one Markdown bullet each: the same words in the README, the card and
    `LICENSE.md`."""
    return [f"- **{part}**: {name} (`{spdx}`): {text}" for part, spdx, name, _, text in LICENCES]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rights_table(listed: Sequence[DocumentFacts], by_statement: Counter[str]) -> str:
    """Each document's rights as its metadata records them (`meta.rights`, `meta.received`): the
    `listed` documents (the card's first RIGHTS_LISTED; the README's all), then how many documents
    have each statement."""
    def holder(r: Rights) -> str:
        return r.holder or ("not evaluated" if r.statement == "CNE" else "not stated in the text")

    def row(d: DocumentFacts) -> str:
        meta, statement = d.meta, d.meta.rights.statement
        return (f"| `{d.id}` | {_cell(meta.outlet or UNATTRIBUTED)} | {_cell(holder(meta.rights))} | "
                f"[{statement}]({rights_statement_uri(statement)}) | {meta.received or 'not recorded'} | "
                f"{_cell(meta.rights.note)} |")

    rows = [row(d) for d in listed]
    table = ["| document | outlet | rights holder of the text | statement | received | evidence |",
             "| --- | --- | --- | --- | --- | --- |", *rows]
    statements = ", ".join(f"{RIGHTS_STATEMENTS[s]} ({s}) {n}" for s, n in sorted(by_statement.items()))
    rest = sum(by_statement.values()) - len(listed)
    more = f" The table lists the first {len(listed)} documents; the other {rest} are in those columns." if rest else ""
    columns = ", ".join(f"`rights_{name}`" for name in RIGHTS_FIELDS)
    return "\n".join([*table, "", f"Documents per rights statement: {statements}. The Hugging Face `documents` "
                      f"config carries each document's {columns}, `url` and `received`.{more}"])


def licence_section(facts: CardFacts) -> str:
    """The card's Licence section (also the body of `LICENSE.md`)."""
    return "\n".join([
        f"SPDX licence expression: `{LICENSE_EXPRESSION}`. Each part has its own licence:", "",
        *licence_lines(), "",
        "The texts belong to their publishers. The rights of each text, as the text shows them (statements of "
        "RightsStatements.org):", "", rights_table(facts.rights, facts.by_statement), "",
        f"The licence texts are in the repository's `LICENSES/` folder ({LICENSES_URL}); `REUSE.toml` assigns "
        "each file its licence."])


def licence_file(facts: CardFacts) -> str:
    """`LICENSE.md` of the Hugging Face export: the licence of each part, which the card links to."""
    return f"# Licence of the vostochny dataset, version {DATASET_VERSION}\n\n{licence_section(facts)}\n"


def _counter_line(counter: Counter[str | None]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counter.most_common()) or "none"


def _agreement(root: Path) -> str:
    """Exact F1 per layer of the two independent passes and Krippendorff's alpha of their label decisions,
    from the corpus's own figures if it has them (alpha only where the figures have it)."""
    from vostochny.reading.figures import FiguresError, agreement
    from vostochny.reading.loader import read_figures

    path = Corpus(root).annotations / AGREEMENT_FILE
    all_figures = read_figures(path)
    if not all_figures:
        return "This corpus has no agreement figures (`annotations/agreement.json`)."
    try:
        figures = agreement(all_figures)
    except FiguresError as error:  # a hand-edited or foreign file (the validator refuses it: V101, V102, V105)
        raise FileRefused(f"{path}: not the agreement figures that scripts/annotation/report.py writes "
                          f"({error}); regenerate it, or remove it") from None
    layers = ", ".join(f"{k} {f1:.3f}" for k, f1 in figures.exact.items())
    alphas = ", ".join(f"{k} {'undefined' if a is None else format(a, '.3f')}" for k, a in figures.alpha.items())
    chance = (f" Krippendorff's alpha (nominal) of the labels of the records both passes have: {alphas}."
              if alphas else "")
    speaker = "no quote matched" if figures.speaker is None else format(figures.speaker, ".3f")
    return (f"Agreement of the two passes before reconciliation (exact F1): {layers}; coreference CoNLL F1 "
            f"{figures.coreference:.3f}; speaker attribution {speaker}.{chance}")


def apa() -> str:
    """The APA (7th edition) reference of this dataset release."""
    return f"vostochny developers. (2026). *{TITLE}* (Version {DATASET_VERSION}) [Data set]. {REPOSITORY}"


def _template() -> str:
    """The dataset card template that huggingface_hub ships, its "[optional]" marks (notes to the card's
    author) taken out of the headings."""
    from huggingface_hub import DatasetCard

    return Path(DatasetCard.default_template_path).read_text(encoding="utf-8").replace(" [optional]", "")


def _bullets(lines: Iterable[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def _links_paragraph(links: QuoteLinks | None, configs: dict[str, tuple[Any, dict[str, SplitFile]]]) -> str:
    """What the `quote_links` config holds and how its splits are named, or why there is none."""
    if links is None:
        return ("This corpus has no quote links file (`annotations/quote_links.json`): there is no `quote_links` "
                "config.")
    if "quote_links" not in configs:
        return "This corpus's quote links file holds no links: there is no `quote_links` config."
    wordings = _counter_line(Counter(link.wording for link in links.links))
    rows = ", ".join(f"{s} {f.rows}" for s, f in configs["quote_links"][1].items())
    return (f"The `quote_links` config has one row per link of `annotations/quote_links.json` ({len(links.links)} "
            f"links; by wording: {wordings}): two quotes of different documents that report the same utterance, with "
            "each quote's document, id, split, text and speaker. A link can join documents of different splits, so "
            f"its splits are its own: a link is in the split of its two documents where they share one, else in "
            f"`{CROSS_SPLIT}` ({rows}). A `{CROSS_SPLIT}` row names a document of an evaluation split beside one of "
            "another split: leave those rows out when you train on one split and evaluate on another. A split "
            "without links has no file and is not listed.")


def _structure(facts: CardFacts, configs: dict[str, tuple[Any, dict[str, SplitFile]]], options: HfOptions,
               out: Path, registry_size: int, links: QuoteLinks | None = None) -> str:
    """Dataset Structure: sizes, splits, then each config's fields and its first record."""
    cross = sum(1 for n in facts.kb_docs.values() if n > 1)
    parts = [
        _table(facts), "",
        *(f"- {name}: {_counter_line(c)}" for name, c in facts.counters.items()),
        f"- entities shared by more than one document: {cross} of {registry_size} registry records", "",
        f"Splits are by document, so that no sentence of an evaluation document is seen in training: "
        f"{_split_line(facts)}. A split without rows has no file. Offsets are Unicode code points into the raw "
        "text (0-based, end exclusive); every span's `text` equals the raw text at its offsets. Class labels are "
        "stored as ids; the field tables list their names in id order.", "",
        f"The `ner` config tags {', '.join(sorted(options.kinds))} mentions with the {options.scheme} scheme, keeps "
        f"the {options.nested} of nested mentions, and drops the zones "
        f"{', '.join(sorted(options.drop_zones)) or 'none'}; `LOSSES.json` lists every mention it could not carry.",
        "", f"A relation's `factuality` and a quote's `attribution` are null where they are not annotated (counted as "
        f"\"{NOT_ANNOTATED}\" above).", "", _links_paragraph(links, configs),
    ]
    for config, (features, files) in configs.items():
        split, first = next(iter(files.items()))
        rows = ", ".join(f"{s} {f.rows}" for s, f in files.items())
        parts += ["", f"### Config `{config}` ({rows} rows)", "", field_table(config, features, options), "",
                  f"The first record of its {split} split, shortened (lists of structs cut to their first "
                  f"{EXAMPLE_ITEMS} items, other lists to {EXAMPLE_SCALARS}, strings to {EXAMPLE_CHARS} characters):",
                  "", example_block(first.example)]
    return "\n".join(parts)


def _sources(facts: CardFacts) -> str:
    """Who are the source data producers: the rights holders of the texts."""
    return "\n".join([
        f"The texts were written and published by news organisations: {sources_line(facts)}. Individual "
        "journalists are named where the texts credit them (bylines, reporting and editing credits). Their "
        "demographics are unknown; the texts do not state them and none were collected.", "",
        rights_table(facts.rights, facts.by_statement)])


def _sections(source: Source, facts: CardFacts, configs: dict[str, tuple[Any, dict[str, SplitFile]]],
              options: HfOptions, out: Path) -> dict[str, str]:
    """The text of each section of the template, by its template variable."""
    outlets = ", ".join(facts.outlets)
    return {
        "dataset_summary": f"A span-annotated English news corpus of {facts.documents} reports"
        f"{f' ({outlets} and others)' if outlets else ''} on the September 2023 summit of Kim Jong Un and Vladimir "
        "Putin at the Vostochny Cosmodrome: tokens and sentences, entity mentions clustered into entities and linked "
        "across documents, typed relations, quotations with cue and speaker, and document zones.",
        "dataset_description": "Every span is a pair of character offsets into the raw text and the text it covers, "
        "checked against the raw text by the package's validator (`vostochny validate`). Dataset version "
        f"{DATASET_VERSION} (schema\n{SCHEMA_VERSION}; written by the vostochny package {__version__}).",
        "curators": "the vostochny developers (the project's maintainers)",
        "funded_by": "unknown (no funding is recorded)", "shared_by": "the vostochny developers",
        "language": languages_line(facts), "license": f"`{LICENSE_EXPRESSION}`: code MIT, annotations "
        f"CC BY 4.0, each text its publisher's rights (see Licence below and `{LICENSE_FILE}`)",
        "repo": REPOSITORY, "paper": "none (no paper describes the dataset)",
        "demo": "none online; `vostochny render --out site/` writes a static viewer of the corpus",
        "direct_use": _bullets(USES), "out_of_scope_use": _bullets(OUT_OF_SCOPE),
        "dataset_structure": _structure(facts, configs, options, out, len(source.registry.entities),
                                        source.quote_links),
        "curation_rationale_section": CURATION_RATIONALE,
        "data_collection_and_processing_section": collection(facts),
        "source_data_producers_section": _sources(facts),
        "annotation_process_section": f"{annotation_protocol(facts)}\n\n{_agreement(source.root)}",
        "who_are_annotators_section": f"{ANNOTATORS}\n\n{_bullets(ANNOTATOR_DEMOGRAPHICS)}",
        "personal_and_sensitive_information": _bullets(personal_information(facts)),
        "bias_risks_limitations": _bullets((*biases(facts), *limitations(facts))),
        "bias_recommendations": RECOMMENDATIONS,
        "citation_bibtex": f"```bibtex\n{bibtex()}\n```\n\nThe repository's `CITATION.cff` gives the same "
        f"citation of dataset version {DATASET_VERSION}.",
        "citation_apa": apa(), "glossary": _bullets(GLOSSARY),
        "more_information": "\n".join([
            "### Data statement", "", f"After Bender and Friedman (2018); in full in `{DATA_STATEMENT}` "
            f"({REPOSITORY}/blob/main/{DATA_STATEMENT}).", "", _bullets(data_statement(facts)), "",
            "### Baseline results", "", _results(source.root), "",
            "### Licence", "",
            f"{licence_section(facts)} The same summary is in `{LICENSE_FILE}`, next to this card."]),
        "dataset_card_authors": f"the vostochny developers; this card is written by the vostochny package "
        f"{__version__} from the exported corpus",
        "dataset_card_contact": f"the issue tracker of {REPOSITORY}",
    }


def _results(root: Path) -> str:
    """The stored scores of the reference systems, from `results/*.json` beside the corpus: those that its stored
    predictions still score against the corpus exported (a corpus whose splits or annotations moved since is
    another: its card showed the scores of the one they were measured on)."""
    from vostochny.verbs.results import holding, load_results, results_table

    entries = load_results(root)
    kept = [entry for entry in entries if holding(entry, root)]
    stale = (f" {len(entries) - len(kept)} stored result(s) were scored on another version of this corpus (its "
             "splits or annotations have moved since) and are left out.") if len(kept) < len(entries) else ""
    if not kept:
        return "This corpus has no stored results (`results/*.json` of the repository)." + stale
    return ("Reference systems (`baselines/` of the repository; each learns from the train split only), scored "
            "by `vostochny evaluate`; \"–\" is a layer a system does not predict. Each `results/<system>.json` "
            "of the repository holds the full report, the command that reproduces it and its predictions." + stale
            + "\n\n" + results_table(kept))


def dataset_card(source: Source, facts: CardFacts, configs: dict[str, tuple[Any, dict[str, SplitFile]]],
                 options: HfOptions, out: Path) -> str:
    """The card's full text, the Hugging Face dataset card template filled in; `configs` maps each config with rows
    to its features and files, written under `out`."""
    from huggingface_hub import DatasetCard

    card = DatasetCard.from_template(_card_data(facts, configs), template_str=_template(), pretty_name="vostochny",
                                     **_sections(source, facts, configs, options, out))
    return str(card)
