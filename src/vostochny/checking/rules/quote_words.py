"""Rules on the words a quote's parts are read from: a cue over a mention (V363), a speaker who is not the subject of
the attribution but the one told or asked, or a body in the title or apposition of the person who speaks (V364),
reported speech cut short before the words that go on with its clause (V365), a cue that is no word of saying (V380),
reported speech left without the speaker its cue's subject names (V381) and a speaker who is not that subject
(V402)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import pairwise, repeat
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import LETTER_RUNS, SPACE, WORD_CHARACTER, DocContext, Hit, brief, first_use, rule
from vostochny.checking.rules.quote_places import cue_form
from vostochny.model.labels import (
    REPORTING_WORDS,
    REPORTING_WORDS_IN_A_PHRASE,
    SPEAKER_TYPES,
    THOUGHT_CUES,
    UTTERANCE_CUES,
)
from vostochny.model.tokenize import LINE_BREAK_SET, LINE_BREAKS
from vostochny.patterns import compiled
from vostochny.reading.view import DocumentView

if TYPE_CHECKING:
    from vostochny.model.models import Mention, Quote, Span


def _mentions_over(view: DocumentView, start: int, end: int) -> Iterator[int]:
    """The indices of the mentions that overlap [start, end), nearest the end first: a bisection of the mentions in
    text order, then a walk back while a mention up to there reaches past `start` (`DocumentView.mentions_in_order`)."""
    order, starts, reach = view.mentions_in_order
    ends = view.column("mentions", "end")
    for n in range(bisect.bisect_left(starts, end) - 1, -1, -1):
        if reach[n] <= start:
            return
        if ends[order[n]] > start:
            yield order[n]


def _mentions_at(view: DocumentView, offset: int) -> Iterator[Mention]:
    """The mentions that start at `offset`."""
    order, starts, _ = view.mentions_in_order
    mentions = view.doc.mentions
    for n in range(bisect.bisect_left(starts, offset), len(starts)):
        if starts[n] != offset:
            return
        yield mentions[order[n]]


@rule("V363", "cue-over-mention", "a quote's cue overlaps a mention",
      "set the cue to the word(s) of saying (`told`, `said`, `according to`): the one told, the medium or the "
      "speaker is a mention beside the cue, never inside it")
def cue_over_mention(ctx: DocContext) -> Iterator[Hit]:
    """The cue is the word or words of saying (docs/guidelines.md, Quotations: `Putin [told] [Russian state
    television]`) and a mention names an entity: a cue that overlaps a mention (`television` of `Russian state
    television`, a cue moved a few words on) marks a name or a noun phrase as the speech act, and every quote export
    and the attribution type (V261) read an entity's words as the reporting verb. A cue over its own speaker is
    V264's, and one over its own content (and so over the mentions inside) V226's; one over any other mention, of
    the speaker's entity or another, is this rule's. No cue of release 1 overlaps a mention. Spans outside the text
    are V201's."""
    view = ctx.view
    cues = view.column("quotes", "cue")
    if not ctx.doc.mentions or not cues:
        return
    _, starts, reach = view.mentions_in_order
    ends = [0 if c is None else c.end for c in cues]
    # the quotes whose cue some mention that starts before the cue's end reaches into: one bisection each
    for i, k in enumerate(map(bisect.bisect_left, repeat(starts), ends)):
        cue = cues[i]
        if cue is None or k == 0 or reach[k - 1] <= cue.start:
            continue
        q = ctx.doc.quotes[i]
        said = view.mention_span(q.speaker)
        if (said is not None and cue.start < said[1] and said[0] < cue.end) \
                or any(c.start < cue.end and cue.start < c.end for c in q.content):
            continue  # over its own speaker: V264's; over its own content: V226's
        m = ctx.doc.mentions[next(_mentions_over(view, cue.start, cue.end))]
        yield Hit(pointer("quotes", i, "cue"), [cue.start, cue.end],
                  f"{q.id}'s cue {cue.text!r} overlaps {m.id} {m.text!r}")


#: cue words whose object is the one spoken to: `Putin told [reporters]`, `Kim asked [Putin]`
_ADDRESSING = frozenset({"tell", "tells", "told", "telling", "ask", "asks", "asked", "asking"})
_ADDRESSING_ENDS = tuple(_ADDRESSING)
#: what may stand between such a cue word and the mention of its object: spaces, an article, capitalised words (a
#: title, which names leave out: `told President [Biden]`, `told the [Associated Press]`)
_OBJECT_LEAD = compiled(rf"{SPACE}+(?:(?:the|an?|[A-Z][\w.\u2019'-]*){SPACE}+)*")
#: what stands between a body and the person whose title names it (`[White House National Security Council]
#: spokesman [John Kirby]`, `[South Korea]'s Foreign Ministry spokesman [Lim Soo-suk]`, `[Russia]'s [Lavrov]`): words
#: and spaces only
_title_words = first_use(rf"(?:['\u2019]s)?(?:{SPACE}+[\w.\u2019'-]+)*{SPACE}+")
_ARTICLES = frozenset({"the", "a", "an"})
#: what stands between a body inside an apposition and the cue: the apposition's last words, its comma, spaces
_APPOSITION_END = compiled(rf"[^,{LINE_BREAKS}]*,{SPACE}+")
#: words that end a title: the body before them is no part of the name's title (`[the Kremlin] and [Peskov]`,
#: `[Seoul] through [Lim]`)
_NOT_IN_TITLE = frozenset({"and", "or", "nor", "but", "with", "without", "via", "through", "by", "from", "to", "for",
                           "of", "in", "at", "on", "as", "after", "before", "than", "who", "whom", "which", "that"})


@rule("V364", "speaker-not-subject", "a quote's speaker is not the subject of its cue: the one told or asked, or a "
      "body in the title or apposition of the person who speaks",
      "set the speaker to the subject of the cue (`[Putin] told reporters`, `... spokesman [John Kirby] said`); the "
      "one told is the addressee, no speaker (docs/guidelines.md, Quotations)")
def speaker_not_subject(ctx: DocContext) -> Iterator[Hit]:
    """The speaker is the attribution's subject, the mention nearest the cue (docs/guidelines.md, Quotations; the
    name where a title or apposition stands beside it, hard case 11). The mention right after a cue `told`, `tells`,
    `telling`, `asked`, `asks` (and `tell`, `ask`, `asking`), past an article or a title (`Putin told
    [reporters]`, `told President [Biden]`), is its object, the one spoken to, never the speaker: a speaker set there
    turns the addressee into the source in every quote export and quote link. Nor is the speaker a body named in the
    title of the person beside the cue (`[White House National Security Council] spokesman [John Kirby] said`: words
    only between the two, none of `and`, `of`, `with` ...) or in the apposition between that person and the cue
    (`[John Kirby], spokesperson of the [National Security Council], said`): it is who the person speaks for
    (SPOKESPERSON_OF), not who speaks. Not judged: a cue right after the quoted words, where English puts the
    speaker after the verb (`“Why?” asked Kirby`); a speaker inside the content (V234's). Every speaker of release 1
    is its cue's subject."""
    view, text = ctx.view, ctx.text
    if text is None or not ctx.doc.mentions:
        return
    mentions, quotes = view.mentions, ctx.doc.quotes
    speakers = map(mentions.get, view.column("quotes", "speaker"))
    for i, (speaker, cue) in enumerate(zip(speakers, view.column("quotes", "cue"), strict=True)):
        if speaker is None or cue is None:
            continue
        if speaker.start >= cue.end:  # `according to [X]`, or `told [X]`
            if not cue_form(cue.text).endswith(_ADDRESSING_ENDS):
                continue
            found = _addressee(text, quotes[i], cue, speaker)
        elif speaker.end + 1 < cue.start:  # before the cue, not beside it (`[Kirby] said`, one space between)
            found = _spoken_for(view, text, quotes[i], cue, speaker)
        else:
            continue
        q = quotes[i]
        if found and not _in_content(q, speaker.start, speaker.end):  # one in the content is V234's
            yield Hit(pointer("quotes", i, "speaker"), q.speaker, f"{q.id}'s speaker {speaker.text!r} is {found}")


def _in_content(q: Quote, start: int, end: int) -> bool:
    return any(c.start < end and start < c.end for c in q.content)


def _one_line(words: str) -> bool:
    return not any(map(words.__contains__, LINE_BREAKS))


def _addressee(text: str, q: Quote, cue: Span, speaker: Mention) -> str:
    """What `speaker`, after the cue, is if it is the object of the cue `told`, `asked` ... (`_ADDRESSING`): its
    mention after the cue past an article or a title only; "" if it is not, or if the cue follows the quoted words
    (`“...?” asked Kirby`: the speaker after the verb)."""
    last = cue.text.rsplit(None, 1)[-1:] or [""]
    if cue_form(last[0]) not in _ADDRESSING:
        return ""
    if not _OBJECT_LEAD.fullmatch(text, cue.end, speaker.start):
        return ""
    if any(c.end <= cue.start and not any(map(str.isalnum, text[c.end:cue.start])) for c in q.content):
        return ""  # `“Why would we?” asked Kirby`: the verb before its subject
    return f"the object of {last[0]!r}, the one spoken to, not its subject"


def _spoken_for(view: DocumentView, text: str, q: Quote, cue: Span, speaker: Mention) -> str:
    """What `speaker`, before the cue and not beside it, is if it is a body named in the title (`[NSC] spokesman
    [Kirby] said`) or the apposition (`[Kirby], spokesperson of the [NSC], said`) of another entity's PER mention
    that is the cue's subject, outside the content; "" if it is not, or if it is a person (`After meeting [Kim Jong
    Un], [Putin] praised the talks, saying`: no apposition)."""
    left = cue.start
    while left > speaker.end and text[left - 1:left] in (" ", "\t", "\u00a0"):
        left -= 1  # the end of the words before the cue
    mentions, types = view.doc.mentions, view.mention_type
    if types.get(speaker.id) == "PER":  # a person speaks: a body in a person's title is what this reads
        return ""
    if text[left - 1:left] == ",":  # the speaker in an apposition that ends before the cue
        comma = text.rfind(",", 0, speaker.start)
        words = text[comma + 1:speaker.start].split()
        # an apposition is a phrase of its own before the body (`, spokesperson of the [NSC],`): a body right after
        # the comma is the subject of a clause of its own (`Kim will visit Moscow, [the Kremlin] said`)
        if comma > 0 and _APPOSITION_END.fullmatch(text, speaker.end, cue.start) \
                and _one_line(text[comma:speaker.start]) and not _ARTICLES.issuperset(w.casefold() for w in words):
            for k in _mentions_over(view, comma - 1, comma):
                m = mentions[k]
                if m.end == comma and _other_person(m, speaker, q, types):
                    return f"in the apposition of {m.id} {m.text!r}, who speaks"
        return ""
    order, starts, _ = view.mentions_in_order
    ends = view.column("mentions", "end")
    for n in range(bisect.bisect_left(starts, left) - 1, bisect.bisect_left(starts, speaker.end) - 1, -1):
        m = mentions[order[n]]  # the mentions between the speaker and the cue, the nearest the cue first
        if ends[order[n]] == left and _other_person(m, speaker, q, types) \
                and _title_words().fullmatch(text, speaker.end, m.start) \
                and _NOT_IN_TITLE.isdisjoint(w.casefold() for w in text[speaker.end:m.start].split()):
            return f"in the title of {m.id} {m.text!r}, who speaks"
    return ""


def _other_person(m: Mention, speaker: Mention, q: Quote, types: dict[str, str | None]) -> bool:
    """Whether `m` is a PER mention of another entity than the speaker's, outside the quote's content."""
    return types.get(m.id) == "PER" and m.entity != speaker.entity and not _in_content(q, m.start, m.end)


#: words that go on with the clause before them: a complementizer, or a subordinator of condition, cause or
#: concession (`North Korea would face consequences [if it supplies Russia with weapons]`)
_GOES_ON_WORDS = frozenset({"if", "unless", "because", "whether", "that", "although"})
#: subordinators of time, which as often open a clause of the reporting act (`Putin said [...] when the two met`):
#: judged only where the content comes before its cue
_TEMPORAL = frozenset({"when", "while"})
_JUDGED = _GOES_ON_WORDS | _TEMPORAL
#: nouns of time after `that`: a time of the reporting act (`Kirby said [...] that day`)
_TIMES = frozenset({"day", "week", "month", "year", "night", "morning", "afternoon", "evening", "time", "weekend"})


@rule("V365", "reported-speech-cut-short", "an indirect or mixed quote's content ends right before a word that goes "
      "on with its clause (`if`, `that`, `because` ...)",
      "end the content with its clause: `would face consequences [if it supplies Russia with weapons]` is part of "
      "what was said (docs/guidelines.md, Quotations)")
def reported_speech_cut_short(ctx: DocContext) -> Iterator[Hit]:
    """An indirect or mixed quote's content is the whole reported clause (docs/guidelines.md, Quotations), and a
    clause goes on past `if`, `unless`, `because`, `whether`, `that` or `although` that follow its words with no
    punctuation between: `Kirby said [North Korea would face consequences] if it supplies Russia with weapons` reports
    a threat as unconditional, and every quote export and quote link compares the words left. After the content's
    cue, `when` and `while` go on with it too (`[...] when it supplies ..., Kirby said`); before it they as often
    time the reporting act (`Putin said [...] when the two met`) and are not judged. Not judged either: such a word
    after a comma (`..., although it's not clear`: the writer's comment) or in capitals (a new sentence), one
    followed by a participle (`when asked`, `if needed`; not `that`: `sanctions [that ban ...]` goes on) or by a
    mention of the speaker (`because he ...`: the reporting act's), `that` before a noun of time (`that day`). No
    content of release 1 ends so."""
    view, text = ctx.view, ctx.text or ""
    words, starts = view.token_texts, view.token_starts
    kinds, contents = view.column("quotes", "kind"), view.column("quotes", "content")
    ends = [-1 if kind == "direct" or not content else content[0].end if len(content) == 1 else
            max(s.end for s in content) for kind, content in zip(kinds, contents, strict=True)]
    # the quotes whose reported words are followed by one of the words: one bisection each
    found = [(i, k) for i, k in enumerate(map(bisect.bisect_left, repeat(starts), ends))
             if ends[i] > 0 and k + 1 < len(words) and words[k] in _JUDGED]
    for i, k in found:
        q, end, word, after = ctx.doc.quotes[i], ends[i], words[k], words[k + 1]
        if (word in _TEMPORAL and (q.cue is None or q.cue.start < end)) or text[end:starts[k]].strip():
            continue  # `Putin said [...] when the two met`; `[...], although`
        if (after in _TIMES if word == "that" else _participle(after)):
            continue  # `that day`; `when asked`
        if view.sentence_of(starts[k]) != view.sentence_of(end - 1) or _speaker_at(view, q, starts[k + 1]):
            continue  # `because he ...`: the reporting act's
        last = next(s for s in q.content if s.end == end)
        yield Hit(pointer("quotes", i, "content"), q.id,
                  f"{q.id}'s content ends {brief(last.text[-40:])} before {word!r} {after!r}")


def _participle(word: str) -> bool:
    """Whether a word reads as a participle (`asked`, `visiting`), not a pronoun (`nothing`)."""
    return word.islower() and word.endswith(("ing", "ed")) and not word.endswith("thing")


def _speaker_at(view: DocumentView, q: Quote, offset: int) -> bool:
    """Whether a mention of the quote's speaker's entity starts at `offset`."""
    speaker = view.mentions.get(q.speaker) if isinstance(q.speaker, str) else None
    return speaker is not None and any(m.entity == speaker.entity for m in _mentions_at(view, offset))


#: the words of saying whose stem (or form) makes a cue a word of saying alone, and those that do so only in a cue of
#: several words
_SAYING = (UTTERANCE_CUES | THOUGHT_CUES | REPORTING_WORDS) - REPORTING_WORDS_IN_A_PHRASE
_IN_A_PHRASE = REPORTING_WORDS_IN_A_PHRASE
#: the words of `_IN_A_PHRASE` that say something only with the particle `in` right after them (`chimed in`, `weighed
#: in`): with any other word they passed V380 (`weighed down`, `weighed the offer`: the thirty-sixth session's second
#: read)
_BEFORE_IN = frozenset({"chime", "weigh"})


def _stems(word: str) -> list[str]:
    """A word (in lower case) and the stems its ending may have been added to: `-s` (`claims`, `denies`), `-ed`
    (`warned`, `urged`, `denied`, `admitted`), `-ing` (`saying`, `writing`, `quipping`)."""
    if word.endswith("s"):
        return [word, word[:-1], word[:-2], word[:-3] + "y"]
    if word.endswith("ed"):
        return [word, word[:-2], word[:-1], word[:-3] + "y", word[:-3]]
    if word.endswith("ing"):
        return [word, word[:-3], word[:-3] + "e", word[:-4]]
    return [word]


def of_saying(word: str, words: frozenset[str] = _SAYING) -> bool:
    """Whether a word (in lower case) is one of `words`, by default of saying (`labels.UTTERANCE_CUES`,
    `labels.THOUGHT_CUES`, `labels.REPORTING_WORDS` but `labels.REPORTING_WORDS_IN_A_PHRASE`), in any inflection
    (`claims`, `warnings`, `denied`, `urged`, `characterised`, `saying`, `writing`, `tweeted`). A word in `-ed` or
    `-ing` outside them is no cue: `meeting`, `during`, `morning`, and verbs of no speech act (`accepted`,
    `remained`, `obtained`, a cue moved a few words on) passed as words of saying."""
    return any(stem in words for stem in _stems(word))


#: `of_saying`, each word read once per process: most words recur across a corpus (V410, V421)
of_saying_cached = lru_cache(maxsize=16384)(of_saying)


@lru_cache(maxsize=4096)
def cue_says(cue: str) -> bool:
    """Whether a cue's text holds a word of saying (`of_saying`), or one of `labels.REPORTING_WORDS_IN_A_PHRASE` and
    another word (`raised a toast`, `according to`, not `according`; of `_BEFORE_IN` `in` right after it: `weighed
    in`, not `weighed down`), or no word at all (V237's): a few texts recur
    across a corpus (`said`, `told`), each read once."""
    words = LETTER_RUNS.findall(cue_form(cue))
    return not words or any(map(of_saying, words)) or (len(words) > 1 and any(
        of_saying(word, _IN_A_PHRASE - _BEFORE_IN) or (of_saying(word, _BEFORE_IN) and words[k + 1:k + 2] == ["in"])
        for k, word in enumerate(words)))


@rule("V380", "cue-not-a-word-of-saying", "a quote's cue is no word of saying, reporting or showing (said, told, "
      "warned, according to, ...)", "set the cue to the word(s) of saying next to the content (`Kirby [said]`, "
      "`[according to] KCNA`; docs/guidelines.md, Quotations)")
def cue_not_a_word_of_saying(ctx: DocContext) -> Iterator[Hit]:
    """The cue is the reporting word or phrase (docs/guidelines.md, Quotations: *said, told, warned, claims, noted,
    stated, added, confirmed, according to, reported*): a cue moved onto a word that says nothing of the speech act
    (`is`, `the`, a noun such as `summit` or `spokesman`) gives every quote export and the attribution type (V261) no
    speech act to read. A cue passes where one of its words is of `labels.UTTERANCE_CUES`, `labels.THOUGHT_CUES` or
    `labels.REPORTING_WORDS` (generous: `gave numerous hints`, `raised a toast`, `released intelligence`, `signed the
    visitor book`), inflected or not (`tweeted`, `denied`, `quipping`); a word of
    `labels.REPORTING_WORDS_IN_A_PHRASE` (`gave`, `toast`, `released`, `according`) only beside another word of the
    cue (`chimed` and `weighed` only before `in`: `weighed down` passed from the thirty-fifth session to the
    thirty-sixth's second read). Any word in `-ed` passed until the twenty-fourth session: a cue moved from `said`
    to `accepted`, from
    `expressed` to `remained`, from `released intelligence` to `released` (46 of 329 such moves over release 1
    passed; 18 do now, each onto another word of saying: `said` to `asked`, `urged` to `showed`). A cue over a
    mention is V363's, one over the speaker V264's, one over its own content V226's. Every cue of release 1 and of
    the synthetic corpora is a word of saying."""
    for i, cue in enumerate(ctx.view.column("quotes", "cue")):
        if cue is not None and not cue_says(cue.text):
            q = ctx.doc.quotes[i]
            if next(_mentions_over(ctx.view, cue.start, cue.end), None) is not None \
                    or _in_content(q, cue.start, cue.end):
                continue  # over a mention: V363's, over the speaker V264's, over its own content V226's
            yield Hit(pointer("quotes", i, "cue"), [cue.start, cue.end],
                      f"{q.id}'s cue {cue.text!r} is no word of saying")


#: the words that may stand between a cue and its subject (`Lim [also] noted`, `he [has previously] said`): auxiliaries
#: and adverbs of time; after them spaces
_CUE_ADVERBS = frozenset({"has", "have", "had", "also", "then", "later", "again", "previously", "reportedly", "earlier",
                          "once", "already", "repeatedly", "only", "would", "will", "recently", "publicly"})
#: the days of a phrase of time between a subject and its cue (`[Britain] on Wednesday urged`)
_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
_TIME_WORDS = "|".join(sorted(_CUE_ADVERBS)) + rf"|on{SPACE}+(?:{'|'.join(sorted(_WEEKDAYS))})"
_BEFORE_CUE = compiled(rf"(?:{SPACE}+(?:{_TIME_WORDS})\b)*{SPACE}+$")


@rule("V381", "reported-speech-speaker-missing", "an indirect or mixed quote has no speaker, though its cue's subject "
      "names one", "set the speaker to the mention the cue's subject names (`[Peskov] said`, `according to [KCNA]`; "
      "docs/guidelines.md, Quotations)")
def reported_speech_speaker_missing(ctx: DocContext) -> Iterator[Hit]:
    """`speaker: null` is allowed only where the text names no source at all (docs/guidelines.md, Quotations): an
    indirect or mixed quote whose cue's subject is a mention of a speaker type (PER, ORG, GPE) right before it (`[Dmitry
    Peskov] said the talks ...`, `[Lim] also noted`, past the auxiliaries and adverbs of `_BEFORE_CUE`), or whose cue
    `according to` a mention follows (`according to [KCNA]`, or past an article and an official source's adjectives:
    `According to the official [Korean Central News Agency] (KCNA)`), names its source, and a quote without it is
    attributed to no one in every export and quote link. So does the subject of the verb of saying a cue is joined to
    (`[Peskov] confirmed that [...] and said [...]`, `[Miller] said [...], reminding ...`), as V402 reads it: the
    thirty-first session's attack that set each speaker to none passed 5 such quotes of release 1 (`cue_subject`).
    The widest such mention is named in the message; one inside the quote's content is not read. A direct quote's
    attribution after its words is V273's, before them V459's; a subject apart from its cue by an apposition V460's,
    a participle's clause's V461's. Not caught: a subject without a mention."""
    view, text = ctx.view, ctx.text
    if text is None or None not in view.column("quotes", "speaker"):
        return
    for i, q in enumerate(ctx.doc.quotes):
        cue = q.cue
        if q.speaker is not None or cue is None or q.kind == "direct":
            continue
        m = cue_subject(view, text, q, cue)
        if m is not None:
            yield Hit(pointer("quotes", i, "speaker"), None, f"{q.id}'s cue {cue.text!r} has the subject {m.text!r} "
                      f"({m.id}): the speaker")


def cue_subject(view: DocumentView, text: str, q: Quote, cue: Span) -> Mention | None:
    """The mention a cue names as its subject (V381), or None: after `according to` the widest mention of a speaker
    type right after it, or the one that ends its noun phrase past an article or an official source's adjective
    (`according_source`: `According to the official [Korean Central News Agency] (KCNA), ...`); before any other cue
    the subject that ends right before it (`subjects_before`), or else the subject of the verb of saying it is
    joined to by `and` or as a participle (`_joined_subject`: `[Peskov] confirmed that [...] and said`, `[Miller]
    said [...], reminding`). Outside the quote's content."""
    if cue_form(cue.text).endswith("according to"):
        after = len(text[cue.end:cue.end + 8]) - len(text[cue.end:cue.end + 8].lstrip(" \t\u00a0"))
        types = view.mention_type
        named = [m for m in _mentions_at(view, cue.end + after) if after and types.get(m.id) in SPEAKER_TYPES
                 and not _in_content(q, m.start, m.end)]
        source = according_source(view, text, q, cue)
        named += [source] if source is not None else []
    else:
        named = subjects_before(view, text, q, cue)
        if not named and _subject_judged(cue.text):
            joined = _joined_subject(view, text, q, cue)
            named = [joined] if joined is not None else []
    return max(named, key=lambda m: m.end - m.start, default=None)




#: the characters besides letters and digits a mention of a subject may end on (`U.S.`, `Reuters'`)
_SUBJECT_ENDS = frozenset(".)'\u2019")


def subjects_before(view: DocumentView, text: str, q: Quote, cue: Span) -> list[Mention]:
    """The mentions of a speaker type (PER, ORG, GPE) outside the quote's content that end right before its cue, past
    spaces and the auxiliaries and adverbs of `_BEFORE_CUE` (`[Lim] also noted`, `[Britain] on Wednesday urged`): the
    cue's subject, the widest."""
    before = text[cue.start - 2:cue.start] if cue.start > 1 else ""
    if not (before[1:].isspace() and (before[0].isalnum() or before[0] in _SUBJECT_ENDS or before[0].isspace())):
        return []  # no space before the cue, or a mark, comma or dash before that (`,” said`): the regex finds none
    if before[1] in LINE_BREAK_SET:
        return []  # a cue at a line's start: no subject on its line
    left = cue.start - 1
    while left and text[left - 1].isspace() and text[left - 1] not in LINE_BREAK_SET:
        left -= 1
    word = left
    while word and text[word - 1].isalpha():
        word -= 1
    if text[word:left] in _CUE_ADVERBS or text[word:left] in _WEEKDAYS:  # `Lim also noted`, `Britain on Wednesday
        # urged`: the words the regex reads past (rare)
        gap = _BEFORE_CUE.search(text, max(cue.start - 40, 0), cue.start)
        left = cue.start if gap is None else gap.start()
    types, mentions = view.mention_type, view.doc.mentions
    return [m for m in (mentions[k] for k in _mentions_over(view, left - 1, left))
            if m.end == left and types.get(m.id) in SPEAKER_TYPES and not _in_content(q, m.start, m.end)]


#: the words before a mention that make it the object of a preposition, no subject (`images released [by] KCNA
#: suggested`)
PREPOSITIONS = frozenset({"by", "from", "of", "with", "to", "for", "in", "on", "at", "about", "than", "over", "into"})
WORD_BEFORE_MENTION = compiled(rf"(\w+){SPACE}+(?:(?:the|an?){SPACE}+)?\Z", re.IGNORECASE)


def speaker_is_subject(view: DocumentView, text: str, q: Quote, cue: Span) -> bool:
    """Whether a quote's speaker is its cue's subject: a mention of the speaker's entity ends right before the cue
    (`subjects_before`: `[He] recently suggested`, `[South Korea's military] assessed`), and no preposition comes
    right before that mention, past an article (`images released by [KCNA] suggested`: the images suggest)."""
    said = view.mentions.get(q.speaker) if isinstance(q.speaker, str) else None
    if said is None:
        return False
    for m in subjects_before(view, text, q, cue):
        before = WORD_BEFORE_MENTION.search(text, max(m.start - 16, 0), m.start)
        if m.entity == said.entity and (before is None or before.group(1).lower() not in PREPOSITIONS):
            return True
    return False


#: what may stand between `according to` and the mention of its source: spaces, articles and the adjectives of an
#: official source (`according to the official [Korean Central News Agency]`)
_SOURCE_LEAD = compiled(rf"{SPACE}+(?:(?:the|an?|official|semi-official|state|state-run|state-owned){SPACE}+)*")
#: a possessive after a mention, and the spaces after it (`according to [Russia]'s [TASS]`)
_POSSESSIVE = compiled(rf"['\u2019]s{SPACE}+")
#: the words that may follow the source's mention in its noun phrase, naming the same source (`[TASS] news agency`,
#: `[Kremlin] spokesman`): any other word after it is the head it modifies (`[KCNA] pictures`, `[Pentagon] data`)
_SOURCE_NOUNS = frozenset({"news", "agency", "newspaper", "daily", "broadcaster", "spokesman", "spokeswoman",
                           "spokesperson", "official", "officials"})


def according_source(view: DocumentView, text: str, q: Quote, cue: Span) -> Mention | None:
    """The mention `according to` names as its source, or None: the widest mention of a speaker type outside the
    content that starts right after the cue, past spaces, an article and the adjectives of `_SOURCE_LEAD`, or after
    the possessive such a mention opens (`according to [Russia]'s [TASS]`), and ends its noun phrase (punctuation,
    the line's end or a word of `_SOURCE_NOUNS` after it). Not a source: what `according to` names through another
    noun (`according to photos released by [media]`, `according to [KCNA] pictures`, `[Peskov]'s statement`)."""
    if not cue_form(cue.text).endswith("according to"):
        return None
    types = view.mention_type
    lead = _SOURCE_LEAD.match(text, cue.end)
    spaced = len(text[cue.end:cue.end + 8]) - len(text[cue.end:cue.end + 8].lstrip())
    starts = {cue.end + spaced, cue.end if lead is None else lead.end()}  # `according to [the Kremlin]` too
    for _ in range(2):
        source = max((m for start in starts for m in _mentions_at(view, start) if types.get(m.id) in SPEAKER_TYPES
                      and not _in_content(q, m.start, m.end)), key=lambda m: m.end - m.start, default=None)
        if source is None:
            return None
        possessive = _POSSESSIVE.match(text, source.end)
        if possessive is None:
            after = text[source.end:source.end + 40].split(maxsplit=1)[:1]
            word = after[0] if after else ""
            return source if not word[:1].isalnum() or word.lower().rstrip(".,;:") in _SOURCE_NOUNS else None
        starts = {possessive.end()}
    return None


#: what joins a reported clause to the next verb of saying of its subject: `and` or `but` (`Peskov confirmed that
#: [...] and said`), or a comma before a participle (`Miller said [...], reminding`)
_JOINED = compiled(rf",?{SPACE}+(?:and|but){SPACE}+|,{SPACE}+")
#: a reported clause opened by `that`, whose end `and` or `but` closes (`confirmed that [...] and said`)
_THAT_BEFORE = compiled(rf"(?<![\w-])(?i:that){SPACE}*\Z")


def _joined_subject(view: DocumentView, text: str, q: Quote, cue: Span) -> Mention | None:
    """The subject a cue shares with the verb of saying before it, or None: the subject right before the cue of
    another quote (`subjects_before`, read in the text, whatever that quote's speaker), whose cue comes before its
    content and whose last fragment ends right before this cue past `and` or `but` (a comma before them or not), or
    past a comma alone where this cue is a participle (`reminding`, `predicting`); past `and` or `but` only where
    `that` opens that content (`KCNA said [Kim met Putin] and told him`: `and` may join the clause's own verbs):
    `Kremlin spokesman [Dmitry Peskov]
    confirmed that [Putin had accepted the invitation] and said ...`, `[Kim] raised a toast ... [to Putin's health
    ...], predicting ...`."""
    for p in view.doc.quotes:
        if p is q or p.cue is None or not p.content or p.cue.end > p.content[0].start \
                or not 0 < cue.start - p.content[-1].end <= 8 or not _subject_judged(p.cue.text):
            continue
        joint = _JOINED.fullmatch(text, p.content[-1].end, cue.start)
        if joint is not None and joint.group().strip(", ") and not _THAT_BEFORE.search(
                text, max(p.content[0].start - 12, 0), p.content[0].start) \
                and not _finite_after_infinitive(text, p, cue):
            continue  # `KCNA said [Kim met Putin] and told him`: a bare clause's `and` may join its own verbs
        if joint is not None and (joint.group().strip(", ") or cue_form(cue.text).split()[0].endswith("ing")):
            subjects = [m for m in subjects_before(view, text, p, p.cue) if not _in_content(q, m.start, m.end)]
            return max(subjects, key=lambda m: m.end - m.start, default=None)
    return None


#: `to` right before a reported clause: an infinitive, whose verbs are in their base form (`urged X to [end ...]`)
_TO_BEFORE = compiled(rf"(?<![\w-])(?i:to){SPACE}+\Z")
#: the past forms of saying that do not end in `-ed`
_IRREGULAR_PAST = frozenset({"said", "told", "wrote", "spoke", "gave", "sent"})


def _finite_after_infinitive(text: str, p: Quote, cue: Span) -> bool:
    """Whether a cue is a finite verb (`said`, `warned`, `says`; not `stress`, `express`) after a reported infinitive
    (`urged North Korea to [end arms talks with Russia] and said`): no verb of the infinitive, in its base form, so
    joined to the verb that governs it."""
    first = cue_form(cue.text).split()[:1]
    word = first[0] if first else ""
    finite = word.endswith("ed") or (word.endswith("s") and not word.endswith("ss")) or word in _IRREGULAR_PAST
    return finite and _TO_BEFORE.search(text, max(p.content[0].start - 8, 0), p.content[0].start) is not None


@lru_cache(maxsize=4096)
def _subject_judged(cue: str) -> bool:
    """Whether V402 reads the subject before a cue: one of a word of saying (`cue_says`; V380's otherwise), not
    `according to` (whose source follows it)."""
    return cue_says(cue) and not cue_form(cue).endswith("according to")


@rule("V402", "speaker-not-the-cue-s-subject", "a quote's speaker is another entity than its cue's subject, the "
      "mention right before the cue", "set the speaker to the cue's subject (`[Dmitry Peskov] confirmed`, `[Putin and "
      "Kim] called`): the others of the sentence are whom the words are of or to (docs/guidelines.md, Quotations)")
def speaker_not_the_cue_s_subject(ctx: DocContext) -> Iterator[Hit]:
    """The speaker is the attribution's subject, the mention nearest the cue (docs/guidelines.md, Quotations): a
    speaker moved to another person, body or state of the cue's sentence passed wherever V364 read no addressee or
    title (`Kremlin spokesman Dmitry Peskov confirmed that Putin had accepted ...` with the speaker Putin or Lavrov,
    `Putin and Kim called each other "comrades"` with the speaker Kim, `South Korea's military assessed ...` with
    the speaker its spokesperson: 23 of 107 moves to another person of the sentence over release 1 passed, 7 do now;
    of a body or a state, 48 of 235 passed, 17 do now). Judged: a quote whose cue (not `according to`) a mention of a
    speaker type ends right before, outside its content, past spaces and the auxiliaries and adverbs of `_BEFORE_CUE`
    (`Lim [also] noted`), as V381 reads it (`subjects_before`); the widest such mention is the subject, and a
    speaker in the cue's sentence of another entity is refused. Not judged: a cue after a comma (an apposition or
    a clause between: `Jeon Ha Gyu, spokesperson of ..., said`), a subject after the cue (`said Kirby`), a speaker
    in another sentence (V246's when far), inside the content (V234's), over the cue (V264's) or of no speaker type
    (V218's), a cue of no word of saying (V380's); a speaker who is the one told or in the subject's title is V364's,
    a cue shared with another quote V346's, over a mention V363's (folded). Every speaker of release 1 (62 quotes
    with such a subject) and of the synthetic corpora (some 3,700 in 300 documents) is its cue's subject's entity.
    `According to` names its subject after it: the mention that ends the noun phrase right after it, past an article
    or a possessive (`according to [Dmitry Peskov], a spokesman for the Kremlin`, `according to Russia's [TASS]`:
    `according_source`), and a speaker moved to the apposition's body or place passed (5 of release 1's moves). A
    cue joined by `and` or `but`, or by a comma as a participle, to the clause another verb of saying reports shares
    that verb's subject (`Kremlin spokesman [Dmitry Peskov] confirmed that [...] and said`, `State Department
    spokesman [Matthew Miller] said [...], reminding`: `_joined_subject`), and a speaker moved to the title's body or
    the one reminded passed (4 more). A finite cue after a reported infinitive joins the verb that governs it, whose
    subject is read past `on Wednesday` (`[Britain] on Wednesday urged North Korea to [end ...] and said [...]`: the
    speaker moved to North Korea passed, 2 edits)."""
    view, text = ctx.view, ctx.text
    if text is None or not ctx.doc.mentions:
        return
    mentions, quotes, types, ordered = view.mentions, ctx.doc.quotes, view.mention_type, ctx.doc.mentions
    _, starts, reach = view.mentions_in_order
    for i, (speaker, cue) in enumerate(zip(view.column("quotes", "speaker"), view.column("quotes", "cue"),
                                           strict=True)):
        said = mentions.get(speaker) if isinstance(speaker, str) and cue is not None else None
        if said is None or cue is None or types.get(speaker) not in SPEAKER_TYPES:
            continue  # a speaker of no speaker type: V218's
        q = quotes[i]
        if said.end < cue.start and text[said.end:cue.start] == " ":  # `[Kirby] said`, most quotes: one bisection
            k = bisect.bisect_left(starts, said.start)
            if k == 0 or reach[k - 1] < said.end:
                continue  # the speaker right before its cue, inside no wider mention: the subject itself
            named = [m for m in map(ordered.__getitem__, _mentions_over(view, said.end - 1, said.end))
                     if m.end == said.end and types.get(m.id) in SPEAKER_TYPES and not _in_content(q, m.start, m.end)]
        else:
            source = according_source(view, text, q, cue)
            named = [source] if source is not None else \
                subjects_before(view, text, q, cue) if _subject_judged(cue.text) else []
            joined = None if named or not _subject_judged(cue.text) else _joined_subject(view, text, q, cue)
            named += [joined] if joined is not None else []
        subject = max(named, key=lambda m: m.end - m.start, default=None)
        if subject is None or subject.entity == said.entity:
            continue
        if view.sentence_of(said.start) != view.sentence_of(cue.start) \
                or (cue.start < said.end and said.start < cue.end) or _in_content(q, said.start, said.end) \
                or not (_subject_judged(cue.text) or subject is according_source(view, text, q, cue)):
            continue  # in another sentence: V246's when far; over the cue: V264's; inside the content: V234's;
            # `according to` names its source after it; a cue of no word of saying: V380's
        yield Hit(pointer("quotes", i, "speaker"), speaker, f"{q.id}'s cue {cue.text!r} has the subject "
                  f"{subject.text!r} ({subject.id}), not the speaker {said.text!r}")


#: the words that open a phrase and never end one: articles, possessive determiners, prepositions that take an object
#: after them, `as`, coordinators and modals (a content that ends on one, a word right after it, is cut inside its
#: phrase: `[... to meet with Kim as] desperate`, since the thirty-seventh session)
_OPENING_WORDS = "the|an?|its|their|our|my|your|of|with|from|for|to|in|on|at|by|into|than|as|and|or|but|nor|would|" \
                 "will|could|should|might|must|shall|may"
#: a word that no letter, digit, apostrophe or hyphen joins to the one before it
_WORD_START = r"(?<![\w'\u2019-])"
#: a content's last word, one of `_OPENING_WORDS` (group 1), and a word after it past spaces on its line
_ENDS_OPEN = compiled(rf"{_WORD_START}({_OPENING_WORDS})\Z", re.IGNORECASE)
_WORD_AFTER = compiled(rf"{SPACE}+\w")
#: an article, a possessive determiner, `such`, `any` or `every` right before a content, spaces between on its line
#: (group 1): the noun phrase it opens was left out (`any [deal that would ...]`, since the thirty-seventh session)
_DETERMINER_BEFORE = compiled(rf"{_WORD_START}(the|an?|its|their|our|my|your|such|any|every){SPACE}+\Z",
                              re.IGNORECASE)
#: a content's first word an auxiliary or modal, after a word and spaces on its line: its subject was left out
_AUXILIARY_FIRST = compiled(r"(?:had|has|have|was|were|is|are|would|will|could|should|might|must|shall|may|can|"
                            r"did|does|do)(?![\w'\u2019-])")
_WORD_BEFORE = compiled(rf"\w{SPACE}+\Z")
#: the characters `_STARTS_CUT` may match first (a clitic's apostrophe or `n`, a comma, colon or semicolon)
_CUT_FIRST = frozenset("'\u2019nN,;:")
#: a content's first characters a clitic (`'s`, `n't`) or a comma, colon or semicolon: cut inside a word, or after
#: the end of a phrase
_STARTS_CUT = compiled(r"['\u2019](?:s|re|ll|ve|d|m)(?![\w'\u2019-])|n['\u2019]t(?![\w'\u2019-])|[,;:]",
                       re.IGNORECASE)


@rule("V395", "quote-content-cut-mid-phrase", "a quote's content fragment ends on a word that opens a phrase (`the`, "
      "`of`, `and`, `would`, ...) before the word it opens, or starts inside a phrase (after its article, without "
      "the subject of its auxiliary, at a clitic or a comma)", "move the fragment's ends to the ends of the words "
      "quoted or reported: a whole clause, or the words between the quotation marks (docs/guidelines.md, "
      "Quotations)", predictions="gold only")
def quote_content_cut_mid_phrase(ctx: DocContext) -> Iterator[Hit]:
    """A content fragment is the words quoted or the clause reported, whole (docs/guidelines.md, Quotations): one
    whose edge a contributor dragged a word short or long (`Putin had accepted [the]` before `invitation`, `Kim had
    crossed the border [on]` before `Tuesday`, `Putin [had accepted the invitation]` without its subject) passed
    every rule, and every quote export, quote link and score compares those words. Read in the raw text, on the
    fragment's line: it ends on an article, a possessive determiner, a preposition, a coordinator or a modal
    (`_OPENING_WORDS`; `as` since the thirty-seventh session) with a word after it past spaces; or it starts right
    after an article, a possessive determiner, `such`, `any` or `every` (spaces between; `any` and `every` since the
    thirty-seventh session), with an auxiliary or modal right after another word (`Kim [is travelling ...]`), or
    with a clitic (`['s why we came here.]`) or a comma. Not judged: an edge at a line break, or beside a quotation
    mark or other punctuation (a direct quote's words run to its marks: `“We will win, and”` is the speaker's), and a
    fragment without a word (V237's). No
    content of release 1 or of the synthetic corpora is cut so."""
    text = ctx.text
    if text is None:
        return
    contents = ctx.view.column("quotes", "content")
    for i in sorted(set(range(len(contents))) - cut_by_another(contents)):
        for k, fragment in enumerate(contents[i]):
            if not (0 <= fragment.start < fragment.end <= len(text)):
                continue  # outside the text: V201's
            why = phrase_cut(text, fragment.start, fragment.end)
            if why is not None and WORD_CHARACTER.search(text, fragment.start, fragment.end):  # without a word: V237's
                yield Hit(pointer("quotes", i, "content", k), [fragment.start, fragment.end],
                          f"{ctx.doc.quotes[i].id}'s content {brief(fragment.text)} {why}")


def cut_by_another(contents: Sequence[Sequence[Span]]) -> set[int]:
    """The quotes whose fragments are out of text order (V239's), or whose reach, first fragment to last, crosses or
    equals another quote's (V226's: a copy, or two contents cut through each other): their edges were cut by that."""
    cut = {i for i, content in enumerate(contents)
           if len(content) > 1 and any(b.start < a.end for a, b in pairwise(content))}
    reach = sorted((c[0].start, -c[0].end, i) if len(c) == 1 else (min(s.start for s in c), -max(s.end for s in c), i)
                   for i, c in enumerate(contents) if c)
    open_: list[tuple[int, int]] = []  # (end, quote) of the reaches that hold the current start, innermost last
    for start, minus_end, i in reach:
        while open_ and open_[-1][0] <= start:
            open_.pop()
        if open_:
            end, j = open_[-1]
            if end < -minus_end or (end == -minus_end and min(s.start for s in contents[j]) == start):
                cut |= {i, j}
        open_.append((-minus_end, i))
    return cut


def phrase_cut(text: str, start: int, end: int) -> str | None:
    """How the fragment [start, end) of `text` is cut inside a phrase (`quote_content_cut_mid_phrase`), or None. The
    anchored tests first: most edges meet a mark or a stop, and neither search is then run."""
    after = text[end:end + 1]
    if after.isspace() and after not in LINE_BREAKS and _WORD_AFTER.match(text, end):  # `SPACE`, read as a string
        last = _ENDS_OPEN.search(text, max(end - 6, start), end)
        if last is not None:
            return f"ends on {last.group(1)!r} before {text[end:end + 40].split()[0]!r}"
    before = text[start - 1:start] if start else ""
    spaced = before.isspace() and before not in LINE_BREAKS  # `SPACE`: what both searches before the start need
    if spaced:
        determiner = _DETERMINER_BEFORE.search(text, max(start - 12, 0), start)
        if determiner is not None:
            return f"starts after {determiner.group(1)!r}"
    if text[start:start + 1] in _CUT_FIRST and _STARTS_CUT.match(text, start, end):
        return f"starts at {text[start:end].split()[0]!r}"
    if spaced:
        auxiliary = _AUXILIARY_FIRST.match(text, start, end)
        if auxiliary is not None and _WORD_BEFORE.search(text, max(start - 12, 0), start):
            return f"starts at {auxiliary.group()!r}, its subject before it"
    return None
