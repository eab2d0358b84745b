# Second-pass annotation spec: ap-kim-whereabouts-after-summit.
#
# DECISIONS (shared with kim-arrives-russia-top-officials where they apply):
# - Nominal event mentions keep the strict span rule (no postmodifier PP): "[[Moscow]’s war] in
#   [Ukraine]", "[war] in [Ukraine]", "[[Putin]’s war] against [Ukraine]". LOCATED_IN(event, place)
#   only with a locative preposition ("war in Ukraine", "meeting ... at the Russian cosmodrome"),
#   not for "war against Ukraine".
# - "an agreement" / "an arms deal" / "any deal" / "the agreement" / "the invitation": hypothetical
#   or abstract transactions, not EVENT mentions; "arms"/"weapons"/"ammunition" as modifiers
#   ("arms transfers", "weapons development", "ammunition policy") are not WEA mentions.
# - Names exclude the article also for "the North" -> "[North]", "the West" -> "[West]",
#   "the Security Council" -> "[Security Council]", "the Far East" -> "[Far East]"; a name never
#   absorbs its possessor: "[Russia]’s [Far East]" (LOCATED_IN Far East -> Russia).
# - A nationality adjective before an organisation name is a NORP mention linked by NATIONALITY:
#   "[Russian] [Pacific Fleet]", "[South Korean] [Foreign Ministry]". Titles naming an office only
#   ("Unification Minister", "Foreign Minister") give OFFICIAL_OF to the NORP: "[South Korean]
#   Unification Minister [Kim Yung-ho]".
# - First-person plural pronouns of a government spokesperson refer to the state (GPE): "We"/"our"
#   (Lim, South Korean Foreign Ministry) -> South Korea; "us" (Kirby) -> United States.
# - "Jo Chun Yong" (a typo) is linked to the registry record jo-chun-ryong.
# - Hard case 1: "Kim Putin" is a name mention of Kim Jong Un and speaker of "vowed". "he described"
#   in the same sentence is Kim; "his sovereign rights" is read as Putin's (the struggle that Kim
#   supports is Putin's war).
# - Interrupted attribution with a new cue is a new quote: "vowed “full and unconditional support”"
#   (direct, cue vowed) and "he described as a “just struggle ...”" (direct, cue described).
# - Coordinated that-clauses under one cue are one quote each (KCNA said that ... and that ...;
#   Putin told reporters that ... and that ...).
# - Speech-act nouns/verbs with a non-clausal object are indirect quotes: "he expressed
#   unconditional support for Moscow" (content "unconditional support for Moscow").
# - "There is widespread concern in Seoul that ..." is an indirect quote (cue "widespread concern",
#   speaker "Seoul"); "in Seoul" is the city as a place (guidelines), so no metonymy flag.
# - "Some analysts wonder whether ...": indirect quote, content without the complementizer
#   "whether" (as for "that").
# - Weapon classes: "missiles" (with nuclear weapons, UN resolutions), "his nuclear-capable missiles"
#   and "two ballistic missiles" are the class ballistic-missiles; "weapons" (head noun) is the
#   class "weapons"; "advanced weapons technologies" (from Russia) = "its sensitive weapons
#   technologies" = "them" (one entity, kb null); "ballistic missile technologies" and "satellite
#   systems" are one-off WEA nominals. "military capabilities"/"conventional capabilities" are
#   abstract capacities, not WEA; "Kim’s military nuclear program" is not annotated.
# - Sanctions that "ban the acquisition of weapons from North Korea" state no transfer: no
#   SUPPLIES/RECEIVES. "supply ammunition for Moscow’s war": RECEIVES(Moscow, ammunition).
#   "share them with North Korea in return for ... supplies of ammunition": SUPPLIES/RECEIVES both
#   ways.
# - Relation arguments are the mentions of the two entities closest to each other in the sentence,
#   also when that is a pronoun ("fly to Komsomolsk-on-Amur, where he would tour ...").
# - TRAVELS_TO also for a scheduled tour/visit of a facility or place ("scheduled to tour a Russian
#   factory", "invited Putin to visit North Korea"); not for ORG destinations (a university,
#   the Pacific Fleet).
# - Media: "Russian and North Korean media" (one ORG set), "the Russian media", "North Korean state
#   media" and "Russian state television" are ORG nominals (specific sets of outlets).
# - Not annotated: "The world", "the international community", "No nation on the planet, no one"
#   (non-referential), "hegemonic forces", "another site" (copular predicate), "a briefing",
#   "a highly provocative series of tests", "the sea", "those related to ..." (demonstrative).
# - Set entities: "North Korea and Russia" (their summit, the countries, the nuclear-armed
#   countries, the nations); "Kim and Putin" (their meeting); "South Korea, the United States and
#   Japan" (their trilateral security cooperation).
# - Dateline "SEOUL, South Korea (AP) —" includes "(AP)"; the credits line is one byline zone;
#   "Associated Press journalists" is a title before the names (AFFILIATED_WITH per name).

ENTITIES = {
    "seoul": ("GPE", "Seoul", "seoul"),
    "sk": ("GPE", "South Korea", "south-korea"),
    "ap": ("ORG", "Associated Press", "associated-press"),
    "nkorean": ("NORP", "North Koreans", "north-koreans"),
    "kim": ("PER", "Kim Jong Un", "kim-jong-un"),
    "russian": ("NORP", "Russians", "russians"),
    "plant": ("FAC", "Komsomolsk-on-Amur aircraft plant", "komsomolsk-on-amur-aircraft-plant"),
    "jets": ("WEA", "fighter jets", "fighter-jets"),
    "russia": ("GPE", "Russia", "russia"),
    "fleet": ("ORG", "Russian Pacific Fleet", "russian-pacific-fleet"),
    "summit": ("EVENT", "Kim–Putin summit 2023", "kim-putin-summit-2023"),
    "us": ("GPE", "United States", "united-states"),
    "putin": ("PER", "Vladimir Putin", "vladimir-putin"),
    "nk": ("GPE", "North Korea", "north-korea"),
    "ammo": ("WEA", "ammunition", "ammunition"),
    "war": ("EVENT", "war in Ukraine", "russian-invasion-of-ukraine"),
    "ukraine": ("GPE", "Ukraine", "ukraine"),
    "wtech": ("WEA", "Russian weapons technologies", None),
    "spysat": ("WEA", "spy satellites", "spy-satellites"),
    "nkru": ("GPE", "North Korea and Russia", None),
    "skorean": ("NORP", "South Koreans", "south-koreans"),
    "mofa": ("ORG", "South Korean Foreign Ministry", "south-korean-ministry-of-foreign-affairs"),
    "lim": ("PER", "Lim Soo-suk", "lim-soo-suk"),
    "nukes": ("WEA", "nuclear weapons", "nuclear-weapons"),
    "missiles": ("WEA", "ballistic missiles", "ballistic-missiles"),
    "satsys": ("WEA", "satellite systems", None),
    "bmtech": ("WEA", "ballistic missile technologies", None),
    "unsc": ("ORG", "UN Security Council", "un-security-council"),
    "delegation": ("PER", "Kim's delegation", None),
    "sanctioned": ("PER", "several people sanctioned by the Security Council", None),
    "kpa": ("ORG", "Korean People's Army", "korean-peoples-army"),
    "ri": ("PER", "Ri Pyong Chol", "ri-pyong-chol"),
    "jo": ("PER", "Jo Chun Ryong", "jo-chun-ryong"),
    "party": ("ORG", "North Korea's ruling party", None),
    "kimyh": ("PER", "Kim Yung-ho", "kim-yung-ho"),
    "japan": ("GPE", "Japan", "japan"),
    "trio": ("GPE", "South Korea, the United States and Japan", None),
    "wh": ("ORG", "White House", "white-house"),
    "nsc": ("ORG", "National Security Council", "national-security-council"),
    "kirby": ("PER", "John Kirby", "john-kirby"),
    "weapons": ("WEA", "weapons", "weapons"),
    "ukrainians": ("NORP", "Ukrainians", "ukrainians"),
    "media": ("ORG", "Russian and North Korean media", None),
    "west": ("GPE", "the West", "the-west"),
    "rumedia": ("ORG", "the Russian media", None),
    "nkmedia": ("ORG", "North Korean state media", None),
    "kcna": ("ORG", "Korean Central News Agency", "korean-central-news-agency"),
    "kremlin": ("ORG", "Kremlin", "kremlin"),
    "peskov": ("PER", "Dmitry Peskov", "dmitry-peskov"),
    "lavrov": ("PER", "Sergei Lavrov", "sergei-lavrov"),
    "rutv": ("ORG", "Russian state television", None),
    "cities": ("GPE", "two other cities in Russia's Far East", None),
    "fareast": ("LOC", "Russian Far East", "russian-far-east"),
    "komsomolsk": ("GPE", "Komsomolsk-on-Amur", "komsomolsk-on-amur"),
    "vlad": ("GPE", "Vladivostok", "vladivostok"),
    "university": ("ORG", "a university in Vladivostok", None),
    "facilities": ("FAC", "other facilities in Vladivostok", None),
    "kimputin": ("PER", "Kim and Putin", None),
    "cosmodrome": ("FAC", "Vostochny Cosmodrome", "vostochny-cosmodrome"),
    "analysts": ("PER", "some analysts", None),
    "landlink": ("LOC", "Russia–North Korea land link", None),
    "airforce": ("ORG", "North Korea's air force", None),
    "ussr": ("GPE", "Soviet Union", "soviet-union"),
    "reporters": ("PER", "reporters", None),
    "litvinova": ("PER", "Dasha Litvinova", "dasha-litvinova"),
    "tallinn": ("GPE", "Tallinn", "tallinn"),
    "estonia": ("GPE", "Estonia", "estonia"),
    "hjkim": ("PER", "Hyung-jin Kim", "hyung-jin-kim"),
    "yamaguchi": ("PER", "Mari Yamaguchi", "mari-yamaguchi"),
    "tokyo": ("GPE", "Tokyo", "tokyo"),
    "heintz": ("PER", "Jim Heintz", "jim-heintz"),
}

REGISTRY = {
    "south-korean-ministry-of-foreign-affairs": ("ORG", "South Korean Foreign Ministry"),
    "lim-soo-suk": ("PER", "Lim Soo-suk"),
    "kim-yung-ho": ("PER", "Kim Yung-ho"),
    "national-security-council": ("ORG", "National Security Council"),
    "john-kirby": ("PER", "John Kirby"),
    "weapons": ("WEA", "weapons"),
    "ukrainians": ("NORP", "Ukrainians"),
    "the-west": ("GPE", "the West"),
    "soviet-union": ("GPE", "Soviet Union"),
    "dasha-litvinova": ("PER", "Dasha Litvinova"),
    "tallinn": ("GPE", "Tallinn"),
    "estonia": ("GPE", "Estonia"),
    "hyung-jin-kim": ("PER", "Hyung-jin Kim"),
    "mari-yamaguchi": ("PER", "Mari Yamaguchi"),
    "jim-heintz": ("PER", "Jim Heintz"),
}

MENTIONS = [
    # s0 (dateline + lede)
    ("seoul1", "[[SEOUL]], South Korea (AP)", "seoul", "name"),
    ("sk1", "SEOUL, [[South Korea]] (AP)", "sk", "name"),
    ("ap1", "South Korea ([[AP]]) —", "ap", "name"),
    ("nkorean1", "— [[North Korean]] leader Kim", "nkorean", "name"),
    ("kim1", "leader [[Kim Jong Un]] was scheduled", "kim", "name"),
    ("plant1", "to tour [[a Russian factory]] making", "plant", "nominal"),
    ("russian1", "to tour a [[Russian]] factory making", "russian", "name"),
    ("jets1", "factory making [[fighter jets]] and", "jets", "nominal"),
    ("russia1", "visit [[the country]]’s Pacific Fleet", "russia", "nominal"),
    ("fleet1", "the country’s [[Pacific Fleet]]. However", "fleet", "name"),
    # s1
    ("his1", "However, [[his]] exact whereabouts", "kim", "pronoun"),
    ("summit1", "following [[a summit]] at which", "summit", "nominal"),
    ("he1", "at which [[he]] expressed", "kim", "pronoun"),
    ("moscow1", "unconditional support for [[Moscow]].", "russia", "name", "metonymy"),
    # s2
    ("washington1", "[[Washington]] has warned", "us", "name", "metonymy"),
    ("summit2", "that [[Wednesday’s summit]] between", "summit", "nominal"),
    ("kim2", "summit between [[Kim]] and Russian", "kim", "name"),
    ("russian2", "between Kim and [[Russian]] President", "russian", "name"),
    ("putin1", "Russian President [[Vladimir Putin]] could", "putin", "name"),
    ("nk1", "an agreement with [[North Korea]] to supply", "nk", "name"),
    ("ammo1", "to supply [[ammunition]] for", "ammo", "nominal"),
    ("moscow2", "ammunition for [[Moscow]]’s war", "russia", "name", "metonymy"),
    ("war1", "ammunition for [[Moscow’s war]] in", "war", "nominal"),
    ("ukraine1", "Moscow’s war in [[Ukraine]]. There", "ukraine", "name"),
    # s3
    ("seoul2", "concern in [[Seoul]] that", "seoul", "name"),
    ("nk2", "Seoul that [[North Korea]] would receive", "nk", "name"),
    ("wtech1", "receive [[advanced weapons technologies]] from", "wtech", "nominal"),
    ("russia2", "technologies from [[Russia]] in return, including", "russia", "name"),
    ("spysat1", "related to [[military spy satellites]],", "spysat", "nominal"),
    ("kim3", "the threat of [[Kim]]’s military nuclear", "kim", "name"),
    # s4
    ("we1", "“[[We]] express our", "sk", "pronoun"),
    ("our1", "We express [[our]] deep", "sk", "pronoun"),
    ("nk3", "regret that [[North Korea]] and Russia discussed", "nk", "name"),
    ("russia3", "regret that North Korea and [[Russia]] discussed", "russia", "name"),
    ("their1", "during [[their]] summit", "nkru", "pronoun"),
    ("summit3", "during [[their summit]],", "summit", "nominal"),
    ("skorean1", "” [[South Korean]] Foreign Ministry", "skorean", "name"),
    ("mofa1", "South Korean [[Foreign Ministry]] spokesman", "mofa", "name"),
    ("lim1", "spokesman [[Lim Soo-suk]] said", "lim", "name"),
    # s5
    ("nukes1", "development of [[nuclear weapons]] and missiles", "nukes", "nominal"),
    ("missiles1", "nuclear weapons and [[missiles]], including", "missiles", "nominal"),
    ("satsys1", "including [[satellite systems]] incorporating", "satsys", "nominal"),
    ("bmtech1", "incorporating [[ballistic missile technologies]],", "bmtech", "nominal"),
    ("unsc1", "violates [[UN Security Council]] resolutions", "unsc", "name"),
    ("he2", "” [[he]] said in a briefing", "lim", "pronoun"),
    # s6
    ("lim2", "[[Lim]] also noted", "lim", "name"),
    ("kim4", "noted that [[Kim]]’s delegation", "kim", "name"),
    ("delegation1", "noted that [[Kim’s delegation]] to Russia", "delegation", "nominal"),
    ("russia4", "delegation to [[Russia]] includes", "russia", "name"),
    ("sanctioned1", "includes [[several people]] sanctioned", "sanctioned", "nominal"),
    ("unsc2", "sanctioned by the [[Security Council]] for", "unsc", "name"),
    ("nkorean2", "illegal [[North Korean]] weapons", "nkorean", "name"),
    ("kpa1", "including [[Korean People’s Army]] Marshal", "kpa", "name"),
    ("ri1", "Marshal [[Ri Pyong Chol]] and", "ri", "name"),
    ("jo1", "and [[Jo Chun Yong]], a ruling", "jo", "name"),
    ("jo2", "Jo Chun Yong, [[a ruling party official]] working", "jo", "nominal"),
    ("party1", "Jo Chun Yong, a [[ruling party]] official", "party", "nominal"),
    # s7
    ("lim3", "[[Lim]] said Moscow must", "lim", "name"),
    ("moscow3", "Lim said [[Moscow]] must be aware", "russia", "name", "metonymy"),
    ("it1", "that if [[it]] continues military", "russia", "pronoun"),
    ("nk4", "military cooperation with [[North Korea]], it will", "nk", "name"),
    ("its1", "impact” on [[its]] relations", "russia", "pronoun"),
    ("seoul3", "relations with [[Seoul]].", "sk", "name", "metonymy"),
    # s8
    ("skorean2", "[[South Korean]] Unification Minister", "skorean", "name"),
    ("kimyh1", "Unification Minister [[Kim Yung-ho]],", "kimyh", "name"),
    ("nk5", "in charge of [[North Korea]] affairs", "nk", "name"),
    ("nk6", "between the [[North]] and Russia", "nk", "name"),
    ("russia5", "between the North and [[Russia]] would lead", "russia", "name"),
    ("sk2", "responses from [[South Korea]], the United", "sk", "name"),
    ("us1", "South Korea, the [[United States]] and Japan", "us", "name"),
    ("japan1", "the United States and [[Japan]], which", "japan", "name"),
    ("their2", "stepped up [[their]] trilateral", "trio", "pronoun"),
    # s9
    ("wh1", "[[White House]] National Security Council", "wh", "name"),
    ("nsc1", "White House [[National Security Council]] spokesman", "nsc", "name"),
    ("kirby1", "spokesman [[John Kirby]] said", "kirby", "name"),
    ("nk7", "Wednesday that [[North Korea]] would face", "nk", "name"),
    ("it2", "consequences if [[it]] supplies", "nk", "pronoun"),
    ("russia6", "supplies [[Russia]] with weapons", "russia", "name"),
    ("weapons1", "Russia with [[weapons]].", "weapons", "nominal"),
    # s10
    ("putin2", "help Mr. [[Putin]] kill", "putin", "name"),
    ("ukrainians1", "kill innocent [[Ukrainians]],", "ukrainians", "name"),
    ("kirby2", "” [[Kirby]] said. If", "kirby", "name"),
    # s11
    ("nkru2", "If [[the countries]] decide", "nkru", "nominal"),
    ("us2", "arms deal, the [[U.S.]] would review", "us", "name"),
    ("he3", "appropriately,” [[he]] said", "kirby", "pronoun"),
    # s12
    ("he4", "[[He]] said any deal", "kirby", "pronoun"),
    ("nk8", "would improve [[North Korea]]’s military capabilities", "nk", "name"),
    ("us3", "importance to [[us]].", "us", "pronoun"),
    # s13
    ("media1", "relies largely on [[Russian and North Korean media]] for", "media", "nominal"),
    ("russian3", "relies largely on [[Russian]] and North Korean media", "russian", "name"),
    ("nkorean3", "Russian and [[North Korean]] media for", "nkorean", "name"),
    ("kim5", "information about [[Kim]]’s diplomacy", "kim", "name"),
    ("russia7", "diplomacy in [[Russia]], underscoring", "russia", "name"),
    ("nkru3", "among [[the nuclear-armed countries]] that", "nkru", "nominal"),
    ("west1", "tensions with the [[West]].", "west", "name"),
    # s14
    ("summit4", "intensive coverage of [[the summit]], the Russian", "summit", "nominal"),
    ("rumedia1", "summit, [[the Russian media]] remained", "rumedia", "nominal"),
    ("russian4", "summit, the [[Russian]] media remained", "russian", "name"),
    ("kim6", "silent about [[Kim]] as of", "kim", "name"),
    # s15
    ("nkmedia1", "[[North Korean state media]] was a day late", "nkmedia", "nominal"),
    ("nkorean4", "[[North Korean]] state media was a day late", "nkorean", "name"),
    ("his2", "reporting on [[his]] activities", "kim", "pronoun"),
    ("russia8", "his activities in [[Russia]], framing", "russia", "name"),
    ("their3", "framing [[their]] reports", "nkmedia", "pronoun"),
    ("nkgov1", "support [[the government]]’s propaganda", "nk", "nominal"),
    # s16
    ("nk9", "[[North Korea]]’s official Korean Central", "nk", "name"),
    ("kcna1", "official [[Korean Central News Agency]] said", "kcna", "name"),
    ("kim7", "Thursday that [[Kim]] had invited", "kim", "name"),
    ("putin3", "had invited [[Putin]] to visit", "putin", "name"),
    ("nk10", "to visit [[North Korea]] at an", "nk", "name"),
    ("putin4", "and that [[Putin]] accepted it", "putin", "name"),
    ("his3", "reiterated [[his]] will", "putin", "pronoun"),
    ("nkru4", "friendship between [[the nations]].", "nkru", "nominal"),
    # s17
    ("kremlin1", "[[Kremlin]] spokesman Dmitry", "kremlin", "name"),
    ("peskov1", "spokesman [[Dmitry Peskov]] confirmed", "peskov", "name"),
    ("putin5", "confirmed that [[Putin]] had accepted", "putin", "name"),
    ("russian5", "said [[Russian]] Foreign Minister", "russian", "name"),
    ("lavrov1", "Foreign Minister [[Sergei Lavrov]] was", "lavrov", "name"),
    ("nk11", "expected to visit [[North Korea]] in October", "nk", "name"),
    # s18
    ("putin6", "[[Putin]] told Russian state television", "putin", "name"),
    ("rutv1", "Putin told [[Russian state television]] after", "rutv", "nominal"),
    ("russian6", "Putin told [[Russian]] state television", "russian", "name"),
    ("summit5", "television after [[the summit]] that Kim", "summit", "nominal"),
    ("kim8", "the summit that [[Kim]] would travel", "kim", "name"),
    ("his4", "travel on [[his]] own", "kim", "pronoun"),
    ("cities1", "own to [[two other cities]] in", "cities", "nominal"),
    ("russia9", "cities in [[Russia]]’s Far East", "russia", "name"),
    ("fareast1", "Russia’s [[Far East]], fly", "fareast", "name"),
    ("komsomolsk1", "fly to [[Komsomolsk-on-Amur]], where", "komsomolsk", "name"),
    ("he5", "where [[he]] would tour", "kim", "pronoun"),
    ("plant2", "would tour [[an aircraft factory]],", "plant", "nominal"),
    ("vlad1", "head to [[Vladivostok]] to join", "vlad", "name"),
    ("russian7", "join the [[Russian]] Pacific Fleet", "russian", "name"),
    ("fleet2", "join the Russian [[Pacific Fleet]] to visit", "fleet", "name"),
    ("university1", "to visit, [[a university]] and", "university", "nominal"),
    ("facilities1", "a university and [[other facilities]].", "facilities", "nominal"),
    # s19
    ("their4", "At [[their]] meeting", "kimputin", "pronoun"),
    ("summit6", "At [[their meeting]] on Wednesday", "summit", "nominal"),
    ("cosmodrome1", "Wednesday at [[the Russian cosmodrome]] in", "cosmodrome", "nominal"),
    ("russian8", "at the [[Russian]] cosmodrome", "russian", "name"),
    ("fareast2", "cosmodrome in the [[Far East]], Kim Putin", "fareast", "name"),
    ("kim9", "Far East, [[Kim Putin]] vowed", "kim", "name"),
    ("he6", "for what [[he]] described", "kim", "pronoun"),
    ("his5", "in defense of [[his]] sovereign", "putin", "pronoun"),
    ("war2", "reference to [[war]] in Ukraine", "war", "nominal"),
    ("ukraine2", "reference to war in [[Ukraine]].", "ukraine", "name"),
    # s20
    ("cosmodrome2", "meet at the [[Vostochny Cosmodrome]] suggested", "cosmodrome", "name"),
    ("kim10", "suggested that [[Kim]] was seeking", "kim", "name"),
    ("russian9", "seeking [[Russian]] help", "russian", "name"),
    ("spysat2", "developing [[military reconnaissance satellites]].", "spysat", "nominal"),
    # s21
    ("he7", "[[He]] has previously said", "kim", "pronoun"),
    ("they1", "previously said [[they]] are crucial", "spysat", "pronoun"),
    ("his6", "threat from [[his]] nuclear", "kim", "pronoun"),
    ("missiles2", "threat from [[his nuclear-capable missiles]].", "missiles", "nominal"),
    # s22
    ("nk12", "[[North Korea]] has repeatedly failed", "nk", "name"),
    ("spysat3", "to put [[spy satellites]] into orbit", "spysat", "nominal"),
    # s23
    ("plant3", "[[The Komsomolsk-on-Amur aircraft plant]] would", "plant", "nominal"),
    ("komsomolsk2", "The [[Komsomolsk-on-Amur]] aircraft plant would", "komsomolsk", "name"),
    ("kim11", "hint at what [[Kim]] hopes", "kim", "name"),
    ("russia10", "to gain from [[Russia]] in return for supporting", "russia", "name"),
    ("putin7", "supporting [[Putin]]’s war", "putin", "name"),
    ("war3", "supporting [[Putin’s war]] against", "war", "nominal"),
    ("ukraine3", "war against [[Ukraine]].", "ukraine", "name"),
    # s24
    ("analysts1", "[[Some analysts]] wonder", "analysts", "nominal"),
    ("russia11", "wonder whether [[Russia]], which", "russia", "name"),
    ("its2", "closely guarded [[its]] sensitive", "russia", "pronoun"),
    ("wtech2", "closely guarded [[its sensitive weapons technologies]],", "wtech", "nominal"),
    ("wtech3", "willing to share [[them]] with", "wtech", "pronoun"),
    ("nk13", "share them with [[North Korea]] in return", "nk", "name"),
    ("ammo2", "supplies of [[ammunition]] being", "ammo", "nominal"),
    ("its3", "transported across [[its]] small", "russia", "pronoun"),
    ("landlink1", "transported across [[its small land link]].", "landlink", "nominal"),
    # s25
    ("they2", "[[They]] say military cooperation", "analysts", "pronoun"),
    ("nkru5", "cooperation between [[the countries]] could", "nkru", "nominal"),
    ("russia12", "such as [[Russia]] potentially", "russia", "name"),
    ("nk14", "helping [[North Korea]] improve", "nk", "name"),
    ("its4", "improve [[its]] aging", "nk", "pronoun"),
    ("airforce1", "improve [[its aging air force]],", "airforce", "nominal"),
    ("jets2", "relies on [[fighter jets]] that", "jets", "nominal"),
    ("ussr1", "that the [[Soviet Union]] used", "ussr", "name"),
    # s26
    ("putin8", "[[Putin]] told reporters", "putin", "name"),
    ("reporters1", "Putin told [[reporters]] that", "reporters", "nominal"),
    ("russia13", "reporters that [[Russia]] and North Korea have", "russia", "name"),
    ("nk15", "reporters that Russia and [[North Korea]] have", "nk", "name"),
    ("moscow4", "and that [[Moscow]] is providing", "russia", "name", "metonymy"),
    ("its5", "aid to [[its]] neighbor", "russia", "pronoun"),
    ("nk16", "aid to [[its neighbor]].", "nk", "nominal"),
    # s27
    ("he8", "However, [[he]] avoided", "putin", "pronoun"),
    ("russia14", "saying only that [[Russia]] was abiding", "russia", "name"),
    ("weapons2", "the acquisition of [[weapons]] from", "weapons", "nominal"),
    ("nk17", "acquisition of weapons from [[North Korea]]", "nk", "name"),
    # s28
    ("summit7", "[[Wednesday’s meeting]] came hours", "summit", "nominal"),
    ("nk18", "hours after [[North Korea]] fired", "nk", "name"),
    ("missiles3", "fired [[two ballistic missiles]] toward", "missiles", "nominal"),
    ("kim12", "since 2022 as [[Kim]] used", "kim", "name"),
    ("war4", "caused by [[the war]] in Ukraine", "war", "nominal"),
    ("ukraine4", "caused by the war in [[Ukraine]] to speed", "ukraine", "name"),
    ("his7", "speed up [[his]] weapons development", "kim", "pronoun"),
    # credits
    ("litvinova1", "[[Litvinova]] reported from", "litvinova", "name"),
    ("tallinn1", "reported from [[Tallinn]], Estonia", "tallinn", "name"),
    ("estonia1", "Tallinn, [[Estonia]].", "estonia", "name"),
    ("ap2", "[[Associated Press]] journalists", "ap", "name"),
    ("hjkim1", "journalists [[Hyung-jin Kim]] in Seoul", "hjkim", "name"),
    ("seoul4", "Hyung-jin Kim in [[Seoul]], South Korea;", "seoul", "name"),
    ("sk3", "in Seoul, [[South Korea]]; Mari", "sk", "name"),
    ("yamaguchi1", "[[Mari Yamaguchi]] in Tokyo", "yamaguchi", "name"),
    ("tokyo1", "Mari Yamaguchi in [[Tokyo]];", "tokyo", "name"),
    ("heintz1", "and [[Jim Heintz]] in Tallinn", "heintz", "name"),
    ("tallinn2", "Jim Heintz in [[Tallinn]] contributed", "tallinn", "name"),
]

RELATIONS = [
    # s0
    ("LOCATED_IN", "seoul1", "sk1", "asserted"),
    ("LEADER_OF", "kim1", "nkorean1", "asserted"),
    ("TRAVELS_TO", "kim1", "plant1", "possible"),
    ("PART_OF", "fleet1", "russia1", "asserted"),
    # s2
    ("MEETS", "kim2", "putin1", "asserted"),  # F?: 'Wednesday's summit between Kim and ... Putin' inside Washington's warning: the meeting is presupposed by the noun phrase as a past fact; only its consequence is warned of
    ("LEADER_OF", "putin1", "russian2", "asserted"),
    ("SUPPLIES", "nk1", "ammo1", "possible"),
    ("RECEIVES", "moscow2", "ammo1", "possible"),
    ("LOCATED_IN", "war1", "ukraine1", "asserted"),
    # s3
    ("RECEIVES", "nk2", "wtech1", "possible"),
    ("SUPPLIES", "russia2", "wtech1", "possible"),
    # s4
    ("MEETS", "nk3", "russia3", "reported"),  # F?: 'regret that North Korea and Russia discussed ... during their summit' (Lim): a past event in a source's claim, although 'regret' is factive
    ("NATIONALITY", "mofa1", "skorean1", "asserted"),
    ("SPOKESPERSON_OF", "lim1", "mofa1", "asserted"),
    # s6
    ("TRAVELS_TO", "delegation1", "russia4", "asserted"),  # F?: 'Kim's delegation to Russia' is a referring noun phrase inside Lim's note (his claim is the delegation's membership): treated like a modifier, not reported
    ("OFFICIAL_OF", "ri1", "kpa1", "asserted"),
    ("OFFICIAL_OF", "jo2", "party1", "asserted"),
    # s8
    ("OFFICIAL_OF", "kimyh1", "skorean2", "asserted"),
    # s9
    ("PART_OF", "nsc1", "wh1", "asserted"),
    ("SPOKESPERSON_OF", "kirby1", "nsc1", "asserted"),
    ("SUPPLIES", "it2", "weapons1", "possible"),
    ("RECEIVES", "russia6", "weapons1", "possible"),
    # s13
    ("NATIONALITY", "media1", "russian3", "asserted"),
    ("NATIONALITY", "media1", "nkorean3", "asserted"),
    # s14
    ("NATIONALITY", "rumedia1", "russian4", "asserted"),
    # s15
    ("NATIONALITY", "nkmedia1", "nkorean4", "asserted"),
    # s16
    ("PART_OF", "kcna1", "nk9", "asserted"),
    ("TRAVELS_TO", "putin3", "nk10", "possible"),
    # s17
    ("SPOKESPERSON_OF", "peskov1", "kremlin1", "asserted"),
    ("OFFICIAL_OF", "lavrov1", "russian5", "asserted"),
    ("TRAVELS_TO", "lavrov1", "nk11", "possible"),
    # s18
    ("NATIONALITY", "rutv1", "russian6", "asserted"),
    ("TRAVELS_TO", "his4", "cities1", "possible"),
    ("LOCATED_IN", "cities1", "fareast1", "asserted"),
    ("LOCATED_IN", "fareast1", "russia9", "asserted"),
    ("TRAVELS_TO", "he5", "komsomolsk1", "possible"),
    ("TRAVELS_TO", "he5", "plant2", "possible"),
    ("LOCATED_IN", "plant2", "komsomolsk1", "asserted"),  # F?: factory located by 'Komsomolsk-on-Amur, where he would tour an aircraft factory': the place of the factory is not what is planned (the tour is)
    ("TRAVELS_TO", "he5", "vlad1", "possible"),
    ("NATIONALITY", "fleet2", "russian7", "asserted"),
    ("TRAVELS_TO", "he5", "facilities1", "possible"),
    # s19
    ("LOCATED_IN", "summit6", "cosmodrome1", "asserted"),
    ("LOCATED_IN", "cosmodrome1", "fareast2", "asserted"),
    ("LOCATED_IN", "war2", "ukraine2", "asserted"),
    # s23
    ("LOCATED_IN", "plant3", "komsomolsk2", "asserted"),
    # s24
    ("SUPPLIES", "its2", "wtech3", "possible"),
    ("RECEIVES", "nk13", "wtech3", "possible"),
    ("SUPPLIES", "nk13", "ammo2", "possible"),
    ("RECEIVES", "its3", "ammo2", "possible"),
    # s25
    ("PART_OF", "airforce1", "its4", "asserted"),
    # s28
    ("LOCATED_IN", "war4", "ukraine4", "asserted"),
    # credits
    ("LOCATED_IN", "tallinn1", "estonia1", "asserted"),
    ("AFFILIATED_WITH", "hjkim1", "ap2", "asserted"),
    ("AFFILIATED_WITH", "yamaguchi1", "ap2", "asserted"),
    ("AFFILIATED_WITH", "heintz1", "ap2", "asserted"),
    ("LOCATED_IN", "seoul4", "sk3", "asserted"),
]

QUOTES = [
    # s1
    ("indirect", ["he expressed [[unconditional support for Moscow]]."], "he [[expressed]] unconditional", "he1", "speech"),
    # s2
    ("indirect", ["warned that [[Wednesday’s summit between Kim ... Moscow’s war in Ukraine]]. There"],
     "Washington has [[warned]] that", "washington1", "speech"),
    # s3
    ("indirect", ["in Seoul that [[North Korea would receive ... Kim’s military nuclear program]]."],
     "There is [[widespread concern]] in Seoul", "seoul2", "thought"),
    # s4
    ("direct", ["“[[We express our deep concern ... the international community,]]”"],
     "Lim Soo-suk [[said]].", "lim1", "speech"),
    # s5
    ("direct", ["“[[Any scientific and technological ... Security Council resolutions,]]”"],
     "” he [[said]] in a briefing", "he2", "speech"),
    # s6
    ("indirect", ["Lim also noted that [[Kim’s delegation to Russia ... policy is responsible]]."],
     "Lim also [[noted]] that", "lim2", "speech"),
    # s7
    ("mixed", ["Lim said [[Moscow must be aware ... its relations with Seoul]]."],
     "Lim [[said]] Moscow must", "lim3", "speech"),
    # s8
    ("indirect", ["warned that [[possible arms transfers ... deal with regional threats]] ."],
     "affairs, [[warned]] that", "kimyh1", "speech"),
    # s9
    ("indirect", ["said Wednesday that [[North Korea would face consequences if it supplies Russia with weapons]]."],
     "John Kirby [[said]] Wednesday", "kirby1", "speech"),
    # s10
    ("direct", ["“[[No nation on the planet, ... innocent Ukrainians,]]”"],
     "Kirby [[said]]. If", "kirby2", "speech"),
    # s11
    ("mixed", ["[[If the countries decide ... “handle it appropriately,”]] he said"],
     "appropriately,” he [[said]].", "he3", "speech"),
    # s12
    ("mixed", ["He said [[any deal that would ... of great importance to us.”]]"],
     "He [[said]] any deal", "he4", "speech"),
    # s16
    ("mixed", ["Thursday that [[Kim had invited Putin to visit North Korea at an “appropriate time”]] and"],
     "News Agency [[said]] on Thursday", "kcna1", "writing"),
    ("mixed", ["and that [[Putin accepted it with “pleasure” ... friendship between the nations]]."],
     "News Agency [[said]] on Thursday", "kcna1", "writing"),
    # s17
    ("indirect", ["confirmed that [[Putin had accepted the invitation]] and said"],
     "Peskov [[confirmed]] that", "peskov1", "speech"),
    ("indirect", ["invitation and said [[Russian Foreign Minister Sergei Lavrov was expected to visit North Korea in October]]."],
     "the invitation and [[said]] Russian", "peskov1", "speech"),
    # s18
    ("indirect", ["the summit that [[Kim would travel on his own ... a university and other facilities]]."],
     "Putin [[told]] Russian state television", "putin6", "speech"),
    # s19
    ("direct", ["vowed “[[full and unconditional support]]”"], "Kim Putin [[vowed]]", "kim9", "speech"),
    ("direct", ["as a “[[just struggle against hegemonic ... security and interests]]”"],
     "what he [[described]] as", "he6", "speech"),
    # s21
    ("indirect", ["previously said [[they are crucial to increasing the threat from his nuclear-capable missiles]]."],
     "He has previously [[said]]", "he7", "speech"),
    # s24
    ("indirect", ["wonder whether [[Russia, which has always ... across its small land link]]."],
     "Some analysts [[wonder]]", "analysts1", "thought"),
    # s25
    ("indirect", ["They say [[military cooperation between the countries ... used in in the 1980s]]."],
     "They [[say]] military", "they2", "speech"),
    # s26
    ("mixed", ["reporters that [[Russia and North Korea have “many interesting projects” ... transportation and agriculture]] and that"],
     "Putin [[told]] reporters", "putin8", "speech"),
    ("indirect", ["and that [[Moscow is providing humanitarian aid to its neighbor]]."],
     "Putin [[told]] reporters", "putin8", "speech"),
    # s27
    ("indirect", ["saying only that [[Russia was abiding by sanctions that ban the acquisition of weapons from North Korea]]."],
     "cooperation, [[saying]] only", "he8", "speech"),
]

ZONES = [
    ("dateline", "[[SEOUL, South Korea (AP) —]] North Korean"),
    ("body", "(AP) — [[North Korean leader Kim Jong Un ... unconditional support for Moscow.]]"),
    ("body", "[[Washington has warned that ... Kim’s military nuclear program.]]"),
    ("body", "[[“We express our deep concern ... Lim Soo-suk said.]]"),
    ("body", "[[“Any scientific and technological ... said in a briefing.]]"),
    ("body", "[[Lim also noted that ... negative impact” on its relations with Seoul.]]"),
    ("body", "[[South Korean Unification Minister ... regional threats .]]"),
    ("body", "[[White House National Security Council ... supplies Russia with weapons.]]"),
    ("body", "[[“No nation on the planet ... “handle it appropriately,” he said.]]"),
    ("body", "[[He said any deal ... great importance to us.”]]"),
    ("body", "[[The world relies largely ... tensions with the West.]]"),
    ("body", "[[A day after intensive coverage ... support the government’s propaganda needs.]]"),
    ("body", "[[North Korea’s official Korean Central News Agency ... friendship between the nations.]]"),
    ("body", "[[Kremlin spokesman Dmitry Peskov ... North Korea in October.]]"),
    ("body", "[[Putin told Russian state television ... a university and other facilities.]]"),
    ("body", "[[At their meeting on Wednesday ... reference to war in Ukraine.]]"),
    ("body", "[[The decision to meet at the Vostochny ... spy satellites into orbit.]]"),
    ("body", "[[The Komsomolsk-on-Amur aircraft plant would ... Putin’s war against Ukraine.]]"),
    ("body", "[[Some analysts wonder ... its small land link.]]"),
    ("body", "[[They say military cooperation ... in the 1980s.]]"),
    ("body", "[[Putin told reporters that Russia ... abiding by sanctions that ban the acquisition of weapons from North Korea.]]"),
    ("body", "[[Wednesday’s meeting came hours ... speed up his weapons development.]]"),
    ("boilerplate", "development.\n[[___]]\n"),
    ("byline", "[[Litvinova reported from Tallinn ... contributed to this report.]]"),
]
