"""`briefbot draft` as a moderator runs it: article in, a draft that validates out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

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
    # (round 29: one number blank and one statement an article, so three questions here)
    assert text.count("review: true") >= 3 and "# from paragraph" in text
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


def test_an_article_saved_as_utf_16_is_drafted_as_written(tmp_path: Path):
    article = tmp_path / "harbour.txt"
    text = (
        "Harbour reopens after the storm\n\n"
        "The harbour at Varnholt reopened on Monday, a week after the storm.\n\n"
        "“The crews worked night and day to clear it,” said harbour master Odile Brandt.\n"
    )
    article.write_bytes(text.encode("utf-16"))  # with its byte-order mark, as Notepad saves
    out = tmp_path / "harbour.yaml"
    made = briefbot("draft", str(article), "-o", str(out))
    assert made.returncode == 0, made.stderr
    drafted = yaml.safe_load(out.read_text(encoding="utf-8"))
    quotes = {
        quote["text"]: figure["name"]
        for figure in drafted["figures"]
        for quote in figure.get("quotes", [])
    }  # the curly quotation marks survived, so the quote and its speaker were found
    assert quotes == {"The crews worked night and day to clear it": "Odile Brandt"}


def test_a_file_that_is_not_text_is_refused_and_nothing_is_written(tmp_path: Path):
    image = tmp_path / "photo.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    out = tmp_path / "photo.yaml"
    done = briefbot("draft", str(image), "-o", str(out))
    assert done.returncode == 1
    assert "not text" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()
