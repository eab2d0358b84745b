# Annotation spec: reuters-kim-putin-summit (pass: gold)
#
# DECISIONS:
# - Group mention of a coordination of titled names spans the whole coordination, titles
#   included, members nested: [North Korean leader Kim Jong Un and Russian president Vladimir
#   Putin] (referred to again by "they"); likewise [Putin, 70, and Kim, 39] (ages inside,
#   referred to by "their"), [Putin and Kim] called each other (the pair acts and speaks as one).
#   Reconciliation: kept (hard case 13: the group nominal is the whole coordinated phrase; the
#   title rule of section 2 applies to the nested name mentions, which stay title-free; cf.
#   [Kim and Russian President Vladimir Putin] in ap-kim-whereabouts-after-summit).
#   "the United States and Kyiv's other allies are watching" is no group (not referred to
#   again, no quote or relation takes the pair as one argument).
# - "Putin and Kim called each other "comrades"": a direct quote (body, cue "called", the words
#   they used), speaker the pair; the subheading 'Comrades' is a scare quote.
# - A coordinated nominal with a shared determiner, "the heroic Russian army and people", is one
#   PER group mention (referred to by "their" twice) with its members nested (hard case 13):
#   [the heroic Russian army] (ORG, no name mention, kb null) and [people] (the Russian people,
#   a nominal of the NORP entity Russians, like "our people" in Putin's proverb quote).
#   NATIONALITY(army, [Russian]) as for "the [Russian] [Pacific Fleet]" (org + NORP adjective).
# - "its "sacred fight"" and "the sacred struggle" are nominal mentions of the war in Ukraine
#   (the headline calls it "Russia's 'Sacred' Invasion of Ukraine"); the closing scare-quote mark
#   is inside the span so the span is balanced. "a great evil that claims hegemony" (Kim's
#   rhetoric, referent not stated) is not annotated.
# - Kim's trip to Russia is an EVENT of its own, not a part of the summit (the summit is part of
#   it) (kb kim-jong-uns-2023-visit-to-russia; the same trip is "Kim Jong Un's Russia Trip" in the
#   TIME report, so the record should move to registry.py and be linked there too):
#   "Kim's visit" (twice) and "during the visit" (Putin on Kim's interest); the summit itself is
#   a different EVENT ("a rare summit", "the summit", "his meeting with Putin").
# - "rockets" (Kim "asked detailed questions about rockets" at the cosmodrome) is not annotated:
#   space launch rockets as a generic class are vehicles, and generic vehicles are not annotated
#   ("by train"); the WEA class rockets is for military rockets (hard case 15). The Angara, a
#   named space launch rocket, is a VEH. "satellites" (help Kim build satellites)
#   joins "reconnaissance satellites" (spy-satellites): North Korea's satellites in the text are
#   its reconnaissance satellites. "help Kim build satellites" is not a transfer of an item (no
#   SUPPLIES/RECEIVES). Bare "technology" (North Korean wish lists for technology) is a one-off
#   WEA technology mention, SUPPLIES(Putin, technology) as a possible transfer.
# - "military and civilian aviation factories in ... Komsomolsk-on-Amur" is a plural set of
#   facilities: kb null, not the registry record of the one plant komsomolsk-on-amur-aircraft-plant
#   (hard case 45: a plural or group mention is not linked to a single-member record).
# - "Russia's Far East": [Russia] and [Far East] (a name never absorbs its possessor), plus
#   LOCATED_IN(Far East, Russia); "Russia's Pacific fleet": [Russia] + [Pacific fleet] (name,
#   lowercase as written) + PART_OF(fleet, Russia).
# - A region possessed by its country is located in it: LOCATED_IN(Far East, Russia),
#   LOCATED_IN(its east coast, its). A country possessor on a facility states ownership, not
#   place ("Russia's most advanced ... launch site": no LOCATED_IN to Russia; its place is the
#   PP "in Russia's Far East"). "the [Russian] city of Komsomolsk-on-Amur": no LOCATED_IN (the
#   NORP cannot be a tail, and "Russia" in the next clause is about the fleet; same as "the
#   eastern Russian city of Vladivostok" in kim-arrives-russia-top-officials).
# - "[the [Ukraine] war]" (twice) gets LOCATED_IN(war, Ukraine) like "the war in Ukraine": the
#   premodifier names where the war is. "Russia's 'Sacred' Invasion of Ukraine": none (hard case 9).
# - Travel: "Putin showed Kim around X" is a guided tour of X (hard case 26; "After the tour"):
#   TRAVELS_TO(Kim, launch site), TRAVELS_TO(him, Vostochny Cosmodrome), TRAVELS_TO(Kim, a
#   building). "planned ... to inspect Russia's Pacific fleet in Vladivostok" is a planned
#   inspection visit: TRAVELS_TO(Kim, Vladivostok). "arrived by train from North Korea": no
#   destination, no relation.
# - Not mentions: "the forests of Russia" and "the sea" (generic geography; the travel is
#   TRAVELS_TO(Kim, Russia)), "a space power" after "as" (predicate-like), "a powerful nation"
#   (generic, inside Kim's quote), "Korean" as a language ("in Korean"), "Korean" inside the
#   one adjective "inter-Korean", "stocks". "Russian media" is an ORG nominal because it speaks
#   (hard cases 19, 43).
#   Mentions: "an area near the capital" (a specific launch area, LOC), "its east coast" (LOC),
#   "the inter-Korean border" (LOC), "a building" (FAC), "a symbol" (apposition to Vostochny
#   Cosmodrome), "neighbors" (Russia and North Korea, the GPE group of "Moscow and Pyongyang"
#   and "our countries").
# - "our" in "our people" (Putin's proverb) is Russia; "our" in "our countries" is the pair
#   Putin and Kim (speaker and addressee); "we" in "That's why we came here" is the pair.
# - Indirect quote content ends before a narrator's non-restrictive relative clause:
#   concern that [Kim could provide weapons and ammunition to Russia], which has expended ...
# - A reported question is reported speech: "asked by [Russian media] ... if [Russia would help
#   Kim build satellites]" is an indirect quote whose speaker is the media (ORG nominal, generic,
#   kb null, NATIONALITY to [Russian]), not the nationality adjective (hard case 43: speakers are
#   people or organisations). "Asked about military cooperation" (no content) is not.
# - Relations take the most informative mention of each entity in the sentence (hard case 44):
#   "[Kim], who arrived ..., as Putin showed him around the [Vostochny Cosmodrome]" ->
#   TRAVELS_TO(Kim, cosmodrome); "Ahead of his meeting with [Putin], [Kim] signed" -> MEETS(Putin,
#   Kim); "[North Korea] launched ... off [its east coast]" -> LOCATED_IN(coast, North Korea).
# - "urged North Korea to end arms talks with Russia": North Korea is the addressee (like
#   "reminded Kim that"), so the content is "end arms talks with Russia" (without "to"); "urged"
#   and "said" of Britain are two quotes (two cues). "arms talks with Russia" -> MEETS(North
#   Korea, Russia) (states holding talks, as "North Korea and Russia discussed" in the AP report).
# - "Putin said Russia complied with international rules but that there were opportunities to
#   explore": one quote, two content fragments without "but that" (hard case 32).
# - "help Kim build satellites": no SUPPLIES/RECEIVES; Russia would help build, not transfer, the
#   satellites (as "Russia potentially helping North Korea improve its aging air force" in AP).
# - The toast is a mixed quote (content "to Putin's health, ... friendship", cue "raised a
#   toast"); "predicting victory for Moscow in its "sacred fight" ..." is a second mixed quote
#   (cue "predicting"), both by Kim.
# - "analysts said" interrupting a sentence: the participial continuation ("demonstrating ...
#   programs") is a second content fragment of the same quote. The two "analysts" are two
#   generic PER entities (the text does not make them one group).
# - Putin's proverb quote continues in the next paragraph without a new cue: one quote with two
#   fragments.
# - "Putin ... held talks ... with" -> MEETS(Putin, Kim); "his meeting with Putin" -> MEETS(his,
#   Putin).
# - The officials group "U.S. and South Korean officials": OFFICIAL_OF to [U.S.] and to
#   [South Korean]. "the first space conquerors" born of Russia -> NATIONALITY(conquerors, Russia).
# - "stuffed with Kamchatka crab": [Kamchatka] is a LOC name mention (a place name used as a noun
#   modifier still names the place, like "[Ukraine] war", "[Kremlin] spokesman"; hard case 28
#   excludes only region and period adjectives). "Munitions Industry Department Director Jo Chun
#   Ryong" -> LEADER_OF (hard cases 12, 23).
# - Journalists in the reporting line get their own PER entities and registry records; the line
#   names no agency, so no AFFILIATED_WITH. Cities in it are the cities (Moscow is not metonymy).

ENTITIES = {
    "kim": ("PER", "Kim Jong Un", "kim-jong-un"),
    "putin": ("PER", "Vladimir Putin", "vladimir-putin"),
    "russia": ("GPE", "Russia", "russia"),
    "ukraine": ("GPE", "Ukraine", "ukraine"),
    "war": ("EVENT", "war in Ukraine", "russian-invasion-of-ukraine"),
    "reuters": ("ORG", "Reuters", "reuters"),
    "nk_norp": ("NORP", "North Korean", "north-koreans"),
    "ru_norp": ("NORP", "Russians", "russians"),
    "summit": ("EVENT", "Kim-Putin summit", "kim-putin-summit-2023"),
    "kim_putin": ("PER", "Kim and Putin", None),
    "nk": ("GPE", "North Korea", "north-korea"),
    "cosmodrome": ("FAC", "Vostochny Cosmodrome", "vostochny-cosmodrome"),
    "fareast": ("LOC", "Far East", "russian-far-east"),
    "cosmonaut": ("PER", "a North Korean cosmonaut", None),
    "ministers": ("PER", "their ministers", None),
    "kamchatka": ("LOC", "Kamchatka", "kamchatka"),
    "koreans": ("NORP", "Koreans", "koreans"),
    "west": ("GPE", "the West", "the-west"),
    "army_people": ("PER", "the Russian army and people", None),
    "ru_army": ("ORG", "the Russian army", None),
    "officials": ("PER", "U.S. and South Korean officials", None),
    "us": ("GPE", "United States", "united-states"),
    "sk_norp": ("NORP", "South Korean", "south-koreans"),
    "weapons": ("WEA", "weapons", "weapons"),
    "ammunition": ("WEA", "ammunition", "ammunition"),
    "ru_nk": ("GPE", "Russia and North Korea", None),
    "shoigu": ("PER", "Sergei Shoigu", "sergei-shoigu"),
    "kremlin": ("ORG", "Kremlin", "kremlin"),
    "satellites": ("WEA", "reconnaissance satellites", "spy-satellites"),
    "technology": ("WEA", "technology", None),
    "factories": ("FAC", "aviation factories in Komsomolsk-on-Amur", None),
    "rumedia": ("ORG", "Russian media", None),
    "komsomolsk": ("GPE", "Komsomolsk-on-Amur", "komsomolsk-on-amur"),
    "fleet": ("ORG", "Pacific fleet", "russian-pacific-fleet"),
    "vladivostok": ("GPE", "Vladivostok", "vladivostok"),
    "lavrov": ("PER", "Sergei Lavrov", "sergei-lavrov"),
    "pyongyang": ("GPE", "Pyongyang", "pyongyang"),
    "soviet": ("GPE", "Soviet Union", "soviet-union"),
    "allies": ("GPE", "Kyiv's other allies", None),
    "visit": ("EVENT", "Kim's visit to Russia", "kim-jong-uns-2023-visit-to-russia"),
    "shells": ("WEA", "artillery shells", "artillery-shells"),
    "britain": ("GPE", "Britain", "united-kingdom"),
    "china": ("GPE", "China", "china"),
    "unsc": ("ORG", "U.N. Security Council", "un-security-council"),
    "building": ("FAC", "a building", None),
    "angara": ("VEH", "Angara", "angara"),
    "conquerors": ("PER", "the first space conquerors", None),
    "ballistic": ("WEA", "ballistic missiles", "ballistic-missiles"),
    "area": ("LOC", "an area near the capital", None),
    "coast": ("LOC", "North Korea's east coast", None),
    "analysts1": ("PER", "analysts", None),
    "border": ("LOC", "the inter-Korean border", None),
    "delegation": ("PER", "Kim's delegation", None),
    "mid": ("ORG", "Munitions Industry Department", "munitions-industry-department"),
    "jo": ("PER", "Jo Chun Ryong", "jo-chun-ryong"),
    "analysts2": ("PER", "analysts", None),
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
    "kamchatka": ("LOC", "Kamchatka"),
    "united-kingdom": ("GPE", "United Kingdom"),
    "angara": ("VEH", "Angara"),
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
    ("kim_h", "[[Kim Jong Un]] Meets With", "kim", "name"),
    ("putin_h", "Meets With [[Putin]], Celebrates", "putin", "name"),
    ("invasion_h", "Celebrates [[Russia's 'Sacred' Invasion]] of", "war", "nominal"),
    ("russia_h", "Celebrates [[Russia]]'s 'Sacred'", "russia", "name"),
    ("ukraine_h", "Invasion of [[Ukraine]]\n", "ukraine", "name"),
    # byline
    ("reuters", "([[Reuters]])", "reuters", "name"),
    # P1
    ("pair1", "[[North Korean leader Kim Jong Un and Russian president Vladimir Putin]] met",
     "kim_putin", "nominal"),
    ("nknorp1", "[[North Korean]] leader Kim Jong Un and", "nk_norp", "name"),
    ("kim1", "North Korean leader [[Kim Jong Un]] and Russian", "kim", "name"),
    ("runorp1", "and [[Russian]] president Vladimir", "ru_norp", "name"),
    ("putin1", "Russian president [[Vladimir Putin]] met", "putin", "name"),
    ("summit1", "met for [[a rare summit]] on", "summit", "nominal"),
    ("they1", "at which [[they]] discussed", "kim_putin", "pronoun"),
    ("war1", "military matters, [[the war]] in Ukraine", "war", "nominal"),
    ("ukraine1", "the war in [[Ukraine]], and possible", "ukraine", "name"),
    ("runorp2", "possible [[Russian]] help", "ru_norp", "name"),
    ("state1", "help for [[the secretive communist state]]'s", "nk", "nominal"),
    # P2
    ("putin2", "[[Putin]] showed Kim around Russia", "putin", "name"),
    ("kim2", "Putin showed [[Kim]] around Russia", "kim", "name"),
    ("site", "around [[Russia's most advanced space rocket launch site]] in", "cosmodrome", "nominal"),
    ("russia_site", "around [[Russia]]'s most advanced", "russia", "name"),
    ("russia_fe", "launch site in [[Russia]]'s Far East", "russia", "name"),
    ("fareast", "in Russia's [[Far East]] and discussed", "fareast", "name"),
    ("cosmonaut", "of sending [[a North Korean cosmonaut]] into", "cosmonaut", "nominal"),
    ("nknorp2", "sending a [[North Korean]] cosmonaut", "nk_norp", "name"),
    ("kim3", "into space. [[Kim]], who arrived", "kim", "name"),
    ("nk1", "by train from [[North Korea]], asked", "nk", "name"),
    ("putin3", "rockets as [[Putin]] showed him", "putin", "name"),
    ("him1", "Putin showed [[him]] around the Vostochny", "kim", "pronoun"),
    ("cosmo1", "around the [[Vostochny Cosmodrome]].", "cosmodrome", "name"),
    # P3
    ("pair2", "After the tour, [[Putin, 70, and Kim, 39]], held", "kim_putin", "nominal"),
    ("putin4", "After the tour, [[Putin]], 70,", "putin", "name"),
    ("kim4", "70, and [[Kim]], 39,", "kim", "name"),
    ("ministers", "hours with [[their ministers]] and", "ministers", "nominal"),
    ("their1", "hours with [[their]] ministers", "kim_putin", "pronoun"),
    ("runorp3", "lunch of [[Russian]] \"pelmeni\"", "ru_norp", "name"),
    ("kamchatka", "with [[Kamchatka]] crab", "kamchatka", "name"),
    # P4
    ("kim5", "[[Kim]] raised a toast", "kim", "name"),
    ("runorp4", "a glass of [[Russian]] wine", "ru_norp", "name"),
    ("putin5", "wine to [[Putin]]'s health", "putin", "name"),
    ("russia_great", "of \"great [[Russia]]\" and", "russia", "name"),
    ("koreans", "to [[Korean]]-Russian friendship", "koreans", "name"),
    ("runorp5", "to Korean-[[Russian]] friendship", "ru_norp", "name"),
    ("moscow1", "victory for [[Moscow]] in its", "russia", "name", "metonymy"),
    ("fight", "Moscow in [[its \"sacred fight\"]] with", "war", "nominal"),
    ("its1", "Moscow in [[its]] \"sacred", "russia", "pronoun"),
    ("west", "with the [[West]] in the Ukraine", "west", "name"),
    ("war2", "West in [[the Ukraine war]].", "war", "nominal"),
    ("ukraine2", "West in the [[Ukraine]] war.", "ukraine", "name"),
    # P5
    ("i1", "\"[[I]] firmly believe", "kim", "pronoun"),
    ("armypeople1", "believe that [[the heroic Russian army and people]] will", "army_people", "nominal"),
    ("army1", "believe that [[the heroic Russian army]] and", "ru_army", "nominal"),
    ("runorp6", "the heroic [[Russian]] army", "ru_norp", "name"),
    ("people1", "heroic Russian army and [[people]] will brilliantly", "ru_norp", "nominal"),
    ("their2", "inherit [[their]] victories", "army_people", "pronoun"),
    ("their3", "demonstrate [[their]] noble", "army_people", "pronoun"),
    ("kim6", "nation,\" [[Kim]] told Putin", "kim", "name"),
    ("putin6", "Kim told [[Putin]].", "putin", "name"),
    # P6
    ("armypeople2", "\"[[The Russian army and people]] will certainly", "army_people", "nominal"),
    ("army2", "\"[[The Russian army]] and people will certainly", "ru_army", "nominal"),
    ("runorp7", "\"The [[Russian]] army and people will certainly", "ru_norp", "name"),
    ("people2", "Russian army and [[people]] will certainly", "ru_norp", "nominal"),
    ("struggle", "victory in [[the sacred struggle]] for", "war", "nominal"),
    ("kim7", "illusion,\" [[Kim]] added", "kim", "name"),
    ("his1", "raising [[his]] glass", "kim", "pronoun"),
    # P7
    ("officials", "[[U.S. and South Korean officials]] have", "officials", "nominal"),
    ("us1", "[[U.S.]] and South Korean officials", "us", "name"),
    ("sknorp", "U.S. and [[South Korean]] officials", "sk_norp", "name"),
    ("kim8", "concern that [[Kim]] could provide", "kim", "name"),
    ("weapons1", "could provide [[weapons]] and ammunition", "weapons", "nominal"),
    ("ammo1", "weapons and [[ammunition]] to Russia", "ammunition", "nominal"),
    ("russia7", "ammunition to [[Russia]], which", "russia", "name"),
    ("war3", "18 months of [[war]] in Ukraine", "war", "nominal"),
    ("ukraine3", "months of war in [[Ukraine]].", "ukraine", "name"),
    ("mp", "[[Moscow and Pyongyang]] have denied", "ru_nk", "nominal", "metonymy"),
    ("moscow2", "[[Moscow]] and Pyongyang have denied", "russia", "name", "metonymy"),
    ("pyongyang1", "Moscow and [[Pyongyang]] have denied", "nk", "name", "metonymy"),
    # P8
    ("putin8", "[[Putin]] gave numerous hints", "putin", "name"),
    ("shoigu", "Defense Minister [[Sergei Shoigu]] attended", "shoigu", "name"),
    ("kremlin1", "The [[Kremlin]] said sensitive", "kremlin", "name"),
    ("neighbors", "discussions between [[neighbors]] were", "ru_nk", "nominal"),
    # P9
    ("rumedia", "asked by [[Russian media]], who", "rumedia", "nominal"),
    ("runorp8", "asked by [[Russian]] media", "ru_norp", "name"),
    ("summit2", "access at [[the summit]], if", "summit", "nominal"),
    ("russia9", "if [[Russia]] would help Kim", "russia", "name"),
    ("kim9", "would help [[Kim]] build", "kim", "name"),
    ("satellites1", "build [[satellites]], Putin", "satellites", "nominal"),
    ("putin9", "satellites, [[Putin]] said:", "putin", "name"),
    ("we1", "That's why [[we]] came here", "kim_putin", "pronoun"),
    # P10
    ("russia10", "For [[Russia]], the summit", "russia", "name"),
    ("summit3", "For Russia, [[the summit]] was", "summit", "nominal"),
    ("us2", "to needle the [[United States]], the big", "us", "name"),
    ("supporter", "States, [[the big power supporter]] of", "us", "nominal"),
    ("ukraine4", "power supporter of [[Ukraine]], though", "ukraine", "name"),
    ("putin10", "how far [[Putin]] was prepared", "putin", "name"),
    ("nknorp3", "fulfilling any [[North Korean]] wish", "nk_norp", "name"),
    ("technology", "wish lists for [[technology]].", "technology", "nominal"),
    # P11
    ("putin11", "[[Putin]] said Kim now planned", "putin", "name"),
    ("kim11", "Putin said [[Kim]] now planned", "kim", "name"),
    ("factories", "to visit [[military and civilian aviation factories]] in", "factories", "nominal"),
    ("city", "factories in [[the Russian city]] of", "komsomolsk", "nominal"),
    ("runorp11", "in the [[Russian]] city of", "ru_norp", "name"),
    ("komsomolsk", "city of [[Komsomolsk-on-Amur]] and", "komsomolsk", "name"),
    ("russia11", "to inspect [[Russia]]'s Pacific", "russia", "name"),
    ("fleet", "inspect Russia's [[Pacific fleet]] in", "fleet", "name"),
    ("vladivostok", "Pacific fleet in [[Vladivostok]].", "vladivostok", "name"),
    # P12
    ("runorp12", "[[Russian]] foreign minister Sergei", "ru_norp", "name"),
    ("lavrov", "foreign minister [[Sergei Lavrov]] will", "lavrov", "name"),
    ("pyongyang2", "will visit [[Pyongyang]] for more", "pyongyang", "name"),
    ("kremlin2", "next month, the [[Kremlin]] said.", "kremlin", "name"),
    # P13
    ("pair3", "[[Putin and Kim]] called each other", "kim_putin", "nominal"),
    ("putin13", "[[Putin]] and Kim called each other", "putin", "name"),
    ("kim13", "Putin and [[Kim]] called each other", "kim", "name"),
    ("putin13b", "at lunch and [[Putin]] repeatedly", "putin", "name"),
    ("kim13b", "repeatedly reminded [[Kim]] that", "kim", "name"),
    ("soviet", "it was the [[Soviet Union]] that backed", "soviet", "name"),
    ("nk13", "that backed [[North Korea]]\u2014and", "nk", "name"),
    ("it13a", "first to recognize [[it]] just over", "nk", "pronoun"),
    ("it13b", "since [[it]] was established", "nk", "pronoun"),
    # P14
    ("war14", "Amid [[the Ukraine war]], which", "war", "nominal"),
    ("ukraine14", "Amid the [[Ukraine]] war, which", "ukraine", "name"),
    ("us14", "attrition, the [[United States]] and Kyiv", "us", "name"),
    ("allies", "States and [[Kyiv's other allies]] are", "allies", "nominal"),
    ("kyiv", "States and [[Kyiv]]'s other", "ukraine", "name", "metonymy"),
    ("visit1", "see if [[Kim's visit]] paves", "visit", "nominal"),
    ("kim14", "see if [[Kim]]'s visit paves", "kim", "name"),
    ("shells", "a supply of [[artillery shells]] to", "shells", "nominal"),
    ("russia14", "artillery shells to [[Russia]].", "russia", "name"),
    # P15
    ("britain", "[[Britain]] on Wednesday urged", "britain", "name"),
    ("nk15", "urged [[North Korea]] to end", "nk", "name"),
    ("russia15", "arms talks with [[Russia]] and said", "russia", "name"),
    ("visit2", "and said [[Kim's visit]] showed", "visit", "nominal"),
    ("kim15", "and said [[Kim]]'s visit showed", "kim", "name"),
    ("moscow3", "how isolated [[Moscow]] has become", "russia", "name", "metonymy"),
    # P16
    ("russia16", "[[Russia]] has joined China", "russia", "name"),
    ("china", "has joined [[China]] in opposing", "china", "name"),
    ("nk16", "sanctions on [[North Korea]], blocking", "nk", "name"),
    ("us16", "blocking a [[U.S.]]-led push", "us", "name"),
    ("unsc", "splitting the [[U.N. Security Council]] for", "unsc", "name"),
    ("it16", "since [[it]] started punishing", "unsc", "pronoun"),
    ("pyongyang3", "started punishing [[Pyongyang]] in 2006", "nk", "name", "metonymy"),
    # P17
    ("putin17", "cooperation, [[Putin]] said Russia complied", "putin", "name"),
    ("russia17", "Putin said [[Russia]] complied", "russia", "name"),
    # P18
    ("cosmo2", "to meet at [[Vostochny Cosmodrome]]\u2014a symbol", "cosmodrome", "name"),
    ("symbol", "Cosmodrome\u2014[[a symbol]] of Russia", "cosmodrome", "nominal"),
    ("russia18", "a symbol of [[Russia]]'s ambitions", "russia", "name"),
    ("nk18", "notable, as [[North Korea]] has twice", "nk", "name"),
    ("satellites2", "to launch [[reconnaissance satellites]] in", "satellites", "nominal"),
    # P19
    ("kim19", "After showing [[Kim]] around a building", "kim", "name"),
    ("building", "Kim around [[a building]] where", "building", "nominal"),
    ("angara", "where the [[Angara]], Russia", "angara", "name"),
    ("rocket", "Angara, [[Russia's new 42.7-metre space launch rocket]], is",
     "angara", "nominal"),
    ("russia19", "Angara, [[Russia]]'s new", "russia", "name"),
    ("putin19", "assembled, [[Putin]] said Kim had", "putin", "name"),
    ("kim19b", "Putin said [[Kim]] had shown", "kim", "name"),
    ("visit3", "engineering\" during [[the visit]].", "visit", "nominal"),
    # P20
    ("meeting", "Ahead of [[his meeting]] with Putin", "summit", "nominal"),
    ("his20", "Ahead of [[his]] meeting with Putin", "kim", "pronoun"),
    ("putin20", "his meeting with [[Putin]], Kim signed", "putin", "name"),
    ("kim20", "with Putin, [[Kim]] signed", "kim", "name"),
    ("russia20", "\"The glory to [[Russia]], which", "russia", "name"),
    ("conquerors", "birth to [[the first space conquerors]], will", "conquerors", "nominal"),
    # subheading
    ("ballistic_h", "[[Ballistic missiles]]\n", "ballistic", "nominal"),
    # P21
    ("kim21", "As [[Kim]] was making his way", "kim", "name"),
    ("his21", "making [[his]] way through", "kim", "pronoun"),
    ("russia21", "the forests of [[Russia]] by train", "russia", "name"),
    ("nk21", "by train, [[North Korea]] launched", "nk", "name"),
    ("ballistic", "launched [[two short-range ballistic missiles]] from", "ballistic", "nominal"),
    ("area", "from [[an area]] near the capital", "area", "nominal"),
    ("capital", "near [[the capital]], Pyongyang", "pyongyang", "nominal"),
    ("pyongyang4", "the capital, [[Pyongyang]], into", "pyongyang", "name"),
    ("coast", "the sea off [[its east coast]].", "coast", "nominal"),
    ("its21", "the sea off [[its]] east coast", "nk", "pronoun"),
    # P22
    ("north", "launch by the [[North]] while", "nk", "name"),
    ("kim22", "while [[Kim]] was abroad", "kim", "name"),
    ("analysts1", "was abroad, [[analysts]] said", "analysts1", "nominal"),
    ("country", "systems for [[the country]]'s nuclear", "nk", "nominal"),
    # P23
    ("kim23", "[[Kim]] had previously made", "kim", "name"),
    ("his23", "abroad in [[his]] 12 years", "kim", "pronoun"),
    ("he23", "2019. [[He]] also briefly", "kim", "pronoun"),
    ("border", "stepped across [[the inter-Korean border]] twice", "border", "nominal"),
    # P24
    ("delegation", "make-up of [[Kim's delegation]] to Russia", "delegation", "nominal"),
    ("kim24", "make-up of [[Kim]]'s delegation", "kim", "name"),
    ("russia24", "delegation to [[Russia]], with", "russia", "name"),
    ("mid", "presence of [[Munitions Industry Department]] Director", "mid", "name"),
    ("jo", "Department Director [[Jo Chun Ryong]], suggested", "jo", "name"),
    ("analysts2", "industry cooperation, [[analysts]] said", "analysts2", "nominal"),
    # P25
    ("korea", "\"In [[Korea]], there is a proverb", "korea", "name"),
    ("ourpeople", "And [[our people]] say", "ru_norp", "nominal"),
    ("our25", "And [[our]] people say", "russia", "pronoun"),
    ("putin25", "new ones,\" [[Putin]] told Kim", "putin", "name"),
    ("kim25", "Putin told [[Kim]].\n", "kim", "name"),
    # P26
    ("countries", "relations between [[our countries]].", "ru_nk", "nominal"),
    ("our26", "relations between [[our]] countries", "kim_putin", "pronoun"),
    # reporting line
    ("yim", "Reporting by [[Hyunsu Yim]],", "yim", "name"),
    ("park", "Yim, [[Ju-min Park]],", "park", "name"),
    ("smith", "Park, [[Josh Smith]] and", "smith", "name"),
    ("choi", "and [[Soo-hyang Choi]] in Seoul", "choi", "name"),
    ("seoul", "Choi in [[Seoul]],", "seoul", "name"),
    ("komiya", "Seoul, [[Kantaro Komiya]] in", "komiya", "name"),
    ("tokyo", "Komiya in [[Tokyo]],", "tokyo", "name"),
    ("kelly", "Tokyo, [[Lidia Kelly]] in", "kelly", "name"),
    ("melbourne", "Kelly in [[Melbourne]] and", "melbourne", "name"),
    ("faulconbridge1", "Melbourne and [[Guy Faulconbridge]] in Moscow", "faulconbridge", "name"),
    ("moscow_city", "Faulconbridge in [[Moscow]], writing", "moscow", "name"),
    ("jackkim", "writing by [[Jack Kim]]/", "jackkim", "name"),
    ("faulconbridge2", "Jack Kim/[[Guy Faulconbridge]]/", "faulconbridge", "name"),
    ("osborn", "Faulconbridge/[[Andrew Osborn]],", "osborn", "name"),
    ("doyle", "editing by [[Gerry Doyle]],", "doyle", "name"),
    ("macfie", "Doyle, [[Nick Macfie]],", "macfie", "name"),
    ("maclean", "Macfie, [[William Maclean]])", "maclean", "name"),
]

RELATIONS = [
    # headline
    ("MEETS", "kim_h", "putin_h", "asserted"),
    # P1
    ("LEADER_OF", "kim1", "nknorp1", "asserted"),
    ("LEADER_OF", "putin1", "runorp1", "asserted"),
    ("MEETS", "kim1", "putin1", "asserted"),
    ("LOCATED_IN", "war1", "ukraine1", "asserted"),
    # P2
    ("LOCATED_IN", "site", "fareast", "asserted"),
    ("LOCATED_IN", "fareast", "russia_fe", "asserted"),
    ("NATIONALITY", "cosmonaut", "nknorp2", "asserted"),
    ("TRAVELS_TO", "kim2", "site", "asserted"),
    ("TRAVELS_TO", "kim3", "cosmo1", "asserted"),
    # P3
    ("MEETS", "putin4", "kim4", "asserted"),
    # P7
    ("OFFICIAL_OF", "officials", "us1", "asserted"),
    ("OFFICIAL_OF", "officials", "sknorp", "asserted"),
    ("SUPPLIES", "kim8", "weapons1", "possible"),
    ("SUPPLIES", "kim8", "ammo1", "possible"),
    ("RECEIVES", "russia7", "weapons1", "possible"),
    ("RECEIVES", "russia7", "ammo1", "possible"),
    ("LOCATED_IN", "war3", "ukraine3", "asserted"),
    # P4
    ("LOCATED_IN", "war2", "ukraine2", "asserted"),
    # P5, P6
    ("NATIONALITY", "army1", "runorp6", "asserted"),
    ("NATIONALITY", "army2", "runorp7", "asserted"),
    # P9
    ("NATIONALITY", "rumedia", "runorp8", "asserted"),
    # P10
    ("SUPPLIES", "putin10", "technology", "possible"),
    # P11
    ("TRAVELS_TO", "kim11", "factories", "possible"),
    ("LOCATED_IN", "factories", "komsomolsk", "asserted"),
    ("PART_OF", "fleet", "russia11", "asserted"),
    ("LOCATED_IN", "fleet", "vladivostok", "asserted"),
    ("TRAVELS_TO", "kim11", "vladivostok", "possible"),
    # P12
    ("OFFICIAL_OF", "lavrov", "runorp12", "asserted"),
    ("TRAVELS_TO", "lavrov", "pyongyang2", "possible"),
    # P14
    ("LOCATED_IN", "war14", "ukraine14", "asserted"),
    ("RECEIVES", "russia14", "shells", "possible"),
    # P15
    ("MEETS", "nk15", "russia15", "asserted"),  # hard case 47: the talks the text reports, named in Britain's urging
    # P19
    ("TRAVELS_TO", "kim19", "building", "asserted"),
    # P20
    ("MEETS", "putin20", "kim20", "asserted"),  # hard case 48: written after the summit; head the first in the text
    ("NATIONALITY", "conquerors", "russia20", "reported"),  # hard case 51: a clause in Kim's words, not a modifier
    # P21
    ("TRAVELS_TO", "kim21", "russia21", "asserted"),
    ("LOCATED_IN", "coast", "nk21", "asserted"),
    # P23
    ("TRAVELS_TO", "he23", "border", "asserted"),
    # P24
    ("TRAVELS_TO", "delegation", "russia24", "asserted"),  # hard case 47
    ("LEADER_OF", "jo", "mid", "asserted"),
]

QUOTES = [
    ("mixed", ["wine [[to Putin's health, to the victory ... Korean-Russian friendship]], predicting"],
     "Kim [[raised a toast]]", "kim5", "speech"),
    ("mixed", ["predicting [[victory for Moscow ... the Ukraine war]].\n"],
     "friendship, [[predicting]] victory", "kim5", "speech"),
    ("direct", ["\"[[I firmly believe ... building a powerful nation,]]\" Kim told"],
     "nation,\" Kim [[told]] Putin", "kim6", "speech"),
    ("direct", ["\"[[The Russian army and people will certainly ... expansionist illusion,]]\" Kim added"],
     "Kim [[added]], raising", "kim7", "speech"),
    ("indirect", ["concern that [[Kim could provide weapons and ammunition to Russia]], which"],
     "have [[expressed concern]] that", "officials", "speech"),  # hard case 52: expressed concern
    ("indirect", ["have denied [[such intentions]]."],
     "Pyongyang have [[denied]] such", "mp", "speech"),
    ("indirect", ["hints that [[military cooperation was discussed]] but"],
     "Putin [[gave numerous hints]] that", "putin8", "speech"),
    ("indirect", ["Kremlin said [[sensitive discussions ... a private matter]]."],
     "The Kremlin [[said]] sensitive", "kremlin1", "speech"),
    ("indirect", ["summit, if [[Russia would help Kim build satellites]], Putin"],
     "When [[asked]] by Russian media", "rumedia", "speech"),
    ("direct", ["said: \"[[That's why we came here.]]\""],
     "Putin [[said]]: \"That's", "putin9", "speech"),
    ("indirect", ["Putin said [[Kim now planned ... Pacific fleet in Vladivostok]].\n"],
     "Putin [[said]] Kim now planned", "putin11", "speech"),
    ("indirect", ["[[Russian foreign minister Sergei Lavrov ... next month]], the Kremlin said."],
     "next month, the Kremlin [[said]].", "kremlin2", "speech"),
    ("direct", ["each other \"[[comrades]]\" at lunch"],
     "Kim [[called]] each other", "pair3", "speech"),
    ("indirect", ["reminded Kim that [[it was the Soviet Union ... since it was established]]."],
     "Putin repeatedly [[reminded]] Kim", "putin13b", "speech"),
    ("indirect", ["North Korea to [[end arms talks with Russia]] and said"],
     "on Wednesday [[urged]] North Korea", "britain", "speech"),
    ("indirect", ["Russia and said [[Kim's visit showed ... on the world stage]].\n"],
     "with Russia and [[said]] Kim's", "britain", "speech"),
    ("indirect", ["Putin said [[Russia complied with international rules]] but that",
                  "but that [[there were opportunities to explore]].\n"],
     "cooperation, Putin [[said]] Russia complied", "putin17", "speech"),
    ("mixed", ["Putin said [[Kim had shown a \"great interest ... during the visit]].\n"],
     "assembled, Putin [[said]] Kim had", "putin19", "speech"),
    ("direct", ["Korean: \"[[The glory to Russia, ... will be immortal.]]\""],
     "Kim [[signed the visitor book]] in Korean", "kim20", "writing"),
    ("indirect", ["[[It was the first such launch by the North while Kim was abroad]], analysts said",
                  "analysts said, [[demonstrating an increased level ... missile programs]].\n"],
     "abroad, analysts [[said]], demonstrating", "analysts1", "speech"),
    ("indirect", ["[[The make-up of Kim's delegation ... defense industry cooperation]], analysts said"],
     "cooperation, analysts [[said]].", "analysts2", "speech"),
    ("direct", ["\"[[In Korea, there is a proverb: ... two new ones,]]\" Putin told",
                "\"[[This folk wisdom is fully ... between our countries.]]\""],
     "ones,\" Putin [[told]] Kim", "putin25", "speech"),
]

ZONES = [
    ("boilerplate", "[[ADVERTISEMENT]]\n"),
    ("headline", "[[Kim Jong Un Meets With Putin, ... Invasion of Ukraine]]\n"),
    ("byline", "[[(Reuters)]]\n"),
    ("dateline", "[[September 13, 2023]]\n"),
    ("body", "[[North Korean leader Kim Jong Un and Russian ... satellite program.]]\n"),
    ("body", "[[Putin showed Kim around ... the Vostochny Cosmodrome.]]\n"),
    ("body", "[[After the tour, Putin, 70, ... mushrooms and potatoes.]]\n"),
    ("body", "[[Kim raised a toast ... in the Ukraine war.]]\n"),
    ("body", "[[\"I firmly believe ... Kim told Putin.]]\n"),
    ("body", "[[\"The Russian army and people ... raising his glass.]]\n"),
    ("body", "[[U.S. and South Korean officials ... have denied such intentions.]]\n"),
    ("body", "[[Putin gave numerous hints ... were a private matter.]]\n"),
    ("body", "[[When asked by Russian media, ... we came here.\"]]\n"),
    ("body", "[[For Russia, the summit ... wish lists for technology.]]\n"),
    ("body", "[[Putin said Kim now planned ... Pacific fleet in Vladivostok.]]\n"),
    ("body", "[[Russian foreign minister Sergei Lavrov ... the Kremlin said.]]\n"),
    ("subheading", "[['Comrades']]\n"),
    ("body", "[[Putin and Kim called each other ... since it was established.]]\n"),
    ("body", "[[Amid the Ukraine war, ... artillery shells to Russia.]]\n"),
    ("body", "[[Britain on Wednesday urged ... on the world stage.]]\n"),
    ("body", "[[Russia has joined China ... Pyongyang in 2006.]]\n"),
    ("body", "[[Asked about military cooperation, ... opportunities to explore.]]\n"),
    ("body", "[[The choice to meet at Vostochny ... past four months.]]\n"),
    ("body", "[[After showing Kim around a building ... during the visit.]]\n"),
    ("body", "[[Ahead of his meeting with Putin, ... will be immortal.\"]]\n"),
    ("subheading", "[[Ballistic missiles]]\n"),
    ("body", "[[As Kim was making his way ... off its east coast.]]\n"),
    ("body", "[[It was the first such launch ... nuclear and missile programs.]]\n"),
    ("body", "[[Kim had previously made just seven ... inter-Korean border twice.]]\n"),
    ("body", "[[The make-up of Kim's delegation ... cooperation, analysts said.]]\n"),
    ("body", "[[\"In Korea, there is a proverb: ... Putin told Kim.]]\n"),
    ("body", "[[\"This folk wisdom is fully applicable ... our countries.\"]]\n"),
    ("byline", "[[(Reporting by Hyunsu Yim, ... William Maclean)]]"),
]
