"""Speed figures for lessons, printed in one run.

    python benchmarks/run.py            # all figures
    python benchmarks/run.py --quick    # smaller corpus

- import time: `import lessons` against `import pandas` (goal: at most 1.3x)
- annotation throughput: articles loaded, cleaned and annotated per second (goal: at least 1 MB/s on one core)
- currency conversion of a whole column: a million rows in many currencies and days (goal: under 1 s)
- text reuse on 200 and 800 articles (goal: 800 in under 60 s, time growing at most 6x from 200 to 800)
- the workbook: running every notebook against the same number of notebooks that only import pandas and
  ipywidgets (the kernel-start floor)
- grading: ``lessons grade`` on many submissions against running the same notebooks bare on the same
  cores (goal: within 1.5x)
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def import_time(module: str, runs: int) -> float:
    """Median wall time of a fresh interpreter importing ``module``, minus a bare interpreter's start."""
    def once(code: str) -> float:
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - t

    bare = statistics.median(once("pass") for _ in range(runs))
    return statistics.median(once(f"import {module}") for _ in range(runs)) - bare


def corpus(megabytes: float) -> list[str]:
    """A large corpus made of every article the repo holds (seeds and test stories), repeated with its numbers changed."""
    texts = [p.read_text(encoding="utf-8") for folder in ("seeds", "tests/data/quotes") for p in sorted((ROOT / folder).glob("*.txt"))]
    out, size, i = [], 0, 0
    while size < megabytes * 1e6:
        text = texts[i % len(texts)].replace("5", str(i % 9 + 1))  # vary the figures so nothing is cached
        out.append(text)
        size += len(text.encode("utf-8"))
        i += 1
    return out


def throughput(megabytes: float) -> tuple[float, int, float]:
    from lessons import annotate, article_from_text

    texts = corpus(megabytes)
    size = sum(len(t.encode("utf-8")) for t in texts)
    annotate(article_from_text(texts[0], id="warm-up"))  # one-off start-up (the first-name table) is not throughput
    t = time.process_time()  # CPU time of this one process: steady even when the machine is busy
    for n, text in enumerate(texts):
        annotate(article_from_text(text, id=str(n)))
    elapsed = time.process_time() - t
    return size / 1e6 / elapsed, len(texts), elapsed


def conversion(rows: int) -> float:
    """Seconds to convert ``rows`` amounts in six currencies on random days of 2018-2019 into US dollars."""
    import numpy as np
    import pandas as pd

    from lessons import convert_column

    rng = np.random.default_rng(0)  # fixed seed: the same rows every run
    currencies = rng.choice(["USD", "KRW", "SGD", "JPY", "EUR", "GBP"], rows)
    days = rng.choice(pd.date_range("2018-01-01", "2019-12-31").to_numpy(), rows)
    amounts = rng.random(rows) * 1e9
    t = time.perf_counter()
    convert_column(amounts, currencies, days, to="USD")
    return time.perf_counter() - t


def reuse_corpus(n: int) -> list:
    """``n`` articles: distinct stories, each printed by four outlets (the original, a spun copy with
    word swaps, a partial copy, and a rewrite that only shares its quotations). Words are drawn at
    random from the repository's articles with a fixed seed, so stories differ and runs repeat."""
    import random

    from lessons import article_from_text

    rng = random.Random(42)
    vocabulary = sorted({w for t in corpus(0.05) for w in t.split() if w.isalpha() and w.islower()})
    out = []
    for story in range(n // 4):
        sentences = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(12, 25))).capitalize() + "."
                     for _ in range(30)]
        quote = f'“{sentences[0][:-1]},” said Jane Roe{story}.'
        original = "\n\n".join([" ".join(sentences[i:i + 3]) for i in range(1, 30, 3)] + [quote])
        spun = original.replace(" the ", " this ").replace(" and ", " as well as ")
        partial = "\n\n".join(original.split("\n\n")[:4])
        rewrite = " ".join(rng.choice(vocabulary) for _ in range(300)) + "\n\n" + quote
        for k, text in enumerate([original, spun, partial, rewrite]):
            out.append(article_from_text(f"Story {story} version {k}\n\n{text}", id=f"{story}-{k}"))
    return out


def reuse_time(n: int) -> float:
    from lessons import reuse

    articles = reuse_corpus(n)
    t = time.perf_counter()
    reuse(articles)
    return time.perf_counter() - t


def run_notebooks(paths, sockets: bool = False) -> float:
    """Seconds to execute the notebooks one after another, each in a fresh kernel, as nbval does.

    ``sockets``: the kernels talk over Unix sockets, as ``lessons grade`` runs them, so that kernels started
    at once on several cores cannot take each other's TCP ports."""
    import tempfile

    import nbformat
    from nbclient import NotebookClient
    from traitlets.config import Config

    class Client(NotebookClient):
        def on_comm_open_jupyter_widget(self, msg):
            return None  # as ``lessons grade`` does: nbclient's Output-widget stand-in can stall a cell (nbclient#312)

    t = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        config = Config({"KernelManager": {"transport": "ipc", "ip": f"{folder}/kernel"}}) if sockets else Config()
        for path in paths:
            nb = nbformat.read(path, as_version=4) if not isinstance(path, nbformat.NotebookNode) else path
            Client(nb, timeout=120, kernel_name="python3", config=config,
                   resources={"metadata": {"path": str(ROOT / "workbook")}}).execute()
    return time.perf_counter() - t


def workbook_time(rounds: int) -> tuple[float, float, int]:
    """Seconds to run every workbook notebook and as many floor notebooks, in the round (of ``rounds``) whose
    ratio is the median. Each notebook runs right after a floor one, so a busy spell on the machine weighs on
    both alike, and the two sums compared always come from the same round."""
    import nbformat

    notebooks = sorted((ROOT / "workbook").glob("[0-9][0-9]-*.ipynb"))
    books, floors = [], []
    for _ in range(rounds):
        book = floor = 0.0
        for path in notebooks:
            floor += run_notebooks([nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import pandas, ipywidgets")])])
            book += run_notebooks([path])
        books.append(book)
        floors.append(floor)
    ratios = [b / f for b, f in zip(books, floors)]
    middle = ratios.index(statistics.median_low(ratios))
    return books[middle], floors[middle], len(notebooks)


def grading_time(count: int) -> tuple[float, float]:
    """Seconds to grade ``count`` submissions (copies of the solution notebooks), and to run them bare in parallel."""
    import multiprocessing
    import os
    import shutil
    import tempfile
    from concurrent.futures import ProcessPoolExecutor

    from lessons.articles import default_corpus
    from lessons.grading import grade_all

    notebooks = sorted((ROOT / "workbook").glob("[0-9][0-9]-*.ipynb"))
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for n in range(count):
            source = notebooks[n % len(notebooks)]
            folder = Path(tmp) / f"student{n:03d}"
            folder.mkdir()
            shutil.copy(source, folder / source.name)
            files.append(folder / source.name)
        t = time.perf_counter()
        grade_all([str(f) for f in files], str(ROOT / "workbook"), str(default_corpus()), timeout=120, progress=False)
        graded = time.perf_counter() - t
        t = time.perf_counter()
        with ProcessPoolExecutor(max_workers=os.cpu_count(), mp_context=multiprocessing.get_context("spawn")) as pool:
            list(pool.map(run_notebooks, [[f] for f in files], [True] * len(files)))
        bare = time.perf_counter() - t
    return graded, bare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="a smaller corpus and fewer runs")
    args = parser.parse_args()
    runs, mb = (3, 2.0) if args.quick else (7, 10.0)
    # As pip and ``tasks.py`` do: where PYTHONDONTWRITEBYTECODE is set, every fresh interpreter below would
    # otherwise compile the library again and the import figure would count it.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "lessons")], check=True)

    # The figures depend on the interpreter's build as much as on the library: a CPython built without
    # profile-guided optimisation (pyenv's default) runs the same code about a fifth slower on our machine than a distribution's.
    print(f"python:          {sys.version.split()[0]} at {sys.executable}")
    pandas = import_time("pandas", runs)
    lessons = import_time("lessons", runs)
    print(f"import pandas:   {pandas * 1000:7.0f} ms")
    print(f"import lessons:  {lessons * 1000:7.0f} ms  ({lessons / pandas:.2f}x pandas; goal at most 1.30x)")

    rate, n, elapsed = throughput(mb)
    print(f"annotation:      {rate:7.2f} MB/s  ({n} articles, {mb:.0f} MB in {elapsed:.1f} s of CPU on one core; goal at least 1 MB/s)")
    print(f"conversion:      {conversion(1_000_000):7.2f} s    (1,000,000 rows, first rate lookups included; goal under 1 s)")
    small, large = reuse_time(200), reuse_time(800)
    print(f"reuse:           {small:7.2f} s for 200 articles, {large:.2f} s for 800 ({large / small:.1f}x; "
          f"goal 800 in under 60 s, at most 6x)")
    book, floor, n = workbook_time(1 if args.quick else 3)
    print(f"workbook:        {book:7.2f} s for {n} notebooks, {floor:.2f} s for {n} that only import pandas and ipywidgets "
          f"({book / floor:.2f}x the kernel-start floor; goal at most 2x)")
    count = 20 if args.quick else 100
    graded, bare = grading_time(count)
    print(f"grading:         {graded:7.2f} s for {count} submissions, {bare:.2f} s to run them bare on the same cores "
          f"({graded / bare:.2f}x; goal at most 1.5x)")


if __name__ == "__main__":
    main()
