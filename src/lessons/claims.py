"""Claims: the same figure told several ways, lined up across articles.

Every figure and sum of money is a *mention*. Mentions of the same thing are
grouped into a *claim*: same dimension (money, people, years…), values of the
same size, and shared words around them. Money is compared in one currency,
each sum converted at its own article's date. Each claim then says whether its
articles agree, and if not, why: rounding within the precision the text admits
("about $2 billion" and "$1.98 billion"), a conversion, or a contradiction no
rate of that year can explain.

>>> from lessons import load_articles
>>> table = claims(load_articles(quiet=True))
>>> {"claim", "topic", "agree", "reason", "value", "start", "end"} <= set(table.columns)
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .annotate import annotate
from .articles import Article
from .memo import by_articles

STOP = set(
    "a an the of to in on at for and or but with by from as that this these those is was were are be been has have had "
    "it its their his her they he she we our us you your which who whom what when where while than then also said says "
    "would could should will can may might more most over up about around some into after before per each all any "
    "there here not no new year years".split()
)
APPROXIMATE = {"about", "around", "roughly", "nearly", "approximately", "some", "almost", "an estimated", "close to", "just over",
               "just under"}
PEOPLE = {"troops", "personnel", "soldiers", "people", "staff", "workers", "members", "protesters", "residents", "employees"}
SEVERITY = ["same", "rounding", "qualifier", "conversion", "currency or date", "contradiction"]


@dataclass(frozen=True)
class Mention:
    """One figure in one article, with what is needed to compare it."""

    article: str
    outlet: str
    start: int
    end: int
    text: str
    value: float  # money: converted to ``base`` at the article's date
    unit: str
    kind: str  # money | count | duration | multiple | percent
    qualifier: str
    currency: str
    amount: float  # as written, in its own currency (money) or the figure's value
    context: frozenset  # content words of the sentence
    near: frozenset  # content words within a few words either side: what the figure is about
    year: int | None  # the article's year: the rates a currency difference is judged against


def _words(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"[A-Za-z][A-Za-z’'-]+", text.lower()):
        w = re.sub(r"(?:’s|'s)$", "", w)
        if w not in STOP and len(w) > 2:
            out.add(w[:-1] if w.endswith("s") and len(w) > 4 else w)
    return out


def _context(article: Article, start: int, end: int) -> frozenset:
    """Content words of the sentence around a mention, the mention's own words left out."""
    for s in article.sentences:
        if s.start <= start < s.end:
            return frozenset(_words(article.text[s.start:start] + " " + article.text[end:s.end]))
    return frozenset(_words(article.text[max(0, start - 150):start] + " " + article.text[end:end + 150]))


def _near(article: Article, start: int, end: int, width: int = 6) -> frozenset:
    before = re.findall(r"[\w’'-]+", article.body[max(0, start - 80):start])[-width:]
    after = re.findall(r"[\w’'-]+", article.body[end:end + 80])[:width]
    return frozenset(_words(" ".join(before + after)))


def mentions(articles, base: str = "USD") -> list[Mention]:
    """Every figure and sum of money in ``articles``; money converted to ``base`` at each article's date."""
    from .currency import CurrencyError, convert

    out = []
    for a in articles:
        found = annotate(a)
        for m in found.money:
            try:
                value = convert(m.amount, m.currency, base, on=a.date).result if a.date else (m.amount if m.currency == base else None)
            except CurrencyError:
                value = None
            if value is None:
                continue  # no date or no rate: cannot be compared with the others
            out.append(Mention(a.id, a.outlet, m.start, m.end, m.text, value, base, "money", m.qualifier, m.currency, m.amount,
                               _context(a, m.start, m.end), _near(a, m.start, m.end), a.date.year if a.date else None))
        for f in found.figures:
            unit = "people" if f.unit.lower() in PEOPLE else f.unit.lower()
            kind = "duration" if f.kind in ("age", "duration") else f.kind
            out.append(Mention(a.id, a.outlet, f.start, f.end, f.text, f.value, unit, kind, f.qualifier, "", f.value,
                               _context(a, f.start, f.end), _near(a, f.start, f.end), a.date.year if a.date else None))
    return out


def _similar(a: Mention, b: Mention) -> bool:
    """Could ``a`` and ``b`` be the same claim? Same dimension, values of one size, shared words around them."""
    if a.kind != b.kind or a.unit != b.unit or a is b:
        return False
    ratio = min(a.value, b.value) / max(a.value, b.value) if max(a.value, b.value) else 1.0
    shared = len(a.context & b.context) / max(1, len(a.context | b.context))
    if a.article == b.article:  # inside one article only the same value, or a near one in near-identical words
        return ratio > 0.995 and shared > 0.02 or ratio > 0.8 and shared > 0.3
    return ratio > 0.995 and (shared > 0.02 or a.kind != "money") or ratio > 0.8 and shared > 0.06 or ratio > 0.5 and shared > 0.15


def _groups(items: list, similar) -> list[list]:
    """Connected groups of items under a pairwise test (union-find)."""
    parent = list(range(len(items)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if similar(items[i], items[j]):
                parent[find(i)] = find(j)
    out: dict[int, list] = {}
    for i, item in enumerate(items):
        out.setdefault(find(i), []).append(item)
    return [g for g in out.values()]


def _pair_reason(a: Mention, b: Mention, year_rates) -> str:
    """Why two mentions of one claim differ, the mildest explanation that fits."""
    if abs(a.value - b.value) <= 0.005 * max(a.value, b.value):
        return "same" if a.currency == b.currency else "conversion"
    lo, hi = sorted([a, b], key=lambda m: m.value)
    if hi.qualifier in ("up to", "at most", "as much as") or lo.qualifier in ("more than", "at least", "over", "upwards of"):
        return "qualifier"
    gap = (hi.value - lo.value) / hi.value
    loose = a.qualifier in APPROXIMATE or b.qualifier in APPROXIMATE
    if gap <= (0.1 if loose else 0.025):
        return "rounding" if a.currency == b.currency else "conversion"
    if a.currency != b.currency and gap <= min(0.2, max(_precision(a), _precision(b))):
        return "conversion"  # a converted figure is rounded as written: "€1.2bn" is anything from 1.15 to 1.25
    if a.kind == "money" and a.currency != b.currency and year_rates(a, b):
        return "currency or date"
    return "contradiction"


def _precision(m: Mention) -> float:
    """Half a unit in the last written digit, as a share of the amount: "1.2bn" is good to 4%, "3bn" to 17%."""
    digits = re.sub(r"[^\d.]", "", re.search(r"[\d.,]+", m.text).group(0).replace(",", "")) if re.search(r"\d", m.text) else ""
    if not digits or not m.amount:
        return 0.0
    whole, _, frac = digits.partition(".")
    step = 10 ** -len(frac) if frac else 10 ** (len(whole) - len(whole.rstrip("0")))
    return 0.5 * step / float(digits)


def _any_rate_agrees(a: Mention, b: Mention) -> bool:
    """Is there an ECB rate in the article's year at which the two sums are the same money (within 1%)?"""
    from .currency import CurrencyError, rates

    if a.year is None:
        return False
    try:
        series = rates(a.currency, b.currency, f"{a.year}-01-01", f"{a.year}-12-31")
    except CurrencyError:
        return False
    implied = b.amount / a.amount
    return bool(((series - implied).abs() <= 0.01 * implied).any())


@by_articles
def claims(articles, base: str = "USD"):
    """One row per mention with its claim: topic, kind, whether the articles agree, and why not.

    Columns: claim, topic, kind, agree, reason, internal, article, outlet, text, start, end, value, unit, qualifier.
    ``value`` is in ``base`` for money (each sum at its own article's date).
    """
    import pandas as pd

    articles = list(articles)
    items = mentions(articles, base)
    rows = []
    groups = sorted(_groups(items, _similar), key=lambda g: (-len({m.article for m in g}), g[0].kind, -max(m.value for m in g)))
    spread: dict[str, int] = {}
    for m in items:
        for w in m.near:
            spread[w] = spread.get(w, 0) + 1
    for n, group in enumerate(groups, start=1):
        reasons = [_pair_reason(a, b, _any_rate_agrees) for i, a in enumerate(group) for b in group[i + 1:]] or ["same"]
        worst = max(reasons, key=SEVERITY.index)
        agree = worst in ("same", "rounding", "qualifier", "conversion")
        internal = any(_pair_reason(a, b, _any_rate_agrees) in ("contradiction", "currency or date")
                       for i, a in enumerate(group) for b in group[i + 1:] if a.article == b.article)
        topic = _topic(group, spread, len(items))
        for m in sorted(group, key=lambda m: (m.article, m.start)):
            rows.append({"claim": n, "topic": topic, "kind": m.kind, "agree": agree, "reason": worst, "internal": internal,
                         "article": m.article, "outlet": m.outlet, "text": m.text, "start": m.start, "end": m.end,
                         "value": m.value, "unit": m.unit, "qualifier": m.qualifier})
    return pd.DataFrame(rows, columns=["claim", "topic", "kind", "agree", "reason", "internal", "article", "outlet", "text",
                                       "start", "end", "value", "unit", "qualifier"])


def _topic(group: list[Mention], spread: dict[str, int], total: int) -> str:
    """A short name for a claim: the words around its mentions that are rare elsewhere, and its unit."""
    import math

    score: dict[str, float] = {}
    for m in group:
        for w in m.near:
            score[w] = score.get(w, 0.0) + math.log((1 + total) / (1 + spread.get(w, 0)))
    best = [w for w, _ in sorted(score.items(), key=lambda x: (-x[1], x[0]))][:2]
    unit = "money" if group[0].kind == "money" else group[0].unit
    return f"{unit}: {' '.join(best)}" if best else unit


@by_articles
def disagreements(articles, base: str = "USD"):
    """Every pair of mentions of one claim from two different articles that differ, with the mildest reason that fits.

    Reasons: rounding, qualifier ("up to", "more than"), conversion, currency or date, contradiction.
    """
    import pandas as pd

    table = claims(articles, base)
    items = {(m.article, m.start): m for m in mentions(articles, base)}
    rows = []
    for claim, group in table.groupby("claim", sort=True):
        found = [items[(r.article, r.start)] for r in group.itertuples()]
        for i, a in enumerate(found):
            for b in found[i + 1:]:
                reason = _pair_reason(a, b, _any_rate_agrees)
                if reason != "same" and a.article != b.article:
                    rows.append({"claim": claim, "topic": group.topic.iloc[0], "outlet_a": a.outlet, "text_a": a.text,
                                 "outlet_b": b.outlet, "text_b": b.text, "reason": reason})
    return pd.DataFrame(rows, columns=["claim", "topic", "outlet_a", "text_a", "outlet_b", "text_b", "reason"])


def claims_by_outlet(table):
    """A pivot of claims (rows) by outlet (columns): what each outlet says, as written."""
    names = table.assign(outlet=table.outlet.replace("", "(unknown)"))
    pivot = names.pivot_table(index=["claim", "topic", "agree"], columns="outlet", values="text",
                              aggfunc=lambda s: " / ".join(dict.fromkeys(s)))
    return pivot.fillna("")  # an outlet that does not make the claim: an empty cell, not "nan"


class Styled:
    """A styled table that shows as HTML in a notebook and prints the same way every run."""

    def __init__(self, styler, rows: int):
        self.styler, self.rows = styler, rows

    def _repr_html_(self) -> str:
        return self.styler.to_html()

    def __repr__(self) -> str:
        return f"<claims by outlet: {self.rows} claims, disagreements in orange>"


def highlight(pivot):
    """The pivot styled: claims whose outlets disagree in a colour-blind-safe orange."""
    def colour(row):
        return ["background-color: #FBE3C0" if not row.name[2] else "" for _ in row]

    return Styled(pivot.style.apply(colour, axis=1).set_uuid("claims"), len(pivot))  # a fixed id: the same HTML every run


def _normal(text: str) -> str:
    """Lower case, curly marks and punctuation gone: how two printings of one sentence are compared."""
    text = text.lower().replace("’", "'").replace("[", "").replace("]", "")
    return " ".join(re.findall(r"[\w']+", text))


def _same_words(a, b) -> bool:
    """Do two quotations print the same sentence? One may be cut out of the other ("partial" match)."""
    from rapidfuzz import fuzz

    if a.article == b.article:
        return False
    x, y = _normal(a.text), _normal(b.text)
    short = min(len(x.split()), len(y.split()))
    if short < 4:
        return False  # "airtight", "robbery": too short to say two outlets copied the same words
    return fuzz.partial_ratio(x, y) >= 85 or fuzz.token_set_ratio(x, y) >= 80


@dataclass(frozen=True)
class _Said:
    """One sentence of a quotation, where it is in its article, and who the article says said it."""

    article: str
    outlet: str
    speaker: str | None
    start: int
    end: int
    text: str


def _sentences_of(article: Article) -> list[_Said]:
    from .text import Span, sentences

    out = []
    for q in annotate(article).quotes:
        for s in sentences(article.text, [Span(q.start, q.end)]):
            out.append(_Said(article.id, article.outlet, q.speaker, s.start, s.end, article.text[s.start:s.end]))
    return out


@by_articles
def quote_groups(articles):
    """Sentences of quotations printed by several articles, grouped: one row per printing.

    Matching is sentence by sentence, so a long quote in one outlet joins each of the shorter
    quotes other outlets took from it, without chaining them all into one group.
    Columns: group, article, outlet, speaker, text, start, end.
    """
    import pandas as pd

    items = [s for a in articles for s in _sentences_of(a)]
    groups = [g for g in _groups(items, _same_words) if len({q.article for q in g}) > 1]
    groups.sort(key=lambda g: (-len({q.article for q in g}), min((q.article, q.start) for q in g)))
    rows = [{"group": n, "article": q.article, "outlet": q.outlet, "speaker": q.speaker, "text": q.text, "start": q.start,
             "end": q.end} for n, g in enumerate(groups, start=1) for q in sorted(g, key=lambda q: (q.article, q.start))]
    return pd.DataFrame(rows, columns=["group", "article", "outlet", "speaker", "text", "start", "end"])


def word_diff(a: str, b: str) -> list[tuple[str, str, str]]:
    """Word-level differences between two versions of a quotation: (operation, words in a, words in b).

    >>> word_diff("on the basis of partnership on the basis of trust", "on the basis of partnership and the basis of trust")
    [('replace', 'on', 'and')]
    """
    import difflib

    x, y = a.split(), b.split()
    ops = difflib.SequenceMatcher(a=[_normal(w) for w in x], b=[_normal(w) for w in y], autojunk=False).get_opcodes()
    return [(op, " ".join(x[i1:i2]), " ".join(y[j1:j2])) for op, i1, i2, j1, j2 in ops if op != "equal"]
