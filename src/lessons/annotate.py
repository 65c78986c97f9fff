"""Annotations of an article: quotes, money and figures, each with its offsets.

>>> from lessons import load_articles
>>> a = annotate(load_articles(quiet=True)[0])
>>> all(a.article.text[q.start:q.end] == q.text for q in a.quotes)
True
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from functools import lru_cache

from .amounts import Money, find_money, local_dollar
from .articles import Article
from .marks import quote_spans
from .numbers import Figure, find_figures
from .speech import Quote, find_quotes


@dataclass(frozen=True)
class Annotations:
    """Everything found in one article; boilerplate is never annotated."""

    article: Article
    quotes: tuple[Quote, ...]
    money: tuple[Money, ...]
    figures: tuple[Figure, ...]


@lru_cache(maxsize=512)
def annotate(article: Article) -> Annotations:
    """Find the quotes, money and figures of ``article`` (cached: the same article is read once).

    If a rule trips over the text, what it could not do is named on stderr and
    the rest is still returned: a quote whose speaker failed has none.
    """
    body, paras, problems = article.body, list(article.paragraphs), []
    money = _guarded(problems, "its money", lambda: tuple(find_money(body, dollar=local_dollar(body))))
    figures = _guarded(problems, "its figures", lambda: tuple(find_figures(body, [(m.start, m.end) for m in money])))
    quotes = _guarded(problems, "its speakers", lambda: tuple(find_quotes(body, paras, problems)),
                      lambda: tuple(Quote(s, e, body[s:e], None, kind=k, how="failed") for s, e, k in quote_spans(body, paras)))
    for line in problems:
        print(f"lessons: {article.path or article.id}: could not work out {line}; left blank. Please report it.", file=sys.stderr)
    # Offsets are shared with the original text; records carry its characters, not the blanked ones.
    fix = article.text.__getitem__
    return Annotations(
        article,
        tuple(_with_text(q, fix(slice(q.start, q.end))) for q in quotes),
        tuple(_with_text(m, fix(slice(m.start, m.end))) for m in money),
        tuple(_with_text(f, fix(slice(f.start, f.end))) for f in figures),
    )


def _guarded(problems: list[str], what: str, find, fallback=tuple):
    """``find()``, or ``fallback()`` with what failed noted: one bad rule must not cost the whole article."""
    try:
        return find()
    except Exception as e:
        problems.append(f"{what} ({type(e).__name__}: {e})")
        try:
            return fallback()
        except Exception:
            return ()


def _with_text(record, text):
    return record if record.text == text else replace(record, text=text)
