"""Croissant metadata (`croissant.json`, MLCommons) for the Hugging Face Parquet export.

Writes the Parquet files and card (its writer is `hf_parquet`'s) and describes each config and
split that has rows as a record set whose fields are generated from the same `Features` as the
data. Scalar columns and lists of scalars become typed fields; columns that are lists of structs are left out of the
record sets (mlcroissant 1.1 fails to read them from Parquet), and the loss report names each.
The dataset also carries the Croissant Responsible AI vocabulary (`rai:`, RAI 1.0, which it declares in
`conformsTo`) that applies to it, in the same words as the card's sections (`datasheet`).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from vostochny.export import datasheet, hf_parquet
from vostochny.export.card import DATASET_VERSION, LICENCES, NOT_ANNOTATED, REPOSITORY, CardFacts, bibtex
from vostochny.export.hf_parquet import CARRIES, render  # noqa: F401 - croissant.json describes the hf/ Parquet files it writes
from vostochny.export.hf_rows import CROSS_SPLIT
from vostochny.writing.writer import write_text

_TYPES = {"string": "TEXT", "int32": "INTEGER", "int64": "INTEGER", "bool": "BOOL"}
#: the specifications croissant.json conforms to: Croissant itself (mlcroissant validates against the first) and RAI
CONFORMS_TO = ("http://mlcommons.org/croissant/1.1", "http://mlcommons.org/croissant/RAI/1.0")


def _field(mlc: ModuleType, record: str, file_id: str, name: str, feature: Any) -> tuple[object, bool]:
    """A Croissant field for one column (`feature`: its `datasets` feature), and whether its type
    was carried exactly."""
    from datasets import ClassLabel, List, Value

    source = mlc.Source(file_object=file_id, extract=mlc.Extract(column=name))
    inner, repeated = (feature.feature, True) if isinstance(feature, List) else (feature, False)
    if isinstance(inner, ClassLabel):
        kind, exact = "INTEGER", True
        note = "class label ids: " + ", ".join(f"{i}={n}" for i, n in enumerate(inner.names))
    elif isinstance(inner, Value):
        kind, exact, note = _TYPES.get(inner.dtype, "TEXT"), True, None
    else:
        kind, exact, note = "TEXT", False, None
    field = mlc.Field(id=f"{record}/{name}", name=name, data_types=[getattr(mlc.DataType, kind)], source=source,
                      description=note, repeated=repeated or None)
    return field, exact


def _record_sets(mlc: ModuleType, writer: hf_parquet.Writer) -> tuple[list[object], list[object]]:
    """A file object and a record set for each config and split with rows; nested columns, which
    mlcroissant cannot read from Parquet, are left out of the record sets (listed as lost)."""
    distribution: list[object] = []
    record_sets: list[object] = []
    for config, (feats, files) in writer.configs().items():
        for split, f in files.items():
            file_id = f"{config}-{split}-parquet"
            distribution.append(mlc.FileObject(id=file_id, name=file_id, content_url=f.path,
                                               sha256=_sha256(writer.out / f.path),
                                               encoding_formats=["application/x-parquet"]))
            record = f"{config}-{split}"
            described = {name: _field(mlc, record, file_id, name, feature) for name, feature in feats.items()}
            kept = [fd for fd, exact in described.values() if exact]
            across = " (quote links between documents of two splits)" if split == CROSS_SPLIT else ""
            record_sets.append(mlc.RecordSet(id=record, name=record, fields=kept,
                                             description=f"config {config}, split {split}{across}"))
        for name in (name for name, (_, exact) in described.items() if not exact):
            writer.losses.add("croissant-nested-column-not-described", "*", f"{config}.{name}",
                              "mlcroissant 1.1 cannot read Parquet lists of structs; the column is in the "
                              "Parquet file and the dataset card, not in the Croissant record set")
    return distribution, record_sets


def licences() -> list[str]:
    """Croissant's `license`: the SPDX URL of each licence we grant, and the statement of the part we do
    not license (the texts), prefixed with its SPDX identifier, in the order of `card.LICENCES`."""
    return [url if url else f"{spdx}: {part}: {name}: {text}" for part, spdx, name, url, text in LICENCES]


def responsible_ai(facts: CardFacts) -> dict[str, Any]:
    """The RAI properties that apply, as `mlcroissant.Metadata` keywords. Left out: the collection timeframe
    (not recorded), imputation and manipulation protocols (none done), annotation platform (none: specs in code)."""
    return {
        "data_collection": datasheet.collection(facts),
        "data_collection_type": list(datasheet.COLLECTION_TYPES),
        "data_collection_raw_data": f"News articles by {datasheet.sources_line(facts)}, kept byte for byte as "
        "received; the `documents` and `coref` configs carry each raw text, with its SHA-256.",
        "data_collection_missing_data": "Outlet, title and date are recorded only where the text shows them "
        f"(null otherwise); no annotation layer is missing from any document. {_unannotated(facts)}",
        "data_preprocessing_protocol": ["Tokens and sentences from the package's rule-based tokenizer, stored with "
                                        "the data; the texts themselves are not changed."],
        "data_annotation_protocol": [datasheet.annotation_protocol(facts)],
        "data_annotation_analysis": [datasheet.AGREEMENT_ANALYSIS],
        "annotations_per_item": datasheet.ANNOTATIONS_PER_ITEM,
        "annotator_demographics": list(datasheet.ANNOTATOR_DEMOGRAPHICS),
        "machine_annotation_tools": list(datasheet.MACHINE_TOOLS),
        "data_use_cases": list(datasheet.USES) + [f"Out of scope: {use}" for use in datasheet.OUT_OF_SCOPE],
        "data_biases": list(datasheet.biases(facts)),
        "data_limitations": list(datasheet.limitations(facts)),
        "personal_sensitive_information": list(datasheet.personal_information(facts)),
        "data_social_impact": datasheet.SOCIAL_IMPACT,
        "data_release_maintenance_plan": datasheet.MAINTENANCE,
    }


def _unannotated(facts: CardFacts) -> str:
    """How many relations have no factuality and quotes no attribution (null: not annotated)."""
    def share(name: str, what: str) -> str:
        counter = facts.counters.get(name, Counter())
        return f"{counter[NOT_ANNOTATED]} of {sum(counter.values())} {what}"

    return (f"Not annotated (null): the factuality of {share('relations by factuality', 'relations')} and the "
            f"attribution type of {share('quotes by attribution', 'quotes')}.")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Writer(hf_parquet.Writer):
    """The Hugging Face export, and `croissant.json` describing its files."""

    def finish(self) -> list[tuple[Path, str]]:
        import mlcroissant as mlc

        written = super().finish()
        distribution, record_sets = _record_sets(mlc, self)
        metadata = mlc.Metadata(
            name="vostochny", description="Span-annotated English news reports on the 2023 Kim Jong Un - Vladimir "
            "Putin summit: entities, coreference, relations, quotations, zones.", version=DATASET_VERSION,
            license=licences(), url=REPOSITORY, cite_as=bibtex(), conforms_to=list(CONFORMS_TO),
            in_language=sorted(self.facts.languages), distribution=distribution, record_sets=record_sets,
            **responsible_ai(self.facts))
        path = self.out / "croissant.json"
        write_text(path, json.dumps(metadata.to_json(), indent=2, ensure_ascii=False, default=str) + "\n")
        return [*written, (path, f"{len(record_sets)} record sets")]
