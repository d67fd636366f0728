"""Walk 38 in the console: what a newcomer typed on the bundled briefing that got a
confusing reply."""

from __future__ import annotations

from pathlib import Path

from tests.console.test_console_process import run_console


def _env(tmp_path: Path) -> dict[str, str]:
    return {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk38.sqlite3"}


def test_forgetme_no_says_nothing_was_deleted(tmp_path: Path) -> None:
    """`/forgetme no` asked again "Delete everything about you? ... Type /forgetme yes to
    confirm", so someone who had just declined could not tell whether anything went. It now
    says nothing was deleted, and the answers given before are still counted."""
    done = run_console(
        "/quiz 1 easy\nB\ntrue\n/forgetme\n/forgetme no\n/score\n/quit\n",
        "console",
        env=_env(tmp_path),
    )
    out = done.stdout
    assert done.returncode == 0, done.stderr
    declined = out.split("/forgetme yes to confirm.", 1)[1]
    assert "Nothing deleted" in declined and "stays as it was" in declined, out
    assert "/forgetme yes to confirm" not in declined, "not asked again"
    assert "Right answers: " in declined and "No answers yet" not in declined


def test_quiz_words_that_match_no_briefing_say_what_quiz_reads(tmp_path: Path) -> None:
    """`/quiz 3 hardd` and `/quiz three` answered only "No briefing matches “hardd”": the
    misspelt difficulty, or the count in words, had been searched for as a briefing, and
    nothing said so. The reply now says what /quiz reads its words as."""
    done = run_console("/quiz 3 hardd\n/quiz three\n/quit\n", "console", env=_env(tmp_path))
    out = done.stdout
    assert done.returncode == 0, done.stderr
    hint = "/quiz reads a number of questions (1 to 25) and a difficulty (easy, medium, hard)"
    for typed in ("hardd", "three"):
        refused = out.split(f"No briefing matches “{typed}”.", 1)[1].split("\n", 1)[0]
        assert hint in refused, out


def test_a_newcomers_odd_lines_on_the_bundled_briefing_are_each_answered_politely(
    tmp_path: Path,
) -> None:
    """The walk itself: `briefbot run` with no token opens the console on the bundled
    briefing; each odd line a newcomer types gets a sentence saying what to do, never a
    traceback, and a quiz started after them runs."""
    lines = {
        "/quote @everyone": "Nobody called “@everyone” appears",
        "/quote 金正恩": "Try: Lloyd Austin, John Kirby, Victor D. Cha, Xi Jinping.",
        "/glossary 🙂": "has no term like “🙂”",
        "/brief nonsense": "Try: deployment, china-dilemma",
        "/use nothing-here": "No briefing matches “nothing-here”.",
        "/quiz 0": "Pick between 1 and 25 questions.",
        "/quiz 99999999999999999999": "Pick between 1 and 25 questions.",
        "/preferences text_only maybe": "Say on or off, not “maybe”.",
        "/leaderboard": "/leaderboard is on Discord only",
        "hello": "Commands start with /.",
        "/": "Type a command after the slash",
    }
    typed = "\n".join([*lines, "", "/quiz 1 easy", "/stop", "/quit"]) + "\n"
    done = run_console(typed, env=_env(tmp_path), unset=("DISCORD_TOKEN",))
    out = done.stdout
    assert done.returncode == 0 and "Traceback" not in done.stderr + out, done.stderr
    assert "opening the console" in done.stderr + out, "no token: the console"
    for line, said in lines.items():
        assert said in out, (line, out)
    assert "Quiz: North Korean troops in Russia" in out and "Quiz stopped" in out


def test_a_very_long_line_is_echoed_cut_short(tmp_path: Path) -> None:
    """5,000 characters typed as a briefing's name are echoed in a line of a few hundred."""
    done = run_console("/use " + "x" * 5000 + "\n/quit\n", "console", env=_env(tmp_path))
    refused = next(line for line in done.stdout.splitlines() if "No briefing matches" in line)
    assert len(refused) < 400, len(refused)
