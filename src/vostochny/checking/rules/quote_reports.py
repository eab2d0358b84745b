"""Reported speech left out whose word of saying reports only in some uses (V407): `X warned that`, `according to X`,
`experts say`, `..., he continued.`; the verbs that report wherever they stand are V404's (`quote_gaps`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Set
from itertools import compress
from typing import TYPE_CHECKING

from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, annotates_nothing, brief, rule
from vostochny.checking.rules.quote_gaps import (
    NOT_REPORTING,
    SPEECH_VERBS,
    in_running_text,
    sentences_quoted,
    unquoted_speech,
)
from vostochny.patterns import compiled

if TYPE_CHECKING:
    from vostochny.reading.view import DocumentView

#: the verb forms that report speech in the active voice wherever they stand (`Britain urged North Korea to ...`,
#: `Moscow and Pyongyang have denied such intentions`); after `is`, `was`, `been` ... or before `by` they are a
#: passive (`a period characterised by`); not `reminded`, whose subject may be a thing (`it reminded him of`)
ACTIVE_REPORTS = frozenset({"warned", "warns", "urged", "urges", "vowed", "vows", "pledged", "pledges", "denied",
                            "denies", "characterised", "characterized", "characterises", "characterizes"})
#: the words that report speech or thought with the clause that follows them, past a few words, after `that` or
#: `whether` (`Lim also noted that`, `officials have expressed concern that`, `Washington has issued a warning that`,
#: `Some analysts wonder whether`); not `suggest`, `show`, `indicate`, whose subject is often a thing (`The decision
#: to meet ... suggested that`), nor `fear`, `hope`, `concern` (`There is widespread concern in Seoul that`: no
#: holder, no speech act), nor `add` (`adds to fears that`)
CLAUSE_REPORTS = ACTIVE_REPORTS | frozenset({
    "say", "warn", "warning", "claim", "claims", "claimed", "claiming", "note", "notes", "noted", "noting",
    "confirm", "confirms", "confirmed", "predict", "predicts", "predicted", "predicting", "believe", "believes",
    "believed", "deny", "remind", "reminds", "reminded", "reminding", "argue", "argues", "argued", "insist", "insists",
    "insisted", "stated", "stating", "expressed", "expressing", "announced", "acknowledged", "admitted", "revealed",
    "asserted", "alleged", "declared", "stressed", "explained", "reiterated", "assessed", "estimated", "hints",
    "hinted", "wonder", "wonders", "wondered"})
#: the words that report speech closing a sentence after its content, a comma and the speaker (`..., the US has
#: warned.`, `..., he continued.`, `..., the Associated Press reported.`)
CLOSING_REPORTS = ACTIVE_REPORTS | frozenset({
    "claimed", "noted", "confirmed", "predicted", "argued", "insisted", "stated", "announced", "explained", "added",
    "continued", "reported", "wrote"})
#: the verbs that report speech after a person as their subject (`he expressed unconditional support`, `He recently
#: suggested that`), where a thing as their subject reports none (`the views expressed in`, `The decision ...
#: suggested that`)
PERSONAL_REPORTS = frozenset({"expressed", "suggested", "described", "proposed", "promised", "praised", "demanded",
                              "accused", "criticised", "criticized", "condemned", "dismissed"})
#: the personal pronouns that name a person as a subject (not `it`, `they`: a thing may be either), and the words
#: that may stand between one and its verb: adverbs in `-ly` (`He recently suggested`), `also`, an auxiliary
_PERSONS = frozenset({"he", "she", "i", "we"})
_BETWEEN_PERSON = frozenset({"also", "has", "have", "had"})
#: the words that open a reported clause after `CLAUSE_REPORTS`, and how many words may stand between
_COMPLEMENTIZERS = frozenset({"that", "whether"})
_CLAUSE_REACH = 3
#: how many words a closing attribution may hold between its comma and its verb (`, the Associated Press reported.`)
_CLOSING_REACH = 5
#: the words before a word of reporting that make it a noun or an adjective, no report (`a think tank that`, `no
#: confirmed reports that`, `It is no wonder that`), but before a noun of saying (`has issued a warning that`)
_ARTICLES = frozenset({"a", "an", "no", "any"})
_NOUNS_OF_SAYING = frozenset({"warning", "claim", "toast"})
#: the words after `according to` (and an article) that name no source (`according to plan`, `according to
#: international law`)
_NO_SOURCE = frozenset({"plan", "plans", "schedule", "law", "laws", "rules", "treaty", "treaties", "agreement",
                        "tradition", "custom", "international"})
#: the words that a verb of `CLAUSE_REPORTS` or `PERSONAL_REPORTS` takes as its object in a use that reports no
#: speech: what one denies someone (`The court denied the appeal`, `denied them visas`, `denied entry to`), whom one
#: dismisses (`He dismissed his defence minister`), a toast one proposes (`he proposed a toast at a banquet`: `toast`
#: reads it, to someone or not); against what is denied or dismissed as a statement (`denied such
#: intentions`, `dismissed the claims`)
_GRANTED = frozenset({"access", "entry", "visa", "visas", "permission", "permit", "permits", "appeal", "appeals",
                      "request", "requests", "bail", "parole", "passage", "admission", "aid", "food", "rights",
                      "licence", "licences", "license", "licenses", "application", "applications", "asylum",
                      "clearance", "exit", "landing", "service", "services", "funding", "credit", "treatment", "care",
                      "opportunity", "chance"})
_OFFICES = frozenset({"minister", "ministers", "commander", "commanders", "aide", "aides", "general", "generals",
                      "chief", "official", "officials", "head", "director", "adviser", "advisers", "advisor",
                      "advisors", "ambassador", "governor", "staff", "deputy", "secretary", "envoy", "officer",
                      "officers", "judge", "prosecutor", "coach", "employee", "employees", "cabinet", "government",
                      "premier", "him", "her"})
_TOASTS = frozenset({"toast", "toasts"})
_NOT_SPEECH_OBJECTS = {"denied": _GRANTED, "denies": _GRANTED, "deny": _GRANTED, "dismissed": _OFFICES,
                       "proposed": _TOASTS, "proposes": _TOASTS}
#: the object pronouns that, before another word, make a `denied` one that withholds (`denied them visas`, `denied
#: him entry`; but `denied them.`, `denied them, saying`), and how many words after the verb its object is read in
_INDIRECT_OBJECTS = frozenset({"him", "her", "them", "us", "me"})
_OBJECT_REACH = 4
#: the nouns that `warning` modifies as a noun itself (`Despite warning signs that the talks would fail`, `early
#: warning systems that`), no speech act
_AFTER_WARNING = frozenset({"sign", "signs", "shot", "shots", "light", "lights", "system", "systems", "label",
                            "labels", "siren", "sirens", "bell", "bells", "flag", "flags"})
#: the nouns of saying that report with their source after `from` and a clause after `that` (`amid warnings from the
#: U.S. that the two countries could ...`), and how many words the source may hold (a full stop inside it: `U.S.`)
_NOUNS_FROM = frozenset({"warning", "warnings", "claim", "claims"})
_SOURCE_REACH = 5
#: the verbs of publishing that make `intelligence` a report with a clause after `that` (`U.S. officials released
#: intelligence last week that North Korea and Russia were arranging ...`)
_PUBLISHING = frozenset({"released", "releases", "published", "shared", "declassified"})
#: the words after `that` that open a relative clause on `intelligence`, no report (`shared intelligence that he had
#: gathered`): a subject pronoun, then a form of `have`
_RELATIVE_SUBJECTS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
_RELATIVE_PERFECT = frozenset({"had", "has", "have"})
#: the verbs before `a toast` that make it a speech, and how many words after it its `to` may stand (`Kim raised a
#: toast with a glass of Russian wine to Putin's health`; not `raised a toast at a banquet there`)
_TOASTING = frozenset({"raised", "raises", "raising", "proposed", "proposes", "proposing"})
_TOAST_REACH = 7
#: the words before `say` that are no plural subject although they end in `s` (`has say`, `its say`)
_NOT_PLURAL = frozenset({"has", "was", "does", "this", "thus", "plus", "always", "perhaps", "whereas"})
_SUBJECT_PRONOUNS = frozenset({"they", "we", "you", "i"})
WORD = compiled(r"[\w'\u2019-]+")
#: the words in lower case that any use above starts from
_TRIGGERS = ACTIVE_REPORTS | CLAUSE_REPORTS | CLOSING_REPORTS | PERSONAL_REPORTS | _NOUNS_FROM | {
    "according", "intelligence", "toast"}
_SAYING = _TRIGGERS | SPEECH_VERBS


@rule("V407", "reporting-word-not-annotated", "a word of saying in a use that reports speech or thought (X warned "
      "that, according to X, experts say, ..., he continued.) stands in a sentence that no quote's content or cue "
      "touches", "annotate the quote it reports: its content, its cue and its speaker (docs/guidelines.md, "
      "Quotations)", predictions="gold only")
def reporting_word_not_annotated(ctx: DocContext) -> Iterator[Hit]:
    """Every report of speech or thought is a quote (docs/guidelines.md, Quotations: *X warned ...*, *according to X,
    ...*, *X claims that ...*), and a quote deleted whole leaves nothing the quote rules read where its cue is no verb
    of V404 (`said`, `told` ...): 49 of release 1's 83 quotes passed so. The words here report only in some uses
    (`warned` but not `a warning` alone, `claims` the noun, `say` in `have a say`), so each is read in the uses that
    report: `according to` (but `according to plan`); a verb of `ACTIVE_REPORTS` not in the passive (`warned`,
    `urged`, `denied`; not `was warned`, `warned by`); a word of `CLAUSE_REPORTS` with `that` or `whether` among the
    next `_CLAUSE_REACH` words, no punctuation between (`noted that`, `expressed concern that`, `wonder whether`);
    `say` after a plural subject (`Experts say North Korea would`, `They say`); a verb of `PERSONAL_REPORTS` after a
    personal pronoun (`he expressed`, `He recently suggested`); a word of `CLOSING_REPORTS` ending a sentence after a
    comma and at most `_CLOSING_REACH` words (`..., the US has warned.`); a noun of `_NOUNS_FROM` before `from`, its
    source and `that` (`amid warnings from the U.S. that`), `intelligence` after a verb of `_PUBLISHING` with `that`
    after it (`released intelligence last week that`; not `shared intelligence that he had gathered`), `a toast` raised
    or proposed to someone (not `raised a toast at a banquet`). Not judged, as in V404: a
    sentence any quote's content or cue touches (V425 reads a second report there), a passive, a
    zone other than the body, a document that annotates nothing yet; nor a sentence V404 reports (`officials said
    and warned that`: one omission, one problem); nor a word of reporting in another use (`may
    hint at`, `asked detailed questions`, `the decision ... suggested that`, `amid warnings` alone, `a
    think tank that`, `no confirmed reports that`, `is widely believed that`, `The shelling, however, continued.`,
    `according to international law`, `The court denied the appeal`, `denied them visas`, `He dismissed his defence
    minister`, `Despite warning signs that`: a verb whose object is no statement, `_NOT_SPEECH_OBJECTS`, and a noun
    `warning` modifies, `_AFTER_WARNING`). A system's prediction is not held to it."""
    view, text = ctx.view, ctx.text
    if not text or annotates_nothing(ctx):
        return
    quoted = sentences_quoted(view) | unquoted_speech(ctx).keys()  # a sentence V404 reports is V404's
    starts, ends = view.column("sentences", "start"), view.column("sentences", "end")
    saying = saying_tokens(view)
    for k in sorted(set(range(len(starts))) - quoted):
        start, end = starts[k], ends[k]
        if end > len(text) or not in_running_text(view, start, start + 1):
            continue  # past the text: V201's
        first = bisect.bisect_left(saying, start)
        if first == len(saying) or saying[first] >= end:
            continue  # most sentences hold none of the words: their tokens read, a third of the cost of `WORD`'s
        words = list(WORD.finditer(text, start, end))
        found = _reporting(text, words, end)
        if found is not None:
            at = words[found]
            yield Hit(pointer("quotes"), at.group(), f"{at.group()!r} at [{at.start()}, {at.end()}) "
                      f"({brief(text[max(at.start() - 40, 0):at.end() + 40])}): no quote in its sentence")


def saying_tokens(view: DocumentView) -> list[int]:
    """The starts of the tokens whose text in lower case is a word of `_TRIGGERS` or `quote_gaps.SPEECH_VERBS`, in text
    order: the sentences V407 and V425 read further. Built once per view (one pass over the tokens in lower case, by
    maps: a loop in Python cost ~3x as much)."""
    key = ("saying_tokens",)
    if key not in view.derived:
        view.derived[key] = list(compress(view.token_starts, map(_SAYING.__contains__, view.token_lower)))
    return view.derived[key]  # type: ignore[no-any-return]


def _reporting(text: str, words: list[re.Match[str]], end: int) -> int | None:
    """The index of the first word among a sentence's `words` in a use that reports speech or thought, or None."""
    return next(reporting_words(text, words, end), None)


def reporting_words(text: str, words: list[re.Match[str]], end: int) -> Iterator[int]:
    """The indexes of the words among a sentence's `words` (`WORD`'s matches; the sentence ends at `end`) in a use
    that reports speech or thought, in text order."""
    lower = [w.group().lower() for w in words]
    for i, word in enumerate(lower):
        if word not in _TRIGGERS:
            continue
        before = _before(lower, i)
        if before not in NOT_REPORTING and (before not in _ARTICLES or word in _NOUNS_OF_SAYING) \
                and _reports(text, words, lower, i, end):
            yield i  # not after `is`, `was`, `been` ... (a passive: `was warned`, `is widely believed`) nor `the`


def _before(lower: list[str], i: int) -> str:
    """The word before the `i`th, past adverbs in `-ly` (`is widely believed that`), or '' at the sentence's start."""
    j = i - 1
    while j >= 0 and len(lower[j]) > 3 and lower[j].endswith("ly"):
        j -= 1
    return lower[j] if j >= 0 else ""


def _reports(text: str, words: list[re.Match[str]], lower: list[str], i: int, end: int) -> bool:
    """Whether the `i`th of a sentence's `words` (`lower`, in lower case) is in a use that reports."""
    word = lower[i]
    if word == "according":
        source = i + 3 if lower[i + 2:i + 3] in (["the"], ["a"], ["an"]) else i + 2
        return lower[i + 1:i + 2] == ["to"] and source < len(lower) and lower[source] not in _NO_SOURCE
    if word == "say" and i and _plural_subject(lower[i - 1]):
        return True
    if _object_not_speech(text, words, lower, i) or (word == "warning" and lower[i + 1:i + 2] and lower[i + 1] in
                                                     _AFTER_WARNING):
        return False
    if word == "toast":
        return i > 1 and lower[i - 1] in _ARTICLES and lower[i - 2] in _TOASTING \
            and _next_of(text, words, i, {"to"}, _TOAST_REACH) is not None
    if word == "intelligence":
        that = _next_of(text, words, i) if i > 0 and _before(lower, i) in _PUBLISHING else None
        return that is not None and not (lower[that + 1:that + 2] and lower[that + 1] in _RELATIVE_SUBJECTS
                                         and lower[that + 2:that + 3] and lower[that + 2] in _RELATIVE_PERFECT)
    return (word in ACTIVE_REPORTS and lower[i + 1:i + 2] != ["by"]) \
        or (word in _NOUNS_FROM and _source_follows(text, words, lower, i)) \
        or (word in CLAUSE_REPORTS and _next_of(text, words, i) is not None) \
        or (word in PERSONAL_REPORTS and _person_before(lower, i)) \
        or (word in CLOSING_REPORTS and _closes(text, words, i, end))


def _next_of(text: str, words: list[re.Match[str]], i: int, wanted: Set[str] = _COMPLEMENTIZERS,
             reach: int = _CLAUSE_REACH) -> int | None:
    """The index of the first word of `wanted` (`that` or `whether`) among the `reach` words after the `i`th, only
    spaces between, or None."""
    for j in range(i + 1, min(i + 1 + reach, len(words))):
        if text[words[j - 1].end():words[j].start()].strip():
            return None
        if words[j].group().lower() in wanted:
            return j
    return None


def _object_not_speech(text: str, words: list[re.Match[str]], lower: list[str], i: int) -> bool:
    """Whether the `i`th word (`denied`, `dismissed` ...: `_NOT_SPEECH_OBJECTS`) takes an object that is no statement:
    a word of its set among the `_OBJECT_REACH` words after it before any punctuation or `that`, or, for `denied`, an
    object pronoun before another word (`denied them visas`)."""
    objects = _NOT_SPEECH_OBJECTS.get(lower[i])
    if objects is None:
        return False
    after: list[str] = []
    for j in range(i + 1, min(i + 1 + _OBJECT_REACH, len(words))):
        if text[words[j - 1].end():words[j].start()].strip() or lower[j] in _COMPLEMENTIZERS:
            break
        after.append(lower[j])
    withholds = objects is _GRANTED and len(after) > 1 and after[0] in _INDIRECT_OBJECTS
    return withholds or not objects.isdisjoint(after)


def _source_follows(text: str, words: list[re.Match[str]], lower: list[str], i: int) -> bool:
    """Whether `from`, a source of at most `_SOURCE_REACH` words and `that` follow the `i`th word, with only spaces
    or a full stop between them (`warnings from the U.S. that`)."""
    if lower[i + 1:i + 2] != ["from"]:
        return False
    for j in range(i + 2, min(i + 3 + _SOURCE_REACH, len(words))):
        if text[words[j - 1].end():words[j].start()].strip() not in ("", "."):
            return False
        if lower[j] == "that":
            return j > i + 2
    return False


def _plural_subject(word: str) -> bool:
    """Whether a word (in lower case) may be the plural subject of `say`: a pronoun, or a noun in `-s`."""
    return word in _SUBJECT_PRONOUNS or (len(word) > 3 and word.endswith("s") and word not in _NOT_PLURAL
                                         and word.isalpha())


def _person_before(lower: list[str], i: int) -> bool:
    """Whether a pronoun of `_PERSONS` is the subject of the `i`th word: right before it, or before an adverb in `-ly`
    or a word of `_BETWEEN_PERSON`."""
    j = i - 1
    if j > 0 and (lower[j].endswith("ly") or lower[j] in _BETWEEN_PERSON):
        j -= 1
    return j >= 0 and lower[j] in _PERSONS


def _closes(text: str, words: list[re.Match[str]], i: int, end: int) -> bool:
    """Whether the `i`th word ends its sentence (`end`) but for its closing punctuation, after a comma and at most
    `_CLOSING_REACH` words with only spaces between."""
    if i + 1 < len(words) or text[words[i].end():end].strip() not in (".", ""):
        return False
    if i and text[words[i - 1].end():words[i].start()].strip():
        return False  # no speaker between the comma and the verb: `The shelling, however, continued.`
    for j in range(i - 1, max(i - _CLOSING_REACH - 1, 0), -1):
        gap = text[words[j - 1].end():words[j].start()].strip()
        if gap:
            return gap == ","
    return False
