"""Walk 42b in the console: a student's odd /preferences and a French student's mistyped
commands, each answered with what was not understood and what was meant."""

from __future__ import annotations

from pathlib import Path

from tests.console.test_console_process import run_console


def _env(tmp_path: Path) -> dict[str, str]:
    return {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk42b.sqlite3"}


def test_preferences_say_which_word_was_not_understood(tmp_path: Path) -> None:
    """`/preferences untimed on on` (a word repeated) and `/preferences untimed` (the on or off
    forgotten) both read "Name a preference and on or off, e.g. /preferences untimed on.",
    which the student had just done: the reply now names the word left over or missing, and
    nothing is saved from a line it did not understand."""
    typed = "/preferences untimed on on\n/preferences text_only on untimed\n/preferences\n"
    done = run_console(typed + "/quit\n", "console", env=_env(tmp_path))
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "Name a preference and on or off" not in out, out
    assert "“on” follows no preference: type a preference, then on or off" in out, out
    assert "Say on or off after untimed, e.g. /preferences untimed on." in out, out
    assert "Preferences saved" not in out, out
    shown = out[out.index("Your preferences") :]
    assert "Untimed (no timer, no speed bonus, no countdowns): off" in shown, shown


def test_a_french_student_is_pointed_to_the_command_by_the_word_they_read(
    tmp_path: Path,
) -> None:
    """A French student reads "Révision" over /reviser's reply and "Progrès" over /bilan in
    /aide, and types those: `/revision`, `/révisions`, `/progrès` read "Il n'y a pas de
    commande /revision. Tapez /aide pour la liste.", with no suggestion (the other words a
    student types were English only, and `revision` is not spelled close enough to
    `reviser`). Each now suggests the French command; a typo of an English name suggests the
    French name too; a word like no command still gets none."""
    typed = "/revision\n/révisions\n/progrès\n/reveiw\n/sauter\n"
    done = run_console(typed + "/quitter\n", "console", "--lang", "fr", env=_env(tmp_path))
    out = done.stdout
    assert done.returncode == 0, done.stderr
    suggest = "Il n'y a pas de commande /{typed}. Vouliez-vous dire /{meant}\u00a0?"
    assert suggest.format(typed="revision", meant="reviser") in out, out
    assert suggest.format(typed="révisions", meant="reviser") in out, out
    assert suggest.format(typed="progrès", meant="bilan") in out, out
    assert suggest.format(typed="reveiw", meant="reviser") in out, out
    assert "Il n'y a pas de commande /sauter. Tapez /aide pour la liste." in out, out
