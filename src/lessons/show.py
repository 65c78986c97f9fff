"""See an article with its annotations highlighted, in JupyterLab.

Colours are the Okabe–Ito palette, which stays distinct for colour-blind
readers; each layer is also drawn differently (underline, box, dotted,
strike-through), so nothing depends on colour alone. Hover a highlight to see
the speaker or the value.

>>> from lessons import load_articles
>>> html = show(load_articles(quiet=True)[0])._repr_html_()
>>> "lessons-article" in html
True
"""

from __future__ import annotations

from html import escape

from .annotate import annotate
from .articles import Article

LAYERS = {
    "quotes": ("Quotation", "#E69F00", "border-bottom: 3px solid #E69F00; background: rgba(230,159,0,0.15);"),
    "money": ("Money", "#0072B2", "outline: 2px solid #0072B2; background: rgba(0,114,178,0.12);"),
    "figures": ("Figure", "#009E73", "border-bottom: 3px dotted #009E73; background: rgba(0,158,115,0.12);"),
    "boilerplate": ("Boilerplate", "#999999", "color: #767676; text-decoration: line-through;"),
}


def _hover(layer: str, record, article: Article) -> str:
    if layer == "quotes":
        who = record.speaker or "no speaker in the text"
        extra = f"; cue: {record.cue}" if record.cue else ""
        extra += f"; source: {record.source}" if record.source else ""
        return f"{record.kind} quotation — speaker: {who}{extra}"
    if layer == "money":
        value = f"{record.amount:,.0f} {record.currency}"
        if record.high is not None:
            value += f" to {record.high:,.0f}"
        note = " (currency assumed)" if record.assumed else ""
        return f"money: {(record.qualifier + ' ') if record.qualifier else ''}{value}{note}"
    if layer == "figures":
        return f"{record.kind}: {(record.qualifier + ' ') if record.qualifier else ''}{record.value:g} {record.unit}"
    return f"boilerplate: {record.reason}"


class Highlighted:
    """An article ready to display: shows as highlighted HTML in a notebook."""

    def __init__(self, article: Article, layers=tuple(LAYERS)):
        unknown = [x for x in layers if x not in LAYERS]
        if unknown:
            raise ValueError(f"Unknown layer {unknown[0]!r}. Choose from: {', '.join(LAYERS)}")
        self.article, self.layers = article, tuple(layers)

    def spans(self) -> list[tuple[int, int, str, str]]:
        """(start, end, layer, hover text) for every highlight, outermost first."""
        found = annotate(self.article)
        out = []
        for layer in self.layers:
            records = self.article.boilerplate if layer == "boilerplate" else getattr(found, layer)
            out += [(r.start, r.end, layer, _hover(layer, r, self.article)) for r in records]
        return sorted(out, key=lambda s: (s[0], -s[1]))

    def _repr_html_(self) -> str:
        text = self.article.text
        spans = self.spans()
        cuts = sorted({0, len(text), *[s for s, *_ in spans], *[e for _, e, *_ in spans]})
        parts = []
        for a, b in zip(cuts, cuts[1:]):
            piece = escape(text[a:b])
            for start, end, layer, hover in reversed([s for s in spans if s[0] <= a and b <= s[1]]):
                piece = f'<span class="lessons-{layer}" style="{LAYERS[layer][2]}" title="{escape(hover)}">{piece}</span>'
            parts.append(piece)
        legend = " ".join(
            f'<span style="{LAYERS[x][2]} padding: 0 4px; margin-right: 8px;">{LAYERS[x][0]}</span>' for x in self.layers
        )
        a = self.article
        head = escape(" · ".join(str(x) for x in (a.outlet or "outlet unknown", a.date or "date unknown", a.byline) if x))
        return (
            f'<div class="lessons-article" style="font-family: Georgia, serif; line-height: 1.6; max-width: 48em;">'
            f'<div style="font-family: sans-serif; font-size: 0.85em; margin-bottom: 6px;">{legend}</div>'
            f'<div style="font-family: sans-serif; color: #555; font-size: 0.85em;">{escape(a.id)} — {head}</div>'
            f'<div style="white-space: pre-wrap;">{"".join(parts)}</div></div>'
        )

    def __repr__(self) -> str:
        counts = {layer: len([s for s in self.spans() if s[2] == layer]) for layer in self.layers}
        return f"<{self.article.id}: " + ", ".join(f"{n} {layer}" for layer, n in counts.items()) + ">"


def show(article: Article, layers=tuple(LAYERS)) -> Highlighted:
    """Display ``article`` with its annotations highlighted; ``layers`` picks which ones.

    Layers: quotes, money, figures, boilerplate.
    """
    if not isinstance(article, Article):
        raise TypeError(f"show() takes one article, got {type(article).__name__}. Try show(articles[0]).")
    return Highlighted(article, layers)


def browse(articles):
    """A small browser: pick an article and the layers to highlight."""
    import ipywidgets as w
    from IPython.display import display

    articles = list(articles)
    if not articles:
        raise ValueError("No articles to browse. Load some first: articles = load_articles()")
    labels = [f"{a.outlet or '(outlet unknown)'} — {a.title[:60]}" for a in articles]
    pick = w.Dropdown(options=[(label, i) for i, label in enumerate(labels)], description="Article",
                      layout=w.Layout(width="min(100%, 48em)"))
    boxes = {x: w.Checkbox(value=True, description=LAYERS[x][0], indent=False, layout=w.Layout(width="auto", margin="0 16px 0 0"))
             for x in LAYERS}
    out = w.Output()

    def redraw(_=None):
        out.clear_output(wait=True)
        with out:
            display(show(articles[pick.value], [x for x, b in boxes.items() if b.value]))

    for control in (pick, *boxes.values()):
        control.observe(redraw, names="value")
    redraw()
    return w.VBox([pick, w.HBox(list(boxes.values()), layout=w.Layout(justify_content="flex-start")), out])
