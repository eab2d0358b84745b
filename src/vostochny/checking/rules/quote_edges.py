"""Rules on the words at a quote's edges that belong to neither its cue nor its content: a cue that takes in a
punctuation mark, an auxiliary or adverb before it, or the complementizer, article or preposition after it (V468), and
a reported clause that takes in its complementizer (V469)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import SPACE, WORD_CHARACTER, DocContext, Hit, brief, rule
from vostochny.checking.rules.quote_clauses import clause_edge
from vostochny.checking.rules.quote_words import cut_by_another, phrase_cut
from vostochny.model.tokenize import LINE_BREAKS
from vostochny.patterns import compiled

if TYPE_CHECKING:
    from vostochny.model.models import Mention, Quote, Span

#: the first word of a span of words, and its last (letters, digits, apostrophes and hyphens inside)
_FIRST_WORD = compiled(r"\w[\w'\u2019-]*")
_LAST_WORD = compiled(r"\w[\w'\u2019-]*\Z")
#: what a cue never begins with: an auxiliary, modal or adverb between the subject and the verb (`has warned`, `also
#: noted`, `previously said`; `could say`, `did say`, `separately said` since the thirty-fourth session), a coordinator
#: or subordinator before it (`and said`, `When asked`), a preposition of the phrase it sits in (`amid warnings`) or a
#: weekday (`on Wednesday urged`)
_NOT_FIRST = frozenset({
    "has", "have", "had", "also", "then", "later", "again", "previously", "reportedly", "earlier", "once", "already",
    "repeatedly", "only", "would", "will", "recently", "publicly", "separately", "could", "can", "may", "might", "must",
    "should", "shall", "did", "does", "do", "and", "but", "or", "when", "while", "amid", "on",
    "in", "at", "by", "from", "after", "before", "during", "that", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday"})
#: what a cue never ends with: the complementizer of the clause it reports (`warned that`, `wonder whether`), the
#: article or determiner of the phrase after it (`told the`, `called each`), a preposition that opens a phrase of
#: place, time or agent (`said in`, `asked by`, `warnings from`), a word of time (`said Wednesday`, `warned last`;
#: `said today`, `said earlier` since the thirty-fourth session) or `only`. `to` (`according to`), `of`, `on`, `at`,
#: `about`, `for` and `as` may end a phrasal cue (`warned of`, `commented on`, `hinted at`, `called for`, `described
#: as`), and `in` a verb of `_IN_PHRASES` (`chimed in`, `weighed in`)
_NOT_LAST = frozenset({
    "that", "whether", "if", "the", "a", "an", "each", "his", "her", "its", "their", "our", "this", "these", "those",
    "in", "by", "from", "during", "after", "before", "last", "next", "only", "today", "yesterday", "tonight", "earlier",
    "later", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
#: a weekday right after a cue that ends with `on`: the preposition opens a phrase of time (`[said on] Thursday`), not
#: a phrasal cue's particle (`commented on`)
_ON_A_DAY = compiled(rf"{SPACE}+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![\w'\u2019-])",
                     re.IGNORECASE)
#: a phrasal verb of saying whose particle is `in` (`chimed in`, `weighs in`): the particle is the cue's
_IN_PHRASES = compiled(rf"\b(?:chim(?:e|es|ed|ing)|weigh(?:s|ed|ing)?){SPACE}+in\Z", re.IGNORECASE)


def _cue_edge(text: str, cue: Span) -> str | None:
    """What is wrong at a cue's edges (`cue_edge`), or None."""
    words = text[cue.start:cue.end]
    if not words[:1].isalnum():
        return f"begins with {words[:1]!r}"
    if not words[-1:].isalnum():
        return f"ends with {words[-1:]!r}"
    first, last = _FIRST_WORD.match(words), _LAST_WORD.search(words)
    if first is not None and first.group().lower() in _NOT_FIRST and first.end() < len(words):
        return f"begins with {first.group()!r}"
    if last is not None and last.group().lower() in _NOT_LAST and last.start() > 0 \
            and _IN_PHRASES.search(words) is None:
        return f"ends with {last.group()!r}"
    if last is not None and last.group().lower() == "on" and last.start() > 0 and _ON_A_DAY.match(text, cue.end):
        return "ends with 'on' before a weekday"
    return None


@rule("V468", "cue-edge", "a quote's cue begins or ends with a punctuation mark, an auxiliary, an adverb or a "
      "conjunction before its verb, or the complementizer, article or preposition after it",
      "cut the cue to the words of saying: `[warned]` in `has warned that ...`, `[told]` in `, told the ...` "
      "(docs/guidelines.md, Quotations)")
def cue_edge(ctx: DocContext) -> Iterator[Hit]:
    """The cue is the reporting word or phrase (docs/guidelines.md, Quotations): a cue dragged a word or a mark wide
    (`[has warned]`, `[also noted]`, `[, according to]`, `[said.]`, `[warned that]`, `[told the]`, `[said in]`, `[said
    Wednesday]`) passed every rule, and every quote export and cue score compares its words: the thirty-third
    session's boundary sweep found 72 such cues of release 1 passing. Read in the raw text: a cue's first or last
    character that is no letter or digit, a first word of `_NOT_FIRST` (an auxiliary or adverb before the verb, a
    conjunction, a preposition, a weekday) and a last word of `_NOT_LAST` (a complementizer, an article or
    determiner, a preposition of place, time or agent, a word of time), and a last `on` before a weekday (`[said on]
    Thursday`, since the thirty-seventh session). Not judged: a cue of one word (`that` alone
    is V380's), a cue without a word (V237's), outside the text (V201's) or over its own content (V226's), a phrasal
    cue's particle (`according to`, `warned of`, `described as`, `chimed in`), a noun taken in after the verb
    (`According to photos`: the phrase of a cue may hold a noun, `raised a toast`) and a cue cut short inside its
    phrase (`signed the visitor` of `signed the visitor book`)."""
    text = ctx.text
    if text is None:
        return
    for i, q in enumerate(ctx.doc.quotes):
        cue = q.cue
        if cue is None or not 0 <= cue.start < cue.end <= len(text) or text[cue.start:cue.end] != cue.text \
                or WORD_CHARACTER.search(text, cue.start, cue.end) is None \
                or any(s.start < cue.end and cue.start < s.end for s in q.content):
            continue  # outside or off the text: the span rules'; without a word V237's; over its content V226's
        why = _cue_edge(text, cue)
        if why is not None:
            yield Hit(pointer("quotes", i, "cue"), [cue.start, cue.end], f"{q.id}'s cue {brief(cue.text)} {why}")


#: a reported clause's first word the complementizer that opens it (`that` before its clause's subject, past an opening
#: quotation mark, not before a verb: `said [that was why ...]`; `whether`; `if` after a verb of asking or wondering)
_COMPLEMENTIZER = compiled(rf"(that|whether|if)(?:{SPACE}+|{SPACE}*([,\u2013\u2014]){SPACE}*)[\"\u201c\u2018']?"
                           rf"([\w'\u2019]+)")
#: the first word after a phrase set off between two commas or dashes (`that, despite sanctions, [Russia] would`)
_WORD_AFTER_MARK = compiled(rf"{SPACE}*[\"\u201c\u2018']?([\w'\u2019]+)")
#: a complementizer `that` right before a fragment: the fragment's own `that` is a demonstrative (`said that [that
#: deal was ...]`)
_THAT_BEFORE = compiled(rf"(?<![\w'\u2019-])that{SPACE}+\Z", re.IGNORECASE)
#: what follows a demonstrative `that`, the subject of the reported clause: a verb, auxiliary or clitic, negated too
#: (`that won’t change`), an adverb or focus word before its verb (`that never happened`, `that alone proves`), a
#: common verb that no bare noun subject is spelt as (`that makes sense`, `that happened`: refused until the
#: thirty-fourth session)
_AUXILIARIES = ("is", "was", "are", "were", "would", "will", "could", "should", "might", "may", "must", "can", "has",
                "had", "have", "does", "did")
_NEGATED = ("isn", "wasn", "aren", "weren", "wouldn", "won", "couldn", "shouldn", "mightn", "mustn", "can", "hasn",
            "hadn", "haven", "doesn", "didn", "don")
_AFTER_DEMONSTRATIVE = frozenset({*_AUXILIARIES, *(f"{w}{a}t" for w in _NEGATED for a in ("'", "\u2019")),
                                  "cannot", "seems", "seemed", "means", "meant", "never", "also", "alone", "too",
                                  "itself", "happened", "happens", "makes", "made", "matters", "mattered", "proves",
                                  "proved", "shows", "showed", "depends", "depended", "appears", "appeared", "sounds",
                                  "sounded", "remained", "changed"})
#: the stems of the cues after which `if` opens a question's clause, not a condition (`asked if ...`)
_ASKING = ("ask", "wonder", "inquir", "enquir", "question")


def _opens_with_complementizer(text: str, fragment: Span, cue: str) -> str | None:
    """The complementizer that opens `fragment` (`_COMPLEMENTIZER`), or None: `that` is read past a comma or dash
    too (`that, despite sanctions, Russia would ...`), its subject the first word after the phrase so set off; not a
    demonstrative (`that` before a verb, or after the complementizer `that`: `said that [that deal was ...]`)."""
    found = _COMPLEMENTIZER.match(text, fragment.start, fragment.end)
    if found is None:
        return None
    word, mark, after = found.groups()
    if word == "that" and mark is not None:
        closing = text.find(mark, found.end(), fragment.end)
        subject = _WORD_AFTER_MARK.match(text, closing + 1, fragment.end) if closing >= 0 else None
        after = subject.group(1) if subject is not None else after
    if word == "that" and (after.lower() in _AFTER_DEMONSTRATIVE
                           or _THAT_BEFORE.search(text, max(fragment.start - 12, 0), fragment.start)):
        return None
    if word == "if" and not any(stem in cue.lower() for stem in _ASKING):
        return None
    return word


@rule("V469", "reported-content-opens-with-complementizer", "an indirect or mixed quote's content begins with the "
      "complementizer of its clause (`that`, `whether`, `if` after a verb of asking)",
      "start the content after the complementizer: `warned that [North Korea would ...]` (docs/guidelines.md, "
      "Quotations)")
def reported_content_opens_with_complementizer(ctx: DocContext) -> Iterator[Hit]:
    """A reported clause's content is the clause without the complementizer that opens it (docs/guidelines.md,
    Quotations): a content dragged a word wide over `that` (`noted [that Kim's delegation ...]`), `whether` (`wonder
    [whether Russia ...]`) or `if` after a verb of asking (`asked ... [if Russia would help ...]`) passed every rule;
    the thirty-third session's boundary sweep found 35 such contents of release 1 passing. Read in the raw text, at each
    fragment's start of an indirect or mixed quote (a second fragment after `and`: `and [that Putin ...]`), past a comma
    or dash (`warned [that, despite sanctions, Russia would ...]`, `asked [whether, in the end, ...]` passed until the
    thirty-fourth session). Not judged: `that` before a verb, auxiliary or clitic, the demonstrative as the clause's
    subject (`said [that was why ...]`, `[that's why]`, `said [that, too, was ...]`: its verb after the phrase set off;
    `[that won’t change]`, `[that never happened]`, `[that makes sense]`: refused until the thirty-fourth session),
    `that` right after the complementizer `that` (`said that [that deal was ...]`, refused until the thirty-fourth
    session), `that` in capitals (a sentence's first word), `if` after a cue of no asking or wondering (a condition
    inside the reported clause: `said [if Russia helped, ...]`), and a direct quote, whose words run to its marks."""
    text = ctx.text
    if text is None:
        return
    for i, q in enumerate(ctx.doc.quotes):
        if q.kind == "direct":
            continue
        cue = text[q.cue.start:q.cue.end] if q.cue is not None else ""
        for k, fragment in enumerate(q.content):
            if not 0 <= fragment.start < fragment.end <= len(text) \
                    or text[fragment.start:fragment.end] != fragment.text:
                continue  # outside or off the text (a raw text changed): the span rules'
            word = _opens_with_complementizer(text, fragment, cue)
            if word is not None:
                yield Hit(pointer("quotes", i, "content", k), [fragment.start, fragment.end],
                          f"{q.id}'s content {brief(fragment.text)} begins with its complementizer {word!r}")


#: a subordinator, or `in`, that opens the clause or phrase after it: a reported clause never starts right after one
#: (`[If the countries decide ...]`, `claims [while Moscow has ...]`, `warning that [as winter approaches, ...]`, `say
#: [in addition to ...]`: the word is the content's)
_OPENS_WHAT_FOLLOWS = frozenset({"if", "while", "as", "when", "whereas", "although", "though", "because", "since",
                                 "unless", "in"})
#: the word right before a span, spaces between on its line (group 1)
_WORD_RIGHT_BEFORE = compiled(rf"(?<![\w'\u2019-])([\w'\u2019-]+){SPACE}+\Z")
#: the spaces right before a span on its line
_SPACES_BEFORE = compiled(rf"{SPACE}+\Z")
#: what opens a clause right before a mention: a complementizer or a comma, colon or semicolon, spaces between
_CLAUSE_OPENS_BEFORE = compiled(rf"(?:(?<![\w'\u2019-])(?:that|whether|if)|[,;:]){SPACE}*\Z", re.IGNORECASE)
#: the cues of saying that take no one told after them: a mention right after one is the reported clause's subject
#: (`said [Kim] now planned ...`; `told [Reuters]`, `warned [Moscow]` name the one told)
_SAY = frozenset({"say", "says", "said", "saying"})


def _opens_after_its_opener(text: str, fragment: Span, cue: Span | None) -> str | None:
    """The subordinator or `in` (`_OPENS_WHAT_FOLLOWS`) right before `fragment`, or None: not the cue's own last word
    (`described as`, `chimed in`) nor `if` after a cue of asking or wondering (`asked if [...]`: V469's
    complementizer)."""
    found = _WORD_RIGHT_BEFORE.search(text, max(fragment.start - 16, 0), fragment.start)
    if found is None or found.group(1).lower() not in _OPENS_WHAT_FOLLOWS:
        return None
    if cue is not None and cue.end == found.end(1):
        return None
    cue_words = text[cue.start:cue.end].lower() if cue is not None else ""
    if found.group(1).lower() == "if" and any(stem in cue_words for stem in _ASKING):
        return None
    return found.group(1)


def _opens_after_its_subject(ctx: DocContext, text: str, fragment: Span, cue: Span | None,
                             ends: dict[int, Mention]) -> str | None:
    """The text of the mention that ends right before `fragment` (spaces between on its line) where it opens the
    clause: at its sentence's or line's start, after a complementizer or a comma, colon or semicolon
    (`_CLAUSE_OPENS_BEFORE`), or right after a cue of `_SAY`; None otherwise (`told [Reuters] ...`)."""
    spaces = _SPACES_BEFORE.search(text, max(fragment.start - 8, 0), fragment.start)
    mention = ends.get(spaces.start()) if spaces is not None else None
    if mention is None:
        return None
    start = mention.start
    if cue is not None and cue.end <= start and not text[cue.end:start].strip():
        return mention.text if text[cue.start:cue.end].lower() in _SAY else None
    opens = start == 0 or text[start - 1] in LINE_BREAKS or start in ctx.view.sentence_starts \
        or _CLAUSE_OPENS_BEFORE.search(text, max(start - 12, 0), start) is not None
    return mention.text if opens else None


@rule("V487", "reported-clause-started-inside", "an indirect or mixed quote's content starts inside its clause: "
      "after the subordinator or `in` that opens it, or after the mention that opens it",
      "start the content at the word that opens its clause: `[If the countries decide ...]`, `claims [while Moscow "
      "has ...]`, `said [Kim boarded ...]` (docs/guidelines.md, Quotations)", predictions="gold only")
def reported_clause_started_inside(ctx: DocContext) -> Iterator[Hit]:
    """A reported clause's content is the clause whole (docs/guidelines.md, Quotations), and a subordinator and a
    subject open the clause they belong to: a content cut one word short at its start, after its `If`, `while` or
    `as` (`If [the countries decide to move forward ...], they ...`, `claims while [Moscow has satellite ...
    technologies]`, `warning that as [winter approaches, Russia may attack ...]`), after the `in` of `in addition
    to`, or after the mention that opens it, its subject's or a premodifier's (`..., Kim [departed North Korea
    ...]`, `said Kim [boarded his personal train ...]`, `said Russian [Foreign Minister Sergei Lavrov ...]`) passed
    every rule (the thirty-seventh session's quote-boundary sweep: 11 of release 1). Read in the raw text at the
    first fragment's start of an indirect or mixed quote (a later fragment goes on after an interruption), spaces
    between on its line: the word right before
    it one of `_OPENS_WHAT_FOLLOWS`, or a mention ending right before it that opens the clause (at its sentence's or
    line's start, after `that`, `whether`, `if`, a comma, colon or semicolon, or right after a cue of `say`). Not
    judged: the cue's own last word (`described as`, `chimed in`), `if` after a cue of asking or wondering (`asked
    if [Russia would help ...]`: the complementizer, which the content leaves out, V469), `that`, `whether` and
    `to` (`urged North Korea to [end arms talks]`), the one told after a cue (`told [Reuters] the talks ...`,
    `warned [Moscow] it would ...`) or a mention after a preposition (`said in an interview with [CNN] ...`), an
    edge at a line break (a headline's name before the first line of the body), a quote whose edges another's cut
    (V226's, V239's, as V395), a fragment that V395 or V387 reads cut already (one cause, one code), and a direct
    quote, whose words run to its marks. No content of release 1 or of the
    synthetic corpora starts so."""
    text = ctx.text
    if text is None:
        return
    ends: dict[int, Mention] | None = None
    cut = cut_by_another(ctx.view.column("quotes", "content"))
    for i, q in enumerate(ctx.doc.quotes):
        if q.kind == "direct" or not q.content or i in cut:
            continue  # a quote's edges cut by another's (V226's, V239's): V395 does not read them either
        fragment = q.content[0]
        if not 0 < fragment.start < fragment.end <= len(text) or text[fragment.start:fragment.end] != fragment.text:
            continue  # outside or off the text (a raw text changed): the span rules'
        if ends is None:
            ends = {m.end: m for m in reversed(ctx.doc.mentions)}  # of two that end at one offset, the first (longest)
        if _cut_by_a_word(ctx, text, fragment, True):
            continue
        word = _opens_after_its_opener(text, fragment, q.cue)
        subject = None if word is not None else _opens_after_its_subject(ctx, text, fragment, q.cue, ends)
        if word is not None or subject is not None:
            why = f"after {word if word is not None else subject!r}, which opens it"
            yield Hit(pointer("quotes", i, "content", 0), [fragment.start, fragment.end],
                      f"{q.id}'s content {brief(fragment.text)} starts {why}")


def _cut_by_a_word(ctx: DocContext, text: str, fragment: Span, first: bool) -> bool:
    """Whether V395 (`phrase_cut`) or V387 (`clause_edge`) reads `fragment` cut already: V487 and V488 then report
    nothing, one cause one code (`[unconditional support for] Moscow.` is V395's, `Putin [had accepted ...]` V387's)."""
    if phrase_cut(text, fragment.start, fragment.end) is not None:
        return True
    return clause_edge(ctx.view.token_texts, *ctx.view.token_range(fragment.start, fragment.end), first) is not None


#: one word after a span, then the mark that closes its clause (spaces between on its line; group 1 the word)
_ONE_WORD_TO_THE_MARK = compiled(rf"{SPACE}+([\w'\u2019-]+){SPACE}*[.,;:!?)\]\u2013\u2014]")
#: the quotation marks that close a passage: a mark followed by one is inside the quotation (`appropriately,”`)
_CLOSING_MARKS = frozenset("\u201d\u2019\"'")
#: words of time, which may tell when the words were said rather than be the clause's (`said [...] Tuesday.`)
_WHEN_SAID = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                        "yesterday", "tonight", "tomorrow", "earlier", "later", "again", "recently"})


def _word_left_before_the_mark(ctx: DocContext, text: str, q: Quote, fragment: Span) -> str | None:
    """The one word between `fragment`'s end (on a word) and the mark after it (`_ONE_WORD_TO_THE_MARK`), or None:
    not a word of time (`_WHEN_SAID`), nor one before a mark and a closing quotation mark (a quoted passage cut short:
    V386's), nor one of the quote's cue or speaker, nor one inside a mention that goes on
    past it (`Mr.` of `Mr. Kim`)."""
    if not text[fragment.end - 1:fragment.end].isalnum():
        return None  # a fragment that ends on a mark: a quotation's words run to it
    found = _ONE_WORD_TO_THE_MARK.match(text, fragment.end)
    if found is None or found.group(1).lower() in _WHEN_SAID or text[found.end():found.end() + 1] in _CLOSING_MARKS:
        return None  # before a closing quotation mark: a quoted passage cut short, V386's
    start, end = found.span(1)
    own = [ctx.view.mention_span(q.speaker), (q.cue.start, q.cue.end) if q.cue is not None else None]
    if any(span is not None and span[0] <= start and end <= span[1] for span in own):
        return None
    _, starts, reach = ctx.view.mentions_in_order
    k = bisect_right(starts, start) - 1
    if k >= 0 and reach[k] > end:
        return None
    return found.group(1)


@rule("V488", "reported-clause-short-of-its-mark", "an indirect or mixed quote's content fragment ends one word short "
      "of the mark that closes its clause", "end the content at the clause's last word, before the comma or stop: "
      "`[Washington will monitor the meeting closely], ...` (docs/guidelines.md, Quotations)", predictions="gold only")
def reported_clause_short_of_its_mark(ctx: DocContext) -> Iterator[Hit]:
    """A reported clause's content is the clause whole (docs/guidelines.md, Quotations), and a clause runs to the
    comma, stop or bracket that closes it: a content cut one word short at its end (`[Washington will monitor the
    meeting] closely, ...`, `[... have denied such] intentions.`, `[... could strike an arms] deal.`) passed every rule
    where the word left is not one V395 or V387 read (the thirty-seventh session's quote-boundary sweep: 19 of
    release 1). Read in the raw text at each fragment's end of an indirect or mixed quote, where the fragment ends on
    a letter or digit: one word, spaces before it on its line, then a mark (`_ONE_WORD_TO_THE_MARK`). Not judged: a
    word of time (`_WHEN_SAID`: `said [Kim would visit] Tuesday.` may tell when it was said), a word of the quote's
    cue or speaker (`[...] said Kirby.` is never cut so, but its words are the attribution's), a word inside a mention
    that goes on past it (`Mr.` of `Mr. Kim`), a fragment that ends on a mark (a quotation's words end at their
    closing mark: `“sacred fight” yesterday.`), a word before a mark that a closing quotation mark follows (`and
    “handle it [appropriately,”]` cut before its last word: V386's), a quote whose edges another's cut (V226's,
    V239's, as V395), a fragment that V395 or V387 reads cut already (one cause, one code), and a direct quote. No
    content of release 1 or of the synthetic corpora ends so."""
    text = ctx.text
    if text is None:
        return
    cut = cut_by_another(ctx.view.column("quotes", "content"))
    for i, q in enumerate(ctx.doc.quotes):
        if q.kind == "direct" or i in cut:
            continue  # a quote's edges cut by another's (V226's, V239's): V395 does not read them either
        for k, fragment in enumerate(q.content):
            if not 0 <= fragment.start < fragment.end < len(text) or text[fragment.start:fragment.end] != fragment.text:
                continue  # outside or off the text (a raw text changed): the span rules'
            word = _word_left_before_the_mark(ctx, text, q, fragment)
            if word is not None and _cut_by_a_word(ctx, text, fragment, k == 0):
                continue
            if word is not None:
                yield Hit(pointer("quotes", i, "content", k), [fragment.start, fragment.end],
                          f"{q.id}'s content {brief(fragment.text)} leaves {word!r} before the mark that closes it")
