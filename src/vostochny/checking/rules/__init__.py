"""The corpus rules: checks across fields, files and the raw text, on validated models.

Each rule is a function registered with `@rule(...)`: a stable code, a short name, a one-line
message, the fix, and a docstring that says why the rule exists. Document rules take a
`DocContext` and yield `Hit`s; corpus rules take a `CorpusContext`. The registry is flat: the
validator runs every rule of a scope in the order of `base.RUN_ORDER`, whichever module holds it.
`docs/rules.md` is generated from it. Importing this package registers every rule. The rules read
the models or their `msgspec` mirrors (`reading/fastpath.py`) alike, and import the models for type
checking only: the validator's valid path never imports pydantic. The modules, in the order a
document and then the corpus are checked:

- `base`: the contexts, `Hit`, `rule` and `RULES`, and helpers of every layer; `registry_index`: the registry's
  lookups, one index per registry (`ctx.registry_index`); `texts`: what the corpus rules compare of texts and
  quotes (hashes, word sketches, the words said);
- `spans`, `raw_texts`, `identity`: offsets and texts of spans, the raw text, ids and references;
- `tokens`, `tokenizer`: the token and sentence layers, and the tokenizer they record;
- `mentions`, `mention_edges`, `mention_words`, `mention_heads`, `name_forms`, `entities`, `names`, `mention_agreement`,
  `group_types`, `pronoun_gaps`, `chain_heads`, `speaker_pronouns`: mentions, their edges, the words of their phrase and
  their head noun, how names are written, entities, names against the registry, pronouns against their entity, a group
  against its members' type and two groups of the same members, pronouns left out, a chain's mentions against each other
  (one referent and several, two kinds of referent), a direct quote's `I` against its speaker; `metonyms`: a place's
  name standing for one state over the corpus, and for one entity in a document;
- `relations`, `relation_words`, `relation_titles`, `containment_words`, `relation_origins`, `relation_places`,
  `transfer_sides`, `quoted_relations`, `factuality`, `factuality_words`, `factuality_reach`, `containment`: relations,
  relations against the words that state them, a title against its relation's type, a containment against the words
  between its arguments (`in` or `of`, a state's possessive, a coordination, `in` alone) and the registry's classes
  (a city's nationality, a state in a state, a state or a city in a city), a journey's or a meeting's
  argument after `from`, arguments against where their words join them, a transfer's two sides, relations read
  through a quote, their factuality against its words, against their sentence's and against where those words stand,
  and containment over the corpus;
  `quotes`, `quote_marks`, `quote_edges`, `quote_places`,
  `quote_words`, `quote_clauses`, `quote_gaps`, `quote_reports`, `quote_beside`, `speaker_sentences`,
  `speaker_phrases`: a quote's parts, its marks, the words at its cue's and content's edges, where its parts lie,
  the words they are read from, a reported clause cut short, quotations and reports the text shows that no quote
  covers (by a verb of saying, by a word that reports only in some uses, beside another quote), a speaker against its
  cue's sentence and against the phrase after its cue, and a quote left without the speaker its cue's phrase, an
  apposition's subject or a participle's clause names;
- `zones`, `furniture`, `zone_kinds`, `zone_furniture`, `zone_paragraphs`, `meta`: the zone layer, a paragraph of
  reporting labelled boilerplate by its words, zone labels that their words contradict, furniture whose words show
  nothing of its label, two paragraphs in one zone, and the document's dates, rights and title;
- `registry`, `wikidata`, `splits`, `quote_links`, `quote_link_channels`, `quote_link_groups`, `history`: the corpus
  files, and the raw texts against git history and the release manifest.
"""

from vostochny.checking.rules import (  # noqa: F401 - each module registers its rules
    chain_heads,
    containment,
    containment_words,
    entities,
    factuality,
    factuality_reach,
    factuality_words,
    furniture,
    group_types,
    history,
    identity,
    mention_agreement,
    mention_edges,
    mention_heads,
    mention_words,
    mentions,
    meta,
    metonyms,
    name_forms,
    names,
    pronoun_gaps,
    quote_beside,
    quote_clauses,
    quote_edges,
    quote_gaps,
    quote_link_channels,
    quote_link_groups,
    quote_links,
    quote_marks,
    quote_places,
    quote_reports,
    quote_words,
    quoted_relations,
    quotes,
    raw_texts,
    registry,
    relation_origins,
    relation_places,
    relation_titles,
    relation_words,
    relations,
    spans,
    speaker_phrases,
    speaker_pronouns,
    speaker_sentences,
    splits,
    tokenizer,
    tokens,
    transfer_sides,
    wikidata,
    zone_furniture,
    zone_kinds,
    zone_paragraphs,
    zones,
)
from vostochny.checking.rules.base import RULES, CorpusContext, DocContext, Hit
from vostochny.checking.rules.raw_texts import raw_checksum
from vostochny.checking.rules.registry import recurring_referent_unlinked
from vostochny.checking.rules.texts import Said, TextHashes, quotes_said, text_hashes, text_sketch

__all__ = ["RULES", "CorpusContext", "DocContext", "Hit", "Said", "TextHashes", "quotes_said",
           "raw_checksum", "recurring_referent_unlinked", "text_hashes", "text_sketch"]
