"""The corpus's rule-based tokenizer and sentence splitter.

It never changes the text: every token is a `(start, end)` slice of the raw string, so
offsets stay exact around encoding damage (`Â`), missing spaces (`military.South`) and
curly quotes. Tokens follow the UD English conventions that matter for entity boundaries:
hyphens and possessive clitics are tokens of their own (`Putin` `-` `Kim`, `Korea` `’s`),
so that a name inside a compound is still a token-aligned mention. Abbreviations with
periods (`U.S.`, `Adm.`) stay whole.

Bump `VERSION` whenever a change would move any token: the version is recorded in every
annotation file that this tokenizer made.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

NAME = "vostochny.tokenize"  # the name recorded in every annotation file (not the module path)
VERSION = "1.1"  # 1.1: a clitic after U+02BC (`Putinʼs`) is split off as after ’

#: Abbreviations that end in a period which does not end a sentence.
ABBREVIATIONS = ("Adm", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Sgt", "Capt", "Gov", "Sen", "Rep", "St", "Jr",
                 "No")

_TOKEN = re.compile(
    r"""
      [\w.+-]+@[\w-]+(?:\.[\w-]+)+                 # e-mail address
    | (?:[A-Z]\.){2,}                             # U.S. U.N.
    | (?:%s)\.(?=\s)                              # Adm. Mr.
    | \d+(?:[.,:]\d+)+                            # 42.7 1,000 18:30
    | [’'ʼ](?:s|re|ve|ll|d|m)(?!\w)               # possessive and clitics
    | n[’'ʼ]t(?!\w)                               # n't
    | \w+?(?=n[’'ʼ]t(?!\w))                       # has|n't
    | \w+?(?=ʼ(?:s|re|ve|ll|d|m)(?!\w))           # Putin|ʼs: U+02BC is a letter to \w
    | \w+                                         # word, number
    | \.{3}|-{2,}|\S                              # punctuation, anything else
    """  # noqa: UP031 - %-formatting: the pattern's own braces ({2,}) would clash with str.format
    % "|".join(ABBREVIATIONS),
    re.VERBOSE,
)

_FINAL = frozenset(".!?")
_CLOSING = frozenset("”’\"')]")
_OPENING = frozenset("“‘\"'([")


def tokens(text: str) -> list[tuple[int, int]]:
    """Return the token spans of `text`, in order, covering every non-space character."""
    return [m.span() for m in _TOKEN.finditer(text)]


def sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Group token spans into sentence spans (first token start, last token end)."""
    return [(spans[a][0], spans[b - 1][1]) for a, b in _sentence_bounds(text, spans)]


def _sentence_bounds(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Yield `(first, last + 1)` token indices of each sentence."""
    first = 0
    i = 0
    while i < len(spans):
        end = i + 1
        if text[slice(*spans[i])] in _FINAL:
            while end < len(spans) and _is_closing(text, spans[end - 1], spans[end]):
                end += 1
        if end >= len(spans) or _breaks(text, spans[end - 1], spans[end], text[slice(*spans[i])]):
            yield first, end
            first = end
        i = end
    if first < len(spans):  # pragma: no cover - the loop always closes the last sentence
        yield first, len(spans)


def _is_closing(text: str, prev: tuple[int, int], tok: tuple[int, int]) -> bool:
    """A closing quote or bracket glued to the sentence-final mark belongs to the sentence."""
    return text[slice(*tok)] in _CLOSING and tok[0] == prev[1]


def _breaks(text: str, prev: tuple[int, int], nxt: tuple[int, int], mark: str) -> bool:
    """Is there a sentence boundary between `prev` and `nxt`?"""
    if "\n" in text[prev[1] : nxt[0]]:
        return True
    if mark not in _FINAL:
        return False
    head = text[nxt[0]]
    return head.isupper() or head.isdigit() or head in _OPENING
