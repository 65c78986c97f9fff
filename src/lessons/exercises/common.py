"""Small helpers the answer keys share: how answers and outlets are compared and shown."""

from __future__ import annotations

UNKNOWN = "(unknown)"  # what the notebooks print for an article that names no outlet


def _text(x) -> str:
    """Text as a check compares it: spacing and case do not count."""
    return " ".join(str(x).split()).casefold()


def _label(outlet) -> str:
    """An outlet as the notebook prints it: "(unknown)" where the article names none."""
    return outlet if isinstance(outlet, str) and outlet.strip() else UNKNOWN
