"""A quote's speaker against the phrase after its cue: the agent of a passive or the source of a noun of saying that
the cue names right after it (V449), a mention past a preposition or a clause word after the cue (V450), and a quote
left without the speaker its cue's phrase (V459) or a subject before an apposition (V460) names."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import SPACE, DocContext, Hit, rule
from vostochny.checking.rules.quote_places import cue_form
from vostochny.checking.rules.quote_reports import WORD
from vostochny.checking.rules.quote_words import PREPOSITIONS, WORD_BEFORE_MENTION, cue_subject, subjects_before
from vostochny.checking.rules.relation_words import TITLE_LEXICON
from vostochny.model.labels import SPEAKER_TYPES, SPOKESPERSON_WORDS
from vostochny.patterns import compiled

if TYPE_CHECKING:
    from vostochny.model.models import Mention, Quote, Span

#: `by` or `from` right after a cue, then an article or not (group 1 the preposition): the phrase that names its source
_SOURCE_PHRASE = compiled(rf"{SPACE}+(by|from){SPACE}+(?:(?:the|an?){SPACE}+)?", re.IGNORECASE)
#: the past participles of saying that do not end in `-ed` (`was told by`, `is said by`)
_IRREGULAR_PARTICIPLES = frozenset({"told", "said", "written", "spoken", "shown", "given"})
#: the words that may follow a source's mention and end its noun phrase (`asked by [Russian media], who`, `warnings
#: from [the U.S.] that`): a clause or a phrase of time or place begins
_AFTER_SOURCE = frozenset({"that", "who", "which", "whether", "if", "on", "in", "at", "about", "during", "after",
                           "before", "over", "last", "this", "to", "for", "when", "while"})


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES


def phrase_source(ctx: DocContext, q: Quote, cue: Span) -> Mention | None:
    """The mention of a speaker type the cue names as its source right after it, or None: the agent after `by` of a
    passive participle (`asked by [Russian media]`, `was told by [Putin]`), or after `from` of a noun of saying with
    no subject before it (`amid warnings from [the U.S.]`), past an article; the widest mention that starts there,
    outside the quote's content, that ends its noun phrase (punctuation, the sentence's end or a word of
    `_AFTER_SOURCE` after it: not `by [Kim]'s side`, `from [Moscow] officials`)."""
    text, view = ctx.text or "", ctx.view
    lead = _SOURCE_PHRASE.match(text, cue.end) if cue.end <= len(text) else None  # past the text: V201's
    words = cue_form(cue.text).split() if lead is not None else []
    if lead is None or not words:
        return None
    if lead.group(1).lower() == "by" and not _participle(words[-1]):
        return None
    if lead.group(1).lower() == "from" and (not words[-1].endswith("s") or subjects_before(view, text, q, cue)):
        return None  # `said from [Moscow]`: a place of the act; `Putin says from`: its subject before it
    found = [m for m in view.doc.mentions if m.start == lead.end() and view.mention_type.get(m.id) in SPEAKER_TYPES
             and not any(c.start < m.end and m.start < c.end for c in q.content)]
    source = max(found, key=lambda m: m.end - m.start, default=None)
    if source is None:
        return None
    after = text[source.end:source.end + 40].split(maxsplit=1)[:1]
    word = after[0] if after else ""
    return source if not word[:1].isalnum() or word in _AFTER_SOURCE else None


#: `according to` a non-verbal or written source and the participle that names its maker, `by` after it (`according to
#: photos released by [North Korean official media]`): group 1 the participle
_MADE_BY = compiled(rf"{SPACE}+(?:[\w-]+{SPACE}+){{1,3}}?([\w-]+){SPACE}+by{SPACE}+(?:(?:the|an?){SPACE}+)?",
                    re.IGNORECASE)


def maker_source(ctx: DocContext, q: Quote, cue: Span) -> Mention | None:
    """The mention of a speaker type that `according to` names as the maker of its source, or None: after one to three
    words, a participle (in `-ed` or `shown`, `given` ...) and `by`, past an article, the widest mention that starts
    there, outside the quote's content, and ends its noun phrase (`according to photos released by [North Korean
    official media], ...`, `according to a report published by [the Pentagon]`)."""
    text, view = ctx.text or "", ctx.view
    if not cue_form(cue.text).endswith("according to"):
        return None
    lead = _MADE_BY.match(text, cue.end)
    if lead is None or not _participle(lead.group(1).lower()):
        return None
    found = [m for m in view.doc.mentions if m.start == lead.end() and view.mention_type.get(m.id) in SPEAKER_TYPES
             and not any(c.start < m.end and m.start < c.end for c in q.content)]
    source = max(found, key=lambda m: m.end - m.start, default=None)
    after = text[source.end:source.end + 40].split(maxsplit=1)[:1] if source is not None else ["x"]
    word = after[0] if after else ""
    return source if not word[:1].isalnum() or word in _AFTER_SOURCE else None


def _judged_speaker(ctx: DocContext, q: Quote) -> Mention | None:
    """A quote's speaker mention where its cue is in the speaker's sentence and no other quote's, and the speaker is
    of a speaker type, outside every quote's content (V234's, V437's), apart from the cue (V264's); None otherwise."""
    view = ctx.view
    said = view.mentions.get(q.speaker) if isinstance(q.speaker, str) else None
    cue = q.cue
    if said is None or cue is None or view.mention_type.get(said.id) not in SPEAKER_TYPES \
            or view.sentence_of(said.start) != view.sentence_of(cue.start) \
            or (cue.start < said.end and said.start < cue.end):
        return None
    contents = view.column("quotes", "content")
    if any(c.start < said.end and said.start < c.end for content in contents for c in content) \
            or sum(other is not None and (other.start, other.end) == (cue.start, cue.end)
                   for other in view.column("quotes", "cue")) > 1:
        return None  # a cue shared with another quote: V346's or V425's, which reads the word of saying left out
    return said


@rule("V449", "speaker-not-the-named-source", "a quote's speaker is another entity than the source its cue names "
      "right after it (`asked by [X]`, `warnings from [X]`)",
      "set the speaker to the agent of the passive or the source of the noun of saying: in `asked by [Russian "
      "media]` the media ask (docs/guidelines.md, Quotations)")
def speaker_not_the_named_source(ctx: DocContext) -> Iterator[Hit]:
    """Where the cue is a passive participle with its agent (`When [asked] by [Russian media] ... if Russia would help
    ...`, `Kim was [told] by [Putin] that ...`) or a noun of saying with its source (`amid [warnings] from [the U.S.]
    that ...`), the words name who says them after the cue, and the subject of the sentence is someone else: the one
    asked, the one who acts amid the warnings. V402 reads a subject right before the cue and V364 the one told after
    `told` or `asked`; neither reads `by` or `from`, so the re-pointed speakers `Putin` (who answers) and `Kim Jong
    Un`, `Russia`, `Vladimir Putin` (who meet amid the warnings) passed (4 of 141 re-pointings in the cue's sentence
    over release 1). Judged: the widest mention of a speaker type right after `by` (after a participle, in `-ed` or
    `told`, `said` ...) or `from` (after a noun in `-s` with no subject before it: `said from [Moscow]` is a place of
    the act), past an article, that ends its noun phrase (`phrase_source`); a speaker of another entity in the cue's
    sentence is refused. Not judged: a speaker in another sentence (V432's, V246's), inside a content (V234's,
    V437's), over the cue (V264's) or of no speaker type (V218's). Every such quote of release 1 has that source as
    its speaker."""
    for i, q in enumerate(ctx.doc.quotes):
        source = phrase_source(ctx, q, q.cue) if q.cue is not None and q.speaker is not None else None
        said = _judged_speaker(ctx, q) if source is not None else None  # most cues name no source: one match
        if said is not None and source is not None and source.entity != said.entity:
            yield Hit(pointer("quotes", i, "speaker"), q.speaker, f"{q.id}'s cue {q.cue.text if q.cue else ''!r} "
                      f"names its source {source.text!r} ({source.id}), not {said.text!r}")


#: the words after a cue that open another phrase or clause: a mention past one is no subject of the cue (`said in a
#: briefing without elaborating on how [the military] obtained`); `of`, `for`, `at`, `with` are left out, which a
#: title after an inverted cue holds (`said a spokesman for the Kremlin`)
_PAST_THE_SUBJECT = frozenset({"in", "on", "without", "during", "about", "after", "before", "into", "over", "through",
                               "against", "despite", "amid", "how", "whether", "if", "when", "while", "why", "where",
                               "because", "which", "what", "that", "than"})


@rule("V450", "speaker-past-the-cue-s-phrase", "a quote's speaker lies after its cue, past a preposition or a clause "
      "word (`said in a briefing without elaborating on how [X] ...`)",
      "set the speaker to the cue's subject: before the cue, or right after it where English inverts (`“...,” said "
      "Kirby`) (docs/guidelines.md, Quotations)")
def speaker_past_the_cue_s_phrase(ctx: DocContext) -> Iterator[Hit]:
    """The speaker is the cue's subject (docs/guidelines.md, Quotations), which English puts before the verb, or right
    after it where it inverts (`“Why?” asked Kirby`, `said Kremlin spokesman Dmitry Peskov`); `according to` and a
    passive's `by` or a noun's `from` name the source after the cue (V402's, V449's). A mention after the cue past a
    preposition or a clause word (`_PAST_THE_SUBJECT`) is the object of that preposition or a word of another clause:
    in `..., Jeon Ha Gyu, spokesperson of South Korea's Defense Ministry, said in a briefing without elaborating on how
    [the military] obtained the information` the military is never the speaker, and the re-pointed speaker passed
    (V402 reads no subject after a comma). Not judged: `according to`, a cue that names its source after it (V449's)
    or that a subject ends right before (V402's, which refuses any other speaker),
    a speaker right after a comma (an apposition that names the subject: `said the U.S. ambassador in Seoul, [Philip
    Goldberg]`), one past the quote's own content, in another sentence (V432's), inside a content (V234's, V437's),
    over the cue (V264's) or of no speaker type (V218's). Every speaker of release 1 after its cue is its subject or
    its source."""
    text, mentions = ctx.text or "", ctx.view.mentions
    for i, q in enumerate(ctx.doc.quotes):
        after = mentions.get(q.speaker) if isinstance(q.speaker, str) else None
        if after is None or q.cue is None or after.start < q.cue.end:
            continue  # most speakers stand before their cue
        said, cue = _judged_speaker(ctx, q), q.cue
        if said is None or cue_form(cue.text).endswith("according to") \
                or text[max(said.start - 8, 0):said.start].rstrip().endswith(",") \
                or phrase_source(ctx, q, cue) is not None or subjects_before(ctx.view, text, q, cue) \
                or any(cue.end <= c.start and c.end <= said.start for c in q.content):
            continue
        words = [w.lower() for w in WORD.findall(text, min(cue.end, len(text)), min(said.start, len(text)))]
        past = next((w for w in words if w in _PAST_THE_SUBJECT), None)
        if past is not None:
            yield Hit(pointer("quotes", i, "speaker"), q.speaker, f"{q.id}'s speaker {said.text!r} lies after its "
                      f"cue {cue.text!r} past {past!r}: no subject of the cue")


@rule("V459", "speaker-missing-though-its-source-is-named", "a quote has no speaker, though its cue names its source "
      "(`asked by [X]`, `warnings from [X]`, or a subject before the cue that opens a direct quote's words)",
      "set the speaker to the source the cue's phrase names: the agent after `by`, the source after `from` or "
      "`according to`, the subject before the cue (docs/guidelines.md, Quotations)")
def speaker_missing_though_its_source_is_named(ctx: DocContext) -> Iterator[Hit]:
    """`speaker: null` is for a text that names no source at all (docs/guidelines.md, Quotations). V381 reads the
    cue's subject of reported speech only, and V273 a direct quote's attribution after its words; neither read the
    source a passive names after `by` or a noun of saying after `from` (`When asked by [Russian media] ..., if Russia
    would help ...`, `amid warnings from [the U.S.] that ...`: `phrase_source`, as V449 reads it), nor the attribution
    before a direct quote's words (`[Putin] said: "That's why we came here."`, `According to [Matthew Miller], a
    spokeswoman ..., "I would ..."`, `[Kim] signed the visitor book in Korean: "..."`: `quote_words.cue_subject`, as
    V381 reads reported speech), so an attack that set each speaker to none passed 9 such quotes of release 1. Judged:
    a quote with a cue and no speaker whose cue names a source of a speaker type right after `by` or `from`, or, for a
    direct quote whose cue comes before its first fragment, the mention `cue_subject` reads. Not judged: reported
    speech's subject (V381's) and a direct quote's attribution after its words (V273's)."""
    view, text = ctx.view, ctx.text
    if text is None or None not in view.column("quotes", "speaker"):
        return
    for i, q in enumerate(ctx.doc.quotes):
        cue = q.cue
        if q.speaker is not None or cue is None or not q.content:
            continue
        before = q.kind == "direct" and cue.end <= q.content[0].start
        named = phrase_source(ctx, q, cue) or maker_source(ctx, q, cue)
        if named is None and before:
            named = cue_subject(view, text, q, cue)
        elif named is not None and q.kind != "direct" and cue_subject(view, text, q, cue) is not None:
            continue  # reported speech whose cue's subject names it too: V381's
        if named is not None:
            yield Hit(pointer("quotes", i, "speaker"), None, f"{q.id}'s cue {cue.text!r} names its source "
                      f"{named.text!r} ({named.id})")


#: a comma right before a cue, past the auxiliaries and adverbs a subject may stand before (`, also said`)
_COMMA_BEFORE_CUE = compiled(rf",(?:{SPACE}+(?:has|have|had|also|later|then|again|previously|earlier|recently))*"
                             rf"{SPACE}+\Z")
#: the longest apposition or relative clause read between a subject and its cue
_APPOSITION_REACH = 160


def subject_before_apposition(ctx: DocContext, q: Quote, cue: Span) -> Mention | None:
    """The cue's subject set off from it by an apposition or a relative clause, or None: a comma right before the cue
    (past `also`, `has` ...), before it a stretch of one line that opens on a word in lower case (`a professor at
    ...`, `spokesperson of ...`, `who is in charge of ...`) with no comma, quotation mark or quote's content in it,
    and before that stretch's comma the widest mention of a speaker type, outside every quote's content and after no
    preposition (`In [Seoul], the mood was tense, said ...` names no subject)."""
    text, view = ctx.text or "", ctx.view
    comma = _COMMA_BEFORE_CUE.search(text, max(cue.start - 40, 0), cue.start)
    if comma is None:
        return None
    opening = text.rfind(",", max(comma.start() - _APPOSITION_REACH, 0), comma.start())
    stretch = text[opening + 1:comma.start()]
    if opening < 0 or not stretch[:1].isspace() or not stretch.strip()[:1].islower() \
            or any(mark in stretch for mark in "\"\u201c\u201d\n\r\u2028\u2029;:") \
            or any(c.start < comma.start() and opening < c.end for p in ctx.doc.quotes for c in p.content):
        return None
    found = [m for m in view.doc.mentions if m.end == opening and view.mention_type.get(m.id) in SPEAKER_TYPES
             and not any(c.start < m.end and m.start < c.end for p in ctx.doc.quotes for c in p.content)]
    subject = max(found, key=lambda m: m.end - m.start, default=None)
    if subject is None:
        return None
    word = WORD_BEFORE_MENTION.search(text, max(subject.start - 16, 0), subject.start)
    return None if word is not None and word.group(1).lower() in PREPOSITIONS else subject


@rule("V460", "speaker-missing-before-an-apposition", "a quote has no speaker, though its cue's subject stands before "
      "an apposition or a relative clause (`[Kim Yung-ho], who is ..., warned`)",
      "set the speaker to the subject before the apposition: `[Jeon Ha Gyu], spokesperson of ..., said` is Jeon's "
      "(docs/guidelines.md, Quotations)")
def speaker_missing_before_an_apposition(ctx: DocContext) -> Iterator[Hit]:
    """`speaker: null` is for a text that names no source at all (docs/guidelines.md, Quotations); a subject set off
    from its cue by an apposition or a relative clause names one (`[Leif-Eric Easley], a professor at Seoul's Ewha
    University, claims that ...`, `"...," [Nam Sung-wook], a former director of ..., told the Associated Press`).
    V381, V459 and V273 read a subject right before the cue only, and V381's docstring left this out: an attack that
    set each speaker to none passed 5 such quotes of release 1. Judged: any quote with a cue and no speaker whose cue
    a comma comes right before, after an apposition or relative clause that opens in lower case, with the mention of
    a speaker type before that (`subject_before_apposition`). Not judged: an apposition that opens in capitals
    (`Philip Goldberg, U.S. ambassador, said`), holds a comma or a quote's words, a mention after a preposition."""
    if ctx.text is None or None not in ctx.view.column("quotes", "speaker"):
        return
    for i, q in enumerate(ctx.doc.quotes):
        if q.speaker is not None or q.cue is None:
            continue
        subject = subject_before_apposition(ctx, q, q.cue)
        if subject is not None:
            yield Hit(pointer("quotes", i, "speaker"), None, f"{q.id}'s cue {q.cue.text!r} has the subject "
                      f"{subject.text!r} ({subject.id}) before an apposition: the speaker")


#: a comma and spaces right before a cue
_COMMA_RIGHT_BEFORE = compiled(rf",{SPACE}+\Z")
#: a sentence's opening adverb and its comma (`However, he avoided ...`)
_OPENER = compiled(rf"[A-Z][a-z]+,{SPACE}+")
#: an article before the words of a title and a name (`The Russian state news agency [Ria Novosti]`)
_TITLE_LEAD = compiled(rf"(?:The|A|An){SPACE}+")
#: a word and the spaces after it (group 1 the word)
_TITLE_WORD = compiled(rf"([\w-]+){SPACE}+")


#: the nouns of a post that a body's or a state's name may modify right before the name of the person who holds it
#: (`[State Department] spokesman [Matthew Miller]`, `[Russia]'s foreign minister [Sergei Lavrov]`): that person is the
#: clause's subject, not the body (one person's post in the singular; a plural heads a list, no subject of one)
_POST_NOUNS = (SPOKESPERSON_WORDS - {"mouthpiece", "mouthpieces"}) | frozenset({
    "minister", "official", "president", "premier", "chairman", "chairwoman", "chairperson", "leader", "chief",
    "director", "secretary", "ambassador", "envoy", "adviser", "advisor", "aide", "commander", "general", "marshal",
    "admiral", "colonel", "officer", "governor", "mayor", "head", "diplomat", "representative", "lawmaker", "senator",
    "correspondent", "reporter", "journalist", "editor", "analyst", "expert", "professor", "researcher"})
#: a possessive or not, up to three modifiers of a post, the post and spaces, between a body's name and its holder's
#: (group 1 the modifiers, 2 the post): `'s foreign minister `, ` spokesman `
_POST_BETWEEN = compiled(rf"(?:['\u2019]s)?((?:{SPACE}+[A-Za-z][\w-]*){{0,3}}){SPACE}+([A-Za-z]+){SPACE}+")
#: the words in lower case that may modify a post (`foreign minister`, `deputy defense minister`, `press secretary`);
#: a modifier in capitals is a name's (`State Department`, `Foreign`), any other word is none: a verb between a body
#: and a title (`[Russia] sent envoy [X]`) leaves the body the subject
_POST_MODIFIERS = frozenset({"foreign", "defense", "defence", "deputy", "vice", "first", "prime", "senior", "top",
                             "chief", "former", "acting", "press", "national", "security", "affairs", "military",
                             "state", "general", "special", "presidential", "interior", "finance", "trade", "economy",
                             "economic", "culture", "health", "justice", "nuclear", "space", "navy", "army", "party",
                             "government", "ministry", "department", "agency", "office", "council", "committee"})


def title_holder(ctx: DocContext, subject: Mention) -> Mention:
    """The person whose post `subject`, a body or a state, names right before their name, or `subject` itself: where a
    post of `_POST_NOUNS` (past a possessive and up to three modifiers, each in capitals or of `_POST_MODIFIERS`) is
    all that stands between the subject and the first person's mention after it, that person is the clause's subject
    (`[State Department] spokesman [Matthew Miller] said ..., reminding`, `The [Foreign Ministry]'s spokesperson [Maria
    Zakharova] criticised ..., saying`); V461 named the body until the thirty-second session. A person's subject is
    kept (`[Kim Jong Un] met President [Vladimir Putin]`: the title is the object's), and so is a body's before a verb
    (`[Russia] sent envoy [X]`)."""
    view, text = ctx.view, ctx.text or ""
    if view.mention_type.get(subject.id) not in ("ORG", "GPE"):
        return subject
    order, starts, _ = view.mentions_in_order
    mentions = view.doc.mentions
    for k in range(bisect_left(starts, subject.end), bisect_left(starts, subject.end + 80)):
        m = mentions[order[k]]
        if view.mention_type.get(m.id) != "PER" or m.entity == subject.entity:
            continue
        title = _POST_BETWEEN.fullmatch(text, subject.end, m.start)
        if title is None or title.group(2).lower() not in _POST_NOUNS \
                or any(not w[:1].isupper() and w not in _POST_MODIFIERS for w in title.group(1).split()):
            return subject  # the first person after the subject: its post right before, or no title of theirs
        wider = [mentions[order[j]] for j in range(k, bisect_left(starts, m.start + 1))]
        return max((w for w in wider if view.mention_type.get(w.id) == "PER" and w.entity != subject.entity),
                   key=lambda w: w.end - w.start)
    return subject


def _nationality_lead(ctx: DocContext, start: int) -> re.Match[str] | None:
    """A nationality's mention (NORP) that opens a clause at `start` and its spaces, read as an article before a title's
    words (`[Russian] Foreign Ministry spokesperson [Maria Zakharova] ...`, `[North Korean] official [Kim Yo Jong]
    ...`: the nationality is no subject), or None."""
    view = ctx.view
    order, starts, _ = view.mentions_in_order
    mentions = view.doc.mentions
    ends = [mentions[order[k]].end for k in range(bisect_left(starts, start), bisect_left(starts, start + 1))
            if view.mention_type.get(mentions[order[k]].id) == "NORP"]
    return _TITLE_WORD_END.match(ctx.text or "", max(ends)) if ends else None


#: the spaces after a nationality that opens a clause
_TITLE_WORD_END = compiled(rf"{SPACE}+")


#: the words in lower case a title before a name may hold (`Russian government spokesman Dmitry Peskov`): the titles'
#: words, and the adjectives of an office or a field that `relation_words.TITLE_LEXICON` lacks (each of those ended
#: the title from the thirty-fifth session on, and a quote left without its speaker passed: the thirty-sixth
#: session's second read)
_TITLE_WORDS = TITLE_LEXICON | frozenset({
    "government", "first", "nuclear", "regional", "provincial", "parliamentary", "local", "federal", "municipal",
    "city", "opposition", "economy", "economic", "industry", "energy", "culture", "health", "justice",
    "communications", "assistant", "special"})


def participle_subject(ctx: DocContext, q: Quote, cue: Span) -> Mention | None:
    """The subject of the clause a participle cue closes, or None: where the cue is one word in `-ing` right after a
    comma (`, saying that ...`, `, claiming that ...`) and its sentence, past an opening adverb and its comma
    (`However, `), opens on the widest mention of a speaker type, a word in lower case after it (its verb), with no
    other comma, quotation mark or quote's words between that mention and the cue: the participle's subject is the
    clause's (`The Russian state news agency [Ria Novosti] published images of the train ..., claiming that ...`; the
    name read past an article or a nationality and the words of its title, capitalised or of
    `relation_words.TITLE_LEXICON` (or, since the thirty-sixth session, an adjective of an office, `_TITLE_WORDS`:
    `Russian government spokesman [Dmitry Peskov]`), none a preposition or in `-ing` or `-ed`: `[Russian] Foreign
    Ministry spokesperson ...`, whose nationality read no subject until the thirty-third session; `Russian officials
    met [Kim] ...` names Kim as no subject since the thirty-fifth session). A body's or
    state's name that a post and a person's name follow gives that person (`title_holder`: `[State Department]
    spokesman [Matthew Miller] said ...`, `The [Foreign Ministry]'s spokesperson [Maria Zakharova] ...`)."""
    text, view = ctx.text or "", ctx.view
    opening = _clause_opening(ctx, cue)
    if opening is None:
        return None
    starts, _ = opening
    found = [m for m in view.doc.mentions if m.start in starts and view.mention_type.get(m.id) in SPEAKER_TYPES]
    subject = max(found, key=lambda m: m.end - m.start, default=None)
    subject = title_holder(ctx, subject) if subject is not None else None
    if subject is None or not text[subject.end:subject.end + 2].strip()[:1].islower() \
            or text[subject.end:subject.end + 1] != " " or not _runs_to_the_cue(ctx, subject.start, subject.end, cue):
        return None
    return subject


def _clause_opening(ctx: DocContext, cue: Span) -> tuple[list[int], re.Match[str] | None] | None:
    """The starts of the words that open the clause a participle cue closes (`participle_subject`'s reading: the
    sentence's start past an opening adverb, then, past an article or a nationality, the words of a title, at most
    six) and the word that ends them (a preposition, a word in `-ing` or `-ed`, a word in lower case outside
    `_TITLE_WORDS`; None if the title runs on), or None where the cue is no one-word participle after a comma."""
    text, view = ctx.text or "", ctx.view
    words = cue_form(cue.text).split()
    if len(words) != 1 or not words[0].endswith("ing") \
            or _COMMA_RIGHT_BEFORE.search(text, max(cue.start - 8, 0), cue.start) is None:
        return None
    sentence = view.sentence_of(cue.start)
    if sentence < 0:
        return None
    start = view.doc.sentences[sentence].start
    opener = _OPENER.match(text, start)
    start = start if opener is None else opener.end()
    starts = [start]
    title = _TITLE_LEAD.match(text, start) or _nationality_lead(ctx, start)
    for word in _TITLE_WORD.finditer(text, start if title is None else title.end(), start + 80):
        if title is None or word.group(1).lower() in PREPOSITIONS or word.group(1).endswith(("ing", "ed")) \
                or (word.group(1).islower() and word.group(1) not in _TITLE_WORDS):
            return starts, word  # a verb in lower case ends the title: `Russian officials [met] Kim ...`
        starts.append(word.start())
        if len(starts) > 6:
            break
    return starts, None


def _runs_to_the_cue(ctx: DocContext, start: int, end: int, cue: Span) -> bool:
    """Whether the clause from a subject at `start`..`end` runs to the participle cue's comma with no other comma,
    quotation mark, colon or line between, and no quote's words from the subject on."""
    text = ctx.text or ""
    between = text[end:cue.start].rstrip().removesuffix(",")
    return end < cue.start and not any(mark in between for mark in ",\"\u201c\u201d;:\n\r\u2028\u2029") \
        and not any(c.start < cue.start and start < c.end for p in ctx.doc.quotes for c in p.content)


@rule("V461", "speaker-missing-of-a-participle-cue", "a quote has no speaker, though its cue is a participle after a "
      "comma whose clause opens on its subject (`[X] published images ..., claiming that ...`)",
      "set the speaker to the subject of the clause the participle closes: `[Ria Novosti] published images ..., "
      "claiming that ...` is Ria Novosti's (docs/guidelines.md, Quotations)")
def speaker_missing_of_a_participle_cue(ctx: DocContext) -> Iterator[Hit]:
    """A participle set off by a comma at a clause's end takes the clause's subject (`[He] avoided talking about
    military cooperation, saying only that ...`): the text names the source, and `speaker: null` is for a text that
    names none (docs/guidelines.md, Quotations). V381 reads a participle's subject only through another quote's cue it
    is joined to (`[Miller] said [...], reminding`); an attack that set each speaker to none passed 2 such quotes of
    release 1. Judged: a quote with no speaker whose one-word cue in `-ing` follows a comma, in a sentence that opens
    (past an adverb and its comma) on a mention of a speaker type with a word in lower case after it, no other comma,
    quotation mark or quote's words between (`participle_subject`); a body's name before a post and a person's name
    gives the person, whom the message names (`[State Department] spokesman [Matthew Miller] ...`, `The [Foreign
    Ministry]'s spokesperson [Maria Zakharova] ...`: until the thirty-second session the body, or, past a possessive,
    nothing); a nationality that opens the clause is read as an article is (`[Russian] Foreign Ministry spokesperson
    [Maria Zakharova] ...`, `[North Korean] official [Kim Yo Jong] ...` read no subject until the thirty-third
    session). Not judged: a quote V381, V459 or V460 judges, a clause that opens on anything else (`After the talks,
    ...`, a thing: `The report came out, saying ...`)."""
    view, text = ctx.view, ctx.text
    if text is None or None not in view.column("quotes", "speaker"):
        return
    for i, q in enumerate(ctx.doc.quotes):
        cue = q.cue
        if q.speaker is not None or cue is None:
            continue
        subject = participle_subject(ctx, q, cue)
        if subject is None or cue_subject(view, text, q, cue) is not None \
                or phrase_source(ctx, q, cue) is not None or subject_before_apposition(ctx, q, cue) is not None:
            continue  # V381's, V459's, V460's
        yield Hit(pointer("quotes", i, "speaker"), None, f"{q.id}'s participle cue {cue.text!r} has the subject "
                  f"{subject.text!r} ({subject.id}) of its clause: the speaker")


#: the words between a clause's subject and its verb's object (`[Kim] met [Putin]`, `[Kim] warmly greeted the [...]`):
#: words in lower case, no coordinator first (`[Kim] and [Putin] met ...` names two subjects), an article or none
_VERB_BEFORE_OBJECT = compiled(rf"{SPACE}+(?!(?:and|or|nor|but|as)\b)[a-z]+(?:{SPACE}+[a-z]+){{0,2}}{SPACE}+"
                               rf"(?:(?:the|an?){SPACE}+)?")


@rule("V462", "speaker-not-the-participle-s-subject", "a quote's speaker is another entity than the subject of the "
      "clause its participle cue closes (`[X] published images ... by [Y] ..., claiming that ...`)",
      "set the speaker to the clause's subject: the participle after the comma takes it (docs/guidelines.md, "
      "Quotations)")
def speaker_not_the_participle_s_subject(ctx: DocContext) -> Iterator[Hit]:
    """A participle set off by a comma at a clause's end takes the clause's subject (V461's reading,
    `participle_subject`): in `The Russian state news agency [Ria Novosti] published images of the train's dark green
    carriages being pulled by a [Russian Railways] locomotive along a track, claiming that ...` the agency claims,
    never the railway, and the re-pointed speaker passed every rule (V402 reads the subject right before a cue or the
    one of a verb of saying the participle is joined to, V449 and V450 the phrase after it). Judged: a quote whose
    speaker of a speaker type lies before its cue in its sentence right after a preposition (past an article: the
    object of `by`, `of`, `in` ..., never a subject), the object of the clause's verb right after the subject (`[Kim
    Jong Un] met [Vladimir Putin] on Tuesday, saying that ...` as Putin's passed until the thirty-sixth session: up to
    three words in lower case between, the first no coordinator) or the body or state whose post the subject holds,
    outside every quote's content, whose cue has a clause subject of another entity and no subject V402 reads
    (`quote_words.cue_subject`) nor a source after it (V449's). Not judged: a speaker after no preposition (the name
    in the subject's title: `[State Department] spokesman Matthew Miller said ..., reminding`, whose clause opens on
    Miller, `title_holder`) other than the verb's object and the body whose post names the subject (`[State
    Department]` set as the speaker there passed until the thirty-third session), one joined to the subject by `and`
    or `or` (a subject too), after the cue
    (V450's, V449's), in another sentence, inside a content or of no speaker type."""
    view, text = ctx.view, ctx.text
    if text is None:
        return
    for i, q in enumerate(ctx.doc.quotes):
        cue = q.cue
        subject = participle_subject(ctx, q, cue) if cue is not None and q.speaker is not None else None
        said = _judged_speaker(ctx, q) if subject is not None else None  # most cues are no participle: one look
        if said is None or subject is None or cue is None or said.start > cue.start or subject.entity == said.entity \
                or cue_subject(view, text, q, cue) is not None or phrase_source(ctx, q, cue) is not None:
            continue
        before = WORD_BEFORE_MENTION.search(text, max(said.start - 16, 0), said.start)
        objected = said.start >= subject.end and _VERB_BEFORE_OBJECT.fullmatch(text, subject.end, said.start)
        if (before is None or before.group(1).lower() not in PREPOSITIONS) and not objected \
                and title_holder(ctx, said).id != subject.id:
            continue  # no object, nor the body whose post the subject holds (`[State Department] spokesman [Miller]`)
        yield Hit(pointer("quotes", i, "speaker"), q.speaker, f"{q.id}'s participle cue {cue.text!r} has the "
                  f"subject {subject.text!r} ({subject.id}) of its clause, not {said.text!r}")


@rule("V482", "speaker-is-the-verb-s-object", "a quote's speaker is the object of the verb of the clause its "
      "participle cue closes, whose subject has no mention (`North Korean officials met [Putin], saying that ...`)",
      "annotate the clause's subject as a mention and set it as the speaker: the participle after the comma takes the "
      "subject, never the verb's object (docs/guidelines.md, Quotations)")
def speaker_is_the_verb_s_object(ctx: DocContext) -> Iterator[Hit]:
    """A participle set off by a comma at a clause's end takes the clause's subject (V461's reading,
    `participle_subject`); V462 compares the speaker with that subject's mention, and a subject the mention layer
    left out (`North Korean officials met [Vladimir Putin] on Tuesday, saying that ...` with Putin set as the
    speaker) passed every rule: the thirty-sixth session's fuzz kinds left it. The verb's object is never the
    participle's subject, whoever the subject is. Judged: a quote whose speaker of a speaker type, before its cue in
    its sentence, is the object of the clause's verb (up to three words in lower case between, the first no
    coordinator, as V462 reads it) where the clause opens on an article or a nationality and at least one word of a
    title (`participle_subject`'s walk) that a word in lower case other than a preposition ends, no mention of a
    speaker type starts in those words, and the clause runs to the cue's comma as V461's does; no subject V402 reads
    nor a source after the cue (V449's). Not judged: a clause that opens on anything else (`Officials met ...`, no
    article or annotated nationality: the subject's words are not read), a speaker after a preposition (`The report
    on [Ortiz] came out, saying`: a thing's clause), a subject with a mention (V462's)."""
    view, text = ctx.view, ctx.text
    if text is None:
        return
    for i, q in enumerate(ctx.doc.quotes):
        cue = q.cue
        opening = _clause_opening(ctx, cue) if cue is not None and q.speaker is not None else None
        if opening is None or cue is None:
            continue
        (start, *words), verb = opening
        said = _judged_speaker(ctx, q) if words and verb is not None else None
        if said is None or verb is None or verb.group(1).lower() in PREPOSITIONS or not verb.group(1).islower() \
                or said.start > cue.start:
            continue
        end = words[-1] + len(text[words[-1]:verb.start()].rstrip())
        if any(start <= m.start < end and view.mention_type.get(m.id) in SPEAKER_TYPES for m in view.doc.mentions) \
                or not _VERB_BEFORE_OBJECT.fullmatch(text, end, said.start) \
                or not _runs_to_the_cue(ctx, start, end, cue) \
                or cue_subject(view, text, q, cue) is not None or phrase_source(ctx, q, cue) is not None:
            continue
        yield Hit(pointer("quotes", i, "speaker"), q.speaker, f"{q.id}'s participle cue {cue.text!r} closes the "
                  f"clause of {text[start:end]!r}, no mention: {said.text!r} is its verb's object")
