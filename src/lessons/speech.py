"""Quotations and who said them.

Takes the quotations ``marks`` finds (curly or straight marks, partial quotes,
quotes that run over several paragraphs, block quotes after a line ending in a
colon) and gives each the speaker as the text gives it, the cue verb, and a
second-hand source where the article credits one ("Reuters reported").

The rules are the ones a reader uses, written down so a student can follow
them: the attribution next to the quote ("..., he said"), else the nearest
speech verb before it in the same sentence, else the speaker of the quote just
before it (a quote that continues a speech). A pronoun or a role ("the
ministry") is resolved to the last name the article gave for it. A quote with
none of these keeps ``speaker=None``: the text does not say, so we don't guess.

>>> text = "Talks\\n\\nJane Roe, the mayor, spoke on Monday. “We will rebuild,” she said. “It will take time.”"
>>> [(q.text, q.speaker, q.cue) for q in find_quotes(text)]
[('We will rebuild,', 'Jane Roe', 'said'), ('It will take time.', 'Jane Roe', '')]
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from .cues import CUE, PARTICIPLES, REPORT_VERBS
from .marks import CLOSE, DOUBLE, MARKS, is_opening, quote_kind, quote_spans
from .people import (
    NOT_NAMES,
    ORG_WORDS,
    PERSON_NOUNS,
    TITLES,
    WHEN_WORDS,
    WORD_CHARS,
    Cast,
    after_body,
    countries_and_peoples,
    first_name_gender,
    is_org,
    looks_like_name,
    split_title,
)
from .text import Span, _abbreviation_before, one_of, paragraphs


@dataclass(frozen=True)
class Quote:
    """A direct quotation: ``text`` is the quoted words, ``start``/``end`` their place in the article."""

    start: int
    end: int
    text: str
    speaker: str | None
    cue: str = ""
    source: str = ""
    kind: str = "direct"
    speaker_as_written: str = ""
    how: str = "none"



PRONOUNS = {"he", "she", "i", "we", "they", "it"}
MEDIA = re.compile(
    # "Agency" alone is as often a government body ("the World Anti-Doping Agency said") as a news agency
    r"\b(?:News|(?:News|Press|Anadolu|Xinhua) Agency|Press|Times|Post|Journal|Herald|Tribune|Telegraph|Guardian|Network|TV|Television|Radio|"
    r"Broadcasting|Daily|Gazette|Wire|Magazine|Reuters|AP|AFP|Bloomberg|CNN|BBC|NBC|CBS|ABC|Fox|NPR|PBS|"
    r"Xinhua|Yonhap|Kyodo|KCNA|TASS|Interfax|RIA|DPA|EFE|ANSA|UPI|IANS|ANI|Bernama|Antara|Jiji|IRNA|Axios|Politico|"
    r"Al Jazeera|Le Monde|Spiegel)\b"
)
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
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our", "one", "some", "another", "two", "three", "four",
               "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
               "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "several", "dozens", "hundreds"}
# Lower-case words inside a name or a name with its place: "Jeff Flake of Arizona", "Ursula von der Leyen".
NAME_JOINS = {"of", "for", "de", "van", "von", "der", "den", "da", "del", "di", "la", "le", "bin", "al", "and", "&"}
# Words a speaker's noun phrase never opens with: prepositions and joining words.
NOT_SUBJECT_START = BOUNDARY_WORDS | {"with", "to", "of", "for", "from", "in", "on", "at", "by", "than", "about", "into", "over"}
_WORD = re.compile(r"[\w’'.\[\]-]+|,|;|:|\(|\)")


def find_quotes(text: str, paras: list[Span] | None = None) -> list[Quote]:
    """Every quotation in ``text`` with its speaker, cue and source.

    Pass the article's ``body`` (boilerplate blanked) so captions and plugs
    are not read as speech; offsets are the same as in the original text.
    """
    paras = paragraphs(text) if paras is None else paras
    original, text = text, _first_names_in_title_case(_doubled_marks(text), paras)
    spans = quote_spans(text, paras)
    people = Cast(text, [(s, e) for s, e, _ in spans], headline_end=paras[0].end if paras else 0)
    out: list[Quote] = []
    starts = [p.start for p in paras]
    for start, end, kind in spans:
        para = max(0, bisect.bisect_right(starts, start) - 1)
        out.append(_attribute(text, paras, para, start, end, kind, out, people))
    # One spelling per speaker, whichever apostrophe the outlet typed: "South Korea’s" is "South Korea's";
    # a surname is the full name the story gives anywhere ("Feijoo" in a headline is Alberto Núñez Feijóo).
    final = []
    for q in _echoes(_share_attribution(text, out), paras[0].end if paras else 0):
        speaker = _usual_spelling(_fullest(q.speaker, people, q.speaker_as_written), text)
        final.append(q if speaker == q.speaker else replace(q, speaker=speaker))
    return final if original is text else [replace(q, text=original[q.start:q.end]) for q in final]


def _doubled_marks(text: str) -> str:
    """'‘‘It’s a big disappointment,” Antipas said', "''We won,'' he said": two single marks typed for a double one,
    read as one double mark (a space in place of the other, so every offset holds)."""
    if "‘‘" not in text and "’’" not in text and "''" not in text:
        return text

    def one(m: re.Match) -> str:
        opens = m.start() == 0 or text[m.start() - 1].isspace() or text[m.start() - 1] in "([{—–-"
        return " “" if opens else "” "

    return DOUBLED_SINGLES.sub(one, text)


DOUBLED_SINGLES = re.compile(r"‘‘|’’|''")


def _first_names_in_title_case(text: str, paras: list[Span]) -> str:
    """'RALPH Hasenhuttl labelled it …', 'THE First Minister has …': a paper's capitals on a paragraph's first word,
    in title case where that word is a first name or a common word, so the name reads as one (the same length: every
    offset holds)."""
    words = [m for p in paras if text[p.start:p.start + 2].isupper() and (m := LEDE_CAPS.match(text, p.start))]
    words = [m for m in words if m.group(1).lower() in NOT_NAMES or first_name_gender(m.group(1).title())]
    for m in reversed(words):  # ("THE First Minister": the word "The"; "NASA" and "WASHINGTON" stay)
        text = text[:m.start()] + m.group(1).title() + text[m.end():]
    return text


LEDE_CAPS = re.compile(r"([A-Z]{2,})(?=[ \t]+[A-Z][a-z])")


def _fullest(speaker: str | None, people: Cast, written: str = "") -> str | None:
    """A surname as the full name the story gives ("Feijoo" -> "Alberto Núñez Feijóo"), one apostrophe for all
    (but "Ms Harper" is not her late husband Andrew Harper)."""
    if not speaker or " " in speaker or not speaker[:1].isupper() or ACRONYM_WORD.fullmatch(speaker) \
            or speaker.endswith(("’", "'")) or _honorific_rules_out(speaker, written, people):
        return speaker.replace("’", "'") if speaker else speaker
    return (people.person_called(speaker) or speaker).replace("’", "'")


def _honorific_rules_out(surname: str, written: str, people: Cast) -> bool:
    """Whether "Ms Harper" rules out the Andrew Harper the story named in full."""
    gender = _honorific_gender(written)
    return bool(gender) and people.full_name(surname, len(people.text), gender) == surname


def _honorific_gender(phrase: str) -> str | None:
    """'m' or 'f' for a phrase with "Mr", "Ms", "Sir", "Dame" … in it."""
    return next((HONORIFIC_GENDER[w] for w in phrase.lower().replace(".", "").split() if w in HONORIFIC_GENDER), None)


@lru_cache(maxsize=256)
def _usual_spelling(speaker: str | None, text: str) -> str | None:
    """'Alexis Tsipas' where the story writes 'Tsipras' everywhere else: a surname typed once with a slip (one
    letter added, dropped, changed or two swapped) takes the spelling the story uses at least twice as often
    (but an accent is no slip: "Feijóo" stays, however often a headline writes "Feijoo")."""
    if not speaker or " " not in speaker or len(speaker.split()[-1]) < 5:
        return speaker
    from rapidfuzz.distance import OSA

    last = speaker.split()[-1]
    if text.count(last) > 1:
        return speaker  # a slip is typed once
    counts = Counter()  # the words that open with the surname's first two letters (plain searches, in C)
    at = text.find(last[:2])
    while at >= 0:
        if not at or not (text[at - 1].isalnum() or text[at - 1] in "’'-"):
            counts[WORD.match(text, at).group(0)] += 1
        at = text.find(last[:2], at + 2)
    usual = max((w for w in counts if w != last and abs(len(w) - len(last)) <= 1 and OSA.distance(w, last) <= 1
                 and _unaccented(w) != _unaccented(last)), key=counts.get, default=None)
    if usual and counts[usual] >= 2 * counts.get(last, 0):
        return speaker[:-len(last)] + usual
    return speaker


WORD = re.compile(r"[\w’'-]+")


def _unaccented(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


ACRONYM_WORD = re.compile(r"[A-Z0-9]{2,}s?")


def _share_attribution(text: str, found: list[Quote]) -> list[Quote]:
    """'The flight was "legal" and "safe," the ministry said': one attribution serves every quote of the sentence."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        between = text[q.end:nxt.start]
        # a partial quote that only had its sentence's subject gives way to the sentence's own "…, X said" too
        opened = q.how == "none" or (q.how == "subject" and not CUE.search(between))
        if opened and nxt.speaker and nxt.cue and "\n" not in between and not re.search(r"[.!?][\"”’']?\s+[A-Z]", between):
            out[i] = Quote(q.start, q.end, q.text, nxt.speaker, "", nxt.source, q.kind, nxt.speaker_as_written, "continuation")
    return out


def _echoes(found: list[Quote], headline_end: int = 0) -> list[Quote]:
    """'Judge slams police for ‘disgraceful’ delay': words quoted with no speaker (a headline, a lede) that a
    quote elsewhere in the article holds are that quote's speaker's: the headline took them from the body.
    A headline's quote given only to the headline's subject ("Police hunt man over ‘the uniform’") is open too."""
    def open_(q: Quote) -> bool:
        # A lede's "Mugabe’s spokesman said … ‘utter nonsense’" is open too: the body may name who said it.
        # In a headline a group may stand for its member ("Kenya opposition vows ‘will not relent’").
        return q.speaker is None or (q.how == "subject" and q.start < headline_end) or (
            q.how == "role" and not looks_like_name(q.speaker)
            and (q.start < headline_end or q.speaker.split()[-1].lower() in PERSON_NOUNS))

    if not any(open_(q) for q in found):
        return found

    def plain(words: str) -> str:
        return " ".join(WORD_CHARS.findall(words.lower().replace("’", "'")))

    # Words joined by single spaces: "the same words" is then a plain search for " words " in " text ", no
    # pattern compiled per quote (that cost more than all the rest of this function).
    spoken = [(f" {plain(q.text)} ", q) for q in found if q.speaker and q.how != "none"]
    out = []
    for q in found:
        words = plain(q.text)
        source = open_(q) and words and next((o for text, o in spoken if o is not q and f" {words} " in text), None)
        out.append(replace(q, speaker=source.speaker, cue="", speaker_as_written=source.speaker_as_written, how="echo")
                   if source else q)
    return out


# ---------------------------------------------------------------- who said it


def _attribute(text, paras, para, start, end, kind, earlier, people) -> Quote:
    p = paras[para]
    quoted = text[start:end]
    if kind == "block":
        intro = paras[para - 1]
        found = _cue_before(text, intro.start, intro.end, people, (start, end))
        speaker, cue, written, how, source = found or (None, "", "", "none", "")
        return Quote(start, end, quoted, speaker, cue, source, kind, written, how)
    sent_start, sent_end = _sentence_bounds(text, p, start, end)
    prev_end = max([q.end + 1 for q in earlier if sent_start <= q.end <= start] + [sent_start])
    next_start = min([s for s in _next_opening(text, end, sent_end)] + [sent_end])
    source = _source(text[sent_start:sent_end])
    quote = (start, end)
    if prev_end > sent_start and LOWER_GOES_ON.match(text, prev_end, start) \
            and ({m.group(0) in PARTICIPLES for m in CUE.finditer(text, prev_end, start)} == {True}
                 or AND_VERB.search(text, prev_end, start)):
        # "MACC said it was “shocked” by the court decision, adding: “…”": the words after the earlier quote carry
        # on its clause, so "adding" (and no verb of a new speaker) belongs to the sentence's subject, before that quote
        prev_end = sent_start
    went_on = bool(earlier) and earlier[-1].start >= p.start
    owner, written, how = _remark_owner(text, prev_end, quote, people) if kind == "partial" else (None, "", "none")
    if owner:  # "Schinas said … when asked about a comment from Davis that Barnier was “a bit silly”": Davis's
        return Quote(start, end, quoted, owner, "", source, kind, written, how)
    found = _nearest_cue(text, quote, prev_end, next_start, end > p.end, went_on, people)
    if found:
        speaker, cue, written, how, src = found
        if how == "source":
            source = source or written
            found = _cue_before(text, prev_end, start - 1, people, quote)
            if found:
                speaker, cue, written, how, _ = found
    if found and how == "pronoun" and speaker is None and para == 0:
        speaker = _headline_speaker(text[p.start:start], people)[0]  # "… after he says he ‘wouldn't sign’"
    if found and how != "source":
        # ("Protesters chanted …", "Union leaders described …": a group is no "he" or "she" later on)
        people.note_speaker(None if speaker and _people_noun(speaker.split()[-1]) else speaker, start)
        if speaker and (is_org(speaker) or is_org(written) or BODY_INITIALS.fullmatch(speaker)):
            people.note_body(speaker, start)  # "“…,” the ministry said. “…,” it added.": it is the ministry
        return Quote(start, end, quoted, speaker, cue, source or found[4], kind, written, how)
    speaker, written, how = _without_cue(text, paras, para, quote, kind, (sent_start, sent_end), earlier, people)
    if how == "continuation":  # the speaker went on talking: the latest "she" is her
        people.note_speaker(speaker, start)
    return Quote(start, end, quoted, speaker, "according to" if how == "named" else "", source, kind, written, how)


BODY_INITIALS = re.compile(r"[A-Z][A-Z&-]{1,7}")  # "N-VA", "ANC": a party's or a body's initials


def _nearest_cue(text, quote, prev_end, next_start, over_paragraphs, went_on, people):
    """The speech verb that credits the quote: the one after it ("…,” she said), else the one before it; but
    before it first where the quote sits in a "When X said …" clause, and where it runs over several paragraphs
    (credited where it opens: by its opening sentence, else by the quote before it in its paragraph, "“…,” said
    Odeh. “So when …", else where it ends, "…,” he said.)"""
    start, end = quote
    if _inside_reported_clause(text[prev_end:start]):
        return _cue_before(text, prev_end, start - 1, people, quote) or _cue_after(text, end, next_start, people, quote)
    if over_paragraphs:
        return _cue_before(text, prev_end, start - 1, people, quote) or (
            None if went_on else _cue_after(text, end, next_start, people, quote))
    return _cue_after(text, end, next_start, people, quote) or _cue_before(text, prev_end, start - 1, people, quote)


def _without_cue(text, paras, para, quote, kind, sentence, earlier, people):
    """(speaker, as written, how) for a quote no speech verb credits: the quote before it going on, "according to",
    someone's remark, "For X, …", the sentence's subject, the sentence or paragraph before, a headline's credit."""
    (start, end), (sent_start, sent_end), p = quote, sentence, paras[para]
    speaker, written, how = _continued(text, paras, para, start, end, sent_start, earlier)
    if speaker is None:
        speaker, written, how = _according_to_person(text[sent_start:sent_end], people, quote)
    if speaker is None:
        speaker, written, how = _remark_owner(text, sent_start, quote, people)
    opinion = speaker is None and FOR_OPINION.match(text, sent_start, start)
    if opinion and not CUE.search(text, opinion.end(), start):
        # "For the Brazilian Foreign Ministry, the vote “violates …”": the view given as theirs
        speaker, _, written, how, _ = _resolved(opinion["np"], "", opinion.start("np"), people, quote)
    if speaker is None and kind == "partial" and para > 0:  # a headline's capitals make no subject: see below
        speaker, written, how = _sentence_subject(text[sent_start:start], people, quote, text[sent_start:sent_end])
    if speaker is None and not text[p.start:start].strip(" \"“‘'") and para > 0:
        intro = paras[para - 1]
        colon = text[intro.start:intro.end].rstrip().endswith(":") and _cue_before(text, intro.start, intro.end, people, quote)
        if colon:  # "Here’s his statement:", then the quote as a paragraph of its own
            speaker, written, how = colon[0], colon[2], colon[3]
        else:
            speaker, written, how = _reported_before(text, intro, people, quote)
    elif speaker is None and sent_start > p.start and not text[sent_start:start].strip(" \"“‘'"):
        # "…, Mr Michael Bloomberg has stated. “It's a non story.”": the sentence before speaks on
        speaker, written, how = _reported_before(text, Span(p.start, sent_start), people, quote)
    credit = HEADLINE_CREDIT.match(text, end, p.end) if speaker is None and para == 0 else None
    if credit:  # "DA march ‘cheap political gimmicks’ – ANC": a headline names its speaker after a dash
        speaker, _, written, how, _ = _resolved(credit["np"], "", len(text), people, quote)  # the story below names it
    if speaker is None and para == 0:
        speaker, written, how = _headline_speaker(text[p.start:start], people)
    return speaker, written, how


def _inside_reported_clause(before: str) -> bool:
    """'When Chin, a panellist, said Yoon was “giving up centrists,” Lee said …': the quote is the words of the
    clause it sits in, whose speech verb comes before it with no comma between; the main clause after it
    reports something else."""
    opener = SUBORDINATE.match(before)
    cues = list(CUE.finditer(before)) if opener else []
    return bool(cues) and not re.search(r"[,;:]", before[cues[-1].end():].rstrip().rstrip(",:“‘\"'").rstrip())


SUBORDINATE = re.compile(r"\s*(?:When|After|As|While|Although|Though|Because|If|Since|Before|Once|Whereas|Until)\s")


def _remark_owner(text, sent_start, quote, people):
    """'Pritam Singh’s comment that “…”', 'Kharge's "Modi a poisonous snake" remark': the owner's words
    (how="owner": the sentence's other quotes are not the owner's for that)."""
    start, end = quote
    before = text[sent_start:start]
    named = any(word in before for word in REMARK_WORDS)  # (a plain test first: this runs for every partial quote)
    owned = named and (OWNED_REMARK_BEFORE.search(text, sent_start, start) or REMARK_FROM.search(text, sent_start, start))
    if not owned and REMARK_AFTER.match(text, end + 1):
        owned = OWNED_REMARK_AROUND.search(text, sent_start, start)
    if not owned:
        return None, "", "none"
    words = owned["owner"].split()
    while len(words) > 1 and words[0].lower() in PREPOSITIONS:
        words.pop(0)  # "On Ravi Kumar’s charge that …"
    while len(words) > 2 and words[0].lower() in ORG_WORDS | TITLES:
        words.pop(0)  # "Leader of the Opposition Pritam Singh’s comment"
    speaker, _, written, how, _ = _resolved(" ".join(words), "", owned.start("owner"), people, quote)
    return (speaker, written, "owner") if speaker else (None, "", "none")


def _next_opening(text, end, limit):
    for m in MARKS.finditer(text, end + 1, limit):
        if is_opening(text, m.start()):
            yield m.start()
            return


def _sentence_bounds(text: str, p: Span, start: int, end: int) -> tuple[int, int]:
    """The sentence around a quote: from the last full stop outside quotes before it to the first after it."""
    stops = _stops(text, p.start, p.end)
    before = bisect.bisect_right(stops, start)
    s = stops[before - 1] if before else p.start
    # A quote over several paragraphs ends in a later one: its sentence ends there ("…,” he said in a statement.)
    line_end = text.find("\n", end)
    p_end = p.end if end <= p.end else line_end if line_end >= 0 else len(text)
    closing = end + 1 if end < p_end and text[end] in DOUBLE + "'’" else end
    if text[start:end].rstrip().endswith(".") and NEXT_SENTENCE.match(text, closing, p_end):
        return s, closing  # “… the end.” Next sentence: the full stop inside the quote ended it
    rest = text[closing:p_end]
    ends = (m for m in SENTENCE_END.finditer(rest) if m.group(0) != "." or not _abbrev(rest, m.start()))
    after = next(ends, None)
    e = closing + after.end() if after else p_end
    return s, max(e, end)


@lru_cache(maxsize=256)
def _stops(text: str, start: int, end: int) -> tuple[int, ...]:
    """Where sentences begin inside a paragraph (read once per paragraph, not once per quote)."""
    chunk = text[start:end]
    return tuple(start + m.end() for m in SENTENCE_STOP.finditer(chunk) if not _abbrev(chunk, m.start()))


def _abbrev(chunk: str, dot: int) -> bool:
    return _abbreviation_before(chunk, dot)


_NP = r"(?P<np>(?:[\w’'.\[\]()-]+\s+){0,7}?[\w’'.\[\]()-]+)"
# "…," X said; "…," a relieved X quickly interjected; "…," X — who served as … — told
AFTER_NP_CUE = re.compile(
    rf"^[\"”’',.\s]*,?\s*(?:{_NP}\s*(?:,[^,]{{1,120}},\s*|\s[—–]\s[^—–“”\"]{{1,120}}\s[—–]\s*)?\s+"
    rf"(?:(?:also|then|later|has|had|have|once|went on to|goes on to|continued to|(?:was|is|has been) quoted as|[a-z]+ly)\s+)?"
    rf"(?P<cue>{CUE.pattern}))"
)
AFTER_NP_VERB = re.compile(
    r"^[\"”’',.\s]*,?\s*(?P<np>(?:he|she|they|I|we|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*))\s+"
    r"(?P<cue>\w+ed|shot back|fired back|went on|spoke|wrote|told|began|said)\b"
)
ACCORDING_BEFORE = re.compile(
    r"\b[Aa]ccording to\s+(?:(?:the|a|an)\s+(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+,\s+)?(?!(?:and|but|or)\b)"
    r"(?P<np>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s*(?:,|$)"
)
SENTENCE_FINAL = re.compile(
    r",\s+(?:(?P<cue>according to)\s+(?P<np>(?:the\s+)?(?:[\w’'.-]+\s+){0,3}[\w’'.-]+?)"
    # ", president Thomas Bach warned on Friday.", "… of voting, the minister said."
    r"|(?P<np2>(?:he|she|they|(?:[a-z]+\s+){0,2}(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'.-]*|the\s+(?:[a-z]+\s+){0,2}[a-z]+))"
    r"(?:,[^,]{1,80},)?\s+(?:has\s+|had\s+)?(?P<cue2>said|says|added|told \w+|wrote|warned|insisted|stressed|argued|noted|"
    r"explained|declared|claimed)"
    r"(?:\s+(?:on|in|at|late|early|earlier|last|this)\b[^,.;:!?\"”’]{1,80}"
    r"|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b)?"  # ("said Thursday")
    r"(?:,?\s+[a-z]+ing\b[^\"“”]{1,200}?)?)\s*[.!?]?[\"”’]?\s*$"  # ("…, Bogollagama said complementing India for …")
)
SENTENCE_STOP = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘A-Z])")
# Words that open a clause before its subject: "Hours later, ...", "with Trump and ..."
# Roles a story may keep nameless ("An official said", "The official, who asked not to be named"): then "the
# official said" is that official, not whoever the story is most about.
ONE_OF_MANY = {"official", "spokesman", "spokeswoman", "spokesperson", "analyst", "economist", "witness", "resident",
               "man", "woman", "boy", "girl", "officer", "diplomat", "researcher", "scientist", "lawmaker",
               "legislator", "adviser", "advisor", "activist", "campaigner", "victim", "survivor", "suspect", "source"}
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
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+(?:(?:the|a|an)\s+[^,]{3,120}|(?!and\b|or\b)[a-z][^,]{2,120}),"
    r"\s+who\s+(?:\w+\s+){0,6}$")  # ("Gene Sperling, director of the National Economic Council, who said")
CAUSED_TO = re.compile(r"\b(?:forced|prompted|led|caused|pushed|urged|invited|encouraged|compelled|moved|spurred)\s+"
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
SUBORDINATE_SUBJECT = re.compile(r"\b(?:before|after|as|while|when|until)\s+(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
                                 r"\s+[a-z]+\b[^,;:“”\"]*,\s*$")
# ("In his statement at the time, Terry Dittes, UAW vice president and director of …, said": a phrase may open the
# sentence; "Alan Seldon, Herefordshire county councillor for Bromyard, who called the meeting, said": capitals may
# open the description, so long as it goes on in lower case, not with "and" another name)
NAME_DESCRIBED = re.compile(r"(?:^|[.!?]\s+|\n)(?:(?:In|On|At|During|After|Before|Speaking|Asked|Later|Earlier)\s[^,“”\"]{0,60},\s+)?"
                            r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+(?:the\s+|an?\s+)?"
                            r"(?:[A-Z][\w’'.&-]*\s+){0,2}(?!who\b|which\b|however\b|and\b|or\b)[a-z][^“”\"!?;:]{0,160}?,\s*$")
WHO_ASIDE = re.compile(r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}|[A-Z][\w’'.-]*(?=,\s+\d))"  # ("Jobs, 55, who")
                       r",\s+(?:\d{1,3},\s+)?who\s+(?:is|was|has been|had been)\s+"
                       r"[^.;:“”\"]{3,160},\s*$")
# (but in "…, which Ms Roe said was …" the clause has a subject of its own)
RELATIVE = re.compile(
    r"(?P<np>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+),\s+(?:who|which)\s+(?!(?:he|she|they|we|I)\b|[A-Z])(?:\w+\s+){0,6}$")
QUOTED_BY = re.compile(
    r"(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|[Hh]e|[Ss]he|[Tt]he\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
    r"\s+(?:was|were|is|has been)\s+quoted\s+by\s+"
    r"(?P<src>(?:the\s+)?(?:[A-Z][\w’'.&-]*\s*){1,4}?)\s+as\s+(?:saying|telling|adding|stating)")
APPOSITIVE_NAME = re.compile(r",\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),")
TOLD_BY = re.compile(
    r"\b(?:was|were|been|being)\s+(?P<cue>told|asked|urged|warned|accused)\s+by\s+"
    r"(?P<np>(?:[\w’'.-]+\s+){0,8}?(?:[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)*|[a-z][\w’'.-]+(?=,\s+[A-Z][\w’'.-]*\s+[A-Z])))"
)
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
    r"|,\s*[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})?\s*(?:[-—–]+|:)\s+"
    # "Mumbai/New Delhi: ": places of a joint report, then a colon
    r"|^[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+)?(?:/[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+)?)+:\s+"
)
# "During a visit to Seoul last week," "Hours after the shooting," or one word: "Meanwhile,"
INTRO_PHRASE = re.compile(
    r"^(?:(?:In|During|On|At|After|Before|When|While|Speaking|Asked|Earlier|Later|Last|This|Since|For|Amid|Under|Despite|"
    r"However|But|And|Hours|Days|Weeks|Months|Years|Minutes|Moments|Shortly|Soon|Just|Within|Following|Ahead|As|With|"
    r"Without|Outside|Inside|Back|Now|Then|Today|Yesterday|Once|Meanwhile|Until|Throughout|Among|Amongst|Like|Unlike|"
    r"Beyond|Besides|Regarding|Asked|Referring|Responding|Turning)\b[^,]{0,80}"
    r"|\w+(?!,\s+(?:who|whose|of|the|a|an)\s|,\s+\d)"  # ("However,"; but "Listhaug, of the Progress Party," is a subject)
    # "About 45 minutes after Obama finished speaking,": a time, not a subject
    r"|(?:About|Nearly|Almost|Around|Roughly|Some|Barely|Only)\s+(?:[\w-]+\s+)?(?:minutes|hours|days|weeks|months|years)"
    r"\s+(?:after|before|later|earlier)\b[^,]{0,80}),\s*"
)
WITH_NP = re.compile(r"\bwith\s+(?P<np>(?:[a-z][\w’'-]*\s+){0,3}(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)\s+$")
WITH_GROUP = re.compile(r"\bwith\s+(?P<np>(?:[\w’'-]+\s+){0,2}[a-z]+s)\s+$")
_ISSUED = r"(?:statement|press release|release|letter|notice)"  # what a body issues, to speak for it
ISSUER_OF = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?P<owner>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3}|police|army|government|ministry|party)"
    rf"\s+(?:{_ISSUED}|charge|charge sheet|report|ruling|judgment|judgement|order|complaint|lawsuit|petition|filing|"
    r"memo|resolution|decision|guidance)")  # "The FA charge states:": the FA's words
ISSUED_FROM = re.compile(rf"(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?{_ISSUED}\s+(?:from|by|of)\s+(?P<owner>.+)")
ISSUED_THING = re.compile(rf"the {_ISSUED}")
_ISSUER = r"(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'.&-]*"
ISSUED = re.compile(
    rf"[Ii]n an? (?:written |joint |brief )?statement,?\s+(?P<a>{_ISSUER})\s+(?:said|says|added)"
    rf"|(?P<b>{_ISSUER})\s+(?:said|says|added)\s+in\s+an?\s+(?:written\s+|joint\s+)?statement"
    rf"|statement\s+(?:from|by|(?:issued|signed|released|sent)\s+by)\s+(?P<c>{_ISSUER}|the\s+[a-z]+\b)")  # ("from the company")
DOCUMENT_OF = re.compile(
    r"(?P<owner>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*?)[’']s\s+(?:[a-z-]+\s+){0,2}(?:motion|statement|letter|tweet|"
    r"post|note|email|e-mail|message|memo|speech|submission|filing|affidavit|memoir|column|essay|op-ed|manifesto)$"
)
HEADLINE_CREDIT = re.compile(r"[\"”’'″]?(?:[^\"“”‘’]*\s)?\s*[-–—:]\s*(?P<np>(?:[A-Z][\w’'.&-]*\s*){1,4})$")
ROLE_COMMA_NAME = re.compile(
    rf"^[\"”’',.\s]*,?\s*(?:according to\s+)?(?P<role>(?:[\w’'.()-]+\s+){{0,8}}?[\w’'.()-]+),\s+"
    rf"(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{1,3}})(?:\s*[.;]?\s*$|\s+(?P<cue>{CUE.pattern}))"
)
QUOTED_AS = re.compile(
    r"(?P<src>(?:[Tt]he\s+)?[A-Z][\w’'. -]{1,60}?)\s+quoted\s+(?P<np>.{2,80}?)\s+as\s+(?:saying|telling|adding|stating)")
INVERTED_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*(?P<cue>Said|Says|Added|Adds|Asked|Wrote)\s+(?P<np>[^,:.!?“”\"]{2,60}?)"
    r"(?:,\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}))?\s*[,:]?\s*$")
INVERTED_TAIL = re.compile(
    r",\s+(?P<cue>said|says|added|adds|wrote|writes)\s+(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|the\s+[a-z]+(?:\s+[a-z]+)?)"
    r"\s*:\s*$")
# "His response:", "Senator McKim’s response was blunt:", "Justice Kennedy's majority opinion was clear and firm:"
POSSESSIVE_COLON = re.compile(
    r"(?:^|[.!?]\s+|\n|,\s+but\s+)\s*(?:Here[’']s\s+|Here\s+is\s+)?"
    r"(?P<np>[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*(?=[’']s\s))(?:[’']s)?\s+(?:[a-z]+\s+)?"
    r"(?:response|reply|answer|verdict|message|statement|comment|comments|opinion|view|reaction|retort|explanation|warning)"
    r"(?:\s+(?:was|is)\s+(?:[a-z]+\s+){0,3}?[a-z]+)?\s*:\s*$")
NAME_COLON = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|He|She|They|It|We)(?:\s+(?:also\s+)?[a-z]+)?\s*:\s*$"
)
AFTER_CUE = re.compile(rf"^[\"”’',.\s]*,?\s*(?P<cue>{CUE.pattern})\s+")
# After an inverted cue ("said Rep. Jim Jordan, R-Ohio"): a capitalised name, titles and initials included,
# or a common noun phrase ("said the senator") up to the punctuation or preposition that ends it.
_CAPS = r"(?:[A-Z][\w’'-]*\.?|[A-Z]\.)(?:\s+(?:[A-Z][\w’'-]*\.?|[A-Z]\.|de|van|von|bin|al|da|del))*"
# (an age too: "said 44-year-old Mujirah")
_ROLE_WORDS = (r"(?:(?!(?:on|in|at|to|for|that|this|last|after|before|during|with|of|from|by|and|but|the|a|an)\b)(?:\d+-)?[a-z-]+\s+){0,3}"
               r"(?:and\s+(?:[a-z-]+\s+){1,3})?")  # ("says former interior minister and assembly member María Paula Romo")
# (lower-case words between capitals are a role or an office, "Bank of England governor Andrew Bailey", not a
# preposition that goes on with the sentence: "said skipper Rangana Herath post Sri Lanka's defeat")
_GOES_ON = r"(?!(?:post|after|before|during|following|against|with|as|when|while|on|at|in|from|to|about|over|since)\b)"
NAME_AFTER_CUE = re.compile(rf"{_ROLE_WORDS}{_CAPS}(?:\s+(?:{_GOES_ON}[a-z]+\s+){{1,2}}{_CAPS}){{0,2}}")
NAME_APPOSED = re.compile(
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:and\s+)?[A-Z][\w’'.&-]*)*)?,\s+"
    r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})(?=\s*[,.;]|\s*$)")
PHRASE_AFTER_CUE = re.compile(
    r"(?:the|a|an|his|her|their|its|one|another|some|several|many|two|three|a few)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+"
    r"(?=\s*(?:[,.;:]|$|\s(?:in|at|on|during|after|before|of|to|from|who|when|while)\b))"
)


VERDICT_OF = re.compile(r"[\"”’',.\s]*(?:was|is)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:verdict|response|reply|answer|reaction|"
                        r"assessment|view|message|judgement|judgment)\s+of\s+(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)")


def _cue_after(text, end, limit, people, quote):
    after = text[end:limit]
    lead = len(after) - len(after.lstrip(CLOSE + "\"″’', "))
    quoted_by = " quoted by " in after and QUOTED_BY.match(after, lead)
    if quoted_by:  # "“…,” Brathwaite was quoted by ESPNcricinfo as saying.": Brathwaite speaks, the site is the source
        speaker, cue, written, how, _ = _resolved(quoted_by["np"], "quoted as saying", end + quoted_by.start("np"), people, quote)
        return speaker, cue, written, how, quoted_by["src"].strip()
    quoted_as = " quoted " in after and QUOTED_AS.match(after.lstrip(CLOSE + "\"″’', "))
    if quoted_as:  # "“…,” Global Times quoted a worker as saying.": the worker speaks, the paper is the source
        at = end + len(after) - len(after.lstrip(CLOSE + "\"″’', ")) + quoted_as.start("np")
        speaker, cue, written, how, _ = _resolved(quoted_as["np"], "quoted as saying", at, people, quote)
        return speaker, cue, written, how, quoted_as["src"].strip()
    by = " by " in after[:12] and BY_AFTER.match(after)
    passive = by and PASSIVE_BEFORE.search(text, max(0, quote[0] - 50), quote[0])
    np = passive and (NAME_AFTER_CUE.match(after, by.end()) or AGENT.match(after, by.end())
                      or PHRASE_AFTER_CUE.match(after, by.end()))
    if np:  # "the council was accused of “grandstanding” by Labour leader Ed Miliband": the one after "by"
        return _resolved(_without_full_stop(np.group(0)), " ".join(passive["cue"].split()), end + np.start(), people, quote)
    m = "," in after.lstrip(CLOSE + "\"″’', ")[:200] and ROLE_COMMA_NAME.match(after)
    if m and _has_title(m["role"]):  # "“…”, Deputy General Secretary of the NPP, Nana Obiri Boahen stated.": the name
        return _resolved(_without_full_stop(m["np"]), m["cue"] or "according to", end + m.start("np"), people, quote)
    m = "of" in after[:60] and VERDICT_OF.match(after)
    if m:  # "“Constructive, serious,” was the verdict of Merkel": hers
        return _resolved(m["np"], "according to", end + m.start("np"), people, quote)
    m = AFTER_NP_CUE.match(after)
    if not m and (text[quote[0]:quote[1]].rstrip()[-1:] in (",", "?", "!") or after.lstrip(CLOSE + "\"″’'")[:1] == ","):
        m = AFTER_NP_VERB.match(after)  # “…,” she reminded them: any verb there attributes
    # ("… going “to make out like bandits” this Christmas as the carrier said it will …": the verb is another
    # clause's, and the quote stays with whoever the sentence gave it to before)
    if m and _is_speaker_phrase(m["np"]) and not _joined_on(m["np"]) and not CLAUSE_OPENER.search(m["np"]):
        return _resolved(m["np"], m["cue"], end + m.start("np"), people, quote)
    m = AFTER_CUE.match(after)
    m = None if m and m["cue"] in PARTICIPLES else m  # "…”, saying Mr Corbyn had not been told": he is no speaker
    np = m and (NAME_AFTER_CUE.match(after, m.end()) or PHRASE_AFTER_CUE.match(after, m.end()))
    named = np and np.group(0)[:1].islower() and NAME_APPOSED.match(after, np.end())
    if named:  # "said the Undersecretary of the Interior, Manuel Monsalve, …": the name after the role
        return _resolved(named[1], m["cue"], end + named.start(1), people, quote)
    if np:
        return _resolved(_without_full_stop(np.group(0)), m["cue"], end + np.start(), people, quote)
    m = "according" in after and ACCORDING_AFTER.match(after)
    if m and _is_speaker_phrase(m["np"]):
        return _resolved(m["np"], "according to", end + m.start("np"), people, quote)
    # "“…”, as the best judge … are the people, Shah said." / "… since 2020, according to the agency."
    m = SENTENCE_FINAL.search(after) if not MARKS.search(after.lstrip(CLOSE + "\"″’'")) else None
    if m:
        group = "np" if m["np"] else "np2"
        if _is_speaker_phrase(m[group]):
            return _resolved(m[group], m["cue"] or m["cue2"].split()[0], end + m.start(group), people, quote)
    return None


CLAUSE_OPENER = re.compile(r"\s(?:as|while|because|when|since|although|though|whereas)\s")


def _has_title(phrase: str) -> bool:
    return any(w.lower().strip(".,") in TITLES for w in phrase.split())


def _without_full_stop(name: str) -> str:
    """'Ed Miliband.' -> 'Ed Miliband', but 'Jr.' and 'U.S.' keep their stops."""
    return re.sub(r"(?<![A-Z])(?<!\b(?:Jr|Sr|St))\.$", "", name) if not _abbrev(name, len(name) - 1) else name


def _cue_before(text, start, end, people, quote):
    """The nearest speech verb before the quote whose subject is a speaker; a news outlet as subject is a source."""
    chunk = text[start:end]
    quoted_by = " quoted by " in chunk and QUOTED_BY.search(chunk)
    if quoted_by:  # "Gov. McCrory was quoted by WRAL as telling supporters: “…”": McCrory speaks, WRAL is the source
        speaker, cue, written, how, _ = _resolved(quoted_by["np"], "quoted as saying", start + quoted_by.start("np"), people, quote)
        return speaker, cue, written, how, quoted_by["src"].strip()
    quoted_as = "quoted" in chunk and QUOTED_AS.search(chunk)
    if quoted_as:  # "He also quoted Mugabe as telling him: “…”": Mugabe speaks, the one quoting him is the source
        speaker, cue, written, how, _ = _resolved(quoted_as["np"], "quoted as saying", start + quoted_as.start("np"), people, quote)
        src = quoted_as["src"].strip()
        if src.split()[0].lower() in PRONOUNS:
            src = people.pronoun(src.split()[0], start + quoted_as.start("src")) or ""
        return speaker, cue, written, how, src
    told_by = " by " in chunk and TOLD_BY.search(chunk)
    if told_by:  # "The Prime Minister was told by David Davis to “go”": the one doing the telling speaks
        named = APPOSITIVE_NAME.match(chunk, told_by.end("np"))
        np, at = (named[1], named.start(1)) if named else (told_by["np"], told_by.start("np"))  # "by his MPP, Stan Cho,"
        speaker, cue, written, how, _ = _resolved(np, told_by["cue"], start + at, people, quote)
        return speaker, cue, written, how, ""
    inverted = INVERTED_BEFORE.search(chunk) or INVERTED_TAIL.search(chunk)
    if inverted:  # 'Said her sister, Amy Rocha, “…”', "…, said Radtke: “…”": the verb first, then who said it
        group = "name" if inverted.groupdict().get("name") else "np"
        speaker, cue, written, how, _ = _resolved(inverted[group], inverted["cue"].lower(), start + inverted.start(group), people, quote)
        return speaker, cue, written, how, ""
    colon = chunk.rstrip().endswith(":") and (NAME_COLON.search(chunk) or POSSESSIVE_COLON.search(chunk))
    if colon:  # "Roberto Mancini: “That's football”", "His response: “…”"
        speaker, cue, written, how, _ = _resolved(colon["np"], ":", start + colon.start("np"), people, quote)
        return speaker, cue, written, how, ""
    subject = chunk.rstrip().endswith(":") and not CUE.search(chunk) and _leading_np(_intro_removed(_last_sentence(chunk)).split(",")[0])
    role = subject and subject.split()[0].lower() == "the" and subject.split()[-1].lower() in TITLES  # "The prime minister"
    if subject and (role or split_title(subject)[0] and looks_like_name(split_title(subject)[0]) and not is_org(subject)
                    and subject.split()[0].lower() not in NOT_NAMES):
        # "Texas Gov. Greg Abbott offered this twist: “…”": a named person's sentence that hands over to the quote
        speaker, cue, written, how, _ = _resolved(subject, ":", start + chunk.find(subject), people, quote)
        return speaker, cue, written, how, ""
    source = ""
    cues = list(CUE.finditer(chunk)) or (
        list(ANY_VERB_BEFORE.finditer(chunk, len(chunk) - 40)) if chunk.rstrip().endswith((",", ":")) else [])
    according = list(ACCORDING_BEFORE.finditer(chunk)) if "ccording" in chunk else []
    if according and not _is_media(according[-1]["np"]) and (not cues or according[-1].start() > cues[-1].start()):
        m = according[-1]
        speaker, cue, written, how, _ = _resolved(m["np"], "according to", start + m.start("np"), people, quote)
        return speaker, cue, written, how, ""
    for m in reversed(cues):
        if _noun_use(chunk, m.start()) or _negated(chunk, m.start()):
            continue  # "Modi’s claims seem to be “…”": a noun; "had not said “anything new”": nobody said it
        np = _subject(chunk, m.start(), m.group(0))
        if not np:
            continue
        if m.group(0) in REPORT_VERBS or _is_media(np):
            source = source or _strip_det(np)
            continue
        speaker, cue, written, how, _ = _resolved(np, m.group(0), start + chunk.rfind(np, 0, m.start()), people, quote)
        return speaker, cue, written, how, source
    return None


def _people_noun(word: str) -> bool:
    """'officials', 'police', 'investigators': a group of people that can speak with no article before it."""
    word = word.lower()
    return word in GROUP_NOUNS or (word.endswith("s") and word[:-1] in PERSON_NOUNS)


GROUP_NOUNS = {"police", "authorities", "investigators", "prosecutors", "officials", "residents", "witnesses", "protesters",
               "demonstrators", "campaigners", "activists", "lawmakers", "legislators", "critics", "experts", "analysts",
               "parliamentarians", "senators", "deputies", "councillors", "ministers", "leaders", "members", "supporters",
               "farmers", "workers", "teachers", "doctors", "nurses", "students", "voters", "unions", "organisers", "organizers"}


def _group_before(text: str, at: int) -> str | None:
    """'Prosecutors requested … They noted': the group of people at the head of a sentence just before."""
    found = [m.group(1) for m in GROUP_SUBJECT.finditer(text, max(0, at - 400), at) if _people_noun(m.group(1).split()[-1])]
    return found[-1] if found else None


GROUP_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))((?:[A-Z][a-z]+[ \t]+)?[A-Za-z][a-z]+s)(?=,|\s+(?:\w+ed|said|say|have|had|were|are)\b)")


def _negated(chunk: str, cue_at: int) -> bool:
    """'had not said', 'never said', "didn't say" (but not 'did not elaborate, saying')."""
    before = chunk[max(0, cue_at - 20):cue_at].split()[-2:]
    if before and before[-1].endswith(","):
        return False
    return any(w.lower() in {"not", "never"} or w.lower().endswith(("n't", "n’t")) for w in before)


def _noun_use(chunk: str, cue_at: int) -> bool:
    """'Modi’s claims', 'the remarks': a cue word used as a noun; 'for alleged police brutality': as an adjective;
    'Minister accused of …', 'has been described as': a passive, whose subject is not the one speaking."""
    before = chunk[max(0, cue_at - 30):cue_at].split()
    adjective = chunk.startswith("alleged", cue_at) and before and before[-1].lower() in PREPOSITIONS
    # "Taoiseach accused of making ‘disrespectful comments’", "X was accused of": the one accused says nothing
    # (but in "which he has accused of being “rotten”" the object came first, and he accuses)
    aux = before[-2] if len(before) > 1 and (before[-1] in {"also", "then", "later", "again"} or before[-1].endswith("ly")) \
        else before[-1] if before else ""  # ("was also asked")
    accused = ACCUSED_OF.match(chunk, cue_at) and not (before and before[-1].lower() in ACTIVE_BEFORE) or (
        aux.lower() in PASSIVE_AUX and chunk.startswith(("described", "told", "asked", "called"), cue_at))
    # ("has been described as “astonishing”", "was told to “go”": the one described or told says nothing)
    return bool(before) and (before[-1].endswith(("’s", "'s")) or before[-1].lower() in NOUN_BEFORE or bool(adjective)) \
        or bool(accused)


ACCUSED_OF = re.compile(r"(?:accused|charged|critici[sz]ed|condemned|slammed|blasted)\s+(?:of|for|over)\b")
PASSIVE_AUX = {"been", "being", "was", "were", "is", "are", "be"}
ACTIVE_BEFORE = {"has", "have", "had", "he", "she", "they", "we", "i", "who", "which"}
NOUN_BEFORE = {"the", "his", "her", "their", "its", "these", "those", "such", "a", "an", "our", "my", "your", "whose"}


POSSESSIVES = {"his", "her", "their", "its", "our", "my", "your"}


def _subject(chunk: str, cue_at: int, cue: str) -> str:
    """The noun phrase that speaks: the clause before the verb, or the sentence's subject for "saying"."""
    np = _subject_phrase(chunk, cue_at, cue)
    if np and " " not in np and (np.lower() in NOT_NAMES or np.endswith("ing")):
        # "In a letter to the Journal chairwoman Joanna Reeves wrote", "Recommending the plan Clr Peter McBride (Lab,
        # Dalton) said": no comma closed the opening phrase
        head = chunk[:cue_at]
        head = PARENTHETICAL.sub("", head) if "(" in head else head
        right_before = NAME_BEFORE_CUE.search(head)
        if not right_before:  # ("Taking offence to what it called …": an opening participle is no one)
            return "" if np.endswith("ing") and PARTICIPLE_OPENER.match(_last_sentence(head).lstrip(" \"“‘'")) else np
        words = right_before.group(1).split()
        if words[0].islower() and words[0] not in TITLES:
            words = words[1:]  # "… seen by AFP Mokoko wrote": not "by"
        while len(words) > 1 and MEDIA.fullmatch(words[0]):
            words = words[1:]  # nor the agency that saw the text
        return " ".join(words)
    return np


NAME_BEFORE_CUE = re.compile(r"((?:[a-z]+\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+$")


def _subject_phrase(chunk: str, cue_at: int, cue: str) -> str:
    """Who does the cue verb at ``cue_at``: each rule below reads one way a sentence names its speaker."""
    head = chunk[:cue_at]
    # Right-anchored checks on the last words, not regex searches: this runs for every quote.
    last = head.split()[-4:]
    while last and (last[-1].lower() in ADVERBS or last[-1].endswith("ly")):
        last.pop()
    if last and last[-1].lower() in {"he", "she", "they", "i", "we"} and cue not in PARTICIPLES:
        return last[-1]
    sentence = _plain_sentence(head)
    described = _described_name(head) or _relative_subject(head)
    if described:
        return described
    if head.rstrip().endswith((" and", " but")) and cue not in PARTICIPLES:  # ("… and asking": the sentence's subject)
        joined = _subject_before_and(sentence)
        if joined:
            return joined
        cue = "saying"  # "X reacted to an editorial, which tore into Y and said": X, the sentence's subject
    caused = (head.rstrip().endswith(" to") or cue in PARTICIPLES) and CAUSED_TO.search(head[-200:])
    if caused:  # "prompted Burley to say …", "forced Marine Le Pen to intervene, saying …": the one made to speak
        return caused["np"]
    if head.rstrip().endswith(" to"):
        cue = "saying"  # "took to Twitter to say …": the sentence's subject says it
    if cue in PARTICIPLES:
        return _participle_subject(head) or _opening_subject(sentence)
    return _clause_subject(sentence)


def _plain_sentence(head: str) -> str:
    """The sentence before the verb without what is not its clause: trailing adverbs ("Mr Michael Bloomberg, has
    stated"), a dateline, brackets and asides between dashes."""
    sentence = TRAILING_ADVERBS.sub(" ", _last_sentence(head))
    dateline = DATELINE.match(sentence)
    sentence = sentence[dateline.end():] if dateline else sentence
    if "(" in sentence:  # "Senator, Enyinnaya Abaribe (PDP, Abia State) described": the bracket is no clause
        sentence = PARENTHETICAL.sub("", sentence)
    if " - " in sentence or " – " in sentence or " — " in sentence:
        sentence = DASH_ASIDE.sub("", sentence)  # "Mr Doughty - the MP for Cardiff South - accused": nor the dashes
    return sentence


def _described_name(head: str) -> str | None:
    """A name, then what it is between commas, then the verb."""
    placed = head.rstrip().endswith(",") and (NAME_AGE_PLACE.search(head[-200:]) or NAME_DESCRIBED.search(head[-240:]))
    name = placed and placed["name"]
    if name and name.split()[0].lower() not in NOT_NAMES - {"a", "an"} and (looks_like_name(name) or name[:1] in "Aa"):
        # "Heather Blevins, 43, of Belmont, Herefordshire, said", "A resident in Great Witley, Worcestershire, said",
        # "Robin Shattock, professor of … at St George's, University of London, said"
        return name
    aside = ", who " in head and WHO_ASIDE.search(head[-240:])
    if aside and looks_like_name(aside["name"]):  # "Ziyambi Ziyambi, who is also Justice, Legal and … Minister, said"
        return aside["name"]
    return None


def _relative_subject(head: str) -> str | None:
    """The one a "who" clause right before the verb is about."""
    relative = (", who " in head or ", which " in head) and RELATIVE.search(head[-160:])
    named = relative and ", who " in head and NAME_DESCRIBED_WHO.search(head[-240:])
    if named:  # "Bob Ayling, the chief executive ousted by the board in March, who said": the name described
        return named["name"]
    # "the first lady, who reminded governors that “…”" (but "an editorial, which tore into …" speaks for no one)
    return (relative and (_antecedent if ", who " in relative.group(0) else _leading_np)(relative["np"])) or None


def _subject_before_and(sentence: str) -> str | None:
    """The subject of the verb before the "and": "… reported that Kim supervised a drill and vowed …" is Kim's."""
    inner = re.split(r"\s(?:that|who|whom|which|while|when|because|after)\s", sentence)[-1]
    parts = _intro_removed(inner).split(",")
    np_ = _leading_np(parts[0])
    named = len(parts) > 2 and _leading_np(parts[1])
    if np_ and named and looks_like_name(named) and not is_org(named) and np_.split()[0].lower() in DETERMINERS:
        np_ = named  # "The officer leading the inquiry, Det Supt Hamish Campbell, acknowledged … but said": the name
    last = len(parts) > 1 and LAST_CLAUSE_NAME.match(parts[-1])
    if last and looks_like_name(last["name"]) and not is_org(last["name"]):
        np_ = last["name"]  # "Pryke said as he was taken down, Richardson stood up and shouted": the last clause's
    owned_thing = np_ and np_.split()[0].lower() in POSSESSIVES and not _people_noun(np_.split()[-1])
    if np_ and not owned_thing and (
            np_[0].isupper() or np_.split()[0].lower() in DETERMINERS | PRONOUNS or _people_noun(np_.split()[-1])):
        return np_  # (but "acknowledged that his time is running out, but asserted": not "his time")
    return None


def _participle_subject(head: str) -> str | None:
    """Who a participle's clause ("…, saying", "by calling") is about, where the words right before it say."""
    clause_subject = head.rstrip().endswith(",") and SUBORDINATE_SUBJECT.search(head[-200:])
    if clause_subject:  # "…, before Tsenoli cut him short, telling him …": the subject of the clause just before
        return clause_subject["np"]
    # "… Shoaib Amir sparked outrage by calling …": who did what the participle tells how
    by_doing = head.rstrip().endswith(" by") and BY_DOING.search(SUBORDINATE_SPLIT.split(head[-200:])[-1])
    if by_doing and not by_doing["np"].endswith(("’s", "'s")):  # ("dismissed McCain’s opposition by": not McCain)
        return by_doing["np"]
    agent = PASSIVE_AGENT.search(head[-240:])
    if agent:  # "The olive branch was firmly rejected by Clegg, who …, calling him …": the one who did it
        return agent["np"]
    blamed = head.rstrip().endswith(" for") and OBJECT_FOR.search(head[-160:])
    if blamed and blamed["to"] is None:  # "lashed out at the MACC for saying …": the one blamed said it
        return blamed["np"]
    with_np = WITH_NP.search(head[-120:]) or WITH_GROUP.search(head[-120:])
    if with_np and (with_np["np"][0].isupper() or _people_noun(with_np["np"].split()[-1])):
        return with_np["np"]  # "…, with party chairman Ann Lee urging him to", "with legislators asking": them
    right_before = not head.rstrip().endswith(",") and NAME_BEFORE_CUE.search(head[-80:])
    words = right_before[1].split() if right_before else []
    if words and words[0].islower() and words[0] not in TITLES:
        words = words[1:]  # "led to Tim Ayres telling": not "to"
    if len(words) >= 2 and looks_like_name(" ".join(w for w in words if w not in TITLES)):
        return " ".join(words)  # "led to Labor senator Tim Ayres telling the minister": no comma, the name acts
    return None


def _opening_subject(sentence: str) -> str:
    """The subject the sentence opens with ("X filed a lawsuit against Y, Inc., alleging that …")."""
    first = _leading_np(sentence.split(",")[0])
    if sentence.split()[:1] in (["But"], ["And"], ["Yet"], ["So"]) and first[:1].isupper():
        return first  # "But Simon Birmingham has hit back, insisting …": a conjunction opens a clause, not an aside
    # the first part between commas that names someone: "…, widely expected in August, Kishida did not elaborate,
    # saying only"
    parts = _intro_removed(sentence).split(",")
    for i, part in enumerate(parts):
        np = _leading_np(part)
        if np and (np[0].isupper() or np.split()[0].lower() in DETERMINERS | PRONOUNS):
            rest, titled = split_title(np)
            name = _leading_np(parts[i + 1]) if titled and not rest[:1].isupper() and i + 1 < len(parts) else ""
            # "Leader of the Opposition, Premadasa, sought …": a title alone, then the name
            return name if name and looks_like_name(name) and not is_org(name) else np
    return _leading_np(_intro_removed(sentence).split(",")[0])


def _clause_subject(sentence: str) -> str:
    """The subject of the clause the verb ends: after the last comma aside and "that", its leading noun phrase."""
    contact = CONTACT_SUBJECT.search(sentence[-100:])
    if contact and contact["before"].lower() not in PREPOSITIONS and _leading_np(contact["np"]) == contact["np"]:
        # "a vote the opposition says was rigged", "told the court the suspect said": the phrase right before the
        # verb, after a noun, opens a clause of its own (a "that" left out) and is its subject
        return contact["np"]
    # "Mugabe, in power since 1980, said": an aside between commas before the verb is not where its clause starts
    clause = CLAUSE_SPLIT.split(_without_asides(sentence))[-1]
    np = _leading_np(_drop_appositive(clause)) or _leading_np(_drop_appositive(THAT.split(_intro_removed(sentence))[-1]))
    role = np and np.split()[0].lower() not in DETERMINERS and (np.split()[-1].lower() in PERSON_NOUNS or (
        np[0].islower() and any(w in PERSON_NOUNS for w in np.lower().split()[:4])))  # ("site manager for Invista")
    if role and "," in sentence:
        before = TRAILING_NAME.search(sentence.rstrip().split(",")[-2].strip())
        if before and not is_org(before.group(0)) and before.group(0).split()[0].lower() not in NOT_NAMES:
            return before.group(0)  # "Pat Cullen, RCN director told": the name, then what they are (no closing comma)
    return np


# (but "apologised to Kim for saying" is about the one who apologised)
OBJECT_FOR = re.compile(
    r"(?P<to>\bto\s+)?(?P<np>(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){0,5}[A-Z][\w’'.&-]*(?:\s+\([A-Z]{2,}\))?|him|her|them)\s+for\s*$")
PARENTHETICAL = re.compile(r"\s*\([^()]{1,60}\)")
LOWER_GOES_ON = re.compile(r"[\"”’'\s]*[a-z]")
CONTACT_SUBJECT = re.compile(r"\b(?P<before>[a-z]+)\s+(?P<np>the\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)\s*$")
PREPOSITIONS = {
    "of", "for", "in", "on", "at", "by", "with", "from", "to", "into", "onto", "over", "under", "about", "against",
    "among", "between", "after", "before", "during", "than", "like", "as", "near", "within", "without", "across",
    "behind", "beyond", "toward", "towards", "through", "via", "per", "outside", "inside", "including", "upon",
    "amid", "despite", "since", "until", "around", "along", "beside", "besides", "below", "above", "off", "past",
}


REMARK_WORDS = ("remark", "comment", "claim", "statement", "words", "jibe", "quip", "assertion", "accusation", "charge",
                "suggestion", "description", "taunt", "dig")
_REMARK = r"(?:remarks?|comments?|claims?|statements?|words|jibe|quip|assertion|accusation|charge|suggestion|description|taunt|dig)"
_OWNER = r"(?P<owner>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*?)[’']s\s+"
# "Singh’s comment that “…”", "On Singh’s charge that Chouhan was in Delhi for “poaching”"
OWNED_REMARK_BEFORE = re.compile(
    rf"{_OWNER}(?:[a-z-]+\s+){{0,2}}{_REMARK}\s+(?:that\s+(?:[^“”\"‘’.,;]{{1,80}}\s)?)?[\"“‘']$")
# "a statement given last week by Jean-Claude Juncker in which he said": its author
WRITTEN_BY = re.compile(r"\bby\s+(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s*,?\s+(?:in which|where)\s+\Z")
# "a comment from David Davis, the U.K.’s Brexit secretary, that Barnier’s comments were “a bit silly”"
REMARK_FROM = re.compile(rf"{_REMARK}\s+(?:from|by)\s+(?P<owner>(?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'.-]*)"
                         rf"(?:,[^,“”\"]{{1,80}},)?\s+that\s+(?:(?:[^“”\"‘’.;]|’(?=\w)){{1,80}}\s)?[\"“‘']$")
OWNED_REMARK_AROUND = re.compile(rf"{_OWNER}[\"“‘']$")
REMARK_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+){{0,1}}{_REMARK}\b")
HEADLINE_TO = re.compile(r"\s*([A-Z][\w’'-]+)\s+to\s+(?:[A-Z][\w’'-]+\s*){1,3}:")
SELF_NAMED_BODY = re.compile(r"(?i:the)\s+[A-Z][a-z][\w’'-]*(?:\s+[A-Za-z][a-z]+){1,2}")
FOR_OPINION = re.compile(r"[\s\"“]*For\s+(?P<np>(?:the\s+)?[A-Z][^,]{2,80}|the\s+[^,]{2,80}),\s")
OUTLET_PHRASE = re.compile(r"(?i:the\s+(?:state\s+|local\s+|daily\s+|weekly\s+)?(?:newspaper|paper|daily|tabloid|broadsheet))")
OUTLET_NOUNS = {"media", "newspaper", "paper", "tabloid", "daily", "broadsheet", "broadcaster", "magazine", "channel", "website"}
DESCRIBED_PERSON = re.compile(r"[Tt]he\s+(?:[A-Z][a-z]+(?:ese|ian|an|ish|ch|er|i)|[A-Z][a-z]+(?:man|woman)|\d{1,3}-year-old)")
TRAILING_ADVERBS = re.compile(r"(?:\s+(?:also|has|had|have|then|later|once|previously|again|further|additionally))+\s*$")
# A clause of its own before a partial quote, whose subject is a name and whose verb is in the past: its subject is
# the quote's speaker, not the main clause's ("… after minister Ana Ruiz branded the plan “a disgrace”")
CLAUSE_SUBJECT = re.compile(r"\b(?:after|when|as|because|since|while|before|until)\s+(?P<np>(?:[a-z]+\s+){0,2}(?:[A-Z][\w’'.-]*\s+){1,4})"
                            r"(?:had\s+|has\s+)?[a-z]{3,}ed\s+[^,;:“”\"]{0,120}[“\"‘']?$")
CHARGE_BEFORE = re.compile(r"\b(?:charged|accused|convicted|indicted|suspected|arrested|detained|jailed|sentenced|"
                           r"booked|prosecuted|investigated)\s+(?:with|of|for)\s+[“\"‘']?$")
ASKED_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:also\s+|then\s+|later\s+)?asked\b")
TIME_PHRASE = re.compile(rf"(?:{one_of(TIME_OPENERS)})\s+(?:[a-z]+\s+)?(?:{one_of(TIME_WORDS)})", re.I)  # "on Friday"
# "Saraki, who did not give details of the “intimidation” …": a quote inside a name's "who" clause is theirs
WHO_CLAUSE_OPEN = re.compile(r"(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s+who\s+[^,;:“”\"]{0,120}[“\"‘']?$")
PARTICIPLE_OPENER = re.compile(r"[A-Z][a-z]+ing\b(?![^,]*,)")
ASIDE_BEFORE_CUE = re.compile(r"(?<=[A-Za-z]),\s+(?:[a-z\d][^,]{0,120}),\s*$")
THAT = re.compile(r"\s(?:that)\s")


DASH_ASIDE = re.compile(r"\s+[-–—]\s+[^-–—“”\"]{3,100}?\s+[-–—](?=\s+[a-z])")


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


def _last_sentence(chunk: str) -> str:
    stops = [m.end() for m in STOP_OR_SEMICOLON.finditer(chunk) if chunk[m.start()] != "." or not _abbrev(chunk, m.start())]
    return chunk[stops[-1]:] if stops else chunk


def _drop_appositive(clause: str) -> str:
    """'James Roe, the mayor,' -> 'James Roe'; 'the mayor, James Roe,' -> 'James Roe'."""
    parts = [x.strip() for x in clause.rstrip().rstrip(",").split(",") if x.strip()]
    if not parts:
        return ""
    if len(parts) >= 3 and clause.rstrip().endswith(",") and looks_like_name(_leading_np(parts[0]) or "-") \
            and all(p[0].islower() or p[0].isdigit() for p in parts[1:]):
        return parts[0]  # "Carol Gahan, who lives in Alma Street, next to the site," told …
    if len(parts) >= 2 and clause.rstrip().endswith(","):
        a, b = parts[-2], parts[-1]
        # ("Environment Minister, Mohamad Mashnouk,": capitals that are only a title are no name)
        return a if looks_like_name(a) and split_title(a)[0] or not looks_like_name(b) else b
    return parts[-1]


def _intro_removed(sentence: str) -> str:
    """Drop an opening phrase such as 'During a visit to Seoul last week,' or 'Virtually charging the Opposition …,'."""
    dateline = DATELINE.match(sentence)
    if dateline:  # "BAMAKO (AFP) Jan 13, 2011 —": the wire's dateline is not the sentence's subject
        sentence = sentence[dateline.end():]
    m = re.match(r"^(?:\w+ly\s+)?\w+(?:ing|ed)\b[^,]{0,120},\s*(?=[A-Z])", sentence)
    if m:
        return sentence[m.end():]
    m = INTRO_PHRASE.match(sentence)
    return sentence[m.end():] if m else sentence


# Past tenses that end a subject as "-ed" does ("his press office sent out a release calling …"); not those that are
# also nouns ("cut", "hit", "set", "lead")
IRREGULAR_PAST = {"sent", "made", "took", "gave", "went", "came", "held", "met", "left", "won", "lost", "brought",
                  "thought", "found", "kept", "began", "wrote", "spoke", "became", "saw", "ran", "stood", "heard", "paid",
                  "sold", "built", "sought", "struck", "drew", "threw", "chose", "rose", "fell", "felt", "meant", "sat"}
HEAD_NOUNS = PERSON_NOUNS | OUTLET_NOUNS | ORG_WORDS
JOINS_OR_HEADS = NAME_JOINS | PERSON_NOUNS | OUTLET_NOUNS
ROLE_THEN_NAME = re.compile(r"(?:[a-z][\w-]*\s+){1,3}[A-Z]")


def _antecedent(words: str) -> str:
    """Who a ", who …" clause is about: the name or noun phrase right before the comma ("a rebuke from Barr, who"
    is Barr; "met the first lady, who" the first lady), else the phrase as a whole."""
    if CUE.search(words):  # "He said Kenyatta, who …, “…”": he says it, of Kenyatta
        return _leading_np(words)
    name = TRAILING_CAPITALS.search(words)
    office = name and words[:name.start()].endswith(("of ", "for ", "at ", "in "))  # ("The Governor of Lagos State")
    if name and not office and name.group(0).split()[0].lower() not in NOT_NAMES:
        return name.group(0)
    determiner = TRAILING_DETERMINER.search(words)
    return _leading_np(determiner.group(0) if determiner and not office else words)


TRAILING_CAPITALS = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*$")
TRAILING_DETERMINER = re.compile(r"(?<![\w’'-])(?:the|a|an|his|her|their|its)\s+(?:[\w’'.-]+\s+){0,3}[\w’'.-]+$")


def _leading_np(clause: str) -> str:
    words = clause.split()
    while words and (words[0].lower() in SKIP_OR_BOUNDARY or words[0].lower().strip(",") in LEADING_JUNK):
        words.pop(0)
    while len(words) > 2 and words[0].lower() in TIME_OPENERS and words[1].lower().strip(",") in TIME_WORDS:
        words = words[2:]  # "On Wednesday Park said": the day opens the sentence, Park speaks
    out = []
    for i, w in enumerate(words):
        lw = w.lower().strip(",")
        if lw == "and" and out and out[-1].lower() in PERSON_NOUNS and ROLE_THEN_NAME.match(" ".join(words[i + 1:i + 6])):
            out = []  # "Liberian leader and football legend George Weah": two roles of one person, then the name
            continue
        adjective = len(out) == 1 and out[0].lower() in DETERMINERS and words[i + 1:i + 2] and words[i + 1][0].isupper()
        if out and not adjective and (lw in SKIP_OR_BOUNDARY or CUE.fullmatch(lw)
                                      or (lw.endswith(("ed", "ly")) or lw in IRREGULAR_PAST) and not w[0].isupper()):
            break  # ("a thrilled Virat Kohli" goes on)
        if lw in {"on", "in", "at", "during"} and out:
            break
        # ("North Korea state media": a word before a noun for a person, body or outlet goes on too)
        if out and w[0].islower() and lw not in JOINS_OR_HEADS and lw[:-1] not in PERSON_NOUNS \
                and not (i + 1 < len(words) and words[i + 1].lower().strip(",") in HEAD_NOUNS) \
                and all(x[0].isupper() for x in out[-2:]) and out[0].lower() not in DETERMINERS and not out[-1].endswith(("’s", "'s")) \
                and (len(out) > 1 or not _name_or_body_ahead(words[i:i + 3])):
            # "Prime Minister Manmohan Singh gave …" and "Coetzee made …" end at the verb; "South Korea's foreign
            # ministry", "Labour transport spokeswoman Ana Ruiz" and "Chelmsford crown court" go on
            break
        out.append(w.strip(","))
        nxt = words[i + 1].lower().strip(",") if i + 1 < len(words) else ""
        if out[0][0].islower() and out[0].lower() not in DETERMINERS and _people_noun(w.strip(",")) \
                and not (nxt in PERSON_NOUNS or words[i + 1:i + 2] and words[i + 1][0].isupper()):
            break  # "law enforcement officials gave …" ends there; "police minister Bheki Cele" goes on
        if len(out) > 1 and out[-2][0].isupper() and lw in PERSON_NOUNS and nxt.isalpha() and words[i + 1][0].islower() \
                and nxt not in JOINS_OR_HEADS and nxt not in PREPOSITIONS:
            break  # "BJP spokesperson made several remarks": the verb ends it
        if len(out) > 12:  # ("Welsh Conservative Shadow Minister for North Wales Darren Millar MS")
            return ""
    return " ".join(out) if out and _is_speaker_phrase(" ".join(out)) else ""


def _name_or_body_ahead(words: list[str]) -> bool:
    if words and words[0].lower() in THINKING_VERBS:
        return False  # "Chong believes Falcon is …": a verb, then its object
    return any(w[:1].isupper() or w.lower().strip(",.") in ORG_WORDS | TITLES for w in words)


THINKING_VERBS = {"believes", "thinks", "feels", "hopes", "fears", "knows", "expects", "wants", "believed", "thought",
                  "felt", "hoped", "feared", "knew", "expected", "wanted", "considers", "considered", "sees", "saw"}


OPENING_VERBS = {"Asked", "Speaking", "Told", "Pressed", "Questioned", "Responding", "Reacting", "Commenting", "Addressing"}


def _is_speaker_phrase(np: str) -> bool:
    words = np.split()
    if not words or len(words) > 10 or (len(words) == 1 and words[0] in OPENING_VERBS):
        return False  # ("Asked about it, told radio dzBB they are …": a subject left out, not one called "Asked")
    if len(words) == 1 and (words[0].lower() in PRONOUNS or words[0].lower() in PERSON_NOUNS):
        return True  # "he said"; a headline's "minister says"
    if words[0].islower() and (CUE.fullmatch(words[0]) or words[0].endswith("ing")):
        # "…, saying Mr Corbyn had not been told", "said the MPs in a statement read by", "…,” referencing how X won
        # votes by telling …": a verb, no subject
        return False
    if words[0].lower() in {"the", "a", "an", "his", "her", "their", "its", "our", "one", "some", "many", "two", "three"}:
        return True
    if len(words) <= 4 and _people_noun(words[-1]):
        return True  # "law enforcement officials", "police"
    return any(w[0].isupper() or w[0].isdigit() for w in words) and not all(w.strip(",.").isdigit() for w in words)


def _joined_on(np: str) -> bool:
    """'… “complicit” with Trump and has announced': words after a quote that carry on its sentence, not a speaker."""
    words = np.lower().split()
    return words[0] in NOT_SUBJECT_START or words[-1] in BOUNDARY_WORDS


def _is_media(np: str) -> bool:
    return bool(MEDIA.search(np)) and not MEDIA_PERSON.search(np) and not all(split_title(np))


MEDIA_PERSON = re.compile(
    r"\b(?:spokes\w+|official|minister|secretary|editor|reporter|correspondent|columnist|anchor|host|presenter|"
    r"chief|executive|director|chairman|chairwoman|president|founder|mr|mrs|ms|miss|dr|sir)\b", re.I)
    # "White House Press Secretary Tony Snow", "Mr Bloomberg", "AFP Commissioner Andrew Colvin" (the Australian
    # Federal Police): people, whatever their names share with the media


def _strip_det(np: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", np.strip(), flags=re.I) if not re.match(r"^The\s+[A-Z]", np) else np.strip()


OWNER_BEFORE_NAME = re.compile(r"(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*(?:[’']s|s[’'])\s+(?=[A-Z])")
# "Zubiri on Monday urged", "Mr. Ayariga for instance confirmed", "Lee, however, said": no part of the name
WHEN_AFTER = re.compile(r",?\s+(?:for (?:instance|example|(?:his|her|their|its) part)|however|meanwhile|too|also|in turn),?$"
                        r"|\s+(?:on|last|this)\s+(?:%s)$|\s+(?:yesterday|today)$"
                        % "|".join(sorted(w.title() for w in WHEN_WORDS if w.endswith("day") and w not in {"yesterday", "today"})))
WHEN_ENDINGS = ("day", "instance", "example", "part", "however", "meanwhile", "too", "also", "turn")
FINAL_STOP = re.compile(r"(?<![A-Z]\.[A-Z])\.$")
NEXT_SENTENCE = re.compile(r"\s+[\"“‘'A-Z]")
SENTENCE_END = re.compile(r"[.!?](?=[\"”’)]*(?:\s|$))|[\"“](?=[A-Z])")
BRACKETED = re.compile(r"\s*\([^)]*\)")
INITIALS = re.compile(r"(?:[Tt]he\s+)?[A-Z]{2,6}")
ACCORDING_AFTER = re.compile(r"^[\"”’',.\s]*,?\s*according to\s+(?P<np>[^,.;]{2,60})")
STOP_OR_SEMICOLON = re.compile(r"[.!?]\s+|;")


def _source(sentence: str) -> str:
    """The outlet a quote is credited to in its sentence ("according to The Associated Press")."""
    return FINAL_STOP.sub("", _source_as_written(sentence))


def _source_as_written(sentence: str) -> str:
    if "according" not in sentence and "report" not in sentence and "told" not in sentence and "interview" not in sentence:
        return ""
    m = "according to" in sentence and SOURCE_ACCORDING.search(sentence)
    if m and _is_media(m["src"]):
        return m["src"]
    m = "report" in sentence and SOURCE_REPORTED.search(sentence)
    if m:
        return m["src"].strip()
    m = SOURCE_TOLD.search(sentence)
    if m and _is_media(m["src"]):
        return m["src"]
    return ""


_OUTLET_NAME = r"(?P<src>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*)"
SOURCE_ACCORDING = re.compile(rf"according to\s+{_OUTLET_NAME}")
SOURCE_REPORTED = re.compile(r"(?P<src>(?:[Tt]he\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*)\s+(?:reported|reports)\b")
SOURCE_TOLD = re.compile(rf"\b(?:told|said to|in an interview with)\s+{_OUTLET_NAME}")


def _according_to_person(sentence, people, quote):
    m = re.search(r"according to\s+(?P<np>(?:[\w’'.-]+\s+){0,4}[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)*)", sentence)
    if m and not _is_media(m["np"]):
        speaker, _, written, how, _ = _resolved(m["np"], "according to", quote[0], people, quote)
        return speaker, written, how
    return None, "", "none"


def _sentence_subject(before: str, people: Cast, quote, sentence: str = ""):
    """'Bragg thanked the jury for the "careful attention"': a partial quote with no speech verb is its subject's words.

    'Stressing that the ‘niyam’ (rules) will be given importance, he said …': a sentence opening with a participle
    has its subject after the participle's clause, past the quote."""
    if CHARGE_BEFORE.search(before) or ASKED_BEFORE.search(before):
        # "Karaca was charged with “managing a terror organization”", "Rasmussen was asked why the debate was “totally
        # different”": the charge's words, the question's, not the subject's
        return None, "", "none"
    clause = CLAUSE_SUBJECT.search(before) or WHO_CLAUSE_OPEN.search(before)
    if clause:  # "The government is reviewing it, after education minister Paul Calandra criticised it as “outdated”"
        speaker, _, written, how, _ = _resolved(clause["np"], "", quote[0], people, quote)
        if how == "named" and speaker and looks_like_name(speaker) and not is_org(speaker):
            return speaker, written, "subject"
    opener = PARTICIPLE_OPENER.match(before)
    if opener and ", " in sentence[len(before):] and not people.person_called(opener.group(0)):  # (not "Streeting")
        before = sentence[sentence.index(", ", len(before)) + 2:]
    parts = [p.strip() for p in _intro_removed(before).split(",")]
    while len(parts) > 1 and TIME_PHRASE.fullmatch(parts[0]):
        parts.pop(0)  # "In fact, on Friday, the Catalan government opened …": the time, then the subject
    if len(parts) > 2 and not looks_like_name(parts[0]) and looks_like_name(parts[1]):
        parts = parts[1:]  # "The mayor, James Roe, thanked …"
    np = _leading_np(parts[0])
    if np and np.split()[0].lower() not in {"this", "that", "these", "those", "it", "there"} \
            and (np.lower() not in NOT_NAMES or np.lower() in PRONOUNS):  # "This means …"; "In what has been …": none
        speaker, _, written, how, _ = _resolved(np, "", quote[0], people, quote)
        if how in ("named", "pronoun") and speaker and looks_like_name(speaker) and not is_org(speaker):
            return speaker, written, "subject"
    return None, "", "none"


def _reported_before(text: str, prev: Span, people: Cast, quote):
    """A quote that opens its paragraph right after 'Smith said the plan would work.' goes on Smith's words."""
    chunk = text[prev.start:prev.end].rstrip()
    last = _last_sentence(chunk)
    cues = [m for m in CUE.finditer(last) if m.group(0) not in REPORT_VERBS]
    if any(c in last for c in DOUBLE):
        return None, "", "none"
    if not cues:  # "… chairman Maria Battle issued an apology.", then her words as a paragraph of their own
        speaker, written, how = _sentence_subject(last, people, quote, last)
        return (speaker, written, "continuation") if speaker else (None, "", "none")
    np = _subject(last, cues[0].start(), cues[0].group(0))
    if np and not _is_media(np):
        at = prev.start + len(chunk) - len(last) + last.find(np)
        speaker, _, written, how, _ = _resolved(np, cues[0].group(0), at, people, quote)
        if speaker and how != "source":
            return speaker, written, "continuation"
    return None, "", "none"


# "…” and catechized, “…", "…” for Burnley and conceded “…": the sentence's subject goes on speaking
# "Irish Rail attributed the delays to a “fault” on Twitter and said services “…”": "and said" in lower case, and
# only lower-case words up to the quote, goes on with the subject before the earlier quote
AND_VERB = re.compile(r"\s(?:(?:and|but)\s+[a-z]+ed\s*[,:]?|and\s+(?:also\s+)?(?:said|says|told|added)\s+(?:[a-z]+\s+){1,3})\s*[“\"‘']?$")
# "… and catechized, “Are you …”": a past-tense verb, a comma, the quote: any such verb introduces the words
ANY_VERB_BEFORE = re.compile(r"(?<=[a-z] )[a-z]{3,}ed(?=[,:]\s*$)")
HEADLINE_VERB = re.compile(r"\b(?:says|slams|blasts|accuses|warns|claims|hits out|lashes out|calls|urges|vows|insists|"
                           r"denies|admits|rejects|brands|labels|dubs|attacks|criticises|criticizes|tells|defends)\b")


def _headline_speaker(before: str, people: Cast):
    """'Mancini ‘angry’ after derby', '… after he says he ‘wouldn't sign’': a headline's quote goes to the
    nearest name before it that the story names as a person ("Mancini" is Roberto Mancini)."""
    to = HEADLINE_TO.match(before)  # "Cuomo to Heastie: It's an “important time”": Cuomo speaks to Heastie
    # "Chris Bowen slams Sussan Ley's comments as ‘graceless’": the name before the verb; a possessive owns, not speaks
    verb = max(list(HEADLINE_VERB.finditer(before)) + list(CUE.finditer(before)), key=lambda m: m.start(), default=None)
    words = list(reversed(re.findall(r"[A-Z][\w’'-]+", before)))
    if verb:
        subject = [w for w in re.findall(r"[A-Z][\w’'-]+", before[:verb.start()]) if people.person_called(w)]
        if not subject and before[:verb.start()].strip():  # "Queensland attorney-general defends Palaszczuk against
            role = _by_role(before[:verb.start()].strip(), before[:verb.start()].strip().lower(), len(people.text), people)[0]
            return (role, before[:verb.start()].strip(), "headline") if role and looks_like_name(role) else (None, "", "none")
        words = list(reversed(re.findall(r"[A-Z][\w’'-]+", before[:verb.start()]))) + [
            w for w in words if not w.endswith(("’s", "'s"))]
    for word in ([to.group(1)] if to else []) + words:
        name = people.person_called(re.sub(r"[’']s$", "", word))
        if name:
            return name, word, "headline"
    return None, "", "none"


def _continued(text, paras, para, start, end, sent_start, earlier):
    """A quote with no attribution of its own continues the speech of the quote before it."""
    same_para = [q for q in earlier if paras[para].start <= q.start < start]
    if same_para and same_para[-1].speaker and same_para[-1].how != "owner" and (same_para[-1].end >= sent_start or quote_kind(text, start, end) == "direct"):
        return same_para[-1].speaker, same_para[-1].speaker_as_written, "continuation"
    opens_paragraph = not text[paras[para].start:start].strip(" \"“”'‘")
    if opens_paragraph and para > 0 and not same_para:
        before = paras[para - 1]
        prev = [q for q in earlier if before.start <= q.start < before.end or q.start < before.start < q.end]
        if prev and prev[-1].speaker:
            return prev[-1].speaker, prev[-1].speaker_as_written, "continuation"
    return None, "", "none"


# "Tim Cook of Apple", "opposition leader Rahul Gandhi of the Congress party"
NAME_OF = re.compile(r"(?:[a-z][\w’'-]*\s+){0,3}((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*)\s+(?i:of|at|from)\s+(?:the\s+)?[A-Z]")
HEAD_OF = re.compile(r"the\s+(?:head|chief|leader|boss)\s+of\s+(?:the\s+)?(?:government|state|the\s+government)\b")
PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?P<cue>accused\s+of(?:\s+being)?|described\s+as|branded(?:\s+as)?|called|"
    r"labell?ed(?:\s+as)?|dubbed|critici[sz]ed\s+for|condemned\s+as|slammed\s+as|attacked\s+as)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,4}[\"“‘']?$")  # ("was accused of holding learners “to ransom” by …")
AGENT = re.compile(r"(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w’'.&-]*)*")  # "the National Union of Students"
SOURCES_CLOSE = re.compile(
    r"(?i:(?:an?\s+|the\s+)?(?:sources?|aides?|people|officials?|allies|ally|insiders?|those|one|someone)\s+"
    r"(?:close\s+to|familiar\s+with|around|near|in\s+the\s+camp\s+of)\b)")
BY_AFTER = re.compile(r"^[\"”’']?,?\s+by\s+")
SURNAMED = re.compile(r"\b(?:surnamed|named|called|identified(?: only)? as)\s+((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)$")
NAME_PART = re.compile(
    r"(?:[A-Z][\w’'.-]*)(?:\s+(?:(?:de|van|von|der|den|da|del|di|la|le|bin|al)\s+)?(?:[A-Z][\w’'.-]*|(?:al|el|ad|ash|as|an|ibn|bin)-[A-Z][\w’'.-]*))*$")
OFFICE_OF = re.compile(r"\b(\w+)\s+(?:of|for)\s+(?:(?:[A-Z][\w’'.-]*|and)\s+)*$")  # "… for Jerusalem Affairs and"


def _resolved(np: str, cue: str, at: int, people: Cast, quote: tuple[int, int]):
    """(speaker, cue, as written, how, source) for a noun phrase that speaks."""
    np = BRACKETED.sub("", " ".join(np.split())).strip(" ,-–—")  # ("Mr Anderson -")
    if np.rstrip(",").endswith(WHEN_ENDINGS):
        np = WHEN_AFTER.sub("", np)
    if np.endswith(("further", "additionally", " then", " later", " again")):
        np = TRAILING_ADVERBS.sub("", np)  # "“…,” the prime minister further said"
    if np.endswith((" went", " goes", " continued", " proceeded")):
        np = np.rsplit(" ", 1)[0]  # "The deputy minister went on to say …"
    owner = ("’" in np or "'" in np) and OWNER_BEFORE_NAME.match(np)
    if owner and looks_like_name(np[owner.end():]) and " " in np[owner.end():] and not is_org(np[owner.end():]):
        np = np[owner.end():]  # "Fine Gael's Eoghan Murphy", "Sky News’ Kay Burley": the person, not their party or show
    of = NAME_OF.match(np)
    named_after = of and len(np.split()) >= 3 and first_name_gender(np.split()[-2])  # "Head of Health Pam Johnson"
    if of and not named_after and not is_org(of.group(1)) and of.group(1).split()[-1].lower().strip(".") not in TITLES:
        np = of.group(0)[:of.end(1)]  # "Tim Cook of Apple" is Tim Cook (but "Minister of Health Ana Ruiz" is Ana Ruiz)
    low = np.lower()
    low = {"him": "he", "her": "she", "his": "he", "them": "they", "their": "they", "me": "i", "us": "we"}.get(low, low)
    # ("according to him", "His response: “…”")
    if SOURCES_CLOSE.match(np):  # "Sources close to Berri said": the sources, not Berri
        return np, cue, np, "role", ""
    surnamed = SURNAMED.search(np)
    if surnamed:  # "a villager surnamed Li", "a man identified as Tom Reyes": the name given
        return people.full_name(surnamed.group(1), at), cue, np, "named", ""
    # (and "the paper said" is the outlet reporting; "the newspaper alleged" is its own claim)
    if (_is_media(np) or OUTLET_PHRASE.fullmatch(np)) and cue in REPORT_VERBS + ("said", "says", "according to"):
        return None, cue, np, "source", np
    if low in PRONOUNS:
        by = low in {"he", "she"} and people.text[max(0, at - 12):at].rstrip().endswith(("in which", "where")) \
            and WRITTEN_BY.search(people.text, max(0, at - 120), at)
        if by:  # "a statement given last week by Jean-Claude Juncker in which he said": its author
            return people.full_name(by["np"], at), cue, np, "pronoun", ""
        who = people.pronoun(low, at, exclude=quote) if low in {"he", "she", "i"} else (
            low == "they" and _group_before(people.text, at) or people.body(at)
            or (_main_company(people, at) if low == "it" else None))  # "It said trading was “softer”": the business
        return who, cue, np, "pronoun", ""
    if low in NOT_NAMES:  # "Another stated", "Others said": no one the text names
        return None, cue, np, "role", ""
    # "the FTC": the name it stands for, where the article gave it ("CEO says" is a role)
    if INITIALS.fullmatch(np) and low.split()[-1] not in PERSON_NOUNS:  # ("the CS": Kenya's Cabinet Secretary)
        return people.expand(re.sub(r"^[Tt]he\s+", "", np), at), cue, np, "named", ""
    if ISSUED_THING.fullmatch(low):  # "The statement added:": whoever the story said issued it
        issued = [m for m in ISSUED.finditer(people.text, 0, at)]
        if issued:
            m = issued[-1]
            group = next(g for g in ("a", "b", "c") if m[g])
            return _resolved(m[group], cue, m.start(group), people, quote)[:3] + ("role", "")
        body = people.body(at)  # else the body last quoted or last at the head of a sentence, as for "it said"
        if body:
            return body, cue, np, "role", ""
    issuer = ISSUER_OF.fullmatch(np) or ISSUED_FROM.fullmatch(np)
    if issuer:  # "explained a Fifa statement": Fifa's words
        return _resolved(issuer["owner"], cue, at, people, quote)[:3] + ("named", "")
    speaks_for = SPEAKS_FOR.fullmatch(np)
    if speaks_for:  # "Negotiators for Unifor Locals 240", "Officials from the Ministry of Health": the body speaks
        return people.expand(speaks_for["body"], at), cue, np, "role", ""
    owned = DOCUMENT_OF.match(np)
    if owned:  # "Mr McVey’s emergency motion states that …": its author's words
        return _resolved(owned["owner"], cue, at, people, quote)[:3] + ("named", "")
    named = _by_name(np, low, at, people)
    if named:
        return named, cue, np, "named", ""
    speaker, how = _by_role(np, low, at, people)
    return speaker, cue, np, how, ""


SPEAKS_FOR = re.compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[Nn]egotiators|[Rr]epresentatives|[Oo]fficials)\s+(?:for|from|of|at)\s+"
                        r"(?:the\s+)?(?P<body>[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z0-9][\w’'.&-]*)*)")


# Nouns a story uses for the business it is about ("the company said"); a union, party or ministry is one of
# several in most stories, so it is only ever the one the story named with that word (see Cast.role_holder).
COMPANY_NOUNS = {"company", "firm", "airline", "carrier", "group", "chain", "maker", "manufacturer", "carmaker", "titan",
                 "automaker", "bank", "lender", "retailer", "insurer", "giant", "business", "operator", "developer",
                 "conglomerate", "startup", "corporation", "supplier", "brand", "utility"}
BODY_ROLES = {"the party", "the union", "the movement", "the organisation", "the organization", "the association",
              "the federation", "the coalition", "the alliance"}
BODY_SPOKESMAN = re.compile(r"(?:an?|the)\s+(?P<noun>%s)(?:[’']s)?\s+spokes\w+$" % one_of(ORG_WORDS | COMPANY_NOUNS))
# A capitalised name at work in a sentence: "MedWay said", "Alcatel-Lucent plans", "BA has been forced"
AT_WORK = re.compile(r"(?<![\w’'.-])((?:[A-Z][\w’'.&-]*[ \t]+){0,3}[A-Z][\w’'&-]*[\w&])"
                     r"(?=[ \t]+(?:has|have|had|is|was|will|would|said|says|plans|expects|\w+ed)\b)")


def _main_company(people: Cast, at: int) -> str | None:
    """The organisation the story is about so far: the name (not a person's, a place's or an outlet's) it shows
    at work most often before ``at`` (a verb right after it), the first such on a tie.

    >>> from lessons.people import Cast
    >>> text = "Acme Corp will cut 500 jobs, Mary Jones said. Acme Corp said talks failed. “Sorry,” the company said."
    >>> _main_company(Cast(text, []), len(text))
    'Acme Corp'
    """
    counts: dict[str, list[int]] = {}
    for m in AT_WORK.finditer(people.text, people.headline_end, at):
        if people.inside_quote(m.start()):
            continue
        words = m.group(1).rsplit(". ", 1)[-1].split()  # ("… on Tuesday. JD Sports said": a new sentence)
        while words and words[0].lower() in NOT_NAMES:
            words.pop(0)  # "The", "But": capitals that only open the sentence
        name = " ".join(words)
        if not words or words[-1].lower() in NOT_NAMES or name in countries_and_peoples() or _is_media(name) \
                or (first_name_gender(words[0]) if len(words) > 1 else people.names_someone(words[0])):
            # (a person: a first name, or a surname the story gave someone; "JD Sports said" is no one's)
            continue
        counts.setdefault(people.expand(name, at), []).append(m.start())
    if not counts:
        return _main_company(people, len(people.text)) if at < len(people.text) else None  # named below
    best = max(counts, key=lambda n: (len(counts[n]), -counts[n][0]))
    # "Rolls" is "Rolls-Royce", "Acme" is "Acme Corp" where the story gives the fuller name
    fuller = _fuller(people.text, best)
    return fuller.rstrip(".") if fuller and (fuller[len(best)] == "-" or is_org(fuller)) else best


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


HONORIFIC_GENDER = {"mr": "m", "sir": "m", "lord": "m", "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f"}


def _by_name(np: str, low: str, at: int, people: Cast) -> str | None:
    """The person a phrase names: 'Defence Secretary Ana Ruiz', 'Minister of Health Ana Ruiz', 'an angry Ruiz'."""
    name_part = NAME_PART.search(np)
    determiner = low.startswith(("the ", "a ", "an ", "one ", "another ", "some "))
    if name_part and determiner and name_part.start() == 0:  # "A Labour MP": the capital only opens the sentence
        name_part = NAME_PART.search(np, np.index(" ") + 1)
    office = name_part and OFFICE_OF.search(np, 0, name_part.start())
    if office and office.group(1).lower() in TITLES | {"head"}:  # "Minister of Minority Affairs Mukhtar Abbas Naqvi"
        name_part = NAME_PART.search(split_title(np[office.start():])[0]) or name_part
    if name_part and split_title(name_part.group(0))[0] and (not determiner or len(name_part.group(0).split()) >= 2):
        name = after_body(split_title(name_part.group(0))[0])
        while len(name.split()) > 2 and name.split()[0].lower() in PERSON_NOUNS:
            name = name.split(" ", 1)[1]  # "Campaigner Carol Gahan" is Carol Gahan
        lowered = [w for w in np.split() if w[0].islower()]
        if name and not is_org(name) and (len(lowered) <= 3 or " " in name):
            return people.full_name(name, at, _honorific_gender(np))
        if determiner and is_org(name_part.group(0)) and all(
                (w[0].islower() or w.lower() in DETERMINERS) and w.lower() not in PREPOSITIONS for w in np[:name_part.start()].split()):
            return name_part.group(0)  # "the conservative Bareunmirae Party" is the Bareunmirae Party
        return np
    if name_part and determiner and " " not in name_part.group(0):
        full = people.full_name(name_part.group(0), at)
        if full and full != name_part.group(0):  # "an uncharacteristically combative Singh": someone named in full
            return full
    return None


def _by_role(np: str, low: str, at: int, people: Cast) -> tuple[str | None, str]:
    """(speaker, how) for a role: 'the ministry's spokeswoman', 'an EO spokesman', 'the Premier', 'the negotiator'."""
    where = at if at >= people.headline_end else len(people.text)  # a role in the headline: the story names it below
    spokes = re.match(r"(?i:an?|the)\s+(?:(?P<org>[A-Z][\w’'.&-]*(?:\s+(?:(?:and|of|for)\s+)?[A-Z0-9][\w’'.&-]*)*)\s+)?"
                      r"spokes\w+(?:\s+for\s+(?P<for>.+))?$", np)  # ("a Disaster Management and Relief Ministry spokesman")
    named = spokes and people.role_holder(np, where)
    if named and looks_like_name(named):  # "the ministry's spokeswoman": the spokeswoman the story named
        return people.full_name(named, where), "role"
    if spokes and (spokes["org"] or spokes["for"]):
        org = (spokes["org"] or spokes["for"]).strip()
        if re.match(r"(?i)the\s+[a-z]", org):
            org = people.role_holder(org, at) or org  # "an EO spokesman", "a spokeswoman for Unison": the body speaks
        return people.expand(org, at), "role"
    body_noun = BODY_SPOKESMAN.match(low)
    named = body_noun and low.startswith("the ") and people.role_holder(np, where)  # ("a" brings in someone new)
    if named and looks_like_name(named):  # "the ministry’s spokesperson, Hua Chunying": the one the story named
        return people.full_name(named, where), "role"
    body = (body_noun and people.role_holder("the " + body_noun["noun"], where)) or ""
    body = body if body[:1].isupper() else body_noun and body_noun["noun"] in COMPANY_NOUNS and _main_company(people, where)
    if body:  # "the ministry’s spokesperson", "a company spokesman", no name given: the ministry, the company named
        return people.expand(body, at), "role"
    determiner = low.startswith(("the ", "a ", "an ", "one ", "another ", "some "))
    head = low.split()[-1].strip(".,")
    if low.startswith("the ") and head in COMPANY_NOUNS:  # "the company said", "the French company said"
        return (people.role_holder(np, where) or _main_company(people, where) or np), "role"
    if low in BODY_ROLES:  # "the party said" where the story never wrote "X party": the body at the head of a sentence
        return (people.role_holder(np, where) or people.body(at) or np), "role"
    if low.startswith("the ") and head in ORG_WORDS and SELF_NAMED_BODY.fullmatch(np):
        return np.split(" ", 1)[1], "role"  # "The Peruvian government": it says which government
    # "asked a reporter": "a" brings in someone new, not a holder the story named ("Blacklock's Reporter")
    indefinite = low.startswith(("a ", "an ", "another ", "some "))
    holder = people.role_holder(np, where) if (determiner or head in PERSON_NOUNS) and not indefinite else None
    # (a story has one judge: "said the Old Bailey judge" before "Judge Richard Hone said" is him)
    if not holder and head in PERSON_NOUNS and (not people.named_before(at) or head in {"judge", "magistrate", "coroner"}):
        below = people.role_holder(np, len(people.text))  # a lede's "Detroit’s police chief says": named below
        owner = re.search(r"(\w+)[’']s\s", np)  # "Mugabe’s spokesman" is not the spokesman of someone else
        owner = owner and people.person_called(owner.group(1))
        at_below = people.text.find(below) if below else -1
        holder = below if below and looks_like_name(below) and (
            not owner or owner.split()[-1] in people.text[max(0, at_below - 60):at_below]) else None
        holder = holder or people.named_next_as_also(at)
    if not holder and low.startswith("the ") and (head in PERSON_NOUNS or HEAD_OF.match(low)) \
            and not (head in ONE_OF_MANY and people.kept_nameless(head, at)):
        holder = people.main_person(at)  # "the Premier said": the person the story is about
    if not holder and head in OUTLET_NOUNS and determiner:
        holder = people.outlet(at)  # "The newspaper alleged": the paper the story last named
    if not holder and DESCRIBED_PERSON.fullmatch(np):
        holder = people.main_person(at)  # "the Portuguese said", "the 37-year-old added": the one the story is about
    if not holder and " " not in np and np.islower() and not _people_noun(np):
        return None, "none"  # (but "police" speaking are the police)  # a headline's "driver says" with nobody named so: left open (an echo may fill it)
    return (holder or np), "role"
