"""Release student copies of the workbook, and grade what students hand in.

No server, no database, no network: ``release`` writes the student copies from the instructor's
notebooks; ``grade`` runs each submission in a fresh kernel on a throw-away copy, collects the
student's answers, and checks them in this process, where the student's code cannot reach or patch
the checks: first the public check ``check(...)`` names, then, if it passes, the question's hidden tests
read from the instructor's notebook (the convention is described in ``selfcheck``).
"""

from __future__ import annotations

import base64
import csv
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

SOLUTION = re.compile(r"^[ \t]*### BEGIN SOLUTION.*?^[ \t]*### END SOLUTION[^\n]*\n?", re.M | re.S)
HIDDEN = re.compile(r"^[ \t]*### BEGIN HIDDEN TESTS.*?^[ \t]*### END HIDDEN TESTS[^\n]*\n?", re.M | re.S)
CHECK_CALL = re.compile(r"check\(\s*[\"']([\w.]+)[\"']\s*,\s*([A-Za-z_]\w*)\s*\)")
PLACEHOLDER = "...  # your answer here"
MAX_OUTPUT = 1_000_000  # characters of output a submission may print before the rest is dropped


def questions(nb) -> list[tuple[str, str]]:
    """(question, answer variable) for every ``check("NN.qM", answer_qM)`` call in a notebook, in order."""
    found = []
    for cell in nb.cells:
        if cell.cell_type == "code":
            found += [m.groups() for m in CHECK_CALL.finditer(cell.source) if m.groups() not in found]
    return found


def hidden_tests(nb) -> dict[str, list[str]]:
    """The code of each question's hidden blocks, by question: a block belongs to the nearest
    ``check("NN.qM", answer_qM)`` call above it, in its own cell or an earlier one."""
    found: dict[str, list[str]] = {}
    current = None
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        events = [(m.start(), "check", m.group(1)) for m in CHECK_CALL.finditer(cell.source)]
        events += [(m.start(), "hidden", m.group(0)) for m in HIDDEN.finditer(cell.source)]
        for _, kind, text in sorted(events):
            if kind == "check":
                current = text
            elif current is None:
                raise ValueError("a ### BEGIN HIDDEN TESTS block comes before any check(\"NN.qM\", answer_qM) call: "
                                 "put it in the check cell of its question")
            else:
                found.setdefault(current, []).append(text)
    return found


def run_hidden_tests(question: str, blocks: list[str], answers: dict, articles, code: list[str]) -> str | None:
    """Run one question's hidden blocks here, in the grader, on the answers read back from the submission.
    Returns None when they all pass, else the feedback: the failing assert's message, or what went wrong."""
    import builtins

    from .selfcheck import submission_code

    namespace = {"__builtins__": builtins, "__name__": "__hidden_tests__", "articles": articles, **answers}
    filename = f"<hidden tests of {question}>"
    for block in blocks:
        try:
            with submission_code(code):
                exec(compile(block, filename, "exec"), namespace)
        except AssertionError as e:
            return f"not yet. {e}" if str(e) else f"not yet: the hidden test {_line(e, filename, block)} failed."
        except Exception as e:  # an instructor's test that breaks on this answer: said so, never a crash
            return (f"could not be checked: the hidden test {_line(e, filename, block)} raised {type(e).__name__}: {e}. "
                    f"Ask your instructor to look at it.")
    return None


def _line(error: BaseException, filename: str, block: str) -> str:
    """The line of a hidden block where ``error`` was raised, quoted."""
    import traceback

    lines = [f.lineno for f in traceback.extract_tb(error.__traceback__) if f.filename == filename]
    text = block.splitlines()[lines[-1] - 1].strip() if lines and 0 < lines[-1] <= len(block.splitlines()) else ""
    return f"`{text}`" if text else "(line unknown)"


def release(source: str | os.PathLike, dest: str | os.PathLike) -> list[Path]:
    """Write student copies of every notebook in ``source`` into ``dest``: solutions replaced by a placeholder,
    hidden tests removed, outputs of exercise cells cleared. Returns the files written."""
    import nbformat

    source, dest = Path(source), Path(dest)
    if not source.is_dir():
        raise FileNotFoundError(f"{source}: not a folder of notebooks. Give the workbook folder, e.g. workbook/")
    if dest.resolve() == source.resolve():
        raise ValueError("The student copies must go to another folder than the instructor's notebooks.")
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for path in sorted(source.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        cells = []
        for cell in nb.cells:
            text = HIDDEN.sub("", cell.source)
            exercise = bool(SOLUTION.search(text)) or bool(CHECK_CALL.search(text))
            text = SOLUTION.sub("", text)
            if cell.source.strip() and not text.strip():
                if not SOLUTION.search(cell.source):
                    continue  # a cell that held only hidden tests
                text = PLACEHOLDER
            cell.source = text.rstrip("\n")
            if cell.cell_type == "code" and exercise:
                cell.outputs, cell.execution_count = [], None
            cells.append(cell)
        nb.cells = cells
        nb.metadata.pop("widgets", None)
        out = dest / path.name
        nbformat.write(nb, out)
        written.append(out)
    return written


@dataclass
class Row:
    submission: str
    question: str
    score: float | str
    max_score: int
    feedback: str


def _workbook_for(submission: Path, workbook: Path) -> Path | None:
    """The instructor notebook a submission answers: same file name, or a name that contains it."""
    names = sorted(workbook.glob("*.ipynb"), key=lambda p: -len(p.stem))
    exact = [p for p in names if p.name == submission.name]
    return exact[0] if exact else next((p for p in names if p.stem in submission.stem), None)


def _dump_cell(variables: list[str], nonce: str) -> str:
    """Code run after the student's notebook: print the answers as plain JSON values behind a one-off marker."""
    return (
        "def __lessons_plain(x):\n"
        "    import math\n"
        "    if x is None or isinstance(x, (bool, str)): return x\n"
        "    if type(x).__name__ == 'bool_': return bool(x)\n"
        "    if isinstance(x, (int, float)) or type(x).__module__ == 'numpy':\n"
        "        try:\n"
        "            f = float(x)\n"
        "            return int(f) if f.is_integer() and not isinstance(x, float) else (None if math.isnan(f) else f)\n"
        "        except Exception: return repr(x)[:200]\n"
        "    if isinstance(x, (list, tuple, set, frozenset)):\n"
        "        return {'__set__' if isinstance(x, (set, frozenset)) else '__list__': [__lessons_plain(v) for v in x]}\n"
        "    if x is Ellipsis: return {'__ellipsis__': True}\n"
        "    return {'__repr__': repr(x)[:200]}\n"
        "import json as __j, base64 as __b\n"
        f"print({nonce!r} + __b.b64encode(__j.dumps({{n: __lessons_plain(globals().get(n, ...)) for n in {variables!r}}}).encode()).decode())\n"
    )


def _from_plain(x):
    if isinstance(x, dict):
        if "__set__" in x:
            return {_hashable(v) for v in x["__set__"]}
        if "__list__" in x:
            return [_from_plain(v) for v in x["__list__"]]
        if x.get("__ellipsis__"):
            return ...
        return _Unreadable(x.get("__repr__", "?"))
    return x


def _hashable(v):
    v = _from_plain(v)
    return tuple(v) if isinstance(v, list) else v


class _Unreadable:
    """An answer of a kind that cannot be compared (an object, a DataFrame): shown by its repr."""

    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return self.text


def run_submission(path: Path, workbook: Path, corpus: Path, timeout: int) -> tuple[dict, list[str]]:
    """Execute a submission in a fresh kernel on a copy, in a throw-away folder. Returns (answers, problems)."""
    import nbformat
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from traitlets.config import Config

    problems: list[str] = []
    nb = nbformat.read(path, as_version=4)
    variables = [v for _, v in questions(nbformat.read(_workbook_for(path, workbook), as_version=4))]
    nonce = "LESSONS-" + secrets.token_hex(16)
    nb.cells.append(nbformat.v4.new_code_cell(_dump_cell(variables, nonce)))
    with tempfile.TemporaryDirectory(prefix="lessons-grade-") as tmp, \
            tempfile.TemporaryDirectory(prefix="lessons-kernel-") as sockets:
        # The kernel works in a copy of everything it may touch: a submission that deletes files deletes copies.
        shutil.copytree(corpus, Path(tmp) / "corpus")
        env_before = dict(os.environ)
        os.environ.update({"LESSONS_CORPUS": str(Path(tmp) / "corpus"), "HOME": tmp, "MPLBACKEND": "Agg"})
        # Kernels talk over Unix sockets, not TCP: TCP ports are picked free and then let go before the kernel
        # binds them, so kernels started at the same moment (one per core) can take each other's ports.
        # (Windows has no Unix sockets for ZeroMQ: there it stays TCP.)
        config = Config({"KernelManager": {"transport": "ipc", "ip": str(Path(sockets) / "kernel")}} if os.name != "nt" else {})
        try:
            client = _CappedClient(nb, timeout=timeout, allow_errors=True, interrupt_on_timeout=True,
                                   kernel_name="python3", config=config, resources={"metadata": {"path": tmp}})
            try:
                client.execute(cwd=tmp, stderr=subprocess.DEVNULL)  # the kernel's own log lines are not the student's
            except DeadKernelError:
                problems.append("the kernel died while running the notebook (did it call exit() or crash?)")
            except CellTimeoutError:
                problems.append(f"a cell ran longer than {timeout} s and could not be stopped")
            except Exception as e:  # the grader must survive anything a notebook does
                problems.append(f"the notebook could not be run to the end ({type(e).__name__})")
        finally:
            os.environ.clear()
            os.environ.update(env_before)
    # nbclient stops a cell that runs too long by interrupting the kernel: the cell ends in a KeyboardInterrupt.
    if any(o.get("ename") in ("KeyboardInterrupt", "CellTimeoutError")
           for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"):
        problems.append(f"a cell ran longer than {timeout} s and was stopped (does it loop forever?)")
    if getattr(client, "capped", False):
        problems.append(f"the notebook printed more than {MAX_OUTPUT:,} characters; the rest was dropped")
    answers = {}
    for cell in nb.cells[-1:]:
        for out in cell.get("outputs", []):
            text = out.get("text", "")
            if nonce in text:
                raw = text.split(nonce, 1)[1].split()[0]
                answers = {k: _from_plain(v) for k, v in json.loads(base64.b64decode(raw)).items()}
    if not answers and not problems:
        problems.append("the answers could not be read after the notebook ran")
    return answers, problems


try:
    from nbclient import NotebookClient as _Base
except ImportError:  # pragma: no cover - nbclient comes with the test tools
    _Base = object


class _CappedClient(_Base):
    """A notebook client that stops keeping output once a submission has printed too much, and that leaves
    ipywidgets alone."""

    capped = False
    _printed = 0

    def on_comm_open_jupyter_widget(self, msg):
        # nbclient stands in for the browser's Output widget (the one ``widgets.interact`` prints into) by sending
        # its state back to the kernel on the shell channel, while it waits on that same channel for the cell's
        # reply: now and then the wait misses the reply and sits out the whole cell timeout (nbclient issue 312,
        # about one submission in 60 here). Grading reads answers, not widgets: no stand-in, no stall.
        return None

    def output(self, outs, msg, display_id, cell_index):
        content = msg.get("content", {})
        size = len(str(content.get("text", ""))) + len(str(content.get("data", "")))
        self._printed += size
        if self._printed > MAX_OUTPUT and not content.get("text", "").startswith("LESSONS-"):
            self.capped = True
            return None
        return super().output(outs, msg, display_id, cell_index)


@lru_cache(maxsize=4)
def _articles(corpus: str):
    """The corpus, read once per grading process: every submission is checked against the same keys."""
    from .articles import load_articles

    return load_articles(corpus, quiet=True)


def grade_one(path: str, workbook: str, corpus: str, timeout: int) -> list[Row]:
    """All rows for one submission; never raises."""
    from .selfcheck import QUESTIONS, grade

    path, workbook = Path(path), Path(workbook)
    name = str(path)
    try:
        import nbformat

        source = _workbook_for(path, workbook)
        if source is None:
            return [Row(name, "", 0, 0, f"no workbook notebook matches this file name; name it like one of: "
                                         f"{', '.join(p.name for p in sorted(workbook.glob('*.ipynb')))}")]
        book = nbformat.read(source, as_version=4)
        asked, hidden = questions(book), hidden_tests(book)
        try:
            code = [c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
        except Exception:
            return [Row(name, q, 0, QUESTIONS[q].points if q in QUESTIONS else 1,
                        "this file is not a notebook that can be read; hand in the .ipynb saved from JupyterLab") for q, _ in asked]
        answers, problems = run_submission(path, workbook, Path(corpus), timeout)
        articles = _articles(corpus)
        rows = []
        for q, variable in asked:
            points = QUESTIONS[q].points if q in QUESTIONS else 1
            answer = answers.get(variable, ...)
            passed, message = grade(q, answer, articles)
            if passed and hidden.get(q):
                failed = run_hidden_tests(q, hidden[q], {v: answers.get(v, ...) for _, v in asked}, articles, code)
                if failed:
                    passed, message = False, failed
            if passed is None:
                rows.append(Row(name, q, "", points, f"graded by hand: {message}"))
                continue
            note = "; ".join(problems)
            feedback = message if not note else f"{message} ({note})"
            rows.append(Row(name, q, points if passed else 0, points, feedback))
        return rows
    except Exception as e:  # one bad submission must never stop the others
        return [Row(name, "", 0, 0, f"could not be graded ({type(e).__name__}: {e})")]


def grade_all(submissions: list[str], workbook: str, corpus: str, timeout: int = 60, workers: int | None = None,
              progress=True) -> list[Row]:
    """Grade every submission (files or folders of .ipynb) in parallel, one process per submission at a time."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    files = []
    for s in submissions:
        p = Path(s)
        files += sorted(p.rglob("*.ipynb")) if p.is_dir() else [p]
    files = [f for f in files if ".ipynb_checkpoints" not in f.parts]
    rows: dict[str, list[Row]] = {}
    workers = workers or os.cpu_count() or 1
    # "spawn", not fork: a forked child of a process with threads (kernel clients have some) can deadlock.
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        jobs = {pool.submit(grade_one, str(f), workbook, corpus, timeout): str(f) for f in files}
        for done, job in enumerate(as_completed(jobs), start=1):
            rows[jobs[job]] = job.result()
            if progress:
                bar = "#" * (20 * done // len(files))
                print(f"\rgrading [{bar:<20}] {done}/{len(files)}", end="", file=sys.stderr, flush=True)
    if progress and files:
        print(file=sys.stderr)
    return [r for f in files for r in rows[str(f)]]


def write_gradebook(rows: list[Row], out: str | os.PathLike) -> None:
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["submission", "question", "score", "max_score", "feedback"])
        for r in rows:
            writer.writerow([r.submission, r.question, r.score, r.max_score, r.feedback])
