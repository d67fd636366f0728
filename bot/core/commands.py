"""The one list of commands, students' and moderators': names, descriptions, surfaces.

The Discord tree and the console are checked against it (`tests/core/test_commands.py` and
`tests/discord/test_bot.py`): a command on one surface and not the other, or on Discord and
not here, fails a test. Each description lives here only: the Discord tree takes it
(`description_of`) and both surfaces' /help lists are built from it (`help_text`,
`moderator_help`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.core.replies import emphasis
from bot.core.wording import difficulty_name, shorten
from bot.i18n import N_, _, pgettext

__all__ = [
    "COMMANDS",
    "Command",
    "Surface",
    "asks_for_language",
    "description_of",
    "discord_only",
    "help_text",
    "left_out_words_note",
    "local_full_name",
    "local_name",
    "moderator_help",
    "moderator_names",
    "names_on",
    "option_name",
]


class Surface(StrEnum):
    """Where a command can be typed."""

    DISCORD = "discord"
    CONSOLE = "console"


BOTH = frozenset({Surface.DISCORD, Surface.CONSOLE})


@dataclass(frozen=True, slots=True)
class Command:
    """A command as users see it: its name, a one-line description, where it exists."""

    name: str
    description: str
    surfaces: frozenset[Surface] = BOTH
    student: bool = True
    group: str = N_("Read")
    usage: str = ""
    """The options, as /help shows them on Discord."""
    console_usage: str | None = None
    """The arguments on the console, when they differ from `usage`."""
    console_description: str | None = None
    """What it does on the console, when that differs from `description` (no channel there)."""
    unlisted_words: bool = False
    """The console reads words after it that /help does not list (`/forgetme yes`)."""

    def usage_on(self, surface: Surface) -> str:
        """The options or arguments /help shows for this command on `surface`."""
        if surface is Surface.CONSOLE and self.console_usage is not None:
            return self.console_usage
        return self.usage

    def description_on(self, surface: Surface) -> str:
        """What /help says this command does on `surface` (not yet translated)."""
        if surface is Surface.CONSOLE and self.console_description is not None:
            return self.console_description
        return self.description


S = Surface
COMMANDS: tuple[Command, ...] = (
    Command("briefings", N_("List the briefings you can read and quiz on"), usage="[keyword]"),
    Command("courses", N_("Briefings in the order to study them")),
    Command(
        "use",
        N_("Pick the briefing the other commands use"),
        frozenset({S.CONSOLE}),
        usage="<briefing>",
    ),
    Command(
        "brief",
        N_("Read a briefing's summary, or one of its sections"),
        usage="[briefing] [section] [long]",
        console_usage="[section]",
    ),
    Command("figures", N_("Who is who in a briefing"), usage="[briefing]"),
    Command(
        "quote",
        N_("What a person said, with context and editor's notes"),
        usage="[person] [briefing]",
        console_usage="[person]",
    ),
    Command("facts", N_("A briefing's key facts"), usage="[briefing]"),
    Command("timeline", N_("A briefing's dated events"), usage="[briefing]"),
    Command("glossary", N_("Terms explained"), usage="[term] [briefing]", console_usage="[term]"),
    Command("notes", N_("Sources and editor's notes"), usage="[briefing]"),
    Command(
        "quiz",
        N_("Quiz yourself on a briefing, alone or with the channel"),
        group=N_("Quiz"),
        usage="[briefing] [count] [difficulty] [mode] [timer]",
        console_usage="[count] [easy|medium|hard] [briefing]",
        console_description=N_("Quiz yourself on a briefing"),
    ),
    Command(
        "review",
        N_("Quiz yourself on the questions due for review"),
        group=N_("Quiz"),
        usage="[briefing] [section]",
    ),
    Command("retry", N_("Retry what you missed"), frozenset({S.CONSOLE}), group=N_("Quiz")),
    Command(
        "why",
        N_("Why your last answer was right or wrong, again"),
        frozenset({S.CONSOLE}),
        group=N_("Quiz"),
    ),
    Command("stop", N_("Stop the quiz"), frozenset({S.CONSOLE}), group=N_("Quiz")),
    Command(
        "score",
        N_("Your accuracy, streak, mastered questions, what is due"),
        group=N_("Progress"),
        usage="[everywhere]",
        console_usage="",
    ),
    Command(
        "leaderboard",
        N_("This server's top learners"),
        frozenset({S.DISCORD}),
        group=N_("Progress"),
        usage="[period]",
    ),
    Command(
        "remind",
        N_("A daily direct message when questions are due for review"),
        frozenset({S.DISCORD}),
        group=N_("Progress"),
        usage="[time] [timezone] [off]",
    ),
    Command(
        "assignments",
        N_("Your open assignments, with Start buttons"),
        frozenset({S.DISCORD}),
        group=N_("Quiz"),
    ),
    Command(
        "preferences",
        N_("Text only for screen readers, or no time pressure"),
        group=N_("Progress"),
        usage="[text_only] [untimed]",
        console_usage="[text_only on|off] [untimed on|off]",
    ),
    Command("mydata", N_("Everything kept about you, as a file"), group=N_("Progress")),
    Command(
        "forgetme",
        N_("Delete everything kept about you"),
        group=N_("Progress"),
        unlisted_words=True,
    ),
    Command("help", N_("What briefbot can do"), group=N_("Help")),
    Command("quit", N_("Leave the console"), frozenset({S.CONSOLE}), group=N_("Help")),
)
"""Every student command. Commands that exist on one surface only say why by their nature:
the leaderboard and assignments are a server's, reminders are direct messages; `use`, `stop`,
`retry` and `quit` stand in for Discord's options and buttons."""

MODERATORS = N_("Moderators")
MODERATOR_NOTE = N_("(Manage Messages, Manage Server, or the role set in /settings)")


def _moderator(name: str, description: str, usage: str = "") -> Command:
    return Command(name, description, frozenset({S.DISCORD}), False, MODERATORS, usage)


MODERATOR_COMMANDS: tuple[Command, ...] = (
    _moderator(
        "post",
        N_("Post a briefing in a channel, with a Quiz me button"),
        "briefing channel [part] [preview]",
    ),
    _moderator(
        "schedule",
        N_("Post a briefing or a question of the day at set times"),
        "what time [repeat] [briefing] [channel] [timezone] [date] [weekday]",
    ),
    _moderator("schedules", N_("This server's schedules and next runs")),
    _moderator("unschedule", N_("Remove one of this server's schedules"), "number"),
    _moderator("reload", N_("Reload the briefings without a restart")),
    _moderator(
        "settings",
        N_("See or change briefbot's settings here"),
        "[moderator_role] [quiz_timer] [untimed_default] [text_only_default] "
        "[default_briefing] [qotd_channel] [language] [clear]",
    ),
    _moderator("briefing upload", N_("Check a briefing YAML file and store it as a draft"), "file"),
    _moderator("briefing draft", N_("Draft a briefing from an article (or paste it)"), "[article]"),
    _moderator("briefing list", N_("Your server's own briefings and their state")),
    _moderator(
        "briefing show", N_("Review a briefing's questions before publishing"), "briefing [version]"
    ),
    _moderator(
        "briefing person",
        N_("Give a quote its speaker, fix someone's role, or add a person"),
        "briefing name [role] [quote] [remove]",
    ),
    _moderator(
        "briefing unquote",
        N_("Take out words the draft took for a quote that nobody said"),
        "briefing quote",
    ),
    _moderator(
        "briefing note",
        N_("Add an editor's note to a claim the article gets wrong"),
        "briefing claim [text] [source] [remove]",
    ),
    _moderator(
        "briefing question",
        N_("Add a question of your own"),
        "briefing about prompt answer [wrong] [why]",
    ),
    _moderator(
        "briefing write", N_("Write a draft's TODO placeholders in a form"), "briefing [what]"
    ),
    _moderator(
        "briefing publish", N_("Let students see a briefing (newest version)"), "briefing [version]"
    ),
    _moderator("briefing unpublish", N_("Hide a briefing from students again"), "briefing"),
    _moderator("briefing remove", N_("Delete a briefing and all its versions"), "briefing"),
    _moderator("briefing history", N_("A briefing's versions"), "briefing"),
    _moderator("briefing rollback", N_("Publish an earlier version again"), "briefing [version]"),
    _moderator("course create", N_("Make a course for this server"), "title [description]"),
    _moderator("course add", N_("Add a briefing to a course"), "course briefing [position]"),
    _moderator("course move", N_("Move a step of a course"), "course step to"),
    _moderator("course remove", N_("Take a step out of a course"), "course step"),
    _moderator("course delete", N_("Delete a course"), "course"),
    _moderator(
        "assign",
        N_("Set a briefing's questions as work, due at a time"),
        "briefing due_date due_time [role] [timezone] [sections] [count] [difficulty] "
        "[remind_minutes]",
    ),
    _moderator("unassign", N_("Withdraw an assignment"), "number"),
    _moderator(
        "report",
        N_("How the class did: per student and per question"),
        "[assignment] [briefing] [export]",
    ),
    _moderator("reported", N_("Questions students reported, to fix or dismiss")),
)
"""Every moderator command, on Discord only (a server's moderators act in their server);
subcommands by their full name (`briefing upload`)."""


def names_on(surface: Surface) -> set[str]:
    """The names of the student commands offered on `surface`."""
    return {c.name for c in COMMANDS if c.student and surface in c.surfaces}


OTHER_WORDS = {
    "progress": "score",
    "stats": "score",
    "points": "score",
    "summary": "brief",
    # French: the commands are named by their verbs (`/lire`, `/reessayer`, `/arreter`), and
    # a student types the action's noun, or the summary /lire opens on ("Lire le résumé")
    "lecture": "brief",
    "resume": "brief",
    "essai": "retry",
    "arret": "stop",
}
"""Words students type for a command under another name -> the command they mean (written
without accents: what is typed is compared without them)."""

SHOWN_AS = ((N_("Progress"), "score"), (N_("Review"), "review"))
"""What the bot itself calls a command's reply or its /help group, in the reader's language
-> the command: a student types the word they read. In French these are "Progrès" (the help
group /bilan is listed under) and "Révision" (the title of /reviser's reply), while the
commands are named "bilan" and "reviser"; in English, "progress" and "review"."""

SPELLING_CUTOFF = 0.7
"""How alike (difflib's ratio) a typed name must be to a command's to suggest it: `qiuz` (0.75)
and `scroe` (0.8) are, `skip` and `stop` (0.5: /stop would end the quiz) are not."""


def without_accents(typed: str) -> str:
    """`typed` with its letters' accents dropped (`réviser` -> `reviser`), as the commands'
    names are written in every language (Discord's slash names are)."""
    decomposed = unicodedata.normalize("NFKD", typed)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def typed_command(typed: str, known: Mapping[str, str]) -> str | None:
    """The command `typed` names among `known` (name as typed -> command), whatever its
    case and accents: a French student writes `/réviser`, `/arrêter`, `/préférences` (9 of
    the 43 French names drop an accent, 5 of them students' console commands); None if none."""
    typed = typed.casefold()
    return known.get(typed) or known.get(without_accents(typed))


def suggest_command(typed: str, names: Collection[str]) -> str | None:
    """The command among `names` a student probably meant by the unknown `typed`, whatever its
    case and accents: one named in other words (`progress` for `score`, in French `progrès`
    for `bilan`, `SHOWN_AS`), or a close spelling of a name or of those words (`révisions`);
    None when none is close."""
    folded = without_accents(typed.casefold())
    words = dict(OTHER_WORDS)
    words |= {without_accents(_(shown).casefold()): command for shown, command in SHOWN_AS}
    words = {word: command for word, command in words.items() if command in names}
    if folded in words:
        return words[folded]
    import difflib  # only for an unknown command: an idle bot does not carry it

    candidates = [*names, *words]
    close = difflib.get_close_matches(folded, candidates, n=1, cutoff=SPELLING_CUTOFF)
    if not close:
        return None
    return close[0] if close[0] in names else words[close[0]]


def left_out_words_note(name: str, words: Sequence[str]) -> str:
    """For words typed after a console command that reads none (`/courses zzz`, `/score
    everywhere`: /help lists no words for it there), the line saying they were left out,
    rather than an answer that looks like it read them; "" otherwise."""
    command = next((c for c in COMMANDS if c.name == name), None)
    if command is None or not words or command.unlisted_words:
        return ""
    if command.usage_on(Surface.CONSOLE):
        return ""
    typed = shorten(" ".join(words), 60)
    return _("/{command} takes no words here: “{words}” was left out.").format(
        command=local_name(name), words=typed
    )


LANGUAGE_WORDS = frozenset(
    {"language", "languages", "lang", "langue", "langues", "langage"}
    | {"english", "anglais", "french", "francais"}
)
"""Names a student types as a command to change the bot's language (`/language fr`,
`/langue`, `/french`): the word "language" in English and French, and the shipped languages'
names in both (written without accents). No surface has such a command: the console's
language is set when it starts, Discord's is the student's own."""


def asks_for_language(typed: str) -> bool:
    """Whether the unknown command `typed` asks to change the language (`LANGUAGE_WORDS`)."""
    return without_accents(typed.casefold()) in LANGUAGE_WORDS


def discord_only(typed: str) -> Command | None:
    """The command `typed` names (in English or the reader's language) when it exists on
    Discord only (`leaderboard`, a moderator's `report`); None otherwise."""
    typed = without_accents(typed.casefold())
    for command in (*COMMANDS, *MODERATOR_COMMANDS):
        top = command.name.split()[0]
        if Surface.CONSOLE in command.surfaces:
            continue
        if typed in (top, local_name(top).casefold()):
            return command
    return None


def moderator_names() -> set[str]:
    """The full names of the moderator commands (on Discord)."""
    return {c.name for c in MODERATOR_COMMANDS}


def description_of(name: str) -> str:
    """The registry's description of the command `name` (a student's or a moderator's)."""
    for command in COMMANDS + MODERATOR_COMMANDS:
        if command.name == name:
            return command.description
    raise KeyError(f"no command {name!r}")


def _command_names() -> dict[str, str]:
    """Every command's name (students' and moderators') in the current language."""
    return {
        "assign": pgettext("command", "assign"),
        "assignments": pgettext("command", "assignments"),
        "brief": pgettext("command", "brief"),
        "briefing": pgettext("command", "briefing"),
        "briefings": pgettext("command", "briefings"),
        "add": pgettext("command", "add"),
        "course": pgettext("command", "course"),
        "courses": pgettext("command", "courses"),
        "create": pgettext("command", "create"),
        "delete": pgettext("command", "delete"),
        "draft": pgettext("command", "draft"),
        "facts": pgettext("command", "facts"),
        "figures": pgettext("command", "figures"),
        "forgetme": pgettext("command", "forgetme"),
        "glossary": pgettext("command", "glossary"),
        "help": pgettext("command", "help"),
        "history": pgettext("command", "history"),
        "leaderboard": pgettext("command", "leaderboard"),
        "list": pgettext("command", "list"),
        "move": pgettext("command", "move"),
        "mydata": pgettext("command", "mydata"),
        "note": pgettext("command", "note"),
        "notes": pgettext("command", "notes"),
        "person": pgettext("command", "person"),
        "post": pgettext("command", "post"),
        "publish": pgettext("command", "publish"),
        "quit": pgettext("command", "quit"),
        "quiz": pgettext("command", "quiz"),
        "preferences": pgettext("command", "preferences"),
        "question": pgettext("command", "question"),
        "quote": pgettext("command", "quote"),
        "reload": pgettext("command", "reload"),
        "remind": pgettext("command", "remind"),
        "remove": pgettext("command", "remove"),
        "report": pgettext("command", "report"),
        "reported": pgettext("command", "reported"),
        "retry": pgettext("command", "retry"),
        "why": pgettext("command", "why"),
        "review": pgettext("command", "review"),
        "rollback": pgettext("command", "rollback"),
        "schedule": pgettext("command", "schedule"),
        "schedules": pgettext("command", "schedules"),
        "score": pgettext("command", "score"),
        "settings": pgettext("command", "settings"),
        "show": pgettext("command", "show"),
        "stop": pgettext("command", "stop"),
        "timeline": pgettext("command", "timeline"),
        "unassign": pgettext("command", "unassign"),
        "unpublish": pgettext("command", "unpublish"),
        "unquote": pgettext("command", "unquote"),
        "unschedule": pgettext("command", "unschedule"),
        "upload": pgettext("command", "upload"),
        "use": pgettext("command", "use"),
        "write": pgettext("command", "write"),
    }


def _option_names() -> dict[str, str]:
    """Every slash-command option's name in the current language."""
    return {
        "about": pgettext("option", "about"),
        "answer": pgettext("option", "answer"),
        "assignment": pgettext("option", "assignment"),
        "briefing": pgettext("option", "briefing"),
        "channel": pgettext("option", "channel"),
        "claim": pgettext("option", "claim"),
        "clear": pgettext("option", "clear"),
        "count": pgettext("option", "count"),
        "course": pgettext("option", "course"),
        "date": pgettext("option", "date"),
        "default_briefing": pgettext("option", "default_briefing"),
        "description": pgettext("option", "description"),
        "difficulty": pgettext("option", "difficulty"),
        "due_date": pgettext("option", "due_date"),
        "due_time": pgettext("option", "due_time"),
        "everywhere": pgettext("option", "everywhere"),
        "export": pgettext("option", "export"),
        "file": pgettext("option", "file"),
        "keyword": pgettext("option", "keyword"),
        "language": pgettext("option", "language"),
        "long": pgettext("option", "long"),
        "mode": pgettext("option", "mode"),
        "moderator_role": pgettext("option", "moderator_role"),
        "name": pgettext("option", "name"),
        "number": pgettext("option", "number"),
        "off": pgettext("option", "off"),
        "part": pgettext("option", "part"),
        "period": pgettext("option", "period"),
        "person": pgettext("option", "person"),
        "position": pgettext("option", "position"),
        "preview": pgettext("option", "preview"),
        "prompt": pgettext("option", "prompt"),
        "private": pgettext("option", "private"),
        "qotd_channel": pgettext("option", "qotd_channel"),
        "quote": pgettext("option", "quote"),
        "quiz_timer": pgettext("option", "quiz_timer"),
        "remind_minutes": pgettext("option", "remind_minutes"),
        "remove": pgettext("option", "remove"),
        "repeat": pgettext("option", "repeat"),
        "role": pgettext("option", "role"),
        "section": pgettext("option", "section"),
        "source": pgettext("option", "source"),
        "step": pgettext("option", "step"),
        "sections": pgettext("option", "sections"),
        "term": pgettext("option", "term"),
        "text": pgettext("option", "text"),
        "text_only": pgettext("option", "text_only"),
        "text_only_default": pgettext("option", "text_only_default"),
        "time": pgettext("option", "time"),
        "timer": pgettext("option", "timer"),
        "timezone": pgettext("option", "timezone"),
        "title": pgettext("option", "title"),
        "to": pgettext("option", "to"),
        "untimed": pgettext("option", "untimed"),
        "untimed_default": pgettext("option", "untimed_default"),
        "url": pgettext("option", "url"),
        "version": pgettext("option", "version"),
        "weekday": pgettext("option", "weekday"),
        "what": pgettext("option", "what"),
        "why": pgettext("option", "why"),
        "wrong": pgettext("option", "wrong"),
    }


def option_name(name: str) -> str:
    """An option's name in the current language (itself when it has no translation)."""
    return _option_names().get(name, name)


def local_name(name: str) -> str:
    """A command's name in the current language (`review` is `reviser` in French)."""
    return _command_names().get(name, name)


def local_full_name(name: str) -> str:
    """A command's full name in the current language, a subcommand with its group's name
    (`briefing list`), word by word."""
    return " ".join(local_name(word) for word in name.split())


def _renamed(usage: str) -> str:
    """`briefing [count] <term>` with each option's name in the current language, and each
    choice of values (`easy|medium|hard`, `on|off`) as words a reader of it may type."""
    return re.sub(
        r"(^|[\s\[<])([a-z_]+(?:\|[a-z_]+)*)",
        lambda found: found.group(1) + _usage_word(found.group(2)),
        usage,
    )


def _usage_word(word: str) -> str:
    """An option's name, or a choice of values, in the current language."""
    if "|" not in word:
        return option_name(word)
    return "|".join(_value_name(value) for value in word.split("|"))


def _value_name(value: str) -> str:
    """A value a console command accepts, as a reader of the current language types it."""
    names = {
        "on": pgettext("typed value", "on"),
        "off": pgettext("typed value", "off"),
    }
    return names.get(value) or difficulty_name(value)


def help_text(surface: Surface) -> str:
    """The student commands offered on `surface`, grouped, one line each, in the current
    language (command and option names too)."""
    groups: dict[str, list[str]] = {}
    for c in COMMANDS:
        if c.student and surface in c.surfaces:
            groups.setdefault(_(c.group), []).append(_help_line(c, surface))
    return "\n\n".join(emphasis(g) + "\n" + "\n".join(lines) for g, lines in groups.items())


def moderator_help() -> str:
    """The moderator commands, one line each, under a heading saying who may use them, in
    the current language."""
    lines = [_help_line(c, Surface.DISCORD) for c in MODERATOR_COMMANDS]
    return emphasis(_(MODERATORS)) + f" {_(MODERATOR_NOTE)}\n" + "\n".join(lines)


START_HERE = N_(
    "New here? /briefings lists what there is to learn; /brief <briefing> reads one, then "
    "/quiz <briefing> tests you on it, privately."
)
"""The first line of /help on Discord: where a student who never used the bot starts."""

MODERATORS_ELSEWHERE = N_(
    "Moderators see their own commands (posts, schedules, courses, assignments, reports) "
    "in /help, in a server where they moderate."
)


def moderator_help_for(moderator: bool) -> str:
    """What /help on Discord says of the moderator commands: the list for a moderator of the
    server asked in, else one line saying where moderators see them (Discord offers them to
    nobody else, and none works in a direct message)."""
    return moderator_help() if moderator else _(MODERATORS_ELSEWHERE)


def _help_line(command: Command, surface: Surface) -> str:
    """`/name usage: description`, names and description in the current language."""
    name = local_full_name(command.name)
    usage = _renamed(command.usage_on(surface))
    typed = f"/{name}" + (f" {usage}" if usage else "")
    described = _(command.description_on(surface))
    return _("{command}: {description}").format(command=typed, description=described)
