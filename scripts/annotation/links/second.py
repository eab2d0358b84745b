"""Quote links, pass second: AI annotation agent 'l2', 2026-12-02, over all 83 gold quotes of the five documents."""

# (document a, context in a, document b, context in b, wording, via, note)
#   context: a context as in scripts/annotation/locate.py ("text [[span]] text", unique in the raw text) whose
#            [[span]] lies inside the content of exactly one quote of that document (use a short distinctive span)
#   via: list of (name as the texts show it, registry id from annotations/entities.json or None)
#   note: what decided the label where it is not plain, else None
LINKS = [
    # Putin on Kim's onward trip (Komsomolsk-on-Amur aircraft plant, Pacific Fleet in Vladivostok), summit day.
    ("ap-kim-whereabouts-after-summit", "fly to [[Komsomolsk-on-Amur, where he would tour an aircraft factory]]",
     "reuters-kim-putin-summit", "Kim now planned to visit [[military and civilian aviation factories]]",
     "paraphrase", [("Russian state television", None)],
     "two indirect reports of one announcement of Kim's itinerary (Komsomolsk-on-Amur aircraft plant, then the "
     "Pacific Fleet in Vladivostok); AP names the occasion (told Russian state television after the summit), "
     "Reuters none, but the same post-summit itinerary can only be the one statement"),
    # Putin, asked about military cooperation after the talks: Russia keeps to the sanctions.
    ("ap-kim-whereabouts-after-summit", "saying only that [[Russia was abiding by sanctions]]",
     "reuters-kim-putin-summit", "Putin said [[Russia complied with international rules]]",
     "paraphrase", [],
     "two indirect reports of Putin's answer on military cooperation (AP: avoided talking about military "
     "cooperation, told reporters; Reuters: asked about military cooperation); Reuters adds 'there were "
     "opportunities to explore'"),
    # The Kremlin (its spokesman Peskov) on Lavrov's visit to North Korea next month / in October.
    ("ap-kim-whereabouts-after-summit", "said Russian Foreign Minister [[Sergei Lavrov was expected to visit]]",
     "reuters-kim-putin-summit", "Russian foreign minister [[Sergei Lavrov will visit Pyongyang]]",
     "paraphrase", [],
     "the same office speaking: Kremlin spokesman Dmitry Peskov (AP) and the Kremlin (Reuters); October = "
     "next month from 13 September"),
    # KCNA's dispatch on Kim's departure by train on Sunday.
    ("kim-arrives-russia-arms-sale-warning", "(KCNA), [[Kim departed North Korea for Russia on Sunday]]",
     "kim-arrives-russia-top-officials", "said [[Kim boarded his personal train Sunday afternoon]]",
     "paraphrase", [("Korean Central News Agency", "korean-central-news-agency")],
     "two indirect reports of KCNA's departure dispatch; the arms-sale text's other KCNA quote (the 'warm "
     "send-off' seen in KCNA pictures) reports another part of the coverage and is not linked"),
    # State Department spokesman Matthew Miller reminding both countries of the UN Security Council resolutions.
    ("kim-arrives-russia-arms-sale-warning", "[[any transfer of weapons from North Korea to Russia]]",
     "kim-arrives-russia-top-officials", "\"[[any transfer of arms from North Korea to Russia]]",
     "paraphrase", [],
     "the arms-sale text gives Miller's sentence without quote marks and reworded (weapons/arms, 'against many "
     "resolutions of the UN Security Council'/'a violation of multiple UN Security Council resolutions'): an "
     "indirect report beside a quoted fragment, not the same words; the top-officials text adds 'will not "
     "hesitate to impose new sanctions'"),
]
