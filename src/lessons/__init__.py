"""lessons: read the news like a fact-checker.

Load articles, see what is story and what is page furniture, find who said
what, and every figure and sum of money, each with its place in the text.

>>> from lessons import load_articles, quotes
>>> articles = load_articles(quiet=True)
>>> table = quotes(articles)
>>> {"speaker", "cue", "source", "start", "end"} <= set(table.columns)
True
"""

from .amounts import Money, MoneyError, find_money, parse_money
from .annotate import Annotations, annotate
from .articles import Article, Articles, article_from_text, load_articles
from .attribution import paraphrases, same_words, who_said_what
from .claims import claims, claims_by_outlet, disagreements, highlight, quote_groups, word_diff
from .cleaning import Boilerplate
from .currency import (
    Conversion,
    CurrencyError,
    ImpliedRate,
    bracketed,
    convert,
    convert_column,
    coverage,
    currencies,
    implied_rate,
    rates,
)
from .numbers import Figure, find_figures
from .pictures import quote_map, quote_variants, reuse_map, side_by_side
from .reuse import Pair, Passage, reuse
from .show import browse, show
from .speech import Quote, find_quotes
from .tables import boilerplate, figures, money, overview, quotes

__all__ = [
    "Pair", "Passage", "reuse", "paraphrases", "same_words", "who_said_what", "quote_map", "quote_variants", "reuse_map", "side_by_side",
    "Annotations", "Article", "Articles", "Boilerplate", "Conversion", "CurrencyError", "Figure",
    "ImpliedRate", "Money", "MoneyError", "Quote", "annotate", "article_from_text", "boilerplate",
    "bracketed", "browse", "claims", "claims_by_outlet", "convert", "convert_column", "coverage",
    "currencies", "disagreements", "figures", "find_figures", "find_money", "find_quotes", "highlight",
    "implied_rate", "load_articles", "money", "overview", "parse_money", "quote_groups", "quotes", "rates",
    "show", "word_diff",
]
__version__ = "0.1.0"
