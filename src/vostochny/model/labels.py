"""The label inventories: the one place where every closed set of labels is defined.

The pydantic models, the JSON Schema, the validator rules, the exporters and
`docs/guidelines.md` all read these tables; nothing else spells a label out.
"""

from __future__ import annotations

import re
from typing import Final, TypedDict

from vostochny.patterns import compiled


class _RelationArguments(TypedDict):
    doc: str
    head: tuple[str, ...]
    tail: tuple[str, ...]


class RelationSpec(_RelationArguments, total=False):
    """A relation type: its definition, the entity types its head and its tail accept, and whether it is
    symmetric (the same relation either way round: annotated once, head the first mention in the text) or
    antisymmetric (never both ways round between two referents: a part does not contain its whole), and whether it
    is an event's (a clause's verb states it, never a title or a modifier)."""

    symmetric: bool
    antisymmetric: bool
    event: bool


#: Entity types with a one-line definition (the guidelines give examples).
ENTITY_TYPES: Final[dict[str, str]] = {
    "PER": "a person, named or described (Kim Jong Un, the Kremlin spokesman, he)",
    "ORG": "an organisation: agency, ministry, army, party, company, news agency, university",
    "GPE": "a geo-political entity: country, city, state, or its government",
    "LOC": "a location that is not a GPE: region, sea, border, Far East",
    "FAC": "a facility: building, station, cosmodrome, factory, launch site",
    "NORP": "a nationality, religious or political group named as such (North Korean, Russian)",
    "EVENT": "a named or specific event: the summit, the war in Ukraine, a forum",
    "WEA": "a weapon, military system or military technology (artillery shells, spy satellites)",
    "VEH": "a vehicle (the armoured train, a locomotive, a rocket as a vehicle)",
}

#: How a mention refers to its entity.
MENTION_KINDS: Final[dict[str, str]] = {
    "name": "a proper name or its short form (Kim Jong Un, Kim, KCNA)",
    "nominal": "a common-noun phrase (North Korea's leader, the two leaders, the train)",
    "pronoun": "a pronoun (he, his, him, they, its, it)",
}

#: Relation types: definition and the entity types each argument accepts.
RELATION_TYPES: Final[dict[str, RelationSpec]] = {
    "LEADER_OF": {
        "doc": "head leads, heads or rules tail: leader, president, director, chairman "
               "(North Korean leader Kim Jong Un)",
        "head": ("PER",),
        "tail": ("GPE", "ORG", "NORP"),
    },
    "SPOKESPERSON_OF": {
        "doc": "head speaks officially for tail (Kremlin spokesman Dmitry Peskov)",
        "head": ("PER",),
        "tail": ("ORG", "GPE"),
    },
    "OFFICIAL_OF": {
        "doc": "head holds an office or rank in tail: minister, officer, marshal, official (heads: LEADER_OF)",
        "head": ("PER",),
        "tail": ("ORG", "GPE", "NORP"),
    },
    "AFFILIATED_WITH": {
        "doc": "head works for or belongs to tail without holding office (a professor, a journalist)",
        "head": ("PER",),
        "tail": ("ORG", "GPE"),
    },
    "PART_OF": {
        "doc": "organisation head is a part or organ of tail (South Korea's Defense Ministry)",
        "head": ("ORG",),
        "tail": ("ORG", "GPE"),
        "antisymmetric": True,
    },
    "LOCATED_IN": {
        "doc": "head is or takes place in tail (Vladivostok, Russia; the summit at the cosmodrome)",
        "head": ("GPE", "LOC", "FAC", "ORG", "EVENT"),
        "tail": ("GPE", "LOC", "FAC"),
        "antisymmetric": True,
    },
    "TRAVELS_TO": {
        "doc": "head travels to or arrives in tail (Kim arrived in Russia)",
        "head": ("PER", "ORG", "GPE", "VEH"),
        "tail": ("GPE", "LOC", "FAC"),
        "event": True,
    },
    "MEETS": {
        "doc": "head meets tail, or is to meet tail (Kim and Putin met for a rare summit)",
        "head": ("PER", "GPE", "ORG"),
        "tail": ("PER", "GPE", "ORG"),
        "symmetric": True,
        "event": True,
    },
    "SUPPLIES": {
        "doc": "head supplies, sells or may supply the weapon or technology tail",
        "head": ("PER", "ORG", "GPE"),
        "tail": ("WEA",),
        "event": True,
    },
    "RECEIVES": {
        "doc": "head receives, buys or may receive the weapon or technology tail",
        "head": ("PER", "ORG", "GPE"),
        "tail": ("WEA",),
        "event": True,
    },
    "NATIONALITY": {
        "doc": "person or organisation head belongs to the country or people tail",
        "head": ("PER", "ORG"),
        "tail": ("GPE", "NORP"),
    },
}

#: The symmetric relation types (docs/guidelines.md, Relations: annotated once, head the first mention in the text).
SYMMETRIC_RELATIONS: Final[frozenset[str]] = frozenset(
    name for name, spec in RELATION_TYPES.items() if spec.get("symmetric", False))

#: The relation types of an event, which a clause's verb states (a meeting, a journey, a transfer): never a title's or
#: a modifier's; inside a source's words the source's claim, and under a modal possible (V368, V370, V383).
EVENT_RELATIONS: Final[frozenset[str]] = frozenset(
    name for name, spec in RELATION_TYPES.items() if spec.get("event", False))

#: The antisymmetric relation types (containment: docs/guidelines.md, Relations; V258). The other directed
#: types either accept no type both as head and as tail (a reversal is V210's) or may hold both ways
#: (delegations of two countries TRAVELS_TO each other).
ANTISYMMETRIC_RELATIONS: Final[frozenset[str]] = frozenset(
    name for name, spec in RELATION_TYPES.items() if spec.get("antisymmetric", False))

#: Relation types that exclude each other between the same two entities in one sentence (V259): a head is the
#: leader or an officer of a body (hard case 23), and NATIONALITY is not used beside either; AFFILIATED_WITH
#: is belonging without office; a transfer's supplier and recipient are two parties (hard case 16).
EXCLUSIVE_RELATIONS: Final[tuple[frozenset[str], ...]] = (
    frozenset({"LEADER_OF", "OFFICIAL_OF", "NATIONALITY"}),
    frozenset({"LEADER_OF", "OFFICIAL_OF", "AFFILIATED_WITH"}),
    frozenset({"SUPPLIES", "RECEIVES"}),
)

#: The splits of `annotations/splits.json`, in their order (the fields of `models.Splits`).
SPLIT_NAMES: Final[tuple[str, ...]] = ("train", "validation", "test")

#: Quote kinds.
QUOTE_KINDS: Final[dict[str, str]] = {
    "direct": "the speaker's own words inside quote marks",
    "indirect": "reported speech or claim without quote marks (X said that ...)",
    "mixed": "reported speech that contains a quoted fragment",
}

#: How the text presents a relation (added in schema 1.4.0; docs/guidelines.md, Factuality). When
#: several apply, the first in this order wins: a denial, then a mere possibility, then someone's claim.
FACTUALITY: Final[dict[str, str]] = {
    "denied": "the text or a source it reports says the relation does not hold (Russia denied supplying arms)",
    "possible": "the relation is presented as possible, planned, expected, feared or conditional "
                "(Russia could supply; Lavrov was expected to visit; if it supplies)",
    "reported": "the relation holds in a claim the text attributes to a source, not in its own voice "
                "(KCNA said Kim visited the plant)",
    "asserted": "the text states the relation as fact in its own voice (Kim met Putin; leader Kim Jong Un)",
}

#: What a quotation reports (added in schema 1.4.0; docs/guidelines.md, Attribution types).
ATTRIBUTION_TYPES: Final[dict[str, str]] = {
    "speech": "words spoken: said, told, warned, asked, predicted, expressed (concern, support); in person, "
              "at a briefing, in an interview, on television",
    "writing": "words written or published: a statement, a dispatch, a report, a letter, a post, a transcript",
    "thought": "a thought, belief, feeling or intention, not an utterance: think, believe, fear, hope, wonder, doubt",
    "evidence": "what a non-verbal source shows: according to photos or pictures, images showed, data suggest",
}

#: Words (lowercased tokens) that deny or negate, one of which a `denied` relation's sentence holds (V260):
#: negation of the relation itself makes it denied (docs/guidelines.md, Factuality). Generous on purpose:
#: a word here only spares a relation. A token ending in n't (`did` `n't`) counts too.
NEGATION_WORDS: Final[frozenset[str]] = frozenset({
    "not", "no", "never", "nor", "neither", "none", "nothing", "nobody", "nowhere", "without", "cannot",
    "deny", "denies", "denied", "denying", "denial", "denials", "refuse", "refuses", "refused", "refusing",
    "reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing",
    "refute", "refutes", "refuted", "rebuff", "rebuffed", "dispute", "disputes", "disputed", "contradict",
    "contradicted", "rule", "rules", "ruled", "false", "untrue", "baseless", "groundless", "unfounded",
    "fake", "lie", "lies", "nonsense", "fail", "fails", "failed", "lack", "lacks", "lacked", "absence",
})

#: Words (lowercased tokens) of supplying and of receiving an item: a sentence that coordinates one of each (`North
#: Korea buys and sells weapons`, `imports or exports`) states two transfers of the item, and its one entity is then
#: both the supplier and the recipient (V259 spares SUPPLIES beside RECEIVES there). The active subject of a word of
#: supplying is the supplier, of one of receiving the recipient (V360).
SUPPLY_WORDS: Final[frozenset[str]] = frozenset({
    "sell", "sells", "sold", "selling", "supply", "supplies", "supplied", "supplying", "provide", "provides",
    "provided", "providing", "give", "gives", "gave", "given", "giving", "export", "exports", "exported",
    "exporting", "send", "sends", "sent", "sending", "ship", "ships", "shipped", "shipping", "deliver",
    "delivers", "delivered", "delivering", "transfer", "transfers", "transferred", "transferring", "share",
    "shares", "shared", "sharing", "lend", "lends", "lent", "lending", "resell", "resells", "resold", "reselling",
    "re-export", "re-exports", "re-exported", "re-exporting",
})
RECEIVE_WORDS: Final[frozenset[str]] = frozenset({
    "buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing", "receive", "receives",
    "received", "receiving", "import", "imports", "imported", "importing", "acquire", "acquires", "acquired",
    "acquiring", "obtain", "obtains", "obtained", "obtaining", "get", "gets", "got", "gotten", "getting", "borrow",
    "borrows", "borrowed", "borrowing", "procure", "procures", "procured", "procuring",
})

#: Words (lowercased words of the text) of leading, ruling or heading, one of which a LEADER_OF relation's sentence
#: holds (V361; docs/guidelines.md, Relations: `leader, president, director, chairman`; hard cases 12 and 23).
#: Generous on purpose: a word here only spares a relation, and a title of office counts (`secretary`; `marshal`, as
#: in `Marshal Kim Jong Un`).
LEADER_WORDS: Final[frozenset[str]] = frozenset({
    "leader", "leaders", "leadership", "lead", "leads", "led", "leading", "president", "presidents", "presidency",
    "presidential", "chairman", "chairmen", "chairwoman", "chairperson", "chair", "chairs", "chaired", "head", "heads",
    "headed", "heading", "chief", "chiefs", "ruler", "rulers", "rule", "rules", "ruled", "ruling", "reign", "reigns",
    "reigned", "premier", "prime", "chancellor", "king", "queen", "monarch", "emperor", "sultan", "emir", "shah",
    "tsar", "czar", "dictator", "despot", "tyrant", "autocrat", "strongman", "boss", "bosses", "director",
    "directors", "directs", "directed", "secretary", "commander", "commanders", "governor", "mayor", "ceo",
    "founder", "helm", "helms", "helmed", "helming", "presides", "presided", "presiding", "run", "runs", "ran",
    "running", "supremo", "supreme", "govern", "governs", "governed", "governing", "pm",
    "marshal", "captain", "principal", "dean", "rector", "superintendent", "manager", "administrator",
})

#: Words (lowercased words of the text) of speaking for a body, one of which a SPOKESPERSON_OF relation's sentence
#: holds (V361), besides any word that begins with `spokes` and a verb of speaking before `for` or `on` (`speaks
#: for`, `spoke on behalf of`) or `press` before an office (`press secretary`).
SPOKESPERSON_WORDS: Final[frozenset[str]] = frozenset({
    "spokesman", "spokesmen", "spokeswoman", "spokeswomen", "spokesperson", "spokespersons", "spokespeople",
    "mouthpiece", "mouthpieces",
})

#: Words (lowercased words of the text) of meeting, one of which a MEETS relation's sentence holds (V361;
#: docs/guidelines.md, Relations: `[Kim] and [Putin] could meet`, `meeting with President [Vladimir Putin]`).
MEETING_WORDS: Final[frozenset[str]] = frozenset({
    "meet", "meets", "met", "meeting", "meetings", "summit", "summits", "summitry", "talk", "talks", "talked",
    "talking", "negotiate", "negotiates", "negotiated", "negotiating", "negotiation", "negotiations", "discuss",
    "discusses", "discussed", "discussing", "discussion", "discussions", "confer", "conferred", "conferring",
    "conference", "encounter", "encounters", "encountered", "handshake", "handshakes", "toast", "toasts", "toasted",
    "lunch", "luncheon", "dinner", "banquet", "reception", "rendezvous", "audience", "parley", "shook", "sat",
})

#: Verbs of receiving or seeing a person (lowercased words of the text), which state a meeting only of the person
#: they take as object (V361): `Putin [welcomed] [Kim]`, `Kim [visited] [Putin]`, but not `Kim invited Putin to
#: [visit] [North Korea]` nor `Lavrov will [visit] [Pyongyang]`, a visit to a place (TRAVELS_TO, not MEETS).
ENCOUNTER_WORDS: Final[frozenset[str]] = frozenset({
    "visit", "visits", "visited", "visiting", "receive", "receives", "received", "receiving", "host", "hosts",
    "hosted", "hosting", "greet", "greets", "greeted", "greeting", "welcome", "welcomes", "welcomed", "welcoming",
    "join", "joins", "joined", "joining", "see", "sees", "saw", "seen", "seeing", "thank", "thanks", "thanked",
    "thanking", "embrace", "embraced", "embracing", "hug", "hugged", "hugging", "accompany", "accompanies",
    "accompanied", "accompanying", "escort", "escorted", "escorting",
})

#: Verbs of travelling (lowercased words of the text), which join a traveller to the place it goes to (V398: `[Kim]
#: arrived in [Russia]`, `[Lavrov] will visit [Pyongyang]`: TRAVELS_TO, never an office or a nationality). Not `head`,
#: `heads`, `leave` or `left`, which also lead or take sides (`[Kim], who heads [the party]`).
TRAVEL_WORDS: Final[frozenset[str]] = frozenset({
    "arrive", "arrives", "arrived", "arriving", "travel", "travels", "travelled", "traveled", "travelling",
    "traveling", "visit", "visits", "visited", "visiting", "tour", "tours", "toured", "touring", "fly", "flies", "flew",
    "flown", "flying", "cross", "crosses", "crossed", "crossing", "depart", "departs", "departed", "departing",
    "journey", "journeys", "journeyed", "journeying",
})

#: Words (lowercased words of the text) of a journey, one of which a TRAVELS_TO relation's sentence holds (V361;
#: docs/guidelines.md, Relations: `[Kim Jong Un] arrived in [Russia]`, `[Kim’s delegation] to [Russia]`): the verbs
#: of `TRAVEL_WORDS`, those of going, coming, leaving, conveying or guiding (`went`, `returned`, `boarded`, `headed`,
#: `brought`, `showed ... around`), of going with someone (`accompanied`, `joined`), and the nouns of a journey or of
#: those who make it (`trip`, `delegation`, `way`, `arrival`). Generous: a word here spares a relation, it is not
#: checked to state it; being somewhere is no journey (hard case 17: `Putin is currently in Vladivostok`).
JOURNEY_WORDS: Final[frozenset[str]] = TRAVEL_WORDS | frozenset({
    "go", "goes", "went", "gone", "going", "come", "comes", "came", "coming", "return", "returns", "returned",
    "returning", "land", "lands", "landed", "landing", "reach", "reaches", "reached", "reaching", "enter", "enters",
    "entered", "entering", "leave", "leaves", "left", "leaving", "head", "heads", "headed", "heading", "move",
    "moves", "moved", "moving", "ride", "rides", "rode", "riding", "drive", "drives", "drove", "driving", "sail",
    "sails", "sailed", "sailing", "board", "boards", "boarded", "boarding", "step", "steps", "stepped", "stepping",
    "walk", "walks", "walked", "walking", "bring", "brings", "brought", "bringing", "take", "takes", "took", "taken",
    "taking", "send", "sends", "sent", "sending", "dispatch", "dispatched", "deploy", "deploys", "deployed",
    "deployment", "accompany", "accompanies", "accompanied", "accompanying", "escort", "escorted", "join", "joins",
    "joined", "joining", "show", "shows", "showed", "shown", "showing", "welcome", "welcomed", "trip", "trips",
    "delegation", "delegations", "visitor", "visitors", "arrival", "arrivals", "departure", "departures", "flight",
    "flights", "voyage", "voyages", "way", "route", "bound", "stopover", "pilgrimage", "expedition", "mission",
    "missions", "transit",
})

#: Words in lower case of a title written between a body and the person or organ it names (`[Kremlin] spokesman
#: [Dmitry Peskov]`, `[Russian] state news agency [Ria Novosti]`, `[South Korean] think tank [Institute ...]`):
#: with `LEADER_WORDS`, `SPOKESPERSON_WORDS` and capitalised words, what V362 reads as a title. A title's relation is
#: the writer's naming, `asserted` (docs/guidelines.md, Factuality); a word not here is not judged.
TITLE_WORDS: Final[frozenset[str]] = frozenset({
    "minister", "ministers", "official", "officials", "officer", "officers", "marshals", "general", "generals",
    "admiral", "admirals", "colonel", "lieutenant", "major", "sergeant", "envoy", "envoys", "ambassador",
    "ambassadors", "diplomat", "diplomats", "delegate", "delegates", "representative", "representatives", "adviser",
    "advisers", "advisor", "advisors", "aide", "aides", "secretaries", "deputy", "vice", "senior", "top", "former",
    "ex", "acting", "interim", "foreign", "defense", "defence", "security", "national", "state", "interior",
    "finance", "trade", "unification", "intelligence", "military", "army", "navy", "naval", "air", "force", "staff",
    "member", "members", "lawmaker", "lawmakers", "legislator", "senator", "professor", "professors", "lecturer",
    "researcher", "researchers", "scholar", "scholars", "fellow", "analyst", "analysts", "expert", "experts",
    "journalist", "journalists", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors",
    "columnist", "photographer", "writer", "employee", "employees", "engineer", "engineers", "scientist",
    "scientists", "cosmonaut", "cosmonauts", "soldier", "soldiers", "troops", "news", "agency", "media",
    "television", "broadcaster", "newspaper", "wire", "service", "group", "mercenary", "think", "tank", "company",
    "firm", "party", "communist", "owned", "press", "space", "science", "technology", "committee", "department",
    "ministry", "council", "office", "bureau", "commission", "institute", "university",
})

#: The words of `TITLE_WORDS` that name a person by an office or a post (minister, official, envoy, professor,
#: member, ...), not its modifiers and bodies (`military`, `state`, `top`, `agency`, `ministry`), which a clause names
#: as often as a title does: with `LEADER_WORDS` and `SPOKESPERSON_WORDS`, an office's own words (V398, V419).
PERSON_TITLE_WORDS: Final[frozenset[str]] = TITLE_WORDS - {
    "vice", "senior", "top", "former", "ex", "acting", "interim", "foreign", "defense", "defence", "security",
    "national", "state", "interior", "finance", "trade", "unification", "intelligence", "military", "army", "navy",
    "naval", "air", "force", "staff", "news", "agency", "media", "television", "broadcaster", "newspaper", "wire",
    "service", "group", "mercenary", "think", "tank", "company", "firm", "party", "communist", "owned", "press",
    "space", "science", "technology", "committee", "department", "ministry", "council", "office", "bureau",
    "commission", "institute", "university", "general", "major"}

#: Cue words of an utterance (spoken or written; docs/guidelines.md, Attribution types: say, tell, warn,
#: ask, add, note, argue, claim, predict, express are `speech`, or `writing` for a text): never `thought`
#: nor `evidence` (V261).
UTTERANCE_CUES: Final[frozenset[str]] = frozenset({
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "warn", "warns", "warned", "warning",
    "ask", "asks", "asked", "asking", "add", "adds", "added", "adding", "note", "notes", "noted", "noting",
    "state", "states", "stated", "stating", "argue", "argues", "argued", "arguing", "claim", "claims",
    "claimed", "claiming", "predict", "predicts", "predicted", "predicting", "express", "expresses",
    "expressed", "expressing", "confirm", "confirms", "confirmed", "write", "writes", "wrote", "written",
})

#: Cue words of a thought, belief, feeling or intention (docs/guidelines.md, Attribution types: wonder,
#: believe, think, fear, hope, expect, doubt, be worried or concerned are `thought`): never `speech`,
#: `writing` nor `evidence` unless the cue also holds an utterance word (`expressed hope`; V261).
THOUGHT_CUES: Final[frozenset[str]] = frozenset({
    "wonder", "wonders", "wondered", "wondering", "believe", "believes", "believed", "believing", "think",
    "thinks", "thought", "thinking", "fear", "fears", "feared", "fearing", "hope", "hopes", "hoped", "hoping",
    "expect", "expects", "expected", "expecting", "doubt", "doubts", "doubted", "doubting", "worried",
    "concerned",
})

#: Words of saying, reporting or showing besides `UTTERANCE_CUES` and `THOUGHT_CUES`, in their base form (a verb's,
#: a noun's): one of them, inflected (`-s`, `-ed`, `-ing`), makes a quote's cue a word of attribution (V380:
#: `confirmed`, `gave numerous hints`, `raised a toast`, `according to`; those of `REPORTING_WORDS_IN_A_PHRASE` only
#: in a cue of several words); a cue of none of them (`is`, `summit`, `accepted`) is no speech act.
REPORTING_WORDS: Final[frozenset[str]] = frozenset({
    "accord", "according", "accuse", "acknowledge", "address", "admit", "advise", "affirm", "agree", "allege",
    "announce", "answer", "appeal", "assert", "assess", "assessment", "assure", "beg", "blame", "boast", "brief",
    "briefing", "call", "caution", "characterise", "chime", "characterize", "cite", "comment", "complain", "concede",
    "conclude", "condemn", "contend", "continue", "counter", "criticise", "criticize", "declare", "demand", "deny",
    "describe", "disclose", "dismiss", "emphasise", "emphasize", "estimate", "explain", "hint", "indicate", "inform",
    "insist", "instruct", "interview", "intelligence", "joke", "lament", "letter", "maintain", "mention", "message",
    "object", "observe", "order", "plead", "pledge", "point", "post", "praise", "proclaim", "promise", "propose",
    "protest", "publish", "question", "quip", "quote", "recall", "recommend", "reiterate", "reject", "release",
    "remark", "remind", "repeat", "reply", "report", "request", "respond", "reveal", "show", "sign", "signal",
    "speak", "speech", "statement", "stress", "suggest", "talk", "testify", "threaten", "toast", "transcript",
    "tweet", "urge", "vow", "warn", "weigh", "welcome", "word", "worry",
    # irregular forms of saying, writing and showing
    "said", "told", "wrote", "written", "spoke", "spoken", "gave", "given", "swore", "sworn", "put", "shown",
    "saw", "seen", "heard", "read", "felt", "knew", "known", "meant", "taught", "sent",
})

#: Words of `REPORTING_WORDS` that state a speech act only with the rest of a cue of several words (V380: `[gave]
#: numerous hints`, `raised a [toast]`, `[released] intelligence`, `[signed] the visitor book`, `[according] to`,
#: `[chimed in]`, `[weighed in]`): a cue of one of them alone (`released`, `gave`, `according`, `weighed`) is no word
#: of saying.
REPORTING_WORDS_IN_A_PHRASE: Final[frozenset[str]] = frozenset({
    "accord", "according", "gave", "given", "put", "sent", "release", "sign", "toast", "intelligence", "meant",
    "taught", "chime", "weigh",
})


#: How closely two reports of one utterance in different documents keep its wording (the quote links of
#: `annotations/quote_links.json`, added in schema 1.4.0; docs/guidelines.md, Quotes across documents).
QUOTE_LINK_WORDINGS: Final[dict[str, str]] = {
    "verbatim": "both give the same words, up to typography, case and punctuation",
    "partial": "both quote the same words for part of the utterance; one gives more, or frames them in its own words",
    "paraphrase": "the same utterance in different words (an indirect report beside a direct quote, or two "
                  "indirect ones)",
    "chain": "the wordings differ because the reports reach the utterance through different channels "
             "(a news agency, a transcript, a translation), recorded in `via`",
}

#: Document zones (added in schema 1.1.0).
ZONE_KINDS: Final[dict[str, str]] = {
    "headline": "the article's title",
    "subheading": "a section heading inside the article",
    "byline": "author or agency credits (Reuters), reporting credits",
    "dateline": "place and/or date line that opens the story",
    "body": "the running text of the article",
    "boilerplate": "site furniture: ADVERTISEMENT, Read More, 4 minute read, contact lines",
}

#: Entity types a quote's speaker may have.
SPEAKER_TYPES: Final[tuple[str, ...]] = ("PER", "ORG", "GPE")

#: The words a `pronoun` mention may be (lowercased): personal, possessive and reflexive pronouns,
#: and the quantifier pronouns that head a mention on their own (*both* said). Relative pronouns
#: are not annotated (docs/guidelines.md, Mentions).
PERSONAL_PRONOUNS: Final[frozenset[str]] = frozenset({
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
    "you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself",
    "she", "her", "hers", "herself", "it", "its", "itself",
    "they", "them", "their", "theirs", "themselves", "themself",
})
PRONOUNS: Final[frozenset[str]] = PERSONAL_PRONOUNS | frozenset({
    "both", "each", "either", "neither", "all", "some", "none", "one", "another", "others",
    "this", "that", "these", "those",
})

#: Rights statements of RightsStatements.org 1.0 (https://rightsstatements.org/page/1.0/; each id's URI is
#: `rights_statement_uri(id)`): the copyright status of a raw text, for texts the project does not license
#: (added in schema 1.2.0). CNE is what a text has until someone evaluates it (a warning, V221).
RIGHTS_STATEMENTS: Final[dict[str, str]] = {
    "InC": "In Copyright",
    "InC-OW-EU": "In Copyright - EU Orphan Work",
    "InC-EDU": "In Copyright - Educational Use Permitted",
    "InC-NC": "In Copyright - Non-Commercial Use Permitted",
    "InC-RUU": "In Copyright - Rights-holder(s) Unlocatable or Unidentifiable",
    "NoC-CR": "No Copyright - Contractual Restrictions",
    "NoC-NC": "No Copyright - Non-Commercial Use Only",
    "NoC-OKLR": "No Copyright - Other Known Legal Restrictions",
    "NoC-US": "No Copyright - United States",
    "CNE": "Copyright Not Evaluated",
    "UND": "Copyright Undetermined",
    "NKC": "No Known Copyright",
}


def rights_statement_uri(statement: str) -> str:
    """The statement's URI, as RightsStatements.org publishes it."""
    return f"http://rightsstatements.org/vocab/{statement}/1.0/"

#: a Wikidata item id (V307): Q and digits without a leading zero
QID_PATTERN: Final[re.Pattern[str]] = compiled(r"Q[1-9][0-9]*")

#: Wikidata classes ("instance of") that a registry record's evidence may show, and the entity type each
#: fits (schema 1.3.0, V309): recorded only where a source shows the class, so the check never guesses.
WIKIDATA_CLASS_TYPES: Final[dict[str, str]] = {
    "human": "PER",
    "country": "GPE",
    "sovereign state": "GPE",
    "city": "GPE",
    "capital": "GPE",
    "organization": "ORG",
    "news agency": "ORG",
    "intergovernmental organization": "ORG",
}

#: what a registry record says about its Wikidata item: verified (a QID with two independent sources in the
#: evidence), no-entry (generic classes and one-off groups: no item by design), unverified (not yet looked up)
WIKIDATA_STATUSES: Final[dict[str, str]] = {
    "verified": "a QID that at least two independent public sources show for this referent",
    "no-entry": "no Wikidata item by design: a generic class or a one-off group",
    "unverified": "not yet established: no QID is given until two sources show it",
}
