"""Paragraphs and sentences of a text, as character spans into it.

Nothing here changes the text: every span is a ``(start, end)`` pair into the
string that was given, so a finding can always be shown where it was found.

>>> text = "First line.\\n\\nDr. Lee said so. She left."
>>> [text[s.start:s.end] for s in paragraphs(text)]
['First line.', 'Dr. Lee said so. She left.']
>>> [text[s.start:s.end] for s in sentences(text)]
['First line.', 'Dr. Lee said so.', 'She left.']
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Span:
    """A stretch of an article: ``text[start:end]``."""

    start: int
    end: int


_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|$)")


def _lines(text: str) -> list[tuple[int, int]]:
    """Each line's ``(start, end)`` without its line ending (CRLF, CR or LF)."""
    if "\r" in text:
        return [m.span(1) for m in _LINE.finditer(text) if m.group(0) or m.start() < len(text)]
    # Only LF endings: str.split finds them in C, far faster than a pattern reading every character.
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out if out[-1][0] < len(text) else out[:-1]  # no empty line after a final line ending


def _ends_sentence(line: str) -> bool:
    return bool(re.search(r"[.!?:;\"”’)\]…]\s*$", line))


def paragraphs(text: str) -> list[Span]:
    """Paragraphs: blocks between blank lines; inside a block, each line that ends a thought.

    Hard-wrapped wire copy (a block of three or more lines of even width, or a
    line continued in lower case) is joined back into one paragraph.
    """
    out: list[Span] = []
    block: list[tuple[int, int]] = []  # plain pairs: a Span is made only for each paragraph found
    for start, end in _lines(text) + [(len(text), len(text))]:
        body = text[start:end]
        if body.strip():
            lead, trail = len(body) - len(body.lstrip()), len(body) - len(body.rstrip())
            block.append((start + lead, end - trail))
        elif block:
            out.extend(Span(*p) for p in _split_block(text, block))
            block = []
    return out


def _split_block(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    widths = [end - start for start, end in lines[:-1]]
    wrapped = len(lines) >= 3 and min(widths) >= 40 and min(widths) >= 0.7 * max(widths)
    out = [lines[0]]
    for start, end in lines[1:]:
        previous = text[out[-1][0]:out[-1][1]]
        continues = text[start].islower() and not _ends_sentence(previous)
        if wrapped or continues:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


# Words after which a full stop does not end a sentence. These are general
# English abbreviations, the ones a wire story uses for titles and places.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cmdr",
    "sgt", "adm", "maj", "pres", "st", "mt", "ft", "jr", "sr", "rev", "hon", "messrs", "mdm",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "nos", "vs", "etc", "inc", "co", "corp", "ltd", "plc", "dept", "univ", "approx",
    "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "e.g", "i.e", "a.m", "p.m", "p", "pp", "cllr", "coun", "supt", "insp", "det", "ald",
    "revd", "engr", "atty", "barr", "msgr", "mgr", "ven", "const", "cst",
}

_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|[.!?…]+[\"”’')\]]*(?=\s*$)")


DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")
# Abbreviations a sentence can end on (places, firms, times of day; not a title, which a name follows), and the words that
# then open the next sentence and cannot go on a name ("Washington, D.C. The", not "M.S. Dhoni")
ENDS_SENTENCES = {"u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "inc", "co", "corp", "ltd", "plc", "etc", "jr", "sr", "a.m", "p.m"}
SENTENCE_OPENER = re.compile(r"\s+(?:A|An|The|This|That|These|Those|It|He|She|They|We|I|But|However|Meanwhile)\s")
WORD_BEFORE_DOT = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def abbreviation_before(text: str, dot: int) -> bool:
    word = WORD_BEFORE_DOT.search(text[max(0, dot - 12):dot])
    if not word:
        return False
    w = word.group(1).lower().rstrip(".")
    if w in ENDS_SENTENCES and SENTENCE_OPENER.match(text, dot + 1):
        return False  # "… a suburb of Washington, D.C. A Foreign Ministry official said": a capital "A" or "The" opens one
    if w in ABBREVIATIONS or DOTTED.fullmatch(w):
        return True  # ("N.C.", "M.S. Dhoni": letters with stops between)
    # A single capital initial: "John F. Kennedy".
    return len(w) == 1 and word.group(1).isupper()


def sentences(text: str, within: list[Span] | None = None) -> list[Span]:
    """Sentences inside each paragraph (or inside the spans given)."""
    out = []
    for para in within if within is not None else paragraphs(text):
        chunk = text[para.start:para.end]
        start = 0
        for m in _SENTENCE_END.finditer(chunk):
            if m.group(0)[0] == "." and abbreviation_before(chunk, m.start()):
                continue
            end = m.end()
            if chunk[start:end].strip():
                out.append(_trimmed(text, para.start + start, para.start + end))
            start = end
        if chunk[start:].strip():
            out.append(_trimmed(text, para.start + start, para.end))
    return out


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _plain_letters() -> dict[int, str]:
    table = {}
    for code in range(0xC0, 0x250):  # Latin-1 Supplement and Latin Extended-A and -B
        base = unicodedata.normalize("NFD", chr(code))[0]
        if chr(code).isalpha() and base.isascii() and base.isalpha():
            table[code] = base
    return table | {ord(c): p for c, p in zip("łŁøØđĐı", "lLoOdDi")}  # (letters with no accent to take off)


PLAIN_LETTERS = _plain_letters()
ACCENTED = re.compile("[\u00c0-\u024f]")  # (one range is quicker to test than the letters one by one)


def plain_latin(text: str) -> str:
    """``text`` with accents taken off letter by letter, at the same offsets: the name patterns look for
    capitals as "A-Z", so "Çavuşoğlu" is read as "Cavusoglu" (and spelt back as typed, see ``speech``).

    >>> plain_latin("Mevlüt Çavuşoğlu and Lech Wałęsa")
    'Mevlut Cavusoglu and Lech Walesa'
    """
    # (re finds the few such letters in C; str.translate looks up every character of a text that is not ASCII)
    return ACCENTED.sub(lambda m: PLAIN_LETTERS.get(ord(m.group(0)), m.group(0)), text)


# Letters that re.IGNORECASE takes for ASCII ones but str.lower() does not turn into them: dotted and
# dotless i, long s, Kelvin sign ("İ" even lowers to two characters).
ODD_CASES = "\u0130\u0131\u017f\u212a"
ODD_AS_ASCII = str.maketrans(ODD_CASES, "iisk")


@lru_cache(maxsize=4)  # money, figures and speakers each fold the same article body
def fold_case(text: str) -> str:
    """``text`` as re.IGNORECASE reads it, at the same offsets: a lower-case ASCII pattern without
    IGNORECASE matches it exactly where the pattern with IGNORECASE matches ``text``.

    That pays: only a pattern without IGNORECASE can open with letters that re skips ahead to in C.

    >>> fold_case("Five \u017fix")
    'five six'
    """
    return text.translate(ODD_AS_ASCII).lower() if any(c in text for c in ODD_CASES) else text.lower()


def digit_windows(text: str, before: int = 40, after: int = 80) -> list[tuple[int, int]]:
    """Stretches of ``text`` from ``before`` characters before a number to ``after`` characters after it,
    merged where they overlap. A figure or a sum of money always holds a number, so the costly patterns
    that find them only need to run there.

    >>> digit_windows("In 2019, 5 of 6 said no. Then 70 more.", 2, 3)
    [(1, 18), (28, 35)]
    """
    out: list[tuple[int, int]] = []
    first = last = -1
    for start, end in digit_runs(text):
        if last >= 0 and start - last <= before + after:
            last = end  # the next number is close enough: the same stretch goes on
            continue
        if last >= 0:
            out.append((max(0, first - before), min(len(text), last + after)))
        first, last = start, end
    if last >= 0:
        out.append((max(0, first - before), min(len(text), last + after)))
    return out


@lru_cache(maxsize=4)  # money (twice) and figures each want the numbers of the same article body
def digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    """Where each run of digits is: one scan of the text, however many readers need them.

    >>> digit_runs("In 2019, 5 of 6")
    ((3, 7), (9, 10), (14, 15))
    """
    return tuple(m.span() for m in DIGITS.finditer(text))


DIGITS = re.compile(r"\d\d*")  # (not "\d+": re scans for a first digit faster when the pattern opens with one)


def one_of(words) -> str:
    """A pattern matching any of ``words``, written as a tree of their letters ("sa(?:id|ys)"), the longest that fits first.

    Python's re tries the branches of "said|says|…" one by one at every place; as a tree, a place that
    fits no word is left after a letter or two. Cue verbs, currency names and titles are looked for this way.

    >>> one_of(["said", "says", "say"])
    'sa(?:id|y(?:s)?)'
    """
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)
