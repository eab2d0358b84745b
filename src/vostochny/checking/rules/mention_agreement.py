"""A pronoun's gender and number, and a coordination of names, against the entity of its mention (V256); a pronoun
against where its entity is mentioned (V375); a nominal's head noun against its entity's type (V403)."""

from __future__ import annotations

import functools
import operator
from collections import Counter
from collections.abc import Iterator
from itertools import compress
from typing import TYPE_CHECKING

from vostochny.checking.linking import keyed_nominals
from vostochny.checking.problems import pointer
from vostochny.checking.rules.base import DocContext, Hit, mentions_starting, rule
from vostochny.checking.rules.mention_edges import DETERMINERS, NUMBER_WORDS
from vostochny.checking.rules.name_forms import COORDINATED, COORDINATION, group_members
from vostochny.checking.rules.names import is_copy, linked_records

if TYPE_CHECKING:
    from vostochny.model.models import Mention
    from vostochny.reading.view import DocumentView

_HE = frozenset({"he", "him", "his", "himself"})
_SHE = frozenset({"she", "her", "hers", "herself"})
_IT = frozenset({"it", "its", "itself"})
_THEY = frozenset({"they", "them", "their", "theirs", "themselves"})  # not "themself": singular by form
#: the first person: a speaker's, so of a person, a body, a state or a people (the second person may address anything:
#: `Russian warship, go ... yourself`)
_SPEAKING = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})
_AGREEING = _HE | _SHE | _IT | _THEY | _SPEAKING
_SHE_TYPES = frozenset({"PER", "VEH", "GPE"})  # a ship or a country may be "she" by tradition
_SPEAKING_TYPES = frozenset({"PER", "ORG", "GPE", "NORP"})


@rule("V256", "mention-agreement", "a pronoun's gender or number, or a group mention, does not fit its entity",
      "move the mention to the entity it refers to (a group of people or of states is an entity of its own, "
      "without kb_id)")
def mention_agreement(ctx: DocContext) -> Iterator[Hit]:
    """A mention refers to its entity's referent, and pronouns agree with their referent in English
    (docs/guidelines.md, Clustering): `he`, `him`, `his`, `himself` are a person's (PER); `she` and `her` a
    person's, or a ship's or a country's by tradition; `I`, `we`, `our` and the other pronouns of the first person
    are a speaker's, a person's, a body's, a state's or a people's (PER, ORG, GPE, NORP: a weapon or an event says
    nothing; the second person may address anything); `it` and `its` are never a named person's (an entity
    linked to a PER record); `they`, `them`, `their` are a named person's neither where the entity is also
    `he` or `she` (no singular they for that person), nor where it has no name mention (a group linked to one
    of its members); and an entity that is `he` or `she` is one person, never `they`, linked or not (the
    thirty-first session's sweep moved `they` and `their` of groups into unlinked chains that are `he`: they passed,
    the rule reading linked people alone). `we` is left alone: a person speaking for his side may be annotated in
    his own entity where the document has none of his side (tests/sample.py's Kim, `“We will win,” he said`). A
    coordination of names of two records or more (`Kim and Putin`, `North Korea and
    Russia`) is a group entity of its own, never linked (Clustering; hard cases 13 and 45). An unlinked PER
    entity may be a group (`its members`), and is left alone for `it` and `they`."""
    view = ctx.view
    kinds, texts, entities = (view.column("mentions", f) for f in ("kind", "text", "entity"))
    linked = linked_records(ctx)
    yield from _pronouns_disagreeing(ctx, linked)
    index = ctx.registry_index
    if index is None:
        return
    held = list(compress(range(len(kinds)), map(linked.__contains__, entities)))  # mentions of linked entities
    joined = "\x00".join(map(texts.__getitem__, held))  # one search for the document: a linked group is rare
    found = {held[joined.count("\x00", 0, m.start())] for m in COORDINATED.finditer(joined)} \
        if joined.count("\x00") < len(held) else {i for i in held if COORDINATED.search(texts[i])}  # a text holds NUL
    groups = sorted(i for i in found if kinds[i] != "pronoun")
    names = index.record_names if groups else None
    for i in groups:
        kb_id = linked[entities[i]]
        if names is None or kb_id in names(texts[i]):
            continue
        members = group_members(texts[i], names.by_key)
        if members and not is_copy(ctx, i):
            yield Hit(pointer("mentions", i, "entity"), entities[i],
                      f"{texts[i]!r} names {members} referents; {entities[i]} links {kb_id}")


def not_of_type(word: str, kind: str | None) -> bool:
    """Whether a pronoun's word (in lower case) cannot refer to an entity of type `kind`: `he` to no person, `she`
    to none of a person, a ship or a country, `we` to no speaker (V256; V218 leaves such a speaker to it)."""
    return (word in _HE and kind != "PER") or (word in _SHE and kind not in _SHE_TYPES) \
        or (word in _SPEAKING and kind not in _SPEAKING_TYPES)


def pronoun_misplaced(mention: Mention | None, etype: str | None) -> bool:
    """Whether a mention is a pronoun whose word cannot refer to its entity's type (V256's: a speaker, V218, or a
    relation's argument, V210, so typed is that pronoun in the wrong entity, not a second mistake)."""
    return mention is not None and mention.kind == "pronoun" and not_of_type(mention.text.lower(), etype)


def _pronoun_words(ctx: DocContext) -> dict[int, str]:
    """Each pronoun mention's index -> its word in lower case, for the pronouns whose word agrees with something
    (`_AGREEING`): built once per view (V256, V375)."""
    key = ("pronoun_words",)
    if key not in ctx.view.derived:
        kinds, texts = ctx.view.column("mentions", "kind"), ctx.view.column("mentions", "text")
        ctx.view.derived[key] = {i: word for i in compress(range(len(kinds)), map("pronoun".__eq__, kinds))
                                 if (word := texts[i].lower()) in _AGREEING}
    return ctx.view.derived[key]  # type: ignore[no-any-return]


def _pronouns_disagreeing(ctx: DocContext, linked: dict[str, str]) -> Iterator[Hit]:
    """V256's pronouns: each judged on its word and its entity's type and link; the entities whose type
    contradicts their record (V216's) and copies of another mention's span (V224's) are looked for only once
    a pronoun disagrees."""
    view = ctx.view
    kinds, texts, entities = (view.column("mentions", f) for f in ("kind", "text", "entity"))
    words = _pronoun_words(ctx)
    if not words:
        return
    index = ctx.registry_index
    types = index.types if index is not None else {}
    people = set(compress(linked, map("PER".__eq__, map(types.get, linked.values()))))
    gendered = {entities[i] for i, word in words.items() if word in _HE or word in _SHE}
    named: set[str] | None = None
    wrong: list[tuple[int, str]] = []
    mention_type, ids = view.mention_type, view.column("mentions", "id")
    for i, word in words.items():
        entity, kind = entities[i], mention_type.get(ids[i])
        if kind is None:
            continue
        if not_of_type(word, kind) or (word in _IT and entity in people):
            wrong.append((i, kind))
        elif word in _THEY and entity in gendered and entity not in people:
            wrong.append((i, kind))  # one person, `he` or `she` elsewhere in the chain, is never `they`
        elif word in _THEY and entity in people:
            named = set(compress(entities, map("name".__eq__, kinds))) if named is None else named
            if entity in gendered or entity not in named:
                wrong.append((i, kind))
    retyped = {e for e, kind in zip(view.column("entities", "id"), view.column("entities", "type"), strict=True)
               if e in linked and types[linked[e]] != kind} if wrong else set()  # its type or link is wrong: V216's
    for i, kind in wrong:
        entity = entities[i]
        if entity not in retyped and not is_copy(ctx, i):
            said = f"linked to {linked[entity]}" if entity in people else f"a {kind}"
            yield Hit(pointer("mentions", i, "entity"), entity, f"{texts[i]!r} of {entity}, {said}")



#: the third person, whose referent the text has just mentioned (not `I` or `we`, a speaker's; nor `you`)
THIRD_PERSON = _HE | _SHE | _IT | _THEY
#: the sentences before a pronoun's own in which its entity may last have been mentioned: every pronoun of the corpus
#: refers to a mention in its sentence or the two before it
PRONOUN_REACH = 3


@rule("V375", "pronoun-far-from-its-entity", "a pronoun's entity is mentioned neither in its sentence nor in the "
      "three sentences before it, where another it could refer to is", "move the pronoun to the entity it refers "
      "back to (one mentioned in its sentence or just before it)")
def pronoun_far_from_its_entity(ctx: DocContext) -> Iterator[Hit]:
    """A pronoun of the third person (`he`, `she`, `it`, `they` and their forms) refers back to a referent the text
    has just mentioned, or, in its own sentence, ahead to one (`Joined by his top military officials, ... Kim Jong Un
    arrived`): its entity has another mention in its sentence or in the three before it (every pronoun of the
    corpus has one in its sentence or the two before). A pronoun moved to another chain (`he` of Kirby re-linked to
    Lim, whom the text last named paragraphs before; `his` of Kim re-linked to Putin; Lim's `he` to the byline's Dasha
    Litvinova) passed V256 wherever the two agree in gender and number as it reads them. A plural pronoun of
    an entity linked to no record is left alone: a group may be named once and taken up far later from its members
    (`At their meeting`, of Kim and Putin as a pair, named as one sixteen sentences before); so is a pronoun with no
    other referent it could take up in that reach (`_Nearer`: a person for `he`; a far reference is then the only
    one, and the entity a pronoun was moved away from is always such a referent); so is an entity of
    pronouns alone, which the text never names (V257's warning), a pronoun whose gender or number is wrong for its
    entity (V256's), and one before the first sentence (the sentences do not cover the tokens: V214's)."""
    view = ctx.view
    kinds, texts, entities = (view.column("mentions", f) for f in ("kind", "text", "entity"))
    sentences = view.mention_sentences
    pronouns = [i for i, word in _pronoun_words(ctx).items() if word in THIRD_PERSON and sentences[i] >= 0]
    if not pronouns:
        return  # a pronoun before the first sentence is in none: the sentences do not cover the tokens, V214's
    counts = Counter(zip(entities, sentences, strict=True))  # the mentions of each entity in each sentence
    alone = [i for i in pronouns if counts[entities[i], sentences[i]] < 2  # nothing else of its entity in its own
             and not any((entities[i], sentences[i] - k) in counts for k in range(1, PRONOUN_REACH + 1))]
    if not alone:
        return
    named = set(compress(entities, map("pronoun".__ne__, kinds)))  # not of pronouns alone (V257's)
    unlinked = set(compress(view.column("entities", "id"), map(operator.not_, view.column("entities", "kb_id"))))
    far = [i for i in alone if entities[i] in named and not (entities[i] in unlinked and texts[i].lower() in _THEY)]
    if not far:
        return
    linked = linked_records(ctx)
    disagreeing = {hit.pointer for hit in _pronouns_disagreeing(ctx, linked)}
    nearer = _Nearer(ctx, counts, linked)
    for i in far:
        where = pointer("mentions", i, "entity")
        other = nearer(texts[i].lower(), entities[i], sentences[i])
        if where not in disagreeing and other is not None:  # its gender or number is wrong for its entity: V256's
            yield Hit(where, entities[i], f"{texts[i]!r} of {entities[i]}, mentioned nowhere in sentence "
                                          f"{sentences[i]} or the {PRONOUN_REACH} before it, where {other} is")


class _Nearer:
    """Another entity a pronoun could refer to, mentioned in its sentence or the `PRONOUN_REACH` before it: of a
    person for `he`, of a person, ship or state for `she`, of anything but a person a record names for `it`, of
    anything for `they` (a superset of what V256 lets the pronoun be: the entity a pronoun moved away from is one)."""

    def __init__(self, ctx: DocContext, counts: Counter[tuple[str, int]], linked: dict[str, str]) -> None:
        self.by_sentence: dict[int, list[str]] = {}
        for entity, sentence in counts:
            self.by_sentence.setdefault(sentence, []).append(entity)
        view, index = ctx.view, ctx.registry_index
        self.types = dict(zip(view.column("entities", "id"), view.column("entities", "type"), strict=True))
        record_types = index.types if index is not None else {}
        self.people = {e for e, kb_id in linked.items() if record_types.get(kb_id) == "PER"}

    def __call__(self, word: str, entity: str, sentence: int) -> str | None:
        """The first such entity, in the pronoun's sentence and then back, or None."""
        for k in range(PRONOUN_REACH + 1):
            for other in self.by_sentence.get(sentence - k, ()):
                if other != entity and self._agrees(word, other):
                    return other
        return None

    def _agrees(self, word: str, other: str) -> bool:
        kind = self.types.get(other)
        if word in _HE:
            return kind == "PER"
        if word in _SHE:
            return kind in _SHE_TYPES
        return word in _THEY or other not in self.people


#: the nouns that, as a nominal's head, name a referent of one type or a few (docs/guidelines.md, Entity types:
#: its definitions name most of them), in the singular; each also in its plural (`plurals`). Only words that name
#: nothing of another type in news writing: a body or its members (`delegation`, `guard`, `personnel`, `staff`,
#: `crew`) PER or ORG, `people` PER or NORP, an ally a person, a body or a state, a place (`area`, `location`,
#: `region`) LOC, GPE or FAC; not `member` (a member state is a GPE), `force`, `office`, `site`, `talks`, `arms`,
#: `equipment`, `system`, `neighbor`, `station` (a space station is a vehicle as often)
HEAD_NOUNS_BY_TYPES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("PER",): ("adviser", "advisor", "aide", "ambassador", "analyst", "astronaut", "chairman", "chairwoman",
               "chancellor", "commander", "correspondent", "cosmonaut", "defector", "dictator", "diplomat", "director",
               "envoy", "expert", "journalist", "lawmaker", "leader", "legislator", "minister", "observer", "official",
               "officer", "pilot", "politician", "premier", "president", "professor", "reporter", "researcher",
               "ruler", "scientist", "soldier", "spokesman", "spokesperson", "spokeswoman", "staffer"),
    ("ORG",): ("agency", "army", "committee", "company", "department", "media", "military", "ministry", "navy",
               "newspaper", "party", "television", "university"),
    ("GPE",): ("capital", "city", "country", "government", "nation", "state"),
    ("PER", "ORG"): ("crew", "delegation", "guard", "personnel", "staff"),
    ("PER", "NORP"): ("people",),
    ("PER", "ORG", "GPE"): ("ally",),
    ("LOC",): ("border", "coast"),
    ("LOC", "GPE", "FAC"): ("area", "location", "region"),
    ("FAC",): ("building", "cosmodrome", "facility", "factory", "infrastructure", "plant"),
    ("EVENT",): ("conference", "conflict", "crisis", "fighting", "forum", "hostility", "invasion", "meeting",
                 "outbreak", "pandemic", "parade", "summit", "trip", "visit", "war"),
    ("WEA",): ("ammunition", "munition", "missile", "shell", "technology", "weapon", "weaponry"),
    ("WEA", "VEH"): ("drone", "jet", "rocket", "satellite", "submarine", "tank"),
    ("VEH",): ("locomotive", "train"),
}
#: the nouns of `HEAD_NOUNS_BY_TYPES` whose plurals the rules of `plurals` do not make: an irregular plural, two plurals
#: (`spokespeople`, `spokespersons`; `militaries`, where `military` is also a collective), or none (a mass noun:
#: `ammunition`, `weaponry`, `fighting`, `staff`, `personnel`, `infrastructure`; `media` and `people` are plurals
#: already)
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "crisis": ("crises",), "spokesperson": ("spokespeople", "spokespersons"), "military": ("militaries",),
    "ammunition": (), "weaponry": (), "media": (), "fighting": (), "people": (), "personnel": (), "staff": (),
    "infrastructure": ()}


def plurals(word: str) -> tuple[str, ...]:
    """`word` and its plurals (`analyst` -> `analysts`, `party` -> `parties`, `chairman` -> `chairmen`)."""
    if word in _IRREGULAR:
        return word, *_IRREGULAR[word]
    if word.endswith("man"):
        return word, word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        return word, word[:-1] + "ies"
    return word, word + ("es" if word.endswith(("s", "sh", "ch", "x")) else "s")


#: each head noun of `HEAD_NOUNS_BY_TYPES`, in the singular and the plural, -> the types it may name
HEAD_TYPES: dict[str, frozenset[str]] = {form: frozenset(types) for types, words in HEAD_NOUNS_BY_TYPES.items()
                                         for word in words for form in plurals(word)}
#: the words after which a nominal's words modify its head rather than end it (`the head [of] state`, `a professor
#: [at] the university`, `officials [who] ...`): its head is the word before the first
POSTMODIFIERS = frozenset({"of", "from", "in", "at", "on", "for", "with", "who", "whom", "whose", "that", "which",
                            "to", "between", "near", "under", "over", "across", "into", "against", "by", "during",
                            "since", "like", "including", "after", "before", "than", "as"})
#: the words of a coordination, whose conjuncts may be of other types than the group (`Kim and his officials`)
_COORDINATING = frozenset({"and", "or", "&", "nor", "plus"})


def nominal_head(key: str) -> str | None:
    """The head noun of a nominal's words (`linking.nominal_key`): `head_word`; None for a coordination (`North Korea
    and Russia`) or a comma's apposition or list, whose conjuncts may be of other types."""
    if "," in key or not _COORDINATING.isdisjoint(key.split()):
        return None
    return head_word(key) or None


@functools.lru_cache(maxsize=8192)
def head_word(key: str) -> str:
    """The last word of a nominal's words (`linking.nominal_key`) before any post-modifier, after its last hyphen,
    without the punctuation around it (`the inter-Korean border` -> `border`, `a professor at ...` -> `professor`);
    V390 reads it in the singular (`singular`), V403 through `nominal_head`. The same words recur across a corpus's
    documents (`the summit`, `the two countries`), and are read once."""
    words, cut = key.split(), _head_at(key) + 1
    return words[cut - 1].rsplit("-", 1)[-1].strip("'\"“”‘’()[]") if cut else ""


def singular(word: str) -> str:
    """`word` in the singular as far as `-s` and `-ies` go: `missiles` -> `missile`, `technologies` -> `technology`."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


#: the heads that name a kind or a make of a thing, and say nothing of its type alone (`systems`, `designs`): a
#: weapon's or vehicle's noun before one names what it is a kind of (`satellite systems`, `new drone designs`)
_KINDS_OF = frozenset(form for word in ("system", "design", "model", "variant", "version") for form in plurals(word))
#: the types a weapon's or vehicle's noun names, which `_KINDS_OF` passes on
_MACHINES = frozenset({"WEA", "VEH"})
#: the words that count what follows them: `people` after one is persons, never a nationality (`several people`,
#: `two people`, `many people`; `the Korean people` is a people, NORP)
_COUNTING = frozenset({"several", "many", "few", "fewer", "some", "most", "two", "three", "four", "five", "six",
                       "seven", "eight", "nine", "ten"}) | NUMBER_WORDS
_PERSONS = frozenset({"PER"})


@functools.lru_cache(maxsize=8192)
def judged_head(key: str) -> tuple[str, frozenset[str]] | None:
    """The head noun of a nominal's words (`nominal_head(key)`) and the types it names, where it is one of
    `HEAD_TYPES` (`people` counted, `_COUNTING`, names persons alone), or one of `_KINDS_OF` after a weapon's or
    vehicle's noun (that noun and its types); else None. The same words recur across a corpus's documents (`the
    summit`, `the two countries`), and are read once."""
    head = nominal_head(key)
    if head in HEAD_TYPES:
        before = key.split()[:_head_at(key)]
        counted = head == "people" and any(w in _COUNTING or w.isdigit() for w in before)
        return head, _PERSONS if counted else HEAD_TYPES[head]
    if head in _KINDS_OF:
        words = key.split()[:_head_at(key)]
        noun = words[-1].rsplit("-", 1)[-1] if words else ""
        if noun in HEAD_TYPES and HEAD_TYPES[noun] <= _MACHINES:
            return noun, HEAD_TYPES[noun]
    return None


def _head_at(key: str) -> int:
    """The index of a nominal's head word among its words (`key`'s): the last before any post-modifier."""
    words = key.split()
    return next((k for k, word in enumerate(words) if k and word in POSTMODIFIERS), len(words)) - 1


def _modifiers_head(view: DocumentView, i: int, key: str) -> tuple[str, frozenset[str]] | None:
    """The head noun of nominal `i` (its words `key`) where the coordination before its head is one of premodifiers
    (`[Ukrainian heating and food infrastructure]`, `[military and civilian aviation factories]`), where it is one of
    `HEAD_TYPES`: its last conjunct is two words or more and opens on no determiner or number (`the army and [the]
    people`, `Kim and [his] aides` join noun phrases), and no mention inside it ends before a comma or an `and` (a
    group's members are nested mentions: `[[Kim] and [Putin]]`, hard case 13). None otherwise."""
    words, cut = key.split(), _head_at(key) + 1
    last = COORDINATION.split(" ".join(words[:cut]))[-1].split()
    if len(last) < 2 or last[0] in DETERMINERS or last[0] in NUMBER_WORDS or len(last) == cut:
        return None
    starts, ends, texts = (view.column("mentions", f) for f in ("start", "end", "text"))
    before = {starts[i] + sep.start() for sep in COORDINATION.finditer(texts[i])}
    if any(ends[k] in before for k in mentions_starting(view, starts[i], ends[i] - 1)):
        return None
    head = head_word(key)
    return (head, HEAD_TYPES[head]) if head in HEAD_TYPES else None


@rule("V403", "nominal-head-against-type", "a nominal's head noun names a referent of another type than its "
      "entity's (`[the officials]` of an ORG, `[the summit]` of a PER)", "type the entity as its nominals' heads say, "
      "or move the mention to the entity it refers to (docs/guidelines.md, Entity types)")
def nominal_head_against_type(ctx: DocContext) -> Iterator[Hit]:
    """The types are defined by the words that name their referents (docs/guidelines.md, Entity types): an
    official, an analyst, a spokesman are people (PER); an agency, a ministry, an army, a party ORG; a country, a
    city, a government GPE; a factory FAC; a summit or a war an EVENT; a missile a WEA; a train a VEH. An entity
    retyped (Some analysts ... They as an ORG, reporters as a GPE) or a nominal moved to another chain (`the
    officials` to North Korean state media, `the summit` to Kim) passed every rule wherever no record or pronoun
    contradicted it: an entity linked to no record has no type to be held to, and V256 reads pronouns only. A nominal
    whose head noun (`nominal_head`) is one of `HEAD_TYPES`, words that name nothing of another type in news
    writing, is of an entity of a type that word names: a few name referents of two or three types (`delegation`,
    `personnel` a body or its people, PER or ORG; `people` PER or NORP; `area`, `location` LOC, GPE or FAC), and an
    entity of another type is still wrong (`[Kim's delegation]` a GPE, `[an area]` an EVENT). A coordination of
    premodifiers before the head is read through (`_modifiers_head`: `[Ukrainian heating and food infrastructure]`
    is a FAC, retyped a person it passed). The thirtieth session's attack passed `satellite systems` and `new drone
    designs` retyped as anything, and `several people` as a NORP: a head that names a kind or a make (`systems`,
    `designs`, `models`, `variants`, `versions`) after a weapon's or vehicle's noun is read by that noun (a WEA or a
    VEH), and `people` counted (`several`, `many`, `two`, a number) names persons alone. Not judged: a head outside
    that list (`member` may be a state, `system` alone or after another noun anything: `air defence systems`), a
    coordination or a list of noun phrases (its conjuncts may differ from the group: V439 reads a group of nested
    mentions), a metonymic mention, and an entity whose type differs from its record's (V216's). Every nominal of
    release 1 and of the synthetic corpora has a head its entity's type fits, or one outside the list."""
    view = ctx.view
    metonymic, ids, entities, texts = (view.column("mentions", f) for f in ("metonymy", "id", "entity", "text"))
    mention_type = view.mention_type
    wrong = [(i, head, kind) for i, key in keyed_nominals(view) if (head := judged_head(key) or (
        _modifiers_head(view, i, key) if COORDINATED.search(key) else None)) is not None
             and not metonymic[i] and (kind := mention_type.get(ids[i])) is not None and kind not in head[1]]
    if not wrong:
        return
    index = ctx.registry_index
    retyped = set() if index is None else {e.id for e in view.entities.values()
                                           if e.kb_id in index.types and index.types[e.kb_id] != e.type}  # V216's
    for i, head, kind in wrong:
        if entities[i] not in retyped:
            yield Hit(pointer("mentions", i, "entity"), entities[i], f"{texts[i]!r} of {entities[i]}, a {kind}: "
                      f"{head[0]!r} names a {' or '.join(sorted(head[1]))}")
