"""Answer keys for ``workbook/03-currency-conversion.ipynb``: the rate of the day, bracketed conversions, two figures that disagree.

Every key repeats the notebook's own steps on the articles loaded:

- ``dated_money``: ``money(articles)`` with each article's date, keeping the rows the ECB data can convert;
- the story's *main currency* is the one most sums are written in;
- a *bracketed conversion* is the second sum of "US$5 billion (S$6.81 billion)", found by ``bracketed``;
- the *pair* checked in section 4 is the first sum in another currency that is not a bracketed conversion,
  and the sum in the main currency (not a bracketed conversion either) nearest to it once converted at its article's date.
"""

from __future__ import annotations

import datetime as dt
import math

from .. import bracketed, convert, implied_rate, money, rates
from ..currency import CurrencyError, coverage, currencies
from ..selfcheck import NoAnswerKey, question

# What each key saw the last time it ran, for its hints (a hint sees only the answer and the key).
SEEN: dict[str, dict] = {}

AGREE_PERCENT = 1.0  # "agree within 1%"
YEARS_BACK = 5  # the search for a rate that makes the pair agree: from five years before the article to its year
NEAR = 0.25  # sums within 25% of each other, once converted, may be the same money


def _close(a, b, rel=1e-3) -> bool:
    return math.isclose(float(a), float(b), rel_tol=rel, abs_tol=0.0)


def _day(x) -> dt.date:
    return x.date() if hasattr(x, "date") and callable(x.date) else x


def last_day() -> dt.date:
    """The last day in the library's copy of the ECB rates."""
    return coverage("EUR")[1]


def dated_money(articles):
    """``money(articles)`` with a ``date`` column (the article's), keeping only the rows the ECB data can convert."""
    import pandas as pd

    dates = pd.DataFrame({"article": [a.id for a in articles], "date": [a.date for a in articles]}, columns=["article", "date"])
    mo = money(articles).merge(dates, on="article", how="left")
    mo["date"] = pd.to_datetime(mo["date"])
    usable = mo["date"].le(pd.Timestamp(last_day())) & mo["currency"].isin(currencies())
    return mo[usable].reset_index(drop=True)


def conversions(article) -> list:
    """The article's bracketed conversions, checked at its date; none if it has no date or the ECB has no rate."""
    if article.date is None or article.date > last_day():
        return []
    try:
        return bracketed(article.text, on=article.date)
    except CurrencyError:
        return []


def _money(articles):
    mo = dated_money(articles)
    if mo.empty:
        raise NoAnswerKey("the library found no money in this story that the ECB rates can convert")
    return mo


def main_currency(mo) -> str:
    return str(mo["currency"].value_counts().index[0])


def pair(articles):
    """(foreign row, home row, ImpliedRate) for section 4, or NoAnswerKey."""
    import numpy as np

    mo = _money(articles)
    home = main_currency(mo)
    inside = {(a.id, c.second.start) for a in articles for c in conversions(a)}
    in_brackets = [(a, s) in inside for a, s in zip(mo["article"], mo["start"])]
    foreign = mo[(mo["currency"] != home) & ~np.array(in_brackets, dtype=bool)]
    if foreign.empty:
        raise NoAnswerKey(f"every sum outside brackets is in {home}: there are no two currencies to compare")
    f = foreign.iloc[0]
    converted = convert(f["amount"], f["currency"], to=home, on=f["date"]).result
    homes = mo[(mo["currency"] == home) & ~np.array(in_brackets, dtype=bool)]
    if homes.empty:
        raise NoAnswerKey(f"every sum in {home} is a conversion in brackets: there is no second figure to compare with")
    gap = np.log(homes["amount"] / converted).abs()
    h = homes.loc[gap.idxmin()]
    return f, h, implied_rate(h["text"], f["text"], on=f["date"])


# ---------------------------------------------------------------- 1. the rate of the day


@question("03.q1", "Converting the first sum on the first Saturday on or after its article's date: whose rate is used?",
          default_hint="Convert the sum on that Saturday with convert(..., on=saturday) and read the rate_date of the result, "
                       'as text: str(c.rate_date).')
def q1(articles):
    mo = _money(articles)
    first = mo.iloc[0]
    to = "EUR" if first["currency"] != "EUR" else "USD"
    day = _day(first["date"])
    saturday = day + dt.timedelta(days=(5 - day.weekday()) % 7)
    SEEN["03.q1"] = {"saturday": str(saturday), "article": str(day)}
    return str(convert(first["amount"], first["currency"], to=to, on=saturday).rate_date)


q1.hint(lambda answer, key: answer.strip() == SEEN["03.q1"]["saturday"] != key)(
    "That is the Saturday itself, the day you asked for. The ECB publishes no rate at weekends: "
    "the result's rate_date says which day's rate was used instead.")
q1.hint(lambda answer, key: answer.strip() == SEEN["03.q1"]["article"] != key)(
    "That is the article's own date. Convert on the Saturday (on=saturday) and read rate_date.")
q1.hint(lambda answer, key: answer.strip().startswith(key))(
    "Right day, but give the date alone, as YYYY-MM-DD: str(c.rate_date), not a timestamp with a time.")


# ---------------------------------------------------------------- 2. a whole column


@question("03.q2", "What is the first sum not in the story's main currency worth in the main currency, at its article's date?",
          tolerance=1e-3,
          default_hint="Give convert the row's amount and currency, to=home, and the row's date as on=...; "
                       "the number you want is the conversion's .result.")
def q2(articles):
    mo = _money(articles)
    home = main_currency(mo)
    others = mo[mo["currency"] != home]
    if others.empty:
        raise NoAnswerKey(f"every sum in this story is in {home}: there is nothing to convert")
    row = others.iloc[0]
    c = convert(row["amount"], row["currency"], to=home, on=row["date"])
    SEEN["03.q2"] = {"amount": float(row["amount"]), "backwards": float(row["amount"]) / c.rate}
    return c.result


q2.hint(lambda answer, key: _close(answer, SEEN["03.q2"]["amount"]) and not _close(answer, key))(
    "That is the sum as the article wrote it, in its own currency. Convert it into the main currency.")
q2.hint(lambda answer, key: _close(answer, SEEN["03.q2"]["backwards"]) and not _close(answer, key))(
    "You divided by the rate instead of multiplying: that converts the wrong way. "
    "convert(amount, currency, to=home, on=...) does it for you.")
q2.hint(lambda answer, key: 0.7 < float(answer) / key < 1.3)(
    'Close, but not the rate of the article\'s day. Pass on=row["date"] to convert.')


# ---------------------------------------------------------------- 3. bracketed conversions


def _last_bracket(articles):
    found = [c for a in articles for c in conversions(a)]
    if not found:
        raise NoAnswerKey("no article in this story gives a sum with its conversion in brackets")
    SEEN["brackets"] = {"first": found[0].implied}
    return found[-1]


@question("03.q3", "What exchange rate does the last bracketed conversion imply?", tolerance=1e-6,
          default_hint="Divide the sum in brackets (second_amount) by the sum before it (first_amount), both from the row last.")
def q3(articles):
    c = _last_bracket(articles)
    SEEN["03.q3"] = {"reference": c.reference, "first": SEEN["brackets"]["first"]}
    return c.second.amount / c.first.amount


q3.hint(lambda answer, key: _close(float(answer) * key, 1.0))(
    "Upside down: that is units of the first currency per unit of the second. Divide the sum in brackets by the sum before it.")
q3.hint(lambda answer, key: _close(answer, SEEN["03.q3"]["reference"]) and not _close(answer, key, 1e-6))(
    "That is the ECB's rate of the day. The implied rate comes from the article's own two numbers.")
q3.hint(lambda answer, key: _close(answer, SEEN["03.q3"]["first"], 1e-6) and not _close(answer, key, 1e-6))(
    "That is the rate of the first bracketed conversion. Take the last row of br: br.iloc[-1].")


@question("03.q4", "By how many percent does that implied rate differ from the ECB rate of the article's day?", tolerance=0.01,
          default_hint='Divide the implied rate by the ECB rate, subtract 1, multiply by 100: (implied / reference - 1) * 100.')
def q4(articles):
    c = _last_bracket(articles)
    implied = c.second.amount / c.first.amount
    SEEN["03.q4"] = {"implied": implied, "reference": c.reference}
    return (implied / c.reference - 1) * 100


q4.hint(lambda answer, key: abs(float(answer) * 100 - key) < 0.01 and abs(key) > 0.01)(
    "That is a fraction, not a percent: multiply by 100.")
q4.hint(lambda answer, key: abs(float(answer) + key) < 0.01 and abs(key) > 0.01)(
    "Right size, wrong sign. Divide the implied rate by the ECB rate (not the other way): "
    "a negative difference means the article's rate is below the ECB's.")
q4.hint(lambda answer, key: abs(float(answer) - (SEEN["03.q4"]["reference"] / SEEN["03.q4"]["implied"] - 1) * 100) < 0.01)(
    "Divide the implied rate by the ECB rate, not the ECB rate by the implied one.")
q4.hint(lambda answer, key: _close(answer, SEEN["03.q4"]["implied"] / SEEN["03.q4"]["reference"]))(
    "That is the ratio of the two rates. Subtract 1 and multiply by 100 to make it a percent difference.")
q4.hint(lambda answer, key: _close(answer, SEEN["03.q4"]["implied"] - SEEN["03.q4"]["reference"]))(
    "That is the gap in units of currency. Give it as a percent of the ECB rate.")


# ---------------------------------------------------------------- 4. two figures that cannot both be right


@question("03.q5", "Do the two sums of the pair agree within 1% at the ECB rate of the article's day?",
          default_hint="Look at pair.difference: how big is it once you drop its sign (abs)? Compare that size with 1.")
def q5(articles):
    _, _, r = pair(articles)
    return bool(abs(r.difference) <= AGREE_PERCENT)


def _year_rates(home: str, other: str, first_year: int, last_year: int):
    first = max(dt.date(first_year, 1, 1), coverage(home)[0], coverage(other)[0])
    last = min(dt.date(last_year, 12, 31), last_day())
    return rates(home, other, first, last)


@question("03.q6", "On which day of the article's year was the ECB rate closest to the implied rate?",
          default_hint="Take the absolute difference between each day's rate and the implied rate, "
                       "find the day where it is smallest with .idxmin(), and give it as text: str(day.date()).")
def q6(articles):
    f, h, r = pair(articles)
    year = r.date.year
    series = _year_rates(h["currency"], f["currency"], year, year)
    gap = (series - r.implied).abs()
    if (gap == gap.min()).sum() > 1:
        raise NoAnswerKey("two days tie for the closest rate")
    SEEN["03.q6"] = {"furthest": str(gap.idxmax().date()), "lowest": str(series.idxmin().date()),
                     "highest": str(series.idxmax().date())}
    return str(gap.idxmin().date())


q6.hint(lambda answer, key: answer.strip() == SEEN["03.q6"]["furthest"] != key)(
    "That is the day FURTHEST from the implied rate. .idxmin() finds the smallest gap, .idxmax() the largest.")
q6.hint(lambda answer, key: answer.strip() == SEEN["03.q6"]["highest"] != key)(
    "That is the day with the highest rate of the year. Compare each day's rate with the implied rate first.")
q6.hint(lambda answer, key: answer.strip() == SEEN["03.q6"]["lowest"] != key)(
    "That is the day with the lowest rate of the year. Take the absolute difference (.abs()) "
    "between each day's rate and the implied rate, then its .idxmin().")
q6.hint(lambda answer, key: answer.strip().startswith(key))(
    "Right day, but give the date alone, as YYYY-MM-DD: str(day.date()).")


@question("03.q7", "How many days, from five years before the article to the end of its year, have a rate within 1% of the implied rate?",
          default_hint="Keep the days whose rate is within 1% of the implied rate (span / pair.implied between 0.99 and 1.01), "
                       "then count them: True counts as 1 in .sum().")
def q7(articles):
    f, h, r = pair(articles)
    year = r.date.year
    series = _year_rates(h["currency"], f["currency"], year - YEARS_BACK, year)
    ratio = (series / r.implied - 1).abs()
    SEEN["03.q7"] = {
        "all": len(series),
        "this_year": int(((series.index.year == year) & (ratio <= 0.01)).sum()),
        "units": int(((series - r.implied).abs() <= 1).sum()),
        "percent": int((ratio <= 1).sum()),
    }
    return int((ratio <= AGREE_PERCENT / 100).sum())


q7.hint(lambda answer, key: answer == SEEN["03.q7"]["all"] != key)(
    "That counts every day of the span. Keep only the days within 1% of the implied rate, then count them.")
q7.hint(lambda answer, key: answer == SEEN["03.q7"]["percent"] != key)(
    "1% is 0.01 as a fraction: compare (span / pair.implied - 1).abs() with 0.01, not with 1.")
q7.hint(lambda answer, key: answer == SEEN["03.q7"]["units"] != key)(
    "Within 1% is not within 1 unit of currency: compare the ratio of the rates, span / pair.implied, with 1.")
q7.hint(lambda answer, key: answer == SEEN["03.q7"]["this_year"] != key)(
    "That counts only the days of the article's year. Count over the whole span, from five years before.")
