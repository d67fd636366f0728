"""Every interaction gets its first response within Discord's 3 s, whatever it waits on.

`watch` is started for each interaction as it is taken up (a command or an autocomplete in
the command tree's check, a button or a form in the router), before anything that may wait:
the student's language and preferences, a moderator check, the handler's store reads and
writes, a chart, Discord. If the interaction has no response `DEFER_AFTER` seconds after the
click, it is deferred (`bot.discord_bot.first_response`): a command with a "thinking"
message, private when its reply will be (`bot.discord_bot.reply_privacy`); a button or a
form under a message without a visible change. The reply follows as an edit or a follow-up
(`bot.discord_bot.respond`). A fast reply is sent in one step, as before.

In a crowd (more than `CROWD` interactions being answered when one is taken up: a class
back at once after a restart, on a starved machine) the new one is deferred as it is taken
up, not at `DEFER_AFTER`: the crowd's own work fills the event loop, so a deferral started at
`DEFER_AFTER` waited behind it and reached Discord past 3 s (session 44: 120 answers sent as
READY came, three busy loops on the bot's CPU, every deferral started at 1.6-2.7 s and
reached Discord at 4.1-4.5 s; `python -m benchmarks.crowd_at_ready`). Not an interaction
that may answer with a form, which must be its first response (`may_open_form`): those keep
the timer.

A deferral Discord refuses (a 429 past discord.py's waits, Cloudflare's 429, a 5xx) leaves
the interaction without a first response while its work goes on: a handler still without its
reply `LAST_CALL` seconds after the click is then stopped, and its user asked privately to
try again while Discord still takes an answer (faults-48: was, the verdict sent when the work
ended, past the 3 s, and "This interaction failed").

A handler still without its reply `GIVE_UP_AFTER` seconds after the click (a store that
stalls) is stopped and its user asked, privately, to try again (counted in the bot's metrics,
`briefbot_interactions_given_up_total{kind}`). Commits are shielded from
that stop (`bot.discord_bot.deadline`): nothing acknowledged is lost, and a commit that
lands after all shows on the retry. A handler that deferred by itself before long work (a
download, posts, a chart: `defer_once`) is left its time.

Autocomplete cannot defer: one without its choices `DEFER_AFTER` seconds after the keystroke
is stopped and gets an empty list (the user types on, and the next keystroke asks again).
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from typing import TYPE_CHECKING, Any

import discord

from bot.discord_bot.click_age import call_after_click, trusted_lateness
from bot.discord_bot.deadline import DEFER_AFTER
from bot.discord_bot.discord_down import DISCORD_DOWN, describe, is_discord_down
from bot.discord_bot.first_response import Answering, answering, start_deferral, track, untrack
from bot.discord_bot.fixed_delay import Timeout
from bot.discord_bot.reply_privacy import replies_privately
from bot.discord_bot.stop_notice import ask_to_retry
from bot.i18n import N_

if TYPE_CHECKING:
    from bot.discord_bot.observe import Observer

__all__ = ["CROWD", "GIVE_UP_AFTER", "LAST_CALL", "TOO_SLOW", "watch"]

log = logging.getLogger(__name__)

GIVE_UP_AFTER = 10.0
"""Seconds after the click at which a handler that has not replied is stopped (a healthy
one replies in milliseconds; a locked SQLite file or a frozen PostgreSQL is an error within
a few seconds, `bot.store.limits`)."""

LAST_CALL = 2.5
"""Seconds after the click at which a handler whose deferral Discord refused, still without
its reply, is stopped and its user asked to try again: the note's request leaves half a
second to reach Discord within its 3 s."""

CROWD = 16
"""Interactions being answered at once above which a new one is deferred as it is taken up
(a healthy bot answers each in milliseconds: so many at once means a crowd or a stall, where
the deferral would come anyway)."""

TOO_SLOW = N_("I could not finish this in time. Please try again in a minute.")
"""What a user whose interaction was given up is told."""

Interaction = discord.Interaction[Any]


def watch(interaction: Interaction, *, may_open_form: bool = True) -> None:
    """Answer `interaction` in time, whatever the task handling it (the current one) waits
    on; the watch ends with that task. `may_open_form` False: its first response is never a
    form, so in a crowd it is deferred at once."""
    task = asyncio.current_task()
    if task is None:
        return
    state = track(interaction)
    context = contextvars.copy_context()
    timer: Timeout | asyncio.Handle
    if interaction.type is discord.InteractionType.autocomplete:
        timer = call_after_click(interaction, DEFER_AFTER, lambda: _no_choices(interaction, task))
    elif not may_open_form and _answering_at_once(interaction) > CROWD:  # itself among them
        state.deferrable = True
        give_up_in = GIVE_UP_AFTER - trusted_lateness(interaction)
        timer = asyncio.get_running_loop().call_soon(
            _defer_if_late, interaction, task, state, context, give_up_in
        )
        _defer_the_crowd(interaction)
    else:
        state.deferrable = not may_open_form

        def late() -> None:
            _defer_if_late(interaction, task, state, context, GIVE_UP_AFTER - DEFER_AFTER)

        timer = call_after_click(interaction, DEFER_AFTER, late)

    def ended(_: object) -> None:
        timer.cancel()
        untrack(interaction)

    task.add_done_callback(ended)


def _defer_the_crowd(interaction: Interaction) -> None:
    """A crowd has formed: defer now every other interaction its bot is answering that may be
    deferred and has no response yet (those taken up before the crowd was one)."""
    in_flight = getattr(interaction.client, "in_flight", None)
    if in_flight is None:
        return
    for other in in_flight.unfinished().values():
        state = answering(other)
        if state is None or not state.deferrable or state.deferring is not None:
            continue
        if state.replied or state.sending or other.response.is_done():
            continue
        private = replies_privately(other) if state.private is None else state.private
        start_deferral(other, state, private)


def _answering_at_once(interaction: Interaction) -> int:
    """How many interactions its bot is answering now, this one among them (the bot's own
    count, `BriefBot.in_flight`: a process's other bots, or a test's earlier ones, apart)."""
    in_flight = getattr(interaction.client, "in_flight", None)
    return len(in_flight) if in_flight is not None else 0


def _defer_if_late(
    interaction: Interaction,
    task: asyncio.Task[Any],
    state: Answering,
    context: contextvars.Context,
    give_up_in: float,
) -> None:
    """At `DEFER_AFTER` (in a crowd, as it is taken up): defer an interaction without a
    response, then give it up if it has not replied `give_up_in` seconds later."""
    if task.done() or state.replied or state.sending:
        return
    loop = asyncio.get_running_loop()
    if state.deferring is None and not interaction.response.is_done():
        private = replies_privately(interaction) if state.private is None else state.private
        start_deferral(interaction, state, private)
    if state.deferring is not None and not state.owned:
        state.deferring.add_done_callback(
            lambda deferral: _if_refused(deferral, interaction, task, state, context)
        )
    loop.call_later(give_up_in, _give_up_if_stuck, interaction, task, state, context)


def _if_refused(
    deferral: asyncio.Future[None],
    interaction: Interaction,
    task: asyncio.Task[Any],
    state: Answering,
    context: contextvars.Context,
) -> None:
    """A deferral Discord refused: the handler gets until `LAST_CALL` after the click to
    reply, then its user is asked to try again, while Discord still takes a first response."""
    if deferral.cancelled():
        return
    error = deferral.exception()
    if error is None or not is_discord_down(error):
        return  # taken; or refused as too late (expired): nothing would reach the user
    age = trusted_lateness(interaction)
    # Clocks that disagree tell nothing of the click's age: the deferral was started at
    # `DEFER_AFTER`, so about that much has passed.
    left = LAST_CALL - (age if age > 0.0 else DEFER_AFTER)
    asyncio.get_running_loop().call_later(
        max(0.0, left), _last_call, interaction, task, state, context, deferral
    )


def _last_call(
    interaction: Interaction,
    task: asyncio.Task[Any],
    state: Answering,
    context: contextvars.Context,
    deferral: asyncio.Future[None],
) -> None:
    """At `LAST_CALL`, its deferral refused: stop a handler that has not replied (its
    commits are shielded) and ask its user to try again."""
    if task.done() or state.replied or state.sending or state.owned:
        return
    if interaction.response.is_done():
        return
    task.cancel()
    _keep(
        asyncio.get_running_loop().create_task(
            _tell_deferral_refused(interaction, task, state, deferral), context=context
        )
    )


async def _tell_deferral_refused(
    interaction: Interaction,
    task: asyncio.Task[Any],
    state: Answering,
    deferral: asyncio.Future[None],
) -> None:
    await asyncio.wait([task])  # its `finally` blocks run first
    track(interaction, state)
    try:
        log.warning(
            "%s by user %s: Discord refused its deferral (%s) and its reply was not ready "
            "%.1f s after the click; the user is asked to try again",
            _describe(interaction),
            interaction.user.id,
            _described(deferral.exception()),
            LAST_CALL,
        )
        await ask_to_retry(interaction, DISCORD_DOWN)
    finally:
        untrack(interaction)


def _described(error: BaseException | None) -> str:
    """The refusal in a few words (Cloudflare's 429 is named, not quoted: it is a page)."""
    return "unknown" if error is None else describe(error)


def _give_up_if_stuck(
    interaction: Interaction,
    task: asyncio.Task[Any],
    state: Answering,
    context: contextvars.Context,
) -> None:
    """At `GIVE_UP_AFTER`: stop a handler that has not replied, and ask its user to retry."""
    if task.done() or state.replied or state.sending or state.owned:
        return
    task.cancel()
    _keep(
        asyncio.get_running_loop().create_task(
            _ask_to_retry(interaction, task, state), context=context
        )
    )


async def _ask_to_retry(
    interaction: Interaction, task: asyncio.Task[Any], state: Answering
) -> None:
    await asyncio.wait([task])  # its `finally` blocks run first
    track(interaction, state)  # a public "thinking" is not filled with the private note
    try:
        await _tell_to_retry(interaction, state)
    finally:
        untrack(interaction)


async def _tell_to_retry(interaction: Interaction, state: Answering) -> None:
    if state.deferring is not None:
        # A deferral still on its way (Discord slow under load) would make the note a second
        # first response, refused as "already acknowledged": the note follows the deferral.
        await asyncio.wait([state.deferring])
    log.warning(
        "%s by user %s: no reply %.0f s after the click (the database or the machine is "
        "slow); the user is asked to try again",
        _describe(interaction),
        interaction.user.id,
        GIVE_UP_AFTER,
    )
    _count_given_up(interaction)
    await ask_to_retry(interaction, TOO_SLOW)


def _count_given_up(interaction: Interaction) -> None:
    """The bot's metrics count `interaction` as given up (when it keeps metrics)."""
    observer: Observer | None = getattr(interaction.client, "observer", None)
    if observer is not None:
        observer.given_up(interaction)


def _no_choices(interaction: Interaction, task: asyncio.Task[Any]) -> None:
    """At `DEFER_AFTER`: an autocomplete without its choices gets an empty list."""
    if task.done() or interaction.response.is_done():
        return
    task.cancel()
    _keep(asyncio.get_running_loop().create_task(_offer_nothing(interaction, task)))


async def _offer_nothing(interaction: Interaction, task: asyncio.Task[Any]) -> None:
    await asyncio.wait([task])
    log.warning("%s: no choices in time, offered none", _describe(interaction))
    try:
        if not interaction.response.is_done():
            await interaction.response.autocomplete([])
    except discord.HTTPException as exc:  # its own choices got there after all, or too late
        log.debug("could not offer no choices to %s: %s", interaction.id, exc)


_telling: set[asyncio.Task[None]] = set()
"""The tasks telling users their interaction was given up (kept until done)."""


def _keep(task: asyncio.Task[None]) -> None:
    _telling.add(task)
    task.add_done_callback(_telling.discard)


def _describe(interaction: Interaction) -> str:
    """`command /name`, `autocomplete /name` or `button <custom id>`, for a log line."""
    data: dict[str, Any] = dict(interaction.data or {})
    command = interaction.command.qualified_name if interaction.command else data.get("name")
    if interaction.type is discord.InteractionType.autocomplete:
        return f"autocomplete /{command}"
    if interaction.type is discord.InteractionType.application_command:
        return f"command /{command}"
    return f"button {data.get('custom_id', '?')}"
