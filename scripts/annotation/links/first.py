"""Quote links, pass first: AI annotation agent 'l1', 2026-12-02, over all 83 gold quotes of the five documents."""

# (document a, context in a, document b, context in b, wording, via, note)
#   context: a context as in scripts/annotation/locate.py ("text [[span]] text", unique in the raw text) whose
#            [[span]] lies inside the content of exactly one quote of that document (use a short distinctive span)
#   via: list of (name as the texts show it, registry id from annotations/entities.json or None)
#   note: what decided the label where it is not plain, else None
LINKS = [
    # Putin, after the summit, on Kim's onward trip (AP: "told Russian state television after the summit").
    ("ap-kim-whereabouts-after-summit", "fly to [[Komsomolsk-on-Amur]], where he would tour",
     "reuters-kim-putin-summit", "military and [[civilian aviation factories]] in the Russian city",
     "paraphrase", [],
     "two indirect reports of Putin's post-summit account of Kim's itinerary (Komsomolsk-on-Amur aircraft"
     " factory, Pacific Fleet in Vladivostok); no shared quoted words"),
    # Putin's answer on military cooperation (AP: "told reporters"; Reuters: "Asked about military cooperation").
    ("ap-kim-whereabouts-after-summit", "saying only that [[Russia was abiding by sanctions]] that ban",
     "reuters-kim-putin-summit", "Putin said [[Russia complied with international rules]] but",
     "paraphrase", [],
     "two indirect reports of Putin's one answer at the summit on military cooperation: 'abiding by"
     " sanctions' and 'complied with international rules'; Reuters also gives 'opportunities to explore'"),
    # The Kremlin's announcement of Lavrov's visit (AP: its spokesman Peskov; Reuters: "the Kremlin said").
    ("ap-kim-whereabouts-after-summit", "Sergei Lavrov was [[expected to visit North Korea]] in October",
     "reuters-kim-putin-summit", "Sergei Lavrov [[will visit Pyongyang]] for more talks",
     "paraphrase", [],
     "the same office speaking (Kremlin spokesman Peskov / the Kremlin); both texts report it in the"
     " summit's aftermath and neither dates it: linked as one announcement of the one October visit"),
    # KCNA's dispatch on Kim's Sunday departure.
    ("kim-arrives-russia-arms-sale-warning", "Kim [[departed North Korea for Russia]] on Sunday",
     "kim-arrives-russia-top-officials", "said Kim [[boarded his personal train]] Sunday afternoon",
     "paraphrase", [],
     "two indirect reports of one KCNA dispatch (Kim left by train on Sunday); KCNA is the speaker,"
     " not a channel, so via is empty"),
    # Matthew Miller reminding both countries of the UN Security Council resolutions.
    ("kim-arrives-russia-arms-sale-warning", "would be [[against many resolutions]] of the UN",
     "kim-arrives-russia-top-officials", "would be [[a violation of multiple]] UN Security Council",
     "paraphrase", [],
     "the same reminder to both countries; the arms-sale text gives it in the first person but without"
     " quote marks (an indirect quote) and in other words (weapons / arms, against many resolutions /"
     " a violation of multiple resolutions), so no quoted words are shared"),
]
