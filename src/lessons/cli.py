"""The ``lessons`` command.

    lessons annotate PATH... [--json]    quotes, money and figures of each article
    lessons crosscheck PATH... [--json]  the same figures and quotes across articles
    lessons reuse PATH... [--json]       passages shared between articles
    lessons convert MONEY --to USD --on 2019-11-19 [--json]
    lessons release workbook/ DEST/      student copies, solutions removed
    lessons grade SUBMISSION... --out grades.csv [--timeout SECONDS]

A file that cannot be read is named on stderr with the reason; the others are
still processed, and the exit status is 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from .annotate import annotate
from .articles import Articles, load_articles

QUOTE_FIELDS = ("start", "end", "text", "speaker", "cue", "source")
MONEY_FIELDS = ("start", "end", "text", "amount", "currency")
FIGURE_FIELDS = ("start", "end", "text", "value", "unit", "kind")


def _load(paths: list[str]) -> tuple[Articles, int]:
    """Articles from every path (files or folders), and how many problems were met."""
    found, problems = Articles(), 0
    for p in paths:
        if not Path(p).exists():
            print(f"lessons: {p}: no such file or folder; skipped.", file=sys.stderr)
            problems += 1
            continue
        got = load_articles(p)
        found.extend(got)
        problems += len([x for x in got.problems if "skipped" in x or "ignored" in x])
    return found, problems


def _pick(record, names) -> dict:
    d = asdict(record)
    return {k: d[k] for k in names}


def article_record(article) -> dict:
    """The JSON object printed for one article."""
    found = annotate(article)
    return {
        "path": article.path,
        "id": article.id,
        "title": article.title,
        "outlet": article.outlet,
        "date": article.date.isoformat() if article.date else None,
        "quotes": [_pick(q, QUOTE_FIELDS) for q in found.quotes],
        "money": [_pick(m, MONEY_FIELDS) for m in found.money],
        "figures": [_pick(f, FIGURE_FIELDS) for f in found.figures],
    }


def cmd_annotate(args) -> int:
    articles, problems = _load(args.paths)
    for a in articles:
        try:
            record = article_record(a)
        except Exception as e:  # one article the annotator chokes on must not stop the rest
            print(f"lessons: {a.path}: could not be annotated ({type(e).__name__}: {e}); skipped. Please report it.", file=sys.stderr)
            problems += 1
            continue
        if args.json:
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(f"{a.id}  {a.outlet or '(outlet unknown)'}  {a.date or ''}  {a.title}")
            for q in record["quotes"]:
                print(f"  quote  {q['speaker'] or '(no speaker)'}: {q['text'][:70]}")
            for m in record["money"]:
                print(f"  money  {m['text']} = {m['amount']:,.0f} {m['currency']}")
            for f in record["figures"]:
                print(f"  figure {f['text']} = {f['value']:g} {f['unit']} ({f['kind']})")
    return 1 if problems else 0


def cmd_crosscheck(args) -> int:
    from .claims import claims, quote_groups

    articles, problems = _load(args.paths)
    groups = []
    table = claims(articles)
    for _, g in table.groupby("claim", sort=True):
        if g.article.nunique() < 2:
            continue  # a claim only one article makes has nothing to be checked against
        kind = "money" if g.kind.iloc[0] == "money" else "figure"
        groups.append({"topic": g.topic.iloc[0], "kind": kind, "agree": bool(g.agree.iloc[0]), "reason": g.reason.iloc[0],
                       "items": [{"article": r.article, "text": r.text, "start": int(r.start), "end": int(r.end),
                                  "value": float(r.value), "unit": r.unit} for r in g.itertuples()]})
    for _, g in quote_groups(articles).groupby("group", sort=True):
        same = g.text.map(lambda t: " ".join(t.lower().split())).nunique() == 1 and g.speaker.nunique(dropna=False) == 1
        groups.append({"topic": g.text.iloc[0][:60], "kind": "quote", "agree": bool(same), "reason": "same" if same else "wording or speaker",
                       "items": [{"article": r.article, "text": r.text, "start": int(r.start), "end": int(r.end), "value": None,
                                  "unit": r.speaker if isinstance(r.speaker, str) else None}  # pandas gives NaN for None
                                 for r in g.itertuples()]})
    if args.json:
        print(json.dumps({"groups": groups}, ensure_ascii=False, allow_nan=False))
    else:
        for g in groups:
            mark = "agree" if g["agree"] else f"DISAGREE ({g['reason']})"
            print(f"{g['kind']:6} {mark:32} {g['topic']}")
            for i in g["items"]:
                print(f"         {i['article'][:12]:12} {i['text'][:80]}")
    return 1 if problems else 0


def cmd_reuse(args) -> int:
    from .reuse import reuse

    articles, problems = _load(args.paths)
    pairs = reuse(articles)
    if args.json:
        print(json.dumps({"pairs": [{"a": p.a, "b": p.b, "score": p.score, "passages": [
            {"a_start": x.a_start, "a_end": x.a_end, "b_start": x.b_start, "b_end": x.b_end, "text": x.text, "quoted": x.quoted}
            for x in p.passages]} for p in pairs]}, ensure_ascii=False))
    else:
        for p in pairs:
            print(f"{p.score:6.3f}  {p.a}  {p.b}  ({len(p.passages)} shared passages, {sum(x.quoted for x in p.passages)} of them quotations)")
    return 1 if problems else 0


def cmd_release(args) -> int:
    from .grading import release

    try:
        written = release(args.source, args.dest)
    except (FileNotFoundError, ValueError) as e:
        print(f"lessons release: {e}", file=sys.stderr)
        return 2
    for path in written:
        print(f"wrote {path}")
    return 0


def cmd_grade(args) -> int:
    from collections import defaultdict

    from .articles import default_corpus
    from .grading import grade_all, write_gradebook

    missing = [s for s in args.submissions if not Path(s).exists()]
    for s in missing:
        print(f"lessons grade: {s}: no such file or folder; skipped.", file=sys.stderr)
    rows = grade_all([s for s in args.submissions if s not in missing], args.workbook, str(default_corpus()), args.timeout)
    write_gradebook(rows, args.out)
    totals = defaultdict(lambda: [0.0, 0, 0])
    for r in rows:
        t = totals[r.submission]
        t[0] += r.score if isinstance(r.score, int | float) else 0
        t[1] += r.max_score if isinstance(r.score, int | float) else 0
        t[2] += r.score == ""
    for name, (score, most, manual) in totals.items():
        extra = f", {manual} to grade by hand" if manual else ""
        print(f"{name}: {score:g}/{most}{extra}")
    print(f"gradebook written to {args.out}")
    return 1 if missing else 0


def cmd_convert(args) -> int:
    from .amounts import MoneyError, parse_money
    from .currency import CurrencyError, convert

    try:
        money = parse_money(args.money)
        c = convert(money, to=args.to, on=args.on)
    except (MoneyError, CurrencyError) as e:
        print(f"lessons convert: {e}", file=sys.stderr)
        return 2
    record = {"amount": c.amount, "currency": c.currency, "to": c.to, "date": c.date.isoformat(),
              "rate_date": c.rate_date.isoformat(), "rate": c.rate, "result": c.result}
    if args.json:
        print(json.dumps(record))
    else:
        note = "" if c.rate_date == c.date else f" (no rate on {c.date}: used {c.rate_date})"
        assumed = f" ({money.unit!r} read as {money.currency})" if money.assumed else ""
        print(f"{c.amount:,.2f} {c.currency}{assumed} = {c.result:,.2f} {c.to} at {c.rate:.6g} {c.to} per {c.currency}, "
              f"ECB rate of {c.rate_date}{note}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="lessons", description="Read the news like a fact-checker.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("annotate", help="quotes, money and figures of each article")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files (.txt) or folders of them")
    p.add_argument("--json", action="store_true", help="one JSON object per article per line")
    p.set_defaults(run=cmd_annotate)
    p = sub.add_parser("crosscheck", help="the same figures and quotations across articles, and where they disagree")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files (.txt) or folders of them")
    p.add_argument("--json", action="store_true", help='one JSON object: {"groups": [...]}')
    p.set_defaults(run=cmd_crosscheck)
    p = sub.add_parser("reuse", help="passages articles share, strongest pair first")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files (.txt) or folders of them")
    p.add_argument("--json", action="store_true", help='one JSON object: {"pairs": [...]}')
    p.set_defaults(run=cmd_reuse)
    p = sub.add_parser("release", help="write student copies of the workbook: solutions and hidden tests removed")
    p.add_argument("source", help="the instructor's workbook folder")
    p.add_argument("dest", help="where to write the student copies")
    p.set_defaults(run=cmd_release)
    p = sub.add_parser("grade", help="grade submitted notebooks into a gradebook CSV")
    p.add_argument("submissions", nargs="+", metavar="SUBMISSION", help="submitted .ipynb files or folders of them")
    p.add_argument("--out", default="grades.csv", help="the gradebook to write (default grades.csv)")
    p.add_argument("--timeout", type=int, default=60, help="seconds one cell may run (default 60)")
    p.add_argument("--workbook", default=str(Path(__file__).resolve().parents[2] / "workbook"),
                   help="the instructor's workbook folder (default: the repository's workbook/)")
    p.set_defaults(run=cmd_grade)
    p = sub.add_parser("convert", help="convert money as written at the ECB rate of a day")
    p.add_argument("money", help='money as written, e.g. "2.5 trillion won" or "US$5 billion"')
    p.add_argument("--to", default="USD", help="ISO code of the currency to convert into (default USD)")
    p.add_argument("--on", required=True, help="the day whose rate to use, YYYY-MM-DD (the article's date)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(run=cmd_convert)
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except BrokenPipeError:  # `lessons annotate ... | head` closes the pipe early: not an error
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
