"""How well lessons finds figures (counts, percentages, durations and ages, multiples), against a hand-made gold file.

    .venv/bin/python benchmarks/figures_accuracy.py FOLDER

The folder holds .txt articles and figures.json: a list of {"file", "text", "value", "unit", "kind"} in the
order the figures appear, "text" being the figure's words exactly as in the file. Money is left out (see
money_accuracy.py). A gold figure is found if a figure the library reports overlaps its words; it is right if
the value matches and the unit is the same word (case and a plural -s aside). Kinds are compared with ages and
durations as one ("a 66-year alliance" is both).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import lessons

TOLERANCE = 0.005


def same_unit(gold: str, found: str) -> bool:
    g, f = gold.lower().rstrip("s"), found.lower().rstrip("s")
    return g == f


def same_kind(gold: str, found: str) -> bool:
    time = {"age", "duration"}
    return gold == found or (gold in time and found in time)


def evaluate(folder: Path):
    gold = json.loads((folder / "figures.json").read_text(encoding="utf-8"))
    by_file = defaultdict(list)
    for g in gold:
        by_file[g["file"]].append(g)
    rows, spurious = [], []
    for name, items in by_file.items():
        text = (folder / name).read_text(encoding="utf-8-sig")
        article = lessons.article_from_text(text, id=Path(name).stem)
        found = lessons.annotate(article).figures
        cursor, spans = 0, []
        for g in items:
            start = text.find(g["text"], cursor)
            start = start if start >= 0 else text.find(g["text"])
            if start < 0:
                raise SystemExit(f"{name}: gold figure not in the file: {g['text']!r}")
            end = start + len(g["text"])
            cursor = start + 1
            spans.append((start, end))
            near = [f for f in found if f.start < end and f.end > start]
            rows.append(dict(g, near=near))
        spurious += [(name, f) for f in found if not any(f.start < b and f.end > a for a, b in spans)]
    return rows, spurious


def right(g: dict, f) -> bool:
    return abs(f.value - g["value"]) <= TOLERANCE * abs(g["value"]) and same_unit(g["unit"], f.unit)


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        raise SystemExit("usage: figures_accuracy.py FOLDER  (a folder with .txt articles and figures.json)")
    rows, spurious = evaluate(Path(argv[1]))
    found = [r for r in rows if r["near"]]
    good = [r for r in found if any(right(r, f) for f in r["near"])]
    kinds = [r for r in good if any(right(r, f) and same_kind(r["kind"], f.kind) for f in r["near"])]
    n = max(1, len(rows))
    print(f"{argv[1]}: {len(rows)} gold figures")
    print(f"found (overlapping a reported figure): {len(found)}/{len(rows)} = {len(found) / n:.1%}")
    print(f"right value and unit:                  {len(good)}/{len(rows)} = {len(good) / n:.1%}")
    print(f"right value, unit and kind:            {len(kinds)}/{len(rows)} = {len(kinds) / n:.1%}")
    print(f"reported figures matching no gold figure: {len(spurious)}")
    print("\nMISSED OR WRONG")
    for r in rows:
        if r not in good:
            got = "; ".join(f"{f.text!r} = {f.value:g} {f.unit} ({f.kind})" for f in r["near"]) or "nothing"
            print(f"- {r['file']}: {r['text']!r} = {r['value']:g} {r['unit']} ({r['kind']}); found {got}")
    print("\nNOT IN THE GOLD FILE")
    for name, f in spurious:
        print(f"- {name}: {f.text!r} = {f.value:g} {f.unit} ({f.kind})")


if __name__ == "__main__":
    main(sys.argv)
