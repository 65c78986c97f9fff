"""Speakers: the noun phrase that says a quote, read as the person or body it stands for.

A name is made the fullest the story gives ("Lee" -> "Lee Min-ji"), "he" or "she" the person last
named who fits, a role ("the minister") the one who holds it, and "the ministry" or "the company"
the body named earlier. News outlets are sources, not speakers.

>>> from lessons.people import Cast
>>> text = "Lee Min-ji, the envoy, arrived. Lee said the talks would go on."
>>> resolve_speaker("Lee", "said", text.find("Lee said"), Cast(text), (0, 0))[:2]
('Lee Min-ji', 'said')
>>> resolve_speaker("she", "said", len(text), Cast(text), (0, 0))[:2]
('Lee Min-ji', 'said')
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cues import REPORT_VERBS
from .people import (
    CAPITAL_RUN,
    CONTRACTION,
    GENDERED_NOUNS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORG_WORDS,
    PARTY_MEMBERS,
    PERSON_NOUNS,
    SPELT_OUT,
    TITLES,
    WHEN_WORDS,
    Cast,
    after_body,
    before_title_case_word,
    countries_and_peoples,
    first_name_gender,
    is_org,
    is_place,
    looks_like_name,
    role_head,
    sentence_lead,
    split_title,
    without_country,
)
from .text import one_of

PRONOUNS = {"he", "she", "i", "we", "they", "it"}


MEDIA = re.compile(
    # "Agency" alone is as often a government body ("the World Anti-Doping Agency said") as a news agency
    r"\b(?:News|(?:News|Press|Anadolu|Xinhua) Agency|Press|Times|Post|Journal|Herald|Tribune|Telegraph|Guardian|Network|TV|Television|Radio|"
    r"Broadcasting|Daily|Gazette|Wire|Magazine|Reuters|AP|AFP|Bloomberg|CNN|BBC|NBC|CBS|ABC|Fox|NPR|PBS|"
    r"Xinhua|Yonhap|Kyodo|KCNA|TASS|Interfax|RIA|DPA|EFE|ANSA|UPI|IANS|ANI|Bernama|Antara|Jiji|IRNA|Axios|Politico|"
    r"Al Jazeera|Le Monde|Spiegel)\b"
)


DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "one", "some", "another", "two", "three", "four",
               "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
               "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "several", "many", "dozens", "hundreds"}


def honorific_gender(phrase: str) -> str | None:
    """'m' or 'f' for a phrase with "Mr", "Ms", "Sir", "Dame" … in it."""
    return next((HONORIFIC_GENDER[w] for w in phrase.lower().replace(".", "").split() if w in HONORIFIC_GENDER), None)


# Words that open a clause before its subject: "Hours later, ...", "with Trump and ..."
# Roles a story may keep nameless ("An official said", "The official, who asked not to be named"): then "the
# official said" is that official, not whoever the story is most about.
ONE_OF_MANY = {"official", "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "witness", "resident",
               "man", "woman", "boy", "girl", "officer", "diplomat", "researcher", "scientist", "lawmaker",
               "legislator", "adviser", "advisor", "activist", "campaigner", "victim", "survivor", "suspect", "source"}


ISSUED_WORDS = ("statement", "press release", "release", "letter", "notice", "announcement")  # what a body issues, to speak for it
_ISSUED = "(?:%s)" % "|".join(ISSUED_WORDS)


ISSUER_OF = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?P<owner>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3}|police|army|government|ministry|party)"
    rf"\s+(?:{_ISSUED}|charge|charge sheet|report|ruling|judgment|judgement|order|complaint|lawsuit|petition|filing|"
    r"memo|resolution|decision|guidance|advice|advisory|notification|directive|circular|bulletin)")  # "The FA charge states:": the FA's words


# ("A statement released by the foreign ministry read", "A text message from Supt O’Neill … read")
# ("according to a May 2019 report from the Stern Center": a date may come before what it is)
ISSUED_FROM = re.compile(rf"(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+|(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s+)?"
                         rf"(?:{_ISSUED}|message|email|e-mail|tweet|comment|article|report|study|survey)\s+"
                         r"(?:(?:issued|released|signed|sent|published)\s+)?"
                         r"(?:from|by|of)\s+(?P<owner>.+)")


ISSUED_THING = re.compile(rf"the {_ISSUED}")
DATED_THING = re.compile(rf"^the (?:january|february|march|april|may|june|july|august|september|october|november|december|"
                         rf"monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?={_ISSUED}$)")
# ("A statement issued to customers added:": a statement whose issuer the sentence leaves to the story)
UNSIGNED_THING = re.compile(rf"an?\s+(?:(?:written|brief|press|short|separate|new|further)\s+)?{_ISSUED}"
                            r"(?:\s+(?:issued|released|sent|sent\s+out|put\s+out|posted)(?:\s+(?:to|on|later|earlier|online)\b[^,]*)?)?")


_ISSUER = r"(?:the\s+)?(?:[A-Z][\w’'.&-]*[ \t]+){0,4}[A-Z][\w’'.&-]*"  # (one line: "Monday.\n\nMaiga" is two sentences)
_BODY_NAME = r"(?:[Tt]he[ \t]+)?[A-Z][\w’'.&-]*(?:[ \t]+(?:(?:of|for|and)[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'.&-]*){0,5}"  # ("Musicians Union of Ghana")
# What a body or a judge issues and a story then quotes as "the report said", "the ruling reads"
DOCUMENTS = ("report", "notification", "notice", "advisory", "advice", "ruling", "judgment", "judgement", "directive",
             "memo", "memorandum", "circular", "bulletin", "order", "document", "filing", "submission")
DOCUMENT = re.compile(r"the (?:[a-z-]+ )?(?P<doc>%s)" % "|".join(DOCUMENTS))


@lru_cache(maxsize=32)
def _issued_pattern(doc: str) -> re.Pattern:
    return re.compile(
        # "a notification issued by the interior ministry", "the annual report of rights watchdog Amnesty International"
        rf"\b{doc}\s+(?:(?:issued|released|published|prepared|compiled|produced|written|signed|sent)\s+)?(?:by|of|from)\s+"
        rf"(?P<a>(?:the\s+)?[^,.;:“”\"()—–]{{2,80}}?)(?=\s*(?:[,.;:()—–]|$|\s(?:on|in|at|last|earlier|which|that|who|and)\s))"
        rf"|(?P<b>{_BODY_NAME})[’']s?\s+(?:[\w-]+\s+){{0,2}}?{doc}\b"  # "Judge Alalatoa Rosella Papali’i’s ruling"
        rf"|\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+)?(?P<c>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){{0,3}})\s+(?:[a-z-]+\s+)?{doc}\b"  # "The PAC report"
        rf"|(?P<d>{_BODY_NAME})\s+(?:has\s+|have\s+|also\s+)?(?:issued|released|published|posted|updated|filed|put\s+out)\s+"
        rf"(?:an?|its|their|the)\s+(?:[\w-]+\s+){{0,2}}?{doc}\b")


def _issuer_of(doc: str, text: str, at: int) -> tuple[str, int] | None:
    """Who issued the document a story goes on to quote ("the report said"): the last body or person it was
    credited to in the 3,000 characters before, as "a report by X", "X's report", "the X report", "X released a
    report"; else None."""
    found = list(_issued_pattern(doc).finditer(text, max(0, at - 3000), at))
    if not found:
        return None
    m = found[-1]
    group = next(g for g in "abcd" if m[g])
    return m[group], m.start(group)


# What someone posts: its words are the poster's ("Platon captioned the post", "in a post, Ruiz wrote", "Ruiz’s tweet")
POSTED_THING = re.compile(r"the (?:post|caption|tweet|message|video)")
POSTED_BY = re.compile(rf"(?P<who>{_ISSUER}|[Hh]e|[Ss]he)(?:\s+(?:captioned|posted|tweeted|shared|wrote)\b|[’']s\s+(?:post|caption|tweet)\b)"
                       # ("In a post on its Facebook page, the sheriff’s office said")
                       rf"|\b[Ii]n\s+an?\s+(?:[\w’'-]+\s+){{0,2}}(?:post|tweet|video)\b[^,.“”\"]{{0,60}},\s+"
                       rf"(?P<poster>(?:the\s+)?[^,.;“”\"]{{2,60}}?)\s+(?:said|wrote|posted|stated|announced)\b"
                       # ("The Acme Dive Club, in a Facebook post, paid homage to …")
                       rf"|(?P<author>{_ISSUER}),\s+in\s+an?\s+(?:[\w’'-]+\s+){{0,2}}(?:post|tweet|video)\b")


ISSUED = re.compile(
    # ("In a statement, the Four Paths Primary and Infant School described his murder as …")
    # ("Through a press statement, the authority has indicated", "In a statement issued Friday, the Conference …")
    rf"(?:[Ii]n|[Tt]hrough) (?:an?|its|their) (?:(?:written|joint|brief|press|short|separate) )?statement"
    rf"(?:\s+(?:issued|released|posted|published|sent)\b[^,“”\"\n]{{0,40}}?,|,)?\s+"
    rf"(?P<a>{_BODY_NAME}|the\s+[a-z]+|(?i:an?|the)\s+(?:[A-Z][\w-]*\s+)?spokes\w+(?:\s+for\s+{_ISSUER})?)"
    rf"(?:\s+\([A-Z]*\))?\s+(?:has\s+|have\s+)?(?:said|says|added|[a-z]{{3,}}ed)\b"
    # ("Chernor Bah, the Minister of Information said in the statement")
    rf"|(?P<b>{_ISSUER})(?:,\s+(?:the|an?)\s+[^,“”\"\n]{{2,60}}?,?)?\s+(?:said|says|added)\s+in\s+(?:an?|the)\s+(?:written\s+|joint\s+)?statement"
    rf"|(?P<f>{_ISSUER}),\s+in\s+an?\s+(?:written\s+|joint\s+)?statement,"  # ("Maiga, in a statement, attributed")
    rf"|{_ISSUED}\s+(?:from|by|(?:issued|signed|released|sent)\s+by)\s+(?P<c>{_ISSUER}|the\s+[a-z]+\b)"  # ("from the company")
    # "The Musicians Union of Ghana (MUSIGA) on Tuesday issued a statement", "The Council released the results"
    rf"|(?P<d>{_BODY_NAME})(?:\s+\([A-Z]*\))?(?:\s+on\s+[A-Z][a-z]+day)?\s+(?:has\s+|have\s+)?(?:issued|released|put\s+out|published)"
    rf"\s+(?:an?|its|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ISSUED}|results|report|findings|figures)\b"
    # "a warning from the US Embassy in Colombo, which said …"
    rf"|(?P<e>{_BODY_NAME}(?:\s+in\s+[A-Z][\w’'-]*)?),\s+which\s+(?:said|says|stated|added|warned)\b")


OWN_ACCOUNT = re.compile(r"([Hh]is|[Hh]er)\s+(?:[A-Za-z-]+\s+){0,2}(?:statement|letter|tweet|post|account|page|message|email|"
                         r"e-mail|speech|column|blog|response|reply|answer)")
DOCUMENT_OF = re.compile(  # ("The ministry’s statement said": the ministry's words)
    r"(?:(?P<the>[Tt]he)\s+(?=[a-z]))?(?P<owner>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*?|(?<=he )[a-z]+)(?:[’']s|(?<=s)[’'])\s+"
    r"(?:[a-z-]+\s+){0,2}(?:motion|statement|letter|tweet|post|note|email|e-mail|message|memo|speech|submission|filing|affidavit|memoir|column|essay|op-ed|manifesto)$"
)


def is_people_noun(word: str) -> bool:
    """'officials', 'police', 'investigators': a group of people that can speak with no article before it."""
    word = word.lower()
    return word in GROUP_NOUNS or (word.endswith("s") and word[:-1] in PERSON_NOUNS)


GROUP_NOUNS = {"police", "authorities", "investigators", "prosecutors", "officials", "residents", "witnesses", "protesters",
               "demonstrators", "campaigners", "activists", "lawmakers", "legislators", "critics", "experts", "analysts",
               "parliamentarians", "senators", "deputies", "councillors", "ministers", "leaders", "members", "supporters",
               "farmers", "workers", "teachers", "doctors", "nurses", "students", "voters", "unions", "organisers", "organizers",
               "sources", "families", "relatives"}


def _group_before(text: str, at: int) -> str | None:
    """'Prosecutors requested … They noted': the group of people at the head of a sentence just before."""
    found = [m.group(1) for m in GROUP_SUBJECT.finditer(text, max(0, at - 400), at) if is_people_noun(m.group(1).split()[-1])]
    return found[-1] if found else None


OF_ONE = re.compile(r"\s(?:of|at|for|from)\s+(?:one|a|an|another)\s")
SUBORDINATORS = ("As ", "While ", "When ", "Though ", "Although ", "Because ", "Since ", "Once ", "Unless ", "Until ")
SUBORDINATOR = re.compile(r"(?:%s)(?=[A-Z])" % "|".join(SUBORDINATORS))
ONE_OF_THEM = {"one", "another", "another one", "one of them"}
# A sentence that opens on someone the story does not name: "The victim whose name was withheld …", "A woman at …"
VERBS_AFTER_SUBJECT = {"is", "was", "are", "were", "has", "had", "have", "came", "went", "will", "would", "can", "could", "did",
                       "does", "said", "says", "told"}
# ("…, said a spokeswoman for the organisers, Camelot." then "she said": the one credited last, unnamed)
UNNAMED_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s)|(?<=\n)|(?<=\ssaid\s)|(?<=\saccording\sto\s))"
                             r"(?P<det>[Aa]n?|[Tt]he|[Oo]ne of the|[Oo]ne|[Aa]nother)"
                             r"(?P<words>(?:\s+[\w’'-]+){1,4})")


def _role_subject_before(people, at: int, gender: str) -> str | None:
    """For a "he" or "she" no named person fits: the last sentence in the 700 characters before that opens on a
    person the story does not name, of that gender or of none ("a protester", "the victim", "One business man");
    else None."""
    for m in reversed(list(UNNAMED_SUBJECT.finditer(people.text, max(0, at - 700), at))):
        many = m["det"].lower() == "one of the"
        words = m["words"].split()
        for i, word in enumerate(words):
            noun = _singular(word) if many else word
            if word in PREPOSITIONS or noun in PERSON_NOUNS or word in VERBS_AFTER_SUBJECT:
                break  # ("A lottery winner came forward": the subject ends at its verb, and a "forward" after it plays no football)
        if noun in PERSON_NOUNS and GENDERED_NOUNS.get(noun, gender) == gender and not people.inside_quote(m.start()):
            return " ".join(["one", *words[:i], noun] if many else [m["det"], *words[:i + 1]])
    return None


ONE_OF_THE = re.compile(r"(?P<one>one|another) of (?:the|those) (?:[a-z-]+ )?(?P<many>[a-z]+s)")
# ("Two other riders try to …", "Some residents said …", "a fan wrote")
MEMBER = re.compile(r"\b(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+)?(?P<one>[a-z]+)|(?P<many>[A-Za-z][a-z]+s|[Mm]en|[Ww]omen))\b")


IRREGULAR_PLURALS = {"men": "man", "women": "woman", "children": "child", "people": "person"}


def _singular(word: str) -> str:
    """'traders' -> 'trader', 'men' -> 'man'."""
    return IRREGULAR_PLURALS.get(word.lower(), word[:-1] if word.endswith("s") else word)


def _member_before(people, at: int) -> str | None:
    """'another' after "Locals lament …": a local; the kind of person the story last showed, one or many, in the
    600 characters before (outside quotes), else None."""
    for m in reversed(list(MEMBER.finditer(people.text, max(0, at - 600), at))):
        one = m["one"] or (m["many"] and (is_people_noun(m["many"]) or m["many"].lower() in IRREGULAR_PLURALS)
                           and _singular(m["many"].lower()))
        if one and one in PERSON_NOUNS and not people.inside_quote(m.start()):
            return one
    return None


PLURAL_WORD = re.compile(r"\b(?:[A-Za-z][a-z]+s|[Ww]omen|[Mm]en|[Cc]hildren|[Pp]eople)\b")


def _people_before(people, at: int) -> str | None:
    """'They also complained …' after "grocers rushed to change prices": the people the 600 characters before last
    spoke of as many ("grocers", "aides", "women"), outside quotes, those that open a sentence first ("Women wearing
    black sarees marched … carrying photographs of their missing relatives"); else None."""
    found = [m for m in PLURAL_WORD.finditer(people.text, max(0, at - 600), at)
             if (m.group(0).lower() in ("women", "men", "children", "people") or is_people_noun(m.group(0)))
             and not people.inside_quote(m.start())]
    opening = [m for m in found if len(lead := sentence_lead(people.text[max(0, m.start() - 60):m.start()]).split()) <= 3
               and not any("," in w for w in lead)]
    return (opening or found)[-1].group(0).lower() if found else None


GROUP_SUBJECT = re.compile(  # ("Hundreds of Tamil mothers on Friday took out a rally", "Teachers across England took part")
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:Hundreds|Thousands|Dozens|Scores|Many|Some|Several)[ \t]+of[ \t]+)?"
    r"((?:[A-Z][a-z]+[ \t]+)?[A-Za-z][a-z]+s)(?=,|\s+(?:\w+ed|said|say|have|had|were|are|took|across|from|in|on|at|who)\b)")


PREPOSITIONS = {
    "of", "for", "in", "on", "at", "by", "with", "from", "to", "into", "onto", "over", "under", "about", "against",
    "among", "between", "after", "before", "during", "than", "like", "as", "near", "within", "without", "across",
    "behind", "beyond", "toward", "towards", "through", "via", "per", "outside", "inside", "including", "upon",
    "amid", "despite", "since", "until", "around", "along", "beside", "besides", "below", "above", "off", "past",
}


# "a statement given last week by Jean-Claude Juncker in which he said": its author
WRITTEN_BY = re.compile(r"\bby\s+(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*,?\s+(?:in which|where)\s+\Z")


SELF_NAMED_BODY = re.compile(r"(?i:the)\s+[A-Z][a-z][\w’'-]*(?:\s+[A-Za-z][a-z]+){1,2}")


OUTLET_PHRASE = re.compile(r"(?i:the\s+(?:state\s+|local\s+|daily\s+|weekly\s+)?(?:newspaper|paper|daily|tabloid|broadsheet))")


OUTLET_NOUNS = {"media", "newspaper", "paper", "tabloid", "daily", "broadsheet", "broadcaster", "magazine", "channel", "website"}


# ("the Portuguese", "the 37-year-old", "the 39-year-old popstar-turned-presidential contender")
DESCRIBED_PERSON = re.compile(r"[Tt]he\s+(?:[A-Z][a-z]+(?:ese|ian|an|ish|ch|er|i)|[A-Z][a-z]+(?:man|woman)|\d{1,3}-year-old(?:\s+[A-Za-z][\w-]*){0,2})")
# "said the 27-year-old striker", "the two-time World Cup winner said": a writer's new words for whom the story was
# just about, not for a role the story names someone to
AGED = re.compile(r"[Tt]he\s+(?:\d{1,3}[- ]years?[- ]old|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-time)(?:\s|$)")


TRAILING_ADVERBS = re.compile(r"(?:\s+(?:also|has|had|have|then|later|once|previously|again|further|additionally|even|still))+\s*$")


def is_media(np: str) -> bool:
    return bool(MEDIA.search(np)) and not MEDIA_PERSON.search(np) and not all(split_title(np))


# "White House Press Secretary Tony Snow", "Mr Bloomberg", "AFP Commissioner Andrew Colvin" (the Australian Federal
# Police): people, whatever their names share with the media
MEDIA_PERSON = re.compile(
    r"\b(?:spokes\w+|official|minister|secretary|editor|reporter|correspondent|columnist|anchor|host|presenter|"
    r"chief|executive|director|chairman|chairwoman|president|founder|mr|mrs|ms|miss|dr|sir)\b", re.I)


OWNER_WORDS = re.compile(r"^(?:[Tt]he\s+)|(?:[’']s|[’'])\s+$")
OWNER_BEFORE_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:[’']s|s[’'])\s+(?=[A-Z])")


# "Zubiri on Monday urged", "Mr. Ayariga for instance confirmed", "Lee, however, said": no part of the name
WHEN_AFTER = re.compile(r",?\s+(?:for (?:instance|example|(?:his|her|their|its) part|the (?:first|second|last) time)|however|"
                        r"meanwhile|too|also|in turn),?$"
                        r"|\s+(?:on|last|this)\s+(?:%s)$|\s+(?:yesterday|today|tonight)$|\s+(?:last|this|next)\s+(?:week|month|year|night|morning|afternoon|evening)$"
                        % "|".join(sorted(w.title() for w in WHEN_WORDS if w.endswith("day") and w not in {"yesterday", "today"})))


WHEN_ENDINGS = ("day", "instance", "example", "part", "however", "meanwhile", "too", "also", "turn", "week", "month", "year",
                "time", "tonight", "night", "morning", "afternoon", "evening")


BRACKETED = re.compile(r"\s*\([^)]*\)")


INITIALS = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z]{2,6}|[A-Z](?:[a-z]?[A-Z]){1,4})")  # ("the MoD": "of" as a small letter)


HANDLE = re.compile(r"@@?\w{2,}")  # a social-media account
ONE_NAME_FROM = re.compile(r"([A-Z][a-z][\w’'-]*)\s+from\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}")
ONE_NAME_OF = re.compile(r"([A-Z][a-z][\w’'-]*)\s+of\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4}")
# "Tim Cook of Apple", "opposition leader Rahul Gandhi of the Congress party", "Chief Hennie van Wyk of the … House"
NAME_OF = re.compile(r"(?:[a-z][\w’'-]*\s+){0,3}((?:[A-Z][\w’'.-]*\s+(?:(?:%s)\s+)*){1,3}[A-Z][\w’'.-]*)\s+(?i:of|at|from|for)\s+"
                     r"(?:the\s+[a-z]|(?:the\s+)?[A-Z])" % "|".join(NAME_PARTICLES))  # ("Per Rolandsen of the fishing association in Svolvaer")


HEAD_OF = re.compile(r"the\s+(?:head|chief|leader|boss)\s+of\s+(?:the\s+)?(?:government|state|the\s+government)\b")


SOURCES_CLOSE = re.compile(
    r"(?i:(?:an?\s+|the\s+)?(?:sources?|aides?|people|officials?|allies|ally|insiders?|those|one|someone)\s+"
    r"(?:close\s+to|familiar\s+with|around|near|in\s+the\s+camp\s+of)\b)")


IN_THEIR_AGE = re.compile(r"\s+in\s+(?:his|her|their)\s+(?:(?:early|mid|late)[- ])?(?:\d0s|teens|twenties|thirties|forties|"
                          r"fifties|sixties|seventies|eighties|nineties)$")
DASHED_CLAUSE = re.compile(r"\s*[—–]\s*(?:which|who|whose)\b.*$")
# ("a villager surnamed Li", "a man identified as Tom Reyes", "a survivor identifying herself as Mariana")
SURNAMED = re.compile(r"\b(?:surnamed|named|called|identif(?:ied|ying)(?:\s+(?:him|her|them)sel(?:f|ves))?(?: only)? as)\s+"
                      r"((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)$")

# "a resident, who identified himself as Nemiah Magure, said", "the 68-year-old, who asked to be identified only as
# Leong,": the name the aside gives is the speaker's
NAMED_IN_ASIDE = re.compile(r"[^,“”\"\n]{0,80}?,\s+who\s+(?:identified\s+(?:him|her|them)sel(?:f|ves)|gave\s+(?:his|her|their)\s+name|"
                            r"(?:asked|wished|wanted|preferred|agreed)\s+to\s+be\s+(?:identified|known|named|called))"
                            r"(?:\s+only)?\s+as\s+((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)\s*,")

ACTING_FOR = re.compile(r"(?i:an?|one)\s+(?:[\w-]+\s+){0,2}?(?:lawyers?|attorneys?|counsel|solicitors?|aides?|advis[eo]rs?|"
                        r"confidants?|friends?|relatives?)\s+(?:for|to|of)\s+\S")

DESCRIBED_BODY = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){1,3}"
                            r"(?P<name>[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'.&-]*)+)")
BODY_OF_WHAT = re.compile(r"(?i:the)\s+(?P<body>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*)\s+of\s+(?:the\s+|an?\s+)?[a-z]")
BODY_AFTER_ARTICLE = re.compile(r"(?i:the)\s+(?P<name>[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?[A-Z][\w’'.&-]*)+)")
NAME_PART = re.compile(
    # ("Chairman of the Tunapuna/Piarco Regional Corporation Kwesi Robinson": two places joined by a slash are one word)
    r"(?:[A-Z][\w’'.-]*(?:/[A-Z][\w’'.-]*)?)(?:\s+(?:(?:de|van|von|der|den|da|del|di|la|le|bin|al)\s+)?"
    r"(?:[A-Z][\w’'.-]*(?:/[A-Z][\w’'.-]*)?|(?:al|el|ad|ash|as|an|ibn|bin)-[A-Z][\w’'.-]*))*$")


# "… for Jerusalem Affairs and", "Minister of Sport, Arts and"
OFFICE_OF = re.compile(r"\b(\w+)\s+(?:of|for)\s+(?:the\s+)?(?:(?:[A-Z][\w’'.-]*,?|and)\s+)*$")


OPENING_SUBORDINATE = re.compile(r"(?:^|[.!?]\s+|\n)(?:Though|Although|While|Even though|Even as|As|When|After|Before)\s+$")
NAME_AFTER_QUOTE = re.compile(r"[\"”’']*,?\s+(?P<np>(?:[A-Z][\w’'.-]*\s+){1,6}?[A-Z][\w’'-]*)\s+(?!and\b)[a-z]")


NAME_THEN_BARE_ROLE = re.compile(r"((?:[A-Z][\w’'.-]*\s+){1,2}[A-Z][\w’'.-]*)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:%s)(?:\s+(?:of|for|at)\s.*)?$"
                                 % one_of(PERSON_NOUNS))


def resolve_speaker(np: str, cue: str, at: int, people: Cast, quote: tuple[int, int]):
    """(speaker, cue, as written, how, source) for a noun phrase that speaks."""
    np = BRACKETED.sub("", " ".join(np.split())).strip(" ,-–—")  # ("Mr Anderson -")
    if not np:  # ("(Seoul Design Foundation)": a photo credit alone in its paragraph, brackets and all)
        return None, cue, np, "none", ""
    if np.startswith(SUBORDINATORS):  # "As Bazaza explains:": the clause's subject, not a name that opens with "As"
        np = SUBORDINATOR.sub("", np)
    np = before_title_case_word(np) if np[:1].isupper() else np  # ("Pierre On Crime: ‘…’": a headline in title case)
    if "—" in np or "–" in np:
        np = DASHED_CLAUSE.sub("", np)  # ("the #StopEACOP coalition—which said": the coalition)
    if np.rstrip(",").endswith(WHEN_ENDINGS):
        np = WHEN_AFTER.sub("", np)
    if np.endswith(("further", "additionally", " then", " later", " again", " even", " still", " had", " has")):
        np = TRAILING_ADVERBS.sub("", np)  # "“…,” the prime minister further said"
    if " in " in np:
        np = IN_THEIR_AGE.sub("", np)  # "Shamsunnahar in her late 70s complained": her age, not part of her name
    if np.endswith(("himself", "herself", "themselves")):
        np = np.rsplit(" ", 1)[0] if " " in np else np  # "The hitmaker himself testified": the hitmaker
    if np.endswith((" will", " would", " may", " might", " can", " could", " must", " should")):
        np = np.rsplit(" ", 1)[0]  # "“…,” the RTÉ Board Chair Siún Ní Raghallaigh will tell the committee"
    if np.endswith((" went", " goes", " continued", " proceeded")):
        np = np.rsplit(" ", 1)[0]  # "The deputy minister went on to say …"
    if np[:1] == "@" and HANDLE.fullmatch(np):  # "@harrisonJNIOR said": the account is the only name given
        return np, cue, np, "named", ""
    owner = ("’" in np or "'" in np) and OWNER_BEFORE_NAME.match(np)
    if owner and looks_like_name(np[owner.end():]) and " " in np[owner.end():] and not is_org(np[owner.end():]):
        np = np[owner.end():]  # "Fine Gael's Eoghan Murphy", "Sky News’ Kay Burley": the person, not their party or show
    elif owner and " " in np[owner.end():] and is_org(np[owner.end():]) and np[owner.end():].split()[-1].lower() in ORG_WORDS \
            and not _a_country(OWNER_WORDS.sub("", owner.group(0))):
        # "The U.N.’s International Atomic Energy Agency": the agency, which the owner only holds (but "South Korea’s
        # Foreign Ministry" says which country's)
        np = np[owner.end():]
    bare_role = np[:1].isupper() and " " in np and NAME_THEN_BARE_ROLE.match(np)
    if bare_role and first_name_gender(bare_role[1].split()[0]) and bare_role[1].split()[0].lower() not in DETERMINERS \
            and not is_org(bare_role[1]):
        np = bare_role[1]  # "“…,” Fredrick Muchiri chairman of PCPB stated": the name, then what he is, with no comma
    described = " of " in np and BODY_OF_WHAT.match(np)
    if described and is_org(described["body"]):  # "The Commerce Ministry of the world’s second-largest economy"
        np = described["body"]
    # ("Demy from Greece said": a single name from a place, as a contest or a list of guests gives them)
    of = NAME_OF.match(np) or (" from " in np and ONE_NAME_FROM.fullmatch(np))
    # ("said Williams of the CPFSA": one word, where the story names someone so)
    of = of or " of " in np and (one := ONE_NAME_OF.fullmatch(np)) and people.names_someone(one[1]) and one
    # "Head of Health Pam Johnson", "Actors Guild of Nigeria President Emeka Rollas": a title, then the name
    # (but "of the Christian Association" ends with a body whose first word is also a first name)
    named_after = of and len(np.split()) >= 3 and (first_name_gender(np.split()[-2]) or
                                                   len(np.split()) >= 4 and np.split()[-3].lower() in TITLES) \
        and not is_org(" ".join(np.split()[-2:]))
    if of and not named_after and not is_org(of.group(1)) and of.group(1).split()[-1].lower().strip(".") not in TITLES | {"head"}:
        np = of.group(0)[:of.end(1)]  # "Tim Cook of Apple" is Tim Cook (but "Minister of Health Ana Ruiz" is Ana Ruiz)
    low = np.lower()
    low = {"him": "he", "her": "she", "his": "he", "them": "they", "their": "they", "me": "i", "us": "we"}.get(low, low)
    if CONTRACTION.match(np):  # "We’d say her strategy worked out:", "She’d told them": the pronoun
        low = re.split("[’']", low)[0]
    # ("according to him", "His response: “…”")
    if SOURCES_CLOSE.match(np) or ACTING_FOR.match(np):
        # "Sources close to Berri said", "a lawyer for Smith said", "an aide to Prime Minister Najib Razak": someone
        # the story does not name speaks, not Berri, Smith or Najib
        return np, cue, np, "role", ""
    surnamed = SURNAMED.search(np) or (np[:1].islower() and NAMED_IN_ASIDE.match(people.text, at, at + len(np) + 160))
    if surnamed:  # "a villager surnamed Li", "a man identified as Tom Reyes": the name given
        return people.full_name(surnamed.group(1), at), cue, np, "named", ""
    # (and "the paper said" is the outlet reporting; "the newspaper alleged" is its own claim)
    # (but "Fox said" after "Brittney Fox" is her: a surname of someone the story names)
    if (is_media(np) or OUTLET_PHRASE.fullmatch(np)) and cue in REPORT_VERBS + ("said", "says", "according to") \
            and not (" " not in np and people.names_someone(np)):
        return None, cue, np, "source", np
    if low in PRONOUNS:
        by = low in {"he", "she"} and people.text[max(0, at - 12):at].rstrip().endswith(("in which", "where")) \
            and WRITTEN_BY.search(people.text, max(0, at - 120), at)
        if by:  # "a statement given last week by Jean-Claude Juncker in which he said": its author
            return people.full_name(by["np"], at), cue, np, "pronoun", ""
        ahead = low in {"he", "she"} and OPENING_SUBORDINATE.search(people.text, max(0, at - 20), at) \
            and NAME_AFTER_QUOTE.match(people.text, quote[1], quote[1] + 120)
        named = ahead and split_title(ahead["np"])[0]
        if named and looks_like_name(named) and not is_org(named):
            # "Though he described Bankman-Fried as “extremely smart,” Judge Lewis A. Kaplan delivered …": the
            # sentence's subject, named after the clause that opens it
            return people.full_name(named, at), cue, np, "pronoun", ""
        who = people.pronoun(low, at, exclude=quote) if low in {"he", "she", "i"} else (
            low == "they" and _group_before(people.text, at) or people.body(at)
            or (_main_company(people, at) if low == "it" else None)  # "It said trading was “softer”": the business
            or (_people_before(people, at) if low == "they" else None))
        spokes = who and low in ("he", "she") and _spokesperson_before(people, at, low)
        if spokes:  # "He said:" after "A spokesman for the SQA, said": the body, as for the spokesman
            who = speaker_by_role(spokes, spokes.lower(), at, people)[0]
        if who is None and low in ("he", "she"):  # "The victim … is a pupil. “…,” she told this publication."
            who = _role_subject_before(people, at, {"he": "m", "she": "f"}[low])
        return who, cue, np, "pronoun", ""
    many = low.startswith(("one of ", "another of ")) and ONE_OF_THE.fullmatch(low)
    if many and is_people_noun(many["many"]) and many["many"][:-1] in PERSON_NOUNS:
        return f"{many['one']} {many['many'][:-1]}", cue, np, "role", ""  # "one of the traders": a trader
    member = low in ONE_OF_THEM and _member_before(people, at)
    if member:  # "“…,” said another." after "Some residents said …": one of the people the story just showed
        return f"{low.split()[0]} {member}", cue, np, "role", ""
    if low in NOT_NAMES:  # "Another stated", "Others said": no one the text names
        return None, cue, np, "role", ""
    kind = INITIALS_KIND.fullmatch(np)
    spelt = kind and people.expand(kind["initials"], at)
    if spelt and spelt != kind["initials"]:  # "the UKMTO center said": the body the initials stand for
        return spelt, cue, np, "named", ""
    # "the FTC": the name it stands for, where the article gave it ("CEO says" is a role)
    if INITIALS.fullmatch(np) and low.split()[-1] not in PERSON_NOUNS:  # ("the CS": Kenya's Cabinet Secretary)
        spelt = people.expand(re.sub(r"^[Tt]he\s+", "", np), at)
        if spelt != np.split()[-1] and any(w.lower() in PERSON_NOUNS for w in spelt.split()):
            # "the EAM": the External Affairs Minister, whom the story named ("the CJI": the Chief Justice of India)
            short = np.split()[-1]  # ("SG Tushar Mehta": the initials before the name; rare, so a pattern per call)
            named = [m.group(1) for m in re.finditer(rf"\b{re.escape(short)}\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{1,3}})",
                                                     people.text[:at]) if looks_like_name(m.group(1)) and not is_org(m.group(1))]
            if named:
                return people.full_name(named[-1], at), cue, np, "role", ""
            speaker, how = speaker_by_role("the " + spelt, "the " + spelt.lower(), at, people)
            return speaker, cue, np, how, ""
        return spelt, cue, np, "named", ""
    low = DATED_THING.sub("the ", low)  # ("the October statement read": the statement, not October's)
    if ISSUED_THING.fullmatch(low):  # "The statement added:": whoever the story said issued it
        # the latest of: who issued one ("In a statement, the council said"), a document's owner ("NC’s press release",
        # "A joint US-Saudi statement"), and whoever "said in a statement" last (already a speaker)
        issued = [m for m in ISSUED.finditer(people.text, 0, at)]
        m = issued[-1] if issued else None
        group = m and next(g for g in ("a", "b", "c", "d", "e", "f") if m[g])
        found = [(m.start(group), m[group], True)] if m else []
        by = _issuer_of(low.split()[-1], people.text, at)
        if by and (not m or by[1] >= m.end()):  # (not "The Union (MUSIGA) on Tuesday issued a statement" read again)
            found.append((by[1], by[0], True))
        quoted = people.issuer(low.split()[-1], at)
        found += [(quoted[0], quoted[1], False)] if quoted else []
        if found:
            where, who, written = max(found)
            return resolve_speaker(who, cue, where, people, quote)[:3] + ("role", "") if written else (who, cue, np, "role", "")
        body = people.body(at)  # else the body last quoted or last at the head of a sentence, as for "it said"
        return body, cue, np, "role" if body else "none", ""  # (a statement no one issued is no one)
    body = UNSIGNED_THING.fullmatch(low) and people.body(at)
    if body:  # "A statement issued to customers added:" after the bank's spokesperson spoke: the bank's words
        return body, cue, np, "role", ""
    doc = DOCUMENT.fullmatch(low)
    issuer = doc and _issuer_of(doc["doc"], people.text, at)
    if issuer:  # "read the notification" after "a notification issued by the interior ministry": the ministry's words
        return resolve_speaker(issuer[0], cue, issuer[1], people, quote)[:3] + ("role", "")
    if POSTED_THING.fullmatch(low):  # "“…,” Platon captioned the post. “…,” the caption continued.": whoever posted it
        posted = list(POSTED_BY.finditer(people.text, max(0, at - 800), at))
        quoted = people.issuer(low.split()[-1], at)  # ("MTN, in a post on X, attributed it to “…”")
        if quoted and (not posted or quoted[0] > posted[-1].start()):
            return quoted[1], cue, np, "role", ""
        if posted:
            group = next(g for g in ("who", "poster", "author") if posted[-1][g])
            return resolve_speaker(posted[-1][group], cue, posted[-1].start(group), people, quote)[:3] + ("role", "")
    issuer = ISSUER_OF.fullmatch(np) or ISSUED_FROM.fullmatch(np)
    if issuer:  # "explained a Fifa statement": Fifa's words
        owner = issuer["owner"]
        named = owner[:1].isupper() and CAPITAL_RUN.match(owner)
        owner = named.group(0) if named else owner  # "… from Supt O’Neill following up on the matter"
        owner = owner[:-2] if owner.endswith(("’s", "'s")) else owner  # "The Fed’s statement": the Fed's
        owner = "the " + owner if owner in ("army", "government", "ministry", "party") else owner  # ("the ministry statement")
        return resolve_speaker(owner, cue, at, people, quote)[:3] + ("named", "")
    speaks_for = SPEAKS_FOR.fullmatch(np)
    if speaks_for:  # "Negotiators for Unifor Locals 240", "Officials from the Ministry of Health": the body speaks
        return people.expand(speaks_for["body"], at), cue, np, "role", ""
    theirs = OWN_ACCOUNT.fullmatch(np)
    if theirs:  # "his Twitter account said", "her statement read": the words of whoever "he" or "she" is
        who = people.pronoun("he" if theirs[1].lower() == "his" else "she", at, exclude=quote)
        return who, cue, np, "pronoun", ""
    owned = DOCUMENT_OF.match(np)
    if owned:  # "Mr McVey’s emergency motion states that …": its author's words
        owner = f"the {owned['owner']}" if owned["the"] else owned["owner"]
        return resolve_speaker(owner, cue, at, people, quote)[:3] + ("named", "")
    maker = low.startswith("the ") and " of " in low and BUSINESS_OF.match(low)
    if maker:  # "the maker of Camel, Winston and Newport brand cigarettes said": the business, not its brands
        speaker, how = speaker_by_role("the " + maker[1], "the " + maker[1], at, people)
        return speaker, cue, np, how, ""
    if _common_word(np, at, people):  # "Violence flared up during a march over “real jobs”": no one speaks
        return None, cue, np, "none", ""
    force = low in ("police", "the police") and _police_force(people, at)
    if force:  # "Police said" after "The Ghana Police Service has confirmed": the force the story named
        return force, cue, np, "role", ""
    if " " not in np and low in PERSON_NOUNS and not low.endswith("s") and len(low) > 4 and np[:1].isupper() \
            and not people.names_someone(np):  # (not a title's abbreviation, "Barr.", which is also a surname)
        np, low = "the " + low, "the " + low  # "Ombudsman assured the president …": the holder of that office
    named = not _one_of_a_people(np) and _by_name(np, low, at, people)
    if named:
        return named, cue, np, "named", ""
    speaker, how = speaker_by_role(np, low, at, people)
    return speaker, cue, np, how, ""


# People who speak for the body they are from ("officials from the ministry", "said analysts from Bernstein")
SPEAKING_FOR_A_BODY = r"(?i:negotiators|representatives|officials|analysts|economists|strategists)"
# ("About 15 officials from …", "Two senior representatives of …": how many of them speak does not change for whom)
SPEAKS_FOR = re.compile(r"(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree|(?:(?:[Aa]bout|[Aa]round|[Nn]early|[Ss]ome|[Mm]ore than)\s+)?\d+)\s+)?"
                        rf"(?:(?:senior|top|government|company|union)\s+)?{SPEAKING_FOR_A_BODY}\s+(?:for|from|of|at)\s+"
                        r"(?:the\s+)?(?P<body>[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z0-9][\w’'.&-]*)*)")


# Nouns a story uses for the business it is about ("the company said"); a union, party or ministry is one of
# several in most stories, so it is only ever the one the story named with that word (see Cast.role_holder).
COMPANY_NOUNS = {"company", "firm", "airline", "carrier", "group", "chain", "maker", "manufacturer", "carmaker", "titan",
                 "automaker", "bank", "lender", "retailer", "insurer", "giant", "business", "operator", "developer",
                 "conglomerate", "startup", "corporation", "supplier", "brand", "utility", "telco", "miner",
                 "drugmaker", "chipmaker", "broadcaster", "publisher", "platform"}


BODY_ROLES = {"the party", "the union", "the movement", "the organisation", "the organization", "the association",
              "the federation", "the coalition", "the alliance"}
# Words for what kind of body speaks ("the agency said"): one the story has just named, whatever its name
BODY_KINDS = {"agency", "ministry", "department", "office", "committee", "council", "commission", "board", "authority",
              "institute", "foundation", "association", "federation", "organisation", "organization", "union", "party",
              "coalition", "tribunal", "regulator", "watchdog", "club", "league", "body", "charity", "campaign"}
INITIALS_KIND = re.compile(r"[Tt]he\s+(?P<initials>[A-Z]{2,6})\s+(?:%s)" % one_of(BODY_KINDS | {"centre", "center"}))
BUSINESS_OF = re.compile(r"the\s+(?:[a-z-]+\s+){0,2}?(%s)\s+of\s" % one_of(COMPANY_NOUNS))
KIN_NOUNS = {"mother", "father", "husband", "wife", "son", "daughter", "brother", "sister", "grandmother", "grandfather"}
# (and "the older brother", "the grieving mother": the last word says who)
BODY_NOUNS = COMPANY_NOUNS | {role.split()[-1] for role in BODY_ROLES}  # the head of a phrase that names a body


# (and what they issue: "a company statement said")
BODY_SPOKESMAN = re.compile(r"(?:an?|the)\s+(?P<noun>%s)(?:[’']s)?\s+(?P<what>spokes\w+|statement)$" % one_of(ORG_WORDS | COMPANY_NOUNS))


# A capitalised name at work in a sentence: "MedWay said", "Alcatel-Lucent plans", "BA has been forced"
AT_WORK = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w’'.&-]*[ \t]+){0,3}[A-Z][\w’'&-]*[\w&])"
                     # ("Ryanair, which has Michael O'Leary as its chief executive, has also scrambled")
                     r"(?=(?:[ \t]+\([A-Z][\w&-]{1,9}\))?(?:,[ \t]+which[ \t][^,.;“”\"]{1,100},)?[ \t]+"
                     r"(?:has|have|had|is|was|will|would|said|says|plans|expects|wants|intends|aims|employs|"
                     r"operates|owns|itself|\w+ed)\b)")  # ("VW wants to close at least 3 of its 10 plants")


# A police force's name: "Police Scotland", "the Ghana Police Service", "New York Police Department"
POLICE_FORCE = re.compile(r"\b(?:[A-Z][\w’'-]*\s+){0,3}Police(?:\s+(?:Service|Force|Department|Scotland|Constabulary|Command))?"
                          r"|\b(?:[A-Z][\w’'-]*\s+){1,3}Constabulary")


def _police_force(people: Cast, at: int) -> str | None:
    """The police force the story names last before ``at`` (else first after it), by a name of two words or more."""
    forces = [(m.start(), name) for m in POLICE_FORCE.finditer(people.text, people.headline_end)
              if " " in (name := re.sub(r"^(?:The|A|But|And|Yet)\s+", "", m.group(0).strip())) and not people.inside_quote(m.start())]
    before = [name for where, name in forces if where < at]
    return before[-1] if before else forces[0][1] if forces else None


def _main_company(people: Cast, at: int) -> str | None:
    """The organisation the story is about so far: the name (not a person's, a place's or an outlet's) it shows
    at work most often before ``at`` (a verb right after it), the first such on a tie.

    >>> from lessons.people import Cast
    >>> text = "Acme Corp will cut 500 jobs, Mary Jones said. Acme Corp said talks failed. “Sorry,” the company said."
    >>> _main_company(Cast(text, []), len(text))
    'Acme Corp'
    """
    counts: dict[str, list[int]] = {}
    for where, name in _bodies_at_work(people, people.headline_end, at):
        counts.setdefault(name, []).append(where)
    if not counts:  # a lede's "… Jaguar Land Rover (JLR) vehicle production": the body it spells out, else one below
        spelt = next((people.expand(m[1], m.end()) for m in SPELT_OUT.finditer(people.text, 0, at)), "")
        if len(spelt.split()) > 1 and not first_name_gender(spelt.split()[0]) and not is_place(spelt):
            return spelt
        return _main_company(people, len(people.text)) if at < len(people.text) else None
    best = max(counts, key=lambda n: (len(counts[n]), -counts[n][0]))
    # "Rolls" is "Rolls-Royce", "Acme" is "Acme Corp" where the story gives the fuller name
    fuller = _fuller(people.text, best)
    return fuller.rstrip(".") if fuller and (fuller[len(best)] == "-" or is_org(fuller)) else best


def _bodies_at_work(people: Cast, start: int, end: int) -> list[tuple[int, str]]:
    """(where, name) for each name between ``start`` and ``end`` shown at work (a verb right after it) that is
    no person's, place's or outlet's."""
    out = []
    for m in AT_WORK.finditer(people.text, start, end):
        if people.inside_quote(m.start()) or people.text.endswith(" of ", 0, m.start()):
            continue  # (nor the last word of "the Port of Valparaiso said": a place, inside the body's name)
        words = m.group(1).rsplit(". ", 1)[-1].split()  # ("… on Tuesday. JD Sports said": a new sentence)
        while words and words[0].lower() in NOT_NAMES:
            words.pop(0)  # "The", "But": capitals that only open the sentence
        name = " ".join(words)
        # ("Representatives said …": people, who are no "it")
        if not words or words[-1].lower() in NOT_NAMES or name in countries_and_peoples() or is_media(name) \
                or len(words) == 1 and (is_people_noun(name) or name.lower().rstrip("s") in PERSON_NOUNS) \
                or (first_name_gender(words[0]) if len(words) > 1 else " " in (people.person_called(words[0]) or "")) \
                or len(words) > 1 and split_title(name)[1]:
            # (a person: a first name, or the surname of someone the story named in full (not one word a quote was
            # credited to: "Codelco said in a statement"), or a name after a title ("Dallas Mayor
            # Eric Johnson announced"); "JD Sports said" is no one's)
            continue
        out.append((m.start(), people.expand(name, m.start())))
    return out


def _body_just_named(people: Cast, noun: str, at: int, any_name: bool = False) -> str | None:
    """'The agency said' just after "The UK Maritime Trade Operations agency reported", 'the party' after "The
    Democratic Alliance (DA) has called …": the body named with that word, else the last one at work whose name says
    it is a body (or, with ``any_name``, any name at work that is no one's), in this paragraph or the one before."""
    text = people.text
    opens = text.rfind("\n", 0, at) + 1  # this paragraph, then back past the blank lines to the one before
    start = max(people.headline_end, text.rfind("\n", 0, len(text[:opens].rstrip())) + 1)
    # (the word may close the body's name, "of the British Pakistani Christian Association")
    kind = f"(?:{noun}|{noun.capitalize()})"
    for m in reversed(list(re.finditer(r"((?:[A-Z][\w’'.&-]*\s+(?:(?:of|for|and)\s+)?){1,6})%s\b" % kind, text[start:at]))):
        if not people.inside_quote(start + m.start()):
            return re.sub(r"^[Tt]he\s+", "", m.group(0))  # ("the UK Maritime Trade Operations agency")
    # (only a name that says it is a body, or initials: "Red Velvet is scheduled …" is the band, not the agency)
    bodies = [name for _, name in _bodies_at_work(people, start, at) if any_name or is_org(name) and " " in name or INITIALS.fullmatch(name)]
    return bodies[-1] if bodies else None


LONGER_NAME = re.compile(r"-[A-Z][\w’'&-]*|[ \t]+[A-Z][\w’'&.-]*")


def _fuller(text: str, name: str) -> str | None:
    """The first place ``name`` goes on into a longer name ("Rolls-Royce", "Acme Corp"): a plain search, as a
    pattern made for each name would be compiled anew for each story."""
    at = text.find(name)
    while at >= 0:
        goes_on = LONGER_NAME.match(text, at + len(name))
        if goes_on and not (at and (text[at - 1].isalnum() or text[at - 1] in "_-")):
            return text[at:goes_on.end()]
        at = text.find(name, at + 1)
    return None


HONORIFIC_GENDER = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f",
                    "mdm": "f", "dame": "f", "lady": "f"}


def _described_body(np: str, low: str) -> str | None:
    """'the opposition Citizens Coalition for Change' -> 'Citizens Coalition for Change': a body named after words for
    what it is (but not "the crowd outside the Supreme Court", nor "the Central Audit Bureau Anna Nowak", a person)."""
    # (wire copy leaves the article out: "advocacy group Campaign for Survival and Dignity said")
    article = low.startswith(("the ", "a ", "an "))
    described = DESCRIBED_BODY.fullmatch(np) if article else np[:1].islower() and DESCRIBED_BODY.fullmatch(f"the {np}")
    if not described or any(w in PREPOSITIONS | DETERMINERS for w in described.string[:described.start("name")].lower().split()[1:]):
        return None
    name = described["name"]
    person = after_body(name)
    return name if is_org(name) and (person == name or person[:1].islower()) else None


def _by_name(np: str, low: str, at: int, people: Cast) -> str | None:
    """The person a phrase names: 'Defence Secretary Ana Ruiz', 'Minister of Health Ana Ruiz', 'an angry Ruiz'."""
    body = _described_body(np, low)
    if body:
        return body
    if " " not in np and np[:1].isupper() and low in TITLES and people.names_someone(np):
        return people.full_name(np, at)  # "Rep. Sanford Bishop", then "Bishop said": his surname, not a bishop
    name_part = NAME_PART.search(np)
    determiner = low.startswith(("the ", "a ", "an ", "one ", "another ", "some "))
    if name_part and determiner and name_part.start() == 0:  # "A Labour MP": the capital only opens the sentence
        name_part = NAME_PART.search(np, np.index(" ") + 1)
    office = name_part and OFFICE_OF.search(np, 0, name_part.start())
    if office and office.group(1).lower() in TITLES | {"head"}:  # "Minister of Minority Affairs Mukhtar Abbas Naqvi"
        held = split_title(np[office.start():])[0]  # ("" where it is all office: "the Director of Public Prosecutions")
        # (and "the leader of Glasgow City Council" is all office: what follows its place is the body)
        name_part = NAME_PART.search(held) if held and not is_org(held) else None
    linked = name_part and " " not in name_part.group(0) and BODY_LINK.fullmatch(np, 0, name_part.start())
    if linked and not any(w.lower() in TITLES for w in np.split()) and not people.names_someone(np.split()[0]):
        # "People for the Ethical Treatment of Animals", "Friends of the Earth": one word after the "of" or "for"
        # of a capitalised name with no title in it closes a body's name (a person's would follow an office)
        return np
    body = determiner and BODY_AFTER_ARTICLE.fullmatch(np)
    last = body and body["name"].split()
    # "The Clooney Foundation for Justice": a body's name that ends in a title word (but "the Congress MP", "the
    # Opposition Leader" are roles: a title after the body, not inside its name)
    if body and is_org(body["name"]) and last[-1].lower() in TITLES and last[-2] in ("of", "for"):
        return body["name"]
    if name_part and split_title(name_part.group(0))[0] and (not determiner or len(name_part.group(0).split()) >= 2):
        name = without_country(after_body(split_title(name_part.group(0))[0]))  # ("South African Sybil Msezane")
        while len(name.split()) > 2 and name.split()[0].lower() in PERSON_NOUNS:
            name = name.split(" ", 1)[1]  # "Campaigner Carol Gahan" is Carol Gahan
        lowered = [w for w in np.split() if w[0].islower()]
        # (one name after many lower-case words is a name only where they hold a title: "local chief of police
        # operations Budi")
        lead = np[:name_part.start()].split()
        before = lead[-1:]
        titled = before and before[0].lower() not in PREPOSITIONS | DETERMINERS and any(w in TITLES for w in lowered)
        if determiner and lead[-2:-1] and lead[-2].lower() in PREPOSITIONS and before[0].lower() == "the":
            return None  # "the Ghanaian member of the Congregation of the Holy Spirit": a body the one spoken of is in
        # ("Mr Hall told the Herald": an honorific makes a person of a word that also names a place)
        if name and (not is_org(name) or honorific_gender(np)) and (len(lowered) <= 3 or " " in name or titled):
            return people.full_name(name, at, honorific_gender(np))
        if determiner and is_org(name_part.group(0)) and all(
                (w[0].islower() or w.lower() in DETERMINERS) and w.lower() not in PREPOSITIONS for w in np[:name_part.start()].split()):
            return name_part.group(0)  # "the conservative Bareunmirae Party" is the Bareunmirae Party
        return np
    if name_part and determiner and " " not in name_part.group(0) and name_part.group(0).lower() not in TITLES \
            and not SPOKES.match(np):  # ("a spokesperson for Trudeau" is someone else)
        full = people.full_name(name_part.group(0), at)
        if full and full != name_part.group(0):  # "an uncharacteristically combative Singh": someone named in full
            return full
    return None


BODY_LINK = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|the|and|on|in))*?\s+(?:of|for)\s+(?:the\s+)?")
SPOKES = re.compile(r"(?i:an?|the)\s+(?:(?P<org>[A-Z][\w’'.&-]*(?:\s+(?:(?:and|of|for)\s+)?[A-Z0-9][\w’'.&-]*)*)\s+)?"
                    r"spokes\w+(?:\s+for\s+(?P<for>.+))?$")  # ("a Disaster Management and Relief Ministry spokesman")


def _a_country(name: str) -> bool:
    return name in countries_and_peoples() or is_place(name)


# (found from "spokes", a literal re skips ahead to; the article before it read back with SPOKES_LEAD)
SPOKES_FOR = re.compile(r"spokes(man|woman|person)\s+for\s+(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w&’'.-]*){0,5}"
                        r"(?=,?\s+(?:said|says|told|added)\b)")
SPOKES_LEAD = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))An?\s+(?:[a-z-]+\s+)?$")


def _spokesperson_before(people: Cast, at: int, pronoun: str) -> str | None:
    """'A spokesman for the SQA, said …', then "He said: …": the unnamed spokesman who opened a sentence in the 600
    characters before, with no one named since, of the pronoun's gender; else None."""
    text = people.text
    for m in reversed(list(SPOKES_FOR.finditer(text, max(0, at - 600), at))):
        lead = SPOKES_LEAD.search(text, max(0, m.start() - 30), m.start())
        fits = {"man": "he", "woman": "she"}.get(m.group(1)) == pronoun  # (a "spokesperson" may be neither)
        named_since = any(m.end() <= x.start < at and not x.quoted for x in people.mentions)
        if lead and fits and not named_since and not people.inside_quote(m.start()):
            return "a " + text[m.start():m.end()]
    return None


def _a_person(name: str, people: Cast) -> bool:
    """Whether ``name`` ("Trudeau", "Prime Minister Justin Trudeau") is a person the article names, not a body."""
    words = [w for w in name.split() if w[:1].isupper() and w.lower() not in TITLES]
    full = words and people.person_called(words[-1])
    return bool(full) and " " in full and all(w in full.split() for w in words)


def speaker_by_role(np: str, low: str, at: int, people: Cast) -> tuple[str | None, str]:
    """(speaker, how) for a role: 'the ministry's spokeswoman', 'an EO spokesman', 'the Premier', 'the negotiator'."""
    where = at if at >= people.headline_end else len(people.text)  # a role in the headline: the story names it below
    spokes = SPOKES.match(np)
    named = spokes and people.role_holder(np, where)
    if named and looks_like_name(named):  # "the ministry's spokeswoman": the spokeswoman the story named
        return people.full_name(named, where), "role"
    again = named and not (spokes["org"] or spokes["for"]) and SPOKES.match(named)
    if again and (again["org"] or again["for"]):  # "A spokesman for Handsworth FC said …", then "The spokesman added"
        spokes, np = again, named
    if spokes and (spokes["org"] or spokes["for"]):
        org = (spokes["org"] or spokes["for"]).strip()
        if _a_person(org, people):  # "a spokesperson for Trudeau" speaks for him but is not him
            return np, "role"
        if re.match(r"(?i)the\s+[a-z]", org):
            org = people.role_holder(org, at) or org  # "an EO spokesman", "a spokeswoman for Unison": the body speaks
            org = re.sub(r"^[Tt]he\s+(?=[A-Z])", "", org)  # (a body's name, as where the story names it again)
        return people.expand(org, at), "role"
    body_noun = BODY_SPOKESMAN.match(low)
    named = body_noun and body_noun["what"] != "statement" and low.startswith("the ") and people.role_holder(np, where)  # ("a" brings in someone new)
    if named and looks_like_name(named):  # "the ministry’s spokesperson, Hua Chunying": the one the story named
        return people.full_name(named, where), "role"
    body = (body_noun and people.role_holder("the " + body_noun["noun"], where)) or ""
    body = body if body[:1].isupper() else body_noun and body_noun["noun"] in COMPANY_NOUNS and _main_company(people, where)
    body = body or (body_noun and is_people_noun(body_noun["noun"]) and body_noun["noun"])  # "A police spokesperson": police
    if body:  # "the ministry’s spokesperson", "a company spokesman", no name given: the ministry, the company named
        return people.expand(body, at), "role"
    determiner = low.startswith(("the ", "a ", "an ", "one ", "another ", "some "))
    head = low.split()[role_head(low)].strip(".,")
    head = head.split("-", 1)[0] if BY_CHILDREN.fullmatch(head) else head  # "the mother-of-three": a mother
    if head in PERSON_NOUNS and re.search(rf"\b{head} of one of ", low):
        return np, "role"  # "the father of one of the alleged victims": someone the story describes, not names
    if low.startswith("the ") and head in COMPANY_NOUNS:  # "the company said", "the French company said"
        return (people.role_holder(np, where) or _main_company(people, where) or people.named_in_headline(head) or np), "role"
    if low in BODY_ROLES:  # "the party said" where the story never wrote "X party": the body at the head of a sentence
        # ("Royal Mail has neither confirmed nor denied …, the organisation said:": a word only a body is called)
        return (people.role_holder(np, where) or people.body(at) or _body_just_named(people, head, at, any_name=True) or np), "role"
    if low.startswith("the ") and head in ORG_WORDS and SELF_NAMED_BODY.fullmatch(np):
        # "The Peruvian government": it says which government ("The Chinese ministry" after "China’s Foreign Ministry":
        # the one the story named, whose name says the same country)
        named = people.role_holder("the " + head, where)
        if named and named[:1].isupper() and np.split()[1][:4].lower() in named.lower():
            return named, "role"
        return np.split(" ", 1)[1], "role"
    named = _one_of_a_people(np) and _called_by_people(people, np.split(" ", 1)[1], at)
    if named:  # "said the Indian" after "Indian golfer Shubhankar Sharma": the one the story called so
        return named, "role"
    # "asked a reporter": "a" brings in someone new, not a holder the story named ("Blacklock's Reporter")
    indefinite = low.startswith(("a ", "an ", "another ", "some ")) or low.startswith("one ") and not low.startswith("one of ")
    holder = people.role_holder(np, where) if (determiner or head in PERSON_NOUNS) and not indefinite else None
    # (a story has one judge: "said the Old Bailey judge" before "Judge Richard Hone said" is him)
    if not holder and head in PERSON_NOUNS and (not people.named_before(at) or head in {"judge", "magistrate", "coroner"}):
        below = people.role_holder(np, len(people.text))  # a lede's "Detroit’s police chief says": named below
        owner = re.search(r"(\w+)[’']s\s", np)  # "Mugabe’s spokesman" is not the spokesman of someone else
        owner = owner and people.person_called(owner.group(1))
        at_below = people.text.find(below) if below else -1
        holder = below if below and looks_like_name(below) and (
            not owner or owner.split()[-1] in people.text[max(0, at_below - 60):at_below]) else None
        # (but "a hospital official told Reuters." deep in a story brings in someone new, not the minister who opens
        # the next paragraph; only a lede's "branded ‘arrogant’ by a resident" waits for the name)
        lede = "\n" not in people.text[people.headline_end:at].strip()
        holder = holder or (people.named_next_as_also(at) if lede or not indefinite else None)
        if not holder and low.startswith("the ") and head in TITLES - ONE_OF_MANY and f"{head} of " in low:
            # a lede's "according to the chair of the Public Accounts Committee": the one the story goes on to be about
            holder = people.main_person(len(people.text))
    if not holder and AGED.match(np):
        holder = people.last_opening_subject(at)
    kin = head in KIN_NOUNS and not holder and low.startswith("the ") and " of " not in low and GENDERED_NOUNS[head]
    if kin and re.search(r"\w[’']s\s", low):  # "the victim’s mother told TOI", no mother named: someone the story
        return np, "role"  # describes by whose kin she is, not whoever "she" last was
    if kin:  # "said the father": the man the story just brought in, as "he" would be, not the one it is about
        holder = people.pronoun("he" if kin == "m" else "she", at)
    if not holder and (low == "the " + head or BARE_DESCRIBED.fullmatch(low) and low.endswith(" " + head)) and head in PERSON_NOUNS \
            and head not in TITLES | GROUP_NOUNS and not (head in ONE_OF_MANY and people.kept_nameless(head, at)):
        holder = people.pronoun("i", at)  # "the actor said" after Graham spoke: the one just at the head of a sentence
        holder = None if holder and _called_otherwise(people.text, holder, head, at) else holder
    # ("the director of one animal aid group told the BBC": someone new, of a body the story does not name)
    if not holder and low.startswith("the ") and (head in PERSON_NOUNS or HEAD_OF.match(low)) \
            and not (head in ONE_OF_MANY and people.kept_nameless(head, at)) and not OF_ONE.search(low):
        holder = people.main_person(where)  # "the Premier said": the person the story is about (a headline's: below it)
        if holder and (holder[:1].islower() and holder.split()[-1] != head or _called_otherwise(people.text, holder, head, at)):
            holder = None  # ("the presiding judge" is not "a court spokesman" the story did not name)
    if not holder and head in OUTLET_NOUNS and determiner:
        holder = people.outlet(at)  # "The newspaper alleged": the paper the story last named
    if not holder and low.startswith("the ") and head in BODY_KINDS:
        holder = _body_just_named(people, head, at)  # "The agency said" just after "SM Entertainment confirmed"
    if not holder and (DESCRIBED_PERSON.fullmatch(np) or _one_of_a_people(np) or low.startswith("the ") and head in PARTY_MEMBERS):
        # "the Portuguese said", "the 37-year-old added", "the socialist said": the one the story is about
        holder = people.main_person(at)
    if not holder and " " not in np and np.islower() and not is_people_noun(np):
        return None, "none"  # (but "police" speaking are the police)  # a headline's "driver says" with nobody named so: left open (an echo may fill it)
    if not holder and _not_a_noun_phrase(np):
        return None, "none"  # "the depletion of its ranks to half what they": a clause cut short, nobody named
    return (holder or np), "role"


# Nouns any person is besides their calling: "Bese Tunc, a local resident" is still "the distraught woman"
ANYONE = {"woman", "man", "person", "boy", "girl", "lady", "gentleman", "teenager", "youngster"}
# ("the mother-of-three", "the father-of-two": a mother, a father)
BY_CHILDREN = re.compile(r"[a-z]+-of-(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)")
# ("the distraught woman said": one word for how they are, not which one: "the other woman" is someone else)
BARE_DESCRIBED = re.compile(r"the (?!other|second|third|fourth|fifth|next|last|first|younger|older|elder|new|former|same)[a-z]+ [a-z]+")
# ("James Omae, one of the parents,": what the story called someone, set off after their name)
CALLED_AFTER_NAME = re.compile(r",\s+(?:one\s+of\s+(?:the|his|her|their)\s+|an?\s+|the\s+)(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+?)s?\b(?![-’'])")


def _called_otherwise(text: str, name: str, head: str, at: int) -> bool:
    """Whether the story set ``name`` off as some other kind of person than ``head``: "said the principal" is not
    "James Omae, one of the parents", whoever spoke last (but one person holds many offices: "George Osborne, the
    chairman of its trustees" is still "the former chancellor")."""
    found = text.rfind(name, 0, at)
    called = found >= 0 and CALLED_AFTER_NAME.match(text, found + len(name))
    return bool(called) and called["noun"] in PERSON_NOUNS and called["noun"] not in TITLES and called["noun"] != head \
        and head not in ANYONE


def _common_word(np: str, at: int, people: Cast) -> bool:
    """A single capitalised word opening a sentence that the story also writes in lower case ("Violence flared up",
    "violence" elsewhere) is a common word, not a name; unless it names a group, a body or a person."""
    text = people.text
    opens = at <= 0 or text[at - 1] == "\n" or text[max(0, at - 2):at] in (". ", "! ", "? ") or text[at - 1] in "\"“‘'"
    if not opens or " " in np or not np[:1].isupper() or not np[1:].islower() or is_people_noun(np) or is_org(np) \
            or people.names_someone(np):
        return False
    low = np.lower()
    found = text.find(low)
    while found >= 0:
        before, after = text[found - 1:found] if found else " ", text[found + len(low):found + len(low) + 1] or " "
        if before in " \n\"“‘'(-" and not after.isalnum() and after not in "_@":  # (a word, not "@safaricom_care")
            return True
        found = text.find(low, found + 1)
    return False


def _called_by_people(people: Cast, adjective: str, at: int) -> str | None:
    """The last person before ``at`` the story introduced with ``adjective`` ("Indian golfer Shubhankar Sharma",
    "the Kenyan Eliud Kipchoge"), in full; else None."""
    named = [m[1] for m in re.finditer(rf"\b{re.escape(adjective)}\s+(?:[a-z-]+\s+){{0,3}}((?:[A-Z][\w’'.-]*\s+){{1,3}}[A-Z][\w’'.-]*)",
                                      people.text[:at]) if looks_like_name(m[1]) and not is_org(m[1])]
    return people.full_name(named[-1], at) if named else None


def _one_of_a_people(np: str) -> bool:
    """'the South African', 'the Kenyan': one of a people, named by it as "the Irishman" is (a role, not a name)."""
    words = np.split()
    return len(words) in (2, 3) and words[0] in ("the", "The") and all(w[:1].isupper() for w in words[1:]) \
        and (words[-1] + "s" in countries_and_peoples() or " ".join(words[1:]) + "s" in countries_and_peoples())


# A phrase that ends on one of these, or holds a verb, has no noun at its head: it is a clause cut short, not a speaker
NO_HEAD_LAST = {"it", "they", "them", "we", "the", "a", "an", "of", "to", "for", "what", "that", "which", "its", "their",
                "his", "her", "two", "three", "and", "or", "with", "from", "by", "in", "on", "at"}
FINITE_IN_PHRASE = re.compile(r"\s(?:is|are|was|were|has|have|had|will|would)\s")


def _not_a_noun_phrase(np: str) -> bool:
    return np.split()[-1].lower() in NO_HEAD_LAST or bool(FINITE_IN_PHRASE.search(np))
