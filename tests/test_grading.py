"""Release and grading, used as an instructor would: through the command line."""

import csv
import hashlib
import numbers
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
WORKBOOK = ROOT / "workbook"
CHECK_CELL = re.compile(r"check\(\s*[\"'](\d\d\.q\d+)[\"']\s*,\s*(answer_q\d+)\s*\)")
HIDDEN_BLOCK = re.compile(r"^### BEGIN HIDDEN TESTS\n(.*?)^### END HIDDEN TESTS", re.M | re.S)


def lessons(*args, **kw):
    return subprocess.run([sys.executable, "-m", "lessons.cli", *args], capture_output=True, text=True, **kw)


def digest(folder: Path) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def released(tmp_path_factory):
    dest = tmp_path_factory.mktemp("students")
    out = lessons("release", str(WORKBOOK), str(dest))
    assert out.returncode == 0, out.stderr
    return dest


def test_released_copies_hold_no_solution_and_no_hidden_test(released):
    notebooks = sorted(released.glob("*.ipynb"))
    assert [p.name for p in notebooks] == sorted(p.name for p in WORKBOOK.glob("*.ipynb"))
    for path in notebooks:
        text = path.read_text(encoding="utf-8")
        assert "BEGIN SOLUTION" not in text and "END SOLUTION" not in text and "HIDDEN TESTS" not in text
        assert "typed_in" not in text and "whole_number" not in text
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code" and CHECK_CELL.search(cell.source):
                assert not cell.outputs  # no answer shown in a check's output
                assert CHECK_CELL.fullmatch(cell.source), cell.source  # the student's check cell is the check alone


def test_release_removes_hidden_tests_from_a_notebook(tmp_path):
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("answer_q1 = ...\n### BEGIN SOLUTION\nanswer_q1 = 42\n### END SOLUTION"),
        nbformat.v4.new_code_cell("### BEGIN HIDDEN TESTS\nassert answer_q1 == 42\n### END HIDDEN TESTS"),
        nbformat.v4.new_code_cell("print('kept')"),
    ])
    (tmp_path / "src").mkdir()
    nbformat.write(nb, tmp_path / "src" / "x.ipynb")
    assert lessons("release", str(tmp_path / "src"), str(tmp_path / "out")).returncode == 0
    out = nbformat.read(tmp_path / "out" / "x.ipynb", as_version=4)
    assert [c.source for c in out.cells] == ["answer_q1 = ...", "print('kept')"]


@pytest.mark.parametrize("name", sorted(p.name for p in WORKBOOK.glob("0*.ipynb")))
def test_released_copies_run_top_to_bottom(released, name):
    nb = nbformat.read(released / name, as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(released)}}).execute()


HOSTILE = {
    "loops": "while True:\n    pass",
    "exits": "import os\nos._exit(3)",
    "floods": "for _ in range(300):\n    print('x' * 10_000)",
    "raises": "raise RuntimeError('boom')",
    "deletes": "import os, shutil\nshutil.rmtree(os.environ['LESSONS_CORPUS'], ignore_errors=True)\nfor f in os.listdir('.'):\n"
               "    shutil.rmtree(f, ignore_errors=True) if os.path.isdir(f) else os.remove(f)",
}


def typed_in_copy(name: str) -> tuple[nbformat.NotebookNode, dict]:
    """The solution notebook with every solution replaced by the right answer typed in as a literal."""
    from lessons import load_articles
    from lessons.exercises.report import MANUAL
    from lessons.grading import SOLUTION
    from lessons.selfcheck import answer_key

    articles = load_articles(quiet=True)
    nb = nbformat.read(WORKBOOK / name, as_version=4)
    typed = {}
    for q, variable in [m.groups() for c in nb.cells if c.cell_type == "code" for m in CHECK_CELL.finditer(c.source)]:
        if q in MANUAL:
            continue
        key = answer_key(q, articles)
        typed[q] = int(key) if isinstance(key, numbers.Integral) else float(key) if isinstance(key, numbers.Real) else key
        for cell in nb.cells:
            if re.search(rf"^{variable} = ", cell.source, re.M) and SOLUTION.search(cell.source):
                cell.source = SOLUTION.sub(f"{variable} = {typed[q]!r}\n", cell.source)
                break
    return nb, typed


@pytest.fixture(scope="module")
def graded(released, tmp_path_factory):
    """One grading run over every kind of submission: the solutions, the released copies, typed-in answers,
    hostile and broken notebooks. Returns (rows by folder, the command's output, the folder handed in)."""
    tmp = tmp_path_factory.mktemp("grading")
    subs = tmp / "subs"
    for folder in ("solution", "released", "typed"):
        (subs / folder).mkdir(parents=True)
    for path in sorted(WORKBOOK.glob("0*.ipynb")):
        (subs / "solution" / path.name).write_bytes(path.read_bytes())
    for name in ("00-start-here.ipynb", "01-reading-an-article.ipynb"):
        (subs / "released" / name).write_bytes((released / name).read_bytes())
        nbformat.write(typed_in_copy(name)[0], subs / "typed" / name)
    for kind, code in HOSTILE.items():
        nb = nbformat.read(WORKBOOK / "00-start-here.ipynb", as_version=4)
        nb.cells.insert(len(nb.cells) // 2, nbformat.v4.new_code_cell(code))
        (subs / kind).mkdir()
        nbformat.write(nb, subs / kind / f"{kind}_00-start-here.ipynb")
    (subs / "broken").mkdir()
    (subs / "broken" / "00-start-here.ipynb").write_text("{not a notebook", encoding="utf-8")
    before_subs, before_book = digest(subs), digest(WORKBOOK)

    out = lessons("grade", str(subs), "--out", str(tmp / "grades.csv"), "--timeout", "8")
    assert out.returncode == 0, out.stderr
    assert digest(subs) == before_subs and digest(WORKBOOK) == before_book  # nothing handed in, nothing of ours changed
    by = {}
    for r in csv.DictReader((tmp / "grades.csv").open(encoding="utf-8")):
        by.setdefault(Path(r["submission"]).parent.name, []).append(r)
    return by, out.stdout


def test_grading_solutions_released_copies_and_hostile_submissions(graded):
    by, stdout = graded
    solution = nbformat.read(WORKBOOK / "00-start-here.ipynb", as_version=4)
    assert {Path(r["submission"]).name for r in by["solution"]} == {p.name for p in WORKBOOK.glob("0*.ipynb")}
    assert all(r["score"] == r["max_score"] for r in by["solution"] if r["question"] != "05.q6")  # hidden tests pass too
    assert [r["score"] for r in by["solution"] if r["question"] == "05.q6"] == [""]  # the verdict: graded by hand
    assert all(r["score"] == "0" for r in by["released"])
    asked = len([c for c in solution.cells if c.cell_type == "code" and "check(" in c.source and "answer_" in c.source])
    for kind in HOSTILE:
        assert len(by[kind]) >= asked, kind  # every question still gets its row
    assert any("longer than 8 s" in r["feedback"] for r in by["loops"])
    assert any("kernel died" in r["feedback"] for r in by["exits"])
    assert any("printed more than" in r["feedback"] for r in by["floods"])
    assert all(r["score"] == r["max_score"] for r in by["raises"])  # an error cell loses nothing else
    assert all(r["feedback"] for r in by["deletes"])
    assert all("not a notebook" in r["feedback"] for r in by["broken"])
    assert "00-start-here.ipynb: 3/3" in stdout


def test_typed_in_answers_pass_the_self_check_but_lose_their_points(graded):
    from lessons.selfcheck import grade

    by, _ = graded
    rows = {(Path(r["submission"]).name, r["question"]): r for r in by["typed"]}
    for name in ("00-start-here.ipynb", "01-reading-an-article.ipynb"):
        _, typed = typed_in_copy(name)
        assert typed
        for q, value in typed.items():
            assert grade(q, value)[0] is True, q  # the student's self-check says well done
            row = rows[name, q]
            if q == "00.q3":  # counting by eye and typing the count is that exercise
                assert row["score"] == row["max_score"], row
            else:
                assert row["score"] == "0" and int(row["max_score"]) > 0, row
                assert "rather than typing the value" in row["feedback"], row


def test_a_hidden_test_that_breaks_gives_a_clear_feedback_row(tmp_path):
    book = tmp_path / "book"
    book.mkdir()
    nb = nbformat.read(WORKBOOK / "00-start-here.ipynb", as_version=4)
    (cell,) = [c for c in nb.cells if c.source.startswith('check("00.q1", answer_q1)')]
    cell.source = cell.source.replace("### END HIDDEN TESTS", "assert answer_q1 / 0 >= 0\n### END HIDDEN TESTS")
    nbformat.write(nb, book / "00-start-here.ipynb")
    (tmp_path / "sub").mkdir()
    nbformat.write(nb, tmp_path / "sub" / "00-start-here.ipynb")
    out = lessons("grade", str(tmp_path / "sub"), "--workbook", str(book), "--out", str(tmp_path / "grades.csv"))
    assert out.returncode == 0, out.stderr
    rows = {r["question"]: r for r in csv.DictReader((tmp_path / "grades.csv").open(encoding="utf-8"))}
    assert rows["00.q1"]["score"] == "0"
    assert rows["00.q1"]["feedback"] == ("could not be checked: the hidden test `assert answer_q1 / 0 >= 0` raised "
                                         "ZeroDivisionError: division by zero. Ask your instructor to look at it.")
    assert rows["00.q2"]["score"] == rows["00.q2"]["max_score"] and rows["00.q3"]["score"] == rows["00.q3"]["max_score"]


@pytest.mark.parametrize("name", sorted(p.name for p in WORKBOOK.glob("0*.ipynb")))
def test_every_auto_graded_question_has_points_and_a_hidden_test(name):
    from lessons.exercises.report import MANUAL
    from lessons.grading import hidden_tests, questions
    from lessons.selfcheck import QUESTIONS

    nb = nbformat.read(WORKBOOK / name, as_version=4)
    hidden = hidden_tests(nb)
    auto = [q for q, _ in questions(nb) if q not in MANUAL]
    assert len(auto) >= (3 if name.startswith("00") else 5)
    for q in auto:
        assert QUESTIONS[q].points >= 1
        asserts = [line for block in hidden.get(q, []) for line in HIDDEN_BLOCK.search(block).group(1).splitlines()
                   if line.startswith("assert ")]
        assert asserts, f"{q} has no hidden test"
        for line in asserts:
            compile(line, q, "exec")
            assert re.search(r",\s*['\"].+['\"]$", line), f"{q}: a hidden assert without feedback: {line}"
    assert set(hidden) <= set(auto)  # the hand-graded verdict has none; every block belongs to a question
