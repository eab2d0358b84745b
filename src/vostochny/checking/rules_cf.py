"""Two rules kept out of `rules.py` while it becomes a package (to move there): a token that is, begins or ends
with an invisible format character (V268), and a raw text that is not the one its annotations were made on, as
a hydrated corpus records (V269). Imported for registration by the validator and the catalogue."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter

from vostochny.checking.problems import pointer
from vostochny.checking.rules import CorpusContext, DocContext, Hit, rule
from vostochny.hydration.record import REPORT_FILE, Annotated
from vostochny.model import tokenize


@rule("V268", "token-format-character", "a token is, begins with or ends with an invisible format character",
      "re-make the tokens with the tokenizer (vostochny.model.tokenize 1.2 or later): a format character between "
      "words is a gap, like a space; one inside a word stays inside its token")
def token_format_character(ctx: DocContext) -> Iterator[Hit]:
    """A format character (Unicode category Cf: the byte-order mark U+FEFF at the start of a text, the zero-width
    space U+200B, the joiners U+200C and U+200D, the word joiner U+2060, bidirectional marks, the soft hyphen)
    is invisible: a token of one is a word that no reader sees, which a model is trained to tag and a count of
    words counts, and a word that begins or ends with one (`\\ufeffNorth`, `Kim\\u200b`) is a second spelling of
    the word, which neither a gazetteer nor the same word elsewhere matches. Between words such a character is a
    gap, as whitespace is; inside a word (`Vladi\\u00admir`, an emoji sequence joined by U+200D) it stays inside
    the word's token (docs/guidelines.md, Tokens). Tokenizer 1.1 and earlier made a token of each one between
    words, and V267 does not compare a one-character token: this rule reads every token, whoever made it."""
    texts = ctx.view.token_texts
    if not tokenize.has_format("".join(texts)):
        return
    format_characters = frozenset(tokenize.FORMAT)
    for i, token in enumerate(texts):
        edges = {"is": token} if all(map(format_characters.__contains__, token)) else {
            "begins with": token[:1], "ends with": token[-1:]}
        said = [f"{how} U+{ord(ch):04X} {unicodedata.name(ch, 'FORMAT CHARACTER')}"
                for how, ch in edges.items() if ch and ch[0] in format_characters]
        if said:
            yield Hit(pointer("tokens", i), list(ctx.doc.tokens[i]), f"{token!r} {' and '.join(said)}")


@dataclass
class AnnotatedContext(CorpusContext):
    """The corpus context with what a hydrated corpus records of the texts its annotations were made on (V269;
    to join `CorpusContext` when the rules become a package)."""

    #: document id -> the texts `hydration.json` records (`hydration.record`); {} in a corpus not hydrated
    annotated: dict[str, Annotated] = field(default_factory=dict)


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
    annotated = ctx.annotated if isinstance(ctx, AnnotatedContext) else {}
    for doc_id, hashes in sorted(ctx.texts.items(), key=itemgetter(0)):
        text = annotated.get(doc_id)
        if text is None or hashes.sha256 == text.sha256 or (text.words == "same" and hashes.sha256 == text.hydrated):
            continue
        why = {"changed": "it is a copy with other words (a zone could not be placed on it, or some of its text lies "
                          "in no zone): what the copy adds or changes was never annotated",
               "unknown": "it is a copy that differs, and without zones its words could not be compared"}
        said = why[text.words] if hashes.sha256 == text.hydrated else "it was changed after hydration"
        yield Hit("/sha256", hashes.sha256, f"{REPORT_FILE} records the text annotated as SHA-256 {text.sha256[:12]}…, "
                  f"{text.length} code points; {said}", doc_id)
