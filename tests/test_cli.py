"""The command line, used as a person would: run it and read what it prints."""

import json
import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def run(*args):
    return subprocess.run([sys.executable, "-m", "lessons.cli", *args], capture_output=True, text=True)


def test_annotate_json_prints_one_object_per_article():
    out = run("annotate", str(SEEDS), "--json")
    assert out.returncode == 0, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(records) == 5
    for r in records:
        assert set(r) == {"path", "id", "title", "outlet", "date", "quotes", "money", "figures"}
        text = Path(r["path"]).read_text(encoding="utf-8")
        for q in r["quotes"]:
            assert set(q) == {"start", "end", "text", "speaker", "cue", "source"}
            assert text[q["start"]:q["end"]] == q["text"]
        for m in r["money"]:
            assert set(m) == {"start", "end", "text", "amount", "currency"}
            assert text[m["start"]:m["end"]] == m["text"]


def test_a_bad_file_is_named_and_the_others_still_print(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A title\n\n“It works,” said Ana Ruiz.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x00binary")
    out = run("annotate", str(tmp_path / "bad.txt"), str(good), str(tmp_path / "missing.txt"), "--json")
    assert out.returncode == 1
    assert [json.loads(x)["id"] for x in out.stdout.splitlines()] == ["good"]
    assert "bad.txt" in out.stderr and "missing.txt" in out.stderr and "Traceback" not in out.stderr


def test_no_command_prints_help():
    out = run()
    assert out.returncode == 2 and "annotate" in out.stdout
