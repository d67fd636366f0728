"""Buttons sent as plain component data look exactly as a discord.py view of them would."""

from __future__ import annotations

import asyncio

import discord

from bot.core.replies import Button, ButtonStyle, emphasis
from bot.discord_bot.limits import BUTTON_LABEL, BUTTONS_PER_ROW
from bot.discord_bot.render import view_of

_STYLES = {
    ButtonStyle.NEUTRAL: discord.ButtonStyle.secondary,
    ButtonStyle.PRIMARY: discord.ButtonStyle.primary,
    ButtonStyle.SUCCESS: discord.ButtonStyle.success,
    ButtonStyle.DANGER: discord.ButtonStyle.danger,
}


def _as_discord_view(buttons: list[Button], prefix: str) -> list[dict[str, object]]:
    """The components of a stopped `discord.ui.View` holding the same buttons."""

    async def build() -> list[dict[str, object]]:
        view = discord.ui.View(timeout=None)
        for i, button in enumerate(buttons[:25]):
            view.add_item(
                discord.ui.Button(
                    label=button.label[:BUTTON_LABEL],
                    custom_id=f"{prefix}{button.action}"[:100],
                    style=_STYLES[button.style],
                    disabled=button.disabled,
                    row=i // BUTTONS_PER_ROW,
                )
            )
        view.stop()
        return view.to_components()

    return asyncio.run(build())


def test_buttons_render_as_a_discord_view_of_them_would() -> None:
    styles = list(ButtonStyle)
    buttons = [
        Button(
            str(n),
            f"Choice {n} " + "x" * (n * 9),  # the last labels are cut to Discord's limit
            f"b1:qs:abc:{n}:" + "y" * (n * 10),  # so are the longest custom ids
            styles[n % len(styles)],
            disabled=n % 3 == 0,
        )
        for n in range(12)
    ]
    sent = view_of(buttons, prefix="p:")
    assert sent is not None
    assert sent.to_components() == _as_discord_view(buttons, "p:")
    assert [len(row["components"]) for row in sent.to_components()] == [5, 5, 2]


def test_inline_emphasis_in_a_label_is_rendered_and_nothing_is_kept_per_message() -> None:
    sent = view_of([Button("a", f"Pick {emphasis('this')}", "b1:x")])
    assert sent is not None
    assert sent.to_components()[0]["components"][0]["label"] == "Pick **this**"
    assert sent.is_finished() and not sent.is_dispatchable()  # clicks go to the router


def test_no_buttons_send_no_view() -> None:
    assert view_of([]) is None
