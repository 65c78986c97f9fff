"""Release and grading, used as an instructor would: through the command line."""

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
WORKBOOK = ROOT / "workbook"


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
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code" and re.search(r"check\(\s*[\"'][\w.]+[\"']\s*,\s*answer_", cell.source):
                assert not cell.outputs  # no answer shown in a check's output


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


def test_grading_solutions_released_copies_and_hostile_submissions(released, tmp_path):
    subs = tmp_path / "subs"
    (subs / "solution").mkdir(parents=True)
    (subs / "released").mkdir()
    for name in ("00-start-here.ipynb", "01-reading-an-article.ipynb"):
        (subs / "solution" / name).write_bytes((WORKBOOK / name).read_bytes())
        (subs / "released" / name).write_bytes((released / name).read_bytes())
    solution = nbformat.read(WORKBOOK / "00-start-here.ipynb", as_version=4)
    for kind, code in HOSTILE.items():
        nb = nbformat.read(WORKBOOK / "00-start-here.ipynb", as_version=4)
        nb.cells.insert(len(nb.cells) // 2, nbformat.v4.new_code_cell(code))
        (subs / kind).mkdir()
        nbformat.write(nb, subs / kind / f"{kind}_00-start-here.ipynb")
    (subs / "broken").mkdir()
    (subs / "broken" / "00-start-here.ipynb").write_text("{not a notebook", encoding="utf-8")
    before_subs, before_book = digest(subs), digest(WORKBOOK)

    out = lessons("grade", str(subs), "--out", str(tmp_path / "grades.csv"), "--timeout", "8")
    assert out.returncode == 0, out.stderr
    import csv

    rows = list(csv.DictReader((tmp_path / "grades.csv").open(encoding="utf-8")))
    by = {}
    for r in rows:
        by.setdefault(Path(r["submission"]).parent.name, []).append(r)
    assert all(r["score"] == r["max_score"] for r in by["solution"])
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
    assert digest(subs) == before_subs and digest(WORKBOOK) == before_book  # nothing handed in, nothing of ours changed
    assert "00-start-here.ipynb: 3/3" in out.stdout
