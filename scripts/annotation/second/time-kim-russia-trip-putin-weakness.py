# Annotation spec (second, independent pass): time-kim-russia-trip-putin-weakness
#
# DECISIONS:
# - Coordinated NPs that refer to a set which the text also refers to as a whole
#   ("the two countries", "both", "Their") are annotated as one group mention (kind "nominal")
#   of that set entity, with their members nested: "[both [Russia] and [North Korea]] have
#   denied", "[[North Korea] and [Russia]] have had strained relations", "[[Kim] and [Putin]]'s
#   upcoming meeting". Coordinations of members without such a set entity ("both Moscow and
#   Kyiv") get member mentions only.
# - "both" / "Their" in Nam Sung-wook's quote refer to Kim and Putin (the quote explains
#   "both" by "Putin is cornered ... while Kim faces ..."): PER group "Kim and Putin".
# - "these weapons" / "them" after "artillery shells and rockets": the text names no set, so
#   they join the general class "weapons" (guidelines section 2), as do "weapons" and
#   "military weapons".
# - Span extent of nominals with a PP follows section 2 strictly: "[the war] in [Ukraine]"
#   (+ LOCATED_IN), "[a country] like North Korea", "[an official] in charge of munitions".
# - "turn to [a country] like [North Korea]" (Sullivan): the nominal refers to North Korea in
#   context and joins its entity.
# - "the COVID-19 pandemic": lowercase head noun -> nominal with its determiner.
# - "This [meeting]" (editorial bracket): the span is the inserted head "meeting" only, because
#   a span ending in "]" cannot be written in locate.py's [[...]] syntax.
# - Appositions ("Nam Sung-wook, a former director of ..., told"): the name and the apposition
#   nominal are both mentions, but the speaker of a quote and the head of a relation stated by
#   the apposition is the name (as in the guideline examples "[Sergei Shoigu], the defence
#   minister for [Moscow]" and "[Leif-Eric Easley], a professor at [Ewha University]"), not the
#   nominal that stands nearer: OFFICIAL_OF(Nam Sung-wook, INSS), OFFICIAL_OF(Pak Thae Song,
#   committee), AFFILIATED_WITH(Leif-Eric Easley, Ewha Womans University).
# - "Analysts believe that ...": a hedged report (hard case 8), indirect quote with cue "believe".
#   "amid warnings from the U.S. that ...": indirect quote, cue "warnings", speaker U.S.;
#   "both Russia and North Korea have denied that ...": indirect quote, cue "denied".
# - Title "President" without a country in the sentence ("President Vladimir Putin",
#   "President Biden", "Foreign Minister Choe Sun Hui") gives no LEADER_OF/OFFICIAL_OF.
# - Modal arms transfer: "North Korea has ... shells and rockets that could be a huge boost for
#   Russia's war efforts" -> SUPPLIES(North Korea, item) + RECEIVES(Russia, item) (cf. the
#   guideline example "Moscow has satellite technology that could assist"); "could make them
#   useful to Moscow" -> RECEIVES(Moscow, them); "turned to North Korea for weapons",
#   "turn to pariah states for military equipment" -> SUPPLIES + RECEIVES; "Russia has the
#   military technology that Kim wants" -> SUPPLIES(Russia) + RECEIVES(Kim); "the country's bid
#   to acquire spy satellites" -> RECEIVES; "Kim is also seeking advanced weaponry" -> RECEIVES.
# - Modifiers are not weapon mentions: "Ammunition shortages", "weapons inventory",
#   "nuclear weapons delivery programs", "ballistic missile program", "Missile Tests".
# - The headline's "Kim Jong Un's Russia Trip" is a specific event: EVENT nominal (kb null),
#   with TRAVELS_TO(Kim, Russia).
# - No mentions nested inside multi-word names ("Koreas"/"DMZ" in "2019 Koreas DMZ Summit",
#   "Korean" in "Korean People's Army"), except a name that premodifies a common noun (here
#   capitalised): "[[Trump] Administration]" (ORG name + PER name, LEADER_OF).
# - "Navy" in "Navy Adm. Kim Myong Sik" is an ORG inside the title (North Korea's navy):
#   OFFICIAL_OF(Kim Myong Sik, Navy).
# - "Shogu" (sic) is Sergei Shoigu: name mentions of kb sergei-shoigu.
# - "Soviet" in "Soviet-era" is a NORP adjective (kb soviets); "Korean" in "the Korean
#   armistice agreement" is NORP (kb koreans); "Korea" in "the fighting in Korea" (the
#   undivided country / peninsula) is GPE "Korea" (kb korea; GPE, as another document of the
#   pass registers it); "the fighting" is the Korean War (EVENT nominal).
# - "[its borders]" (North Korea's borders) is a LOC nominal; "pariah states" is a GPE nominal
#   (one-off set); "Kim's delegation", "a Russian delegation", "Officials identified ..." are
#   PER group nominals.
# - "North Korean state media handouts": "state media" is a modifier of "handouts" and is not
#   an ORG mention (only the NORP "North Korean" is annotated).
# - Boilerplate lines are annotated for mentions too: "Read More: ... North Korea’s Missile
#   Tests", "More Must-Reads from [TIME]", "Contact [us]" (us = TIME).

ENTITIES = {
    "kim": ("PER", "Kim Jong Un", "kim-jong-un"),
    "putin": ("PER", "Vladimir Putin", "vladimir-putin"),
    "russia": ("GPE", "Russia", "russia"),
    "nk": ("GPE", "North Korea", "north-korea"),
    "trip": ("EVENT", "Kim Jong Un's trip to Russia", None),
    "nkor": ("NORP", "North Koreans", "north-koreans"),
    "summit": ("EVENT", "Kim–Putin summit 2023", "kim-putin-summit-2023"),
    "us": ("GPE", "United States", "united-states"),
    "nkru": ("GPE", "North Korea and Russia", None),
    "analysts1": ("PER", "analysts (North Korea's shells)", None),
    "soviet": ("NORP", "Soviets", "soviets"),
    "shells": ("WEA", "artillery shells", "artillery-shells"),
    "rockets": ("WEA", "rockets", None),
    "ukraine": ("GPE", "Ukraine", "ukraine"),
    "weapons": ("WEA", "weapons", None),
    "war": ("EVENT", "war in Ukraine", "russian-invasion-of-ukraine"),
    "biden": ("PER", "Joe Biden", "joe-biden"),
    "ammo": ("WEA", "ammunition", "ammunition"),
    "wh": ("ORG", "White House", "white-house"),
    "reuters": ("ORG", "Reuters", "reuters"),
    "wagner": ("ORG", "Wagner Group", "wagner-group"),
    "rus": ("NORP", "Russians", "russians"),
    "kimputin": ("PER", "Kim and Putin", None),
    "sk": ("GPE", "South Korea", "south-korea"),
    "japan": ("GPE", "Japan", "japan"),
    "nam": ("PER", "Nam Sung-wook", "nam-sung-wook"),
    "skor": ("NORP", "South Koreans", "south-koreans"),
    "inss": ("ORG", "Institute for National Security Strategy", "institute-for-national-security-strategy"),
    "ap": ("ORG", "Associated Press", "associated-press"),
    "officials": ("PER", "officials identified in North Korean state media handouts", None),
    "jo": ("PER", "Jo Chun Ryong", "jo-chun-ryong"),
    "munitions": ("WEA", "munitions", None),
    "factories": ("FAC", "North Korean factories producing artillery shells and missiles", None),
    "missiles": ("WEA", "missiles", None),
    "unimin": ("ORG", "Unification Ministry", "south-korean-ministry-of-unification"),
    "pakts": ("PER", "Pak Thae Song", "pak-thae-song"),
    "committee": ("ORG", "North Korea's space science and technology committee", None),
    "navy": ("ORG", "North Korean Navy", "korean-peoples-army-navy"),
    "kms": ("PER", "Kim Myong Sik", "kim-myong-sik"),
    "spysat": ("WEA", "spy satellites", "spy-satellites"),
    "subs": ("WEA", "nuclear-capable ballistic missile submarines", "nuclear-capable-ballistic-missile-submarines"),
    "delegation": ("PER", "Kim's delegation", None),
    "choe": ("PER", "Choe Sun Hui", "choe-sun-hui"),
    "kpa": ("ORG", "Korean People's Army", "korean-peoples-army"),
    "ri": ("PER", "Ri Pyong Chol", "ri-pyong-chol"),
    "pjc": ("PER", "Pak Jong Chon", "pak-jong-chon"),
    "easley": ("PER", "Leif-Eric Easley", "leif-eric-easley"),
    "ewha": ("ORG", "Ewha Womans University", "ewha-womans-university"),
    "seoul": ("GPE", "Seoul", "seoul"),
    "cnn": ("ORG", "CNN", "cnn"),
    "miltech": ("WEA", "military technology", None),
    "pyongyang": ("GPE", "Pyongyang", "pyongyang"),
    "train": ("VEH", "Kim Jong Un's armoured train", "kim-jong-uns-armoured-train"),
    "covid": ("EVENT", "COVID-19 pandemic", "covid-19-pandemic"),
    "dmz": ("EVENT", "2019 Koreas DMZ Summit", "2019-koreas-dmz-summit"),
    "trumpadmin": ("ORG", "Trump Administration", "trump-administration"),
    "trump": ("PER", "Donald Trump", "donald-trump"),
    "analysts2": ("PER", "analysts (Kim's needs)", None),
    "advweap": ("WEA", "advanced weaponry", None),
    "borders": ("LOC", "North Korea's borders", None),
    "un": ("ORG", "United Nations", "united-nations"),
    "experts": ("PER", "experts", None),
    "pariah": ("GPE", "pariah states", None),
    "mileq": ("WEA", "military equipment", None),
    "sullivan": ("PER", "Jake Sullivan", "jake-sullivan"),
    "shoigu": ("PER", "Sergei Shoigu", "sergei-shoigu"),
    "rusdeleg": ("PER", "Russian delegation", None),
    "parade": ("EVENT", "North Korea's parade for the 70th anniversary of the armistice", None),
    "kor": ("NORP", "Koreans", "koreans"),
    "fighting": ("EVENT", "Korean War", None),
    "korea": ("GPE", "Korea", "korea"),
    "hwasong": ("WEA", "Hwasong", "hwasong-intercontinental-ballistic-missile"),
    "drones": ("WEA", "new drone designs", None),
    "time": ("ORG", "TIME", "time"),
}

REGISTRY = {
    "soviets": ("NORP", "Soviets"),
    "joe-biden": ("PER", "Joe Biden"),
    "wagner-group": ("ORG", "Wagner Group"),
    "nam-sung-wook": ("PER", "Nam Sung-wook"),
    "institute-for-national-security-strategy": ("ORG", "Institute for National Security Strategy"),
    "south-korean-ministry-of-unification": ("ORG", "Unification Ministry"),
    "korean-peoples-army-navy": ("ORG", "North Korean Navy"),
    "choe-sun-hui": ("PER", "Choe Sun Hui"),
    "cnn": ("ORG", "CNN"),
    "2019-koreas-dmz-summit": ("EVENT", "2019 Koreas DMZ Summit"),
    "trump-administration": ("ORG", "Trump Administration"),
    "donald-trump": ("PER", "Donald Trump"),
    "united-nations": ("ORG", "United Nations"),
    "jake-sullivan": ("PER", "Jake Sullivan"),
    "korea": ("GPE", "Korea"),
    "hwasong-intercontinental-ballistic-missile": ("WEA", "Hwasong"),
    "time": ("ORG", "TIME"),
}

MENTIONS = [
    # headline
    ("trip0", "Why [[Kim Jong Un’s Russia Trip]] Is", "trip", "nominal"),
    ("kim0", "Why [[Kim Jong Un]]’s", "kim", "name"),
    ("russia0", "Un’s [[Russia]] Trip", "russia", "name"),
    ("putin0", "Sign of [[Putin]]’s Weakness", "putin", "name"),
    # s3
    ("nkor3", "[[North Korean]] leader Kim Jong Un arrived", "nkor", "name"),
    ("kim3", "North Korean leader [[Kim Jong Un]] arrived", "kim", "name"),
    ("russia3", "arrived in [[Russia]] on Tuesday", "russia", "name"),
    ("summit3", "for [[a meeting]] with President", "summit", "nominal"),
    ("putin3", "President [[Vladimir Putin]], amid", "putin", "name"),
    ("us3", "warnings from the [[U.S.]] that", "us", "name"),
    ("nkru3", "that [[the two countries]] could", "nkru", "nominal"),
    # s4-5
    ("analysts4", "[[Analysts]] believe that", "analysts1", "nominal"),
    ("nk4", "believe that [[North Korea]] has tens", "nk", "name"),
    ("soviet4", "compatible [[Soviet]]-era", "soviet", "name"),
    ("shells4", "of [[compatible Soviet-era artillery shells]] and rockets", "shells", "nominal"),
    ("rockets4", "artillery shells and [[rockets]] that could", "rockets", "nominal"),
    ("russia4", "boost for [[Russia]]'s war efforts", "russia", "name"),
    ("ukraine4", "war efforts in [[Ukraine]].", "ukraine", "name"),
    ("weapons5", "Though [[these weapons]] are", "weapons", "nominal"),
    ("them5a", "the sheer number of [[them]] could", "weapons", "pronoun"),
    ("them5b", "could make [[them]] useful", "weapons", "pronoun"),
    ("moscow5", "useful to [[Moscow]].", "russia", "name", "metonymy"),
    # s6-8
    ("war6", "over the course of [[the war]] in Ukraine", "war", "nominal"),
    ("ukraine6", "the war in [[Ukraine]] for both", "ukraine", "name"),
    ("moscow6", "for both [[Moscow]] and Kyiv", "russia", "name", "metonymy"),
    ("kyiv6", "both Moscow and [[Kyiv]].", "ukraine", "name", "metonymy"),
    ("biden7", "President [[Biden]] warned", "biden", "name"),
    ("ukraine7", "warned that [[Ukraine]] was running", "ukraine", "name"),
    ("ammo7", "running out of [[ammunition]].", "ammo", "nominal"),
    ("its8", "For [[its]] part, Russia", "russia", "pronoun"),
    ("russia8", "For its part, [[Russia]] has previously", "russia", "name"),
    ("nk8", "turned to [[North Korea]] for weapons", "nk", "name"),
    ("weapons8", "North Korea for [[weapons]].", "weapons", "nominal"),
    # s9-10
    ("wh9", "In December, the [[White House]] told", "wh", "name"),
    ("reuters9", "told [[Reuters]] that", "reuters", "name"),
    ("nk9", "Reuters that [[North Korea]] also sold", "nk", "name"),
    ("weapons9", "also sold [[military weapons]] to", "weapons", "nominal"),
    ("rus9", "to the [[Russian]] mercenary group", "rus", "name"),
    ("wagner9", "mercenary group [[Wagner]].", "wagner", "name"),
    ("nkru10", "However, [[both Russia and North Korea]] have denied", "nkru", "nominal"),
    ("russia10", "However, both [[Russia]] and North Korea", "russia", "name"),
    ("nk10", "both Russia and [[North Korea]] have denied", "nk", "name"),
    # s11-12
    ("both11", "deal for [[both]], as Putin", "kimputin", "pronoun"),
    ("putin11", "for both, as [[Putin]] is cornered", "putin", "name"),
    ("his11", "cornered over [[his]] exhausted", "putin", "pronoun"),
    ("kim11", "inventory while [[Kim]] faces", "kim", "name"),
    ("sk11", "from the [[South Korea]]-U.S.-Japan", "sk", "name"),
    ("us11", "South Korea-[[U.S.]]-Japan", "us", "name"),
    ("japan11", "-U.S.-[[Japan]] trilateral", "japan", "name"),
    ("nam11", "” [[Nam Sung-wook]], a former", "nam", "name"),
    ("director11", "Nam Sung-wook, [[a former director]] of", "nam", "nominal"),
    ("skor11", "of the [[South Korean]] think tank", "skor", "name"),
    ("inss11", "think tank [[Institute for National Security Strategy]]", "inss", "name"),
    ("ap11", "Strategy, told the [[Associated Press]].", "ap", "name"),
    ("their12", "“[[Their]] needs are matched", "kimputin", "pronoun"),
    # s13
    ("officials13", "[[Officials]] identified in", "officials", "nominal"),
    ("nkor13", "identified in [[North Korean]] state media", "nkor", "name"),
    ("summit13", "military focus of [[Kim and Putin's upcoming meeting]].", "summit", "nominal"),
    ("kimputin13", "military focus of [[Kim and Putin]]'s upcoming", "kimputin", "nominal"),
    ("kim13", "military focus of [[Kim]] and Putin's", "kim", "name"),
    ("putin13", "of Kim and [[Putin]]'s upcoming", "putin", "name"),
    # s14
    ("kim14", "[[Kim]] appears to have been joined in Russia", "kim", "name"),
    ("russia14", "been joined in [[Russia]] by Jo", "russia", "name"),
    ("jo14", "by [[Jo Chun Ryong]], an official", "jo", "name"),
    ("official14", "Jo Chun Ryong, [[an official]] in charge", "jo", "nominal"),
    ("munitions14", "in charge of [[munitions]], who", "munitions", "nominal"),
    ("factories14", "recently toured [[North Korean factories]] producing", "factories", "nominal"),
    ("nkor14", "recently toured [[North Korean]] factories", "nkor", "name"),
    ("shells14", "factories producing [[artillery shells]] and missiles", "shells", "nominal"),
    ("missiles14", "producing artillery shells and [[missiles]], South", "missiles", "nominal"),
    ("sk14", "missiles, [[South Korea]]'s Unification", "sk", "name"),
    ("unimin14", "South Korea's [[Unification Ministry]] said", "unimin", "name"),
    # s15 (boilerplate)
    ("nk15", "Tracking All of [[North Korea]]’s Missile", "nk", "name"),
    # s16
    ("kim16", "[[Kim]] also appears to have been joined by Pak", "kim", "name"),
    ("pakts16", "joined by [[Pak Thae Song]], chairman", "pakts", "name"),
    ("chairman16", "Pak Thae Song, [[chairman]] of", "pakts", "nominal"),
    ("committee16", "chairman of [[North Korea’s space science and technology committee]]", "committee", "nominal"),
    ("nk16", "chairman of [[North Korea]]’s space", "nk", "name"),
    ("navy16", "and [[Navy]] Adm. Kim Myong Sik", "navy", "name"),
    ("kms16", "Navy Adm. [[Kim Myong Sik]], who", "kms", "name"),
    ("country16", "linked with [[the country]]'s bid", "nk", "nominal"),
    ("spysat16", "bid to acquire [[spy satellites]] and", "spysat", "nominal"),
    ("subs16", "spy satellites and [[nuclear-capable ballistic missile submarines]].", "subs", "nominal"),
    # s17
    ("deleg17", "[[Kim's delegation]] also likely", "delegation", "nominal"),
    ("kim17", "[[Kim]]'s delegation also likely", "kim", "name"),
    ("choe17", "Foreign Minister [[Choe Sun Hui]] and", "choe", "name"),
    ("kpa17", "Hui and [[Korean People’s Army]] Marshals", "kpa", "name"),
    ("ri17", "Marshals [[Ri Pyong Chol]] and", "ri", "name"),
    ("pjc17", "Chol and [[Pak Jong Chon]], the", "pjc", "name"),
    ("ap17", "Pak Jong Chon, the [[Associated Press]] reported", "ap", "name"),
    # s18-19
    ("summit18", "[[meeting]]] is a very significant", "summit", "nominal"),
    ("it18", "development if [[it]] goes forward", "summit", "pronoun"),
    ("easley18", "” [[Leif-Eric Easley]], professor", "easley", "name"),
    ("prof18", "Leif-Eric Easley, [[professor]] of international", "easley", "nominal"),
    ("ewha18", "studies at [[Ewha Womans University]] in Seoul", "ewha", "name"),
    ("seoul18", "Ewha Womans University in [[Seoul]], told", "seoul", "name"),
    ("cnn18", "told [[CNN]].", "cnn", "name"),
    ("russia19", "“[[Russia]] has the military technology", "russia", "name"),
    ("miltech19", "Russia has [[the military technology]] that", "miltech", "nominal"),
    ("kim19", "technology that [[Kim]] wants", "kim", "name"),
    ("his19", "Kim wants for [[his]] illegal", "kim", "pronoun"),
    # s20-22
    ("kim20", "[[Kim]] departed Pyongyang", "kim", "name"),
    ("pyongyang20", "Kim departed [[Pyongyang]] in", "pyongyang", "name"),
    ("train20", "Pyongyang in [[a high security luxury armored train]] on", "train", "nominal"),
    ("kim21", "first time [[Kim]] has left", "kim", "name"),
    ("nk21", "has left [[North Korea]] since", "nk", "name"),
    ("covid21", "North Korea since [[the COVID-19 pandemic]].", "covid", "nominal"),
    ("his22", "[[His]] last time leaving", "kim", "pronoun"),
    ("country22", "last time leaving [[the country]] was", "nk", "nominal"),
    ("dmz22", "during the [[2019 Koreas DMZ Summit]] organized", "dmz", "name"),
    ("us22", "organized by the [[United States]] under", "us", "name"),
    ("trumpadmin22", "under the [[Trump Administration]].", "trumpadmin", "name"),
    ("trump22", "under the [[Trump]] Administration.", "trump", "name"),
    # s23-24
    ("analysts23", "[[Analysts]] say that in addition", "analysts2", "nominal"),
    ("advweap23", "in addition to [[advanced weaponry]] for", "advweap", "nominal"),
    ("nk23", "weaponry for [[North Korea]]'s nuclear-capable", "nk", "name"),
    ("kim23", "missile program, [[Kim]] is also seeking", "kim", "name"),
    ("nation23", "scarce in [[the poverty-stricken nation]].", "nk", "nominal"),
    ("country24", "[[The country]] faces serious", "nk", "nominal"),
    ("govt24", "after [[the government]] sealed", "nk", "nominal"),
    ("borders24", "sealed [[its borders]] three", "borders", "nominal"),
    ("its24", "sealed [[its]] borders three", "nk", "pronoun"),
    ("covid24", "years ago amid [[the COVID-19 pandemic]].", "covid", "nominal"),
    # s25-26
    ("nkru25", "[[North Korea and Russia]] have had strained", "nkru", "nominal"),
    ("nk25", "[[North Korea]] and Russia have had strained", "nk", "name"),
    ("russia25", "North Korea and [[Russia]] have had strained", "russia", "name"),
    ("russia26", "In 2013, [[Russia]] supported", "russia", "name"),
    ("un26", "resolutions in the [[United Nations]] against", "un", "name"),
    ("nk26", "United Nations against [[North Korea]] for", "nk", "name"),
    ("its26", "North Korea for [[its]] nuclear tests", "nk", "pronoun"),
    # s27
    ("experts27", "[[Experts]] say warming", "experts", "nominal"),
    ("russia27", "increasingly isolated [[Russia]] has been forced", "russia", "name"),
    ("pariah27", "turn to [[pariah states]] for", "pariah", "nominal"),
    ("mileq27", "pariah states for [[military equipment]].", "mileq", "nominal"),
    # s28
    ("russia28", "It says a lot that [[Russia]] is having", "russia", "name"),
    ("country28", "turn to [[a country]] like North Korea", "nk", "nominal"),
    ("nk28", "a country like [[North Korea]] to seek", "nk", "name"),
    ("its28", "bolster [[its]] defense capacity", "russia", "pronoun"),
    ("war28", "defense capacity in [[a war]] that", "war", "nominal"),
    ("it28", "a war that [[it]] expected", "russia", "pronoun"),
    ("wh28", "” [[White House]] national security adviser", "wh", "name"),
    ("sullivan28", "adviser [[Jake Sullivan]] told", "sullivan", "name"),
    ("ap28", "Jake Sullivan told the [[Associated Press]].", "ap", "name"),
    # s29-30
    ("russia29", "In July, [[Russia]]’s defense minister", "russia", "name"),
    ("shoigu29", "defense minister [[Sergei Shogu]] visited", "shoigu", "name"),
    ("pyongyang29", "Shogu visited [[Pyongyang]] as part", "pyongyang", "name"),
    ("rusdeleg29", "as part of [[a Russian delegation]] to", "rusdeleg", "nominal"),
    ("rus29", "part of a [[Russian]] delegation", "rus", "name"),
    ("parade29", "delegation to [[North Korea’s parade]] on", "parade", "nominal"),
    ("nk29", "delegation to [[North Korea]]’s parade", "nk", "name"),
    ("kor29", "of the [[Korean]] armistice agreement", "kor", "name"),
    ("fighting29", "ended [[the fighting]] in Korea", "fighting", "nominal"),
    ("korea29", "the fighting in [[Korea]].", "korea", "name"),
    ("shoigu30", "While there, [[Shogu]] observed", "shoigu", "name"),
    ("hwasong30", "observed the [[Hwasong]] intercontinental", "hwasong", "name"),
    ("drones30", "along with [[other new drone designs]].", "drones", "nominal"),
    # boilerplate
    ("time31", "More Must-Reads from [[TIME]]", "time", "name"),
    ("us32", "Contact [[us]] at", "time", "pronoun"),
]

RELATIONS = [
    # headline
    ("TRAVELS_TO", "kim0", "russia0", "asserted"),
    # s3
    ("LEADER_OF", "kim3", "nkor3", "asserted"),
    ("TRAVELS_TO", "kim3", "russia3", "asserted"),
    ("MEETS", "kim3", "putin3", "possible"),  # F?: 'arrived in Russia ... for a meeting with President Vladimir Putin': the meeting is the purpose (planned, not yet held) -> possible
    ("LOCATED_IN", "summit3", "russia3", "possible"),  # F?: location of the planned meeting ('for a meeting'): possible like the meeting itself
    # s4-5
    ("SUPPLIES", "nk4", "shells4", "possible"),
    ("SUPPLIES", "nk4", "rockets4", "possible"),
    ("RECEIVES", "russia4", "shells4", "possible"),
    ("RECEIVES", "russia4", "rockets4", "possible"),
    ("RECEIVES", "moscow5", "them5b", "possible"),
    # s6, s8
    ("LOCATED_IN", "war6", "ukraine6", "asserted"),
    ("RECEIVES", "russia8", "weapons8", "possible"),  # F?: 'turned to North Korea for weapons': seeking weapons from a supplier; the transfer itself is not stated as done -> possible (a sought transfer), not asserted
    ("SUPPLIES", "nk8", "weapons8", "possible"),  # F?: as the RECEIVES above
    # s9
    ("SUPPLIES", "nk9", "weapons9", "reported"),
    ("RECEIVES", "wagner9", "weapons9", "reported"),
    ("NATIONALITY", "wagner9", "rus9", "asserted"),
    # s11
    ("OFFICIAL_OF", "nam11", "inss11", "asserted"),  # F?: 'a former director of ... INSS': a past office stated as fact by the apposition, not a denial
    ("NATIONALITY", "inss11", "skor11", "asserted"),
    # s13
    ("MEETS", "kim13", "putin13", "possible"),
    # s14
    ("TRAVELS_TO", "jo14", "russia14", "possible"),  # F?: 'Kim appears to have been joined in Russia by Jo' (ministry said): the hedge 'appears to' presents the travel as probable, so possible before reported
    ("PART_OF", "unimin14", "sk14", "asserted"),
    # s16
    ("OFFICIAL_OF", "pakts16", "committee16", "asserted"),
    ("PART_OF", "committee16", "nk16", "asserted"),
    ("OFFICIAL_OF", "kms16", "navy16", "asserted"),
    ("RECEIVES", "country16", "spysat16", "possible"),  # F?: 'the country's bid to acquire spy satellites': an attempt, not a receipt
    ("RECEIVES", "country16", "subs16", "possible"),
    # s17
    ("OFFICIAL_OF", "ri17", "kpa17", "asserted"),
    ("OFFICIAL_OF", "pjc17", "kpa17", "asserted"),
    # s18-19
    ("AFFILIATED_WITH", "easley18", "ewha18", "asserted"),
    ("LOCATED_IN", "ewha18", "seoul18", "asserted"),
    ("SUPPLIES", "russia19", "miltech19", "possible"),  # F?: 'Russia has the military technology that Kim wants': a want, no transfer stated -> potential, possible
    ("RECEIVES", "kim19", "miltech19", "possible"),
    # s22
    ("LEADER_OF", "trump22", "trumpadmin22", "asserted"),
    ("PART_OF", "trumpadmin22", "us22", "asserted"),
    # s23
    ("RECEIVES", "kim23", "advweap23", "possible"),  # F?: 'Kim is also seeking ... advanced weaponry': seeking, not receiving
    # s27
    ("RECEIVES", "russia27", "mileq27", "possible"),  # F?: 'forced to turn to pariah states for military equipment': a sought transfer, as 'turned to North Korea for weapons' -> possible
    ("SUPPLIES", "pariah27", "mileq27", "possible"),  # F?: as the RECEIVES above
    # s28
    ("OFFICIAL_OF", "sullivan28", "wh28", "asserted"),
    # s29
    ("OFFICIAL_OF", "shoigu29", "russia29", "asserted"),
    ("TRAVELS_TO", "shoigu29", "pyongyang29", "asserted"),
    ("NATIONALITY", "rusdeleg29", "rus29", "asserted"),
    ("LOCATED_IN", "fighting29", "korea29", "asserted"),
]

QUOTES = [
    ("indirect", ["U.S. that [[the two countries could strike an arms deal]]."], "amid [[warnings]] from", "us3", "speech"),
    ("indirect", ["believe that [[North Korea has tens ... war efforts in Ukraine]]."], "Analysts [[believe]] that", "analysts4", "thought"),
    ("indirect", ["warned that [[Ukraine was running out of ammunition]]."], "Biden [[warned]] that", "biden7", "speech"),
    ("indirect", ["told Reuters that [[North Korea also sold ... group Wagner]]."], "White House [[told]] Reuters", "wh9", "speech"),
    ("indirect", ["denied that [[such a transaction took place]]."], "have [[denied]] that", "nkru10", "speech"),
    ("direct", ["“[[It would be a ‘win-win’ ... trilateral cooperation,]]”",
                "“[[Their needs are matched perfectly now.]]”"],
     "Strategy, [[told]] the Associated Press.", "nam11", "speech"),
    ("indirect", ["[[Kim appears to have been joined in Russia ... artillery shells and missiles]], South"],
     "Unification Ministry [[said]].", "unimin14", "speech"),
    ("indirect", ["[[Kim's delegation also likely ... Pak Jong Chon]], the Associated"],
     "Associated Press [[reported]].", "ap17", "writing"),
    ("direct", ["“[[This [meeting] ... goes forward,]]”",
                "“[[Russia has the military technology ... delivery programs.]]”"],
     "Seoul, [[told]] CNN.", "easley18", "speech"),
    ("indirect", ["Analysts say that [[in addition to advanced weaponry ... poverty-stricken nation]]."],
     "Analysts [[say]] that in addition", "analysts23", "speech"),
    ("indirect", ["Experts say [[warming ties are a sign ... for military equipment]]."],
     "Experts [[say]] warming", "experts27", "speech"),
    ("direct", ["“[[It says a lot that Russia ... in a week,]]”"], "Jake Sullivan [[told]] the", "sullivan28", "speech"),
]

ZONES = [
    ("headline", "[[Why Kim Jong Un’s Russia Trip Is a Sign of Putin’s Weakness]]"),
    ("boilerplate", "[[4 minute read]]"),
    ("boilerplate", "[[Updated: | Originally published:]]"),
    ("body", "[[North Korean leader Kim Jong Un arrived ... strike an arms deal.]]"),
    ("body", "[[Analysts believe that ... useful to Moscow.]]"),
    ("body", "[[Ammunition shortages ... North Korea for weapons.]]"),
    ("body", "[[In December, the White House ... such a transaction took place.]]"),
    ("body", "[[“It would be a ‘win-win’ ... matched perfectly now.”]]"),
    ("body", "[[Officials identified ... upcoming meeting.]]"),
    ("body", "[[Kim appears to have been joined in Russia ... Unification Ministry said.]]"),
    ("boilerplate", "[[Read More: Tracking All of North Korea’s Missile Tests This Year So Far]]"),
    ("body", "[[Kim also appears to have been joined by Pak ... missile submarines.]]"),
    ("body", "[[Kim's delegation also likely ... Associated Press reported.]]"),
    ("body", "[[“This [meeting] ... weapons delivery programs.”]]"),
    ("body", "[[Kim departed Pyongyang ... under the Trump Administration.]]"),
    ("body", "[[Analysts say that in addition ... amid the COVID-19 pandemic.]]"),
    ("body", "[[North Korea and Russia have had strained ... its nuclear tests.]]"),
    ("body", "[[Experts say warming ties ... for military equipment.]]"),
    ("body", "[[“It says a lot that Russia ... told the Associated Press.]]"),
    ("body", "[[In July, Russia’s defense minister ... other new drone designs.]]"),
    ("boilerplate", "[[More Must-Reads from TIME]]"),
    ("boilerplate", "[[Contact us at letters@time.com]]"),
]
