# Annotation spec: kim-arrives-russia-top-officials (pass: gold, reconciled)
#
# Reconciled from the first and second passes; see docs/reconciliation/kim-arrives-russia-top-officials.md.
#
# DECISIONS:
# D1. "his nuclear-capable weapons and munitions factories" is read as two conjuncts: WEA
#     [his nuclear-capable weapons] (the class nuclear-weapons, like "nuclear-capable ... submarines"
#     -> nuclear-capable-ballistic-missile-submarines) and FAC [munitions factories] (generic, kb null). "munitions" and
#     "arms" in "a potential arms deal" are modifiers (hard case 14). "arms" as a head noun ("any
#     transfer of arms") is the general class weapons (hard case 15).
# D2. kb ids only from registry.py; nominal-only entities link when the referent recurs in the
#     corpus ("the country's ruling party" -> workers-party-of-korea, "military" ->
#     korean-peoples-army, the space committee, "Navy" -> korean-peoples-army-navy); "South Korea's
#     military" occurs only here: kb null, distinct_from korean-peoples-army (hard case 46, V321).
#     Generic groups have kb null.
# D3. "government" in "the country's ruling party, government and military" is a nominal of North
#     Korea (country and government are one GPE). "members of" X is AFFILIATED_WITH (no office).
# D4. A country possessive on an organisation gives PART_OF only when the text makes it a state
#     organ ("official" agency, ministry, military, state committee); otherwise NATIONALITY:
#     [Russia]'s [TASS] news agency, [the country]'s ruling party. "news agency" after TASS is a
#     descriptor, no separate mention. The relations take the most informative mention of North
#     Korea in the sentence, the name "[North Korea]'s official Korean Central News Agency", not
#     "the country" or "government" (hard case 44): NATIONALITY(ruling party, North Korea),
#     AFFILIATED_WITH(members, North Korea), PART_OF(military, North Korea); likewise
#     LEADER_OF(their leaders, [North Korea and Russia]), not the pronoun "their".
# D5. Sets: "North Korea and Russia" (referred to again by "their", "both countries") and
#     "Russia and North Korea have been drawing closer" (collective predicate) are mentions of one
#     GPE set entity; "Kim and Putin could meet" and "their leaders" one PER set (hard case 13).
# D6. Appositions: relations and quote speakers use the name (hard case 11): SPOKESPERSON_OF and the
#     speaker of "said" -> [Jeon Ha Gyu]; OFFICIAL_OF -> [Pak Thae Song]. The nested report
#     "South Korea's military assessed ..." is its own indirect quote (cue "assessed").
# D7. A sentence-final "according to X" reports the whole sentence before it (relative clauses
#     included); "A possible venue" is the predicate side of a specificational copula and no mention.
# D8. "such capabilities" / "such sensitive technologies" are anaphora to "spy satellites and
#     nuclear-capable ballistic missile submarines" and join the general class weapons (hard case
#     15). The possible sharing is one transfer on one item mention: SUPPLIES(Russia, such
#     sensitive technologies) + RECEIVES(North Korea, same mention). "North Korean efforts to
#     acquire spy satellites and ... submarines": RECEIVES from the GPE North Korea of the sentence
#     (hard case 16; no supplier named).
# D9. Companions of a stated movement travel too: "Joined by his top military officials ..., Kim
#     Jong Un arrived in Russia" -> TRAVELS_TO(officials, Russia) (hard case 17).
# D10. Mixed quote ending in its quoted fragment runs through the closing mark (hard case 18); the
#     two coordinated that-clauses under the one cue "reminding" are one mixed quote with a
#     fragment per clause (hard case 32).
# D11. Not annotated: "war" in "war help", "traditional allies" before "Moscow and Beijing" (title-like
#     descriptor), "a briefing", "a potential arms deal", "UN" inside "UN Security Council",
#     pleonastic "it", "a united front" (predicate nominal). "[Moscow's war] in [Ukraine]" +
#     LOCATED_IN; "Moscow's invasion of Ukraine" without LOCATED_IN (hard case 9).
# D12. "chairman of X" heads X: LEADER_OF (hard case 23); "Putin arrived ...
#     to attend an international forum" gives no LOCATED_IN(forum, Vladivostok) (only implied).

ENTITIES = {
    "kim": ("PER", "Kim Jong Un", "kim-jong-un"),
    "putin": ("PER", "Vladimir Putin", "vladimir-putin"),
    "officials": ("PER", "Kim's top military officials", None),
    "nukes": ("WEA", "nuclear weapons", "nuclear-weapons"),
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
    "skmil": ("ORG", "South Korea's military", None, ["korean-peoples-army"]),
    "jeon": ("PER", "Jeon Ha Gyu", "jeon-ha-gyu"),
    "mnd": ("ORG", "South Korean Defense Ministry", "south-korean-ministry-of-national-defense"),
    "pak": ("PER", "Pak Thae Song", "pak-thae-song"),
    "committee": ("ORG", "Space Science and Technology Committee", "space-science-and-technology-committee"),
    "navy": ("ORG", "Korean People's Army Navy", "korean-peoples-army-navy"),
    "kms": ("PER", "Kim Myong Sik", "kim-myong-sik"),
    "spysat": ("WEA", "spy satellites", "spy-satellites"),
    "subs": ("WEA", "nuclear-capable ballistic missile submarines", "nuclear-capable-ballistic-missile-submarines"),
    "experts": ("PER", "Experts", None),
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

REGISTRY = {}

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
    ("tech1", "acquire [[such capabilities]] without", "arms", "nominal"),
    ("russia3", "clear if [[Russia]] would share", "russia", "name"),
    ("tech2", "share [[such sensitive technologies]].", "arms", "nominal"),
    # S6
    ("leaders0", "where [[Kim and Putin]] could meet", "leaders", "nominal"),
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
    ("nkru1", "week that [[North Korea and Russia]] were", "nkru", "nominal"),
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
    ("nkru3", "relationship, [[Russia and North Korea]] have", "nkru", "nominal"),
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
    ("AFFILIATED_WITH", "members1", "wpk1", "asserted"),
    ("AFFILIATED_WITH", "members1", "nk1", "asserted"),
    ("AFFILIATED_WITH", "members1", "kpa1", "asserted"),
    ("NATIONALITY", "wpk1", "nk1", "asserted"),
    ("PART_OF", "kpa1", "nk1", "asserted"),
    # S3
    ("PART_OF", "skmil1", "sk1", "asserted"),
    ("TRAVELS_TO", "train2", "russia2", "reported"),  # hard case 50: a source's assessment is not a hedge
    ("SPOKESPERSON_OF", "jeon1", "mnd1", "asserted"),
    ("PART_OF", "mnd1", "sk2", "asserted"),
    # S4
    ("LEADER_OF", "pak1", "committee1", "asserted"),
    ("PART_OF", "committee1", "nk2", "asserted"),
    ("OFFICIAL_OF", "kms1", "navy1", "asserted"),
    ("RECEIVES", "nk2", "spysat1", "possible"),  # hard case 49: efforts to acquire
    ("RECEIVES", "nk2", "subs1", "possible"),  # hard case 49
    # S5
    ("SUPPLIES", "russia3", "tech2", "possible"),
    ("RECEIVES", "nk3", "tech2", "possible"),
    # S6
    ("MEETS", "kim3", "putin2", "possible"),
    ("TRAVELS_TO", "putin3", "vlad2", "reported"),
    ("NATIONALITY", "tass1", "russia4", "asserted"),
    # S7
    ("MEETS", "putin4", "kim4", "asserted"),
    ("LOCATED_IN", "summit2019_1", "vlad3", "asserted"),
    # S8
    ("OFFICIAL_OF", "usofficials1", "us1", "asserted"),
    ("LEADER_OF", "leaders1", "nkru1", "asserted"),
    # S9
    ("SPOKESPERSON_OF", "miller1", "state1", "asserted"),
    ("SUPPLIES", "nk5", "arms1", "possible"),
    ("RECEIVES", "russia6", "arms1", "possible"),
]

QUOTES = [
    ("indirect", ["said [[Kim boarded ... ruling party, government and military]].South"],
     "Agency [[said]] Kim", "kcna1", "writing"),
    ("indirect", ["military.[[South Korea's military assessed ... sometime early Tuesday]], Jeon"],
     "Defense Ministry, [[said]] in a briefing", "jeon1", "speech"),
    ("indirect", ["assessed [[the train crossed into Russia sometime early Tuesday]], Jeon"],
     "military [[assessed]] the train", "skmil1", "speech"),  # hard case 52: an institution's assessment given at a briefing
    ("indirect", ["Experts say [[North Korea would struggle ... without external help]], although"],
     "Experts [[say]]", "experts1", "speech"),
    ("indirect", ["[[A possible venue where Kim ... runs through Wednesday]], according to"],
     "[[according to]] Russia's", "tass1", "writing"),
    ("indirect", ["last week that [[North Korea and Russia ... between their leaders]]."],
     "officials [[released intelligence]] last", "usofficials1", "writing"),  # hard case 53: released intelligence
    ("indirect", ["Miller said [[Washington will monitor the meeting closely]], reminding"],
     "Miller [[said]] Washington", "miller1", "speech"),
    ("mixed", ["that [[\"any transfer of arms ... Security Council resolutions,\"]] and",
               "and that [[the U.S. \"will not hesitate to impose new sanctions.\"]]"],
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
