# Gold annotation spec: kim-arrives-russia-arms-sale-warning (reconciled: see
# docs/reconciliation/kim-arrives-russia-arms-sale-warning.md)
#
# DECISIONS:
# 1. Lede without a title: the first line ("North Korean leader Kim Jong Un arrived in Russia ...
#    the US has warned.Â") is two running sentences, not a title: it is a body zone (the stray
#    "Â" stays inside that line's zone and is in no mention). The document has no headline zone;
#    the three short lines ("Kim Jong Un to meet Putin", "North Korea and Russia: Steadfast
#    Allies", "Russia ‘begging’ for help") are subheadings.
# 2. Event nominals follow the nominal extent rule strictly (no postmodifying PP):
#    "[Moscow’s invasion] of [Ukraine]", "[the conflict] in [Ukraine]", "[his illegal war] in
#    [Ukraine]". LOCATED_IN(event, Ukraine) is annotated for "war/conflict in Ukraine" (location
#    stated by "in"), not for "invasion of Ukraine" (Ukraine is the target, not a stated place).
# 3. Appositions (hard case 11): relations and quote speakers take the name
#    ("[Leif-Eric Easley], a professor at Seoul’s Ewha University, claims" -> speaker Easley);
#    relations take the most informative mention of each entity in the sentence (name, then
#    nominal, then pronoun, hard case 44: "[Kim Jong Un] arrived ... ahead of his meeting with
#    [President Vladimir Putin]" -> MEETS(Kim Jong Un, Putin); "[North Korea] would 'pay a price'
#    if it gave" -> SUPPLIES(North Korea, weapons); "neither [Moscow] nor ... will provide it" ->
#    RECEIVES(Moscow, weapons), the closest name); among mentions of one kind the closest, excluding a possessor nested in the other
#    argument: MEETS([a global outcast], he anticipated), TRAVELS_TO(he had to travel, [his own
#    nation]) ("travel the length of" is movement, hard case 17).
# 4. "an arms sale" (s1) is not an EVENT ("arms" is a modifier, hard case 14) and no
#    SUPPLIES/RECEIVES is annotated for it (no item mentioned). "This was his first journey ..."
#    is a predicate nominal (hard case 14): not a mention (its possessor "his" is).
# 5. "the crisis" in "his first journey outside of North Korea since the crisis" is the COVID-19
#    pandemic (cf. "Kim hasn’t left North Korea since the coronavirus outbreak started"): EVENT
#    covid-19-pandemic.
# 6. "their" in "despite their being no indication" is a typo for "there" and is not annotated.
#    "the two internationally isolated sides will hold their talks" refers to the two states
#    (internationally isolated, parties to talks): GPE group "North Korea and Russia" (hard case
#    13); "their talks" is a nominal of the summit EVENT (specific talks, not talks in general).
# 7. "North Korean official media" names the specific set of North Korea's state outlets and is
#    the source of an attribution ("According to photos released by ..."): ORG nominal, speaker
#    of an indirect quote, NATIONALITY -> [North Korean].
# 8. "the North Korean border" (s7) and "the border" (s14) are the same LOC (the North
#    Korea–Russia border); "Kim had crossed [the border]" is TRAVELS_TO.
# 9. The adjective "Far Eastern" in "the Far Eastern city" is not a mention (a region adjective
#    is neither the LOC nor a NORP); "[the Far Eastern city]" is the nominal of Vladivostok.
#    "[an unknown location] in the [Far East]" is a specific if unnamed place: LOC nominal with
#    LOCATED_IN from "in" (hard case 9). "the [Far East] of [Russia]": LOCATED_IN (partitive "of"
#    of a region, not the "invasion of" case).
# 10. Names are not decomposed: "Pyongyang station", "Russian Railways", "Korean People’s Army",
#    "Eastern Economic Forum" carry no nested GPE/NORP/LOC mention. "The Russian state news agency
#    Ria Novosti" is a title before a name: "[Ria Novosti]" plus the nested NORP "[Russian]"
#    (NATIONALITY), no separate nominal (hard case 10).
# 11. Hard case 12: "Director Jo Chun Ryong of the Munitions Industry Department" -> LEADER_OF;
#    "Marshal Pak Jong Chon of the Korean People’s Army" -> OFFICIAL_OF; "senior military
#    personnel from North Korea" (officers of the state) -> OFFICIAL_OF, which excludes NATIONALITY.
# 12. Weapon classes: "weapons", "weaponry", "any weapons" and "South Korean weapons" form one
#    general class "weapons" (registry record "weapons", hard case 15);
#    "artillery rounds" is the artillery-shells class; "rockets" and "missiles" are recurring
#    classes; "anti-tank missiles", "tanks", "space technologies"
#    and the two technology packages ("advanced satellite and nuclear submarine
#    technology", "satellite, ballistic, and submarine technologies") are one-off entities
#    (kb null). A coordinated technology NP is one WEA mention (its modifiers are not split).
#    A stock noun is not a weapon: "its vast arsenal of [weaponry]" (only "weaponry" is WEA).
#    All kb records used here are in registry.py: the spec's REGISTRY is empty.
# 13. Transfers: SUPPLIES/RECEIVES are annotated for modal, hypothetical and presupposed
#    transfers ("any transfer of weapons from North Korea to Russia", "did not want South Korea
#    to give Kiev any weapons", "neither ... have recognized that North Korea has or will provide
#    it with weapons" - factive), and for "has X that could assist / that Putin needs"
#    (the guidelines' SUPPLIES example); not for a negated permission ("Seoul is not allowed to
#    contribute weaponry"). "supported Moscow’s invasion ... by supplying rockets and missiles"
#    gives RECEIVES(Moscow, ...) as well.
# 14. Predicate nominals are not mentions ("Despite being a big supplier of weapons"); parts of
#    the train ("the doors", "the train’s dark green carriages") are not VEH mentions.
# 15. Quotes: a negated recognition ("neither Moscow nor Pyongyang have recognized that ...") is
#    not a quote. "characterised X as desperate" is an indirect quote. "I’ll remind ... UN Security
#    Council, he continued." is an indirect quote (hard case 18); the preceding sentence "To meet
#    with a global outcast ..., he had to travel ..." has no cue and is not a quote. A
#    sentence attributed with "according to" that contains a quoted phrase ("Kim was given a
#    “warm send-off” ..., according to KCNA pictures") is a mixed quote.
# 16. Groups (hard case 13): "[[Kim] and [Putin]] will meet" is a PER group mention (the pair
#    recurs as "the two leaders"); "[[North Korea] and [Russia]]: Steadfast Allies" is a GPE group
#    mention (recurs as "Steadfast Allies", "the two internationally isolated sides", "their",
#    "both nations"), kb null. "neither Moscow nor Pyongyang" names no set: members only.
# 17. "an unknown location in the Far East of Russia" is a specific (if unnamed) place: LOC
#    nominal (kb null), LOCATED_IN -> [Far East]. "there" (= Vladivostok) is not a pronoun of
#    the list and is not annotated; nor is "those" in "including those in charge of ...".
# 18. "honour guard" (the guard at Kim's send-off) is a PER group nominal (a specific, described
#    group of people). "Ukrainian heating and food infrastructure" is a FAC nominal (a specific
#    set of facilities, like "munitions factories" elsewhere) with the nested NORP "Ukrainian".
# 19. "arrived in Russia ahead of his meeting": no LOCATED_IN(meeting, Russia) ("ahead of" is
#    temporal; the venue is not stated). "in Vladivostok ... for the Eastern Economic Forum" gives
#    no LOCATED_IN(forum, Vladivostok): Putin is there, the forum's place is not stated (hard case 25).

ENTITIES = {
    "kim": ("PER", "Kim Jong Un", "kim-jong-un"),
    "putin": ("PER", "Vladimir Putin", "vladimir-putin"),
    "peskov": ("PER", "Dmitry Peskov", "dmitry-peskov"),
    "miller": ("PER", "Matthew Miller", "matthew-miller"),
    "shoigu": ("PER", "Sergei Shoigu", "sergei-shoigu"),
    "jo": ("PER", "Jo Chun Ryong", "jo-chun-ryong"),
    "pak": ("PER", "Pak Jong Chon", "pak-jong-chon"),
    "easley": ("PER", "Leif-Eric Easley", "leif-eric-easley"),
    "lankov": ("PER", "Andrei Lankov", "andrei-lankov"),
    "kim_putin": ("PER", "Kim and Putin", None),
    "nk_officials": ("PER", "North Korean senior military officials accompanying Kim", None),
    "experts": ("PER", "experts", None),
    "observers": ("PER", "observers", None),
    "honour_guard": ("PER", "honour guard at Pyongyang station", None),
    "nk": ("GPE", "North Korea", "north-korea"),
    "russia": ("GPE", "Russia", "russia"),
    "us": ("GPE", "United States", "united-states"),
    "ukraine": ("GPE", "Ukraine", "ukraine"),
    "sk": ("GPE", "South Korea", "south-korea"),
    "pyongyang": ("GPE", "Pyongyang", "pyongyang"),
    "vladivostok": ("GPE", "Vladivostok", "vladivostok"),
    "seoul": ("GPE", "Seoul", "seoul"),
    "poland": ("GPE", "Poland", "poland"),
    "nk_russia": ("GPE", "North Korea and Russia", None),
    "meeting_place": ("LOC", "unknown meeting location in the Russian Far East", None),
    "far_east": ("LOC", "Russian Far East", "russian-far-east"),
    "border": ("LOC", "North Korea–Russia border", None),
    "infra": ("FAC", "Ukrainian heating and food infrastructure", None),
    "north_korean": ("NORP", "North Koreans", "north-koreans"),
    "russian": ("NORP", "Russians", "russians"),
    "south_korean": ("NORP", "South Koreans", "south-koreans"),
    "ukrainian": ("NORP", "Ukrainians", "ukrainians"),
    "kremlin": ("ORG", "Kremlin", "kremlin"),
    "white_house": ("ORG", "White House", "white-house"),
    "kcna": ("ORG", "Korean Central News Agency", "korean-central-news-agency"),
    "nk_media": ("ORG", "North Korean official media", None),
    "ria": ("ORG", "RIA Novosti", "ria-novosti"),
    "russian_railways": ("ORG", "Russian Railways", "russian-railways"),
    "mid": ("ORG", "Munitions Industry Department", "munitions-industry-department"),
    "kpa": ("ORG", "Korean People's Army", "korean-peoples-army"),
    "ewha": ("ORG", "Ewha Womans University", "ewha-womans-university"),
    "state_dept": ("ORG", "U.S. State Department", "us-state-department"),
    "unsc": ("ORG", "UN Security Council", "un-security-council"),
    "kookmin": ("ORG", "Kookmin University", "kookmin-university"),
    "afp": ("ORG", "Agence France-Presse", "agence-france-presse"),
    "station": ("FAC", "Pyongyang station", "pyongyang-station"),
    "summit": ("EVENT", "Kim–Putin summit, Vostochny Cosmodrome, 13 September 2023", "kim-putin-summit-2023"),
    "war": ("EVENT", "Russian invasion of Ukraine (war in Ukraine)", "russian-invasion-of-ukraine"),
    "eef": ("EVENT", "Eastern Economic Forum", "eastern-economic-forum"),
    "covid": ("EVENT", "COVID-19 pandemic", "covid-19-pandemic"),
    "train": ("VEH", "Kim Jong Un's armoured train", "kim-jong-uns-armoured-train"),
    "locomotive": ("VEH", "a Russian Railways locomotive", None),
    "weapons": ("WEA", "weapons", "weapons"),
    "atm": ("WEA", "anti-tank missiles", None),
    "shells": ("WEA", "artillery shells", "artillery-shells"),
    "tech1": ("WEA", "advanced satellite and nuclear submarine technology", None),
    "space_tech": ("WEA", "space technologies", None),
    "rockets": ("WEA", "rockets", "rockets"),
    "missiles": ("WEA", "missiles", "missiles"),
    "tech2": ("WEA", "satellite, ballistic and submarine technologies", None),
    "ammunition": ("WEA", "ammunition", "ammunition"),
    "tanks": ("WEA", "tanks", None),
}

# Every record this document uses is in registry.py: no document-specific records.
REGISTRY = {}

MENTIONS = [
    # s0
    ("northkorean1", "[[North Korean]] leader Kim Jong Un arrived", "north_korean", "name"),
    ("kim1", "North Korean leader [[Kim Jong Un]] arrived", "kim", "name"),
    ("russia1", "arrived in [[Russia]] on Tuesday ahead", "russia", "name"),
    ("summit1", "ahead of [[his meeting]] with", "summit", "nominal"),
    ("kim2", "ahead of [[his]] meeting with", "kim", "pronoun"),
    ("putin1", "with President [[Vladimir Putin]]. The conference", "putin", "name"),
    # s1
    ("summit2", "[[The conference]] might end", "summit", "nominal"),
    ("war1", "to support [[Moscow’s invasion]] of Ukraine, the US", "war", "nominal"),
    ("moscow1", "to support [[Moscow]]’s invasion of Ukraine, the US", "russia", "name", "metonymy"),
    ("ukraine1", "invasion of [[Ukraine]], the US has warned", "ukraine", "name"),
    ("us1", "the [[US]] has warned", "us", "name"),
    # s3
    ("nkmedia1", "released by [[North Korean official media]]", "nk_media", "nominal"),
    ("northkorean2", "released by [[North Korean]] official media", "north_korean", "name"),
    ("kim3", "an unflinching [[Kim]] waved", "kim", "name"),
    ("train1", "the doors of [[his heavily armoured private train]]", "train", "nominal"),
    ("kim4", "the doors of [[his]] heavily", "kim", "pronoun"),
    ("train2", "private train as [[it]] departed", "train", "pronoun"),
    ("pyongyang1", "it departed [[Pyongyang]] on Sunday", "pyongyang", "name"),
    # s4
    ("kim5", "This was [[his]] first journey", "kim", "pronoun"),
    ("nk1", "first journey outside of [[North Korea]] since", "nk", "name"),
    ("covid1", "since [[the crisis]].", "covid", "nominal"),
    # s5 subheading
    ("kim6", "[[Kim Jong Un]] to meet Putin", "kim", "name"),
    ("putin2", "Kim Jong Un to meet [[Putin]]", "putin", "name"),
    # s6
    ("kimputin0", "[[Kim and Putin]] will meet this week", "kim_putin", "nominal"),
    ("kim7", "[[Kim]] and Putin will meet", "kim", "name"),
    ("putin3", "Kim and [[Putin]] will meet", "putin", "name"),
    ("place1", "meet this week at [[an unknown location]] in", "meeting_place", "nominal"),
    ("fareast1", "location in the [[Far East]] of Russia", "far_east", "name"),
    ("russia2", "Far East of [[Russia]], according", "russia", "name"),
    ("peskov1", "according to [[Dmitry Peskov]], a spokesman", "peskov", "name"),
    ("peskov2", "Dmitry Peskov, [[a spokesman]] for", "peskov", "nominal"),
    ("kremlin1", "a spokesman for the [[Kremlin]].", "kremlin", "name"),
    # s7
    ("putin4", "[[Putin]] is currently in", "putin", "name"),
    ("vladivostok1", "currently in [[Vladivostok]], the Far", "vladivostok", "name"),
    ("vladivostok2", "Vladivostok, [[the Far Eastern city]] closest", "vladivostok", "nominal"),
    ("border1", "closest to [[the North Korean border]], for", "border", "nominal"),
    ("northkorean3", "closest to the [[North Korean]] border, for", "north_korean", "name"),
    ("eef1", "for the [[Eastern Economic Forum]], despite", "eef", "name"),
    ("nkrussia3", "indication that [[the two internationally isolated sides]] will", "nk_russia", "nominal"),
    ("summit3", "will hold [[their talks]] there", "summit", "nominal"),
    ("nkrussia4", "will hold [[their]] talks there", "nk_russia", "pronoun"),
    # s8
    ("experts1", "[[Experts]] predict", "experts", "nominal"),
    ("moscow2", "predict that [[Moscow]] would demand", "russia", "name", "metonymy"),
    ("atm1", "would demand [[anti-tank missiles]] and", "atm", "nominal"),
    ("shells1", "missiles and [[artillery rounds]] from", "shells", "nominal"),
    ("nk2", "artillery rounds from [[North Korea]] in exchange", "nk", "name"),
    ("tech1", "in exchange for [[advanced satellite and nuclear submarine technology]].", "tech1", "nominal"),
    # s9
    ("whitehouse1", "The [[White House]] warned", "white_house", "name"),
    ("nk3", "last week that [[North Korea]] would “pay", "nk", "name"),
    ("nk4", "” if [[it]] gave Russia", "nk", "pronoun"),
    ("russia3", "if it gave [[Russia]] weapons", "russia", "name"),
    ("weapons1", "gave Russia [[weapons]] for the conflict", "weapons", "nominal"),
    ("war2", "weapons for [[the conflict]] in Ukraine", "war", "nominal"),
    ("ukraine2", "the conflict in [[Ukraine]].", "ukraine", "name"),
    # s10
    ("kcna1", "According to the official [[Korean Central News Agency]] (KCNA)", "kcna", "name"),
    ("kcna2", "News Agency ([[KCNA]]), Kim", "kcna", "name"),
    ("kim8", "(KCNA), [[Kim]] departed", "kim", "name"),
    ("nk5", "Kim departed [[North Korea]] for Russia", "nk", "name"),
    ("russia4", "departed North Korea for [[Russia]] on Sunday", "russia", "name"),
    # s11
    ("kim9", "[[He]] was accompanied by", "kim", "pronoun"),
    ("officials1", "accompanied by [[senior military personnel]] from", "nk_officials", "nominal"),
    ("nk6", "military personnel from [[North Korea]], including", "nk", "name"),
    ("weapons2", "charge of developing [[weapons]] and space", "weapons", "nominal"),
    ("spacetech1", "developing weapons and [[space technologies]].", "space_tech", "nominal"),
    # s12
    ("peskov3", "[[Peskov]] stated", "peskov", "name"),
    ("kimputin3", "stated that [[the two leaders]] would", "kim_putin", "nominal"),
    # s13
    ("kim10", "[[Kim]] was given a “warm", "kim", "name"),
    ("guard1", "a red carpet and [[honour guard]] at", "honour_guard", "nominal"),
    ("station1", "honour guard at [[Pyongyang station]] at around", "station", "name"),
    ("kcna3", "according to [[KCNA]] pictures", "kcna", "name"),
    # s14
    ("russian1", "The [[Russian]] state news agency", "russian", "name"),
    ("ria1", "news agency [[Ria Novosti]] published", "ria", "name"),
    ("train3", "images of [[the train]]’s dark green", "train", "nominal"),
    ("loco1", "pulled by [[a Russian Railways locomotive]] along", "locomotive", "nominal"),
    ("rr1", "pulled by a [[Russian Railways]] locomotive", "russian_railways", "name"),
    ("kim11", "claiming that [[Kim]] had crossed", "kim", "name"),
    ("border2", "had crossed [[the border]] on Tuesday", "border", "nominal"),
    # s15 subheading
    ("nkrussia0", "[[North Korea and Russia]]: Steadfast", "nk_russia", "nominal"),
    ("nk7", "[[North Korea]] and Russia: Steadfast", "nk", "name"),
    ("russia5", "North Korea and [[Russia]]: Steadfast", "russia", "name"),
    ("nkrussia1", "and Russia: [[Steadfast Allies]]", "nk_russia", "nominal"),
    # s16
    ("observers1", "[[Observers]] claim", "observers", "nominal"),
    ("kim12", "Observers claim that [[Kim]] is travelling", "kim", "name"),
    ("russia6", "is travelling to [[Russia]] with his", "russia", "name"),
    ("officials2", "to Russia with [[his top military officials]], including", "nk_officials", "nominal"),
    ("kim13", "to Russia with [[his]] top military", "kim", "pronoun"),
    ("jo1", "including Director [[Jo Chun Ryong]] of", "jo", "name"),
    ("mid1", "of the [[Munitions Industry Department]] and", "mid", "name"),
    ("pak1", "and Marshal [[Pak Jong Chon]] of", "pak", "name"),
    ("kpa1", "of the [[Korean People’s Army]].", "kpa", "name"),
    # s17
    ("shoigu1", "[[Sergei Shoigu]], the defence", "shoigu", "name"),
    ("shoigu2", "Sergei Shoigu, [[the defence minister]] for", "shoigu", "nominal"),
    ("moscow3", "the defence minister for [[Moscow]], visited", "russia", "name", "metonymy"),
    ("pyongyang2", "visited [[Pyongyang]] in July", "pyongyang", "name"),
    # s18
    ("shoigu3", "[[He]] recently suggested", "shoigu", "pronoun"),
    # s19
    ("washington1", "[[Washington]] claims that", "us", "name", "metonymy"),
    ("kim14", "Washington claims that [[Kim]] has", "kim", "name"),
    ("war3", "continuously supported [[Moscow’s invasion]] of Ukraine", "war", "nominal"),
    ("moscow4", "continuously supported [[Moscow]]’s invasion", "russia", "name", "metonymy"),
    ("ukraine3", "supported Moscow’s invasion of [[Ukraine]], including", "ukraine", "name"),
    ("rockets1", "by supplying [[rockets]] and missiles", "rockets", "nominal"),
    ("missiles1", "supplying rockets and [[missiles]].", "missiles", "nominal"),
    # s20
    ("russia7", "even though [[Russia]] has been", "russia", "name"),
    ("russia8", "rapidly exhausting [[its]] vast arsenal", "russia", "pronoun"),
    ("weapons3", "vast arsenal of [[weaponry]] ever since", "weapons", "nominal"),
    ("russia9", "ever since [[it]] started its invasion", "russia", "pronoun"),
    ("war4", "it started [[its invasion]] of Ukraine", "war", "nominal"),
    ("russia10", "it started [[its]] invasion of Ukraine", "russia", "pronoun"),
    ("ukraine4", "started its invasion of [[Ukraine]] at the beginning", "ukraine", "name"),
    ("moscow5", "neither [[Moscow]] nor Pyongyang", "russia", "name", "metonymy"),
    ("pyongyang3", "neither Moscow nor [[Pyongyang]] have", "nk", "name", "metonymy"),
    ("nk8", "have recognized that [[North Korea]] has or will", "nk", "name"),
    ("russia11", "will provide [[it]] with weapons", "russia", "pronoun"),
    ("weapons4", "will provide it with [[weapons]]. Kim", "weapons", "nominal"),
    # s21
    ("kim15", "weapons. [[Kim]] hasn’t left", "kim", "name"),
    ("nk9", "hasn’t left [[North Korea]] since", "nk", "name"),
    ("covid2", "since [[the coronavirus outbreak]] started", "covid", "nominal"),
    # s22 subheading
    ("russia12", "[[Russia]] ‘begging’", "russia", "name"),
    # s23
    ("easley1", "[[Leif-Eric Easley]], a professor", "easley", "name"),
    ("easley2", "Leif-Eric Easley, [[a professor]] at", "easley", "nominal"),
    ("seoul1", "a professor at [[Seoul]]’s Ewha", "seoul", "name"),
    ("ewha1", "Seoul’s [[Ewha University]], claims", "ewha", "name"),
    ("moscow6", "claims that while [[Moscow]] has satellite", "russia", "name", "metonymy"),
    ("tech2", "Moscow has [[satellite, ballistic, and submarine technologies]] that", "tech2", "nominal"),
    ("pyongyang4", "could assist [[Pyongyang]] in overcoming", "nk", "name", "metonymy"),
    ("nk10", "economic sanctions, [[North Korea]] has the subpar", "nk", "name"),
    ("ammo1", "North Korea has [[the subpar ammunition]] that", "ammunition", "nominal"),
    ("putin5", "ammunition that [[Putin]] needs", "putin", "name"),
    ("war5", "needs for [[his illegal war]] in Ukraine", "war", "nominal"),
    ("putin6", "needs for [[his]] illegal war", "putin", "pronoun"),
    ("ukraine5", "illegal war in [[Ukraine]].", "ukraine", "name"),
    # s24
    ("us2", "The [[United States]] characterised", "us", "name"),
    ("putin7", "characterised [[Putin]]’s efforts", "putin", "name"),
    ("kim16", "efforts to meet with [[Kim]] as desperate", "kim", "name"),
    # s25
    ("miller1", "According to [[Matthew Miller]], a spokeswoman", "miller", "name"),
    ("miller2", "Matthew Miller, [[a spokeswoman]] for", "miller", "nominal"),
    ("statedept1", "a spokeswoman for the [[State Department]],", "state_dept", "name"),
    ("miller3", "“[[I]] would characterise", "miller", "pronoun"),
    ("putin8", "characterise it as [[him]] pleading", "putin", "pronoun"),
    # s26
    ("kim17", "To meet with [[a global outcast]] and", "kim", "nominal"),
    ("war6", "request help in [[a war]] that he", "war", "nominal"),
    ("putin9", "a war that [[he]] anticipated", "putin", "pronoun"),
    ("putin10", "first month, [[he]] had to travel", "putin", "pronoun"),
    ("russia13", "the length of [[his own nation]].", "russia", "nominal"),
    ("putin11", "the length of [[his]] own nation", "putin", "pronoun"),
    # s27
    ("miller4", "[[I]]’ll remind both nations", "miller", "pronoun"),
    ("nkrussia2", "I’ll remind [[both nations]] that", "nk_russia", "nominal"),
    ("weapons5", "any transfer of [[weapons]] from North Korea", "weapons", "nominal"),
    ("nk11", "transfer of weapons from [[North Korea]] to Russia", "nk", "name"),
    ("russia14", "from North Korea to [[Russia]] would be", "russia", "name"),
    ("unsc1", "resolutions of the [[UN Security Council]], he continued", "unsc", "name"),
    ("miller5", "UN Security Council, [[he]] continued", "miller", "pronoun"),
    # s28
    ("washington2", "[[Washington]] has issued a warning", "us", "name", "metonymy"),
    ("russia15", "winter approaches, [[Russia]] may attack", "russia", "name"),
    ("infra1", "may attack [[Ukrainian heating and food infrastructure]] using", "infra", "nominal"),
    ("ukrainian1", "may attack [[Ukrainian]] heating", "ukrainian", "name"),
    ("weapons6", "infrastructure using [[weapons]] acquired", "weapons", "nominal"),
    ("nk12", "weapons acquired from [[North Korea]] in an effort", "nk", "name"),
    ("ukraine6", "belongs to [[another sovereign nation]].", "ukraine", "nominal"),
    # s29
    ("summit4", "[[A Putin-Kim summit]] was a part", "summit", "nominal"),
    ("putin12", "A [[Putin]]-Kim summit", "putin", "name"),
    ("kim18", "A Putin-[[Kim]] summit", "kim", "name"),
    ("moscow7", "was a part of [[Moscow]]’s “gentle", "russia", "name", "metonymy"),
    ("seoul2", "blackmail” of [[Seoul]], according to", "sk", "name", "metonymy"),
    ("lankov1", "according to [[Andrei Lankov]], a North", "lankov", "name"),
    ("lankov2", "Andrei Lankov, [[a North Korea expert]] at", "lankov", "nominal"),
    ("nk13", "Andrei Lankov, a [[North Korea]] expert at", "nk", "name"),
    ("kookmin1", "expert at [[Kookmin University]] in Seoul", "kookmin", "name"),
    ("seoul3", "Kookmin University in [[Seoul]], who spoke", "seoul", "name"),
    ("afp1", "who spoke to [[AFP]].", "afp", "name"),
    # s30
    ("russia16", "this was that [[Russia]] did not want", "russia", "name"),
    ("sk1", "did not want [[South Korea]] to give Kiev", "sk", "name"),
    ("kiev1", "South Korea to give [[Kiev]] any weapons", "ukraine", "name", "metonymy"),
    ("weapons7", "to give Kiev [[any weapons]].", "weapons", "nominal"),
    # s31
    ("weapons8", "a big supplier of [[weapons]] and having", "weapons", "nominal"),
    ("tanks1", "having given [[tanks]] to Poland", "tanks", "nominal"),
    ("poland1", "given tanks to [[Poland]], a country", "poland", "name"),
    ("poland2", "to Poland, [[a country]] that supports", "poland", "nominal"),
    ("kiev2", "a country that supports [[Kiev]], Seoul", "ukraine", "name", "metonymy"),
    ("seoul4", "supports Kiev, [[Seoul]] is not allowed", "sk", "name", "metonymy"),
    ("weapons9", "to contribute [[weaponry]] to the ongoing", "weapons", "nominal"),
    ("war7", "weaponry to [[the ongoing hostilities]] due", "war", "nominal"),
    # s32
    ("lankov3", "According to [[Lankov]], the Russian", "lankov", "name"),
    ("russia17", "According to Lankov, [[the Russian government]] is", "russia", "nominal"),
    ("russian2", "According to Lankov, the [[Russian]] government", "russian", "name"),
    ("weapons10", "delivery of [[South Korean weapons]] to Ukraine", "weapons", "nominal"),
    ("southkorean1", "delivery of [[South Korean]] weapons", "south_korean", "name"),
    ("ukraine7", "South Korean weapons to [[Ukraine]], maybe", "ukraine", "name"),
]

RELATIONS = [
    # s0
    ("LEADER_OF", "kim1", "northkorean1", "asserted"),
    ("TRAVELS_TO", "kim1", "russia1", "asserted"),
    ("MEETS", "kim1", "putin1", "possible"),  # hard case 48: written before the summit
    # s5
    ("MEETS", "kim6", "putin2", "possible"),
    # s6
    ("MEETS", "kim7", "putin3", "possible"),
    ("LOCATED_IN", "place1", "fareast1", "asserted"),  # hard case 51: place modifier
    ("LOCATED_IN", "fareast1", "russia2", "asserted"),
    ("SPOKESPERSON_OF", "peskov1", "kremlin1", "asserted"),
    # s7
    # s8
    ("RECEIVES", "moscow2", "atm1", "possible"),
    ("RECEIVES", "moscow2", "shells1", "possible"),
    ("SUPPLIES", "nk2", "atm1", "possible"),
    ("SUPPLIES", "nk2", "shells1", "possible"),
    ("SUPPLIES", "moscow2", "tech1", "possible"),
    ("RECEIVES", "nk2", "tech1", "possible"),
    # s9
    ("SUPPLIES", "nk3", "weapons1", "possible"),
    ("RECEIVES", "russia3", "weapons1", "possible"),
    ("LOCATED_IN", "war2", "ukraine2", "asserted"),
    # s10
    ("TRAVELS_TO", "kim8", "russia4", "reported"),
    # s11
    ("OFFICIAL_OF", "officials1", "nk6", "asserted"),
    # s3
    ("NATIONALITY", "nkmedia1", "northkorean2", "asserted"),
    # s14
    ("NATIONALITY", "ria1", "russian1", "asserted"),
    ("TRAVELS_TO", "kim11", "border2", "reported"),
    # s16
    ("TRAVELS_TO", "kim12", "russia6", "reported"),
    ("TRAVELS_TO", "officials2", "russia6", "reported"),
    ("LEADER_OF", "jo1", "mid1", "asserted"),
    ("OFFICIAL_OF", "pak1", "kpa1", "asserted"),
    # s17
    ("OFFICIAL_OF", "shoigu1", "moscow3", "asserted"),
    ("TRAVELS_TO", "shoigu1", "pyongyang2", "asserted"),
    # s19
    ("SUPPLIES", "kim14", "rockets1", "reported"),
    ("SUPPLIES", "kim14", "missiles1", "reported"),
    ("RECEIVES", "moscow4", "rockets1", "reported"),
    ("RECEIVES", "moscow4", "missiles1", "reported"),
    # s20
    ("SUPPLIES", "nk8", "weapons4", "possible"),
    ("RECEIVES", "moscow5", "weapons4", "possible"),
    # s23
    ("AFFILIATED_WITH", "easley1", "ewha1", "asserted"),
    ("LOCATED_IN", "ewha1", "seoul1", "asserted"),
    ("SUPPLIES", "moscow6", "tech2", "possible"),
    ("RECEIVES", "pyongyang4", "tech2", "possible"),
    ("SUPPLIES", "nk10", "ammo1", "possible"),  # hard case 49: needed, not transferred
    ("RECEIVES", "putin5", "ammo1", "possible"),  # hard case 49
    ("LOCATED_IN", "war5", "ukraine5", "asserted"),
    # s24
    ("MEETS", "putin7", "kim16", "possible"),  # hard case 49: an attempt to meet
    # s25
    ("SPOKESPERSON_OF", "miller1", "statedept1", "asserted"),
    # s26
    ("MEETS", "kim17", "putin9", "possible"),  # hard case 48: a purpose before the summit
    ("TRAVELS_TO", "putin10", "russia13", "asserted"),
    # s27
    ("SUPPLIES", "nk11", "weapons5", "possible"),
    ("RECEIVES", "russia14", "weapons5", "possible"),
    # s28
    ("RECEIVES", "russia15", "weapons6", "possible"),  # hard case 47: part of the warned scenario
    ("SUPPLIES", "nk12", "weapons6", "possible"),  # hard case 47
    # s29
    ("MEETS", "putin12", "kim18", "asserted"),  # hard case 47: the writer's naming of the summit
    ("AFFILIATED_WITH", "lankov1", "kookmin1", "asserted"),
    ("LOCATED_IN", "kookmin1", "seoul3", "asserted"),
    # s30
    ("SUPPLIES", "sk1", "weapons7", "possible"),
    ("RECEIVES", "kiev1", "weapons7", "possible"),
    # s31
    ("SUPPLIES", "seoul4", "weapons8", "asserted"),
    ("SUPPLIES", "seoul4", "tanks1", "asserted"),
    ("RECEIVES", "poland1", "tanks1", "asserted"),
    # s32
    ("RECEIVES", "ukraine7", "weapons10", "possible"),
]

QUOTES = [
    ("indirect", ["[[The conference might end ... invasion of Ukraine]], the US has warned"],
     "the US has [[warned]]", "us1", "speech"),
    ("indirect", ["media, [[an unflinching Kim ... on Sunday evening]]."],
     "[[According to]] photos released", "nkmedia1", "evidence"),  # hard case 53
    ("indirect", ["[[Kim and Putin will meet ... Far East of Russia]], according"],
     "Russia, [[according to]] Dmitry", "peskov1", "speech"),
    ("indirect", ["Experts predict that [[Moscow would demand ... nuclear submarine technology]]."],
     "Experts [[predict]]", "experts1", "speech"),  # hard case 52
    ("mixed", ["warned last week that [[North Korea would “pay a price” ... conflict in Ukraine]]."],
     "White House [[warned]]", "whitehouse1", "speech"),
    ("indirect", ["(KCNA), [[Kim departed North Korea ... in spite of the warnings]]."],
     "[[According to]] the official Korean", "kcna1", "writing"),
    ("mixed", ["Peskov stated that [[the two leaders would “cooperate ... and announcements”]]."],
     "Peskov [[stated]]", "peskov3", "speech"),
    ("mixed", ["[[Kim was given a “warm send-off” ... (09h38 GMT)]], according to KCNA"],
     "GMT), [[according to]] KCNA", "kcna3", "evidence"),  # hard case 53
    ("indirect", ["claiming that [[Kim had crossed the border on Tuesday]]."],
     "track, [[claiming]] that", "ria1", "writing"),  # hard case 53: the agency's published claim
    ("indirect", ["Observers claim that [[Kim is travelling ... Korean People’s Army]]."],
     "Observers [[claim]]", "observers1", "speech"),
    ("indirect", ["suggested that [[bilateral naval drills be conducted in cooperation]]."],
     "He recently [[suggested]]", "shoigu3", "speech"),
    ("indirect", ["Washington claims that [[Kim has continuously supported ... rockets and missiles]]."],
     "Washington [[claims]] that", "washington1", "speech"),
    ("indirect", ["University, claims that [[while Moscow has satellite ... illegal war in Ukraine]]."],
     "Ewha University, [[claims]] that", "easley1", "speech"),
    ("indirect", ["characterised [[Putin’s efforts to meet with Kim as desperate]] on Monday"],
     "United States [[characterised]]", "us2", "speech"),
    ("direct", ["“[[I would characterise it as him pleading for help.]]”"],
     "[[According to]] Matthew Miller", "miller1", "speech"),
    ("indirect", ["[[I’ll remind both nations ... UN Security Council]], he continued"],
     "he [[continued]]", "miller5", "speech"),
    ("mixed", ["issued a warning that [[as winter approaches, ... sovereign nation.”]]"],
     "Washington has [[issued a warning]]", "washington2", "speech"),  # hard case 53: no statement shown, the default
    ("mixed", ["[[A Putin-Kim summit was a part ... blackmail” of Seoul]], according"],
     "Seoul, [[according to]] Andrei Lankov", "lankov1", "speech"),
    ("indirect", ["According to Lankov, [[the Russian government is ... in several batches]]."],
     "[[According to]] Lankov", "lankov3", "speech"),
]

ZONES = [
    ("body", "[[North Korean leader Kim Jong Un arrived in Russia ... the US has warned.Â]]"),
    ("body", "[[According to photos released ... outside of North Korea since the crisis.]]"),
    ("subheading", "[[Kim Jong Un to meet Putin]]\n"),
    ("body", "[[Kim and Putin will meet this week ... will hold their talks there.]]"),
    ("body", "[[Experts predict that ... for the conflict in Ukraine.]]"),
    ("body", "[[According to the official Korean ... developing weapons and space technologies.]]"),
    ("body", "[[Peskov stated that ... and announcements”.]]"),
    ("body", "[[Kim was given a “warm ... according to KCNA pictures.]]"),
    ("body", "[[The Russian state news agency ... crossed the border on Tuesday.]]"),
    ("subheading", "[[North Korea and Russia: Steadfast Allies]]"),
    ("body", "[[Observers claim that ... Korean People’s Army.]]"),
    ("body", "[[Sergei Shoigu, the defence minister ... be conducted in cooperation.]]"),
    ("body", "[[Washington claims that Kim ... rockets and missiles.]]"),
    ("body", "[[But even though Russia ... since the coronavirus outbreak started.]]"),
    ("subheading", "[[Russia ‘begging’ for help]]"),
    ("body", "[[Leif-Eric Easley, a professor ... illegal war in Ukraine.]]"),
    ("body", "[[The United States characterised ... desperate on Monday.]]"),
    ("body", "[[According to Matthew Miller ... length of his own nation.]]"),
    ("body", "[[I’ll remind both nations ... he continued.]]"),
    ("body", "[[Washington has issued a warning ... sovereign nation.”]]"),
    ("body", "[[A Putin-Kim summit was a part ... give Kiev any weapons.]]"),
    ("body", "[[Despite being a big supplier ... maybe in several batches.]]"),
]
