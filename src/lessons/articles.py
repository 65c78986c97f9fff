"""Articles: load a folder of plain-text news stories, clean them without losing anything.

Each file is one article, title on the first line. An optional ``metadata.csv``
beside the files gives what the text may not show (outlet, date, byline, url);
where it is missing the loader reads what the text does show.

>>> articles = load_articles()
>>> len(articles) >= 1 and articles[0].title != ""
True
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .cleaning import DATE_LINE, Boilerplate, find_boilerplate
from .text import Span, paragraphs, sentences

METADATA_FILE = "metadata.csv"
METADATA_COLUMNS = ("file", "title", "outlet", "date", "byline", "url")
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
NOT_A_LINE_END = re.compile(r"[^\r\n]")


@dataclass(frozen=True, eq=False)
class Article:
    """One news article: its metadata, its text, and where its parts are.

    ``paragraphs`` and ``sentences`` are spans into ``text`` (the story as
    loaded, boilerplate included); ``boilerplate`` lists what is not story.
    """

    id: str
    text: str
    title: str = ""
    outlet: str = ""
    date: dt.date | None = None
    byline: str = ""
    url: str = ""
    wire: str = ""
    path: str = ""
    paragraphs: tuple[Span, ...] = field(default=(), repr=False)
    boilerplate: tuple[Boilerplate, ...] = field(default=(), repr=False)

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """Sentences of the story's paragraphs (boilerplate left out)."""
        story = [p for p in self.paragraphs if not self.is_boilerplate(p.start, p.end)]
        return tuple(sentences(self.text, story))

    @cached_property
    def body(self) -> str:
        """The text with boilerplate blanked out: same length, so offsets still hold."""
        text = self.text
        for b in self.boilerplate:  # a few spans: copying the text for each costs less than a list of its characters
            text = text[:b.start] + NOT_A_LINE_END.sub(" ", text[b.start:b.end]) + text[b.end:]
        return text

    def is_boilerplate(self, start: int, end: int) -> bool:
        """True if ``text[start:end]`` lies inside a boilerplate span."""
        return any(b.start <= start and end <= b.end for b in self.boilerplate)

    def __repr__(self) -> str:
        return f"Article({self.id!r}, title={self.title!r}, outlet={self.outlet!r}, date={self.date})"


class Articles(list):
    """A list of articles that also remembers the problems met while loading them."""

    def __init__(self, items=(), problems=(), folder=None):
        super().__init__(items)
        self.problems = list(problems)
        self.folder = folder  # where they were loaded from: an instructor's answers.json may sit there

    def get(self, key: str | int) -> Article:
        """An article by position, id, or the start of its id (``"002"``)."""
        if isinstance(key, int):
            return self[key]
        for a in self:
            if a.id == key or a.id.startswith(str(key)):
                return a
        raise KeyError(f"No article {key!r}. Choose one of: {', '.join(a.id for a in self)}")


def article_from_text(text: str, id: str = "article", **metadata) -> Article:
    """Make an article from a string (title on the first line).

    >>> a = article_from_text("Dam opens\\n\\nThe dam opened on Monday, officials said.")
    >>> a.title, len(a.paragraphs)
    ('Dam opens', 2)
    """
    paras = tuple(paragraphs(text))
    found = dict(_infer(text, paras))
    found.update({k: v for k, v in metadata.items() if v not in (None, "")})
    if isinstance(found.get("date"), str):
        found["date"] = dt.date.fromisoformat(found["date"])
    return Article(id=id, text=text, paragraphs=paras, boilerplate=tuple(find_boilerplate(text, list(paras))), **found)


def default_corpus() -> Path:
    """The folder notebooks read: ``$LESSONS_CORPUS`` if set, else the bundled seed articles."""
    return Path(os.environ.get("LESSONS_CORPUS") or SEEDS)


def load_articles(path: str | os.PathLike | None = None, quiet: bool = False) -> Articles:
    """Read every ``.txt`` article in a folder (or one file) into ``Article`` objects.

    A file that cannot be read is skipped with a one-line message on stderr
    naming it and what to do; the rest still load. The messages are kept in
    ``.problems``.

    >>> arts = load_articles()
    >>> all(a.text[p.start:p.end] for a in arts for p in a.paragraphs)
    True
    """
    root = Path(path) if path is not None else default_corpus()
    problems: list[str] = []
    if not root.exists():
        raise FileNotFoundError(f"{root}: no such file or folder. Give a folder of .txt articles, or a .txt file.")
    if root.is_dir():
        files = sorted(p for p in root.iterdir() if p.suffix.lower() == ".txt" and not p.name.startswith("."))
        meta = _read_metadata(root / METADATA_FILE, problems)
    else:
        files, meta = [root], _read_metadata(root.parent / METADATA_FILE, problems)
    out = []
    for f in files:
        text = _read_text(f, problems)
        if text is None:
            continue
        row = meta.get(f.name) or meta.get(f.stem) or {}
        out.append(article_from_text(text, id=f.stem, path=str(f), **row))
    if root.is_dir() and not files:
        problems.append(f"{root}: no .txt files here. Put one article per .txt file, title on the first line.")
    if not quiet:
        for line in problems:
            print(f"lessons: {line}", file=sys.stderr)
    return Articles(out, problems, root if root.is_dir() else root.parent)


def _read_text(path: Path, problems: list[str]) -> str | None:
    if path.is_dir():
        problems.append(f"{path}: is a folder, not a file; skipped. Rename it or move it out of the corpus.")
        return None
    try:
        raw = path.read_bytes()
    except OSError as e:
        problems.append(f"{path}: cannot be read ({e.strerror}); skipped. Check the file's permissions.")
        return None
    if not raw.strip():
        problems.append(f"{path}: is empty; skipped. Put the article's title on the first line and its text below.")
        return None
    if b"\x00" in raw[:8192]:
        problems.append(f"{path}: looks like a binary file, not text; skipped. Save the article as plain text (.txt).")
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.append(f"{path}: is not UTF-8; read it as Windows-1252. Save it as UTF-8 to be sure of every character.")
        return raw.decode("cp1252", errors="replace")


def _read_metadata(path: Path, problems: list[str]) -> dict[str, dict]:
    if not path.is_file():
        return {}
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        problems.append(f"{path}: cannot be read as CSV ({e}); metadata ignored. Save it as UTF-8 CSV with columns {', '.join(METADATA_COLUMNS)}.")
        return {}
    out = {}
    for n, row in enumerate(rows, start=2):
        name = (row.get("file") or "").strip()
        if not name:
            problems.append(f"{path} line {n}: no 'file' value; row ignored. Columns are {', '.join(METADATA_COLUMNS)}.")
            continue
        clean = {k: (row.get(k) or "").strip() for k in METADATA_COLUMNS[1:]}
        if clean["date"]:
            try:
                clean["date"] = dt.date.fromisoformat(clean["date"])
            except ValueError:
                problems.append(f"{path} line {n}: date {clean['date']!r} is not YYYY-MM-DD; date read from the text instead.")
                clean["date"] = None
        out[name] = clean
    return out


BY_LINE = re.compile(r"^By\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*$")
NAME_LINE = re.compile(r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'.-]+){1,2}")  # a byline with no "By"


def _infer(text: str, paras: tuple[Span, ...]) -> dict:
    """What the text itself shows: title, date line, byline, outlet, wire credit."""
    found: dict = {"title": text[paras[0].start:paras[0].end].strip() if paras else ""}
    lines = [text[p.start:p.end] for p in paras]
    for line in lines[1:6]:
        if DATE_LINE.match(line) and "date" not in found:
            found["date"] = parse_date(line)
    for line in lines[1:6]:
        m = BY_LINE.match(line)
        if m:
            found["byline"] = m.group(1)
    # Datelines and bylines sit at the top of a story, contact and copyright lines at the bottom.
    edges = lines[1:8] + lines[max(8, len(lines) - 8):]
    for key, guard, pattern in INFER_RULES:
        for line in edges:
            m = guard in line and pattern.search(line)
            if m and key not in found and not re.search(r"images|photo|pictures", line, re.I):
                found[key] = m.group(1).strip()
    if found.get("wire", "").isupper() and len(found["wire"]) > 3:
        found["wire"] = found["wire"].title()
    if "byline" not in found:
        for line in lines[1:5]:
            if NAME_LINE.fullmatch(line) and not DATE_LINE.match(line):
                found["byline"] = line
                break
    return found


# (what it finds, a substring the line must hold, the pattern that reads it)
INFER_RULES = [
    ("byline", "contact", re.compile(r"\bTo contact the reporters? on this story:\s*([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}?)\s+(?:in|at)\b")),
    ("byline", "Follow", re.compile(r"^Follow\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+on\b")),
    ("outlet", "(", re.compile(r"^\(([A-Z][\w .&-]{1,40})\)\s*(?:--|—|–)")),
    ("outlet", "", re.compile(r"^(?:©|Copyright)\s*(?:\d{4}\s+)?([A-Z][\w .&-]{1,40}?)(?:\s+L\.?P\.?|\s+Inc\.?|\s+Ltd\.?|\.)?\s*(?:All rights reserved\.?)?$")),
    ("wire", "(", re.compile(r"^[A-Z][A-Za-z .,'-]{1,40}?\s*\(([A-Z][\w .&-]{1,30})\)\s*(?:[-—–]|[A-Z][a-z]{2}\.? \d)")),
]


def parse_date(line: str) -> dt.date | None:
    """The date in a date line such as ``Nov 19, 2019`` or ``19 November 2019``."""
    line = re.sub(r"^(?:Published|Updated|Posted|Last updated)\s*:?\s*", "", line.strip(), flags=re.I)
    line = re.sub(r"^[A-Z][a-z]+day,?\s+", "", line).replace("Sept", "Sep")
    for fmt in ("%b %d, %Y", "%B %d, %Y", "%b %d %Y", "%B %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%b. %d, %Y"):
        try:
            return dt.datetime.strptime(" ".join(line.split()[:3]), fmt).date()
        except ValueError:
            continue
    return None
