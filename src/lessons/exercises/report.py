"""Answer keys for ``workbook/05-verification-report.ipynb``: a scorecard for every outlet, and a verdict.

Each key builds the notebook's scorecard again from the articles loaded, with the library's tables:

- **sourcing** (``who_said_what``): quotations, those with a named speaker (neither ``no_speaker`` nor
  ``pronoun_or_role``), those credited second-hand (``source``), and those traceable (named or credited);
- **attribution** (``same_words``, ``paraphrases``): quotations with no speaker, and quotations given to someone
  other than the speaker most printings name, or retold as someone else's words;
- **figures** (``claims``, ``disagreements``): the claims an outlet gives, those where one of its figures
  contradicts another outlet's ("contradiction" or "currency or date"), and those where its article contradicts
  itself;
- **reuse** (``reuse``): the largest share of reporting an article shares with another without crediting a wire.

Four concerns, each from 0 (nothing to check) to 1, add up to the outlet's total. Outlets are written as the
notebook writes them: "(unknown)" where an article names none. The written verdict (05.q6) is graded by hand.
"""

from __future__ import annotations

from .. import claims, disagreements, paraphrases, reuse, same_words, who_said_what
from ..selfcheck import NoAnswerKey, question
from .common import UNKNOWN, _label, _text

# What each key saw the last time it ran, for its hints (a hint sees only the answer and the key).
SEEN: dict[str, dict] = {}

COPIED = 0.1  # a pair sharing less than this share of its reporting is not called a copy (as in notebook 04)
ROUNDING = 1.025  # an article's own figures of one claim more than 2.5% apart contradict each other (notebook 02's rule)
SERIOUS = ("contradiction", "currency or date")  # what neither rounding, a hedge nor the day's rate explains
CONCERNS = ["sourcing", "attribution", "figures", "reuse"]

# Questions a person grades. selfcheck does not know ``manual=True`` yet: their keys raise NoAnswerKey instead.
MANUAL = {"05.q6"}






def outlets_of(articles) -> list[str]:
    """Every outlet, once, in the order of the articles."""
    return list(dict.fromkeys(_label(a.outlet) for a in articles))


def _top(series, what: str):
    """The label of the largest value of a Series; NoAnswerKey when it is zero, missing or shared."""
    values = series.dropna()
    if values.empty or values.max() <= 0:
        raise NoAnswerKey(f"no outlet has any {what} in this story")
    if (values == values.max()).sum() > 1:
        raise NoAnswerKey(f"two or more outlets tie for the most {what}")
    return str(values.idxmax())


# ---------------------------------------------------------------- the four parts of the scorecard


def said_table(articles):
    """who_said_what with the notebook's three extra columns: named, second_hand, traceable."""
    said = who_said_what(articles)
    said["outlet"] = said["outlet"].map(_label)
    said["named"] = ~(said["no_speaker"] | said["pronoun_or_role"])
    said["second_hand"] = said["source"] != ""
    said["traceable"] = said["named"] | said["second_hand"]
    return said


def sourcing_table(articles):
    """One row per outlet: quotations, named, second_hand, traceable, no_speaker, named_share."""
    said = said_table(articles)
    sourcing = said.groupby("outlet").agg(quotations=("text", "size"), named=("named", "sum"),
                                          second_hand=("second_hand", "sum"), traceable=("traceable", "sum"),
                                          no_speaker=("no_speaker", "sum"))
    sourcing = sourcing.reindex(outlets_of(articles), fill_value=0)
    sourcing["named_share"] = (sourcing["named"] / sourcing["quotations"]).round(2)
    return sourcing


def most_named(speakers):
    """The speaker most printings name, or None when two speakers tie."""
    counts = speakers.value_counts()
    if len(counts) == 1 or (len(counts) > 1 and counts.iloc[0] > counts.iloc[1]):
        return counts.index[0]
    return None


def odd_printings(articles):
    """Printings of same_words that name a speaker other than the one most printings of the group name."""
    import pandas as pd

    sw = same_words(articles)
    if sw.empty:  # same_words gives a table with no columns when no words change speaker
        sw = pd.DataFrame(columns=["group", "article", "outlet", "speaker", "text", "start", "end"])
    sw["outlet"] = sw["outlet"].map(_label)
    named = sw.dropna(subset=["speaker"])
    usual = named.groupby("group")["speaker"].agg(most_named).rename("usual")
    named = named.merge(usual, on="group", how="left")
    return named[named["usual"].notna() & (named["speaker"] != named["usual"])]


def retold_table(articles):
    """Sentences of reported speech that retell a quotation as the words of someone other than its speaker."""
    para = paraphrases(articles)
    para["outlet"] = para["outlet"].map(_label)
    other = para["given_to"].notna() & para["quote_speaker"].notna() & (para["given_to"] != para["quote_speaker"])
    return para[other].drop_duplicates(["article", "start"])


def attribution_table(articles):
    """One row per outlet: no_speaker, same_words (odd printings), retold, other_speaker (the two added)."""
    import pandas as pd

    outlets = outlets_of(articles)
    attribution = pd.DataFrame(index=pd.Index(outlets, name="outlet"))
    attribution["no_speaker"] = sourcing_table(articles)["no_speaker"]
    attribution["same_words"] = odd_printings(articles)["outlet"].value_counts().reindex(outlets, fill_value=0)
    attribution["retold"] = retold_table(articles)["outlet"].value_counts().reindex(outlets, fill_value=0)
    attribution["other_speaker"] = attribution["same_words"] + attribution["retold"]
    return attribution


def dispute_sides(articles):
    """(claim, outlet) once per side of every pair of disagreements whose reason is serious."""
    import pandas as pd

    pairs = disagreements(articles)
    serious = pairs[pairs["reason"].isin(SERIOUS)]
    sides = pd.concat([serious[["claim", "outlet_a"]].set_axis(["claim", "outlet"], axis=1),
                       serious[["claim", "outlet_b"]].set_axis(["claim", "outlet"], axis=1)], ignore_index=True)
    sides["outlet"] = sides["outlet"].map(_label)
    return sides


def internal_table(articles):
    """Claims marked internal, with the article (and outlet) whose own figures are more than 2.5% apart."""
    library = claims(articles)
    library["outlet"] = library["outlet"].map(_label)
    marked = library[library["internal"].astype(bool)]
    own = marked.groupby(["claim", "article", "outlet"])["value"].agg(["min", "max"]).reset_index()
    return own[own["max"] > own["min"] * ROUNDING]


def figures_table(articles):
    """One row per outlet: claims (given), disputed (claims with a serious disagreement), internal."""
    import pandas as pd

    outlets = outlets_of(articles)
    library = claims(articles)
    library["outlet"] = library["outlet"].map(_label)
    table = pd.DataFrame(index=pd.Index(outlets, name="outlet"))
    table["claims"] = library.groupby("outlet")["claim"].nunique().reindex(outlets, fill_value=0)
    table["disputed"] = dispute_sides(articles).drop_duplicates().groupby("outlet")["claim"].nunique().reindex(outlets, fill_value=0)
    table["internal"] = internal_table(articles).groupby("outlet")["claim"].nunique().reindex(outlets, fill_value=0)
    return table


def shared_table(articles):
    """One row per article of every pair of reuse(): its outlet, the other outlet, the score, its wire."""
    import pandas as pd

    by_id = {a.id: a for a in articles}
    rows = [{"article": x, "outlet": _label(by_id[x].outlet), "other": _label(by_id[y].outlet), "score": p.score,
             "wire": by_id[x].wire}
            for p in reuse(articles) for x, y in ((p.a, p.b), (p.b, p.a))]
    return pd.DataFrame(rows, columns=["article", "outlet", "other", "score", "wire"])


def reuse_table(articles):
    """One row per outlet: shared_uncredited, the largest share of reporting shared without crediting a wire."""
    import pandas as pd

    outlets = outlets_of(articles)
    shared = shared_table(articles)
    uncredited = shared[(shared["wire"] == "") & (shared["score"] >= COPIED)]
    table = pd.DataFrame(index=pd.Index(outlets, name="outlet"))
    table["shared_uncredited"] = uncredited.groupby("outlet")["score"].max().reindex(outlets, fill_value=0).round(2)
    return table


def scorecard(articles):
    """The notebook's scorecard: the four tables side by side, the four concerns and their total."""
    card = (sourcing_table(articles)
            .join(attribution_table(articles).drop(columns="no_speaker"))
            .join(figures_table(articles))
            .join(reuse_table(articles)))
    return with_concerns(card)


def with_concerns(card, weights=None):
    """Add the four concerns (0 to 1) and their weighted total, as the notebook does."""
    weights = weights or dict.fromkeys(CONCERNS, 1)
    card = card.copy()
    card["sourcing"] = (1 - card["traceable"] / card["quotations"]).fillna(0).round(2)
    card["attribution"] = ((card["no_speaker"] + card["other_speaker"]) / card["quotations"]).fillna(0).round(2)
    card["figures"] = ((card["disputed"] + card["internal"]) / card["claims"]).clip(upper=1).fillna(0).round(2)
    card["reuse"] = card["shared_uncredited"]
    card["total"] = sum(weights[c] * card[c] for c in CONCERNS).round(2)
    return card


# ---------------------------------------------------------------- 1. sourcing


@question("05.q1", "Which outlet gives a named speaker for the largest share of its quotations?",
          default_hint='Divide the named column by the quotations column, round to 2 decimals, and take the label of the '
                       'largest value: sourcing["named_share"].idxmax().')
def q1(articles):
    sourcing = sourcing_table(articles)
    if sourcing["quotations"].sum() == 0:
        raise NoAnswerKey("the library found no quotations in this story")
    key = _top(sourcing["named_share"], "share of named speakers")
    traceable = (sourcing["traceable"] / sourcing["quotations"]).round(2)
    SEEN["05.q1"] = {"most_named": {_text(o) for o in sourcing.index[sourcing["named"] == sourcing["named"].max()]},
                     "lowest": {_text(o) for o in sourcing.index[sourcing["named_share"] == sourcing["named_share"].min()]},
                     "traceable": {_text(o) for o in traceable.index[traceable == traceable.max()]},
                     "outlets": {_text(o) for o in sourcing.index}}
    return key


q1.hint(lambda answer, key: answer.strip() == "" and key == UNKNOWN)(
    f'Where an article names no outlet, the notebook writes "{UNKNOWN}": give that, in quotes, not an empty text.')
q1.hint(lambda answer, key: _text(answer) not in SEEN["05.q1"]["outlets"])(
    "Give an outlet's name exactly as the scorecard's index writes it, in quotes.")
q1.hint(lambda answer, key: _text(answer) in SEEN["05.q1"]["lowest"])(
    "That outlet has the LOWEST share. idxmax() gives the label of the largest value.")
q1.hint(lambda answer, key: _text(answer) in SEEN["05.q1"]["most_named"])(
    "That outlet names the most speakers, but it also prints more quotations. Compare shares: named / quotations.")
q1.hint(lambda answer, key: _text(answer) in SEEN["05.q1"]["traceable"])(
    "That is the largest share of traceable quotations (named OR credited). The question counts named speakers only.")


# ---------------------------------------------------------------- 2. attribution


@question("05.q2", "Which outlet gives the most quotations to someone other than the speaker the other printings name, "
                   "or retells them as someone else's words?",
          default_hint='Add the two columns, attribution["same_words"] + attribution["retold"], into other_speaker, '
                       "and take the label of its largest value with .idxmax().")
def q2(articles):
    attribution = attribution_table(articles)
    key = _top(attribution["other_speaker"], "quotations given to someone else")
    SEEN["05.q2"] = {"no_speaker": {_text(o) for o in attribution.index[attribution["no_speaker"] == attribution["no_speaker"].max()]},
                     "same_words": {_text(o) for o in attribution.index[attribution["same_words"] == attribution["same_words"].max()]},
                     "retold": {_text(o) for o in attribution.index[attribution["retold"] == attribution["retold"].max()]},
                     "people": {_text(s) for s in odd_printings(articles)["speaker"]} | {_text(s) for s in retold_table(articles)["given_to"]}}
    return key


q2.hint(lambda answer, key: answer.strip() == "" and key == UNKNOWN)(
    f'Where an article names no outlet, the notebook writes "{UNKNOWN}": give that, in quotes, not an empty text.')
q2.hint(lambda answer, key: _text(answer) in SEEN["05.q2"]["people"])(
    "That is a person. The question asks for the outlet that gives the words to them.")
q2.hint(lambda answer, key: _text(answer) in SEEN["05.q2"]["no_speaker"] and _text(answer) != _text(key))(
    "That outlet prints quotations with NO speaker. The question is about words given to someone else: other_speaker.")
q2.hint(lambda answer, key: _text(answer) in SEEN["05.q2"]["same_words"] | SEEN["05.q2"]["retold"] and _text(answer) != _text(key))(
    "That outlet leads one of the two columns, not their sum. Add same_words and retold first.")


# ---------------------------------------------------------------- 3. figures


@question("05.q3", "Which outlet gives figures that another outlet contradicts in the most claims?",
          default_hint='Count each claim once per outlet: sides.groupby("outlet")["claim"].nunique() counts the different '
                       "claims of each outlet; then take the label of the largest with .idxmax().")
def q3(articles):
    table = figures_table(articles)
    key = _top(table["disputed"], "disputed claims")
    sides = dispute_sides(articles)
    rows = sides["outlet"].value_counts()
    SEEN["05.q3"] = {"claims": {_text(o) for o in table.index[table["claims"] == table["claims"].max()]},
                     "rows": {_text(o) for o in rows.index[rows == rows.max()]} if len(rows) else set(),
                     "internal": {_text(o) for o in table.index[table["internal"] == table["internal"].max()]}}
    return key


q3.hint(lambda answer, key: answer.strip() == "" and key == UNKNOWN)(
    f'Where an article names no outlet, the notebook writes "{UNKNOWN}": give that, in quotes, not an empty text.')
q3.hint(lambda answer, key: _text(answer) in SEEN["05.q3"]["rows"] and _text(answer) != _text(key))(
    "That outlet is in the most PAIRS, but one claim can give many pairs. Count each claim once: .nunique() on claim.")
q3.hint(lambda answer, key: _text(answer) in SEEN["05.q3"]["claims"] and _text(answer) != _text(key))(
    "That outlet gives the most claims, disputed or not. Count only the claims in sides.")
q3.hint(lambda answer, key: _text(answer) in SEEN["05.q3"]["internal"] and _text(answer) != _text(key))(
    "That outlet is the one that contradicts ITSELF. The question counts disagreements with another outlet: the claims "
    "in sides, each once.")


# ---------------------------------------------------------------- 4. reuse


@question("05.q4", "What is the largest share of its reporting that an article shares with another without crediting a wire?",
          tolerance=0.01,
          default_hint='Keep the rows of shared whose wire is "" and whose score is at least 0.1, then take the largest '
                       'score: ["score"].max(). Give a share between 0 and 1.')
def q4(articles):
    shared = shared_table(articles)
    uncredited = shared[(shared["wire"] == "") & (shared["score"] >= COPIED)]
    if uncredited.empty:
        raise NoAnswerKey(f"no article shares {COPIED:.0%} of its reporting with another without credit")
    SEEN["05.q4"] = {"any": float(shared["score"].max())}
    return float(uncredited["score"].max())


q4.hint(lambda answer, key: 1 < float(answer) <= 100 and abs(float(answer) / 100 - key) <= 0.01)(
    "That is a percent. The scores are shares, from 0 to 1: give 0.4, not 40.")
q4.hint(lambda answer, key: abs(float(answer) - SEEN["05.q4"]["any"]) <= 0.005 and abs(SEEN["05.q4"]["any"] - key) > 0.01)(
    'That pair\'s article credits a wire. Keep only the rows whose wire is "".')
q4.hint(lambda answer, key: float(answer) < COPIED)(
    "Below 0.1 two articles share a few phrases, not reporting. Keep the rows whose score is at least 0.1.")


# ---------------------------------------------------------------- 5. the total


@question("05.q5", "With every concern weighted 1, which outlet has the highest total?",
          default_hint='Add up the four concern columns of each row, scorecard[concerns].sum(axis=1), round to 2 decimals, '
                       'and take the label of the largest value with .idxmax().')
def q5(articles):
    card = scorecard(articles)
    if card.empty:
        raise NoAnswerKey("no articles are loaded")
    key = _top(card["total"], "total concern")
    SEEN["05.q5"] = {"lowest": {_text(o) for o in card.index[card["total"] == card["total"].min()]},
                     "single": {_text(o) for c in CONCERNS for o in card.index[card[c] == card[c].max()]},
                     "outlets": {_text(o) for o in card.index}}
    return key


q5.hint(lambda answer, key: answer.strip() == "" and key == UNKNOWN)(
    f'Where an article names no outlet, the notebook writes "{UNKNOWN}": give that, in quotes, not an empty text.')
q5.hint(lambda answer, key: _text(answer) not in SEEN["05.q5"]["outlets"])(
    "Give an outlet's name exactly as the scorecard's index writes it, in quotes.")
q5.hint(lambda answer, key: _text(answer) in SEEN["05.q5"]["lowest"])(
    "That outlet has the LOWEST total: the fewest concerns. The question asks for the highest.")
q5.hint(lambda answer, key: _text(answer) in SEEN["05.q5"]["single"])(
    "That outlet leads one concern, not the total. Add all four columns before you compare.")


# ---------------------------------------------------------------- 6. the verdict


@question("05.q6", "Your verdict, in a few sentences: which outlet would you trust most and least on this story, and why?")
def q6(articles):
    # Graded by hand (manual=True, once selfcheck supports it): a written verdict has no key to compute.
    raise NoAnswerKey("written verdict: graded by your instructor")
