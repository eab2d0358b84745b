# Annotation spec: kim-arrives-russia-top-officials (pass: gold)
#
# DECISIONS:
# D1. Coordinated premodified nouns "his nuclear-capable weapons and munitions factories" are read
#     as two conjuncts: WEA [his nuclear-capable weapons] (Kim's own arsenal, kb null: one-off, not
#     the same class as "nuclear weapons") and FAC [munitions factories] (generic, kb null).
#     "munitions" is a modifier there and, like "arms" in "a potential arms deal", not annotated.
#     "arms" as a head noun ("any transfer of arms from North Korea to Russia") is a WEA mention of
#     the general class "weapons" (new registry record: the class recurs across documents).
# D2. Nominal-only entities that denote one specific organisation recurring in the corpus get a
#     kb_id (existing or new record): "the country's ruling party" -> workers-party-of-korea,
#     North Korea's "military" -> korean-peoples-army, "North Korea's space science and technology
#     committee" -> space-science-and-technology-committee (also in the TIME report), "South
#     Korea's military" -> republic-of-korea-armed-forces. Generic groups and one-off person
#     groups ("Experts", "U.S. officials", "unspecified members", "his top military officials")
#     have kb_id null.
# D3. In "the country's ruling party, government and military" the bare conjunct "government" is a
#     nominal mention of North Korea (a country and its government are one GPE entity).
# D4. A country possessive on an organisation ("X's ORG") gives PART_OF(ORG, X) for state bodies
#     and state news agencies: [North Korea]'s official [Korean Central News Agency],
#     [Russia]'s [TASS] news agency, [the country]'s ruling party, [South Korea]'s military.
#     The descriptor "news agency" after the name TASS is treated like a title: no extra mention.
# D5. A set of countries referred to together ("their" = North Korea and Russia, "both
#     countries") is one GPE entity of its own (kb null), parallel to PER groups; "their leaders"
#     is the PER group "Kim and Putin", with LEADER_OF([their leaders], [their]).
# D6. Nested reporting "South Korea's military assessed the train crossed into Russia ..., Jeon Ha
#     Gyu ... said": two indirect quotes, the outer one (cue "said") and the inner one
#     (cue "assessed", speaker "South Korea's military"). The outer speaker is the appositive
#     nominal [spokesperson], the mention of Jeon nearest the cue (section 4, "nearest the cue").
# D7. "..., where Putin arrived Monday to attend an international forum that runs through
#     Wednesday, according to Russia's TASS news agency": the content attributed to TASS is the
#     where-clause (Putin's arrival), not the writer's speculation about the venue. "A possible
#     venue where Kim and Putin could meet" is a non-referential predicate description and is
#     not annotated as a mention of Vladivostok.
# D8. "Experts say ..., although it's not clear if Russia would share such sensitive
#     technologies": the "although" clause is the writer's hedge, not part of the experts' content.
#     "such capabilities" / "such sensitive technologies" are one WEA entity (the spy-satellite and
#     submarine technology just named, kb null); the possible sharing gives SUPPLIES(Russia, item)
#     and RECEIVES(North Korea, item) on the same item mention (modal transfer).
# D9. "U.S. officials released intelligence last week that ...": an indirect quote with cue
#     "released intelligence".
# D10. Mixed quote whose final period is inside the quote marks (the U.S. "will not hesitate to
#     impose new sanctions."): content runs to the closing mark, period included. The preceding
#     coordinated 'that "any transfer ... resolutions,"' is a separate direct quote (same cue
#     "reminding"): different kinds cannot share one quote.
# D11. Not annotated: "war" as a premodifier in "war help" (like "arms" in "arms deal"); the
#     descriptor "traditional allies" before "Moscow and Beijing" (treated like a title before
#     names); "a briefing" and "a potential arms deal" (not events); "UN" inside the name
#     "UN Security Council"; expletive "it" in "it's not clear".
# D12. Event nominals keep the nominal extent without postmodifiers: [[Moscow]'s war] in [Ukraine],
#     with LOCATED_IN(war, Ukraine) from the locative "in"; "Moscow's invasion of Ukraine" gets no
#     LOCATED_IN ("of" marks the invaded country, not a location statement).
# D13. "Joined by his top military officials ..., Kim Jong Un arrived in Russia": the officials
#     travel too: TRAVELS_TO([his top military officials], [Russia]). "The officials include Pak
#     Thae Song ..." continues this group; "unspecified members of the country's ruling party,
#     government and military" is a separate (wider) group.
# D14. No relation where the only mention carrying the fact has a type the relation does not
#     accept, and no relation from mere implication: "[North Korean] efforts to acquire spy
#     satellites" (NORP cannot head RECEIVES); "the eastern [Russian] city of Vladivostok" (NORP
#     cannot be a LOCATED_IN tail; the GPE "Russia" later in the sentence does not state it);
#     "Putin arrived [in Vladivostok] to attend an international forum" (forum's location only
#     implied). PART_OF for "the country's ... military" takes the closest North Korea mention,
#     the conjunct "government" (section 3, closest mentions).

ENTITIES = {
    "kim": ("PER", "Kim Jong Un", "kim-jong-un"),
    "putin": ("PER", "Vladimir Putin", "vladimir-putin"),
    "officials": ("PER", "Kim's top military officials", None),
    "nukes": ("WEA", "Kim's nuclear-capable weapons", None),
    "factories": ("FAC", "munitions factories", None),
    "nk_norp": ("NORP", "North Koreans", "north-koreans"),
    "russia": ("GPE", "Russia", "russia"),
    "summit": ("EVENT", "Kim–Putin summit 2023", "kim-putin-summit-2023"),
    "war": ("EVENT", "Russian invasion of Ukraine", "russian-invasion-of-ukraine"),
    "ukraine": ("GPE", "Ukraine", "ukraine"),
    "nk": ("GPE", "North Korea", "north-korea"),
    "kcna": ("ORG", "Korean Central News Agency", "korean-central-news-agency"),
    "train": ("VEH", "Kim Jong Un's armoured train", "kim-jong-uns-armoured-train"),
    "members": ("PER", "members of North Korea's ruling party, government and military", None),
    "wpk": ("ORG", "Workers' Party of Korea", "workers-party-of-korea"),
    "kpa": ("ORG", "Korean People's Army", "korean-peoples-army"),
    "sk": ("GPE", "South Korea", "south-korea"),
    "skmil": ("ORG", "South Korean military", "republic-of-korea-armed-forces"),
    "jeon": ("PER", "Jeon Ha Gyu", "jeon-ha-gyu"),
    "mnd": ("ORG", "South Korean Defense Ministry", "south-korean-ministry-of-national-defense"),
    "pak": ("PER", "Pak Thae Song", "pak-thae-song"),
    "committee": ("ORG", "Space Science and Technology Committee", "space-science-and-technology-committee"),
    "navy": ("ORG", "Korean People's Army Navy", "korean-peoples-army-navy"),
    "kms": ("PER", "Kim Myong Sik", "kim-myong-sik"),
    "spysat": ("WEA", "spy satellites", "spy-satellites"),
    "subs": ("WEA", "nuclear-capable ballistic missile submarines", "nuclear-capable-ballistic-missile-submarines"),
    "experts": ("PER", "Experts", None),
    "tech": ("WEA", "spy-satellite and submarine technologies", None),
    "russians": ("NORP", "Russians", "russians"),
    "vlad": ("GPE", "Vladivostok", "vladivostok"),
    "forum": ("EVENT", "Eastern Economic Forum", "eastern-economic-forum"),
    "tass": ("ORG", "TASS", "tass"),
    "summit2019": ("EVENT", "Kim–Putin summit 2019", "kim-putin-summit-2019"),
    "pyongyang": ("GPE", "Pyongyang", "pyongyang"),
    "us": ("GPE", "United States", "united-states"),
    "usofficials": ("PER", "U.S. officials", None),
    "nkru": ("GPE", "North Korea and Russia", None),
    "leaders": ("PER", "Kim and Putin", None),
    "state": ("ORG", "U.S. State Department", "us-state-department"),
    "miller": ("PER", "Matthew Miller", "matthew-miller"),
    "arms": ("WEA", "weapons", "weapons"),
    "unsc": ("ORG", "UN Security Council", "un-security-council"),
    "china": ("GPE", "China", "china"),
}

REGISTRY = {
    "weapons": ("WEA", "weapons"),
    "workers-party-of-korea": ("ORG", "Workers' Party of Korea"),
    "republic-of-korea-armed-forces": ("ORG", "Republic of Korea Armed Forces"),
    "jeon-ha-gyu": ("PER", "Jeon Ha Gyu"),
    "south-korean-ministry-of-national-defense": ("ORG", "South Korean Defense Ministry"),
    "space-science-and-technology-committee": ("ORG", "Space Science and Technology Committee"),
    "korean-peoples-army-navy": ("ORG", "Korean People's Army Navy"),
    "tass": ("ORG", "TASS"),
}

MENTIONS = [
    # S1
    ("his1", "Joined by [[his]] top", "kim", "pronoun"),
    ("officials1", "Joined by [[his top military officials]] handling", "officials", "nominal"),
    ("his2", "handling [[his]] nuclear", "kim", "pronoun"),
    ("nukes1", "handling [[his nuclear-capable weapons]] and", "nukes", "nominal"),
    ("factories1", "and [[munitions factories]],", "factories", "nominal"),
    ("nkn1", "factories, [[North Korean]] leader", "nk_norp", "name"),
    ("kim1", "leader [[Kim Jong Un]] arrived", "kim", "name"),
    ("russia1", "arrived in [[Russia]] on Tuesday", "russia", "name"),
    ("summit1", "before [[an expected meeting]] with", "summit", "nominal"),
    ("putin1", "President [[Vladimir Putin]] that", "putin", "name"),
    ("war1", "deal for [[Moscow's war]] in", "war", "nominal"),
    ("moscow1", "deal for [[Moscow]]'s war", "russia", "name", "metonymy"),
    ("ukraine1", "war in [[Ukraine]].", "ukraine", "name"),
    # S2
    ("nk1", "[[North Korea]]'s official Korean", "nk", "name"),
    ("kcna1", "official [[Korean Central News Agency]] said", "kcna", "name"),
    ("kim2", "said [[Kim]] boarded", "kim", "name"),
    ("his3", "boarded [[his]] personal", "kim", "pronoun"),
    ("train1", "boarded [[his personal train]] Sunday", "train", "nominal"),
    ("members1", "by [[unspecified members]] of", "members", "nominal"),
    ("country1", "of [[the country]]'s ruling", "nk", "nominal"),
    ("wpk1", "of [[the country's ruling party]],", "wpk", "nominal"),
    ("gov1", "ruling party, [[government]] and military", "nk", "nominal"),
    ("kpa1", "government and [[military]].South", "kpa", "nominal"),
    # S3
    ("sk1", "military.[[South Korea]]'s military assessed", "sk", "name"),
    ("skmil1", "military.[[South Korea's military]] assessed", "skmil", "nominal"),
    ("train2", "assessed [[the train]] crossed", "train", "nominal"),
    ("russia2", "crossed into [[Russia]] sometime", "russia", "name"),
    ("jeon1", "Tuesday, [[Jeon Ha Gyu]],", "jeon", "name"),
    ("jeon2", "Gyu, [[spokesperson]] of", "jeon", "nominal"),
    ("sk2", "spokesperson of [[South Korea]]'s Defense", "sk", "name"),
    ("mnd1", "Korea's [[Defense Ministry]], said", "mnd", "name"),
    ("skmil2", "how [[the military]] obtained", "skmil", "nominal"),
    # S4
    ("officials2", "[[The officials]] include", "officials", "nominal"),
    ("pak1", "include [[Pak Thae Song]],", "pak", "name"),
    ("pak2", "Song, [[chairman]] of", "pak", "nominal"),
    ("committee1", "chairman of [[North Korea's space ... committee]],", "committee", "nominal"),
    ("nk2", "chairman of [[North Korea]]'s space", "nk", "name"),
    ("navy1", "and [[Navy]] Adm.", "navy", "name"),
    ("kms1", "Adm. [[Kim Myong Sik]],", "kms", "name"),
    ("nkn2", "linked with [[North Korean]] efforts", "nk_norp", "name"),
    ("spysat1", "acquire [[spy satellites]] and", "spysat", "nominal"),
    ("subs1", "and [[nuclear-capable ballistic missile submarines]].", "subs", "nominal"),
    # S5
    ("experts1", "[[Experts]] say", "experts", "nominal"),
    ("nk3", "Experts say [[North Korea]] would", "nk", "name"),
    ("tech1", "acquire [[such capabilities]] without", "tech", "nominal"),
    ("russia3", "clear if [[Russia]] would share", "russia", "name"),
    ("tech2", "share [[such sensitive technologies]].", "tech", "nominal"),
    # S6
    ("kim3", "where [[Kim]] and Putin could", "kim", "name"),
    ("putin2", "Kim and [[Putin]] could meet", "putin", "name"),
    ("vlad1", "is [[the eastern Russian city]] of", "vlad", "nominal"),
    ("russians1", "the eastern [[Russian]] city", "russians", "name"),
    ("vlad2", "city of [[Vladivostok]],", "vlad", "name"),
    ("putin3", "where [[Putin]] arrived Monday", "putin", "name"),
    ("forum1", "attend [[an international forum]] that", "forum", "nominal"),
    ("russia4", "according to [[Russia]]'s TASS", "russia", "name"),
    ("tass1", "Russia's [[TASS]] news", "tass", "name"),
    # S7
    ("summit2019_1", "[[Putin's first meeting]] with", "summit2019", "nominal"),
    ("putin4", "[[Putin]]'s first meeting", "putin", "name"),
    ("kim4", "first meeting with [[Kim]] was held", "kim", "name"),
    ("vlad3", "in 2019 in [[the city]] that", "vlad", "nominal"),
    ("pyongyang1", "north of [[Pyongyang]].", "pyongyang", "name"),
    # S8
    ("us1", "[[U.S.]] officials released", "us", "name"),
    ("usofficials1", "[[U.S. officials]] released", "usofficials", "nominal"),
    ("nk4", "week that [[North Korea]] and Russia were", "nk", "name"),
    ("russia5", "North Korea and [[Russia]] were arranging", "russia", "name"),
    ("summit2", "arranging [[a meeting]] between", "summit", "nominal"),
    ("their1", "between [[their]] leaders", "nkru", "pronoun"),
    ("leaders1", "between [[their leaders]].", "leaders", "nominal"),
    # S9
    ("state1", "[[State Department]] spokesman", "state", "name"),
    ("miller1", "spokesman [[Matthew Miller]] said", "miller", "name"),
    ("wash1", "said [[Washington]] will monitor", "us", "name", "metonymy"),
    ("summit3", "monitor [[the meeting]] closely", "summit", "nominal"),
    ("nkru2", "reminding [[both countries]] that", "nkru", "nominal"),
    ("arms1", "transfer of [[arms]] from", "arms", "nominal"),
    ("nk5", "arms from [[North Korea]] to Russia", "nk", "name"),
    ("russia6", "from North Korea to [[Russia]] would", "russia", "name"),
    ("unsc1", "multiple [[UN Security Council]] resolutions", "unsc", "name"),
    ("us2", "that the [[U.S.]] \"will", "us", "name"),
    # S10
    ("russia7", "relationship, [[Russia]] and North Korea have", "russia", "name"),
    ("nk6", "Russia and [[North Korea]] have been", "nk", "name"),
    ("war2", "since [[Moscow's invasion]] of", "war", "nominal"),
    ("moscow2", "since [[Moscow]]'s invasion", "russia", "name", "metonymy"),
    ("ukraine2", "invasion of [[Ukraine]] in 2022", "ukraine", "name"),
    # S11
    ("putin5", "driven by [[Putin]]'s need", "putin", "name"),
    ("kim5", "war help and [[Kim]]'s efforts", "kim", "name"),
    ("his4", "visibility of [[his]] partnerships", "kim", "pronoun"),
    ("moscow3", "traditional allies [[Moscow]] and Beijing", "russia", "name", "metonymy"),
    ("beijing1", "Moscow and [[Beijing]] as", "china", "name", "metonymy"),
    ("he1", "as [[he]] tries", "kim", "pronoun"),
    ("nk7", "have [[North Korea]] be part", "nk", "name"),
    ("wash2", "front against [[Washington]].", "us", "name", "metonymy"),
]

RELATIONS = [
    # S1
    ("TRAVELS_TO", "officials1", "russia1", "asserted"),
    ("LEADER_OF", "kim1", "nkn1", "asserted"),
    ("TRAVELS_TO", "kim1", "russia1", "asserted"),
    ("MEETS", "kim1", "putin1", "possible"),
    ("LOCATED_IN", "war1", "ukraine1", "asserted"),
    # S2
    ("PART_OF", "kcna1", "nk1", "asserted"),
    ("PART_OF", "wpk1", "country1", "asserted"),
    ("PART_OF", "kpa1", "gov1", "asserted"),
    # S3
    ("PART_OF", "skmil1", "sk1", "asserted"),
    ("TRAVELS_TO", "train2", "russia2", "reported"),
    ("SPOKESPERSON_OF", "jeon2", "mnd1", "asserted"),
    ("PART_OF", "mnd1", "sk2", "asserted"),
    # S4
    ("OFFICIAL_OF", "pak2", "committee1", "asserted"),
    ("PART_OF", "committee1", "nk2", "asserted"),
    ("OFFICIAL_OF", "kms1", "navy1", "asserted"),
    # S5
    ("SUPPLIES", "russia3", "tech2", "possible"),
    ("RECEIVES", "nk3", "tech2", "possible"),
    # S6
    ("MEETS", "kim3", "putin2", "possible"),
    ("TRAVELS_TO", "putin3", "vlad2", "reported"),
    ("PART_OF", "tass1", "russia4", "asserted"),
    # S7
    ("MEETS", "putin4", "kim4", "asserted"),
    ("LOCATED_IN", "summit2019_1", "vlad3", "asserted"),
    # S8
    ("OFFICIAL_OF", "usofficials1", "us1", "asserted"),
    ("LEADER_OF", "leaders1", "their1", "asserted"),
    # S9
    ("SPOKESPERSON_OF", "miller1", "state1", "asserted"),
    ("SUPPLIES", "nk5", "arms1", "possible"),
    ("RECEIVES", "russia6", "arms1", "possible"),
]

QUOTES = [
    ("indirect", ["said [[Kim boarded ... ruling party, government and military]].South"],
     "Agency [[said]] Kim", "kcna1", "writing"),
    ("indirect", ["military.[[South Korea's military assessed ... sometime early Tuesday]], Jeon"],
     "Defense Ministry, [[said]] in a briefing", "jeon2", "speech"),
    ("indirect", ["assessed [[the train crossed into Russia sometime early Tuesday]], Jeon"],
     "military [[assessed]] the train", "skmil1", "thought"),  # F?: "assessed" (the military's assessment, relayed at a briefing) read as a judgement, not an utterance
    ("indirect", ["Experts say [[North Korea would struggle ... without external help]], although"],
     "Experts [[say]]", "experts1", "speech"),
    ("indirect", ["Vladivostok, where [[Putin arrived Monday ... runs through Wednesday]], according"],
     "[[according to]] Russia's", "tass1", "writing"),
    ("indirect", ["last week that [[North Korea and Russia ... between their leaders]]."],
     "officials [[released intelligence]] last", "usofficials1", "writing"),  # F?: "released intelligence" read as published information (not evidence: the text gives the intelligence's claim, not what data show)
    ("indirect", ["Miller said [[Washington will monitor the meeting closely]], reminding"],
     "Miller [[said]] Washington", "miller1", "speech"),
    ("direct", ["that \"[[any transfer of arms ... Security Council resolutions,]]\" and"],
     "closely, [[reminding]] both", "miller1", "speech"),
    ("mixed", ["and that [[the U.S. \"will not hesitate to impose new sanctions.\"]]"],
     "closely, [[reminding]] both", "miller1", "speech"),
]

ZONES = [
    ("body", "[[Joined by his top ... war in Ukraine.]]\nNorth Korea's official"),
    ("body", "\n[[North Korea's official Korean ... obtained the information.]]\n"),
    ("body", "\n[[The officials include ... such sensitive technologies.]]\n"),
    ("body", "\n[[A possible venue ... miles north of Pyongyang.]]\n"),
    ("body", "\n[[U.S. officials released ... impose new sanctions.\"]]\n"),
    ("body", "\n[[After decades of ... front against Washington.]]"),
]
