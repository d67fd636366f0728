"""The console echoes a student's typed answer exactly as they typed it."""

from __future__ import annotations

from tests.console.test_console_process import ROOT, run_console
from tests.console.test_console_ux import console_env

SHORT_ONLY = """\
questions:
  - id: q-who
    kind: short
    prompt: Who said ships can dock again?
    answer: Ada Quill
    explanation: The harbour master, Ada Quill, announced it.
    refs: [ada-dock]
"""


def test_a_typed_answer_is_echoed_with_its_markup_characters(tmp_path):
    folder = tmp_path / "content"
    folder.mkdir()
    text = (ROOT / "tests" / "fixtures" / "mini_briefing.yaml").read_text()
    (folder / "mini.yaml").write_text(text[: text.index("questions:")] + SHORT_ONLY)
    done = run_console(
        "/quiz 1\n<Ada> *Quill* @harbour #1\n", "console", env=console_env(tmp_path, folder)
    )
    assert "You typed “<Ada> *Quill* @harbour #1”." in done.stdout.replace("\n", " ")
