"""Walk 43 in the console: a server's own courses, built by its moderators on Discord, show in
`briefbot console --guild ID` for that server only, as its briefings do."""

from __future__ import annotations

from pathlib import Path

from test_console_process import run_console

from bot.authoring.checklist import draft_with_checklist
from bot.core.clock import SystemClock
from bot.core.content import Catalog, ContentService
from bot.core.library import Library
from bot.core.server_courses import CourseService
from bot.store import open_store
from tests.bot_fixtures import HARBOUR

ROOT = Path(__file__).resolve().parents[2]


async def test_a_servers_course_shows_in_its_console_only(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/db.sqlite3"
    store = await open_store(url)
    try:
        clock = SystemClock()
        catalog = Catalog(Library(ROOT / "content"))
        content = ContentService(store.server_briefings, catalog, clock, draft_with_checklist)
        await content.upload(42, "harbour.yaml", HARBOUR.encode())
        harbour = await content.publish(42, "harbour")
        courses = CourseService(store.server_courses, dict, clock)
        await courses.create(42, "Harbour unit", "Read it, then quiz")
        served = catalog.for_guild(42).get(harbour.record.key)
        await courses.add(42, "harbour-unit", served)
    finally:
        await store.close()
    env = {"DATABASE_URL": url}

    ours = run_console(
        "/courses\n/quiz 2 harbour\n1\n1\n/courses\n", "console", "--guild", "42", env=env
    )
    theirs = run_console("/courses\n", "console", "--guild", "43", env=env)

    assert ours.returncode == 0, ours.stderr
    assert "Harbour unit (harbour-unit)" in ours.stdout, ours.stdout
    assert "1. Harbour reopens (harbour)" in ours.stdout, ours.stdout
    studied = ours.stdout.rsplit("Question 2/2", 1)[1]
    assert "1. Harbour reopens (harbour) · " in studied, studied
    assert "You have answered questions of 1 of its 1 briefing." in studied, studied
    assert "Harbour unit" not in theirs.stdout and "Current events club" in theirs.stdout


def test_french_nouns_for_the_commands_get_a_suggestion(tmp_path: Path) -> None:
    """Walk 42's leftover: the French console's commands are named by their verbs (`/lire`,
    `/reessayer`, `/arreter`), and a French student types the noun, or what /lire shows:
    `/lecture`, `/résumé`, `/essai`, `/arrêt` read "Il n'y a pas de commande /lecture." with
    no suggestion. Each now points to its command; a word that is none still gets none."""
    env = {"DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path}/walk43.sqlite3"}
    typed = "/lecture\n/résumé\n/essai\n/arrêt\n/zzz\n/quitter\n"
    done = run_console(typed, "console", "--lang", "fr", env=env)
    out = done.stdout.replace("\xa0", " ")  # French typography's space before "?"
    assert done.returncode == 0, done.stderr
    for noun, verb in (("lecture", "lire"), ("résumé", "lire"), ("essai", "reessayer")):
        assert f"Il n'y a pas de commande /{noun}. Vouliez-vous dire /{verb} ?" in out, out
    assert "Il n'y a pas de commande /arrêt. Vouliez-vous dire /arreter ?" in out, out
    assert "Il n'y a pas de commande /zzz. Tapez /aide" in out, out
    english = run_console("/summary\n/stats\n/quit\n", "console", env=env).stdout
    assert "There is no /summary command. Did you mean /brief?" in english, english
    assert "There is no /stats command. Did you mean /score?" in english, english
