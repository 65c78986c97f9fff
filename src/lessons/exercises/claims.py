"""Answer keys for ``workbook/02-cross-checking-claims.ipynb``: one claim told several ways, and why the versions differ.

Every key repeats the notebook's own steps on the articles loaded (the library's ``claims()`` and
``disagreements()`` are what the notebook checks the student's table against, so the keys do not use them):

- ``mention_table``: every figure (``figures``) and every sum of money (``money``, converted to US dollars
  with ``convert_column`` at its own article's date) in one table; words for people are one unit, an age is a duration;
- ``group_table``: mentions grouped by kind, unit and value rounded to one significant figure, most articles first;
- ``pair_table``: two mentions of one group that differ by more than 0.5%, from two articles (``across``) or one;
- ``classify``: rounding (a hedge or the rounding of the figures allows both), currency or date (another
  currency, and some exchange rate of that year makes them agree), or different quantity or error;
- ``change_table``: each printing of a shared quotation compared word by word (``word_diff``) with the group's first.
"""

from __future__ import annotations

import re

from .. import convert_column, figures, money, quote_groups, rates, word_diff
from ..currency import CurrencyError, coverage, currencies
from ..selfcheck import NoAnswerKey, question
from .common import _text

# What each key saw the last time it ran, for its hints (a hint sees only the answer and the key).
SEEN: dict[str, dict] = {}

PEOPLE = {"troops", "personnel", "soldiers", "people", "staff", "workers", "members", "protesters", "residents", "employees"}
APPROXIMATE = {"about", "around", "roughly", "nearly", "approximately", "almost", "some", "an estimated", "close to",
               "just over", "just under"}
UPPER = {"up to", "as much as", "at most"}  # the true figure may be lower
LOWER = {"more than", "at least", "over", "upwards of"}  # the true figure may be higher
SAME = 0.5  # percent: closer than this is the same figure
ROUNDING, LOOSE = 2.5, 10.0  # percent: what rounding explains, without and with "about"
CLASSES = ("rounding", "currency or date", "different quantity", "error")
COLUMNS = ["article", "outlet", "start", "end", "text", "kind", "unit", "value", "qualifier", "currency", "amount", "date"]




def one_figure(value: float) -> float:
    """A value rounded to one significant figure, as the notebook does: float(f"{value:.1g}")."""
    return float(f"{value:.1g}")


def mention_table(articles):
    """Every figure and sum of money of the story, money in US dollars at its article's date."""
    import pandas as pd

    dates = pd.DataFrame({"article": [a.id for a in articles], "date": [a.date for a in articles]}, columns=["article", "date"])
    last_day = coverage("EUR")[1]
    mo = money(articles).merge(dates, on="article", how="left")
    mo["date"] = pd.to_datetime(mo["date"])
    mo = mo[mo["date"].le(pd.Timestamp(last_day)) & mo["currency"].isin(currencies())].copy()
    mo["usd"] = convert_column(mo["amount"], mo["currency"], mo["date"], to="USD")
    fi = figures(articles).merge(dates, on="article", how="left")
    fi["date"] = pd.to_datetime(fi["date"])
    fi["unit"] = fi["unit"].str.lower().replace({w: "people" for w in PEOPLE})
    fi["kind"] = fi["kind"].replace({"age": "duration"})
    money_rows = mo.assign(kind="money", unit="USD", value=mo["usd"])
    figure_rows = fi.assign(currency="", amount=fi["value"])
    table = pd.concat([money_rows[COLUMNS], figure_rows[COLUMNS]], ignore_index=True)
    table["outlet"] = table["outlet"].replace("", "(unknown)")
    table = table.dropna(subset=["value"]).reset_index(drop=True)
    table["size"] = [one_figure(v) for v in table["value"]]
    return table


def group_table(mentions):
    """(groups, mentions with a group column): groups by kind, unit and size, the most articles first."""
    groups = (mentions.groupby(["kind", "unit", "size"])
              .agg(mentions=("text", "size"), articles=("article", "nunique"), smallest=("value", "min"), largest=("value", "max"))
              .reset_index())
    groups = groups.sort_values(["articles", "largest"], ascending=[False, False], kind="stable").reset_index(drop=True)
    groups["group"] = groups.index + 1
    mentions = mentions.merge(groups[["kind", "unit", "size", "group"]], on=["kind", "unit", "size"], how="left")
    return groups, mentions


def _tables(articles):
    mentions = mention_table(articles)
    if mentions.empty:
        raise NoAnswerKey("the library found no figures or sums of money in this story")
    return group_table(mentions)


def fits_some_rate(row) -> bool:
    """Do two sums in different currencies agree within 1% at some ECB rate of the year of the first one's article?"""
    if row["kind_a"] != "money" or row["currency_a"] == row["currency_b"]:
        return False
    year = row["date_a"].year
    try:
        year_rates = rates(row["currency_a"], row["currency_b"], f"{year}-01-01", f"{year}-12-31")
    except CurrencyError:
        return False
    implied = row["amount_b"] / row["amount_a"]
    return bool(((year_rates - implied).abs() <= 0.01 * implied).any())


def classify(row) -> str:
    """rounding, currency or date, or different quantity or error: the notebook's rule, mildest first."""
    low, high = ("a", "b") if row["value_a"] <= row["value_b"] else ("b", "a")
    if row[f"qualifier_{high}"] in UPPER or row[f"qualifier_{low}"] in LOWER:
        return "rounding"
    hedged = row["qualifier_a"] in APPROXIMATE or row["qualifier_b"] in APPROXIMATE
    if row["gap %"] <= ROUNDING or (hedged and row["gap %"] <= LOOSE):
        return "rounding"
    if fits_some_rate(row):
        return "currency or date"
    return "different quantity or error"


def pair_table(mentions, across: bool = True):
    """Pairs of mentions of one group that differ by more than 0.5%: from two articles, or (across=False) from one."""
    pairs = mentions.merge(mentions, on="group", suffixes=("_a", "_b"))
    if across:
        pairs = pairs[pairs["article_a"] < pairs["article_b"]]
    else:
        pairs = pairs[(pairs["article_a"] == pairs["article_b"]) & (pairs["start_a"] < pairs["start_b"])]
    pairs = pairs.copy()
    pairs["gap %"] = (pairs[["value_a", "value_b"]].max(axis=1) / pairs[["value_a", "value_b"]].min(axis=1) - 1) * 100
    pairs = pairs[pairs["gap %"] > SAME]
    return pairs.sort_values(["group", "article_a", "start_a", "article_b", "start_b"]).reset_index(drop=True)


# ---------------------------------------------------------------- 1. one table of claims


@question("02.q1", "How many articles agree on the value of the count that the most articles give?",
          default_hint='For each value of rows, count the different articles that give it: rows.groupby("value")["article"].nunique(); '
                       "the largest of those counts is your answer.")
def q1(articles):
    groups, mentions = _tables(articles)
    counts = groups[groups["kind"] == "count"]
    if counts.empty:
        raise NoAnswerKey("the library found no counts in this story")
    rows = mentions[mentions["group"] == counts["group"].iloc[0]]
    per_value = rows.groupby("value")["article"].nunique()
    SEEN["02.q1"] = {"mentions": len(rows), "values": rows["value"].nunique(), "all": len(articles),
                     "most_mentions": int(rows["value"].value_counts().max())}
    return int(per_value.max())


q1.hint(lambda answer, key: answer == SEEN["02.q1"]["most_mentions"] != key)(
    "That counts mentions, and one article can give the figure twice. Count the different articles: .nunique() on the article column.")
q1.hint(lambda answer, key: answer == SEEN["02.q1"]["mentions"] != key)(
    "That is every row of rows. Count the articles, each once, that give the same value.")
q1.hint(lambda answer, key: answer == SEEN["02.q1"]["all"] != key)(
    "That is every article loaded. Count only the articles in rows that give the most common value.")
q1.hint(lambda answer, key: answer == SEEN["02.q1"]["values"] != key)(
    "That counts the different values. You want, for the commonest value, how many articles give it.")


# ---------------------------------------------------------------- 2. how far apart


@question("02.q2", "By how many percent is the largest sum of the money group given by the most articles bigger than its smallest?",
          tolerance=0.01,
          default_hint='Use the value column (US dollars): (rows["value"].max() / rows["value"].min() - 1) * 100.')
def q2(articles):
    groups, mentions = _tables(articles)
    apart = groups[(groups["kind"] == "money") & (groups["largest"] > groups["smallest"] * (1 + SAME / 100))]
    if apart.empty:
        raise NoAnswerKey("no group of sums of money in this story has two values more than 0.5% apart")
    rows = mentions[mentions["group"] == apart["group"].iloc[0]]
    hi, lo = rows["value"].max(), rows["value"].min()
    usd = rows[rows["currency"] == "USD"]["value"]
    SEEN["02.q2"] = {"as_written": (rows["amount"].max() / rows["amount"].min() - 1) * 100, "of_largest": (hi - lo) / hi * 100,
                     "usd_only": (usd.max() / usd.min() - 1) * 100 if len(usd) else None}
    return (hi / lo - 1) * 100


q2.hint(lambda answer, key: abs(float(answer) * 100 - key) < 0.05)(
    "That is a fraction, not a percent: multiply by 100.")
q2.hint(lambda answer, key: float(answer) < 0 and abs(float(answer)) < 100)(
    "Negative: you divided the smallest by the largest. Divide the largest by the smallest.")
q2.hint(lambda answer, key: abs(float(answer) - SEEN["02.q2"]["as_written"]) < 0.01 and abs(key - SEEN["02.q2"]["as_written"]) > 0.01)(
    "You compared the sums as written, in their own currencies. Use the value column: every sum in US dollars.")
q2.hint(lambda answer, key: abs(float(answer) - SEEN["02.q2"]["usd_only"]) < 0.01 and abs(key - SEEN["02.q2"]["usd_only"]) > 0.01)(
    "You left out some rows: a sum converted from another currency counts too, at its value in US dollars.")
q2.hint(lambda answer, key: abs(float(answer) - SEEN["02.q2"]["of_largest"]) < 0.01)(
    "That is the gap as a percent of the largest. Divide the largest by the smallest, subtract 1, multiply by 100.")


# ---------------------------------------------------------------- 3. why they differ


@question("02.q3", "Which kind of difference is the closest pair: rounding, currency or date, different quantity, or error?",
          default_hint="Work through the rule in order: is there a hedge (about, up to, more than)? "
                       "Is the gap within rounding (2.5%, or 10% with about)? Then look at the currencies.")
def q3(articles):
    _, mentions = _tables(articles)
    pairs = pair_table(mentions)
    if pairs.empty:
        raise NoAnswerKey("no two articles in this story give figures of one group more than 0.5% apart")
    closest = pairs.sort_values("gap %", kind="stable").iloc[0]
    kind = classify(closest)
    SEEN["02.q3"] = {"same_currency": closest["currency_a"] == closest["currency_b"], "gap": float(closest["gap %"])}
    if kind == "different quantity or error":
        raise NoAnswerKey("neither rounding nor a rate explains this pair: whether it is a different quantity or an error "
                          "is for you to decide by reading both sentences")
    return kind


q3.hint(lambda answer, key: _text(answer) not in CLASSES)(
    'Answer with one of the four names, in quotes: "rounding", "currency or date", "different quantity" or "error".')
q3.hint(lambda answer, key: _text(answer) == "currency or date" and SEEN["02.q3"]["same_currency"])(
    "Both figures are in the same currency (or are not money at all): no exchange rate comes into it.")
q3.hint(lambda answer, key: _text(answer) in ("different quantity", "error") and key == "rounding")(
    "Look again at the gap and at the qualifiers: a small gap, or a hedge such as about or up to, is explained by the writing.")
q3.hint(lambda answer, key: _text(answer) in ("different quantity", "error") and key == "currency or date")(
    "Not so fast: the two sums are in different currencies, and the rate of the day is not the only rate. "
    "Is there a rate that year at which they are the same money?")
q3.hint(lambda answer, key: _text(answer) == "rounding" and key == "currency or date")(
    "The gap is too big for rounding at the rate of the article's day. Try the other rates of that year.")


# ---------------------------------------------------------------- 4. an article against itself


@question("02.q4", "Which articles give two figures of one group that the rule cannot explain as rounding?",
          default_hint='Keep the rows of inside whose class is not "rounding", then collect their article column into a set.')
def q4(articles):
    _, mentions = _tables(articles)
    inside = pair_table(mentions, across=False)
    if inside.empty:
        raise NoAnswerKey("no article in this story gives two figures of one group more than 0.5% apart")
    inside["class"] = [classify(r) for _, r in inside.iterrows()]
    found = set(inside.loc[inside["class"] != "rounding", "article_a"])
    if not found:
        raise NoAnswerKey("every article's own figures agree within rounding")
    SEEN["02.q4"] = {"all": set(inside["article_a"]), "outlets": {_text(o) for o in inside["outlet_a"]},
                     "ids": set(mentions["article"])}
    return found


q4.hint(lambda answer, key: all(_text(a) in SEEN["02.q4"]["outlets"] for a in answer) and answer)(
    "Give the articles' ids (the article column), not their outlets: two articles can share an outlet, or have none.")
q4.hint(lambda answer, key: {_text(a) for a in answer} == {_text(a) for a in SEEN["02.q4"]["all"]} != {_text(k) for k in key})(
    'That is every article with a pair inside it. Keep only the pairs whose class is not "rounding".')


# ---------------------------------------------------------------- 5. the same words?


def letters(words: str) -> str:
    """Only the letters and digits, lower case: "U.S." and "US" are the same spelling."""
    return re.sub(r"[^a-z0-9]", "", words.lower())


def change_table(articles):
    """Each printing of a shared quotation against the first printing of its group, word by word."""
    import pandas as pd

    qg = quote_groups(articles)
    qg["outlet"] = qg["outlet"].replace("", "(unknown)")
    rows = []
    for group, printings in qg.groupby("group", sort=True):
        first = printings.iloc[0]
        for _, other in printings.iloc[1:].iterrows():
            for op, words_a, words_b in word_diff(first["text"], other["text"]):
                rows.append({"group": group, "outlet_a": first["outlet"], "outlet_b": other["outlet"], "op": op,
                             "words_a": words_a, "words_b": words_b, "spelling only": letters(words_a) == letters(words_b)})
    return pd.DataFrame(rows, columns=["group", "outlet_a", "outlet_b", "op", "words_a", "words_b", "spelling only"])


def swaps(changes):
    """One word replaced by one other word, not just spelled differently."""
    one_word = (changes["words_a"].str.split().str.len() == 1) & (changes["words_b"].str.split().str.len() == 1)
    return changes[(changes["op"] == "replace") & one_word & ~changes["spelling only"]]


PUNCTUATION = ".,;:!?\"'“”‘’()[]"


@question("02.q5", "In the first shared quotation where one outlet swapped one word for another, which word did it print?",
          default_hint='Read the highlighted word in the right-hand column of the picture, or take swap["words_b"].')
def q5(articles):
    found = swaps(change_table(articles))
    if found.empty:
        raise NoAnswerKey("no outlet in this story swapped one word of a quotation another outlet printed")
    swap = found.iloc[0]
    SEEN["02.q5"] = {"before": swap["words_a"].strip(PUNCTUATION)}
    return swap["words_b"].strip(PUNCTUATION)


q5.hint(lambda answer, key: _text(answer) == _text(SEEN["02.q5"]["before"]))(
    "That is the word the first outlet printed. Which word did the other outlet print in its place?")
q5.hint(lambda answer, key: _text(answer.strip(PUNCTUATION)) == _text(key))(
    "Right word: give it without the punctuation around it.")
q5.hint(lambda answer, key: len(answer.split()) > 1)(
    "Give one word: the one the second outlet printed instead.")
