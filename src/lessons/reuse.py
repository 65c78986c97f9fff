"""Reuse: passages two articles share, and who copied whom.

Each article's words are normalised (case, punctuation, and the word swaps a
"spinner" makes: "USA" for "US", "Russian Federation" for "Russia"), cut into
overlapping runs of ``K`` words, and fingerprinted by *winnowing*: of every
``W`` consecutive run hashes the smallest is kept. Two articles that share a
passage of ``K + W - 1`` words or more are certain to share a fingerprint.
An index from fingerprint to articles finds candidate pairs without comparing
every pair, so time grows about linearly with the corpus.

Winnowing is written here rather than taken from a MinHash library because
each fingerprint must keep its place in the text: a reuse finding is only
useful if it can be shown in both articles.

Words inside quotation marks are fingerprinted apart: two outlets quoting the
same speaker share those words without copying each other, so quoted passages
are reported but do not count towards a pair's score.

>>> from lessons import load_articles
>>> pairs = reuse(load_articles(quiet=True))
>>> pairs[0].a[:3], pairs[0].b[:3]
('003', '004')
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from .annotate import annotate
from .articles import Article
from .memo import by_articles

K = 5  # words in a run: long enough that common phrases ("on the other hand") rarely match by chance
W = 4  # winnowing window: any shared passage of K + W - 1 = 8 words leaves a shared fingerprint
MAX_SHARED = 0.5  # a fingerprint in more than half the articles is a stock phrase or boilerplate, not copying

# Names a spinner swaps for one another, and their common written forms (general, not story-specific).
ALIASES = [
    (r"united states of america|united states|u\.s\.a\.?|u\.s\.|usa|america", "us"),
    (r"united kingdom|u\.k\.|great britain|britain", "uk"),
    (r"russian federation", "russia"),
    (r"north atlantic treaty organi[sz]ation", "nato"),
    (r"european union|e\.u\.", "eu"),
    (r"united nations|u\.n\.", "un"),
    (r"people's republic of china|prc", "china"),
    (r"chief executive officer|chief executive", "ceo"),
    (r"defence", "defense"),
    (r"programme", "program"),
]
ALIAS = re.compile(r"\b(?:%s)(?!\w)" % "|".join(f"(?P<a{i}>{p})" for i, (p, _) in enumerate(ALIASES)), re.I)
WORD = re.compile(r"[\w’']+")


@dataclass(frozen=True)
class Passage:
    """A stretch of text two articles share: offsets in each, and whether it is a shared quotation."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    text: str
    quoted: bool


@dataclass(frozen=True)
class Pair:
    """Two articles and how much reporting one shares with the other (0 to 1, quotations left out)."""

    a: str
    b: str
    score: float
    passages: tuple[Passage, ...]


def _tokens(article: Article) -> list[tuple[str, int, int]]:
    """(normal form, start, end) of each word of the story (boilerplate left out), aliases folded."""
    body = article.body
    out = []
    pos = 0
    for m in ALIAS.finditer(body):
        out += _words(body, pos, m.start())
        name = next(ALIASES[int(k[1:])][1] for k, v in m.groupdict().items() if v)
        out.append((name, m.start(), m.end()))
        pos = m.end()
    return out + _words(body, pos, len(body))


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(0).lower().replace("’", "'"), m.start(), m.end()) for m in WORD.finditer(text, start, end)]


def fingerprints(article: Article) -> list[tuple[int, int, bool]]:
    """Winnowed fingerprints: (hash, index of the first word of its run, whether the run is inside a quotation)."""
    words = _tokens(article)
    if len(words) < K:
        return []
    quotes = [(q.start, q.end) for q in annotate(article).quotes]
    hashes = [zlib.crc32(" ".join(w for w, _, _ in words[i:i + K]).encode()) for i in range(len(words) - K + 1)]
    chosen: dict[int, int] = {}
    for i in range(max(1, len(hashes) - W + 1)):
        window = hashes[i:i + W]
        j = i + min(range(len(window)), key=lambda n: (window[n], -n))  # rightmost minimum, as the algorithm has it
        chosen[j] = hashes[j]
    out = []
    for j, h in sorted(chosen.items()):
        start = words[j][1]
        inside = any(s <= start < e for s, e in quotes)  # a run that starts inside a quotation is the speaker's words
        out.append((h, j, inside))
    return out


@by_articles
def reuse(articles, min_score: float = 0.0) -> list[Pair]:
    """Every pair of articles sharing passages, strongest first, with the passages located in both."""
    articles = list(articles)
    prints = {a.id: fingerprints(a) for a in articles}
    words = {a.id: _tokens(a) for a in articles}
    index: dict[int, list[tuple[str, int, bool]]] = {}
    for art, fps in prints.items():
        for h, j, quoted in fps:
            index.setdefault(h, []).append((art, j, quoted))
    limit = max(10, int(MAX_SHARED * len(articles)))  # in a small corpus, three outlets sharing wire copy is the finding
    matches: dict[tuple[str, str], list[tuple[int, int, bool]]] = {}
    for postings in index.values():
        arts = {p[0] for p in postings}
        if len(arts) < 2 or len(arts) > limit:
            continue
        for x in range(len(postings)):
            for y in range(x + 1, len(postings)):
                (a, i, qa), (b, j, qb) = postings[x], postings[y]
                if a == b:
                    continue
                if a > b:
                    a, b, i, j, qa, qb = b, a, j, i, qb, qa
                matches.setdefault((a, b), []).append((i, j, qa and qb))
    by_id = {a.id: a for a in articles}
    pairs = []
    for (a, b), found in matches.items():
        reporting = {i for i, _, quoted in found if not quoted}
        size = min(sum(1 for *_, q in prints[a] if not q), sum(1 for *_, q in prints[b] if not q)) or 1
        score = min(1.0, len(reporting) / size)
        if score < min_score:
            continue
        passages = _passages(by_id[a], by_id[b], words[a], words[b], found)
        pairs.append(Pair(a, b, round(score, 4), tuple(passages)))
    return sorted(pairs, key=lambda p: (-p.score, p.a, p.b))


def _passages(a: Article, b: Article, wa, wb, found) -> list[Passage]:
    """Matched runs, grown word by word in both articles while they keep agreeing, then merged."""
    spans = []
    for i, j, _ in sorted(set(found)):
        i0, j0, i1, j1 = _grow(wa, wb, i, j)
        if spans and i0 <= spans[-1][1] + 2 and 0 <= j0 - spans[-1][3] <= 40:
            spans[-1] = [spans[-1][0], max(i1, spans[-1][1]), spans[-1][2], max(j1, spans[-1][3])]
        elif not spans or i0 > spans[-1][1]:
            spans.append([i0, i1, j0, j1])
    quotes_a = [(q.start, q.end) for q in annotate(a).quotes]
    quotes_b = [(q.start, q.end) for q in annotate(b).quotes]
    out = []
    for i0, i1, j0, j1 in spans:
        a_start, a_end, b_start, b_end = wa[i0][1], wa[i1][2], wb[j0][1], wb[j1][2]
        quoted = _mostly_inside(a_start, a_end, quotes_a) and _mostly_inside(b_start, b_end, quotes_b)
        out.append(Passage(a_start, a_end, b_start, b_end, a.text[a_start:a_end], quoted))
    return out


def _grow(wa, wb, i: int, j: int, slack: int = 1) -> tuple[int, int, int, int]:
    """Extend a match at words i (in a) and j (in b) while the words agree, forgiving ``slack`` swapped words in a row."""
    i1, j1, miss = i, j, 0
    while i1 + 1 < len(wa) and j1 + 1 < len(wb) and miss <= slack:
        i1, j1 = i1 + 1, j1 + 1
        miss = 0 if wa[i1][0] == wb[j1][0] else miss + 1
    i1, j1 = i1 - miss, j1 - miss
    i0, j0, miss = i, j, 0
    while i0 > 0 and j0 > 0 and miss <= slack:
        i0, j0 = i0 - 1, j0 - 1
        miss = 0 if wa[i0][0] == wb[j0][0] else miss + 1
    return i0 + miss, j0 + miss, i1, j1


def _mostly_inside(start: int, end: int, quotes) -> bool:
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in quotes)
    return inside >= 0.5 * (end - start)
