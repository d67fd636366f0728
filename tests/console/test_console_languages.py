"""The console in French: `briefbot console --lang fr` or BRIEFBOT_LANG=fr, a real process."""

from __future__ import annotations

from pathlib import Path

from tests.console.test_console_process import run_console
from tests.i18n.english_leaks import english_in


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/fr.sqlite3", **extra}


def test_the_whole_console_speaks_french_with_lang_fr(tmp_path: Path) -> None:
    script = "/aide\n/quiz 2\n1\n/arreter\n/qiuz\n/oublie-moi\n/oublie-moi oui\nbonjour\n/quitter\n"
    done = run_console(script, "console", "--lang", "fr", env=_env(tmp_path))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("Console briefbot. Tapez /aide pour les commandes.")
    assert "Dossiers chargés\u00a0: nk-troops-russia" in out
    assert "/reviser [dossier] [section]\u00a0: Testez-vous sur les questions à réviser" in out
    assert "Tapez /arreter pour finir plus tôt." in out, "/quiz, typed by its French name"
    assert "Il n'y a pas de commande /qiuz. Vouliez-vous dire /quiz\u00a0?" in out
    assert "Tapez /oublie-moi oui pour confirmer." in out
    assert "Effacé" in out, "“oui” confirms"
    assert "Les commandes commencent par /." in out
    assert "À la prochaine\u00a0!" in out
    assert english_in(out) == []
    assert "Traceback" not in out + done.stderr


def test_briefbot_lang_sets_the_consoles_language_and_english_stays_the_default(
    tmp_path: Path,
) -> None:
    french = run_console("/aide\n", "console", env=_env(tmp_path, BRIEFBOT_LANG="fr"))
    assert "Commandes" in french.stdout and "Quitter la console" in french.stdout
    english = run_console("/help\n/aide\n", "console", env=_env(tmp_path, BRIEFBOT_LANG=""))
    assert "Leave the console" in english.stdout
    assert "There is no /aide command." in english.stdout, "French names only in French"
