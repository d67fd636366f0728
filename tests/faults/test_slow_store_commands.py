"""Every kind of interaction is answered within Discord's 3 s when the store stalls, not only
answer clicks: a slash command (private and public reply), a button, a form (modal) and an
autocomplete, each held on its own store call until the test lets it go.

A held call keeps the reply from being ready, so the first response the user gets must be
the deferral (`bot.discord_bot.answer_in_time`); the reply follows once the call is let
go. A call that fails after stalling gives a polite "try again", pings nobody, logs no
traceback, and the retry works. A call that never ends is given up: the user is asked to
try again, nothing of the work is done, and the retry works; the bot's metrics count it,
by kind of interaction (`briefbot_interactions_given_up_total{kind}`).

Was: only answer clicks, quiz commands, classwork and schedules deferred; the others sent
their first response when their store read ended, past Discord's 3 s ("This interaction
failed"), and an autocomplete never offered anything.
"""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

import pytest

from bot.app import Services
from bot.discord_bot import answer_in_time
from bot.discord_bot.client import BriefBot
from bot.ops.metrics import Metrics
from tests.discord_double import DiscordDouble
from tests.discord_double.state import CallbackType
from tests.faults.figures import tally
from tests.faults.test_commit_faults import answer_solo, start_button_question

DEFERRED = (CallbackType.DEFERRED_MESSAGE, CallbackType.DEFERRED_UPDATE)
LOCKED = sqlite3.OperationalError("database is locked")


class Held:
    """A store call held until the test lets it go (`release`): `reached` is set once a call
    is waiting; it then runs for real, or raises `fails`."""

    def __init__(
        self,
        monkeypatch: pytest.MonkeyPatch,
        owner: Any,
        name: str,
        fails: Exception | None = None,
    ) -> None:
        real = getattr(owner, name)
        self.reached, self.released = asyncio.Event(), asyncio.Event()

        async def held(*args: Any, **kwargs: Any) -> Any:
            self.reached.set()
            await self.released.wait()
            if fails is not None:
                raise fails
            return await real(*args, **kwargs)

        monkeypatch.setattr(owner, name, held)
        self._undo = lambda: monkeypatch.setattr(owner, name, real)

    async def wait(self) -> None:
        """Until a call is being held."""
        await asyncio.wait_for(self.reached.wait(), 10)

    def release(self) -> None:
        """Let the held call (and every later one) go."""
        self.released.set()

    def restore(self) -> None:
        """Calls go straight to the store again."""
        self.release()
        self._undo()


async def deferred_while_held(itx: Any, held: Held) -> Any:
    """The interaction's first response, given while its store call is held: a deferral."""
    await held.wait()
    callback = await itx.response(timeout=10)
    assert callback.type in DEFERRED, f"the first response is a deferral, not {callback!r}"
    return callback


def answered_in_time(double: DiscordDouble, itx: Any) -> None:
    """Discord took the interaction's first response: never "This interaction failed"."""
    assert itx not in double.late_interactions(), f"{itx!r} was answered late"
    assert not itx.rejected, f"Discord refused a response to {itx!r}: {itx.rejected}"


def no_traceback(caplog: pytest.LogCaptureFixture) -> None:
    tracebacks = [r for r in caplog.records if r.exc_info]
    assert tracebacks == [], [r.getMessage() for r in tracebacks]


# ----- slash commands: /score (a private reply) and /leaderboard (a public one) -----


@pytest.mark.timeout(40)
@pytest.mark.parametrize(
    ("command", "private", "shows"),
    [("score", True, "progress"), ("leaderboard", False, None)],
    ids=["score-private", "leaderboard-public"],
)
async def test_a_command_on_a_stalled_store_is_deferred_as_its_reply_then_shown(
    discord_double: DiscordDouble,
    bot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    private: bool,
    shows: str | None,
):
    """Deferred privately when the reply is only the student's (/score), publicly when it is
    everyone's (/leaderboard); the reply follows once the read is let go."""
    figures = tally(f"/{command}, its read held ({'private' if private else 'public'} reply)")
    held = Held(monkeypatch, services.store.progress, command)
    itx = await discord_double.slash(command)
    callback = await deferred_while_held(itx, held)
    figures.tried += 1
    assert callback.ephemeral == private, "deferred as its reply will be shown"
    held.release()
    shown = await itx.message(timeout=10)
    assert shown.ephemeral == private and shown.allowed_mentions == {"parse": []}
    assert shows is None or shows in shown.text.lower()
    answered_in_time(discord_double, itx)
    figures.survived += 1


@pytest.mark.timeout(40)
async def test_score_on_a_store_that_stalls_then_fails_says_try_again(
    discord_double: DiscordDouble,
    bot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    held = Held(monkeypatch, services.store.progress, "score", fails=LOCKED)
    itx = await discord_double.slash("score")
    await deferred_while_held(itx, held)
    held.release()
    told = await itx.told(timeout=10)
    assert "try again" in told.text.lower() and told.ephemeral
    assert told.allowed_mentions == {"parse": []}, "nobody pinged"
    answered_in_time(discord_double, itx)
    no_traceback(caplog)
    held.restore()
    retry = await (await discord_double.slash("score")).message(timeout=10)
    assert "progress" in retry.text.lower()


@pytest.mark.timeout(40)
async def test_a_public_command_deferred_then_refused_tells_only_its_user(
    discord_double: DiscordDouble,
    bot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    """/leaderboard is deferred with a "thinking" everyone sees; when its read then fails,
    the "try again" is the user's alone: the public "thinking" goes, and nobody else in the
    channel reads the refusal. Was: the refusal filled the public "thinking"."""
    held = Held(monkeypatch, services.store.progress, "leaderboard", fails=LOCKED)
    itx = await discord_double.slash("leaderboard")
    callback = await deferred_while_held(itx, held)
    assert not callback.ephemeral, "deferred publicly: the leaderboard is everyone's"
    held.release()
    told = await itx.followup(timeout=10)
    await _try_again_was_its_users_alone(discord_double, itx, told, held, caplog)


@pytest.mark.timeout(40)
async def test_a_public_command_given_up_tells_only_its_user_to_try_again(
    discord_double: DiscordDouble,
    bot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    """/leaderboard whose read never answers is given up: its "try again" is the user's
    alone, as a refusal's is. Was: the note filled the public "thinking" for everyone (the
    give-up had stopped keeping where the interaction's answer stood)."""
    figures = tally("/leaderboard given up (public thinking)")
    monkeypatch.setattr(answer_in_time, "GIVE_UP_AFTER", 2.5)
    held = Held(monkeypatch, services.store.progress, "leaderboard")
    itx = await discord_double.slash("leaderboard")
    callback = await deferred_while_held(itx, held)
    assert not callback.ephemeral, "deferred publicly: the leaderboard is everyone's"
    figures.tried += 1
    told = await itx.followup(timeout=15)
    await _try_again_was_its_users_alone(discord_double, itx, told, held, caplog)
    figures.survived += 1


# ----- a button: /forgetme's confirmation -----


async def forget_button(double: DiscordDouble, services: Services) -> tuple[Any, Any]:
    """A pupil who answered a question, and the message their /forgetme shows, with its
    "Yes, delete it all" button."""
    pupil, message = await start_button_question(double, services)
    await (await answer_solo(double, services, message, pupil)).message(timeout=10)
    asked = await (await double.slash("forgetme", user=pupil)).message(timeout=10)
    return pupil, asked


async def keeps_data(services: Services, user_id: int) -> bool:
    await services.store.answers.writer.flush()
    return bool(await services.store.personal_data.export_user(user_id))


@pytest.mark.timeout(40)
async def test_a_button_on_a_stalled_store_is_deferred_then_edits_its_message(
    discord_double: DiscordDouble, bot, services: Services, monkeypatch: pytest.MonkeyPatch
):
    figures = tally("/forgetme confirmed, its delete held (button)")
    pupil, asked = await forget_button(discord_double, services)
    held = Held(monkeypatch, services.store.personal_data, "forget_user")
    itx = await discord_double.click(asked, label="Yes, delete it all", user=pupil)
    await deferred_while_held(itx, held)
    figures.tried += 1
    held.release()
    shown = await itx.message(timeout=10)
    assert "Deleted" in shown.text
    answered_in_time(discord_double, itx)
    assert not await keeps_data(services, pupil.id)
    figures.survived += 1


@pytest.mark.timeout(40)
async def test_a_button_whose_store_never_answers_is_given_up_and_the_retry_works(
    discord_double: DiscordDouble,
    bot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    figures = tally("/forgetme confirmed, its delete never answers (given up)")
    monkeypatch.setattr(answer_in_time, "GIVE_UP_AFTER", 2.5)
    pupil, asked = await forget_button(discord_double, services)
    held = Held(monkeypatch, services.store.personal_data, "forget_user")
    itx = await discord_double.click(asked, label="Yes, delete it all", user=pupil)
    await deferred_while_held(itx, held)
    figures.tried += 1
    told = await itx.told(timeout=15)
    assert "try again" in told.text.lower() and told.ephemeral
    answered_in_time(discord_double, itx)
    assert await keeps_data(services, pupil.id), "nothing half-done: nothing deleted yet"
    assert any("asked to try again" in r.getMessage() for r in caplog.records)
    no_traceback(caplog)
    held.restore()
    retry = await discord_double.click(asked, label="Yes, delete it all", user=pupil)
    assert "Deleted" in (await retry.message(timeout=10)).text
    assert not await keeps_data(services, pupil.id)
    figures.survived += 1


@pytest.mark.timeout(40)
async def test_a_give_up_while_discord_still_takes_the_deferral_asks_to_retry_after_it(
    discord_double: DiscordDouble,
    bot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
):
    """On a loaded machine the deferral can still be on its way when the handler is given up:
    the "try again" follows it (was: sent as a second first response, refused as "already
    acknowledged", and the student left with nothing; seen in a burst at load 25)."""
    figures = tally("/forgetme confirmed, given up while Discord holds the deferral's answer")
    monkeypatch.setattr(answer_in_time, "GIVE_UP_AFTER", 2.5)
    pupil, asked = await forget_button(discord_double, services)
    held = Held(monkeypatch, services.store.personal_data, "forget_user")
    slow = discord_double.slow_next("POST /interactions", seconds=2.5)
    itx = await discord_double.click(asked, label="Yes, delete it all", user=pupil)
    await deferred_while_held(itx, held)
    figures.tried += 1
    told = await itx.told(timeout=15)
    assert slow.hits, "Discord held the deferral's answer past the give-up"
    assert "try again" in told.text.lower() and told.ephemeral
    answered_in_time(discord_double, itx)
    assert await keeps_data(services, pupil.id), "nothing half-done: nothing deleted yet"
    held.restore()
    retry = await discord_double.click(asked, label="Yes, delete it all", user=pupil)
    assert "Deleted" in (await retry.message(timeout=10)).text
    figures.survived += 1


# ----- a form: reporting a problem with a question -----


async def report_form(double: DiscordDouble, services: Services) -> tuple[Any, str]:
    """A pupil who answered a solo question, and the "Report a problem" form's id."""
    pupil, message = await start_button_question(double, services)
    verdict = await (await answer_solo(double, services, message, pupil)).message(timeout=10)
    shown = await (await double.click(verdict, label="Report a problem", user=pupil)).response(
        timeout=10
    )
    assert shown.type == CallbackType.MODAL
    return pupil, shown.custom_id


@pytest.mark.timeout(60)
async def test_a_form_on_a_stalled_store_is_deferred_then_thanked(
    discord_double: DiscordDouble, bot, services: Services, monkeypatch: pytest.MonkeyPatch
):
    figures = tally("a question reported, its save held (form)")
    pupil, form = await report_form(discord_double, services)
    held = Held(monkeypatch, services.question_reports.repo, "add_report")
    itx = await discord_double.submit_modal(form, {"reason": ["unclear"]}, user=pupil)
    await deferred_while_held(itx, held)
    figures.tried += 1
    held.release()
    told = await itx.told(timeout=10)
    assert "went to this server's moderators" in told.text and told.ephemeral
    answered_in_time(discord_double, itx)
    assert len(await services.question_reports.repo.open_reports(discord_double.guild.id)) == 1
    figures.survived += 1


@pytest.mark.timeout(60)
async def test_a_form_on_a_store_that_stalls_then_fails_says_try_again(
    discord_double: DiscordDouble,
    bot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    pupil, form = await report_form(discord_double, services)
    held = Held(monkeypatch, services.question_reports.repo, "add_report", fails=LOCKED)
    itx = await discord_double.submit_modal(form, {"reason": ["unclear"]}, user=pupil)
    await deferred_while_held(itx, held)
    held.release()
    told = await itx.told(timeout=10)
    assert "try again" in told.text.lower() and told.ephemeral
    assert told.allowed_mentions == {"parse": []}, "nobody pinged"
    answered_in_time(discord_double, itx)
    no_traceback(caplog)
    assert await services.question_reports.repo.open_reports(discord_double.guild.id) == []


# ----- an autocomplete: a moderator's own briefings -----


@pytest.mark.timeout(40)
async def test_an_autocomplete_on_a_stalled_store_offers_nothing_in_time(
    discord_double: DiscordDouble,
    bot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    figures = tally("/briefing show's autocomplete, its search held")
    held = Held(monkeypatch, services.content, "search")
    offered = asyncio.ensure_future(
        discord_double.autocomplete(
            "briefing show", {"briefing": "n"}, focused="briefing", user=discord_double.moderator
        )
    )
    await held.wait()
    figures.tried += 1
    assert await asyncio.wait_for(offered, 10) == [], "an empty list, in time"
    assert discord_double.late_interactions() == []
    no_traceback(caplog)
    held.restore()
    figures.survived += 1


# ----- what is given up is counted in the bot's metrics -----


def given_up(metrics: Metrics, kind: str) -> float:
    """`briefbot_interactions_given_up_total{kind}` as scraped (0 before the first)."""
    sample = metrics.registry.get_sample_value(
        "briefbot_interactions_given_up_total", {"kind": kind}
    )
    return sample or 0.0


@pytest.mark.timeout(40)
async def test_a_command_given_up_is_counted_by_kind_without_user_data(
    discord_double: DiscordDouble, services: Services, monkeypatch: pytest.MonkeyPatch
):
    metrics = Metrics()
    await discord_double.start(BriefBot(services, metrics=metrics))
    monkeypatch.setattr(answer_in_time, "GIVE_UP_AFTER", 2.5)
    held = Held(monkeypatch, services.store.progress, "score")
    itx = await discord_double.slash("score")
    await deferred_while_held(itx, held)
    told = await itx.told(timeout=15)
    assert "try again" in told.text.lower()
    assert given_up(metrics, "command") == 1
    assert given_up(metrics, "button") == given_up(metrics, "form") == 0
    page = metrics.render().decode()
    counted = [
        line for line in page.splitlines() if line.startswith("briefbot_interactions_given_up")
    ]
    assert counted and all(str(discord_double.student.id) not in line for line in counted)
    held.restore()
    retry = await (await discord_double.slash("score")).message(timeout=10)
    assert "progress" in retry.text.lower()
    assert given_up(metrics, "command") == 1, "the retry answered: not counted"


@pytest.mark.timeout(40)
async def test_a_button_given_up_is_counted_as_a_button(
    discord_double: DiscordDouble, services: Services, monkeypatch: pytest.MonkeyPatch
):
    metrics = Metrics()
    await discord_double.start(BriefBot(services, metrics=metrics))
    monkeypatch.setattr(answer_in_time, "GIVE_UP_AFTER", 2.5)
    pupil, asked = await forget_button(discord_double, services)
    held = Held(monkeypatch, services.store.personal_data, "forget_user")
    itx = await discord_double.click(asked, label="Yes, delete it all", user=pupil)
    await deferred_while_held(itx, held)
    told = await itx.told(timeout=15)
    assert "try again" in told.text.lower()
    assert given_up(metrics, "button") == 1
    assert given_up(metrics, "command") == 0, "/forgetme itself was answered"
    held.restore()


async def _try_again_was_its_users_alone(
    discord_double: DiscordDouble, itx, told, held: Held, caplog: pytest.LogCaptureFixture
) -> None:
    """A public /leaderboard's "try again" is told privately, its public "thinking" is gone,
    nobody else reads the note, it came in time with no traceback, and the retry works."""
    assert "try again" in told.text.lower() and told.ephemeral, told
    assert itx.original is not None and itx.original.deleted, "the public thinking is gone"
    public = [
        m for m in discord_double.state.messages.values() if not m.ephemeral and not m.deleted
    ]
    assert not any("try again" in m.text.lower() for m in public), "nobody else reads it"
    answered_in_time(discord_double, itx)
    no_traceback(caplog)
    held.restore()
    retry = await (await discord_double.slash("leaderboard")).message(timeout=10)
    assert not retry.ephemeral and "try again" not in retry.text.lower()
