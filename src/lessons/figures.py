"""Figures other than money: counts, ages and durations, multiples, percentages.

Each figure keeps its value, what it counts (its unit) and the words it was
written with, so the same figure told several ways can be lined up.

>>> [(f.text, f.value, f.unit, f.kind) for f in find_figures("It keeps 28,500 troops there, a five-fold rise in 66 years.")]
[('28,500 troops', 28500.0, 'troops', 'count'), ('five-fold', 5.0, 'times', 'multiple'), ('66 years', 66.0, 'year', 'duration')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .money import QUALIFIERS, SCALES, _alt


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
COLLECTIVE = {"people", "personnel", "staff", "police", "children", "men", "women", "troops", "cattle", "crew", "aircraft"}
NOT_COUNTED = {"us", "was", "has", "is", "its", "this", "as", "his", "hers", "yes", "less", "unless", "across", "thus", "plus", "news"}

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = _alt(k for k in NUMBER_WORDS if k not in {"a", "an", "half an", "half a"})
_NUMBER = rf"(?P<num>{_DIGITS}|\b(?:{_WORDS})\b)(?:\s+(?P<scale>thousand|million|billion|trillion)\b)?"
_QUAL = rf"(?:\b(?P<qual>{_alt(QUALIFIERS)})\s+)?"
_UNIT = rf"(?P<unit>{'|'.join(TIME_UNITS)})(?:s|ies)?"

PERCENT = re.compile(rf"{_QUAL}{_NUMBER}\s*(?P<sign>%|per\s?cent\b|percent\b|percentage points?\b)", re.I)
MULTIPLE = re.compile(
    rf"{_QUAL}(?:{_NUMBER}\s*(?:-\s*fold\b|fold\b|\s+times\b(?=\s+(?:the|more|higher|larger|greater|bigger|as|over|what|that)\b)))"
    rf"|\b(?P<mword>{'|'.join(MULTIPLE_WORDS)})\b(?=\s+(?:the|what|its|their)\b)",
    re.I,
)
AGE = re.compile(rf"{_QUAL}{_NUMBER}-{_UNIT.replace('(?:s|ies)?', '')}(?:-old)?\b", re.I)
DURATION = re.compile(rf"{_QUAL}(?P<num>{_DIGITS}|\b(?:{_alt(NUMBER_WORDS)})\b)\s+{_UNIT}\b", re.I)
COUNT = re.compile(rf"{_QUAL}{_NUMBER}(?P<rest>(?:\s+[\w’'.-]+){{1,4}})", re.I)
YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")
MONTHS = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", re.I)


def _value(num: str, scale: str | None) -> float:
    n = num.lower()
    base = NUMBER_WORDS[n] if n in NUMBER_WORDS else float(n.replace(",", ""))
    return float(base) * SCALES.get((scale or "").lower(), 1.0)


def _taken(spans, start, end) -> bool:
    return any(s < end and start < e for s, e in spans)


def find_figures(text: str, skip: list[tuple[int, int]] = ()) -> list[Figure]:
    """Every figure in ``text`` that is not inside one of the ``skip`` spans (e.g. money)."""
    taken = list(skip)
    found: list[Figure] = []

    def add(m, value, unit, kind):
        start, end = m.start(), m.end()
        while text[end - 1] in " .,;:":
            end -= 1
        if _taken(taken, start, end):
            return
        taken.append((start, end))
        qual = (m.groupdict().get("qual") or "").lower()
        found.append(Figure(start, end, text[start:end], float(value), unit, kind, qual))

    for m in PERCENT.finditer(text):
        add(m, _value(m["num"], m["scale"]), "percentage points" if "point" in m["sign"].lower() else "%", "percent")
    for m in MULTIPLE.finditer(text):
        value = MULTIPLE_WORDS[m["mword"].lower()] if m["mword"] else _value(m["num"], m["scale"])
        add(m, value, "times", "multiple")
    for m in AGE.finditer(text):
        add(m, _value(m["num"], m["scale"]), m["unit"].lower(), "age")
    for m in DURATION.finditer(text):
        add(m, _value(m["num"], None), m["unit"].lower(), "duration")
    for m in COUNT.finditer(text):
        counted = _counted(m)
        if counted is None or _not_a_count(text, m):
            continue
        end = m.start("rest") + counted[1]
        sub = re.match(r".*", text[m.start():end])
        add(_Match(m, m.start(), m.start() + sub.end()), _value(m["num"], m["scale"]), counted[0], "count")
    return sorted(found, key=lambda f: f.start)


class _Match:
    """A regex match cut short: the count ends at the noun it counts."""

    def __init__(self, m, start, end):
        self._m, self._start, self._end = m, start, end

    def start(self):
        return self._start

    def end(self):
        return self._end

    def groupdict(self):
        return self._m.groupdict()


def _counted(m) -> tuple[str, int] | None:
    """The noun a number counts, and where it ends within the words after it."""
    for w in re.finditer(r"[\w’'.-]+", m["rest"]):
        word = w.group(0).rstrip(".").lower()
        if word in COLLECTIVE or (len(word) > 3 and word.endswith("s") and word not in NOT_COUNTED and not word.endswith("ss")):
            return word, w.end() - (len(w.group(0)) - len(w.group(0).rstrip(".")))
        if word in {"of", "and", "or", "to", "in", "on", "at", "for", "than", "from", "the", "a", "an", "that", "who", "which"}:
            return None
    return None


def _not_a_count(text: str, m) -> bool:
    num = m["num"]
    if YEAR.match(num) and not m["scale"]:
        return True
    before = text[max(0, m.start() - 12):m.start()]
    if MONTHS.search(before) or re.search(r"[\w$€£¥₩.,-]$", before) or text[m.end("num"):m.end("num") + 1] in "-–/:":
        return True
    return num.lower() in {"one"} and not m["qual"]
