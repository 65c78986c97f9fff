"""Cue verbs: the words that tell a reader someone is speaking ("said", "told", "insisted", "adding").

>>> bool(CUE.search("“We won,” she insisted."))
True
"""

import re

from .text import one_of

CUES = (
    "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "adding", "wrote", "writes",
    "writing", "stated", "states", "declared", "announced", "noted", "noting", "explained", "insisted",
    "insisting", "argued", "arguing", "warned", "warning", "claimed", "claims", "confirmed", "revealed",
    "replied", "responded", "acknowledged", "admitted", "tweeted", "posted", "vowed", "promised", "urged",
    "accused", "accusing", "complained", "remarked", "recalled", "stressed", "emphasized", "emphasised",
    "asked", "asserted", "contended", "maintained", "predicted", "cautioned", "quipped", "conceded",
    "countered", "reiterated", "described", "describing", "called", "calling", "dubbed", "labelled", "labeled",
    "suggested", "continued", "concluded", "announces", "shouted", "chanted", "wondered", "agreed",
    "signing off with", "reads", "read", "reminded", "reminding", "alleging", "alleged", "alleges", "claiming",
    "stating", "recalling", "conceding", "admitting", "acknowledging", "pledged", "pledging", "boasted", "joked",
    "lamented", "predicting", "telling", "announcing", "declaring", "urging", "urges", "warns", "insists", "argues",
    "admits", "explains", "notes", "stresses", "vows", "denied", "denies", "hailed", "hailing", "hails", "assured",
    "assures", "mentioned", "pointed out", "observed", "observes", "fumed", "fumes", "disclosed", "discloses",
    "retorted", "exclaimed", "thundered", "agrees", "describes", "interjected", "interrupted", "chimed in", "scoffed", "snapped",
    "sighed", "laughed", "mused", "protested", "reasoned", "yelled", "screamed", "muttered", "mumbled", "murmured", "grumbled",
    "stammered", "gushed", "spits", "snaps", "scoffs", "snarled", "hissed", "growled", "barked", "sneered", "groaned", "blurted",
    "whispered", "pleaded", "queried", "objected", "opined", "bemoaned", "ruled", "commented", "commenting",
    "asking", "asks", "replying", "replies", "responding", "responds", "explaining", "stressing", "emphasising",
    "emphasizing", "shouting", "chanting", "yelling", "tweeting", "cautioning", "recounted", "recounting",
    "elaborated", "elaborating", "answered", "answering", "believes", "reckons", "messaged", "texted", "emailed",
    "labelling", "labeling", "recalls", "captioned", "testified", "testifies", "concedes", "complains", "repeated", "expressed",
    "clarified", "clarifies", "clarifying", "advised", "advises", "advising", "proclaimed", "proclaims", "proclaiming",
    "informed", "informs", "declares", "termed", "apologised", "apologized", "apologises", "apologizes",
    # ("Khan shared his ordeal: “…”"; not "shares" nor "sharing", most often nouns: "its shares fell", "cost sharing")
    "shared",
    # ("As Abhijit Sharma, an economist, put it: “…”"; "“…”, predicts the director general")
    "put it", "puts it", "predicts",
    # the present tense of features and profiles ("“…,” remarks Sabini, who manages …")
    "remarks", "shouts", "yells", "screams", "recounts", "laments", "muses", "sighs", "laughs", "quips", "continues", "concludes",
    "summarizes", "summarises", "summarized", "summarised", "points out", "spoke of", "speaks of", "indicated",
    "emphasizes", "emphasises", "underlines", "underlined", "calls", "cited", "cites", "citing",
    "denounced", "denouncing", "denounces", "decried", "decrying", "decries", "deplored", "deemed",
    "condemned", "condemning", "condemns", "criticised", "criticized", "criticising", "criticizing", "slammed", "slamming",
    # ("state" alone is most often a noun: "the state government", "state-owned")
    "went on to state", "goes on to state", "continued to state",
    # present tense after a plural subject ("the leaders announce that “…”")
    "announce", "warn", "insist", "argue", "explain", "admit", "deny", "allege", "accuse", "urge", "vow", "tell",
)
PARTICIPLES = {c for c in CUES if c.endswith("ing")}
REPORT_VERBS = ("reported", "reports", "reporting")


CUE = re.compile(r"\b(?:%s)\b" % one_of(CUES + REPORT_VERBS))
