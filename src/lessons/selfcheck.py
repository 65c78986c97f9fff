"""Self-checks for students: ``check("01.q1", answer)`` prints a cheerful pass or a hint.

The convention for the instructor's notebooks in ``workbook/`` (borrowed from nbgrader and otter):

- An exercise cell holds the student's line ``answer_q1 = ...`` and, below it, the solution between
  ``### BEGIN SOLUTION`` and ``### END SOLUTION``.
- The next cell is the question's check cell: ``check("01.q1", answer_q1)``, the *public* check the
  student runs (the answer key, computed from the articles, with hints), followed by the question's
  *hidden tests* between ``### BEGIN HIDDEN TESTS`` and ``### END HIDDEN TESTS``: plain
  ``assert condition, "feedback"`` lines. A hidden block belongs to the question of the nearest
  ``check("…", answer_…)`` call above it.
- A question's points and key are registered in ``lessons.exercises`` (one module per notebook) with
  ``@question("01.q1", prompt, points=2)`` on the function computing the key.

``lessons release`` replaces each solution with ``...`` and removes every hidden block. ``lessons grade``
runs a submission, reads its answers back, and for each question whose public check passes runs that
question's hidden blocks, taken from the instructor's notebook, in the grader's own process: a failing
``assert`` scores 0 with its message as feedback; any other error scores 0 with feedback naming the line
and the error. A hidden block sees the notebook's answer variables (``answer_q1``…, as plain values:
numbers, text, True/False, sets, lists), ``articles`` (the articles loaded) and what it imports; nothing
else of the notebook. It also runs, silently, whenever the solution
notebook runs (nbval runs it in the tests), which proves it holds for the solution.

Hidden tests check what the public check cannot see: that the answer was computed from the data rather
than typed in (``typed_in``), that it has the exact type asked for (``whole_number``: a count is 4, not 4.0;
a set, not a list with repeats), the exact spelling of a name. A check cell then reads::

    check("01.q3", answer_q3)
    ### BEGIN HIDDEN TESTS
    from lessons.selfcheck import typed_in, whole_number
    assert not typed_in("answer_q3"), "Count the rows with code rather than typing the number: ..."
    assert whole_number(answer_q3), "A count is a whole number: ..."
    ### END HIDDEN TESTS

A question's answer key is computed by the library from the articles loaded
(so the same notebook checks itself on any story), and is never printed. A
wrong type or an unanswered question gets a hint, never a traceback.

>>> @question("demo.q1", "How many articles are there?")
... def _(articles):
...     return len(articles)
>>> check("demo.q1", ..., articles=[1, 2])
demo.q1: not answered yet. Replace the ... with your answer, then run this cell again.
>>> check("demo.q1", 2, articles=[1, 2])
demo.q1: ✓ Well done!
"""

from __future__ import annotations

import ast
import builtins
import math
import numbers
from collections.abc import Callable
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any


class NoAnswerKey(Exception):
    """Raised by an answer key that cannot be computed for the story loaded."""


@dataclass
class Question:
    """A graded question: how to compute its answer, how to compare, and hints for wrong answers."""

    name: str
    prompt: str
    key: Callable[[Any], Any]
    hints: list[tuple[Callable[[Any, Any], bool], str]] = field(default_factory=list)
    default_hint: str = "Not quite. Re-read the worked example above and try again."
    points: int = 1
    tolerance: float = 0.0

    def hint(self, predicate: Callable[[Any, Any], bool]):
        """Register a hint: ``@q.hint(lambda answer, key: ...)`` on a function returning its message."""

        def register(fn):
            self.hints.append((predicate, fn() if callable(fn) else fn))
            return fn

        return register


QUESTIONS: dict[str, Question] = {}


def question(name: str, prompt: str, *, points: int = 1, tolerance: float = 0.0, default_hint: str | None = None):
    """Decorator: register the answer-key function of a question."""

    def register(key):
        q = Question(name, prompt, key, points=points, tolerance=tolerance)
        if default_hint:
            q.default_hint = default_hint
        QUESTIONS[name] = q
        return q

    return register


def _is_number(x) -> bool:
    """Python and numpy numbers alike (``table.speaker.isna().sum()`` is a numpy integer)."""
    return isinstance(x, numbers.Real) and not isinstance(x, bool) and type(x).__name__ != "bool_"


def _same(answer, key, tolerance: float) -> bool:
    if _is_number(key) and _is_number(answer):
        return math.isclose(float(answer), float(key), rel_tol=tolerance, abs_tol=tolerance)
    if isinstance(key, str) and isinstance(answer, str):
        return " ".join(answer.split()).casefold() == " ".join(key.split()).casefold()
    if isinstance(key, set | frozenset) and isinstance(answer, set | frozenset | list | tuple):
        return {_norm(a) for a in answer} == {_norm(k) for k in key}
    return answer == key


def _norm(x):
    return " ".join(x.split()).casefold() if isinstance(x, str) else x


def _type_name(key) -> str:
    if isinstance(key, bool):
        return "True or False"
    if _is_number(key):
        return "a number"
    if isinstance(key, str):
        return "text (a str in quotes)"
    if isinstance(key, set | frozenset | list | tuple):
        return "a list or set"
    return type(key).__name__


def _type_ok(answer, key) -> bool:
    if isinstance(key, bool):
        return isinstance(answer, bool) or type(answer).__name__ == "bool_"
    if _is_number(key):
        return _is_number(answer)
    if isinstance(key, set | frozenset | list | tuple):
        return isinstance(answer, set | frozenset | list | tuple)
    return isinstance(answer, type(key))


ANSWERS_FILE = "answers.json"


def _instructor_answer(name: str, articles):
    """The answer an instructor wrote for this story in ``answers.json`` beside the articles, if any."""
    import json
    from pathlib import Path

    folder = getattr(articles, "folder", None)
    path = Path(folder) / ANSWERS_FILE if folder else None
    if not path or not path.is_file():
        return None
    try:
        answers = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise NoAnswerKey(f"{path} could not be read: {e}; fix the JSON") from None
    value = answers.get(name) if isinstance(answers, dict) else None
    return set(value) if isinstance(value, list) else value


_KEYS: dict = {}


def answer_key(name: str, articles):
    """The key of question ``name`` for these articles, computed once per set of articles."""
    ident = (name, tuple(map(id, articles)))
    if ident not in _KEYS:
        if len(_KEYS) > 256:
            _KEYS.clear()
        _KEYS[ident] = (list(articles), QUESTIONS[name].key(articles))  # the articles are kept so their ids stay theirs
    return _KEYS[ident][1]


def _story():
    """The notebook's story, read again only when its files change: every self-check then shares one set of
    articles, so the tables one question's key needs (claims, reuse, …) are computed once for all of them."""
    from .articles import default_corpus, load_articles

    root = default_corpus()
    try:
        stamp = tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in sorted(root.iterdir())) if root.is_dir() else ()
    except OSError:
        stamp = None  # unreadable: load_articles says why
    if _STORY.get("key") != (str(root), stamp) or stamp is None:
        _STORY.update(key=(str(root), stamp), articles=load_articles(root, quiet=True))
    return _STORY["articles"]


_STORY: dict = {}


def grade(name: str, answer, articles=None) -> tuple[bool | None, str]:
    """(passed, message) for an answer; ``passed`` is None when there is no answer key for this story."""
    if name not in QUESTIONS:
        from . import exercises  # noqa: F401  (registers the workbook's questions)
    if name not in QUESTIONS:
        raise KeyError(f"No question {name!r}. Questions: {', '.join(sorted(QUESTIONS))}")
    q = QUESTIONS[name]
    if answer is ... or answer is None:
        return False, "not answered yet. Replace the ... with your answer, then run this cell again."
    if articles is None:
        articles = _story()
    try:
        key = _instructor_answer(name, articles)
        key = answer_key(name, articles) if key is None else key
    except NoAnswerKey as e:
        return None, f"no answer key for this story ({e}). Compare your answer with a classmate's."
    if not _type_ok(answer, key):
        return False, f"your answer should be {_type_name(key)}, but it is a {type(answer).__name__}."
    if _same(answer, key, q.tolerance):
        return True, "✓ Well done!"
    for predicate, message in q.hints:
        try:
            if predicate(answer, key):
                return False, f"not yet. {message}"
        except Exception:  # a hint that cannot judge this answer just does not apply
            continue
    return False, f"not yet. {q.default_hint}"


def check(name: str, answer, articles=None) -> None:
    """Print whether ``answer`` is right for question ``name``, with a hint if not.

    Use ``grade`` to get the result as a value.
    """
    passed, message = grade(name, answer, articles)
    print(f"{name}: {message}")


# ---------------------------------------------------------------- for hidden tests: was the answer typed in?

_SUBMISSION_CODE: ContextVar[list[str] | None] = ContextVar("submission_code", default=None)


@contextmanager
def submission_code(cells: list[str]):
    """While hidden tests run in the grader, ``typed_in`` reads these code cells (the submission's, in order)."""
    token = _SUBMISSION_CODE.set(list(cells))
    try:
        yield
    finally:
        _SUBMISSION_CODE.reset(token)


def _code_run() -> list[str]:
    """The code whose assignments count: the submission's cells in the grader, else this kernel's input history."""
    cells = _SUBMISSION_CODE.get()
    if cells is not None:
        return cells
    try:
        from IPython import get_ipython
    except ImportError:
        return []
    shell = get_ipython()
    return list(shell.user_ns.get("In", [])) if shell is not None else []


def _python(source: str):
    """A cell's code as a syntax tree, IPython's ``%magic`` and ``!shell`` lines turned into Python; None if it cannot be read."""
    try:
        return ast.parse(source)
    except SyntaxError:
        pass
    try:
        from IPython.core.inputtransformer2 import TransformerManager

        return ast.parse(TransformerManager().transform_cell(source))
    except Exception:
        return None


def _bindings(cells: list[str]) -> list[tuple[tuple[int, int, int], str, ast.expr | None]]:
    """(where, name, value) for every name the code binds, in the order run; value None where the name is bound
    by anything but a plain assignment (an import, a loop, a function, unpacking of something computed)."""
    found, plain = [], set()

    def bind(target, value, where):
        if isinstance(target, ast.Name):
            found.append((where, target.id, value))
            plain.add(id(target))
        elif isinstance(target, ast.Tuple | ast.List) and isinstance(value, ast.Tuple | ast.List) \
                and len(target.elts) == len(value.elts) and not any(isinstance(e, ast.Starred) for e in target.elts):
            for t, v in zip(target.elts, value.elts):
                bind(t, v, where)

    for i, source in enumerate(cells):
        tree = _python(source)
        if tree is None:
            continue
        for node in ast.walk(tree):
            where = (i, getattr(node, "lineno", 0), getattr(node, "col_offset", 0))
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    bind(target, node.value, where)
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                bind(node.target, node.value, where)
            elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
                bind(node.target, ast.BinOp(ast.Name(node.target.id, ast.Load()), node.op, node.value), where)
            elif isinstance(node, ast.NamedExpr):
                bind(node.target, node.value, where)
            elif isinstance(node, ast.Import | ast.ImportFrom):
                found.extend((where, (a.asname or a.name).split(".")[0], None) for a in node.names)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                found.append((where, node.name, None))
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and id(node) not in plain:
                found.append(((i, node.lineno, node.col_offset), node.id, None))
    return sorted(found, key=lambda b: b[0])


def _literal(value: ast.expr, where, bindings, depth: int = 0) -> bool:
    """Whether an expression only combines values typed into the code: no name of data anywhere in it."""
    if depth > 50:
        return False
    for node in ast.walk(value):
        if isinstance(node, ast.Name):
            earlier = [b for b in bindings if b[1] == node.id and b[0] < where]
            if earlier:
                at, _, bound = earlier[-1]
                if bound is None or not _literal(bound, at, bindings, depth + 1):
                    return False
            elif not hasattr(builtins, node.id):  # set(...), int(...) and the like do not read any data
                return False
        elif isinstance(node, ast.Lambda | ast.comprehension):
            return False
    return True


def typed_in(variable: str) -> bool:
    """True when the last statement that set ``variable`` gave it a value typed into the code (``7``, ``-0.25``,
    ``"The Hill"``, ``{"USD", "KRW"}``, ``n`` after ``n = 7``) rather than one computed from the data.

    For hidden tests: ``assert not typed_in("answer_q1"), "Compute it from the table..."``. In the grader it reads
    the submission's code cells; in a kernel, the cells run so far. It says True only when sure: code it cannot
    read, or an answer set some other way, counts as computed.

    >>> with submission_code(["answer_q1 = ...  # your answer here", "answer_q1 = 7"]):
    ...     typed_in("answer_q1")
    True
    >>> with submission_code(["n = len(articles)", "answer_q1 = n", "answer_q2 = {'USD', 'KRW'}"]):
    ...     typed_in("answer_q1"), typed_in("answer_q2"), typed_in("answer_q3")
    (False, True, False)
    """
    bindings = _bindings(_code_run())
    mine = [b for b in bindings if b[1] == variable]
    if not mine:
        return False
    where, _, value = mine[-1]
    return value is not None and _literal(value, where, bindings)


def whole_number(x) -> bool:
    """True for a whole number given as one (``4``, ``len(...)``, a numpy count), not ``4.0`` nor ``True``.

    >>> whole_number(4), whole_number(4.0), whole_number(True)
    (True, False, False)
    """
    return isinstance(x, numbers.Integral) and not isinstance(x, bool)
