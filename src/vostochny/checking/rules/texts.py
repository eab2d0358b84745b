"""What the corpus rules compare of documents they do not hold: the words each quote says (`Said`, `quotes_said`:
V333), and a raw text's hashes and word sketch (`TextHashes`, `text_hashes`, `text_sketch`), with the pairs of
sketches that are nearly one text (`near_duplicates`: V332). The validator makes these summaries as it reads each
document; no rule lives here."""

from __future__ import annotations

import bisect
import hashlib
import operator
import struct
import unicodedata
import zlib
from array import array
from collections.abc import Iterator, Mapping
from itertools import chain, pairwise, repeat
from typing import NamedTuple

from vostochny.model import tokenize
from vostochny.patterns import compiled
from vostochny.reading.history import text_blob_id
from vostochny.reading.view import DocumentView


class Said(NamedTuple):
    """What the corpus rules compare of a quote: its attribution type and the words of its content (its
    fragments in their order, case-folded, without punctuation: `words`)."""

    attribution: str | None
    words: tuple[str, ...]


def words(text: str) -> tuple[str, ...]:
    """The words of a text as two reports' wordings are compared: runs of letters and digits, case-folded
    (quote marks, apostrophes, hyphens and other punctuation apart: `“We will win,”` is `we will win`), composed
    (NFC: a letter and its combining accent are one letter of the word, however the text was saved)."""
    return tuple(ALNUM_RUNS.findall(unicodedata.normalize("NFC", text).casefold()))


#: a word: a run of letters and digits (underscores aside)
ALNUM_RUNS = compiled(r"[^\W_]+")


def quotes_said(view: DocumentView) -> dict[str, Said]:
    """Each quote id of a document (a model or its mirror) with what it says (`Said`)."""
    return {q.id: Said(q.attribution if isinstance(q.attribution, str) else None,
                       words(" ".join(s.text for s in q.content))) for q in view.doc.quotes}


class TextHashes(bytes):
    """A document's raw text as the corpus rules compare it, kept for every document until they run, so packed into
    one bytes object (393 bytes; 684 as a tuple of hex strings and the sketch): the SHA-256 the document records
    (that V203 holds to its raw text), the SHA-256 of the text normalised (`normal`: V324), the git blob id of its
    bytes (`reading.history.blob_id`: what git history is compared by, V325), its ends (`ends`) and its word sketch
    (`text_sketch`, V332). Made by `text_hashes`."""

    __slots__ = ()

    @property
    def sha256(self) -> str:
        return self[:32].hex()

    @property
    def normal(self) -> bytes:
        """The SHA-256 of the text as texts are compared (`compared`), with its whitespace runs one space, none at
        either end, in NFKC: texts that differ only there are one article (a copy with a line break added, with
        soft hyphens, fullwidth letters, or a Cyrillic `о` for an `o`, is no other text)."""
        return self[32:64]

    @property
    def blob(self) -> str:
        return self[64:84].hex()

    @property
    def ends(self) -> TextEnds:
        """The keys of passages at its start and end and its number of shingles (`text_ends`: copies cut short or
        extended, V332)."""
        *anchors, shingles = _ENDS.unpack_from(self, 84)
        return TextEnds(tuple(anchors), shingles)

    @property
    def sketch(self) -> bytes:
        return self[SKETCH_AT:]


class TextEnds(NamedTuple):
    """What finds a text that holds nearly all of another (V332): the keys of its first `ANCHOR_LINES` lines and its
    last ones (`_anchors`: a copy cut short, or with a line added, dropped or changed at either end, keeps some), and
    how many distinct shingles it has."""

    anchors: tuple[int, ...]
    shingles: int


END_WORDS = 50  # the words of an anchor's passage at most (`TextEnds`)
ANCHOR_WORDS = 8  # the words of a line an anchor is taken from, at the least (not a headline's, a dateline's)
ANCHOR_LINES = 3  # the lines at either end of a text that an anchor starts (ends) at
_ENDS = struct.Struct("<" + "Q" * 2 * ANCHOR_LINES + "I")
SKETCH_AT = 84 + _ENDS.size  # where a `TextHashes` holds its sketch (`near_duplicates` reads it there, without a copy)


def _anchors(lines: list[list[str]]) -> list[int]:
    """`TextEnds.anchors` of a text of these lines' sketch words: the first `END_WORDS` words of each of its first
    `ANCHOR_LINES` lines of `ANCHOR_WORDS` words or more, and the last of each of its last ones (0 where it has fewer):
    each line's own words, so that a word changed in one line moves that line's anchor only (a passage that ran
    from a headline into the lede changed with one word of the lede, a review found)."""
    long = [words for words in lines if len(words) >= ANCHOR_WORDS]
    passages = [*(words[:END_WORDS] for words in long[:ANCHOR_LINES]),
                *(words[-END_WORDS:] for words in long[-ANCHOR_LINES:])]
    keys = [int.from_bytes(hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest(), "little") | 1
            for words in passages]
    heads, tails = keys[:min(len(long), ANCHOR_LINES)], keys[min(len(long), ANCHOR_LINES):]
    return [*heads, *[0] * (ANCHOR_LINES - len(heads)), *tails, *[0] * (ANCHOR_LINES - len(tails))]


def text_hashes(sha256: str, text: str) -> TextHashes:
    """The hashes, ends and sketch of a raw text whose SHA-256 (lowercase hex, as V203 holds it) is `sha256`."""
    seen = compared(text)
    lines = _line_words(seen)
    sketch, shingles = _sketch(list(chain.from_iterable(lines)))
    return TextHashes(b"".join((bytes.fromhex(sha256), hashlib.sha256(" ".join(seen.split()).encode("utf-8")).digest(),
                                bytes.fromhex(text_blob_id(text)), _ENDS.pack(*_anchors(lines), shingles), sketch)))


#: letters of other scripts that look like Latin ones (Cyrillic, Greek, Armenian, and Latin's own dotless and
#: script forms, as Unicode's confusables list them), and the Latin letters they look like
_LOOKALIKES = ("АВЕЅІЈКМНОРСТХУҮаеорсухіјѕԁԛԝӏһүΑΒΕΖΗΙΚΜΝΟΡΤΥΧοϲνικραυϳօսհոցզıȷɑɡ",
               "ABESIJKMHOPCTXYYaeopcyxijsdqwlhyABEZHIKMNOPTYXocvikpaujouhngqijag")
#: what `compared` does: invisible format characters (Unicode Cf: the soft hyphen, the zero-width space and joiners,
#: bidirectional marks) dropped, look-alike letters read as the Latin letters they look like
_COMPARED = str.maketrans({**tokenize.NO_FORMAT,
                           **dict(zip(map(ord, _LOOKALIKES[0]), _LOOKALIKES[1], strict=True))})


def compared(text: str) -> str:
    """A text as two texts are compared for duplicates (V324, V332): what a reader sees, not how it is encoded. A
    re-scraped copy with hyphenation hints (a soft hyphen inside every word), zero-width spaces, or look-alike
    letters (`о`, Cyrillic, for `o`) is the same article; without this, each such word was another word, and the
    copy passed as another text. In NFKC, the look-alikes read after compatibility forms are decomposed (a
    mathematical `𝚶` is a Greek `Ο`, a Cyrillic `ё` an `е` with its diaeresis)."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKD", text).translate(_COMPARED))


#: a text's words, as near-duplicate texts are compared (V332): runs of letters, digits and underscores, after
#: NFKC and case folding (case, apostrophe and quotation mark forms and compatibility characters aside)
_SKETCH_WORD = compiled(r"\w+")
SHINGLE_WORDS = 5  # a shingle: this many consecutive words
SKETCH_BINS = 128  # one-permutation MinHash: the shingles' hashes fall into this many bins, each keeps its least
NEAR_DUPLICATE = 0.8  # two texts whose sketches agree in this share of bins (or more) are one article (V332)


def text_sketch(text: str) -> bytes:
    """A text's one-permutation MinHash sketch (Li, Owen and Zhang 2012): each shingle of `SHINGLE_WORDS`
    consecutive words (`_SKETCH_WORD`, of the text as `compared`) hashed to 64 bits, each of `SKETCH_BINS` bins
    (the hash's low 7 bits) keeping the least of the hashes that fall into it (the other 57 bits); an empty bin
    takes the next full bin's value shifted by its distance (rotation densification, Shrivastava and Li 2014). The
    share of bins in which two sketches agree estimates the Jaccard similarity of the two texts' shingle sets
    (standard error at most 0.045). Each bin keeps the low `SKETCH_BITS` of its value (b-bit minwise hashing, Li
    and König 2010): two bins that differ agree by chance once in 65 536, 0.002 bins of 128, and the sketch is 256
    bytes (a corpus of 20 000 documents keeps 5 MB of them until V332 runs; 20 MB at 64 bits). The same in every
    process of a run: words by their CRC-32, shingles by the hash of a tuple of ints (neither is salted). b"" for
    a text without a word, one shingle for a text of fewer words. C loops only."""
    return _sketch(list(chain.from_iterable(_line_words(compared(text)))))[0]


def _line_words(seen: str) -> list[list[str]]:
    """The sketch's words of a text as `compared` gives it, line by line (`_anchors` reads the lines)."""
    return list(map(_SKETCH_WORD.findall, seen.casefold().splitlines()))


def _sketch(words: list[str]) -> tuple[bytes, int]:
    """`text_sketch` of a text's words, and the number of its distinct shingles."""
    if not words:
        return b"", 0
    codes = list(map(zlib.crc32, map(str.encode, words)))
    codes += [0] * (SHINGLE_WORDS - len(codes))
    shingles = zip(*(codes[k:] for k in range(SHINGLE_WORDS)), strict=False)  # as many as the last slice's words
    hashes = sorted(set(map(hash, shingles)), reverse=True)
    least = dict(zip(map(operator.and_, hashes, repeat(_LAST_BIN)), hashes, strict=True))  # the last, least, stays
    if len(least) == SKETCH_BINS:
        kept = map(operator.and_, map(operator.rshift, map(least.__getitem__, range(SKETCH_BINS)), repeat(7)),
                   repeat(_KEPT))
        return array("H", kept).tobytes(), len(hashes)
    full = sorted(least)  # each empty bin borrows from the next full one, circularly
    borrowed = (full[bisect.bisect_left(full, i) % len(full)] for i in range(SKETCH_BINS))
    return array("H", ((least[j] >> 7) + (j - i) % SKETCH_BINS * _DISTANCE_STEP & _KEPT if i not in least
                       else least[i] >> 7 & _KEPT for i, j in zip(range(SKETCH_BINS), borrowed, strict=True))
                 ).tobytes(), len(hashes)


SKETCH_BITS = 16  # of each bin's value, kept (`text_sketch`)
_KEPT = (1 << SKETCH_BITS) - 1
#: a borrowed value moves by this per bin of distance: odd, so that each distance moves its kept bits differently
_DISTANCE_STEP = 0x9E37
_LAST_BIN = SKETCH_BINS - 1  # a power of two less one: the bin of a hash is its low bits

#: V332's bands: an estimate of NEAR_DUPLICATE or more lets at most `SKETCH_BINS - _AGREEING_BINS` bins differ, so one
#: of `_BANDS` disjoint bands of bins is equal in both sketches (pigeonhole): the pairs that share a band are the
#: only candidates, and no pair the estimate reaches is missed
_BIN_BYTES = SKETCH_BITS // 8
_AGREEING_BINS = -(-int(NEAR_DUPLICATE * 100) * SKETCH_BINS // 100)
_BANDS = SKETCH_BINS - _AGREEING_BINS + 1
_BAND_EDGES = [_BIN_BYTES * (SKETCH_BINS * k // _BANDS) for k in range(_BANDS + 1)]  # in bytes


def sketch_agreement(a: bytes, b: bytes, at: int = 0) -> int:
    """In how many bins two sketches (`text_sketch`, from byte `at` of each on) agree."""
    return sum(map(operator.eq, memoryview(a)[at:].cast("H"), memoryview(b)[at:].cast("H")))


def near_duplicates(sketches: Mapping[str, bytes], at: int = 0) -> Iterator[tuple[str, str, int]]:
    """Every pair of documents (earlier id, later id, bins in which they agree) whose sketches agree in at
    least NEAR_DUPLICATE of their bins: found band by band (`_BANDS`), so that only documents that share a
    whole band are compared, and memory holds one band's index and the pairs found at a time. Each value holds
    its sketch from byte `at` on (a `TextHashes` after its hashes, `SKETCH_AT`): no copy of a sketch is made (5 MB
    at 20 000 documents). The candidate pairs are not collected: the synthetic corpus's documents, which
    recombine the same sentences, make 2 300 of them at 2 000 documents and 228 000 at 20 000 (they grow as the
    square of the corpus); a pair that shares several bands is compared in each, unless it was found. A band's
    index keeps the first document of each band value, and a list only for a value that two share (most are
    one document's: a list each was 1.8 MB more at 20 000)."""
    ids = sorted(doc_id for doc_id, sketch in sketches.items() if len(sketch) - at == _BIN_BYTES * SKETCH_BINS)
    kept = list(map(sketches.__getitem__, ids))
    found: dict[tuple[int, int], int] = {}
    for start, end in pairwise(_BAND_EDGES):
        first: dict[bytes, int] = {}
        shared: dict[int, list[int]] = {}  # the first document of a band value -> the others that have it
        for k, sketch in enumerate(kept):
            one = first.setdefault(sketch[at + start:at + end], k)
            if one != k:
                shared.setdefault(one, []).append(k)
        del first
        for one, others in shared.items():
            same = [one, *others]
            for x, a in enumerate(same[:-1]):
                for b in same[x + 1:]:
                    if (a, b) not in found and (agree := sketch_agreement(kept[a], kept[b], at)) >= _AGREEING_BINS:
                        found[a, b] = agree
    for (a, b), agree in sorted(found.items()):
        yield ids[a], ids[b], agree


#: an anchor that more texts than this share is boilerplate (a standard footer), not a sign of one article: its
#: texts are not compared by it (1 500 texts of one footer made a million comparisons)
ANCHOR_SHARED_BY = 32
#: the shingles two texts must share, at the least, to be one article by containment: about this many words (two
#: briefs of 30 words with one 64-word footer are two articles)
CONTAINED_SHINGLES = 100
#: the share of the smaller text's shingles that the other must hold, by the estimate, to be one article by
#: containment: a copy cut short or extended holds nearly all (0.96 estimated on the real texts); briefs with a
#: shared header and footer hold less (0.79 for 150 words of 190), and the estimate strays by 0.05 either way
CONTAINED = 0.9
#: the Jaccard similarity the sketches must show, at the least, for the shared shingles to be estimated from it: a
#: text of a tenth of another's length agrees in a dozen bins, and the estimate from them missed or invented a
#: third of the pairs a review tried (a 70 % copy agrees in 0.7 of them, one extended by a third in 0.75)
CONTAINED_AGREEMENT = 0.3


def contained_copies(texts: Mapping[str, TextHashes]) -> Iterator[tuple[str, str, float]]:
    """Every pair of documents (earlier id, later id, the share of the smaller's shingles the other holds) of which
    one holds at least `CONTAINED` of the other's shingles, and `CONTAINED_SHINGLES` of them, though their
    sketches do not agree so far (a copy cut to 70 % is 0.7 alike by Jaccard, and it is the same article): the
    candidates are the texts that share an anchor (`TextEnds`: a passage at a line at either end), one that at most
    `ANCHOR_SHARED_BY` texts share; the shared shingles are estimated from the sketches' agreement J and the
    shingle counts (|A & B| = J (|A| + |B|) / (1 + J))."""
    ids = sorted(doc_id for doc_id, hashes in texts.items() if len(hashes) == SKETCH_AT + _BIN_BYTES * SKETCH_BINS)
    groups: dict[int, list[str]] = {}
    for doc_id in ids:
        for anchor in set(texts[doc_id].ends.anchors) - {0}:
            groups.setdefault(anchor, []).append(doc_id)
    found: dict[tuple[str, str], float] = {}
    for same in groups.values():
        if len(same) > ANCHOR_SHARED_BY:
            continue
        for x, a in enumerate(same[:-1]):
            for b in same[x + 1:]:
                if (a, b) not in found and (share := _held(texts[a], texts[b])) >= CONTAINED:
                    found[a, b] = share
    yield from ((a, b, share) for (a, b), share in sorted(found.items()))


def one_article(a: TextHashes, b: TextHashes) -> bool:
    """Whether V324 or V332 takes two texts for one article: one text normalised, sketches that agree in
    `NEAR_DUPLICATE` of their bins, or one that holds `CONTAINED` of the other and shares an anchor with it."""
    whole = SKETCH_AT + _BIN_BYTES * SKETCH_BINS
    if a.normal == b.normal:
        return True
    if len(a) != whole or len(b) != whole:
        return False
    return sketch_agreement(a, b, SKETCH_AT) >= _AGREEING_BINS or (
        bool(set(a.ends.anchors).intersection(b.ends.anchors) - {0}) and _held(a, b) >= CONTAINED)


def _held(a: TextHashes, b: TextHashes) -> float:
    """The estimated share of the smaller text's shingles that the other holds (0 where they share fewer than
    `CONTAINED_SHINGLES`)."""
    agree = sketch_agreement(a, b, SKETCH_AT) / SKETCH_BINS
    if agree < CONTAINED_AGREEMENT:  # too few bins agree for the estimate to say anything (0.1 is 13 bins of 128)
        return 0.0
    na, nb = a.ends.shingles, b.ends.shingles
    shared = agree * (na + nb) / (1 + agree)
    return shared / max(min(na, nb), 1) if shared >= CONTAINED_SHINGLES else 0.0
