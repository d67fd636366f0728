"""`briefbot draft` as a moderator runs it: article in, a draft that validates out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def briefbot(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_draft_then_validate_then_refuse_to_overwrite(tmp_path: Path):
    out = tmp_path / "next-week.yaml"
    made = briefbot("draft", "tests/fixtures/seed_article.txt", "-o", str(out))
    assert made.returncode == 0, made.stderr
    assert f"wrote {out}" in made.stdout
    checked = briefbot("validate", str(out))
    assert checked.returncode == 0 and ": ok (next-week)" in checked.stdout, checked.stdout
    text = out.read_text()
    assert text.count("review: true") >= 5 and "# from paragraph" in text
    again = briefbot("draft", "tests/fixtures/seed_article.txt", "-o", str(out))
    assert again.returncode == 1 and "already exists" in again.stderr
    assert "Traceback" not in again.stderr
    assert out.read_text() == text


def test_draft_of_a_missing_article_is_a_clear_message(tmp_path: Path):
    done = briefbot("draft", str(tmp_path / "nope.txt"))
    assert done.returncode == 1 and "no such file" in done.stderr


def test_an_article_over_the_size_cap_is_refused_with_a_clear_message(tmp_path: Path):
    big = tmp_path / "page.html"
    big.write_text("<html><body>" + "<p>x" * 600_000)  # 2.4 MB
    out = tmp_path / "big.yaml"
    done = briefbot("draft", str(big), "-o", str(out))
    assert done.returncode == 1
    assert "reads articles up to 2 MB" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


def test_draft_help_says_what_to_give_it_and_where_the_draft_goes():
    shown = briefbot("draft", "--help")
    assert shown.returncode == 0
    assert "text, Markdown or HTML" in shown.stdout
    assert "content/<id>.yaml" in shown.stdout
