"""Figures other than money: counts, ages and durations, multiples, percentages.

Each figure keeps its value, what it counts (its unit) and the words it was
written with, so the same figure told several ways can be lined up.

>>> [(f.text, f.value, f.unit, f.kind) for f in find_figures("It keeps 12,400 troops there, a five-fold rise in 66 years.")]
[('12,400 troops', 12400.0, 'troops', 'count'), ('five-fold', 5.0, 'times', 'multiple'), ('66 years', 66.0, 'year', 'duration')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .amounts import QUALIFIERS, SCALES, _alt
from .text import digit_runs, fold_case


@dataclass(frozen=True)
class Figure:
    """One figure in a text: ``value`` of ``unit``, of a ``kind`` (count, age, duration, multiple, percent)."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    kind: str
    qualifier: str = ""


NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24,
    "hundreds": 200, "thousands": 2000, "a": 1, "an": 1, "half an": 0.5, "half a": 0.5,
}
MULTIPLE_WORDS = {"double": 2, "twice": 2, "triple": 3, "treble": 3, "quadruple": 4, "half": 0.5}
TIME_UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")
# Nouns that count people or things without a plural -s.
COLLECTIVE = {"people", "personnel", "staff", "police", "children", "men", "women", "troops", "cattle", "crew", "aircraft",
              "dead", "injured", "wounded"}  # ("55 dead")
NOT_COUNTED = {"us", "was", "has", "is", "its", "this", "as", "his", "hers", "yes", "less", "unless", "across", "thus", "plus", "news"}

# 12,400 | 160 000 (a space between thousands, as many papers write them) | 4.5
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?!\d)|\d+(?:\.\d+)?"
_WORD_LIST = [k for k in NUMBER_WORDS if k not in {"a", "an", "half an", "half a"}]
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# "twenty-four", "seventy-eight": a tens word and a ones word joined
_WORDS = rf"(?:{_alt(_TENS)})-(?:{_alt(_ONES)})|{_alt(_WORD_LIST)}"
_UNIT = rf"(?P<unit>{'|'.join(TIME_UNITS)})"



def _word_start(alternatives) -> str:
    r"""``\b(?:a|b|...)`` for lower-case alternatives, with the ``\b`` checked after each first letter: a
    pattern opening with letters (and no IGNORECASE) lets re skip ahead to them in C."""
    return "|".join(rf"{w[0]}(?<!\w{w[0]}){w[1:]}" for w in alternatives)


# Everything below is matched at a number found by NUMBER, not searched for
# across the text: a figure always starts with its number (or "a"/"an"), and
# anchoring there keeps annotation fast on long stories.
NUMBER = re.compile(rf"(?=[\dotfsenhdOTFSENHD])(?<![\w.,$€£¥₩-])(?P<num>{_DIGITS}|(?:{_WORDS})\b)(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?", re.I)
# The number words that start with no other one: finding "seven" also finds "seventeen" and "seventy".
WORD_HEADS = [w for w in _WORD_LIST if not any(o != w and w.startswith(o) for o in _WORD_LIST)]
# These two are read in the text as IGNORECASE reads it (``fold_case``), without IGNORECASE.
AN_BEFORE = re.compile(rf"(?P<num>{_word_start(['half an?', 'an?'])})\s+\Z")  # right before a time unit
MULTIPLE_WORD = re.compile(rf"(?P<mword>{_word_start(MULTIPLE_WORDS)})\b(?=\s+(?:the|what|its|their)\b)")
SUFFIXES = [
    ("percent", re.compile(r"\s*(?P<sign>%|per\s?cent\b|percent\b|percentage points?\b|(?-i:pc)\b)", re.I)),  # ("10pc")
    ("multiple", re.compile(r"\s*-\s*fold\b|fold\b|\s+times\b(?=\s+(?:the|more|higher|larger|greater|bigger|as|over|what|that)\b)", re.I)),
    ("age", re.compile(rf"-{_UNIT}(?:-old)?\b", re.I)),
    ("duration", re.compile(rf"\s+{_UNIT}(?:s)?\b", re.I)),
]
COUNTED = re.compile(r"(?P<rest>(?:\s+[\"“]?[\w’'.-]+[\"”]?){1,5})")  # ('6,000 "net" jobs': a word in quote marks)
AND_A_HALF = re.compile(r"[- ]and[- ]a[- ]half\b")
QUAL_BEFORE = re.compile(rf"\b(?P<qual>{_alt(QUALIFIERS)})\s+(?:an?\s+)?$", re.I)  # "more than a five-fold rise"
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")
LABEL_BEFORE = re.compile(r"\b(?:article|section|chapter|clause|cap|part|rule|schedule|paragraph|page|no\.?|number)\s+$", re.I)
MONTHS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", re.I)


def _value(num: str, scale: str | None) -> float:
    n = num.lower()
    if "-" in n:  # "twenty-four"
        return float(sum(NUMBER_WORDS[w] for w in n.split("-"))) * SCALES.get((scale or "").lower(), 1.0)
    base = NUMBER_WORDS[n] if n in NUMBER_WORDS else float(n.replace(",", "").replace(" ", ""))
    return float(base) * SCALES.get((scale or "").lower(), 1.0)


def find_figures(text: str, skip: list[tuple[int, int]] = ()) -> list[Figure]:
    """Every figure in ``text`` that is not inside one of the ``skip`` spans (e.g. money)."""
    taken = sorted(skip)
    found: list[Figure] = []

    def add(start, end, value, unit, kind, need_qualifier=False):
        if any(s < end and start < e for s, e in taken):
            return
        q = QUAL_BEFORE.search(text, max(0, start - 25), start)
        if need_qualifier and not q:
            return
        if q:
            start = q.start()
        found.append(Figure(start, end, text[start:end], float(value), unit, kind, q["qual"].lower() if q else ""))

    folded = fold_case(text)
    for m in _numbers(text, folded):
        if _not_a_figure(text, m):
            continue
        value, end = _value(m["num"], m["scale"]), m.end()
        half = AND_A_HALF.match(folded, end)
        if half:  # "two-and-a-half years", "eight and a half minutes"
            value, end = value + 0.5, half.end()
        for kind, suffix in SUFFIXES:
            s = suffix.match(text, end)
            if s:
                unit = {"percent": "%", "multiple": "times"}.get(kind) or s["unit"].lower()
                if kind == "percent" and "point" in s["sign"].lower():
                    unit = "percentage points"
                add(m.start(), s.end(), value, unit, kind)
                break
        else:
            counted = _counted(COUNTED.match(text, end))
            if counted and not YEAR.match(m["num"]) and m["num"].lower() != "one":
                add(m.start(), end + counted[1], value, counted[0], "count")
    for start, end, num, unit in _a_unit(folded):
        add(start, end, NUMBER_WORDS[num], unit, "duration", need_qualifier=True)
    for m in MULTIPLE_WORD.finditer(folded) if any(w in folded for w in MULTIPLE_WORDS) else ():
        add(m.start(), m.end(), MULTIPLE_WORDS[m["mword"]], "times", "multiple")
    return sorted(found, key=lambda f: f.start)


def _a_unit(folded: str) -> list[tuple[int, int, str, str]]:
    """(start, end, "a"/"an"/"half an", unit) for "an hour", "a week", "half a day" in ``folded``: each time unit
    found by a plain search, then "a" or "an" looked for right before it (a pattern opening with "a" or "h" would
    stop at nearly every word)."""
    out = []
    for unit in TIME_UNITS:
        at = folded.find(unit)
        while at >= 0:
            end = at + len(unit)
            if at and folded[at - 1].isspace() and not (folded[end:end + 1].isalnum() or folded[end:end + 1] == "_"):
                m = AN_BEFORE.search(folded, max(0, at - 12), at)
                if m:
                    out.append((m.start(), end, m["num"], unit))
            at = folded.find(unit, end)
    return out


def _numbers(text: str, folded: str):
    """``NUMBER.finditer(text)``, with NUMBER tried only where a number can start: at a digit, or where
    a number word begins in ``folded`` (``fold_case(text)``).

    NUMBER opens with a lookahead, so ``finditer`` would try it at every position of the text;
    finding the few places it can match with plain searches in C is much faster."""
    starts = [start for start, _ in digit_runs(text)]
    for word in WORD_HEADS:
        at = folded.find(word)
        while at >= 0:
            if not at or not (folded[at - 1].isalnum() or folded[at - 1] == "_"):  # ("someone", "often": no number)
                starts.append(at)
            at = folded.find(word, at + len(word))
    end = 0  # as in finditer, a match never starts inside the one before
    for at in sorted(starts):
        m = NUMBER.match(text, at) if at >= end else None
        if m:
            end = m.end()
            yield m


def _not_a_figure(text: str, m) -> bool:
    """Years, dates ("Nov 19"), labels ("section 17", "Article 4") and parts of ranges or codes ("1950-53", "G7")
    are not figures."""
    before = text[max(0, m.start() - 12):m.start()]
    return bool(MONTHS.search(before) or LABEL_BEFORE.search(before)) or text[m.end("num"):m.end("num") + 1] in ("/", ":") or (
        text[m.end("num"):m.end("num") + 1] == "-" and text[m.end("num") + 1:m.end("num") + 2].isdigit()
    )


COUNTED_WORD = re.compile(r"[\"“]?([\w’'.-]+)[\"”]?")
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
OF_WHOSE = {"the", "its", "their", "his", "her", "our", "these", "those"}


def _plural(word: str) -> bool:
    """Whether ``word`` (lower case) names what a number counts: "troops", "people", "countries" (not "court's")."""
    return word in COLLECTIVE or (len(word) > 3 and word.endswith("s") and word not in NOT_COUNTED
                                  and not word.endswith(("ss", "’s", "'s")))


def _counted(m) -> tuple[str, int] | None:
    """The noun a number counts, and where it ends within the words after it."""
    if m is None:
        return None
    words = list(COUNTED_WORD.finditer(m["rest"]))
    whose = len(words) > 2 and words[0].group(1).lower() == "of" and (
        words[1].group(1).lower() in OF_WHOSE or words[1].group(1).endswith(("’s", "'s")))
    for i, w in enumerate(words):
        written = w.group(1).rstrip(".")
        word = written.lower()
        if word in {"a.m", "p.m", "am", "pm"} or PARAGRAPH_BREAK.search(m["rest"], 0, w.start()):
            return None  # "9 p.m.": a time of day; and a count never reaches into the next paragraph
        if i < 2 and whose:
            continue  # "three of Detroit’s manufacturers", "four of its factories": a part of a whole, counted
        if (_plural(word) or ACRONYM_PLURAL.fullmatch(written)) and not (
                (written[0].isupper() or word in COLLECTIVE) and i + 1 < len(words)
                and _plural(after := words[i + 1].group(1).rstrip(".").lower()) and after not in COLLECTIVE):
            # ("50 Texas Democrats", "two police officers": a name or a word for a body, then what is counted; "15 MPs")
            return (written if written[0].isupper() else word), w.start(1) + len(written)
        if word in {"of", "and", "or", "to", "in", "on", "at", "for", "than", "from", "the", "a", "an", "that", "who", "which"}:
            return None
    return None
