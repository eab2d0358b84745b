"""A quote left without the speaker its text names (V381 past an official source's adjectives and through a joined
verb of saying, V459-V461) and a speaker other than the subject of the clause a participle cue closes (V462): the
thirty-first session's attack that set each speaker to none passed 22 of the 563 speaker edits over release 1 (21 of
them a speaker set to none), none does now."""

from __future__ import annotations

import json

import pytest
from sample import SAMPLE_META, corpus_document, corpus_report, empty_document, written_errors

from vostochny.checking.validator import validate_document_bytes

AP, ARMS = "ap-kim-whereabouts-after-summit", "kim-arrives-russia-arms-sale-warning"
TOP = "kim-arrives-russia-top-officials"
REUTERS, TIME = "reuters-kim-putin-summit", "time-kim-russia-trip-putin-weakness"


def _quote(doc: dict, quote_id: str) -> int:
    (found,) = [i for i, q in enumerate(doc["quotes"]) if q["id"] == quote_id]
    return found


@pytest.mark.parametrize(("doc_id", "quote_id", "speaker", "words", "code"), [
    # a joined verb of saying shares its subject; `according to` past an official source's adjectives (V381)
    (AP, "q14", "Dmitry Peskov", "confirmed that Putin had accepted the invitation and said", "V381"),
    (TOP, "q8", "Matthew Miller", "monitor the meeting closely, reminding", "V381"),
    (REUTERS, "q16", "Britain", "to end arms talks with Russia and said", "V381"),
    (REUTERS, "q2", "Kim", "Korean-Russian friendship, predicting", "V381"),
    (ARMS, "q6", "Korean Central News Agency", "According to the official Korean Central News Agency (KCNA)", "V381"),
    # the source after `by` or `from`, a subject before the cue that opens a direct quote's words (V459)
    (REUTERS, "q9", "Russian media", "When asked by Russian media", "V459"),
    (TIME, "q1", "U.S.", "amid warnings from the U.S. that", "V459"),
    (ARMS, "q2", "North Korean official media", "According to photos released by North Korean official media", "V459"),
    (AP, "q16", "Kim Putin", "Kim Putin vowed \u201cfull", "V459"),
    (AP, "q17", "he", "what he described as a \u201cjust", "V459"),
    (REUTERS, "q10", "Putin", 'Putin said: "That', "V459"),
    (REUTERS, "q13", "Putin and Kim", 'Putin and Kim called each other "comrades"', "V459"),
    (REUTERS, "q19", "Kim", "Kim signed the visitor book in Korean:", "V459"),
    (ARMS, "q15", "Matthew Miller", "According to Matthew Miller, a spokeswoman", "V459"),
    # a subject set off from its cue by an apposition or a relative clause (V460)
    (AP, "q7", "Kim Yung-ho", "Kim Yung-ho, who is in charge of North Korea affairs, warned", "V460"),
    (ARMS, "q13", "Leif-Eric Easley", "Leif-Eric Easley, a professor at Seoul\u2019s Ewha University, claims", "V460"),
    (TOP, "q2", "Jeon Ha Gyu", "Jeon Ha Gyu, spokesperson of South Korea's Defense Ministry, said", "V460"),
    (TIME, "q6", "Nam Sung-wook", "Nam Sung-wook, a former director", "V460"),
    (TIME, "q9", "Leif-Eric Easley", "Leif-Eric Easley, professor of international studies", "V460"),
    # the subject of the clause a participle cue closes (V461)
    (AP, "q22", "he", "he avoided talking about military cooperation, saying only that", "V461"),
    (ARMS, "q9", "Ria Novosti", "Ria Novosti published images", "V461"),
])
def test_a_quote_left_without_the_speaker_its_text_names_is_refused(doc_id: str, quote_id: str, speaker: str,
                                                                    words: str, code: str) -> None:
    doc, text = corpus_document(doc_id)
    assert words in text
    i = _quote(doc, quote_id)
    assert next(m["text"] for m in doc["mentions"] if m["id"] == doc["quotes"][i]["speaker"]) == speaker
    doc["quotes"][i]["speaker"] = None
    assert [(p.code, p.pointer) for p in corpus_report(doc, text)] == [(code, f"/quotes/{i}/speaker")]


def test_a_speaker_other_than_the_participle_s_subject_is_refused() -> None:
    """`The Russian state news agency [Ria Novosti] published images of the train's ... carriages being pulled by a
    [Russian Railways] locomotive along a track, claiming that ...`: the agency claims, never the railway."""
    doc, text = corpus_document(ARMS)
    i = _quote(doc, "q9")
    cue = doc["quotes"][i]["cue"]
    assert cue["text"] == "claiming"
    doc["quotes"][i]["speaker"] = next(m["id"] for m in doc["mentions"] if m["text"] == "Russian Railways"
                                       and m["start"] < cue["start"])
    assert [(p.code, p.pointer) for p in corpus_report(doc, text)] == [("V462", f"/quotes/{i}/speaker")]


#: the codes of a quote left without its speaker, and of a participle's subject
_READ = {"V273", "V381", "V459", "V460", "V461", "V462", "V482"}


def _constructed(text: str, mentions: list[tuple[str, str, str]], content: str, cue: str, speaker: str | None,
                 kind: str = "indirect") -> set[str]:
    """The codes of `_READ` a constructed document draws: one quote of `kind` over `content`, cued by the first `cue`,
    its speaker the mention `speaker` (m1 on, in `mentions` order) or none."""
    start, at = text.index(content), text.index(cue)
    quote = {"id": "q1", "kind": kind, "content": [{"start": start, "end": start + len(content), "text": content}],
             "cue": {"start": at, "end": at + len(cue), "text": cue}, "speaker": speaker, "attribution": "speech"}
    return {code for code, _ in written_errors(text, mentions, quotes=[quote])} & _READ


@pytest.mark.parametrize(("text", "mentions", "content", "cue", "kind", "code"), [
    # news sentences of other events
    ("Asked by Le Monde whether the talks would resume, Barnier said they would.",
     [("Le Monde", "le-monde", "name"), ("Barnier", "barnier", "name")], "the talks would resume", "Asked",
     "indirect", "V459"),
    ("The premier said: \u201cWe are ready to talk.\u201d", [("The premier", "premier", "nominal")],
     "We are ready to talk.", "said", "direct", "V459"),
    ("According to a report published by Amnesty, the camps were closed.", [("Amnesty", "amnesty", "name")],
     "the camps were closed", "According to", "indirect", "V459"),
    ("Maria Ortiz, a historian at the University of Lima, argues that the treaty failed.",
     [("Maria Ortiz", "ortiz", "name"), ("the University of Lima", "lima", "name")], "the treaty failed", "argues",
     "indirect", "V460"),
    ("The ministry issued a statement on Friday, insisting that the port stays open.",
     [("The ministry", "ministry", "nominal")], "the port stays open", "insisting", "indirect", "V461"),
])
def test_constructed_speakers_the_text_names(text: str, mentions: list[tuple[str, str, str]], content: str,
                                             cue: str, kind: str, code: str) -> None:
    assert _constructed(text, mentions, content, cue, "m1", kind) == set()
    assert _constructed(text, mentions, content, cue, None, kind) == {code}


def test_constructed_participle_s_subject() -> None:
    text = "The ministry released photos of the convoy escorted by the army, insisting that the port stays open."
    mentions = [("The ministry", "ministry", "nominal"), ("the army", "army", "nominal")]
    assert _constructed(text, mentions, "the port stays open", "insisting", "m2") == {"V462"}


@pytest.mark.parametrize(("text", "mentions", "content", "cue", "kind"), [
    # a direct quote's attribution after its words is V273's
    ("\u201cWe are ready to talk,\u201d the premier said.", [("the premier", "premier", "nominal")],
     "We are ready to talk,", "said", "direct"),
    # an apposition in capitals, a mention after a preposition: not read as the subject
    ("Maria Ortiz, Peru's envoy, argued that the treaty failed.", [("Maria Ortiz", "ortiz", "name")],
     "the treaty failed", "argued", "indirect"),
    ("In Lima, the mood was calm, said a diplomat who asked that the talks go on.", [("Lima", "lima", "name")],
     "the talks go on", "said", "indirect"),
    # a participle's clause that opens on a thing, its mention after a preposition
    ("The report on Ortiz came out on Friday, saying that the treaty failed.", [("Ortiz", "ortiz", "name")],
     "the treaty failed", "saying", "indirect"),
    # a source named nowhere
    ("Many said the treaty failed.", [], "the treaty failed", "said", "indirect"),
])
def test_constructed_quotes_whose_text_names_no_speaker(text: str, mentions: list[tuple[str, str, str]], content: str,
                                                        cue: str, kind: str) -> None:
    assert _constructed(text, mentions, content, cue, None, kind) - {"V273"} == set()


def _participle_hits(text: str, mentions: list[tuple[str, str, str, str]],
                     speaker: str | None) -> list[tuple[str, str]]:
    """The V461 and V462 problems (code, message) of a constructed document: its mentions (text, entity, type, kind;
    m1 on, each the first of its text after the one before), one indirect quote over `that ...` cued by `saying`, its
    speaker the mention `speaker` or none."""
    doc = empty_document("sample-doc", text, SAMPLE_META).model_dump(mode="json", by_alias=True)
    doc["zones"] = [{"kind": "body", "start": 0, "end": len(text), "text": text}]
    doc["entities"] = [{"id": e, "type": t, "name": e, "kb_id": None} for e, t in sorted({(e, t) for _, e, t, _ in
                                                                                         mentions})]
    at = 0
    for n, (words, entity, _, kind) in enumerate(mentions, 1):
        start = text.index(words, at)
        doc["mentions"].append({"id": f"m{n}", "start": start, "end": start + len(words), "text": words,
                                "entity": entity, "kind": kind, "metonymy": False})
        at = start
    content, cue = text[text.index("saying that ") + len("saying that "):].rstrip("."), text.index("saying")
    start = text.index(content)
    doc["quotes"] = [{"id": "q1", "kind": "indirect", "attribution": "speech", "speaker": speaker,
                      "content": [{"start": start, "end": start + len(content), "text": content}],
                      "cue": {"start": cue, "end": cue + len("saying"), "text": "saying"}}]
    problems = validate_document_bytes(json.dumps(doc).encode("utf-8"), text, None, "sample-doc")
    return [(p.code, p.message) for p in problems if p.severity == "error"]


@pytest.mark.parametrize(("text", "body", "person"), [
    ("The Foreign Ministry's spokesperson Maria Zakharova criticised the drills, saying that the region was calm.",
     "Foreign Ministry", "Maria Zakharova"),
    ("State Department spokesman Matthew Miller criticised the drills, saying that the region was calm.",
     "State Department", "Matthew Miller"),
    ("Russia's foreign minister Sergei Lavrov criticised the drills, saying that the region was calm.",
     "Russia", "Sergei Lavrov"),
])
def test_a_participle_s_subject_is_the_title_s_holder_not_its_body(text: str, body: str, person: str) -> None:
    """A clause that opens on a body's name and a post before a person's (`[State Department] spokesman [Matthew
    Miller]`) has the person as its subject: V461 names them, not the body (it named the body until the thirty-second
    session), and neither V461 nor V462 refuses the person as the speaker."""
    mentions = [(body, "body", "ORG", "name"), (person, "person", "PER", "name")]
    assert _participle_hits(text, mentions, "m2") == []
    ((code, message),) = _participle_hits(text, mentions, None)
    assert code == "V461" and f"the subject {person!r} (m2)" in message and repr(body) not in message


@pytest.mark.parametrize(("text", "mentions"), [
    ("Russian Foreign Ministry spokesperson Maria Zakharova criticised the drills, saying that the region was calm.",
     [("Russian", "russia", "NORP", "name"), ("Foreign Ministry", "body", "ORG", "name"),
      ("Maria Zakharova", "person", "PER", "name")]),
    ("North Korean official Kim Yo Jong criticised the drills, saying that the region was calm.",
     [("North Korean", "north-korea", "NORP", "name"), ("Kim Yo Jong", "person", "PER", "name")]),
])
def test_a_nationality_before_a_post_opens_no_other_subject(text: str,
                                                            mentions: list[tuple[str, str, str, str]]) -> None:
    """A clause that opens on a nationality (`[Russian] Foreign Ministry spokesperson [Maria Zakharova] criticised
    ..., saying`; the corpus annotates `Russian` and `North Korean` NORP) read no subject with no article before it:
    the quote passed with no speaker (the thirty-second session's survivor). The post's holder is the subject."""
    person = mentions[-1][0]
    holder = f"m{len(mentions)}"
    assert _participle_hits(text, mentions, holder) == []
    ((code, message),) = _participle_hits(text, mentions, None)
    assert code == "V461" and f"the subject {person!r} ({holder})" in message


@pytest.mark.parametrize("text", [
    "State Department spokesman Matthew Miller criticised the drills, saying that the region was calm.",
    "The Foreign Ministry's spokesperson Matthew Miller criticised the drills, saying that the region was calm.",
    "Russian Foreign Ministry spokesperson Matthew Miller criticised the drills, saying that the region was calm.",
])
def test_the_body_whose_post_names_the_subject_is_not_the_speaker(text: str) -> None:
    """The body whose post the clause's subject holds (`[State Department] spokesman [Matthew Miller] ..., saying`)
    set as the participle's speaker passed: V462 read only a speaker after a preposition. It is refused, naming the
    holder; the holder as the speaker passes."""
    body = "State Department" if text.startswith("State") else "Foreign Ministry"
    mentions = [*([("Russian", "russia", "NORP", "name")] if text.startswith("Russian") else []),
                (body, "body", "ORG", "name"), ("Matthew Miller", "person", "PER", "name")]
    at = len(mentions) - 1
    assert _participle_hits(text, mentions, f"m{at + 1}") == []
    ((code, message),) = _participle_hits(text, mentions, f"m{at}")
    assert code == "V462" and f"the subject 'Matthew Miller' (m{at + 1}) of its clause, not {body!r}" in message


@pytest.mark.parametrize(("text", "mentions", "subject"), [
    # a person's subject: the title before the other name is the object's
    ("Kim Jong Un met President Vladimir Putin in the east, saying that the region was calm.",
     [("Kim Jong Un", "kim", "PER", "name"), ("Vladimir Putin", "putin", "PER", "name")], "Kim Jong Un"),
    # a verb between a body and a title: the body is the subject
    ("Russia sent envoy Ivan Petrov to the talks, saying that the region was calm.",
     [("Russia", "russia", "GPE", "name"), ("Ivan Petrov", "petrov", "PER", "name")], "Russia"),
])
def test_a_participle_s_subject_is_kept_where_no_post_names_the_person(
        text: str, mentions: list[tuple[str, str, str, str]], subject: str) -> None:
    ((code, message),) = _participle_hits(text, mentions, None)
    assert code == "V461" and f"the subject {subject!r} (m1)" in message


@pytest.mark.parametrize("text", [
    "Russian officials met Kim Jong Un on Tuesday, saying that the region was calm.",
    "Russian officials later welcomed Kim Jong Un, saying that the region was calm.",
])
def test_a_verb_ends_a_nationality_s_title(text: str) -> None:
    """`Russian officials met [Kim Jong Un] on Tuesday, saying ...` with `Russian officials` unannotated: V461 read
    `officials met` as a title's words and named Kim, the object, as the missing speaker (the thirty-fourth session's
    second read), and Kim set as the speaker then passed. A word in lower case outside the titles' words (`met`) ends
    the title: the clause names no annotated subject, and V461 and V462 judge nothing; Kim, the verb's object, set as
    the speaker is V482's (from the thirty-seventh session)."""
    mentions = [("Russian", "russia", "NORP", "name"), ("Kim Jong Un", "kim", "PER", "name")]
    assert _participle_hits(text, mentions, None) == []
    ((code, message),) = _participle_hits(text, mentions, "m2")
    assert code == "V482" and "the clause of 'Russian officials', no mention: 'Kim Jong Un' is its verb's object" \
        in message
    text = text.replace("Russian officials", "Russian Foreign Ministry official Igor Morgulov")
    mentions = [("Russian", "russia", "NORP", "name"), ("Igor Morgulov", "igor", "PER", "name"),
                ("Kim Jong Un", "kim", "PER", "name")]
    ((code, message),) = _participle_hits(text, mentions, None)
    assert code == "V461" and "the subject 'Igor Morgulov' (m2)" in message


@pytest.mark.parametrize("title", ["Russian government spokesman", "Russian first deputy prime minister",
                                   "Russian regional governor", "Russian nuclear envoy"])
def test_an_adjective_of_an_office_stays_in_the_title(title: str) -> None:
    """`Russian government spokesman [Dmitry Peskov] dismissed the reports, saying that ...` with no speaker: V461
    names Peskov. From the thirty-fifth session on a word in lower case outside `TITLE_LEXICON` (`government`,
    `first`, `regional`, `nuclear`) ended the title and the quote without its speaker passed (the thirty-sixth
    session's second read); Peskov as the speaker passes."""
    text = f"{title} Dmitry Peskov dismissed the reports, saying that the talks went well."
    mentions = [("Russian", "russia", "NORP", "name"), ("Dmitry Peskov", "peskov", "PER", "name")]
    assert _participle_hits(text, mentions, "m2") == []
    ((code, message),) = _participle_hits(text, mentions, None)
    assert code == "V461" and "the subject 'Dmitry Peskov' (m2)" in message
_KIM, _PUTIN = ("Kim Jong Un", "kim", "PER", "name"), ("Vladimir Putin", "putin", "PER", "name")


@pytest.mark.parametrize(("text", "mentions", "object_id"), [
    ("Kim Jong Un met Vladimir Putin on Tuesday, saying that the region was calm.", [_KIM, _PUTIN], "m2"),
    ("Kim Jong Un warmly greeted the Vladimir Putin delegation, saying that the region was calm.", [_KIM, _PUTIN],
     "m2"),
    ("North Korean official Kim Jong Un thanked Vladimir Putin, saying that the region was calm.",
     [("North Korean", "nk", "NORP", "name"), _KIM, _PUTIN], "m3"),
])
def test_the_verb_s_object_is_not_the_participle_s_speaker(
        text: str, mentions: list[tuple[str, str, str, str]], object_id: str) -> None:
    """`[Kim Jong Un] met [Vladimir Putin] on Tuesday, saying that ...` set as Putin's passed V462, which read only a
    preposition's object (the thirty-sixth session's fuzz kinds for V461 found it): the verb's object right after
    the subject is no subject either."""
    ((code, message),) = _participle_hits(text, mentions, object_id)
    assert code == "V462" and "the subject 'Kim Jong Un'" in message
    assert _participle_hits(text, mentions, object_id.replace(object_id[1], str(int(object_id[1]) - 1))) == []


@pytest.mark.parametrize("text", [
    "Kim Jong Un and Vladimir Putin met on Tuesday, saying that the region was calm.",
    "Kim Jong Un or Vladimir Putin spoke on Tuesday, saying that the region was calm.",
])
def test_a_coordinated_subject_may_be_the_participle_s_speaker(text: str) -> None:
    """A name joined to the subject by `and` or `or` is a subject too: V462 judges neither."""
    assert _participle_hits(text, [_KIM, _PUTIN], "m2") == []
    assert _participle_hits(text, [_KIM, _PUTIN], "m1") == []


_NORTH_KOREAN = ("North Korean", "nk", "NORP", "name")
_OFFICIALS = ("North Korean officials", "officials", "PER", "nominal")


@pytest.mark.parametrize("text", [
    "North Korean officials met Vladimir Putin on Tuesday, saying that the region was calm.",
    "North Korean officials later welcomed Vladimir Putin, saying that the region was calm.",
    "North Korean officials met with Vladimir Putin, saying that the region was calm.",
    "The officials warmly greeted Vladimir Putin, saying that the region was calm.",
])
def test_the_verb_s_object_is_no_speaker_of_a_subject_without_a_mention(text: str) -> None:
    """`North Korean officials met [Vladimir Putin] on Tuesday, saying that ...` with Putin set as the speaker passed
    every rule (the thirty-sixth session's fuzz kinds left it): the clause's subject has no mention for V462 to
    compare with, but the verb's object is never the participle's subject (V482). The subject annotated and set as
    the speaker passes; the object set as the speaker then is V462's alone, naming the subject."""
    mentions = [_NORTH_KOREAN, _PUTIN] if text.startswith("North") else [_PUTIN]
    ((code, message),) = _participle_hits(text, mentions, f"m{len(mentions)}")
    assert code == "V482" and "is its verb's object" in message
    assert _participle_hits(text, mentions, None) == []
    if text.startswith("North"):  # the subject annotated: nested over the nationality
        mentions = [_OFFICIALS, _NORTH_KOREAN, _PUTIN]
        assert _participle_hits(text, mentions, "m1") == []
        ((code, message),) = _participle_hits(text, mentions, "m3")
        assert code == "V462" and "the subject 'North Korean officials' (m1)" in message


@pytest.mark.parametrize(("text", "mentions"), [
    # a preposition ends the subject's words: a thing's clause, whose mention after it V462 reads where it has one
    ("The report on Vladimir Putin came out on Friday, saying that the region was calm.", [_PUTIN]),
    # no article or annotated nationality opens the clause: its words are not read
    ("Officials met Vladimir Putin, saying that the region was calm.", [_PUTIN]),
    # a name joined to the subject is a subject too
    ("North Korean officials and Vladimir Putin met, saying that the region was calm.", [_NORTH_KOREAN, _PUTIN]),
    # a comma between the object and the cue's comma: an aside, not the clause V461 reads
    ("North Korean officials met Vladimir Putin, who was calm, saying that the region was calm.",
     [_NORTH_KOREAN, _PUTIN]),
])
def test_a_speaker_v482_does_not_read_as_the_verb_s_object(text: str,
                                                           mentions: list[tuple[str, str, str, str]]) -> None:
    """V482 judges only the object right after the verb that ends a subject's title words, in a clause that runs to
    the participle's comma."""
    assert _participle_hits(text, mentions, f"m{len(mentions)}") == []
