"""Rules on raw texts: a document's text against its recorded checksum (V203) or missing (V204), a text in `raw/`
without its document (V305), two documents with one text (V324) or nearly one (V332) or one seed file (V353), and a
hydrated text that is not the one annotated (V269)."""

from __future__ import annotations

from collections.abc import Iterator
from operator import itemgetter

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import CorpusContext, DocContext, Hit, rule
from vostochny.checking.rules.identity import no_document
from vostochny.checking.rules.spans import wordless
from vostochny.checking.rules.texts import SKETCH_AT, SKETCH_BINS, contained_copies, near_duplicates, one_article
from vostochny.reading.annotated import REPORT_FILE, Annotated


@rule("V203", "raw-checksum", "the raw text does not match the annotation file's checksum",
      "restore the raw file byte for byte (git checkout raw/ID.txt); never edit raw text")
def raw_checksum(ctx: DocContext) -> Iterator[Hit]:
    """A changed raw file makes every offset suspect. The SHA-256 and length recorded in the
    annotation file must match the raw text."""
    if ctx.text is None:
        return
    from vostochny.model.scaffold import sha256_text

    digest = sha256_text(ctx.text)
    length = "" if len(ctx.text) == ctx.doc.length else f" and {len(ctx.text)} code points, not {ctx.doc.length}"
    if digest != ctx.doc.sha256:
        yield Hit("/sha256", ctx.doc.sha256, f"raw/{ctx.doc.id}.txt has SHA-256 {digest}{length}")
    elif length:
        yield Hit("/length", ctx.doc.length, f"raw/{ctx.doc.id}.txt has{length.removeprefix(' and')}")


@rule("V204", "raw-missing", "no readable raw text for this document",
      "add raw/ID.txt (UTF-8), or fix the document id")
def raw_missing(ctx: DocContext) -> Iterator[Hit]:
    """The raw text of a document is `raw/<id>.txt` in the same corpus, UTF-8; without it no span
    can be checked."""
    if ctx.text is None:
        yield Hit("/id", ctx.doc.id, f"raw/{ctx.doc.id}.txt is missing or not UTF-8")


@rule("V347", "text-without-words", "the raw text holds no word",
      "receive the article again (the copy is empty or damaged), or remove the document (its annotation file, raw "
      "text and split entry)")
def text_without_words(ctx: DocContext) -> Iterator[Hit]:
    """A document is an article: a raw text without a letter or a digit (empty, blank, punctuation alone: a failed
    download, a truncated copy) annotates nothing, yet it passed every rule with its empty layers and was counted in
    its split and exported. `vostochny new` refuses such a text; this holds a document made by hand to it."""
    text = ctx.text
    if text is not None and wordless(text):
        yield Hit(pointer("length"), len(text), f"{len(text)} characters, none a letter or a digit")


@rule("V305", "raw-without-document", "a raw text has no annotation file",
      "add annotations/ID.json (`vostochny new` makes one), or remove raw/ID.txt", scope="raw")
def raw_without_document(ctx: CorpusContext) -> Iterator[Hit]:
    """Every raw text belongs to a document: a text without its annotation file would ship in the
    package unannotated and in no split, and is usually an article whose annotations were not added."""
    known = set(ctx.doc_ids)
    for raw_id in ctx.raw_ids:
        if raw_id not in known:
            yield Hit("", raw_id, no_document(raw_id))


@rule("V353", "source-file-twice", "two documents record one seed file as the file their text was received as",
      "record in meta.source_file the name the text was received under (the seed file's own name)",
      scope="documents", severity="warning")
def source_file_twice(ctx: CorpusContext) -> Iterator[Hit]:
    """`meta.source_file` is where a text came from (docs/data-statement.md): one file received is one text, so two
    documents that name one file cannot both be right, and the provenance of one of them is lost (a meta block copied
    from another document keeps its file name). Each document whose id sorts after another's with the same
    `source_file` is reported, with the first (by id) that records it. A warning: two articles received under one
    name (`article.txt`, as `vostochny new --help` writes it) are two files, and the name is all the record holds.
    Two documents with one article are V324's and V332's (a copy keeps its file name); as they do, it compares the
    documents whose text V203 finds in order (one without it may be a copy: its checksum, once right, says)."""
    first: dict[str, str] = {}
    for doc_id in sorted(ctx.sources.keys() & ctx.texts.keys()):
        name = ctx.sources[doc_id]
        if name not in first:
            first[name] = doc_id
        elif not one_article(ctx.texts[doc_id], ctx.texts[first[name]]):
            yield Hit(pointer("meta", "source_file"), name, f"{first[name]} records this file too", doc_id)


@rule("V324", "duplicate-text", "two documents have the same raw text",
      "remove one of the two (its annotation file, raw text and split entry), or give it the article it stands for",
      scope="documents")
def duplicate_text(ctx: CorpusContext) -> Iterator[Hit]:
    """One article is one document: the same text under two ids is counted twice in every figure, and in two splits it
    puts test data into training. Texts are compared normalised (`TextHashes.normal`: as a reader sees them,
    `texts.compared`: without invisible format characters, look-alike Cyrillic and Greek letters read as Latin;
    whitespace runs one space, none at either end, NFKC), so that a copy with a line break added, a text re-encoded, or
    one with soft hyphens or a Cyrillic `о` for `o` is found too; only texts whose SHA-256 is the one their file records
    are compared (V203 reports the others). Another outlet's rewrite of an article is another text. The document whose
    id sorts later is reported, once per earlier twin (also when the earlier one alone is validated)."""
    first: dict[bytes, str] = {}
    for doc_id in sorted(ctx.texts):
        digest, normal = ctx.texts[doc_id].sha256, ctx.texts[doc_id].normal
        if normal in first:
            twin = first[normal]
            alike = "" if ctx.texts[twin].sha256 == digest else " (but for whitespace or Unicode normalization)"
            yield Hit("/sha256", digest, f"{twin} has this text too{alike}", doc_id)
        else:
            first[normal] = doc_id


@rule("V332", "near-duplicate-text", "two documents have nearly the same raw text",
      "remove one of the two (its annotation file, raw text and split entry): a corrected or updated article "
      "replaces the one it corrects", scope="documents")
def near_duplicate_text(ctx: CorpusContext) -> Iterator[Hit]:
    """One article is one document also when a copy differs by a word, by case or by a paragraph: it is counted twice in
    every figure, and in two splits it puts test data into training. Texts are compared by their 5-word shingles,
    casefolded after NFKC, as a reader sees them (`text_sketch` of `texts.compared`): an estimated Jaccard similarity of
    0.8 or more is one article. Other outlets' reports of one event share sentences and quotes, not their text: the five
    documents of the real corpus agree in 0.03 of their shingles at most (TIME and the top-officials rewrite), the
    synthetic benchmark corpus, whose documents recombine the real sentences, in 0.37 at most (2 000 documents). A copy
    cut short or extended by paragraphs (to 70 %, by a third) is less alike by Jaccard, and the same article: a text
    that holds 0.9 or more of the shingles of another (100 or more), one that shares a line at either end with it,
    is one article too (`contained_copies`; a line that more than 32 texts share is boilerplate). Texts that are one
    normalised (V324) are compared once, by the earliest id of them; only
    texts that V203 finds in order are compared. The document whose id sorts later is reported, once per earlier
    near-twin."""
    first: dict[bytes, str] = {}  # each normalised text -> the earliest id that has it (the others are V324's)
    for doc_id in sorted(ctx.texts):
        first.setdefault(ctx.texts[doc_id].normal, doc_id)
    compared = {doc_id: ctx.texts[doc_id] for doc_id in first.values()}
    said: set[tuple[str, str]] = set()
    for twin, doc_id, agree in near_duplicates(compared, SKETCH_AT):
        said.add((twin, doc_id))
        yield Hit("/sha256", ctx.texts[doc_id].sha256,
                  f"{twin} has nearly this text ({agree} of {SKETCH_BINS} sketch bins agree: about "
                  f"{agree * 100 // SKETCH_BINS}% of their 5-word sequences shared)", doc_id)
    for twin, doc_id, share in contained_copies(compared):
        if (twin, doc_id) not in said:
            yield Hit("/sha256", ctx.texts[doc_id].sha256,
                      f"one of {twin} and this text holds nearly all of the other (about {int(min(share, 1) * 100)}% "
                      "of the shorter one's 5-word sequences): a copy cut short or extended", doc_id)


@rule("V269", "text-not-annotated", "the raw text is not the text the annotations were made on",
      "hydrate again with the article as released (the SHA-256 that hydration.json records), or use the document "
      "knowing that words the copy adds or changes were never annotated", scope="documents", severity="warning")
def text_not_annotated(ctx: CorpusContext) -> Iterator[Hit]:
    """`vostochny hydrate` rebuilds a corpus from an annotations-only release and the user's copies of its
    articles; where a copy differs, each span is placed again by its own words, and the document records the
    copy's SHA-256, so that V203 holds. Its annotations still cover only what was annotated: a sentence the copy
    adds has no mention, quote or relation, however many names it holds, and a word changed next to a span may
    change what the span's relation or quote says. Nothing in the document says so; `hydration.json`, which
    hydrate writes at the root of the corpus, records the SHA-256 and length of the text annotated (the
    release's) and whether the copy's words are those (all its zones placed, covering every token: it differs in
    quotes, spaces or line ends alone). A warning for each document whose raw text is neither the text annotated
    nor a copy with its words: the corpus is the user's, and what it lacks is unknown to it. Compares the texts
    that V203 finds in order (docs/annotations-only.md)."""
    annotated = ctx.annotated
    for doc_id, hashes in sorted(ctx.texts.items(), key=itemgetter(0)):
        why = not_annotated(hashes.sha256, annotated.get(doc_id))
        if why is not None:
            yield Hit("/sha256", hashes.sha256, why, doc_id)


def not_annotated(sha256: str, text: Annotated | None) -> str | None:
    """Why a raw text of SHA-256 `sha256` (one that holds to its document's checksum) is not the text annotated that
    `hydration.json` records of its document (`text`), or None where it is, or where nothing is recorded (V269; read
    by `validator.validate_document_bytes` too, given the record)."""
    if text is None or sha256 == text.sha256 or (text.words == "same" and sha256 == text.hydrated):
        return None
    why = {"changed": "it is a copy with other words (a zone could not be placed on it, or some of its text lies "
                      "in no zone): what the copy adds or changes was never annotated",
           "unknown": "it is a copy that differs, and without zones its words could not be compared"}
    said = why[text.words] if sha256 == text.hydrated else "it was changed after hydration"
    return (f"{REPORT_FILE} records the text annotated as SHA-256 {text.sha256[:12]}…, {text.length} code points; "
            f"{said}")

