# Annotation spec (second, independent pass): kim-arrives-russia-arms-sale-warning
#
# DECISIONS:
# - The document has no title line: the first line (two sentences and the stray "Â") is a body
#   paragraph; the short lines "Kim Jong Un to meet Putin", "North Korea and Russia: Steadfast
#   Allies", "Russia ‘begging’ for help" are subheadings ('begging' is a scare quote).
# - Coordinated NPs that refer to a set the text also refers to as a whole are one group
#   mention (kind "nominal") with their members nested: "[[Kim] and [Putin]] will meet" (set:
#   "the two leaders"), "[[North Korea] and [Russia]]: [Steadfast Allies]" (set: "the two
#   internationally isolated sides", "both nations"; the apposition "Steadfast Allies" is a
#   nominal of the set). The negated "neither Moscow nor Pyongyang" gets member mentions only.
# - "despite their being no indication": "their" is a typo for "there" and is not annotated;
#   "their talks" (= the summit) is an EVENT nominal of the summit with "their" = the two sides.
# - "the crisis" (his first journey outside of North Korea since the crisis) is the COVID-19
#   pandemic, as "since the coronavirus outbreak started" shows two paragraphs later.
# - "his first journey outside of North Korea" is the trip (EVENT nominal, kb null), as
#   "Kim Jong Un's Russia Trip" in the TIME article.
# - "senior military personnel from North Korea" and "his top military officials" are one PER
#   group (Kim's military entourage); NATIONALITY(personnel, North Korea).
# - "artillery rounds" joins the recurring class artillery-shells; "weaponry", "any weapons",
#   "South Korean weapons" join the general class "weapons"; an arsenal/inventory is not a
#   weapon mention ("its vast arsenal of [weaponry]").
# - Span extent of nominals with a PP follows section 2 strictly: "[Moscow’s invasion] of
#   [Ukraine]", "[the conflict] in [Ukraine]", "[his illegal war] in [Ukraine]", each with
#   LOCATED_IN(event, Ukraine); "[the Far Eastern city] closest to ...".
# - Names exclude the article: "the [Far East] of [Russia]", "the [Eastern Economic Forum]".
# - A name premodifying a common noun is nested: "[[Pyongyang] station]" (FAC name + GPE,
#   LOCATED_IN); no mentions inside other multi-word names ("Russian Railways", "UN Security
#   Council", "Korean People’s Army").
# - Borders are LOC nominals: "the North Korean border" and "the border" Kim crossed are one
#   entity (North Korea's border with Russia); "Kim had crossed the border" -> TRAVELS_TO.
# - "an unknown location" (the meeting place, not yet known) is not annotated.
# - Presence is not travel: "Putin is currently in Vladivostok" gives no TRAVELS_TO; "in
#   Vladivostok ... for the Eastern Economic Forum" gives LOCATED_IN(forum, Vladivostok), as
#   "arrived in Russia ahead of his meeting" gives LOCATED_IN(meeting, Russia).
# - Appositions: name and nominal are both mentions; the quote speaker and the relation head
#   is the name (guideline examples "[Sergei Shoigu], the defence minister for [Moscow]",
#   "[Leif-Eric Easley], a professor at [Ewha University]").
# - Arms transfers: SUPPLIES/RECEIVES for transfers stated as actual, possible, expected,
#   demanded, claimed or feared ("Moscow would demand anti-tank missiles ... from North Korea",
#   "if it gave Russia weapons", "has or will provide it with weapons", "any transfer of weapons
#   from North Korea to Russia", "a prospective delivery of South Korean weapons to Ukraine",
#   "did not want South Korea to give Kiev any weapons"), not for transfers the sentence itself
#   excludes ("Seoul is not allowed to contribute weaponry"). A NORP cannot be a supplier
#   ("South Korean weapons": RECEIVES only).
# - Reports without quote marks are indirect even in the first person: "I’ll remind both
#   nations that ..., he continued." The unattributed sentence "To meet with a global outcast
#   ..., he had to travel ..." (no cue) and "The reason for this was that ..." (no cue) are not
#   quotes. "According to photos released by North Korean official media" / "according to KCNA
#   pictures" are attributions (speaker: the media / KCNA); with a quoted fragment inside the
#   content the kind is mixed ("a “warm send-off”"). "The United States characterised Putin’s
#   efforts ... as desperate" is an indirect quote (content: the characterisation).
# - "North Korean official media" names a specific set of outlets (the state media of North
#   Korea): ORG nominal, NATIONALITY(media, North Korean).
# - "Seoul" as the target of blackmail and as a supplier of weapons is South Korea (metonymy);
#   "in Seoul" is the city. "the Russian government" is a nominal of Russia with a nested NORP.
# - "a global outcast" (whom Putin meets) is Kim; "another sovereign nation" is Ukraine; "his
#   own nation" is Russia.

ENTITIES = {
    "nkor": ("NORP", "North Koreans", "north-koreans"),
    "kim": ("PER", "Kim Jong Un", "kim-jong-un"),
    "russia": ("GPE", "Russia", "russia"),
    "summit": ("EVENT", "Kim–Putin summit 2023", "kim-putin-summit-2023"),
    "putin": ("PER", "Vladimir Putin", "vladimir-putin"),
    "war": ("EVENT", "war in Ukraine", "russian-invasion-of-ukraine"),
    "ukraine": ("GPE", "Ukraine", "ukraine"),
    "us": ("GPE", "United States", "united-states"),
    "media": ("ORG", "North Korean official media", None),
    "train": ("VEH", "Kim Jong Un's armoured train", "kim-jong-uns-armoured-train"),
    "pyongyang": ("GPE", "Pyongyang", "pyongyang"),
    "trip": ("EVENT", "Kim Jong Un's trip to Russia", None),
    "nk": ("GPE", "North Korea", "north-korea"),
    "covid": ("EVENT", "COVID-19 pandemic", "covid-19-pandemic"),
    "kimputin": ("PER", "Kim and Putin", None),
    "fareast": ("LOC", "Russian Far East", "russian-far-east"),
    "peskov": ("PER", "Dmitry Peskov", "dmitry-peskov"),
    "kremlin": ("ORG", "Kremlin", "kremlin"),
    "vladivostok": ("GPE", "Vladivostok", "vladivostok"),
    "border": ("LOC", "North Korea's border with Russia", None),
    "eef": ("EVENT", "Eastern Economic Forum", "eastern-economic-forum"),
    "nkru": ("GPE", "North Korea and Russia", None),
    "experts": ("PER", "experts", None),
    "atm": ("WEA", "anti-tank missiles", None),
    "shells": ("WEA", "artillery rounds", "artillery-shells"),
    "sattech": ("WEA", "advanced satellite and nuclear submarine technology", None),
    "wh": ("ORG", "White House", "white-house"),
    "weapons": ("WEA", "weapons", None),
    "kcna": ("ORG", "Korean Central News Agency", "korean-central-news-agency"),
    "entourage": ("PER", "Kim's senior military officials", None),
    "spacetech": ("WEA", "space technologies", None),
    "pystation": ("FAC", "Pyongyang station", "pyongyang-station"),
    "rus": ("NORP", "Russians", "russians"),
    "ria": ("ORG", "Ria Novosti", "ria-novosti"),
    "loco": ("VEH", "a Russian Railways locomotive", None),
    "rzd": ("ORG", "Russian Railways", "russian-railways"),
    "observers": ("PER", "observers", None),
    "jo": ("PER", "Jo Chun Ryong", "jo-chun-ryong"),
    "mid": ("ORG", "Munitions Industry Department", "munitions-industry-department"),
    "pjc": ("PER", "Pak Jong Chon", "pak-jong-chon"),
    "kpa": ("ORG", "Korean People's Army", "korean-peoples-army"),
    "shoigu": ("PER", "Sergei Shoigu", "sergei-shoigu"),
    "rockets": ("WEA", "rockets", None),
    "missiles": ("WEA", "missiles", None),
    "easley": ("PER", "Leif-Eric Easley", "leif-eric-easley"),
    "seoul": ("GPE", "Seoul", "seoul"),
    "ewha": ("ORG", "Ewha Womans University", "ewha-womans-university"),
    "sk": ("GPE", "South Korea", "south-korea"),
    "tech23": ("WEA", "satellite, ballistic, and submarine technologies", None),
    "ammo": ("WEA", "ammunition", "ammunition"),
    "miller": ("PER", "Matthew Miller", "matthew-miller"),
    "statedept": ("ORG", "U.S. State Department", "us-state-department"),
    "unsc": ("ORG", "UN Security Council", "un-security-council"),
    "ukr": ("NORP", "Ukrainians", "ukrainians"),
    "infra": ("FAC", "Ukrainian heating and food infrastructure", None),
    "lankov": ("PER", "Andrei Lankov", "andrei-lankov"),
    "kookmin": ("ORG", "Kookmin University", "kookmin-university"),
    "afp": ("ORG", "AFP", "agence-france-presse"),
    "tanks": ("WEA", "tanks", None),
    "poland": ("GPE", "Poland", "poland"),
    "skor": ("NORP", "South Koreans", "south-koreans"),
}

REGISTRY = {
    "pyongyang-station": ("FAC", "Pyongyang station"),
    "ria-novosti": ("ORG", "Ria Novosti"),
    "russian-railways": ("ORG", "Russian Railways"),
    "ukrainians": ("NORP", "Ukrainians"),
    "andrei-lankov": ("PER", "Andrei Lankov"),
    "kookmin-university": ("ORG", "Kookmin University"),
    "agence-france-presse": ("ORG", "AFP"),
    "poland": ("GPE", "Poland"),
}

MENTIONS = [
    # s0
    ("nkor0", "[[North Korean]] leader Kim Jong Un arrived", "nkor", "name"),
    ("kim0", "North Korean leader [[Kim Jong Un]] arrived", "kim", "name"),
    ("russia0", "arrived in [[Russia]] on Tuesday ahead", "russia", "name"),
    ("meeting0", "ahead of [[his meeting]] with", "summit", "nominal"),
    ("his0", "ahead of [[his]] meeting with", "kim", "pronoun"),
    ("putin0", "President [[Vladimir Putin]]. The", "putin", "name"),
    # s1
    ("conf1", "[[The conference]] might end", "summit", "nominal"),
    ("inv1", "to support [[Moscow’s invasion]] of Ukraine, the US", "war", "nominal"),
    ("moscow1", "to support [[Moscow]]’s invasion of Ukraine, the US", "russia", "name", "metonymy"),
    ("ukraine1", "invasion of [[Ukraine]], the US has", "ukraine", "name"),
    ("us1", "Ukraine, the [[US]] has warned", "us", "name"),
    # s3-4
    ("media3", "released by [[North Korean official media]],", "media", "nominal"),
    ("nkor3", "released by [[North Korean]] official media", "nkor", "name"),
    ("kim3", "an unflinching [[Kim]] waved", "kim", "name"),
    ("train3", "the doors of [[his heavily armoured private train]] as", "train", "nominal"),
    ("his3", "the doors of [[his]] heavily", "kim", "pronoun"),
    ("it3", "private train as [[it]] departed", "train", "pronoun"),
    ("pyongyang3", "departed [[Pyongyang]] on Sunday", "pyongyang", "name"),
    ("trip4", "This was [[his first journey]] outside", "trip", "nominal"),
    ("his4", "This was [[his]] first journey", "kim", "pronoun"),
    ("nk4", "outside of [[North Korea]] since the crisis", "nk", "name"),
    ("covid4", "since [[the crisis]].", "covid", "nominal"),
    # s5 (subheading)
    ("kim5", "[[Kim Jong Un]] to meet Putin", "kim", "name"),
    ("putin5", "Kim Jong Un to meet [[Putin]]", "putin", "name"),
    # s6
    ("kimputin6", "[[Kim and Putin]] will meet this week", "kimputin", "nominal"),
    ("kim6", "[[Kim]] and Putin will meet this week", "kim", "name"),
    ("putin6", "Kim and [[Putin]] will meet this week", "putin", "name"),
    ("fareast6", "in the [[Far East]] of Russia", "fareast", "name"),
    ("russia6", "Far East of [[Russia]], according", "russia", "name"),
    ("peskov6", "according to [[Dmitry Peskov]], a spokesman", "peskov", "name"),
    ("spokesman6", "Dmitry Peskov, [[a spokesman]] for", "peskov", "nominal"),
    ("kremlin6", "spokesman for the [[Kremlin]].", "kremlin", "name"),
    # s7
    ("putin7", "[[Putin]] is currently in", "putin", "name"),
    ("vlad7", "currently in [[Vladivostok]], the", "vladivostok", "name"),
    ("city7", "Vladivostok, [[the Far Eastern city]] closest", "vladivostok", "nominal"),
    ("border7", "closest to [[the North Korean border]],", "border", "nominal"),
    ("nkor7", "closest to the [[North Korean]] border", "nkor", "name"),
    ("eef7", "for the [[Eastern Economic Forum]], despite", "eef", "name"),
    ("sides7", "indication that [[the two internationally isolated sides]] will", "nkru", "nominal"),
    ("talks7", "will hold [[their talks]] there", "summit", "nominal"),
    ("their7", "will hold [[their]] talks there", "nkru", "pronoun"),
    # s8
    ("experts8", "[[Experts]] predict that", "experts", "nominal"),
    ("moscow8", "predict that [[Moscow]] would demand", "russia", "name", "metonymy"),
    ("atm8", "would demand [[anti-tank missiles]] and", "atm", "nominal"),
    ("shells8", "missiles and [[artillery rounds]] from", "shells", "nominal"),
    ("nk8", "artillery rounds from [[North Korea]] in exchange", "nk", "name"),
    ("sattech8", "in exchange for [[advanced satellite and nuclear submarine technology]].", "sattech", "nominal"),
    # s9
    ("wh9", "The [[White House]] warned last week", "wh", "name"),
    ("nk9", "warned last week that [[North Korea]] would", "nk", "name"),
    ("it9", "” if [[it]] gave Russia", "nk", "pronoun"),
    ("russia9", "if it gave [[Russia]] weapons", "russia", "name"),
    ("weapons9", "gave Russia [[weapons]] for", "weapons", "nominal"),
    ("conflict9", "for [[the conflict]] in Ukraine", "war", "nominal"),
    ("ukraine9", "the conflict in [[Ukraine]].", "ukraine", "name"),
    # s10-11
    ("kcna10", "the official [[Korean Central News Agency]] (KCNA)", "kcna", "name"),
    ("kcna10b", "News Agency ([[KCNA]]), Kim", "kcna", "name"),
    ("kim10", "(KCNA), [[Kim]] departed", "kim", "name"),
    ("nk10", "Kim departed [[North Korea]] for Russia", "nk", "name"),
    ("russia10", "departed North Korea for [[Russia]] on Sunday", "russia", "name"),
    ("he11", "[[He]] was accompanied", "kim", "pronoun"),
    ("pers11", "accompanied by [[senior military personnel]] from", "entourage", "nominal"),
    ("nk11", "personnel from [[North Korea]], including", "nk", "name"),
    ("weapons11", "charge of developing [[weapons]] and space", "weapons", "nominal"),
    ("spacetech11", "weapons and [[space technologies]].", "spacetech", "nominal"),
    # s12
    ("peskov12", "[[Peskov]] stated that", "peskov", "name"),
    ("leaders12", "stated that [[the two leaders]] would", "kimputin", "nominal"),
    # s13
    ("kim13", "[[Kim]] was given a", "kim", "name"),
    ("pystation13", "honour guard at [[Pyongyang station]] at around", "pystation", "name"),
    ("pyongyang13", "honour guard at [[Pyongyang]] station", "pyongyang", "name"),
    ("kcna13", "according to [[KCNA]] pictures", "kcna", "name"),
    # s14
    ("rus14", "The [[Russian]] state news agency", "rus", "name"),
    ("ria14", "news agency [[Ria Novosti]] published", "ria", "name"),
    ("train14", "images of [[the train]]’s dark", "train", "nominal"),
    ("loco14", "pulled by [[a Russian Railways locomotive]] along", "loco", "nominal"),
    ("rzd14", "pulled by a [[Russian Railways]] locomotive", "rzd", "name"),
    ("kim14", "claiming that [[Kim]] had crossed", "kim", "name"),
    ("border14", "had crossed [[the border]] on Tuesday", "border", "nominal"),
    # s15 (subheading)
    ("nkru15", "[[North Korea and Russia]]: Steadfast", "nkru", "nominal"),
    ("nk15", "[[North Korea]] and Russia: Steadfast", "nk", "name"),
    ("russia15", "North Korea and [[Russia]]: Steadfast", "russia", "name"),
    ("allies15", "Russia: [[Steadfast Allies]]", "nkru", "nominal"),
    # s16
    ("observers16", "[[Observers]] claim that", "observers", "nominal"),
    ("kim16", "claim that [[Kim]] is travelling", "kim", "name"),
    ("russia16", "travelling to [[Russia]] with his", "russia", "name"),
    ("officials16", "Russia with [[his top military officials]], including", "entourage", "nominal"),
    ("his16", "Russia with [[his]] top military", "kim", "pronoun"),
    ("jo16", "Director [[Jo Chun Ryong]] of", "jo", "name"),
    ("mid16", "of the [[Munitions Industry Department]] and", "mid", "name"),
    ("pjc16", "Marshal [[Pak Jong Chon]] of", "pjc", "name"),
    ("kpa16", "of the [[Korean People’s Army]].", "kpa", "name"),
    # s17-18
    ("shoigu17", "[[Sergei Shoigu]], the defence", "shoigu", "name"),
    ("minister17", "Sergei Shoigu, [[the defence minister]] for", "shoigu", "nominal"),
    ("moscow17", "defence minister for [[Moscow]], visited", "russia", "name", "metonymy"),
    ("pyongyang17", "visited [[Pyongyang]] in July", "pyongyang", "name"),
    ("he18", "[[He]] recently suggested", "shoigu", "pronoun"),
    # s19
    ("wash19", "[[Washington]] claims that Kim", "us", "name", "metonymy"),
    ("kim19", "claims that [[Kim]] has continuously", "kim", "name"),
    ("inv19", "supported [[Moscow’s invasion]] of Ukraine, including", "war", "nominal"),
    ("moscow19", "supported [[Moscow]]’s invasion", "russia", "name", "metonymy"),
    ("ukraine19", "invasion of [[Ukraine]], including", "ukraine", "name"),
    ("rockets19", "by supplying [[rockets]] and missiles", "rockets", "nominal"),
    ("missiles19", "supplying rockets and [[missiles]].", "missiles", "nominal"),
    # s20-21
    ("russia20", "even though [[Russia]] has been rapidly", "russia", "name"),
    ("its20a", "exhausting [[its]] vast arsenal", "russia", "pronoun"),
    ("weaponry20", "vast arsenal of [[weaponry]] ever", "weapons", "nominal"),
    ("it20a", "ever since [[it]] started its", "russia", "pronoun"),
    ("inv20", "it started [[its invasion]] of Ukraine at", "war", "nominal"),
    ("its20b", "it started [[its]] invasion", "russia", "pronoun"),
    ("ukraine20", "its invasion of [[Ukraine]] at the beginning", "ukraine", "name"),
    ("moscow20", "neither [[Moscow]] nor Pyongyang", "russia", "name", "metonymy"),
    ("pyongyang20", "neither Moscow nor [[Pyongyang]] have", "nk", "name", "metonymy"),
    ("nk20", "recognized that [[North Korea]] has or will", "nk", "name"),
    ("it20b", "will provide [[it]] with weapons", "russia", "pronoun"),
    ("weapons20", "provide it with [[weapons]].", "weapons", "nominal"),
    ("kim21", "[[Kim]] hasn’t left", "kim", "name"),
    ("nk21", "hasn’t left [[North Korea]] since", "nk", "name"),
    ("covid21", "since [[the coronavirus outbreak]] started", "covid", "nominal"),
    # s22 (subheading)
    ("russia22", "[[Russia]] ‘begging’ for help", "russia", "name"),
    # s23
    ("easley23", "[[Leif-Eric Easley]], a professor", "easley", "name"),
    ("prof23", "Leif-Eric Easley, [[a professor]] at", "easley", "nominal"),
    ("seoul23", "a professor at [[Seoul]]’s Ewha", "seoul", "name"),
    ("ewha23", "Seoul’s [[Ewha University]], claims", "ewha", "name"),
    ("moscow23", "claims that while [[Moscow]] has satellite", "russia", "name", "metonymy"),
    ("tech23", "Moscow has [[satellite, ballistic, and submarine technologies]] that", "tech23", "nominal"),
    ("pyongyang23", "could assist [[Pyongyang]] in overcoming", "nk", "name", "metonymy"),
    ("nk23", "sanctions, [[North Korea]] has the subpar", "nk", "name"),
    ("ammo23", "North Korea has [[the subpar ammunition]] that", "ammo", "nominal"),
    ("putin23", "ammunition that [[Putin]] needs", "putin", "name"),
    ("war23", "needs for [[his illegal war]] in Ukraine", "war", "nominal"),
    ("his23", "needs for [[his]] illegal war", "putin", "pronoun"),
    ("ukraine23", "his illegal war in [[Ukraine]].", "ukraine", "name"),
    # s24
    ("us24", "The [[United States]] characterised", "us", "name"),
    ("putin24", "characterised [[Putin]]’s efforts", "putin", "name"),
    ("kim24", "efforts to meet with [[Kim]] as desperate", "kim", "name"),
    # s25-26
    ("miller25", "According to [[Matthew Miller]], a spokeswoman", "miller", "name"),
    ("spokeswoman25", "Matthew Miller, [[a spokeswoman]] for", "miller", "nominal"),
    ("statedept25", "spokeswoman for the [[State Department]],", "statedept", "name"),
    ("i25", "“[[I]] would characterise", "miller", "pronoun"),
    ("him25", "characterise it as [[him]] pleading", "putin", "pronoun"),
    ("outcast26", "To meet with [[a global outcast]] and", "kim", "nominal"),
    ("war26", "request help in [[a war]] that he anticipated", "war", "nominal"),
    ("he26a", "a war that [[he]] anticipated", "putin", "pronoun"),
    ("he26b", "first month, [[he]] had to travel", "putin", "pronoun"),
    ("nation26", "the length of [[his own nation]].", "russia", "nominal"),
    ("his26", "the length of [[his]] own nation", "putin", "pronoun"),
    # s27
    ("i27", "[[I]]’ll remind both nations", "miller", "pronoun"),
    ("nations27", "I’ll remind [[both nations]] that", "nkru", "nominal"),
    ("weapons27", "any transfer of [[weapons]] from North Korea", "weapons", "nominal"),
    ("nk27", "transfer of weapons from [[North Korea]] to Russia", "nk", "name"),
    ("russia27", "weapons from North Korea to [[Russia]] would be", "russia", "name"),
    ("unsc27", "resolutions of the [[UN Security Council]], he", "unsc", "name"),
    ("he27", "Security Council, [[he]] continued", "miller", "pronoun"),
    # s28
    ("wash28", "[[Washington]] has issued a warning", "us", "name", "metonymy"),
    ("russia28", "as winter approaches, [[Russia]] may attack", "russia", "name"),
    ("infra28", "may attack [[Ukrainian heating and food infrastructure]] using", "infra", "nominal"),
    ("ukr28", "may attack [[Ukrainian]] heating", "ukr", "name"),
    ("weapons28", "infrastructure using [[weapons]] acquired", "weapons", "nominal"),
    ("nk28", "acquired from [[North Korea]] in an effort", "nk", "name"),
    ("nation28", "belongs to [[another sovereign nation]].", "ukraine", "nominal"),
    # s29-30
    ("summit29", "[[A Putin-Kim summit]] was a part", "summit", "nominal"),
    ("putin29", "A [[Putin]]-Kim summit", "putin", "name"),
    ("kim29", "A Putin-[[Kim]] summit", "kim", "name"),
    ("moscow29", "a part of [[Moscow]]’s “gentle", "russia", "name", "metonymy"),
    ("seoul29a", "blackmail” of [[Seoul]], according", "sk", "name", "metonymy"),
    ("lankov29", "according to [[Andrei Lankov]], a North Korea expert", "lankov", "name"),
    ("expert29", "Andrei Lankov, [[a North Korea expert]] at", "lankov", "nominal"),
    ("nk29", "Andrei Lankov, a [[North Korea]] expert", "nk", "name"),
    ("kookmin29", "expert at [[Kookmin University]] in Seoul", "kookmin", "name"),
    ("seoul29b", "Kookmin University in [[Seoul]], who", "seoul", "name"),
    ("afp29", "who spoke to [[AFP]].", "afp", "name"),
    ("russia30", "The reason for this was that [[Russia]] did not", "russia", "name"),
    ("sk30", "did not want [[South Korea]] to give Kiev", "sk", "name"),
    ("kiev30", "South Korea to give [[Kiev]] any weapons", "ukraine", "name", "metonymy"),
    ("weapons30", "to give Kiev [[any weapons]].", "weapons", "nominal"),
    # s31
    ("weapons31", "a big supplier of [[weapons]] and having", "weapons", "nominal"),
    ("tanks31", "having given [[tanks]] to Poland", "tanks", "nominal"),
    ("poland31", "tanks to [[Poland]], a country", "poland", "name"),
    ("country31", "Poland, [[a country]] that supports", "poland", "nominal"),
    ("kiev31", "that supports [[Kiev]], Seoul", "ukraine", "name", "metonymy"),
    ("seoul31", "supports Kiev, [[Seoul]] is not allowed", "sk", "name", "metonymy"),
    ("weaponry31", "contribute [[weaponry]] to the ongoing", "weapons", "nominal"),
    ("hostilities31", "to [[the ongoing hostilities]] due", "war", "nominal"),
    # s32
    ("lankov32", "According to [[Lankov]], the Russian", "lankov", "name"),
    ("govt32", "Lankov, [[the Russian government]] is", "russia", "nominal"),
    ("rus32", "Lankov, the [[Russian]] government", "rus", "name"),
    ("weapons32", "delivery of [[South Korean weapons]] to Ukraine", "weapons", "nominal"),
    ("skor32", "delivery of [[South Korean]] weapons", "skor", "name"),
    ("ukraine32", "South Korean weapons to [[Ukraine]], maybe", "ukraine", "name"),
]

RELATIONS = [
    # s0-1
    ("LEADER_OF", "kim0", "nkor0", "asserted"),
    ("TRAVELS_TO", "kim0", "russia0", "asserted"),
    ("LOCATED_IN", "meeting0", "russia0", "possible"),  # F?: location of the upcoming meeting ('ahead of his meeting'): planned -> possible
    ("MEETS", "his0", "putin0", "possible"),  # F?: a planned meeting presupposed by a possessive nominal ('ahead of his meeting'): planned -> possible, not asserted
    ("LOCATED_IN", "inv1", "ukraine1", "asserted"),
    # s3
    ("NATIONALITY", "media3", "nkor3", "asserted"),
    # s5-7
    ("MEETS", "kim5", "putin5", "possible"),
    ("MEETS", "kim6", "putin6", "possible"),
    ("LOCATED_IN", "fareast6", "russia6", "asserted"),
    ("SPOKESPERSON_OF", "peskov6", "kremlin6", "asserted"),
    ("LOCATED_IN", "eef7", "vlad7", "asserted"),
    # s8
    ("RECEIVES", "moscow8", "atm8", "possible"),
    ("RECEIVES", "moscow8", "shells8", "possible"),
    ("SUPPLIES", "nk8", "atm8", "possible"),
    ("SUPPLIES", "nk8", "shells8", "possible"),
    ("SUPPLIES", "moscow8", "sattech8", "possible"),
    ("RECEIVES", "nk8", "sattech8", "possible"),
    # s9
    ("SUPPLIES", "it9", "weapons9", "possible"),
    ("RECEIVES", "russia9", "weapons9", "possible"),
    ("LOCATED_IN", "conflict9", "ukraine9", "asserted"),
    # s10-11
    ("TRAVELS_TO", "kim10", "russia10", "reported"),
    ("NATIONALITY", "pers11", "nk11", "asserted"),
    # s13-14
    ("LOCATED_IN", "pystation13", "pyongyang13", "asserted"),
    ("NATIONALITY", "ria14", "rus14", "asserted"),
    ("TRAVELS_TO", "kim14", "border14", "reported"),
    # s16
    ("TRAVELS_TO", "kim16", "russia16", "reported"),
    ("TRAVELS_TO", "officials16", "russia16", "reported"),
    ("OFFICIAL_OF", "jo16", "mid16", "asserted"),
    ("OFFICIAL_OF", "pjc16", "kpa16", "asserted"),
    # s17
    ("OFFICIAL_OF", "shoigu17", "moscow17", "asserted"),
    ("TRAVELS_TO", "shoigu17", "pyongyang17", "asserted"),
    # s19
    ("LOCATED_IN", "inv19", "ukraine19", "asserted"),
    ("SUPPLIES", "kim19", "rockets19", "reported"),
    ("SUPPLIES", "kim19", "missiles19", "reported"),
    ("RECEIVES", "moscow19", "rockets19", "reported"),
    ("RECEIVES", "moscow19", "missiles19", "reported"),
    # s20
    ("LOCATED_IN", "inv20", "ukraine20", "asserted"),
    ("SUPPLIES", "nk20", "weapons20", "possible"),
    ("RECEIVES", "it20b", "weapons20", "possible"),
    # s23
    ("AFFILIATED_WITH", "easley23", "ewha23", "asserted"),
    ("LOCATED_IN", "ewha23", "seoul23", "asserted"),
    ("SUPPLIES", "moscow23", "tech23", "possible"),
    ("RECEIVES", "pyongyang23", "tech23", "possible"),
    ("SUPPLIES", "nk23", "ammo23", "possible"),  # F?: 'North Korea has the subpar ammunition that Putin needs': no transfer stated, only a need -> potential transfer, possible
    ("RECEIVES", "putin23", "ammo23", "possible"),  # F?: 'Putin needs' the ammunition: a need, not a receipt -> possible
    ("LOCATED_IN", "war23", "ukraine23", "asserted"),
    # s24-27
    ("MEETS", "putin24", "kim24", "possible"),  # F?: 'efforts to meet with Kim': an attempt/plan, not a meeting that happened
    ("SPOKESPERSON_OF", "miller25", "statedept25", "asserted"),
    ("MEETS", "outcast26", "he26b", "possible"),  # F?: purpose clause 'To meet with a global outcast ..., he had to travel': the meeting is the aim (planned), text's own voice
    ("SUPPLIES", "nk27", "weapons27", "possible"),
    ("RECEIVES", "russia27", "weapons27", "possible"),
    # s28
    ("RECEIVES", "russia28", "weapons28", "possible"),  # F?: 'weapons acquired from North Korea' inside Washington's warning that Russia 'may attack ... using' them: part of the warned scenario, not a reported past transfer
    ("SUPPLIES", "nk28", "weapons28", "possible"),  # F?: same as the RECEIVES above (warned scenario)
    # s29-30
    ("MEETS", "putin29", "kim29", "asserted"),  # F?: 'A Putin-Kim summit' carries the meeting in a noun modifier; Lankov's claim is about its purpose, not its occurrence
    ("AFFILIATED_WITH", "lankov29", "kookmin29", "asserted"),
    ("LOCATED_IN", "kookmin29", "seoul29b", "asserted"),
    ("SUPPLIES", "sk30", "weapons30", "possible"),  # F?: 'Russia did not want South Korea to give Kiev any weapons': negation of 'want', not of the giving; a feared transfer -> possible, not denied
    ("RECEIVES", "kiev30", "weapons30", "possible"),
    # s31
    ("SUPPLIES", "seoul31", "weapons31", "asserted"),
    ("SUPPLIES", "seoul31", "tanks31", "asserted"),
    ("RECEIVES", "poland31", "tanks31", "asserted"),
    # s32
    ("RECEIVES", "ukraine32", "weapons32", "possible"),
]

QUOTES = [
    ("indirect", ["[[The conference might end ... invasion of Ukraine]], the US"], "the US has [[warned]]", "us1", "speech"),
    ("indirect", ["official media, [[an unflinching Kim waved ... on Sunday evening]]."],
     "[[According to]] photos released", "media3", "evidence"),
    ("indirect", ["[[Kim and Putin will meet ... Far East of Russia]], according"],
     "Russia, [[according to]] Dmitry Peskov", "peskov6", "speech"),
    ("indirect", ["predict that [[Moscow would demand ... nuclear submarine technology]]."],
     "Experts [[predict]] that", "experts8", "speech"),  # F?: 'predict' is a speech act (hard case 18) like 'say', not 'expect'/'believe': speech, not thought
    ("mixed", ["warned last week that [[North Korea would “pay a price” ... conflict in Ukraine]]."],
     "White House [[warned]] last week", "wh9", "speech"),
    ("indirect", ["(KCNA), [[Kim departed North Korea ... in spite of the warnings]]."],
     "[[According to]] the official Korean", "kcna10", "writing"),
    ("mixed", ["stated that [[the two leaders would “cooperate ... and announcements”]]."],
     "Peskov [[stated]] that", "peskov12", "speech"),
    ("mixed", ["[[Kim was given a “warm send-off” ... (09h38 GMT)]], according"],
     "GMT), [[according to]] KCNA", "kcna13", "evidence"),  # F?: 'according to KCNA pictures': source is pictures (evidence) although the content has a quoted fragment ('warm send-off')
    ("indirect", ["claiming that [[Kim had crossed the border on Tuesday]]."], "track, [[claiming]] that", "ria14", "writing"),  # F?: Ria Novosti 'published images ..., claiming that': the agency's published claim (writing), not the images (evidence)
    ("indirect", ["Observers claim that [[Kim is travelling to Russia ... Korean People’s Army]]."],
     "Observers [[claim]] that", "observers16", "speech"),
    ("indirect", ["suggested that [[bilateral naval drills be conducted in cooperation]]."],
     "He recently [[suggested]] that", "he18", "speech"),
    ("indirect", ["Washington claims that [[Kim has continuously ... rockets and missiles]]."],
     "Washington [[claims]] that Kim", "wash19", "speech"),
    ("indirect", ["claims that [[while Moscow has satellite ... illegal war in Ukraine]]."],
     "Ewha University, [[claims]] that", "easley23", "speech"),
    ("indirect", ["characterised [[Putin’s efforts to meet with Kim as desperate]] on Monday."],
     "United States [[characterised]] Putin", "us24", "speech"),
    ("direct", ["“[[I would characterise it as him pleading for help.]]”"],
     "[[According to]] Matthew Miller", "miller25", "speech"),
    ("indirect", ["[[I’ll remind both nations ... UN Security Council]], he continued."],
     "he [[continued]].", "he27", "speech"),
    ("mixed", ["issued a warning that [[as winter approaches ... another sovereign nation.”]]"],
     "Washington has [[issued a warning]]", "wash28", "speech"),  # F?: 'Washington has issued a warning': no statement or spokesperson shown, so the default speech; 'issued' could suggest a written statement
    ("mixed", ["[[A Putin-Kim summit was a part ... blackmail” of Seoul]], according"],
     "Seoul, [[according to]] Andrei Lankov", "lankov29", "speech"),
    ("indirect", ["According to Lankov, [[the Russian government is ... in several batches]]."],
     "[[According to]] Lankov", "lankov32", "speech"),
]

ZONES = [
    ("body", "[[North Korean leader Kim Jong Un arrived ... the US has warned.Â]]"),
    ("body", "[[According to photos released ... since the crisis.]]"),
    ("subheading", "[[Kim Jong Un to meet Putin]]\n"),
    ("body", "[[Kim and Putin will meet this week ... hold their talks there.]]"),
    ("body", "[[Experts predict that ... for the conflict in Ukraine.]]"),
    ("body", "[[According to the official Korean ... and space technologies.]]"),
    ("body", "[[Peskov stated that ... announcements”.]]"),
    ("body", "[[Kim was given a “warm send-off” ... according to KCNA pictures.]]"),
    ("body", "[[The Russian state news agency ... the border on Tuesday.]]"),
    ("subheading", "[[North Korea and Russia: Steadfast Allies]]"),
    ("body", "[[Observers claim that ... Korean People’s Army.]]"),
    ("body", "[[Sergei Shoigu, the defence minister ... conducted in cooperation.]]"),
    ("body", "[[Washington claims that Kim ... rockets and missiles.]]"),
    ("body", "[[But even though Russia ... coronavirus outbreak started.]]"),
    ("subheading", "[[Russia ‘begging’ for help]]"),
    ("body", "[[Leif-Eric Easley, a professor ... illegal war in Ukraine.]]"),
    ("body", "[[The United States characterised ... desperate on Monday.]]"),
    ("body", "[[According to Matthew Miller ... length of his own nation.]]"),
    ("body", "[[I’ll remind both nations ... he continued.]]"),
    ("body", "[[Washington has issued a warning ... another sovereign nation.”]]"),
    ("body", "[[A Putin-Kim summit was a part ... give Kiev any weapons.]]"),
    ("body", "[[Despite being a big supplier ... maybe in several batches.]]"),
]
