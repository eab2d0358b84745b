"""The dataset card (`README.md` of the Hugging Face export): YAML header the Hub reads, and the
sections of a good card. Every number in it is computed from the data."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .. import __version__
from ..models import SCHEMA_VERSION
from ..stats import markdown_table
from .common import ExportOptions, Source

LICENSE_TEXT = (
    "The annotations, schema and code are released under the MIT license. The article texts in "
    "`raw/` are the copyright of their publishers (the Associated Press, TIME, Reuters and the "
    "unidentified outlets of the two rewrites); they are included unchanged so that the offsets "
    "can be checked, for non-commercial research on the annotations. Do not republish the texts."
)


def _yaml_header(source: Source, tables: dict[str, dict[str, Any]]) -> str:
    import yaml

    from .hf_parquet import data_path

    configs, infos = [], []
    for config, splits in tables.items():
        entry = {"config_name": config, "data_files": [{"split": s, "path": data_path(config, s)} for s in splits]}
        if config == "documents":
            entry["default"] = True
        configs.append(entry)
        first = next(iter(splits.values()))
        infos.append({"config_name": config, "features": first.features._to_yaml_list(),
                      "splits": [{"name": s, "num_bytes": d.data.nbytes, "num_examples": d.num_rows}
                                 for s, d in splits.items()],
                      "dataset_size": sum(d.data.nbytes for d in splits.values())})
    header = {
        "pretty_name": "vostochny",
        "language": ["en"],
        "license": "other",
        "license_name": "mit-annotations-publisher-copyright-texts",
        "license_link": "LICENSE",
        "task_categories": ["token-classification", "text-classification"],
        "task_ids": ["named-entity-recognition"],
        "tags": ["coreference", "quotation-attribution", "relation-extraction", "news"],
        "size_categories": ["n<1K"],
        "configs": configs,
        "dataset_info": infos,
    }
    return "---\n" + yaml.safe_dump(header, sort_keys=False, allow_unicode=True) + "---\n"


def _counts(source: Source) -> dict[str, Counter]:
    types: Counter = Counter()
    kinds: Counter = Counter()
    relations: Counter = Counter()
    quotes: Counter = Counter()
    for item in source.items:
        types.update(item.mention_type[m.id] for m in item.doc.mentions)
        kinds.update(m.kind for m in item.doc.mentions)
        relations.update(r.type for r in item.doc.relations)
        quotes.update(q.kind for q in item.doc.quotes)
    return {"mentions by entity type": types, "mentions by kind": kinds, "relations by type": relations,
            "quotes by kind": quotes}


def _counter_line(counter: Counter) -> str:
    return ", ".join(f"{k} {v}" for k, v in counter.most_common()) or "none"


def _agreement() -> str:
    """Exact F1 per layer of the two independent passes, from the report's figures if present."""
    from ..corpus import AGREEMENT_FILE, packaged_root
    from ..loader import read_figures

    all_figures = read_figures(packaged_root() / "annotations" / AGREEMENT_FILE)
    if not all_figures:
        return "Agreement figures: see the repository's annotation report."
    figures = all_figures["first_vs_second"]
    layers = ", ".join(f"{k} {v['f1']:.3f}" for k, v in figures["exact"].items())
    return (f"Agreement of the two passes before reconciliation (exact F1): {layers}; coreference CoNLL F1 "
            f"{figures['coreference']['CoNLL']['f1']:.3f}; speaker attribution "
            f"{figures['speaker_accuracy']['accuracy']:.3f}.")


def dataset_card(source: Source, tables: dict[str, dict[str, Any]], options: ExportOptions) -> str:
    """The card's full text."""
    docs = [item.doc for item in source.items]
    outlets = sorted({d.meta.outlet for d in docs if d.meta.outlet})
    kb_docs = Counter(kb for d in docs for kb in {e.kb_id for e in d.entities if e.kb_id})
    cross = [r for r in source.registry.entities if kb_docs[r.id] > 1]
    splits = "; ".join(f"{name}: {', '.join(f'`{d}`' for d in getattr(source.splits, name))}"
                       for name in ("train", "validation", "test"))
    counts = "\n".join(f"- {name}: {_counter_line(c)}" for name, c in _counts(source).items())
    configs = "\n".join(f"- `{config}`: " + ", ".join(f"{s} {d.num_rows}" for s, d in splits_.items()) + " rows"
                        for config, splits_ in tables.items())
    agreement = _agreement()
    return _yaml_header(source, tables) + f"""
# vostochny

A span-annotated English news corpus of {len(docs)} reports ({', '.join(outlets)} and others) on the
September 2023 summit of Kim Jong Un and Vladimir Putin at the Vostochny Cosmodrome: tokens and
sentences, entity mentions clustered into entities and linked across documents, typed relations,
quotations with cue and speaker, and document zones. Release {__version__}, schema {SCHEMA_VERSION}.

## Contents

{markdown_table(docs)}

{counts}
- entities shared by more than one document: {len(cross)} of {len(source.registry.entities)} registry records

Configs and rows:

{configs}

Splits are by document: {splits}. The `ner` config tags {', '.join(sorted(options.kinds))} mentions
with the {options.scheme} scheme, keeps the {options.nested} of nested mentions, and drops the
zones {', '.join(sorted(options.drop_zones)) or 'none'}; `LOSSES.json` lists every mention it could not carry.

## How it was made

The raw texts are the articles exactly as received (encoding damage and spacing kept; offsets
are Unicode code points). Tokens and sentences come from the package's rule-based tokenizer,
stored in the data. Every annotation span was located by script from a quoted context, never by
typed offsets, and every span's text is checked against the raw text by `vostochny validate`.

## Annotation process and agreement

Each article was annotated in full following `docs/guidelines.md`, re-read sentence by sentence,
and annotated a second time from scratch in a separate pass; the two passes were compared and
reconciled, and every decision the guidelines lacked was added to them and applied corpus-wide.
The annotators were AI annotation agents (large-language-model assistants) supervised by the
maintainers, not human annotators: the agreement figures below are a consistency check of the
guidelines, not a human inter-annotator agreement.

{agreement}

Every resolved disagreement is listed in `docs/annotation-report.md` of the repository.

## Limitations

Five articles on one event: the corpus is for evaluation, teaching and tool testing, not for
training large models. The annotations were made by AI agents and checked by rules and a second
pass, not by human experts. Two of the articles are machine-like rewrites with factual slips (a
spokesman called "a spokeswoman", "Kim Putin"); they are annotated as written. No syntax, no
temporal expressions, no entity salience. Relations are limited to those stated within one sentence.

## Licensing

{LICENSE_TEXT}

## Citation

```bibtex
@misc{{vostochny,
  title  = {{vostochny: a span-annotated news corpus on the 2023 Kim--Putin summit}},
  author = {{vostochny developers}},
  year   = {{2026}},
  note   = {{version {__version__}, schema {SCHEMA_VERSION}}}
}}
```
"""
