"""Text reuse: who copied whom, robust to spinning, with shared quotations kept apart."""

import json
import re
import subprocess
import sys
from pathlib import Path

from lessons import article_from_text, load_articles, reuse

ROOT = Path(__file__).resolve().parents[1]


def test_the_spun_copy_and_its_source_are_the_strongest_pair_by_far():
    pairs = reuse(load_articles(quiet=True))
    top, second = pairs[0], pairs[1]
    assert (top.a[:3], top.b[:3]) == ("003", "004")
    assert top.score > 3 * second.score
    reporting = [p for p in top.passages if not p.quoted]
    assert len(reporting) >= 8  # most reused paragraphs located, despite USA / Russian Federation swaps
    assert any("Russian Federation" in p.text for p in top.passages)


def test_passages_point_at_the_same_words_in_both_articles():
    arts = {a.id: a for a in load_articles(quiet=True)}
    for pair in reuse(arts.values()):
        for p in pair.passages:
            assert arts[pair.a].text[p.a_start:p.a_end] == p.text
            b_text = arts[pair.b].text[p.b_start:p.b_end]
            words_a, words_b = (set(re.findall(r"\w+", t.lower())) for t in (p.text, b_text))
            assert len(words_a & words_b) >= 0.6 * len(words_a)


def test_articles_sharing_only_quotations_score_nothing():
    quote = "“We will rebuild every school and every clinic before the winter comes,” said Mayor Ana Ruiz."
    a = article_from_text(f"Flood\n\nRain fell all week on the valley towns.\n\n{quote}", id="a")
    b = article_from_text(f"Storm\n\nThe river burst its banks near the old mill on Sunday.\n\n{quote}", id="b")
    (pair,) = reuse([a, b])
    assert pair.score == 0 and all(p.quoted for p in pair.passages)


def test_spinning_does_not_hide_copying():
    original = ("The United States and the European Union agreed on Monday to cut tariffs on steel, the chief executive "
                "of the trade body said, adding that Russia and Nato had not been consulted about the plan at all.")
    spun = original.replace("United States", "USA").replace("European Union", "EU").replace("chief executive", "CEO") \
                   .replace("Russia", "Russian Federation").replace("Nato", "North Atlantic Treaty Organisation")
    (pair,) = reuse([article_from_text("A\n\n" + original, id="a"), article_from_text("B\n\n" + spun, id="b")])
    assert pair.score > 0.8


def test_reuse_command_prints_the_documented_json():
    out = subprocess.run([sys.executable, "-m", "lessons.cli", "reuse", str(ROOT / "seeds"), "--json"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    pairs = json.loads(out.stdout)["pairs"]
    assert pairs[0]["score"] == max(p["score"] for p in pairs)
    for key in ("a", "b", "score", "passages"):
        assert key in pairs[0]
    assert {"a_start", "a_end", "b_start", "b_end", "text"} <= set(pairs[0]["passages"][0])


def test_who_said_what_flags_missing_and_pronoun_speakers():
    from lessons import who_said_what

    table = who_said_what(load_articles(quiet=True))
    lost = table[table.no_speaker & table.text.str.startswith("We look forward")]
    assert list(lost.article.str[:3]) == ["003"]
    assert table.pronoun_or_role.any()


def test_same_words_given_to_different_speakers_and_paraphrases():
    from lessons import paraphrases, same_words

    arts = load_articles(quiet=True)
    mixed = same_words(arts)
    wealthy = mixed[mixed.text.str.contains("wealthy")]
    assert {"Mark Esper", "Donald Trump"} <= set(wealthy.speaker)
    retold = paraphrases(arts)
    top = retold.iloc[0]
    assert top.quote_speaker == "Mark Esper" and top.given_to == "Donald Trump" and top.outlet == "Breitbart"


def test_pictures_are_shaded_tables_with_every_value_written_in():
    from lessons import quote_map, reuse, reuse_map, side_by_side, who_said_what

    arts = load_articles(quiet=True)
    shares = reuse_map(arts)
    grid = shares.table
    assert list(grid.index) == list(grid.columns) and len(grid) == len(arts)
    assert grid.isna().sum().sum() == len(arts)  # the diagonal only
    assert (grid.fillna(0) == grid.fillna(0).T).all().all()
    assert grid.max().max() == round(reuse(arts)[0].score, 2)
    said = who_said_what(arts)
    who = quote_map(said)
    assert who.table.sum().sum() == len(said) and who.table.index[-1] == "(no speaker)"
    first, second = shares._repr_html_(), who._repr_html_()
    assert f"{grid.max().max():.2f}" in first and "(no speaker)" in second
    assert first == reuse_map(arts)._repr_html_()  # the same every run, so a saved notebook output does not change
    ids = {re.search(r"#T_(\w+?)_row", html).group(1) for html in (first, second)}
    assert len(ids) == 2  # two tables on one page do not share their styles
    assert "The Straits Times" in repr(shares) and "0x" not in repr(shares)
    html = side_by_side(arts, "004", "003")._repr_html_()
    assert html.count("<mark") >= 8 and "shared quotation" in html


def test_quote_variants_mark_the_changed_words():
    from lessons import quote_groups, quote_variants

    arts = load_articles(quiet=True)
    groups = quote_groups(arts)
    look = int(groups[groups.text.str.startswith("We look forward")].group.iloc[0])
    html = quote_variants(arts, look)._repr_html_()
    assert "<mark" in html and ">and</mark>" in html and "no speaker" in html
