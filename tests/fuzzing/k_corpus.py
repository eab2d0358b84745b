"""Corpus damage: the registry, the splits, the raw texts, and files that are not regular files."""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
from pathlib import Path
from typing import Any

from vostochny.model.slugs import slug

from .corpora import Corpus
from .jsonedit import Fragments, choose
from .kinds import ACCEPT, json_kind, kind, must_draw, reject

REGISTRY, SPLITS, RAW, SPECIAL = "registry", "splits", "raw", "special files"
SPLIT_NAMES = ("train", "validation", "test")


def _used_kb_ids(corpus: Corpus) -> set[str]:
    return {e["kb_id"] for p in corpus.documents() for e in json.loads(p.read_bytes())["entities"] if e.get("kb_id")}


# V322 too: a document's distinct_from that names the old id does not follow the rename either, the same mistake in
# another field (a genuine second reference left behind, not a consequence of the first)
@kind("registry-rename-used", reject("V208", "V322"), REGISTRY)
def registry_rename_used(corpus: Corpus, rng: random.Random) -> None:
    """Rename a registry record that documents link to (its name and, as its slug, its id: the old name kept as an
    alias), leaving the documents' kb_ids on the old id: one mistake, the documents not following the rename."""
    used = _used_kb_ids(corpus)
    data = json.loads(corpus.registry.read_bytes())
    record = choose(rng, [r for r in data["entities"] if r["id"] in used])
    record["aliases"] = [record["name"], *record.get("aliases", [])]
    record["name"] += " Renamed"
    record["id"] = slug(record["name"])
    corpus.registry.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


@json_kind("registry-duplicate-id", reject("V301"), REGISTRY, ("registry",))
def registry_duplicate_id(registry: Any, rng: random.Random, frag: Fragments) -> None:
    """Add a second registry record with an existing id (same name, or in capitals: a name whose slug is the id)."""
    record = dict(rng.choice(registry["entities"]))
    record["name"] = rng.choice([record["name"], record["name"].upper()])  # of one slug: the id is right for it
    registry["entities"].insert(rng.randrange(len(registry["entities"]) + 1), record)


@json_kind("registry-alias-null", reject("V102"), REGISTRY, ("registry",))
def registry_alias_null(registry: Any, rng: random.Random, frag: Fragments) -> None:
    """Put null (or a number) into a record's alias list."""
    rng.choice(registry["entities"])["aliases"].append(rng.choice([None, 7]))


def _verified(registry: Any) -> list[Any]:
    return [r for r in registry["entities"] if r["wikidata"]["status"] == "verified"]


@json_kind("wikidata-qid-reused", reject("V308"), REGISTRY, ("registry",))
def wikidata_qid_reused(registry: Any, rng: random.Random, frag: Fragments) -> None:
    """Give a record another record's Wikidata QID."""
    first, second = rng.sample(_verified(registry), 2)
    second["wikidata"] = dict(first["wikidata"])


@json_kind("wikidata-qid-malformed", reject("V307"), REGISTRY, ("registry",))
def wikidata_qid_malformed(registry: Any, rng: random.Random, frag: Fragments) -> None:
    """Write a QID as a URL, in lowercase, with a leading zero, as a property id, or empty."""
    link = rng.choice(_verified(registry))["wikidata"]
    link["qid"] = rng.choice(["https://www.wikidata.org/wiki/" + link["qid"], link["qid"].lower(),
                              "Q0" + link["qid"][1:], "P31", "", link["qid"] + " "])


@json_kind("wikidata-qid-without-evidence", reject("V103"), REGISTRY, ("registry",))
def wikidata_qid_without_evidence(registry: Any, rng: random.Random, frag: Fragments) -> None:
    """Put a QID on a record that is not verified (a guess has no place in the registry)."""
    record = rng.choice([r for r in registry["entities"] if r["wikidata"]["status"] != "verified"])
    record["wikidata"]["qid"] = rng.choice(_verified(registry))["wikidata"]["qid"]


def _split_of(splits: Any, rng: random.Random) -> tuple[str, int]:
    name = choose(rng, [n for n in SPLIT_NAMES if splits[n]])
    return name, rng.randrange(len(splits[name]))


@json_kind("splits-unknown-document", reject("V303"), SPLITS, ("splits",))
def splits_unknown_document(splits: Any, rng: random.Random, frag: Fragments) -> None:
    """List a document id that has no annotation file (a typo, or an extra id)."""
    name = rng.choice(SPLIT_NAMES)
    splits[name].append("no-such-document")


@json_kind("splits-document-twice", reject("V304"), SPLITS, ("splits",))
def splits_document_twice(splits: Any, rng: random.Random, frag: Fragments) -> None:
    """List a document in a second split (or twice in the same one)."""
    name, i = _split_of(splits, rng)
    splits[rng.choice(SPLIT_NAMES)].append(splits[name][i])


@json_kind("splits-document-missing", reject("V304"), SPLITS, ("splits",))
def splits_document_missing(splits: Any, rng: random.Random, frag: Fragments) -> None:
    """Remove a document from its split."""
    name, i = _split_of(splits, rng)
    del splits[name][i]


def _missing_file_kind(name: str, which: str, summary: str) -> None:
    def mutate(corpus: Corpus, rng: random.Random) -> None:
        getattr(corpus, which).unlink()

    mutate.__doc__ = summary
    kind(name, reject("V006"), REGISTRY if which == "registry" else SPLITS)(mutate)


_missing_file_kind("registry-missing", "registry", "Delete annotations/entities.json.")
_missing_file_kind("splits-missing", "splits", "Delete annotations/splits.json.")


def _raw_bytes_kind(name: str, codes: tuple[str, ...], summary: str, change: Any) -> None:
    """Register a kind that rewrites the bytes of a document's raw text with `change(data, rng)`."""

    def mutate(corpus: Corpus, rng: random.Random) -> None:
        path = corpus.raw(corpus.document(rng))
        path.write_bytes(change(path.read_bytes(), rng))

    mutate.__doc__ = summary
    kind(name, reject(*codes), RAW)(mutate)


def _between_characters(data: bytes, rng: random.Random, insert: str) -> bytes:
    """UTF-8 `data` with `insert` put at a random character boundary (never inside a character)."""
    text = data.decode("utf-8")
    i = rng.randrange(len(text) + 1)
    return (text[:i] + insert + text[i:]).encode("utf-8")


def _edit_char(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8")
    i = rng.randrange(len(text))
    return (text[:i] + ("x" if text[i] != "x" else "y") + text[i + 1:]).encode("utf-8")


_raw_bytes_kind("raw-edit-char", ("V203",), "Replace one character of a raw text.", _edit_char)
_raw_bytes_kind("raw-append-newline", ("V203",), "Append a newline (or a space) to a raw text.",
                lambda data, rng: data + rng.choice([b"\n", b"\r\n", b" "]))
_raw_bytes_kind("raw-crlf", ("V203",), "Convert a raw text's line endings to CRLF.",
                lambda data, rng: data.replace(b"\n", b"\r\n"))
_raw_bytes_kind("raw-bom", ("V203",), "Prepend a byte-order mark to a raw text.",
                lambda data, rng: b"\xef\xbb\xbf" + data)
_raw_bytes_kind("raw-nul", ("V203",), "Insert a NUL character into a raw text (between two characters).",
                lambda data, rng: _between_characters(data, rng, "\x00"))
_raw_bytes_kind("raw-invalid-utf8", ("V003", "V204"), "Insert a byte that is not UTF-8 into a raw text.",
                lambda data, rng: data[:(i := rng.randrange(len(data)))] + b"\xff" + data[i:])
_raw_bytes_kind("raw-empty", ("V203",), "Empty a raw text file.", lambda data, rng: b"")
_raw_bytes_kind("raw-truncated", ("V203",),
                "Cut a raw text short at a character boundary (its spans run past its end).",
                lambda data, rng: data.decode("utf-8")[:rng.randrange(len(data.decode("utf-8")))].encode("utf-8"))


def _retexted(value: object, text: str) -> None:
    """Every span's and token's text read again at its offsets in `text` (the document's parsed JSON)."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys():
            value["text"] = text[value["start"]:value["end"]]
        for item in value.values():
            _retexted(item, text)
    elif isinstance(value, list):
        for item in value:
            _retexted(item, text)


@kind("raw-edited-under-git", reject("V325", "V326"), RAW)
def raw_edited_under_git(corpus: Corpus, rng: random.Random) -> None:
    """Commit the corpus to git, then change a letter of a raw text with its document (sha256, every span's and
    token's text) and the release manifest's record of it, where there is one: only the history can tell (V325; and
    V326, the committed manifest changed, where there is one: tests/bad_inputs' raw-text-changed-since-first-commit).
    A letter of no mention, quote or cue, in a sentence that states no relation: a name, a cue or a relation's word
    changed would be a second mistake (V281, V380, V361)."""
    import hashlib

    from sample import commit_all

    commit_all(corpus.root)
    path = corpus.document(rng)
    text = corpus.text(path)
    at = choose(rng, _plain_letters(json.loads(path.read_bytes()), text))
    text = text[:at] + rng.choice([c for c in "abcdefghijklmnopqrstuvwxyz" if c != text[at]]) + text[at + 1:]
    data = text.encode("utf-8")
    corpus.raw(path).write_bytes(data)
    doc = json.loads(path.read_bytes())
    _retexted(doc, text)
    doc["tokens"] = [[start, end, text[start:end]] for start, end, _ in doc["tokens"]]
    doc["sha256"] = hashlib.sha256(data).hexdigest()
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    released_again(corpus, path, doc["sha256"])
    must_draw("V325", *("V326",) * (corpus.annotations / "RELEASED.json").exists())


def _plain_letters(doc: Any, text: str) -> list[int]:
    """The offsets of the lower-case letters of a text that no mention, quote content or cue holds, in the sentences
    that hold no relation's mention."""
    taken = [(m["start"], m["end"]) for m in doc["mentions"]] + [
        (s["start"], s["end"]) for q in doc["quotes"] for s in [*q["content"], *([q["cue"]] if q.get("cue") else [])]]
    related = {m for r in doc["relations"] for m in (r["head"], r["tail"])}
    taken += [(s["start"], s["end"]) for s in doc["sentences"] if any(
        s["start"] <= m["start"] < s["end"] for m in doc["mentions"] if m["id"] in related)]
    free = [True] * len(text)
    for start, end in taken:
        free[start:end] = [False] * max(0, min(end, len(text)) - start)
    return [i for i, c in enumerate(text) if "a" <= c <= "z" and free[i]]


def released_again(corpus: Corpus, path: Path, sha256: str) -> None:
    """The release manifest's record of a document's raw text (where there is one) set to `sha256`: a kind that
    plants a mistake in a raw text plants no second one, a released text changed (V325)."""
    manifest = corpus.annotations / "RELEASED.json"
    if manifest.exists():
        released = json.loads(manifest.read_bytes())
        released["files"][f"raw/{path.stem}.txt"] = sha256
        manifest.write_text(json.dumps(released, ensure_ascii=False, indent=1), encoding="utf-8")


@kind("release-records-damaged", reject("V335"), RAW, bases=("real",))
def release_records_damaged(corpus: Corpus, rng: random.Random) -> None:
    """Edit a record's hash in a released document's records file (`annotations/released/`), delete the file (with
    its entry in the manifest, or not), or add one that the manifest does not list: check-version would classify a
    change against the wrong records."""
    folder = corpus.annotations / "released"
    path = rng.choice(sorted(folder.iterdir()))
    how = rng.choice(["edit", "delete", "stray", "unlist"])
    if how == "edit":
        data = path.read_text(encoding="utf-8")
        at = rng.choice([m.start() + 4 for m in re.finditer(r'": "[0-9a-f]', data)])
        path.write_text(data[:at] + ("0" if data[at] != "0" else "1") + data[at + 1:], encoding="utf-8")
    elif how == "delete":
        path.unlink()
    elif how == "unlist":  # the file and its entry gone: the document would read as added
        path.unlink()
        manifest = corpus.annotations / "RELEASED.json"
        data = json.loads(manifest.read_bytes())
        del data["documents"][path.stem]
        manifest.write_text(json.dumps(data, indent=1), encoding="utf-8")
    else:
        (folder / f"copy-of-{path.name}").write_bytes(path.read_bytes())


@kind("raw-delete", reject("V204"), RAW)
def raw_delete(corpus: Corpus, rng: random.Random) -> None:
    """Delete a document's raw text."""
    corpus.raw(corpus.document(rng)).unlink()


@kind("document-copied", reject("V324"), RAW)
def document_copied(corpus: Corpus, rng: random.Random) -> None:
    """Add a copy of a document (file and raw text) under a new id, listed in a split: one article twice."""
    source = corpus.document(rng)
    copy = rng.choice(["copy-of-", "zz-", "0-"]) + source.stem
    doc = json.loads(source.read_bytes())
    doc["id"] = copy
    target = corpus.annotations / f"{copy}.json"
    target.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    corpus.raw(target).write_bytes(corpus.raw(source).read_bytes())
    splits = json.loads(corpus.splits.read_bytes())
    splits[rng.choice(SPLIT_NAMES)].append(copy)
    corpus.splits.write_text(json.dumps(splits, ensure_ascii=False, indent=2), encoding="utf-8")


def _respanned(value: Any, text: str) -> Any:
    """An annotation file's JSON with every span's text (and every token's) read again from `text`."""
    if isinstance(value, dict):
        found = {key: _respanned(item, text) for key, item in value.items()}
        if {"start", "end", "text"} <= found.keys():
            found["text"] = text[found["start"]:found["end"]]
        return found
    if isinstance(value, list):
        if len(value) == 3 and all(isinstance(v, int) for v in value[:2]) and isinstance(value[2], str):
            return [value[0], value[1], text[value[0]:value[1]]]  # a token
        return [_respanned(item, text) for item in value]
    return value


@kind("document-copied-nearly", reject("V332"), RAW)
def document_copied_nearly(corpus: Corpus, rng: random.Random) -> None:
    """Add a copy of a document whose raw text has one word in capitals (its checksum and every span's text
    updated), under a new id in a split: one article twice, which V324 (texts as written) does not see."""
    source = corpus.document(rng)
    text = corpus.text(source)
    words = list(re.finditer(r"\b[a-z][A-Za-z]*\b", text))
    word = rng.choice(words)
    changed = text[:word.start()] + word.group().upper() + text[word.end():]
    copy = rng.choice(["copy-of-", "zz-", "0-"]) + source.stem
    doc = _respanned(json.loads(source.read_bytes()), changed)
    doc.update(id=copy, sha256=hashlib.sha256(changed.encode("utf-8")).hexdigest())
    target = corpus.annotations / f"{copy}.json"
    target.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    corpus.raw(target).write_bytes(changed.encode("utf-8"))
    splits = json.loads(corpus.splits.read_bytes())
    splits[rng.choice(SPLIT_NAMES)].append(copy)
    corpus.splits.write_text(json.dumps(splits, ensure_ascii=False, indent=2), encoding="utf-8")


@kind("split-emptied", ACCEPT, SPLITS, bases=("real",))
def split_emptied(corpus: Corpus, rng: random.Random) -> None:
    """Move every document of validation or test into another split: a warning, V330 (an empty split of a
    split corpus), never an error."""
    splits = json.loads(corpus.splits.read_bytes())
    emptied = rng.choice(["validation", "test"])
    splits[rng.choice([n for n in SPLIT_NAMES if n != emptied])] += splits[emptied]
    splits[emptied] = []
    corpus.splits.write_text(json.dumps(splits, ensure_ascii=False, indent=2), encoding="utf-8")


@kind("raw-directory", reject("V008", refused=True), RAW)
def raw_directory(corpus: Corpus, rng: random.Random) -> None:
    """Replace a document's raw text by a directory."""
    path = corpus.raw(corpus.document(rng))
    path.unlink()
    path.mkdir()


def _special(path: Path, how: str) -> None:
    """Replace `path` by a FIFO (nothing ever writes to it) or a symlink to /dev/zero."""
    path.unlink()
    if how == "fifo":
        os.mkfifo(path)
    else:
        path.symlink_to("/dev/zero")


def _special_kind(name: str, how: str, which: str, codes: tuple[str, ...]) -> None:
    """Register a child-process-only kind that turns a file of the corpus into `how`."""

    def mutate(corpus: Corpus, rng: random.Random) -> None:
        document = corpus.document(rng)
        _special({"document": document, "raw": corpus.raw(document), "registry": corpus.registry,
                  "splits": corpus.splits}[which], how)

    what = "a FIFO" if how == "fifo" else "a symlink to /dev/zero"
    mutate.__doc__ = f"Replace the {which} file by {what}."
    kind(name, reject(*codes, refused=True), SPECIAL, cli_only=True)(mutate)


for _which in ("document", "raw", "registry", "splits"):
    _special_kind(f"{_which}-fifo", "fifo", _which, ("V008",))
    _special_kind(f"{_which}-dev-zero", "zero", _which, ("V008",))


@kind("document-directory", reject("V008", refused=True), SPECIAL)
def document_directory(corpus: Corpus, rng: random.Random) -> None:
    """Add a directory named like a document (annotations/extra-doc.json/)."""
    (corpus.annotations / "extra-doc.json").mkdir()


@kind("document-link-outside", reject("V008", refused=True), SPECIAL)
def document_link_outside(corpus: Corpus, rng: random.Random) -> None:
    """Move a document out of the corpus and leave a symbolic link to it in its place."""
    path = corpus.document(rng)
    outside = corpus.root.parent / f"outside-{path.name}"
    path.rename(outside)
    path.symlink_to(outside)


@kind("raw-over-max-raw-bytes", reject("V004", refused=True), RAW, options=("--max-raw-bytes", "8192"))
def raw_over_max_raw_bytes(corpus: Corpus, rng: random.Random) -> None:
    """Grow a raw text past --max-raw-bytes (8192)."""
    path = corpus.raw(corpus.document(rng))
    path.write_bytes(path.read_bytes() + b"x" * 8192)


@kind("document-empty", reject("V001"), SPECIAL)
def document_empty(corpus: Corpus, rng: random.Random) -> None:
    """Empty a document file (zero bytes, or only whitespace)."""
    corpus.document(rng).write_bytes(rng.choice([b"", b"\n", b"   "]))


#: a name's second spelling that looks like the first: spaces at an end or doubled, a line break, a
#: zero-width space, a no-break space, a soft hyphen, fullwidth letters
_OUT_OF_FORM = (lambda n: n + " ", lambda n: " " + n, lambda n: n.replace(" ", "  ", 1),
                lambda n: n.replace(" ", "\n", 1), lambda n: n[:1] + "\u200b" + n[1:],
                lambda n: n.replace(" ", "\u00a0", 1), lambda n: n[:1] + "\u00ad" + n[1:],
                lambda n: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in n))


@json_kind("entity-name-out-of-form", reject("V249"), REGISTRY)
def entity_name_out_of_form(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """Give a document entity's name a second spelling that looks like the first (a space at an end, a
    line break, a zero-width or no-break space, fullwidth letters)."""
    entity = choose(rng, [e for e in doc["entities"] if " " in e["name"]])
    entity["name"] = rng.choice(_OUT_OF_FORM)(entity["name"])


@json_kind("registry-name-out-of-form", reject("V329"), REGISTRY, ("registry",))
def registry_name_out_of_form(registry: Any, rng: random.Random, frag: Fragments) -> None:
    """Give a registry name or alias a second spelling that looks like the first, or list an alias twice
    (or the name as an alias)."""
    record = choose(rng, [r for r in registry["entities"] if " " in r["name"]])
    if rng.random() < 0.25:
        record["aliases"].append(rng.choice([record["name"], *record["aliases"]]))
    elif record["aliases"] and rng.random() < 0.5:
        j = rng.randrange(len(record["aliases"]))
        record["aliases"][j] = rng.choice(_OUT_OF_FORM)(record["aliases"][j])
    else:
        record["name"] = rng.choice(_OUT_OF_FORM)(record["name"])
