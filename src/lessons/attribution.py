"""Attribution: who said what, according to whom, and words that changed speaker.

>>> from lessons import load_articles
>>> table = who_said_what(load_articles(quiet=True))
>>> {"speaker", "cue", "source", "no_speaker", "pronoun_or_role"} <= set(table.columns)
True
"""

from __future__ import annotations

from .annotate import annotate
from .claims import _normal, quote_groups
from .memo import by_articles


def who_said_what(articles):
    """Every quotation with its speaker, cue, direct or partial, second-hand source, and two flags:
    ``no_speaker`` (the text names nobody) and ``pronoun_or_role`` (the text gives only "he" or "the ministry")."""
    from .tables import quotes

    table = quotes(articles)
    table["no_speaker"] = table.speaker.isna()
    table["pronoun_or_role"] = table.how.isin(["pronoun", "role"])
    return table[["article", "outlet", "start", "end", "text", "speaker", "speaker_as_written", "how", "cue", "kind",
                  "source", "no_speaker", "pronoun_or_role"]]


def same_words(articles):
    """Quotations printed by several articles whose speakers differ: the same words given to someone else,
    or to nobody. One row per printing, grouped."""
    groups = quote_groups(articles)
    if groups.empty:
        return groups  # the same columns, no rows
    mixed = groups.groupby("group").speaker.transform(lambda s: s.fillna("(no speaker)").nunique() > 1)
    return groups[mixed.astype(bool)].reset_index(drop=True)


@by_articles
def paraphrases(articles, threshold: int = 62):
    """Direct quotations that another article retells in its own words and gives to someone (perhaps someone else).

    Each row pairs a quotation with a reported-speech sentence in another article ("Trump warned that South
    Korea was a wealthy country …") whose words it largely shares, and the speaker that sentence names.
    """
    import pandas as pd
    from rapidfuzz import fuzz

    from .claims import _words
    from .cues import CUE
    from .people import Cast
    from .speakers import resolve_speaker
    from .subjects import subject_of_cue

    articles = list(articles)
    said = [(a, q) for a in articles for q in annotate(a).quotes if len(q.text.split()) >= 5]
    rows = []
    for b in articles:
        quoted = [(q.start, q.end) for q in annotate(b).quotes]
        cast = Cast(b.body, quoted)
        for s in b.sentences:
            sentence = b.text[s.start:s.end]
            cue = CUE.search(sentence)
            if not cue or any(qs < s.end and s.start < qe for qs, qe in quoted):
                continue
            told = sentence[cue.end():]
            for a, q in said:
                if a.id == b.id:
                    continue
                shared = _words(q.text) & _words(told)
                score = fuzz.token_set_ratio(_normal(q.text), _normal(told))
                if score >= threshold and len(shared) >= max(4, 0.4 * len(_words(q.text))):  # most of the quote's words
                    np_ = subject_of_cue(sentence, cue.start(), cue.group(0))
                    who = resolve_speaker(np_, cue.group(0), s.start, cast, (0, 0))[0] if np_ else None
                    rows.append({"quote_article": a.id, "quote_outlet": a.outlet, "quote": q.text, "quote_speaker": q.speaker,
                                 "article": b.id, "outlet": b.outlet, "sentence": sentence, "start": s.start, "end": s.end,
                                 "given_to": who, "score": round(score)})
    columns = ["quote_article", "quote_outlet", "quote", "quote_speaker", "article", "outlet", "sentence", "start", "end",
               "given_to", "score"]
    return pd.DataFrame(rows, columns=columns).sort_values("score", ascending=False).reset_index(drop=True)
