"""A title against the type of the relation it states: speaking for a body (V430), an office or a post without one
(V431), an office without a word of office (V451), and members typed leaders (V465)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import LETTER_RUNS, SPACE, DocContext, Hit, rule
from vostochny.checking.rules.relation_words import OF_BETWEEN, typed_relations
from vostochny.checking.rules.relations import fits
from vostochny.model.labels import LEADER_WORDS, RELATION_TYPES, SPOKESPERSON_WORDS
from vostochny.patterns import compiled

if TYPE_CHECKING:
    from vostochny.model.models import Mention, Relation
    from vostochny.reading.view import DocumentView

#: titles of an office, a post of a state or a body (docs/guidelines.md, Relations: OFFICIAL_OF), and of a post without
#: one (AFFILIATED_WITH: `an expert at a university`), as words of the text in lower case
_OFFICES = ("ministers?|officials?|officers?|marshals?|generals?|admirals?|adm\\.|gen\\.|colonels?|envoys?|"
            "ambassadors?|diplomats?|advis[eo]rs?|secretary|secretaries|commanders?")
_POSTS = ("professors?|lecturers?|researchers?|scholars?|fellows?|analysts?|experts?|journalists?|reporters?|"
          "correspondents?|editors?|columnists?|photographers?|writers?|employees?|engineers?|scientists?")
#: up to three words that modify a title (`defence`, `national security`, `North Korea`), none a word of grammar
_MODIFIERS = rf"(?:(?!(?:and|or|of|the|a|an|to|with|would|will|has|have|is|was|who|which|that){SPACE})" \
             rf"[^\W\d_][\w.\u2019'-]*{SPACE}+){{0,3}}"


def _title_patterns(titles: str) -> tuple[re.Pattern[str], ...]:
    """The five ways a title of `titles` joins a tail and its head: between them, the tail first (`[Korean People’s
    Army] Marshal [Ri Pyong Chol]`, `[Russia]’s defense minister [Sergei Shogu]`); in an apposition after the head,
    a preposition before the tail (`[Leif-Eric Easley], a professor at Seoul’s [Ewha University]`); in an apposition
    after the head, the tail its modifier (`[Jo Chun Yong], a [ruling party] official`, read after the tail); before
    the head, `of` after it (`Marshal [Pak Jong Chon] of the [Korean People’s Army]`); and the head's own last word,
    the tail its modifier inside it (`[[U.S.] officials]`, `[[U.S.] and South Korean officials]`). A sixth, read where
    the first fails, is the first with the head a later item of a list that a plural title heads (`[Korean People’s
    Army] Marshals Ri Pyong Chol and [Pak Jong Chon]`: the next item shares the title, docs/guidelines.md; the
    thirty-first session's sweep passed Pak as AFFILIATED_WITH)."""
    title = rf"(?:{titles})(?![\w'\u2019-])"
    return (compiled(rf"(?:['\u2019]s)?{SPACE}+{_MODIFIERS}{title}(?:{SPACE}+[A-Z][\w.\u2019'-]*){{0,3}}{SPACE}+",
                     re.IGNORECASE),
            compiled(rf",{SPACE}+(?:(?:a|an|the){SPACE}+)?{_MODIFIERS}{title}{SPACE}+(?:of|at|for|with|in){SPACE}+"
                     rf"(?:the{SPACE}+)?(?:[A-Z][\w.-]*(?:{SPACE}+[A-Z][\w.-]*){{0,2}}['\u2019]s{SPACE}+)?",
                     re.IGNORECASE),
            compiled(rf"{SPACE}+{_MODIFIERS}{title}", re.IGNORECASE),
            compiled(rf"(?<![\w'\u2019-]){title}(?:{SPACE}+[A-Z][\w.\u2019'-]*){{0,3}}{SPACE}+\Z", re.IGNORECASE),
            compiled(rf"(?:['\u2019]s)?(?:{SPACE}+(?:and|or))?{SPACE}+{_MODIFIERS}{title}", re.IGNORECASE),
            compiled(rf"(?:['\u2019]s)?{SPACE}+{_MODIFIERS}(?P<title>{titles})(?![\w'\u2019-])"
                     rf"(?:{SPACE}+(?-i:[A-Z])[\w.\u2019'-]*){{1,3}}(?:,?{SPACE}+and|,){SPACE}+", re.IGNORECASE))


#: the titles of whoever speaks for a body (`labels.SPOKESPERSON_WORDS` but `mouthpiece`, which names no person's
#: post), and `press secretary`
_SPOKES = "|".join(sorted(SPOKESPERSON_WORDS - {"mouthpiece", "mouthpieces"})) + rf"|press{SPACE}+secretary"
#: the titles of an office that heads nothing, a rank or a post under another's lead (`_OFFICES` but a minister, who
#: may head a ministry, a secretary, a general secretary of a party, and a commander, who heads a force); and a
#: marshal, a rank of a body's (`[Korean People’s Army] Marshal [Ri Pyong Chol]`) but a state's leader's style too
#: (`Marshal Kim Jong Un`, `Marshal Tito`), read of a body only
_RANKS = "officials?|officers?|generals?|admirals?|adm\\.|gen\\.|colonels?|envoys?|ambassadors?|diplomats?|advis[eo]rs?"
_OFFICE_PATTERNS, _POST_PATTERNS = _title_patterns(_OFFICES), _title_patterns(_POSTS)
_RANK_PATTERNS, _BODY_RANK_PATTERNS = _title_patterns(_RANKS), _title_patterns(_RANKS + "|marshals?")
_SPOKES_PATTERNS = _title_patterns(_SPOKES)
#: the types that a title of speaking for the tail excludes: the title says the post
_NOT_SPEAKING = frozenset({"OFFICIAL_OF", "AFFILIATED_WITH", "LEADER_OF"})
#: the type each kind of title excludes, and the type it states
_TITLE_TYPES = {"AFFILIATED_WITH": (_OFFICE_PATTERNS, "OFFICIAL_OF"),
                "OFFICIAL_OF": (_POST_PATTERNS, "AFFILIATED_WITH"),
                "NATIONALITY": (_OFFICE_PATTERNS, "OFFICIAL_OF"),
                "LEADER_OF": (_RANK_PATTERNS, "OFFICIAL_OF")}
_APPOSITION = compiled(rf",{SPACE}+(?:(?:a|an|the){SPACE}+)?\Z", re.IGNORECASE)


@rule("V430", "spokesperson-typed-otherwise", "an OFFICIAL_OF, AFFILIATED_WITH or LEADER_OF relation joins a person to "
      "the body that a title of speaking for names them the spokesperson of (`[Kremlin] spokesman [Dmitry Peskov]`)",
      "type it SPOKESPERSON_OF: the title names the post (docs/guidelines.md, Relations)")
def spokesperson_typed_otherwise(ctx: DocContext) -> Iterator[Hit]:
    """SPOKESPERSON_OF is stated by a title of speaking for a body (docs/guidelines.md, Relations: `[Kremlin]
    spokesman [Dmitry Peskov]`), and its arguments, a person and a body or state, are those of OFFICIAL_OF,
    AFFILIATED_WITH and LEADER_OF too: an attack on release 1 retyped each relation to every other type, and each of
    its seven SPOKESPERSON_OF relations passed as OFFICIAL_OF and as AFFILIATED_WITH (V361 reads the words of
    SPOKESPERSON_OF only where that is the type). The four ways of writing a title that V431 reads (`_title_patterns`)
    say for certain that the head speaks for the tail: the title right between them, the tail its modifier (`[State
    Department] spokesman [Matthew Miller]`), an apposition of the title and `for`, `of` or `at` after the head
    (`[Dmitry Peskov], a spokesman for the [Kremlin]`, `[Jeon Ha Gyu], spokesperson of South Korea's [Defense
    Ministry]`), one the tail modifies (`[Peskov], a [Kremlin] spokesman`) and the title before the head with `of`
    after it. Not judged: a title farther from its arguments, a type other than those three (`a [Russian] spokesman`:
    NATIONALITY may hold), a tail SPOKESPERSON_OF does not take (`[Russian] spokesman [X]` as OFFICIAL_OF: the rule
    advised a type V210 refuses until the thirtieth session), and a type its arguments do not fit (V210's).
    Every relation of release 1 and of the synthetic corpora so written is SPOKESPERSON_OF."""
    view, text = ctx.view, ctx.text or ""
    for i, r, head, tail in typed_relations(ctx, _NOT_SPEAKING):
        if _titled(text, head, tail, _SPOKES_PATTERNS) and fits(view, r, head, tail) \
                and _fits_as(view, "SPOKESPERSON_OF", tail):
            yield _retyped(text, i, r, head, tail, "SPOKESPERSON_OF")


@rule("V431", "office-typed-otherwise", "an AFFILIATED_WITH or NATIONALITY relation that a title of office states, "
      "or a LEADER_OF one that a rank or an office that heads nothing states (`[Korean People’s Army] Marshal [Ri "
      "Pyong Chol]`), or an OFFICIAL_OF one that a title of a post without office states (`[Leif-Eric Easley], a "
      "professor at [Ewha University]`)", "type it by the title: an office is OFFICIAL_OF, a post without one "
      "AFFILIATED_WITH (docs/guidelines.md, Relations)")
def office_typed_otherwise(ctx: DocContext) -> Iterator[Hit]:
    """OFFICIAL_OF and AFFILIATED_WITH take the same arguments, a person and a body or state, and differ by the post:
    an office (a minister, a marshal, an official, an adviser, an ambassador) is OFFICIAL_OF, a post without one (a
    professor, an expert, a journalist, an analyst) AFFILIATED_WITH (docs/guidelines.md, Relations). An attack on
    release 1 retyped each relation to every other type: 13 of its 17 OFFICIAL_OF passed as AFFILIATED_WITH and all
    9 AFFILIATED_WITH as OFFICIAL_OF, no rule reading the title. Four ways of writing a title say for certain that it
    joins the head to the tail (`_title_patterns`): between them, the tail first, up to three modifiers before the
    title (`[White House] national security adviser [Jake Sullivan]`); in an apposition after the head with a
    preposition before the tail (`[Andrei Lankov], a North Korea expert at [Kookmin University]`); in an apposition
    after the head whose title the tail modifies (`[Jo Chun Yong], a [ruling party] official`); before the head with
    `of` after it; and the head's own last word, the tail a modifier inside it (`[[U.S.] officials]`, `[[U.S.] and
    South Korean officials]`: the twenty-ninth session's attack passed 4 such retypings). Not judged: a title the
    head's own words hold before its tail (`[unspecified members] of`), a title farther off, `member` (a post with or
    without office), and a type its arguments do not fit (V210's). A
    NATIONALITY of a person whose office a title states is OFFICIAL_OF too (hard case 23: ministers and officials are
    OFFICIAL_OF their state, `[Russian] Foreign Minister [Sergei Lavrov]`; 9 of release 1's 17 OFFICIAL_OF passed as
    NATIONALITY; `[Jo Chun Yong], [a [North Korean] official]`), unless a mention of a third entity stands between the
    two (`[Russian] [Foreign Ministry] official [X]`: the office is the ministry's). A rank or an office that heads
    nothing (`_RANKS`: an official, a general, an envoy, an adviser, and a body's marshal; not a minister, a secretary
    or a commander, who may head a ministry, a party or a force, nor a state's marshal, a leader's style: `[North
    Korean] Marshal [Kim Jong Un]`) states no LEADER_OF either: 3 of release 1's 17 OFFICIAL_OF passed as LEADER_OF
    (`Korean People’s Army Marshal Ri Pyong Chol`), V361 finding a word of leading elsewhere in the sentence. Every
    relation of release 1 and of the synthetic corpora so written has the type its title states. A post that a
    nationality's adjective names (`[Russian] professor [X]` as OFFICIAL_OF) is NATIONALITY, not AFFILIATED_WITH,
    which takes no NORP: the advice is never a type V210 refuses."""
    view, text = ctx.view, ctx.text or ""
    for i, r, head, tail in typed_relations(ctx, frozenset(_TITLE_TYPES)):
        patterns, stated = _TITLE_TYPES[r.type]
        if r.type == "LEADER_OF" and view.mention_type.get(tail.id) == "ORG":
            patterns = _BODY_RANK_PATTERNS
        if not _fits_as(view, stated, tail):
            stated = "NATIONALITY"  # a post a nationality's adjective names (`[Russian] professor [X]`)
        if _titled(text, head, tail, patterns) and fits(view, r, head, tail) \
                and (r.type != "NATIONALITY" or _office_of_the_tail(view, text, head, tail)):
            yield _retyped(text, i, r, head, tail, stated)


def _fits_as(view: DocumentView, stated: str, tail: Mention) -> bool:
    """Whether the type a title states takes `tail`'s type as tail (the head, a person, fits each): `[Russian]
    spokesman [X]` names no SPOKESPERSON_OF, which takes no NORP, nor `[Russian] professor [X]` AFFILIATED_WITH (a
    post a nationality's adjective names is NATIONALITY), and no advice is a type V210 refuses."""
    return view.mention_type.get(tail.id) in RELATION_TYPES[stated]["tail"]


def _office_of_the_tail(view: DocumentView, text: str, head: Mention, tail: Mention) -> bool:
    """Whether a person's title of office is the tail's own, not a body's between them: `[Russian] Foreign Minister
    [Sergei Lavrov]` is OFFICIAL_OF (hard case 23), `[Russian] [defense ministry] official [X]` an office of the
    ministry and a NATIONALITY (no mention of a third entity may start between the two arguments, nor inside the head
    before a tail it holds: the head's own apposition may, `[Jo Chun Yong], [a [North Korean] official]`). A conjunct
    of the tail, right after it past `and`, `or` or a comma, shares the title and is no body between (`[[U.S.] and
    [South Korean] officials]`: hard case 23, OFFICIAL_OF of both; the thirty-first session's sweep passed it as
    NATIONALITY of the U.S.)."""
    order, starts, _ = view.mentions_in_order
    low, high = sorted((tail.end, head.start) if tail.end <= head.start else (head.end, tail.start)
                       if head.end <= tail.start else (tail.end, head.end))
    mentions, listed = view.doc.mentions, tail.end
    if view.mention_type.get(head.id) != "PER":
        return False
    for k in range(bisect_left(starts, low), bisect_left(starts, high)):
        m = mentions[order[k]]
        if m.entity in (head.entity, tail.entity):
            continue
        if listed <= m.start and _CONJUNCTION.fullmatch(text, listed, m.start):
            listed = m.end  # a conjunct of the tail (`[U.S.] and [South Korean] officials`)
            continue
        return False
    return True


#: what joins two conjuncts of a list: a comma, `and` or `or` (`[U.S.] and [South Korean] officials`)
_CONJUNCTION = compiled(rf"(?:,|,?{SPACE}+(?:and|or)){SPACE}+", re.IGNORECASE)


def _retyped(text: str, i: int, r: Relation, head: Mention, tail: Mention, stated: str) -> Hit:
    """The problem of relation `i`, which a title states to be of another type (`stated`)."""
    reads = text[min(head.start, tail.start):max(head.end, tail.end)]
    return Hit(pointer("relations", i, "type"), r.type,
               f"{r.id} {r.type}({head.text!r}, {tail.text!r}): the text reads {reads!r}, a title of {stated}")


def _titled(text: str, head: Mention, tail: Mention, patterns: tuple[re.Pattern[str], ...]) -> bool:
    """Whether a title of `patterns` (`_title_patterns`) joins `head` to `tail`."""
    between, apposition, after_tail, before_head, inside, listed = patterns
    if tail.end <= head.start:
        if between.fullmatch(text, tail.end, head.start):
            return True
        items = listed.fullmatch(text, tail.end, head.start)
        return items is not None and items["title"].lower().endswith("s")  # a plural title heads a list
    if head.start <= tail.start and tail.end < head.end:
        return bool(inside.fullmatch(text, tail.end, head.end))
    if head.end > tail.start:
        return False
    return bool(apposition.fullmatch(text, head.end, tail.start)) \
        or (bool(_APPOSITION.fullmatch(text, head.end, tail.start)) and after_tail.match(text, tail.end) is not None) \
        or (bool(OF_BETWEEN.fullmatch(text, head.end, tail.start))
            and before_head.search(text, max(head.start - 60, 0), head.start) is not None)


#: words of leading that modify a body, not a person (`the ruling party`, `the governing coalition`): no office (V451)
_BODY_ADJECTIVES = frozenset({"ruling", "governing"})
#: words of an office (lowercased letter runs of the text): a rank, a post of a state or a body, and a word of leading,
#: of speaking for a body or of a seat in a legislature (`labels.LEADER_WORDS`, `labels.SPOKESPERSON_WORDS`); generous
#: on purpose, a word here spares an OFFICIAL_OF. Not a post without office (a professor, a journalist: V431), a member
#: (a post with or without office), nor what names a person by no post at all (a cosmonaut, a delegation, a conqueror)
_OFFICE_WORDS: frozenset[str] = (LEADER_WORDS - _BODY_ADJECTIVES) | SPOKESPERSON_WORDS | frozenset({
    "minister", "ministers", "ministry", "official", "officials", "officer", "officers", "marshal", "marshals",
    "general", "generals", "gen", "admiral", "admirals", "adm", "colonel", "colonels", "col", "lieutenant", "lt",
    "major", "maj", "sergeant", "sgt", "capt", "brigadier", "envoy", "envoys", "ambassador", "ambassadors", "diplomat",
    "diplomats", "consul", "attache", "attaché", "delegate", "delegates", "representative", "representatives",
    "adviser", "advisers", "advisor", "advisors", "aide", "aides", "secretaries", "commanders", "deputy", "deputies",
    "vice", "personnel", "staff", "staffer", "staffers", "lawmaker", "lawmakers", "legislator", "legislators",
    "senator", "senators", "congressman", "congresswoman", "parliamentarian", "mp", "mps", "councillor", "councilor",
    "commissioner", "inspector", "prosecutor", "judge", "justice", "attorney", "spy", "spies", "agent", "agents",
    "cabinet", "office", "officeholder", "bureaucrat", "bureaucrats", "functionary", "functionaries", "cadre",
    "cadres", "appointee", "appointed", "serves", "served", "serving", "post", "posts", "administration",
})
#: how many words before the first argument and after the last one V451 reads besides the words between them (`Foreign
#: Minister [Sergei Lavrov] of [Russia]`, `[Sergei Shoigu], [Russia]'s defence minister`)
_OFFICE_REACH = (3, 4)


@rule("V451", "office-without-a-word-of-office", "an OFFICIAL_OF relation's arguments and the few words around and "
      "between them hold no word of an office (minister, official, marshal, adviser, ambassador, personnel, ...)",
      "type it by the words that join the two (AFFILIATED_WITH for a post without office, NATIONALITY for a "
      "nationality, TRAVELS_TO for a journey), or drop the relation (docs/guidelines.md, Relations)")
def office_without_a_word_of_office(ctx: DocContext) -> Iterator[Hit]:
    """OFFICIAL_OF joins a person to the state or body whose office they hold, and the office is written beside them
    (docs/guidelines.md, Relations): a title between the tail and the head (`[Korean People’s Army] Marshal [Ri Pyong
    Chol]`), an apposition (`[Sergei Shoigu], the defence minister for [Moscow]`, `[Shoigu], [Russia]'s defence
    minister`), a title before the head and `of` after it (`Foreign Minister [Sergei Lavrov] of [Russia]`), or the
    head's own words (`[[U.S.] officials]`, `[senior military personnel] from [North Korea]`). The thirty-first
    session's sweep retyped each relation to every other type, and OFFICIAL_OF passed where no office is written at
    all: `[a [North Korean] cosmonaut]` and `[a [Russian] delegation]` (NATIONALITY), `[Leif-Eric Easley], professor
    of international studies at [Ewha Womans University]` and `[Associated Press] journalists Hyung-jin Kim ...;
    [Mari Yamaguchi]` (AFFILIATED_WITH, a post without office farther than V431 reads it), `[unspecified members] of
    the country's ruling party, government and [military]` (`member` says no office), `[Kim] now planned to visit ...
    in [Vladivostok]` (a journey). Read: the words (letter runs of the raw text) of the head, of the stretch between
    the two, and of up to `_OFFICE_REACH` words before the first and after the last, in their sentence; a word
    of `_OFFICE_WORDS` there spares the relation (generous: the word is not checked to be the head's office). The
    tail's own words are not read: they name the body (`the country's [ruling party]` is no office of its members). Not
    judged: arguments in two sentences (V217's), a type the arguments do not fit (V210's), and a relation whose title
    V431 reads as a post without office (its hit says more). Every OFFICIAL_OF of release 1 and of the synthetic
    corpora has its word of office within that reach."""
    view, text = ctx.view, ctx.text or ""
    sentence, sentences = view.mention_sentence, view.doc.sentences
    before, after = _OFFICE_REACH
    for i, r, head, tail in typed_relations(ctx, frozenset({"OFFICIAL_OF"})):
        k = sentence.get(head.id, -1)
        if k != sentence.get(tail.id, -2) or not 0 <= k < len(sentences) or not fits(view, r, head, tail):
            continue  # V217's, V214's, V210's
        start, end = min(head.start, tail.start), max(head.end, tail.end)
        bounds = sentences[k]
        words = [w.lower() for w in LETTER_RUNS.findall(text, bounds.start, start)[-before:]]
        words += [w.lower() for a, b in ((start, tail.start), (tail.end, end)) if a < b
                  for w in LETTER_RUNS.findall(text, a, b)]  # the tail's own words name the body, not an office
        words += [w.lower() for w in LETTER_RUNS.findall(text, end, max(end, bounds.end))[:after]]
        if _OFFICE_WORDS.isdisjoint(words) and not _titled(text, head, tail, _POST_PATTERNS):
            reads = text[start:end]
            yield Hit(pointer("relations", i, "type"), r.type,
                      f"{r.id} OFFICIAL_OF({head.text!r}, {tail.text!r}): {reads!r} and the words around it name no "
                      "office")


#: the nouns that name a person a member of a body, ending the head's words (`[unspecified members]`): no leader
_MEMBER_END = compiled(r"(?<![\w-])members?\Z", re.IGNORECASE)


@rule("V465", "member-typed-leader", "a LEADER_OF relation's head is named a member of the body (`[unspecified "
      "members] of the country's ruling party`)", "a member is not a leader: AFFILIATED_WITH, or OFFICIAL_OF where an "
      "office is written (docs/guidelines.md, Relations)")
def member_typed_leader(ctx: DocContext) -> Iterator[Hit]:
    """LEADER_OF joins a person to the body or state they head (docs/guidelines.md, Relations), and a mention whose
    own words end on `member` or `members` (`[unspecified members] of the country's ruling party`, `[two members] of
    the board`) names the people among the body's members, not at its head: a member leads nothing by being one. V361
    finds a word of leading anywhere in the sentence (`ruling`, `leader` of another person), so the thirty-first
    session's retyping sweep passed `[unspecified members]` of North Korea's ruling party as LEADER_OF. Read: the
    head's own words, whatever the sentence holds (`a [senior member] of the ruling party`, `[the leading members]`
    too). Not judged: a pronoun or a name for the members (`[they]`), a type the arguments do not fit (V210's)."""
    text, view = ctx.text or "", ctx.view
    for i, r, head, tail in typed_relations(ctx, frozenset({"LEADER_OF"})):
        if _MEMBER_END.search(text, head.start, head.end) and fits(view, r, head, tail):
            yield Hit(pointer("relations", i, "type"), r.type,
                      f"{r.id} LEADER_OF({head.text!r}, {tail.text!r}): {head.text!r} names members, not a leader")
