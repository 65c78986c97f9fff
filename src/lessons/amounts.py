"""Money as journalists write it: "US$5 billion", "2.5 trillion won", "about $1bn".

One parser serves the annotator, the notebooks and the command line. Every
mention keeps the words it was written with, its qualifier ("about", "up to")
and whether its currency was assumed (a bare "$" is read as US dollars).

>>> m = parse_money("up to US$5 billion")
>>> m.amount, m.currency, m.qualifier, m.unit
(5000000000.0, 'USD', 'up to', 'US$')
>>> [(m.text, m.amount, m.currency) for m in find_money("It paid 2.5 trillion won (S$2.9 billion).")]
[('2.5 trillion won', 2500000000000.0, 'KRW'), ('S$2.9 billion', 2900000000.0, 'SGD')]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .text import digit_runs, digit_windows, fold_case, one_of


class MoneyError(ValueError):
    """Text that is not an amount of money."""


@dataclass(frozen=True)
class Money:
    """One mention of an amount of money in a text."""

    start: int
    end: int
    text: str
    amount: float
    currency: str
    unit: str
    scale: str = ""
    qualifier: str = ""
    high: float | None = None
    assumed: bool = False


SYMBOLS = {
    "US$": "USD", "U.S.$": "USD", "USD$": "USD", "S$": "SGD", "SG$": "SGD", "HK$": "HKD", "A$": "AUD", "AU$": "AUD",
    "C$": "CAD", "CA$": "CAD", "CAN$": "CAD", "NZ$": "NZD", "NT$": "TWD", "R$": "BRL", "MX$": "MXN", "$": "USD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR", "₽": "RUB", "₺": "TRY", "₪": "ILS",
    "฿": "THB", "Rs": "INR", "Rs.": "INR", "RM": "MYR", "Rp": "IDR", "Rp.": "IDR", "SR": "SAR", "Aus$": "AUD",
    "AUS$": "AUD", "₱": "PHP", "R": "ZAR", "P": "PHP", "Cdn$": "CAD", "CDN$": "CAD", "₦": "NGN", "E£": "EGP",
    "GH₵": "GHS", "₵": "GHS", "GH¢": "GHS", "KSh": "KES", "Ksh": "KES", "Sh": "KES", "Tk": "BDT", "৳": "BDT", "₫": "VND",
    "N": "NGN",  # Nigerian papers write the naira as a plain N ("N2.17 trillion"): a single letter, see below
}
# Letters that stand for a currency only right before digits: "Rs 500", "RM17mil", "Rp 480 trillion", "R2bn".
LETTER_SYMBOLS = ("Rs.", "Rs", "RM", "Rp.", "Rp", "SR", "KSh", "Ksh", "Sh", "Tk")
# Single letters are too common to trust unless a scale or a thousands separator follows: "R2 billion", "P1,500".
SINGLE_LETTERS = ("R", "P", "N")
# Codes a news story uses; conversion checks them against the rate data anyway.
CODES = set(
    "USD EUR GBP JPY CNY RMB KRW SGD HKD AUD CAD CHF INR NZD SEK NOK DKK RUB BRL MXN ZAR TWD THB IDR MYR PHP "
    "VND TRY PLN CZK HUF ILS AED SAR ISK RON BGN HRK NGN KES UGX TZS EGP GHS PKR LKR BDT NPR QAR KWD NIS OMR JOD MAD "
    "ARS CLP COP PEN UAH KZT".split()
)
CODE_ALIASES = {"RMB": "CNY", "NIS": "ILS"}  # codes in common use that are not the ISO ones
NAMES = {
    "dollar": "USD", "won": "KRW", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "euro": "EUR",
    "pound": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "rupee": "INR", "ringgit": "MYR",
    "baht": "THB", "rupiah": "IDR", "peso": "MXN", "franc": "CHF", "rouble": "RUB", "ruble": "RUB",
    "lira": "TRY", "rand": "ZAR", "reais": "BRL", "krona": "SEK", "kronor": "SEK", "krone": "NOK",
    "kroner": "NOK", "zloty": "PLN", "shekel": "ILS", "dong": "VND", "dirham": "AED", "riyal": "SAR",
    "naira": "NGN", "shilling": "KES", "cedi": "GHS", "taka": "BDT", "rp": "IDR", "rial": "IRR", "dinar": "KWD",
    "hryvnia": "UAH", "tenge": "KZT", "sol": "PEN", "soles": "PEN",
}
# Names that are only sure with their country: "Singapore dollars", "Philippine pesos".
COUNTRY_NAMES = {
    ("us", "dollar"): "USD", ("u.s.", "dollar"): "USD", ("american", "dollar"): "USD",
    ("singapore", "dollar"): "SGD", ("hong kong", "dollar"): "HKD", ("australian", "dollar"): "AUD",
    ("canadian", "dollar"): "CAD", ("new zealand", "dollar"): "NZD", ("taiwan", "dollar"): "TWD",
    ("new taiwan", "dollar"): "TWD", ("south korean", "won"): "KRW", ("korean", "won"): "KRW",
    ("japanese", "yen"): "JPY", ("chinese", "yuan"): "CNY", ("british", "pound"): "GBP",
    ("indian", "rupee"): "INR", ("philippine", "peso"): "PHP", ("mexican", "peso"): "MXN",
    ("swiss", "franc"): "CHF", ("russian", "rouble"): "RUB", ("russian", "ruble"): "RUB",
    ("turkish", "lira"): "TRY", ("south african", "rand"): "ZAR", ("swedish", "krona"): "SEK",
    ("norwegian", "krone"): "NOK", ("danish", "krone"): "DKK", ("brazilian", "real"): "BRL",
    ("danish", "kroner"): "DKK", ("norwegian", "kroner"): "NOK", ("swedish", "kronor"): "SEK",
    ("indonesian", "rupiah"): "IDR", ("malaysian", "ringgit"): "MYR", ("egyptian", "pound"): "EGP",
    ("kenyan", "shilling"): "KES", ("ugandan", "shilling"): "UGX", ("tanzanian", "shilling"): "TZS",
    ("pakistani", "rupee"): "PKR", ("sri lankan", "rupee"): "LKR", ("nepalese", "rupee"): "NPR",
    ("nigerian", "naira"): "NGN", ("ghanaian", "cedi"): "GHS", ("bangladeshi", "taka"): "BDT",
    # (papers in these countries name the currency after the country itself: "Kenya shillings", "Ghana cedis")
    ("ghana", "cedi"): "GHS", ("kenya", "shilling"): "KES", ("uganda", "shilling"): "UGX", ("tanzania", "shilling"): "TZS",
    ("saudi", "riyal"): "SAR", ("qatari", "riyal"): "QAR", ("omani", "rial"): "OMR", ("iranian", "rial"): "IRR",
    ("emirati", "dirham"): "AED", ("uae", "dirham"): "AED", ("moroccan", "dirham"): "MAD", ("kuwaiti", "dinar"): "KWD",
    ("jordanian", "dinar"): "JOD", ("iraqi", "dinar"): "IQD", ("israeli", "shekel"): "ILS", ("new israeli", "shekel"): "ILS",
    ("argentine", "peso"): "ARS", ("chilean", "peso"): "CLP", ("colombian", "peso"): "COP", ("ukrainian", "hryvnia"): "UAH",
}
# Names and symbols several countries share: a country named in the same sentence decides.
SHARED = {
    "peso": {"philippine": "PHP", "philippines": "PHP", "mexican": "MXN", "mexico": "MXN", "argentine": "ARS", "chilean": "CLP",
             "colombian": "COP"},
    "pound": {"egyptian": "EGP", "egypt": "EGP", "lebanese": "LBP", "british": "GBP", "uk": "GBP", "britain": "GBP"},
    "shilling": {"kenyan": "KES", "kenya": "KES", "ugandan": "UGX", "uganda": "UGX", "tanzanian": "TZS", "tanzania": "TZS"},
    "rupee": {"pakistani": "PKR", "pakistan": "PKR", "sri lankan": "LKR", "sri lanka": "LKR", "nepal": "NPR", "indian": "INR",
              "india": "INR"},
    "rs": {"pakistani": "PKR", "pakistan": "PKR", "sri lankan": "LKR", "sri lanka": "LKR", "nepal": "NPR", "indian": "INR",
           "india": "INR", "karachi": "PKR", "lahore": "PKR", "islamabad": "PKR", "colombo": "LKR", "kathmandu": "NPR"},
    "¥": {"china": "CNY", "chinese": "CNY", "yuan": "CNY", "renminbi": "CNY", "beijing": "CNY", "japan": "JPY", "japanese": "JPY"},
}
# Currencies whose bare name or symbol is a guess: say so in the result.
ASSUMED_NAMES = {"dollar", "peso", "franc", "krone", "kroner", "pound", "rupee"}
SCALES = {
    "quadrillion": 1e15, "tln": 1e12, "thousand": 1e3, "k": 1e3, "lakh": 1e5, "crore": 1e7, "cr": 1e7, "million": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6,
    "m": 1e6, "billion": 1e9, "bn": 1e9, "bln": 1e9, "bil": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "tr": 1e12, "t": 1e12, "lakh crore": 1e12, "thousand crore": 1e10,
}
# Hundredths written as their own unit: "30.6p", "50 cents".
SUBUNITS = {"p": "GBP", "pence": "GBP", "cent": "USD", "cents": "USD", "sen": "MYR"}
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "a": 1, "half a": 0.5,
}
QUALIFIERS = (
    "about", "around", "approximately", "roughly", "nearly", "almost", "some", "up to", "more than", "over",
    "less than", "under", "at least", "at most", "as much as", "as little as", "an estimated", "close to",
    "upwards of", "just over", "just under", "below", "above", "in excess of", "as many as", "an additional",
)


def _alt(words) -> str:
    return one_of(words)  # as a tree of letters: long lists of currency names cost little to look for


_LONG_SCALE = r"(?:lakh\s+crore|thousand\s+crore|thousand|lakh|crore|million|billion|trillion|quadrillion)s?"
# 1,234,567.8 | 1,24,000 (Indian grouping) | 17,2 before a scale (decimal comma) | 1234.5 | .5
# ("€1 500 000", "R350 000": a space, or a no-break one, between thousands)
_NUM = (r"(?:\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])"
        rf"|\d+,\d{{1,2}}(?=\s?-?{_LONG_SCALE}\b|\s?-?(?:bn|mn|m|b)\b)|\d+(?:\.\d+)?|\.\d+)")
_WORDNUM = rf"(?:{_alt(WORD_NUMBERS)})"
_SHORT_SCALE = r"(?:mns?|mln|bns?|bln|mil|bil|tns?|trn|tln|tr|crs?)(?:\.(?!\s|$))?"  # (a full stop after "bn" ends the sentence)
_SCALE = rf"(?:\s*-?\s*{_LONG_SCALE}\b|\s?{_SHORT_SCALE}(?!\w)|(?:m|b|k|t)\b|\s(?:m|b)\b(?![-’']))"  # ("SEK 96.5 m")
_SYMBOL = (
    rf"(?:\$(?-i:{_alt(CODES)})(?=\s?\d)|{_alt(k for k in SYMBOLS if not k.rstrip('.').isalpha())}"
    rf"|(?<![A-Za-z])(?-i:{_alt(LETTER_SYMBOLS)})(?=\s?\d)"
    rf"|(?<![A-Za-z])(?-i:{_alt(SINGLE_LETTERS)})(?=\d[\d.]*[\s-]?(?:{_LONG_SCALE}|{_SHORT_SCALE}|m|bn|b|t|k)\b|\d{{1,3}},\d{{3}}))"
)
_CODE = rf"(?:{_alt(CODES)})"
_COUNTRY = rf"(?:{_alt({c for c, _ in COUNTRY_NAMES})})"
_NAME = rf"(?:(?:{_COUNTRY}(?:\s+|(?<=\.)))?(?:{_alt(NAMES)})(?:e?s)?)\b(?![’'])"  # ("1,822 U.S.dollars")
def _qual(name: str) -> str:
    return rf"(?:(?P<{name}>{_alt(QUALIFIERS)})\s+)?"



# "and" joins a range only after "between": "$2 and $3 million", not "$2m and £3m".
_RANGE_JOIN = r"(?:\s*(?:-|–|—)\s*|\s+to\s+|(?(btw)\s+and\s+|(?!)))"
_DIGITS_SCALE = rf"(?P<num>{_NUM})(?:(?:-|–)(?P<num2>{_NUM}))?(?P<scale>{_SCALE})?"

# $5 billion, US$ 5bn, USD 5 billion, € 30m, $4.7 billion to $5 billion, $4.7-5 billion
_PREFIXED = (
    rf"{_qual('qual')}(?P<btw>between\s+)?(?P<sym>{_SYMBOL}|{_CODE}(?=\s?\d))\s?{_DIGITS_SCALE}"
    rf"(?:{_RANGE_JOIN}(?P=sym)?\s?(?P<hi>{_NUM})(?P<hiscale>{_SCALE})?(?=\W|$))?"
)
# 2.5 trillion won, 5 billion USD, five million dollars, 3 billion Singapore dollars
_SUFFIXED = (
    rf"{_qual('squal')}(?P<snum>{_NUM}|\b{_WORDNUM}\b)(?:(?:-|–|\s+to\s+)(?P<snum2>{_NUM}))?(?P<sscale>{_SCALE})?(?:\s+|-)"
    rf"(?P<name>{_NAME}|{_CODE}\b)"
)
MONEY = re.compile(rf"(?<![\w$€£¥₩])(?:{_PREFIXED}|{_SUFFIXED})", re.IGNORECASE)
SUBUNIT = re.compile(
    r"(?<![\w.,$€£])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))"
    # "30.6p" is written close; "2 p.m." and "3 p.c." are times and percentages, not pence.
    r"(?:(?P<p>(?<=\d)p)(?![’']|\.?\w)"
    r"|\s?(?:(?P<country>US|U\.S\.|Singapore|Australian|Canadian|Hong Kong|New Zealand)\s+)?(?P<unit>pence|cents?|sen)\b(?![’']))"
)
# A unit written out, the end of any sum in hundredths that has no digits ("five cents"). It opens with a
# character set, so re skips ahead to candidates in C.
SUBUNIT_WORD = re.compile(r"(?:pence|cents?|sen)\b")
COUNTRY_CENTS = {"us": "USD", "u.s.": "USD", "singapore": "SGD", "australian": "AUD", "canadian": "CAD",
                 "hong kong": "HKD", "new zealand": "NZD"}


# Qualifiers that are also prepositions: "over $5bn" is "more than" after "cost" or "paid", not after "backlash".
PREPOSITIONS = {"over", "under", "above", "below"}
AFTER_VERBS = {"cost", "costs", "costing", "pay", "paid", "pays", "spend", "spent", "worth", "raised", "earned", "is", "was",
               "are", "were", "be", "been", "of", "for", "to", "at", "by", "than", "totalling", "totaling", "valued", "fell",
               "rose", "grew", "reached", "lost", "made", "owe", "owes", "owed"}


def _quantifies(text: str, start: int) -> bool:
    before = text[max(0, start - 20):start].split()
    return not before or before[-1].lower().strip(",") in AFTER_VERBS


def _country_hint(text: str, at: int, countries: dict[str, str]) -> str | None:
    """The currency a country named in the same sentence gives a shared name ("pesos" in a Philippine story)."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = min([i for i in (text.find(". ", at), text.find("\n", at)) if i >= 0] or [len(text)])
    sentence = text[start:end].lower()
    for word, code in countries.items():
        if re.search(rf"\b{re.escape(word)}\b", sentence):
            return code
    return None


@lru_cache(maxsize=64)
def _story_country(text: str, family: str) -> str | None:
    """The currency of the country the whole story names most, for a shared name (``family``: "dollar",
    "$", "rupee" ...) its sentence leaves open. Cached: a story with many sums reads its countries once."""
    countries = SHARED[family]
    counts = Counter(countries[w] for w in _country_words(family).findall(fold_case(text)))
    best = max(counts, key=counts.get) if counts else None
    return best if best and counts[best] >= 2 else None


@lru_cache(maxsize=16)
def _country_words(family: str) -> re.Pattern:
    return re.compile(rf"\b(?:{_alt(SHARED[family])})\b")


def _number(s: str) -> float:
    s = s.lower()
    if s in WORD_NUMBERS:
        return float(WORD_NUMBERS[s])
    if re.fullmatch(r"\d+,\d{1,2}", s):  # a decimal comma: "17,2 billion"
        return float(s.replace(",", "."))
    return float(re.sub(r"[,\s\u00a0\u202f]", "", s))


def _scale(s: str | None) -> tuple[str, float]:
    word = " ".join((s or "").strip(" -.").lower().split())
    if word not in SCALES and word.endswith("s"):
        word = word[:-1]  # "millions", "crores", "bns"
    return word, SCALES.get(word, 1.0)


def _currency(unit: str, dollar: str) -> tuple[str, bool]:
    """ISO code for a symbol, code or name as written, and whether it was assumed."""
    if unit in SYMBOLS or unit.upper() in SYMBOLS:
        code = SYMBOLS.get(unit, SYMBOLS.get(unit.upper()))
        if unit == "$":
            return dollar, True  # a bare "$" is always a reading of the story, never written out
        return code, unit == "¥"
    if unit.upper().lstrip("$") in CODES:  # "USD", "$AUD"
        code = unit.upper().lstrip("$")
        return CODE_ALIASES.get(code, code), False
    words = re.sub(r"\.(?=[a-z]{3})", ". ", unit.lower()).split()  # ("U.S.dollars": no space after the country's stop)
    # The singular of the name as written: "roubles" -> "rouble", "rupees" -> "rupee", "reais" stays.
    name = next((w for w in (words[-1], words[-1][:-1], words[-1][:-2]) if w in NAMES), words[-1])
    country = " ".join(words[:-1])
    if country and (country, name) in COUNTRY_NAMES:
        return COUNTRY_NAMES[(country, name)], False
    if name == "dollar":
        return dollar, True
    return NAMES.get(name, NAMES.get(words[-1], "")), name in ASSUMED_NAMES


# Read in the folded text (below) without IGNORECASE, so that re skips ahead to the first letters in C;
# the \b before the word is checked in Python (a pattern opening with \b is tried at every position).
WORD_ANCHOR = re.compile(r"(?:thousand|million|billion|trillion|lakh|crore|dollars?|euros?|pounds?|yen|yuan)\b")
MONEY_WORDS = ("thousand", "million", "billion", "trillion", "lakh", "crore", "dollar", "euro", "pound", "yen", "yuan")
# Every sum holds its currency: a sign ("$", "€"), or a code, letter symbol or name written as a word of
# its own ("USD", "Rs", "dollars"; "pounds" of "pounds sterling"). Lower case: MONEY ignores case.
CURRENCY_SIGN = re.compile("[" + "".join(sorted({c for k in SYMBOLS for c in k if not c.isalnum() and c != "."})) + "]")
CURRENCY_WORDS = frozenset(
    {c.lower() for c in CODES} | {s.lower().rstrip(".") for s in LETTER_SYMBOLS + SINGLE_LETTERS}
    | {n.split()[0] for n in NAMES} | {n + end for n in NAMES for end in ("s", "es")}
)
LETTERS = re.compile("[a-z]+")


def _may_hold_money(text: str, folded: str, lo: int, hi: int) -> bool:
    """False only if ``text[lo:hi]`` holds no currency sign and none of its words is a currency code,
    letter symbol or name: then MONEY cannot match there."""
    return bool(CURRENCY_SIGN.search(text, lo, hi)) or not CURRENCY_WORDS.isdisjoint(LETTERS.findall(folded, lo, hi))


def _word_windows(folded: str, before: int, after: int) -> list[tuple[int, int]]:
    """Windows around each scale or currency word ("million", "dollars") that starts a word: a plain search for
    each word (a pattern of them all stops at every letter any of them starts with), each hit then checked."""
    out = []
    for word in MONEY_WORDS:
        at = folded.find(word)
        while at >= 0:
            m = WORD_ANCHOR.match(folded, at)
            if m and not (at and (folded[at - 1].isalnum() or folded[at - 1] == "_")):
                out.append((max(0, at - before), min(len(folded), m.end() + after)))
            at = folded.find(word, at + len(word))
    return sorted(out)


def find_money(text: str, dollar: str = "USD") -> list[Money]:
    """Every amount of money in ``text``, in order.

    ``dollar`` is the currency a bare "$" or "dollars" stands for (US dollars
    unless the story says otherwise); such mentions are marked ``assumed``.
    """
    out = []
    # Money always has digits or an amount in words ("five million dollars"); the word anchors
    # are searched only when such a word is in the text at all.
    folded = fold_case(text)
    near_words = any(w in folded for w in MONEY_WORDS)
    # A sum of money reaches at most a qualifier and a symbol before its digits, and a scale,
    # a currency name and a range's other end after them.
    spans = digit_windows(text, 25, 45) + (_word_windows(folded, 40, 45) if near_words else [])
    # Most windows hold years, dates or counts and no currency at all: a cheap test skips them.
    spans = [(lo, hi) for lo, hi in _merged(spans) if _may_hold_money(text, folded, lo, hi)]
    for m in (m for lo, hi in spans for m in MONEY.finditer(text, lo, hi)):
        g = m.groupdict()
        if g["sym"]:
            unit, num, num2, scale = g["sym"], g["num"], g["num2"], g["scale"]
            hi, hiscale = g["hi"], g["hiscale"]
        else:
            unit, num, num2, scale, hi, hiscale = g["name"], g["snum"], g["snum2"], g["sscale"], None, None
            if unit.lower() == "won" and not scale and re.match(r"\s+(?:the|a|an|by|in|its|their|his|her)\b", text[m.end():]):
                continue  # "won the election": the verb, not the currency
            if unit.isupper() and g["snum"].lower() in WORD_NUMBERS:
                continue  # "a KRW 40 trillion ...": "a" is an article here, not one
        if g["sym"] is None and unit.upper() in CODES and not unit.isupper():
            continue  # "5 try", "3 sek": lower-case words, not codes
        currency, assumed = _currency(unit.strip(), dollar)
        if not currency:
            continue
        written = unit.strip().lower().rstrip(".")
        family = written if written in ("¥", "rs") else re.sub(r"(?:e?s)$", "", written.split()[-1])
        if family in SHARED and (assumed or family in ("¥", "rs")):
            hinted = _country_hint(text, m.start(), SHARED[family]) or _story_country(text, family)
            currency, assumed = (hinted, False) if hinted else (currency, assumed)
        word, factor = _scale(scale)
        high = None
        if num2:
            high = _number(num2) * factor
        elif hi:
            high = _number(hi) * _scale(hiscale or scale)[1]
            if hiscale and not scale:  # "$2 and $3 million": the scale covers both ends
                word, factor = _scale(hiscale)
        amount = _number(num) * factor
        qualifier = (g["qual"] or g["squal"] or "").lower()
        start = m.start()
        if qualifier in PREPOSITIONS and not _quantifies(text, start):
            start, qualifier = m.start("sym") if g["sym"] else m.start("snum"), ""  # "backlash over $5bn": a preposition
        if high is not None:
            qualifier = qualifier or "range"
        join = re.search(r"\s+to\s+", text[m.end("num"):m.start("hi")]) if g["sym"] and hi else None
        if join and (re.search(r"\b(?:from|by)\s+$", text[max(0, start - 6):start]) or not amount <= high <= 10 * amount):
            # "from A$108.8 million to A$136.2 million": a change between two sums, not a range
            second = m.end("num") + join.end()
            out.append(Money(start, second - join.end() + join.start(), text[start:second - join.end() + join.start()],
                             amount, currency, unit.strip(), word, "", None, assumed))
            out.append(Money(second, m.end(), text[second:m.end()], high, currency, unit.strip(), _scale(hiscale or scale)[0], "", None, assumed))
            continue
        out.append(Money(start, m.end(), text[start:m.end()], amount, currency, unit.strip(), word, qualifier, high, assumed))
    # Sums in hundredths hold digits, or end in a unit written out ("five cents"): only there are they looked for.
    units = [(max(0, m.start() - 40), m.end() + 2) for m in _subunit_words(text) if not text[m.start() - 1:m.start()].isalnum()]
    out += _subunits(text, out, _merged(digit_windows(text, 0, 45) + units))
    out += _local_letters(text, folded, out)
    return sorted(out, key=lambda x: x.start)


# A single letter before a small sum is that country's currency only in a story plainly set there ("N600" a litre in
# Lagos, "P55" a kilo in Manila, "R350" a month in Soweto): with a scale or a thousands separator it always is (above).
LOCAL_LETTERS = {
    "N": ("NGN", ("nigeria", "lagos", "abuja", "naira")),
    "P": ("PHP", ("philippine", "manila", "filipino", "peso")),
    "R": ("ZAR", ("south africa", "johannesburg", "cape town", "pretoria", "durban", "rand")),
}
PER_UNIT = re.compile(r"\s+(?:a|an|per|each)\b")
LOCAL_SUM = re.compile(r"([NPR])(?<![\w$.][NPR])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{2,}(?:\.\d{1,2})?)(?!\d|[,.]\d|[\w-]\w|[-+])")


def _local_letters(text: str, folded: str, found: list[Money]) -> list[Money]:
    out, local = [], {}
    # (tried only where a run of digits follows one of the letters: the digits are found once for the whole story)
    tries = (LOCAL_SUM.match(text, start - 1) for start, _ in digit_runs(text) if start and text[start - 1] in "NPR")
    for m in (m for m in tries if m):
        code, places = LOCAL_LETTERS[m.group(1)]
        if code not in local:  # (the story's places counted once, and only for a letter that stands before a sum)
            local[code] = sum(folded.count(p) for p in places) >= 2
        if not local[code] or any(f.start <= m.start() < f.end for f in found):
            continue
        before = text[max(0, m.start() - 8):m.start()]
        if not (_quantifies(text, m.start()) or before.endswith(("from ", "between ", "around ")) or PER_UNIT.match(text, m.end())):
            continue  # a price is paid, rises "to" or sells "at" it, or is so much "a litre" ("N95 masks" is none)
        out.append(Money(m.start(), m.end(), m.group(0), _number(m.group(2)), code, m.group(1)))
    return out


def _subunit_words(text: str) -> list[re.Match]:
    """Each "pence", "cent(s)" or "sen" as a word's end: plain searches, each hit checked (see _word_windows)."""
    out = []
    for word in ("pence", "cent", "sen"):
        at = text.find(word)
        while at >= 0:
            m = SUBUNIT_WORD.match(text, at)
            if m:
                out.append(m)
            at = text.find(word, at + 1)
    return out


def _subunits(text: str, found: list[Money], spans: list[tuple[int, int]]) -> list[Money]:
    """Sums in hundredths of a currency: "30.6p" is 0.306 pounds, "50 cents" half a dollar."""
    out = []
    for m in (m for lo, hi in spans for m in SUBUNIT.finditer(text, lo, hi)):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        unit = (m["unit"] or m["p"]).lower()
        country = (m["country"] or "").lower()
        currency = COUNTRY_CENTS.get(country) or SUBUNITS[unit]
        assumed = unit.startswith("cent") and not country
        out.append(Money(m.start(), m.end(), m.group(0), _number(m["num"]) / 100, currency, unit, "", "", None, assumed))
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(spans):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out


ANY_CODE = re.compile(rf"(?P<code>[A-Z]{{3}})\s?(?P<num>{_NUM})(?P<scale>{_SCALE})?|(?P<num2>{_NUM})(?P<scale2>{_SCALE})?\s?(?P<code2>[A-Z]{{3}})")


# Places that say whose dollar a bare "$" is. A story has to name its country several times, and more often
# than the United States, before its "$" stops being read as US dollars.
DOLLAR_PLACES = {
    "CAD": ("canada", "canadian", "ottawa", "toronto", "montreal", "vancouver", "calgary", "alberta", "ontario", "quebec"),
    "AUD": ("australia", "australian", "canberra", "sydney", "melbourne", "brisbane", "perth", "queensland", "asx"),
    "NZD": ("new zealand", "wellington", "auckland", "christchurch"),
    "SGD": ("singapore", "singaporean"),
    "HKD": ("hong kong",),
    "TWD": ("taiwan", "taiwanese", "taipei"),
    "USD": ("united states", "u.s.", "american", "washington", "new york", "wall street", "federal reserve", "nasdaq"),
}


def local_dollar(text: str) -> str:
    """Whose dollar a bare "$" is in this story: US dollars unless the story is plainly set elsewhere.

    >>> local_dollar("TORONTO (Reuters) - Canada's banks lost $2 billion ... Ontario ... the Canadian economy ...")
    'CAD'
    """
    if "$" not in text:
        return "USD"  # no bare dollar to read: nothing to decide
    low = fold_case(text)  # (the folding find_money and the speakers share)
    # Substring counts (a C loop each) rather than one big regex: this runs for every article.
    counts = {code: sum(low.count(w) for w in words) for code, words in DOLLAR_PLACES.items()}
    best = max((c for c in counts if c != "USD"), key=counts.get)
    return best if counts[best] >= 3 and counts[best] > 2 * counts["USD"] else "USD"


def parse_money(text: str, dollar: str = "USD") -> Money:
    """The one amount of money that ``text`` is, or ``MoneyError`` saying how to write one.

    >>> parse_money("2.5 trillion won").currency
    'KRW'
    >>> parse_money("five bananas")
    Traceback (most recent call last):
    ...
    lessons.amounts.MoneyError: 'five bananas' is not an amount of money. Write it as e.g. '$5 billion', 'US$5bn', '2.5 trillion won' or 'EUR 30'.
    """
    if not isinstance(text, str):
        raise MoneyError(f"{text!r} is not text. Give the amount as a string such as '$5 billion'.")
    found = find_money(text.strip(), dollar)
    code = ANY_CODE.fullmatch(text.strip())
    if code and not found:  # "5 ZWD": an amount in a code we don't know; conversion will list the ones it knows
        g = code.groupdict()
        word, factor = _scale(g["scale"] or g["scale2"])
        return Money(0, len(text.strip()), text.strip(), _number(g["num"] or g["num2"]) * factor, g["code"] or g["code2"], g["code"] or g["code2"], word)
    if len(found) != 1 or found[0].text.strip() != text.strip():
        raise MoneyError(
            f"{text!r} is not an amount of money. Write it as e.g. '$5 billion', 'US$5bn', '2.5 trillion won' or 'EUR 30'."
        )
    return found[0]
