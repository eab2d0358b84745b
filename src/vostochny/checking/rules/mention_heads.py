"""A nominal cut back off its head noun, the noun it modifies left right after it: a nationality adjective at its end
(V416), the next word its own chain's last word or the next word of its record's name (V417), or a last word that
the document's mentions hold only before another word (V418). One reading (`_cuts`) says which, once per view."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from itertools import compress, pairwise
from operator import and_, itemgetter, not_

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, mentions_starting, rule
from vostochny.checking.rules.mention_edges import ARTICLES, DETERMINERS, NOT_FIRST, NUMBER_WORDS
from vostochny.checking.rules.mention_words import NOMINAL_NOT_FIRST, NOMINAL_NOT_LAST, on_tokens
from vostochny.checking.rules.names import linked_records
from vostochny.checking.rules.registry_index import RegistryIndex
from vostochny.reading.view import DocumentView

#: the words in lower case that go on with no noun phrase: those a nominal neither begins nor ends with (a
#: preposition, a conjunction, a relative or subordinating word, an auxiliary, an adverb after a noun phrase)
_NOT_A_NOUN = NOMINAL_NOT_LAST | NOMINAL_NOT_FIRST | NOT_FIRST
#: the words after a nominal that go on with no noun phrase: those and the modals, nouns too but after a noun phrase
#: its verb (`[the heroic Russian army and people] will`; `[political] will` is not judged)
_NOT_GOING_ON = _NOT_A_NOUN | {"will", "can", "may"}
#: the words that end no nominal before a word that goes on with it: those and an article (`[a] country` is V345's)
_NOT_A_MODIFIER = _NOT_A_NOUN | ARTICLES
#: the words a nominal may end on as a pronoun does (`[the two]`, `[both]`, `[the first]`): a number or a quantifier,
#: which V418 does not read as a premodifier cut off its noun
_QUANTIFIERS = DETERMINERS | NUMBER_WORDS | {"one", "first", "last"}
#: the endings of a participle, which follows a noun phrase as a verb as often as it goes on with one as a noun
#: (`[weapons] acquired`, `[a ruling party official] working`; `the meeting`): V418 does not read a word after them
_PARTICIPLES = ("ed", "ing")
#: the ending a plural noun shares with a verb in the present (`[the first space] conquerors,`; `[Kim's artillery]
#: needs the way`), and the endings of those in -s that are neither (`press`, `bus`, `this`)
_PLURAL_OR_VERB, _NOT_INFLECTED = "s", ("ss", "us", "is")
#: the NORP (nationality) type, whose name mentions inside a nominal are adjectives (`[the heroic [Russian] army]`)
_NATIONALITY = "NORP"
#: white space inside a mention's text other than one space between words (a hard-wrapped name, `Kim Jong` / `Un`):
#: one space where `_DocumentWords` reads it, at C speed (a check of each text by `str.isprintable` took 20 us a
#: document, a regular expression more)
_ONE_SPACE = bytes.maketrans(b"\t\n\x0b\x0c\r", b"     ")
_NO_BREAK = "\u00a0".encode()
#: a cut found: its rule's code and what it says
Said = tuple[str, str]


def _candidates(view: DocumentView) -> list[tuple[int, int]]:
    """The nominals (index, end token) on token boundaries whose last token is a word that may end a noun phrase and
    whose next token, in the same sentence, is a word in lower case that may go on with it (none of `_NOT_GOING_ON`):
    the noun the nominal's last word would modify. Not where a mention that ends with that next word holds the
    nominal (`[[ruling party] official]`: the nominal is the longer one's premodifier)."""
    texts, ranges, sentence = view.token_texts, view.token_ranges("mentions"), view.sentence_of_token
    kinds, starts = view.column("mentions", "kind"), view.column("mentions", "start")
    ends, token_ends = view.column("mentions", "end"), view.token_ends
    nominals = list(compress(range(len(kinds)), map("nominal".__eq__, kinds)))
    # the token after each nominal, and the nominals before a word in lower case that may go on with a noun phrase:
    # the only ones read one by one (found at C speed: most nominals end before a mark, a capital, a preposition, a
    # modal or a verb of saying)
    after_ends = list(map(itemgetter(1), map(ranges.__getitem__, nominals)))
    if after_ends and max(after_ends) >= len(texts):  # a nominal at the text's end (or past it: V201's)
        nominals = [i for i, end in zip(nominals, after_ends, strict=True) if end < len(texts)]
        after_ends = [end for end in after_ends if end < len(texts)]
    afters = list(map(texts.__getitem__, after_ends))
    going_on = map(and_, map(str.islower, afters), map(not_, map(_NOT_GOING_ON.__contains__, afters)))
    found: list[tuple[int, int]] = []
    for i in on_tokens(view, list(compress(nominals, going_on)), "nominal"):
        end = ranges[i][1]
        if not _goes_on(texts[end - 1], texts[end]) or sentence[end] != sentence[end - 1]:
            continue
        after = token_ends[end]
        if after in ends and any(starts[k] <= starts[i] for k in compress(range(len(ends)), map(
                after.__eq__, ends))):
            continue
        found.append((i, end))
    return found


def _goes_on(last: str, after: str) -> bool:
    """Whether a nominal's last token may be a premodifier of the token after it: a word or a number (`19` of
    `COVID-19`) that ends a noun phrase before a word of letters in lower case that may go on with one."""
    return after.isalpha() and after.islower() and after not in _NOT_GOING_ON and last.isalnum() and (
        last.lower() not in _NOT_A_MODIFIER)


def _cuts(ctx: DocContext) -> dict[int, Said]:
    """The nominals (indices) cut back off their head noun, and the code and words of the rule that says so: V416
    before V417 before V418 (one code a nominal). Built once per view."""
    key = ("mention_heads",)
    view = ctx.view
    if key not in view.derived:
        found: dict[int, Said] = {}
        candidates = _candidates(view)
        if candidates:
            words = _DocumentWords(ctx)
            for i, end in candidates:
                said = words.nationality(i, end) or words.own_head(i, end) or words.premodifier(i, end)
                if said:
                    found[i] = said
        view.derived[key] = found
    return view.derived[key]  # type: ignore[no-any-return]


class _DocumentWords:
    """The words of a document's mentions that the three readings compare a nominal's edge with: their texts encoded,
    ASCII letters in lower case (`_key`: `str.lower` of a text with a curly quote took 15 us a kilobyte, `bytes.lower`
    under one), each between NULs and its words between single spaces (a word a text ends on is followed by a NUL),
    so that whether a word ends or goes before another is one search at C speed."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx, self.view = ctx, ctx.view
        self.texts = self.view.column("mentions", "text")
        self.entities = self.view.column("mentions", "entity")
        body = "\x00".join(self.texts)
        # a text that holds a NUL (V279's) would be read as two: no word is compared then
        joined = _key(body).translate(_ONE_SPACE).replace(_NO_BREAK, b" ") if body.count("\x00") < len(
            self.texts) else b""
        while b"  " in joined:
            joined = joined.replace(b"  ", b" ")
        self.joined = b"\x00" + joined + b"\x00"

    def _ending(self, word: str) -> int:
        """How many mentions end on `word` (`_key`'s)."""
        key = _key(word)
        return self.joined.count(b" " + key + b"\x00") + self.joined.count(b"\x00" + key + b"\x00")

    def _before_another(self, word: str) -> bool:
        """Whether a mention holds `word` (`_key`'s) before another word of its own."""
        key = _key(word)
        return b" " + key + b" " in self.joined or b"\x00" + key + b" " in self.joined

    def _verb_in_s(self, word: str, following: int) -> bool:
        """Whether `word` may be a verb in -s: it ends so, ends no mention, and token `following` is a word."""
        texts = self.view.token_texts
        return word.endswith(_PLURAL_OR_VERB) and not word.endswith(_NOT_INFLECTED) and not self._ending(word) \
            and following < len(texts) and texts[following][:1].isalnum()

    def nationality(self, i: int, end: int) -> Said | None:
        """V416: a name mention of a nationality (NORP) of another entity, capitalised, that ends where nominal `i`
        ends and starts inside it (`[the heroic [Russian]]` of `the heroic Russian army`)."""
        view = self.view
        starts, ends = view.column("mentions", "start"), view.column("mentions", "end")
        kinds, types = view.column("mentions", "kind"), view.entity_type
        if not view.token_texts[end - 1][:1].isupper():
            return None  # a nationality is capitalised
        for k in mentions_starting(view, starts[i] + 1, ends[i] - 1):
            if ends[k] == ends[i] and kinds[k] == "name" and types.get(self.entities[k]) == _NATIONALITY \
                    and self.entities[k] != self.entities[i] and self.texts[k][:1].isupper():
                return "V416", f"ends on the nationality {self.texts[k]!r} before {view.token_texts[end]!r}"
        return None

    def own_head(self, i: int, end: int) -> Said | None:
        """V417: the word after nominal `i` is the last word of another mention of its entity that ends on no word it
        ends on (`[artillery]` shells, the chain's `[artillery shells]`), or the word after it and its last word are
        two words of a name of its entity's record (`[The Komsomolsk-on-Amur aircraft]` plant)."""
        after, last, entity = self.view.token_texts[end], _last_word(self.texts[i]), self.entities[i]
        if after != last and self._ending(after):
            lasts = [_last_word(self.texts[k]) for k in compress(range(len(self.texts)), map(
                entity.__eq__, self.entities))]
            if after in lasts and lasts.count(last) == 1:
                return "V417", f"stops before {after!r}, the last word of another mention of its entity"
        index = self.ctx.registry_index
        kb_id = linked_records(self.ctx).get(entity) if index is not None else None
        if index is not None and kb_id is not None and (last, after) in _record_pairs(index).get(kb_id, ()):
            return "V417", f"stops before {after!r}, the next word of its record {kb_id}'s name"
        return None

    def premodifier(self, i: int, end: int) -> Said | None:
        """V418: nominal `i` ends on a word that the document's other mentions hold only before another word of
        theirs, and end on never (`[the first space]` conquerors, beside `[space rocket launch site]`). Not where the
        next word may be a verb: a participle, or a word in -s that ends no mention and has a word after it
        (`[Kim's artillery] needs the way`), where a noun phrase's plural head would more often end it."""
        last, after = _last_word(self.texts[i]), self.view.token_texts[end]
        if last in _QUANTIFIERS or after.endswith(_PARTICIPLES) or self._verb_in_s(after, end + 1):
            return None
        written = self.texts[i].split()[-1:]  # as `_key` reads it: a capital outside ASCII kept
        if written and self._before_another(written[0]) and self._ending(written[0]) == 1:
            return "V418", f"ends on {last!r}, which the document's mentions hold only before a noun, before {after!r}"
        return None


def _key(text: str) -> bytes:
    """A text as `_DocumentWords` compares it: encoded, its ASCII letters in lower case."""
    return text.encode("utf-8", "surrogatepass").lower()


def _last_word(text: str) -> str:
    """A mention's last word, in lower case ('' for a text of no word)."""
    words = text.lower().split()
    return words[-1] if words else ""


@functools.lru_cache(maxsize=8)
def _record_pairs(index: RegistryIndex) -> dict[str, frozenset[tuple[str, str]]]:
    """Each record's pairs of words that follow each other in its name or an alias, in lower case (`aircraft`,
    `plant` of `Komsomolsk-on-Amur aircraft plant`)."""
    found = {}
    for r in index.registry.entities:
        pairs: set[tuple[str, str]] = set()
        for name in (r.name, *r.aliases):
            words = name.lower().split()
            pairs.update(pairwise(words))
        found[r.id] = frozenset(pairs)
    return found


def _hits(ctx: DocContext, code: str) -> Iterator[Hit]:
    """The hits of one of the three rules: the nominals `_cuts` gives its code."""
    for i, (found, said) in sorted(_cuts(ctx).items()):
        if found == code:
            m = ctx.doc.mentions[i]
            yield Hit(pointer("mentions", i), m.id, f"{m.text!r} {said}")


@rule("V416", "nominal-ends-on-nationality", "a nominal ends on a nationality adjective before the noun it "
      "modifies", "end the span at the head noun: [the heroic Russian army], not [the heroic Russian] army; "
      "[U.S. and South Korean officials]")
def nominal_ends_on_nationality(ctx: DocContext) -> Iterator[Hit]:
    """A nominal ends with its head noun (docs/guidelines.md, Span extent); a nationality adjective (`Russian`,
    `South Korean`) inside a nominal is a premodifier and its own NORP name mention (hard case 10). So a nominal
    that ends where such a mention inside it ends, with a word in lower case right after it that may go on with a
    noun phrase (none of a preposition, conjunction, subordinator, auxiliary or adverb), has its head noun cut off:
    `[the heroic [Russian]] army`, `[U.S. and [South Korean]] officials`. A brat redraw that narrowed relation
    arguments by a word found two such spans passing, an attack that moved every nominal's edge by a word four.
    Not judged: a nationality alone as a person's nominal (`[a Russian] met`: no NORP mention inside it), one the
    nominal's own entity names, and one before a modal or a function word (`[the Russian army and people] will`:
    the modal is a verb after a noun phrase as often); V345's, V413's, V414's and V415's edges fold this."""
    return _hits(ctx, "V416")


@rule("V417", "nominal-stops-before-its-head", "a nominal stops before the last word of its own chain or inside its "
      "record's name", "end the span at the head noun: [artillery shells], not [artillery] shells; [The "
      "Komsomolsk-on-Amur aircraft plant]")
def nominal_stops_before_its_head(ctx: DocContext) -> Iterator[Hit]:
    """A nominal ends with its head noun (docs/guidelines.md, Span extent), and an entity's nominals name one
    referent by its nouns: a nominal whose next word (in lower case, one that may go on with a noun phrase) is the
    last word of another mention of its own entity, when its own last word ends no other mention of it, stops before
    its head (`[artillery] shells` beside the chain's `[artillery shells]`, `[his personal] train` beside `[the
    train]`); and a record named by a description gives its nominals their words (hard case 45), so a nominal whose
    last word and the word after it follow each other in its record's name stops inside it (`[The
    Komsomolsk-on-Amur aircraft] plant`, `[two ballistic] missiles`). An attack that moved every nominal's edge by a
    word found 47 such spans passing. Not judged: a nominal whose chain and record give no other word
    (`[its east] coast` alone in its entity: V418 reads the document's other mentions), a next word that is the
    nominal's own last word, and a record's name that goes on with a preposition (`[Moscow's invasion] of Ukraine`:
    the postmodifier is outside the span)."""
    return _hits(ctx, "V417")


@rule("V418", "nominal-ends-on-a-premodifier", "a nominal ends on a word that the document's mentions hold only "
      "before a noun", "end the span at the head noun: [the first space conquerors], not [the first space] "
      "conquerors, beside [Russia's most advanced space rocket launch site]")
def nominal_ends_on_a_premodifier(ctx: DocContext) -> Iterator[Hit]:
    """A nominal ends with its head noun (docs/guidelines.md, Span extent). Where a word stands in the document's
    other mentions only before another word of theirs (a premodifier: `space` of `[space rocket launch site]`, `Far
    Eastern` of `[the Far Eastern city]`) and ends none of them, a nominal that ends on it with a word in lower case
    after it that may go on with a noun phrase has its head noun cut off (`[the first space] conquerors`, `[the Far
    Eastern] city`). The document's own annotations stand in for a part of speech: no tagger. An attack that moved
    every nominal's edge by a word found 11 such spans passing. Not judged: a number
    or a quantifier at the end (`[the two]` is a nominal as a pronoun is), a word that some other mention ends on
    (`[the military]` beside `[military officials]`), a next word that ends in `-ed` or `-ing` (a participle as often
    as a noun: `[weapons] acquired` beside `[weapons technologies]`, `official` of `[official media]` an adjective, of
    `[a ruling party official] working` a noun), a word the document's mentions hold nowhere (`[its east]
    coast`, `[an unknown] location`: an adjective the annotations never show before a noun), a next word in capitals
    or one that goes on with no noun phrase (a preposition, an auxiliary), and a nominal that is a longer mention's
    premodifier (`[[ruling party] official]`)."""
    return _hits(ctx, "V418")
