"""Answer keys for ``workbook/00-start-here.ipynb``: the corpus as a table, one article highlighted."""

from __future__ import annotations

from .. import annotate, overview
from ..selfcheck import NoAnswerKey, question
from .common import _text

# What each key saw the last time it ran, for its hints (a hint sees only the answer and the key).
SEEN: dict[str, dict] = {}




@question("00.q1", "How many articles are loaded?",
          default_hint="Count them with code rather than by eye: len(articles) counts the items in a list.")
def q1(articles):
    return len(articles)


q1.hint(lambda answer, key: answer == key - 1)(
    "Python counts positions from 0, so the last article is articles[len(articles) - 1]; "
    "but the number of articles is not the last position.")


@question("00.q2", "Which outlet published the article with the fewest words?",
          default_hint='Sort the table by its words column, table.sort_values("words"), and read the outlet in the first row.')
def q2(articles):
    table = overview(articles)
    if table.empty:
        raise NoAnswerKey("no articles are loaded")
    fewest = table[table["words"] == table["words"].min()]
    most = table[table["words"] == table["words"].max()]
    if len(fewest) > 1:
        raise NoAnswerKey("two or more articles tie for the fewest words")
    SEEN["00.q2"] = {"longest": set(most["outlet"]), "outlets": set(table["outlet"])}
    return str(fewest["outlet"].iloc[0])


q2.hint(lambda answer, key: _text(answer) in {_text(o) for o in SEEN["00.q2"]["longest"]})(
    "That outlet wrote the MOST words. sort_values puts the smallest first unless you say ascending=False.")
q2.hint(lambda answer, key: _text(answer) not in {_text(o) for o in SEEN["00.q2"]["outlets"]})(
    "Give the outlet's name exactly as the outlet column of the table writes it, in quotes.")


@question("00.q3", "How many amounts of money does show(articles[0]) highlight?",
          default_hint="Count every solid blue box, down to the last paragraph. "
                       "Then compare your count with the money column of overview(articles).")
def q3(articles):
    if not articles:
        raise NoAnswerKey("no articles are loaded")
    found = annotate(articles[0])
    SEEN["00.q3"] = {"quotes": len(found.quotes), "figures": len(found.figures)}
    return len(found.money)


q3.hint(lambda answer, key: answer == SEEN["00.q3"]["figures"] != key)(
    "You may have counted the figures (green dotted underline). Money has a solid blue box.")
q3.hint(lambda answer, key: answer == SEEN["00.q3"]["quotes"] != key)(
    "You may have counted the quotations (orange underline). Money has a solid blue box.")
