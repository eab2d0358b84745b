# Annotation spec: ap-kim-whereabouts-after-summit (pass: gold)
#
# DECISIONS:
# D1  Dateline and byline entities are annotated like body text: "[SEOUL], [South Korea] ([AP])",
#     "[Litvinova] reported from [Tallinn], [Estonia]", "[Associated Press] journalists
#     [Hyung-jin Kim] in [Seoul]" (AFFILIATED_WITH from each journalist to Associated Press; the title
#     "journalists" is not a separate mention).
# D2  Adjectival nationality before an organisation name is a nested NORP, not part of the name:
#     "[South Korean] [Foreign Ministry]", "the [Russian] [Pacific Fleet]" (NATIONALITY org -> NORP).
# D3  "Jo Chun Yong, a ruling party official" is the registry's Jo Chun Ryong (misspelt in the text):
#     kb jo-chun-ryong. "ruling party" inside the apposition is a nested ORG nominal (kb null) and the
#     tail of OFFICIAL_OF from "a ruling party official".
# D4  A group of countries referred to together is one GPE set entity (kb null), like the PER set
#     "Kim and Putin": "during [their] summit", "[the countries]", "[the nuclear-armed countries]",
#     "[the nations]" = North Korea and Russia; "[their] trilateral security cooperation" = South
#     Korea, the United States and Japan; "[two other cities] in Russia's Far East" = Komsomolsk-on-Amur
#     and Vladivostok.
# D5  "We"/"our" in the Foreign Ministry spokesman's quote join the South Korean Foreign Ministry;
#     "us" in Kirby's quote joins the United States.
# D6  Media: "[North Korean] state media" and "[Russian] state television" name specific sets of state
#     outlets -> ORG nominals (kb null). Bare "media" of a nation ("the Russian media", "Russian and
#     North Korean media") is generic: only the NORP adjectives are annotated.
# D7  "the West" (a political bloc acting in the text) is a GPE name, kb "west".
# D8  A temporal possessive is part of the nominal: "[Wednesday's summit]", "[Wednesday's meeting]".
#     "war in Ukraine" / "Moscow's war in Ukraine" / "Putin's war against Ukraine": the EVENT nominal
#     ends at "war" (postmodifier excluded); LOCATED_IN(war, Ukraine) only for "in Ukraine".
# D9  Weapon classes: "missiles" (Lim's quote) and "his nuclear-capable missiles" = one class
#     "missiles"; "two ballistic missiles" = ballistic-missiles; "weapons" (general class, twice) kb
#     "weapons"; both "fighter jets" mentions = fighter-jets; "advanced weapons technologies from
#     Russia", "its sensitive weapons technologies" and "them" = one entity (Russia's weapons
#     technologies, kb null). "Kim's military nuclear program", "satellite development", "the ammunition
#     policy", "weapons development" are not WEA (programmes/activities or modifiers).
# D10 "There is widespread concern in Seoul that ..." is not a quote (an attitude located in a place,
#     no speaker, no speech); "Seoul" there is the city (a place), not metonymy. "Some analysts wonder
#     whether ..." is an indirect quote (hedged report, hard case 8); content without "whether".
# D11 "Kim Putin vowed “...” for what he described as a “...”" is one mixed quote (cue "vowed",
#     speaker "Kim Putin" per hard case 1) whose content runs from the first quote mark to the last;
#     "his sovereign rights" inside it joins Putin (the struggle is Putin's/Russia's).
# D12 Mixed quote content ending in a quoted fragment keeps the closing quote mark and the
#     punctuation inside it: "... “would certainly be of great importance to us.”".
# D13 Relations use the mention of each entity closest to the other argument in the sentence
#     (guideline rule), also when that mention is a pronoun ("where [he] would tour [an aircraft
#     factory]"). Invitations and expected visits are TRAVELS_TO ("invited Putin to visit North Korea",
#     "Lavrov was expected to visit North Korea"); "Kim's delegation to Russia" is TRAVELS_TO.
# D14 "the international community", "No nation ... no one", "The world", "another site" (predicate),
#     "other facilities", "hegemonic forces", "a briefing", "a highly provocative series of tests" are
#     not annotated (non-referential, generic or not entities); "a university" he would visit is a FAC
#     nominal. The demonstrative "those related to military spy satellites" is not a listed pronoun:
#     not annotated.
# D15 Pronoun resolution in Lim's and the analysts' reports: "if [it] continues military cooperation"
#     = Russia, but "it will have a very negative impact" = the cooperation (not annotated); "across
#     [its] small land link" = Russia (the sentence subject), so RECEIVES(its, ammunition) there.
# D16 "the [Komsomolsk-on-Amur] aircraft plant" is a nominal (descriptive, not a proper name) of the
#     plant with the city nested; LOCATED_IN(plant, city).

ENTITIES = {
    # persons
    "kim": ("PER", "Kim Jong Un", "kim-jong-un"),
    "putin": ("PER", "Vladimir Putin", "vladimir-putin"),
    "lim": ("PER", "Lim Soo-suk", "lim-soo-suk"),
    "delegation": ("PER", "Kim's delegation to Russia", None),
    "sanctioned": ("PER", "several people sanctioned by the Security Council", None),
    "ri": ("PER", "Ri Pyong Chol", "ri-pyong-chol"),
    "jo": ("PER", "Jo Chun Ryong", "jo-chun-ryong"),
    "kimyh": ("PER", "Kim Yung-ho", "kim-yung-ho"),
    "kirby": ("PER", "John Kirby", "john-kirby"),
    "peskov": ("PER", "Dmitry Peskov", "dmitry-peskov"),
    "lavrov": ("PER", "Sergei Lavrov", "sergei-lavrov"),
    "kimputin": ("PER", "Kim and Putin", None),
    "analysts": ("PER", "some analysts", None),
    "reporters": ("PER", "reporters", None),
    "litvinova": ("PER", "Dasha Litvinova", "dasha-litvinova"),
    "hjkim": ("PER", "Hyung-jin Kim", "hyung-jin-kim"),
    "yamaguchi": ("PER", "Mari Yamaguchi", "mari-yamaguchi"),
    "heintz": ("PER", "Jim Heintz", "jim-heintz"),
    # organisations
    "ap": ("ORG", "Associated Press", "associated-press"),
    "fleet": ("ORG", "Russian Pacific Fleet", "russian-pacific-fleet"),
    "skfm": ("ORG", "South Korean Foreign Ministry", "south-korean-ministry-of-foreign-affairs"),
    "unsc": ("ORG", "UN Security Council", "un-security-council"),
    "kpa": ("ORG", "Korean People's Army", "korean-peoples-army"),
    "party": ("ORG", "ruling party (North Korea)", None),
    "whitehouse": ("ORG", "White House", "white-house"),
    "nsc": ("ORG", "National Security Council", "national-security-council"),
    "nkmedia": ("ORG", "North Korean state media", None),
    "kcna": ("ORG", "Korean Central News Agency", "korean-central-news-agency"),
    "kremlin": ("ORG", "Kremlin", "kremlin"),
    "rutv": ("ORG", "Russian state television", None),
    "airforce": ("ORG", "North Korea's air force", None),
    # geo-political entities
    "nk": ("GPE", "North Korea", "north-korea"),
    "russia": ("GPE", "Russia", "russia"),
    "sk": ("GPE", "South Korea", "south-korea"),
    "us": ("GPE", "United States", "united-states"),
    "japan": ("GPE", "Japan", "japan"),
    "ukraine": ("GPE", "Ukraine", "ukraine"),
    "seoul": ("GPE", "Seoul", "seoul"),
    "tokyo": ("GPE", "Tokyo", "tokyo"),
    "tallinn": ("GPE", "Tallinn", "tallinn"),
    "estonia": ("GPE", "Estonia", "estonia"),
    "komsomolsk": ("GPE", "Komsomolsk-on-Amur", "komsomolsk-on-amur"),
    "vladivostok": ("GPE", "Vladivostok", "vladivostok"),
    "soviet": ("GPE", "Soviet Union", "soviet-union"),
    "west": ("GPE", "the West", "west"),
    "nkru": ("GPE", "North Korea and Russia", None),
    "skusjp": ("GPE", "South Korea, the United States and Japan", None),
    "twocities": ("GPE", "two other cities in Russia's Far East", None),
    # locations
    "fareast": ("LOC", "Russian Far East", "russian-far-east"),
    "landlink": ("LOC", "the small land link (Russia-North Korea border)", None),
    # facilities
    "plant": ("FAC", "Komsomolsk-on-Amur aircraft plant", "komsomolsk-on-amur-aircraft-plant"),
    "cosmodrome": ("FAC", "Vostochny Cosmodrome", "vostochny-cosmodrome"),
    "university": ("FAC", "a university in Vladivostok", None),
    # nationalities
    "nkn": ("NORP", "North Koreans", "north-koreans"),
    "rus": ("NORP", "Russians", "russians"),
    "skn": ("NORP", "South Koreans", "south-koreans"),
    "ukrainians": ("NORP", "Ukrainians", "ukrainians"),
    # events
    "summit": ("EVENT", "Kim–Putin summit, Vostochny Cosmodrome, 13 September 2023", "kim-putin-summit-2023"),
    "war": ("EVENT", "Russian invasion of Ukraine (war in Ukraine)", "russian-invasion-of-ukraine"),
    # weapons
    "jets": ("WEA", "fighter jets", "fighter-jets"),
    "ammo": ("WEA", "ammunition", "ammunition"),
    "rutech": ("WEA", "Russia's (advanced, sensitive) weapons technologies", None),
    "spysat": ("WEA", "spy (reconnaissance) satellites", "spy-satellites"),
    "nukes": ("WEA", "nuclear weapons", "nuclear-weapons"),
    "missiles": ("WEA", "missiles", "missiles"),
    "satsys": ("WEA", "satellite systems", None),
    "bmtech": ("WEA", "ballistic missile technologies", None),
    "weapons": ("WEA", "weapons", "weapons"),
    "bm": ("WEA", "ballistic missiles", "ballistic-missiles"),
}

REGISTRY = {
    "lim-soo-suk": ("PER", "Lim Soo-suk"),
    "kim-yung-ho": ("PER", "Kim Yung-ho"),
    "john-kirby": ("PER", "John Kirby"),
    "dasha-litvinova": ("PER", "Dasha Litvinova"),
    "hyung-jin-kim": ("PER", "Hyung-jin Kim"),
    "mari-yamaguchi": ("PER", "Mari Yamaguchi"),
    "jim-heintz": ("PER", "Jim Heintz"),
    "south-korean-ministry-of-foreign-affairs": ("ORG", "South Korean Foreign Ministry"),
    "national-security-council": ("ORG", "National Security Council"),
    "tallinn": ("GPE", "Tallinn"),
    "estonia": ("GPE", "Estonia"),
    "soviet-union": ("GPE", "Soviet Union"),
    "west": ("GPE", "the West"),
    "ukrainians": ("NORP", "Ukrainians"),
    "missiles": ("WEA", "missiles"),
    "weapons": ("WEA", "weapons"),
}

MENTIONS = [
    # --- dateline
    ("seoul_dl", "[[SEOUL]], South Korea (AP)", "seoul", "name"),
    ("sk_dl", "SEOUL, [[South Korea]] (AP)", "sk", "name"),
    ("ap_dl", "South Korea ([[AP]]) —", "ap", "name"),
    # --- s0
    ("nkn1", "— [[North Korean]] leader", "nkn", "name"),
    ("kim1", "leader [[Kim Jong Un]] was scheduled", "kim", "name"),
    ("plant1", "to tour [[a Russian factory]] making", "plant", "nominal"),
    ("rus1", "to tour a [[Russian]] factory making", "rus", "name"),
    ("jets1", "factory making [[fighter jets]] and visit", "jets", "nominal"),
    ("russia_country1", "and visit [[the country]]’s Pacific Fleet", "russia", "nominal"),
    ("fleet1", "the country’s [[Pacific Fleet]].", "fleet", "name"),
    # --- s1
    ("kim2", "However, [[his]] exact whereabouts", "kim", "pronoun"),
    ("summit1", "following [[a summit]] at which", "summit", "nominal"),
    ("kim3", "at which [[he]] expressed", "kim", "pronoun"),
    ("moscow1", "unconditional support for [[Moscow]].", "russia", "name", "metonymy"),
    # --- s2
    ("washington1", "[[Washington]] has warned", "us", "name", "metonymy"),
    ("summit2", "has warned that [[Wednesday’s summit]] between", "summit", "nominal"),
    ("kim4", "summit between [[Kim]] and Russian", "kim", "name"),
    ("rus2", "between Kim and [[Russian]] President", "rus", "name"),
    ("putin1", "Russian President [[Vladimir Putin]] could", "putin", "name"),
    ("nk1", "an agreement with [[North Korea]] to supply", "nk", "name"),
    ("ammo1", "to supply [[ammunition]] for Moscow", "ammo", "nominal"),
    ("moscow2", "ammunition for [[Moscow]]’s war", "russia", "name", "metonymy"),
    ("war1", "ammunition for [[Moscow’s war]] in Ukraine", "war", "nominal"),
    ("ukraine1", "Moscow’s war in [[Ukraine]]. There", "ukraine", "name"),
    # --- s3
    ("seoul1", "widespread concern in [[Seoul]] that", "seoul", "name"),
    ("nk2", "in Seoul that [[North Korea]] would receive", "nk", "name"),
    ("rutech1", "would receive [[advanced weapons technologies]] from", "rutech", "nominal"),
    ("russia1", "technologies from [[Russia]] in return, including", "russia", "name"),
    ("spysat1", "related to [[military spy satellites]],", "spysat", "nominal"),
    ("kim5", "the threat of [[Kim]]’s military nuclear", "kim", "name"),
    # --- s4 (quote 1)
    ("skfm_we", "“[[We]] express our deep", "skfm", "pronoun"),
    ("skfm_our", "We express [[our]] deep concern", "skfm", "pronoun"),
    ("nk3", "regret that [[North Korea]] and Russia discussed", "nk", "name"),
    ("russia2", "that North Korea and [[Russia]] discussed", "russia", "name"),
    ("nkru_their1", "during [[their]] summit, despite", "nkru", "pronoun"),
    ("summit3", "during [[their summit]], despite", "summit", "nominal"),
    ("skn1", "” [[South Korean]] Foreign Ministry", "skn", "name"),
    ("skfm1", "South Korean [[Foreign Ministry]] spokesman", "skfm", "name"),
    ("lim1", "spokesman [[Lim Soo-suk]] said", "lim", "name"),
    # --- s5 (quote 2)
    ("nukes1", "development of [[nuclear weapons]] and missiles", "nukes", "nominal"),
    ("missiles1", "nuclear weapons and [[missiles]], including", "missiles", "nominal"),
    ("satsys1", "including [[satellite systems]] incorporating", "satsys", "nominal"),
    ("bmtech1", "incorporating [[ballistic missile technologies]],", "bmtech", "nominal"),
    ("unsc1", "violates [[UN Security Council]] resolutions", "unsc", "name"),
    ("lim2", "” [[he]] said in a briefing", "lim", "pronoun"),
    # --- s6
    ("lim3", "[[Lim]] also noted", "lim", "name"),
    ("kim6", "noted that [[Kim]]’s delegation", "kim", "name"),
    ("delegation1", "noted that [[Kim’s delegation]] to Russia", "delegation", "nominal"),
    ("russia3", "delegation to [[Russia]] includes", "russia", "name"),
    ("sanctioned1", "includes [[several people]] sanctioned", "sanctioned", "nominal"),
    ("unsc2", "sanctioned by the [[Security Council]] for", "unsc", "name"),
    ("nkn2", "in illegal [[North Korean]] weapons development", "nkn", "name"),
    ("kpa1", "including [[Korean People’s Army]] Marshal", "kpa", "name"),
    ("ri1", "Marshal [[Ri Pyong Chol]] and", "ri", "name"),
    ("jo1", "and [[Jo Chun Yong]], a ruling", "jo", "name"),
    ("jo2", "Jo Chun Yong, [[a ruling party official]] working", "jo", "nominal"),
    ("party1", "Jo Chun Yong, a [[ruling party]] official", "party", "nominal"),
    # --- s7
    ("lim4", "[[Lim]] said Moscow must", "lim", "name"),
    ("moscow3", "Lim said [[Moscow]] must be aware", "russia", "name", "metonymy"),
    ("russia_it1", "aware that if [[it]] continues military", "russia", "pronoun"),
    ("nk4", "cooperation with [[North Korea]], it will have", "nk", "name"),
    ("russia_its1", "” on [[its]] relations with Seoul", "russia", "pronoun"),
    ("seoul_m1", "its relations with [[Seoul]].", "sk", "name", "metonymy"),
    # --- s8
    ("skn2", "[[South Korean]] Unification Minister", "skn", "name"),
    ("kimyh1", "Unification Minister [[Kim Yung-ho]], who", "kimyh", "name"),
    ("nk5", "in charge of [[North Korea]] affairs", "nk", "name"),
    ("nk6", "transfers between [[the North]] and Russia", "nk", "name"),
    ("russia4", "between the North and [[Russia]] would lead", "russia", "name"),
    ("sk1", "responses from [[South Korea]], the United States", "sk", "name"),
    ("us1", "South Korea, the [[United States]] and Japan", "us", "name"),
    ("japan1", "the United States and [[Japan]], which", "japan", "name"),
    ("skusjp_their", "stepped up [[their]] trilateral", "skusjp", "pronoun"),
    # --- s9
    ("whitehouse1", "[[White House]] National Security Council", "whitehouse", "name"),
    ("nsc1", "White House [[National Security Council]] spokesman", "nsc", "name"),
    ("kirby1", "spokesman [[John Kirby]] said", "kirby", "name"),
    ("nk7", "said Wednesday that [[North Korea]] would face", "nk", "name"),
    ("nk_it1", "consequences if [[it]] supplies Russia", "nk", "pronoun"),
    ("russia5", "if it supplies [[Russia]] with weapons", "russia", "name"),
    ("weapons1", "supplies Russia with [[weapons]].", "weapons", "nominal"),
    # --- s10
    ("putin2", "help Mr. [[Putin]] kill", "putin", "name"),
    ("ukrainians1", "kill innocent [[Ukrainians]],", "ukrainians", "name"),
    ("kirby2", "” [[Kirby]] said. If", "kirby", "name"),
    # --- s11
    ("nkru_countries1", "If [[the countries]] decide", "nkru", "nominal"),
    ("us2", "arms deal, the [[U.S.]] would review", "us", "name"),
    ("kirby3", "appropriately,” [[he]] said.", "kirby", "pronoun"),
    # --- s12
    ("kirby4", "[[He]] said any deal", "kirby", "pronoun"),
    ("nk8", "would improve [[North Korea]]’s military capabilities", "nk", "name"),
    ("us_us", "great importance to [[us]].", "us", "pronoun"),
    # --- s13
    ("rus3", "largely on [[Russian]] and North Korean media", "rus", "name"),
    ("nkn3", "on Russian and [[North Korean]] media for", "nkn", "name"),
    ("kim7", "information about [[Kim]]’s diplomacy", "kim", "name"),
    ("russia6", "diplomacy in [[Russia]], underscoring", "russia", "name"),
    ("nkru_countries2", "interest among [[the nuclear-armed countries]] that", "nkru", "nominal"),
    ("west1", "tensions with the [[West]].", "west", "name"),
    # --- s14
    ("summit4", "intensive coverage of [[the summit]], the Russian media", "summit", "nominal"),
    ("rus4", "the summit, the [[Russian]] media remained", "rus", "name"),
    ("kim8", "remained silent about [[Kim]] as of", "kim", "name"),
    # --- s15
    ("nkmedia1", "[[North Korean state media]] was a day late", "nkmedia", "nominal"),
    ("nkn4", "[[North Korean]] state media was a day late", "nkn", "name"),
    ("kim9", "reporting on [[his]] activities in Russia", "kim", "pronoun"),
    ("russia7", "his activities in [[Russia]], framing", "russia", "name"),
    ("nkmedia_their", "framing [[their]] reports", "nkmedia", "pronoun"),
    ("nk_gov1", "to support [[the government]]’s propaganda", "nk", "nominal"),
    # --- s16
    ("nk9", "[[North Korea]]’s official Korean Central", "nk", "name"),
    ("kcna1", "official [[Korean Central News Agency]] said", "kcna", "name"),
    ("kim10", "on Thursday that [[Kim]] had invited", "kim", "name"),
    ("putin3", "had invited [[Putin]] to visit", "putin", "name"),
    ("nk10", "to visit [[North Korea]] at an", "nk", "name"),
    ("putin4", "and that [[Putin]] accepted it", "putin", "name"),
    ("putin5", "reiterated [[his]] will to always", "putin", "pronoun"),
    ("nkru_nations", "friendship between [[the nations]].", "nkru", "nominal"),
    # --- s17
    ("kremlin1", "[[Kremlin]] spokesman Dmitry Peskov", "kremlin", "name"),
    ("peskov1", "Kremlin spokesman [[Dmitry Peskov]] confirmed", "peskov", "name"),
    ("putin6", "confirmed that [[Putin]] had accepted", "putin", "name"),
    ("rus5", "and said [[Russian]] Foreign Minister", "rus", "name"),
    ("lavrov1", "Foreign Minister [[Sergei Lavrov]] was", "lavrov", "name"),
    ("nk11", "expected to visit [[North Korea]] in October", "nk", "name"),
    # --- s18
    ("putin7", "[[Putin]] told Russian state television", "putin", "name"),
    ("rutv1", "Putin told [[Russian state television]] after", "rutv", "nominal"),
    ("rus6", "Putin told [[Russian]] state television", "rus", "name"),
    ("summit5", "television after [[the summit]] that Kim", "summit", "nominal"),
    ("kim11", "the summit that [[Kim]] would travel", "kim", "name"),
    ("kim12", "travel on [[his]] own to two", "kim", "pronoun"),
    ("twocities1", "own to [[two other cities]] in Russia", "twocities", "nominal"),
    ("russia8", "two other cities in [[Russia]]’s Far East", "russia", "name"),
    ("fareast1", "cities in Russia’s [[Far East]], fly to", "fareast", "name"),
    ("komsomolsk1", "fly to [[Komsomolsk-on-Amur]], where", "komsomolsk", "name"),
    ("kim13", "Komsomolsk-on-Amur, where [[he]] would tour", "kim", "pronoun"),
    ("plant2", "would tour [[an aircraft factory]], and then", "plant", "nominal"),
    ("vladivostok1", "head to [[Vladivostok]] to join", "vladivostok", "name"),
    ("rus7", "to join the [[Russian]] Pacific Fleet", "rus", "name"),
    ("fleet2", "to join the Russian [[Pacific Fleet]] to visit", "fleet", "name"),
    ("university1", "to visit, [[a university]] and other", "university", "nominal"),
    # --- s19
    ("kimputin_their", "At [[their]] meeting on Wednesday", "kimputin", "pronoun"),
    ("summit6", "At [[their meeting]] on Wednesday", "summit", "nominal"),
    ("cosmodrome1", "on Wednesday at [[the Russian cosmodrome]] in", "cosmodrome", "nominal"),
    ("rus8", "at the [[Russian]] cosmodrome in", "rus", "name"),
    ("fareast2", "cosmodrome in [[the Far East]], Kim", "fareast", "name"),
    ("kim14", "the Far East, [[Kim Putin]] vowed", "kim", "name"),
    ("kim15", "for what [[he]] described as", "kim", "pronoun"),
    ("putin8", "in defense of [[his]] sovereign rights", "putin", "pronoun"),
    ("war2", "apparent reference to [[war]] in Ukraine", "war", "nominal"),
    ("ukraine2", "reference to war in [[Ukraine]].", "ukraine", "name"),
    # --- s20
    ("cosmodrome2", "meet at the [[Vostochny Cosmodrome]] suggested", "cosmodrome", "name"),
    ("kim16", "suggested that [[Kim]] was seeking", "kim", "name"),
    ("rus9", "was seeking [[Russian]] help", "rus", "name"),
    ("spysat2", "in developing [[military reconnaissance satellites]].", "spysat", "nominal"),
    # --- s21
    ("kim17", "[[He]] has previously said", "kim", "pronoun"),
    ("spysat3", "previously said [[they]] are crucial", "spysat", "pronoun"),
    ("kim18", "the threat from [[his]] nuclear-capable", "kim", "pronoun"),
    ("missiles2", "the threat from [[his nuclear-capable missiles]].", "missiles", "nominal"),
    # --- s22
    ("nk12", "[[North Korea]] has repeatedly failed", "nk", "name"),
    ("spysat4", "failed to put [[spy satellites]] into orbit", "spysat", "nominal"),
    # --- s23
    ("plant3", "[[The Komsomolsk-on-Amur aircraft plant]] would be", "plant", "nominal"),
    ("komsomolsk2", "The [[Komsomolsk-on-Amur]] aircraft plant would be", "komsomolsk", "name"),
    ("kim19", "hint at what [[Kim]] hopes", "kim", "name"),
    ("russia9", "to gain from [[Russia]] in return for supporting", "russia", "name"),
    ("putin9", "for supporting [[Putin]]’s war", "putin", "name"),
    ("war3", "for supporting [[Putin’s war]] against", "war", "nominal"),
    ("ukraine3", "war against [[Ukraine]].", "ukraine", "name"),
    # --- s24
    ("analysts1", "[[Some analysts]] wonder", "analysts", "nominal"),
    ("russia10", "wonder whether [[Russia]], which", "russia", "name"),
    ("russia_its2", "closely guarded [[its]] sensitive", "russia", "pronoun"),
    ("rutech2", "closely guarded [[its sensitive weapons technologies]],", "rutech", "nominal"),
    ("rutech3", "willing to share [[them]] with", "rutech", "pronoun"),
    ("nk13", "share them with [[North Korea]] in return", "nk", "name"),
    ("ammo2", "limited supplies of [[ammunition]] being", "ammo", "nominal"),
    ("russia_its3", "transported across [[its]] small land link", "russia", "pronoun"),
    ("landlink1", "transported across [[its small land link]].", "landlink", "nominal"),
    # --- s25
    ("analysts2", "[[They]] say military cooperation", "analysts", "pronoun"),
    ("nkru_countries3", "cooperation between [[the countries]] could", "nkru", "nominal"),
    ("russia11", "such as [[Russia]] potentially helping", "russia", "name"),
    ("nk14", "potentially helping [[North Korea]] improve", "nk", "name"),
    ("nk_its1", "North Korea improve [[its]] aging air force", "nk", "pronoun"),
    ("airforce1", "North Korea improve [[its aging air force]],", "airforce", "nominal"),
    ("jets2", "still relies on [[fighter jets]] that", "jets", "nominal"),
    ("soviet1", "that the [[Soviet Union]] used", "soviet", "name"),
    # --- s26
    ("putin10", "[[Putin]] told reporters", "putin", "name"),
    ("reporters1", "Putin told [[reporters]] that", "reporters", "nominal"),
    ("russia12", "told reporters that [[Russia]] and North Korea have", "russia", "name"),
    ("nk15", "that Russia and [[North Korea]] have “many", "nk", "name"),
    ("moscow4", "and that [[Moscow]] is providing", "russia", "name", "metonymy"),
    ("russia_its4", "humanitarian aid to [[its]] neighbor", "russia", "pronoun"),
    ("nk_neighbor", "humanitarian aid to [[its neighbor]].", "nk", "nominal"),
    # --- s27
    ("putin11", "However, [[he]] avoided talking", "putin", "pronoun"),
    ("russia13", "saying only that [[Russia]] was abiding", "russia", "name"),
    ("weapons2", "the acquisition of [[weapons]] from North Korea", "weapons", "nominal"),
    ("nk16", "acquisition of weapons from [[North Korea]].", "nk", "name"),
    # --- s28
    ("summit7", "[[Wednesday’s meeting]] came hours", "summit", "nominal"),
    ("nk17", "hours after [[North Korea]] fired", "nk", "name"),
    ("bm1", "fired [[two ballistic missiles]] toward", "bm", "nominal"),
    ("kim20", "since 2022 as [[Kim]] used", "kim", "name"),
    ("war4", "caused by [[the war]] in Ukraine to speed", "war", "nominal"),
    ("ukraine4", "the war in [[Ukraine]] to speed up", "ukraine", "name"),
    ("kim21", "speed up [[his]] weapons development", "kim", "pronoun"),
    # --- byline
    ("litvinova1", "[[Litvinova]] reported from", "litvinova", "name"),
    ("tallinn1", "reported from [[Tallinn]], Estonia", "tallinn", "name"),
    ("estonia1", "from Tallinn, [[Estonia]].", "estonia", "name"),
    ("ap1", "[[Associated Press]] journalists", "ap", "name"),
    ("hjkim1", "journalists [[Hyung-jin Kim]] in Seoul", "hjkim", "name"),
    ("seoul2", "Hyung-jin Kim in [[Seoul]], South Korea;", "seoul", "name"),
    ("sk2", "Hyung-jin Kim in Seoul, [[South Korea]];", "sk", "name"),
    ("yamaguchi1", "[[Mari Yamaguchi]] in Tokyo", "yamaguchi", "name"),
    ("tokyo1", "Mari Yamaguchi in [[Tokyo]];", "tokyo", "name"),
    ("heintz1", "and [[Jim Heintz]] in Tallinn", "heintz", "name"),
    ("tallinn2", "Jim Heintz in [[Tallinn]] contributed", "tallinn", "name"),
]

RELATIONS = [
    # dateline / s0
    ("LOCATED_IN", "seoul_dl", "sk_dl", "asserted"),
    ("LEADER_OF", "kim1", "nkn1", "asserted"),
    ("TRAVELS_TO", "kim1", "plant1", "possible"),
    ("PART_OF", "fleet1", "russia_country1", "asserted"),
    # s2
    ("MEETS", "kim4", "putin1", "asserted"),  # F?: MEETS carried by the definite description "Wednesday's summit between Kim and ... Putin" inside Washington's warning: the writer's own naming of a past event, not the warned content
    ("LEADER_OF", "putin1", "rus2", "asserted"),
    ("SUPPLIES", "nk1", "ammo1", "possible"),
    ("RECEIVES", "moscow2", "ammo1", "possible"),
    ("LOCATED_IN", "war1", "ukraine1", "asserted"),
    # s3
    ("RECEIVES", "nk2", "rutech1", "possible"),
    ("SUPPLIES", "russia1", "rutech1", "possible"),
    # s4
    ("MEETS", "nk3", "russia2", "reported"),
    ("NATIONALITY", "skfm1", "skn1", "asserted"),
    ("SPOKESPERSON_OF", "lim1", "skfm1", "asserted"),
    # s6
    ("TRAVELS_TO", "delegation1", "russia3", "asserted"),  # F?: "Kim's delegation to Russia" inside Lim's noted content: the writer's description of the group (presupposed), not Lim's claim (that it includes sanctioned people)
    ("OFFICIAL_OF", "ri1", "kpa1", "asserted"),
    ("OFFICIAL_OF", "jo2", "party1", "asserted"),
    # s8
    ("OFFICIAL_OF", "kimyh1", "skn2", "asserted"),
    # s9
    ("PART_OF", "nsc1", "whitehouse1", "asserted"),
    ("SPOKESPERSON_OF", "kirby1", "nsc1", "asserted"),
    ("SUPPLIES", "nk_it1", "weapons1", "possible"),
    ("RECEIVES", "russia5", "weapons1", "possible"),
    # s15
    ("NATIONALITY", "nkmedia1", "nkn4", "asserted"),
    # s16
    ("PART_OF", "kcna1", "nk9", "asserted"),
    ("TRAVELS_TO", "putin3", "nk10", "possible"),
    # s17
    ("SPOKESPERSON_OF", "peskov1", "kremlin1", "asserted"),
    ("OFFICIAL_OF", "lavrov1", "rus5", "asserted"),
    ("TRAVELS_TO", "lavrov1", "nk11", "possible"),
    # s18
    ("NATIONALITY", "rutv1", "rus6", "asserted"),
    ("TRAVELS_TO", "kim12", "twocities1", "possible"),
    ("LOCATED_IN", "twocities1", "fareast1", "asserted"),
    ("LOCATED_IN", "fareast1", "russia8", "asserted"),
    ("TRAVELS_TO", "kim13", "komsomolsk1", "possible"),
    ("TRAVELS_TO", "kim13", "plant2", "possible"),
    ("LOCATED_IN", "plant2", "komsomolsk1", "asserted"),  # F?: the factory's place is given by "Komsomolsk-on-Amur, where he would tour an aircraft factory" in Putin's reported plan: read as a place description (like a place modifier), not as the planned tour
    ("TRAVELS_TO", "kim13", "vladivostok1", "possible"),
    ("NATIONALITY", "fleet2", "rus7", "asserted"),
    ("TRAVELS_TO", "kim13", "university1", "possible"),
    # s19
    ("LOCATED_IN", "summit6", "cosmodrome1", "asserted"),
    ("LOCATED_IN", "cosmodrome1", "fareast2", "asserted"),
    ("LOCATED_IN", "war2", "ukraine2", "asserted"),
    # s23
    ("LOCATED_IN", "plant3", "komsomolsk2", "asserted"),
    # s24
    ("SUPPLIES", "russia_its2", "rutech3", "possible"),
    ("RECEIVES", "nk13", "rutech3", "possible"),
    ("SUPPLIES", "nk13", "ammo2", "possible"),
    ("RECEIVES", "russia_its3", "ammo2", "possible"),
    # s25
    ("PART_OF", "airforce1", "nk_its1", "asserted"),
    # s28
    ("LOCATED_IN", "war4", "ukraine4", "asserted"),
    # byline
    ("LOCATED_IN", "tallinn1", "estonia1", "asserted"),
    ("AFFILIATED_WITH", "hjkim1", "ap1", "asserted"),
    ("LOCATED_IN", "seoul2", "sk2", "asserted"),
    ("AFFILIATED_WITH", "yamaguchi1", "ap1", "asserted"),
    ("AFFILIATED_WITH", "heintz1", "ap1", "asserted"),
]

QUOTES = [
    ("indirect", ["warned that [[Wednesday’s summit between ... war in Ukraine]]. There"],
     "Washington has [[warned]] that", "washington1", "speech"),
    ("direct", ["“[[We express ... international community,]]”"], "Lim Soo-suk [[said]].", "lim1", "speech"),
    ("direct", ["“[[Any scientific ... Security Council resolutions,]]”"], "” he [[said]] in a briefing", "lim2", "speech"),
    ("indirect", ["noted that [[Kim’s delegation to Russia ... policy is responsible]]."],
     "Lim also [[noted]] that", "lim3", "speech"),
    ("mixed", ["Lim said [[Moscow must be aware ... its relations with Seoul]]."], "Lim [[said]] Moscow", "lim4", "speech"),
    ("indirect", ["warned that [[possible arms transfers ... with regional threats]] ."],
     "Kim Yung-ho, who is in charge of North Korea affairs, [[warned]]", "kimyh1", "speech"),
    ("indirect", ["said Wednesday that [[North Korea would face ... Russia with weapons]]."],
     "John Kirby [[said]] Wednesday", "kirby1", "speech"),
    ("direct", ["“[[No nation on the planet ... innocent Ukrainians,]]”"], "” Kirby [[said]]. If", "kirby2", "speech"),
    ("mixed", ["[[If the countries decide ... “handle it appropriately,”]] he said"],
     "appropriately,” he [[said]].", "kirby3", "speech"),
    ("mixed", ["He said [[any deal that would improve ... importance to us.”]]"], "[[said]] any deal", "kirby4", "speech"),
    ("mixed", ["on Thursday that [[Kim had invited Putin ... between the nations]]."],
     "Korean Central News Agency [[said]] on Thursday", "kcna1", "writing"),
    ("indirect", ["confirmed that [[Putin had accepted the invitation]] and said"],
     "Dmitry Peskov [[confirmed]] that", "peskov1", "speech"),
    ("indirect", ["and said [[Russian Foreign Minister Sergei Lavrov ... North Korea in October]]."],
     "invitation and [[said]] Russian", "peskov1", "speech"),
    ("indirect", ["the summit that [[Kim would travel on his own ... and other facilities]]."],
     "Putin [[told]] Russian state television", "putin7", "speech"),
    ("mixed", ["Kim Putin vowed [[“full and unconditional support” ... sovereign rights, security and interests”]]"],
     "Kim Putin [[vowed]]", "kim14", "speech"),
    ("indirect", ["previously said [[they are crucial ... nuclear-capable missiles]]."],
     "He has previously [[said]]", "kim17", "speech"),
    ("indirect", ["wonder whether [[Russia, which has always ... its small land link]]."],
     "Some analysts [[wonder]]", "analysts1", "thought"),
    ("indirect", ["They say [[military cooperation between the countries ... in in the 1980s]]."],
     "They [[say]] military", "analysts2", "speech"),
    ("mixed", ["told reporters that [[Russia and North Korea have “many ... aid to its neighbor]]."],
     "Putin [[told]] reporters", "putin10", "speech"),
    ("indirect", ["saying only that [[Russia was abiding by sanctions ... from North Korea]]."],
     "cooperation, [[saying]] only", "putin11", "speech"),
]

ZONES = [
    ("dateline", "[[SEOUL, South Korea (AP) —]] North Korean"),
    ("body", "(AP) — [[North Korean leader ... support for Moscow.]]\n"),
    ("body", "[[Washington has warned ... military nuclear program.]]\n"),
    ("body", "[[“We express our deep ... Lim Soo-suk said.]]\n"),
    ("body", "[[“Any scientific ... in a briefing.]]\n"),
    ("body", "[[Lim also noted ... relations with Seoul.]]\n"),
    ("body", "[[South Korean Unification Minister ... regional threats .]]\n"),
    ("body", "[[White House National Security Council ... Russia with weapons.]]\n"),
    ("body", "[[“No nation on the planet ... appropriately,” he said.]]\n"),
    ("body", "[[He said any deal ... great importance to us.”]]\n"),
    ("body", "[[The world relies ... tensions with the West.]]\n"),
    ("body", "[[A day after intensive coverage ... propaganda needs.]]\n"),
    ("body", "[[North Korea’s official Korean Central ... between the nations.]]\n"),
    ("body", "[[Kremlin spokesman Dmitry Peskov ... North Korea in October.]]\n"),
    ("body", "[[Putin told Russian state television ... and other facilities.]]\n"),
    ("body", "[[At their meeting on Wednesday ... war in Ukraine.]]\n"),
    ("body", "[[The decision to meet ... spy satellites into orbit.]]\n"),
    ("body", "[[The Komsomolsk-on-Amur aircraft plant would ... war against Ukraine.]]\n"),
    ("body", "[[Some analysts wonder ... small land link.]]\n"),
    ("body", "[[They say military cooperation ... in the 1980s.]]\n"),
    ("body", "[[Putin told reporters ... weapons from North Korea.]]\n"),
    ("body", "[[Wednesday’s meeting came hours ... weapons development.]]\n"),
    ("boilerplate", "\n[[___]]\n"),
    ("byline", "[[Litvinova reported from ... contributed to this report.]]"),
]
