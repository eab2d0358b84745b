"""A quote's edges moved one token (the thirty-third session's `quote-boundary` sweep): a cue widened over a mark, an
auxiliary or adverb, its complementizer or the article after it (V468), a reported content widened over its
complementizer (V469), and a fragment inside an utterance widened over a comma or a quotation mark (V251, read at
every fragment's ends). Each passed every rule with 0 errors."""

from __future__ import annotations

import pytest
from sample import corpus_document
from test_rules_edges_and_sides import AP, ARMS, REUTERS, TIME, TOP, _errors, _quote


def _widened(text: str, span: dict, before: str, after: str) -> None:
    """`span` widened over the words `before` it and `after` it (each exactly as the text has them, spaces too)."""
    start, end = span["start"] - len(before), span["end"] + len(after)
    assert text[start:span["start"]] == before and text[span["end"]:end] == after
    span.update(start=start, end=end, text=text[start:end])


@pytest.mark.parametrize(("document", "starts", "before", "after"), [
    (AP, "Kim’s delegation to Russia", "", " that"),  # `Lim also [noted that] ...`: its complementizer
    (AP, "Kim’s delegation to Russia", "also ", ""),  # `Lim [also noted] that ...`: an adverb before the verb
    (AP, "We express our deep concern", "", "."),  # `..., Kirby [said.]`: the sentence's period
    (AP, "Russia was abiding by sanctions", ", ", ""),  # `cooperation[, saying] only ...`: the comma before it
    (AP, "North Korea would face consequences", "", " Wednesday"),  # `Kirby [said Wednesday] that ...`
    (TIME, "It would be a ‘win-win’", "", " the"),  # `..., [told the] Associated Press`: an article
    (REUTERS, "Russia would help Kim build", "", " by"),  # `When [asked by] Russian media`: a preposition of agent
])
def test_a_cue_widened_over_a_word_or_mark_is_refused(document: str, starts: str, before: str, after: str) -> None:
    """A cue dragged a token wide passed every rule: V468, and no other code."""
    doc, text = corpus_document(document)
    i, q = _quote(doc, starts)
    assert _errors(doc, text) == []
    _widened(text, q["cue"], before, after)
    assert _errors(doc, text) == [("V468", f"/quotes/{i}/cue")]


@pytest.mark.parametrize(("document", "starts", "k", "before"), [
    (AP, "Kim’s delegation to Russia", 0, "that "),  # `Lim also noted [that Kim’s delegation ...]`
    (AP, "Russia, which has always", 0, "whether "),  # `Some analysts wonder [whether Russia, ...]`
    (REUTERS, "Russia would help Kim build", 0, "if "),  # `When asked by Russian media, ..., [if Russia would ...]`
    (TOP, '"any transfer of arms', 0, "that "),  # `reminding [that "any transfer ...]`: past its quotation mark
    (AP, "Kim had invited Putin", 1, "that "),  # `... and [that Putin accepted it ...]`: a second fragment
])
def test_a_reported_content_widened_over_its_complementizer_is_refused(document: str, starts: str, k: int,
                                                                         before: str) -> None:
    """A reported clause dragged a word wide over its complementizer passed every rule: V469, and no other code."""
    doc, text = corpus_document(document)
    i, q = _quote(doc, starts)
    _widened(text, q["content"][k], before, "")
    assert _errors(doc, text) == [("V469", f"/quotes/{i}/content/{k}")]


@pytest.mark.parametrize(("document", "starts", "k", "before", "after"), [
    (REUTERS, "It was the first such launch", 0, "", ","),  # `... abroad[,] analysts said, demonstrating ...`
    (TIME, "It would be a ‘win-win’", 0, "", "”"),  # a direct fragment over its closing mark
    (TIME, "It would be a ‘win-win’", 1, "“", ""),  # the next fragment over its opening mark
])
def test_a_fragment_inside_an_utterance_over_a_mark_or_comma_is_refused(document: str, starts: str, k: int,
                                                                        before: str, after: str) -> None:
    """V251 read only the first fragment's start and the last one's end: an inner edge widened over the comma that
    the attribution sets off, or over a quotation mark, passed; every fragment's two ends are read now."""
    doc, text = corpus_document(document)
    i, q = _quote(doc, starts)
    _widened(text, q["content"][k], before, after)
    assert _errors(doc, text) == [("V251", f"/quotes/{i}/content")]



@pytest.mark.parametrize(("document", "starts", "k", "stop"), [
    (AP, "No nation on the planet", 0, ","),  # `“... kill innocent Ukrainians[,]” Kirby said.`
    (REUTERS, "That's why we came here.", 0, "."),  # `Putin said: "That's why we came here[.]"`
    (TIME, "It would be a \u2018win-win\u2019", 1, "."),  # the second fragment's stop, inside its mark
])
def test_a_direct_fragment_short_of_its_punctuation_inside_the_mark_is_refused(document: str, starts: str, k: int,
                                                                               stop: str) -> None:
    """A direct fragment cut before the comma or stop inside its closing mark passed (V252 lets a stop stand outside
    the mark, `“... win”.`): V386, at that fragment."""
    doc, text = corpus_document(document)
    i, q = _quote(doc, starts)
    fragment = q["content"][k]
    assert fragment["text"].endswith(stop)
    fragment.update(end=fragment["end"] - len(stop), text=fragment["text"][:-len(stop)])
    assert _errors(doc, text) == [("V386", f"/quotes/{i}/content/{k}")]

@pytest.mark.parametrize(("cue", "wrong"), [
    ("said", False), ("according to", False), ("raised a toast", False), ("warned of", False),
    ("described as", False), ("signed the visitor book", False), ("has warned", True), ("said that", True),
    ("told the", True), ("said,", True), ("\u201csaid", True), ("amid warnings", True), ("when asked", True),
    ("chimed in", False), ("weighs in", False), ("Weighing in", False), ("said in", True), ("weighed heavily in", True),
    ("remained in", True),
])
def test_what_a_cue_may_begin_and_end_with(cue: str, wrong: bool) -> None:
    """A phrasal cue's particle and a noun of its phrase are kept; a mark, an auxiliary, a complementizer, an article
    and a preposition of the phrase around it are not."""
    from vostochny.checking.rules.quote_edges import _cue_edge
    from vostochny.model.models import Span
    assert (_cue_edge(cue, Span(start=0, end=len(cue), text=cue)) is not None) is wrong


def _reported(text: str, contents: list[str], cue: str) -> list[tuple[str, str]]:
    """The errors of a constructed document: one indirect quote of Kim's over `contents`, cued `cue`."""
    from test_rules import _annotated, _span_in
    quote = {"id": "q1", "kind": "indirect", "content": [_span_in(text, c) for c in contents],
             "cue": _span_in(text, cue), "speaker": "m1"}
    return _annotated(text, (("Kim", "e1", "PER", "name"),), quotes=(quote,))


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("Kim warned that, despite sanctions, Russia would help.", "that, despite sanctions, Russia would help", "warned"),
    ("Kim warned that \u2014 despite sanctions \u2014 Russia would help.",
     "that \u2014 despite sanctions \u2014 Russia would help", "warned"),
    ("Kim asked whether, in the end, Russia would help.", "whether, in the end, Russia would help", "asked"),
])
def test_a_complementizer_before_a_comma_or_dash_is_refused(text: str, content: str, cue: str) -> None:
    """`warned [that, despite sanctions, Russia would help]`: a complementizer that a comma or a dash follows (a phrase
    set off before the clause's subject) passed V469, which read only a space after it (the thirty-fourth session's
    second read)."""
    assert _reported(text, [content], cue) == [("V469", "/quotes/0/content/0")]


@pytest.mark.parametrize(("text", "content"), [
    ("Kim said that that deal was a success.", "that deal was a success"),  # the complementizer, then `that deal`
    ("Kim said that that, too, was a success.", "that, too, was a success"),
    ("Kim said that, too, was a success.", "that, too, was a success"),  # a verb after the phrase set off
])
def test_a_demonstrative_after_the_complementizer_is_the_clause_s(text: str, content: str) -> None:
    """`said that [that deal was a success]`: the complementizer stands outside the content, and the `that` that opens
    it is a demonstrative, its subject's; V469 refused it (a false refusal the thirty-fourth session's second read
    found). A demonstrative before a phrase set off by commas has its verb after the phrase (`said [that, too, was
    ...]`)."""
    assert _reported(text, [content], "said") == []


@pytest.mark.parametrize("text", ["\u2018We will win,\u2019 Kim said.", "'We will win,' Kim said.",
                                  "Kim said: \u2018We will win.\u2019", "\u2039We will win,\u203a Kim said."])
def test_a_direct_fragment_short_of_its_punctuation_inside_a_single_mark_is_refused(text: str) -> None:
    """`‘We will win[,]’ Kim said` (a headline's or a British report's single marks): the fragment stops before the
    comma inside its closing mark as it does inside a double one, and V386 read only double marks (accepted until the
    thirty-fourth session's second read); the fragment over the comma passes."""
    from test_rules import _annotated, _span_in
    mentions = (("Kim", "e1", "PER", "name"),)
    quote = {"id": "q1", "kind": "direct", "content": [_span_in(text, "We will win")], "cue": _span_in(text, "said"),
             "speaker": "m1"}
    assert _annotated(text, mentions, quotes=(quote,)) == [("V386", "/quotes/0/content/0")]
    whole = text[text.index("We"):text.index("win") + 4]
    quote["content"] = [_span_in(text, whole)]
    assert _annotated(text, mentions, quotes=(quote,)) == []


@pytest.mark.parametrize("cue", ["said today", "said yesterday", "said earlier", "said later", "could say",
                                 "did say", "may say", "separately said"])
def test_a_cue_widened_over_another_word_of_time_or_auxiliary_is_refused(cue: str) -> None:
    """`Kim [said today] that ...`, `Kim [could say] that ...`, `Kim [separately said] that ...`: words of time, modals
    and adverbs beside `said Wednesday` and `has warned` that V468 did not list (accepted until the thirty-fourth
    session's second read)."""
    text = f"Kim {cue} that Russia would help."
    assert _reported(text, ["Russia would help"], cue) == [("V468", "/quotes/0/cue")]


@pytest.mark.parametrize("clause", ["that won\u2019t change", "that wasn't the plan", "that never happened",
                                    "that also mattered", "that alone proves nothing", "that makes sense",
                                    "that happened twice", "that proved wrong"])
def test_a_demonstrative_before_a_negated_auxiliary_or_a_verb_is_the_clause_s(clause: str) -> None:
    """`said [that won’t change]`, `said [that never happened]`: the demonstrative before a negated auxiliary, an
    adverb or a common verb is the clause's subject, as before `was`; V469 refused each (a false refusal the
    thirty-fourth session's second read found)."""
    assert _reported(f"Kim said {clause}.", [clause], "said") == []


@pytest.mark.parametrize("clause", ["that sanctions would fail", "that Russia's aid was welcome", "that it's over",
                                    "that this was a success"])
def test_a_complementizer_before_a_subject_is_still_refused(clause: str) -> None:
    """The complementizer before the clause's subject (a plural noun, a name, a pronoun) is still refused (V469)."""
    assert _reported(f"Kim said {clause}.", [clause], "said") == [("V469", "/quotes/0/content/0")]


@pytest.mark.parametrize(("text", "cue", "kind"), [
    ("\u201cWe will win,\u201d Kim chimed in.", "chimed in", "direct"),
    ("\u201cRussia would help,\u201d Kim weighed in.", "weighed in", "direct"),
    ("Kim is weighing in on whether Russia would help.", "weighing in", "indirect"),
])
def test_a_phrasal_verb_of_saying_in_in_is_a_cue(text: str, cue: str, kind: str) -> None:
    """`Kim [chimed in]`, `Kim [weighed in]` report speech: V380 (no word of saying) and V468 (a cue ending with `in`)
    both refused them (the thirty-fourth session's second read); `weighed` alone says nothing and is still refused."""
    from test_rules import _annotated, _span_in
    content = text[1:text.index(",") + 1] if kind == "direct" else "Russia would help"
    quote = {"id": "q1", "kind": kind, "content": [_span_in(text, content)], "cue": _span_in(text, cue),
             "speaker": "m1"}
    mentions = (("Kim", "e1", "PER", "name"),)
    assert _annotated(text, mentions, quotes=(quote,)) == []
    quote["cue"] = _span_in(text, cue.split()[0])
    assert _annotated(text, mentions, quotes=(quote,)) == [("V380", "/quotes/0/cue")]


@pytest.mark.parametrize("cue", ["weighed down", "weighed up", "weighed the offer", "chimed loudly"])
def test_chime_or_weigh_without_in_is_no_cue(cue: str) -> None:
    """`chimed` and `weighed` say something only with `in` right after them: a cue of either and any other word
    (`Kim [weighed down]`) passed V380 as a phrase of saying (the thirty-sixth session's second read); `weighed in`
    still passes (the test above)."""
    from test_rules import _annotated, _span_in

    text = f"\u201cRussia would help,\u201d Kim {cue}."
    quote = {"id": "q1", "kind": "direct", "content": [_span_in(text, "Russia would help,")],
             "cue": _span_in(text, cue), "speaker": "m1"}
    assert _annotated(text, (("Kim", "e1", "PER", "name"),), quotes=(quote,)) == [("V380", "/quotes/0/cue")]


@pytest.mark.parametrize(("document", "starts", "opener"), [
    (AP, "If the countries decide", "If "),  # `[the countries decide ...]`: a condition without its `If`
    (ARMS, "while Moscow has satellite", "while "),  # `claims while [Moscow has ...]`
    (ARMS, "as winter approaches", "as "),  # `issued a warning that as [winter approaches, ...]`
    (TIME, "in addition to advanced", "in "),  # `say [addition to advanced weaponry ...]`
    (TOP, "Kim boarded his personal", "Kim "),  # `said Kim [boarded ...]`: its subject after `said`
    (ARMS, "Kim departed North Korea", "Kim "),  # `..., Kim [departed ...]`: after a comma
    (TIME, "Kim appears to have been", "Kim "),  # at its line's start
    (AP, "Russian Foreign Minister", "Russian "),  # `said Russian [Foreign Minister ...]`: a premodifier's mention
])
def test_a_reported_clause_started_inside_is_refused(document: str, starts: str, opener: str) -> None:
    """A reported clause cut one word short at its start, after the subordinator, `in` or mention that opens it,
    passed every rule (the thirty-seventh session's quote-boundary sweep): V487, and no other code."""
    doc, text = corpus_document(document)
    i, q = _quote(doc, starts)
    fragment = q["content"][0]
    assert _errors(doc, text) == [] and fragment["text"].startswith(opener)
    fragment.update(start=fragment["start"] + len(opener), text=fragment["text"][len(opener):])
    assert _errors(doc, text) == [("V487", f"/quotes/{i}/content/0")]


@pytest.mark.parametrize(("text", "content", "cue"), [
    ("Kim asked if Russia would help.", "Russia would help", "asked"),  # the complementizer after a verb of asking
    ("Kim chimed in that Russia would help.", "Russia would help", "chimed in"),  # the cue's own particle
    ("Kim said Russia would help if asked.", "Russia would help if asked", "said"),
    ("Kim said that as winter nears, Russia would help.", "as winter nears, Russia would help", "said"),
    ("Kim urged Russia to help.", "help", "urged"),  # the infinitive's `to` is not read
])
def test_a_reported_clause_after_a_complementizer_cue_or_to_passes(text: str, content: str, cue: str) -> None:
    """Counter-tests of V487: `asked if [...]`, a cue's particle (`chimed in`), `to` before an infinitive and a
    content that holds its own subordinator pass."""
    assert _reported(text, [content], cue) == []


@pytest.mark.parametrize(("text", "cue"), [
    ("Kim told Lee Russia would help.", "told"),  # the one told
    ("Kim said in a talk with Lee Russia would help.", "said"),  # a mention after a preposition
    ("Kim said Lee\nRussia would help.", "said"),  # across a line break
])
def test_a_reported_clause_after_the_one_told_passes(text: str, cue: str) -> None:
    """Counter-tests of V487's subject: a mention right before the content that does not open its clause passes."""
    from test_rules import _annotated, _span_in
    quote = {"id": "q1", "kind": "indirect", "content": [_span_in(text, "Russia would help")],
             "cue": _span_in(text, cue), "speaker": "m1"}
    mentions = (("Kim", "e1", "PER", "name"), ("Lee", "e2", "PER", "name"))
    assert _annotated(text, mentions, quotes=(quote,)) == []


@pytest.mark.parametrize(("document", "starts", "k", "word"), [
    (REUTERS, "sensitive discussions between", 0, " matter"),  # `[... were a private] matter.`
    (TIME, "the two countries could strike", 0, " deal"),  # `[... could strike an arms] deal.`
    (TOP, "Washington will monitor", 0, " closely"),  # `[... the meeting] closely, reminding ...`
    (REUTERS, "It was the first such launch", 1, " programs"),  # the second fragment: `[... missile] programs.`
])
def test_a_reported_clause_one_word_short_of_its_mark_is_refused(document: str, starts: str, k: int,
                                                                 word: str) -> None:
    """A reported clause cut one word short at its end, before the comma or stop that closes it, passed every rule
    (the thirty-seventh session's quote-boundary sweep): V488, at that fragment, and no other code."""
    doc, text = corpus_document(document)
    i, q = _quote(doc, starts)
    fragment = q["content"][k]
    assert _errors(doc, text) == [] and fragment["text"].endswith(word)
    fragment.update(end=fragment["end"] - len(word), text=fragment["text"][:-len(word)])
    assert _errors(doc, text) == [("V488", f"/quotes/{i}/content/{k}")]


@pytest.mark.parametrize(("text", "content"), [
    ("Kim said Russia would help Tuesday.", "Russia would help"),  # a word of time may tell when it was said
    ("Russia would help, Kim said.", "Russia would help"),  # the comma right after the content
    ("Kim said Russia would help Mr. Lee soon.", "Russia would help"),  # `Mr.` of the mention `Mr. Lee`
])
def test_a_reported_clause_before_a_word_of_time_or_a_mention_passes(text: str, content: str) -> None:
    """Counter-tests of V488: a word of time, and a word inside a mention that goes on past its stop, pass."""
    from test_rules import _annotated, _span_in
    mentions = (("Kim", "e1", "PER", "name"), ("Mr. Lee", "e2", "PER", "name"))
    quote = {"id": "q1", "kind": "indirect", "content": [_span_in(text, content)], "cue": _span_in(text, "said"),
             "speaker": "m1"}
    assert _annotated(text, tuple(m for m in mentions if m[0] in text), quotes=(quote,)) == []


def test_a_content_started_after_any_or_ended_on_as_is_refused() -> None:
    """`said any [deal that would ...]` and `characterised [Putin’s efforts to meet with Kim as] desperate` passed
    (the thirty-seventh session's quote-boundary sweep): V395 reads `any` and `every` before a content and `as` at
    its end now, and no other code."""
    doc, text = corpus_document(AP)
    i, q = _quote(doc, "any deal that would")
    fragment = q["content"][0]
    fragment.update(start=fragment["start"] + 4, text=fragment["text"][4:])
    assert _errors(doc, text) == [("V395", f"/quotes/{i}/content/0")]
    doc, text = corpus_document(ARMS)
    i, q = _quote(doc, "Putin\u2019s efforts to meet")
    fragment = q["content"][0]
    assert fragment["text"].endswith(" as desperate")
    fragment.update(end=fragment["end"] - len(" desperate"), text=fragment["text"][:-len(" desperate")])
    assert _errors(doc, text) == [("V395", f"/quotes/{i}/content/0")]


@pytest.mark.parametrize(("text", "content"), [
    ("Kim said any deal would help.", "any deal would help"),
    ("Kim said Russia would help as well.", "Russia would help as well"),
    ("Kim said Russia would help as a friend.", "Russia would help as a friend"),
])
def test_any_and_as_inside_a_content_pass(text: str, content: str) -> None:
    """Counter-tests: `any` and `as` inside the content pass V395."""
    assert _reported(text, [content], "said") == []


def test_a_cue_widened_over_on_before_a_weekday_is_refused() -> None:
    """`KCNA [said on] Thursday that ...` passed (`on` may end a phrasal cue, `commented on`): V468 reads `on` before
    a weekday now; `Kim [commented on] Russia's aid` still passes."""
    doc, text = corpus_document(AP)
    i, q = _quote(doc, "Kim had invited Putin")
    assert text[q["cue"]["end"]:q["cue"]["end"] + 12] == " on Thursday"
    _widened(text, q["cue"], "", " on")
    assert _errors(doc, text) == [("V468", f"/quotes/{i}/cue")]
    from vostochny.checking.rules.quote_edges import _cue_edge
    from vostochny.model.models import Span
    for after, wrong in ((" Russia's aid", False), (" Mondays", False), (" Monday", True)):
        cue = Span(start=4, end=16, text="commented on")
        assert (_cue_edge(f"Kim commented on{after}.", cue) is not None) is wrong
