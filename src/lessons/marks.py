"""Where quotations are: the marks that open and close them.

Curly and straight double marks, British single marks, French « », a mark typed as ” at both ends, marks
glued to the words around them, quotes that run over several paragraphs (each paragraph reopens the
quote), and block quotes set as paragraphs of their own after an introduction ending in a colon. Who
said each quotation is worked out in ``speech``.

>>> from lessons.text import paragraphs
>>> text = "Talks\\n\\n“We will rebuild,” she said. ‘Slowly,’ she added."
>>> [text[s:e] for s, e, _ in quote_spans(text, paragraphs(text))]
['We will rebuild,', 'Slowly,']
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .cues import CUE
from .people import TITLES
from .text import Span

# ("‟", the reversed mark, opens in some typefaces: '‟or do work beyond 14 hours a week”')
OPEN, CLOSE = "“«„‟", "”»"
DOUBLE = OPEN + CLOSE + '"″'

MARKS = re.compile(f"[{DOUBLE}]")


def quote_spans(text: str, paras: list[Span]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every quotation in ``text``, in order; kind is "direct", "partial" or "block"."""
    return sorted(_quote_spans(text, paras) + _block_quotes(text, paras))


@lru_cache(maxsize=64)
def _balanced(text: str, close: str) -> bool:
    """Whether ``text`` has as many opening marks as closing ones ``close`` (read once per text)."""
    opening = "“‟" if close == "”" else OPEN[CLOSE.index(close)]
    return text.count(close) == sum(text.count(c) for c in opening)


def is_opening(text: str, i: int) -> bool:
    c = text[i]
    if c in OPEN:  # but a stray mark that ends its paragraph ("… available. “") opens nothing
        return text[i + 1:i + 2] not in ("", "\n")
    before = text[i - 1] if i else " "
    if c in CLOSE and not _balanced(text, c) and _opens_glued(text, i):
        return True  # "… a final decision would be taken.”We have noted …", "saying,” we want …"
    if c in CLOSE and (not before.isspace() and i > 0 or _balanced(text, c)):
        return False  # a closing mark opens only where a text types it at both ends (”very hot”) and it starts a word
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{—–-/:" or i == 0:
        # ('" A from mi a 16 years old …," Sharon Whyte said': a mark that starts its paragraph opens even with a
        # space after it)
        return not after.isspace() or before == "\n" and after == " " and text[i + 2:i + 3].isupper()
    # ('… took part in the protest."We carried …': a straight mark glued to a full stop and to a capital, with an even
    # number of straight marks before it in its paragraph, opens)
    if c == '"' and before in ".!?" and after.isupper() and text[i - 2:i - 1].isalpha():
        return text.count('"', text.rfind("\n", 0, i) + 1, i) % 2 == 0
    return False


def _opens_glued(text: str, i: int) -> bool:
    """In a text typing ” at both ends, one glued to the sentence before it opens a quote: after a full stop
    and right before a capital ('taken.”We'), or after "saying," and a space ('saying,” we')."""
    if text[i - 1:i] in (".", "!", "?") and text[i + 1:i + 2].isupper() and text[i - 2:i - 1].isalpha():
        return True
    return bool(CUE_COMMA_BEFORE.search(text, max(0, i - 20), i)) and text[i + 1:i + 2] == " " and text[i + 2:i + 3].isalpha()


CUE_RIGHT_AFTER = re.compile(r"\s*,?\s+(?:said|says|added|told)\s+(?:[A-Z]|the\s|a\s)|\s*,?\s+(?:he|she|they)\s+(?:said|says|added)\b"
                             r"|\s*,?\s+(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*\s+(?:said|says|added|told)\b")  # ("…,” O’Neill said")
CUE_COMMA_BEFORE = re.compile(r"\b(?:saying|said|says|added|adding|stated|told \w+)[,:]$")


def _quote_spans(text: str, paras: list[Span]) -> list[tuple[int, int, str]]:
    """Spans of the words between double quote marks, running on across paragraphs when a
    paragraph ends inside a quote and the next one opens with a mark (the newspaper convention)."""
    out = []
    pending = None  # start of a quote left open at the end of the previous paragraph
    # (a paragraph the cleaning blanked, "The Game Cricket 2024-25" between two paragraphs of one quote, is not there)
    paras = [p for p in paras if not text[p.start:p.end].isspace()]
    for idx, p in enumerate(paras):
        opened = pending
        pending = None
        glued = opened is None and _glued_marks(text, p)
        if glued:  # 'Macron suggested that"certain people"would …': marks typed with no spaces, taken in pairs
            out += [(a + 1, b, "direct") for a, b in zip(glued[::2], glued[1::2])]
            continue
        first, continued = True, opened is not None
        positions = _mark_positions(text)
        for i in positions[bisect.bisect_left(positions, p.start):bisect.bisect_left(positions, p.end)]:
            if opened == i and (text[i - 1] == text[i] or text[i - 1] in OPEN and text[i + 1:i + 2].isalnum()):
                opened = i + 1  # a mark typed twice ('Peters: ""We want …"', 'will formalize “”a 2 percent') opens once
                continue
            # a right-hand mark after a space closes an open quote even where it looks like an opening one
            # («…, ”he said); glued to the words before ("Bannu?”I told her") it closes one and opens the next
            if first and continued and text[i] in CLOSE and not text[i - 1].isspace():
                out.append((opened, i, "direct"))  # 'you are.”The Gulen group …' ends the quote run on from above
                opened, first = None, False
                continue
            if first and continued and i == p.start and is_opening(text, i):
                first = False  # a continued quote re-opens each paragraph (with a mark of either hand: '”I believe …')
                continue
            if is_opening(text, i) and not (opened is not None and text[i] in CLOSE and text[i - 1].isspace()):
                if opened is not None and i == p.start:
                    continue  # a continued quote re-opens each paragraph
                if opened is not None:
                    out.append((opened, _trim_end(text, i), "direct"))
                opened = i + 1
            elif opened is not None:
                out.append((opened, i, "direct"))
                opened = None
            elif first and i > p.start and CUE_RIGHT_AFTER.match(text, i + 1, p.end):
                # "You don't get to remove a President …,” said Rep. Mike Johnson": the opening mark was lost
                out.append((p.start + (text[p.start] in "'‘"), i, "direct"))  # (or opened with a single mark)
            first = False
        if opened is not None:
            nxt = paras[idx + 1] if idx + 1 < len(paras) else None
            if nxt is not None and (text[nxt.start] in DOUBLE and is_opening(text, nxt.start) or _goes_on_unopened(text, nxt)):
                pending = opened
            else:
                out.append((opened, _trim_end(text, p.end), "direct"))
    out += _single_quote_spans(text, paras, out)
    out = [(_skip_spaces(text, s, e), e, kind) for s, e, kind in out]
    return [(s, e, quote_kind(text, s, e)) for s, e, _ in out if text[s:e].strip(" ,.") and not _nickname(text, s, e)]


def _skip_spaces(text: str, start: int, end: int) -> int:
    """A quotation starts at its first word, past a space typed after the opening mark ('“ We want')."""
    while start < end and text[start] == " ":
        start += 1
    return start


def _goes_on_unopened(text: str, p: Span) -> bool:
    """Whether the paragraph's first mark closes a quote: one that went on from the paragraph before, whose
    writer (or the page's copy) left off the mark that reopens it ('from 10 pm to 5 am," an army spokesman
    said', '… the event”.')."""
    positions = _mark_positions(text)
    k = bisect.bisect_left(positions, p.start)
    if k == len(positions) or positions[k] >= p.end:
        return False
    i = positions[k]
    return text[i] in CLOSE and not text[i - 1].isspace() or not is_opening(text, i)


@lru_cache(maxsize=4)
def _mark_positions(text: str) -> list[int]:
    """Where every double mark is: a plain search for each kind of mark (a pattern for any of them tests every
    character of the text), done once per text."""
    out = []
    for mark in DOUBLE:
        at = text.find(mark)
        while at >= 0:
            out.append(at)
            at = text.find(mark, at + 1)
    return sorted(out)


def _glued_marks(text: str, p: Span) -> list[int]:
    """Where a paragraph's straight double marks are, if it has only those, an even number of them, and one
    typed between two words ('that"certain'): spacing cannot tell its opening marks from its closing ones."""
    if not GLUED_MARK.search(text, p.start, p.end):
        return []
    chunk = text[p.start:p.end]
    if any(c in chunk for c in OPEN + CLOSE) or chunk.count('"') % 2:
        return []
    return [m.start() for m in STRAIGHT_MARK.finditer(text, p.start, p.end)]


GLUED_MARK = re.compile(r'"(?<=\w")(?=\w)')
STRAIGHT_MARK = re.compile('"')


def _nickname(text: str, start: int, end: int) -> bool:
    """'Juan Miguel “Migz” Zubiri': one capitalised word in marks between two names is a nickname, not a quotation."""
    return bool(NICKNAME.fullmatch(text, start, end)) and bool(NAME_ENDS.search(text, max(0, start - 40), start - 1)) \
        and text[end + 1:end + 2] == " " and text[end + 2:end + 3].isupper()


NICKNAME = re.compile(r"[A-Z][\w’'-]*")
NAME_ENDS = re.compile(r"[A-Z][\w’'.-]+ $")


def _trim_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


# The mark comes first and what stands before it is looked back at: a pattern that opens with a character
# set lets re skip ahead to the next mark in C.
# (one character set first, the right-hand mark in it too: an alternation of two would be tried at every character)
SINGLE_OPEN = re.compile(r"[‘'’](?:(?<=[‘'])(?<![\w’'][‘'])(?=[\w\[(…])|(?<=[,:]’)(?= ?[A-Z]))")
SINGLE_CLOSE = re.compile(r"[’'](?<=[\w.,!?…\])][’'])(?![\w])")


def _single_quote_spans(text, paras, doubles):
    """British-style quotes in single marks, outside double quotes, across paragraphs as doubles do.

    An apostrophe inside a word ("don’t") never closes a quote; one after a plural
    ("the employers’ court") closes it only if no later mark in the paragraph can.
    """
    out, pending = [], None
    for idx, p in enumerate(paras):
        if pending is None and not SINGLE_OPEN.search(text, p.start, p.end):
            continue
        closers = [m.start() for m in SINGLE_CLOSE.finditer(text, p.start, p.end)]
        opened, pos = pending, p.start
        pending = None
        if opened is not None and text[p.start] in "‘'":
            pos = p.start + 1  # a continued quote re-opens the paragraph
        while True:
            if opened is None:
                m = SINGLE_OPEN.search(text, pos, p.end)
                if not m:
                    break
                pos = m.end()
                if text[m.start()] == "’" and not CUE_COMMA_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                    continue  # a right-hand mark opens only after a cue ("Nyamu said,’ We have called off …’")
                opened = m.end()
            later = [c for c in closers if c >= pos]
            close = next((c for i, c in enumerate(later) if not (_plural_possessive(text, c) and i + 1 < len(later))), None)
            if close is None:
                break
            out.append((opened, close))
            opened, pos = None, close + 1
        if opened is not None:
            nxt = paras[idx + 1] if idx + 1 < len(paras) else None
            if nxt is not None and text[nxt.start] in "‘'" and SINGLE_OPEN.match(text, nxt.start):
                pending = opened
            elif opened == p.start + 1 or re.search(r"(?::\s*|[.!?]\s+)[‘']$", text[max(p.start, opened - 4):opened]):
                # a quoted paragraph whose closing mark was left off, or typed as a double one ('…from Banda,"
                # Mr Pathak said): it ends at the first double mark that closes, if one comes before any that opens
                mark = MARKS.search(text, opened, p.end)
                closes = mark and not is_opening(text, mark.start())
                out.append((opened, mark.start() if closes else _trim_end(text, p.end)))
            elif text[opened - 1] == "‘" and UNCLOSED_TAIL.fullmatch(text, opened, _trim_end(text, p.end)):
                out.append((opened, _trim_end(text, p.end)))  # "… who were ‘absolutely outstanding." (left unclosed)
    doubles_at = [(s, e) for s, e, _ in doubles]
    return [(s, e, "direct") for s, e in out
            if not any(ds <= s < de for ds, de in doubles_at) and _words_ok(text[s:e])]


UNCLOSED_TAIL = re.compile(r"[a-z][\w’-]* [^‘’'\"“”]*[.!?]")


def _plural_possessive(text: str, at: int) -> bool:
    """"the workers' pay": an s, the mark, then a noun (but "… and thoughts' to be …" closes a quote: no noun)."""
    after = re.match(r"[’']\s+([a-z]+)", text[at:at + 16])
    return text[at - 1:at] == "s" and bool(after) and after.group(1) not in FUNCTION_WORDS


FUNCTION_WORDS = {"to", "and", "or", "but", "as", "in", "by", "for", "from", "is", "are", "was", "were", "with", "on",
                  "at", "of", "that", "which", "who", "after", "before", "while", "when", "because", "if", "than", "into"}


def _words_ok(inner: str) -> bool:
    """Two words or more, or one whole word ('crazy'): not a stray apostrophe."""
    return len(inner.split()) >= 2 or bool(re.fullmatch(r"[A-Za-z][\w-]*[.,!?]?", inner.strip()))


def quote_kind(text: str, start: int, end: int) -> str:
    first = text[start:end].lstrip("[( \u00a0")[:1]
    before = text[:start - 1].rstrip()
    starts_sentence = not before or before[-1] in ".!?:,\n\"”" or before.endswith(("\n",))
    return "direct" if first.isupper() and starts_sentence else "partial"


def _block_quotes(text: str, paras: list[Span]) -> list[tuple[int, int, str]]:
    """Quotes set as their own paragraphs after an introduction ending in a colon."""
    out = []
    for i, p in enumerate(paras[:-1]):
        intro = text[p.start:p.end].rstrip()
        if not intro.endswith(":") or not CUE.search(intro) or _has_marks(text, paras[i + 1]):
            continue
        speaker_words = {w for w in re.findall(r"[A-Z][\w’'-]+", intro) if w.lower() not in TITLES}
        last = i + 1
        for j in range(i + 2, min(i + 5, len(paras))):
            nxt = text[paras[j].start:paras[j].end]
            third_person = re.match(r"(?:He|She|They)\b", nxt) or any(re.search(rf"\b{re.escape(w)}\b", nxt) for w in speaker_words)
            if _has_marks(text, paras[j]) or third_person or not nxt.strip() or nxt.rstrip().endswith(":"):
                break
            last = j
        if text[paras[i + 1].start:paras[i + 1].end].strip():
            out.append((paras[i + 1].start, paras[last].end, "block"))
    return out


def _has_marks(text: str, p: Span) -> bool:
    return any(c in DOUBLE for c in text[p.start:p.end])
