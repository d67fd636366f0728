"""What a student sees in the console when a typed reply cannot be judged, and after it."""

from __future__ import annotations

import re

from tests.console.test_console_process import run_console, true_false_content
from tests.console.test_console_ux import console_env


def test_a_reply_that_says_nothing_is_asked_again_and_the_next_one_counts(tmp_path):
    env = console_env(tmp_path, true_false_content(tmp_path))
    done = run_console("/quiz 2\nno idea\nyep\nnah, it was open\n", "console", env=env)
    out = done.stdout.replace("\n", " ")
    assert "Answer true or false (or yes/no, t/f)." in out
    assert "Traceback" not in done.stdout + done.stderr
    assert "You scored 1/2" in out, "'no idea' was counted, or 'yep'/'nah' were misread"


CHOICE_ONLY = """\
  - id: q-days
    kind: choice
    prompt: For how many days was the harbour closed?
    answer: "3"
    choices: ["2", "3", "4", "7"]
    explanation: The storm kept it shut for three days.
    refs: [closed-days]
"""


def choice_only_content(tmp_path):
    """The true/false test briefing with its questions replaced by the one choice question."""
    folder = true_false_content(tmp_path)
    text = (folder / "mini.yaml").read_text()
    (folder / "mini.yaml").write_text(
        text[: text.index("questions:")] + "questions:\n" + CHOICE_ONLY
    )
    return folder


def test_a_choice_reply_naming_two_options_says_how_to_pick_one_then_counts(tmp_path):
    env = console_env(tmp_path, choice_only_content(tmp_path))
    done = run_console("/quiz 1\n3 or 4 days\nthree days i think\n", "console", env=env)
    out = done.stdout.replace("\n", " ")
    assert "Only one answer counts. Pick one of A, B, C, D (or 1-4)." in out
    assert "You scored 1/1" in out, "the two-option reply was counted, or the retry misread"


def test_a_choice_reply_that_is_none_of_the_options_is_told_so_then_counts(tmp_path):
    env = console_env(tmp_path, choice_only_content(tmp_path))
    done = run_console("/quiz 1\n10 days\nidk\nthree days\n", "console", env=env)
    out = done.stdout.replace("\n", " ")
    assert "That is not one of the choices. Pick one of A, B, C, D (or 1-4)." in out
    assert out.count("Pick one of A, B, C, D (or 1-4).") == 2, "'idk' was not shown the keys"
    assert "Traceback" not in done.stdout + done.stderr
    assert "You scored 1/1" in out, "the reply was counted, or the retry misread"


def test_a_negated_verdict_counts_and_a_negated_non_answer_is_asked_again(tmp_path):
    env = console_env(tmp_path, true_false_content(tmp_path))
    done = run_console("/quiz 2\nnot sure lol\nnot false\nthats not wrong\n", "console", env=env)
    out = done.stdout.replace("\n", " ")
    assert "Answer true or false (or yes/no, t/f)." in out
    assert "Traceback" not in done.stdout + done.stderr
    assert "You scored 2/2" in out, "'not sure' was counted, or a negated verdict misread"


def test_a_key_after_a_contraction_picks_its_option(tmp_path):
    env = console_env(tmp_path, choice_only_content(tmp_path))
    done = run_console("/quiz 1\nit's b\n", "console", env=env)
    out = done.stdout.replace("\n", " ")
    assert "Pick one of" not in out, "the apostrophe in “it's” hid the key"
    assert "You stopped" not in out and "You scored" in out
    assert re.search(r"\[B\) [^\]]*\] [✔✘]", out), "B was not the option judged"
