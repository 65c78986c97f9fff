"""How well lessons finds quotations and their speakers, against a hand-made gold file.

    .venv/bin/python benchmarks/quote_accuracy.py [folder]

The folder (default tests/data/quotes) holds .txt articles and gold.json: a list of
{"file", "quote", "speaker"}, where "quote" is the quoted words exactly as in the file
(without the marks) and "speaker" the full name the article gives, or null.

A gold quote is found if one found quote covers at least 60% of its characters. Its
speaker is right if, ignoring case, punctuation and determiners, the found name's words are
all in the gold name ("Jeong" for "Jeong Eun-bo", "a senior doctor" for "senior doctor at
AIIMS"), or the gold name's words are all in the found name with at most one word more; "one
of the men" is "one man", and initials are the name they stand for ("the BMA", "British
Medical Association"). A null gold speaker must be matched by None.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import lessons

ROOT = Path(__file__).resolve().parents[1]
MIN_OVERLAP = 0.6


def locate(text: str, quote: str, after: int) -> int:
    """Where the gold quote is: the first occurrence right after a quote mark that comes after the previous
    gold quote (so "harmony" in a headline without marks is not taken for the quoted "harmony" below it),
    else the first occurrence after the previous gold quote, else the first."""
    marked = [m.start() for m in re.finditer(re.escape(quote), text) if text[m.start() - 1:m.start()] in MARKS]
    at = text.find(quote, after)
    return next((m for m in marked if m >= after), at if at >= 0 else text.find(quote))


MARKS = set("\"“”‘’'«»„″")


# An unnamed speaker is described, and whether the text says "a", "the" or "another" official is not who spoke
DETERMINERS = {"a", "an", "the", "one", "another", "same", "this", "that", "these", "those"}


def same_speaker(gold: str | None, found: str | None) -> bool:
    if gold is None or found is None:
        return gold is None and found is None
    if _initials(gold) == _acronym(found) or _initials(found) == _acronym(gold):
        return True  # "the BMA" and "British Medical Association"
    g, f = (set(re.findall(r"[\w-]+", _one_of(x).lower().replace("’s", "").replace("'s", ""))) - DETERMINERS for x in (gold, found))
    return bool(f) and (f <= g or (g <= f and len(f - g) <= 1))


IRREGULAR = {"men": "man", "women": "woman", "children": "child", "people": "person"}
ONE_OF = re.compile(r"(?i:one|another) of (?:the|those) (?:([a-z-]+) )??([a-z-]+)\b")


def _one_of(name: str) -> str:
    """"one of the landlords" as "one landlord", "one of the men" as "one man": one of many is one of them."""
    m = ONE_OF.match(name)
    if not m or not (m[2].endswith("s") or m[2] in IRREGULAR):
        return name
    return " ".join(filter(None, ["one", m[1], IRREGULAR.get(m[2], m[2][:-1])])) + name[m.end():]


def _acronym(name: str) -> str | None:
    word = re.sub(r"^(?:the|The) ", "", name.strip())
    return word if re.fullmatch(r"[A-Z]{2,6}", word) else None


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w not in ("The", "And", "Of", "For"))


def context(article, start: int, end: int, width: int = 320) -> str:
    """The sentence(s) around a span, on one line."""
    spans = [s for s in article.sentences if s.start < end and s.end > start]
    a, b = (spans[0].start, spans[-1].end) if spans else (max(0, start - 80), end + 80)
    out = " ".join(article.text[a:b].split())
    return out if len(out) <= width else out[:width - 3] + "..."


def evaluate(folder: Path):
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    by_file = defaultdict(list)
    for g in gold:
        by_file[g["file"]].append(g)
    rows, spurious = [], 0
    for name, items in by_file.items():
        text = (folder / name).read_text(encoding="utf-8-sig")
        article = lessons.article_from_text(text, id=Path(name).stem)
        found = lessons.annotate(article).quotes
        cursor, matched = 0, set()
        for g in items:
            start = locate(text, g["quote"], cursor)
            if start < 0:
                raise SystemExit(f"{name}: gold quote not in the file: {g['quote'][:60]!r}")
            end = start + len(g["quote"])
            cursor = end
            best, cover = None, 0
            for i, q in enumerate(found):
                c = max(0, min(end, q.end) - max(start, q.start))
                if c > cover:
                    best, cover = i, c
            ok = best is not None and cover >= MIN_OVERLAP * (end - start)
            if ok:
                matched.add(best)
            q = found[best] if ok else None
            rows.append(dict(g, article=article, start=start, end=end, found=q))
        spurious += sum(1 for i in range(len(found)) if i not in matched)
    return rows, spurious


def main(argv: list[str]) -> None:
    folder = Path(argv[1]) if len(argv) > 1 else ROOT / "tests" / "data" / "quotes"
    rows, spurious = evaluate(folder)
    found = [r for r in rows if r["found"] is not None]
    right = [r for r in found if same_speaker(r["speaker"], r["found"].speaker)]
    misses = [r for r in rows if r["found"] is None]
    wrong = [r for r in found if r not in right]
    files = len({r["file"] for r in rows})
    print(f"{folder}: {len(rows)} gold quotations in {files} articles")
    print(f"quotations found (recall):      {len(found)}/{len(rows)} = {len(found) / max(1, len(rows)):.1%}  (target 97%)")
    print(f"right speaker, of those found:  {len(right)}/{len(found)} = {len(right) / max(1, len(found)):.1%}  (target 90%)")
    print(f"found quotes matching no gold quotation: {spurious}")
    print(f"\nMISSED ({len(misses)})")
    for r in misses:
        print(f"- {r['file']}: {r['quote'][:70]!r} [gold speaker: {r['speaker']}]")
        print(f"    {context(r['article'], r['start'], r['end'])}")
    print(f"\nWRONG SPEAKER ({len(wrong)})")
    for r in wrong:
        q = r["found"]
        print(f"- {r['file']}: {r['quote'][:70]!r}")
        print(f"    gold: {r['speaker']!r}   found: {q.speaker!r} (as written {q.speaker_as_written!r}, how={q.how}, cue={q.cue!r})")
        print(f"    {context(r['article'], r['start'], r['end'])}")


if __name__ == "__main__":
    main(sys.argv)
