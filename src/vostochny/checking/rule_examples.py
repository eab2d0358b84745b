"""A failing and a passing example for every rule code, shown by `vostochny explain CODE` and in
docs/rules.md. Fragments of an annotation file (raw text in comments); a test checks that every
catalogued code has exactly one pair."""

from __future__ import annotations

#: code -> (fails, passes)
EXAMPLES: dict[str, tuple[str, str]] = {
    "V001": ('{"id": "doc-1", "length": 42,}', '{"id": "doc-1", "length": 42}'),
    "V002": ('{"id": "doc-1", "id": "doc-2"}', '{"id": "doc-1"}'),
    "V003": ("EF BB BF 7B ...   (a byte-order mark before the first '{')", "7B ...   (UTF-8, no byte-order mark)"),
    "V004": ("a 40 MB annotations/huge.json with the default --max-bytes",
             "the document split in two, each under 16 MiB"),
    "V005": ('{"start": NaN}', '{"start": 12}'),
    "V006": ("annotations/ without splits.json", "annotations/splits.json listing every document"),
    "V007": ('{"meta": {"title": "Kim \\ud800 Putin"}}', '{"meta": {"title": "Kim \\u2013 Putin"}}'),
    "V008": ("annotations/doc.json -> /dev/zero   (a symbolic link)", "annotations/doc.json, a regular file"),
    "V009": ("a folder .vostochny-staging-x1y2 left beside annotations/ by a killed import",
             "no staging folder (the next import or new settled it)"),
    "V010": ("annotations/drafts/kim-visit.json   (in a subfolder: never read)",
             "annotations/kim-visit.json, with raw/kim-visit.txt"),
    "V101": ('{"id": "m1", "start": 0, "end": 3, "kind": "name"}   (no "entity")',
             '{"id": "m1", "start": 0, "end": 3, "text": "Kim", "entity": "e1", "kind": "name"}'),
    "V102": ('{"start": "12", "end": 15}', '{"start": 12, "end": 15}'),
    "V103": ('{"id": "m1", "entitiy": "e1"}', '{"id": "m1", "entity": "e1"}'),
    "V104": ('{"id": "e1", "type": "PERSON"}', '{"id": "e1", "type": "PER"}'),
    "V105": ('{"sha256": "abc"}', '{"sha256": "<64 lowercase hex digits>"}'),
    "V110": ('{"schema_version": "9.0.0"}', '{"schema_version": "1.4.0"}'),
    "V111": ('{"schema_version": "1.2.0"}   (then: vostochny migrate FILE)', '{"schema_version": "1.4.0"}'),
    "V201": ('{"start": 15, "end": 12, "text": ""}', '{"start": 12, "end": 15, "text": "Kim"}'),
    "V202": ('raw "... Kim Jong Un met ..." at 20: {"start": 21, "end": 32, "text": "Kim Jong Un"}',
             '{"start": 20, "end": 31, "text": "Kim Jong Un"}'),
    "V203": ("raw/doc-1.txt edited after annotation (its SHA-256 no longer matches)",
             "raw/doc-1.txt restored with git checkout, byte for byte"),
    "V204": ("annotations/doc-1.json without raw/doc-1.txt", "raw/doc-1.txt beside it, UTF-8"),
    "V205": ('annotations/doc-1.json holding {"id": "doc-2"}', 'annotations/doc-1.json holding {"id": "doc-1"}'),
    "V206": ('"entities": [{"id": "e1"}], "mentions": [{"id": "e1"}]',
             '"entities": [{"id": "e1"}], "mentions": [{"id": "m1"}]'),
    "V207": ('"mentions": [{"id": "m1", "entity": "e9"}]   (no entity e9)',
             '"mentions": [{"id": "m1", "entity": "e1"}]'),
    "V208": ('{"id": "e1", "kb_id": "kim-jong-uun"}',
             '{"id": "e1", "kb_id": "kim-jong-un"}   (a record of entities.json)'),
    "V209": ('{"id": "r1", "head": "e1", "tail": "m4"}   (e1 is an entity)',
             '{"id": "r1", "head": "m1", "tail": "m4"}'),
    "V210": ('LEADER_OF head "Russia" (GPE)', 'LEADER_OF head "Putin" (PER), tail "Russia" (GPE)'),
    "V211": ('m1 [0, 12) "North Korean" and m2 [6, 20) "Korean leader"',
             'm1 [0, 12) inside m2 [0, 19) "North Korean leader"'),
    "V212": ('{"start": 1, "end": 3, "text": "im"}   (token "Kim" is [0, 3))', '{"start": 0, "end": 3, "text": "Kim"}'),
    "V213": ('"tokens": [[0, 3, "Kim"], [2, 6, "m Jo"]]', '"tokens": [[0, 3, "Kim"], [4, 8, "Jong"]]'),
    "V214": ("sentences [0, 40) and [30, 80)", "sentences [0, 40) and [41, 80)"),
    "V215": ('{"id": "q1", "kind": "direct", "content": []}',
             '{"id": "q1", "kind": "direct", "content": [{"start": 5, "end": 17, "text": "We will win,"}]}'),
    "V216": ('entity {"type": "ORG", "kb_id": "russia"} with registry russia a GPE',
             'entity {"type": "GPE", "kb_id": "russia"}'),
    "V217": ("PER_OF head in sentence 3, tail in sentence 5   (m12 and m13 renumbered, the relation left as it was)",
             "head and tail mentions in the sentence that states it"),
    "V218": ('a quote whose speaker is a mention of "the shells" (WEAPON)',
             'the speaker is a mention of "Kim Jong Un" (PER)'),
    "V219": ('"entities": [{"id": "e7", ...}] with no mention of e7', "e7 removed, or its mentions added"),
    "V220": ("zones [0, 50) body and [40, 60) boilerplate", "zones [0, 50) body and [50, 60) boilerplate"),
    "V221": ('"rights": {"statement": "CNE", "holder": null, "note": "not evaluated: ..."}   (a warning)',
             '"rights": {"statement": "InC", "holder": "Reuters", "note": "a (Reuters) credit line"}'),
    "V222": ('MEETS head m2 "Kim", tail m5 "he" (both mentions of e2)', 'MEETS head m2 "Kim", tail m3 "Putin"'),
    "V223": ('r1 {"type": "MEETS", "head": "m2", "tail": "m3"} and r7 {"type": "MEETS", "head": "m3", "tail": "m2"}',
             "r7 removed"),
    "V224": ('m3 [45, 59) "Vladimir Putin" of e3 and m9 [45, 59) "Vladimir Putin" of e5',
             "m9 removed, its references pointed at m3"),
    "V225": ('e2 {"kb_id": "kim-jong-un"} and e7 {"kb_id": "kim-jong-un"}', "e7's mentions moved to e2, e7 removed"),
    "V226": ('q1 {"content": [{"start": 91, "end": 103, "text": "We will win,"}], "speaker": "m5"} and q2 '
             '{"content": [{"start": 91, "end": 102, "text": "We will win"}], "speaker": "m5"}',
             'q2 removed; or q2 said by another speaker inside q1 (a report inside a report)'),
    "V227": ('{"text": "he", "kind": "nominal"}', '{"text": "he", "kind": "pronoun"}'),
    "V228": ("zones [0, 89) headline only; tokens [90, 127) in no zone", "zones [0, 89) headline and [90, 127) body"),
    "V229": ('"zones": []   (a document with tokens)', '"zones": [{"start": 0, "end": 89, "kind": "headline"}, ...]'),
    "V230": ('"he would tour [an aircraft factory]" -> TRAVELS_TO(he, factory), "Kim" in the sentence   (a warning)',
             'TRAVELS_TO(Kim, factory): the name of the sentence'),
    "V231": ('{"meta": {"date": "2023-09-13", "received": "2023-02-30"}}   (no such day; and before the date)',
             '{"meta": {"date": "2023-09-13", "received": "2026-11-23"}}'),
    "V232": ('"rights": {"statement": "InC", "holder": null, "note": "credited: (Reuters)"}',
             '"rights": {"statement": "InC", "holder": "Reuters", "note": "credited: (Reuters)"}'),
    "V233": ('{"meta": {"url": "https://www.reuters.com/world/kim-putin"}}   (the text shows no URL); or '
             '{"meta": {"outlet": "Reuters"}} on the AP text (no name of the record reuters in it)',
             '{"meta": {"url": null, "outlet": "Associated Press"}}   (shown by "(AP)", an alias of its record)'),
    "V234": ('“[We] will win,” he said: {"content": [{"text": "We will win,"}], "speaker": "m7"}   (m7 is "We")',
             '{"content": [{"text": "We will win,"}], "cue": {"text": "said"}, "speaker": "m5"}   (m5 is "he")'),
    "V235": ('{"id": "r4", "type": "SUPPLIES", "head": "m9", "tail": "m12"}   (a warning)',
             '{"id": "r4", "type": "SUPPLIES", "head": "m9", "tail": "m12", "factuality": "possible"}'),
    "V236": ('{"id": "q2", "kind": "direct", "content": [...], "speaker": "m5"}   (a warning)',
             '{"id": "q2", "kind": "direct", "content": [...], "speaker": "m5", "attribution": "speech"}'),
    "V237": ('"Putin, Kim": {"start": 5, "end": 6, "text": ",", "kind": "name"}   (a mention over the comma)',
             '{"start": 7, "end": 10, "text": "Kim", "kind": "name"}'),
    "V246": ('"Kim Jong Un met Putin. The talks lasted hours. They ended late. “We will win,” he said." with '
             'q1\'s speaker the "Kim Jong Un" of the first sentence', 'q1\'s speaker "he", before the cue "said"'),
    "V247": ('{"start": 68, "end": 93, "text": "Vostochny Cosmodrome.\\n“We"}   (zones [0, 89) and [90, 127))',
             '{"start": 68, "end": 88, "text": "Vostochny Cosmodrome"}'),
    "V240": ('{"start": 12, "end": 23, "text": "Kim Jong Un"}   (sentences [0, 20) and [20, 60): "... Kim Jong" | '
             '"Un arrived ...")',
             '{"start": 12, "end": 23, "text": "Kim Jong Un"}   (sentences [0, 60) and [60, ...))'),
    "V248": ('{"text": "Putin’s", "kind": "name"}', '{"text": "Putin", "kind": "name"}   (then ’s outside the span)'),
    "V249": ('{"id": "e2", "name": "Kim Jong Un "}   (a space at the end)', '{"id": "e2", "name": "Kim Jong Un"}'),
    "V238": ('"Ahead of his meeting with [Putin], [Kim] signed": {"type": "MEETS", "head": "m160", "tail": "m159"}',
             '{"type": "MEETS", "head": "m159", "tail": "m160"}   (head Putin, the first in the text)'),
    "V239": ('{"content": [{"start": 120, "end": 151, ...}, {"start": 40, "end": 88, ...}]}',
             '{"content": [{"start": 40, "end": 88, ...}, {"start": 120, "end": 151, ...}]}'),
    "V250": ('zones [0, 31) body "North Korean leader Kim Jong Un" and [32, 89) boilerplate (one line)',
             'zone [0, 89) body: the whole line'),
    "V265": ('zones [0, 89) body and [90, 127) headline   (a paragraph labelled headline, after the body)',
             'zones [0, 89) headline and [90, 127) body'),
    "V266": ('sentence [0, 127) "North Korean leader ... Cosmodrome.\\n“We will win,” he said of the shells." '
             '(zones [0, 89) and [90, 127))', 'sentences [0, 89) and [90, 127)'),
    "V282": ('zone {"kind": "boilerplate", "text": "September 13, 2023"}   (a dateline: V231 reads it no more)',
             'zone {"kind": "dateline", "text": "September 13, 2023"}'),
    "V281": ('mention "Wednesday", kind name, in the entity linked to kim-jong-un   (the record: "Kim Jong Un", '
             'aliases ["Kim"], misspellings ["Kim Putin"])',
             'mention "Kim Putin", kind name, in that entity   (a misspelling the record lists)'),
    "V280": ('"tokenizer": {"name": "spacy", "version": "3.8", "corrections": 0}   (tokens made by another tokenizer)',
             '"tokenizer": {"name": "vostochny.tokenize", "version": "1.3", "corrections": 0}   (the tokens re-made)'),
    "V267": ('"tokens": [[0, 4, "Join"], [4, 6, "ed"], ...], "tokenizer": {"corrections": 0}   (the tokenizer '
             'makes "Joined")', '"tokens": [[0, 6, "Joined"], ...]; or "corrections": 2, the split recorded'),
    "V283": ('raw "Kim met Putin. He left.": "sentences": [[0, 7], [8, 23]], "tokenizer": {"sentence_corrections": '
             '2}   (a boundary moved by hand and counted: a start added where no final mark is, one removed where no '
             'span crosses it)', '"sentences": [[0, 14], [15, 23]], "sentence_corrections": 0'),
    "V479": ('raw "Putin said: \\"We came.\\"": "sentences": [[0, 21], [21, 22]], "sentence_corrections": 1   (the '
             'closing mark split off and counted)', '"sentences": [[0, 22]], "sentence_corrections": 0'),
    "V478": ('raw "No one should help Mr. Putin kill.": "sentences": [[0, 22], [23, 34]], "sentence_corrections": 1   '
             '(a start added after a title, counted)', '"sentences": [[0, 34]], "sentence_corrections": 0'),
    "V340": ('"a": {"document": "reuters-kim-putin-summit", "quote": "q11", "text": "Kim would travel on his own ..."}'
             '   (q11 is now "there were opportunities to explore": the quotes renumbered)', '"quote": "q17", the id '
             'of the quote whose content the end records'),
    "V268": ('raw "Kim\\u200bJong Un": "tokens": [[0, 3, "Kim"], [3, 4, "\\u200b"], [4, 8, "Jong"], ...]   (a '
             'zero-width space made a token by tokenizer 1.1)', '"tokens": [[0, 3, "Kim"], [4, 8, "Jong"], ...]   (the '
             'zero-width space a gap, as a space is)'),
    "V452": ('raw "Zoe\\u0308 met Kim.": "tokens": [[0, 3, "Zoe"], [3, 4, "\\u0308"], [5, 8, "met"], ...], '
             '"corrections": 1   (a letter split from its accent by hand, and counted)', '"tokens": [[0, 4, '
             '"Zoe\\u0308"], [5, 8, "met"], ...], "corrections": 0   (the accent in its letter\'s token)'),
    "V279": ('raw "Kim\\u0007 met Putin.": "tokens": [[0, 3, "Kim"], [3, 4, "\\u0007"], [5, 8, "met"], ...]   (a bell '
             'in the copy received)', 'raw "Kim met Putin.": the article received again, its annotations moved to it'),
    "V269": ('hydration.json: {"id": "doc-1", "annotated": {"sha256": "9f2c…"}, "sha256": "41d0…", "words": '
             '"changed"}, raw/doc-1.txt with SHA-256 41d0…   (a warning)', 'raw/doc-1.txt the text annotated: '
             'SHA-256 9f2c…; or a copy that differs in quotes, spaces or line ends only ("words": "same")'),
    "V251": ('a direct quote\'s content {"text": "“We will win,"}', 'its content {"text": "We will win,"}'),
    "V258": ('r1 LOCATED_IN(m1 "Seoul", m2 "South Korea") and r51 LOCATED_IN(m208 "South Korea", m207 "Seoul")',
             'r51 LOCATED_IN(m207 "Seoul", m208 "South Korea")   (the city in the country, as r1)'),
    "V259": ('"North Korean leader Kim Jong Un": LEADER_OF(m2 "Kim Jong Un", m1 "North Korean") and '
             'NATIONALITY(m2, m1)', 'LEADER_OF(m2, m1) alone   (a leader is not also given a nationality)'),
    "V260": ('"North Korean leader Kim Jong Un": {"type": "LEADER_OF", "head": "m2", "tail": "m1", '
             '"factuality": "denied"}', '{"type": "LEADER_OF", "head": "m2", "tail": "m1", "factuality": "asserted"}'),
    "V261": ('"Matthew Miller said": {"cue": {"text": "said"}, "attribution": "thought"}',
             '{"cue": {"text": "said"}, "attribution": "speech"}'),
    "V262": ('"Kim hails \'Sacred\' fight" (headline): {"kind": "direct", "content": [{"text": "Sacred"}], '
             '"cue": null}', '"“We will win,” he said." (body): {"kind": "direct", "content": [{"text": "We will '
             'win,"}], "cue": "said"}'),
    "V263": ('"“We will win,” he said. ... (five paragraphs) ... The talks ended." with content '
             '["We will win,", "The talks ended"]',
             '"“We will win,” he said. “The war is ours.”" with content ["We will win,", "The war is ours."]'),
    "V264": ('"Matthew Miller said ...": {"speaker": "m72" (Matthew Miller), "cue": {"text": "Matthew Miller"}}',
             '"Matthew Miller said ...": {"speaker": "m72" (Matthew Miller), "cue": {"text": "said"}}'),
    "V252": ('"“We will win,” he said": {"kind": "indirect", "content": [{"text": "We will win,"}]}',
             '{"kind": "direct", "content": [{"text": "We will win,"}]}   (indirect: "he said they would win")'),
    "V272": ('"“No nation ... Ukrainians,” Kirby said.": {"kind": "direct", "cue": null, "speaker": "m8"}',
             '{"kind": "direct", "cue": {"text": "said"}, "speaker": "m8"}   (Kirby)'),
    "V273": ('"“No nation ... Ukrainians,” Kirby said.": {"kind": "direct", "cue": {"text": "said"}, "speaker": null}',
             '{"kind": "direct", "cue": {"text": "said"}, "speaker": "m8"}   (the mention "Kirby" beside the cue)'),
    "V274": ('"Peskov stated that the two leaders would “cooperate on sensitive areas ...”": {"kind": "indirect", '
             '"content": [{"text": "the two leaders would “cooperate on sensitive areas ...”"}]}',
             '{"kind": "mixed", ...}   (indirect: "Peskov said the two leaders would cooperate", no marks)'),
    "V270": ('zone {"kind": "boilerplate", "text": "Putin showed Kim around Russia\'s most advanced ..."} holding '
             'TRAVELS_TO(m12 "Kim", m13 "Russia\'s most advanced space rocket launch site")',
             '{"kind": "body", ...}   (boilerplate: "Read More: ...", "ADVERTISEMENT", "Contact us at ...")'),
    "V275": ('zone {"kind": "boilerplate", "text": "The world relies largely on Russian and North Korean media for '
             'information about Kim’s diplomacy in Russia ..."}   (its mentions alone: no relation, no attribution)',
             '{"kind": "body", ...}   (boilerplate written as a sentence: "Copyright 2023 The Associated Press. All '
             'rights reserved.")'),
    "V276": ('zone {"kind": "body", "text": "Kim Jong Un to meet Putin"}   (a subheading); or {"kind": "body", "text": '
             '"(Reuters)"}',
             '{"kind": "subheading", "text": "Kim Jong Un to meet Putin"}; {"kind": "byline", "text": "(Reuters)"}'),
    "V277": ('zone {"kind": "subheading", "text": "Kim and Putin will meet this week at an unknown location in the Far '
             'East. Kremlin spokesman Dmitry Peskov ..."}',
             '{"kind": "body", ...}   (a heading: {"kind": "subheading", "text": "Ballistic missiles"})'),
    "V278": ('zone {"kind": "dateline", "text": "Russia has joined China in opposing new sanctions on North Korea, '
             '..."}',
             '{"kind": "body", ...}   (a dateline: {"kind": "dateline", "text": "SEOUL, South Korea (AP) —"})'),
    "V271": ('"Litvinova reported from Tallinn, Estonia." (byline): LOCATED_IN(m209 "Estonia", m208 "Tallinn"); or '
             '"Russia\'s Far East": LOCATED_IN(m17 "Russia", m18 "Far East")',
             'LOCATED_IN(m208 "Tallinn", m209 "Estonia"); LOCATED_IN(m18 "Far East", m17 "Russia")'),
    "V242": ('{"id": "e7", "type": "PER", "name": "Hyung-jin Kim", "kb_id": null}   (mention "Hyung-jin Kim", kind '
             'name; no record of him)', '{"id": "e7", "type": "PER", "name": "Hyung-jin Kim", "kb_id": "hyung-jin-kim"}'
             '   (his record added to the registry)'),
    "V244": ('{"text": "Putin", "entity": "e3", "metonymy": true}   (e3 a PER)',
             '{"text": "Moscow", "entity": "e6", "metonymy": true}   (e6 the GPE Russia)'),
    "V245": ('m3 [46, 60) "Vladimir Putin" and m7 [55, 60) "Putin", both of e3', 'm3 alone'),
    "V255": ('{"id": "e2", "name": "Kim Jong Un", "kb_id": "vladimir-putin"}   (mention "Kim Jong Un", kind name)',
             '{"id": "e2", "name": "Kim Jong Un", "kb_id": "kim-jong-un"}'),
    "V344": ('[Korean Central News Agency] with m9 [Korean] of e12 (NORP) inside it',
             '[Korean Central News Agency] alone (a name is atomic); [South Korean] [Foreign Ministry] beside it'),
    "V345": ('{"text": "military spy satellites,"}; {"text": "other cities in"}; {"text": "—a symbol"}',
             '{"text": "military spy satellites"}; {"text": "two other cities"}; {"text": "its \\"sacred fight\\""}'),
    "V346": ('q13 {"cue": "confirmed" [310, 319)} and q14 {"cue": "confirmed" [310, 319)}, contents apart',
             'q13 with both contents (one quote of two fragments), or q14 with its own cue "noted"'),
    "V348": ('{"kind": "indirect", "content": [{"text": "the two leaders would meet"}], "cue": null}   ("Peskov said '
             'the two leaders would meet")', '{"kind": "indirect", "cue": {"text": "said"}, "speaker": "m12"}'),
    "V349": ('{"content": [{"text": "Lavrov said Kim would visit"}]}   ("Sergei Lavrov said ...": a name cut in two)',
             '{"content": [{"text": "Kim would visit"}], "cue": {"text": "said"}}'),
    "V347": ('raw/doc-1.txt of 0 bytes (a failed download), annotations/doc-1.json of its empty layers',
             'raw/doc-1.txt the article as received'),
    "V256": ('"his" (Kim\'s) of e11, the GPE North Korea; or "their" of e2, Kim Jong Un (he elsewhere)',
             '"his" of e2 (PER, Kim Jong Un); "their" of e38, the group North Korea and Russia (kb_id null)'),
    "V257": ('{"id": "e99", "type": "PER", "name": "he"} with the one mention "he"   (a warning)',
             '"he" a mention of e2, Kim Jong Un, with his name mentions'),
    "V253": ('{"text": "Vladimir Putin", "entity": "e3", "kind": "nominal"}   (e3 links to vladimir-putin)',
             '{"text": "Vladimir Putin", "entity": "e3", "kind": "name"}   ("the Russian leader": nominal)'),
    "V254": ('{"text": "leader", "entity": "e2", "kind": "name"}',
             '{"text": "Kim Jong Un", "entity": "e2", "kind": "name"}   (a title is no mention of its own)'),
    "V243": ('{"id": "e1", "kb_id": "kim-jong-un", "distinct_from": ["vladimir-putin"]}',
             '{"id": "e1", "kb_id": "kim-jong-un", "distinct_from": []}'),
    "V301": ('"entities": [{"id": "kim-jong-un"}, {"id": "kim-jong-un"}]', "one record kim-jong-un"),
    "V320": ('{"id": "kcna", "name": "Korean Central News Agency"}',
             '{"id": "korean-central-news-agency", "name": "Korean Central News Agency"}'),
    "V321": ('"[a ruling party] official" of {"kb_id": null}; another document: "[the country\'s ruling party]" '
             'of {"kb_id": "workers-party-of-korea"}   (a warning)',
             '{"kb_id": "workers-party-of-korea"}; or, for another referent ("South Korea\'s military" beside '
             '"military" of korean-peoples-army): {"kb_id": null, "distinct_from": ["korean-peoples-army"]}'),
    "V322": ('{"id": "e17", "kb_id": null, "distinct_from": ["north-korean-army"]}',
             '{"id": "e17", "kb_id": null, "distinct_from": ["korean-peoples-army"]}   (a record of entities.json)'),
    "V324": ("raw/ap-kim-2.txt is raw/ap-kim.txt with a line break added (its sha256 and length recorded to match)",
             "each document's raw text is its own article"),
    "V325": ('raw/ap-kim.txt with "Vostochny" corrected to "Vostochniy", and its sha256, length and spans updated; '
             'its first commit holds the text as received (so does RELEASED.json, or it was edited to match)',
             "raw/ap-kim.txt as first committed and released, byte for byte; a corrected article is a new document"),
    "V326": ("annotations/RELEASED.json deleted, or its \"raw/ap-kim.txt\" set to the SHA-256 of an edited text, in a "
             "git clone whose history holds the manifest and the text as received",
             "annotations/RELEASED.json as `vostochny release-manifest` wrote and git committed it"),
    "V331": ("vostochny new wrote raw/ap-kim-2.txt and annotations/ap-kim-2.json; git add annotations/ alone, then "
             "git commit: the hook (validate --staged) reads raw/ap-kim-2.txt in the work tree, the commit lacks it",
             "git add raw/ap-kim-2.txt annotations/ap-kim-2.json annotations/splits.json"),
    "V335": ("annotations/released/ap-kim.json with a record's hash edited, or deleted, or a "
             "released/ap-kim-2.json that the manifest's \"documents\" does not list",
             "annotations/released/ as `vostochny release-manifest` wrote it with annotations/RELEASED.json"),
    "V323": ('{"id": "e5", "kb_id": "korean-peoples-army", "distinct_from": ["korean-peoples-army"]}',
             '{"id": "e5", "kb_id": "korean-peoples-army", "distinct_from": []}'),
    "V306": ('{"id": "russia", "name": "Russia", "aliases": ["Moscow"]} beside {"id": "moscow", "name": "Moscow"}',
             '{"id": "russia", "name": "Russia", "aliases": ["Russian Federation"]}'),
    "V307": ('"wikidata": {"status": "verified", "qid": "https://www.wikidata.org/wiki/Q7747"}',
             '"wikidata": {"status": "verified", "qid": "Q7747"}'),
    "V308": ('"russia" and "moscow" both {"status": "verified", "qid": "Q159"}',
             '"russia" Q159, "moscow" Q649, each with its own two sources'),
    "V309": ('{"id": "tass", "type": "GPE", "wikidata": {"qid": "Q223799", "instance_of": "news agency"}}',
             '{"id": "tass", "type": "ORG", ...}'),
    "V339": ('"moscow": {"qid": "Q649", "instance_of": "country", "sources": [... "Moscow (Q649) has 8 P17 '
             'claims" ...]}   (no source shows a country)', '"moscow": {"qid": "Q649", "instance_of": null, ...}'),
    "V336": ('"wikidata": {"status": "verified", "qid": "Q7747", "sources": [{"where": "find_string \'Q7747\', file '
             'id 1", "what": "vladimir putin (Q7747)"}]}   (one source)',
             'a second source, found elsewhere: {"where": "find_string \'Q7747\', file id 2", "what": "{ qid: '
             '\\"Q7747\\", label: \\"Vladimir Putin\\" }"}'),
    "V337": ('"qid": "Q7474" with sources quoting "vladimir putin (Q7747)" and "Vladimir Putin (Q7747)"   (a typo)',
             '"qid": "Q7747"'),
    "V338": ('"vladimir-putin": {"qid": "Q56226", "sources": [... "Kim Jong-un": "Q56226" ...]}   (Kim\'s link, '
             'moved whole)', '"vladimir-putin": {"qid": "Q7747", "sources": [... "vladimir putin (Q7747)" ...]}'),
    "V302": ("a registry record putin-cat that no document links   (a warning)",
             "the record removed, or linked from an entity"),
    "V310": ('{"a": {"document": "reuters-kim-putin-sumit", "quote": "q4"}, ...}   (a typo)',
             '{"a": {"document": "reuters-kim-putin-summit", "quote": "q4"}, ...}'),
    "V311": ('{"b": {"document": "ap-kim-whereabouts-after-summit", "quote": "q31"}}   (the document has q1-q12)',
             '{"b": {"document": "ap-kim-whereabouts-after-summit", "quote": "q3"}}'),
    "V312": ('{"a": {"document": "doc-1", "quote": "q2"}, "b": {"document": "doc-1", "quote": "q5"}}',
             '{"a": {"document": "doc-1", "quote": "q2"}, "b": {"document": "doc-2", "quote": "q1"}}'),
    "V313": ('l1 {"a": doc-1#q2, "b": doc-2#q1} and l4 {"a": doc-2#q1, "b": doc-1#q2}', "l4 removed"),
    "V314": ('"via": [{"name": "KCNA", "kb_id": "kcna"}]',
             '"via": [{"name": "KCNA", "kb_id": "korean-central-news-agency"}]   (a record of entities.json)'),
    "V329": ('{"id": "vladimir-putin", "name": "Vladimir\u200bPutin", "aliases": ["Putin", "Putin"]}',
             '{"id": "vladimir-putin", "name": "Vladimir Putin", "aliases": ["Putin"]}'),
    "V327": ('{"a": doc-1#q2 (speaker kim-jong-un), "via": [{"name": "Kim", "kb_id": "kim-jong-un"}]}',
             '{"a": doc-1#q2 (speaker kim-jong-un), "via": [{"name": "KCNA", "kb_id": "korean-central-news-agency"}]}'),
    "V328": ('"via": [{"name": "TASS", "kb_id": "tass"}, {"name": "Tass", "kb_id": "tass"}]',
             '"via": [{"name": "TASS", "kb_id": "tass"}]'),
    "V343": ('"via": [{"name": "KCNA", "kb_id": null}, {"name": "KCNA\\u2060", "kb_id": null}]   (a word joiner: a '
             'second KCNA that V328 did not see)', '"via": [{"name": "KCNA", "kb_id": null}]'),
    "V333": ('{"wording": "verbatim"}: "Kim would travel on his own to two other cities" and "Kim now planned '
             'to visit military and civilian facilities"', '{"wording": "paraphrase"} for those two reports'),
    "V334": ('"via": [{"name": "TASS", "kb_id": "korean-central-news-agency"}]',
             '"via": [{"name": "TASS", "kb_id": "tass"}]   (a name of the record, an ORG)'),
    "V315": ('{"wording": "chain", "via": []}', '{"wording": "chain", "via": [{"name": "TASS", "kb_id": "tass"}]}'),
    "V316": ('l1 doc-1#q2 - doc-2#q1 and L1 doc-1#q3 - doc-3#q5   (one id, case aside)', "the second link renamed l2"),
    "V317": ("l1 doc-1#q2 - doc-2#q1 and l2 doc-2#q1 - doc-3#q4, no link doc-1#q2 - doc-3#q4   (a warning)",
             "l3 doc-1#q2 - doc-3#q4 added"),
    "V318": ("l1 doc-1#q2 (speaker kim-jong-un) - doc-2#q1 (speaker vladimir-putin)   (a warning)",
             "l1 doc-1#q2 (speaker kim-jong-un) - doc-2#q3 (speaker kim-jong-un)"),
    "V319": ("l1 doc-1#q2 - doc-2#q1 and l2 doc-1#q2 - doc-2#q6   (a warning)",
             "l2 removed (q6 reports another utterance), or q1 and q6 merged into one quote"),
    "V303": ('"test": ["reuters-kim-putin-sumit"]   (a typo)', '"test": ["reuters-kim-putin-summit"]'),
    "V304": ('"train": ["doc-1"], "test": ["doc-1"]', '"train": ["doc-1"], "test": ["doc-2"]'),
    "V330": ('"train": ["doc-1", "doc-2", "doc-3", "doc-4"], "validation": [], "test": ["doc-5"]   (a warning)',
             '"train": ["doc-1", "doc-2", "doc-3"], "validation": ["doc-4"], "test": ["doc-5"]'),
    "V332": ('raw/ap-kim-2.txt is raw/ap-kim.txt with "Kim" written "KIM" once and "met" written "saw"',
             "each document's raw text is its own article (another outlet's report shares sentences, not its text)"),
    "V305": ("raw/bbc-kim-leaves.txt added, annotations/bbc-kim-leaves.json not",
             "both files, as vostochny new writes them"),
    "V341": ("`raw/*.txt text eol=crlf` added to .gitattributes and committed: the blobs and the work tree unchanged, "
             "every clone's texts have CRLF line breaks",
             "`raw/** -text` in .gitattributes"),
    "V342": ("a corpus in git with no .gitattributes   (a warning: a clone on Windows writes CRLF)",
             "`raw/** -text` in .gitattributes"),
    "V350": ('{"$schema": "../schema/v1/registry.schema.json", "id": "ap-kim", ...}   (or "schema/document.json": '
             'no such file)', '{"$schema": "../schema/v1/document.schema.json", "id": "ap-kim", ...}'),
    "V351": ('annotations/splits.json: {"$schema": "../schema/v1/split.schema.json", "train": [...]}',
             '{"$schema": "../schema/v1/splits.schema.json", "train": [...]}'),
    "V352": ('{"meta": {"language": "de", ...}}   (the text is English, or German: the rules read English)',
             '{"meta": {"language": "en", ...}}'),
    "V353": ('ap-kim.json and ap-kim-2.json both with {"meta": {"source_file": "002_99c491ebdae4c220.txt"}}   '
             '(a meta block copied)', 'each document names the seed file its own text came from'),
    "V354": ('"Kim’s delegation": {"text": "delegation", "kind": "nominal"}; or "two other cities": {"text": "other '
             'cities"}', '{"text": "Kim’s delegation", "kind": "nominal"} with "Kim" a name mention inside it'),
    "V355": ('{"id": "e9", "type": "PER", "name": "Kim", "kb_id": null} with the name mention "Kim", beside e2 '
             'linked to kim-jong-un; or {"id": "e2", "name": "Kim Jong Un", "kb_id": null} alone',
             'the mention in e2; {"id": "e2", ..., "kb_id": "kim-jong-un"}; or, for another Kim, {"id": "e9", ..., '
             '"distinct_from": ["kim-jong-un"]}'),
    "V363": ('"Putin told Russian state television that ...": {"cue": {"text": "television"}}   (inside the mention '
             '"Russian state television")', '{"cue": {"text": "told"}, "speaker": "m122"}   (Putin)'),
    "V364": ('"Putin told reporters that ...": {"speaker": "m184" (reporters), "cue": {"text": "told"}}; "... Council '
             'spokesman John Kirby said": {"speaker": "m78" (National Security Council)}',
             '{"speaker": "m183"}   (Putin); {"speaker": "m79"}   (John Kirby: who speaks, not whom he speaks for)'),
    "V365": ('"Kirby said North Korea would face consequences if it supplies Russia with weapons.": {"kind": '
             '"indirect", "content": [{"text": "North Korea would face consequences"}]}',
             '{"content": [{"text": "North Korea would face consequences if it supplies Russia with weapons"}]}'),
    "V360": ('"an agreement with North Korea to supply ammunition": {"type": "RECEIVES", "head": "m12" (North Korea), '
             '"tail": "m13" (ammunition)}', '{"type": "SUPPLIES", "head": "m12", "tail": "m13"}   (the subject of '
             'supply is the supplier)'),
    "V361": ('"White House National Security Council spokesman John Kirby said ...": {"type": "LEADER_OF", "head": '
             '"m79" (John Kirby), "tail": "m78" (National Security Council)}',
             '{"type": "SPOKESPERSON_OF", "head": "m79", "tail": "m78"}   (the sentence says spokesman)'),
    "V362": ('"North Korean leader Kim Jong Un": {"type": "LEADER_OF", "head": "m2", "tail": "m1", "factuality": '
             '"possible"}', '{"type": "LEADER_OF", "head": "m2", "tail": "m1", "factuality": "asserted"}   (a title '
             'is the writer\'s naming)'),
    "V366": ('ap-kim.json: LOCATED_IN(m12 "the cosmodrome" -> vostochny-cosmodrome, m9 "the Far East" -> '
             'russian-far-east); reuters-kim.json: LOCATED_IN(m40 "Russia\'s Far East", m41 "the Vostochny '
             'Cosmodrome")', 'reuters-kim.json: LOCATED_IN(m41 "the Vostochny Cosmodrome", m40 "Russia\'s Far East")   '
             '(the place inside is the head, in every report)'),
    "V367": ('"... [Kim] arrived ... Kim left on Wednesday.": the second "Kim" no mention',
             '"... [Kim] arrived ... [Kim] left on Wednesday.": both mentions of e2'),
    "V368": ('"North Korea would receive advanced weapons technologies": {"type": "RECEIVES", "head": "m40" (North '
             'Korea), "tail": "m41", "factuality": "asserted"}', '{"type": "RECEIVES", "head": "m40", "tail": "m41", '
             '"factuality": "possible"}   (would: a plan, not a fact)'),
    "V370": ('"Putin said Russia complied with international rules": {"type": "AFFILIATED_WITH", "head": "m142" '
             '(Putin, the speaker), "tail": "m143" (Russia, in the content), "factuality": "asserted"}',
             '{"factuality": "reported"}   (the speaker\'s claim), or no relation where the text states none'),
    "V371": ('entities.json: {"id": "kim-jong-un", "wikidata": {"status": "no-entry"}}; wikidata_evidence.json: '
             '{"kim-jong-un": {"status": "verified", "qid": "Q56226", "sources": [...]}}',
             'entities.json: {"id": "kim-jong-un", "wikidata": {"status": "verified", "qid": "Q56226", "sources": '
             '[...]}}   (compiled from the evidence file)'),
    "V380": ('"Kim Yung-ho, who is in charge of North Korea affairs, warned ...": {"cue": {"text": "is"}}; "his '
             'exact whereabouts remained uncertain ... he expressed ...": {"cue": {"text": "remained"}}',
             '{"cue": {"text": "warned"}}   (the word of saying)'),
    "V381": ('"Dmitry Peskov confirmed that Putin had accepted the invitation": {"kind": "indirect", "speaker": null, '
             '"cue": {"text": "confirmed"}}', '{"speaker": "m117"}   (Dmitry Peskov, the subject of the cue)'),
    "V382": ('"“No nation on the planet, no one, should help Mr. Putin kill innocent Ukrainians,” Kirby said.": no '
             'quote\'s content over the words in the marks   (the quote deleted)',
             '{"kind": "direct", "content": [{"text": "No nation on the planet, ... Ukrainians,"}], "cue": {"text": '
             '"said"}, "speaker": "m86"}'),
    "V383": ('"According to ... KCNA, Kim departed North Korea for Russia on Sunday": {"type": "TRAVELS_TO", "head": '
             '"m57" (Kim), "tail": "m59" (Russia), "factuality": "asserted"}', '{"factuality": "reported"}   (the '
             'agency\'s claim)'),
    "V375": ('"“... handle it appropriately,” he said." with "he" in e24, Lim Soo-suk, named nowhere in its sentence '
             'or the three before it', '"he" in e41, John Kirby (named in the sentence before)'),
    "V376": ('{"text": "ammunition", "kind": "nominal", "entity": "e42"} with e42 linked to weapons   (ammunition is '
             'a record\'s name)', '{"text": "ammunition", "entity": "e16"} with e16 linked to ammunition'),
    "V377": ('"a university and other facilities": both mentions in e56', '"[a university]" in e55, "[other '
             'facilities]" in e56'),
    "V390": ('"[tanks]" and "[anti-tank missiles]" both in e24, linked to no record', '"[tanks]" in e60, '
             '"[anti-tank missiles]" in e24: one entity a weapon class or technology phrase'),
    "V391": ('"via": [{"name": "TASS", "kb_id": "tass"}] on a link of the AP and Reuters reports, neither of which '
             'names TASS', '"via": [], or the channel a text names (an entity of one of the two links its record)'),
    "V378": ('{"kind": "boilerplate", "text": "After decades of a complicated, hot-and-cold relationship, ... [his] '
             'first visit ..."}   (Kim, named in the body before)', '{"kind": "body", ...}'),
    "V379": ('"According to photos released by North Korean official media, an unflinching Kim waved ...": '
             '{"cue": {"text": "According to"}, "attribution": "speech"}', '{"attribution": "evidence"}'),
    "V384": ('"... visit the country’s Pacific Fleet. However, his exact whereabouts remained unclear": no mention '
             'over "his"   (deleted)',
             '{"id": "m11", "start": 166, "end": 169, "text": "his", "entity": "e5", "kind": "pronoun"}'),
    "V385": ('"... the two leaders ... their talks": no mention over "their"',
             '{"text": "their", "entity": "e12", "kind": "pronoun"}   (the group of the two leaders)'),
    "V395": ('"Dmitry Peskov confirmed that Putin had accepted the invitation": {"content": [{"text": "Putin had '
             'accepted the"}]}', '{"content": [{"text": "Putin had accepted the invitation"}]}   (the whole clause)'),
    "V396": ('"North Korean leader Kim Jong Un": {"type": "NATIONALITY", "head": "m2" (Kim Jong Un), "tail": "m1" '
             '(North Korean)}', '{"type": "LEADER_OF", "head": "m2", "tail": "m1"}   (the leader heads his state)'),
    "V397": ('"North Korea would receive advanced weapons technologies from Russia": {"type": "RECEIVES", "head": '
             '"m43" (Russia), "tail": "m42" (advanced weapons technologies)}', '{"type": "SUPPLIES", "head": "m43", '
             '"tail": "m42"}   (what comes from Russia, Russia supplies)'),
    "V398": ('"Kim Jong Un arrived in Russia": {"type": "NATIONALITY", "head": "m2" (Kim Jong Un), "tail": "m3" '
             '(Russia)}',
             '{"type": "TRAVELS_TO", "head": "m2", "tail": "m3"}   (a verb of travel states a journey)'),
    "V399": ('"Russia\'s Pacific fleet": {"type": "TRAVELS_TO", "head": "m105" (Pacific fleet), "tail": "m104" '
             '(Russia)}', '{"type": "PART_OF", "head": "m105", "tail": "m104"}   (a possessive names the fleet\'s '
             'state, not a journey)'),
    "V404": ('"Putin told reporters that Russia and North Korea have ...": no quote in the sentence of "told"',
             '{"kind": "indirect", "content": [{"text": "Russia and North Korea have ..."}], "cue": {"text": "told"}, '
             '"speaker": "m12" (Putin)}'),
    "V405": ('{"id": "e19", "kb_id": "jo-chun-ryong"} with the mentions "Jo Chun Ryong" and "[analysts] in Seoul '
             'said ..."',
             '"analysts" of an entity of its own, {"id": "e25", "type": "PER", "kb_id": null}   (a person is one '
             'referent, analysts several)'),
    "V406": ('{"id": "e3", "type": "EVENT"} with the nominals "[the war] in Ukraine" and "[a rare summit]"',
             '"a rare summit" of the summit\'s entity, e10   (a war and a meeting are two events)'),
    "V407": ('"Washington has warned that Wednesday’s summit ... could ...": no quote in the sentence of "warned"',
             '{"kind": "indirect", "content": [{"text": "Wednesday’s summit ... could ..."}], "cue": {"text": '
             '"warned"}, "speaker": "m7" (Washington)}'),
    "V403": ('{"id": "e58", "type": "ORG"} with the nominal "[Some analysts] wonder whether Russia ..." and no kb_id',
             '{"id": "e58", "type": "PER"}   (an analyst is a person; "Kim\u2019s delegation", a body or its people, '
             'is a PER or an ORG)'),
    "V410": ('"Sergei Shoigu, the defence minister for Moscow, visited Pyongyang": {"type": "TRAVELS_TO", "head": '
             '"m91" (Sergei Shoigu), "tail": "m94" (Pyongyang), "factuality": "possible"} (or "reported")',
             '{"factuality": "asserted"}   (no modal, plan or hedge, no source: it happened, in the text\'s voice)'),
    "V411": ('"Moscow would demand anti-tank missiles ... from North Korea": {"type": "SUPPLIES", "head": "m43" '
             '(Moscow), "tail": "m44" (anti-tank missiles)} beside {"type": "SUPPLIES", "head": "m46" (North Korea), '
             '"tail": "m44"}', '{"type": "RECEIVES", "head": "m43", "tail": "m44"}   (a transfer has a supplier '
             'and a recipient)'),
    "V428": ('"According to Matthew Miller, ..., “I would characterise it as him pleading for help.”" (q15, speaker '
             '"m135", e51): the "I" a mention of e2, Vladimir Putin', 'the "I" a mention of e51, Matthew Miller   (in '
             'a direct quote, I is the one who says the words)'),
    "V432": ('"... South Korean Foreign Ministry spokesman Lim Soo-suk said. ... on its relations with Seoul.": '
             '{"cue": {"text": "said"}, "speaker": (Seoul)}, the next sentence\'s',
             '{"speaker": (Lim Soo-suk)}   (the speaker is the cue\'s subject, in the cue\'s sentence)'),
    "V437": ('"Britain on Wednesday urged North Korea to end arms talks with Russia and said Kim\'s visit showed how '
             'isolated Moscow has become ...": {"cue": {"text": "urged"}, "speaker": (Kim, a word of the said quote\'s '
             'content)}', '{"speaker": (Britain)}   (the speaker is named in the attribution, not in another '
             'report\'s words)'),
    "V438": ('"North Korea\'s official Korean Central News Agency said Kim boarded his personal train ...": {"cue": '
             '{"text": "said"}, "speaker": (Korean Central News Agency, ORG), "attribution": "speech"}',
             '{"attribution": "writing"}   (a news agency\'s said is its dispatch; "KCNA told reporters": `speech`)'),
    "V433": ('"... and unconditional support for Moscow.\nWashington and Seoul ...": one body zone over both lines, in '
             'a text whose every body line ends a sentence', 'a body zone for each line   (its lines are its '
             'paragraphs)'),
    "V444": ('"4 minute read" labelled dateline', 'labelled boilerplate   (a dateline dates or places: `September 13, '
             '2023`, `SEOUL, South Korea (AP) —`)'),
    "V445": ('"Kim Jong Un to meet Putin" labelled byline', 'labelled subheading   (a byline credits: `(Reuters)`, '
             '`By Jane Doe`)'),
    "V446": ('"___" labelled subheading', 'labelled boilerplate   (a separator)'),
    "V449": ('"When asked by Russian media ... if Russia would help Kim build satellites, Putin said: ...": {"cue": '
             '{"text": "asked"}, "speaker": (Putin)}', '{"speaker": (Russian media)}   (the agent of the passive asks; '
             '`amid warnings from [the U.S.]`: the U.S. warns)'),
    "V450": ('"..., Jeon Ha Gyu, spokesperson of South Korea\'s Defense Ministry, said in a briefing without '
             'elaborating on how the military obtained the information": {"cue": {"text": "said"}, "speaker": (the '
             'military)}', '{"speaker": (Jeon Ha Gyu)}   (a mention past `in`, `on`, `how` after the cue is no '
             'subject of it)'),
    "V451": ('"Ana Souza, a Brazilian astronaut, flew to the station": {"type": "OFFICIAL_OF", "head": (Ana Souza), '
             '"tail": (Brazilian)}', '{"type": "NATIONALITY"}   (an astronaut holds no office; `a Brazilian air force '
             'officer` does: OFFICIAL_OF)'),
    "V463": ('"Ivan Petrov of Tallinn, Estonia, spoke": {"type": "NATIONALITY", "head": (Ivan Petrov), "tail": '
             '(Tallinn)} beside LOCATED_IN(Tallinn, Estonia)', '{"tail": (Estonia)}   (a nationality is a state\'s; '
             '`Seoul’s [Ewha University]` is LOCATED_IN)'),
    "V464": ('"Estonia borders Russia": {"type": "LOCATED_IN", "head": (Estonia), "tail": (Russia)}, both '
             'classed countries', 'no relation   (a state lies in no other; `Scotland, United Kingdom` says so in '
             'its words)'),
    "V465": ('"Two members of the Kremlin led the talks": {"type": "LEADER_OF", "head": (Two members), "tail": '
             '(Kremlin)}', '{"type": "AFFILIATED_WITH"}   (a member is no leader, whatever verb of leading)'),
    "V459": ('"Asked by Le Monde whether the talks would resume, the premier ...": {"cue": {"text": '
             '"Asked"}, "speaker": null}; "The premier said: “We are ready.”": {"kind": "direct", "cue": {"text": '
             '"said"}, "speaker": null}', '{"speaker": (Le Monde)}, {"speaker": (The premier)}   (the agent '
             'after `by`, the subject before a cue that opens the quote\'s words)'),
    "V460": ('"Maria Ortiz, a historian at the University of Lima, argues that the treaty failed": {"cue": {"text": '
             '"argues"}, "speaker": null}', '{"speaker": (Maria Ortiz)}   (the subject before the apposition)'),
    "V461": ('"The ministry issued a statement on Friday, insisting that the port stays open": {"cue": {"text": '
             '"insisting"}, "speaker": null}', '{"speaker": (The ministry)}   (the participle takes the subject of '
             'the clause it closes)'),
    "V462": ('"The ministry released photos of the convoy escorted by the army, insisting that the port stays '
             'open": {"cue": {"text": "insisting"}, "speaker": (the army)}', '{"speaker": (The ministry)}   (the '
             'subject of the clause the participle closes)'),
    "V482": ('"North Korean officials met Vladimir Putin on Tuesday, saying that the region was calm": {"cue": '
             '{"text": "saying"}, "speaker": (Vladimir Putin)}', '"[North Korean officials]" annotated, {"speaker": '
             '(North Korean officials)}   (the participle takes the clause\'s subject, never its verb\'s object)'),
    "V448": ('"according to Russia\'s TASS news agency": {"type": "PART_OF", "head": (TASS), "tail": (Russia)}',
             '{"type": "NATIONALITY"}   (a news agency not called official or state is a national body, no organ)'),
    "V447": ('"He was accompanied by senior military personnel from North Korea": {"type": "TRAVELS_TO", "head": '
             '(senior military personnel), "tail": (North Korea)} (or MEETS)', '{"type": "OFFICIAL_OF"}   (`from` '
             'names where they come from, not where they go nor whom they meet)'),
    "V429": ('"Moscow" (metonymy: true) in the entity linked to north-korea in one report, and in russia\'s in four',
             '"Moscow" in the entity linked to russia in every report   (a place is the seat of one state)'),
    "V455": ('"Paris" (metonymy: true) in the entity of France twice in a report, and once in the entity of the city '
             'Berlin', '"Paris" in the entity of France all three times   (in one report a place stands for one '
             'government)'),
    "V430": ('"Kremlin spokesman Dmitry Peskov confirmed ...": {"type": "OFFICIAL_OF", "head": "m117" (Dmitry '
             'Peskov), "tail": "m116" (Kremlin)} (or AFFILIATED_WITH)',
             '{"type": "SPOKESPERSON_OF"}   (the title names the post)'),
    "V431": ('"Leif-Eric Easley, a professor at Seoul’s Ewha University": {"type": "OFFICIAL_OF", "head": (Leif-Eric '
             'Easley), "tail": (Ewha University)}', '{"type": "AFFILIATED_WITH"}   (a professor holds no office; a '
             'marshal or a minister does: OFFICIAL_OF)'),
    "V434": ('"Kim was also expected to visit two other cities in Russia’s Far East": {"type": "LOCATED_IN", "head": '
             '(Far East), "tail": (two other cities)}', '{"head": (two other cities), "tail": (Far East)}   (in `[A] '
             'in [B]`, A lies in B)'),
    "V439": ('{"id": "e13", "type": "ORG"} with the group "[[Kim] and Russian President [Vladimir Putin]]" and no '
             'kb_id', '{"id": "e13", "type": "PER"}   (a set of people is PER; `[[the heroic Russian army] and '
             '[people]]`, a mixed group, is not judged)'),
    "V436": ('"North Korea and Russia" of e21 and, later, "[[Russia] and [North Korea]]" of e22, both groups linked '
             'to no record', '"Russia and North Korea" of e21   (one set of members, one group)'),
    "V435": ('"Andrei Lankov, a North Korea expert at Kookmin University in Seoul": {"type": "PART_OF", "head": '
             '(Kookmin University), "tail": (Seoul)} (or NATIONALITY, MEETS, TRAVELS_TO)',
             '{"type": "LOCATED_IN"}   (`in` says where it lies)'),
    "V440": ('"South Korea\'s Defense Ministry": {"type": "LOCATED_IN", "head": (Defense Ministry), "tail": (South '
             'Korea)}', '{"type": "PART_OF"}   (a state\'s possessive names the owner; a ministry is an organ of the '
             'state)'),
    "V441": ('"North Korea and Russia discussed military cooperation issues": {"type": "LOCATED_IN", "head": (North '
             'Korea), "tail": (Russia)}', '{"type": "MEETS"}   (a list states no containment)'),
    "V442": ('"South Korea\'s Defense Ministry": {"type": "NATIONALITY", "head": (Defense Ministry), "tail": (South '
             'Korea)}', '{"type": "PART_OF"}   (a ministry is an organ of the state; `Russia\'s TASS news agency` is '
             'NATIONALITY)'),
    "V412": ('"military and civilian aviation factories in the Russian city of Komsomolsk-on-Amur": {"type": '
             '"LOCATED_IN", "head": "m100" (factories), "tail": "m103" (Komsomolsk-on-Amur), "factuality": "possible"}',
             '{"factuality": "asserted"}   (a place modifier is the writer\'s description, also in a plan)'),
    "V422": ('"Kim Jong Un arrived in Russia on Tuesday ahead of his meeting with President Vladimir Putin": {"type": '
             '"TRAVELS_TO", "head": "m2" (Kim Jong Un), "tail": "m3" (Russia), "factuality": "possible"}',
             '{"factuality": "asserted"}   (`ahead of` governs the meeting, not the arrival)'),
    "V423": ('"it\'s not clear if Russia would share such sensitive technologies": {"type": "SUPPLIES", "head": "m46" '
             '(Russia), "tail": "m47" (such sensitive technologies), "factuality": "denied"}',
             '{"factuality": "possible"}   (`not` negates `clear`: the sharing is in doubt, not denied)'),
    "V424": ('"Pak Thae Song, chairman of North Korea\'s space science and technology committee, ..., who are linked '
             'with North Korean efforts to acquire spy satellites": {"type": "SUPPLIES", "head": "m37" (North Korea), '
             '"tail": "m41" (spy satellites)}', '{"type": "RECEIVES"}   (the efforts are to acquire: North Korea is '
             'the recipient)'),
    "V467": ('"Despite being a big supplier of weapons ..., Seoul is not allowed to contribute weaponry": {"type": '
             '"RECEIVES", "head": "m180" (Seoul), "tail": "m175" (weapons)}', '{"type": "SUPPLIES"}   (a supplier of '
             'the weapons: Seoul is the supplier)'),
    "V468": ('"Lim also noted that Kim’s delegation ...": {"cue": {"text": "noted that"}}; or {"cue": {"text": '
             '"also noted"}}', '{"cue": {"text": "noted"}}   (the word of saying alone)'),
    "V469": ('"Lim also noted that Kim’s delegation to Russia includes ...": {"kind": "indirect", "content": '
             '[{"text": "that Kim’s delegation to Russia includes ..."}]}',
             '{"content": [{"text": "Kim’s delegation to Russia includes ..."}]}   (without `that`)'),
    "V487": ('"If the countries decide to move forward with an arms deal, they ...," Peskov said: {"kind": "indirect", '
             '"content": [{"text": "the countries decide to move forward ..."}]}',
             '{"content": [{"text": "If the countries decide to move forward ..."}]}   (with its `If`; `said Kim '
             '[boarded ...]` alike: `[Kim boarded ...]`)'),
    "V488": ('"Washington will monitor the meeting closely, he said": {"kind": "indirect", "content": [{"text": '
             '"Washington will monitor the meeting"}]}',
             '{"content": [{"text": "Washington will monitor the meeting closely"}]}   (to the comma)'),
    "V400": ('"the country": {"text": "the country", "entity": "e9" (Russia), "kind": "nominal", "metonymy": '
             'true}', '{"text": "the country", "entity": "e9", "kind": "nominal", "metonymy": false}   (only a '
             'place\'s name stands for its state)'),
    "V401": ('"“No nation on the planet ...,” Kirby said": {"cue": {"text": "said"}, "speaker": "m3" (Kirby, PER), '
             '"attribution": "writing"}', '{"attribution": "speech"}   (a person\'s `said`, no statement or post '
             'named; "Kirby said in a statement": `writing`)'),
    "V402": ('"Kremlin spokesman Dmitry Peskov confirmed that Putin had accepted the invitation and said Russian '
             'Foreign Minister Sergei Lavrov ...": {"cue": {"text": "confirmed"}, "speaker": "m120"}   (Sergei Lavrov)',
             '{"speaker": "m117"}   (Dmitry Peskov, the subject right before the cue)'),
    "V386": ('"“... better than two new ones,” Putin said. “This folk wisdom ...”": {"kind": "direct", "content": '
             '[{"text": "... better than two new"}, {"text": "This folk wisdom ..."}]}',
             '{"content": [{"text": "... better than two new ones,"}, {"text": "This folk wisdom ..."}]}'),
    "V387": ('"Kirby said North Korea would supply shells": {"kind": "indirect", "content": [{"text": "would supply '
             'shells"}]}; or {"text": "North Korea would supply the"}', '{"content": [{"text": "North Korea would '
             'supply shells"}]}'),
    "V413": ('{"text": "after the summit", "kind": "nominal"}; {"text": "the summit that"}; {"text": "both"} of "both '
             'nations"', '{"text": "the summit", "kind": "nominal"}; {"text": "both nations"}'),
    "V414": ('{"text": "tour a Russian factory", "kind": "nominal"}', '{"text": "a Russian factory", "kind": '
             '"nominal"}; {"text": "Russia and the West"}'),
    "V415": ('{"text": "’s invasion"} of "Moscow’s invasion"; {"text": "capable ballistic missile submarines"} of '
             '"nuclear-capable ..."; {"text": "Putin", "kind": "name"} of "Vladimir Putin"',
             '{"text": "Moscow’s invasion", "kind": "nominal"} with "Moscow" a name inside it'),
    "V416": ('{"text": "the heroic Russian", "kind": "nominal"} of "the heroic Russian army", "Russian" a NORP name '
             'inside it', '{"text": "the heroic Russian army", "kind": "nominal"}'),
    "V417": ('{"text": "artillery", "kind": "nominal"} of "artillery shells", its entity\'s other nominal "artillery '
             'shells"', '{"text": "artillery shells", "kind": "nominal"}'),
    "V418": ('{"text": "the first space", "kind": "nominal"} of "the first space conquerors", beside "Russia\'s most '
             'advanced space rocket launch site"', '{"text": "the first space conquerors", "kind": "nominal"}'),
    "V425": ('"Peskov confirmed that Putin had accepted the invitation and said Lavrov was expected to visit ...": one '
             'quote, cue "said"; "confirmed" has none',
             'a second quote, {"kind": "indirect", "content": [{"text": "Putin had accepted the invitation"}], "cue": '
             '{"text": "confirmed"}, "speaker": "m31" (Peskov)}'),
    "V419": ('"North Korean leader Kim Jong Un was scheduled to ... visit the country’s Pacific Fleet": {"type": '
             '"LEADER_OF", "head": "m5" (Kim Jong Un), "tail": "m10" (Pacific Fleet)}', '{"type": "LEADER_OF", "head": '
             '"m5", "tail": "m4" (North Korean)}   (the owner the title before the head names)'),
    "V420": ('"SEOUL, South Korea (AP) — North Korean leader Kim Jong Un was scheduled to tour a Russian factory": '
             '{"type": "TRAVELS_TO", "head": "m1" (SEOUL, in the dateline), "tail": "m6" (a Russian factory)}; or '
             '"[Kim] and Putin will meet": {"type": "MEETS", "tail": (Kim and Putin)}', '{"type": "TRAVELS_TO", '
             '"head": "m5" (Kim Jong Un), "tail": "m6"}   (both in the body)'),
    "V421": ('"Experts predict that Moscow would demand anti-tank missiles": {"type": "RECEIVES", "head": (Experts), '
             '"tail": (anti-tank missiles)}', '{"type": "RECEIVES", "head": (Moscow)}   (the reported clause\'s '
             'subject, not who reports it)'),
    "V472": ('"The minister flew from Accra to Lagos": {"type": "TRAVELS_TO", "head": (Accra), "tail": (Lagos)}; '
             '"The envoy arrived in Chile to meet Ana Ruiz": {"type": "MEETS", "head": (Chile), "tail": (Ana Ruiz)}',
             '{"type": "TRAVELS_TO", "head": (The minister), "tail": (Lagos)}; {"type": "MEETS", "head": (The '
             'envoy)}   (the subject travels and meets; after `to` or `in` stands the place)'),
    "V473": ('"The envoy flew to Lima for talks with Ana Ruiz": {"type": "TRAVELS_TO", "head": (Ana Ruiz), "tail": '
             '(Lima)}', '{"type": "TRAVELS_TO", "head": (The envoy), "tail": (Lima)}   (Ana Ruiz is the party met; a '
             'companion, `flew to Lima with Ana Ruiz`, travels too)'),
    "V476": ('"Ghana sold rifles to Mali for the war in Niger": {"type": "SUPPLIES", "head": (Niger), "tail": '
             '(rifles)}',
             '{"type": "SUPPLIES", "head": (Ghana), "tail": (rifles)}   (the war is fought in Niger, which neither '
             'supplies nor receives)'),
    "V475": ('"a professor at Seoul’s Ewha University, speaking of Moscow": {"type": "LOCATED_IN", "head": (Ewha '
             'University), "tail": (Moscow)}, Seoul classed a city, Moscow a capital', '{"tail": (Seoul)}   (the '
             'possessive places it in Seoul; a city holds no other city and no state)'),
}
