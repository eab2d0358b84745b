"""Wordings that the real reports never write, on the sample rewritten: a line added with its mentions of the
repository's registry records, and the relation or the report that the rules read there (the thirty-sixth session's
rule changes, fuzzed in the thirty-seventh)."""

from __future__ import annotations

import json
import random
from typing import Any

from sample import REPO

from vostochny.checking.rules.tokenizer import title_before
from vostochny.model import tokenize

from .corpora import Corpus, raw_text
from .jsonedit import Fragments, choose
from .k_benign import EDITS
from .k_layers import (
    CONSISTENCY,
    REAL,
    SAMPLE,
    SENTENCES,
    _cut_points,
    _in_a_document,
    _mentions,
    _sentence,
    _split_counted,
    line_added,
    sample_rewritten,
)
from .kinds import ACCEPT, kind, must_draw, reject

#: a mention of the added line: its words, the registry record of its entity and its kind
Said = tuple[str, str, str]
#: a relation of the added line: its type, the indices of its head and tail among the line's mentions, its factuality
Stated = tuple[str, int, int, str]
#: a report of the added line: its content, cue and the index of its speaker among the line's mentions
Reported = tuple[str, str, int]


def _records() -> dict[str, dict[str, Any]]:
    """The repository's registry records by id."""
    registry = json.loads((REPO / "annotations" / "entities.json").read_text(encoding="utf-8"))
    return {r["id"]: r for r in registry["entities"]}


def wording_added(corpus: Corpus, line: str, mentions: list[Said], relations: list[Stated],
                  report: Reported | None = None) -> None:
    """Add `line` to the sample, a body paragraph of its own: each of `mentions` a mention of the entity of its
    registry record (the document's own where it has one; else added, its record copied from the repository's
    registry into the sample's), each of `relations` a relation (`rf0`, ...) and `report` an indirect quote of speech
    (`qf`)."""
    records = _records()
    registry = json.loads(corpus.registry.read_bytes())
    known = {r["id"] for r in registry["entities"]}
    registry["entities"] += [records[kb] for kb in dict.fromkeys(kb for _, kb, _ in mentions) if kb not in known]
    registry["entities"].sort(key=lambda r: r["id"])
    corpus.registry.write_text(json.dumps(registry, ensure_ascii=False, indent=2), encoding="utf-8")

    def edit(doc: dict[str, Any], text: str) -> tuple[dict[str, Any], str]:
        entity = {e["kb_id"]: e["id"] for e in doc["entities"] if e["kb_id"]}
        for kb in dict.fromkeys(kb for _, kb, _ in mentions):
            if kb not in entity:
                entity[kb] = f"ef{len(entity)}"
                doc["entities"].append({"id": entity[kb], "type": records[kb]["type"], "name": records[kb]["name"],
                                        "kb_id": kb})
        doc, text, span = line_added(doc, text, line, [(words, entity[kb], how) for words, kb, how in mentions])
        doc["relations"] += [{"id": f"rf{n}", "type": kind_, "head": f"mf{head}", "tail": f"mf{tail}",
                              "factuality": factuality} for n, (kind_, head, tail, factuality) in enumerate(relations)]
        if report is not None:
            content, cue, speaker = report
            doc["quotes"].append({"id": "qf", "kind": "indirect", "content": [span(content)], "cue": span(cue),
                                  "speaker": f"mf{speaker}", "attribution": "speech"})
        return doc, text

    sample_rewritten(corpus, edit)


_KIM, _PUTIN = ("Kim Jong Un", "kim-jong-un", "name"), ("Vladimir Putin", "vladimir-putin", "name")
_NORTH_KOREA, _RUSSIA = ("North Korea", "north-korea", "name"), ("Russia", "russia", "name")
#: a verb of telling whose reported clause may open with no `that` right after its addressee (V421's `_TELLS`), and
#: an addressee with an adverbial or not
_TELLING = ("told", "tells", "reminded", "reminds", "warned", "warns", "assured", "assures", "informed", "informs")
_ADDRESSEES = ("reporters", "the Russian delegation on Wednesday", "state media", "officials after the summit")


@kind("traveller-the-teller-of-a-clause-without-that", reject("V421"), CONSISTENCY, bases=SAMPLE)
def traveller_the_teller_of_a_clause_without_that(corpus: Corpus, rng: random.Random) -> None:
    """Add to the sample `[Kim Jong Un] told reporters Vladimir Putin would travel to [North Korea].` (another verb
    of telling, in the past or the present, another addressee) with TRAVELS_TO(Kim, North Korea), `possible`, the
    clause an indirect quote of Kim's: the teller is the report's source, the clause's subject the traveller (V421 read
    only a `that` after the addressee until the thirty-sixth session, and the present tense not until the
    thirty-seventh). V421 alone."""
    verb = rng.choice(_TELLING)
    line = f"Kim Jong Un {verb} {rng.choice(_ADDRESSEES)} Vladimir Putin would travel to North Korea."
    wording_added(corpus, line, [_KIM, _PUTIN, _NORTH_KOREA], [("TRAVELS_TO", 0, 2, "possible")],
                  ("Vladimir Putin would travel to North Korea", verb, 0))
    must_draw("V421")


_KREMLIN, _PESKOV = ("Kremlin", "kremlin", "name"), ("Dmitry Peskov", "dmitry-peskov", "name")
_LANKOV, _AFP = ("Andrei Lankov", "andrei-lankov", "name"), ("AFP", "agence-france-presse", "name")
#: a report of a journey or a meeting with its attribution, its mentions, the relation re-pointed at a mention of the
#: attribution (type, head, tail: indices of the mentions), the report's content, cue and speaker
_ATTRIBUTED: tuple[tuple[str, list[Said], tuple[str, int, int], Reported], ...] = (
    ("Kim Jong Un travelled to Russia again, the Kremlin said.", [_KIM, _RUSSIA, _KREMLIN], ("TRAVELS_TO", 2, 1),
     ("Kim Jong Un travelled to Russia again", "said", 2)),
    ("According to the Kremlin, Kim Jong Un travelled to Russia again.", [_KREMLIN, _KIM, _RUSSIA],
     ("TRAVELS_TO", 0, 2), ("Kim Jong Un travelled to Russia again", "According to", 0)),
    ("Kim Jong Un met Vladimir Putin again, according to Dmitry Peskov, a spokesman for the Kremlin.",
     [_KIM, _PUTIN, _PESKOV, _KREMLIN], ("MEETS", 0, 3), ("Kim Jong Un met Vladimir Putin again", "according to", 2)),
    ("Kim Jong Un met Vladimir Putin again, according to Andrei Lankov, who spoke to AFP.",
     [_KIM, _PUTIN, _LANKOV, _AFP], ("MEETS", 0, 3), ("Kim Jong Un met Vladimir Putin again", "according to", 2)),
)


@kind("event-argument-to-a-written-attribution", reject("V421"), CONSISTENCY, bases=SAMPLE)
def event_argument_to_a_written_attribution(corpus: Corpus, rng: random.Random) -> None:
    """Add to the sample a journey or a meeting reported with its attribution (`..., the [Kremlin] said.`, `According
    to the [Kremlin], ...`, `..., according to Dmitry Peskov, a spokesman for the [Kremlin].`, `..., according to
    Andrei Lankov, who spoke to [AFP].`), `reported`, its report an indirect quote of the source, and a relation's
    argument put on a mention of the attribution (the whole attribution read since the thirty-sixth session: the
    real reports write the first two). V421 alone."""
    line, mentions, (type_, head, tail), report = rng.choice(_ATTRIBUTED)
    wording_added(corpus, line, mentions, [(type_, head, tail, "reported")], report)
    must_draw("V421")


_VLADIVOSTOK = ("Vladivostok", "vladivostok", "name")
#: where a meeting was held, its place after `of` and a noun of a place, a direction or a part of a place (V472's)
_PLACES_OF = ("in the eastern Russian city of", "about 425 miles north of", "in the port of", "in the region of",
              "some 100 kilometres west of", "on the outskirts of", "in the suburbs of", "in the heart of",
              "in the centre of", "in the streets of")


@kind("meeting-party-after-a-place-s-of", reject("V472"), CONSISTENCY, bases=SAMPLE)
def meeting_party_after_a_place_s_of(corpus: Corpus, rng: random.Random) -> None:
    """Add to the sample `[Kim Jong Un] met Vladimir Putin in the eastern Russian city of [Vladivostok].` (`425 miles
    north of`, `on the outskirts of`, ...) with MEETS(Kim, Vladivostok): `of` after a noun of a place, a direction (read
    since the thirty-sixth session) or a part of a place (since the thirty-seventh) names where they met, no party.
    V472 alone."""
    line = f"Kim Jong Un met Vladimir Putin {rng.choice(_PLACES_OF)} Vladivostok."
    wording_added(corpus, line, [_KIM, _PUTIN, _VLADIVOSTOK], [("MEETS", 0, 2, "asserted")])
    must_draw("V472")


#: a war or a battle whose place or opponent is named after it (V476's)
_WARS = ("the battle for", "the battles for eastern", "the battle over", "the war being fought in",
         "the war now raging in", "the war waged against", "the war launched against", "the war in")


@kind("recipient-at-a-battle-s-place", reject("V476"), CONSISTENCY, bases=SAMPLE)
def recipient_at_a_battle_s_place(corpus: Corpus, rng: random.Random) -> None:
    """Add to the sample `North Korea sold [artillery shells] to Russia for the battle for [Ukraine].` (`the war being
    fought in`, `the war launched against`, ...) with RECEIVES(Ukraine, shells): the war's place or opponent is no side
    of the transfer (`battle` and a participle of fighting read since the thirty-sixth session, `battle over` and
    `launched` since the thirty-seventh). V476 alone."""
    line = f"North Korea sold artillery shells to Russia for {rng.choice(_WARS)} Ukraine."
    wording_added(corpus, line, [_NORTH_KOREA, ("artillery shells", "artillery-shells", "nominal"), _RUSSIA,
                                 ("Ukraine", "ukraine", "name")], [("RECEIVES", 3, 1, "asserted")])
    must_draw("V476")


#: a city's title in apposition before its name (V475's)
_CITY_TITLES = ("in the South Korean capital", "in the capital,", "in the city of", "at the southern port city of",
                "in the South Korean city", "in South Korea's capital", "in the bustling South Korean capital of",
                "in the capital city", "in the metropolis of")


@kind("located-in-a-state-past-a-city-s-title", reject("V475"), CONSISTENCY, bases=SAMPLE)
def located_in_a_state_past_a_city_s_title(corpus: Corpus, rng: random.Random) -> None:
    """Add to the sample `[Kookmin University] in the South Korean capital Seoul held a forum on [Pyongyang].` (`in the
    capital, Seoul,`, `in the city of Seoul`, ...) with LOCATED_IN(Kookmin University, Pyongyang): the body lies in
    the city its title names in apposition (read since the thirty-sixth session; a lower-case adjective before the
    title, `capital city` and `metropolis` since the thirty-seventh), in no other. V475 alone."""
    title = rng.choice(_CITY_TITLES)
    line = f"Kookmin University {title} Seoul{',' * title.endswith(',')} held a forum on Pyongyang."
    wording_added(corpus, line, [("Kookmin University", "kookmin-university", "name"), ("Seoul", "seoul", "name"),
                                 ("Pyongyang", "pyongyang", "name")], [("LOCATED_IN", 0, 2, "asserted")])
    must_draw("V475")


_UNITED_STATES = ("United States", "united-states", "name")


@kind("reported-beside-the-united-states", reject("V410"), CONSISTENCY, bases=SAMPLE)
def reported_beside_the_united_states(corpus: Corpus, rng: random.Random) -> None:
    """Add to the sample `The United States watched as [Kim Jong Un] travelled to [Russia].` with TRAVELS_TO(Kim,
    Russia) `reported`: no word of saying gives it a source, and `States` of the name is none (V410 read it as the verb
    until the thirty-sixth session). V410 alone."""
    opening = rng.choice(("The United States watched as", "Amid the summit, the United States watched as"))
    wording_added(corpus, f"{opening} Kim Jong Un travelled to Russia.", [_UNITED_STATES, _KIM, _RUSSIA],
                  [("TRAVELS_TO", 1, 2, "reported")])
    must_draw("V410")


@kind("reported-by-the-united-states", ACCEPT, EDITS, bases=SAMPLE)
def reported_by_the_united_states(corpus: Corpus, rng: random.Random) -> None:
    """Add to the sample `The [United States] said [Kim Jong Un] travelled to [Russia].` (`The State Department
    said`), TRAVELS_TO(Kim, Russia) `reported`, the clause an indirect quote of the name's: a word of saying beside a
    name that holds `States` or `State` still gives the relation its source (V410's thirty-sixth-session change)."""
    source = rng.choice((_UNITED_STATES, ("State Department", "us-state-department", "name")))
    wording_added(corpus, f"The {source[0]} said Kim Jong Un travelled to Russia.", [source, _KIM, _RUSSIA],
                  [("TRAVELS_TO", 1, 2, "reported")], ("Kim Jong Un travelled to Russia", "said", 0))


@kind("sentence-split-beside-a-relation-across", reject("V478", "V283", "V217"), SENTENCES, bases=REAL)
def sentence_split_beside_a_relation_across(corpus: Corpus, rng: random.Random) -> None:
    """End a sentence after a title (`Navy Adm.` | `Kim Myong Sik`), the start counted (V478) or not (V283, which
    folds the title's V478), and re-point an argument of a relation that does not cross the cut at another mention of
    its entity in another sentence, over no cut: V478 and V283 fold a relation across their own cut, and this one is
    V217's beside them (each folded every V217 of its document until the thirty-sixth session: a false accept), in a
    document that has such a cut (four of the five reports)."""
    _in_a_document(corpus, rng, _split_beside_a_relation_across)


def _split_beside_a_relation_across(doc: Any, rng: random.Random, frag: Fragments) -> None:
    """`sentence_split_beside_a_relation_across` on one document."""
    tokens, text, mentions = doc["tokens"], raw_text(doc), _mentions(doc)
    made = {a for a, _ in tokenize.sentences(text, [(t[0], t[1]) for t in tokens])}
    options = []
    for sentence, k, cut in _cut_points(doc):
        if not tokens[k][2].endswith(".") or title_before(text, cut) is None:
            continue
        for r in doc["relations"]:
            ends = {role: mentions.get(r[role]) for role in ("head", "tail")}
            if None in ends.values() or len({_sentence(doc, m["start"]) for m in ends.values()}) > 1 \
                    or any(m["start"] < cut < m["end"] for m in ends.values()):
                continue
            for role, kept in (("head", ends["tail"]), ("tail", ends["head"])):
                options += [(sentence, k, r, role, o) for o in doc["mentions"]
                            if o["entity"] == ends[role]["entity"]
                            and _sentence(doc, o["start"]) != _sentence(doc, kept["start"])
                            and not min(o["start"], kept["start"]) < cut < max(o["end"], kept["end"])]
    sentence, k, relation, role, moved = choose(rng, options)
    relation[role] = moved["id"]
    counted = doc["tokenizer"].get("sentence_corrections", 0)
    _split_counted(doc, sentence, k, made)
    if rng.random() < 0.5:
        doc["tokenizer"]["sentence_corrections"] = counted
        must_draw("V283", "V217")
    else:
        must_draw("V478", "V217")
