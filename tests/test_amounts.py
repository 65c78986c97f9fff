"""Money and other figures as journalists write them."""

import pytest

from lessons import MoneyError, find_figures, find_money, load_articles, money, parse_money


@pytest.mark.parametrize(
    "text, amount, currency, qualifier, assumed",
    [
        ("$990,000,000", 990e6, "USD", "", True),
        ("about $1 billion", 1e9, "USD", "about", True),
        ("up to US$5 billion", 5e9, "USD", "up to", False),
        ("S$6.81 billion", 6.81e9, "SGD", "", False),
        ("1.04 trillion won", 1.04e12, "KRW", "", False),
        ("USD 5 billion", 5e9, "USD", "", False),
        ("5 billion USD", 5e9, "USD", "", False),
        ("€30m", 30e6, "EUR", "", False),
        ("£3.2bn", 3.2e9, "GBP", "", False),
        ("more than HK$10,000", 1e4, "HKD", "more than", False),
        ("3 billion Singapore dollars", 3e9, "SGD", "", False),
        ("500 million yen", 5e8, "JPY", "", False),
        ("five million dollars", 5e6, "USD", "", True),
        # as papers in Nigeria, Ghana and Kenya write their currencies
        ("N2.17 trillion", 2.17e12, "NGN", "", False),
        ("N13,588,027,886,175", 13588027886175, "NGN", "", False),
        ("GH¢20,928", 20928, "GHS", "", False),
        ("10,560 Ghana cedis", 10560, "GHS", "", False),
        ("50 Kenya shillings", 50, "KES", "", False),
        ("1,822 U.S.dollars", 1822, "USD", "", False),
        ("SEK 96.5 m", 96.5e6, "SEK", "", False),  # "m" for million after a space
        ("€1 500 000", 1.5e6, "EUR", "", False),  # a space between thousands
    ],
)
def test_money_as_written(text, amount, currency, qualifier, assumed):
    m = parse_money(text)
    assert (m.amount, m.currency, m.qualifier, m.assumed) == (pytest.approx(amount), currency, qualifier, assumed)
    assert m.text == text


def test_ranges_keep_both_ends():
    m = parse_money("$4.7 billion to $5 billion")
    assert (m.amount, m.high, m.qualifier) == (4.7e9, 5e9, "range")
    assert parse_money("between $2 and $3 million").amount == 2e6


def test_a_full_stop_after_a_short_scale_ends_the_sentence_not_the_sum():
    assert [m.text for m in find_money("Debt rose to N13.58trn. Then it fell to $5bn.")] == ["N13.58trn", "$5bn"]


def test_a_single_letter_before_a_small_sum_is_the_currency_of_a_story_set_in_its_country():
    text = "Fuel in Lagos\n\nNigeria raised the pump price in Lagos to N600 a litre, Abuja said. N95 masks are sold out."
    assert [(m.text, m.amount, m.currency) for m in find_money(text)] == [("N600", 600, "NGN")]
    text = "Rice prices\n\nIn Manila, regular milled rice sells at P43 a kilo, the Philippine agency said."
    assert [(m.text, m.amount, m.currency) for m in find_money(text)] == [("P43", 43, "PHP")]
    assert find_money("Regular rice sells at P43 a kilo.") == []  # (no country: no telling whose "P")
    text = "Grants\n\nThe grant in South Africa rose to R350 000 a year, officials in Johannesburg said."
    assert [(m.text, m.amount, m.currency) for m in find_money(text)] == [("R350 000", 350000, "ZAR")]


def test_a_single_letter_is_a_currency_only_before_a_large_or_grouped_sum():
    assert find_money("Wear N95 masks on Route N2 and pay N500.") == []
    assert [m.text for m in find_money("It sold 5 t-shirts for $5 each.")] == ["$5"]


def test_won_the_verb_is_not_money():
    assert find_money("The party won the vote and 5 won't change that.") == []


@pytest.mark.parametrize("bad", ["five bananas", "", "$", "2019", None, 42])
def test_text_that_is_not_money_raises_a_clear_error(bad):
    with pytest.raises(MoneyError, match="is not"):
        parse_money(bad)


def test_every_seed_money_mention_is_found():
    table = money(load_articles(quiet=True))
    assert list(table.text) == [
        "$5 billion", "$990 million", "$990,000,000", "about $5 billion", "about $1 billion", "$4.7 billion",
        "$5 billion", "US$5 billion", "up to US$5 billion", "S$6.81 billion", "1.04 trillion won", "S$1.21 billion", "US$5 billion",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("keeping 28,500 US troops there", ("28,500 US troops", 28500, "troops", "count")),
        ("the 66-year alliance", ("66-year", 66, "year", "age")),
        ("for 70 years", ("70 years", 70, "year", "duration")),
        ("ended after about an hour", ("about an hour", 1, "hour", "duration")),
        ("a five-fold increase", ("five-fold", 5, "times", "multiple")),
        ("more than five times the sum", ("more than five times", 5, "times", "multiple")),
        ("turnout fell 4.5% in a day", ("4.5%", 4.5, "%", "percent")),
        ("up two percentage points", ("two percentage points", 2, "percentage points", "percent")),
        # a name that ends in s is not what is counted when a plural follows it
        ("More than 50 Texas Democrats left", ("More than 50 Texas Democrats", 50, "Democrats", "count")),
        ("at 14 Twin Cities hospitals.", ("14 Twin Cities hospitals", 14, "hospitals", "count")),
        # "and a half", a British "pc", and a word in quote marks between the number and what it counts
        ("It took two-and-a-half years", ("two-and-a-half years", 2.5, "year", "duration")),
        ("sentenced to 57 and a half years in prison", ("57 and a half years", 57.5, "year", "duration")),
        ("Prices rose 10pc last year.", ("10pc", 10, "%", "percent")),
        ('at least 6,000 "net" jobs', ('at least 6,000 "net" jobs', 6000, "jobs", "count")),
        # a part of a whole ("three of its …", "100 of the parliament’s 120 lawmakers"); a possessive is no plural
        ("It shut four of its vehicle production factories.", ("four of its vehicle production factories", 4, "factories", "count")),
        ("more than 100 of the parliament’s 120 lawmakers", ("more than 100 of the parliament’s 120 lawmakers", 100, "lawmakers", "count")),
        # number words joined by a hyphen; a space between thousands; a word for a body before what is counted
        ("Twenty-four hours later", ("Twenty-four hours", 24, "hour", "duration")),
        ("Seventy-eight-year-old Albert Johnson", ("Seventy-eight-year-old", 78, "year", "age")),
        ("It covers 160 000 square kilometres.", ("160 000 square kilometres", 160000, "kilometres", "count")),
        ("Two police officers were hurt", ("Two police officers", 2, "officers", "count")),
        ("that left 130 people dead", ("130 people", 130, "people", "count")),
        ("Around 15 MPs walked out; 55 dead.", ("Around 15 MPs", 15, "MPs", "count")),
    ],
)
def test_figures(text, expected):
    f = find_figures(text)[0]
    assert (f.text, f.value, f.unit, f.kind) == expected


def test_years_and_dates_are_not_figures():
    assert find_figures("On Nov 19, 2019, after the 1950-53 war, at 10:30 they met.") == []


def test_labels_are_not_figures():
    assert find_figures("He was arrested under section 17 of the Act, and Article 50 despite Tory rebels.") == []


def test_sums_in_hundredths_but_not_times_of_day():
    text = "At 2 p.m. the stamp rose from 76 pence to 85p, a 12 percent rise; a call costs five cents. It was 9 p.m.\n\nTwo senators left."
    found = find_money(text)
    assert [(m.text, m.amount, m.currency) for m in found] == [("76 pence", 0.76, "GBP"), ("85p", 0.85, "GBP"), ("five cents", 0.05, "USD")]
    figures = find_figures(text, [(m.start, m.end) for m in found])
    assert [(f.text, f.unit) for f in figures] == [("12 percent", "%"), ("Two senators", "senators")]
