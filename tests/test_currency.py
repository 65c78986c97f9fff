"""Conversion at the ECB rate of the day, implied rates, and the convert command."""

import datetime as dt
import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lessons import CurrencyError, MoneyError, bracketed, convert, convert_column, implied_rate, load_articles, parse_money


def test_conversion_agrees_with_the_ecb_cross_rate():
    # ECB reference rates of 19 Nov 2019: 1 EUR = 1.1077 USD = 1292.02 KRW = 1.5070 SGD.
    c = convert("1.04 trillion won", to="USD", on="2019-11-19")
    assert c.result == pytest.approx(1.04e12 * 1.1077 / 1292.02, rel=0.005)
    assert convert(5e9, "USD", "SGD", on="2019-11-19").result == pytest.approx(5e9 * 1.5070 / 1.1077, rel=0.005)


def test_weekends_and_holidays_use_the_previous_business_day_and_say_so():
    assert convert(1, "EUR", "USD", on="2019-11-24").rate_date == dt.date(2019, 11, 22)
    assert convert(1, "EUR", "USD", on="2019-12-25").rate_date == dt.date(2019, 12, 24)


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: convert(5, "XYZ", "USD", on="2019-11-19"), "Choose one of: AUD"),
        (lambda: convert(5, "EUR", "USD", on="1970-01-01"), "the data covers 1999-01-04"),
        (lambda: convert(5, "EUR", "USD", on="19/11/2019"), "YYYY-MM-DD"),
        (lambda: convert(5, "EUR", "USD"), "on which day"),
    ],
)
def test_errors_say_what_is_available(call, message):
    with pytest.raises(CurrencyError, match=message):
        call()


def test_bracketed_conversions_imply_a_rate_that_can_be_checked():
    st_article = load_articles(quiet=True).get("004")
    found = bracketed(st_article.text, on=st_article.date)
    assert [(r.first.text, r.second.text) for r in found] == [
        ("up to US$5 billion", "S$6.81 billion"), ("1.04 trillion won", "S$1.21 billion")]
    assert abs(found[0].difference) < 1  # the Straits Times converted at the day's rate


def test_two_figures_of_the_same_money_in_two_currencies():
    r = implied_rate("$990 million", "1.04 trillion won", on="2019-11-19")
    assert r.implied == pytest.approx(1050.5, abs=0.1) and r.difference == pytest.approx(-9.9, abs=0.2)


def test_a_whole_column_is_converted_at_each_rows_own_date():
    import pandas as pd

    df = pd.DataFrame({"amount": [1e9, 1e9], "currency": ["KRW", "KRW"], "date": ["2018-01-02", "2019-11-19"]})
    out = convert_column(df.amount, df.currency, df.date, to="USD")
    assert out.tolist() == pytest.approx([convert(1e9, "KRW", on=d).result for d in df.date])


def cli(*args):
    return subprocess.run([sys.executable, "-m", "lessons.cli", *args], capture_output=True, text=True)


def test_convert_command_prints_the_documented_json():
    out = cli("convert", "1.04 trillion won", "--to", "USD", "--on", "2019-11-19", "--json")
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    assert set(record) == {"amount", "currency", "to", "date", "rate_date", "rate", "result"}
    assert record["currency"] == "KRW" and record["result"] == pytest.approx(891.6e6, rel=0.001)


@pytest.mark.parametrize("money", ["five bananas", "", "$"])
def test_convert_command_refuses_text_that_is_not_money(money):
    out = cli("convert", money, "--to", "USD", "--on", "2019-11-19")
    assert out.returncode != 0 and "not an amount of money" in out.stderr and "Traceback" not in out.stderr


SYMBOL = st.sampled_from(["$", "US$", "S$", "HK$", "€", "£", "¥", "₩", "USD ", "EUR "])
SCALE = st.sampled_from(["", " million", " billion", " trillion", "m", "bn"])


@settings(max_examples=300, deadline=None)
@given(SYMBOL, st.integers(0, 999_999_999), st.integers(0, 99), SCALE)
def test_any_formatted_amount_parses_back_to_itself(symbol, whole, cents, scale):
    number = f"{whole:,}" if not scale else f"{whole % 1000}.{cents:02d}"
    text = f"{symbol}{number}{scale}"
    m = parse_money(text)
    factor = {"": 1, " million": 1e6, " billion": 1e9, " trillion": 1e12, "m": 1e6, "bn": 1e9}[scale]
    assert m.text == text
    assert m.amount == pytest.approx(float(number.replace(",", "")) * factor)


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_no_input_raises_anything_but_the_documented_error(text):
    try:
        parse_money(text)
    except MoneyError:
        pass
