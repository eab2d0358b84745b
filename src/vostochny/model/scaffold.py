"""A new, empty annotation document for a raw text: checksum, tokens, sentences, no layers."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # `sha256_text` is read by a rule on the validator's valid path, which imports no pydantic:
    # the models and the tokenizer are imported by `empty_document`
    from vostochny.model.models import Document, DocumentMeta


def sha256_text(text: str) -> str:
    """SHA-256 of the text's UTF-8 bytes: equal to `sha256sum` of the raw file."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def empty_document(doc_id: str, text: str, meta: DocumentMeta) -> Document:
    """Tokenize `text` with the stored tokenizer and return a document with empty layers."""
    from vostochny.model import tokenize
    from vostochny.model.constants import schema_references
    from vostochny.model.models import SCHEMA_VERSION, Document, Sentence, Tokenizer

    spans = tokenize.tokens(text)
    return Document(
        schema_=schema_references("document")[0],
        schema_version=SCHEMA_VERSION,
        id=doc_id,
        sha256=sha256_text(text),
        length=len(text),
        meta=meta,
        tokenizer=Tokenizer(name=tokenize.NAME, version=tokenize.VERSION, corrections=0),
        sentences=[Sentence(start=s, end=e, text=text[s:e]) for s, e in tokenize.sentences(text, spans)],
        tokens=[(s, e, text[s:e]) for s, e in spans],
        entities=[],
        mentions=[],
        relations=[],
        quotes=[],
    )
