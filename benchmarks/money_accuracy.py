"""How well lessons.find_money reads amounts of money in real news sentences.

    .venv/bin/python benchmarks/money_accuracy.py [file]

The file (default tests/data/money/sentences.jsonl) holds one JSON object a line:
{"text", "source", "money": [{"text", "amount", "currency"}]}, where a gold "text" is
the money words exactly as in the sentence, "amount" the value in units of the currency
(the lower end of a range) and "currency" an ISO code.

A gold mention is found with the right value if some found mention overlaps its span,
has the same currency and an amount within 0.5% of the gold amount. A false find is a
found mention that overlaps no gold mention.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import lessons

ROOT = Path(__file__).resolve().parents[1]
TOLERANCE = 0.005


def spans(text: str, gold: list[dict]) -> list[tuple[int, int]]:
    """Where each gold mention is: the next occurrence of its words after the same words' last one."""
    out, after = [], {}
    for g in gold:
        at = text.find(g["text"], after.get(g["text"], 0))
        if at < 0:
            raise SystemExit(f"gold money {g['text']!r} is not in: {text}")
        after[g["text"]] = at + len(g["text"])
        out.append((at, at + len(g["text"])))
    return out


def right(g: dict, m) -> bool:
    return m.currency == g["currency"] and abs(m.amount - g["amount"]) <= TOLERANCE * abs(g["amount"])


def show(m) -> str:
    return f"{m.text!r} = {m.amount:,.6g} {m.currency}"


def main(path: Path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    n_gold = n_right = n_false = 0
    misses, false_finds = [], []
    for row in rows:
        text, gold = row["text"], row["money"]
        found = lessons.find_money(text)
        where = spans(text, gold)
        for g, (a, b) in zip(gold, where):
            near = [m for m in found if m.start < b and m.end > a]
            n_gold += 1
            if any(right(g, m) for m in near):
                n_right += 1
            else:
                got = "; ".join(show(m) for m in near) or "nothing"
                misses.append(f"  {g['text']!r} = {g['amount']:,.6g} {g['currency']}, found {got}\n    {text}")
        for m in found:
            if not any(m.start < b and m.end > a for a, b in where):
                n_false += 1
                false_finds.append(f"  {show(m)}\n    {text}")
    pct = 100 * n_right / n_gold if n_gold else 0.0
    print(f"sentences                  {len(rows)}")
    print(f"gold mentions              {n_gold}")
    print(f"found with the right value {n_right} ({pct:.1f}%)")
    print(f"false finds                {n_false}")
    print(f"\nmisses ({len(misses)}):")
    print("\n".join(misses))
    print(f"\nfalse finds ({len(false_finds)}):")
    print("\n".join(false_finds))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests/data/money/sentences.jsonl")
