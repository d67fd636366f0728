"""A "Report a problem" form given up at 10 s while its report commits (a slow disk), then
sent again as its student was asked to: the retry thanks them for that report, once. Was:
sent while the first commit was on its way, the retry filed a second report; sent once it
had landed, the student was refused with "You already reported this question" about their
own first try (faults-38's open item 2)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.app import Services
from bot.discord_bot import answer_in_time
from tests.discord_double import DiscordDouble
from tests.discord_double.state import CallbackType
from tests.faults.figures import tally
from tests.faults.test_commit_faults import answer_solo, start_button_question
from tests.faults.test_given_up_retried import WHEN, SlowCommit, given_up
from tests.faults.test_reply_faults import quick_retries  # noqa: F401 (a fixture)


async def report_form(double: DiscordDouble, verdict: Any, pupil: Any) -> str:
    """The "Report a problem" form under an answered question, opened by its student."""
    click = await double.click(verdict, label="Report a problem", user=pupil)
    shown = await click.response(timeout=10)
    assert shown.type == CallbackType.MODAL
    return str(shown.custom_id)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("when", WHEN)
async def test_a_report_given_up_at_its_commit_is_filed_once_and_thanked_by_the_retry(
    discord_double: DiscordDouble,
    bot,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    when: str,
):
    figures = tally(f"a question reported, given up at its commit, sent again ({when})")
    pupil, question = await start_button_question(discord_double, services)
    verdict = await (await answer_solo(discord_double, services, question, pupil)).message(
        timeout=10
    )
    form = await report_form(discord_double, verdict, pupil)
    monkeypatch.setattr(answer_in_time, "GIVE_UP_AFTER", 2.5)
    slow = SlowCommit(monkeypatch, services, services.question_reports.repo, "add_report")
    first = await discord_double.submit_modal(form, {"reason": ["unclear"]}, user=pupil)
    await given_up(discord_double, first, slow)
    figures.tried += 1
    if when == WHEN[0]:
        await slow.land()
    form = await report_form(discord_double, verdict, pupil)  # sent again, as asked
    retry = await discord_double.submit_modal(form, {"reason": ["unclear"]}, user=pupil)
    if when == WHEN[1]:
        await slow.land()
    told = await retry.told(timeout=15)
    assert "went to this server's moderators" in told.text, told.text  # was: refused
    filed = await services.question_reports.repo.open_reports(discord_double.guild.id)
    assert len(filed) == 1, "one report (was: two)"
    assert f"#{filed[0].number}" in told.text, "the report filed the first time"
    figures.survived += 1


@pytest.mark.timeout(60)
@pytest.mark.usefixtures("quick_retries")
async def test_a_report_whose_thanks_failed_is_thanked_by_the_retry(
    discord_double: DiscordDouble, bot, services: Services
):
    """Discord failing the thanks after the report was filed (a 5xx past discord.py's
    retries): the form sent again thanks its student for that report (was: "You already
    reported this question", about their own first try)."""
    figures = tally("a question reported, Discord 503 on its thanks, sent again")
    pupil, question = await start_button_question(discord_double, services)
    verdict = await (await answer_solo(discord_double, services, question, pupil)).message(
        timeout=10
    )
    form = await report_form(discord_double, verdict, pupil)
    fault = discord_double.fail_next("POST /interactions", times=5, status=503)
    first = await discord_double.submit_modal(form, {"reason": ["unclear"]}, user=pupil)
    told = await first.message(timeout=10)
    assert len(fault.hits) == 5 and "try again" in told.text, told.text
    figures.tried += 1
    form = await report_form(discord_double, verdict, pupil)
    retry = await discord_double.submit_modal(form, {"reason": ["unclear"]}, user=pupil)
    thanked = await retry.told(timeout=10)
    assert "went to this server's moderators" in thanked.text, thanked.text
    assert len(await services.question_reports.repo.open_reports(discord_double.guild.id)) == 1
    figures.survived += 1
