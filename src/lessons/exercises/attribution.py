"""Answer keys for ``workbook/04-attribution.ipynb``: who said what, in which words, according to whom.

Every key repeats the notebook's own steps on the articles loaded, with the library's tables:

- ``who_said_what``: one row per quotation, with the flags ``no_speaker`` and ``pronoun_or_role`` and the
  second-hand ``source``;
- ``quote_groups`` and ``same_words``: one sentence printed by several articles, and the groups whose speakers differ;
- ``reuse``: pairs of articles sharing reporting, strongest first, with the passages located in both;
- ``word_diff``: the words a copy swapped in a shared passage;
- ``paraphrases``: a quotation retold in another article's own words, and who that article gives it to.

Outlets are written as the notebook writes them: "(unknown)" where an article names none.
"""

from __future__ import annotations

from .. import paraphrases, quote_groups, reuse, same_words, who_said_what, word_diff
from ..selfcheck import NoAnswerKey, question
from .common import UNKNOWN, _label, _text

# What each key saw the last time it ran, for its hints (a hint sees only the answer and the key).
SEEN: dict[str, dict] = {}

COPIED = 0.1  # a pair sharing less than this share of its reporting is not called a copy






def _articles_by_id(articles):
    return {a.id: a for a in articles}


UNKNOWN_HINT = f'Where an article names no outlet, the notebook writes "{UNKNOWN}": give that, in quotes, not an empty text.'


# ---------------------------------------------------------------- 1. the who-said-what table


@question("04.q1", "How many quotations have no speaker, or a speaker given only as a pronoun or a role?",
          default_hint='Combine the two flag columns with | ("or"): said["no_speaker"] | said["pronoun_or_role"], '
                       "then count the True values with .sum().")
def q1(articles):
    said = who_said_what(articles)
    if said.empty:
        raise NoAnswerKey("the library found no quotations in this story")
    flagged = said["no_speaker"] | said["pronoun_or_role"]
    SEEN["04.q1"] = {"none": int(said["no_speaker"].sum()), "role": int(said["pronoun_or_role"].sum()),
                     "both": int((said["no_speaker"] & said["pronoun_or_role"]).sum()), "all": len(said),
                     "fine": int((~flagged).sum())}
    return int(flagged.sum())


q1.hint(lambda answer, key: answer == SEEN["04.q1"]["all"] != key)(
    "That is every quotation. Keep only those with a flag: no speaker, or only a pronoun or a role.")
q1.hint(lambda answer, key: answer == SEEN["04.q1"]["fine"] != key)(
    "That counts the quotations with NO flag. You want the others: the ones to check first.")
q1.hint(lambda answer, key: answer == SEEN["04.q1"]["none"] != key)(
    'That counts only the quotations with no speaker. Add those whose speaker is only a pronoun or a role: '
    'combine the two columns with |.')
q1.hint(lambda answer, key: answer == SEEN["04.q1"]["role"] != key)(
    'That counts only the quotations whose speaker is a pronoun or a role. Add those with no speaker at all: '
    'combine the two columns with |.')
q1.hint(lambda answer, key: answer == SEEN["04.q1"]["both"] != key)(
    "& keeps the quotations that have BOTH flags. You want those with either flag: | means \"or\".")


# ---------------------------------------------------------------- 2. the quote that lost its speaker


def _first_lost(articles):
    """The printings of the first group of quote_groups that has a printing with no speaker."""
    groups = quote_groups(articles)
    lost = groups.loc[groups["speaker"].isna(), "group"].unique()
    if len(lost) == 0:
        raise NoAnswerKey("no sentence printed by several articles has lost its speaker in this story")
    return groups, groups[groups["group"] == lost[0]]


@question("04.q2", "Which speaker do the other printings give the first quotation that lost its speaker?",
          default_hint='first_lost["speaker"].value_counts() counts the speakers the printings name (it leaves out the '
                       "missing ones); the first label of its .index is the one most of them name.")
def q2(articles):
    groups, first_lost = _first_lost(articles)
    counts = first_lost["speaker"].value_counts()
    if counts.empty:
        raise NoAnswerKey("no article names a speaker for these words")
    if len(counts) > 1 and counts.iloc[0] == counts.iloc[1]:
        raise NoAnswerKey("the other printings split evenly between two speakers")
    SEEN["04.q2"] = {"speakers": {_text(s) for s in groups["speaker"].dropna()},
                     "outlets": {_text(_label(o)) for o in first_lost["outlet"]}}
    return str(counts.index[0])


q2.hint(lambda answer, key: _text(answer) in SEEN["04.q2"]["outlets"] and _text(answer) != _text(key))(
    "That is an outlet. The question asks for the person the other outlets say spoke the words: the speaker column.")
q2.hint(lambda answer, key: _text(answer) in SEEN["04.q2"]["speakers"] and _text(answer) != _text(key))(
    "That speaker is quoted in this story, but not for these words. Use only the rows of first_lost, "
    "the printings of the group that has a missing speaker.")
q2.hint(lambda answer, key: _text(answer) in {"nan", "none", "", "(no speaker)"})(
    "That is the printing with no speaker. Look at the OTHER printings of the same words: who do they name?")


# ---------------------------------------------------------------- 3. second-hand credits


@question("04.q3", "Which outlet credits the most quotations to someone else's reporting?",
          default_hint='Keep the rows whose source is not "" (second_hand), then second_hand["outlet"].value_counts(): '
                       "the first label of its .index is the outlet with the most.")
def q3(articles):
    said = who_said_what(articles)
    second = said[said["source"] != ""]
    if second.empty:
        raise NoAnswerKey("no quotation in this story is credited to someone else's reporting")
    counts = second["outlet"].map(_label).value_counts()
    if len(counts) > 1 and counts.iloc[0] == counts.iloc[1]:
        raise NoAnswerKey("two or more outlets tie for the most second-hand quotations")
    SEEN["04.q3"] = {"sources": {_text(s) for s in second["source"]}, "outlets": {_text(_label(o)) for o in said["outlet"]}}
    return str(counts.index[0])


q3.hint(lambda answer, key: answer.strip() == "" and key == UNKNOWN)(UNKNOWN_HINT)
q3.hint(lambda answer, key: _text(answer) in SEEN["04.q3"]["sources"] and _text(answer) != _text(key))(
    "That is the organisation being credited (the source column). The question asks for the outlet doing the "
    "crediting: the outlet column.")
q3.hint(lambda answer, key: _text(answer) in SEEN["04.q3"]["outlets"] and _text(answer) != _text(key))(
    "That outlet is in the table, but it does not credit the most quotations second-hand. "
    "Count second_hand's rows per outlet with value_counts(), which puts the largest count first.")


# ---------------------------------------------------------------- 4. copied without credit


def _strongest(articles):
    pairs = reuse(articles)
    if not pairs:
        raise NoAnswerKey("no two articles share any passage")
    if len(pairs) > 1 and pairs[0].score == pairs[1].score:
        raise NoAnswerKey("two pairs tie for the strongest")
    return pairs


@question("04.q4", "Which two articles share the most reporting? (their outlets, as a set)",
          default_hint="reuse(articles) lists the pairs strongest first: take pairs[0] and give the outlets of its two "
                       "articles as a set, {outlet(pairs[0].a), outlet(pairs[0].b)}.")
def q4(articles):
    pairs = _strongest(articles)
    by_id = _articles_by_id(articles)
    best = pairs[0]
    SEEN["04.q4"] = {"ids": {_text(best.a), _text(best.b)}, "last": {_text(_label(by_id[pairs[-1].a].outlet)),
                                                                      _text(_label(by_id[pairs[-1].b].outlet))}}
    return {_label(by_id[best.a].outlet), _label(by_id[best.b].outlet)}


q4.hint(lambda answer, key: any(str(a).strip() == "" for a in answer) and UNKNOWN in key)(UNKNOWN_HINT)
q4.hint(lambda answer, key: {_text(a) for a in answer} & SEEN["04.q4"]["ids"])(
    "Give the outlets of the two articles, not their ids: outlet(...) turns an id into its outlet.")
q4.hint(lambda answer, key: len(answer) != len(key) and len(key) == 2)(
    "Give exactly two outlets, one for each article of the pair.")
q4.hint(lambda answer, key: {_text(a) for a in answer} == SEEN["04.q4"]["last"] != {_text(k) for k in key})(
    "That is the WEAKEST pair. reuse() puts the strongest first: pairs[0].")
q4.hint(lambda answer, key: len({_text(a) for a in answer} & {_text(k) for k in key}) == 1)(
    "One of the two is right. Read both articles of the pair: pairs[0].a and pairs[0].b.")


def copy_and_original(articles):
    """(copy, original, pair) for the strongest pair: the copy credits no wire while the other does, or, when
    neither credits one, is the later of the two. Raises NoAnswerKey where the articles do not say."""
    pairs = _strongest(articles)
    pair = pairs[0]
    if pair.score < COPIED:
        raise NoAnswerKey(f"no two articles share {COPIED:.0%} of their reporting: nothing here looks copied")
    by_id = _articles_by_id(articles)
    a, b = by_id[pair.a], by_id[pair.b]
    if bool(a.wire) != bool(b.wire):
        return (b, a, pair) if a.wire else (a, b, pair)
    if a.wire and b.wire:
        raise NoAnswerKey("both articles of the pair credit a wire")
    if a.date is None or b.date is None or a.date == b.date:
        raise NoAnswerKey("neither article credits a wire, and their dates do not say which came first")
    return (a, b, pair) if a.date > b.date else (b, a, pair)


@question("04.q5", "Which outlet reprints the shared text without credit?",
          default_hint='Of the two rows of credit, keep the one whose wire is "" (no wire credited); if both are, '
                       "the later one (sort by date) is the likelier copy. Give its outlet.")
def q5(articles):
    copy, original, _ = copy_and_original(articles)
    SEEN["04.q5"] = {"original": _text(_label(original.outlet)), "wire": _text(original.wire)}
    return _label(copy.outlet)


q5.hint(lambda answer, key: answer.strip() == "" and key == UNKNOWN)(UNKNOWN_HINT)
q5.hint(lambda answer, key: _text(answer) == SEEN["04.q5"]["wire"] != "")(
    "That is the wire the OTHER article credits. The question asks for the outlet of the article that credits nothing.")
q5.hint(lambda answer, key: _text(answer) == SEEN["04.q5"]["original"] != _text(key))(
    "That article has the better claim to the text: it credits a wire, or it came out first. "
    "Look again at the wire and date columns of credit, and apply the rule above.")


def passage_words(passage, pair, copy, original):
    """(original's words, copy's words) of a shared passage of ``pair``."""
    if pair.a == copy.id:
        return original.text[passage.b_start:passage.b_end], copy.text[passage.a_start:passage.a_end]
    return original.text[passage.a_start:passage.a_end], copy.text[passage.b_start:passage.b_end]


@question("04.q6", "In the longest passage of reporting the copy shares with the original, what does the copy print in "
                   "place of the original's words at the first swap?",
          default_hint="word_diff(original, copy) lists the changes as (operation, original's words, copy's words); "
                       'keep the "replace" ones and give the third item of the first: swaps[0][2].')
def q6(articles):
    copy, original, pair = copy_and_original(articles)
    reporting = [p for p in pair.passages if not p.quoted]
    if not reporting:
        raise NoAnswerKey("the two articles share only quotations")
    longest = max(reporting, key=lambda p: len(passage_words(p, pair, copy, original)[1]))
    swaps = [d for d in word_diff(*passage_words(longest, pair, copy, original)) if d[0] == "replace"]
    if not swaps:
        raise NoAnswerKey("the longest shared passage has no swapped words")
    everywhere = [d for p in reporting for d in word_diff(*passage_words(p, pair, copy, original)) if d[0] == "replace"]
    SEEN["04.q6"] = {"original": _text(swaps[0][1]), "here": {_text(d[2]) for d in swaps[1:]},
                     "elsewhere": {_text(d[2]) for d in everywhere}, "originals": {_text(d[1]) for d in everywhere}}
    return swaps[0][2]


q6.hint(lambda answer, key: _text(answer) == SEEN["04.q6"]["original"] != _text(key))(
    "That is the ORIGINAL's word. Give what the copy prints in its place: the third item of the swap.")
q6.hint(lambda answer, key: _text(answer) in SEEN["04.q6"]["here"])(
    "That is a swap in the right passage, but not the first one: take swaps[0].")
q6.hint(lambda answer, key: _text(answer) in SEEN["04.q6"]["elsewhere"])(
    "That is a swap the copy made, but in another passage. Use the longest passage of reporting (longest).")
q6.hint(lambda answer, key: _text(answer) in SEEN["04.q6"]["originals"])(
    "That is a word of the original. Give the copy's words: the third item of a swap.")
q6.hint(lambda answer, key: _text(key) in _text(answer) or _text(answer) in _text(key))(
    "Close: give exactly the words of the swap's third item, no more and no less.")


# ---------------------------------------------------------------- 5. the same words, different speakers


@question("04.q7", "In the first group of the same words given to two different named speakers, which speaker do the "
                   "fewest printings name?",
          default_hint='Count the speakers of that group with value_counts(); it puts the most named first, so the '
                       "last label of its .index (.index[-1]) is the one the fewest printings name.")
def q7(articles):
    table = same_words(articles)
    named = table.dropna(subset=["speaker"])
    speakers = named.groupby("group")["speaker"].nunique()
    mixed = speakers[speakers > 1]
    if mixed.empty:
        raise NoAnswerKey("no words in this story are given to two different named speakers")
    counts = named[named["group"] == mixed.index[0]]["speaker"].value_counts()
    if counts.iloc[-1] == counts.iloc[-2]:
        raise NoAnswerKey("the printings split evenly between the speakers")
    SEEN["04.q7"] = {"most": _text(counts.index[0]), "outlets": {_text(_label(o)) for o in table["outlet"]},
                     "speakers": {_text(s) for s in named["speaker"]}}
    return str(counts.index[-1])


q7.hint(lambda answer, key: _text(answer) == SEEN["04.q7"]["most"])(
    "That is the speaker MOST printings name. You want the odd one out: the fewest.")
q7.hint(lambda answer, key: _text(answer) in SEEN["04.q7"]["outlets"])(
    "That is an outlet. The question asks for a speaker: the speaker column.")
q7.hint(lambda answer, key: _text(answer) in SEEN["04.q7"]["speakers"])(
    "That speaker is in the table, but not in the first group with two different speakers. "
    "Look only at the rows of that group.")


@question("04.q8", "Which outlet retells a quotation in its own words and gives it to someone other than the speaker "
                   "the quoting article names?",
          default_hint='Keep the rows of para whose given_to is not missing (.notna()) and differs from quote_speaker '
                       '(!=), combined with &; give the outlet of the first row: ["outlet"].iloc[0].')
def q8(articles):
    para = paraphrases(articles)
    retold = para[para["given_to"].notna() & (para["given_to"] != para["quote_speaker"])]
    if retold.empty:
        raise NoAnswerKey("no quotation in this story is retold as someone else's")
    SEEN["04.q8"] = {"quoting": {_text(_label(o)) for o in retold["quote_outlet"]},
                     "people": {_text(p) for p in list(retold["given_to"]) + list(retold["quote_speaker"].dropna())}}
    return _label(retold["outlet"].iloc[0])


q8.hint(lambda answer, key: answer.strip() == "" and key == UNKNOWN)(UNKNOWN_HINT)
q8.hint(lambda answer, key: _text(answer) in SEEN["04.q8"]["quoting"] and _text(answer) != _text(key))(
    "That outlet prints the quotation itself (quote_outlet). The one that retells it is in the outlet column.")
q8.hint(lambda answer, key: _text(answer) in SEEN["04.q8"]["people"])(
    "That is a person. The question asks for the outlet that does the retelling.")
