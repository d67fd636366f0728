"""What the README names exists: its paths, tests, benchmarks, commands and settings.

A newcomer follows the README from a fresh clone; every file, test, `make` target, `briefbot`
subcommand, environment variable and command it names must be there to be found.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bot.cli import main
from bot.core.commands import MODERATOR_COMMANDS, Surface, names_on

ROOT = Path(__file__).parent.parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^[ \t]*```[^\n]*\n(.*?)^[ \t]*```", re.S | re.M)


def _code_spans(text: str) -> list[str]:
    """Each line of a fenced block, and each inline code span (one may run over a line break)."""
    lines = [line.strip() for block in FENCE.findall(text) for line in block.splitlines()]
    return [line for line in lines if line] + [" ".join(span.split()) for span in _inline(text)]


def _inline(text: str) -> list[str]:
    """Inline code spans as Markdown reads them: a run of backticks closes at the next run of
    the same length, and a run that never closes is literal (the README's ``...'')."""
    text = FENCE.sub("", text)
    runs = list(re.finditer(r"`+", text))
    spans, i = [], 0
    while i < len(runs):
        closing = next(
            (j for j in range(i + 1, len(runs)) if len(runs[j][0]) == len(runs[i][0])), None
        )
        if closing is None:
            i += 1
            continue
        spans.append(text[runs[i].end() : runs[closing].start()])
        i = closing + 1
    return spans


CODE_SPANS = _code_spans(README)
CLAIMS = (ROOT / "docs" / "claims.md").read_text(encoding="utf-8")
RELIABILITY = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
"""The table of the README's claims and the tests that back them: its names must exist too."""

# Paths the README gives as examples of what a user writes or the bot creates: not in a clone.
EXAMPLES = {
    "content/<id>.yaml",  # the pattern of a briefing's file name
    "content/harbour-reopens.yaml",  # the draft the "Write a briefing" steps create
    "content/mini.yaml",  # an example of how /reload names a file
    "content/trivia/",  # where a user puts trivia lists
    "bot/locales/<code>/LC_MESSAGES/briefbot.po",  # the catalogue a new language adds
}
FOLDERS = ("tests", "benchmarks", "bot", "docs", "schema", "deploy", "content", ".ci")


def _named_paths(text: str) -> set[str]:
    folders = "|".join(map(re.escape, FOLDERS))
    pattern = re.compile(rf"(?<![\w./-])((?:{folders})/[\w./<>*-]*)")
    return {
        match.group(1).rstrip(".")
        for span in _code_spans(text)
        for match in pattern.finditer(span)
        if match.group(1).rstrip(".") not in EXAMPLES
    }


def _test_names() -> tuple[set[str], set[str]]:
    files = {path.name for path in (ROOT / "tests").rglob("test_*.py")}
    functions: set[str] = set()
    for path in (ROOT / "tests").rglob("test_*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions |= {
            node.name
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        }
    return files, functions


@pytest.mark.parametrize("text", [README, CLAIMS], ids=["README", "claims"])
def test_every_path_the_readme_names_is_in_the_repository(text):
    paths = _named_paths(text)
    assert len(paths) > 50  # the README cites its tests and modules by path
    missing = sorted(
        path
        for path in paths
        if not (list(ROOT.glob(path)) if "*" in path else (ROOT / path).exists())
    )
    assert missing == []


@pytest.mark.parametrize(
    "text", [README, CLAIMS, RELIABILITY], ids=["README", "claims", "reliability"]
)
def test_every_test_file_and_test_the_readme_names_exists(text):
    files, functions = _test_names()
    named_files = set(re.findall(r"\b(test_\w+\.py)\b", text))
    named_tests = set(re.findall(r"\b(test_\w+)\b(?![.\w*])", text)) - {
        name.removesuffix(".py") for name in files
    }
    assert named_files
    assert sorted(named_files - files) == []
    assert sorted(named_tests - functions) == []


def test_every_benchmark_module_the_readme_runs_exists():
    modules = set(re.findall(r"\bbenchmarks\.(\w+)", README))
    assert {"draft_quality", "chaos"} <= modules
    missing = sorted(
        module
        for module in modules
        if not (ROOT / "benchmarks" / f"{module}.py").exists()
        and not (ROOT / "benchmarks" / module / "__init__.py").exists()
    )
    assert missing == []


def test_every_make_target_the_readme_gives_is_in_the_makefile():
    targets = set(re.findall(r"^([\w.-]+):", (ROOT / "Makefile").read_text(), re.MULTILINE))
    named = {match for span in CODE_SPANS for match in re.findall(r"^make (\w+)", span)}
    assert {"run", "test"} <= named
    assert sorted(named - targets) == []


def test_every_briefbot_subcommand_and_option_the_readme_gives_is_accepted(capsys):
    call = re.compile(r"(?:^|\s)(?:\S*/)?briefbot ([a-z][a-z-]*(?=\s|$).*)")
    calls = (call.search(span) for span in CODE_SPANS)
    named = [found[1].split() for found in calls if found]
    subcommands = {words[0] for words in named}
    assert {"validate", "draft", "doctor", "console", "schema", "class-report"} <= subcommands
    for words in named:
        with pytest.raises(SystemExit) as exit_:
            main([words[0], "--help"])
        assert exit_.value.code == 0, words
        usage = capsys.readouterr().out
        for option in (word.strip("[]|") for word in words if word.strip("[").startswith("-")):
            assert re.search(rf"(^|[\s\[,]){re.escape(option)}\b", usage), (words, option)


def test_every_setting_the_readme_names_is_read_by_the_bot():
    settings = {
        "DISCORD_TOKEN",
        "DEV_GUILD_ID",
        "DATABASE_URL",
        "MEMBERS_INTENT",
        "BRIEFBOT_LANG",
        "BRIEFBOT_ENV_FILE",
        "SHARD_COUNT",
        "SHARD_IDS",
        "CONTENT_POLL_SECONDS",
        "SCHEDULE_TICK_SECONDS",
        "METRICS_PORT",
        "METRICS_HOST",
        "LOG_FORMAT",
        "LOG_FILE",
        "LOG_LEVEL",
        "DISCORD_API_BASE",
        "CLOCK_OFFSET_FILE",
    }
    code = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "bot").rglob("*.py"))
    for name in settings:
        assert f"`{name}" in README or f"{name}=" in README, name
        assert f'"{name}"' in code, name


@pytest.mark.parametrize("surface", [Surface.CONSOLE, Surface.DISCORD])
def test_the_readme_lists_every_student_command_of_each_surface(surface):
    table = "## Try it in the console" if surface is Surface.CONSOLE else "## Connect to Discord"
    section = README.split(table, 1)[1].split("\n## ", 1)[0]
    if surface is Surface.DISCORD:  # Discord's progress and accessibility commands have sections
        section += README.split("## Progress, review and your data", 1)[1]
    listed = set(re.findall(r"`/([a-z]+)", section))
    assert sorted(names_on(surface) - listed) == []


def test_the_readme_describes_every_moderator_command():
    tables = README.split("## For moderators", 1)[1].split("## Languages", 1)[0]
    described = set(re.findall(r"`/((?:briefing|course) [a-z]+|[a-z]+)", tables))
    named = {command.name for command in MODERATOR_COMMANDS}
    assert sorted(name for name in named if name not in described) == []


def test_the_token_file_the_readme_names_is_git_ignored():
    assert "Put the token in `.env` (git-ignored)" in README
    assert ".env" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
