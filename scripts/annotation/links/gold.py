"""Quote links, gold: reconciled by agent "r" from first (l1) and second (l2), 2026-12-02, over the gold quotes.

Both passes found the same 5 pairs (all paraphrase). Gold keeps 4: the Lavrov pair is not linked because the
texts point to two occasions (guidelines, hard case 54). `via` is empty everywhere: KCNA is the speaker of its
own dispatch, and Russian state television is whom Putin spoke to, not a channel (guidelines, section 7).
"""

# (document a, context in a, document b, context in b, wording, via, note)
#   context: a context as in scripts/annotation/locate.py ("text [[span]] text", unique in the raw text) whose
#            [[span]] lies inside the content of exactly one quote of that document (use a short distinctive span)
#   via: list of (name as the texts show it, registry id from annotations/entities.json or None)
#   note: what decided the label where it is not plain, else None
LINKS = [
    # Putin, after the summit, on Kim's onward trip (AP: "told Russian state television after the summit").
    ("ap-kim-whereabouts-after-summit", "fly to [[Komsomolsk-on-Amur, where he would tour an aircraft factory]]",
     "reuters-kim-putin-summit", "Kim now planned to visit [[military and civilian aviation factories]]",
     "paraphrase", [],
     "two indirect reports of Putin's post-summit account of Kim's itinerary (Komsomolsk-on-Amur aircraft"
     " factory, then the Pacific Fleet in Vladivostok), no shared quoted words; Russian state television is"
     " whom Putin told (the occasion), not a channel, so via is empty (section 7, hard case 54)"),
    # Putin's answer on military cooperation (AP: "told reporters"; Reuters: "Asked about military cooperation").
    ("ap-kim-whereabouts-after-summit", "saying only that [[Russia was abiding by sanctions]] that ban",
     "reuters-kim-putin-summit", "Putin said [[Russia complied with international rules]] but",
     "paraphrase", [],
     "two indirect reports of Putin's one answer on military cooperation after the talks: 'abiding by"
     " sanctions' and 'complied with international rules'; Reuters adds 'there were opportunities to explore'"),
    # KCNA's dispatch on Kim's Sunday departure.
    ("kim-arrives-russia-arms-sale-warning", "(KCNA), [[Kim departed North Korea for Russia on Sunday]]",
     "kim-arrives-russia-top-officials", "said [[Kim boarded his personal train Sunday afternoon]]",
     "paraphrase", [],
     "two indirect reports of one KCNA dispatch (Kim left by train on Sunday); KCNA is the speaker, not its"
     " own channel, so via is empty (section 7); the arms-sale text's 'warm send-off' (according to KCNA"
     " pictures, evidence) is another part of the coverage and is not linked"),
    # Matthew Miller reminding both countries of the UN Security Council resolutions.
    ("kim-arrives-russia-arms-sale-warning", "[[any transfer of weapons from North Korea to Russia]]",
     "kim-arrives-russia-top-officials", "\"[[any transfer of arms from North Korea to Russia]]",
     "paraphrase", [],
     "the same reminder to both countries; the arms-sale text gives it in the first person but without quote"
     " marks (an indirect quote, hard case 18) and in other words (weapons / arms, against many resolutions /"
     " a violation of multiple resolutions): no quoted words are shared"),
]
