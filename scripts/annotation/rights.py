"""Record where each text came from and who holds its rights (`meta.url`, `meta.received` and
`meta.rights`, schema 1.2.0), from evidence that this script reads and asserts, never typed facts.

- **Holder and statement**: the credit the raw text itself shows. Each credited text must contain
  every piece of its `CREDITS` evidence; a text that credits no one must contain none of the
  credit `MARKERS`, and its holder is null with the statement UND (copyright undetermined).
- **url**: null unless the text shows a URL; the script refuses a text that contains one, so that
  a URL is recorded by hand from the text, never guessed.
- **received**: the UTC date of the commit that first added `raw/<id>.txt`. That commit's blob must
  be byte for byte the seed file named in `meta.source_file` (its SHA-256 in the seeds folder's
  `SHA256SUMS`), and so must today's raw file. The seeds carry no date of their own (their README
  says only "exactly as received"), and their files' modification times are later than the commit
  (asserted), so they record a later copy: the commit is the earliest evidence that the project
  held the text.

Run after `vostochny migrate` (the files must be of the current schema); running it twice
writes the same bytes.

    python scripts/annotation/rights.py [--corpus .] [--seeds ../shared/seeds]
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import re
import subprocess
from pathlib import Path

from vostochny.model.models import Document, Rights
from vostochny.model.serializer import to_json
from vostochny.reading import loader
from vostochny.writing.writer import write_text

#: id -> (holder, what in the text credits it: each piece must occur in the raw text)
CREDITS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ap-kim-whereabouts-after-summit": (
        "The Associated Press", ("SEOUL, South Korea (AP) —", "Associated Press journalists")),
    "reuters-kim-putin-summit": ("Reuters", ("\n(Reuters)\n", "(Reporting by ")),
    "time-kim-russia-trip-putin-weakness": ("TIME", ("More Must-Reads from TIME", "letters@time.com")),
}
#: the texts that credit no one (unattributed rewrites of wire reports) -> the passages that name an outlet
#: without crediting it with the text (each must occur in the text; the note repeats them)
UNCREDITED: dict[str, tuple[str, ...]] = {
    "kim-arrives-russia-arms-sale-warning": ("who spoke to AFP",),
    "kim-arrives-russia-top-officials": (),
}
#: credits that an uncredited text must not hold (an outlet's name, a credit line, a copyright notice)
MARKERS = ("(AP)", "Associated Press", "Reuters", "TIME", "Time magazine", "©", "Copyright", "All rights reserved",
           "Reporting by", "contributed to this report", "Yonhap", "AFP", "BBC", "CNN")
URL = re.compile(r"https?://|www\.", re.IGNORECASE)


def credited_rights(doc_id: str, text: str) -> Rights:
    """The rights the text shows: its holder and the evidence, asserted against the text."""
    if doc_id in UNCREDITED:
        named = UNCREDITED[doc_id]
        assert all(n in text for n in named), f"{doc_id}: the text does not hold {named}"
        rest = text
        for passage in named:
            rest = rest.replace(passage, "")
        found = [m for m in MARKERS if m in rest]
        assert not found, f"{doc_id}: an uncredited text holds {found}"
        quoted = "".join(f'; it names an outlet only as a source ("{n}"), not as its publisher' for n in named)
        return Rights(statement="UND", holder=None, note=(
            "the rights holder is not stated in the text: it has no outlet, byline, credit or copyright notice"
            f"{quoted}; it reads as a rewrite of a wire report, whose rights may also apply; not sought beyond "
            "the text"))
    holder, evidence = CREDITS[doc_id]
    missing = [e for e in evidence if e not in text]
    assert not missing, f"{doc_id}: the text does not hold {missing}"
    shown = " and ".join(f'"{e.strip()}"' for e in evidence)
    return Rights(statement="InC", holder=holder, note=f"credited in the text: {shown}")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _git(root: Path, *args: str) -> bytes:
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True).stdout


def received(root: Path, doc_id: str, seeds: Path, seed_name: str) -> str:
    """The UTC date of the commit that first added the raw text, asserted to be the seed's bytes."""
    sums = dict(reversed(line.split("  ", 1)) for line in (seeds / "SHA256SUMS").read_text("utf-8").splitlines())
    rel = f"raw/{doc_id}.txt"
    added = _git(root, "log", "--diff-filter=A", "--format=%H %aI", "--", rel).decode().split("\n")
    commit, stamp = [line for line in added if line][-1].split(" ")
    assert _sha256(_git(root, "show", f"{commit}:{rel}")) == sums[seed_name], f"{rel} in {commit} is not {seed_name}"
    assert _sha256((root / rel).read_bytes()) == sums[seed_name], f"{rel} differs from {seed_name}"
    when = datetime.datetime.fromisoformat(stamp).astimezone(datetime.timezone.utc)
    seed = seeds / seed_name
    assert _sha256(seed.read_bytes()) == sums[seed_name], f"{seed} does not match SHA256SUMS"
    copied = datetime.datetime.fromtimestamp(seed.stat().st_mtime, datetime.timezone.utc)
    assert copied >= when, f"{seed} is older than {commit}: its time would be the earlier evidence"
    return when.date().isoformat()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path())
    parser.add_argument("--seeds", type=Path, default=Path("../shared/seeds"))
    args = parser.parse_args()
    for doc_id in sorted([*CREDITS, *UNCREDITED]):
        path = args.corpus / "annotations" / f"{doc_id}.json"
        loaded = loader.load_document(path, doc_id)
        assert isinstance(loaded.model, Document) and not loaded.problems, f"{path}: migrate and validate it first"
        doc = loaded.model
        text = loader.read_raw(args.corpus / "raw" / f"{doc_id}.txt")
        assert text is not None, f"{doc_id}: no readable raw text"
        assert not URL.search(text), f"{doc_id}: the text shows a URL: record it in meta.url by hand"
        meta = doc.meta.model_copy(update={
            "url": None, "rights": credited_rights(doc_id, text),
            "received": received(args.corpus, doc_id, args.seeds, doc.meta.source_file)})
        updated = doc.model_copy(update={"meta": meta}).model_dump_json(by_alias=True)
        write_text(path, to_json(Document.model_validate_json(updated)))
        print(f"{doc_id}: {meta.rights.statement} {meta.rights.holder}, received {meta.received}")


if __name__ == "__main__":
    main()
