"""Walk 42 in the console: a French student types the commands as French writes them."""

from __future__ import annotations

from pathlib import Path

from tests.console.test_console_process import run_console


def test_french_commands_typed_with_their_accents_run(tmp_path: Path) -> None:
    """`/réviser`, `/arrêter`, `/réessayer`, `/préférences`: a French student writes the
    words with their accents and read "Il n'y a pas de commande /réviser. Vouliez-vous dire
    /reviser ?" for each (the names are written without accents, as Discord's are). A name
    typed with its accents now runs the command; a name that is none still says so."""
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk42.sqlite3"}
    typed = "/quiz 1\n/arrêter\n/réviser\n/réessayer\n/préférences\n/déprogrammer\n/révisons\n"
    done = run_console(typed + "/quitter\n", "console", "--lang", "fr", env=env)
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "Il n'y a pas de commande /arrêter" not in out, out
    assert "Il n'y a pas de commande /réviser" not in out, out
    assert "Il n'y a pas de commande /réessayer" not in out, out
    assert "Il n'y a pas de commande /préférences" not in out, out
    assert "Vous avez arrêté le quiz" in out or "Quiz arrêté" in out, out
    assert "Rien à réviser" in out or "rien à réviser" in out, out
    assert "/déprogrammer est une commande de modération sur Discord" in out, out
    assert "Il n'y a pas de commande /révisons" in out, out
