"""Pictures where looking beats reading: a reuse map, two articles side by side, who is quoted where.

Colours are colour-blind-safe (Okabe–Ito orange and a grey-to-blue scale) and every picture labels its
values, so none depends on colour alone.
"""

from __future__ import annotations

import hashlib
from html import escape

from .reuse import reuse

ORANGE, BLUE = "#E69F00", "#0072B2"


def _label(article) -> str:
    return article.outlet or f"({article.id[:3]}, outlet unknown)"


class Shaded:
    """A table whose cells are shaded by their value, each value written in: a heatmap that can be read exactly.

    ``table`` holds the values as a DataFrame, to use as data; JupyterLab shows them shaded. The picture is a
    pandas ``Styler`` rather than a matplotlib figure: a kernel then need not import matplotlib (0.4 s) and
    draw (0.2 s) for a grid of numbers, and every value stays text a screen reader can read."""

    def __init__(self, table, title: str, fmt: str = "{:.0f}", grey_rows=(), blank_zero: bool = False, top: float = 0.0):
        self.table, self.title, self.fmt, self.grey_rows, self.blank_zero = table, title, fmt, set(grey_rows), blank_zero
        self.top = max(top, float(table.max().max()) if table.size else 0.0)  # the value shaded darkest

    def _text(self, value) -> str:
        return "" if value != value or (self.blank_zero and value == 0) else self.fmt.format(value)

    def _cell(self, value, grey: bool) -> str:
        if not self._text(value) or not self.top:  # no value for this cell
            return "background-color: #F2F2F2;"
        share = min(1.0, value / self.top)
        ink = (0x99, 0x99, 0x99) if grey else tuple(int(BLUE[i:i + 2], 16) for i in (1, 3, 5))
        mixed = "".join(f"{round(255 - (255 - c) * share):02X}" for c in ink)  # white to the full colour
        return f"background-color: #{mixed}; color: {'white' if share > 0.55 and not grey else 'black'};"

    def _repr_html_(self) -> str:
        styles = self.table.apply(lambda column: [self._cell(v, row in self.grey_rows) for row, v in column.items()])
        return (self.table.style.format(self._text).apply(lambda _: styles, axis=None)
                .set_caption(escape(self.title)).set_uuid(self._uuid())
                .set_table_styles([{"selector": "td", "props": "text-align: center; min-width: 4em; padding: 4px;"},
                                   {"selector": "th.row_heading", "props": "text-align: left;"},
                                   {"selector": "caption", "props": "caption-side: top; font-weight: bold;"}])
                .to_html())

    def _uuid(self) -> str:
        # The table's CSS applies to the whole page: two tables need two names, and the same table the same
        # name in every run, so that the notebook's saved output does not change.
        return "lessons_" + hashlib.sha1(repr(self).encode()).hexdigest()[:10]

    def __repr__(self) -> str:
        return f"{self.title}\n{self.table.map(self._text).to_string()}"


def _labels(articles) -> list[str]:
    labels = [_label(a) for a in articles]
    return [f"{label} ({a.id[:3]})" if labels.count(label) > 1 else label for label, a in zip(labels, articles)]


def reuse_map(articles, pairs=None) -> Shaded:
    """How much reporting each pair of articles shares (quotations left out), as a shaded table.

    >>> from lessons import load_articles
    >>> shares = reuse_map(load_articles(quiet=True)).table   # one row and one column per article
    >>> float(shares.max().max())   # the score of the strongest pair, as reuse() gives it
    0.26
    """
    import pandas as pd

    articles = list(articles)
    pairs = reuse(articles) if pairs is None else pairs
    labels, ids = _labels(articles), [a.id for a in articles]
    table = pd.DataFrame(0.0, index=pd.Index(labels, name="article"), columns=labels)
    for label in labels:
        table.loc[label, label] = float("nan")  # an article against itself: left blank
    for p in pairs:
        i, j = labels[ids.index(p.a)], labels[ids.index(p.b)]
        table.loc[i, j] = table.loc[j, i] = round(p.score, 2)
    # shaded against at least 0.3, so that a few shared phrases do not look like a copied article
    return Shaded(table, "Share of reporting two articles have in common (quotations left out)", "{:.2f}", top=0.3)


class SideBySide:
    """Two articles next to each other, the passages they share highlighted (quotations in a lighter colour)."""

    def __init__(self, a, b, pair):
        self.a, self.b, self.pair = a, b, pair

    def _marked(self, article, spans) -> str:
        text, out, pos = article.text, [], 0
        for start, end, quoted in sorted(spans):
            if start < pos:
                continue
            out.append(escape(text[pos:start]))
            style = f"background: {'#FBE3C0' if quoted else '#F5B942'}; border-bottom: 2px solid {ORANGE};"
            title = "shared quotation" if quoted else "shared reporting"
            out.append(f'<mark style="{style}" title="{title}">{escape(text[start:end])}</mark>')
            pos = end
        out.append(escape(text[pos:]))
        return "".join(out)

    def _repr_html_(self) -> str:
        left = self._marked(self.a, [(p.a_start, p.a_end, p.quoted) for p in self.pair.passages])
        right = self._marked(self.b, [(p.b_start, p.b_end, p.quoted) for p in self.pair.passages])
        cell = 'style="vertical-align: top; width: 50%; white-space: pre-wrap; font-family: Georgia, serif; padding: 6px;"'
        return (f'<div class="lessons-side-by-side"><p style="font-family: sans-serif;">Shared reporting score '
                f"{self.pair.score:.2f}: darker marks are copied reporting, lighter ones quotations both print.</p>"
                f'<table style="table-layout: fixed; width: 100%;"><tr><th>{escape(_label(self.a))}</th>'
                f"<th>{escape(_label(self.b))}</th></tr><tr><td {cell}>{left}</td><td {cell}>{right}</td></tr></table></div>")

    def __repr__(self) -> str:
        return f"<{self.a.id} beside {self.b.id}: {len(self.pair.passages)} shared passages>"


def side_by_side(articles, a: str, b: str) -> SideBySide:
    """Articles ``a`` and ``b`` (ids or the start of them) side by side with their shared passages marked."""
    from .articles import Articles

    pool = articles if isinstance(articles, Articles) else Articles(articles)
    first, second = pool.get(a), pool.get(b)
    if first.id > second.id:
        first, second = second, first
    found = [p for p in reuse(pool) if (p.a, p.b) == (first.id, second.id)]  # the same passages as the whole corpus shows
    if not found:
        from .reuse import Pair

        found = [Pair(first.id, second.id, 0.0, ())]
    return SideBySide(first, second, found[0])


def quote_map(table) -> Shaded:
    """Who is quoted by which outlet: one row per speaker, one column per outlet, the number of quotations
    in each cell, shaded. ``table`` is ``who_said_what(articles)`` (or ``quotes(articles)``); quotations with
    no speaker are counted on a grey last row, "(no speaker)".

    >>> from lessons import load_articles, who_said_what
    >>> said = who_said_what(load_articles(quiet=True))
    >>> int(quote_map(said).table.sum().sum()) == len(said)   # every quotation counted once
    True
    """
    data = table.assign(speaker=table.speaker.fillna("(no speaker)"), outlet=table.outlet.replace("", "(unknown)"))
    counts = data.groupby(["speaker", "outlet"]).size().unstack("outlet", fill_value=0)
    order = sorted(counts.index, key=lambda s: (s == "(no speaker)", -counts.loc[s].sum(), s))
    counts = counts.loc[order, sorted(counts.columns)]
    counts.columns.name = None
    return Shaded(counts, "Who is quoted by which outlet (number of quotations)", grey_rows=["(no speaker)"], blank_zero=True)


class QuoteVariants:
    """The versions of one quotation, one outlet per row, each compared word by word with the first:
    words it adds or changes are marked, words it drops are shown struck through."""

    def __init__(self, rows):
        self.rows = rows

    def _repr_html_(self) -> str:
        import difflib

        from .claims import _normal

        first = self.rows[0]["text"].split()
        lines = []
        for row in self.rows:
            words = row["text"].split()
            ops = difflib.SequenceMatcher(a=[_normal(w) for w in first], b=[_normal(w) for w in words], autojunk=False)
            parts = []
            for op, i1, i2, j1, j2 in ops.get_opcodes():
                if op == "equal":
                    parts.append(escape(" ".join(words[j1:j2])))
                    continue
                if i2 > i1 and row is not self.rows[0]:
                    parts.append(f'<del style="color: #767676;" title="not in this version">{escape(" ".join(first[i1:i2]))}</del>')
                if j2 > j1:
                    parts.append(f'<mark style="background: #F5B942;" title="{op}">{escape(" ".join(words[j1:j2]))}</mark>')
            speaker = row["speaker"] if isinstance(row["speaker"], str) else "no speaker"  # pandas gives NaN for None
            who = escape(f"{row['outlet'] or '(' + row['article'][:3] + ', outlet unknown)'} — {speaker}")
            lines.append(f"<tr><th style='text-align: left; vertical-align: top; padding-right: 1em;'>{who}</th>"
                         f"<td style='font-family: Georgia, serif;'>{' '.join(parts)}</td></tr>")
        return f'<table class="lessons-quote-variants">{"".join(lines)}</table>'

    def __repr__(self) -> str:
        return f"<{len(self.rows)} versions of: {self.rows[0]['text'][:60]}>"


def quote_variants(articles, group: int = 1) -> QuoteVariants:
    """The versions of quotation group ``group`` (numbered as in ``quote_groups``), side by side."""
    from .claims import quote_groups

    table = quote_groups(articles)
    if table.empty or group not in set(table.group):
        raise ValueError(f"No quotation group {group}. Groups: {sorted(set(table.group)) or 'none in these articles'}")
    return QuoteVariants(table[table.group == group].to_dict("records"))
