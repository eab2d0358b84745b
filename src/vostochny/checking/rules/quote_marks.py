"""Rules on the quotation marks at a quote's content: edges that take in marks, a final period or a comma (V251), a
kind that the marks contradict (V252), and a fragment cut short of its marks (V386)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import WORD_CHARACTER, DocContext, Hit, brief, first_use, rule
from vostochny.checking.rules.name_forms import proper_name
from vostochny.patterns import compiled

if TYPE_CHECKING:
    from vostochny.model.models import Quote, Span


#: quotation marks that a direct quote's content leaves out, at either end; at its start also the
#: opening single marks (at its end a single mark may be an apostrophe: `the allies’`)
_QUOTE_MARKS = frozenset('"\u201c\u201d\u00ab\u00bb\u201e\uff02\u301d\u301e\u301f\u2039\u203a')
_OPENING_MARKS = _QUOTE_MARKS | frozenset("\u2018\u201a")
#: what ends a sentence where an indirect quote's content must stop before it
_FINAL_STOPS = frozenset({".", "\u2026", "..."})


@rule("V251", "quote-content-edges", "a direct quote's content takes in its quotation marks, or an indirect or "
      "mixed one ends with its sentence's period or a comma", "move the content's ends inside the marks, or before "
      "the period or comma")
def quote_content_edges(ctx: DocContext) -> Iterator[Hit]:
    """`content` of a direct quote is the words inside the marks, without them; of an indirect quote the reported
    clause, without the sentence-final period or a comma after it (docs/guidelines.md, Quotations): a mark, period
    or comma inside makes quote-level evaluation count a token that no system should. `mixed` keeps the marks of its
    quoted fragment, and ends as a clause does: a mixed content widened over the sentence's period or a comma (`...
    relations with Seoul.`) passed, as did an indirect one over a comma (an attack found them; no reported content of
    release 1 or of the synthetic corpora ends so). Read on the tokens at each fragment's two ends: an utterance
    interrupted by `he said` has four, and a first fragment widened over the comma its attribution sets off (`... Kim
    was abroad[,] analysts said, demonstrating ...`) or a direct one over its closing mark passed while only the
    content's outer ends were read (the thirty-third session's boundary sweep found 7 such edits of release 1). An
    inner end is read only where the attribution interrupts the words (a word between two fragments): a content split
    at a line break (a span drawn over two lines in brat, a paragraph) keeps its punctuation there. A content
    without a word is V237's. An indirect quote whose content is a quoted passage (`said “we will win.”`)
    has the wrong kind, not the wrong ends: V252's."""
    view, texts, text = ctx.view, ctx.view.token_texts, ctx.text or ""
    for i, q in enumerate(ctx.doc.quotes):
        for k, fragment in enumerate(q.content):  # an utterance interrupted by `he said` has four ends
            first, end = view.token_range(fragment.start, fragment.end)
            if not 0 <= first < end <= len(texts):
                continue
            # read first: most edges are right, and no more is read then; an inner end at a line break is no edge
            edges = (texts[first] if _interrupted(text, q.content, k - 1) else "",
                     texts[end - 1] if _interrupted(text, q.content, k) else "")
            if _edges_wrong(q.kind, edges, texts[end - 2] if end - 2 >= first else "", text, fragment.start) \
                    and WORD_CHARACTER.search(text, q.content[0].start, q.content[-1].end) is not None \
                    and not _kind_against_marks(ctx.text, q):  # a content without a word is V237's
                yield Hit(pointer("quotes", i, "content"), q.id,
                          f"{q.kind} content runs from {edges[0]!r} to {edges[1]!r}")
                break


def _interrupted(text: str, content: Sequence[Span], k: int) -> bool:
    """Whether fragment `k`'s end is an edge of the words quoted: the content's outer end (`k` its first's -1 or its
    last), or an end the attribution interrupts (a word between it and the next fragment); a content split at a line
    break (a span drawn over two lines, a paragraph) goes on over it, its punctuation inside."""
    if k < 0 or k >= len(content) - 1:
        return True
    return WORD_CHARACTER.search(text, content[k].end, content[k + 1].start) is not None


#: what a reported clause's content never ends with: the sentence's final stop, a comma, a semicolon or a colon
_TRAILING = _FINAL_STOPS | frozenset(",;:")


def _edges_wrong(kind: str, edges: tuple[str, str], before_last: str, text: str, start: int) -> bool:
    """Whether a quote's content takes in a mark (direct) or its final stop or a comma (indirect, mixed). A direct
    quote nested in single marks (`‘“Sacred” is the word,’ Kim said`) starts with its inner double mark; the
    period of an abbreviation split off its letters (`10 a.m.`, tokens `a.m` `.`) is no final stop."""
    if kind == "direct":
        nested = edges[0] in _QUOTE_MARKS and text[start - 1:start] in ("\u2018", "'")
        return (edges[0] in _OPENING_MARKS and not nested) or edges[1] in _QUOTE_MARKS
    return edges[1] in _TRAILING and not (edges[1] == "." and "." in before_last)


#: every quotation mark, double or single, either way round (a single one may be an apostrophe: it is read as a
#: mark only where it stands beside a content's edge, or not between two letters)
_ANY_MARKS = _QUOTE_MARKS | frozenset("\u2018\u2019\u201a\u201b'")
#: what a convention may leave between a direct quote's content and its mark: a final stop or comma outside the
#: marks (`“... win”.`), a dash or ellipsis, a bracket; never a space (`... said. “We` is another quote's mark)
_BESIDE_MARK = frozenset(".,;:!?\u2026-\u2013\u2014()[]")
#: a quotation mark inside a mixed quote's content: any double mark, an opening single mark, or a plain or
#: curly apostrophe that is not inside a word (`‘begging’`, `'begging'`; not `Kim’s`); a straight mark or an
#: apostrophe right after a digit is an inch or foot mark (`a 6" shell`, `14' masts`), and one before a digit an
#: elision (`the ’90s`), not a quotation mark
_MARK_INSIDE = compiled("[" + "".join(sorted(_QUOTE_MARKS - {'"'})) + "\u2018\u201a\u201b]|(?<!\\d)\""
                        "|(?<!\\w)['\u2019](?!\\d)|(?<!\\d)['\u2019](?!\\w)")


@rule("V252", "quote-kind-against-marks", "a quote's kind contradicts the quotation marks of its content",
      "set the kind the marks show (direct: the words inside the marks; indirect: reported speech without them; "
      "mixed: a reported clause with a quoted fragment inside; docs/guidelines.md, Quotations), or move a direct "
      "quote's ends to its marks")
def quote_kind_against_marks(ctx: DocContext) -> Iterator[Hit]:
    """The kind says whose words a quote's content is (docs/guidelines.md, Quotations), and the marks show it: a
    `direct` quote is the words inside quote marks, so a mark stands before its first fragment and after its
    last (past a comma or stop that the convention leaves outside, or a nested single mark; the fragments of an
    utterance interrupted by `he said` are read at the utterance's two ends); an `indirect` quote whose content
    sits exactly between two marks, or is wrapped in them, is a direct one; a `mixed` quote's content holds its
    quoted fragment's marks, so one without any (an inch or foot mark right after a digit, `6"` or `14'`, or an
    elision before one, `the ’90s`, is none)
    is indirect. The statistics (quotes by kind, attribution by kind)
    and the `quotes` config of every export carry the kind as a label. A direct content that takes in its own
    marks is V251's, and one outside the text V201's."""
    text = ctx.text
    for i, q in enumerate(ctx.doc.quotes):
        if not q.content:
            continue
        if q.kind == "mixed":
            if not _MARK_INSIDE.search("\x00".join(s.text for s in q.content)):
                yield Hit(pointer("quotes", i, "kind"), q.kind,
                          f"{q.id}: mixed content {brief(q.content[0].text)} holds no quotation mark")
            continue
        start, end = q.content[0].start, q.content[-1].end
        if text is None or not 0 <= start < end <= len(text):
            continue
        if q.kind == "direct":
            marked = {"before": text[start] in _ANY_MARKS or _mark_beside(text, start - 1, -1),
                      "after": text[end - 1] in _ANY_MARKS or _mark_beside(text, end, 1)}
            missing = [side for side, found in marked.items() if not found]
            if missing:
                yield Hit(pointer("quotes", i, "kind"), q.kind, f"{q.id}: direct content {brief(text[start:end])} "
                          f"has no quotation mark {' or '.join(missing)} it")
        elif _kind_against_marks(text, q):
            yield Hit(pointer("quotes", i, "kind"), q.kind,
                      f"{q.id}: indirect content {brief(text[start:end])} is all inside quotation marks")


@rule("V386", "quote-fragment-off-its-marks", "a direct quote's fragment stops short of its quotation mark, or a mixed "
      "quote's content opens a quoted passage it does not close", "move the fragment's edge to its mark: a direct "
      "quote is all the words inside its marks, a mixed quote's content holds its quoted passage whole, both marks "
      "(docs/guidelines.md, Quotations)", predictions="gold only")
def quote_fragment_off_its_marks(ctx: DocContext) -> Iterator[Hit]:
    """A direct quote is the words inside its marks and a mixed quote's content holds its quoted passage's marks
    (docs/guidelines.md, Quotations). V252 reads a direct utterance's two ends only, so a fragment inside it cut short
    (`"... an old friend is better than two new [ones]," Putin said. "This folk wisdom ..."`, its first fragment
    ending before `ones`) passed, as did a mixed quote cut inside its quoted passage (`and “handle it
    [appropriately,”]`): every exported quote then misses words that were said. So each fragment of a direct quote
    after the first has a mark before it, and each before the last one after it (past a comma or stop that the
    convention leaves outside; a line break ends a paragraph that the next one's mark continues), and a mixed
    quote's content holds as many opening as closing curly double marks, and an even number of straight ones (not
    an inch mark after a digit, `6"`). The utterance's outer ends are V252's. And a direct fragment runs to its
    closing mark over the punctuation inside it (`“... kill innocent Ukrainians,”`: content `... Ukrainians,`): one
    that stops before it, at any of its fragments, passed V252 (which lets a stop stand outside the mark, as the
    convention of `“... win”.` does) until the thirty-third session's boundary sweep found 15 such ends of release 1
    passing, and one inside a single mark (`‘We will win[,]’ Kim said`) until the thirty-fourth session's; a stop or
    comma after the mark (`“... win”.`) is still outside, and a report inside another quote's
    words (`“We will win,” he said` holding another speaker's `We will win`) stops where it will: the mark is the
    outer quote's."""
    text = ctx.text
    if text is None:
        return
    for i, q in enumerate(ctx.doc.quotes):
        if q.kind == "mixed" and not _marks_paired("\x00".join(s.text for s in q.content)):
            yield Hit(pointer("quotes", i, "content"), q.id,
                      f"{q.id}: mixed content {brief(q.content[-1].text)} opens a quoted passage it does not close")
        elif q.kind == "direct" and all(0 <= s.start < s.end <= len(text) for s in q.content):
            last = len(q.content) - 1
            for j, span in enumerate(q.content):
                sides = [side for side, reached in (("before", j == 0 or _opened(text, span.start)),
                                                    ("after", j == last or _closed(text, span.end))) if not reached]
                inside = _PUNCTUATION_INSIDE.match(text, span.end)
                if inside is not None and (text[span.start:span.end] != span.text
                                           or _nested(ctx.doc.quotes, q, span.start, inside.end() - 1)):
                    inside = None  # a report inside another's quote: the mark is the outer quote's
                if sides:
                    yield Hit(pointer("quotes", i, "content", j), span.text, f"{q.id}'s fragment {j} "
                              f"{brief(span.text)} has no quotation mark {' or '.join(sides)} it")
                elif inside is not None:
                    yield Hit(pointer("quotes", i, "content", j), span.text, f"{q.id}'s fragment {j} "
                              f"{brief(span.text)} stops before {inside.group()[:-1]!r} inside its closing mark")


def _nested(quotes: Sequence[Quote], quote: Quote, start: int, end: int) -> bool:
    """Whether another quote's fragment holds [start, end), a fragment and the punctuation after it: a report inside
    a report, whose marks are the outer's."""
    return any(s.start <= start and end <= s.end for other in quotes if other is not quote for s in other.content)


#: the punctuation inside a closing double or single mark, right after a direct fragment's last word: the speaker's,
#: and the fragment's (`“We will win,” Kim said`, `‘We will win,’ Kim said`: content `We will win,`); a single mark
#: after a comma or stop closes a quotation, never an apostrophe (single marks passed until the thirty-fourth session)
_PUNCTUATION_INSIDE = compiled('[.,;:!?\u2026]+["\u201d\u00bb\u2019\u203a\']')


def _opened(text: str, start: int) -> bool:
    """Whether a quotation mark opens the fragment at `start` (V252's test), or it starts a line."""
    return text[start] in _ANY_MARKS or _mark_beside(text, start - 1, -1) or text[start - 1:start] in ("", "\n")


def _closed(text: str, end: int) -> bool:
    """Whether a quotation mark closes the fragment ending at `end` (V252's test), or the line ends after it and what
    the convention leaves outside the marks (a paragraph of a quotation that the next paragraph's mark continues)."""
    after = end
    while after < len(text) and text[after] in _BESIDE_MARK:
        after += 1
    return text[end - 1] in _ANY_MARKS or _mark_beside(text, end, 1) or text[after:after + 1] in ("", "\n", "\r")


#: a straight double mark that is no inch mark (not right after a digit)
_STRAIGHT_DOUBLE = compiled('(?<!\\d)"')


def _marks_paired(content: str) -> bool:
    """Whether a mixed quote's content closes every quoted passage it opens: as many curly opening as closing double
    marks, an even number of straight ones."""
    return content.count("\u201c") == content.count("\u201d") and len(_STRAIGHT_DOUBLE.findall(content)) % 2 == 0


def _mark_beside(text: str, at: int, step: int) -> bool:
    """Whether a quotation mark stands at `at`, or past at most three characters of `_BESIDE_MARK` walking by
    `step` (-1 to the left, 1 to the right); the text's edge is no mark."""
    for here in range(at, at + 4 * step, step):
        if not 0 <= here < len(text) or text[here] not in _BESIDE_MARK:
            return 0 <= here < len(text) and text[here] in _ANY_MARKS
    return False


def _kind_against_marks(text: str | None, quote: Quote) -> bool:
    """Whether an indirect quote's content is one quoted passage (`_between_marks`)."""
    start, end = (quote.content[0].start, quote.content[-1].end) if quote.content else (0, 0)
    return quote.kind == "indirect" and text is not None and 0 <= start < end <= len(text) and \
        _between_marks(text, start, end)


def _between_marks(text: str, start: int, end: int) -> bool:
    """Whether the text [start, end) is one quoted passage: right between two marks (the closing one past a
    final comma or stop), or opening and closing with double marks of its own and none between them."""
    closes = text[end:end + 1] in _ANY_MARKS or (
        text[end:end + 1] in _FINAL_PUNCTUATION and text[end + 1:end + 2] in _ANY_MARKS)
    wrapped = end - start > 1 and text[start] in _OPENING_MARKS and text[end - 1] in _QUOTE_MARKS and \
        _QUOTE_MARKS.isdisjoint(text[start + 1:end - 1])
    return (text[start - 1:start] in _ANY_MARKS and closes) or wrapped


#: the punctuation that may close a quoted sentence inside or outside its mark
_FINAL_PUNCTUATION = frozenset(".,;:!?\u2026")


#: a passage in double quotation marks: an opening mark, words without a mark, a closing mark (a straight mark either
#: way round, but never opening right after a digit: `a 6" shell, a 14" gun` holds inch marks, no passage); single
#: marks are left out, as `rock ‘n’ roll` or `the allies’ ‘win-win’` may be apostrophes
_quoted_passage = first_use('(?:(?<!\\d)"|[\u201c\u201e\u00ab])[^"\u201c\u201d\u201e\u00ab\u00bb\\x00]*\\w'
                             '[^"\u201c\u201d\u201e\u00ab\u00bb\\x00]*["\u201d\u201c\u00bb]')


#: the marks that open a passage of `_quoted_passage` (and of `quote_gaps`'s quotations, V382)
OPENING_DOUBLE = ('"', "\u201c", "\u201e", "\u00ab")


def _quoted_words(text: str) -> str | None:
    """The first passage in double quotation marks in `text` that is words taken from a sentence (`would
    “cooperate on sensitive areas”`, `said that “Russia will win”`), not a name or title set in marks (`“Rocket
    Man”`, `“The Art of the Deal”`: each word capitalised or one that joins a name, `proper_name`)."""
    for found in _quoted_passage().finditer(text):
        first = next((c for c in found.group() if c.isalpha()), "")
        if first.islower() or not proper_name(found.group()[1:-1]):
            return found.group()
    return None


@rule("V274", "indirect-quote-holds-quoted-words", "an indirect quote's content holds words in quotation marks",
      "set the kind `mixed`: reported speech with a quoted fragment (docs/guidelines.md, Quotations)")
def indirect_quote_holds_quoted_words(ctx: DocContext) -> Iterator[Hit]:
    """A reported clause with words in quotation marks inside it is `mixed` (docs/guidelines.md, Quotations:
    `Peskov stated that [the two leaders would “cooperate on sensitive areas ...”]`), and an `indirect` quote is
    reported speech without marks: one whose content holds a passage in double quotation marks (an opening mark,
    words starting in lower case, a closing mark, within one fragment; a straight mark right after a digit is an
    inch mark and opens nothing: `ban 6" shells, 14" guns`) is a mixed quote labelled indirect, and
    counts as the source's paraphrase where it keeps the source's words. The kind records the marks, not whose they
    are: a term the writer put in marks inside reported speech (`so-called “special military operation”`) makes
    the quote mixed too. V252 reads the marks at a content's edges (an indirect content that is all one quoted
    passage is a direct quote, not reported again here) and a `mixed` content without a mark; this rule the marks
    inside. Not caught: a passage written as a name (`“Rocket Man”`, a title or name set in marks: every word
    capitalised or joining, not judged), a passage in single marks (`‘begging’`: an apostrophe reads the same,
    `rock ‘n’ roll`), and a mark that opens in one fragment and closes in another."""
    kinds = ctx.view.column("quotes", "kind")
    if "indirect" not in kinds:
        return
    contents = ctx.view.column("quotes", "content")
    indirect = [i for i, kind in enumerate(kinds) if kind == "indirect"]
    said = "\x00".join(map(attrgetter("text"), chain.from_iterable(map(contents.__getitem__, indirect))))
    if not any(map(said.__contains__, OPENING_DOUBLE)) or not _quoted_passage().search(said):
        return  # no opening mark: the valid path, one scan of the words per mark
    for i in indirect:
        q = ctx.doc.quotes[i]
        found = next(filter(None, map(_quoted_words, (s.text for s in q.content))), None)
        if found is not None and not _kind_against_marks(ctx.text, q):
            yield Hit(pointer("quotes", i, "kind"), q.kind,
                      f"{q.id}: indirect content {brief(q.content[0].text)} holds {brief(found)}")
