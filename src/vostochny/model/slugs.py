"""The slug of a name: what a registry id is (`kim-jong-un`, `korean-peoples-army`).

Defined once, here: the registry rule (V320) and the annotation compiler read it.
"""

from __future__ import annotations

import unicodedata

from vostochny.patterns import compiled

#: marks deleted inside a word rather than splitting it: apostrophes (People's, Workers', Un's)
#: and full stops of abbreviations (U.S.)
_JOINERS = compiled("['’ʼ‘`.]")
_SEPARATORS = compiled("[^a-z0-9]+")


def slug(name: str) -> str:
    """Lowercase ASCII words joined by single hyphens: diacritics are folded (`Ñ` -> `n`, `ß` ->
    `ss`), apostrophes and full stops are deleted (`People's` -> `peoples`, `U.S.` -> `us`), and
    every other run of characters that are not ASCII letters or digits (spaces, hyphens, dashes,
    commas, brackets, letters without an ASCII form) is one hyphen, none at either end:
    `Kim–Putin summit 2023` -> `kim-putin-summit-2023`."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))
    return _SEPARATORS.sub("-", _JOINERS.sub("", folded)).strip("-")
