"""Self-checks for students: ``check("01.q1", answer)`` prints a cheerful pass or a hint.

The convention (borrowed from nbgrader and otter): in the instructor's notebooks in ``workbook/``, an
exercise cell holds the student's line ``answer_q1 = ...`` and the solution between ``### BEGIN SOLUTION``
and ``### END SOLUTION``; the next cell calls ``check("01.q1", answer_q1)``. Each question is registered
here with its points and its *public* check (the answer key, computed from the articles, with hints);
*hidden* checks, registered with ``Question.hidden``, are run only by ``lessons grade``. A cell or block
between ``### BEGIN HIDDEN TESTS`` and ``### END HIDDEN TESTS`` is removed from student copies too.

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

import math
import numbers
from collections.abc import Callable
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
    hidden_checks: list[tuple[Callable[[Any, Any], bool], str]] = field(default_factory=list)

    def hidden(self, predicate: Callable[[Any, Any], bool]):
        """Register a check only the grader runs: ``@q.hidden(lambda answer, key: ...)`` on a function
        returning the feedback given when the check fails."""

        def register(fn):
            self.hidden_checks.append((predicate, fn() if callable(fn) else fn))
            return fn

        return register

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
        from .articles import load_articles

        articles = load_articles(quiet=True)
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
