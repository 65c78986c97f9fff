"""Answer keys for the workbook's self-checks, one module per notebook.

Importing this package registers every question. In a notebook::

    from lessons.exercises import check
    check("01.q3", answer_q3)

Each key is computed from the articles loaded (``load_articles()``, which
reads ``$LESSONS_CORPUS`` when it is set), so the same notebook checks itself
on any story. Where a story gives no single right answer (a tie, nothing
found), the key raises ``NoAnswerKey`` and the student is told so.
"""

from ..selfcheck import check
from . import attribution, claims, currency, reading, report, start

__all__ = ["check", "attribution", "claims", "currency", "reading", "report", "start"]
