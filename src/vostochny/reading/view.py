"""One view of a document: the model, its raw text, and every index its readers need, built once.

Rules, exporters, stats, diff and render read a document through this view, so that token
starts, "which sentence holds this token", id lookups and the spans of every layer are computed
in one place, lazily, at most once per document. The view is plain data (picklable), so the
per-document functions that take it can run in worker processes.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence
from functools import cached_property
from itertools import accumulate, chain, islice, pairwise, repeat
from operator import attrgetter, gt, le, mul, sub
from typing import TYPE_CHECKING, Any, Final, TypeVar

from vostochny.checking.problems import pointer
from vostochny.model.tokenize import has_format, is_gap
from vostochny.reading.fastpath import SPAN_LAYERS

if TYPE_CHECKING:  # no pydantic on the validator's valid path: the view reads models and mirrors alike
    from vostochny.model.models import Document, Entity, Mention, Span

T = TypeVar("T", "Entity", "Mention")


def _by_id(items: list[T], ids: Sequence[str]) -> dict[str, T]:
    """The items by their `ids` (the first of two with one id): one `dict` call where no id repeats."""
    found: dict[str, T] = dict(zip(ids, items, strict=True))
    if len(found) == len(items):
        return found
    found = {}
    for item in items:
        found.setdefault(item.id, item)
    return found


Path = tuple[str | int, ...]


def _span_paths(doc: Document) -> list[tuple[Path, Span]]:
    """Every span of a document with its path, layer by layer (`fastpath.SPAN_LAYERS`, equal to
    `layers.SPAN_LAYERS` but derived without the models). It reads the fields
    by the layers' declarations, not by type, so that it serves the models and the validator's
    `msgspec` mirrors of them (`vostochny.reading.fastpath`) alike."""
    found: list[tuple[Path, Span]] = []
    for layer in SPAN_LAYERS:
        name, items = layer.name, getattr(doc, layer.name)
        if layer.span_fields == ("",):
            found += [((name, i), item) for i, item in enumerate(items)]
            continue
        for i, item in enumerate(items):
            for field in layer.span_fields:
                value = getattr(item, field)
                if isinstance(value, list):
                    found += [((name, i, field, j), span) for j, span in enumerate(value)]
                elif value is not None:
                    found.append(((name, i, field), value))
    return found


def _field_spans(items: list[Any], field: str) -> list[Span]:
    """The spans of one span field of a layer's items (a list of spans, a span, or None), item by item."""
    found: list[Span] = []
    for value in map(attrgetter(field), items):
        if isinstance(value, list):
            found += value
        elif value is not None:
            found.append(value)
    return found


def no_whitespace(text: str) -> bool:
    """`not re.search(r"\\s", text)` at C speed: `str.split` and `\\s` both split at `str.isspace` characters."""
    return text.split() == [text] if text else True


def tiles(text: str, starts: Sequence[int], ends: Sequence[int], texts: Sequence[str]) -> bool:
    """Whether tokens tile `text`: none empty, in order, each token's text at its offsets, no whitespace
    in a token, only whitespace and format characters (Unicode Cf: `tokenize.is_gap`) between two (V201,
    V202, V213 on a valid document). With column operations and one join instead of a slice of the text
    per token (a slice costs as much as all of this): line breaks, tabs and CRs read as spaces, the
    tokens rebuild the text, a run of spaces
    standing for each gap. No gap may run backwards: the runs of spaces then add up to at most the
    text's length (a backward gap would add nothing, but a token beyond the text or a jump back and
    forth would make runs of spaces as long as its offsets, whatever the text: MemoryError at 2**40).
    Where every token is as long as its offsets say, each lands at its start, so equal strings put
    each token text at its offsets and only spaces in the gaps. No token then holds a space: the
    text holds as many as the gaps together; nor other whitespace: the text has none (`isprintable`:
    every `isspace` character but the space is unprintable), or the tokens have none. A text that
    fails any of this (one with a format character, which a gap may hold and a run of spaces does not
    stand for, or with other whitespace: a no-break space, U+2028) is compared with its own gaps
    (`_tiles_gap_by_gap`), so that tokens that tile any text are said to (V267 and V283 judge them)."""
    lengths = list(map(sub, ends, starts))
    gaps = list(map(sub, chain(starts, (len(text),)), chain((0,), ends)))  # no copy of the columns
    if not texts or lengths != list(map(len, texts)) or not all(texts) or min(gaps) < 0:
        return False
    pieces: list[str] = [""] * (2 * len(texts) + 1)
    pieces[0::2] = map(mul, repeat(" "), gaps)
    pieces[1::2] = texts
    spaced = text.replace("\n", " ").replace("\t", " ").replace("\r", " ")
    return ("".join(pieces) == spaced and spaced.count(" ") == len(text) - sum(lengths)
            and (spaced.isprintable() or no_whitespace("".join(texts)))) \
        or _tiles_gap_by_gap(text, starts, ends, texts)


def _tiles_gap_by_gap(text: str, starts: Sequence[int], ends: Sequence[int], texts: Sequence[str]) -> bool:
    """`tiles` of a text that the comparison with runs of spaces cannot judge: the tokens and the text's own
    gaps (none runs backwards: `tiles` checked) rebuild the text, the gaps together hold only whitespace and
    format characters, and the tokens no whitespace."""
    between = list(map(text.__getitem__, map(slice, (0, *ends), (*starts, len(text)))))
    pieces: list[str] = [""] * (2 * len(texts) + 1)
    pieces[0::2] = between
    pieces[1::2] = texts
    return "".join(pieces) == text and is_gap("".join(between)) and no_whitespace("".join(texts))


class DocumentView:
    """A document and its raw text (None where the raw file could not be read). The document is a
    `Document`, or its `msgspec` mirror on the validator's fast path: the view reads attributes only."""

    def __init__(self, doc: Document, text: str | None) -> None:
        self.doc: Final = doc
        self.text: Final = text

    @property
    def id(self) -> str:
        return self.doc.id

    @cached_property
    def _columns(self) -> tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]:
        """The token triples as three columns: every third value of the triples laid end to end. Not
        `zip(*tokens)`, which makes one iterator object per token and sets the garbage collector off
        (4x the time on 1 300 tokens), and cheaper than an `itemgetter` map per column."""
        flat: tuple[Any, ...] = tuple(chain.from_iterable(self.doc.tokens))  # its slices are tuples: no copies
        return flat[0::3], flat[1::3], flat[2::3]

    @property
    def token_starts(self) -> tuple[int, ...]:
        return self._columns[0]

    @property
    def token_ends(self) -> tuple[int, ...]:
        return self._columns[1]

    @property
    def token_texts(self) -> tuple[str, ...]:
        return self._columns[2]

    @cached_property
    def token_lower(self) -> tuple[str, ...]:
        """The token texts in lower case, built once: the rules that read a sentence's words in lower case (V407, V425,
        factuality's V368 and its neighbours) slice it, where each lowered its tokens again."""
        return tuple(map(str.lower, self._columns[2]))

    @cached_property
    def tokens_tile(self) -> bool:
        """Whether the tokens provably tile the raw text (`tiles`): then V201, V202 and V213 have no
        token to walk."""
        return self.text is not None and tiles(self.text, *self._columns)

    @cached_property
    def text_has_format(self) -> bool:
        """Whether the raw text holds a format character (Unicode Cf: `tokenize.has_format`): few texts do, and
        then no reader of the view looks for one (V267, V268, the CoNLL-U `# text`)."""
        return self.text is not None and has_format(self.text)

    @cached_property
    def text_composed(self) -> bool:
        """Whether the raw text is in NFC (Unicode's composed form, which UD asks of CoNLL-U): a text saved decomposed
        (`Zoe` U+0308 for `Zoë`) is not, and the CoNLL-U writes its forms composed."""
        return self.text is None or unicodedata.is_normalized("NFC", self.text)

    @cached_property
    def start_set(self) -> frozenset[int]:
        return frozenset(self.token_starts)

    @cached_property
    def end_set(self) -> frozenset[int]:
        return frozenset(self.token_ends)

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [first, last + 1) of the tokens that a token-aligned span [start, end) covers."""
        starts = self._columns[0]  # not `token_starts`: a property call costs as much as a bisect (per span)
        return bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)

    def token_ranges(self, layer: str) -> list[tuple[int, int]]:
        """`token_range` of every item of a span layer (`token_ranges("mentions")`), built once."""
        key = ("token_ranges", layer)
        if key not in self.derived:
            firsts, ends = (map(bisect.bisect_left, repeat(self._columns[0]), self.column(layer, field))
                            for field in ("start", "end"))
            self.derived[key] = list(zip(firsts, ends, strict=True))
        return self.derived[key]  # type: ignore[no-any-return]

    @cached_property
    def sentence_of_token(self) -> list[int]:
        """The index of the sentence that holds each token (-1 before the first sentence): the last
        sentence that starts at or before it. Where sentences and tokens are in order (a valid
        document), sentence i holds the run of tokens from the first that starts at or after its
        start: a bisection per sentence, not per token."""
        bounds, starts = self.sentence_starts, self.token_starts
        if any(map(gt, bounds, islice(bounds, 1, None))) or any(map(gt, starts, islice(starts, 1, None))):
            return [bisect.bisect_right(bounds, start) - 1 for start in starts]
        firsts = [*map(bisect.bisect_left, repeat(starts), bounds), len(starts)]
        found = [-1] * firsts[0]
        for index, (first, end) in enumerate(pairwise(firsts)):
            found += [index] * (end - first)
        return found

    def sentence_of(self, offset: int) -> int:
        """The index of the sentence that holds character `offset` (-1 before the first)."""
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s.start for s in self.doc.sentences]

    @cached_property
    def mention_sentences(self) -> list[int]:
        """The index of the sentence that holds each mention's start, mention by mention (-1 before the first)."""
        sentences = map(bisect.bisect_right, repeat(self.sentence_starts), self.column("mentions", "start"))
        return list(map(sub, sentences, repeat(1)))

    @cached_property
    def mentions_in_order(self) -> tuple[Sequence[int], Sequence[int], list[int]]:
        """The mentions in text order: their indices, their starts, and the furthest end of the mentions up to each
        (a mention that starts before an offset reaches past it where its `reach` does: one bisection finds whether
        any mention holds the offset, V349, V363). Mentions already in text order (a valid document's) are not
        sorted again."""
        starts, ends = self.column("mentions", "start"), self.column("mentions", "end")
        if all(map(le, starts[:-1], starts[1:])):
            return range(len(starts)), starts, list(accumulate(ends, max))
        order = sorted(range(len(starts)), key=starts.__getitem__)
        return order, list(map(starts.__getitem__, order)), list(accumulate(map(ends.__getitem__, order), max))

    @cached_property
    def names_in_order(self) -> tuple[list[int], list[int], list[int]]:
        """The name mentions in text order (`mentions_in_order`'s of kind name): their indices, their starts, and the
        furthest end of the name mentions up to each (whether a stretch lies inside a name is one bisection, V367,
        V384, V385; the names a nominal's span holds are a slice, V405)."""
        order, starts, _ = self.mentions_in_order
        kinds, ends = self.column("mentions", "kind"), self.column("mentions", "end")
        named = [k for k, i in enumerate(order) if kinds[i] == "name"]
        at = list(map(order.__getitem__, named))
        return at, list(map(starts.__getitem__, named)), list(accumulate(map(ends.__getitem__, at), max))

    @cached_property
    def mention_sentence(self) -> dict[str, int]:
        """`mention_sentences` by mention id (the last of two mentions with one id)."""
        return dict(zip(self.column("mentions", "id"), self.mention_sentences, strict=True))

    @cached_property
    def zone_of_token(self) -> list[str]:
        """The zone kind of each token ('body' where no zone covers it)."""
        kinds = ["body"] * len(self.doc.tokens)
        for zone in self.doc.zones:
            first, end = self.token_range(zone.start, zone.end)
            kinds[first:end] = [zone.kind] * (end - first)
        return kinds

    @cached_property
    def entities(self) -> dict[str, Entity]:
        """Entities by id (the first of two with one id: V206 reports the second)."""
        return _by_id(self.doc.entities, self.column("entities", "id"))

    @cached_property
    def entity_type(self) -> dict[str, str]:
        """The type of each entity, by id (the first of two with one id, as `entities`)."""
        entities = self.entities
        return dict(zip(entities, map(attrgetter("type"), entities.values()), strict=True))

    @cached_property
    def mentions(self) -> dict[str, Mention]:
        """Mentions by id (the first of two with one id)."""
        return _by_id(self.doc.mentions, self.column("mentions", "id"))

    def mention_span(self, mention_id: str | None) -> tuple[int, int] | None:
        """The offsets of the mention with this id (the first of two with one id); None if there is none."""
        m = self.mentions.get(mention_id) if isinstance(mention_id, str) else None
        return None if m is None else (m.start, m.end)

    @cached_property
    def mention_type(self) -> dict[str, str | None]:
        """The entity type of each mention; None where it is unknown: a mention whose entity does
        not exist (V207's) or an id used twice (V206's), so that no rule reports a consequence. Where
        no mention id repeats, one `dict` call over the columns."""
        ids = self.column("mentions", "id")
        if len(self.mentions) == len(ids):
            return dict(zip(ids, map(self.entity_type.get, self.column("mentions", "entity")), strict=True))
        found: dict[str, str | None] = {}
        for m in self.doc.mentions:
            entity = self.entities.get(m.entity)
            found[m.id] = None if m.id in found or entity is None else entity.type
        return found

    @cached_property
    def spans(self) -> list[tuple[Path, Span]]:
        """Every span that must match the raw text, with its path."""
        return _span_paths(self.doc)

    @cached_property
    def span_columns(self) -> tuple[tuple[int, ...], tuple[int, ...], tuple[str, ...]]:
        """The starts, ends and texts of `spans` (layer by layer, not in their order), as columns:
        rules check whole columns at C speed, and make the paths of `spans` only for a failure. A layer whose
        items are spans gives the columns that `column` keeps (other rules read the mentions', sentences' and
        zones' offsets and texts): only the spans inside quotes are read here."""
        parts: list[tuple[Sequence[Any], ...]] = []
        for layer in SPAN_LAYERS:
            if layer.span_fields == ("",):
                parts.append(tuple(self.column(layer.name, field) for field in ("start", "end", "text")))
                continue
            spans = [span for field in layer.span_fields for span in _field_spans(getattr(self.doc, layer.name), field)]
            parts.append(tuple(tuple(map(attrgetter(field), spans)) for field in ("start", "end", "text")))
        starts, ends, texts = (tuple(chain.from_iterable(part[k] for part in parts)) for k in range(3))
        return starts, ends, texts

    def column(self, layer: str, field: str) -> tuple[Any, ...]:
        """One field of every item of a layer (`column("mentions", "entity")`), built once. Read first and
        built on a miss: some 100 reads a document, nearly all of a column built before."""
        try:
            return self._column_cache[layer, field]
        except KeyError:
            found = self._column_cache[layer, field] = tuple(map(attrgetter(field), getattr(self.doc, layer)))
            return found

    @cached_property
    def _column_cache(self) -> dict[tuple[str, str], tuple[Any, ...]]:
        return {}

    @cached_property
    def derived(self) -> dict[tuple[Any, ...], Any]:
        """What readers derive from the document, kept by their key for the other readers of the same
        view (the exporters' sentence views per tag options)."""
        return {}

    @staticmethod
    def pointer(path: Path) -> str:
        """The JSON pointer of a path (made only for what is reported)."""
        return pointer(*path)
