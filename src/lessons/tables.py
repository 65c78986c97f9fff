"""The annotations as pandas DataFrames: one row per mention, with its article and offsets.

>>> from lessons import load_articles
>>> arts = load_articles(quiet=True)
>>> list(quotes(arts).columns[:4])
['article', 'outlet', 'start', 'end']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, fields

from .amounts import Money
from .annotate import annotate
from .articles import Article
from .numbers import Figure
from .speech import Quote


def _articles(articles) -> list[Article]:
    if isinstance(articles, Article):
        return [articles]
    if isinstance(articles, Iterable) and not isinstance(articles, str | bytes):
        items = list(articles)
        if all(isinstance(a, Article) for a in items):
            return items
    raise TypeError(
        f"Expected an article or a list of articles, got {type(articles).__name__}. "
        "Load them first: articles = load_articles()"
    )


def _frame(articles, layer: str, record_type):
    import pandas as pd

    columns = ["article", "outlet"] + [f.name for f in fields(record_type)]
    rows = [
        {"article": a.id, "outlet": a.outlet, **asdict(r)}
        for a in _articles(articles)
        for r in getattr(annotate(a), layer)
    ]
    return pd.DataFrame(rows, columns=columns)


def quotes(articles):
    """Every quotation: its text, speaker (None where the text gives none), cue verb and second-hand source."""
    return _frame(articles, "quotes", Quote)


def money(articles):
    """Every mention of money: amount, ISO currency, the words used and any qualifier ("about", "up to")."""
    return _frame(articles, "money", Money)


def figures(articles):
    """Every other figure: counts, ages and durations, multiples and percentages."""
    return _frame(articles, "figures", Figure)


def boilerplate(articles):
    """Every boilerplate span and the reason it was marked."""
    import pandas as pd

    rows = [
        {"article": a.id, "outlet": a.outlet, "start": b.start, "end": b.end, "text": a.text[b.start:b.end], "reason": b.reason}
        for a in _articles(articles)
        for b in a.boilerplate
    ]
    return pd.DataFrame(rows, columns=["article", "outlet", "start", "end", "text", "reason"])


def overview(articles):
    """One row per article: id, title, outlet, date, byline and how much was found in it."""
    import pandas as pd

    rows = []
    for a in _articles(articles):
        found = annotate(a)
        rows.append({
            "article": a.id, "title": a.title, "outlet": a.outlet or "(unknown)", "date": a.date, "byline": a.byline,
            "words": len(a.body.split()), "quotes": len(found.quotes), "money": len(found.money), "figures": len(found.figures),
        })
    return pd.DataFrame(rows)
