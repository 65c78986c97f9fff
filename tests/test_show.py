"""The highlighted article: every annotation drawn, with a legend and hover text."""

import re

import pytest

from lessons import annotate, load_articles, show

ARTICLES = load_articles(quiet=True)


def test_every_annotation_is_highlighted_with_hover_text():
    for a in ARTICLES:
        html = show(a)._repr_html_()
        found = annotate(a)
        assert html.count('class="lessons-quotes"') >= len(found.quotes)
        assert html.count('class="lessons-money"') >= len(found.money)
        assert "Quotation" in html and "Money" in html and "Figure" in html  # the legend


def test_hover_names_the_speaker_or_says_there_is_none():
    html = show(ARTICLES.get("003"), ["quotes"])._repr_html_()
    titles = re.findall(r'title="([^"]*)"', html)
    assert any("speaker: James DeHart" in t for t in titles)
    assert any("no speaker in the text" in t for t in titles)


def test_the_text_is_unchanged_under_the_highlights():
    a = ARTICLES[0]
    html = show(a)._repr_html_()
    plain = re.sub(r"<[^>]+>", "", html.split('white-space: pre-wrap;">', 1)[1])
    import html as h

    assert h.unescape(plain).startswith(a.text[:200])


def test_unknown_layer_lists_the_choices():
    with pytest.raises(ValueError, match="quotes, money, figures, boilerplate"):
        show(ARTICLES[0], ["colours"])
