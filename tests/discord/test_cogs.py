"""Every cog loads into an unstarted bot; command names are unique; descriptions read well."""

from __future__ import annotations

from pathlib import Path

from bot.app import build_services
from bot.config import Settings
from bot.discord_bot.client import BriefBot

ROOT = Path(__file__).resolve().parents[2]
COGS = {
    "Reading",
    "Quiz",
    "Progress",
    "Moderation",
    "Schedules",
    "Briefings",
    "Class",
    "Help",
    "Preferences",
    "Courses",
}


async def test_every_cog_loads_without_connecting(tmp_path: Path):
    services = await build_services(
        Settings(content_dir=ROOT / "content", database_url=f"sqlite+aiosqlite:///{tmp_path}/db")
    )
    bot = BriefBot(services)
    try:
        await bot.load_features()
        assert set(bot.cogs) == COGS
        names = [c.name for c in bot.tree.get_commands()]
        assert len(names) == len(set(names)), "command names are unique"
        for command in bot.tree.walk_commands():
            assert 0 < len(command.description) <= 100, command.qualified_name
            for parameter in getattr(command, "parameters", []):
                assert 0 < len(parameter.description) <= 100, (command.name, parameter.name)
                assert parameter.description != "…", (command.name, parameter.name)
        kinds = set(bot.router.handlers)
        assert {"pg", "qs", "qm", "qn", "qg", "qz", "fm", "as", "rp", "rpm", "rq", "rqa"} <= kinds
    finally:
        for name in list(bot.cogs):  # an unstarted sharded bot cannot close(); unload instead
            await bot.remove_cog(name)
        await services.close()
