"""The dataset card and data statement a reviewer can sign off (issue 13, item 5): the card follows the dataset
card template that huggingface_hub ships, describes every field of every config with one example record read
back with `datasets`, describes the corpus that was exported (not the packaged one), and its YAML passes the
offline checks of huggingface_hub and datasets; croissant.json carries the Responsible AI fields in the same
words, read back with mlcroissant; docs/data-statement.md has Bender and Friedman's sections and agrees with
the annotation files."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO

from vostochny.export.card import DATASET_VERSION
from vostochny.export.card_structure import FIELDS, described, field_paths, field_table, shortened, undescribed
from vostochny.export.hf_rows import CONFIGS, features
from vostochny.export.options import HfOptions

pytest.importorskip("mlcroissant")
DATASHEET = REPO / "docs" / "data-statement.md"


def export_hf(root: Path, out: Path) -> Path:
    from vostochny.export import export, read_source

    export("croissant", out, source=read_source(root))
    return out


@pytest.fixture(scope="module")
def hf_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The export of the repository's corpus (its stored results too) with the sample quote links, so that
    every config has rows."""
    import shutil

    from sample import write_quote_links

    root = tmp_path_factory.mktemp("corpus")
    for folder in ("raw", "annotations", "schema", "results"):
        shutil.copytree(REPO / folder, root / folder)
    write_quote_links(root)
    return export_hf(root, tmp_path_factory.mktemp("hf"))


def card_text(folder: Path) -> str:
    return (folder / "README.md").read_text(encoding="utf-8")


def section(card: str, heading: str) -> str:
    """The text under `heading` (a whole Markdown heading line) up to the next heading of any level."""
    body = card.split(f"\n{heading}\n", 1)[1]
    return re.split(r"\n#{1,6} ", body, maxsplit=1)[0]


def bullets(text: str) -> list[str]:
    return [line[2:] for line in text.splitlines() if line.startswith("- ")]


def prose(text: str) -> str:
    """A section's text without the template's HTML comments."""
    return re.sub(r"<!--.*?-->", "", text, flags=re.S).strip()


# --- every field described -------------------------------------------------------------------------------------

@pytest.mark.parametrize("scheme", ["BIO", "IOBES"])
def test_every_field_of_every_config_has_a_description(scheme: str) -> None:
    options = HfOptions(scheme=scheme)
    assert set(FIELDS) == set(CONFIGS)
    for config in CONFIGS:
        assert undescribed(config, features(config, options)) == ([], []), config


def test_a_new_field_without_a_description_stops_the_card() -> None:
    from datasets import Features, List, Value

    grown = Features({**features("quotes"), "confidence": Value("float32"),
                      "cue": {**features("quotes")["cue"], "lemma": Value("string")},
                      "content": List({**features("quotes")["content"].feature, "sentence": Value("int32")})})
    assert undescribed("quotes", grown) == (["content.sentence", "cue.lemma", "confidence"], [])
    with pytest.raises(ValueError, match=r"content\.sentence.*cue\.lemma.*confidence"):
        field_table("quotes", grown, HfOptions())
    shrunk = Features({k: v for k, v in features("ner").items() if k != "zone"})
    assert undescribed("ner", shrunk) == ([], ["zone"])


def test_every_field_is_in_the_card_with_its_type(hf_export: Path) -> None:
    card = card_text(hf_export)
    for config in CONFIGS:
        table = section(card, next(h for h in card.splitlines() if h.startswith(f"### Config `{config}`")))
        rows = re.findall(r"^\| `([^`]+)` \| ([^|]+) \| ([^|]+) \|$", table, re.M)
        assert [path for path, _, _ in rows] == [path for path, _ in field_paths(features(config))]
        assert all(description == described(config, HfOptions())[path] for path, _, description in rows)
    assert "| `mentions.kind` | class label (name, nominal, pronoun) |" in card
    assert "| `ner_tags` | list of class label (O, B-PER, I-PER," in card


def test_the_ner_tags_are_described_with_the_options_of_the_export(sample_corpus: Path, tmp_path: Path) -> None:
    """The `ner_tags` description said "in the scheme the card names (BIO by default), from the outermost of nested
    name mentions" whatever the options (an attack exported with IOBES, innermost, names and pronouns): it states
    the options the export used."""
    from vostochny.export import export, read_source

    options = HfOptions(scheme="IOBES", nested="innermost", kinds=frozenset({"name", "pronoun"}))
    export("hf", tmp_path / "hf", options=options, source=read_source(sample_corpus))
    row = next(line for line in card_text(tmp_path / "hf").splitlines() if line.startswith("| `ner_tags` |"))
    assert row.endswith("| one tag per token, in the IOBES scheme, from the name and pronoun mentions; where mentions "
                        "nest, the innermost keeps its tag (the others are listed in `LOSSES.json`) |")
    assert "BIO" not in row.replace("IOBES", "") and "outermost" not in row
    assert described("ner", HfOptions())["ner_tags"].startswith(
        "one tag per token, in the BIO scheme, from the name mentions; where mentions nest, the outermost keeps")


def test_each_config_shows_its_first_record_as_datasets_reads_it(hf_export: Path, monkeypatch) -> None:
    import datasets

    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    card = card_text(hf_export)
    for config in CONFIGS:
        heading = next(h for h in card.splitlines() if h.startswith(f"### Config `{config}`"))
        body = card.split(f"\n{heading}\n", 1)[1].split("\n### ", 1)[0]
        split = re.search(r"The first record of its (\w+) split", body).group(1)
        example = json.loads(re.search(r"```json\n(.*?)\n```", body, re.S).group(1))
        first = datasets.load_dataset(str(hf_export), config, split=split, cache_dir=str(hf_export.parent / "c"))[0]
        assert example == {k: shortened(v) for k, v in first.items()}, config
        assert set(example) == set(FIELDS[config]) & set(first)
    documents = card.split("### Config `documents`", 1)[1]
    tokens = ('"tokens": [{"start": 0, "end": 5, "text": "North"}, {"start": 6, "end": 12, "text": "Korean"}, '
              '"… 826 more"]')
    assert tokens in documents
    assert '…[+4440 characters]"' in documents


def test_shortened_cuts_lists_and_strings_and_says_so() -> None:
    assert shortened({"a": list(range(12)), "b": [{"x": "y" * 150}] * 3, "c": None}) == {
        "a": [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, "… 2 more"],
        "b": [{"x": "y" * 100 + "…[+50 characters]"}] * 2 + ["… 1 more"], "c": None}


# --- the template ----------------------------------------------------------------------------------------------

def test_card_follows_the_template_that_huggingface_hub_ships(hf_export: Path) -> None:
    from huggingface_hub import DatasetCard

    template = Path(DatasetCard.default_template_path).read_text(encoding="utf-8").split("\n---\n", 1)[1]
    headings = [h.replace(" [optional]", "") for h in re.findall(r"^#+ .*$", template, re.M) if "{{" not in h]
    card = card_text(hf_export)
    found = re.findall(r"^#+ .*$", card.split("\n---\n", 1)[1], re.M)
    template_order = [h for h in found if h in headings]
    assert template_order == headings, "every heading of the template, in its order"
    assert found[0] == "# Dataset Card for vostochny"
    for gap in ("[More Information Needed]", "{{ ", "[optional]"):
        assert gap not in card
    for heading in ("### Direct Use", "### Out-of-Scope Use", "#### Who are the annotators?",
                    "#### Personal and Sensitive Information", "## Bias, Risks, and Limitations"):
        assert len(prose(section(card, heading))) > 100, heading


def test_card_says_who_annotated_and_what_is_unknown(hf_export: Path) -> None:
    card = card_text(hf_export)
    annotators = prose(section(card, "#### Who are the annotators?"))
    assert "language-model" in annotators and "No human annotator is recorded" in annotators
    assert "unknown" in annotators
    producers = prose(section(card, "#### Who are the source data producers?"))
    assert "Associated Press (1 document), Reuters (1 document), TIME (1 document) and 2 unattributed documents" \
        in producers
    process = prose(section(card, "#### Annotation process"))
    assert "exact F1): mentions 0.974" in process
    alphas = json.loads((REPO / "annotations" / "agreement.json").read_text(encoding="utf-8"))["first_vs_second"]
    assert (f"Krippendorff's alpha (nominal) of the labels of the records both passes have: entity type "
            f"{alphas['label_alpha']['entity type']['alpha']:.3f}, mention kind ") in process
    assert "docs/data-statement.md" in section(card, "### Data statement")
    assert "**BibTeX:**\n\n```bibtex\n@misc{vostochny," in card
    assert f"(Version {DATASET_VERSION}) [Data set]. https://github.com/vostochny/vostochny" in card


# --- the YAML, with the tools' own offline checks ---------------------------------------------------------------

def test_card_leaves_out_results_scored_on_another_version_of_the_corpus(tmp_path: Path) -> None:
    """The AP report moved from validation into train: the baselines' stored scores are of another training set
    and another validation split, yet the card showed them under "each learns from the train split only" (a review
    found it). Results that no longer hold are left out, and the card says so."""
    import shutil

    root = tmp_path / "corpus"
    for folder in ("raw", "annotations", "schema", "results"):
        shutil.copytree(REPO / folder, root / folder)
    splits_path = root / "annotations" / "splits.json"
    splits = json.loads(splits_path.read_text(encoding="utf-8"))
    moved = splits["validation"].pop()
    splits["train"].append(moved)
    splits_path.write_text(json.dumps(splits, indent=2) + "\n", encoding="utf-8")
    results = prose(section(card_text(export_hf(root, tmp_path / "hf")), "### Baseline results"))
    assert "4 stored result(s) were scored on another version of this corpus" in results
    assert "crf-ner" not in results and "gazetteer-ner" not in results


def test_results_of_a_model_trained_on_other_annotations_do_not_hold(tmp_path: Path) -> None:
    """A name mention deleted from a training document: the CRF trained on it would score otherwise (91 -> 86 strict
    matches, a review found it), yet its stored scores held; a layout of the same content changes nothing."""
    import shutil

    from vostochny.verbs.results import holding, load_results

    root = tmp_path / "corpus"
    for folder in ("raw", "annotations", "schema", "results"):
        shutil.copytree(REPO / folder, root / folder)
    train = json.loads((root / "annotations" / "splits.json").read_text(encoding="utf-8"))["train"][0]
    path = root / "annotations" / f"{train}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(data, indent=4), encoding="utf-8")  # another layout
    trained = [e for e in load_results(root) if e.trained_on]
    assert trained and all(holding(e, root) for e in trained)
    norp = next(m for m in data["mentions"] if m["kind"] == "name" and not any(
        m["id"] in (r["head"], r["tail"]) for r in data["relations"]) and not any(q["speaker"] == m["id"]
                                                                                   for q in data["quotes"]))
    data["mentions"].remove(norp)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    assert not any(holding(e, root) for e in trained)


def test_a_training_document_linked_outside_the_corpus_is_not_read(tmp_path: Path) -> None:
    """The training documents' content is read as the loader reads a corpus file: one linked from outside the corpus
    (the same bytes) is not read, and the results no longer hold (the first version followed the link)."""
    import shutil

    from vostochny.verbs.results import holding, learnt_from, load_results

    root = tmp_path / "corpus"
    for folder in ("raw", "annotations", "schema", "results"):
        shutil.copytree(REPO / folder, root / folder)
    train = json.loads((root / "annotations" / "splits.json").read_text(encoding="utf-8"))["train"][0]
    path = root / "annotations" / f"{train}.json"
    before = learnt_from(["train"], root)["train"][train]
    outside = tmp_path / "outside.json"
    path.rename(outside)
    path.symlink_to(outside)
    assert before and learnt_from(["train"], root)["train"][train] == ""
    trained = [e for e in load_results(root) if e.trained_on]
    assert trained and not any(holding(e, root) for e in trained)


def test_card_shows_the_stored_results_of_the_repository(hf_export: Path) -> None:
    """The card's results are the README's table, read from `results/*.json` beside the corpus."""
    from vostochny.verbs.results import load_results, results_table

    results = section(card_text(hf_export), "### Baseline results")
    assert results.strip().endswith(results_table(load_results(REPO)))
    assert "| gazetteer-ner | test | 0.874 | 0.878 | 0.573 | – |" in results


def test_card_yaml_passes_huggingface_hub_and_datasets_offline_checks(hf_export: Path) -> None:
    import datasets
    import yaml
    from datasets.info import DatasetInfosDict
    from datasets.utils.metadata import MetadataConfigs, _NoDuplicateSafeLoader, _split_yaml_from_readme
    from huggingface_hub import DatasetCard, DatasetCardData

    card = card_text(hf_export)
    block, _ = _split_yaml_from_readme(card)
    yaml.load(block, Loader=_NoDuplicateSafeLoader)  # datasets' own loader: no duplicate keys
    parsed = DatasetCard.load(hf_export / "README.md", ignore_metadata_errors=False)
    assert isinstance(parsed.data, DatasetCardData) and parsed.data.pretty_name == "vostochny"
    assert DatasetCard(str(parsed)).data.to_dict() == parsed.data.to_dict()  # round trip
    configs = MetadataConfigs.from_dataset_card_data(parsed.data)  # checks each config's data_files
    assert list(configs) == list(CONFIGS) and configs.get_default_config_name() == "documents"
    infos = DatasetInfosDict.from_dataset_card_data(parsed.data)
    for config in CONFIGS:
        assert infos[config].features == features(config)
        # the sample links join train documents and a validation to a test document; no other split has a link
        expected = {"train", "cross_split"} if config == "quote_links" else {"train", "validation", "test"}
        assert set(infos[config].splits) == expected
    resources = Path(datasets.__file__).parent / "utils" / "resources"

    def known(name: str) -> Any:
        return json.loads((resources / name).read_text(encoding="utf-8"))

    data = parsed.data.to_dict()
    assert set(data["language"]) <= set(known("languages.json"))
    assert set(data["size_categories"]) <= set(known("size_categories.json"))
    assert set(data["multilinguality"]) <= set(known("multilingualities.json"))
    assert set(data["annotations_creators"]) <= set(known("creators.json")["annotations"])
    assert set(data["language_creators"]) <= set(known("creators.json")["language"])
    assert data["annotations_creators"] == ["machine-generated"]
    assert datasets.get_dataset_config_names(str(hf_export)) == list(CONFIGS)


# --- the exported corpus, not the packaged one ------------------------------------------------------------------

@pytest.fixture
def other_corpus(repo_corpus: Path) -> Path:
    """The repository's corpus without the AP report, with TIME's text credited to no outlet (its outlet and rights
    holder left out, as a rewrite would have them): another corpus, whose card must say so."""
    (repo_corpus / "raw" / "ap-kim-whereabouts-after-summit.txt").unlink()
    (repo_corpus / "annotations" / "ap-kim-whereabouts-after-summit.json").unlink()
    (repo_corpus / "annotations" / "agreement.json").unlink()
    splits = repo_corpus / "annotations" / "splits.json"
    splits.write_text(json.dumps({**json.loads(splits.read_text()), "validation": []}))
    links = repo_corpus / "annotations" / "quote_links.json"  # the AP report's links go with it
    kept = [ln for ln in json.loads(links.read_text())["links"]
            if "ap-kim-whereabouts-after-summit" not in (ln["a"]["document"], ln["b"]["document"])]
    links.write_text(json.dumps({**json.loads(links.read_text()), "links": kept}))
    path = repo_corpus / "annotations" / "time-kim-russia-trip-putin-weakness.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["meta"].update(outlet=None, rights={"statement": "UND", "holder": None, "note": "no credit kept"})
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return repo_corpus


def test_card_and_croissant_describe_the_corpus_they_were_given(other_corpus: Path, tmp_path: Path) -> None:
    import mlcroissant as mlc
    import yaml

    out = export_hf(other_corpus, tmp_path / "hf")
    card = card_text(out)
    header = yaml.safe_load(card.split("---\n")[1])
    assert header["language"] == ["en"] and header["multilinguality"] == ["monolingual"]
    sources = "Reuters (1 document) and 3 unattributed documents"
    assert "corpus of 4 reports (Reuters and others)" in card
    assert sources in prose(section(card, "#### Who are the source data producers?"))
    assert sources in prose(section(card, "#### Data Collection and Processing"))
    assert "Size: 4 documents," in card and "`en` (4 documents)" in card and "TIME" not in card
    assert "Associated Press" not in card and "ap-kim-whereabouts-after-summit" not in card
    assert "This corpus has no agreement figures" in card
    assert prose(section(card, "### Baseline results")) == "This corpus has no stored results (`results/*.json` of " \
        "the repository)."
    metadata = mlc.Dataset(jsonld=str(out / "croissant.json")).metadata
    assert sources in metadata.data_collection and metadata.in_language == ["en"]
    assert metadata.data_limitations[0].startswith("Size: 4 documents,")


# --- croissant.json: the RAI fields -----------------------------------------------------------------------------

RAI = {"dataCollection", "dataCollectionType", "dataCollectionRawData", "dataCollectionMissingData",
       "dataPreprocessingProtocol", "dataAnnotationProtocol", "dataAnnotationAnalysis", "annotationsPerItem",
       "annotatorDemographics", "machineAnnotationTools", "dataUseCases", "dataBiases", "dataLimitations",
       "personalSensitiveInformation", "dataSocialImpact", "dataReleaseMaintenancePlan"}


def test_croissant_declares_rai_and_carries_its_fields(hf_export: Path) -> None:
    data = json.loads((hf_export / "croissant.json").read_text(encoding="utf-8"))
    assert data["conformsTo"] == ["http://mlcommons.org/croissant/1.1", "http://mlcommons.org/croissant/RAI/1.0"]
    assert data["@context"]["rai"] == "http://mlcommons.org/croissant/RAI/"
    assert {k.removeprefix("rai:") for k in data if k.startswith("rai:")} == RAI
    assert data["rai:dataCollectionType"] == ["Secondary Data analysis", "Others"]  # the spec's recommended values
    assert data["inLanguage"] == "en"


def test_mlcroissant_reads_the_rai_fields_in_the_cards_words(hf_export: Path) -> None:
    import mlcroissant as mlc

    metadata = mlc.Dataset(jsonld=str(hf_export / "croissant.json")).metadata  # raises on a validation error
    assert not metadata.ctx.issues.errors
    card = card_text(hf_export)
    assert metadata.data_collection == prose(section(card, "#### Data Collection and Processing"))
    assert metadata.data_biases + metadata.data_limitations == bullets(
        prose(section(card, "## Bias, Risks, and Limitations")))
    assert metadata.personal_sensitive_information == bullets(
        prose(section(card, "#### Personal and Sensitive Information")))
    assert metadata.annotator_demographics == bullets(prose(section(card, "#### Who are the annotators?")))
    uses = bullets(prose(section(card, "### Direct Use")))
    out_of_scope = bullets(prose(section(card, "### Out-of-Scope Use")))
    assert metadata.data_use_cases == uses + [f"Out of scope: {use}" for use in out_of_scope]
    assert prose(section(card, "#### Annotation process")).startswith(metadata.data_annotation_protocol[0])
    assert "not people" in metadata.annotator_demographics[0]


# --- the data statement -----------------------------------------------------------------------------------------

def test_data_statement_has_bender_and_friedmans_sections() -> None:
    text = DATASHEET.read_text(encoding="utf-8")
    headings = re.findall(r"^## (.*)$", text, re.M)
    assert headings == ["A. Curation rationale", "B. Language variety", "C. Speaker demographic",
                        "D. Annotator demographic", "E. Speech situation", "F. Text characteristics",
                        "G. Recording quality", "H. Other", "I. Provenance appendix"]
    assert "No human annotator is recorded" in text and "language-model" in text


def test_data_statement_provenance_agrees_with_the_annotation_files() -> None:
    text = DATASHEET.read_text(encoding="utf-8")
    table = text.split("<!-- provenance-table:start -->")[1].split("<!-- provenance-table:end -->")[0]
    rows = re.findall(r"^\| `([^`]+)` \| `([^`]+)` \| ([^|]+) \|", table, re.M)
    metas = {}
    for path in sorted((REPO / "annotations").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if "meta" in data:
            metas[data["id"]] = data["meta"]
    assert {doc: (seed, outlet.strip()) for doc, seed, outlet in rows} == {
        doc: (meta["source_file"], meta["outlet"] or "unattributed") for doc, meta in metas.items()}
    from vostochny.export.card import DATASET_VERSION

    assert text.startswith(f"# Data statement: vostochny, dataset version {DATASET_VERSION}\n")
    assert "## D. Annotator demographic" in text


def test_readme_links_the_data_statement() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "(docs/data-statement.md)" in readme and DATASHEET.is_file()


@pytest.mark.parametrize(("content", "code", "where"), [
    ('{"first_vs_second": {"exact": 3}}', "V102", "/first_vs_second/exact"),
    ('{"first_vs_second": {"exact": {"zones": {"f1": 1}}}}', "V101", "/first_vs_second/exact/zones/tp"),
    ('{"first_vs_second": {"exact": {}}}', "V102", "/first_vs_second/exact"),  # the card said "(exact F1): ;"
    ('{"first_vs_second": ', "V001", ""),  # read as no figures once: the card said there were none
    ("[]", "V102", ""),
])
def test_agreement_figures_of_another_shape_are_refused_by_the_validator(
        repo_corpus: Path, tmp_path: Path, capsys, content: str, code: str, where: str) -> None:
    """A hand-edited `annotations/agreement.json` stopped the card with a KeyError traceback (valid JSON, other
    keys) or was read as no figures at all (not JSON); then the card refused it, after validation had passed.
    The validator reports it now, located (exit 1), and the export writes nothing."""
    from vostochny.cli import main

    (repo_corpus / "annotations" / "agreement.json").write_text(content, encoding="utf-8")
    assert main(["validate", str(repo_corpus), "--format", "json"]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert [(p["code"], p["file"].rsplit("/", 2)[-2:], p["pointer"]) for p in problems] == \
        [(code, ["annotations", "agreement.json"], where)]
    out = tmp_path / "hf"
    assert main(["export", "--format", "hf", "--out", str(out), "--corpus", str(repo_corpus)]) == 1
    assert "Traceback" not in capsys.readouterr().err and not out.exists()


@pytest.mark.parametrize(("figures", "said"), [
    ({"first_vs_second": {"exact": {}, "label_alpha": None}}, "/first_vs_second/label_alpha: null, not an object"),
    ({"first_vs_second": {"exact": {"mentions": [0.9]}}}, "/first_vs_second/exact/mentions: an array, not an object"),
])
def test_figures_of_the_wrong_type_are_named_in_json_words(figures: dict, said: str) -> None:
    """The validator's V102 on agreement.json said 'a JSON NoneType' and 'a JSON list' (Python's names)."""
    from vostochny.reading.figures import FiguresError, agreement

    with pytest.raises(FiguresError) as error:
        agreement(figures)
    assert str(error.value) == said


#: a layer's exact-match figures with the counts that give them (9 of 10 found both ways)
F09 = {"tp": 9, "fp": 1, "fn": 1, "precision": 0.9, "recall": 0.9, "f1": 0.9}


def _figures(exact: dict, alpha: object = 0.8, coreference: object = 0.5, accuracy: object = 0.7) -> dict:
    """Figures of the shape `report.py` writes: every figure the card states with its counts (1 disagreement in 10
    units allows an alpha of at most 0.905; 7 of 10 quotes, 0.7)."""
    return {"first_vs_second": {"exact": exact,
                                "label_alpha": {"mention type": {"units": 10, "disagreements": 1, "alpha": alpha}},
                                "coreference": {**{part: {"f1": coreference} for part in ("MUC", "B3", "CEAF-e")},
                                                "CoNLL": {"f1": coreference}},
                                "speaker_accuracy": {"matched_quotes": 10, "accuracy": accuracy}}}


def _speaker(accuracy: float, matched: float) -> dict:
    figures = _figures({"mentions": F09})
    figures["first_vs_second"]["speaker_accuracy"] = {"matched_quotes": matched, "accuracy": accuracy}
    return figures


def _labels(alpha: float | None, units: int, disagreements: int) -> dict:
    figures = _figures({"mentions": F09})
    figures["first_vs_second"]["label_alpha"]["mention type"] = {"units": units, "disagreements": disagreements,
                                                                  "alpha": alpha}
    return figures


def test_accuracies_and_alphas_that_their_counts_allow_are_read() -> None:
    """What `verbs.compare` writes: an accuracy of right quotes over those matched; an alpha of 1 or undefined
    without disagreement, below 1 with one, undefined over no unit."""
    from vostochny.reading.figures import agreement

    assert agreement(_speaker(0.6667, 3)).speaker == 0.6667
    assert agreement(_speaker(0.9877, 81)).speaker == 0.9877
    for alpha, units, disagreements in ((1.0, 80, 0), (None, 80, 0), (None, 0, 0), (0.9582, 81, 1), (-0.2, 5, 4),
                                        (0.9904, 832, 6), (1.0, 30000, 1)):  # one in 30 000 rounds to 1.0
        assert agreement(_labels(alpha, units, disagreements)).alpha == {"mention type": alpha}


@pytest.mark.parametrize(("figures", "said"), [
    (_figures({"mentions": {"f1": 7.5}}), "/first_vs_second/exact/mentions/f1: 7.5 is not from 0 to 1"),
    (_figures({"mentions": F09}, coreference=-3), "/first_vs_second/coreference/CoNLL/f1: -3.0 is not"),
    (_figures({"mentions": F09}, accuracy=1.2), "/first_vs_second/speaker_accuracy/accuracy: 1.2 is not"),
    (_figures({"mentions": F09}, alpha=1.5), "/first_vs_second/label_alpha/mention type/alpha: 1.5 is not"),
    (_figures({"mentions": F09}, alpha=-7.5), "/first_vs_second/label_alpha/mention type/alpha: -7.5 is not"),
    (_figures({"mentions": {"tp": 826, "fp": 20, "fn": 24, "f1": 0.9}}), "/first_vs_second/exact/mentions/f1: 0.9, "
     "but tp 826, fp 20, fn 24 give 0.9741"),
    (_figures({"mentions": {"tp": 8.5, "fp": 0, "fn": 0, "f1": 1.0}}), "/first_vs_second/exact/mentions/tp: 8.5 is not "
     "a count"),
    (_figures({"mentions": F09, " ": F09}), "/first_vs_second/exact/ : ' ' is no layer's name"),
    (_figures({"mentions": F09, "a\nb": F09}), "is no layer's name"),
    # an accuracy over no quote, or no share of its count; an alpha its units and disagreements contradict
    (_speaker(1.0, 0), "/first_vs_second/speaker_accuracy/accuracy: 1.0 over no item (matched_quotes 0)"),
    (_speaker(0.55, 3), "/first_vs_second/speaker_accuracy/accuracy: 0.55 is no share of 3 matched_quotes"),
    (_speaker(0.7, 2.5), "/first_vs_second/speaker_accuracy/matched_quotes: 2.5 is not a count"),
    (_labels(0.9, 80, 0), "/first_vs_second/label_alpha/mention type/alpha: 0.9 over 80 unit(s) with 0 disagreement"),
    (_labels(1.0, 80, 3), "/first_vs_second/label_alpha/mention type/alpha: 1.0 over 80 unit(s) with 3 disagreement"),
    (_labels(0.9999, 832, 6), "/first_vs_second/label_alpha/mention type/alpha: 0.9999 over 832 unit(s)"),  # <= 0.9928
    (_labels(None, 80, 3), "/first_vs_second/label_alpha/mention type/alpha: None over 80 unit(s)"),
    (_labels(1.0, 0, 0), "/first_vs_second/label_alpha/mention type/alpha: 1.0 over 0 unit(s)"),
    (_labels(0.5, 3, 4), "/first_vs_second/label_alpha/mention type/disagreements: 4 disagreements in 3 units"),
])
def test_figures_the_card_could_not_state_truly_are_refused(figures: dict, said: str) -> None:
    """The card stated `exact F1: mentions 7.500` and an F1 its own counts contradict (found by an attack)."""
    from vostochny.reading.figures import FiguresError, agreement

    with pytest.raises(FiguresError) as error:
        agreement(figures)
    assert said in str(error.value)


def test_a_layer_both_passes_left_empty_agrees() -> None:
    """`evaluation.counts` writes an empty layer as tp = fp = fn = 0 and F1 1.0: no count contradicts it."""
    from vostochny.reading.figures import agreement

    assert agreement(_figures({"zones": {"tp": 0, "fp": 0, "fn": 0, "f1": 1.0}})).exact == {"zones": 1.0}


def test_the_corpus_s_figures_agree_with_their_counts() -> None:
    from vostochny.reading.figures import agreement

    figures = agreement(json.loads((REPO / "annotations" / "agreement.json").read_text(encoding="utf-8")))
    assert figures.exact and all(0 < f1 <= 1 for f1 in figures.exact.values())


@pytest.mark.parametrize(("changed", "said"), [
    ({"precision": 0.5}, "/first_vs_second/exact/mentions/precision: 0.5, but tp 826, fp 20, fn 24 give 0.9764"),
    ({"recall": 0.5}, "/first_vs_second/exact/mentions/recall: 0.5, but"),
])
def test_precision_and_recall_agree_with_their_counts(changed: dict, said: str) -> None:
    from vostochny.reading.figures import FiguresError, agreement

    counts = {"tp": 826, "fp": 20, "fn": 24, "precision": 0.9764, "recall": 0.9718, "f1": 0.9741}
    agreement(_figures({"mentions": counts}))
    with pytest.raises(FiguresError) as error:
        agreement(_figures({"mentions": {**counts, **changed}}))
    assert said in str(error.value)


def test_the_conll_f1_is_the_mean_of_its_three_metrics() -> None:
    from vostochny.reading.figures import FiguresError, agreement

    parts = {"MUC": {"f1": 0.9842}, "B3": {"f1": 0.9748}, "CEAF-e": {"f1": 0.9646}}
    figures = _figures({"mentions": F09})
    figures["first_vs_second"]["coreference"] = {**parts, "CoNLL": {"f1": 0.9745}}
    assert agreement(figures).coreference == 0.9745
    figures["first_vs_second"]["coreference"]["CoNLL"]["f1"] = 0.10
    with pytest.raises(FiguresError, match=r"the mean of MUC, B3 and CEAF-e is 0\.9745"):
        agreement(figures)


def test_label_decisions_are_named_and_an_empty_layer_agrees_fully() -> None:
    """The card prints each label decision's name: one named "" or with a line break in it was stated; and a layer
    both passes left empty (0/0/0) agrees fully, so an F1 of 0.3 there is no figure of it (a review found both)."""
    from vostochny.reading.figures import FiguresError, agreement

    bad_name = _figures({"mentions": F09})
    bad_name["first_vs_second"]["label_alpha"]["x\n## Injected heading"] = {"units": 10, "disagreements": 1,
                                                                           "alpha": 0.5}
    with pytest.raises(FiguresError, match="is no layer's name"):
        agreement(bad_name)
    with pytest.raises(FiguresError, match=r"0\.3, but tp 0, fp 0, fn 0 give 1\.0000"):
        agreement(_figures({"zones": {"tp": 0, "fp": 0, "fn": 0, "f1": 0.3}}))


def _real_figures(edit: Callable[[dict], object]) -> dict:
    figures = json.loads((REPO / "annotations" / "agreement.json").read_text(encoding="utf-8"))
    edit(figures)
    return figures


@pytest.mark.parametrize(("edit", "said"), [
    # the counts deleted, and the F1 then set at will (an attack found each accepted)
    (lambda f: f["first_vs_second"]["exact"]["relations"].pop("tp"), "/first_vs_second/exact/relations/tp: missing"),
    (lambda f: f["first_vs_second"]["coreference"].pop("MUC"), "/first_vs_second/coreference/MUC: missing"),
    (lambda f: f["first_vs_second"]["speaker_accuracy"].pop("matched_quotes"),
     "/first_vs_second/speaker_accuracy/matched_quotes: missing"),
    (lambda f: f["first_vs_second"]["label_alpha"]["entity type"].pop("units"),
     "/first_vs_second/label_alpha/entity type/units: missing"),
    (lambda f: f["first_vs_second"]["exact"]["mentions"].update(tp=826.0), "/first_vs_second/exact/mentions/tp: 826.0 "
     "is not a count"),
    # the sections the card does not state, which docs/annotation-report.md prints
    (lambda f: f.update(first_vs_gold="x"), "/first_vs_gold: a string, not an object"),
    (lambda f: f["first_vs_gold"]["exact"]["mentions"].update(f1=2), "/first_vs_gold/exact/mentions/f1: 2.0 is not "
     "from 0 to 1"),
    (lambda f: f["first_vs_second"]["exact_by_label"]["mentions"]["GPE"].update(f1=0.5),
     "/first_vs_second/exact_by_label/mentions/GPE/f1: 0.5, but tp"),
    (lambda f: f["first_vs_second"]["nervaluate"]["mentions"]["strict"].update(recall=1e308),
     "/first_vs_second/nervaluate/mentions/strict/recall: 1e+308 is not from 0 to 1"),
    (lambda f: f["second_vs_gold"]["exact"].update(note=[1]), "/second_vs_gold/exact/note: an array, not a string"),
    (lambda f: f["first_vs_second"]["attributes"]["relation factuality"]["alpha"].update(alpha=0.5),
     "/first_vs_second/attributes/relation factuality/alpha/alpha: 0.5 over 192 unit(s) with 0 disagreement(s)"),
    # a review of the walk found these accepted: counts deleted outside `exact`, the gold comparisons held to less
    (lambda f: f["first_vs_second"]["exact_by_label"]["mentions"]["GPE"].pop("tp"),
     "/first_vs_second/exact_by_label/mentions/GPE/tp: missing"),
    (lambda f: f["first_vs_second"]["overlap"]["mentions"].pop("fn"), "/first_vs_second/overlap/mentions/fn: missing"),
    (lambda f: f["first_vs_gold"]["speaker_accuracy"].update(accuracy=0.5), "/first_vs_gold/speaker_accuracy/"
     "accuracy: 0.5 is no share of"),
    (lambda f: f["first_vs_gold"]["coreference"].pop("CoNLL"), "/first_vs_gold/coreference/CoNLL: missing"),
    (lambda f: f["first_vs_second"]["attributes"]["relation factuality"].update(accuracy=0.5),
     "/first_vs_second/attributes/relation factuality/accuracy: 0.5, but 192 agree of 192"),
    (lambda f: f["first_vs_second"]["attributes"]["relation factuality"].update(agree=500),
     "/first_vs_second/attributes/relation factuality/agree: 500 agree of 192 annotated of 192 matched"),
    (lambda f: f["first_vs_second"]["nervaluate"]["mentions"]["strict"].update(precision=0.5, recall=0.5),
     "/first_vs_second/nervaluate/mentions/strict/f1: 0.9682, but precision 0.5 and recall 0.5 give 0.5000"),
    (lambda f: f["first_vs_second"]["quote_links"].update(links_a=1), "/first_vs_second/quote_links/links_a: 1 links, "
     "but 5 shared"),
    (lambda f: f["first_vs_second"]["quote_links"].update(wording_agree=50), "/first_vs_second/quote_links/"
     "wording_agree: 50 agree of 5 shared links"),
    (lambda f: f["first_vs_second"]["exact"]["mentions"].update(F1=7.5),
     "/first_vs_second/exact/mentions/F1: 7.5 is no figure a report writes"),
    (lambda f: f["first_vs_gold"].update(deep=json.loads('{"a": ' * 9 + "1" + "}" * 9)), "deeper than any figure"),
])
def test_every_figure_of_the_file_is_held_to_its_form_and_counts(edit: Callable[[dict], object], said: str) -> None:
    from vostochny.reading.figures import FiguresError, agreement

    agreement(_real_figures(lambda f: None))
    with pytest.raises(FiguresError) as error:
        agreement(_real_figures(edit))
    assert said in str(error.value)


def test_a_comparison_without_links_is_what_report_writes() -> None:
    """`report.py` writes the quote links of a pass without links as not compared, its counts null: refused by the
    first walk of every figure (a review found it)."""
    from vostochny.reading.figures import agreement
    from vostochny.verbs.link_agreement import not_compared

    figures = _real_figures(lambda f: f["first_vs_second"].update(quote_links=not_compared("no links in B")))
    assert agreement(figures).speaker == 1.0


def test_what_compare_writes_where_one_pass_marked_nothing_is_read() -> None:
    """`verbs.compare.Counts` writes precision 1.0 where a pass marked nothing (tp = fp = 0) and recall 1.0 where
    there was nothing to find: refused as 0.0 (a review found it, for any label one annotator never used)."""
    from vostochny.reading.figures import agreement
    from vostochny.verbs.compare import Counts

    for counts in (Counts(0, 0, 83), Counts(0, 5, 0), Counts(0, 0, 0), Counts(3, 0, 1)):
        assert agreement(_figures({"quotes": counts.as_dict()})).exact == {"quotes": counts.as_dict()["f1"]}


def test_a_speaker_accuracy_over_no_quote_is_null_and_stated_so() -> None:
    """`verbs.compare` writes a null accuracy where no quote matched: refused (V102), so a corpus without quotes could
    publish no figures (a review found it). Null over no quote is read, null over quotes refused."""
    from vostochny.reading.figures import FiguresError, agreement

    assert agreement(_speaker(None, 0)).speaker is None  # type: ignore[arg-type]
    with pytest.raises(FiguresError, match="speaker_accuracy/accuracy: null over 80 matched_quotes"):
        agreement(_speaker(None, 80))  # type: ignore[arg-type]
