"""Any story, any input: the workbook on another story, and text no one planned for."""

import os
import shutil
from pathlib import Path

import nbformat
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nbclient import NotebookClient

from lessons import annotate, article_from_text, load_articles

ROOT = Path(__file__).resolve().parents[1]
STORY2 = ROOT / "tests" / "data" / "story2"
NOTEBOOKS = sorted((ROOT / "workbook").glob("[0-9][0-9]-*.ipynb"))


@pytest.mark.skipif(not STORY2.is_dir(), reason="the second test story is missing")
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_notebook_runs_on_another_story(path, tmp_path, monkeypatch):
    """With LESSONS_CORPUS pointing at another story, each notebook runs top to bottom without an error."""
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    monkeypatch.setenv("LESSONS_CORPUS", str(STORY2))
    nb = nbformat.read(copy, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, f"{path.name}: {errors[0].get('ename')}: {errors[0].get('evalue')}"
    checks = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
                     if "check(" in c.source)
    assert "Traceback" not in checks


def test_the_second_story_loads_cleanly():
    if not STORY2.is_dir():
        pytest.skip("the second test story is missing")
    articles = load_articles(STORY2, quiet=True)
    assert len(articles) >= 3 and not articles.problems
    assert all(a.date and a.outlet for a in articles)


def test_a_very_large_file_loads(tmp_path):
    paragraph = "The council said on Monday that repairs would cost $4.5 million and take 18 months. " * 8
    (tmp_path / "big.txt").write_text("A very long story\n\n" + "\n\n".join([paragraph] * 20000), encoding="utf-8")
    (article,) = load_articles(tmp_path, quiet=True)
    assert len(article.text) > 12_000_000 and len(article.paragraphs) == 20001


TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
NEWSY = st.lists(st.sampled_from(['“', '”', '"', "'", "‘", "’", "\n", "\n\n", "\r\n", " said ", " he said.", "Ms Lee",
                                  ", ", ". ", "$5bn", "(AP) —", "©", ":", "Follow us", "5,000 troops"]), max_size=60).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(TEXT, NEWSY))
def test_any_text_loads_and_annotates_with_true_offsets(text):
    article = article_from_text(text)
    for span in article.paragraphs:
        assert 0 <= span.start <= span.end <= len(text)
    for b in article.boilerplate:
        assert 0 <= b.start <= b.end <= len(text)
    found = annotate(article)
    for record in found.quotes + found.money + found.figures:
        assert text[record.start:record.end] == record.text


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_in_a_folder_load_or_are_named(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("bytes")
    (folder / "x.txt").write_bytes(data)
    (folder / "good.txt").write_text("Fine\n\nA story.", encoding="utf-8")
    articles = load_articles(folder, quiet=True)
    assert "good" in [a.id for a in articles]
    assert len(articles) + len([p for p in articles.problems if "skipped" in p]) == 2


def test_environment_variable_switches_the_corpus(tmp_path, monkeypatch):
    (tmp_path / "only.txt").write_text("Only one\n\nOne story.", encoding="utf-8")
    monkeypatch.setenv("LESSONS_CORPUS", str(tmp_path))
    assert [a.id for a in load_articles(quiet=True)] == ["only"]
    monkeypatch.delenv("LESSONS_CORPUS")
    assert len(load_articles(quiet=True)) == 5 and os.environ.get("LESSONS_CORPUS") is None


def test_an_instructors_answers_json_sets_the_key_for_their_story(tmp_path, capsys):
    from lessons.selfcheck import check, grade

    (tmp_path / "a.txt").write_text("One\n\nA story.", encoding="utf-8")
    (tmp_path / "answers.json").write_text('{"00.q1": 7}', encoding="utf-8")
    articles = load_articles(tmp_path, quiet=True)
    assert grade("00.q1", 7, articles)[0] is True
    assert grade("00.q1", 1, articles)[0] is False
    (tmp_path / "answers.json").write_text("{not json", encoding="utf-8")
    check("00.q1", 7, articles)
    assert "no answer key for this story" in capsys.readouterr().out
