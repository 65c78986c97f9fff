"""Pictures where looking beats reading: a reuse map, two articles side by side, who is quoted where.

Colours are colour-blind-safe (Okabe–Ito orange and a grey-to-blue scale) and every picture labels its
values, so none depends on colour alone.
"""

from __future__ import annotations

from html import escape

from .reuse import reuse

ORANGE, BLUE = "#E69F00", "#0072B2"


def _label(article) -> str:
    return article.outlet or f"({article.id[:3]}, outlet unknown)"


def reuse_map(articles, pairs=None):
    """A heatmap of how much reporting each pair of articles shares (quotations left out), scores written in."""
    import matplotlib.pyplot as plt

    articles = list(articles)
    pairs = reuse(articles) if pairs is None else pairs
    ids = [a.id for a in articles]
    grid = [[0.0] * len(ids) for _ in ids]
    for p in pairs:
        i, j = ids.index(p.a), ids.index(p.b)
        grid[i][j] = grid[j][i] = p.score
    fig, ax = plt.subplots(figsize=(1.3 * len(ids) + 2, 1.1 * len(ids) + 1.5))
    image = ax.imshow(grid, cmap="Blues", vmin=0, vmax=max(0.3, max((max(r) for r in grid), default=0)))
    labels = [_label(a) for a in articles]
    ax.set_xticks(range(len(ids)), labels, rotation=35, ha="right")
    ax.set_yticks(range(len(ids)), labels)
    for i in range(len(ids)):
        for j in range(len(ids)):
            if i != j:
                ax.text(j, i, f"{grid[i][j]:.2f}", ha="center", va="center", color="white" if grid[i][j] > 0.15 else "black")
    ax.set_title("Share of reporting two articles have in common (quotations left out)")
    fig.colorbar(image, ax=ax, shrink=0.8)
    fig.tight_layout()
    return fig


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


def quote_map(table):
    """Who is quoted by which outlet: one dot per speaker and outlet, sized by the number of quotations.

    ``table`` is ``who_said_what(articles)`` (or ``quotes(articles)``); quotations with no speaker are shown
    as "(no speaker)".
    """
    import matplotlib.pyplot as plt

    data = table.assign(speaker=table.speaker.fillna("(no speaker)"), outlet=table.outlet.replace("", "(unknown)"))
    counts = data.groupby(["speaker", "outlet"]).size().reset_index(name="n")
    speakers = sorted(counts.speaker.unique(), key=lambda s: (s == "(no speaker)", -counts[counts.speaker == s].n.sum(), s))
    outlets = sorted(counts.outlet.unique())
    fig, ax = plt.subplots(figsize=(1.6 * len(outlets) + 3, 0.45 * len(speakers) + 1.5))
    for row in counts.itertuples():
        x, y = outlets.index(row.outlet), speakers.index(row.speaker)
        colour = "#999999" if row.speaker == "(no speaker)" else BLUE
        ax.scatter(x, y, s=120 * row.n, color=colour, alpha=0.8)
        ax.text(x, y, str(row.n), ha="center", va="center", color="white", fontsize=8)
    ax.set_xticks(range(len(outlets)), outlets, rotation=30, ha="right")
    ax.set_yticks(range(len(speakers)), speakers)
    ax.invert_yaxis()
    ax.set_xlim(-0.6, len(outlets) - 0.4)
    ax.set_title("Who is quoted by which outlet (number of quotations)")
    fig.tight_layout()
    return fig


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
