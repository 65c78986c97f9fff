"""Answer keys for ``workbook/01-reading-an-article.ipynb``: boilerplate, quotes, money and figures."""

from __future__ import annotations

from .. import boilerplate, figures, money, quotes
from ..selfcheck import NoAnswerKey, question
from .common import _text

# What each key saw the last time it ran, for its hints (a hint sees only the answer and the key).
SEEN: dict[str, dict] = {}




# ---------------------------------------------------------------- body and boilerplate


CAPTION = "photo caption or credit"


@question("01.q1", "How many pieces of boilerplate in articles[0] are photo captions or credits?",
          default_hint=f'Keep the rows of first whose reason is exactly "{CAPTION}" (compare the reason column with ==), '
                       'then count them with len(...).')
def q1(articles):
    if not articles:
        raise NoAnswerKey("no articles are loaded")
    table = boilerplate(articles)
    first = table[table["article"] == articles[0].id]
    SEEN["01.q1"] = {"all_first": len(first), "everywhere": int((table["reason"] == CAPTION).sum())}
    return int((first["reason"] == CAPTION).sum())


q1.hint(lambda answer, key: answer == SEEN["01.q1"]["all_first"] != key)(
    f'That counts every piece of boilerplate in the first article. Keep only the rows whose reason is "{CAPTION}".')
q1.hint(lambda answer, key: answer == SEEN["01.q1"]["everywhere"] != key)(
    "That counts the captions of every article. Count only the rows of articles[0] (the table called first).")
q1.hint(lambda answer, key: answer == SEEN["01.q1"]["all_first"] - key != key)(
    "That counts the pieces that are NOT captions or credits. Keep the rows whose reason is equal (==) to it.")


@question("01.q2", "What are the words of the longest boilerplate span in the corpus?",
          default_hint='Slice the article\'s text with the row\'s offsets: article.text[longest["start"]:longest["end"]].')
def q2(articles):
    table = boilerplate(articles)
    if table.empty:
        raise NoAnswerKey("the library found no boilerplate in this story")
    length = table["end"] - table["start"]
    longest = table[length == length.max()]
    if len(longest) > 1:
        raise NoAnswerKey("two or more spans tie for the longest")
    return str(longest["text"].iloc[0])


q2.hint(lambda answer, key: answer.strip() == "" and key.strip() != "")(
    "Your text is all blanks: you sliced article.body, where boilerplate is blanked out. Slice article.text instead.")
q2.hint(lambda answer, key: _text(answer) in _text(key))(
    "You have part of the span. Use both of its offsets: from start up to (not including) end.")
q2.hint(lambda answer, key: _text(key) in _text(answer))(
    "You have the span and more. Stop at the row's end offset.")


# ---------------------------------------------------------------- quotes and speakers


@question("01.q3", "How many quotes have no speaker?",
          default_hint='Did you count the rows where speaker is missing? Try qt["speaker"].isna(), and add up the True values with .sum().')
def q3(articles):
    table = quotes(articles)
    SEEN["01.q3"] = {"all": len(table), "with": int(table["speaker"].notna().sum())}
    return int(table["speaker"].isna().sum())


q3.hint(lambda answer, key: answer == SEEN["01.q3"]["all"] != key)(
    'That is every quote. Keep only the rows where speaker is missing: qt["speaker"].isna().')
q3.hint(lambda answer, key: answer == SEEN["01.q3"]["with"] != key)(
    "That counts the quotes that DO have a speaker. You want the others.")


@question("01.q4", "Which speaker is quoted most often?",
          default_hint='qt["speaker"].value_counts() lists speakers from most to least quoted; the first label of its .index is the most quoted.')
def q4(articles):
    counts = quotes(articles)["speaker"].value_counts()
    if counts.empty:
        raise NoAnswerKey("no quote in this story has a speaker")
    if len(counts) > 1 and counts.iloc[0] == counts.iloc[1]:
        raise NoAnswerKey("two or more speakers tie for most quoted")
    SEEN["01.q4"] = {"speakers": {_text(s) for s in counts.index}}
    return str(counts.index[0])


q4.hint(lambda answer, key: _text(answer) not in SEEN["01.q4"]["speakers"])(
    "That is not one of the speakers in the table. Copy the name exactly as the speaker column writes it, in quotes.")
q4.hint(lambda answer, key: _text(answer) != _text(key))(
    "That speaker is in the table, but is not the most quoted. value_counts() puts the most frequent first.")


@question("01.q5", "How many quotes does the library credit to a second-hand source?",
          default_hint='Count the rows whose source is not empty: (qt["source"] != "").sum().')
def q5(articles):
    table = quotes(articles)
    SEEN["01.q5"] = {"all": len(table)}
    return int((table["source"] != "").sum())


q5.hint(lambda answer, key: answer == 0 != key)(
    'Where there is no source, the column holds an empty text "", not a missing value, so .isna() finds nothing. '
    'Compare with != "" instead.')
q5.hint(lambda answer, key: answer == SEEN["01.q5"]["all"] != key)(
    'That is every quote. Keep only the rows whose source is not "".')


# ---------------------------------------------------------------- money and figures


@question("01.q6", "Which currencies (ISO codes) are mentioned in the corpus?",
          default_hint='Collect the currency column into a set: set(mo["currency"]).')
def q6(articles):
    table = money(articles)
    if table.empty:
        raise NoAnswerKey("the library found no money in this story")
    return set(table["currency"])


q6.hint(lambda answer, key: any(len(str(a).strip()) != 3 for a in answer))(
    'Give ISO codes as the currency column writes them ("EUR", "JPY"), not symbols or names.')
q6.hint(lambda answer, key: {_text(a) for a in answer} < {_text(k) for k in key})(
    "You are missing at least one. Read every row of the table, not only the first ones that .head() shows.")
q6.hint(lambda answer, key: {_text(a) for a in answer} > {_text(k) for k in key})(
    "You have one too many. Give the codes in the currency column (three capital letters), each once.")


@question("01.q7", "What is the largest count (kind == 'count') among the figures?",
          default_hint='Keep the rows of the figures table whose kind is "count", then take the .max() of their value column.')
def q7(articles):
    table = figures(articles)
    counts = table[table["kind"] == "count"]
    if counts.empty:
        raise NoAnswerKey("the library found no counts in this story")
    amounts = money(articles)
    SEEN["01.q7"] = {"any": float(table["value"].max()), "money": {float(x) for x in amounts["amount"]}}
    return float(counts["value"].max())


q7.hint(lambda answer, key: answer == SEEN["01.q7"]["any"] != key)(
    'That figure is not a count. Keep only the rows where kind == "count" first.')
q7.hint(lambda answer, key: float(answer) in SEEN["01.q7"]["money"])(
    "That is a sum of money. Use the figures table, not the money table.")
