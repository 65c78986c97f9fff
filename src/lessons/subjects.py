"""Subjects: who does the speech verb, read from the words before it.

"Jane Roe, the mayor, said", "… prompted Burley to say", "the first lady, who reminded governors":
each function below reads one way a sentence names the one who speaks, and gives back that noun phrase as
written. Making it a person or a body is the work of ``speakers``.

>>> subject_of_cue("Jane Roe, the mayor, said", 21, "said")
'Jane Roe'
>>> subject_of_cue("The protest prompted Burley to say", 31, "say")
'Burley'
"""

from __future__ import annotations

import re

from .cues import CUE, PARTICIPLES
from .people import (
    HYPHENED_PARTICLE,
    NOT_NAMES,
    ORG_WORDS,
    PERSON_NOUNS,
    TITLES,
    VERB_ADVERBS,
    first_name_gender,
    has_title,
    is_org,
    is_place,
    known_first_name,
    looks_like_name,
    opens_with_participle,
    split_title,
)
from .speakers import (
    DETERMINERS,
    HANDLE,
    ISSUED_WORDS,
    MEDIA,
    OUTLET_NOUNS,
    PREPOSITIONS,
    PRONOUNS,
    TRAILING_ADVERBS,
    is_people_noun,
)
from .text import abbreviation_before, one_of

BOUNDARY_WORDS = {
    "that", "and", "but", "while", "when", "as", "because", "after", "before", "if", "so", "where", "which",
    "who", "whom", "although", "though", "whereas", "since", "until", "then", "yet", "or",
}


SKIP_WORDS = {
    "also", "has", "have", "had", "is", "was", "were", "will", "would", "could", "should", "may", "might",
    "did", "does", "do", "then", "later", "earlier", "once", "again", "further", "not", "never", "just",
    "already", "still", "often", "has also", "had also", "reportedly", "publicly", "privately", "repeatedly",
}


SKIP_OR_BOUNDARY = SKIP_WORDS | BOUNDARY_WORDS


# Lower-case words inside a name or a name with its place: "Jeff Flake of Arizona", "Ursula von der Leyen".
NAME_JOINS = {"of", "for", "de", "van", "von", "der", "den", "da", "del", "di", "la", "le", "bin", "al", "and", "&"}


TIME_OPENERS = {"on", "last", "this", "late", "early", "by", "since", "until", "in"}


TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
              "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
              "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year"}


LEADING_JUNK = {"meanwhile", "however", "separately", "instead", "also", "due", "despite", "amid", "following",
                "hours", "days", "weeks", "months", "minutes", "moments", "yesterday", "today", "tonight", "tomorrow",
                "with", "from", "by", "to", "of", "later", "earlier"}


ADVERBS = {"also", "has", "had", "have", "then", "later", "once"}


CLAUSE_SPLIT = re.compile(r"(?:^|[;:]|\s[—–]\s|\s(?:%s)\s)" % "|".join(sorted(BOUNDARY_WORDS - {"who"})))


NAME_DESCRIBED_WHO = re.compile(
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+(?:(?:the|a|an)\s+[^,]{3,120}|(?!and\b|or\b)[a-z][^,]{2,120}"
    r"|(?:[A-Z][a-z]+\s+){1,3}(?:of|for|at)\s[^,]{2,120}),"  # ("Idi Stuart, President of the … Association (TTNNA), who")
    r"\s+who\s+(?:\w+\s+){0,6}$")  # ("Gene Sperling, director of the National Economic Council, who said")


SPOKEN_ASKING = {"urged", "invited", "encouraged"}  # (said to the one asked: the asker is still the one speaking)
CAUSED_TO = re.compile(r"\b(?:forced|prompted|led|caused|pushed|urged|invited|encouraged|compelled|moved|spurred|leaving|left|"
                       r"prompting|forcing|leading)\s+(?:(?:[a-z]+\s+){1,2}(?=[A-Z]))?"
                       r"(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+to\b[^.;“”\"]*$")


NAME_AGE_PLACE = re.compile(r"(?:^|[.!?]\s+|\n)(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}|An?\s+[a-z]+),?\s+"
                            r"(?:\d{1,3},\s+)?(?:of|from|in|near)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)*,\s*$")


SUBORDINATE_SPLIT = re.compile(r"\b(?:after|when|as|while|before|because|since)\s")


BY_DOING = re.compile(r"(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?!(?:of|for|in|at|from|and|to|on|by)\b)[a-z]+"
                      r"\b[^,;]*\s+by\s*$")


PASSIVE_AGENT = re.compile(r"\b(?:was|were|is|are|been)\s+(?:[a-z]+\s+){0,4}?[a-z]+ed\s+by\s+"
                           r"(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?=[,\s])")


TRAILING_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}$")


LAST_CLAUSE_NAME = re.compile(r"\s*(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+"
                              r"(?!(?:of|for|in|at|from|and|with|to|on|by|who|which)\b)[a-z]+\b[^,]*\s(?:and|but)\s*$")

ROLE_NAME_AFTER = re.compile(r"\s+(?P<role>[a-z][\w-]*)\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\b")


SUBORDINATE_SUBJECT = re.compile(r"\b(?:before|after|as|while|when|until)\s+(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
                                 r"\s+[a-z]+\b[^,;:“”\"]*,\s*$")


# ("In his statement at the time, Terry Dittes, UAW vice president and director of …, said": a phrase may open the
# sentence; "Alan Seldon, Herefordshire county councillor for Bromyard, who called the meeting, said": capitals may
# open the description, so long as it goes on in lower case, not with "and" another name)
NAME_DESCRIBED = re.compile(r"(?:^|[.!?]\s+|\n)(?:(?:In|On|At|During|After|Before|Speaking|Asked|Later|Earlier)\s[^,“”\"]{0,60},\s+)?"
                            r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+(?:the\s+|an?\s+)?"
                            r"(?:[A-Z][\w’'.&-]*\s+){0,2}(?!who\b|which\b|however\b|and\b|or\b)[a-z][^“”\"!?;:]{0,160}?,\s*$")


PRONOUN_ASIDE = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:(?:But|And|Yet)\s+)?(?P<np>He|She|They|I|We),\s+(?:like|unlike|as|too|though|"
                           r"however|in turn|for (?:his|her|their|my|our) part)\b[^!?;:“”\"]{0,160},\s*$")  # (an aside may hold "Rep.")
ROLE_APPOSED_NAME = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:(?:But|And|Yet)\s+|In\s+(?:response|reply|a\s+statement),\s+)?"
                            # ("In response, Premium Times’ Editor-in-Chief, Musikilu Mojeed, described": a body's role)
                            # ("Lead author of the study, Western Sydney University’s Professor Ray Norris, says")
                            # ("INMO General Secretary, Phil Ní Sheaghdha, commented and said": a body's office in capitals)
                            r"(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[A-Z][a-z]+|(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:[’']s|s[’'])|"
                            r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+(?:[a-z-]+\s+){0,3}"
                            r"(?i:%s(?:-in-chief)?)(?:\s+(?:of|for|at|on)\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?)?,\s+"
                            r"(?:(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*[’']s\s+)?"
                            r"(?P<name>(?:[a-z]+\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'.-]*),\s*$" % one_of(PERSON_NOUNS))
NAME_THEN_OFFICE = re.compile(r"(?:^|[.!?]\s+|\n)(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+"
                              r"(?P<office>(?:[A-Z][\w’'.&-]*\s+){0,5}[A-Z][\w’'.&-]*),\s+[A-Z][^“”\"!?;:]{0,160}?,\s*$")
ROLE_PLACE_NAME = re.compile(r"(?:^|[.!?]\s+|\n)(?:An?|The|One)\s+(?:[\w’'-]+\s+){1,3}?(?:at|in|of|from|near)\s+"
                             r"[A-Z][^,“”\"!?;:]{0,60}(?:,\s+[A-Z][^,“”\"!?;:]{0,40})*,\s+"
                             r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s*$")
WHO_UNCLOSED = re.compile(r"(?:^|[.!?]\s+|\n)(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+(?:an?|the)\s+[^,“”\"!?;:.]{2,60}?"
                          r"\s+who\s+[^,“”\"!?;:]{3,160}?\s+$")
WHO_ASIDE = re.compile(r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}|[A-Z][\w’'.-]*(?=,\s+\d))"  # ("Jobs, 55, who")
                       r",?\s+(?:\d{1,3},\s+)?who\s+(?:is|was|has been|had been|[a-z]{2,}(?:s|ed))\s+"  # (a comma may be left out)
                       r"[^.;:“”\"]{3,160},\s*$")


# (but in "…, which Ms Roe said was …" the clause has a subject of its own)
RELATIVE = re.compile(
    r"(?P<np>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+),\s+(?:who|which)\s+(?!(?:he|she|they|we|I)\b|[A-Z])(?:\w+\s+){0,6}$")


# "SEOUL (REUTERS) -", "Bamako (AFP) Jan 13, 2011": a place and a wire, then a dash or a date.
DATELINE = re.compile(
    r"^[A-Z][A-Za-z0-9 .,'-]{1,40}?\s*\((?:[A-Z][A-Za-z]+|[A-Z]{2,})\)\s*"  # "BAMAKO (AFP)", "Nov. 15 (UPI)"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\s*(?:[-—–:]+\s*)?|[-—–:]+\s*)"
    # "New Delhi [India], June 13 (ANI):", "New Delhi, Oct 12 (IANS )": a place, a date, then the wire
    r"|^[A-Z][A-Za-z .'-]{1,40}?(?:\s*\[[^\]]{1,30}\])?,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*"
    r"\(\s*[A-Za-z]{0,12}\s*\)\s*[-—–:]*\s*"
    # "DURBAN - ", "NAIROBI, Aug 12 — ", "NOWSHERA: ": a place in capitals, maybe a date, then a dash or colon
    # "New Delhi, Aug 3 The Congress …": a place and a date, no dash, then the sentence
    r"|^[A-Z][A-Za-z .'-]{1,40}?,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+(?=[A-Z][a-z])"
    # "KAMPALA, Uganda — ": the place's country or state after it
    r"|^[A-Z][A-Z.'-]+(?:[ ][A-Z][A-Z.'-]+){0,3}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?"
    # ("KINGSTON, Jamaica, Tuesday October 4, 2016 – ": and the day)
    r"|,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2}(?:,\s*(?:[A-Z][a-z]+day,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)?)?"
    r"\s*(?:[-—–]+|:)\s+"
    # "Mumbai/New Delhi: ": places of a joint report, then a colon
    r"|^[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+)?(?:/[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+)?)+:\s+"
)


# "During a visit to Seoul last week," "Hours after the shooting," or one word: "Meanwhile,"
INTRO_PHRASE = re.compile(
    r"^(?:(?:In|During|On|At|After|Before|When|While|Speaking|Asked|Earlier|Later|Last|This|Since|For|Amid|Under|Despite|"
    r"However|But|And|Hours|Days|Weeks|Months|Years|Minutes|Moments|Shortly|Soon|Just|Within|Following|Ahead|As|With|"
    r"Without|Outside|Inside|Back|Now|Then|Today|Yesterday|Once|Meanwhile|Until|Throughout|Among|Amongst|Like|Unlike|"
    r"Beyond|Besides|Regarding|Asked|Referring|Responding|Turning|Even|Still|Yet|Instead|Although|Though|Because|If|"
    r"Unless|According|Separately|Elsewhere|Overall|Given|Thanks|Late|Early)\b[^,]{0,130}"
    # ("However,"; but "Listhaug, of the Progress Party," and "Morgan, on the other hand," are subjects)
    r"|\w+(?!,\s+(?:who|whose|which|of|the|a|an)\s|,\s+\d|,\s+(?:on\s+the\s+other\s+hand|for\s+(?:his|her|their|its)\s+part|"
    r"in\s+turn|in\s+response|in\s+reply|by\s+contrast|in\s+contrast|meanwhile|however|too|though|"
    # ("Maiga, in a statement, attributed …": where the subject spoke)
    r"in\s+(?:an?|his|her|their|its)\s+(?:[\w-]+\s+)?(?:statement|interview|letter|speech|post|tweet|message|email|video))\b)"
    # "About 45 minutes after Obama finished speaking,": a time, not a subject
    r"|(?:About|Nearly|Almost|Around|Roughly|Some|Barely|Only)\s+(?:[\w-]+\s+)?(?:minutes|hours|days|weeks|months|years)"
    r"\s+(?:after|before|later|earlier)\b[^,]{0,80}),\s*"
)


WITH_NP = re.compile(r"\bwith\s+(?P<np>(?:[a-z][\w’'-]*\s+){0,3}(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)\s+$")


# "…, with the party’s general secretary, Dr Dayton Campbell, urging": the name after the role
WITH_ROLE_NAME = re.compile(r"\bwith\s+(?:the|its|his|her|their|[A-Z][\w’'.-]*[’']s)\s+[^,“”\"]{1,60},\s+"
                            r"(?P<np>(?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'.-]*),\s*$")
# "…, with Graham leaning into the mic and saying": the one doing both
WITH_NP_DOING = re.compile(r"\bwith\s+(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|(?:[a-z][\w’'-]*\s+){0,2}[a-z]+s)\s+"
                           r"[a-z]+ing\b[^,.;“”\"]{0,80}\s+and\s+$")
RELATIVE_ASIDE_AT_END = re.compile(r",\s+(?:who|whose|which)\s[^“”\"]{0,200},\s*$")
WITH_GROUP = re.compile(r"\bwith\s+(?P<np>(?:[\w’'-]+\s+){0,2}[a-z]+s)\s+$")


POSSESSIVES = {"his", "her", "their", "its", "our", "my", "your"}


def subject_of_cue(chunk: str, cue_at: int, cue: str) -> str:
    """The noun phrase that speaks: the clause before the verb, or the sentence's subject for "saying"."""
    window = chunk[max(0, cue_at - 100):cue_at]
    introduced = ("self as " in window or "identified only" in window or " name " in window) \
        and INTRODUCED_AS.search(chunk, max(0, cue_at - 100), cue_at)
    # ("a KQ official, who introduced himself as Joseph Mwaniki, told", "One witness, identified only by his first name
    # Dvir, told": the name they gave)
    if introduced:
        return introduced["name"]
    if ", R-" in chunk or ", D-" in chunk or ", I-" in chunk:  # "Mike Johnson, R-La., stated": no one (blanked)
        chunk = PARTY_STATE.sub(lambda m: " " * len(m.group(0)), chunk)
    if " Counsel," in chunk:  # "Paula V. Llewellyn, King’s Counsel, said": a rank after the name, no one
        chunk = SENIOR_COUNSEL.sub(lambda m: " " * len(m.group(0)), chunk)
    if "," in chunk and NUMBER_COMMA.search(chunk, 0, cue_at):
        # "Michelin, which employs almost 19,000 people, said", "on Tuesday, April 8, 2025, said": the commas of a
        # number or a date set off no aside, so they are read as another character of the same width
        # (and the "and" that closes a list is no clause's start: "the maker of Camel, Winston and Newport brand
        # cigarettes said")
        masked = NUMBER_COMMA.sub(lambda m: m.group(0).replace(",", "\x00").replace(" and ", " \x02nd "), chunk)
        np = _subject_of_cue(masked, cue_at, cue).replace("\x00", ",").replace("\x02", "a")
    else:
        np = _subject_of_cue(chunk, cue_at, cue)
    sentence = np.endswith("ing") and " " not in np and np.islower() and last_sentence(chunk[:cue_at])
    if sentence and sentence.count(",") == 1:
        # "Authorities, acting on intelligence reports said": the aside's closing comma left out, the subject before it
        before = leading_np(sentence.split(",")[0])
        np = before if before and (before[:1].isupper() or before.split()[0].lower() in DETERMINERS) else np
    # (or an office after the name: "Fr Seamus Enright, Rector of the religious order in Limerick said")
    office = np[:1].isupper() and " " in np and (np.split()[0].lower() in TITLES | PERSON_NOUNS or np.split()[1] == "of")
    described = (np.startswith(("a ", "an ")) or office) and last_sentence(chunk[:cue_at])
    if described and described.count(",") == 1 and (described.rstrip().endswith(np) or office and np in described.split(",")[1]):
        # "Divyashree, a resident of Bellandur said": the name the description was set beside
        before = described.split(",")[0].strip()
        first = before.split()[0].lower()  # ("In Lagos, a resident of Ikeja said", "Later, a resident …")
        opening = first in PREPOSITIONS or first in NOT_NAMES or first in LEADING_JUNK or first.endswith("ly")
        np = before if looks_like_name(before) and not opening and not is_place(before) and not is_org(before) else np
    if np.startswith(("But ", "And ", "Yet ", "So ")) and np.split()[1][:1].isupper():
        np = np.split(" ", 1)[1]  # "But Lamola, who is leading the delegation, said": the conjunction opens the clause
    opened = not np and OPENER_THEN_NAME.search(last_sentence(chunk[:cue_at]))
    if opened and looks_like_name(split_title(opened["np"])[0] or opened["np"]) and not is_org(opened["np"]):
        np = opened["np"]  # "However, speaking this evening Minister Harris said": no comma closes the opening phrase
    if np and np.split()[0].lower() in PREPOSITIONS:
        # "In separate interviews with the GNA the traders said", "In a statement on its Website the organization
        # wrote": no comma closes the opening phrase
        tail = NP_BEFORE_CUE.search(chunk, 0, cue_at)
        np = tail[1] if tail and tail[1] not in np else np
    return np


OPENER_THEN_NAME = re.compile(r"\b(?:[Ss]peaking|[Aa]ddressing|[Rr]esponding|[Rr]eacting|[Cc]ommenting|[Ww]riting)\b[^,.;:“”\"]{0,80}?\s"
                              r"(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*$")
NP_BEFORE_CUE = re.compile(r"\b((?:the|The)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:also\s+)?$")


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
NUMBER_COMMA = re.compile(rf"\d,\d{{3}}|\b{_MONTH}\s+\d{{1,2}},\s+\d{{4}}|\b[MTWFS][a-z]+day,\s+(?={_MONTH}\s+\d)"
                          # ("Minister of Sport, Arts and Culture Zizi Kodwa": the commas of an office's list of portfolios)
                          r"|\b(?:of|for)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)+,?\s+and\s+[A-Z]"
                          # ("the Rail, Tram and Bus Union was quick to fire back and say": the commas of a body's name)
                          r"|(?<=[Tt]he )[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)+,?\s+and\s+[A-Z][\w’'-]*\s+(?:Union|Association|"
                          r"Party|Federation|Council|Movement|Alliance|Workers|Front)\b")


def _subject_of_cue(chunk: str, cue_at: int, cue: str) -> str:
    np = _subject_phrase(chunk, cue_at, cue)
    head = chunk[:cue_at].rstrip()
    if np and head.endswith(", " + np) and is_place(np):
        # "Valens Andi, head of the … Cooperative, West Kalimantan said": the place closes the aside its comma left open
        return _described_name(head + ",") or np
    if np and head.endswith(" from " + np) and is_place(np):
        # "Kimberly Hoffman, 28, from Kuils River said": where she is from closes the aside its comma left open
        first = last_sentence(head).split(",")[0].strip()
        return first if "," in last_sentence(head) and looks_like_name(first) and not is_org(first) else np
    if np and " " not in np and (np.lower() in NOT_NAMES or np.endswith("ing")):
        # "In a letter to the Journal chairwoman Joanna Reeves wrote", "Recommending the plan Clr Peter McBride (Lab,
        # Dalton) said": no comma closed the opening phrase
        head = chunk[:cue_at]
        head = PARENTHETICAL.sub("", head) if "(" in head else head
        right_before = NAME_BEFORE_CUE.search(head)
        if not right_before:  # ("Taking offence to what it called …": an opening participle is no one)
            return "" if np.endswith("ing") and PARTICIPLE_OPENER.match(last_sentence(head).lstrip(" \"“‘'")) else np
        words = right_before.group(1).split()
        if words[0] in PREPOSITIONS and len(words) > 2 and not MEDIA.fullmatch(words[1]):
            words = words[-1:]  # "On a visit to Washington Peters told": the place, then his surname
        if words[0].islower() and words[0] not in TITLES:
            words = words[1:]  # "… seen by AFP Mokoko wrote": not "by"
        while len(words) > 1 and MEDIA.fullmatch(words[0]):
            words = words[1:]  # nor the agency that saw the text
        return " ".join(words)
    issued = np and np.lower().endswith(ISSUED_WORDS) and DOCUMENT_BY.search(chunk, max(0, cue_at - 120), cue_at)
    if issued:  # "A statement released by the Arab nation's foreign ministry read": the whole phrase, for its issuer
        return issued.group(0).strip(" ,")
    opening = not np and PARTICIPLE_OPENS.match(last_sentence(chunk[:cue_at]).lstrip(" \"“‘'"))
    named = opening and NAME_AFTER_LOWER.search(chunk[:cue_at].rstrip())
    if named and not is_org(named["name"]):  # "Commenting on his twitter account President Mnangagwa said": no comma
        return named["name"]
    if np and np.split()[0] in OPENING_PREPOSITIONS:
        role = ROLE_BEFORE_CUE.search(chunk, max(0, cue_at - 80), cue_at)
        if role:  # "In a statement released late today a council spokeswoman said": no comma closed the opening phrase
            return role.group(0).strip()
        # ("In a statement released this afternoon Dr Brady said": the opening phrase was read as the subject)
        named = name_past_opening(np) or name_past_opening(last_sentence(chunk[:cue_at]).strip(" ,"))
        if named:
            return named  # "Ahead of the high court decision Kaine, said": nor here, before the name
    return np


def name_past_opening(np: str) -> str | None:
    """The name after an opening phrase no comma closed: "At this point Tsenoli", "Ahead of the decision Kaine"."""
    named = np.split()[0] in OPENING_PREPOSITIONS and NAME_AFTER_LOWER.search(np)
    return named["name"] if named and looks_like_name(named["name"]) and not is_org(named["name"]) else None


NAME_AFTER_LOWER = re.compile(r"\s[a-z]+\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)$")
DOCUMENT_BY = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?(?:%s)\s+(?:issued|released|signed|sent|published)\s+by"
                         r"\s+[^,.;“”\"]{2,80}?\s*,?\s*$" % "|".join(ISSUED_WORDS))
OPENING_PREPOSITIONS = {"In", "On", "At", "During", "After", "Before", "Following", "Speaking", "Asked", "Ahead"}
# "One of the group, Tory MP Sir Iain Duncan Smith, said": one of many, then which one
ONE_OF_NAMED = re.compile(r"(?:^|[.!?]\s+|\n)\s*One\s+of\s+(?:the|them|those|these|his|her|their)\b[^,.;:“”\"]{0,60},\s+"
                          r"(?P<name>(?:[A-Z][\w’'.-]*\s+){1,6}[A-Z][\w’'.-]*),\s*$")
NAME_OFFICES_BODY = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+"
                               r"(?:[a-z][\w’'-]*(?:\s+[\w’'-]+){0,5},\s+){1,3}(?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&.-]*\s+$")
SENIOR_COUNSEL = re.compile(r",\s+(?:King|Queen|Senior)(?:[’']s)?\s+Counsel,(?=\s)")
PARTY_STATE = re.compile(r",\s+[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?,(?=\s)")
PARTICIPLE_OPENS = re.compile(r"[A-Z][a-z]+ing\s+(?:on|to|about|at|in|from)\s")  # "Commenting on his account President X said"
ONE_VERB_AND = re.compile(r",\s+[a-z]+\s+(?:and|but)\s*$")
ROLE_BEFORE_CUE = re.compile(r"\b(?:a|an|the|one)\s+(?:[\w’'-]+\s+){0,3}?(?:%s)\s+$" % one_of(PERSON_NOUNS))
OBJECT_PREPOSITIONS = {"of", "for", "from", "against", "about", "over"}
# ("opposed the dam on the Indus River saying": a place a preposition governs is no subject)
OBJECT_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|from|against|about|over|by|with|on|in|at|near|along|across)\s+$")
NAME_BEFORE_CUE = re.compile(r"((?:[a-z]+\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+$")


def _subject_phrase(chunk: str, cue_at: int, cue: str) -> str:
    """Who does the cue verb at ``cue_at``: each rule below reads one way a sentence names its speaker."""
    head = chunk[:cue_at]
    if head.endswith("ly ") and ", " in head[-20:]:  # "One fan, John Smith, notably wrote": the aside closes at the comma
        head = COMMA_ADVERB.sub(", ", head)
    # Right-anchored checks on the last words, not regex searches: this runs for every quote.
    last = head.split()[-4:]
    while last and (last[-1].lower() in ADVERBS or last[-1].endswith("ly")):
        last.pop()
    if last and last[-1].lower() in {"he", "she", "they", "i", "we"} and cue not in PARTICIPLES:
        return last[-1]
    if last and PRONOUN_HAS.fullmatch(last[-1]) and cue not in PARTICIPLES:  # "what he’s said before": he
        return PRONOUN_HAS.fullmatch(last[-1])[1]
    what = ("what " in head[-60:] or "which " in head[-60:]) and WHAT_NAME.search(head)
    what = what if not what or not (what["group"] or what["noun"]) or is_people_noun(what["group"] or what["noun"]) \
        or what["noun"] in PERSON_NOUNS else None
    if what:  # "…, who has secured what Chakwera described as “…”": the one right before the verb
        return what["np"]
    sentence = _plain_sentence(head)
    described = _described_name(head) or _relative_subject(head)
    if described:
        return described
    if head.rstrip().endswith((" and", " but")) and cue not in PARTICIPLES:  # ("… and asking": the sentence's subject)
        one_verb = ONE_VERB_AND.search(head[-40:])
        described = one_verb and _described_name(head[:len(head) - len(one_verb.group(0)) + 1])
        if described:  # "INMO General Secretary, Phil Ní Sheaghdha, commented and said": the name set off before
            return described
        # ("She said that the Government had “…” and said that …": the same verb again is the sentence's own)
        again = re.search(rf"\s{re.escape(cue)}\s+that\s", sentence)
        # ("… said he was “extremely worried” by the returns and called them": a phrase, no subject; the quote's own
        # speaker goes on)
        phrase = (sentence.split() or [""])[0] in PREPOSITIONS
        joined = not phrase and _subject_before_and(sentence[:again.start()] + " " if again else sentence)
        if joined or phrase:
            return joined or ""
        cue = "saying"  # "X reacted to an editorial, which tore into Y and said": X, the sentence's subject
    caused = (head.rstrip().endswith(" to") or cue in PARTICIPLES) and CAUSED_TO.search(head[-200:])
    if caused and cue in PARTICIPLES and caused.group(0).split()[0] in SPOKEN_ASKING:
        caused = None  # "Davey urged Conservatives to join his party, accusing Badenoch …": the one who urged goes on
    if caused:  # "prompted Burley to say …", "forced Marine Le Pen to intervene, saying …": the one made to speak
        return caused["np"]
    if head.rstrip().endswith(" to"):
        cue = "saying"  # "took to Twitter to say …": the sentence's subject says it
    if cue in PARTICIPLES:
        return _participle_subject(head) or _opening_subject(sentence)
    return _clause_subject(sentence, cue) or _apposed_name(sentence)


def _apposed_name(sentence: str) -> str:
    """'Juru village resident, Theresa Mapara, 47, a home-based caregiver who assists patients, said': where no rule
    above read the clause, the asides between commas before the verb are read from the verb back (an age, "a …",
    "the …", "who …"), and the first part that ends in a name is the speaker."""
    parts = sentence.rstrip().split(",")
    if len(parts) < 3 or parts[-1].strip():
        return ""
    for part in reversed(parts[:-1]):
        part = part.strip()
        if APPOSITIVE.match(part):
            continue  # an age or a description: what the speaker is
        name = TRAILING_NAME_AFTER_LOWER.search(part)
        name = name["name"] if name else part
        return name if looks_like_name(name) and not is_org(name) and not is_place(name) else ""
    return ""


APPOSITIVE = re.compile(r"\d{1,3}$|(?:an?|the|who|whose|now|then|also|herself|himself|[a-z]+-year-old)\s")
TRAILING_NAME_AFTER_LOWER = re.compile(r"(?:^|\s)[a-z][\w’'-]*\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)$")


COMMA_ADVERB = re.compile(r",\s+[a-z]{3,}ly\s+$")
# ("what one expert called a microfinance “crisis”": someone described, not named)
WHAT_NAME = re.compile(r"\b(?:what|which)\s+(?P<np>(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*|(?:[A-Z][\w’'.-]*\s+){0,2}(?P<group>[a-z]+)"
                       r"|(?:one|an?|another|some|many|several)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+))"
                       r"\s+(?:(?:has|had|have|is|was|are|were)\s+)?$")  # ("left what police described as “…”", "what X is describing as")
PRONOUN_HAS = re.compile(r"(?i)(he|she|they|i|we)[’'](?:s|d|ve)")


def _plain_sentence(head: str) -> str:
    """The sentence before the verb without what is not its clause: trailing adverbs ("Mr Michael Bloomberg, has
    stated"), a dateline, brackets and asides between dashes."""
    sentence = TRAILING_ADVERBS.sub(" ", last_sentence(head))
    dateline = DATELINE.match(sentence)
    sentence = sentence[dateline.end():] if dateline else sentence
    if "(" in sentence:  # "Senator, Enyinnaya Abaribe (PDP, Abia State) described": the bracket is no clause
        sentence = PARENTHETICAL.sub("", sentence)
    if " -- " in sentence:  # ("Gojek -- which alongside Singapore's Grab is … -- said": wire copy's dash, typed as two)
        sentence = sentence.replace(" -- ", " — ")
    if " - " in sentence or " – " in sentence or " — " in sentence:
        # "Mr Doughty - the MP for Cardiff South - accused": nor the dashes; "When asked why … on Poplar Row - despite
        # the checkpoints - the garda chief said": where a noun phrase follows, the aside closed the opening clause
        sentence = DASH_ASIDE.sub(lambda m: ", " if m.string.startswith(("the ", "a ", "an "), m.end() + 1) else "", sentence)
    return sentence


def _described_name(head: str) -> str | None:
    """A name, then what it is between commas, then the verb (or what someone is, then their name)."""
    if not head.rstrip().endswith(",") and head.count(",", -200) >= 2:
        # "Mike Connolly, assistant director, specialist investigations, HMRC said": the body closes the aside, no comma
        offices = NAME_OFFICES_BODY.search(head[-200:])
        if offices and looks_like_name(offices["name"]) and not is_org(offices["name"]):
            return offices["name"]
    if head.rstrip().endswith(",") and head.count(",", -240) >= 2:  # (plain tests first: this runs for every cue)
        pronoun = any(p in head for p in ("He, ", "She, ", "They, ", "I, ", "We, ")) and PRONOUN_ASIDE.search(head[-240:])
        if pronoun:  # "She, like Rep. Jonathan Windy Boy, D-Box Elder on the floor, said": she
            return pronoun["np"]
        role = ROLE_APPOSED_NAME.search(head[-160:]) or ONE_OF_NAMED.search(head[-160:])
        if role and looks_like_name(split_title(role["name"])[0]):  # "And her lawyer, former Gov. Roy Barnes, called"
            return role["name"]
    placed = head.rstrip().endswith(",") and (NAME_AGE_PLACE.search(head[-200:]) or NAME_DESCRIBED.search(head[-240:]))
    name = placed and placed["name"]
    dot = placed and placed.string.rfind(".", 0, placed.start("name"))
    if name and dot >= placed.start() and abbreviation_before(placed.string, dot):
        name = None  # "In a speech for Davao Rep. Karlo Nograles, the President …": no sentence ended at "Rep."

    if name and name.split()[0].lower() not in NOT_NAMES - {"a", "an"} and (looks_like_name(name) or name[:1] in "Aa"):
        # "Heather Blevins, 43, of Belmont, Herefordshire, said", "A resident in Great Witley, Worcestershire, said",
        # "Robin Shattock, professor of … at St George's, University of London, said"
        return name
    office = head.rstrip().endswith(",") and NAME_THEN_OFFICE.search(head[-280:])
    if office and has_title(office["office"]) and looks_like_name(office["name"]) and not is_org(office["name"]):
        # "Hussein Olanrewaju, National Chief Aggregating Officer, Association of … (AMMBAN), said": an office in
        # capitals after the name, then the body it is held in
        return office["name"]
    placed = head.rstrip().endswith(",") and ROLE_PLACE_NAME.search(head[-240:])
    if placed and looks_like_name(placed["name"]) and not is_org(placed["name"]) and not is_place(placed["name"]):
        return placed["name"]  # "A tailor at Idi-Araba, Mushin, Surajudeen Hazmat, said": the name after the place
    unclosed = " who " in head and not head.rstrip().endswith(",") and WHO_UNCLOSED.search(head[-280:])
    if unclosed and looks_like_name(unclosed["name"]):
        # "Lynsey Strahan, a local voter who attended the party Tuesday night said": the aside's closing comma left out
        return unclosed["name"]
    aside = " who " in head and WHO_ASIDE.search(head[-240:])
    if aside and looks_like_name(aside["name"]):  # "Ziyambi Ziyambi, who is also Justice, Legal and … Minister, said"
        return aside["name"]
    office = " of " in head[-200:] and not head.rstrip().endswith(",") and OFFICE_UNCLOSED.search(head[-280:])
    if office and looks_like_name(office["name"]) and not is_org(office["name"]):
        # "Omoyemi Akerele, founder and creative director of Lagos Fashion and Design Week said:": the comma left out
        return office["name"]
    return None


OFFICE_UNCLOSED = re.compile(r"(?:^|[.!?]\s+|\n)(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+(?:the\s+|an?\s+)?"
                             r"(?:[a-z-]+\s+){0,4}(?i:%s)\s+(?:of|at|for)\s+[^,“”\"!?;:]{1,100}?\s+$" % one_of(PERSON_NOUNS))


NAME_WHO = re.compile(r"(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+who\s+(?:also\s+|\w+ly\s+)?(?:has\s+|had\s+|have\s+)?$")


# "Rotunno later issued a statement regarding the verdict, which read,": the statement speaks for whoever issued it
ISSUED_WHICH = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<np>[^.!?\n“”\"]{2,80}?)\s+(?:\w+ly\s+|later\s+|also\s+|then\s+)?"
                          r"(?:issued|released|put\s+out|posted|published|sent\s+out)\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:%s)(?:\s+(?:regarding|on|about|over|after|to)\s+[^,.“”\"]{1,60})?,?\s+which\s+$" % "|".join(ISSUED_WORDS))


def _relative_subject(head: str) -> str | None:
    """The one a "who" clause right before the verb is about."""
    issued = " which " in head[-100:] and ISSUED_WHICH.search(head[-240:])
    if issued:
        return leading_np(issued["np"]) or None
    right_before = " who " in head[-20:] and NAME_WHO.search(head[-120:])
    if right_before and looks_like_name(right_before["np"]):
        return right_before["np"]  # "… tough questioning from independent TD Shane Ross who queried whether …"
    relative = (", who " in head or ", which " in head) and RELATIVE.search(head[-160:])
    # (the description may hold what RELATIVE's phrase cannot: "(TTNNA)")
    named = ", who " in head[-240:] and NAME_DESCRIBED_WHO.search(head[-240:])
    if named:  # "Bob Ayling, the chief executive ousted by the board in March, who said": the name described
        return named["name"]
    # "the first lady, who reminded governors that “…”" (but "an editorial, which tore into …" speaks for no one)
    # ("several nations, including Switzerland, which warned": the one the list names)
    np = relative and INCLUDING.sub("", relative["np"])
    return (relative and (_antecedent if ", who " in relative.group(0) else leading_np)(np)) or None


INCLUDING = re.compile(r"^(?:including|especially|notably|namely|such\s+as|like)\s+(?=[A-Z])")


def _subject_before_and(sentence: str) -> str | None:
    """The subject of the verb before the "and": "… reported that Kim supervised a drill and vowed …" is Kim's."""
    clauses = re.split(r"\s(?:that|who|whom|which|while|when|because|after)\s", sentence)
    parts = without_intro(clauses[-1]).split(",")
    np_ = leading_np(parts[0])
    outer = len(clauses) == 2 and np_ and np_.split()[0].lower() in DETERMINERS - POSSESSIVES and not is_people_noun(np_.split()[-1]) \
        and not is_org(np_) and leading_np(without_intro(clauses[0]))
    if outer and (looks_like_name(outer) or outer.lower() in ("he", "she", "they") or is_people_noun(outer.split()[-1])):
        return outer  # "Ramses said that the ban violated …, and described the move as …": no ban describes; he does
    named = len(parts) > 2 and leading_np(parts[1])
    if np_ and named and looks_like_name(named) and not is_org(named) and np_.split()[0].lower() in DETERMINERS:
        np_ = named  # "The officer leading the inquiry, Det Supt Hamish Campbell, acknowledged … but said": the name
    last = len(parts) > 1 and LAST_CLAUSE_NAME.match(parts[-1])
    if last and looks_like_name(last["name"]) and not is_org(last["name"]):
        np_ = last["name"]  # "Pryke said as he was taken down, Richardson stood up and shouted": the last clause's
        # ("…, South Korean Go player Lee Se-dol said … and described": capitals, a noun for someone, then the name)
        role = ROLE_NAME_AFTER.match(parts[-1], last.end("name"))
        np_ = role["name"] if role and role["role"] in PERSON_NOUNS | TITLES and looks_like_name(role["name"]) else np_
    owned_thing = np_ and np_.split()[0].lower() in POSSESSIVES and not is_people_noun(np_.split()[-1])
    if np_ and not owned_thing and (
            np_[0].isupper() or np_.split()[0].lower() in DETERMINERS | PRONOUNS or is_people_noun(np_.split()[-1])):
        return np_  # (but "acknowledged that his time is running out, but asserted": not "his time")
    return None


# (or a group, the words for it after a capital: "The talks failed, U.S. officials said, calling them …")
# (and a role: "…, Australia’s foreign office said, adding", "…, the ministry said, adding")
NAME_THEN_VERB = re.compile(r"(?<=,\s)(?P<np>he|she|they|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:\s+(?:officials|sources|police|analysts|"
                            r"diplomats|experts|authorities|officers|witnesses|residents))?"
                            r"|(?:the|(?:[A-Z][\w’'.-]*\s+)?[A-Z][\w’'.-]*(?:[’']s|s[’']))\s+(?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:said|says|wrote|writes|added|"
                            r"noted|stated|explained|insisted|argued|warned|told\s+\w+)(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?"
                            r"(?:,\s*|\s+)$")  # ("…, Furey said Monday, adding: “…”")


def _participle_subject(head: str) -> str | None:
    """Who a participle's clause ("…, saying", "by calling") is about, where the words right before it say."""
    apposed = head.rstrip().endswith(",") and APPOSED_RELATIVE.search(head[-120:])
    if apposed:  # "…, a proposal Lopez Obrador rejected, saying …": the one in the clause set off before it
        return apposed["np"]
    # ("…, Nasima Begum said adding, “…”", "…, she said, describing it as “…”": with or without the comma)
    reported = (head.rstrip().endswith(",") or head.endswith((" said ", " says "))) and NAME_THEN_VERB.search(head[-80:])
    if reported:  # "Most of the roles are in sales, Lütke wrote, adding that …": the one whose words those were
        return reported["np"]
    clause_subject = head.rstrip().endswith(",") and SUBORDINATE_SUBJECT.search(head[-200:])
    if clause_subject:  # "…, before Tsenoli cut him short, telling him …": the subject of the clause just before
        return clause_subject["np"]
    # "… Shoaib Amir sparked outrage by calling …": who did what the participle tells how
    clause = SUBORDINATE_SPLIT.split(head[-200:])[-1]
    by_doing = head.rstrip().endswith(" by") and BY_DOING.search(clause)
    role_name = by_doing and ROLE_NAME_AFTER.match(clause, by_doing.end("np"))
    if role_name and role_name["role"] in PERSON_NOUNS:  # ("Rally organizer Tomita Hiroyasu of the … Union called on …
        return role_name["name"]  # by saying": the name after the role, not the capital that opens the sentence)
    if by_doing and not by_doing["np"].endswith(("’s", "'s")):  # ("dismissed McCain’s opposition by": not McCain)
        return by_doing["np"]
    agent = PASSIVE_AGENT.search(head[-240:])
    # (but "Reda was quoted by Asharq Al-Awsat newspaper as saying": the paper only carried his words)
    agent = agent if agent and agent.group(0).split(" by ")[0].split()[-1] not in ("quoted", "cited") else None
    if agent:  # "The olive branch was firmly rejected by Clegg, who …, calling him …": the one who did it
        return agent["np"]
    blamed = head.rstrip().endswith(" for") and OBJECT_FOR.search(head[-160:])
    if blamed and blamed["to"] is None:  # "lashed out at the MACC for saying …": the one blamed said it
        return blamed["np"]
    aside = head.rstrip().endswith(",") and RELATIVE_ASIDE_AT_END.search(head[-240:])
    if aside:  # "…, with Irish President Michael D Higgins, whose home … is near the zoo, saying": the one the aside is about
        bare = head[:len(head) - len(head[-240:]) + aside.start()] + " "
    else:
        bare = head
    with_np = WITH_NP.search(bare[-120:]) or WITH_GROUP.search(bare[-120:]) or WITH_NP_DOING.search(bare[-160:]) or (
        bare.rstrip().endswith(",") and WITH_ROLE_NAME.search(bare[-160:]))
    if with_np and (with_np["np"][0].isupper() or is_people_noun(with_np["np"].split()[-1])):
        return with_np["np"]  # "…, with party chairman Ann Lee urging him to", "with legislators asking": them
    right_before = not head.rstrip().endswith(",") and NAME_BEFORE_CUE.search(head[-80:])
    words = right_before[1].split() if right_before else []
    if words and words[0] in ("and", "or", "as", "alias"):
        return None  # "gave their names as Abdul Shaibu and Ibrahim Razak adding that": the last of a list, no subject
    before = head[:len(head) - len(head[-80:]) + right_before.start()] if right_before else ""
    if words and (words[0] in OBJECT_PREPOSITIONS or words[0] == "the" and OBJECT_PREPOSITION_BEFORE.search(before)):
        return None  # "Justin Jones slammed the decision of the House Republicans saying": whose decision, no subject
    if words and words[0].islower() and words[0] not in TITLES:
        words = words[1:]  # "led to Tim Ayres telling": not "to"
    if len(words) >= 2 and looks_like_name(" ".join(w for w in words if w not in TITLES)):
        return " ".join(words)  # "led to Labor senator Tim Ayres telling the minister": no comma, the name acts
    return None


def _opening_subject(sentence: str) -> str:
    """The subject the sentence opens with ("X filed a lawsuit against Y, Inc., alleging that …")."""
    opened = OPENING_THEN_NAME.match(sentence.split(",")[0])
    if opened and looks_like_name(opened["name"]) and not is_org(opened["name"]) and not is_place(opened["name"]):
        return opened["name"]  # "Earlier in the ceremony Kosminsky hit out at …, saying": no comma closed the opening
    first = leading_np(sentence.split(",")[0])
    if sentence.count(",") == 1 and sentence.split(",")[1].lstrip().startswith("one of ") and first == sentence.split(",")[0].strip() \
            and looks_like_name(first) and not is_org(first):
        return first  # "Wanyama, one of the veterans in the team continues to say:": the name, then an aside left unclosed
    if sentence.split()[:1] in (["But"], ["And"], ["Yet"], ["So"]) and first and (
            first[:1].isupper() or first.split()[0].lower() in DETERMINERS | PRONOUNS):
        # "But Simon Birmingham has hit back, insisting …", "But the GOP speaker allowed …, adding": a conjunction
        # opens a clause, not an aside
        return first
    # the first part between commas that names someone: "…, widely expected in August, Kishida did not elaborate,
    # saying only"
    parts = without_intro(sentence).split(",")
    for i, part in enumerate(parts):
        np = leading_np(part)
        if np and np == part.strip() and " " not in np and i + 1 < len(parts) and split_title(leading_np(parts[i + 1]))[1]:
            continue  # "Speaking at Lagos House, Ikeja, Governor Sanwo-Olu expressed …": the place closes the opening
        if np and (np[0].isupper() or np.split()[0].lower() in DETERMINERS | PRONOUNS):
            rest, titled = split_title(np)
            # ("His wife, Dilek Imamoglu, told …": a role the possessive or article marks, then the name between commas)
            # ("Turetta’s lawyer, Giovanni Caruso, said …, saying": a name's possessive marks the role too)
            # ("One of Senegal’s main opposition presidential candidates, Anta Babacar Ngom, conceded …, writing")
            # ("The leader of Les Engagés, Maxime Prévot, also spoke …, saying": an office of a body, then the name)
            role = (len(np.split()) <= 3 and (np.split()[0].lower() in POSSESSIVES | DETERMINERS
                                              or np.split()[0].endswith(("’s", "'s"))) or np.lower().startswith("one of ")
                    or len(np.split()) <= 7 and np.split()[0].lower() == "the" and " of " in np
                    and np.split(" of ")[0].split()[-1].lower() in PERSON_NOUNS) \
                and np == part.strip()
            role = role and i + 1 < len(parts)
            name = leading_np(parts[i + 1]) if (titled and not rest[:1].isupper() or role) and i + 1 < len(parts) else ""
            name = name if not role or name == parts[i + 1].strip() else ""  # (only a name stands there)
            # "Leader of the Opposition, Premadasa, sought …": a title alone, then the name
            return name if name and looks_like_name(name) and not is_org(name) else np
    return leading_np(without_intro(sentence).split(",")[0])


LOWER_OFFICE_THEN_NAME = re.compile(r"(?:[a-z-]+\s+)?(?P<head>[a-z-]+)\s+(?:of|for|at)\s+(?:the\s+)?(?:[a-z-]+\s+){1,6}?"
                                    r"(?:(?:of|for|at)\s+(?:the\s+)?(?:[a-z-]+\s+){1,5}?)?"
                                    r"(?P<run>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,4})(?=\s*[,.;:]|\s*$)")


def office_then_holder(text: str, at: int = 0) -> tuple[str, int] | None:
    """'minister of state at the Department Pippa Hackett' -> ('Pippa Hackett', 39): an office in lower case whose
    portfolio runs on past two words, then who holds it (the name, or the last words of a body's name that open
    with a known first name), and where the name starts."""
    m = LOWER_OFFICE_THEN_NAME.match(text, at)
    if not m or m["head"] not in PERSON_NOUNS:
        return None
    if looks_like_name(m["run"]) and not is_org(m["run"]):
        return m["run"], m.start("run")
    words = m["run"].split()
    for n in (3, 2):
        if len(words) > n and known_first_name(words[-n]):
            name = " ".join(words[-n:])
            return name, m.end("run") - len(name)
    return None


def _clause_subject(sentence: str, cue: str = "") -> str:
    """The subject of the clause the verb ends: after the last comma aside and "that", its leading noun phrase."""
    contact = CONTACT_SUBJECT.search(sentence[-100:])
    if contact and contact["before"].lower() not in PREPOSITIONS and leading_np(contact["np"]) == contact["np"]:
        # "a vote the opposition says was rigged", "told the court the suspect said": the phrase right before the
        # verb, after a noun, opens a clause of its own (a "that" left out) and is its subject
        return contact["np"]
    reported = cue in SPEAKING and (" said " in sentence or " says " in sentence or " told " in sentence)
    reported = reported and REPORTED_SUBJECT.search(sentence[-120:])
    if reported and looks_like_name(reported["np"]) and not is_org(reported["np"]):
        # "An account released by the ministry said Wang had emphasised …": the verb is Wang's, in what the account says
        return reported["np"]
    told = cue in TELLING and (" said " in sentence or " says " in sentence) and REPORTED_TELLER.search(sentence[-80:])
    if told and (is_people_noun(told["np"]) or told["np"].split()[-1].lower() in PERSON_NOUNS):
        # "Laura Knockwood says police told her that her husband was “…”": the words are the teller's, in her account
        return told["np"]
    # "Mugabe, in power since 1980, said": an aside between commas before the verb is not where its clause starts
    clause = CLAUSE_SPLIT.split(_without_asides(sentence))[-1]
    np = leading_np(_drop_appositive(clause)) or leading_np(_drop_appositive(THAT.split(without_intro(sentence))[-1]))
    held = not np and office_then_holder(_drop_appositive(clause))
    if held:  # "and minister of state at the Department Pippa Hackett said:"
        return held[0]
    joined = np[:1].isupper() and clause.startswith(np) and sentence.rfind(" and " + np)
    whole = joined and joined > 0 and sentence[:joined].split()[-1][:1].isupper() and leading_np(_drop_appositive(_without_asides(sentence)))
    if whole and (whole.endswith(" " + np) and " and " in whole or sentence.find(whole, joined) > joined):
        # "State Minister for Finance and Revenue Aisha Ghaus Pasha slammed": one office's "and", no new clause;
        # "Brazil’s Minister of Labor and Employment, Luiz Marinho, said": the office, then the name set off after it
        np = whole
    if np and np.split()[0] in OPENING_PREPOSITIONS and "," in sentence:
        # "In a press conference Sunday afternoon, the candidate, an ally to …, said": the asides went, and with them
        # the subject between the opening phrase and the aside (but "In a statement on Thursday Dr Pete Watson, Acting
        # chief executive …, said": no comma closed the opening phrase, and the name at its end is the subject)
        named = TRAILING_NAME.search(_drop_appositive(clause))
        named = named and split_title(named.group(0))
        if named and named[1] and looks_like_name(named[0]) and not is_org(named[0]):
            np = named[0]
        else:
            np = leading_np(_drop_appositive(CLAUSE_SPLIT.split(_without_asides(without_intro(sentence)))[-1])) or np
    if np and np.split()[0] in PREPOSITIONS and "," in sentence:
        # "The rabbi injured in the shooting inside a Poway, California, synagogue, on the last day of Passover said":
        # a time or place set off after the subject, its closing comma left out
        np = leading_np(_drop_appositive(without_intro(sentence).split(",")[0])) or np
    role = np and np.split()[0].lower() not in DETERMINERS - {"the"} and (np.split()[-1].lower() in PERSON_NOUNS or (
        np[0].islower() and any(w in PERSON_NOUNS for w in np.lower().split()[:4])  # ("site manager for Invista")
        or np[0].isupper() and not split_title(np)[0] and has_title(np)))  # ("United Nations Secretary-General")
    role = role and not _names_holder(np)
    # ("Yolande Makolo, a spokesperson for the Rwanda government said:": a name standing alone, then what they are)
    described = np and np.split()[0].lower() in ("a", "an") and any(w in PERSON_NOUNS for w in np.lower().split()[1:4])
    # ("Syed Altaf, an office-goer says,": any noun, where a first name opens the sentence)
    described = described or np and np.split()[0].lower() in ("a", "an") and len(np.split()) <= 4 and "," in sentence \
        and bool(first_name_gender(sentence.split()[0]))
    if (role or described) and "," in sentence:
        parts = sentence.rstrip().split(",")
        before = TRAILING_NAME.search(parts[-2].strip())
        # ("Sir Howard Davies, the chair of the judges said": with "the", only a name standing alone between commas, not
        # "Referring to Mr Wakeford, the press secretary said" nor "… with US President, Donald Trump, the spokesman said")
        apposed = len(parts) > 2 and parts[-3].split()[-1:] and parts[-3].split()[-1].lower() in TITLES
        alone = before and (before.start() == 0 and not apposed or np.split()[0].lower() != "the" and not described)
        alone = alone and (not described or looks_like_name(before.group(0)))
        opener = before and before.group(0).split()[0]
        # ("Addressing Roy, the judge said": a participle's clause, not a name)
        alone = alone and not opens_with_participle(opener)
        if alone and not is_org(before.group(0)) and opener.lower() not in NOT_NAMES:
            return before.group(0)  # "Pat Cullen, RCN director told": the name, then what they are (no closing comma)
    if np and "," in sentence and np[:1].isupper() and not split_title(np)[1] and not first_name_gender(np.split()[0]):
        # "Sandeep Bhattacharya, Assistant Director, Birla Planetorium said": a name, the title, then the body it is at
        parts = sentence.rstrip().split(",")
        named = len(parts) > 2 and len(parts[-2].split()) <= 5 and has_title(parts[-2]) and TRAILING_NAME.search(parts[-3].strip())
        if named and looks_like_name(named.group(0)) and not is_org(named.group(0)) and not has_title(named.group(0)):
            return named.group(0)
    return np


def _names_holder(np: str) -> bool:
    """'owner Liam Brown': a role, then the name of the one who holds it (no role standing alone)."""
    words = np.split()
    return any(w.lower() in PERSON_NOUNS and nxt[:1].isupper() and not nxt.isupper() and nxt.lower() not in PERSON_NOUNS
               for w, nxt in zip(words, words[1:]))  # (not "deputy CEO", "deputy Mayor": one role)


APPOSED_RELATIVE = re.compile(r",\s+(?:a|an|the)\s+[a-z]+\s+(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+[a-z]+ed,\s*$")
# (but "apologised to Kim for saying" is about the one who apologised)
OBJECT_FOR = re.compile(
    r"(?P<to>\bto\s+)?(?P<np>(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){0,5}[A-Z][\w’'.&-]*(?:\s+\([A-Z]{2,}\))?|him|her|them)\s+for\s*$")


PARENTHETICAL = re.compile(r"\s*\([^()]{1,60}\)")


# (verbs that are speech whatever the sentence: "X said Y agreed with Z that …" leaves the words X's)
SPEAKING = {"said", "says", "told", "added", "emphasised", "emphasized", "stressed", "insisted", "warned", "urged", "argued",
            "noted", "explained", "declared", "vowed", "pledged", "promised", "asked", "replied", "responded", "reiterated",
            "wrote", "tweeted"}
REPORTED_SUBJECT = re.compile(r"\s(?:said|says|told\s+[\w’'-]+)\s+(?:that\s+)?(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+"
                              r"(?:(?:had|has|have|also|then|later)\s+)*$")
INTRODUCED_AS = re.compile(r",\s+(?:who\s+(?:introduced|identified|described)\s+(?:himself|herself)\s+(?:only\s+)?as|"
                           r"(?:who\s+(?:was|is)\s+)?identified\s+only\s+(?:as|by\s+(?:his|her|their)\s+(?:first\s+)?name)|"
                           r"who\s+gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as)\s+"
                           r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s*$")
REPORTED_TELLER = re.compile(r"\s(?:said|says)\s+(?:that\s+)?(?P<np>police|(?:a|an)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+)\s+$")
TELLING = {"told", "tells", "telling", "warned", "warning", "informed", "assured"}
CONTACT_SUBJECT = re.compile(r"\b(?P<before>[a-z]+)\s+(?P<np>the\s+(?:(?!the\s)[\w’'-]+\s+){0,3}?[\w’'-]+)\s*$")


PARTICIPLE_OPENER = re.compile(r"[A-Z][a-z]+ing\b(?![^,]*,)")


ASIDE_BEFORE_CUE = re.compile(r"(?<=[A-Za-z]),\s+(?:[a-z\d][^,]{0,120}),\s*$")


THAT = re.compile(r"\s(?:that)\s")


DASH_ASIDE = re.compile(r"\s+[-–—]\s+[^-–—“”\"]{3,100}?\s+[-–—](?=\s+[a-z]|\s*$)")


def _without_asides(sentence: str) -> str:
    """'Flavio Cruz, from the Peru Libre party, which backed her, assured': every aside before the verb goes
    (but ", while the party" opens a clause of its own)."""
    out = ASIDE_BEFORE_CUE.sub("", sentence)
    while out != sentence:
        more = ASIDE_BEFORE_CUE.search(out + ",")
        if not more or more.group(0).lstrip(", ").split(" ", 1)[0] in BOUNDARY_WORDS:
            break
        sentence, out = out, out[:more.start()]
    return out


def last_sentence(chunk: str) -> str:
    stops = [m.end() for m in STOP_OR_SEMICOLON.finditer(chunk) if chunk[m.start()] != "." or not abbreviation_before(chunk, m.start())]
    return chunk[stops[-1]:] if stops else chunk


def _drop_appositive(clause: str) -> str:
    """'James Roe, the mayor,' -> 'James Roe'; 'the mayor, James Roe,' -> 'James Roe'."""
    parts = [x.strip() for x in clause.rstrip().rstrip(",").split(",") if x.strip()]
    if not parts:
        return ""
    if len(parts) >= 3 and clause.rstrip().endswith(",") and looks_like_name(leading_np(parts[0]) or "-") \
            and all(p[0].islower() or p[0].isdigit() for p in parts[1:]):
        return parts[0]  # "Carol Gahan, who lives in Alma Street, next to the site," told …
    if len(parts) >= 2 and clause.rstrip().endswith(","):
        a, b = parts[-2], parts[-1]
        # ("Environment Minister, Mohamad Mashnouk,": capitals that are only a title are no name)
        # ("A driving force behind the development of Duapay, … officer Joana Smith,": a description, then the name)
        described = re.match(r"(?:An?|The|One)\s+[a-z]", a)
        if described and (looks_like_name(b) or ROLE_THEN_NAME_END.search(b)):
            return b
        where = described and NAME_THEN_WHERE.match(b)
        if where and looks_like_name(where[1]) and not is_org(where[1]):
            return where[1]  # "One of the largest milk producers, Jason Graham of Cheelonga Farming near Tarzali, said"
        if a.lower() in ("another", "one") and (looks_like_name(b) or re.fullmatch(r"@\w+", b)):
            return b  # "Another, @dancingbighare, tweeted": one more of those just spoken of, then who
        return a if looks_like_name(a) and split_title(a)[0] or not looks_like_name(b) else b
    # ("AGK Murthy, Director (Operations), IVRCL, the Hyderabad-based construction company, said": a name, an office
    # and its body, one word)
    office_body = len(parts) == 3 and parts[1].split()[0].lower() in PERSON_NOUNS and ONE_CAPITALISED.fullmatch(parts[2])
    if (len(parts) == 2 and NAME_THEN_ROLE.match(parts[1]) or office_body) and looks_like_name(parts[0]) and not has_title(parts[0]) \
            and parts[0].split()[0].lower() not in LEADING_JUNK | PREPOSITIONS | SKIP_OR_BOUNDARY \
            and not parts[0].endswith("ly") and not is_org(parts[0]):
        return parts[0]  # "Nagaraj, Division controller of KSRTC said": a name, then what they are, left unclosed
    if len(parts) >= 2 and parts[-1].startswith(("who ", "whose ")) and leading_np(parts[-2]) == parts[-2]:
        return parts[-2]  # "Another vendor, who has been selling at the market for 35 years mumbled,": left unclosed
    who = parts[-3] if len(parts) >= 3 and parts[-2].isdigit() else parts[-2] if len(parts) >= 2 else ""
    if who and (parts[-1].split()[0] in ("from", "of", "at") or parts[-1].startswith("one of ")) \
            and looks_like_name(who) and not is_org(who):
        # "Commenting on the matter, Maura Phelan, from the national water utility said": where she is from, unclosed
        # ("Wanyama, one of the veterans in the team continues to say:"; "Josh Jackson, 20, of Bellmore said")
        return who
    return parts[-1]


NAME_THEN_WHERE = re.compile(r"((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*)\s+(?:of|from|at|near|in|with)\s")
ONE_CAPITALISED = re.compile(r"[A-Z][\w&’'-]*")
ROLE_THEN_NAME_END = re.compile(r"\b(?i:%s)\s+[A-Z][\w’'.-]*\s+[A-Z][\w’'.-]*$" % one_of(PERSON_NOUNS))
# (a role in a few words, one of them lower case: "Division controller of KSRTC", "a lawyer for the family")
NAME_THEN_ROLE = re.compile(r"(?:(?:the|an?)\s+)?(?:[\w’'.-]+\s+){0,2}(?i:%s)\b" % one_of(PERSON_NOUNS - TITLES))


# ("Accepting the award, the cast admitted …": a name or a determiner's phrase after it)
OPENING_PARTICIPLE = re.compile(r"^(?:\w+ly\s+)?(\w+(?:ing|ed))\b[^,]{0,120},\s*(?=[A-Z]|(?:the|a|an|his|her|their|its|he|she|they|we|it)\s)")


def without_intro(sentence: str) -> str:
    """Drop an opening phrase such as 'During a visit to Seoul last week,' or 'Virtually charging the Opposition …,'."""
    dateline = DATELINE.match(sentence)
    if dateline:  # "BAMAKO (AFP) Jan 13, 2011 —": the wire's dateline is not the sentence's subject
        sentence = sentence[dateline.end():]
    m = OPENING_PARTICIPLE.match(sentence)
    if m and not first_name_gender(m[1]):  # ("Mohammed Morsi, Egypt’s new President, spoke": a name, not "Speaking,")
        return sentence[m.end():]
    m = INTRO_PHRASE.match(sentence)
    return sentence[m.end():] if m else sentence


# Past tenses that end a subject as "-ed" does ("his press office sent out a release calling …"); not those that are
# also nouns ("cut", "hit", "set", "lead")
IRREGULAR_PAST = {"sent", "made", "took", "gave", "went", "came", "held", "met", "left", "won", "lost", "brought",
                  "thought", "found", "kept", "began", "wrote", "spoke", "became", "saw", "ran", "stood", "heard", "paid",
                  "sold", "built", "sought", "struck", "drew", "threw", "chose", "rose", "fell", "felt", "meant", "sat",
                  "broke", "grew", "knew", "shook", "wept", "hid", "fought", "caught", "bought", "stole", "swore",
                  "drove", "flew", "put"}


OPENING_THEN_NAME = re.compile(r"(?:(?:Earlier|Later|Then|Also)\s+)?(?:[Ii]n|[Oo]n|[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|"
                               r"[Ff]ollowing|[Aa]head of)\s+(?:[a-z][\w’'-]*\s+){1,5}"
                               r"(?<!\bin |\bof |\bto |\bat |\bby )(?P<name>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)\s+"
                               # (a verb after the name, not "a property in Crumlin where", "the Facebook post")
                               r"(?=(?:[a-z]+(?:ed|s)|has|had|was|is|will|would|did|could|hit|cut|put|set|told|%s)\b)"
                               % "|".join(sorted(IRREGULAR_PAST)))


HEAD_NOUNS = PERSON_NOUNS | OUTLET_NOUNS | ORG_WORDS


JOINS_OR_HEADS = NAME_JOINS | PERSON_NOUNS | OUTLET_NOUNS


ROLE_THEN_NAME = re.compile(r"(?:[A-Z][\w-]*\s+(?=[a-z]))?(?:[a-z][\w-]*\s+){1,3}[A-Z]")  # ("Teochew opera practitioner Nick Shen")
# ("corporate affairs officer Donal Moriarty": more words of a title, then a first name)
# ("foreign relations parliamentary committee member Ahmed al-Jabouri")
TITLE_THEN_NAME = re.compile(r"(?:[a-z][\w-]*\s+){1,4}(?:%s)\s+[A-Z][a-z]+\s+(?:[A-Z]|%s)" % (one_of(PERSON_NOUNS), HYPHENED_PARTICLE.pattern))
# ("the former Arsenal and Chelsea striker": two clubs, one player)
BODIES_THEN_NOUN = re.compile(r"(?:[A-Z][\w’'.&-]*\s+){1,3}(?:%s)\b" % one_of(PERSON_NOUNS - TITLES))
BODIES_THEN_TITLE = re.compile(r"(?:[A-Z][\w’'.&-]*\s+){1,4}(?:%s)\s+[A-Z]" % one_of(TITLES | {"leader", "chief", "head"}))


def _antecedent(words: str) -> str:
    """Who a ", who …" clause is about: the name or noun phrase right before the comma ("a rebuke from Barr, who"
    is Barr; "met the first lady, who" the first lady), else the phrase as a whole."""
    if CUE.search(words):  # "He said Kenyatta, who …, “…”": he says it, of Kenyatta
        return leading_np(words)
    name = TRAILING_CAPITALS.search(words)
    # ("The Governor of Lagos State"; but not "four years of Bolsonaro, who had vowed": a span of time, no office)
    office = name and words[:name.start()].endswith(("of ", "for ", "at ", "in ")) \
        and words[:name.start()].split()[-2:-1] != [] and (not words[:name.start()].split()[-2].islower()
                                                         or words[:name.start()].split()[-2] in PERSON_NOUNS)
    if name and not office and name.group(0).split()[0].lower() not in NOT_NAMES:
        return name.group(0)
    determiner = TRAILING_DETERMINER.search(words)
    return leading_np(determiner.group(0) if determiner and not office else words)


TRAILING_CAPITALS = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*$")


TRAILING_DETERMINER = re.compile(r"(?<![\w’'-])(?:the|a|an|his|her|their|its)\s+(?:[\w’'.-]+\s+){0,3}[\w’'.-]+$")


GIVEN_NAME_WORDS = {"surnamed", "named"}  # "A woman surnamed Cheng": the name comes after them


# ("the family said", "Shaken elderly witness Marlene Orr said", "a hospital orderly said": words in -ly that are no adverb)
LY_NOUNS = {"family", "ally", "assembly", "rally", "monopoly", "bully", "supply", "orderly", "elderly", "lonely", "burly", "friendly",
            "lovely", "weekly", "monthly", "yearly", "daily", "holy", "sickly", "lowly", "worldly", "jolly"}


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def leading_np(clause: str) -> str:
    words = clause.split()
    # ("May urged her party", "Will Smith said": a modal in capitals opens no clause before a verb; it is a name)
    while words and (words[0].lower() in SKIP_OR_BOUNDARY or words[0].lower().strip(",") in LEADING_JUNK) and words[0] not in ("May", "Will"):
        words.pop(0)
    while len(words) > 2 and words[0].lower() in TIME_OPENERS and words[1].lower().strip(",") in TIME_WORDS:
        words = words[2:]  # "On Wednesday Park said": the day opens the sentence, Park speaks
    out = []
    for i, w in enumerate(words):
        lw = w.lower().strip(",")
        if out == [words[0]] and out[0].lower() in ("he", "she", "they", "we", "i"):
            break  # ("he thinks his party would …": a pronoun is the whole subject)
        if lw == "and" and out and out[-1].lower() in PERSON_NOUNS and ROLE_THEN_NAME.match(" ".join(words[i + 1:i + 6])):
            out = []  # "Liberian leader and football legend George Weah": two roles of one person, then the name
            continue
        if lw == "and" and out and out[-1][0].isupper() and words[i + 1:i + 2] and words[i + 1][0].isupper() \
                and (any(x in ("for", "of") for x in out) or BODIES_THEN_TITLE.match(" ".join(words[i + 1:i + 8]))
                     or out[0].lower() in ("the", "a", "an") and BODIES_THEN_NOUN.match(" ".join(words[i + 1:i + 6]))):
            # "State Minister for Finance and Revenue Aisha Ghaus Pasha": one office's portfolio; "Opposition and Yesh
            # Atid Party leader Yair Lapid": two bodies one person leads
            out.append(w)
            continue
        if lw == "and" and out and out[-1].islower() and len(words[i + 1:i + 3]) == 2 and words[i + 1].islower() \
                and _singular(words[i + 2].lower().strip(",")) in ORG_WORDS:
            out.append(w)  # "Singapore’s health and information ministries": two portfolios of one plural body
            continue
        if w in ("-", "–") and out and out[-1][0].isupper() and words[i + 1:i + 2] and words[i + 1][0].isupper():
            out.append(w)  # "Te Whatu Ora - Health New Zealand chief executive Margie Apa": a body's two names
            continue
        # ("a thrilled Virat Kohli", "the father of one of the alleged victims", "the accused man" go on)
        adjective = len(out) == 1 and out[0].lower() in DETERMINERS and words[i + 1:i + 2] and words[i + 1][0].isupper() \
            or lw.endswith("ed") and out and out[-1].lower() in ("the", "a", "an") \
            or lw.endswith("ed") and out and (out[-1].lower() in DETERMINERS or out[-1].isdigit()) and words[i + 1:i + 2] \
            and words[i + 1].islower() and words[i + 1] not in PREPOSITIONS  # ("nine elected members", not "150 opposed to")
        if lw in GIVEN_NAME_WORDS and out and words[i + 1:i + 2] and words[i + 1][0].isupper():
            out.append(w)  # "A woman surnamed Cheng told RTHK": the name she is given
            continue
        # (a capital is no verb here: "The United States Anti-Doping Agency")
        if out and not adjective and (lw in SKIP_OR_BOUNDARY or CUE.fullmatch(lw) and w[0].islower()
                                      # (not "the military-installed government": joined by a hyphen, an adjective)
                                      or (lw.endswith(("ed", "ly")) and "-" not in lw and lw not in LY_NOUNS or lw in IRREGULAR_PAST)
                                      and not w[0].isupper()):
            break
        if lw in {"on", "in", "at", "during"} and out:
            rest = words[i + 1:]
            if lw == "at" and out[-1].lower() in PERSON_NOUNS and 3 <= len(rest) <= 8 \
                    and all(x[0].isupper() for x in rest) and first_name_gender(rest[-2]):
                return " ".join(rest[-2:])  # "Policy research officer at Satawu Jane Barrett": the name after the body
            break
        if w in VERB_ADVERBS and out and out[-1].lower() not in DETERMINERS:
            break  # "The Joe Biden campaign soon hit back": an adverb before the verb
        # ("North Korea state media": a word before a noun for a person, body or outlet goes on too; so does a title
        # joined by hyphens, "BBC director-general Greg Dyke")
        if out and w[0].islower() and lw not in JOINS_OR_HEADS and lw[:-1] not in PERSON_NOUNS and lw not in ORG_WORDS \
                and not HYPHENED_PARTICLE.match(w) \
                and lw.split("-")[0] not in PERSON_NOUNS \
                and not (len(out) == 1 and is_people_noun(lw)) \
                and not (i + 1 < len(words) and words[i + 1].lower().strip(",") in HEAD_NOUNS) \
                and not (lw[-1:] != "s" and TITLE_THEN_NAME.match(" ".join(words[i:i + 7]))) \
                and not (i + 2 < len(words) and words[i + 1] == "head" and words[i + 2][0].isupper()) \
                and (all(x[0].isupper() for x in out[-2:]) or out[-1][0].isupper() and out[-2].lower() in PERSON_NOUNS) \
                and out[0].lower() not in DETERMINERS and not out[-1].endswith(("’s", "'s")) \
                and (len(out) > 1 or not _name_or_body_ahead(words[i:i + 3])):
            # "Prime Minister Manmohan Singh gave …" and "Coetzee made …" end at the verb; "Audience members" (a group
            # of people, not a verb), "South Korea's foreign ministry", "Labour transport spokeswoman Ana Ruiz", "IT cell
            # head Amit", "North Central Railway public relations officer Amit Malviya" and "Chelmsford crown court" go on
            # (but "Microsoft names chief executive Satya Nadella": a verb in "-s" before the role)
            break
        out.append(w.strip(","))
        nxt = words[i + 1].lower().strip(",") if i + 1 < len(words) else ""
        if out[0][0].islower() and out[0].lower() not in DETERMINERS and is_people_noun(w.strip(",")) \
                and not (nxt in PERSON_NOUNS or words[i + 1:i + 2] and words[i + 1][0].isupper()):
            break  # "law enforcement officials gave …" ends there; "police minister Bheki Cele" goes on
        if len(out) > 1 and out[-2][0].isupper() and lw in PERSON_NOUNS and nxt.isalpha() and words[i + 1][0].islower() \
                and nxt not in JOINS_OR_HEADS and nxt not in PREPOSITIONS and nxt not in GIVEN_NAME_WORDS and nxt not in ORG_WORDS \
                and not (i + 2 < len(words) and words[i + 2].lower().strip(",") in PERSON_NOUNS) \
                and not TITLE_THEN_NAME.match(" ".join(words[i + 1:i + 7])):
            # "BJP spokesperson made several remarks": the verb ends it (but "Irish boy band star Ronan Keating", "Aer
            # Lingus’s chief corporate affairs officer Donal Moriarty")
            break
        if len(out) > 12:  # ("Welsh Conservative Shadow Minister for North Wales Darren Millar MS")
            return ""
    return " ".join(out) if out and is_speaker_phrase(" ".join(out)) else ""


def _name_or_body_ahead(words: list[str]) -> bool:
    if words and words[0].lower() in THINKING_VERBS:
        return False  # "Chong believes Falcon is …": a verb, then its object
    return any(w[:1].isupper() or w.lower().strip(",.") in ORG_WORDS | TITLES for w in words)


THINKING_VERBS = {"believes", "thinks", "feels", "hopes", "fears", "knows", "expects", "wants", "believed", "thought",
                  "felt", "hoped", "feared", "knew", "expected", "wanted", "considers", "considered", "sees", "saw"}


OPENING_VERBS = {"Asked", "Speaking", "Told", "Pressed", "Questioned", "Responding", "Reacting", "Commenting", "Addressing"}


# Words in -ing that describe whoever comes next ("outgoing President Mwai Kibaki said"), not verbs with no subject
ING_ADJECTIVES = {"outgoing", "incoming", "acting", "reigning", "ruling", "sitting", "serving", "presiding", "visiting",
                  "leading", "governing", "founding", "managing", "retiring", "departing", "striking", "ailing",
                  "grieving", "opposing", "remaining", "rising", "emerging", "aspiring", "practising",
                  "practicing", "campaigning", "consulting", "investigating", "arresting", "attending", "supervising"}


def is_speaker_phrase(np: str) -> bool:
    words = np.split()
    length = len(words) - words.count("-") - words.count("–")
    if not words or length > 14 or (len(words) == 1 and words[0] in OPENING_VERBS):
        return False  # ("Asked about it, told radio dzBB they are …": a subject left out, not one called "Asked")
    if length > 10 and not words[0][0].isupper():
        # (only a name runs that long: "Chief Allan Adam of the Athabasca Chipewyan First Nation in Fort Chipewyan")
        return False
    if len(words) == 1 and (words[0].lower() in PRONOUNS or words[0].lower() in PERSON_NOUNS):
        return True  # "he said"; a headline's "minister says"
    if words[0].islower() and (CUE.fullmatch(words[0]) or words[0].endswith("ing") and words[0] not in ING_ADJECTIVES):
        # "…, saying Mr Corbyn had not been told", "said the MPs in a statement read by", "…,” referencing how X won
        # votes by telling …": a verb, no subject
        return False
    if words[-1] in ("not", "never"):
        return False  # ("“disappointed” the board had not called him": a clause's subject and its verb, no speaker)
    if words[0].lower() in {"the", "a", "an", "his", "her", "their", "its", "our", "one", "another", "several", "some", "many", "two", "three"}:
        return True
    if len(words) <= 4 and is_people_noun(words[-1]):
        return True  # "law enforcement officials", "police"
    # ("@harrisonJNIOR said": a social-media handle names whoever posted)
    # ("“…,” al-Ameen said": an Arabic surname keeps its particle in lower case)
    return any(w[0].isupper() or w[0].isdigit() or HANDLE.fullmatch(w) or HYPHENED_PARTICLE.match(w) for w in words) \
        and not all(w.strip(",.").isdigit() for w in words)


STOP_OR_SEMICOLON = re.compile(r"[.!?]\s+|;")
