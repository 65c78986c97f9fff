"""Boilerplate: the parts of a scraped page that are not the story.

Nothing is deleted. Each piece is returned as a span with the reason it was
marked, so a student can see why, and every offset into the article stays
true. The rules describe kinds of page furniture (credits, plugs, contact
lines, teaser headlines, comment prompts, hover cards, copyright lines), not
particular sites.

>>> text = "Rain ends drought\\n\\nIt rained, officials said.\\n\\nFollow us on Twitter.\\n\\n© 2024 Daily Planet"
>>> [(text[b.start:b.end], b.reason) for b in find_boilerplate(text)]
[('Follow us on Twitter.', 'social or newsletter plug'), ('© 2024 Daily Planet', 'copyright line')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .text import Span, fold_case, paragraphs


@dataclass(frozen=True)
class Boilerplate:
    """A span of page furniture and why it was marked."""

    start: int
    end: int
    reason: str


_I = re.IGNORECASE
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DATE_LINE = re.compile(
    rf"^(?:(?:Published|Updated|Posted|Last updated)\s*:?\s*)?(?:[A-Z][a-z]+day,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    rf"(?:[,\s]+\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}})?)?\s*$",
    _I,
)
# ("James Emejo in Abuja": a reporter and where they file from)
BYLINE = re.compile(r"^(?:By\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:\s*(?:,|and)\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})*"
                    r"(?:\s+(?:in|from)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})?$")

# Each rule: a reason, a pattern, and the longest paragraph it may mark (a long
# paragraph that mentions "newsletter" is more likely story than furniture).
# KEYWORDS below lets a paragraph skip a rule with a plain substring test.
PARAGRAPH_RULES = [
    ("photo caption or credit", re.compile(
        r"\((?:photo|image|picture|photograph)s?\b[^)]*\)|\b(?:photo|image|photograph|credit|picture)s?\s*:|"
        r"getty images|\bafp via\b|\bap photo\b|/(?:afp|ap|reuters|epa|pool|xinhua)\b|shutterstock|"
        r"^©\s*[\w .-]*(?:images|photos?|pictures)\s*$|"
        # ("IFA president Tim Cullinan speaks with … at the protest today. Source: Finbarr O’Rourke": a caption's credit)
        r"[.!?]\s+source\s*:\s*(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+){0,3}\s*$", _I), 500),
    ("copyright line", re.compile(r"^(?:©|\(c\)|copyright\b)|all rights reserved", _I), 300),
    ("social or newsletter plug", re.compile(
        r"\b(?:follow|like|find)\s+(?:[\w@’'.-]+\s+){0,4}on\s+(?:facebook|twitter|x|instagram|linkedin|tiktok|"
        r"telegram|youtube|threads|bluesky)\b|\bjoin\s+(?:[\w’']+\s+){0,2}(?:telegram|whatsapp|facebook|discord)\b|"
        r"\bsign up\b|\bsubscribe\b|\bnewsletter\b|\bdownload\s+(?:our|the)\s+app\b|\bdelivered to (?:you|your inbox)\b|"
        r"^share(?:\s+(?:this|on)(?:\s+\w+)?)?\s*$|^(?:advertisement|sponsored|story continues below)\s*$", _I), 300),
    ("contact line", re.compile(r"^to contact\b|\bemail (?:him|her|them|us|me)\b|[\w.+-]+@[\w-]+\.[\w.]+", _I), 300),
    ("comment prompt", re.compile(
        # (the site's commenting, "issues with commenting", not the story's "Commenting on the ruling, she said …")
        r"\b(?:with|before|about)\s+commenting\b|\bcommenting\s+(?:is|has\s+been|will\s+be|guidelines|policy|rules)\b|"
        r"^(?:please\s+)?(?:leave|add|post|view|show|read)\s+(?:a\s+|the\s+)?comments?\b|"
        r"^comments?\s*(?:\(\d+\))?\s*$|^discuss this\b|\bjoin the (?:conversation|discussion)\b", _I), 200),
    ("related link", re.compile(
        r"^(?:related|read more|also read|read also|also see|see also|must read|more from|recommended|other (?:reports|stories|articles) by|"
        r"you may also like|most read|trending)\b", _I), 200),
]

# A rule is tried only on a paragraph that holds one of its keywords (all found in one pass over the story, see
# _keyword_finder) or opens with one of its openings (one ``startswith``): most paragraphs are story, and most rules
# then go untried. Openings are for rules whose pattern reads only the paragraph's start, where a keyword anywhere
# ("read", "other", "comment") would send half the story's paragraphs to the pattern. Each keyword holds the rarest
# words that a match of its rule must contain ("ap photo", "/reuters", "rights reserved").
KEYWORDS = {
    "photo caption or credit": ("photo", "image", "picture", "credit", "source:", "getty", "afp via", "ap photo", "/afp", "/ap",
                                "/reuters", "/epa", "/pool", "/xinhua", "shutterstock", "©"),
    "copyright line": ("rights reserved",),
    # "follow us on", "join our": the platform's name is the rarer word, so it is the keyword
    "social or newsletter plug": ("facebook", "twitter", "on x", "instagram", "linkedin", "tiktok", "telegram",
                                  "youtube", "on threads", "bluesky", "whatsapp", "discord", "sign up", "subscri",
                                  "newsletter", "download", "delivered to"),
    "contact line": ("email", "@"),
    "comment prompt": ("commenting", "join the"),
    "related link": (),
}
OPENINGS = {
    "copyright line": ("©", "(c)", "copyright"),
    "social or newsletter plug": ("share", "advertisement", "sponsored", "story continues"),
    "contact line": ("to contact",),
    "comment prompt": ("comment", "please", "leave", "add", "post", "view", "show", "read", "discuss this"),
    "related link": ("related", "read more", "also read", "read also", "also see", "see also", "must read", "more from",
                     "recommended", "other", "you may", "most read", "trending"),
}
ANY_OPENING = tuple(w for words in OPENINGS.values() for w in words)  # (one test first: most paragraphs open with none)


@lru_cache(maxsize=1)
def _keyword_finder():
    """Every keyword at once: one pass of an Aho-Corasick automaton over the story finds them all in C, where a
    substring test per keyword and paragraph read each paragraph dozens of times."""
    import ahocorasick  # (on first use: annotating needs it, importing lessons does not)

    finder = ahocorasick.Automaton()
    for word in dict.fromkeys(w for words in KEYWORDS.values() for w in words):
        finder.add_word(word, (len(word), tuple(r for r, words in KEYWORDS.items() if word in words)))
    finder.make_automaton()
    return finder


LONGEST = max(longest for _, _, longest in PARAGRAPH_RULES)
# Both open with the capital, the rarer letter, so that re skips ahead to it in C; what comes before
# it (\b, a lower-case letter) is looked back at.
GLUED_NAME = re.compile(r"([A-Z](?<!\w[A-Z])[\w’'.-]+(?: [A-Z][\w’'.-]+){1,3})(?=\1)")
GLUED_HINT = re.compile(r"[A-Z](?<=[a-z][A-Z])")
TEASER_END = re.compile(r"\bMORE\b")
SMALL_WORDS = {"a", "an", "the", "of", "for", "in", "on", "at", "to", "and", "or", "but", "with", "by", "as", "from", "over", "is", "vs"}


def _looks_like_headline(line: str) -> bool:
    if (line.rstrip() or " ")[-1] in ".!?:;\"”’," or "\n" in line:  # ends with a stop: a sentence
        return False
    words = re.findall(r"[\w’'.$-]+", line)
    if not 4 <= len(words) <= 18:
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    capitalised = sum(1 for w in content if w[0].isupper() or w[0].isdigit() or w[0] == "$")
    return capitalised >= 0.8 * len(content)


# "David Creighton, Castlerea, Co Roscommon": a vox pop's line naming the next speaker and where they are from
NAME_AND_PLACE = re.compile(r"(?P<first>[A-Z][\w’'-]+)(?:[ \t]+[A-Z][\w’'.-]+){1,2},[ \t]+"
                            r"[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)*(?:,[ \t]+[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*)*)*")


NAME_DASH_ROLE = re.compile(r"(?P<first>[A-Z][\w’'-]+)(?:[ \t]+[A-Z][\w’'.-]+){1,2}[ \t]+[-–—][ \t]+[^.!?“”\"]{3,150}")


def _introduces_someone(line: str) -> bool:
    """A line of a name and a place, which the paragraphs after it go on to quote, is story, not a link to another."""
    from .people import first_name_gender  # (the name list is read only for lines like this one)

    m = NAME_AND_PLACE.fullmatch(line.strip())
    return bool(m) and bool(first_name_gender(m["first"]))


def _credits_quote(line: str) -> bool:
    """A name, a dash and what they are: the credit under a quote, not a link to another story."""
    from .people import first_name_gender

    m = NAME_DASH_ROLE.fullmatch(line.strip())
    return bool(m) and bool(first_name_gender(m["first"]))


def find_boilerplate(text: str, paras: list[Span] | None = None) -> list[Boilerplate]:
    """Every boilerplate span in ``text``, in order, each with its reason."""
    paras = paragraphs(text) if paras is None else paras
    found: list[Boilerplate] = []
    title = text[paras[0].start:paras[0].end] if paras else ""
    # (start, end, rules it hints at) of every keyword in the story, read in the case-folded text at the same offsets
    hits = sorted((end + 1 - size, end + 1, reasons) for end, (size, reasons) in _keyword_finder().iter(fold_case(text)))
    starts = [start for start, _, _ in hits]
    # (a copy glued to a name always puts a capital right after a letter: one scan of the story finds where)
    glued_at = [m.start() for m in GLUED_HINT.finditer(text)]
    for i, p in enumerate(paras):
        chunk = text[p.start:p.end]
        inside = hits[bisect.bisect_left(starts, p.start):bisect.bisect_left(starts, p.end)]
        hinted = {r for _, end, reasons in inside if end <= p.end for r in reasons}
        reason = "repeated title" if i and chunk == title else _paragraph_reason(chunk, i, len(paras), hinted)
        if reason == "inserted headline" and text[paras[i - 1].end - 1] in "”\"’" and _credits_quote(chunk):
            reason = None  # "“…”" then "Raymond Komen – Nakuru county executive for Trade": whose words they were
        if reason:
            found.append(Boilerplate(p.start, p.end, reason))
            continue
        if bisect.bisect_left(glued_at, p.start) < bisect.bisect_left(glued_at, p.end):
            found.extend(Boilerplate(p.start + s, p.start + e, "scraped widget text") for s, e in _glued(chunk))
    return found


def _paragraph_reason(chunk: str, index: int, count: int, hinted: set[str]) -> str | None:
    if index == 0:
        return None  # the headline is not page furniture: its quotes and figures count
    reason = _rule_reason(chunk, hinted) if len(chunk) <= LONGEST else None
    if reason:
        return reason
    if index <= 4 and DATE_LINE.match(chunk):
        return "date line"
    if index <= 4 and len(chunk) < 60 and BYLINE.match(chunk):
        return "byline"
    if 1 < index < count - 1 and _looks_like_headline(chunk) and not _introduces_someone(chunk):
        return "inserted headline"
    return None


def _rule_reason(chunk: str, hinted: set[str]) -> str | None:
    """The first of PARAGRAPH_RULES that marks ``chunk``, trying a rule only if one of its keywords is in it
    (``hinted``: the rules whose keywords are) or the paragraph opens with one of its openings."""
    present = set(hinted)
    low = chunk[:20].lower()
    if low.startswith(ANY_OPENING):
        present.update(reason for reason, opening in OPENINGS.items() if low.startswith(opening))
    for reason, pattern, longest in PARAGRAPH_RULES:
        if reason in present and len(chunk) <= longest and pattern.search(chunk):
            if reason in REPORTED_NOT and REPORTED.search(chunk):
                continue  # "Residents can sign up for alerts, the mayor said": someone's words reported, so story
            if reason == "photo caption or credit" and REPORTED.search(chunk) and ("“" in chunk or '"' in chunk):
                continue  # "He told AFP via telephone that it was “dire”": a caption quotes no one
            return reason
    return None


# A plug, a contact line, a comment prompt, a related link or a copyright line speaks to the reader and reports no one's
# words: "Related talks failed, the UN said." and "“We will not subscribe to that,” she told reporters." are story.
REPORTED = re.compile(r"\b(?:said|told|added|wrote|stated|explained|according to)\b")
REPORTED_NOT = {"social or newsletter plug", "contact line", "comment prompt", "related link", "copyright line"}


def _glued(chunk: str) -> list[tuple[int, int]]:
    spans = []
    for m in GLUED_NAME.finditer(chunk):
        copy_start = m.end()
        end = TEASER_END.search(chunk, copy_start, copy_start + 400)
        spans.append((copy_start, end.end() if end else copy_start + len(m.group(1))))
    return spans
