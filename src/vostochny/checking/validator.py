"""Validate a corpus: load each document, run every rule, collect every problem.

Documents are streamed one at a time (nothing holds the corpus), and the corpus-level rules
see only small per-document summaries. A problem is reported once, at its cause: a document
that did not load is "not checked", never "missing"; a changed raw file is reported before,
and instead of, the span texts that follow from it. Never imports `datasets` or `pyarrow`; a valid
corpus is read through the `msgspec` mirrors of the models alone (`vostochny.reading.fastpath`) and
never imports pydantic either: a file a mirror refuses is read again through the models, which
locate its problems.
"""

from __future__ import annotations

import bisect
import copy
import functools
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

from vostochny.checking.linking import Nominals, NominalsPool, PackedNominals, nominals
from vostochny.checking.problems import Problem, problem
from vostochny.checking.rules import (
    RULES,
    CorpusContext,
    DocContext,
    Hit,
    Said,
    TextHashes,
    quotes_said,
    raw_checksum,
    text_hashes,
)
from vostochny.checking.rules.containment import Contained, contained, on_cycles
from vostochny.checking.rules.metonyms import Metonym, metonyms
from vostochny.checking.rules.raw_texts import not_annotated
from vostochny.checking.rules.registry_index import index_of
from vostochny.checking.rules.tokenizer import ADDED_START
from vostochny.reading import loader
from vostochny.reading.annotated import read_annotated
from vostochny.reading.collector import collector_settled
from vostochny.reading.corpus import (
    AGREEMENT_FILE,
    QUOTE_LINKS_FILE,
    REGISTRY_FILE,
    RELEASE_FILE,
    RELEASE_FOLDER,
    SPLITS_FILE,
    Corpus,
    corpus_file_names,
    document_files,
    open_corpus,
    raw_ids,
    resolve,
    unread_entries,
)
from vostochny.reading.evidence import read_evidence
from vostochny.reading.figures import FiguresError, agreement
from vostochny.reading.files import MAX_ANNOTATION_BYTES, MAX_RAW_BYTES, present
from vostochny.reading.history import NO_GIT, NOT_A_REPO, History, Lookup, checkout_attributes, unstaged_files
from vostochny.reading.view import DocumentView

if TYPE_CHECKING:
    from vostochny.model.models import Document, QuoteLinks, Registry, Splits
    from vostochny.model.release import ReleaseManifest
    from vostochny.reading.annotated import Annotated

#: codes that explain others, most basic first: a file's problems are reported in this order
CAUSE_ORDER = (("V0", "V1"), ("V203", "V204"), ("V205", "V206", "V213", "V216"))
#: codes of problems that keep a file from being checked: no filter removes them
ALWAYS_REPORTED = ("V0", "V1")
#: a rule, the layer its hits must point into ("": any), and the rules whose hits follow from such a hit: they
#: are folded into the first of them. In this order, so that what a fold took travels with its cause: a span
#: outside the text (V201) breaks its layer's own checks; a token layer off the text (V213), the sentence and
#: span checks on it; an edited raw text (V203), every span and token check (with what V213 took)
FOLDED = (
    ("V201", "/tokens/", ("V212", "V213", "V214", "V228")),
    # (a sentence past the text: which sentence a quote touches, as V214's, is moot)
    ("V201", "/sentences/", ("V214", "V266", "V283", "V404", "V407", "V425", "V478", "V479")),
    # (a zone layer off its text or cut inside a line: which zone a relation's arguments lie in, V420's, is moot)
    ("V201", "/zones/", ("V220", "V228", "V232", "V233", "V250", "V266", "V270", "V275", "V276", "V277", "V278",
                         "V282", "V378", "V420", "V433", "V444", "V445", "V446")),
    ("V202", "/zones/", ("V228", "V232", "V233", "V250", "V266", "V276", "V277", "V278", "V282", "V420", "V433", "V444",
                         "V445", "V446")),
    ("V212", "/zones/", ("V228", "V250", "V266", "V420", "V433")),
    # a zone cut inside a line: the mention over its new edge is cut by that alone (and a zone over a blank line or
    # part of a line: whether one holds two lines that end sentences is the same edges moved)
    ("V250", "/zones/", ("V232", "V233", "V247", "V266", "V270", "V275", "V276", "V277", "V278", "V282", "V378",
                         "V420", "V433", "V444", "V445", "V446")),
    # zones that overlap or run out of order: which lines one zone holds is moot
    ("V220", "/zones/", ("V433",)),
    # a credit labelled boilerplate holds its places' relations; a dateline labelled body reads as a heading; a
    # dateline's day is V231's once it is labelled so (until then, a day the text writes nowhere else); the outlet's
    # furniture above the headline labelled body (`ADVERTISEMENT`) puts the headline after a body zone (V265)
    ("V282", "/zones/", ("V231", "V232", "V233", "V265", "V270", "V276", "V277", "V444", "V445")),
    # a paragraph labelled a byline or dateline is read as a credit: what the meta says of credits is moot
    ("V278", "/zones/", ("V232", "V233", "V444", "V445")),
    # a heading or boilerplate labelled a byline, dateline or heading it is not (the headline among them): that the
    # meta's title or credits are then not shown is the same label
    *((cause, "/zones/", ("V232", "V233")) for cause in ("V444", "V445", "V446")),
    ("V378", "/zones/", ("V275",)),  # a paragraph of reporting labelled boilerplate, refused: no warning of it too
    # a heading labelled headline that is none, or a second one, is no title the meta could miss
    ("V265", "/zones/", ("V233",)),
    ("V277", "/zones/", ("V233",)),
    ("V201", "/quotes/", ("V239", "V246", "V247", "V251", "V252", "V262", "V263", "V264", "V272", "V273", "V274",
                          "V349", "V363", "V364", "V365", "V380", "V381", "V386", "V387", "V395", "V402")),
    ("V202", "/quotes/", ("V251", "V252", "V272", "V273", "V274", "V349", "V363", "V364", "V365", "V380", "V381",
                          "V386", "V387", "V395", "V402")),
    ("V212", "/quotes/", ("V251", "V252", "V349", "V363", "V365", "V380", "V386", "V387", "V395", "V402")),
    # a content edge inside a mention: the words or marks at the edge are moot
    ("V349", "/quotes/", ("V386", "V387", "V395")),
    ("V386", "/quotes/", ("V387", "V395")),  # a quoted passage cut inside: the word left at its edge follows
    ("V387", "/quotes/", ("V395",)),  # a reported clause cut: that its phrase is cut too is the same edit
    # a direct quote left out, or one whose cue or speaker its attribution shows left out: that its verb or word of
    # saying stands in a sentence with no quote is the same omission (a sentence with no quote that holds both a verb
    # of saying and a word of reporting, `officials said and warned that ...`, is V404's alone: V407 leaves it)
    *((cause, "/quotes", ("V404", "V407", "V425")) for cause in ("V382", "V272", "V273")),
    # (a mention past the text: the mentions it crosses and the sentence its relations' other end is in, too)
    ("V201", "/mentions/", ("V211", "V217", "V245", "V246", "V247", "V248", "V253", "V254", "V264", "V270", "V271",
                            "V273", "V275", "V281", "V344", "V345", "V349", "V354", "V361", "V363", "V364", "V367",
                            "V384", "V385", "V390")),
    # a mention cut wrong (over a zone's edge, off its tokens) is what a quote's edge or cue falls inside, and leaves
    # its name's or pronoun's words bare
    ("V212", "/mentions/", ("V344", "V349", "V354", "V363", "V367", "V384", "V385")),
    ("V344", "/mentions/", ("V354",)),  # a word inside a name is no nominal to hold to its determiner
    # a nominal cut back to its article: the article no longer held, a nominal inside reads it as its own determiner
    ("V345", "/mentions/", ("V354",)),
    ("V247", "/mentions/", ("V344", "V349")),  # a mention over a zone's edge takes in the mentions past it
    # mentions that cross: the edges they were cut to (a comma, a quote's edge or cue inside) and the head noun read
    # (a weapon's, or one of another type than its entity's: `[for military]` read as naming an ORG), and the words at
    # its edges (`[And our]` opens on `And`)
    ("V211", "/mentions/", ("V247", "V345", "V349", "V363", "V390", "V403", "V413", "V414", "V415", "V416", "V417",
                            "V418")),
    # a quote cut through another's: its cue, mentions and edges are moot, and the speakers its words now cover
    ("V226", "/quotes/", ("V262", "V274", "V346", "V348", "V349", "V386", "V387", "V395", "V402", "V437")),
    # a quote that shares another's cue, or reported speech with none, is no quote as it stands: its edges are moot
    *((cause, "/quotes/", ("V386", "V387", "V395", "V402")) for cause in ("V346", "V348")),
    ("V363", "/quotes/", ("V402",)),  # a cue over a mention: the word before it is no subject of a word of saying
    # a quote of the wrong kind for its marks: a direct one may stand without a cue, and its edges are read by kind
    *((cause, "/quotes/", ("V348", "V386", "V387", "V395")) for cause in ("V252", "V274")),
    # a content of no word, a quote in furniture, fragments out of order or one far from the rest: its marks, its
    # kind and its clause's edges are moot (and a content of no word holds no relation it held: that a `reported` one
    # is in no quote follows)
    ("V237", "/quotes/", ("V252", "V410", "V425")),
    ("V262", "/quotes/", ("V252", "V386", "V387", "V395")),
    ("V239", "/quotes/", ("V386", "V387")),
    ("V263", "/quotes/", ("V252", "V365", "V386", "V387", "V395")),
    ("V251", "/quotes/", ("V365",)),  # a content over its sentence's comma: the word after the comma is the clause's
    # a mention of no word is all edge, and the name or pronoun it was moved off is left bare
    ("V237", "/mentions/", ("V345", "V367", "V384")),
    # a mention widened over a comma: the quote edge, the pronoun's word or the head noun it takes in are read wrong
    # for that alone (and one cut to its article, `[the] country’s Pacific Fleet`: its relation's words, V398's, too)
    ("V345", "/mentions/", ("V227", "V349", "V390", "V398")),
    # a nominal called a name: its article is the edge a name may not have, a mention inside it lies inside a name,
    # and its words where the text repeats them are a name left unannotated
    ("V254", "/mentions/", ("V344", "V345", "V367")),
    # a name called a nominal: the article a name keeps outside, and its words in no name mention, follow
    ("V253", "/mentions/", ("V354", "V367")),
    ("V227", "/mentions/", ("V367",)),  # a name called a pronoun: its words are in no name mention for that alone
    # an entity linked to the wrong record: its name contradicts the link, and its nominals name the right record too
    ("V255", "/entities/", ("V376",)),
    ("V400", "/mentions/", ("V255",)),  # a pronoun marked metonymic (`us`) is no name of its own record to contradict
    # an event typed on a title: that a meeting has no word of its own, runs backwards, or is asserted inside a
    # source's words, follows from the type
    ("V399", "/relations/", ("V238", "V361", "V383")),
    # an office without its word stated between a traveller and a place: that a verb of travel joins them follows
    ("V361", "/relations/", ("V398",)),
    ("V223", "/relations/", ("V368",)),  # a relation stated twice: what its second copy's words say is moot
    # an entity typed against its nominals' heads, or a nominal moved to another chain: the relations, quotes and
    # metonymy of its entity read the wrong type, the chain it left may be empty, and the pronouns near it and the
    # heads of its new chain read a mention that is not theirs
    ("V403", "/mentions/", ("V210", "V218", "V219", "V222", "V244", "V245", "V258", "V361", "V375", "V390")),
    # a group typed against the type its members share: its relations, quotes, pronouns (`we` of a set of places) and
    # chain read the wrong type
    ("V439", "/mentions/", ("V210", "V218", "V219", "V222", "V244", "V256", "V258", "V361", "V375", "V390", "V403",
                            "V405")),
    # a nominal whose words name a record of another entity, or two conjuncts merged into one entity: that one of
    # them is of another type than its entity is the same mistake, said less precisely
    *((cause, "/mentions/", ("V403",)) for cause in ("V376", "V377")),
    ("V224", "/mentions/", ("V403", "V405", "V406")),  # a mention copied onto another entity: its head is that
    # entity's by the copy
    # two chains merged into one: a mention of one inside a mention of the other is of its own entity by the merge, a
    # relation of each to one referent is the same relation twice, and a place inside the other is inside itself;
    # a coordination of records' names linked to one of them (V256), conjuncts of one entity (V377) or a nominal
    # naming another record (V376) say the merge more precisely
    ("V405", "/mentions/", ("V223", "V245", "V258")),
    ("V406", "/mentions/", ("V223", "V245", "V258", "V405")),  # a group of cities merged into a country: their kinds
    # say it before their number
    *((cause, "/mentions/", ("V405", "V406")) for cause in ("V256", "V376", "V377")),
    # a nominal cut off its head noun: its chain read by the word it ends on (`[his top military]` beside `[The
    # officials]`: one referent and several) is the same cut
    *((cause, "/mentions/", ("V405", "V406")) for cause in ("V416", "V417", "V418")),
    # a speaker who is the one told, or a body in the title of the person who speaks: not the cue's subject either;
    # and a speaker who is not the cue's subject: what type that person's or state's words would have is moot
    ("V364", "/quotes/", ("V401", "V402")),
    ("V402", "/quotes/", ("V401",)),
    # a speaker who is not the cue's subject or the source it names: whether a relation of the words is asserted by
    # that speaker (V370 reads a relation between the speaker and a mention of the content) is moot
    *((cause, "/quotes/", ("V370",)) for cause in ("V402", "V449", "V450")),
    # a mention widened over a comma or crossing another: the word before a cue it now ends on is no subject
    *((cause, "/mentions/", ("V402",)) for cause in ("V201", "V202", "V211", "V212", "V237", "V247", "V345")),
    ("V202", "/mentions/", ("V227", "V247", "V248", "V253", "V254", "V271", "V281", "V345", "V349", "V354", "V367",
                            "V384", "V385", "V390")),
    # a name whose span crosses a word, a sentence, a zone or another mention, holds its possessive or its entity's
    # other mention, is written in lower case, or is a pronoun or no word marked name, is no name of its record for
    # that reason alone
    *((cause, "/mentions/", ("V281",)) for cause in ("V211", "V212", "V227", "V237", "V240", "V245", "V247", "V248",
                                                     "V254", "V345")),
    # a token whose text is not the raw text's (a NUL typed in, `\x00It`): the word a quote's clause opens on is read
    # from it
    ("V202", "/tokens/", ("V387",)),
    # an entity split in two that link one record: the pronouns of one half lie far from the other half's mentions,
    # and the words that state a relation of it (a title beside its name) stand in the other half's sentences
    ("V225", "/entities/", ("V361", "V375")),
    # (and a sentence no quote touches, read by bisecting sentence starts no longer in order: whether a verb or word
    # of saying stands in one is moot until the layer tiles)
    ("V214", "", ("V217", "V223", "V246", "V263", "V266", "V272", "V273", "V283", "V365", "V404", "V407", "V410",
                  "V422", "V423", "V425", "V478", "V479")),
    ("V266", "/sentences/", ("V283",)),  # a sentence over two zones is two joined by hand: split it again
    # a relation over two sentences points at mentions to be picked again (and a containment of a state in a city
    # across them, V475, is one of those mentions mis-picked)
    ("V217", "/relations/", ("V370", "V475")),
    # a boundary moved uncounted: judged again, with what lies over it (over a start added: `FOLDED_OVER_CUTS`)
    ("V283", "/sentences/", ("V478", "V479")),
    # (and a direct quote's content edges, read on tokens that are not the text's)
    ("V213", "", ("V212", "V214", "V251", "V283", "V410", "V422", "V423", "V478", "V479")),
    # a record given another's id: the references to the id it had dangle, and no reference resolves until ids are one
    # a record each (a relation's end names either of two mentions: which sentence it lies in is moot; a mention's
    # entity, which type it is of; a quote's speaker, which sentence it stands in)
    ("V206", "", ("V207", "V209", "V217", "V246", "V403", "V405", "V406", "V432")),
    ("V268", "/tokens/", ("V267", "V283")),
    ("V452", "/tokens/", ("V267", "V283")),  # a split inside a character: V267 counts it as one more token
    ("V279", "/tokens/", ("V267", "V283")),
    ("V267", "/tokens/", ("V283",)),  # a token merged with its period moves the sentences the splitter makes
    # a quote or a mention off its text: whether a speaker's relation holds what the quote says is moot
    *((cause, layer, ("V370",)) for cause in ("V201", "V202") for layer in ("/quotes/", "/mentions/")),
    ("V203", "", ("V201", "V202", "V213", "V267", "V283")),
    # a text without a word shows no title, date or outlet, and its zones hold no sentence
    ("V347", "/length", ("V229", "V231", "V232", "V233", "V270", "V276", "V282")),
    # a raw text changed under its annotations (emptied, cut short, a letter or its line breaks changed): that it holds
    # no word, that a relation's sentence lacks the words that state it or its factuality, that a verb or word of
    # saying stands in a sentence with no quote, or that a direct quote's content lacks its marks, is read from the new
    # text, not the one annotated (after V347's own fold, which travels with it)
    ("V203", "", ("V252", "V347", "V361", "V383", "V404", "V407", "V410", "V411", "V412", "V422", "V423",
                  "V425", "V451")),
    # tokens in no zone (a zone dropped): the zone that shared a line with the dropped one is part of a line for that
    # alone (after V250's own fold, which travels with it)
    ("V228", "/tokens/", ("V250",)),
    # a transfer retyped against the verb or the preposition that states its side: that its item is left with parties
    # of one side is the same wrong type
    ("V360", "/relations/", ("V411",)),
    ("V397", "/relations/", ("V411",)),
    ("V424", "/relations/", ("V411",)),
)


#: a rule and the rules whose hits on the very item it points at (`/mentions/4`, `/relations/32`, whatever field of
#: it) follow from its hit there: folded into that hit, and those on other items kept (`FOLDED` folds a document's)
FOLDED_ON_ITEM = (
    # a quote's cue or content past the text: that the cue then runs over the content is read of offsets that are not
    # the text's (a cue's end past the text drew V226 beside V201: the thirty-sixth session's second read)
    ("V201", ("V226",)),
    # a separator labelled the headline after the body: that it holds no word is the same label
    ("V265", ("V446",)),
    # a body paragraph run on over the subheading after it: that the zone ends no sentence (the subheading's line) is
    # the same merge (thirty-second session: the bad input drew the V276 warning beside V433)
    ("V433", ("V276",)),
    # a mention whose edge is off its tokens (`he` cut to `h`): its words are read as cut, and its kind with them
    ("V212", ("V227",)),
    # a relation whose type excludes another's between the same entities in one sentence (LEADER_OF copied beside
    # OFFICIAL_OF): that its sentence has no word of the type is the same wrong type
    # (and that a preposition of its sentence names the other party, `weapons to Ukraine` typed SUPPLIES, or that its
    # title states the other type, `Navy Adm. Kim Myong Sik` copied as LEADER_OF beside OFFICIAL_OF)
    ("V259", ("V361", "V397", "V431", "V451")),
    # a relation stated twice: whether its second copy's factuality is what the quote around it or its sentence's words
    # give is moot (the copy goes; the first one's is judged on its own item: a MEETS copied reversed has no `to` after
    # its new head, `[Kim Jong Un] to meet [Putin]`)
    ("V223", ("V260", "V370", "V410", "V422", "V423")),
    # a mention copied onto another entity's: its metonymy mark and its distance from its entity's other mentions are
    # the copy's, read against an entity that is not its own
    ("V224", ("V244", "V375")),
    # a mention inside another of its own entity, or one of no word: a mention that should not be there, whose
    # place inside a name and whose kind for its word are moot
    ("V245", ("V253", "V344")),
    ("V237", ("V344",)),
    # a quote copied over another of its speaker and cue: the copy goes, and its content's edges with it
    ("V226", ("V251",)),
    # a spokesperson typed LEADER_OF: that its sentence has no word of leading is the same wrong type, said less
    # precisely
    ("V430", ("V361",)),
    # a rank typed LEADER_OF (`[Korean People’s Army] Marshal [Ri Pyong Chol]`): likewise; and a body's place typed
    # otherwise (`Russia's [Pacific fleet] in [Vladivostok]` as TRAVELS_TO or NATIONALITY): that its sentence has no
    # word of a journey, that a title joins the fleet to Russia, or that the journey is asserted inside a source's words
    # or planned, is read of a relation the text does not state
    ("V431", ("V361",)),
    ("V435", ("V361", "V419", "V383", "V368", "V463")),
    # a member typed LEADER_OF (`[unspecified members]`): that its sentence has no word of leading is the same wrong
    # type; and a coordination typed LEADER_OF's sibling, two states listed side by side as one in the other: that both
    # are states is the same wrong type
    ("V465", ("V361",)),
    ("V441", ("V464",)),
    # a relation a title, a place modifier or a modal gives its factuality: that its sentence lacks a hedge or a word
    # of saying is the same wrong label
    ("V362", ("V410",)),
    ("V412", ("V410",)),
    ("V368", ("V410",)),
    # a name in lower case only is a nominal miskinded: that it begins with a word in lower case is the same kind
    ("V254", ("V413",)),
    # a name run over its title or cut short that its record does not know: V281 says so first
    ("V281", ("V413", "V415")),
    # a mention over a zone's edge (or a sentence's) takes the next one's words and marks: its edges are that
    *((cause, ("V413", "V414", "V415")) for cause in ("V247", "V240")),
    # a nominal whose edge is a word no noun phrase ends or begins with, or that cuts a unit: that its last word is
    # a premodifier cut off its noun is the same edge moved
    *((cause, ("V416", "V417", "V418")) for cause in ("V345", "V413", "V414", "V415", "V247", "V240")),
    # a nominal cut off its head noun is read by the word it ends on: that its words name another record (`[the North
    # Korean]` of a PER) or another weapon class (`[the artillery]` beside `[the shells]`) is the same cut
    *((cause, ("V376", "V390", "V403")) for cause in ("V416", "V417", "V418")),
    # an argument the words do not name (a title's third mention, the reporter of a clause): that it joins a quote's
    # speaker to its content, and so is no `asserted` relation, follows from the wrong argument
    ("V419", ("V370",)),
    ("V421", ("V370",)),
    # a traveller that is the party met (`before an expected meeting with [Vladimir Putin]`): that a plan stands
    # between it and the place, leaving the journey no `asserted`, is read of a journey the text does not state
    ("V473", ("V368",)),
    # arguments in two zones, across a semicolon or one inside the other: that a title joins one to a third mention,
    # or that the head reports a clause, is read between arguments no clause joins
    ("V420", ("V419", "V421")),
    # a journey, meeting or transfer on two mentions a title joins (`[Russia]'s [launch site]`) is a wrong type: that
    # one lies inside the other is the same title read (after V420's own fold, which travels with it), and that a plan
    # in its sentence leaves the event no `asserted` (V368) is read of an event the text does not state
    ("V399", ("V420", "V368")),
    # a title's relation whose sentence has no word of its type, or that a verb of travel states (`[Kim] arrived in
    # [Russia]` as LEADER_OF): a wrong type, whose title's third mention, or as OFFICIAL_OF its missing word of office,
    # is moot; a journey typed MEETS (`[Vladivostok],
    # where [Putin] arrived`): that it runs backwards, or that a plan of its sentence leaves it no `asserted`, is read
    # of a meeting the text does not state; and a journey or a meeting without its word, that it is asserted inside a
    # source's words (`They say ... [its aging air force]` typed TRAVELS_TO), of an event the text does not state
    ("V361", ("V419", "V383")),
    ("V398", ("V419", "V238", "V368", "V451")),
    # a speaker that is no person, body or state, the one told or a body in the speaker's title, or far from the
    # content: that it lies outside the cue's sentence is the same mis-picked mention (a cue far from the content
    # takes its sentence away from the speaker's)
    *((cause, ("V432",)) for cause in ("V218", "V364", "V246")),
    # a containment against a possessive, an address or a state's `in`, against another containment of the two, or with
    # an argument of a type it does not take (reversed, the city holds the factory): that its `in` or `of` says so too
    # is the same reversal
    *((cause, ("V434",)) for cause in ("V271", "V258", "V210")),
    # a speaker of no speaker type, the one told, a body in the speaker's title, another entity than the cue's
    # subject, or one far from the content or outside the cue's sentence: that it is a word of another report is the
    # same mis-picked mention; and a cue moved off its word of saying (onto no such word, a mention, the speaker or
    # another quote's cue) out of the report that holds its speaker: the speaker is where it was
    *((cause, ("V437",)) for cause in ("V218", "V364", "V402", "V246", "V432", "V380", "V363", "V264", "V346")),
    # a cue moved off its word of saying (onto no such word, a mention, the speaker or another quote's cue): the phrase
    # after it names no source and opens no other phrase of the speech act
    *((cause, ("V449", "V450")) for cause in ("V380", "V363", "V264", "V346")),
)


def fold_on_items(found: dict[str, list[Problem]]) -> None:
    """Fold each consequence of `FOLDED_ON_ITEM` into its cause's problem on the same item (`_item`), in place; a
    code whose problems are all folded leaves `found` (as `FOLDED`'s do), and one it did not hold is not added."""
    for cause, consequences in FOLDED_ON_ITEM:
        at = {_item(p.pointer): p for p in found.get(cause, ())}
        if at:
            _fold_where(found, consequences, functools.partial(_on_item, at))


def _on_item(at: dict[str, Problem], p: Problem) -> Problem | None:
    """The problem of `at` (an item -> a cause's problem on it) on `p`'s item, or None."""
    return at.get(_item(p.pointer))


def _cut_after(p: Problem) -> int | None:
    """The sentence V478's hit on `/sentences/K` starts by a cut (K + 1: sentences K and K + 1 are one)."""
    parts = p.pointer.split("/")
    return int(parts[2]) + 1 if parts[1:2] == ["sentences"] and parts[2:3] and parts[2].isdigit() else None


def _start_added(p: Problem) -> int | None:
    """The sentence V283's hit on `/sentences/K` starts where the splitter starts none (K), or None for its other
    hits (a start removed, reported on the sentence that holds it; a count): only an added start cuts a sentence."""
    parts = p.pointer.split("/")  # (the detail opens on what V283 says: the text it quotes after may hold anything)
    detail = p.message.partition(": ")[2]  # (V283's catalogue message holds no `: `)
    added = parts[1:2] == ["sentences"] and parts[2:3] and parts[2].isdigit() and detail.startswith(ADDED_START)
    return int(parts[2]) if added else None


#: a rule whose hit cuts a sentence in two, the sentence that cut starts (from the hit), and the rules whose hits
#: lie over such cuts alone (a relation's arguments either side of one, a mention or cue over one): folded into the
#: cut's hit, and those over any other boundary kept (a second, unrelated relation across sentences is its own error:
#: the thirty-sixth session's second read found V478, and then V283, folding every V217 and V240 of their document)
FOLDED_OVER_CUTS: tuple[tuple[str, Callable[[Problem], int | None], tuple[str, ...]], ...] = (
    ("V478", _cut_after, ("V217", "V240")),
    ("V283", _start_added, ("V217", "V240")),
)


def fold_over_cuts(view: DocumentView, found: dict[str, list[Problem]]) -> None:
    """Fold each consequence of `FOLDED_OVER_CUTS` whose every sentence boundary crossed (`_crossed`) is a cut its
    cause's problems make, into the problem of the first of them, in place (as `fold_on_items`)."""
    for cause, cut_of, consequences in FOLDED_OVER_CUTS:
        cuts = {k: p for p in found.get(cause, ()) if (k := cut_of(p)) is not None}
        if cuts:
            _fold_where(found, consequences, functools.partial(_over_cuts, view, cuts))


def _over_cuts(view: DocumentView, cuts: dict[int, Problem], p: Problem) -> Problem | None:
    """The problem of the first of `cuts` (a sentence's index -> the problem that cuts before it) that `p`'s item lies
    over, where it lies over no other sentence boundary (`_crossed`), or None."""
    crossed = _crossed(view, p)
    return cuts[min(crossed)] if crossed and crossed <= cuts.keys() else None


def _crossed(view: DocumentView, p: Problem) -> set[int]:
    """The indices of the sentences whose start a problem's item lies over: a relation's (`/relations/I`) from its
    first argument's sentence to its last's, another item's from its value's span (`[start, end]`)."""
    parts = p.pointer.split("/")
    if parts[1] == "relations":
        r = view.doc.relations[int(parts[2])]
        at = sorted(view.mention_sentence.get(m, -1) for m in (r.head, r.tail))
        return set(range(at[0] + 1, at[1] + 1)) if at[0] >= 0 else set()
    if not (isinstance(p.value, list) and len(p.value) == 2 and all(isinstance(x, int) for x in p.value)):
        return set()
    starts = view.sentence_starts
    return set(range(bisect.bisect_right(starts, p.value[0]), bisect.bisect_left(starts, p.value[1])))


def _fold_where(found: dict[str, list[Problem]], consequences: Iterable[str],
                owner: Callable[[Problem], Problem | None]) -> None:
    """Fold each problem of `consequences` into its `owner`'s (None: kept), in place; a code whose problems are all
    folded leaves `found`."""
    for code in [c for c in consequences if c in found]:
        kept = []
        for p in found[code]:
            cause = owner(p)
            if cause is None:
                kept.append(p)
            else:
                fold_into(cause, [p])
        if kept:
            found[code] = kept
        else:
            del found[code]


def _item(pointer: str) -> str:
    """The item a pointer is into: its layer and index (`/mentions/4/kind` -> `/mentions/4`)."""
    return "/".join(pointer.split("/", 3)[:3])


def cause_rank(code: str) -> int:
    """How basic a problem is: 0 for the file and its structure, then raw text, then layers."""
    return next((rank for rank, prefixes in enumerate(CAUSE_ORDER) if code.startswith(prefixes)), len(CAUSE_ORDER))


class Limits:
    """Hard caps on what is read: bytes of an annotation file and of a raw text. (This and the other records of this
    module are plain classes: a dataclass `exec`s its methods' source at every start of `validate`.)"""

    __slots__ = ("max_bytes", "max_raw_bytes")

    def __init__(self, max_bytes: int = MAX_ANNOTATION_BYTES, max_raw_bytes: int = MAX_RAW_BYTES) -> None:
        self.max_bytes: Final = max_bytes
        self.max_raw_bytes: Final = max_raw_bytes


#: the caps a caller that gives none reads under
NO_LIMITS_GIVEN = Limits()


class Report:
    """The outcome of a validation run: the problems, what was checked, and what could not be."""

    __slots__ = ("corpora", "documents", "files", "notes", "problems")

    def __init__(self, problems: list[Problem] | None = None, documents: int = 0, files: int = 0,
                 corpora: list[Path] | None = None, notes: list[str] | None = None) -> None:
        self.problems: list[Problem] = [] if problems is None else problems
        self.documents = documents
        self.files = files
        self.corpora: list[Path] = [] if corpora is None else corpora
        self.notes: list[str] = [] if notes is None else notes

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        return not self.errors

    def only(self, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> Report:
        """The report narrowed to codes starting with a `select` prefix and none of `ignore`'s.
        Problems that kept a file from being checked at all (V0xx, V1xx) always stay: a filter
        must never turn "not checked" into "clean". A cause that is filtered out gives its place
        to the problems folded into it."""
        chosen, dropped = tuple(select), tuple(ignore)
        kept: list[Problem] = []

        def visit(p: Problem) -> None:
            if p.code.startswith(ALWAYS_REPORTED) or (
                    (not chosen or p.code.startswith(chosen)) and not (dropped and p.code.startswith(dropped))):
                kept.append(p)
            else:
                for consequence in p.folded:
                    visit(consequence)

        for p in self.problems:
            visit(p)
        return Report(kept, self.documents, self.files, self.corpora, self.notes)


def label_of(path: Path) -> str:
    """The file name users see: relative to the working directory where possible."""
    try:
        return os.path.relpath(path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(path)


#: the code and check of every document rule, in `RULES`' order: read once, not filtered from every rule per document
_DOCUMENT_RULES = tuple((r.code, r.check) for r in RULES if r.scope == "document")


def document_problems(ctx: DocContext, label: str, only: frozenset[str] | None = None) -> list[Problem]:
    """Run every document rule on one document (or those of `only`: a prediction is held to a few, and no other
    rule's problem may be counted as following from theirs), with the consequences of a cause folded into it
    (kept on the cause's `folded`, so that filtering the cause out brings them back)."""
    rules = _DOCUMENT_RULES if only is None else tuple((code, check) for code, check in _DOCUMENT_RULES if code in only)
    try:
        hits = {code: list(check(ctx)) for code, check in rules}
    except OverflowError:  # an offset no text can reach, given to `re` as a position: V201 says where
        if not beyond_every_text(ctx.view):
            raise
        hits = {code: _judged_unless_overflow(check, ctx) for code, check in rules}
    if not any(hits.values()):  # a valid document: nothing to fold
        return []
    found = {code: [problem(code, label, h.pointer, h.detail, h.value) for h in hs] for code, hs in hits.items()}
    raw_changed = bool(hits.get("V201") or hits.get("V213")
                       or any(h.pointer.startswith("/tokens/") for h in hits.get("V202", ())))
    if found.get("V203") and not raw_changed:  # every token still matches: the recorded checksum is what is off
        found["V203"][0].message += ("; every token still matches the raw text: if the raw file is as received, "
                                     "the recorded sha256/length is what is wrong")
    fold_on_items(found)
    fold_over_cuts(ctx.view, found)
    for cause, layer, consequences in FOLDED:
        first = next((p for p in found.get(cause, []) if p.pointer.startswith(layer)), None)
        if first is not None and (cause != "V203" or raw_changed):
            fold_into(first, [p for code in consequences for p in found.pop(code, [])])
    return [p for problems in found.values() for p in problems]


def beyond_every_text(view: DocumentView) -> bool:
    """Whether an offset of the document is past the longest string Python holds (`sys.maxsize`): `re` takes no
    such position (OverflowError), and the offset is V201's whatever the text (the thirty-fifth session's long fuzz
    campaign, `big-integer`: a rule crashed on 2**63 wherever it searched from a span's end)."""
    starts, ends, _ = view.span_columns
    return max((max(column, default=0) for column in (starts, ends, view.token_starts, view.token_ends)),
               default=0) > sys.maxsize


def _judged_unless_overflow(check: Callable[[DocContext], Iterator[Hit]], ctx: DocContext) -> list[Hit]:
    """A rule's hits on a document with an offset beyond every text (`beyond_every_text`), or none where the rule
    searched from that offset: V201 refuses the document at the offset, and the rule judged nothing else there."""
    try:
        return list(check(ctx))
    except OverflowError:
        return []


def fold_into(cause: Problem, consequences: list[Problem]) -> None:
    """Keep `consequences` on `cause`'s `folded` (filtering the cause out brings them back), its message counting
    them with what they folded in turn."""
    if consequences:
        behind = list(with_folded(consequences))
        codes = ", ".join(sorted({p.code for p in behind}, key=lambda code: (cause_rank(code), code)))
        cause.message += f"; {len(behind)} problem(s) of {codes} follow from it (not listed: fix this first)"
        cause.folded += consequences


#: a corpus rule's problem in a document file, and the document rules' problems of that file that follow from it: a
#: text hydrated on a copy with other words (V269) holds words that were never annotated, names, pronouns and
#: quotations and reported speech among them (V367, V384, V385, V382, V404, V407)
FOLDED_INTO_CORPUS_RULES = (("V269", ("V367", "V384", "V385", "V382", "V404", "V407")),)


def folded_by_file(problems: list[Problem]) -> list[Problem]:
    """The problems, those of a file that follow from a corpus rule's problem in that file folded into it
    (`FOLDED_INTO_CORPUS_RULES`)."""
    for cause_code, consequences in FOLDED_INTO_CORPUS_RULES:
        causes = {p.file: p for p in problems if p.code == cause_code}
        behind: dict[str, list[Problem]] = {}
        for p in problems:
            if p.code in consequences and p.file in causes:
                behind.setdefault(p.file, []).append(p)
        for file, folded in behind.items():
            fold_into(causes[file], folded)
        held = {id(p) for folded in behind.values() for p in folded}
        problems = [p for p in problems if id(p) not in held]
    return problems


def with_folded(problems: list[Problem]) -> Iterator[Problem]:
    """The problems and, depth first, those folded into them."""
    for p in problems:
        yield p
        yield from with_folded(p.folded)


#: the raw text of a document id, and the problems of reading it (None: no text)
RawReader = Callable[[str], tuple[str | None, list[Problem]]]


def document_checked(data: bytes, label: str, stem: str, registry: Registry | None, raw: RawReader,
                     model: bool = False, recheck: bool = False) -> tuple[DocumentView | None, list[Problem]]:
    """Every problem of one document file's bytes: the one path that the validator, the per-document
    map and `keep` share. A valid file takes the `msgspec` fast path and its rules read the mirror;
    with `model`, the pydantic `Document` is built (the exporters need it). Returns the view the rules
    read (its document and raw text; None if the file does not load) and the problems: the build
    renders from that same view, its indexes built once. With `recheck`, a registry edited in place since
    the last document is indexed again (`index_of`: about 25 us for 117 records; a corpus read here keeps
    the registry it loaded unchanged, a caller of `validate_document_bytes` may not)."""
    doc, problems = _decoded(data, label, model)
    view = None
    if doc is not None:
        text, raw_problems = raw(doc.id)
        raw_problems = [p for p in raw_problems if not p.message.endswith(loader.NO_SUCH_FILE)]  # that is V204
        view = DocumentView(doc, text)
        if registry is not None and recheck:
            index_of(registry, recheck=True)
        found = document_problems(DocContext(view, registry, stem), label)
        if raw_problems:  # the raw file's own problem says why there is no text
            found = [p for p in found if p.code != "V204"]
        loader.locate(list(with_folded(found)), data.decode("utf-8") if found else None)
        problems += raw_problems + found
    problems.sort(key=lambda p: cause_rank(p.code))
    return view, problems


def _decoded(data: bytes, label: str, model: bool = False) -> tuple[Any, list[Problem]]:
    """A document file's `msgspec` mirror (None if `model`, or if the fast path refuses it), else its
    pydantic model (None if it does not load), with the problems of loading it."""
    doc: Any = None if model else loader.fast_document(data)
    if doc is not None:
        return doc, []
    from vostochny.model.models import Document

    loaded = loader.load_bytes(data, Document, label)
    return loaded.model, list(loaded.problems)


def validate_document_bytes(data: bytes, text: str | None, registry: Registry | None, stem: str,
                            label: str | None = None, annotated: Annotated | None = None) -> list[Problem]:
    """Every problem of one document file, given its bytes and raw text (None: missing, V204): a
    pure function of its arguments that reads no file, so that a map over the shards of a large
    corpus (processes, `datasets.Dataset.map`, Spark) can run it. `annotated`: what the corpus's `hydration.json`
    records of the document (`reading.annotated.read_annotated`), where the corpus was hydrated: its text is held to
    the text annotated (V269, a corpus rule), and what follows from that is folded into it, as `validate` reports."""
    label = label or f"annotations/{stem}.json"
    view, problems = document_checked(data, label, stem, registry, lambda _id: (text, []), recheck=True)
    if annotated is None or view is None or view.text is None or any(p.code == "V203" for p in problems):
        return problems  # a text that does not hold to the checksum says nothing of the text annotated (V203)
    why = not_annotated(view.doc.sha256, annotated)
    if why is None:
        return problems
    found = problem("V269", label, "/sha256", why, view.doc.sha256)
    loader.locate([found], data.decode("utf-8"))
    return folded_by_file([*problems, found])


def check_document(corpus: Corpus, path: Path, registry: Registry | None, limits: Limits,
                   model: bool = False) -> tuple[DocumentView | None, list[Problem]]:
    """Read one document file of `corpus` and its raw text (capped, inside the corpus) and check them."""
    label = label_of(path)
    data, problems = loader.read_file(path, label, limits.max_bytes, corpus.root)
    if data is None:
        return None, problems

    return document_checked(data, label, path.stem, registry, lambda doc_id: _raw_text(corpus, doc_id, limits), model)


def _raw_text(corpus: Corpus, doc_id: str, limits: Limits) -> tuple[str | None, list[Problem]]:
    """The raw text of a document of `corpus` (capped, inside the corpus), or None and why not."""
    path = corpus.raw_path(doc_id)
    return loader.load_raw(path, label_of(path), limits.max_raw_bytes, corpus.root)


class Checked:
    """What the corpus rules need to know of a checked document (small, and cheap to pickle): its problems, its file,
    its id (None: the file did not load), the registry ids it links; the model and raw text, when the caller keeps
    them; quote id -> the registry id of its speaker mention's entity (None: no speaker, or no kb_id); its nominal
    mentions by their words (V321); quote id -> its attribution and the words of its content (V333); its raw text's
    hashes and sketch (V324, V325, V326, V332; None where the SHA-256 it records is not its text's: V203, V204); the
    seed file its text was received as (V353); (person's record, record of the body it leads, speaks for, serves or
    belongs to), as its relations say (V318); its containment relations between two records (V366); its metonymic
    names in linked entities (V429)."""

    __slots__ = ("contained", "doc_id", "kb_ids", "kept", "metonyms", "nominals", "offices", "path", "problems",
                 "quotes", "said", "source_file", "text")

    def __init__(self, problems: list[Problem], path: Path, doc_id: str | None, kb_ids: set[str],
                 kept: tuple[Document, str] | None = None, quotes: dict[str, str | None] | None = None,
                 nominals: Nominals | None = None, said: dict[str, Said] | None = None,
                 text: TextHashes | None = None, source_file: str = "",
                 offices: frozenset[tuple[str, str]] = frozenset(), contained: tuple[Contained, ...] = (),
                 metonyms: tuple[Metonym, ...] = ()) -> None:
        self.problems = problems
        self.path = path
        self.doc_id = doc_id
        self.kb_ids = kb_ids
        self.kept = kept
        self.quotes: dict[str, str | None] = {} if quotes is None else quotes
        self.nominals = nominals
        self.said: dict[str, Said] = {} if said is None else said
        self.text = text
        self.source_file = source_file
        self.offices = offices
        self.contained = contained
        self.metonyms = metonyms


#: the relations that make a body a person's office: who speaks for it may be its head, spokesperson or official
OFFICE_RELATIONS = frozenset({"LEADER_OF", "SPOKESPERSON_OF", "OFFICIAL_OF", "AFFILIATED_WITH"})


def offices(view: DocumentView) -> frozenset[tuple[str, str]]:
    """The (head's record, tail's record) of a document's relations that make the tail the head's office (V318)."""
    mentions, entities = view.mentions, view.entities
    found = set()
    for r in view.doc.relations:
        if r.type in OFFICE_RELATIONS:
            head, tail = (entities.get(getattr(mentions.get(m), "entity", "")) for m in (r.head, r.tail))
            if head is not None and tail is not None and head.kb_id and tail.kb_id:
                found.add((head.kb_id, tail.kb_id))
    return frozenset(found)


def quote_speakers(view: DocumentView, refused: AbstractSet[int] = frozenset(),
                   unlinked: AbstractSet[str] = frozenset()) -> dict[str, str | None]:
    """Each quote id of a document (a model or its mirror) with its speaker's registry id, if any: none where an
    error of the document points at the speaker mention or at another mention of its id (`refused`: indices of
    mentions; the id given twice, V206's, resolved to the wrong one drew V318 beside it) or at its entity (`unlinked`:
    entity ids), whose record is that error's to judge (a `he` in a place's entity, V256's, or an entity whose name
    names another record, V255's, is no speaker a link's other end could differ from)."""
    mentions, entities = view.mentions, view.entities
    if refused:
        ids = {view.doc.mentions[i].id for i in refused if i < len(view.doc.mentions)}
        mentions = {m: mention for m, mention in mentions.items() if m not in ids}
    if unlinked:  # an entity whose link an error refuses (its name names another record, V255's): no speaker's record
        entities = {e: entity for e, entity in entities.items() if e not in unlinked}
    speakers = {}
    for q in view.doc.quotes:
        mention = mentions.get(q.speaker) if isinstance(q.speaker, str) else None  # the mirror's unset is no id
        entity = entities.get(mention.entity) if mention is not None else None
        speakers[q.id] = entity.kb_id if entity is not None else None
    return speakers


def _check(corpus: Corpus, path: Path, registry: Registry | None, limits: Limits, keep: bool = False) -> Checked:
    view, problems = check_document(corpus, path, registry, limits, model=keep)
    return summarized(path, view, problems, keep)


def summarized(path: Path, view: DocumentView | None, problems: list[Problem], keep: bool = False,
               known: bool | None = None) -> Checked:
    """What the corpus rules keep of one document that `check_document` checked (with `keep`, the
    model and its raw text too), read from the view its rules read. `known`: whether its recorded
    SHA-256 is its raw text's (by default: it has a text and no V203 among `problems`)."""
    if view is None:
        return Checked(problems, path, None, set())
    doc = view.doc
    kept = (doc, view.text or "") if keep else None
    kb_ids: set[str] = {e.kb_id for e in doc.entities if e.kb_id}
    # a checksum that V203 refuses, or that has no text to hold to, says nothing of the document's text
    if known is None:
        known = view.text is not None and not any(p.code == "V203" for p in problems)
    said = _said(view, _refused(problems, "quotes", "attribution"),
                 _refused([p for p in problems if p.code in _SPAN_OFF_TEXT], "quotes", "content"))
    unlinked = {doc.entities[i].id for i in _refused(problems, "entities") if i < len(doc.entities)}
    return Checked(problems, path, doc.id, kb_ids, kept, quote_speakers(view, _refused(problems, "mentions"), unlinked),
                   nominals(view), said, text_hashes(doc.sha256, view.text or "") if known else None,
                   doc.meta.source_file, offices(view), contained(view, _refused(problems, "relations")),
                   metonyms(view, _refused(problems, "mentions")))


#: the codes of a span that is not its text's: past it (V201), of other words (V202), or off its tokens (V212)
_SPAN_OFF_TEXT = frozenset({"V201", "V202", "V212"})


def _said(view: DocumentView, refused: set[int], unsaid: set[int]) -> dict[str, Said]:
    """What each quote says (`quotes_said`), without the attribution type where an error of the document refuses it
    (`refused`: indices of quotes), and without the quotes whose content is not the text's (`unsaid`): a linked quote
    labelled a thought whose cue says `said` is V261's, and a content whose text is not the raw's V202's, not a link
    to a thought or to other words (V333, V340) too."""
    said = quotes_said(view)
    for quote_id in {view.doc.quotes[i].id for i in unsaid}:
        said.pop(quote_id, None)
    for i in refused:
        quote_id = view.doc.quotes[i].id
        if quote_id in said:
            said[quote_id] = said[quote_id]._replace(attribution=None)
    return said


def _refused(problems: list[Problem], layer: str, field: str | None = None) -> set[int]:
    """The indices of the items of `layer` that an error of a document's own points at (at their `field`, if
    given; not read across the corpus)."""
    found = set()
    for p in with_folded(problems):
        parts = p.pointer.split("/", 3)
        if p.severity == "error" and parts[1:2] == [layer] and len(parts) > 2 and parts[2].isdigit() \
                and (field is None or (len(parts) > 3 and parts[3].split("/", 1)[0] == field)):
            found.add(int(parts[2]))
    return found


_WORKER: dict[str, object] = {}


def _init_worker(corpus: Corpus, registry: Registry | None, limits: Limits) -> None:
    _WORKER.update(corpus=corpus, registry=registry, limits=limits)


def _check_in_worker(path: Path) -> Checked:
    return _check(_WORKER["corpus"], path, _WORKER["registry"], _WORKER["limits"])  # type: ignore[arg-type]


def worker_count(jobs: int, documents: int) -> int:
    """The processes to check (and render) `documents` in when `jobs` are asked for: no more than the CPUs, nor
    than half the documents (a process costs more to start than a document to check); 1: none, in this one.
    `--jobs 300` forked 300 processes for 5 documents on 2 CPUs."""
    return max(1, min(jobs, os.cpu_count() or 1, documents // 2))


def iter_checked(corpus: Corpus, registry: Registry | None, limits: Limits, jobs: int = 1,
                 keep: bool = False) -> Iterator[Checked]:
    """Check the corpus's documents one at a time, or in `jobs` processes (results in file order; `jobs` as
    `worker_count` caps it)."""
    if keep or jobs <= 1:
        for path in corpus.files:
            yield _check(corpus, path, registry, limits, keep)
        return
    from concurrent.futures import ProcessPoolExecutor

    chunk = max(1, min(256, len(corpus.files) // (jobs * 8)))
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(corpus, registry, limits)) as pool:
        yield from pool.map(_check_in_worker, corpus.files, chunksize=chunk)


#: checks a corpus's documents (`iter_checked`'s arguments), yielding each in file order
Checker = Callable[[Corpus, "Registry | None", Limits, int, bool], Iterable[Checked]]


def validate_corpus(corpus: Corpus, limits: Limits = NO_LIMITS_GIVEN, report: Report | None = None,
                    jobs: int = 1, kept: list[tuple[Document, str]] | None = None,
                    checker: Checker = iter_checked, staged: bool = False) -> Report:
    """Validate one corpus (whole, or the files selected in it); with `kept`, also collect the
    valid documents and their raw texts there, so that a caller needs no second read. `checker`
    checks the documents: one that does more with each as it is read (`build` writes it) may
    replace `iter_checked`, and gets the same corpus rules on its summaries. `staged`: the corpus a
    commit records, its files held to the git index too (V331; `IndexUnknown` outside a work tree)."""
    unstaged = unstaged_files(corpus.root) if staged else {}
    report = report or Report()
    report.corpora.append(corpus.root)
    report.problems += interrupted_writes(corpus) + (unread_files(corpus) if corpus.whole else [])
    unlisted = _unlisted(corpus)
    if unlisted:  # nothing can be said of a corpus whose documents cannot be listed
        report.problems.append(unlisted)
        return report
    reg = loader.load_registry(corpus.annotations / REGISTRY_FILE, label_of(corpus.annotations / REGISTRY_FILE),
                               limits.max_bytes, corpus.root, mirror=True)
    report.problems += reg.problems
    if reg.model is None:
        report.notes.append(f"{label_of(reg.path)} did not load: "
                            "the registry rules (V208, V216, V301, V302, V320, V322) were not run")
    kb_ids: set[str] = set()
    quotes: dict[str, dict[str, str | None]] = {}
    said: dict[str, dict[str, Said]] = {}
    records: dict[str, frozenset[str]] = {}
    clashed: set[str] = set()  # linked documents a quote of which has another record's id (V206)
    summaries: dict[str, Nominals | PackedNominals] = {}
    pool = NominalsPool()
    links = _load_quote_links(corpus, limits)  # before the documents: only the linked quotes' words are kept
    linked = _linked_quotes(links)
    linked_documents = frozenset(document for document, _ in linked)
    paths: dict[str, Path] = {}
    as_read: list[dict[str, Any]] = [{} for _ in _AS_READ]
    reading = [(summary.given, held) for summary, held in zip(_AS_READ, as_read, strict=True)]
    unloaded = []
    # a document is known by its id, or by its file name while it does not load (never "missing"); by file name,
    # from the corpus's own list where it is whole: no second Path a document, nor a Path's string made to hash it
    # (10 MB at 20 000 documents; the documents of a corpus are the files of one folder)
    ids = {path.name: path.stem for path in (corpus.files if corpus.whole else document_files(corpus.annotations))}
    # git history is read while the documents are: its calls need nothing of them (none for the packaged corpus)
    with collector_settled(), Lookup(corpus.root) if corpus.history else _NO_LOOKUP as lookup:
        for checked in checker(corpus, reg.model, limits, worker_count(jobs, len(corpus.files)), kept is not None):
            report.problems += checked.problems
            if checked.kept is not None and kept is not None:
                kept.append(checked.kept)
            report.files += 1
            if checked.doc_id is None:
                unloaded.append(checked)
            else:
                report.documents += 1
                kb_ids.update(checked.kb_ids)
                ids[checked.path.name] = checked.doc_id
                if checked.doc_id in linked_documents:  # the quote link rules read no other document's quotes
                    quotes.setdefault(checked.doc_id, {}).update(checked.quotes)
                    said.setdefault(checked.doc_id, {}).update(_said_of_linked(checked, linked))
                    records[checked.doc_id] = frozenset(checked.kb_ids)
                    if _quote_id_clashes(checked.problems):
                        clashed.add(checked.doc_id)
                paths[checked.doc_id] = checked.path
                if checked.nominals is not None:
                    summaries[checked.doc_id] = pool.kept(checked.doc_id, checked.nominals)
                for given, held in reading:
                    value = given(checked)
                    if value is not None:
                        held[checked.doc_id] = value
        history = lookup.result()
    if unloaded:
        report.notes.append(f"{len(unloaded)} document file(s) did not load: their document rules were not run, "
                            "and the registry's unused records (V302) were not looked for")
    annotated, unread = read_annotated(corpus.root, len(ids))
    if unread:
        report.notes.append(unread)
    evidence, unread = read_evidence(corpus.root)
    if unread:
        report.notes.append(unread)
    ctx = CorpusContext(reg.model, None, sorted(set(ids.values())), kb_ids, corpus.whole and not unloaded,
                           frozenset(c.path.stem for c in unloaded), quotes=quotes, said=said, records=records,
                           quote_ids_clash=frozenset(clashed),
                           all_files=corpus.whole,
                           nominals=summaries, linked_nominals=pool.linked, checked=frozenset(paths),
                           annotated=annotated, wikidata_evidence=evidence)
    for summary, held in zip(_AS_READ, as_read, strict=True):
        ctx = summary.put(ctx, held)
    others = _contained_as_checked(corpus, limits, reg.model, ctx, _others(corpus, limits, set(paths), report, pool,
                                                                         linked))
    paths.update((other.doc_id or "", other.path) for other in others)
    ctx.quote_links = links.model if links else None  # before the registry's rules: a channel uses a record
    release = _load_release(corpus)
    ctx.released = released_texts(release.model if release else None)
    ctx.history, ctx.committed, ctx.manifest_committed = history.known, history.raw, history.manifest
    ctx.manifest_present = release is not None
    if corpus.whole and release is not None and release.model is not None:  # without one, V326 says what is lost
        ctx.release_documents = release.model.documents
        ctx.release_files = loader.released_files(corpus.annotations / RELEASE_FOLDER, limits.max_bytes, corpus.root)
    if corpus.whole and corpus.history and release is None and not history.known and history.reason != NOT_A_REPO:
        report.notes.append(f"the raw texts were compared with no release: git history could not be read "
                            f"({history.reason}) and there is no {label_of(corpus.annotations / RELEASE_FILE)} (V325)")
    report.problems += _scoped(ctx, "corpus", reg)
    report.problems += _in_documents(corpus, ctx, paths, limits, others)
    report.problems += _check_splits(corpus, ctx, limits, report)
    report.problems += _check_quote_links(ctx, links, report, others)
    report.problems += _raw_problems(corpus, ctx)
    report.problems += (release.problems if release and corpus.whole else []) + _figures_problems(corpus, limits)
    report.problems += _release_problems(corpus, ctx, release)
    ctx.unstaged = unstaged
    # what git does to the corpus files on checkout (V341, V342), where the history says the corpus is in git
    if corpus.whole and corpus.history and history.reason != NOT_A_REPO:
        checkout = checkout_attributes(corpus.root, corpus_file_names(corpus.root), cached=staged)
        if checkout is None:
            why = f" ({NO_GIT})" if history.reason == NO_GIT else ""
            report.notes.append(f"git's attributes of the corpus files could not be read{why}: V341 and V342 were not "
                                "run")
        ctx.checkout = checkout or {}
    report.problems += _file_problems(corpus, ctx)
    report.problems = folded_by_file(report.problems)
    return report


def _file_problems(corpus: Corpus, ctx: CorpusContext) -> list[Problem]:
    """The rules whose hits name a corpus file (scope "files", the hit's value its name from the root), each
    problem located at that file."""
    return [problem(r.code, label_of(corpus.root / str(h.value)), h.pointer, h.detail, h.value)
            for r in RULES if r.scope == "files" for h in r.check(ctx)]


def _figures_problems(corpus: Corpus, limits: Limits) -> list[Problem]:
    """The problems of the agreement figures, when the corpus has them: the dataset card states them, so a
    file it could not read would stop a build that validation had passed."""
    path = corpus.annotations / AGREEMENT_FILE
    if not corpus.whole or not present(path):
        return []
    label = label_of(path)
    data, problems = loader.read_file(path, label, limits.max_bytes, corpus.root)
    obj, text, parsed = loader.parse_json(data, label) if data is not None else (None, None, [])
    if obj is None:
        loader.locate(parsed, text)
        return problems + parsed
    try:
        agreement(obj)
    except FiguresError as error:
        found = [problem(error.code, label, error.where, error.detail)]
        loader.locate(found, text)
        return found
    return []


def _load_release(corpus: Corpus) -> loader.Loaded[ReleaseManifest] | None:
    """The release manifest, when the corpus has one. A whole corpus reports its file and structure problems:
    `check-version` classifies every change against it, so a damaged manifest must not pass until the next
    release; every run reads the raw texts it records (V325)."""
    path = corpus.annotations / RELEASE_FILE
    if not present(path):
        return None
    return loader.load_release(path, label_of(path), corpus.root, mirror=True)


def _release_problems(corpus: Corpus, ctx: CorpusContext,
                      release: loader.Loaded[ReleaseManifest] | None) -> list[Problem]:
    """The rules on the release manifest against git history (scope "release"), for a whole corpus only (as the
    manifest's own problems): located in the manifest, when it is there."""
    if not corpus.whole or (release is not None and release.model is None):
        return []
    label = label_of(corpus.annotations / RELEASE_FILE)
    found = [problem(r.code, label, h.pointer, h.detail, h.value) for r in RULES if r.scope == "release"
             for h in r.check(ctx)]
    loader.locate(found, release.text if release is not None else None)
    return found


class _NoLookup:
    """No git history asked for (the packaged corpus): `Lookup`'s stand-in."""

    def __enter__(self) -> _NoLookup:
        return self

    def __exit__(self, *_: object) -> None:
        return None

    def result(self) -> History:
        return History(False, reason="not asked")


_NO_LOOKUP = _NoLookup()


def released_texts(manifest: ReleaseManifest | None) -> dict[str, str]:
    """Document id -> the SHA-256 of its raw file that a release manifest records (none without one)."""
    files = manifest.files if manifest is not None else {}
    return {name[4:-4]: digest for name, digest in files.items() if name.startswith("raw/") and name.endswith(".txt")}


def _raw_problems(corpus: Corpus, ctx: CorpusContext) -> list[Problem]:
    """The rules on `raw/` as a whole (a text without its document), for a whole corpus only."""
    if not corpus.whole:
        return []
    ctx.raw_ids = raw_ids(corpus.root)
    return [problem(r.code, label_of(corpus.raw_path(str(h.value))), h.pointer, h.detail, h.value)
            for r in RULES if r.scope == "raw" for h in r.check(ctx)]


def _in_documents(corpus: Corpus, ctx: CorpusContext, paths: dict[str, Path], limits: Limits,
                  others: list[Checked]) -> list[Problem]:
    """The corpus rules whose hits point into document files (scope "documents"), each hit in the file of
    the document it names; located in the files read again (the documents themselves were not kept)."""
    found: dict[Path, list[Problem]] = {}
    labels: dict[Path, str] = {}  # one label a file, not a string a problem (9 000 warnings of 20 000 documents)
    for code, h in _hits(ctx, "documents", others):
        path = paths[h.document]
        if path not in labels:
            labels[path] = label_of(path)
        found.setdefault(path, []).append(problem(code, labels[path], h.pointer, h.detail, h.value))
    for path, problems in found.items():
        data, _ = loader.read_file(path, labels[path], limits.max_bytes, corpus.root)
        loader.locate(problems, data.decode("utf-8", "replace") if data is not None else None)
    return [p for problems in found.values() for p in problems]


def _hits(ctx: CorpusContext, scope: str, others: Sequence[Checked] = ()) -> Iterator[tuple[str, Hit]]:
    """The hits of the corpus rules of `scope`, with their codes. With `others` (the documents that a
    narrowed validation reads but does not check), the rules read every document's summary, as on the
    whole corpus, and a hit is kept if the checked documents take part in it: it is not found among the
    others alone, or it is found without any document (a quote links file's own mistakes). What the
    others break among themselves is theirs, not the checked files'. One hit at a time where there are no others
    (a hit is made a problem before the next is found: 9 000 warnings of 20 000 synthetic documents)."""
    if not others:
        return ((r.code, h) for r in RULES if r.scope == scope for h in r.check(ctx))
    every, theirs, none = (_with_others(ctx, others, mine) for mine in ("every", "theirs", "none"))
    found = []
    for r in RULES:
        if r.scope == scope:
            without = {(h.document, h.pointer, h.detail) for h in r.check(none)}
            alone = {(h.document, h.pointer, h.detail) for h in r.check(theirs)} - without
            found += [(r.code, h) for h in r.check(every) if (h.document, h.pointer, h.detail) not in alone]
    return iter(found)


def _with_others(ctx: CorpusContext, others: Sequence[Checked], which: str) -> CorpusContext:
    """`ctx` whose per-document summaries (`_SUMMARIES`) are the checked and the other documents' ("every"), the
    others' alone ("theirs"), or none."""
    linked = ctx.linked_nominals if which == "every" else {}  # the checked documents' (the others keep their own)
    found = ctx.but(linked_nominals=linked)
    for summary in _SUMMARIES:
        found = summary.gathered(found, others if which != "none" else (), which == "every")
    return found


T = TypeVar("T")


class _Summary(Generic[T]):
    """One per-document summary of the corpus context: what a document's `Checked` gives (None: nothing kept, where
    it is unset or, for some, empty), the context's map of it (document id -> summary) and a copy of a context with
    another map. Functions, not field names, so that mypy checks each row (a misspelt field, or a summary of another
    type than its map's, is a type error, not a failure at run time); as fast as reading the fields by name."""

    __slots__ = ("given", "held", "put")

    def __init__(self, given: Callable[[Checked], T | None], held: Callable[[CorpusContext], dict[str, T]],
                 put: Callable[[CorpusContext, dict[str, T]], CorpusContext]) -> None:
        self.given: Final = given
        self.held: Final = held
        self.put: Final = put

    def gathered(self, ctx: CorpusContext, others: Sequence[Checked], every: bool) -> CorpusContext:
        """`ctx` whose map of this summary holds the `others`' summaries, and ctx's own after them if `every`."""
        found = {other.doc_id or "": value for other in others if (value := self.given(other)) is not None}
        return self.put(ctx, {**found, **self.held(ctx)} if every else found)


def _summary(given: Callable[[Checked], T | None], held: Callable[[CorpusContext], dict[str, T]],
             put: Callable[[CorpusContext, dict[str, T]], CorpusContext]) -> _Summary[Any]:
    """A row of a summary table: its type checked here, from its own functions (a row made in the context of the
    table's type, `_Summary[Any]`, would not be), so that a table of summaries of several types is one type."""
    return _Summary(given, held, put)


#: the corpus context's per-document summaries kept as a document's `Checked` has them (an empty one kept, but an
#: empty set of offices, of containments or of metonyms)
_AS_READ = (
    _summary(lambda c: c.text, lambda x: x.texts, lambda x, m: x.but(texts=m)),
    _summary(lambda c: c.source_file, lambda x: x.sources, lambda x, m: x.but(sources=m)),
    _summary(lambda c: c.offices or None, lambda x: x.offices, lambda x, m: x.but(offices=m)),
    _summary(lambda c: c.contained or None, lambda x: x.contained, lambda x, m: x.but(contained=m)),
    _summary(lambda c: c.metonyms or None, lambda x: x.metonyms, lambda x, m: x.but(metonyms=m)),
)
#: every per-document summary of the corpus context (a narrowed run's others give theirs filtered: `_others`)
_SUMMARIES = (
    _summary(lambda c: c.quotes, lambda x: x.quotes, lambda x, m: x.but(quotes=m)),
    _summary(lambda c: c.said, lambda x: x.said, lambda x, m: x.but(said=m)),
    _summary(lambda c: c.nominals, lambda x: x.nominals, lambda x, m: x.but(nominals=m)),
    _summary(lambda c: frozenset(c.kb_ids), lambda x: x.records, lambda x, m: x.but(records=m)),
    *_AS_READ,
)


def _quote_id_clashes(problems: list[Problem]) -> bool:
    """Whether a document's problems hold a quote given another record's id (V206), folded ones too."""
    return any(p.code == "V206" and p.pointer.startswith("/quotes/") for p in with_folded(problems))


def _linked_quotes(links: loader.Loaded[QuoteLinks] | None) -> frozenset[tuple[str, str]]:
    """(document, quote id) of each end of a quote link: the quotes whose words V333 compares."""
    if links is None or links.model is None:
        return frozenset()
    return frozenset((ref.document, ref.quote) for link in links.model.links for ref in (link.a, link.b))


def _said_of_linked(checked: Checked, linked: frozenset[tuple[str, str]]) -> dict[str, Said]:
    """What the linked quotes of a checked document say: kept for every document until the corpus rules, the words
    of every quote were most of what validation held (~20 KB a document of 18 quotes)."""
    return {q: s for q, s in checked.said.items() if (checked.doc_id, q) in linked} if linked else {}


def _others(corpus: Corpus, limits: Limits, checked: set[str], report: Report, pool: NominalsPool,
            linked: frozenset[tuple[str, str]]) -> list[Checked]:
    """The documents of a corpus that a narrowed validation does not check, read for the rules that compare
    documents (V317-V319, V321, V324, V332, V333, V340): a file is checked with what it can break, in the others
    too. Only read: their own problems are not reported; one that does not load, or whose id is a checked one's, is
    left out, and one without a raw text that holds to its checksum is not compared by text (notes say which)."""
    if corpus.whole:
        return []
    found, left_out = [], []
    documents = {document for document, _ in linked}  # the quote link rules read only their quotes
    for path in document_files(corpus.annotations):
        if path in corpus.files:
            continue
        other = _read_other(corpus, path, limits)
        if other is None or other.doc_id in checked:
            left_out.append(path.stem)
        else:
            shared = copy.copy(other)
            shared.said = _said_of_linked(other, linked)
            shared.quotes = other.quotes if other.doc_id in documents else {}
            shared.kb_ids = other.kb_ids if other.doc_id in documents else set()
            shared.nominals = other.nominals and pool.shared(other.nominals)
            found.append(shared)
    if left_out:
        report.notes.append(f"{_named(left_out)} did not load, or share a checked document's id: the checked "
                            "documents were not compared with them (V317-V319, V321, V324, V332, V333, V340)")
    textless = [o.doc_id or "" for o in found if o.text is None]
    if textless:
        report.notes.append(f"{_named(textless)} have no raw text that matches their sha256 (V203, V204): the "
                            "checked documents were not compared with their texts (V324, V332)")
    return found


def _named(ids: list[str], most: int = 5) -> str:
    """Other documents, by name (the first few) and number."""
    shown = ", ".join(ids[:most]) + (f" and {len(ids) - most} more" if len(ids) > most else "")
    return f"{len(ids)} other document(s) ({shown})"


def _read_other(corpus: Corpus, path: Path, limits: Limits) -> Checked | None:
    """What the corpus rules compare of a document that is not checked: its quotes' speakers, its nominals,
    and the SHA-256 it records if its raw text holds to it (V203 would not fire); None if it does not load. Its
    containments are all read (`_contained_as_checked` leaves out those its document rules refuse where it counts)."""
    data, _ = loader.read_file(path, label_of(path), limits.max_bytes, corpus.root)
    doc = _decoded(data, label_of(path))[0] if data is not None else None
    if doc is None:
        return None
    view = DocumentView(doc, _raw_text(corpus, doc.id, limits)[0])
    held = view.text is not None and not any(raw_checksum(DocContext(view, None, path.stem)))
    return summarized(path, view, [], known=held)


def _contained_as_checked(corpus: Corpus, limits: Limits, registry: Registry | None, ctx: CorpusContext,
                          others: list[Checked]) -> list[Checked]:
    """The others with their containments as the whole run reads them (V366 reads none that a document rule
    refuses, `summarized`): an other whose containments lie on a cycle of the corpus's (the checked documents' and
    the others' as read) is checked by its document rules and keeps those they do not refuse; where there is no
    cycle, leaving relations out makes none, and nothing is checked (a narrowed run costs a reading of the others)."""
    cyclic = on_cycles([*ctx.contained.values(), *(other.contained for other in others)])
    if not cyclic:
        return others
    return [_with_contained(other, _check(corpus, other.path, registry, limits).contained)
            if any(c.inner in cyclic and c.outer in cyclic for c in other.contained) else other for other in others]


def _with_contained(other: Checked, contained: tuple[Contained, ...]) -> Checked:
    """A copy of `other` with the containment relations that its document rules kept."""
    found = copy.copy(other)
    found.contained = contained
    return found


def _unlisted(corpus: Corpus) -> Problem | None:
    """V006 when `annotations/` cannot be listed (a folder without read permission lists as empty)."""
    try:
        next(corpus.annotations.iterdir(), None)
    except OSError as error:
        return problem("V006", label_of(corpus.annotations), "", f"cannot list the folder: {error.strerror}")
    return None


def unread_files(corpus: Corpus) -> list[Problem]:
    """V010 for each entry of `annotations/` and `raw/` that the corpus does not read."""
    found = []
    for path in unread_entries(corpus.root):
        what = "a folder" if path.is_dir() else "a file"
        read = "*.json" if path.parent.name == "annotations" else "*.txt"
        found.append(problem("V010", label_of(path), "", f"{what} here is not read (only the {read} files are)",
                             path.name))
    return found


def interrupted_writes(corpus: Corpus) -> list[Problem]:
    """V009 for each staging folder a killed multi-file write left in the corpus."""
    from vostochny.reading.corpus import RELEASE_FOLDER
    from vostochny.writing.leftovers import PREFIX, leftovers

    folders = [folder for base in (corpus.root, corpus.annotations) for folder in sorted(base.glob(PREFIX + "*"))]
    released = leftovers(corpus.annotations / RELEASE_FOLDER)  # the folder a release-manifest swaps in whole
    return [problem("V009", label_of(folder), "", "the files it names may be half old, half new") for folder in folders
            ] + [problem("V009", label_of(folder), "", f"a release-manifest killed mid-way left it beside annotations/"
                         f"{RELEASE_FOLDER}/, which may or may not be the release's") for folder in released]


def _scoped(ctx: CorpusContext, scope: str,
            loaded: loader.Loaded[Registry] | loader.Loaded[Splits] | loader.Loaded[QuoteLinks],
            others: Sequence[Checked] = ()) -> list[Problem]:
    if loaded.model is None:
        return []
    found = [problem(code, label_of(loaded.path), h.pointer, h.detail, h.value)
             for code, h in _hits(ctx, scope, others)]
    loader.locate(found, loaded.text)
    return found


def _check_splits(corpus: Corpus, ctx: CorpusContext, limits: Limits, report: Report) -> list[Problem]:
    path = corpus.annotations / SPLITS_FILE
    splits = loader.load_splits(path, label_of(path), limits.max_bytes, corpus.root, mirror=True)
    if splits.model is None:
        report.notes.append(f"{label_of(path)} did not load: the split rules (V303, V304) were not run")
    ctx.splits = splits.model
    return splits.problems + _scoped(ctx, "splits", splits)


def _load_quote_links(corpus: Corpus, limits: Limits) -> loader.Loaded[QuoteLinks] | None:
    """The quote links file, when the corpus has one (it is optional: no file, no links)."""
    path = corpus.annotations / QUOTE_LINKS_FILE
    return loader.load_quote_links(path, label_of(path), limits.max_bytes, corpus.root, mirror=True)


def _check_quote_links(ctx: CorpusContext, links: loader.Loaded[QuoteLinks] | None, report: Report,
                       others: list[Checked]) -> list[Problem]:
    """The problems of the quote links file (`_load_quote_links`) and of its links (with `others`, those
    the checked documents take part in with the documents a narrowed validation does not check)."""
    if links is None:
        return []
    if links.model is None:
        report.notes.append(f"{label_of(links.path)} did not load: the quote link rules (V310-V319, V327, V328, "
                            "V333, V334, V340) were not run")
        return links.problems
    unjudged = sorted({r.document for link in links.model.links for r in (link.a, link.b)} & ctx.not_loaded)
    if unjudged:
        report.notes.append(f"{', '.join(unjudged)} did not load: the quote links into them were not checked "
                            "(V311, V317-V319, V333, V340)")
    return links.problems + _scoped(ctx, "quote_links", links, others)


def validate(*paths: str | Path, limits: Limits = NO_LIMITS_GIVEN, jobs: int = 1, staged: bool = False) -> Report:
    """Validate the corpora that `paths` (folders or files) lie in, each file with what it can
    break; with no path, the packaged corpus. Raises `CorpusNotFound` for a path in no corpus. `staged`:
    as a commit records them (V331)."""
    corpora = resolve([Path(p) for p in paths]) if paths else [open_corpus()]
    report = Report()
    for corpus in corpora:
        validate_corpus(corpus, limits, report, jobs, staged=staged)
    return report
