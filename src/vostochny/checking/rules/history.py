"""Rules on released raw texts against git history and the release manifest, on the manifest's records
files (V325, V326, V335), and on the corpus files a commit leaves out (V331)."""

from __future__ import annotations

from collections.abc import Iterator

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import CorpusContext, Hit, rule


@rule("V325", "raw-text-changed-since-release", "the raw text of a released document is not the one released",
      "restore the raw file and its sha256/length as first committed and released (git checkout); raw files are "
      "never edited: a changed article is a new document", scope="documents")
def raw_text_changed_since_release(ctx: CorpusContext) -> Iterator[Hit]:
    """The raw text is never corrected (docs/guidelines.md): a released document's text is the article as
    received, and every offset users hold refers to it. V203 holds the recorded SHA-256 to the raw file;
    an edit that updates the checksum, length and every span with it passes V203. Where the corpus lies in a
    git work tree, the text is held to the version of `raw/ID.txt` that was first committed (its git blob id),
    whatever the release manifest says: a manifest is a file, edited or deleted with the text as easily, and a
    commit in the history is not. A text never committed is new. Without history (an installed package, a
    tarball, a shallow clone that does not reach the commit that added the file) the text is held to the SHA-256
    that the release manifest (`annotations/RELEASED.json`) records for `raw/ID.txt`; a document the manifest
    does not list is new, and a corpus without either has nothing to compare. Compares the texts that V203
    finds in order."""
    for doc_id, hashes in sorted(ctx.texts.items()):
        digest, blob = hashes.sha256, hashes.blob
        first = ctx.committed.get(doc_id)
        if first is not None:
            if blob != first.blob:
                yield Hit("/sha256", digest, f"raw/{doc_id}.txt is not the text first committed (in {first.short}, "
                          f"git blob {first.blob[:12]}; git show {first.short}:./raw/{doc_id}.txt)", doc_id)
            continue
        released = ctx.released.get(doc_id)
        if released is not None and released != digest:
            yield Hit("/sha256", digest, f"raw/{doc_id}.txt was released with SHA-256 {released}", doc_id)


@rule("V326", "release-manifest-changed", "the release manifest is missing, or records a raw text other than the "
      "one first committed", "restore annotations/RELEASED.json as committed (git checkout REV -- "
      "annotations/RELEASED.json); it is written by `vostochny release-manifest` only, never by hand", scope="release")
def release_manifest_changed(ctx: CorpusContext) -> Iterator[Hit]:
    """The release manifest is the record of the last release, which `check-version` classifies every change
    against; it must not be lost or rewritten to fit an edited text. Where the corpus lies in a git work tree:
    a manifest that was ever committed must still be there (a deleted one hid an edited text from V325 and
    let `release-manifest` record any version), and each SHA-256 it records for `raw/ID.txt` must be that of
    the text first committed. Compared where that is known: the text is its first committed version (then its
    SHA-256 is the document's), or the manifest records the text as edited since (V325 reports the text too).
    Whole-corpus validation only, as the manifest's own problems."""
    if not ctx.history:
        return
    if not ctx.manifest_present:
        if ctx.manifest_committed is not None:
            yield Hit("", None, f"it was committed (first in {ctx.manifest_committed.short}) and is not in the "
                      "working tree: the last release is unrecorded")
        return
    for doc_id, hashes in sorted(ctx.texts.items()):
        digest, blob = hashes.sha256, hashes.blob
        first, released = ctx.committed.get(doc_id), ctx.released.get(doc_id)
        if first is None or released is None:
            continue
        if blob == first.blob and released != digest:
            yield Hit(pointer("files", f"raw/{doc_id}.txt"), released,
                      f"raw/{doc_id}.txt was first committed (in {first.short}) with SHA-256 {digest}")
        elif blob != first.blob and released == digest:
            yield Hit(pointer("files", f"raw/{doc_id}.txt"), released,
                      f"it records raw/{doc_id}.txt as edited since its first commit in {first.short}")


@rule("V335", "release-records-changed", "a released document's records file is missing, changed, or not listed "
      "in the release manifest", "restore annotations/released/ and annotations/RELEASED.json as `vostochny "
      "release-manifest` wrote them (git checkout REV -- annotations/released annotations/RELEASED.json); they are "
      "never edited by hand", scope="release")
def release_records_changed(ctx: CorpusContext) -> Iterator[Hit]:
    """`check-version` classifies every change against the records of the last release, and a manifest of format
    2 keeps each document's in a file of its own (`annotations/released/ID.json`), listed in the manifest with
    the SHA-256 of its bytes. A file lost, edited or damaged would classify a change wrongly (a released
    document without its records reads as added: a minor change where an edit is major), so each listed file
    must be there with that SHA-256 and read as records, every file there must be listed, and so must every
    document whose raw text the release records (a document left out of the list, with its file, read as added).
    Each file is read and dropped in turn (memory does not grow with the corpus). Whole-corpus validation only."""
    listed = ctx.release_documents or {}
    left_out = set(ctx.released) - set(listed) if ctx.release_documents is not None else set()  # format 1: none
    for doc_id in sorted(left_out):
        yield Hit("/documents", doc_id, f"the release holds raw/{doc_id}.txt and lists no records file of {doc_id}")
    for doc_id, digest in sorted(listed.items()):
        found = ctx.release_files.get(f"{doc_id}.json")
        said = "is missing" if found is None else f"cannot be read: {found.problem}" if found.problem else (
            f"has SHA-256 {found.sha256}" if found.sha256 != digest else "")
        if said:
            yield Hit(pointer("documents", doc_id), digest, f"annotations/released/{doc_id}.json {said}")
    for name in sorted(set(ctx.release_files) - {f"{doc_id}.json" for doc_id in listed}):
        problem = ctx.release_files[name].problem if not name else ""  # "": the folder, which cannot be listed
        yield Hit("/documents", name, f"annotations/released/{name} " + (
            problem if problem else "is not a records file the manifest lists"))


@rule("V331", "file-not-staged", "a corpus file is not staged as the work tree has it: the commit records another",
      "git add it (or delete it, if it is no part of the corpus); stash an edit that is not to be committed",
      scope="files")
def file_not_staged(ctx: CorpusContext) -> Iterator[Hit]:
    """`validate --staged` (the pre-commit hook's) checks the corpus that the commit being made records. The validator
    reads the work tree, where pre-commit sets unstaged edits aside but leaves files git does not track: a raw text that
    `vostochny new` wrote and no one added, a file `.gitignore` hides, one removed with `git rm --cached`. The work tree
    then passed and the commit broke the corpus (its document without its text, V204, on every clone). Each corpus file
    (`annotations/*.json`, `annotations/released/*.json`, `raw/*.txt`) that the index does not hold, holds as an intent
    alone (`git add -N`), holds otherwise than the work tree (edited or deleted since it was staged: a plain git hook or
    a hand-run `--staged` reads the edit, which pre-commit would set aside), or no longer compares
    (`--assume-unchanged`, `--skip-worktree`) and whose bytes are not the staged blob is reported; without `--staged`
    none is (a file not added yet is an edit in progress)."""
    for name, why in ctx.unstaged.items():
        yield Hit("", name, why)


@rule("V341", "file-rewritten-on-checkout", "git's attributes rewrite this corpus file whenever it is checked out",
      "keep the corpus files as their blobs: `raw/** -text` and `annotations/** -text` in .gitattributes, and no "
      "`text`, `crlf`, `eol`, `working-tree-encoding`, `filter` or `ident` on them", scope="files")
def file_rewritten_on_checkout(ctx: CorpusContext) -> Iterator[Hit]:
    """A raw text is its article byte for byte, and every offset counts its code points, line breaks included; the
    release manifest records the SHA-256 of the annotation files. A `.gitattributes` line such as `raw/*.txt text
    eol=crlf` changes no blob, no index entry and no file of the work tree where it is added, so that every check
    there passes; every clone and checkout after the commit then writes the files with CRLF line breaks (or
    re-encoded, `working-tree-encoding`; smudged, `filter`; with `$Id$` expanded, `ident`): every span after the first
    line break is off, an annotation file re-encoded is no UTF-8 (an attack found both passed). `git check-attr` is
    asked for each corpus file (`raw/*.txt`, `annotations/*.json`, `annotations/released/*.json`), from the work
    tree's attributes (and the index's with `--staged`: the commit being made); only in a git work tree, for a whole
    corpus."""
    for name, checkout in ctx.checkout.items():
        if checkout.rewrites:
            yield Hit("", name, f"{checkout.rewrites}: a checkout writes other bytes than the file committed")


@rule("V342", "file-line-endings-unpinned", "corpus files are not marked -text in .gitattributes: a clone with "
      "core.autocrlf converts their line breaks", "add `raw/** -text` and `annotations/** -text` to the "
      ".gitattributes at the corpus's root", scope="files", severity="warning")
def file_line_endings_unpinned(ctx: CorpusContext) -> Iterator[Hit]:
    """Without an attribute, git converts a text file's line breaks by each clone's configuration: Git for Windows
    sets `core.autocrlf=true`, and its clones write LF as CRLF (and a text received with CRLF loses them when it is
    added on a machine that normalises). `-text` keeps a corpus file's bytes on every machine. One warning for the
    corpus, on its first such file (V341 reports the attributes that rewrite a file on every machine)."""
    unpinned = [name for name, checkout in ctx.checkout.items() if checkout.unpinned]
    if unpinned:
        others = f" and {len(unpinned) - 1} other corpus file(s)" if len(unpinned) > 1 else ""
        yield Hit("", unpinned[0], f"{unpinned[0]}{others} have no `text` attribute: their line breaks follow each "
                  "clone's core.autocrlf")
