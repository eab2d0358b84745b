# Annotation spec: reuters-kim-putin-summit (second, independent pass).
#
# DECISIONS:
# 1. Event nominals keep the guideline extent (no prepositional postmodifiers):
#    "[the war] in [Ukraine]", "[Russia's 'Sacred' Invasion] of [Ukraine]"; "[the [Ukraine] war]"
#    keeps its premodifier. Each such event-with-place phrase gets LOCATED_IN(war, Ukraine).
# 2. Coordinated persons/states are annotated as a set mention (kind "nominal", kb null) only when
#    the set is referred to again or speaks: "[North Korean leader Kim Jong Un and Russian president
#    Vladimir Putin] met ... at which [they]", "[Putin, 70, and Kim, 39,] ... [their] ministers",
#    "[Putin and Kim] called each other "comrades"" (speaker), "[Moscow and Pyongyang] have denied"
#    (speaker; metonymy flag like its members). "our countries" (Putin to Kim) joins the
#    Moscow-and-Pyongyang set (Russia + North Korea); its "our" and "we came here" join the
#    Kim-and-Putin set.
# 3. Sub-events of the summit are not EVENT entities: "the tour", "held talks", "lunch",
#    "Kim's visit", "the visit", "the first such launch". "his meeting with Putin" is the summit.
# 4. Programmes are not WEA: "the secretive communist state's satellite program", "the country's
#    nuclear and missile programs"; generic "rockets" (questions about rockets) is not VEH (like
#    "by train"); "Kamchatka crab" is a product name, not a place mention.
# 5. Predicative nominals are not mentions: "a grinding artillery war of attrition", "a space
#    power", "a powerful nation"; an apposition is ("the United States, [the big power supporter]",
#    "Vostochny Cosmodrome—[a symbol] of Russia's ambitions", "the Angara, [Russia's new ... rocket]").
# 6. "the heroic Russian army and people" / "The Russian army and people" (Kim's toast) is one PER
#    group entity (the referent of "their ... their"); its members are not annotated separately.
# 7. TRAVELS_TO needs a verb/noun of movement or visiting (arrive, visit, delegation to, making his
#    way through, stepped across, inspect ... in); "showed Kim around X" alone is not TRAVELS_TO,
#    but "Kim, who arrived by train ..., asked ... as Putin showed him around the Vostochny
#    Cosmodrome" is TRAVELS_TO(Kim, Vostochny Cosmodrome) (arrival at the place of the sentence).
#    "military and civilian aviation factories" is linked to komsomolsk-on-amur-aircraft-plant.
# 8. "help Kim build satellites" = SUPPLIES(Russia, satellites) + RECEIVES(Kim, satellites);
#    "fulfilling any North Korean wish lists for technology" = SUPPLIES(Putin, technology) (the
#    NORP recipient cannot be a RECEIVES head). "arms talks with Russia" = MEETS(North Korea, Russia).
# 9. Speech-like reports are quotes: "raised a toast to ..." (mixed, toast content), "predicting
#    victory ... "sacred fight" ..." (mixed), "gave numerous hints that ..." (indirect),
#    "have denied such intentions" (indirect, content = the NP), "urged North Korea to end arms
#    talks" (indirect, content without "to" and without the addressee), "called each other
#    "comrades"" (direct: their words, with a cue), "signed the visitor book in Korean: "..."" (direct,
#    cue "signed"). The analysts' "demonstrating ..." participial clause is a second content
#    fragment of their quote.
# 10. Byline names (reporters, cities) are annotated; each reporter gets a registry record.
#    "the West" is a GPE (political bloc); "Korea" in Putin's proverb is its own GPE "Korea".

ENTITIES = {
    "kim": ("PER", "Kim Jong Un", "kim-jong-un"),
    "putin": ("PER", "Vladimir Putin", "vladimir-putin"),
    "russia": ("GPE", "Russia", "russia"),
    "ukraine": ("GPE", "Ukraine", "ukraine"),
    "war": ("EVENT", "war in Ukraine", "russian-invasion-of-ukraine"),
    "reuters": ("ORG", "Reuters", "reuters"),
    "nkoreans": ("NORP", "North Koreans", "north-koreans"),
    "russians": ("NORP", "Russians", "russians"),
    "summit": ("EVENT", "Kim-Putin summit", "kim-putin-summit-2023"),
    "kimputin": ("PER", "Kim and Putin", None),
    "nk": ("GPE", "North Korea", "north-korea"),
    "vostochny": ("FAC", "Vostochny Cosmodrome", "vostochny-cosmodrome"),
    "fareast": ("LOC", "Far East", "russian-far-east"),
    "cosmonaut": ("PER", "a North Korean cosmonaut", None),
    "ministers": ("PER", "their ministers", None),
    "koreans": ("NORP", "Koreans", "koreans"),
    "west": ("GPE", "the West", "the-west"),
    "rusarmy": ("PER", "the Russian army and people", None),
    "officials": ("PER", "U.S. and South Korean officials", None),
    "us": ("GPE", "United States", "united-states"),
    "skoreans": ("NORP", "South Koreans", "south-koreans"),
    "weapons": ("WEA", "weapons", "weapons"),
    "ammunition": ("WEA", "ammunition", "ammunition"),
    "runk": ("GPE", "Russia and North Korea", None),
    "shoigu": ("PER", "Sergei Shoigu", "sergei-shoigu"),
    "kremlin": ("ORG", "Kremlin", "kremlin"),
    "rusmedia": ("ORG", "Russian media", None),
    "satellites": ("WEA", "spy satellites", "spy-satellites"),
    "technology": ("WEA", "technology", None),
    "factories": ("FAC", "aviation factories in Komsomolsk-on-Amur", "komsomolsk-on-amur-aircraft-plant"),
    "komsomolsk": ("GPE", "Komsomolsk-on-Amur", "komsomolsk-on-amur"),
    "fleet": ("ORG", "Pacific fleet", "russian-pacific-fleet"),
    "vladivostok": ("GPE", "Vladivostok", "vladivostok"),
    "lavrov": ("PER", "Sergei Lavrov", "sergei-lavrov"),
    "pyongyang": ("GPE", "Pyongyang", "pyongyang"),
    "soviet": ("GPE", "Soviet Union", "soviet-union"),
    "allies": ("GPE", "Kyiv's other allies", None),
    "shells": ("WEA", "artillery shells", "artillery-shells"),
    "britain": ("GPE", "Britain", "united-kingdom"),
    "china": ("GPE", "China", "china"),
    "unsc": ("ORG", "U.N. Security Council", "un-security-council"),
    "building": ("FAC", "Angara assembly building", None),
    "angara": ("VEH", "Angara", "angara"),
    "conquerors": ("PER", "the first space conquerors", None),
    "missiles": ("WEA", "ballistic missiles", "ballistic-missiles"),
    "area": ("LOC", "launch area near Pyongyang", None),
    "coast": ("LOC", "North Korea's east coast", None),
    "analysts1": ("PER", "analysts (launch)", None),
    "analysts2": ("PER", "analysts (delegation)", None),
    "border": ("LOC", "inter-Korean border", None),
    "delegation": ("PER", "Kim's delegation", None),
    "mid": ("ORG", "Munitions Industry Department", "munitions-industry-department"),
    "jo": ("PER", "Jo Chun Ryong", "jo-chun-ryong"),
    "korea": ("GPE", "Korea", "korea"),
    "yim": ("PER", "Hyunsu Yim", "hyunsu-yim"),
    "park": ("PER", "Ju-min Park", "ju-min-park"),
    "smith": ("PER", "Josh Smith", "josh-smith"),
    "choi": ("PER", "Soo-hyang Choi", "soo-hyang-choi"),
    "seoul": ("GPE", "Seoul", "seoul"),
    "komiya": ("PER", "Kantaro Komiya", "kantaro-komiya"),
    "tokyo": ("GPE", "Tokyo", "tokyo"),
    "kelly": ("PER", "Lidia Kelly", "lidia-kelly"),
    "melbourne": ("GPE", "Melbourne", "melbourne"),
    "faulconbridge": ("PER", "Guy Faulconbridge", "guy-faulconbridge"),
    "moscow": ("GPE", "Moscow", "moscow"),
    "jackkim": ("PER", "Jack Kim", "jack-kim"),
    "osborn": ("PER", "Andrew Osborn", "andrew-osborn"),
    "doyle": ("PER", "Gerry Doyle", "gerry-doyle"),
    "macfie": ("PER", "Nick Macfie", "nick-macfie"),
    "maclean": ("PER", "William Maclean", "william-maclean"),
}

REGISTRY = {
    "the-west": ("GPE", "the West"),
    "weapons": ("WEA", "weapons"),
    "soviet-union": ("GPE", "Soviet Union"),
    "united-kingdom": ("GPE", "United Kingdom"),
    "angara": ("VEH", "Angara"),
    "korea": ("GPE", "Korea"),
    "melbourne": ("GPE", "Melbourne"),
    "hyunsu-yim": ("PER", "Hyunsu Yim"),
    "ju-min-park": ("PER", "Ju-min Park"),
    "josh-smith": ("PER", "Josh Smith"),
    "soo-hyang-choi": ("PER", "Soo-hyang Choi"),
    "kantaro-komiya": ("PER", "Kantaro Komiya"),
    "lidia-kelly": ("PER", "Lidia Kelly"),
    "guy-faulconbridge": ("PER", "Guy Faulconbridge"),
    "jack-kim": ("PER", "Jack Kim"),
    "andrew-osborn": ("PER", "Andrew Osborn"),
    "gerry-doyle": ("PER", "Gerry Doyle"),
    "nick-macfie": ("PER", "Nick Macfie"),
    "william-maclean": ("PER", "William Maclean"),
}

MENTIONS = [
    # headline
    ("h_kim", "[[Kim Jong Un]] Meets With", "kim", "name"),
    ("h_putin", "Meets With [[Putin]], Celebrates", "putin", "name"),
    ("h_russia", "Celebrates [[Russia]]'s 'Sacred'", "russia", "name"),
    ("h_war", "Celebrates [[Russia's 'Sacred' Invasion]] of", "war", "nominal"),
    ("h_ukraine", "Invasion of [[Ukraine]]\n", "ukraine", "name"),
    # byline
    ("reuters", "([[Reuters]])", "reuters", "name"),
    # P1
    ("p1_set", "\n\n[[North Korean leader Kim Jong Un and Russian president Vladimir Putin]] met", "kimputin", "nominal"),
    ("p1_nkorean", "[[North Korean]] leader Kim Jong Un and", "nkoreans", "name"),
    ("p1_kim", "North Korean leader [[Kim Jong Un]] and Russian", "kim", "name"),
    ("p1_russian", "and [[Russian]] president Vladimir", "russians", "name"),
    ("p1_putin", "Russian president [[Vladimir Putin]] met", "putin", "name"),
    ("p1_summit", "met for [[a rare summit]] on", "summit", "nominal"),
    ("p1_they", "at which [[they]] discussed", "kimputin", "pronoun"),
    ("p1_war", "matters, [[the war]] in Ukraine, and", "war", "nominal"),
    ("p1_ukraine", "the war in [[Ukraine]], and possible", "ukraine", "name"),
    ("p1_russian2", "possible [[Russian]] help", "russians", "name"),
    ("p1_state", "help for [[the secretive communist state]]'s", "nk", "nominal"),
    # P2
    ("p2_putin", "\n\n[[Putin]] showed Kim around Russia", "putin", "name"),
    ("p2_kim", "Putin showed [[Kim]] around Russia", "kim", "name"),
    ("p2_site", "around [[Russia's most advanced space rocket launch site]] in", "vostochny", "nominal"),
    ("p2_russia", "around [[Russia]]'s most advanced", "russia", "name"),
    ("p2_russia2", "site in [[Russia]]'s Far East", "russia", "name"),
    ("p2_fareast", "site in Russia's [[Far East]] and", "fareast", "name"),
    ("p2_cosmonaut", "sending [[a North Korean cosmonaut]] into", "cosmonaut", "nominal"),
    ("p2_nkorean", "sending a [[North Korean]] cosmonaut", "nkoreans", "name"),
    ("p2_kim2", "space. [[Kim]], who arrived by train", "kim", "name"),
    ("p2_nk", "by train from [[North Korea]], asked", "nk", "name"),
    ("p2_putin2", "as [[Putin]] showed him around the Vostochny", "putin", "name"),
    ("p2_him", "Putin showed [[him]] around the Vostochny", "kim", "pronoun"),
    ("p2_vostochny", "around the [[Vostochny Cosmodrome]].", "vostochny", "name"),
    # P3
    ("p3_set", "tour, [[Putin, 70, and Kim, 39]], held", "kimputin", "nominal"),
    ("p3_putin", "tour, [[Putin]], 70", "putin", "name"),
    ("p3_kim", "70, and [[Kim]], 39", "kim", "name"),
    ("p3_ministers", "with [[their ministers]] and", "ministers", "nominal"),
    ("p3_their", "with [[their]] ministers", "kimputin", "pronoun"),
    ("p3_russian", "opulent lunch of [[Russian]] \"pelmeni\"", "russians", "name"),
    # P4
    ("p4_kim", "\n\n[[Kim]] raised a toast", "kim", "name"),
    ("p4_russian", "glass of [[Russian]] wine", "russians", "name"),
    ("p4_putin", "wine to [[Putin]]'s health", "putin", "name"),
    ("p4_russia", "victory of \"great [[Russia]]\"", "russia", "name"),
    ("p4_korean", "and to [[Korean]]-Russian friendship", "koreans", "name"),
    ("p4_russian2", "to Korean-[[Russian]] friendship", "russians", "name"),
    ("p4_moscow", "victory for [[Moscow]] in its", "russia", "name", "metonymy"),
    ("p4_its", "Moscow in [[its]] \"sacred", "russia", "pronoun"),
    ("p4_west", "with the [[West]] in the Ukraine war", "west", "name"),
    ("p4_war", "West in [[the Ukraine war]]", "war", "nominal"),
    ("p4_ukraine", "West in the [[Ukraine]] war", "ukraine", "name"),
    # P5
    ("p5_i", "\"[[I]] firmly believe", "kim", "pronoun"),
    ("p5_army", "that [[the heroic Russian army and people]] will", "rusarmy", "nominal"),
    ("p5_russian", "the heroic [[Russian]] army", "russians", "name"),
    ("p5_their", "inherit [[their]] victories", "rusarmy", "pronoun"),
    ("p5_their2", "demonstrate [[their]] noble", "rusarmy", "pronoun"),
    ("p5_kim", "nation,\" [[Kim]] told Putin", "kim", "name"),
    ("p5_putin", "Kim told [[Putin]].", "putin", "name"),
    # P6
    ("p6_army", "\"[[The Russian army and people]] will certainly", "rusarmy", "nominal"),
    ("p6_russian", "\"The [[Russian]] army and people will certainly", "russians", "name"),
    ("p6_kim", "illusion,\" [[Kim]] added", "kim", "name"),
    ("p6_his", "raising [[his]] glass", "kim", "pronoun"),
    # P7
    ("p7_officials", "[[U.S. and South Korean officials]] have", "officials", "nominal"),
    ("p7_us", "[[U.S.]] and South Korean officials", "us", "name"),
    ("p7_skorean", "U.S. and [[South Korean]] officials", "skoreans", "name"),
    ("p7_kim", "concern that [[Kim]] could provide", "kim", "name"),
    ("p7_weapons", "provide [[weapons]] and ammunition", "weapons", "nominal"),
    ("p7_ammunition", "weapons and [[ammunition]] to Russia", "ammunition", "nominal"),
    ("p7_russia", "ammunition to [[Russia]], which", "russia", "name"),
    ("p7_war", "months of [[war]] in Ukraine", "war", "nominal"),
    ("p7_ukraine", "of war in [[Ukraine]]. Moscow", "ukraine", "name"),
    ("p7_set", "[[Moscow and Pyongyang]] have denied", "runk", "nominal", "metonymy"),
    ("p7_moscow", "[[Moscow]] and Pyongyang have denied", "russia", "name", "metonymy"),
    ("p7_pyongyang", "Moscow and [[Pyongyang]] have denied", "nk", "name", "metonymy"),
    # P8
    ("p8_putin", "\n\n[[Putin]] gave numerous hints", "putin", "name"),
    ("p8_shoigu", "Minister [[Sergei Shoigu]] attended", "shoigu", "name"),
    ("p8_kremlin", "The [[Kremlin]] said sensitive", "kremlin", "name"),
    # P9
    ("p9_media", "asked by [[Russian media]], who", "rusmedia", "nominal"),
    ("p9_russian", "asked by [[Russian]] media", "russians", "name"),
    ("p9_summit", "access at [[the summit]], if", "summit", "nominal"),
    ("p9_russia", "if [[Russia]] would help Kim", "russia", "name"),
    ("p9_kim", "would help [[Kim]] build", "kim", "name"),
    ("p9_satellites", "build [[satellites]], Putin said", "satellites", "nominal"),
    ("p9_putin", "satellites, [[Putin]] said:", "putin", "name"),
    ("p9_we", "why [[we]] came here", "kimputin", "pronoun"),
    # P10
    ("p10_russia", "For [[Russia]], the summit", "russia", "name"),
    ("p10_summit", "For Russia, [[the summit]] was", "summit", "nominal"),
    ("p10_us", "needle the [[United States]], the big", "us", "name"),
    ("p10_supporter", "States, [[the big power supporter]] of", "us", "nominal"),
    ("p10_ukraine", "supporter of [[Ukraine]], though", "ukraine", "name"),
    ("p10_putin", "how far [[Putin]] was prepared", "putin", "name"),
    ("p10_nkorean", "any [[North Korean]] wish lists", "nkoreans", "name"),
    ("p10_technology", "wish lists for [[technology]].", "technology", "nominal"),
    # P11
    ("p11_putin", "\n\n[[Putin]] said Kim now planned", "putin", "name"),
    ("p11_kim", "Putin said [[Kim]] now planned", "kim", "name"),
    ("p11_factories", "visit [[military and civilian aviation factories]] in", "factories", "nominal"),
    ("p11_city", "in [[the Russian city]] of", "komsomolsk", "nominal"),
    ("p11_russian", "in the [[Russian]] city of", "russians", "name"),
    ("p11_komsomolsk", "city of [[Komsomolsk-on-Amur]] and", "komsomolsk", "name"),
    ("p11_russia", "inspect [[Russia]]'s Pacific fleet", "russia", "name"),
    ("p11_fleet", "inspect Russia's [[Pacific fleet]] in", "fleet", "name"),
    ("p11_vladivostok", "Pacific fleet in [[Vladivostok]].", "vladivostok", "name"),
    # P12
    ("p12_russian", "\n\n[[Russian]] foreign minister", "russians", "name"),
    ("p12_lavrov", "minister [[Sergei Lavrov]] will", "lavrov", "name"),
    ("p12_pyongyang", "will visit [[Pyongyang]] for more", "pyongyang", "name"),
    ("p12_kremlin", "month, the [[Kremlin]] said.", "kremlin", "name"),
    # P13
    ("p13_set", "\n\n[[Putin and Kim]] called each other", "kimputin", "nominal"),
    ("p13_putin", "\n\n[[Putin]] and Kim called", "putin", "name"),
    ("p13_kim", "Putin and [[Kim]] called", "kim", "name"),
    ("p13_putin2", "lunch and [[Putin]] repeatedly", "putin", "name"),
    ("p13_kim2", "reminded [[Kim]] that", "kim", "name"),
    ("p13_soviet", "the [[Soviet Union]] that backed", "soviet", "name"),
    ("p13_nk", "backed [[North Korea]]\u2014and", "nk", "name"),
    ("p13_it", "recognize [[it]] just over", "nk", "pronoun"),
    ("p13_it2", "since [[it]] was established", "nk", "pronoun"),
    # P14
    ("p14_war", "Amid [[the Ukraine war]], which", "war", "nominal"),
    ("p14_ukraine", "Amid the [[Ukraine]] war", "ukraine", "name"),
    ("p14_us", "the [[United States]] and Kyiv", "us", "name"),
    ("p14_allies", "and [[Kyiv's other allies]] are", "allies", "nominal"),
    ("p14_kyiv", "and [[Kyiv]]'s other allies", "ukraine", "name", "metonymy"),
    ("p14_kim", "see if [[Kim]]'s visit paves", "kim", "name"),
    ("p14_shells", "supply of [[artillery shells]] to", "shells", "nominal"),
    ("p14_russia", "shells to [[Russia]].\n", "russia", "name"),
    # P15
    ("p15_britain", "\n\n[[Britain]] on Wednesday", "britain", "name"),
    ("p15_nk", "urged [[North Korea]] to end", "nk", "name"),
    ("p15_russia", "arms talks with [[Russia]] and said", "russia", "name"),
    ("p15_kim", "and said [[Kim]]'s visit showed", "kim", "name"),
    ("p15_moscow", "how isolated [[Moscow]] has become", "russia", "name", "metonymy"),
    # P16
    ("p16_russia", "\n\n[[Russia]] has joined China", "russia", "name"),
    ("p16_china", "has joined [[China]] in", "china", "name"),
    ("p16_nk", "sanctions on [[North Korea]], blocking", "nk", "name"),
    ("p16_us", "blocking a [[U.S.]]-led push", "us", "name"),
    ("p16_unsc", "splitting the [[U.N. Security Council]] for", "unsc", "name"),
    ("p16_it", "since [[it]] started punishing", "unsc", "pronoun"),
    ("p16_pyongyang", "punishing [[Pyongyang]] in 2006", "nk", "name", "metonymy"),
    # P17
    ("p17_putin", "cooperation, [[Putin]] said Russia complied", "putin", "name"),
    ("p17_russia", "Putin said [[Russia]] complied", "russia", "name"),
    # P18
    ("p18_vostochny", "meet at [[Vostochny Cosmodrome]]\u2014a symbol", "vostochny", "name"),
    ("p18_symbol", "Cosmodrome\u2014[[a symbol]] of Russia's", "vostochny", "nominal"),
    ("p18_russia", "symbol of [[Russia]]'s ambitions", "russia", "name"),
    ("p18_nk", "as [[North Korea]] has twice failed", "nk", "name"),
    ("p18_satellites", "launch [[reconnaissance satellites]] in", "satellites", "nominal"),
    # P19
    ("p19_kim", "After showing [[Kim]] around a building", "kim", "name"),
    ("p19_building", "around [[a building]] where", "building", "nominal"),
    ("p19_angara", "where the [[Angara]], Russia's new", "angara", "name"),
    ("p19_rocket", "Angara, [[Russia's new 42.7-metre space launch rocket]], is", "angara", "nominal"),
    ("p19_russia", "Angara, [[Russia]]'s new", "russia", "name"),
    ("p19_putin", "assembled, [[Putin]] said Kim had shown", "putin", "name"),
    ("p19_kim2", "Putin said [[Kim]] had shown", "kim", "name"),
    # P20
    ("p20_meeting", "Ahead of [[his meeting]] with Putin", "summit", "nominal"),
    ("p20_his", "Ahead of [[his]] meeting", "kim", "pronoun"),
    ("p20_putin", "meeting with [[Putin]], Kim signed", "putin", "name"),
    ("p20_kim", "Putin, [[Kim]] signed the visitor", "kim", "name"),
    ("p20_russia", "glory to [[Russia]], which gave birth", "russia", "name"),
    ("p20_conquerors", "birth to [[the first space conquerors]], will", "conquerors", "nominal"),
    # subheading
    ("sh_missiles", "\n\n[[Ballistic missiles]]\n\n", "missiles", "nominal"),
    # P21
    ("p21_kim", "As [[Kim]] was making", "kim", "name"),
    ("p21_his", "making [[his]] way through", "kim", "pronoun"),
    ("p21_russia", "forests of [[Russia]] by train", "russia", "name"),
    ("p21_nk", "train, [[North Korea]] launched", "nk", "name"),
    ("p21_missiles", "launched [[two short-range ballistic missiles]] from", "missiles", "nominal"),
    ("p21_area", "from [[an area]] near", "area", "nominal"),
    ("p21_capital", "near [[the capital]], Pyongyang", "pyongyang", "nominal"),
    ("p21_pyongyang", "the capital, [[Pyongyang]], into", "pyongyang", "name"),
    ("p21_coast", "off [[its east coast]].", "coast", "nominal"),
    ("p21_its", "off [[its]] east coast", "nk", "pronoun"),
    # P22
    ("p22_north", "launch by the [[North]] while", "nk", "name"),
    ("p22_kim", "while [[Kim]] was abroad", "kim", "name"),
    ("p22_analysts", "abroad, [[analysts]] said, demonstrating", "analysts1", "nominal"),
    ("p22_country", "for [[the country]]'s nuclear", "nk", "nominal"),
    # P23
    ("p23_kim", "\n\n[[Kim]] had previously made", "kim", "name"),
    ("p23_his", "in [[his]] 12 years", "kim", "pronoun"),
    ("p23_he", "[[He]] also briefly stepped", "kim", "pronoun"),
    ("p23_border", "across [[the inter-Korean border]] twice", "border", "nominal"),
    # P24
    ("p24_kim", "make-up of [[Kim]]'s delegation", "kim", "name"),
    ("p24_delegation", "make-up of [[Kim's delegation]] to Russia", "delegation", "nominal"),
    ("p24_russia", "delegation to [[Russia]], with", "russia", "name"),
    ("p24_mid", "presence of [[Munitions Industry Department]] Director", "mid", "name"),
    ("p24_jo", "Director [[Jo Chun Ryong]],", "jo", "name"),
    ("p24_analysts", "cooperation, [[analysts]] said.\n", "analysts2", "nominal"),
    # P25-26
    ("p25_korea", "\"In [[Korea]], there is", "korea", "name"),
    ("p25_people", "And [[our people]] say", "russians", "nominal"),
    ("p25_our", "And [[our]] people say", "russia", "pronoun"),
    ("p25_putin", "new ones,\" [[Putin]] told Kim", "putin", "name"),
    ("p25_kim", "Putin told [[Kim]].", "kim", "name"),
    ("p26_countries", "between [[our countries]].", "runk", "nominal"),
    ("p26_our", "between [[our]] countries", "kimputin", "pronoun"),
    # reporting credits
    ("b_yim", "by [[Hyunsu Yim]],", "yim", "name"),
    ("b_park", "Yim, [[Ju-min Park]],", "park", "name"),
    ("b_smith", "Park, [[Josh Smith]] and", "smith", "name"),
    ("b_choi", "Smith and [[Soo-hyang Choi]] in", "choi", "name"),
    ("b_seoul", "Choi in [[Seoul]], Kantaro", "seoul", "name"),
    ("b_komiya", "Seoul, [[Kantaro Komiya]] in", "komiya", "name"),
    ("b_tokyo", "Komiya in [[Tokyo]],", "tokyo", "name"),
    ("b_kelly", "Tokyo, [[Lidia Kelly]] in", "kelly", "name"),
    ("b_melbourne", "Kelly in [[Melbourne]] and", "melbourne", "name"),
    ("b_faulconbridge", "Melbourne and [[Guy Faulconbridge]] in Moscow", "faulconbridge", "name"),
    ("b_moscow", "Faulconbridge in [[Moscow]], writing", "moscow", "name"),
    ("b_jackkim", "writing by [[Jack Kim]]/", "jackkim", "name"),
    ("b_faulconbridge2", "Kim/[[Guy Faulconbridge]]/", "faulconbridge", "name"),
    ("b_osborn", "Faulconbridge/[[Andrew Osborn]],", "osborn", "name"),
    ("b_doyle", "editing by [[Gerry Doyle]],", "doyle", "name"),
    ("b_macfie", "Doyle, [[Nick Macfie]],", "macfie", "name"),
    ("b_maclean", "Macfie, [[William Maclean]])", "maclean", "name"),
]

RELATIONS = [
    # headline
    ("MEETS", "h_kim", "h_putin", "asserted"),
    ("LOCATED_IN", "h_war", "h_ukraine", "asserted"),
    # P1
    ("LEADER_OF", "p1_kim", "p1_nkorean", "asserted"),
    ("LEADER_OF", "p1_putin", "p1_russian", "asserted"),
    ("MEETS", "p1_kim", "p1_putin", "asserted"),
    ("LOCATED_IN", "p1_war", "p1_ukraine", "asserted"),
    # P2
    ("LOCATED_IN", "p2_site", "p2_russia", "asserted"),
    ("LOCATED_IN", "p2_site", "p2_fareast", "asserted"),
    ("LOCATED_IN", "p2_fareast", "p2_russia2", "asserted"),
    ("NATIONALITY", "p2_cosmonaut", "p2_nkorean", "asserted"),  # F?: NATIONALITY of a hypothetical cosmonaut ('the possibility of sending a North Korean cosmonaut'): carried by a nationality adjective, so asserted by the rule
    ("TRAVELS_TO", "p2_kim2", "p2_vostochny", "asserted"),
    # P3
    ("MEETS", "p3_putin", "p3_kim", "asserted"),
    # P4
    ("LOCATED_IN", "p4_war", "p4_ukraine", "asserted"),
    # P7
    ("OFFICIAL_OF", "p7_officials", "p7_us", "asserted"),
    ("OFFICIAL_OF", "p7_officials", "p7_skorean", "asserted"),
    ("SUPPLIES", "p7_kim", "p7_weapons", "possible"),
    ("SUPPLIES", "p7_kim", "p7_ammunition", "possible"),
    ("RECEIVES", "p7_russia", "p7_weapons", "possible"),
    ("RECEIVES", "p7_russia", "p7_ammunition", "possible"),
    ("LOCATED_IN", "p7_war", "p7_ukraine", "asserted"),
    # P9
    ("NATIONALITY", "p9_media", "p9_russian", "asserted"),
    ("SUPPLIES", "p9_russia", "p9_satellites", "possible"),
    ("RECEIVES", "p9_kim", "p9_satellites", "possible"),
    # P10
    ("SUPPLIES", "p10_putin", "p10_technology", "possible"),
    # P11
    ("TRAVELS_TO", "p11_kim", "p11_factories", "possible"),
    ("LOCATED_IN", "p11_factories", "p11_komsomolsk", "asserted"),
    ("PART_OF", "p11_fleet", "p11_russia", "asserted"),
    ("LOCATED_IN", "p11_fleet", "p11_vladivostok", "asserted"),
    ("TRAVELS_TO", "p11_kim", "p11_vladivostok", "possible"),
    # P12
    ("OFFICIAL_OF", "p12_lavrov", "p12_russian", "asserted"),
    ("TRAVELS_TO", "p12_lavrov", "p12_pyongyang", "possible"),
    # P14
    ("LOCATED_IN", "p14_war", "p14_ukraine", "asserted"),
    ("RECEIVES", "p14_russia", "p14_shells", "possible"),
    # P15
    ("MEETS", "p15_nk", "p15_russia", "reported"),  # F?: 'urged North Korea to end arms talks with Russia': the talks are presupposed in Britain's urging (source's fact), not stated by the writer
    # P20
    ("MEETS", "p20_his", "p20_putin", "asserted"),  # F?: 'Ahead of his meeting with Putin' written after the summit (P1 says they met): the meeting happened, unlike the same phrase in the pre-summit arms-sale text
    # P21
    ("TRAVELS_TO", "p21_kim", "p21_russia", "asserted"),
    ("LOCATED_IN", "p21_coast", "p21_its", "asserted"),
    # P23
    ("TRAVELS_TO", "p23_he", "p23_border", "asserted"),
    # P24
    ("TRAVELS_TO", "p24_delegation", "p24_russia", "asserted"),  # F?: 'Kim's delegation to Russia' is a referring noun phrase inside the analysts' claim (about its make-up): treated like a modifier, not reported
    ("OFFICIAL_OF", "p24_jo", "p24_mid", "asserted"),
]

QUOTES = [
    ("mixed", ["toast with a glass of Russian wine [[to Putin's health, to ... Korean-Russian friendship]], predicting"],
     "Kim [[raised a toast]]", "p4_kim", "speech"),
    ("mixed", ["predicting [[victory for Moscow ... in the Ukraine war]]."], "friendship, [[predicting]] victory", "p4_kim", "speech"),
    ("direct", ["\"[[I firmly believe ... a powerful nation,]]\""], "Kim [[told]] Putin", "p5_kim", "speech"),
    ("direct", ["\"[[The Russian army and people will certainly ... expansionist illusion,]]\""], "Kim [[added]]", "p6_kim", "speech"),
    ("indirect", ["concern that [[Kim could provide ... of war in Ukraine]]. Moscow"],
     "have [[expressed concern]] that", "p7_officials", "thought"),
    ("indirect", ["have denied [[such intentions]]."], "have [[denied]] such", "p7_set", "speech"),
    ("indirect", ["hints that [[military cooperation was discussed]] but"], "gave numerous [[hints]] that", "p8_putin", "speech"),
    ("indirect", ["said [[sensitive discussions between neighbors were a private matter]]."],
     "The Kremlin [[said]] sensitive", "p8_kremlin", "speech"),
    ("direct", ["\"[[That's why we came here.]]\""], "Putin [[said]]:", "p9_putin", "speech"),
    ("indirect", ["Putin said [[Kim now planned ... Pacific fleet in Vladivostok]]."], "Putin [[said]] Kim now", "p11_putin", "speech"),
    ("indirect", ["\n\n[[Russian foreign minister ... talks next month]], the Kremlin"], "the Kremlin [[said]].", "p12_kremlin", "speech"),
    ("direct", ["each other \"[[comrades]]\""], "Kim [[called]] each other", "p13_set", "speech"),
    ("indirect", ["reminded Kim that [[it was the Soviet Union ... since it was established]]."],
     "repeatedly [[reminded]] Kim", "p13_putin2", "speech"),
    ("indirect", ["North Korea to [[end arms talks with Russia]] and said"], "Wednesday [[urged]] North", "p15_britain", "speech"),
    ("indirect", ["and said [[Kim's visit showed how isolated Moscow has become on the world stage]]."],
     "Russia and [[said]] Kim's", "p15_britain", "speech"),
    ("indirect", ["Putin said [[Russia complied ... opportunities to explore]]."], "Putin [[said]] Russia complied", "p17_putin", "speech"),
    ("mixed", ["Putin said [[Kim had shown a \"great interest ... during the visit]]."], "Putin [[said]] Kim had shown", "p19_putin", "speech"),
    ("direct", ["in Korean: \"[[The glory to Russia, ... will be immortal.]]\""], "Kim [[signed]] the visitor", "p20_kim", "writing"),
    ("indirect", ["\n\n[[It was the first such launch by the North while Kim was abroad]], analysts",
                  "said, [[demonstrating an increased ... missile programs]]."],
     "analysts [[said]], demonstrating", "p22_analysts", "speech"),
    ("indirect", ["\n\n[[The make-up of Kim's delegation ... defense industry cooperation]], analysts"],
     "cooperation, analysts [[said]].", "p24_analysts", "speech"),
    ("direct", ["\"[[In Korea, there is a proverb: ... two new ones,]]\"",
                "\"[[This folk wisdom is ... our countries.]]\""],
     "Putin [[told]] Kim.", "p25_putin", "speech"),
]

ZONES = [
    ("boilerplate", "[[ADVERTISEMENT]]"),
    ("headline", "[[Kim Jong Un Meets With ... Invasion of Ukraine]]\n"),
    ("byline", "[[(Reuters)]]"),
    ("dateline", "[[September 13, 2023]]"),
    ("body", "\n\n[[North Korean leader Kim Jong Un and ... satellite program.]]\n"),
    ("body", "\n\n[[Putin showed Kim around ... around the Vostochny Cosmodrome.]]\n"),
    ("body", "\n\n[[After the tour, ... mushrooms and potatoes.]]\n"),
    ("body", "\n\n[[Kim raised a toast ... in the Ukraine war.]]\n"),
    ("body", "\n\n[[\"I firmly believe ... Kim told Putin.]]\n"),
    ("body", "\n\n[[\"The Russian army and people ... raising his glass.]]\n"),
    ("body", "\n\n[[U.S. and South Korean officials ... denied such intentions.]]\n"),
    ("body", "\n\n[[Putin gave numerous hints ... a private matter.]]\n"),
    ("body", "\n\n[[When asked by Russian media, ... came here.\"]]\n"),
    ("body", "\n\n[[For Russia, the summit ... wish lists for technology.]]\n"),
    ("body", "\n\n[[Putin said Kim now planned ... fleet in Vladivostok.]]\n"),
    ("body", "\n\n[[Russian foreign minister ... the Kremlin said.]]\n"),
    ("subheading", "\n\n[['Comrades']]\n"),
    ("body", "\n\n[[Putin and Kim called each other ... it was established.]]\n"),
    ("body", "\n\n[[Amid the Ukraine war, ... artillery shells to Russia.]]\n"),
    ("body", "\n\n[[Britain on Wednesday ... on the world stage.]]\n"),
    ("body", "\n\n[[Russia has joined China ... Pyongyang in 2006.]]\n"),
    ("body", "\n\n[[Asked about military cooperation, ... opportunities to explore.]]\n"),
    ("body", "\n\n[[The choice to meet at ... past four months.]]\n"),
    ("body", "\n\n[[After showing Kim around ... during the visit.]]\n"),
    ("body", "\n\n[[Ahead of his meeting ... will be immortal.\"]]\n"),
    ("subheading", "\n\n[[Ballistic missiles]]\n"),
    ("body", "\n\n[[As Kim was making his way ... off its east coast.]]\n"),
    ("body", "\n\n[[It was the first such launch ... missile programs.]]\n"),
    ("body", "\n\n[[Kim had previously made ... inter-Korean border twice.]]\n"),
    ("body", "\n\n[[The make-up of Kim's delegation ... analysts said.]]\n"),
    ("body", "\n\n[[\"In Korea, there is a proverb: ... Putin told Kim.]]\n"),
    ("body", "\n\n[[\"This folk wisdom is ... between our countries.\"]]\n"),
    ("byline", "\n\n[[(Reporting by Hyunsu Yim, ... William Maclean)]]"),
]
