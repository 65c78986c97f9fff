"""People in an article: who is named, and who "he", "she", "Lee" or "the ministry" refers to.

A reader resolves "she said" to the woman who was last the subject of the
story, not to the last name printed. This module keeps, for every name in
the text, the evidence a reader uses: a title or role beside it ("Gov.",
"negotiator"), a gender where the text or the first name shows one ("Ms",
"in her second term", "Elaine"), and whether the name was the subject of its
sentence. First names are looked up with ``gender-guesser`` (offline data);
only its confident answers count.

>>> cast = Cast("Gov. Ana Ruiz met Tom Lee. Ruiz said talks failed. Lee left.")
>>> cast.pronoun("she", 48), cast.pronoun("he", 60), cast.full_name("Ruiz", 30)
('Ana Ruiz', 'Tom Lee', 'Ana Ruiz')
"""

from __future__ import annotations

import bisect
import re
import string
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .text import ABBREVIATIONS, fold_case, one_of

TITLES = {
    "president", "vice", "secretary", "minister", "prime", "pm", "premier", "chancellor", "senator", "sen", "rep",
    "representative", "congressman", "congresswoman", "gov", "governor", "mayor", "king", "queen", "prince",
    "princess", "pope", "judge", "justice", "dr", "mr", "mrs", "ms", "miss", "mx", "madam", "mdm", "prof", "professor", "ambassador",
    "envoy", "rapporteur", "speaker", "leader", "whip", "commander", "cmdr", "cdr", "admiral", "adm", "gen", "general", "col", "colonel", "lt",
    "capt", "captain", "sgt", "sergeant", "officer", "director", "chairman", "chairwoman", "chairperson", "chair", "ceo",
    "spokesman", "spokeswoman", "spokesperson", "negotiator", "official", "lawmaker", "attorney", "coach",
    "former", "acting", "interim", "chief", "deputy", "assistant", "senior", "sheikh", "rabbi", "bishop",
    "cardinal", "father", "sister", "lord", "lady", "sir", "dame", "auditor", "commissioner", "inspector",
    "superintendent", "detective", "sheriff", "councillor", "councilman", "councilwoman", "adviser", "advisor",
    "economist", "analyst", "founder", "manager", "executive", "president-elect", "candidate",
    "mp", "msp", "mep", "mla", "mpp", "mk", "td", "legislator", "solicitor", "barrister", "qc", "kc",
    "cllr", "coun", "councilor", "alderman", "ald", "supt", "insp", "det", "pc", "dc", "ds", "ch", "boss", "mos",
    "taoiseach", "tánaiste", "tanaiste", "emir", "sultan", "magistrate", "judicial",
    "datuk", "dato", "datin", "seri",  # Malaysia's honorifics: "Datuk Seri Azalina Othman Said" is Azalina Othman Said
    "alhaji", "alhaja", "hajia", "alh", "clr",  # West Africa's honorifics for those who made the hajj; a councillor
    "agent",  # ("FBI Special Agent Darrell Foxworth", "Border Patrol agent Jesse Moreno")
    "naba",  # a chief of northern Ghana and Burkina Faso: "Bon Naba Baba Salifu Aleemyarum", then "Naba Aleemyarum"
    "hon", "honourable", "honorable", "cj", "dcj",  # "Hon Kambamura" (a minister or MP); "CJ Koome" (Chief Justice)
    "administrator", "treasurer", "headteacher", "headmaster", "headmistress", "ombudsman",
    "lawyer",  # "Lawyer Ghimire said": a calling worn as a title
    "cs", "ps",  # Kenya's Cabinet and Principal Secretaries: "Interior CS Kithure Kindiki", "Environment PS Chris Kiptoo"
    "cr",  # an Australian councillor: "Cr Tracy Dobie"
    "mec",  # a South African province's Member of the Executive Council: "Health MEC Nomafrench Mbombo"
    "prosecutor", "coroner", "undersecretary", "under-secretary", "vc", "cec",  # ("MOUAU VC …"; Kenya's county "CEC")
    "member",  # "sub-committee member Leslie Leng", "Member of Parliament"
    "compol",  # a Commissioner of Police in the Caribbean: "ComPol Williams"
    # South Asia's police ranks by their initials: "SP Shah Nawaz Chachar", "SSP …", "DCP …", "SHO …", "Mr S P Selvan, DIG said";
    # an Inspector or Director General ("IG Egbetokun", "DG/CEO")
    "sp", "ssp", "dsp", "igp", "aig", "sho", "dpo", "cpo", "acp", "dcp", "dig", "ig", "dg",
    "rpc", "ocpd",  # East Africa's police commanders: a Regional Police Commander ("RPC Shila"), a division's ("OCPD")
    "asp", "const", "cst", "constable", "cpl", "corporal",  # ("ASP Nadavo" in Fiji, "Det Sen Const Oakley" in Australia)
    "councilmember", "assemblymember", "assemblyman", "assemblywoman", "alderperson", "selectman", "selectwoman",
    "delegate", "supervisor",  # US local and state offices ("Oakland City Councilmember Loren Taylor")
    "menteri", "mentri", "besar",  # a Malaysian state's chief minister: "Selangor Menteri Besar Amirudin Shari"
    "ceann", "comhairle",  # the Irish Dáil's Speaker: "Ceann Comhairle Verona Murphy"
    "garda",  # an Irish police officer's rank: "Garda Colm Geary" (the force itself is "the Garda Síochána", "gardaí")
    "advocate", "adv",  # a South African barrister: "Adv Malesela Teffo"
    # a cleric's ("the Primate, Rev Nicholas Okoh, addressed", "says Mgr. Olivier Ribadeau Dumas"); a profession's, in the Philippines and Nigeria ("Engr.",
    # "Atty.", "Barr."); Singapore's Senior Minister and Deputy Prime Minister ("SM Lee")
    "rev", "revd", "reverend", "archbishop", "pastor", "imam", "evangelist", "apostle", "prophet", "primate", "monsignor",
    "msgr", "mgr", "shaykh", "shaikh", "fr", "sr", "engr", "atty", "barr", "sm", "dpm", "ven", "venerable",  # ("Ven. Pahiyangala Ananda Sagara thera")
    "comrade", "comr", "cde",  # a union's or a party's ("Comrade Adeyanju told the Nigerian Tribune"; Zimbabwe's "Cde Chaza")
}
# Nouns for a person (not an organisation): "the goalkeeper said" means someone the story is about.
PERSON_NOUNS = TITLES | {
    # (the trades and callings of people news quotes: "Vendors like Shalvin Sami", "said the pastor")
    "vendor", "trader", "hawker", "shopkeeper", "stallholder", "fisherman", "farmer", "student", "villager", "worker",
    "ruler", "monarch",  # ("The traditional ruler … saying", after "the Omanjor Chief, Nii Ayitey Tackie I")
    "miner", "artist", "musician", "producer", "writer", "poet", "novelist", "photographer", "editor", "broadcaster",
    "presenter", "comedian", "dancer", "designer", "chef", "landlord", "tenant", "homeowner", "neighbour", "neighbor",
    "passenger", "traveller", "traveler", "holidaymaker", "commuter", "shopper", "customer", "voter", "protester", "volunteer", "organiser", "organizer",
    "lecturer", "constable", "soldier", "priest", "pastor", "imam", "monk", "nun", "entrepreneur", "investor", "banker",
    "accountant", "architect", "contractor", "plumber", "electrician", "mechanic", "technician", "consultant",
    "employee", "staffer", "servant", "aide", "refugee", "migrant", "returnee", "deportee", "evacuee", "mourner", "pensioner", "retiree", "widow", "widower",
    "teenager", "pupil", "policeman", "policewoman", "cop", "fireman", "firefighter", "paramedic", "motorist", "clerk",
    "cleric", "rider", "local", "grocer", "supporter", "diver", "pedestrian", "visitor", "tourist", "spectator", "viewer",
    "listener", "parent", "worshipper", "pilgrim", "demonstrator", "guest", "patient", "champ", "youngster", "teen",
    "rookie", "runner", "fighter", "enthusiast", "carer", "caregiver", "partner",
    "goalkeeper", "striker", "player", "midfielder", "defender", "winger", "forward", "captain", "champion", "manager",
    "actor", "actress", "singer", "star", "politician", "rapper", "hitmaker", "lawyer", "teacher", "doctor", "nurse", "driver", "pilot", "victim", "suspect",
    "defendant", "witness", "mother", "father", "woman", "man", "boy", "girl", "veteran", "diplomat", "researcher",
    "scientist", "author", "owner", "boss", "premier", "president", "billionaire", "prosecutor", "businessman",
    "businesswoman", "activist", "campaigner", "mp", "senator", "congressman", "congresswoman", "resident", "survivor",
    "tactician", "gaffer", "skipper", "mentor", "trainer", "referee", "umpire", "physicist", "astronomer", "biologist",
    "chemist", "economist", "engineer", "historian", "professor", "academic", "journalist", "reporter", "analyst",
    "batter", "batsman", "bowler", "all-rounder", "keeper", "quarterback", "fullback", "playmaker", "pacer", "spinner",
    "footballer", "cricketer", "athlete", "golfer", "cyclist", "swimmer", "boxer", "jockey", "sprinter",
    "controller", "coordinator", "co-ordinator", "co-founder", "co-chair", "co-chairman", "co-chairwoman", "investigator",
    "warden", "ranger", "curator", "registrar", "convener", "convenor",
    "principal", "rector", "vice-chancellor", "matron",  # ("Tawa College principal Murray Lucas said")
    "planner", "strategist", "promoter",  # ("incident controller Nic Deka", "chief investigator Ann Lee")
    "commentator", "pundit", "critic", "expert", "specialist", "insider", "colleague", "friend",  # ("As commentators have said")
    "eyewitness", "onlooker", "passer-by", "passerby",  # ("One eyewitness described the scene. He said")
    "columnist", "blogger", "vlogger", "podcaster", "correspondent",  # ("Herald Sun columnist Rita Panahi was relieved")
}
# People in everyday news named by what they do there ("commuter Gulnaaz Patel"): evidence of a person before a name,
# though as a speaker on their own ("Passengers said") they are a group, not a title
PEOPLE_BY_ROLE = {"commuter", "passenger", "shopper", "customer", "voter", "farmer", "worker", "student", "pupil",
                  "parent", "neighbour", "neighbor", "tenant", "motorist", "patient", "spectator", "fan", "mourner",
                  "protester", "protestor", "employee", "homeowner", "landlord", "trader", "vendor", "volunteer"}
NOUNS_BEFORE_NAMES = PERSON_NOUNS | PEOPLE_BY_ROLE
MALE_WORDS = {"mr", "sir", "lord", "king", "prince", "father", "brother", "his", "him", "he", "congressman", "councilman",
              "chairman", "spokesman", "businessman", "husband", "son", "grandfather", "alhaji", "alh"}
FEMALE_WORDS = {"mrs", "ms", "miss", "madam", "mdm", "dame", "lady", "queen", "princess", "sister", "her", "hers", "she", "congresswoman",
                "councilwoman", "chairwoman", "spokeswoman", "businesswoman", "wife", "daughter", "grandmother", "alhaja",
                "hajia", "mother"}  # ("Her mother Toni, 55, said", as "his father Ali")
ORG_WORDS = {
    "associates", "society", "ministry", "department", "agency", "office", "party", "committee", "council", "government", "house",
    "senate", "congress", "parliament", "court", "bank", "company", "inc", "corp", "group", "university",
    "association", "union", "commission", "administration", "police", "army", "military", "navy", "force",
    "forces", "news", "times", "post", "journal", "service", "institute", "foundation", "board", "authority",
    "embassy", "consulate", "cabinet", "presidency", "pentagon", "kremlin", "command", "federation", "organisation",
    "organization", "team", "staff", "campaign", "statement", "coalition", "caucus", "college", "school", "hospital", "hospitals",
    "law", "act", "treaty",  # (a law is no one: "the Base Law"; "Jude Law" is kept by SURNAME_LIKE)
    "show", "programme", "program", "podcast", "channel", "magazine", "newspaper", "club", "fc", "league", "cup",
    "festival", "museum", "trust", "fund", "airlines", "airways", "holdings", "partners", "partnership", "capital",
    "ltd", "plc", "llc", "co", "network", "press", "report", "guidance", "lawsuit", "sabha", "assembly", "ministry's",
    "street", "palace", "hall", "square", "avenue", "road", "stadium", "airport", "station",
    # (what a business's name ends in: "SM Entertainment", "Spaceship Management", "Sony Pictures")
    "entertainment", "management", "records", "studios", "pictures", "productions", "media", "technologies", "motors",
    "industries", "enterprises", "ventures", "pharmaceuticals", "communications", "telecom", "insurance", "logistics",
    "conference", "church", "diocese", "archdiocese", "synod",  # ("Canadian Conference of Catholic Bishops")
    "fm", "tv", "radio",  # (a broadcaster: "Joy FM", "Citi TV")
    "awards", "prize", "prizes",  # ("Book Awards winner: ‘…’": an award is no one)
    "alliance", "front", "chamber", "corporation", "tribunal", "secretariat", "directorate", "inspectorate", "centre", "center",
    "meeting", "summit", "convention",  # (an event is no one: "the 2015 Annual General Meeting")
    "movement", "opposition", "bureau", "ag", "gmbh", "sa", "nv", "bv", "kk", "spa", "se", "oyj", "asa", "pte", "bhd", "llp",
}
GENDER_WORDS = MALE_WORDS | FEMALE_WORDS
PHOTO_WORD = r"(?i:photo(?:graph)?s?|pictures?|image|credit|file photo|illustration|graphic)"  # ("Photo / Tania Whyte", "Picture: AP")
PHOTO_CREDIT = re.compile(rf"\b{PHOTO_WORD}\s*(?:/|:|\|)\s*$")
NOUN_FOR_PERSON_AFTER = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}(?:%s)\b(?![ \t]+[A-Z])" % one_of(NOUNS_BEFORE_NAMES))
# ("South Korean Go player Lee Se-dol": capitals that say what someone plays or does, then the noun for them and their name)
PERSON_NOUN_THEN_NAME = re.compile(r"[ \t]+(?:%s)[ \t]+[A-Z]" % one_of(NOUNS_BEFORE_NAMES))
PARTY_BRACKET = re.compile(r"^\s*\([A-Z][A-Za-z.-]{0,7}\)")
POST_NOMINALS = {"kc", "qc", "mp", "msp", "ms", "mla", "td", "mpp", "mep", "obe", "mbe", "cbe", "jr", "sr", "ii", "iii", "phd", "md"}
TITLE_OR_GENDER = TITLES | GENDER_WORDS
# "the Narendra Modi-led government", "a Kremlin-backed group": a name made into an adjective is nobody speaking
ADJECTIVE_SUFFIX = re.compile(r"-(?:led|backed|based|owned|run|born|style|era|linked|allied|aligned|controlled|funded|"
                              r"dominated|appointed|supporting|related)$")
HONORIFICS = {"mr", "mrs", "ms", "miss", "madam", "mdm", "mx", "dr", "sir", "dame"}  # ("Madam Zheng": Singapore's, Malaysia's)
# Words that start sentences in capitals but are not names.
NOT_NAMES = {
    "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "as", "if", "when", "while", "after", "before",
    "asked", "however", "unfortunately", "meanwhile", "still", "this", "that", "these", "those", "it", "he", "she",
    "his", "her", "him", "their", "its", "our", "my", "your",  # ("Her questioner was …": no one called Her)
    "they", "we", "i", "you", "there", "here", "what", "why", "how", "who", "during", "since", "under", "over",
    "outside", "inside", "beyond", "across", "behind", "early",
    "according", "although", "though", "because", "yet", "so", "then", "now", "last", "next", "earlier", "later",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "some", "many", "most",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    "thirty", "forty", "fifty", "hundreds", "thousands", "dozens", "millions",
    "another", "others", "both", "each", "either", "neither", "none", "everyone", "someone", "anyone", "nobody",
    "hours", "days", "weeks", "months", "years", "minutes", "moments", "yesterday", "today", "tonight", "tomorrow",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "with", "from", "by", "to", "of",
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    "no", "not", "nothing", "all", "any", "every", "such",  # ("No concrete figures were given in the letter, which …")
    "does", "did", "do", "is", "was", "were", "are", "has", "have", "had",  # ("Does Yee regret his decision?")
}
CUE_AFTER = re.compile(
    # ("Gill Cooper of Abbey Quilters - a group which uses the centre - said": the body they speak for, an aside;
    # "Ståle Jamtli from the JRCC told"; "S Sujatha (Congress) said": their party)
    r"^(?:,[^,]{1,80},|\s*\([A-Z][A-Za-z.-]{0,9}\)|\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3}(?:,[^,]{1,60},|\s+[-–—]\s[^-–—]{1,70}\s[-–—])?)?"
    r",?\s+(?:who\s+)?(?:(?:also|then|later|has|had|have|once|previously|again)\s+)*"  # ("brother Jeremy who said")
    r"(?:said|says|told|tells|added|adds|wrote|writes|stated|declared|announced|noted|explained|insisted|argued|warned|"
    r"claimed|confirmed|revealed|replied|responded|acknowledged|admitted|tweeted|posted|vowed|promised|urged|accused|"
    r"complained|recalled|stressed|asked|asserted|countered|reiterated|described|called|suggested|testified|paused|"
    r"spoke|shot back|fired back|agreed|disagreed|offered|denied|denies|conceded|maintained|contended|cautioned|"
    r"predicted|remarked|observed|pointed out|fumed|disclosed|emphasi[sz]ed|alleged|alleges|"
    r"(?:lashed|lashes|hit|hits|hitting|lashing) out|slammed|slams|blasted|blasts|criticised|criticized|condemned|"
    r"interjected|scoffed|quipped|retorted)\b"
)
ORG_RUN = re.compile(r"[A-Z][a-z][\w&-]*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)?[A-Z][a-z][\w&-]*)+")
ORG_NOUN_AFTER = re.compile(r"\s+(?:party|bench|movement|alliance|coalition|bloc|faction|caucus|group|government|"
                            r"centre|center|building|site|campus|hall|library|estate)\b")  # ("the Abbey Row centre")
NAMED_NEXT = re.compile(r",?\s+(?:(?:who\s+(?:was|is)\s+)?(?:named|surnamed|called|identified\s+(?:only\s+)?as))\s+[A-Z]")
NAMING_VERBS = {"named", "called", "nicknamed", "surnamed", "dubbed", "identified", "titled", "renamed", "re-elected",
                "elected", "appointed", "nominated", "crowned"}
SUBORDINATORS = {"that", "after", "before", "when", "while", "because", "since", "until", "if", "whether", "once", "why",
                 "how", "where"}
NAMES_A_GROUP = re.compile(r"[ \t]+(?:family|families|household|clan|brothers|sisters|siblings|twins|camp)\b")
THAT_THEN_ROLE = re.compile(r"\sthat\s+(?:[\w’'.-]+\s+){1,4}$")
CUE_BEFORE_THAT = re.compile(r"\b(?:said|says|told|added|stated|insisted|argued|claimed|noted)\b")
# A name followed (after an optional appositive) by a lower-case word that is not a
# preposition or article is, in news prose, nearly always the subject of a verb.
VERB_AFTER = re.compile(
    # ("Minister … Vicente de la O Levy at a news conference said": where they spoke, then the verb)
    r"^(?:,[^,]{1,100},|\s*\((?![A-Z]{2,8}\))[^()]{1,60}\)|\s+(?:at|in|during)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:conference|briefing|interview|statement|meeting|rally|speech|hearing|event|ceremony)(?=\s+[a-z]{3,}ed\b|\s+said\b|\s+told\b)"
    # ("garda Kevin Donohoe of the Garda Press Office issued": the body they are of, then the verb)
    r"|\s+of\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+){0,5}?[A-Z][\w’'&.-]*(?=\s+[a-z]{3,}ed\b|\s+said\b|\s+told\b))?"
    r"\s+(?!(?:of|for|to|in|on|at|and|or|the|a|an|with|from|by|as|who|whose|which|that|after|before|during|"
    r"about|over|into|since|until|against|via|last|this|next|earlier|later)\b)[a-z]{2,}\b"
)
INTRO = re.compile(
    r"^(?:(?:Asked|After|In|During|On|At|When|While|Speaking|Earlier|Later|Last|This|Since|For|Amid|Under|Despite|"
    r"However|But|And|Meanwhile|Still|Instead|Outside|Inside|Before|Following)\b[^.!?]{0,120},\s*"
    # "Although Coetzee was pleased …, he lamented": the subject of an opening clause is a subject too
    r"|(?:But|And|Then|So|Although|Though|While|When|If|Because|As|Once|Since|Whereas|After|Before)\s+)$"
)
INVERTED_LEAD = re.compile(r"[,”’\"']\s+(?:said|says|added|adds|wrote|writes|explained|noted|warned|argued)\s+(?:[a-z’'-]+\s+){0,4}$")
INITIALLED = re.compile(r"(?:[A-Z]\.[ \t]?){1,3}[A-Z][a-z]")
SPEAKER_ENDS = re.compile(r"(?:[,.;:]|\s*$|\s+(?:of|from|at|in|on)\s)")
# ("The minister of Information and Culture, Alh. Lai Mohammed gave": an office in lower case, then its portfolio)
TITLE_PHRASE_LEAD = re.compile(r"\s*(?:The\s+(?:[a-z-]+\s+){1,2}(?:of|for|on)\s+(?:the\s+)?)?"
                               r"(?:(?:[A-Z][\w’'.&-]*\s+(?:(?:of|for|and|the|on)\s+)*)*[A-Z][\w’'.&-]*(?:\s+\([A-Z][A-Za-z]{1,7}\))?,\s*){1,3}")
BODY_NAME_END = re.compile(r"(?:[A-Z][\w’'.&-]*\s+(?:(?:of|for|and|the)\s+)*)+$")
WITH_KIN_AFTER = re.compile(r"\s+and\s+(?:his|her|their)\s+(?:[a-z-]+\s+)?[a-z-]+(?:,?\s+[A-Z][\w’'-]+,?)?(?=\s)")
OBJECT_WORDS = {"at", "for", "of", "with", "from", "by", "in", "on", "to", "against", "about", "than", "and"}
_KIN = "wife|husband|widow|widower|mother|father|son|daughter|brother|sister"  # ("Nilushi Dasanayake, wife of …,")
APPOSITIVE = re.compile(r",\s+(?:\d{1,3},|(?:the|a|an|who|one\s+of)\b[^,.]{0,80}|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*[’']s\s+[^,.]{0,60}"
                        # ("Mansuetus Darto, head of the Indonesian Oil Palm Farmers’ Union,": what they head or lead)
                        # ("Bon Naba Baba Salifu Aleemyarum, Vice President of the Upper East Regional House of Chiefs …,")
                        r"|(?i:(?:vice|deputy|acting|assistant)\s+)?(?i:head|chief|leader|chairman|chairwoman|chair|director|"
                        r"president|founder|secretary)\s+of\s[^,.]{0,120}"
                        # ("Nilushi Dasanayake, wife of Sri Lankan national Priyantha Kumara,": whose kin they are)
                        rf"|(?:{_KIN})\s+of\s[^,.]{{0,80}})")
# ("JP Duminy, South Africa's stand-in captain,": a possessive and what they are)
# ("Elkana Onguti, chief economist at the ministry,", "R. Ratnakumar, resident of Beira Road,": what they are, with no article)
ROLE_SET_OFF = re.compile(r",\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)\s+(?:at|of|for|with|in|from|to)\s")


OFFICE_OF_LEAD = re.compile(r"(?:[Tt]he\s+)?(?:[a-z-]+\s+){0,2}(?:%s)\s+(?:of|for)\s+(?:the\s+)?" % one_of(TITLES | {"head"}))
TITLES_AND_LEAD = re.compile(r"(?:[A-Z][\w’'-]*\s+)+and\s+")
PRONOUN_THEN_CLAUSE = re.compile(r"(?:He|She)\s[^,.;:]*\b(?:when|after|before|while|because|since|until|where|whom|as)\b")
HOLDS_OFFICE_AFTER = re.compile(r",?\s+(?:has\s+|had\s+|have\s+)?(?:(?:was|is|been)\s+)?(?:resigned|retired|stepped\s+down|appointed|"
                                r"elected|re-elected|sworn\s+in|named|served|serves|resigns|quit|quits)\s+as\b")
IS_A_AFTER = re.compile(r"\s+(?:is|was)\s+(?:a|an|the)\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)")
# Words that make another office of the one they qualify: a prime minister is no immigration minister
OFFICE_MAKERS = {"prime", "vice", "deputy", "chief"}
POSSESSIVES = {"his", "her", "their", "its", "my", "our", "your", "His", "Her", "Their", "Its", "My", "Our", "Your"}
OWNED_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our)\s+(?:[a-z][\w-]*\s+)?$")
OPENING_PREPOSITIONS = {"Unlike", "Like", "With", "Without", "For", "To", "From", "Against", "Besides", "Except", "Alongside",
                        "Behind", "Beside", "Toward", "Towards", "Through", "By", "Outside", "Inside"}
SAID_IN = re.compile(r"\s(?:said|says|told|tells|added|adds)\s")
# ("The man, who asked to be identified only by his surname, Kim, said": the name the story gives them)
# (found by the word "name", which re skips ahead to in C, and then the words before it)
NAME_GIVEN = re.compile(r"name,?[ \t]+([A-Z][\w’'-]+)")
# "Charlotte (not her real name)", "Geraldine*", "Ali (name changed)": the name a story gives someone it keeps anonymous
# (found by the star or the bracket, each a pattern of its own that opens with one character, then the name read back)
PSEUDONYM_STAR = re.compile(r"\*(?=[\s,.])")
PSEUDONYM_BRACKET = re.compile(r"\((?:not\s+(?:his|her|their)\s+(?:real\s+)?name|names?\s+(?:has\s+been\s+|have\s+been\s+)?"
                               r"changed|a\s+pseudonym|pseudonym)[^()\n]{0,40}\)")
NAME_ENDS_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]+)\s?$")
GAVE_NAME_AS = re.compile(r"(?:(?:him|her)self|(?:his|her)\s+name)\s+(?:only\s+)?as\s+([A-Z][\w’'-]+)")
NAME_GIVEN_AS = re.compile(r"\b(?:by|as)\s+(?:his|her|their)\s+(?:sur|first\s|given\s|family\s)?$")
KNOWN_AS_LEAD = re.compile(r"^[A-Z][^,]*,\s+(?:who\s+[a-z ]{0,40}?)?(?:known|identified|named|called)\s+(?:only\s+)?as$")
INTRODUCED_BY = re.compile(r",\s+(?:\d{1,3},|who\s)")
ROLE_LEAD = re.compile(r"\s*(?:(?:[\w’'.-]+\s+){0,5}(?i:%s)|(?:One|Another|Two|Three|Some)\s+of\s+(?:them|the\s+[\w’' -]{1,40}?)"
                       r"|Among\s+them),\s*$" % one_of(PERSON_NOUNS))  # ("One of them, Mustafa Avci, used …")


def _office_opens(text: str, at: int) -> bool:
    """Whether the sentence before ``at`` is only an office in capitals and a comma ("Cabinet Secretary for Foreign
    Affairs, "; "The Director, Communications and Liaison Department, Federal Inland Revenue Service (FIRS), "), read
    back to the paragraph's start (an office's name can be long)."""
    lead = sentence_lead(text[max(text.rfind("\n", max(0, at - 200), at) + 1, at - 200):at])
    return bool(TITLE_PHRASE_LEAD.fullmatch(lead)) and has_title(lead)


def has_title(phrase: str) -> bool:
    """Whether any word of ``phrase`` is a title ("Deputy General Secretary of the NPP")."""
    # ("Secretary-General": a title joined by a hyphen)
    return any(w.lower().strip(".,") in TITLES or "-" in w and TITLES.intersection(w.lower().strip(".,").split("-"))
               for w in phrase.split())


def sentence_lead(before: str) -> str:
    """The part of the sentence before a name (string search, not a regex: this runs for every name)."""
    cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "), before.rfind(".” "), before.rfind('." '), before.rfind("\n"))
    return before[cut + 1:] if cut >= 0 else before


# These patterns open with a capital and check the character before it afterwards: Python's re skips
# ahead in C to a pattern's opening character set, which makes a scan of a long story twice as fast.
# ("Mahdi al-Hafidh": Arabic names join their particle to the name with a hyphen; "Vicente de la O Levy", "Ursula von
# der Leyen": two particles)
MULTI_RUN = re.compile(  # ("Chairman of the Tunapuna/Piarco Regional Corporation Kwesi Robinson": one run, not from "Piarco")
    r"[A-Z](?<![\w’'/-].)[\w’'.-]*(?:/[A-Z][\w’'.-]*)?(?:[ \t]+(?:(?:de|dela|van|von|der|den|dos|du|bin|al|da|del|la|le|los|ole|arap|wa)[ \t]+){0,2}"
    r"(?:[A-Z][\w’'.-]*(?:/[A-Z][\w’'.-]*)?|[A-Z]\.|(?:al|el|ad|ash|as|an|ibn|bin)-[A-Z][\w’'.-]*))+"
)


# (found from the opening quote mark, far rarer than capitals, and the first name then read back from it)
NICKNAMED = re.compile(r"[“\"‘'](?<=[a-z][ \t].)[A-Z][\w’'.-]{1,15}[”\"’'][ \t]+([A-Z][\w’'-]+)")
FIRST_NAME_LAST = re.compile(r"(?<!\w)([A-Z][a-z]+)[ \t]+$")
CAPITALISED = re.compile(r"[A-Z](?<![\w’'-].)[\w-]*[\w]")


def _after_title() -> re.Pattern:
    """A capitalised word after a lower-case title or gendered word and a space ("minister Lee"); a title in
    capitals ("Gov. Ruiz") makes one run of capitals with the name, read as such.

    Python's look-behinds are of fixed width: one per title length, all checked in C at each capital (a loop
    in Python over every capital of the text costs a tenth of the annotation time).
    """
    by_length: dict[int, list[str]] = {}
    for word in TITLE_OR_GENDER | {"head"}:  # ("forestry office deputy head Sudirno")
        by_length.setdefault(len(word), []).append(word)
    behind = [rf"(?<= (?i:{one_of(words)}) [A-Z])" for words in by_length.values()]
    return re.compile(rf"[A-Z](?<=[a-z] [A-Z])(?:{'|'.join(behind)})[\w-]*[\w]")


AFTER_TITLE = _after_title()


REST_OF_SENTENCE = re.compile(r"[^.!?\n]*")
# One capitalised word opening a sentence, then a speech verb ("Trelka said", "Pailah, a 27-year-old …, said")
FIRST_NAME_BEFORE = re.compile(r"(?<=, )([A-Z][a-z]+)$")
LONE_WORD = re.compile(r"([A-Z][a-z][\w’'-]*[a-z])")
ACCORDING_TO_LEAD = re.compile(r"\b[Aa]ccording\s+to\s+(?:[a-z][\w-]*\s+){0,3}$")
LONE_APPOSED = re.compile(r"([A-Z][a-z][\w’'-]*[a-z]),[^,\n]{1,120},(?:\s+also)?")
SPEECH_VERBS = (" said", " says", " told")  # (each a plain search through the text: the commonest only)
CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'.-]*[ \t]+$")
HE_OR_SHE_NEAR = re.compile(r"\b(?:[Hh]e|[Ss]he|his|her)\b")
# Adverbs between a subject and its verb ("Mahambehlala later said", "The Joe Biden campaign soon hit back")
VERB_ADVERBS = {"later", "also", "then", "further", "earlier", "again", "still", "too", "previously", "once", "soon", "now",
                "quickly", "immediately", "swiftly"}
SAID_PRONOUN = re.compile(r"(?:,[^,.;“”\"]{1,150},)?\s+(?:said|says|told\s+[\w ]{1,30}?|added|explained)\s+(?:that\s+)?(he|she)\b")
PRONOUN = re.compile(r"\b(he|his|him|she|her|hers)\b", re.I)
# "Kashim Shettima, who accused her of disparaging her country": whom a verb acts on is someone else, and then so
# is any "her" (or "his") near it; they say nothing of the name's gender
OBJECT_PRONOUN = re.compile(r"\b[a-z]+(?:ed|s)\s+(?:(him)\b|(her)(?=\s+(?:of|to|for|with|from|as|that|over|and|in|on|at)\b|[,.;]))")
FAMILY = {"him": re.compile(r"\b(?:he|him|his)\b", re.I), "her": re.compile(r"\b(?:she|her|hers)\b", re.I)}
# ("Corbyn urged her to resign": a name, its verb, then the object pronoun of the gender sought)
OBJECT_PRONOUN_AFTER = {want: re.compile(r"\s+[a-z]+\s+%s\b" % word) for want, word in (("f", "her"), ("m", "him"))}


def without_objects(words: str) -> str:
    """``words`` with the pronouns of a gender blanked (to the same length) where a verb acts on one of them."""
    if "h" not in words:
        return words
    for m in OBJECT_PRONOUN.finditer(words):
        words = FAMILY[m.group(1) or m.group(2)].sub(lambda p: " " * len(p.group(0)), words)
    return words


# "McCormick said Sir Tim …": a speech verb, then the subject of what was said
REPORTER_BETWEEN = re.compile(r"\s+(?:said|says|told\s+\w+|added|believes|believed|thinks|thought|insisted|argued|claimed)\s+"
                              r"(?:that\s+)?(?:(?:Sir|Dame|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s+)?")
SUBORDINATE_BEFORE = re.compile(r"\s(?:after|before|when|since|until|because|while|once)\s+$")
TWO_NAMES = re.compile(r"(?<!the )(?<!\d )\b[A-Z][a-z]+\s+[A-Z][a-z]+")  # (not "the White House", "the 2024 Olympic Games")
NAME_GOES_ON = re.compile(r"[ \t]+(?:[A-Z]|(?:de|van|von|bin|al|ole|arap|wa)\s)")
NAME_BEFORE = re.compile(r"[A-Z][\w’'.-]*[ \t]+$")


def _stands_alone(text: str, start: int, end: int) -> bool:
    """A capitalised word not inside a longer run of capitalised words."""
    if NAME_GOES_ON.match(text, end, end + 6) or text[end:end + 1] in "-’'" and text[end + 1:end + 2].isalpha():
        return False
    prev = text[max(0, start - 30):start]
    return not NAME_BEFORE.search(prev) and not prev.endswith(("-", "’", "'"))


class _Run:
    """A name run cut where a sentence ends inside it ("Tom Lee. Ruiz" -> "Tom Lee")."""

    def __init__(self, text: str, start: int, end: int):
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _=0) -> str:
        return self._text[self._start:self._end]


def _within_sentence(m: re.Match) -> list[_Run]:
    """The run cut where sentences end inside it: "for Bloomberg. Mr Bloomberg owns" is two names."""
    pos = m.start()
    if "." not in m.group(0):
        return [_Run(m.string, pos, m.end())]
    runs = []
    words = list(re.finditer(r"\S+", m.group(0)))
    for word, nxt in zip(words, words[1:] + [None]):
        w = word.group(0)
        if w.endswith(".") and w.lower().rstrip(".") not in ABBREVIATIONS and not re.fullmatch(r"(?:[A-Z]\.)+", w):
            runs.append(_Run(m.string, pos, m.start() + word.end() - 1))
            pos = m.start() + word.end() + 1
        elif w in ("Jr.", "Sr.") and nxt and nxt.group(0).lower() in NOT_NAMES:
            # "the ruling by Presiding Judge Pedro Dabu Jr. The Baltazar family …": the suffix ends the name and the sentence
            runs.append(_Run(m.string, pos, m.start() + word.end()))
            pos = m.start() + word.end() + 1
    return runs + [_Run(m.string, pos, m.end())] if pos < m.end() else runs


# Words that open a sentence or clause before its subject ("The X Factor" is another matter: a name of its own).
OPENERS = {"although", "though", "when", "while", "but", "and", "or", "if", "because", "after", "before", "as", "since",
           "however", "meanwhile", "still", "so", "then", "yet", "now", "asked", "unfortunately", "whereas", "once", "until"}


def _without_opener(run: _Run) -> _Run:
    """'Although Coetzee', 'When Ruiz': a capitalised word that only opens the sentence is not part of the name."""
    first, _, rest = run.group(0).partition(" ")
    # ("Said Nyathi, “Above all, …”": the verb put first, before a surname and the quote; but "Said Ali Hassan" is a name)
    inverted = first in ("Said", "Says") and " " not in rest and (run._text[run.end():run.end() + 3].lstrip(",: ")[:1] or "x") in "“\"‘'"
    if rest and (first.lower() in OPENERS or inverted or first.endswith("ing") and opens_with_participle(first)):
        return _Run(run._text, run.start() + len(first) + 1 + len(rest) - len(rest.lstrip()), run.end())
    return run


def opens_with_participle(word: str) -> bool:
    """'Addressing Roy, the judge said': a participle opens the sentence (but "Channing Tatum" is a name)."""
    return word.endswith("ing") and len(word) > 6 and word[1:].islower() and not first_name_gender(word)


@dataclass
class Mention:
    """A name in the text and what the text says about it."""

    start: int
    end: int
    name: str
    person: bool
    gender: str | None
    subject: bool
    quoted: bool


DROPPED_MARKS = {"\u0300", "\u0301", "\u0302", "\u0303", "\u0327", " ", "-", "'"}  # grave, acute, circumflex, tilde, cedilla


@lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector as gg

    class Detector(gg.Detector):
        """gender-guesser's own detector, reading its name list lazily.

        The stock one parses all 48,000 lines of its 4 MB list line by line on start (a quarter of a second,
        paid again in every notebook's kernel); an article asks about a few dozen first names. Here the
        lines are only found on start, and a name's lines go through the library's own parser
        (``_eat_name_line``, in file order) the first time that name is asked about, so answers are the same.
        """

        def _parse(self, filename):
            with open(filename, "rb") as f:
                self._found = re.findall(rb"^([^#=\n]\S* +(\S+)[^\n]*)", f.read(), re.M)
            # Every name lower-cased in one go, and where each is first and last seen: dictionaries built in C,
            # where grouping the lines name by name in a loop took longer than reading the file.
            self._keys = b"\n".join(name for _, name in self._found).decode("utf-8").lower().split("\n")
            self._first = dict(zip(reversed(self._keys), range(len(self._keys) - 1, -1, -1)))
            self._last = dict(zip(self._keys, range(len(self._keys))))
            # ("Francois", "Jose", "Andre", as stories type them without the accent: the list has only "François"; but
            # not "Ogun" for the Turkish "Ogün": only the marks English copy drops, not another language's vowels)
            self._plain = {plain.encode("ascii", "ignore").decode(): key for key in reversed(self._keys)
                           if not key.isascii()
                           and set(plain := unicodedata.normalize("NFD", key)) - set(string.ascii_lowercase) <= DROPPED_MARKS}
            self._joined, self.names, self._asked = {}, {}, set()
            for i in [i for i, key in enumerate(self._keys) if "+" in key]:  # "Jean+Marie" is also "Jean Marie"...
                for joint in ("", " ", "-"):
                    self._joined.setdefault(self._keys[i].replace("+", joint), []).append(i)

        def _lines_of(self, key: str) -> list[str]:
            found = set(self._joined.get(key, ()))
            if key in self._first and "+" not in key:
                found.update(i for i in range(self._first[key], self._last[key] + 1) if self._keys[i] == key)
            return [self._found[i][0].decode("utf-8") for i in sorted(found)]

        def get_gender(self, name, country=None):
            key = name.lower()
            if key not in self._first and key not in self._joined and key in self._plain:
                name = key = self._plain[key]
            if key not in self._asked:
                self._asked.add(key)
                lines = self._lines_of(key)
                if lines:
                    everyone, self.names = self.names, {}  # a line with "+" also sets its other spellings: keep them apart
                    for line in lines:
                        self._eat_name_line(line.strip())
                    everyone[key], self.names = self.names[key], everyone
            return super().get_gender(name, country)

    return Detector(case_sensitive=False)


# A list's women's name that opens men's names as often: "Nana" is also the Akan title of chiefs and queen mothers
# ("Nana Akufo-Addo", "Nana Kobina Nketsia V")
UNSEXED_FIRST_WORDS = {"nana"}


@lru_cache(maxsize=4096)
def first_name_gender(first: str) -> str | None:
    """'m' or 'f' when ``gender-guesser`` is sure of a first name; None otherwise."""
    plain = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()
    if plain.lower() in UNSEXED_FIRST_WORDS:
        return None
    guess = _detector().get_gender(plain) if plain.isalpha() and len(plain) > 1 else "unknown"
    return {"male": "m", "female": "f"}.get(guess)


DETERMINERS_AND_PARTICLES = {"the", "a", "an", "this", "that", "his", "her", "their", "our", "its", "de", "van", "von", "la", "le", "al"}


@lru_cache(maxsize=4096)
def known_first_name(word: str) -> bool:
    """Whether ``gender-guesser`` holds a word as a first name, sure of the gender or mostly so ("Mary" is mostly female)."""
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    if plain.lower() in DETERMINERS_AND_PARTICLES:
        return False  # ("The" is a Vietnamese given name, but "The AfD candidate" names no one)
    return plain.isalpha() and len(plain) > 1 and _detector().get_gender(plain) in ("male", "female", "mostly_male", "mostly_female")


ELECT = re.compile(r"-(?:elect|designate|in)$")  # ("Prime Minister-in waiting": a run cut at the lower case)
IN_WAITING = re.compile(r"-in[- ]waiting\b")


def _bare(word: str) -> str:
    """'Minister’s,' -> 'minister': a word as the word lists hold it (called for every word of every name)."""
    word = word.lower().strip(".,")
    return word[:-2] if word.endswith(("’s", "'s")) else word


SHORT_TITLES = {"Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Det", "Insp", "Supt", "Ald", "Coun", "Sgt", "Adm"}


MALAY_SRI = {"tan", "puan", "datuk", "dato", "toh"}


@lru_cache(maxsize=16384)
def split_title(phrase: str) -> tuple[str, bool]:
    """'Defence Secretary Ana Ruiz' -> ('Ana Ruiz', True); 'Lee Min-ji' -> ('Lee Min-ji', False)."""
    if "-in" in phrase:
        phrase = IN_WAITING.sub("", phrase)  # "Prime Minister-in-waiting Christopher Luxon" (or "-in waiting")
    words = phrase.split()
    while len(words) > 2 and words[-1].lower().strip(".,") in POST_NOMINALS:
        words = words[:-1]  # "Simon Ashworth KC" (but "Conservative MP" is a role)
    bare = [_bare(w) for w in words]
    if "-" in phrase:  # "Premier-elect"; "Secretary-General", "Attorney-General"
        bare = [ELECT.sub("", w) for w in bare]
        bare = [w.split("-")[0] if w.count("-") == 1 and all(x in TITLES for x in w.split("-")) else w for w in bare]
    if words and words[-1] in SHORT_TITLES:
        bare[-1] = ""  # "Hun Sen": a short title with no name after it and no full stop is a name ("Sen. Ruiz" is not)
    if "sri" in bare[1:]:  # "Tan Sri Johari Abdul", "Puan Sri …": Malaysia's honorifics (but "Sri Lanka" is no title)
        bare = ["seri" if w == "sri" and i and bare[i - 1] in MALAY_SRI else "datuk" if w in MALAY_SRI and
                bare[i + 1:i + 2] == ["sri"] else w for i, w in enumerate(bare)]
    # ("Regional Head of Health Pam Johnson", "IT cell head Amit Malviya": "head" is a title only where an office
    # or a name follows it)
    # ("Rep. Sanford Bishop", "Mary Judge", "Mr King", "Marvin Dames": a title word or its plural last, after a first
    # name or an honorific, is a surname; but "the Argentine Minister" is one of a people, whatever names they give,
    # and "the GPA General Secretary" is an office, whatever names a title word is also given as)
    surname = len(words) > 1 and (bare[-1] in TITLES or bare[-1][-1:] == "s" and bare[-1][:-1] in TITLES) \
        and words[-1][:1].isupper() and words[-1][1:2].islower() \
        and (bool(first_name_gender(words[-2])) and words[-2] not in countries_and_peoples() and bare[-2] not in TITLES
             or bare[-2] in HONORIFICS
             or words[-2] in NAME_PARTICLES)  # ("Faisal bin Bandar bin Sultan")
    last_title = max((i for i, w in enumerate(bare[:-1] if surname else bare) if w in TITLES or w == "head" and (
        bare[i + 1:i + 2] in (["of"], ["for"]) or i and words[i + 1:i + 2] and words[i + 1][:1].isupper())
        # "Brentwood Republican Gino Bulso": a party's member described by it, before a first name
        or w in PARTY_MEMBERS and i + 2 < len(words) and first_name_gender(words[i + 1])
        # ("Tory MPs Nusrat Ghani and Tim Loughton": a plural title before the first of several names)
        or w[-1:] == "s" and w[:-1] in TITLES and i + 2 < len(words) and first_name_gender(words[i + 1])), default=-1)
    if last_title >= 0 and words[last_title].endswith(("’s", "'s")):
        return "", False  # "Prime Minister's Questions": what follows a title's possessive is not its holder
    if bare and not surname and (bare[-1] in TITLES or (bare[-1].endswith("s") and bare[-1][:-1] in TITLES)):
        return "", False  # "Tory MPs", "the Senators", "Prime Minister": a role, not a name
    rest = words[last_title + 1:]
    office = bool(rest) and rest[0].lower() in {"of", "for"}
    while rest and (rest[0].endswith(("’s", "'s")) or rest[0] in {"U.S.", "US", "UK", "EU", "UN"} or rest[0].lower() in {"of", "for", "and"}):
        rest = rest[1:]
    if office and len(rest) == 3 and rest[0] == "the":
        rest = rest[-1:]  # "Leader of the Opposition Bajwa": "the" and one word make the office, a surname follows
    elif office and last_title >= 0 and len(rest) in (1, 2) and rest[0] != "the" and not bare[last_title].startswith("spokes"):
        # "Mayor of Dubrovnik", "Director of Public Prosecutions", "Chief Executive of Morgan Stanley": one or two
        # words after "of" are the office
        # or the body in news copy (a holder takes a full name: "Minister of Finance Enoch Godongwana"); but a
        # spokesman "for Handsworth FC" names the body he speaks for
        return "", False
    elif office and "and" in rest and rest[::-1].index("and") <= 2:  # (two words at most after the "and")
        return "", False  # "Minister of Communications and Digitalisation": an office of two things, no holder
    elif office and len(rest) > 2:
        # "Secretary of State Mike Pompeo", "Minister of Minority Affairs Mukhtar Abbas Naqvi": the office, then
        # the holder's name, of three words when the third from last is a first name, else two
        particle = max((i for i, w in enumerate(rest) if i > 1 and w in NAME_PARTICLES), default=0)
        while particle > 1 and rest[particle - 1] in NAME_PARTICLES:
            particle -= 1
        # ("Minister of Energy and Mines Vicente de la O Levy": a surname's particles, the given name before them)
        rest = rest[particle - 1:] if particle else rest[-3:] if first_name_gender(rest[-3].strip(",")) else rest[-2:]
    # "Environment CEC Julius Nyerere": an office's initials after what it is for, then a first name and the name
    # (initials that open the run are the person's own: "AHM Mustafa Kamal")
    initials = max((i for i, w in enumerate(rest[:-2]) if i and ACRONYM.fullmatch(w) and first_name_gender(rest[i + 1])),
                   default=-1)
    rest = rest[initials + 1:]
    # ("Elliott region Traditional Owner Jane Gregory": what someone is, in capitals, then a first name and the name)
    # ("Fashion Enthusiast Mika": or a first name alone, last)
    calling = max((i for i, w in enumerate(rest[:-1]) if w[:1].isupper() and _bare(w) in PERSON_NOUNS
                   and first_name_gender(rest[i + 1]) and (i + 2 < len(rest) or i > 0)), default=-1)
    rest = rest[calling + 1:]
    name = " ".join(rest).strip(" ,")
    name = name[:-2] if name.endswith(("’s", "'s")) else name
    return name, last_title >= 0 or initials >= 0


HYPHENED_PARTICLE = re.compile(r"(?:al|el|ad|ash|as|an|ibn|bin|abu)-[A-Z]")


def looks_like_name(s: str) -> bool:
    words = s.split()
    # ("Luiz Inacio Lula da Silva", "Ursula von der Leyen", "Jasem al-Fatlawi": a particle inside the name)
    return bool(words) and len(words) <= 5 and words[0][0].isupper() and (words[-1][0].isupper() or HYPHENED_PARTICLE.match(words[-1])) \
        and all(w[0].isupper() or w in NAME_PARTICLES or HYPHENED_PARTICLE.match(w) for w in words) \
        and not (("’" in words[0] or "'" in words[0]) and CONTRACTION.match(words[0]))


CONTRACTION = re.compile(r"(?:I|We|You|They|He|She|It|There|That)[’'](?:d|m|ll|ve|re|s)$")  # "We’d say …:" names no one


# English names news uses that the locale data gives otherwise ("Côte d’Ivoire", "Czechia", "Türkiye")
COUNTRY_VARIANTS = ("Ivory Coast", "Czech Republic", "Turkey", "East Timor", "Swaziland", "Macedonia", "Macau", "Britain",
                    "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "Holland", "Vatican", "Palestine",
                    "DR Congo", "Democratic Republic of Congo", "Ivorians", "Britons", "Scots")
# English words for a people that no ending rule gives from the country's name ("Argentine" from Argentina, "Dutch")
IRREGULAR_PEOPLES = ("Argentine", "Argentines", "British", "Briton", "French", "Dutch", "Swiss", "Irish", "Spanish", "Welsh",
                     "Scottish", "Scot", "English", "Chinese", "Japanese", "Vietnamese", "Portuguese", "Lebanese",
                     "Sudanese", "Congolese", "Senegalese", "Maltese", "Taiwanese", "Burmese", "Nepalese", "Togolese",
                     "Guyanese", "Surinamese", "Thai", "Thais", "Filipino", "Filipinos", "Filipina", "Greek", "Greeks",
                     "Turkish", "Turk", "Turks", "Danish", "Dane", "Danes", "Swedish", "Swede", "Swedes", "Finnish",
                     "Finn", "Finns", "Polish", "Pole", "Poles", "Icelandic", "Cypriot", "Cypriots", "Emirati", "Emiratis",
                     "Saudi", "Saudis", "Afghan", "Afghans", "Kazakh", "Kazakhs", "Uzbek", "Uzbeks", "Czech", "Czechs",
                     "Slovak", "Slovaks", "Norwegian", "Norwegians", "German", "Peruvian", "Peruvians", "Kiwi", "Kiwis",
                     "Somali", "Somalis", "Basotho", "Batswana", "Motswana", "Malagasy", "Bahraini", "Bahrainis")


@lru_cache(maxsize=1)
def countries_and_peoples() -> frozenset[str]:
    """Country names in English ("South Africa") and what their people are called in the plural ("Kenyans",
    "Africans", "Germans", "Italians", "Pakistanis"), made from Babel's locale data by the usual English endings.
    A name that is a country, or ends in a people ("passionate South Africans would"), is not a person.

    >>> {"South Africa", "Kenyans", "Africans", "Germans", "Italians", "Mexicans", "Pakistanis"} <= countries_and_peoples()
    True
    """
    from babel import Locale

    out = set(IRREGULAR_PEOPLES)
    for country in [*Locale("en").territories.values(), *COUNTRY_VARIANTS]:
        # ("Myanmar (Burma)", "Hong Kong SAR China", "Congo - Kinshasa": each name news uses on its own)
        out.add(country)
        country = re.sub(r" SAR China$| - \w+$", "", country)
        out |= {c.strip(" )") for c in country.split(" (")}
        word = country.split()[-1]
        if word[:1].isupper() and word.isalpha():
            out |= {word + "ns", word + "ans", word + "ians", word + "is", word[:-1] + "ans", word[:-1] + "ians"}
            out |= {word[:-1] + "s"} if word.endswith("y") else set()
            # and one of them, before a name: "South African Sybil Msezane", "Kenyan runner Faith Kipyegon"
            lead = country[:len(country) - len(word)]
            out |= {lead + w for w in (word + "n", word + "an", word + "ian", word + "i", word[:-1] + "an", word[:-1] + "ian")}
            out |= {country + "er", country + "ers"} if word.endswith("land") else set()  # ("New Zealander Lydia Ko")
    return frozenset(out)


@lru_cache(maxsize=16384)
def is_org(name: str) -> bool:
    words = name.split()
    if len(words) in (2, 3) and words[-1].lower() in SURNAME_LIKE and (first_name_gender(words[0]) or words[0].rstrip(".").lower() in HONORIFICS):
        return False  # "David Hall", "Della Street", "Mr Hall": a first name, then a surname that is also a word for a place
    return is_place(name) or any(_bare(w) in ORG_WORDS for w in name.split())


def name_given(text: str, start: int, end: int) -> bool:
    """Whether the quoted words at ``start:end`` are a name the story gives someone ("known as ‘Susie Joseph’")."""
    return end - start < 40 and looks_like_name(text[start:end]) and bool(NAME_GIVEN_BEFORE.search(text, max(0, start - 40), start))


NAME_GIVEN_BEFORE = re.compile(r"\b(?:identified\s+(?:(?:herself|himself|themselves)\s+)?(?:only\s+)?as|known\s+(?:only\s+)?as|"
                               r"named|called\s+(?:herself|himself)|gave\s+(?:her|his|their)\s+name\s+as)\s+[“\"‘']$")


def is_place(name: str) -> bool:
    """'Nairobi Central Business District', 'Central Park', 'Madhya Pradesh' (but 'Jimmy Park' and 'Ricki Lake' are people)."""
    words = name.split()
    # (a compass word then a name: "West Java", "Central Visayas", "North Rhine-Westphalia")
    return len(words) > 1 and words[-1].lower() in PLACE_NOUNS and (
        not first_name_gender(words[0]) or words[-1].lower() in NEVER_SURNAMES) \
        or len(words) == 2 and words[0] in COMPASS \
        or len(words) > 1 and name in regions()


PAGEANT_WORDS = {"World", "Universe", "Earth", "International", "Grand", "Supranational", "Teen", "Globe", "Tourism"}


def _pageant(run: str) -> bool:
    """Whether a run of capitals is a pageant's title: "Miss" (or "Mister", "Mrs") and then a country or a world."""
    words = run.replace(".", "").split()
    at = next((i for i, w in enumerate(words[:-1]) if w in ("Miss", "Mister", "Mr", "Mrs")), None)
    if at is None:
        return False
    # (only the title: "Miss Universe Pia Wurtzbach" goes on to the woman who holds it)
    rest = " ".join(w for w in words[at + 1:] if w not in PAGEANT_WORDS and not w.isdigit())
    if words[at] == "Mr" and " " not in rest and len(words) == at + 2:
        return False  # ("Mr Jordan, who became tax commissioner": a man whose surname is a country's name)
    return not rest or rest in countries_and_peoples() or rest in regions()


@lru_cache(maxsize=1)
def regions() -> frozenset[str]:
    """The names of the world's states, provinces and regions of more than one word ("Madhya Pradesh", "Khyber
    Pakhtunkhwa", "Greater Accra"), from ISO 3166-2 through pycountry. One word is left out: "Victoria", "Kent" and
    "Washington" are people's names as often as places.

    >>> {"Madhya Pradesh", "Tamil Nadu", "Greater Accra"} <= regions()
    True
    """
    import pycountry

    names = {re.sub(r"\s*[\[(].*", "", s.name) for s in pycountry.subdivisions}  # ("Pembrokeshire [Sir Benfro GB-BNF]")
    plain = {"".join(c for c in unicodedata.normalize("NFKD", n) if not unicodedata.combining(c)) for n in names}
    return frozenset(n for n in names | plain if " " in n)  # ("Tamil Nādu" is most often written "Tamil Nadu")


COMPASS = {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western", "Upper", "Lower"}


# A place's last word, not a body's: only at the end of a name ("Park Ji-sung" is a person)
PLACE_NOUNS = {"district", "park", "county", "province", "region", "centre", "center", "bridge", "market", "mall",
               "island", "islands", "valley", "river", "lake", "beach", "harbour", "harbor", "boulevard", "estate",
               "village", "gardens", "grounds", "arena", "plaza", "terminal", "junction", "territory", "area", "constituency",
               "municipality", "zone", "ward", "township", "town", "city", "suburb", "neighbourhood", "neighborhood",
               "quarter"}


# (place words no one has as a surname: "the Paca River" is a river even though Paca is a first name)
NEVER_SURNAMES = {"district", "county", "province", "region", "river", "valley", "territory", "constituency",
                  "municipality", "township", "suburb", "neighbourhood", "neighborhood", "boulevard", "junction", "terminal"}


# "Cllr John Birch, Liberal Democrat, said": a party's member, no one's name
PARTY_MEMBERS = {"democrat", "democrats", "republican", "republicans", "conservative", "conservatives", "liberal",
                 "liberals", "socialist", "socialists", "unionist", "unionists", "nationalist", "nationalists",
                 "independent", "independents", "tory", "tories",
                 # the faithful, as a group ("Evangelical Christians, a large … demographic in Brazil, played")
                 "christians", "muslims", "catholics", "evangelicals", "protestants", "hindus", "buddhists", "jews", "sikhs",
                 "mormons", "copts", "anglicans", "methodists", "baptists", "pentecostals"}
SURNAME_LIKE = {"hall", "street", "house", "court", "post", "bank", "press", "trust", "road", "staff", "law", "church"}


@lru_cache(maxsize=16384)
def after_body(name: str) -> str:
    """'Central Anti-Corruption Bureau Andrzej Stróżny' -> 'Andrzej Stróżny': a body's name, then a person's."""
    words = name.split()
    body = max((i for i, w in enumerate(words[:-2]) if w.lower() in ORG_WORDS), default=-1)
    return " ".join(words[body + 1:]) if body >= 0 else name


def without_country(name: str) -> str:
    """'South African Sybil Msezane' -> 'Sybil Msezane': a country or a people before a name of two words or more
    (but "Jordan Henderson Smith" opens with a first name)."""
    words = name.split()
    country = next((k for k in (3, 2, 1) if len(words) > k + 1 and " ".join(words[:k]) in countries_and_peoples()), 0)
    return " ".join(words[country:]) if country > 1 or country and not first_name_gender(words[0]) else name


@lru_cache(maxsize=16384)  # the same runs recur ("Prime Minister", a name on every mention)
def _name_in(run: str) -> tuple[str, bool, frozenset[str]] | None:
    """(name, whether a title came with it, the run's words) for a run of capitalised words that can be a
    person's name; None for an organisation, a country, a people or a word that only opens a sentence."""
    name, titled = split_title(run)
    name = before_title_case_word(name)
    if name.endswith(("’", "'")) and not name.endswith(("s’", "s'")):
        name = name[:-1]  # ("identified herself as ‘Susie Joseph’": the closing mark is no part of the name)
    while " " in name and name.split(" ", 1)[0].lower().endswith("-old"):
        name = name.split(" ", 1)[1]  # "Seventy-eight-year-old Albert Johnson"
    if "’s " in name or "'s " in name or "s’ " in name or "s' " in name:
        # "Fine Gael's Eoghan Murphy", "Sky News’ Kay Burley": the person after whose party or show it is
        owner = max((i for i, w in enumerate(name.split()[:-1]) if w.endswith(("’s", "'s", "s’", "s'"))), default=-1)
        name = " ".join(name.split()[owner + 1:])
    if after_body(name) != name:
        name, titled = after_body(name), True
    if (named := without_country(name)) != name:
        # "Ivory Coast Herve Renard": wire copy's "Ivory Coast coach …" with the noun dropped, a title all the same
        name, titled = named, True
    while len(name.split()) > 2 and name.split()[0].lower() in PERSON_NOUNS:
        name, titled = name.split(" ", 1)[1], True  # "Prosecutor Anjali Mehta" is Anjali Mehta, and a person
    if name.count(" ") == 1 and name.split()[0].lower() in PERSON_NOUNS and not first_name_gender(name.split()[0]) \
            and run[:1].isupper() and name.split()[1] not in countries_and_peoples():
        name, titled = name.split()[1], True  # "Lawyer Ulgen said": what he is, then his surname
    while " " in name and name.split()[-1].lower() in WHEN_WORDS:
        name = name.rsplit(" ", 1)[0]  # "State minister Jitu Patwari Wednesday alleged"
    # ("Mr Jordan, who became tax commissioner": an honorific makes a person of a country's name)
    honorific = titled and run.split()[0].lower().rstrip(".") in HONORIFICS
    if not name or name.split()[0].lower() in NOT_NAMES or (is_org(name) or name in countries_and_peoples()) and not honorific \
            or _participle(name.split()[0]) and " " in name \
            or all(w.lower() in PERSON_NOUNS for w in name.split()) \
            or ADJECTIVE_SUFFIX.search(name) or ACRONYM.fullmatch(name) \
            or name.split()[-1] in countries_and_peoples() and not (" " in name and first_name_gender(name.split()[0]) or honorific) \
            or name.split()[-1].lower() in PARTY_MEMBERS \
            or name.startswith(("Best ", "Most ")) and name.split()[-1].lower() in PERSON_NOUNS | AWARD_WORDS:
        return None  # (nor an award's category: "Best Actor", "Best Leading Actor", "Most Valuable Player")
    return name, titled, frozenset(w.lower().strip(".,") for w in run.split())


# Words a headline in title case capitalises that no name holds ("In" and "To" do: "Moon Jae In", "To Lam")
TITLE_CASE_WORDS = {"On", "At", "For", "With", "Over", "After", "About", "Against", "From", "Into", "As", "Is", "Are", "Was",
                    "Were", "Has", "Have", "Will", "Says", "Say", "Slams", "Warns", "Urges", "Calls", "Vows", "Rejects"}
def before_title_case_word(phrase: str) -> str:
    """A headline in title case: "Pierre On Crime" -> "Pierre" (a word no name holds ends the name)."""
    words = phrase.split()
    cut = next((i for i, w in enumerate(words) if i and w in TITLE_CASE_WORDS), 0)
    return " ".join(words[:cut]) if cut else phrase


AWARD_WORDS = {"film", "picture", "album", "song", "record", "newcomer", "player", "director", "drama", "series", "debut"}


def _participle(word: str) -> bool:
    """'Addressing ISRO scientists, he said': a participle opening a sentence, not a first name ("Sterling" is one)."""
    return len(word) >= 7 and word.endswith("ing") and not first_name_gender(word)


WORD_CHARS = re.compile(r"\w+")
AFTER_HEAD = re.compile(r"\s(?:of|for|at|in|with|from|to|on|and|who|whose|which)\s")  # the noun before it is the head
# "In his statement, Kodwa said": a possessive in the phrase that opens the sentence is the subject's
CATAPHORA = re.compile(r"^(?:In|During|On|At|With|After|Before|Asked about)\s+(his|her)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s*$")


def _told_gender(words: set[str], appositive: str, lead: str, first: str | None = None) -> str | None:
    """'m' or 'f' where the text says so: a title or honorific, a pronoun in an appositive, "In his speech, Lee".

    A pronoun in an appositive may be someone else's ("Eamon Dennehy, who took aim at her department’s policies"):
    it does not overrule a first name the name list is sure of (``first``)."""
    own = _words_gender(words)
    if own or not appositive:
        return own or _cataphora(lead)
    said = _words_gender({w.lower() for w in WORD_CHARS.findall(without_objects(appositive))} | words)
    return said if said and first in (None, said) else _cataphora(lead)


def _words_gender(said: set[str]) -> str | None:
    if "lord" in said and said & {"mayor", "provost", "chancellor", "lieutenant"}:
        said = said - {"lord"}  # ("Sydney Lord Mayor Clover Moore": an office whoever holds it, not a peer)
    if said & MALE_WORDS and not said & FEMALE_WORDS:
        return "m"
    if said & FEMALE_WORDS and not said & MALE_WORDS:
        return "f"
    return None


def _cataphora(lead: str) -> str | None:
    """'In his speech, Lee …': a possessive before the name, in the words that open its sentence."""
    cataphora = "his " in lead or "her " in lead or "His " in lead or "Her " in lead
    cataphora = cataphora and CATAPHORA.match(lead.strip(" \"“‘'"))
    return ("m" if cataphora.group(1) == "his" else "f") if cataphora else None


# "…Senator Trillanes went…,” he said: a speaker does not call himself by his title either
QUOTED_TITLES = {"senator", "sen", "minister", "governor", "gov", "mayor", "judge", "rep", "congressman", "congresswoman",
                 "chancellor", "general", "gen", "professor", "prof", "mp", "councillor", "cllr", "secretary"}
# A word right after an honorific or title inside a quote ("…that Dr Marsh did"), found in the case-folded text
TITLED_WORD = re.compile(
    r"(?<![\w’'.-])\.*(?:%s)\.*(?![\w’'.-])(?=[^\w’'.-]+(?P<word>[\w’'.-]+))" % one_of(HONORIFICS | QUOTED_TITLES))
BRACKETED_NAME = re.compile(r"[(\[](?:[A-Z][\w’'.-]*\s+){0,2}([A-Z][\w’'-]+)[)\]]")
GENDERED_NOUNS = {"man": "m", "woman": "f", "boy": "m", "girl": "f", "mother": "f", "father": "m", "husband": "m",
                  "wife": "f", "son": "m", "daughter": "f", "brother": "m", "sister": "f", "grandmother": "f",
                  "grandfather": "m", "businessman": "m", "businesswoman": "f", "spokesman": "m", "spokeswoman": "f"}
UNNAMED_SPEAKER = re.compile(r"(?i:an?|the|one|his|her|their)\s+(?:[\w’'-]+\s+){0,3}(%s)" % "|".join(GENDERED_NOUNS))
CONDITION_WORDS = {"whether", "if", "because", "although", "though", "unless", "whereas"}  # a clause inside a sentence
OTHER_OFFICE = {"shadow", "former", "deputy", "vice", "prime", "associate", "assistant", "junior"}  # words before a title that make it another office
# (and a first office joined by "and": "Deputy Prime Minister and Finance Minister Chrystia Freeland")
TITLE_WORDS_BEFORE = re.compile(r"(?:(?:[A-Z][\w’'.-]*[ \t]+){1,3}and[ \t]+)?(?:[A-Za-z][\w’'.-]*[ \t]+){0,3}$")
# ("Minister of Energy and Mines Vicente de la O Levy": the portfolio's "and" breaks the run of capitals)
BRACKETED_HOLDER = re.compile(r"[ \t]*[(\[]((?:[A-Z][\w’'.-]*[ \t]+){1,3}[A-Z][\w’'-]+)[)\]]")
NAME_SET_OFF = re.compile(r"[A-Z][\w’'-]*[a-z],[ \t]+$")
OFFICE_BEFORE = re.compile(r"([A-Z][\w’'-]*)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'-]*[ \t]+and[ \t]+)?$")
# (a full stop ends the name unless it closes an initial or a title: "Minister of Women Affairs. The …" stops there)
SUFFIX_ENDS_SENTENCE = re.compile(r" [JS]r\. (?:The|He|She|It|They|In|On|At|A|An|But|And)\b")
# (a title's full stop is no sentence's end: "the Central Regional Minister, Mrs. Justina Marigold Assan;")
INITIALS_AFTER_OFFICE = re.compile(r"((?:[A-Z][\w’'-]*\s+(?:of\s+|for\s+)?){1,4})\([A-Z]{2,6}\)\s+$")
# (an office with "and" in it: "Minister for Rural and Community Development Heather Humphreys")
HOLDER_AFTER = re.compile(r"\s*,?\s*(?:\([A-Z]{2,6}\)\s*)?((?:(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,3}and\s+(?=[A-Z])|(?:of|for)\s+(?:the\s+)?)?"
                          r"(?:[A-Z][\w’'-]*(?:(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|"
                          r"(?<=\b(?:Mrs|Rev|Hon|Gen|Sen|Gov|Rep|Col))\.|(?<=\b(?:Prof|Engr|Capt|Atty|Supt))\.)?\s*){1,5})")
NAME_APPOSED_AFTER = re.compile(r"\s*(?:\([A-Z]{2,6}\)\s*)?,\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s*,")
NAME_AFTER_INITIALS = re.compile(r"\s*\([A-Z]{2,6}\)\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})(?=[\s,.;])")
WHEN_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"}
MODIFIES_TITLE = re.compile(r"[ \t]+(?:(?!and\b|or\b)[a-z]+[ \t]+)?(?:%s)[ \t]+[A-Z]" % one_of(TITLES - {"former", "acting", "interim"}))
REGNAL = re.compile(r"\s+(?:[IVX]{1,5}|Jr\.?|Sr\.?)$")  # ("Togbe Afede XIV", "Pedro Dabu Jr.")
ACRONYM = re.compile(r"(?:[Tt]he\s+)?[A-Z]{2,6}")


def role_head(role: str) -> int:
    """Which word of ``role`` says what the role is: the last ("the interior minister"), or the title before an "of"
    ("the Director of Public Prosecutions" is a director, "the president of the PP" a president)."""
    words = role.split()
    if len(words) > 1 and words[-1].lower() == "general" and words[-2].lower() in ORG_WORDS:
        return len(words) - 2  # "the Chinese Consulate General", "the Secretariat General": a body, not a general
    return next((i - 1 for i, w in enumerate(words[1:-1], 1) if w in ("of", "for") and words[i - 1].lower() in TITLES),
                len(words) - 1)


class Cast:
    """Everyone an article names, read once, so quotes can be given to the right person."""

    def __init__(self, text: str, quoted: list[tuple[int, int]] = (), headline_end: int = 0):
        # A headline is in title case: its capitals say nothing about names, so it is not read for them.
        self.headline_end = headline_end
        self.text = text
        self.quoted = sorted(quoted)
        self._mentions: list[Mention] | None = None
        self._told: dict[str, str] = {}  # a person's gender as the text tells it, by full name
        self._person_of: dict[int, str] = {}  # the full name each mention stands for
        self._index: dict[str, list[Mention]] | None = None
        self._folded: str | None = None
        self._by_initials: dict[str, str] | None = None
        self._bodies: list[tuple[int, str]] = []  # (where, who): quotes given to an organisation so far
        self._issued: list[tuple[int, str, str]] = []  # (where, what, who): "said in a statement", what they wrote in
        self._alone: set[int] = set()  # where a one-word name speaks (see _speaks_alone)
        self._honoured: set[str] | None = None  # (see _given_honorific)
        self._headlined: list[Mention] = []  # people the headline names by first name and surname

    @property
    def folded(self) -> str:
        """The text case-folded at the same offsets (see ``fold_case``), for case-blind searches."""
        if self._folded is None:
            self._folded = fold_case(self.text)
        return self._folded

    @property
    def mentions(self) -> list[Mention]:
        if self._mentions is None:
            self._mentions = self._read()
        return self._mentions

    def inside_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quoted, (pos, float("inf"))) - 1
        return i >= 0 and self.quoted[i][0] <= pos < self.quoted[i][1]

    def _read(self) -> list[Mention]:
        """Every name the text marks as a person; other capitalised words are not kept.

        Lone capitalised words are most of a text's capitals and almost never names on
        their own, so they are not walked one by one: only names of two words or more,
        a lone name after a title ("negotiator Lee"), and later the surnames of people
        already named are looked at.
        """
        text, out, by_word = self.text, [], {}
        # A headline's "Burnley boss Vincent Kompany hit with …": a first name and the word after it name someone the
        # body may call by surname alone ("Kompany revealed …"); the headline adds no mention of its own.
        for m in HEADLINE_NAME.finditer(text, 0, self.headline_end):
            gender = first_name_gender(m.group(1))
            if gender and m.group(2).lower() not in NOT_NAMES and not is_org(m.group(0)):
                by_word.setdefault(m.group(2), Mention(m.start(), m.end(), m.group(0), True, gender, False, False))
                self._headlined.append(by_word[m.group(2)])
        # 'Jorge “Tuto” Quiroga', 'Francis “Chiz” Escudero': a nickname in quotes between the names; the surname alone
        # later ("Quiroga conceded") is the person
        # (the subject of its sentence where it opens it and a verb follows: "Earl 'Biggy' Turner says …")
        nicknamed = [Mention(first.start(1), m.end(), f"{first[1]} {m[1]}", True, first_name_gender(first[1]),
                             not sentence_lead(text[max(0, first.start(1) - 200):first.start(1)]).strip(" \"“‘'")
                             and bool(VERB_AFTER.match(text[m.end():m.end() + 90])), False)
                     for m in NICKNAMED.finditer(text, self.headline_end)
                     if (first := FIRST_NAME_LAST.search(text, max(self.headline_end, m.start() - 30), m.start()))
                     and first_name_gender(first[1]) and m[1].lower() not in NOT_NAMES and not self.inside_quote(first.start())]
        for mention in nicknamed:
            self._person_of[id(mention)] = mention.name
            by_word.setdefault(mention.name.split()[-1], mention)
        runs = [_without_opener(r) for m in MULTI_RUN.finditer(text, self.headline_end) for r in _within_sentence(m)]
        for m in runs:
            self._consider(m, out, by_word)
        read = {m.start() for m in runs}
        # A lone word is looked at only if it is the surname of someone named, or follows a title
        # ("minister Lee"): a dict test per capitalised word, and one scan that checks the title in C.
        alone = [_Run(text, m.start(1), m.end(1)) for m, role in self._before_speech_verbs() if self._speaks_alone(m, role)]
        # "One of them, Mohammed, who asked that his last name not be used, lost …": a first name alone, then "who"
        who_at = self._who_at()
        alone += [_Run(text, m.start(1), m.end(1)) for at in who_at
                  if (m := FIRST_NAME_BEFORE.search(text, max(0, at - 30), at)) and first_name_gender(m.group(1))
                  and not self.inside_quote(at)]
        # "Labkura, a Malay-Indian, who is aged 104, has been …": one word opens the sentence, then who they are
        alone += [_Run(text, m.start(1), m.end(1)) for at in who_at
                  if (m := MONONYM_BEFORE_WHO.search(text, max(0, at - 90), at)) and _could_be_a_name(m.group(1))
                  and not self.inside_quote(at)]
        # ("Ramesh, a 52-year-old daily wage labourer …, echoed", "Sarah is a local carer who …", "a shock for Anastasiia,
        # one of roughly 50,000 residents": one word, then their age or what they are)
        alone += [_Run(text, m.start(1), m.end(1)) for m in _described_mononyms(text, self.headline_end) if not self.inside_quote(m.start())]
        # "The man, who asked to be identified only by his surname, Kim, said": the name the story gives them
        alone += [_Run(text, m.start(1), m.end(1)) for m in NAME_GIVEN.finditer(text, self.headline_end)
                  if NAME_GIVEN_AS.search(text, max(0, m.start() - 30), m.start())
                  and m.group(1).lower() not in NOT_NAMES and not self.inside_quote(m.start())]
        # "The director of the information office, who identified himself only as Deng, confirmed": the name they gave
        alone += [_Run(text, m.start(1), m.end(1)) for m in GAVE_NAME_AS.finditer(text, self.headline_end)
                  if m.group(1).lower() not in NOT_NAMES and not self.inside_quote(m.start())]
        alone += self._pseudonyms()
        self._alone = {m.start() for m in alone}
        # (someone the story names by one name is looked for again further on: "Lessa, who confessed …, asked")
        lone = {m.start(): m for m in self._words_at(set(by_word) | {m.group(0) for m in alone})}
        lone.update((m.start(), m) for m in AFTER_TITLE.finditer(text, self.headline_end))
        lone.update((m.start(), m) for m in alone)
        for at in sorted(lone):
            m = lone[at]
            # ("But Mahambehlala said …, and she said": a run the opener made, that only its verb shows is someone)
            if at not in read and _stands_alone(text, m.start(), m.end()) or at in read and at in self._alone \
                    and all(x.start != at for x in out):
                end = m.end() + 2 if text[m.end():m.end() + 2] in ("’s", "'s") else m.end()
                self._consider(_Run(text, m.start(), end), out, by_word)
        out += self._joint_names() + nicknamed
        for mention in out:
            mention.gender = self._told.get(self._person_of[id(mention)], mention.gender)
        return sorted(out + self._role_subjects(out), key=lambda x: x.start)

    def _given_honorific(self, surname: str) -> bool:
        """Whether the story writes "Ms Kimbugwe" (or Mr, Dr …) somewhere: then "Shamirah Kimbugwe" is a person."""
        if self._honoured is None:  # (read once per story, and only for a name nothing else shows is a person's)
            self._honoured = {m.group(1) for m in HONORIFIC_SURNAME.finditer(self.text)}
        return surname in self._honoured

    def _surname_goes_on(self, name: str, at: int) -> bool:
        """'Vaishnavi Ananthanarayanan was leading a lab …', then 'Ananthanarayanan realised …' and 'she': a name whose
        first word no list knows is a person's where the story goes on to call them by the last word alone, with
        "he" or "she" right after, twice (a body's or a place's last word seldom stands for it)."""
        words = name.split()
        if len(words) > 3 or first_name_gender(words[0]) or is_org(name) or is_place(name) or is_place(words[-1]):
            return False
        last, text, seen = words[-1], self.text, 0
        where = text.find(last, at + len(name))
        while where >= 0 and seen < 2:
            # (not "the Phoenix": a club, a ship, a band)
            alone = not text[where - 1:where].isalnum() and not text[where + len(last):where + len(last) + 1].isalnum() \
                and not CAPITALISED_BEFORE.search(text, max(0, where - 30), where) and text[where - 4:where].lower() != "the "
            seen += bool(alone and HE_OR_SHE_NEAR.search(text, where, where + 250))
            where = text.find(last, where + len(last))
        return seen >= 2

    def _pseudonyms(self) -> list[_Run]:
        """Where the story names someone it keeps anonymous: "Charlotte (not her real name)", "Geraldine*"."""
        out, text = [], self.text
        for m in [*PSEUDONYM_STAR.finditer(text, self.headline_end), *PSEUDONYM_BRACKET.finditer(text, self.headline_end)]:
            space = m.group(0) != "*"  # (a bracket stands after a space, a star right after the name)
            name = NAME_ENDS_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if name and (name.group(0).endswith(" ") == space) and name[1].lower() not in NOT_NAMES \
                    and not self.inside_quote(name.start()):
                out.append(_Run(text, name.start(1), name.end(1)))
        return out

    def _who_at(self) -> list[int]:
        """Where ", who" follows a word (a plain search: most stories have a handful)."""
        out, at = [], self.text.find(", who ", self.headline_end)
        while at >= 0:
            out.append(at)
            at = self.text.find(", who ", at + 6)
        return out

    def _joint_names(self) -> list[Mention]:
        """'bought by Jackie and David Dowler': Jackie Dowler too (each " and " found by a plain search, the names
        on either side then checked: a pattern opening with a capital would be tried at every one)."""
        text, out = self.text, []
        at = text.find(" and ", self.headline_end)
        while at >= 0:
            first, second = JOINT_FIRST.search(text, max(0, at - 20), at), JOINT_SECOND.match(text, at + 5)
            before = first and (text[max(0, first.start() - 20):first.start()].split()[-1:] or ["."])[0]
            # (but not "Ruben del Valle and …": a name before the "and" goes on from the words before it)
            if first and second and first[1].lower() not in NOT_NAMES and first_name_gender(second[1]) \
                    and before[0].islower() and before not in NAME_PARTICLES and not self.inside_quote(at):
                out.append(Mention(first.start(1), at, f"{first[1]} {second[2]}", True, first_name_gender(first[1]), False, False))
                self._person_of[id(out[-1])] = out[-1].name
            at = text.find(" and ", at + 5)
        return out

    def _before_speech_verbs(self) -> list[tuple[re.Match, bool]]:
        """Each one-word sentence opener right before "said", "says" or "told", or before an aside and the verb
        ("Pailah, a 27-year-old …, said"), or after a role ("Another returnee, Habibullah, said"), with whether a role
        came first: the verbs found by plain searches and only the text right before each read (a pattern tried at
        every capital of the text costs more)."""
        text, start, out = self.text, self.headline_end, []
        for verb in SPEECH_VERBS:
            at = text.find(verb, start)
            while at >= 0:
                role = False
                if text[at - 1] == ",":  # an aside closed: the sentence's first word, if an aside follows it
                    m = None
                    if text[at - 2:at - 1].isalnum():  # (not "…”, said": a quote closed)
                        near = max(start, at - 140)
                        opens = max(text.rfind("\n", near, at) + 1, text.rfind(". ", near, at) + 2,
                                    text.rfind("! ", near, at) + 2, text.rfind("? ", near, at) + 2)
                        m = opens > 1 and LONE_APPOSED.match(text, opens, at)
                        # ("Another returnee, Habibullah, said he": a role opens the sentence, then the name set off)
                        word = text.rfind(", ", opens, at - 1) + 2
                        if not m and opens > 1 and word > opens + 1 and ROLE_LEAD.match(text, opens, word):
                            m = role = LONE_WORD.fullmatch(text, word, at - 1)
                else:  # the word right before the verb, if it opens its sentence
                    near = max(start, at - 60)  # (a word is shorter: no search runs back through the paragraph)
                    end = at
                    word = max(text.rfind(" ", near, end), text.rfind("\n", near, end)) + 1
                    if text[word:end] in VERB_ADVERBS or text[word:end].endswith("ly") and text[word:end].islower():
                        end = word - 1  # ("Mahambehlala later said": past the adverb)
                        word = max(text.rfind(" ", near, end), text.rfind("\n", near, end)) + 1
                    # ("Suresh (CPM) said": past the party in brackets, which only a person is a member of)
                    role = PARTY_BRACKET.fullmatch(text[word:end]) is not None
                    if role:
                        end = word - 1
                        word = max(text.rfind(" ", near, end), text.rfind("\n", near, end)) + 1
                    # ("But Mahambehlala said": a conjunction that only opens the sentence)
                    opener = text[max(near, word - 9):word].split()[-1:]
                    opened = opener and opener[0].lower() in OPENERS and opener[0][0].isupper() \
                        and text[word - len(opener[0]) - 2] in ".!?\n"
                    opens = word > 1 and (text[word - 1] == "\n" or text[word - 2] in ".!?" or opened
                                          or self._after_opening_clause(word))
                    m = opens and LONE_WORD.fullmatch(text, word, end)
                if m and not text[at + len(verb):at + len(verb) + 1].isalpha():
                    out.append((m, bool(role)))
                at = text.find(verb, at + 1)
        return out

    def _after_opening_clause(self, at: int) -> bool:
        """'Narrating her story to Joy FM, Akorfa said': a word right after a participle clause that opens its
        sentence is the sentence's first word, as if the clause were not there."""
        text = self.text
        if text[at - 2:at] != ", ":
            return False
        near = max(0, at - 250)
        opens = max(text.rfind("\n", near, at) + 1, text.rfind(". ", near, at) + 2)
        return opens > 1 and opens_with_participle(text[opens:text.find(" ", opens, at)])

    def _speaks_alone(self, m: re.Match, role: bool = False) -> bool:
        """'Trelka said he respects …', 'Pailah, a 27-year-old who …, said she had …': one capitalised word opening a
        sentence, a speech verb, then "he" or "she" in the same paragraph with no other name between: someone the
        story names by one name only (a mononym, or a surname whose full name the copy left out). Not a group
        ("Police said he"), a body or a people, which take "they" or "it"."""
        word = m.group(1)
        low = word.lower()
        if low in NOT_NAMES or low in PERSON_NOUNS or low in ORG_WORDS or (low.endswith("s") and not low.endswith("ss")) \
                or word in countries_and_peoples() or is_org(word) or first_name_gender(word) and not role \
                or self.inside_quote(m.start()):
            return False  # (a first name alone is no surname: "Mary said" may be anyone's Mary, but not after a role)
        line_end = self.text.find("\n", m.end())
        rest = self.text[m.end():line_end if line_end >= 0 else len(self.text)][:600]  # from the verb on (past a long quote)
        verb = min((at for v in SPEECH_VERBS if (at := rest.find(v)) >= 0), default=0)
        # (after the verb: in "Phoenix profitability came down to …, he said" the "he" is the verb's own subject)
        pronoun = PRONOUN.search(rest, verb)
        between = pronoun and rest[verb + 1:pronoun.start()].split(" ", 1)[-1]  # (past the verb)
        return bool(pronoun) and not TWO_NAMES.search(between) and not any(v in " " + between for v in SPEECH_VERBS)

    def _words_at(self, words) -> list[re.Match]:
        """Every capitalised word of the text (past the headline) that is one of ``words``: a plain search for
        each (a story names a few dozen people at most), each hit checked to be the whole capitalised word."""
        text, out = self.text, []
        for word in words:
            at = text.find(word, self.headline_end)
            while at >= 0:
                m = CAPITALISED.match(text, at)
                if m and m.group(0) == word:
                    out.append(m)
                at = text.find(word, at + 1)
        return out

    def _consider(self, m, out: list[Mention], by_word: dict[str, Mention]) -> None:
        """Keep the name run ``m`` if the text marks it as a person, with what it says about them."""
        text, run, at = self.text, m.group(0), m.start()
        if self.inside_quote(at):
            # Names inside quotes are the speaker's words, not the story's cast; but "President Donald Trump" there
            # still tells whom the story's own "Trump" means
            named = " " in run and _name_in(run)
            if named and " " in named[0] and (named[1] or first_name_gender(named[0].split()[0])):
                quoted = Mention(at, m.end(), named[0], True, first_name_gender(named[0].split()[0]), False, True)
                self._person_of[id(quoted)] = named[0]
                by_word.setdefault(named[0].split()[-1], quoted)
            return
        if _pageant(run):
            return  # "Femina Miss India World 2024", "Mrs Sri Lanka": a pageant's crown, no one's name
        before = text[max(text.rfind("\n", max(0, at - 60), at) + 1, at - 60):at]  # never across paragraphs
        if before.rstrip()[-1:] in ("/", ":", "|") and PHOTO_CREDIT.search(before):
            return  # "… in Whangārei. Photo / Tania Whyte": who took the picture, no one the story is about
        office = before.endswith(("of ", "for ", "the ", " and ")) and OFFICE_BEFORE.search(before)
        office = office if office and office.group(1).lower() in TITLES else None  # "Minister for Transport Siobhán Byrne"
        # ("Dr Shari McDaid, Director of Mental Health Reform, said": an office set off after a name holds no other name)
        office = None if office and text[m.end():m.end() + 1] == "," and NAME_SET_OFF.search(before, 0, office.start()) else office
        named = _name_in(office.group(0).strip() + " " + run if office else run)
        if not named and not office and run in by_word and by_word[run].start < at and " " in by_word[run].name:
            named = run, False, frozenset({run.lower()})  # "Monk said" after "Bernie Monk": his surname, no monk
        if not named:
            return
        tail = (before[:office.start()] if office else before).split()[-2:] or [""]  # (the words before an office)
        name, titled, words = named
        initials = not titled and before.endswith(") ") and INITIALS_AFTER_OFFICE.search(before)
        if initials and has_title(initials.group(1)):
            titled = True  # "Chief Justice of Pakistan (CJP) Mian Saqib Nisar": an office, its initials, then its holder
        determiner = tail[-1].lower() in ("the", "a", "an") or tail[0].lower() in ("the", "a", "an") and tail[-1].islower()
        if determiner and NOUN_FOR_PERSON_AFTER.match(text, m.end()):
            return  # "the Rio de Janeiro politician", "an avid Hull Kingston Rovers rugby league fan": describing someone
        if tail[-1].endswith("-based") and not titled:
            return  # "told Accra-based Joy FM": a body where it is based
        if (tail[-1].lower() == "the" or tail[0].lower() == "the" and tail[-1].isdigit()) and not titled and " " in name \
                and not first_name_gender(name.split()[0]):
            return  # "Trump, who ordered the National Guard deployed", "the 2024 Olympic Games": no one's name takes "the"
        if tail[-1] == "of" and tail[0].lower() in PLACE_NOUNS | {"community", "state", "parish"} and not titled:
            return  # "the inner-city community of New Orleans", "the town of Kisii": a place's name
        if tail[-1].lower() in GENDERED_NOUNS:  # "Marcedes’ sister Jorden Myran": a woman, whatever a list of first names says
            words = words | {tail[-1].lower()}
        if titled and not office and tail[-1] in ("of", "for") and tail[0][:1].isupper():
            # "Bank of England Governor Andrew Bailey said": the "of" is inside the name of the body whose title he holds
            tail = BODY_NAME_END.sub("", before).split()[-2:] or [""]
        after = text[m.end():m.end() + 90]
        if MODIFIES_TITLE.match(after) or ORG_NOUN_AFTER.match(after) or NAMES_A_GROUP.match(after) or PERSON_NOUN_THEN_NAME.match(after):
            # "former Madhya Pradesh chief minister Shivraj Singh Chouhan": a place, then the title;
            # "the right-wing Avanza País party": the name of a body; "the Swift family", "the Kelce brothers": a group
            return
        # ("commuter Gulnaaz Patel": a lower-case noun for a person, written before the name as a title is)
        evidence = titled or bool(words & GENDER_WORDS) or tail[-1].lower().strip(".,") in TITLES | {"head"} or tail[-1] in NOUNS_BEFORE_NAMES \
            or tail[-1].endswith(("-year-old", "-years-old")) \
            or tail[-1] == "like" and _people(tail[0].rstrip(",").lower())  # "Vendors like Shalvin Sami", "Others, like …"
        # "met Lee and Kim" makes Kim an object; "…, and Kim was made to explain" opens a clause Kim is the subject of.
        # "Infrastructure and Communities Minister Amarjeet Sohi": the "and" joins the two halves of a title
        portfolio = tail[-1] == "and" and tail[0][:1].isupper() and titled and run.split()[0].lower() not in TITLES
        object_of = (tail[-1] in OBJECT_WORDS and not (tail[-1] == "and" and (tail[0].endswith(",") or portfolio))) or (
            tail[-1] == "the" and len(tail) == 2 and tail[0] in OBJECT_WORDS) or (
            tail[-1].endswith("ed") and tail[-1].islower() and tail[-1] not in NAMING_VERBS)  # "asked Najib whether"
        lead = sentence_lead(before)
        # "…, said economist Hernan Letcher.": the one a sentence's speech verb comes before speaks it
        inverted = lead.endswith(" ") and INVERTED_LEAD.search(lead) and SPEAKER_ENDS.match(after)
        # "Marion Le Pen, the niece of the party's leader Marine Le Pen, told BFM": named inside someone's appositive
        object_of = object_of or bool(", " in lead and INSIDE_APPOSITIVE.search(lead))
        # "The chief of the Defence Force Lieutenant General Tim Keating said", "Director Communications and
        # Spokesperson K-Electric Imran Rana clarified": the "of" or "and" is inside the office that opens the sentence
        office_opens = titled and bool(OFFICE_OF_LEAD.fullmatch(lead) or TITLES_AND_LEAD.fullmatch(lead) and has_title(lead))
        object_of = object_of and not office_opens
        # "dancing to his favourite Michael song": a name after "his" and its adjectives only describes a thing (but
        # "his wife Qalo" is a person); "Unlike Mr Sami, the couple pays": the object of the sentence's preposition
        # ("on his official Facebook page": "official" is an adjective there, not his official)
        modifier = not POSSESSIVES.isdisjoint(tail) and bool(OWNED_BEFORE.search(before)) \
            and (tail[-1].lower() not in PERSON_NOUNS | GENDERED_NOUNS.keys() or tail[-1] in ("official", "personal"))
        after_preposition = run.split(" ", 1)[0] in OPENING_PREPOSITIONS
        object_of = object_of or modifier or after_preposition
        if " " in name:  # a full name: any sign of a person will do
            appositive = APPOSITIVE.match(after)
            if appositive and object_of and SAID_IN.search(appositive.group(0)):
                appositive = None  # "At a hospital in Kuala Lumpur, a doctor said": the sentence's subject, no aside
            described = appositive and appositive.group(0)
            if described and described.split()[-1].lower().strip(".,") in ORG_WORDS | PLACE_NOUNS and not AFTER_HEAD.search(described):
                # "the United Right, Poland’s governing coalition,": a body, described as one (not "leader of a party");
                # "Guet Ndar, the city's fishermen's quarter,": a place
                return
            speaks = not object_of and CUE_AFTER.match(after)
            # ("…, said N.V. Srivatsa of Barkatpura.", "G. Suresh told": initials before a name that speaks are a
            # person's, whatever the first-name lists know)
            evidence = evidence or bool(speaks or inverted) and INITIALLED.match(name) is not None
            gender = self._gender(words, appositive.group(0) if appositive else "", name, m.end(), lead)
            known = by_word.get(name.split()[-1])  # "President López Obrador …", then "López Obrador weighed in"
            # ("Togbe Afede", after "Togbe Afede XIV": his name without its numeral)
            known = bool(known) and known.start < at and REGNAL.sub("", known.name).endswith(name) and not object_of
            # ("The Paramount Chief of Essikado Traditional Area, Nana Kobina Nketsia V, has …": an office, then its holder)
            # ("Timoci Lagilevu who was waiting to board the bus said": no comma before "who", which a team's name takes;
            # "Bernie Monk's son Michael died": someone's kin)
            kin = (run.endswith(("’s", "'s")) or after.startswith(("’s", "'s"))) and KIN_AFTER.match(after)
            # ("One of the march organisers, Loyiso Saliso, applauded": a name set off after a noun for people; not
            # "The show's promoters, Live Hub,": many people under one name are a business)
            word = tail[-1].rstrip(",").lower()
            set_off = before.endswith(", ") and after.startswith(",")
            many = set_off and word.endswith("s") and word[:-1] in PERSON_NOUNS and "one of " not in before[-80:].lower()
            apposed = set_off and not many and (word in PERSON_NOUNS or word[:-1] in PERSON_NOUNS)
            # ("Tulip Siddiq has resigned as City minister": only a person resigns, or is sworn in, as something)
            evidence = evidence or bool(HOLDS_OFFICE_AFTER.match(after) or AGE_IN_BRACKETS.match(after) or AS_A_ROLE_LEAD.search(lead)) \
            or self._surname_goes_on(name, at) or self._given_honorific(name.split()[-1])  # ("As a public school teacher
            # for eight years, Edgielyn Ramos has"; "For Shamirah Kimbugwe, it sparked action", then "Ms Kimbugwe")
            # ("Obinna Orjingene is a doctor for UNICEF": what the story says they are, whatever a first-name list knows)
            # ("Verenaisi Soli of Naisogo settlement said": where they live, then the verb)
            home = " of " in after[:4] and HOME_THEN_CUE.match(after)
            evidence = evidence or bool(home) and home["noun"] in PLACE_NOUNS | {"settlement", "community", "camp", "street"}
            is_a = IS_A_AFTER.match(after)
            evidence = evidence or bool(is_a) and not PERSON_NOUNS.isdisjoint(is_a.group(1).split())
            role = not evidence and ROLE_SET_OFF.match(after)
            evidence = evidence or bool(role) and role["noun"] in PERSON_NOUNS
            # ("Mary Smith visited …": a first name the list holds as only mostly a woman's or a man's is a first name still)
            person = bool(evidence or speaks or appositive or gender or known or after.startswith(" who ") or kin or apposed
                          or known_first_name(name.split()[0])) \
                and not (many and not evidence) or before.endswith(", ") and _office_opens(text, at)
            person = person and not is_place(name)  # ("Obut said the Paca River overflowed")
            # ("she visited the house in Ivy Park, Polokwane": where something is, whatever first name it opens with)
            person = person and not (tail[-1] in ("in", "near", "at") and name.split()[-1].lower() in PLACE_NOUNS and not titled)
            told = person and _told_gender(words, appositive.group(0) if appositive else "", lead, first_name_gender(name.split()[0]))
            full = name
        else:  # a lone word is a person only with a title, or as the surname of someone named in full before
            known = by_word.get(name)
            known = known if known and known.start < at else None
            if known and known.gender and _told_gender(words, "", "") not in (None, known.gender):
                known = None  # "Ms Harper" after "PC Andrew Harper": his widow, someone else
            person = bool(evidence or known or at in self._alone)
            speaks = person and not object_of and CUE_AFTER.match(after)
            gender = (known.gender if known else self._gender(words, "", name, m.end(), lead)) if person else None
            told = person and _told_gender(words, "", lead)
            full = known.name if known else name
        if not person:
            return
        if told:  # what the text says of someone holds for all their mentions, over a first-name list's guess
            self._told.setdefault(full, told)
        # ("Lee's red card" is not Lee acting; "President Lula (PT) once again criticized": a person's party in brackets)
        bracket = (titled or first_name_gender(run.split()[0])) and not is_org(run) and PARTY_BRACKET.match(after)
        acts = not object_of and not run.endswith(("’s", "'s")) and VERB_AFTER.match(after[bracket.end() if bracket else 0:])
        # ("Lee Davis-Thaleourne and his partner were told": they act together, he first)
        with_kin = not acts and not object_of and " and " in after[:5] and WITH_KIN_AFTER.match(after)
        acts = acts or bool(with_kin) and bool(VERB_AFTER.match(after[with_kin.end():]))
        # ("Mr Kenny wouldn't say whether Rogerson would fight": the subject of a clause inside another's sentence)
        acts = acts and (lead.split() or [""])[-1] not in CONDITION_WORDS
        # "St. Marys Mayor, Al Strathdee, expressed concern": a role, then the name between commas, then the verb
        apposed = lead.endswith(", ") and after.startswith(",") and (
            ROLE_LEAD.match(lead) and VERB_AFTER.match(after[1:])
            # "Prime Cabinet Secretary and Cabinet Secretary for Foreign Affairs, Musalia Mudavadi, on Thursday, …":
            # a sentence that opens with an office in capitals and then its holder between commas
            or _office_opens(text, at))
        subject = bool(speaks or acts or apposed or inverted) or not lead.strip(" \"“‘'") or bool(INTRO.match(lead))
        # ("According to Trump, … what he called", "According to neighbourhood official Aifo Corrente, …")
        subject = subject or bool(ACCORDING_TO_LEAD.search(lead))
        # "Among them is Peter Lavis, 68, who evacuated …", "… that local MSP Ross Greer, who uses the bus himself has
        # asked": someone the story brings in with their age or a "who" clause is whom its next "he" or "she" is about
        # (but "the game against titleholder Takuya Nagase, 31, the previous day": a preposition's object, behind its noun)
        behind_noun = len(tail) == 2 and tail[0] in OBJECT_WORDS - {"and"} and tail[-1].islower()
        subject = subject or not object_of and not behind_noun and bool(INTRODUCED_BY.match(after))
        subject = subject and not (modifier or after_preposition)
        # "He made the remarks when the Speaker, Alban Bagbin, … called on him": a name inside a clause of a sentence
        # that "he" or "she" opens leaves the story on whoever that is
        subject = subject and not PRONOUN_THEN_CLAUSE.match(
            lead if lead is not before or len(before) < 60 else sentence_lead(text[max(0, at - 300):at]))  # (a long sentence)
        # ("Journalists asked Peskov how …", then "he replied": the one a group asks answers; but in "Mr Doherty
        # questioned Mr Varadkar …, which he described" the one asking goes on)
        subject = subject or tail[-1] in ("asked", "questioned") and len(tail) == 2 and tail[0].endswith("s") \
            and tail[0].lower()[:-1] in PERSON_NOUNS
        # "… said the talks were closed and that Dr Mahathir was not invited", "Anwar said they left after Speaker
        # Pandikar asked …": the subject of what someone else reports, not of the story's sentence (a later "she"
        # or "he" is not likely to mean them)
        # ("… said that Kansas City coach Andy Reid has been …": a role or a place may come between "that" and the name)
        subject = subject and not ((tail[-1] in SUBORDINATORS or " that " in before and THAT_THEN_ROLE.search(before))
                                   and CUE_BEFORE_THAT.search(sentence_lead(text[max(0, at - 300):at])))
        mention = Mention(at, m.end(), name, True, gender, subject, False)
        out.append(mention)
        self._person_of[id(mention)] = full
        if " " in name:
            for w in name.replace("-", " ").split() + name.split():
                if w[:1].isupper() and len(w) > 1 and w.lower() not in NOT_NAMES:
                    by_word.setdefault(w, mention)
        elif at in self._alone:
            by_word.setdefault(name, mention)

    def _role_subjects(self, named: list[Mention]) -> list[Mention]:
        """'The judge was unmoved.': a role at the start of a sentence stands for the person last named in it."""
        out = []
        # (looked for in the case-folded text, where "the" is a plain string re finds in C; only "The" or "the" and a
        # title in lower case count, as in the text itself)
        for m in ROLE_SUBJECT.finditer(self.folded, self.headline_end):
            # (a title in capitals only where a speech verb follows: "Responding to the concerns, the Mayor said")
            if self.text[m.start() + 1:m.start() + 3] != "he" or self.text[m.start(1):m.end(1)] != m.group(1) \
                    and not SAID_AFTER_ROLE.match(self.text, m.end()):
                continue
            lead = sentence_lead(self.text[max(0, m.start() - 250):m.start()]).strip(" \"“‘',")
            if lead and not OPENING_TIME.fullmatch(lead) and m.start() > 2 and not self._after_opening_clause(m.start()):
                continue  # only a role that opens its sentence (after a time, "Today the Prime Minister admitted", or a clause)
            holder = self.role_holder(m.group(1), m.start())
            known = self._person_named(holder.split()[-1], named) if holder else None
            if known:
                out.append(Mention(m.start(1), m.end(1), known.name, True, known.gender, True, self.inside_quote(m.start())))
        # "A Niger government official told AFP ...": someone unnamed who speaks can be "he" later on.
        # ("One of the group, who said he had fled a war zone, said": one of those the story spoke of, unnamed)
        for m in [*UNNAMED_SUBJECT.finditer(self.text, self.headline_end), *ONE_OF_GROUP.finditer(self.text, self.headline_end)]:
            lead = sentence_lead(self.text[max(0, m.start() - 60):m.start()])
            lead = re.sub(r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}", "", lead.split(")")[-1])  # a dateline may come first
            if re.search(r"[a-z]", lead) or self.inside_quote(m.start()) or NAMED_NEXT.match(self.text, m.end()):
                continue  # ("A civil servant identified as Bala Musa has …": he is named, and is his name's mention)
            phrase = m.group(0)[0].lower() + m.group(0)[1:]
            word = m.group(1).lower()  # ("A man shouted": a man, whom a later "she" does not mean)
            gender = GENDERED_NOUNS.get(word) or ("m" if word in MALE_WORDS else "f" if word in FEMALE_WORDS else None)
            out.append(Mention(m.start(), m.end(), phrase, True, gender, True, False))
        # "The man's son - an ex-BA employee - said his father …": kin who speak, whom a later "he" means
        for m in self._kin_subjects():
            lead = sentence_lead(self.text[max(0, m.start() - 60):m.start()])
            opening = lead.endswith(", ") and "," not in lead[:-2]  # ("Writing on the website Pprune, the man's son said")
            if (opening or not re.search(r"[a-z]", lead)) and not self.inside_quote(m.start()):
                phrase = m.group(0)[0].lower() + m.group(0)[1:]
                out.append(Mention(m.start(), m.end(), phrase, True, GENDERED_NOUNS[m.group(1).lower()], True, False))
        return out

    def _kin_subjects(self) -> list[re.Match]:
        """Each "His son said", "The man's son - … - told": found from the kin word (plain searches, in C), then
        read back for whose kin they are; a pattern that opens with "the" would be tried at every "t"."""
        found = []
        for word in KIN_WORDS:
            at = self.folded.find(word, self.headline_end)
            while at >= 0:
                if KIN_VERB_AFTER.match(self.text, at + len(word)):
                    found.extend(KIN_SUBJECT.finditer(self.text, max(self.headline_end, at - 40), at + len(word)))
                at = self.folded.find(word, at + len(word))
        return sorted((m for m in found if m.end(1) == m.end()), key=lambda m: m.start())

    @staticmethod
    def _person_named(surname: str, earlier: list[Mention]) -> Mention | None:
        hits = [m for m in earlier if m.person and " " in m.name and surname in m.name.replace("-", " ").split() + m.name.split()]
        return hits[-1] if hits else None

    def _gender(self, words: set[str], appositive: str, name: str, end: int, lead: str = "") -> str | None:
        """Gender from what the text says (a title or honorific, "In his speech, Lee"), the first name, or the
        pronoun the sentence next uses for the name."""
        told = _told_gender(words, appositive, lead, first_name_gender(name.split()[0]) if " " in name else None)
        if told:
            return told
        rest = REST_OF_SENTENCE.match(self.text, end, end + 200).group(0)
        # ("Gul Mohammad, who owned a small hotel, said he was detained": the story's own word for them beats a list's
        # guess from the first name)
        says = SAID_PRONOUN.match(rest)
        if says:
            return "m" if says.group(1) == "he" else "f"
        by_name = first_name_gender(name.split()[0]) if " " in name else None
        if by_name:
            return by_name
        pronoun = PRONOUN.search(rest)
        acted_on = pronoun and OBJECT_PRONOUN.search(rest, max(0, pronoun.start() - 30), pronoun.end() + 6)
        if acted_on and max(acted_on.start(1), acted_on.start(2)) == pronoun.start():
            return None  # ("Kashim Shettima, who accused her of …": the first pronoun is someone else)
        if pronoun and not TWO_NAMES.search(rest, 0, pronoun.start()):
            return "m" if pronoun.group(1).lower() in {"he", "his", "him"} else "f"
        return None

    @property
    def _by_word(self) -> dict[str, list[Mention]]:
        """Person mentions by each word of their names, so a surname finds its full name without a scan."""
        if self._index is None:
            self._index = {}
            for m in self.mentions:
                self._add_to_index(m)
        return self._index

    def _add_to_index(self, m: Mention) -> None:
        if m.person:
            for w in set(m.name.replace("-", " ").split() + m.name.split()):
                self._index.setdefault(w, []).append(m)

    def _known(self, name: str, at: int, gender: str | None = None) -> Mention | None:
        """The fullest earlier person mention whose name contains ``name`` (a surname, say), of ``gender`` if given."""
        hits = [m for m in self._by_word.get(name, ()) if m.start < at]
        if gender:  # ("Ms Dowler": Jackie, not David)
            hits = [m for m in hits if m.gender == gender] or [m for m in hits if m.gender is None] or hits
        if len(name) >= 4 and not any(" " in m.name for m in hits):  # only the surname so far ("Feijoo", "Feijóo")
            hits += [m for m in self._misspelt(name) if m.start < at and " " in m.name]
        # Two people may share a surname: the one the story made a subject is the one it goes on about (and one whose
        # surname it is whole goes before one who has it in a double-barrelled name: "Thomas Arcury", "Alice Arcury-Quandt")
        return max(hits, key=lambda m: (len(m.name.split()) > 1, name in m.name.split(), m.subject, m.start)) if hits else None

    def _misspelt(self, name: str) -> list[Mention]:
        """People named in full whose surname is ``name`` misspelt ("Saddler" for "Sadler", "Garifus" for
        "Garfius"): one letter added, dropped or changed, or two swapped, the first letter kept."""
        from rapidfuzz.distance import OSA

        return [m for word, ms in self._by_word.items()
                if word[0] == name[0] and abs(len(word) - len(name)) <= 1 and OSA.distance(word, name) <= 1 for m in ms]

    def names_someone(self, word: str) -> bool:
        """Whether ``word`` is part of the name of someone the article names (spelt as the story spells it)."""
        return word in self._by_word

    def person_called(self, word: str) -> str | None:
        """The full name of someone the article names with ``word`` anywhere ("Ruiz" -> "Ana Ruiz"), else None.

        For headlines, which use surnames of people the story names only further down.
        """
        known = self._known(word, len(self.text) + 1)
        return known.name if known else None

    def full_name(self, name: str, at: int, gender: str | None = None) -> str:
        """'Lee' -> 'Lee Min-ji' when the article named Lee Min-ji before (and, for "Ms Harper", a woman: not her
        husband Andrew Harper)."""
        if " " in name:  # ("Togbe Afede" after "Togbe Afede XIV": the name with its numeral)
            return next((m.name for m in self._by_word.get(name.rsplit(" ", 1)[-1], ()) if m.start < at
                         and m.name.startswith(name + " ") and REGNAL.fullmatch(m.name, len(name))), name)
        known = self._known(name, at, gender)
        if known and gender and known.gender and known.gender != gender:
            return name
        return known.name if known else name

    def note_speaker(self, name: str | None, at: int) -> None:
        """A quote was given to ``name`` at ``at``: they are now the person "he" or "she" most likely means."""
        unnamed = name and UNNAMED_SPEAKER.fullmatch(name)
        if unnamed:  # "…,” a 24-year-old woman wondered. “…,” she said.
            mention = Mention(at, at, name, True, GENDERED_NOUNS[unnamed.group(1).lower()], True, False)
            bisect.insort(self.mentions, mention, key=lambda m: m.start)  # a "he" or "she", not a name to look up
            return
        if not name or not looks_like_name(name) or is_org(name) or ACRONYM.fullmatch(name) or name in countries_and_peoples():
            return  # "the ANC said", "Mexico has “decided to respond”": no one "he" or "she" can stand for
        last = bisect.bisect_left(self.mentions, at, key=lambda m: m.start) - 1
        if last >= 0 and self.mentions[last].name == name and self.mentions[last].subject:
            return  # already the latest subject: a quote that goes on from the one before
        known = self._known(name.split()[-1], at + 1)
        gender = known.gender if known else (first_name_gender(name.split()[0]) if " " in name else None)
        gender = self._told.get(name, gender)  # what the story says of them anywhere, over a first-name list's guess
        mention = Mention(at, at, name, True, gender, True, False)
        bisect.insort(self.mentions, mention, key=lambda m: m.start)
        self._add_to_index(mention)

    def pronoun(self, word: str, at: int, exclude: tuple[int, int] = (0, 0)) -> str | None:
        """The person ``he``/``she``/``I`` at ``at`` refers to: the last subject of that gender, else the last name."""
        want = {"he": "m", "she": "f"}.get(word.lower())
        latest = None
        # Someone the quote itself calls "Dr Marsh" or "Mr Lee" ("…that Dr Marsh did nothing wrong," she said) is
        # not its speaker: people do not give themselves an honorific (though a president may say "President Trump").
        quoted_words = {self.text[m.start("word"):m.end("word")] for m in TITLED_WORD.finditer(self.folded, *exclude)}
        # nor someone the quote names in brackets: "And he (Najib) said ‘No.’" is about Najib, not by him
        quoted_words.update(BRACKETED_NAME.findall(self.text, *exclude))
        who = want and self._who_clause_of(at)
        if who and who.gender in (None, want):
            return self.full_name(who.name, at, who.gender or want)
        # Walk back from ``at``: the first compatible subject within reach wins. A story that goes on about its
        # subject as "he" ("He said …", "Hence, he urged …") keeps them in reach however long it runs.
        reach = at  # (the chain is read back only for someone past reach of ``at`` itself: most "he"s need no more)
        guessed = None  # the latest subject whose gender only a first-name list gave ("Nikol" read as a woman's name)
        for m in reversed(self.mentions[:bisect.bisect_left(self.mentions, at, key=lambda x: x.start)]):
            if m.quoted or exclude[0] <= m.start < exclude[1]:
                continue
            if want and m.gender and m.gender != want:
                told = self._told.get(self._person_of.get(id(m), m.name)) or self._told.get(m.name)
                # (but "a man" is a man, whatever a list says of first names)
                guessed = guessed or (m if m.subject and not told and at - m.start < 1500
                                      and not UNNAMED_SPEAKER.fullmatch(m.name) else None)
                continue
            # (nor someone the quote names in full: "“I’ve called Rodrigo Paz and wished him congratulations,” he said")
            full = self._person_of.get(id(m), m.name)
            if m.name.split()[-1] in quoted_words or " " in full and full in self.text[exclude[0]:exclude[1]]:
                continue
            latest = latest or m
            if want and reach == at and at - m.start >= 1500:
                reach = self._pronoun_chain(word, at)
            if m.subject and reach - m.start < 1500:
                if guessed and m.gender is None and m.name[:1].islower() \
                        and not OBJECT_PRONOUN_AFTER[want].match(self.text, guessed.end):
                    # ("An Iranian official said …", then "Isa Bozorgzadeh, spokesperson …, said", then "he noted": the
                    # one named since, whose gender only a first-name list guessed, not the role the lede gave)
                    return self.full_name(guessed.name, at, guessed.gender)
                m = self._reporter_of(m, want) or m
                return self.full_name(m.name, at, m.gender or want)  # ("she": Carol Mdala, not Davis Mdala)
            if reach - m.start >= 1500:
                break
        # no one fits, or only someone named in passing before the subject whose gender a list guessed: the list's
        # guess was wrong rather than the story ("Rana Sanaullah said …”, he added": Rana is a woman's name elsewhere)
        # (but not one whose own verb takes the pronoun's other form: "Corbyn urged her to resign, but she said")
        guessed = guessed if guessed and not OBJECT_PRONOUN_AFTER[want].match(self.text, guessed.end) else None
        latest = guessed if guessed and (not latest or guessed.start > latest.start and not latest.subject) else latest
        if not latest and want:  # "Marie Dodd insists turning 100 is just another day", then only "she said" below
            named = {m.name for m in self._headlined if m.gender == want}
            return self.full_name(named.pop(), at, want) if len(named) == 1 else None
        return self.full_name(latest.name, at, latest.gender) if latest else None

    def _pronoun_chain(self, word: str, at: int) -> int:
        """Where the run of sentences whose subject is ``word`` ("he", "she"), each within reach of the next, begins
        before ``at`` (``at`` itself when none comes just before it)."""
        subjects = [m.start(1) for m in PRONOUN_SUBJECT.finditer(self.text, max(0, at - 6000), at)
                    if m.group(1).lower() == word.lower() and not self.inside_quote(m.start(1))]
        for pos in reversed(subjects):
            if at - pos >= 1500:
                break
            at = pos
        return at

    def _reporter_of(self, m: Mention, want: str | None) -> Mention | None:
        """'McCormick said Sir Tim had a rare gift.', then '“…,” he told RNZ.': the subject of a reported clause is
        what the sentence is about; the one who reports it is the sentence's subject, whom "he" goes on with."""
        i = bisect.bisect_left(self.mentions, m.start, key=lambda x: x.start) - 1
        main = self.mentions[i] if i >= 0 else None
        if SUBORDINATE_BEFORE.search(self.text, max(0, m.start - 10), m.start):
            # "Bettman praised Walter for … after Wayne retired": "he" goes on with the sentence's own subject
            opens = max(self.text.rfind(". ", 0, m.start), self.text.rfind("\n", 0, m.start)) + 1
            while i >= 0 and self.mentions[i].start >= opens:
                i -= 1
            main = self.mentions[i + 1] if i + 1 < len(self.mentions) and self.mentions[i + 1] is not m else None
            if main and not self.text[opens:main.start].strip():
                return main if main.person and not main.quoted and main.subject and main.gender in (None, want) else None
            return None
        if not main or not main.person or main.quoted or not main.subject or main.gender not in (None, want) \
                or not REPORTER_BETWEEN.fullmatch(self.text, main.end, m.start):
            return None
        return main

    def _who_clause_of(self, at: int) -> Mention | None:
        """'… a backlash from Trump, who ordered … and threatened to ax what he called …': a "he" inside a "who"
        clause (no comma or full stop between) is the person the clause is about."""
        who = self.text.rfind(", who ", max(0, at - 200), at)
        if who < 0 or any(c in self.text[who + 6:at] for c in ",.;:!?“”\"\n"):
            return None
        i = bisect.bisect_left(self.mentions, who, key=lambda x: x.start) - 1
        m = self.mentions[i] if i >= 0 else None
        return m if m and m.person and not m.quoted and m.end == who else None

    def expand(self, short: str, at: int) -> str:
        """'FTC' -> 'Federal Trade Commission' where the text wrote 'Federal Trade Commission (FTC)' before."""
        if not INITIALS_WORD.fullmatch(short):
            return short
        written = short
        if not any(m.group(1) == short for m in SPELT_OUT.finditer(self.text, 0, at)):
            # ("ECOWAS said" after "the Economic Community of West African States (Ecowas)": a house style's capitals)
            written = short.capitalize()
            if not (short.isupper() and len(short) > 3 and f"({written})" in self.text[:at]):
                return self._initials.get(short, short)  # (most stories never write "(FTC)": no pattern to compile)
        m = None
        for m in re.finditer(rf"((?:[A-Z][\w’'.&-]*[ \t]+(?:(?:of|for|and|the)[ \t]+)*){{1,6}}?)\(\s*{written}\s*\)", self.text[:at]):
            pass
        if m:
            words = m.group(1).split()
            while len(words) > 1 and words[0].lower() in NOT_NAMES:
                words.pop(0)  # "While the Teachers' Dignity Coalition (TDC) does not …": "While the" opens the sentence
            content = [i for i, w in enumerate(words) if w[0].isupper()]
            if len(content) > len(short) and "".join(words[i][0] for i in content[-len(short):]) == short:
                words = words[content[-len(short)]:]  # "Members of the Irish Air Line Pilots’ Association (IALPA)"
            return " ".join(words)
        return self._initials.get(short, short)

    @property
    def _initials(self) -> dict[str, str]:
        """Names by their initials, the first that has them ("BA" is "British Airways" where no "(BA)" said so);
        not people's names ("Boris Johnson" is no "BJ")."""
        if self._by_initials is None:
            self._by_initials = {}
            for run in ORG_RUN.finditer(self.text):
                name = run.group(0)[4:] if run.group(0).startswith("The ") else run.group(0)  # ("The Irish Nurses …")
                words = [w for w in name.split() if w not in ("of", "for", "and", "the")]
                if len(words) > 1 and not first_name_gender(words[0]):
                    self._by_initials.setdefault("".join(w[0] for w in words), name)
                    # ("MoD" for the Ministry of Defence, "DfE" for the Department for Education: British style)
                    small = "".join(w[0] for w in name.split() if w not in ("and", "the"))
                    if small != small.upper():
                        self._by_initials.setdefault(small, name)
                        self._by_initials.setdefault(small.upper(), name)  # ("DOH" for the Department of Health: Manila's)
        return self._by_initials

    def note_body(self, name: str, at: int) -> None:
        """A quote at ``at`` was given to the organisation ``name``: a later "it said" may mean it."""
        self._bodies.append((at, name))

    def note_issued(self, document: str, name: str, at: int) -> None:
        """A quote at ``at`` was given to ``name``, written in a ``document`` ("said in a statement")."""
        self._issued.append((at, document, name))

    def issuer(self, document: str, at: int) -> tuple[int, str] | None:
        """Where and by whom the last ``document`` ("statement", "letter", "post") quoted before ``at`` was issued."""
        return next(((where, name) for where, doc, name in reversed(self._issued) if doc == document and at - 3000 < where < at), None)

    def named_in_headline(self, noun: str) -> str | None:
        """The body of kind ``noun`` the headline names ("Ethiopian Airlines flight crashes" for "airline"): short
        wire copy may name it only there."""
        for m in CAPITAL_RUN.finditer(self.text, 0, self.headline_end):
            words = m.group(0).split()
            words = words[1:] if words[0].lower() in NOT_NAMES else words
            at = next((i for i, w in enumerate(words) if i and w.lower() in (noun, noun + "s")), None)
            if at:  # (a title-case headline runs on: "Ethiopian Airlines Flight Crashes")
                return " ".join(words[:at + 1])
        return None

    def body(self, at: int) -> str | None:
        """What 'it' or 'they' speaking refers to: the organisation last at the head of a sentence ("The KMT
        caucus then proposed …", "The presidential office expressed …") or last quoted, nearby."""
        spoke = next(((where, name) for where, name in reversed(self._bodies) if at - 600 < where < at), (-1, None))
        for m in reversed(list(ORG_SUBJECT.finditer(self.text, max(self.headline_end, spoke[0] + 1, at - 600), at))):
            name = re.sub(r"^[Tt]he\s+", "", m.group(1))
            if m["described"]:  # "The presidential office": the office the story named
                return self.role_holder(m.group(1), at) or m.group(1)
            if is_org(name) or re.fullmatch(r"[A-Z][A-Z-]{1,7}", name):  # ("The N-VA was left out")
                return self.expand(name, at)
        return spoke[1]

    def named_next_as_also(self, at: int) -> str | None:
        """'The Prime Minister has admitted … Christopher Luxon also said …': the person the story names next
        as a subject, with "also" or named in the headline too, after a lede that gave only their role."""
        nxt = next((m for m in self.mentions if at < m.start < at + 600 and m.person and not m.quoted and m.subject), None)
        headlined = nxt and re.search(rf"\b{re.escape(nxt.name.split()[-1])}\b", self.text[:self.headline_end])
        # "Scotland’s First Minister has said he is “keen” …" / "Humza Yousaf spoke ahead of …": the next paragraph
        # opens with a full name that speaks, the lede's delayed identification of who it was
        para_end = self.text.find("\n", at)
        opens_next = nxt and " " in nxt.name and para_end != -1 and not self.text[para_end:nxt.start].strip() \
            and SPEAKS_AFTER.match(self.text, nxt.end)
        return nxt.name if nxt and (ALSO_AFTER.match(self.text, nxt.end) or headlined or opens_next) else None

    def main_person(self, at: int) -> str | None:
        """The person the story is most about so far: named most often (full name or surname); on a tie, the one
        more often at the head of a sentence ("Joe Schmidt had believed …", not "without Jared Payne"), then the first."""
        counts: dict[str, list[int]] = {}
        subjects: dict[str, int] = {}
        for m in self.mentions:
            if m.person and not m.quoted and m.start < at:
                full = self.full_name(m.name, at)  # what the story has told by ``at`` ("Feijoo" is Alberto Núñez Feijóo)
                counts.setdefault(full, []).append(m.start)
                subjects[full] = subjects.get(full, 0) + m.subject
        if not counts:
            return None
        return max(counts, key=lambda n: (len(counts[n]), subjects[n], -counts[n][0]))

    def last_opening_subject(self, at: int) -> str | None:
        """The last person named at the head of a sentence in the 1,500 characters before ``at`` ("Esther Okoronkwo
        played a pivotal role…"), not inside a clause ("…since Nelson Mandela led the ANC")."""
        for m in reversed(self.mentions[:bisect.bisect_left(self.mentions, at, key=lambda x: x.start)]):
            if at - m.start > 1500:
                break
            lead = sentence_lead(self.text[max(0, m.start - 200):m.start]).strip(" \"“‘'")
            # (or after what they are: "Former national player Brian Williams will coach …")
            words = lead.split()
            role = 0 < len(words) <= 5 and "," not in lead and (
                words[-1].lower() in PERSON_NOUNS or words[-1].endswith(("er", "or", "ist")) and words[-1].islower())
            # ("Asthma sufferer Lee Joo-hyung said": any noun for someone who does something)
            # (or the name the opening subject is given: "Another resident, who wanted to be known only as Ms Xie, told")
            role = role or lead.count(",") == 1 and len(words) <= 14 and bool(KNOWN_AS_LEAD.search(lead))
            # (named: "A judge sentenced the Swedish activist" brings in no one "the 20-year-old" could be)
            if m.person and m.subject and not m.quoted and (not lead or role) and not m.name[:1].islower():
                return self.full_name(m.name, at, m.gender)
        return None

    def outlet(self, at: int) -> str | None:
        """The news outlet named last before ``at`` ("the Mail on Sunday", "The Irish Times"), for "the newspaper"."""
        found = [m.group(0) for m in OUTLET.finditer(self.text, 0, at)]
        return re.sub(r"^[Tt]he\s+", "", found[-1]) if found else None

    def named_before(self, at: int) -> bool:
        """Whether the story (past its headline) names anyone before ``at``."""
        return any(m.person and not m.quoted and self.headline_end <= m.start < at and m.start < m.end for m in self.mentions)

    def kept_nameless(self, role: str, at: int) -> bool:
        """Whether the story brought in a ``role`` ("official") before ``at`` without a name: "an official",
        "a senior official", "The official, who asked not to be named"."""
        for m in re.finditer(rf"\b{re.escape(role)}\b", self.text[:at], re.I):
            if INTRODUCED.search(self.text, max(0, m.start() - 30), m.start()) \
                    or ANONYMOUS.match(self.text, m.end(), m.end() + 120):
                return True
        return False

    def role_holder(self, role: str, at: int) -> str | None:
        """'the negotiator' -> the last name written next to 'negotiator'; 'the ministry' -> the 'Foreign Ministry'."""
        words = role.split()
        at_head = role_head(role)
        head = words[at_head].lower().strip(".,")
        if head == "diplomat" and "top" in role.lower().split():
            head = "foreign minister"  # "Saudi Arabia’s top diplomat": wire copy's name for the foreign minister
        if "head of state" in role.lower():
            head = "president"  # "The Bolivian head of state": the president, where the story names one
        best = None
        qualified = tuple(w.lower() for i, w in enumerate(words) if i != at_head
                          and (len(w) > 3 and w.isalpha() or len(w) > 1 and w.isupper()))
        fitting, fitted = None, 0
        # "Rishi Sunak’s spokesman": only a spokesman written with that owner ("the group’s military spokesperson Yahya
        # Sarea" is someone else's, and so is "A UK government spokesperson")
        owned = next((w[:-2].lower() for w in words[:at_head] if w.endswith(("’s", "'s")) and w[:1].isupper()
                      and self.names_someone(w[:-2])), None)  # (a person's: "Springfield’s police chief" is the town's)
        for m in _role_words(head).finditer(self.folded, self.headline_end, at):
            if m.start() and (self.text[m.start() - 1].isalnum() or self.text[m.start() - 1] == "_"):
                continue  # the word boundary before the role, which the pattern leaves out (see _role_words)
            if self.inside_quote(m.start()):  # "“What is a union?”": a role in someone's quoted words is theirs
                bracket = BRACKETED_HOLDER.match(self.text, m.end())  # (but in "the mayor (David Coltart)" the
                best = bracket[1] if bracket and looks_like_name(bracket[1]) else best  # story's own brackets name him)
                continue
            m = _Run(self.text, m.start(), m.end())
            word_before = (self.text[max(0, m.start() - 30):m.start()].rsplit("\n", 1)[-1].split() or [""])[-1]
            if m.group(0)[:1].isupper() and m.group(0)[1:2].islower() and word_before[:1].isupper() and first_name_gender(word_before):
                continue  # "Rep. Sanford Bishop": a surname, no bishop
            goes_on = m.group(0)[0].isupper() and head.split()[-1] not in TITLES and NEXT_CAPITAL.match(self.text, m.end())
            if goes_on and goes_on.group(1).lower() not in TITLES:
                continue  # "British Airline Pilots' Association" is no airline: the name goes on past the word
            near = self.text[m.end():m.end() + 70]
            name = HOLDER_AFTER.match(near)
            if name and "," in name.group(0) and " " not in name.group(1).strip() and near[name.end():name.end() + 1] != ",":
                name = None  # "According to the judge, Maliban “did not …”": a comma, then the subject of a clause
            introduced = INTRODUCED.search(self.text[max(0, m.start() - 30):m.start()])
            # "Minister for Interior Sheikh Rashid Ahmed": the office, then its holder (split_title tells them apart)
            named = name and (m.group(0) + " " + name.group(1) if name.group(1)[:1].islower() else name.group(1))
            apposed = name and name.group(1)[:1].islower() and (NAME_APPOSED_AFTER.match(self.text, m.end() + name.end())
                                                                 or NAME_AFTER_INITIALS.match(self.text, m.end() + name.end()))
            if apposed and looks_like_name(apposed.group(1)) and not is_org(apposed.group(1)):
                # "The MD of the International Monetary Fund (IMF), Kristalina Georgieva, had stated": the office, its body,
                # then its holder between commas
                name, named = apposed, apposed.group(1)
            elif name and name.group(1)[:1].islower() and (
                    head not in TITLES or len(split_title(named.strip().rstrip(",."))[0].split()) >= len(name.group(1).split()) - 1):
                name = None  # "Department of Health", "the mayor of South Korea's capital": an office, no holder named
            holder = name and split_title(named.strip().rstrip(",."))[0]
            suffix = holder and SUFFIX_ENDS_SENTENCE.search(holder)
            holder = holder[:suffix.start() + 4] if suffix else holder  # ("… Judge Pedro Dabu Jr. The Baltazar family")
            if holder and (is_org(holder) or holder.split()[0].lower() in WHEN_WORDS):
                # "the Minister of the Federal Capital Territory (FCT)", "Governor of the National Bank"; "the foreign
                # ministry Thursday said": a day is no holder
                holder = None
            left = holder and TITLE_WORDS_BEFORE.search(self.text, max(0, m.start() - 60), m.start())
            own = left and left.group(0).lower().split()
            own = own and (own[len(own) - own[::-1].index("and"):] if "and" in own else own)
            if own and any(w in OTHER_OFFICE and w not in role.lower().split() for w in own):
                continue  # "shadow transport secretary Andy McDonald" is not "the transport secretary"
            if holder and owned and owned not in self.folded[max(0, m.start() - 40):m.start()]:
                continue  # (someone else's spokesman)
            if holder:
                title = (left.group(0) + m.group(0) + name.group(0)).lower()  # "Federal Minister for Interior …"
                fits = sum(q in title for q in qualified)
                if not fits and not OFFICE_MAKERS.isdisjoint(qualified) and word_before.isalpha() and word_before.lower() not in role.lower().split() \
                        and word_before.lower() not in {"the", "a", "an"} | POSSESSIVES and word_before.lower() in title.split():
                    continue  # "the Prime Minister" is not "immigration minister Caroline Noakes": another office
                best = holder
                if fits and fits >= fitted:  # "the interior minister": the minister whose title says interior (and
                    fitting, fitted = best, fits  # "the Central Regional Minister" is not "the Western Regional Minister")
            elif m.group(0)[0].isupper() and head not in TITLES and head not in PERSON_NOUNS:
                best = _org_phrase(self.text, m.start(), m.end())  # ("the Best Leading Actor accolade" holds no actor)
            elif head in ORG_WORDS and (described := DESCRIBED.search(self.text, max(0, m.start() - 50), m.start())):
                best = described.group(1) + self.text[m.start():m.end()]  # "the French foreign ministry"
            elif head in PERSON_NOUNS and (apposed := NAME_BEFORE_ROLE.search(self.text, max(0, m.start() - 100), m.start())) \
                    and not opens_with_participle(apposed.group(1).split()[0]) and not OPENING_TIME.fullmatch(apposed.group(1)):
                best = apposed.group(1)  # "But Gilbert Bawara, minister of public functions, …": the subject, then its role
                role_written = apposed.group(0)[len(best):]
                best = split_title(best)[0] or best  # ("Mr Joe Ajaero, the NLC President": Joe Ajaero)
                # "Mr Joe Ajaero, the NLC President": "the NLC president" later is him; "Fabian Picardo, Gibraltar's chief
                # minister": "the chief minister" is him, not a finance minister named after him
                fits = sum(q in role_written.lower() for q in qualified)
                if fits and fits >= fitted and (QUALIFIED_ROLE.fullmatch(role_written) or ROLE_OWNER_BEFORE.fullmatch(role_written)):
                    fitting, fitted = best, fits
            elif head in PERSON_NOUNS and (who := WHO_IS_ROLE.search(self.text, max(0, m.start() - 100), m.start())):
                best = who["name"]  # "loyal to Mr Wike who is now the Minister of …": the one the "who" clause is about
            elif introduced and not owned and not PREDICATE_BEFORE.search(self.text, max(0, m.start() - 60), m.start()):
                # "a group of 47 lawmakers ... the group said" (but "if he becomes a minister" brings in no minister; nor is
                # "Rishi Sunak’s spokesman" the "UK government spokesperson" brought in before)
                tail = GROUP_TAIL.match(self.text, m.end(), m.end() + 80)
                best = (introduced.group(0) + self.text[m.start():tail.end() if tail else m.end()]).strip()
        return fitting or best


@lru_cache(maxsize=256)
def _role_words(head: str) -> re.Pattern:
    """A role's head word and its spelled-out forms ("CEO" is also "Chief Executive Kevin Sayer"), to be
    looked for in the case-folded text: a pattern that opens with letters and no IGNORECASE lets re skip ahead
    to them in C, so the word boundary before them is checked by the caller."""
    return re.compile(rf"(?:{'|'.join([re.escape(head)] + SPELLED_OUT.get(head, []))})\b")


INITIALS_WORD = re.compile(r"[A-Z]{2,6}|[A-Z](?:[a-z]?[A-Z]){1,4}")
SPELT_OUT = re.compile(r"\(\s*([A-Z]{2,6}|[A-Z](?:[a-z]?[A-Z]){1,4})\s*\)")  # "Federal Trade Commission (FTC)"
ALSO_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?also\b")
SPEAKS_AFTER = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|spoke|speaks|told|tells|added|adds|wrote|writes)\b")
HONORIFIC_SURNAME = re.compile(r"[MD](?<![\w].)(?:(?<=M)(?:rs|r|s|iss|x)|(?<=D)r)\.?[ \t]+([A-Z][\w’'-]+)")  # (M or D first: see CAPITALISED)
AS_A_ROLE_LEAD = re.compile(r"(?:^|(?<=[–—-] ))As\s+an?\s+(?:[\w-]+\s+){0,3}(?:%s)\b[^,]{0,60},\s*$" % one_of(PERSON_NOUNS))
# What follows a one-word name to describe it, each opening with plain text for re to skip ahead to in C (a pattern
# that opens with the name would be tried at every capital): an age, "is a …", "one of the …s"
AGED_AFTER = re.compile(r", (?:(?:an? )?\d{1,3}[- ]years?[- ]old\b|\d{1,3},)")
ONE_WORD_IS_A = re.compile(r" (?:is|was) an? (?:[\w-]+ ){0,3}?(?:%s)\b" % one_of(PERSON_NOUNS))
ONE_OF_AFTER = re.compile(r", one of (?:[\w,-]+ ){0,3}?(?:%s)s\b" % one_of(PERSON_NOUNS))
WORD_OPENING_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] ))([A-Z][a-z][\w’'-]*[a-z])$")
DESCRIBED_AFTER = re.compile(r", (?:an?|another) (?:[\w-]+ ){0,3}?(?:%s)\b" % one_of(PERSON_NOUNS))
WORD_AFTER_CLAUSE = re.compile(r"(?<=[a-z], )([A-Z][a-z][\w’'-]*[a-z])$")
WORD_INSIDE_BEFORE = re.compile(r"(?<=[a-z] )([A-Z][a-z][\w’'-]*[a-z])$")


def _described_mononyms(text: str, start: int) -> list[re.Match]:
    """The one-word names right before an age or a description: 'Ramesh, a 52-year-old …' and 'Sarah is a local
    carer' opening a sentence, 'for Anastasiia, one of roughly 50,000 residents' inside one."""
    out = []
    # ("Among them is Abida, a teenage girl who …", "Naweed, another child worker whose father is ill, sells", "For more
    # than a decade, Sopheap, 38, has worked": what they are set off after the one word, at or inside the sentence)
    # (each description scanned for once, the word before it then read as any of the places it may stand)
    for after, befores in ((AGED_AFTER, (WORD_OPENING_BEFORE, WORD_AFTER_CLAUSE)), (ONE_WORD_IS_A, (WORD_OPENING_BEFORE,)),
                           (ONE_OF_AFTER, (WORD_INSIDE_BEFORE,)), (DESCRIBED_AFTER, (WORD_OPENING_BEFORE, WORD_INSIDE_BEFORE))):
        for m in after.finditer(text, start):
            word = next((w for before in befores if (w := before.search(text, max(0, m.start() - 40), m.start()))), None)
            if word and _could_be_a_name(word.group(1)):
                out.append(word)
    return out


AGE_IN_BRACKETS = re.compile(r"\s+\(\d{1,3}\)")  # "Mausam Kumari (45), a mother of …": South Asian papers' age
MONONYM_BEFORE_WHO = re.compile(r"(?:^|(?<=\n)|(?<=[.!?] ))([A-Z][a-z][\w’'-]*[a-z])(?:,\s+(?:an?|the)\s[^,.\n“”\"]{1,60})?$")


def _people(word: str) -> bool:
    """'vendors', 'others': a word for several people."""
    return word in ("others", "people") or word.endswith("s") and word[:-1] in PERSON_NOUNS


def _could_be_a_name(word: str) -> bool:
    low = word.lower()
    return not (low in NOT_NAMES or low in PERSON_NOUNS or low in ORG_WORDS or word in countries_and_peoples() or is_org(word))


KIN_AFTER = re.compile(r"(?:[’']s)?\s+(?:late\s+)?(?:son|daughter|wife|husband|mother|father|brother|sister|widow|widower|"
                       r"grandson|granddaughter|partner|fiancée?|children|parents)\b")
# "He said …", "He further said …", "Hence, he urged …": a sentence whose subject is "he" or "she"
PRONOUN_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))([Hh]e|[Ss]he)\s+(?:also\s+|further\s+|then\s+)?"
                             r"(?:[a-z]+ed|said|says|told|urges|added|adds)\b")
HEADLINE_NAME = re.compile(r"\b([A-Z][a-z]+)[ \t]+([A-Z][a-z][\w’'-]*[a-z])\b(?![ \t]+[A-Z])")
NAME_PARTICLES = {"de", "dela", "del", "della", "van", "von", "der", "den", "da", "di", "la", "le", "bin", "al", "el", "ibn", "dos", "du",
                  "ole", "arap", "wa"}  # ("Joseph ole Lenku", "Daniel arap Moi", "Ngugi wa Thiong’o")
JOINT_FIRST = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)$")
JOINT_SECOND = re.compile(r"([A-Z][a-z]+) ([A-Z][\w’'-]+)\b")
NEXT_CAPITAL = re.compile(r"[ \t]+([A-Z][\w’'-]*)")
CAPITAL_RUN = re.compile(r"[A-Z][\w’'&.-]*(?:[ \t]+[A-Z][\w’'&.-]*)*")
ROLE_OWNER_BEFORE = re.compile(r",\s+(?:[A-Z][\w.-]*[’']s\s+)?(?:[a-z][\w’'-]*\s+){1,3}")
QUALIFIED_ROLE = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?:[A-Z]{2,6}\s+)+")  # ("Joe Ajaero, the NLC President")
NAME_BEFORE_ROLE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\b[Bb]ut\s)|(?<=\b[Aa]nd\s))(?!(?:But|And)\s)([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){1,3}),\s+"
    # ("…, but Fabian Picardo, Gibraltar's chief minister, said")
    r"(?:(?:a|an|the)\s+|[A-Z][\w.-]*[’']s\s+)?(?:[a-z][\w’'-]*\s+|[A-Z]{2,6}\s+){0,3}$")
WHO_IS_ROLE = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),?\s+who\s+"
                         r"(?:is|was|has been|had been)\s+(?:now\s+|also\s+|currently\s+)?(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){0,3}$")
OPENING_TIME = re.compile(r"(?:Today|Yesterday|Earlier|Later|Now|Then|Meanwhile|(?:On|Last|This|Earlier|Late)\s+[A-Z]?[a-z]+"
                          r"(?:\s+(?:morning|afternoon|evening|night))?)")
SAID_AFTER_ROLE = re.compile(r",?\s+(?:said|says|told|added|explained|noted|stated)\b")
ROLE_SUBJECT = re.compile(r"the\s+(%s)\b" % one_of(TITLES - {"former", "acting", "chief", "senior", "vice"}))
HOME_THEN_CUE = re.compile(r"\s+of\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?P<noun>[a-z]+)\s+(?:said|says|told|added)\b")
KIN_WORDS = ("mother", "father", "husband", "wife", "son", "daughter", "brother", "sister")  # (a "grandmother" found by her "mother")
KIN_SUBJECT = re.compile(r"(?:(?:H(?<!\wH)is|H(?<!\wH)er|T(?<!\wT)heir)|[Tt](?<![\w][Tt])he\s+[\w-]+[’']s)\s+(?:[\w-]+\s+)?"
                         r"((?:grand)?(?:%s))" % "|".join(KIN_WORDS))
KIN_VERB_AFTER = re.compile(r"\b(?:\s+[-–—]\s+[^\n]{1,60}?\s+[-–—])?,?\s+(?:said|says|told|added|wrote|asked|urged|called|explained|insisted|"
                            r"recalled|described)\b")
ONE_OF_GROUP = re.compile(r"O(?<!\wO)ne\s+of\s+(?:the\s+)?(them|group|crowd|family|team|delegation|couple)\b"
                          r"(?=,?\s+(?:who\s+|\w+ly\s+)?(?:said|says|told|added)\b|,[^,.\n]{1,80},\s+(?:said|says|told|added)\b)")
UNNAMED_SUBJECT = re.compile(
    # ("A senior member of the dog-capturing squad said": what they belong to may come between the noun and the verb;
    # not "A spokesperson for Pladis said", who stands for the body)
    r"(?:A(?<!\wA)n?|O(?<!\wO)ne)\s+(?:[\w’'-]+\s+){0,4}?(%s)\b(?=(?:\s+(?:of|from|at|with)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"
    r",?\s+(?:who\s+|\w+ly\s+)?(?:said|says|told|added|spoke|\w+ed)\b)"
    % one_of(PERSON_NOUNS - {"former", "acting", "chief", "senior", "vice", "deputy", "assistant"})
)
# ("Hyderabad: The Telangana High Court on Wednesday expressed …": after a dateline, with the day before the verb)
ORG_SUBJECT = re.compile(
    # ("On Wednesday the Ministry of National Security stated": a day may come first, "of" inside the name)
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?:(?:On|Last|Earlier|Late|This)\s+[A-Z]?[a-z]+,?\s+)?"
    r"((?:[Tt]he\s+)?(?:[A-Z][\w’'.&-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){0,5}[A-Z][\w’'.&-]*"
    rf"|(?P<described>The\s+(?:[\w’'.&-]+\s+){{0,3}}(?:{one_of(ORG_WORDS - {'news', 'times', 'post', 'report', 'statement'})})))"
    r"(?=\s+(?:on\s+[A-Z][a-z]+day\s+)?(?:then\s+|also\s+|\w+ly\s+)?(?:has|have|had|is|was|did|does|will|would|said|says|\w+ed)\b)")
DESCRIBED = re.compile(
    r"(?:^|\n|(?<=[.!?]\s)|\b(?:[Tt]he|[Aa]n?|its|their)\s+)"
    r"((?:[a-z]+\s+)?(?!(?:A|An|The|One|But|And|Or|So|Yet|Then|Also|However|Meanwhile)\s)"
    r"(?:(?:[A-Z][\w’'.-]*[ \t]+){1,2}[A-Z][\w’'.-]*[’']s[ \t]+|[A-Z][\w’'.-]*\s+)"  # ("Saudi Arabia's foreign ministry")
    # (not "Workers at the company": a preposition or an article between ends the description)
    r"(?:(?!that\b|which\b|who\b|at\b|of\b|in\b|on\b|for\b|with\b|from\b|by\b|to\b|the\b|a\b|an\b)[a-z]+(?<!ed)\s+){0,2})$"
)
SPELLED_OUT = {"ceo": [r"chief\s+executive(?:\s+officer)?"], "cfo": [r"chief\s+financial\s+officer"],
               "pm": [r"prime\s+minister"], "coo": [r"chief\s+operating\s+officer"],
               # ("Saudi Arabia’s top diplomat": role_holder asks for the foreign minister, by any of the office's names)
               "foreign minister": [r"foreign\s+secretary", r"secretary\s+of\s+state", r"minister\s+(?:of|for)\s+foreign\s+affairs"],
               # ("the IMF boss": its managing director, chief executive or director-general, as the story named them)
               "boss": [r"md", r"managing\s+director", r"ceo", r"chief\s+executive", r"director[-\s]general"],
               "judge": [r"(?<=mr )justice", r"(?<=mrs )justice", r"(?<=ms )justice"],  # ("Mr Justice Alexander Owens")
               # ("Presidential Spokesperson Harry Roque", then "the Duterte spokesman")
               "spokesman": [r"spokesperson"], "spokeswoman": [r"spokesperson"], "spokesperson": [r"spokesman", r"spokeswoman"],
               "chairman": [r"chairperson"], "chairwoman": [r"chairperson"], "chairperson": [r"chairman", r"chairwoman"],
               "cj": [r"chief\s+justice"], "dcj": [r"deputy\s+chief\s+justice"],  # ("the former CJ claimed")
               # ("the Omanjor Chief, Nii Ayitey Tackie I", then "The traditional ruler … saying"; "Dubai's emir")
               "ruler": [r"chief", r"king", r"queen", r"emir", r"sultan", r"monarch"],
               # ("Deputy Inspector General (DIG) Muhammad Saleem", then "the DIG said")
               "dig": [r"deputy\s+inspector[-\s]general"], "ig": [r"inspector[-\s]general"], "dg": [r"director[-\s]general"],
               # ("WRS veterinarian Heng Yirui said", then "The vet said"): short words for the same job
               "vet": [r"veterinarian", r"veterinary\s+surgeon"], "veterinarian": [r"vet"], "doc": [r"doctor"],
               "prof": [r"professor"], "cop": [r"police\s+officer"], "lawmaker": [r"legislator"], "legislator": [r"lawmaker"]}
OUTLET = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w’'&.-]*\s+){0,3}(?:Times|Post|Herald|Tribune|Telegraph|Guardian|Mail|Mirror|Express|Sun|Star|"
    r"Independent|Observer|Standard|Chronicle|Journal|Gazette|Globe|Daily|News|Record|Examiner|Inquirer|Hindu|Nation|"
    r"Age|Australian|Scotsman|Register|Courier|Echo|Argus|Bulletin|Citizen|Dawn)(?:\s+on\s+Sunday|\s+[A-Z][\w’'&.-]*)?\b"
)
ANONYMOUS = re.compile(r"[^.]*?\b(?:not to be named|not be named|anonymity|not authori[sz]ed|declined to be named)")
INSIDE_APPOSITIVE = re.compile(rf"[A-Z][\w’'-]*,\s+(?:(?:the|a|an)\s+[a-z][^,.;:“”\"]*\s|(?:{_KIN})\s+)(?:of|to|for)\s[^,.;:“”\"]*$")
PREDICATE_BEFORE = re.compile(r"\b(?:become|becomes|became|becoming|be|is|was|as)\s+(?:an?|one)\s+(?:[\w’'-]+\s+){0,2}$")
INTRODUCED = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w’'-]+\s+){0,2}$")
GROUP_TAIL = re.compile(
    r"(?:\s+(?:of|for)\s+(?:[\w’'-]+\s+){0,6}?[\w’'-]+?)?(?=\s+(?:last|this|on|in|at|who|which|that|have|has|had|were|was|said|says|told|\w+ed)\b|[,.;])"
)


def _org_phrase(text: str, start: int, end: int) -> str:
    """The whole capitalised name around a word: 'South Korea’s Foreign Ministry', 'Department of Health'."""
    left = re.search(r"((?:[A-Z][\w’'.-]*[ \t]+)*)$", text[max(0, start - 60):start])
    right = ORG_OF.match(text, end, end + 80)
    left = left.group(1).rsplit(". ", 1)[-1] if left else ""  # ("… Affairs. The Minister": a sentence ends there)
    left = re.sub(r"^(?:The|A|An)\s+", "", left)  # a capital that only opens the sentence
    return left + text[start:right.end() if right else end]


ORG_OF = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?[A-Z][\w’'.&-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'.&-]*)*")
