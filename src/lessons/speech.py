"""Quotations and who said them.

Takes the quotations ``marks`` finds (curly or straight marks, partial quotes,
quotes that run over several paragraphs, block quotes after a line ending in a
colon) and gives each the speaker as the text gives it, the cue verb, and a
second-hand source where the article credits one ("Reuters reported").

The rules are the ones a reader uses, written down so a student can follow
them: the attribution next to the quote ("..., he said"), else the nearest
speech verb before it in the same sentence, else the speaker of the quote just
before it (a quote that continues a speech), else, for a quote that is a paragraph of its
own after a paragraph of narrative, the person that narrative is about. A pronoun or a role ("the
ministry") is resolved to the last name the article gave for it. A quote with
none of these keeps ``speaker=None``: the text does not say, so we don't guess.
Reading who does a speech verb is ``subjects``' work; making that phrase a
person or a body, ``speakers``'.

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
    PHOTO_WORD,
    TITLES,
    WORD_CHARS,
    Cast,
    countries_and_peoples,
    first_name_gender,
    has_title,
    is_org,
    known_first_name,
    looks_like_name,
    name_given,
    split_title,
)
from .speakers import (
    BODY_NOUNS,
    DETERMINERS,
    DOCUMENTS,
    ISSUED_FROM,
    ISSUED_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    SPEAKING_FOR_A_BODY,
    SPOKES,
    SURNAMED,
    honorific_gender,
    is_media,
    is_people_noun,
    resolve_speaker,
    speaker_by_role,
)
from .subjects import (
    BOUNDARY_WORDS,
    IRREGULAR_PAST,
    PARTICIPLE_OPENER,
    PRONOUN_HAS,
    TIME_OPENERS,
    TIME_WORDS,
    is_speaker_phrase,
    last_sentence,
    leading_np,
    name_past_opening,
    office_then_holder,
    subject_of_cue,
    without_intro,
)
from .text import ACCENTED, Span, abbreviation_before, one_of, paragraphs, plain_latin


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


# Words a speaker's noun phrase never opens with: prepositions and joining words.
NOT_SUBJECT_START = BOUNDARY_WORDS | {"with", "to", "of", "for", "from", "in", "on", "at", "by", "than", "about", "into", "over"}
_WORD = re.compile(r"[\w’'.\[\]-]+|,|;|:|\(|\)")


def find_quotes(text: str, paras: list[Span] | None = None, problems: list[str] | None = None) -> list[Quote]:
    """Every quotation in ``text`` with its speaker, cue and source.

    Pass the article's ``body`` (boilerplate blanked) so captions and plugs
    are not read as speech; offsets are the same as in the original text.
    A quote whose speaker the rules trip over is kept with no speaker and
    ``how="failed"``; what went wrong is added to ``problems`` if given.

    >>> [(q.text, q.speaker) for q in find_quotes('Headline\\n\\n“It was loud,” Ana Silva said.')]
    [('It was loud,', 'Ana Silva')]
    """
    paras = paragraphs(text) if paras is None else paras
    original, typed = text, _first_names_in_title_case(_doubled_marks(text), paras)
    text = typed if typed.isascii() else plain_latin(typed)
    if "\u201a" in text:  # "march organisers‚ Loyiso Saliso‚ applauded": some South African sites type a low mark for a comma
        text = LOW_COMMA.sub(",", text)
    # ("a bystander who identified herself as ‘Susie Joseph’": a name in marks is what someone is called, not words)
    spans = [s for s in quote_spans(text, paras) if not name_given(text, s[0], s[1])]
    if "«" in text or "»" in text:  # («…,» said the minister): once found, French marks are read as curly ones
        text = text.translate(GUILLEMETS)
    people = Cast(text, [(s, e) for s, e, _ in spans], headline_end=_headline_end(text, paras))
    out: list[Quote] = []
    starts = [p.start for p in paras]
    for start, end, kind in spans:
        para = max(0, bisect.bisect_right(starts, start) - 1)
        try:
            out.append(_attribute(text, paras, para, start, end, kind, out, people))
        except Exception as e:  # rules meet text no one foresaw: one quote left unattributed must not lose the rest
            out.append(Quote(start, end, text[start:end], None, kind=kind, how="failed"))
            if problems is not None:
                problems.append(f"the speaker of the quote at characters {start}-{end} ({type(e).__name__}: {e})")
    # One spelling per speaker, whichever apostrophe the outlet typed: "South Korea’s" is "South Korea's";
    # a surname is the full name the story gives anywhere ("Feijoo" in a headline is Alberto Núñez Feijóo).
    final, accented = [], None
    out = _named_below(text, paras, _share_attribution(text, out), people)
    out = _echoes(_credited_below(text, paras, out), paras[0].end if paras else 0)
    for q in _headline_to_main_voice(out, paras[0].end if paras else 0):
        speaker = _usual_spelling(_fullest(q.speaker, people, q.speaker_as_written), text)
        if text is not typed:  # names read without their accents, given back as the story types them
            accented = accented or _accented_words(typed)
            speaker, written, source = (_as_typed(x, accented) for x in (speaker, q.speaker_as_written, q.source))
            if (written, source) != (q.speaker_as_written, q.source):
                q = replace(q, speaker_as_written=written, source=source)
        final.append(q if speaker == q.speaker else replace(q, speaker=speaker))
    return final if original is text else [q if q.text == original[q.start:q.end] else replace(q, text=original[q.start:q.end])
                                            for q in final]


GUILLEMETS = str.maketrans("«»", "“”")
LOW_COMMA = re.compile(r"(?<=[\w.”’\"])\u201a(?=\s)")  # (after a word and before a space: no opening mark)


def _headline_end(text: str, paras: list[Span]) -> int:
    """Where the headline ends, for reading names: a headline's capitals say nothing of names, but where the first
    line is a sentence (a page whose title was lost, so its lede comes first), it is read like the story."""
    if not paras:
        return 0
    words = [w for w in text[paras[0].start:paras[0].end].split() if w[:1].isalpha()]
    lower = sum(w[0].islower() for w in words)
    # ("KUALA LUMPUR: Prime Minister Tan Sri Muhyiddin Yassin congratulated all … candidates, whose results were
    # announced today.": names take many capitals, but a headline seldom ends with a full stop)
    full_stop = text[paras[0].start:paras[0].end].rstrip().endswith((".", ".”", '."', ".’"))
    sentence = lower * 2 > len(words) or full_stop and lower * 3 >= len(words)
    return 0 if sentence and len(words) >= (12 if full_stop else 20) else paras[0].end


def _as_typed(phrase: str | None, accented: dict[str, str]) -> str | None:
    """``phrase`` with each word spelt as the story types it: ``accented`` maps a word without its accents to
    the story's spelling ("Cavusoglu" -> "Çavuşoğlu"); where a story types a name both ways ("Feijoo" in a
    headline, "Feijóo" below) the accented spelling is the one it keeps."""
    if not phrase or not any(plain in phrase for plain in accented):
        return phrase
    return WORD_CHARS.sub(lambda m: accented.get(m.group(0), m.group(0)), phrase)  # ("Yves-Francois" too)


def _accented_words(typed: str) -> dict[str, str]:
    """Each word of ``typed`` with an accented letter, by its spelling without accents."""
    out = {}
    for m in ACCENTED.finditer(typed):
        start = m.start() - len(WORD_END.search(typed, max(0, m.start() - 40), m.start()).group(0))
        word = typed[start:WORD_START.match(typed, m.start()).end()]
        out.setdefault(plain_latin(word), word)
    return out


WORD_END = re.compile(r"\w*$")
WORD_START = re.compile(r"\w*")


def _doubled_marks(text: str) -> str:
    """'‘‘It’s a big disappointment,” Antipas said', "''We won,'' he said", "‘’We won,’’": two single marks typed for a double one,
    read as one double mark (a space in place of the other, so every offset holds)."""
    if "‘‘" not in text and "’’" not in text and "''" not in text and "‘’" not in text:
        return text

    def one(m: re.Match) -> str:
        opens = m.start() == 0 or text[m.start() - 1].isspace() or text[m.start() - 1] in "([{—–-"
        return " “" if opens else "” "

    return DOUBLED_SINGLES.sub(one, text)


DOUBLED_SINGLES = re.compile(r"‘’|‘‘|’’|''")  # (and "‘’I am glad …’’": a wire's opening pair typed the wrong way round)


def _first_names_in_title_case(text: str, paras: list[Span]) -> str:
    """'RALPH Hasenhuttl labelled it …', 'THE First Minister has …': a paper's capitals on a paragraph's first word,
    in title case where that word is a first name or a common word, so the name reads as one (the same length: every
    offset holds)."""
    words = [m for p in paras if text[p.start:p.start + 2].isupper() and (m := LEDE_CAPS.match(text, p.start))]
    # ("SPEAKING at a meeting …, the caretaker Prime Minister …": a participle, not a name; "NASA said" stays)
    words = [m for m in words if m.group(1).lower() in NOT_NAMES or first_name_gender(m.group(1).title())
             or m.group(1).endswith(("ING", "ED", "LY")) and len(m.group(1)) > 4]
    for m in reversed(words):  # ("THE First Minister": the word "The"; "NASA" and "WASHINGTON" stay)
        text = text[:m.start()] + m.group(1).title() + text[m.end():]
    return text


LEDE_CAPS = re.compile(r"([A-Z]{2,})(?=[ \t]+[A-Z]?[a-z])")


def _office_lists(text: str) -> str:
    """'“…,” Minister for Housing, Local Government and Heritage Darragh O’Brien said': an office that lists its
    portfolios is one title: the list after its first portfolio is read as spaces (the same length: every offset
    holds), so no comma in it is taken for an apposition's. (Before a quote, the subject's reading masks such commas
    too: see ``subject_of_cue``.)"""
    if "," not in text or " and " not in text:
        return text
    for m in OFFICE_LIST.finditer(text):
        items = re.split(r",\s+|\s+and\s+", m["list"])
        if not any(first_name_gender(w.split()[0]) for w in items if w):  # ("Minister for Health, Simon Harris and …")
            text = text[:m.start("rest")] + " " * len(m["rest"]) + text[m.end("rest"):]
    return text


_CAPS_RUN = r"[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|for|and|the)[ \t]+)?[A-Z][\w’'-]*)*?"
OFFICE_LIST = re.compile(r"\b(?:Minister|Ministry|Secretary|Department|Committee|Commissioner|Director|Cabinet Secretary)"
                         rf"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?(?P<list>{_CAPS_RUN}(?P<rest>(?:,[ \t]+{_CAPS_RUN})+,?[ \t]+and[ \t]+[A-Z][\w’'-]*))")


def _fullest(speaker: str | None, people: Cast, written: str = "") -> str | None:
    """A surname as the full name the story gives ("Feijoo" -> "Alberto Núñez Feijóo"), one apostrophe for all
    (but "Ms Harper" is not her late husband Andrew Harper)."""
    if speaker and ACRONYM_WORD.fullmatch(speaker.rstrip(".")):
        return _spelt_out(speaker.rstrip("."), people.text)  # "PAC" where the story wrote "Public Accounts Committee (PAC)"
    if not speaker or " " in speaker or not speaker[:1].isupper() \
            or speaker.endswith(("’", "'")) or _honorific_rules_out(speaker, written, people):
        return speaker.replace("’", "'") if speaker else speaker
    return (people.person_called(speaker) or speaker).replace("’", "'")


@lru_cache(maxsize=256)
def _spelt_out(acronym: str, text: str) -> str:
    """The name a story spells an acronym out as, in either order: "the Public Accounts Committee (PAC)",
    "DOC (Department of Conservation)"; the acronym itself where the story does neither."""
    for m in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", text):
        words = text[max(0, m.start() - 120):m.start()].split()[-10:]
        for i in range(len(words) - 1, -1, -1):
            name = words[i:]
            if name[0][:1].isupper() and _initials_match(name, acronym):
                return " ".join(name)
    after = re.search(rf"\b{re.escape(acronym)}\s*\(([A-Z][^()]{{3,100}})\)", text)
    if after and _initials_match(after[1].split(), acronym):
        return after[1].strip()
    # (or a name the story writes whose capitals spell it: "The Public Accounts Committee has …", then "stated PAC")
    small = r"(?:\s+(?:of|for|and|the|on|&))*\s+"
    spelt = {m.group(0) for m in re.finditer(r"\b" + small.join(rf"{c}[a-z][\w’'-]*" for c in acronym.rstrip("s")) + r"\b", text)}
    return spelt.pop() if len(spelt) == 1 and len(acronym) > 2 else acronym


SMALL_WORDS = {"of", "for", "and", "the", "on", "in", "&"}


def _initials_match(words: list[str], acronym: str) -> bool:
    """Whether the words' initials spell the acronym, with or without the small words ("Department of Conservation"
    is DOC, "Public Accounts Committee" PAC)."""
    every = "".join(w[0] for w in words if w[0].isalnum()).upper()
    big = "".join(w[0] for w in words if w.lower() not in SMALL_WORDS and w[0].isalnum()).upper()
    return acronym.upper().rstrip("S") in (every, big) or acronym.upper() in (every, big)


def _honorific_rules_out(surname: str, written: str, people: Cast) -> bool:
    """Whether "Ms Harper" (or "she", said of her) rules out the Andrew Harper the story named in full."""
    said = {"he": "m", "she": "f"}.get(written.lower())
    if said:  # "Mrs Hamilton …", then "she said": not Brian Hamilton, a man by his first name
        full = people.person_called(surname)
        return bool(full) and " " in full and first_name_gender(full.split()[0]) not in (None, said)
    gender = honorific_gender(written)
    return bool(gender) and people.full_name(surname, len(people.text), gender) == surname


@lru_cache(maxsize=256)
def _usual_spelling(speaker: str | None, text: str) -> str | None:
    """'Alexis Tsipas' where the story writes 'Tsipras' everywhere else: a surname typed once with a slip (one
    letter added, dropped, changed or two swapped) takes the spelling the story uses at least twice as often
    (but an accent is no slip: "Feijóo" stays, however often a headline writes "Feijoo")."""
    if not speaker or " " not in speaker or len(speaker.split()[-1]) < 5 or not speaker.split()[-1][:1].isupper() \
            or {"of", "for", "the"} & set(speaker.split()):
        return speaker  # (a role is no name: "another resident" is not "residents"; nor a body's name, "… of Animals")
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
    # (but "Tim Davie" is someone else than "Philip Davies": a first name of its own before the other spelling)
    other = usual and any(first_name_gender(m[1]) and m[1] != speaker.split()[0] for m in re.finditer(rf"\b([A-Z][a-z]+)\s+{re.escape(usual)}\b", text))
    if usual and counts[usual] >= 2 * counts.get(last, 0) and not other:
        return speaker[:-len(last)] + usual
    return speaker


WORD = re.compile(r"[\w’'-]+")


def _unaccented(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


ACRONYM_WORD = re.compile(r"[A-Z0-9]{2,}s?")


def _share_attribution(text: str, found: list[Quote]) -> list[Quote]:
    """'The flight was "legal" and "safe," the ministry said': one attribution serves every quote of the sentence."""
    out = list(found)
    credited = {}  # the quote whose verb a quote shares, so that it passes on to a third ("“…” that were “…” and “…,” said X")
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        by = credited.get(i + 1, nxt)
        between = text[q.end:nxt.start]
        # a partial quote that only had its sentence's subject gives way to the sentence's own "…, X said" too
        opened = q.how == "none" or (q.how == "subject" and not CUE.search(between))
        # ("“The loss of a child is a tragedy,” and Gov. Greg Abbott … are praying for “…,” spokesman Andrew Mahaleris
        # said": a quote that ends in a comma goes on in its sentence, whose own verb beats the quote before it)
        opened = opened or q.how == "continuation" and q.text.rstrip().endswith(",") and not CUE.search(between)
        ends = (m for m in re.finditer(r"[.!?][\"”’']?\s+[A-Z]", between) if not abbreviation_before(between, m.start()))
        if opened and by.speaker and by.cue and "\n" not in between and not next(ends, None):  # ("Gov. Greg Abbott" ends nothing)
            out[i] = Quote(q.start, q.end, q.text, by.speaker, "", by.source, q.kind, by.speaker_as_written, "continuation")
            if by.cue not in PARTICIPLES:  # ("… “new model” leader": a participle's subject is a guess, not passed on)
                credited[i] = by
    return out


MARK_CHARS = " \"“”‘’'"


def _credited_below(text: str, paras: list[Span], found: list[Quote]) -> list[Quote]:
    """'“When we don’t get salaries …”', then '“We have been persuaded …,” stated Sossion.': a run of quotes, each a
    paragraph of its own, that opens with no credit is the words of whoever the run's first credit names."""
    out = list(found)
    starts = [p.start for p in paras]
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        para = bisect.bisect_right(starts, q.start) - 1
        if q.speaker or q.kind == "partial" or nxt.speaker is None or para < 1 or para + 1 >= len(paras):
            continue
        whole = not text[paras[para].start:q.start].strip(MARK_CHARS) and not text[q.end:paras[para].end].strip(MARK_CHARS + ".,")
        if whole and not text[paras[para + 1].start:nxt.start].strip(MARK_CHARS):
            out[i] = replace(q, speaker=nxt.speaker, speaker_as_written=nxt.speaker_as_written, how="continuation")
    return out


# "Those were the words from Suhil Musa, Imam for …", "So said Maria Lopez": the paragraph after a quote names whose it is
WORDS_OF_BELOW = re.compile(r"(?:(?:Those|These|That|This|Such)\s+(?:were|was|are|is)\s+(?:the\s+)?(?:[a-z]+\s+)?"
                            r"(?:words|message|plea|warning|verdict|reaction|response|view|assessment)\s+(?:of|from)|So\s+said)"
                            r"\s+(?P<np>(?:the\s+)?[^,.;:“”\"\n]{2,60}?)(?=\s*[,.;:]|\s+(?:after|as|when|who|on|in|at)\b)")


def _named_below(text: str, paras: list[Span], found: list[Quote], people: Cast) -> list[Quote]:
    """'“This hatred must not be allowed to win.”', then 'Those were the words from Suhil Musa, …': a quote that
    is a paragraph of its own with no credit is the words of whoever the next paragraph says they are."""
    out = list(found)
    starts = [p.start for p in paras]
    for i, q in enumerate(out):
        para = bisect.bisect_right(starts, q.start) - 1
        if q.speaker or para < 0 or para + 1 >= len(paras):
            continue
        below = WORDS_OF_BELOW.match(text, paras[para + 1].start)
        if below and not text[paras[para].start:q.start].strip(MARK_CHARS) \
                and not text[q.end:paras[para].end].strip(MARK_CHARS + ".,"):  # (the quote is the whole paragraph)
            speaker, _, written, how, _ = resolve_speaker(below["np"], "according to", below.start("np"), people, (q.start, q.end))
            out[i] = replace(q, speaker=speaker, speaker_as_written=written, how=how, cue="according to") if speaker else q
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


def _headline_to_main_voice(found: list[Quote], headline_end: int) -> list[Quote]:
    """'Irate parents storm school, demand removal of ‘incompetent’ principal': a headline quotes the story's main
    voice, and where neither the headline nor the body says whose words they are, that is the speaker the body
    quotes most (the first of them on a tie): a reader takes the headline's words as the story's own.

    (Not a quote in the body that nothing credits: the main voice said only a third of those in real news, and a
    quote printed with no speaker is something a fact-checker should see flagged, not filled in.)"""
    body = [q.speaker for q in found if q.start >= headline_end and q.speaker and q.how != "none"]
    if not body or not any(q.start < headline_end and q.speaker is None for q in found):
        return found
    counts = Counter(body)
    main = max(counts, key=lambda name: (counts[name], -body.index(name)))
    return [replace(q, speaker=main, speaker_as_written="", how="main") if q.start < headline_end and q.speaker is None
            else q for q in found]


# ---------------------------------------------------------------- who said it


TITLE_IN_MARKS = re.compile(r"[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|of|the|and|for|in|on|&)){0,5}")


def _attribute(text, paras, para, start, end, kind, earlier, people) -> Quote:
    p = paras[para]
    quoted = text[start:end]
    if kind == "block":
        intro = paras[para - 1]
        found = _cue_before(text, intro.start, intro.end, people, (start, end))
        speaker, cue, written, how, source = found or (None, "", "", "none", "")
        return Quote(start, end, quoted, speaker, cue, source, kind, written, how)
    sent_start, sent_end = _sentence_bounds(text, p, start, end)
    # (a name in marks is part of the clause it sits in: 'Jason Graham of “Cheelonga Farming” near Tarzali, said: “…”')
    prev_end = max([q.end + 1 for q in earlier if sent_start <= q.end <= start and not TITLE_IN_MARKS.fullmatch(q.text)]
                   + [sent_start])
    next_start = min([s for s in _next_opening(text, end, sent_end)] + [sent_end])
    source = _source(text[sent_start:start] + " " * (end - start) + text[end:sent_end])  # (not "Early reports …" quoted)
    quote = (start, end)
    # ("Davey urged “one nation” Conservatives to join, accusing …": nor after words quoted inside the clause)
    if prev_end > sent_start and (LOWER_GOES_ON.match(text, prev_end, start) or earlier[-1].kind == "partial") \
            and ({m.group(0) in PARTICIPLES for m in CUE.finditer(text, prev_end, start)} == {True}
                 or AND_VERB.search(text, prev_end, start)):
        # "MACC said it was “shocked” by the court decision, adding: “…”": the words after the earlier quote carry
        # on its clause, so "adding" (and no verb of a new speaker) belongs to the sentence's subject, before that quote
        last, prev_end = earlier[-1], sent_start
        if last.speaker and last.how in ("named", "role", "pronoun") and AND_VERB.search(text, last.end, start):
            # ("The court stated, “… a specific and individual order …,” and added, “…”": that subject is the one the
            # quote before was credited to, not a phrase inside that quote)
            cue = [m.group(0) for m in CUE.finditer(text, last.end, start)]
            return Quote(start, end, quoted, last.speaker, cue[-1] if cue else "added", source or last.source, kind,
                         last.speaker_as_written, last.how)
    went_on = bool(earlier) and earlier[-1].start >= p.start
    owner, written, how = _remark_owner(text, prev_end, quote, people) if kind == "partial" else (None, "", "none")
    if owner:  # "Schinas said … when asked about a comment from Davis that Barnier was “a bit silly”": Davis's
        return Quote(start, end, quoted, owner, "", source, kind, written, how)
    # "Senzo Meyiwa trial: ‘These people are not learned’ – Adv Teffo throws jab": a headline credits its quote after
    # it, with a name and a verb, before any name ahead of a colon
    credit = para == 0 and (_headline_person(HEADLINE_NAME_ANY.match(text, end, p.end), people)
                            or _headline_person(HEADLINE_COLON_NAME.match(text, end, p.end), people))
    found = resolve_speaker(credit["np"], "", len(text), people, quote) if credit else None
    found = found if found and found[0] else _sign_opening(text, prev_end, quote, people) or _nearest_cue(
        _sign_as_said(text, prev_end, start), quote, prev_end, next_start, end > p.end, went_on, people)
    if not found and para + 1 < len(paras) and not text[p.start:start].strip("“\"‘' ") and not text[end:p.end].strip("”\"’' .,"):
        # a quote that fills its paragraph, then a line that only says whose it is: "Raymond Komen – Nakuru county
        # executive for Trade" (a pull quote's credit, no verb)
        line = CREDIT_UNDER.fullmatch(text, paras[para + 1].start, paras[para + 1].end)
        if line and looks_like_name(line["np"]) and not is_org(line["np"]):
            found = resolve_speaker(line["np"], "according to", line.start("np"), people, quote)
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
        _note_document(text, (sent_start, sent_end), quote, speaker, people)
        # ("Protesters chanted …", "Union leaders described …": a group is no "he" or "she" later on; nor is the body
        # a spokesperson speaks for, "A spokesperson for Pladis said")
        spoke_for = how == "role" and speaker and SPOKES.match(written) and not people.names_someone(speaker.split()[-1])
        # ("The firm said …": the business, whatever its name looks like, is no "she" two paragraphs on)
        spoke_for = spoke_for or how == "role" and written.split()[-1].lower() in BODY_NOUNS
        people.note_speaker(None if speaker and (is_people_noun(speaker.split()[-1]) or spoke_for) else speaker, start)
        # ("The Law Society's nine elected council members said": people of a body, whom a later "it" is not)
        many = how == "role" and is_people_noun(written.split()[-1])
        # ("NHS Western Isles said": a body's initials, then which part of it; but "ABM Zubair" is a man's initials)
        initials = speaker and INITIALS_LED.fullmatch(speaker) and (
            not people.names_someone(speaker.split()[-1]) or speaker.count(" ") > 1 and not first_name_gender(speaker.split()[1]))
        if speaker and (is_org(speaker) or is_org(written) or BODY_INITIALS.fullmatch(speaker) or spoke_for or initials) and not many:
            people.note_body(speaker, start)  # "“…,” the ministry said. “…,” it added.": it is the ministry
        return Quote(start, end, quoted, speaker, cue, source or found[4], kind, written, how)
    speaker, written, how = _without_cue(text, paras, para, quote, kind, (sent_start, sent_end), earlier, people)
    _note_document(text, (sent_start, sent_end), quote, speaker, people)
    if how == "continuation":  # the speaker went on talking: the latest "she" is her
        people.note_speaker(speaker, start)
    return Quote(start, end, quoted, speaker, "according to" if how == "named" else "", source, kind, written, how)


# A name's words before its last, a surname's particles among them ("Benne van Popta")
_NAME_WORDS = r"(?:(?:[A-Z][\w’'.-]*|van|von|de|der|den|da|del|bin|al)\s+)"
# (the "who" clause set off by a comma it does not close: "Benne van Popta, who chairs the PMT pension fund said")
WHO_THEN_CUE = re.compile(r"^[\"”’',.\s]*,?\s*(?P<np>(?:(?:an?|the|one)\s+(?:[\w’'-]+\s+){0,2}[a-z][\w’'-]*|"
                          rf"{_NAME_WORDS}{{1,4}}[A-Z][\w’'.-]*),?\s+who\s+[^,.;:“”\"]{{3,120}}?)\s+(?P<cue>said|says|told|added|wrote)\b")
NAME_WHO_IS = re.compile(rf"(?P<np>{_NAME_WORDS}{{1,4}}[A-Z][\w’'.-]*),?\s+who\s")
AND_SUBJECT_COLON = re.compile(r"\s(?:and|but)\s+(?P<np>(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*)\s+(?:also\s+|then\s+)?"
                               r"(?:[a-z]+ed|%s)\s[^,;:“”\"]{0,80}:\s*$" % "|".join(sorted(IRREGULAR_PAST)))
CREDIT_UNDER = re.compile(r"[-–—]?\s*(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s+[-–—]\s+[^.!?“”\"]{3,150}")
BODY_INITIALS = re.compile(r"[A-Z][A-Z&-]{1,7}")  # "N-VA", "ANC": a party's or a body's initials


# "said in a signed statement", "MTN, in a post on X, attributed": where the words were written, for a later "the post read"
IN_DOCUMENT = re.compile(r"\bin\s+(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?P<doc>statement|letter|release|post|tweet|message|memo|notice)\b")


def _note_document(text, sentence, quote, speaker, people):
    """Note a quote whose sentence says where it was written ("…,” the unions said in a statement."): a later
    "the statement said" is theirs."""
    found = speaker and (IN_DOCUMENT.search(text, sentence[0], quote[0]) or IN_DOCUMENT.search(text, quote[1], sentence[1]))
    if found:
        people.note_issued(found["doc"].lower(), speaker, quote[0])


# "Protesters carrying signs reading “…”", "holding a sign proclaiming: ‘…’", "waved banners that read “…”"
SIGN_READING = re.compile(
    r"\b(?P<verb>(?i:carr(?:ying|ied|ies|y)|wav(?:ing|ed|es|e)|h(?:olding|eld|olds|old)|display(?:ing|ed|s)?|brandish(?:ing|ed|es)?|"
    r"rais(?:ing|ed|es|e)|hoist(?:ing|ed|s)?|unfurl(?:ing|ed|s)?|wear(?:ing|s)?|wore))\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:signs?|banners?|placards?|posters?|boards?|[Tt]-shirts?|shirts?|flags?|cards?|slogans?)\s+(?:that\s+|which\s+)?"
    r"(?:read|reads|reading|saying|said|says|proclaiming|declaring|stating)[,:]?\s*(?=[“\"‘']$)")


def _sign_as_said(text: str, prev_end: int, start: int) -> str:
    """The text with "carrying signs reading" written as "saying" (blanked to the same length, so offsets hold): the
    words on a sign are its holder's, and whoever carries it is found as a speaker would be."""
    window = text[max(prev_end, start - 120):start]  # (the verbs' stems first: the pattern is tried only where one is)
    sign = any(v in window for v in ("read", "say", "said", "claim", "declar", "stating")) \
        and SIGN_READING.search(text, max(prev_end, start - 120), start)
    if not sign:
        return text
    said = "saying" if sign["verb"].endswith("ing") else "said"
    return text[:sign.start()] + said.ljust(sign.end() - sign.start()) + text[sign.end():]


# "Waving placards reading "less talk more action," the activists marched": who the sentence goes on about
SUBJECT_AFTER_SIGN = re.compile(
    r"[\"”’']?,?\s+(?P<np>he|she|they|we|I|(?:the|some|many|several|(?:hundreds|thousands|dozens)\s+of)\s+(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*s"
    r"|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+(?:[a-z]+ed|[a-z]{2,}[a-rt-z]s|%s)\b" % "|".join(sorted(IRREGULAR_PAST)))


def _sign_opening(text, prev_end, quote, people):
    """Whose sign it is when carrying it opens the sentence: the subject after the sign's words."""
    start, end = quote
    opening = text[max(prev_end, start - 120):start]
    sign = opening[:1].isupper() and "ing " in opening and SIGN_READING.match(text, max(prev_end, start - 120), start)
    holder = sign and sign["verb"].endswith("ing") and SUBJECT_AFTER_SIGN.match(text, end)
    return resolve_speaker(holder["np"], sign["verb"].lower(), holder.start("np"), people, quote) if holder else None


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
    return _cue_after(text, end, next_start, people, quote) or _cue_before(text, prev_end, start - 1, people, quote) \
        or _said_after_and(text, quote, prev_end, next_start, people)


def _said_after_and(text, quote, prev_end, next_start, people):
    """'The Zambian leader blamed the “severe” drought on El Niño and said …': the sentence's subject, whose verb
    before the quote was no speech verb, speaks in the same sentence after "and"."""
    said = AND_SAID_AFTER.match(text, quote[1], next_start)
    head = said and text[prev_end:quote[0]].rstrip("“\"‘' ")
    np = head and subject_of_cue(head + " and said", len(head) + 5, "said")
    if not np or not is_speaker_phrase(np) or np.split()[0].lower() in PRONOUNS - {"he", "she"}:
        return None
    return resolve_speaker(np, said["cue"], prev_end + max(0, head.rfind(np)), people, quote)


def _without_cue(text, paras, para, quote, kind, sentence, earlier, people):
    """(speaker, as written, how) for a quote no speech verb credits: the quote before it going on, "according to",
    someone's remark, "For X, …", the sentence's subject, the sentence or paragraph before, a headline's credit."""
    (start, end), (sent_start, sent_end), p = quote, sentence, paras[para]
    credit = _credit_line(text, paras, para, quote)
    if credit:  # "“…”\n\n– Ivory Coast's Sebastien Haller after scoring the winner": a round-up's credit under the quote
        speaker, _, written, how, _ = resolve_speaker(credit["np"], "", credit.start("np"), people, quote)
        if speaker and how != "source":
            return speaker, written, "named"
    sub = para > 0 and not text[p.start:start].strip(" \"“‘'") and SUBHEAD_CREDIT.match(text, end, p.end)
    if sub:  # "‘City of a thousand cuts’ - Cllr Lee Marsham": a live blog's sub-head, credited after a dash
        speaker, _, written, how, _ = resolve_speaker(sub["np"], "", sub.start("np"), people, quote)
        if speaker and how != "source":
            return speaker, written, "named"
    speaker, written, how = _continued(text, paras, para, start, end, sent_start, earlier)
    if speaker is None:
        # (blanked inside the quote: "… run this business according to their rules," is no credit)
        outside = text[sent_start:start] + " " * (end - start) + text[end:sent_end]
        speaker, written, how = _according_to_person(outside, people, quote)
    if speaker is None:
        speaker, written, how = _remark_owner(text, sent_start, quote, people)
    opinion = speaker is None and FOR_OPINION.match(text, sent_start, start)
    if opinion and not CUE.search(text, opinion.end(), start):
        # "For the Brazilian Foreign Ministry, the vote “violates …”": the view given as theirs
        speaker, _, written, how, _ = resolve_speaker(opinion["np"], "", opinion.start("np"), people, quote)
    if speaker is None and kind == "partial" and para > 0:  # a headline's capitals make no subject: see below
        speaker, written, how = _sentence_subject(text[sent_start:start], people, quote, text[sent_start:sent_end])
    if speaker is None and kind == "partial" and para > 1 and sent_start == p.start and not _names_anyone(text, p.start, start, people) \
            and not CUE.search(text, end, sent_end):
        # "Angela Maynard said the case highlighted …", then "Tenants were often treated …, with notices “grossly
        # weighted …”": the paragraph after reported speech that names no one else goes on with it
        speaker, written, how = _reported_before(text, paras[para - 1], people, quote, cue_only=True)
    if speaker is None and not text[p.start:start].strip(" \"“‘'") and para > 0:
        intro = paras[para - 1]
        colon = text[intro.start:intro.end].rstrip().endswith(":") and _cue_before(text, intro.start, intro.end, people, quote)
        if colon:  # "Here’s his statement:", then the quote as a paragraph of its own
            speaker, written, how = colon[0], colon[2], colon[3]
        else:
            speaker, written, how = _reported_before(text, intro, people, quote)
        if speaker is None and kind != "partial":
            # "Just why Dublin lost is harder for him to explain but he has some ideas.", then his words as a
            # paragraph of their own
            speaker = _narrative_person(text, paras, para, quote, earlier, people)
            written, how = (speaker, "continuation") if speaker else ("", "none")
    elif speaker is None and sent_start > p.start and not text[sent_start:start].strip(" \"“‘'"):
        # "…, Mr Michael Bloomberg has stated. “It's a non story.”": the sentence before speaks on
        speaker, written, how = _reported_before(text, Span(p.start, sent_start), people, quote)
        if speaker is None and kind != "partial":
            speaker, written, how = _after_narrative(text, paras, para, quote, earlier, people)
    credit = (HEADLINE_CREDIT.match(text, end, p.end) or HEADLINE_NAME_VERB.match(text, end, p.end)
              or _headline_person(HEADLINE_NAME_ANY.match(text, end, p.end), people)) if speaker is None and para == 0 else None
    # "DA march ‘cheap political gimmicks’ – ANC": a headline names its speaker after a dash (a lower-case word in it
    # is a title, "Maruti chairman Bhargava", not "Scientists React to …")
    if credit and all(w in PERSON_NOUNS for w in credit["np"].split() if w.islower()):
        speaker, _, written, how, _ = resolve_speaker(credit["np"], "", len(text), people, quote)  # the story below names it
    if speaker is None and para == 0:
        speaker, written, how = _headline_speaker(text[p.start:start], people)
    if speaker is None and para > 0 and not text[p.start:start].strip(" \"“‘'"):
        speaker, written, how = _pronoun_below(text, paras, quote, people)
    return speaker, written, how


# "He said on any given night …", "She added that …": a paragraph that opens with a pronoun and a verb of saying
PRONOUN_SAID = re.compile(r"(?P<who>He|She)\s+(?:also\s+|then\s+|later\s+)?(?:said|says|added|adds|told|tells|explained|"
                          r"noted|went\s+on)\b")


def _pronoun_below(text: str, paras: list[Span], quote, people: Cast):
    """'“There is no shortage of prawn stocks …', a run of paragraphs no one credits, then "He said on any given
    night …": the one the next paragraph's "he" or "she" means was speaking."""
    end = quote[1]
    below = next((i for i, q in enumerate(paras) if q.start >= end), None)
    if below is None or text[end:paras[below].start].strip(" \"”’'.,\n"):
        return None, "", "none"
    m = PRONOUN_SAID.match(text, paras[below].start, paras[below].end)
    speaker = m and people.pronoun(m["who"], m.start(), exclude=quote)
    return (speaker, m["who"], "pronoun") if speaker else (None, "", "none")


def _headline_person(m: re.Match | None, people: Cast) -> re.Match | None:
    """"‘I arrived as a boy’: Son Heung-min confirms Tottenham exit", "‘…’: Michelle Yeoh's epic win": after the
    colon, any verb or a possessive, where the name is someone the story names as a person."""
    return m if m and people.person_called(m["np"].split()[-1]) else None


def _credit_line(text: str, paras: list[Span], para: int, quote) -> re.Match | None:
    """The line that credits a quote standing as a paragraph of its own (after a dateline, if any): the next
    paragraph, opening with a dash or saying "This is what X has to say"."""
    start, end = quote
    lead = text[paras[para].start:start].strip(" \"“‘'")
    if para + 1 >= len(paras) or text[end:paras[para].end].strip(" \"”’'.,") or lead and not DATELINE_COLON.fullmatch(lead):
        return None
    return CREDIT_LINE.match(text, paras[para + 1].start, paras[para + 1].end) \
        or WHAT_SAID_LINE.match(text, paras[para + 1].start, paras[para + 1].end)


# "– Caretaker coach Emerse Fae after …", "– Haller, reacts to …", "– A prophetic comment from Senegal star Sadio Mane as …"
CREDIT_LINE = re.compile(
    r"[-–—]\s*(?:(?:An?|The)\s+(?:[a-z]+\s+){0,4}?(?:from|by|of)\s+)?"
    r"(?P<np>[A-Z][^,;:.()\n]*?)(?=\s*[,;:.(]|\s+(?:after|on|as|when|while|before|during|in|at|to|for|who|with|"
    r"reacts|says|said|[a-z]+ing)\b|\s*$)")

# "This is what rickshaw driver Saleem Qadri has to say when asked about …": the next paragraph names the speaker
WHAT_SAID_LINE = re.compile(r"(?:This|That|These|Those)\s+(?:is|was|are|were)\s+(?:what|how)\s+(?P<np>[^,;:.()\n]{2,80}?)\s+"
                            r"(?:has|had|have)\s+to\s+say\b")
DATELINE_COLON = re.compile(r"[A-Z][A-Z .,'-]{2,40}:")  # ("KARACHI:", opening the story)


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
    speaker, _, written, how, _ = resolve_speaker(" ".join(words), "", owned.start("owner"), people, quote)
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
    if text[start:end].rstrip().endswith(".") and NEXT_SENTENCE.match(text, closing, p_end) \
            and not ATTRIBUTION_ONLY.match(text, closing, p_end):
        return s, closing  # “… the end.” Next sentence: the full stop inside the quote ended it
    rest = text[closing:p_end]
    ends = (m for m in SENTENCE_END.finditer(rest) if m.group(0) != "." or not abbreviation_before(rest, m.start()))
    after = next(ends, None)
    e = closing + after.end() if after else p_end
    return s, max(e, end)


# "“… Zambia is facing.” Gerald stated.": a full stop typed where the comma goes, then a sentence that is only
# whose words they were (a name or "he", the verb, and at most where, when or to whom)
ATTRIBUTION_ONLY = re.compile(
    # ("“… destroyed.” Bese Tunc, a local resident in Adiyaman (Semsur in Kurdish) told Rudaw.": what they are, set off)
    r"\s*(?:(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*(?:,\s+(?:an?|the|one\s+of\s+the)\s[^,.“”\"\n]{1,100}?,?)?|[Hh]e|[Ss]he)\s+(?:said|says|stated|states|added|adds|told|tells|explained|"
    r"noted|remarked|declared|concluded|wrote|writes)(?:\s+(?:reporters|journalists|(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}))?"
    r"(?:\s+(?:in|on|at|to|during|after|while|from|via|yesterday|today|last|this)\b[^.“”\"\n]{0,50})?\.(?:\s|$)")


@lru_cache(maxsize=256)
def _stops(text: str, start: int, end: int) -> tuple[int, ...]:
    """Where sentences begin inside a paragraph (read once per paragraph, not once per quote)."""
    chunk = text[start:end]
    return tuple(start + m.end() for m in SENTENCE_STOP.finditer(chunk) if not abbreviation_before(chunk, m.start()))


_NP = r"(?P<np>(?:[\w’'.\[\]()-]+\s+){0,13}?[\w’'.\[\]()-]+)"
# "…," X said; "…," a relieved X quickly interjected; "…," X — who served as … — told; "…," X, a meteorologist at the
# weather service said (an aside the writer did not close)
AFTER_NP_CUE = re.compile(
    rf"^[\"”’',.\s]*,?\s*(?:[-–—]\s+)?(?:{_NP}\s*(?:(?:,[^,]{{1,200}}){{1,2}},\s*|\s[—–]\s[^—–“”\"]{{1,120}}\s[—–]\s*|,\s+(?:an?|the|one\s+of(?:\s+the)?)\s[^,.“”\"]{{1,100}}?"
    # (", Jens Laerke, UN humanitarian agency spokesman told": an unclosed aside that ends in what the speaker is)
    rf"|,\s+[^,.“”\"]{{1,80}}?\s(?:spokes(?:man|woman|person)|official|minister|secretary|director|chief|adviser|advisor)"
    # (", leader of a Kilinochchi-based group of families of disappeared told": an office of a body, left open)
    rf"|,\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+)?(?:leader|head|founder|chair|chairman|chairwoman|chairperson|president|"
    rf"member|coordinator|convener|secretary|director)\s+of\s[^,.“”\"]{{1,100}}?)?\s+"
    # (an adverb, not a noun: "the family said")
    rf"(?:(?:also|then|later|further|again|earlier|has|had|have|once|went on to|goes on to|continued to|(?:was|is|has been) quoted(?: as)?|"
    rf"(?:is|was|are|were) (?:said|reported|understood) to have|"  # ("Bharati is said to have told Mahmud")
    rf"(?:was|were|could be|can be) heard|"  # ("one person was heard saying in the video")
    rf"(?!(?:family|ally|assembly|rally)\b)[a-z]+ly)\s+)?"
    rf"(?P<cue>{CUE.pattern}))"
)
# "“…,” William Lai, said.": a stray comma between a name and its verb
NAME_COMMA_CUE = re.compile(r"^[\"”’',.\s]*,?\s*(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+(?P<cue>said|says|added|told)\b")
AFTER_NP_VERB = re.compile(
    r"^[\"”’',.\s]*,?\s*(?P<np>(?:he|she|they|I|we|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*))\s+"
    r"(?P<cue>[a-z]+ed|[a-z]{2,}[a-rt-z]s|shot back|fired back|went on|spoke|wrote|told|began|said)\b"
)
ACCORDING_BEFORE = re.compile(
    r"\b(?:[Aa]ccording to|[Aa]s per)\s+(?:(?P<role>(?:the|a|an)\s+(?:[\w’'.-]+\s+){0,4}?[\w’'.-]+),\s+)?"
    # (not "as per the Union Minister, has confined …": a verb after the comma, whose subject came first)
    r"(?!(?:and|but|or|has|have|had|is|was|are|were|will|would|can|could|did|does)\b)"
    r"(?P<np>(?:[\w’'.-]+\s+){0,8}?[\w’'.-]+)\s*(?:,|$)"
)
# "In his words, the protesters were “…”", "In the words of Ana Ruiz, it was “…”": whose words they are
# ("In his words: “…”", "In Mr Lee’s own words: “…”": a colon, then the quote)
IN_WORDS = re.compile(r"(?:^|[.!?]\s+|\n)\s*[Ii]n\s+(?:(?P<np>his|her|their|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?=[’']s\s))(?:[’']s)?\s+"
                      r"(?:own\s+)?words|the\s+words\s+of\s+(?P<name>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+))[,:]")
SENTENCE_FINAL = re.compile(
    r",\s+(?:(?P<cue>according to)\s+(?P<np>(?:the\s+)?(?:[\w’'.-]+\s+){0,3}[\w’'.-]+?)"
    # ", president Thomas Bach warned on Friday.", "… of voting, the minister said."
    r"|(?:(?P<np2>(?:he|she|they|(?:[a-z][a-z-]*\s+){0,2}[a-z]+s(?=\s)|(?:[a-z]+\s+){0,2}(?:[A-Z][\w’'.-]*\s+(?:\([A-Z][\w&-]+\)\s+)?(?:[a-z][a-z-]*\s+){0,3}){0,7}[A-Z][\w’'.-]*"
    # ("…, the head of the largest teaching union has said.")
    # ("…, a senior Emirati official said.")
    r"|(?:the|an?)\s+(?:(?!ha[sd]\b)(?:[a-z]+|[A-Z][a-z]+)\s+){0,2}(?!ha[sd]\b)[a-z]+(?:\s+(?:of|at|for)\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?))"
    r"(?:,[^,]{1,160},)?\s+(?:has\s+|had\s+)?(?P<cue2>said|says|added|told(?:\s+[A-Z0-9][\w’'.-]*){1,3}|told(?:\s+(?:an?|the|his|her|their))?\s+[a-z]+|wrote|warned|insisted|stressed|argued|noted|"
    r"explained|declared|claimed|asserted|stated|emphasi[sz]ed|maintained|contended|observed|remarked|reiterated|"
    r"cautioned|conceded|acknowledged|admitted|pointed out)"
    # ("… for opposition parties, said Workers' Party chief Pritam Singh.": the verb first, then who)
    r"|(?P<cue3>said|says|added|wrote|warned|insisted|stressed|argued|noted)\s+"
    r"(?P<np3>(?:[A-Z][\w’'.-]*\s+(?:[a-z][a-z-]*\s+){0,2}){0,6}[A-Z][\w’'.-]*|the\s+(?:[a-z]+\s+){0,2}[a-z]+)"
    # ("…, said Christopher Kang, a co-founder of Demand Justice who worked on …": what they are, after the name)
    r"(?:,\s+(?:an?|the)\s[^“”\"]{1,160}?(?=\s*[.!?]?[\"”’]?\s*$))?)"
    r"(?:\s+(?:on|in|at|of|late|early|earlier|last|this)\b[^,.;:!?\"”’]{1,80}"
    r"|\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b)?"  # ("said Thursday")
    r"(?:,?\s+[a-z]+ing\b[^\"“”]{1,200}?)?)\s*[.!?]?[\"”’]?\s*$"  # ("…, Bogollagama said complementing India for …")
)
SENTENCE_STOP = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘A-Z])")
QUOTED_BY = re.compile(
    r"(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|[Hh]e|[Ss]he|(?:[Tt]he|[Oo]ne|[Aa]n?|[Aa]nother)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
    r"\s+(?:was|were|is|has been)\s+quoted\s+(?:by|in)\s+"  # ("was quoted in The Australian as saying")
    # ("was quoted by the paper as telling the court": an outlet the story named before; "one female worker was
    # quoted by WRC.": the sentence ends there)
    r"(?P<src>(?:the\s+)?(?:[A-Z][\w’'.&-]*\s*){1,4}?|the\s+(?:[a-z-]+\s+){0,2}?[a-z]+)(?:\s+as\s+(?:saying|telling|adding|stating)|\s*[.;]\s*$)")
APPOSITIVE_NAME = re.compile(r",\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),")
TOLD_BY = re.compile(
    r"\b(?:was|were|been|being)\s+(?P<cue>told|asked|urged|warned|accused)\s+by\s+"
    # ("was told by Senior Superintendent of Police Damion Manderson that": an office with its "of", then the name)
    r"(?P<np>(?:[\w’'.-]+\s+){0,8}?(?:[A-Z][\w’'.-]+(?:\s+(?:(?:of|for)\s+(?=[A-Z]))?[A-Z][\w’'.-]+)*|[a-z][\w’'.-]+(?=,\s+[A-Z][\w’'.-]*\s+[A-Z])))"
)
# ("‘We are able to sell whatever we produce’: Maruti chairman Bhargava": a lower-case title inside the credit)
HEADLINE_CREDIT = re.compile(r"[\"”’'″]?(?:[^\"“”‘’]*\s)?\s*[-–—:]\s*(?P<np>(?:[A-Z][\w’'.&-]*\s*|[a-z]+\s+(?=[A-Z])){1,5})$")
# (or a role in lower case, then the name, or the name, then its role: "- Rocketwerkz chief executive Dean Hall.";
# but no clause: "- and it got worse in New York")
_NOT_ROLE = ("and", "but", "or", "it", "is", "was", "were", "are", "has", "had", "have", "in", "at", "on", "to", "as",
             "then", "so", "with", "when", "while", "if", "after", "before", "that", "which", "who")
SUBHEAD_CREDIT = re.compile(rf"[\"”’'″]?\s+[-–—]\s+(?P<np>(?:(?:[A-Z][\w’'.&-]*|(?!(?:{one_of(_NOT_ROLE)})\b)[a-z]+)[ \t]+){{0,7}}"
                            # (under a picture, its credit: "… Dean Hall. Photo / Michael Craig")
                            r"[A-Z][\w’'&-]*)(?:,[ \t]+[^\n“”\"]{1,80}?)?\.?[ \t]*(?:(?:Photo|Picture|Image)[ \t]*[/:][^\n]*)?$")
# "‘You voted for change’: Luxon speaks as National cruise to victory": a name and a headline's verb after the colon
HEADLINE_NAME_VERB = re.compile(r"[\"”’'″]?\s*:\s*(?P<np>(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*)\s+"
                                r"(?:speaks|says|tells|warns|insists|admits|vows|hits back|responds|reacts)\b")
# "‘We are able to sell whatever we produce’: Maruti chairman Bhargava – Times of India": the name is all that follows
HEADLINE_COLON_NAME = re.compile(r"[\"”’'″]?\s*:\s*(?P<np>(?:[A-Z][\w’'.&-]*\s+){0,2}(?:[a-z]+\s+)?(?:[A-Z][\w’'.&-]*\s+){0,2}"
                                 r"[A-Z][\w’'.&-]*)\s*(?:[-–—|]\s|$)")
HEADLINE_NAME_ANY = re.compile(r"[\"”’'″]?\s*[:–—]\s*(?P<np>(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*?)(?:[’']s\s|\s+[a-z]+s\b)")
NAME_COMMA_ROLE_ENDS = re.compile(rf"^[\"”’'\s]*(?P<np>{_NAME_WORDS}{{1,4}}[A-Z][\w’'.-]*),\s+"
                                  r"(?:the\s+|an?\s+)?(?P<role>[a-z][^“”\"\n.;:,]{2,120})\.(?=\s+[A-Z“\"‘']|\s*$)")
ROLE_COMMA_NAME = re.compile(
    rf"^[\"”’',.\s]*,?\s*(?:according to\s+)?(?P<role>(?:[\w’'.()-]+\s+){{0,11}}?[\w’'.()-]+),\s+"
    rf"(?:(?P<desc>[a-z]+)\s+)?(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}})(?:\s*[.;]?\s*$|,?\s+(?P<cue>{CUE.pattern})"
    # ("…,” advises chief executive officer of the CAC, Dolsie Allen, in an interview.": where she said it, after)
    rf"|,\s+(?:in|at|on|during|to)\s[^,“”\"]{{2,60}}[.;]?\s*$)"
)
QUOTED_AS = re.compile(
    # ("Local media reported Aquino as saying that …", "Xinhua cited him as saying")
    # ("the paper quotes one unnamed mountain guide as saying": an outlet the story named before)
    r"(?P<src>(?:[Tt]he\s+)?[A-Z][\w’'. -]{1,60}?|[Tt]he\s+(?:[a-z]+\s+)?[a-z]+)(?:,\s+(?:on|in|late|early|last)\s[^,]{1,40},)?"
    r"\s+(?:quoted|quotes|reported|reports|cited|cites)\s+"
    r"(?P<np>.{2,80}?)\s+as\s+(?:saying|telling|adding|stating)")  # ("The Gleaner, on Wednesday, reported the attorney as saying")
INVERTED_BEFORE = re.compile(
    # ("Asked about earlier comments …, Lukashenko said": a question put to someone, no verb before its subject)
    r"(?:^|[.!?]\s+|\n)\s*(?P<cue>Said|Says|Added|Adds|Asked(?!\s+(?:about|whether|if|why|how|what|when|for|to|by)\b)|Wrote)"
    r"\s+(?P<np>[^,:.!?“”\"]{2,60}?)"
    r"(?:,\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}))?\s*[,:]?\s*$")
INVERTED_TAIL = re.compile(
    r",\s+(?P<cue>said|says|added|adds|wrote|writes)\s+(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|the\s+[a-z]+(?:\s+[a-z]+)?)"
    r"\s*:\s*$")
# ("The UGTT, said Taboubi, wants “…”": the credit set off inside the sentence that goes on to the quote)
INVERTED_MID = re.compile(r",\s+(?P<cue>said|says|added)\s+(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*|the\s+[a-z]+(?:\s+[a-z]+)?),"
                          r"\s+[a-z][^,.!?:;“”\"]{0,80}$")
# "His response:", "Senator McKim’s response was blunt:", "Justice Kennedy's majority opinion was clear and firm:"
POSSESSIVE_COLON = re.compile(
    r"(?:^|[.!?]\s+|\n|,\s+but\s+)\s*(?:Here[’']s\s+|Here\s+is\s+)?"
    r"(?P<np>[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*(?=[’']s\s))(?:[’']s)?\s+(?:[a-z]+\s+)?"
    r"(?:response|reply|answer|verdict|message|statement|comment|comments|opinion|view|reaction|retort|explanation|warning)"
    r"(?:\s+(?:was|is)\s+(?:[a-z]+\s+){0,3}?[a-z]+)?\s*:\s*$")
NAME_COLON = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|He|She|They|It|We)(?:\s+(?:also\s+)?(?P<verb>[a-z]+))?\s*:\s*$"
)
# (after a quote, verbs that are no cue elsewhere speak too: "“…?,” questioned Annamma P K"; "was questioned" is passive)
# (verbs that are speech only inverted right after a quote: "“…,” charged Dr. M’membe", not "he was charged with";
# "“My sister died …,” began Christine Nxumalo in her e-mail")
# (and how it was said, right after the quote: "“…,” sobbed the girl’s father Ram Kishore"; "“…,” cries trader Lydia
# Masongo": "cries" elsewhere is most often a noun, "cries for help")
INITIALS_LED = re.compile(r"[A-Z]{2,6}(?:\s+[A-Z][a-z]+){1,3}")
AFTER_CUE = re.compile(rf"^[\"”’',.\s]*,?\s*(?:[-–—]\s+)?(?P<cue>{CUE.pattern}|questioned|demanded|enquired|inquired|charged|appealed|"
                       r"began|begins|implored|begged|sobbed|wept|cried|cries|gushed|beamed|smiled|grinned|sneered|growled|barked|roared|boomed)\s+")
# After an inverted cue ("said Rep. Jim Jordan, R-Ohio"): a capitalised name, titles and initials included,
# or a common noun phrase ("said the senator") up to the punctuation or preposition that ends it.
_CAPS = (r"(?:(?:[A-Z]\.){2,}|[A-Z][\w’'-]*\.?|[A-Z]\.)"
         r"(?:\s+(?:(?:[A-Z]\.){2,}|[A-Z][\w’'-]*\.?|[A-Z]\.|(?:de|van|von|bin|al|da|del)(?=\s)|\d{1,5}(?=\s+[a-z])|\([A-Z][A-Za-z]{1,7}\)))*")
# (and a body's initials in brackets: "said Organization of American States (OAS) chief Luis Almagro")
# (a number inside a body's name: "said United Steelworkers Local 802 president Cliff Moroz")
# (an age too: "said 44-year-old Mujirah", "said 22 year-old groom Esmatullah Bashardost")
# (a country's initials with their full stops: "said U.S. Secretary of State Antony Blinken")
# ("said one EPF member": "one" brings in someone unnamed, whose calling follows the capitals)
_ROLE_WORDS = (r"(?:(?!(?:on|in|at|to|for|that|this|last|after|before|during|with|of|from|by|and|but|the|a|an|one\s)\b)(?:\d+-|\d+\s+(?=year))?[a-z-]+\s+){0,4}"
               r"(?:and\s+(?:[a-z-]+\s+){1,3})?"  # ("says former interior minister and assembly member María Paula Romo")
               # ("said director of advocacy Mike Allen", "proclaimed mayor of Montego Bay Councillor Leeroy Williams")
               r"(?:(?<=[a-z] )of\s+(?:(?!the\b|a\b|an\b)[a-z-]+\s+|(?=[A-Z])))?")
# (lower-case words between capitals are a role or an office, "Bank of England governor Andrew Bailey", not a
# preposition that goes on with the sentence: "said skipper Rangana Herath post Sri Lanka's defeat")
# (nor a participle right before a capital: "tweeted Kurush tagging Indian Prime Minister Narendra Modi")
_GOES_ON = r"(?!(?:post|after|before|during|following|against|with|as|when|while|on|at|in|from|to|about|over|since)\b|[a-z]+ing\s+[A-Z])"
NAME_AFTER_CUE = re.compile(rf"{_ROLE_WORDS}{_CAPS}(?:\s+(?:{_GOES_ON}[a-z]+\s+){{1,2}}(?:of\s+[a-z-]+\s+)?{_CAPS}){{0,2}}")
NAME_APPOSED = re.compile(
    # ("a spokesperson for the United Nations High Commissioner for Refugees (UNHCR), Olga Sarrado,")
    # ("the head of research at the Kenya Medical Research Institute, Tom Baraka": a field in lower case, then the body)
    r"(?:\s+(?:of|for)\s+[a-z]+(?:\s+[a-z]+)?(?=\s+(?:at|in)\s+the\s+[A-Z]))?"
    r"(?:\s+(?:of|for|at|in|from)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:and\s+|(?:of|for)\s+(?:the\s+)?)?[A-Z][\w’'.&-]*)*"
    r"(?:\s*\(\s*[A-Z]{2,8}\s*\))?)?"
    r"(?:\s+(?:of|for|over)\s+the\s+(?:past|last)\s+(?:\d+|[a-z]+)\s+(?:years|months|decades))?,\s+"  # ("of the past 17 years")
    r"(?:(?:former|acting|then|deputy|interim)\s+)?([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4})(?=\s*[,.;:]|\s*$)")
# "said one of the victims, identified only by her first name, Amelie", "said a resident of New Haven who gave her
# name only as Stacy", "said one man who identified himself only as Sam": the name the story gives them
IDENTIFIED_AFTER = re.compile(r"(?:\s+(?:of|from|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?(?:,\s+|\s+)(?:who\s+)?"
                              r"(?:identified|named|(?:was|is)\s+(?:identified|named)|identified\s+(?:him|her|them)sel(?:f|ves)|"
                              r"gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name|"
                              r"(?:asked|wished|wanted|preferred|agreed)\s+to\s+be\s+(?:identified|known|named|called))"
                              r"(?:\s+only)?(?:\s+as|\s+by\s+(?:his|her|their)\s+(?:first\s+)?name,?|(?<=name),)\s+"
                              r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")
# "said analysts from Bernstein": a group of people with no article, from a body
GROUP_AFTER_CUE = re.compile(rf"{SPEAKING_FOR_A_BODY}\s+(?:from|at|of|for)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+)?[A-Z][\w’'.&-]*)*")
# "said the New York Red Bulls’ Dwayne De Rosario": a team's or a body's name and its possessive, then the person
OWNED_NAME_AFTER_CUE = re.compile(rf"the\s+(?:[A-Z][\w.&-]*\s+){{0,3}}[A-Z][\w.&-]*(?:[’']s|s[’'])\s+{_CAPS}")
# "warned Saudi Arabia’s top diplomat": a country's or a body's possessive, then the role of a person
OWNER_ROLE_AFTER_CUE = re.compile(rf"{_CAPS}(?:[’']s|s[’'])\s+(?:[a-z-]+\s+){{0,3}}(?P<head>[a-z-]+)\b(?![’'-])")
PHRASE_AFTER_CUE = re.compile(
    r"(?:another|one)(?=\s*[,.;:]|\s*$)|"  # ("“…,” said another.")
    r"(?:the|a|an|his|her|their|its|one|another|some|several|many|two|three|a few)\s+(?:[\w’'()-]+\s+){0,4}?[\w’'-]+"
    # ("said the Director of Public Prosecutions.": an office named in capitals goes on past its "of")
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:and\s+)?[A-Z][\w’'&-]*)*(?=\s*[,.;:]|\s*$))?"
    r"(?=\s*(?:[,.;:]|$|\s(?:in|at|on|during|after|before|of|for|to|from|who|when|while)\b))"
)


CAPS_ROLE = [re.compile(rf"{_CAPS}\s+(?:[a-z-]+\s+){{{n}}}(?P<head>[a-z-]+)\b(?!\s+[A-Z])") for n in range(3)]


def _caps_role(after: str, at: int) -> re.Match | None:
    """'NSW transport minister': capitals, then up to three lower-case words that end in a person's role."""
    return next((m for pattern in CAPS_ROLE if (m := pattern.match(after, at)) and m["head"] in PERSON_NOUNS), None)


NAME_RIGHT_AFTER = re.compile(r"\s+([A-Z][\w’'-]*(?:\s+(?:[A-Z]\.|[A-Z][\w’'-]*)){1,3})(?=[\s,.;:]|$)")
TITLE_AFTER_THE = re.compile(rf"the\s+(?P<np>(?P<title>[A-Z][a-z]{{1,5}})\.\s+{_CAPS})")
# ("“…,” the words of the president-elect, Nayib Bukele, as he greeted the crowd": the name after the office)
VERDICT_OF = re.compile(r"[\"”’',.\s]*(?:(?:was|is|were|are)\s+(?:the\s+)?|the\s+)(?:[a-z]+\s+)?(?:verdict|response|reply|answer|reaction|"
                        r"assessment|view|message|judgement|judgment|words)\s+of\s+(?:the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2},\s+)?"
                        r"(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)")


def _cue_after(text, end, limit, people, quote):
    after = text[end:limit]
    masked = _office_lists(after)
    if masked is after:
        return _credit_after(text, end, limit, people, quote)
    found = _credit_after(text[:end] + masked + text[limit:], end, limit, people, quote)
    # the words as the story writes them, list and all
    at = found and found[2] and re.search(r"\s+".join(map(re.escape, found[2].split())), masked)
    return found[:2] + (after[at.start():at.end()],) + found[3:] if at else found


OFFICE_BODY_RUN = re.compile(r"\s+(?:in|at)\s+the\s+((?:(?:[A-Z][\w’'.&-]*|of|and|for|the)\s+){2,12}?[A-Z][\w’'.-]*)(?=\s*[.;]|\s*$)")


# ("said Head of the DKI Jakarta BPBD Data and Information Center (Kapusdatin), Mohamad Yohan.": the office, then its holder)
HOLDER_SET_OFF = re.compile(r"(?:\s*\([^()\n]{1,40}\))?,\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4})(?=\s*[.;]|\s*$)")


def _holder_after_body(after: str, at: int) -> tuple[str, int] | None:
    """The name that closes a run of capitals naming a body, and where it starts: no comma sets it off, so it is
    the last two or three words when they open with a known first name; or a comma sets off the full name."""
    set_off = HOLDER_SET_OFF.match(after, at)
    if set_off and looks_like_name(set_off[1]) and not is_org(set_off[1]):
        return set_off[1].rstrip("."), set_off.start(1)
    run = OFFICE_BODY_RUN.match(after, at)
    words = run[1].split() if run else []
    for n in (3, 2):
        if len(words) > n and words[-n - 1] not in ("of", "and", "for", "the") and known_first_name(words[-n]):
            name = " ".join(words[-n:]).rstrip(".")
            return name, run.start(1) + len(run[1]) - len(name)
    return None


def _credit_after(text, end, limit, people, quote):
    after = text[end:limit]
    lead = len(after) - len(after.lstrip(CLOSE + "\"″’', "))
    quoted_by = (" quoted by " in after or " quoted in " in after) and QUOTED_BY.match(after, lead)
    if quoted_by:  # "“…,” Brathwaite was quoted by ESPNcricinfo as saying.": Brathwaite speaks, the site is the source
        speaker, cue, written, how, _ = resolve_speaker(quoted_by["np"], "quoted as saying", end + quoted_by.start("np"), people, quote)
        return speaker, cue, written, how, quoted_by["src"].strip()
    quoted_as = (" quoted " in after or " quotes " in after or " reported " in after or " cited " in after) \
        and QUOTED_AS.match(after.lstrip(CLOSE + "\"″’', "))
    if quoted_as:  # "“…,” Global Times quoted a worker as saying.": the worker speaks, the paper is the source
        at = end + len(after) - len(after.lstrip(CLOSE + "\"″’', ")) + quoted_as.start("np")
        speaker, cue, written, how, _ = resolve_speaker(quoted_as["np"], "quoted as saying", at, people, quote)
        return speaker, cue, written, how, quoted_as["src"].strip()
    by = " by " in after[:12] and BY_AFTER.match(after)
    passive = by and PASSIVE_BEFORE.search(text, max(0, quote[0] - 50), quote[0])
    # (the longer of a name and a phrase: "by the Iranian embassy in Nicosia" is the embassy)
    name = passive and NAME_AFTER_CUE.match(after, by.end())
    if name and name.group(0)[:1].islower() and (PHRASE_AFTER_CUE.match(after, by.end()) or name).end() > name.end():
        name = None  # "by one British cancer expert who …": "British" describes the expert, it names no one
    np = passive and (name or max(
        (AGENT.match(after, by.end()), PHRASE_AFTER_CUE.match(after, by.end())), key=lambda m: m.end() if m else -1))
    role = np and _caps_role(after, by.end())
    if role and role.end() > np.end():  # "by NSW transport minister over …": a place's role
        np = role
    if np:  # "the council was accused of “grandstanding” by Labour leader Ed Miliband": the one after "by"
        return resolve_speaker(_without_full_stop(np.group(0)), " ".join(passive["cue"].split()), end + np.start(), people, quote)
    m = NAME_COMMA_TAIL.match(after)
    if m and _name_before_its_tail(m, people):
        # "“…,” Gerard Stier, Hudson Place Realty said.": a name, then where they work with no comma to close it
        return resolve_speaker(m["np"], m["cue"], end + m.start("np"), people, quote)
    m = "," in after.lstrip(CLOSE + "\"″’', ")[:200] and ROLE_COMMA_NAME.match(after)
    if m and m["cue"] and looks_like_name(m["role"]) and has_title(m["np"]) and not split_title(m["np"])[0]:
        # "“…,” António Guterres, United Nations Secretary-General said.": the name, then the office in capitals
        return resolve_speaker(m["role"], m["cue"], end + m.start("role"), people, quote)
    if m and _role_then_name(m):
        verb = CUE.match(m["role"])
        cue = m["cue"] or (verb.group(0) if verb else "according to")
        return resolve_speaker(_without_full_stop(m["np"]), cue, end + m.start("np"), people, quote)
    m = text[quote[1] - 1:quote[1]] == "," and NAME_COMMA_ROLE_ENDS.match(after)
    if m and m["role"].split()[0] in PERSON_NOUNS | {"head"} and looks_like_name(m["np"]) and not is_org(m["np"]):
        # "‘…,’ Tuur Elzinga, head of the biggest trade union federation FNV.": the name and what they are, no verb
        return resolve_speaker(m["np"], "according to", end + m.start("np"), people, quote)
    m = "of" in after[:60] and VERDICT_OF.match(after)
    if m:  # "“Constructive, serious,” was the verdict of Merkel": hers
        return resolve_speaker(_without_full_stop(m["np"]), "according to", end + m.start("np"), people, quote)
    m = " who " in after[:40] and WHO_THEN_CUE.match(after)
    if m:  # "“…,” a passenger who escaped from Flight 516 from … said", "“…,” Lanre Mojola who is DG/CEO of … said"
        named = NAME_WHO_IS.match(m["np"])
        if named and looks_like_name(named["np"]):
            return resolve_speaker(named["np"], m["cue"], end + m.start("np"), people, quote)
        # (the words before "who" say who it is, "a woman who had known the deceased since they were 8 years old";
        # unnamed, the whole description is how the story tells of them)
        found = resolve_speaker(m["np"].split(" who ")[0], m["cue"], end + m.start("np"), people, quote)
        unnamed = found[3] == "role" and found[0] == found[2]
        return (m["np"], found[1], m["np"], found[3], found[4]) if unnamed else found
    m = AFTER_NP_CUE.match(after) or NAME_COMMA_CUE.match(after)
    if not m and (text[quote[0]:quote[1]].rstrip()[-1:] in (",", "?", "!") or after.lstrip(CLOSE + "\"″’'")[:1] == ","):
        m = AFTER_NP_VERB.match(after)  # “…,” she reminded them: any verb there attributes
    # ("… going “to make out like bandits” this Christmas as the carrier said it will …": the verb is another
    # clause's, and the quote stays with whoever the sentence gave it to before)
    # ("a survivor identifying herself as Mariana told": no clause opens at that "as")
    if m and is_speaker_phrase(m["np"]) and not _joined_on(m["np"]) and (not CLAUSE_OPENER.search(m["np"]) or SURNAMED.search(m["np"])):
        apposed = m.re is AFTER_NP_CUE and m["np"].split()[-1].islower() and NAME_APPOSED.match(after, m.end("np"))
        if apposed and apposed.end(1) < m.start("cue") and looks_like_name(apposed[1]) and not is_org(apposed[1]):
            # "“…,” Hara's brother, Koo Ho-in, said": the name set off after the role
            return resolve_speaker(apposed[1], m["cue"], end + apposed.start(1), people, quote)
        return resolve_speaker(m["np"], m["cue"], end + m.start("np"), people, quote)
    m = AFTER_CUE.match(after)
    m = None if m and m["cue"] in PARTICIPLES else m  # "…”, saying Mr Corbyn had not been told": he is no speaker
    told = m and TO_OUTLET.match(after, m.end())
    if told and is_media(told["outlet"]):  # "explained to AFP the author of the report Matthias Huss": past the outlet
        after = after[:m.end()] + " " * (told.end() - m.end()) + after[told.end():]  # (blanked: offsets kept)
        m = AFTER_CUE.match(after)
    issued = m and ISSUED_BY_AFTER.match(after, m.end())
    if issued:  # "“…,” read a statement released by the EU’s observer mission.": the body that issued it
        # ("read a tweet by Ajay Jha tagging the PM": a participle after a name opens a clause of its own)
        np = issued["np"][:participle.end(1)] if (participle := NAME_THEN_PARTICIPLE.search(issued["np"])) else issued["np"]
        return resolve_speaker(_without_full_stop(np), m["cue"], end + issued.start("np"), people, quote)
    titled = m and TITLE_AFTER_THE.match(after, m.end())
    if titled and titled["title"].lower() in TITLES:  # "said the Rev. Lawrence Andrew, editor of …": his title's full stop
        return resolve_speaker(_without_full_stop(titled["np"]), m["cue"], end + titled.start("np"), people, quote)
    owner_role = m and OWNER_ROLE_AFTER_CUE.match(after, m.end())
    owner_role = owner_role if owner_role and owner_role["head"] in PERSON_NOUNS else None
    holder = owner_role and NAME_RIGHT_AFTER.match(after, owner_role.end())
    if holder and looks_like_name(holder[1]) and not is_org(holder[1]):
        # "said Pori Moni's lawyer Nelanjona Refat Surovi": the role, then the one who holds it
        return resolve_speaker(holder[1], m["cue"], end + holder.start(1), people, quote)
    np = m and (owner_role or OWNED_NAME_AFTER_CUE.match(after, m.end()) or NAME_AFTER_CUE.match(after, m.end()) or PHRASE_AFTER_CUE.match(after, m.end())
                or (GROUP_AFTER_CUE.match(after, m.end()) if after[m.end():m.end() + 1].islower() else None))
    named = np and np.group(0)[:1].islower() and (NAME_APPOSED.match(after, np.end()) or IDENTIFIED_AFTER.match(after, np.end()))
    if named:  # "said the Undersecretary of the Interior, Manuel Monsalve, …": the name after the role
        return resolve_speaker(_without_full_stop(named[1]), m["cue"], end + named.start(1), people, quote)
    office = np and np.re is NAME_AFTER_CUE and (np.group(0).split(" of ")[0].split()[-1].lower() in PERSON_NOUNS | {"head"}
                                                or has_title(np.group(0)) and not split_title(np.group(0))[0])
    held = office and _holder_after_body(after, np.end())
    if held:  # "said Secretary for Children Affairs in the Ministry of Gender … Jacqueline Oduol": the office, its body, then who holds it
        return resolve_speaker(held[0], m["cue"], end + held[1], people, quote)
    holder = not np and m and office_then_holder(after, m.end())
    if holder:  # "said minister of state for heritage and electoral reform Malcolm Noonan"
        return resolve_speaker(holder[0], m["cue"], end + holder[1], people, quote)
    if np and not FINITE_VERB.search(np.group(0) + " "):  # ("…”, said the number arrested was higher": a clause, no speaker)
        return resolve_speaker(_without_full_stop(np.group(0)), m["cue"], end + np.start(), people, quote)
    head = m and after[:lead].rstrip().endswith(",") and text[max(0, quote[0] - 200):quote[0]].rstrip("“\"‘'")
    head = head and last_sentence(head.rsplit("\n", 1)[-1])
    aside = head and ASIDE_OPENED.match(head)
    if aside:  # "Wahiduzzaman, accusing Hasina of having “rigged the … elections”, said the number …": the aside closes, the verb is his
        return resolve_speaker(aside["np"], m["cue"], text.rfind(head, 0, quote[0]) + aside.start("np"), people, quote)
    m = "according" in after and ACCORDING_AFTER.match(after)
    # ("according to a May 2019 report from the Stern Center for Business and Human Rights at New York University":
    # a long phrase, but one that says whose report it is)
    if m and (is_speaker_phrase(m["np"]) or ISSUED_FROM.match(m["np"])):
        return resolve_speaker(m["np"], "according to", end + m.start("np"), people, quote)
    mid = MID_CREDIT.match(after)
    if mid and is_speaker_phrase(mid["np"]) and not CLAUSE_OPENER.search(mid["np"]):
        # "… at a “glacial” pace, chief ombudsman Peter Boshier said, and needed …": the credit set off mid-sentence
        return resolve_speaker(mid["np"], mid["cue"], end + mid.start("np"), people, quote)
    tail = PHRASE_THEN_CUE.match(after)
    if tail:  # "“… would be lost” in the United States, said the Secretary of Economy, Marcelo Ebrard": past the phrase
        return _cue_after(text, end + tail.end(), limit, people, quote)
    m = NAME_WITH_LIST.match(after)
    if m and looks_like_name(m["np"]) and not is_org(m["np"]):
        # "“…,” Lee Burke with Burke, Bogart, and Brownell Insurance said.": the name before the firm's commas
        return resolve_speaker(m["np"], m["cue"], end + m.start("np"), people, quote)
    # "“…”, as the best judge … are the people, Shah said." / "… since 2020, according to the agency."
    m = SENTENCE_FINAL.search(after) if not MARKS.search(after.lstrip(CLOSE + "\"″’'")) else None
    if m:
        group = "np" if m["np"] else "np2" if m["np2"] else "np3"
        # (an inverted "…, added Chowdhury." reports the quote only where no verb before it in its sentence already does:
        # "Advani tried to claim that they are against “discrimination” …, added Chowdhury" is Advani's)
        inverted_after_cue = group == "np3" and CUE.search(last_sentence(text[max(0, quote[0] - 300):quote[0]]))
        # ("…, industry insiders warned.": people in the plural, not "…, prices rose")
        plural = m[group].islower() and m[group] not in ("he", "she", "they") and not m[group].startswith(("the ", "a ", "an "))
        if plural and not is_people_noun(m[group].split()[-1]):
            return None
        if is_speaker_phrase(m[group]) and m[group].lower() not in TITLES and not inverted_after_cue:  # (not "…” Sogavare, MP stated.")
            cue = m["cue"] or (m["cue2"] or m["cue3"]).split()[0]
            return resolve_speaker(_without_full_stop(m[group]), cue, end + m.start(group), people, quote)
    return None


TO_OUTLET = re.compile(r"(?:to|for)\s+(?P<outlet>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+(?=(?:the|a|an)\s|[A-Z])")
# ("said the ruling by Judge Lena Skjold Rafoss")
# ("stated a press release from the Minister of Local Government", "read a comment by Fish and Game to the proposal")
ISSUED_BY_AFTER = re.compile(r"(?:an?|the)\s+(?:[a-z]+\s+)?(?:%s)\s+(?:(?:(?:issued|released|signed|published|sent|posted)\s+)?(?:by|from)|attributed\s+to)\s+"
                             r"(?P<np>(?:the\s+)?[^,.;:“”\"()]{2,80}?)(?=\s*(?:[,.;:]|$|\s(?:on|in|at|to|late|earlier|last)\s))"
                             % "|".join(ISSUED_WORDS + DOCUMENTS + ("tweet", "post", "message", "email", "e-mail", "comment", "article")))
NAME_THEN_PARTICIPLE = re.compile(r"([A-Z][\w’'.-]*)\s+[a-z]{2,}ing\b")
PHRASE_THEN_CUE = re.compile(r"[\"”’']?\s+(?:in|at|on|for|to|from|about|over|after|before|during|with)\s[^,;:“”\"!?.]{1,60}"
                             r"(?=,\s+(?:said|says|added|told)\s)")
AND_SAID_AFTER = re.compile(r"[”\"’']?[^.!?;“”\"]{0,200}?\s(?:and|but)\s+(?:also\s+)?(?P<cue>said|says|added|told)\b")
# (or set off at the end, before where it was said: "…, Barra said in the letter posted on GM Fastlane, the company's …")
MID_CREDIT = re.compile(rf"[\"”’']?[^“”\"!?;.,]{{0,150}},\s+{_NP}\s+(?P<cue>said|says|added)"
                        rf"(?:\s*,|\s+(?:in|on|at|during|after|before|while|from)\s+[^“”\"]*$)")
NAME_WITH_LIST = re.compile(r"[\"”’',\s]*(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s+(?:with|of|from|at)\s+"
                            r"[A-Z][^“”\".;:!?]{0,60},[^“”\".;:!?]{1,60}\s(?P<cue>said|says|added|told)\b")
NAME_COMMA_TAIL = re.compile(r"[\"”’',\s]*(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+"
                             r"(?P<tail>[^“”\".;:!?,]{2,60}(?:,\s[^“”\".;:!?,]{2,60})?)\s(?P<cue>said|says|added|told)\b")


def _name_before_its_tail(m: re.Match, people) -> bool:
    """Whether "Name, tail said" credits the name: a person's name (a known first name, or one the story gives),
    and a tail that names no person of its own ("Washington, D.C. Mayor Muriel Bowser said" is the mayor's)."""
    np, tail = m["np"], m["tail"]
    named = any(np in (people.person_called(w) or "") for w in np.split())  # ("Sun Maya" of Sun Maya Tamang)
    if is_org(np) or not (first_name_gender(np.split()[0]) or named):
        return False
    last = CAPS_RUN_ENDS.search(tail)
    return not has_title(tail) and not (last and len(last[0].split()) == 2 and first_name_gender(last[0].split()[0]))


CAPS_RUN_ENDS = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*$")


# A sentence that opens with a name and an aside the quote sits in: "Wahiduzzaman, accusing Hasina of having “…”, said"
ASIDE_OPENED = re.compile(r"\s*(?P<np>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),\s+[a-z][^,;:“”\"]*$")
FINITE_VERB = re.compile(r"\s(?:was|were|is|are|has been|had been|will|would)\s")


SAID_TO_SOMEONE = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,3}(?:said|says|wrote|writes|added)\s+(?:in|to)\s")


def _role_then_name(m: re.Match) -> bool:
    """Whether a ROLE_COMMA_NAME match names the speaker after what they are: "“…”, Deputy General Secretary of the
    NPP, Nana Obiri Boahen stated.", "“…,” LIGO executive director, physicist David Reitze, told", "“…,” one relative
    who attended the meeting, Lenzo Widmar, told AFP"."""
    verb = CUE.match(m["role"])
    owner = OWNER_WORD.match(m["role"], verb.end() + 1 if verb and verb.end() < len(m["role"]) else 0)
    # (nor "…,” one traveller, Adele, told 9News": a first name set off after a description of one person)
    one = m["cue"] and m["role"].split()[0].lower() in {"a", "an", "one", "another"} and m["role"].split()[-1] in PERSON_NOUNS
    if " " not in m["np"] and not (m["cue"] and owner or (verb and owner or one) and first_name_gender(m["np"].rstrip("."))):
        # ("“…,” Quebec Premier Francois Legault told reporters in Sept-iles, Que.": a place, no name; but "…,” said
        # Lyoya's father, Peter.": a first name after whose father he is)
        return False
    if m["desc"] and not (m["desc"] in PERSON_NOUNS and m["cue"]):
        return False  # "…,” said Rep. Debbie Lesko, a Glendale Republican.": a description, no name after it
    named_first = CUE.match(m["role"]) and split_title(m["role"].split(" ", 1)[-1])[0]
    if named_first and looks_like_name(named_first):
        return False  # "…,” said Sen. Tim Ashe, D-President Pro Tem.": the name came first, the role after it
    if SAID_TO_SOMEONE.match(m["role"]):
        return False  # "…,” Shaheed said in a letter to the country’s president, Gotabaya Rajapaksa.": the one written to
    owned = OWNER_WORD.match(m["role"]) and m["role"].split()[-1] in PERSON_NOUNS  # ("…,” Tatang's neighbor, Marta, said.")
    described = m["cue"] and (m["role"].split()[0].lower() in DETERMINERS | {"one"} or m["role"] in PERSON_NOUNS or owned) \
        and (looks_like_name(m["np"]) or one and first_name_gender(m["np"]))  # ("…,” resident, Mac McLaren, said.")
    # ("…,” said Canterbury community activist, Jermaine Samuels.": a verb, what they are, then the name)
    # ("“…,” advises chief executive officer (CEO) of the CAC, Dolsie Allen": the office, then the body it is in)
    # ("…,” said ZAWA's head of research, Chuma Simukonda.": "head" is an office where an "of" follows it)
    office = m["role"].split(" of ")[0].split()
    office_word = office[-1] in PERSON_NOUNS or office[-1] == "head" and " of " in m["role"]
    after_verb = bool(CUE.match(m["role"])) and (office_word or m["role"].split()[-1] in PERSON_NOUNS) \
        and looks_like_name(m["np"])
    return has_title(m["role"]) or bool(described) or after_verb


OWNER_WORD = re.compile(r"(?:his|her|their|its|[A-Z][\w’'.-]*(?:[’']s|s[’']))\s")
CLAUSE_OPENER = re.compile(r"\s(?:as|while|because|when|since|although|though|whereas|before|after|until)\s")


def _without_full_stop(name: str) -> str:
    """'Ed Miliband.' -> 'Ed Miliband', but 'Jr.' and 'U.S.' keep their stops."""
    return re.sub(r"(?<![A-Z])(?<!\b(?:Jr|Sr|St))\.$", "", name) if not abbreviation_before(name, len(name) - 1) else name


TO_SAY = re.compile(r"\bto\s+(?P<cue>declare|shout|proclaim|exclaim|yell|scream|cry)\s*[:,]?\s*$")
CLAUSE_PRONOUN = re.compile(r"(?:(?:As|When|While|Then|And|But|So|After|Before)\s+)?([Hh]e|[Ss]he)\s+[a-z]")


def _cue_before(text, start, end, people, quote):
    """The nearest speech verb before the quote whose subject is a speaker; a news outlet as subject is a source."""
    if end > start and text[end - 1] == text[end] and text[end] in DOUBLE:
        end -= 1  # ('Peters: ""We want …"': the opening mark typed twice)
    chunk = text[start:end]
    quoted_by = (" quoted by " in chunk or " quoted in " in chunk) and QUOTED_BY.search(chunk)
    if quoted_by:  # "Gov. McCrory was quoted by WRAL as telling supporters: “…”": McCrory speaks, WRAL is the source
        speaker, cue, written, how, _ = resolve_speaker(quoted_by["np"], "quoted as saying", start + quoted_by.start("np"), people, quote)
        return speaker, cue, written, how, quoted_by["src"].strip()
    quoted_as = (" quoted " in chunk or " reported " in chunk or " cited " in chunk) and QUOTED_AS.search(chunk)
    if quoted_as:  # "He also quoted Mugabe as telling him: “…”": Mugabe speaks, the one quoting him is the source
        speaker, cue, written, how, _ = resolve_speaker(quoted_as["np"], "quoted as saying", start + quoted_as.start("np"), people, quote)
        src = quoted_as["src"].strip()
        if src.split()[0].lower() in PRONOUNS:
            src = people.pronoun(src.split()[0], start + quoted_as.start("src")) or ""
        return speaker, cue, written, how, src
    told_by = " by " in chunk and TOLD_BY.search(chunk)
    if told_by:  # "The Prime Minister was told by David Davis to “go”": the one doing the telling speaks
        named = APPOSITIVE_NAME.match(chunk, told_by.end("np"))
        np, at = (named[1], named.start(1)) if named else (told_by["np"], told_by.start("np"))  # "by his MPP, Stan Cho,"
        speaker, cue, written, how, _ = resolve_speaker(np, told_by["cue"], start + at, people, quote)
        return speaker, cue, written, how, ""
    inverted = INVERTED_BEFORE.search(chunk) or INVERTED_TAIL.search(chunk) or INVERTED_MID.search(chunk)
    if inverted:  # 'Said her sister, Amy Rocha, “…”', "…, said Radtke: “…”": the verb first, then who said it
        group = "name" if inverted.groupdict().get("name") else "np"
        speaker, cue, written, how, _ = resolve_speaker(inverted[group], inverted["cue"].lower(), start + inverted.start(group), people, quote)
        return speaker, cue, written, how, ""
    if chunk.rstrip().endswith("):"):  # "Cllr Lee Marsham (Lab: Nechells): “…”": a party and ward in brackets
        chunk = chunk[:chunk.rfind("(")].rstrip() + ":" if chunk.rfind("(") > chunk.rfind("\n") else chunk
    colon = chunk.rstrip().endswith(":") and (POSSESSIVE_COLON.search(chunk) or NAME_COLON.search(chunk))
    if colon and colon["np"].isupper() and not text[people.headline_end:start + colon.start("np")].strip():
        return None  # "KARACHI: “…”": the dateline that opens the story, no speaker
    said = colon and colon.groupdict().get("verb")
    if said and not (CUE.fullmatch(said) or said.endswith(("ed", "s")) or said in IRREGULAR_PAST):
        colon = None  # "Pancreatic cancer: ‘…’": a heading's noun, not someone's verb ("Smith added:", "He wrote:")
    if colon and colon.re is NAME_COLON and " " not in colon["np"] and not colon["verb"] \
            and colon["np"] not in ("He", "She", "They", "It", "We") and not _named_so(colon["np"], people):
        colon = None  # "Video: ‘This is madness’ – …": a heading's label
    if colon:  # "Roberto Mancini: “That's football”", "His response: “…”"
        speaker, cue, written, how, _ = resolve_speaker(colon["np"], ":", start + colon.start("np"), people, quote)
        return speaker, cue, written, how, ""
    # (a cue word used as a noun is no verb: "He then issued a warning to the Syrian president: “…”")
    # (nor a cue in an opening clause: "When asked how local owners treat him, he shakes his head: “…”")
    clause_at = chunk.rstrip().endswith(":") and len(chunk) - len(without_intro(last_sentence(chunk)))
    verb = chunk.rstrip().endswith(":") and any(not _noun_use(chunk, m.start()) for m in CUE.finditer(chunk, clause_at))
    joined = chunk.rstrip().endswith(":") and not verb and " and " in chunk[-200:] and AND_SUBJECT_COLON.search(last_sentence(chunk))
    # ("Duncan came in for kudos and O’Connor sent a warning: “…”": the clause after "and" has a subject of its own)
    subject = joined["np"] if joined and looks_like_name(joined["np"]) else \
        chunk.rstrip().endswith(":") and not verb and leading_np(without_intro(last_sentence(chunk)).split(",")[0])
    subject = subject and name_past_opening(subject) or subject  # ("At this point Tsenoli cuts him off: “…”")
    if not subject and chunk.rstrip().endswith(":") and not verb:  # "As he got into a verbal sparring: “…”": he
        opening = CLAUSE_PRONOUN.match(last_sentence(chunk).lstrip())
        subject = opening[1].capitalize() if opening else subject
    role = subject and subject.split()[0].lower() == "the" and subject.split()[-1].lower() in TITLES  # "The prime minister"
    # ("He then issued a warning to the Syrian president: “…”": whoever "he" is)
    role = role or subject in ("He", "She", "he", "she")
    # (a country is no one whose sentence hands over: "…, Russia would have to reckon with serious consequences: “…”")
    # ("Association des Médecins Urgentistes de France spokesman Christophe Prudhomme highlighted Bordeaux: “…”")
    # (one word is a name only where the story names someone so: "Pancreatic cancer: ‘…’" is a heading)
    if subject and (role or split_title(subject)[0] and looks_like_name(split_title(subject)[0]) and not is_org(split_title(subject)[0])
                    and subject.split()[0].lower() not in NOT_NAMES and subject not in countries_and_peoples()
                    and (" " in subject or people.person_called(subject)
                         or len(chunk[chunk.rfind(subject) + len(subject):].split()) > 1)):
        # "Texas Gov. Greg Abbott offered this twist: “…”": a named person's sentence that hands over to the quote
        speaker, cue, written, how, _ = resolve_speaker(subject, ":", start + chunk.find(subject), people, quote)
        return speaker, cue, written, how, ""
    source = ""
    # "leaving leader Adam Bandt to declare: “…”": verbs that speak only after "to" and before the quote ("cannot
    # declare a strike" says nothing)
    to_say = chunk.rstrip().endswith((":", ",")) and " to " in chunk and TO_SAY.search(chunk)
    np = to_say and subject_of_cue(chunk, to_say.start("cue"), to_say["cue"])
    if np:
        speaker, cue, written, how, _ = resolve_speaker(np, to_say["cue"], start + chunk.rfind(np, 0, to_say.start("cue")), people, quote)
        return speaker, cue, written, how, ""
    cues = list(CUE.finditer(chunk)) or (
        list(ANY_VERB_BEFORE.finditer(chunk, len(chunk) - 40)) if chunk.rstrip().endswith((",", ":")) else [])
    according = list(ACCORDING_BEFORE.finditer(chunk)) if "ccording" in chunk or "s per " in chunk else []  # ("As per DepEd")
    according = according or (list(IN_WORDS.finditer(chunk)) if " words" in chunk else [])  # ("In his words, the …")
    if according and not is_media(according[-1]["np"] or according[-1].groupdict().get("name")) and (not cues or according[-1].start() > cues[-1].start()):
        m = according[-1]
        group = "name" if m.groupdict().get("name") else "np"
        # ("According to the judge, Maliban “did not commit murder”": no comma closes the name, so the clause's subject)
        group = "role" if m.groupdict().get("role") and not m.group(0).endswith(",") and text[quote[0]:quote[0] + 1].islower() \
            else group  # (but "According to the police spokesman, Asimin Butswat “On 4th February …”" is his)
        speaker, cue, written, how, _ = resolve_speaker(m[group], "according to", start + m.start(group), people, quote)
        return speaker, cue, written, how, ""
    for m in reversed(cues):
        if _noun_use(chunk, m.start()) or _negated(chunk, m.start()):
            continue  # "Modi’s claims seem to be “…”": a noun; "had not said “anything new”": nobody said it
        np = subject_of_cue(chunk, m.start(), m.group(0))
        if not np:
            continue
        # (but one the story names as a person reports what they found: "Dr Troupe further reported that, “…”")
        if is_media(np) or m.group(0) in REPORT_VERBS and not (np[:1].isupper() and people.person_called(np.split()[-1])):
            source = source or _strip_det(np)
            continue
        at = chunk.rfind(np, 0, m.start())
        if m is not cues[0] and JOINED_SUBJECT.search(chunk, max(0, at - 20), at):
            continue  # "He said he and Sullivan agreed to work on “…”": two who agreed, one who said it
        if m is not cues[0] and np.split()[-1].lower() in SHOWING_THINGS:
            continue  # "McCarthy said the extra data revealed a “…”": what data shows is said by whoever reads it out
        if np.lower() == "they":  # "The European election observers said they had noted “…”": the observers
            np, at = _they_who_said(chunk, cues, m, at) or (np, at)
        speaker, cue, written, how, _ = resolve_speaker(np, m.group(0), start + at, people, quote)
        return speaker, cue, written, how, source
    return None


def _they_who_said(chunk, cues, m, at):
    """The many who said "they" of themselves: "The observers said they had noted" (but not "Police said he …")."""
    said = next((c for c in reversed(cues) if c.end() <= at and chunk[c.end():at].strip() in ("", "that")), None)
    np = said and subject_of_cue(chunk, said.start(), said.group(0))
    if np and np.split()[-1].islower() and np.endswith("s") and not np.endswith("ss"):
        return np, chunk.rfind(np, 0, said.start())
    return None


SHOWING_THINGS = {"data", "figures", "numbers", "statistics", "results", "evidence", "records", "findings", "readings"}
JOINED_SUBJECT = re.compile(r"\b(?:he|she|I|we|[A-Z][\w’'-]+)\s+and\s+$")


def _negated(chunk: str, cue_at: int) -> bool:
    """'had not said', 'never said', "didn't say" (but not 'did not elaborate, saying')."""
    before = chunk[max(0, cue_at - 20):cue_at].split()[-2:]
    if before and before[-1].endswith(","):
        return False
    return any(w.lower() in {"not", "never"} or w.lower().endswith(("n't", "n’t")) for w in before)


def _noun_use(chunk: str, cue_at: int) -> bool:
    """'Modi’s claims', 'the remarks': a cue word used as a noun; 'for alleged police brutality': as an adjective;
    'Minister accused of …', 'has been described as': a passive, whose subject is not the one speaking."""
    if chunk[max(0, cue_at - 3):cue_at].lower() == "so-":
        return True  # 'the so-called “de-Nazification”': no one calls it so here
    before = chunk[max(0, cue_at - 30):cue_at].split()
    adjective = chunk.startswith("alleged", cue_at) and before and before[-1].lower() in PREPOSITIONS
    # "Taoiseach accused of making ‘disrespectful comments’", "X was accused of": the one accused says nothing
    # (but in "which he has accused of being “rotten”" the object came first, and he accuses)
    aux = before[-2] if len(before) > 1 and (before[-1] in {"also", "then", "later", "again"} or before[-1].endswith("ly")) \
        else before[-1] if before else ""  # ("was also asked")
    accused = ACCUSED_OF.match(chunk, cue_at) and not (before and before[-1].lower() in ACTIVE_BEFORE) or (
        aux.lower() in PASSIVE_AUX and chunk.startswith(("described", "told", "asked", "called", "labelled", "labeled", "shared",
                                                         "dubbed"), cue_at))
    # ("has been described as “astonishing”", "was told to “go”": the one described or told says nothing)
    owner = before and before[-1].endswith(("’s", "'s")) and not PRONOUN_HAS.fullmatch(before[-1])  # (not "he’s said")
    # ("the right views expressed by the opposition": a participle after its noun, whose speaker comes after "by")
    participle = before and before[-1][:1].islower() and PARTICIPLE_BY.match(chunk, cue_at)
    # ("the incident described above was “…”": a participle that points back in the text, no one speaking)
    participle = participle or before and before[-1][:1].islower() and PARTICIPLE_HERE.match(chunk, cue_at)
    return bool(before) and (owner or participle or before[-1].lower() in NOUN_BEFORE or bool(adjective)) \
        or bool(accused)


PARTICIPLE_BY = re.compile(r"[a-z]+ed\s+by\s")
PARTICIPLE_HERE = re.compile(r"[a-z]+ed\s+(?:above|below|earlier|here)\s+(?:was|were|is|are|has|had)\b")
ACCUSED_OF = re.compile(r"(?:accused|charged|critici[sz]ed|condemned|slammed|blasted)\s+(?:of|for|over)\b")
PASSIVE_AUX = {"been", "being", "was", "were", "is", "are", "be"}
ACTIVE_BEFORE = {"has", "have", "had", "he", "she", "they", "we", "i", "who", "which"}
NOUN_BEFORE = {"the", "his", "her", "their", "its", "these", "those", "such", "a", "an", "our", "my", "your", "whose"}


LOWER_GOES_ON = re.compile(r"[\"”’'\s]*[a-z]")


REMARK_WORDS = ("remark", "comment", "claim", "statement", "words", "jibe", "quip", "assertion", "accusation", "charge",
                "suggestion", "description", "taunt", "dig")
_REMARK = r"(?:remarks?|comments?|claims?|statements?|words|jibe|quip|assertion|accusation|charge|suggestion|description|taunt|dig)"
_OWNER = r"(?P<owner>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*?)[’']s\s+"
# "Singh’s comment that “…”", "On Singh’s charge that Chouhan was in Delhi for “poaching”"
OWNED_REMARK_BEFORE = re.compile(
    rf"{_OWNER}(?:[a-z-]+\s+){{0,2}}{_REMARK}\s+(?:that\s+(?:[^“”\"‘’.,;]{{1,80}}\s)?)?[\"“‘']$")
# "a comment from David Davis, the U.K.’s Brexit secretary, that Barnier’s comments were “a bit silly”"
REMARK_FROM = re.compile(rf"{_REMARK}\s+(?:from|by)\s+(?P<owner>(?:[A-Z][\w’'.-]*\s+){{0,3}}[A-Z][\w’'.-]*)"
                         rf"(?:,[^,“”\"]{{1,80}},)?\s+that\s+(?:(?:[^“”\"‘’.;]|’(?=\w)){{1,80}}\s)?[\"“‘']$")
OWNED_REMARK_AROUND = re.compile(rf"{_OWNER}[\"“‘']$")
REMARK_AFTER = re.compile(rf"\s+(?:[a-z-]+\s+){{0,1}}{_REMARK}\b")
HEADLINE_TO = re.compile(r"\s*([A-Z][\w’'-]+)\s+to\s+(?:[A-Z][\w’'-]+\s*){1,3}:")
FOR_OPINION = re.compile(r"[\s\"“]*For\s+(?P<np>(?:the\s+)?[A-Z][^,]{2,80}|the\s+[^,]{2,80}),\s")
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


def _joined_on(np: str) -> bool:
    """'… “complicit” with Trump and has announced': words after a quote that carry on its sentence, not a speaker."""
    words = np.lower().split()
    return words[0] in NOT_SUBJECT_START and not np.split()[0].isupper() or words[-1] in BOUNDARY_WORDS  # (not "WHO")


def _strip_det(np: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", np.strip(), flags=re.I) if not re.match(r"^The\s+[A-Z]", np) else np.strip()


FINAL_STOP = re.compile(r"(?<![A-Z]\.[A-Z])\.$")
NEXT_SENTENCE = re.compile(r"\s+[\"“‘'A-Z]|[A-Z]")  # (or glued to the mark: 'from where you are.”The Gulen group denied')
SENTENCE_END = re.compile(r"[.!?](?=[\"”’)]*(?:\s|$))|[\"“](?=[A-Z])")
# (the credit ends where a clause about it opens: "according to a Metrorail employee who told GroundUp that …")
ACCORDING_AFTER = re.compile(r"^[\"”’',.\s]*,?\s*according to\s+(?P<np>(?:(?!\s(?:who|which|that|whose)\s)[^,.;]){2,100})")


def _source(sentence: str) -> str:
    """The outlet a quote is credited to in its sentence ("according to The Associated Press")."""
    return FINAL_STOP.sub("", _source_as_written(sentence))


def _source_as_written(sentence: str) -> str:
    if "according" not in sentence and "report" not in sentence and "told" not in sentence and "interview" not in sentence:
        return ""
    m = "according to" in sentence and SOURCE_ACCORDING.search(sentence)
    if m and is_media(m["src"]):
        return m["src"]
    m = "report" in sentence and SOURCE_REPORTED.search(sentence)
    if m:
        return m["src"].strip()
    m = SOURCE_TOLD.search(sentence)
    if m and is_media(m["src"]):
        return m["src"]
    return ""


_OUTLET_NAME = r"(?P<src>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*)"
SOURCE_ACCORDING = re.compile(rf"according to\s+{_OUTLET_NAME}")
SOURCE_REPORTED = re.compile(r"(?P<src>(?:[Tt]he\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*)\s+(?:reported|reports)\b")
SOURCE_TOLD = re.compile(rf"\b(?:told|said to|in an interview with)\s+{_OUTLET_NAME}")


def _according_to_person(sentence, people, quote):
    m = re.search(r"according to\s+(?P<np>(?:[\w’'.-]+\s+){0,4}[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+)*)", sentence)
    if m and not is_media(m["np"]):
        speaker, _, written, how, _ = resolve_speaker(m["np"], "according to", quote[0], people, quote)
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
        speaker, _, written, how, _ = resolve_speaker(clause["np"], "", quote[0], people, quote)
        if how == "named" and speaker and looks_like_name(speaker) and not is_org(speaker):
            return speaker, written, "subject"
    opener = PARTICIPLE_OPENER.match(before)
    if opener and ", " in sentence[len(before):] and not people.person_called(opener.group(0)):  # (not "Streeting")
        before = sentence[sentence.index(", ", len(before)) + 2:]
    parts = [p.strip(" •·▪*") for p in without_intro(before).split(",")]
    while len(parts) > 1 and TIME_PHRASE.fullmatch(parts[0]):
        parts.pop(0)  # "In fact, on Friday, the Catalan government opened …": the time, then the subject
    if len(parts) > 1 and PARTICIPLE_CLAUSE.match(parts[0]):
        parts.pop(0)  # "Noting that the orders were similar, he termed …", "Fuelled by the clash, councillors made …"
    if len(parts) > 2 and not looks_like_name(parts[0]) and looks_like_name(parts[1]) and parts[2][:1].islower() \
            and len(parts[0].split()) <= 6:
        parts = parts[1:]  # "The mayor, James Roe, thanked …" (not "… were opened in Patna, Bhopal, Raipur and …")
    np = leading_np(parts[0])
    if np and np.split()[0].lower() not in NO_SUBJECT_OPENERS \
            and (np.lower() not in NOT_NAMES or np.lower() in PRONOUNS):  # "This means …"; "In what has been …": none
        speaker, _, written, how, _ = resolve_speaker(np, "", quote[0], people, quote)
        # (not "Footage from …"; nor "Tenants were often treated …": people in the plural, whom a name may capitalise)
        known = speaker and (" " in speaker or how == "pronoun" or _named_so(speaker, people) and not is_people_noun(speaker))
        if how in ("named", "pronoun") and speaker and looks_like_name(speaker) and not is_org(speaker) and known:
            return speaker, written, "subject"
    return None, "", "none"


def _names_anyone(text: str, start: int, end: int, people: Cast) -> bool:
    """Whether ``text[start:end]`` says "he" or "she" or names a person."""
    return bool(HE_OR_SHE.search(text, start, end)) or any(m.person and start <= m.start < end for m in people.mentions)


def _named_so(word: str, people: Cast) -> bool:
    """Whether one capitalised word is a name: someone the story names so, a country, or a word the story capitalises
    inside a sentence too ("Mr Luxon"), not only where a sentence or a heading opens ("Footage from security cameras
    showed", "Video: ‘…’")."""
    return bool(people.person_called(word) or word in countries_and_peoples() or re.search(rf"[\w,] {re.escape(word)}\b", people.text))


# "This means …", "Just why Dublin lost is hard to explain": a pointer or a question's word opens no speaker
NO_SUBJECT_OPENERS = {"this", "that", "these", "those", "it", "there", "why", "how", "what", "whether", "where", "when"}
PARTICIPLE_CLAUSE = re.compile(r"[A-Za-z][a-z]+(?:ing|ed)\s+(?:that|by|with|on|about|to|from|in|as|the|his|her|their|its)\b")


def _narrative_person(text: str, paras: list[Span], para: int, quote, earlier, people: Cast) -> str | None:
    """The person a paragraph or two of narrative (no quote in them) before a quote that is its whole paragraph
    is about: the last "he" or "she" it says, else the last person it names. A reader takes the quote as theirs."""
    start, end = quote
    if text[end:paras[para].end].strip(" \"”’'.,"):
        return None
    for back in (1, 2)[:para]:
        prev = Span(paras[para - back].start, paras[para - 1].end)
        last = next((q for q in reversed(earlier) if q.start < prev.end and q.end >= prev.start), None)
        if last:  # after a quote, a paragraph that names no one else leaves the words theirs (if the story named them)
            line_end = text.find("\n", last.end)  # (past its credit: "“…,” he said." names the speaker, no one else)
            after = Span(max(line_end if line_end >= 0 else len(text), prev.start), prev.end)
            other = HE_OR_SHE.search(text, after.start, after.end) \
                or any(m.person and not m.quoted and after.start <= m.start < after.end for m in people.mentions)
            # (a quote a verb credits: not one that was itself only a guess from the narrative)
            person = last.speaker and last.cue and last.how != "owner" and people.names_someone(last.speaker.split()[-1])
            return None if other or not person else last.speaker
        said = list(HE_OR_SHE.finditer(text, prev.start, prev.end))
        named = [m for m in people.mentions if m.person and not m.quoted and prev.start <= m.start < prev.end]
        if said or named:
            if said and (not named or said[-1].start() > named[-1].start):
                return people.pronoun(said[-1].group(0), said[-1].start())
            return people.full_name(named[-1].name, start, named[-1].gender)
    return None


HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def _after_narrative(text: str, paras: list[Span], para: int, quote, earlier, people: Cast):
    """'“…,” said Rohit.', then "There is plenty of time for India to regroup. “We'll regroup and come back.”": a
    quote no verb credits, at the end of a paragraph that names no one else, goes on from the last speaker's."""
    start, end = quote
    p = paras[para]
    if not para or text[end:p.end].strip(" \"”’'.,") or not earlier or not earlier[-1].speaker or earlier[-1].how == "owner":
        return None, "", "none"
    last = earlier[-1]
    if last.start < paras[para - 1].start or _names_anyone(text, p.start, start, people):
        return None, "", "none"
    return last.speaker, last.speaker_as_written, "continuation"


PASSIVE_VERB_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+ly\s+)?$")


# "… at the Islamic Centre in Whangārei. Photo / Tania Whyte": a caption's credit names who took the picture
PHOTO_CREDIT_END = re.compile(rf"(?<=[.!?])\s*{PHOTO_WORD}\s*[/:|]\s*[^.\n/]{{1,60}}$")


INVERTED_END = re.compile(r",\s+(?:said|says|added|adds|explained|explains|noted|notes|stressed|insisted|argued|warned)\s+"
                          # ("…, said Mr. Brown.": an honorific's full stop is no sentence's end)
                          r"(?P<np>(?:(?:Mr|Mrs|Ms|Dr|Prof|Rev|Gen|Sen|Gov|Rep|Col|Capt|Lt|Sgt|Supt|Insp|Det|Hon)\.\s+)?"
                          r"(?:[A-Z]|the\s)[^,.;:!?“”\"]{1,60}?)(?:,\s+(?P<named>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})"
                          r"|,[^“”\"]{1,100})?\.$")  # (", said the minister, Ana Ruiz.": the name set beside the role)


def _reported_before(text: str, prev: Span, people: Cast, quote, cue_only: bool = False):
    """A quote that opens its paragraph right after 'Smith said the plan would work.' goes on Smith's words (with
    ``cue_only``, only where a verb of saying ends that paragraph)."""
    chunk = text[prev.start:prev.end].rstrip()
    chunk = PHOTO_CREDIT_END.sub("", chunk) if "/" in chunk[-80:] or ":" in chunk[-80:] else chunk
    last = last_sentence(chunk)
    # (not "… is harder for him to explain": a verb after "to" has no subject of its own)
    cues = [m for m in CUE.finditer(last) if m.group(0) not in REPORT_VERBS and last[max(0, m.start() - 3):m.start()] != "to "
            and not _noun_use(last, m.start())  # ("the right views expressed by the opposition, the leader said")
            and not PASSIVE_VERB_BEFORE.search(last, max(0, m.start() - 20), m.start())]  # ("was admitted to DMCH": no speech)
    if any(c in last for c in DOUBLE):
        return None, "", "none"
    if cue_only and (not cues or len(last[cues[0].end():].split()) < 3):
        return None, "", "none"  # (what they said, not only that they spoke: "Minister Yaacob Ibrahim apologised.")
    if not cues:  # "… chairman Maria Battle issued an apology.", then her words as a paragraph of their own
        speaker, written, how = _sentence_subject(last, people, quote, last)
        # (but "The 29th Southeast Asian Games will take place …" is about an event, which says nothing)
        speaks = speaker and (how not in ("named", "subject") or not speaker[:1].isupper()
                              or people.names_someone(speaker.split()[-1]) or is_org(speaker))
        return (speaker, written, "continuation") if speaks else (None, "", "none")
    inverted = INVERTED_END.search(last)
    if inverted and not inverted["named"] and leading_np(inverted["np"]) != inverted["np"]:
        inverted = None  # "…, said the patient had returned to the hospital.": a clause after the verb, not its speaker
    # ("The situation remains tense, said Werner.": the one named after the verb)
    np = (inverted["named"] or inverted["np"]) if inverted else subject_of_cue(last, cues[0].start(), cues[0].group(0))
    if np and not is_media(np):
        at = prev.start + len(chunk) - len(last) + last.find(np)
        speaker, _, written, how, _ = resolve_speaker(np, cues[0].group(0), at, people, quote)
        if speaker and how != "source":
            return speaker, written, "continuation"
    return None, "", "none"


# "…” and catechized, “…", "…” for Burnley and conceded “…": the sentence's subject goes on speaking
# "Irish Rail attributed the delays to a “fault” on Twitter and said services “…”": "and said" in lower case, and
# only lower-case words up to the quote, goes on with the subject before the earlier quote
AND_VERB = re.compile(r"\s(?:(?:and|but)\s+[a-z]+ed\s*[,:]?\s*[“\"‘']?$|and\s+(?:also\s+)?(?:said|says|told|added)\s)")
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
            role = speaker_by_role(before[:verb.start()].strip(), before[:verb.start()].strip().lower(), len(people.text), people)[0]
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
    # (and one that opened a paragraph or more before and ends in this one: "…\n\n“…,” said Karunaratne. “Apart …”")
    same_para = [q for q in earlier if q.start < start and q.end > paras[para].start]
    if same_para and same_para[-1].speaker and same_para[-1].how != "owner" and (same_para[-1].end >= sent_start or quote_kind(text, start, end) == "direct"):
        return same_para[-1].speaker, same_para[-1].speaker_as_written, "continuation"
    opens_paragraph = not text[paras[para].start:start].strip(" \"“”'‘")
    if opens_paragraph and para > 0 and not same_para:
        before = paras[para - 1]
        prev = [q for q in earlier if before.start <= q.start < before.end or q.start < before.start < q.end]
        # (a word quoted after the speaker's words, no one's, does not end them: '"…," he told RNZ. It was a style
        # befitting a man who had been in trouble for using the word "bullshit".')
        prev = prev[:-1] if len(prev) > 1 and prev[-1].speaker is None and prev[-1].kind == "partial" else prev
        if prev and prev[-1].speaker:
            return prev[-1].speaker, prev[-1].speaker_as_written, "continuation"
    return None, "", "none"


PASSIVE_BEFORE = re.compile(
    # (the verb alone too: "a charge dismissed as “baseless” by the Iranian embassy")
    r"\b(?:(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?)?(?P<cue>accused\s+of(?:\s+being)?|described\s+as|branded(?:\s+as)?|"
    r"called(?!\s+(?:for|on|upon)\s)|labell?ed(?:\s+as)?|dubbed|critici[sz]ed\s+(?:for|as)|condemned\s+as|slammed\s+as|attacked\s+as|dismissed\s+as|"
    r"rejected\s+as|denounced\s+as|derided\s+as|decried\s+as)\s+"
    # ("was accused of holding learners “to ransom” by …"; but "X called for “immediate intervention” by the ministry"
    # asks the ministry to act)
    r"(?:[a-z][\w’'-]*\s+){0,4}[\"“‘']?$")
AGENT = re.compile(r"(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w’'.&-]*)*")  # "the National Union of Students"
BY_AFTER = re.compile(r"^[\"”’']?,?\s+by\s+")


