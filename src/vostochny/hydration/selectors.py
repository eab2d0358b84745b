"""The selector that anchors a span without shipping its text.

In the spirit of the W3C Web Annotation `TextQuoteSelector`, minus its `exact`: the first and the
last (at most) 16 characters of the span itself (`head`, `tail`; for a span of 16 characters or
fewer both are the whole span), its length, and SHA-256 hashes of its text as it is and in normal
form (`normal.normal`). The ends of the span rather than its context (`prefix`/`suffix`): they
show only text that is annotated anyway (a name, the first words of a quote), never the words
around it, and they are the part that must be found again, while context is what an edit nearby
changes first. Which of several places is meant is decided by offsets (`placement`), and whether
the text found is the text annotated by the hash, never by similarity.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from vostochny.hydration.normal import normal

#: the most characters of text a selector field holds
LIMIT = 16
#: the selector's `type`, after the W3C Web Annotation model's selector types
TYPE = "TextEndsSelector"
FIELDS = ("type", "head", "tail", "length", "sha256", "normal_sha256", "normal_length")


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Selector:
    """What is kept of a span's text: its ends, its length and hashes of it."""

    head: str
    tail: str
    length: int
    sha256: str
    normal_sha256: str
    normal_length: int

    def data(self) -> dict[str, Any]:
        return {"type": TYPE, "head": self.head, "tail": self.tail, "length": self.length, "sha256": self.sha256,
                "normal_sha256": self.normal_sha256, "normal_length": self.normal_length}

    @property
    def normal_head(self) -> str:
        return normal(self.head)

    def matches(self, text: str) -> bool:
        """Is `text` the span's text exactly?"""
        return len(text) == self.length and digest(text) == self.sha256

    def matches_normal(self, normal_text: str) -> bool:
        """Is `normal_text` the span's text in normal form?"""
        return len(normal_text) == self.normal_length and digest(normal_text) == self.normal_sha256


def select(text: str) -> Selector:
    """The selector of a span whose text is `text`."""
    norm = normal(text)
    return Selector(text[:LIMIT], text[-LIMIT:], len(text), digest(text), digest(norm), len(norm))


def from_data(data: Any) -> Selector:
    """A selector from its JSON object; raises `ValueError` naming what is wrong with it."""
    if not isinstance(data, dict) or set(data) != set(FIELDS) or data["type"] != TYPE:
        raise ValueError(f"a selector is an object with exactly the fields {', '.join(FIELDS)} and type {TYPE}")
    texts, numbers, hashes = ("head", "tail"), ("length", "normal_length"), ("sha256", "normal_sha256")
    if not all(isinstance(data[k], str) and 0 < len(data[k]) <= LIMIT for k in texts):
        raise ValueError(f"head and tail must be strings of 1 to {LIMIT} characters")
    if not all(type(data[k]) is int and data[k] > 0 for k in numbers):
        raise ValueError("length and normal_length must be positive integers")
    if not all(isinstance(data[k], str) and re.fullmatch("[0-9a-f]{64}", data[k]) for k in hashes):
        raise ValueError("sha256 and normal_sha256 must be 64 hexadecimal digits")
    return Selector(data["head"], data["tail"], data["length"], data["sha256"], data["normal_sha256"],
                    data["normal_length"])
