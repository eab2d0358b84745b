# Annotation spec: time-kim-russia-trip-putin-weakness (pass: gold)
#
# DECISIONS (reconciled; see docs/reconciliation/time-kim-russia-trip-putin-weakness.md):
# 1. Coordinated NPs are a group mention (kind "nominal", members nested) only when the text
#    refers to the set again or the set acts as one argument (hard case 13): "[both [Russia] and
#    [North Korea]] have denied", "[[North Korea] and [Russia]] have had strained relations",
#    "[[Kim] and [Putin]]'s upcoming meeting". Distributive "for both [Moscow] and [Kyiv]": members only.
# 2. Set entities: "the two countries" / "both Russia and North Korea" / "North Korea and Russia"
#    are one GPE set entity (kb null); "both" / "Their" (Nam quote) / "Kim and Putin" one PER set.
#    "both" used alone ("a ‘win-win’ deal for both") is kind "pronoun".
# 3. Weapon classes (hard case 15): "these weapons", "them", "them" after "artillery shells and
#    rockets" join the class "weapons", with "weapons", "military weapons" and "advanced
#    weaponry" (head noun "weaponry"). "rockets" and "missiles" are the recurring classes.
#    Shared premodifiers go with the first conjunct: "[compatible Soviet-era artillery shells]".
# 4. "Soviet" in "Soviet-era" is part of a period expression (a temporal expression, not
#    annotated: section 1, hard case 9 "dates are not entities").
# 5. Weapon nouns used as modifiers are not mentions (hard case 14): "Ammunition shortages",
#    "weapons inventory", "nuclear weapons delivery programs", "ballistic missile program",
#    "Missile Tests"; nor is "state media" in "state media handouts".
# 6. "[the war] in [Ukraine]", "[the fighting] in [Korea]": nominal without the PP, plus
#    LOCATED_IN (hard case 9). "Russia's war efforts" is not an EVENT mention.
# 7. Editorial insertion "“This [meeting] is ...": the mention is the bracketed head "meeting".
# 8. "Kim Jong Un’s Russia Trip" (headline) is an EVENT nominal, the same trip as Reuters'
#    "Kim's visit": kb kim-jong-uns-2023-visit-to-russia (hard case 41, final consistency pass);
#    TRAVELS_TO(Kim, Russia) from "Trip".
# 9. Names are atomic (hard case 10): no mention inside "Trump Administration", "2019 Koreas DMZ
#    Summit", "Korean People’s Army". "the Korean armistice agreement" is not a name (lowercase
#    head, hard case 9): "[Korean]" is a NORP mention (koreans). A nationality adjective before a
#    name is its own NORP: "the [Russian] mercenary group [Wagner]".
# 10. Boilerplate lines are annotated for mentions ("[North Korea]’s Missile Tests", "[TIME]",
#     "Contact [us]"); each boilerplate line is its own zone.
# 11. "turn to [a country] like North Korea": the nominal denotes North Korea.
# 12. "Korea" in "the fighting in Korea" is the GPE korea (hard case 20); "the fighting" is the
#     Korean War, EVENT nominal, kb null (one-off, no name mention).
# 13. Transfers (hard case 16): possible, sought or implied transfers with a mentioned item are
#     annotated, incl. "could make them useful to [Moscow]" (RECEIVES); no supplier when none
#     is named ("the country's bid to acquire spy satellites"). The arguments are the most
#     informative mentions of the sentence (hard case 44): RECEIVES(Moscow, [these weapons]), not
#     "them"; RECEIVES([North Korea], spy satellites) with the name of "chairman of [North Korea]’s
#     space ... committee", not "the country".
# 14. Appositions (hard case 11): relations and speakers take the name: LEADER_OF(Pak Thae
#     Song, committee), AFFILIATED_WITH(Leif-Eric Easley, Ewha), LEADER_OF(Nam Sung-wook, INSS)
#     (a director heads his institute, hard case 12), TRAVELS_TO(Jo Chun Ryong, factories)
#     ("toured" = visited, hard case 17).
# 15. Being somewhere is not travel (hard case 17): "Kim appears to have been joined in Russia"
#     gives TRAVELS_TO for Jo only. "visited Pyongyang as part of a Russian delegation":
#     the delegation travels too. An event's place is not inferred from travel: "arrived in
#     Russia ... for a meeting" gives no LOCATED_IN(meeting, Russia).
# 16. "Analysts believe that ..." is a hedged report (hard case 8). The two "Analysts" and
#     "Experts" are separate generic PER entities. "Officials", "Kim's delegation", "a Russian
#     delegation" are PER group entities (kb null).
# 17. "[its borders]" (North Korea's) is a LOC nominal, as borders are elsewhere in the corpus.
# 18. "the Hwasong intercontinental ballistic missile": the name "[Hwasong]" (a name before its
#     class noun, like "the Angara rocket"). Titles without their organisation give no relation
#     ("President Biden", "Foreign Minister Choe Sun Hui"; hard case 12).

ENTITIES = {
    # people
    "kim": ("PER", "Kim Jong Un", "kim-jong-un"),
    "putin": ("PER", "Vladimir Putin", "vladimir-putin"),
    "biden": ("PER", "Joe Biden", "joe-biden"),
    "nam": ("PER", "Nam Sung-wook", "nam-sung-wook"),
    "jo": ("PER", "Jo Chun Ryong", "jo-chun-ryong"),
    "pak_ts": ("PER", "Pak Thae Song", "pak-thae-song"),
    "kim_ms": ("PER", "Kim Myong Sik", "kim-myong-sik"),
    "choe": ("PER", "Choe Sun Hui", "choe-sun-hui"),
    "ri": ("PER", "Ri Pyong Chol", "ri-pyong-chol"),
    "pak_jc": ("PER", "Pak Jong Chon", "pak-jong-chon"),
    "easley": ("PER", "Leif-Eric Easley", "leif-eric-easley"),
    "sullivan": ("PER", "Jake Sullivan", "jake-sullivan"),
    "shoigu": ("PER", "Sergei Shoigu", "sergei-shoigu"),
    "kim_putin": ("PER", "Kim and Putin", None),
    "analysts1": ("PER", "analysts (North Korean stockpile)", None),
    "analysts2": ("PER", "analysts (Kim seeking food and aid)", None),
    "experts": ("PER", "experts", None),
    "officials": ("PER", "officials identified in North Korean state media", None),
    "kim_delegation": ("PER", "Kim's delegation", None),
    "ru_delegation": ("PER", "Russian delegation to the July 2023 parade", None),
    # places and states
    "russia": ("GPE", "Russia", "russia"),
    "nk": ("GPE", "North Korea", "north-korea"),
    "us": ("GPE", "United States", "united-states"),
    "ukraine": ("GPE", "Ukraine", "ukraine"),
    "sk": ("GPE", "South Korea", "south-korea"),
    "japan": ("GPE", "Japan", "japan"),
    "seoul": ("GPE", "Seoul", "seoul"),
    "pyongyang": ("GPE", "Pyongyang", "pyongyang"),
    "nk_ru": ("GPE", "North Korea and Russia", None),
    "pariah": ("GPE", "pariah states", None),
    "nk_borders": ("LOC", "North Korea's borders", None),
    "korea": ("GPE", "Korea", "korea"),
    "factories": ("FAC", "North Korean munitions factories", None),
    # nationalities
    "nk_norp": ("NORP", "North Koreans", "north-koreans"),
    "ru_norp": ("NORP", "Russians", "russians"),
    "sk_norp": ("NORP", "South Koreans", "south-koreans"),
    "kor_norp": ("NORP", "Koreans", "koreans"),
    # organisations
    "white_house": ("ORG", "White House", "white-house"),
    "reuters": ("ORG", "Reuters", "reuters"),
    "wagner": ("ORG", "Wagner Group", "wagner-group"),
    "inss": ("ORG", "Institute for National Security Strategy", "institute-for-national-security-strategy"),
    "ap": ("ORG", "Associated Press", "associated-press"),
    "unification_ministry": ("ORG", "Unification Ministry", "south-korean-ministry-of-unification"),
    "space_committee": ("ORG", "Space Science and Technology Committee", "space-science-and-technology-committee"),
    "navy": ("ORG", "North Korean Navy", "korean-peoples-army-navy"),
    "kpa": ("ORG", "Korean People's Army", "korean-peoples-army"),
    "ewha": ("ORG", "Ewha Womans University", "ewha-womans-university"),
    "cnn": ("ORG", "CNN", "cnn"),
    "trump_admin": ("ORG", "Trump Administration", "trump-administration"),
    "un": ("ORG", "United Nations", "united-nations"),
    "time": ("ORG", "TIME", "time"),
    # events
    "trip": ("EVENT", "Kim Jong Un's visit to Russia, September 2023", "kim-jong-uns-2023-visit-to-russia"),
    "summit": ("EVENT", "Kim–Putin summit, Vostochny Cosmodrome, 13 September 2023", "kim-putin-summit-2023"),
    "war": ("EVENT", "Russian invasion of Ukraine (war in Ukraine)", "russian-invasion-of-ukraine"),
    "covid": ("EVENT", "COVID-19 pandemic", "covid-19-pandemic"),
    "dmz_summit": ("EVENT", "2019 Koreas DMZ Summit", "2019-koreas-dmz-summit"),
    "parade": ("EVENT", "North Korea's July 2023 military parade", None),
    "korean_war": ("EVENT", "Korean War", None),
    # weapons
    "shells": ("WEA", "artillery shells", "artillery-shells"),
    "rockets": ("WEA", "rockets", "rockets"),
    "weapons": ("WEA", "weapons", "weapons"),
    "ammunition": ("WEA", "ammunition", "ammunition"),
    "munitions": ("WEA", "munitions", None),
    "missiles": ("WEA", "missiles", "missiles"),
    "spy_sats": ("WEA", "spy (reconnaissance) satellites", "spy-satellites"),
    "subs": ("WEA", "nuclear-capable ballistic missile submarines", "nuclear-capable-ballistic-missile-submarines"),
    "mil_tech": ("WEA", "Russian military technology", None),
    "mil_equipment": ("WEA", "military equipment", None),
    "hwasong": ("WEA", "Hwasong intercontinental ballistic missile", "hwasong-intercontinental-ballistic-missile"),
    "drones": ("WEA", "new drone designs", None),
    # vehicles
    "train": ("VEH", "Kim Jong Un's armoured train", "kim-jong-uns-armoured-train"),
}

REGISTRY = {}  # every kb id used here is in registry.py

MENTIONS = [
    # headline
    ("trip_h", "Why [[Kim Jong Un’s Russia Trip]]", "trip", "nominal"),
    ("kim_h", "Why [[Kim Jong Un]]’s", "kim", "name"),
    ("russia_h", "Un’s [[Russia]] Trip", "russia", "name"),
    ("putin_h", "Sign of [[Putin]]’s Weakness", "putin", "name"),
    # p1
    ("nk_norp1", "[[North Korean]] leader Kim Jong Un arrived", "nk_norp", "name"),
    ("kim1", "North Korean leader [[Kim Jong Un]] arrived", "kim", "name"),
    ("russia1", "arrived in [[Russia]] on Tuesday", "russia", "name"),
    ("summit1", "on Tuesday for [[a meeting]] with", "summit", "nominal"),
    ("putin1", "President [[Vladimir Putin]], amid", "putin", "name"),
    ("us1", "warnings from the [[U.S.]] that", "us", "name"),
    ("nk_ru1", "that [[the two countries]] could", "nk_ru", "nominal"),
    # p2
    ("analysts1", "[[Analysts]] believe", "analysts1", "nominal"),
    ("nk1", "believe that [[North Korea]] has tens", "nk", "name"),
    ("shells1", "millions of [[compatible Soviet-era artillery shells]] and", "shells", "nominal"),
    ("rockets1", "artillery shells and [[rockets]] that could", "rockets", "nominal"),
    ("russia2", "boost for [[Russia]]'s war efforts", "russia", "name"),
    ("ukraine1", "war efforts in [[Ukraine]]. Though", "ukraine", "name"),
    ("weapons1", "Though [[these weapons]] are", "weapons", "nominal"),
    ("weapons2", "number of [[them]] could", "weapons", "pronoun"),
    ("weapons3", "could make [[them]] useful", "weapons", "pronoun"),
    ("moscow1", "useful to [[Moscow]].", "russia", "name", "metonymy"),
    # p3
    ("war1", "course of [[the war]] in Ukraine", "war", "nominal"),
    ("ukraine2", "the war in [[Ukraine]] for both", "ukraine", "name"),
    ("moscow2", "for both [[Moscow]] and Kyiv", "russia", "name", "metonymy"),
    ("kyiv1", "Moscow and [[Kyiv]].", "ukraine", "name", "metonymy"),
    ("biden1", "President [[Biden]] warned", "biden", "name"),
    ("ukraine3", "warned that [[Ukraine]] was running", "ukraine", "name"),
    ("ammo1", "running out of [[ammunition]].", "ammunition", "nominal"),
    ("russia_its1", "For [[its]] part", "russia", "pronoun"),
    ("russia3", "part, [[Russia]] has previously", "russia", "name"),
    ("nk2", "turned to [[North Korea]] for weapons", "nk", "name"),
    ("weapons4", "North Korea for [[weapons]].", "weapons", "nominal"),
    # p4
    ("wh1", "the [[White House]] told Reuters", "white_house", "name"),
    ("reuters1", "told [[Reuters]] that", "reuters", "name"),
    ("nk3", "that [[North Korea]] also sold", "nk", "name"),
    ("weapons5", "sold [[military weapons]] to", "weapons", "nominal"),
    ("ru_norp1", "the [[Russian]] mercenary group", "ru_norp", "name"),
    ("wagner1", "mercenary group [[Wagner]].", "wagner", "name"),
    ("nk_ru2", "However, [[both Russia and North Korea]] have denied", "nk_ru", "nominal"),
    ("russia4", "However, both [[Russia]] and North Korea", "russia", "name"),
    ("nk4", "both Russia and [[North Korea]] have denied", "nk", "name"),
    # p5 (Nam quote)
    ("kp1", "deal for [[both]], as Putin", "kim_putin", "pronoun"),
    ("putin2", "both, as [[Putin]] is cornered", "putin", "name"),
    ("putin_his1", "cornered over [[his]] exhausted", "putin", "pronoun"),
    ("kim2", "inventory while [[Kim]] faces", "kim", "name"),
    ("sk1", "from the [[South Korea]]-U.S.-Japan", "sk", "name"),
    ("us2", "South Korea-[[U.S.]]-Japan", "us", "name"),
    ("japan1", "Korea-U.S.-[[Japan]] trilateral", "japan", "name"),
    ("nam1", "[[Nam Sung-wook]], a former", "nam", "name"),
    ("nam2", "Nam Sung-wook, [[a former director]] of", "nam", "nominal"),
    ("sk_norp1", "of the [[South Korean]] think tank", "sk_norp", "name"),
    ("inss1", "think tank [[Institute for National Security Strategy]]", "inss", "name"),
    ("ap1", "Strategy, told the [[Associated Press]].", "ap", "name"),
    ("kp2", "“[[Their]] needs", "kim_putin", "pronoun"),
    # p6
    ("officials1", "[[Officials]] identified", "officials", "nominal"),
    ("nk_norp2", "identified in [[North Korean]] state media", "nk_norp", "name"),
    ("summit2", "focus of [[Kim and Putin's upcoming meeting]]", "summit", "nominal"),
    ("kp3", "focus of [[Kim and Putin]]'s upcoming", "kim_putin", "nominal"),
    ("kim3", "focus of [[Kim]] and Putin's", "kim", "name"),
    ("putin3", "Kim and [[Putin]]'s upcoming", "putin", "name"),
    # p7
    ("kim4", "\n[[Kim]] appears to have been joined in Russia", "kim", "name"),
    ("russia5", "joined in [[Russia]] by Jo", "russia", "name"),
    ("jo1", "by [[Jo Chun Ryong]], an official", "jo", "name"),
    ("jo2", "Jo Chun Ryong, [[an official]] in charge", "jo", "nominal"),
    ("munitions1", "in charge of [[munitions]], who", "munitions", "nominal"),
    ("factories1", "toured [[North Korean factories]] producing", "factories", "nominal"),
    ("nk_norp3", "toured [[North Korean]] factories", "nk_norp", "name"),
    ("shells2", "producing [[artillery shells]] and missiles", "shells", "nominal"),
    ("missiles1", "artillery shells and [[missiles]], South", "missiles", "nominal"),
    ("sk2", "missiles, [[South Korea]]'s Unification", "sk", "name"),
    ("unimin1", "South Korea's [[Unification Ministry]] said", "unification_ministry", "name"),
    # Read More
    ("nk5", "Tracking All of [[North Korea]]’s Missile", "nk", "name"),
    # p8
    ("kim5", "[[Kim]] also appears to have been joined by Pak", "kim", "name"),
    ("pak_ts1", "joined by [[Pak Thae Song]], chairman", "pak_ts", "name"),
    ("pak_ts2", "Pak Thae Song, [[chairman]] of", "pak_ts", "nominal"),
    ("committee1", "chairman of [[North Korea’s space science and technology committee]]", "space_committee", "nominal"),
    ("nk6", "chairman of [[North Korea]]’s space", "nk", "name"),
    ("navy1", "and [[Navy]] Adm. Kim Myong Sik", "navy", "name"),
    ("kim_ms1", "Navy Adm. [[Kim Myong Sik]], who", "kim_ms", "name"),
    ("nk7", "linked with [[the country]]'s bid", "nk", "nominal"),
    ("spysats1", "acquire [[spy satellites]] and", "spy_sats", "nominal"),
    ("subs1", "spy satellites and [[nuclear-capable ballistic missile submarines]].", "subs", "nominal"),
    # p9
    ("kimdel1", "[[Kim's delegation]] also likely", "kim_delegation", "nominal"),
    ("kim6", "[[Kim]]'s delegation also likely", "kim", "name"),
    ("choe1", "Foreign Minister [[Choe Sun Hui]] and", "choe", "name"),
    ("kpa1", "and [[Korean People’s Army]] Marshals", "kpa", "name"),
    ("ri1", "Marshals [[Ri Pyong Chol]] and", "ri", "name"),
    ("pak_jc1", "and [[Pak Jong Chon]], the Associated", "pak_jc", "name"),
    ("ap2", "Pak Jong Chon, the [[Associated Press]] reported", "ap", "name"),
    # p10 (Easley quote)
    ("summit3", "[[meeting]]] is a very", "summit", "nominal"),
    ("summit_it1", "development if [[it]] goes forward", "summit", "pronoun"),
    ("easley1", "[[Leif-Eric Easley]], professor", "easley", "name"),
    ("easley2", "Leif-Eric Easley, [[professor]] of international", "easley", "nominal"),
    ("ewha1", "studies at [[Ewha Womans University]] in Seoul", "ewha", "name"),
    ("seoul1", "Ewha Womans University in [[Seoul]], told", "seoul", "name"),
    ("cnn1", "told [[CNN]].", "cnn", "name"),
    ("russia6", "“[[Russia]] has the military technology", "russia", "name"),
    ("miltech1", "Russia has [[the military technology]] that Kim", "mil_tech", "nominal"),
    ("kim7", "technology that [[Kim]] wants", "kim", "name"),
    ("kim_his1", "Kim wants for [[his]] illegal", "kim", "pronoun"),
    # p11
    ("kim8", "[[Kim]] departed Pyongyang", "kim", "name"),
    ("pyongyang1", "Kim departed [[Pyongyang]] in", "pyongyang", "name"),
    ("train1", "Pyongyang in [[a high security luxury armored train]] on", "train", "nominal"),
    ("kim9", "the first time [[Kim]] has left", "kim", "name"),
    ("nk8", "has left [[North Korea]] since", "nk", "name"),
    ("covid1", "left North Korea since [[the COVID-19 pandemic]].", "covid", "nominal"),
    ("kim_his2", "[[His]] last time leaving", "kim", "pronoun"),
    ("nk9", "leaving [[the country]] was during", "nk", "nominal"),
    ("dmz1", "during the [[2019 Koreas DMZ Summit]] organized", "dmz_summit", "name"),
    ("us3", "organized by the [[United States]] under", "us", "name"),
    ("trumpadmin1", "under the [[Trump Administration]].", "trump_admin", "name"),
    # p12
    ("analysts2", "[[Analysts]] say that", "analysts2", "nominal"),
    ("advweap1", "in addition to [[advanced weaponry]] for", "weapons", "nominal"),
    ("nk10", "weaponry for [[North Korea]]'s nuclear", "nk", "name"),
    ("kim10", "program, [[Kim]] is also seeking", "kim", "name"),
    ("nk11", "scarce in [[the poverty-stricken nation]].", "nk", "nominal"),
    ("nk12", "[[The country]] faces serious", "nk", "nominal"),
    ("nk13", "after [[the government]] sealed", "nk", "nominal"),
    ("borders1", "sealed [[its borders]] three", "nk_borders", "nominal"),
    ("nk_its1", "sealed [[its]] borders", "nk", "pronoun"),
    ("covid2", "three years ago amid [[the COVID-19 pandemic]].", "covid", "nominal"),
    # p13
    ("nk_ru3", "[[North Korea and Russia]] have had strained", "nk_ru", "nominal"),
    ("nk14", "[[North Korea]] and Russia have had strained", "nk", "name"),
    ("russia7", "North Korea and [[Russia]] have had strained", "russia", "name"),
    ("russia8", "In 2013, [[Russia]] supported", "russia", "name"),
    ("un1", "resolutions in the [[United Nations]] against", "un", "name"),
    ("nk15", "United Nations against [[North Korea]] for", "nk", "name"),
    ("nk_its2", "for [[its]] nuclear tests", "nk", "pronoun"),
    # p14
    ("experts1", "[[Experts]] say warming", "experts", "nominal"),
    ("russia9", "increasingly isolated [[Russia]] has been forced", "russia", "name"),
    ("pariah1", "turn to [[pariah states]] for", "pariah", "nominal"),
    ("mileq1", "pariah states for [[military equipment]].", "mil_equipment", "nominal"),
    # p15 (Sullivan quote)
    ("russia10", "says a lot that [[Russia]] is having", "russia", "name"),
    ("nk16", "turn to [[a country]] like North Korea", "nk", "nominal"),
    ("nk17", "a country like [[North Korea]] to seek", "nk", "name"),
    ("russia_its2", "bolster [[its]] defense capacity", "russia", "pronoun"),
    ("war2", "defense capacity in [[a war]] that it", "war", "nominal"),
    ("russia_it1", "a war that [[it]] expected", "russia", "pronoun"),
    ("wh2", "” [[White House]] national security adviser", "white_house", "name"),
    ("sullivan1", "security adviser [[Jake Sullivan]] told", "sullivan", "name"),
    ("ap3", "Jake Sullivan told the [[Associated Press]].", "ap", "name"),
    # p16
    ("russia11", "In July, [[Russia]]’s defense minister", "russia", "name"),
    ("shoigu1", "defense minister [[Sergei Shogu]] visited", "shoigu", "name", "typo"),
    ("pyongyang2", "Shogu visited [[Pyongyang]] as part", "pyongyang", "name"),
    ("rudel1", "as part of [[a Russian delegation]] to", "ru_delegation", "nominal"),
    ("ru_norp2", "as part of a [[Russian]] delegation", "ru_norp", "name"),
    ("parade1", "delegation to [[North Korea’s parade]] on", "parade", "nominal"),
    ("nk18", "delegation to [[North Korea]]’s parade", "nk", "name"),
    ("kor_norp1", "of the [[Korean]] armistice agreement", "kor_norp", "name"),
    ("koreanwar1", "ended [[the fighting]] in Korea", "korean_war", "nominal"),
    ("korea1", "the fighting in [[Korea]].", "korea", "name"),
    ("shoigu2", "While there, [[Shogu]] observed", "shoigu", "name", "typo"),
    ("hwasong1", "observed the [[Hwasong]] intercontinental", "hwasong", "name"),
    ("drones1", "along with [[other new drone designs]].", "drones", "nominal"),
    # boilerplate
    ("time1", "Must-Reads from [[TIME]]", "time", "name"),
    ("time2", "Contact [[us]] at", "time", "pronoun"),
]

RELATIONS = [
    # headline
    ("TRAVELS_TO", "kim_h", "russia_h", "asserted"),
    # p1
    ("LEADER_OF", "kim1", "nk_norp1", "asserted"),
    ("TRAVELS_TO", "kim1", "russia1", "asserted"),
    ("MEETS", "kim1", "putin1", "possible"),  # hard case 48: written before the summit
    # p2
    ("SUPPLIES", "nk1", "shells1", "possible"),
    ("SUPPLIES", "nk1", "rockets1", "possible"),
    ("RECEIVES", "russia2", "shells1", "possible"),
    ("RECEIVES", "russia2", "rockets1", "possible"),
    ("RECEIVES", "moscow1", "weapons1", "possible"),
    # p3
    ("LOCATED_IN", "war1", "ukraine2", "asserted"),
    ("SUPPLIES", "nk2", "weapons4", "possible"),  # hard case 49: sought
    ("RECEIVES", "russia3", "weapons4", "possible"),  # hard case 49: sought
    # p4
    ("SUPPLIES", "nk3", "weapons5", "reported"),
    ("RECEIVES", "wagner1", "weapons5", "reported"),
    ("NATIONALITY", "wagner1", "ru_norp1", "asserted"),
    # p5
    ("LEADER_OF", "nam1", "inss1", "asserted"),  # hard case 51: a former office
    ("NATIONALITY", "inss1", "sk_norp1", "asserted"),
    # p6
    ("MEETS", "kim3", "putin3", "possible"),  # hard case 48
    # p7
    ("TRAVELS_TO", "jo1", "russia5", "possible"),  # hard case 50: appears to
    ("TRAVELS_TO", "jo1", "factories1", "reported"),  # hard case 50: the hedge is not on the touring
    ("PART_OF", "unimin1", "sk2", "asserted"),
    # p8
    ("LEADER_OF", "pak_ts1", "committee1", "asserted"),
    ("PART_OF", "committee1", "nk6", "asserted"),
    ("OFFICIAL_OF", "kim_ms1", "navy1", "asserted"),
    ("RECEIVES", "nk6", "spysats1", "possible"),  # hard case 49: bid to acquire
    ("RECEIVES", "nk6", "subs1", "possible"),  # hard case 49
    # p9
    ("OFFICIAL_OF", "ri1", "kpa1", "asserted"),
    ("OFFICIAL_OF", "pak_jc1", "kpa1", "asserted"),
    # p10
    ("AFFILIATED_WITH", "easley1", "ewha1", "asserted"),
    ("LOCATED_IN", "ewha1", "seoul1", "asserted"),
    ("SUPPLIES", "russia6", "miltech1", "possible"),  # hard case 49: wanted
    ("RECEIVES", "kim7", "miltech1", "possible"),  # hard case 49
    # p11
    ("PART_OF", "trumpadmin1", "us3", "asserted"),
    # p12
    ("RECEIVES", "kim10", "advweap1", "possible"),  # hard case 49: seeking
    # p14
    ("RECEIVES", "russia9", "mileq1", "possible"),  # hard case 49: sought
    ("SUPPLIES", "pariah1", "mileq1", "possible"),  # hard case 49
    # p15
    ("OFFICIAL_OF", "sullivan1", "wh2", "asserted"),
    # p16
    ("OFFICIAL_OF", "shoigu1", "russia11", "asserted"),
    ("TRAVELS_TO", "shoigu1", "pyongyang2", "asserted"),
    ("TRAVELS_TO", "rudel1", "pyongyang2", "asserted"),
    ("NATIONALITY", "rudel1", "ru_norp2", "asserted"),
    ("LOCATED_IN", "koreanwar1", "korea1", "asserted"),
]

QUOTES = [
    ("indirect", ["from the U.S. that [[the two countries could strike an arms deal]]."],
     "amid [[warnings]] from", "us1", "speech"),
    ("indirect", ["Analysts believe that [[North Korea has tens ... war efforts in Ukraine]]."],
     "Analysts [[believe]] that", "analysts1", "thought"),
    ("indirect", ["Biden warned that [[Ukraine was running out of ammunition]]."],
     "Biden [[warned]] that", "biden1", "speech"),
    ("indirect", ["told Reuters that [[North Korea also sold ... mercenary group Wagner]]."],
     "White House [[told]] Reuters", "wh1", "speech"),
    ("indirect", ["have denied that [[such a transaction took place]]."],
     "have [[denied]] that", "nk_ru2", "speech"),
    ("direct", ["“[[It would be a ... trilateral cooperation,]]”",
                "“[[Their needs are matched perfectly now.]]”"],
     "Strategy, [[told]] the Associated Press", "nam1", "speech"),
    ("indirect", ["\n[[Kim appears to have been joined in Russia ... artillery shells and missiles]], South"],
     "Unification Ministry [[said]]", "unimin1", "speech"),
    ("indirect", ["\n[[Kim's delegation also likely ... Pak Jong Chon]], the Associated"],
     "Associated Press [[reported]]", "ap2", "writing"),
    ("direct", ["“[[This [meeting] is ... goes forward,]]”",
                "“[[Russia has the military technology ... delivery programs.]]”"],
     "Seoul, [[told]] CNN", "easley1", "speech"),
    ("indirect", ["Analysts say that [[in addition to advanced weaponry ... poverty-stricken nation]]."],
     "Analysts [[say]] that", "analysts2", "speech"),
    ("indirect", ["Experts say [[warming ties are a sign ... for military equipment]]."],
     "Experts [[say]] warming", "experts1", "speech"),
    ("direct", ["“[[It says a lot ... over in a week,]]”"],
     "Jake Sullivan [[told]] the", "sullivan1", "speech"),
]

ZONES = [
    ("headline", "[[Why Kim Jong Un’s Russia Trip Is a Sign of Putin’s Weakness]]"),
    ("boilerplate", "[[4 minute read]]"),
    ("boilerplate", "[[Updated: | Originally published:]]"),
    ("body", "[[North Korean leader Kim Jong Un arrived ... strike an arms deal.]]"),
    ("body", "[[Analysts believe that North Korea ... useful to Moscow.]]"),
    ("body", "[[Ammunition shortages have been ... North Korea for weapons.]]"),
    ("body", "[[In December, the White House ... such a transaction took place.]]"),
    ("body", "[[“It would be a ‘win-win’ deal ... matched perfectly now.”]]"),
    ("body", "[[Officials identified in North Korean ... upcoming meeting.]]"),
    ("body", "[[Kim appears to have been joined in Russia ... Unification Ministry said.]]"),
    ("boilerplate", "[[Read More: Tracking All of North Korea’s Missile Tests This Year So Far]]"),
    ("body", "[[Kim also appears to have been joined by Pak ... ballistic missile submarines.]]"),
    ("body", "[[Kim's delegation also likely ... Associated Press reported.]]"),
    ("body", "[[“This [meeting] is ... delivery programs.”]]"),
    ("body", "[[Kim departed Pyongyang ... under the Trump Administration.]]"),
    ("body", "[[Analysts say that in addition ... amid the COVID-19 pandemic.]]"),
    ("body", "[[North Korea and Russia have had ... for its nuclear tests.]]"),
    ("body", "[[Experts say warming ties ... for military equipment.]]"),
    ("body", "[[“It says a lot that Russia ... told the Associated Press.]]"),
    ("body", "[[In July, Russia’s defense minister ... new drone designs.]]"),
    ("boilerplate", "[[More Must-Reads from TIME]]"),
    ("boilerplate", "[[Contact us at letters@time.com]]"),
]
