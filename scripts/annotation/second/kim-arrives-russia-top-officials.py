# Second-pass annotation spec: kim-arrives-russia-top-officials.
#
# DECISIONS:
# - Nominal event mentions keep the strict span rule (no postmodifier PP): "[[Moscow]'s war] in
#   [Ukraine]", "[[Moscow]'s invasion] of [Ukraine]", "[an expected meeting] with ...",
#   "[[Putin]'s first meeting] with Kim". LOCATED_IN(event, place) only where the sentence has a
#   locative preposition ("war in Ukraine", "held ... in the city"), not for "invasion of Ukraine".
# - "a potential arms deal": not annotated (hypothetical transaction, not a specific event;
#   "arms" is a modifier). "war" in "Putin's need for war help" is a modifier: not annotated.
# - "his nuclear-capable weapons" is a WEA nominal linked to the class record nuclear-weapons;
#   "arms" (head noun in "any transfer of arms") is the general class "weapons" (new record).
# - "munitions factories" is a FAC nominal (generic, kb null); a shared possessor of a
#   coordination stays with the first conjunct only ("[[his] nuclear-capable weapons] and
#   [munitions factories]"; "[[the country]'s ruling party], [government] and [military]").
# - "government" in "the country's ruling party, government and military" is a nominal of the
#   North Korea GPE (country and government are one entity); "military" there is the Korean
#   People's Army (kb linked although only a nominal: the referent has a corpus record).
# - "members of" X is AFFILIATED_WITH (no office stated): "unspecified members of the country's
#   ruling party, government and military".
# - "his top military officials" (s1) and "The officials" (s4) are one group; "unspecified
#   members of the country's ruling party ..." (s2) is a separate, wider group.
# - A state news agency called "official" is PART_OF its state ("North Korea's official Korean
#   Central News Agency"); without "official" it is NATIONALITY ("Russia's TASS news agency").
#   "TASS news agency": the name "TASS" is the mention; "news agency" is not a separate nominal.
# - "Navy" in "Navy Adm. Kim Myong Sik" is an ORG name inside the title (OFFICIAL_OF).
# - Speaker = the mention of the speaker nearest the cue, so the apposition head
#   "spokesperson" (not "Jeon Ha Gyu") in "Jeon Ha Gyu, spokesperson of ..., said".
# - "South Korea's military assessed the train crossed ..." is also a (nested) indirect quote,
#   cue "assessed"; "U.S. officials released intelligence that ..." is an indirect quote with cue
#   "released intelligence".
# - "Experts say ...": the content ends at "external help"; the "although it's not clear ..."
#   clause is the writer's own hedge.
# - "such capabilities" / "such sensitive technologies" (spy satellites and submarines of the
#   previous sentence) form one WEA set entity (kb null); "capabilities" is WEA only when it
#   refers back to named weapons (abstract "military capabilities" elsewhere is not).
# - "their" (North Korea and Russia) and "both countries" form one GPE set entity; "their leaders"
#   is the PER set "Kim and Putin" (LEADER_OF their leaders -> their).
# - "A possible venue where ..." (predicate of the copula with Vladivostok) and "traditional
#   allies" (title-like premodifier of "Moscow and Beijing") are not separate mentions.
# - "Beijing" as an ally stands for China (metonymy), like Moscow.
# - Coordinated that-clauses under one cue are one quote each (same cue and speaker): Miller's
#   "reminding both countries that "..." and that the U.S. "..."" is one direct quote (fully
#   quoted clause) and one mixed quote (content through the closing quote mark).
# - First-person plural pronouns of a government spokesperson refer to the state (GPE).
# - "a briefing" (said in a briefing) is not an EVENT mention (routine communication act).
# - No LOCATED_IN(forum, Vladivostok): the sentence only implies the forum's place ("where Putin
#   arrived Monday to attend an international forum").
# - "President Vladimir Putin" with no country in the title: no LEADER_OF.

ENTITIES = {
    "kim": ("PER", "Kim Jong Un", "kim-jong-un"),
    "putin": ("PER", "Vladimir Putin", "vladimir-putin"),
    "officials": ("PER", "Kim's top military officials", None),
    "nukes": ("WEA", "nuclear weapons", "nuclear-weapons"),
    "factories": ("FAC", "munitions factories", None),
    "nkorean": ("NORP", "North Koreans", "north-koreans"),
    "russia": ("GPE", "Russia", "russia"),
    "summit": ("EVENT", "Kim–Putin summit 2023", "kim-putin-summit-2023"),
    "war": ("EVENT", "war in Ukraine", "russian-invasion-of-ukraine"),
    "ukraine": ("GPE", "Ukraine", "ukraine"),
    "nk": ("GPE", "North Korea", "north-korea"),
    "kcna": ("ORG", "Korean Central News Agency", "korean-central-news-agency"),
    "train": ("VEH", "Kim's personal train", "kim-jong-uns-armoured-train"),
    "members": ("PER", "unspecified members of the ruling party, government and military", None),
    "party": ("ORG", "North Korea's ruling party", None),
    "kpa": ("ORG", "North Korean military", "korean-peoples-army"),
    "sk": ("GPE", "South Korea", "south-korea"),
    "skmil": ("ORG", "South Korea's military", None),
    "jeon": ("PER", "Jeon Ha Gyu", "jeon-ha-gyu"),
    "skmod": ("ORG", "South Korean Defense Ministry", "south-korean-ministry-of-national-defense"),
    "pak": ("PER", "Pak Thae Song", "pak-thae-song"),
    "committee": ("ORG", "North Korea's space science and technology committee", None),
    "navy": ("ORG", "Korean People's Navy", "korean-peoples-navy"),
    "kms": ("PER", "Kim Myong Sik", "kim-myong-sik"),
    "spysat": ("WEA", "spy satellites", "spy-satellites"),
    "subs": ("WEA", "nuclear-capable ballistic missile submarines", "nuclear-capable-ballistic-missile-submarines"),
    "experts": ("PER", "experts", None),
    "capabilities": ("WEA", "such capabilities (spy satellites and submarines)", None),
    "russian": ("NORP", "Russians", "russians"),
    "vlad": ("GPE", "Vladivostok", "vladivostok"),
    "forum": ("EVENT", "Eastern Economic Forum", "eastern-economic-forum"),
    "tass": ("ORG", "TASS", "tass"),
    "summit2019": ("EVENT", "Kim–Putin summit 2019", "kim-putin-summit-2019"),
    "pyongyang": ("GPE", "Pyongyang", "pyongyang"),
    "us": ("GPE", "United States", "united-states"),
    "usofficials": ("PER", "U.S. officials", None),
    "nkru": ("GPE", "North Korea and Russia", None),
    "leaders": ("PER", "Kim and Putin", None),
    "statedept": ("ORG", "U.S. State Department", "us-state-department"),
    "miller": ("PER", "Matthew Miller", "matthew-miller"),
    "weapons": ("WEA", "weapons", "weapons"),
    "unsc": ("ORG", "UN Security Council", "un-security-council"),
    "china": ("GPE", "China", "china"),
}

REGISTRY = {
    "jeon-ha-gyu": ("PER", "Jeon Ha Gyu"),
    "south-korean-ministry-of-national-defense": ("ORG", "South Korean Defense Ministry"),
    "korean-peoples-navy": ("ORG", "Korean People's Navy"),
    "tass": ("ORG", "TASS"),
    "weapons": ("WEA", "weapons"),
}

MENTIONS = [
    # s1
    ("his1", "Joined by [[his]] top military", "kim", "pronoun"),
    ("officials1", "Joined by [[his top military officials]] handling", "officials", "nominal"),
    ("his2", "handling [[his]] nuclear", "kim", "pronoun"),
    ("nukes1", "handling [[his nuclear-capable weapons]] and", "nukes", "nominal"),
    ("factories1", "and [[munitions factories]], North", "factories", "nominal"),
    ("nkorean1", "factories, [[North Korean]] leader", "nkorean", "name"),
    ("kim1", "leader [[Kim Jong Un]] arrived", "kim", "name"),
    ("russia1", "arrived in [[Russia]] on Tuesday", "russia", "name"),
    ("summit1", "before [[an expected meeting]] with", "summit", "nominal"),
    ("putin1", "President [[Vladimir Putin]] that", "putin", "name"),
    ("moscow1", "arms deal for [[Moscow]]'s war", "russia", "name", "metonymy"),
    ("war1", "arms deal for [[Moscow's war]] in", "war", "nominal"),
    ("ukraine1", "Moscow's war in [[Ukraine]].", "ukraine", "name"),
    # s2
    ("nk1", "[[North Korea]]'s official Korean", "nk", "name"),
    ("kcna1", "official [[Korean Central News Agency]] said", "kcna", "name"),
    ("kim2", "said [[Kim]] boarded", "kim", "name"),
    ("his3", "boarded [[his]] personal train", "kim", "pronoun"),
    ("train1", "boarded [[his personal train]] Sunday", "train", "nominal"),
    ("members1", "accompanied by [[unspecified members]] of", "members", "nominal"),
    ("country1", "members of [[the country]]'s ruling", "nk", "nominal"),
    ("party1", "members of [[the country's ruling party]],", "party", "nominal"),
    ("gov1", "ruling party, [[government]] and military.", "nk", "nominal"),
    ("kpa1", "government and [[military]].South", "kpa", "nominal"),
    # s3
    ("sk1", "military.[[South Korea]]'s military assessed", "sk", "name"),
    ("skmil1", "military.[[South Korea's military]] assessed", "skmil", "nominal"),
    ("train2", "assessed [[the train]] crossed", "train", "nominal"),
    ("russia2", "crossed into [[Russia]] sometime", "russia", "name"),
    ("jeon1", "Tuesday, [[Jeon Ha Gyu]],", "jeon", "name"),
    ("jeon2", "Jeon Ha Gyu, [[spokesperson]] of", "jeon", "nominal"),
    ("sk2", "spokesperson of [[South Korea]]'s Defense", "sk", "name"),
    ("skmod1", "South Korea's [[Defense Ministry]], said", "skmod", "name"),
    ("skmil2", "how [[the military]] obtained", "skmil", "nominal"),
    # s4
    ("officials2", "[[The officials]] include", "officials", "nominal"),
    ("pak1", "include [[Pak Thae Song]],", "pak", "name"),
    ("pak2", "Pak Thae Song, [[chairman]] of", "pak", "nominal"),
    ("nk2", "chairman of [[North Korea]]'s space", "nk", "name"),
    ("committee1", "chairman of [[North Korea's space science and technology committee]],", "committee", "nominal"),
    ("navy1", "and [[Navy]] Adm.", "navy", "name"),
    ("kms1", "Adm. [[Kim Myong Sik]],", "kms", "name"),
    ("nkorean2", "linked with [[North Korean]] efforts", "nkorean", "name"),
    ("spysat1", "acquire [[spy satellites]] and", "spysat", "nominal"),
    ("subs1", "spy satellites and [[nuclear-capable ballistic missile submarines]].", "subs", "nominal"),
    # s5
    ("experts1", "[[Experts]] say", "experts", "nominal"),
    ("nk3", "Experts say [[North Korea]] would", "nk", "name"),
    ("cap1", "acquire [[such capabilities]] without", "capabilities", "nominal"),
    ("russia3", "not clear if [[Russia]] would share", "russia", "name"),
    ("cap2", "would share [[such sensitive technologies]].", "capabilities", "nominal"),
    # s6
    ("kim3", "where [[Kim]] and Putin could meet", "kim", "name"),
    ("putin2", "where Kim and [[Putin]] could meet", "putin", "name"),
    ("vlad1", "is [[the eastern Russian city]] of", "vlad", "nominal"),
    ("russian1", "the eastern [[Russian]] city of", "russian", "name"),
    ("vlad2", "city of [[Vladivostok]], where", "vlad", "name"),
    ("putin3", "where [[Putin]] arrived Monday", "putin", "name"),
    ("forum1", "to attend [[an international forum]] that", "forum", "nominal"),
    ("russia4", "according to [[Russia]]'s TASS", "russia", "name"),
    ("tass1", "Russia's [[TASS]] news agency", "tass", "name"),
    # s7
    ("putin4", "[[Putin]]'s first meeting", "putin", "name"),
    ("summit2019", "[[Putin's first meeting]] with", "summit2019", "nominal"),
    ("kim4", "first meeting with [[Kim]] was held", "kim", "name"),
    ("vlad3", "2019 in [[the city]] that's", "vlad", "nominal"),
    ("pyongyang1", "north of [[Pyongyang]].", "pyongyang", "name"),
    # s8
    ("us1", "[[U.S.]] officials released", "us", "name"),
    ("usofficials1", "[[U.S. officials]] released", "usofficials", "nominal"),
    ("nk4", "intelligence last week that [[North Korea]] and Russia", "nk", "name"),
    ("russia5", "that North Korea and [[Russia]] were arranging", "russia", "name"),
    ("summit2", "arranging [[a meeting]] between", "summit", "nominal"),
    ("their1", "between [[their]] leaders", "nkru", "pronoun"),
    ("leaders1", "between [[their leaders]].", "leaders", "nominal"),
    # s9
    ("statedept1", "[[State Department]] spokesman", "statedept", "name"),
    ("miller1", "spokesman [[Matthew Miller]] said", "miller", "name"),
    ("washington1", "said [[Washington]] will monitor", "us", "name", "metonymy"),
    ("summit3", "will monitor [[the meeting]] closely", "summit", "nominal"),
    ("nkru2", "reminding [[both countries]] that", "nkru", "nominal"),
    ("weapons1", "any transfer of [[arms]] from", "weapons", "nominal"),
    ("nk5", "arms from [[North Korea]] to Russia", "nk", "name"),
    ("russia6", "from North Korea to [[Russia]] would", "russia", "name"),
    ("unsc1", "multiple [[UN Security Council]] resolutions", "unsc", "name"),
    ("us2", "and that the [[U.S.]] \"will", "us", "name"),
    # s10
    ("russia7", "relationship, [[Russia]] and North Korea have", "russia", "name"),
    ("nk6", "relationship, Russia and [[North Korea]] have", "nk", "name"),
    ("moscow2", "since [[Moscow]]'s invasion", "russia", "name", "metonymy"),
    ("war2", "since [[Moscow's invasion]] of", "war", "nominal"),
    ("ukraine2", "invasion of [[Ukraine]] in 2022", "ukraine", "name"),
    # s11
    ("putin5", "driven by [[Putin]]'s need", "putin", "name"),
    ("kim5", "war help and [[Kim]]'s efforts", "kim", "name"),
    ("his4", "visibility of [[his]] partnerships", "kim", "pronoun"),
    ("moscow3", "traditional allies [[Moscow]] and Beijing", "russia", "name", "metonymy"),
    ("beijing1", "Moscow and [[Beijing]] as he", "china", "name", "metonymy"),
    ("he1", "Beijing as [[he]] tries", "kim", "pronoun"),
    ("nk7", "and have [[North Korea]] be part", "nk", "name"),
    ("washington2", "united front against [[Washington]].", "us", "name", "metonymy"),
]

RELATIONS = [
    # s1
    ("LEADER_OF", "kim1", "nkorean1", "asserted"),
    ("TRAVELS_TO", "kim1", "russia1", "asserted"),
    ("MEETS", "kim1", "putin1", "possible"),
    ("LOCATED_IN", "war1", "ukraine1", "asserted"),
    # s2
    ("PART_OF", "kcna1", "nk1", "asserted"),
    ("AFFILIATED_WITH", "members1", "party1", "asserted"),
    ("AFFILIATED_WITH", "members1", "gov1", "asserted"),
    ("AFFILIATED_WITH", "members1", "kpa1", "asserted"),
    ("NATIONALITY", "party1", "country1", "asserted"),
    ("PART_OF", "kpa1", "country1", "asserted"),
    # s3
    ("PART_OF", "skmil1", "sk1", "asserted"),
    ("TRAVELS_TO", "train2", "russia2", "reported"),  # F?: 'assessed' is a source's judgment of a past crossing, not a hedge: reported, not possible
    ("SPOKESPERSON_OF", "jeon2", "skmod1", "asserted"),
    ("PART_OF", "skmod1", "sk2", "asserted"),
    # s4
    ("OFFICIAL_OF", "pak2", "committee1", "asserted"),
    ("PART_OF", "committee1", "nk2", "asserted"),
    ("OFFICIAL_OF", "kms1", "navy1", "asserted"),
    # s5
    ("RECEIVES", "nk3", "cap1", "possible"),  # F?: 'would struggle to acquire ... without external help': a conditional/modal, no negation of the acquisition itself
    ("SUPPLIES", "russia3", "cap2", "possible"),
    # s6
    ("MEETS", "kim3", "putin2", "possible"),
    ("TRAVELS_TO", "putin3", "vlad2", "reported"),
    ("NATIONALITY", "tass1", "russia4", "asserted"),
    # s7
    ("MEETS", "putin4", "kim4", "asserted"),
    ("LOCATED_IN", "summit2019", "vlad3", "asserted"),
    # s8
    ("OFFICIAL_OF", "usofficials1", "us1", "asserted"),
    ("LEADER_OF", "leaders1", "their1", "asserted"),
    # s9
    ("SPOKESPERSON_OF", "miller1", "statedept1", "asserted"),
    ("SUPPLIES", "nk5", "weapons1", "possible"),
    ("RECEIVES", "russia6", "weapons1", "possible"),
]

QUOTES = [
    ("indirect",
     ["said [[Kim boarded his personal train ... ruling party, government and military]].South"],
     "News Agency [[said]] Kim boarded", "kcna1", "writing"),
    ("indirect",
     ["military.[[South Korea's military assessed ... sometime early Tuesday]], Jeon"],
     "Defense Ministry, [[said]] in a briefing", "jeon2", "speech"),
    ("indirect",
     ["assessed [[the train crossed into Russia sometime early Tuesday]], Jeon"],
     "military [[assessed]] the train", "skmil1", "speech"),  # F?: 'assessed' by South Korea's military, conveyed by its spokesperson in a briefing: speech (office with a shown spokesperson), not thought
    ("indirect",
     ["Experts say [[North Korea would struggle to acquire such capabilities without external help]],"],
     "Experts [[say]] North Korea", "experts1", "speech"),
    ("indirect",
     ["[[A possible venue where Kim ... runs through Wednesday]], according to"],
     "Wednesday, [[according to]] Russia's TASS", "tass1", "writing"),
    ("indirect",
     ["intelligence last week that [[North Korea and Russia were arranging a meeting between their leaders]]."],
     "U.S. officials [[released intelligence]] last week", "usofficials1", "writing"),  # F?: 'released intelligence' is a publication of information by officials: writing, not evidence (their words, not a non-verbal source)
    ("indirect",
     ["Miller said [[Washington will monitor the meeting closely]], reminding"],
     "Matthew Miller [[said]] Washington", "miller1", "speech"),
    ("direct",
     ["that \"[[any transfer of arms ... UN Security Council resolutions,]]\" and"],
     "closely, [[reminding]] both countries", "miller1", "speech"),
    ("mixed",
     ["and that [[the U.S. \"will not hesitate to impose new sanctions.\"]]"],
     "closely, [[reminding]] both countries", "miller1", "speech"),
]

ZONES = [
    ("body", "[[Joined by his top military ... Moscow's war in Ukraine.]]"),
    ("body", "[[North Korea's official Korean Central News Agency ... obtained the information.]]"),
    ("body", "[[The officials include Pak Thae Song ... share such sensitive technologies.]]"),
    ("body", "[[A possible venue where Kim ... miles north of Pyongyang.]]"),
    ("body", "[[U.S. officials released intelligence ... impose new sanctions.\"]]"),
    ("body", "[[After decades of a complicated ... a united front against Washington.]]"),
]
