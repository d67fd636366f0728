"""A typed answer committed whose reply never reached the student (Discord failed it, or the
process was killed first: found by `benchmarks/chaos.py`, seed 55): the student presses
Answer again on the question still shown. The kept verdict is shown, with its button to go on
(was: on a quiz's last question "This quiz is over. Start a new one with /quiz.", the
verdict and the score never shown; on an earlier one an answer box titled with the *next*
question, for an answer that went to the old one)."""

from __future__ import annotations

import pytest

from tests.console.test_console_echo import SHORT_ONLY
from tests.discord_double import CallbackType, DiscordDouble
from tests.faults.figures import tally
from tests.faults.test_reply_faults import quick_retries  # noqa: F401 (a fixture)

TWO_TYPED = (
    SHORT_ONLY
    + """\
  - id: q-where
    kind: short
    prompt: In which town is the harbour?
    answer: Port Elm
    explanation: The article places it in Port Elm.
    refs: [ada-dock]
"""
)


@pytest.mark.timeout(60)
@pytest.mark.usefixtures("quick_retries")
@pytest.mark.parametrize("count", [1, 2], ids=["last-question", "first-of-two"])
async def test_answer_pressed_again_after_a_lost_reply_shows_the_kept_verdict(
    discord_double: DiscordDouble, bot, services, content, count: int
):
    figures = tally("typed answer kept, its reply lost, Answer pressed again")
    text = (content / "mini.yaml").read_text()
    (content / "mini.yaml").write_text(text[: text.index("questions:")] + TWO_TYPED)
    services.library.reload()
    question = await (
        await discord_double.slash("quiz", {"briefing": "mini", "count": count})
    ).message(timeout=10)
    session_id = question.buttons[0]["custom_id"].split(":")[2]
    box = await (await discord_double.click(question, label="Answer")).response(timeout=10)
    outage = discord_double.fail_next("/callback", times=100, status=500)
    await discord_double.submit_modal(box.custom_id, {"answer": "Ada Quill"})
    await discord_double.wait_for(lambda: services.study.solo[session_id].index or None, timeout=10)
    discord_double.state.faults.remove(outage)
    assert "The answer is" not in question.text, "the student saw nothing"
    figures.tried += 1

    again = await discord_double.click(question, label="Answer")
    shown = await again.told(timeout=10)
    assert getattr(shown, "type", None) != CallbackType.MODAL, "no box for an answered question"
    assert "The answer is" in question.text, "the kept verdict is shown"
    assert "over" not in question.text
    figures.survived += 1
    labels = [b.get("label") for b in question.buttons]
    assert labels[0] == ("See my score" if count == 1 else "Next question ▶"), labels
    answers = await services.store.answers.session_answers(session_id)
    assert len(answers) == 1, "kept once"
