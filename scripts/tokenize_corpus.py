"""Make the base annotation file (checksum, metadata, tokens, sentences) of each seed article.

Run once per new article; it never overwrites an existing annotation file, because the
token layer is corrected by hand afterwards and other layers are built on it.

    python scripts/tokenize_corpus.py [--corpus .]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from vostochny.model.models import DocumentMeta
from vostochny.model.scaffold import empty_document
from vostochny.model.serializer import to_json
from vostochny.writing.writer import write_text

#: id -> what the text itself shows about its source (null where it shows nothing).
SOURCES = {
    "kim-arrives-russia-top-officials": DocumentMeta(source_file="000_f0283580a2d89fc8.txt"),
    "kim-arrives-russia-arms-sale-warning": DocumentMeta(source_file="001_11f2e95b4351a0f1.txt"),
    "ap-kim-whereabouts-after-summit": DocumentMeta(outlet="Associated Press", source_file="002_99c491ebdae4c220.txt"),
    "time-kim-russia-trip-putin-weakness": DocumentMeta(
        outlet="TIME",
        title="Why Kim Jong Un’s Russia Trip Is a Sign of Putin’s Weakness",
        source_file="003_24c2a0b530759601.txt",
    ),
    "reuters-kim-putin-summit": DocumentMeta(
        outlet="Reuters",
        title="Kim Jong Un Meets With Putin, Celebrates Russia's 'Sacred' Invasion of Ukraine",
        date="2023-09-13",
        source_file="004_5bbc07b3f689fc76.txt",
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path())
    args = parser.parse_args()
    for doc_id, meta in SOURCES.items():
        target = args.corpus / "annotations" / f"{doc_id}.json"
        if target.exists():
            print(f"kept {target}")
            continue
        with (args.corpus / "raw" / f"{doc_id}.txt").open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        write_text(target, to_json(empty_document(doc_id, text, meta)))
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
