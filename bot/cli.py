"""The `briefbot` command: run, console, validate, schema, draft, doctor, class-report."""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.config import BUNDLED_CONTENT, Settings, env_file_of, load_settings
from bot.core.library import FileStatus, Library
from bot.core.loader import load_briefing
from bot.core.models import Briefing
from bot.core.wording import plural
from bot.i18n import LANGUAGES, _, use_language
from bot.ops.exitcodes import ExitCode
from bot.ops.logs import LogFileError, configure_logging
from bot.store.health import DatabaseProblem
from bot.token_placeholder import is_placeholder_token

__all__ = ["main"]

SCHEMA_PATH = Path("schema/briefing.schema.json")
REFERENCE_PATH = Path("docs/briefing-format.md")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefbot", description=__doc__)
    sub = parser.add_subparsers(dest="command")
    run_parser = sub.add_parser(
        "run", help="connect to Discord if DISCORD_TOKEN is set, else open the console"
    )
    console = sub.add_parser("console", help="the student commands in this terminal")
    for parser_with_lang in (run_parser, console):
        parser_with_lang.add_argument(
            "--lang",
            choices=sorted(LANGUAGES),
            default=None,
            help="the console's language (default: BRIEFBOT_LANG, else English)",
        )
    console.add_argument(
        "--guild",
        type=int,
        default=None,
        metavar="ID",
        help="also the briefings that Discord server published (default: bundled only)",
    )
    validate = sub.add_parser("validate", help="check briefing files and report every problem")
    validate.add_argument(
        "paths",
        nargs="*",
        type=Path,
        default=[BUNDLED_CONTENT],
        help="briefing files or folders (default: the bundled content folder)",
    )
    schema = sub.add_parser("schema", help="print the JSON Schema of the briefing format")
    schema.add_argument("--write", action="store_true", help=f"write it to {SCHEMA_PATH}")
    schema.add_argument(
        "--markdown", action="store_true", help=f"the format reference instead ({REFERENCE_PATH})"
    )
    sub.add_parser(
        "doctor",
        help="check the token, database, content, time zones and (with a token) permissions",
    )
    draft = sub.add_parser(
        "draft", help="turn an article (text, Markdown or HTML) into a draft briefing"
    )
    draft.add_argument(
        "article", type=Path, help="the article saved as a text, Markdown or HTML file"
    )
    draft.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        metavar="FILE",
        help="write the draft here (default: content/<id>.yaml, the id made from the title)",
    )
    report = sub.add_parser("class-report", help="a server's class report, or a CSV file of it")
    report.add_argument("--server", type=int, required=True, help="the Discord server's id")
    which = report.add_mutually_exclusive_group()
    which.add_argument("--assignment", type=int, help="an assignment's number (default: newest)")
    which.add_argument("--briefing", help="every answer to one briefing in the server")
    report.add_argument("--csv", type=Path, default=None, help="write the report as CSV here")
    return parser


OUTPUT_CLOSED = 128 + signal.SIGPIPE
"""The status when whoever reads the output closed it (`briefbot validate content/ | head`):
the shell's own for a command a closed pipe stopped."""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the exit status. Output cut short by a closed pipe ends quietly,
    as any command's does, never in a traceback."""
    try:
        return _command(argv)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush
        return OUTPUT_CLOSED


def _command(argv: Sequence[str] | None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "run"
    if command == "validate":
        return validate(args.paths)
    if command == "schema":
        return write_schema(args.write, args.markdown)
    if command == "draft":
        return draft(args.article, args.output)
    if command == "doctor":
        return doctor()
    if command == "class-report":
        return asyncio.run(
            _class_report(load_settings(), args.server, args.assignment, args.briefing, args.csv)
        )
    return run(
        console_only=command == "console",
        guild=getattr(args, "guild", None),
        language=getattr(args, "lang", None),
    )


def _counts(briefing: Briefing) -> str:
    quotes = sum(len(f.quotes) for f in briefing.figures)
    counts = (
        (len(briefing.sections), "section"),
        (len(briefing.figures), "figure"),
        (quotes, "quote"),
        (len(briefing.facts), "fact"),
        (len(briefing.questions), "question"),
    )
    return ", ".join(plural(count, noun, noun + "s") for count, noun in counts)  # never translated


def validate(paths: Sequence[Path]) -> int:
    """Print one line per good file, every problem of the bad ones; 1 if any is bad.

    A folder is checked as the bot loads it: briefings, `trivia/` lists and `courses/`.
    """
    checked = failed = 0
    for path in paths:
        if path.is_dir():
            library = Library(path)
            for report in library.reload():
                checked += 1
                if report.status is FileStatus.LOADED and report.briefing_id in library.ids():
                    briefing = library.get(report.briefing_id)
                    print(f"{report.path}: ok ({briefing.id}): {_counts(briefing)}")
                elif report.status is FileStatus.LOADED:
                    course = library.courses[report.briefing_id or ""]
                    counted = plural(len(course.briefings), "briefing")
                    print(f"{report.path}: ok (course {course.id}): {counted}")
                else:
                    failed += 1
                    print("\n".join(report.problems))
            continue
        checked += 1
        result = load_briefing(path)
        if result.ok and result.briefing is not None:
            print(f"{path}: ok ({result.briefing.id}): {_counts(result.briefing)}")
        else:
            failed += 1
            print("\n".join(result.messages()))
    if not checked:
        print("No briefing files found (looked for *.yaml).", file=sys.stderr)
        return 1
    if failed:
        print(f"{failed} of {checked} file(s) have problems.", file=sys.stderr)
    return 1 if failed else 0


def write_schema(write: bool, markdown: bool = False) -> int:
    """Print the schema (or the Markdown reference), or write it to its shipped file."""
    from bot.core.schema import format_reference, schema_text

    text = format_reference() if markdown else schema_text()
    target = REFERENCE_PATH if markdown else SCHEMA_PATH
    if write:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}")
    else:
        sys.stdout.write(text)
    return 0


def draft(article: Path, output: Path | None) -> int:
    """Write a draft briefing for an article."""
    from bot.authoring.draft import ArticleTooLarge, write_draft
    from bot.core.errors import InvalidInput

    if not article.is_file():
        print(f"{article}: no such file", file=sys.stderr)
        return 1
    try:
        out = write_draft(article, output)
    except (FileExistsError, ArticleTooLarge) as exc:
        print(exc, file=sys.stderr)
        return 1
    except InvalidInput as exc:
        print(f"{article}: {exc}", file=sys.stderr)
        return 1
    except (OSError, UnicodeDecodeError) as exc:
        print(f"{article}: cannot read it ({exc})", file=sys.stderr)
        return 1
    print(f"wrote {out}: review every item marked `review: true`, then `briefbot validate {out}`")
    return 0


def _settings() -> Settings | None:
    """The settings, or None after printing what is wrong with them."""
    try:
        return load_settings()
    except SystemExit as exc:
        print(f"Settings: {exc}", file=sys.stderr)
        return None


def doctor() -> int:
    """Check this installation; one line per check with its fix; 1 if anything is wrong."""
    from bot.ops.doctor import run_doctor

    settings = _settings()
    if settings is None:
        return ExitCode.CONFIGURATION
    permissions = None
    if settings.discord_token is not None:
        from bot.discord_bot.permissions_check import check_permissions

        permissions = check_permissions
    return asyncio.run(run_doctor(settings, permissions))


def run(console_only: bool, guild: int | None = None, language: str | None = None) -> int:
    """Connect to Discord when a token is set; otherwise open the console, in `language`
    (else BRIEFBOT_LANG, else English). On Discord each student gets their own language."""
    settings = _settings()
    if settings is None:
        return ExitCode.CONFIGURATION
    token = settings.discord_token.reveal() if settings.discord_token else None
    placeholder = token if token is not None and is_placeholder_token(token) else None
    in_console = token is None or placeholder is not None or console_only
    try:
        configure_logging(
            settings.log_level or ("WARNING" if in_console else "INFO"),
            fmt=settings.log_format,
            file=settings.log_file,
            secrets=[settings.discord_token.reveal()] if settings.discord_token else [],
        )
    except LogFileError as exc:
        print(f"Settings: {exc}", file=sys.stderr)
        return ExitCode.CONFIGURATION
    if in_console:
        with use_language(language or settings.language):
            return _run_console(settings, guild, announce=not console_only, placeholder=placeholder)
    from bot.discord_bot.runner import run_discord

    return run_discord(settings)


async def _class_report(
    settings: Settings,
    server: int,
    assignment: int | None,
    briefing: str | None,
    csv_path: Path | None,
) -> int:
    from bot.app import build_services
    from bot.console.class_report import class_report
    from bot.core.content.catalog import enter_guild

    enter_guild(server)  # that server's own briefings beside the bundled ones
    services = await build_services(settings)
    try:
        return await class_report(
            services,
            sys.stdout,
            server=server,
            assignment=assignment,
            briefing=briefing,
            csv_path=csv_path,
        )
    finally:
        await services.close()


async def _console(settings: Settings, guild: int | None = None) -> int:
    from bot.app import build_services
    from bot.console import run_console
    from bot.core.content.catalog import enter_guild
    from bot.ops.memory import settle_after_start

    enter_guild(guild)  # that server's published briefings beside the bundled ones
    services = await build_services(settings)
    settle_after_start()
    try:
        return await run_console(services)
    finally:
        await services.close()


def _run_console(
    settings: Settings, guild: int | None, *, announce: bool, placeholder: str | None = None
) -> int:
    """The console until the user leaves, in the current language; `placeholder`: the
    template's DISCORD_TOKEN found instead of a token, which the first line names."""
    if announce:
        env_file = env_file_of(os.environ)
        if placeholder is not None:
            first = _(
                "DISCORD_TOKEN is “{placeholder}”, a placeholder, not a token: opening the "
                "console. Put your bot's token (Developer Portal > Bot) in {env_file} to "
                "connect to Discord instead."
            ).format(placeholder=placeholder[:40], env_file=env_file)
        else:
            first = _(
                "No DISCORD_TOKEN set: opening the console. Put DISCORD_TOKEN=... in {env_file} "
                "to connect to Discord instead."
            ).format(env_file=env_file)
        from bot.console.render import output_width, wrap

        print(wrap(first, output_width(sys.stdout)))  # as the console's own lines
    try:
        return asyncio.run(_console(settings, guild))
    except KeyboardInterrupt:  # Ctrl-C while a command was running
        print("\n" + _("Interrupted (Ctrl-C). Bye."))
        return 0
    except DatabaseProblem as problem:
        print(_("Database: {problem}").format(problem=problem), file=sys.stderr)
        return ExitCode.DATABASE
