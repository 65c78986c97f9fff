"""Cross-checking: the same figure and the same quotation across articles, and why they differ."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lessons import article_from_text, claims, disagreements, load_articles, quote_groups, word_diff

SEEDS = load_articles(quiet=True)
ROOT = Path(__file__).resolve().parents[1]


def claim_of(table, text, article):
    row = table[(table.text == text) & (table.article.str.startswith(article))]
    assert len(row) == 1, f"{text!r} in {article}"
    return row.iloc[0]


def test_seed_claims_agree_and_disagree_as_a_fact_checker_finds():
    table = claims(SEEDS)
    troops = claim_of(table, "28,500 US troops", "004")
    assert troops.agree and table[table.claim == troops.claim].outlet.nunique() == 4
    demand = claim_of(table, "$4.7 billion", "003")
    assert not demand.agree and demand.internal  # $4.7 billion beside $5 billion in one article
    assert claim_of(table, "up to US$5 billion", "004").claim == demand.claim == claim_of(table, "about $5 billion", "002").claim
    payment = claim_of(table, "1.04 trillion won", "004")
    assert not payment.agree and payment.claim == claim_of(table, "$990 million", "000").claim
    age = claim_of(table, "66-year", "004")
    assert not age.agree and age.claim == claim_of(table, "70 years", "003").claim


def test_each_disagreement_has_the_mildest_reason_that_fits():
    pairs = disagreements(SEEDS)
    reason = {(r.text_a, r.text_b): r.reason for r in pairs.itertuples()}
    assert reason[("$990 million", "about $1 billion")] == "rounding"
    assert reason[("$990 million", "1.04 trillion won")] == "contradiction"  # no 2019 rate makes them agree
    assert reason[("$5 billion", "S$6.81 billion")] == "conversion"
    assert reason[("$4.7 billion", "up to US$5 billion")] == "qualifier"
    assert reason[("70 years", "66-year")] == "contradiction"


def test_other_stories_group_without_special_cases():
    stories = [
        article_from_text("Dam opens\n\nThe dam cost about $2 billion, officials said. It will power 40,000 homes.", id="a",
                          outlet="One", date="2021-05-03"),
        article_from_text("Dam opening\n\nThe $1.98 billion dam will power 40,000 homes, the utility said.", id="b",
                          outlet="Two", date="2021-05-03"),
        article_from_text("Dam\n\nThe dam, which cost $2.6 billion, powers 45,000 homes.", id="c", outlet="Three",
                          date="2021-05-03"),
    ]
    table = claims(stories)
    homes = table[table.unit == "homes"]
    assert homes.claim.nunique() == 1 and not homes.agree.iloc[0]
    cost = table[table.kind == "money"]
    assert cost.claim.nunique() == 1 and cost.reason.iloc[0] == "contradiction"
    pairs = disagreements(stories)
    assert set(pairs.reason) >= {"rounding", "contradiction"}


def test_the_same_quotation_is_grouped_across_outlets():
    groups = quote_groups(SEEDS)
    look = groups[groups.text.str.startswith("We look forward")]
    assert look.group.nunique() == 1 and look.article.nunique() == 4
    wealthy = groups[groups.text.str.contains("wealthy country")]
    assert wealthy.group.nunique() == 1 and set(wealthy.speaker) >= {"Mark Esper"}
    assert (wealthy.speaker == "Mark Esper").sum() == 3


def test_word_level_differences_between_versions():
    assert word_diff("the Korean team were", "the Korean negotiating team were") == [("insert", "", "negotiating")]


def test_crosscheck_command_prints_the_documented_json():
    out = subprocess.run([sys.executable, "-m", "lessons.cli", "crosscheck", str(ROOT / "seeds"), "--json"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    groups = json.loads(out.stdout, parse_constant=lambda c: pytest.fail(f"not JSON: {c}"))["groups"]
    assert {g["kind"] for g in groups} == {"money", "figure", "quote"}
    for g in groups:
        assert {"topic", "kind", "agree", "items"} <= set(g)
        for item in g["items"]:
            assert {"article", "text", "start", "end", "value", "unit"} <= set(item)
            text = (ROOT / "seeds" / f"{item['article']}.txt").read_text(encoding="utf-8")
            assert text[item["start"]:item["end"]] == item["text"]


@pytest.mark.parametrize("bad", [[], [article_from_text("Empty\n\nNothing to compare here.")]])
def test_nothing_to_compare_gives_empty_tables(bad):
    assert claims(bad).empty or claims(bad).claim.nunique() >= 0
    assert quote_groups(bad).empty
