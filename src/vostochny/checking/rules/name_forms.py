"""Names as written and as compared: the flaws of a name's written form (`name_flaw`, `names_in_form`: V232, V249,
V329), a name written as a proper name (`proper_name`), and the keys names are compared by (`name_key`: case, spaces
and apostrophe forms aside; `name_keys`, many at once, a leading "the" aside too). No rule lives here."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence

from vostochny.patterns import compiled

#: the characters that write an apostrophe (straight, curly, modifier letter, accents, fullwidth)
APOSTROPHES = compiled("['\u2019\u02bc\u00b4\u2018`\uff07]")


def names_in_form(names: Sequence[str]) -> bool:
    """Whether every name is in form (`name_flaw` finds nothing), at C speed: joined by single spaces,
    they are printable, NFKC and hold no run of spaces and no space at either end. An invisible character
    and a letter of another script are not ASCII: only the words that are not are searched (a printable
    name holds no whitespace but the space, so its words are those of the names joined)."""
    joined = " ".join(names)
    return joined.isprintable() and "  " not in joined and joined == joined.strip() and all(names) and (
        joined.isascii() or (unicodedata.is_normalized("NFKC", joined) and _words_in_form(_unusual_words(names))))


def _unusual_words(names: Sequence[str]) -> list[str]:
    """The words of the names that are not ASCII (a name in ASCII has none): a handful in a document."""
    return [w for w in " ".join([name for name in names if not name.isascii()]).split() if not w.isascii()]


def _words_in_form(words: list[str]) -> bool:
    """Whether no word holds an invisible character (`_INVISIBLE`) or letters of two look-alike scripts."""
    return not _INVISIBLE.search(" ".join(words)) and not any(map(_mixed_scripts, words))


#: default-ignorable code points that Python counts printable (a combining grapheme joiner, variation
#: selectors, Hangul fillers), and the braille blank: each shows as nothing
_INVISIBLE = compiled("[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2800\u3164\ufe00-\ufe0f\uffa0"
                      "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0100-\U000e01ef]")
#: scripts whose letters look alike (`Р` Cyrillic, `P` Latin)
_LOOKALIKE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")


def _mixed_scripts(word: str) -> bool:
    """Whether a word has letters of two of the look-alike scripts (`Рutin`: a Cyrillic Р, then Latin)."""
    if word.isascii():
        return False
    scripts = {unicodedata.name(c, "").split(" ", 1)[0] for c in word if c.isalpha() and not c.isascii()}
    scripts |= {"LATIN"} if any(c.isascii() and c.isalpha() for c in word) else set()
    return len(scripts & set(_LOOKALIKE_SCRIPTS)) > 1


def name_flaw(name: str) -> str | None:
    """What is wrong with the written form of a name (None: nothing). A name is matched, shown and
    slugged as written: a space at either end, a line break, a zero-width or other invisible character,
    a no-break space or a compatibility form (fullwidth `Ｐｕｔｉｎ`) makes two spellings of one name
    that look the same."""
    if not name.strip():
        return "it is blank"
    if name != name.strip() or "  " in name:
        return "it has a space at an end, or two in a row"
    hidden = _unseen(name)
    if hidden is not None:
        return hidden
    if not unicodedata.is_normalized("NFKC", name):
        return f"it is not in Unicode NFKC form ({unicodedata.normalize('NFKC', name)!r})"
    mixed = next((word for word in name.split() if _mixed_scripts(word)), None)
    return None if mixed is None else f"{mixed!r} mixes Latin, Cyrillic or Greek letters that look alike"


def prose_flaw(text: str) -> str | None:
    """What is wrong with a note written in words (None: nothing): blank, a space at either end, a line break or
    another character that does not print, or one that shows as nothing. Not a name's stricter form: prose may
    hold `…`, `½`, two spaces after a stop or words of another script (a review found notes refused for them)."""
    if not text.strip():
        return "it is blank"
    if text != text.strip():
        return "it has a space at an end"
    return _unseen(text)


def _unseen(text: str) -> str | None:
    """A character of `text` that does not print (a line break, a no-break space) or shows as nothing, described."""
    odd = next((c for c in text if not c.isprintable()), None)
    if odd is not None:
        return f"it holds U+{ord(odd):04X} ({unicodedata.name(odd, 'unnamed')}), which is invisible or no plain space"
    hidden = _INVISIBLE.search(text)
    if hidden is not None:
        char = hidden.group()
        return f"it holds U+{ord(char):04X} ({unicodedata.name(char, 'unnamed')}), which shows as nothing"
    return None


def name_key(name: str) -> str:
    """A name as names are compared: case, runs of spaces and apostrophe forms aside."""
    return " ".join(APOSTROPHES.sub("'", name.casefold()).split())


def name_keys(texts: Sequence[str]) -> list[str]:
    """Names as they are compared, one per text, by C-speed calls on the texts joined: case folded, apostrophes
    one form, runs of white space one space, a leading "the" left out. A NUL inside a text is a space."""
    if not texts:
        return []
    joined = "\x00".join(texts)
    if joined.count("\x00") >= len(texts):  # a text holds the separator
        joined = "\x00".join(text.replace("\x00", " ") for text in texts)
    joined = " ".join(APOSTROPHES.sub("'", joined.casefold()).split())
    return ("\x00" + joined).replace("\x00the ", "\x00")[1:].split("\x00")


#: lower-case words that join the capitalised words of a proper name (`Ministry of Unification`, `Institute for
#: National Security Strategy`, `Ludwig van Beethoven`) or of a title (`The Art of the Deal`, `War and Peace`,
#: `Gone with the Wind`)
_JOINING_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "upon", "da", "de", "del",
                            "der", "di", "do", "dos", "du", "la", "le", "van", "von", "y", "al", "bin", "ibn", "or",
                            "but", "nor", "with", "by", "from", "as", "vs"})


def proper_name(name: str) -> bool:
    """Whether words are written as a proper name or a title (a record's name; a name or title in quotation marks,
    V274 and V382: `“Rocket Man”`, `“The Art of the Deal,”`): each word holds a capital or a digit, joins, or holds
    no letter (`&`, a dash)."""
    return all(word in _JOINING_WORDS or _written_as_name(word) for word in name.split())


def _written_as_name(word: str) -> bool:
    """Whether a word holds a capital (of any script) or a digit, or no letter."""
    return any(c.isupper() or c.isdigit() for c in word) or not any(map(str.isalpha, word))


COORDINATION = compiled(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")
#: `,|\s(?:and|&)\s`, the same matches, written to begin with one character class: the regex engine then skips
#: to the next comma or space at C speed instead of trying the pattern at every character of the mentions' texts
COORDINATED = compiled(r"[,\s](?:(?<=,)|(?:and|&)\s)")
_GROUP_DETERMINERS = ("the ", "both ")


def group_members(text: str, by_key: Mapping[str, frozenset[str]]) -> int:
    """How many names of records `text` coordinates (`Kim and Putin`: 2), where it is a coordination of names of
    two records or more, each member a name or alias (`by_key`: `name_key` -> its records); else 0."""
    if not COORDINATED.search(text):
        return 0
    members = [by_key.get(_group_member(part)) for part in COORDINATION.split(text)]
    if len(members) > 1 and all(members) and len(frozenset().union(*filter(None, members))) > 1:
        return len(members)
    return 0


def _group_member(part: str) -> str:
    """A member of a coordination as names are compared (`name_key`), without its article (`the United
    States`) or a leading `both`."""
    key = name_key(part)
    for determiner in _GROUP_DETERMINERS:
        key = key.removeprefix(determiner)
    return key
